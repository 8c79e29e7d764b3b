"""Which of a sentence's dates and places is which meeting word's."""

from __future__ import annotations

import re
from typing import Any, Final

from .. import places
from .. import regexes as rx
from ..dates import DateSpec, Timex, precision
from ..sentences import Sentence
from ..timex.patterns import ABBRS, MONTHS, WEEKDAYS
from .clauses import _same_quote
from .other_dates import _decided_on
from .reading import _Reading
from .record import Mention
from .vocabulary import patterns
from .words import not_until

# between a date told after its subject and the meeting of the verb right after it: "Widodo Monday (11/14) held
# bilateral meetings", "Kenyatta on Monday held talks"
_SUBJECT_DATE_VERB: Final = rx.compile(r"\s*(?:\([\d/.\s]{1,12}\)\s*)?(?:(?:held|hosted|had|holds|hosts)\s+"
                                       r"(?:[\w-]+\s+){0,2})?")
_NEXT_CLAUSE: Final = rx.compile(r"(?:,\s*|\s)(?:and|then|and\s+then)\s+(?:(?:on|in|at)\s+)?$")

_LAUNCHED_BEFORE: Final = rx.compile(r"\b(?:launched|founded|established|created|set\s+up|formed)\s+(?:in|on)\s+$",
                                     re.I)
_WHEN_AFTER: Final = rx.compile(r",?\s+(?:when|as|at|during)\b")
_DECLINED_AFTER: Final = rx.compile(r"\s+(?:declined|refused|decline|refuse|declines|refuses)\s+to\s+"
                                    r"(?:comment|confirm|say|elaborate)\b")
_REMOTE_BETWEEN: Final = rx.compile(r"\b(?:video\s*conference|video-conference|video\s+link|videolink|"
                                    r"teleconference|phone\s+call|telephone\s+call)\b", re.I)

# a meeting proposed ("proposed a personal meeting", "suggested a summit"), in a sentence that tells a call
_PROPOSED: Final = rx.compile(r"\b(?:proposed|proposes|propose|suggested|suggests|suggest|offered|offers|floated)\s+"
                              r"(?:(?:a|an|the|to\s+hold\s+a|holding\s+a)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_CALL_TOLD: Final = rx.compile(r"\b(?:phoned|telephoned|(?:tele)?phone\s+(?:calls?|conversations?|talks)|"
                               r"by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone)\b", re.I)


def _proposed_on_a_call(sent: Sentence, m: Mention) -> bool:
    """"On April 13, Putin and Biden had a phone call ..., Biden then proposed a personal meeting", "Biden proposed
    the meeting in April when he phoned Putin": a meeting proposed during a call; the sentence's date is the call's,
    the meeting is to come (its date told elsewhere)."""
    at = m.start - sent.start
    return (m.kind == "noun" and _PROPOSED.search(sent.text, max(0, at - 60), at) is not None
            and _CALL_TOLD.search(sent.text) is not None)


_DAY_NAMES: Final = rf"(?:{WEEKDAYS}|{MONTHS}|{ABBRS}\b)"  # date_words.json's weekdays, months, their abbreviations
# someone's words told after the meeting word, not set off by commas ("..., he said, ..."): their dates are theirs
# (also a named subject after the verb: "after meeting Kishida, Anwar said Japan ... in 2023": what he said)
_SAID_BETWEEN: Final = rx.compile(r"\b[A-Z][\w'’-]+\s+(?:said|says|told\s+[\w ]{1,30}?|added|noted|stressed)\s+"
                                  r"(?:that\s+)?(?=[a-z]|(?!" + _DAY_NAMES + r")[A-Z][a-z])")  # (not "said Tuesday")


# "held bilateral meetings with A and B after the conclusion of the G7 Summit's Outreach Session ... on Friday"
_AT_WORDS: Final = (r"\s+(?:on\s+the\s+(?:sidelines|margins|fringes)\s+of|after\s+the\s+(?:conclusion|end|close)\s+of|"
                    r"at\s+the\s+(?:end|close)\s+of|during\s+(?:his|her|their|its|the))\s+")
_AT_OCCASION: Final = rx.compile(_AT_WORDS + r"(?:[\w'’.-]+\s+){0,6}$", re.I)


def _share_occasion_date(mentions: list[Mention], sent: Sentence) -> None:
    """A meeting told without a date on the sidelines of (or right after) an occasion the sentence dates took place
    on that day: the occasion's date is the meeting's too."""
    fronted = _FRONTED_OCCASION.match(sent.text)
    for m in mentions:
        occ = next((o for o in mentions if o.start > m.end and o.timex is not None), None)
        if m.timex is None and occ is not None and _at_occasion(m, occ, mentions, sent):
            m.timex = occ.timex
        before = next((o for o in mentions if o.end <= m.start and o.timex is not None), None)
        if m.timex is None and occ is None and before is not None and fronted is not None \
                and before.end - sent.start <= fronted.end() <= m.start - sent.start:
            m.timex = before.timex  # "On the sidelines of the G20 summit on 9 September, the Prime Minister will
            # hold bilateral meetings with ...": the occasion told first, the meetings on its day


def _at_occasion(m: Mention, occ: Mention, mentions: list[Mention], sent: Sentence) -> bool:
    """Whether the words between two meetings tell the first held at the second ("on the sidelines of the G7 Summit",
    "during his second visit to"); after "during", only with no meeting or verb told between ("The meeting picked up
    where previous talks left off during the minister's visit last month": the talks' visit, not the meeting's)."""
    lo, hi = m.end - sent.start, occ.start - sent.start
    at = _AT_OCCASION.search(sent.text, lo, hi)
    if at is None or ";" in sent.text[lo:hi]:
        return False
    if not at[0].lstrip().lower().startswith("during"):
        return True
    return not (any(m.end <= o.start < occ.start for o in mentions)
                or _CLAUSE_WORD.search(sent.text, lo, at.start()) is not None)


# an occasion told first, in an adjunct of its own: "On the sidelines of the G20 summit on 9 September,", "During the
# ASEAN Summit on Tuesday,", "In addition to the G20 meetings on 9 September,"
_FRONTED_OCCASION: Final = rx.compile(r"\s*(?:on\s+the\s+(?:sidelines|margins|fringes)\s+of|during|in\s+addition\s+to|"
                                      r"besides|apart\s+from|alongside)\s+[^,;]{1,120},", re.I)


# a verb or clause between a meeting and "during ...": the occasion is of what that tells ("the Wuhan spirit forged
# during the first such meeting", "agreements that Yoon and Biden reached during their Seoul summit")
_CLAUSE_WORD: Final = rx.compile(r"\b(?:that|which|who|to|[a-z]+(?:ed|ing))\b")


def _assign(mentions: list[Mention], items: list[Any], attr: str, r: _Reading) -> None:
    """Give each date or place to the nearest meeting word before it, else the nearest after it."""
    sent, quotes = r.sent, r.quotes
    for item in items:
        pos = item.start
        left = [m for m in mentions if m.start <= pos and _same_quote(m.start, pos, quotes)]
        right = [m for m in mentions if m.start > pos and _same_quote(m.start, pos, quotes)]
        owner = max(left, key=lambda m: m.start) if left else min(right, key=lambda m: m.start) if right else None
        if attr == "timex" and not left and owner is not None and not _qualifies(sent, item.end, owner.start) \
                and _dated_after(owner, item, items, r, mentions):
            owner = None  # "played golf on Sunday and held a summit in Tokyo the next day": the summit's own date
        if attr == "timex" and _modifier(sent, item) and not _EDITION.match(sent.text, item.end - sent.start):
            owner = next((m for m in right if 0 <= m.start - item.end <= 25), None)
        elif attr == "timex" and left and owner is not None and _possessive(sent, item) \
                and (noun := next((m for m in right if 0 <= m.start - item.end <= 25), None)) is not None:
            owner = noun  # "talks in December ended, but last week's meetings in Berlin": the meetings' own date; so
            # too when the word before has none ("The meeting came ahead of next week's NATO summit": the summit's)
        elif attr == "timex" and owner is not None and owner.timex is not None and right and _NEXT_CLAUSE.search(
                sent.text, max(0, pos - sent.start - 16), pos - sent.start):
            nxt = min(right, key=lambda m: m.start)  # "met Qin on Sunday, and on Monday held talks with Xi"
            owner = nxt if nxt.timex is None and 0 <= nxt.start - item.end <= 25 else owner
        elif attr == "timex" and owner is not None and owner.timex is not None and right and (
                moved := _travelled_on_to_meet(sent, item, right, items)) is not None:
            owner = moved  # "held talks with Netanyahu on August 24 and flew the next day ... to Khartoum ... to meet
            # Hamdok": the day of the journey is that of the meeting it was made for
        elif attr == "timex" and left and owner is not None and right and _met_in_the_when_clause(
                sent, owner, item, right, items) is not None:
            owner = min(right, key=lambda m: m.start)  # "The date of this week's summit was set when Chung led a
            # delegation to Pyongyang on Sept. 5 and met with Kim": the day of the clause's own meeting
        elif attr == "timex" and left and owner is not None and right and (
                own := _relative_clause_meeting(sent, owner, item, right)) is not None:
            owner = own  # "The host of the meeting is Obasanjo, chairman of Nepad, who over the weekend held talks
            # with Mbeki": the day the relative clause tells before its verb is that verb's meeting's
        elif attr == "timex" and owner is not None and owner.timex is not None and right \
                and not better_date(item, owner.timex):
            nxt = min(right, key=lambda m: m.start)  # "Ahead of the G20 Summit that will take place on November
            owner = nxt if nxt.timex is None and _SUBJECT_DATE_VERB.fullmatch(  # 15-16, Widodo Monday (11/14) held
                sent.text, item.end - sent.start, nxt.start - sent.start) else owner  # bilateral meetings"
        if owner is None or (owner.kind == "joint" and "," in sent.text[owner.end - sent.start:pos - sent.start]):
            continue
        if attr == "timex" and _proposed_on_a_call(sent, owner):
            continue  # "Biden proposed the meeting in April when he phoned Putin": the call's day, not the meeting's
        if attr == "timex" and not left and _decided_on(sent, item):
            continue  # "agreed on Thursday to hold talks": that day is not the talks'
        if attr == "timex" and not left and _arrival_day(r, item, items):
            continue  # "arrived Tuesday in Brazil for a visit that begins Wednesday with a meeting"
        if attr == "timex" and _aside_of_another(sent.text, pos - sent.start, owner, mentions, sent.start):
            continue  # "the Government, which will present the budget on Thursday, ... her visit": the budget's day
        if attr == "timex" and _STAMP.search(sent.text, max(0, pos - sent.start - 30), pos - sent.start):
            continue  # "Updated: 2009-06-22 09:32": when the page was written, not when anyone met
        if attr == "timex" and _OPENING_DATE.match(sent.text, item.end - sent.start) and not sent.text[
                :item.start - sent.start].strip() and any(o.start > item.end for o in items):
            continue  # "May 4, 2023 — This week I hosted ...": the release's date line; the meeting's date follows
        if attr == "timex" and left and _PAUSED_ON.search(sent.text, max(0, pos - sent.start - 40), pos - sent.start) \
                and _BEGAN_THEN.search(sent.text, owner.end - sent.start, pos - sent.start):
            continue  # "talks began last week and were paused on December 3": the round is of the day it began
        if attr == "timex" and _ended_trip(sent, owner):
            item = month_of(item)  # "on Saturday wound up a visit to Port of Spain": the visit's last day
            if item is None:
                continue
        if attr == "timex" and not left and _left_after(r, item, owner):
            continue  # "left Chicago for China on Friday after concluding a state visit": the day he left
        if attr == "timex" and left and _LEFT_THEN.search(sent.text, owner.end - sent.start, pos - sent.start):
            continue  # "concluded his three-day visit to the US and left for home on Monday": the day he left
        if attr == "timex" and occasion_between(r.lower, owner.end - sent.start, pos - sent.start):
            continue  # "the summit during a speech in Sapporo on Dec. 19": the speech's day
        if attr == "timex" and _PREPARING.search(r.lower, owner.end - sent.start, pos - sent.start):
            continue  # "The visit ..., aimed at preparing bilateral events at the highest level this year"
        if attr == "timex" and _LAUNCHED_BEFORE.search(sent.text, max(0, pos - sent.start - 30), pos - sent.start) \
                and not _WHEN_AFTER.match(sent.text, item.end - sent.start):
            continue  # "the forum was launched in 2010": when a body began (not "established in 2013 when A met B")
        if attr == "timex" and not left and _DECLINED_AFTER.match(sent.text, item.end - sent.start):
            continue  # "on Thursday declined to comment on ... plans to hold a summit": the day of the reply
        if attr == "timex" and left and _REMOTE_BETWEEN.search(sent.text, owner.end - sent.start, pos - sent.start):
            continue  # "changed the scheduled summit to a video conference on Thursday": the call's or change's day
        if attr == "timex" and left and _SAID_BETWEEN.search(sent.text, owner.end - sent.start, pos - sent.start):
            continue  # "after the summit, Kishida said his heart aches for ... the 1910-45 colonial rule": what he said
        if left and _fronted_before(sent, owner, pos):
            continue  # "Prior to attending the summit, Roh had a meeting with Koreans in Berlin on April 10": the
            # summit of the phrase that opens the sentence is not dated or placed by what its main clause tells
        if attr == "timex" and (not better_date(item, owner.timex)
                                or _since(r, item) and not _not_until(r, owner, item)):
            continue
        if attr == "place" and not better_place(item, owner.place):
            continue
        if attr == "place" and not r.clause(owner)[0] <= pos < r.clause(owner)[1]:
            continue  # "arrived in Jordan after ... apologized to Turkey": Turkey is not where he arrived
        setattr(owner, attr, item)


_WHO_OPENS: Final = rx.compile(r",\s*who\s+(?:[\w'’-]+\s+){0,2}$")  # ", who over the weekend held talks"


def _relative_clause_meeting(sent: Sentence, owner: Mention, item: Any, right: list[Mention]) -> Mention | None:
    """The meeting verb of the relative clause a date opens, right after "who" (see _WHO_OPENS), when the meeting
    word before the date stands outside that clause."""
    s0 = sent.start
    nxt = min(right, key=lambda m: m.start)
    if nxt.kind != "verb" or not 0 <= nxt.start - item.end <= 25 or nxt.timex is not None:
        return None
    return nxt if _WHO_OPENS.search(sent.text, owner.end - s0, item.start - s0) else None


# a journey told as the next step after a meeting dated before it: "... on August 24 and flew the next day"
_AND_TRAVELLED: Final = rx.compile(r"\band\s+(?:then\s+)?(?:flew|travell?ed|went|headed|drove|continued|"
                                   r"moved\s+on)\s+(?:on\s+)?$", re.I)
_TO_MEET: Final = rx.compile(r"\b(?:to|for)\s+$", re.I)  # "to meet Hamdok", "for talks with ..."
TRAVELLED_REACH = 200  # characters from a journey's day to the meeting it was made for


def _travelled_on_to_meet(sent: Sentence, item: Any, right: list[Mention], items: list[Any]) -> Mention | None:
    """The meeting a journey was made for ("and flew the next day from Tel Aviv to Khartoum, ..., to meet Sudan's
    Prime Minister Abdalla Hamdok"), when the journey's day follows a meeting dated before it in the sentence and no
    other date stands between: the day is that meeting's, not the one before's."""
    at = sent.start
    if _AND_TRAVELLED.search(sent.text, max(0, item.start - at - 30), item.start - at) is None:
        return None
    nxt = min(right, key=lambda m: m.start)
    if nxt.timex is not None or nxt.start - item.end > TRAVELLED_REACH or ";" in sent.text[
            item.end - at:nxt.start - at]:
        return None
    if any(item.end <= o.start < nxt.start for o in items):
        return None
    return nxt if _TO_MEET.search(sent.text, max(0, nxt.start - at - 6), nxt.start - at) else None


# a clause of its own, between a meeting word and a date: "(the summit) was set when ... on Sept. 5 and met with Kim"
_WHEN_CLAUSE: Final = rx.compile(r"\b(?:when|while)\s+(?:(?!,\s+(?:and|but)\b)[^;:()])*$")
_SET_OFF: Final = rx.compile(r",\s*(?:on\s+|in\s+)?$")  # "after his inauguration, on January 16,": the phrase's date


def _met_in_the_when_clause(sent: Sentence, owner: Mention, item: Any, right: list[Mention],
                            items: list[Any]) -> Mention | None:
    """The meeting told after a date in a "when" (or "while") clause, up to ", and" or ", but", that opens after the
    meeting word before the date, when no other date stands between them and the date is not set off by a comma: the
    date is the clause's meeting's ("... was set when Chung led a special delegation to Pyongyang on Sept. 5 and met
    with Kim")."""
    at = sent.start
    if _WHEN_CLAUSE.search(sent.text, owner.end - at, item.start - at) is None or _SET_OFF.search(
            sent.text, owner.end - at, item.start - at):
        return None
    nxt = min(right, key=lambda m: m.start)
    between = sent.text[item.end - at:nxt.start - at]
    if nxt.timex is not None or ";" in between or any(item.end <= o.start < nxt.start for o in items):
        return None
    return nxt if len(between) <= 60 else None


_OPENING_DATE: Final = rx.compile(r"\s*(?:[—–]|--?)\s")  # a date that opens a sentence, set off by a dash
# a phrase that opens a sentence with a meeting told elsewhere ("Ahead of the summit,", "Prior to attending the
# summit,", "After their talks,"): the time the main clause is told in, relative to that meeting
_FRONTED_ELSEWHERE: Final = rx.compile(r"\W*(?:Before|After|Following|Ahead\s+of|Prior\s+to|On\s+the\s+eve\s+of)\s+"
                                       r"(?:attending\s+|joining\s+)?(?:the|his|her|their|its|this|that)\s+"
                                       r"[^,;]{0,60}?,")


def _fronted_before(sent: Sentence, owner: Mention, pos: int) -> bool:
    """Whether the meeting word stands in a phrase that opens the sentence ("Ahead of the summit,") and the date or
    place lies after it, in the main clause."""
    fronted = _FRONTED_ELSEWHERE.match(sent.text)
    return fronted is not None and owner.end - sent.start <= fronted.end() <= pos - sent.start


# a round of talks told as begun on one date and halted on another: the date it began is the round's
_PAUSED_ON: Final = rx.compile(r"\b(?:were|was|got|have\s+been|had\s+been)\s+(?:paused|suspended|adjourned|halted|"
                               r"interrupted|broken\s+off)\s+(?:on\s+)?$")
_BEGAN_THEN: Final = rx.compile(r"\b(?:began|started|opened|resumed|kicked\s+off)\s+(?:[\w'’.-]+\s+){1,4}?and\s+")


# a visit told as ended: its day is the last of several ("concluded a five-day hectic visit", "wound up a visit")
_CONCLUDED: Final = rx.compile(
    r"\b(?:concluded|concludes|concluding|wound\s+up|winds\s+up|winding\s+up|wrapped\s+up|wraps\s+up|wrapping\s+up|"
    r"ended|ends|ending|rounded\s+off|completed)\s+(?:[\w'’-]+\s+){0,5}$", re.I)
_TRIP_WORDS: Final = frozenset({"visit", "visits", "tour", "trip", "stay", "sojourn"})
_DAYS_LONG: Final = rx.compile(r"[- ]days?\b|\bday[- ]long\b", re.I)  # "a one-day visit", "his three-day visit"


def _ended_trip(sent: Sentence, owner: Mention) -> bool:
    """Whether a visit is told as ended, of a length not told (spans.py counts back the first day of a "three-day
    visit" ended on a day)."""
    ended = _CONCLUDED.search(sent.text, max(0, owner.start - sent.start - 60), owner.start - sent.start)
    return owner.trigger.lower() in _TRIP_WORDS and ended is not None and not _DAYS_LONG.search(ended.group())


def month_of(t: Timex) -> Timex | None:
    """The month of a day told (a visit's last day says the month of its talks, not their day)."""
    if t.spec.month is None and not (t.value and len(t.value) == 10):
        return None
    month = t.spec.month or int((t.value or "")[5:7])
    value = t.value[:7] if t.value and len(t.value) >= 7 else None
    return Timex(t.start, t.end, t.text, t.type, DateSpec(year=t.spec.year, month=month), t.direction, value)


# what a meeting prepares, told between it and a date: the date is of what is prepared
_PREPARING: Final = rx.compile(r"\b(?:aimed\s+at|meant\s+to|intended\s+to|designed\s+to|in\s+order\s+to|to)\s+"
                               r"(?:prepare|preparing)\b|\bin\s+preparation\s+for\b")


_ASIDE_OPEN: Final = rx.compile(r",\s+(?:which|who)\s+[^,;()]{0,80}$")
_ASIDE_CLOSE: Final = rx.compile(r"[^,;()]{0,60}?(?:,|[.!?]?[\s\"”’']*$)")  # set off by a comma, or ending the sentence
# an aside that only says who someone is ("Khamchen, who is also head of the Committee for Laos-Vietnam Cooperation
# in Hanoi on September 14, PM Chinh asked"): a present state holds no day; a day inside it is the main clause's
_ASIDE_STATE: Final = rx.compile(r",\s+who\s+(?:is|are)\s+(?:also\s+|now\s+|currently\s+)?(?:the\s+|a\s+|an\s+)?"
                                 r"(?!(?:due|set|about|likely|expected|scheduled|going|planning|to)\b)"
                                 r"(?:(?!will\b|to\b|[a-z]+(?:ed|ing)\b)[\w'’.-]+\s+){1,12}?(?:(?:in|at)\s+[\w'’.-]+"
                                 r"(?:\s+[A-Z][\w'’.-]*){0,2}\s+)?(?:on\s+)?$")
_ASIDE_MEETING: Final = rx.compile(r"\b(?:held|hold|holds|take\s+place|takes\s+place|took\s+place|begins?|began|opens?|"
                                   r"opened|starts?|started|convened?|hosted|hosts?|meets?|met|visits?|visited|chairs?|chaired)\b")


def _aside_of_another(text: str, rel: int, owner: Mention, mentions: list[Mention], at: int) -> bool:
    """A date inside a relative clause set off by commas, of something that is not the meeting, and with no meeting
    told in it ("the Government of Bangladesh, which will present the annual budget on Thursday, is dealing with
    ... and Hasina will use her India visit"): the clause's own date, not the meeting's."""
    opened = _ASIDE_OPEN.search(text, max(0, rel - 80), rel)
    closed = _ASIDE_CLOSE.match(text, rel)
    if opened is None or closed is None or _ASIDE_STATE.match(text, opened.start(), rel):
        return False
    lo, hi = opened.start(), closed.end()
    if lo <= owner.start - at < hi or 0 <= lo - (owner.end - at) <= 2:
        return False  # the meeting's own clause, or "the summit, which will open on Thursday,"
    if any(lo <= m.start - at < hi for m in mentions) or _ASIDE_MEETING.search(text, lo, hi):
        return False
    return True


def occasion_between(lower: str, lo: int, hi: int) -> bool:
    """Whether another occasion ("during a speech", "in an interview") stands in lower[lo:hi], a sentence's
    lower-cased text: a date after it is that occasion's."""
    return lo < hi and patterns()["low"]["occasion"].search(lower, lo, hi) is not None


_ARRIVED: Final = rx.compile(r"\b(?:arrived|arrives|arriving|landed|lands|landing)\s+(?:(?:in|at)\s+[\w'’.-]+"
                             r"(?:\s+[A-Z][\w'’.-]*){0,2}\s+)?(?:on\s+)?$")


def _arrival_day(r: _Reading, t: Any, items: list[Any]) -> bool:
    """"Santos arrived Tuesday in Brazil for a two-day visit that begins Wednesday with a meeting with Lula": the
    day of the arrival, when a later date of the sentence tells the talks'."""
    before = r.sent.text[:t.start - r.sent.start]
    return _ARRIVED.search(before, max(0, len(before) - 50)) is not None and any(
        o.start > t.end and (o.spec.day is not None or o.spec.weekday is not None) for o in items if o is not t)


_STAMP: Final = rx.compile(r"\b(?:(?:last\s+)?updated|published|posted|first\s+posted|modified)"
                           r"(?:\s+(?:on|at))?\s*:?\s*$", re.I)
_MOVES: Final = (r"left|leaves|leaving|departed|departs|flew\s+(?:home|back|out)|returned|returns|went\s+home|"
                 r"headed\s+home|arrived|arrives|reached|reaches|landed|lands|touched\s+down|"
                 r"spent|spends|stayed|stays|remained|remains|relaxed|rested")
_LEAVE_OR_STAY: Final = rx.compile(
    rf"\b(?:{_MOVES})\b(?:(?!\b(?:and|but|met|meets|held|holds)\b)(?:[^,;.]|\.(?=\w|\s+[a-z]))){{0,90}}$")
_MOVES_AFTER: Final = rx.compile(rf"\s+(?:{_MOVES})\b")  # "Modi on Sunday reached Joint Base Andrews"
_AFTER_IT: Final = rx.compile(r"\b(?:after|following)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w\"“”'’-]+\s+){0,3}$"
                              r"|\b(?:after|following)\s+the\s+(?:conclusion|end|close)\s+of\s+(?:[\w\"“”'’-]+\s+){0,3}$")
_LEFT_THEN: Final = rx.compile(  # "concluded his visit to the US and left for home on Monday"
    r"\s(?:and|then|before)\s+(?:then\s+)?(?:left|departed|flew\s+(?:home|back)|returned\s+home|headed\s+(?:home|back)|"
    r"emplaned)\b[^,;]{0,60}$")


def _moved_on(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is that of someone's leaving, coming or staying on: "left Croatia on
    Saturday", "spent a second day at Camp David on Saturday", "on Sunday reached Joint Base Andrews"."""
    return _LEAVE_OR_STAY.search(text, max(0, start - 120), start) is not None or bool(_MOVES_AFTER.match(text, end))


def _left_after(r: _Reading, t: Any, owner: Mention) -> bool:
    """"Hu left Chicago for China on Friday after concluding a state visit", "Bush and Blair spent a second day at
    Camp David on Saturday after talks", "Modi on Sunday reached Washington, ..., after a brief visit to Portugal":
    the day someone left, came or stayed on, after the meeting, not the meeting's."""
    text, at, end, to = r.sent.text, t.start - r.sent.start, t.end - r.sent.start, owner.start - r.sent.start
    return (to - end <= 150 and ";" not in text[end:to] and _AFTER_IT.search(text, max(end, to - 50), to) is not None
            and _moved_on(text, at, end))


def day_left(sent: Sentence, t: Any) -> bool:
    """The day of `t` is the day someone left or stayed on after something ("left Croatia for China on Saturday
    after concluding his trip"): no meeting's day, nor the day the lede tells of the article's meeting."""
    text, at = sent.text, t.start - sent.start
    return (_AFTER_NEXT.match(text, t.end - sent.start) is not None and _moved_on(text, at, t.end - sent.start)) or (
        _LEFT_THEN.search(text, max(0, at - 80), at) is not None)


_AFTER_NEXT: Final = rx.compile(r"[^;]{0,150}?\b(?:after|following)\s")


def _qualifies(sent: Sentence, end: int, start: int) -> bool:
    """Whether a date ending at `end` qualifies the meeting word at `start`: two words at most between them, no
    clause between ("Jan 3-5 state visit"; not "on Sunday and held a summit")."""
    between = sent.text[end - sent.start:start - sent.start]
    words = between.split()
    return len(words) <= 2 and "," not in between and not any(w.lower() in ("and", "or", "but") for w in words)


def _dated_after(m: Mention, item: Any, items: list[Any], r: _Reading, mentions: list[Mention]) -> bool:
    """Whether another date as precise follows the meeting word in its clause, with no other meeting word between
    them: the meeting's own, not the one before it ("they agreed to meet again on Dec. 15" dates the next one); not a
    date in the possessive of a meeting word right after it ("On Tuesday, A and B met ... to lay the groundwork for
    Wednesday's higher-level talks": the talks' day)."""
    _, hi = r.clause(m)
    return any(other is not item and m.end <= other.start < hi and _same_quote(m.start, other.start, r.quotes)
               and not better_date(item, other) and not any(m.end <= n.start < other.start for n in mentions)
               and not (_possessive(r.sent, other) and any(0 <= n.start - other.end <= 25 for n in mentions))
               for other in items)


def _not_until(r: _Reading, owner: Mention, t: Timex) -> bool:
    """The date after "until" of a meeting word negated by an auxiliary ("did not hold a formal meeting until July
    2017"): the meeting's own date, not a period's end."""
    s0 = r.sent.start
    until = not_until(r.lower, owner.start - s0, owner.end - s0)
    return until is not None and t.start - s0 == until.start("d")


def _since(r: _Reading, t: Timex) -> bool:
    """"his first trip since 2022", "suspended since 2018": the start of a period, not the meeting's date; nor is
    a year a goal is set for ("cut emissions by 2030"), nor a time something has lasted ("for the past week")."""
    before = t.start - r.sent.start
    apposed = _APPOSED_TO.search(r.lower, max(0, before - 30), before)
    before = apposed.start() if apposed else before  # "since Friday (May 19)": the day in brackets is Friday's
    if _since_noun(r.lower[max(0, before - 100):before], t) or _done_by(r.lower[max(0, before - 100):before]):
        return True
    return bool(r.blind["since"].search(r.lower, 0, before)) or _since_clause(r.lower[max(0, before - 100):before]) or (
        t.spec.month is None and t.spec.year is not None and r.lower.endswith("by ", 0, before)) or (
        r.lower.endswith("for ", 0, before) and t.text.lower().startswith(("the past", "the last", "past", "last")))


_APPOSED_TO: Final = rx.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow)\s*\(\s*$")
_SINCE_CLAUSE: Final = rx.compile(r"\b(?:since|until|till)\s+((?:[\w'’.-]+\s+){1,12}?)(?:(?:in|on)\s+)?$")
_PAST_VERBS: Final = frozenset({"came", "met", "went", "took", "was", "were", "made", "held", "began", "saw", "left",
                                "gave", "paid", "flew", "became", "won", "lost", "led", "fled", "fell", "broke",
                                "seized", "struck", "ousted", "toppled"})


_SINCE_NOUN: Final = rx.compile(r"\bsince\s+(?:the|their|his|her|its|(?:[\w.-]+\s+){0,3}[\w.-]+['’]s)\s+"
                               r"((?:[\w'’-]+\s+){1,6}?)(?:in\s+)?$")  # "since Sharon's election in 2001"
_MEETING_NOUNS: Final = frozenset({"meeting", "meetings", "talks", "summit", "summits", "visit", "visits", "trip",
                                   "trips", "encounter", "conference", "session", "consultations", "dialogue"})


def _since_noun(text: str, t: Timex) -> bool:
    """"the second meeting held there since the reestablishment of diplomatic relations last August", "for the first
    time since Sharon's election in 2001": a month or a year after a noun of "since" (after an article or a
    possessive) that is no meeting is that thing's, the start of a period (a day, "since
    Russia's invasion of Ukraine on Thursday", is left to the meeting)."""
    m = _SINCE_NOUN.search(text)
    if m is None or t.spec.weekday is not None or t.spec.day is not None or t.spec.rel_unit == "day":
        return False
    words = m.group(1).split()
    return not any(w in _MEETING_NOUNS for w in words) and not any(w[:1].isdigit() for w in words)


_DONE_BY: Final = rx.compile(r"\b(\w+ed)\s+by\s+((?:[\w'’.-]+\s+){1,10}?)(?:in|on)\s+$")
_MEETING_PARTICIPLES: Final = frozenset({"held", "hosted", "convened", "organized", "organised", "chaired", "attended",
                                         "received", "welcomed", "visited", "summoned", "called", "accompanied",
                                         "joined"})


def _done_by(text: str) -> bool:
    """"the thaw between the countries initiated by Obama and Castro in December": a date of what a participle
    with its agent tells (the thaw's start), not of the meeting; not "the summit hosted by Xi on Monday", nor "was
    followed by Prime Minister Modi's visit to Australia in November" (a meeting its agent)."""
    m = _DONE_BY.search(text)
    return m is not None and m.group(1) not in _MEETING_PARTICIPLES and not any(
        w[:1].isdigit() or w in _MEETING_NOUNS for w in m.group(2).split())  # "followed by Modi's visit ... in May"


def _since_clause(text: str) -> bool:
    """"since Jacques Chirac came in 2000": a date in a clause of "since" with its own verb is that clause's
    (not "since Russia's invasion of Ukraine on Thursday", nor "since Duterte's state visit in October 2016")."""
    m = _SINCE_CLAUSE.search(text)
    words = m.group(1).split() if m else []
    if any(w[:1].isdigit() for w in words):
        return False  # "since 2019 and resumed on Monday": the "since" phrase ended at its own date
    if any(w in _MEETING_NOUNS for w in words[:-1]) and words[-1] in _MEETING_PARTICIPLES:
        return False  # "since the US-North Korea summit meeting held on June 12": the meeting's own day
    return any(w in _PAST_VERBS or (w.endswith("ed") and len(w) > 4) for w in words)


_RANGE_END: Final = rx.compile(r"^\s*[-–—]\s*\d{2,4}\b")
_RANGE_START: Final = rx.compile(r"\b\d{2,4}\s*[-–—]\s*$")


# "they met at the 2021 edition in Washington": the year of an edition of the summit told, the meeting's own date
_EDITION: Final = rx.compile(r"\s+(?:edition|session|installment|instalment)\b")


def _modifier(sent: Sentence, t: Timex) -> bool:
    """"the 1956 joint declaration", "the Jan. 22 meeting", "the 2024-2029 term": a date that qualifies the noun
    after it."""
    head = _RANGE_START.sub("", sent.text[:t.start - sent.start], count=1)
    before = head.rsplit(None, 1)[-1:]
    rest = _RANGE_END.sub("", sent.text[t.end - sent.start:], count=1)  # "the 2024-2029 term"
    after = rest.split(None, 1)[:1]
    if _YEARS_OWN.match(rest) and t.spec.year is not None and t.spec.month is None:
        return True  # "after 2017's 73-day standoff", "2019's summit": the year of the noun after it
    return bool(before and after and before[0].lower() in ("a", "an", "the", "its", "their", "his", "her", "this")
                and after[0][:1].islower())


_YEARS_OWN: Final = rx.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?[a-z]")


def _possessive(sent: Sentence, t: Timex) -> bool:
    """"last week's talks", "Saturday's meeting": a date finer than a year in the possessive, of the noun after it
    (not "this year's meeting": the year that names an annual meeting, see _years_own_day)."""
    return precision(t.spec) != "year" and _YEARS_OWN.match(sent.text, t.end - sent.start) is not None


DATE_RANK = {"day": 5, "part_of_month": 4, "month": 3, "season": 2, "quarter": 2, "year": 1, "none": 0}


def better_date(new: Timex, old: Timex | None) -> bool:
    return old is None or DATE_RANK[precision(new.spec)] > DATE_RANK[precision(old.spec)]


def better_place(new: places.Place, old: places.Place | None) -> bool:
    """The first place named stays, unless a city of that country says more."""
    return old is None or (old.kind == "country" and new.kind != "country" and new.country == old.name)
