"""A round of bilateral meetings told with a vague count ("several bilateral discussions", "many bilateral
meetings") whose guests the sentence lists ("including with A; B; and C") is one meeting per guest, as "11 bilateral
meetings with his counterparts, including A, B and C" already was: the count word is no mark of meetings untold."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2023, 2, 15)


@pytest.mark.parametrize("text,expected", [
    ("Prime Minister Andrew Holness left Jamaica for Nassau, Bahamas. The Prime Minister is expected to have several "
     "bilateral discussions on the margins of CARICOM, including with US Special Presidential Envoy for Climate, John "
     "Kerry; and Canadian Prime Minister Justin Trudeau.",
     [["Andrew Holness", "John Kerry"], ["Andrew Holness", "Justin Trudeau"]]),
    ("Prime Minister Andrew Holness left Jamaica for Nassau, Bahamas. He will hold several bilateral meetings on the "
     "sidelines, including with Canadian Prime Minister Justin Trudeau and Barbados Prime Minister Mia Mottley.",
     [["Andrew Holness", "Justin Trudeau"], ["Andrew Holness", "Mia Mottley"]]),
])
def test_several_bilaterals_with_listed_guests(text, expected):
    """Each listed guest met the host."""
    got = sorted(sorted(e.participants) for e in events_of(text, published=P) if len(e.participants) == 2)
    assert got == sorted(sorted(x) for x in expected), got
