"""A sentence's clauses and quotations: the stretch a meeting word's date, place and people are read in."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from .. import regexes as rx
from ..scan import is_word
from ..sentences import Sentence
from .record import Mention
from .vocabulary import patterns


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
            if _AND_BUT.match(text, at) and not _LIST_BEFORE.search(text, 0, at) and not (
                    _APPOSED_BEFORE.search(text, 0, at) and _APPOSED_AFTER.match(text, at)):
                found.add(at)
        elif ch in ";—" or not (at and is_word(text[at - 1]) or end < n and is_word(text[end])):
            found.add(at)
    for verb in _NEXT_PREDICATE.finditer(text):  # "held talks with Qin on June 18, met with Wang on June 19 and was
        if not _SET_OFF.search(text, 0, verb.start()):  # received by Xi": one subject, a meeting told by each verb
            found.add(verb.start())  # (not the subject's own verb after an aside: "Rao and her counterpart, Bashir,
            # met", "Michel, who initiated the meeting, met")
    for conj in AS_CLAUSE.finditer(text):  # "talks with Cho, as Yoon is expected to make a trip to the Central
        found.add(conj.start())  # European nation": "as" with a subject and a verb of its own, another clause
    for aside in _DASH_NAMES.finditer(text):  # "Freeland and two colleagues — Minister A and Minister B — travelled
        found -= {aside.start(), aside.end() - 1}  # to Mexico City": names set off by dashes, no clause of their own
    kicker = _EDITION_KICKER.match(text)
    if kicker:  # "BRICS Summit 2024: PM Modi, Xi Jinping To Hold Bilateral Meeting": the occasion's label, apart
        found.add(kicker.end() - 1)
    return [sent.start + at for at in sorted(found)]


_EDITION_KICKER: Final = rx.compile(r"\s*[A-Z][^:.;]{1,40}?\b(?:19|20)\d\d:(?=\s)")  # "G20 Summit 2023:", "ASEAN 2017:"


_AND_BUT: Final = rx.compile(r",\s+(?:and|but)\b")
# "as" that opens a clause after a comma, its subject then an auxiliary within a few words (", as Yoon is expected to",
# ", as the two countries were marking"; not ", as well as", ", as part of the visit", ", as guest of honour")
AS_CLAUSE: Final = rx.compile(r",\s+as\s+(?!well\b|part\b|such\b|guests?\b|a\b|an\b|of\b|for\b|to\b|in\b|on\b)"
                               r"(?:[\w'’.-]+\s+){1,5}?(?:is|are|was|were|has|have|had|will|would)\b")
# the next verb of a series with one subject: ", met with", ", held talks with", ", paid a courtesy call to", "and was
# received by", "and then met"
_NEXT_PREDICATE: Final = rx.compile(
    r"(?:,(?:\s+(?:then|later|also))?\s+(?=(?:met|held\s+talks|hosted|visited|called\s+on|"
    r"paid\s+(?:an?\s+)?(?:courtesy\s+|official\s+|working\s+)?(?:call|visit)|"
    r"(?:was|were)\s+(?:received|hosted|welcomed))\b)|\s+and\s+(?=(?:was|were)\s+(?:received|hosted|welcomed)\s+by\b))")
# what stands before a subject's own verb: a name set off ("her counterpart, Salman Bashir, met", "the ministers, Lavrov
# and Kuleba, met"), an aside of a few words ("Fernandez, for his part, visited"), a relative clause ("who ...,") or
# a companion ("Modi, accompanied by Abe, visited")
_SET_OFF: Final = rx.compile(r",\s*(?:(?:[A-Z][\w.'’-]*|and)(?:\s+(?:[A-Z][\w.'’-]*|and))*|"
                             r"(?:[\w'’-]+\s+){0,3}[\w'’-]+|"
                             r"(?:who|which|whose|(?:accompanied|joined|flanked|followed)\s+by|(?:along|together)\s+with)"
                             r"\b[^,]*)\s*$")
# a list of two names or more before a serial comma: "Zelensky of Ukraine, Putin of Russia, Merkel of Germany, and
# Macron of France", "Prime Minister A, Foreign Minister B, and Trade Minister C": its last item is no clause of its own
_ITEM = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|de|da|del|bin|al|van|von))*"
_LIST_BEFORE: Final = rx.compile(rf"(?:^|[,(:–—]\s*|\b(?:composed\s+of|consisting\s+of|made\s+up\s+of|comprising|"
                                 rf"including|led\s+by|headed\s+by)\s+){_ITEM},\s+{_ITEM}$")
# (also its first item right after the words that tell a delegation's members: "a delegation composed of Mr. Lemma
# Megersa, President of the Oromia Region, and Dr. Workneh Gebeyehu, Foreign Minister": names with offices, one list)
# two subjects, each an office and then the name set off by commas: "The foreign secretary, James Cleverly, and the
# European Commission vice-president, Maroš Šefčovič, held weeks of talks", "The prime minister, Rishi Sunak, and his
# Irish counterpart, Leo Varadkar, met": the ", and" joins the pair of one verb, no clause of its own
_NAME = r"(?:[^\W\d_a-z][\w.'’-]*\s+){1,3}[^\W\d_a-z][\w'’-]*"
_APPOSED_BEFORE: Final = rx.compile(rf"(?:^|[;:(]\s*|[—–]\s*)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+"
                                    rf"(?:[\w.'’-]+\s+){{0,5}}[\w'’-]+,\s+{_NAME}$")
_APPOSED_AFTER: Final = rx.compile(rf",\s+and\s+(?:the|his|her|their)\s+(?:[\w.'’-]+\s+){{0,5}}[\w'’-]+,\s+{_NAME},"
                                   r"\s+(?:[a-z]+\s+){0,2}?(?:met|meet|meets|held|hold|holds|will|would|have|has|had|"
                                   r"are|were|agreed|signed|talked|spoke|discussed|sat)\b")
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
