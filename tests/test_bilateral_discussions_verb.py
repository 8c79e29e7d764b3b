""""held bilateral discussions with A, B and C", a verb of the vocabulary that says the meetings are bilateral itself:
one meeting per guest, as "held bilateral talks with A, B and C" (before, one meeting of all of them)."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,guests", [
    ("Foreign Minister Ali Sabry held bilateral discussions with Uzbek Foreign Minister Vladimir Norov, Saudi Foreign "
     "Minister Faisal bin Farhan and Armenian Foreign Minister Ararat Mirzoyan on Monday.",
     ["Vladimir Norov", "Faisal bin Farhan", "Ararat Mirzoyan"]),
    ("Finnish Foreign Minister Timo Soini will hold bilateral discussions with President Kersti Kaljulaid and with "
     "Foreign Minister Sven Mikser on Monday.", ["Kersti Kaljulaid", "Sven Mikser"]),
])
def test_one_meeting_per_guest(text, guests):
    """A foreign minister's round at a summit (dev23 d23_12 tells it so in the active voice elsewhere) and a visiting
    minister's calls on a president and a foreign minister of one country (dev21 d21_02)."""
    events = events_of(text, published=date(2022, 9, 21))
    assert sorted(g for e in events for g in e.participants if g in guests) == sorted(guests)
    assert len(events) == len(guests)


def test_one_guest_is_one_meeting():
    """The guard: one guest, one meeting."""
    events = events_of("Foreign Minister Ali Sabry held bilateral discussions with Uzbek Foreign Minister Vladimir "
                       "Norov on Monday.", published=date(2022, 9, 21))
    assert [e.participants for e in events] == [["Ali Sabry", "Vladimir Norov"]]
