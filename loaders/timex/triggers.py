"""Trigger words: one scan of a lower-cased text tells which triggers occur, then each present one is located."""

from __future__ import annotations

import re
from collections.abc import Iterable

DIGIT = "0"  # the key of the triggers every match of which holds a digit
_ANY_DIGIT = re.compile(r"\d")


class Trigger:
    """One trigger regex, run without its leading \\b (which kills the regex engine's fast scan)."""

    def __init__(self, source: str) -> None:
        self.word_start = source.startswith(r"\b")
        body = source[2:] if self.word_start else source
        self.rx = re.compile(body)
        self.words = _literals(body)

    def hits(self, low: str) -> list[int]:
        """Start offsets of the trigger's matches in `low`, as re.finditer would give them."""
        if not self.word_start:
            return [m.start() for m in self.rx.finditer(low)]
        out, search = [], self.rx.search
        m = search(low)
        while m is not None:
            p = m.start()
            if p and _is_word(low[p - 1]):
                m = search(low, p + 1)
            else:
                out.append(p)
                m = search(low, m.end())
        return out


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _literals(body: str) -> tuple[str, ...] | None:
    """The words of a trigger that is an alternation of lower-case words, else None (then it needs a digit)."""
    inner = body[3:-1] if body.startswith("(?:") and body.endswith(")") else body
    words = inner.split("|")
    if all(re.fullmatch(r"[a-z' ]+", w) for w in words):
        return tuple(words)
    if not re.search(r"\\d|\[\d-\d\]|\d", body):
        raise ValueError(f"trigger {body!r} is neither a list of words nor sure to hold a digit")
    return None


class Scanner:
    """Finds which of a set of triggers occur in a text with a single regex search over all their words."""

    def __init__(self, triggers: Iterable[Trigger]) -> None:
        self.triggers = list(triggers)
        implied: dict[str, set[int]] = {DIGIT: set()}
        for i, t in enumerate(self.triggers):
            for w in t.words or (DIGIT,):
                implied.setdefault(w, set()).add(i)
        # A match is the longest word at its place; every word it starts with is there too.
        self.implied = {k: frozenset(i for w, ids in implied.items() if k.startswith(w) for i in ids) for k in implied}
        self.implied[DIGIT] = frozenset(implied[DIGIT])
        self.rx = re.compile(_trie(w for w in implied if w != DIGIT))

    def present(self, low: str) -> set[int]:
        """Indices of the triggers that may match in `low` (those not listed surely do not)."""
        found = set(self.implied[DIGIT]) if _ANY_DIGIT.search(low) else set()
        search, implied = self.rx.search, self.implied
        m = search(low)
        while m is not None:
            found |= implied[m.group()]
            m = search(low, m.start() + 1)  # a word may begin inside this one
        return found


def _trie(words: Iterable[str]) -> str:
    """A regex matching the longest of `words` at a place, factored by common prefixes (fast to try)."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:
    alts = [re.escape(ch) + _emit(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body
