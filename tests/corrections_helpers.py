"""Tiny folders for the corrections tests: two articles, three events (one meeting told by both)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

A = ("Abe meets Putin\n\nTOKYO, May 10 (Reuters) - Prime Minister Shinzo Abe met Russian President Vladimir Putin "
     "in Sochi on May 6, 2016.\n\nForeign Minister Fumio Kishida will visit Moscow in September for talks with "
     "Sergei Lavrov.\n")
B = ("Summit\n\nJapanese Prime Minister Shinzo Abe and Russian President Vladimir Putin held talks in Sochi on "
     "May 6, 2016.\n")
SOCHI = "Prime Minister Shinzo Abe met Russian President Vladimir Putin in Sochi on May 6, 2016."
MOSCOW = "Foreign Minister Fumio Kishida will visit Moscow in September for talks with Sergei Lavrov."


def make_folder(tmp_path: Path, monkeypatch, **texts: str) -> Path:
    """A folder with a.txt and b.txt (or the texts given, by file stem) and a private cache of its own."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for stem, text in (texts or {"a": A, "b": B}).items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    monkeypatch.setenv("DIPLOMATIC_TIMELINE_CACHE", str(cache))
    return folder


def row(frame: pd.DataFrame, article: str, evidence: str) -> pd.Series:
    """The one row of this article whose evidence is this sentence (a lede's evidence opens with its dateline)."""
    hits = frame[(frame["article"] == article) & frame["evidence"].str.endswith(evidence)]
    assert len(hits) == 1, hits
    return hits.iloc[0]
