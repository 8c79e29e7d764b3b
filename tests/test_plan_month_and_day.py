"""A plan an article tells with its month alone, of the very people of a plan it dates to a day within that month,
is that plan told again."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2024, 10, 23)  # a Wednesday


@pytest.mark.parametrize("text,expected", [
    # a live page's kicker gives the month of the summit, its sentence the day: one plan
    ("BRICS Summit 2024 live updates: Prime Minister Narendra Modi and Chinese President Xi Jinping are set to hold "
     "their first bilateral talks in 5 years on the sidelines of the BRICS summit today in Russia's Kazan.",
     [("2024-10-23", "planned")]),
    # a meeting held that month and a plan for a day of it: two meetings
    ("Prime Minister Narendra Modi and Chinese President Xi Jinping met in Beijing earlier this month. Modi and Xi "
     "will meet in Kazan on October 25.", [("2024-10", "held"), ("2024-10-25", "planned")]),
])
def test_a_plans_month_and_its_day_are_one_plan(text, expected):
    assert [(e.date, e.status) for e in events_of(text, published=P)] == expected
