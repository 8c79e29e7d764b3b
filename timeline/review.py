"""The analyst's review in the dashboard: correct, confirm, hide, merge, split and add events, the "to review"
list with its progress, the sources' readings side by side, and the marks of corrected and checked events.

Pure functions first (tested directly); the Streamlit parts below them write corrections with
loaders.corrections (one line each in the folder's corrections.jsonl) and rerun: the folder's fingerprint
includes that file, so the events come back with the corrections applied, exactly as `extract` gives them.
"""

from __future__ import annotations

import calendar
import csv
import html
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from loaders import settings
from loaders.corrections import (
    Correction,
    CorrectionError,
    active,
    append_corrections,
    make,
    make_for,
    passage_target,
    read_corrections,
    target_of,
)
from loaders.schema import EVENT_TYPES, STATUSES, inferred_label
from timeline.details import highlight, md_escape
from timeline.events import Prepared, human_date, inferred_of, people_columns

REVIEW_VIEW = "Review"
WHO_KEY = "review_who"
N_KEY = "review_n"  # bumped after every write: the edit widgets start again from the new values
DONE_KEY = "review_done"  # what the last write did, shown once
LOW_CONFIDENCE = 0.5
CORRECTED_COLOR = "#d6336c"
CHECKED_COLOR = "#2b8a3e"
MONTHS = list(calendar.month_name)[1:]
DATE_KINDS = ("day", "month", "year", "no date")


# ---------------------------------------------------------------------- pure: flags, disagreements, queue


def _bool_any(prep: Prepared, column: str) -> np.ndarray:
    """Per event code: whether any of its rows has the column true."""
    n = len(prep.merged)
    if column not in prep.rows.columns or not n:
        return np.zeros(n, dtype=bool)
    values = prep.rows[column].fillna(False).astype(bool).to_numpy()
    return np.bincount(prep.rows["code"].to_numpy(), weights=values, minlength=n) > 0


def _own_date(row: pd.Series) -> str | None:
    for key in ("article_date", "date"):
        value = row.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def readings(prep: Prepared, code: int) -> pd.DataFrame:
    """Each source's own reading of the event: article, date, place, status, type, and who met, those the source
    does not name but the people data filled in marked "(inferred)" (one row per source)."""
    rows = prep.rows[prep.rows["code"].to_numpy() == code]
    return pd.DataFrame({
        "article": rows["article"].astype(str).tolist(),
        "date": [_own_date(r) for _, r in rows.iterrows()],
        "place": [p if isinstance(p, str) and p else None for p in rows["location"].tolist()],
        "status": rows["status"].astype(str).tolist(),
        "type": rows["type"].astype(str).tolist(),
        "people": [", ".join(p) for p in people_columns(rows)],
    })


def inferred_note(ev: Any) -> str:
    """What the editor of participants says of the people no source names, filled in from the people data (they
    are not in the list to edit: listing one there makes him named, by the analyst); "" when there are none."""
    filled = inferred_of(ev.get("inferred_participants"), ev.get("inferred_reasons"))
    if not filled:
        return ""
    who = "; ".join(f"{name} ({inferred_label(why)})" if why else name for name, why in filled.items())
    return (f"Inferred from the people data, not named in the article: {who}. Add them to Participants to confirm "
            "them as named.")


def _dates_disagree(dates: list[str]) -> bool:
    """Two dates disagree when neither contains the other ("2016-09" and "2016-09-02" agree)."""
    known = sorted({d for d in dates if d})
    return any(not (b.startswith(a) or a.startswith(b)) for i, a in enumerate(known) for b in known[i + 1:])


def disagreements(table: pd.DataFrame) -> list[str]:
    """What the sources of one event disagree about: "date", "place" (case-insensitive), "status"."""
    out = []
    if _dates_disagree([d for d in table["date"].tolist() if isinstance(d, str)]):
        out.append("date")
    if len({p.strip().lower() for p in table["place"].tolist() if isinstance(p, str) and p.strip()}) > 1:
        out.append("place")
    if table["status"].nunique() > 1:
        out.append("status")
    return out


def disagreeing(prep: Prepared) -> np.ndarray:
    """Per event code: whether its sources give different dates or places (status differs naturally between a
    report before the meeting and one after it, so it is shown side by side but not counted here)."""
    n = len(prep.merged)
    out = np.zeros(n, dtype=bool)
    if not n:
        return out
    codes = prep.rows["code"].to_numpy()
    multi = np.bincount(codes, minlength=n)[codes] > 1
    if not multi.any():
        return out
    sub = prep.rows[multi]
    own = sub["article_date"] if "article_date" in sub.columns else sub["date"]
    dates: dict[int, list[str]] = {}
    places: dict[int, set[str]] = {}
    for c, d, fallback, p in zip(codes[multi].tolist(), own.tolist(), sub["date"].tolist(), sub["location"].tolist(),
                                 strict=True):
        d = d if isinstance(d, str) and d else fallback
        if isinstance(d, str) and d:
            dates.setdefault(c, []).append(d)
        if isinstance(p, str) and p.strip():
            places.setdefault(c, set()).add(p.strip().lower())
    for c, ds in dates.items():
        out[c] = _dates_disagree(ds)
    for c, ps in places.items():
        out[c] |= len(ps) > 1
    return out


@dataclass
class Flags:
    """Per event code (aligned with prep.merged): the review's view of every event."""

    corrected: np.ndarray
    checked: np.ndarray
    disagree: np.ndarray
    reasons: list[list[str]]  # why it may be wrong, most telling first
    score: np.ndarray  # higher = more likely wrong

    def progress(self) -> tuple[int, int]:
        return int(self.checked.sum()), len(self.checked)


def flags(prep: Prepared) -> Flags:
    merged = prep.merged
    n = len(merged)
    disagree = disagreeing(prep)
    dated = merged["dated"].to_numpy(dtype=bool) if n else np.zeros(0, dtype=bool)
    conf = pd.to_numeric(merged["date_confidence"], errors="coerce").fillna(0.0).to_numpy() if n else np.zeros(0)
    types = merged["type"].astype(str).to_numpy() if n else np.zeros(0, dtype=object)
    precision = merged["date_precision"].astype(str).to_numpy() if n else np.zeros(0, dtype=object)
    reasons: list[list[str]] = []
    score = np.zeros(n)
    for c in range(n):
        why = []
        if not dated[c]:
            why.append("no date")
            score[c] += 4
        elif conf[c] < LOW_CONFIDENCE:
            why.append(f"date confidence {conf[c]:.0%}")
            score[c] += 3
        if disagree[c]:
            why.append("sources disagree")
            score[c] += 3
        if types[c] == "other":
            why.append("type left open")
            score[c] += 2
        if dated[c] and precision[c] in ("year", "season", "quarter"):
            why.append(f"vague date ({precision[c]})")
            score[c] += 1
        reasons.append(why)
    return Flags(_bool_any(prep, "corrected"), _bool_any(prep, "checked"), disagree, reasons, score)


def cached_flags(prep: Prepared) -> Flags:
    """flags(prep), computed once per loaded table (kept on the Prepared object, which is shared and cached)."""
    got = getattr(prep, "_review_flags", None)
    if not isinstance(got, Flags):
        got = flags(prep)
        object.__setattr__(prep, "_review_flags", got)
    return got


def review_order(f: Flags, codes: np.ndarray | None = None) -> list[int]:
    """Event codes to review: not yet checked first, most likely wrong first; then the checked ones."""
    pool = np.arange(len(f.checked)) if codes is None else np.asarray(codes, dtype="int64")
    return sorted(pool.tolist(), key=lambda c: (bool(f.checked[c]), -float(f.score[c]), c))


def date_value(kind: str, year: int | None = None, month: int | None = None, day: Date | None = None) -> str | None:
    """The date a correction gives from the pickers: a day, a month, a year or none."""
    if kind == "day" and day is not None:
        return day.isoformat()
    if kind == "month" and year and month:
        return f"{int(year):04d}-{int(month):02d}"
    if kind == "year" and year:
        return f"{int(year):04d}"
    return None


def date_parts(value: Any) -> tuple[str, int | None, int | None, Date | None]:
    """The pickers' starting values for a date of the table."""
    if not isinstance(value, str) or not value:
        return "no date", None, None, None
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return "year", int(parts[0]), None, None
        if len(parts) == 2:
            return "month", int(parts[0]), int(parts[1]), None
        d = Date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
        return "day", d.year, d.month, d
    except ValueError:
        return "no date", None, None, None


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple, np.ndarray)):
        return [str(v) for v in value]
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value


def changes(current: dict[str, Any], edited: dict[str, Any]) -> dict[str, Any]:
    """The fields whose edited value differs from the event's (lists compared as lists, blanks as none)."""
    out = {}
    for name, value in edited.items():
        old, new = _plain(current.get(name)), _plain(value)
        if name == "countries" and isinstance(old, list) and isinstance(new, list):
            old, new = sorted(old), sorted(new)
        if (old or None) != (new or None):
            out[name] = value
    return out


def event_row(prep: Prepared, code: int) -> dict[str, Any]:
    """The event's facts as shown (merged) with the target of its best source: what a correction names."""
    ev = prep.merged.loc[code]
    return {str(k): v for k, v in ev.items()}


def source_row(prep: Prepared, code: int, article: str) -> dict[str, Any] | None:
    rows = prep.rows[(prep.rows["code"].to_numpy() == code) & (prep.rows["article"].astype(str) == article)]
    return {str(k): v for k, v in rows.iloc[0].items()} if len(rows) else None


def corrections_of(prep: Prepared, code: int, corrections: list[Correction]) -> list[Correction]:
    """The corrections applied to an event's rows, in the order they were made."""
    rows = prep.rows[prep.rows["code"].to_numpy() == code]
    ids = {i for v in rows.get("corrections", pd.Series(dtype=object)).tolist() if isinstance(v, str)
           for i in v.split()}
    return [c for c in corrections if c.id in ids]


def hidden_corrections(corrections: list[Correction]) -> list[Correction]:
    """The "not a meeting" corrections in force (their events are not in the table; each can be undone)."""
    keep, _ = active(corrections)
    last: dict[tuple[str, str], Correction] = {}
    for c in keep:
        if c.field == "hidden":
            last[(c.target.article, c.target.passage)] = c
    return [c for c in last.values() if c.after is True]


@lru_cache(maxsize=1)
def known_people() -> tuple[str, ...]:
    """Every person of the people data (for suggestions)."""
    try:
        with open(settings.PEOPLE_FILE, encoding="utf-8", newline="") as f:
            return tuple(sorted({r["name"] for r in csv.DictReader(f) if r.get("name")}))
    except OSError:
        return ()


@lru_cache(maxsize=1)
def known_countries() -> tuple[str, ...]:
    try:
        with open(settings.COUNTRIES_FILE, encoding="utf-8", newline="") as f:
            return tuple(sorted({r["name"] for r in csv.DictReader(f) if r.get("name")}))
    except OSError:
        return ()


def mark_figure(fig: go.Figure, f: Flags) -> go.Figure:
    """Rings around corrected events and ticks on checked ones, each with a legend entry.

    Reads the positions of the figure's event points (markers: x; bars: the middle of the span) from every
    trace whose customdata are event codes; a figure of counts (customdata rows) is left as it is.
    """
    at: dict[int, tuple[Any, Any]] = {}
    for tr in fig.data:
        cd = getattr(tr, "customdata", None)
        if cd is None or not len(cd) or np.ndim(np.asarray(cd, dtype=object)) != 1:
            continue
        xs, ys = list(tr.x), list(tr.y)
        base = getattr(tr, "base", None) if tr.type == "bar" else None
        for i, code in enumerate(cd):
            try:
                code = int(code)
            except (TypeError, ValueError):
                continue
            if base is not None:
                x = pd.Timestamp(base[i]) + pd.Timedelta(milliseconds=float(xs[i]) / 2)
            else:
                x = xs[i]
            at.setdefault(code, (x, ys[i]))
    for name, mask, style in (
        ("corrected by an analyst", f.corrected, dict(symbol="circle-open", size=20, color=CORRECTED_COLOR,
                                                      line=dict(width=2.5, color=CORRECTED_COLOR))),
        ("checked", f.checked, dict(symbol="star-triangle-up", size=9, color=CHECKED_COLOR,
                                    line=dict(width=1, color="white"))),
    ):
        codes = [c for c in at if c < len(mask) and mask[c]]
        fig.add_trace(go.Scatter(
            x=[at[c][0] for c in codes] or [None], y=[at[c][1] for c in codes] or [None], mode="markers",
            customdata=codes or None, name=name, legendgroup=f"review-{name}", hoverinfo="skip",
            marker=style, showlegend=True,
        ))
    return fig


def filter_keep(f: Flags, keep: np.ndarray, only_disagree: bool, only_unchecked: bool) -> np.ndarray:
    out = keep.copy()
    if only_disagree:
        out &= f.disagree
    if only_unchecked:
        out &= ~f.checked
    return out


# ---------------------------------------------------------------------- Streamlit


def _st() -> Any:
    import streamlit as st

    return st


def who() -> str:
    """The name typed once per browser session (in the sidebar), else "".
    """
    return str(_st().session_state.get(WHO_KEY, "") or "").strip()


def sidebar(f: Flags, keep: np.ndarray) -> np.ndarray:
    """The review's sidebar: the analyst's name and two filters (sources disagree, not checked)."""
    st = _st()
    sb = st.sidebar
    sb.checkbox(f"Only events whose sources disagree ({int(f.disagree.sum())})", key="f_disagree",
                help="The articles merged into the event give different dates or places.")
    sb.checkbox("Only events not checked yet", key="f_unchecked")
    with sb.expander("Reviewing", expanded=not who()):
        st.text_input("Your name (kept with your corrections)", key=WHO_KEY, max_chars=80,
                      placeholder="e.g. A. Analyst")
    ss = st.session_state
    return filter_keep(f, keep, bool(ss.get("f_disagree")), bool(ss.get("f_unchecked")))


def _save(folder: Path, corrections: list[Correction], message: str) -> None:
    st = _st()
    try:
        append_corrections(folder, corrections)
    except (OSError, CorrectionError) as err:
        st.error(md_escape(f"Could not save the correction in {folder}: {err}"))
        return
    ss = st.session_state
    ss[N_KEY] = ss.get(N_KEY, 0) + 1
    ss[DONE_KEY] = message
    st.rerun()


def _done_message() -> None:
    st = _st()
    msg = st.session_state.pop(DONE_KEY, None)
    if msg:
        st.success(md_escape(msg))


def _need_name() -> bool:
    st = _st()
    if who():
        return False
    st.info("Type your name under **Reviewing** in the sidebar to correct events (it is kept with each "
            "correction).")
    return True


MAX_MERGE_OPTIONS = 2000


def edit_panel(prep: Prepared, code: int, folder: Path, titles: Any) -> None:
    """Under an event's details: edit its fields, confirm, hide, merge, split by source, add, undo."""
    st = _st()
    ss = st.session_state
    ev = event_row(prep, code)
    eid = str(ev["event_id"])
    n = ss.get(N_KEY, 0)
    k = f"{eid}_{n}"  # widget keys: another event, or a write, starts the widgets afresh
    f_corrected = bool(_bool_any(prep, "corrected")[code])
    f_checked = bool(_bool_any(prep, "checked")[code])
    st.markdown("**Review**")
    _done_message()
    badges = []
    if f_corrected:
        badges.append(f'<span class="tl-badge-corrected" style="color:{CORRECTED_COLOR};font-weight:600">'
                      "corrected</span>")
    if f_checked:
        badges.append(f'<span class="tl-badge-checked" style="color:{CHECKED_COLOR};font-weight:600">'
                      "✓ checked</span>")
    if badges:
        st.html(" · ".join(badges))
    table = readings(prep, code)
    if len(table) > 1:
        differ = disagreements(table)
        if differ:
            st.warning("The sources disagree about the " + " and the ".join(differ) + ".")
        st.dataframe(table, hide_index=True, width="stretch", key=f"rv_readings_{k}")
    history(prep, code, folder)
    if _need_name():
        return
    name = who()
    with st.expander("Correct this event", expanded=False):
        kind0, y0, m0, d0 = date_parts(ev.get("date"))
        c1, c2, c3 = st.columns([2, 1, 2])
        kind = c1.radio("Date", DATE_KINDS, index=DATE_KINDS.index(kind0), key=f"rv_kind_{k}", horizontal=True)
        new_date = None
        if kind == "day":
            picked = c2.date_input("Day", value=d0 or Date(y0 or 2000, m0 or 1, 1), key=f"rv_day_{k}",
                                   min_value=Date(settings.MIN_YEAR, 1, 1), max_value=Date(settings.MAX_YEAR, 12, 31))
            new_date = date_value("day", day=picked if isinstance(picked, Date) else None)
        elif kind in ("month", "year"):
            year = c2.number_input("Year", min_value=settings.MIN_YEAR, max_value=settings.MAX_YEAR,
                                   value=y0 or Date.today().year, step=1, key=f"rv_year_{k}")
            month = None
            if kind == "month":
                month = 1 + MONTHS.index(c3.selectbox("Month", MONTHS, index=(m0 or 1) - 1, key=f"rv_month_{k}"))
            new_date = date_value(kind, year=int(year), month=month)
        c4, c5 = st.columns(2)
        new_type = c4.selectbox("Type", EVENT_TYPES, index=_index(EVENT_TYPES, ev.get("type")), key=f"rv_type_{k}")
        new_status = c5.selectbox("Status", STATUSES, index=_index(STATUSES, ev.get("status")),
                                  key=f"rv_status_{k}")
        people = [str(p) for p in _plain(ev.get("participants")) or []]
        nations = [str(c) for c in _plain(ev.get("countries")) or []]
        new_people = st.multiselect("Participants", list(dict.fromkeys([*people, *known_people()])),
                                    default=people, key=f"rv_people_{k}", accept_new_options=True)
        if note_inferred := inferred_note(ev):
            st.caption(md_escape(note_inferred))
        new_nations = st.multiselect("Countries", list(dict.fromkeys([*nations, *known_countries()])),
                                     default=nations, key=f"rv_nations_{k}", accept_new_options=True)
        place = ev.get("location") if isinstance(ev.get("location"), str) else ""
        new_place = st.text_input("Place", value=place, key=f"rv_place_{k}", max_chars=200)
        note = st.text_input("Note (why; optional)", key=f"rv_note_{k}", max_chars=500)
        edited = {"date": new_date, "type": new_type, "status": new_status, "participants": new_people,
                  "countries": new_nations, "location": new_place.strip() or None}
        changed = changes(ev, edited)
        if st.button("Save changes", key=f"rv_save_{k}", type="primary", disabled=not changed):
            try:
                out = [make_for(ev, f, v, who=name, note=note) for f, v in changed.items()]
            except CorrectionError as err:
                st.error(html.escape(str(err)))
            else:
                _save(folder, out, f"Saved: {', '.join(changed)} of this event.")
    b1, b2, b3 = st.columns(3)
    if b1.button("Uncheck" if f_checked else "Confirm (checked)", key=f"rv_check_{k}"):
        _save(folder, [make_for(ev, "checked", not f_checked, who=name)],
              "Marked checked." if not f_checked else "Check taken off.")
    if b2.button("Hide (not a meeting)", key=f"rv_hide_{k}"):
        _save(folder, [make_for(ev, "hidden", True, who=name)],
              "Hidden: it is listed under Review › Hidden events, where it can be shown again.")
    with b3.popover("Same meeting as…"):
        others = [c for c in range(min(len(prep.merged), MAX_MERGE_OPTIONS)) if c != code]
        names = dict(zip(others, titles.of(others), strict=True))
        pick = st.selectbox("The other event", others, index=None, key=f"rv_merge_pick_{k}",
                            format_func=lambda c: names.get(c, str(c)), placeholder="Choose an event")
        if st.button("Merge into this one", key=f"rv_merge_{k}", disabled=pick is None) and pick is not None:
            other = event_row(prep, int(pick))
            _save(folder, [make(target_of(ev), "same_as", target_of(other).to_dict(), before=str(other["event_id"]),
                                who=name)], "Merged.")
    if len(table) > 1:
        st.caption("Split a source off when it tells another meeting:")
        for art in dict.fromkeys(table["article"].tolist()):
            src = source_row(prep, code, art)
            if src is not None and st.button(f"Separate the source {art}", key=f"rv_split_{art}_{k}"):
                _save(folder, [make(target_of(src), "separate", True, before=eid, who=name)], f"{art} split off.")


def _index(options: tuple[str, ...], value: Any) -> int:
    return options.index(value) if value in options else 0


def history(prep: Prepared, code: int, folder: Path) -> None:
    """The corrections of an event, each with an Undo button."""
    st = _st()
    mine = corrections_of(prep, code, read_corrections(folder)[0])
    if not mine:
        return
    st.markdown("**Corrections of this event**")
    for c in mine:
        c1, c2 = st.columns([5, 1])
        c1.html(f'<span class="tl-correction">{html.escape(c.describe())} '
                f'<span style="color:#888">{html.escape(c.when)}</span></span>')
        if c2.button("Undo", key=f"rv_undo_{c.id}_{st.session_state.get(N_KEY, 0)}", disabled=not who(),
                     help=None if who() else "Type your name under Reviewing in the sidebar first."):
            _save(Path(folder), [make(c.target, "undo", c.id, who=who())], "Undone.")


def add_panel(folder: Path, texts: dict[str, str], default_article: str | None = None) -> None:
    """Add a missing event from a passage of an article: its exact words, then its fields."""
    st = _st()
    if not texts or _need_name():
        return
    k = st.session_state.get(N_KEY, 0)
    names = sorted(texts)
    art = st.selectbox("Article", names, index=names.index(default_article) if default_article in names else 0,
                       key=f"rv_add_article_{k}")
    text = texts.get(art, "")
    spans = sentence_spans(text)
    picked = st.selectbox("The sentence it is read from", range(len(spans)), index=None, key=f"rv_add_sentence_{k}",
                          format_func=lambda i: _clip(text[spans[i][0]:spans[i][1]]),
                          placeholder="Choose a sentence of the article (type to search)")
    passage = st.text_area("…or the passage's exact words (copied from the article)", key=f"rv_add_passage_{k}",
                           max_chars=4000, height=68)
    if picked is not None and not passage.strip():
        passage = text[spans[picked][0]:spans[picked][1]]
    if passage.strip():
        at = text.find(passage.strip())
        if at >= 0:
            st.html('<div class="tl-add-passage" style="max-height:160px;overflow-y:auto;white-space:pre-wrap;'
                    'border:1px solid #ddd;border-radius:6px;padding:6px 10px">'
                    + highlight(text[max(0, at - 300):at + len(passage.strip()) + 300],
                                [(min(at, 300), min(at, 300) + len(passage.strip()))]) + "</div>")
    c1, c2, c3 = st.columns(3)
    kind = c1.radio("Date", DATE_KINDS, index=3, key=f"rv_add_kind_{k}", horizontal=True)
    day = year = month = None
    if kind == "day":
        day = c2.date_input("Day", value=None, key=f"rv_add_day_{k}")
    elif kind in ("month", "year"):
        year = c2.number_input("Year", min_value=settings.MIN_YEAR, max_value=settings.MAX_YEAR,
                               value=Date.today().year, key=f"rv_add_year_{k}")
        if kind == "month":
            month = 1 + MONTHS.index(c3.selectbox("Month", MONTHS, key=f"rv_add_month_{k}"))
    c4, c5 = st.columns(2)
    typ = c4.selectbox("Type", EVENT_TYPES, key=f"rv_add_type_{k}")
    status = c5.selectbox("Status", STATUSES, key=f"rv_add_status_{k}")
    people = st.multiselect("Participants", known_people(), key=f"rv_add_people_{k}", accept_new_options=True)
    nations = st.multiselect("Countries", known_countries(), key=f"rv_add_nations_{k}", accept_new_options=True)
    place = st.text_input("Place", key=f"rv_add_place_{k}", max_chars=200)
    if st.button("Add this event", key=f"rv_add_go_{k}", type="primary", disabled=not passage.strip()):
        at = text.find(passage.strip())
        if at < 0:
            st.error("These words are not in the article: copy them exactly (the passage is how the event is "
                     "found again when the articles are read anew).")
            return
        fields = {"type": typ, "status": status, "date": date_value(kind, int(year) if year else None, month,
                                                                    day if isinstance(day, Date) else None),
                  "participants": people, "countries": nations, "location": place.strip() or None}
        try:
            c = make(passage_target(art, text, at, at + len(passage.strip())), "added", fields, who=who())
        except CorrectionError as err:
            st.error(html.escape(str(err)))
            return
        _save(folder, [c], f"Added an event read from {art}.")


def review_view(prep: Prepared, f: Flags, keep: np.ndarray, folder: Path, titles: Any,
                articles: pd.DataFrame | None, texts: dict[str, str], problems: list[str]) -> int | None:
    """The "to review" list (most likely wrong first) with the progress, orphans, hidden events and adding.

    Returns the code of the event chosen in the list (its details are then shown below), if any."""
    st = _st()
    done, total = f.progress()
    st.progress(done / total if total else 1.0, text=f"{done} of {total} events checked")
    st.html(f'<div class="tl-review-progress" data-checked="{done}" data-total="{total}"></div>')
    _done_message()
    order = [c for c in review_order(f) if keep[c]]
    chosen: int | None = None
    if order:
        table = pd.DataFrame({
            "event": titles.of(order),
            "why look": ["; ".join(f.reasons[c]) or "—" for c in order],
            "checked": [bool(f.checked[c]) for c in order],
            "corrected": [bool(f.corrected[c]) for c in order],
        })
        state = st.dataframe(table, hide_index=True, width="stretch", key="review_table", on_select="rerun",
                             selection_mode="single-row", height=min(420, 38 + 35 * len(order)))
        rows = list(getattr(getattr(state, "selection", None), "rows", []) or [])
        if rows and 0 <= rows[0] < len(order):
            chosen = order[rows[0]]
        st.caption("Most likely wrong first (no date, low confidence, sources that disagree, a type left open, "
                   "a vague date); checked events last. Select a row to review it below.")
    orphans = _orphans(articles, problems)
    if orphans:
        with st.expander(f"Corrections that no longer apply ({len(orphans)})", expanded=True):
            for where, message in orphans:
                st.html(f'<div class="tl-orphan"><b>{html.escape(where)}</b>: {html.escape(message)}</div>')
    all_corrections, bad = read_corrections(folder)
    for message in bad:
        st.warning(md_escape(message))
    hidden = hidden_corrections(all_corrections)
    if hidden:
        with st.expander(f"Hidden events ({len(hidden)})"):
            for c in hidden:
                c1, c2 = st.columns([5, 1])
                c1.html(f'<div class="tl-hidden"><b>{html.escape(c.target.article)}</b>: '
                        f"{html.escape(c.target.passage[:300])} — {html.escape(c.describe())}</div>")
                if c2.button("Show again", key=f"rv_unhide_{c.id}"):
                    _save(folder, [make(c.target, "undo", c.id, who=who() or "someone")], "Shown again.")
    # a toggle, not an expander: its state is the session's, so typing in the panel never folds it away
    if st.toggle("Add a missing event from a passage", key="rv_add_open"):
        with st.container(border=True):
            add_panel(folder, texts)
    return chosen


@lru_cache(maxsize=64)
def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of an article's text as (start, end) offsets (the loaders' own splitter)."""
    from loaders.sentences import split

    try:
        return [(s.start, s.end) for s in split(text, [(0, len(text))])]
    except Exception:  # noqa: BLE001 - the words can still be typed
        return []


def _clip(text: str, n: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _orphans(articles: pd.DataFrame | None, problems: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if articles is not None and "orphaned" in articles.columns:
        for art, items in zip(articles["article"], articles["orphaned"], strict=True):
            for m in items if isinstance(items, (list, tuple, np.ndarray)) else []:
                out.append((str(art), str(m)))
    out += [("folder", p) for p in problems if p.startswith("correction ")]
    return out


def view_caption(f: Flags) -> str:
    done, total = f.progress()
    return f"{done} of {total} checked · {int(f.corrected.sum())} corrected"


__all__ = ["REVIEW_VIEW", "Flags", "add_panel", "edit_panel", "flags", "human_date", "mark_figure", "review_view",
           "sidebar"]
