"""A title in lower case right after a level word ("the European Commission vice-president, Maros Sefcovic", a
house style that sets titles in lower case) is a title, as "European Commission Vice-President" is: the word
"Commission" says no level of its own, and the meeting is of the people's offices."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2023, 2, 28)


@pytest.mark.parametrize("text,expected", [
    ("The foreign secretary, James Cleverly, and the European Commission vice-president, Maros Sefcovic, met in "
     "London on Monday.", ("ministerial", ["James Cleverly", "Maros Sefcovic"])),
    ("Maros Sefcovic, the European Commission vice-president, met the foreign secretary, James Cleverly, in London "
     "on Monday.", ("ministerial", ["James Cleverly", "Maros Sefcovic"])),
])
def test_lower_case_title_after_commission(text, expected):
    """The level is the offices', not the commission's "other"."""
    got = [(e.type, sorted(e.participants)) for e in events_of(text, published=P)]
    assert (expected[0], sorted(expected[1])) in got, got
