"""A naive baseline to compare the extractor with: one event per sentence that holds a meeting word.

Each such sentence gives one event: the first date dateparser's `search_dates` finds in it (as YYYY-MM-DD, read
relative to the article's publication date when the folder's metadata.csv gives one, else with dateparser's
defaults, i.e. relative to today), type "summit" when the sentence speaks of a summit, a president or a prime
minister (else "ministerial"), status "held", no participants, a fresh event id, the sentence as evidence.
Articles are read by the project's reader (so .html and .json articles give the same text as for the extractor).
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path

from dateparser.search import search_dates

from loaders.corpus import read_folder

WORDS = json.loads((Path(__file__).parents[2] / "data" / "meeting_words.json").read_text(encoding="utf-8"))
MEETING_WORDS = sorted(WORDS["meeting_nouns"] + WORDS["meeting_verbs"] + WORDS["conversation_verbs"], key=len,
                       reverse=True)
MEETING = re.compile(r"\b(?:" + "|".join(map(re.escape, MEETING_WORDS)) + r")\b", re.I)
SUMMIT = re.compile(r"\b(?:summit|president|prime minister)\b", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|No|U\.S|[A-Z])"
                          r"\.$")


def sentences(text: str) -> list[str]:
    """Each line cut after ".", "!" or "?" and a space, but not after a common abbreviation ("Jan.", "Mr.")."""
    out: list[str] = []
    for line in text.splitlines():
        for i, piece in enumerate(p for p in SENTENCE_END.split(line.strip()) if p):
            if i and ABBREVIATION.search(out[-1]):
                out[-1] += " " + piece
            else:
                out.append(piece)
    return out


@cache
def first_date(sentence: str, base: datetime | None) -> str | None:
    """The first date dateparser finds in a sentence, as YYYY-MM-DD, or None."""
    settings = {"RELATIVE_BASE": base} if base else None
    found = search_dates(sentence, languages=["en"], settings=settings)
    return found[0][1].date().isoformat() if found else None


def publication_dates(folder: Path) -> dict[str, datetime]:
    """file -> publication date, from the folder's metadata.csv (none without one)."""
    path = folder / "metadata.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return {r["file"]: datetime.fromisoformat(r["published"].strip()[:10])
            for r in rows if (r.get("published") or "").strip()}


def naive_events(folder: Path) -> list[dict]:
    """The baseline's events of every article in a folder, as rows for the scorer."""
    published = publication_dates(folder)
    ids = itertools.count(1)
    rows = []
    for art in read_folder(folder)[0]:
        base = published.get(art.name.split("#")[0])
        for sentence in sentences(art.text):
            if not MEETING.search(sentence):
                continue
            rows.append(dict(article=art.name, event_id=f"naive-{next(ids)}", date=first_date(sentence, base),
                             type="summit" if SUMMIT.search(sentence) else "ministerial", status="held",
                             participants=[], location=None, evidence=sentence))
    return rows
