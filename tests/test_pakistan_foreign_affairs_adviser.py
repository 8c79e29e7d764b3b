"""Pakistan's Adviser to the Prime Minister on Foreign Affairs (2013-2017, when the Prime Minister held the foreign
ministry himself) is a minister of Pakistan in the people data: a meeting with him has two sides."""

from datetime import date

import pytest

from loaders import actors
from tests.helpers import events_of


@pytest.mark.parametrize("text,day,country", [
    ("India's minister held talks with Sartaj Aziz in Islamabad.", date(2015, 12, 9), "Pakistan"),
])
def test_the_adviser_is_of_pakistan(text, day, country):
    found = [m for m in actors.find(text, (day, day)) if m.person == "Sartaj Aziz"]
    assert [m.country for m in found] == [country]


def test_talks_with_the_adviser_are_a_meeting_of_their_own():
    events = events_of("Indian Foreign Minister Sushma Swaraj saw Prime Minister Nawaz Sharif in Islamabad on "
                       "Wednesday. She also held talks with Sartaj Aziz on trade.", published=date(2015, 12, 10))
    assert sorted(sorted(e.participants) for e in events) == [["Nawaz Sharif", "Sushma Swaraj"],
                                                              ["Sartaj Aziz", "Sushma Swaraj"]]
