"""tag(): find the temporal expressions of a text and resolve them against an anchor date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from .builders import Candidate
from .calendar import distance, resolve
from .model import DateSpec, Timex
from .patterns import find_candidates
from .tense import Sentences

# Letters that regexes with (?i) take for i, s and k: read as those, so that "thıs" or "laſt" are the words the
# vocabulary knows (one letter for one, so offsets hold).
FOLD = str.maketrans({"ı": "i", "İ": "I", "ſ": "s", "\u212a": "K"})
_ODD: Final = re.compile("[ıİſ\u212a]")


def tag(text: str, anchor: date | None = None) -> list[Timex]:
    """The temporal expressions of `text` in order, valued against `anchor` (None: explicit years only)."""
    original = text
    if not text.isascii() and _ODD.search(text):
        text = text.translate(FOLD)
    candidates = find_candidates(text)
    if not candidates:
        return []
    sentences = Sentences(text)
    for c in candidates:
        sentences.mask(c.start, c.end)
    out: list[Timex] = []
    for c in _year_companions(candidates, text, sentences):
        t = _timex(c, original, anchor, sentences)
        out.append(_same_year(t, out[-1], anchor) if c.tail and out else t)
    return out


def _same_year(tail: Timex, head: Timex, anchor: date | None) -> Timex:
    """The second day of "June 20-21" is in the year of the first, whatever the tense says."""
    if anchor is None or not head.value or tail.spec.year is not None:
        return tail
    for direction in (head.direction, 0, 1, -1):
        value = resolve(tail.spec, anchor, direction)
        if value and value[:4] == head.value[:4]:
            return replace(tail, direction=direction, value=value)
    return tail


# "June 12 meeting in Singapore last year", "March and April 2016": what may stand between the two.
COMPANION_GAP: Final = re.compile(
    r"\s*(?:(?:and|or|to|through|until|till|in|of|at|on)\s+|[-–]\s*|[A-Z][\w.’'-]*\s+|"
    r"(?:meeting|summit|talks|visit|session|conference)\s+){0,4}"
)


def _year_companions(candidates: list[Candidate], text: str, sentences: Sentences) -> list[Candidate]:
    """A month or day without a year takes the year of an expression right after it in the same phrase."""
    out = list(candidates)
    for i in range(len(out) - 1):
        c, nxt = out[i], out[i + 1]
        if nxt.type != "DATE" or not _needs_year(c) or not COMPANION_GAP.fullmatch(text[c.end : nxt.start]):
            continue
        spec = _year_from(c.spec, nxt.spec)
        if spec is not None and not sentences.cue_between(c.end, nxt.start):
            out[i] = replace(c, spec=spec)
    return out


def _needs_year(c: Candidate) -> bool:
    s = c.spec
    return c.type == "DATE" and s.month is not None and s.year is None and s.rel_unit is None and (s.rel_offset is None)


def _year_from(spec: DateSpec, other: DateSpec) -> DateSpec | None:
    """`spec` with the year part of `other`: an explicit year, or "last/this/next year"."""
    if other.year is not None and other.rel_unit is None:
        return replace(spec, year=other.year)
    if other.rel_unit == "year" and other.rel_offset is not None and not (other.part or other.quarter):
        return replace(spec, rel_unit="year", rel_offset=other.rel_offset)
    return None


def _timex(c: Candidate, text: str, anchor: date | None, sentences: Sentences) -> Timex:
    near, sentence = sentences.direction(c.start, c.end)
    direction, value = (near or sentence, c.value) if c.value else choose(c.spec, anchor, near, sentence)
    if c.type == "TIME" and value and c.tod:
        value = f"{value}T{c.tod}"
    return Timex(c.start, c.end, text[c.start : c.end], c.type, c.spec, direction, value)


def choose(spec: DateSpec, anchor: date | None, near: int, sentence: int) -> tuple[int, str | None]:
    """(direction, value): a nearby tense cue decides; the sentence's tense only if it gives a nearer date."""
    if near:
        return near, resolve(spec, anchor, near)
    plain = resolve(spec, anchor, 0)
    if not sentence or anchor is None:
        return sentence, plain
    tensed = resolve(spec, anchor, sentence)
    if tensed == plain:
        return sentence, plain
    far_plain, far_tensed = distance(plain, anchor), distance(tensed, anchor)
    if far_tensed is not None and (far_plain is None or far_tensed < far_plain):
        return sentence, tensed
    return 0, plain
