"""Integrity of data/venues.csv, the places of meetings the cities gazetteer lacks or puts in another country.

Hand-written rows go wrong in known ways: a country spelled unlike data/countries.csv, a form given twice (two rows
would fight over "Bali"), padded cells, a row without a public source, or a venue that names no place a summit of
data/summits.csv or a trip of data/visits.csv could be matched with.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from loaders.places import city_name, gazetteer
from loaders.vocab import load

VENUES = Path(__file__).parent.parent / "data" / "venues.csv"
HEADER = ["name", "aliases", "country", "source"]


def _rows() -> list[dict[str, str]]:
    with VENUES.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _forms(r: dict[str, str]) -> list[str]:
    return [r["name"], *[a for a in r["aliases"].split(";") if a]]


def test_header():
    with VENUES.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == HEADER


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["name"])
def test_row_is_whole_and_sourced(row):
    assert all(v == v.strip() for v in row.values()), row
    assert row["name"] and row["source"].startswith("https://"), row
    assert load().country(row["country"]) is not None, f"{row['country']} is not in data/countries.csv"


def test_no_form_is_given_twice():
    counts = Counter(f for r in _rows() for f in _forms(r))
    assert [f for f, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["name"])
def test_every_form_finds_the_venue_in_its_country(row):
    for form in _forms(row):
        assert gazetteer().cities[form][1] == row["country"], form


def test_every_capital_is_a_city_of_its_country():
    for c in load().countries:
        if c.capital and c.kind == "state":  # a union's or an organisation's seat: its host's city
            assert gazetteer().cities[c.capital][1] in (c.name, None), (c.name, c.capital)  # None: a namesake


def test_every_town_of_a_summit_or_a_trip_is_a_known_place():
    """A town of data/summits.csv or data/visits.csv is in the gazetteer: in its country, or a namesake the
    gazetteer holds elsewhere ("Goa", the Philippines' too) that the article's people and cues decide."""
    towns = {s.city for s in load().summits if s.city} | {t for v in load().visits for t in v.cities}
    assert sorted(t for t in towns if city_name(t) not in {e[0] for e in gazetteer().cities.values()}) == []
