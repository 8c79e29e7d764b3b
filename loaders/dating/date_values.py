"""An event's place on the calendar and the window an article was written in: Dated, Window, spans, values."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

from .. import dates
from ..dates import DateSpec, Timex
from ..meeting.article_events import ArticleEvent
from ..vocab import Person, load

RECENCY = timedelta(days=365)  # an article speaks of meetings within about a year of when it was written
SIDELINES = timedelta(days=2)  # meetings "on the sidelines" of a summit: from two days before it to two days after
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CONFIDENCE = {"explicit": 0.95, "published": 0.9, "summit": 0.85, "weekday": 0.85, "visit": 0.8, "other_article": 0.8,
              "inferred": 0.7, "none": 0.0}


@dataclass
class Dated:
    """An event's place on the calendar and why."""

    value: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    start: date | None = None
    end: date | None = None
    precision: str = "none"
    reason: str = ""
    confidence: float = 0.0
    basis: str = "none"  # a key of CONFIDENCE


@dataclass
class Window:
    """The days the article may have been written on, with the reasons for each bound."""

    lo: date = date(1900, 1, 1)
    hi: date = date(2100, 12, 31)
    why_lo: list[str] = field(default_factory=list)
    why_hi: list[str] = field(default_factory=list)
    from_events_lo: bool = False
    from_events_hi: bool = False
    told_lo: bool = False  # the lower bound is a date the text tells as past, not the start of someone's office
    held_day_lo: bool = False  # the lower bound is the day of a meeting the text tells as held

    def narrow(self, lo: date | None, hi: date | None, why: str, event: bool = False, told: bool = False,
               held_day: bool = False) -> None:
        if (lo and lo > self.hi) or (hi and hi < self.lo) or (lo and hi and lo > hi):
            return  # contradicts what is known already: ignore it
        if lo and lo > self.lo:
            self.lo, self.why_lo, self.from_events_lo = lo, [why], event
            self.told_lo, self.held_day_lo = told, held_day
        if hi and hi < self.hi:
            self.hi, self.why_hi, self.from_events_hi = hi, [why], event

    @property
    def bounded(self) -> bool:
        return self.lo.year > 1900 and self.hi.year < 2100

    def focus(self) -> Window:
        """The window narrowed by the recency prior: about a year after the latest meeting told as held."""
        if self.from_events_lo and self.hi - self.lo > RECENCY:
            return Window(self.lo, self.lo + RECENCY, self.why_lo,
                          [f"assuming the article was written within a year of {self.lo.isoformat()}"],
                          from_events_lo=True)
        if self.from_events_hi and self.hi - self.lo > RECENCY:
            return Window(self.hi - RECENCY, self.hi,
                          [f"assuming the article was written within a year before {self.hi.isoformat()}"], self.why_hi)
        return self


# ---------------------------------------------------------------- spans and values

def span(value: str, spec: DateSpec | None = None) -> tuple[date, date] | None:
    """First and last day a TIMEX3 value denotes, narrowed by early/mid/late."""
    return dates.span_of(spec, value) if spec else dates.span(value)


def calendar_value(lo: date, hi: date) -> tuple[str, str]:
    """The coarsest "YYYY[-MM[-DD]]" holding the whole span, and its precision."""
    if lo == hi:
        return lo.isoformat(), "day"
    if (lo.year, lo.month) == (hi.year, hi.month):
        whole_month = lo.day == 1 and hi.day == calendar.monthrange(hi.year, hi.month)[1]
        return f"{lo.year:04d}-{lo.month:02d}", "month" if whole_month else "part_of_month"
    if lo.year == hi.year:
        return f"{lo.year:04d}", "year" if (lo.month, hi.month) == (1, 12) else "season"
    return f"{lo.year:04d}", "year"


def dated(value: str | None, spec: DateSpec | None, reason: str, basis: str) -> Dated:
    if not value:
        return Dated(reason=reason)
    sp = span(value, spec)
    if sp is None:
        return Dated(reason=reason)
    if sp[0].year != sp[1].year:
        if (sp[1] - sp[0]).days > 120:
            return Dated(reason=f"{reason}: {sp[0].year}–{sp[1].year}, too long to place on the calendar")
        first = (date(sp[0].year, 12, 31) - sp[0]).days + 1
        year = sp[0].year if 2 * first >= (sp[1] - sp[0]).days + 1 else sp[1].year
        return Dated(str(year), sp[0], sp[1], "season", reason, CONFIDENCE[basis], basis)  # a winter
    v, prec = calendar_value(*sp)
    if "-W" in value and prec != "day" and sp[0].month != sp[1].month and sp[0].year == sp[1].year:
        v, prec = f"{sp[0].year:04d}-{sp[0].month:02d}", "part_of_month"  # a week is of the month it begins in
    if spec is not None and prec != "day":
        prec = dates.precision(spec) if dates.precision(spec) != "none" else prec
    return Dated(v, sp[0], sp[1], prec, reason, CONFIDENCE[basis], basis)


def describe(t: Timex) -> str:
    return f"'{t.text}'"


def noted(d: Dated, ev: ArticleEvent) -> Dated:
    """The event's own note on where its date came from, put before the reason."""
    if ev.date_note and d.value:
        d.reason = f"{ev.date_note}; {d.reason}"
        d.confidence = round(d.confidence * 0.8, 2)
    return d


def _direction(ev: ArticleEvent, t: Timex) -> int:
    if ev.status_marked or ev.status_weak:
        return 1 if ev.status == "planned" else -1
    if t.direction == 0:  # a headline's "meeting on Monday": the way its other tellings of that day point
        return next((m.timex.direction for m in ev.mentions if m.timex is not None and m.timex.spec == t.spec
                     and m.timex.direction), 0)
    return t.direction


def in_office(names: list[str], day: date) -> bool:
    vocab = load()
    for n in names:
        p: Person | None = vocab.person(n)
        if p is not None and p.terms and p.terms[0].source != "read from the text" and not any(
                t.covers(day) for t in p.terms):
            return False
    return True


def _window_text(win: Window) -> str:
    lo = f"after {win.lo.isoformat()} ({'; '.join(win.why_lo)})" if win.why_lo else ""
    hi = f"before {win.hi.isoformat()} ({'; '.join(win.why_hi)})" if win.why_hi else ""
    return " and ".join(x for x in (lo, hi) if x) or "at an unknown time"


def _explicit(ev: ArticleEvent) -> Dated | None:
    t = ev.timex
    if t is None or t.spec.year is None:
        return None
    value = t.value or dates.with_year(t.spec, t.spec.year)
    said = (f"year stated in the text ({describe(t)})" if str(t.spec.year) in t.text else
            f"year {t.spec.year} of the date told before it in the text ({describe(t)})") if t.text else \
        "the article's date" if t.spec.day is not None else "the month of the article's date"
    return dated(value, t.spec, said, "explicit")
