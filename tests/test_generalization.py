"""Articles about other countries and from other outlets: every expected event is found, and nothing else."""

import csv
from pathlib import Path

import pytest

from loaders.corpus import extract_folder

SAMPLES = Path(__file__).parent / "fixtures" / "generalization"
EXPECTED = list(csv.DictReader((SAMPLES / "expected.csv").open(encoding="utf-8")))


@pytest.fixture(scope="module")
def events():
    return extract_folder(SAMPLES).events


def _matches(e, row) -> bool:
    return (e.article == row["file"] and e.type == row["type"] and e.status == row["status"]
            and (e.date or "") == row["date"] and (e.location or "") == row["location"]
            and set(row["participants"].split(";")) <= set(e.participants))


@pytest.mark.parametrize("row", EXPECTED, ids=lambda r: f"{r['file']}:{r['location'] or r['date']}")
def test_expected_event_found(events, row):
    found = [e for e in events if e.article == row["file"] and (e.location or "") == row["location"]]
    assert any(_matches(e, row) for e in events), found


@pytest.mark.parametrize("name", sorted({r["file"] for r in EXPECTED}))
def test_nothing_else(events, name):
    got = [e for e in events if e.article == name]
    assert len(got) == sum(1 for r in EXPECTED if r["file"] == name), [(e.type, e.date, e.location) for e in got]
