"""`python -m loaders correct` on the seed articles: a new date stays through a re-run of `extract` (row
corrected), a hidden event leaves the output and `corrections` lists both; --checked, --add and --undo too."""

from __future__ import annotations

import json
import shutil

import pandas as pd

from loaders.cli import main
from tests.conftest import ARTICLES


def _extract(folder, out):
    assert main(["extract", str(folder), "--out", str(out), "--quiet"]) == 0
    return pd.read_json(out, lines=True, dtype=False)


def test_correct_on_the_seeds(tmp_path, monkeypatch, capsys):
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    monkeypatch.setenv("DIPLOMATIC_TIMELINE_CACHE", str(cache))
    folder = tmp_path / "seeds"
    shutil.copytree(ARTICLES, folder)
    out = tmp_path / "events.jsonl"
    first = _extract(folder, out)
    ids = list(dict.fromkeys(first["event_id"]))
    fix, hide = ids[0], ids[-1]
    assert main(["correct", str(folder), "--event", fix, "--set", "date=2001-02-03", "--set", "type=ministerial",
                 "--note", "from the ministry's page", "--who", "ana"]) == 0
    assert main(["correct", str(folder), "--event", hide, "--hide", "--who", "ana"]) == 0
    again = _extract(folder, out)
    fixed = again[again["event_id"] == fix]
    assert len(fixed) == len(first[first["event_id"] == fix]) >= 1
    assert (fixed["date"] == "2001-02-03").all() and fixed["corrected"].all()
    assert (fixed["type"] == "ministerial").all()
    assert set(json.loads(fixed.iloc[0]["original"])) >= {"date", "type"}
    assert hide not in set(again["event_id"]) and len(again) == len(first) - (first["event_id"] == hide).sum()
    assert not again.loc[again["event_id"] != fix, "corrected"].any()

    capsys.readouterr()
    assert main(["corrections", str(folder), "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(c["field"], c["state"], c["who"]) for c in listed] == [
        ("date", "applied", "ana"), ("type", "applied", "ana"), ("hidden", "applied", "ana")]
    assert listed[0]["note"] == "from the ministry's page" and listed[0]["before"] == first.loc[
        first["event_id"] == fix, "date"].iloc[0]

    # undo the hide: the event is back; the undo is a line of its own (the file is only appended to)
    assert main(["correct", str(folder), "--undo", listed[2]["id"]]) == 0
    assert hide in set(_extract(folder, out)["event_id"])
    capsys.readouterr()
    assert main(["corrections", str(folder)]) == 0
    text = capsys.readouterr().out
    assert "undone" in text and len(text.splitlines()) == 4


def test_checked_and_add(tmp_path, monkeypatch):
    from tests.corrections_helpers import make_folder

    folder = make_folder(tmp_path, monkeypatch)
    out = tmp_path / "e.jsonl"
    first = _extract(folder, out)
    eid = first.iloc[0]["event_id"]
    assert main(["correct", str(folder), "--event", eid, "--checked"]) == 0
    assert main(["correct", str(folder), "--add", "--article", "b.txt", "--passage", "held talks in Sochi",
                 "--set", "type=summit", "--set", "status=planned", "--set", "date=2017-04",
                 "--set", "participants=Shinzo Abe; Vladimir Putin"]) == 0
    after = _extract(folder, out)
    assert after[after["event_id"] == eid]["checked"].all()
    added = after[after["event_id"].str.startswith("added-")]
    assert len(added) == 1
    new = added.iloc[0]
    assert (new["article"], new["evidence"], new["date"], new["date_precision"], new["status"]) == (
        "b.txt", "held talks in Sochi", "2017-04", "month", "planned")
    assert list(new["participants"]) == ["Shinzo Abe", "Vladimir Putin"] and bool(new["corrected"])
    # refused: an unknown event, a bad value (nothing is written)
    assert main(["correct", str(folder), "--event", "no-such-event", "--hide"]) == 2
    assert main(["correct", str(folder), "--event", eid, "--set", "date=2016-02-30"]) == 2
    assert len((folder / "corrections.jsonl").read_text().splitlines()) == 2
