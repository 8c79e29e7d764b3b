"""Regexes compiled once per machine: their compiled form is kept in the cache directory.

The name and office patterns of loaders.actors hold alternations of thousands of words (every country, adjective and
title); Python's re parses such a pattern in pure Python each time a process starts, which was most of what the
extractor's start-up cost. `compile` keeps what re's parser and code generator make of a pattern (the opcode list, the
groups and their names) in one small file per pattern, under regex-<python version>-<sre magic>/ in the cache
directory of loaders.cache; a later process hands that straight to the regex engine (`_sre.compile`, which validates
the code before using it). Any doubt (another Python, an unreadable or damaged file, a read-only or shared home, an
engine that refuses the code) falls back to re.compile, so the result is always the pattern re would make.

The few hundred short patterns the modules compile at import (each well under a millisecond, together a third of the
start-up) share one file instead, small.marshal, read once and written back at exit when a pattern was new to it. Only
patterns made once per process go through here (module constants, cached builders): a pattern built from an
article's text would grow the file without end.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

try:  # the internals re itself uses; another Python may lack them, and then every pattern is compiled as usual
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not on CPython
    _sre = None  # type: ignore[assignment]

MIN_CHARS = 2000  # shorter patterns compile in well under a millisecond: not worth a file
MAX_FILES = 400  # more than this (patterns of many older versions): the folder is emptied and filled again
SMALL_FILE = "small.marshal"
MAX_SMALL = 5000  # more short patterns than this in the file (many older versions): it starts again from this run's
_MEMO: dict[tuple[str, int], re.Pattern[str]] = {}
_SMALL: dict[tuple[str, int], tuple[Any, ...]] | None = None  # the short patterns' file, once read
_NEW_SMALL: dict[tuple[str, int], tuple[Any, ...]] = {}  # short patterns this process compiled that the file lacks


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the name re uses
    """re.compile(pattern, flags), from the stored compiled form when there is one."""
    key = (pattern, flags)
    if key in _MEMO:
        return _MEMO[key]
    if _sre is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    if len(pattern) < MIN_CHARS:
        _MEMO[key] = _compile_small(pattern, flags)
        return _MEMO[key]
    path = _path(pattern, flags)
    compiled = _load(path, pattern) if path is not None else None
    if compiled is None:
        compiled, parts = _compile(pattern, flags)
        if path is not None and parts is not None:
            _save(path, parts)
    _MEMO[key] = compiled
    return compiled


def folder() -> Path | None:
    """Where compiled patterns are kept (None: nowhere, $DIPLOMATIC_TIMELINE_CACHE set empty)."""
    from . import settings

    if os.environ.get(settings.CACHE_ENV_VAR) == "":
        return None
    tag = f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}.{sys.version_info[2]}"
    return settings.cache_dir() / f"regex-{tag}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}"


def _compile_small(pattern: str, flags: int) -> re.Pattern[str]:
    """A short pattern from the shared file when it is there, else compiled (and noted for the file)."""
    global _SMALL
    if _SMALL is None:
        _SMALL = _read_small()
    key = (pattern, int(flags))  # a plain int: marshal refuses re's flag class
    parts = _SMALL.get(key)
    if parts is not None:
        try:
            return _sre.compile(pattern, *parts)
        except Exception:  # noqa: BLE001 - code the engine refuses: compiled again below
            pass
    compiled, parts = _compile(pattern, flags)
    if parts is not None:
        if not _NEW_SMALL:
            atexit.register(_write_small)
        _NEW_SMALL[key] = parts
    return compiled


def _read_small() -> dict[tuple[str, int], tuple[Any, ...]]:
    base = folder()
    try:
        if base is None or not _private(base):
            return {}
        table = marshal.loads((base / SMALL_FILE).read_bytes())  # noqa: S302 - our own private folder
    except Exception:  # noqa: BLE001 - no file yet or a damaged one: every short pattern is compiled
        return {}
    return table if isinstance(table, dict) else {}


def _write_small() -> None:
    """Add this process's new short patterns to the shared file (at exit: one write per process at most)."""
    global _SMALL
    base = folder()
    if base is None or not _NEW_SMALL:
        return
    table = _read_small()  # another process may have written it meanwhile
    table = {**table, **_NEW_SMALL} if len(table) + len(_NEW_SMALL) <= MAX_SMALL else dict(_NEW_SMALL)
    _save(base / SMALL_FILE, table)
    _SMALL = table
    _NEW_SMALL.clear()


def _path(pattern: str, flags: int) -> Path | None:
    base = folder()
    if base is None:
        return None
    digest = hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return base / f"{digest}.marshal"


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...] | None]:
    """The pattern as re makes it, and the parts _sre.compile takes (None when re's internals are not as expected)."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        parts = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
                 tuple(indexgroup))  # plain ints: re names its opcodes with an int subclass
        compiled = _sre.compile(pattern, *parts)
    except Exception:  # noqa: BLE001 - re's internals changed: compile as usual, keep nothing
        return re.compile(pattern, flags), None
    return compiled, parts


def _load(path: Path, pattern: str) -> re.Pattern[str] | None:
    try:
        if not _private(path.parent):
            return None
        parts = marshal.loads(path.read_bytes())  # noqa: S302 - our own private folder (checked just above)
        flags, code, groups, groupindex, indexgroup = parts
        return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - no file yet, a damaged one, or code the engine refuses: compiled again
        return None


def _save(path: Path, parts: tuple[Any, ...] | dict[tuple[str, int], tuple[Any, ...]]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _private(path.parent) or not _private(path.parent.parent):
            return
        if sum(1 for _ in path.parent.iterdir()) > MAX_FILES:
            for old in path.parent.iterdir():
                old.unlink(missing_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(parts))
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass  # a read-only home: compiled in each process


def _private(folder: Path) -> bool:
    """Only a folder of this user that nobody else may write is read from or written to."""
    if not hasattr(os, "getuid"):
        return True
    st = folder.stat()
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
