"""Scanning only where a pattern can begin gives exactly the matches of a full scan."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders import actors, places, scan

TEXTS = [
    "Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow.",
    "former Prime Minister Yoshiro Mori and EX-president Dmitry Medvedev; then-Foreign Minister Fumio Kishida.",
    "the Netherlands's Prime Minister Mark Rutte, mainland China's envoy Wang Yi, nuclear envoy Sung Kim.",
    "İstanbul: Turkish President Recep Tayyip Erdogan hosted Putin at the Kremlin and the White House.",
    "Abe and Putin met in Vladivostok. Kishida's visit; Xi-Abe talks; ambassador to China Hideo Tarumi spoke.",
    "",
    "no names here at all, only lower case words and a special envoy to",
]
WORDS = ["Abe", "Putin", "the Kremlin", "former", "Former", "FORMER", "ex-", "Then-", "Prime Minister", "envoy",
         "Envoy", "official", "İ", "Xi"]


def _patterns() -> list[tuple[re.Pattern[str], scan.Starts]]:
    pats = actors.patterns()
    landmarks, starts = places._landmarks()
    return [(pats.role, pats.starts["role"]), (pats.names, pats.starts["names"]),
            (pats.surnames, pats.starts["surnames"]), (landmarks, starts)]


def _same(pattern: re.Pattern[str], starts: scan.Starts, text: str) -> None:
    full = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    fast = [(m.span(), m.groupdict()) for m in scan.finditer_at(pattern, text, starts.positions(text))]
    assert fast == full


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_a_full_scan(text: str) -> None:
    for pattern, starts in _patterns():
        _same(pattern, starts, text)


@given(st.lists(st.sampled_from(WORDS + [" ", ", ", ". ", "x", "-", "\n", "s", "’s"]), max_size=30))
def test_same_matches_on_any_mix_of_names_and_noise(parts: list[str]) -> None:
    text = "".join(parts)
    for pattern, starts in _patterns():
        _same(pattern, starts, text)


def test_starts_find_words_as_written_and_in_any_case_where_asked() -> None:
    starts = scan.Starts(["Minister", "envoy"], any_case=("former",))
    assert starts.positions("FORMER Minister, an Envoy, an envoy, Former, fOrMeR") == [0, 7, 30, 37, 45]


def test_case_variants_are_what_ignorecase_matches() -> None:
    variants = scan.case_variants("ex-is")
    assert len(variants) == 2 * 2 * 1 * 4 * 3
    assert all(re.fullmatch("(?i:ex-is)", v) for v in variants)
    assert "EX-\u0130\u017f" in variants


def test_trie_prefers_the_longest_word() -> None:
    rx = re.compile(rf"\b(?:{scan.trie(['Prime', 'Prime Minister', 'Pr'])})\b")
    assert rx.findall("Prime Minister Pr Prime") == ["Prime Minister", "Pr", "Prime"]


# ---------------------------------------------------------------- literal words in one pass

LITERALS = ["day", "today", "monday", "met", "meet", "meeting", "talks", "peace treaty talks", "é", "😀x"]
NOISE = [" ", ", ", ". ", "x", "-", "\n", "’", "İ", "😀", "\ud800"]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words + NOISE), max_size=25).map("".join)


def _reference(words: list[str], text: str) -> list[tuple[int, int]]:
    """Every occurrence of every word, from one regex per word with a lookahead (overlaps included)."""
    return sorted((m.start(), m.start() + len(w)) for w in words for m in re.finditer(f"(?={re.escape(w)})", text))


@given(_texts(LITERALS))
def test_literals_find_every_occurrence_as_regexes_do(text: str) -> None:
    lit = scan.Literals(LITERALS)
    assert sorted(lit.occurrences(text)) == _reference(LITERALS, text)
    longest = {s: e - s for s, e in _reference(LITERALS, text)}
    for s, e in _reference(LITERALS, text):
        longest[s] = max(longest[s], e - s)
    assert lit.longest(text) == dict(sorted(longest.items()))


@given(_texts(LITERALS[:-2]))
def test_literals_between_word_boundaries_as_a_lookahead_finds_them(text: str) -> None:
    words = LITERALS[:-2]  # words that begin and end with a word character
    rx = re.compile(rf"\b(?=(?:{scan.trie(words)})\b)")
    assert scan.Literals(words).bounded(text) == [m.start() for m in rx.finditer(text)]


def test_literals_offsets_count_characters_beyond_the_basic_plane_and_lone_surrogates() -> None:
    lit = scan.Literals(["day"])
    assert lit.occurrences("😀 to\ud800day") == [(5, 8)]
    assert scan.Literals([]).occurrences("day") == []


@given(_texts(["Abe", "Putin", "agreed", "agreed to", "Xi"]))
def test_at_word_start_gives_the_matches_of_a_leading_word_boundary(text: str) -> None:
    body = rf"(?:{scan.trie(['Abe', 'Putin', 'agreed', 'agreed to', 'Xi'])})\b"
    expected = [m.span() for m in re.finditer(r"\b" + body, text)]
    assert [m.span() for m in scan.at_word_start(re.compile(body), text)] == expected


@given(st.lists(st.sampled_from(WORDS + ["Prime", "Minister Abe", "the Netherlands's", " ", ", ", "x", "\n", "’s"]),
                max_size=30))
def test_kinds_find_in_one_scan_what_each_start_finds(parts: list[str]) -> None:
    text = "".join(parts)
    starts = actors.patterns().starts
    assert actors.patterns().kinds.positions(text) == {k: st.positions(text) for k, st in starts.items()}


def test_lower_gives_the_lower_case_of_each_text_asked_for() -> None:
    a, b = "Kono’s TALKS", "İstanbul Summit"
    for text in (a, a, b, a, "".join(["Kono’s ", "TALKS"]), b):
        assert scan.lower(text) == text.lower()


@pytest.mark.parametrize("text", [
    "Xi Jinping met Xi's guest; Xi'an is a city. Kim Jong Un and Kim met Abe-Putin, Abe_x and Abe.",
    "Moon Jae-in, Moon, Moonlight; Jr. Bush Jr. and George W. Bush Jr.x",
])
def test_literal_words_match_as_the_alternation_would(text):
    words = ["Xi", "Xi Jinping", "Kim", "Kim Jong Un", "Abe", "Moon", "Moon Jae-in", "George W. Bush", "Bush Jr."]
    literal = scan.LiteralWords(words, not_before="-")
    regex = re.compile(rf"\b(?:{scan.trie(words)})\b(?!-)")
    for at in range(len(text)):
        got, want = literal.match(text, at), regex.match(text, at)
        assert (got.span() if got else None) == (want.span() if want else None), (at, text[at:at + 12])
