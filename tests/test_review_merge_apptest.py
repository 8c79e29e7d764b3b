"""Merge and split in the dashboard (AppTest, the real loaders): two reports of Sochi two days apart are merged from
the details panel; the event's sources then disagree (side by side, and the sidebar's "sources disagree" filter
keeps it); splitting a source off makes two events again. A correction whose passage is gone is listed in the
Review view with the reason."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

import loaders
from loaders.corrections import Target, append_corrections, make
from tests.corrections_helpers import SOCHI, A, B, make_folder, row

APP = str(Path(__file__).resolve().parents[1] / "dashboard.py")
B8 = B.replace("May 6", "May 8")  # a day apart, the same people would be one meeting already


def _run(x) -> AppTest:
    at = x.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _app(eid: str | None = None, **query: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["review_who"] = "ana"
    if eid:
        at.session_state["event_id"] = eid
    for k, v in query.items():
        at.query_params[k] = v
    return _run(at)


def test_merge_disagree_split(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch, a=A, b=B8)
    monkeypatch.setenv("TIMELINE_ARTICLES", str(folder))
    events = loaders.load_events(folder)
    mine = row(events, "a.txt", SOCHI)["event_id"]
    other = events.loc[events["article"] == "b.txt", "event_id"].iloc[0]
    assert mine != other
    n = events["event_id"].nunique()
    at = _app(mine)
    k = f"{mine}_0"
    pick = at.selectbox(key=f"rv_merge_pick_{k}")
    _run(pick.select_index(next(i for i, title in enumerate(pick.options) if title.startswith("8 May 2016"))))
    _run(at.button(key=f"rv_merge_{k}").click())
    merged = loaders.load_events(folder)
    assert merged["event_id"].nunique() == n - 1
    assert set(merged.loc[merged["article"] == "b.txt", "event_id"]) == {mine}

    at = _app(mine)
    assert any("disagree about the date" in w.value for w in at.warning)
    _run(at.checkbox(key="f_disagree").check())
    [only] = at.selectbox(key="event_pick").options  # the filter keeps the one event whose sources disagree
    assert only.startswith("6 May 2016")

    split = next(b for b in at.button if (b.key or "").startswith("rv_split_b.txt_"))
    _run(split.click())
    again = loaders.load_events(folder)
    assert again["event_id"].nunique() == n
    assert row(again, "a.txt", SOCHI)["event_id"] == mine


def test_orphans_listed(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch)
    monkeypatch.setenv("TIMELINE_ARTICLES", str(folder))
    gone = "Nobody said <this> at all."
    append_corrections(folder, [make(Target("a.txt", gone, (0, len(gone))), "checked", True, who="ana")])
    at = _app(view="Review")
    orphans = [h.proto.body for h in at.get("html") if "tl-orphan" in h.proto.body]
    assert len(orphans) == 1
    assert "Nobody said &lt;this&gt; at all." in orphans[0] and "(the article changed)" in orphans[0]
