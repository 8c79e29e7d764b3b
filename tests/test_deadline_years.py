"""A year a goal is set for ("committed to reaching a trade value of 3 billion USD by 2026") is a deadline, not a year
told as past: on a page without a date it does not put the article after that year."""

import pytest

from tests.helpers import events_of

_MEETING = ("Vietnamese Foreign Minister Bui Thanh Son held talks with New Zealand Foreign Minister Winston Peters in "
            "Hanoi on June 5.\n\n")


@pytest.mark.parametrize("goal", [
    "They committed to reaching a two-way trade value of 3 billion USD by 2026.",
    "The two sides agreed to double trade by the end of 2030.",
    "They pledged to lift two-way trade to 3 billion USD by end-2027.",
])
def test_a_deadline_year_is_no_year_told_as_past(goal):
    (ev,) = events_of(_MEETING + goal)
    assert "told as past" not in (ev.date_reason or ""), ev.date_reason


def test_a_year_told_as_past_still_narrows():  # guard: "in 2025" after a past verb is a year told as past
    (ev,) = events_of(_MEETING + "Two-way trade reached 2 billion USD in 2025.")
    assert "'2025' is told as past" in (ev.date_reason or ""), ev.date_reason
