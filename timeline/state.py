"""The shareable view: filters, view, lanes and chosen event to and from URL query parameters."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from loaders.schema import EVENT_TYPES, STATUSES
from timeline.filters import FilterState

VIEWS = ("Timeline", "Map", "Table", "Actors", "Articles", "Review")
LANES = ("type", "pair")
MAX_PARAM_CHARS = 200
MAX_ACTORS = 50
ACTOR_KINDS = ("person", "country")
MIN_TOP, MAX_TOP = 2, 60


@dataclass(frozen=True)
class ViewState:
    """Everything a shared link restores."""

    filters: FilterState = field(default_factory=FilterState)
    view: str = VIEWS[0]
    lane: str = LANES[0]
    event: str | None = None
    actors_kind: str = "person"  # the Actors view: people or countries
    actors_top: int = 20  # the Actors view: how many of the most frequent


def _values(params: Mapping[str, Any], key: str) -> list[str]:
    """All values of a query parameter as strings (st.query_params gives str; dicts may give lists)."""
    getter = getattr(params, "get_all", None)
    try:
        raw = getter(key) if callable(getter) else params.get(key)
    except Exception:  # noqa: BLE001 - a malformed mapping must not break the page
        return []
    if raw is None:
        return []
    items = raw if isinstance(raw, (list, tuple)) else [raw]
    return [str(x)[:MAX_PARAM_CHARS] for x in items if x is not None]


def _split(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        out.extend(p.strip() for p in v.split("|") if p.strip())
    return out


def _int(text: str) -> int | None:
    try:
        return int(text.strip())
    except (ValueError, AttributeError):
        return None


def parse_query(params: Mapping[str, Any], actors: Iterable[str] = (), years: tuple[int, int] | None = None,
                event_ids: Iterable[str] = (), articles: Iterable[str] = ()) -> ViewState:
    """The view a URL asks for, keeping only what makes sense for the data; never raises.

    Unknown actors, types, statuses, views, lanes and events are dropped; years are clipped to the data's
    range (and swapped if reversed), and a bound outside it on the wrong side ("to=1900") is ignored rather
    than clipped to one year; anything unreadable falls back to the default.
    """
    known_actors = set(actors)
    chosen_actors = tuple(dict.fromkeys(a for a in _split(_values(params, "actor")) if a in known_actors))
    chosen_actors = chosen_actors[:MAX_ACTORS]
    mode_vals = _values(params, "mode")
    mode = "all" if mode_vals and mode_vals[0] == "all" else "any"
    year_range: tuple[int, int] | None = None
    y0 = _int((_values(params, "from") or [""])[0])
    y1 = _int((_values(params, "to") or [""])[0])
    if years is not None:
        lo, hi = years
        # a bound that would leave no year of the data (from after the last, to before the first) is ignored
        y0 = None if y0 is not None and y0 > hi else y0
        y1 = None if y1 is not None and y1 < lo else y1
    if years is not None and (y0 is not None or y1 is not None):
        lo, hi = years
        a = lo if y0 is None else y0
        b = hi if y1 is None else y1
        if a > b:
            a, b = b, a
        a, b = min(max(a, lo), hi), min(max(b, lo), hi)
        year_range = None if (a, b) == (lo, hi) else (a, b)
    types = tuple(dict.fromkeys(t for t in _split(_values(params, "type")) if t in EVENT_TYPES))
    statuses = tuple(dict.fromkeys(s for s in _split(_values(params, "status")) if s in STATUSES))
    text = (_values(params, "q") or [""])[0].strip()
    undated_vals = _values(params, "undated")
    undated = not (undated_vals and undated_vals[0] in ("0", "false", "no"))
    article = (_values(params, "article") or [""])[0]
    article = article if article in set(articles) else ""
    filters = FilterState(actors=chosen_actors, actor_mode=mode, years=year_range, types=types,
                          statuses=statuses, text=text, undated=undated, article=article)
    view = (_values(params, "view") or [VIEWS[0]])[0]
    view = view if view in VIEWS else VIEWS[0]
    lane = (_values(params, "lanes") or [LANES[0]])[0]
    lane = lane if lane in LANES else LANES[0]
    events = _values(params, "event")
    event = events[0] if events and events[0] in set(event_ids) else None
    who = (_values(params, "who") or ["person"])[0]
    top = _int((_values(params, "top") or [""])[0])
    return ViewState(filters=filters, view=view, lane=lane, event=event,
                     actors_kind=who if who in ACTOR_KINDS else "person",
                     actors_top=min(max(top, MIN_TOP), MAX_TOP) if top is not None else 20)


def to_query(state: ViewState) -> dict[str, str | list[str]]:
    """Query parameters for a view; defaults are left out so plain links stay short."""
    f = state.filters
    out: dict[str, str | list[str]] = {}
    if f.actors:
        out["actor"] = list(f.actors)
    if f.actor_mode == "all" and len(f.actors) > 1:
        out["mode"] = "all"
    if f.years is not None:
        out["from"], out["to"] = str(f.years[0]), str(f.years[1])
    if f.types:
        out["type"] = list(f.types)
    if f.statuses:
        out["status"] = list(f.statuses)
    if f.text.strip():
        out["q"] = f.text.strip()
    if not f.undated:
        out["undated"] = "0"
    if f.article:
        out["article"] = f.article
    if state.view != VIEWS[0]:
        out["view"] = state.view
    if state.lane != LANES[0]:
        out["lanes"] = state.lane
    if state.event:
        out["event"] = state.event
    if state.actors_kind != "person":
        out["who"] = state.actors_kind
    if state.actors_top != 20:
        out["top"] = str(state.actors_top)
    return out
