"""A wire story of the day: the year of a dateline without one, where the weekday the lede tells falls on it (or the
day before) in one year only of the people's terms; a meeting told as "earlier" held after the story's meeting is of
its day."""

from datetime import date

import pytest

from tests.helpers import events_of, folder_events

_STORY = ("Saudi foreign minister in Tehran as ties thaw\n\n"
          "DUBAI, {dateline} (Reuters) - Saudi Foreign Minister Prince Faisal bin Farhan met Iranian President "
          "Ebrahim Raisi in Tehran on {weekday}, the first visit to Iran by a Saudi foreign minister in years.\n\n"
          "The two sides discussed trade and security.\n")


@pytest.mark.parametrize("dateline,weekday,expected", [
    ("June 17", "Saturday", "2023-06-17"),  # in Raisi's term (Aug 2021 - May 2024), June 17 was a Saturday in 2023
    ("June 18", "Friday", "2022-06-17"),  # filed the day after
    ("November 20", "Monday", "2023-11-20"),
    ("June 17", "Tuesday", None),  # guard: a Tuesday on or just before June 17 in no year of the term
    ("June 18", "Saturday", "2022-06-18"),  # a Saturday on June 18 (2022) and the day before it (2023): the day's news
])
def test_a_datelines_year_is_where_the_ledes_weekday_falls_on_it(tmp_path, dateline, weekday, expected):
    rows = folder_events(tmp_path, _STORY.format(dateline=dateline, weekday=weekday))
    got = rows[rows["participants"].map(lambda p: "Ebrahim Raisi" in p)]["date"].tolist()
    assert [None if d != d else d for d in got] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Prince Faisal earlier held talks with his Iranian counterpart Hossein Amir-Abdollahian.", "2023-06-17"),
    ("Prince Faisal had earlier met his Iranian counterpart Hossein Amir-Abdollahian.", "2023-06-17"),
    # guard: "their earlier talks" are a meeting before the story's, not of its day
    ("Prince Faisal had met Iranian Foreign Minister Hossein Amir-Abdollahian in Beijing in April.", None),
])
def test_a_meeting_held_earlier_is_of_the_storys_day(text, expected):
    lede = ("Saudi Foreign Minister Prince Faisal bin Farhan met Iranian President Ebrahim Raisi in Tehran on "
            "Saturday, the first visit to Iran by a Saudi foreign minister in years.\n\n")
    evs = events_of(lede + text, published=date(2023, 6, 18))
    other = [e for e in evs if "Hossein Amir-Abdollahian" in e.participants]
    assert [e.date if e.date and len(e.date) == 10 else None for e in other] == [expected]
