"""Held or planned: the tense and cues around a meeting word ("will meet", "has met")."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Final

from .. import regexes as rx
from ..scan import is_word
from ..sentences import Sentence
from .other_dates import _DECISION_VERBS, _REQUEST
from .reading import _Reading
from .record import Mention
from .vocabulary import patterns

_PLANNED_AFTER: Final = rx.compile(
    r"\W*\w+\s+(?:will|is to|are to|would|is expected|is likely|is slated|is scheduled)\b")
_TO_BE_HELD: Final = rx.compile(r",?\s+(?:[\w'’-]+\s+){0,2}?(?:to\s+be\s+(?:held|hosted|convened)|"
                                r"(?:due|set|slated|scheduled)\s+to\s+(?:be\s+held|take\s+place|open|begin))\b")
# "I would like to thank you for organising this visit": a polite wish, no future of the meeting
_POLITE: Final = rx.compile(r"\s+(?:like|love)\s+to\b", re.I)
_SCHEDULED: Final = rx.compile(r"\b(?:scheduled|slated|set|planned|expected)\s+(?:for|to take place)\b")
# the meeting as the time of something else the clause's tense speaks of ("will give press conferences at the end
# of the meeting", "are to sign deals during the visit")
_DURING_THE: Final = rx.compile(r"\b(?:at\s+the\s+(?:end|close|start|conclusion)\s+of|after|during|following|"
                                r"on\s+the\s+sidelines\s+of)\s+(?:the|their|this|that)\s+(?:[\w-]+\s+){0,2}$",
                                re.I)
_AFTER_THE: Final = rx.compile(r"\bafter\s+(?:the|their|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)


_FUTURE_PASSIVE: Final = rx.compile(  # "will be received", "is set to be hosted" (not "the first to be received")
    r"\b(?:will|would|shall|(?:is|are)\s+(?:set\s+|due\s+|scheduled\s+|expected\s+)?to)\s+(?:also\s+|then\s+)?"
    r"be\s+$", re.I)
# "will be the first Foreign Minister to be hosted in Brasilia by ...": the passive of a visit to come, as the active
# "will be the first foreign leader to meet" already is
_FIRST_TO_BE_AHEAD: Final = rx.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:set|due|expected|likely)\s+to)\s+be\s+(?:the|his|her|its|their)\s+"
    r"(?:very\s+)?(?:first|last|only|second|third)\s+(?:[\w'’-]+\s+){0,5}?to\s+be\s+$", re.I)
_PROGRESSIVE: Final = rx.compile(  # "is meeting", "is now meeting", "is on Monday meeting", "are this week visiting"
    r"\b(?:is|are|am)\s+(?:now\s+|currently\s+|(?:on\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|today|week|morning|afternoon|evening)\s+)?$")
_HOLDING: Final = rx.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:holding|engaged\s+in)\s+(?:[\w'’-]+\s+){0,3}$")


_HELD_VERBS: Final = frozenset({"met", "visited", "called on", "summoned", "hosted", "received", "held talks",
                                "welcomed",
                                "held bilateral discussions with",
                                "conferred with", "held discussions with", "held discussion with",
                                "held an audience with"})  # verbs whose own tense says held


_HELD_IN_RELATIVE: Final = rx.compile(
    r"(?:\s+\([^()]*\))?,?\s+(?:which|that)\s+(?:was|were|had\s+been)\s+(?:held|convened|hosted)\b"
    r"|(?:\s+\([^()]*\))?,?\s+(?:which|that)\s+took\s+place\b"
    r"|(?:\s+\([^()]*\))?,\s+(?:held|convened|hosted)\s+(?:on|in|at|last|earlier)\b")  # ", held on Dec 16 last year"
_OUTCOME_AT: Final = rx.compile(  # what a meeting gave, told by its past participle: the meeting was held
    r"\b(?:decisions?|agreements?|deals?|accords?|consensus|understandings?|outcomes?|results?|commitments?|"
    r"pledges?|promises?|declarations?|statements?|documents?|pacts?|treaty)\s+(?:that\s+(?:was|were)\s+)?"
    r"(?:(?:that\s+)?(?:he|she|they|we|both|the\s+two(?:\s+\w+)?|[A-Z][\w'’-]+)\s+(?:had\s+)?)?"
    r"(?:taken|reached|made|signed|agreed(?:\s+(?:up)?on)?|struck|concluded|adopted|forged|inked|arrived\s+at)\s+"
    r"(?:at|during|in)\s+(?:the|their|this|that|last|his|her|its)\s+(?:[\w'’-]+\s+){0,3}$"
    r"|\b(?:results?|outcomes?|achievements?|fruits|consensus)\s+of\s+(?:the|his|her|their|its|this|that|last|"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s?)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_DATE_SET_FOR: Final = rx.compile(
    r"\b(?:agreed|agree|set|fixed|finali[sz]ed|decided|proposed|confirmed|chose|chosen)\b[^;]{0,80}?\bas\s+the\s+"
    r"(?:\w+\s+)?dates?\s+(?:of|for)\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+)?(?:next\s+|upcoming\s+)?$")
_DECIDED_TO: Final = rx.compile(  # "agreed on Thursday to", "agreed yesterday to a request from his counterpart to"
    r"\b" + _DECISION_VERBS + r"\s+(?:on\s+)?(?:(?:[\w.]+\s+){1,3}|(?:[\w.]+\s+){0,3}?(?:to\s+)?" + _REQUEST
    + r"\b)to\s+$")
_VISITING_ADJECTIVE: Final = rx.compile(r"\b(?:the|a|an|with|for|by|and|to|of|his|her|their)\s+$")


_TIMES: Final = rx.compile(r"(?:\s+[\w'’.-]+){0,6}?\s+(?:twice|(?:two|three|four|five|six|several|many|multiple|"
                           r"\d+|a\s+number\s+of|numerous|dozens\s+of)\s+times|"
                           r"on\s+(?:two|three|four|five|six|several|many|multiple|\d+|a\s+number\s+of|numerous)\s+"
                           r"(?:(?:separate|different)\s+)?occasions)\b")
_HAS_HELD: Final = rx.compile(r"\b(?:has|have|['’]ve)\s+(?:just\s+|already\s+)?"
                             r"(?:held|had|hosted|opened|started|begun|resumed|restarted)\s+"
                             r"(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w'’-]+\s+){0,3}$")
_HAS_BEGUN_AFTER: Final = rx.compile(r"(?:[^,;.:()\"“”–—]|\s[–—]\s[^–—.;:]{0,200}?\s[–—]\s){0,160}?\b(?:has|have)\s+"
                                     r"(?:just\s+)?(?:started|begun|kicked\s+off|"
                                     r"resumed|opened|got(?:ten)?\s+under\s*way|ended|concluded|wrapped\s+up)\b")
_REMARKS_BEFORE: Final = rx.compile(
    r"\bremarks\b[^.;:!?]{0,160}?\b(?:before|prior\s+to|ahead\s+of|at\s+the\s+(?:start|top|opening|beginning)\s+of)\s+"
    r"(?:(?:a|an|the|their|our|his|her)\s+)?(?:[\w-]+\s+){0,2}$")
_PERFECT: Final = rx.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+|already\s+)?$")
_INFINITIVE: Final = rx.compile(  # the word that governs "to meet": an intent (a plan) or a trip made (held)
    r"\b(?:(?P<intent>ready|agreed|agree|agrees|plans?|planned|planning|expected|expects?|hopes?|hoped|hoping|wants?|"
    r"wanted|intends?|intended|set|due|scheduled|going|aims?|aimed|likely|invited|offered|proposed|decided|"
    r"willing|eager|keen)|(?P<went>flew|travell?ed|went|came|arrived|headed|returned|journeyed)"
    r"(?:\s+(?:to|in|into|for)\s+(?:the\s+)?[A-Z]?[\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)?)"
    r"\s+(?:again\s+)?to\s+(?:personally\s+|also\s+)?$")


# a headline's future: its subject, then "to" and the verb ("Sharon, Abbas To Meet In Egypt", "Modi to visit
# Washington", "Foreign ministers of China, Japan to meet"): names, titles and their joining words only before "to"
# (not "went to meet", "a chance to meet", "the first leader to visit": a word of another kind stands in between)
_SUBJECT_WORD: Final = (r"(?:[A-Z][\w.'’-]*|and|&|of|the|its|their|top|foreign|defen[cs]e|prime|vice|deputy|"
                        r"ministers?|leaders?|presidents?|premiers?|envoys?|officials|diplomats|chiefs|heads|"
                        r"counterparts|king|emir|pm)")
_HEADLINE_TO: Final = rx.compile(r"^[\s\"“‘']*" + _SUBJECT_WORD + r"(?:(?:\s*,\s*|\s+)" + _SUBJECT_WORD + r"){0,9}"
                                 r"\s+(?:to|To|TO)\s+$")


# "is the first foreign leader to visit", "was the last minister to be received": a visit told as done (not "will be
# the first leader to visit", nor "Rodriguez, the first Cuban foreign minister to visit Washington, will ...")
_FIRST_TO: Final = rx.compile(r"\b(?:is|was|are|were|became|has\s+been|had\s+been)\s+"
                              r"(?:the|his|her|its|their)\s+(?:very\s+)?(?:first|last|only|second|third)\s+"
                              r"(?:[\w'’-]+\s+){0,5}?to\s+(?:be\s+)?(?:[\w-]+\s+){0,3}$")
_BEGINNING_OF: Final = rx.compile(  # a transcript's heading, a speaker opening the meeting he speaks at (not "at the
    # beginning of the meeting, Xi said", told after it)
    r"(?:\btranscript\s+of\s+(?:the\s+)?(?:beginning|start|opening)\s+of\s+(?:the\s+)?|"
    r"^\W*(?:beginning|start|opening)\s+of\s+(?:the\s+)?|"
    r"\b(?:begin|start|open)\s+(?:this|today['’]s|our)\s+)(?:[\w-]+\s+){0,2}$")
_WILL_BE: Final = rx.compile(r"\b(?:will|would|shall|(?:is|are)\s+(?:set|due|expected|likely)\s+to)\s+be\s+$|"
                             r"['’]ll\s+be\s+$")


# a statement made after the meeting ("said after meeting with", "told reporters following the talks"): it took place
_SAID_AFTER: Final = rx.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+press|the\s+media|[a-z]+)|stated|noted|added|announced|"
    r"stressed|declared|wrote|tweeted|posted)\s+(?:shortly\s+|soon\s+|right\s+|just\s+)?(?:after|following)\s+"
    r"(?:(?:a|an|the|his|her|their|its|this|today['’]s|yesterday['’]s)\s+)?(?:[\w'’-]+\s+){0,3}$")


def _read_status(m: Mention, r: _Reading, rel: int) -> None:
    """Held or planned, from the words before the meeting word in its clause (quotes it is not in left out)."""
    if _REMARKS_BEFORE.search(r.lower, max(0, rel - 200), rel):
        m.status, m.status_marked, m.ongoing = "held", True, True  # "Remarks by A and B Before Their Meeting": made
        m.definite = False  # as they sit down to it, the day of the transcript: the meeting itself, not one told
        return
    if m.kind == "noun" and _BEGINNING_OF.search(r.lower, max(0, rel - 60), rel):
        m.status, m.status_marked, m.ongoing = "held", True, True  # "Transcript of the beginning of the meeting",
        return  # "I'd like to begin this meeting by saying": the meeting under way, on the day of the transcript
    if m.trigger.lower() == "visiting" and _VISITING_ADJECTIVE.search(r.lower, max(0, rel - 8), rel) \
            and r.text[rel + len(m.trigger):rel + len(m.trigger) + 2].strip()[:1].isupper():
        return  # "with visiting External Affairs Minister Swaraj": a visitor, no tense of the meeting
    if (m.trigger.lower().endswith("ing") and _PROGRESSIVE.search(r.lower, max(0, rel - 20), rel)) or (
            (m.trigger.lower() == "talks" or m.kind == "noun") and _HOLDING.search(r.lower, max(0, rel - 70), rel)):
        m.ongoing = m.progressive = True  # "are meeting in Antalya", "are holding talks", "are holding a bilateral
        # meeting": under way, unless a date
        # says when
    if m.kind == "noun" and (_HAS_HELD.search(r.lower, max(0, rel - 60), rel)
                             or _HAS_BEGUN_AFTER.match(r.lower, rel + len(m.trigger))):
        m.ongoing = True  # "has held a meeting with", "the meeting ... has started": just now, the article's day
    if m.kind == "verb" and m.trigger.lower() in _HELD_VERBS:
        passive = (_FUTURE_PASSIVE.search(r.text, max(0, rel - 30), rel)  # "will be received by", "is to be hosted"
                   or _FIRST_TO_BE_AHEAD.search(r.text, max(0, rel - 100), rel))
        m.status, m.status_marked = ("planned" if passive else "held"), True
        if _PERFECT.search(r.lower, max(0, rel - 20), rel):
            m.ongoing = True  # "has met Erdogan in Ankara": just now, the article's day unless a date says when
        return
    if _SAID_AFTER.search(r.lower, max(0, rel - 60), rel):
        m.status, m.status_marked = "held", True  # "Nauseda said after meeting Morawiecki": told once it was over
        return
    first = _FIRST_TO.search(r.lower, max(0, rel - 80), rel)
    if first is not None and not _WILL_BE.search(r.lower, max(0, first.start() - 25), first.start()):
        m.status, m.status_marked = "held", True  # "is the first head of government to pay an official visit": done
        return
    if m.kind == "verb" and _HEADLINE_TO.match(r.text[:rel]):
        m.status, m.status_marked = "planned", True  # "Sharon, Abbas To Meet In Egypt": a headline's plan
        return
    purpose = _INFINITIVE.search(r.lower, max(0, rel - 60), rel) if m.kind == "verb" else None
    if purpose is not None:  # "was ready to meet Kono in January", "flew to Moscow to meet Putin on Tuesday"
        m.status, m.status_marked = ("held" if purpose.group("went") else "planned"), True
        return
    blind = r.blind
    text, folded = r.masked(rel)
    if _HELD_IN_RELATIVE.match(text, rel + len(m.trigger)):
        m.status, m.status_marked = "held", True  # "the Annual Consultation, which was held on Dec 16": past
        return
    if m.kind != "verb" and _OUTCOME_AT.search(text, max(0, rel - 70), rel):
        m.status, m.status_marked = "held", True  # "take stock of decisions taken at their summit in Wuhan": past
        return
    clause_start = max(text.rfind(",", 0, max(0, rel - 60)), 0)
    recalled = [x.end() for x in _RECALLED.finditer(r.lower, 0, rel)]
    if recalled:  # "It is to be recalled that in May 2020 ... arrived": what follows is told as past, not planned
        clause_start = max(clause_start, recalled[-1])
    fut_before = [e for e in _marker_ends(r, "future", clause_start, rel) if not _POLITE.match(text, e)]
    past_before = _marker_ends(r, "past", clause_start, rel)
    if m.kind == "verb" and _DECIDED_TO.search(text, max(0, rel - 160), rel):
        fut_before.append(rel)  # "agreed on Thursday to hold talks": the talks are to come
    elif m.kind == "noun" and _DATE_SET_FOR.search(text, max(0, rel - 120), rel):
        fut_before.append(rel)  # "have agreed on June 21 or 22 as the date of the meeting": the meeting is to come
    after = text[rel:rel + 60]
    if fut_before and _DURING_THE.search(text[max(0, rel - 40):rel]):
        m.status, m.status_weak = "planned", True  # "are expected to speak at the end of the meeting": it may be on
    elif fut_before and (not past_before or fut_before[-1] >= past_before[-1] - 12):
        m.status, m.status_marked = "planned", True
    elif _PLANNED_AFTER.match(after) or (("for" in after or "to take place" in after) and _SCHEDULED.search(after)) \
            or _TO_BE_HELD.match(after, len(m.trigger)):  # "discussed the summit to be held in Mexico in July"
        m.status, m.status_marked = "planned", True
    elif blind["relative_future"].search(folded[max(0, rel - 25):rel]) or _AHEAD_OF_SOMEONES.search(text, 0, rel):
        m.status, m.status_weak = "planned", True  # "to prepare a summit", "ahead of the meeting", "Ahead of Prime
        # Minister Manmohan Singh's visit to Washington in November, ..."
    elif past_before or m.kind == "joint":
        m.status, m.status_marked = "held", True
    elif blind["relative_future"].search(folded[max(0, rel - 40):rel]):
        m.status, m.status_weak = "planned", True
    elif _AFTER_THE.search(text[max(0, rel - 40):rel]):
        m.status, m.status_weak = "held", True


# "Ahead of Prime Minister Manmohan Singh's visit": the visit of someone named, to come after what the sentence tells
_AHEAD_OF_SOMEONES: Final = rx.compile(r"\b(?:[Aa]head|[Ii]n\s+advance|[Oo]n\s+the\s+eve)\s+of\s+"
                                       r"(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*['’]s\s+(?:[\w-]+\s+)?$")


# what something to come follows or answers: "will revive momentum after an agreement ... at a Singapore summit in
# June", "talks stalled since the summit in June" (not "after the next summit", "following the planned meeting")
_BEHIND: Final = rx.compile(r"\b(?P<w>since|after|following|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of|"
                            r"(?:a\s+)?follow[-\s]?ups?\s+(?:to|of|on))\s+"  # "a follow-up to the March summit"
                            r"(?!(?:the\s+|a\s+|their\s+)?(?:next|coming|upcoming|planned|proposed|expected|"
                            r"scheduled|forthcoming)\b)[^,;.:“”\"]{0,150}$", re.I)


def _told_as_before(sent: Sentence, m: Mention, anchor: date | None) -> bool:
    """A meeting named by a noun after "since", or after "after"/"following" with a month whose coming reading would
    be next year, told in a sentence of what is to come: the meeting is one before the article, not a plan."""
    t = m.timex
    ahead = m.status == "planned" or not (m.status_marked or m.status_weak or t is None or t.direction <= 0)
    if m.kind != "noun" or t is None or anchor is None or not ahead:  # (ahead by the tense its date was read in)
        return False
    spec = t.spec
    if spec.month is None or spec.year is not None or spec.rel_offset is not None or spec.weekday is not None:
        return False
    b = _BEHIND.search(sent.text, max(0, m.start - sent.start - 160), m.start - sent.start)
    if b is None:
        return False
    return b["w"].lower() == "since" or spec.month < anchor.month


_RECALLED: Final = rx.compile(  # a formula that recalls the past ("It is to be recalled that", "as will be recalled")
    r"\b(?:it\s+(?:is|was|will|should|may|must|can)\s+(?:to\s+)?be\s+(?:recalled|remembered)|"
    r"as\s+(?:will|may|can)\s+be\s+(?:recalled|remembered))(?:\s+that)?\b")


def _marker_ends(r: _Reading, kind: str, lo: int, hi: int) -> list[int]:
    """Where the "future" or "past" marker words in [lo, hi) end, the quotes that do not hold the meeting word at
    `hi` blanked: `[x.end() for x in blind[kind].finditer(r.masked(hi)[1], lo, hi)]`.

    In a lower-cased text the words are taken from one literal pass over the sentence: blanked quotes hold none,
    and blanking turns no character next to a word outside them from a non-word character into a word one."""
    if r.blind is not patterns()["low"]:
        return [x.end() for x in r.blind[kind].finditer(r.masked(hi)[1], lo, hi)]
    text, free = r.folded, kind == "future"  # future: (?<![\w-])...(?![\w-]); past: \b...\b
    blanked = [(qs, qe) for qs, qe in r.closed_quotes if not qs <= hi < qe]
    out: list[int] = []
    pos = lo
    for s, e in r.markers(kind):
        if s < pos or e > hi or any(qs < e and s < qe for qs, qe in blanked) or r.text[s:e] == "May":
            continue  # "In early May, the summit ...": the month, not the modal
        before = text[s - 1] if s else ""
        after = text[e] if e < hi else ""  # the search ends at hi: the text ends there: the text ends there
        if free:
            ok = not _joins(before) and not _joins(after) and not _plan_as_object(text, s, e)
        else:
            ok = _boundary(before, text[s]) and _boundary(text[e - 1], after)
        if ok:
            out.append(e)
            pos = e
    return out


@lru_cache(maxsize=1)
def _plan_nouns() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The future words that are nouns too, what makes them nouns before them, and the meeting's own verbs after."""
    from ..timex.lexicon import word_set
    nouns = word_set("future_nouns")
    before = rx.compile(r"(?:\b(?:" + "|".join(sorted(word_set("determiners"))) + r")|['’]s|\b[a-z]{3,}ed)\s+$")
    keep = rx.compile(r"\s+to\s+(?:" + "|".join(sorted(word_set("future_nouns_keep_before"))) + r")\b")
    return nouns, before, keep


def _plan_as_object(text: str, s: int, e: int) -> bool:
    """"discussed a plan to expand trade with Abe at a summit", "their hopes for peace": a plan, an aim or a hope
    the clause's verb has for its object (after a determiner, a possessive or a past verb), no future of the meeting;
    not "announced plans to meet Abe" (a plan of the meeting itself)."""
    nouns, before, keep = _plan_nouns()
    return (text[s:e] in nouns and before.search(text, max(0, s - 20), s) is not None
            and keep.match(text, e) is None)


def _joins(ch: str) -> bool:
    """A character that joins a word to the next: a word character or "-"."""
    return bool(ch) and (is_word(ch) or ch == "-")


def _boundary(left: str, right: str) -> bool:
    """Whether a word boundary stands between two characters ("" beyond the text)."""
    return bool(left and is_word(left)) != bool(right and is_word(right))
