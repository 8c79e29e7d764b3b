"""A list of sides met one by one ("bilateral meetings with leaders from A, B and C") whose item is a country named
with "and" ("Bosnia and Herzegovina", "Trinidad and Tobago"): one side, not a second one of the name's last word."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,sides", [
    ("Prime Minister Narendra Modi held bilateral meetings with leaders from Mexico, Bosnia and Herzegovina, and "
     "Armenia on Sunday.", 3),
    ("Prime Minister Narendra Modi held bilateral meetings with leaders from Jamaica, Trinidad and Tobago, and "
     "Barbados on Sunday.", 3),
])
def test_a_country_named_with_and_is_one_side(text, sides):
    """dev23 d23_13 ("his counterparts from Mexico, Bosnia and Herzegovina, and Armenia"): before, a fourth meeting
    with a side "Herzegovina"."""
    assert len(events_of(text, published=date(2023, 9, 25))) == sides


def test_a_side_the_data_does_not_know_is_still_one():
    """The guard: a territory the data knows not as a country ("New Caledonia") is still a side of its own."""
    events = events_of("Prime Minister Narendra Modi held bilateral meetings with leaders from Tonga, Vanuatu, and "
                       "New Caledonia on Sunday.", published=date(2023, 9, 25))
    assert len(events) == 3
