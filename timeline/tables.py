"""Tables of events for people: in time order, with a date column that sorts as a date."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from timeline.details import safe_url
from timeline.events import PRECISION_LABEL, Prepared, human_date, people_columns
from timeline.figures import TYPE_LABELS


def time_order(merged: pd.DataFrame) -> pd.DataFrame:
    """The events by their first possible day, then last day; undated ones last (in the order found)."""
    if merged.empty:
        return merged
    start = merged["start"].to_numpy(dtype="datetime64[ns]")
    end = merged["end"].to_numpy(dtype="datetime64[ns]")
    undated = np.isnat(start)
    order = np.lexsort((np.arange(len(merged)), end, start, undated))
    return merged.iloc[order]


def event_table(shown: pd.DataFrame) -> pd.DataFrame:
    """One row per event: `date` is a real date (the first day a vague date may mean), so that sorting the
    column sorts in time; `as read` says the date as the article gives it and how precise it is."""
    def as_read(d: object, p: object, t: object) -> str:
        if not isinstance(d, str) or not d:
            return "no date"
        label = f"{human_date(d)} ({PRECISION_LABEL.get(str(p), str(p))})"
        return label + (f" “{t.strip()}”" if isinstance(t, str) and t.strip() and p != "day" else "")

    return pd.DataFrame({
        "date": shown["start"].astype("datetime64[ns]"),
        "as read": [as_read(d, p, t) for d, p, t in zip(shown["date"].tolist(), shown["date_precision"].tolist(),
                                                        shown["date_text"].tolist(), strict=True)],
        "type": [TYPE_LABELS.get(t, t) for t in shown["type"].tolist()],
        "status": shown["status"].astype(str),
        "participants": [", ".join(p) for p in people_columns(shown)],
        "countries": [", ".join(map(str, c)) for c in shown["countries"].tolist()],
        "place": [x if isinstance(x, str) else "" for x in shown["location"].tolist()],
        "sources": shown["n_sources"].astype("int64"),
        "evidence": shown["evidence"],
        "event_id": shown["event_id"],
    }, index=shown.index)


EVIDENCE_CHARS = 160


def undated_table(undated: pd.DataFrame, titles: list[str]) -> pd.DataFrame:
    """The undated events: their name, their article(s) and the sentence they were read from (shortened), which
    tells apart events whose names are the same."""
    def short(text: object) -> str:
        t = " ".join(str(text or "").split())
        return t if len(t) <= EVIDENCE_CHARS else t[: EVIDENCE_CHARS - 1].rstrip() + "…"

    return pd.DataFrame({
        "event": titles,
        "article": undated["articles"].astype(str).tolist(),
        "read from": [short(e) for e in undated["evidence"].tolist()],
    })


def article_table(arts: pd.DataFrame, prep: Prepared, keep: np.ndarray) -> pd.DataFrame:
    """One row per article read, what a reader looks for first: title, publication, events found and how many
    match the filters (`keep`, over prep.merged), then reading problems, link (http(s) only) and file."""
    def col(name: str) -> list[Any]:
        return list(arts[name]) if name in arts.columns else [None] * len(arts)

    rows = prep.rows
    matching: dict[str, int] = {}
    if len(rows):
        hit = keep[rows["code"].to_numpy()]
        for name, n in rows.loc[hit].groupby("article")["code"].nunique().items():
            matching[str(name)] = int(n)
    files = [str(f) for f in col("article")]
    return pd.DataFrame({
        "title": [t if isinstance(t, str) and t else f for t, f in zip(col("title"), files, strict=True)],
        "published": col("published"),
        "events": [int(n) if isinstance(n, (int, float)) and n == n else 0 for n in col("events")],
        "matching": [matching.get(f, 0) for f in files],
        "status": col("status"),
        "problems": ["; ".join(map(str, p)) if isinstance(p, list) else (p or "") for p in col("problems")],
        "url": [safe_url(u) for u in col("url")],
        "reference date": col("anchor"),
        "how the date was found": col("anchor_reason"),
        "file": files,
    })
