"""Temporal expression tagger: finds dates in news text and gives each its TIMEX3 value."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date

from loaders.timex.calendar import precision, resolve, span, span_of, with_year
from loaders.timex.model import DateSpec, Timex
from loaders.timex.tagger import tag

__all__ = ["DateSpec", "Timex", "tag", "resolve", "with_year", "precision", "span", "span_of", "main"]


def parse_anchor(text: str) -> date:
    """An anchor date from YYYY-MM-DD; argparse reports anything else as a usage error."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise argparse.ArgumentTypeError(f"anchor must be a date written YYYY-MM-DD, got {text!r}")
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"anchor {text!r} is not a real date: {exc}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m loaders dates",
        description="Read text on standard input; print its date expressions as JSON Lines "
        '{"start", "end", "text", "value"} (DATE expressions only).',
    )
    parser.add_argument("--anchor", type=parse_anchor, help="reference date YYYY-MM-DD (article date)")
    parser.add_argument("--all-types", action="store_true", help="also print TIME, DURATION and SET")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Command line: tag standard input and print JSON Lines; returns the exit code."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage error
        return int(exc.code or 0)
    text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    for t in tag(text, args.anchor):
        if t.type == "DATE" or args.all_types:
            record = {"start": t.start, "end": t.end, "text": t.text, "value": t.value}
            if args.all_types:
                record["type"] = t.type
            sys.stdout.write(json.dumps(record) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
