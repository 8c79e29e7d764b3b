"""Undated meetings dated and placed by the article: its lede, dateline and date line, the visit, the trip, now."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from .. import places, spans
from .. import regexes as rx
from ..dates import DateSpec, Timex, precision, span
from ..mention.assign import day_left, month_of, occasion_between
from ..mention.other_dates import day_decided, day_took_office, statement_date
from ..mention.record import VISIT_WORDS, Mention
from ..read import DateSource
from ..sentences import Sentence
from .article_events import _STOPS, LEDE_WORDS, ArticleEvent
from .standalone import _HERE
from .told_as import _EARLIER_ONE, _arrival


def place_by_dateline(events: list[ArticleEvent], place: places.Place, lede_end: int) -> None:
    """A held meeting told without a place in the article's first sentence, or "here", was where the dateline says
    the article was written ("WOODSIDE, Calif. (AP) — Biden and Xi met on Wednesday", "met with Blinken here")."""
    for ev in events:
        if ev.location is not None or ev.status != "held":
            continue
        if any(m.sentence.start < lede_end or _HERE.search(m.sentence.text) for m in ev.mentions):
            ev.location = place


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
                 published: date | None, extra_days: dict[int, int] | None = None,
                 header: tuple[DateSource, int, int] | None = None) -> None:
    """A held meeting the article is about, told without a date of its own, took place on the day its lede tells
    ("rolled out the red carpet for Marcos on Wednesday. ... during their talks"), else on the day of the page's own
    date above its first line (`header`: a readout's "11 January 2023 - 18:14" under "Zelenskyy, Duda and Nausėda
    held a meeting ... in Lviv"), else by the article's date: the month it was published in."""
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
    # a lede that tells its day with the year ("On May 5, 2022, the President ... traveled to Guatemala. The Mexican
    # president met with ..."): the day of the meetings of the people it names, told just after it
    dated = [] if told else _story_days(lede, timexes, owned, with_year=True)
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
            _first_day_of_ended_stay(ev, extra_days)
        elif dated and len({t.value for t in dated}) == 1 and _of_the_lede(ev, lede) and not _told_as_earlier(ev):
            ev.timex, ev.date_note = dated[0], f"the day with its year the article's first sentence tells " \
                                               f"('{dated[0].text}') of the people it names"
        elif line and not ev.aside:  # (a page's date line is not the day of a round of meetings at a summit)
            ev.timex, ev.date_note = line[0], f"the day of the date line above the first sentence ('{line[0].text}')"
            _first_day_of_ended_stay(ev, extra_days)
        elif published is not None and header is not None and not ev.aside and header[0].day == published and any(
                (m.headline or m.start < top) and _near_date_line(m, header) for m in ev.mentions):
            ev.timex = Timex(0, 0, "", "DATE", DateSpec(published.year, published.month, published.day), -1,
                             published.isoformat())
            ev.date_note = f"the day of the page's own date line beside the story's first lines ('{header[0].line}')"
        elif published is not None and not ev.aside and any(m.ongoing for m in ev.mentions):
            ev.timex = Timex(0, 0, "", "DATE", DateSpec(published.year, published.month, published.day), -1,
                             published.isoformat())
            ev.date_note = f"told as under way ('are meeting') on the article's date {published.isoformat()}"
        elif published is not None and not ev.aside and (today := _today_told(timexes, published, events)) is not None:
            ev.timex = Timex(0, 0, "", "DATE", DateSpec(published.year, published.month, published.day), 0,
                             published.isoformat())  # (of the article's day: a plan told of it may be its twin)
            ev.date_note = (f"no date in the text: what the article reports, held on its date {published.isoformat()}, "
                            f"the day it tells of as '{today.text}'")
        elif published is not None:
            ev.timex = Timex(0, 0, "", "DATE", DateSpec(published.year, published.month), -1,
                             f"{published.year:04d}-{published.month:02d}")
            ev.date_note = f"no date in the text: what the article reports, held by its date {published.isoformat()}"
        else:
            ev.reported = True  # resolve.py: the month or year the text leaves for the article's date


DATE_LINE_NEAR = 300  # characters between a page's date line and the headline or lede it dates


def _near_date_line(m: Mention, header: tuple[DateSource, int, int]) -> bool:
    """A meeting told just above or below the page's own date line: the headline and lede of a readout."""
    _, start, end = header
    return 0 <= m.start - end <= DATE_LINE_NEAR or 0 <= start - m.end <= DATE_LINE_NEAR


def _first_day_of_ended_stay(ev: ArticleEvent, extra_days: dict[int, int] | None) -> None:
    """A visit the lede tells as ended after several days ("concluded his two days historic visit to Eritrea"), dated
    by the story's day (the farewell "today", the date line): that day is its last, the visit began days before."""
    n = next((k for m in ev.mentions if not m.headline for k in [spans.days_ended(m.sentence.text)] if k), 0)
    first = spans.days_before(ev.timex, n) if n and ev.timex is not None and not ev.extra_days else None
    if first is not None:
        ev.timex, ev.extra_days = first, n
        if extra_days is not None:
            extra_days[id(first)] = n
        ev.date_note = f"{ev.date_note}, the last day of a visit told as ended after {n + 1} days: its first day"


_TODAY: Final = rx.compile(r"(?:today|tonight|this\s+(?:morning|afternoon|evening))", re.I)


def _today_told(timexes: list[Timex], published: date, events: list[ArticleEvent]) -> Timex | None:
    """The article's own day told as "today", "tonight" or "this morning" ("at today's meeting in Brussels", "I am
    convening this morning the Dialogue meeting", "«Today, we are to sign a Declaration»"): the page was written on
    the day of the events it reports, not the day after, as a report telling of them by a weekday's name is."""
    planned = {id(ev.timex) for ev in events if ev.timex is not None and ev.status == "planned"}
    return next((t for t in timexes if _TODAY.fullmatch(t.text) and (t.value or "")[:10] == published.isoformat()
                 and id(t) not in planned), None)


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
# the place a visit is told to ("During his visit to India,", "During her trip to New York City,")
_PLACE_WORDS: Final = r"(?:the\s+)?(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}"
_DURING_THE_VISIT: Final = rx.compile(r"\s*(?:During|In\s+the\s+course\s+of|As\s+part\s+of)\s+(?:the|this|his|her|"
                                      r"their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stay|tour)"
                                      rf"(?:\s+(?:to|in)\s+(?P<to>{_PLACE_WORDS}))?\s*,", re.I)
# the same told at the end of the sentence: "Andersson and Hultqvist meet with the President of Finland ... during the
# visit."
_DURING_THE_VISIT_AT_THE_END: Final = rx.compile(r"\b(?:during|in\s+the\s+course\s+of)\s+(?:the|this|his|her|their)\s+"
                                                 r"(?:[\w-]+\s+){0,3}?(?:visit|trip|stay|tour)\s*[.!]?\s*$", re.I)
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
            during = _DURING_THE_VISIT.match(m.sentence.text) or _DURING_THE_VISIT_AT_THE_END.search(m.sentence.text)
            day = _day_told_before(m.sentence, sents, timexes) if during else None
            if during and day is None and (month := _month_of_the_visit_before(m.sentence, sents, events)):
                ev.timex = month  # "Thereafter Jones travelled to India ... in later part of June. During his
                ev.date_note = f"the month of the visit the sentence before tells ('{month.text}')"  # visit to
                break  # India, Jones met ...": a month the visit is told in, no day
            if day is not None and during and (id(day) in several or _DAYS_LONG_VISIT.search(during.group())):
                if (month := month_of(day)) is not None:
                    ev.timex = month
                    ev.date_note = f"the month of the visit of several days the sentence before tells ('{day.text}')"
                break
            if day is not None:
                ev.timex, ev.date_note = day, f"the day of the visit the sentence before tells ('{day.text}')"
                break


def _month_of_the_visit_before(sent: Sentence, sents: list[Sentence], events: list[ArticleEvent]) -> Timex | None:
    """The month (no year told) of a visit or trip told in the sentence right before this one, an event of its own
    dated by that month alone."""
    before = [s for s in sents if s.end <= sent.start][-1:]
    if not before:
        return None
    prev = before[0]
    for ev in events:
        t = ev.timex
        if t is None or precision(t.spec) != "month" or t.spec.year is not None or not prev.start <= t.start < prev.end:
            continue
        if any(prev.start <= m.start < prev.end and m.trigger.lower() in VISIT_WORDS for m in ev.mentions):
            return t
    return None


def visit_elsewhere(ev: ArticleEvent, country: str | None) -> bool:
    """Whether a meeting is told in a sentence opening on a visit to a place of another country than `country`
    ("During his visit to India, Jones met ...", after a summit in London): the visit frames it, not the summit."""
    for m in ev.mentions:
        during = _DURING_THE_VISIT.match(m.sentence.text)
        to = during.group("to") if during else None
        where = places.named(to.removeprefix("the ").removeprefix("The "), 0) if to and country else None
        if where is not None and where.country is not None and where.country != country:
            return True
    return False


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
        if ev.timex is not None or ev.status != "planned":
            continue
        part = all(_PART_OF_TRIP.search(m.sentence.text) for m in ev.mentions)
        near = [o.timex for o in events if o is not ev and o.timex and set(o.participants) & set(ev.participants)
                and _day_near(o.timex, published) and (part or _host_country_of(o, ev))]
        if near:
            day = date.fromisoformat(near[0].value or "")
            ev.timex = Timex(0, 0, "", "DATE", DateSpec(day.year, day.month), 1, f"{day.year:04d}-{day.month:02d}")
            ev.date_note = f"no date of its own: planned as part of the trip of '{near[0].text}' ({day.isoformat()})"


def _host_country_of(trip: ArticleEvent, ev: ArticleEvent) -> bool:
    """"Khatami headed to Moscow on Monday ... Khatami is to hold talks with Putin, Russian Prime Minister Mikhail
    Kasyanov and Foreign Minister Igor Ivanov": a planned meeting of a visitor with people of the country his trip,
    under way, is told in (the trip held there, with someone of that country: a visit to it; not "met Ramaphosa in
    New York ... will hold talks with Biden", a meeting of two guests there) is part of that trip."""
    host = trip.location.country if trip.location is not None else None
    return (trip.status == "held" and host is not None and host in ev.countries and host in trip.countries
            and len(set(ev.countries)) == 2 and len(set(trip.countries)) >= 2
            and not set(ev.participants) <= set(trip.participants))
    # (not the trip's own meeting told again as a plan: "headed for the East Room to hold private talks")


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


def _of_the_lede(ev: ArticleEvent, lede: Sentence) -> bool:
    """A meeting of someone the lede names, told in the sentences just after it."""
    return any(re.search(rf"\b{re.escape(name.split()[-1])}\b", lede.text) for name in ev.participants) and \
        all(m.sentence.start >= lede.end for m in ev.mentions)


def _story_days(sent: Sentence, timexes: list[Timex], owned: set[int], with_year: bool = False) -> list[Timex]:
    """The days a sentence of the story's opening tells as past or today, with no year (or, `with_year`, with
    one), of no meeting of their own, not of a speech, a departure or a decision."""
    return [t for t in timexes if sent.start <= t.start < sent.end and t.type in ("DATE", "TIME") and id(t) not in owned
            and t.direction <= 0 and (t.spec.year is not None) == with_year and precision(t.spec) == "day"
            and not occasion_between(sent.text.lower(), 0, t.start - sent.start)  # "during a speech on Dec. 19"
            and not day_left(sent, t)  # "left Chicago for China on Friday after concluding a state visit"
            and not day_decided(sent, t)  # "called on the army and the RSF on Sunday to agree on a ceasefire"
            and not day_took_office(sent, t)  # "after Oreskovic took office last Friday"
            and not _SINCE.search(sent.text, 0, t.start - sent.start)]  # "their first meeting since ... on Jan. 9"


_SINCE: Final = rx.compile(r"\bsince\b[^,;:()“”\"]{0,100}$", re.I)  # a day a span is counted from, not the story's


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


_PLAN_WORDS: Final = rx.compile(r"\b(?:scheduled|will|expected|set\s+to|plans?|planned|to\s+(?:meet|hold|visit))\b",
                                re.I)


def date_by_today(events: list[ArticleEvent], timexes: list[Timex], published: date | None) -> None:
    """A held meeting told without a date anywhere in an article that tells its own day as "today" or "this
    morning" and no other day of its week ("the President had lunch with President Putin today", "Abiy has
    conferred with leaders ... at the sidelines of the 33rd African Union summit in Addis Ababa today"): of the
    article's day, as the lede's own is (date_by_lede), not of its month; not a meeting told as an earlier one
    ("their last meeting")."""
    if published is None:
        return
    today = _today_told(timexes, published, events)
    if today is None or any(_other_day_near(t, published) for t in timexes):
        return  # (a page of "today and yesterday": which, no one can say)
    for ev in events:
        if ev.timex is not None or ev.status != "held" or _told_as_earlier(ev) or any(
                _PLAN_WORDS.search(m.sentence.text) for m in ev.mentions if not ev.status_marked):
            continue  # (held for want of a tense, told with a plan's words: "Meetings with Harris, Trump scheduled")
        ev.timex = Timex(0, 0, "", "DATE", DateSpec(published.year, published.month, published.day), 0,
                         published.isoformat())
        ev.date_note = (f"no date in the text: held on the article's date {published.isoformat()}, the day it tells "
                        f"of as '{today.text}'")


def _other_day_near(t: Timex, published: date) -> bool:
    """A day within a week of the article's, not its own ("yesterday", "on Monday", "Nov. 18")."""
    try:
        day = date.fromisoformat((t.value or "")[:10])
    except ValueError:
        return False
    return day != published and abs((day - published).days) <= 7


def date_by_the_day(events: list[ArticleEvent], the_day: dict[int, Timex]) -> None:
    """A meeting told "later in the day" that no meeting told just before dates (date_by_sequence): the day the
    sentence before tells, else the article's date."""
    for ev in events:
        m = next((m for m in ev.mentions if m.sentence.start in the_day), None)
        if ev.timex is None and m is not None:
            ev.timex = the_day[m.sentence.start]
            ev.date_note = f"'{ev.timex.text}' of 'later in the day': the day the text told last, else the article's"
