"""The meeting vocabulary of data/meeting_words.json built into patterns; a sentence's meeting words."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final

from .. import regexes as rx
from ..scan import Literals, finditer_at, lower, trie
from ..vocab import load
from .record import LEVEL_ORDER, OWN_LEVELS


def _blind(words: list[str]) -> str:
    """The words for a case-blind pattern: lower-cased, as matching them without case does not tell."""
    return trie([w.lower() for w in words])


def _case_blind_sources(w: dict[str, Any]) -> dict[str, Any]:
    """The regexes that match the vocabulary whatever its case, as sources: compiled with re.I for any text, and
    without it for lower-cased text (much faster)."""
    def word(ws: list[str]) -> str:
        return rf"\b(?:{_blind(ws)})\b"

    def free(ws: list[str]) -> str:  # not inside a word or a hyphenated compound
        return rf"(?<![\w-])(?:{_blind(ws)})(?![\w-])"

    cued = cued_words(w)
    return {
        "noun": word(w["meeting_nouns"]),
        "verb": word(w["meeting_verbs"] + w["conversation_verbs"]),
        "meeting": word(w["meeting_nouns"] + w["meeting_verbs"] + w["conversation_verbs"]),
        "meeting_or_joint": word(meeting_or_joint_words(w)),
        "not": word(w["not_meetings"]),
        "relative_future": free(w["relative_future_markers"]),
        "future": free(w["future_markers"]),
        "past": word(w["past_markers"]),
        "vague": word(w["vague_markers"]),
        "cancel": word(w["cancel_markers"]),
        "cancel_after": _told_after(w["cancel_markers"]),
        "postpone": word(w["postpone_markers"]),
        "postpone_after": _told_after(w["postpone_markers"]),
        "qualifier": rf"(?:{_blind(w['talks_qualifiers'])})\s+(?:[\w-]+\s+)?$",
        # the gathering a meeting noun names: "the India-US CEOs Forum had its second meeting", "a loya jirga peace
        # summit", "the Global Entrepreneurship Summit" (no preposition between: not "business at the summit"; no
        # office: not "Business Secretary X's visit")
        "gathering": rf"(?<![\w-])(?:{_blind(w['gatherings'])})(?:'s|s'|’s|'|’)?[\"”’']?\s+"
                     r"(?:(?!(?:at|in|on|of|with|for|to|and|or|the|a|an|by|from|before|after|during|as|"
                     r"minister|ministers|secretary|ministry|department)\b)"
                     r"[\w'’-]+\s+){0,2}(?:(?:had|has|held|holds|will\s+hold)\s+(?:its|their)\s+(?:[\w-]+\s+)?)?$",
        "levels": {lv: free(ws) for lv, ws in w["levels"].items()},
        "level": _first_level(w["levels"]),
        "groups": {g: word(ws) for g, ws in w["group_refs"].items()},
        "cue": rf"\b(?=(?:{_blind(cued)})\b)",  # where a word of noun, verb, not or groups may begin
        "since": r"\b(?:since|until|till)\s+(?:the\s+)?$",
        # "during a speech in Sapporo on Dec. 19": what follows is the speech's date and place, not the meeting's
        "occasion": rf"\b(?:during|in|at|after|before|while\s+giving)\s+(?:a|an|the|his|her|their|its)\s+"
                    rf"(?:[\w-]+\s+){{0,2}}?(?:{_blind(w['other_occasions'])})\b",
        "reporting": rf"\b(?:{_blind(w['reporting_verbs'])})\s+(?:[\w.]+\s+){{0,2}}?(?:on\s+|that\s+)?$",
    }


def _told_after(words: list[str]) -> str:
    """After a meeting word, in its clause: "(the summit) was cancelled", "(the visit) has been postponed"."""
    return rf"[^.;]{{0,40}}?\b(?:was|were|is|are|been|be|got)\s+(?:\w+\s+)?(?:{_blind(words)})\b"


def cued_words(w: dict[str, Any]) -> list[str]:
    """The words that `find` reads at their places: meeting words, words that are no meeting, group words."""
    groups = [x for ws in w["group_refs"].values() for x in ws]
    return w["meeting_nouns"] + w["meeting_verbs"] + w["conversation_verbs"] + w["not_meetings"] + groups


def meeting_or_joint_words(w: dict[str, Any]) -> list[str]:
    return w["meeting_nouns"] + w["meeting_verbs"] + w["conversation_verbs"] + w["joint_action_verbs"]


def _level_ranks(levels: dict[str, list[str]]) -> dict[str, int]:
    """Each level word, lower-cased, with the place in LEVEL_ORDER of the first level that has it."""
    out: dict[str, int] = {}
    for rank, lv in reversed(list(enumerate(LEVEL_ORDER))):
        for x in levels[lv]:
            out[x.lower()] = rank
    return out


def _first_level(levels: dict[str, list[str]]) -> str:
    """Where a level word begins, named by the first level of LEVEL_ORDER that one there belongs to."""
    says = [rf"(?P<{lv}>{_blind(levels[lv])})(?![\w-])" for lv in LEVEL_ORDER]
    return rf"(?<![\w-])(?={'|'.join(says)})"


def _compiled(source: Any, flags: int = 0) -> Any:
    if isinstance(source, dict):
        return {k: _compiled(v, flags) for k, v in source.items()}
    return re.compile(source, flags)


BOUNDARY_WORDS = ["since", "after", "before", "when", "while", "because", "although", "though", "whereas", "which",
                  "who", "whom", "where", "until", "unless", "that", "said", "says"]


def _with_title_case(aliases: tuple[str, ...]) -> list[str]:
    """The aliases, an acronym of four letters or more as British and South African papers write it ("Brics",
    "Nato", "Asean" for BRICS, NATO, ASEAN), and each alias with its lower-case words capitalized as in a name or a
    headline ("NATO Summit", "Arab League Summit", "Quad Leaders' Summit")."""
    caps = [a.capitalize() for a in aliases if a.isalpha() and a.isupper() and len(a) >= 4]
    titled = [" ".join(w if w in _NAME_SMALL_WORDS else w[:1].upper() + w[1:] for w in a.split()) for a in aliases]
    return list(dict.fromkeys([*aliases, *caps, *titled]))


_NAME_SMALL_WORDS: Final = frozenset({"of", "the", "and", "on", "in", "for", "de", "la"})


@lru_cache(maxsize=1)
def patterns() -> dict[str, Any]:
    w = load().words
    blind = _case_blind_sources(w)
    series = [(s.series, _with_title_case(s.aliases)) for s in load().series]  # the words of data/summit_series.csv
    pats: dict[str, Any] = {
        "i": _compiled(blind, re.I),  # for any text
        "low": _compiled(blind),  # for lower-cased text without letters that lower() and re.I fold apart
        "joint": rx.compile(rf"(?:{trie(w['joint_action_verbs'])})\b"),  # at a word start (scan.at_word_start)
        "counterpart_words": tuple(w["counterpart"]),  # one of them is in each match of "counterpart"
        "counterpart": rx.compile(
            rf"\b(?:his|her|their)\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+(?:{trie(w['counterpart'])})\b"),
        "series": [(name, rx.compile(rf"(?<![\w-])(?:{trie(aliases)})(?![\w-])")) for name, aliases in series],
        "any_series": Literals(a for _, aliases in series for a in aliases),  # none of them: no series named
        "own_level": {x.lower(): lv for lv in reversed(OWN_LEVELS) for x in w["levels"][lv]},
        # a date right before its report's verb, two words at most between: "Sunday papers reported"
        "reported_by": rx.compile(r"(?:\s+(?!(?:and|but|or|as|who|which|that|when|after|before)\b)[A-Za-z-]+){0,2}"
                                  rf"\s+(?:{trie([v for v in w['reporting_verbs'] if ' ' not in v])})\b"),
        # the speaker named after the report's verb, then the date: "announced India's Ministry of External
        # Affairs on Wednesday", "said the White House on Thursday" (names only: not "said Modi will visit on")
        # the date that opens a sentence, then its reporter: "On August 2, the Kremlin press service reported"
        "reported_after_comma": rx.compile(
            r",\s+(?:the\s+)?(?:(?!(?:and|but|or|as|who|which|that|when|after|before|it|they|he|she|we)\b)"
            rf"[A-Za-z'’-]+\s+){{1,4}}(?:{trie([v for v in w['reporting_verbs'] if ' ' not in v])})\b"),
        # the one who reports, told at the sentence's end after a comma or a quote: ", Chief Cabinet Secretary
        # Yoshimasa Hayashi said on June 13.", "," Iranian Foreign Ministry Spokesman Bahram Qasemi said on Friday.";
        # a title with its linking words (", Russian Ambassador to Ethiopia Yevgeny Terekhin told TASS."), and whom
        # it was told to (," Merz told the Augsburger Allgemeine newspaper on Wednesday.")
        "trailing_speaker": rx.compile(
            r"(?:,|[”\"])\s*((?:[A-Z][\w.'’-]*\s+(?:(?:to|of|for|the|on)\s+(?=[A-Z]))?){1,8})"
            rf"(?:{trie([v for v in w['reporting_verbs'] if ' ' not in v])})\b[^,;“”\"]{{0,60}}$"),
        "speaker_then": rx.compile(
            rf"\b(?:{trie([v for v in w['reporting_verbs'] if ' ' not in v])})\s+(?:the\s+)?"
            r"(?:[A-Z][\w.'’-]*,?\s+(?:(?:of|for)\s+(?:the\s+)?)?){1,6}(?:on\s+)?"
            r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\(\s*)?$"),  # "on Thursday (Jan 25)"
        "boundary": rx.compile(rf"\b(?:{trie(BOUNDARY_WORDS)})\b|;|—|,\s+(?:and|but)\b"),
        # the same vocabularies as literals, found in one pass over a lower-cased text (see `case_blind`)
        "cue_words": Literals(x.lower() for x in cued_words(w)),
        "meeting_or_joint_words": Literals(x.lower() for x in meeting_or_joint_words(w)),
        "boundary_words": Literals([*BOUNDARY_WORDS, ";", "—", ","]),
        "level_rank": _level_ranks(w["levels"]),
        # level words and future and past markers, found in one pass over the folded text: each word's kinds
        "folded_kinds": _kinds_of({"level": [x for ws in w["levels"].values() for x in ws],
                                   "future": w["future_markers"], "past": w["past_markers"],
                                   "cancel": w["cancel_markers"], "postpone": w["postpone_markers"]}),
    }
    pats["folded_words"] = Literals(pats["folded_kinds"])
    return pats


def _kinds_of(vocabularies: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Each word, lower-cased, with the vocabularies that have it."""
    out: dict[str, tuple[str, ...]] = {}
    for kind, words in vocabularies.items():
        for x in words:
            have = out.get(x.lower(), ())
            if kind not in have:
                out[x.lower()] = (*have, kind)
    return out


# the only letters that re.I matches to an ASCII letter other than the one str.lower() turns them into
_ODD_CASE: Final = rx.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ and the Kelvin sign, written out


class _Words:
    """A sentence's text as the case-blind patterns read it, and the places where a meeting word, a word that is
    no meeting or a group word may begin in it (one scan finds them all)."""

    def __init__(self, text: str) -> None:
        self.sent_text = text
        self.text, self.blind = case_blind(text)
        p = patterns()
        if self.blind is p["low"]:
            self.cues = p["cue_words"].bounded(self.text)
        else:
            self.cues = [m.start() for m in self.blind["cue"].finditer(self.text)]

    def matches(self, pat: re.Pattern[str]) -> list[re.Match[str]]:
        """The matches of a cued pattern, as its finditer gives them: it can only match where a cue is."""
        return finditer_at(pat, self.text, self.cues)


def case_blind(text: str) -> tuple[str, dict[str, Any]]:
    """The text to match the case-blind patterns in, with those patterns: the lower-cased text and patterns
    without re.I (faster, the same matches), unless the text holds a letter that the two fold differently. A line
    break inside a sentence (a hard-wrapped page: "Thereafter Jones travelled\nto India") is read as the space it
    stands for, so that a word of several words is found across it; every offset stays."""
    if not text.isascii() and _ODD_CASE.search(text):
        return spaced(text), patterns()["i"]
    return spaced(lower(text)), patterns()["low"]


_BREAKS: Final = str.maketrans("\n\r\t\f\v", "     ")


def spaced(text: str) -> str:
    """The text with each line break, tab or form feed as a space (the same length, every offset kept)."""
    return text.translate(_BREAKS) if ("\n" in text or "\r" in text or "\t" in text or "\f" in text
                                       or "\v" in text) else text
