"""A count of meetings told with a number word past five ("will hold nine bilateral meetings", "held a dozen
meetings") is many meetings, none of them one (as "three meetings", "9 bilateral meetings" already were)."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text", [
    "Prime Minister Narendra Modi will hold nine bilateral meetings with leaders of Southeast Asian countries on "
    "the sidelines of the summit.",
    "Prime Minister Narendra Modi held eleven meetings with world leaders on Monday.",
    "President Joko Widodo will hold a dozen meetings with foreign leaders in Bali.",
])
def test_a_count_of_meetings_is_no_meeting(text):
    """dev23 d23_06's lede ("will hold nine bilateral meetings with leaders of Southeast Asian countries"): before,
    an undated meeting of Modi alone."""
    assert events_of(text, published=date(2018, 1, 23)) == []


def test_a_group_named_by_its_number_is_no_count():
    """The guard: "the Normandy Four summit" names a group (a capital, unlike a count), one meeting."""
    events = events_of("Russian President Vladimir Putin and French President Emmanuel Macron met at the Normandy "
                       "Four summit in Paris on Monday.", published=date(2019, 12, 10))
    assert [e.date for e in events] == ["2019-12-09"]
