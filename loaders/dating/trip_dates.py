"""Dates from the trips data: the leader's trip abroad a meeting told without its year fits."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import dates
from ..dates import DateSpec
from ..meeting.article_events import ArticleEvent
from ..places import city_name
from ..vocab import load
from .date_values import CONFIDENCE, RECENCY, Dated, Window, calendar_value, in_office
from .summit_dates import _city_named, _day_fits, _days, _surnames

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
    if loc is not None and loc.kind in ("city", "landmark") and loc.name in {city_name(c) for c in v.cities} \
            and _host_met(ev, v):
        return True  # a town or site of the trip whose name the gazetteer files under another country or none
        # ("San Cristobal", Cuba's, for Fox's ranch in Mexico; Panmunjom), its host country's leader met there
    if loc is not None:
        return loc.name == v.host or (loc.country or loc.name) == v.host and (
            loc.kind == "country" or loc.name in {city_name(c) for c in v.cities})
    return _host_met(ev, v)


def _host_met(ev: ArticleEvent, v) -> bool:
    """Someone else named at the meeting serves the trip's host country."""
    vocab = load()
    return any(n != v.leader and (p := vocab.person(n)) is not None and p.serves(v.host) for n in ev.participants)
