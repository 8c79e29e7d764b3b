"""load_events applies the corrections file beside the articles: a new date, a hidden and a checked event,
the original values kept; a single article file gets its own corrections too."""

from __future__ import annotations

import json

from loaders import load_events
from loaders.corrections import append_corrections, make, target_of
from tests.corrections_helpers import MOSCOW, SOCHI, make_folder, row


def test_date_hidden_checked_applied(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch)
    before = load_events(folder)
    assert not before["corrected"].any() and not before["checked"].any()
    sochi_a, moscow = row(before, "a.txt", SOCHI), row(before, "a.txt", MOSCOW)
    append_corrections(folder, [
        make(target_of(moscow), "date", "2016-09-21", before=moscow["date"], who="ana", note="the 21st"),
        make(target_of(sochi_a), "checked", True, who="ana"),
    ])
    after = load_events(folder)
    m = row(after, "a.txt", MOSCOW)
    assert (m["date"], m["date_precision"], bool(m["corrected"])) == ("2016-09-21", "day", True)
    assert m["date_reason"] == "corrected by ana: the 21st"
    assert json.loads(m["original"])["date"] == moscow["date"]
    # checked goes to every source of the event (a.txt and b.txt tell the same meeting), and is no change
    sochi = after[after["event_id"] == sochi_a["event_id"]]
    assert len(sochi) == 2 and sochi["checked"].all() and not sochi["corrected"].any()

    append_corrections(folder, [make(target_of(m), "hidden", True, who="ana")])
    hidden = load_events(folder)
    assert MOSCOW not in set(hidden["evidence"]) and len(hidden) == len(before) - 1


def test_single_file_gets_its_corrections(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch)
    moscow = row(load_events(folder), "a.txt", MOSCOW)
    append_corrections(folder, [make(target_of(moscow), "type", "summit", who="ana")])
    one = load_events(folder / "a.txt")
    assert row(one, "a.txt", MOSCOW)["type"] == "summit"
    assert one["corrected"].sum() == 1
    assert not load_events(folder / "b.txt")["corrected"].any()  # a.txt's corrections are not b.txt's
