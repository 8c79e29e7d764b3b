"""The review in the dashboard (AppTest, the real loaders on two tiny articles): change an event's date in its
details, the page again shows it moved and marked corrected, a re-run of `extract` keeps it, undo brings the old
date back; hide an event and show it again; mark one checked and see the progress change; add an event from a
passage. Typed text is shown escaped."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

import loaders
from loaders.cli import main as cli
from tests.corrections_helpers import MOSCOW, make_folder, row

APP = str(Path(__file__).resolve().parents[1] / "dashboard.py")


def _app(eid: str | None = None, view: str | None = None, who: str = "ana <b>") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["review_who"] = who
    if eid:
        at.session_state["event_id"] = eid
    if view:
        at.query_params["view"] = view
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _run(widget) -> AppTest:
    """Run the app after a widget's change (widget.run() reruns the whole AppTest)."""
    at = widget.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _chart(at: AppTest) -> dict:
    return json.loads(next(c for c in at.get("plotly_chart") if getattr(c.proto, "spec", "")).proto.spec)


def _marked(spec: dict, name: str) -> list:
    trace = next(t for t in spec["data"] if t.get("name") == name)
    return [x for x in trace["x"] if x is not None]


def test_date_changed_moved_kept_undone(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch)
    monkeypatch.setenv("TIMELINE_ARTICLES", str(folder))
    eid = row(loaders.load_events(folder), "a.txt", MOSCOW)["event_id"]
    at = _app(eid)
    assert _marked(_chart(at), "corrected by an analyst") == []
    k = f"{eid}_0"
    _run(at.radio(key=f"rv_kind_{k}").set_value("day"))
    _run(at.date_input(key=f"rv_day_{k}").set_value(datetime.date(2016, 9, 21)))
    _run(at.text_input(key=f"rv_note_{k}").set_value("the ministry's page"))
    _run(at.button(key=f"rv_save_{k}").click())
    assert [s.value.replace("\\", "") for s in at.success] == ["Saved: date of this event."]

    again = _app(eid)  # a new session: the page reloaded
    assert any(o.startswith("21 Sep 2016 · Ministerial") for o in again.selectbox(key="event_pick").options)
    spec = _chart(again)
    assert [x[:10] for x in _marked(spec, "corrected by an analyst")] == ["2016-09-21"]
    assert any("corrected" in h.proto.body for h in again.get("html") if "tl-badge-corrected" in h.proto.body)
    out = tmp_path / "e.jsonl"
    assert cli(["extract", str(folder), "--out", str(out), "--quiet"]) == 0
    m = row(pd.read_json(out, lines=True, dtype=False), "a.txt", MOSCOW)
    assert (m["date"], bool(m["corrected"])) == ("2016-09-21", True)
    assert m["date_reason"] == "corrected by ana <b>: the ministry's page"
    # the history names who, escaped; undo it
    history = [h.proto.body for h in again.get("html") if "tl-correction" in h.proto.body]
    assert history and "by ana &lt;b&gt;" in history[0] and "ana <b>" not in history[0]
    undo = next(b for b in again.button if (b.key or "").startswith("rv_undo_"))
    _run(undo.click())
    assert row(loaders.load_events(folder), "a.txt", MOSCOW)["date"] == "2016-09"
    assert _marked(_chart(_app(eid)), "corrected by an analyst") == []


def test_hide_check_add(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch)
    monkeypatch.setenv("TIMELINE_ARTICLES", str(folder))
    events = loaders.load_events(folder)
    eid = row(events, "a.txt", MOSCOW)["event_id"]
    n = events["event_id"].nunique()
    at = _app(eid, view="Review")
    assert at.get("progress")[0].proto.text == f"0 of {n} events checked"
    _run(at.button(key=f"rv_check_{eid}_0").click())
    assert at.get("progress")[0].proto.text == f"1 of {n} events checked"
    assert loaders.load_events(folder).query("event_id == @eid")["checked"].all()

    _run(at.button(key=f"rv_hide_{eid}_1").click())
    assert eid not in set(loaders.load_events(folder)["event_id"])
    assert at.get("progress")[0].proto.text == f"0 of {n - 1} events checked"
    shown_again = next(b for b in at.button if (b.key or "").startswith("rv_unhide_"))
    _run(shown_again.click())
    assert eid in set(loaders.load_events(folder)["event_id"])

    k = at.session_state["review_n"]
    _run(at.toggle(key="rv_add_open").set_value(True))
    _run(at.selectbox(key=f"rv_add_article_{k}").set_value("b.txt"))
    _run(at.text_area(key=f"rv_add_passage_{k}").set_value("held talks in Sochi"))
    _run(at.radio(key=f"rv_add_kind_{k}").set_value("year"))
    _run(at.number_input(key=f"rv_add_year_{k}").set_value(2017))
    _run(at.selectbox(key=f"rv_add_status_{k}").set_value("planned"))
    _run(at.button(key=f"rv_add_go_{k}").click())
    added = loaders.load_events(folder).query("event_id.str.startswith('added-')", engine="python")
    assert len(added) == 1
    new = added.iloc[0]
    assert (new["article"], new["evidence"], new["date"], new["status"], new["type"]) == (
        "b.txt", "held talks in Sochi", "2017", "planned", "summit")


def test_words_not_in_the_article_are_refused(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch)
    monkeypatch.setenv("TIMELINE_ARTICLES", str(folder))
    at = _app(view="Review")
    _run(at.toggle(key="rv_add_open").set_value(True))
    _run(at.text_area(key="rv_add_passage_0").set_value("<script>alert(1)</script> not there"))
    _run(at.button(key="rv_add_go_0").click())
    assert at.error and "not in the article" in at.error[0].value
    assert not (folder / "corrections.jsonl").exists()


def test_no_name_no_edits(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch)
    monkeypatch.setenv("TIMELINE_ARTICLES", str(folder))
    eid = loaders.load_events(folder)["event_id"].iloc[0]
    at = _app(eid, who="")
    assert not any((b.key or "").startswith("rv_save_") for b in at.button)
    assert any("Type your name" in i.value for i in at.info)


def test_add_from_a_chosen_sentence(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch)
    monkeypatch.setenv("TIMELINE_ARTICLES", str(folder))
    at = _app(view="Review")
    _run(at.toggle(key="rv_add_open").set_value(True))
    box = at.selectbox(key="rv_add_sentence_0")
    _run(box.select_index(next(i for i, s in enumerate(box.options) if s.startswith("Foreign Minister Fumio"))))
    assert any("tl-add-passage" in h.proto.body and "<mark class=\"tl-evidence\"" in h.proto.body
               for h in at.get("html"))
    _run(at.selectbox(key="rv_add_type_0").set_value("ministerial"))
    _run(at.button(key="rv_add_go_0").click())
    events = loaders.load_events(folder)
    added = events[events["event_id"].str.startswith("added-")]
    assert added["evidence"].tolist() == [MOSCOW] and added["date"].isna().all()
    assert added["type"].tolist() == ["ministerial"] and added["date_precision"].tolist() == ["none"]
