"""Where the meetings no event quotes were lost, as counts (safe on blind sets; --show lists them, for dev sets only).

    .venv/bin/python -m tests.eval.lost [--sets check,check2] [--folder DIR --gold GOLD [--show]] [--mode meta|text]

A core gold meeting that no predicted event quotes (tests/eval/errors.py's "no event") is counted by the stage
that lost it: "not a sentence" (no sentence of the article holds its evidence), "no meeting word" (its sentences
have none of the words that open a sentence to the meeting finder), "no mention" (the finder read them and found
no meeting), "dropped" (the finder found a meeting there but no event kept it), "absorbed" (an event kept the
sentence as a supporting one, not as its main evidence). A dropped meeting is counted again by why
(loaders.meeting.standalone.why_not_alone: "told elsewhere", "one side, no level", ...; "gather other" when the join
left it out, "after gather" when a later step did). The stages say which part of the pipeline to work on.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from loaders import meetings, mentions, pipeline
from loaders.corpus import extract_folder
from loaders.meeting import standalone
from loaders.schema import to_frame
from tests.eval.errors import miss_kind, pairs
from tests.eval.table import find_sets, scorer, stage

STAGES = ["not a sentence", "no meeting word", "no mention", "dropped", "absorbed"]
DROPS = ["told elsewhere", "domestic trip", "a record", "an earlier round", "nothing of its own",
         "no one and no country", "one side, no level", "one side, no date or place", "gather other",
         "after gather", "kept"]


@contextmanager
def watched() -> Iterator[dict[str, Any]]:
    """Record, per article, its text and every sentence the pipeline read: whether it may tell a meeting and how
    many meetings the finder found in it."""
    seen: dict[str, Any] = {"text": {}, "sents": {}, "found": {}, "alone": {}, "gathered": set(), "kept": set()}
    current: list[str] = [""]
    orig_extract, orig_may, orig_find = pipeline._extract, mentions.may_mention, mentions.find
    orig_alone, orig_gather = standalone.why_not_alone, meetings.gather

    def extract(art: Any) -> Any:
        current[0] = art.name
        seen["text"][art.name] = art.text
        seen["sents"][art.name] = {}
        seen["found"][art.name] = {}
        out = orig_extract(art)
        seen["kept"] |= {id(m) for ev in out.events for m in ev.mentions}
        return out

    def may(text: str) -> bool:
        ok = orig_may(text)
        seen["sents"][current[0]].setdefault(text, [ok, 0])
        return ok

    def find(sent: Any, *args: Any, **kw: Any) -> Any:
        out = orig_find(sent, *args, **kw)
        seen["sents"][current[0]].setdefault(sent.text, [True, 0])[1] += len(out)
        seen["found"][current[0]].setdefault(sent.text, []).extend(out)
        return out

    def alone(ev: Any, m: Any) -> str | None:
        why = orig_alone(ev, m)
        seen["alone"].setdefault(id(m), set()).add(why)
        return why

    def gather(found: Any, ctx: Any) -> Any:
        out = orig_gather(found, ctx)
        seen["gathered"] |= {id(m) for ev in out for m in ev.mentions}
        return out

    saved = (orig_extract, orig_may, orig_find, orig_alone, orig_gather)
    pipeline._extract, mentions.may_mention, mentions.find = extract, may, find
    standalone.why_not_alone, meetings.gather = alone, gather
    try:
        yield seen
    finally:
        pipeline._extract, mentions.may_mention, mentions.find = saved[:3]
        standalone.why_not_alone, meetings.gather = saved[3:]


def drop_stage(mod: Any, g: dict, seen: dict[str, Any]) -> str:
    """Where the meetings the finder found in a lost meeting's sentences were dropped."""
    ev = [mod.norm_text(x) for x in g["evidence"] if len(mod.norm_text(x)) > 15]
    ms = [m for s, found in seen["found"].get(g["file"], {}).items()
          if any(e in (n := mod.norm_text(s)) or (len(n) > 15 and n in e) for e in ev) for m in found]
    if any(id(m) in seen["kept"] for m in ms):
        return "kept"
    if any(id(m) in seen["gathered"] for m in ms):
        return "after gather"
    whys = [w for m in ms for w in seen["alone"].get(id(m), ()) if w]
    return min(whys, key=DROPS.index) if whys else "gather other"


def lost_stage(mod: Any, g: dict, preds: list[dict], seen: dict[str, Any]) -> str:
    """The stage that lost a meeting no event quotes."""
    ev = [mod.norm_text(x) for x in g["evidence"] if len(mod.norm_text(x)) > 15]
    sents = seen["sents"].get(g["file"], {})
    mine = [v for s, v in sents.items() if any(e in (n := mod.norm_text(s)) or (len(n) > 15 and n in e) for e in ev)]
    text = seen["text"].get(g["file"], "")
    for p in preds:
        if p["article"] == g["file"]:
            spans = [mod.norm_text(text[a:b]) for a, b in p.get("evidence_spans") or []]
            if any(e in s or (len(s) > 15 and s in e) for e in ev for s in spans):
                return "absorbed"
    if not mine:
        return "not a sentence"
    if not any(ok for ok, _ in mine):
        return "no meeting word"
    return "dropped" if any(n for _, n in mine) else "no mention"


def lost(folder: Path, gold_doc: dict, show: bool = False) -> Counter:
    """Counts of the stages that lost the core meetings no event quotes in one folder."""
    mod = scorer()
    with watched() as seen, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pred.jsonl"
        to_frame(extract_folder(folder, cache=None).events).to_json(out, orient="records", lines=True,
                                                                    force_ascii=False)
        raw = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]
        preds = mod.load_pred(str(out))
    for p in preds:  # load_pred keeps no spans: take them from the rows of the same article and event
        p["evidence_spans"] = [sp for r in raw if r["article"] == p["article"]
                               and r["event_id"] == p.get("event_id") for sp in r["evidence_spans"]]
    gold = gold_doc["events"]
    taken = set(pairs(mod, gold, preds).values())
    paired = pairs(mod, gold, preds)
    c: Counter = Counter()
    for i, g in enumerate(gold):
        if g["core"] and i not in paired and miss_kind(mod, g, preds, taken) == "no event":
            kind = lost_stage(mod, g, preds, seen)
            c[kind] += 1
            if kind == "dropped":
                kind = drop_stage(mod, g, seen)
                c[kind] += 1
            if show:
                print(f"{kind:16} {g['file']}  {g['evidence'][0][:150]}")
    return c


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", help="only these sets, comma-separated")
    ap.add_argument("--folder", type=Path, help="a folder of articles (with --gold) instead of the sets")
    ap.add_argument("--gold", type=Path)
    ap.add_argument("--show", action="store_true", help="list each lost meeting (never on a blind set)")
    ap.add_argument("--mode", choices=["meta", "text"], default="meta")
    args = ap.parse_args(argv)
    cols = [*STAGES, *DROPS]
    print("set".ljust(12) + "".join(k.rjust(len(k) + 2) for k in cols))
    if args.folder:
        c = lost(args.folder, json.loads(args.gold.read_text(encoding="utf-8")), args.show)
        print(args.folder.name.ljust(12) + "".join(str(c[k]).rjust(len(k) + 2) for k in cols))
        return
    sets, _ = find_sets()
    if args.sets:
        sets = [s for s in sets if s.name in args.sets.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        for s in sets:
            folder = stage(s, args.mode if s.metadata else "text", Path(tmp))
            c = lost(folder, json.loads(s.gold.read_text(encoding="utf-8")))
            print(s.name.ljust(12) + "".join(str(c[k]).rjust(len(k) + 2) for k in cols), flush=True)


if __name__ == "__main__":
    main()
