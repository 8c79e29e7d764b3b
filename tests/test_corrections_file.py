"""The corrections file: a malformed line is named in a clear message and the rest still applies; writers at
once (several processes) each add their lines whole and lose nothing; a hand-edited file without a final newline
is appended to cleanly."""

from __future__ import annotations

import json
import multiprocessing

from loaders.corrections import (
    Target,
    append_corrections,
    apply_corrections,
    make,
    read_corrections,
    target_of,
)
from loaders.schema import Event

TEXT = "Abe met Putin in Sochi on May 6."
EV = Event("a.txt", "e1", "summit", "held", "2016-05-06", date_precision="day", evidence=TEXT,
           evidence_start=0, evidence_end=len(TEXT))


def test_malformed_lines(tmp_path):
    good = make(target_of(EV), "date", "2016-05-07", who="ana").to_json()
    later = make(target_of(EV), "checked", True).to_json()
    bad_value = json.loads(good) | {"id": "x1", "after": "May 7"}
    no_target = json.loads(good) | {"id": "x2", "target": {"article": "a.txt"}}
    (tmp_path / "corrections.jsonl").write_text("\n".join([
        good, "{not json", "", json.dumps(bad_value), json.dumps(no_target), "[1, 2]",
        json.dumps(json.loads(good) | {"field": "colour"}), later, good]) + "\n", encoding="utf-8")
    corrections, problems = read_corrections(tmp_path)
    assert [c.line for c in corrections] == [1, 8]
    assert problems == [
        "corrections.jsonl line 2: not JSON (Expecting property name enclosed in double quotes at column 2); "
        "this line is skipped",
        "corrections.jsonl line 4: date must be YYYY, YYYY-MM or YYYY-MM-DD (a real date), not 'May 7'; "
        "this line is skipped",
        "corrections.jsonl line 5: the target has no 'passage' (the text the event was read from); "
        "this line is skipped",
        "corrections.jsonl line 6: not a JSON object; this line is skipped",
        "corrections.jsonl line 7: unknown field 'colour': one of date, end_date, date_precision, type, status, "
        "participants, countries, location, hidden, checked, same_as, separate, added, undo; this line is skipped",
        f"corrections.jsonl line 9: the id '{json.loads(good)['id']}' is used by an earlier line; "
        "this line is skipped",
    ]
    [ev] = apply_corrections([EV], {"a.txt": TEXT}, corrections).events
    assert (ev.date, ev.checked) == ("2016-05-07", True)


def _writer(args):
    folder, n = args
    target = Target("a.txt", TEXT, (0, len(TEXT)))
    for i in range(40):
        append_corrections(folder, [make(target, "location", f"place {n}-{i}", who=f"w{n}")])


def test_concurrent_writers(tmp_path):
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        pool.map(_writer, [(tmp_path, n) for n in range(4)])
    corrections, problems = read_corrections(tmp_path)
    assert problems == []
    assert sorted(c.after for c in corrections) == sorted(f"place {n}-{i}" for n in range(4) for i in range(40))


def test_no_final_newline(tmp_path):
    line = make(target_of(EV), "type", "ministerial").to_json()
    (tmp_path / "corrections.jsonl").write_text(line, encoding="utf-8")  # edited by hand, no newline
    append_corrections(tmp_path, [make(target_of(EV), "status", "planned")])
    corrections, problems = read_corrections(tmp_path)
    assert problems == [] and [c.field for c in corrections] == ["type", "status"]
