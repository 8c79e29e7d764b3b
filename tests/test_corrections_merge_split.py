"""Merge ("same meeting as") and split ("separate meetings") by source, and undo of either."""

from __future__ import annotations

from loaders.corrections import apply_corrections, make, target_of
from loaders.schema import Event

TEXTS = {"a.txt": "Abe met Putin in Sochi.", "b.txt": "The Sochi talks.", "c.txt": "Talks in Sochi, May 6."}


def _ev(article, eid, date):
    text = TEXTS[article]
    return Event(article, eid, "summit", "held", date, date_precision="day" if len(date) == 10 else "month",
                 evidence=text, evidence_start=0, evidence_end=len(text), evidence_spans=[[0, len(text)]])


def test_merge_then_split_then_undo():
    events = [_ev("a.txt", "e-may", "2016-05-06"), _ev("b.txt", "e-may", "2016-05-06"),
              _ev("c.txt", "e-other", "2016-05")]
    merge = make(target_of(events[0]), "same_as", target_of(events[2]).to_dict(), before="e-other")
    done = apply_corrections(events, TEXTS, [merge])
    assert {e.event_id for e in done.events} == {"e-may"}
    c = done.events[2]
    assert c.corrected and '"event_id": "e-other"' in c.original and c.corrections == merge.id
    split = make(target_of(events[1]), "separate", True, before="e-may")
    done = apply_corrections(events, TEXTS, [merge, split])
    ids = [e.event_id for e in done.events]
    assert ids[0] == ids[2] == "e-may" and ids[1] not in ("e-may", "e-other")
    again = apply_corrections(events, TEXTS, [merge, split])  # the same id on every run
    assert [e.event_id for e in again.events] == ids
    undo = make(target_of(events[0]), "undo", merge.id)
    done = apply_corrections(events, TEXTS, [merge, split, undo])
    assert [e.event_id for e in done.events][::2] == ["e-may", "e-other"]
    assert [c.id for c in done.undone] == [merge.id]
    redo = make(target_of(events[0]), "undo", undo.id)  # undoing the undo brings the merge back
    assert {e.event_id for e in apply_corrections(events, TEXTS, [merge, undo, redo]).events} == {"e-may"}


def test_split_of_a_single_source_is_an_orphan():
    events = [_ev("a.txt", "e1", "2016-05-06")]
    done = apply_corrections(events, TEXTS, [make(target_of(events[0]), "separate", True)])
    assert done.orphans[0].reason == "this source is already an event of its own"
    merge = make(target_of(events[0]), "same_as", target_of(_ev("b.txt", "e2", "2016")).to_dict())
    assert "the other event cannot be found" in apply_corrections(events, TEXTS, [merge]).orphans[0].reason
