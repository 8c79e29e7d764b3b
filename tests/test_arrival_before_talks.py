"""An arrival told apart from the talks of the next days, in one place: the visit's first day, no meeting of its own."""

from datetime import date

import pytest

from tests.helpers import events_of

TALKS = ("I am pleased to share that on 21 February H.E. Dr Vivian Balakrishnan, Singapore's Minister for Foreign "
         "Affairs, visited Norway and met for the first time his Norwegian counterpart, Minister of Foreign Affairs, "
         "H.E. Anniken Huitfeldt. ")


@pytest.mark.parametrize("arrival,events", [
    # the day before, in the city of the talks: the visit's first day
    ("Minister Balakrishnan arrived in Oslo on Sunday 20 February, where I had the great honour to receive him at "
     "the airport.", 1),
    # a week before: another trip
    ("Minister Balakrishnan arrived in Oslo on Sunday 13 February, where I had the great honour to receive him at "
     "the airport.", 2),
])
def test_an_arrival_days_before_the_talks_is_their_visit(arrival, events):
    """"arrived in Oslo on Sunday 20 February, where I had the great honour to receive him at the airport", told after
    the talks "on 21 February": one visit of two days, dated by its talks (the gold's one meeting), not two."""
    assert len(events_of(TALKS + arrival, published=date(2022, 2, 25))) == events
