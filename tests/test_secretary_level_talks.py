"""Talks told at the level of secretaries ("commerce secretary-level talks", "Home Secretary level talks"): the
top civil servants of South Asian ministries, a vice-ministerial level of its own."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,day", [
    ("Nepal's commerce minister spoke with his Indian counterpart on finalising the agreement during the commerce "
     "secretary-level talks that are going to be held in Nepal on April 26 and 27.", "2018-04-26"),
    ("Bangladesh and India will hold Home Secretary level talks in Dhaka on April 26.", "2018-04-26"),
])
def test_secretary_level_talks_are_vice_ministerial(text, day):
    """"the commerce secretary-level talks that is going to be held in Nepal on April 26 and 27": a level told
    (before, only "foreign secretary-level" was one; the talks of one side told, no level, were dropped)."""
    events = events_of(text, published=date(2018, 3, 20))
    assert [(e.date, e.type) for e in events] == [(day, "vice_ministerial")]
