"""Plotly figures: the clickable timeline (points for exact days, spans for vaguer dates) and who-met-whom."""

from __future__ import annotations

import csv
import heapq
import html
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from loaders.schema import EVENT_TYPES
from timeline.events import date_label, human_date, people_columns

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
TYPE_COLORS = {
    "summit": "#D55E00",
    "ministerial": "#0072B2",
    "vice_ministerial": "#009E73",
    "working_level": "#CC79A7",
    "other": "#6B6B6B",
}
TYPE_LABELS = {
    "summit": "Summit",
    "ministerial": "Ministerial",
    "vice_ministerial": "Vice-ministerial",
    "working_level": "Working level",
    "other": "Other",
}
LANE_MODES = {"type": "Meeting type", "pair": "Country pair"}
GL_THRESHOLD = 2000  # above this many events: WebGL markers and line spans instead of SVG bars
DETAIL_LIMIT = 5000  # above this many dated events: counts per lane and period instead of single events
MAX_BARS = 3000  # the count chart has at most about this many bars (lanes x periods)
DENSITY_COLUMNS = ("dated", "start", "end", "date_precision", "type", "status", "pair")  # what counts need
MAX_LANES = 30
DAY_MS = 86_400_000
SPAN_MIN_FRACTION = 0.01  # a span is at least this share of the shown time range wide
SYMBOL_HELD, SYMBOL_PLANNED = 0, 100  # plotly's numbers for "circle" and "circle-open" (cheaper than names)
SUB_ROWS = 5  # overlapping events in a lane are stacked on up to this many sub-rows (WebGL, many events)
MAX_SUB_ROWS = 40  # SVG chart: up to this many sub-rows in a lane, so that no point hides another
PLOT_PX = 640  # the plot's width in pixels the stacking assumes (a laptop's is wider, a phone's narrower)
MARKER_PX = 13  # marker size of a day-precise event in the SVG chart
SUB_ROW_PX = 17  # height of a sub-row: markers one above the other do not touch
MAX_LABELS = 150  # at most this many point labels (annotations cost per item)
LABEL_CHAR_PX = 6.3  # average width of a label character (11 px font)


def _rgba(hex_color: str, alpha: float) -> str:
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def lane_values(merged: pd.DataFrame, mode: str) -> tuple[np.ndarray, list[str]]:
    """Lane number of every event and the raw lane values (event types in schema order, or country pairs)."""
    codes, uniques = pd.factorize(merged["pair" if mode == "pair" else "type"].astype(str))
    values = [str(u) for u in uniques]
    if mode == "pair":
        counts = np.bincount(codes, minlength=len(values))
        order = sorted(range(len(values)), key=lambda i: -counts[i])  # stable: ties in order of appearance
        names = [values[i] for i in order[:MAX_LANES]]
        if len(values) > MAX_LANES:
            names.append("other pairs")
        names.sort(key=lambda s: (s == "other pairs", s.startswith("countries unknown"), s.casefold()))
    else:
        present = set(values)
        names = [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))
    index = {n: i for i, n in enumerate(names)}
    other = index.get("other pairs", -1)
    lane_of = np.array([index.get(v, other) for v in values], dtype="int64")
    return lane_of[codes], names


def lane_labels(merged: pd.DataFrame, mode: str) -> tuple[np.ndarray, list[str]]:
    """Lane number of every event and the lane names (by type in schema order, or by country pair), escaped."""
    lanes, names = lane_values(merged, mode)
    labels = [TYPE_LABELS.get(n, n) for n in names] if mode != "pair" else names
    return lanes, [html.escape(x) for x in labels]


def stack_rows(start: np.ndarray, end: np.ndarray, lanes: np.ndarray, gap: float) -> np.ndarray:
    """The sub-row of every item so that items overlapping in time (with `gap` between) within a lane do not
    share one: greedy interval colouring per lane (earliest free sub-row)."""
    n = len(start)
    rows = np.zeros(n, dtype="int64")
    order = np.lexsort((start, lanes))
    active: list[tuple[float, int]] = []  # (end, row) of the current lane
    free: list[int] = []
    next_row = 0
    current_lane = None
    for i in order:
        if lanes[i] != current_lane:
            current_lane, active, free, next_row = lanes[i], [], [], 0
        while active and active[0][0] + gap < start[i]:
            _, r = heapq.heappop(active)
            heapq.heappush(free, r)
        if free:
            r = heapq.heappop(free)
        else:
            r, next_row = next_row, next_row + 1
        rows[i] = r
        heapq.heappush(active, (float(end[i]), r))
    return rows


def row_offsets(rows: np.ndarray, n_rows: int) -> np.ndarray:
    """Sub-rows 0, 1, 2, 3 ... as offsets 0, +1, -1, +2 ... within a lane of height 0.8."""
    rows = rows % max(1, n_rows)
    signed = np.where(rows % 2 == 1, (rows + 1) // 2, -(rows // 2))
    return signed * (0.8 / max(1, n_rows))


def stack_offsets(start: np.ndarray, end: np.ndarray, lanes: np.ndarray, gap: float) -> np.ndarray:
    """Vertical offsets so that events overlapping in time within a lane do not hide each other
    (stack_rows, wrapped to SUB_ROWS sub-rows)."""
    return row_offsets(stack_rows(start, end, lanes, gap), SUB_ROWS)


def hover_texts(merged: pd.DataFrame) -> list[str]:
    """Hover label of every event; every value from the articles is HTML-escaped."""
    out = []
    for d, p, dt, t, s, people, nations, loc, n in zip(
        *(merged[c].tolist() for c in ("date", "date_precision", "date_text", "type", "status")),
        people_columns(merged), *(merged[c].tolist() for c in ("countries", "location", "n_sources")), strict=True,
    ):
        who = ", ".join(str(x) for x in people) or ", ".join(str(x) for x in nations) or "participants unknown"
        place = loc if isinstance(loc, str) and loc else "place unknown"
        out.append(
            f"<b>{html.escape(date_label(d, p, dt))}</b><br>"
            f"{html.escape(TYPE_LABELS.get(str(t), str(t)))} · {html.escape(str(s))}<br>"
            f"{html.escape(who)}<br>{html.escape(place)}<br>"
            f"{int(n)} source{'s' if int(n) != 1 else ''}"
        )
    return out


def lane_lines(edges: list[float]) -> list[dict[str, object]]:
    """Thin lines between the lanes at these y values (what fig.add_hline gives, without its cost per line)."""
    return [dict(line=dict(color="#ddd", width=1), type="line", x0=0, x1=1, xref="x domain", y0=e, y1=e, yref="y")
            for e in edges]


MAX_TITLE_PEOPLE = 4
MAX_TITLE_COUNTRIES = 4


def event_titles(merged: pd.DataFrame) -> list[str]:
    """The plain-text one-line name of every event, as details.event_title gives it, for many events at once:
    date · type (status) · countries · people · place, so that typing any of them in a picker finds it."""
    out = []
    for d, t, s, people, nations, loc in zip(
        merged["date"].tolist(), merged["type"].tolist(), merged["status"].tolist(),
        people_columns(merged), merged["countries"].tolist(), merged["location"].tolist(), strict=True,
    ):
        names = [str(c) for c in nations]
        countries = (" & ".join(names) if len(names) <= MAX_TITLE_COUNTRIES
                     else f"{', '.join(names[:MAX_TITLE_COUNTRIES])} +{len(names) - MAX_TITLE_COUNTRIES}")
        persons = [str(p) for p in people]
        who = ", ".join(persons[:MAX_TITLE_PEOPLE]) + (f" +{len(persons) - MAX_TITLE_PEOPLE}"
                                                       if len(persons) > MAX_TITLE_PEOPLE else "")
        kind = TYPE_LABELS.get(str(t), str(t))
        when = human_date(d) if isinstance(d, str) and d else "undated"
        status = "" if str(s) == "held" else f" ({s})"
        parts = [f"{when} · {kind}{status}", countries, who, loc if isinstance(loc, str) else ""]
        if not countries and not who:
            parts[1] = "participants unknown"
        out.append(" · ".join(p for p in parts if p))
    return out


def timeline_figure(merged: pd.DataFrame, lane_mode: str = "type", use_gl: bool | None = None,
                    detail_limit: int = DETAIL_LIMIT) -> go.Figure:
    """The timeline of the dated events in `merged` (one row per event, index = event code).

    Day-precise events are markers; vaguer dates are spans from date_start to date_end (at least
    SPAN_MIN_FRACTION of the time range wide). Every clickable point carries the event code in customdata.
    Held events are filled, planned ones hollow.

    More than `detail_limit` dated events are not drawn one by one: the figure is then density_figure's
    counts per lane and period (see timeline_note).
    """
    is_dated = merged["dated"].to_numpy(dtype=bool)
    dated = merged if is_dated.all() else merged[is_dated]
    fig = go.Figure()
    if dated.empty:
        fig.update_layout(height=200, annotations=[dict(text="No dated events to draw", showarrow=False)])
        return fig
    if len(dated) > detail_limit:
        return density_figure(dated, lane_mode, detail_limit=detail_limit)
    if use_gl is None:
        use_gl = len(dated) > GL_THRESHOLD
    codes = dated.index.to_numpy(dtype="int64")
    start = dated["start"].to_numpy(dtype="datetime64[ms]").astype("int64")
    end = dated["end"].to_numpy(dtype="datetime64[ms]").astype("int64") + DAY_MS  # end day inclusive
    is_point = (dated["date_precision"].astype(str) == "day").to_numpy() & (end - start <= DAY_MS)
    total = max(int(end.max() - start.min()), 365 * DAY_MS)
    min_width = max(2 * DAY_MS, int(total * SPAN_MIN_FRACTION))
    width = np.maximum(end - start, min_width)
    mid = (start + end) // 2
    bar_start = np.where(end - start < min_width, mid - min_width // 2, start)
    lanes, labels = lane_labels(dated, lane_mode)
    lo, hi = int(min(bar_start.min(), start.min())), int(max((bar_start + width).max(), end.max()))
    ms_per_px = (hi - lo + 2 * _pad(lo, hi)) / PLOT_PX  # at the initial view
    item_lo = np.where(is_point, mid - MARKER_PX / 2 * ms_per_px, bar_start)
    item_hi = np.where(is_point, mid + MARKER_PX / 2 * ms_per_px, bar_start + width)
    n_lanes = len(labels)
    if use_gl:  # lanes of 1 unit, SUB_ROWS sub-rows each
        n_rows = SUB_ROWS
        rows = stack_rows(item_lo, item_hi, lanes, gap=min_width / 2) % n_rows
        y = lanes + row_offsets(rows, n_rows)
        heights, bar_height, unit_px = None, 0.0, 60.0
    else:  # no point hides another: each lane as many sub-rows high as it needs; 1 unit = one sub-row
        rows = stack_rows(item_lo, item_hi, lanes, gap=3 * ms_per_px)
        rows = rows % MAX_SUB_ROWS
        lane_rows = np.zeros(n_lanes, dtype="int64")
        np.maximum.at(lane_rows, lanes, rows + 1)
        heights = np.maximum(lane_rows + 0.8, 60 / SUB_ROW_PX)
        centres = np.cumsum(heights) - heights / 2
        signed = np.where(rows % 2 == 1, (rows + 1) // 2, -(rows // 2))
        shift = np.where(lane_rows[lanes] % 2 == 0, 0.5, 0.0)  # an even number of rows sits around the centre
        y = centres[lanes] + signed - shift
        bar_height, unit_px = 0.7, float(SUB_ROW_PX)
    held = (dated["status"].astype(str) != "planned").to_numpy()
    hover = (dated["hover"] if "hover" in dated.columns else pd.Series(hover_texts(dated))).to_numpy(dtype=object)
    types = dated["type"].astype(str).to_numpy()
    scatter = go.Scattergl if use_gl else go.Scatter
    text, on_left = (point_labels(dated, lanes, rows, item_lo, item_hi, is_point, ms_per_px,
                                  (lo - _pad(lo, hi), hi + _pad(lo, hi))) if not use_gl
                     else (np.full(len(dated), "", dtype=object), np.zeros(len(dated), dtype=bool)))

    present = [x for x in EVENT_TYPES if x in set(types)] + sorted(set(types) - set(EVENT_TYPES))
    for t in present:
        color = TYPE_COLORS.get(t, TYPE_COLORS["other"])
        name = TYPE_LABELS.get(t, t)
        sel = types == t
        spans = sel & ~is_point
        if spans.any() and not use_gl:
            fill = np.where(held[spans], _rgba(color, 0.75), _rgba(color, 0.08))
            fig.add_trace(go.Bar(
                orientation="h", base=pd.to_datetime(bar_start[spans], unit="ms"), x=width[spans], y=y[spans],
                width=bar_height or 0.8 / n_rows * 0.75, customdata=codes[spans], hovertext=hover[spans],
                hovertemplate="%{hovertext}<extra></extra>", name=name, legendgroup=t, showlegend=False,
                marker=dict(color=fill, line=dict(color=color, width=1.5)),
                unselected=dict(marker=dict(opacity=0.45)),
            ))
        if spans.any() and use_gl:
            xs = np.empty(spans.sum() * 3, dtype="datetime64[ms]")
            xs[0::3] = bar_start[spans].astype("datetime64[ms]")
            xs[1::3] = (bar_start[spans] + width[spans]).astype("datetime64[ms]")
            xs[2::3] = np.datetime64("NaT")
            ys = np.repeat(y[spans], 3).astype("float64")
            ys[2::3] = np.nan
            fig.add_trace(scatter(
                x=xs, y=ys, mode="lines", line=dict(color=_rgba(color, 0.6), width=4), hoverinfo="skip",
                name=name, legendgroup=t, showlegend=False,
            ))
        # markers: the day-precise events, and (WebGL mode) the midpoints of spans as click targets
        marks = sel & (is_point | use_gl)
        if marks.any():
            fig.add_trace(scatter(
                x=pd.to_datetime(np.where(is_point[marks], start[marks], mid[marks]), unit="ms"), y=y[marks],
                mode="markers", customdata=codes[marks], hovertext=hover[marks],
                hovertemplate="%{hovertext}<extra></extra>", name=name, legendgroup=t, showlegend=False,
                marker=dict(
                    color=color, size=MARKER_PX if not use_gl else 7,
                    symbol=np.where(held[marks], SYMBOL_HELD, SYMBOL_PLANNED),
                    line=dict(color=color, width=2),
                ),
                unselected=dict(marker=dict(opacity=0.45)),
            ))
    # the legend: type by colour (all filled), held / planned by fill (in grey)
    for t in present:
        color = TYPE_COLORS.get(t, TYPE_COLORS["other"])
        fig.add_trace(go.Scatter(
            x=[None], y=[None], mode="markers", name=TYPE_LABELS.get(t, t), legendgroup=t, hoverinfo="skip",
            marker=dict(color=color, size=10, symbol="square"),
        ))
    for label, symbol in (("held", "circle"), ("planned", "circle-open")):
        fig.add_trace(go.Scatter(
            x=[None], y=[None], mode="markers", name=label, legendgroup=f"status-{label}",
            marker=dict(color="#444", size=10, symbol=symbol, line=dict(color="#444", width=2)),
            hoverinfo="skip",
        ))
    _lay_out(fig, lo, hi, labels, lane_mode, heights=heights, unit_px=unit_px)
    # who met, beside the points with room for it (annotations: not repeated in the range slider)
    labelled = np.flatnonzero(text != "")[:MAX_LABELS]
    if len(labelled):
        fig.update_layout(annotations=[
            dict(x=pd.Timestamp(int(start[i]), unit="ms").isoformat(), y=float(y[i]), xref="x", yref="y",
                 text=text[i], showarrow=False, xanchor="right" if on_left[i] else "left",
                 xshift=-(MARKER_PX // 2 + 3) if on_left[i] else MARKER_PX // 2 + 3,
                 font=dict(size=11, color="#333"), captureevents=False)
            for i in labelled.tolist()
        ])
    return fig


def _pad(lo: int, hi: int) -> int:
    """The margin left and right of the events in the initial view (ms): at least a month."""
    return max(30 * DAY_MS, (hi - lo) // 25)


FAMILY_NAME_FIRST = {"China", "North Korea", "South Korea", "Taiwan", "Vietnam", "Hong Kong", "Mongolia"}


@lru_cache(maxsize=1)
def _countries_of_people() -> dict[str, str]:
    """The country of every known person (by name and alias), from data/people.csv."""
    path = Path(__file__).resolve().parents[1] / "data" / "people.csv"
    out: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for name in [row.get("name") or "", *(row.get("aliases") or "").split(";")]:
                    if name.strip():
                        out.setdefault(name.strip(), row.get("country") or "")
    except OSError:
        pass
    return out


def short_name(person: str) -> str:
    """The name a headline uses: the family name ("Shinzo Abe" -> "Abe", "Xi Jinping" -> "Xi")."""
    parts = person.split()
    if len(parts) < 2:
        return person
    if _countries_of_people().get(person) in FAMILY_NAME_FIRST:
        return parts[0]
    return parts[-1]


def short_label(people: list[Any], countries: list[Any]) -> str:
    """Who met, in a few letters: "Abe–Putin", "Abe–Putin +1", else "Japan–Russia"."""
    names = [short_name(str(p)) for p in people] or [str(c) for c in countries]
    if not names:
        return ""
    return "–".join(names[:2]) + (f" +{len(names) - 2}" if len(names) > 2 else "")


def point_labels(dated: pd.DataFrame, lanes: np.ndarray, rows: np.ndarray, item_lo: np.ndarray,
                 item_hi: np.ndarray, is_point: np.ndarray, ms_per_px: float, view: tuple[float, float]
                 ) -> tuple[np.ndarray, np.ndarray]:
    """A short label (who met) for every day-precise event with room for it at the initial view (the x range
    `view`): on its right before the next item of its sub-row, else on its left after an unlabelled previous
    item; "" for the others (escaped: plotly renders text as HTML). Also whether each label goes on the left."""
    out = np.full(len(dated), "", dtype=object)
    left = np.zeros(len(dated), dtype=bool)
    people = dated["participants"].tolist()
    nations = dated["countries"].tolist()
    order = np.lexsort((item_lo, rows, lanes))

    def same_row(a: int | None, b: int) -> bool:
        return a is not None and lanes[a] == lanes[b] and rows[a] == rows[b]

    for k, i in enumerate(order):
        if not is_point[i]:
            continue
        label = short_label(list(people[i]), list(nations[i]))
        if not label:
            continue
        need = len(label) * LABEL_CHAR_PX + 8
        nxt = order[k + 1] if k + 1 < len(order) else None
        prev = order[k - 1] if k else None
        right_edge = item_lo[nxt] if nxt is not None and same_row(nxt, i) else view[1]
        if (right_edge - item_hi[i]) / ms_per_px >= need:
            out[i] = html.escape(label)
            continue
        prev_in_row = prev is not None and same_row(prev, i)
        left_edge = item_hi[prev] if prev is not None and prev_in_row else view[0]
        if (item_lo[i] - left_edge) / ms_per_px >= need and not (prev_in_row and out[prev]):
            out[i], left[i] = html.escape(label), True
    return out, left


def _lay_out(fig: go.Figure, lo: int, hi: int, labels: list[str], lane_mode: str,
             heights: np.ndarray | None = None, unit_px: float = 60, **extra: Any) -> None:
    """Lanes (`heights` units high from 0 down, or one unit each centred at 0, 1, 2 ...; `unit_px` pixels per
    unit), the date axis with its range slider, and the initial view: all events (ms lo..hi)
    with a margin of at least a month, also when they all fall on one day. The legend explains; it does not hide
    (the sidebar's Type filter does that, and then counts, picker and downloads follow)."""
    n_lanes = len(labels)
    pad = _pad(lo, hi)
    if heights is None:  # lanes of one unit centred at 0, 1, 2 ...
        heights, origin = np.ones(n_lanes), -0.5
    else:
        origin = 0.0
    bounds = [origin + float(b) for b in np.concatenate([[0.0], np.cumsum(heights)])]
    centres = [(a + b) / 2 for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
    x_range = [str(pd.Timestamp(lo - pad, unit="ms").date()), str(pd.Timestamp(hi + pad, unit="ms").date())]
    fig.update_layout(
        height=int(min(1600, 170 + unit_px * (bounds[-1] - bounds[0]))),
        margin=dict(l=10, r=10, t=40, b=10),
        barmode="overlay",
        bargap=0,
        hovermode="closest",
        clickmode="event+select",
        legend=dict(orientation="h", yanchor="bottom", y=1.01, xanchor="left", x=0, itemclick=False,
                    itemdoubleclick=False),
        xaxis=dict(
            type="date", range=x_range, rangeslider=dict(visible=True, thickness=0.08, range=x_range),
        ),
        yaxis=dict(
            tickmode="array", tickvals=centres, ticktext=labels,
            range=[bounds[-1], bounds[0]], fixedrange=True, zeroline=False, showgrid=False, automargin=True,
        ),
        uirevision=lane_mode,
        **extra,
    )
    fig.update_layout(shapes=lane_lines(bounds[1:-1]))


# ---------------------------------------------------------------- many events: counts per lane and period

UNITS = {"day": 1, "week": 7, "month": 30.44, "quarter": 91.31, "year": 365.25}  # approximate days
UNIT_ADJECTIVE = {"day": "daily", "week": "weekly", "month": "monthly", "quarter": "quarterly", "year": "yearly"}
UNIT_HOVER = {"day": "%{x|%-d %b %Y}", "week": "week of %{x|%-d %b %Y}", "month": "%{x|%b %Y}",
              "quarter": "quarter from %{x|%b %Y}", "year": "%{x|%Y}"}
BIN_FLAG = -1  # first customdata column of a count bar (event codes are >= 0)
BIN_COLUMNS = ("flag", "lane", "first_day", "end_day", "events", "held", "planned", "vague")
PAIR_COLOR = "#3B5B92"


@dataclass(frozen=True)
class BinPick:
    """A clicked count bar: the lane (its number in the figure) and its days [first_day, end_day) since 1970."""

    lane: int
    first_day: int
    end_day: int


def midpoint_days(dated: pd.DataFrame) -> np.ndarray:
    """The day (since 1970-01-01) of every dated event's middle; a vague date is counted at its middle."""
    start = dated["start"].to_numpy(dtype="datetime64[ms]").astype("int64")
    end = dated["end"].to_numpy(dtype="datetime64[ms]").astype("int64") + DAY_MS  # end day inclusive
    return ((start + end) // 2) // DAY_MS


def choose_unit(span_days: int, n_lanes: int, max_bars: int = MAX_BARS) -> str:
    """The finest period (day, week, month, quarter, year) that keeps lanes x periods within max_bars."""
    for unit, days in UNITS.items():
        if max(1, n_lanes) * (span_days / days + 1) <= max_bars:
            return unit
    return "year"


def bin_edges(days: np.ndarray, unit: str) -> tuple[np.ndarray, np.ndarray]:
    """First day and the day after the last of the period (of `unit`) holding each day; weeks start on Monday."""
    days = np.asarray(days, dtype="int64")
    if unit == "day":
        return days, days + 1
    if unit == "week":
        first = (days + 3) // 7 * 7 - 3  # 1970-01-01 was a Thursday
        return first, first + 7
    months = days.astype("datetime64[D]").astype("datetime64[M]").astype("int64")
    step = {"month": 1, "quarter": 3, "year": 12}[unit]
    months = months // step * step
    first_month = months.astype("datetime64[M]")
    return (first_month.astype("datetime64[D]").astype("int64"),
            (first_month + np.timedelta64(step, "M")).astype("datetime64[D]").astype("int64"))


def density_note(n: int, unit: str, detail_limit: int = DETAIL_LIMIT) -> str:
    """What the count chart shows and how to get to single events (plain text)."""
    return (f"{n:,} events: showing {UNIT_ADJECTIVE.get(unit, unit)} counts per lane. Narrow the filters "
            f"(years, actors, type, words) to {detail_limit:,} or fewer to see single events, "
            "or click a bar to list its events below.")


def timeline_note(fig: go.Figure) -> str | None:
    """The note of a count chart (None for a chart of single events)."""
    meta = fig.layout.meta
    return str(meta["note"]) if isinstance(meta, dict) and meta.get("aggregated") else None


def density_figure(dated: pd.DataFrame, lane_mode: str = "type", detail_limit: int = DETAIL_LIMIT,
                   max_bars: int = MAX_BARS) -> go.Figure:
    """Counts of the dated events per lane and period (day ... year, see choose_unit), as clickable bars.

    Each lane holds a bar per period with at least one event, its height growing with the square root of the
    count. customdata of a bar: BIN_COLUMNS (flag BIN_FLAG, lane, first and end day, counts), so that a click
    can list the period's events (events_in_bin). Only numbers are sent, apart from the lane names.
    """
    days = midpoint_days(dated)
    lanes, names = lane_values(dated, lane_mode)
    labels = [html.escape(TYPE_LABELS.get(n, n) if lane_mode != "pair" else n) for n in names]
    n_lanes = len(names)
    unit = choose_unit(int(days.max() - days.min()) + 1, n_lanes, max_bars)
    first, end = bin_edges(days, unit)
    held = (dated["status"].astype(str) != "planned").to_numpy()
    vague = ~((dated["date_precision"].astype(str) == "day").to_numpy()
              & (dated["end"].to_numpy() == dated["start"].to_numpy()))
    lo_day = int(first.min())
    keys, inverse = np.unique(lanes * (int(first.max()) - lo_day + 1) + (first - lo_day), return_inverse=True)
    inverse = inverse.reshape(-1)
    n_bars = len(keys)
    bar_lane = np.zeros(n_bars, dtype="int64")
    bar_first = np.zeros(n_bars, dtype="int64")
    bar_lane[inverse] = lanes
    bar_first[inverse] = first
    counts = np.bincount(inverse, minlength=n_bars)
    n_held = np.bincount(inverse, weights=held, minlength=n_bars).astype("int64")
    n_vague = np.bincount(inverse, weights=vague, minlength=n_bars).astype("int64")
    bar_end = np.zeros(n_bars, dtype="int64")
    bar_end[inverse] = end
    custom = np.stack([np.full(n_bars, BIN_FLAG), bar_lane, bar_first, bar_end, counts, n_held,
                       counts - n_held, n_vague], axis=1).astype("int32")
    height = 0.8 * np.maximum(np.sqrt(counts / counts.max()), 0.12)
    x = bar_first * DAY_MS
    width = (bar_end - bar_first) * DAY_MS  # touching: a thin bar is still hit by a click beside it
    hover = ("<b>" + UNIT_HOVER[unit] + "</b> · %{hovertext}<br>%{customdata[4]} events: %{customdata[5]} held, "
             "%{customdata[6]} planned<br>%{customdata[7]} with a vague date (counted at its middle)"
             "<br>Click to list them below<extra></extra>")
    fig = go.Figure()
    groups: list[tuple[str, np.ndarray, str]] = []
    if lane_mode == "pair":
        groups.append(("events", np.ones(n_bars, dtype=bool), PAIR_COLOR))
    else:
        for i, t in enumerate(names):
            groups.append((TYPE_LABELS.get(t, t), bar_lane == i, TYPE_COLORS.get(t, TYPE_COLORS["other"])))
    lane_text = np.asarray(labels, dtype=object)
    for name, sel, color in groups:
        fig.add_trace(go.Bar(
            x=x[sel], y=-height[sel], base=bar_lane[sel] + 0.4, width=width[sel], offset=0,
            customdata=custom[sel], hovertext=lane_text[bar_lane[sel]], hovertemplate=hover,
            name=html.escape(name), legendgroup=name, showlegend=lane_mode != "pair",
            marker=dict(color=_rgba(color, 0.75), line=dict(width=0)),
            unselected=dict(marker=dict(opacity=0.45)),
        ))
    lo, hi = int(bar_first.min()) * DAY_MS, int(bar_end.max()) * DAY_MS
    note = density_note(len(dated), unit, detail_limit)
    _lay_out(fig, lo, hi, labels, lane_mode, meta=dict(aggregated=True, unit=unit, events=len(dated), note=note))
    return fig


def _row(value: object) -> object:
    """A customdata row as a list: the browser sends a typed-array row as {"0": ..., "1": ...}."""
    if isinstance(value, dict) and value and all(str(k).isdigit() for k in value):
        return [value[k] for k in sorted(value, key=lambda k: int(k))]
    return value


def selected_bin(selection: object) -> BinPick | None:
    """The count bar in the first selected point of a st.plotly_chart selection, if it is one."""
    for cd in map(_row, _selected_customdata(selection)):
        if isinstance(cd, list) and len(cd) >= 4 and _as_int(cd[0]) == BIN_FLAG:
            lane, first, end = (_as_int(v) for v in cd[1:4])
            if lane is not None and first is not None and end is not None and lane >= 0 and end > first:
                return BinPick(lane, first, end)
    return None


def events_in_bin(dated: pd.DataFrame, lane_mode: str, pick: BinPick) -> np.ndarray:
    """Codes (index values) of the dated events a count bar stands for: same lane, middle in its days."""
    if dated.empty:
        return np.empty(0, dtype="int64")
    days = midpoint_days(dated)
    lanes, _ = lane_values(dated, lane_mode)
    hit = (lanes == pick.lane) & (days >= pick.first_day) & (days < pick.end_day)
    return dated.index.to_numpy(dtype="int64")[hit]


def bin_label(pick: BinPick, unit: str) -> str:
    """The period of a count bar for a person: "22 Jan 2019", "week of 21 Jan 2019", "Jan 2019", "2019"."""
    day = pd.Timestamp(pick.first_day, unit="D")
    if unit == "week":
        return f"week of {day.day} {day:%b %Y}"
    if unit == "month":
        return f"{day:%b %Y}"
    if unit == "quarter":
        return f"quarter from {day:%b %Y}"
    if unit == "year":
        return f"{day:%Y}"
    return f"{day.day} {day:%b %Y}"


def _as_int(value: object) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


def _selected_customdata(selection: object) -> list[object]:
    points = None
    if isinstance(selection, dict):
        sel = selection.get("selection", selection)
        points = sel.get("points") if isinstance(sel, dict) else None
    else:
        sel = getattr(selection, "selection", None)
        points = getattr(sel, "points", None) if sel is not None else None
        if points is None and isinstance(sel, dict):
            points = sel.get("points")
    return [point.get("customdata") if isinstance(point, dict) else None for point in points or []]


def selected_code(selection: object) -> int | None:
    """The event code in the first selected point of a st.plotly_chart selection, if any (not a count bar)."""
    for cd in map(_row, _selected_customdata(selection)):
        if isinstance(cd, list):
            if len(cd) > 1:  # a count bar (BIN_COLUMNS), not an event
                continue
            cd = cd[0] if cd else None
        code = _as_int(cd)
        if code is not None and code >= 0:
            return code
    return None


def co_occurrence(merged: pd.DataFrame, kind: str = "country", top: int = 20) -> pd.DataFrame:
    """Square table of how many events each pair of actors shared; the diagonal counts all events of an actor.

    kind is "country" (the countries column) or "person" (participants, and those inferred where the table has
    them); only the `top` most frequent. Computed as M.T @ M over an events x actors indicator matrix (no loop over
    pairs).
    """
    if kind == "country":
        lists = merged["countries"].tolist() if len(merged) else []
    else:
        named = merged["participants"].tolist() if len(merged) else []
        filled = merged["inferred_participants"].tolist() if len(merged) and "inferred_participants" in merged else []
        lists = [[*p, *f] for p, f in zip(named, filled, strict=True)] if filled else named
    lengths = np.fromiter((len(v) for v in lists), dtype="int64", count=len(lists))
    flat = [str(x) for v in lists for x in v]
    if not flat:
        return pd.DataFrame(0, index=[], columns=[], dtype="int64")
    labels, uniques = pd.factorize(np.asarray(flat, dtype=object))
    event = np.repeat(np.arange(len(lists), dtype="int64"), lengths)
    pairs = np.unique(event * len(uniques) + labels)  # each actor once per event
    event, labels = pairs // len(uniques), pairs % len(uniques)
    totals = np.bincount(labels, minlength=len(uniques))
    names_all = [str(u) for u in uniques]
    best = sorted(range(len(names_all)), key=lambda i: (-totals[i], names_all[i].casefold()))[:top]
    names = [names_all[i] for i in best]
    column_of = np.full(len(uniques), -1, dtype="int64")
    column_of[best] = np.arange(len(best))
    keep = column_of[labels] >= 0
    rows_used, inverse = np.unique(event[keep], return_inverse=True)
    indicator = np.zeros((len(rows_used), len(names)), dtype="float64")  # float: BLAS; exact below 2**53
    indicator[inverse.reshape(-1), column_of[labels[keep]]] = 1.0
    return pd.DataFrame(np.rint(indicator.T @ indicator).astype("int64"), index=names, columns=names)


def pair_table(matrix: pd.DataFrame) -> pd.DataFrame:
    """The off-diagonal pairs of a co-occurrence matrix as rows (actor, met, events), most frequent first."""
    names = list(matrix.index)
    z = matrix.to_numpy(dtype="int64")
    rows = [
        (a, b, int(z[i, j]))
        for i, a in enumerate(names) for j, b in enumerate(names)
        if j > i and z[i, j] > 0
    ]
    return pd.DataFrame(rows, columns=["actor", "met", "events"]).sort_values(
        ["events", "actor", "met"], ascending=[False, True, True], ignore_index=True
    )


def actors_figure(matrix: pd.DataFrame) -> go.Figure:
    """Who met whom: a dot for every pair that shared events (sized and labelled by how many), none for the
    pairs that never met; customdata of a dot is i * n + j (the pair's row and column), so a click finds it."""
    fig = go.Figure()
    if matrix.empty:
        fig.update_layout(height=200, annotations=[dict(text="No actors in the filtered events", showarrow=False)])
        return fig
    names = [html.escape(str(x)) for x in matrix.index]
    z = matrix.to_numpy()
    n = len(names)
    ii, jj = np.nonzero(np.triu(z, k=1))
    counts = z[ii, jj]
    if not len(ii):
        fig.update_layout(height=200, annotations=[dict(text="No two of these actors shared an event",
                                                        showarrow=False)])
        return fig
    size = 14 + 26 * np.sqrt(counts / counts.max())
    fig.add_trace(go.Scatter(
        x=[names[j] for j in jj], y=[names[i] for i in ii], mode="markers+text", text=counts.astype(str),
        textfont=dict(size=11, color="white"), customdata=ii * n + jj,
        marker=dict(size=size, color=PAIR_COLOR, opacity=0.85, line=dict(width=0)),
        hovertemplate="%{y} & %{x}: %{text} events<br>Click to see them<extra></extra>",
        unselected=dict(marker=dict(opacity=0.4)),
    ))
    side = min(900, 200 + 30 * n)
    fig.update_layout(
        height=side, margin=dict(l=10, r=10, t=10, b=10), showlegend=False, clickmode="event+select",
        yaxis=dict(categoryorder="array", categoryarray=names, autorange="reversed", automargin=True,
                   gridcolor="#eee", fixedrange=True),
        xaxis=dict(categoryorder="array", categoryarray=names, side="top", automargin=True, gridcolor="#eee",
                   fixedrange=True, tickangle=-45),
    )
    return fig
