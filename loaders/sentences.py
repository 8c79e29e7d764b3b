"""Split an article's body into sentences with character offsets into the original text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from . import regexes as rx

ABBREVIATIONS: Final = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen rep rev st mt ft no nos vol fig inc co corp ltd
    jr sr vs etc approx dept est govt univ ave blvd md mohd muhd smt""".split()
)
# a sentence ends at . ! ? (and closing quotes/brackets) followed by space and a likely sentence start
# or with no space where scraped paragraphs ran together ("under the preceding governments.Friday's talks come")
_END: Final = rx.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|(?<=[a-z]{3})[.!?](?=[A-Z][a-z]{2})")
_WORD_BEFORE: Final = rx.compile(r"([A-Za-z][A-Za-z.]*)\.$")  # what word_before finds, as a regex (tests)
_WORD_CHARS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
MAX_SENTENCE = 2000  # longer runs without punctuation are cut so one sentence stays readable


@dataclass(unsafe_hash=True)
class Sentence:
    start: int
    end: int
    text: str


def split(text: str, body: Iterable[tuple[int, int]]) -> list[Sentence]:
    """Sentences of the body ranges of `text`; text[s.start:s.end] == s.text for each."""
    out: list[Sentence] = []
    for b_start, b_end in body:
        for s, e in _split_range(text, b_start, b_end):
            s, e = _trim(text, s, e)
            if e > s:
                out.append(Sentence(s, e, text[s:e]))
    return out


def _split_range(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    chunk = text[start:end]
    pos = 0
    for m in _END.finditer(chunk):
        if _is_abbreviation(chunk, m.start()):
            continue
        cut = m.end()
        yield from _cap(text, start + pos, start + cut)
        pos = cut
    yield from _cap(text, start + pos, end)


def _cap(text: str, s: int, e: int) -> Iterable[tuple[int, int]]:
    """(s, e) in pieces of at most MAX_SENTENCE characters, cut at a space where there is one near the limit."""
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE - 200, s + MAX_SENTENCE)
        cut = cut + 1 if cut > s else s + MAX_SENTENCE
        yield s, cut
        s = cut
    yield s, e


def _is_abbreviation(chunk: str, dot: int) -> bool:
    if chunk[dot] != ".":
        return False
    word = word_before(chunk, dot)
    if not word:
        return False
    if "." in word:  # U.S. / U.N. / a.m.
        return len(word.replace(".", "")) <= 3
    if len(word) == 1 and word.isupper():  # an initial: "George W. Bush"
        return True
    return word.lower() in ABBREVIATIONS


def word_before(text: str, dot: int) -> str:
    """The word that ends at the dot text[dot], from at most 20 characters back: _WORD_BEFORE.search(text,
    max(0, dot - 20), dot + 1).group(1), read backwards ("U.S" before "U.S.", "" when there is none)."""
    lo = max(0, dot - 20)
    p = dot
    while p > lo and text[p - 1] in _WORD_CHARS:
        p -= 1
    while p < dot and text[p] == ".":  # the word begins with a letter
        p += 1
    return text[p:dot]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
