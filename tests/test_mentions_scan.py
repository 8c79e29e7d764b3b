"""The meeting vocabulary found by one literal pass gives what its regexes give."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from loaders import mentions, scan
from loaders.mention import clauses, levels, reading, record, status, vocabulary
from loaders.sentences import Sentence

PIECES = ["summit", "talks", "meeting", "met", "Meeting", "press conference", "the two leaders", "agreed", "since",
          "Since", "after", "said", "whereas", "although", ";", "—", ", and", ", but", ",", " and", "sit-down",
          "peace treaty talks", " ", " ", ". ", "x", "-", "’", "é", "İ", "\n", "held talks", "visited", "summits"]
TEXTS = ["Abe and Putin met in Moscow, and agreed to hold talks; the summit was held after the meeting.",
         "Since the sit-down, although the two leaders said so — talks continued, but nothing happened.",
         "İstanbul summit talks", "", "no meeting words here", "—Meeting—",
         "Freeland and two colleagues — Minister Carr and Minister Morneau — travelled to Mexico City for talks."]


def _texts() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


def _same(text: str) -> None:
    p = vocabulary.patterns()
    folded, blind = vocabulary.case_blind(text)
    assert vocabulary._Words(text).cues == [m.start() for m in blind["cue"].finditer(folded)]
    boundary = re.compile(rf"\b(?:{scan.trie(vocabulary.BOUNDARY_WORDS)})\b|;|—|,\s+(?:and|but)\b")
    expected = {m.start() for m in boundary.finditer(text)}
    expected |= {v.start() for v in clauses._NEXT_PREDICATE.finditer(text)  # ", met with": a series' next verb
                 if not clauses._SET_OFF.search(text, 0, v.start())}
    for aside in clauses._DASH_NAMES.finditer(text):  # names set off by dashes make no clause of their own
        expected -= {aside.start(), aside.end() - 1}
    if kicker := clauses._EDITION_KICKER.match(text):  # "G20 Summit 2023: ...": the occasion's label, apart
        expected.add(kicker.end() - 1)
    assert clauses._bounds(Sentence(10, 10 + len(text), text)) == [10 + at for at in sorted(expected)]
    joint = re.compile(r"\b" + p["joint"].pattern)
    found = blind["meeting_or_joint"].search(folded)
    starts = []
    while found:
        starts.append(found.start())
        found = blind["meeting_or_joint"].search(folded, found.start() + 1)
    expected = any(blind["meeting"].match(folded, s) or joint.match(text, s) for s in starts)
    assert mentions.may_mention(text) == expected


def test_plain_letters_keep_the_fast_lower_cased_path() -> None:
    """Only the four letters that re.I and str.lower() fold apart send a sentence to the slower re.I patterns."""
    p = vocabulary.patterns()
    assert vocabulary.case_blind("Kono’s talks in Kyiv with Kishida")[1] is p["low"]
    for odd in ("\u0130", "\u0131", "\u017f", "\u212a"):
        assert vocabulary.case_blind(f"Kono’s talks {odd}")[1] is p["i"]


@pytest.mark.parametrize("text", TEXTS)
def test_one_pass_finds_what_the_regexes_find(text: str) -> None:
    _same(text)


@settings(max_examples=300)
@given(_texts())
def test_one_pass_finds_what_the_regexes_find_on_any_mix(text: str) -> None:
    _same(text)


MARKED = ["will", "would", "is to", "'ll", "plans to", "met", "held", "last", "was", "earlier", "latest", "summit",
          "meeting", "talks", " ", " ", ", ", "\"", "“", "”", "-", "x", "é", "we", "’"]


@example("last plans to", 0, 60)  # found by hypothesis: "plans" a noun after "last", no future marker
@settings(max_examples=400)
@given(st.lists(st.sampled_from(MARKED), max_size=25).map("".join), st.integers(0, 60), st.integers(0, 80))
def test_marker_words_found_in_one_pass_end_where_the_regexes_end(text: str, lo: int, hi: int) -> None:
    r, lo, hi = _reading(text, lo, hi)
    for kind in ("future", "past"):  # less a plan noun after a word that makes it one ("last plans to"), which the
        expected = [x.end() for x in r.blind[kind].finditer(r.masked(hi)[1], lo, hi)  # one pass also leaves out
                    if kind == "past" or not status._plan_as_object(r.folded, x.start(), x.end())]
        assert status._marker_ends(r, kind, lo, hi) == expected


def _reading(text: str, lo: int, hi: int) -> tuple[reading._Reading, int, int]:
    """The sentence as find reads it, with a window [lo, hi) inside it."""
    r = reading._Reading(Sentence(0, len(text), text), vocabulary._Words(text))
    return r, min(lo, len(text)), min(hi, len(text))


LEVELS = ["summit", "summits", "foreign ministers", "foreign minister", "vice foreign minister", "deputy",
          "working level", "leaders", "officials", "senior officials", " ", ", ", "-", "x", "é", "the ",
          "prime ministers", "ministers", "prime", "fms"]


@settings(max_examples=400)
@example("summitforeign ministers", 0, 23)  # "foreign ministers" not at a word's start: "ministers" says the level
@example("the prime ministers met", 0, 23)  # "prime ministers" read first: not the "ministers" in it
@given(st.lists(st.sampled_from(LEVELS), max_size=20).map("".join), st.integers(0, 60), st.integers(0, 90))
def test_level_words_found_in_one_pass_say_what_the_level_regex_says(text: str, lo: int, hi: int) -> None:
    r, lo, hi = _reading(text, lo, hi)
    said = levels.outermost_levels(r.blind["level"].finditer(r.folded[lo:hi]))
    assert levels._level_in(r, lo, hi) == next((lv for lv in record.LEVEL_ORDER if lv in said), None)
