"""The UN Secretary-General as a side of a meeting: the office holder of the day resolves to the United Nations (not to
an office he held before in his own country), and a leader meeting him is a summit, as the gold types such meetings.
The name and the seat of the United Nations in the text are no side and no place: only its officials are."""

from datetime import date

import pytest

from tests.helpers import events_of

NAMED = [
    # (text, a day of the story, person, country, role)
    ("Prime Minister Modi had a good meeting with UN chief Guterres.", date(2024, 6, 14),
     "Antonio Guterres", "United Nations", "head_of_state"),
    ("UN Secretary-General Ban Ki-moon met the president in Kigali.", date(2010, 3, 1),
     "Ban Ki-moon", "United Nations", "head_of_state"),
    ("Kofi Annan met the Sudanese president in Khartoum.", date(2004, 7, 1),
     "Kofi Annan", "United Nations", "head_of_state"),
]


@pytest.mark.parametrize("text, day, person, country, role", NAMED)
def test_the_secretary_general_of_the_day_is_the_uns(text, day, person, country, role):
    from loaders import actors

    found = [(m.person, m.country, m.role) for m in actors.find(text, (day, day))]
    assert (person, country, role) in found


MET = [
    # (text, published, participants, countries, type)
    ("President Cyril Ramaphosa met UN Secretary-General Antonio Guterres in Pretoria on Monday.", date(2023, 8, 22),
     ["Cyril Ramaphosa", "Antonio Guterres"], ["South Africa", "United Nations"], "summit"),
    ("Chancellor Gerhard Schroeder met UN Secretary-General Kofi Annan in Berlin on Tuesday.", date(2004, 3, 10),
     ["Gerhard Schroeder", "Kofi Annan"], ["Germany", "United Nations"], "summit"),
]


@pytest.mark.parametrize("text, published, participants, countries, kind", MET)
def test_a_leader_meeting_the_secretary_general_is_a_summit_with_the_un(text, published, participants, countries,
                                                                        kind):
    events = events_of(text, published=published)
    assert [(e.participants, e.countries, e.type) for e in events] == [(participants, countries, kind)]


def test_his_earlier_national_office_still_resolves():
    """Guard: before his UN term, Guterres is Portugal's prime minister."""
    from loaders import actors

    day = date(2001, 5, 1)
    found = [(m.person, m.country) for m in actors.find("Prime Minister Antonio Guterres met Tony Blair.", (day, day))]
    assert ("Antonio Guterres", "Portugal") in found


@pytest.mark.parametrize("text", [
    "He laid a wreath at the United Nations cemetery in Busan on Monday.",
    "The two presidents will meet in New York on Monday.",
])
def test_the_uns_name_and_seat_are_no_side(text):
    """Guard: the United Nations is a side only through its officials, not by its name or seat."""
    from loaders import places

    assert "United Nations" not in places.countries_in(text)
    assert all("United Nations" not in e.countries for e in events_of(text, published=date(2014, 6, 16)))
