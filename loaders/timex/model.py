"""The value types of the temporal expression tagger: DateSpec and Timex.

They are hashable and never changed after construction (dataclasses.replace makes a new one).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(unsafe_hash=True)
class DateSpec:
    """What an expression says by itself, before any anchor.

    A few conventions beyond the field comments: part is also "H1" / "H2" for the halves of a year
    ("the first half of next year"); an explicit year with rel_unit "decade" or "century" and no
    rel_offset is a decade or century ("the 1990s": year=1990, "the 20th century": year=1900);
    a weekday, month or season with rel_offset set is "last/this/next Friday|May|summer".
    """

    year: int | None = None  # explicit year ("2015", "in 1956", "'98")
    month: int | None = None  # 1..12
    day: int | None = None  # 1..31
    weekday: int | None = None  # 0=Monday .. 6=Sunday
    part: str | None = None  # "early" | "mid" | "late" | "end" | "H1" | "H2"
    season: str | None = None  # "SP" | "SU" | "FA" | "WI"
    quarter: int | None = None  # 1..4
    rel_unit: str | None = None  # "day" "week" "weekend" "month" "quarter" "year" "decade" "century"
    rel_offset: int | None = None  # -1 last/ago/yesterday, 0 this/today, +1 next/tomorrow
    ref: str | None = None  # "PRESENT_REF" | "PAST_REF" | "FUTURE_REF"


@dataclass(unsafe_hash=True)
class Timex:
    """One temporal expression found in a text, with its TIMEX3 value."""

    start: int  # character offsets into the text given to tag()
    end: int
    text: str  # == text[start:end]
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    spec: DateSpec
    direction: int  # -1 past, +1 future, 0 unknown: the direction the value was resolved with
    value: str | None  # TIMEX3 value; None when it cannot be resolved
