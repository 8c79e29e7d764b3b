"""The value types of the temporal expression tagger: DateSpec and Timex.

Their __init__ is written out: compiled by mypyc it is C, while the one dataclass would generate runs
interpreted (about 5x slower, and these are built for every date expression). Such a class is declared
@dataclass(eq=True, unsafe_hash=True) rather than frozen, as a compiled __init__ cannot set a frozen field;
the values are still never changed after construction (dataclasses.replace makes a new one).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


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

    def __init__(self, year: int | None = None, month: int | None = None, day: int | None = None,
                 weekday: int | None = None, part: str | None = None, season: str | None = None,
                 quarter: int | None = None, rel_unit: str | None = None, rel_offset: int | None = None,
                 ref: str | None = None) -> None:
        self.year = year
        self.month = month
        self.day = day
        self.weekday = weekday
        self.part = part
        self.season = season
        self.quarter = quarter
        self.rel_unit = rel_unit
        self.rel_offset = rel_offset
        self.ref = ref

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled as its fields: mypyc's compiled dataclasses cannot be restored field by field."""
        return DateSpec, tuple(getattr(self, f.name) for f in fields(self))


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

    def __init__(self, start: int, end: int, text: str, type: str, spec: DateSpec, direction: int,
                 value: str | None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.spec = spec
        self.direction = direction
        self.value = value

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled as its fields: mypyc's compiled dataclasses cannot be restored field by field."""
        return Timex, tuple(getattr(self, f.name) for f in fields(self))
