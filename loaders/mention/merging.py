"""Meeting words of one sentence that tell one meeting merged into one mention; others kept apart."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from .. import places
from .. import regexes as rx
from ..dates import Timex, precision
from ..sentences import Sentence
from .assign import _AT_WORDS, better_date, better_place, month_of
from .clauses import AS_CLAUSE
from .people import _BETWEEN, _FRONTED
from .record import MERGE_GAP, VISIT_WORDS, Mention
from .series import series_named

# the same with a name's acronym in brackets: "the meeting on the sidelines of the Asia-Pacific Economic Cooperation
# (APEC) summit" (not a date's: "on the sidelines of IMF-WB (International Monetary Fund-World Bank)Spring Meetings,
# at Washington D.C., today" in a quoted post is the post's today)
_AT_NAMED_OCCASION: Final = rx.compile(_AT_WORDS + r"(?:[\w'’.-]+\s+|\([\w-]+\)\s+){0,6}$", re.I)


def _merge_in_sentence(found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        if m.vague:
            continue
        prev = out[-1] if out else None
        if prev and _compatible_mentions(prev, m):
            journey = journey_then_talks(prev, m)
            if prev.apart and len(out) > 1:  # "met A ... after holding talks with B": A is not at these talks
                m.people = [p for p in m.people if not out[-2].end <= p.start < prev.start]
            own = prev.timex
            _absorb(prev, m)
            prev.timex = m.timex if journey else own if _arrived_aside(prev, m) else prev.timex
            if own is not None and m.timex is None and _arrival_aside_before(prev, m):
                prev.timex = month_of(own)  # "Luxon, who arrived in Nuku'alofa on Tuesday, has met ...": the trip's
        else:
            if prev and (_SEQUENCE.search(m.sentence.text, prev.end - m.sentence.start, m.start - m.sentence.start)
                         or _WITNESSED.fullmatch(m.sentence.text, prev.end - m.sentence.start,
                                                 m.start - m.sentence.start)):  # (the summit "witnessed" A's talks)
                prev.people = [p for p in prev.people if p.start < m.start]  # "The Quebec City meeting sets
                # the stage for a summit featuring Trudeau, Obama and Pena Nieto": they are the summit's
                s0 = m.sentence.start
                if _PREPARES.search(m.sentence.text, prev.end - s0, m.start - s0):
                    m.people = [p for p in m.people if p.start >= prev.end]  # "A and B met ... to lay the
                    # groundwork for Wednesday's higher-level talks": the talks prepared are not theirs
                if _OWN_MEETING.search(m.sentence.text, 0, m.start - s0) and any(p.start >= m.end for p in m.people):
                    subject = [p for p in prev.people if p.end <= prev.start][:1]  # "is expected to meet A, B and
                    m.people = [*subject, *(p for p in m.people if p.start >= m.end)]  # C, following his meeting
                    # with Macron": his and Macron's, not theirs the meeting before names
            if prev and _round_at_gathering(m, prev):
                prev.people = [p for p in prev.people if p.start < m.start]  # "attended the BIMSTEC Summit and
                # held bilateral talks with A, B and C": the guests of the round are not the summit's or the visit's
            if prev and not m.people and m.timex is not None and prev.timex is not None:
                _share_subject(prev, m)  # "Hill is to visit Beijing later this week, and is scheduled to hold talks
                # in Seoul starting September 11": the second predicate's meeting, of its own day, is his too
            if prev and _distinct_objects(prev, m):
                _share_subject(prev, m)
                if _AND_VERB.search(m.sentence.text, prev.end - m.sentence.start,
                                    m.start - m.sentence.start + len(m.trigger)):
                    # "held talks with Biden ... and also met Harris": she is at the second meeting, he at the first
                    prev.people = [p for p in prev.people if p.start < m.start]
                    doers = {p.person for p in prev.people if p.end <= prev.start}  # (also told again by a
                    m.people = [p for p in m.people if p.end <= prev.start or p.start >= m.end  # pronoun: "traveled
                                or p.person in doers]  # to Washington, where he held talks with A and met B")
                    m.apart = True
            if prev and (at := attends_gathering_after_talks(m)) is not None and prev.end <= at:
                m.people = [p for p in m.people if not prev.end <= p.start < at]  # (Wang is at the talks)
                if prev.series and series_named(m.sentence.text[:at - m.sentence.start]) is None:
                    prev.series = None  # (the SCO is the gathering's, told after the talks)
                _share_occasion(prev, m)  # "visited Astana yesterday, where he met ... and participated in a C5+1
                # Ministerial Meeting": the gathering's day and place are the visit's
            if prev and _another(prev, m):
                m.apart = True
                for o in out:  # "... and a meeting with Harris": she is at this one, not at those told before
                    o.people = [p for p in o.people if p.start < m.end]
                text, s0 = m.sentence.text, m.sentence.start
                m.people = [p for p in m.people if not (out[0].start < p.start < m.start  # nor they at this one
                                                        and _MET_WITH.search(text, 0, p.start - s0))]
                if not (m.status_marked or m.status_weak) and prev.status_marked:
                    m.status, m.status_marked = prev.status, True  # "will hold a summit ... and a meeting"
            out.append(m)
    return out


# a sentence opened by the sidelines of a summit: "On the sidelines of the summit, Marcos also held talks with
# Kishida", "On the margins of the G20 summit,"
SIDELINES_OPEN: Final = rx.compile(r"\s*(?:On|At|In)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+[^,;:]{1,80},")
_OWN_MEETING: Final = rx.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", re.I)  # "his closed-door meeting"


_WHO_ARRIVED: Final = rx.compile(r",\s+(?:who|which)\s+(?:had\s+|has\s+)?(?:just\s+|only\s+)?$")


def _who_arrived(arrival: Mention) -> bool:
    """"..., who arrived in New Delhi on Thursday": an arrival told in a relative clause of the one who arrived."""
    s0 = arrival.sentence.start
    return arrival.trigger.lower().startswith(("arrived", "arrives", "reached", "landed")) \
        and _WHO_ARRIVED.search(arrival.sentence.text, max(0, arrival.start - s0 - 20), arrival.start - s0) is not None


def _arrived_aside(meeting: Mention, arrival: Mention) -> bool:
    """"held a bilateral meeting with Jugnauth, who arrived in New Delhi on Thursday": the arrival told in a clause of
    the guest after the meeting dates the arrival, not the meeting."""
    return meeting.end <= arrival.start and _who_arrived(arrival)


_ASIDE_CLOSED: Final = rx.compile(r"[^,;()]{0,80},\s*(?:[\w'’-]+\s+){0,3}$")  # "... on Tuesday, has met"


def _arrival_aside_before(arrival: Mention, meeting: Mention) -> bool:
    """"The prime minister, who arrived in Nuku'alofa on Tuesday, has met with the leaders of ...": the arrival told
    in a clause of the subject before the meeting's verb dates the arrival; the meeting is of the trip, after it."""
    s0 = arrival.sentence.start
    return arrival.end <= meeting.start and _who_arrived(arrival) \
        and _ASIDE_CLOSED.fullmatch(arrival.sentence.text, arrival.end - s0, meeting.start - s0) is not None


# "..., who arrived in Tashkent on January 11," / "..., who reached Russia on Tuesday,": the day of an arrival told in
# a relative clause (the words between the clause's verb and the day)
_WHO_ARRIVED_ON: Final = rx.compile(r",\s+(?:who|which)\s+(?:had\s+|has\s+)?(?:just\s+|only\s+)?(?:arrived|reached|"
                                    r"landed)\b[^,;()]{0,60}?$", re.I)


def _arrived_today(sent: Sentence, merged: list[Mention], dated: list[Timex], anchor: date | None) -> None:
    """"PM Modi, who reached Russia on Tuesday, had bilateral meetings with Putin", "held talks with Aydarbekov, who
    had arrived in Tashkent on January 11" in an article of that very day: talks held after the arrival and by the
    article's date fall on the one day between them (of any other day, the clause dates the arrival alone)."""
    if anchor is None:
        return
    s0, today = sent.start, anchor.isoformat()
    arrived = [t for t in dated if t.value == today and precision(t.spec) == "day"
               and _WHO_ARRIVED_ON.search(sent.text, max(0, t.start - s0 - 90), t.start - s0)]
    if not arrived:
        return
    for m in merged:
        if m.status == "held" and not m.vague and (m.timex is None or (
                precision(m.timex.spec) == "month" and (m.timex.value or "") == today[:7])):
            m.timex = arrived[0]


_MET_WITH: Final = rx.compile(r"\bwith\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}$")
_ANOTHER: Final = rx.compile(r"\band\s+(?:a|an|another)\s+(?:[\w-]+\s+)?$")


def _another(a: Mention, b: Mention) -> bool:
    """"meetings with the leaders of each nation and a meeting with Harris": a noun of its own, with someone."""
    s0 = a.sentence.start
    return (b.kind == "noun" and any(p.start >= b.end for p in b.people)
            and _ANOTHER.search(a.sentence.text, a.end - s0, b.start - s0) is not None)


def _distinct_objects(a: Mention, b: Mention) -> bool:
    """Two meeting words of a sentence, each with people after it that the other does not have: two meetings."""
    text, s0 = a.sentence.text, a.sentence.start
    met_a = {p.person for p in a.people if a.end <= p.start < b.start and not text.startswith(("'s", "’s"), p.end - s0)}
    met_b = {p.person for p in b.people if p.start >= b.end}
    if met_a and not met_b and _AND_VERB.search(text, a.end - s0, b.start - s0 + len(b.trigger)):
        return _leaders_of_others(a, b)  # "hold talks with Rouhani and meet ... with the leaders of China and Mongolia"
    return bool(met_a and met_b and not met_a & met_b)  # (not "Kim's letter requesting another meeting with Trump")


# the people a meeting is with told by their offices and countries: "with the leaders of China and Mongolia"
_WITH_LEADERS_OF: Final = rx.compile(
    r"\s+(?:[a-z]+\s+){0,5}?with\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:leaders|presidents|prime\s+ministers|"
    r"heads\s+of\s+(?:state|government)|counterparts|foreign\s+ministers)\s+(?:of|from)\s+([^.;]*?)(?=[.;]|$|,\s+[a-z])")


def _leaders_of_others(a: Mention, b: Mention) -> bool:
    """A second predicate's meeting with the leaders of countries none of the first one's guests is of: another
    meeting ("is set to hold talks with Iranian President Rouhani and meet in a trilateral format with the leaders
    of China and Mongolia")."""
    said = _WITH_LEADERS_OF.match(b.sentence.text, b.end - b.sentence.start)
    if said is None:
        return False
    theirs = set(places.countries_in(said.group(1)))
    guests = {p.country for p in a.people if a.end <= p.start < b.start}
    return bool(theirs) and None not in guests and not theirs & guests


# a predicate joined to the first: "..., and (then) met X"; "... before heading to Montevideo for talks with X"
_AND_VERB: Final = rx.compile(r",?\s+(?:and\s+(?:then\s+|later\s+|also\s+)?[a-z]+|(?:before|after)\s+[a-z]+ing)\b|"
                              r";\s+(?:and\s+)?(?:then\s+|later\s+|also\s+)?(?:meet|hold|call|hosts?|met|held)\b")
# ("will call on A; meet B; and hold talks with C": predicates set off by semicolons)


def _share_subject(a: Mention, b: Mention) -> None:
    """"Later on Friday, Trump met Macri, and held a trilateral meeting with Abe and Modi": the second meeting has
    the first's subject, and its date when that opens the sentence, unless it tells its own."""
    s0 = a.sentence.start
    if not _AND_VERB.search(a.sentence.text, a.end - s0, b.start - s0 + len(b.trigger)):
        return  # not a predicate joined to the first ("Modi will be visiting ..., Wang said ... with visiting X")
    if not any(a.end <= p.start < b.start for p in b.people if p.end <= b.start):
        subject = [p for p in a.people if p.end <= a.start]
        have = {p.person for p in b.people}
        b.people = [*(p for p in subject if p.person not in have), *b.people]
    if b.timex is None and a.timex is not None and (a.timex.start < a.start or _WHERE_THEN_CLAUSE.search(
            a.sentence.text, a.timex.end - s0, b.start - s0)):  # ("traveled to Washington in late October, where he
        # held talks with Blinken and met Biden": the trip's time is that of what he did there)
        b.timex = a.timex
        if not (b.status_marked or b.status_weak):
            b.status, b.status_marked = a.status, a.status_marked


_WHERE_THEN_CLAUSE: Final = rx.compile(r",\s+where\s+(?:he|she|they)\s")  # the clause of a trip's place, its subject's


# "The talks followed a meeting in February", "the visit came two weeks after a trip to Egypt", "came as a
# continuation of talks held in January", "picked up where previous talks left off": one meeting after another
_SEQUENCE: Final = rx.compile(r"\b(?:follow(?:s|ed|ing)?|preceded|precedes|c[oa]mes?\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:after|before|ahead\s+of)|(?:sets?|setting|paves?|paved|paving|lays?|laid|laying)\s+the\s+"
                              r"(?:stage|way|ground|groundwork)\s+for|in\s+preparation\s+for|continuation\s+of|"
                              r"(?:picks?|picked|picking)\s+up\s+where|previous|prior\s+(?!to\b))\b")


# a clause of the meetings before the one told: "the third meeting between both men, after they met in ..."
_AFTER_THEY_MET: Final = rx.compile(r",?\s+after\s+(?:they|the\s+two(?:\s+[a-z]+)?|both(?:\s+[a-z]+)?)\s+"
                                    r"(?:had\s+|have\s+)?(?:[a-z]+ly\s+)?$")


# a meeting that prepares the one told after it: "to lay the groundwork for", "in preparation for", "to prepare"
_PREPARES: Final = rx.compile(r"\b(?:(?:sets?|setting|paves?|paved|paving|lays?|laid|laying|lay)\s+the\s+"
                              r"(?:stage|way|ground|groundwork)\s+for|in\s+preparation\s+for|to\s+prepare)\b", re.I)


def _of_the_one_before(sent: Sentence, t: Timex, found: list[Mention]) -> bool:
    """"The meeting ... came as a continuation of talks held in January 2014": a date told past a word of sequence
    and a meeting word the finder did not take, after the meeting word it found, is the date of the meeting before
    or after, not its own (not "a follow-up to the March summit": the summit's own date, before its word)."""
    s0 = sent.start
    before = [m for m in found if m.end <= t.start]
    if not before:  # "Following Yoon's decision on diplomacy with Japan in March, Kishida responded by visiting
        after = [m for m in found if m.start >= t.end]  # Seoul": the date of what the visit came after
        return bool(after) and _AFTER_LEAD.match(sent.text) is not None \
            and "," in sent.text[t.end - s0:after[0].start - s0]
    seq = _SEQUENCE.search(sent.text, before[-1].end - s0, t.start - s0)
    return seq is not None and _OTHER_MEETING_WORD.search(sent.text, seq.end(), t.start - s0) is not None


_AFTER_LEAD: Final = rx.compile(r"\W*(?:Following|In\s+the\s+wake\s+of)\s")  # a clause opening the sentence
_OTHER_MEETING_WORD: Final = rx.compile(r"\b(?:talks|meetings?|negotiations|consultations|dialogue|discussions|"
                                        r"visits?|summits?|rounds?)\b", re.I)


def _compatible_mentions(a: Mention, b: Mention) -> bool:
    s0 = a.sentence.start
    if b.start - a.end > MERGE_GAP and not (a.timex is not None and b.timex is None and _WHEN_THEN.fullmatch(
            a.sentence.text, a.end - s0, b.start - s0)) and not (
            a.timex is None and (_DURING_THEN.fullmatch(a.sentence.text, a.end - s0, b.start - s0)
                                 or _SIDELINES_THEN.fullmatch(a.sentence.text, a.end - s0, b.start - s0))):
        return False  # "The first round was held in November, when Choe visited Moscow": the visit told of its
        # sitting; "The last meeting of the two top diplomats took place during the ISSG and the UN Security Council
        # session in New York City in December": the occasion's day and place are the meeting's; so are those of the
        # gathering on whose sidelines one met a list of guests ("met with A, and Speaker ... B on the sidelines of
        # the 40th and 41st ASEAN Summits ... in Phnom Penh, Cambodia, on November 11")
    if _SEQUENCE.search(a.sentence.text, a.end - s0, b.start - s0):
        return False
    if _AFTER_THEY_MET.search(a.sentence.text, a.end - s0, b.start - s0) and b.kind == "verb":
        return False  # "This is the third meeting between both men, after they met in April 2015 in Panama City":
        # the meetings before it
    if _WITNESSED.fullmatch(a.sentence.text, a.end - s0, b.start - s0) and _BETWEEN.match(a.sentence.text, b.end - s0):
        return False  # "The summit also witnessed the first meeting between Assad and Sisi": a meeting at the summit
    if _distinct_objects(a, b):
        return False  # "held talks with President Trong and then met Prime Minister Phuc": two meetings
    if AS_CLAUSE.search(a.sentence.text, a.end - s0, b.start - s0):
        return False  # "his talks with Cho, as Yoon is expected to make a trip to the Central European nation": the
        # trip of a clause of its own, another meeting
    if _another(a, b):
        return False  # "private meetings with the leaders and a meeting with Vice President Harris"
    if (at := attends_gathering_after_talks(b)) is not None and a.end <= at:
        return False  # "for talks with Wang and to take part in the two-day meeting of Foreign Ministers": two
    if _round_at_gathering(b, a):
        return False  # "who is in Perth for the Commonwealth Foreign Ministers Meeting, had bilateral meetings with"
    fronted = _FRONTED.match(a.sentence.text)
    if fronted and a.end - s0 <= fronted.end() <= b.start - s0:
        return False  # "After talks with Macron, Scholz met Tusk": two meetings
    aside = SIDELINES_OPEN.match(a.sentence.text)
    if aside and a.definite and a.end - s0 <= aside.end() <= b.start - s0:
        return False  # "On the sidelines of the summit, the PCO said the President also held informal talks with
        # Kishida": the summit told before, and a meeting on its sidelines
    if a.timex and b.timex and (a.timex.value != b.timex.value or a.timex.start != b.timex.start) \
            and not journey_then_talks(a, b) and not _years_own_day(a, b):
        return False
    if a.status != b.status and (a.status_marked or a.status_weak) and (b.status_marked or b.status_weak):
        return False  # "met ... to prepare the summit": the summit is another meeting
    if a.level and b.level and a.level != b.level:
        return False
    if a.cancelled != b.cancelled:
        return False  # "have never met since 2019, but met in Paris on Monday"
    return places_compatible(a.place, b.place)


_BILATERAL_ROUND: Final = rx.compile(r"\bbilateral\s+(?:[\w-]+\s+){0,2}$", re.I)  # "had bilateral meetings"
_ROUND_WORDS: Final = frozenset({"meetings", "talks", "bilaterals"})
_ASIDE_AFTER: Final = rx.compile(r"\b(?:sidelines?|margins?|fringes?)\b", re.I)
_GATHERING_WORDS: Final = frozenset({"summit", "conference", "forum", "session", "assembly"})


def _round_at_gathering(rnd: Mention, gathering: Mention) -> bool:
    """"had bilateral meetings with his counterparts" and the gathering named in the sentence (a "Meeting" or
    "Summit" by its name, a summit): a round of bilaterals is held on a gathering's sidelines, not the gathering."""
    s0 = rnd.sentence.start
    told_round = rnd.trigger.lower() == "bilaterals" or rnd.trigger.lower() in _ROUND_WORDS and bool(
        _BILATERAL_ROUND.search(rnd.sentence.text, max(0, rnd.start - s0 - 40), rnd.start - s0))
    named = gathering.trigger[:1].isupper() and gathering.start > s0 or gathering.trigger.lower() in _GATHERING_WORDS \
        or gathering.series is not None  # "In addition to the G20 meetings on 9 September, ... bilateral meetings"
    named = named or _GATHERING_TOLD.search(rnd.sentence.text, gathering.start - s0, rnd.start - s0) is not None
    # ("his visit to Thailand, where he attended the BIMSTEC Summit and held bilateral talks with": the summit the
    # visit was for, told between them)
    aside = _ASIDE_AFTER.search(rnd.sentence.text, rnd.end - s0)  # the round told on the occasion's sidelines
    if told_round and not named and _OWN_OBJECT_AND.fullmatch(rnd.sentence.text, gathering.end - s0, rnd.start - s0):
        return True  # "a pull-aside meeting with Canada and bilateral meetings with Comoros, ...": two kinds of meeting
    return told_round and named and aside is None


# a second predicate that attends a gathering, after a meeting with someone told in the same sentence: "is in China
# for talks with Wang and to take part in the two-day meeting of Foreign Ministers of the SCO", "where he met with
# senior Kazakh officials and participated in a C5+1 Ministerial Meeting"
_AND_ATTENDS: Final = rx.compile(r"\band\s+(?:(?:to|will|would|also|then|later)\s+){0,2}"
                                 r"(?:(?:take|took|takes|taking)\s+part\s+in|participat(?:e|ed|es|ing)\s+in|"
                                 r"attend(?:s|ed|ing)?)\s+(?:the|a|an)\s+(?:[\w'’+.-]+\s+){0,5}$", re.I)
_MET_WITH_BEFORE: Final = rx.compile(r"\b(?:met|meet|meets|meeting|talks|discussions)\s+with\s", re.I)
_OF_AFTER: Final = rx.compile(r"\s+of\s+(?:the\s+)?[A-Z]")  # "the meeting of Foreign Ministers", "of the SCO"


def attends_gathering_after_talks(m: Mention) -> int | None:
    """Where the predicate starts ("and to take part in", "and participated in") when the meeting word is a gathering
    attended by a predicate of its own after talks with someone told before it in the sentence ("is in China for talks
    with Wang and to take part in the two-day meeting of Foreign Ministers of the SCO"): the talks are a meeting of
    their own, beside the gathering; None otherwise (not "arrived in Kazan and will attend the BRICS summit", an
    arrival for the summit)."""
    text, s0 = m.sentence.text, m.sentence.start
    said = _AND_ATTENDS.search(text, 0, m.start - s0)
    if said is None:
        return None
    gathering = m.series is not None or m.trigger[:1].isupper() or m.trigger.lower() in _GATHERING_WORDS \
        or _OF_AFTER.match(text, m.end - s0) is not None
    if not gathering or _MET_WITH_BEFORE.search(text, 0, said.start()) is None:
        return None
    return s0 + said.start()


def _share_occasion(a: Mention, b: Mention) -> None:
    """The day and place of the first predicate, for the gathering the second one attends, told without its own."""
    if b.timex is None and a.timex is not None:
        b.timex = a.timex
        if not (b.status_marked or b.status_weak):
            b.status, b.status_marked = a.status, a.status_marked
    if b.place is None:
        b.place = a.place
    have = {p.person for p in b.people}
    b.people = [*(p for p in a.people if p.end <= a.start and p.person not in have), *b.people]


_GATHERING_TOLD: Final = rx.compile(r"\b(?:attend(?:ed|s|ing)?|at|to)\s+the\s+(?:[\w'’-]+\s+){0,4}?"
                                    r"(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Ss]ession|[Aa]ssembly)\b[^,;]{0,40}?\s+and\s+")


# a meeting word's own guest, then the next meeting word: "(pull-aside) meeting with Canada and bilateral", "with
# Macron, and two"
_OWN_OBJECT_AND: Final = rx.compile(r"(?:\s+(?:meeting|talks))?\s+with\s+[^,;.]{1,60}?,?\s+and\s+(?:[\w-]+\s+){0,3}",
                                    re.I)


_THIS_YEARS: Final = rx.compile(r"(?:this|last|next)\s+year['’]s\b", re.I)  # "this year's meeting"


def _years_own_day(a: Mention, b: Mention) -> bool:
    """"hosted this year's meeting of the foreign ministers, which took place in Oslo today": the year that names
    an annual meeting, and the day it was held that year; one meeting."""
    text, s0 = a.sentence.text, a.sentence.start
    for year, day in ((a.timex, b.timex), (b.timex, a.timex)):
        if (year is not None and day is not None and year.value and day.value
                and _THIS_YEARS.match(text, year.start - s0) and len(day.value) > len(year.value)
                and day.value.startswith(year.value)
                and not _OCCASION_BEFORE.search(text, max(0, year.start - s0 - 30), year.start - s0)):
            return True
    return False


# "the summit will be held on the sidelines of this year's leaders' meeting": that meeting is the occasion of another
_OCCASION_BEFORE: Final = rx.compile(r"(?:\b(?:sidelines|margins|fringes)\s+of|\b(?:at|during|ahead\s+of|before|"
                                     r"after|on))\s+$", re.I)


_WITNESSED: Final = rx.compile(r"\s+(?:also\s+)?(?:witnessed|saw|featured|hosted)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}")
_DURING_THEN: Final = rx.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:took\s+place|was\s+held|were\s+held)\s+"
                                r"(?:during|at|on\s+the\s+sidelines\s+of)\s+[^.;,]{1,100}")
_SIDELINES_THEN: Final = rx.compile(r"[^.;:]{1,200}?\b(?:on|at)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+"
                                   r"(?:the\s+)?[^.;,]{0,80}")
_WHEN_THEN: Final = rx.compile(r"\s+(?:was|were)\s+held\s+[^.;,]{1,40},\s+when\s+[^.;,]{1,100}")
JOURNEY_WORDS: Final = frozenset(w for w in VISIT_WORDS if " " in w)  # "travel to", "flew to", "arrived in"
_WHERE_THEN: Final = rx.compile(r"[\s,]+(?:where|and\s+(?:then\s+|later\s+)?(?:will\s+|is\s+\w+\s+to\s+)?)")


def journey_then_talks(a: Mention, b: Mention) -> bool:
    """"will travel to Colombia on Tuesday where he is expected to meet Petro the following day": the day of
    the journey, then the talks' own day, later; one visit, on the talks' day."""
    if a.trigger.lower() not in JOURNEY_WORDS or b.trigger.lower() in VISIT_WORDS or not (a.timex and b.timex):
        return False
    s0 = a.sentence.start
    if not _WHERE_THEN.search(a.sentence.text, a.timex.end - s0, b.start - s0):
        return False
    return a.timex.start < b.timex.start and _later_day(a.timex, b.timex)


def _later_day(a: Timex, b: Timex) -> bool:
    """Whether `b` tells a later day than `a` by what each says ("Tuesday" ... "Wednesday", "the following day")."""
    x, y = a.spec, b.spec
    va, vb = a.value or "", b.value or ""
    if (y.rel_offset or 0) > 0 and y.rel_unit == "day" or (
            len(va) == len(vb) == 10 and va[:2].isdigit() and vb[:2].isdigit() and vb > va):
        return True
    if x.weekday is not None and y.weekday is not None and x.month is None and y.month is None:
        return y.weekday > x.weekday
    if x.month is not None and y.month is not None and x.day is not None and y.day is not None:
        return (y.year or 0, y.month, y.day) > (x.year or 0, x.month, x.day) and (x.year is None) == (y.year is None)
    return False


def places_compatible(a: places.Place | None, b: places.Place | None) -> bool:
    if a is None or b is None:
        return True
    return a.name == b.name or a.country == b.name or b.country == a.name or _one_city(a, b)


def _one_city(a: places.Place, b: places.Place) -> bool:
    """"Delhi" and "New Delhi": two names of a country's places, the one the other with a word before it, one city."""
    if a.country is None or a.country != b.country or a.kind != "city" or b.kind != "city":
        return False
    return a.name.endswith(" " + b.name) or b.name.endswith(" " + a.name)


def _held_at(m: Mention, occasion: Mention) -> bool:
    """Whether the later meeting word is the occasion the first was held at ("the meeting on the sidelines of the
    Asia-Pacific Economic Cooperation (APEC) summit")."""
    s = m.sentence
    lo, hi = m.end - s.start, occasion.start - s.start
    return lo <= hi and _AT_NAMED_OCCASION.search(s.text, lo, hi) is not None


def _absorb(into: Mention, other: Mention) -> None:
    into.timex = into.timex if not other.timex or not better_date(other.timex, into.timex) else other.timex
    into.place = other.place if other.place and better_place(other.place, into.place) else into.place
    into.level = into.level or other.level  # levels that differ are never merged
    have = {p.person for p in into.people}  # "Lula met Fernandez ... and held talks with ...": all of them
    into.people = [*into.people, *(p for p in other.people if p.person not in have)]
    into.series = into.series or other.series
    if other.status_marked and not into.status_marked:
        into.status, into.status_marked = other.status, True
    into.status_weak = into.status_weak or other.status_weak
    into.pointed = (into.pointed and (other.pointed or other.definite)) or (other.pointed and into.definite)
    # ("This visit ..., Hu said during the talks": told before; "the meeting on the sidelines of the APEC summit": the
    # summit is where it was held)
    into.definite = into.definite and (other.definite or _held_at(into, other))
    into.cancelled = into.cancelled or other.cancelled
    into.tour = into.tour and other.tour
    if into.kind != "verb" and other.kind != "joint":
        into.kind = other.kind
