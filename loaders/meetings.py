"""Gather the meeting mentions of one article into its events: type, status, participants, place."""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from . import actors, places
from . import regexes as rx
from .dates import DateSpec, Timex, precision, span
from .mentions import (
    HEAD_ROLES,
    MINISTER_ROLES,
    SEMI_ON,
    UNKNOWN_ITEM,
    VISIT_WORDS,
    Mention,
    better_date,
    better_place,
    clause,
    day_decided,
    day_left,
    day_took_office,
    including_at,
    including_list,
    month_of,
    occasion_between,
    pair_before,
    patterns,
    places_compatible,
    statement_date,
)
from .sentences import Sentence
from .vocab import load as vocab_load


@dataclass
class ArticleEvent:
    """A meeting of one article with all its mentions."""

    mentions: list[Mention]
    type: str
    status: str
    participants: list[str]
    countries: list[str]
    location: places.Place | None
    timex: Timex | None
    series: str | None
    status_marked: bool
    status_weak: bool = False
    date_note: str = ""  # how the date was found when not by the meeting's own words
    sides: list[str] = field(default_factory=list)  # the countries that meet, when they are known
    named: list[str] = field(default_factory=list)  # countries the text itself names for it (people, places)
    extra_days: int = 0  # days the meeting lasts beyond its date ("May 4-5": 1)
    guests: list[str] = field(default_factory=list)  # of separate meetings: everyone met one by one
    aside: bool = False  # one of a leader's meetings on a summit's sidelines: on the day the article tells
    offices: list[str] = field(default_factory=list)  # roles told without names ("his Indian counterpart")
    untold_subject: bool = False  # "The Prime Minister met President Duda": the one who met is told by office only
    absent: set[str] = field(default_factory=set)  # people told as missing from it ("in the absence of X")
    reported: bool = False  # held, what the article is about, told without a date: by the time it was written
    trips: list[Mention] = field(default_factory=list)  # arrivals and visits folded in (join_visits): not its main
    trip_timex: Timex | None = None  # the date of a trip of no one named folded in (_absorb_unpeopled): date_by_trip
    story_country: str | None = None  # the country of the article's dateline ("BEIJING (AP) —"): where it is told

    @property
    def cancelled(self) -> bool:
        """Told as called off, cancelled or scrapped: it did not take place."""
        return any(m.cancelled for m in self.mentions)

    @property
    def evidence(self) -> list[Sentence]:
        seen: dict[int, Sentence] = {}
        for m in self.mentions:
            seen.setdefault(m.sentence.start, m.sentence)
        return sorted(seen.values(), key=lambda s: s.start)

    @property
    def main_sentence(self) -> Sentence:
        """The sentence that tells most of it: the body's first, unless only the headline gives its date."""
        if any(m.headline and self.timex is not None and m.timex is self.timex for m in self.mentions):
            return self.evidence[0]
        folded = {id(m) for m in self.trips}
        body = [m.sentence for m in self.mentions if not m.headline and id(m) not in folded] or [
            m.sentence for m in self.mentions if not m.headline]
        if any(m.headline for m in self.mentions):  # the headline tells it: a subtitle's line under it is not
            body = [s for s in body if len(s.text.split()) >= LEDE_WORDS and s.text.rstrip()[-1:] in _STOPS] or body
        return min(body, key=lambda s: s.start) if body else self.evidence[0]


# ---------------------------------------------------------------- one article

BILATERAL_SHARE = 0.75  # a story is bilateral when two countries hold this share of the people it names


@dataclass
class Context:
    """What the whole article says about its people: roles and the leaders of each country."""

    roles: dict[str, str]  # person -> role
    countries: dict[str, str | None]  # person -> country
    order: list[str]  # people by number of mentions, most first

    def holders(self, roles: tuple[str, ...], country: str | None = None) -> list[str]:
        return [p for p in self.order
                if self.roles.get(p) in roles and (country is None or self.countries.get(p) == country)]

    def main_countries(self) -> list[str]:
        """The two countries a bilateral story is about; none when the story is about many (a G7 summit)."""
        counts = Counter(c for p in self.order for c in [self.countries.get(p)] if c)
        top = counts.most_common(2)
        if sum(n for _, n in top) < BILATERAL_SHARE * sum(counts.values()):
            return []
        return [c for c, _ in top]


def context(people: list[actors.Mention]) -> Context:
    counts = Counter(m.person for m in people if not (m.role or "").startswith("former_"))
    roles: dict[str, str] = {}
    countries: dict[str, str | None] = {}
    for m in people:
        if (m.role or "").startswith("former_"):
            continue
        if m.titled or m.person not in roles:
            if m.role and (m.titled or m.person not in roles) and not (
                    m.role == "official" and roles.get(m.person) not in (None, "official")):
                roles[m.person] = m.role  # not "Senator Wong" over "Foreign Minister Penny Wong": the office stays
        countries.setdefault(m.person, m.country)
    for m in people:  # a former office holder meets people too ("met former Foreign Minister Nguyen Dy Nien")
        if (m.role or "").startswith("former_") and m.person not in roles:
            roles[m.person] = m.role or ""
            countries.setdefault(m.person, m.country)
    return Context(roles, countries, [p for p, _ in counts.most_common()])


def gather(mentions: list[Mention], ctx: Context) -> list[ArticleEvent]:
    """The article's events: mentions of the same meeting joined, general talk and lone words dropped."""
    events: list[ArticleEvent] = []
    main = ctx.main_countries() if mentions else []
    pairs: list[tuple[int, list[str]]] = []  # where people of two countries were last told of meeting, and who
    alone: ArticleEvent | None = None  # the last meeting told that does not stand alone (a host and no guest told)
    aside = -ASIDE_REACH - 1  # where a sentence last told of a summit's sidelines or of bilateral meetings
    for m in mentions:
        if m.headline:
            continue
        if _visit_opener(m, mentions, events):  # "During the visit, A met B": the visit told, not with B
            m.people = [p for p in m.people if p.start < m.end]
        if m.series or _ASIDE.search(m.sentence.text):
            aside = m.sentence.end
        each = _one_by_one(m, pairs) or _bilaterals(m, ctx) or _listed_next(m)
        listed = [] if each else _listed_guests(m, ctx, aside)
        if each or listed:
            for ev in (_with_guest(m, hosts, guest, ctx, main) for hosts, guest in each or listed):
                ev.guests = sorted({guest for _, guest in each or listed})
                ev.aside = bool(listed or m.listed)
                target = next((old for old in events if set(old.participants) == set(ev.participants)
                               and set(old.sides) == set(ev.sides) and _compatible(old, ev)
                               and not (old.series and not ev.series)), None)  # not the summit the host came to
                if target is not None:
                    _join(target, ev)
                elif _stands_alone(ev, ev.mentions[0]):
                    events.append(ev)
            continue
        ev = _as_event(m, ctx, main, _antecedents(m, pairs, ctx))
        if len({ctx.countries.get(p) for p in ev.participants} - {None}) >= 2:
            pairs.append((m.end, ev.participants))
        arrival = _arrival_only(ev)  # an arrival is of the talks told around it, before another event of its day
        target = ((arrival and _visit_of_arrival(ev, events)) or _same_event(ev, m, events)
                  or _visit_of_arrival(ev, events) or _same_event_of_a_side(ev, m, events))
        if target is not None and (_arrival_only(target) != arrival):
            _join_arrival(target, ev)
        elif target is not None:
            took_place = _plan_took_place(target, ev, m)
            _join(target, ev)
            if took_place and target.timex is ev.timex:
                target.status, target.status_marked = ev.status, True  # the plan told before took place
        elif _stands_alone(ev, m) or (_sides_of_the_format(ev, m, events) and _stands_alone(ev, m)):
            events.append(ev)
        elif alone is not None and _confirms_attendance(m, alone):
            _join(alone, ev)  # "Borrell will host a meeting ... Vucic and Kurti have confirmed their participation"
            if _stands_alone(alone, alone.mentions[0]):
                events.append(alone)
            alone = None
        elif events and _confirms_attendance(m, events[-1]):
            # the same of a meeting that stood alone ("a High-level Meeting of the Belgrade-Pristina Dialogue")
            _join(events[-1], ev)
        elif not m.vague:
            alone = ev
    for m in mentions:
        if m.headline:  # read after the body: a headline names the meeting the body tells of, if it can be that
            if not (m.status_marked or m.status_weak):  # a headline's present tense tells what took place,
                ahead = m.timex is not None and (m.timex.spec.rel_offset or 0) > 0  # unless "next month" says ahead
                m.status, m.status_weak = ("planned" if ahead else "held"), True
            each = _one_by_one(m, []) or _bilaterals(m, ctx)  # "PM held bilateral talks with A, B and C": each
            if each:
                _headline_round(m, each, events, ctx, main)
                continue
            ev = _as_event(m, ctx, main)
            target = next((old for old in events if (_compatible(old, ev, mind_status=False) or _unleveled(old)
                                                     and _compatible(ev, old, mind_status=False))
                           and (old.status == ev.status or not (old.status_marked or ev.status_marked))
                           and not (_told_as_last(old) and ev.timex is not None)), None)  # not "their last meeting"
            if target is not None:
                level = ev.type if _unleveled(target) else None
                _join(target, ev)
                target.type = level if level and level != "other" else target.type  # "Iranian Foreign Minister and
                # US envoy meet": the offices of the headline, the level the body's "Iran and the US held talks" lacks
            elif (ev.timex is not None or m.ongoing) and _stands_alone(ev, m):  # undated, it is one the body tells
                events.insert(0, ev)  # otherwise, unless under way as told ("Remarks by A and B Before Their Meeting")
    for m in mentions:  # "The meeting took place in the absence of ... Kagame": of the meeting just told
        if m.absent and m.definite and not any(m in ev.mentions for ev in events):
            told = [ev for ev in events if any(0 < m.start - x.start <= ANTECEDENT_REACH for x in ev.mentions)]
            if told:
                last = max(told, key=lambda ev: max(x.start for x in ev.mentions if x.start < m.start))
                last.absent |= {p.person for p in m.absent}
    _absorb_unpeopled(events)
    events[:] = [ev for ev in events if not _stop_in_another_city(ev, events)]
    events[:] = join_visits(events)
    events[:] = [ev for ev in events if not _umbrella(ev, events)]
    for ev in events:
        _drop_absent(ev, ctx)
    return [ev for ev in events if not ev.cancelled]


def _unleveled(ev: ArticleEvent) -> bool:
    """A meeting told by its countries alone, with no level: "Iran and the US held talks in Muscat"."""
    return ev.type == "other" and not ev.participants and len(set(ev.countries) | set(ev.sides)) >= 2


def _visit_opener(m: Mention, mentions: list[Mention], events: list[ArticleEvent]) -> bool:
    """"During the visit, Mohammed bin Salman met with Sheikh Mohammed bin Rashid": the visit word that opens the
    sentence points to the visit whose talks were told last, with their people; the meeting told after it with someone
    else is another one (a visit told of the visitor alone takes the talks told after it, and its talks told again
    with their people stay its own)."""
    s0 = m.sentence.start
    opener = _VISIT_OPENS.match(m.sentence.text)
    if opener is None or m.start - s0 >= opener.end() or not events:
        return False
    last = max(events, key=lambda e: max(x.start for x in e.mentions))
    after = {p.person for p in m.people if p.start >= s0 + opener.end()}
    return len(last.participants) >= 2 and bool(after - set(last.participants)) and any(
        x.sentence.start == s0 and x.start >= s0 + opener.end() for x in mentions)


def drop_tours(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """Events told only as a tour of countries listed ("will visit Belgium and France from October 19 to 24",
    "will travel to Italy and India"): no meeting of their own; the tour's meetings are told apart, and a tour that
    gives one of them its date or place has joined it before (_absorb_unpeopled, join_visits, talks_within_trip)."""
    # (with "the trip is part of the administration's effort": the tour told again, nothing of its own)
    return [ev for ev in events if not (any(m.tour for m in ev.mentions) and all(
        m.tour or ((m.pointed or m.definite) and m.timex is None and not m.people) for m in ev.mentions))]


def drop_told_bilaterals(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """Meetings of one host with several guests that are the host's bilaterals the article tells apart."""
    return [ev for ev in events if not _told_as_its_bilaterals(ev, events)]


def join_undated_twins(events: list[ArticleEvent], anchor: date | None = None) -> list[ArticleEvent]:
    """A meeting left without any date in the end, of the very people of another meeting the article tells, is that
    meeting told again ("ahead of a meeting at Hyderabad House", "In remarks before the meetings began", "The visit is
    expected to last a few hours" beside the talks held): not one told as the meeting before ("since their last
    meeting"), nor a meeting held beside a plan, nor a plan of another time ("extended an invitation for a state
    visit", "agreed to hold a second meeting") or of another summit ("on the sidelines of the G-20 in Toronto"). It
    joins a dated twin first, else an undated one in no other city ("Abe met Putin in Moscow ... Abe met Putin in
    Vladivostok": two meetings, each undated; a country told may be a side's, not the place)."""
    gone: set[int] = set()
    for ev in events:
        if ev.timex is not None or ev.trip_timex is not None or len(ev.participants) < 2 or _told_as_last(ev) \
                or any(_last_one(m) for m in ev.mentions):
            continue
        twins = [o for o in events if o is not ev and id(o) not in gone and _twin(ev, o, anchor)]
        into = next((o for o in twins if o.timex is not None),
                    next((o for o in twins if not _other_cities(ev.location, o.location)), None))
        if into is not None:
            into.mentions += ev.mentions
            gone.add(id(ev))
    return [ev for ev in events if id(ev) not in gone]


def _elsewhere(photo: ArticleEvent, ev: ArticleEvent) -> bool:
    """A caption told in another country than the meeting ("Khalilzad met Abdullah in Kabul" under his talks in
    Doha), its words not naming the meeting's place too (not "at Hyderabad House in New Delhi")."""
    ca, cb = _country_of(photo.location), _country_of(ev.location)
    if ca is None or cb is None or ca == cb or ev.location is None:
        return False
    return not any(ev.location.name.lower() in m.sentence.text.lower() for m in photo.mentions)


def _other_cities(a: places.Place | None, b: places.Place | None) -> bool:
    """Two cities told, not one ("Moscow" and "Vladivostok"; not "Delhi" and "New Delhi")."""
    return a is not None and b is not None and a.kind == b.kind == "city" and not places_compatible(a, b)


# a plan of a meeting at another time than the one told ("an invitation ... for a state visit", "a second meeting",
# "the forthcoming summit", "to set a date for", "agreed to hold regular summits"; not "next to the last day")
_ANOTHER_MEETING: Final = rx.compile(
    r"\b(?:invit\w*|second\s+(?:meeting|round|session)|next(?!\s+to\b)|another|future|forthcoming|upcoming|regular|"
    r"again|set\s+a\s+date|agreed\s+to\s+(?:hold|meet))\b", re.I)


def _twin(ev: ArticleEvent, old: ArticleEvent, anchor: date | None) -> bool:
    """Whether the undated meeting ev can be old told again: the same people, neither told as a meeting of another
    time, not a held meeting beside a plan, not a plan beside a meeting held on a day already past or at another
    summit."""
    if set(old.participants) != set(ev.participants) or any(_last_one(m) for m in old.mentions) or any(
            _ANOTHER_MEETING.search(m.sentence.text) for m in ev.mentions + old.mentions):
        return False
    day = _day_of(old)
    past = _plan_of_past(old, ev, anchor) or bool(anchor and day and (anchor - day).days > REPORTED_DAYS)
    return ev.status == old.status or (ev.status == "planned" and not past
                                       and not (ev.series and old.series and ev.series != old.series))


def _same_dates(a: ArticleEvent, b: ArticleEvent) -> bool:
    """Both dated, one date holding the other ("2017-11" and "2017-11-13")."""
    va, vb = (a.timex.value or "" if a.timex else ""), (b.timex.value or "" if b.timex else "")
    return bool(va[:4].isdigit() and vb[:4].isdigit()) and (va.startswith(vb[:10]) or vb.startswith(va[:10]))


def _told_as_its_bilaterals(ev: ArticleEvent, events: list[ArticleEvent]) -> bool:
    """"Modi held bilateral talks with Putin, Raisi, Erdogan and Mirziyoyev", "explained about PM Modi's meeting with
    Duterte and Trump" beside the meetings of Modi with each the article tells: those meetings told together, not a
    meeting of them all (one host, each guest met apart, on a day that can be theirs)."""
    parts = set(ev.participants)
    if len(parts) < 3:
        return False
    pairs = [o for o in events if o is not ev and len(o.participants) == 2 and set(o.participants) <= parts
             and o.type == ev.type and o.status == ev.status and _same_dates(o, ev)]
    hosts = set.intersection(*(set(o.participants) for o in pairs)) if len(pairs) >= 2 else set()
    if len(hosts) != 1 or set().union(*(set(o.participants) for o in pairs)) != parts:
        return False
    return not any(_TOGETHER.search(m.sentence.text) for m in ev.mentions) and any(
        {p.person for p in m.people if p.end <= m.start} <= hosts for m in ev.mentions)  # the host told first, the
    # guests after ("Modi held bilateral talks with Putin, Raisi, ..."; not "A, B and C held a trilateral meeting")


def _headline_round(m: Mention, each: list[tuple[list[str], str]], events: list[ArticleEvent], ctx: Context,
                    main: list[str]) -> None:
    """A headline's round of separate meetings ("Modi held bilateral talks with Putin, Raisi and Erdogan"): each of
    them joins the body's meeting of the same people, else stands as its own when dated, not one meeting of all."""
    for hosts, guest in each:
        ev = _with_guest(m, hosts, guest, ctx, main)
        target = next((old for old in events if set(old.participants) == set(ev.participants)
                       and set(old.sides) == set(ev.sides) and _compatible(old, ev, mind_status=False)), None)
        if target is not None:
            _join(target, ev)
        elif ev.timex is not None and _stands_alone(ev, m):
            events.insert(0, ev)


_ATTENDANCE: Final = rx.compile(r"\s+(?:their|his|her)\s+(?:participation|attendance|presence)\b")
ATTENDANCE_REACH: Final = 400  # characters: the meeting told in the sentence or two before


def _confirms_attendance(m: Mention, told: ArticleEvent) -> bool:
    """"Vucic and Kurti have confirmed their participation": the people of the meeting told just before."""
    return (m.kind == "joint" and _ATTENDANCE.match(m.sentence.text, m.end - m.sentence.start) is not None
            and 0 < m.start - told.mentions[-1].start <= ATTENDANCE_REACH)


def _drop_absent(ev: ArticleEvent, ctx: Context) -> None:
    """People told as missing from the meeting ("took place in the absence of the President of Rwanda, Paul
    Kagame") are no participants, nor is their country a side unless someone else of it took part."""
    absent = ev.absent | {p.person for m in ev.mentions for p in m.absent}
    absent -= {p.person for m in ev.mentions for p in m.people}
    if not absent:
        return
    ev.participants = [p for p in ev.participants if p not in absent]
    present = {ctx.countries.get(p) for p in ev.participants}
    gone = {ctx.countries.get(p) for p in absent} - present - {None}
    ev.countries = [c for c in ev.countries if c not in gone]
    ev.sides = [c for c in ev.sides if c not in gone]
    ev.named = [c for c in ev.named if c not in gone]


ANTECEDENT_REACH = 1500  # characters: "they", "the two men" speak of people told of this recently
_BETWEEN_THEM: Final = rx.compile(r"\s+(?:between|of)\s+(?:the\s+pair|the\s+two(?:\s+(?:men|women|leaders))?|them)\b",
                                  re.I)
_PLURAL: Final = rx.compile(  # "they", "the two men", "both leaders", "the two met": people, not "the two countries"
    r"\b(?:they|their\s+(?:(?:last|previous|first|latest|recent|earlier)\s+)?$|the\s+pair|"  # "their meeting in May"
    r"(?:the\s+two|both)(?:\s+(?:men|women|leaders|presidents|premiers|prime\s+ministers|"
    r"(?:foreign\s+)?ministers|diplomats|sides|heads|chiefs|envoys|counterparts)\b|(?=\s+(?:[a-z]+ly\s+)?"
    r"(?:had|have|has|met|will|would|held|were|are|agreed|also|last|then|later|again|first)\b)))", re.I)
# ("the two reportedly last met": an adverb between)


_SEPARATE: Final = rx.compile(r"\b(?:separate(?:ly)?|respectively)\b", re.I)
_NUMBERED: Final = rx.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$", re.I)
_LISTED: Final = rx.compile(r"(?:\s*\([^()]{1,40}\))?"  # "A (Djibouti), B (Mali) and C (Somalia)": each one's country
                            r"(?:,\s*|,?\s+and\s+(?:with\s+)?)(?:[\w.-]+\s+){0,4}")  # "A, B and with C", titles between
# "the Prime Minister of Australia, Anthony Albanese, of Japan, Fumio Kishida, and with the President of Indonesia, Joko
# Widodo": each name set off after its office
_APPOSED: Final = rx.compile(r",\s+(?:(?:[A-Z][\w.'’-]*|of|the|with|and|for|from|\([^)]*\))\s+){0,8}?"
                             r"(?:[A-Z][\w.'’-]*|\([^)]*\)),\s+(?:[A-Z][\w.'’-]*\s+){0,4}|"  # ", of Japan, "
                             r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+(?:and\s+)?(?:[\w.'’-]+\s+){0,4}|"
                             # ", Director-General of the World Health Organization "
                             r",\s+(?:and\s+)?(?:(?:[A-Z][\w.'’-]*|of|the|for)\s+){1,8}")


# an item of a list the clause says is of separate meetings: the guest's country, then the next one's title
# ("separate talks with Sultan A of Brunei, newly reelected Australian Prime Minister B and ...")
_SEPARATE_ITEM: Final = rx.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
                                   r"(?:,\s*|,?\s+and\s+(?:with\s+)?)(?:[\w.'’-]+\s+){0,6}")


def _listed(text: str, a: int, b: int) -> bool:
    """Whether text[a:b], between two names, goes on with a list of them."""
    return bool(_LISTED.fullmatch(text, a, b) or _APPOSED.fullmatch(text, a, b) or UNKNOWN_ITEM.fullmatch(text, a, b))


def _semicolon_guests(m: Mention) -> bool:
    """"held talks with the Prime Minister of Canada, A; the Prime Minister of India, B; ...": guests after a verb
    of "with", each with their office and set off by semicolons, three or more of as many countries."""
    s0, text = m.sentence.start, m.sentence.text
    after = [p for p in m.people if p.start >= m.end]
    with_ = m.trigger.lower().endswith(" with") or text[m.end - s0:m.end - s0 + 6].lstrip().startswith("with ")
    return (m.kind == "verb" and with_ and len({p.country for p in after}) >= 3
            and len(after) >= 3 and all(";" in text[a.end - s0:b.start - s0]
                                        and SEMI_ON.fullmatch(text, a.end - s0, b.start - s0)
                                        for a, b in zip(after, after[1:], strict=False)))


def _one_by_one(m: Mention, pairs: list[tuple[int, list[str]]]) -> list[tuple[list[str], str]]:
    """"A held separate meetings with B and C", "A met the two leaders separately": A met each of them on their
    own, as many meetings as guests (the hosts and each guest); none when the clause does not say so."""
    lo, hi = clause(m.sentence, m)
    s0 = m.sentence.start
    sep = _SEPARATE.search(m.sentence.text, lo - s0, hi - s0)
    semi = _semicolon_guests(m)  # "held talks with the Prime Minister of Canada, A; the Prime Minister of India, B"
    if not semi and (not sep or (sep.group(0).lower() == "separate" and not m.trigger.lower().endswith("s")
                                 and not _NUMBERED.search(m.sentence.text, 0, sep.start()))):
        return []  # "a separate meeting with the two ministers" is one meeting, apart from the one before
        # (not "held three separate closed-door meeting with the leaders": three)
    text = m.sentence.text
    live = [p for p in m.people if not (p.role or "").startswith("former_")
            and not text.startswith(("'s", "’s"), p.end - s0)]  # not "Biden's adviser"
    hosts = list(dict.fromkeys(p.person for p in live if p.end <= m.start))
    after = [p for p in live if p.start >= m.end]
    listed = semi or all(_listed(text, a.end - s0, b.start - s0) or _SEPARATE_ITEM.fullmatch(text, a.end - s0,
                                                                                              b.start - s0)
                         for a, b in zip(after, after[1:], strict=False))
    guests = [p.person for p in after] if listed else []
    if len(guests) < 2 and any(g.search(text, m.end - s0, hi - s0) for g in patterns()["i"]["groups"].values()):
        # "met the two leaders separately": the pair told of last
        guests = next((people for end, people in reversed(pairs) if 0 <= m.start - end <= ANTECEDENT_REACH), [])
    guests = [g for g in dict.fromkeys(guests) if g not in hosts]
    if len(hosts) >= 2 and len(guests) == 1:  # "Premier Li and Li Zhanshu will meet with Khurelsukh respectively"
        return [([h], guests[0]) for h in hosts]
    if not hosts or len(guests) < 2:
        return []
    return [(hosts, g) for g in guests]


def _with_guest(m: Mention, hosts: list[str], guest: str, ctx: Context, main: list[str]) -> ArticleEvent:
    """The meeting of the hosts with one guest, of a mention that tells of several separate meetings; a guest
    told by country alone ("bilateral meetings with the leaders of A and B": `COUNTRY_GUEST` + the country) is
    that country's side, its leader named in the article or filled in later (merge.complete_sides)."""
    one = copy.copy(m)
    one.people = [p for p in m.people if p.person in hosts or p.person == guest]
    one.group = None
    one.definite = one.definite and m.kind != "verb"  # "The Prime Minister also met A, B and C": the office's "the"
    ev = _as_event(one, ctx, main)
    side = guest[len(COUNTRY_GUEST):] if guest.startswith(COUNTRY_GUEST) else None
    host_by_office = not any(p.person in hosts for p in one.people) and m.level in (None, "other", "summit") \
        and not _SUMMIT_WORD.search(m.sentence.text)  # "The Russian FM is to meet A, B": the level is the host's
    if side is not None:
        by_office = host_by_office or not any(p.person in hosts for p in one.people) and m.level in (None, "other")
        if by_office and ev.type == "other":  # "the External Affairs Minister had bilateral meetings with ...,
            ev.type = _type_from_roles(hosts, ctx)  # Foreign Minister of Afghanistan; ...": a ministerial; a guest
            # told by country alone has no office of its own, a summit named in the sentence none to give either
        roles = LEVEL_ROLES.get(ev.type, HEAD_ROLES)  # the side's leader, or its minister of a ministerial
        mates = [h for h in ctx.holders(roles, side) if in_office_then(h, m.timex, roles)][:1]
        ev.participants = list(dict.fromkeys([*hosts, *mates]))
        ev.countries = sorted({c for p in ev.participants for c in [ctx.countries.get(p)] if c})
        ev.sides = list(dict.fromkeys([*_sides(hosts, ctx, [])[:1], side]))
        ev.named = sorted({*ev.countries, *ev.sides})
        return ev
    ev.participants = list(dict.fromkeys([*[p for p in ev.participants if p in hosts], *hosts, guest]))
    if host_by_office:
        ev.type = _type_from_roles(ev.participants, ctx)  # a host told by office: "The Russian FM is to meet A, B"
    ev.countries = sorted({c for p in ev.participants for c in [ctx.countries.get(p)] if c})
    ev.sides = _sides(ev.participants, ctx, [] if ctx.countries.get(guest) else main)  # a guest of no known
    ev.named = sorted({*ev.named, *ev.countries, *ev.sides})  # country: of the story's other main country
    return ev


_AND_LAST: Final = rx.compile(r",\s+and\s+(?:with\s+)?((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*)*)")
COUNTRY_GUEST: Final = "country:"  # a guest of _bilaterals told by country alone
_BILATERAL: Final = rx.compile(  # "bilateral meetings", "a series of talks": one meeting per guest
    r"\b(?:bilateral|(?:a\s+)?(?:series|string|round)\s+of)\s+(?:[\w-]+\s+){0,2}$", re.I)


_WITH_NEXT: Final = rx.compile(r"\s+with\b")
_HE_BEFORE: Final = rx.compile(r"\b(?:he|she)\b", re.I)  # the sentence's subject, told again in the round's clause
_HELD_PLURALS: Final = frozenset({"talks", "meetings", "discussions", "consultations"})  # "held bilateral talks"


def _bilaterals(m: Mention, ctx: Context) -> list[tuple[list[str], str]]:
    """"A will hold bilateral meetings with B and C", "bilateral talks with the leaders of X, Y and Z", "a bilateral
    meeting with B, and C": a bilateral meeting has two sides, so A met each guest on their own, one meeting per
    guest (a person after the word, else a country named after it); none when fewer than two guests."""
    if m.kind != "noun" and m.trigger.lower() not in _HELD_PLURALS:
        return []  # a summit named near it is where the bilaterals took place, on its sidelines
    lo, hi = clause(m.sentence, m)
    s0 = m.sentence.start
    text = m.sentence.text
    if not (_BILATERAL.search(text[max(lo, m.start - 40) - s0:m.start - s0])
            or m.trigger.lower() == "bilaterals"
            or m.trigger.lower() == "meetings" and _WITH_NEXT.match(text, m.end - s0)):
        return []  # "held meetings with Meloni and Trudeau" (not "meetings between Egypt and Israel")
    live = [p for p in m.people if not (p.role or "").startswith("former_")
            and not text.startswith(("'s", "’s"), p.end - s0)]
    hosts = list(dict.fromkeys(p.person for p in live if lo <= p.start and p.end <= m.start))
    if not hosts and _HE_BEFORE.search(text, max(0, lo - s0), m.start - s0):  # "Modi ..., where he attended the
        hosts = [p.person for p in live if p.end <= lo][:1]  # summit and held bilateral talks with A, B": Modi's
    after: list[actors.Mention] = []  # after the word in the clause, and listed on ("B, and C")
    for p in (p for p in live if p.start >= m.end):
        if p.end <= hi or (after and _LISTED.fullmatch(text, after[-1].end - s0, p.start - s0)):
            after.append(p)
    including = including_at(m)
    if including is not None:  # "with several of his counterparts, including A, Foreign Minister of X; B, ...; and C"
        end, listed = including_list(m.sentence, live, including)
        hi = max(hi, end)
        after += [p for p in listed if all(p.start != a.start for a in after)]
    hosts = hosts or _antecedent(m, live, lo) or _office_host(m, ctx, {ctx.countries.get(p.person) for p in after})
    if not hosts:
        return []
    guests = [g for g in dict.fromkeys(p.person for p in after) if g not in hosts]
    own = {ctx.countries.get(p) for p in [*hosts, *guests]}
    rest = text[m.end - s0:hi - s0]
    for p in after:  # a name is no country ("Japanese PM Fumio Kishida" is a guest already)
        rest = rest[:p.start - m.end] + " " * (p.end - p.start) + rest[p.end - m.end:]
    more = _AND_LAST.match(text, hi - s0)  # "from A, B, and C": the last of the list after ", and"
    countries = [c for c in places.countries_in(rest + (" " + more.group(1) if more else "")) if c not in own]
    # "with Russian and Chinese Premiers": each office's country
    countries += [c for _, c, _ in actors.offices_at(rest) if c not in own and c not in countries]
    if more:
        rest += ", and " + more.group(1)
    unknown = _sides_unknown(rest) if len(countries) >= 2 and not guests else []
    each = [*guests, *(COUNTRY_GUEST + c for c in [*countries, *unknown])]
    if len(each) < 2 or len({ctx.countries.get(g) for g in guests}) < len(guests) and not _calls_on_each(
            m, hosts, guests, ctx):
        return []
    return [(hosts, g) for g in each]


def _calls_on_each(m: Mention, hosts: list[str], guests: list[str], ctx: Context) -> bool:
    """"Minister Wang Yi held official bilateral meetings with President A, Prime Minister B and Foreign Minister C":
    a minister's meetings with one country's office holders, each in an office of their own, are one call each
    (not a leader with his delegation, nor "bilateral talks with A and B": talks of one side with the other)."""
    roles = [ctx.roles.get(g) for g in guests]
    host_role = ctx.roles.get(hosts[0]) if len(hosts) == 1 else None
    said = m.sentence.text[max(0, m.start - m.sentence.start - 40):m.start - m.sentence.start]
    return (m.trigger.lower() == "meetings" and _BILATERAL.search(said) is not None  # (not "to hold meetings with
            # Prime Minister A and Foreign Minister B": a visit's talks, told as one)
            and host_role is not None and host_role not in HEAD_ROLES
            and None not in roles and len(set(roles)) == len(guests) >= 2
            and len({ctx.countries.get(g) for g in guests}) == 1
            and ctx.countries.get(hosts[0]) not in {ctx.countries.get(g) for g in guests})


# the leaders of a list of sides, and one item of that list by its name: "with leaders from Tonga, Vanuatu, ..., and
# New Caledonia", "with leaders from Comoros, ..., the European Union, and the European Council"
_LEADERS_FROM: Final = rx.compile(r"\b(?:leaders|counterparts|presidents|prime\s+ministers|heads\s+of\s+state|"
                                  r"heads\s+of\s+(?:state\s+and\s+)?government)\s+(?:from|of)\s+", re.I)
_ITEM_SPLIT: Final = rx.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ITEM_NAME: Final = rx.compile(r"(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})")


def _sides_unknown(rest: str) -> list[str]:
    """The items of a list of the sides met one by one that name no country the data knows (a territory, a body of
    the EU): "leaders from Tonga, Vanuatu, Tuvalu, Solomon Islands, and New Caledonia" - each a side of its own."""
    said = _LEADERS_FROM.search(rest)
    if said is None:
        return []
    out: list[str] = []
    for item in _ITEM_SPLIT.split(rest[said.end():].strip().rstrip(".;")):
        name = _ITEM_NAME.fullmatch(item.strip())
        if name is not None and not places.countries_in(item) and name.group(1) not in out:
            out.append(name.group(1))
    return out


_WHO: Final = rx.compile(r",\s*(?=who\s)")  # "K Shanmugam, who is in Perth for the meeting, had bilateral meetings"


def _antecedent(m: Mention, live: list[actors.Mention], lo: int) -> list[str]:
    """The one named right before a clause that opens with "who" ("A, who is in Perth for ..., had bilateral
    meetings with ..."): the subject of that clause, the host ("The Prime Minister held" is `_office_host`'s)."""
    s0 = m.sentence.start
    return [p.person for p in live if p.end <= lo and _WHO.match(m.sentence.text, p.end - s0)
            and m.sentence.text.startswith("who", lo - s0)][:1]


def _listed_next(m: Mention) -> list[tuple[list[str], str]]:
    """"Lee had bilateral meetings with several other leaders on the sidelines. These included Morrison, Rutte and
    Johnson": the one who met (the first the mention names) met each guest the next sentence lists."""
    hosts = [p.person for p in m.people if p.end <= m.start][:1] or [p.person for p in m.people][:1]
    guests = [g for g in m.listed if g not in hosts]
    return [(hosts, g) for g in guests] if hosts and len(guests) >= 2 else []


_ASIDE: Final = rx.compile(r"\b(?:sidelines?|margins?|fringes?|bilaterals|bilateral\s+(?:meetings?|talks))\b", re.I)
ASIDE_REACH: Final = 400  # characters after a sentence of a summit's sidelines that its round of meetings goes on
_TOGETHER: Final = rx.compile(
    r"\b(?:trilateral|three-way|four-way|jointly|together|joint|each\s+other|one\s+another)\b", re.I)


def _listed_guests(m: Mention, ctx: Context, aside: int) -> list[tuple[list[str], str]]:
    """"On the sidelines of the NATO summit ... Erdogan met Sanchez and Rutte": one leader meeting people of several
    other countries at a summit met each on their own, one meeting per guest; so does one meeting three or more
    ("The Prime Minister also met Sarkozy, Brown and Harper"), also of one country, none of them a leader ("met
    National Security Adviser Hadley, Defence Secretary Gates and Commerce Secretary Gutierrez"); not "met Kishida
    and Yoon for a trilateral", nor two leaders away from a summit's sidelines (leaders meeting together)."""
    s0 = m.sentence.start
    text = m.sentence.text
    verb = m.kind == "verb" or _BE_MEETING.search(text, 0, m.start - s0) is not None  # "he would be meeting A, B"
    if not verb or _TOGETHER.search(text):
        return []
    near = m.sentence.start - aside <= ASIDE_REACH
    lo, hi = clause(m.sentence, m)
    at, later = m.end, None  # where the meeting verb ends: "Jaishankar, on the sidelines of the session, met ..."
    if not (_MEET_VERB.match(m.trigger) or _HOSTING.match(m.trigger)):
        later = _MET_LATER.search(text, m.end - s0)
        at, hi = (s0 + later.end(), m.sentence.end) if later else (at, hi)
    if not near and not (_MEET_VERB.match(m.trigger) or later):
        return []  # "held talks with Tusk, Juncker and Rutte": a negotiation of one side with the other
    live = [p for p in m.people if not (p.role or "").startswith("former_")
            and not text.startswith(("'s", "’s"), p.end - s0)]
    hosts = list(dict.fromkeys(p.person for p in live if lo <= p.start and p.end <= m.start)) or list(
        dict.fromkeys(p.person for p in live if p.end <= m.start))  # "Modi informed that he would be meeting"
    after: list[actors.Mention] = []  # after the word in the clause, and listed on ("B, and C")
    for p in (p for p in live if p.start >= at):
        if after and p.person == after[-1].person:
            after[-1] = replace(after[-1], end=p.end)  # "Ursula von der Leyen" found as "Ursula" and "Leyen"
            continue
        if p.end <= hi or (after and _listed(text, after[-1].end - s0, p.start - s0)):
            after.append(p)
    if not hosts:
        hosts = _office_host(m, ctx, {ctx.countries.get(p.person) for p in after})
    if len(hosts) != 1:
        return []
    if not after:  # a host's guests told by country are met together ("to host his Armenian and Azerbaijani
        return _counterparts_of(m, hosts[0], ctx, near, _HOSTING.match(m.trigger) is not None, at)  # counterparts")
    if len(after) < 2 or not all(
            _listed(text, a.end - s0, b.start - s0) or _SEPARATE_ITEM.fullmatch(text, a.end - s0, b.start - s0)
            and _head_and_government([p.person for p in after], ctx)  # "A and Libyan National Unity Government
            for a, b in zip(after, after[1:], strict=False)):  # Prime Minister B": a country's head and its premier
        return []
    guests = [g for g in dict.fromkeys(p.person for p in after) if g not in hosts]
    countries = [ctx.countries.get(g) for g in guests]
    if len(guests) < 2 or ctx.countries.get(hosts[0]) in countries or None in countries and len(guests) < 3:
        return []
    apart = None not in countries and len(set(countries)) == len(guests)  # each of another country
    unknown = sum(1 for a, b in zip(after, after[1:], strict=False)  # someone the data does not know listed between
                  if UNKNOWN_ITEM.fullmatch(text, a.end - s0, b.start - s0) and not (
                      _LISTED.fullmatch(text, a.end - s0, b.start - s0)
                      or _APPOSED.fullmatch(text, a.end - s0, b.start - s0)))
    more = _MORE_LISTED.match(text, after[-1].end - s0) is not None  # someone listed after the last one known
    # (a country's head and premier met on their own also with someone unknown between: "the President, A, the
    # chairman of parliament, B, and the Prime Minister, C")
    if not (apart and (near or len(guests) + unknown >= 3) or _head_and_government(guests, ctx) and not more
            or len(guests) >= 3 and not _delegation(guests, ctx)
            or _call_and_talks(hosts[0], guests, ctx) and not _HEDGED.search(text, at - s0, after[-1].start - s0)):
        return []
    return [(hosts, g) for g in guests]


_HEDGED: Final = rx.compile(r"\b(?:possibly|perhaps|maybe|potentially)\b", re.I)  # "Qin Gang and possibly Xi"


_MORE_LISTED: Final = rx.compile(r",\s+(?:and\s+)?[A-Z]")  # ", Speaker National Assembly Asad Qaiser, and ...": more


def _head_and_government(guests: list[str], ctx: Context) -> bool:
    """"met with Chairman of the Libyan Presidential Council A and Libyan Prime Minister B": a country's head of
    state and its head of government, each met on their own (a call on each)."""
    return (len(guests) == 2 and len({ctx.countries.get(g) for g in guests} - {None}) == 1
            and {ctx.roles.get(g) for g in guests} == set(HEAD_ROLES))


def _call_and_talks(host: str, guests: list[str], ctx: Context) -> bool:
    """"Lavrov is expected to meet with President Tokayev and Foreign Minister Tleuberdi": a minister meeting one
    country's leader and its ministers calls on the leader and holds talks with the ministers, apart."""
    if ctx.roles.get(host) in HEAD_ROLES or not ctx.roles.get(host) or len({ctx.countries.get(g) for g in guests}) != 1:
        return False
    heads = [g for g in guests if ctx.roles.get(g) in HEAD_ROLES]
    return len(heads) == 1 and all(ctx.roles.get(g) for g in guests)


def _delegation(guests: list[str], ctx: Context) -> bool:
    """Whether some of the guests are one country's leader and others of that country (his ministers): one side."""
    heads = {ctx.countries.get(g) for g in guests if ctx.roles.get(g) in HEAD_ROLES}
    return any(ctx.countries.get(g) in heads and ctx.roles.get(g) not in HEAD_ROLES for g in guests)


# the subject of a meeting verb told by office alone, in any case ("The foreign minister also met with ...")
_OFFICE_HOST: Final = rx.compile(r"(?:^[«“‘\x22]?|[,;:]\s+|\b(?:and|where|when)\s+)(?:the\s+(?:((?-i:[A-Z][a-z]+))\s+)?"
                                 r"(prime\s+minister|president|"
                                 r"chancellor|premier|foreign\s+minister|foreign\s+secretary|secretary\s+of\s+state|"
                                 r"(?:external|foreign)\s+affairs\s+minister|(?-i:FM|EAM))|"
                                 r"(?:the\s+)?((?-i:PM)))"  # "PM held bilateral talks with host President Duterte"
                                 r"\s+(?:(?-i:[a-z]+)\s+){0,6}$", re.I)  # "The Prime Minister is also due to have"
_OFFICE_HOST_ROLE: Final = {"prime minister": HEAD_ROLES, "pm": HEAD_ROLES, "president": HEAD_ROLES,
                            "chancellor": HEAD_ROLES,
                            "premier": HEAD_ROLES, "foreign minister": ("foreign_minister",),
                            "foreign secretary": ("foreign_minister",), "secretary of state": ("foreign_minister",),
                            "fm": ("foreign_minister",), "external affairs minister": ("foreign_minister",),
                            "foreign affairs minister": ("foreign_minister",), "eam": ("foreign_minister",)}


def _office_host(m: Mention, ctx: Context, guests: set[str | None]) -> list[str]:
    """"The Prime Minister also met A, B and C", "The Iranian President met A, B and C": the one the article tells
    of most who holds that office (of the country told, of no guest's)."""
    said = _OFFICE_HOST.search(m.sentence.text, 0, m.start - m.sentence.start)
    if said is None or any(p.end <= m.start for p in m.people):
        return []
    roles = _OFFICE_HOST_ROLE[" ".join((said.group(2) or said.group(3)).lower().split())]
    country = actors.index().adjectives.get(said.group(1)) if said.group(1) else None  # "The Iranian President"
    if said.group(1) and country is None:
        return []
    return [h for h in ctx.holders(roles, country)
            if ctx.countries.get(h) not in guests and in_office_then(h, m.timex, roles)][:1]


_MET_LATER: Final = rx.compile(r"\b(?:met|meets)\b")
_MEET_VERB: Final = rx.compile(r"(?:met|meets?|meeting|call(?:ed|s|ing)?\s+on)$", re.I)  # a call on each in turn
_HOSTING: Final = rx.compile(r"host|welcom|receiv|gather|convene|bring|brought", re.I)
_BE_MEETING: Final = rx.compile(r"\b(?:be|is|was|are|were)\s+$", re.I)
_ADJ_COUNTERPARTS: Final = rx.compile(  # "his Japanese, Italian and French counterparts"
    r"\s+(?:[a-z]+\s+){0,5}?(?:with\s+)?(?:his|her|their)\s+((?:[A-Z][\w'’-]*(?:,\s*|,?\s+and\s+))+[A-Z][\w'’-]*)"
    r"\s+counterparts\b")


def _counterparts_of(m: Mention, host: str, ctx: Context, near: bool = True, hosting: bool = False,
                     at: int | None = None) -> list[tuple[list[str], str]]:
    """"Trudeau met with his Japanese, Italian and French counterparts": one meeting with each country's
    counterpart (a guest told by country alone), also away from a summit ("met earlier in the day with his Uzbek
    and Kazakh counterparts": the counterparts of two countries do not meet a third together unless told so)."""
    at = m.end if at is None else at
    said = _ADJ_COUNTERPARTS.match(m.sentence.text, at - m.sentence.start)
    if said is None:
        return _leaders_of(m, host, ctx, near, at)
    adjectives = actors.index().adjectives
    sides = [adjectives.get(w) for w in re.split(r",\s*|,?\s+and\s+", said.group(1))]
    if None in sides or len(set(sides)) < 2 or ctx.countries.get(host) in sides or hosting and not near:
        return []
    return [([host], COUNTRY_GUEST + c) for c in dict.fromkeys(c for c in sides if c)]


_LEADERS_OF: Final = rx.compile(r"\s+(?:with\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:leaders|heads\s+of\s+state|"
                                 r"counterparts|presidents|"
                                 r"prime\s+ministers|heads\s+of\s+(?:state\s+and\s+)?government)\s+"
                                 r"(?:of|from)\s+((?:the\s+)?[A-Z][^;:]*?)"
                                 r"(?=\s+(?:on|at|in|during|as)\s|[,.;]?$|"
                                 r",?\s+and\s+(?!the\b)[a-z]{3,}|,\s+(?!(?:the|and)\b)[a-z]{3,})")  # "and met"


def _leaders_of(m: Mention, host: str, ctx: Context, near: bool = True,
                at: int | None = None) -> list[tuple[list[str], str]]:
    """"Xi has met with leaders of Vietnam, South Korea, Japan, the Philippines and Chile on the sidelines": one
    meeting with each country's leader; away from a summit's sidelines, when three countries or more ("he will
    meet with the presidents of Palestine, Gabon, Sudan and Moldova")."""
    said = _LEADERS_OF.match(m.sentence.text, (m.end if at is None else at) - m.sentence.start)
    if said is None:
        sides = [c for c in _offices_listed(m.sentence.text[(m.end if at is None else at) - m.sentence.start:])
                 if c != ctx.countries.get(host)]
        if len(dict.fromkeys(sides)) < 3 or m.place is not None and m.place.country in sides:
            return []
        return [([host], COUNTRY_GUEST + c) for c in dict.fromkeys(sides)]
    sides = [c for c in places.countries_in(said.group(1)) if c != ctx.countries.get(host)]
    if len(sides) < (2 if near else 3) or not near and m.place is not None and m.place.country in sides:
        return []  # "could meet with his counterparts from Germany, France and Ukraine in Berlin": hosted together
    return [([host], COUNTRY_GUEST + c) for c in dict.fromkeys(sides)]


# a leader told by office and country, no name: "the Hungarian prime minister", "Emir of Qatar", "the presidents of
# France and Croatia"
_HEAD_OFFICE: Final = (r"(?i:presidents?|prime\s+ministers?|premiers?|chancellors?|emirs?|kings?|crown\s+princes?|"
                       r"leaders?|heads\s+of\s+(?:state|government))")
_OFFICE_OF_ITEM: Final = rx.compile(rf"\b{_HEAD_OFFICE}\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                                    r"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*)")
_ADJECTIVE_OFFICE_ITEM: Final = rx.compile(rf"\b([A-Z][\w'’-]*)\s+{_HEAD_OFFICE}\b")


def _offices_listed(text: str) -> list[str]:
    """The countries of the leaders a clause lists by office alone, in order ("will meet with the Hungarian prime
    minister, Emir of Qatar, and ... the presidents of France and Croatia": Hungary, Qatar, France, Croatia)."""
    adjectives = actors.index().adjectives
    found = [(x.start(), c) for x in _ADJECTIVE_OFFICE_ITEM.finditer(text) if (c := adjectives.get(x.group(1)))]
    found += [(x.start(), c) for x in _OFFICE_OF_ITEM.finditer(text) for c in places.countries_in(x.group(1))]
    return [c for _, c in sorted(found)]


_COORDINATED: Final = rx.compile(r",?\s*(?:and|but)\s+(?:[a-z]+\s+){0,2}")  # a predicate sharing the subject before


# a meeting told with the offices of its countries: "a meeting of the Armenian and Azerbaijani presidents"
_OF_ADJECTIVE_OFFICES: Final = rx.compile(
    r"\s+(?:of|between)\s+(?:the\s+|their\s+)?((?:[A-Z][\w-]+,\s+)*[A-Z][\w-]+,?\s+and\s+[A-Z][\w-]+)\s+"
    r"(?:presidents|leaders|prime\s+ministers|premiers|heads\s+of\s+(?:state|government)|foreign\s+ministers|"
    r"top\s+diplomats)\b")


def _told_by_offices(m: Mention) -> bool:
    """Whether the meeting word is followed by the offices of two countries or more, told by their adjectives: the
    meeting's own parties, not "they" of the clause ("They want to organize a meeting of the Armenian and
    Azerbaijani presidents")."""
    said = _OF_ADJECTIVE_OFFICES.match(m.sentence.text, m.end - m.sentence.start)
    adjectives = actors.index().adjectives
    return said is not None and all(adjectives.get(w) for w in re.split(r",\s*|,?\s+and\s+", said.group(1)))


def _antecedents(m: Mention, pairs: list[tuple[int, list[str]]], ctx: Context) -> list[str]:
    """Who "they", "the two men" or "the two leaders" are in a clause that names no one: the people of the meeting
    told just before (the leaders for "the two leaders", the ministers for "the foreign ministers")."""
    if m.people or m.kind == "joint" or _told_by_offices(m):
        return []
    lo, _ = clause(m.sentence, m)
    s0 = m.sentence.start
    if _COORDINATED.fullmatch(m.sentence.text, lo - s0, m.start - s0):  # "A and B sat down ..., and met again"
        return list(pairs[-1][1]) if pairs and pairs[-1][0] >= s0 else []
    after = _BETWEEN_THEM.match(m.sentence.text, m.end - s0)  # "the meeting between the pair"
    if not _PLURAL.search(m.sentence.text, lo - s0, m.start - s0) and not m.group and not after:
        return []
    roles = LEVEL_ROLES.get(GROUP_LEVEL.get(m.group or "", ""), ())
    near = [people for end, people in pairs if m.start - end <= ANTECEDENT_REACH
            and (not roles or all(ctx.roles.get(p) in roles for p in people))
            and all(in_office_then(p, m.timex, _office(ctx.roles.get(p))) for p in people)]
    # (in their office when a meeting of 2016 took place)
    if not near:
        return []
    if not m.group:
        return list(near[-1])  # "they": the people told of last
    rank = {p: i for i, p in enumerate(ctx.order)}  # "the two leaders": the article's own, those told of most
    return list(min(reversed(near), key=lambda people: sum(rank.get(p, len(rank)) for p in people)))


def _office(role: str | None) -> tuple[str, ...]:
    """The roles that count as holding the same office: a head of state or government either."""
    return HEAD_ROLES if role in HEAD_ROLES else (role,) if role else ()


def _as_event(m: Mention, ctx: Context, main: list[str], antecedents: list[str] | None = None) -> ArticleEvent:
    """The event one mention tells of; `main` are the article's main countries; `antecedents` who "they" are."""
    people = _participants(m, ctx) or list(antecedents or [])
    level = m.level if m.level != "other" or m.kind == "verb" or people else None
    if level == "summit" and (_ministers_visit(m, people, ctx) or _ministers_together(m, people, ctx)):
        level = None  # "Foreign Minister Wang Yi is on an official visit to Vietnam": a minister's, no summit
    offices = [] if people else _offices(m)  # "Pakistan's foreign secretary hosted his Indian counterpart"
    by_office = next((OFFICE_LEVEL[r] for _, r in offices if r in OFFICE_LEVEL), None)
    if not (people or offices or level or m.group):  # "the visit of the foreign secretary May 20": the office's
        by_office = m.level = _bare_office_level(m, main)  # level in the article's countries, as its words tell
    met_offices = _offices_met(m, people, ctx)  # "Modi held talks with the Chinese Premier": the other side
    etype = level or GROUP_LEVEL.get(m.group or "") or by_office or _lower_level(
        _type_from_roles(people, ctx), [r for _, r in met_offices])
    multilateral = bool(m.series and m.kind == "noun" and not m.group)  # attending a summit of many
    named = [] if multilateral else list(dict.fromkeys([*_named_countries(m, ctx),
                                                        *(c for c, _ in [*offices, *met_offices])]))
    untold = bool(people) and not multilateral and _office_subject(m)
    if untold:  # the office's country is not told: the article's other main country is no guess for it
        main = []
    parts = _by_level(etype, people, m, ctx, main, explicit=bool(level or m.group), also=named)
    if offices:  # the holders of those offices, not of others at that level ("his counterpart", a defence minister)
        parts = [p for p in parts if ctx.roles.get(p) in {r for _, r in offices}]
        leveled = all(OFFICE_LEVEL.get(r or "") == etype for _, r in offices)
        if leveled and len(offices) > len({c for c, _ in offices}):  # two offices of each country ("Australian and
            parts = list(dict.fromkeys([*parts, *_office_holders(offices, m, ctx)]))  # Indonesian Foreign and
            # Defence Ministers met"): the article's holder of each, of the meeting's level
    countries = sorted({c for p in parts for c in [ctx.countries.get(p)] if c})
    place = m.place or _host(m, parts, ctx)
    ev = ArticleEvent([m], etype, m.status, parts, countries, place, m.timex, m.series, m.status_marked,
                      m.status_weak)
    ev.offices = sorted({r for _, r in [*offices, *met_offices] if r})
    if not multilateral:
        ev.untold_subject = untold and bool(parts)
        ev.sides = _sides(people, ctx, main, named)
        ev.named = sorted({*ev.countries, *named})
    return ev


def _offices_met(m: Mention, people: list[str], ctx: Context) -> list[tuple[str, str | None]]:
    """The offices the clause tells by a country's adjective or name without a name ("held talks with the Chinese
    Premier", "met Pakistan's foreign secretary"), of countries none of the people named is of: the other side."""
    if not people:
        return []
    own = {ctx.countries.get(p) for p in people}
    if None in own:
        return []  # someone of no known country may hold that office himself
    text, s0 = m.sentence.text, m.sentence.start
    hi = clause(m.sentence, m)[1] - s0
    found = actors.offices_at(text[m.end - s0:hi])
    first = next((at for at, _, _ in found if _TO_THE_ONE_MET.fullmatch(text, m.end - s0, m.end - s0 + at)), None)
    if first is None:
        return []
    return [(c, r) for at, c, r in found if first <= at <= first + OFFICES_SPAN and c not in own]


# between a meeting word and the office of the one met: "held talks with the", "met", "hosted his", "received the
# visiting", "met on Monday with"
_TO_THE_ONE_MET: Final = rx.compile(r"(?:\s+(?:with|by|and|the|his|her|their|a|an|visiting|on|last|this|also|then|"
                                    r"separately|briefly|today|yesterday|[A-Z][a-z]+day|bilateral|separate|talks|"
                                    r"meetings?))*\s+")
OFFICES_SPAN: Final = 40  # "the Russian, Chinese and Indian premiers": the offices told together, from the first


def _lower_level(etype: str, roles: list[str | None]) -> str:
    """The meeting's level when the people's offices say `etype` and the other side's offices are `roles`: the
    lower of the two ("a head receiving another country's foreign minister": ministerial)."""
    levels = [OFFICE_LEVEL[r] for r in roles if r in OFFICE_LEVEL]
    if not levels or etype not in RANK:
        return levels[0] if levels and etype == "other" else etype
    return min([etype, *levels], key=RANK.index)


def _office_holders(offices: list[tuple[str, str | None]], m: Mention, ctx: Context) -> list[str]:
    """The article's holder of each office told by country and title, when it names one then in that office."""
    out = []
    for country, role in offices:
        held = [h for h in ctx.holders((role,), country) if in_office_then(h, m.timex, (role,))] if role else []
        out += held[:1]
    return out


# a visit or meeting of an office told by its title alone, no country or name: "the visit of the foreign secretary"
_BARE_OFFICE: Final = rx.compile(r"\s+(?:of|by)\s+the\s+([a-z]+(?:\s+[a-z]+){0,2}?)(?=\s+(?:[A-Z0-9]|on\b|in\b|"
                                 r"next\b|last\b|this\b)|[,.;]|$)")


def _bare_office_level(m: Mention, main: list[str]) -> str | None:
    """The level of the office a visit or meeting word is told of by its title alone ("preceded by the visit of the
    foreign secretary May 20"), the title read in the article's two countries (a foreign secretary is vice-ministerial
    in India and Pakistan), when it is the same level in both."""
    hit = _BARE_OFFICE.match(m.sentence.text, m.end - m.sentence.start)
    if hit is None or len(main) < 2 or hit.group(1) not in actors.lower_titles():
        return None
    levels = {OFFICE_LEVEL.get(actors.title_role(hit.group(1), c)) for c in main}
    return levels.pop() if len(levels) == 1 else None


# an office as the subject of a meeting verb, no name with it: the outlet's own leader or minister
# ("The Prime Minister met President Andrzej Duda of Poland", "the President of the Republic received ...")
_OFFICE_WORDS: Final = (r"(?:[Tt]he\s+)(?:Prime\s+Minister|President(?:\s+of\s+the\s+Republic)?|Head\s+of\s+State|"
                        r"(?:Federal\s+)?Chancellor|Taoiseach|Foreign\s+(?:Secretary|Minister)|Secretary\s+of\s+State|"
                        r"Premier)")
# the words that may stand between the office and its verb: "The Taoiseach will today, Monday, meet with ..."
_AUX_WORDS: Final = (r"(?:(?:have|has|had|will|would|also|then|later|today|tomorrow|briefly|first|(?:on\s+)?"
                     r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+)*$")
_OFFICE_SUBJECT: Final = rx.compile(r"(?:^|[,;:]\s+|\b(?:and|where|when)\s+)" + _OFFICE_WORDS + r"\s+" + _AUX_WORDS)
# the office and the one it met, together as the subject: "The Prime Minister and Taoiseach Leo Varadkar met at
# Stormont today" (up to three title words before the name)
_OFFICE_AND: Final = rx.compile(r"(?:^|[,;:]\s+)" + _OFFICE_WORDS + r"\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,3}$")
_AUX_ONLY: Final = rx.compile(r"\s*" + _AUX_WORDS)


def _office_subject(m: Mention) -> bool:
    """Whether a meeting verb's subject is an office told without a name, everyone the clause names told after
    the verb: "The Prime Minister met the Prime Minister of Poland Donald Tusk today in Warsaw"; or the office and
    the one named it met, together before the verb: "The Prime Minister and Taoiseach Leo Varadkar met"."""
    if m.kind != "verb":
        return False
    text, s0 = m.sentence.text, m.sentence.start
    before = [p for p in m.people if p.end <= m.start]
    if not before:
        return _OFFICE_SUBJECT.search(text, 0, m.start - s0) is not None
    first, last = min(before, key=lambda p: p.start), max(before, key=lambda p: p.end)
    return len({p.person for p in before}) == 1 and _OFFICE_AND.search(text, 0, first.start - s0) is not None \
        and _AUX_ONLY.match(text, last.end - s0, m.start - s0) is not None


_SUMMIT_WORD: Final = rx.compile(r"\bsummit", re.I)


def _ministers_visit(m: Mention, people: list[str], ctx: Context) -> bool:
    """Whether a visit the level words call a leader's ("official visit") is made by ministers: the people of its
    clause hold ministers' offices, none a leader's, or those before the word (the visitors) hold ministers' offices
    only ("Motegi paid an official visit to the palace and met President Joko Widodo"); and the sentence speaks of
    no summit."""
    roles = {ctx.roles.get(p) for p in people}
    visitors = {ctx.roles.get(p.person) for p in m.people if p.end <= m.start and p.person in people}
    by_ministers = bool(roles & set(MINISTER_ROLES)) and not roles & set(SUMMIT_ROLES) or (
        bool(visitors) and visitors <= set(MINISTER_ROLES))
    return m.trigger.lower() in VISIT_WORDS and by_ministers and not _SUMMIT_WORD.search(m.sentence.text)


def _ministers_together(m: Mention, people: list[str], ctx: Context) -> bool:
    """"Lapid and the UAE Foreign Minister held a joint summit with Blinken": ministers of two countries at least
    and no leader are the people of the clause, and the meeting word is theirs (not "the summit" told of, a noun
    after a definite article, which their leaders hold)."""
    roles = {ctx.roles.get(p) for p in people}
    countries = {ctx.countries.get(p) for p in people} - {None}
    return (len(countries) >= 2 and roles <= set(MINISTER_ROLES) and not m.definite
            and not (m.series and m.kind == "noun") and m.status == "held")
    # ("Wang Yi met Lavrov on the sidelines of the G20 Summit": their meeting, at the summit of their leaders)


OFFICE_LEVEL: Final = {"head_of_state": "summit", "head_of_government": "summit", "vice_president": "summit",
                       "crown_prince": "summit",
                       "foreign_minister": "ministerial", "minister": "ministerial",
                       "vice_minister": "vice_ministerial"}


def _offices(m: Mention) -> list[tuple[str, str | None]]:
    """The offices the clause tells of without names, when they are of two countries at least."""
    lo, hi = clause(m.sentence, m)
    found = actors.offices(m.sentence.text[lo - m.sentence.start:hi - m.sentence.start])
    return found if len({c for c, _ in found}) >= 2 else []


def _named_countries(m: Mention, ctx: Context | None = None) -> list[str]:
    """Countries the clause names as parties, and the country a visit goes to."""
    lo, hi = clause(m.sentence, m)
    text = m.sentence.text[lo - m.sentence.start:hi - m.sentence.start]
    for p in m.people:  # a name is no country: "Finance Minister Sinisa Mali", "Michael Jordan"
        if lo <= p.start and p.end <= hi:
            text = text[:p.start - lo] + " " * (p.end - p.start) + text[p.end - lo:]
    text = _OWN_ENVOY_FOR.sub(lambda x: " " * len(x.group()), text)  # "met with his special envoy for Sudan": his own
    named = [*_list_before(m.sentence, lo), *places.countries_in(text)]
    capitals = _capitals_as_parties(text, m.start - lo, m.end - lo)
    named += [c for c in [*pair_before(m), *_pair_after(m), *_countries_of_delegations(text), *capitals,
                          *_officials_met(m)] if c not in named]
    if m.trigger.lower() in VISIT_WORDS and m.place and m.place.country and not (
            ctx and _namesake_town(m.place, ctx) and m.place.country not in named):
        named.append(m.place.country)
    elif m.trigger.lower() in ("visit", "trip") and not m.place:  # "left for Tehran on Friday for a two-day visit"
        went = _WENT_TO.search(m.sentence.text, 0, m.start - m.sentence.start)
        place = places.named(went.group(1), 0) if went else None
        named += [place.country] if place and place.country else []
    return list(dict.fromkeys(named))


# someone's own envoy, told by the country or matter he is sent for: "his special envoy for Sudan", "her ambassador to
# Washington", "their own representative on Syria" (that country is no party of his meeting with him)
_OWN_ENVOY_FOR: Final = rx.compile(
    r"\b(?:his|her|their|its)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:envoy|envoys|representative|representatives|emissary|"
    r"ambassador|ambassadors|coordinator|czar|tsar)\s+(?:for|to|on|in)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,3}")


NAMESAKE_POPULATION: Final = 1_000_000  # a town smaller than this may be a namesake (New York, Rio are no doubt)


def _namesake_town(place: places.Place, ctx: Context) -> bool:
    """A town visited, no capital nor a city of millions, of a country none of the article's people is of: maybe a
    namesake of a town elsewhere ("Biden visited Goa", "arrived at Bole airport": not Goa in the Philippines, Bole in
    China), no side."""
    people = places.gazetteer().cities.get(place.name, ("", None, 0))[2]
    return (place.kind == "city" and people < NAMESAKE_POPULATION and place.name not in _country_of_capital()
            and place.country not in ctx.countries.values())


# a compound of countries right after the meeting word: "the Trilateral Meeting of Turkey-Pakistan-Azerbaijan Foreign
# Ministers", "talks between India-China border commanders"
_PAIR_AFTER: Final = rx.compile(r"\s+(?:of|between|for\s+the)\s+(?:the\s+)?([A-Z][\w.'’]*(?:[-–/][A-Z][\w.'’]*)+)"
                                r"(?![\w-])")


def _pair_after(m: Mention) -> tuple[str, ...]:
    """The countries of a compound told right after the meeting word ("Meeting of Turkey-Pakistan-Azerbaijan")."""
    said = _PAIR_AFTER.match(m.sentence.text, m.end - m.sentence.start)
    if said and places.region_before(m.sentence.text, said.start(1)):
        return ()  # "the Summit of Latin America-Caribbean leaders": a region's compound
    return places.paired(said.group(1)) if said else ()


_WENT_TO: Final = rx.compile(r"\b(?:left|leaves|leaving|departed|departs|arrived|arrives|arriving|landed|lands)\s+"
                             r"(?:for|in|at)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")


# the items of a list of names before its last ", and" ("Iran, the UK, China, France, Germany, and Russia")
_LIST_BEFORE: Final = rx.compile(r"(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+)+"
                                 r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")


def _list_before(sent: Sentence, lo: int) -> list[str]:
    """The countries listed before the ", and" that opens the clause, when each item is one: the list's serial
    comma is no clause boundary ("Iran, the UK, China, France, Germany, and Russia on Tuesday began a round")."""
    text = sent.text
    if not text.startswith(", and ", lo - sent.start):
        return []
    found = _LIST_BEFORE.search(text, max(0, lo - sent.start - 200), lo - sent.start)
    if found is None:
        return []
    items = [i.strip() for i in found.group(0).split(",")]
    countries = [_one_country(i) for i in items]
    return [c for c in countries if c] if all(countries) else []


# "Iranian and Saudi officials", "the Russian and Ukrainian delegations", "US and Chinese negotiators": the
# countries whose envoys meet, told by their adjectives
_DELEGATIONS_OF: Final = rx.compile(
    r"((?:[A-Z][\w.'’-]*\s+)?[A-Z][\w.'’-]*(?:,\s+(?:[A-Z][\w.'’-]*\s+)?[A-Z][\w.'’-]*)*,?\s+(?:and|&)\s+"
    r"(?:[A-Z][\w.'’-]*\s+)?[A-Z][\w.'’-]*)\s+(?:[a-z][\w-]*\s+)?(?:officials|delegations|delegates|negotiators|"
    r"diplomats|representatives|envoys|teams|negotiating\s+teams|military\s+officers)\b")
_LIST_ITEMS: Final = rx.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


# the one met told as a country's officials right after the verb: "Special U.S. Envoy Christopher Hill met with
# Chinese officials in Beijing", "held talks with a senior Iranian delegation"
_OFFICIALS_MET: Final = rx.compile(
    r"\s+(?:with|to)\s+(?:(?:the|a|an)\s+)?(?:(?:senior|top|high-ranking|high-level|visiting|several)\s+)?"
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:(?:government|military|security|foreign\s+ministry|defen[cs]e|"
    r"trade)\s+)?(?:officials|delegation|delegates|negotiators|diplomats|envoys|authorities)\b")


def _officials_met(m: Mention) -> list[str]:
    """The country of the officials a meeting verb is with ("met with Chinese officials"), when someone of another
    country is the subject: that country is the other side."""
    if m.kind != "verb":
        return []
    said = _OFFICIALS_MET.match(m.sentence.text, m.end - m.sentence.start)
    country = actors.index().adjectives.get(said.group(1)) if said else None
    if country is None or not any(p.end <= m.start and p.country not in (None, country) for p in m.people):
        return []
    return [country]


def _countries_of_delegations(text: str) -> list[str]:
    """The countries of "Iranian and Saudi officials" (each item a country or its adjective, a word such as
    "Senior" before it left out), none unless every item is one and two countries at least."""
    adjectives = actors.index().adjectives
    out: list[str] = []
    for m in _DELEGATIONS_OF.finditer(text):
        items = _LIST_ITEMS.split(m.group(1))
        found = [adjectives.get(i) or adjectives.get(i.split()[-1]) or _one_country(i) for i in items]
        if all(found) and len(set(found)) >= 2:
            out += [c for c in found if c and c not in out]
    return out


# "Moscow and Washington held two meetings", "talks between Seoul and Tokyo": two capitals standing for their
# countries, as the subject of the clause or after "between" (not places: "visited Moscow and Beijing")
_CAPITAL_PAIR: Final = rx.compile(r"(?:^|,\s+|\bbetween\s+)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:and|&)\s+"
                                  r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\b(?!\s+[a-z]+\s+(?:of|to|in)\b)")


_BETWEEN_NEXT: Final = rx.compile(r"\s+between\s+")


@lru_cache(maxsize=1)
def _country_of_capital() -> dict[str, str]:
    return {c.capital: c.name for c in vocab_load().countries if c.capital}


def _capitals_as_parties(text: str, start: int, end: int) -> list[str]:
    """The countries of two capitals told as the parties of the meeting word at `start`-`end`: its subject ("Moscow
    and Washington held two meetings") or right after it ("talks between Seoul and Tokyo"; not "talks in the
    afternoon on the stalemate in talks between Pyongyang and Washington")."""
    of = _country_of_capital()
    out: list[str] = []
    for m in _CAPITAL_PAIR.finditer(text):
        if not (m.end() <= start or m.start() <= end + 1 and _BETWEEN_NEXT.fullmatch(text, end, m.start(1))):
            continue
        pair = [of.get(m.group(1)), of.get(m.group(2))]
        if pair[0] and pair[1] and pair[0] != pair[1]:
            out += [c for c in pair if c and c not in out]
    return out


def _one_country(item: str) -> str | None:
    named = places.countries_in(item)
    return named[0] if len(named) == 1 else None


def _sides(people: list[str], ctx: Context, main: list[str], also: list[str] | None = None) -> list[str]:
    """The countries that meet: those of the people named, then countries named or visited, else the article's
    main ones (two at most unless more are named)."""
    named = list(dict.fromkeys([*sorted({c for p in people if (c := ctx.countries.get(p))}), *(also or [])]))
    if len(named) >= 2:
        return named
    return list(dict.fromkeys([*named, *main]))[:2]


SUMMIT_ROLES: Final = (*HEAD_ROLES, "vice_president", "crown_prince")  # their meetings are summits (Harris-Netanyahu)
GROUP_LEVEL = {"head": "summit", "foreign_minister": "ministerial", "vice_minister": "vice_ministerial"}
RANK: Final = ("working_level", "vice_ministerial", "ministerial", "summit")
LEVEL_ROLES = {"summit": SUMMIT_ROLES, "ministerial": MINISTER_ROLES, "vice_ministerial": ("vice_minister",),
               "working_level": ("official", "ambassador", "vice_minister")}


def _by_level(etype: str, people: list[str], m: Mention, ctx: Context, main: list[str], explicit: bool = True,
              also: list[str] | None = None) -> list[str]:
    """The people who take part at this level; in a bilateral story the other side's counterpart is added when
    only one side is named (not for a multilateral summit)."""
    if etype == "other":
        return _subject_and_object(m, people)
    roles = LEVEL_ROLES[etype]
    above = {r for lv in RANK[RANK.index(etype) + 1:] for r in LEVEL_ROLES[lv]}
    if etype == "summit":
        parts = [p for p in people if (ctx.roles.get(p) or "").removeprefix("former_") in roles]
        heads = [p for p in parts if ctx.roles.get(p) in HEAD_ROLES]
        parts = [p for p in people if p in parts or p in _joined_to_leader(m, heads)]
    elif not explicit:
        parts = list(people)  # the type came from these people's offices: all of them take part
    else:
        parts = [p for p in people if ctx.roles.get(p) not in above - set(roles)]
    if etype == "working_level" or (m.series and m.kind == "noun" and not m.group):
        return parts  # attending a multilateral summit is not meeting a counterpart
    fill = HEAD_ROLES if etype == "summit" else roles  # the side's own leader, not its deputy
    unknown = met_someone_unknown(m)
    if unknown:  # "met with North Korea's General Kim Yong-chol": not Kim Jong Un, but the one named
        told = {w for p in people for w in p.split()}  # "Sheikh Abdullah" after "Abdullah bin Zayed": him
        if " " in unknown and len(parts) == 1 and parts[0] in people and not told & set(unknown.split()):
            parts.append(unknown)
        return list(dict.fromkeys(parts))
    for c in _sides(people, ctx, main, also)[:2]:
        if not any(ctx.countries.get(p) == c for p in parts):
            parts += [h for h in ctx.holders(fill, c) if in_office_then(h, m.timex, fill)][:1]
    return list(dict.fromkeys(parts))


# "Prime Minister Viktor Orban and Foreign Minister Peter Szijjarto": a title and nothing else between the two
_AND_TITLED: Final = rx.compile(r",?\s+and\s+(?:(?:his|her|its|the)\s+)?(?:[A-Za-z'’.-]+\s+){1,4}$")


def _joined_to_leader(m: Mention, leaders: list[str]) -> set[str]:
    """The people named with their title right after a head of state or government who met or was met (the meeting
    verb's own), joined by "and", of the leader's country ("met with Hungarian Prime Minister Viktor Orban and
    Foreign Minister Peter Szijjarto"): the minister takes part beside the leader (not "as Ardern and Foreign
    Minister Mahuta face questions")."""
    text, s0 = m.sentence.text, m.sentence.start
    joined = [p.start for p in _met_directly(m) if p.person in leaders]
    out: set[str] = set()
    for a, b in zip(m.people, m.people[1:], strict=False):
        if a.start in joined and b.titled and b.country == a.country and _AND_TITLED.fullmatch(
                text, a.end - s0, b.start - s0):
            out.add(b.person)
            joined.append(b.start)
    return out


def met_someone_unknown(m: Mention) -> str | None:
    """The one named right after the meeting word who is outside the people data, or the group ("delegation") met
    (actors.unknown_object)."""
    s0 = m.sentence.start
    named = [(p.start - s0, p.end - s0) for p in m.people]
    unknown = actors.unknown_object(m.sentence.text, m.end - s0, named)
    return None if unknown in places.gazetteer().cities else unknown  # "visited Buenos Aires": a city, no one


def in_office_then(name: str, t: Timex | None, roles: tuple[str, ...] = ()) -> bool:
    """Whether someone held an office of the people data (one of `roles`, if given and held at some time) when a
    meeting with a stated year took place ("Mao received Nixon in February 1972": not the article's Xi or Biden;
    Biden, vice president in 2016, was not then one of the two leaders); True when the year or the terms are
    unknown."""
    if t is None or t.spec.year is None or not t.value:
        return True
    days = span(t.value)
    person = actors.index().by_name.get(name)
    if days is None or person is None or not person.terms:
        return True
    terms = [tm for tm in person.terms if tm.role in roles] or person.terms
    return any((tm.start is None or tm.start <= days[1]) and (tm.end is None or days[0] <= tm.end) for tm in terms)


def _subject_and_object(m: Mention, people: list[str]) -> list[str]:
    """"A summoned B": the person nearest before the word and the one nearest after it."""
    before = [p for p in m.people if p.end <= m.start]
    after = [p for p in m.people if p.start >= m.end]
    picked = ([before[-1].person] if before else []) + ([after[0].person] if after else [])
    return [p for p in picked if p in people] or people[:2]


# "was held on Saturday following a Friday telephone conversation between Aliyev and Erdogan": the call's people
_CALL_BETWEEN: Final = rx.compile(
    r"\b(?:tele)?phone\s+(?:call|conversation|talks?)\b|\bvideo\s*(?:call|link|conference)\b", re.I)


def _on_the_phone(m: Mention, p: actors.Mention) -> bool:
    """Whether a person is named after the meeting word with a phone call told between them: the call's, not the
    meeting's."""
    at = m.sentence.start
    return p.start >= m.end and _CALL_BETWEEN.search(m.sentence.text, m.end - at, p.start - at) is not None


# "Qureshi, who is accompanied by Foreign Secretary Tehmina Janjua and other senior officials", "was also accompanied
# by Foreign Minister Zambry": the party of the one accompanied
_ACCOMPANIED_BY: Final = rx.compile(r"\baccompanied\s+by\b(?:(?![.;:()]|\b(?:met|meets|and\s+(?:met|held|will|was|is)|"
                                    r"who|which|where|while)\b).){0,80}$", re.I)


def _in_the_party(m: Mention, p: actors.Mention, ctx: Context) -> bool:
    """Someone named as accompanying another of the mention's people, of the same country or of none known: of that
    one's party, not a side of the meeting (not "accompanied by his Laos counterpart", the host)."""
    at = m.sentence.start
    if _ACCOMPANIED_BY.search(m.sentence.text, max(0, p.start - at - 100), p.start - at) is None:
        return False
    country = ctx.countries.get(p.person) or p.country
    return any(o.start < p.start and o.person != p.person
               and (country is None or ctx.countries.get(o.person) in (country, None)) for o in m.people)


def _participants(m: Mention, ctx: Context) -> list[str]:
    met = _met_directly(m)
    people = [p for p in _visit_people(m, ctx) if not _on_the_phone(m, p) and not _in_the_party(m, p, ctx)]
    names = [p.person for p in people if not (p.role or "").startswith("former_") or p in met]
    text = m.sentence.text
    cp = None
    if names and any(word in text for word in patterns()["counterpart_words"]):
        cp = patterns()["counterpart"].search(text)
    if cp:
        country = actors.index().adjectives.get(cp.group(1))
        role = ctx.roles.get(names[0])
        mate = next((p for p in ctx.holders((role,) if role else HEAD_ROLES, country)
                     if in_office_then(p, m.timex)), None) if country else None
        if mate:
            names.append(mate)
    return list(dict.fromkeys(names))


_POSSESSED: Final = rx.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}$")  # "Xi Jinping's two-day trip"


def _visit_people(m: Mention, ctx: Context) -> list[actors.Mention]:
    """The people of a visit told as someone's ("Moon took note of Xi's trip to Pyongyang, during which he had talks
    with Kim"): the visitor, the people named after, and those of the country visited; not one named before the
    visitor of a third country (who speaks of the trip)."""
    if m.kind != "noun" or m.trigger.lower() not in VISIT_WORDS or m.place is None:
        return m.people
    s0 = m.sentence.start
    visitor = next((p for p in m.people if p.end <= m.start
                    and _POSSESSED.fullmatch(m.sentence.text, p.end - s0, m.start - s0)), None)
    if visitor is None:
        return m.people
    host = m.place.country or m.place.name
    return [p for p in m.people if p.start >= visitor.start or ctx.countries.get(p.person) in (host, None)]


_BETWEEN_MET: Final = rx.compile(r"(?:\s+(?:on|last|this)\s+\w+)?\s+$")


def _met_directly(m: Mention) -> list[actors.Mention]:
    """The one who met and the one met, right before and after a meeting verb ("Former Prime Minister Netanyahu on
    Friday met with", "met former Foreign Minister Nien"): participants, whatever office they no longer hold."""
    if m.kind != "verb":
        return []
    text, at = m.sentence.text, m.sentence.start
    before = [p for p in m.people if p.end <= m.start]
    after = [p for p in m.people if p.start >= m.end]
    out = []
    if before and _BETWEEN_MET.fullmatch(text, before[-1].end - at, m.start - at):
        out.append(before[-1])
    if after and re.fullmatch(r"\s+(?:with\s+)?(?:the\s+)?(?:former\s+|ex-)?(?:[\w'’.-]+\s+){0,4}",
                              text[m.end - at:after[0].start - at], re.I):
        out.append(after[0])
    return out


def _type_from_roles(parts: list[str], ctx: Context) -> str:
    """A summit is between heads; a head receiving another country's minister is a ministerial meeting, its vice
    minister a vice-ministerial one."""
    roles = {ctx.roles.get(p) for p in parts}
    heads = {ctx.countries.get(p) for p in parts if ctx.roles.get(p) in SUMMIT_ROLES}
    others = {ctx.countries.get(p) for p in parts if ctx.roles.get(p) in MINISTER_ROLES} - heads
    if heads and others:
        return "ministerial"
    deputies = {ctx.countries.get(p) for p in parts if ctx.roles.get(p) == "vice_minister"} - heads
    if heads and deputies and not ({ctx.countries.get(p) for p in parts} - heads - deputies):
        return "vice_ministerial"  # a head receiving another country's vice minister (or foreign secretary)
    advisers = {ctx.countries.get(p) for p in parts if ctx.roles.get(p) == "official" and _adviser(p)} - heads
    if advisers and not ({ctx.countries.get(p) for p in parts} - heads - advisers) and not roles & set(MINISTER_ROLES):
        return "working_level"  # a head receiving another country's security adviser or envoy; two advisers
    if heads:
        return "summit"
    if roles & set(MINISTER_ROLES):
        return "ministerial"
    if "vice_minister" in roles:
        return "vice_ministerial"
    return "other"


def _adviser(name: str) -> bool:
    """Whether someone is a national security adviser or special envoy of the people data (not a speaker, senator or
    spokesman the text calls an official)."""
    person = actors.index().by_name.get(name)
    return person is not None and any(t.role == "official" for t in person.terms)


_VISITING_BEFORE: Final = rx.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?i:counterpart|president|prime\s+minister|"
                                     r"premier|leader|chancellor|king|emir|foreign\s+minister|minister)\b")


def _host(m: Mention, parts: list[str], ctx: Context) -> places.Place | None:
    """A visit by one side to the other, with no place named, took place in the host's country."""
    if m.trigger.lower() not in VISIT_WORDS:
        return None
    rel = m.start
    visitors = [p for p in m.people if p.end <= rel and p.start >= rel - 30]
    if m.trigger.lower() == "visiting" and _VISITING_BEFORE.match(m.sentence.text, m.end - m.sentence.start):
        # "Modi and his visiting Nepalese counterpart Pushpa Kamal Dahal": the visitor is named after the word
        visitors = [p for p in m.people if m.end <= p.start <= m.end + 60][:1]
    if not visitors:
        return None
    home = visitors[-1].country
    hosts = [ctx.countries.get(p) for p in parts if ctx.countries.get(p) not in (None, home)]
    return places.Place(m.start, m.end, hosts[0], hosts[0], "country") if hosts and hosts[0] else None


def _stands_alone(ev: ArticleEvent, m: Mention) -> bool:
    """A new event needs something of its own: a date, a place or people, and two sides or a named level."""
    return why_not_alone(ev, m) is None


_ROUND_BEFORE: Final = rx.compile(r"\bround\b", re.I)  # "the second round of talks": a sitting, not the process


def why_not_alone(ev: ArticleEvent, m: Mention) -> str | None:
    """Why a mention cannot start an event of its own (None when it can): the rule of _stands_alone that says no."""
    if m.vague or m.pointed or (m.definite and not (ev.timex or m.place or m.ongoing or _between_named(m)
                                                    or len(_pair_after(m)) >= 3 or _next_one_with(m)
                                                    or _with_another_side(m) or _numbered_sitting(m)
                                                    or (_of_several_sides(m) and len(set(ev.countries)) >= 2))):
        return "told elsewhere"  # "the summit" with nothing of its own, "this visit": a meeting told elsewhere
    if _domestic_trip(m):
        return "domestic trip"  # "Sunak will travel to Belfast"
    if _visit_as_record(m) and (ev.timex is None or ev.timex.spec.day is None):
        return "a record"  # "Gonzalez' visit to Morocco is her first foreign trip": a visit told of, told elsewhere
        # (not one told with its day: "welcomed to Wellington on June 14, in what was her first official visit")
    if ev.timex is None and _EARLIER_ROUND.search(m.sentence.text, 0, m.start - m.sentence.start):
        return "an earlier round"  # "Before the first round of the Jeddah talks were suspended": no date
    if m.sitting and ev.type == "other" and not ev.participants and ev.location is None and (
            ev.timex is not None and precision(ev.timex.spec) in ("month", "year")) and not _ROUND_BEFORE.search(
            m.sentence.text, max(0, m.start - m.sentence.start - 60), m.start - m.sentence.start):
        return "a process"  # "Peace talks between the South Asian neighbors resumed in February": talks of no one
        # named, at no level and no place, resumed or suspended in a month or a year, are the process, no sitting
    has_date = ev.timex is not None
    if not (has_date or ev.location or ev.participants) or (m.kind == "joint" and not has_date):
        return "nothing of its own"
    if len(set(ev.named) | set(ev.countries)) >= 2:
        return None
    if len(ev.participants) >= 2 and has_date and ev.location:
        return None  # two people, a day and a place, whatever countries they are of (people outside the data)
    if _met_abroad(m, ev):
        return None  # "Peters has met with Prime Minister Manele in Honiara": a visitor met someone abroad
    if _talks_abroad(m, ev):
        return None  # "Hill ... is scheduled to hold talks in Seoul starting September 11": with the place's country
    if has_date and _host_here(m):
        return None  # "Deputy Minister for Interior of Turkey Ismail Gatakli here on Monday called on Interior
        # Minister Sheikh Rashid Ahmed": a visitor of a country met an office holder of the place the story is from
    if m.spoken and (has_date or ev.location):
        return None  # "MINISTER BISHOP: ... I have just had a meeting with the Vice-President": the speaker met someone
    if ev.untold_subject and (has_date or ev.location):
        return None  # "The Prime Minister met President Duda of Poland in Warsaw this afternoon": two sides
    if ev.participants and len(ev.sides) >= 2 and ev.timex is not None and ev.timex.spec.year is not None:
        return None  # a side's office holder of that year is filled in from the people data (merge.complete_sides)
    if m.sitting and (has_date or ev.location) and (ev.participants or ev.named or ev.sides or _told_by_adjective(m)):
        return None  # "Sudan's warring parties have resumed negotiations in Saudi Arabia": talks sat, whoever sits
        # ("The Colombian government resumed peace talks with leftist rebels Thursday")
    if ev.series and m.kind == "noun" and _SUMMIT_WORD.match(m.trigger) and has_date and not ev.participants \
            and ev.timex is not None and (ev.timex.spec.month is not None or _day_after_the_name(m, ev.timex)):
        return None  # "the Ibero-American Summit to be held on March 24 and 25": a summit of a series, of many
        # ("to participate in the India Africa Forum Summit tomorrow": its day right after its name)
    if ev.series and m.kind == "noun" and has_date and ev.location and not ev.participants and _NUMBERED_NAME.search(
            m.sentence.text, 0, m.start - m.sentence.start):
        return None  # "in Tonga this week for the 53rd Pacific Islands Forum Leaders Meeting": a sitting of a series
        # told by its number, with its days and its place (not "arrived today in Delhi for the G20 Summit": a trip's)
    if not (ev.participants or ev.named or ev.sides):
        return "no one and no country"  # "the team that reached the summit in 1953": no diplomacy
    if ev.series and has_date and ev.participants and (m.trigger.lower() in VISIT_WORDS or m.kind == "noun"
                                                         and _SUMMIT_WORD.match(m.trigger)):
        return None  # "Lula's first trip abroad, to Buenos Aires for the Jan. 24 Celac summit": a summit attended
    if m.level not in ("summit", "ministerial", "vice_ministerial", "working_level"):
        return "one side, no level"
    return None if has_date or ev.location else "one side, no date or place"


def _day_after_the_name(m: Mention, t: Timex) -> bool:
    """A weekday or a day counted from today told right after the summit's name, its own day ("the India Africa Forum
    Summit tomorrow", "the G20 summit on Saturday"; not "arrived today in Delhi for the G20 Summit", a trip's day)."""
    return (t.spec.weekday is not None or t.spec.rel_unit == "day") and 0 <= t.start - m.end <= 4 + len("on ")


_RECORD: Final = (r"\b(?:is|was|will\s+be|would\s+be|marks|marked)\s+(?:only\s+)?(?:the|her|his|their|its)\s+"
           r"(?:first|second|third|fourth|fifth|first-ever|second-ever|highest[\s-]level|most\s+senior)\b"
           r"(?!\s+(?:of|stop|leg)\b)")  # (not "the first of his tour": a leg of a tour, a visit of its own)
_RECORD_AFTER: Final = rx.compile(r"[^.;:]{0,40}?" + _RECORD, re.I)
_A_YEAR: Final = rx.compile(r"\b(?:1[89]|20)\d\d\b")
_RECORD_BEFORE: Final = rx.compile(_RECORD + r"(?:\s+(?!to\b)[\w'’-]+){0,3}\s+$", re.I)  # a visit, not 'to visit'


def _visit_as_record(m: Mention) -> bool:
    """"Davutoglu's trip will be the highest level ...", "This is the first Prime Ministerial visit from India to
    Philippines in 36 years": a visit told as a record is a comment on the visit the article tells, not another."""
    text, at = m.sentence.text, m.start - m.sentence.start
    if m.trigger.lower() not in ("visit", "trip") or _A_YEAR.search(text):
        return False  # ("the first by a Philippine president since Duterte's state visit in October 2016, when
        # Duterte met Xi": the record's sentence tells a meeting of another year, its own)
    return bool(_RECORD_AFTER.match(text, m.end - m.sentence.start) or _RECORD_BEFORE.search(text, 0, at))


def _host_here(m: Mention) -> bool:
    """Someone of a country and an office holder told without one, met "here" (where the article is written)."""
    if not _HERE.search(m.sentence.text):
        return False
    return any(p.country for p in m.people) and any(p.country is None and p.role in _HOST_ROLES for p in m.people)


_HOST_ROLES: Final = ("head_of_state", "head_of_government", "foreign_minister", "minister", "vice_minister")
_BETWEEN_AFTER: Final = rx.compile(r"\s+between\s+")


def _between_named(m: Mention) -> bool:
    """"The meeting between new Chinese Defence Minister Dong Jun and his US counterpart Lloyd Austin was held on
    the sidelines": a meeting told by the two people named right after it, its own."""
    text, s0 = m.sentence.text, m.sentence.start
    if not _BETWEEN_AFTER.match(text, m.end - s0):
        return False
    return len({p.person for p in m.people if m.end < p.start <= m.end + 120}) >= 2 \
        and (_WAS_HELD.search(text, m.end - s0) is not None or _WITNESSED.search(text, 0, m.start - s0) is not None)


_WITH_AFTER: Final = rx.compile(r"\s+with\s+")
_OWN_BEFORE: Final = rx.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:[\w-]+\s+)?$")
WITH_REACH: Final = 60  # characters from "with" to the name of the one met ("with Secretary of State Antony Blinken")


def _with_another_side(m: Mention) -> bool:
    """"Koizumi gave accounts of his meeting with Mr. Kim Jong-Il", "Jaishankar, who will hold the meeting with
    Secretary of State Antony Blinken": "the meeting" with someone of another country than the one told before it,
    a meeting of its own, told by who met."""
    text, s0 = m.sentence.text, m.sentence.start
    said = _WITH_AFTER.match(text, m.end - s0)
    if m.kind != "noun" or said is None or m.cancelled:
        return False  # (not "called off his planned meeting with Kim": a plan that did not take place, no event)
    guest = next((p for p in m.people if p.start >= s0 + said.end()), None)
    if guest is None or guest.country is None or guest.start > s0 + said.end() + WITH_REACH:
        return False
    # "During his meeting with Onyeama, Jaishankar underlined": whose meeting it is may be told after the guest
    own = _OWN_BEFORE.search(text, 0, m.start - s0) is not None
    return any(p.country not in (None, guest.country) for p in m.people
               if p.end <= m.start or (own and p.start > guest.end))


# "the 5th Meeting of the Committee for Political Consultation", "the Third Session of the Joint Commission"
_DIGIT_ORDINAL: Final = r"\d+(?:st|nd|rd|th)"  # "5th", "53rd"
_NUMBERED_BEFORE: Final = rx.compile(r"\b(?:" + _DIGIT_ORDINAL + r"|First|Second|Third|Fourth|Fifth|Sixth|Seventh|"
                                     r"Eighth|Ninth|Tenth|[IVX]+)\s+$")
_OF_A_BODY: Final = rx.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


# "the 53rd Pacific Islands Forum Leaders Meeting": a sitting's number, then the series' name
_NUMBERED_NAME: Final = rx.compile(r"\b" + _DIGIT_ORDINAL + r"\s+(?:(?:[A-Z][\w'’-]*|of|and|the)\s+){0,6}$")


def _numbered_sitting(m: Mention) -> bool:
    """"take part in the 5th Meeting of the Committee for Political Consultation": a sitting of a body told by its
    number, a meeting of its own, not one told elsewhere."""
    text, s0 = m.sentence.text, m.sentence.start
    number = _NUMBERED_BEFORE.search(text, 0, m.start - s0)
    return (m.kind == "noun" and number is not None and _OF_A_BODY.match(text, m.end - s0) is not None
            and (number.group()[0].isdigit() or m.trigger[:1].isupper()))  # (not "the first meeting of the two")


_WAS_HELD: Final = rx.compile(r"\b(?:was|were)\s+held\b|\btook\s+place\b")
# "The summit also witnessed the first meeting between Assad and Sisi": a meeting the occasion saw
_WITNESSED: Final = rx.compile(r"\b(?:witnessed|saw|featured)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$")

def _sides_of_the_format(ev: ArticleEvent, m: Mention, events: list[ArticleEvent]) -> bool:
    """"The previous 2+2 talks took place in Moscow in September": a meeting of a level told with its date and no
    one or no country of its own is another sitting of the countries whose meetings the article told before; their
    sides become its sides. Told as another sitting ("The same talks previously took place in June last year", "The
    eighth edition of the retreat was held here in January"), it is also of their level. True when one was found."""
    if ev.participants or ev.timex is None or (ev.timex.spec.month is None and not (
            m.sitting and ev.timex.spec.weekday is not None)):
        return False  # (a month, or the weekday of a round: "The second round ... will be held on Thursday")
    lo, hi = clause(m.sentence, m)
    if m.vague or m.pointed or m.series or not lo <= ev.timex.start < hi:
        return False  # (not a date of another clause: "this week's summit was set when X went there on Sept. 5")
    leveled = m.level in RANK
    if not leveled and not _ANOTHER_SITTING.search(m.sentence.text, 0, m.start - m.sentence.start):
        return False
    if leveled and (ev.named or ev.sides):
        return False
    told = next((old for old in reversed(events) if (len(old.sides) >= 2 or len(old.named) >= 2)
                 and (leveled or old.type in RANK or m.sitting)), None)
    if told is None:
        return False
    if not leveled and told.type in RANK:
        m.level = ev.type = told.type  # the level of the format the sitting is one of
    if not (ev.named or ev.sides):
        ev.sides = list(told.sides if len(told.sides) >= 2 else told.named)
    return True


# a sitting told as another of a format told before: "The same talks", "the previous round", "The eighth edition of
# the retreat"
_ANOTHER_SITTING: Final = rx.compile(
    r"\b(?:same|previous|prior|preceding|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+(?:edition|round|session|sitting)\s+of)\s+(?:the\s+)?(?:[\w+'’-]+\s+){0,2}$", re.I)


_ADJECTIVE_SIDE: Final = rx.compile(r"\b(?:[Tt]he\s+)?([A-Z][\w'’-]+)\s+(?:government|army|military|authorities|"
                                    r"delegation|side|regime|junta)\b")


def _told_by_adjective(m: Mention) -> bool:
    """A side of the clause told by its country's adjective ("the Colombian government", "the Sudanese army")."""
    lo, hi = clause(m.sentence, m)
    s0, adjectives = m.sentence.start, actors.index().adjectives
    return any(a.group(1) in adjectives for a in _ADJECTIVE_SIDE.finditer(m.sentence.text, lo - s0, hi - s0))


def _talks_abroad(m: Mention, ev: ArticleEvent) -> bool:
    """One person of a known country holding talks on a day told, in a city of another country, no summit of many:
    talks with the place's country."""
    host = ev.location.country if ev.location is not None and ev.location.kind == "city" else None
    if host is None or ev.series or len(ev.participants) != 1 or m.trigger.lower() not in _HELD_PLURALS:
        return False
    own = [p.country for p in m.people if p.person == ev.participants[0]]
    return bool(own) and own[0] not in (None, host) and ev.timex is not None and ev.timex.spec.day is not None


def _met_abroad(m: Mention, ev: ArticleEvent) -> bool:
    """A visitor of a known country met, in a place of another country, someone the verb names after it whose
    country is not known or is the place's: the place's country is the other side."""
    host = ev.location.country if ev.location is not None else None
    if m.kind != "verb" or host is None or len(ev.participants) < 2:
        return False
    return (any(p.end <= m.start and p.country not in (None, host) for p in m.people)
            and any(p.start >= m.end and p.country in (None, host) for p in m.people))


def _domestic_trip(m: Mention) -> bool:
    """A trip of people to a place in their own country ("Sunak will travel to Belfast"): no one met there."""
    country = m.place.country if m.place else None
    travellers = [p for p in m.people if p.end <= m.start]
    return (m.trigger.lower() in VISIT_WORDS and country is not None and bool(travellers)
            and all(p.country == country for p in m.people))


HOST_WORDS: Final = ("hosted", "hosts", "chaired", "chairs", "attended", "attends", "joined", "joins")


def _same_event(ev: ArticleEvent, m: Mention, events: list[ArticleEvent]) -> ArticleEvent | None:
    """The event already told that this mention speaks of, if any."""
    latest_first = sorted(events, key=lambda e: e.mentions[-1].start, reverse=True)
    if ev.participants:  # "the BRICS Summit is being held in Kazan from October 22-24", then "Modi and Xi will hold a
        latest_first = [old for old in latest_first if not _summit_of_many(old)]  # meeting on its sidelines"
    if _EARLIER_ROUND.search(m.sentence.text, 0, m.start - m.sentence.start):  # "Before the first round of the
        latest_first = [old for old in latest_first if old.status != "planned"]  # Jeddah talks were suspended"
    after = m.sentence.text[m.end - m.sentence.start:].lstrip().lower()
    pairs = not (m.trigger.lower() in HOST_WORDS and after.startswith(("the ", "their ")))  # "Qin hosted the meeting"
    if m.apart:  # "and a meeting with Vice President Harris": not a meeting told before without her
        latest_first = [old for old in latest_first if set(ev.participants) <= set(old.participants)]
    if len(ev.participants) >= 2 and _separately(m):  # "After the summit, Zelensky is to separately meet with Putin":
        latest_first = [old for old in latest_first if set(old.participants) == set(ev.participants)]  # not the summit
    latest_first = [old for old in latest_first if not _also_met_another(old, m) and not _fewer_sides(old, ev)
                    and not _next_one_with_another(old, m)]
    if not (ev.timex or m.place):
        goes_on = _goes_on(m)  # "The two leaders said they would continue to hold informal talks later in the evening"
        cands = [old for old in latest_first if _compatible(old, ev, mind_status=not (m.definite or goes_on),
                                                            mind_pairs=pairs, any_type=goes_on)
                 and (not goes_on or m.start - old.mentions[-1].end <= 2 * RECENT)
                 and not (old.mentions[0].apart and not set(old.participants) <= set(ev.participants))
                 and not _new_side(old, ev, m) and not _plan_of_past(old, ev) and not _another_sitting(old, ev, m)]
        # ("The summit's agenda" after "... and a meeting with Harris" is not that meeting)
        if not cands and m.definite and _ATTENDED.search(m.sentence.text):
            # "The meeting was attended by X" right after it is told: X took part
            cands = [old for old in latest_first if m.start - old.mentions[-1].end <= RECENT and not old.guests
                     and _compatible(old, ev, mind_status=False, mind_people=False) and not _new_side(old, ev, m)]
            # (not one of a round of bilaterals: "The meeting of the SCO was also attended by" is the SCO's)
        return _salient(cands, m)
    told = _told_in_its_sentence(ev, m, latest_first)
    if told is not None:
        return told
    if ev.timex is not None and len(ev.participants) >= 2 and _of_today(m):
        said = next((old for old in latest_first if set(old.participants) == set(ev.participants)
                     and old.type == ev.type and old.status == "held" and old.timex is not None
                     and (old.timex.spec.day is not None or old.timex.spec.weekday is not None)), None)
        if said is not None and m.start - said.mentions[-1].end <= 2 * RECENT:
            return said  # "held talks in Moscow on Thursday" ... Lavrov: "today's meeting will be very productive"
    quoted = next((old for old in latest_first if _speakers_today(old, ev)), None)
    if quoted is not None:
        return quoted
    for old in latest_first:
        if _also_attended(old, ev, m):
            return old  # "A and B will meet next week ..." then "Tuesday's summit also will be attended by C and D"
        if not _compatible(old, ev, mind_pairs=pairs, mind_status=not _plan_took_place(old, ev, m)):
            continue
        if _below_its_level(old, ev, m):
            continue  # "the meeting of the Foreign Ministers on July 15" is not the foreign secretary's call on one
        if bilateral_at_summit(old, ev):
            continue
        if ev.timex and old.timex:
            if _positive_match(old, ev) or (m.pointed and ev.timex.spec.month is None and _same_sides(old, ev)):
                return old  # ("This visit is a major event of this year": the visit told, its year holding its day)
            if m.definite and not (old.participants or ev.participants) and old.status == ev.status == "planned" \
                    and _week_holds_day(old.timex, ev.timex):
                return old  # "talks in Kazakhstan next week" ... "the talks, which will begin on 28th of this month"
        elif _earlier_one(m, ev):
            continue  # "The last visit by a Portuguese President to India was in 2007": not the visit told, undated
        elif _last_one(m) and not _told_as_last(old) and ev.status == old.status == "held":
            continue  # "Since ... Biden's last meeting in the White House": not the meeting the article tells
        elif (m.definite and _same_sides(old, ev)) or _positive_match(old, ev) or _bare_same_people(old, ev):
            return old
    if not ev.participants and _of_today(m):
        # "met his Jordanian counterpart in Riyadh ... 'In today's meeting, we discussed ...'": that meeting, today
        return next((old for old in latest_first if old.timex is None and old.status == "held" and old.participants
                     and m.start - old.mentions[-1].end <= RECENT), None)
    return None


def _compound_of_many(m: Mention) -> tuple[str, ...]:
    """The three countries or more of a compound told with the meeting word ("the Turkey-Pakistan-Azerbaijan
    trilateral", "the Meeting of Turkey-Pakistan-Azerbaijan Foreign Ministers")."""
    return next((pair for pair in (pair_before(m), _pair_after(m)) if len(pair) >= 3), ())


def _fewer_sides(old: ArticleEvent, ev: ArticleEvent) -> bool:
    """"The Trilateral Meeting of Turkey-Pakistan-Azerbaijan Foreign Ministers", then "his visit" or "talks with his
    Pakistani counterpart" of two of its sides, told with their people or places: not the meeting of the three (a
    side its compound names that none of its people is of)."""
    told = {c for m in old.mentions for c in _compound_of_many(m)}
    if not told or not (ev.participants or ev.named or ev.location):
        return False
    return bool(told - {*ev.named, *ev.sides, *old.countries})


# "His first meeting in Oslo was with", "The next meeting will be with": one of a visit's meetings in turn
_ORDINAL_BEFORE: Final = rx.compile(r"\b(?:first|second|third|fourth|next|final)\s+(?:[\w-]+\s+)?$", re.I)
_WAS_WITH: Final = rx.compile(r"(?:\s+(?:in|at|on)\s+[^,;.]{0,40}?)?\s+(?:was|is|were|will\s+be)\s+with\s+")


def _next_one_with(m: Mention) -> str | None:
    """Who a meeting told by its place in a visit's order was with ("His first meeting in Oslo was with the Prime
    Minister, Erna Solberg"), if anyone."""
    text, s0 = m.sentence.text, m.sentence.start
    said = _WAS_WITH.match(text, m.end - s0)
    if m.kind != "noun" or said is None or not _ORDINAL_BEFORE.search(text, 0, m.start - s0):
        return None
    return next((p.person for p in m.people if p.start >= s0 + said.end()), None)


def _next_one_with_another(old: ArticleEvent, m: Mention) -> bool:
    """"His first meeting in Oslo was with the Prime Minister, Erna Solberg": a meeting told by its place in a
    visit's order and who it was with, someone the meeting before did not have, is another meeting."""
    guest = _next_one_with(m)
    return guest is not None and bool(old.participants) and guest not in old.participants


def of_more_sides(a: ArticleEvent, b: ArticleEvent) -> bool:
    """Whether one of the two is a meeting of more sides, told by its compound, than the other has."""
    return _fewer_sides(a, b) or _fewer_sides(b, a)


def _also_met_another(old: ArticleEvent, m: Mention) -> bool:
    """"Prince Faisal also met with Kuwait's Crown Prince" after his meeting with the Amir: a meeting told with
    "also" and someone the meeting before did not have, the verb's object right after it, is another meeting (not
    "was also received by King Felipe" on the visit told: a reception of the visitor, of the visit)."""
    text, s0 = m.sentence.text, m.sentence.start
    during = _VISIT_OPENS.match(text) is not None and len(old.participants) >= 2  # (not the visitor alone)
    if m.definite or not (_ANOTHER_BEFORE.search(text, 0, m.start - s0) or during) or _BY_AFTER.match(text, m.end - s0):
        return False
    guest = next((p for p in m.people if p.start >= m.end), None)  # the verb's object, right after it
    if guest is None or guest.start - m.end > 80 or _NOT_THE_OBJECT.search(text, m.end - s0, guest.start - s0):
        return False  # ("also meet U.S. parliament leaders and attend a luncheon hosted by Biden": not Biden)
    return bool(old.participants) and guest.person not in old.participants


_BY_AFTER: Final = rx.compile(r"\s+by\b")
# "During the visit, Mohammed bin Salman met with ...": a meeting told as one of the visit's, its subject then a verb
_VISIT_OPENS: Final = rx.compile(r"\s*(?:During|In\s+the\s+course\s+of)\s+(?:the|his|her|their|this)\s+"
                                  r"(?:[\w-]+\s+){0,2}?(?:visit|trip|stay|tour)\b", re.I)
# "also met", "later met", "separately held talks with": told as another meeting than the one before
_ANOTHER_BEFORE: Final = rx.compile(r"\b(?:also|later|separately|subsequently|afterwards)\s+(?:[\w-]+\s+){0,3}$", re.I)
_NOT_THE_OBJECT: Final = rx.compile(r"\b(?:and|but|then|before|after|while|by)\s+(?-i:[a-z])|[;:]")


# the meeting told just before, told as going on or as its next part: "would continue to hold informal talks later in
# the evening", "This will be followed by a delegation meeting", "The Leaders will then have a retreat", "In remarks
# before the meetings began"
_GOES_ON: Final = rx.compile(r"\b(?:continue|continued|continues|continuing)\s+(?:to\s+)?(?:hold\s+|have\s+)?"
                             r"(?:their\s+)?(?:[\w-]+\s+)?$|\bfollowed\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$|"
                             r"\b(?:will|would|shall)\s+then\s+(?:have|hold)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}$|"
                             r"\bbefore\s+the\s+$", re.I)
_GOES_ON_AFTER: Final = rx.compile(r"\s+(?:later\s+(?:in|that)\s+the\s+(?:day|evening|afternoon|night)\b|"
                                   r"(?:began|begin|started|start)\b)", re.I)


def _goes_on(m: Mention) -> bool:
    """A meeting word told as the going on or the next part of a meeting ("continue to hold talks later in the
    evening", "followed by a delegation meeting", "before the meetings began"): that meeting, whatever its tense."""
    text, at = m.sentence.text, m.sentence.start
    before = text[max(0, m.start - at - 60):m.start - at]
    after = text[m.end - at:]
    hit = _GOES_ON.search(before)
    if hit is None:
        return False
    return not hit.group(0).lower().startswith("before") or _GOES_ON_AFTER.match(after) is not None


def bilateral_at_summit(old: ArticleEvent, ev: ArticleEvent) -> bool:
    """"The SCO summit opens in Bishkek on Thursday, with Putin to hold bilateral talks on its sidelines with the
    leaders of India and Iran" ... "Putin is first scheduled to hold talks with Modi": a meeting of two of the
    summit's countries, no summit named, is a meeting of its own on the sidelines."""
    return (bool(old.series) and not ev.series and len(set(ev.countries)) == 2
            and set(ev.countries) < {*old.countries, *old.named})


def _below_its_level(old: ArticleEvent, ev: ArticleEvent, m: Mention) -> bool:
    """A meeting told by its level alone (no one named), with its date, and an undated meeting told before of someone
    below that level: two meetings ("Rao will also call on Foreign Minister Qureshi" and "the meeting of the Foreign
    Ministers on July 15")."""
    if m.people or ev.timex is None or old.timex is not None or m.level not in ("ministerial", "summit"):
        return False
    below = {r for lv in RANK[:RANK.index(m.level)] for r in LEVEL_ROLES[lv]} - set(LEVEL_ROLES[m.level])
    return any(_role_in(p, old) in below for p in old.participants)


def _summit_of_many(ev: ArticleEvent) -> bool:
    """A summit of a series told alone, no one and no side named: the summit of many, not a meeting held there."""
    return bool(ev.series) and not ev.participants and not ev.sides and ev.type == "summit"


def _told_in_its_sentence(ev: ArticleEvent, m: Mention, events: list[ArticleEvent]) -> ArticleEvent | None:
    """"A and B agreed on Thursday to open a new chapter ... during A's first visit to Athens": an undated meeting of
    the same two people or more that the sentence has just told is that meeting, not a second one."""
    if len(ev.participants) < 2 or m.apart:
        return None
    if ev.timex is not None:
        return _dated_after_in_its_sentence(ev, m, events)
    return next((old for old in events if any(x.sentence.start == m.sentence.start for x in old.mentions)
                 and set(old.participants) == set(ev.participants) and _compatible(old, ev)
                 and places_compatible(old.location, ev.location)), None)


def _dated_after_in_its_sentence(ev: ArticleEvent, m: Mention, events: list[ArticleEvent]) -> ArticleEvent | None:
    """"A and B are meeting for talks in Paris on Wednesday": the meeting word told first, with no date or place of
    its own, is the meeting the dated one after it in the same sentence tells (one meeting, not an undated second);
    not a meeting told as past before a plan ("A and B, who met before, will hold talks on Friday")."""
    return next((old for old in events if old.timex is None and old.location is None
                 and all(x.sentence.start == m.sentence.start and x.end <= m.start for x in old.mentions)
                 and set(old.participants) == set(ev.participants) and old.type == ev.type
                 and (old.status == ev.status or not old.status_marked
                      or all(x.progressive for x in old.mentions))), None)


# a sentence told as before or after the one told, or beside it: "Earlier, Bayramov met Fidan to discuss ...", "A day
# earlier, Khan also met ..." (a day counted from the meeting told before: see date_by_sequence)
_SEQUENCE_OPEN: Final = rx.compile(r"\s*(?:(?:Earlier|Before\s+that|Prior\s+to\s+that|Later|Afterwards|After\s+that|"
                                   r"Separately)(?:\s+(?:in|on|that|the)\s+(?:the\s+)?(?:day|morning|afternoon|"
                                   r"evening))?\s*,|(?:On\s+)?(?:(?:A|One|Two|Three)\s+days?\s+(?:earlier|later|before|after)|"
                                   r"[Tt]he\s+(?:day\s+(?:before|after)|(?:previous|next|following)\s+day))\s*,)")


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


_SEPARATELY: Final = rx.compile(r"\bseparate(?:ly)?\b", re.I)
SEPARATELY_REACH: Final = 25  # characters either side of a meeting word that "separately" may stand


def _separately(m: Mention) -> bool:
    """"is scheduled to separately meet with Putin", "will meet separately with Sullivan", "held separate talks with
    Li": a meeting apart from the gathering just told, of its own people only."""
    s0 = m.sentence.start
    return _SEPARATELY.search(m.sentence.text, max(0, m.start - s0 - SEPARATELY_REACH),
                              m.end - s0 + SEPARATELY_REACH) is not None


_EARLIER_ROUND: Final = rx.compile(r"\b(?:first|previous|last|earlier|prior)\s+(?:round|session)\s+of\s+"
                                   r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


# "Hasina is also scheduled to meet", "He also held talks with": "also" right before the meeting word, in a sentence
# that tells it apart ("separate talks", "in the afternoon"); not "was also received by the President" of the visit
_ALSO_BEFORE: Final = rx.compile(r"\balso\s+(?:[\w-]+\s+){0,3}$", re.I)
_ALSO_MET: Final = rx.compile(r"\balso\s+(?:[\w-]+\s+){0,2}(?:met|meets|meet|held|holds|hold|had|has|called\s+on|"
                              r"calls\s+on|call\s+on)\b", re.I)
_APART_TOLD: Final = rx.compile(r"\b(?:separate(?:ly)?|in\s+the\s+(?:morning|afternoon|evening)|later|earlier|"
                                r"before\s+(?:departing|leaving|returning))\b", re.I)


# "had discussed bilateral cooperation ... with Kamilov later that day": a sitting of its own that day
_SAME_DAY_APART: Final = rx.compile(r"\b(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+day\b", re.I)


def _another_sitting(old: ArticleEvent, ev: ArticleEvent, m: Mention) -> bool:
    """A meeting told after "Earlier," or "Separately," or "later that day", or as "also" met, with someone the
    meeting before did not have is another one ("Erdogan received Bayramov ... Earlier, Bayramov met Fidan",
    "Hasina is also scheduled to meet President Kovind" after her talks with Modi)."""
    text = m.sentence.text
    told = bool(_SEQUENCE_OPEN.match(text) or _SAME_DAY_APART.search(text) or (
        (_ALSO_BEFORE.search(text, 0, m.start - m.sentence.start) or _ALSO_MET.search(text))
        and _APART_TOLD.search(text)))
    return told and bool(set(ev.participants) - set(old.participants))


_TODAYS: Final = rx.compile(r"\b(?:today|yesterday|tonight)['’]s\s+(?:[\w-]+\s+){0,2}$", re.I)
_OUR: Final = rx.compile(r"\b(?:our|this)\s+(?:[\w-]+\s+)?$", re.I)
_TODAY_AFTER: Final = rx.compile(r"\s+(?:today|tonight)\b", re.I)


def _of_today(m: Mention) -> bool:
    """"today's meeting", and a speaker's "our meeting today" / "this meeting today": the meeting the speaker is at."""
    text, s0 = m.sentence.text, m.sentence.start
    return bool(_TODAYS.search(text, 0, m.start - s0)
                or (_OUR.search(text, 0, m.start - s0) and _TODAY_AFTER.match(text, m.end - s0)))


def _plan_of_past(old: ArticleEvent, ev: ArticleEvent, anchor: date | None = None) -> bool:
    """A plan told without a date ("We will make preparations for a visit by Mr. Putin to Japan") is not the
    meeting held on a day already past ("Gist of Japan-Russia summit, Nov. 15" in an article of Nov. 17)."""
    t = old.timex
    if not (ev.status == "planned" and ev.status_marked and old.status == "held" and t is not None
            and t.spec.day is not None):
        return False
    return t.direction < 0 or bool(anchor and t.value and len(t.value) == 10 and t.value < anchor.isoformat())


def _new_side(old: ArticleEvent, ev: ArticleEvent, m: Mention) -> bool:
    """"He will hold a bilateral meeting with his Italian counterpart" after "meeting Biden and Hasina on Friday":
    a meeting told anew (not "the meeting") with someone of a country the meeting before did not have is another."""
    after = m.sentence.text[m.end - m.sentence.start:].lstrip().lower()
    if len(old.participants) < 2 or not old.countries:
        return False
    if set(_compound_of_many(m)) - {*old.countries, *old.named}:  # "will also attend the Trilateral
        return True  # Meeting of Turkey-Pakistan-Azerbaijan Foreign Ministers": its own parties, one of them new
    if _more_sides_told(m, old) and set(ev.countries) - set(old.countries):
        return True  # "They were then joined by X's Prime Minister for the trilateral meeting": not the bilateral
    if m.definite or after.startswith(("the ", "their ", "this ", "that ")):  # "Qin Gang hosted the meeting"
        return False
    if m.apart and set(ev.sides) - set(old.countries):  # "hold talks with Rouhani and meet ... with the
        return True  # leaders of China and Mongolia": a predicate of its own, with countries the one before lacks
    return bool(set(ev.countries) - set(old.countries))


def _more_sides_told(m: Mention, old: ArticleEvent) -> bool:
    """A meeting word told as "trilateral", "three-way", the meeting before told so nowhere."""
    return _of_several_sides(m) and not any(_SEVERAL_SIDES.search(x.sentence.text) for x in old.mentions)


def _of_several_sides(m: Mention) -> bool:
    """"for the trilateral meeting", "a three-way summit": the meeting word told as of three sides or more."""
    s0 = m.sentence.start
    return _SEVERAL_SIDES.search(m.sentence.text, max(0, m.start - s0 - 25), m.start - s0) is not None


ARRIVAL_WORDS: Final = frozenset(w for w in VISIT_WORDS if w.startswith("arriv"))  # "arrived in", "arrive at"


def _same_event_of_a_side(ev: ArticleEvent, m: Mention, events: list[ArticleEvent]) -> ArticleEvent | None:
    """An undated retelling whose only place is one side's own country ("invest in Georgia", "citizens in Malaysia")
    after the two met in Baku: the one dated meeting of the same people told before, that country being what they
    spoke of, not where."""
    place = ev.location
    if ev.timex is not None or place is None or place.kind != "country" or place.name not in ev.sides \
            or len(set(ev.sides)) < 2 or len(ev.participants) < 2 or _last_one(m) or _place_of_the_word(m):
        return None
    told = [old for old in events if old.timex is not None and old.type == ev.type and not _trip_only(old)
            and set(old.participants) == set(ev.participants)
            and not (old.status_marked and ev.status_marked and old.status != ev.status)]
    return told[0] if len(told) == 1 else None


_OWN_PLACE: Final = rx.compile(r"\s*(?:to|in|of)\s+(?:the\s+)?$", re.I)


def _place_of_the_word(m: Mention) -> bool:
    """"Akufo-Addo's visit to Cote d'Ivoire": the country is where the meeting word itself took place."""
    at = m.place.start if m.place is not None else -1
    return at >= m.end and _OWN_PLACE.fullmatch(m.sentence.text[m.end - m.sentence.start:at - m.sentence.start]) \
        is not None


def _arrival_only(ev: ArticleEvent) -> bool:
    return all(_arrival(m) for m in ev.mentions)


# "arrived here on a two-day official visit", "arrived in Delhi on Thursday night on a four-day visit"
_ARRIVED_ON_VISIT: Final = rx.compile(r"\b(?:arrived|arrives|arriving|landed|lands)\b(?:(?![.;:]).){0,60}?"
                                      r"\b(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _arrival(m: Mention) -> bool:
    """An arrival ("arrived in Kathmandu", "arrived here on Thursday on a four-day visit"): no talks of its own."""
    if m.trigger.lower() in ARRIVAL_WORDS:
        return True
    before = m.sentence.text[:m.start - m.sentence.start]
    return m.trigger.lower() == "visit" and _ARRIVED_ON_VISIT.search(before, max(0, len(before) - 90)) is not None


def _join_arrival(target: ArticleEvent, ev: ArticleEvent) -> None:
    """An arrival and its talks joined: the talks' day, level and tense, not the arrival's."""
    talks = ev if _arrival_only(target) else target
    day, kind, status = talks.timex, talks.type, (talks.status, talks.status_marked)
    _join(target, ev)
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
    if set(arrival.participants) == set(talks.participants):
        return arrival.type == talks.type
    if len(arrival.participants) == 1:
        return arrival.participants[0] in talks.participants
    return not arrival.participants and arrival.location is not None and talks.location is not None


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


def _trip_only(ev: ArticleEvent) -> bool:
    """Told only as a trip: arrivals and visits ("arrived in Kathmandu", "his first official visit to Singapore")."""
    return all(_arrival(m) or m.trigger.lower() in VISIT_WORDS for m in ev.mentions)


def _country_of(place: places.Place | None) -> str | None:
    if place is None:
        return None
    return place.country or (place.name if place.kind == "country" else None)


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


def _bare_same_people(old: ArticleEvent, ev: ArticleEvent) -> bool:
    """A meeting told first of its people only ("Meeting between Vucic and Orban"), then with its place or day
    ("Orban arrived in Belgrade, where he met Vucic") right after: one meeting, when the same people meet."""
    return (old.timex is None and old.location is None and len(old.participants) >= 2
            and set(old.participants) == set(ev.participants)
            and any(len(m.people) >= 2 or (m.people and _office_of_country(m)) for m in old.mentions)
            and ev.mentions[0].start - old.mentions[-1].end <= RECENT)  # named, not "the leaders" of the story


# "Kazakh President held talks with ...": an office of a named country, one person, as good as a name
_COUNTRY_OFFICE: Final = rx.compile(r"^\s*(?:The\s+)?[A-Z][\w'’-]+\s+(?:President|Prime\s+Minister|Chancellor|Premier|"
                                    r"Foreign\s+Minister|King|Emir)\s+(?:held|holds|met|meets|hosted|hosts|received|"
                                    r"receives|welcomed|welcomes)\b")


def _office_of_country(m: Mention) -> bool:
    """A meeting whose subject is a country's office, no name ("Kazakh President held talks with Orban"), the
    country's office holder its participant."""
    return _COUNTRY_OFFICE.match(m.sentence.text) is not None and all(p.start >= m.start for p in m.people)


def _plan_took_place(old: ArticleEvent, ev: ArticleEvent, m: Mention) -> bool:
    """"was invited to meet Pence in Washington" ... "The meeting took place on Monday, September 30, 2019": the
    meeting planned before, undated, took place on the day the definite mention gives."""
    return (m.definite and old.timex is None and old.status == "planned" and ev.status == "held"
            and ev.status_marked and ev.timex is not None and ev.timex.spec.day is not None
            and ev.timex.spec.month is not None)


def _same_sides(old: ArticleEvent, ev: ArticleEvent) -> bool:
    """"the meeting" names no country the meeting told before does not have ("his meeting with US President George
    Bush next week" is not the Berlin summit of France, Germany and Britain)."""
    return not old.countries or set(ev.countries) <= set(old.countries)


_ATTENDED: Final = rx.compile(r"\b(?:attended|joined|took\s+part|participat(?:ed|ing)|participation|sat\s+in|"
                             r"(?:co-?)?(?:hosted|chaired)\s+by)\b")  # "The talks were hosted by Medvedev": he too
RECENT = 300  # characters: "the meeting" right after a meeting is told means that one


def _salient(cands: list[ArticleEvent], m: Mention) -> ArticleEvent | None:
    """What "the meeting" refers to: the meeting just told of, else the one the article tells most of."""
    if not cands:
        return None
    recent = [e for e in cands if m.start - e.mentions[-1].end <= RECENT]
    if recent:
        return recent[0]
    return max(cands, key=lambda e: len(e.mentions))


def _compatible(a: ArticleEvent, b: ArticleEvent, mind_status: bool = True, mind_people: bool = True,
                mind_pairs: bool = True, any_type: bool = False) -> bool:
    if a.type != b.type and not (b.type == "other" and (any_type or not b.participants)):
        return False
    if mind_status and a.status_marked and b.status_marked and a.status != b.status:
        return False
    sa, sb = {*a.sides, *a.countries}, {*b.sides, *b.countries}
    if (a.guests or b.guests) and len(sa) >= 2 and len(sb) >= 2 and not (sa <= sb or sb <= sa):
        return False  # one of a round of bilaterals (Singapore-Thailand) is not the meeting of other sides (-Vietnam)
    if a.timex and b.timex and not _dates_compatible(a.timex, b.timex):
        return False
    if a.timex and b.timex and _other_weekdays(a, b):
        return False
    if mind_people and a.participants and b.participants and (
            not set(a.participants) & set(b.participants)
            or (mind_pairs and _other_pairs(a.participants, b.participants))):
        return False
    return places_compatible(a.location, b.location)


def _other_weekdays(a: ArticleEvent, b: ArticleEvent) -> bool:
    """"held a meeting in Tehran on Sunday" and "followed a meeting ... in Tehran on Tuesday": meetings on other
    weekdays are two (not the days of one visit: "arrived on Monday", "held talks on Tuesday")."""
    wa = a.timex.spec.weekday if a.timex else None
    wb = b.timex.spec.weekday if b.timex else None
    if wa is None or wb is None or wa == wb:
        return False
    return not any(m.trigger.lower() in VISIT_WORDS or _arrival(m) or m.kind == "joint"
                   for m in (*a.mentions, *b.mentions))


def _other_pairs(a: list[str], b: list[str]) -> bool:
    """Two meetings of two countries each that share one side only ("Trump and Xi" at Mar-a-Lago, "talks between
    Theresa May and Xi"): two bilateral meetings, not one."""
    people = actors.index().by_name
    ca = {people[n].country for n in a if n in people and people[n].country}
    cb = {people[n].country for n in b if n in people and people[n].country}
    return len(ca) == len(cb) == 2 and ca != cb


def _dates_compatible(a: Timex, b: Timex) -> bool:
    sa, sb = a.spec, b.spec
    if (sa.weekday is not None) != (sb.weekday is not None) and a.value and b.value and min(len(a.value), len(
            b.value)) >= 10 and a.value[:10] != b.value[:10]:
        return False  # "on Sunday" (the 11th) and "from September 15", "today" and "on Monday afternoon": other days
    for x, y in ((sa.year, sb.year), (sa.month, sb.month), (sa.day, sb.day)):
        if x is not None and y is not None and x != y:
            return False
    if sa.rel_unit and sb.rel_unit and (sa.rel_unit, sa.rel_offset) != (sb.rel_unit, sb.rel_offset):
        return False
    if _month_apart(a, b) or _month_apart(b, a):
        return False
    return _part_holds(sa, sb) and _part_holds(sb, sa)


def _month_apart(told: Timex, other: Timex) -> bool:
    """"met in Brasilia at the end of May" and "received ... this Monday (26)" of June: a month told, and the other
    date, once on the calendar, in no day of that month: two meetings (a year guessed otherwise is no difference)."""
    if told.spec.month is None or not told.value or not other.value:
        return False
    whole, days = span(told.value), span(other.value)
    if whole is None or days is None or not (whole[1] < days[0] or days[1] < whole[0]):
        return False
    return told.spec.month not in {(days[0].month + k - 1) % 12 + 1 for k in range(days[1].month - days[0].month
                                                                              + 12 * (days[1].year - days[0].year) + 1)}


def _part_holds(whole: DateSpec, part: DateSpec) -> bool:
    """"late this year" holds December but not May."""
    if whole.month is not None or part.month is None or not whole.part:
        return True
    if whole.rel_unit == "month" and whole.rel_offset is not None:  # "at the end of the month": of this month
        return True
    months = {"early": range(1, 5), "mid": range(4, 10), "late": range(8, 13), "end": range(9, 13),
              "H1": range(1, 7), "H2": range(7, 13)}.get(whole.part, range(1, 13))
    return part.month in months


def _month_holds(month: Timex, day: Timex) -> bool:
    """"will meet Putin next month" and "talks on 2 April" told in March: the month told from now holds the day."""
    return bool(month.spec.rel_unit == "month" and month.spec.rel_offset is not None and month.value
                and len(month.value) == 7 and day.spec.month is not None and day.spec.year is None
                and day.value and day.value.startswith(month.value + "-"))


def _positive_match(a: ArticleEvent, b: ArticleEvent) -> bool:
    """Something both say: the same month, a part of the year holding the other's month, or the same place."""
    ta, tb = a.timex, b.timex
    same_date = False
    if ta and tb:
        ma, mb = ta.spec.month, tb.spec.month
        same_date = bool(ma and ma == mb) or (bool(ma or mb) and _dates_compatible(ta, tb)
                                              and bool(ta.spec.part or tb.spec.part)
                                              and ta.spec.weekday is None and tb.spec.weekday is None) or (
            (ta.spec.weekday is not None or ta.spec.rel_unit in ("week", "month")) and ta.spec == tb.spec
            and len(a.participants) >= 2 and _same_people_or_their_side(a, b))
        # "on Monday", "next month" told twice of the same people (or one more of their sides: "Macron's Monday
        # meeting with Merkel" with Hollande told in it, beside "Merkel to host Macron for talks on Monday")
        # ("late this year" holds December; "mid-May" says nothing of "Thursday")
        same_date = same_date or ((_week_holds_day(ta, tb) or _week_holds_day(tb, ta)) and _one_side_more(a, b))
        same_date = same_date or _month_holds(ta, tb) or _month_holds(tb, ta)
    same_place = bool(a.location and b.location and places_compatible(a.location, b.location)
                      and (a.location.name == b.location.name or a.location.kind != b.location.kind))
    if ta and tb and (ta.spec.year is None) != (tb.spec.year is None) and not (ta.spec.month and tb.spec.month):
        return same_date  # "in Warsaw on Tuesday" and "in Warsaw in November 2018": the place says little
    return same_date or same_place


def _one_side_more(a: ArticleEvent, b: ArticleEvent) -> bool:
    """The same people, or one meeting's people all among the other's, of the two sides the fewer are told with
    ("South Korea and Japan will hold talks later this week" with Funakoshi, and "on Friday, led by Park Yoon-joo and
    Funakoshi"; not Xi at a summit of many, and Xi meeting Kishida there)."""
    pa, pb = set(a.participants), set(b.participants)
    if len(pa) >= 2 and pa == pb:
        return True
    fewer, more = (a, b) if pa < pb else (b, a) if pb < pa else (None, None)
    return (fewer is not None and more is not None and bool(fewer.participants) and len(fewer.sides) >= 2
            and set(more.sides) <= set(fewer.sides))


def _same_people_or_their_side(a: ArticleEvent, b: ArticleEvent) -> bool:
    """The same people, or one's people all among the other's, whose other people are all of the countries the
    fewer people are of ("Macron's Monday meeting with Merkel" with Hollande told in it; not Erdogan's meetings with
    Meloni and Trudeau beside the one with Meloni)."""
    pa, pb = set(a.participants), set(b.participants)
    if pa == pb:
        return True
    fewer, more = (pa, pb) if pa < pb else (pb, pa) if pb < pa else (set(), set())
    people = actors.index().by_name
    told = {people[n].country for n in fewer if n in people}
    return len(fewer) >= 2 and len(told) >= 2 and all(n in people and people[n].country in told for n in more)


def _also_attended(old: ArticleEvent, ev: ArticleEvent, m: Mention) -> bool:
    """"Tuesday's summit also will be attended by C and D" right after "A and B will meet next week": the meeting
    just told, named by its day (a definite meeting told with who else attends it), its people the more."""
    if not (m.definite and old.timex and ev.timex and old.type == ev.type and old.status == ev.status):
        return False
    if m.start - old.mentions[-1].end > RECENT or not _ATTENDED.search(m.sentence.text, m.end - m.sentence.start):
        return False
    return old.timex.value == ev.timex.value or _week_holds_day(old.timex, ev.timex)


def _week_holds_day(week: Timex, day: Timex) -> bool:
    """"next week" of the article and "on July 30" within it: told of one meeting, the week and its day."""
    if week.spec.rel_unit != "week" or not week.value or not day.value or len(day.value) != 10:
        return False
    whole, one = span(week.value), span(day.value)
    return whole is not None and one is not None and whole[0] <= one[0] and one[1] <= whole[1]


def _join(into: ArticleEvent, other: ArticleEvent) -> None:
    into.mentions += other.mentions
    if other.timex and (better_date(other.timex, into.timex) or _day_with_its_year(other.timex, into.timex)
                        or (_speakers_today(into, other) and _today_in_a_quote(into))):
        into.timex = other.timex  # (the day told, not a quote's "today": the speaker's)
    if other.location and better_place(other.location, into.location) and not _side_trip(other):
        into.location = other.location
    more, countries = other.participants, other.countries
    told = {n.person for m in other.mentions for n in m.people}  # named in its words, not filled in for a side
    if into.untold_subject:  # the office's side is not told: no one is filled in for it from the article's others
        more = [p for p in more if p in told]
        countries = [c for c in countries if c in into.countries]
    elif set(countries) <= set(into.countries):  # "During the meeting, the Amir and Prince Faisal discussed": every
        more = [p for p in more if p in told]  # side already has its people, no counterpart filled in again
    into.participants = [p for p in dict.fromkeys(into.participants + more)
                         if in_office_then(p, into.timex, _office(_role_in(p, into, other)))]
    into.countries = sorted(set(into.countries) | set(countries))
    into.sides = into.sides or other.sides
    into.named = sorted({*into.named, *other.named})
    into.series = into.series or other.series
    if other.status_marked and not into.status_marked and not _dated_status(into, other):
        into.status, into.status_marked = other.status, True


def _day_with_its_year(new: Timex, old: Timex | None) -> bool:
    """"On March 21, in Hanoi" with no year known, and the caption's "on March 21, 2023" told of the same meeting:
    the day with its year."""
    a = new.spec
    b = old.spec if old is not None else None
    return (b is not None and old is not None and old.value is None and a.year is not None and b.year is None
            and a.month is not None and (a.month, a.day) == (b.month, b.day))


_SIDE_TRIP: Final = rx.compile(
    r"\balso\s+(?:be\s+)?(?:(?:scheduled|expected|set|due|slated|likely)\s+to\s+|to\s+)?"
    r"(?:travel|visit|go|fly|stop|head|tour)\w*\b|\b(?:on|during)\s+the\s+(?:last|final|second|third)\s+day\s+of"
    r"\s+(?:the|his|her|their)\s+(?:trip|visit|tour|stay)\b|\bbefore\s+returning\s+(?:home|to)\b", re.I)


def _side_trip(ev: ArticleEvent) -> bool:
    """"Dahal will also travel to Ujjain and Indore as part of his visit", "will visit Varanasi on the last day of
    the trip": a stop besides the visit's talks, whose place is not the meeting's."""
    return bool(ev.mentions) and all(_SIDE_TRIP.search(m.sentence.text) for m in ev.mentions)


def _role_in(name: str, *events: ArticleEvent) -> str | None:
    """The office a person holds in the mentions of these events, as the text gives it."""
    for ev in events:
        for m in ev.mentions:
            for p in m.people:
                if p.person == name and p.role:
                    return p.role
    return None


def _dated_status(ev: ArticleEvent, other: ArticleEvent) -> bool:
    """Whether the event's status rests on its date: a cue of its own ("to prepare the agenda for a meeting of
    their foreign ministers July 15") that the date's tense agrees with, which an undated mention joined later
    ("Rao had said prior to the talks") does not overturn."""
    t = ev.timex
    if not ev.status_weak or t is None or other.timex is not None or not t.direction:
        return False
    return (t.direction > 0) == (ev.status == "planned")


_HERE: Final = rx.compile(r"\bhere\b")


def place_by_dateline(events: list[ArticleEvent], place: places.Place, lede_end: int) -> None:
    """A held meeting told without a place in the article's first sentence, or "here", was where the dateline says
    the article was written ("WOODSIDE, Calif. (AP) — Biden and Xi met on Wednesday", "met with Blinken here")."""
    for ev in events:
        if ev.location is not None or ev.status != "held":
            continue
        if any(m.sentence.start < lede_end or _HERE.search(m.sentence.text) for m in ev.mentions):
            ev.location = place


def date_by_statements(events: list[ArticleEvent], statements: list[tuple[str, Timex]]) -> None:
    """A held meeting told without a date takes the date of its participants' statements ("Kono said Monday"):
    news reports a meeting on the day it was held."""
    for ev in events:
        if ev.timex is not None or ev.status != "held" or not ev.participants or ev.guests:
            continue  # (separate meetings take the day their guests met together: date_by_occasion)
        said = [(p, t) for p, t in statements if p in ev.participants and t.spec.year is None
                and precision(t.spec) == "day"]  # not "Erdogan had said last year that ...": no day of a meeting
        values = {(t.spec.month, t.spec.day, t.spec.weekday) for _, t in said}
        if len(values) == 1:
            ev.timex = said[0][1]
            who = " and ".join(dict.fromkeys(p.split()[-1] for p, _ in said))
            ev.date_note = f"the day {who} spoke at the meeting ('{said[0][1].text}')"


ROUND_REACH: Final = 3000  # characters after a dated round of bilateral meetings that its meetings are told in
_ROUND_NOUNS: Final = frozenset({"meetings", "talks", "bilaterals"})


def _round_of_the_day(m: Mention, ev: ArticleEvent) -> bool:
    """"Widodo on Monday (11/14) held bilateral meetings with leaders of G20 countries": a round, dated to the day
    (by its own words or as one of its meetings)."""
    s0 = m.sentence.start
    t = m.timex or ev.timex
    return (t is not None and precision(t.spec) == "day" and m.trigger.lower() in _ROUND_NOUNS
            and (m.trigger.lower() == "bilaterals"
                 or _BILATERAL.search(m.sentence.text, max(0, m.start - s0 - 40), m.start - s0) is not None))


def date_by_round(events: list[ArticleEvent], multi_day: frozenset[int] = frozenset(),
                  told_alone: list[Mention] | None = None) -> None:
    """"Widodo on Monday held bilateral meetings with leaders of G20 countries. ... During a meeting with Kishida,
    Widodo ...": a meeting of the round's host told after it without a date, with the same status, is of the
    round's day (and place, when it tells none); one of a round told without a day is of the summit its host
    attended (its month, when the summit lasts several days). `told_alone`: the article's mentions, of which a
    round that names its host alone ("Jaishankar held a series of bilateral meetings on Wednesday with his
    counterparts") is no event of its own but still dates the meetings told after it."""
    rounds = [(m, ev) for ev in events for m in ev.mentions if not m.headline and _round_of_the_day(m, ev)]
    kept = {id(m) for ev in events for m in ev.mentions}
    rounds += [(m, _alone(m)) for m in told_alone or [] if id(m) not in kept and not m.headline and m.timex is not None
               and _round_of_the_day(m, _alone(m))]
    for ev in events:
        body = [m for m in ev.mentions if not m.headline]
        if ev.timex is not None or not body:
            continue
        told = [(m, r) for m, r in rounds if r is not ev and r.status == ev.status
                and 0 < body[0].start - m.start <= ROUND_REACH
                and {p.person for p in m.people if p.end <= m.start} & set(ev.participants)
                and not _quoted_day(r, ev)]  # (not a round a speaker dates in a quote)
        if told:
            m, r = max(told, key=lambda x: x[0].start)
            ev.timex = m.timex or r.timex
            said = ev.timex.text if ev.timex else ""
            ev.date_note = f"the day of the round of bilateral meetings told before ('{said}')"
            ev.location = ev.location or r.location
        elif ev.guests and (sib := _dated_in_its_round(ev, events)) is not None and sib.timex is not None:
            ev.timex = sib.timex  # "schedules bilateral meetings with A, B and C at margins of the Summit in Paris on
            ev.date_note = f"the day its round of meetings is told with ('{sib.timex.text}')"  # December 9": all
            ev.location = ev.location or sib.location
        elif ev.guests and (at := _summit_attended(ev, events)) is not None and at.timex is not None and (
                precision(at.timex.spec) != "year"):
            # (not a year alone: "BRICS Summit 2024" names the summit; its day or month is the series' data)
            several = id(at.timex) in multi_day
            ev.timex = month_of(at.timex) if several else at.timex
            ev.date_note = f"the {'month' if several else 'day'} of the summit its host attended ('{at.timex.text}')"


def _dated_in_its_round(ev: ArticleEvent, events: list[ArticleEvent]) -> ArticleEvent | None:
    """Another meeting of the same round of bilaterals (the same guests, told by the same words) dated by a date of
    the round's own sentence: the round's day, which the guest nearest the date took alone."""
    told = ev.mentions[0]
    s0, s1 = told.sentence.start, told.sentence.end
    return next((e for e in events if e is not ev and e.guests == ev.guests and e.mentions[0].start == told.start
                 and e.timex is not None and s0 <= e.timex.start < s1), None)


def _alone(m: Mention) -> ArticleEvent:
    """A round of meetings told with its host alone, as an event of its own for date_by_round."""
    return ArticleEvent(mentions=[m], type="other", status=m.status, participants=[p.person for p in m.people],
                        countries=[], location=m.place, timex=m.timex, series=None, status_marked=m.status_marked)


def _summit_attended(ev: ArticleEvent, events: list[ArticleEvent]) -> ArticleEvent | None:
    """"Albanese attended the Pacific Islands Forum ... The Prime Minister held bilateral meetings with leaders from
    Tonga, Vanuatu": the summit of a series the round's hosts attended, told before it, of the same status."""
    hosts = set(ev.participants) - set(ev.guests)
    start = min(m.start for m in ev.mentions)
    return next((e for e in events if e is not ev and e.series and not ev.series and e.status == ev.status
                 and hosts & set(e.participants) and min(x.start for x in e.mentions) < start), None)


def date_by_occasion(events: list[ArticleEvent]) -> None:
    """Separate meetings told without a date, with people who also met together in a dated meeting of the article,
    were on that occasion ("Borrell held separate meetings with Kurti and Vucic" before the three met on Monday);
    a year alone ("ASEAN 2017", the label of the occasion) tells no day of it."""
    for ev in events:
        if ev.timex is None and ev.mentions[0].apart:  # "In addition to the summit, ... and a meeting with Harris"
            said = ev.mentions[0].sentence.start
            beside = [e.timex for e in events if e is not ev and e.timex is not None and e.status == ev.status
                      and any(m.sentence.start == said for m in e.mentions)]
            if beside:
                ev.timex = beside[0]
                ev.date_note = f"the day of the meetings its sentence tells with it ('{beside[0].text}')"
        if ev.timex is not None or ev.status != "held" or not ev.guests:
            continue
        together = [e.timex for e in events if e is not ev and e.timex is not None and e.status == "held"
                    and set(ev.guests) <= set(e.participants)
                    and precision(e.timex.spec) in ("day", "part_of_month", "month")]  # (not "ASEAN 2017": a label)
        if together:
            ev.timex = together[0]
            ev.date_note = f"the day they met together ('{together[0].text}')"


SEQUENCE_SENTENCES = 2  # an undated meeting this many sentences after a dated one of the same person is on its day
SEQUENCE_OPENED = 5  # or this many, of any level, when its sentence opens "Earlier," or "Later in the day,"
_IN_SEQUENCE: Final = rx.compile(r"\s*(?:Earlier|Later|Afterwards|After\s+that|Before\s+that|Prior\s+to\s+that)"
                                 r"(?:\s+(?:in|on|that|the)\s+(?:the\s+)?(?:day|morning|afternoon|evening))?\s*,")


# "A day earlier, Khan met ...", "The next day, ...", "Two days later, ...": a day counted from the meeting told before
_DAY_OFFSET_OPEN: Final = rx.compile(
    r"\s*(?:On\s+)?(?:(?P<n>A|One|Two|Three)\s+days?\s+(?P<dir>earlier|later|before|after)|"
    r"[Tt]he\s+(?P<word>day\s+before|previous\s+day|next\s+day|following\s+day|day\s+after))\s*,")
_OFFSET_WORDS: Final = {"a": 1, "one": 1, "two": 2, "three": 3}


def _day_offset(ev: ArticleEvent) -> tuple[int, str] | None:
    """The days a meeting's sentence counts from the meeting told before ("A day earlier," -1), with its words."""
    body = [m for m in ev.mentions if not m.headline]
    found = _DAY_OFFSET_OPEN.match(body[0].sentence.text) if body else None
    if found is None:
        return None
    if found["word"]:
        back = found["word"].endswith("before") or found["word"].startswith("previous")
        return (-1 if back else 1), found[0].strip(" ,")
    n = _OFFSET_WORDS[found["n"].lower()]
    return (-n if found["dir"] in ("earlier", "before") else n), found[0].strip(" ,")


def _shifted(t: Timex, days: int, words: str) -> Timex | None:
    """The day `days` after the day `t` tells (a weekday, a month and its day, "yesterday"), else None."""
    spec, value = t.spec, t.value
    if spec.weekday is not None and spec.month is None and spec.day is None and spec.rel_offset is None:
        new = DateSpec(weekday=(spec.weekday + days) % 7)
    elif spec.month is not None and spec.day is not None:
        day = date(spec.year or 2000, spec.month, spec.day) + timedelta(days=days)
        new = DateSpec(year=day.year if spec.year else None, month=day.month, day=day.day)
    elif spec.rel_unit == "day" and spec.rel_offset is not None:
        new = DateSpec(rel_unit="day", rel_offset=spec.rel_offset + days)
    else:
        return None
    if value and len(value) == 10 and value[:4].isdigit():
        value = (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    return Timex(t.start, t.end, words, "DATE", new, t.direction, value)


# "is also scheduled to meet President Kovind in the afternoon": later on the day of the meeting told before
_LATER_THAT_DAY: Final = rx.compile(r"\balso\b.*\b(?:in\s+the\s+(?:afternoon|evening)|later\s+(?:in\s+the\s+day|today|"
                                    r"tonight|that\s+day))\b", re.I)


def _later_that_day(ev: ArticleEvent) -> bool:
    """A meeting told as "also" held or planned "in the afternoon", "later in the day": of the day told before,
    whatever its tense (a plan for the afternoon of a day whose morning's talks were held)."""
    body = [m for m in ev.mentions if not m.headline]
    return bool(body) and all(_LATER_THAT_DAY.search(m.sentence.text) for m in body)


def _told_in_sequence(ev: ArticleEvent) -> bool:
    """A meeting whose sentence opens with "Earlier," "Later that day," "Afterwards,": told as before or after the
    meeting told just before, in the same day's round (not "Separately,")."""
    body = [m for m in ev.mentions if not m.headline]  # (or that says "later that day" after its verb)
    return bool(body) and bool(_IN_SEQUENCE.match(body[0].sentence.text) or _SAME_DAY_APART.search(
        body[0].sentence.text, body[0].end - body[0].sentence.start))


# "Similarly, Bin Salman welcomed ...", "In addition, ...": an opening that goes on with the round told before
_GOES_ON_OPEN: Final = rx.compile(r"\s*(?:Similarly|Likewise|In\s+addition|Additionally)\s*,")


def _told_as_also(ev: ArticleEvent) -> bool:
    """A meeting told as "also" held ("Prince Faisal also met his Kuwaiti counterpart") or opening "Similarly,": one
    more of the round told before, a few sentences on (not one set apart: "later", "separately")."""
    body = [m for m in ev.mentions if not m.headline]
    return bool(body) and all((_ALSO_BEFORE.search(m.sentence.text, 0, m.start - m.sentence.start)
                               or _ALSO_MET.search(m.sentence.text) or _GOES_ON_OPEN.match(m.sentence.text))
                              and not _APART_TOLD.search(m.sentence.text) for m in body)


def date_by_sequence(events: list[ArticleEvent], sents: list[Sentence], several: frozenset[int] = frozenset()) -> None:
    """"On Sunday, Modi will have a working lunch with Macron. He will have a pull-aside with Trudeau.": a meeting
    told without a date right after a meeting of the same person dated to the day, with the same status, is on
    that day (an itinerary, a day's round of bilaterals); the day passes on from one sentence to the next."""
    at = {s.start: i for i, s in enumerate(sents)}
    told: list[tuple[int, ArticleEvent]] = []
    for ev in events:
        body = [m for m in ev.mentions if not m.headline]
        if body and (i := at.get(body[0].sentence.start)) is not None:
            told.append((i, ev))
    told.sort(key=lambda x: (x[0], x[1].mentions[0].start))
    last: tuple[int, ArticleEvent] | None = None
    for i, ev in told:
        offset = _day_offset(ev)  # "The next day, Khan met ...": the day after the meeting told before
        then = _told_in_sequence(ev) or offset is not None  # "Earlier, Anwar received a courtesy call from ..."
        if last is not None:  # the sentence nearest before this one that tells the meeting before
            last = (max((j for m in last[1].mentions if not m.headline and (j := at.get(m.sentence.start, -1)) <= i),
                        default=last[0]), last[1])
        if ev.timex is None and last is not None and 0 <= i - last[0] <= (
                SEQUENCE_OPENED if then or _told_as_also(ev) else SEQUENCE_SENTENCES) \
                and not any(_EARLIER_ONE.search(m.sentence.text, 0, m.start - m.sentence.start)
                            for m in ev.mentions if not m.headline):
            before = last[1]
            if offset is not None and last[0] == i:  # "The next day, Putin is to hold talks with A and meet B": the
                offset = None  # day the meeting before in the sentence was counted to, not one more
            same_day = before.status == ev.status or _later_that_day(ev)
            if same_day and (then or before.type == ev.type) and set(ev.participants) & set(
                    before.participants) and _other_meeting(before, ev) and not _quoted_day(before, ev):
                said = before.timex.text if before.timex else ""
                own = _own_day_there(before, sents[last[0]], several) if offset is None else None
                if own is not None:  # "On 28 and 29 April ... On Monday (28 April) he paid his first visit. His
                    ev.timex = own  # first meeting in Oslo was with ...": the day that sentence tells
                    ev.date_note = f"the day the sentence before tells of the meeting told just before ('{own.text}')"
                elif offset is None and before.timex is not None and id(before.timex) in several \
                        and (month_day := month_of(before.timex)) is not None:
                    ev.timex = month_day  # "From 27 to 29 August, Albanese attended the Forum ... held bilateral
                    ev.date_note = f"the month of the meeting of several days told just before ('{said}')"  # meetings"
                elif offset is None:
                    ev.timex = before.timex
                    month = before.timex is not None and precision(before.timex.spec) == "month"
                    ev.date_note = f"the {'month' if month else 'day'} of the meeting told just before ('{said}')"
                elif before.timex is not None and (moved := _shifted(before.timex, *offset)) is not None:
                    ev.timex = moved
                    ev.date_note = f"'{offset[1]}', counted from the meeting told just before ('{said}')"
        if ev.timex is not None and (precision(ev.timex.spec) == "day" or (
                precision(ev.timex.spec) == "month" and _DAY_TOLD.search(ev.timex.text))):
            last = (i, ev)


def _own_day_there(before: ArticleEvent, sent: Sentence, several: frozenset[int]) -> Timex | None:
    """The day of one day that a sentence telling the meeting before gives it, when that meeting is dated by the first
    of several days ("On 28 and 29 April ..." then "On Monday (28 April) Steinmeier paid his first visit")."""
    if before.timex is None or id(before.timex) not in several:
        return None
    return next((m.timex for m in before.mentions if not m.headline and m.sentence.start == sent.start
                 and m.timex is not None and id(m.timex) not in several and precision(m.timex.spec) == "day"
                 and m.timex.value and len(m.timex.value) == 10), None)


_QUOTES: Final = rx.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _today_in_a_quote(ev: ArticleEvent) -> bool:
    """Whether the meeting is dated by a "today" inside a quote (a statement or tweet quoted), the speaker's day."""
    t = ev.timex
    told = next((m for m in ev.mentions if t is not None and m.timex is t), None)
    return (t is not None and told is not None and t.spec.rel_unit == "day" and t.spec.rel_offset == 0
            and any(q.start() <= t.start - told.sentence.start < q.end() for q in _QUOTES.finditer(told.sentence.text)))


def _speakers_today(a: ArticleEvent, b: ArticleEvent) -> bool:
    """The same people met on a day told, and "today" in a quote of the next day (\"met Godongwana ... today,\" the
    ministry said in a tweet' and "met ... on Tuesday" in an article of Wednesday): the speaker's today was the day
    told, the day the quote was said, one meeting."""
    if len(a.participants) < 2 or set(a.participants) != set(b.participants) or a.type != b.type \
            or not places_compatible(a.location, b.location):
        return False
    for quoted, told in ((a, b), (b, a)):
        q, d = quoted.timex, told.timex
        if _today_in_a_quote(quoted) and not _today_in_a_quote(told) and q is not None and d is not None \
                and q.value and d.value and len(q.value) >= 10 and len(d.value) == 10 \
                and (d.spec.day is not None or d.spec.weekday is not None):
            return (date.fromisoformat(q.value[:10]) - date.fromisoformat(d.value)).days == 1
    return False


def _quoted_day(before: ArticleEvent, ev: ArticleEvent) -> bool:
    """Whether the meeting before is dated inside a quote ("“he had fruitful bilateral meetings earlier yesterday”")
    and the next one is told outside it: the speaker's day is not the narrative's."""
    def inside(m: Mention, at: int) -> bool:
        return any(q.start() <= at - m.sentence.start < q.end() for q in _QUOTES.finditer(m.sentence.text))
    told = next((m for m in before.mentions if m.timex is not None and m.timex is before.timex), None)
    here = next((m for m in ev.mentions if not m.headline), None)
    return (told is not None and before.timex is not None and here is not None
            and inside(told, before.timex.start) and not inside(here, here.start))


# a day told of a meeting that dates it by its month only (a visit's last day, mentions._month_of): the round of
# meetings told next is of that month
_DAY_TOLD: Final = rx.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}\b", re.I)


# "discussed Zalkaliani's recent visit to Brussels", "his previous meeting with Biden": a meeting told as one before
# the day just told, not one of that day's round
_EARLIER_ONE: Final = rx.compile(r"\b(?i:recent|previous|prior|earlier|last)\s+(?:[a-z-]+\s+)?$|"  # "had warmly
                                 r"\b(?i:recalled|recalling|recalls|remembered|remembering|recounted)\s+"  # recalled
                                 r"(?i:his|her|their|the|its)\s+(?:[a-z-]+\s+)?$")  # his visit ... in 2021"


# a sentence opened as telling what came before ("Previously, the President of Guatemala visited Mexico ...")
_EARLIER_OPEN: Final = rx.compile(r"\W*(?:Previously|In\s+the\s+past|Before\s+then)\s*,")


def _earlier_one(m: Mention, ev: ArticleEvent) -> bool:
    """A dated meeting told as one before ("the last visit ... was in 2007", "his previous meeting in May",
    "Previously, A visited B on September 22, 2019")."""
    return ev.timex is not None and (_EARLIER_ONE.search(m.sentence.text, 0, m.start - m.sentence.start) is not None
                                     or opens_as_earlier(m))


def opens_as_earlier(m: Mention) -> bool:
    """Whether the mention's sentence opens by telling what came before ("Previously, ...", "In the past, ...")."""
    return _EARLIER_OPEN.match(m.sentence.text) is not None


_LAST_ONE: Final = rx.compile(r"\b(?i:recent|previous|prior|earlier|last|previously)\s+$")


def told_as_last(ev: ArticleEvent) -> bool:
    """Whether the meeting is told, in each of its sentences, as the one before ("their last meeting")."""
    return _told_as_last(ev)


def _told_as_last(ev: ArticleEvent) -> bool:
    """"Since the Prime Minister and President Biden's last meeting in the White House": a meeting told, in each of its
    sentences, as the one before is not the meeting the article dates or its headline tells."""
    body = [m for m in ev.mentions if not m.headline]
    return bool(body) and {m.sentence.start for m in body} == {m.sentence.start for m in body if _last_one(m)}


def _last_one(m: Mention) -> bool:
    """"The two leaders last met in June", "their previous meeting": a meeting told as one before, the word right
    before it (not "the last leader hosted by Japan this year")."""
    return _LAST_ONE.search(m.sentence.text, 0, m.start - m.sentence.start) is not None


def _other_meeting(a: ArticleEvent, b: ArticleEvent) -> bool:
    """Other people, or the same host with another side ("bilateral meetings with leaders from A and B")."""
    return set(a.participants) != set(b.participants) or set(a.sides) != set(b.sides)


_LATER_DAY: Final = rx.compile(r"\b(?:second|third|fourth|final|last|closing)\s+day\s+of\b", re.I)


def join_later_days(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """"wrapped up his second day of talks with Wang on Friday": a later day of talks of the same people the article
    dated a day or two before is that meeting, told from its first day, and so is what it tells of them that day."""
    gone: set[int] = set()
    for ev in events:
        if id(ev) in gone or len(ev.participants) < 2:
            continue
        later = [d for m in ev.mentions if _LATER_DAY.search(m.sentence.text) and (d := _day_of_timex(m.timex))]
        if not later:
            continue
        day, own = later[0], _day_of(ev)
        first = ev if own and own < day else next(
            (o for o in events if o is not ev and id(o) not in gone and o.type == ev.type
             and set(o.participants) == set(ev.participants) and (d := _day_of(o)) and 1 <= (day - d).days <= 3),
            None)
        if first is None or (first.status != ev.status and first.status_marked and ev.status_marked):
            continue  # "will hold talks today on the second day of his visit" after "hosted him last night"
        for o in events:  # the later day's event, and whatever else the article tells of them on that day
            if id(o) not in gone and o is not first and o.type == ev.type and set(o.participants) == set(
                    ev.participants) and _day_of(o) == day:
                first.mentions = sorted([*first.mentions, *o.mentions], key=lambda m: m.start)
                gone.add(id(o))
    return [ev for ev in events if id(ev) not in gone]


_STAND_IN: Final = rx.compile(r"(?P<adj>[A-Z][a-z]+)\s+(?:PM|VP|FM|President|Premier|Vice\s+President|"
                              r"Prime\s+Minister|Foreign\s+Minister)")


def drop_stand_ins(found: list[Mention], people: list[actors.Mention]) -> None:
    """"Chinese Premier, Japanese PM hold talks" over "... held talks with visiting Japanese Prime Minister Taro Aso":
    an office told by its country alone, read as someone of that name ("Japanese PM"), is no one more when the
    article names someone of that country; the meeting's people are those it names."""
    adjectives = actors.index().adjectives
    named = {p.country for p in people if p.country and not _STAND_IN.fullmatch(p.person)}
    for m in found:
        m.people = [p for p in m.people if not ((said := _STAND_IN.fullmatch(p.person))
                                                and adjectives.get(said["adj"]) in named)]


_THE_BEFORE: Final = rx.compile(r"\bthe\s+$", re.I)


def _day_named_meeting(m: Mention) -> bool:
    """"The decision on the July 15 meeting was made": a meeting named by its day ("the July 15 meeting"), which
    points back to the meeting of that day the article told; the sentence's tense is not the meeting's."""
    t, s0 = m.timex, m.sentence.start
    return (t is not None and m.kind == "noun" and t.spec.year is None and t.spec.month is not None
            and t.spec.day is not None and t.end <= m.start and not m.sentence.text[t.end - s0:m.start - s0].strip()
            and _THE_BEFORE.search(m.sentence.text, 0, t.start - s0) is not None)


def join_day_told_again(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """"would meet in Islamabad on July 15 ... The decision on the July 15 meeting was made on Tuesday": a meeting
    named by its day is the meeting of the same people the article told of on that day (its year, its status)."""
    gone: set[int] = set()
    for ev in events:
        if not ev.mentions or not all(_day_named_meeting(m) for m in ev.mentions) or ev.timex is None:
            continue
        day = (ev.timex.spec.month, ev.timex.spec.day)
        first = next((o for o in events if o is not ev and id(o) not in gone and o.timex is not None
                      and (o.timex.spec.month, o.timex.spec.day) == day and o.type == ev.type
                      and set(ev.participants) <= set(o.participants)
                      and min(m.start for m in o.mentions) < min(m.start for m in ev.mentions)), None)
        if first is not None:
            first.mentions = sorted([*first.mentions, *ev.mentions], key=lambda m: m.start)
            gone.add(id(ev))
    return [ev for ev in events if id(ev) not in gone]


# "arrived here Thursday to meet with ...", "today arrived here ... for his first bilateral meeting with": talks that
# are the purpose of an arrival, told on the arrival's day
_ARRIVED_TO_MEET: Final = rx.compile(r"\b(?:arrived|arrives|arriving|landed|lands|reached|reaches)\b"
                                     r"(?:(?![.;:]|\b(?:and|but|where|after|before)\b).){0,90}?"
                                     r"(?:\bto\s+(?:hold\s+|have\s+)?|\bfor\s+(?:a|an|his|her|their)\s+"
                                     r"(?:[\w-]+\s+){0,3})$", re.I)


def _arrival_purpose(m: Mention) -> bool:
    """An arrival, or talks told as its purpose ("arrived here Thursday to meet with Obama"): the arrival's day."""
    before = m.sentence.text[:m.start - m.sentence.start]
    return _arrival(m) or _ARRIVED_TO_MEET.search(before, max(0, len(before) - 120)) is not None


def join_arrival_days(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """"Xi arrived here Thursday to meet with Obama" ... "Xi will hold talks with Obama at the White House on
    Friday": a meeting dated only by the day its people arrived (or a visit began that day) is the talks of the same
    people told on a day within the trip after it (their day, tense and place); not a visit told with its days
    alone ("from September 21 to 23"), whose first day is its own."""
    gone: set[int] = set()
    for ev in events:
        day = _day_of(ev)
        told = [m for m in ev.mentions if m.timex is not None and ev.timex is not None
                and m.timex.value == ev.timex.value]
        if day is None or len(ev.participants) < 2 or not any(_arrival_purpose(m) for m in told) or not all(
                _arrival_purpose(m) or m.trigger.lower() in VISIT_WORDS for m in told):
            continue
        into = next((o for o in events if o is not ev and id(o) not in gone and o.type == ev.type
                     and set(ev.participants) <= set(o.participants) and (d := _day_of(o)) is not None
                     and 0 < (d - day).days <= TRIP_DAYS and places_compatible(ev.location, o.location)
                     and not any(_last_one(x) for x in o.mentions)), None)  # (not a stop in another city)
        if into is None:
            continue
        into.mentions = sorted([*into.mentions, *ev.mentions], key=lambda m: m.start)
        into.trips += ev.mentions  # (the arrival is not the talks' main sentence)
        gone.add(id(ev))
    return [ev for ev in events if id(ev) not in gone]


# a gathering told with the days it opens or runs ("The 52nd ASEAN Foreign Ministers Meeting, which began on Saturday in
# Bangkok, runs through Saturday", "The Toyako summit, which began on Monday ... and will end on Wednesday")
_GATHERING_DAYS: Final = rx.compile(r",?\s+(?:which|that)\s+(?:began|begins|opened|opens|started|starts|kicked\s+off|"
                                    r"got\s+under\s+way|runs|ran|will\s+run)\b", re.I)
GATHERING_DAYS: Final = 7  # days after a gathering opened that a meeting of the people told with it may be on


def join_gathering_days(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """"Cavusoglu met Lavrov on Tuesday" ... "The 52nd ASEAN Foreign Ministers Meeting, which began on Saturday in
    Bangkok, runs through Saturday": a gathering told with its opening day and no one named, its people those of the
    meeting told before it, is the occasion of that meeting (held on a day within it), not a meeting of its own."""
    gone: set[int] = set()
    for ev in events:
        day = _day_of(ev)
        if day is None or len(ev.participants) < 2 or not all(
                m.kind == "noun" and not m.people
                and _GATHERING_DAYS.match(m.sentence.text, m.end - m.sentence.start) for m in ev.mentions):
            continue
        into = next((o for o in events if o is not ev and id(o) not in gone and o.type == ev.type
                     and set(o.participants) == set(ev.participants) and (d := _day_of(o)) is not None
                     and 0 < (d - day).days <= GATHERING_DAYS), None)
        if into is not None:
            into.mentions = sorted([*into.mentions, *ev.mentions], key=lambda m: m.start)
            into.trips += ev.mentions  # (the gathering's sentence is not the meeting's main one)
            gone.add(id(ev))
    return [ev for ev in events if id(ev) not in gone]


def join_days_of_visit(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """"will be on a state visit to India from March 9 to 12" ... "Modi will hold talks with the French president
    on March 10": talks of the same people, of the same tense, on a later day of a meeting of several days the
    article tells are that meeting (its first day and last stay)."""
    gone: set[int] = set()
    for ev in events:
        first = _day_of(ev)
        if id(ev) in gone or not ev.extra_days or first is None or len(ev.participants) < 2:
            continue
        for o in events:
            day = _day_of(o)
            if day is not None and o.timex is not None and o.timex.spec.year is None and day.year != first.year:
                day = _in_year(day, first.year)  # "on April 2" read in another year than the visit's "from April 1"
            if (o is ev or id(o) in gone or day is None or o.type != ev.type or o.status != ev.status
                    or len(o.participants) < 2 or not set(o.participants) <= set(ev.participants)
                    or not 0 < (day - first).days <= ev.extra_days or _stop_of_tour(ev, o)):
                continue
            timex, extra = ev.timex, ev.extra_days
            _join(ev, o)
            ev.timex, ev.extra_days = timex, extra
            ev.mentions.sort(key=lambda m: m.start)
            gone.add(id(o))
    return [ev for ev in events if id(ev) not in gone]


def _stop_of_tour(tour: ArticleEvent, talks: ArticleEvent) -> bool:
    """"will visit Belgium and France from October 19 to 24" ... "On October 23, Kang will hold the dialogue with
    Le Drian in Paris": talks in another country than the one the visit is told in are a meeting of their own."""
    there, here = _country_of(tour.location), _country_of(talks.location)
    return there is not None and here is not None and there != here


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _day_of(ev: ArticleEvent) -> date | None:
    return _day_of_timex(ev.timex)


def _day_of_timex(t: Timex | None) -> date | None:
    if t is None or not t.value or precision(t.spec) != "day":
        return None
    try:
        return date.fromisoformat(t.value[:10])
    except ValueError:
        return None


def _progressive_only(ev: ArticleEvent) -> bool:
    """"He is visiting India at the invitation of Modi" beside a dated visit to come: the present tells a plan."""
    return all(m.progressive for m in ev.mentions)


def join_undated(events: list[ArticleEvent], anchor: date | None = None) -> list[ArticleEvent]:
    """A meeting told without a date is the dated meeting of the same people in the article, if their dates can be
    one ("el-Sisi, Bennett Meet to Discuss Regional Issues" ... "met in Sharm el-Sheikh on Monday")."""
    out = []
    for ev in events:
        if ev.timex is None and len(ev.participants) >= 2 and not _told_as_last(ev):
            same = [d for d in events if d.timex is not None and d.type == ev.type
                    and set(d.participants) == set(ev.participants)
                    and not (d.status_marked and ev.status_marked and d.status != ev.status
                             and not (d.status == "planned" and _progressive_only(ev))
                             and not _part_of_the_visit(d, ev))
                    and places_compatible(d.location, ev.location) and not _plan_of_past(d, ev, anchor)
                    # not "The two leaders last met in June", "Previously, A visited B on September 22, 2019"
                    and not any(_last_one(m) or opens_as_earlier(m) for m in d.mentions)
                    and not (ev.guests and d.series and not ev.series)  # nor one of a round, the summit it is at
                    and not _fewer_sides(ev, d)]  # nor the trilateral of a visit's two sides, the visit
            if same and all(d.timex and same[0].timex and _dates_compatible(d.timex, same[0].timex) for d in same):
                _join(same[0], ev)  # one meeting, however many times it is dated
                continue
            now = [d for d in events if d.type == ev.type and set(d.participants) == set(ev.participants)
                   and _plan_of_the_meeting_reported(d, ev, anchor)]
            if now:
                _join(now[0], ev)
                continue
        out.append(ev)
    return out


# a photo's caption: what the picture shows of the meeting the article tells ("shakes hands with his Sri Lankan
# counterpart ahead of a meeting", "(R) and ... press a button", "This handout photo ... shows Mora (centre)")
_CAPTION: Final = rx.compile(r"\b(?:photo(?:graph)?s?|pictured|shak(?:es|ing)\s+hands|pos(?:e|es|ed|ing)\s+for)\b|"
                             r"\((?:L|R|C|left|right|cent(?:re|er))\)", re.I)


def join_captions(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """A meeting told only in photo captions ("Modi shakes hands with his Sri Lankan counterpart Wickremesinghe ahead
    of a meeting at Hyderabad House") is the meeting the article tells of those people, on its day: the caption's
    tense, place and extra names ("(R)", the one beside them) change nothing, unless told in two countries."""
    gone: set[int] = set()
    for ev in events:
        if not ev.mentions or not all(_CAPTION.search(m.sentence.text) for m in ev.mentions):
            continue
        into = next((o for o in events if o is not ev and id(o) not in gone and o.type == ev.type
                     and not all(_CAPTION.search(m.sentence.text) for m in o.mentions)
                     and _pictured(ev, o)), None)
        if into is not None:
            into.mentions += ev.mentions
            into.trips += ev.mentions  # (the caption is not the meeting's main sentence)
            gone.add(id(ev))
    return [ev for ev in events if id(ev) not in gone]


def _pictured(photo: ArticleEvent, ev: ArticleEvent) -> bool:
    """The meeting a caption shows: two of its people or more (or everyone the caption names), on its day or
    undated, in no other country."""
    if photo.timex is not None and ev.timex is not None and not (
            _day_of(photo) is not None and _day_of(photo) == _day_of(ev)):
        return False
    if any(_last_one(m) for m in ev.mentions) or _elsewhere(photo, ev):
        return False
    if not ev.participants:  # talks told without names: on the caption's day, of its countries
        return _day_of(photo) is not None and bool({*photo.countries, *photo.named} & {*ev.countries, *ev.named})
    shared = set(photo.participants) & set(ev.participants)
    if set(photo.participants) - set(ev.participants) and any(
            _SEVERAL_SIDES.search(m.sentence.text) for m in photo.mentions):
        return False  # "A (L), B (C) and C shake hands before their trilateral meeting": not A and C's bilateral
    return len(shared) >= 2 or (bool(photo.participants) and set(photo.participants) <= set(ev.participants))


_SEVERAL_SIDES: Final = rx.compile(r"\b(?:trilateral|three-way|four-way|quadrilateral|tripartite)\b", re.I)


_ANOTHER_TIME: Final = rx.compile(r"\b(?:again|next|another|return|reciprocal|future|invit\w*|later\s+this)\b", re.I)
# a day or month told in the plan's sentence, the plan's own though the tagger did not tie it to it
_CALENDAR_WORD: Final = rx.compile(
    r"\b(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|tomorrow|next\s+(?:week|month|year))\b")
REPORTED_DAYS: Final = 1  # days before the article's date that a meeting it reports as held may be on


def _plan_of_the_meeting_reported(held: ArticleEvent, plan: ArticleEvent, anchor: date | None) -> bool:
    """"State visit of Xi Jinping to Kyrgyzstan began today" ... "the presidents of the two countries will hold talks
    in an expanded format": a plan told without a date or place of its own, of the people of a meeting the article
    reports as held on its day or the day before, is that meeting told as it was ahead (not "will meet again", "a
    visit by Mr. Putin to Japan")."""
    day = _day_of(held)
    if not (anchor and day and held.status == "held" and plan.status == "planned" and plan.timex is None
            and plan.location is None and 0 <= (anchor - day).days <= REPORTED_DAYS):
        return False
    told = {x.sentence.start for x in held.mentions}  # (a day told in the held one's sentence is its day)
    return not any(m.trigger.lower() in VISIT_WORDS or _ANOTHER_TIME.search(m.sentence.text)
                   or (_dated_after(m) and m.sentence.start not in told) for m in plan.mentions)


CALENDAR_REACH: Final = 60  # characters after a meeting word, in its clause, that a day or month told is its own


def _dated_after(m: Mention) -> bool:
    """"followed by a meeting between the foreign ministers in August": a month right after the word, untied."""
    after = m.sentence.text[m.end - m.sentence.start:][:CALENDAR_REACH]
    return _CALENDAR_WORD.search(re.split(r"[,;:.]", after, maxsplit=1)[0]) is not None


_AHEAD_OF_SCHEDULED: Final = rx.compile(r"\b(?:ahead\s+of|before|prior\s+to)\s+(?:a|the|their|his|her)\s+"
                                        r"(?:scheduled|planned|expected)\b", re.I)


def _part_of_the_visit(held: ArticleEvent, plan: ArticleEvent) -> bool:
    """"Macron arrived in Berlin on Monday for talks with Scholz ... received with military honors ahead of a
    scheduled closed-door meeting and working dinner": the meeting scheduled within the visit told as held, in its
    place, is that visit's, not a plan of its own."""
    return (held.status == "held" and plan.status == "planned" and held.location is not None
            and plan.location is not None and held.location.name == plan.location.name
            and any(_AHEAD_OF_SCHEDULED.search(m.sentence.text) for m in plan.mentions))


def day_within_days(events: list[ArticleEvent], sents: list[Sentence], timexes: list[Timex]) -> None:
    """A held meeting of several days the article is about ("Marcos' Jan 3-5 state visit"), whose lede tells a day
    among them ("rolled out the red carpet for Marcos on Wednesday"), is dated by that day: the day the article
    reports, within the days of the visit."""
    prose = _prose(sents)
    if not prose:
        return
    lede, top = prose[0], prose[min(LEDE_SENTENCES, len(prose)) - 1].end
    owned = {id(ev.timex) for ev in events if ev.timex}
    days = [t for t in timexes if lede.start <= t.start < lede.end and t.type == "DATE" and id(t) not in owned
            and t.direction <= 0 and t.spec.year is None and precision(t.spec) == "day" and t.value
            and not day_left(lede, t)]  # "left Chicago for China on Friday after concluding a state visit"
    for ev in events:
        t = ev.timex
        if t is None or not ev.extra_days or ev.status != "held" or not t.value or not any(
                m.headline or m.start < top for m in ev.mentions):
            continue
        first = span(t.value)
        if first is None:
            continue
        inside = [d for d in days if (sp := span(d.value or "")) and first[0] < sp[0]
                  and (sp[0] - first[0]).days <= ev.extra_days]
        if inside:
            ev.date_note = f"the day the article's first sentence tells ('{inside[0].text}'), within '{t.text}'"
            ev.timex, ev.extra_days = inside[0], 0


TRIP_TRIGGERS: Final = frozenset({"visit", "visits", "visited", "visiting", "trip", "tour"})
# a day of a trip told as the day of the arrival or of a meeting ("arrived here Sunday on a three-day visit, during
# which", "on Tuesday on the first day of a four-day state visit", "on day two of his three-day state visit, on
# Thursday"): the day the article tells
_FIRST_DAY_TOLD: Final = rx.compile(r"\b(?:arrived|arrives|arriving|landed|lands|reached|(?:first|second|third|last|"
                                    r"final)\s+day|day\s+(?:one|two|three|four|\d))\b", re.I)


def talks_within_trip(events: list[ArticleEvent]) -> None:
    """"During his four-day trip from Sunday, he plans to meet with Blinken", "paid a State Visit to Bangladesh
    during 13 to 15 July" with his talks with Hasina: talks told within a trip of three days or more, dated by the
    trip's first day alone, fall on a day of the trip the text does not tell: the trip's month."""
    for ev in events:
        t = ev.timex
        if t is None or ev.extra_days < 2 or precision(t.spec) != "day" or ev.series:
            continue
        trip = next((m for m in ev.mentions if m.timex is t), None)
        if trip is None or trip.trigger.lower() not in TRIP_TRIGGERS or _FIRST_DAY_TOLD.search(trip.sentence.text):
            continue
        talks = [m for m in ev.mentions if m.trigger.lower() not in VISIT_WORDS and not _arrival(m)]
        if not talks or any(m.timex is not None and m.timex is not t for m in talks):
            continue  # the visit alone, or talks told with their own day ("talks with Mitsotakis on May 10")
        month = month_of(t)
        if month is not None:
            ev.timex, ev.extra_days = month, 0
            ev.date_note = f"the month of the trip of several days its talks are told in ('{t.text}')"


DATE_LINE_REACH = 2  # lines of furniture between a date line and the lede it dates


def _date_line(sents: list[Sentence], lede: Sentence, timexes: list[Timex], owned: set[int]) -> list[Timex]:
    """The day of a line just above the lede that holds a full date and at most a place ("May 3, 2017, Sochi",
    "Sochi, 3 May 2017"): the page dates the event it reports by the line."""
    above = [s for s in sents if s.end <= lede.start][-DATE_LINE_REACH:]
    for s in reversed(above):
        found = [t for t in timexes if s.start <= t.start < s.end and t.type == "DATE" and id(t) not in owned]
        if len(found) != 1 or precision(found[0].spec) != "day" or found[0].spec.year is None:
            continue
        t = found[0]
        rest = (s.text[:t.start - s.start] + " " + s.text[t.end - s.start:]).strip(" ,.;|–—-\t")
        if not rest or places.named(rest, 0) is not None or _place_parts(rest):
            return [t]
    return []


def _place_parts(rest: str) -> bool:
    """"The Kremlin, Moscow", "Novo-Ogaryovo, Moscow Region": short capitalized names, one of them a known place."""
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    return (len(parts) >= 2 and all(len(p.split()) <= 4 and p[:1].isupper() for p in parts)
            and any(places.named(p, 0) is not None or places.named(p.split()[0], 0) is not None for p in parts))


LEDE_SENTENCES = 2  # a meeting told in the headline or the first sentences is what the article is about
LEDE_WORDS = 8  # a sentence of the body has this many words at least (shorter lines are headings, furniture)


_STOPS: Final = ".!?\"'”’…:;"  # a sentence of prose ends with one of these, a heading or caption with none


def _prose(sents: list[Sentence]) -> list[Sentence]:
    """The body's sentences: long enough, and not a photo's caption, a line that ends with no stop ("Turkish
    President Recep Tayyip Erdogan (right) and German Chancellor Angela Merkel (AAP)"), unless no line has one."""
    long = [s for s in sents if len(s.text.split()) >= LEDE_WORDS]
    ended = [s for s in long if s.text.rstrip()[-1:] in _STOPS]
    return ended or long


def _day_within(day: Timex, t: Timex, extra: int) -> bool:
    """Whether a day falls on a later day of a meeting of several days (not its first)."""
    other = span(day.value or "")  # (the range's own value may still hold a guessed year)
    if not extra or other is None or t.spec.month is None or t.spec.day is None:
        return False
    return other[0].month == t.spec.month and t.spec.day < other[0].day <= t.spec.day + extra


def date_by_lede(events: list[ArticleEvent], sents: list[Sentence], timexes: list[Timex],
                 published: date | None, extra_days: dict[int, int] | None = None) -> None:
    """A held meeting the article is about, told without a date of its own, took place on the day its lede tells
    ("rolled out the red carpet for Marcos on Wednesday. ... during their talks"), else by the article's date: the
    month it was published in."""
    prose = _prose(sents)  # not a page's furniture or a heading
    if not prose:
        return
    lede, top = prose[0], prose[min(LEDE_SENTENCES, len(prose)) - 1].end
    owned = {id(ev.timex) for ev in events if ev.timex}
    days = _story_days(lede, timexes, owned)
    # the story's day told in the second sentence ("Lula arrived at the Casa Rosada ... on Monday"), when the lede
    # tells none; a day told first dates the undated meetings of the story's first sentences (the talks told third)
    told = days or ([t for t in _story_days(prose[1], timexes, owned) if not statement_date(prose[1], t)]
                    if len(prose) > 1 else [])  # (not "On Tuesday, Museveni said he had met Kagame": his words' day)
    story = prose[min(STORY_SENTENCES, len(prose)) - 1].end
    first = next(s for s in sents if len(s.text.split()) >= LEDE_WORDS)  # the date line is above the first line
    line = _date_line(sents, first, timexes, owned)
    for ev in events:
        if ev.timex is not None and days and ev.status == "held" and any(m.start < top for m in ev.mentions):
            inside = _day_within(days[0], ev.timex, (extra_days or {}).get(id(ev.timex), 0))
            if inside:  # "Marcos' Jan 3-5 state visit" and "rolled out the red carpet on Wednesday ... their talks"
                ev.timex, ev.date_note = days[0], f"the day of the visit the first sentence tells ('{days[0].text}')"
            continue
        if ev.status == "planned" and ev.timex is None and not (ev.guests and not ev.aside) and any(
                m.headline or m.start < top for m in ev.mentions):
            _plan_by_lede(ev, lede, timexes, owned, published, events)
        reach = story if told and not _told_as_earlier(ev) else top  # (not "their last meeting in the White House")
        if ev.timex is not None or ev.status != "held" or not any(m.headline or m.start < reach for m in ev.mentions):
            continue
        if published is not None and any(_just_ended(m) for m in ev.mentions):
            continue  # "My meeting with President Bush has just ended": the article's day (date_by_now)
        if ev.guests and not ev.aside:
            continue  # separate meetings: date_by_occasion
        if told:
            ev.timex, ev.date_note = told[0], (f"the day the article's {'first' if days else 'second'} sentence tells "
                                               f"('{told[0].text}')")
        elif line and not ev.aside:  # (a page's date line is not the day of a round of meetings at a summit)
            ev.timex, ev.date_note = line[0], f"the day of the date line above the first sentence ('{line[0].text}')"
        elif published is not None and not ev.aside and any(m.ongoing for m in ev.mentions):
            ev.timex = Timex(0, 0, "", "DATE", DateSpec(published.year, published.month, published.day), -1,
                             published.isoformat())
            ev.date_note = f"told as under way ('are meeting') on the article's date {published.isoformat()}"
        elif published is not None:
            ev.timex = Timex(0, 0, "", "DATE", DateSpec(published.year, published.month), -1,
                             f"{published.year:04d}-{published.month:02d}")
            ev.date_note = f"no date in the text: what the article reports, held by its date {published.isoformat()}"
        else:
            ev.reported = True  # resolve.py: the month or year the text leaves for the article's date


def _plan_by_lede(ev: ArticleEvent, lede: Sentence, timexes: list[Timex], owned: set[int],
                  published: date | None, events: list[ArticleEvent]) -> None:
    """A plan the article is about, told without a date of its own: on the day to come its first sentence tells
    ("would begin his two-day official tour on Wednesday. ... will hold two days of consultations with"); not one of
    people another event of the text is of ("shakes hands ... ahead of a meeting" and "held talks with him on Saturday":
    join_undated_twins). Without such a day it stays undated: a plan may be of any month ahead."""
    if published is None or any(o is not ev and set(o.participants) == set(ev.participants) for o in events):
        return
    if any(lede.start <= m.start < lede.end for m in ev.mentions):
        return  # its own sentence gave it no date: "changed the planned summit to a video conference on Monday"
    days = [t for t in timexes if lede.start <= t.start < lede.end and t.type == "DATE" and id(t) not in owned
            and t.direction >= 0 and t.spec.year is None and precision(t.spec) == "day" and not day_decided(lede, t)]
    if days:
        ev.timex, ev.date_note = days[0], f"the day to come the article's first sentence tells ('{days[0].text}')"


# a sentence opening on the visit the text has just told: "During the day-long visit, he will call on ...", "During
# the visit, Foreign Ministers of the two countries are to hold official talks", "As part of the visit, ..."
_DURING_THE_VISIT: Final = rx.compile(r"\s*(?:During|In\s+the\s+course\s+of|As\s+part\s+of)\s+(?:the|this|his|her|"
                                      r"their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stay|tour)\s*,", re.I)
VISIT_TOLD_REACH = 2  # sentences back from "During the visit, ..." to the one telling the visit's day


# "During his eight-day long visit,": three days or more (of a two-day visit the talks are mostly on its first day)
_DAYS_LONG_VISIT: Final = rx.compile(r"\b(?:three|four|five|six|seven|eight|nine|ten|several|multi|[3-9]|1\d)[\s-]days?"
                                     r"(?:[\s-]long)?\b", re.I)


def date_by_the_visit(events: list[ArticleEvent], sents: list[Sentence], timexes: list[Timex],
                      several: frozenset[int] = frozenset()) -> None:
    """A meeting with no date of its own told in a sentence opening on "the visit" ("... will lead a delegation to
    Kabul on Saturday. During the day-long visit, he will call on ...") is of the day the sentence just before tells
    for that visit; of its month when the visit is of several days ("had visited India during July 8-11. During his
    visit, he had held talks with Modi", "During his eight-day long visit, Singh met Obama"): a day among them."""
    for ev in events:
        if ev.timex is not None:
            continue
        for m in ev.mentions:
            during = _DURING_THE_VISIT.match(m.sentence.text)
            day = _day_told_before(m.sentence, sents, timexes) if during else None
            if day is not None and during and (id(day) in several or _DAYS_LONG_VISIT.search(during.group())):
                if (month := month_of(day)) is not None:
                    ev.timex = month
                    ev.date_note = f"the month of the visit of several days the sentence before tells ('{day.text}')"
                break
            if day is not None:
                ev.timex, ev.date_note = day, f"the day of the visit the sentence before tells ('{day.text}')"
                break


def _day_told_before(sent: Sentence, sents: list[Sentence], timexes: list[Timex]) -> Timex | None:
    """The one day (no year told) the nearest sentence before this one that tells a day tells ("today, September
    15" is one day)."""
    before = [s for s in sents if s.end <= sent.start][-VISIT_TOLD_REACH:]
    for s in reversed(before):
        days = [t for t in timexes if s.start <= t.start < s.end and t.type == "DATE" and precision(t.spec) == "day"
                and t.spec.year is None]
        if days:
            return days[-1] if days[-1].value and all(t.value == days[-1].value for t in days) else None
    return None


# a plan told as part of a trip under way: "Tinubu is also scheduled to hold talks with Biden", "will meet
# Musharraf during a South Asian regional summit", "while being in Samoa, he will meet ..."
_PART_OF_TRIP: Final = rx.compile(r"\b(?:also|during|while|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins))\b",
                                  re.I)
TRIP_NOW_DAYS = 7  # a meeting this many days from the article's date or fewer is of the trip under way


def date_by_trip(events: list[ArticleEvent], published: date | None) -> None:
    """A meeting with no date of its own takes the date of the trip of no one named folded into it; a planned one told
    as part of a trip ("is also scheduled to hold talks with Biden"), of someone the article tells meeting another on
    a day within a week of its date, falls in that day's month: the trip under way."""
    for ev in events:  # "This week I will travel to Samoa" ... "In Samoa, he will meet ...": the trip's date
        if ev.timex is None and ev.trip_timex is not None:
            ev.timex = ev.trip_timex
    if published is None:
        return
    for ev in events:
        if ev.timex is not None or ev.status != "planned" or not all(
                _PART_OF_TRIP.search(m.sentence.text) for m in ev.mentions):
            continue
        near = [o.timex for o in events if o is not ev and o.timex and set(o.participants) & set(ev.participants)
                and _day_near(o.timex, published)]
        if near:
            day = date.fromisoformat(near[0].value or "")
            ev.timex = Timex(0, 0, "", "DATE", DateSpec(day.year, day.month), 1, f"{day.year:04d}-{day.month:02d}")
            ev.date_note = f"no date of its own: planned as part of the trip of '{near[0].text}' ({day.isoformat()})"


def _day_near(t: Timex, published: date) -> bool:
    """A timex of one day, within TRIP_NOW_DAYS of the article's date."""
    try:
        day = date.fromisoformat(t.value or "")
    except ValueError:
        return False
    return abs((day - published).days) <= TRIP_NOW_DAYS


STORY_SENTENCES = 3  # the first sentences of the body that tell the story a day of its opening dates


def _told_as_earlier(ev: ArticleEvent) -> bool:
    """Told as a meeting before the one reported ("their last meeting", "his previous visit")."""
    return any(_EARLIER_ONE.search(m.sentence.text, 0, m.start - m.sentence.start) for m in ev.mentions)


def _story_days(sent: Sentence, timexes: list[Timex], owned: set[int]) -> list[Timex]:
    """The days a sentence of the story's opening tells as past or today, with no year, of no meeting of their own,
    not of a speech, a departure or a decision."""
    return [t for t in timexes if sent.start <= t.start < sent.end and t.type in ("DATE", "TIME") and id(t) not in owned
            and t.direction <= 0 and t.spec.year is None and precision(t.spec) == "day"
            and not occasion_between(sent.text.lower(), 0, t.start - sent.start)  # "during a speech on Dec. 19"
            and not day_left(sent, t)  # "left Chicago for China on Friday after concluding a state visit"
            and not day_decided(sent, t)  # "called on the army and the RSF on Sunday to agree on a ceasefire"
            and not day_took_office(sent, t)]  # "after Oreskovic took office last Friday"


_JUST_BEFORE: Final = rx.compile(r"\bjust\s+(?:[\w'’-]+\s+){0,4}$", re.I)


# "My meeting with the United States President George Bush has just ended": done as the speaker speaks
_JUST_ENDED: Final = rx.compile(r"\s+(?:[\w'’.-]+\s+){0,10}?(?:has|have)\s+just\s+(?:ended|concluded|finished)\b",
                               re.I)


def _just_ended(m: Mention) -> bool:
    """A meeting told as just ended ("My meeting with President Bush has just ended"): held on the article's day."""
    return m.kind == "noun" and _JUST_ENDED.match(m.sentence.text, m.end - m.sentence.start) is not None


# a sentence opened by a meeting told before as its time: "After the summit, Zelensky is scheduled to meet Putin",
# "Prior to the talks, Xi held a grand welcome ceremony" (not "Ahead of": days before, maybe)
_AROUND_THE_MEETING: Final = rx.compile(r"\s*(?:After|Following|Before|Prior\s+to)\s+(?:the|that|this|their)\s+"
                                        r"(?:[\w-]+\s+){0,2}?(?P<w>summit|meeting|talks|session|dinner|lunch)\s*,")


def date_by_the_meeting_before(events: list[ArticleEvent]) -> None:
    """A meeting told without a date in a sentence opened by "After the summit," or "Prior to the talks," is on the
    day of the meeting that opener names, when that meeting word is of another event dated to the day (a plan for
    after a summit under way, whatever the tenses)."""
    for ev in events:
        if ev.timex is not None:
            continue
        for m in ev.mentions:
            hit = None if m.headline else _AROUND_THE_MEETING.match(m.sentence.text)
            if hit is None or m.start - m.sentence.start < hit.end():
                continue
            word = m.sentence.start + hit.start("w")
            told = next((e for e in events if e is not ev and e.timex is not None
                         and any(x.sentence.start == m.sentence.start and x.start == word for x in e.mentions)), None)
            if told is not None and told.timex is not None:
                ev.timex = told.timex
                ev.date_note = f"the day of the {hit['w']} its sentence opens with ('{told.timex.text}')"
                break


def date_by_now(events: list[ArticleEvent], published: date | None) -> None:
    """A held meeting told anywhere as under way ("are meeting their counterparts in Jakarta") or just done ("I have
    just had a meeting with the Vice-President"), with no date of its own, is of the article's day."""
    if published is None:
        return
    for ev in events:
        if ev.timex is not None or ev.status != "held":
            continue
        now = next((m for m in ev.mentions if m.ongoing and (m.progressive or _JUST_BEFORE.search(
            m.sentence.text, 0, m.start - m.sentence.start)) or _just_ended(m)), None)
        if now is None:
            continue
        ev.timex = Timex(0, 0, "", "DATE", DateSpec(published.year, published.month, published.day), -1,
                         published.isoformat())
        at = now.start - now.sentence.start
        said = now.sentence.text[max(0, at - 20):at + len(now.trigger)]
        ev.date_note = (f"told as {'under way' if now.progressive else 'just held'} ('{said}') on the article's date "
                        f"{published.isoformat()}")


def date_by_the_day(events: list[ArticleEvent], the_day: dict[int, Timex]) -> None:
    """A meeting told "later in the day" that no meeting told just before dates (date_by_sequence): the day the
    sentence before tells, else the article's date."""
    for ev in events:
        m = next((m for m in ev.mentions if m.sentence.start in the_day), None)
        if ev.timex is None and m is not None:
            ev.timex = the_day[m.sentence.start]
            ev.date_note = f"'{ev.timex.text}' of 'later in the day': the day the text told last, else the article's"

