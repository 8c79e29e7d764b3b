"""Find where a sentence speaks of a meeting, with the date, place, people and level nearest to each word."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date
from typing import Final

from . import actors, places
from . import regexes as rx
from .dates import Timex, resolve
from .mention.assign import _assign, _share_occasion_date
from .mention.lists import including_at, including_list
from .mention.merging import _arrived_today, _merge_in_sentence, _of_the_one_before
from .mention.other_dates import (
    _anniversary_year,
    _clock_aside,
    _decided,
    _document_dated,
    _document_year,
    _event_named_by_date,
    _forecast_of_another,
    _history,
    _matter_year,
    _took_office,
    _year_span,
    day_of_a_death,
    statement_date,
)
from .mention.people import _BETWEEN, _absent, _clause_people
from .mention.reading import GroupRef, _group_refs, _Reading
from .mention.record import MERGE_GAP, Mention
from .mention.sittings import (
    _COMMISSION_SITTING,
    _DIALOGUE_SITTING,
    _NEGOTIATIONS,
    _REMOTE,
    _SITTING_NEGOTIATIONS,
    _sitting,
)
from .mention.split import _caption_day, _dates_listed, _months_listed, _one_per_date, _one_per_place, met_before_again
from .mention.status import _TIMES, _told_as_before
from .mention.triggers import _DISCUSSED, _TALKS_BEFORE, _discussed_with, _joint_action, _triggers, held_remotely
from .mention.vocabulary import _Words, case_blind, patterns
from .mention.words import _COUNT, _read_words
from .sentences import Sentence


def may_mention(text: str) -> bool:
    """A cheap first look: does the sentence hold a word that can speak of a meeting?"""
    folded, blind = case_blind(text)
    p = patterns()
    if _NEGOTIATIONS in folded and _SITTING_NEGOTIATIONS.search(folded):
        return True  # "the third round of negotiations", "resumed negotiations in Jeddah": a sitting (find reads it)
    if "dialogue" in folded and _DIALOGUE_SITTING.search(folded):
        return True  # "The 16th strategic dialogue will take place in Seoul on Friday"
    if "commission" in folded and _COMMISSION_SITTING.search(text):
        return True  # "the 7th Joint Commission for Bilateral Cooperation held in Manila"
    if ("discuss" in folded or "views" in folded or "talks" in folded or "hands" in folded
            or "conference" in folded) and _DISCUSSED.search(text):
        return True  # "is discussing bilateral relations with the Norwegian Prime Minister" (find reads who)
    joint = p["joint"]  # as written: "agreed", not "Agreed"
    if blind is p["low"]:
        for start in p["meeting_or_joint_words"].bounded(folded):
            if blind["meeting"].match(folded, start) or joint.match(text, start):
                return True
        return False
    at = blind["meeting_or_joint"].search(folded)
    while at:  # one scan for both kinds of word
        if blind["meeting"].match(folded, at.start()) or joint.match(text, at.start()):
            return True
        at = blind["meeting_or_joint"].search(folded, at.start() + 1)
    return False


def find(sent: Sentence, people: list[actors.Mention], where: list[places.Place] | Callable[[], list[places.Place]],
         timexes: list[Timex], anchor: date | None = None) -> list[Mention]:
    """Meeting mentions of one sentence, each with the date, place and series nearest to it.

    `where`: the places of the sentence, or what finds them (only called when the sentence has a meeting word);
    `anchor`: the article's date, if known."""
    words = _Words(sent.text)
    blocked = [x.span() for x in words.matches(words.blind["not"])]  # "press conference", "phone talks"
    remote = any(_REMOTE.search(sent.text, a, b) for a, b in blocked)  # "in a phone call, A and B agreed"
    sittings = [(a, b) for a, b in blocked if _sitting(sent.text, words.text, a, b)]
    blocked = [x for x in blocked if x not in sittings]  # "a new round of peace talks": one sitting, a meeting
    joint = [] if remote else _joint_action(sent, people)
    if not joint and not remote:
        joint = _discussed_with(sent, people)
    named_at = {p.start - sent.start for p in people}
    rounds = [Mention(sent, sent.start + b - len(_NEGOTIATIONS), sent.start + b, sent.text[b - len(_NEGOTIATIONS):b],
                      "noun") for a, b in sittings if words.text[a:b].endswith(_NEGOTIATIONS)]
    for d in _DIALOGUE_SITTING.finditer(sent.text):  # "The second round of the strategic dialogue will be held"
        g = next(n for n in ("d", "d2", "d3") if d.group(n))
        rounds.append(Mention(sent, sent.start + d.start(g), sent.start + d.end(g), d.group(g), "noun"))
    for d in _COMMISSION_SITTING.finditer(sent.text):  # "the 7th Joint Commission ... held in Manila on Tuesday"
        g = "d" if d.group("d") else "d2"
        rounds.append(Mention(sent, sent.start + d.start(g), sent.start + d.end(g), d.group(g), "noun"))
    found = sorted(_triggers(sent, words, blocked, named_at) + joint + rounds, key=lambda m: m.start)
    found = [m for m in found if not held_remotely(m)]  # "a virtual summit": a call, no meeting
    if not found:
        return []
    for m in found:
        m.sitting = _sitting(sent.text, words.text, m.start - sent.start, m.end - sent.start) or any(
            m is x for x in rounds)  # "The second round of the formal strategic dialogue": a sitting too
        m.before = _TALKS_BEFORE.search(words.text, max(0, m.start - sent.start - 40), m.start - sent.start) is not None
    where = where() if callable(where) else where
    where = [w for w in where if not any(t.start < w.end and w.start < t.end for t in timexes)]  # "in March"
    r = _Reading(sent, words)
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and not (t.value or "").endswith("_REF")]
    for m in found:
        m.people = _clause_people(r, m, people)
        if m.kind == "noun" and (at := including_at(m)) is not None:  # "with several of his counterparts,
            have = {p.person for p in m.people}  # including A, Foreign Minister of X; B, ...": the list past a ";"
            m.people += [p for p in including_list(sent, people, at)[1] if p.person not in have]
        m.absent = _absent(r, m, people)
        _read_words(m, r, dated, found)
        if m.kind == "noun" and any(_TOPIC_OF.fullmatch(sent.text, b, m.start - sent.start) for _, b in blocked):
            m.pointed = True  # "to hold a press conference on their visit": a visit told of, not a new one planned
        if m.vague and (m.kind == "verb" and _TIMES.match(r.lower, m.start - sent.start + len(m.trigger))
                        or m.kind == "noun" and _COUNT.search(r.lower, max(0, m.start - sent.start - 30),
                                                              m.start - sent.start)):
            m.each_date = _dates_listed(r, m, dated)  # "met twice this year, in April and May": one per date
            m.vague = not m.each_date  # ("held two meetings in Istanbul -- on Feb. 27 and April 10")
        elif not m.vague and m.kind == "verb":
            m.each_date = _months_listed(r, m, dated)  # "They also met in September 2013 and in March 2014"
    for m in found[1:]:  # "held talks in Moscow, marking the highest-level encounter since ...": those talks
        m.pointed = m.pointed or _MARKING.search(r.lower, 0, m.start - sent.start) is not None
    for m in found:  # "The talks discussed ..., especially a possible visit by Xi next year": Xi is the visit's
        far = [n for n in found if n.start - m.end > MERGE_GAP]
        if far:
            m.people = [p for p in m.people if p.start < min(n.start for n in far)]
        between = [n for n in found if n.start > m.end and _BETWEEN.match(sent.text, n.end - sent.start)]
        if between and sum(p.end <= m.start for p in m.people) >= 2:  # "A and B held talks ..., to discuss an
            m.people = [p for p in m.people if p.start < between[0].start]  # upcoming meeting between C and D"
    for m in found:  # "met Tillerson Saturday, discussing U.S. President Donald Trump's state visit": Trump's is the
        later = [n.start - sent.start for n in found if n.start > m.end]  # visit's, not Saturday's meeting
        m.people = [p for p in m.people if not any(_POSSESSOR_OF.fullmatch(sent.text, p.end - sent.start, at)
                                                   for at in later)]
    live = [m for m in found if not m.vague] or found
    own = [t for t in dated if not statement_date(sent, t) and not _clock_aside(sent.text, t.start - sent.start)
           and not _decided(sent, t, dated) and not _took_office(sent.text, t.start - sent.start)
           and not _anniversary_year(sent, t) and not _year_span(sent, t) and not _document_year(sent, t)
           and not _event_named_by_date(sent, t) and not _document_dated(sent, t) and not _matter_year(sent, t)
           and not _forecast_of_another(sent, t, [m.start for m in found]) and not day_of_a_death(sent, t)
           and not (people and _history(t, anchor)) and not _of_the_one_before(sent, t, found)]
    _assign(live, own, "timex", r)
    _share_occasion_date(live, sent)
    _assign(live, where, "place", r)
    _assign(live, _group_refs(r), "group", r)
    for m in live:
        if isinstance(m.group, GroupRef):
            lo, hi = r.clause(m)
            m.group = m.group.name if lo <= m.group.start < hi else None
        m.vague = m.vague or (m.generic and m.timex is None)
    for m in live:
        if m.timex is not None and _told_as_before(sent, m, anchor):
            if m.timex.direction > 0:
                m.timex = dataclasses.replace(m.timex, direction=-1, value=resolve(m.timex.spec, anchor, -1))
            m.status, m.status_marked, m.status_weak = "held", True, False
        if m.ongoing and m.timex is None:
            m.status, m.status_marked, m.status_weak = "held", True, False  # under way as the article is written
        m.ongoing = m.ongoing and m.timex is None  # "are meeting on Friday": planned, as the date says
        if not (m.status_marked or m.status_weak) and m.timex is not None and m.timex.direction:
            m.status, m.status_marked = ("planned" if m.timex.direction > 0 else "held"), True
            spec = m.timex.spec
            if (anchor is not None and spec.year is not None and spec.day is not None and m.timex.value
                    and m.timex.value[:10] < anchor.isoformat()) or (spec.rel_offset or 0) < 0 \
                    or (anchor is None and _caption_day(m, spec)):
                m.status = "held"  # "shake hands as they meet in Seoul on May 7, 2022", "meet ... yesterday": captions
        if m.kind == "noun" and m.status == "held" and m.timex is not None and _AHEAD.match(m.timex.text) \
                and _PLACE_BETWEEN.fullmatch(sent.text, m.end - sent.start, m.timex.start - sent.start):
            m.status = "planned"  # "met Tillerson, discussing Trump's visit later this year": the visit is to come
        if m.status == "held" and m.timex is not None and _SCHEDULED_FOR.search(
                sent.text, max(0, m.timex.start - sent.start - 50), m.timex.start - sent.start):
            m.status = "planned"  # "discussed the anticipated meeting between A and B, scheduled for Sept. 4": the
            # meeting is to come, whatever the tense of the verb that tells of it
    merged = [one for m in _merge_in_sentence(found) for one in _one_per_date(m)]
    _arrived_today(sent, merged, dated, anchor)
    merged = [one for m in merged for one in _one_per_place(m, where, dated)]
    merged = [one for m in merged for one in met_before_again(m, dated, anchor)]
    for m in merged:
        m.clause = r.clause(m)
    for a, b in zip(merged, merged[1:], strict=False):
        lo, hi = a.clause or (a.start, a.end)
        if b.apart and lo <= a.end <= b.start < hi:  # "hold talks with A and meet ... with the leaders of B and C":
            a.clause = (lo, b.start)  # the first predicate's words end where the next one's begin
    return merged


_POSSESSOR_OF: Final = rx.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}")  # "Trump's state visit": whose the meeting is
_PLACE_BETWEEN: Final = rx.compile(r"(?:\s+(?:to|in|of|for|with|at)\s+[\w.'’-]+(?:\s+[A-Z][\w.'’-]*){0,3})*\s*,?\s*")
# the date a meeting is set for, right before it: "scheduled for Sept. 4", "set to take place on Monday" (not a plan
# told as undone: "originally scheduled for May", "had been set for June")
_SCHEDULED_FOR: Final = rx.compile(
    r"(?<!originally\s)(?<!initially\s)(?<!first\s)(?<!been\s)(?<!was\s)(?<!were\s)"
    r"\b(?:scheduled|slated|set|planned|due|expected|penciled|pencilled|tentatively\s+set)\s+"
    r"(?:for|to\s+(?:take\s+place|be\s+held|open|begin|start)(?:\s+(?:on|in))?)\s+(?:(?:on|in|the)\s+)?$", re.I)
_AHEAD: Final = rx.compile(r"(?:later\s+this|next|coming|the\s+coming)\b", re.I)  # "later this year", "next month"

# "..., marking the highest-level encounter since the start of the war": the meeting told before in the sentence
_MARKING: Final = rx.compile(r",\s+(?:marking|making\s+it|in\s+what\s+(?:was|is|were|would\s+be))\s+"
                             r"(?:the|their|its|a|an)\s+(?:[\w-]+\s+){0,3}$")


# what a press conference, statement or call that is no meeting speaks of ("a press conference on their visit")
_TOPIC_OF: Final = rx.compile(
    r"\s+(?:on|about|regarding|over)\s+(?:the|their|his|her|its|this|that)\s+(?:[\w-]+\s+){0,2}", re.I)
