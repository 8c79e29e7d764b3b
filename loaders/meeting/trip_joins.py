"""Trips, arrivals and tours joined to the talks they are of, or set apart from them."""

from __future__ import annotations

import re
from typing import Final

from .. import actors
from .. import regexes as rx
from ..mention.merging import places_compatible
from ..mention.record import VISIT_WORDS
from .article_events import ArticleEvent
from .compatible import _compatible, _dates_compatible, _join
from .same_meeting import RECENT, _talks_besides
from .told_as import _arrival, _country_of, _day_of, _earlier_one, _trip_only


def _stop_in_another_city(ev: ArticleEvent, events: list[ArticleEvent]) -> bool:
    """"Prachanda will visit Ujjain and Indore on Friday" after his talks with Modi in New Delhi: a visit of the
    guest alone to another city of the country where the same people met (talks told of both, before) is a stop of
    the trip, no meeting."""
    where = ev.location
    if where is None or where.kind != "city" or where.country is None or not ev.participants:
        return False
    if not all(m.trigger.lower() in VISIT_WORDS and len({p.person for p in m.people}) == 1
               and all(p.country not in (None, where.country) for p in m.people) for m in ev.mentions):
        return False
    first = min(m.start for m in ev.mentions)
    return any(old is not ev and set(old.participants) == set(ev.participants) and old.location is not None
               and max(m.start for m in old.mentions) < first
               and old.location.kind == "city" and old.location.country == where.country
               and old.location.name != where.name
               and any(len({p.person for p in m.people}) >= 2 and m.trigger.lower() not in VISIT_WORDS
                       for m in old.mentions) for old in events)


def _absorb_unpeopled(events: list[ArticleEvent]) -> None:
    """"Prime Minister makes unannounced visit to Amman" under a title: the meeting the body tells of there with its
    people, not another one of no one (its mentions join that meeting's; its place and date change nothing); so is
    "Qatar's foreign minister held talks with the prime minister of Afghanistan in Kabul on Sunday" beside the talks
    of that Sunday told with their people and no place (its place is theirs). The trip's date is kept for the meeting
    if it has none of its own in the end (date_by_trip)."""
    for ev in [ev for ev in events if (ev.type == "other" or _trip_only(ev)) and not ev.participants
               and not any(m.before for m in ev.mentions)]:  # ("followed talks held in January": talks before)
        country = _country_of(ev.location)
        if country is None:
            continue
        into = next((old for old in events if old is not ev and ((
            old.participants and old.type != "other"
            and (old.location is not None or _day_of(old) is not None and _day_of(old) == _day_of(ev))
            and country in old.countries and set(ev.countries) <= set(old.countries) and _compatible(old, ev))
            if ev.type == "other" else _trip_of(ev, old, country))), None)
        if into is not None:
            into.mentions += ev.mentions
            into.location = into.location or ev.location
            if ev.timex is not None and into.status == ev.status:
                into.trip_timex = ev.timex  # "This week I will travel to Samoa" ... "In Samoa, he will meet ..."
            events.remove(ev)


def _trip_of(trip: ArticleEvent, old: ArticleEvent, country: str) -> bool:
    """"Turkey's foreign minister will pay an official visit to Pakistan", "during the China visit on July 23 and 24":
    a trip of no one named, to a country of talks told with their people there, on their day or undated, in their
    tense, is the visit of those talks."""
    return (bool(old.participants) and not _trip_only(old) and country in old.countries
            and old.status == trip.status and places_compatible(old.location, trip.location)
            and (trip.timex is None or (_day_of(old) is not None and _day_of(old) == _day_of(trip))))


def _arrival_only(ev: ArticleEvent) -> bool:
    return all(_arrival(m) for m in ev.mentions)


def _join_arrival(target: ArticleEvent, ev: ArticleEvent) -> None:
    """An arrival and its talks joined: the talks' day, level and tense, not the arrival's."""
    talks = ev if _arrival_only(target) else target
    day, kind, status = talks.timex, talks.type, (talks.status, talks.status_marked)
    guessed = _host_guessed_other(target if talks is ev else ev, talks)
    _join(target, ev)
    if guessed is not None:  # the host the talks name, not the one guessed for the arrival
        target.participants = [p for p in target.participants if p != guessed]
    target.timex, target.type = day or target.timex, target.type if kind == "other" else kind
    if status[1] and not any(x.definite for x in talks.mentions):  # not "prior to the planned meeting"
        target.status, target.status_marked = status  # "arrived on Thursday ... will meet X on Friday": planned


def _visit_of_arrival(ev: ArticleEvent, events: list[ArticleEvent]) -> ArticleEvent | None:
    """An arrival and the talks of the same people ("Ramaphosa arrived in Uganda yesterday for an official visit",
    "Museveni and Ramaphosa have today met"), whichever is told first: one visit, on the talks' day; the talks may
    be ahead ("arrived in Colombo on Thursday ... will meet Gunawardena on Friday"), and the arrival may name only
    the visitor or no one ("China's foreign minister arrived in Pyongyang")."""
    if ev.timex is not None and ev.timex.spec.month is not None:
        return None  # days a calendar names ("on April 27") are those of other meetings
    return next((old for old in reversed(events) if _arrival_only(old) != _arrival_only(ev)
                 and _arrival_of_talks(*((old, ev) if _arrival_only(old) else (ev, old)))
                 and places_compatible(old.location, ev.location)
                 and (old.timex is None or old.timex.spec.month is None)
                 and ev.mentions[0].start - old.mentions[-1].end <= 2 * RECENT), None)


def _arrival_of_talks(arrival: ArticleEvent, talks: ArticleEvent) -> bool:
    """The arrival of someone of the talks: the same people, the visitor alone, or no one named (then at the
    talks' place); the talks held after a held arrival, or ahead of it."""
    if len(talks.participants) < 2 or not (arrival.status == talks.status or arrival.status == "held"):
        return False
    if arrival.series and not talks.series and any(_talks_besides(talks, m) for m in talks.mentions):
        return False  # "has arrived in Minsk to take part in a meeting of the Supreme State Council ... In addition,
        # the Russian leader and Lukashenko also plan to hold talks": not the meeting he came to
    if set(arrival.participants) == set(talks.participants):
        return arrival.type == talks.type
    if len(arrival.participants) == 1:
        return arrival.participants[0] in talks.participants
    if _host_guessed_other(arrival, talks) is not None:
        return arrival.type == talks.type
    return not arrival.participants and arrival.location is not None and talks.location is not None


def _host_guessed_other(arrival: ArticleEvent, talks: ArticleEvent) -> str | None:
    """"Rouhani arrived in Baghdad on Monday", then "Rouhani was received by Iraqi President Barham Salih ... where the
    two leaders held talks": the arrival told of the visitor alone, its host filled in by a guess (the article's
    leader of the country most told, here Prime Minister Abdul-Mahdi, whom "Rouhani later met"), and talks of the
    visitor with another person of the host's country: the host guessed, whom the talks show to be another."""
    told = {p.person for m in arrival.mentions for p in m.people}
    guessed = [p for p in arrival.participants if p not in told]
    if len(guessed) != 1 or len(arrival.participants) != 2 or guessed[0] in talks.participants:
        return None
    visitor = next(p for p in arrival.participants if p != guessed[0])
    people = actors.index().by_name
    country = people[guessed[0]].country if guessed[0] in people else None
    others = [p for p in talks.participants if p != visitor]
    hosts = [p for p in others if p in people and people[p].country == country]
    return guessed[0] if visitor in talks.participants and country and len(others) == 1 and hosts else None


# leaders told as a count or a kind, not by name: "to host African leaders", "to meet with two African leaders"
_LEADERS_UNNAMED: Final = rx.compile(
    r"\s+(?:with\s+)?(?:(?:two|three|four|five|six|several|some|a\s+number\s+of|a\s+group\s+of)\s+)?"
    r"(?:[A-Z][a-z]+(?:n|an|ese|ish|i)\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents)\b"
    r"(?!\s+(?:of|from)\b)", re.I)  # (not "leaders of Nigeria and Gabon": those are named)


def _umbrella(ev: ArticleEvent, events: list[ArticleEvent]) -> bool:
    """"Obama is set to meet with two African leaders next week" beside "Obama will meet Nigerian President Goodluck
    Jonathan on Wednesday" and "On Thursday, Obama will meet with Gabon's President Ali Bongo": the meetings told
    by name are those leaders'; the count of them is no meeting of its own."""
    if len(ev.participants) != 1 or ev.guests or not all(
            _LEADERS_UNNAMED.match(m.sentence.text, m.end - m.sentence.start) for m in ev.mentions):
        return False
    host = ev.participants[0]
    named = [o for o in events if o is not ev and host in o.participants and len(o.participants) >= 2
             and (o.status == ev.status or not ev.status_marked)]  # (a headline's tense is weak)
    return len(named) >= 2


_TOLD_BACK: Final = rx.compile(r"\b(?:the|this|that|his|her|their)\s+$", re.I)  # "The trip, during which ..."
TRIP_DAYS: Final = 3  # days after an arrival that its talks may be told on ("arrived on Monday", "talks on Tuesday")


def _visit_and_talks(trip: ArticleEvent, talks: ArticleEvent, ctx_countries: dict[str, str | None]) -> bool:
    """The trip of people of the talks to the talks' country, on a day that can be theirs: one visit."""
    where = _country_of(trip.location)
    there = _country_of(talks.location)
    arrived = any(_arrival(m) for m in trip.mentions)
    same = (trip.timex is None and len(trip.participants) >= 2  # "The trip, during which Fernandes would visit ...":
            and set(trip.participants) == set(talks.participants)  # the trip of the talks' people told back, no place
            and any(_TOLD_BACK.search(m.sentence.text, 0, m.start - m.sentence.start) for m in trip.mentions)
            and not any(_ANOTHER_TIME.search(m.sentence.text) for m in trip.mentions))  # (not "a reciprocal visit")
    if (where and there and where != there) or ((where is None or there is None) and not (arrived or same)):
        return False  # (a trip told of elsewhere in the story, "went to Jakarta for the inauguration", is its own)
    cities = {x.name for x in (trip.location, *(m.place for m in trip.mentions)) if x is not None and x.kind == "city"}
    if talks.location is not None and talks.location.kind != "country" and cities - {talks.location.name}:
        return False  # "Lula arrived in Shanghai on Wednesday" after his talks in Beijing: another stop of the trip
    if any(_earlier_one(m, talks) for m in talks.mentions):
        return False  # not "The two leaders last met in June"
    if trip.participants and talks.participants and not set(trip.participants) <= set(talks.participants):
        return False  # (not "Lula's trip to Buenos Aires" to meet Fernandez into the summit he attends there)
    if not trip.participants or not talks.participants:
        visitors = {ctx_countries.get(p) for p in trip.participants}
        told = {*talks.countries, *talks.named, *talks.sides}
        if talks.participants or not where or not {where, *visitors} - {None} <= told:
            return False  # "China's foreign minister arrived in Pyongyang", "a meeting of the two delegations"
    if trip.timex is None or talks.timex is None:  # a trip or talks told with their year are of their own
        one = trip.timex or talks.timex
        return one is None or one.spec.year is None
    if trip.timex.spec.year is not None:
        return False
    a, b = _day_of(trip), _day_of(talks)
    if a is not None and b is not None:
        return 0 <= (b - a).days <= TRIP_DAYS
    va, vb = trip.timex.value or "", talks.timex.value or ""
    n = min(len(va), len(vb), 7)
    if n >= 4 and va[:n] != vb[:n] and "W" not in va + vb:
        return False  # ("your visit to Beijing next year" said at the talks in Beijing)
    return _dates_compatible(trip.timex, talks.timex)


def join_visits(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """"Wang Yi arrives in Kathmandu" ... "A bilateral meeting ... is scheduled tomorrow", "Muttaqi arrived in India on
    Thursday" ... "He is scheduled to meet Jaishankar on Friday": a trip the article tells only as arrivals and visits
    is the visit of the talks told with the visitor in that country, their first told (their day, level and tense;
    the trip's day when they have none); not an earlier trip ("his last visit to Islamabad")."""
    countries: dict[str, str | None] = {}
    for ev in events:
        for m in ev.mentions:
            for p in m.people:
                countries.setdefault(p.person, p.country)
    gone: set[int] = set()
    for trip in events:
        if not _trip_only(trip) or any(_earlier_one(m, trip) for m in trip.mentions):
            continue
        target = next((t for t in events if t is not trip and id(t) not in gone and not _trip_only(t)
                       and t.cancelled == trip.cancelled  # (not a summit called off years before the visit told)
                       and not (trip.series and not t.series and any(_talks_besides(t, m) for m in t.mentions))
                       and _visit_and_talks(trip, t, countries)), None)
        if target is None:
            continue
        target.mentions = sorted([*target.mentions, *trip.mentions], key=lambda m: m.start)
        target.trips += trip.mentions
        if target.timex is None and trip.timex is not None and (
                target.status == trip.status or trip.timex.spec.weekday is None):
            target.timex = trip.timex  # (not "arrived on Wednesday" as the day of talks ahead: a weekday looks back)
        target.location = target.location or trip.location
        if not target.participants:  # "a meeting of the two delegations" after "Wang Yi arrived in Nepal": his
            target.participants = list(trip.participants)
        gone.add(id(trip))
    return [ev for ev in events if id(ev) not in gone]


_ANOTHER_TIME: Final = rx.compile(r"\b(?:again|next|another|return|reciprocal|future|invit\w*|later\s+this)\b", re.I)
