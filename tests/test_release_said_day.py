"""The day told after a release or a statement that says it ("said a foreign ministry's press release here today")
is the release's day, not the meeting's."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2025, 4, 4)  # a Friday


@pytest.mark.parametrize("text,expected", [
    # the release as the one who says, then its day
    ("During the meeting between Sri Lankan Foreign Minister Vijitha Herath and Bangladeshi Foreign Adviser Touhid "
     "Hossain, bilateral issues were discussed, said a foreign ministry's press release here today.", []),
    ("The meeting between Sri Lankan Foreign Minister Vijitha Herath and Bangladeshi Foreign Adviser Touhid Hossain "
     "covered trade, said the statement issued here on Friday.", []),
    # the meeting's own day stays
    ("Sri Lankan Foreign Minister Vijitha Herath met Bangladeshi Foreign Adviser Touhid Hossain today, said a "
     "foreign ministry's press release.", ["2025-04-04"]),
])
def test_a_releases_day_is_not_the_meetings(text, expected):
    assert [e.date for e in events_of(text, published=P) if e.date and len(e.date) == 10] == expected
