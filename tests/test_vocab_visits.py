"""Integrity of data/visits.csv, the leaders' trips abroad that place a year-less meeting abroad on the calendar.

The table is hand-written from public lists of leaders' trips, so the checks catch what hand-written tables get
wrong: a name or country spelled unlike the other vocabularies, days in the wrong order, a trip filed while its
leader was out of office, a trip to the leader's own country, a row given twice, a row without a source.
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from loaders.vocab import load

VISITS = Path(__file__).parent.parent / "data" / "visits.csv"
HEADER = ["leader", "host_country", "cities", "start", "end", "kind", "source"]
KINDS = {"state_visit", "official_visit", "working_visit", "summit", "other"}
LONGEST = 14  # days in one country on one trip


def _rows() -> list[dict[str, str]]:
    with VISITS.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_header():
    with VISITS.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == HEADER


@pytest.mark.parametrize("row", _rows(), ids=lambda r: f"{r['leader']}-{r['host_country']}-{r['start']}")
def test_row(row):
    people = {p.name: p for p in load().people}
    countries = {c.name for c in load().countries}
    assert row["leader"] in people, "the leader is spelled as in data/people.csv"
    assert row["host_country"] in countries, "the country is spelled as in data/countries.csv"
    assert row["host_country"] != people[row["leader"]].country, "a trip abroad"
    start, end = date.fromisoformat(row["start"]), date.fromisoformat(row["end"])
    assert start <= end and (end - start).days < LONGEST
    assert row["kind"] in KINDS
    assert row["source"].startswith("https://")
    heads = [t for t in people[row["leader"]].terms  # (a crown prince's trips too: Mohammed bin Salman's in 2019)
             if t.role in ("head_of_state", "head_of_government", "crown_prince")]
    if heads:
        assert any(t.covers(start) and t.covers(end) for t in heads), "in office on every day of the trip"


def test_no_row_twice_and_no_overlapping_trips_of_one_leader():
    rows = _rows()
    assert not [k for k, n in Counter(tuple(r.values()) for r in rows).items() if n > 1]
    by_leader: dict[str, list[tuple[date, date]]] = {}
    for r in rows:
        by_leader.setdefault(r["leader"], []).append((date.fromisoformat(r["start"]), date.fromisoformat(r["end"])))
    for leader, spans in by_leader.items():
        spans.sort()
        for (_, end), (start, last) in zip(spans, spans[1:], strict=False):
            # a tour may change country on a day, and a hop lies within a stay (Ramallah from Jerusalem)
            assert start >= end or last <= end, f"{leader}: two trips overlap ({start})"
