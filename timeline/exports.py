"""Downloads of the filtered events: CSV, JSON (schema rows) and TimelineJS3 JSON."""

from __future__ import annotations

import html
import json
import math
from typing import Any

import pandas as pd

from loaders.schema import COLUMNS, LIST_COLUMNS
from timeline.events import date_label
from timeline.figures import TYPE_LABELS

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plain(value: Any) -> Any:
    """A JSON-friendly value: NaN/NaT -> None, numpy scalars -> Python, tuples -> lists."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return _plain(value.item())
        except (ValueError, AttributeError):
            pass
    if value is pd.NaT or (not isinstance(value, (str, list)) and pd.isna(value) is True):
        return None
    return value


def records(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """The source rows as schema dicts (only the Event columns, in schema order)."""
    cols = [c for c in COLUMNS if c in rows.columns]
    return [{c: _plain(v) for c, v in zip(cols, vals, strict=True)} for vals in rows[cols].itertuples(index=False)]


def to_json(rows: pd.DataFrame) -> str:
    """JSON array of schema rows (one per article and event); loaders.schema.from_record reads them back."""
    return json.dumps(records(rows), ensure_ascii=False, indent=1)


def _defuse(cell: Any) -> Any:
    """Keep spreadsheet programs from running a text cell as a formula (OWASP CSV injection)."""
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell


def to_csv(rows: pd.DataFrame) -> str:
    """CSV of schema rows; list columns as JSON text; text cells that look like formulas prefixed with '."""
    out = pd.DataFrame(records(rows), columns=[c for c in COLUMNS if c in rows.columns])
    for c in LIST_COLUMNS:
        if c in out.columns:
            out[c] = [json.dumps(v if v is not None else [], ensure_ascii=False) for v in out[c]]
    for c in out.columns:
        out[c] = out[c].map(_defuse)
    return out.to_csv(index=False)


def _date_obj(iso: str, precision: str) -> dict[str, Any]:
    parts = iso.split("-")
    obj: dict[str, Any] = {"year": int(parts[0])}
    if len(parts) > 1 and precision != "year":
        obj["month"] = int(parts[1])
    if len(parts) > 2 and precision == "day":
        obj["day"] = int(parts[2][:2])
    return obj


def timelinejs(merged: pd.DataFrame, title: str = "Diplomatic timeline") -> dict[str, Any]:
    """TimelineJS3 JSON of the dated merged events; undated ones cannot be placed and are left out.

    TimelineJS renders headline and text as HTML, so every value from the articles is escaped.
    Vague dates get start and end dates spanning what they may denote, and a display_date in words.
    """
    events = []
    for code, ev in merged.iterrows():
        if not bool(ev.get("dated")) or not isinstance(ev.get("date"), str):
            continue
        precision = str(ev["date_precision"])
        start_iso = str(ev["start"].date())
        end_iso = str(ev["end"].date())
        who = ", ".join(str(p) for p in ev["participants"]) or ", ".join(str(c) for c in ev["countries"])
        kind = TYPE_LABELS.get(str(ev["type"]), str(ev["type"]))
        status = "" if ev["status"] == "held" else f" ({ev['status']})"
        headline = f"{kind}{status}: {who}" if who else f"{kind}{status}"
        place = ev["location"] if isinstance(ev["location"], str) and ev["location"] else None
        body = html.escape(str(ev["evidence"] or ""))
        if place:
            body = f"<p>Place: {html.escape(place)}</p><p>{body}</p>"
        item: dict[str, Any] = {
            "unique_id": f"ev-{code}",
            "text": {"headline": html.escape(headline), "text": body},
            "group": kind,
        }
        if precision == "day":
            item["start_date"] = _date_obj(ev["date"], "day")
        else:
            item["start_date"] = _date_obj(start_iso, "day")
            item["end_date"] = _date_obj(end_iso, "day")
        item["start_date"]["display_date"] = date_label(ev["date"], precision, ev["date_text"])
        events.append(item)
    return {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": events}


def to_timelinejs(merged: pd.DataFrame) -> str:
    return json.dumps(timelinejs(merged), ensure_ascii=False, indent=1)
