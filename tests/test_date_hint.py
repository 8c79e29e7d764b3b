"""A sentence without a meeting word is tagged for dates only when it holds a year, a weekday or a month."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders import pipeline

HINT = re.compile(r"\b(?:1[89]\d\d|20\d\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|March|Apr|May|June?|"
                  r"July?|Aug|Sept?|Oct|Nov|Dec|today|yesterday|tomorrow)\b")
PIECES = ["2016", "1956", "20160", "x2016", "Monday", "Mondays", "Jan", "January", "Jan.", "May", "Mayday", "today",
          "Today", "Sept", "Sep", "June", "Junes", " ", ", ", "x", "_", "é", "3"]


@pytest.mark.parametrize(("text", "hint"), [
    ("They met on Jan. 22.", True), ("He spoke in January.", False), ("in 2016", True), ("20160 votes", False),
    ("talks continue today", True), ("Mayday calls", False), ("on Monday", True), ("nothing here", False),
])
def test_date_hint(text: str, hint: bool) -> None:
    assert pipeline._date_hint(text) is hint


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_date_hint_is_the_hint_regex(text: str) -> None:
    assert pipeline._date_hint(text) == bool(HINT.search(text))
