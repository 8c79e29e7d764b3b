"""The article's events joined or dropped after gathering: twins, later days, captions, tours."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Final

from .. import actors, places
from .. import regexes as rx
from ..dates import Timex, precision
from ..mention.merging import places_compatible
from ..mention.record import VISIT_WORDS, Mention
from ..mention.series import series_named
from .article_events import ArticleEvent
from .compatible import _dates_compatible, _join
from .guest_rounds import _TOGETHER
from .same_meeting import _SEVERAL_SIDES, _fewer_sides, _plan_of_past, _talks_besides, gathering_beside
from .told_as import _arrival, _country_of, _day_of, _day_of_timex, _in_year, _last_one, _told_as_last, opens_as_earlier
from .trip_joins import _ANOTHER_TIME, TRIP_DAYS


def split_tours(events: list[ArticleEvent], countries: dict[str, str | None]) -> list[ArticleEvent]:
    """A dated tour told as one visit, whose stops the article tells no meeting at, told in passing as one of a month
    gone ("Last December, Erdogan paid a four-day visit to Sudan, Chad and Tunisia") or with whom the visitor meets at
    each stop ("today May will be visiting Berlin and Paris to speak to Angela Merkel and Emmanuel Macron"): one
    meeting at each stop, with the visitor and whoever of the stop's country it names. `countries` is each person's
    country."""
    out: list[ArticleEvent] = []
    for ev in events:
        stops = _stops(ev, events, countries)
        if not stops:
            out.append(ev)
            continue
        there = {p.country for p in stops}
        visitors = [p for p in ev.participants if countries.get(p) not in there]
        for place in stops:
            hosts = [p for p in ev.participants if countries.get(p) == place.country]
            people = [*visitors, *hosts]
            ours = sorted({c for c in (countries.get(p) for p in people) if c})
            out.append(replace(ev, mentions=list(ev.mentions), participants=people, location=place, countries=ours,
                               sides=[c for c in ev.sides if c not in there or c == place.country],
                               named=sorted({*ours, *([place.country] if place.country else [])}), guests=[],
                               offices=list(ev.offices), trips=list(ev.trips), stop=True))
    return out


_TOUR_WORDS: Final = frozenset({"visit", "visits", "trip", "tour"})
# the places of a tour listed right after its word: "visit to Sudan, Chad and Tunisia", "visiting Berlin and Paris"
_STOPS: Final = rx.compile(rf"\s+(?:(?:to|of)\s+)?({places.PLACE_LIST})\b")


def _stops(ev: ArticleEvent, events: list[ArticleEvent], countries: dict[str, str | None]) -> list[places.Place]:
    """The places of the tour an event is told as, each of another country, when it has a date of its own and the
    article tells no other meeting in any of those countries (else the tour's meetings are told apart: drop_tours)."""
    m = ev.mentions[0]
    if ev.timex is None or m.timex is not ev.timex or m.trigger.lower() not in VISIT_WORDS | _TOUR_WORDS:
        return []
    s0 = m.sentence.start
    said = _STOPS.match(m.sentence.text, m.end - s0)
    if said is None:
        return []
    stops = places.listed(m.sentence.text, said.start(1), said.end(1), s0)
    if any(p is None or p.country is None for p in stops):
        return []
    found = [p for p in stops if p is not None]
    there = [p.country for p in found]
    own = {countries.get(p) for p in ev.participants} - set(there)
    if len(set(there)) != len(there) or len(there) < 2 or not own or own == {None}:
        return []  # (not "visit Paris and Bordeaux": one country's cities, one visit)
    met = all(any(countries.get(p) == c for p in ev.participants) for c in there)  # whom, at each stop
    past = ev.status == "held" and precision(ev.timex.spec) in ("month", "year")  # a tour of a month or a year gone
    if not (met or past):
        return []  # (not the tour the story is of, "will visit Belgium and France from May 19 to 24", "began a
        # visit to Japan, South Korea and China on Monday": its meetings are told apart, drop_tours)
    told = {c for other in events if other is not ev and other.location is not None
            for c in [_country_of(other.location)]}
    if any(x.sentence.start != s0 and not x.tour and (
            x.timex is not None or _country_of(x.place) in there
            or any(p.country in there for p in x.people)) for x in ev.mentions):
        return []  # (a meeting at one stop told apart has joined the tour: "He will meet Michel in Brussels on
        # October 19"; not the tour told again, "as May visits Germany and France", nor a record of visits)
    return [] if told & set(there) else found


def drop_tours(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """Events told only as a tour of countries listed ("will visit Belgium and France from October 19 to 24",
    "will travel to Italy and India"): no meeting of their own; the tour's meetings are told apart, and a tour that
    gives one of them its date or place has joined it before (_absorb_unpeopled, join_visits, talks_within_trip)."""
    # (with "the trip is part of the administration's effort": the tour told again, nothing of its own)
    return [ev for ev in events if ev.stop or not (any(m.tour for m in ev.mentions) and all(
        m.tour or ((m.pointed or m.definite) and m.timex is None and not m.people) for m in ev.mentions))]


# a tour told by the count of its countries, not by their names: "a visit to four African countries", "a tour of
# three Gulf nations"; "a three-nation tour", "his four-country visit"
_COUNT: Final = r"(?:two|three|four|five|six|seven|eight|several|[2-9])"
_COUNTRIES_COUNTED: Final = rx.compile(rf"\s+(?:to|of)\s+{_COUNT}\s+(?:[A-Z][a-z]+\s+)?(?:countries|nations)\b")
_COUNTED_TOUR: Final = rx.compile(rf"\b{_COUNT}[-\s](?:nation|country)\s+$", re.I)


def drop_counted_tours(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """A tour told by the count of its countries ("Erdogan begins a five-day official visit to four African countries
    on Monday", "a three-nation tour"), of the visitor alone, beside two or more meetings of the visitor the article
    tells at its stops ("Erdogan will hold talks with his counterparts in Algeria, Mauritania, Senegal and Mali"): no
    meeting of its own, once it has lent the stops its dates (like the count of leaders met, trip_joins._umbrella)."""
    return [ev for ev in events if not _counted_tour(ev, events)]


def _counted_tour(ev: ArticleEvent, events: list[ArticleEvent]) -> bool:
    if len(ev.participants) != 1 or ev.guests or not any(
            _COUNTRIES_COUNTED.match(m.sentence.text, m.end - m.sentence.start)
            or _COUNTED_TOUR.search(m.sentence.text, 0, m.start - m.sentence.start) for m in ev.mentions):
        return False
    visitor = ev.participants[0]
    stops = [o for o in events if o is not ev and visitor in o.participants and o.status == ev.status
             and (len(o.participants) >= 2 or len(set(o.sides)) >= 2)  # (a stop told by its country)
             and o.timex is not None]  # (the tour's date lent to it, or one of its own)
    return len(stops) >= 2


def drop_told_bilaterals(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """Meetings of one host with several guests that are the host's bilaterals the article tells apart."""
    return [ev for ev in events if not _told_as_its_bilaterals(ev, events)]


def join_undated_twins(events: list[ArticleEvent], anchor: date | None = None) -> list[ArticleEvent]:
    """A meeting left without any date in the end, of the very people of another meeting the article tells, is that
    meeting told again ("ahead of a meeting at Hyderabad House", "In remarks before the meetings began", "The visit is
    expected to last a few hours" beside the talks held): not one told as the meeting before ("since their last
    meeting"), nor a meeting held beside a plan, nor a plan of another time ("extended an invitation for a state
    visit", "agreed to hold a second meeting") or of another summit ("on the sidelines of the G-20 in Toronto"). It
    joins a dated twin first (in another city, not one told in the pluperfect: "talks at the Presidential Villa,
    Abuja" and "had on Monday in Nouakchott ... met" are two), else an undated one in no other city ("Abe met Putin
    in Moscow ... Abe met Putin in Vladivostok": two meetings, each undated; a country told may be a side's, not the
    place)."""
    gone: set[int] = set()
    for ev in events:
        if ev.timex is not None or ev.trip_timex is not None or len(ev.participants) < 2 or _told_as_last(ev) \
                or any(_last_one(m) for m in ev.mentions):
            continue
        twins = [o for o in events if o is not ev and id(o) not in gone and _twin(ev, o, anchor)]
        twins = [o for o in twins if not (_other_cities(ev.location, o.location) and (
            o.timex is None or all(_PLUPERFECT.search(m.sentence.text) for m in o.mentions)))]
        into = next((o for o in twins if o.timex is not None), next(iter(twins), None))
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


# a meeting told in the pluperfect, before the time the article tells ("had on Monday in Nouakchott ... met with",
# "had met Putin in Moscow"; not "had talks", "had a meeting": the simple past of "have")
_PLUPERFECT: Final = rx.compile(
    r"\bhad\s+(?!(?:not|no|talks|a|an|the|meetings?|discussions?|consultations?|dinner|lunch)\b)"
    r"(?:[\w,.'’-]+\s+){0,12}?(?:met|held|visited|hosted|received|talked|conferred|spoken|seen)\b", re.I)


def _other_cities(a: places.Place | None, b: places.Place | None) -> bool:
    """Two cities told, not one ("Moscow" and "Vladivostok"; not "Delhi" and "New Delhi")."""
    return a is not None and b is not None and a.kind == b.kind == "city" and not places_compatible(a, b)


# a plan of a meeting at another time than the one told ("an invitation ... for a state visit", "a second meeting",
# "the forthcoming summit", "to set a date for", "agreed to hold regular summits"; not "next to the last day")
ANOTHER_MEETING: Final = rx.compile(
    r"\b(?:invit\w*|second\s+(?:meeting|round|session)|next(?!\s+to\b)|another|future|forthcoming|upcoming|regular|"
    r"again|set\s+a\s+date|agreed\s+to\s+(?:hold|meet))\b", re.I)


def _twin(ev: ArticleEvent, old: ArticleEvent, anchor: date | None) -> bool:
    """Whether the undated meeting ev can be old told again: the same people, neither told as a meeting of another
    time, not a held meeting beside a plan, not a plan beside a meeting held on a day already past or at another
    summit."""
    if set(old.participants) != set(ev.participants) or any(_last_one(m) for m in old.mentions) or any(
            ANOTHER_MEETING.search(m.sentence.text) for m in ev.mentions + old.mentions):
        return False
    if old.series and not ev.series and any(_talks_besides(ev, m) for m in ev.mentions):
        return False  # "In addition, the Russian leader and Lukashenko also plan to hold talks": not the Supreme
        # State Council's meeting they came to
    if _summit_attended(ev) and not any(m.series == ev.series for m in old.mentions):
        return False  # "while Macri and Bolsonaro were attending the G20 summit in Osaka": not their visit, nor the
        # summit of another series the article tells
    day = _day_of(old)
    past = _plan_of_past(old, ev, anchor) or bool(anchor and day and (anchor - day).days > REPORTED_DAYS)
    return ev.status == old.status or (ev.status == "planned" and not past
                                       and not (ev.series and old.series and ev.series != old.series))


def _summit_attended(ev: ArticleEvent) -> bool:
    """Whether a meeting is told only as a summit of a series its people attend ("were attending the G20 summit")."""
    return bool(ev.series) and all(m.series and m.kind == "noun" and not m.group for m in ev.mentions)


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


# the meeting word as the subject of its going on, its end or its resumption: "The summit ends on Friday", "talks are
# expected to resume this afternoon", "Last Thursday's Rio summit ended without the deal", "the visit wraps up Friday"
_GOES_ON_OR_ENDS: Final = rx.compile(
    r"\s+(?:(?:is|are|was|were|will|would|has|have|had)\s+)?(?:(?:expected|set|due|scheduled|slated|likely)\s+to\s+)?"
    r"(?:resum(?:e|es|ed)|end(?:s|ed)?|conclud(?:e|es|ed)|continu(?:e|es|ed)|clos(?:e|es|ed)|adjourn(?:s|ed)?|"
    r"wrap(?:s|ped)?\s+up)\b", re.I)
SITTING_DAYS: Final = 3  # days after a meeting began that its going on or end may be told on


def _goes_on_or_ends(m: Mention) -> bool:
    """A meeting word told as its meeting's going on or end ("talks are expected to resume", "the summit ends")."""
    return m.kind == "noun" and _GOES_ON_OR_ENDS.match(m.sentence.text, m.end - m.sentence.start) is not None


def _days_after(first: ArticleEvent, then: ArticleEvent, anchor: date | None) -> int | None:
    """How many days after the first event's day the other's is: by their days ("this afternoon" of a day told
    too; a meeting told as under way, "Kim is meeting with Moon", is on the article's day), else by their weekdays."""
    a, b = _told_day(first.timex), _told_day(then.timex)
    if first.timex is None and anchor is not None and any(m.ongoing for m in first.mentions):
        a = anchor
    if a is not None and b is not None:
        return (b - a).days
    wa = first.timex.spec.weekday if first.timex else None
    wb = then.timex.spec.weekday if then.timex else None
    return (wb - wa) % 7 if wa is not None and wb is not None else None


def _told_day(t: Timex | None) -> date | None:
    """The day a date falls on, a part of it too ("2018-04-27TAF")."""
    if t is None or not t.value or len(t.value) < 10:
        return None
    try:
        return date.fromisoformat(t.value[:10])
    except ValueError:
        return None


def join_going_on(events: list[ArticleEvent], anchor: date | None = None) -> list[ArticleEvent]:
    """"The sixth edition of the summit began on Thursday" ... "The summit ends on Friday"; "Kim and Moon began their
    summit on Friday morning" ... "talks are expected to resume this afternoon": a meeting told only as going on,
    resuming or ending, on its day or a few days after, naming no one it did not have, is the meeting told before it
    (its first day and its status), not one of its own."""
    gone: set[int] = set()
    for ev in events:
        if ev.timex is None or not ev.mentions or not all(_goes_on_or_ends(m) for m in ev.mentions):
            continue
        own = {p.person for m in ev.mentions for p in m.people}
        start = min(m.start for m in ev.mentions)
        told = sorted(events, key=lambda e: -max((x.start for x in e.mentions if x.start < start), default=-1))
        into = next((o for o in told  # (the one told last before it first)
                     if o is not ev and id(o) not in gone and own <= set(o.participants)
                     and min(x.start for x in o.mentions) < start
                     and (d := _days_after(o, ev, anchor)) is not None and 0 <= d <= SITTING_DAYS
                     and places_compatible(o.location, ev.location)), None)
        if into is None:
            continue
        timex, status, marked = into.timex, into.status, into.status_marked
        _join(into, ev)
        into.timex, into.status, into.status_marked = timex, status, marked
        into.mentions.sort(key=lambda m: m.start)
        gone.add(id(ev))
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


def name_bare_surnames(found: list[Mention], people: list[actors.Mention]) -> None:
    """"Vice FM Choi meets senior Qatari officials" over "Second Vice Foreign Minister Choi Jong-moon has met ...":
    a surname alone read after a title as someone the data does not know (a headline's, before the body names him)
    is the one person of the article named in full with that family or last name; the meeting's people and the
    article's are then him."""
    full = {p.person: p for p in people if " " in p.person}
    known = actors.index().by_name

    def named(p: actors.Mention) -> actors.Mention:
        if " " in p.person or p.person in known:
            return p
        fits = [q for name, q in full.items() if p.person in (name.split()[0], name.split()[-1])]
        if len(fits) != 1:
            return p
        return replace(p, person=fits[0].person, country=p.country or fits[0].country)

    _renamed(found, people, named)


# the offices of a government below its leaders: one named with such an office and no country, whom the data does not
# know, in a story datelined in a capital ("SEOUL (Yonhap) -- Second Vice Foreign Minister Choi Jong-moon has met")
_HOME_OFFICES: Final = frozenset({"foreign_minister", "minister", "vice_minister"})


def country_by_dateline(found: list[Mention], people: list[actors.Mention], country: str | None) -> None:
    """"SEOUL, Sept. 14 (Yonhap) -- Second Vice Foreign Minister Choi Jong-moon has met with senior officials in
    Qatar": a minister or vice minister the data does not know, named with his office and no country, is of the
    country of the story's dateline (the outlet's own government: a foreign one's would be told by its country)."""
    if country is None:
        return
    known = actors.index().by_name

    def homed(p: actors.Mention) -> actors.Mention:
        if p.country or p.person in known or p.role not in _HOME_OFFICES:
            return p
        return replace(p, country=country)

    _renamed(found, people, homed)


def _renamed(found: list[Mention], people: list[actors.Mention],
             new: Callable[[actors.Mention], actors.Mention]) -> None:
    """The people of the mentions and of the article, each as `new` gives it."""
    for m in found:
        m.people = [new(p) for p in m.people]
    people[:] = [new(p) for p in people]


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
                    and _people_of(ev, d)
                    and not (d.status_marked and ev.status_marked and d.status != ev.status
                             and not (d.status == "planned" and _progressive_only(ev))
                             and not _part_of_the_visit(d, ev))
                    and places_compatible(d.location, ev.location) and not _plan_of_past(d, ev, anchor)
                    # not "The two leaders last met in June", "Previously, A visited B on September 22, 2019"
                    and not any(_last_one(m) or opens_as_earlier(m) for m in d.mentions)
                    and not (ev.guests and d.series and not ev.series)  # nor one of a round, the summit it is at
                    and not _fewer_sides(ev, d)  # nor the trilateral of a visit's two sides, the visit
                    and not gathering_beside(ev, d)]  # nor the gathering attended beside the talks
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


def _people_of(ev: ArticleEvent, d: ArticleEvent) -> bool:
    """The people of d are those of ev, or ev is told in the headline only and d is the body's meeting of them and
    others ("Sharon, Abbas To Meet In Egypt" over "will meet next week ... also will be attended by Mubarak and King
    Abdullah"): a headline names the main actors of the article's meeting."""
    mine, theirs = set(ev.participants), set(d.participants)
    return mine == theirs or (all(m.headline for m in ev.mentions) and mine < theirs)


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


# one attending a gathering of many: "arrived here on Tuesday to attend the 15th BRICS Summit", "participated in the
# 18th BIMSTEC Ministerial Meeting", "arrived in New York on Friday night to participate in the 74th Session of the
# United Nations General Assembly"
_ATTENDS: Final = rx.compile(r"\b(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)\s+in|(?:take|takes|took|taking)\s+"
                             r"part\s+in)\s+(?:the\s+)?", re.I)
# a meeting told on a gathering's sidelines: "on the sidelines of the 74th United Nations General Assembly session"
_SIDELINES_OF: Final = rx.compile(r"\b(?:on|at|in)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+(?:the\s+)?", re.I)
_NAME_REACH: Final = 70  # characters of a gathering's name after "attend the", "on the sidelines of the"
ATTEND_REACH: Final = 90  # characters from a visit word to the gathering attended ("arrived in X on Friday to attend")
# words of any gathering's name, which tell no one gathering from another
_GATHERING_WORDS: Final = frozenset({
    "summit", "session", "sessions", "meeting", "meetings", "ministerial", "leaders", "leaders'", "conference",
    "forum", "council", "general", "assembly", "annual", "the", "of", "and", "heads", "state", "government",
    "foreign", "ministers", "minister", "in", "on"})


def _gathering_words(text: str, at: int) -> set[str]:
    """The words that name the gathering told from at: its capitalized words and acronyms, to the clause's end."""
    name = re.split(r"[,;:.()]|\s(?:in|from|on|and|to|where|which|that|said)\s", text[at:at + _NAME_REACH],
                    maxsplit=1)[0]
    named = series_named(name)  # "the Group of 20 summit" and "the G20 summit" are one
    return {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]*", name)} - _GATHERING_WORDS | ({named} if named else set())


def _attended(m: Mention) -> set[str] | None:
    """The words of the gathering a mention tells someone attending ("to attend the 15th BRICS Summit": the summit
    word in its name; "arrived in New York on Friday night to participate in the 74th Session of the UNGA": a trip
    to attend it), None when it tells no attending."""
    text, s0 = m.sentence.text, m.sentence.start
    if m.kind == "noun":
        said = next((a for a in _ATTENDS.finditer(text, max(0, m.start - s0 - _NAME_REACH), m.start - s0)
                     if re.fullmatch(r"(?:[\w'’-]+\s+){0,6}", text[a.end():m.start - s0])), None)
        return _gathering_words(text, said.end()) if said is not None else None
    if m.trigger.lower() in VISIT_WORDS:
        said = _ATTENDS.search(text, m.end - s0, m.end - s0 + ATTEND_REACH)
        if said is not None and re.search(r"\bto\s+$", text[max(0, said.start() - 4):said.start()]):
            return _gathering_words(text, said.end())
    return None


def drop_venues(events: list[ArticleEvent], countries: dict[str, str | None]) -> list[ArticleEvent]:
    """"The Prime Minister arrived here on Tuesday to attend the 15th BRICS Summit in Johannesburg" beside "Modi held
    a bilateral meeting with Ramaphosa ... on the sidelines of the 15th BRICS Summit": a gathering of many that one
    side attends (the people its sentences name all of one country), where the article tells a meeting held on that
    gathering's sidelines, is only that meeting's venue, no meeting of its own (the gold's convention: "multilateral
    summits that are only the venue of a bilateral are not events")."""
    asides = [_gathering_words(m.sentence.text, a.end()) for ev in events for m in ev.mentions
              for a in _SIDELINES_OF.finditer(m.sentence.text) if not m.headline]
    if not asides:
        return events
    out = []
    for ev in events:
        told = [m for m in ev.mentions if m.people]
        names = [n for m in told if (n := _attended(m))]  # (no words: not attending, or a gathering of no name)
        sides = {countries.get(p.person) for m in told for p in m.people}
        if told and len(names) == len(told) and len(sides) == 1 and None not in sides and any(
                set().union(*names) & a for a in asides):
            continue
        out.append(ev)
    return out



_NAME_BEFORE: Final = rx.compile(r"(?:[\w'’.-]+\s+){0,6}")  # the gathering's name up to its summit word


def venue_of_a_round(m: Mention, rounds: set[int]) -> bool:
    """"Modi on Friday met a host of world leaders, including A, B and C, on the sidelines of the G7 Summit": a summit
    word told after "on the sidelines of", in a sentence whose meeting was read as separate meetings with several
    guests (rounds: where such sentences start), is where they took place, no meeting of the host with all of them."""
    if not m.series or m.sentence.start not in rounds:
        return False
    s0 = m.sentence.start
    return any(_NAME_BEFORE.fullmatch(m.sentence.text, a.end(), m.start - s0)
               for a in _SIDELINES_OF.finditer(m.sentence.text, 0, m.start - s0))
