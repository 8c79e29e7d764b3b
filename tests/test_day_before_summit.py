"""A meeting told as held or planned the day before a recurring summit of the data ("a day before the G7 summit
opens", "on the eve of the BRICS summit"), with no day of its own, is of the day before that summit's first day."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,published,expected", [
    # the 15th BRICS summit, Johannesburg, Aug 22-24, 2023 (Lula back in office in 2023: not the 2018 one)
    ("Indian Prime Minister Narendra Modi met Brazilian President Luiz Inacio Lula da Silva in Johannesburg on the "
     "eve of the BRICS summit.", None, "2023-08-21"),
    # the 49th G7 summit, Hiroshima, May 19-21, 2023, the next one from the article's date
    ("Japanese Prime Minister Fumio Kishida will hold talks with Italian Prime Minister Giorgia Meloni in Hiroshima a "
     "day before the G7 summit opens.", date(2023, 5, 10), "2023-05-18"),
    # guard: during the summit, no day told: the summit's month
    ("Japanese Prime Minister Fumio Kishida will hold talks with Italian Prime Minister Giorgia Meloni in Hiroshima "
     "during the G7 summit.", date(2023, 5, 10), "2023-05"),
])
def test_a_meeting_the_day_before_a_summit(text, published, expected):
    events = events_of(text, published=published)
    assert [e.date for e in events] == [expected]
    assert "summit" in events[0].date_reason
