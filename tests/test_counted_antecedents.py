""""The three leaders", "in a tripartite format": a meeting told by a count of its people, no one named, is of that
many, the meeting told last with that many or the meetings told last together that many; not the pair told last."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2021, 11, 18)


@pytest.mark.parametrize("text,people", [
    # two bilaterals told, then the three leaders together: a meeting of the three
    ("Prime Minister Justin Trudeau met Mexican President Andres Manuel Lopez Obrador on Thursday in Washington. "
     "Later, Trudeau will have a bilateral meeting with U.S. President Joe Biden. "
     "It is the first time the three leaders have met together in person since 2016.",
     {"Justin Trudeau", "Andres Manuel Lopez Obrador", "Joe Biden"}),
    # bilateral meetings of foreign ministers, then the three gather "in a tripartite format"
    ("Foreign Ministers meet in Tbilisi\n\n"
     "The Foreign Ministers of Azerbaijan and Georgia Elmar Mammadyarov and David Zalkaliani have met as part of the "
     "tripartite meeting of the Foreign Ministers of Azerbaijan, Georgia, and Turkey in Tbilisi.\n\n"
     "The sides discussed relations.\n\n"
     "Zalkaliani further had a meeting with Turkish Foreign Minister Mevlut Cavusoglu.\n\n"
     "After bilateral meetings, the Foreign Ministers will gather in a tripartite format.",
     {"Elmar Mammadyarov", "David Zalkaliani", "Mevlut Cavusoglu"}),
])
def test_a_counted_meeting_is_of_that_many(text, people):
    assert any(set(e.participants) == people for e in events_of(text, published=P))


@pytest.mark.parametrize("text,pair", [
    # the pair told before stays a meeting of its own; "the three leaders" is not it
    ("Prime Minister Justin Trudeau met Mexican President Andres Manuel Lopez Obrador on Thursday in Washington. "
     "Later, Trudeau will have a bilateral meeting with U.S. President Joe Biden. "
     "It is the first time the three leaders have met together in person since 2016.",
     {"Justin Trudeau", "Andres Manuel Lopez Obrador"}),
])
def test_the_pair_stays_apart(text, pair):
    assert any(set(e.participants) == pair for e in events_of(text, published=P))
