""""A met B, C and D on the sidelines of the G7 Summit": one meeting per guest, the summit only where they took place
(before, the summit word made a meeting of the host with all the guests at once, or gave them all to the first)."""

from datetime import date

import pytest

from tests.helpers import events_of

GUESTS = ["Joe Biden", "Fumio Kishida", "Justin Trudeau"]


@pytest.mark.parametrize("text", [
    "Prime Minister Narendra Modi on Friday met a host of world leaders, including US President Joe Biden, Japanese "
    "Prime Minister Fumio Kishida and Canadian Prime Minister Justin Trudeau, on the sidelines of the G7 Summit here.",
    "Prime Minister Narendra Modi on Friday met US President Joe Biden, Japanese Prime Minister Fumio Kishida and "
    "Canadian Prime Minister Justin Trudeau on the sidelines of the G7 Summit here.",
])
def test_each_guest_met_apart(text):
    """dev23 d23_14 (the first row): before, a fourth meeting of Modi with all three, which took the page's later
    mentions of Kishida and Trudeau."""
    events = events_of(text, published=date(2024, 6, 14))
    assert sorted(tuple(e.participants) for e in events) == sorted(("Narendra Modi", g) for g in GUESTS)


def test_one_guest_on_the_sidelines():
    """The guard: one guest on a summit's sidelines is one meeting."""
    events = events_of("Prime Minister Narendra Modi on Friday met US President Joe Biden on the sidelines of the G7 "
                       "Summit here.", published=date(2024, 6, 14))
    assert [e.participants for e in events] == [["Narendra Modi", "Joe Biden"]]
