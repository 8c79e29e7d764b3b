"""Filter the merged events by actor, year range, type, status and words in the evidence."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from timeline.events import Prepared
from timeline.search import text_mask


@dataclass(frozen=True)
class FilterState:
    """What the user asked for; empty means no restriction."""

    actors: tuple[str, ...] = ()
    actor_mode: str = "any"  # "any": at least one of the actors took part; "all": every one did
    years: tuple[int, int] | None = None  # inclusive; an event spanning years matches if it overlaps
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    text: str = ""  # the search: people, countries, places, titles, evidence (timeline.search)
    undated: bool = True  # keep events without a date (they are listed beside the chart)
    article: str = ""  # only the events of this article (its file name)

    def is_default(self) -> bool:
        return self == FilterState()


@dataclass(frozen=True)
class ActorCount:
    name: str
    kind: str  # "person" or "country"
    events: int


def actor_counts(prep: Prepared) -> list[ActorCount]:
    """Every person and country with the number of events they appear in, most frequent first."""
    out = [ActorCount(a, prep.actor_kind.get(a, "person"), len(c)) for a, c in prep.actor_codes.items()]
    out.sort(key=lambda x: (-x.events, x.kind, x.name.casefold()))
    return out


def year_bounds(prep: Prepared) -> tuple[int, int] | None:
    """The first and last year any dated event touches, or None when nothing is dated."""
    m = prep.merged
    if m.empty or not m["dated"].any():
        return None
    return int(m["year_start"].min()), int(m["year_end"].max())


def follow_bounds(chosen: tuple[int, int] | None, old: tuple[int, int] | None,
                  new: tuple[int, int]) -> tuple[int, int]:
    """The year range to show once the data's years move from `old` to `new` (an article added or removed).

    An end of the chosen range that sat on the data's old first or last year follows it to the new one, so
    "all years" stays all years and new events are not filtered out; an end the user moved stays, clipped.
    """
    lo, hi = new
    if chosen is None or old is None:
        return new
    a, b = int(chosen[0]), int(chosen[1])
    a = lo if a <= old[0] else a
    b = hi if b >= old[1] else b
    a, b = min(max(a, lo), hi), min(max(b, lo), hi)
    return (a, b) if a <= b else new


def mask(prep: Prepared, state: FilterState) -> np.ndarray:
    """Boolean mask over prep.merged (one entry per event) of the events that pass every filter."""
    m = prep.merged
    n = len(m)
    keep = np.ones(n, dtype=bool)
    if n == 0:
        return keep
    if state.actors:
        sets = [prep.actor_codes.get(a, np.empty(0, dtype="int64")) for a in state.actors]
        hits = np.zeros(n, dtype="int64")
        for codes in sets:
            hits[codes] += 1
        keep &= hits >= (len(sets) if state.actor_mode == "all" else 1)
    dated = m["dated"].to_numpy(dtype=bool)
    if state.years is not None:
        y0, y1 = state.years
        ys = m["year_start"].to_numpy(dtype="float64", na_value=np.nan)
        ye = m["year_end"].to_numpy(dtype="float64", na_value=np.nan)
        with np.errstate(invalid="ignore"):
            in_range = (ye >= y0) & (ys <= y1)
        keep &= in_range | ~dated
    if not state.undated:
        keep &= dated
    if state.types:
        keep &= m["type"].isin(list(state.types)).to_numpy()
    if state.statuses:
        keep &= m["status"].isin(list(state.statuses)).to_numpy()
    if state.article:
        rows = prep.rows
        in_article = np.zeros(n, dtype=bool)
        in_article[rows["code"].to_numpy()[(rows["article"] == state.article).to_numpy()]] = True
        keep &= in_article
    if state.text.strip():
        keep &= text_mask(m["search"], state.text)[0]
    return keep


def filter_events(prep: Prepared, state: FilterState) -> pd.DataFrame:
    """The merged events (one row per event_id) that pass the filters."""
    return prep.merged[mask(prep, state)]


def source_rows(prep: Prepared, merged_subset: pd.DataFrame) -> pd.DataFrame:
    """Every per-article row of the given merged events (for tables and downloads)."""
    codes = merged_subset.index.to_numpy()
    return prep.rows[np.isin(prep.rows["code"].to_numpy(), codes)]
