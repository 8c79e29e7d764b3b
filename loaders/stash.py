"""Tables that take long to build at start-up (the city gazetteer), kept built in the cache directory.

A stash file holds a key and the table, pickled; the key covers everything the table is built from (code, data
files, package versions), so a change builds it afresh. Like the results cache (loaders/cache.py), it is read only
from a private directory (pickles run code when loaded), in the same place: $DIPLOMATIC_TIMELINE_CACHE, else
$XDG_CACHE_HOME/diplomatic-timeline, else ~/.cache/diplomatic-timeline. DIPLOMATIC_TIMELINE_CACHE="" turns it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from . import settings

T = TypeVar("T")


def directory() -> Path | None:
    if os.environ.get(settings.CACHE_ENV_VAR) == "":
        return None
    return settings.cache_dir()


def private(folder: Path) -> bool:
    """Whether only this user can write to the folder (and owns it)."""
    if not hasattr(os, "getuid"):
        return True
    st = folder.stat()
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def key_of(parts: Iterable[Any]) -> str:
    """A key over strings, bytes and files (their contents)."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.read_bytes() if isinstance(p, Path) else p if isinstance(p, bytes) else repr(p).encode())
        h.update(b"\0")
    return h.hexdigest()


def stashed(name: str, parts: Iterable[Any], build: Callable[[], T]) -> T:
    """build(), or its result kept from an earlier process with the same key."""
    folder = directory()
    if folder is None:
        return build()
    key = key_of(parts)
    path = folder / f"{name}.pickle"
    try:
        if private(folder):
            with path.open("rb") as f:
                kept_key, value = pickle.load(f)
            if kept_key == key:
                return value  # type: ignore[no-any-return]
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, TypeError, AttributeError):
        pass  # none yet, another version's, or damaged: built again
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if private(folder):
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            with tmp.open("wb") as f:
                pickle.dump((key, value), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: built in each process
    return value
