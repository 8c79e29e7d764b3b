"""Dates within the window the article was written in: a weekday, a day told, a month, a relative date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Final

from .. import dates
from .. import regexes as rx
from ..dates import Timex
from ..meeting.article_events import ArticleEvent
from ..places import fold
from .date_values import (
    CONFIDENCE,
    RECENCY,
    WEEKDAYS,
    Dated,
    Window,
    _direction,
    _window_text,
    calendar_value,
    dated,
    describe,
    in_office,
    span,
)
from .summit_dates import _surnames
from .trip_dates import WEEK


def today() -> date:
    """The day the extractor runs: every article was written before it, so a held meeting was too (an office held
    "2024–now" bounds nothing later)."""
    return date.today()


WEEKDAY_REACH = timedelta(days=6 * 366)  # a weekday and a day recur in the same year within about 6 years


def from_weekday(ev: ArticleEvent, win: Window) -> Dated | None:
    """"Friday, September 2" can only be a year in which Sept. 2 was a Friday."""
    t = ev.timex
    if t is None or t.spec.weekday is None or t.spec.month is None or t.spec.day is None or t.spec.year:
        return None
    years = []
    last = today() + (RECENCY if ev.status == "planned" else timedelta(0))  # the article is of the past: a meeting
    for y in range(max(win.lo.year, 1900), min(win.hi.year, last.year, 2100) + 1):  # held, before today
        try:
            d = date(y, t.spec.month, t.spec.day)
        except ValueError:
            continue
        near = win.lo - RECENCY <= d <= min(win.hi + RECENCY, last)
        if d.weekday() == t.spec.weekday and near and in_office(ev.participants, d):
            years.append(d)
    if len(years) > 1 and win.told_lo:  # "on Sunday, April 24" after "last visited in March 2018": the first such
        after = [d for d in years if d >= win.lo]  # day after the latest date the text tells as past (2022, not 2033)
        years = after[:1] if after and after[0] - win.lo <= WEEKDAY_REACH else years
    if len(years) != 1:
        return None
    d = years[0]
    reason = f"year {d.year}: {d.strftime('%b')} {d.day} was a {WEEKDAYS[d.weekday()]}"
    if win.why_lo or win.why_hi:
        reason += " and " + "; ".join(dict.fromkeys(win.why_lo + win.why_hi))
    return Dated(d.isoformat(), d, d, "day", reason, CONFIDENCE["weekday"], "weekday")


SPAN_TOLD = timedelta(days=14)  # two days told with their year this close bound one visit or conference


def _inside_told_days(ev: ArticleEvent, told_days: Sequence[tuple[Timex, str]]) -> Dated | None:
    """"on 14 July" in a text that tells "a State Visit to Bangladesh during 13 to 15 July 2017": a day without its
    year between two days told with theirs, at most SPAN_TOLD apart, is of their year (not last year's summit told
    beside this year's: that would be one day told with its year, not two around it)."""
    t = ev.timex
    if t is None or t.spec.year or t.spec.month is None or t.spec.day is None:
        return None
    days = sorted({date.fromisoformat(told.value or ""): told for told, _ in told_days}.items())
    for (a, ta), (b, tb) in zip(days, days[1:], strict=False):
        if b - a > SPAN_TOLD:
            continue
        for year in sorted({a.year, b.year}):
            try:
                d = date(year, t.spec.month, t.spec.day)
            except ValueError:
                continue
            if a < d < b and in_office(ev.participants, d):
                reason = (f"year {year}: {describe(t)} falls between the days the text tells with their year, "
                          f"{a.isoformat()} ({describe(ta)}) and {b.isoformat()} ({describe(tb)})")
                return Dated(d.isoformat(), d, d, "day", reason, CONFIDENCE["explicit"] * 0.9, "explicit")
    return None


def _told_day(ev: ArticleEvent, win: Window, told_days: Sequence[tuple[Timex, str]]) -> Dated | None:
    """"on Tuesday began a third round of meetings in Vienna" beside a caption "World powers and Iran meet in Vienna
    on April 27, 2021", a Tuesday: the day the text tells with its year, on the meeting's weekday, in a sentence that
    names its people or its city, not as past (a caption speaks in the present; "the deal reached in Vienna on July
    14, 2015" is history), where the article's time leaves that day alone."""
    t = ev.timex
    if (t is None or t.spec.weekday is None or t.spec.month is not None or t.spec.rel_unit or t.spec.year
            or t.spec.rel_offset is not None):
        return None
    names = [n for n in _surnames(ev.participants) if n]
    if ev.location is not None and ev.location.kind != "country":
        names.append(ev.location.name)
    people = [n for n in _surnames(ev.participants) if n]
    days: dict[date, Timex] = {}
    for told, text in told_days:
        day = date.fromisoformat(told.value or "")
        both = len(people) >= 2 and all(_named_in(n, text) for n in people)
        if (day.weekday() == t.spec.weekday and (told.direction >= 0 or both)  # a caption of both people, as past
                and win.lo - WEEK <= day <= win.hi + WEEK
                and in_office(ev.participants, day) and any(_named_in(n, text) for n in names)):
            days.setdefault(day, told)
    if len(days) != 1:
        return None
    day, told = next(iter(days.items()))
    reason = (f"{describe(t)}: {day.isoformat()}, the {WEEKDAYS[day.weekday()]} the text tells with its year "
              f"({describe(told)}) of the meeting's people or place")
    return Dated(day.isoformat(), day, day, "day", reason, CONFIDENCE["weekday"], "weekday")


_HANDLE: Final = rx.compile(r"@(\w{3,})")


def _named_in(name: str, text: str) -> bool:
    """A surname or place named in a sentence as a word, or inside a social-media handle of a post the article
    quotes ("President @MBuhari receives ... @NAkufoAddo in State House on 27th May 2021": Buhari, Akufo-Addo)."""
    if re.search(rf"\b{re.escape(name)}\b", text):
        return True
    letters = re.sub(r"[^a-z]", "", fold(name).lower())
    return len(letters) >= 4 and any(letters in h.lower() for h in _HANDLE.findall(fold(text)))


NARROW = timedelta(days=3)  # a window this narrow says which Monday a bare "Monday" is
WEEK_WIDE = timedelta(days=6)  # a window of a week at most: a held weekday in it is the one news of its day tells


def _weekday_of_the_week(ev: ArticleEvent, win: Window, known: set[tuple[int, int]]) -> Dated | None:
    """A bare weekday in an article whose days are known within NARROW ("to hold a summit with Trump on Monday",
    written on Sept. 18 or 19) is the one next to those days, before a summit or trip of the data is looked for."""
    t = ev.timex
    if (t is None or t.spec.weekday is None or t.spec.month is not None or t.spec.rel_unit
            or not win.bounded or win.hi - win.lo > NARROW):
        return None
    return in_window(ev, win.focus(), known)


def in_window(ev: ArticleEvent, win: Window, known: set[tuple[int, int]] | None = None) -> Dated | None:
    """A year-less date resolved against the window the article was written in, held before, planned after.
    Where two years fit, the one in which the article dates another meeting of the same month wins: an article
    that says "May" twice means one May."""
    t = ev.timex
    if t is None or t.spec.year is not None:
        return None
    spec = t.spec
    direction = _direction(ev, t)
    if spec.month is None or (spec.rel_unit == "year" and spec.rel_offset):  # "April next year": counted too
        return _relative_in_window(ev, t, win, direction)
    cands = []
    for y in range(win.lo.year - 1, win.hi.year + 2):
        v = dates.with_year(spec, y)
        sp = span(v, spec) if v else None
        if sp is None:
            continue
        if direction < 0 and sp[0] > win.hi or direction > 0 and sp[1] < win.lo:
            continue
        if not (in_office(ev.participants, sp[0]) or in_office(ev.participants, sp[1])):
            continue  # the people named were not in office together then
        dist = max((win.lo - sp[1]).days, (sp[0] - win.hi).days, 0)
        if direction < 0 and win.from_events_lo:  # news tells of the meetings just before it: nearest the latest
            dist = max((win.lo - sp[1]).days, (sp[0] - win.lo).days, 0)
        cands.append((dist, (y, spec.month) not in (known or set()), abs((sp[0] - win.lo).days), y, v))
    if not cands:
        return None
    cands.sort()
    inside = [c for c in cands if c[0] == 0]
    if len(inside) > 1 and not _short(win):
        return None
    dist, _, _, year, value = cands[0]
    if dist > RECENCY.days:
        return None
    return dated(value, spec, f"year {year}: {describe(t)} {_side(direction)} the article, written {_window_text(win)}",
                 "inferred")


def _short(win: Window) -> bool:
    return (win.hi - win.lo) <= RECENCY


def _side(direction: int) -> str:
    return {-1: "held before", 1: "planned after", 0: "nearest to"}[direction]


def _relative_in_window(ev: ArticleEvent, t: Timex, win: Window, direction: int) -> Dated | None:
    """"this year", "Monday": only when the window is narrow enough to name one value."""
    if not win.bounded or (win.hi - win.lo) > RECENCY * 2:
        return None
    if t.spec.weekday is not None and t.spec.rel_unit is None:
        return _weekday_in_window(t, win, direction)
    lo_v = dates.resolve(t.spec, win.lo, direction)
    hi_v = dates.resolve(t.spec, min(win.hi, win.lo + RECENCY), direction)
    if not lo_v or not hi_v:
        return None
    a, b = span(lo_v, t.spec), span(hi_v, t.spec)
    if a is None or b is None:
        return None
    lo, hi = min(a[0], b[0]), max(a[1], b[1])
    v, prec = calendar_value(lo, hi)
    if prec == "year" and lo.year != hi.year:
        return None
    reason = f"{describe(t)} counted from the article's time, {_window_text(win)}"
    return Dated(v, lo, hi, prec if lo != hi else "day", reason, CONFIDENCE["inferred"] * (1 if lo == hi else 0.8),
                 "inferred")


NEWS_SHARE = 0.55  # the share of the weight one held weekday needs to be the one a week's article reports
PLAN_SHARE = 0.9  # ... and a planned one (plans are told further ahead: "will meet on Wednesday" a week on)


def _news_of_the_day(days: list[date], win: Window, direction: int = -1) -> tuple[date, float]:
    """Of the held weekdays an article written within the window may tell, the one it most likely reports, and its
    share of the weight: each day the article may have been written on, within the week after the meeting, weighs
    1 / (1 + the days between), as news tells a meeting on its day or the next most often, a week on seldom; of the
    planned ones (direction 1), each such day within the week before it, as news tells a plan days ahead."""
    weight = {d: sum(1 / (k + 1) for k in range(7) if win.lo <= d - direction * timedelta(days=k) <= win.hi)
              for d in days}
    total = sum(weight.values())
    best = max(days, key=lambda d: weight[d])
    return best, (weight[best] / total if total else 0.0)


def _weekday_in_window(t: Timex, win: Window, direction: int) -> Dated | None:
    """"Monday" when the article's day is not known: every such weekday within a week of the window; the month or
    year that holds more than three quarters of them (not three Mondays of four). A meeting told as held on a bare
    weekday, in an article written within a week ("Sharif on Friday held a meeting" after the SCO summit of June 8
    began and before the one of the next Thursday): the one such day the article most likely reports, on that day
    or soon after (_news_of_the_day), not the one six days before the first day it may have been written. The
    window's first day is a meeting's own day only when a held meeting's day set it (not the first of the month
    "last month" of a known month points to)."""
    if direction <= 0 and win.held_day_lo and win.lo.weekday() == t.spec.weekday:
        reason = (f"{describe(t)}: the day of the held meeting the article is dated after, a {WEEKDAYS[t.spec.weekday]}"
                  f" itself ({win.lo.isoformat()}; {'; '.join(win.why_lo)})")  # "July 26, 2023" and "on Wednesday"
        return Dated(win.lo.isoformat(), win.lo, win.lo, "day", reason, 0.5, "inferred")
    first = win.lo - timedelta(days=6) if direction <= 0 else win.lo
    last = win.hi + timedelta(days=6) if direction >= 0 else win.hi
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    days = [d for d in days if d.weekday() == t.spec.weekday]
    if not days:
        return None
    if len(days) == 1:  # the one such weekday the article's time holds: that day
        reason = (f"{describe(t)}: the only {WEEKDAYS[days[0].weekday()]} within a week of the article's time; "
                  f"the article was written {_window_text(win)}")
        return Dated(days[0].isoformat(), days[0], days[0], "day", reason, 0.5, "inferred")
    if direction and win.hi - win.lo <= WEEK_WIDE:  # news of the day: the meeting the article reports or plans
        d, share = _news_of_the_day(days, win, direction)
        if share >= (NEWS_SHARE if direction < 0 else PLAN_SHARE):
            when = "after" if direction < 0 else "before"
            others = ", ".join(x.isoformat() for x in days if x != d)
            reason = (f"{describe(t)}: the {WEEKDAYS[d.weekday()]} the article, written {_window_text(win)}, can "
                      f"tell soonest {when} it ({share:.0%} of the weight, news telling a meeting on its day or the "
                      f"next, a plan days ahead, most often; the other: {others})")
            return Dated(d.isoformat(), d, d, "day", reason, 0.4, "inferred")
    for key, fmt, prec in ((lambda d: (d.year, d.month), "%Y-%m", "month"), (lambda d: d.year, "%Y", "year")):
        groups: dict = {}
        for d in days:
            groups.setdefault(key(d), []).append(d)
        best = max(groups.values(), key=len)
        if len(best) > 0.75 * len(days):
            name = WEEKDAYS[days[0].weekday()]
            reason = (f"{describe(t)}: one of the {len(days)} {name}s from {days[0].isoformat()} to "
                      f"{days[-1].isoformat()}, {len(best)} of them in {best[0].strftime(fmt)}; "
                      f"the article was written {_window_text(win)}")
            return Dated(best[0].strftime(fmt), best[0], best[-1], prec, reason, 0.4, "inferred")
    return None
