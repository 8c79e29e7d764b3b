"""Diplomatic Timeline dashboard: `streamlit run dashboard.py` (reads $TIMELINE_ARTICLES or data/articles)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, cast

import numpy as np
import pandas as pd
import streamlit as st

from loaders.schema import EVENT_TYPES, STATUSES
from timeline import data as tdata
from timeline import review
from timeline.details import (
    article_texts,
    event_header_html,
    event_sources,
    evidence_html,
    md_escape,
    source_header_html,
)
from timeline.events import Prepared, prepare
from timeline.exports import to_csv, to_json, to_timelinejs
from timeline.figures import (
    DENSITY_COLUMNS,
    DETAIL_LIMIT,
    LANE_MODES,
    TYPE_LABELS,
    BinPick,
    actors_figure,
    bin_label,
    co_occurrence,
    event_titles,
    events_in_bin,
    lane_values,
    pair_table,
    selected_bin,
    selected_code,
    timeline_figure,
    timeline_note,
)
from timeline.filters import (
    ActorCount,
    FilterState,
    actor_counts,
    follow_bounds,
    mask,
    source_rows,
    year_bounds,
)
from timeline.geo import map_figure, place_table
from timeline.search import text_mask
from timeline.state import VIEWS, ViewState, parse_query, to_query
from timeline.tables import article_table, event_table, time_order, undated_table
from timeline.uploads import ALLOWED_SUFFIXES, MAX_UPLOAD_BYTES, save_uploads

CHART_KEY = "timeline_chart"
EVENT_KEY = "event_id"  # the chosen event (tests set it)
PICK_KEY = "event_pick"
BIN_KEY = "chart_bin"  # the clicked count bar of a chart of counts: (lane, first day, end day); tests set it
CHART_SHOWN_KEY = "_chart_shown"  # the filters and lanes of the chart last drawn (a change drops the bar)
YEARS_SEEN_KEY = "_years_seen"  # the data's first and last year when the year slider was last drawn
DOWNLOADS_KEY = "_downloads"  # ((bundle, filters), the three files) of the table view last shown
URL_WRITTEN_KEY = "_url_written"  # the query parameters this app last wrote
OPEN_KEY = "_open_details"  # a click just chose the event: open its details beside the chart (tests set it)
# no toolbar (it covered the legend) and no zoom by the mouse wheel (it caught the page's scrolling): the range
# slider under the chart zooms, dragging pans, a double-click resets
CHART_CONFIG = {"displaylogo": False, "scrollZoom": False, "displayModeBar": False}
MAP_KEY = "map_chart"
PLACE_KEY = "map_place"  # the place clicked on the map (tests set it)
MAX_PICK_OPTIONS = 1000
MAX_TABLE_ROWS = 10_000  # rows sent to a table at once; downloads hold every matching event


class Titles:
    """The picker's one-line names of events, made when first needed and kept (shared by the sessions)."""

    COLUMNS = ["date", "type", "status", "participants", "inferred_participants", "inferred_reasons", "countries",
               "location"]

    def __init__(self, merged: pd.DataFrame) -> None:
        self._merged = merged[self.COLUMNS] if len(merged) else merged
        self._names: dict[int, str] = {}

    def of(self, codes: list[int]) -> list[str]:
        missing = [c for c in dict.fromkeys(codes) if c not in self._names and 0 <= c < len(self._merged)]
        if missing:
            self._names.update(zip(missing, event_titles(self._merged.iloc[missing]), strict=True))
        return [self._names.get(c, str(c)) for c in codes]

    def __getitem__(self, code: int) -> str:
        return self.of([int(code)])[0]


@dataclass
class Bundle:
    """Everything derived from one state of the articles folder (cached and shared; only `titles` fills in)."""

    prep: Prepared
    articles: pd.DataFrame
    texts: dict[str, str]
    actors: list[ActorCount]
    years: tuple[int, int] | None
    titles: Titles  # the picker's name of an event, by code
    problems: list[str]


def load_tables(folder: str, key: str) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """The corpus of a folder (`key`, its fingerprint, names the state the caller caches).

    Not cached itself: load_bundle keeps what is derived from it, and a second, pickled copy of 100,000
    events would cost time and memory for nothing.
    """
    from loaders import load_corpus

    bar = st.progress(0.0, text="Reading articles…")
    last = [-5]

    def progress(done: int, total: int) -> None:
        pct = int(100 * done / total) if total else 100
        if pct >= last[0] + 5 or done >= total:
            last[0] = pct
            bar.progress(min(max(pct, 0), 100) / 100, text=f"Reading and extracting: {done} of {total} articles")

    corpus = load_corpus(Path(folder), progress=progress)
    bar.empty()
    return corpus.events, corpus.articles, [str(p) for p in getattr(corpus, "problems", []) or []]


@st.cache_resource(show_spinner=False, max_entries=4)
def load_bundle(folder: str, key: str) -> Bundle:
    """Everything derived from one state of the folder, once per state (shared by all sessions, not copied)."""
    events, articles, problems = load_tables(folder, key)
    prep = prepare(events)
    return Bundle(prep=prep, articles=articles, texts=article_texts(articles), actors=actor_counts(prep),
                  years=year_bounds(prep), titles=Titles(prep.merged), problems=problems)


@st.cache_resource(show_spinner=False)
def loaded_states() -> dict[str, str]:
    """The fingerprint each folder was last loaded at (shared by all sessions)."""
    return {}


def get_bundle(folder: Path) -> Bundle | None:
    if tdata.article_count(folder) == 0:
        return None
    try:
        key = tdata.fingerprint(folder)
        last = loaded_states()
        if last.get(str(folder), key) != key:
            load_bundle.clear()  # the folder changed: free the old state's events before loading the new one
        last[str(folder)] = key
        return load_bundle(str(folder), key)
    except Exception as exc:  # noqa: BLE001 - show the reason instead of a stack trace
        st.error(f"Could not read the articles in {md_escape(folder)}: {md_escape(exc)}")
        st.stop()
        raise


# ---------------------------------------------------------------------- state & URL


def current_query() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def init_from_url(bundle: Bundle | None) -> None:
    """Put the view of the URL into the widgets' state: on the first run of a session, and whenever the URL is
    no longer the one this app last wrote (the browser's Back and Forward buttons rerun with the old URL)."""
    first = not st.session_state.get("_url_read")
    if not first and st.session_state.get(URL_WRITTEN_KEY) in (None, current_query()):
        return
    st.session_state["_url_read"] = True
    actors = [a.name for a in bundle.actors] if bundle else []
    ids = bundle.prep.event_ids if bundle else []
    try:
        vs = parse_query(st.query_params, actors, bundle.years if bundle else None, ids,
                         article_names(bundle))
    except Exception:  # noqa: BLE001 - a bad link must never break the page
        vs = ViewState()
    f = vs.filters
    ss = st.session_state
    ss["f_actors"] = list(f.actors)
    ss["f_mode"] = "all of them" if f.actor_mode == "all" else "any of them"
    if bundle and bundle.years:
        ss["f_years"] = f.years or bundle.years
    ss["f_types"] = list(f.types)
    ss["f_status"] = list(f.statuses)
    ss["f_text"] = f.text
    ss["f_undated"] = f.undated
    ss["f_article"] = f.article
    ss["view"] = vs.view
    ss["lane"] = vs.lane
    ss["actors_kind"] = vs.actors_kind
    ss["actors_top"] = vs.actors_top
    if not first:
        ss[EVENT_KEY] = vs.event
        ss.pop(BIN_KEY, None)
    elif vs.event and EVENT_KEY not in ss:
        ss[EVENT_KEY] = vs.event


def reset_filters(bundle: Bundle | None) -> None:
    ss = st.session_state
    ss["f_actors"], ss["f_types"], ss["f_status"], ss["f_text"] = [], [], [], ""
    ss["f_mode"] = "any of them"
    ss["f_undated"] = True
    ss["f_article"] = ""
    if bundle and bundle.years:
        ss["f_years"] = bundle.years


def sidebar_filters(bundle: Bundle | None) -> FilterState:
    ss = st.session_state
    sb = st.sidebar
    sb.header("Filters")
    if bundle is None:
        return FilterState()
    counts = {a.name: a for a in bundle.actors}
    ss["f_actors"] = [a for a in ss.get("f_actors", []) if a in counts]
    sb.multiselect(
        "Actors (people and countries)", options=list(counts), key="f_actors",
        format_func=lambda a: f"{a} · {counts[a].kind} ({counts[a].events})",
        placeholder="All actors",
        help="Events in which these people or countries took part; the number is how many events each has. "
             "Type part of a name and press Enter to add it.",
        filter_mode="contains", select_all=False,  # fuzzy matching and "Select 6 matches" took Enter for "Yoon"
    )
    sb.radio("Match", ["any of them", "all of them"], key="f_mode", horizontal=True,
             label_visibility="collapsed")
    years: tuple[int, int] | None = None
    if bundle.years:
        lo, hi = bundle.years
        cur = ss.get("f_years", (lo, hi))
        if not (isinstance(cur, (tuple, list)) and len(cur) == 2):
            cur = (lo, hi)
        # the data's years moved (an upload): ends of the range that sat on the old bounds follow them
        old = ss.get(YEARS_SEEN_KEY)
        ss["f_years"] = follow_bounds((int(cur[0]), int(cur[1])), old if old is not None else (lo, hi), (lo, hi))
        ss[YEARS_SEEN_KEY] = (lo, hi)
        if lo < hi:
            chosen = cast(tuple[int, int], sb.slider("Years", min_value=lo, max_value=hi, key="f_years", step=1))
            years = None if tuple(chosen) == (lo, hi) else (int(chosen[0]), int(chosen[1]))
        else:
            sb.caption(f"All dated events are in {lo}.")
    sb.multiselect("Type", list(EVENT_TYPES), key="f_types", format_func=lambda t: TYPE_LABELS.get(t, t),
                   placeholder="All types")
    sb.multiselect("Status", list(STATUSES), key="f_status", placeholder="Held and planned")
    sb.text_input("Search", key="f_text", placeholder="a person, country, place or words",
                  help="Finds events by their people, countries and place, the titles of their articles and the "
                       "sentences they were read from (every word must be there, any case). When nothing matches "
                       "exactly, close spellings are shown.")
    ss.setdefault("f_undated", True)
    sb.checkbox("Include undated events", key="f_undated")
    sb.button("Reset filters", on_click=reset_filters, args=(bundle,))
    article = str(ss.get("f_article") or "")
    if article and article not in article_names(bundle):
        article = ss["f_article"] = ""
    if article:
        sb.info(f"Only the events of the article {md_escape(article)}.")
        sb.button("Show the events of every article", key="clear_article", on_click=show_article, args=("",))
    return FilterState(
        actors=tuple(ss.get("f_actors", [])),
        actor_mode="all" if ss.get("f_mode") == "all of them" else "any",
        years=years,
        types=tuple(ss.get("f_types", [])),
        statuses=tuple(ss.get("f_status", [])),
        text=str(ss.get("f_text", "") or ""),
        undated=bool(ss.get("f_undated", True)),
        article=article,
    )


def article_names(bundle: Bundle | None) -> list[str]:
    arts = bundle.articles if bundle else None
    if arts is None or arts.empty or "article" not in arts.columns:
        return []
    return [str(a) for a in arts["article"].tolist()]


def show_article(name: str) -> None:
    """Callback: only the events of this article (all filters else cleared), on the timeline; "" shows all."""
    ss = st.session_state
    if name:
        ss["f_actors"], ss["f_types"], ss["f_status"], ss["f_text"] = [], [], [], ""
        ss.pop("f_years", None)
        ss["f_undated"] = True
        ss["view"] = "Timeline"
    ss["f_article"] = name


def show_actors(actors: list[str]) -> None:
    """Callback: every event in which all these countries or people took part (other filters cleared), on the
    timeline."""
    ss = st.session_state
    ss["f_actors"], ss["f_types"], ss["f_status"], ss["f_text"], ss["f_article"] = list(actors), [], [], "", ""
    ss["f_mode"] = "all of them"
    ss.pop("f_years", None)
    ss["f_undated"] = True
    ss["view"] = "Timeline"


def sync_url(vs: ViewState) -> None:
    """Write the view into the URL (when it changed) and remember what was written (see init_from_url)."""
    wanted = to_query(vs)
    norm = {k: (v if isinstance(v, list) else [v]) for k, v in wanted.items()}
    if current_query() != norm:
        st.query_params.from_dict(wanted)
    st.session_state[URL_WRITTEN_KEY] = norm


# ---------------------------------------------------------------------- uploads


def upload_section(folder: Path, bundle: Bundle | None, expanded: bool) -> None:
    ss = st.session_state
    ss.setdefault("uploader_n", 0)
    with st.sidebar.expander("Add articles", expanded=expanded or bool(ss.get("upload_results"))):
        files = st.file_uploader(
            "Articles (.txt, .html, .json)", type=[s.lstrip(".") for s in ALLOWED_SUFFIXES],
            accept_multiple_files=True, key=f"uploader_{ss['uploader_n']}",
            max_upload_size=MAX_UPLOAD_BYTES // (1024 * 1024),
            help=f"Up to {MAX_UPLOAD_BYTES // (1024 * 1024)} MB each. They are saved into {folder}.",
        )
        replace = st.checkbox("Replace articles that have the same name", key="up_replace")
        if st.button("Add to the timeline", key="up_go", disabled=not files, type="primary"):
            results = save_uploads(folder, [(f.name, f.getvalue()) for f in files or []], replace=replace)
            ss["upload_results"] = [(r.ok, r.message, r.saved_as) for r in results]
            ss["uploader_n"] += 1
            st.rerun()
        found = upload_counts(bundle)
        for i, (ok, message, saved_as) in enumerate(ss.get("upload_results", [])):
            if not ok:
                st.error(md_escape(message))
                continue
            n = found.get(str(saved_as)) if saved_as else None
            st.success(md_escape(message) + ("" if n is None else f" {plural(n, 'event')} found in it."))
            if n:
                st.button("Show its events", key=f"up_show_{i}", on_click=show_article, args=(str(saved_as),))


def upload_counts(bundle: Bundle | None) -> dict[str, int]:
    """How many events the loaders found in each article (by file name)."""
    arts = bundle.articles if bundle else None
    if arts is None or arts.empty or "events" not in arts.columns:
        return {}
    return {str(a): int(n) for a, n in zip(arts["article"], arts["events"].fillna(0), strict=True)}


# ---------------------------------------------------------------------- details


def choose_from_chart(codes_to_ids: list[str]) -> None:
    """on_select callback of the chart: the clicked point's event becomes the chosen one.

    On a chart of counts a click picks a bar instead (its events are then listed in the picker).
    An empty selection (double-click) drops the bar.
    """
    ss = st.session_state
    state = ss.get(CHART_KEY)
    pick = selected_bin(state)
    if pick is not None:
        ss[BIN_KEY] = (pick.lane, pick.first_day, pick.end_day)
        return
    code = selected_code(state)
    if code is not None and 0 <= code < len(codes_to_ids):
        ss[EVENT_KEY] = codes_to_ids[code]
        ss[OPEN_KEY] = True
    elif code is None:
        ss.pop(BIN_KEY, None)


def clear_bin() -> None:
    st.session_state.pop(BIN_KEY, None)


def choose_from_table(table_key: str, codes: list[int], codes_to_ids: list[str]) -> None:
    state = st.session_state.get(table_key)
    rows = []
    try:
        rows = list(state["selection"]["rows"]) if state else []
    except (KeyError, TypeError):
        rows = []
    if rows and 0 <= rows[0] < len(codes):
        st.session_state[EVENT_KEY] = codes_to_ids[codes[rows[0]]]
        st.session_state[OPEN_KEY] = True


def choose_from_pick(bundle: Bundle) -> None:
    code = st.session_state.get(PICK_KEY)
    ids = bundle.prep.event_ids
    st.session_state[EVENT_KEY] = ids[code] if isinstance(code, int) and 0 <= code < len(ids) else None


@dataclass
class BinList:
    """The events of a clicked count bar, for the picker."""

    codes: np.ndarray
    label: str  # e.g. "week of 6 May 2016 · Summit"


def event_picker(bundle: Bundle, shown: np.ndarray, in_bin: BinList | None = None) -> int | None:
    """Selectbox of the filtered events (keyboard way to the details); follows chart clicks.

    With more than MAX_PICK_OPTIONS events it lists the first ones (or the events of a clicked count bar).
    """
    ss = st.session_state
    chosen = bundle.prep.code_of(ss[EVENT_KEY]) if ss.get(EVENT_KEY) else None
    listed = in_bin.codes if in_bin is not None else shown
    options: list[int] = listed[:MAX_PICK_OPTIONS].tolist()
    if chosen is not None and chosen not in options:
        options.append(chosen)
    ss[PICK_KEY] = chosen
    titles = dict(zip(options, bundle.titles.of(options), strict=True))
    st.selectbox(
        "Event", options, key=PICK_KEY, on_change=choose_from_pick, args=(bundle,),
        placeholder=("Choose one of the clicked bar's events here" if in_bin is not None else
                     "Choose an event here, or click a bar in the chart" if len(shown) > DETAIL_LIMIT else
                     "Choose an event here, or click one in the chart"),
        format_func=lambda c: titles.get(c) or bundle.titles[int(c)],
        help="Type part of a date, type, country, person or place, then Enter (Tab gets here without a mouse). "
             "Clicking a point in the timeline chooses it here too.",
        filter_mode="contains",
    )
    if in_bin is not None:
        c1, c2 = st.columns([4, 1])
        c1.caption(f"Listing the {plural(len(in_bin.codes), 'event')} of the bar you clicked "
                   f"({md_escape(in_bin.label)})"
                   + (f", the first {MAX_PICK_OPTIONS:,} of them." if len(in_bin.codes) > MAX_PICK_OPTIONS else "."))
        c2.button("List all matching events", key="bin_clear", on_click=clear_bin)
    elif len(shown) > MAX_PICK_OPTIONS:
        st.caption(f"The list holds the first {MAX_PICK_OPTIONS:,} of {len(shown):,} events: narrow the filters"
                   + (" or click a bar in the chart." if len(shown) > DETAIL_LIMIT else "."))
    return chosen


def event_links(bundle: Bundle, code: int, where: str) -> None:
    """Buttons to the events of each source article and to all events of the event's countries."""
    prep = bundle.prep
    articles = list(dict.fromkeys(str(a) for a in prep.rows.loc[prep.rows["code"] == code, "article"].tolist()
                                  if isinstance(a, str) and a))
    countries = [str(c) for c in cast(list[Any], prep.merged.at[code, "countries"])]
    cols = st.columns(len(articles[:3]) + (1 if len(countries) >= 2 else 0) or 1)
    for i, name in enumerate(articles[:3]):
        cols[i].button(f"Events from {name}", key=f"{where}_art_{i}", on_click=show_article, args=(name,),
                       help="Every event this article tells of, on the timeline (other filters cleared).")
    if len(countries) >= 2:
        label = " & ".join(countries) if len(countries) <= 4 else f"these {len(countries)} countries"
        cols[-1].button(f"All events of {label}", key=f"{where}_pair", on_click=show_actors,
                        args=(countries,), help="Every event in which all of them took part (other filters cleared).")


def event_body(bundle: Bundle, code: int, where: str) -> None:
    """An event's facts, links to its article's and its countries' events, and every source with its evidence."""
    prep = bundle.prep
    st.html(event_header_html(prep, code))
    event_links(bundle, code, where)
    if where == "panel":  # the details below the chart (the drawer beside it shows the same without the forms)
        review.edit_panel(prep, code, tdata.articles_dir(), bundle.titles)
    sources = event_sources(prep, code, texts=bundle.texts)
    st.markdown(f"**{len(sources)} source{'s' if len(sources) != 1 else ''}**")
    for src in sources:
        with st.container(border=True):
            st.html(source_header_html(src))
            if src.text:
                st.html(src.article_html())
            else:
                st.html(src.passage_html())
                st.caption("The article text is not available; showing the evidence sentence only.")


def detail_panel(bundle: Bundle, code: int, visible: bool) -> None:
    st.subheader("Event details")
    if not visible:
        st.caption("This event does not match the current filters.")
    event_body(bundle, code, "panel")


@st.dialog("Event", width="medium", position="right")
def details_dialog(bundle: Bundle, code: int) -> None:
    """The clicked event's details beside the chart, where the eye is (a drawer on the right; full width on a
    phone), the sentence it was read from first (in view on a phone too); the same details stay below the chart."""
    sources = event_sources(bundle.prep, code, texts=bundle.texts)
    if sources:
        st.html(evidence_html(sources[0]))
    event_body(bundle, code, "dialog")


# ---------------------------------------------------------------------- views


def bin_events(dated: pd.DataFrame, lane: str, unit: str) -> BinList | None:
    """The events of the count bar clicked on the chart (of these filters and lanes), if any."""
    saved = st.session_state.get(BIN_KEY)
    if not isinstance(saved, (tuple, list)) or len(saved) != 3:
        return None
    try:
        pick = BinPick(int(saved[0]), int(saved[1]), int(saved[2]))
    except (TypeError, ValueError):
        return None
    codes = events_in_bin(dated, lane, pick)
    if not len(codes):
        return None
    codes = codes[np.argsort(dated.loc[codes, "start"].to_numpy(), kind="stable")]  # in time order
    names = lane_values(dated, lane)[1]
    lane_name = names[pick.lane] if pick.lane < len(names) else ""
    return BinList(codes=codes, label=f"{bin_label(pick, unit)} · {TYPE_LABELS.get(lane_name, lane_name)}")


def view_timeline(bundle: Bundle, keep: np.ndarray, chart: str) -> BinList | None:
    """The chart of the matching dated events, the undated ones beside it; the clicked count bar's events."""
    ss = st.session_state
    st.radio("Lanes", list(LANE_MODES), key="lane", format_func=lambda m: LANE_MODES[m], horizontal=True)
    lane = ss.get("lane", "type")
    if ss.get(CHART_SHOWN_KEY) != chart:  # other filters or lanes: a clicked bar no longer means anything
        ss.pop(BIN_KEY, None)
        ss[CHART_SHOWN_KEY] = chart
    merged = bundle.prep.merged
    has_date = merged["dated"].to_numpy(dtype=bool)
    dated_mask = keep & has_date
    undated_codes = np.flatnonzero(keep & ~has_date)
    n_dated = int(dated_mask.sum())
    # many events: only the columns the count chart needs (taking every column of 100,000 rows costs)
    dated = merged.loc[dated_mask, list(DENSITY_COLUMNS)] if n_dated > DETAIL_LIMIT else merged[dated_mask]
    in_bin = None
    with st.container():
        if n_dated:
            fig = timeline_figure(dated, lane_mode=lane)
            note = timeline_note(fig)
            if not note:
                review.mark_figure(fig, review.cached_flags(bundle.prep))
            if note:
                st.info(note)
            st.plotly_chart(
                fig, key=CHART_KEY, on_select=partial(choose_from_chart, bundle.prep.event_ids),
                selection_mode="points", width="stretch",
                config=CHART_CONFIG,
            )
            if note:
                unit = str(fig.layout.meta["unit"])
                in_bin = bin_events(dated, lane, unit)
                st.caption("Each bar counts the events of one period in its lane (a vague date counts at its "
                           "middle); taller = more, hover for the numbers. Click a bar to list its events below; "
                           "drag to pan, pull the ends of the strip below the chart to zoom, double-click to reset.")
            else:
                st.caption("Dots are meetings dated to the day; bars cover what a vaguer date may mean "
                           "(a month, “late September”, a season, a year). Filled = held, hollow = planned. "
                           "Colour = type. Click one to read its sources; drag to pan, pull the ends of the strip "
                           "below the chart to zoom, double-click to reset.")
        else:
            st.info("None of the matching events has a date; they are listed below.")
    if len(undated_codes):
        st.markdown(f"**Undated ({len(undated_codes)})**")
        st.caption("Found in the articles but without a date that could be resolved; the sentence each was read "
                   "from tells them apart. Select a row to read its sources.")
        codes = undated_codes[:MAX_TABLE_ROWS].tolist()
        table = undated_table(merged.loc[codes], [t.removeprefix("undated · ") for t in bundle.titles.of(codes)])
        st.dataframe(table, key="undated_table", hide_index=True, selection_mode="single-row",
                     on_select=partial(choose_from_table, "undated_table", codes, bundle.prep.event_ids),
                     width="stretch", height=min(420, 38 + 35 * len(codes)),
                     column_config={"event": st.column_config.TextColumn("event", width="medium"),
                                    "article": st.column_config.TextColumn("article", width="small"),
                                    "read from": st.column_config.TextColumn("read from", width="large")})
        if len(undated_codes) > len(codes):
            st.caption(f"The first {len(codes):,} of {len(undated_codes):,}: narrow the filters.")
    return in_bin


def view_table(bundle: Bundle, shown: pd.DataFrame, filters_key: str) -> None:
    listed = time_order(shown).iloc[:MAX_TABLE_ROWS]
    codes = [int(c) for c in listed.index]
    st.dataframe(
        event_table(listed), key="events_table", hide_index=True, width="stretch",
        height=min(460, 38 + 35 * max(len(listed), 1)),
        on_select=partial(choose_from_table, "events_table", codes, bundle.prep.event_ids),
        selection_mode="single-row",
        column_config={"date": st.column_config.DateColumn("date", format="D MMM YYYY",
                                                           help="The first day the date may mean; sorts in time"),
                       "as read": st.column_config.TextColumn("as read", help="The date as the articles give it"),
                       "sources": st.column_config.NumberColumn("sources", format="%d")},
    )
    if len(shown) > len(listed):
        st.caption(f"The table holds the first {len(listed):,} of {len(shown):,} matching events (in time order; "
                   "sorting sorts these): narrow the filters to see the others. "
                   "The downloads below hold all of them.")
    st.caption("Click a column header to sort; select a row to read its sources. Keyboard: Tab into the table, "
               "arrow keys to move, Shift+Space to select the row.")
    files = download_files(bundle, shown, filters_key)
    c1, c2, c3 = st.columns(3)
    c1.download_button("CSV (one row per source)", data=files["csv"], file_name="events.csv",
                       mime="text/csv", key="dl_csv", on_click="ignore")
    c2.download_button("JSON (one record per source)", data=files["json"], file_name="events.json",
                       mime="application/json", key="dl_json", on_click="ignore")
    c3.download_button("TimelineJS JSON (dated events)", data=files["tljs"],
                       file_name="timelinejs.json", mime="application/json", key="dl_tljs", on_click="ignore")


def download_files(bundle: Bundle, shown: pd.DataFrame, filters_key: str) -> dict[str, bytes]:
    """The three downloads of the matching events as bytes, made once per filters and kept in the session.

    Bytes, not functions: a download whose data is a function is made on the click, and about one click in four
    then found no file (MediaFileStorageError: Deferred file ... not found).
    """
    ss = st.session_state
    key = (id(bundle), filters_key)
    saved = ss.get(DOWNLOADS_KEY)
    if isinstance(saved, tuple) and len(saved) == 2 and saved[0] == key:
        return cast(dict[str, bytes], saved[1])
    rows = source_rows(bundle.prep, shown)
    files = {"csv": to_csv(rows).encode("utf-8"), "json": to_json(rows).encode("utf-8"),
             "tljs": to_timelinejs(shown, rows).encode("utf-8")}
    ss[DOWNLOADS_KEY] = (key, files)
    return files


def choose_place(names: list[str]) -> None:
    """on_select callback of the map: the clicked place's meetings are listed under it."""
    ss = st.session_state
    code = selected_code(ss.get(MAP_KEY))
    if code is not None and 0 <= code < len(names):
        ss[PLACE_KEY] = names[code]
    elif code is None:
        ss.pop(PLACE_KEY, None)


def view_map(bundle: Bundle, keep: np.ndarray) -> None:
    """Where the matching meetings took place; click a place to list its meetings."""
    ss = st.session_state
    shown = bundle.prep.merged[keep]
    places = place_table(shown)
    names = places["place"].tolist()
    st.plotly_chart(map_figure(places), key=MAP_KEY, on_select=partial(choose_place, names),
                    selection_mode="points", width="stretch", config=CHART_CONFIG)
    placed = int(places["events"].sum()) if len(places) else 0
    st.caption(f"{plural(placed, 'meeting')} at {plural(len(places), 'place')}; bigger = more meetings, colour = "
               "their most frequent type, a diamond = a country named without a city (drawn by its capital). "
               f"{len(shown) - placed} of the {len(shown)} matching events have no place the map knows. "
               "No base map is drawn: the grid is longitude and latitude. Click a place to list its meetings.")
    place = ss.get(PLACE_KEY)
    if place not in names:
        return
    row = places.iloc[names.index(place)]
    listed = time_order(bundle.prep.merged.loc[list(row["codes"])])
    st.markdown(f"**{plural(len(listed), 'meeting')} in {md_escape(place)}**")
    codes = [int(c) for c in listed.index]
    st.dataframe(event_table(listed).drop(columns=["evidence", "event_id"]), key="place_table", hide_index=True,
                 width="stretch", selection_mode="single-row", height=min(420, 38 + 35 * len(codes)),
                 on_select=partial(choose_from_table, "place_table", codes, bundle.prep.event_ids),
                 column_config={"date": st.column_config.DateColumn("date", format="D MMM YYYY")})
    st.caption("Select a row to read its sources.")


def choose_pair(names: list[str]) -> None:
    """on_select callback of the who-met-whom chart: the clicked pair's shared events, on the timeline."""
    code = selected_code(st.session_state.get("actors_chart"))
    if code is not None and names and 0 <= code < len(names) ** 2:
        a, b = names[code // len(names)], names[code % len(names)]
        show_actors([a, b])


def view_actors(shown: pd.DataFrame) -> None:
    st.session_state.setdefault("actors_kind", "person")
    st.session_state.setdefault("actors_top", 20)
    c1, c2 = st.columns([2, 1])
    kind = c1.radio("Actors", ["person", "country"], key="actors_kind", horizontal=True,
                    format_func=lambda k: "Countries" if k == "country" else "People")
    top = c2.number_input("Show the most frequent", min_value=2, max_value=60, key="actors_top")
    matrix = co_occurrence(shown, kind=kind, top=int(top))
    st.caption("Each dot: how many of the filtered events the two took part in together (no dot: never). "
               "Click a dot to see those events on the timeline. Use the sidebar's years to see one period.")
    st.plotly_chart(actors_figure(matrix), key="actors_chart", width="stretch", on_select=partial(
        choose_pair, [str(x) for x in matrix.index]), selection_mode="points", config=CHART_CONFIG)
    pairs = pair_table(matrix)
    if len(pairs):
        st.dataframe(pairs, hide_index=True, width="stretch", height=min(400, 38 + 35 * len(pairs)))


def open_article_row(names: list[str]) -> None:
    """on_select callback of the articles table: the selected article's events, on the timeline."""
    state = st.session_state.get("articles_table")
    try:
        rows = list(state["selection"]["rows"]) if state else []
    except (KeyError, TypeError):
        rows = []
    if rows and 0 <= rows[0] < len(names):
        show_article(names[rows[0]])


def view_articles(bundle: Bundle, keep: np.ndarray, filtered: bool) -> None:
    for problem in bundle.problems:
        st.warning(md_escape(problem))
    arts = bundle.articles
    if arts is None or arts.empty:
        st.info("No article has been read.")
        return
    table = article_table(arts, bundle.prep, keep)
    if filtered:
        table = table[table["matching"] > 0]
    st.dataframe(
        table, key="articles_table", hide_index=True, width="stretch", selection_mode="single-row",
        on_select=partial(open_article_row, table["file"].tolist()),
        column_config={
            "url": st.column_config.LinkColumn("url", width="small"),
            "title": st.column_config.TextColumn("title", width="large"),
            "events": st.column_config.NumberColumn("events", help="Events found in the article", format="%d"),
            "matching": st.column_config.NumberColumn("matching", format="%d",
                                                      help="Of those, how many match the sidebar's filters"),
        },
    )
    bad = sum(1 for p in table["problems"] if p)
    shown = f"{len(table)} of {len(arts)} files have events matching the filters" if filtered else \
        f"{len(table)} files"
    st.caption(f"{shown}; {bad} with reading problems. Select a row to see its events on the timeline.")


# ---------------------------------------------------------------------- page


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def main() -> None:
    st.set_page_config(page_title="Diplomatic Timeline", page_icon="🗓️", layout="wide")
    folder = tdata.articles_dir()
    bundle = get_bundle(folder)
    init_from_url(bundle)
    ss = st.session_state
    ss.setdefault(EVENT_KEY, None)

    st.title("Diplomatic Timeline")
    filters = sidebar_filters(bundle)
    upload_section(folder, bundle, expanded=bundle is None)

    if bundle is None:
        st.info(f"No articles yet in {md_escape(folder)}. Add .txt, .html or .json news articles with "
                "**Add articles** in the sidebar; their summits and meetings will appear here.")
        return
    prep = bundle.prep
    n_articles = len(bundle.articles) if bundle.articles is not None else 0
    if prep.merged.empty:
        st.info(f"{n_articles} article(s) read, but no summit or ministerial meeting was found in them. "
                "The **Articles** view lists any reading problems; add more articles from the sidebar.")

    keep = review.sidebar(review.cached_flags(prep), mask(prep, filters))
    shown_codes = np.flatnonzero(keep)
    n_shown = len(shown_codes)
    st.caption(f"{plural(len(prep.merged), 'event')} from {plural(n_articles, 'article')} · "
               f"{n_shown} match the filters · folder: {md_escape(folder)}")
    if filters.text.strip():
        how = text_mask(prep.merged["search"], filters.text)[1]
        if how == "close":
            st.info(f"Nothing matches “{md_escape(filters.text.strip())}” exactly; showing close spellings.")
    view = st.radio("View", list(VIEWS), key="view", horizontal=True, label_visibility="collapsed")

    chosen_id = ss.get(EVENT_KEY)
    if chosen_id is not None and prep.code_of(chosen_id) is None:
        ss[EVENT_KEY] = chosen_id = None
    vs = ViewState(filters=filters, view=view, lane=ss.get("lane", "type"), event=chosen_id,
                   actors_kind=str(ss.get("actors_kind", "person")), actors_top=int(ss.get("actors_top", 20)))
    sync_url(vs)

    in_bin = None
    if n_shown == 0 and not prep.merged.empty:
        st.warning("No event matches these filters. Loosen them: clear some actors, widen the years, "
                   "or empty the search box — or press **Reset filters** in the sidebar.")
    elif view == "Timeline":
        in_bin = view_timeline(bundle, keep, chart=repr((filters, vs.lane)))
    elif view == "Map":
        view_map(bundle, keep)
    elif view == "Table":
        view_table(bundle, prep.merged[keep], repr(filters))
    elif view == "Actors":
        view_actors(prep.merged.loc[keep, ["participants", "inferred_participants", "countries"]])
    elif view == review.REVIEW_VIEW and (picked := review.review_view(
            prep, review.cached_flags(prep), keep, folder, bundle.titles, bundle.articles, bundle.texts,
            bundle.problems)) is not None:
        ss[EVENT_KEY] = prep.event_ids[picked]
    if view == "Articles":
        view_articles(bundle, keep, filtered=not filters.is_default())
        return
    if prep.merged.empty or view == "Actors":
        return
    st.divider()
    code = event_picker(bundle, shown_codes, in_bin)
    if code is not None:
        detail_panel(bundle, code, visible=bool(keep[code]))
        if ss.pop(OPEN_KEY, False):
            details_dialog(bundle, code)
    ss.pop(OPEN_KEY, None)


main()
