"""The command line: `extract` a folder of articles into a table, tag `dates` in text on stdin, `correct` an
event and list the `corrections` of a folder."""

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
    co = sub.add_parser("correct", help="correct, confirm, hide, merge or add an event (appends to the folder's "
                                         "corrections.jsonl)")
    co.add_argument("folder", help="the folder of articles")
    co.add_argument("--event", metavar="EVENT_ID", help="the event to correct (its event_id in the extract output)")
    co.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                    help="give a field a value: date (YYYY, YYYY-MM, YYYY-MM-DD or empty), date_precision, type, "
                         "status, participants and countries (separated by ';'), location; may repeat")
    co.add_argument("--hide", action="store_true", help="not a meeting: leave the event out of the table")
    co.add_argument("--unhide", action="store_true", help="show a hidden event again")
    co.add_argument("--checked", action="store_true", help="mark the event as checked (confirmed as it stands)")
    co.add_argument("--unchecked", action="store_true", help="take the checked mark off")
    co.add_argument("--merge", metavar="OTHER_ID", help="the other event is the same meeting: merge it into this one")
    co.add_argument("--separate", metavar="ARTICLE",
                    help="the source of the event in this article is a separate meeting: split it off")
    co.add_argument("--add", action="store_true",
                    help="add a new event read from --article's --passage (give its fields with --set; type and "
                         "status are needed)")
    co.add_argument("--article", help="with --add: the article's file name")
    co.add_argument("--passage", help="with --add: the passage of the article the event is read from (exact text)")
    co.add_argument("--undo", metavar="CORRECTION_ID", help="undo an earlier correction (see `corrections`)")
    co.add_argument("--note", default="", help="why (kept with the correction)")
    co.add_argument("--who", help="who corrects (default: the user name of this account)")
    co.add_argument("--no-cache", action="store_true", help="extract again instead of using the cache")
    ls = sub.add_parser("corrections", help="list the corrections of a folder: applied, orphaned (and why), undone")
    ls.add_argument("folder", help="the folder of articles")
    ls.add_argument("--json", action="store_true", help="JSON Lines out (one object per correction)")
    ls.add_argument("--no-cache", action="store_true", help="extract again instead of using the cache")
    args = parser.parse_args(argv)
    if args.command == "dates":
        from . import dates

        return dates.main(["--anchor", args.anchor] if args.anchor else [])
    if args.command in ("correct", "corrections"):
        return correct(args) if args.command == "correct" else list_corrections(args)
    return extract(args)


def extract(args: argparse.Namespace) -> int:
    from .corpus import extract_folder
    from .corrections import correct_extraction
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
    ex = correct_extraction(ex, folder)[0]
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


def _corrected_folder(folder: Path, no_cache: bool):
    """The folder's extraction with its corrections applied, and what applying them found."""
    from .corpus import extract_folder
    from .corrections import correct_extraction

    return correct_extraction(extract_folder(folder, cache=None if no_cache else True), folder)


def correct(args: argparse.Namespace) -> int:
    """Append the corrections the options ask for to the folder's corrections.jsonl."""
    from .corrections import (
        CorrectionError,
        append_corrections,
        best_row,
        default_who,
        make,
        make_for,
        passage_target,
        read_corrections,
        target_of,
    )

    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"error: {folder} is not a folder", file=sys.stderr)
        return 2
    actions = [bool(args.set), args.hide, args.unhide, args.checked, args.unchecked, bool(args.merge),
               bool(args.separate), args.add, bool(args.undo)]
    if not any(actions):
        print("error: say what to do: --set, --hide, --unhide, --checked, --unchecked, --merge, --separate, "
              "--add or --undo", file=sys.stderr)
        return 2
    if args.add and (args.event or not (args.article and args.passage)):
        print("error: --add takes --article and --passage (and --set for its fields), not --event", file=sys.stderr)
        return 2
    if not args.add and not args.undo and not args.event:
        print("error: name the event with --event EVENT_ID", file=sys.stderr)
        return 2
    who = args.who or default_who()
    ex, _ = _corrected_folder(folder, args.no_cache)
    fields: dict[str, object] = {}
    for item in args.set:
        name, eq, value = item.partition("=")
        if not eq:
            print(f"error: --set {item}: expected FIELD=VALUE", file=sys.stderr)
            return 2
        fields[name.strip()] = value.strip()
    out = []
    try:
        if args.add:
            text = ex.texts.get(args.article)
            if text is None:
                print(f"error: no article {args.article} was read in {folder}", file=sys.stderr)
                return 2
            at = text.find(args.passage)
            if at < 0:
                print(f"error: the passage is not in {args.article} (give its exact words)", file=sys.stderr)
                return 2
            target = passage_target(args.article, text, at, at + len(args.passage))
            out.append(make(target, "added", fields, who=who, note=args.note))
        elif args.undo:
            known = {c.id: c for c in read_corrections(folder)[0]}
            if args.undo not in known:
                print(f"error: no correction {args.undo} in {folder}/corrections.jsonl", file=sys.stderr)
                return 2
            out.append(make(known[args.undo].target, "undo", args.undo, who=who, note=args.note))
        if args.event:
            rows = [e for e in ex.events if e.event_id == args.event]
            if not rows:
                print(f"error: no event {args.event} in {folder} (see the event_id column of `extract`)",
                      file=sys.stderr)
                return 2
            row = best_row(rows)
            target = target_of(row)
            for name, value in fields.items():
                out.append(make_for(row, name, value, who=who, note=args.note))
            for flag, name, value in ((args.hide, "hidden", True), (args.unhide, "hidden", False),
                                      (args.checked, "checked", True), (args.unchecked, "checked", False)):
                if flag:
                    out.append(make_for(row, name, value, who=who, note=args.note))
            if args.merge:
                others = [e for e in ex.events if e.event_id == args.merge]
                if not others:
                    print(f"error: no event {args.merge} to merge with", file=sys.stderr)
                    return 2
                out.append(make(target, "same_as", target_of(best_row(others)).to_dict(), before=args.merge,
                                who=who, note=args.note))
            if args.separate:
                src = [e for e in rows if e.article == args.separate]
                if not src:
                    print(f"error: event {args.event} has no source in {args.separate}", file=sys.stderr)
                    return 2
                out.append(make(target_of(src[0]), "separate", True, before=args.event, who=who, note=args.note))
    except CorrectionError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    path = append_corrections(folder, out)
    for c in out:
        print(f"{c.id}  {c.describe()}", file=sys.stderr)
    print(f"{len(out)} correction{'s' if len(out) != 1 else ''} added to {path}", file=sys.stderr)
    return 0


def list_corrections(args: argparse.Namespace) -> int:
    """Print the folder's corrections, each with its state: applied, orphaned (and why), undone."""
    from .corrections import listing, read_corrections

    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"error: {folder} is not a folder", file=sys.stderr)
        return 2
    corrections, problems = read_corrections(folder)
    _, done = _corrected_folder(folder, args.no_cache)
    rows = listing(corrections, done)
    for p in problems:
        print(f"  problem: {p}", file=sys.stderr)
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    for r in rows:
        why = f": {r['reason']}" if r["reason"] else ""
        print(f"{r['id']}  {r['state']:<8}  {r['target']['article']}  {r['summary']}  ({r['when']}){why}")
    n = {s: sum(r["state"] == s for r in rows) for s in ("applied", "orphaned", "undone")}
    print(f"{len(rows)} corrections: {n['applied']} applied, {n['orphaned']} orphaned, {n['undone']} undone"
          + (f"; {len(problems)} unreadable lines" if problems else ""), file=sys.stderr)
    return 0
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
        from .schema import LIST_COLUMNS

        flat = frame.copy()
        for col in LIST_COLUMNS:
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
            if r.corrections:
                line += f", {r.corrections} correction{'s' if r.corrections != 1 else ''} applied"
        else:
            why = "; ".join(p.removeprefix(f"{r.article}: ") for p in r.problems)
            line = f"  skipped  {r.article}: {why}"
        print(line, file=sys.stderr)
        if r.status == "read":
            for p in r.problems:
                print(f"           note: {p}", file=sys.stderr)
        for p in r.orphaned:
            print(f"           orphaned: {p}", file=sys.stderr)
    for p in problems:
        print(f"  note: {p}", file=sys.stderr)
    n_read = sum(r.status == "read" for r in records)
    print(f"{n_events} events from {n_read} of {len(records)} files -> {out}", file=sys.stderr)
