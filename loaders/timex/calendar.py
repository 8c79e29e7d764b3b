"""Calendar arithmetic of TIMEX3 values: resolving specs against an anchor, spans, precision."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Final

from .. import regexes as rx
from .model import DateSpec

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
PART_THIRDS = {"early": 0, "mid": 1, "late": 2}
REFS: Final = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# how far after the anchor a day told without its year in the past tense may lie and still be of the anchor's year ("met
# ... on October 13" on a page dated October 12, written in another time zone or dated on posting): not a year back
_SLACK: Final = timedelta(days=2)

_DAY: Final = rx.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK: Final = rx.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH: Final = rx.compile(r"^(\d{4})-(\d{2})$")
_SEASON: Final = rx.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER: Final = rx.compile(r"^(\d{4})-([QH])([1-4])$")
_YEARISH: Final = rx.compile(r"^(\d{2,4})$")


def with_year(spec: DateSpec, year: int) -> str | None:
    """The value of a year-less spec placed in `year`: "2016-09-02", "2016-09", "2016-SU", "2016"..."""
    if not 1 <= year <= 9999 or spec.ref or (spec.rel_unit and spec.rel_offset is not None):
        return None
    y = f"{year:04d}"
    if spec.month is not None and spec.day is not None:
        return _iso_day(year, spec.month, spec.day)
    if spec.month is not None:
        return f"{y}-{spec.month:02d}"
    if spec.season:
        return f"{y}-{spec.season}"
    if spec.quarter:
        return f"{y}-Q{spec.quarter}"
    if spec.part in ("H1", "H2"):
        return f"{y}-{spec.part}"
    if spec.year is not None or spec.part or spec.rel_unit == "year":
        return y
    return None


def _iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def resolve(spec: DateSpec, anchor: date | None, direction: int) -> str | None:
    """The TIMEX3 value of `spec` relative to `anchor`; direction -1 past, +1 future, 0 unknown."""
    if spec.ref:
        return spec.ref
    if spec.year is not None:
        return _explicit(spec)
    if anchor is None:
        return None
    if spec.rel_unit and spec.rel_offset is not None:
        return _relative(spec, anchor)
    if spec.rel_unit == "weekend":
        return _weekend(anchor, direction)
    if spec.weekday is not None and spec.month is None:
        return weekday_date(spec, anchor, direction).isoformat()
    if spec.day is not None and spec.month is None:
        found = month_day_date(spec.day, anchor, direction)
        return found.isoformat() if found else None
    year = pick_year(spec, anchor, direction)
    return None if year is None else with_year(spec, year)


def _explicit(spec: DateSpec) -> str | None:
    year = spec.year or 0
    if spec.rel_unit == "decade":
        return str(year // 10)
    if spec.rel_unit == "century":
        return str(year // 100)
    return with_year(spec, year)


def _relative(spec: DateSpec, anchor: date) -> str | None:
    off = spec.rel_offset or 0
    unit = spec.rel_unit
    if unit == "day":
        return (anchor + timedelta(days=off)).isoformat()
    if unit in ("week", "weekend"):
        return iso_week(anchor + timedelta(weeks=off)) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        y, m = divmod(anchor.year * 12 + anchor.month - 1 + off, 12)
        return f"{y:04d}-{m + 1:02d}"
    if unit == "quarter":
        y, q = divmod(anchor.year * 4 + (anchor.month - 1) // 3 + off, 4)
        return f"{y:04d}-Q{q + 1}"
    if unit == "year":
        return _in_year(spec, anchor.year + off)
    if unit == "decade":
        return str(anchor.year // 10 + off)
    if unit == "century":
        return str(anchor.year // 100 + off)
    return None


def _in_year(spec: DateSpec, year: int) -> str | None:
    """A relative year with what narrows it: "the first half of next year" -> "2017-H1"."""
    plain = DateSpec(month=spec.month, day=spec.day, season=spec.season, quarter=spec.quarter, part=spec.part)
    return with_year(plain, year) or f"{year:04d}"


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _weekend(anchor: date, direction: int) -> str:
    """ "the weekend": the one just past (or under way), or the coming one when the sentence is future."""
    saturday = weekday_date(DateSpec(weekday=5), anchor, direction)
    if direction <= 0 and anchor.weekday() == 6:
        saturday = anchor - timedelta(days=1)
    return iso_week(saturday) + "-WE"


def weekday_date(spec: DateSpec, anchor: date, direction: int) -> date:
    """The day a weekday name denotes: last/next/this Friday, or the nearest one the tense allows."""
    wd = spec.weekday or 0
    if spec.day is not None:  # "this Wednesday (20)": the one of the weeks around the article that is the 20th
        near = [anchor + timedelta(days=k) for k in range(-27, 28)]
        fits = [d for d in near if d.weekday() == wd and d.day == spec.day]
        if fits:
            return min(fits, key=lambda d: abs((d - anchor).days))
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    off = spec.rel_offset
    if off == -1:
        return anchor - timedelta(days=back or 7)
    if off == 1:
        return anchor + timedelta(days=ahead or 7)
    if off == 0 and direction < 0:
        return anchor - timedelta(days=back)  # "President Buhari this Tuesday granted audience to ...": just past
    if off == 0 or direction > 0:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def month_day_date(day: int, anchor: date, direction: int) -> date | None:
    """ "on the 26th": that day of the anchor's month, else of the month before (past) or after (future) when the
    tense points away from it; unknown tense: the nearest of the three."""
    found = []
    for step in (-1, 0, 1):
        month0 = anchor.month - 1 + step
        try:
            found.append(date(anchor.year + month0 // 12, month0 % 12 + 1, day))
        except ValueError:
            continue
    if direction < 0:
        found = [d for d in found if d <= anchor]
        return max(found, default=None)
    if direction > 0:
        found = [d for d in found if d >= anchor]
        return min(found, default=None)
    return min(found, key=lambda d: abs((d - anchor).days), default=None)


def base_year(spec: DateSpec, anchor: date) -> int:
    """The year a year-less spec falls in when nothing says otherwise (winter of Jan/Feb is last year's)."""
    if spec.season == "WI" and anchor.month <= 2:
        return anchor.year - 1
    return anchor.year


def pick_year(spec: DateSpec, anchor: date, direction: int) -> int | None:
    """The year of a year-less spec: last/next/this, else the latest before or the first after the anchor."""
    spans = _candidate_spans(spec, anchor)
    matching = _matching_weekday(spec, spans)
    spans = matching or spans
    off = spec.rel_offset
    if off == -1:
        return _last(y for y, (s, e) in spans.items() if e < anchor)
    if off == 1:
        return _first(y for y, (s, e) in spans.items() if s > anchor)
    slack = _SLACK if spec.day is not None else timedelta(0)
    if direction < 0 and off is None:  # a day or two after the anchor is this year's, not a year back: the anchor
        return _last(y for y, (s, e) in spans.items() if s <= anchor + slack)  # (a page's date) is often a day off
    if direction > 0 and off is None:
        return _first(y for y, (s, e) in spans.items() if e >= anchor)
    base = base_year(spec, anchor)
    if matching and base not in matching:  # "Friday, September 2": the closest year it is a Friday
        return min(matching, key=lambda y: abs(y - base))
    return base if base in spans else None


def _candidate_spans(spec: DateSpec, anchor: date) -> dict[int, tuple[date, date]]:
    reach = 4 if (spec.month, spec.day) == (2, 29) or spec.weekday is not None else 1
    out = {}
    for y in range(anchor.year - reach, anchor.year + reach + 1):
        sp = span_in(spec, y)
        if sp:
            out[y] = sp
    return out


def span_in(spec: DateSpec, year: int) -> tuple[date, date] | None:
    """`span_of(spec, with_year(spec, year))`, computed without writing the value out and reading it back."""
    if not 1 <= year <= 9999 or spec.ref or (spec.rel_unit and spec.rel_offset is not None):
        return None
    try:
        whole = _whole_in(spec, year)
    except ValueError:
        return None
    return _narrowed(spec, whole) if whole else None


def _whole_in(spec: DateSpec, year: int) -> tuple[date, date] | None:
    """The span of with_year(spec, year) before the spec's part narrows it (see with_year)."""
    if spec.month is not None and spec.day is not None:
        d = date(year, spec.month, spec.day)
        return d, d
    if spec.month is not None:
        return _months(year, spec.month, spec.month) if 1 <= spec.month <= 99 else None
    if spec.season:
        first_last = SEASON_MONTHS.get(spec.season)
        return _months(year, *first_last) if first_last else None
    if spec.quarter:
        return _months(year, (spec.quarter - 1) * 3 + 1, spec.quarter * 3) if 1 <= spec.quarter <= 4 else None
    if spec.part in ("H1", "H2"):
        n = int(spec.part[1])
        return _months(year, (n - 1) * 6 + 1, n * 6)
    if spec.year is not None or spec.part or spec.rel_unit == "year":
        return date(year, 1, 1), date(year, 12, 31)
    return None


def _matching_weekday(spec: DateSpec, spans: dict[int, tuple[date, date]]) -> dict[int, tuple[date, date]]:
    """The candidate years in which a day named with its weekday falls on that weekday."""
    if spec.day is None or spec.weekday is None:
        return {}
    return {y: sp for y, sp in spans.items() if sp[0].weekday() == spec.weekday}


def _last(years: Iterable[int]) -> int | None:
    return max(years, default=None)


def _first(years: Iterable[int]) -> int | None:
    return min(years, default=None)


def span(value: str | None) -> tuple[date, date] | None:
    """First and last day a TIMEX3 value denotes ("2015-09" -> 2015-09-01..2015-09-30), else None."""
    if not value:
        return None
    try:
        return _span(value)
    except ValueError:
        return None


def _span(value: str) -> tuple[date, date] | None:
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (
            (monday + timedelta(days=5), monday + timedelta(days=6)) if m[3] else (monday, monday + timedelta(days=6))
        )
    if m := _MONTH.match(value):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := _SEASON.match(value):
        first, last = SEASON_MONTHS[m[2]]
        return _months(int(m[1]), first, last)
    if m := _QUARTER.match(value):
        size = 3 if m[2] == "Q" else 6
        n = int(m[3])
        if m[2] == "H" and n > 2:
            return None
        return _months(int(m[1]), (n - 1) * size + 1, n * size)
    if m := _YEARISH.match(value):
        return _years(m[1])
    return None


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    """Months `first`..`last` of `year`; months past 12 run into the next year (winter)."""
    ly, lm = divmod(year * 12 + last - 1, 12)
    return date(year, first, 1), date(ly, lm + 1, monthrange(ly, lm + 1)[1])


def _years(digits: str) -> tuple[date, date] | None:
    scale = 10 ** (4 - len(digits))  # "2015" year, "199" decade, "19" century
    first = int(digits) * scale
    if first < 1:
        return None
    return date(first, 1, 1), date(first + scale - 1, 12, 31)


def span_of(spec: DateSpec, value: str | None) -> tuple[date, date] | None:
    """The span of `value` narrowed by the spec's part: "late September" -> the 21st to the 30th."""
    whole = span(value)
    return _narrowed(spec, whole) if whole else None


def _narrowed(spec: DateSpec, whole: tuple[date, date]) -> tuple[date, date]:
    """A span narrowed by the spec's part: early, mid or late third, or the last quarter ("end")."""
    if spec.part not in ("early", "mid", "late", "end"):
        return whole
    start, end = whole
    total = (end - start).days + 1
    if total < 3:  # a day or two has no thirds ("early" with a day would end before it began)
        return whole
    if spec.part == "end":
        return start + timedelta(days=3 * total // 4), end
    third = PART_THIRDS[spec.part]
    first = start + timedelta(days=third * total // 3)
    last = start + timedelta(days=(third + 1) * total // 3 - 1)
    return first, last


def distance(value: str | None, anchor: date) -> int | None:
    """Days between the anchor and the nearest day of a value (0 when the value contains the anchor)."""
    sp = span(value)
    if sp is None:
        return None
    if sp[0] <= anchor <= sp[1]:
        return 0
    return min(abs((sp[0] - anchor).days), abs((sp[1] - anchor).days))


def precision(spec: DateSpec) -> str:
    """How precise a spec is: "day" | "part_of_month" | "month" | "season" | "quarter" | "year" | "none"."""
    unit = spec.rel_unit
    if spec.ref:
        return "none"
    if spec.day is not None or spec.weekday is not None or unit == "day":
        return "day"
    if unit in ("week", "weekend"):
        return "part_of_month"
    if spec.month is not None or unit == "month":
        return "part_of_month" if spec.part else "month"
    if spec.season:
        return "season"
    if spec.quarter or spec.part in ("H1", "H2") or unit == "quarter":
        return "quarter"
    if spec.year is not None or unit in ("year", "decade", "century") or spec.part:
        return "year"
    return "none"
