"""A title in lower case after a level word capitalized as a body's name ("the European Commission vice-president,
Maroš Šefčovič", British papers' style) is that body's officer, as "European Commission Vice-President" is: the
word "Commission" says no level "other" of the meeting (before, the meeting was typed "other" and lost the minister
with him, or was no meeting at all)."""

from datetime import date

import pytest

from tests.helpers import events_of

CASES = [
    # (text, the meeting's type, its people)
    ("The foreign secretary, James Cleverly, and the European Commission vice-president, Maroš Šefčovič, held talks "
     "in London on 20 February.", "ministerial", {"James Cleverly", "Maroš Šefčovič"}),
    ("Foreign Minister Penny Wong met the European Commission president, Ursula von der Leyen, in Brussels on "
     "Monday.", "ministerial", {"Penny Wong", "Ursula von der Leyen"}),
    ("Foreign Minister Penny Wong met the Commission president, Ursula von der Leyen, in Brussels on Monday.",
     "ministerial", {"Penny Wong", "Ursula von der Leyen"}),
    ("Rishi Sunak and the European Commission president, Ursula von der Leyen, met in Windsor on Monday.",
     "summit", {"Rishi Sunak", "Ursula von der Leyen"}),
]


@pytest.mark.parametrize("text, etype, people", CASES)
def test_a_bodys_officer_in_lower_case_says_no_level(text, etype, people):
    evs = events_of(text, published=date(2023, 2, 28))
    assert [(e.type, set(e.participants)) for e in evs] == [(etype, people)]


def test_a_commission_meeting_keeps_its_level():
    """Guard: a joint commission that meets is still a meeting of the level "other"."""
    evs = events_of("The joint commission of the two countries met in Delhi on Monday.", published=date(2023, 2, 28))
    assert [e.type for e in evs] in ([], ["other"])
