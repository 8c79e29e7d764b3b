"""Find where a sentence speaks of a meeting, with the date, place, people and level nearest to each word."""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Final

from . import actors, places
from . import regexes as rx
from .dates import DateSpec, Timex, precision, resolve
from .scan import Literals, at_word_start, finditer_at, is_word, lower, trie
from .sentences import Sentence
from .vocab import load

LEVEL_ORDER: Final = ("vice_ministerial", "working_level", "ministerial", "summit", "other")
OWN_LEVELS: Final = ("other", "summit")  # the levels a meeting word can say itself; the first that does wins
HEAD_ROLES: Final = ("head_of_state", "head_of_government")
MINISTER_ROLES: Final = ("foreign_minister", "minister")
LEG_WORDS: Final = frozenset({  # the legs of a trip, told where a place follows (see _LEG_PLACE)
    "head to", "heads to", "headed to", "heading to", "continue to", "continues to",
    "continued to", "continued on to", "tour", "arrived at", "arrives at", "arrive at"})
VISIT_WORDS: Final = frozenset({
    "visit", "visits", "visited", "visiting", "trip", "travel to", "travels to", "traveled to", "travelled to",
    "traveling to", "travelling to", "fly to", "flew to", "flies to", "went to", "arrived in", "arrives in",
    "arrive in", *LEG_WORDS})
# a leg of a trip: only where a place is named right after ("heads to South Africa", "will continue to Seoul",
# "arrived at Bole International Airport", "arrived at the Casa Rosada"; not "arrived at an agreement";
# "end his tour on Thursday in Guinea-Bissau"), not "heads to the polls", "continue to work", "a tour of Asia"
_LEG_PLACE: Final = rx.compile(r"\s+(?:the\s+)?[A-Z]")
_TOUR_PLACE: Final = rx.compile(r"(?:\s+(?:on|next|this|last|today|tomorrow|week|month|[A-Z][a-z]+|\d{1,2},?)){0,3}"
                                r"\s+in\s+(?:the\s+)?[A-Z]")
MERGE_GAP = 80  # meeting words further apart in one sentence are told of separately


@dataclass
class Mention:
    """One place in one sentence where a meeting is spoken of."""

    sentence: Sentence
    start: int  # the trigger word, offsets into the article text
    end: int
    trigger: str
    kind: str  # "noun" | "verb" | "joint"
    # What the words around the trigger tell, read after the mention is found (see __init__ for the defaults):
    level: str | None = field(init=False)  # type read from the words around the trigger
    status: str = field(init=False)  # "held" | "planned"
    status_marked: bool = field(init=False)  # the text's tense says held or planned
    status_weak: bool = field(init=False)  # only a relative cue says so ("ahead of the meeting", "after the meeting")
    people: list[actors.Mention] = field(init=False)
    group: Any = field(init=False)  # "head" or "foreign_minister" from "the two leaders", "the foreign ministers"
    place: places.Place | None = field(init=False)
    timex: Timex | None = field(init=False)
    series: str | None = field(init=False)  # a recurring summit named near the trigger (G20, APEC ...)
    definite: bool = field(init=False)  # "the meeting", "the latest talks": may refer to an event already told
    pointed: bool = field(init=False)  # "this visit", "at that meeting": an event already told, never a new one
    vague: bool = field(init=False)  # "24 summit talks": not one event
    generic: bool = field(init=False)  # "further meetings", "annual summits": not one event unless a date says which
    cancelled: bool = field(init=False)  # "cancelled his planned meeting", "the summit was called off"
    headline: bool = field(init=False)  # told in the article's title
    apart: bool = field(init=False)  # told beside another meeting of its sentence ("and a meeting with Harris")
    before: bool = field(init=False)  # told as the one another followed ("followed talks held in January")
    ongoing: bool = field(init=False)  # "are meeting in Antalya": told in the present progressive
    progressive: bool = field(init=False)  # so told, dated or not ("is meeting Vucic on Tuesday")
    clause: tuple[int, int] | None = field(init=False, repr=False, compare=False)  # article offsets
    each_date: list[Timex] = field(init=False, repr=False, compare=False)  # "met twice, in April and May"
    absent: list[actors.Mention] = field(init=False)  # told as missing ("in the absence of Kagame"): not there
    sitting: bool = field(init=False)  # a sitting of talks or negotiations ("a new round of talks", "resumed talks")
    listed: list[str] = field(init=False)  # guests a next sentence lists ("These included A, B and C"), or countries
    spoken: bool = field(init=False)  # a transcript's speaker tells of it in the first person ("I've had a meeting")
    tour: bool = field(init=False)  # a visit to countries listed ("will visit Belgium and France"): no meeting alone

    def __init__(self, sentence: Sentence, start: int, end: int, trigger: str, kind: str) -> None:
        self.sentence = sentence
        self.start = start
        self.end = end
        self.trigger = trigger
        self.kind = kind
        self.level = None
        self.status = "held"
        self.status_marked = False
        self.status_weak = False
        self.people = []
        self.group = None
        self.place = None
        self.timex = None
        self.series = None
        self.definite = False
        self.pointed = False
        self.vague = False
        self.generic = False
        self.cancelled = False
        self.headline = False
        self.apart = False
        self.before = False
        self.ongoing = False
        self.progressive = False
        self.clause = None
        self.each_date = []
        self.absent = []
        self.sitting = False
        self.listed = []
        self.spoken = False
        self.tour = False


# ---------------------------------------------------------------- vocabulary as patterns

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
        # Yoshimasa Hayashi said on June 13.", "," Iranian Foreign Ministry Spokesman Bahram Qasemi said on Friday."
        "trailing_speaker": rx.compile(
            r"(?:,|[”\"])\s*((?:[A-Z][\w.'’-]*\s+){1,8})"
            rf"(?:{trie([v for v in w['reporting_verbs'] if ' ' not in v])})\b[^,;“”\"]{{0,40}}$"),
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
    without re.I (faster, the same matches), unless the text holds a letter that the two fold differently."""
    if not text.isascii() and _ODD_CASE.search(text):
        return text, patterns()["i"]
    return lower(text), patterns()["low"]


# ---------------------------------------------------------------- one sentence

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
    if ("discuss" in folded or "views" in folded or "talks" in folded) and _DISCUSSED.search(text):
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


class _Reading:
    """What find reads once per sentence, for all its meeting words: the text with ’ as ', its case-folded forms
    with the patterns to match the vocabulary in them, clause boundaries, quotes, the summit series named."""

    def __init__(self, sent: Sentence, words: _Words) -> None:
        self.sent, self.words = sent, words
        self.lower, self.blind = words.text, words.blind
        self.text = sent.text.replace("’", "'")
        self.folded = self.lower.replace("’", "'")
        self.bounds = list(_bounds(sent))
        quoted = '"' in sent.text or "“" in sent.text
        self.quotes = _quote_spans(sent) if quoted else []  # the closing mark may be missing; article offsets
        self.closed_quotes = [q.span() for q in _QUOTED.finditer(self.text)] if quoted else []  # sentence offsets
        self.series = series_named(self.text)
        self._markers: dict[str, list[tuple[int, int]]] = {}

    def has(self, kind: str) -> bool:
        """Whether a word of the `kind` vocabulary ("cancel", "postpone") may stand in the sentence (from the one
        literal pass over it: the word pattern itself is tried at every letter)."""
        return bool(self._folded_words()[kind])

    def level_words(self) -> list[tuple[int, int]]:
        """(start, end) of the level words in the folded text."""
        return self._folded_words()["level"]

    def markers(self, kind: str) -> list[tuple[int, int]]:
        """(start, end) of the "future" or "past" marker words in the folded text, by start, longest first."""
        return self._folded_words()[kind]

    def _folded_words(self) -> dict[str, list[tuple[int, int]]]:
        """The level words and the marker words of the folded text, from one literal pass (markers sorted)."""
        if not self._markers:
            p = patterns()
            kinds = p["folded_kinds"]
            found: dict[str, list[tuple[int, int]]] = {"level": [], "future": [], "past": [], "cancel": [],
                                                       "postpone": []}
            for s, e in p["folded_words"].occurrences(self.folded):
                for kind in kinds[self.folded[s:e]]:
                    found[kind].append((s, e))
            found["future"].sort(key=lambda se: (se[0], -se[1]))
            found["past"].sort(key=lambda se: (se[0], -se[1]))
            self._markers = found
        return self._markers

    def clause(self, m: Mention) -> tuple[int, int]:
        return _clause(self.bounds, self.sent, m)

    def masked(self, rel: int) -> tuple[str, str]:
        """The text and its folded form with quoted passages blanked out, unless the meeting word is inside one."""
        text, folded = self.text, self.folded
        for qs, qe in self.closed_quotes:
            if not qs <= rel < qe:
                text = text[:qs] + " " * (qe - qs) + text[qe:]
                folded = folded[:qs] + " " * (qe - qs) + folded[qe:]
        return text, folded


def series_named(text: str) -> str | None:
    """The first recurring summit of the vocabulary that the text names (not its ministers' meetings: "the ASEAN
    Foreign Ministers' Meeting", "a G20 finance ministers' meeting" are not the leaders' summit)."""
    found = _series_in(text)
    if found is None and "(" in text and (bare := _ACRONYM_AFTER.sub("", text)) != text:
        found = _series_in(bare)  # "the 27th African Union (AU) summit": the "African Union summit"
    return found


def _series_in(text: str) -> str | None:
    p = patterns()
    if not p["any_series"].occurrences(text):
        return None
    for s, pat in p["series"]:
        if any(not _MINISTERS_OF.match(text, m.end()) and not _MINISTERIAL_OF.search(text, 0, m.start())
               and not _NOT_THE_SUMMIT.match(text, m.end())
               for m in pat.finditer(text)):
            return s
    return None


_ACRONYM_AFTER: Final = rx.compile(r"(?<=[A-Za-z])\s+\([A-Z][A-Za-z0-9&-]{1,9}\)(?=\s)")  # a name's acronym after it
_MINISTERS_OF: Final = rx.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:[Mm]inisters?['’]?|[Mm]inisterial)(?![\w-])")
# "the 8th Ministerial Conference of the Forum on China-Africa Cooperation": the ministers', not the leaders' summit
_MINISTERIAL_OF: Final = rx.compile(r"\b(?:[Mm]inisterial|[Mm]inisters['’]?)\s+(?:[Cc]onference|[Mm]eeting|"
                                    r"[Ss]ession)\s+of\s+(?:the\s+)?$")
_NOT_THE_SUMMIT: Final = rx.compile(  # "as ASEAN Chair", "ASEAN member states", "G20 economies": the group, no summit
    r"(?:['’]s)?\s+(?:[Cc]hair|[Cc]hairman|[Cc]hairmanship|[Cc]hairs|[Cc]hairship|[Mm]ember|[Mm]embers|[Mm]embership|"
    r"[Ss]ecretariat|[Ss]ecretary|[Ss]ecretary-[Gg]eneral|[Ee]conomy|[Ee]conomies|[Cc]ountries|[Nn]ations|[Ss]tates|"
    r"[Aa]greement|[Cc]harter|[Ee]nvoy|[Ss]pecial\s+[Ee]nvoy|[Pp]artners?|[Rr]egion|[Cc]ommunity|[Ww]ay|"
    r"[Cc]entrality|[Oo]utlook|[Pp]residency|[Ff]ramework)(?![\w-])")


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
           and not _event_named_by_date(sent, t) and not _document_dated(sent, t)
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
    for m in merged:
        m.clause = r.clause(m)
    for a, b in zip(merged, merged[1:], strict=False):
        lo, hi = a.clause or (a.start, a.end)
        if b.apart and lo <= a.end <= b.start < hi:  # "hold talks with A and meet ... with the leaders of B and C":
            a.clause = (lo, b.start)  # the first predicate's words end where the next one's begin
    return merged


# "the third round of negotiations", "a new round of peace talks", "resumed indirect talks", "peace talks ...
# kicked off", "talks are scheduled to take place in South Africa": a sitting of the negotiations (a meeting), not
# the process the words otherwise name ("peace talks have stalled")
_ROUND_OF: Final = rx.compile(r"\b(?:round\s+of|resum(?:e|ed|es|ing)|restart(?:ed|s|ing)?|reopen(?:ed|s|ing)?|"
                              r"(?<=\bto\s)continue)\s+"
                              r"(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}$")
_SITTING_AFTER: Final = rx.compile(
    r"(?:\s+[^.;:]{0,80}?)?\s+(?:(?:(?:has|have|had|will|would|to|could|finally)\s+)?(?:resumed|restarted|started|"
    r"(?:(?<=will\s)|(?<=would\s)|(?<=\bto\s))(?:resume|restart|start)|"
    r"began|begun|begin|kicked\s+off|got\s+under\s*way|picked\s+up\s+again|opened\s+in)"
    r"|(?:are|is|were|was|will\s+be)\s+(?:scheduled|set|due|slated|expected)\s+to\s+(?:take\s+place|be\s+held|"
    r"start|begin|resume|open))\b")
_NEGOTIATIONS: Final = "negotiations"
# a dialogue told as one sitting: a round or an ordinal of it, or told as taking place ("The 16th strategic dialogue
# will take place in Seoul on Friday", "The second round of the formal strategic dialogue will be held on Thursday",
# "The \"strategic dialogue\" will take place Thursday"); not the process ("the dialogue process", "resume dialogue")
_DIALOGUE_SITTING: Final = rx.compile(
    r"(?:\b(?:round|session|sitting)\s+of\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}|\b(?:\d+(?:st|nd|rd|th)|"
    r"(?:[Ff]irst|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+(?:[\w'’-]+\s+){0,4})"
    r"(?P<d>[Dd]ialogue)\b|(?P<d2>[Dd]ialogue)[\"”']?\s+(?:will|would|is\s+to|is\s+set\s+to|"
    r"is\s+scheduled\s+to)\s+(?:take\s+place|be\s+held)\b|(?P<d3>[Dd]ialogue)[\"”']?\s+(?:took\s+place|was\s+held)\b")
# a joint commission of two governments told as one sitting: an ordinal or a session of it, or told as held ("the 7th
# Joint Commission for Bilateral Cooperation (JCBC) held in Manila on Tuesday", "a session of the Intergovernmental
# Commission"); not the body ("agreed to set up a joint commission", "co-chairs the intergovernmental commission")
_COMMISSION: Final = (r"(?:[Jj]oint\s+(?:[Mm]inisterial\s+|[Ii]ntergovernmental\s+|[Pp]ermanent\s+)?|"
                      r"[Ii]ntergovernmental\s+)[Cc]ommission")
_COMMISSION_SITTING: Final = rx.compile(
    rf"(?:\b(?:round|session|sitting)\s+of\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}|\b(?:\d+(?:st|nd|rd|th)|"
    rf"(?:[Ff]irst|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+(?:[\w'’-]+\s+){{0,4}})"
    rf"(?P<d>{_COMMISSION})\b|(?P<d2>{_COMMISSION})(?:\s+(?:for|on)\s+[^.;,]{{0,80}}?)?(?:\s+\([A-Z]{{2,8}}\))?"
    rf"\s+(?:took\s+place|was\s+held|met|convened|(?:will|is\s+to|is\s+set\s+to|is\s+scheduled\s+to)\s+"
    rf"(?:take\s+place|be\s+held|meet))\b")
_SITTING_NEGOTIATIONS: Final = rx.compile(
    r"\b(?:round\s+of|resum\w*|restart\w*|reopen\w*)\s+(?:[\w-]+\s+){0,2}negotiations\b"
    r"|\bnegotiations\b[^.;:]{0,80}?\b(?:resumed|restarted|started|began|begun|kicked\s+off|got\s+under\s*way|"
    r"picked\s+up|scheduled\s+to)\b", re.I)


def _sitting(text: str, lower: str, a: int, b: int) -> bool:
    """Talks or negotiations told as a sitting of them (a round, resumed, begun), not on the phone; trade or treaty
    talks resumed or begun stay the process unless a round of them is told."""
    if not lower[a:b].endswith(("talks", _NEGOTIATIONS)) or _REMOTE.search(text, a, b):
        return False
    if _A_ROUND_OF.search(lower, max(0, a - 50), a):
        return True
    return lower[a:b] in _SITTING_WORDS and (_ROUND_OF.search(lower, max(0, a - 50), a) is not None
                                             or _SITTING_AFTER.match(lower, b) is not None)


_A_ROUND_OF: Final = rx.compile(r"\bround\s+of\s+(?:[\w-]+\s+){0,2}$")
_SITTING_WORDS: Final = frozenset({"talks", "peace talks", _NEGOTIATIONS})


_POSSESSOR_OF: Final = rx.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}")  # "Trump's state visit": whose the meeting is
_PLACE_BETWEEN: Final = rx.compile(r"(?:\s+(?:to|in|of|for|with|at)\s+[\w.'’-]+(?:\s+[A-Z][\w.'’-]*){0,3})*\s*,?\s*")
# the date a meeting is set for, right before it: "scheduled for Sept. 4", "set to take place on Monday" (not a plan
# told as undone: "originally scheduled for May", "had been set for June")
_SCHEDULED_FOR: Final = rx.compile(
    r"(?<!originally\s)(?<!initially\s)(?<!first\s)(?<!been\s)(?<!was\s)(?<!were\s)"
    r"\b(?:scheduled|slated|set|planned|due|expected|penciled|pencilled|tentatively\s+set)\s+"
    r"(?:for|to\s+(?:take\s+place|be\s+held|open|begin|start)(?:\s+(?:on|in))?)\s+(?:(?:on|in|the)\s+)?$", re.I)
_AHEAD: Final = rx.compile(r"(?:later\s+this|next|coming|the\s+coming)\b", re.I)  # "later this year", "next month"
def _caption_day(m: Mention, spec: DateSpec) -> bool:
    """"A and B meet in Washington, November 7, 2022": a photo's caption, in the present of a full date, of a meeting
    held (told so where the article's own date is unknown, which a plan would otherwise bound)."""
    return m.kind == "verb" and m.trigger.lower() in ("meet", "meets") and spec.year is not None \
        and spec.month is not None and spec.day is not None


_LIST_GAP: Final = rx.compile(r"\s*(?:,|,?\s+and)\s+(?:(?:in|on)\s+)?")


def _dates_listed(r: _Reading, m: Mention, dated: list[Timex]) -> list[Timex]:
    """The months or days listed after a meeting told as many ("met twice this year in April and May"), each the
    date of one of them; none unless two or more are listed one after the other."""
    lo, hi = r.clause(m)
    s0 = m.sentence.start
    after = sorted((t for t in dated if m.end <= t.start and t.end <= hi and t.spec.month is not None),
                   key=lambda t: t.start)
    run: list[Timex] = []
    for t in after:
        if run and not _LIST_GAP.fullmatch(m.sentence.text, run[-1].end - s0, t.start - s0):
            break
        run.append(t)
    return run if len(run) >= 2 else []


def _months_listed(r: _Reading, m: Mention, dated: list[Timex]) -> list[Timex]:
    """The dates listed after a meeting verb, each of another month ("met in September 2013 and in March 2014"):
    one meeting on each; not the days of one meeting ("held talks on Monday and Tuesday")."""
    run = _dates_listed(r, m, dated)
    months = {(t.spec.year, t.spec.month) for t in run}
    return run if len(months) == len(run) and all(t.spec.weekday is None for t in run) else []


# another place a meeting verb's people met at: "had also met ... in Seoul in May, as well as in Bali, Indonesia"
_AS_WELL_IN: Final = rx.compile(r",?\s+(?:as\s+well\s+as|and\s+(?:also|again))\s+in\s+")


def _one_per_place(m: Mention, where: list[places.Place], dated: list[Timex]) -> list[Mention]:
    """"Park and Hayashi had also met ... in Seoul in May, as well as in Bali, Indonesia, for the G20 meeting": a held
    meeting verb with a second place of another country told after its own is a meeting there too, of the date told
    after that place, if any."""
    if m.kind != "verb" or m.status != "held" or m.place is None or m.each_date:
        return [m]
    s0 = m.sentence.start
    hit = _AS_WELL_IN.search(m.sentence.text, m.place.end - s0)
    there = next((w for w in where if hit and w.start == s0 + hit.end()), None)
    if hit is None or there is None or there.country in (None, m.place.country) or (
            m.timex is not None and m.timex.start > there.start):
        return [m]
    other = copy.copy(m)
    other.place, other.apart = there, True
    other.timex = next((t for t in dated if t.start > there.end), None)
    return [m, other]


def _one_per_date(m: Mention) -> list[Mention]:
    if not m.each_date:
        return [m]
    out = []
    for t in m.each_date:
        one = copy.copy(m)
        one.timex, one.each_date = t, []
        out.append(one)
    return out


_JOINED_BY: Final = rx.compile(r"\b(?:participation\s+of|joined\s+by|attended\s+by|together\s+with|along\s+with)\s+"
                              r"(?:the\s+)?(?:[\w.'’-]+\s+){0,6}?(?:and\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4})?$")
_WHO: Final = rx.compile(r"(?:who|which)\b")
_AND: Final = rx.compile(r",?\s+and\s+")
_BETWEEN: Final = rx.compile(r"\s*(?:[\w-]+\s+){0,3}?between\b")
_HE: Final = rx.compile(r"\b(?:he|she|his|her)\b")
_THEY: Final = rx.compile(r"\b(?:they|their|them)\b")


def _clause_people(r: _Reading, m: Mention, people: list[actors.Mention]) -> list[actors.Mention]:
    """The people of the meeting word's clause: the antecedent of "who met", the subject behind "he", not the
    source in "according to X"."""
    sent = r.sent
    lo, hi = r.clause(m)
    text = sent.text
    if _WHO.match(text, lo - sent.start):
        who = next((p for p in reversed(people) if 0 <= lo - p.end <= 3), None)
        if who is not None:  # "Kerry and Zarif, who met": both of them
            mate = next((p for p in reversed(people) if p.end <= who.start and _AND.fullmatch(
                text, p.end - sent.start, who.start - sent.start)), None)
            lo = (mate or who).start
    senders = _senders(text)
    inside = [p for p in people if lo <= p.start < hi and not _according_to(text, p.start - sent.start)
              and not _THEIR_STAFF.match(text, p.end - sent.start)
              and not _KIN_OF.search(text, max(0, p.start - sent.start - 60), p.start - sent.start)
              and not _TARGET_OF.search(text, max(0, p.start - sent.start - 60), p.start - sent.start)
              and not _absent_at(text, p.start - sent.start, p.end - sent.start)
              and not _took_office_then(text, p.start - sent.start, p.end - sent.start)
              and not any(a <= p.start - sent.start < b for a, b in senders)]
    fronted = _FRONTED.match(text)
    if fronted and m.start - sent.start >= fronted.end():  # "Before the meeting with Putin, Erdogan met Rouhani":
        inside = [p for p in inside if p.start - sent.start >= fronted.end()]  # that meeting's people are not his
    elif fronted and m.end - sent.start <= fronted.end():  # and the fronted meeting is of Putin and Erdogan
        after = [p for p in inside if p.start - sent.start >= fronted.end()]
        inside = [p for p in inside if p.start - sent.start < fronted.end()] + after[:1]
    inside = _held_by_clause(text, m, people, inside)
    speaker = patterns()["trailing_speaker"].search(text)
    if speaker and m.end - sent.start <= speaker.start() and not _FIRST_PERSON.search(text, 0, speaker.start()):
        inside = [p for p in inside if not speaker.start(1) <= p.start - sent.start < speaker.end(1)]  # the report's
        # source, told after what it reports of others: "A will meet B on Friday, Foreign Secretary C said"
    occasion = [p for p in inside if _OCCASION_OF.search(text, max(0, p.start - sent.start - 80), p.start - sent.start)]
    last = max((q.start for q in occasion), default=len(text) + sent.start)
    met_after = any(p.start >= max(m.end, last) for p in inside if p not in occasion)  # the one met told after
    if occasion and (len(inside) - len(occasion) >= 2 or met_after):  # "met Sola on the occasion of the inauguration
        inside = [p for p in inside if p not in occasion]  # of Lacalle Pou", "for the inauguration of Lasso, he met
        # with Abinader": another met; but "went to Jakarta for the inauguration of Susilo": met him
    between = _BETWEEN.match(text, m.end - sent.start)
    if between:  # "a final meeting between Obama and Netanyahu": just them
        at = sent.start + between.end()
        named = [p for p in inside if p.start >= at]
        joining = [p for p in named[2:]
                   if _JOINED_BY.search(text, max(0, p.start - sent.start - 100), p.start - sent.start)]
        inside = named[:2] + joining if len(named) >= 2 else inside  # "with the participation of Macron and Scholz"
    if inside and inside[-1].start >= m.end:  # "with A, B, and C": the list goes on past ", and"
        for p in (p for p in people if p.start >= hi):
            if not (_LIST_ON.fullmatch(text, inside[-1].end - sent.start, p.start - sent.start)
                    and _LIST_END.match(text, p.end - sent.start)) and not (
                    _WITH_EACH.match(text, m.end - sent.start)  # "met with A, of Japan, B, and with the President
                    and (_AND_WITH.fullmatch(text, inside[-1].end - sent.start, p.start - sent.start)  # of Indonesia,
                         or UNKNOWN_ITEM.fullmatch(text, inside[-1].end - sent.start, p.start - sent.start))
                    and _LAST_OF_LIST.match(text, p.end - sent.start)) and not (  # C.": each told "with"
                    (_WITH_EACH.match(text, m.end - sent.start) or m.trigger.lower().endswith(" with"))  # "held talks
                    # with the Prime Minister of Canada, A; the Prime Minister of India, B; and meeting with C."
                    and SEMI_ON.fullmatch(text, inside[-1].end - sent.start, p.start - sent.start)
                    and _ITEM_END.match(text, p.end - sent.start)):
                break
            inside.append(p)
    if not any(p.start < m.start for p in inside):
        scope = text[lo - sent.start:m.start - sent.start]
        if _TIME_OF.fullmatch(scope) and m.kind == "noun":  # "Chirac and Schroeder arm in arm after a summit
            inside[:0] = [p for p in people if p.start < lo][-2:]  # with Tony Blair": they were at it too
        elif _GERUND_AFTER.fullmatch(scope) and m.trigger.lower().endswith("ing"):
            before = [p for p in people if p.start < lo]  # "Trump and Xi agreed ... after meeting in Osaka":
            pair = before[:2] if len(before) > 1 and _AND_TITLED.fullmatch(text, before[0].end - sent.start,
                                                                          before[1].start - sent.start) else before[:1]
            inside[:0] = pair if not inside else before[:1]  # the subject of the sentence met
        elif inside and _AND_THEN.match(scope):  # "Blinken met Qin on Sunday, and on Monday held talks with Xi":
            inside[:0] = [p for p in people if p.start < lo][:1]  # the sentence's subject did this too
        elif _HE.search(scope):
            inside[:0] = [p for p in people if p.start < lo][:1]  # "Xi ..., where he may meet Kishida"
        elif inside and m.kind == "noun" and _WITH_NEXT.match(text, m.end - sent.start) and _SAID_THAT.search(
                text, 0, lo - sent.start + 5):
            inside[:0] = [p for p in people if p.start < lo][:1]  # "Blinken said that Monday's meeting with Xi"
        elif _THEY.search(scope):
            inside[:0] = [p for p in people if p.start < lo][:2]  # "A and B ..., since their meeting in Ufa"
    return inside


_FIRST_PERSON: Final = rx.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")  # the speaker's own meeting: "we met"


# "After Donald Trump became the US president, Moscow and Washington held two meetings": the subject of a clause
# of a time told by someone's taking office, not someone at the meeting
_WHEN_BEFORE: Final = rx.compile(r"\b(?:after|since|when|before|until|once)\s+(?:[\w.'’-]+\s+){0,4}$", re.I)
_TOOK_OFFICE_AFTER: Final = rx.compile(r"\s+(?:became|becomes|took\s+office|takes\s+office|assumed\s+(?:office|power)|"
                                       r"came\s+to\s+power|was\s+(?:sworn\s+in|elected|re-elected|inaugurated))\b")


def _took_office_then(text: str, start: int, end: int) -> bool:
    return bool(_TOOK_OFFICE_AFTER.match(text, end) and _WHEN_BEFORE.search(text, max(0, start - 40), start))


_LIST_ON: Final = rx.compile(r",\s+and\s+(?!with\b)(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}"  # ", and Japanese PM"
                              r"(?:of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+)?")
# (", and the Prime Minister of Lithuania, ": the name set off after its office)
_WITH_EACH: Final = rx.compile(r"\s+with\b")
# an item between two names of a list that names someone the people data does not know, with their office: ", with
# the Director General of the IMF (International Monetary Fund), Kristalina Georgieva, and with the Prime Minister of ",
# its name's capitals of any Latin script (", the chairman of the lower house, Viktorija Čmilytė-Nielsen, and ")
UNKNOWN_ITEM: Final = rx.compile(r",\s+(?:with\s+)?(?:[^\s,;.]+\s+){1,10}?[^\s,;.]+,\s+"
                                 rf"[{actors.UPPER}][\w.'’-]*(?:\s+[{actors.UPPER}][\w.'’-]*){{1,3}},\s+and\s+(?:with\s+)?"
                                 r"(?:[\w.'’-]+,?\s+){0,6}")
_AND_WITH: Final = rx.compile(r",\s+and\s+with\s+(?:(?:the|of|[A-Z][\w.'’-]*|\([^)]*\))\s+){0,8}?"
                              r"(?:[A-Z][\w.'’-]*,\s+)?")  # ", and with the President of Indonesia, "
# the next item of a list set off by semicolons, its office before the name: "; the secretary general of the UN (United
# Nations), ", "; Vietnam's Prime Minister ", "; and meeting with the president of the Union of Comoros, "
SEMI_ON: Final = rx.compile(r",?;\s+(?:and\s+)?(?:(?:a\s+)?(?:meeting|meetings|talks)\s+with\s+)?"
                             r"(?:[\w.'’()-]+,?\s+){0,8}?")
_ITEM_END: Final = rx.compile(r",?\s*(?:[.;]|$)|,?\s+(?:on|in|at|during)\b")
_LAST_OF_LIST: Final = rx.compile(r"\s*(?:[.;]|$)")
_LIST_END: Final = rx.compile(r"\s*(?:[.;]|,\s+(?:and\s+)?[A-Z]|$|\s+(?:on|in|at|during|for|to)\b)")  # no verb after


_FRONTED: Final = rx.compile(r"(?:Before|After|Following|Ahead\s+of|During)\s+(?:the|his|her|their|a|an)?\s*"
                             r"(?:[\w-]+\s+)?(?:meeting|meetings|talks|summit|visit|trip)\s+(?:with|of|by|to)\s+[^,]{1,80},"
                             r"\s*")  # "Ahead of the state visit of Prachanda to India, Mahat will travel ..."
_WITH_NEXT: Final = rx.compile(r"\s+with\s")
_SAID_THAT: Final = rx.compile(r"\b(?:said|says|told\s+\w+)\s+(?:\w+\s+){0,2}?that\s+$")
# between a date told after its subject and the meeting of the verb right after it: "Widodo Monday (11/14) held
# bilateral meetings", "Kenyatta on Monday held talks"
_SUBJECT_DATE_VERB: Final = rx.compile(r"\s*(?:\([\d/.\s]{1,12}\)\s*)?(?:(?:held|hosted|had|holds|hosts)\s+"
                                       r"(?:[\w-]+\s+){0,2})?")
_NEXT_CLAUSE: Final = rx.compile(r"(?:,\s*|\s)(?:and|then|and\s+then)\s+(?:(?:on|in|at)\s+)?$")
_AND_THEN: Final = rx.compile(r",?\s*(?:and|then|and\s+then)\s+(?:(?:on|in|at|later)\s+)?(?:[\w-]+\s+){0,2}$")
_AND_TITLED: Final = rx.compile(r",?\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,4}")  # "Trump and Chinese President Xi"
_GERUND_AFTER: Final = rx.compile(r"(?:after|before|while|when|since|following|upon)\s+", re.I)
_TIME_OF: Final = rx.compile(r"(?:after|before|during|following|ahead\s+of)\s+(?:(?:a|an|the|their|his|her)\s+|(?="
                             r"[\"“”']?[\w-]+[\"“”']?\s+$))(?:[\"“”']?[\w-]+[\"“”']?\s+)?", re.I)


# "Michel's office announced", "Kim's letter": the person's staff or words, not the person at a meeting
_THEIR_STAFF: Final = rx.compile(r"['’]s\s+(?:own\s+)?(?:office|spokes(?:man|woman|person)|letter|government|ministry|"
                                 r"administration|party|press|aides?|advisers?|advisors?|statement|remarks|wife|"
                                 r"husband|cabinet|team|envoy|camp|"
                                 # "sharing President Trump's perspective with the Prime Minister": his views, carried
                                 r"perspectives?|views?|vision|thinking|thoughts|stance|"
                                 # "driven by Trump's tariff agenda", "Bolsonaro's stormy rule": his doings, not him
                                 r"(?:[\w-]+\s+)?(?:tariffs?|agenda|polic(?:y|ies)|re-?election|election|victory|"
                                 r"inauguration|swearing-in|rule|presidency|invasion|regime|supporters|allies))\b")


# someone told as missing from the meeting: "took place in the absence of the President of Rwanda, Paul Kagame",
# "Kagame had skipped the summit held in Kampala"
_ABSENT_BEFORE: Final = rx.compile(r"\b(?:in\s+the\s+absence\s+of|without\s+the\s+presence\s+of)\s+"
                                   r"(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?(?:[\w'’.-]+,\s+)?$")
_ABSENT_AFTER: Final = rx.compile(
    r"(?:,[^,]{1,60},)?\s+(?:had\s+|has\s+|have\s+)?(?:skipped|skips|boycotted|boycotts|snubbed|snubs|"
    r"(?:was|were|is|are)\s+(?:absent|not\s+present)|stayed\s+away|(?:did|does|will)\s+not\s+attend|"
    r"failed\s+to\s+attend|declined\s+to\s+attend|pulled\s+out\s+of)\b")


def _absent_at(text: str, start: int, end: int) -> bool:
    return bool(_ABSENT_BEFORE.search(text, max(0, start - 60), start) or _ABSENT_AFTER.match(text, end))


def _absent(r: _Reading, m: Mention, people: list[actors.Mention]) -> list[actors.Mention]:
    """The people of the meeting word's clause told as missing from it."""
    lo, hi = r.clause(m)
    s0 = r.sent.start
    return [p for p in people if lo <= p.start < hi and _absent_at(r.sent.text, p.start - s0, p.end - s0)]


_KIN_OF: Final = rx.compile(  # "Mahinda Rajapaksa, elder brother of Sri Lankan President Gotabaya Rajapaksa,"
    r"\b(?:brother|sister|son|daughter|wife|husband|father|mother|widow|widower|nephew|niece|cousin|grandson|"
    r"granddaughter|grandfather|grandmother|uncle|aunt|son-in-law|daughter-in-law|successor|predecessor)\s+"
    r"(?:of|to)\s+(?:[\w'’.-]+\s+){0,4}$")


# the one a meeting is against or about, not at it: "talks on efforts to oust leftist strongman Nicolas Maduro"
_TARGET_OF: Final = rx.compile(
    r"\b(?:oust|ousting|topple|toppling|overthrow|overthrowing|unseat|unseating|isolate|isolating|pressure|"
    r"pressuring|sanction|sanctioning|condemn|condemning|regarding|concerning)\s+(?:[\w'’.-]+\s+){0,4}$")


# the one whose inauguration, funeral or wedding is the occasion, not someone at the meeting told beside it:
# "on the occasion of the inauguration of the Uruguayan president, Luis Lacalle Pou, upon hosting ... Sola"
_OCCASION_OF: Final = rx.compile(
    r"\b(?:inauguration|swearing[-\s]in|investiture|enthronement|coronation|funeral|burial|wedding|"
    r"memorial\s+service)\s+(?:ceremony\s+)?(?:of|for)\s+(?:[\w'’.-]+\s+){0,5}?(?:[\w'’.-]+,\s+)?$", re.I)


# a meeting named with a clause of who held it: "the meeting ... that Putin co-chaired with Premier Wen Jiabao"
_HELD_BY_CLAUSE: Final = rx.compile(r"\s+(?:that|which)\s+(?P<who>(?:[\w'’.-]+\s+){1,6}?)(?:co-?chaired|chaired|"
                                    r"co-?hosted|hosted|held|had|conducted)\s+(?:\w+\s+){0,2}?with\b")


def _held_by_clause(text: str, m: Mention, people: list[actors.Mention],
                    inside: list[actors.Mention]) -> list[actors.Mention]:
    """The people of a meeting noun whose relative clause tells who held it with whom, not the subject who spoke
    of it ("Xi praised the talks that Mishustin held with Li Qiang": Mishustin and Li)."""
    s0 = m.sentence.start
    held = _HELD_BY_CLAUSE.match(text, m.end - s0) if m.kind == "noun" else None
    if held is None:
        return inside
    hosts = [p for p in people if held.start("who") <= p.start - s0 < held.end("who")]
    guests = [p for p in people if 0 <= p.start - s0 - held.end() <= 40][:1]
    return hosts + guests if hosts and guests else inside


_SENT_FROM: Final = rx.compile(  # "conveyed cordial greetings from President Xi Jinping and Premier Li Qiang to"
    r"\b(?:greetings|message|messages|letter|regards|wishes|congratulations)\s+from\s+(?:(?!to\b)[^,;.:!?]){0,80}")
_SENT_BY: Final = rx.compile(  # "conveyed Chinese President Xi Jinping's cordial greetings to"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s\s+(?:[\w-]+\s+){0,2}"
    r"(?:greetings|message|messages|letter|regards|wishes|congratulations)\b")


def _senders(text: str) -> list[tuple[int, int]]:
    """Where a sentence names those who send greetings, a message, a letter through someone else: they are not
    at the meeting where it is handed over."""
    if not any(w in text for w in ("greetings", "message", "letter", "regards", "wishes", "congratulations")):
        return []
    return [x.span() for pat in (_SENT_FROM, _SENT_BY) for x in pat.finditer(text)]


def _according_to(text: str, at: int) -> bool:
    """"according to X": X is the source."""
    return text[max(0, at - 15):at].rstrip().endswith("according to")


def clause(sent: Sentence, m: Mention) -> tuple[int, int]:
    """The part of the sentence a meeting word speaks in: between the subordinators around it."""
    return m.clause or _clause(_bounds(sent), sent, m)


def _bounds(sent: Sentence) -> list[int]:
    """Where the clauses of the sentence begin and end, offsets into the article text: as the "boundary" regex
    finds them (a subordinator, ";", "—", ", and", ", but")."""
    text, n = sent.text, len(sent.text)
    found: set[int] = set()
    for at, end in patterns()["boundary_words"].occurrences(text):
        ch = text[at]
        if ch == ",":
            if _AND_BUT.match(text, at):
                found.add(at)
        elif ch in ";—" or not (at and is_word(text[at - 1]) or end < n and is_word(text[end])):
            found.add(at)
    for aside in _DASH_NAMES.finditer(text):  # "Freeland and two colleagues — Minister A and Minister B — travelled
        found -= {aside.start(), aside.end() - 1}  # to Mexico City": names set off by dashes, no clause of their own
    kicker = _EDITION_KICKER.match(text)
    if kicker:  # "BRICS Summit 2024: PM Modi, Xi Jinping To Hold Bilateral Meeting": the occasion's label, apart
        found.add(kicker.end() - 1)
    return [sent.start + at for at in sorted(found)]


_EDITION_KICKER: Final = rx.compile(r"\s*[A-Z][^:.;]{1,40}?\b(?:19|20)\d\d:(?=\s)")  # "G20 Summit 2023:", "ASEAN 2017:"


_AND_BUT: Final = rx.compile(r",\s+(?:and|but)\b")
# an aside of names and offices between two dashes: "— Trade Diversification Minister Jim Carr and Finance Minister
# Bill Morneau —"
_DASH_NAMES: Final = rx.compile(r"—\s*(?:(?:[A-Z][\w.'’-]*|and|of|for|the),?\s+){0,15}[A-Z][\w.'’-]*\s*—")


def _clause(bounds: Iterable[int], sent: Sentence, m: Mention) -> tuple[int, int]:
    lo, hi = sent.start, sent.end
    for at in bounds:
        if at < m.start and not (m.kind == "joint" and at > m.start - 60):
            lo = at
        elif at >= m.end:
            hi = at
            break
    return lo, hi


_CLOCK_ASIDE: Final = rx.compile(  # "at 4:15 pm (0015 GMT Thursday)": the same moment told in another zone
    r"\(\s*[^()]{0,20}?(?:\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?|hrs?|h)?\s*)?(?:GMT|UTC|[A-Z]{1,3}T|local\s+time)\b[^()]*$")


_TOOK_OFFICE: Final = rx.compile(
    r"\b(?:assuming|assumed|taking|took|taken|becoming|became|sworn\s+in|elected|re-elected|appointed)\s+"
    r"(?:over\s+)?(?:office|power|(?:(?:the|his|her|their)\s+)?(?:post|premiership|presidency)|(?:as\s+)?(?:the\s+)?"
    r"(?!(?:first|second|third|only|last|latest|next)\b)(?:[\w'’-]+\s+){0,2}"
    r"(?:president|prime\s+minister|premier|chancellor|foreign\s+minister|minister|leader|"
    r"head\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:state|government)))"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"  # "appointed as the 10th Prime Minister of Malaysia on"
    r"(?:\s+(?:for\s+the\s+\w+\s+time|again))?\s+(?:(?:in|on|last|this)\s+)?$"  # "took office last Friday"
    # "after his appointment as the 10th Prime Minister of Malaysia on Nov 24", "since her election as president in"
    r"|\b(?:appointment|election|re-election|elevation|accession)\s+(?:as|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:president|prime\s+minister|premier|chancellor|foreign\s+minister|minister|leader|throne|presidency|"
    r"premiership)(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:in|on|last|this)\s+$"
    # "since his inauguration on January 7, 2025", "after her swearing-in in May"
    r"|\b(?:inauguration|swearing[-\s]in|investiture)\s+(?:ceremony\s+)?(?:in|on|last|this)\s+$"
    r"|\bsworn\s+in\s+(?:(?:in|on)\s+)?$"  # "since being sworn in last month"
    r"|\b(?:came|come|comes|coming)\s+to\s+power\s+(?:(?:in|on)\s+)?$"  # "which came to power last May"
    r"|\b(?:took|taken|taking|takes)\s+(?:the\s+|his\s+|her\s+)?oath(?:\s+of\s+office)?\s+(?:(?:in|on)\s+)?$"
    r"|\b(?:formed|forming|form|forms)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:new\s+)?(?:government|cabinet)"
    r"(?:\s+(?:in|of)\s+[A-Z][\w ]{2,30}?)?\s+(?:(?:in|on)\s+)?$", re.I)


# "during his present term as Prime Minister, which began in February 2009", "a month after the start of his
# tenure in late October": the day a term began
_TERM_BEGAN: Final = rx.compile(
    r"\b(?:term|tenure|mandate|presidency|premiership)\b(?:\s+(?:in\s+office|as\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?"
    r"(?:president|prime\s+minister|premier|chancellor|minister|leader)))?,?\s+(?:which|that)\s+(?:began|started|"
    r"begun|commenced)\s+(?:in|on|last|this)\s+$"
    r"|\b(?:start|beginning|outset)\s+of\s+(?:his|her|their|the)\s+(?:[\w'’-]+\s+)?(?:term|tenure|mandate|"
    r"presidency|premiership)\s+(?:in|on|last|this)\s+$", re.I)


def _took_office(text: str, at: int) -> bool:
    """"the first bilateral visit after assuming office in December 2022", "since taking office for the third time
    in December of last year", "after becoming the prime minister in July 2021", "his present term ..., which began in
    February 2009": the day someone took office, not a meeting's."""
    return (_TOOK_OFFICE.search(text, max(0, at - 90), at) is not None
            or _TERM_BEGAN.search(text, max(0, at - 120), at) is not None)


def day_took_office(sent: Sentence, t: Timex) -> bool:
    """The day of `t` is the day someone took office ("after Oreskovic took office last Friday"): no meeting's day,
    nor the day the opening of the article tells of its meeting."""
    return _took_office(sent.text, t.start - sent.start)


_ANNIVERSARY_IN: Final = rx.compile(r"\banniversar(?:y|ies)\b[^,;:()“”\"]{0,90}?\b(?:in|of)\s+$", re.I)
_MARKS_ANNIVERSARY: Final = rx.compile(  # "as the year 2005 marks the 40th anniversary of ...": the year is its subject
    r"\s+(?:also\s+|will\s+|would\s+)?(?:marks?|marked|marking|celebrates?|commemorates?|is|was)\s+"
    r"(?:also\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?anniversar(?:y|ies)\b", re.I)
_YEAR_SPAN: Final = rx.compile(r"\s*[-–—]\s*(?:19|20)\d{2}\b")
_YEAR_SPAN_WORDS: Final = rx.compile(r"\s+(?:and|to|until|till)\s+(?:19|20)\d{2}\b")
_YEAR_SPAN_FROM: Final = rx.compile(r"\b(?:between|from)\s+$", re.I)
_YEAR_SPAN_START: Final = rx.compile(
    r"\b(?:19|20)\d{2}\s*[-–—]\s*$|\b(?:between|from)\s+(?:19|20)\d{2}\s+(?:and|to|until|till)\s+$", re.I)


def _anniversary_year(sent: Sentence, t: Timex) -> bool:
    """"set to celebrate the 10th anniversary of the establishment of this partnership in 2023", "as the year 2005
    marks the 40th anniversary": the year of the anniversary, not of a meeting told in the sentence (a day, "on
    Friday", may still be the meeting's)."""
    if t.spec.day is not None or t.spec.weekday is not None or t.spec.year is None:
        return False
    at = t.start - sent.start
    return (_ANNIVERSARY_IN.search(sent.text, max(0, at - 120), at) is not None
            or _MARKS_ANNIVERSARY.match(sent.text, t.end - sent.start) is not None)


_DOCUMENT_BEFORE: Final = rx.compile(  # "the 2006 Lombok Treaty", "Iran's tattered 2015 nuclear deal"
    r"(?:\b(?:the|its|their|our|his|her|this|that)|[\w.-]['’]s?)\s+(?:[a-z][\w-]*\s+)?$", re.I)
# the kinds of document a date can name or be the date of (_DOCUMENT_AFTER, _DOCUMENT_DATED)
_DOCUMENTS: Final = (r"[Tt]reaty|[Aa]greement|[Aa]ccord|[Dd]eclaration|[Cc]onvention|[Pp]rotocol|[Cc]harter|"
                     r"[Mm]emorandum|[Pp]act|[Cc]onsensus|[Rr]esolution|[Dd]eal")
_DOCUMENT_AFTER: Final = rx.compile(
    rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_DOCUMENTS}|[Cc]ommuniqu[ée]|[Jj]oint\s+[Ss]tatement)(?![\w-])")


# a date naming an event of violence or a vote told after it: "the 7 October attack", "the March 2022 invasion"
_THE_BEFORE: Final = rx.compile(r"\bthe\s+$", re.I)
_EVENT_NAMED: Final = rx.compile(r"\s+(?:(?:terror|terrorist|deadly|cross-border|Hamas|missile|suicide)\s+)?"
                                 r"(?:attacks?|massacres?|bombings?|coup|elections?|earthquake|invasion|offensive|"
                                 r"raids?|incursion|uprising|floods?|shooting)\b", re.I)


def _event_named_by_date(sent: Sentence, t: Timex) -> bool:
    """"met families of people killed in the 7 October attack": the date names another event, not the meeting's."""
    at, end = t.start - sent.start, t.end - sent.start
    the = sent.text[at:end].lower().startswith("the ") or _THE_BEFORE.search(sent.text, max(0, at - 5), at)
    return bool(the) and _EVENT_NAMED.match(sent.text, end) is not None


def _document_year(sent: Sentence, t: Timex) -> bool:
    """"Guided by the principles of the 2006 Lombok Treaty, Ministers met": the year that names a treaty, an
    agreement or a declaration, not the date of a meeting told in the sentence."""
    if t.spec.year is None or t.spec.month is not None or t.spec.day is not None:
        return False
    at, end = t.start - sent.start, t.end - sent.start
    return (_DOCUMENT_BEFORE.search(sent.text, max(0, at - 30), at) is not None
            and _DOCUMENT_AFTER.match(sent.text, end) is not None)


# a document and the participle that dates it: "the Action Plan agreed in February", "the accord signed on Monday"
_DOCUMENT_DATED: Final = rx.compile(
    rf"\b(?:{_DOCUMENTS}|[Pp]lan|MoU|[Rr]oadmap|[Ss]trategy|[Pp]rogramme|[Pp]rogram)s?\s+"
    r"(?:(?:that|which)\s+(?:was|were)\s+)?(?:agreed|signed|adopted|concluded|approved|inked|ratified)\s+"
    r"(?:(?:up)?on\s+|in\s+)?$")


def _document_dated(sent: Sentence, t: Timex) -> bool:
    """"assessed the Action Plan agreed in February of this year": the date of a document told by its participle,
    not of the meeting the sentence tells of."""
    at = t.start - sent.start
    return _DOCUMENT_DATED.search(sent.text, max(0, at - 80), at) is not None


def _year_span(sent: Sentence, t: Timex) -> bool:
    """"the Strategic Partnership Action Plan 2019-2023": the first year of a period (a plan's, a term's), not a
    meeting's date."""
    at, end = t.start - sent.start, t.end - sent.start
    if t.spec.year is None or t.spec.month is not None or t.spec.day is not None:
        return False
    return (_YEAR_SPAN.match(sent.text, end) is not None
            or (_YEAR_SPAN_WORDS.match(sent.text, end) is not None
                and _YEAR_SPAN_FROM.search(sent.text, max(0, at - 10), at) is not None)
            or _YEAR_SPAN_START.search(sent.text, max(0, at - 22), at) is not None)


def _clock_aside(text: str, at: int) -> bool:
    """Whether a date stands in a parenthesis that tells a time in another zone."""
    return "(" in text and _CLOCK_ASIDE.search(text, max(0, at - 40), at) is not None


# the verbs of a decision, a proposal or an acceptance: their day is not that of the meeting decided on
_DECISION_VERBS: Final = (r"(?:agreed|decided|resolved|pledged|vowed|promised|undertook"
                          r"|proposed|accepted|offered|suggested)")
_DECIDED: Final = rx.compile(r"\s+(?:(?!and\b|but\b)[a-z]+\s+)?" + _DECISION_VERBS
                            + r"\b")  # (not "met in June 2005 and agreed to ...": the meeting's month)


HISTORY_YEARS = 100  # a date this many years before the article's is history, no meeting of the people it names


def _history(t: Timex, anchor: date | None) -> bool:
    """"PM Desalegn's visit, which coincided with the period the Ethiopian people defeated Italian imperialists
    March 2nd 1898": a date of a century before the article is no day of a meeting of people living now."""
    return anchor is not None and t.spec.year is not None and t.spec.year < anchor.year - HISTORY_YEARS


def _decided(sent: Sentence, t: Timex, dated: list[Timex]) -> bool:
    """"the ministers Friday agreed to broker a summit in April": the day of a decision, when the meeting decided on
    has a date of its own after it."""
    return bool(_DECIDED.match(sent.text, t.end - sent.start)) and any(o.start > t.end for o in dated)


_DECIDED_ON: Final = rx.compile(r"\b" + _DECISION_VERBS + r"\s+(?:on\s+)?$")
_MEET_VERBS: Final = r"(?:hold|meet|visit|convene|host|arrange|organi[sz]e|have)\b"
# "agreed yesterday to a request from his Thai counterpart to meet", "accepted on Monday an invitation to visit"
_REQUEST: Final = (r"(?:an?|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}(?:request|invitation|proposal|offer)\b"
                   r"[^.;]{0,100}?")
_TO_MEET: Final = rx.compile(r",?\s+(?:to\s+(?:" + _REQUEST + r"\bto\s+)?|" + _REQUEST + r"\bto\s+)" + _MEET_VERBS)


def _decided_on(sent: Sentence, t: Timex) -> bool:
    """"Roh agreed on Thursday to hold summit talks with Abe": the day of the decision, not of the meeting it
    decides on."""
    at, end = t.start - sent.start, t.end - sent.start
    return (bool(_DECIDED_ON.search(sent.text, max(0, at - 20), at)) and bool(_TO_MEET.match(sent.text, end))) or (
        bool(_APPEALED_ON.search(sent.text, max(0, at - 110), at)) and bool(_TO_VERB.match(sent.text, end)))


def day_decided(sent: Sentence, t: Timex) -> bool:
    """The day of `t` is that of a decision or an appeal to meet ("agreed on Thursday to hold talks", "urged them on
    Monday to hold peace talks"): no meeting's day, nor the day the lede tells of the article's meeting."""
    return _decided_on(sent, t)


# an appeal's day: "called on the army and the RSF on Sunday to agree on a ceasefire" at the talks
_APPEALED_ON: Final = rx.compile(r"\b(?:called\s+on|calls\s+on|urged|urges|pressed|presses|appealed\s+to|appeals\s+to)"
                                 r"\s+(?:[\w'’().-]+\s+){0,12}?(?:on\s+)?$")
_TO_VERB: Final = rx.compile(r",?\s+to\s+[a-z]{2,}\b")


_OPENS_WITH: Final = rx.compile(r"\W*(?:(?:On|Late|Early|Later|Earlier)\s+(?:on\s+)?)?", re.I)
_FRONTED_DAY: Final = rx.compile(r"\W*(?:[Oo]n|[Ll]ate|[Ee]arly|[Ll]ater)?\s*(?:on\s+)?")  # the date opens the sentence
_SPEAKER_SAID: Final = rx.compile(  # ", President Museveni said", ", the Rwandan leader told reporters"
    r",\s+(?:(?!(?:and|but|or|who|which|that|after|before|met|meets|held|holds|visited|hosted|received|will|would)"
    r"\b)[\w.'’-]+\s+){1,6}?(?:said|says|told|stated|noted|revealed|disclosed|recalled|confirmed)\b")
_ANNOUNCED_ON: Final = rx.compile(r"\b(?:(?:announcement|statement|press\s+release)\s+"
                                  r"|(?:remarks|comments)\s+(?:made\s+)?(?:to\s+(?:the\s+)?(?:press|media|reporters)\s+)?)"
                                  r"(?:on\s+)?$", re.I)  # ("remarks made to the press on Monday by Sanders")
_ANNOUNCES_AFTER: Final = rx.compile(
    r",?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:will\s+|would\s+|is\s+to\s+)?(?:make|made|makes|issue|issued|"
    r"issues)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:announcement|statement)\b", re.I)


_THAT: Final = rx.compile(r"\bthat\s")


def statement_date(sent: Sentence, t: Timex) -> bool:
    """"Kono said Monday", "Tass reported Sunday", "Sunday papers reported", "Morgulov on Thursday mentioned": the
    date of a statement or a report, not of a meeting; not "said Tuesday that Monday's meeting", a date that is
    the possessor of what follows."""
    if sent.text.startswith(("'s ", "’s "), t.end - sent.start):
        return False
    folded, blind = case_blind(sent.text[max(0, t.start - sent.start - 40):t.start - sent.start])
    said = blind["reporting"].search(folded)
    if (said and not _THAT.search(said.group(0))) or patterns()["reported_by"].match(sent.text, t.end - sent.start):
        return True  # not "announced that in March he will hold a meeting": a date of what was said
    if _OPENS_WITH.fullmatch(sent.text, 0, t.start - sent.start) and patterns()["reported_after_comma"].match(
            sent.text, t.end - sent.start):
        return True  # "On August 2, the Kremlin press service reported that ...": the day of the report
    at, end = t.start - sent.start, t.end - sent.start
    if _TOLD_PRESS.search(sent.text, max(0, at - 80), at):
        return True  # "Peskov told the official Russian news agency on Thursday TASS that in the meeting ..."
    if _ANNOUNCED_ON.search(sent.text, max(0, at - 40), at) or _ANNOUNCES_AFTER.match(sent.text, end):
        return True  # "making a formal announcement on Saturday", "On Saturday, the ministry will make a statement"
    if _FRONTED_DAY.fullmatch(sent.text, 0, at) and _SPEAKER_SAID.match(sent.text, end):
        return True  # "On Tuesday, President Museveni said he'd met President Kagame": the day he spoke
    return bool(patterns()["speaker_then"].search(sent.text[max(0, t.start - sent.start - 80):t.start - sent.start]))


_TOLD_PRESS: Final = rx.compile(
    r"\b(?:told|tells|briefed|informed)\s+(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){0,3}(?:news\s+agency|agency|reporters|"
    r"journalists|media|press|newspaper|daily|television|TV|radio|channel|broadcaster|outlet|parliament|lawmakers)"
    r"\s+(?:on\s+)?$", re.I)


def _welcomes_someone(text: str, end: int, named_at: set[int] | frozenset[int]) -> bool:
    """"welcomed Orban", "will welcome his Hungarian counterpart Katalin Novak", "was welcomed by President
    Museveni": a guest verb with the person named right after it (not "welcomed Putin's proposal"); in the passive,
    after the day and the place ("Xi was welcomed on Thursday to the royal palace in Riyadh by Crown Prince
    Mohammed bin Salman")."""
    passive = _PASSIVE_BEFORE.search(text, max(0, end - 40), end) is not None
    return any(end < at <= end + 60 and _GUEST.fullmatch(text, end, at) and not _POSSESSIVE.match(text, at)
               or passive and end < at <= end + 120 and (by := _AGENT_AFTER.match(text, end)) is not None
               and by.end() <= at and _GUEST.fullmatch(text, by.end() - 1, at) and not _POSSESSIVE.match(text, at)
               and not _AIRFIELD.search(by[0])
               for at in named_at)


_PASSIVE_BEFORE: Final = rx.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?\w+$")
_AGENT_AFTER: Final = rx.compile(r"(?:\s+(?:on|in|at|to|into|inside)\b[^.;:!?()\"“”]{1,80}?)?\s+by\s")
# a welcome on arrival is protocol, no meeting: "was welcomed on the tarmac by the foreign minister", "at the airport"
_AIRFIELD: Final = rx.compile(r"\b(?:airport|tarmac|airfield|air\s?base|aerodrome|runway)\b", re.I)


_GUEST: Final = rx.compile(r"\s+(?:by\s+)?(?:(?:his|her|their|the|visiting)\s+)?"
                           r"(?:[A-Z][\w.'’-]*,?\s+|counterparts?,?\s+){0,5}"
                           # "welcomed the Portuguese Defense minister, José Azeredo Lopes": an office in lower case
                           r"(?:(?:(?:foreign|defen[cs]e|prime|deputy)\s+)?(?:minister|president|premier|secretary|"
                           r"chancellor|envoy|king|emir)(?:\s+(?:of|for)(?:\s+[A-Z][\w.'’-]*){1,3})?,\s+)?")
_POSSESSIVE: Final = rx.compile(r"[\w.-]+(?:\s+[A-Z][\w.-]*){0,3}['’]s?\b")


# what stands between a verb and the call it takes: "received, Tuesday, a telephone call", "held a phone call"
_RECEIVED_THING: Final = rx.compile(r"(?:,[^,]{1,30},)?\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}")


_CALL_ON_WORDS: Final = frozenset({"called on", "calls on", "call on", "calling on", "called upon", "calls upon",
                                     "call upon", "calling upon", "paid a courtesy call on",
                                     "pays a courtesy call on", "paid a call on"})
# "called on Putin to end the war"; not "called on Hasina to discuss ties" (a visit's aim)
_URGED_TO: Final = rx.compile(  # (not "called on X and discussed ways to boost trade": the aim of another verb)
    r"(?:(?!\band\s+(?:also\s+)?(?:[a-z]+ed|held|met|had|took|paid)\b)[^.;:]){0,40}?\bto\s+(?!(?:discuss|review|exchange|hold|brief|convey|deliver|present|pay|seek|explore)\b)[a-z]+")


def _calls_on_someone(text: str, end: int, named_at: set[int] | frozenset[int]) -> bool:
    """"Jaishankar called on Prime Minister Sheikh Hasina": a visit to someone named right after the verb with
    their office; not "called on President Putin to withdraw" (urged), nor "called on the international community"."""
    for at in named_at:
        if end < at <= end + 60 and (_SEE_TITLED.fullmatch(text, end, at) or _GUEST.fullmatch(text, end, at)) \
                and not _POSSESSIVE.match(text, at):
            name_end = text.find(" ", at + 1)
            rest = text[name_end:] if name_end > 0 else ""
            return not _URGED_TO.match(rest)
    return False


_SEE_WORDS: Final = frozenset({"see", "sees", "saw"})
# what is met that is no one: "meet Hamas' demands", "met all the criteria", "meeting the needs of refugees"
_MEET_A_THING: Final = rx.compile(
    r"\s+(?:(?:the|their|its|his|her|our|your|all|these|those|such|any|some|both)\s+){0,2}(?:[\w.'’-]+\s+){0,2}?"
    r"(?:demands?|conditions?|expectations?|targets?|needs|requirements?|criteria|criterion|deadlines?|obligations?|"
    r"standards?|goals?|commitments?|challenges?|costs?|thresholds?|quotas?|benchmarks?|terms|preconditions?|"
    r"requests?|objectives?)(?![\w-])", re.I)
_SEE_TITLED: Final = rx.compile(  # (also "the acting Afghan Prime Minister, Mullah ...", "the Prime Minister of
    r"\s+(?:(?:his|her|their|the)\s+)?(?:(?:acting|interim|caretaker|visiting|new)\s+)?"  # Bangladesh, Sheikh Hasina")
    r"(?:[A-Z][\w.'’-]*\s+){0,2}(?:President|Prime\s+Minister|Chancellor|Premier|"
    r"King|Queen|Emir|Crown\s+Prince|Foreign\s+(?:Minister|Secretary)|Secretary\s+of\s+State|counterpart)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)?,?\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}")


def _sees_an_office_holder(text: str, end: int, named_at: set[int] | frozenset[int]) -> bool:
    """"will see President Recep Tayyip Erdogan", "saw his Turkish counterpart Cavusoglu": a meeting with someone
    named right after the verb with their office."""
    return any(end < at <= end + 60 and _SEE_TITLED.fullmatch(text, end, at) for at in named_at)


def _talks_with_someone(text: str, end: int, named_at: set[int] | frozenset[int]) -> bool:
    """"talks with Kim", "talks with Russian President Vladimir Putin": talks with a person the text names."""
    return any(end < at <= end + 80 and _WITH_NAME.fullmatch(text, end, at) for at in named_at)


_HOST_SAID: Final = rx.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|told|added|noted|stressed)\b")
_MEET_WORDS: Final = frozenset({"met", "meet", "meets", "meeting"})
_THE_PRESS: Final = rx.compile(r"\s+(?:with\s+)?(?:the\s+)?(?:press|media|reporters|journalists|newsmen|correspondents)"
                               r"(?![\w-])(?!\s+(?:secretary|secretaries|officer|aide|attach))")
_TITLE_SLOT: Final = rx.compile(r"(?:^|[,;(—–]\s*|\b(?:summit|meeting|talks|conference)\s+)$")


def _triggers(sent: Sentence, words: _Words, blocked: list[tuple[int, int]],
              named_at: set[int] | frozenset[int] = frozenset()) -> list[Mention]:
    text, lower, blind = sent.text, words.text, words.blind
    out: list[Mention] = []
    taken: set[int] = set()
    for kind in ("noun", "verb"):
        for m in words.matches(blind[kind]):
            s, e = m.span()
            if s in taken or any(s < b and a < e for a, b in blocked):
                continue
            word = text[s:e].lower()
            if kind == "verb" and word in _guest_verbs() and not _welcomes_someone(text, e, named_at):
                continue
            if kind == "verb" and word in _conversation_verbs() and not _spoke_face_to_face(text, e, named_at):
                continue  # "spoke with his counterpart Li Keqiang", not "spoke with X by phone", "spoke with reporters"
            if kind == "verb" and word in _call_prone_verbs() and not _FACE_TO_FACE.search(text):
                continue  # "spoke with President Trump" (a readout of a call) unless a place or an occasion is told
            if kind == "verb" and any(e <= a <= e + 60 and _RECEIVED_THING.fullmatch(text, e, a)
                                      and _REMOTE.search(text, a, b) for a, b in blocked):
                continue  # "Bourita received, Tuesday, a telephone call from Lavrov": a call, no one met
            if kind == "verb" and word in _CALL_ON_WORDS and not _calls_on_someone(text, e, named_at):
                continue  # "called on President Hasina at her hotel", not "called on Russia to withdraw"
            if kind == "verb" and word in _MEET_WORDS and _MEET_A_THING.match(text, e):
                continue  # "refusal to meet Hamas' demands", "must meet the conditions set by the EU": no one met
            if kind == "verb" and word in _SEE_WORDS and not _sees_an_office_holder(text, e, named_at):
                continue  # "she will see President Erdogan", not "saw Putin as a threat"
            if word in ("host", "hosts") and _HOST_SAID.match(text, e) and _TITLE_SLOT.search(text, 0, s):
                continue  # "..., host Frank-Walter Steinmeier said": the host's title, no meeting told
            if word in LEG_WORDS and not (_TOUR_PLACE if word == "tour" else _LEG_PLACE).match(text, e):
                continue
            if _JOIN_REMOTELY_BEFORE.search(text, max(0, s - 30), s) and _REMOTELY.match(text, e):
                continue  # "Sharaa will join the talks via video link": a screen at the talks told, no meeting
            if (kind == "verb" or word == "talks" or word in _DISCUSSION_WORDS) and _BY_PHONE_AFTER.match(text, e):
                continue  # "held talks with U.S. President Donald Trump by phone": a call, no one met
            if word in _MEET_WORDS and _THE_PRESS.match(text, e):
                continue  # "the two presidents met with the press after the talks": reporters told, no one met
            if word in VISIT_WORDS and _tour_stop(text, e, named_at):
                continue  # "visited the war memorial", "headed to Dubai to interact with the Indian community"
            if kind == "noun" and blind["gathering"].search(lower[max(0, s - 80):s]):
                taken.add(s)  # ("meeting" is a verb too)
                continue  # "the Indo-US CEOs Forum had its second meeting": business people gathered, no one met
            if kind == "noun" and word in _DISCUSSION_WORDS and not _discussion_held(words, s, e, named_at):
                continue  # "held a candid discussion", "the discussion between A and B"; not "the discussion focused"
            held = False
            if kind == "noun" and word == "talks" and not blind["qualifier"].search(lower[max(0, s - 40):s]):
                held = (_HELD.search(lower, max(0, s - 50), s) is not None and not _COUNT.search(
                    lower[max(0, s - 30):s])) or bool(_HELD_AFTER.match(lower, e))
                # "held their first face-to-face talks", "talks were held"; not "held three talks"
                if not (held or _between_countries(text, s) or _TALKS_BETWEEN.match(text, e)
                        or _sitting(text, lower, s, e)
                        or _talks_with_someone(text, e, named_at) or _TALKS_AT.match(text, e)
                        or _after_their_talks(lower, s, named_at) or _DAYS_TALKS.search(lower, max(0, s - 30), s)
                        or _TALKS_BEFORE.search(lower, max(0, s - 40), s)):
                    continue
            kind_here = "verb" if held or kind == "noun" and word in ("meeting", "visit", "visits") and _verb_use(
                text, s) else kind
            taken.add(s)
            out.append(Mention(sent, sent.start + s, sent.start + e, text[s:e], kind_here))
    return sorted(out, key=lambda x: x.start)


_DISCUSSION_WORDS: Final = frozenset({"discussion", "discussions"})
# "held a candid and constructive discussion", "had an in-depth discussion", "engaged in a series of bilateral
# discussions" (not "has been under discussion", "have come up for discussion")
_DISCUSSION_HELD: Final = rx.compile(r"\b(?:held|hold|holds|holding|had|have|has|having|engaged\s+in|engage\s+in|"
                                     r"engages\s+in|engaging\s+in)\s+(?:(?:a|an)\s+)?(?:(?!(?:been|under|come|came|up|"
                                     r"for|to|in|on|into|about)\b)[\w,'’-]+\s+){0,4}$")

_UNDER_DISCUSSION: Final = rx.compile(r"\b(?:under|for|of)\s+$")


def _discussion_held(words: _Words, s: int, e: int, named_at: set[int] | frozenset[int]) -> bool:
    """A discussion someone held ("held a bilateral discussion with Modi"; not "held a telephonic discussion"), held
    ("discussions were held"), or told with the two it was between or the one it was with; not a discussion a meeting
    verb already tells ("held discussions with")."""
    text, lower = words.sent_text, words.text
    if any(a <= s < b for a, b in (x.span() for x in words.matches(words.blind["verb"]))):
        return False
    if _UNDER_DISCUSSION.search(lower, max(0, s - 12), s):
        return False  # "the issue has been under discussion between A and B": a matter, no meeting
    held = _DISCUSSION_HELD.search(lower, max(0, s - 70), s)
    if held is not None and _CALL_WORDS.search(text, held.start(), s):
        return False
    return held is not None or _HELD_AFTER.match(lower, e) is not None or _TALKS_BETWEEN.match(text, e) is not None \
        or _talks_with_someone(text, e, named_at)


# the call a verb's clause tells after the one it speaks with: "held talks with President Trump by phone"
_BY_PHONE_AFTER: Final = rx.compile(r"(?:[^.;,:]|\.(?=\w|\s+[A-Z])){0,70}?\s(?:by|over|on|via)\s+(?:the\s+|a\s+)?"
                                    r"(?:tele)?phone\b(?!\s+(?:call|calls|conversation|talks)\b)", re.I)
_JOIN_REMOTELY_BEFORE: Final = rx.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the|these|those|their)\s+(?:[\w-]+\s+)?$", re.I)
_REMOTELY: Final = rx.compile(r"\s+(?:via|by|through|over)\s+(?:a\s+)?(?:video|videoconference|video-conference|"
                              r"teleconference|videolink|video-link)\b|\s+(?:virtually|remotely|online)\b", re.I)


# a stop of a tour that is no meeting: a site seen ("visited Wahat Al Karama, the UAE martyr's war memorial",
# "visited the Yasukuni shrine") or the diaspora met ("headed to Dubai to interact with the Indian community")
_SIGHT: Final = rx.compile(
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+,\s+(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:[Ww]ar\s+[Mm]emorial|[Mm]emorial|[Mm]useum|[Tt]emple|[Mm]osque|[Cc]athedral|[Cc]hurch|[Ss]hrine|"
    r"[Mm]ausoleum|[Cc]emetery|[Mm]onument|[Tt]omb|[Pp]agoda|[Gg]urdwara)s?(?![\w-])")
# a university or a company's works toured, named right after the visit word: "visit the Vilnius University",
# "visited the Toyota factory", "visited the Head Office of the Security Agency" (not "visit Japan and address students
# at Tokyo University")
_WORKS: Final = rx.compile(r"\s+(?:the\s+)?(?:(?!(?:and|or|to|at|in|on|with|for)\b)[\w'’.-]+\s+){0,3}?"
                           r"(?:[Uu]niversit(?:y|ies)|[Ff]actor(?:y|ies)|[Pp]lants?|[Cc]ampus(?:es)?|[Cc]ollege|"
                           r"[Hh]ead\s+[Oo]ffices?)"
                           r"(?![\w-])")
_DIASPORA: Final = rx.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}?(?:on\s+\w+\s+|today\s+|tomorrow\s+)?to\s+"
    r"(?:interact\s+with|address|meet|meet\s+with|engage\s+with|connect\s+with|greet|speak\s+to)\s+"
    r"(?:the\s+|members\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:community|diaspora)(?![\w-])")
# a private trip: "travelling to Houston (United States) for tests", "flew to Bavaria for a holiday"
_PRIVATE_TRIP: Final = rx.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*,?\s+(?:\([^()]{1,40}\)\s+)?"
    r"(?:(?:on|this|last|next)\s+\w+\s+)?for\s+(?:a\s+|an\s+|his\s+|her\s+)?(?:routine\s+|medical\s+)?"
    r"(?:tests|treatment|medical\s+treatment|check-?ups?|surgery|an\s+operation|vacation|holidays?|rest)(?![\w-])")
_TOUR_STOP_REACH: Final = 100


def _tour_stop(text: str, at: int, named_at: set[int] | frozenset[int]) -> bool:
    """A visit to a site, to the diaspora or for a private purpose (tests, a holiday), with no one named right after
    the visit word to meet there."""
    hit = (_SIGHT.match(text, at) or _WORKS.match(text, at) or _DIASPORA.match(text, at)
           or _PRIVATE_TRIP.match(text, at))
    return hit is not None and not any(at <= p < at + _TOUR_STOP_REACH for p in named_at)


_AFTER_TALKS: Final = rx.compile(r"\b(?:after|following|during|at\s+the\s+end\s+of)\s+"
                                  r"(?:their\s+|the\s+|two\s+days\s+of\s+)?"
                                  r"(?:[\"“”']?[a-z-]+[\"“”']?\s+){0,2}$")


def _after_their_talks(lower: str, at: int, named_at: set[int] | frozenset[int]) -> bool:
    """"Bush and Blair spent a second day at Camp David after "productive" talks on missile defense": talks after
    which the two people the sentence names first did something are theirs."""
    return sum(1 for p in named_at if p < at) >= 2 and _AFTER_TALKS.search(lower, max(0, at - 40), at) is not None


_DAYS_TALKS: Final = rx.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)['’]s\s+"
                                 r"(?:[a-z-]+\s+)?$")  # "Friday's talks": talks the reader knows of


# "Talks at Hyderabad House ... on", and without "on" before a weekday as US outlets write: "talks at Camp David
# Saturday"
_TALKS_AT: Final = rx.compile(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}?(?:,?\s+in\s+"
                              r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)?,?\s+(?:on\s+|"
                              r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")


# "held their first face-to-face talks", "will hold wide-ranging talks": talks someone holds (the words between
# are no meeting words of their own)
_HELD: Final = rx.compile(r"\b(?:held|hold|holds|holding)\s+(?:[\w'’-]+\s+){1,3}$")


# "Talks between Prime Minister A and President B", "talks between Lula and Fernandez": between those named
_TALKS_BETWEEN: Final = rx.compile(r"\s+between\s+[A-Z]")
# "The meeting followed talks last Friday in Moscow", "came as a continuation of talks held in January": the talks
# before, a sitting of their own
_TALKS_BEFORE: Final = rx.compile(r"\b(?:followed|follows|continuation\s+of|follow-?up\s+(?:to|of|on))\s+"
                                  r"(?:(?:the|their)\s+)?(?:previous\s+|earlier\s+|prior\s+)?$")
# titles before the name: "talks with Russian President Vladimir Putin", "with his Ukrainian counterpart Yanukovych"
# "talks with Kim", "talks with the Zimbabwean leader, Robert Mugabe" (an office in lower case, then a comma)
_WITH_NAME: Final = rx.compile(r"\s+with\s+(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w.'’-]*\s+|counterparts?,?\s+){0,5}"
                               r"(?:(?:(?:foreign|defen[cs]e|prime|deputy)\s+)?(?:minister|president|premier|"
                               r"secretary|chancellor|envoy|king|emir|leader)(?:\s+(?:of|for)(?:\s+[A-Z][\w.'’-]*)"
                               r"{1,3})?,\s+)?")
_HELD_AFTER: Final = rx.compile(r"\s+(?:(?:were|was|are|is|will\s+be|have\s+been|had\s+been)\s+held|took\s+place|"
                                r"(?:will|would|to)\s+take\s+place|(?:have|has|had)\s+taken\s+place)\b")
_PAIR_BEFORE: Final = rx.compile(r"(?<![\w.-])([A-Z][\w.'’]*(?:[-–/][A-Z][\w.'’]*)+)\s+(?:[\w-]+\s+){0,2}$")


@lru_cache(maxsize=1)
def _guest_verbs() -> frozenset[str]:
    return frozenset(load().words["guest_verbs"])


@lru_cache(maxsize=1)
def _conversation_verbs() -> frozenset[str]:
    return frozenset(load().words["conversation_verbs"])


def _spoke_face_to_face(text: str, end: int, named_at: set[int] | frozenset[int]) -> bool:
    """"spoke with his Chinese counterpart Li Keqiang": a conversation with someone named right after the verb, in a
    sentence that tells no call ("spoke with Li on the phone", "in a phone call", "by video link")."""
    return (_welcomes_someone(text, end, named_at) or _sees_an_office_holder(text, end, named_at)) \
        and not _CALL_WORDS.search(text)


@lru_cache(maxsize=1)
def _call_prone_verbs() -> frozenset[str]:
    return frozenset(load().words["call_prone_verbs"])


# where or at what a conversation was held: "in Beijing", "at the Kremlin", "on the sidelines of", "during his visit"
_FACE_TO_FACE: Final = rx.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]|\b(?:sidelines?|margins?|visit|visits|visiting|"
                                  r"summit|trip|tour|arrived|arrival|in\s+person|face[\s-]to[\s-]face|met|meeting|"
                                  r"talks|hosted|received|welcomed)\b")


_CALL_WORDS: Final = rx.compile(r"\b(?:(?:tele)?phon\w*|call|calls|video\w*|virtual\w*|teleconferenc\w*|online|"
                                r"remotely|zoom|webinar)\b", re.I)


def _between_countries(text: str, at: int) -> tuple[str, ...]:
    """The countries a compound right before a meeting word says meet ("U.S.-China talks", "the Japan-Russia
    summit", "a Japan-China foreign ministerial meeting"); none for "the Japan-China relationship"."""
    m = _PAIR_BEFORE.search(text, max(0, at - 60), at) if "-" in text or "–" in text or "/" in text else None
    if m and places.region_before(text, m.start(1)):
        m = None  # "the Latin America-European Union Summit": a region's compound, not "America" and the EU
    pair = places.paired(m.group(1)) if m else ()
    if m and not pair and (more := _NAME_ON.match(text, m.end(1))):  # "the Russian-North Korean strategic dialogue"
        pair = places.paired(m.group(1) + more.group(0))
    if not pair and "-" in text and (w := _PAIR_WORD.search(text, max(0, at - 60), at)):
        pair = tuple(load().words["pair_words"][w.group(1)])  # "the third inter-Korean summit", "cross-Strait talks"
    return pair


_NAME_ON: Final = rx.compile(r"\s[A-Z][\w.'’]*")
_PAIR_WORD: Final = rx.compile(r"(?<![\w-])([Ii]nter-Korean|[Cc]ross-[Ss]trait)\s+(?:[\w-]+\s+){0,2}$")


def pair_before(m: Mention) -> tuple[str, ...]:
    return _between_countries(m.sentence.text, m.start - m.sentence.start)


def _verb_use(text: str, at: int) -> bool:
    before = text[max(0, at - 12):at].lower().split()
    return bool(before) and before[-1] in ("to", "will", "would", "'ll", "and", "not", "also")


_REMOTE: Final = rx.compile(r"phone|call|video|virtual|letter|message|online|remote", re.I)


def _joint_action(sent: Sentence, people: list[actors.Mention]) -> list[Mention]:
    """"A and B entrusted ... in December": two leaders acting together imply that they met."""
    if len(people) < 2:
        return []
    for m in at_word_start(patterns()["joint"], sent.text):
        at = sent.start + m.start()
        before = [x for x in people if x.end <= at]
        if len(before) < 2 or len({x.country for x in before[-2:]}) < 2 or at - before[-1].end > 20:
            continue
        between = sent.text[before[-2].end - sent.start:before[-1].start - sent.start]
        if " and " not in f" {between} " or len(between) > 40:
            continue
        return [Mention(sent, at, at + len(m.group(0)), m.group(0), "joint")]
    return []


# "Tileuberdi had discussed bilateral cooperation ... with Kamilov", "Lavrov is discussing bilateral relations with the
# Norwegian Prime Minister", "had talks with": one person talking a matter over with someone of another country;
# "Najjar signed a memorandum of understanding ... with his Iraqi counterpart, Abdul Qader Jassim": signed together
_DISCUSSED: Final = rx.compile(r"\b(?:discussed|discussing|exchanged\s+views|exchanging\s+views|had\s+(?:a\s+)?"
                               r"discussions?|had\s+(?:[\w-]+\s+)?talks|signed)\b")
_SUBJECT_GAP: Final = rx.compile(r"(?:,[^,]{0,60},)?\s+(?:(?:has|have|had|is|was|were|are|also|then|later|earlier|"
                                 r"today|yesterday|reportedly)\s+){0,3}$")  # "Lavrov is", "Tileuberdi, who ..., had"
_WITH_WHOM: Final = rx.compile(r"[^.;:!?\"“”]{0,110}?\bwith\s+"
                               r"(?:(?:the|his|her|their|visiting|[A-Z][\w'’.-]*,?|counterparts?,)\s+){0,5}$")


def _discussed_with(sent: Sentence, people: list[actors.Mention]) -> list[Mention]:
    """"A discussed X with B": A and B, of two countries, met (not by phone, letter or video, told apart)."""
    text = sent.text
    for m in _DISCUSSED.finditer(text):
        at, end = sent.start + m.start(), sent.start + m.end()
        subject = [p for p in people if p.end <= at and _SUBJECT_GAP.fullmatch(text, p.end - sent.start, m.start())]
        other = next((p for p in people if p.start >= end
                      and _WITH_WHOM.fullmatch(text, m.end(), p.start - sent.start)), None)
        if not subject or other is None or None in (subject[-1].country, other.country) \
                or subject[-1].country == other.country or _REMOTE.search(text):
            continue
        return [Mention(sent, at, end, m.group(0), "verb")]
    return []


_BILATERAL_BEFORE: Final = rx.compile(r"\bbilateral\s+$", re.I)
_WITH_AFTER: Final = rx.compile(r"[^.;:]{0,60}?\bwith\b")


def _round_of_bilaterals(m: Mention, text: str, rel: int) -> bool:
    """"has held 11 bilateral meetings with his counterparts, including Iran, Bulgaria and Turkey": a count of the
    meetings of a round whose guests it lists, one meeting each (meetings._bilaterals), not many meetings untold."""
    end = rel + len(m.trigger)
    if m.kind != "noun" or not m.trigger.lower().endswith("s") or not _BILATERAL_BEFORE.search(text, 0, rel):
        return False
    if not _WITH_AFTER.match(text, end):
        return False
    guests = {p.person for p in m.people if p.start >= m.end}
    return len(guests) + len(places.countries_in(text[end:])) >= 2


_ROUNDS_AFTER: Final = rx.compile(r"\s+(?:more\s+than\s+one|multiple|several|many|numerous|\d+|two|three|four|five|six)"
                                  r"\s+(?:[\w-]+\s+)?rounds?\s+of\b")
_COUNT: Final = rx.compile(r"(?<![+\w])(?<!of\s)(?:\d+|two|three|four|five|several|many|numerous)\s+(?:[\w-]+\s+)?$")
_DEFINITE: Final = rx.compile(r"\b(?:the|their|that|this|his|her)\s+(?:[\w-]+\s+){0,3}$"  # and "Friday's meeting":
                              r"|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)['’]s\s+(?:[\w-]+\s+){0,2}$",
                              re.I)  # a meeting the reader knows of, dated
# an office told as the subject of a meeting verb: "The Prime Minister also met", "the External Affairs Minister met"
_OFFICE_THE: Final = rx.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?i:Prime\s+Minister|President|Chancellor|Premier|"
                                r"Foreign\s+(?:Minister|Secretary)|External\s+Affairs\s+Minister|"
                                r"Secretary(?:\s+of\s+State)?|Minister)\s+(?:(?-i:[a-z]+)\s+){0,2}$")
# "the Spanish FM met with ...", "the two ministers held talks": "the" of the verb's subject, no meeting told before
_SUBJECT_BEFORE_VERB: Final = rx.compile(r"\b(?:the|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:FM|PM|minister|ministers|"
                                        r"president|presidents|premier|leader|leaders|king|emir|chancellor|"
                                        r"secretary|officials?|sides?|delegations?|envoys?)\s+$", re.I)
# "began the day holding back-to-back bilaterals", "spent the week with talks": "the" is the time's, not the meeting's
# "I believe your visit will further promote ...", said to the guest during the visit: the visit under way (not "your
# visit next year", "your visit to Beijing in June")
_YOUR_VISIT: Final = rx.compile(r"\byour\s+(?:current\s+|present\s+|ongoing\s+|official\s+|state\s+)?$", re.I)
_VISIT_AHEAD: Final = rx.compile(r"(?:\s+to\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+"
                                 r"(?:next|later|in\s+[A-Z]|on\s+[A-Z]|this\s+(?:coming|autumn|fall|spring|summer|winter))")
_TIME_NP_BEFORE: Final = rx.compile(r"\b(?:the|that|this)\s+(?:day|week|weekend|morning|afternoon|evening)\s+"
                                    r"(?:(?!(?:the|that|this|their|his|her)\b)[\w-]+\s+){1,2}$", re.I)
# (not "the day before the summit": the summit is "the" one)
_POINTED: Final = rx.compile(  # "regarding this visit", "at that meeting" (not "agreed that talks", "this week's")
    r"(?:\bth(?:is|ese)|\b(?:at|during|in|on|of|for|after|before|regarding|about|from|since)\s+th(?:at|ose))\s+"
    r"(?!(?:week|year|month|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b)"  # "President Buhari this Tuesday granted audience to ..."
    r"(?:[\w-]+\s+){0,2}$", re.I)


_AT_ALL_LEVELS: Final = rx.compile(r"\s+(?:at|on)\s+(?:all|every|various|different|the\s+highest\s+and\s+other)\s+"
                                   r"levels?\b", re.I)


def _read_words(m: Mention, r: _Reading, timexes: list[Timex], found: list[Mention]) -> None:
    sent, text = r.sent, r.text
    rel = m.start - sent.start
    prev = max((o.end - sent.start for o in found if o.end <= m.start), default=0)
    nxt = min((o.start - sent.start for o in found if o.start >= m.end), default=len(text))
    window = (max(0, rel - 70, prev, r.clause(m)[0] - sent.start), min(rel + len(m.trigger) + 25, nxt))
    m.level = _own_level(m.trigger) or _level_in(r, *window)
    if m.level is None and _JOINT_BODY.fullmatch(m.trigger):
        m.level = "ministerial"  # a sitting of two governments' joint commission, its co-chairs' ranks untold
    before = text[max(0, rel - 30):rel]
    # "24 summit talks", "three meetings": many events; "the two leaders met" counts the people, not meetings
    count = _COUNT.search(before) if m.kind == "noun" else None
    in_date = count is not None and any(t.start <= sent.start + max(0, rel - 30) + count.start() < t.end
                                        for t in timexes)
    m.vague = count is not None and not in_date and not _round_of_bilaterals(m, text, rel)
    if m.kind == "verb" and _TIMES.match(r.lower, rel + len(m.trigger)):
        m.vague = True  # "has met Erdogan three times", "met twice this year": many meetings, not one
    if m.kind == "verb" and _ROUNDS_AFTER.match(r.lower, rel + len(m.trigger)):
        m.vague = True  # "Iraq has hosted more than one round of talks between Iran and Saudi Arabia": rounds
    if m.kind == "verb" and _FIRST_MET.search(r.lower, max(0, rel - 90), rel):
        m.vague = True  # "Motegi, the first foreign minister that Marsudi has met this year": a count of those met
    named = _PAIR_NAME_BEFORE.search(r.text, max(0, rel - 60), rel)  # "regular Japan-Republic of Korea Summit
    reach = named.start() if named else rel  # meetings": the words before the pair's name, which tells no time
    near = r.folded[max(0, reach - 30):rel]
    near = near[max((x.end() for x in _INDEFINITE.finditer(near)), default=0):]  # "each nation and a meeting"
    m.generic = bool(r.blind["vague"].search(near)) or bool(
        m.kind == "verb" and _WISHED.search(r.lower, max(0, rel - 40), rel))  # "hoped to meet each other whenever"
    if m.trigger.lower() in _PLURAL_NOUNS and _AHEAD_BEFORE.search(r.folded, max(0, rel - 30), rel):
        m.generic = True  # "upcoming meetings between our presidents": meetings to come, none of them one
    if m.kind == "verb" and _OFTEN_AFTER.match(r.folded, rel + len(m.trigger)):
        m.generic = True  # "agreed to visit each other more frequently": visits to come, none of them one
    lo, end = max(0, rel - 50, window[0]), rel + len(m.trigger)
    m.cancelled = _told(r, "cancel", lo, rel, end)
    if _NEGATED.search(r.lower, max(0, rel - 60), rel) or _NOT_AT.search(r.lower, max(0, rel - 60), rel):
        m.vague = True  # "will not hold a meeting", "have never met": no meeting is told here
    if m.kind == "verb" and _MANY_COUNTRIES.match(r.lower, rel + len(m.trigger)):
        m.vague = True  # "was going to visit several countries including the United States": a tour, not one visit
    # ("will visit Belgium and France from October 19 to 24": a tour, its meetings told apart: meetings.drop_tours)
    m.tour = m.trigger.lower() in VISIT_WORDS | TOUR_NOUNS and _countries_listed(text, rel + len(m.trigger))
    if (many := _WITH_MANY.match(r.lower, rel + len(m.trigger))) and not _LISTED_AFTER.match(r.lower, many.end()):
        m.vague = True  # "bilateral meetings with several leaders": many meetings, not one (unless it lists them)
    if m.kind == "noun" and _NEGATED_AFTER.match(r.folded, rel + len(m.trigger)):
        m.vague = True  # "a meeting between the two officials was unlikely to take place": no meeting is told here
    if _with_business_only(m, r, rel + len(m.trigger)):
        m.vague = True  # "Li will meet more business leaders at a dinner": no officials of another side
    if _denied(r.lower, rel):
        m.vague = True  # "denied reports that Medvedev will meet Kim": a meeting others told of, denied
    if m.kind == "noun" and _AT_ALL_LEVELS.match(text, rel + len(m.trigger)):
        m.vague = True  # "exchanges and meetings at all levels": meetings of every kind, not one
    if m.kind == "noun" and _TOUR_OF.search(text, max(0, rel - 25), rel):
        m.vague = True  # "her three-nation visit to Algeria, Mauritania and Malawi": a tour, not one meeting
    if m.kind == "verb" and m.trigger.lower() in _RECEPTION_VERBS and _AT_ARRIVAL.search(text):
        m.vague = True  # "who were received at the airport by the vice president": a welcome on arrival, no talks
    if _told(r, "postpone", lo, rel, end) or _plan_undone(r, rel, end, "postpone"):
        m.vague = True  # "postponed the trip": the trip told of here is not the one that took place
    elif _plan_undone(r, rel, end, "cancel"):
        m.cancelled = True
    m.definite = bool(_DEFINITE.search(before)) and not _TIME_NP_BEFORE.search(before) and not (
        m.kind == "verb" and (_OFFICE_THE.search(before) or _SUBJECT_BEFORE_VERB.search(before)))  # "The Prime
    # Minister also met", "the Spanish FM met", "the two leaders met": the subject's "the", no meeting told before
    m.pointed = bool(_POINTED.search(before) or (m.kind == "noun" and _YOUR_VISIT.search(before)
                                                 and not _VISIT_AHEAD.match(r.text, rel + len(m.trigger)))
                     or (_IT_WAS.search(before) and _SINCE_AFTER.match(text, rel)))
    m.series = r.series
    _read_status(m, r, rel)


# meetings to come, told in the plural: "for upcoming meetings between our presidents", "the coming visits"
_PLURAL_NOUNS: Final = frozenset({"meetings", "summits", "visits", "consultations"})
_AHEAD_BEFORE: Final = rx.compile(r"\b(?:upcoming|forthcoming|coming|future)\s+(?:[\w-]+\s+)?$")
# how often, right after a meeting verb and its object: "to visit each other more frequently", "meet regularly",
# "to hold talks every year"
_OFTEN_AFTER: Final = rx.compile(r"(?:\s+[\w'-]+){0,4}?\s+(?:more\s+|less\s+)?(?:frequently|regularly|often|annually|"
                                 r"every\s+(?:year|month|week|six\s+months)|each\s+year|on\s+a\s+regular\s+basis|"
                                 r"from\s+time\s+to\s+time)\b")


# a meeting told only as a wish, no event unless a date says which: "They also hoped to meet each other whenever
# their schedules permitted", "would like to visit", "look for an opportunity to meet"
_WISHED: Final = rx.compile(r"\b(?:hoped|hopes|hope|hoping|wished|wishes|wish|wanted|wants|want|would\s+like|"
                            r"['’]d\s+like|opportunity|chance)\s+to\s+$")


# "It was the first face-to-face meeting of the two ministers since ...": the meeting just told, not another one
_IT_WAS: Final = rx.compile(r"(?:^|[.;]\s+|\b(?:and|but)\s+)(?:it|this|that)\s+(?:was|is|marked|marks|became|"
                            r"will\s+be)\s+(?:the|their|its|a|an)\s+(?:[\w-]+\s+){0,3}$", re.I)
_SINCE_AFTER: Final = rx.compile(r"[^.;]{0,120}?\bsince\b", re.I)
# "..., marking the highest-level encounter since the start of the war": the meeting told before in the sentence
_MARKING: Final = rx.compile(r",\s+(?:marking|making\s+it|in\s+what\s+(?:was|is|were|would\s+be))\s+"
                             r"(?:the|their|its|a|an)\s+(?:[\w-]+\s+){0,3}$")


# what a press conference, statement or call that is no meeting speaks of ("a press conference on their visit")
_TOPIC_OF: Final = rx.compile(
    r"\s+(?:on|about|regarding|over)\s+(?:the|their|his|her|its|this|that)\s+(?:[\w-]+\s+){0,2}", re.I)
_RECEPTION_VERBS: Final = frozenset({"received", "welcomed", "greeted", "receives", "welcomes", "greets"})
_AT_ARRIVAL: Final = rx.compile(r"\b(?:at\s+the\s+(?:[\w-]+\s+){0,3}airport|airport\b|air\s+(?:force\s+)?base\b|"
                                r"upon\s+(?:his|her|their)?\s*"
                                r"arrival|on\s+(?:his|her|their)\s+arrival|arrived\s+accompanied|at\s+the\s+(?:foot|bottom)"
                                r"\s+of\s+the\s+(?:plane|aircraft|steps))", re.I)
_INDEFINITE: Final = rx.compile(r"\b(?:a|an)\s+")
_TOUR_OF: Final = rx.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|multi|\d+)[- ](?:nation|country|"
                             r"countries|nations|state|leg)\s+(?:[\w-]+\s+)?$", re.I)
_NEGATED: Final = rx.compile(  # "will not hold a bilateral meeting", "has no plans to meet", "ruled out talks"
    r"\b(?:(?:will|would|did|does|do|shall|could|can|have|has|had)\s+not|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t"
    r"|don['’]t|haven['’]t|hasn['’]t|hadn['’]t"
    r"|can['’]t|cannot|never|(?:is|are|was|were)\s+not\s+(?:expected|scheduled|planned|going|set)\s+to"
    r"|no\s+(?:plans?|intention)\s+(?:to|for)|not\s+to|refused\s+to|declined\s+to|rul(?:ed|es|ing)\s+out"
    r"|without)\s+"  # "ended the summit without meeting Zelensky", "left without holding talks"
    r"(?:(?:hold|meet|attend|visit|have|travel|go|sit|seek|schedule|plan|join|host|see|holding|having|seeing)\s+)?"
    r"(?:(?:a|an|any|the|his|her|their|bilateral|formal|separate|one-on-one|face-to-face|direct)\s+){0,2}$")


# a denial of what others told ("denying published reports that", "refuted Kiev's claims that", "denied it had sent
# invitations to ... to meet", "denied Putin's plans to meet", "had no information about a meeting between")
_DENIAL: Final = rx.compile(
    r"\b(?:(?<!was\s)(?<!were\s)(?<!been\s)den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|"
    r"reject(?:s|ed|ing)?|rebuff(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:media\s+|press\s+|published\s+)?"
    r"(?:reports?|claims?|rumou?rs?|speculation|allegations?)|(?:it|they)\s+had\s+(?:sent|extended)\s+"
    r"invitations?|(?:sending|having\s+sent|extending)\s+invitations?|invit(?:ing|ed)|plans?\s+to)\b"
    r"|\b(?:had|has|have)\s+no\s+information\s+(?:about|on|regarding)\b")
# the countries of a tour listed after its word: "visit Belgium and France", "travel to Italy and India", "visit to
# Afghanistan, Pakistan and India" (not "visit India and Prime Minister Modi", "visited Japan and met Abe")
TOUR_NOUNS: Final = frozenset({"visit", "visits", "trip", "tour"})
_COUNTRY_ITEM = r"(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}"
_COUNTRY_LIST: Final = rx.compile(rf"\s+(?:(?:to|of)\s+)?(?P<first>{_COUNTRY_ITEM})"
                                  rf"(?P<mid>(?:\s*,\s*{_COUNTRY_ITEM})*),?\s+and\s+(?P<last>{_COUNTRY_ITEM})\b")


def _countries_listed(text: str, at: int) -> bool:
    """Whether two countries or more are listed right after a visit word, every item a country."""
    hit = _COUNTRY_LIST.match(text, at)
    if hit is None:
        return False
    items = [hit.group("first"), *(x.strip() for x in hit.group("mid").split(",") if x.strip()), hit.group("last")]
    return all(places.is_country(x) for x in items)


_MANY_COUNTRIES: Final = rx.compile(r"\s+(?:several|many|various|numerous|a\s+number\s+of|\w+\s+other)\s+"
                                    r"(?:countries|nations|capitals|states)\b")
_LAUNCHED_BEFORE: Final = rx.compile(r"\b(?:launched|founded|established|created|set\s+up|formed)\s+(?:in|on)\s+$",
                                     re.I)
_WHEN_AFTER: Final = rx.compile(r",?\s+(?:when|as|at|during)\b")
_DECLINED_AFTER: Final = rx.compile(r"\s+(?:declined|refused|decline|refuse|declines|refuses)\s+to\s+"
                                    r"(?:comment|confirm|say|elaborate)\b")
_REMOTE_BETWEEN: Final = rx.compile(r"\b(?:video\s*conference|video-conference|video\s+link|videolink|"
                                    r"teleconference|phone\s+call|telephone\s+call)\b", re.I)
_WITH_MANY: Final = rx.compile(r"\s+with\s+(?:several|many|various|numerous|a\s+number\s+of|a\s+host\s+of|dozens\s+of|"
                               r"other)\s+(?:[a-z-]+\s+){0,2}?(?:leaders|counterparts|heads|dignitaries|presidents|"
                               r"ministers|delegations|officials)\b")
_LISTED_AFTER: Final = rx.compile(r",?\s+(?:including|among\s+them|namely)\s")  # "several of his counterparts,
# including A, B and C": the many are listed, each a meeting
_INCLUDING: Final = rx.compile(r"[^.;]{0,60}?,?\s+including\s+")
# one item of an official list set off by semicolons: "HE Mr. Mourad Medelci, Foreign Minister of Algeria; HE Mr "
_SEMI_LISTED: Final = rx.compile(r"(?:,\s+[^;,.()]{1,60})?;\s+(?:and\s+)?(?:[\w.-]+\s+){0,4}")
_ITEM_LISTED: Final = rx.compile(r"(?:,\s*|,?\s+and\s+)(?:[\w.-]+\s+){0,4}")  # "A, B and C"
_LIST_START: Final = rx.compile(r"[^;]{0,80}(?:;[^;]{0,80}){0,2}")  # the first item may be no one the data knows
# the last item's office ("Maxime Bernier, Foreign Minister of Canada"), and the items set off by semicolons after the
# last one the data knows ("...; HE Mr. Dmitrj Rupel, Foreign Minister of Slovenia"): a courtesy's period is no end
_LIST_TAIL: Final = rx.compile(r"(?:[^.;]|(?<=\b(?:Mr|Ms|Dr))\.)*"
                               r"(?:;\s+(?:[^.;]|(?<=\b(?:Mr|Ms|Dr))\.){1,120}(?=[.;]|$))*")


def including_at(m: Mention) -> int | None:
    """Where the list of a round of meetings begins: "bilateral meetings with several of his counterparts, including
    A, ...": the offset after "including", or None."""
    said = _INCLUDING.match(m.sentence.text, m.end - m.sentence.start)
    return None if said is None else m.sentence.start + said.end()


def including_list(sent: Sentence, people: list[actors.Mention], at: int) -> tuple[int, list[actors.Mention]]:
    """The people a round's "including" lists (items set off by commas or semicolons, each with its office:
    "including A, Foreign Minister of X; B, Foreign Minister of Y; and C"), and where the list ends."""
    text, s0 = sent.text, sent.start
    after: list[actors.Mention] = []
    for p in (p for p in people if p.start >= at):
        if after and not (_ITEM_LISTED.fullmatch(text, after[-1].end - s0, p.start - s0)
                          or _SEMI_LISTED.fullmatch(text, after[-1].end - s0, p.start - s0)):
            break
        if not after and not _LIST_START.fullmatch(text, at - s0, p.start - s0):
            break
        after.append(p)
    end = after[-1].end if after else at
    tail = _LIST_TAIL.match(text, end - s0)
    return (s0 + tail.end() if tail else end), after


_CLAUSE_BREAK: Final = rx.compile(r"[;,]|\bbut\s")  # "Putin, who denied the claims, met Xi": not what he denied


def _denied(lower: str, rel: int) -> bool:
    """A meeting word in what a denial speaks of, in the same clause, within about 25 words after it."""
    lo = max(0, rel - 170)
    return any(not _CLAUSE_BREAK.search(lower, d.end(), rel) for d in _DENIAL.finditer(lower, lo, rel))


# after a meeting noun and what it is of: "a meeting between the two officials was unlikely to take place", "the
# summit will not go ahead", "talks with Kim would not be held"; not how it will be held ("the talks will not be held
# in public": a meeting all the same)
_NEGATED_AFTER: Final = rx.compile(
    r"(?:\s+(?:between|of|with)\s+[^,;()]{0,100}?)?\s+(?:(?:is|was|were|are|seemed|seems|looked|looks|appeared|appears)"
    r"\s+(?:highly\s+|very\s+|increasingly\s+)?unlikely\s+to|(?:(?:will|would|could|did|does|do|shall|is|was|were|are)"
    r"\s+not|won't|wouldn't|didn't|isn't|wasn't|aren't|weren't)(?:\s+(?:expected|likely|going|due|set|scheduled)\s+to)?)"
    r"\s+(?:take\s+place|happen|go\s+ahead|be\s+held|materiali[sz]e)\b"
    r"(?!\s+(?:in\s+public|publicly|in\s+the\s+open|behind\s+closed\s+doors)\b)")
# the name of a pair's meeting right before its word ("Japan-Republic of Korea Summit", "the India-US 2+2"): the
# words before it say whether it is one meeting
_PAIR_NAME_BEFORE: Final = rx.compile(r"[A-Z][\w'.]*(?:(?:\s+of\s+|\s+|-)[A-Z][\w'.]*)*-[A-Z][\w'.]*"
                                      r"(?:(?:\s+of\s+|\s+|-)[A-Z][\w'.]*)*\s+$")
# the people met are business people alone: "will meet more business leaders", "a meeting with top executives",
# "met New Zealand government and business leaders"
_BUSINESS_AFTER: Final = rx.compile(
    r"\s+(?:with\s+)?(?:(?:some|more|other|top|leading|senior|prominent|local|key|the|a|group|number|of|several|"
    r"dozens|scores|government|political|and|[A-Z][\w'.-]*)\s+){0,4}?(?:business(?:\s+|-)(?:leaders|people|persons|men|"
    r"women|executives|community|figures|heads|chiefs|representatives)|businessmen|businesspeople|businesswomen|"
    r"executives|CEOs|chief\s+executives|investors|entrepreneurs|industrialists|industry\s+(?:leaders|captains|"
    r"chiefs|representatives))\b")


def _with_business_only(m: Mention, r: _Reading, at: int) -> bool:
    """Whether the ones a meeting word is with are business people, no one named between or listed with them ("met
    Luxon and business leaders", "met business leaders and Luxon": a meeting with Luxon)."""
    hit = _BUSINESS_AFTER.match(r.text, at)
    s0 = r.sent.start
    return hit is not None and not any(at <= p.start - s0 < hit.end() or _LISTED_WITH_THEM.fullmatch(
        r.text, hit.end(), p.start - s0) for p in m.people)


# someone named right after the business people, in the same list: "met Japanese business leaders and Prime Minister
# Shinzo Abe", "met executives as well as Australian Prime Minister Anthony Albanese"
_LISTED_WITH_THEM: Final = rx.compile(r",?\s+(?:and|as\s+well\s+as|along\s+with)\s+(?:(?:the|his|her|their|"
                                      r"[A-Z][\w.'’-]*)\s+){0,5}")


_NOT_AT: Final = rx.compile(  # "Tusk, who was not at the breakfast meeting": no meeting of his
    r"\b(?:(?:was|were|is|are)\s+not|wasn['’]t|weren['’]t)\s+(?:at|present\s+at|part\s+of|invited\s+to)\s+"
    r"(?:[\w-]+\s+){0,3}$")


_PAST_PLAN: Final = rx.compile(
    r"\b(?:had|were|was)\s+(?:(?:originally|initially|first|also)\s+)?(?:planned|scheduled|due|set|expected|"
    r"hoped|intended|meant|supposed|been\s+(?:planned|scheduled|due|set|expected|supposed))\s+to\s+(?:hold\s+|have\s+)?"
    r"(?:[\w-]+\s+){0,2}$|\b(?:was|were)\s+to\s+have\s+(?:held\s+)?(?:[\w-]+\s+){0,2}$")


def _plan_undone(r: _Reading, rel: int, end: int, kind: str) -> bool:
    """"Chirac and Schröder had planned to meet on September 6 to discuss the summit, but the talks were
    postponed": a plan told in the past perfect, undone later in its sentence (a clause after "but"), is no meeting
    that took place, nor one still to come."""
    if not r.has(kind) or not _PAST_PLAN.search(r.lower, max(0, rel - 45), rel):
        return False
    but = _BUT_LATER.search(r.lower, end)
    return but is not None and r.blind[kind].search(r.folded, but.end()) is not None


_BUT_LATER: Final = rx.compile(r"[,;]?\s+(?:but|only\s+for|before)\s+")


def _told(r: _Reading, kind: str, lo: int, at: int, end: int) -> bool:
    """Whether a word of `kind` ("cancel", "postpone") stands in folded[lo:at] before the meeting word, or is said
    of it right after its end ("the summit was called off")."""
    return r.has(kind) and bool(r.blind[kind].search(r.folded, lo, at) or r.blind[kind + "_after"].match(r.folded, end))


def _own_level(trigger: str) -> str | None:
    """"summit", "summoned": the meeting word says its level itself."""
    word = trigger.lower()
    if word.isascii():  # then re.I matches it to a level word just when it is one
        return patterns()["own_level"].get(word)
    levels = patterns()["i"]["levels"]
    return next((lv for lv in OWN_LEVELS if levels[lv].fullmatch(word)), None)


_LED_BY: Final = rx.compile(r"(?<=delegation)\s+(?:led|headed)\s+by\b|(?<=delegations)\s+(?:led|headed)\s+by\b",
                            re.I)
_MINISTER_LEADS_A: Final = rx.compile(r"\b(?:minister|secretary\s+of\s+state|premier|chancellor)\b[^.;:]{0,50}?\s"
                                      r"(?:led|leading|leads|headed|heading|heads)\s+(?:a|an|the|his|her|their)\s+"
                                      r"(?:[\w-]+\s+){0,3}$", re.I)


def _led_delegation(text: str, s: int) -> bool:
    """"Foreign Minister Gedu led a delegation to Uganda", "Retno Marsudi, heading a high-level delegation": the
    minister's party, the level that of the minister who leads it (as "a delegation led by"); not an adviser's or
    envoy's delegation, a level of its own."""
    return text.startswith("delegation", s) and _MINISTER_LEADS_A.search(text, max(0, s - 120), s) is not None


_TITLE_AFTER: Final = rx.compile(r"\s+(?:President|Vice[- ]President|Chairman|Chairwoman|Chair|Secretary|Director|"
                                 r"Leader|Head|Chief|Commissioner|Spokesman|Spokeswoman|Spokesperson)\b")


def outermost_levels(matches: Iterable[re.Match[str]]) -> set[str]:
    """The levels that matches of the "level" regex say, but for a word inside a longer one ("ministers" of "prime
    ministers")."""
    spans = [(x.start(x.lastgroup), x.end(x.lastgroup), x.lastgroup) for x in matches if x.lastgroup]
    return {lv for s, e, lv in spans if not any(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in spans)}


_JOINT_BODY: Final = rx.compile(_COMMISSION)
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
        if _TITLE_AFTER.match(r.text, e):
            continue  # "European Commission President Ursula von der Leyen": a title, no level
        if _of_joint_body(text, s):
            continue  # "the Joint Commission for Bilateral Cooperation": the governments' own body, no party's
        if _LED_BY.match(text, e):
            continue  # "received a delegation led by Foreign Minister Lavrov": the level of the one who leads it
        if _led_delegation(text, s):
            continue  # "Foreign Minister Gedu led a delegation to Uganda and met with President Museveni": his party
        best = min(best, ranks[text[s:e]])
    return LEVEL_ORDER[best] if best < len(LEVEL_ORDER) else None


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
                           r"\d+|a\s+number\s+of|numerous|dozens\s+of)\s+times)\b")
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
        passive = _FUTURE_PASSIVE.search(r.text, max(0, rel - 30), rel)  # "will be received by", "is to be hosted"
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
    elif blind["relative_future"].search(folded[max(0, rel - 25):rel]):
        m.status, m.status_weak = "planned", True  # "to prepare a summit", "ahead of the meeting"
    elif past_before or m.kind == "joint":
        m.status, m.status_marked = "held", True
    elif blind["relative_future"].search(folded[max(0, rel - 40):rel]):
        m.status, m.status_weak = "planned", True
    elif _AFTER_THE.search(text[max(0, rel - 40):rel]):
        m.status, m.status_weak = "held", True


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
    from .timex.lexicon import word_set
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


_QUOTED: Final = rx.compile(r"“[^”]*”|\"[^\"]*\"")


# someone's words told after the meeting word, not set off by commas ("..., he said, ..."): their dates are theirs
_SAID_BETWEEN: Final = rx.compile(r"\b[A-Z][\w'’-]+\s+(?:said|says|told\s+[\w ]{1,30}?|added|noted|stressed)\s+"
                                  r"(?:that\s+)?(?=[a-z])")


# "held bilateral meetings with A and B after the conclusion of the G7 Summit's Outreach Session ... on Friday"
_AT_WORDS: Final = (r"\s+(?:on\s+the\s+(?:sidelines|margins|fringes)\s+of|after\s+the\s+(?:conclusion|end|close)\s+of|"
                    r"at\s+the\s+(?:end|close)\s+of|during\s+(?:his|her|their|its|the))\s+")
_AT_OCCASION: Final = rx.compile(_AT_WORDS + r"(?:[\w'’.-]+\s+){0,6}$", re.I)
# the same with a name's acronym in brackets: "the meeting on the sidelines of the Asia-Pacific Economic Cooperation
# (APEC) summit" (not a date's: "on the sidelines of IMF-WB (International Monetary Fund-World Bank)Spring Meetings,
# at Washington D.C., today" in a quoted post is the post's today)
_AT_NAMED_OCCASION: Final = rx.compile(_AT_WORDS + r"(?:[\w'’.-]+\s+|\([\w-]+\)\s+){0,6}$", re.I)


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
        elif attr == "timex" and left and owner is not None and owner.timex is not None and _possessive(sent, item) \
                and (noun := next((m for m in right if 0 <= m.start - item.end <= 25), None)) is not None:
            owner = noun  # "talks in December ended, but last week's meetings in Berlin": the meetings' own date
        elif attr == "timex" and owner is not None and owner.timex is not None and right and _NEXT_CLAUSE.search(
                sent.text, max(0, pos - sent.start - 16), pos - sent.start):
            nxt = min(right, key=lambda m: m.start)  # "met Qin on Sunday, and on Monday held talks with Xi"
            owner = nxt if nxt.timex is None and 0 <= nxt.start - item.end <= 25 else owner
        elif attr == "timex" and owner is not None and owner.timex is not None and right \
                and not better_date(item, owner.timex):
            nxt = min(right, key=lambda m: m.start)  # "Ahead of the G20 Summit that will take place on November
            owner = nxt if nxt.timex is None and _SUBJECT_DATE_VERB.fullmatch(  # 15-16, Widodo Monday (11/14) held
                sent.text, item.end - sent.start, nxt.start - sent.start) else owner  # bilateral meetings"
        if owner is None or (owner.kind == "joint" and "," in sent.text[owner.end - sent.start:pos - sent.start]):
            continue
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
        if attr == "timex" and (not better_date(item, owner.timex) or _since(r, item)):
            continue
        if attr == "place" and not better_place(item, owner.place):
            continue
        if attr == "place" and not r.clause(owner)[0] <= pos < r.clause(owner)[1]:
            continue  # "arrived in Jordan after ... apologized to Turkey": Turkey is not where he arrived
        setattr(owner, attr, item)


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


# one of those someone has met, by rank: "the first foreign minister that Marsudi has met this year"
_FIRST_MET: Final = rx.compile(r"\b(?:first|only|second|third|fourth|fifth|last|latest|\d+(?:st|nd|rd|th))\s+"
                               r"(?:[\w'’-]+\s+){0,3}?(?:that|whom|who)\s+(?:[\w'’.-]+\s+){1,4}?"
                               r"(?:has|have|had)\s+(?:ever\s+|so\s+far\s+)?$")


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
_ASIDE_CLOSE: Final = rx.compile(r"[^,;()]{0,60}?,")
_ASIDE_MEETING: Final = rx.compile(r"\b(?:held|hold|holds|take\s+place|takes\s+place|took\s+place|begins?|began|opens?|"
                                   r"opened|starts?|started|convened?|hosted|hosts?|meets?|met|visits?|visited)\b")


def _aside_of_another(text: str, rel: int, owner: Mention, mentions: list[Mention], at: int) -> bool:
    """A date inside a relative clause set off by commas, of something that is not the meeting, and with no meeting
    told in it ("the Government of Bangladesh, which will present the annual budget on Thursday, is dealing with
    ... and Hasina will use her India visit"): the clause's own date, not the meeting's."""
    opened = _ASIDE_OPEN.search(text, max(0, rel - 80), rel)
    closed = _ASIDE_CLOSE.match(text, rel)
    if opened is None or closed is None:
        return False
    lo, hi = opened.start(), closed.end()
    if lo <= owner.start - at < hi or 0 <= lo - (owner.end - at) <= 2:
        return False  # the meeting's own clause, or "the summit, which will open on Thursday,"
    if any(lo <= m.start - at < hi for m in mentions) or _ASIDE_MEETING.search(text, lo, hi):
        return False
    return True


@dataclass(frozen=True)
class GroupRef:
    """"the two leaders", "the foreign ministers" at start..end."""

    start: int
    end: int
    name: str  # "head" | "foreign_minister"


def _group_refs(r: _Reading) -> list[GroupRef]:
    at = r.sent.start
    refs = [GroupRef(at + x.start(), at + x.end(), g)
            for g, pat in r.blind["groups"].items() for x in r.words.matches(pat)]
    return [r for r in refs if not any(o is not r and o.start <= r.start and r.end <= o.end
                                       and o.end - o.start > r.end - r.start for o in refs)]


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


def _quote_spans(sent: Sentence) -> list[tuple[int, int]]:
    """Quoted passages, not a name set in quotes ('The "strategic dialogue" will take place Thursday': the meeting's
    name, whose date stands outside the quotes)."""
    return [(sent.start + m.start(), sent.start + m.end()) for m in re.finditer(r"“[^”]*”?|\"[^\"]*\"?", sent.text)
            if not _QUOTED_NAME.fullmatch(m.group()) and not _MISCLOSED_NAME.match(m.group())]


# one to four words opened by a curly double quote and closed by a single one, the double never closed: "a new
# “cooperative' relationship" (a typo of the page), a word set in quotes, no quotation running to the sentence's end
_MISCLOSED_NAME: Final = rx.compile(r"“[\w-]+(?:\s+[\w-]+){0,3}['’](?=[\s,.;:]|$)(?![^”]*”)")


_QUOTED_NAME: Final = rx.compile(r"[“\"]\s*[\w'’+-]+(?:\s+[\w'’+-]+){0,3}\s*[”\"]")  # two closed quotes, 1-4 words


def _same_quote(a: int, b: int, quotes: list[tuple[int, int]]) -> bool:
    return all((s <= a < e) == (s <= b < e) for s, e in quotes)


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
                    m.people = [p for p in m.people if p.end <= prev.start or p.start >= m.end]
                    m.apart = True
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
    if b.timex is None and a.timex is not None and a.timex.start < a.start:
        b.timex = a.timex
        if not (b.status_marked or b.status_weak):
            b.status, b.status_marked = a.status, a.status_marked


# "The talks followed a meeting in February", "the visit came two weeks after a trip to Egypt", "came as a
# continuation of talks held in January", "picked up where previous talks left off": one meeting after another
_SEQUENCE: Final = rx.compile(r"\b(?:follow(?:s|ed|ing)?|preceded|precedes|c[oa]mes?\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:after|before)|(?:sets?|setting|paves?|paved|paving|lays?|laid|laying)\s+the\s+"
                              r"(?:stage|way|ground|groundwork)\s+for|in\s+preparation\s+for|continuation\s+of|"
                              r"(?:picks?|picked|picking)\s+up\s+where|previous|prior\s+(?!to\b))\b")


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
    if _WITNESSED.fullmatch(a.sentence.text, a.end - s0, b.start - s0) and _BETWEEN.match(a.sentence.text, b.end - s0):
        return False  # "The summit also witnessed the first meeting between Assad and Sisi": a meeting at the summit
    if _distinct_objects(a, b):
        return False  # "held talks with President Trong and then met Prime Minister Phuc": two meetings
    if _another(a, b):
        return False  # "private meetings with the leaders and a meeting with Vice President Harris"
    if _round_at_gathering(b, a):
        return False  # "who is in Perth for the Commonwealth Foreign Ministers Meeting, had bilateral meetings with"
    fronted = _FRONTED.match(a.sentence.text)
    if fronted and a.end - s0 <= fronted.end() <= b.start - s0:
        return False  # "After talks with Macron, Scholz met Tusk": two meetings
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
