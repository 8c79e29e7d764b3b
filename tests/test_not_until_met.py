"""A meeting negated by an auxiliary and followed by "until" and a date ("did not hold a formal meeting until July
2017", "will not meet her until next month") is a meeting of that date, held or to be held then, not a meeting
denied: "not ... until" tells when something first happened. Without a date after "until" (a condition), or with
the "until" in another clause, it stays denied."""

from datetime import date

import pytest

from tests.helpers import events_of

PUBLISHED = date(2019, 3, 16)


@pytest.mark.parametrize("text,expect", [
    ("President Emmanuel Macron and Chancellor Angela Merkel did not formally meet until May 2017.",
     [("2017-05", "held")]),
    ("The two leaders, President Emmanuel Macron and Chancellor Angela Merkel, did not hold a formal meeting until "
     "July 2017, on the sidelines of the summit in Hamburg.", [("2017-07", "held")]),
    ("Prime Minister Shinzo Abe did not meet President Moon Jae-in until September 2018.", [("2018-09", "held")]),
])
def test_not_until_a_date_is_a_meeting_then(text, expect):
    assert [(e.date, e.status) for e in events_of(text, published=PUBLISHED)] == expect


@pytest.mark.parametrize("text", [
    "President Emmanuel Macron did not meet Chancellor Angela Merkel, who stayed in Berlin until July 2017.",
    "President Emmanuel Macron did not meet Chancellor Angela Merkel until the sanctions were lifted.",
])
def test_no_date_after_until_in_its_clause_stays_denied(text):
    """The guards: no meeting is told."""
    assert events_of(text, published=PUBLISHED) == []
