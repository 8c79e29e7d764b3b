"""Trigger words: one scan of a lower-cased text finds where each trigger matches, as its own regex would."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from loaders.scan import Literals, is_word

from .. import regexes as rx

_DIGIT: Final = rx.compile(r"\d")


class Trigger:
    """A trigger regex: lower-case words (maybe between \\b's), or a regex every match of which holds a digit."""

    def __init__(self, source: str) -> None:
        self.word_start = source.startswith(r"\b")
        body = source[2:] if self.word_start else source
        self.rx = re.compile(body)
        self.word_end = body.endswith(r"\b") and not body.endswith(r"\\b")
        self.words = _literals(body[:-2] if self.word_end else body)

    def hits(self, low: str, lo: int = 0, hi: int | None = None) -> list[int]:
        """Start offsets of the trigger's matches in `low`, as re.finditer would give them (those within [lo, hi))."""
        hi = len(low) if hi is None else hi
        if not self.word_start:
            return [m.start() for m in self.rx.finditer(low, lo, hi)]
        out, search = [], self.rx.search
        m = search(low, lo, hi)
        while m is not None:
            p = m.start()
            if p and is_word(low[p - 1]):
                m = search(low, p + 1, hi)
            else:
                out.append(p)
                m = search(low, m.end(), hi)
        return out


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
    """Where a set of triggers match, from a single search for all their words.

    The search finds, at each place where some word begins, the longest one; the words a trigger
    can match there are those it begins with. Going through these places in order, taking the
    first word of the trigger's alternation and skipping what it covers, gives re.finditer's matches.
    """

    def __init__(self, triggers: Iterable[Trigger]) -> None:
        self.triggers = list(triggers)
        self.digits = [i for i, t in enumerate(self.triggers) if t.words is None]
        every = {w for t in self.triggers for w in t.words or ()}
        # For the longest word found at a place: (trigger, lengths of its words that fit, in their order) for each
        # trigger that has one.
        self.fits = {key: [fit for i, t in enumerate(self.triggers) if (fit := _fit(i, t, key))] for key in every}
        self.literals = Literals(every)

    def hits(self, low: str) -> dict[int, list[int]]:
        """The start offsets of each trigger's matches in `low`, by trigger index; triggers without any left out."""
        out: dict[int, list[int]] = {}
        ends: dict[int, int] = {}  # where each trigger's last match ends
        fits = self.fits
        n = len(low)
        for p, longest in self.literals.longest(low).items():  # a word may begin inside another
            for i, sizes in fits[low[p : p + longest]]:
                trigger = self.triggers[i]
                if p < ends.get(i, 0) or (p and trigger.word_start and is_word(low[p - 1])):
                    continue
                size = sizes[0]  # the first alternative that fits, as the regex takes it
                if trigger.word_end:  # ... that ends a word
                    size = next((k for k in sizes if p + k >= n or not is_word(low[p + k])), 0)
                    if not size:
                        continue
                out.setdefault(i, []).append(p)
                ends[i] = p + size
        if self.digits:
            span = _digit_span(low)
            if span is not None:
                for i in self.digits:
                    if found := self.triggers[i].hits(low, *span):
                        out[i] = found
        return out


def _digit_span(text: str) -> tuple[int, int] | None:
    """A range holding every match of a trigger with a digit: from one before the first digit to two past the last
    (a match holds a digit at its first or second character and ends at most one past its last); None: no digit."""
    if text.isascii():
        firsts = [at for d in "0123456789" if (at := text.find(d)) >= 0]
        if not firsts:
            return None
        first, last = min(firsts), max(text.rfind(d) for d in "0123456789")
    else:  # \d takes every decimal digit, not only 0-9
        found = _DIGIT.search(text)
        if found is None:
            return None
        from_end = _DIGIT.search(text[::-1])
        assert from_end is not None
        first, last = found.start(), len(text) - 1 - from_end.start()
    return max(first - 1, 0), min(last + 2, len(text))


def _fit(i: int, trigger: Trigger, key: str) -> tuple[int, tuple[int, ...]] | None:
    """(i, lengths) of the words of the trigger that `key` begins with, in the trigger's order, or None."""
    sizes = tuple(len(w) for w in trigger.words or () if key.startswith(w))
    return (i, sizes) if sizes else None
