"""An anniversary of two countries' diplomatic ties puts the article in its year (data/diplomatic_ties.csv)."""

from __future__ import annotations

import pytest

from loaders.dating.written_window import anniversary

CASES = [
    # sentence, the article's two countries, the year the article is in (None: the sentence fixes none)
    ("This year marks the 45th anniversary of the establishment of China-US diplomatic relations.", (), 2024),
    ("the 50th anniversary of the establishment of diplomatic relations between China and Brazil", (), 2024),
    ("Next year marks the 50th anniversary of the establishment of diplomatic ties between China and Brazil, Xi said.",
     (), 2023),
    ("Last year marked the 30th anniversary of diplomatic relations between South Korea and Vietnam.", (), 2023),
    ("activities celebrating the 50th anniversary of the countries' diplomatic ties this year",
     ("New Zealand", "Vietnam"), 2025),
    ("as the two sides prepare for the 30th anniversary of the establishment of diplomatic relations between the two "
     "countries", ("South Korea", "Vietnam"), 2022),
    ("the 60th anniversary of bilateral diplomatic relations", ("Japan", "South Korea"), 2025),
    # the year told in the sentence: a plan for it, not the year the article is written in
    ("initiatives in 2025 to mark the 50th anniversary of diplomatic relations", ("New Zealand", "Vietnam"), None),
    # no two countries known, or ties the data does not hold
    ("the 50th anniversary of the countries' diplomatic ties", (), None),
    ("the 50th anniversary of diplomatic relations between Hungary and Malaysia", (), None),
    ("the 50th anniversary of diplomatic ties", ("Brazil", "China", "India"), None),
    # other anniversaries are as before
    ("the 60th anniversary of the founding of the United Nations", (), 2005),
    ("the 20th anniversary of the strategic partnership", ("China", "Russia"), None),
]


@pytest.mark.parametrize(("text", "pair", "year"), CASES, ids=[c[0][:50] for c in CASES])
def test_an_anniversary_of_ties_gives_the_year(text, pair, year):
    marked = anniversary(text, pair)
    assert (marked[0] if marked else None) == year, marked
