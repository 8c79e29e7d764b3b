"""Integrity of data/diplomatic_ties.csv, the days two countries established diplomatic ties.

Hand-written rows go wrong in known ways: a country spelled unlike data/countries.csv, a pair given twice (in
either order), a day that is no day, a country paired with itself, or a row without a public source.
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from loaders.vocab import load

TIES = Path(__file__).parent.parent / "data" / "diplomatic_ties.csv"
HEADER = ["country_a", "country_b", "established", "source"]


def _rows() -> list[dict[str, str]]:
    with TIES.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_header():
    with TIES.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == HEADER


@pytest.mark.parametrize("row", _rows(), ids=lambda r: f"{r['country_a']}-{r['country_b']}")
def test_row_is_whole_and_sourced(row):
    assert all(v == v.strip() for v in row.values()), row
    assert row["source"].startswith("https://"), row
    for c in (row["country_a"], row["country_b"]):
        assert load().country(c) is not None, f"{c} is not in data/countries.csv"
    assert row["country_a"] != row["country_b"], row
    assert date(1800, 1, 1) <= date.fromisoformat(row["established"]) <= date(2030, 12, 31), row


def test_no_pair_is_given_twice():
    counts = Counter(frozenset((r["country_a"], r["country_b"])) for r in _rows())
    assert [sorted(k) for k, n in counts.items() if n > 1] == []


def test_every_row_is_loaded():
    assert len(load().ties) == len(_rows())
