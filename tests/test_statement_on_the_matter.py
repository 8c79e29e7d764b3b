"""A statement told with its subject before its day ("issued a statement on the same on Tuesday") is dated by that
day, and a day its quoted words count ("tomorrow") counts from it."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2024, 10, 23)  # a Wednesday


@pytest.mark.parametrize("text,expected", [
    ('Indian Foreign Secretary Vikram Misri issued a statement on the same on Tuesday: "I can confirm that there '
     'will be a bilateral meeting between Prime Minister Narendra Modi and Chinese President Xi Jinping tomorrow."',
     ["2024-10-23"]),
    ('Indian Foreign Secretary Vikram Misri issued a statement on the matter on Tuesday: "There will be a bilateral '
     'meeting between Prime Minister Narendra Modi and Chinese President Xi Jinping tomorrow."', ["2024-10-23"]),
    # the statement told with no subject between: as before
    ('Indian Foreign Secretary Vikram Misri issued a statement on Tuesday: "There will be a bilateral meeting between '
     'Prime Minister Narendra Modi and Chinese President Xi Jinping tomorrow."', ["2024-10-23"]),
])
def test_a_statement_on_the_matter_dates_its_words(text, expected):
    assert [e.date for e in events_of(text, published=P)] == expected
