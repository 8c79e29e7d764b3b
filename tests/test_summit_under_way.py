"""A meeting of a recurring summit told without a date, in an article dated within that summit's days ("Putin arrives
in Minsk to take part in Union State Supreme State Council meeting", published on its day), is of the summit's first
day: the summit under way, not its month; a meeting beside the summit ("on the sidelines") keeps the month, its day
among the summit's not told."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,expected", [
    ("Russian President Vladimir Putin and Belarusian President Alexander Lukashenko will take part in the meeting of "
     "the Supreme State Council of the Union State of Russia and Belarus in Minsk.", "2018-06-19"),
    # guard: a meeting on the sidelines of the summit
    ("Russian President Vladimir Putin will hold talks with Belarusian President Alexander Lukashenko on the "
     "sidelines of the meeting of the Supreme State Council of the Union State of Russia and Belarus in Minsk.",
     "2018-06"),
])
def test_a_summit_under_way_on_the_articles_date_is_of_its_first_day(text, expected):
    evs = events_of(text, published=date(2018, 6, 19))
    assert [e.date for e in evs if "Vladimir Putin" in e.participants][:1] == [expected]
