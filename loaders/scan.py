"""Fast regex scanning: try a pattern only where a cheap scan for its first characters says a match may start."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Final

import ahocorasick_rs

from . import regexes as rx

# Python's re scans ahead in C for a literal prefix or a set of first characters only when a pattern does not
# begin with an assertion or an optional group: `\b(?:Abe|Putin)\b` is tried at every position of the text.
# Starts finds where such a pattern can begin (capitalized words by a bare trie, others by str.find), and
# finditer_at tries the pattern there only, with exactly the matches of pattern.finditer.
# Where every occurrence of many literal words is wanted, Literals finds them in one Aho-Corasick pass (compiled
# Rust, several times faster than re's trie regexes, which try the trie at each letter that may begin a word).


DFA_WORDS: Final = 1000
_SURROGATE: Final = rx.compile(r"[\ud800-\udfff]")


class Literals:
    """Every occurrence of some literal words in a text, overlapping ones included, found in one pass."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = sorted({w for w in words if w})
        # a small vocabulary as a DFA: a fifth faster to search than the default NFA (a large one would take
        # tens of MB)
        small = len(self.words) <= DFA_WORDS
        self.automaton = ahocorasick_rs.AhoCorasick(self.words or ["-"], store_patterns=False,
                                                    implementation=ahocorasick_rs.Implementation.DFA if small else None)

    def longest(self, text: str) -> dict[int, int]:
        """{start: length of the longest word there} for each place where some word begins, in text order."""
        out: dict[int, int] = {}
        for at, end in self.occurrences(text):
            if out.get(at, 0) < end - at:
                out[at] = end - at
        return dict(sorted(out.items()))

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence of every word (offsets in characters)."""
        if not self.words:
            return []
        try:
            found = self.automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate ("\\ud800" in JSON): one character that no word holds
            found = self.automaton.find_matches_as_indexes(_SURROGATE.sub("\ufffd", text), overlapping=True)
        return [(at, end) for _, at, end in found]

    def bounded(self, text: str) -> list[int]:
        """Where a word stands between word boundaries, as `\\b(?=(?:word|...)\\b)` finds it: each place once,
        in text order (for words that begin and end with a word character)."""
        n = len(text)
        found = {at for at, end in self.occurrences(text)
                 if not (at and is_word(text[at - 1])) and not (end < n and is_word(text[end]))}
        return sorted(found)


class _Lowered:
    """The last text lower-cased, with its lower case: one sentence is lower-cased once for the stages that read it
    in turn (found by identity; the pair is replaced whole, so threads never see half of one)."""

    def __init__(self) -> None:
        self.last: tuple[str, str] = ("", "")


_LOWERED: Final = _Lowered()


def lower(text: str) -> str:
    """text.lower(), computed once for the same text object asked for again in a row."""
    last = _LOWERED.last
    if last[0] is text:
        return last[1]
    low = text.lower()
    _LOWERED.last = (text, low)
    return low


def at_word_start(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of `\\b` + `pattern` in `text`, as finditer gives them, for a pattern whose matches begin with a
    word character. `re` tries a pattern that opens with `\\b` at every position; without it, a pattern that opens
    with literal words is tried only where their first letters stand, and the `\\b` is checked here."""
    out: list[re.Match[str]] = []
    m = pattern.search(text)
    while m is not None:
        at = m.start()
        if at and is_word(text[at - 1]):
            m = pattern.search(text, at + 1)
        else:
            out.append(m)
            m = pattern.search(text, m.end())
    return out


def is_word(ch: str) -> bool:
    """Whether re takes `ch` for a word character (\\w)."""
    return ch.isalnum() or ch == "_"


def trie(words: Iterable[str]) -> str:
    """One regex for many literal words, shaped as a trie so that matching does not try each word in turn;
    like a longest-first alternation, it prefers the longest word at a position."""
    return _trie(tuple(sorted(set(words))))


@lru_cache(maxsize=256)
def _trie(words: tuple[str, ...]) -> str:
    """The trie of sorted distinct words: the same word lists (every adjective, every title) recur in many patterns."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(root)


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


class Starts:
    """Where any of some literal words begins in a text: the positions at which a pattern that must begin with
    one of them, as written, is worth trying; the words of `any_case` in any case (ASCII words: their case
    variants, with the letters re.I folds into i, s and k). All are found by one Aho-Corasick pass; so are words
    like "the Netherlands's" (by their capitalized rest, then the text before it is checked)."""

    def __init__(self, words: list[str], any_case: tuple[str, ...] = ()) -> None:
        literal = {v for w in any_case for v in case_variants(w)}
        rests: dict[str, list[str]] = {}  # "the " -> ["Netherlands's", ...]
        for w in words:
            head, space, rest = w.partition(" ")
            if not w[:1].isupper() and space and rest[:1].isupper():
                literal.add(rest)
                rests.setdefault(head + space, []).append(rest)
            else:
                literal.add(w)
        self.literals = sorted(literal)
        self.finder = Literals(self.literals)
        self.before = {head: re.compile(trie(r)) for head, r in rests.items()}

    def positions(self, text: str) -> list[int]:
        found = {at for at, _ in self.finder.occurrences(text)}
        return sorted(self.with_rests(text, found))

    def with_rests(self, text: str, found: set[int]) -> set[int]:
        """`found` with the places where "the " stands before a capitalized rest found there ("the Netherlands's")."""
        for head, rest in self.before.items():
            for at in list(found):
                if at >= len(head) and text.startswith(head, at - len(head)) and rest.match(text, at):
                    found.add(at - len(head))
        return found


_FOLDS: Final = {"i": "İı", "k": "\u212a", "s": "ſ"}  # what re.I also takes for these letters


def case_variants(word: str) -> list[str]:
    """Every way an ASCII word can be written that `(?i:word)` matches."""
    if not word.isascii():
        raise ValueError(f"case_variants: {word!r} is not ASCII")
    out = [""]
    for ch in word:
        forms = sorted({ch.lower(), ch.upper(), *_FOLDS.get(ch.lower(), "")})
        out = [v + f for v in out for f in forms]
    return out


class Kinds:
    """The Starts of several vocabularies, found with one pass for all their words: {kind: positions}."""

    def __init__(self, starts: dict[str, Starts]) -> None:
        self.starts = starts
        union = sorted({w for st in starts.values() for w in st.literals})
        self.finder = Literals(union)
        own = {k: set(st.literals) for k, st in starts.items()}
        self.kinds = {w: [k for k in starts if w in own[k]] for w in union}

    def positions(self, text: str) -> dict[str, list[int]]:
        found: dict[str, set[int]] = {k: set() for k in self.starts}
        for at, end in self.finder.occurrences(text):
            for k in self.kinds[text[at:end]]:
                found[k].add(at)
        return {k: sorted(st.with_rests(text, found[k])) for k, st in self.starts.items()}


class WordMatch:
    """A match of LiteralWords: what finditer_at's callers read of a re.Match."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, _: int = 0) -> str:
        return self._text[self._start:self._end]

    def groupdict(self) -> dict[str, str]:
        return {}


class LiteralWords:
    """`re.compile(rf"\\b(?:{trie(words)})\\b")` without compiling it (thousands of names take a noticeable part of a
    second to compile at every start): at a position, the longest of the words that begins there and ends at a word
    boundary; `not_before` characters may not follow it."""

    def __init__(self, words: list[str], not_before: str = "") -> None:
        by_head: dict[str, list[str]] = {}
        for w in set(words):
            if w:
                by_head.setdefault(w[:2], []).append(w)
        self.by_head = {h: sorted(ws, key=len, reverse=True) for h, ws in by_head.items()}
        self.not_before = not_before

    def match(self, text: str, pos: int) -> WordMatch | None:
        for w in self.by_head.get(text[pos:pos + 2], ()):
            end = pos + len(w)
            if not text.startswith(w, pos):
                continue
            if pos and is_word(text[pos - 1]) == is_word(w[0]):
                continue  # no word boundary before it
            after = text[end:end + 1]
            if is_word(w[-1]) == (bool(after) and is_word(after)):
                continue  # no word boundary after it
            if after and after in self.not_before:
                continue
            return WordMatch(text, pos, end)
        return None

    def finditer(self, text: str) -> list[WordMatch]:
        """Every match, left to right, none overlapping: as the regex's finditer (a full scan, for tests)."""
        return finditer_at(self, text, list(range(len(text))))


def finditer_at(pattern: re.Pattern[str] | LiteralWords, text: str, positions: list[int]) -> list[Any]:
    """The matches of `pattern.finditer(text)` when `positions` holds every place where one can begin."""
    out: list[Any] = []
    pos = 0
    for at in positions:
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out
