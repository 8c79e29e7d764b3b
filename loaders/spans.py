"""Meetings of several days: "May 4-5", "from April 27 to 28", "Nov. 30-Dec. 2", "a three-day visit from Tuesday"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from . import regexes as rx
from .dates import Timex

MAX_EXTRA_DAYS = 14  # a longer span is no one meeting (a tour, a season)
_JOIN: Final = rx.compile(r"\s*[-–—]\s*|\s+(?:to|through|till|until|and)\s+")
_DAY: Final = rx.compile(r"(\d{1,2})(?:st|nd|rd|th)?\b(?![.,:/]?\d|\s*(?:%|percent|per\b|years?\b|hours?\b|people\b))")
_STAY: Final = r"(?:visit|trip|tour|stay|sojourn)\b"
# "a three-day visit", "his two days historic visit" (the plural only before the stay it measures)
_SEVERAL_DAYS: Final = rx.compile(r"(\d+|two|three|four|five|six|seven)(?:[- ]day\b|\s+days['’]?\s+(?=(?:[\w-]+\s+)"
                                  r"{0,3}?" + _STAY + r"))", re.I)
_NUMBERS: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def ranges(text: str, timexes: list[Timex], start: int = 0,
           end: int | None = None) -> tuple[list[Timex], dict[int, int]]:
    """The date expressions of text[start:end] (one sentence) without the ends of ranges, and for each first day of
    a range (by id) how many days the meeting lasts beyond it. Offsets of `timexes` are offsets into `text`."""
    extra: dict[int, int] = {}
    dropped: set[int] = set()
    for i, t in enumerate(timexes):
        if t.type != "DATE" or t.spec.day is None or id(t) in dropped:
            continue
        join = _JOIN.match(text, t.end)
        if join is None:
            continue
        nxt = timexes[i + 1] if i + 1 < len(timexes) else None
        if nxt is not None and nxt.start == join.end() and nxt.spec.day is not None:
            days = _days_between(t, nxt)
            if days is not None:
                extra[id(t)], dropped = days, dropped | {id(nxt)}
            continue
        day = _DAY.match(text, join.end())
        if day and t.spec.day < int(day.group(1)) <= 31 and int(day.group(1)) - t.spec.day <= MAX_EXTRA_DAYS:
            extra[id(t)] = int(day.group(1)) - t.spec.day
            dropped |= {id(o) for o in timexes if o.start == day.start()}  # the tagger's bare "5" of "May 4-5"
    last = _several_days(text, timexes, extra, start, len(text) if end is None else end)
    out = [last.get(id(t), t) for t in timexes if id(t) not in dropped]
    for old, new in last.items():
        extra[id(new)] = extra.pop(old)
    return out, extra


def _days_between(a: Timex, b: Timex) -> int | None:
    """Days from a to b ("Nov. 30-Dec. 2": 2), in any one year; None when b's month is unknown and its day earlier."""
    ma, mb = a.spec.month, b.spec.month or a.spec.month
    if ma is None or mb is None or a.spec.day is None or b.spec.day is None:
        return None
    try:
        first, last = date(2001, ma, a.spec.day), date(2001 if mb >= ma else 2002, mb, b.spec.day)
    except ValueError:
        return None
    days = (last - first).days
    return days if 0 < days <= MAX_EXTRA_DAYS else None


def _several_days(text: str, timexes: list[Timex], extra: dict[int, int], start: int, end: int) -> dict[int, Timex]:
    """"landed on Tuesday for a three-day state visit": the day in its sentence begins a stay of that many days;
    "ended Wednesday his three-day state visit": the day ends it, and the stay began that many days before (the
    first day, by id of the day told, is returned)."""
    last: dict[int, Timex] = {}
    if "day" not in text[start:end]:
        return last
    for m in _SEVERAL_DAYS.finditer(text, start, end):
        word = m.group(1).lower()
        n = int(word) if word.isdigit() else _NUMBERS[word]
        at_end = _AT_THE_END.search(text, max(start, m.start() - 40), m.start())
        wraps = _WRAPPING_UP.search(text, max(start, m.start() - 40), m.start())
        reach = WRAPPING_REACH if wraps else 80  # ("agreed on Saturday to ..., wrapping up a two-day summit")
        days = [t for t in timexes if (t.type == "DATE" and (t.spec.day is not None or t.spec.weekday is not None
                                                              or _relative_day(t))
                                       or at_end and t.type == "TIME" and t.spec.weekday is not None)
                and id(t) not in extra and abs(t.start - m.start()) <= reach]  # ("on Saturday afternoon at the end of")
        if 1 < n <= MAX_EXTRA_DAYS + 1 and len(days) == 1:
            extra[id(days[0])] = n - 1
            first = min(days[0].start, m.start())
            if _ENDED.search(text, max(start, first - 40), first) or (
                    (at_end or wraps) and days[0].start < m.start()):
                moved = _days_before(days[0], n - 1)
                if moved is not None:
                    last[id(days[0])] = moved
    return last


def _relative_day(t: Timex) -> bool:
    """"arrived yesterday for a two-day visit", "a three-day visit that begins today": a day told from the article's."""
    return t.spec.rel_unit == "day" and t.spec.rel_offset is not None and t.spec.month is None


# "ended Wednesday his three-day state visit", "wrapped up a two-day visit to Japan on Friday": the day told is the last
_ENDED: Final = rx.compile(r"\b(?:ended|ends|concluded|concludes|wrapped\s+up|wraps\s+up|wound\s+up|winds\s+up|"
                           r"completed|completes|rounded\s+off|rounds\s+off|(?:last|final|closing)\s+day\s+of)\b"
                           r"(?:\s+(?:on\s+)?(?:[\w'’.-]+\s+){0,3})?$", re.I)


# "agreed on Saturday to issue strategic guidance ..., wrapping up an unusual two-day informal summit": a clause of
# the stay's end after the day told, which is its last
_WRAPPING_UP: Final = rx.compile(r",\s+(?:wrapping\s+up|winding\s+up|rounding\s+off|concluding|ending|closing)\s+"
                                 r"(?:(?:his|her|their|its|a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
WRAPPING_REACH: Final = 200  # characters between the day told and the stay its clause tells as ending

# "left for home on Saturday afternoon at the end of his two-day official visit": the day told before is the last
_AT_THE_END: Final = rx.compile(r"\b(?:at|on)\s+the\s+(?:end|close|conclusion|last\s+day|final\s+day)\s+of\s+"
                                r"(?:(?:his|her|their|its|a|the)\s+)?$", re.I)


# "concluded his two days historic visit to Eritrea", "wrapped up a three-day state visit": a stay told as ended
_ENDED_STAY: Final = rx.compile(r"\b(?:ended|ends|concluded|concludes|wrapped\s+up|wraps\s+up|wound\s+up|winds\s+up|"
                                r"completed|completes|rounded\s+off|rounds\s+off)\s+(?:(?:his|her|their|its|a|the)\s+)?"
                                r"(\d+|two|three|four|five|six|seven)(?:[- ]days?['’]?|\s+days['’]?)\s+"
                                r"(?:[\w-]+\s+){0,3}?" + _STAY, re.I)


def days_ended(text: str) -> int:
    """The days a stay told as ended in `text` lasted beyond its first ("concluded his two days historic visit to
    Eritrea": 1), 0 when it tells none: a day the story gives it elsewhere (the farewell "today") is its last."""
    m = _ENDED_STAY.search(text)
    if m is None:
        return 0
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else _NUMBERS[word]
    return n - 1 if 1 < n <= MAX_EXTRA_DAYS + 1 else 0


def days_before(t: Timex, n: int) -> Timex | None:
    """The day `n` days before the day `t` tells, told the way `t` is (a weekday, a day of a month)."""
    return _days_before(t, n)


def _days_before(t: Timex, n: int) -> Timex | None:
    """The day `n` days before the day `t` tells, told the way `t` is (a weekday, a day of a month)."""
    spec = t.spec
    value = None
    if t.value and len(t.value) >= 10 and t.value[:10].count("-") == 2:
        try:
            value = (date.fromisoformat(t.value[:10]) - timedelta(days=n)).isoformat()
        except ValueError:
            return None
    if spec.month is not None and spec.day is not None:
        try:
            d = date(spec.year or 2001, spec.month, spec.day) - timedelta(days=n)
        except ValueError:
            return None
        if spec.year is None and d.year != 2001:
            return None  # across a new year, the year told of is unknown
        new = replace(spec, month=d.month, day=d.day, year=spec.year and d.year,
                      weekday=None if spec.weekday is None else (spec.weekday - n) % 7)
    elif spec.weekday is not None and spec.month is None:
        new = replace(spec, weekday=(spec.weekday - n) % 7)
    elif _relative_day(t) and spec.rel_offset is not None:
        new = replace(spec, rel_offset=spec.rel_offset - n)  # "concluded yesterday his two-day visit": it began
    else:
        return None
    return Timex(t.start, t.end, t.text, t.type, new, t.direction, value)
