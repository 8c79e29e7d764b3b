""""Earlier in the day" after a background sentence about a past day is of the story's own day (the last day told
near the article's date), not of the background one: news tells "in the day" of the day of its news. A past day
told with no day of the story before it is still the day "in the day" is of."""

from datetime import date

import pytest

from tests.helpers import events_of

PUBLISHED = date(2019, 3, 16)


@pytest.mark.parametrize("text,guest,day", [
    ("President Emmanuel Macron met Chancellor Angela Merkel in Paris on Friday. That followed a meeting of "
     "Foreign Minister Jean-Yves Le Drian and Heiko Maas in Rome on February 20. Earlier in the day, Macron held "
     "talks with Prime Minister Charles Michel in Brussels.", "Charles Michel", "2019-03-15"),
    ("Chancellor Angela Merkel received President Emmanuel Macron in Berlin on Thursday. Foreign Minister Heiko Maas "
     "had met Jean-Yves Le Drian in Rome on January 22. Later in the day, Merkel met Prime Minister Mark Rutte.",
     "Mark Rutte", "2019-03-14"),
])
def test_in_the_day_takes_the_story_day_over_a_background_day(text, guest, day):
    events = [e for e in events_of(text, published=PUBLISHED) if guest in e.participants]
    assert [e.date for e in events] == [day]


def test_a_past_day_alone_is_still_the_day():
    """The guard: with no day of the story told before it, the past day told is the one "in the day" is of."""
    events = events_of("Foreign Minister Heiko Maas met Jean-Yves Le Drian in Rome on January 22. Later in the day, "
                       "Chancellor Angela Merkel met Prime Minister Mark Rutte.", published=PUBLISHED)
    assert [e.date for e in events if "Mark Rutte" in e.participants] == ["2019-01-22"]
