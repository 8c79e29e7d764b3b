"""A meeting at a summit or on a trip of several days (the data's), told by a day counted from the article's own
("this morning", "yesterday evening", "this evening"), takes that day once the text leaves the article one day: its
year-less dateline, when the words count from it to a day of the summit or trip, else the one day the window leaves
(before, the meeting kept the summit's or trip's month while the article's day was known)."""

import pytest

from tests.helpers import folder_events


@pytest.mark.parametrize("lede,day", [
    # the 20th OSCE Ministerial Council, Kyiv, Dec 5-6 2013: the only one in Kyiv with both ministers in office
    ("The foreign ministers of Armenia and Azerbaijan, Edward Nalbandian and Elmar Mammadyarov, met this morning in "
     "Kiev on the margins of the OSCE Ministerial Council.", "2013-12-05"),
    # the G20 summit in Hangzhou, Sep 4-5 2016
    ("Chinese President Xi Jinping held talks with Russian President Vladimir Putin yesterday evening on the "
     "sidelines of the G20 summit in Hangzhou.", "2016-09-04"),
    # John Howard's visit to India, Mar 5-8 2006 (data/visits.csv): the dateline's Mar 6 is one of its days
    ("New Delhi, Mar 6 (UNI) Prime Minister Manmohan Singh will hold talks this evening with his visiting Australian "
     "counterpart John Howard in New Delhi.", "2006-03-06"),
])
def test_a_day_counted_from_the_article_at_a_summit_or_on_a_trip(tmp_path, lede, day):
    table = folder_events(tmp_path, f"Leaders meet\n\n{lede}\n\nThey spoke to reporters afterwards.\n")
    assert day in list(table["date"]), list(zip(table["date"], table["date_reason"], strict=True))
