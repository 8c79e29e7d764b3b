"""Small helpers for tests: extract the events of one text, as the pipeline would."""

import re
from datetime import date

from loaders.corpus import finish
from loaders.pipeline import extract_article
from loaders.read import Article


def article(text: str, published: date | None = None, name: str = "a.txt") -> Article:
    return Article(name=name, text=text, body=[(0, len(text))], published=published,
                   published_reason="given" if published else "")


def events_of(*texts: str, published: date | None = None):
    """Events of one or more articles given as plain text (article i is named a{i}.txt)."""
    results = [extract_article(article(t, published, f"a{i}.txt")) for i, t in enumerate(texts)]
    return finish(results, [], []).events


def met(ev) -> list[str]:
    """Everyone at a meeting: the people the article names, then those filled in from the people data for a side it
    names only by its country (inferred_participants)."""
    return [*ev.participants, *ev.inferred_participants]


def folder_events(folder, text: str, name: str = "a.txt"):
    """The events table of a folder holding one article file with this text, read as the CLI reads it."""
    from loaders import load_events

    (folder / name).write_text(text, encoding="utf-8")
    return load_events(folder)


ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def valid_iso(value: object) -> bool:
    """A date of the events table: null (None, or NaN in a frame), or a real "YYYY", "YYYY-MM", "YYYY-MM-DD"
    (no Feb. 30, no month 13, no year 0 or 10000)."""
    if value is None or (isinstance(value, float) and value != value):
        return True
    m = ISO.fullmatch(value) if isinstance(value, str) else None
    if not m or int(m[1]) < 1:
        return False
    if m[3]:
        try:
            date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    return not m[2] or 1 <= int(m[2]) <= 12
