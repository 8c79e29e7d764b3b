"""The one met told as a country's officials or delegation, right after a verb whose object is the one met: the other
side of the meeting."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,other", [
    ("Indian Foreign Minister S. Jaishankar received a Chinese delegation in New Delhi on Monday.", "China"),
    ("Kenyan President William Ruto met a high-level Ethiopian delegation at State House on Monday.", "Ethiopia"),
    ("Nepal's Prime Minister Pushpa Kamal Dahal met Chinese officials in Kathmandu on Monday.", "China"),
    ("Egyptian Foreign Minister Sameh Shoukry hosted the visiting Sudanese delegation in Cairo on Monday.", "Sudan"),
    ("Indian Foreign Minister S. Jaishankar met Japanese representatives in Tokyo on Monday.", "Japan"),
    # with "with", as before
    ("Indian Foreign Minister S. Jaishankar met with a Chinese delegation in New Delhi on Monday.", "China"),
])
def test_a_countrys_officials_met_are_the_other_side(text, other):
    """"received a Chinese delegation", "met Chinese officials": the country of the officials the verb takes as its
    object is the other side (before, only after "with": "met a Chinese delegation" was dropped as one side)."""
    events = events_of(text, published=date(2023, 5, 10))
    assert len(events) == 1
    assert other in events[0].countries and events[0].date == "2023-05-08"


@pytest.mark.parametrize("text", [
    # officials of the subject's own country: no other side
    "Indian Foreign Minister S. Jaishankar met Indian officials on Monday.",
    # a verb whose object is no one met
    "Indian Foreign Minister S. Jaishankar visited Chinese officials on Monday.",
])
def test_own_officials_or_no_one_met_stay_one_side(text):
    """The subject's own officials, or officials after a verb that does not take the one met, make no second side."""
    assert events_of(text, published=date(2023, 5, 10)) == []
