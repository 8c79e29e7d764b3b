"""Talks told by the offices they were between, or by how long they sat: a sitting, a meeting word."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,day,where", [
    ("The agreement was reached after two days of talks between the foreign ministers of Argentina and Brazil in "
     "Brussels on June 28.", "2024-06-28", "Brussels"),
    ("The first face-to-face talks between the two leaders, Thai Prime Minister Srettha Thavisin and Cambodian Prime "
     "Minister Hun Manet, took place in Bangkok on Monday.", "2024-07-01", "Bangkok"),
    ("Argentine Foreign Minister Jorge Faurie and Brazilian Foreign Minister Ernesto Araujo reached the deal after two "
     "days of talks in Brasilia on Monday.", "2024-07-01", "Brasilia"),
])
def test_talks_between_office_holders_or_of_some_days_are_a_meeting(text, day, where):
    """"two days of talks between the foreign ministers of the bloc", "talks between the two leaders": talks told by the
    offices they were between (not only by names) or by the days they sat are a sitting (before, the finder read
    "talks" alone as the process), and the subject of the clause they are told after sat at them ("A and B reached the
    deal after two days of talks": before, their talks had no one, dropped as one side)."""
    events = events_of(text, published=date(2024, 6, 30))
    assert [(e.date, e.location) for e in events] == [(day, where)]


@pytest.mark.parametrize("text", [
    "Talks between the two countries have stalled since 2019.",
    "Talks between the two sides on a trade deal have dragged on for years.",
])
def test_talks_between_countries_told_as_a_process_stay_none(text):
    """Talks between two countries or sides, no one's offices and no days: the process, no sitting."""
    assert events_of(text, published=date(2024, 6, 30)) == []
