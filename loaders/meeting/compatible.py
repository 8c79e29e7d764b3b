"""Whether two events can be one meeting (people, sides, dates, status), and one joined into the other."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from .. import actors
from .. import regexes as rx
from ..dates import DateSpec, Timex, span
from ..mention.assign import better_date, better_place
from ..mention.merging import places_compatible
from ..mention.record import HEAD_ROLES, VISIT_WORDS
from .article_events import ArticleEvent
from .event_people import _office, in_office_then
from .told_as import _arrival, _speakers_today, _today_in_a_quote


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
            or (mind_pairs and _other_pairs(a.participants, b.participants))
            or _other_hosts(a, b)):
        return False
    return places_compatible(a.location, b.location)


def _other_hosts(a: ArticleEvent, b: ArticleEvent) -> bool:
    """"Crown Prince Mohammed bin Salman and the Emir of Kuwait held official talks in Riyadh on Tuesday" and "King
    Salman received the emir ... on Tuesday": a guest's meetings on one day with two leaders of one other country (a
    head of state and a head of government), each met on their own (a state visit's talks, then its audience: two
    meetings, not one of three)."""
    pa, pb = set(a.participants), set(b.participants)
    if len(pa) != 2 or len(pb) != 2 or len(pa & pb) != 1 or a.timex is None or b.timex is None:
        return False
    day = a.timex.value if len(a.timex.value or "") == 10 and a.timex.value == b.timex.value else None
    if day is None and not (a.timex.value is None is b.timex.value and a.timex.spec.weekday is not None
                            and a.timex.spec.weekday == b.timex.spec.weekday):
        return False  # one day, or one weekday of a page without a date ("on Tuesday" twice)
    people = actors.index().by_name
    (x,), (y,), (guest,) = pa - pb, pb - pa, pa & pb
    if not all(n in people for n in (x, y, guest)):
        return False
    px, py, pg = people[x], people[y], people[guest]
    return px.country is not None and px.country == py.country and pg.country not in (None, px.country) \
        and all(any(tm.role in HEAD_ROLES and (day is None or tm.covers(date.fromisoformat(day))) for tm in p.terms)
                for p in (px, py))


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
    if _months_before_this_week(sa, sb) or _months_before_this_week(sb, sa):
        return False
    if _month_apart(a, b) or _month_apart(b, a):
        return False
    return _part_holds(sa, sb) and _part_holds(sb, sa)


def _months_before_this_week(past: DateSpec, day: DateSpec) -> bool:
    """"had a very good meeting in Shanghai four months ago" and "held talks on Thursday": months or years back from
    now, and a day of this week (a weekday of no month, "today", "yesterday"), are two meetings."""
    back = (past.rel_unit == "month" and (past.rel_offset or 0) <= -2) or (
        past.rel_unit == "year" and (past.rel_offset or 0) <= -1)
    if not back or past.month is not None or past.day is not None:
        return False
    this_week = (day.weekday is not None and day.month is None and day.day is None and day.rel_unit is None) or (
        day.rel_unit == "day" and day.rel_offset is not None and abs(day.rel_offset) <= 1)
    return this_week


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
        same_date = same_date or _month_holds(ta, tb) or _month_holds(tb, ta) or _one_day_of_today(a, b)
    same_place = bool(a.location and b.location and places_compatible(a.location, b.location)
                      and (a.location.name == b.location.name or a.location.kind != b.location.kind))
    if ta and tb and (ta.spec.year is None) != (tb.spec.year is None) and not (ta.spec.month and tb.spec.month):
        return same_date  # "in Warsaw on Tuesday" and "in Warsaw in November 2018": the place says little
    return same_date or same_place


def _one_day_of_today(a: ArticleEvent, b: ArticleEvent) -> bool:
    """"at today's meeting in Brussels" and "I am convening this morning the ... meeting": two words for the day the
    article is written ("today", "this morning", "tonight"), one day, and a meeting told without anyone of its own is
    the meeting of that day told before."""
    ta, tb = a.timex, b.timex
    return (ta is not None and tb is not None and ta.spec.rel_unit == tb.spec.rel_unit == "day"
            and ta.spec.rel_offset == tb.spec.rel_offset == 0 and bool(ta.value) and bool(tb.value)
            and (ta.value or "")[:10] == (tb.value or "")[:10] and not (a.participants and b.participants))


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
