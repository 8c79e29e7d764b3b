"""When an article was written, from its text alone: terms of office, inaugurations, anniversaries, plans."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from .. import places
from .. import regexes as rx
from ..dates import DateSpec, Timex
from ..meeting.article_events import ArticleEvent, Context
from ..mention.record import HEAD_ROLES
from ..vocab import Person, Summit, load
from .date_values import RECENCY, Dated, Window, _direction, describe, in_office, span

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
_TOOK_PAST = rx.compile(r"(?:took|assumed|was|were)\b")
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
    past = bool(_TOOK_PAST.match(m[0]) or re.search(r"\b(?:was|were)\s+$", text[max(0, m.start() - 6):m.start()]))
    # "Abiy, who took office in April, announced that Ethiopia would accept the ruling": told in the past tense, the
    # taking of office is past whatever another clause tells to come
    return Inauguration(whose, told, not (soon or since or past) and bool(_TAKING_AHEAD.search(text)), soon, again,
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


PARTY_ROLES: Final = ("party_leader",)  # a party's office: elected by its congress, neither sworn in nor inaugurated


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
        days = list(person.sworn_again) + ([] if took.again else [t.start for t in person.terms
                                                                  if t.start and t.role not in PARTY_ROLES])
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
_NEXT_OR_LAST_YEAR: Final = rx.compile(r"\b(next|last)\s+year\b", re.I)  # "Next year marks the 50th anniversary"
_YEAR_AWAY: Final = {"next": -1, "last": 1}  # the article's year from the anniversary's
_YEAR_OF = rx.compile(r"(?:[\w'’-]+\s+){0,2}?((?:19|20)\d\d)\b")  # "of the 2008 Mumbai attacks"
ANNIVERSARY_SLACK = timedelta(days=30)  # an anniversary is marked in its year, or told a little ahead or after


def anniversary(text: str, pair: Sequence[str] = ()) -> tuple[int, str] | None:
    """The year of an anniversary a sentence marks ("the 60th anniversary of the founding of the United Nations":
    1945 + 60; "the first anniversary of the 2008 Mumbai attacks"; "the 45th anniversary of the establishment of
    China-US diplomatic relations": 1979 + 45, the two countries named or else `pair`, the article's), a year less
    when the sentence says it is "next year", a year more for "last year"; none when the sentence tells that year
    itself ("initiatives in 2025 to mark the 50th anniversary": a plan for the year, not when it is told)."""
    m = _ANNIVERSARY.search(text)
    if m is None:
        return None
    n = int(m[1]) if m[1] else _ORDINAL_WORDS[m["word"].lower()]
    what = (m["what"] or m["what2"]).lower()
    told = _YEAR_OF.match(what)
    base = int(told[1]) if told else next((y for k, y in load_anniversaries().items() if what.startswith(k)), None)
    if base is None:
        base = _ties_year(m["what"] or m["what2"], pair)
    if base is None or n < 1:
        return None
    year = base + n
    year += _YEAR_AWAY.get(m2[1].lower(), 0) if (m2 := _NEXT_OR_LAST_YEAR.search(text)) else 0
    if re.search(rf"\b{year}\b", text[:m.start()] + " " + text[m.end():]):
        return None
    return year, m[0].strip()


# the ties of two countries: "(the establishment of) diplomatic relations between China and Brazil", "China-US
# diplomatic relations", "the countries' diplomatic ties", "bilateral relations" (what follows "anniversary of")
_TIES: Final = rx.compile(r"(?:(?:establishment|establishing|opening|forging)\s+of\s+(?:the\s+)?)?"
                          r"(?P<whose>(?:[\w'’.-]+\s+){0,3}?)(?:diplomatic|bilateral)\s+(?:relations|ties)\b"
                          r"(?:\s+between\s+(?P<between>[^,;]{3,60}))?", re.I)


def _ties_year(what: str, pair: Sequence[str]) -> int | None:
    """The year two countries established the ties an anniversary is of: those the phrase names ("between China
    and Brazil", "China-US"), else the article's own two."""
    m = _TIES.match(what)
    if m is None:
        return None
    named = [*places.countries_in(m["between"] or ""), *(c for w in m["whose"].split() for c in places.paired(w))]
    named += [c for c in places.countries_in(m["whose"]) if c not in named]
    countries = frozenset(named) if len(set(named)) == 2 else frozenset(pair) if not named else frozenset()
    day = load().ties.get(countries) if len(countries) == 2 else None
    return day.year if day else None


def load_anniversaries() -> dict[str, int]:
    from ..timex.lexicon import words

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
    said of a summit known to have opened on Friday, May 19: the article was written within the week after. So too
    a meeting told by its weekday and day without a year ("will visit Finland on Saturday, March 5"): news names the
    weekday of a day within the week (not "Friday, March 4, 2022", which may be history)."""
    unit, k = spec.rel_unit, spec.rel_offset
    told_so = spec.month is None or (spec.day is not None and spec.year is None)  # "Friday", "Saturday, March 5"
    if spec.weekday is not None and told_so and unit is None and direction:
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
