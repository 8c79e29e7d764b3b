"""The command line: `extract` a folder of articles into a table, tag `dates` in text on stdin."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .schema import to_frame


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loaders", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract meeting events from a folder of articles")
    ex.add_argument("folder", help="folder of .txt, .html, .json articles (optional metadata.csv)")
    ex.add_argument("--out", required=True, help="output file: .jsonl, .csv or .parquet")
    ex.add_argument("--report", help="also write the per-file account as JSON to this file")
    ex.add_argument("--strict", action="store_true", help="exit with status 1 if any file had a problem")
    ex.add_argument("--quiet", action="store_true", help="no progress on the console")
    dt = sub.add_parser("dates", help="tag date expressions in text read from stdin (JSON Lines out)")
    dt.add_argument("--anchor", help="reference date YYYY-MM-DD (e.g. the publication date)")
    args = parser.parse_args(argv)
    if args.command == "dates":
        from . import dates

        return dates.main(["--anchor", args.anchor] if args.anchor else [])
    return extract(args)


def extract(args: argparse.Namespace) -> int:
    from .corpus import extract_folder

    folder = Path(args.folder)
    out = Path(args.out)
    if out.suffix.lower() not in (".jsonl", ".csv", ".parquet"):
        print(f"error: --out must end in .jsonl, .csv or .parquet, not '{out.suffix}'", file=sys.stderr)
        return 2
    if not folder.is_dir():
        print(f"error: {folder} is not a folder", file=sys.stderr)
        return 2
    progress = None if args.quiet else _progress
    ex = extract_folder(folder, progress)
    if progress:
        print(file=sys.stderr)
    write(to_frame(ex.events), out)
    report = [r.to_dict() for r in ex.records]
    if args.report:
        Path(args.report).write_text(json.dumps({"files": report, "problems": ex.problems}, indent=1), "utf-8")
    _print_account(ex.records, ex.problems, len(ex.events), out)
    read = [r for r in ex.records if r.status == "read"]
    if args.strict and (ex.problems or any(r.problems for r in ex.records)):
        return 1
    return 0 if read or not ex.records else 1


def write(frame, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    if suffix == ".jsonl":
        frame.to_json(out, orient="records", lines=True, force_ascii=False)
    elif suffix == ".csv":
        flat = frame.copy()
        for col in ("participants", "countries", "evidence_spans"):
            flat[col] = flat[col].map(json.dumps)
        flat.to_csv(out, index=False)
    else:
        frame.to_parquet(out, index=False)


def _progress(done: int, total: int) -> None:
    print(f"\rextracting {done}/{total} articles", end="", file=sys.stderr, flush=True)


def _print_account(records, problems, n_events: int, out: Path) -> None:
    for r in records:
        if r.status == "read":
            line = f"  read     {r.article}: {r.events} events"
        else:
            line = f"  skipped  {r.article}: {'; '.join(r.problems)}"
        print(line, file=sys.stderr)
        if r.status == "read":
            for p in r.problems:
                print(f"           note: {p}", file=sys.stderr)
    for p in problems:
        print(f"  note: {p}", file=sys.stderr)
    n_read = sum(r.status == "read" for r in records)
    print(f"{n_events} events from {n_read} of {len(records)} files -> {out}", file=sys.stderr)
