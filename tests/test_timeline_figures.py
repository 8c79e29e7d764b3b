"""The timeline figure: points vs spans, one point per event, event codes in customdata, hollow planned."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import plotly.io as pio
import pytest

from loaders.schema import to_frame
from timeline.events import prepare
from timeline.figures import (
    DAY_MS,
    SPAN_MIN_FRACTION,
    SYMBOL_HELD,
    SYMBOL_PLANNED,
    co_occurrence,
    lane_labels,
    pair_table,
    selected_code,
    stack_offsets,
    timeline_figure,
)
from timeline.synthetic import sample_event, synthetic_corpus


def _spec(fig):
    return json.loads(pio.to_json(fig, validate=False))


def _clickable(spec):
    """(trace, customdata list) of every trace a click can select."""
    out = []
    for tr in spec["data"]:
        cd = tr.get("customdata")
        if cd is None:
            continue
        if isinstance(cd, dict):  # plotly may encode numpy arrays as typed arrays
            cd = np.frombuffer(__import__("base64").b64decode(cd["bdata"]), dtype=cd["dtype"]).tolist()
        out.append((tr, list(cd)))
    return out


@pytest.fixture(scope="module")
def prep():
    return prepare(to_frame([
        sample_event("day", "a.txt"),
        sample_event("day", "b.txt"),  # second source of the same event
        sample_event("month", "a.txt", type="ministerial", date="2016-11", date_precision="month",
                     date_start="2016-11-01", date_end="2016-11-30", status="planned"),
        sample_event("late-sep", "b.txt", type="summit", date="2016-09", date_precision="part_of_month",
                     date_text="late September", date_start="2016-09-21", date_end="2016-09-30"),
        sample_event("year", "c.txt", type="working_level", date="2015", date_precision="year",
                     date_start="2015-01-01", date_end="2015-12-31"),
        sample_event("nodate", "c.txt", date=None, date_precision="none", date_start=None, date_end=None),
    ]))


def _code(prep, eid):
    return prep.code_of(eid)


def test_one_clickable_mark_per_dated_event(prep):
    spec = _spec(timeline_figure(prep.merged))
    codes = [c for _, cd in _clickable(spec) for c in cd]
    assert sorted(codes) == sorted(_code(prep, e) for e in ["day", "month", "late-sep", "year"])
    assert _code(prep, "nodate") not in codes  # undated events are listed beside the chart, not drawn


def test_day_is_point_and_vaguer_dates_are_spans(prep):
    spec = _spec(timeline_figure(prep.merged))
    kinds = {}
    for tr, cd in _clickable(spec):
        for c in cd:
            kinds[c] = tr["type"]
    assert kinds[_code(prep, "day")] == "scatter"
    for eid in ("month", "late-sep", "year"):
        assert kinds[_code(prep, eid)] == "bar", eid


def test_spans_cover_their_dates_and_have_a_minimum_width(prep):
    fig = timeline_figure(prep.merged)
    bars = [t for t in fig.data if t.type == "bar"]
    found = {}
    for tr in bars:
        for base, width, code in zip(tr.base, tr.x, tr.customdata, strict=True):
            found[int(code)] = (pd.Timestamp(base), pd.Timedelta(milliseconds=float(width)))
    start, width = found[_code(prep, "year")]
    assert start == pd.Timestamp("2015-01-01") and width == pd.Timedelta(days=365)
    start, width = found[_code(prep, "late-sep")]
    # 10 days is narrower than the minimum (1% of the 4 years shown), so the bar is widened around its middle
    total = pd.Timestamp("2019-01-23") - pd.Timestamp("2015-01-01")
    assert width == pd.Timedelta(milliseconds=int(total / pd.Timedelta(milliseconds=1) * SPAN_MIN_FRACTION))
    mid = pd.Timestamp("2016-09-21") + pd.Timedelta(days=5)
    assert abs((start + width / 2) - mid) <= pd.Timedelta(hours=12)


def test_symbol_numbers_are_plotly_circle_and_open_circle():
    import plotly.graph_objects as go

    values = go.scatter.Marker()._get_validator("symbol").values
    assert values[values.index(SYMBOL_HELD) + 2] == "circle"
    assert values[values.index(SYMBOL_PLANNED) + 2] == "circle-open"


def test_planned_hollow_held_filled(prep):
    fig = timeline_figure(prep.merged)
    for tr in fig.data:
        if tr.type == "bar":
            for code, color in zip(tr.customdata, tr.marker.color, strict=True):
                alpha = float(color.rsplit(",", 1)[1].rstrip(")"))
                planned = prep.merged.loc[int(code), "status"] == "planned"
                assert (alpha < 0.2) == planned
        elif tr.customdata is not None:
            for code, sym in zip(tr.customdata, tr.marker.symbol, strict=True):
                planned = prep.merged.loc[int(code), "status"] == "planned"
                assert sym == (SYMBOL_PLANNED if planned else SYMBOL_HELD)


def test_hover_says_date_precision_type_people_place_sources(prep):
    fig = timeline_figure(prep.merged)
    hover = {}
    for tr in fig.data:
        if tr.customdata is not None:
            hover.update({int(c): h for c, h in zip(tr.customdata, tr.hovertext, strict=True)})
    text = hover[_code(prep, "day")]
    for part in ("22 Jan 2019", "exact day", "Summit", "Shinzo Abe", "Moscow", "2 sources"):
        assert part in text
    assert "late September" in hover[_code(prep, "late-sep")]


def test_hover_escapes_html():
    prep = prepare(to_frame([sample_event(participants=["<img src=x onerror=alert(1)>"], location="<b>X</b>")]))
    fig = timeline_figure(prep.merged)
    text = fig.data[0].hovertext[0]
    assert "<img" not in text and "&lt;img" in text and "&lt;b&gt;X" in text


def test_lanes_by_type_and_by_pair(prep):
    m = prep.merged[prep.merged["dated"]]
    lanes, labels = lane_labels(m, "type")
    assert labels == ["Summit", "Ministerial", "Working level"]
    lanes, labels = lane_labels(m, "pair")
    assert labels == ["Japan – Russia"]
    assert set(lanes) == {0}


def test_range_slider_and_date_axis(prep):
    layout = timeline_figure(prep.merged).layout
    assert layout.xaxis.type == "date" and layout.xaxis.rangeslider.visible
    lo, hi = (pd.Timestamp(x) for x in layout.xaxis.range)
    assert lo < pd.Timestamp("2015-01-01") and hi > pd.Timestamp("2019-01-23")


def test_single_day_gets_a_readable_range():
    prep = prepare(to_frame([sample_event()]))
    lo, hi = (pd.Timestamp(x) for x in timeline_figure(prep.merged).layout.xaxis.range)
    assert pd.Timedelta(days=30) <= pd.Timestamp("2019-01-22") - lo <= pd.Timedelta(days=40)
    assert hi - lo >= pd.Timedelta(days=60)


def test_many_events_use_webgl_with_one_marker_per_event():
    events, _ = synthetic_corpus(2500, seed=1)
    prep = prepare(events)
    dated = prep.merged[prep.merged["dated"]]
    fig = timeline_figure(dated)
    assert {t.type for t in fig.data if t.customdata is not None} == {"scattergl"}
    codes = np.concatenate([np.asarray(t.customdata) for t in fig.data if t.customdata is not None])
    assert len(codes) == len(dated) and len(set(codes.tolist())) == len(dated)


def test_empty_figure_does_not_fail(prep):
    fig = timeline_figure(prep.merged.iloc[0:0])
    assert len(fig.data) == 0


def test_stack_offsets_separate_overlaps_in_a_lane():
    start = np.array([0, 5, 20, 0])
    end = np.array([10, 15, 30, 10])
    lanes = np.array([0, 0, 0, 1])
    off = stack_offsets(start, end, lanes, gap=0)
    assert off[0] != off[1]  # overlap -> different rows
    assert off[2] == off[0]  # after both ended -> first row again
    assert off[3] == off[0]  # another lane starts afresh


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        ({"selection": {"points": [{"customdata": 3, "point_index": 0}]}}, 3),
        ({"selection": {"points": [{"customdata": [7], "point_index": 0}]}}, 7),
        ({"selection": {"points": []}}, None),
        ({"selection": {"points": [{"point_index": 0}]}}, None),
        ({"selection": {"points": [{"customdata": "x"}]}}, None),
        (None, None),
        ({}, None),
    ],
)
def test_selected_code(selection, expected):
    assert selected_code(selection) == expected


def test_co_occurrence_counts_events_per_pair():
    events, _ = synthetic_corpus(300, seed=2)
    merged = prepare(events).merged
    mat = co_occurrence(merged, "country", top=50)
    assert (mat.to_numpy() == mat.to_numpy().T).all()
    japan_russia = sum(1 for c in merged["countries"] if "Japan" in c and "Russia" in c)
    assert mat.loc["Japan", "Russia"] == japan_russia
    assert mat.loc["Japan", "Japan"] == sum(1 for c in merged["countries"] if "Japan" in c)
    pairs = pair_table(mat)
    assert pairs["events"].is_monotonic_decreasing
    assert DAY_MS == 86_400_000
