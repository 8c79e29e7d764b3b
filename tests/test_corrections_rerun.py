"""Corrections are keyed by article and passage, so they survive a re-run: a new extractor that renames event ids,
reorders rows, moves the offsets or widens the evidence; an article edited around the passage; and an edit of
the corrections file re-extracts nothing (the cache's results are corrected)."""

from __future__ import annotations

import dataclasses

from loaders import load_events
from loaders.corpus import extract_folder
from loaders.corrections import append_corrections, apply_corrections, make, target_of
from loaders.parallel import Stats
from loaders.schema import Event
from tests.corrections_helpers import MOSCOW, SOCHI, A, B, make_folder, row

TEXT = "Intro.\n\n" + SOCHI + " " + MOSCOW + "\n"


def _events(ids=("e1", "e2"), shift=0, wide=False):
    s1, s2 = TEXT.index(SOCHI) + shift, TEXT.index(MOSCOW) + shift
    return [
        Event("a.txt", ids[0], "summit", "held", "2016-05-06", evidence=SOCHI, evidence_start=s1,
              evidence_end=s1 + len(SOCHI), evidence_spans=[[s1, s1 + len(SOCHI)]]),
        Event("a.txt", ids[1], "ministerial", "planned", "2016-09", date_precision="month",
              evidence=(SOCHI + " " + MOSCOW) if wide else MOSCOW, evidence_start=s1 if wide else s2,
              evidence_end=s2 + len(MOSCOW), evidence_spans=[[s1 if wide else s2, s2 + len(MOSCOW)]]),
    ]


def test_a_new_extractor_keeps_them():
    old = _events()
    fix = [make(target_of(old[1]), "date", "2016-09-21", who="ana"), make(target_of(old[0]), "checked", True)]
    assert apply_corrections(old, {"a.txt": TEXT}, fix).events[1].date == "2016-09-21"
    # new event ids, rows in another order, the evidence now two sentences long
    new = list(reversed(_events(ids=("x-9", "x-7"), wide=True)))
    done = apply_corrections(new, {"a.txt": TEXT}, fix)
    assert not done.orphans
    by_type = {e.type: e for e in done.events}
    assert by_type["ministerial"].date == "2016-09-21" and by_type["ministerial"].corrected
    assert by_type["summit"].date == "2016-05-06" and by_type["summit"].checked
    # the article gained a paragraph before the passages: the offsets moved, the passage is found again
    moved = "A new first paragraph.\n\n" + TEXT
    done = apply_corrections(_events(shift=24), {"a.txt": moved}, fix)
    assert not done.orphans and done.events[1].date == "2016-09-21"
    # the input is left as it was
    assert old[1].date == "2016-09" and not old[1].corrected


def test_two_events_in_one_sentence_are_told_apart():
    one = [dataclasses.replace(e, evidence=SOCHI, evidence_start=8, evidence_end=8 + len(SOCHI),
                               evidence_spans=[[8, 8 + len(SOCHI)]]) for e in _events()]
    fix = [make(target_of(one[1]), "status", "held")]
    done = apply_corrections(list(reversed(one)), {"a.txt": TEXT}, fix)
    assert {e.type: e.status for e in done.events} == {"summit": "held", "ministerial": "held"}
    assert {e.type: e.corrected for e in done.events} == {"summit": False, "ministerial": True}


def test_article_edited_and_cache(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch)
    moscow = row(load_events(folder), "a.txt", MOSCOW)
    append_corrections(folder, [make(target_of(moscow), "location", "Saint Petersburg", who="ana")])
    stats = Stats()
    extract_folder(folder, cache=True, stats=stats)
    assert stats.extracted == 0  # the corrections file is not an article and its edit re-extracts nothing
    assert row(load_events(folder), "a.txt", MOSCOW)["location"] == "Saint Petersburg"
    (folder / "a.txt").write_text(A.replace("Abe meets Putin\n\n", "Abe meets Putin\n\nAn added paragraph.\n\n"),
                                  encoding="utf-8")
    edited = load_events(folder)
    m = row(edited, "a.txt", MOSCOW)
    assert m["evidence_start"] != moscow["evidence_start"] and m["location"] == "Saint Petersburg"
    assert (folder / "b.txt").read_text(encoding="utf-8") == B
