"""The command line: `extract` a folder of articles into a table, tag `dates` in text on stdin."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loaders", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract meeting events from a folder of articles")
    ex.add_argument("folder", help="folder of .txt, .html, .json articles (optional metadata.csv)")
    ex.add_argument("--out", required=True,
                    help="output file: .jsonl, .csv or .parquet; a directory (an existing one, a path ending in "
                         "'/' or without a suffix) gets partitioned Parquet (part-00000.parquet, ...), and so "
                         "does a .parquet path with --dask")
    ex.add_argument("--report", help="also write the per-file account as JSON to this file")
    ex.add_argument("--strict", action="store_true", help="exit with status 1 if any file had a problem")
    ex.add_argument("--quiet", action="store_true", help="no progress on the console")
    ex.add_argument("--cache", metavar="DIR",
                    help="cache of per-article results (default: $DIPLOMATIC_TIMELINE_CACHE, else "
                         "~/.cache/diplomatic-timeline); only ever use a private directory this program wrote")
    ex.add_argument("--no-cache", action="store_true", help="extract every article again, read and write no cache")
    ex.add_argument("--workers", type=int, default=1, metavar="N",
                    help="extract articles in N processes (0: one per core); the output is the same")
    ex.add_argument("--dask", metavar="ADDRESS",
                    help="extract articles on a Dask cluster: a scheduler address (tcp://host:8786), or "
                         "'local' / 'local:N' for a local cluster of N worker processes")
    dt = sub.add_parser("dates", help="tag date expressions in text read from stdin (JSON Lines out)")
    dt.add_argument("--anchor", help="reference date YYYY-MM-DD (e.g. the publication date)")
    args = parser.parse_args(argv)
    if args.command == "dates":
        from . import dates

        return dates.main(["--anchor", args.anchor] if args.anchor else [])
    return extract(args)


def extract(args: argparse.Namespace) -> int:
    from .corpus import extract_folder
    from .parallel import Stats, local_cluster_size
    from .schema import to_frame

    folder = Path(args.folder)
    out = Path(args.out)
    parts = is_parts(args.out, dask=bool(args.dask))
    if not parts and out.suffix.lower() not in (".jsonl", ".csv", ".parquet"):
        print(f"error: --out must end in .jsonl, .csv or .parquet, or be a directory, not '{out.suffix}'",
              file=sys.stderr)
        return 2
    if parts and out.is_file() and out.suffix.lower() != ".parquet":
        print(f"error: --out {out} is a file, not a directory for Parquet parts", file=sys.stderr)
        return 2
    if not folder.is_dir():
        print(f"error: {folder} is not a folder", file=sys.stderr)
        return 2
    if args.workers < 0:
        print("error: --workers must be 0 (one per core) or more", file=sys.stderr)
        return 2
    if args.dask and args.workers != 1:
        print("error: use --workers or --dask, not both (with --dask, 'local:N' sets the workers)", file=sys.stderr)
        return 2
    if args.dask:
        try:
            local_cluster_size(args.dask)
        except ValueError:
            print(f"error: --dask {args.dask}: expected 'local', 'local:N' or a scheduler address", file=sys.stderr)
            return 2
    if args.no_cache and args.cache:
        print("error: use --cache or --no-cache, not both", file=sys.stderr)
        return 2
    workers = args.workers or os.cpu_count() or 1
    cache: str | bool | None = None if args.no_cache else (args.cache or True)
    progress = None if args.quiet else _progress
    stats = Stats()
    ex = extract_folder(folder, progress, cache=cache, workers=workers, dask=args.dask, stats=stats)
    if progress:
        print(file=sys.stderr)
    if parts:
        write_parts(to_frame(ex.events), out)
    elif out.suffix.lower() == ".jsonl":
        write_jsonl(ex.events, out)  # without pandas, which takes longer to import than a small folder to extract
    else:
        write(to_frame(ex.events), out)
    report = [r.to_dict() for r in ex.records]
    if args.report:
        Path(args.report).write_text(json.dumps({"files": report, "problems": ex.problems}, indent=1), "utf-8")
    _print_account(ex.records, ex.problems, len(ex.events), out)
    if not args.quiet:
        print(f"{stats.cached} of {stats.total} articles from the cache, {stats.extracted} extracted "
              f"({stats.mode}, {stats.seconds:.1f} s)", file=sys.stderr)
    read = [r for r in ex.records if r.status == "read"]
    if args.strict and (ex.problems or any(r.problems for r in ex.records)):
        return 1
    if not ex.records:
        print(f"error: no article files in {folder} ({', '.join(settings.ARTICLE_SUFFIXES)})", file=sys.stderr)
    return 0 if read else 1


def write_jsonl(events: list, out: Path) -> None:
    """The events table as JSON Lines: one object per event, the columns in schema order (as pandas writes it)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")


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


def is_parts(out: str, dask: bool = False) -> bool:
    """Whether --out names a directory of Parquet parts rather than one file."""
    path = Path(out)
    if path.is_dir() or out.endswith(("/", os.sep)) or not path.suffix:
        return True
    return dask and path.suffix.lower() == ".parquet"


PART_ROWS = 100_000  # rows per Parquet part


def write_parts(frame, out: Path, rows: int = PART_ROWS) -> list[Path]:
    """The table as a directory of Parquet files, part-00000.parquet ... in row order.

    pandas.read_parquet(out), pyarrow.dataset and dask.dataframe.read_parquet read it back as one table.
    Parts left by an earlier run in the directory are removed first; other files are left alone.
    """
    if out.is_file() and out.suffix.lower() == ".parquet":
        out.unlink()  # the single-file .parquet of an earlier run becomes a directory
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("part-*.parquet"):
        old.unlink()
    written = []
    for n, start in enumerate(range(0, max(len(frame), 1), rows)):
        path = out / f"part-{n:05d}.parquet"
        frame.iloc[start:start + rows].to_parquet(path, index=False)
        written.append(path)
    return written


def _progress(done: int, total: int) -> None:
    print(f"\rextracting {done}/{total} articles", end="", file=sys.stderr, flush=True)


def _print_account(records, problems, n_events: int, out: Path) -> None:
    for r in records:
        if r.status == "read":
            line = f"  read     {r.article}: {r.events} events"
        else:
            why = "; ".join(p.removeprefix(f"{r.article}: ") for p in r.problems)
            line = f"  skipped  {r.article}: {why}"
        print(line, file=sys.stderr)
        if r.status == "read":
            for p in r.problems:
                print(f"           note: {p}", file=sys.stderr)
    for p in problems:
        print(f"  note: {p}", file=sys.stderr)
    n_read = sum(r.status == "read" for r in records)
    print(f"{n_events} events from {n_read} of {len(records)} files -> {out}", file=sys.stderr)
