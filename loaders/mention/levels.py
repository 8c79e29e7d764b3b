"""The level a meeting word's clause tells (summit, ministerial ...) from the offices it names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from .. import regexes as rx
from ..scan import trie
from ..vocab import load
from .reading import _Reading
from .record import LEVEL_ORDER, OWN_LEVELS
from .status import _joins
from .vocabulary import patterns


def _own_level(trigger: str) -> str | None:
    """"summit", "summoned": the meeting word says its level itself."""
    word = trigger.lower()
    if word.isascii():  # then re.I matches it to a level word just when it is one
        return patterns()["own_level"].get(word)
    levels = patterns()["i"]["levels"]
    return next((lv for lv in OWN_LEVELS if levels[lv].fullmatch(word)), None)


_LED_BY: Final = rx.compile(r"(?<=delegation)\s+(?:led|headed)\s+by\b|(?<=delegations)\s+(?:led|headed)\s+by\b",
                            re.I)


@lru_cache(maxsize=1)
def _minister_leads_a() -> re.Pattern[str]:
    """A minister's office, then a verb of leading and what is led: data/meeting_words.json's delegation_leaders (in
    any case; any spaces in them any run of spaces)."""
    offices = "|".join(r"\s+".join(map(re.escape, o.split())) for o in load().words["delegation_leaders"])
    return rx.compile(r"\b(?:" + offices + r")\b[^.;:]{0,50}?\s"
                      r"(?:led|leading|leads|headed|heading|heads)\s+(?:a|an|the|his|her|their)\s+"
                      r"(?:[\w-]+\s+){0,3}$", re.I)


def _led_delegation(text: str, s: int) -> bool:
    """"Foreign Minister Gedu led a delegation to Uganda", "Retno Marsudi, heading a high-level delegation": the
    minister's party, the level that of the minister who leads it (as "a delegation led by"); not an adviser's or
    envoy's delegation, a level of its own."""
    return text.startswith("delegation", s) and _minister_leads_a().search(text, max(0, s - 120), s) is not None


@lru_cache(maxsize=1)
def _title_after() -> re.Pattern[str]:
    """A title right after a level word ("European Commission President Ursula von der Leyen"): data/
    meeting_words.json's titles_after_a_level_word, as written."""
    return rx.compile(rf"\s+(?:{trie(load().words['titles_after_a_level_word'])})\b")


@lru_cache(maxsize=1)
def _title_after_any_case() -> re.Pattern[str]:
    """The same titles in any case: after a level word capitalized as a body's name, a title set in lower case as
    British papers set it ("the European Commission vice-president, Maroš Šefčovič", "the European Commission
    president, Ursula von der Leyen") is the body's officer too, no level."""
    return rx.compile(rf"\s+(?:{trie(load().words['titles_after_a_level_word'])})\b", re.I)


def _title_of_body(text: str, s: int, e: int) -> bool:
    """Whether the level word text[s:e] is the name of a body whose title follows: a title as written, or in any case
    after the word capitalized ("Commission president")."""
    return _title_after().match(text, e) is not None or text[s].isupper() and _title_after_any_case().match(
        text, e) is not None


def outermost_levels(matches: Iterable[re.Match[str]]) -> set[str]:
    """The levels that matches of the "level" regex say, but for a word inside a longer one ("ministers" of "prime
    ministers")."""
    spans = [(x.start(x.lastgroup), x.end(x.lastgroup), x.lastgroup) for x in matches if x.lastgroup]
    return {lv for s, e, lv in spans if not any(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in spans)}


_JOINT_BEFORE: Final = rx.compile(r"(?:joint|intergovernmental|permanent)\s+(?:ministerial\s+)?$", re.I)


def _of_joint_body(text: str, s: int) -> bool:
    """A "commission" that is two governments' joint commission ("the Joint Commission for Bilateral Cooperation"):
    a body of both governments, not a party's or a parliament's commission (the level "other")."""
    return text.startswith("commission", s) and _JOINT_BEFORE.search(text, max(0, s - 40), s) is not None


def _level_in(r: _Reading, lo: int, hi: int) -> str | None:
    """The first level of LEVEL_ORDER that a word of the window folded[lo:hi] says, as the "level" regex reads it
    (in a lower-cased text, from one literal pass over the sentence)."""
    p = patterns()
    if r.blind is not p["low"]:
        said = outermost_levels(x for x in r.blind["level"].finditer(r.folded[lo:hi])
                                if not (x.lastgroup and (_of_joint_body(r.folded[lo:hi], x.start(x.lastgroup))
                                                         or _LED_BY.match(r.folded, lo + x.end(x.lastgroup))
                                                         or _led_delegation(r.folded, lo + x.start(x.lastgroup)))))
        return next((lv for lv in LEVEL_ORDER if lv in said), None)
    text, ranks = r.folded, p["level_rank"]
    best = len(LEVEL_ORDER)
    words = [(s, e) for s, e in r.level_words() if lo <= s and e <= hi and not (s > lo and _joins(text[s - 1]))
             and not (e < hi and _joins(text[e]))]
    for s, e in words:
        if any(a <= s and e <= b and (a, b) != (s, e) for a, b in words):
            continue  # "ministers" of "prime ministers": the longer words say the level
        if _title_of_body(r.text, s, e):
            continue  # "European Commission President Ursula von der Leyen": a title, no level
        if _of_joint_body(text, s):
            continue  # "the Joint Commission for Bilateral Cooperation": the governments' own body, no party's
        if _LED_BY.match(text, e):
            continue  # "received a delegation led by Foreign Minister Lavrov": the level of the one who leads it
        if _led_delegation(text, s):
            continue  # "Foreign Minister Gedu led a delegation to Uganda and met with President Museveni": his party
        best = min(best, ranks[text[s:e]])
    return LEVEL_ORDER[best] if best < len(LEVEL_ORDER) else None
