"""A meeting whose words set the level "other" (a body's name: "commission", "committee") keeps both people of a
subject joined by "and", not only the one nearest the verb."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2023, 2, 28)


@pytest.mark.parametrize("text,expected", [
    # two people of two countries joined by "and" before the verb, a body's word in the sentence
    ("Foreign Minister Penny Wong and Indonesian Foreign Minister Retno Marsudi met at the commission's offices in "
     "Jakarta on Monday.", ["Penny Wong", "Retno Marsudi"]),
    ("Foreign Secretary James Cleverly and the Irish foreign minister, Micheal Martin, held talks at the "
     "parliamentary assembly in Strasbourg on Monday.", ["James Cleverly", "Micheal Martin"]),
])
def test_subject_of_two_at_a_body_level(text, expected):
    """Both people of a subject of two are at the meeting."""
    got = [sorted(e.participants) for e in events_of(text, published=P)]
    assert sorted(expected) in got, got
