"""A day told in a relative clause right after "who", before the clause's meeting verb, is that meeting's, not the
meeting word's told before the clause."""

from datetime import date

import pytest

from loaders import actors, dates, mentions, places
from loaders.sentences import Sentence


def _dated(text: str) -> list[tuple[str, str | None]]:
    sent = Sentence(0, len(text), text)
    found = mentions.find(sent, actors.find(text), places.find(text), dates.tag(text, date(2002, 3, 26)),
                          date(2002, 3, 26))
    return [(m.trigger, m.timex.value if m.timex else None) for m in found]


@pytest.mark.parametrize("text,trigger,value", [
    ("The host of the meeting is Nigeria's President Olusegun Obasanjo, chairman of the regional initiative, who "
     "over the weekend held talks with Thabo Mbeki of South Africa.", "held talks", "2002-W12-WE"),
    ("The host of the summit is Japanese Prime Minister Shinzo Abe, a friend of the organisers, who on Monday held "
     "talks with Indian Prime Minister Narendra Modi.", "held talks", "2002-03-25"),
])
def test_the_relative_clauses_day_is_its_meetings(text, trigger, value):
    """"The host of the meeting is Nigeria's President Olusegun Obasanjo, chairman of the Nepad initiative, who over
    the weekend held talks with Thabo Mbeki of South Africa" (dev20 d20_01): the weekend is the talks' (before, it
    went to "host", and the undated talks were joined to the summit the article tells)."""
    assert (trigger, value) in _dated(text)

