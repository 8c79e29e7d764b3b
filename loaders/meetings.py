"""Gather the meeting mentions of one article into its events: type, status, participants, place."""

from __future__ import annotations

import re
from typing import Final

from . import actors, places
from . import regexes as rx
from .meeting.article_events import ArticleEvent, Context
from .meeting.compatible import _compatible, _join
from .meeting.event_joins import venue_of_a_round
from .meeting.event_people import ANTECEDENT_REACH, SUMMIT_ROLES, _antecedents, _as_event, story_pair
from .meeting.guest_rounds import (
    ASIDE_REACH,
    _bilaterals,
    _listed_guests,
    _listed_next,
    _one_by_one,
    _with_guest,
    tour_guests,
)
from .meeting.same_meeting import (
    _VISIT_OPENS,
    RECENT,
    _plan_took_place,
    _same_event,
    _same_event_of_a_side,
    called_off_before,
)
from .meeting.sequence_dates import told_after_an_interval
from .meeting.standalone import _sides_of_the_format, _stands_alone
from .meeting.told_as import _told_as_last
from .meeting.trip_joins import (
    _absorb_unpeopled,
    _arrival_only,
    _join_arrival,
    _stop_in_another_city,
    _umbrella,
    _visit_of_arrival,
    join_visits,
)
from .mention.merging import SIDELINES_OPEN
from .mention.record import MINISTER_ROLES, Mention


def gather(mentions: list[Mention], ctx: Context) -> list[ArticleEvent]:
    """The article's events: mentions of the same meeting joined, general talk and lone words dropped."""
    events: list[ArticleEvent] = []
    main = ctx.main_countries() if mentions else []
    pairs: list[tuple[int, list[str]]] = []  # where people of two countries were last told of meeting, and who
    alone: ArticleEvent | None = None  # the last meeting told that does not stand alone (a host and no guest told)
    aside = -ASIDE_REACH - 1  # where a sentence last told of a summit's sidelines or of bilateral meetings
    rounds: set[int] = set()  # where the sentences start that told separate meetings with several guests
    for m in mentions:
        if m.headline or venue_of_a_round(m, rounds):
            continue
        if _visit_opener(m, mentions, events):  # "During the visit, A met B": the visit told, not with B
            m.people = [p for p in m.people if p.start < m.end]
        if _sidelines_opener(m, mentions):  # "On the sidelines of the summit, A met B": the summit told before
            continue
        if m.series or _ASIDE.search(m.sentence.text):
            aside = m.sentence.end
        each = _one_by_one(m, pairs) or _bilaterals(m, ctx) or _listed_next(m)
        stops = {} if each else tour_guests(m, ctx)  # "visiting Berlin and Paris to speak to Merkel and Macron"
        each = each or [([p.person for p in m.people if p.person not in stops][:1], g) for g in stops]
        listed = [] if each else _listed_guests(m, ctx, aside)
        if each or listed:
            rounds.add(m.sentence.start)
            for (_, guest), ev in ((hg, _with_guest(m, *hg, ctx, main)) for hg in each or listed):
                ev.guests = sorted({guest for _, guest in each or listed})
                ev.aside = bool(listed or m.listed)
                if guest in stops:
                    ev.location = stops[guest]  # each met in their own country's place
                if ev.location is None:
                    ev.location = _place_of_the_summit_in_the_sentence(m, events)
                target = next((old for old in events if set(old.participants) == set(ev.participants)
                               and set(old.sides) == set(ev.sides) and _compatible(old, ev)
                               and not (old.series and not ev.series)), None)  # not the summit the host came to
                if target is not None:
                    _join(target, ev)
                elif _stands_alone(ev, ev.mentions[0]):
                    events.append(ev)
            continue
        ev = _as_event(m, ctx, main, _antecedents(m, pairs, ctx), story_pair(m, pairs, ctx, main))
        _visitor_of_a_like_visit(ev, m, events)
        if len({ctx.countries.get(p) for p in ev.participants} - {None}) >= 2:
            pairs.append((m.end, ev.participants))
        arrival = _arrival_only(ev)  # an arrival is of the talks told around it, before another event of its day
        target = ((arrival and _visit_of_arrival(ev, events)) or _same_event(ev, m, events)
                  or _visit_of_arrival(ev, events) or _same_event_of_a_side(ev, m, events))
        if target is not None and called_off_before(target, m):
            target = None  # "when Fox canceled a summit at the ranch" in August 2002: not the visit of the story
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
            elif (ev.timex is not None or m.ongoing or told_after_an_interval(m)) and _stands_alone(ev, m):
                # undated, it is one the body tells (not one the words count the time from: "Ethiopian PM visit to
                # Asmara came two weeks after Eritrean President Isaias Afeworki returned from an official working
                # visit to Egypt", dated by date_by_interval)
                events.insert(0, ev)  # otherwise, unless under way as told ("Remarks by A and B Before Their Meeting")
    for m in mentions:  # "The meeting took place in the absence of ... Kagame": of the meeting just told
        if m.absent and m.definite and not any(m in ev.mentions for ev in events):
            told = [ev for ev in events if any(0 < m.start - x.start <= ANTECEDENT_REACH for x in ev.mentions)]
            if told:
                last = max(told, key=lambda ev: max(x.start for x in ev.mentions if x.start < m.start))
                last.absent |= {p.person for p in m.absent}
    _add_attendees(mentions, events, ctx)
    _told_ahead(mentions, events)
    _absorb_unpeopled(events)
    events[:] = [ev for ev in events if not _stop_in_another_city(ev, events)]
    events[:] = join_visits(events)
    events[:] = [ev for ev in events if not _umbrella(ev, events)]
    for ev in events:
        _drop_absent(ev, ctx)
    return [ev for ev in events if not ev.cancelled]


# "a similar visit to Oman", "another visit to", "a previous trip to": a visit like the one just told, another one
_LIKE_VISIT: Final = rx.compile(r"\b(?:a|an|his|her)\s+(?:similar|another|previous|earlier|prior)\s+(?:[\w-]+\s+)?$",
                                re.I)


def _visitor_of_a_like_visit(ev: ArticleEvent, m: Mention, events: list[ArticleEvent]) -> None:
    """"The two-day visit comes directly after a similar visit to Oman": a visit told as like the one its sentence
    has just told, to another country, no one named, is the same visitor's (of the event that visit joined: the one
    of its people from a country other than its place's)."""
    if ev.participants or m.trigger.lower() not in ("visit", "trip", "tour") or m.place is None:
        return
    s0 = m.sentence.start
    if not _LIKE_VISIT.search(m.sentence.text, 0, m.start - s0):
        return
    told = next((old for old in events if any(x.sentence.start == s0 and x.end <= m.start for x in old.mentions)), None)
    where = told.location if told is not None else None
    here = m.place.country or m.place.name
    if told is None or where is None or here in (where.country, where.name):
        return
    guests = [p for p in told.participants if actors.index().by_name.get(p) is not None
              and actors.index().by_name[p].country not in (where.country, where.name, here)]
    if len(guests) == 1:
        ev.participants = guests
        ev.countries = sorted({c for p in guests if (c := actors.index().by_name[p].country)})


def _told_ahead(mentions: list[Mention], events: list[ArticleEvent]) -> None:
    """"Chancellor Schroeder and President Putin said Friday their first summit was very friendly", a lede told before
    the sentences that give the summit's day and place: a definite meeting of two people or more, named, that joined
    nothing (no event was told yet) and stands as none, is the one meeting of the same people told after it."""
    placed = {id(m) for ev in events for m in ev.mentions}
    first = min((x.start for ev in events for x in ev.mentions if not x.headline), default=0)
    for m in mentions:
        if m.headline or id(m) in placed or not m.definite or m.vague or m.cancelled or m.timex is not None \
                or m.start >= first:  # (told after a meeting: "their meeting" is that one, people or not)
            continue
        people = {p.person for p in m.people}
        later = [ev for ev in events if len(people) >= 2 and people <= set(ev.participants)
                 and not ev.guests
                 and not (m.status_marked and ev.status_marked and m.status != ev.status)]
        pairs = {frozenset(ev.participants) for ev in events if people <= set(ev.participants)}
        if len(later) == 1 and len(pairs) == 1:
            later[0].mentions.append(m)


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
    # guests after ("Modi held bilateral talks with Putin, Raisi, ..."; not "A, B and C held a trilateral meeting")


def _sidelines_opener(m: Mention, mentions: list[Mention]) -> bool:
    """"On the sidelines of the summit, Marcos also held talks with Kishida": the summit word of the phrase that opens
    the sentence, told as one told before ("the summit"), is that summit, no meeting of the people of the meeting told
    after it."""
    said = SIDELINES_OPEN.match(m.sentence.text)
    s0 = m.sentence.start
    return said is not None and (m.definite or m.pointed) and m.end - s0 <= said.end() and any(
        x.sentence.start == s0 and x.start - s0 >= said.end() for x in mentions)


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


# people told as present at a meeting: "Also present at the summit are A and B", "were present in the meeting",
# "notably in attendance is A", "The meeting is also attended by A"
_PRESENT: Final = rx.compile(r"\b(?:present\s+(?:at|in|during)\s+(?:the|this|that|their)\b|(?:was|were|is|are)\s+"
                             r"(?:also\s+)?present\b|in\s+attendance\b|attended\s+by\b)", re.I)


def _add_attendees(mentions: list[Mention], events: list[ArticleEvent], ctx: Context) -> None:
    """"Also present at the summit are Egyptian President Hosni Mubarak ... and Jordan's King Abdullah II" right
    after a meeting is told: the people its sentence tells present at the meeting ("the summit", "the meeting": a
    definite one, the one just told), of its level (a summit's leaders, not the aides in attendance), take part in it.
    The sentence joined no event (a summit of new sides is no meeting told before), and is read once the events are
    gathered: the people it adds make no later meeting of some of them (the host's own talks with one guest) that
    one."""
    placed = {id(m) for ev in events for m in ev.mentions}
    loose: dict[int, list[Mention]] = {}
    for m in mentions:
        if not m.headline and id(m) not in placed:
            loose.setdefault(m.sentence.start, []).append(m)
    for told in loose.values():
        said = next((m for m in told if m.definite and m.kind == "noun" and _PRESENT.search(m.sentence.text)), None)
        if said is None:
            continue
        ends = [(max(x.end for x in ev.mentions if x.end <= said.start), ev) for ev in events
                if any(x.end <= said.start for x in ev.mentions)]
        if not ends:
            continue
        end, last = max(ends, key=lambda pair: pair[0])
        if said.start - end > RECENT or last.guests or last.type not in ("summit", "ministerial") \
                or (said.level and said.level != last.type) \
                or (said.timex and last.timex and said.timex.value != last.timex.value):
            continue
        roles = SUMMIT_ROLES if last.type == "summit" else (*SUMMIT_ROLES, *MINISTER_ROLES)
        new = [p for p in dict.fromkeys(p.person for m in told for p in m.people)
               if ctx.roles.get(p) in roles and p not in last.participants]
        if not new:
            continue
        last.participants = [*last.participants, *new]
        added = {c for p in new for c in [ctx.countries.get(p)] if c}
        last.countries = sorted({*last.countries, *added})
        last.sides = list(dict.fromkeys([*last.sides, *sorted(added)])) if last.sides else last.sides
        last.named = sorted({*last.named, *added})


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


_ASIDE: Final = rx.compile(r"\b(?:sidelines?|margins?|fringes?|bilaterals|bilateral\s+(?:meetings?|talks))\b", re.I)


def _place_of_the_summit_in_the_sentence(m: Mention, events: list[ArticleEvent]) -> places.Place | None:
    """The place of a summit of a series that the round's own sentence tells, where the round names none: "concluding
    his visit to Thailand, where he attended the BIMSTEC Summit and held bilateral talks with several world leaders,
    including A, B and C": the talks with each were held there."""
    return next((old.location for old in reversed(events) if old.series and old.location is not None
                 and any(o.sentence.start == m.sentence.start for o in old.mentions)), None)
