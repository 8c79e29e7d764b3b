"""Plotly figures: the clickable timeline (points for exact days, spans for vaguer dates) and who-met-whom."""

from __future__ import annotations

import heapq
import html
from collections import Counter
from itertools import combinations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from loaders.schema import EVENT_TYPES
from timeline.events import date_label

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
MAX_LANES = 30
DAY_MS = 86_400_000
SPAN_MIN_FRACTION = 0.01  # a span is at least this share of the shown time range wide
SYMBOL_HELD, SYMBOL_PLANNED = 0, 100  # plotly's numbers for "circle" and "circle-open" (cheaper than names)
SUB_ROWS = 5  # overlapping events in a lane are stacked on up to this many sub-rows


def _rgba(hex_color: str, alpha: float) -> str:
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def lane_labels(merged: pd.DataFrame, mode: str) -> tuple[np.ndarray, list[str]]:
    """Lane number of every event and the lane names (by type in schema order, or by country pair)."""
    if mode == "pair":
        values = merged["pair"].astype(str)
        order = values.value_counts()
        names = list(order.index[:MAX_LANES])
        if len(order) > MAX_LANES:
            names.append("other pairs")
            values = values.where(values.isin(names), "other pairs")
        names.sort(key=lambda s: (s == "other pairs", s.startswith("countries unknown"), s.casefold()))
    else:
        values = merged["type"].astype(str)
        present = set(values)
        names = [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))
    index = {n: i for i, n in enumerate(names)}
    lanes = values.map(index).to_numpy(dtype="int64")
    labels = [TYPE_LABELS.get(n, n) for n in names] if mode != "pair" else names
    return lanes, [html.escape(x) for x in labels]


def stack_offsets(start: np.ndarray, end: np.ndarray, lanes: np.ndarray, gap: float) -> np.ndarray:
    """Vertical offsets so that events overlapping in time within a lane do not hide each other.

    Greedy interval colouring per lane (earliest free sub-row), wrapped to SUB_ROWS sub-rows.
    """
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
    rows = rows % SUB_ROWS
    # 0, +1, -1, +2, -2 ... scaled into the lane
    signed = np.where(rows % 2 == 1, (rows + 1) // 2, -(rows // 2))
    return signed * (0.7 / SUB_ROWS)


def hover_texts(merged: pd.DataFrame) -> list[str]:
    """Hover label of every event; every value from the articles is HTML-escaped."""
    out = []
    for d, p, dt, t, s, people, nations, loc, n in zip(
        merged["date"], merged["date_precision"], merged["date_text"], merged["type"], merged["status"],
        merged["participants"], merged["countries"], merged["location"], merged["n_sources"], strict=True,
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


def timeline_figure(merged: pd.DataFrame, lane_mode: str = "type", use_gl: bool | None = None) -> go.Figure:
    """The timeline of the dated events in `merged` (one row per event, index = event code).

    Day-precise events are markers; vaguer dates are spans from date_start to date_end (at least
    SPAN_MIN_FRACTION of the time range wide). Every clickable point carries the event code in customdata.
    Held events are filled, planned ones hollow.
    """
    dated = merged[merged["dated"].to_numpy(dtype=bool)] if len(merged) else merged
    fig = go.Figure()
    if dated.empty:
        fig.update_layout(height=200, annotations=[dict(text="No dated events to draw", showarrow=False)])
        return fig
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
    y = lanes + stack_offsets(np.where(is_point, mid, bar_start), np.where(is_point, mid, bar_start + width),
                              lanes, gap=min_width / 2)
    held = (dated["status"].astype(str) != "planned").to_numpy()
    hover = (dated["hover"] if "hover" in dated.columns else pd.Series(hover_texts(dated))).to_numpy(dtype=object)
    types = dated["type"].astype(str).to_numpy()
    scatter = go.Scattergl if use_gl else go.Scatter

    for t in [x for x in EVENT_TYPES if x in set(types)] + sorted(set(types) - set(EVENT_TYPES)):
        color = TYPE_COLORS.get(t, TYPE_COLORS["other"])
        name = TYPE_LABELS.get(t, t)
        sel = types == t
        spans = sel & ~is_point
        shown = False
        if spans.any() and not use_gl:
            fill = np.where(held[spans], _rgba(color, 0.75), _rgba(color, 0.08))
            fig.add_trace(go.Bar(
                orientation="h", base=pd.to_datetime(bar_start[spans], unit="ms"), x=width[spans], y=y[spans],
                width=0.7 / SUB_ROWS * 0.8, customdata=codes[spans], hovertext=hover[spans],
                hovertemplate="%{hovertext}<extra></extra>", name=name, legendgroup=t, showlegend=True,
                marker=dict(color=fill, line=dict(color=color, width=1.5)),
                unselected=dict(marker=dict(opacity=0.45)),
            ))
            shown = True
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
                hovertemplate="%{hovertext}<extra></extra>", name=name, legendgroup=t, showlegend=not shown,
                marker=dict(
                    color=color, size=11 if not use_gl else 7,
                    symbol=np.where(held[marks], SYMBOL_HELD, SYMBOL_PLANNED),
                    line=dict(color=color, width=2),
                ),
                unselected=dict(marker=dict(opacity=0.45)),
            ))
    for label, symbol in (("held", "circle"), ("planned", "circle-open")):
        fig.add_trace(go.Scatter(
            x=[None], y=[None], mode="markers", name=label, legendgroup=f"status-{label}",
            marker=dict(color="#444", size=10, symbol=symbol, line=dict(color="#444", width=2)),
            hoverinfo="skip",
        ))
    n_lanes = len(labels)
    # the initial view: all events with a margin (at least a month), also when they all fall on one day
    lo, hi = int(min(bar_start.min(), start.min())), int(max((bar_start + width).max(), end.max()))
    pad = max(30 * DAY_MS, (hi - lo) // 25)
    x_range = [str(pd.Timestamp(lo - pad, unit="ms").date()), str(pd.Timestamp(hi + pad, unit="ms").date())]
    fig.update_layout(
        height=min(900, 170 + 60 * n_lanes),
        margin=dict(l=10, r=10, t=40, b=10),
        barmode="overlay",
        bargap=0,
        hovermode="closest",
        clickmode="event+select",
        legend=dict(orientation="h", yanchor="bottom", y=1.01, xanchor="left", x=0),
        xaxis=dict(
            type="date", range=x_range, rangeslider=dict(visible=True, thickness=0.08, range=x_range),
        ),
        yaxis=dict(
            tickmode="array", tickvals=list(range(n_lanes)), ticktext=labels,
            range=[n_lanes - 0.5, -0.5], fixedrange=True, zeroline=False, showgrid=False, automargin=True,
        ),
        uirevision=lane_mode,
    )
    for i in range(n_lanes - 1):
        fig.add_hline(y=i + 0.5, line=dict(color="#ddd", width=1))
    return fig


def selected_code(selection: object) -> int | None:
    """The event code in the first selected point of a st.plotly_chart selection, if any."""
    points = None
    if isinstance(selection, dict):
        sel = selection.get("selection", selection)
        points = sel.get("points") if isinstance(sel, dict) else None
    else:
        sel = getattr(selection, "selection", None)
        points = getattr(sel, "points", None) if sel is not None else None
        if points is None and isinstance(sel, dict):
            points = sel.get("points")
    for point in points or []:
        cd = point.get("customdata") if isinstance(point, dict) else None
        if isinstance(cd, list):
            cd = cd[0] if cd else None
        if isinstance(cd, bool) or cd is None:
            continue
        try:
            return int(cd)
        except (TypeError, ValueError):
            continue
    return None


def co_occurrence(merged: pd.DataFrame, kind: str = "country", top: int = 20) -> pd.DataFrame:
    """Square table of how many events each pair of actors shared; the diagonal counts all events of an actor.

    kind is "country" (the countries column) or "person" (participants); only the `top` most frequent.
    """
    column = "countries" if kind == "country" else "participants"
    lists = [sorted({str(x) for x in v}) for v in merged[column]] if len(merged) else []
    totals: Counter[str] = Counter(a for names in lists for a in names)
    names = [a for a, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[:top]]
    keep = set(names)
    mat = pd.DataFrame(0, index=names, columns=names, dtype="int64")
    for a in names:
        mat.loc[a, a] = totals[a]
    pairs: Counter[tuple[str, str]] = Counter()
    for lst in lists:
        for a, b in combinations([x for x in lst if x in keep], 2):
            pairs[(a, b)] += 1
    for (a, b), n in pairs.items():
        mat.loc[a, b] = n
        mat.loc[b, a] = n
    return mat


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
    """Heatmap of a co-occurrence matrix with the counts written in the cells."""
    fig = go.Figure()
    if matrix.empty:
        fig.update_layout(height=200, annotations=[dict(text="No actors in the filtered events", showarrow=False)])
        return fig
    names = [html.escape(str(x)) for x in matrix.index]
    z = matrix.to_numpy()
    fig.add_trace(go.Heatmap(
        z=z, x=names, y=names, colorscale="Blues", text=z, texttemplate="%{text}",
        hovertemplate="%{y} & %{x}: %{z} events<extra></extra>", showscale=False,
    ))
    side = min(900, 160 + 34 * len(names))
    fig.update_layout(height=side, margin=dict(l=10, r=10, t=10, b=10),
                      yaxis=dict(autorange="reversed", automargin=True), xaxis=dict(automargin=True, side="top"))
    return fig
