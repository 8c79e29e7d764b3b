"""Dates from the summits data: the summit a meeting told without its year fits, in the window."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from .. import dates
from .. import regexes as rx
from ..dates import DateSpec
from ..meeting.article_events import ArticleEvent
from ..places import city_name, fold
from ..vocab import load
from .date_values import CONFIDENCE, RECENCY, SIDELINES, Dated, Window, calendar_value, in_office, span
from .written_window import _ORDINAL_WORDS


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
        day_told = spec.rel_unit == "year" and spec.month is not None  # "on Nov. 13 last year": that day of it
        spec = DateSpec(month=spec.month, day=spec.day) if day_told else DateSpec()  # "last month at the Munich
        # Security Conference": the conference says when
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
    eve = _day_before(ev) if len(hits) == 1 and spec.month is None and weekday is None else None
    if eve is not None:  # "held a bilateral meeting ..., a day before the G7 leaders' summit kicks off in Hiroshima"
        lo = hi = hits[0].start - timedelta(days=1)
    v, prec = calendar_value(lo, hi)
    names = ", ".join(sorted({s.name for s in hits}))
    reason = f"year {years[0]} from the {names} ({hits[0].start.strftime('%b')} {hits[0].start.day}–"\
             f"{hits[-1].end.day}, {hits[0].city or hits[0].country}; {hits[0].source})"
    if eve is not None:
        reason = f"the day before the summit ('{eve}'): {lo.isoformat()}; " + reason
    if ev.participants:
        reason += f", with {' and '.join(_surnames(ev.participants))} in office"
    prec = prec if t is None or prec == "day" else dates.precision(spec)
    return Dated(v, lo, hi, prec, reason, CONFIDENCE["summit"], "summit")


# a meeting told as held on the day before a summit: "a day before the G7 leaders' summit kicks off in Hiroshima",
# "on the eve of the BRICS summit in Johannesburg", "the day before the summit"
_DAY_BEFORE: Final = rx.compile(r"\b(?:(?:a|one|the)\s+day\s+(?:before|ahead\s+of)|on\s+the\s+eve\s+of)\s+"
                                r"(?:the\s+|this\s+(?:year|week)['’]s\s+)?(?:[\w'’-]+\s+){0,4}?"
                                r"(?:summit|meeting|forum|conference)\b", re.I)


def _day_before(ev: ArticleEvent) -> str | None:
    """The words that put a meeting told without its own day on the day before the summit it names."""
    for m in ev.mentions:
        if (found := _DAY_BEFORE.search(m.sentence.text)) is not None:
            return found.group()
    return None


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
            and loc.name not in {city_name(c.capital) for c in load().countries if c.capital})  # capitals host visits


def _visited_capital(ev: ArticleEvent) -> bool:
    """The event's place is a country or its capital, which ministers visit in any week, summit or not."""
    loc = ev.location
    return loc is not None and (loc.kind == "country"
                                or loc.name in {city_name(c.capital) for c in load().countries if c.capital})


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
    return _in_the_city_named(ev, hits)


def _in_the_city_named(ev: ArticleEvent, hits: list) -> list:
    """The summits held in the very city the event names, when some are: "in Khabarovsk" is the EU-Russia summit of
    Khabarovsk, not one held in another Russian city (a town near the host city, "in Woodside" for APEC in San
    Francisco, only where no summit was held in the town named)."""
    loc = ev.location
    if loc is None or loc.kind != "city":
        return hits
    return [s for s in hits if city_name(s.city) == loc.name] or hits


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
    from ..actors import index, surname

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
    if loc.name in (city_name(s.city), s.country) or (loc.kind == "country" and (loc.country or loc.name) == s.country):
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
