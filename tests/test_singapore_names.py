"""Singapore's Chinese names of three words are family name first: "Lee" alone is Lee Hsien Loong."""

from datetime import date

import pytest

from loaders import actors
from tests.helpers import events_of


@pytest.mark.parametrize("text,when,short,person", [
    ("Kim paid a courtesy call on the Singaporean prime minister, Lee Hsien Loong, at the Istana that evening, and "
     "Trump held his own talks with Lee over a working lunch on Monday.", date(2018, 6, 11), "Lee",
     "Lee Hsien Loong"),
    ("Prime Minister Goh Chok Tong arrived in Tokyo. Goh later met Japanese Prime Minister Junichiro Koizumi.",
     date(2002, 1, 13), "Goh", "Goh Chok Tong"),
    # given name first: the last word
    ("Prime Minister Lawrence Wong arrived in Kuala Lumpur. Wong later met Anwar Ibrahim.", date(2025, 1, 6), "Wong",
     "Lawrence Wong"),
    ("President S. R. Nathan arrived in Delhi. Nathan later met Manmohan Singh.", date(2006, 1, 26), "Nathan",
     "S. R. Nathan"),
])
def test_a_singaporean_called_by_the_family_name(text, when, short, person):
    """"Trump held his own talks with Lee over a working lunch" after "Lee Hsien Loong" (redteam2 a01): the family
    name, first in a Chinese name of three words (before, the last word "Loong" was taken as the surname and "Lee"
    alone named no one); a name written given name first, or with initials, keeps its last word."""
    found = actors.find(text, when=(when, when), known=actors.Folded())
    assert [m.person for m in found if text[m.start:m.end] == short] == [person]


def test_talks_with_lee_after_his_full_name_are_a_meeting():
    """The talks with "Lee" are a meeting of the two named."""
    text = ("Kim paid a courtesy call on the Singaporean prime minister, Lee Hsien Loong, at the Istana that evening, "
            "and Trump held his own talks with Lee over a working lunch on Monday.")
    events = events_of(text, published=date(2018, 6, 12))
    assert any(set(e.participants) == {"Donald Trump", "Lee Hsien Loong"} for e in events)
