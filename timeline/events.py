"""One row per event: merge the per-source rows and derive dates, years, lanes and actors for drawing."""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

import numpy as np
import pandas as pd

from loaders.schema import COLUMNS, EVENT_TYPES

PRECISION_RANK = {
    "day": 0,
    "part_of_month": 1,
    "month": 2,
    "season": 3,
    "quarter": 4,
    "year": 5,
    "none": 9,
}
PRECISION_LABEL = {
    "day": "exact day",
    "part_of_month": "part of a month",
    "month": "month",
    "season": "season",
    "quarter": "quarter",
    "year": "year",
    "none": "no date",
}
MONTH_ABBR = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass
class Prepared:
    """The events ready for filtering and drawing.

    `rows` is the input table (one row per article and event) with an integer `code` column;
    `merged` has one row per event_id, indexed by that code (0..n-1, stable for the corpus).
    """

    rows: pd.DataFrame
    merged: pd.DataFrame
    actor_codes: dict[str, np.ndarray] = field(default_factory=dict)
    actor_kind: dict[str, str] = field(default_factory=dict)  # "person" or "country"

    @property
    def event_ids(self) -> list[str]:
        return list(self.merged["event_id"])

    def code_of(self, event_id: str) -> int | None:
        hit = np.flatnonzero(self.merged["event_id"].to_numpy() == event_id)
        return int(hit[0]) if len(hit) else None


def date_bounds(date: Any, precision: Any) -> tuple[str | None, str | None]:
    """First and last day an ISO-like date ("YYYY", "YYYY-MM", "YYYY-MM-DD") can denote."""
    if not isinstance(date, str) or not date.strip():
        return None, None
    parts = date.strip().split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        month = int(parts[1])
        last = calendar.monthrange(year, month)[1]
        if len(parts) == 2:
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
        day = int(parts[2][:2])
        Date(year, month, day)
        return f"{year:04d}-{month:02d}-{day:02d}", f"{year:04d}-{month:02d}-{day:02d}"
    except (ValueError, IndexError):
        return None, None


def human_date(date: Any) -> str:
    """ "2019-01-22" -> "22 Jan 2019", "2016-11" -> "Nov 2016", "2016" -> "2016"; anything else as is."""
    if not isinstance(date, str) or not date:
        return "no date"
    parts = date.split("-")
    try:
        if len(parts) == 1:
            return str(int(parts[0]))
        month = MONTH_ABBR[int(parts[1])]
        if len(parts) == 2:
            return f"{month} {int(parts[0])}"
        return f"{int(parts[2][:2])} {month} {int(parts[0])}"
    except (ValueError, IndexError):
        return date


def date_label(date: Any, precision: Any, date_text: Any = None) -> str:
    """The date for a person: its value, how precise it is, and the words of the article."""
    if not isinstance(date, str) or not date:
        return "no date"
    label = f"{human_date(date)} ({PRECISION_LABEL.get(str(precision), str(precision))})"
    if isinstance(date_text, str) and date_text.strip():
        label += f" “{date_text.strip()}”"
    return label


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, (tuple, np.ndarray)):
        return list(value)
    return []


def country_pair(countries: list[str]) -> str:
    """The lane of an event by the countries that met: "Japan – Russia", "Japan (alone)", "multilateral"."""
    names = sorted({str(c) for c in countries if c})
    if not names:
        return "countries unknown"
    if len(names) == 1:
        return f"{names[0]} (alone)"
    if len(names) <= 3:
        return " – ".join(names)
    return f"multilateral ({len(names)})"


def _ensure_columns(events: pd.DataFrame) -> pd.DataFrame:
    missing = [c for c in COLUMNS if c not in events.columns]
    if missing:
        events = events.copy()
        for c in missing:
            events[c] = None
    return events


def prepare(events: pd.DataFrame) -> Prepared:
    """Merge rows sharing an event_id; the best-dated row (confidence, then precision) gives the date."""
    rows = _ensure_columns(events).reset_index(drop=True)
    rows = rows[rows["event_id"].notna()].reset_index(drop=True)
    if rows.empty:
        merged = pd.DataFrame(columns=[*COLUMNS, "n_sources", "search", "start", "end", "year_start",
                                       "year_end", "dated", "pair", "type_lane", "articles", "hover"])
        rows = rows.assign(code=pd.Series(dtype="int64"))
        return Prepared(rows=rows, merged=merged)

    rows["event_id"] = rows["event_id"].astype(str)
    rank = rows["date_precision"].map(PRECISION_RANK).fillna(9)
    conf = pd.to_numeric(rows["date_confidence"], errors="coerce").fillna(0.0)
    has_date = rows["date"].notna() & (rows["date"].astype(str) != "")
    order = pd.DataFrame(
        {"eid": rows["event_id"], "nodate": ~has_date, "conf": -conf, "rank": rank, "pos": np.arange(len(rows))}
    ).sort_values(["eid", "nodate", "conf", "rank", "pos"], kind="stable")
    best_pos = order.drop_duplicates("eid")["pos"].to_numpy()
    best_pos = np.sort(best_pos)  # events in order of first appearance of their best row
    merged = rows.iloc[best_pos].reset_index(drop=True)
    codes = pd.Series(np.arange(len(merged)), index=merged["event_id"].to_numpy())
    rows["code"] = codes.reindex(rows["event_id"].to_numpy()).to_numpy().astype("int64")

    counts = rows.groupby("code", sort=True).size().reindex(range(len(merged)), fill_value=0)
    n_articles = rows.groupby("code", sort=True)["article"].nunique().reindex(range(len(merged)), fill_value=0)
    merged["n_sources"] = n_articles.to_numpy().astype("int64")
    search = rows["evidence"].fillna("").astype(str).str.lower()

    participants = [_as_list(p) for p in merged["participants"]]
    countries = [_as_list(c) for c in merged["countries"]]
    status = merged["status"].astype(str).tolist()
    types = merged["type"].astype(str).tolist()
    location = merged["location"].tolist()
    search_merged = search.iloc[best_pos].tolist()
    multi = counts.to_numpy() > 1
    if multi.any():
        row_codes = rows["code"].to_numpy()
        picked = np.flatnonzero(multi[row_codes])
        groups: dict[int, list[int]] = {}
        for i in picked.tolist():
            groups.setdefault(int(row_codes[i]), []).append(i)
        col_people = rows["participants"].tolist()
        col_nations = rows["countries"].tolist()
        col_status = rows["status"].tolist()
        col_type = rows["type"].tolist()
        col_loc = rows["location"].tolist()
        col_search = search.tolist()
        for c, members in groups.items():
            # the best source's names first, then the others' in order of appearance
            participants[c] = list(dict.fromkeys(
                [*participants[c], *(x for i in members for x in _as_list(col_people[i]))]
            ))
            countries[c] = sorted({x for i in members for x in _as_list(col_nations[i])})
            if any(col_status[i] == "held" for i in members):
                status[c] = "held"
            known = Counter(str(col_type[i]) for i in members if isinstance(col_type[i], str))
            if known:
                top = max(known.values())
                types[c] = next(str(col_type[i]) for i in members if known.get(str(col_type[i])) == top)
            if not isinstance(location[c], str) or not location[c]:
                location[c] = next((str(col_loc[i]) for i in members
                                    if isinstance(col_loc[i], str) and col_loc[i]), None)
            search_merged[c] = "\n".join(dict.fromkeys(col_search[i] for i in members))
    merged["participants"] = participants
    merged["countries"] = countries
    merged["status"] = status
    merged["type"] = [t if t in EVENT_TYPES else "other" for t in types]
    merged["location"] = location
    merged["search"] = search_merged

    starts: list[str | None] = []
    ends: list[str | None] = []
    for d, p, s, e in zip(merged["date"], merged["date_precision"], merged["date_start"], merged["date_end"],
                          strict=True):
        lo, hi = date_bounds(d, p)
        if lo is None:
            starts.append(None)
            ends.append(None)
            continue
        starts.append(s if isinstance(s, str) and s else lo)
        ends.append(e if isinstance(e, str) and e else hi)
    start = pd.to_datetime(pd.Series(starts, dtype="object"), errors="coerce", format="ISO8601")
    end = pd.to_datetime(pd.Series(ends, dtype="object"), errors="coerce", format="ISO8601")
    end = end.where(end.isna() | start.isna() | (end >= start), start)
    merged["start"] = start.astype("datetime64[ns]")
    merged["end"] = end.astype("datetime64[ns]")
    merged["dated"] = start.notna().to_numpy()
    merged["year_start"] = start.dt.year.astype("Int64")
    merged["year_end"] = end.dt.year.astype("Int64")
    merged["pair"] = [country_pair(c) for c in countries]
    merged["type_lane"] = merged["type"]
    per_code: list[dict[str, None]] = [{} for _ in range(len(merged))]
    for c, a in zip(rows["code"].tolist(), rows["article"].astype(str).tolist(), strict=True):
        per_code[c][a] = None
    merged["articles"] = [", ".join(d) for d in per_code]
    from timeline.figures import hover_texts  # drawing text is computed once per corpus, not per rerun

    merged["hover"] = hover_texts(merged)

    actor_lists: dict[str, list[int]] = {}
    actor_kind: dict[str, str] = {}
    for c, (people, nations) in enumerate(zip(participants, countries, strict=True)):
        for name in people:
            actor_lists.setdefault(str(name), []).append(c)
            actor_kind.setdefault(str(name), "person")
        for name in nations:
            actor_lists.setdefault(str(name), []).append(c)
            actor_kind[str(name)] = "country"
    actor_codes = {a: np.unique(np.asarray(v, dtype="int64")) for a, v in actor_lists.items()}
    return Prepared(rows=rows, merged=merged, actor_codes=actor_codes, actor_kind=actor_kind)
