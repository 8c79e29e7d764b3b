"""Dates from the publication date: the meeting's date told relative to it, a weekday, a summit near it."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Final

from .. import dates
from .. import regexes as rx
from ..dates import DateSpec
from ..meeting.article_events import ArticleEvent
from ..vocab import load
from .date_values import CONFIDENCE, WEEKDAYS, Dated, Window, _direction, _explicit, dated, describe, in_office, span
from .summit_dates import _day_before, _same_place, from_summits

# ---------------------------------------------------------------- with a publication date

def from_anchor(ev: ArticleEvent, anchor: date, why: str, events: list[ArticleEvent] | None = None) -> Dated:
    t = ev.timex
    if t is None:
        dated_too = [o for o in events or [] if o.timex is not None and set(o.participants) == set(ev.participants)]
        if dated_too and (ev.status != "held" or any(o.status != "planned" for o in dated_too)):
            return Dated(reason="no date in the text")  # the same people's meeting, dated otherwise
        return (_summit_day(ev, anchor) or _series_near(ev, anchor, why)
                or (None if dated_too else _held_by_anchor(ev, anchor, why))) or Dated(reason="no date in the text")
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
    value = (_nearest(t.spec, anchor) if direction == 0 else None) or dates.resolve(t.spec, anchor, direction)
    if direction > 0 and t.spec.day is not None and (far := _far_day(t.spec, anchor, value)) is not None:
        return dated(far, t.spec, f"{describe(t)} nearest to the article's date {anchor.isoformat()} ({why}): told as "
                     f"planned, but {value} is most of a year after it, and news tells a plan so far off with its "
                     f"year", "published")
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


def _nearest(spec: DateSpec, anchor: date) -> str | None:
    """A month (and day) told with no year and no tense ("Combined with Fukuda's visit to China in December, the
    ..." in an article of May 2008): the one nearest the article's date, last December rather than the one seven
    months on (TimeML's reading, the article's own year, is the tagger's)."""
    if (spec.month is None or spec.year is not None or spec.weekday is not None or spec.rel_offset is not None
            or spec.rel_unit or spec.ref):
        return None
    best: tuple[int, int, str] | None = None
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):  # the article's own year wins a tie
        v = dates.with_year(spec, year)
        sp = span(v, spec) if v else None
        if v is None or sp is None:
            continue
        gap = max((sp[0] - anchor).days, (anchor - sp[1]).days, 0)
        if best is None or gap < best[0]:
            best = (gap, year, v)
    return best[2] if best else None


FAR_DAY = 300  # days: a plan's month and day told without a year this far after the article's date


def _far_day(spec: DateSpec, anchor: date, value: str | None) -> str | None:
    """A month and day told without a year as planned most of a year after the article's date ("'June 6' in an
    article of July 18", "'26 May' in one of June 12"): news tells a plan that far off with its year, so the tense
    was misread (a past told in the present, a plan reported after it); the day nearest the article's date. (A held
    day most of a year back is news: "Lula met Fernández on Jan. 23" in a review of the year in December.)"""
    if (value is None or spec.month is None or spec.weekday is not None or spec.year is not None
            or spec.rel_offset is not None or spec.rel_unit):
        return None
    sp = span(value, spec)
    if sp is None or abs((sp[0] - anchor).days) <= FAR_DAY:
        return None
    return _nearest(spec, anchor)


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


# a meeting beside a summit, not the summit's own: its day is one of the summit's days, the text does not say which
_ASIDE_OF_SUMMIT: Final = rx.compile(r"\b(?:sidelines|margins|fringes|on\s+the\s+eve|ahead\s+of|before|after|"
                                     r"following|during|bilateral)\b", re.I)
SERIES_REACH = timedelta(days=62)  # an undated meeting told with a summit of many is of that summit's month


def _series_near(ev: ArticleEvent, anchor: date, why: str) -> Dated | None:
    """A meeting planned without a date but with a recurring summit ("to meet before the G20", "on the sidelines of
    APEC") is of the month of that summit's next meeting after the article's date, if one is within two months; one
    held at such a summit, of the month of its last meeting (at the place told) within two months before."""
    if ev.series is None or ev.status not in ("planned", "held"):
        return None
    eve = _day_before(ev)  # "met Meloni, a day before the G7 summit kicks off in Hiroshima": written on its eve
    if ev.status == "planned":
        near = [s for s in load().summits if s.series == ev.series and anchor <= s.end <= anchor + SERIES_REACH]
    else:  # "At the NATO Summit in Madrid, Yoon, Biden and Kishida held their first meeting": the one just held
        near = [s for s in load().summits if s.series == ev.series
                and s.start - timedelta(days=1 if eve else 0) <= anchor <= s.end + SERIES_REACH
                and (ev.location is None or _same_place(ev, s, near=True))]
    if len(near) != 1:
        return None
    s = near[0]
    if eve is not None:
        day = s.start - timedelta(days=1)
        reason = (f"the day before the {s.name} ('{eve}'; {s.start.isoformat()}–{s.end.isoformat()}; {s.source}), "
                  f"the {s.series} summit {'next' if ev.status == 'planned' else 'just held'} from the article's "
                  f"date {anchor.isoformat()} ({why})")
        return Dated(day.isoformat(), day, day, "day", reason, CONFIDENCE["summit"], "summit")
    if s.start <= anchor <= s.end and not any(_ASIDE_OF_SUMMIT.search(m.sentence.text) for m in ev.mentions):
        # "Putin arrives in Minsk to take part in Union State Supreme State Council meeting": the summit itself
        reason = (f"the first day of the {s.name} ({s.start.isoformat()}–{s.end.isoformat()}; {s.source}), under way "
                  f"on the article's date {anchor.isoformat()} ({why})")
        return Dated(s.start.isoformat(), s.start, s.start, "day", reason, CONFIDENCE["summit"], "summit")
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
