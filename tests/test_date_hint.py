"""A sentence without a meeting word is tagged for dates only when it holds a year, a weekday, a month or a day word."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders import pipeline

HINT = re.compile(r"\b(?:1[89]\d\d|20\d\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|"
                  r"May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
                  r"Nov|Dec|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b|\b(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|"
                  r"SUN)DAY|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|"
                  r"FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|TODAY|YESTERDAY|TOMORROW|TONIGHT)\b")
PIECES = ["2016", "1956", "20160", "x2016", "Monday", "Mondays", "Jan", "January", "Jan.", "May", "Mayday", "today",
          "Today", "Sept", "Sep", "June", "Junes", " ", ", ", "x", "_", "é", "3", "SEPTEMBER", "Mar", "tonight",
          "TODAY", "august"]


@pytest.mark.parametrize(("text", "hint"), [
    ("They met on Jan. 22.", True), ("He spoke in January.", True), ("said on September 3 that", True),
    ("OCTOBER 5", True), ("Today, he said", True), ("Januaryx", False), ("in 2016", True), ("20160 votes", False),
    ("talks continue today", True), ("Mayday calls", False), ("on Monday", True), ("nothing here", False),
])
def test_date_hint(text: str, hint: bool) -> None:
    assert pipeline._date_hint(text) is hint


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_date_hint_is_the_hint_regex(text: str) -> None:
    assert pipeline._date_hint(text) == bool(HINT.search(text))


def test_a_statement_dated_with_a_full_month_name_dates_the_meeting() -> None:
    """"Kono told reporters on January 14": the sentence has no meeting word, yet its date is the meeting's."""
    from datetime import date

    from loaders.read import Article

    text = ("Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow to discuss the "
            "peace treaty. Kono told reporters on January 14 that the exchange had been frank.")
    result = pipeline.extract_article(Article("a.txt", text, [(0, len(text))], published=date(2019, 1, 16)))
    assert [(ev.timex.value if ev.timex else None) for ev in result.events] == ["2019-01-14"]
