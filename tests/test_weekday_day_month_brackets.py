"""A weekday with its day and month in brackets ("on Monday (17/06)", "Tuesday (3/9)"), as Indonesian wires
(ANTARA) write: that month and day, a Monday, which fixes the year among the people's terms."""

import pytest

from loaders.dates import tag
from tests.helpers import events_of


@pytest.mark.parametrize("text,month,day", [
    ("The two leaders met in Jakarta on Monday (17/06).", 6, 17),
    ("The ministers will meet on Tuesday (3/9) in Bogor.", 9, 3),
    ("The talks ended this Wednesday (20).", None, 20),  # guard: the day alone, as before
])
def test_the_day_and_month_in_brackets(text, month, day):
    t = tag(text)[0]
    assert (t.spec.month, t.spec.day, t.spec.weekday is not None) == (month, day, True)


def test_the_year_of_the_weekday():
    """June 17 was a Monday in 2013 and 2019; Yudhoyono was President until October 2014."""
    text = ("President Susilo Bambang Yudhoyono held talks with Papua New Guinea's Prime Minister Peter O'Neill in "
            "Jakarta on Monday (17/06).")
    assert [e.date for e in events_of(text)] == ["2013-06-17"]
