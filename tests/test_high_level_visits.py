"""Visits of a level told in the plural are a kind of exchange listed, no meeting, whatever year the sentence tells
("pledged to collaborate on a series of initiatives in 2025 ..., including high-level visits and contacts"); a visit
told alone, or counted, stays one."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2024, 6, 6)


@pytest.mark.parametrize("text,expected", [
    ("Looking ahead, Vietnam and New Zealand pledged to collaborate on a series of initiatives in 2025 to mark the "
     "50th anniversary of diplomatic relations, including high-level visits and contacts.", []),
    ("China and Kenya agreed to maintain the frequency of high-level visits in 2025.", []),
    ("The two sides will step up top-level visits next year, Indonesian Foreign Minister Retno Marsudi told Malaysian "
     "Foreign Minister Mohamad Hasan.", []),
    # one visit, at whatever level
    ("Vietnamese Prime Minister Pham Minh Chinh will pay a high-level visit to New Zealand in March 2025.",
     [("summit", "2025-03", "planned")]),
])
def test_visits_of_a_level_in_the_plural_are_no_meeting(text, expected):
    assert [(e.type, e.date, e.status) for e in events_of(text, published=P)] == expected
