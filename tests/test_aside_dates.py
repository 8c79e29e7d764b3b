"""A date inside a relative clause set off after a name ("X, who ... in March") is the clause's, not the meeting's;
unless the clause only says who someone is ("who is also head of ..."): a state holds no day, the day is the main
clause's."""

from datetime import date

import pytest

from tests.helpers import events_of

_LEDE = ("Vietnam and Laos agreed to boost investment ties and to speed up work on the railway linking the two "
         "capitals.\n\nThe two sides signed four agreements on energy, mining, transport and education at the end of "
         "their talks.\n\n")


@pytest.mark.parametrize("text,published,expected", [
    # an aside that closes the sentence: its date is its own, the talks are dated by the article (the month)
    ("After the ceremony, German Chancellor Olaf Scholz held talks with Chinese Premier Li Keqiang, who is expected "
     "to step down in March.", date(2022, 11, 4), "2022-11"),
    ("Foreign Minister Wang Yi held talks with his Japanese counterpart Yoshimasa Hayashi, who is due to leave office "
     "in September.", date(2023, 7, 14), "2023-07"),
    # an aside that only says who someone is: the day is of the meeting told around it
    (_LEDE + "Receiving Lao Deputy Prime Minister Khamchen Vongphosy, who is also head of the Committee for "
     "Laos-Vietnam Cooperation in Hanoi on September 14, Prime Minister Pham Minh Chinh asked ministries to work "
     "closely.", date(2023, 9, 15), "2023-09-14"),
    # guards: an aside with a verb of its own keeps its day; an aside of the meeting itself gives it its date
    (_LEDE + "Receiving Lao Deputy Prime Minister Khamchen Vongphosy, who will present the budget to the National "
     "Assembly on September 20, Prime Minister Pham Minh Chinh asked ministries to work closely.",
     date(2023, 9, 15), "2023-09"),
    ("The summit will be held on the sidelines of the leaders' meeting of the Asia-Pacific Economic Cooperation "
     "grouping, which Biden will chair in mid-November in San Francisco.", date(2023, 10, 27), "2023-11"),
])
def test_a_date_in_an_aside_is_the_asides(text, published, expected):
    evs = events_of(text, published=published)
    assert [e.date for e in evs if len(e.participants) >= 2 or "summit" in e.evidence][:1] == [expected]
