"""The timeline figure: points vs spans, one point per event, event codes in customdata, hollow planned."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import plotly.io as pio
import pytest

from loaders.schema import to_frame
from timeline.details import event_title
from timeline.events import prepare
from timeline.figures import (
    BIN_FLAG,
    DAY_MS,
    DETAIL_LIMIT,
    MAX_BARS,
    SPAN_MIN_FRACTION,
    SYMBOL_HELD,
    SYMBOL_PLANNED,
    BinPick,
    bin_edges,
    bin_label,
    choose_unit,
    co_occurrence,
    event_titles,
    events_in_bin,
    lane_labels,
    lane_lines,
    midpoint_days,
    pair_table,
    selected_bin,
    selected_code,
    stack_offsets,
    timeline_figure,
    timeline_note,
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


# ---------------------------------------------------------------- many events: counts per lane and period


def _rows(tr):
    """The customdata rows of a count bar trace (plotly writes numpy arrays as typed arrays)."""
    cd = tr.get("customdata")
    if isinstance(cd, dict):
        arr = np.frombuffer(__import__("base64").b64decode(cd["bdata"]), dtype=cd["dtype"])
        return arr.reshape([int(x) for x in str(cd["shape"]).split(",")]).tolist()
    return [list(r) for r in cd]


@pytest.fixture(scope="module")
def big():
    events, _ = synthetic_corpus(7000, seed=4)
    prep = prepare(events)
    return prep, prep.merged[prep.merged["dated"]]


def test_more_than_the_limit_gives_counts_with_a_note(big):
    prep, dated = big
    assert len(dated) > DETAIL_LIMIT
    fig = timeline_figure(prep.merged)  # undated events are left out as always
    note = timeline_note(fig)
    assert note is not None
    assert note.startswith(f"{len(dated):,} events: showing weekly counts")
    assert f"{DETAIL_LIMIT:,} or fewer to see single events" in note and "click a bar" in note
    spec = _spec(fig)
    assert spec["layout"]["meta"]["unit"] == "week"
    assert {tr["type"] for tr in spec["data"]} == {"bar"}
    rows = [r for tr in spec["data"] for r in _rows(tr)]
    assert all(r[0] == BIN_FLAG for r in rows)
    assert sum(r[4] for r in rows) == len(dated)  # every event counted once
    assert sum(r[5] + r[6] for r in rows) == len(dated)  # held + planned
    assert len(rows) <= MAX_BARS
    assert len(pio.to_json(fig, validate=False)) < 1_000_000  # numbers, no per-event strings
    assert "hovertext" not in spec["data"][0] or all(isinstance(h, str) for h in spec["data"][0]["hovertext"])


def test_the_limit_is_a_parameter_and_small_figures_have_no_note(big, prep):
    _, dated = big
    assert timeline_note(timeline_figure(dated, detail_limit=len(dated))) is None
    assert timeline_note(timeline_figure(prep.merged)) is None
    small = timeline_figure(dated.iloc[:50], detail_limit=10)
    assert timeline_note(small) is not None


def test_each_bar_lists_exactly_its_events(big):
    _, dated = big
    for lane_mode in ("type", "pair"):
        spec = _spec(timeline_figure(dated, lane_mode=lane_mode))
        seen: list[int] = []
        for tr in spec["data"]:
            for r in _rows(tr):
                pick = BinPick(lane=r[1], first_day=r[2], end_day=r[3])
                codes = events_in_bin(dated, lane_mode, pick)
                assert len(codes) == r[4]
                planned = (dated.loc[codes, "status"] == "planned").sum()
                assert planned == r[6]
                seen.extend(codes.tolist())
        assert sorted(seen) == sorted(dated.index.tolist())  # the bars partition the events


def test_pair_lanes_use_a_coarser_period(big):
    _, dated = big
    spec = _spec(timeline_figure(dated, lane_mode="pair"))
    n_lanes = len(spec["layout"]["yaxis"]["tickvals"])
    assert n_lanes <= 31
    unit = spec["layout"]["meta"]["unit"]
    assert unit == choose_unit(int(midpoint_days(dated).max() - midpoint_days(dated).min()) + 1, n_lanes)
    assert len(spec["layout"]["shapes"]) == n_lanes - 1


@pytest.mark.parametrize(
    ("span_days", "lanes", "unit"),
    [(100, 5, "day"), (3000, 5, "week"), (2000, 31, "month"), (3000, 31, "quarter"), (3000, 200, "year"),
     (40000, 31, "year"), (10**7, 31, "year")],
)
def test_choose_unit(span_days, lanes, unit):
    assert choose_unit(span_days, lanes) == unit


def test_bin_edges_weeks_start_on_monday_and_months_follow_the_calendar():
    days = (pd.to_datetime(["2019-01-22", "2016-02-29", "1969-12-31", "2020-12-31"]) - pd.Timestamp(0)).days
    day = np.asarray(days, dtype="int64")

    def dates(a):
        return [str(pd.Timestamp(int(x), unit="D").date()) for x in a]

    first, end = bin_edges(day, "week")
    assert dates(first) == ["2019-01-21", "2016-02-29", "1969-12-29", "2020-12-28"]
    assert all(pd.Timestamp(int(x), unit="D").day_of_week == 0 for x in first)
    assert (end - first == 7).all()
    first, end = bin_edges(day, "month")
    assert dates(first) == ["2019-01-01", "2016-02-01", "1969-12-01", "2020-12-01"]
    assert dates(end) == ["2019-02-01", "2016-03-01", "1970-01-01", "2021-01-01"]
    first, end = bin_edges(day, "quarter")
    assert dates(first) == ["2019-01-01", "2016-01-01", "1969-10-01", "2020-10-01"]
    first, end = bin_edges(day, "year")
    assert dates(first) == ["2019-01-01", "2016-01-01", "1969-01-01", "2020-01-01"]
    assert dates(end) == ["2020-01-01", "2017-01-01", "1970-01-01", "2021-01-01"]
    first, end = bin_edges(day, "day")
    assert (first == day).all() and (end == day + 1).all()


def test_a_vague_date_counts_at_its_middle():
    prep = prepare(to_frame([sample_event("y", date="2015", date_precision="year", date_start="2015-01-01",
                                          date_end="2015-12-31")]))
    (mid,) = midpoint_days(prep.merged)
    assert str(pd.Timestamp(int(mid), unit="D").date()) == "2015-07-02"


def test_bin_label():
    day = int((pd.Timestamp("2016-05-02") - pd.Timestamp(0)).days)
    pick = BinPick(0, day, day + 7)
    assert bin_label(pick, "week") == "week of 2 May 2016"
    assert bin_label(pick, "month") == "May 2016"
    assert bin_label(pick, "year") == "2016"
    assert bin_label(pick, "day") == "2 May 2016"


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        ({"selection": {"points": [{"customdata": [BIN_FLAG, 2, 100, 107, 5, 4, 1, 0]}]}}, BinPick(2, 100, 107)),
        # the browser sends a row of a typed array as an object with index keys
        ({"selection": {"points": [{"customdata": {"0": BIN_FLAG, "1": 1, "2": 10, "3": 17, "4": 1}}]}},
         BinPick(1, 10, 17)),
        ({"selection": {"points": [{"customdata": 3}]}}, None),
        ({"selection": {"points": [{"customdata": [BIN_FLAG, 2, 100, 100]}]}}, None),  # empty period
        ({"selection": {"points": []}}, None),
        (None, None),
    ],
)
def test_selected_bin(selection, expected):
    assert selected_bin(selection) == expected


def test_selected_code_ignores_count_bars():
    bar = {"customdata": [BIN_FLAG, 2, 100, 107, 5, 4, 1, 0]}
    assert selected_code({"selection": {"points": [bar]}}) is None
    assert selected_code({"selection": {"points": [bar, {"customdata": 9}]}}) == 9
    assert selected_code({"selection": {"points": [{"customdata": {"0": 4}}]}}) == 4
    assert selected_code({"selection": {"points": [{"customdata": -1}]}}) is None


def test_event_titles_match_the_details_title(prep):
    events, _ = synthetic_corpus(400, seed=9)
    for p in (prep, prepare(events)):
        assert event_titles(p.merged) == [event_title(p, int(c)) for c in p.merged.index]


def test_lane_lines_are_what_add_hline_draws():
    import plotly.graph_objects as go

    fig = go.Figure()
    for i in range(3):
        fig.add_hline(y=i + 0.5, line=dict(color="#ddd", width=1))
    assert [s.to_plotly_json() for s in go.Figure(layout=dict(shapes=lane_lines([0.5, 1.5, 2.5]))).layout.shapes] == \
        [s.to_plotly_json() for s in fig.layout.shapes]


def test_co_occurrence_matches_counting_pairs():
    from collections import Counter
    from itertools import combinations

    events, _ = synthetic_corpus(500, seed=11)
    merged = prepare(events).merged
    for kind, column in (("country", "countries"), ("person", "participants")):
        lists = [sorted({str(x) for x in v}) for v in merged[column]]
        totals = Counter(a for names in lists for a in names)
        names = [a for a, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[:6]]
        mat = co_occurrence(merged, kind, top=6)
        assert list(mat.index) == names == list(mat.columns)
        pairs = Counter(p for lst in lists for p in combinations([x for x in lst if x in names], 2))
        for a in names:
            assert mat.loc[a, a] == totals[a]
            for b in names:
                if a < b:
                    assert mat.loc[a, b] == mat.loc[b, a] == pairs[(a, b)]
    assert co_occurrence(merged.iloc[0:0]).empty


def _marker_pixels(fig, width_px: float):
    """Centre in pixels of every marker of the main plot at the initial view (x across width_px, y by lane)."""
    from timeline.figures import SUB_ROW_PX

    x0, x1 = (pd.Timestamp(v).value / 1e6 for v in fig.layout.xaxis.range)
    lane_px = SUB_ROW_PX  # one y unit is one sub-row
    out = []
    for tr in fig.data:
        if tr.type != "scatter" or tr.customdata is None:
            continue
        for x, y in zip(tr.x, tr.y, strict=True):
            out.append(((pd.Timestamp(x).value / 1e6 - x0) / (x1 - x0) * width_px, y * lane_px))
    return out


def test_no_point_hides_another_at_the_default_zoom():
    """50 meetings, many within days of each other: every marker keeps its own place (issue 17, 9)."""
    from timeline.figures import MARKER_PX, PLOT_PX

    rng = np.random.default_rng(3)
    days = pd.Timestamp("2016-01-01") + pd.to_timedelta(np.concatenate([rng.integers(0, 20, 30),
                                                                        rng.integers(0, 1500, 20)]), unit="D")
    events = [sample_event(f"e{i}", date=str(d.date()), date_start=str(d.date()), date_end=str(d.date()))
              for i, d in enumerate(days)]
    fig = timeline_figure(prepare(to_frame(events)).merged)
    pts = _marker_pixels(fig, PLOT_PX)
    assert len(pts) == 50
    for i in range(len(pts)):
        for j in range(i):
            dx, dy = abs(pts[i][0] - pts[j][0]), abs(pts[i][1] - pts[j][1])
            assert dx >= MARKER_PX - 0.5 or dy >= MARKER_PX - 0.5, (i, j, pts[i], pts[j])


def test_points_carry_who_met_where_there_is_room_and_the_legend_only_explains(prep):
    from timeline.figures import short_label

    assert short_label(["Shinzo Abe", "Vladimir Putin"], []) == "Abe–Putin"
    assert short_label(["Xi Jinping", "Shinzo Abe", "Narendra Modi"], []) == "Xi–Abe +1"
    assert short_label(["Yoon Suk Yeol", "Fumio Kishida"], []) == "Yoon–Kishida"
    assert short_label([], ["Japan", "Russia"]) == "Japan–Russia"
    fig = timeline_figure(prep.merged)
    texts = [a.text for a in fig.layout.annotations]
    assert "Abe–Putin" in texts
    # every label fits inside the initial view (the last point's goes on its left)
    from timeline.figures import LABEL_CHAR_PX, PLOT_PX

    x0, x1 = (pd.Timestamp(v).value for v in fig.layout.xaxis.range)
    for a in fig.layout.annotations:
        at = (pd.Timestamp(a.x).value - x0) / (x1 - x0) * PLOT_PX + a.xshift
        width = len(a.text) * LABEL_CHAR_PX
        lo, hi = (at - width, at) if a.xanchor == "right" else (at, at + width)
        assert 0 <= lo and hi <= PLOT_PX, (a.text, lo, hi)
    # type by colour, held / planned by fill: the type swatches are all filled, clicking the legend hides nothing
    legend = [tr for tr in fig.data if tr.showlegend is not False and tr.x == (None,)]
    assert {tr.name for tr in legend} >= {"Summit", "held", "planned"}
    assert all(tr.marker.symbol in ("square", "circle") for tr in legend if tr.name != "planned")
    assert all(tr.showlegend is False for tr in fig.data if tr.customdata is not None)
    assert fig.layout.legend.itemclick is False and fig.layout.legend.itemdoubleclick is False


def test_who_met_whom_draws_only_pairs_that_met_and_a_click_finds_the_pair():
    from timeline.figures import actors_figure

    events = [sample_event("a"), sample_event("b", participants=["Shinzo Abe", "Xi Jinping"],
                                              countries=["China", "Japan"])]
    matrix = co_occurrence(prepare(to_frame(events)).merged, "country", top=10)
    fig = actors_figure(matrix)
    (tr,) = fig.data
    names = list(matrix.index)
    pairs = {(names[int(c) // len(names)], names[int(c) % len(names)]) for c in tr.customdata}
    assert {frozenset(p) for p in pairs} == {frozenset({"Japan", "Russia"}), frozenset({"China", "Japan"})}
    assert len(tr.x) == 2  # China & Russia never met: no dot


def test_a_meeting_of_several_days_is_drawn_as_its_span():
    prep = prepare(to_frame([
        sample_event("one-day", "a.txt"),
        sample_event("two-days", "b.txt", date="2018-04-27", date_precision="day", date_start="2018-04-27",
                     date_end="2018-04-28", end_date="2018-04-28"),
    ]))
    kinds = {c: tr["type"] for tr, cd in _clickable(_spec(timeline_figure(prep.merged))) for c in cd}
    assert kinds[_code(prep, "one-day")] == "scatter"
    assert kinds[_code(prep, "two-days")] == "bar"
