"""A visit to come told as a passive after "will be the first ... to be" ("will be the first Foreign Minister to be
hosted in Brasilia by ..."): planned, as the active "will be the first foreign leader to meet ..." already is."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text", [
    "Visit\n\nLoizaga will be the first Foreign Minister to be hosted in Brasilia by Minister Jose Serra.",
    "Visit\n\nAbe will be the first foreign leader to be received by President Donald Trump at the White House.",
])
def test_the_first_to_be_hosted_ahead_is_planned(text):
    assert [e.status for e in events_of(text, published=date(2016, 6, 1))] == ["planned"]
