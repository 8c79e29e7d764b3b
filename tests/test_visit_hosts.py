"""A visit told first as an arrival of the visitor alone, then as talks with one host and a meeting with another host
of the same country (a president, then a prime minister): the arrival is of the talks told right after it, whoever
the article's most told leader of the country is; the second host's meeting is another meeting."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,published,expected", [
    ("Iranian President Hassan Rouhani arrived in Baghdad on Monday on his first official visit to Iraq. Rouhani "
     "was received by Iraqi President Barham Salih at the Salam Palace, where the two leaders held talks. Rouhani "
     "later met Prime Minister Adel Abdul-Mahdi. Rouhani and Abdul-Mahdi signed agreements on trade.",
     date(2019, 3, 11),
     [("Baghdad", ["Barham Salih", "Hassan Rouhani"]), (None, ["Adel Abdul-Mahdi", "Hassan Rouhani"])]),
    ("Indian Prime Minister Narendra Modi arrived in Colombo on Friday for a two-day visit to Sri Lanka. Modi was "
     "received by Sri Lankan President Maithripala Sirisena at the Presidential Secretariat, where the two leaders "
     "held talks. Modi later met Prime Minister Ranil Wickremesinghe. Wickremesinghe hosted a lunch for Modi.",
     date(2015, 3, 13),
     [("Colombo", ["Maithripala Sirisena", "Narendra Modi"]), (None, ["Narendra Modi", "Ranil Wickremesinghe"])]),
    # the talks with the host the article tells most: the arrival's, one visit (as before)
    ("Iranian President Hassan Rouhani arrived in Baghdad on Monday on his first official visit to Iraq. Rouhani "
     "held talks with Prime Minister Adel Abdul-Mahdi. Abdul-Mahdi and Rouhani signed agreements on trade.",
     date(2019, 3, 11), [("Baghdad", ["Adel Abdul-Mahdi", "Hassan Rouhani"])]),
])
def test_the_arrival_is_of_the_talks_told_after_it_not_of_a_host_guessed(text, published, expected):
    evs = events_of(text, published=published)
    assert [(e.location, sorted(e.participants)) for e in evs] == expected
