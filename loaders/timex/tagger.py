"""tag(): find the temporal expressions of a text and resolve them against an anchor date."""

from __future__ import annotations

from datetime import date

from .calendar import distance, resolve
from .model import DateSpec, Timex
from .patterns import Candidate, find_candidates
from .tense import Sentences


def tag(text: str, anchor: date | None = None) -> list[Timex]:
    """The temporal expressions of `text` in order, valued against `anchor` (None: explicit years only)."""
    candidates = find_candidates(text)
    if not candidates:
        return []
    sentences = Sentences(text)
    for c in candidates:
        sentences.mask(c.start, c.end)
    return [_timex(c, text, anchor, sentences) for c in candidates]


def _timex(c: Candidate, text: str, anchor: date | None, sentences: Sentences) -> Timex:
    strong, weak = sentences.direction(c.start, c.end)
    direction, value = (strong or weak, c.value) if c.value else choose(c.spec, anchor, strong, weak)
    if c.type == "TIME" and value and c.tod:
        value = f"{value}T{c.tod}"
    return Timex(c.start, c.end, text[c.start : c.end], c.type, c.spec, direction, value)


def choose(spec: DateSpec, anchor: date | None, strong: int, weak: int) -> tuple[int, str | None]:
    """(direction, value): a strong tense cue decides; the sentence's tense only if it gives a nearer date."""
    if strong:
        return strong, resolve(spec, anchor, strong)
    plain = resolve(spec, anchor, 0)
    if not weak or anchor is None:
        return weak, plain
    tensed = resolve(spec, anchor, weak)
    if tensed == plain:
        return weak, plain
    near_plain, near_tensed = distance(plain, anchor), distance(tensed, anchor)
    if near_tensed is not None and (near_plain is None or near_tensed < near_plain):
        return weak, tensed
    return 0, plain
