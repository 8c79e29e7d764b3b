"""A leader greeted by another named, or greeting one: a meeting verb, as "welcomed"."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,day,who", [
    ("In May 2015, during his first visit to China after assuming office, Modi was greeted by Xi in his hometown "
     "Xian.", "2015-05", {"Narendra Modi", "Xi Jinping"}),
    ("Chinese President Xi Jinping greeted Indian Prime Minister Narendra Modi in Xian on Thursday.", "2015-05-14",
     {"Narendra Modi", "Xi Jinping"}),
])
def test_greeted_by_someone_named_is_a_meeting(text, day, who):
    """"Modi was greeted by Xi in his hometown Xian" (dev15 d15_03): a meeting of the two (before, "greeted" was no
    meeting word and the visit's mention, of one side, was dropped)."""
    events = events_of(text, published=date(2015, 5, 16))
    assert [(e.date, set(e.participants)) for e in events] == [(day, who)]


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi greeted the crowd in Xian on Thursday.",
    "Indian Prime Minister Narendra Modi was greeted by cheering crowds in Xian on Thursday.",
    "Indian Prime Minister Narendra Modi greeted the news with relief on Thursday.",
])
def test_greeted_by_no_one_named_is_no_meeting(text):
    """A crowd, the news: no one named greeted or greeting, no meeting."""
    assert events_of(text, published=date(2015, 5, 16)) == []
