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


def _reference(frame: pd.DataFrame) -> dict[str, dict]:
    """What prepare must give, per event_id, computed the slow and obvious way (one group at a time)."""
    out: dict[str, dict] = {}
    for eid, group in frame.groupby("event_id", sort=False):
        ranked = group.assign(
            nodate=group["date"].isna() | (group["date"].astype(str) == ""),
            conf=-pd.to_numeric(group["date_confidence"], errors="coerce").fillna(0.0),
            rank=group["date_precision"].map({"day": 0, "part_of_month": 1, "month": 2, "season": 3, "quarter": 4,
                                              "year": 5, "none": 9}).fillna(9),
        ).sort_values(["nodate", "conf", "rank"], kind="stable")
        best = ranked.iloc[0]
        people = list(best["participants"])
        for p in group["participants"]:
            people += [x for x in p if x not in people]
        types = [t for t in group["type"] if isinstance(t, str)]
        top = max(types.count(t) for t in types) if types else 0
        location = best["location"] if isinstance(best["location"], str) and best["location"] else next(
            (x for x in group["location"] if isinstance(x, str) and x), None)
        out[str(eid)] = dict(
            date=best["date"], n_sources=group["article"].nunique(),
            participants=people if len(group) > 1 else list(best["participants"]),
            countries=sorted({c for cs in group["countries"] for c in cs}) if len(group) > 1
            else list(best["countries"]),
            status="held" if (group["status"] == "held").any() else best["status"],
            type=next(t for t in types if types.count(t) == top) if len(group) > 1 else best["type"],
            location=location,
            articles=", ".join(dict.fromkeys(a for a in group["article"].fillna("").astype(str) if a)),
        )
    return out


def test_prepare_matches_a_group_by_group_reference():
    events, _ = synthetic_corpus(1500, seed=5, sources_per_event=1.6)
    # a few awkward rows: a source without article name, another type, a missing place, a tie of types
    extra = to_frame([
        sample_event("ev000001", "zz.txt", type="ministerial", location=None),
        sample_event("tie", "t1.txt", type="summit"), sample_event("tie", "t2.txt", type="ministerial"),
        sample_event("noname", "n.txt"),
    ])
    frame = pd.concat([events, extra], ignore_index=True)
    frame.loc[frame["event_id"] == "noname", "article"] = None
    prep = prepare(frame)
    want = _reference(frame)
    merged = prep.merged.set_index("event_id")
    assert set(merged.index) == set(want)
    for eid, fields in want.items():
        got = merged.loc[eid]
        for key, value in fields.items():
            missing = not isinstance(value, (str, list, int)) and pd.isna(value)
            assert (missing and not isinstance(got[key], (str, list))) or got[key] == value, (eid, key)
    # every source row knows its event; actor codes are the events each name appears in
    assert (prep.merged["event_id"].to_numpy()[prep.rows["code"].to_numpy()] == prep.rows["event_id"]).all()
    for name, codes in prep.actor_codes.items():
        expect = [c for c, (p, n) in enumerate(zip(prep.merged["participants"], prep.merged["countries"],
                                                    strict=True)) if name in p or name in n]
        assert codes.tolist() == expect, name
    assert prep.merged.loc[prep.code_of("tie"), "type"] == "summit"  # a tie goes to the first source's type


def test_code_of_and_event_ids():
    prep = prepare(to_frame([sample_event("a"), sample_event("b"), sample_event("a", "x.txt")]))
    assert prep.event_ids == ["a", "b"]
    assert prep.code_of("b") == 1 and prep.code_of("a") == 0
    assert prep.code_of("nope") is None and prep.code_of(None) is None  # type: ignore[arg-type]
