"""'Later the same day' opening a sentence, in a page of no known date, is the day the sentence before tells by its
weekday or its month and day ("On Friday, Modi told him ... Later the same day, Putin met Erdogan"): that day, resolved
as the weekday is, not left undated for want of a value."""

import pytest

from tests.helpers import events_of

_STORY = ("Vladimir Putin and Xi Jinping held talks in Samarkand on Thursday on the sidelines of the 2022 SCO "
          "Samarkand summit.\n\nOn Friday, Indian Prime Minister Narendra Modi told him that \"today's era is not "
          "an era of war\", and Putin replied that he knew of India's concerns.\n\n{opening} Putin met Turkey's "
          "president, Recep Tayyip Erdogan.")


@pytest.mark.parametrize("opening,expected", [
    ("Later the same day,", "2022-09-16"),
    ("That same day,", "2022-09-16"),
])
def test_the_same_day_of_a_weekday_in_a_page_without_date(opening, expected):
    evs = events_of(_STORY.format(opening=opening))
    assert [e.date for e in evs if "Recep Tayyip Erdogan" in e.participants] == [expected]
