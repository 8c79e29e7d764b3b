"""The Secretaries-General of the Arab League as sides of a meeting: the office holder of the day resolves to the
League (not to Egypt's foreign ministry, which each led before), and a leader receiving one is a summit with it."""

from datetime import date

import pytest

from tests.helpers import events_of

NAMED = [
    # (text, a day of the story, person)
    ("Arab League Secretary-General Ahmed Aboul Gheit arrived in Beirut.", date(2019, 1, 10), "Ahmed Aboul Gheit"),
    ("Arab League chief Amr Moussa arrived in Baghdad.", date(2005, 1, 10), "Amr Moussa"),
    ("Secretary-General of the Arab League Nabil Elaraby arrived in Doha.", date(2013, 1, 10), "Nabil Elaraby"),
]


@pytest.mark.parametrize("text, day, person", NAMED)
def test_the_secretary_general_of_the_day_is_the_leagues(text, day, person):
    from loaders import actors

    found = [(m.person, m.country, m.role) for m in actors.find(text, (day, day))]
    assert found == [(person, "Arab League", "head_of_state")]


def test_a_leader_receiving_the_secretary_general_is_a_summit_with_the_league():
    text = "President Bashar al-Assad received Arab League Secretary-General Amr Moussa in Damascus on Sunday."
    events = events_of(text, published=date(2007, 3, 5))
    assert [(e.participants, sorted(e.countries), e.type) for e in events] == [
        (["Bashar al-Assad", "Amr Moussa"], ["Arab League", "Syria"], "summit")]
