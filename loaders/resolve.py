"""Put each event of an article on the calendar: from the publication date, or from what the text itself says."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from . import dates
from . import regexes as rx
from .article_events import ArticleEvent, Context
from .dates import DateSpec, Timex
from .mention.record import HEAD_ROLES
from .places import fold
from .vocab import Person, Summit, load

RECENCY = timedelta(days=365)  # an article speaks of meetings within about a year of when it was written
POSTED_WITHIN = timedelta(days=7)  # a post an article quotes ("— A (@a) March 6, 2023") is of the week before it
SIDELINES = timedelta(days=2)  # meetings "on the sidelines" of a summit: from two days before it to two days after
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CONFIDENCE = {"explicit": 0.95, "published": 0.9, "summit": 0.85, "weekday": 0.85, "visit": 0.8, "other_article": 0.8,
              "inferred": 0.7, "none": 0.0}
SETTLED = ("explicit", "summit", "weekday", "visit", "other_article")  # bases the text itself fixes


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


# ---------------------------------------------------------------- with a publication date

def from_anchor(ev: ArticleEvent, anchor: date, why: str, events: list[ArticleEvent] | None = None) -> Dated:
    t = ev.timex
    if t is None:
        told = any(o.timex is not None and set(o.participants) == set(ev.participants) for o in events or [])
        return (None if told else _summit_day(ev, anchor) or _series_near(ev, anchor, why)
                or _held_by_anchor(ev, anchor, why)) or Dated(reason="no date in the text")
    if (not t.text or (t.spec.year is None and dates.precision(t.spec) == "year")) and (
            nth := _summit_day(ev, anchor)):
        return nth  # "rounded off the second and final day of this year's G-20 Leaders' Summit with meetings"
    if t.spec.year == anchor.year and dates.precision(t.spec) == "year" and (
            near := _series_near(ev, anchor, why)) is not None:
        return near  # "G20 Summit 2023: Modi to hold bilateral meetings on its sidelines": the summit's month
    if t.spec.year is not None:
        return _explicit(ev)  # type: ignore[return-value]
    under_way = _under_way(ev, anchor)
    if under_way is not None:
        return Dated(under_way.isoformat(), under_way, under_way, "day",
                     f"{describe(t)}: the first day of a visit under way on the article's date {anchor.isoformat()} "
                     f"({why})", CONFIDENCE["published"], "published")
    direction = _direction(ev, t)
    value = dates.resolve(t.spec, anchor, direction)
    placed = _series_at_place(ev, anchor, value) or _when_in_office(ev, anchor, value, direction)
    if placed is not None:
        return placed
    side = {-1: "before", 1: "after", 0: "nearest to"}[direction]
    what = "the meeting having been held" if direction < 0 else "the meeting being planned" if direction > 0 else ""
    reason = f"{describe(t)} {side} the article's date {anchor.isoformat()} ({why})" + (f", {what}" if what else "")
    off_by_a_day = _weekday_a_day_off(t.spec, anchor, value)
    if off_by_a_day is not None:
        d = off_by_a_day
        reason = (f"{describe(t)}: the {WEEKDAYS[d.weekday()]} the day after the article's date {anchor.isoformat()} "
                  f"({why}), not the one six days before it: the page's date is a day behind the meeting's place")
        return Dated(d.isoformat(), d, d, "day", reason, CONFIDENCE["published"] * 0.8, "published")
    slip = _weekday_slip(t.spec, anchor, direction, value)
    if slip is not None:
        name = WEEKDAYS[slip.weekday()]
        value, reason = slip.isoformat(), (f"{describe(t)}: that day was no {name} in the years near the article; "
                                           f"taken as the {name} {side} the article's date {anchor.isoformat()} "
                                           f"({why}), a few days from the day given")
        return Dated(value, slip, slip, "day", reason, CONFIDENCE["published"] * 0.8, "published")
    return dated(value, t.spec, reason, "published")


def _held_by_anchor(ev: ArticleEvent, anchor: date, why: str) -> Dated | None:
    """A meeting told as held with no date of its own: held by the article's date, so of that month at the latest;
    a news story tells the meetings of its days, so the month of the article's date."""
    if ev.status != "held":
        return None
    first = anchor.replace(day=1)
    reason = (f"no date in the text: told as held, by the article's date {anchor.isoformat()} ({why}); the month "
              f"of that date")
    return Dated(f"{anchor.year:04d}-{anchor.month:02d}", first, anchor, "month", reason, CONFIDENCE["inferred"],
                 "inferred")


SERIES_BACK = timedelta(days=3 * 366)  # how far back a summit of a series at a place is looked for
OFFICE_BACK = 6  # years a held meeting may be moved back to fall in its people's terms


def _when_in_office(ev: ArticleEvent, anchor: date, value: str | None, direction: int) -> Dated | None:
    """"a stadium rally with Modi in Ahmedabad on Feb. 24" recalled in 2023: held, so before the article, but when
    Trump was in office (2020), not the Feb. 24 just past; only for two people of the data or more, one of whom left
    office before that day, all of them in office on the day found."""
    t = ev.timex
    if t is None or direction >= 0 or not value or t.spec.month is None or t.spec.weekday is not None:
        return None
    people = [p for n in ev.participants if (p := load().person(n)) is not None and p.terms
              and p.terms[0].source != "read from the text"]
    sp = span(value, t.spec)
    if len(people) < 2 or sp is None or in_office(ev.participants, sp[0]):
        return None
    out = [p for p in people if not any(tm.covers(sp[0]) for tm in p.terms)]
    if not all(any(tm.end is not None and tm.end < sp[0] for tm in p.terms) for p in out):
        return None  # one of them had not yet taken office: the data may lack a term, leave the day as told
    titled = {a.person for m in ev.mentions for a in m.people if a.titled and not (a.role or "").startswith("former_")}
    if not all(p.name in titled for p in out):
        return None  # "Blair met Abbas on May 4": a former leader meets people too; "President Trump" held the office
    for back in range(1, OFFICE_BACK + 1):
        v = dates.with_year(t.spec, sp[0].year - back)
        earlier = span(v, t.spec) if v else None
        if earlier is not None and in_office(ev.participants, earlier[0]):
            names = " and ".join(p.name.split()[-1] for p in people)
            return dated(v, t.spec, f"{describe(t)}: the last such day before the article's date "
                                    f"{anchor.isoformat()} when {names} were in office", "published")
    return None


def _series_at_place(ev: ArticleEvent, anchor: date, value: str | None) -> Dated | None:
    """"they had a summit at the G20 meeting of world leaders in Hamburg" with "in July", told in July 2018: the
    July of the G20 summit held in Hamburg (2017), when no summit of the series met there in the month just past."""
    t = ev.timex
    if ev.series is None or ev.location is None or t is None or t.spec.month is None or not value:
        return None
    at_place = [s for s in load().summits if s.series == ev.series and _same_place(ev, s, near=True)]
    if not at_place or any(s.start.isoformat()[:7] <= value[:7] <= s.end.isoformat()[:7] for s in at_place):
        return None  # no summit of the series there in the data, or the month told is one of them
    held = ev.status == "held"
    win = Window(anchor - SERIES_BACK, anchor) if held else Window(anchor, anchor + SERIES_BACK)
    return from_summits(ev, win)


def _under_way(ev: ArticleEvent, anchor: date) -> date | None:
    """The first day of a meeting of several days whose days hold the article's date ("is on an official visit
    from September 30 to October 3" in a paper of October 2): under way, this year's, not next year's."""
    t = ev.timex
    if t is None or not ev.extra_days or t.spec.month is None or t.spec.day is None:
        return None
    for year in (anchor.year, anchor.year - 1):
        try:
            first = date(year, t.spec.month, t.spec.day)
        except ValueError:
            continue
        if first <= anchor <= first + timedelta(days=ev.extra_days):
            return first
    return None


def _weekday_a_day_off(spec: DateSpec, anchor: date, value: str | None) -> date | None:
    """"sat for talks with Abe in Tokyo on Monday" in a page dated Sunday: a meeting held on a weekday six days
    before the page's date is on the day after it. News tells of the meetings of the days just past and almost
    never of one six days back by its weekday's name; the page's date is a day behind the place's (a page dated
    in the Americas of a meeting in Asia). Not a plan six days ahead: "will visit on Wednesday" told on a Thursday."""
    if spec.weekday is None or spec.month is not None or spec.day is not None or spec.rel_offset is not None:
        return None
    if not value or len(value) != 10:
        return None
    return anchor + timedelta(days=1) if (date.fromisoformat(value) - anchor).days == -6 else None


SLIP_DAYS = 7  # "Saturday, August 8" in a paper of Saturday, August 5: the weekday is right, the day a slip


def _weekday_slip(spec: DateSpec, anchor: date, direction: int, value: str | None) -> date | None:
    """A weekday and a day that disagree in every year near the article ("on Saturday, August 8" in a paper of
    Saturday, August 5, 2023): the weekday nearest the article, when the day given is within a week of it."""
    if spec.weekday is None or spec.month is None or spec.day is None or not value:
        return None
    got = span(value)
    if got is None or abs((got[0] - anchor).days) <= 200:
        return None  # the weekday arithmetic found a year near the article: no slip
    day = dates.resolve(DateSpec(weekday=spec.weekday), anchor, direction)
    near = span(day) if day else None
    try:
        said = date(anchor.year, spec.month, spec.day)
    except ValueError:
        return None
    if near is None or abs((near[0] - said).days) > SLIP_DAYS:
        return None
    return near[0]


SERIES_REACH = timedelta(days=62)  # an undated meeting told with a summit of many is of that summit's month


def _series_near(ev: ArticleEvent, anchor: date, why: str) -> Dated | None:
    """A meeting planned without a date but with a recurring summit ("to meet before the G20", "on the sidelines of
    APEC") is of the month of that summit's next meeting after the article's date, if one is within two months; one
    held at such a summit, of the month of its last meeting (at the place told) within two months before."""
    if ev.series is None or ev.status not in ("planned", "held"):
        return None
    if ev.status == "planned":
        near = [s for s in load().summits if s.series == ev.series and anchor <= s.end <= anchor + SERIES_REACH]
    else:  # "At the NATO Summit in Madrid, Yoon, Biden and Kishida held their first meeting": the one just held
        near = [s for s in load().summits if s.series == ev.series and s.start <= anchor <= s.end + SERIES_REACH
                and (ev.location is None or _same_place(ev, s, near=True))]
    if len(near) != 1:
        return None
    s = near[0]
    first = s.start.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    which = "next" if ev.status == "planned" else "last"
    reason = (f"the month of the {s.name} ({s.start.isoformat()}; {s.source}), the {which} {s.series} summit from "
              f"the article's date {anchor.isoformat()} ({why})")
    return Dated(f"{first.year:04d}-{first.month:02d}", first, last, "month", reason, CONFIDENCE["summit"], "summit")


# the day of a summit told by its place among the summit's days: "on the second and final day of this year's G20"
_NTH_DAY: Final = rx.compile(r"\b(?P<n>first|opening|second|third|fourth|final|last|closing)(?:\s+and\s+"
                             r"(?P<m>final|last|closing))?\s+day\s+of\b", re.I)
_NTH: Final = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3}


def _summit_day(ev: ArticleEvent, anchor: date) -> Dated | None:
    """A meeting on a day of a recurring summit told by its place among the summit's days ("rounded off the second
    and final day of this year's G-20 Leaders' Summit with bilateral meetings"), the summit being the series' one
    just held or next to come: that day of it in the data."""
    said = next((m for m in ev.mentions if (nth := _NTH_DAY.search(m.sentence.text))), None)
    if ev.series is None or said is None or nth is None:
        return None
    if ev.status == "planned":
        near = [s for s in load().summits if s.series == ev.series and anchor <= s.end <= anchor + SERIES_REACH]
    else:
        near = [s for s in load().summits if s.series == ev.series and s.start <= anchor <= s.end + SERIES_REACH]
    if len(near) != 1:
        return None
    s = near[0]
    word = (nth["m"] or nth["n"]).lower()
    day = s.end if word in ("final", "last", "closing") else s.start + timedelta(days=_NTH[word])
    if day > s.end:
        return None
    reason = (f"the {nth.group().lower()} the {s.name} ({s.start.isoformat()} to {s.end.isoformat()}; {s.source}), "
              f"the {ev.series} summit {'next' if ev.status == 'planned' else 'just held'} on the article's date "
              f"{anchor.isoformat()}")
    return Dated(day.isoformat(), day, day, "day", reason, CONFIDENCE["summit"], "summit")


def _direction(ev: ArticleEvent, t: Timex) -> int:
    if ev.status_marked or ev.status_weak:
        return 1 if ev.status == "planned" else -1
    if t.direction == 0:  # a headline's "meeting on Monday": the way its other tellings of that day point
        return next((m.timex.direction for m in ev.mentions if m.timex is not None and m.timex.spec == t.spec
                     and m.timex.direction), 0)
    return t.direction


# ---------------------------------------------------------------- from the text alone

def window_from_people(ctx: Context, titled: set[str]) -> Window:
    """The article was written while the people it names with their titles held those offices (all at once:
    the terms are intersected, gaps between one person's terms included)."""
    win = Window()
    people = {p.name: p for p in load().people}
    spans = [(win.lo, win.hi)]
    rank = {name: i for i, name in enumerate(ctx.order)}  # the people told of most first: a title out of date
    for name in sorted(_latest_holders(titled, ctx, people), key=lambda n: (rank.get(n, len(rank)), n)):
        person, role = people.get(name), ctx.roles.get(name)  # ("then President Obama") gives way
        terms = _terms_as(person, role) if person and role else []
        if not terms:
            continue
        both = [(max(a, t.start or a), min(b, t.end or b)) for a, b in spans for t in terms]
        both = [(a, b) for a, b in both if a <= b]
        if not both:
            continue  # contradicts the others (a title out of date): ignore it
        spans = both
        win.narrow(min(a for a, _ in spans), max(b for _, b in spans),
                   f"{person.name} was {terms[0].title} {_term_text(terms)}")  # type: ignore[union-attr]
    return win


def _latest_holders(titled: set[str], ctx: Context, people: dict[str, Person]) -> list[str]:
    """Of two people titled with one office of one country ("Greek Foreign Minister Nikos Dendias visited in
    February", "Greek Foreign Minister Giorgos Gerapetritis met ... on Sept. 5"), the later one: an article tells of
    a predecessor's past deeds, not of a successor's future ones."""
    latest: dict[tuple[str | None, str | None], tuple[date, str]] = {}
    kept = []
    for name in sorted(titled):
        person, role = people.get(name), ctx.roles.get(name)
        terms = _terms_as(person, role) if person and role else []
        if not terms:
            kept.append(name)
            continue
        began = max(t.start or date.min for t in terms)
        key = (ctx.countries.get(name), role)
        if key not in latest or began > latest[key][0]:
            latest[key] = (began, name)
    return kept + [name for _, name in latest.values()]


def _terms_as(person: Person, role: str) -> list:
    """The person's terms in the role the text gives; a head of state or government whom the data files under the
    other head's role ("President Raisi", head of government in Iran's constitution) by those."""
    same = [t for t in person.terms if t.role == role]
    return same or [t for t in person.terms if role in HEAD_ROLES and t.role in HEAD_ROLES]


def _term_text(terms: list) -> str:
    parts = [f"{t.start.year if t.start else '?'}–{t.end.year if t.end else 'now'}" for t in terms]
    return " and ".join(parts)


@dataclass
class Inauguration:
    """Someone's taking office as a sentence tells it: "hours after being sworn in", "on the eve of his
    inauguration", "went to Jakarta for the inauguration of President Susilo in mid-October"."""

    people: list[str]  # whom the sentence tells taking office (none named: the article's titled people)
    timexes: list[Timex]
    ahead: bool  # told as to come ("President-elect", "will attend his inauguration on Wednesday")
    soon: bool  # told as just past ("the newly sworn-in French leader", "hours after being sworn in")
    again: bool = False  # for a further term ("sworn in for a second term"): one of the days of data/inaugurations.csv
    loose: bool = False  # "took office", "assuming her post": dates the article only with a day or month told with it
    now: bool = False  # told as going on ("who is in Kabul for the oath-taking ceremony"): the article is of its day


_INAUGURATION = rx.compile(r"\binauguration\b|\b(?:was|were|been|being|newly|is|be)\s+inaugurated\b|\bsworn[- ]in\b"
                           r"|\bswearing[- ]in\b|\boath[- ]taking\b|\btook the oath\b"
                           r"|\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor)[- ]elect\b")
# ("who on April 19 assumed the position of president of the councils of State": Prensa Latina)
_TOOK_OFFICE = rx.compile(r"\b(?:took|assumed|assuming|taking)\s+(?:office|(?:his|her)\s+(?:post|office)|"
                          r"the\s+(?:position|post|office)\s+of\s+(?:the\s+)?(?:president|prime\s+minister|premier|"
                          r"chancellor|head\s+of\s+state)|the\s+presidency)\b")
_ANOTHER_TERM = rx.compile(r"\b(?:second|third|fourth|fifth|sixth|another|new|consecutive)\s+(?:[\w-]+\s+){0,2}?term\b"
                           r"|\bre-?(?:elect|inaugurat|sworn)|\bsecond\s+inauguration", re.I)
_TAKING_AHEAD = rx.compile(r"-elect\b|\beve of\b|\bahead of\b|\bwill\b|\bwould\b|\bto be (?:sworn|inaugurated)\b"
                           r"|\bupcoming\b|\bforthcoming\b", re.I)
_TAKING_SOON = rx.compile(r"\bnewly[- ](?:sworn|inaugurated)|\b(?:hours|days)\s+after\s+(?:being\s+|his\s+|her\s+)?"
                          r"(?:sworn|inaugurat)|\bjust\s+(?:been\s+)?(?:sworn|inaugurated)", re.I)
TAKING_SOON = timedelta(days=120)  # "the newly sworn-in leader": within weeks of the day, a few months at most


# "... since taking office, his ministry said Thursday": the day of the report, not of the taking of office
_REPORT_BETWEEN = rx.compile(r",\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|announced|reported|told|stated)\b")
_SINCE_TAKING = rx.compile(r"\bsince\s+(?:(?:he|she|they)\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?|being\s+|"
                           r"(?:his|her|their)\s+)?$", re.I)  # "will be his first visit since he was sworn in"
_AFTER_TAKING = rx.compile(r"\bafter\s+(?:being\s+|having\s+been\s+)?(?:sworn|inaugurated)\b", re.I)


def inauguration(text: str, people: list[tuple[int, int, str]], timexes: list[Timex],
                 offset: int = 0) -> Inauguration | None:
    """The taking of office a sentence tells ("sworn in for a second term": one of the later inaugurations of
    data/inaugurations.csv). Whose: the person named nearest the words ("the inauguration of President Susilo",
    "Karzai's oath-taking ceremony"), or the subject of "after being sworn in"."""
    m = _INAUGURATION.search(text) or _TOOK_OFFICE.search(text)
    if m is None:
        return None
    again = bool(_ANOTHER_TERM.search(text, max(0, m.start() - 25), m.end() + 40))
    soon = bool(_TAKING_SOON.search(text))
    after = [p for p in people if 0 <= p[0] - m.end() <= 40]
    if people and _AFTER_TAKING.search(text):
        whose = [min(people)[2]]  # "He was speaking ... following talks with Merkel, hours after being sworn in"
    elif after and (re.search(r"\bnewly[- ]$", text[max(0, m.start() - 6):m.start()], re.I)
                   or m[0].lower().endswith("elect")):
        whose = [min(after)[2]]  # "newly sworn-in Nigerian President Goodluck Jonathan", "President-elect Dr Arif Alvi"
    else:
        stood_in = any(_STOOD_IN_FOR.search(text, max(0, p[0] - 40), p[0]) for p in people)
        whose = [min(people, key=lambda p: (max(p[0] - m.end(), m.start() - p[1], 0), p[0] < m.start()))[2]
                 ] if people and not stood_in else []  # the nearest, "the inauguration of" the one after at a tie;
        # where someone stood in for another named at the ceremony, none of them took office
    told = [t for t in timexes if m.start() - 10 <= t.start - offset <= m.end() + 60  # its own day, not the meeting's
            and not _REPORT_BETWEEN.search(text, m.end(), max(m.end(), t.start - offset))  # nor a report's
            or 0 <= m.start() - (t.end - offset) <= 80 and _ATTENDING.match(text, t.end - offset, m.start())
            or t.spec.year and t.spec.month and t.spec.day]  # a full date only picks which of its inaugurations
    since = bool(_SINCE_TAKING.search(text, 0, m.start()))  # "his first visit since taking office": told as past
    return Inauguration(whose, told, not (soon or since) and bool(_TAKING_AHEAD.search(text)), soon, again,
                        loose=m.re is _TOOK_OFFICE, now=bool(_TAKING_NOW.search(text, 0, m.start())))


# "Wang Jiarui, who represented President Xi at the swearing in ceremony", "attended the inauguration on behalf of
# President X": the one stood in for, and the stand-in, are guests of the ceremony, not the one sworn in
_STOOD_IN_FOR = rx.compile(r"\b(?:represent(?:ed|ing|s)?|on\s+behalf\s+of)\s+(?:[\w'’.-]+\s+){0,4}$", re.I)
_ATTENDING = rx.compile(r"[^.;]*\b(?:to attend|attend(?:ed|ing)?|for|at)\b")  # "in Kabul on Thursday to attend X's"
_TAKING_NOW = rx.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+)?in\s+[A-Z][\w-]+\s+(?:for|to attend)\b")


def _narrow_by_inaugurations(win: Window, told: Sequence[Inauguration], titled: set[str],
                             named: set[str]) -> None:
    """The first day of office of one person the text names, who took office within the article's window, dates the
    article: "sworn in yesterday" (the next day), "his inauguration on Wednesday" (within the week before), "the
    newly sworn-in leader" (within a few months after), "inaugurated in December" (within a year)."""
    for took in told:
        starts = _inauguration_days(took, win, titled, named | titled)
        if len({s for s, _ in starts}) != 1:
            continue
        (start, name), = sorted(starts)[:1]
        direction = 1 if took.ahead else -1
        why = f"{name} took office on {start.isoformat()}, told as {'to come' if took.ahead else 'past'}"
        for t in took.timexes:
            if t.spec.year is not None:
                continue
            pinned = _anchor_from_relative(t.spec, start, direction)
            if pinned is None and t.spec.month == start.month and t.spec.day in (None, start.day):
                pinned = (start - RECENCY, start) if took.ahead else (start, start + RECENCY)  # "in December"
            if pinned is not None:
                win.narrow(pinned[0], pinned[1], why, event=True)
                break
        else:
            if took.now:
                win.narrow(start - timedelta(days=1), start + timedelta(days=1), why, event=True)
            elif not took.loose:
                span_ = TAKING_SOON if took.soon or took.ahead else RECENCY
                win.narrow(start - span_ if took.ahead else start, start if took.ahead else start + span_, why,
                           event=True)


def _inauguration_days(took: Inauguration, win: Window, titled: set[str],
                       named: set[str]) -> set[tuple[date, str]]:
    """The days within the article's window on which the people told of took office: first days of terms and the
    later inaugurations of data/inaugurations.csv (only these for "a second term"); of several, those on the
    weekday or the date told with the words, on which most of the people the article gives offices to held them."""
    vocab = load()
    starts: set[tuple[date, str]] = set()
    for name in took.people or sorted(titled):
        person = vocab.person(name)
        if person is None or not person.terms or person.terms[0].source == "read from the text":
            continue
        days = list(person.sworn_again) + ([] if took.again else [t.start for t in person.terms if t.start])
        starts |= {(d, name) for d in days if win.lo - RECENCY <= d <= win.hi}
    for t in took.timexes:
        if len(starts) > 1 and t.spec.weekday is not None and t.spec.month is None:
            starts = {s for s in starts if s[0].weekday() == t.spec.weekday} or starts
        if len(starts) > 1 and t.spec.year and t.spec.month and t.spec.day:
            starts = {s for s in starts if (s[0].year, s[0].month, s[0].day) == (t.spec.year, t.spec.month,
                                                                                  t.spec.day)} or starts
    if len(starts) > 1:  # the day most of the people the article gives offices to held them
        held = {s: sum(in_office([n], s[0]) for n in named) for s in starts}
        starts = {s for s in starts if held[s] == max(held.values())}
    return starts


_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())} | {
    "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "sixty-fifth": 65,
    "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_ANNIVERSARY = rx.compile(r"\b(\d{1,3})(?:st|nd|rd|th)?\s+anniversary\s+of\s+(?:the\s+)?(?P<what>[^.;:!?]{2,90})"
                          rf"|\b(?P<word>{'|'.join(_ORDINAL_WORDS)})\s+anniversary\s+of\s+(?:the\s+)?"
                          r"(?P<what2>[^.;:!?]{2,90})", re.I)
_YEAR_OF = rx.compile(r"(?:[\w'’-]+\s+){0,2}?((?:19|20)\d\d)\b")  # "of the 2008 Mumbai attacks"
ANNIVERSARY_SLACK = timedelta(days=30)  # an anniversary is marked in its year, or told a little ahead or after


def anniversary(text: str) -> tuple[int, str] | None:
    """The year of an anniversary a sentence marks ("the 60th anniversary of the founding of the United Nations":
    1945 + 60; "the first anniversary of the 2008 Mumbai attacks"), a year less when it is "next year"."""
    m = _ANNIVERSARY.search(text)
    if m is None:
        return None
    n = int(m[1]) if m[1] else _ORDINAL_WORDS[m["word"].lower()]
    what = (m["what"] or m["what2"]).lower()
    told = _YEAR_OF.match(what)
    base = int(told[1]) if told else next((y for k, y in load_anniversaries().items() if what.startswith(k)), None)
    if base is None or n < 1:
        return None
    year = base + n
    after = text[m.end():m.end() + 40].lower() if m.end() < len(text) else ""
    if "next year" in text[m.start():m.end() + 40].lower() or "next year" in after:
        year -= 1
    return year, m[0].strip()


def load_anniversaries() -> dict[str, int]:
    from .timex.lexicon import words

    table: dict[str, int] = words().get("anniversary_of", {})
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))  # the longest words first


def _narrow_by_anniversaries(win: Window, told: Sequence[tuple[int, str]]) -> None:
    """An anniversary the text marks puts the article in the year it falls in."""
    for year, said in told:
        win.narrow(date(year, 1, 1) - ANNIVERSARY_SLACK, date(year, 12, 31) + ANNIVERSARY_SLACK,
                   f"'{said[:60]}' fell in {year}", event=True)


# a gathering told as going on as the article is written: "The ongoing SCO Summit", "the summit, under way in
# Tianjin", "The two-day summit is being held in ... Tianjin", "as the G20 summit kicked off in Osaka"
_GOING_ON: Final = rx.compile(
    r"\bongoing\s+(?:[\w'’-]+\s+){0,4}?(?:summit|forum|conference)\b"
    r"|\b(?:summit|forum|conference)\b[^.;:]{0,80}?\b(?:(?:is|are)\s+(?:now\s+)?(?:being\s+held|under\s?way|taking\s+place)"
    r"|kick(?:s|ed)\s+off|got\s+under\s?way)\b", re.I)


def summits_going_on(sentences: Sequence[str], series: set[str]) -> list[Summit]:
    """The summits of data/summits.csv that an article tells as going on while it was written: a series it names
    (`series`), told with words of its being under way, and one of that series' host cities named in the article."""
    if not series or not any(_GOING_ON.search(t) for t in sentences):
        return []
    text = " ".join(sentences)
    return [s for s in load().summits if s.series in series and s.city
            and re.search(rf"\b{re.escape(s.city)}\b", text)]


SUMMIT_WRITTEN: Final = timedelta(days=1)  # a report of a summit's day may come out the next morning


def _narrow_by_summits_going_on(win: Window, going_on: Sequence[Summit]) -> None:
    """A summit told as going on, the one of its series held in the city named within the article's window: the
    article was written during its days."""
    fits = [s for s in going_on if win.lo <= s.end + SUMMIT_WRITTEN and s.start <= win.hi]
    if len(fits) == 1:
        s = fits[0]
        win.narrow(s.start, s.end + SUMMIT_WRITTEN, f"the {s.name} ({s.start.isoformat()}–{s.end.isoformat()}, "
                   f"{s.city}; {s.source}) was going on", event=True)


def in_office(names: list[str], day: date) -> bool:
    vocab = load()
    for n in names:
        p: Person | None = vocab.person(n)
        if p is not None and p.terms and p.terms[0].source != "read from the text" and not any(
                t.covers(day) for t in p.terms):
            return False
    return True


def from_summits(ev: ArticleEvent, win: Window) -> Dated | None:
    """A recurring summit named, or its host place, with the month the text gives, fixes the year."""
    t = ev.timex
    spec = t.spec if t else DateSpec()
    if spec.year is not None:
        return None
    weekday = spec.weekday if spec.month is None else None  # "opened their summit in Hiroshima on Friday"
    if weekday is not None:
        if ev.series is None and not _leaders_in_city(ev):
            return None
        spec = DateSpec()
    if spec.rel_unit:
        if ev.series is None:
            return None
        spec = DateSpec()  # "last month at the Munich Security Conference": the conference says when
    if ev.series is None and (ev.location is None or (spec.month is None and weekday is None)):
        return None
    if ev.series is None and ev.type != "summit" and _visited_capital(ev):
        return None  # "Kang will visit Belgium from October 19 to 24": a minister's visit, no summit of Brussels
    # a day during a summit's days, else on the days beside them ("Nov. 15", on the eve of the summit); a weekday
    # only where the place also says which summit (one weekday or other is beside nearly every summit)
    margin = timedelta(0)
    hits = _summits_fitting(ev, win, spec, weekday, margin)
    edition = _edition(ev)
    if edition is not None:  # "the 10th Brics Summit", "the 27th St Petersburg Economic Forum": that one
        hits = [s for s in hits if _summit_number(s.name) in (None, edition)]
    if not hits and (spec.day is not None or (weekday is not None and ev.series)):
        margin = SIDELINES
        hits = _summits_fitting(ev, win, spec, weekday, margin)
        if edition is not None:  # (on the days beside the one the text numbers, not beside another)
            hits = [s for s in hits if _summit_number(s.name) in (None, edition)]
    if len({s.year for s in hits}) > 1 and ev.location is None:
        hits = [s for s in hits if _city_named(ev, s.city)] or hits  # "the Toyako summit": a place the gazetteer lacks
    years = sorted({s.year for s in hits})
    if len(years) != 1:
        return None
    lo = max(min(s.start for s in hits), _spec_lo(spec, years[0]) or date.min)
    hi = min(max(s.end for s in hits), _spec_hi(spec, years[0]) or date.max)
    if spec.day is not None:
        lo = hi = _spec_lo(spec, years[0]) or lo  # the day the text gives, within the summit's days or beside them
    days = _weekdays_in(lo - margin, hi + margin, weekday) if weekday is not None else []
    if len(days) == 1:
        lo = hi = days[0]
    if lo > hi:
        return None
    v, prec = calendar_value(lo, hi)
    names = ", ".join(sorted({s.name for s in hits}))
    reason = f"year {years[0]} from the {names} ({hits[0].start.strftime('%b')} {hits[0].start.day}–"\
             f"{hits[-1].end.day}, {hits[0].city or hits[0].country}; {hits[0].source})"
    if ev.participants:
        reason += f", with {' and '.join(_surnames(ev.participants))} in office"
    prec = prec if t is None or prec == "day" else dates.precision(spec)
    return Dated(v, lo, hi, prec, reason, CONFIDENCE["summit"], "summit")


_ORDINAL = rx.compile(r"(\d{1,3})(?:st|nd|rd|th)\b")
_SERIES_NUMBER = rx.compile(r"^[A-Z]\w*\s+(?P<n>\d{1,3}|[IVXL]{1,6})\b")  # "TICAD VI (Nairobi)", "TICAD 7 (Yokohama)"
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _summit_number(name: str) -> int | None:
    """The number of a summit of the data by its name: "10th BRICS summit", "General debate of the 76th session of
    the UN General Assembly", "TICAD VI (Nairobi)"."""
    if (m := _ORDINAL.search(name)) is not None:
        return int(m[1])
    if (m := _SERIES_NUMBER.match(name)) is None:
        return None
    if m["n"].isdigit():
        return int(m["n"])
    values = [_ROMAN[c] for c in m["n"]]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _edition(ev: ArticleEvent) -> int | None:
    """The number the text gives the summit of the event's series ("the 10th Brics Summit", "the 37th ordinary AU
    summit"): one number for all its mentions, else none."""
    if ev.series is None:
        return None
    aliases = next((x.aliases for x in load().series if x.series == ev.series), ())
    if not aliases:
        return None
    named = re.compile(rf"\b(?:(\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{'|'.join(_ORDINAL_WORDS)}))\s+"
                       rf"(?:(?:annual|ordinary|extraordinary)\s+)?(?:session\s+of\s+(?:the\s+)?)?"
                       rf"(?:{'|'.join(re.escape(a) for a in aliases)})", re.I)
    found = {int(m[1]) if m[1] else _ORDINAL_WORDS[m["word"].lower()] for s in ev.evidence
             for m in named.finditer(s.text)}
    return found.pop() if len(found) == 1 else None


def _leaders_in_city(ev: ArticleEvent) -> bool:
    """Two or more people named meeting in a city on a weekday ("held in Osaka on Saturday"): the city's summit
    held on that weekday while they were in office, if there is exactly one, says which week. Not a capital:
    capitals receive visits every week."""
    loc = ev.location
    return (loc is not None and loc.kind == "city" and len(ev.participants) >= 2
            and loc.name not in {fold(c.capital) for c in load().countries if c.capital})  # capitals host visits


def _visited_capital(ev: ArticleEvent) -> bool:
    """The event's place is a country or its capital, which ministers visit in any week, summit or not."""
    loc = ev.location
    return loc is not None and (loc.kind == "country"
                                or loc.name in {fold(c.capital) for c in load().countries if c.capital})


def _summits_fitting(ev: ArticleEvent, win: Window, spec: DateSpec, weekday: int | None,
                     margin: timedelta) -> list:
    """The summits of the data that the event's series or place, people in office and date fit, its days
    widened by `margin` on each side."""
    hits = []
    for s in load().summits:
        if ev.series and s.series != ev.series:
            continue  # the summit named is the one
        if (ev.location or not ev.series) and not _same_place(ev, s, near=bool(ev.series)):
            continue  # and the place named is its place (with the summit named: in its country, as Woodside)
        if not (win.lo - RECENCY <= s.end and s.start <= win.hi + RECENCY):
            continue
        first, last = s.start - margin, s.end + margin
        if (ev.status == "held" and first > win.hi) or (ev.status == "planned" and last < win.lo):
            continue  # held: before the article was written; planned: after the earliest day it could be
        if not _month_day_fit(spec, first, last) or not in_office(ev.participants, s.start):
            continue
        if _elsewhere(ev.participants, s):
            continue
        lo_s, hi_s = _spec_lo(spec, s.year), _spec_hi(spec, s.year)
        if (lo_s and lo_s > last) or (hi_s and hi_s < first):
            continue  # "late September" is not a summit of Sept. 4-5
        if weekday is not None and not _weekdays_in(first, last, weekday):
            continue
        hits.append(s)
    return hits


def _elsewhere(names: list[str], s) -> bool:
    """Someone named whose trips of the data (data/visits.csv) put them in other countries on every day of the
    summit: not at it (Bush in Brussels and Goteborg on June 14-15, 2001, not at the SCO summit in Shanghai)."""
    if not s.city:
        return False  # a summit held online: attended from anywhere
    days = set(_days(s.start, s.end))
    for name in names:
        trips = [v for v in load().visits if v.leader == name and v.start <= s.end and s.start <= v.end]
        if trips and all(v.host != s.country for v in trips) and days <= {d for v in trips
                                                                          for d in _days(v.start, v.end)}:
            return True
    return False


WEEK = timedelta(days=7)


def from_visits(ev: ArticleEvent, win: Window) -> Dated | None:
    """A meeting abroad of a leader named: the one trip of the data (data/visits.csv) to the meeting's place, or to
    the country of the other side, whose days hold the month and day or the weekday the text gives; told by a day,
    week or month counted from the article ("at Mar-a-Lago earlier this month"), the one trip to the city named."""
    t = ev.timex
    if t is None or t.spec.year is not None:
        return None
    spec = t.spec
    relative = bool(spec.rel_unit) or spec.rel_offset is not None  # "earlier this month": at the trip's one city
    if relative and (ev.location is None or ev.location.kind == "country" or spec.rel_unit not in ("day", "week",
                                                                                                  "month")):
        return None
    if not relative and spec.month is None and spec.weekday is None:
        return None
    hits = []
    slack = WEEK if spec.month is None else RECENCY  # "on Friday" is told within the week after, a month later
    hosts = _hosts(ev)
    for v in load().visits:
        if v.leader in ev.participants and v.leader not in hosts and _visit_place_fits(ev, v) and \
                win.lo - slack <= v.end and v.start <= win.hi + slack:
            days = [d for d in _days(v.start, v.end) if (relative or _day_fits(spec, d))
                    and in_office(ev.participants, d)]
            if days:
                hits.append((v, days))
    days = _one_trip_each(hits)
    if not days or any(_another_trip_that_day(ev, spec, win, v) for v, _ in hits):
        return None  # no trip, or several of one leader: the year stays open
    v = hits[0][0]
    lo, hi = days[0], days[-1]
    value, prec = calendar_value(lo, hi)
    if spec.month is not None and spec.day is None and spec.weekday is None:
        value, prec = f"{lo.year:04d}-{spec.month:02d}", dates.precision(spec)  # "in October": the month it says
    place = ", ".join(v.cities) or v.host
    whose = f"{v.leader}'s visit" if len(hits) == 1 else f"the visits of {' and '.join(t.leader for t, _ in hits)}"
    reason = (f"year {lo.year} from {whose} to {v.host} ({v.start.strftime('%b')} {v.start.day}–"
              f"{v.end.strftime('%b')} {v.end.day}, {v.start.year}, {place}; {v.source})")
    return Dated(value, lo, hi, prec, reason, CONFIDENCE["visit"], "visit")


def _one_trip_each(hits: list) -> list[date]:
    """The days a meeting's trips agree on: one trip of one leader, or one trip of each of the leaders who met in a
    third country on days they were all there ("Trump and Kim Jong Un meet June 12 in Singapore"); none when one
    leader made two trips that fit (the year stays open)."""
    if not hits or len({v.leader for v, _ in hits}) != len(hits):
        return []
    common = set(hits[0][1]).intersection(*(set(d) for _, d in hits[1:]))
    return sorted(common)


_HOSTS = r"\s+(?:(?:will|to)\s+)?(?:hosts?|hosted|hosting|receives?|received|welcomes?|welcomed)\b"


def _hosts(ev: ArticleEvent) -> set[str]:
    """The people the meeting's sentences tell as its host ("German Chancellor Angela Merkel hosts French President
    Emmanuel Macron"): at home, not on a trip abroad."""
    out = set()
    for name, last in zip(ev.participants, _surnames(ev.participants), strict=True):
        if last and any(re.search(rf"\b{re.escape(last)}{_HOSTS}", s.text) for s in ev.evidence):
            out.add(name)
    return out


def _another_trip_that_day(ev: ArticleEvent, spec: DateSpec, win: Window, trip) -> bool:
    """A month and day told without a place that also fall within another trip abroad of one of the people, in
    another year ("Gist of Japan-China summit on Nov. 11": Abe in Beijing in 2014, or Abe and Xi at APEC in Da Nang
    in 2017): no one trip says which."""
    if ev.location is not None or spec.month is None or spec.day is None:
        return False
    for v in load().visits:
        if v.leader not in ev.participants or v.start.year == trip.start.year:
            continue
        try:
            d = date(v.start.year, spec.month, spec.day)
        except ValueError:
            continue
        if v.start <= d <= v.end and win.lo - RECENCY <= d <= win.hi + RECENCY and in_office(ev.participants, d):
            return True
    return False


def _visit_place_fits(ev: ArticleEvent, v) -> bool:
    """The meeting's place is one of the trip's cities or its country; with no place, another person named serves
    the host country, and the article is not told from another country ("BEIJING (AP) — ... The prince meets with
    Chinese President Xi Jinping later Friday" is no meeting of Xi's trip to Saudi Arabia)."""
    loc = ev.location
    if loc is None and ev.story_country and ev.story_country != v.host \
            and not any(_city_named(ev, c) for c in v.cities):
        return False  # (unless a sentence of the meeting names the trip's city: "Modi's stopover to Lahore")
    if loc is not None and loc.kind in ("city", "landmark") and loc.name in {fold(c) for c in v.cities} \
            and _host_met(ev, v):
        return True  # a town or site of the trip whose name the gazetteer files under another country or none
        # ("San Cristobal", Cuba's, for Fox's ranch in Mexico; Panmunjom), its host country's leader met there
    if loc is not None:
        return loc.name == v.host or (loc.country or loc.name) == v.host and (
            loc.kind == "country" or loc.name in {fold(c) for c in v.cities})
    return _host_met(ev, v)


def _host_met(ev: ArticleEvent, v) -> bool:
    """Someone else named at the meeting serves the trip's host country."""
    vocab = load()
    return any(n != v.leader and (p := vocab.person(n)) is not None and p.serves(v.host) for n in ev.participants)


def _days(lo: date, hi: date) -> list[date]:
    return [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]


def _day_fits(spec: DateSpec, d: date) -> bool:
    if spec.month is not None:
        if d.month != spec.month or (spec.day is not None and d.day != spec.day):
            return False
        lo, hi = _spec_lo(spec, d.year), _spec_hi(spec, d.year)  # "late October"
        return (lo is None or lo <= d) and (hi is None or d <= hi)
    return spec.weekday is None or d.weekday() == spec.weekday


def _weekdays_in(lo: date, hi: date, weekday: int) -> list[date]:
    return [lo + timedelta(days=i) for i in range((hi - lo).days + 1) if (lo + timedelta(days=i)).weekday() == weekday]


def _surnames(names: list[str]) -> list[str]:
    from .actors import index, surname

    people = index().by_name
    return [surname(people[n]) if n in people else n.split()[-1] for n in names]


def _city_named(ev: ArticleEvent, city: str | None) -> bool:
    """Whether the event's sentences name the summit's host city as a word ("in the northern Japanese resort of
    Toyako")."""
    if not city:
        return False
    said = [re.compile(rf"\b{re.escape(name)}\b") for name in _city_forms(city)]
    return any(p.search(fold(s.text)) for s in ev.evidence for p in said)


# the part of a French compound town's name that news gives alone: "Évian-les-Bains" is "Evian"
_COMPOUND_TOWN: Final = rx.compile(r"^([A-Z][a-z]{3,})-(?:les|sur|en|le|la)-")


def _city_forms(city: str) -> list[str]:
    """The ways news writes a summit's host city: as the data does, without its letters' marks ("Evian-les-Bains"),
    by the first part of a compound town's name ("Evian")."""
    flat = fold(city)
    short = _COMPOUND_TOWN.match(flat)
    return list(dict.fromkeys([flat, *([short[1]] if short else [])]))


def _same_place(ev: ArticleEvent, s, near: bool = False) -> bool:
    """Whether the event's place is the summit's city or country; `near`: or a place in its country other than its
    capital ("in Woodside" for APEC in San Francisco; not "fly to Berlin to meet before the G20" in Hamburg: a capital
    receives visits in any week)."""
    loc = ev.location
    if loc is None:
        return False
    if loc.name in (fold(s.city), s.country) or (loc.kind == "country" and (loc.country or loc.name) == s.country):
        return True
    return near and (loc.country or loc.name) == s.country and not (loc.kind == "city" and _visited_capital(ev))


def _month_day_fit(spec: DateSpec, start: date, end: date) -> bool:
    if spec.month is None:
        return True
    d = start
    while d <= end:
        if d.month == spec.month and (spec.day is None or d.day == spec.day):
            return True
        d += timedelta(days=1)
    return False


def _spec_lo(spec: DateSpec, year: int) -> date | None:
    v = dates.with_year(spec, year) if spec.month else None
    sp = span(v, spec) if v else None
    return sp[0] if sp else None


def _spec_hi(spec: DateSpec, year: int) -> date | None:
    v = dates.with_year(spec, year) if spec.month else None
    sp = span(v, spec) if v else None
    return sp[1] if sp else None


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


def _window_text(win: Window) -> str:
    lo = f"after {win.lo.isoformat()} ({'; '.join(win.why_lo)})" if win.why_lo else ""
    hi = f"before {win.hi.isoformat()} ({'; '.join(win.why_hi)})" if win.why_hi else ""
    return " and ".join(x for x in (lo, hi) if x) or "at an unknown time"


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


def _weekday_in_window(t: Timex, win: Window, direction: int) -> Dated | None:
    """"Monday" when the article's day is not known: every such weekday within a week of the window; the month or
    year that holds more than three quarters of them (not three Mondays of four)."""
    if direction <= 0 and (win.held_day_lo or win.from_events_lo) and win.lo.weekday() == t.spec.weekday:
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
                    going_on: Sequence[Summit] = ()) -> ArticleDates:
    """Dates of all the article's events; `given` holds dates learned from other articles."""
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
    day = _dateline_day(dateline, win.focus())
    if day is not None:
        why = f"dateline {day.strftime('%b')} {day.day}, in {day.year} as the article was written {_window_text(win)}"
        out = [d if d.basis in SETTLED else from_anchor(ev, day, why)
               for d, ev in zip(out, events, strict=True)]
        win = Window(day, day, [why], [why])
    out = [_reported(ev, d, win) or d for d, ev in zip(out, events, strict=True)]
    out = [noted(d, ev) if d.basis not in ("other_article",) else d for d, ev in zip(out, events, strict=True)]
    for d, ev in zip(out, events, strict=True):
        if not d.value and not d.reason.startswith("no date"):
            d.reason = _unresolved_reason(win, ev)
    for i, ev in enumerate(events):
        if ev.timex is None and not out[i].value:
            out[i].reason = "no date in the text"
    return ArticleDates(out, _anchor_text(win), win.why_lo[0] if day else _window_text(win), (win.lo, win.hi))


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
    if dateline is None or not win.bounded:
        return None
    days = []
    for y in range(win.lo.year, win.hi.year + 1):
        try:
            d = date(y, *dateline)
        except ValueError:
            continue
        if win.lo <= d <= win.hi:
            days.append(d)
    return days[0] if len(days) == 1 else None


def _explicit(ev: ArticleEvent) -> Dated | None:
    t = ev.timex
    if t is None or t.spec.year is None:
        return None
    value = t.value or dates.with_year(t.spec, t.spec.year)
    said = (f"year stated in the text ({describe(t)})" if str(t.spec.year) in t.text else
            f"year {t.spec.year} of the date told before it in the text ({describe(t)})") if t.text else \
        "the article's date" if t.spec.day is not None else "the month of the article's date"
    return dated(value, t.spec, said, "explicit")


def _narrow_by_events(win: Window, events: list[ArticleEvent], out: list[Dated], reports: list[Timex]) -> None:
    """Held meetings came before the article, planned ones after it. Dates told with their year narrow the window
    but say little of how recent the article is (news omits the year of recent dates), so only year-less ones
    anchor the recency prior."""
    for ev, d in zip(events, out, strict=True):
        if d.start is None or d.end is None or d.basis == "inferred":
            continue
        what = f"the {ev.type} of {describe(ev.timex) if ev.timex else d.value}"
        recent = d.basis != "explicit"
        pinned = _anchor_from_relative(ev.timex.spec, d.start, _direction(ev, ev.timex)) if ev.timex and (
            ev.timex.spec.weekday is None or d.start == d.end) else None  # "on Friday" of a known day only
        if pinned:
            win.narrow(pinned[0], pinned[1], f"{what} was {d.value}", event=True)
        if ev.status == "held" and ev.status_marked:
            win.narrow(d.start, None, f"{what} had been held", event=recent, told=True, held_day=d.start == d.end)
        elif ev.status == "planned":  # a plan is told within about a year before it, its year given or not
            win.narrow(None, d.end, f"{what} was still planned", event=recent or _plan_with_year(ev, d))
    _narrow_by_reports(win, reports)


def _narrow_by_reports(win: Window, reports: list[Timex]) -> None:
    """Past dates told with their year ("the November 2008 attacks"): the article was written after them."""
    for t in reports:
        if t.spec.year and t.value:
            sp = span(t.value, t.spec)
            if sp and sp[0].year <= win.hi.year:
                win.narrow(sp[0], None, f"{describe(t)} is told as past", told=True)


PLAN_SPAN = 200  # days: a part of a year told as to come with its year (a month, a quarter, a half) is near


def _narrow_by_plans(win: Window, plans: Sequence[Timex]) -> None:
    """A part of a year told as to come with its year ("as Germany prepares to preside over the EU council for the
    second half of 2020", "in March 2025"): the article was written before its end, and within a year before its
    start, as news tells of what is near (not a whole year or longer: "by 2030", "the 2028 Olympics"; not a day,
    "meet in Washington, November 7, 2022", which a caption tells in the present)."""
    for t in plans:
        sp = span(t.value, t.spec) if t.value else None
        if sp and t.spec.day is None and (sp[1] - sp[0]).days < PLAN_SPAN:  # (a day: a caption's present tense)
            win.narrow(sp[0] - RECENCY, sp[1], f"{describe(t)} is told as to come")


def _plan_with_year(ev: ArticleEvent, d: Dated) -> bool:
    """A plan for a month or part of a year told with its year ("talks in early 2018"): news announces meetings
    months ahead, not years (a plan for a whole year or later says less)."""
    return ev.status_marked and d.basis == "explicit" and d.start is not None and d.end is not None and (
        d.end - d.start).days < 200


def _anchor_from_relative(spec: DateSpec, start: date, direction: int = 0) -> tuple[date, date] | None:
    """"last month" said of a meeting known to be in February: the article was written in March; "on Friday"
    said of a summit known to have opened on Friday, May 19: the article was written within the week after."""
    unit, k = spec.rel_unit, spec.rel_offset
    if spec.weekday is not None and spec.month is None and unit is None and direction:
        return (start, start + timedelta(days=6)) if direction < 0 else (start - timedelta(days=6), start)
    if k is None or spec.weekday is not None:
        return None
    if unit == "day":
        day = start - timedelta(days=k)
        return day, day
    if unit == "week":
        monday = start - timedelta(days=start.weekday()) - timedelta(weeks=k)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        y, m = divmod(start.year * 12 + start.month - 1 - k, 12)
        return date(y, m + 1, 1), date(y, m + 1, calendar.monthrange(y, m + 1)[1])
    if unit == "year":
        return date(start.year - k, 1, 1), date(start.year - k, 12, 31)
    return None


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
