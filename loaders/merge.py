"""Join the articles: years learned in one article resolve another, and one meeting gets one event_id."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from . import regexes as rx
from .dates import precision
from .dating.date_values import CONFIDENCE, SIDELINES, Dated
from .meeting.article_events import ArticleEvent
from .meeting.compatible import _role_in
from .meeting.event_joins import ANOTHER_MEETING
from .meeting.event_people import met_someone_unknown
from .meeting.same_meeting import bilateral_at_summit, of_more_sides
from .meeting.told_as import _arrival, told_as_last
from .meeting.trip_joins import TRIP_DAYS
from .mention.record import VISIT_WORDS
from .pipeline import ArticleResult
from .resolve import ArticleDates, resolve_article
from .schema import ArticleRecord, Event
from .vocab import Term, load

STRONG = ("explicit", "published", "summit", "weekday")  # dates that other articles do not override


@dataclass
class Item:
    """One event of one article with its date, as the merge sees it."""

    art: int
    idx: int
    ev: ArticleEvent
    dated: Dated
    published: date | None = None  # the article's publication date, when known


def resolve_corpus(results: Sequence[ArticleResult]) -> list[ArticleDates]:
    """Dates of every article's events, iterating while years learned across articles resolve more."""
    given: list[dict[int, Dated]] = [{} for _ in results]
    out = [_resolve(r, g) for r, g in zip(results, given, strict=True)]
    for _ in range(3):
        learned = _learn_years(results, out, given)
        if not learned:
            break
        out = [_resolve(r, g) for r, g in zip(results, given, strict=True)]
    return out


def _resolve(r: ArticleResult, given: dict[int, Dated]) -> ArticleDates:
    art = r.article
    assert r.context is not None
    return resolve_article(r.events, art.published, art.published_reason, r.context, r.titled, r.reports, given,
                           art.dateline, art.posted, r.inaugurations,
                           r.anniversaries, r.told_days, r.plans, r.going_on, art.url_month or art.stamp_month,
                           "" if art.url_month or not art.stamp_month else "the page's date stamp gives its month")


def _learn_years(results: Sequence[ArticleResult], out: list[ArticleDates], given: list[dict[int, Dated]]) -> bool:
    items = _items(results, out)
    learned = False
    by_month: dict[tuple[str, int], list[Item]] = defaultdict(list)  # dated items by type and month they cover
    for o in items:
        if o.dated.value and len(o.dated.value) >= 7 and o.dated.basis != "other_article" and o.dated.start:
            for month in _months(o.dated):
                by_month[(o.ev.type, month)].append(o)
    for it in items:
        if it.idx in given[it.art] or it.dated.value or not (it.ev.timex and it.ev.timex.spec.month):
            continue  # only a year the article itself cannot give is taken from another
        cands = by_month.get((it.ev.type, it.ev.timex.spec.month), [])
        matches = [o for o in cands if o.art != it.art and _same_meeting(it, o, for_year=True)]
        years = {o.dated.value[:4] for o in matches if o.dated.value}
        if len(years) != 1 or not _fits_written(int(next(iter(years))), out[it.art].written):
            continue
        src = min(matches, key=lambda o: -len(o.dated.value or ""))
        d = _with_year_of(it, src, results)
        if d and d.value != it.dated.value:
            given[it.art][it.idx] = d
            learned = True
    return _learn_weekdays(results, out, given, items) or learned


WEEKDAY_SLACK = timedelta(days=7)  # a weekday told is of the week around the days the article can have been written


def _learn_weekdays(results: Sequence[ArticleResult], out: list[ArticleDates], given: list[dict[int, Dated]],
                    items: list[Item]) -> bool:
    """A meeting told by its weekday alone in an article whose year is unknown ("met in Paris on Wednesday", a page
    without a date, its window years wide), or by a day counted from the article's ("arrives Asmara ... this
    morning"), is the meeting of the same people another article dates to a day (of that weekday) within that window:
    the one such day, the people of one telling all in the other."""
    learned = False
    days = [o for o in items if o.dated.precision == "day" and o.dated.start and o.dated.basis != "other_article"]
    for it in items:
        t = it.ev.timex
        if it.idx in given[it.art] or it.dated.value or t is None or t.spec.month or not (
                t.spec.weekday is not None or t.spec.rel_unit == "day" and t.spec.rel_offset is not None):
            continue
        lo, hi = out[it.art].written
        pa = set(it.ev.participants)
        matches = [o for o in days if o.art != it.art and o.ev.type == it.ev.type and o.dated.start
                   and (t.spec.weekday is None or o.dated.start.weekday() == t.spec.weekday)
                   and lo - WEEKDAY_SLACK <= o.dated.start <= hi
                   + WEEKDAY_SLACK and len(pa) >= 2 and (pa <= set(o.ev.participants) or set(o.ev.participants) <= pa)
                   and len(pa & set(o.ev.participants)) >= 2 and _places_fit(it, o)]
        if len({o.dated.value for o in matches}) != 1:
            continue
        src = matches[0]
        name = results[src.art].article.name
        assert src.dated.start is not None
        reason = (f"'{t.text}': the {src.dated.start.strftime('%A')} of the same meeting in {name} "
                  f"({src.dated.value}, {src.dated.reason})")
        given[it.art][it.idx] = Dated(src.dated.value, src.dated.start, src.dated.end, "day", reason,
                                      CONFIDENCE["other_article"], "other_article")
        learned = True
    return learned


def _fits_written(year: int, written: tuple[date, date]) -> bool:
    """A year-less day or month lies within a year of the days its article can have been written in."""
    return written[0].year - 1 <= year <= written[1].year + 1


def _months(d: Dated) -> set[int]:
    """The months of the year a dated span touches."""
    assert d.start is not None and d.end is not None
    if (d.end - d.start).days > 366:
        return set(range(1, 13))
    months, day = set(), d.start
    while day <= d.end:
        months.add(day.month)
        day = day.replace(day=1) + timedelta(days=32)
        day = day.replace(day=1)
    return months


def _with_year_of(it: Item, src: Item, results: Sequence[ArticleResult]) -> Dated | None:
    from . import dates
    from .dating.date_values import dated

    year = int((src.dated.value or "0")[:4])
    t = it.ev.timex
    name = results[src.art].article.name
    reason = f"year {year}: same meeting as in {name} ({src.dated.value}, {src.dated.reason})"
    if t is None or t.spec.month is None:
        return Dated(src.dated.value, src.dated.start, src.dated.end, src.dated.precision, reason,
                     CONFIDENCE["other_article"], "other_article")
    return dated(dates.with_year(t.spec, year), t.spec, reason, "other_article")


def _items(results: Sequence[ArticleResult], out: list[ArticleDates]) -> list[Item]:
    return [Item(a, i, ev, out[a].dates[i], r.article.published)
            for a, r in enumerate(results) for i, ev in enumerate(r.events)]


def _same_meeting(a: Item, b: Item, for_year: bool = False) -> bool:
    """Same type, the same people or countries, compatible dates and places."""
    if a.ev.type != b.ev.type:
        return False
    pa, pb = set(_people(a.ev)), set(_people(b.ev))
    if pa and pb:
        if len(pa & pb) < min(2, len(pa), len(pb)):
            return False
    elif a.ev.countries and b.ev.countries and set(a.ev.countries) != set(b.ev.countries):
        return False
    elif not (pa or pb or a.ev.countries or b.ev.countries) and not (a.ev.sides and set(a.ev.sides) == set(b.ev.sides)):
        return False  # no one and no country named: only the same sides of two articles' stories
    ca, cb = set(a.ev.countries or a.ev.sides), set(b.ev.countries or b.ev.sides)
    if ca and cb and not (ca <= cb or cb <= ca):
        return False  # President Moon's June summit is not a Japan-Russia summit in June
    if ca and cb and (not pa and not ca <= cb or not pb and not cb <= ca):
        return False  # a meeting told by its countries alone ("the US-North Korea summit") is of all of them
    if not (_places_fit(a, b) or _same_day(a, b) and _nearby(a, b)):
        return False
    if not _dates_fit(a, b, for_year):
        return False
    if for_year and pa and pb and len(pa & pb) < 2 and not _same_month_day(a, b):
        return False  # one person in common lends a year only to the same day ("President Moon ... in June")
    return for_year or _same_day(a, b) or _same_place(a, b) or (bool(pa) and pa == pb) or _plans_alike(a, b)


def _same_month_day(a: Item, b: Item) -> bool:
    ta, tb = a.ev.timex, b.ev.timex
    return bool(ta and tb and ta.spec.day and (ta.spec.month, ta.spec.day) == (tb.spec.month, tb.spec.day))


def _same_day(a: Item, b: Item) -> bool:
    return a.dated.precision == b.dated.precision == "day" and a.dated.value == b.dated.value


def _same_place(a: Item, b: Item) -> bool:
    """Both name the same place (a country and one of its cities are not enough)."""
    la, lb = a.ev.location, b.ev.location
    return la is not None and lb is not None and la.name == lb.name


def _places_fit(a: Item, b: Item) -> bool:
    la, lb = a.ev.location, b.ev.location
    if la is None or lb is None:
        return True
    return la.name == lb.name or la.country == lb.name or lb.country == la.name or (
        la.country is not None and la.country == lb.country and "country" not in (la.kind, lb.kind) and False)


def _country_of_town(a: Item, b: Item) -> bool:
    """One names a country, the other a town of that country ("a visit to Taiwan" this year, "talks in Taipei" on a
    day of it), the same two or more people: the place says it is the same meeting as much as one name does."""
    la, lb = a.ev.location, b.ev.location
    pa = set(a.ev.participants)
    if la is None or lb is None or len(pa) < 2 or pa != set(b.ev.participants):
        return False
    return (la.kind == "country" and lb.country == la.name) or (lb.kind == "country" and la.country == lb.name)


def _nearby(a: Item, b: Item) -> bool:
    """The same two or more people in two places of one country ("Woodside" and "San Francisco" on one day)."""
    la, lb, pa = a.ev.location, b.ev.location, set(_people(a.ev))
    return (la is not None and lb is not None and la.country is not None and la.country == lb.country
            and len(pa) >= 2 and pa == set(_people(b.ev)))


def _dates_fit(a: Item, b: Item, for_year: bool) -> bool:
    ta, tb = a.ev.timex, b.ev.timex
    sa, sb = (ta.spec if ta else None), (tb.spec if tb else None)
    if for_year:
        # the year-less one must say at least its month, and agree with the other's month and day
        if sa is None or sa.month is None:
            return False
        start, end = b.dated.start, b.dated.end
        if start is None or end is None:
            return False
        if sb and sb.month and sb.month != sa.month:
            return False
        if sa.day and sb and sb.day and sa.day != sb.day:
            return False
        return start.month <= sa.month <= end.month or start.year != end.year
    da, db = a.dated, b.dated
    if not (da.value and db.value):
        return not (da.value or db.value) and _plans_alike(a, b)  # undated: only one plan told twice
    short_a, short_b = len(da.value), len(db.value)
    if min(short_a, short_b) < 7 and not (_same_place(a, b) or _plans_alike(a, b) or _country_of_town(a, b)):
        return False  # year-only dates merge only when the place, or the plan, says it is the same meeting
    if not (da.value.startswith(db.value) or db.value.startswith(da.value)):
        return _next_day(a, b)
    return _day_in_part(da, db) and _day_in_part(db, da)


def _day_in_part(day: Dated, part: Dated) -> bool:
    """A day falls within the other's part of a month ("this week", Nov. 20-26: not Monday, Nov. 27, a week later),
    not merely within its month; a summit's days widened by its sidelines (a meeting on the eve of APEC)."""
    if day.precision != "day" or part.precision != "part_of_month" or not (day.start and part.start and part.end):
        return True
    slack = SIDELINES if part.basis == "summit" else timedelta(0)
    return part.start - slack <= day.start <= part.end + slack


PLAN_DAYS = 90  # plans of the same people reported this close together (a season) are one plan


def _plans_alike(a: Item, b: Item) -> bool:
    """One plan reported twice: planned meetings of the same people (or, naming no one, of the same countries) told
    without a day or month, in articles published within PLAN_DAYS of each other ("a second summit this year",
    "the second summit may happen in October")."""
    if not (a.ev.status == b.ev.status == "planned" and a.published and b.published
            and abs((a.published - b.published).days) <= PLAN_DAYS):
        return False
    pa, pb = set(_people(a.ev)), set(_people(b.ev))
    if pa or pb:
        return len(pa & pb) >= 2 and (pa <= pb or pb <= pa)  # one article may name one more person
    ca = _countries(a.ev) or sorted(a.ev.sides)
    return len(ca) >= 2 and ca == (_countries(b.ev) or sorted(b.ev.sides))


def _next_day(a: Item, b: Item) -> bool:
    """The same people on days one apart (a report dated the next day, another time zone: "Wednesday" in Woodside
    is Thursday in Beijing), or on a day of the other's meeting of several days ("Jan 3-5" and "on Jan. 4")."""
    sa, sb = a.dated.start, b.dated.start
    pa = set(_people(a.ev))
    if not (a.dated.precision == b.dated.precision == "day" and sa is not None and sb is not None
            and len(pa) >= 2 and pa == set(_people(b.ev))):
        return False
    gap = (sb - sa).days
    return abs(gap) <= 1 or 0 <= gap <= a.ev.extra_days or 0 <= -gap <= b.ev.extra_days


# ---------------------------------------------------------------- event ids

def complete_sides(it: Item, named: AbstractSet[str] = frozenset()) -> None:
    """A side of a summit or ministerial meeting that no one in the article names is filled with whoever held
    that country's office on the meeting's dates (from the people data): the event's `inferred` people, each with
    why, kept apart from the people the article names (`participants`) and joined on with them (_people). One the
    article names elsewhere (`named`: "The three Baltic presidents met ..." in a story that names Adamkus) is a
    participant: the article names him, though not at the meeting's words."""
    ev, d = it.ev, it.dated
    if ev.type not in ("summit", "ministerial") or not ev.sides or d.start is None or d.end is None:
        return
    role = "leader" if ev.type == "summit" else "foreign_minister"
    if ev.offices and not set(ev.offices) & ({"head_of_state", "head_of_government"} if role == "leader" else {role}):
        return  # "Japan's defence minister met his Australian counterpart": not the foreign ministers
    if role == "leader" and len(ev.offices) == 1:
        role = ev.offices[0]  # "met the Chinese Premier": that head, not the country's leader (its president)
    if any(met_someone_unknown(m) for m in ev.mentions):
        return  # "Erdogan received Valentina Matviyenko, the chairperson of ...": someone else was met, not a leader
    if role == "foreign_minister" and _other_portfolios(ev):
        return  # "Defence Minister Singh met Chinese Defence Minister Wei": their foreign ministers were not there
    vocab = load()
    people, inferred, countries = list(ev.participants), dict(ev.inferred), set(ev.countries)
    for country in ev.sides:
        if country in countries:
            continue
        held = vocab.holding(country, role, d.start, d.end)
        if held and held[0].name not in people and held[0].name not in inferred:
            if held[0].name in named:
                people.append(held[0].name)
            else:
                inferred[held[0].name] = inferred_reason(country, held[1], d)
            countries.add(country)
    if people != ev.participants or inferred != ev.inferred:
        it.ev = replace(ev, participants=people, inferred=inferred, countries=sorted(countries))


def inferred_reason(country: str, term: Term, d: Dated) -> str:
    """Why a person no one names is at a meeting: the office and when (the label, before the first ': '), then the
    people data's row ("President of Russia on 2018-05-26: the article names Russia, not who represented it;
    data/people.csv line 19: President from 2012-05-07, in office; https://...")."""
    office = term.title if " of " in term.title else f"{term.title} of {country}"
    value = d.value or ""
    when = f"on {value}" if d.precision == "day" and value else f"in {value}" if value else f"in {d.start}"
    until = f" to {term.end}" if term.end else ", in office"
    row = f"data/people.csv line {term.line}" if term.line else "the people data"
    since = f"from {term.start}" if term.start else "from before the data begins"
    source = f"; {term.source}" if term.source else ""
    return (f"{office} {when}: the article names {country}, not who represented it; "
            f"{row}: {term.title} {since}{until}{source}")


def _people(ev: ArticleEvent) -> list[str]:
    """Everyone at a meeting as the merge joins them: the people the article names, then those filled in."""
    return [*ev.participants, *(p for p in ev.inferred if p not in ev.participants)]


def _other_portfolios(ev: ArticleEvent) -> bool:
    """Whether the ministers the article names at a meeting hold other offices than foreign affairs."""
    roles = {_role_in(p, ev) for p in ev.participants}
    return "minister" in roles and "foreign_minister" not in roles


@dataclass(eq=False)  # a group is itself: compared by identity
class _Group:
    items: list[Item]
    arts: set[int]
    kinds: dict[tuple, Item] = field(default_factory=dict)  # one item per distinct date, place and people
    prefixes: set[str | None] = field(default_factory=set)  # _prefix of each kind's date

    def add(self, it: Item) -> None:
        self.items.append(it)
        self.arts.add(it.art)
        loc = it.ev.location.name if it.ev.location else None
        key = (it.dated.value, it.dated.precision, loc, tuple(sorted(_people(it.ev))), tuple(_countries(it.ev)))
        if key not in self.kinds:
            self.kinds[key] = it
            if it.dated.value:
                self.prefixes.add(_prefix(it.dated.value))


def _prefix(value: str) -> str | None:
    """The first seven characters of a date value ("2016-09"), None for a shorter one ("2016"): two dates that fit
    (one begins the other, _dates_fit) have the same prefix unless one of them is short."""
    return value[:7] if len(value) >= 7 else None


class _Buckets:
    """The groups that may hold an item: by type, year and country, in the order they came, and within those by
    date prefix, so that an item is only compared with groups whose dates can fit its own."""

    def __init__(self) -> None:
        self.groups: dict[tuple[str, str, str], list[_Group]] = defaultdict(list)
        self.pos: dict[tuple[str, str, str], dict[int, int]] = defaultdict(dict)  # id(group) -> place in groups
        self.by_prefix: dict[tuple[str, str, str], dict[str | None, list[tuple[int, _Group]]]] = defaultdict(
            lambda: defaultdict(list))
        self.filed: dict[tuple[str, str, str], set[tuple[int, str | None]]] = defaultdict(set)

    def candidates(self, key: tuple[str, str, str], value: str) -> list[_Group]:
        """The groups of `key`, in order, that have a date able to fit `value`."""
        prefix = _prefix(value)
        if prefix is None:
            return self.groups.get(key, [])
        subs = self.by_prefix.get(key)
        if not subs:
            return []
        found = subs.get(prefix, []) + subs.get(None, [])
        return [g for _, g in sorted(found, key=lambda pg: pg[0])]

    def file(self, key: tuple[str, str, str], g: _Group) -> None:
        """Put `g` in the bucket of `key` (once), under each of its date prefixes."""
        pos = self.pos[key]
        if id(g) not in pos:
            pos[id(g)] = len(self.groups[key])
            self.groups[key].append(g)
        at, filed = pos[id(g)], self.filed[key]
        for prefix in g.prefixes:
            if (id(g), prefix) not in filed:
                filed.add((id(g), prefix))
                self.by_prefix[key][prefix].append((at, g))


def cluster(results: Sequence[ArticleResult], out: list[ArticleDates]) -> list[list[Item]]:
    """Groups of items that are the same real meeting (never two from one article). Only items of one type,
    one year and a shared country can be the same meeting, so each is compared with those alone."""
    items = _fold_undated(_fold_plan_days(_fold_visits(_fold_arrivals(_fold_twins(_items(results, out))))))
    named = [set(r.context.countries) if r.context is not None else set() for r in results]
    for it in items:
        complete_sides(it, named[it.art])
    groups: list[_Group] = []
    buckets = _Buckets()
    for it in items:
        keys = [(it.ev.type, (it.dated.value or "")[:4], c) for c in (_countries(it.ev) or [""])]
        home = None
        if it.dated.value or it.ev.status == "planned":  # an undated plan may be one told elsewhere
            seen: set[int] = set()
            for key in keys:
                for g in buckets.candidates(key, it.dated.value or ""):
                    if id(g) in seen or it.art in g.arts:
                        continue
                    seen.add(id(g))
                    if any(_same_meeting(it, o) for o in g.kinds.values()):
                        home = g
                        break
                if home:
                    break
        if home is None:
            home = _Group([], set())
            groups.append(home)
        home.add(it)
        for key in keys:
            buckets.file(key, home)
    return [g.items for g in groups]


def _fold_twins(items: list[Item]) -> list[Item]:
    """Two events of one article on the same day with the same people are one meeting told twice ("met on Friday
    in Wuhan" ... "over dinner on Friday evening"): the second is folded into the first (the objects the cache
    holds are left as they are)."""
    kept: list[Item] = []
    same_article: list[Item] = []  # the kept items of the article at hand (items come article by article)
    for it in items:
        if same_article and same_article[0].art != it.art:
            same_article = []
        twin = next((o for o in same_article if _twins(o, it)), None)
        if twin is None:
            kept.append(it)
            same_article.append(it)
        else:
            twin.ev = replace(twin.ev, mentions=[*twin.ev.mentions, *it.ev.mentions],
                              location=twin.ev.location or it.ev.location)
    return kept


def _fold_arrivals(items: list[Item]) -> list[Item]:
    """An arrival of one or more people of a meeting dated a day to three days after it, in one place ("Minister
    Balakrishnan arrived in Oslo on Sunday 20 February, where I had the great honour to receive him at the airport"
    before the talks "on 21 February"): the first day of that visit, no meeting of its own; folded into the talks."""
    dropped: set[int] = set()
    for it in items:
        if it.dated.precision != "day" or not it.dated.start or not all(_arrival(m) for m in it.ev.mentions):
            continue
        people = set(_people(it.ev))
        talks = [o for o in items if o is not it and o.art == it.art and id(o) not in dropped
                 and o.dated.precision == "day" and o.dated.start and people and people <= set(_people(o.ev))
                 and len(set(_people(o.ev))) >= 2 and not all(_arrival(m) for m in o.ev.mentions)
                 and 0 < (o.dated.start - it.dated.start).days <= TRIP_DAYS and _places_fit(o, it)]
        if len(talks) == 1:
            talks[0].ev = replace(talks[0].ev, mentions=[*talks[0].ev.mentions, *it.ev.mentions])
            dropped.add(id(it))
    return [it for it in items if id(it) not in dropped]


def _fold_visits(items: list[Item]) -> list[Item]:
    """A visit or stay of one person told as a whole, naming no one met by office and no country but those of a
    meeting of that person the article dates within it ("The events formed part of Viet's visit to the Oceania country
    from February 3 to 5" beside his consultation "on February 4", "Lipavsky was in Seoul this week to meet with South
    Korean officials" beside his talks with Cho on Sept. 9), or one person's part of that meeting told alone ("...
    expressed Malaysia's welcome to receive their delegation to Putrajaya", of Anwar's meeting with Chinh), is that
    meeting told again, no meeting of its own: folded into it when it is the one such meeting (not a summit attended,
    nor a visit to a country the meeting is not of)."""
    dropped: set[int] = set()
    for it in items:
        people = set(_people(it.ev))
        if len(people) != 1 or it.ev.guests or told_as_last(it.ev) or any(
                m.series and m.trigger.lower() not in VISIT_WORDS for m in it.ev.mentions):
            continue  # (not a summit attended, "the APEC Economic Leaders' Meeting", beside a bilateral held there)
        if any(_OFFICE_MET.match(m.sentence.text, m.end - m.sentence.start) for m in it.ev.mentions):
            continue  # "He also met the prime minister and president of the country": someone met, not named
        talks = [o for o in items if o is not it and o.art == it.art and id(o) not in dropped
                 and o.dated.precision == "day" and o.dated.start is not None
                 and people <= set(_people(o.ev)) and set(it.ev.sides) <= set(o.ev.sides) and _places_fit(o, it)
                 and _within_visit(it, o.dated.start) and not told_as_last(o.ev)]  # (not "the last summit")
        if len(talks) == 1:
            talks[0].ev = replace(talks[0].ev, mentions=[*talks[0].ev.mentions, *it.ev.mentions],
                                  location=talks[0].ev.location or it.ev.location)
            dropped.add(id(it))
    return [it for it in items if id(it) not in dropped]


# an office of one person met, told after the meeting word: "met the prime minister", "talks with his counterpart"
_OFFICE_MET: Final = rx.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:president|prime\s+minister|premier|"
    r"chancellor|king|emir|sultan|crown\s+prince|counterpart|(?:foreign\s+|defen[cs]e\s+)?minister|secretary)\b",
    re.I)


def _within_visit(visit: Item, day: date) -> bool:
    """Whether the day falls within the visit's dates (its span of days, its week or month), or the visit is told
    with a time the article does not resolve ("this week" in a page without a date)."""
    d = visit.dated
    if d.start is None:
        return not d.value and visit.ev.timex is not None
    end = (d.end or d.start) + timedelta(days=visit.ev.extra_days)
    return d.start <= day <= end and d.precision != "year"


def _fold_plan_days(items: list[Item]) -> list[Item]:
    """A plan an article tells with its month (or week) alone, of the very people, type and place of a plan it dates
    to a day within it ("BRICS Summit 2024 live updates: Modi and Xi are set to hold their first bilateral talks",
    dated by the summit's month, and "... on the sidelines of the BRICS summit today"), is that plan told again:
    folded into it when it is the one such plan, not one told as of another time ("again", "a second meeting", "an
    invitation"), nor a meeting held that month beside it (a year alone is no such telling: "will also visit the 2018
    World Flora Exposition")."""
    dropped: set[int] = set()
    for it in items:
        people = set(_people(it.ev))
        if it.ev.status != "planned" or it.dated.precision not in _COARSE or len(people) < 2 or _another_time(it):
            continue
        days = [o for o in items if o is not it and o.art == it.art and id(o) not in dropped
                and o.ev.status == "planned" and o.dated.precision == "day" and _types_alike(o.ev, it.ev)
                and (o.dated.value or "").startswith(it.dated.value or "-") and set(_people(o.ev)) == people
                and _places_fit(o, it) and not told_as_last(o.ev)]
        if len(days) == 1:
            days[0].ev = replace(days[0].ev, mentions=[*days[0].ev.mentions, *it.ev.mentions],
                                 location=days[0].ev.location or it.ev.location)
            dropped.add(id(it))
    return [it for it in items if id(it) not in dropped]


_COARSE = frozenset({"month", "part_of_month"})


def _fold_undated(items: list[Item]) -> list[Item]:
    """A meeting an article tells without any date, of two or more people of one it dates ("Al-Abadi met King
    Abdullah in Amman on Sunday" beside the same talks dated by a caption), is that dated meeting told again: folded
    into it when it is the one such meeting of the article of that type and status."""
    by_art: dict[int, list[Item]] = {}
    for it in items:
        by_art.setdefault(it.art, []).append(it)
    dropped: set[int] = set()
    for group in by_art.values():
        for it in group:
            year = _year_only(it)
            if (_dated_by_text(it) and not year) or (it.published is None and not year) \
                    or len(set(_people(it.ev))) < 2 or told_as_last(it.ev):
                continue  # (undated in an article of unknown date: its year is unknown, not its day; "Since their
                # last meeting in the White House": the one before, not this)
            twins = [o for o in group if o is not it and o.dated.value and id(o) not in dropped
                     and (not year or _within_year(it, o))
                     and o.ev.type == it.ev.type and o.ev.status == it.ev.status
                     and (_places_fit(o, it) or _sides_country(it, o))
                     and set(_people(it.ev)) <= set(_people(o.ev))
                     and not _fewer_countries(it, o) and not bilateral_at_summit(o.ev, it.ev)]
            if len(twins) == 1:
                twin = twins[0]
                twin.ev = replace(twin.ev, mentions=[*twin.ev.mentions, *it.ev.mentions],
                                  location=twin.ev.location or it.ev.location)
                dropped.add(id(it))
    return _fold_told_together([it for it in items if id(it) not in dropped])


def _fold_told_together(items: list[Item]) -> list[Item]:
    """A meeting without a date of its own, of two or more people, told only in sentences that tell another meeting of
    them all ("Merkel had travelled to Istanbul on 18 October to meet President Erdogan and Mr Davutoglu, a visit
    critics said was timed to help the ruling party": the trip dated, the meeting and the visit told with it), is that
    meeting told again, whatever status or place each telling gives it: folded into that dated one when it is the only
    one."""
    dropped: set[int] = set()
    for it in items:
        people = set(_people(it.ev))
        if (_dated_by_text(it) and not _year_only(it)) or len(people) < 2 or told_as_last(it.ev):
            continue
        said = {m.sentence.start for m in it.ev.mentions}
        twins = [o for o in items if o is not it and o.art == it.art and id(o) not in dropped and o.dated.value
                 and people == set(_people(o.ev)) and said <= {m.sentence.start for m in o.ev.mentions}
                 and (o.ev.status == it.ev.status or not _another_time(it))] if said else []
        if len(twins) == 1:
            twin = twins[0]
            twin.ev = replace(twin.ev, mentions=[*twin.ev.mentions, *it.ev.mentions],
                              location=twin.ev.location or it.ev.location)
            dropped.add(id(it))
    return [it for it in items if id(it) not in dropped]


def _another_time(it: Item) -> bool:
    """Whether a sentence of the item tells a meeting at another time ("invited him to visit India at an early date",
    "he has also been invited on a return visit to China" beside the talks held)."""
    return any(ANOTHER_MEETING.search(m.sentence.text) for m in it.ev.mentions)


def _year_only(it: Item) -> bool:
    """Whether the item is dated to a year alone that the text does not tell as its year: no date told, or one
    finer that the article's own unknown date leaves unresolved ("today" in a page without a date)."""
    t = it.ev.timex
    return len(it.dated.value or "") == 4 and (t is None or t.value is None and precision(t.spec) in _FINER)


_FINER = frozenset({"day", "part_of_month", "month"})


def _within_year(it: Item, other: Item) -> bool:
    """The other is dated more precisely, within the item's year."""
    value = other.dated.value or ""
    return len(value) > 4 and value.startswith(it.dated.value or "")


def _fewer_countries(it: Item, other: Item) -> bool:
    """A meeting of two countries and one of more: a bilateral held beside a gathering of many ("attended the
    BIMSTEC Summit and held bilateral talks with A, B and C"), not that gathering told again."""
    return len(set(_countries(it.ev))) == 2 < len(set(_countries(other.ev)))


def _dated_by_text(it: Item) -> bool:
    """Whether the text dates the item: not a held meeting told without a date, given the month of the article's
    date only because it was over by then (anchor_dates._held_by_anchor)."""
    return bool(it.dated.value) and not (it.dated.basis == "inferred" and it.ev.timex is None)


def _sides_country(undated: Item, dated: Item) -> bool:
    """The undated telling names only a country of one side ("Fernandez's visit to Uruguay", "the visiting Nigerien
    president"), the dated one a town of a side's country or of no known country: a bilateral meeting is in one of its
    sides, and the country a visit's telling gives may be the visitor's, so the two places do not tell them apart."""
    lu, ld, sides = undated.ev.location, dated.ev.location, set(_countries(dated.ev))
    return (lu is not None and ld is not None and lu.kind == "country" and ld.kind == "city"
            and lu.name in sides and (ld.country is None or ld.country in sides))


def _twins(a: Item, b: Item) -> bool:
    if not _types_alike(a.ev, b.ev) or not a.dated.value or a.dated.value != b.dated.value:
        return False
    if a.dated.precision == b.dated.precision == "day":
        ca, cb = set(a.ev.sides), set(b.ev.sides)
        if len(ca) >= 2 and len(cb) >= 2 and not (ca <= cb or cb <= ca):
            return False  # "bilateral meetings with the leaders of A and B": one host, other sides
        if ca != cb and (a.ev.guests or b.ev.guests):
            return False  # one of a round ("met with counterparts from Togo and Rwanda"), not the round told whole
        if bilateral_at_summit(a.ev, b.ev) or bilateral_at_summit(b.ev, a.ev):
            return False  # the SCO summit and Putin's talks with Modi on its first day
        if of_more_sides(a.ev, b.ev):
            return False  # the Turkey-Pakistan-Azerbaijan trilateral on the day of the visit's bilateral talks
        return (bool(_people(a.ev)) and set(_people(a.ev)) == set(_people(b.ev))
                and (_places_fit(a, b) or _nearby(a, b)))
    return _plan_twins(a, b)


def _types_alike(a: ArticleEvent, b: ArticleEvent) -> bool:
    """One type, or one told with no level of its own ("the leaders had a private agenda": other) beside the other's
    level: the same people's meeting of that day told twice."""
    return a.type == b.type or (a.type == "other") != (b.type == "other") and len(set(_people(a))) >= 2


def _plan_twins(a: Item, b: Item) -> bool:
    """One plan told twice in an article, for one month ("a presidential summit next month" in the headline, "a
    summit between A and B in April" in the text): the same people, or one naming no one of the same sides."""
    if not (a.ev.status == b.ev.status == "planned" and len(a.dated.value or "") == 7 and _places_fit(a, b)):
        return False
    pa, pb = set(_people(a.ev)), set(_people(b.ev))
    if pa and pb:
        return len(pa) >= 2 and pa == pb
    sides_a, sides_b = set(_countries(a.ev) or a.ev.sides), set(_countries(b.ev) or b.ev.sides)
    return len(sides_a) >= 2 and sides_a == sides_b


def _best(group: list[Item]) -> Item:
    """The member with the most precise date (then the surest): the event's date is its date."""
    return sorted(group, key=lambda o: (len(o.dated.value or ""), o.dated.confidence), reverse=True)[0]


@lru_cache(maxsize=1)
def _iso_codes() -> dict[str, str]:
    return {c.name: c.iso2.lower() for c in load().countries}


def _event_id(group: list[Item], best: Dated, used: set[str]) -> str:
    iso = _iso_codes()
    ev = group[0].ev
    countries = sorted({iso.get(c, c[:2].lower()) for o in group for c in _countries(o.ev)})
    base = "-".join([best.value or "undated", ev.type.replace("_", "-"), *countries])
    base = re.sub(r"[^a-z0-9-]+", "-", base.lower()).strip("-")
    eid, n = base, 2
    while eid in used:
        eid, n = f"{base}-{n}", n + 1
    used.add(eid)
    return eid


def to_events(results: Sequence[ArticleResult], out: list[ArticleDates]) -> tuple[list[Event], list[ArticleRecord]]:
    """Rows of the events table, one per article and event, plus the per-article account."""
    groups = cluster(results, out)
    used: set[str] = set()
    rows: list[Event] = []
    for group in groups:
        top = _best(group)
        best = top.dated
        if len({o.art for o in group}) > 1 and best.value:
            best = replace(best, reason=f"{best.reason} (as {results[top.art].article.name} reports it)")
        eid = _event_id(group, top.dated, used)
        location = _best_location(group)
        for it in group:
            rows.append(_row(results[it.art], out[it.art], it, eid, top.dated if it is top else best, location))
    rows.sort(key=lambda e: (e.article, e.evidence_start))
    spell_as_written(rows, results)
    per_article = Counter(e.article for e in rows)
    records = [_record(r, d, per_article[r.article.name]) for r, d in zip(results, out, strict=True)]
    return rows, records


def spell_as_written(rows: list[Event], results: Sequence[ArticleResult]) -> None:
    """Each known person under the name the articles write ("Subrahmanyam Jaishankar", "Børge Brende"), the same in
    every row: the spelling most articles give in full (ArticleResult.names), the fullest on a tie, then the people
    data's name; the people data's name when no article writes the name in full."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        for person, form in r.names.items():
            votes[person][form] += 1
    spelled = {person: max(forms, key=lambda f: (forms[f], sum(c.isalpha() for c in f), f == person))
               for person, forms in votes.items()}
    for ev in rows:
        ev.participants = [spelled.get(p, p) for p in ev.participants]
        ev.inferred_participants = [spelled.get(p, p) for p in ev.inferred_participants]


def _countries(ev: ArticleEvent) -> list[str]:
    """Who met: the participants' countries, and those the text names for the meeting when people are missing."""
    if len(ev.countries) >= 2:
        return list(ev.countries)
    return sorted({*ev.countries, *ev.named})


def _best_location(group: list[Item]) -> str | None:
    """A city before a country; of cities, the one most articles name (one page may add the last day's side trip:
    "will visit Varanasi on the last day of the trip"), the first told on a tie."""
    locs = [o.ev.location for o in group if o.ev.location]
    if not locs:
        return None
    named = Counter(p.name for p in locs if p.kind != "country")
    if named:
        return named.most_common(1)[0][0]
    return locs[0].name


def _row(r: ArticleResult, d: ArticleDates, it: Item, eid: str, best: Dated, location: str | None) -> Event:
    art, ev = r.article, it.ev
    own = it.dated
    use = best if best.value and (not own.value or len(best.value) > len(own.value)) else own
    ev_sents = ev.evidence
    main = ev.main_sentence
    status = ev.status
    if not ev.status_marked and art.published and use.start:
        status = "planned" if use.start > art.published else "held"
    elif status == "planned" and use.precision == "day" and use.start == art.published and any(
            m.progressive for m in ev.mentions):
        status = "held"  # "is meeting his Serbian counterpart on Tuesday" in Tuesday's paper: under way
    end = use.start + timedelta(days=ev.extra_days) if ev.extra_days and use.precision == "day" and use.start else None
    quote = art.datelines.get(main.start, main.start)  # the lede quoted with its dateline, as the page prints it
    last = end or use.end
    return Event(
        article=art.name, event_id=eid, type=ev.type, status=status,
        date=use.value, date_text=ev.timex.text if ev.timex else None, date_precision=use.precision,
        date_reason=use.reason, date_confidence=round(use.confidence, 2),
        article_date=own.value, article_date_reason=own.reason,
        date_start=use.start.isoformat() if use.start else None,
        date_end=last.isoformat() if last else None,
        end_date=end.isoformat() if end else None,
        participants=list(ev.participants), inferred_participants=list(ev.inferred),
        inferred_reasons=list(ev.inferred.values()), countries=_countries(ev), location=location,
        evidence=art.text[quote:main.end], evidence_start=quote, evidence_end=main.end,
        evidence_spans=[[s.start, s.end] for s in ev_sents],
        title=art.title, published=art.published.isoformat() if art.published else None,
        anchor=d.anchor, anchor_reason=d.anchor_reason, url=art.url, source=art.source,
    )


def _record(r: ArticleResult, d: ArticleDates, n: int) -> ArticleRecord:
    art = r.article
    return ArticleRecord(
        article=art.name, status="read", problems=list(art.problems), events=n, title=art.title,
        published=art.published.isoformat() if art.published else None, anchor=d.anchor,
        anchor_reason=d.anchor_reason, url=art.url, source=art.source, chars=len(art.text),
    )
