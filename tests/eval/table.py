"""Score every evaluation set, the extractor's events and a naive baseline's, and print one table.

    .venv/bin/python -m tests.eval.table [--sets seeds,jmh,...] [--json figures.json] [--markdown]

The sets: the seeds (data/articles, gold tests/eval/seeds.gold.json), every folder of tests/eval/real/ and
tests/eval/wide/ with an articles/ folder and a gold.json (a folder without gold.json is skipped, saying so).
Each set is scored in two modes: "text", the articles alone, every date read from the text; and "meta", with the
set's metadata.csv (publication dates) beside them, for sets that have one. For each run the articles are copied
into a fresh temporary folder (the loader reads metadata.csv from the folder it extracts), extracted in this
process with the cache off, and scored by tests/eval/score.py. The baseline is tests/eval/naive.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from loaders.corpus import extract_folder
from loaders.schema import to_frame
from tests.eval.naive import naive_events

EVAL = Path(__file__).parent
ROOT = EVAL.parents[1]
OURS = ["f1", "date_right", "year_right", "type_right", "participants_f1", "fully_right", "merge_recall",
        "merge_precision"]
NAIVE = ["f1", "date_right", "fully_right"]


@dataclass
class EvalSet:
    name: str
    articles: Path
    gold: Path
    metadata: Path | None


def scorer():
    """tests/eval/score.py, loaded as tests/test_seeds_score.py loads it."""
    spec = importlib.util.spec_from_file_location("seed_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def find_sets() -> tuple[list[EvalSet], list[str]]:
    """The evaluation sets, and a note for each folder that looks like one but cannot be scored."""
    seeds = ROOT / "data" / "articles"
    sets = [EvalSet("seeds", seeds, EVAL / "seeds.gold.json", seeds / "metadata.csv")]
    skipped = []
    for folder in [*sorted((EVAL / "real").glob("*/")), *sorted((EVAL / "wide").glob("*/"))]:
        if not (folder / "articles").is_dir():
            continue
        if not (folder / "gold.json").is_file():
            skipped.append(f"{folder.name}: no gold.json (yet), not scored")
            continue
        meta = folder / "metadata.csv"
        sets.append(EvalSet(folder.name, folder / "articles", folder / "gold.json", meta if meta.is_file() else None))
    return sets, skipped


def stage(s: EvalSet, mode: str, into: Path) -> Path:
    """A fresh folder with the set's articles, and for mode "meta" its metadata.csv."""
    folder = into / f"{s.name}-{mode}"
    folder.mkdir()
    for f in s.articles.iterdir():
        if f.is_file() and f.name != "metadata.csv" and not f.name.startswith("."):
            shutil.copy(f, folder)
    if mode == "meta" and s.metadata:
        shutil.copy(s.metadata, folder / "metadata.csv")
    return folder


def score_set(s: EvalSet, mode: str, tmp: Path) -> dict:
    """One row of the table: the scorer's figures for ours and for the naive baseline on one set and mode."""
    mod = scorer()
    gold = json.loads(s.gold.read_text(encoding="utf-8"))
    folder = stage(s, mode, tmp)
    ours, naive = tmp / f"{s.name}-{mode}-ours.jsonl", tmp / f"{s.name}-{mode}-naive.jsonl"
    to_frame(extract_folder(folder, cache=None).events).to_json(ours, orient="records", lines=True,
                                                                 force_ascii=False)
    naive.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in naive_events(folder)),
                     encoding="utf-8")
    return dict(set=s.name, mode=mode, articles=sum(1 for f in folder.iterdir() if f.name != "metadata.csv"),
                ours=mod.score(gold, mod.load_pred(str(ours))), naive=mod.score(gold, mod.load_pred(str(naive))))


def run(names: list[str] | None = None) -> tuple[list[dict], list[str]]:
    """Every row of the table (restricted to the named sets), and the notes on sets not scored."""
    sets, skipped = find_sets()
    if names:
        unknown = set(names) - {s.name for s in sets} - {note.split(":")[0] for note in skipped}
        sets = [s for s in sets if s.name in names]
        skipped = [note for note in skipped if note.split(":")[0] in names]
        skipped += [f"{n}: no such set" for n in sorted(unknown)]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for s in sets:
            for mode in ["text", "meta"] if s.metadata else ["text"]:
                start = time.monotonic()
                try:
                    rows.append(score_set(s, mode, Path(tmp)))
                except (ValueError, KeyError, TypeError) as err:  # a gold.json half written or malformed
                    skipped.append(f"{s.name} ({mode}): could not be scored ({err!r})")
                print(f"  {s.name} ({mode}): {time.monotonic() - start:.0f} s", file=sys.stderr)
    return rows, skipped


def render(rows: list[dict], markdown: bool = False) -> str:
    """The table as aligned text, or as Markdown."""
    head = ["set", "mode", "articles", "core", *OURS, *(f"naive {c}" for c in NAIVE)]
    body = [[r["set"], r["mode"], str(r["articles"]), str(r["ours"]["core_events"]),
             *(f"{r['ours'][c]:.3f}" for c in OURS), *(f"{r['naive'][c]:.3f}" for c in NAIVE)] for r in rows]
    if markdown:
        return "\n".join("| " + " | ".join(line) + " |" for line in [head, ["---"] * len(head), *body])
    widths = [max(len(line[i]) for line in [head, *body]) for i in range(len(head))]

    def cells(line: list[str]) -> str:  # set and mode to the left, figures to the right
        return "  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths, strict=True)))
    return "\n".join(cells(line) for line in [head, *body])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", help="only these sets, comma-separated (e.g. seeds,jmh)")
    ap.add_argument("--json", metavar="FILE", help="also save every figure of every row to FILE")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = ap.parse_args(argv)
    rows, skipped = run(args.sets.split(",") if args.sets else None)
    print(render(rows, args.markdown))
    for note in skipped:
        print(f"skipped {note}")
    if args.json:
        Path(args.json).write_text(json.dumps(dict(rows=rows, skipped=skipped), indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
