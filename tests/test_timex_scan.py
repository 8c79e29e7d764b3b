"""The date tagger's fast scans find exactly what each trigger and pattern regex finds on its own."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.timex import patterns as P
from loaders.timex.starts import Finder, prefixes
from loaders.timex.tagger import FOLD

PIECES = ["Jan. 22", "January", "MARCH", "May", "Monday", "last week", "next year", "2019", "'05", "the 1990s",
          "early", "mid-", "late", "end of", "ago", "two", "years", "days", "Q3", "spring", "Christmas", "now",
          "every", "today", "this morning", "market", "amid", "known", "attend", "Mayor", "may", "two-day", "Sept.",
          "weekday", "yearly", "a", "several", "past", "relate", "upcoming",
          "12/05/2018", "2018-03-01", "fiscal", "century", "quarter", " ", ", ",
          ". ", "\n", "the", "a", "x", "İ", "K", "-", "5", "20", "’"]
TEXTS = ["Abe and Putin met on Jan. 22 in Moscow, and will meet again next year.",
         "The summit, held in late September 2016, followed talks in the 1990s and two years ago in Q3.",
         "Kono said Monday that the ministers would meet in early-March; MONDAY 12/05/2018.",
         "", "no dates here", "İstanbul 2019 Kelvin sign K 2020",
         "last weekJan. 22\nyears"]  # found by Hypothesis: a window of one sentence ran into the next


def _texts() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


def _same_triggers(text: str) -> None:
    low = text.lower()
    hits = P.SCANNER.hits(low)
    for i, source in enumerate(P._SOURCES):
        expected = [m.start() for m in re.finditer(source, low)]
        assert hits.get(i, []) == expected, source


def _same_matches(text: str) -> None:
    for name, source in P.RX.items():
        rx, finder = re.compile(source), Finder(source, plain_chars=0)
        for lo, hi in ((0, len(text)), (1, max(1, len(text) - 3)), (len(text) // 2, len(text))):
            expected = [(m.span(), m.groupdict()) for m in rx.finditer(text, lo, hi)]
            assert [(m.span(), m.groupdict()) for m in finder.finditer(text, lo, hi)] == expected, name
            for last in (lo, (lo + hi) // 2, hi - 1):  # the matches begun by `last`: the first of a full search
                begun = [x for x in expected if x[0][0] <= last]
                assert [(m.span(), m.groupdict()) for m in finder.finditer(text, lo, hi, last)] == begun, name


@pytest.mark.parametrize("text", TEXTS)
def test_one_scan_finds_every_trigger_where_its_own_regex_does(text: str) -> None:
    _same_triggers(text)


@pytest.mark.parametrize("text", TEXTS)
def test_patterns_tried_at_their_first_characters_match_as_a_full_search(text: str) -> None:
    _same_matches(text)


@settings(max_examples=300)
@given(_texts())
def test_same_triggers_on_any_mix(text: str) -> None:
    _same_triggers(text)


@settings(max_examples=300)
@given(_texts())
def test_same_matches_on_any_mix(text: str) -> None:
    _same_matches(text)


def test_first_characters_are_read_from_the_pattern() -> None:
    assert prefixes(r"(?<![\w])(?:Jan|Feb)\b", 2) == {("J", "a"), ("F", "e")}
    assert prefixes(r"(?<![\w])\d+", 1) == {("\\d",)}
    assert prefixes(r"(?<![\w])(?:x)?", 1) is None  # may match nothing: no bound


def test_most_patterns_get_start_regexes() -> None:
    with_starts = [name for name, (finder, _) in zip(P.RX, P.PATTERNS, strict=True) if finder.starts]
    assert len(with_starts) >= len(P.RX) * 2 // 3


def _wide_candidates(text: str) -> list[object]:
    """find_candidates as a plain search would run it: every pattern over its whole windows, no start bound."""
    hits = P.SCANNER.hits(text.lower())
    starts = P.chunks(text)
    found = []
    for t, places in hits.items():
        for rank in P.GUARDED[t]:
            finder, build = P.PATTERNS[rank]
            for lo, _, hi in P.windows(starts, places, wide=True):
                for m in finder.rx.finditer(text, lo, hi):
                    found.extend((rank, i, c) for i, c in enumerate(build(m, text)))
    return P.settle(found, len(text))


def _untriggered_candidates(text: str) -> list[object]:
    """find_candidates without triggers: every pattern over every sentence (chunk) of the text."""
    starts = P.chunks(text)
    found = []
    for rank, (finder, build) in enumerate(P.PATTERNS):
        for lo, hi in zip(starts, starts[1:], strict=False):
            for m in finder.rx.finditer(text, lo, hi):
                found.extend((rank, i, c) for i, c in enumerate(build(m, text)))
    return P.settle(found, len(text))


def _date_case_texts() -> list[str]:
    import csv
    from pathlib import Path

    with open(Path(__file__).with_name("date_cases.csv"), encoding="utf-8") as f:
        return [row["text"] for row in csv.DictReader(f)]


@pytest.mark.parametrize("text", TEXTS + _date_case_texts())
def test_matches_begun_by_their_trigger_are_all_the_matches(text: str) -> None:
    text = text.translate(FOLD)  # as tag() gives texts to find_candidates
    assert P.find_candidates(text) == _wide_candidates(text) == _untriggered_candidates(text)


@settings(max_examples=300)
@given(_texts())
def test_matches_begun_by_their_trigger_are_all_the_matches_on_any_mix(text: str) -> None:
    text = text.translate(FOLD)
    assert P.find_candidates(text) == _wide_candidates(text) == _untriggered_candidates(text)


def test_digit_triggers_are_looked_for_between_the_first_and_last_digit() -> None:
    from loaders.timex.triggers import _digit_span

    assert _digit_span("no digits here") is None
    assert _digit_span("in 2016 and '98.") == (2, 16)
    assert _digit_span("٣ talks’ 5") == (0, 10)  # any decimal digit, in a text that is not ASCII
    assert _digit_span("talks’ only") is None
