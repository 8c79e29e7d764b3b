"""Merging per-source rows into one event, and date bounds."""

from __future__ import annotations

import pandas as pd
import pytest

from loaders.schema import to_frame
from timeline.events import country_pair, date_bounds, date_label, human_date, prepare
from timeline.synthetic import sample_event, synthetic_corpus


@pytest.mark.parametrize(
    ("date", "precision", "expected"),
    [
        ("2019-01-22", "day", ("2019-01-22", "2019-01-22")),
        ("2016-11", "month", ("2016-11-01", "2016-11-30")),
        ("2016-02", "month", ("2016-02-01", "2016-02-29")),
        ("2015", "year", ("2015-01-01", "2015-12-31")),
        (None, "none", (None, None)),
        ("", "none", (None, None)),
        ("2019-13", "month", (None, None)),
        ("2019-02-30", "day", (None, None)),
        ("soon", "none", (None, None)),
    ],
)
def test_date_bounds(date, precision, expected):
    assert date_bounds(date, precision) == expected


@pytest.mark.parametrize(
    ("date", "expected"),
    [("2019-01-22", "22 Jan 2019"), ("2016-11", "Nov 2016"), ("2015", "2015"), (None, "no date"), ("x-y", "x-y")],
)
def test_human_date(date, expected):
    assert human_date(date) == expected


def test_date_label_names_precision_and_words():
    assert date_label("2016-09", "part_of_month", "late September") == "Sep 2016 (part of a month) “late September”"
    assert date_label(None, "none") == "no date"


@pytest.mark.parametrize(
    ("countries", "lane"),
    [
        (["Russia", "Japan"], "Japan – Russia"),
        (["Japan"], "Japan (alone)"),
        ([], "countries unknown"),
        (["A", "B", "C", "D"], "multilateral (4)"),
    ],
)
def test_country_pair(countries, lane):
    assert country_pair(countries) == lane


def test_one_row_per_event_id_with_every_source_kept():
    frame = to_frame([
        sample_event("e1", "a.txt", date="2016-05", date_precision="month", date_confidence=0.6,
                     date_start="2016-05-01", date_end="2016-05-31", status="planned",
                     participants=["Shinzo Abe"], countries=["Japan", "Russia"]),
        sample_event("e1", "b.txt", date="2016-05-06", date_precision="day", date_confidence=0.95,
                     date_start="2016-05-06", date_end="2016-05-06", status="held",
                     participants=["Vladimir Putin", "Shinzo Abe"], location=None),
        sample_event("e2", "b.txt"),
    ])
    prep = prepare(frame)
    assert list(prep.merged["event_id"]) == ["e1", "e2"]
    e1 = prep.merged.iloc[0]
    # the best-dated source gives the date; held wins over planned; participants are the union
    assert e1["date"] == "2016-05-06" and e1["date_precision"] == "day"
    assert e1["status"] == "held"
    assert e1["participants"] == ["Vladimir Putin", "Shinzo Abe"]
    assert e1["location"] == "Moscow"  # from the other source, since the best one has none
    assert e1["n_sources"] == 2
    assert list(prep.rows["code"]) == [0, 0, 1]
    assert sorted(prep.actor_codes["Shinzo Abe"]) == [0, 1]
    assert prep.actor_kind["Japan"] == "country" and prep.actor_kind["Shinzo Abe"] == "person"


def test_dates_missing_start_end_are_derived_and_undated_flagged():
    frame = to_frame([
        sample_event("e1", date="2016-11", date_precision="month", date_start=None, date_end=None),
        sample_event("e2", date=None, date_precision="none", date_start=None, date_end=None),
    ])
    m = prepare(frame).merged
    assert m.loc[0, "start"] == pd.Timestamp("2016-11-01") and m.loc[0, "end"] == pd.Timestamp("2016-11-30")
    assert bool(m.loc[0, "dated"]) and not bool(m.loc[1, "dated"])
    assert pd.isna(m.loc[1, "year_start"])


def test_empty_frame():
    prep = prepare(to_frame([]))
    assert prep.merged.empty and prep.actor_codes == {}


def test_unknown_type_becomes_other():
    assert prepare(to_frame([sample_event(type="banquet")])).merged.loc[0, "type"] == "other"


def test_synthetic_corpus_is_consistent():
    events, articles = synthetic_corpus(200, seed=3)
    texts = dict(zip(articles["article"], articles["text"], strict=True))
    for _, row in events.iterrows():
        assert texts[row["article"]][row["evidence_start"]:row["evidence_end"]] == row["evidence"]
    prep = prepare(events)
    assert prep.merged["event_id"].is_unique
    assert len(prep.merged) == 200
