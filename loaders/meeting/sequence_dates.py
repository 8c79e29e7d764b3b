"""Undated meetings dated by the others told around them: statements, a round, an occasion, a sequence."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from .. import regexes as rx
from ..dates import DateSpec, Timex, precision
from ..mention.assign import month_of
from ..mention.record import VISIT_WORDS, Mention
from ..sentences import Sentence
from ..timex.lexicon import number_value
from ..timex.patterns import COUNT
from .article_events import ArticleEvent
from .guest_rounds import _BILATERAL
from .lede_dates import visit_elsewhere
from .same_meeting import _ALSO_BEFORE, _ALSO_MET, _APART_TOLD, _SAME_DAY_APART
from .told_as import _EARLIER_ONE, _other_meeting, _quoted_day


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
                precision(at.timex.spec) != "year") and not visit_elsewhere(
                    ev, at.location.country if at.location else None):  # ("During his visit to India, Jones met
            # A, B and C" after a summit in London: the visit's, lede_dates.date_by_the_visit)
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
_IN_SEQUENCE: Final = rx.compile(r"\s*(?:(?:Earlier|Later|Afterwards|After\s+that|Before\s+that|Prior\s+to\s+that)"
                                 r"(?:\s+(?:in|on|that|the)\s+(?:the\s+)?(?:day|morning|afternoon|evening))?|"
                                 r"(?:On\s+)?(?:[Tt]he|[Tt]hat)\s+same\s+day)\s*,")


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


_LATER_OPEN: Final = rx.compile(r"\s*Later\s*,")


def _later_today(before: ArticleEvent, ev: ArticleEvent, today: date | None) -> bool:
    """"Trudeau is meeting Lopez Obrador Thursday ... Later, the prime minister will have a bilateral meeting with
    Biden": a meeting planned in a sentence that opens "Later," after one held on the article's own day is later
    that day (held then, to come as the article is written)."""
    body = [m for m in ev.mentions if not m.headline]
    return (today is not None and bool(body) and _LATER_OPEN.match(body[0].sentence.text) is not None
            and ev.status == "planned" and before.status == "held" and before.timex is not None
            and before.timex.value == today.isoformat())


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


# a sentence that opens with a pronoun subject who "also" met: "She also met Saudi Minister of State Adel Al-Jubeir"
_SHE_ALSO: Final = rx.compile(r"\s*(?:He|She)\s+also\s+(?:met|held|had|called\s+on|received)\b")


def _goes_on_as_she(ev: ArticleEvent) -> bool:
    """A meeting told by "She also met ..." right after a quote that dated the meeting before ("“The Swedish Minister
    for Foreign Affairs Anne Linde was here last Wednesday, meeting with ...” She also met ..."): the story goes on
    with the one the quote told of, on the day the quote gave (not a speaker's own round told apart)."""
    body = [m for m in ev.mentions if not m.headline]
    return bool(body) and _SHE_ALSO.match(body[0].sentence.text) is not None


def date_by_sequence(events: list[ArticleEvent], sents: list[Sentence], several: frozenset[int] = frozenset(),
                     today: date | None = None) -> None:
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
        then = _told_in_sequence(ev) or offset is not None or any(  # "Earlier, Anwar received a courtesy call from"
            _earlier_done(m) for m in ev.mentions if not m.headline)  # "Prince Faisal earlier held talks with ..."
        if last is not None:  # the sentence nearest before this one that tells the meeting before
            last = (max((j for m in last[1].mentions if not m.headline and (j := at.get(m.sentence.start, -1)) <= i),
                        default=last[0]), last[1])
        if ev.timex is None and last is not None and 0 <= i - last[0] <= (
                SEQUENCE_OPENED if then or _told_as_also(ev) else SEQUENCE_SENTENCES) \
                and not any(_EARLIER_ONE.search(m.sentence.text, 0, m.start - m.sentence.start)
                            and not _earlier_done(m) for m in ev.mentions if not m.headline):
            before = last[1]
            if offset is not None and last[0] == i:  # "The next day, Putin is to hold talks with A and meet B": the
                offset = None  # day the meeting before in the sentence was counted to, not one more
            same_day = before.status == ev.status or _later_that_day(ev) or _later_today(before, ev, today)
            if same_day and ((then or before.type == ev.type) and set(ev.participants) & set(before.participants)
                             or _of_the_visit_before(before, ev, i - last[0])) \
                    and _other_meeting(before, ev) and not (_quoted_day(before, ev) and not _goes_on_as_she(ev)):
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


# "earlier" said of the doing, before the verb ("Prince Faisal earlier held talks with his Iranian counterpart",
# "Sheikh Mishal earlier met ..."), not of the meeting before its noun ("their earlier talks")
_EARLIER_DONE: Final = rx.compile(r"\b(?i:earlier)\s+(?:(?:had|has|have)\s+)?(?P<verb>(?:held|had|hosted|received|"
                                  r"paid|conducted)\s+(?:[a-z-]+\s+){0,3}?)?$")


def _earlier_done(m: Mention) -> bool:
    """A meeting told with "earlier" as the time of its verb: earlier the same day as the story's meeting, told after
    it in the story's round."""
    hit = _EARLIER_DONE.search(m.sentence.text, 0, m.start - m.sentence.start)
    return hit is not None and (m.kind == "verb" or hit["verb"] is not None)


def _of_the_visit_before(visit: ArticleEvent, ev: ArticleEvent, apart: int) -> bool:
    """"Iran and Iraq agreed ... during a visit of Iraqi Prime Minister Nuri al-Maliki to Tehran on Monday. Iran's
    Defense Minister Najjar signed a memorandum ... with his Iraqi counterpart": a meeting of others of the two
    countries of a visit dated to the day, told in the next sentence, is held during that visit."""
    sides = set(visit.sides or visit.countries)
    return (apart == 1 and len(sides) == 2 and set(ev.sides or ev.countries) == sides and len(ev.participants) >= 2
            and any(m.trigger.lower() in VISIT_WORDS for m in visit.mentions if not m.headline))


def _own_day_there(before: ArticleEvent, sent: Sentence, several: frozenset[int]) -> Timex | None:
    """The day of one day that a sentence telling the meeting before gives it, when that meeting is dated by the first
    of several days ("On 28 and 29 April ..." then "On Monday (28 April) Steinmeier paid his first visit")."""
    if before.timex is None or id(before.timex) not in several:
        return None
    return next((m.timex for m in before.mentions if not m.headline and m.sentence.start == sent.start
                 and m.timex is not None and id(m.timex) not in several and precision(m.timex.spec) == "day"
                 and m.timex.value and len(m.timex.value) == 10), None)


# a day told of a meeting that dates it by its month only (a visit's last day, mention.assign.month_of): the round of
# meetings told next is of that month
_DAY_TOLD: Final = rx.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}\b", re.I)


# "The meeting in Canada came just one month after their summit in Russia", "Kagame's trip to Luanda comes just under
# two weeks after that made by his DRC counterpart, Felix Tshisekedi, who also met with President Lourenco"
_INTERVAL_AFTER: Final = rx.compile(
    r"\b(?:comes?|came|took\s+place|was\s+held)\s+(?:(?:just|only|nearly|almost|about|some|barely|roughly)\s+)?"
    r"(?:(?:under|over|less\s+than|more\s+than)\s+)?"
    rf"(?P<n>{COUNT})\s+(?P<unit>day|week|month)s?\s+after\b", re.I)
_FULL_DAY: Final = rx.compile(r"\d{4}-\d\d-\d\d")


def told_after_an_interval(m: Mention) -> bool:
    """Told after the words that count the time from it to the story's meeting ("came two weeks after")."""
    found = _INTERVAL_AFTER.search(m.sentence.text)
    return found is not None and m.start - m.sentence.start >= found.end()


def date_by_interval(events: list[ArticleEvent]) -> None:
    """A meeting told after the words that count the time from it to the story's ("The meeting in Canada came just
    one month after their summit in Russia"): the story's meeting (the first told with its day) less that time; a
    month, or days, as the words count it ("two weeks after": the month of that day, the count being loose)."""
    story = next((ev for ev in events if ev.timex is not None and _FULL_DAY.match(ev.timex.value or "")
                  and not all(told_after_an_interval(m) for m in ev.mentions)), None)  # (not the one counted from)
    if story is None:
        return
    for ev in events:
        if ev is story:
            continue
        said = next(((m, found) for m in ev.mentions for found in [_INTERVAL_AFTER.search(m.sentence.text)]
                     if found and m.start - m.sentence.start >= found.end()), None)
        if said is None:
            continue
        m, found = said
        n = number_value(found["n"]) or 1
        unit = found["unit"].lower()
        day = date.fromisoformat(story.timex.value[:10])  # type: ignore[union-attr,index]
        if unit == "month":
            y, mo = divmod(day.year * 12 + day.month - 1 - n, 12)
            ev.timex = Timex(0, 0, "", "DATE", DateSpec(y, mo + 1), -1, f"{y:04d}-{mo + 1:02d}")
        else:
            back = day - timedelta(days=n * (7 if unit == "week" else 1))
            spec = DateSpec(back.year, back.month, back.day if unit == "day" else None)
            ev.timex = Timex(0, 0, "", "DATE", spec, -1, back.isoformat() if unit == "day" else back.isoformat()[:7])
        ev.date_note = f"'{found[0]}' the meeting of {day.isoformat()}"
