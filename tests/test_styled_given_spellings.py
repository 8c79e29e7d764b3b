"""A style and a given name ("Sheikh Mohammed") name the article's person whose full name was told before in any
of the person's spellings, not only the people data's own ("Mohamed")."""

from datetime import date

import pytest

from loaders import actors

WHEN = (date(2021, 1, 1), date(2021, 12, 31))

# (sentence telling the full name, sentence with the style and given name, the person then named)
ROWS = [
    ("Crown Prince Sheikh Mohammed bin Zayed Al Nahyan received the visitor at his palace.",
     "The visitor and Sheikh Mohammed then began their talks.", "Mohamed bin Zayed Al Nahyan"),
    ("Crown Prince Muhammad bin Salman welcomed the delegation in Jeddah.",
     "Prince Muhammad told the guests that the talks went well.", "Mohammed bin Salman"),
]


@pytest.mark.parametrize(("first", "then", "person"), ROWS)
def test_style_and_given_name_of_a_person_told_before(first: str, then: str, person: str) -> None:
    known = actors.Folded()
    actors.find(first, WHEN, known=known)
    assert person in [m.person for m in actors.find(then, WHEN, known=known)]


def test_a_given_name_two_people_told_before_share_names_neither() -> None:
    known = actors.Folded()
    actors.find("Crown Prince Mohammed bin Zayed Al Nahyan met Crown Prince Mohammed bin Salman.", WHEN, known=known)
    found = [m.person for m in actors.find("Prince Mohammed left.", WHEN, known=known)]
    assert "Mohammed bin Salman" not in found and "Mohamed bin Zayed Al Nahyan" not in found
