"""URL query parameters <-> view state; bad links never break the page; the folder fingerprint."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.data import ENV_VAR, article_count, article_files, articles_dir, fingerprint
from timeline.filters import FilterState
from timeline.state import ViewState, parse_query, to_query

ACTORS = ["Shinzo Abe", "Vladimir Putin", "Japan", "Russia"]
YEARS = (2013, 2019)
IDS = ["e1", "e2"]


def parse(params):
    return parse_query(params, ACTORS, YEARS, IDS, ["a.txt"])


def test_round_trip():
    vs = ViewState(
        filters=FilterState(actors=("Shinzo Abe", "Russia"), actor_mode="all", years=(2015, 2016),
                            types=("summit",), statuses=("planned",), text="peace treaty", undated=False,
                            article="a.txt"),
        view="Table", lane="pair", event="e2", actors_kind="country", actors_top=7,
    )
    assert parse(to_query(vs)) == vs


def test_defaults_make_an_empty_query():
    assert to_query(ViewState()) == {}
    assert parse({}) == ViewState()


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"actor": ["Nobody", "Japan"]}, lambda v: v.filters.actors == ("Japan",)),
        ({"actor": "Japan|Russia"}, lambda v: v.filters.actors == ("Japan", "Russia")),
        ({"from": "abc", "to": "2015"}, lambda v: v.filters.years == (2013, 2015)),
        ({"from": "2018", "to": "2014"}, lambda v: v.filters.years == (2014, 2018)),
        ({"from": "1900", "to": "3000"}, lambda v: v.filters.years is None),
        ({"from": "99999999999999999999999"}, lambda v: v.filters.years is None),
        ({"to": "1900"}, lambda v: v.filters.years is None),  # not clipped to one year (issue 17, 7)
        ({"from": "2015", "to": "1900"}, lambda v: v.filters.years == (2015, 2019)),
        ({"from": "2100", "to": "2014"}, lambda v: v.filters.years == (2013, 2014)),
        ({"from": "20 15", "to": "2O16"}, lambda v: v.filters.years is None),
        ({"type": ["summit", "<script>"]}, lambda v: v.filters.types == ("summit",)),
        ({"status": "cancelled"}, lambda v: v.filters.statuses == ()),
        ({"view": "Admin"}, lambda v: v.view == "Timeline"),
        ({"lanes": "x"}, lambda v: v.lane == "type"),
        ({"event": "missing"}, lambda v: v.event is None),
        ({"article": "../etc/passwd"}, lambda v: v.filters.article == ""),
        ({"who": "aliens", "top": "9999"}, lambda v: (v.actors_kind, v.actors_top) == ("person", 60)),
        ({"q": "x" * 10_000}, lambda v: len(v.filters.text) == 200),
        ({"undated": "0"}, lambda v: v.filters.undated is False),
        ({"mode": "weird"}, lambda v: v.filters.actor_mode == "any"),
    ],
)
def test_bad_params_are_dropped_not_fatal(params, check):
    assert check(parse(params))


@given(st.dictionaries(st.sampled_from(["actor", "from", "to", "type", "status", "q", "view", "lanes", "event",
                                        "mode", "undated", "zzz"]),
                       st.one_of(st.text(max_size=30), st.lists(st.text(max_size=10), max_size=3))))
def test_any_query_parses(params):
    vs = parse(params)
    assert set(vs.filters.actors) <= set(ACTORS)
    if vs.filters.years:
        assert YEARS[0] <= vs.filters.years[0] <= vs.filters.years[1] <= YEARS[1]


def test_articles_dir_env():
    assert articles_dir({ENV_VAR: "/tmp/x"}) == Path("/tmp/x")
    assert articles_dir({}).name == "articles"


def test_fingerprint_changes_with_files(tmp_path: Path):
    empty = fingerprint(tmp_path)
    (tmp_path / "a.txt").write_text("one")
    first = fingerprint(tmp_path)
    assert first != empty
    (tmp_path / ".upload-x.part").write_text("temp")
    (tmp_path / "notes.md").write_text("not an article")
    assert fingerprint(tmp_path) == first  # hidden, temp and foreign files do not count
    time.sleep(0.01)
    (tmp_path / "a.txt").write_text("two")
    os.utime(tmp_path / "a.txt", ns=(1, 2))
    assert fingerprint(tmp_path) != first
    assert article_count(tmp_path) == 1
    (tmp_path / "metadata.csv").write_text("file\n")
    assert [p.name for p in article_files(tmp_path)] == ["a.txt", "metadata.csv"]
    assert article_count(tmp_path) == 1
    assert article_files(tmp_path / "missing") == []
