"""Extract a whole folder of articles into the events table and the per-file account."""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import settings
from .cache import Cache, CacheArg, open_cache
from .corrections import apply_corrections, correct_extraction, read_corrections
from .merge import resolve_corpus, to_events
from .pipeline import ArticleResult, extract_article
from .read import (
    Article,
    ReadError,
    apply_metadata,
    date_from_url,
    dateline_day,
    display_name,
    list_article_files,
    read_file,
    read_metadata,
)
from .schema import ArticleRecord, Event, articles_frame, to_frame

if TYPE_CHECKING:
    import pandas as pd  # imported by schema's table builders when a table is made

    from .parallel import Stats

Progress = Callable[[int, int], None]


@dataclass
class Corpus:
    """The events table, the per-file account (with each article's text), and problems not tied to a file."""

    events: pd.DataFrame
    articles: pd.DataFrame
    problems: list[str]


@dataclass
class Extraction:
    events: list[Event]
    records: list[ArticleRecord]
    texts: dict[str, str]
    problems: list[str]


def read_folder(folder: Path) -> tuple[list[Article], list[ArticleRecord], list[str]]:
    """Every article of a folder (metadata.csv applied) and an account of each file that gave none.

    Hidden entries (".DS_Store", ".git") are ignored by design and metadata.csv is not an article; every other
    entry of the folder gets a record, sub-folders and broken links included (skipped, saying why)."""
    try:
        meta, problems = read_metadata(folder)
    except Exception as err:  # noqa: BLE001 - a bad metadata.csv never stops the articles being read
        meta, problems = {}, [f"{settings.METADATA_FILE}: could not be read ({err!r}); no metadata applied"]
    articles: list[Article] = []
    skipped = [ArticleRecord(name, "skipped", [why]) for name, why in _not_files(folder)]
    files = list_article_files(folder)
    names = {p.name for p in files} | {display_name(p) for p in files}
    problems += [f"metadata.csv names {f}, which is not in the folder" for f in sorted(meta) if f not in names]
    for path in files:
        name = display_name(path)
        if path.suffix.lower() not in settings.ARTICLE_SUFFIXES:
            skipped.append(ArticleRecord(name, "skipped", [f"{name}: not an article type "
                                                           f"({', '.join(settings.ARTICLE_SUFFIXES)})"]))
            continue
        try:
            arts = read_file(path)
        except ReadError as err:
            skipped.append(ArticleRecord(name, "skipped", [str(err)]))
            continue
        except Exception as err:  # noqa: BLE001 - one bad file never takes the corpus down
            skipped.append(ArticleRecord(name, "skipped", [f"{name}: could not be read ({err!r})"]))
            continue
        row = meta.get(path.name) or meta.get(name)
        for art in arts:
            if row:
                apply_metadata(art, row)
            date_from_url(art)
            dateline_day(art)
            articles.append(art)
    return articles, skipped, problems


def _not_files(folder: Path) -> list[tuple[str, str]]:
    """(name, why) for the entries of a folder that are neither files nor hidden: they are not read."""
    out = []
    for p in sorted(folder.iterdir()):
        if p.name.startswith(".") or p.is_file():
            continue
        name = display_name(p)
        if p.is_dir():
            out.append((f"{name}/", f"{name}/: a sub-folder; only files directly in the folder are read"))
        elif p.is_symlink() and not p.exists():
            out.append((name, f"{name}: a broken link (what it points to does not exist)"))
        else:
            out.append((name, f"{name}: not a regular file (skipped)"))
    return out


def extract_articles(articles: Iterable[Article], progress: Progress | None = None,
                     total: int = 0) -> tuple[list[ArticleResult], list[ArticleRecord]]:
    results: list[ArticleResult] = []
    failed: list[ArticleRecord] = []
    for n, art in enumerate(articles, 1):
        try:
            results.append(extract_article(art))
        except Exception as err:  # noqa: BLE001 - reported in the account, the rest goes on
            problems = [*art.problems, f"{art.name}: extraction failed ({err!r})"]
            failed.append(ArticleRecord(art.name, "skipped", problems, title=art.title, chars=len(art.text)))
        if progress:
            progress(n, total)
    return results, failed


def extract_folder(folder: str | Path, progress: Progress | None = None, *, cache: CacheArg = None,
                   workers: int = 1, dask: str | None = None, stats: Stats | None = None) -> Extraction:
    """Read, extract and merge every article of a folder.

    cache: True for the default cache directory, a directory, or None for none (see loaders.cache);
    workers: processes for the per-article stage; dask: a Dask scheduler address, or "local[:N]"
    (see loaders.parallel). The cross-article stage runs on every article, unless the cache holds the merged
    result of exactly these articles.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder of articles")
    store = open_cache(cache)
    try:
        untouched = _folder_key(store, folder) if store is not None and store.enabled else None
        if untouched and (done := _untouched(store, untouched, progress, stats)) is not None:
            return done
        articles, skipped, problems = read_folder(folder)
        done = extract_and_merge(articles, skipped, problems, progress, store, workers, dask, stats)
        if untouched and store is not None:
            store.put_value(untouched, pickle.dumps((len(articles), done)))
        return done
    finally:
        if store is not None and not isinstance(cache, Cache):
            store.close()


def _folder_key(store: Cache | None, folder: Path) -> str | None:
    """The key of a folder as it lies on disk: the extractor's fingerprint, the folder, and each entry's name,
    size, inode and times to the nanosecond. It lets an untouched folder's result come from the cache for the
    cost of listing it; a file written since, even with the same size and time, has another change time."""
    if store is None:
        return None
    h = hashlib.sha256(f"folder\n{store.fp}\n".encode() + os.fsencode(folder.resolve()))
    try:
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if entry.name == settings.CORRECTIONS_FILE:
                continue  # applied after extraction (loaders.corrections): an edit must not re-read the folder
            st = entry.stat(follow_symlinks=not entry.is_symlink() or os.path.exists(entry.path))
            h.update(b"\n" + os.fsencode(entry.name))  # names may hold any bytes
            h.update(f"\0{st.st_mode}\0{st.st_size}\0{st.st_ino}\0{st.st_mtime_ns}\0{st.st_ctime_ns}".encode())
    except OSError:
        return None  # read as usual
    return "folder:" + h.hexdigest()


def _untouched(store: Cache | None, key: str, progress: Progress | None, stats: Stats | None) -> Extraction | None:
    """The whole result of a folder that has not changed since it was extracted, if the cache holds it."""
    blob = store.get_value(key) if store is not None else None
    if not blob:
        return None
    try:
        n, done = pickle.loads(blob)  # noqa: S301 - our own private cache (see loaders.cache)
    except Exception:  # noqa: BLE001 - an unreadable entry is computed again
        return None
    if stats is not None:
        stats.total = stats.cached = n
    if progress:
        progress(n, n)
    return done if isinstance(done, Extraction) else None


def extract_and_merge(articles: list[Article], skipped: list[ArticleRecord], problems: list[str],
                    progress: Progress | None, store: Cache | None, workers: int, dask: str | None,
                    stats: Stats | None) -> Extraction:
    """An unchanged folder's merged result comes whole from the cache; else extract (cache per article), merge."""
    from .parallel import extract

    memo = _corpus_key(store, articles, skipped, problems) if store is not None and store.enabled else None
    blob = store.get_value(memo) if store is not None and memo else None
    if blob:
        try:
            done: Extraction = pickle.loads(blob)  # noqa: S301 - our own private cache (see loaders.cache)
            done.texts = {a.name: a.text for a in articles}
            if stats is not None:
                stats.total = stats.cached = len(articles)
            if progress:
                progress(len(articles), len(articles))
            return done
        except Exception:  # noqa: BLE001 - an unreadable entry is computed again
            pass
    results, failed = extract(articles, progress, cache=store, workers=workers, dask=dask, stats=stats)
    done = finish(results, skipped + failed, problems)
    if memo and store is not None:
        store.put_value(memo, pickle.dumps(Extraction(done.events, done.records, {}, done.problems)))
    return done


def _corpus_key(store: Cache, articles: list[Article], skipped: list[ArticleRecord], problems: list[str]) -> str:
    """The key of a whole folder's merged result: every article's key, and what could not be read."""
    h = hashlib.sha256(b"corpus\n")
    for key in store.keys(articles):
        h.update(key.encode())
    h.update(repr([(r.article, r.problems) for r in skipped] + problems).encode())
    return "corpus:" + h.hexdigest()


def finish(results: list[ArticleResult], skipped: list[ArticleRecord], problems: list[str]) -> Extraction:
    """The cross-article stage: years, merging, event ids, rows."""
    dated = resolve_corpus(results)
    events, records = to_events(results, dated)
    texts = {r.article.name: r.article.text for r in results}
    records = sorted(records + skipped, key=lambda r: r.article)
    return Extraction(events, records, texts, problems)


def load_corpus(folder: str | Path, progress: Progress | None = None, *, cache: CacheArg = True) -> Corpus:
    """The events table and the per-file account (with each article's text) of a folder of articles, the
    analyst's corrections (corrections.jsonl in the folder, loaders.corrections) applied.

    Articles extracted before (same text, metadata, extractor and vocabularies) come from the cache in
    the default cache directory (loaders.cache); pass cache=None to extract everything again.
    """
    ex = extract_folder(folder, progress, cache=cache)
    ex = correct_extraction(ex, folder)[0]
    arts = articles_frame(ex.records)
    arts["text"] = [ex.texts.get(a, "") for a in arts["article"]]
    return Corpus(to_frame(ex.events), arts, ex.problems)


def load_events(path: str | Path) -> pd.DataFrame:
    """The events table of a folder of articles (or of a single article file), the analyst's corrections
    (corrections.jsonl beside the articles, loaders.corrections) applied."""
    path = Path(path)
    if path.is_file():
        arts = read_file(path)
        results, failed = extract_articles(arts)
        done = finish(results, failed, [])
        corrections = [c for c in read_corrections(path.parent)[0] if c.target.article in done.texts]
        return to_frame(apply_corrections(done.events, done.texts, corrections).events)
    return load_corpus(path).events
