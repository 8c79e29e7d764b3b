"""A meeting of a series told alone with its calendar day (no one named), whatever its level, is that series'
meeting: not the meeting of named people without a series told before it."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,published,expected", [
    # "the G20 meetings on 9 September" (no level told): not the meeting with the leader of Mauritius, whose day it
    # does not give
    ("Prime Minister Narendra Modi will also hold a meeting with Mauritius Prime Minister Pravind Jugnauth. In "
     "addition to the G20 meetings on 9 September, the Prime Minister will attend a dinner hosted by the President.",
     date(2023, 9, 8), [(None, ["Narendra Modi", "Pravind Jugnauth"])]),
    # "The SCO meetings on 15 September", "The BRICS meetings on 23 August": the series' meetings of their day, not
    # the talks of two leaders told before them
    ("Chinese President Xi Jinping will hold talks with Kazakh President Kassym-Jomart Tokayev. The SCO meetings on 15 "
     "September will discuss security.", date(2022, 9, 13), [(None, ["Kassym-Jomart Tokayev", "Xi Jinping"])]),
    ("Brazilian President Luiz Inacio Lula da Silva will hold a meeting with South African President Cyril Ramaphosa. "
     "The BRICS meetings on 23 August will discuss expansion.", date(2023, 8, 20),
     [(None, ["Cyril Ramaphosa", "Luiz Inacio Lula da Silva"])]),
])
def test_a_series_meeting_told_with_its_day_is_not_the_meeting_before(text, published, expected):
    evs = events_of(text, published=published)
    assert [(e.date, sorted(e.participants)) for e in evs if e.participants] == expected
