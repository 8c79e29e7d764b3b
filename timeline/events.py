"""One row per event: merge the per-source rows and derive dates, years, lanes and actors for drawing."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

import numpy as np
import pandas as pd

from loaders.schema import COLUMNS, EVENT_TYPES, inferred_label

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
    _ids: list[str] | None = field(default=None, init=False, repr=False, compare=False)
    _codes: dict[str, int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def event_ids(self) -> list[str]:
        """The event_id of every code (built once; do not modify the list)."""
        if self._ids is None:
            self._ids = [str(x) for x in self.merged["event_id"].tolist()]
        return self._ids

    def code_of(self, event_id: str) -> int | None:
        if self._codes is None:
            codes: dict[str, int] = {}
            for c, e in enumerate(self.event_ids):
                codes.setdefault(e, c)
            self._codes = codes
        return self._codes.get(event_id) if isinstance(event_id, str) else None


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


def inferred_of(names: Any, reasons: Any) -> dict[str, str]:
    """The people a row fills in from the people data, each with why ("" where a saved file gives no reason)."""
    people = [str(n) for n in _as_list(names)]
    why = [str(r) for r in _as_list(reasons)]
    return {n: (why[i] if i < len(why) else "") for i, n in enumerate(people)}


def people_columns(merged: pd.DataFrame) -> list[list[str]]:
    """Who met in every row, as a reader sees it, short (people_shown with long=False); a table without the
    inferred columns (an old saved file) gives the named people alone."""
    n = len(merged)
    inferred = merged["inferred_participants"].tolist() if "inferred_participants" in merged else [None] * n
    reasons = merged["inferred_reasons"].tolist() if "inferred_reasons" in merged else [None] * n
    return [people_shown(p, i, r, long=False)
            for p, i, r in zip(merged["participants"].tolist(), inferred, reasons, strict=True)]


def people_shown(participants: Any, inferred: Any, reasons: Any, long: bool = True) -> list[str]:
    """Who met as a reader sees it: the people the article names, then those filled in from the people data,
    marked ("Vladimir Putin (inferred: President of Russia on 2018-05-26)"; long=False: "Vladimir Putin
    (inferred)")."""
    shown = [str(p) for p in _as_list(participants)]
    for name, why in inferred_of(inferred, reasons).items():
        label = inferred_label(why) if long else ""
        shown.append(f"{name} (inferred: {label})" if label else f"{name} (inferred)")
    return shown


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


def _date_spans(dates: list[Any], starts_in: list[Any], ends_in: list[Any]) -> tuple[list[Any], list[Any]]:
    """First and last day of every event: date_start/date_end where given, else the bounds of its date.

    date_bounds runs once per distinct date string (a corpus has far fewer dates than events).
    """
    bounds = {d: date_bounds(d, None) for d in set(x for x in dates if isinstance(x, str))}
    starts: list[Any] = []
    ends: list[Any] = []
    for d, s, e in zip(dates, starts_in, ends_in, strict=True):
        lo, hi = bounds[d] if isinstance(d, str) else (None, None)
        if lo is None:
            starts.append(None)
            ends.append(None)
            continue
        starts.append(s if isinstance(s, str) and s else lo)
        ends.append(e if isinstance(e, str) and e else hi)
    return starts, ends


def _actor_index(participants: list[list[Any]], countries: list[list[Any]]
                 ) -> tuple[dict[str, np.ndarray], dict[str, str]]:
    """Event codes of every person and country (sorted, unique) and whether each name is a country.

    Names are in order of first appearance (each event's people, then its countries); a name that is
    ever a country is a country.
    """
    n_people = np.fromiter((len(p) for p in participants), dtype="int64", count=len(participants))
    n_nations = np.fromiter((len(c) for c in countries), dtype="int64", count=len(countries))
    per_event = n_people + n_nations
    flat = [str(x) for pair in zip(participants, countries, strict=True) for names in pair for x in names]
    if not flat:
        return {}, {}
    codes = np.repeat(np.arange(len(per_event), dtype="int64"), per_event)
    offsets = np.repeat(np.cumsum(per_event) - per_event, per_event)
    is_country = (np.arange(len(flat)) - offsets) >= np.repeat(n_people, per_event)
    labels, uniques = pd.factorize(np.asarray(flat, dtype=object))
    order = np.lexsort((codes, labels))
    sorted_labels, sorted_codes = labels[order], codes[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (sorted_labels[1:] != sorted_labels[:-1]) | (sorted_codes[1:] != sorted_codes[:-1])
    sorted_labels, sorted_codes = sorted_labels[first], sorted_codes[first]
    bounds = np.searchsorted(sorted_labels, np.arange(len(uniques) + 1))
    country = np.bincount(labels, weights=is_country, minlength=len(uniques)) > 0
    names = [str(u) for u in uniques]
    actor_codes = {a: sorted_codes[bounds[k]:bounds[k + 1]] for k, a in enumerate(names)}
    actor_kind = {a: ("country" if country[k] else "person") for k, a in enumerate(names)}
    return actor_codes, actor_kind


def prepare(events: pd.DataFrame) -> Prepared:
    """Merge rows sharing an event_id; the best-dated row (confidence, then precision) gives the date.

    Vectorized where it matters (100,000 events take about a second); the per-event Python loops run over
    plain lists, and the merging of several sources only over the events that have several.
    """
    rows = _ensure_columns(events).reset_index(drop=True)
    rows = rows[rows["event_id"].notna()].reset_index(drop=True)
    if rows.empty:
        merged = pd.DataFrame(columns=[*COLUMNS, "n_sources", "search", "start", "end", "year_start",
                                       "year_end", "dated", "pair", "type_lane", "articles"])
        rows = rows.assign(code=pd.Series(dtype="int64"))
        return Prepared(rows=rows, merged=merged)

    rows["event_id"] = rows["event_id"].astype(str)
    rank = rows["date_precision"].map(PRECISION_RANK).fillna(9)
    conf = pd.to_numeric(rows["date_confidence"], errors="coerce").fillna(0.0)
    has_date = rows["date"].notna() & (rows["date"].astype(str) != "")
    order = pd.DataFrame(
        {"eid": rows["event_id"], "nodate": ~has_date, "conf": -conf, "rank": rank, "pos": np.arange(len(rows))}
    ).sort_values(["eid", "nodate", "conf", "rank", "pos"], kind="stable")
    sorted_pos = order["pos"].to_numpy()
    first = ~order["eid"].duplicated().to_numpy()  # the best row of each event (rows of an event are adjacent)
    best_of_event = sorted_pos[first]
    best_pos = np.sort(best_of_event)  # events in order of first appearance of their best row
    merged = rows.iloc[best_pos].reset_index(drop=True)
    n = len(merged)
    row_codes = np.empty(len(rows), dtype="int64")
    row_codes[sorted_pos] = np.searchsorted(best_pos, best_of_event)[np.cumsum(first) - 1]
    rows["code"] = row_codes

    counts = np.bincount(row_codes, minlength=n)
    named = rows["article"].notna().to_numpy()
    n_articles = named[best_pos].astype("int64")  # distinct named articles; events with several sources below
    # what the search box looks in besides the people, countries and place: each source's title and evidence
    search = (rows["title"].fillna("").astype(str) + "\n" + rows["evidence"].fillna("").astype(str)).str.lower()

    participants = [_as_list(p) for p in merged["participants"].tolist()]
    inferred = [inferred_of(p, r) for p, r in zip(merged["inferred_participants"].tolist(),
                                                   merged["inferred_reasons"].tolist(), strict=True)]
    countries = [_as_list(c) for c in merged["countries"].tolist()]
    status = merged["status"].astype(str).tolist()
    types = merged["type"].astype(str).tolist()
    location = merged["location"].tolist()
    search_merged = search.iloc[best_pos].tolist()
    articles = merged["article"].fillna("").astype(str).tolist()  # the names of its articles, joined
    multi = counts > 1
    if multi.any():
        # events with several sources: merge their rows (only those rows are turned into Python lists)
        picked = np.flatnonzero(multi[row_codes])
        sub = rows.iloc[picked]
        col_named = sub["article"].tolist()
        col_article = sub["article"].fillna("").astype(str).tolist()
        col_people = sub["participants"].tolist()
        col_inferred = sub["inferred_participants"].tolist()
        col_reasons = sub["inferred_reasons"].tolist()
        col_nations = sub["countries"].tolist()
        col_type = sub["type"].tolist()
        col_loc = sub["location"].tolist()
        col_search = search.iloc[picked].tolist()
        col_named_ok = named[picked].tolist()
        groups: dict[int, list[int]] = {}
        for j, c in enumerate(row_codes[picked].tolist()):
            groups.setdefault(c, []).append(j)
        held_rows = (rows["status"].astype(str) == "held").to_numpy()
        any_held = np.bincount(row_codes, weights=held_rows, minlength=n) > 0
        for c in np.flatnonzero(multi & any_held).tolist():
            status[c] = "held"
        for c, members in groups.items():
            # the best source's names first, then the others' in order of appearance
            people = dict.fromkeys(participants[c])
            nations: set[Any] = set()
            known: dict[str, int] = {}  # the most frequent type; ties go to the first source's
            filled = dict(inferred[c])
            for j in members:
                people.update(dict.fromkeys(_as_list(col_people[j])))
                for name, why in inferred_of(col_inferred[j], col_reasons[j]).items():
                    filled.setdefault(name, why)
                nations.update(_as_list(col_nations[j]))
                t = col_type[j]
                if isinstance(t, str):
                    known[str(t)] = known.get(str(t), 0) + 1
            participants[c] = list(people)
            inferred[c] = filled
            countries[c] = sorted(nations)
            if known:
                top = max(known.values())
                types[c] = next(t for t, k in known.items() if k == top)
            if not isinstance(location[c], str) or not location[c]:
                location[c] = next((str(col_loc[j]) for j in members
                                    if isinstance(col_loc[j], str) and col_loc[j]), None)
            search_merged[c] = "\n".join(dict.fromkeys(col_search[j] for j in members))
            articles[c] = ", ".join(dict.fromkeys(col_article[j] for j in members if col_article[j]))
            n_articles[c] = len({col_named[j] for j in members if col_named_ok[j]})
    merged["n_sources"] = n_articles
    # a person one source names is named, though another's was filled in from the people data
    inferred = [{n: why for n, why in filled.items() if n not in p} for p, filled in zip(participants, inferred,
                                                                                          strict=True)]
    merged["participants"] = participants
    merged["inferred_participants"] = [list(filled) for filled in inferred]
    merged["inferred_reasons"] = [list(filled.values()) for filled in inferred]
    merged["countries"] = countries
    merged["status"] = status
    merged["type"] = [t if t in EVENT_TYPES else "other" for t in types]
    merged["location"] = location
    everyone = [[*p, *filled] for p, filled in zip(participants, inferred, strict=True)]
    merged["search"] = [
        f"{' '.join(map(str, p))}\n{' '.join(map(str, c))}\n{loc if isinstance(loc, str) else ''}\n".lower() + s
        for p, c, loc, s in zip(everyone, countries, location, search_merged, strict=True)
    ]

    starts, ends = _date_spans(merged["date"].tolist(), merged["date_start"].tolist(), merged["date_end"].tolist())
    start = pd.to_datetime(pd.Series(starts, dtype="object"), errors="coerce", format="ISO8601")
    end = pd.to_datetime(pd.Series(ends, dtype="object"), errors="coerce", format="ISO8601")
    end = end.where(end.isna() | start.isna() | (end >= start), start)
    merged["start"] = start.astype("datetime64[ns]")
    merged["end"] = end.astype("datetime64[ns]")
    merged["dated"] = start.notna().to_numpy()
    merged["year_start"] = start.dt.year.astype("Int64")
    merged["year_end"] = end.dt.year.astype("Int64")
    pair_of: dict[tuple[Any, ...], str] = {}
    pair_lane = []
    for c in countries:
        key = tuple(c)
        lane = pair_of.get(key)
        if lane is None:
            lane = pair_of[key] = country_pair(c)
        pair_lane.append(lane)
    merged["pair"] = pair_lane
    merged["type_lane"] = merged["type"]
    merged["articles"] = articles

    actor_codes, actor_kind = _actor_index(everyone, countries)  # the filter finds people filled in too
    return Prepared(rows=rows, merged=merged, actor_codes=actor_codes, actor_kind=actor_kind)
