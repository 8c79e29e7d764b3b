"""A visit told as like the one its sentence has just told, to another country, no one named ("The two-day visit
comes directly after a similar visit to Oman"): the same visitor's visit there, a meeting of its own."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,expected", [
    ("Egypt's President Abdel Fattah Al-Sisi met with Bahraini King Hamad bin Isa Al-Khalifa on Wednesday at Sakhir "
     "Palace in Manama.\n\nThe two-day visit comes directly after a similar visit to Oman.",
     [(["Abdel Fattah Al-Sisi", "Hamad bin Isa Al Khalifa"], "Manama"), (["Abdel Fattah Al-Sisi"], "Oman")]),
    # a visit to the same place: the visit told (as before)
    ("Egypt's President Abdel Fattah Al-Sisi met with Bahraini King Hamad bin Isa Al-Khalifa on Wednesday at Sakhir "
     "Palace in Manama.\n\nThe two-day visit comes after a similar visit to Manama.",
     [(["Abdel Fattah Al-Sisi", "Hamad bin Isa Al Khalifa"], "Manama")]),
])
def test_a_visit_like_the_one_told_is_the_same_visitors_elsewhere(text, expected):
    evs = events_of(text, published=date(2022, 6, 29))
    assert [(sorted(e.participants), e.location) for e in evs] == expected
