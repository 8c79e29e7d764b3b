"""tag(): find the temporal expressions of a text and resolve them against an anchor date."""

from __future__ import annotations

import re
from dataclasses import replace
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
    with_years = _year_companions(candidates, text, sentences)
    return [_timex(c, text, anchor, sentences) for c in with_years]


# "June 12 meeting in Singapore last year", "March and April 2016": what may stand between the two.
COMPANION_GAP = re.compile(
    r"\s*(?:(?:and|or|to|through|until|till|in|of|at|on|[-–])\s+|[A-Z][\w.’'-]*\s+|"
    r"(?:meeting|summit|talks|visit|session|conference)\s+){0,4}"
)


def _year_companions(candidates: list[Candidate], text: str, sentences: Sentences) -> list[Candidate]:
    """A month or day without a year takes the year of an expression right after it in the same phrase."""
    out = list(candidates)
    for i in range(len(out) - 1):
        c, nxt = out[i], out[i + 1]
        year = _year_of(nxt.spec) if nxt.type == "DATE" else None
        if year is None or not _needs_year(c) or not COMPANION_GAP.fullmatch(text[c.end : nxt.start]):
            continue
        if sentences.cue_between(c.end, nxt.start):
            continue
        out[i] = replace(c, spec=replace(c.spec, **year))
    return out


def _needs_year(c: Candidate) -> bool:
    s = c.spec
    return c.type == "DATE" and s.month is not None and s.year is None and s.rel_unit is None and (
        s.rel_offset is None
    )


def _year_of(spec: DateSpec) -> dict[str, int | str | None] | None:
    """The year part of a spec: an explicit year, or "last/this/next year"."""
    if spec.year is not None and spec.rel_unit is None:
        return {"year": spec.year}
    if spec.rel_unit == "year" and spec.rel_offset is not None and not (spec.part or spec.quarter):
        return {"rel_unit": "year", "rel_offset": spec.rel_offset}
    return None


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
