"""A sentence read once for the meeting finder: its words, clauses, quotes and group references."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .. import regexes as rx
from ..sentences import Sentence
from .clauses import _bounds, _clause, _quote_spans
from .record import Mention
from .series import series_named
from .vocabulary import _Words, patterns


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


_QUOTED: Final = rx.compile(r"“[^”]*”|\"[^\"]*\"")


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
