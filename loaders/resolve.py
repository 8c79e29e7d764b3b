"""Put each event of an article on the calendar: from the publication date, or from what the text itself says."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .dates import Timex
from .dating.anchor_dates import from_anchor
from .dating.date_values import (
    CONFIDENCE,
    WEEKDAYS,
    Dated,
    Window,
    _direction,
    _explicit,
    _window_text,
    calendar_value,
    describe,
    in_office,
    noted,
)
from .dating.summit_dates import from_summits
from .dating.trip_dates import from_visits
from .dating.window_dates import _inside_told_days, _told_day, _weekday_of_the_week, from_weekday, in_window
from .dating.written_window import (
    Inauguration,
    _narrow_by_anniversaries,
    _narrow_by_events,
    _narrow_by_inaugurations,
    _narrow_by_plans,
    _narrow_by_reports,
    _narrow_by_summits_going_on,
    window_from_people,
)
from .meeting.article_events import ArticleEvent, Context
from .vocab import Summit

POSTED_WITHIN = timedelta(days=7)  # a post an article quotes ("— A (@a) March 6, 2023") is of the week before it
SETTLED = ("explicit", "summit", "weekday", "visit", "other_article")  # bases the text itself fixes


# ---------------------------------------------------------------- the whole article

@dataclass
class ArticleDates:
    dates: list[Dated]
    anchor: str | None
    anchor_reason: str
    written: tuple[date, date] = (Window.lo, Window.hi)  # the first and last day the article may have been written


def resolve_article(events: list[ArticleEvent], published: date | None, published_why: str, ctx: Context,
                    titled: set[str], reports: list[Timex], given: dict[int, Dated] | None = None,
                    dateline: tuple[int, int] | None = None, posted: Sequence[date] = (),
                    inaugurations: Sequence[Inauguration] = (),
                    anniversaries: Sequence[tuple[int, str]] = (),
                    told_days: Sequence[tuple[Timex, str]] = (), plans: Sequence[Timex] = (),
                    going_on: Sequence[Summit] = (), filed: tuple[int, int] | None = None,
                    filed_why: str = "") -> ArticleDates:
    """Dates of all the article's events; `given` holds dates learned from other articles; `filed` the year and month
    the article's address gives without a day (or `filed_why` says what else gives them: a page's stamp)."""
    given = given or {}
    if published:
        out = [given.get(i) or noted(from_anchor(ev, published, published_why, events), ev)
               for i, ev in enumerate(events)]
        _one_day_a_weekday(events, out)
        return ArticleDates(out, published.isoformat(), published_why, (published, published))
    win = window_from_people(ctx, titled)
    for posted_on in sorted(posted)[-1:]:  # a post quoted in the article: written on its day or soon after
        win.narrow(posted_on, posted_on + POSTED_WITHIN, f"a post quoted in the article is dated "
                   f"{posted_on.isoformat()}", event=True)
    if filed is not None:  # an address filing the page by month ("/2025/10/here-are-the-details"): posted then
        first = date(filed[0], filed[1], 1)
        why = (f"{filed_why} ({filed[0]:04d}-{filed[1]:02d})" if filed_why else
               f"the article's address files it under {filed[0]:04d}/{filed[1]:02d}")
        win.narrow(first, first.replace(day=calendar.monthrange(*filed)[1]), why, event=True)
    _narrow_by_inaugurations(win, inaugurations, titled,
                             {n for n, r in ctx.roles.items() if r and not r.startswith("former_")})
    _narrow_by_anniversaries(win, anniversaries)
    _narrow_by_summits_going_on(win, going_on)
    _narrow_by_reports(win, reports)  # before any event is dated: a summit or trip found must fit them
    _narrow_by_plans(win, plans)
    out = [Dated(reason="year unknown") for _ in events]
    for _ in range(4):
        changed = False
        known = {(d.start.year, d.start.month) for d in out if d.start and d.basis != "inferred"}
        for i, ev in enumerate(events):
            again = out[i].basis == "visit" or (out[i].basis == "summit" and ev.status == "held")
            if out[i].value and out[i].basis in SETTLED and not again:
                continue  # settled by the text (a trip, a summit held: checked again against the narrowed window)
            new = (given.get(i) or _explicit(ev) or from_weekday(ev, win) or _weekday_of_the_week(ev, win, known)
                   or _told_day(ev, win, told_days) or _inside_told_days(ev, told_days) or from_summits(ev, win)
                   or from_visits(ev, win)
                   or in_window(ev, win.focus(), known))
            if new and new.value and (new.value, new.reason) != (out[i].value, out[i].reason):
                out[i], changed = new, new.value != out[i].value
            elif not (new and new.value) and again:
                out[i], changed = Dated(reason="year unknown"), True  # no longer fits the article's time
        bounds = (win.lo, win.hi)
        _narrow_by_events(win, events, out, reports)
        if not changed and (win.lo, win.hi) == bounds:
            break  # (a window narrowed by a date told as past, "issued on 20 September 2023", is tried again)
    day, how = _dateline_day(dateline, win.focus()), ""
    if day is None:
        day, how = _dateline_of_the_weekday(dateline, win.focus(), events)
    if day is not None:
        why = (f"dateline {day.strftime('%b')} {day.day}, in {day.year} as the article was written {_window_text(win)}"
               f"{how}")
        out = [d if d.basis in SETTLED else from_anchor(ev, day, why)
               for d, ev in zip(out, events, strict=True)]
        win = Window(day, day, [why], [why])
    out = [_of_the_article_day(ev, d, win, dateline) or d for d, ev in zip(out, events, strict=True)]
    out = [_reported(ev, d, win) or d for d, ev in zip(out, events, strict=True)]
    out = [noted(d, ev) if d.basis not in ("other_article",) else d for d, ev in zip(out, events, strict=True)]
    for d, ev in zip(out, events, strict=True):
        if not d.value and not d.reason.startswith("no date"):
            d.reason = _unresolved_reason(win, ev)
    for i, ev in enumerate(events):
        if ev.timex is None and not out[i].value:
            out[i].reason = "no date in the text"
    return ArticleDates(out, _anchor_text(win), win.why_lo[0] if day else _window_text(win), (win.lo, win.hi))


def _of_the_article_day(ev: ArticleEvent, d: Dated, win: Window,
                        dateline: tuple[int, int] | None = None) -> Dated | None:
    """A meeting placed by a summit or trip of several days whose days the data gives, told by a day counted from
    the article's own ("met this morning in Kiev" at a ministerial of Dec 5-6, "the leaders he hosted yesterday
    evening" at a summit of Aug 31-Sep 1): once the text gives the article one day, the day the words count from
    it, when that day is one of the summit's or trip's. The article's day: its year-less dateline ("New Delhi, Mar 6
    (UNI)") when the words count from it to one of those days, else the one day the window leaves."""
    t = ev.timex
    if t is None or d.basis not in ("summit", "visit") or d.precision == "day" or d.start is None or d.end is None:
        return None
    spec = t.spec
    if (spec.rel_unit != "day" or spec.rel_offset is None or spec.weekday is not None or spec.month is not None
            or spec.year is not None):
        return None
    shift = timedelta(days=spec.rel_offset)
    filed = [x for x in _dateline_days(dateline, Window(d.start - shift, d.end - shift))]
    if len(filed) == 1:
        written, whose = filed[0], "the dateline's day"
    elif win.lo == win.hi:
        own = any(describe(t) in why for why in win.why_lo)  # the window left one day by these very words: the
        written, whose = win.lo, ("taken as the first of the days its meeting fits" if own  # span's first day, as
                                  else "; ".join(win.why_lo) or _window_text(win))  # _narrow_by_events reads it
    else:
        return None
    day = written + shift
    if not d.start <= day <= d.end:
        return None
    reason = (f"{describe(t)}: {day.isoformat()}, counted from the article's day {written.isoformat()} ({whose}); "
              f"{d.reason}")
    return Dated(day.isoformat(), day, day, "day", reason, d.confidence, d.basis)


def _reported(ev: ArticleEvent, d: Dated, win: Window) -> Dated | None:
    """A held meeting the article is about, told without a date (lede_dates.date_by_lede): in the month, else the
    year, the text leaves for the article's date, as the month of the article's date with one."""
    if d.value or ev.timex is not None or not ev.reported or not win.bounded or win.lo.year != win.hi.year:
        return None
    if win.lo.month == win.hi.month:
        lo, hi = win.lo.replace(day=1), win.hi.replace(day=calendar.monthrange(win.hi.year, win.hi.month)[1])
    else:
        lo, hi = date(win.lo.year, 1, 1), date(win.lo.year, 12, 31)
    value, precision = calendar_value(lo, hi)
    return Dated(value, lo, hi, precision, f"no date in the text: what the article reports, held by the time it was "
                 f"written, {_window_text(win)}", CONFIDENCE["inferred"], "inferred")


def _bare_weekday(ev: ArticleEvent, d: Dated) -> int | None:
    """The weekday of a meeting dated by the weekday's name alone ("on Monday"; not "last Monday", "Monday, May 4")."""
    t = ev.timex
    if t is None or d.basis != "published" or d.start is None or d.start != d.end:
        return None
    spec = t.spec
    if spec.weekday is None or spec.month is not None or spec.day is not None or spec.rel_offset is not None:
        return None
    return spec.weekday


def _weekday_votes(ev: ArticleEvent) -> int:
    """How strongly a meeting says which day its weekday is: each telling of it on that weekday, twice where its
    tense says held or planned."""
    spec = ev.timex.spec if ev.timex else None
    return max(1, sum(2 if m.status_marked else 1 for m in ev.mentions if m.timex is not None and m.timex.spec == spec))


def _one_day_a_weekday(events: list[ArticleEvent], out: list[Dated]) -> None:
    """A weekday's name denotes one day in a news story (the week around its date): where the article's meetings
    on "Monday" fell on two Mondays (a headline without tense, "Macron's visit to Berlin Monday ... an aide
    said" beside "will meet on Monday"), all take the Monday most of their tellings, told as planned or held,
    point to."""
    groups: dict[int, list[int]] = {}
    for i, (ev, d) in enumerate(zip(events, out, strict=True)):
        wd = _bare_weekday(ev, d)
        if wd is not None:
            groups.setdefault(wd, []).append(i)
    for members in groups.values():
        votes: dict[date, int] = {}
        for i in members:
            day = out[i].start
            assert day is not None
            votes[day] = votes.get(day, 0) + _weekday_votes(events[i])
        if len(votes) < 2:
            continue
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        if ranked[0][1] == ranked[1][1]:
            continue  # as many say the one Monday as the other: leave each its own
        day = ranked[0][0]
        for i in members:
            if out[i].start != day:
                t = events[i].timex
                assert t is not None
                out[i] = Dated(day.isoformat(), day, day, "day",
                               f"{describe(t)}: the {WEEKDAYS[day.weekday()]} {day.isoformat()} the article's other "
                               f"meetings on that weekday fall on ({out[i].reason})", out[i].confidence, "published")


def _dateline_day(dateline: tuple[int, int] | None, win: Window) -> date | None:
    """The day of a year-less dateline ("SEOUL, June 13"), when the window leaves it one year."""
    days = _dateline_days(dateline, win)
    return days[0] if len(days) == 1 else None


def _dateline_days(dateline: tuple[int, int] | None, win: Window) -> list[date]:
    """The days of a year-less dateline (month, day) within a bounded window, one a year."""
    if dateline is None or not win.bounded:
        return []
    days = []
    for y in range(win.lo.year, win.hi.year + 1):
        try:
            d = date(y, *dateline)
        except ValueError:
            continue
        if win.lo <= d <= win.hi:
            days.append(d)
    return days


DATELINE_LAG = 1  # days a wire story's dateline may fall after the day its lede tells by a weekday's name


def _dateline_of_the_weekday(dateline: tuple[int, int] | None, win: Window,
                             events: list[ArticleEvent]) -> tuple[date | None, str]:
    """The day of a year-less dateline that the window leaves in several years, where the weekday the story's first
    meeting is told on ("DUBAI, June 17 (Reuters) - ... met Raisi in Tehran on Saturday") falls on that day in one
    of those years only (else, in none, on the day before in one only), with that meeting's people all in office
    ("CAIRO, July 7 (UPI) -- ... Mubarak and Syria's Bashar Assad met in Cairo Monday": not 1997, before Assad): a
    wire story tells the day's news, dated the day it is filed. Also what says so, for the reason."""
    if dateline is None or not win.bounded:
        return None, ""
    told = sorted((ev for ev in events if ev.status == "held" and ev.timex is not None
                   and ev.timex.spec.weekday is not None and ev.timex.spec.month is None
                   and ev.timex.spec.day is None and ev.timex.spec.rel_offset is None),
                  key=lambda ev: ev.timex.start if ev.timex else 0)
    if not told or told[0].timex is None:
        return None, ""
    t, people = told[0].timex, told[0].participants
    days = [d for d in _dateline_days(dateline, win) if in_office(people, d)]
    for lag in range(DATELINE_LAG + 1):  # the day's own news first: on the dateline's day, else the day before
        fit = [d for d in days if (d - timedelta(days=lag)).weekday() == t.spec.weekday]
        if len(fit) > 1:
            return None, ""
        if fit:
            when = "the dateline's day" if lag == 0 else "the day before the dateline"
            with_people = f" with {' and '.join(people)} in office" if people else ""
            return fit[0], f"; of the years it leaves, the one in which {describe(t)} is {when}{with_people}"
    return None, ""


def _anchor_text(win: Window) -> str | None:
    if not win.bounded:
        return None
    v, _ = calendar_value(win.lo, win.hi)
    if win.lo.year == win.hi.year:
        return v
    return f"{win.lo.isoformat()}/{win.hi.isoformat()}"


def _unresolved_reason(win: Window, ev: ArticleEvent) -> str:
    if (win.why_lo or win.why_hi) and win.lo.year == win.hi.year and ev.timex is not None:
        told = {-1: "told as held", 1: "told as planned", 0: "told"}[_direction(ev, ev.timex)]
        return (f"year unknown: the article was written {_window_text(win)}; {describe(ev.timex)}, {told}, does "
                f"not fit that time with the people named in office")  # "February" told as held, written in January
    if win.why_lo or win.why_hi:
        return f"year unknown: the article was written {_window_text(win)}, which leaves more than one year"
    return "year unknown: nothing in the text fixes it"
