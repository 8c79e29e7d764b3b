"""Downloads of the filtered events: CSV, JSON (schema rows) and TimelineJS3 JSON."""

from __future__ import annotations

import html
import json
import math
from typing import Any, cast

import pandas as pd

from loaders.schema import COLUMNS, LIST_COLUMNS
from timeline.details import link_html, safe_url
from timeline.events import human_date, people_columns
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


def display_date(date: str, precision: str, date_text: Any) -> str:
    """The date as a reader says it: "22 Jan 2019", "Nov 2016", "late September 2013", "2015"."""
    when = human_date(date)
    if precision in ("day", "month", "year") or not isinstance(date_text, str) or not date_text.strip():
        return when if precision in ("day", "month", "year") else f"{when} (approximately)"
    words = date_text.strip()
    year = date.split("-")[0]
    return words if year in words else f"{words} {year}"


def source_credit(rows: pd.DataFrame) -> str:
    """Escaped HTML naming every source of an event: a link to each article (http(s) only), outlet and date."""
    items = []
    for _, row in rows.iterrows():
        title = row.get("title") if isinstance(row.get("title"), str) and row.get("title") else row.get("article")
        meta = ", ".join(html.escape(str(x)) for x in (row.get("source"), row.get("published"))
                         if isinstance(x, str) and x)
        items.append(link_html(row.get("url"), str(title)) if safe_url(row.get("url")) else html.escape(str(title)))
        if meta:
            items[-1] += f" ({meta})"
    return "<p>Source" + ("s" if len(items) > 1 else "") + ": " + "; ".join(items) + "</p>" if items else ""


def timelinejs(merged: pd.DataFrame, title: str = "Diplomatic timeline",
               rows: pd.DataFrame | None = None) -> dict[str, Any]:
    """TimelineJS3 JSON of the dated merged events; undated ones cannot be placed and are left out.

    TimelineJS renders headline and text as HTML, so every value from the articles is escaped.
    Vague dates get start and end dates spanning what they may denote, and a display_date in words; with the
    source rows (`rows`, with a `code` column) each event names and links its articles.
    """
    by_code = {int(cast(int, c)): g for c, g in rows.groupby("code")} if rows is not None and len(rows) else {}
    events = []
    people = dict(zip(merged.index.tolist(), people_columns(merged), strict=True)) if len(merged) else {}
    for code, ev in merged.iterrows():
        if not bool(ev.get("dated")) or not isinstance(ev.get("date"), str):
            continue
        precision = str(ev["date_precision"])
        start_iso = str(ev["start"].date())
        end_iso = str(ev["end"].date())
        who = ", ".join(people[code]) or ", ".join(str(c) for c in ev["countries"])
        kind = TYPE_LABELS.get(str(ev["type"]), str(ev["type"]))
        status = "" if ev["status"] == "held" else f" ({ev['status']})"
        headline = f"{kind}{status}: {who}" if who else f"{kind}{status}"
        place = ev["location"] if isinstance(ev["location"], str) and ev["location"] else None
        body = html.escape(str(ev["evidence"] or ""))
        if place:
            body = f"<p>Place: {html.escape(place)}</p><p>{body}</p>"
        sources = by_code.get(int(cast(int, code)))
        if sources is not None:
            body += source_credit(sources)
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
        item["start_date"]["display_date"] = display_date(ev["date"], precision, ev["date_text"])
        events.append(item)
    return {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": events}


def to_timelinejs(merged: pd.DataFrame, rows: pd.DataFrame | None = None) -> str:
    return json.dumps(timelinejs(merged, rows=rows), ensure_ascii=False, indent=1)
