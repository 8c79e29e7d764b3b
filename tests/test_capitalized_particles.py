"""A particle written with a capital inside a name ("Luiz Inácio Lula Da Silva") is no name of its own among the
four a title's name may have, as "da" and "bin" are not (actors._trim_name): before, it took a name's place and the
name was cut ("Luiz Inácio Lula Da", someone outside the people data)."""

from datetime import date

import pytest

from loaders import actors

CASES = [
    # (text, a day of the story, (person, the words found) of the titled name)
    ("Alberto Fernández met President Luiz Inácio Lula Da Silva in Brasilia.", date(2023, 1, 30),
     ("Luiz Inacio Lula da Silva", "Luiz Inácio Lula Da Silva")),
    ("Brazilian President Luiz Inácio Lula Da Silva met Chinese President Xi Jinping in Beijing.", date(2023, 4, 14),
     ("Luiz Inacio Lula da Silva", "Luiz Inácio Lula Da Silva")),
]


@pytest.mark.parametrize("text, day, found", CASES)
def test_a_capitalized_particle_is_no_name(text, day, found):
    people = [(m.person, text[m.start:m.end]) for m in actors.find(text, (day, day)) if m.titled]
    assert people[0] == found


def test_a_particle_in_a_name_of_four_still_reads():
    """Guard: "Emir Tamim Bin Hamad Al Thani", as before."""
    day = date(2023, 6, 1)
    text = "Emir Tamim Bin Hamad Al Thani met Blinken in Doha."
    assert [(m.person, text[m.start:m.end]) for m in actors.find(text, (day, day)) if m.titled] == [
        ("Tamim bin Hamad Al Thani", "Tamim Bin Hamad Al Thani")]
