"""Count the kinds of error of every set, as numbers only (no sentence, name or file is printed: safe on blind sets).

    .venv/bin/python -m tests.eval.errors [--sets check,check2] [--mode meta|text]

Each gold meeting is paired with a predicted event as tests/eval/score.py pairs them. A core meeting left
unpaired is a miss of one of three kinds: "no event" (no predicted event quotes its evidence: the meeting was
not found), "folded" (the event that quotes its evidence was paired with another meeting: two meetings became
one event), "unpaired" (an event quotes its evidence but neither its date nor its type or people agree).
A paired core meeting whose date is wrong is counted by how: "undated", "year only", "month for a day" (the
right month, no day), "another day" (a day of the right month), "another month" (the right year), "wrong year".
Paired core meetings are also counted when a gold participant is missed ("person missed"), when the event names
someone the gold does not ("person extra"), and when the type differs. The kinds say where recall, dates and
people are lost on pages nobody may read.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from loaders.corpus import extract_folder
from loaders.schema import to_frame
from tests.eval.table import find_sets, scorer, stage

MISSES = ["no event", "folded", "unpaired"]
DATES = ["undated", "year only", "month for a day", "another day", "another month", "wrong year"]
OTHERS = ["person missed", "person extra", "wrong type"]


def pairs(mod, gold: list[dict], preds: list[dict]) -> dict[int, int]:
    """Gold index -> predicted index, greedily by the scorer's match score within each article."""
    out: dict[int, int] = {}
    for art in {g["file"] for g in gold}:
        gis = [i for i, g in enumerate(gold) if g["file"] == art]
        pjs = [j for j, p in enumerate(preds) if p["article"] == art]
        cands = [(s, gi, pj) for gi in gis for pj in pjs if (s := mod.match_score(preds[pj], gold[gi])) is not None]
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, gi, pj in sorted(cands, reverse=True):
            if gi not in used_g and pj not in used_p:
                out[gi] = pj
                used_g.add(gi)
                used_p.add(pj)
    return out


def miss_kind(mod, g: dict, preds: list[dict], taken: set[int]) -> str:
    """Why a core gold meeting has no event paired with it."""
    quoting = [j for j, p in enumerate(preds)
               if p["article"] == g["file"] and mod.evidence_overlaps(p["evidence"], g["evidence"])]
    if not quoting:
        return "no event"
    return "folded" if all(j in taken for j in quoting) else "unpaired"


def date_kind(pred: str | None, g: dict) -> str:
    """How a paired meeting's predicted date is wrong."""
    true = (g.get("true_date") or g["date"])[:10]
    if not pred:
        return "undated"
    if len(pred) == 4:
        return "year only" if pred in (true[:4], g["date"][:4]) else "wrong year"
    if pred[:4] not in (true[:4], g["date"][:4]):
        return "wrong year"
    if pred[:7] not in (true[:7], g["date"][:7]):
        return "another month"
    return "month for a day" if len(pred) == 7 else "another day"


def kinds(mod, gold_doc: dict, preds: list[dict]) -> Counter:
    """Counts of core meetings, misses by kind, extras, and wrong dates by kind."""
    gold = gold_doc["events"]
    paired = pairs(mod, gold, preds)
    taken = set(paired.values())
    arts = {g["file"] for g in gold}
    c: Counter = Counter()
    for i, g in enumerate(gold):
        if not g["core"]:
            continue
        c["core"] += 1
        if i not in paired:
            c[miss_kind(mod, g, preds, taken)] += 1
            continue
        p = preds[paired[i]]
        if not mod.date_right(p["date"], g["date"], g.get("true_date")):
            c[date_kind(p["date"], g)] += 1
        _, extra, missed = mod.match_people(p["participants"], [mod.name_key(x) for x in g["participants"]])
        c["person missed"] += missed > 0
        c["person extra"] += extra > 0
        c["wrong type"] += p["type"] != g["type"]
    c["extras"] = sum(1 for j, p in enumerate(preds) if j not in taken and p["article"] in arts)
    return c


def count_set(s, mode: str, tmp: Path) -> Counter:
    """The kinds of error of one set in one mode."""
    mod = scorer()
    folder = stage(s, mode, tmp)
    out = tmp / f"{s.name}-{mode}.jsonl"
    to_frame(extract_folder(folder, cache=None).events).to_json(out, orient="records", lines=True,
                                                                force_ascii=False)
    return kinds(mod, json.loads(s.gold.read_text(encoding="utf-8")), mod.load_pred(str(out)))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", help="only these sets, comma-separated")
    ap.add_argument("--mode", choices=["meta", "text"], default="meta")
    args = ap.parse_args(argv)
    sets, _ = find_sets()
    if args.sets:
        sets = [s for s in sets if s.name in args.sets.split(",")]
    cols = ["core", *MISSES, "extras", *DATES, *OTHERS]
    print("set".ljust(10) + "".join(c.rjust(len(c) + 2) for c in cols))
    with tempfile.TemporaryDirectory() as tmp:
        for s in sets:
            mode = args.mode if s.metadata else "text"
            c = count_set(s, mode, Path(tmp))
            print(s.name.ljust(10) + "".join(str(c[k]).rjust(len(k) + 2) for k in cols), flush=True)
            print(f"  {s.name} ({mode}) done", file=sys.stderr)


if __name__ == "__main__":
    main()
