"""A family name written in capitals after the given name ("Macky SALL", "Aïssata Tall SALL"), as French and West
African official pages write names, is the known person's name."""

from datetime import date

import pytest

CASES = [
    ("President Adama Barrow received the Senegalese Foreign Minister, Her Excellency, Aïssata Tall SALL, at the "
     "Statehouse in Banjul on Thursday.", 2021, {"Adama Barrow", "Aïssata Tall-Sall"}),
    ("President Macky SALL received President Emmanuel MACRON at the palace in Dakar.", 2022,
     {"Macky Sall", "Emmanuel Macron"}),
    ("Prime Minister Amadou Ba met Joe BIDEN in Washington on Monday.", 2023, {"Amadou Ba", "Joe Biden"}),
]


@pytest.mark.parametrize("text, year, people", CASES)
def test_capitals_after_given_name(text, year, people):
    from loaders import actors

    found = actors.find(text, (date(year, 1, 1), date(year, 12, 31)))
    assert {m.person for m in found} == people


def test_acronyms_stay():
    """"The NATO summit", "Secretary-General of NATO": no one's family name."""
    from loaders import actors

    text = "The NATO summit opened in Madrid, and Jens Stoltenberg spoke at the CSTO meeting."
    assert actors.name_case(text) == text
