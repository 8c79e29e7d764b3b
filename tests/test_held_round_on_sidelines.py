"""A leader who "will hold talks (parleys, meetings) with A, B and C" of as many countries on a summit's sidelines
holds one meeting with each, as one who "met A, B and C" there does (before, the noun held made one meeting of all
of them); a guest's country told by its possessive between the names ("and Myanmar's State Counsellor C") goes on
with the list."""

from datetime import date

import pytest

from tests.helpers import events_of

SIDELINES = "Leaders of the region gathered in Manila on the sidelines of the ASEAN summit. "


@pytest.mark.parametrize("text,guests", [
    (SIDELINES + "Prime Minister Narendra Modi will hold parleys with Japanese Prime Minister Shinzo Abe, Australian "
     "Prime Minister Malcolm Turnbull and Indonesian President Joko Widodo on Monday.",
     ["Shinzo Abe", "Malcolm Turnbull", "Joko Widodo"]),
    (SIDELINES + "Prime Minister Narendra Modi met Japanese Prime Minister Shinzo Abe, Australian Prime Minister "
     "Malcolm Turnbull and Indonesia's President Joko Widodo on Monday.",
     ["Shinzo Abe", "Malcolm Turnbull", "Joko Widodo"]),
])
def test_one_meeting_per_guest_of_a_held_round(text, guests):
    events = events_of(text, published=date(2017, 11, 12))
    assert sorted(g for e in events for g in e.participants if g in guests) == sorted(guests)
    assert len([e for e in events if "Narendra Modi" in e.participants]) == len(guests)


def test_talks_held_with_several_away_from_a_summit_are_one():
    """The guard: away from a summit's sidelines, talks held with several are one meeting (a negotiation)."""
    events = events_of("Prime Minister Narendra Modi will hold parleys with Japanese Prime Minister Shinzo Abe, "
                       "Australian Prime Minister Malcolm Turnbull and Indonesian President Joko Widodo on Monday.",
                       published=date(2017, 11, 12))
    assert len([e for e in events if "Narendra Modi" in e.participants]) == 1
