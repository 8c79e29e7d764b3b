"""The heads of NATO and of the African Union Commission as sides of a meeting: the office holder of the day resolves
to the organisation (not to an office held before at home), and a leader meeting one is a summit with it."""

from datetime import date

import pytest

from tests.helpers import events_of

NAMED = [
    # (text, a day of the story, person, country)
    ("NATO Secretary General Jens Stoltenberg met the president in Ankara.", date(2023, 7, 10),
     "Jens Stoltenberg", "NATO"),
    ("NATO chief Mark Rutte met the president in Kyiv.", date(2025, 1, 10), "Mark Rutte", "NATO"),
    ("NATO Secretary General Anders Fogh Rasmussen met the president in Moscow.", date(2010, 11, 20),
     "Anders Fogh Rasmussen", "NATO"),
    ("NATO Secretary General Jaap de Hoop Scheffer met the king in Amman.", date(2006, 5, 1),
     "Jaap de Hoop Scheffer", "NATO"),
    ("African Union Commission Chairperson Moussa Faki Mahamat met the president.", date(2022, 2, 17),
     "Moussa Faki Mahamat", "African Union"),
    ("AU Commission Chairperson Nkosazana Dlamini-Zuma met the president.", date(2014, 5, 1),
     "Nkosazana Dlamini-Zuma", "African Union"),
    ("AU Commission Chairperson Jean Ping met the president.", date(2010, 5, 1), "Jean Ping", "African Union"),
]


@pytest.mark.parametrize("text, day, person, country", NAMED)
def test_the_head_of_the_day_is_the_organisations(text, day, person, country):
    from loaders import actors

    found = [(m.person, m.country, m.role) for m in actors.find(text, (day, day))]
    assert (person, country, "head_of_state") in found


MET = [
    # (text, published, participants, countries)
    ("President Recep Tayyip Erdogan met NATO Secretary General Jens Stoltenberg in Ankara on Monday.",
     date(2022, 11, 9), ["Recep Tayyip Erdogan", "Jens Stoltenberg"], ["NATO", "Turkey"]),
    ("President Xi Jinping met Moussa Faki Mahamat, head of the African Union Commission, in Beijing on Monday.",
     date(2018, 9, 4), ["Xi Jinping", "Moussa Faki Mahamat"], ["African Union", "China"]),
]


@pytest.mark.parametrize("text, published, participants, countries", MET)
def test_a_leader_meeting_the_head_is_a_summit_with_the_organisation(text, published, participants, countries):
    events = events_of(text, published=published)
    assert [(e.participants, sorted(e.countries), e.type) for e in events] == [(participants, countries, "summit")]


@pytest.mark.parametrize("text", [
    "The ministers met at NATO headquarters in Brussels on Monday.",
    "He addressed the African Union summit in Addis Ababa on Sunday.",
])
def test_the_organisations_name_is_no_place(text):
    """Guard: NATO and the African Union are sides only through their heads, not by their names in the text."""
    from loaders import places

    assert not {"NATO", "African Union"} & set(places.countries_in(text))
