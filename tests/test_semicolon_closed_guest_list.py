"""A list of guests whose items hold commas, closed by a semicolon and "and" ("bilateral meetings with the Presidents
of Peru, A; and Canada, B"), goes on to its last name: one meeting per guest (before, the last guest was left in one
meeting with the first)."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,guests", [
    ("President Sebastian Pinera held bilateral meetings with the Presidents of Peru, Martin Vizcarra; and Canada, "
     "Justin Trudeau.", ["Martin Vizcarra", "Justin Trudeau"]),
    ("President Sebastian Pinera held separate meetings with the President of Peru, Martin Vizcarra; and the Prime "
     "Minister of Canada, Justin Trudeau.", ["Martin Vizcarra", "Justin Trudeau"]),
])
def test_one_meeting_per_guest_of_a_semicolon_list(text, guests):
    events = events_of(text, published=date(2018, 4, 14))
    assert sorted(e.participants[-1] for e in events) == sorted(guests)
    assert all(len(e.participants) == 2 for e in events)


def test_a_semicolon_between_clauses_lists_no_guest():
    """The guard: a semicolon and a new clause after a meeting with one guest add no guest to it."""
    events = events_of("President Sebastian Pinera met the President of Peru, Martin Vizcarra; Justin Trudeau spoke "
                       "later.", published=date(2018, 4, 14))
    assert [sorted(e.participants) for e in events] == [["Martin Vizcarra", "Sebastian Pinera"]]
