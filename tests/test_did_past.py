"""A bare verb after "did" ("they did meet in May", "did not visit") has no tense of its own: the past "did" dates a
year-less month or day to the last one, not the next (before, the bare "meet" read as a schedule, "talks begin
Monday", and sent it a year on)."""

from datetime import date

import pytest

from loaders.dates import tag


@pytest.mark.parametrize("text,value", [
    ("They did meet in May.", "2018-05"),
    ("They did not meet in May.", "2018-05"),
    ("The two leaders didn't hold talks in May.", "2018-05"),
    ("He did finally visit Moscow in May.", "2018-05"),
    ("They will meet in May.", "2019-05"),  # guards: the future and a schedule as before
    ("Talks begin in May.", "2019-05"),
])
def test_did_dates_the_month_to_the_last_one(text, value):
    assert [t.value for t in tag(text, date(2019, 3, 10))] == [value]
