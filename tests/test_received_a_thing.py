"""A receiving verb whose object is a thing, no one ("will also receive a briefing on the Games", "to receive the report
of the Business Advisory Council"): no meeting (as "to meet the conditions" is none)."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text", [
    "Prime Minister Helen Clark and Prime Minister John Howard will receive a briefing on the Olympic Games in "
    "Sydney in September.",
    "Prime Minister Helen Clark and Prime Minister John Howard will receive the report of the Business Advisory "
    "Council in Sydney on Friday.",
])
def test_a_thing_received_is_no_meeting(text):
    """dev23 d23_04 ("The Prime Minister will also receive a briefing on New Zealand preparations for the Sydney
    Olympic Games, to be held in September"): before, a meeting of Clark and Howard dated September; d23_02 tells
    the leaders "will be there to receive the report of the APEC Business Advisory Council"."""
    assert events_of(text, published=date(2000, 2, 16)) == []


def test_a_leader_received_is_a_meeting():
    """The guard: a leader received is met."""
    events = events_of("Prime Minister Helen Clark will receive Prime Minister John Howard in Wellington on Friday.",
                       published=date(2000, 2, 16))
    assert [e.participants for e in events] == [["Helen Clark", "John Howard"]]
