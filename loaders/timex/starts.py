"""Where a regex's matches can begin: their first characters, read from the pattern's syntax tree."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

try:  # re's own parser is private: on a Python without it, every pattern is simply searched whole (slower)
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    C = _parser = None

# Under IGNORECASE these match more than their upper and lower case (Kelvin sign, dotted and dotless i, long s).
FOLDS = {"i": "İı", "k": "K", "s": "ſ"}
DIGITS = "\\d"  # stands for any decimal digit among possible characters; the other categories likewise
CATEGORIES = {C.CATEGORY_DIGIT: DIGITS, C.CATEGORY_SPACE: "\\s", C.CATEGORY_WORD: "\\w"} if C else {}
ANY = ""  # stands for any character
DEPTH = 6  # how many first characters the start regexes check
Search = Callable[[str, int, int], "re.Match[str] | None"]
Heads = set[tuple[str, ...]]  # possible first characters of a match; a shorter tuple: the match may end there


class Unknown(Exception):
    """The pattern may begin with something the analysis does not bound."""


class Finder:
    """A pattern that cannot match right after a word character, tried only where its first characters fit.

    finditer gives the same matches as re.finditer(text, lo, hi): the places skipped cannot begin a match.
    The pattern and its start regexes are compiled when first used (a short text needs few of them), and the
    start regexes' sources are kept in a small file of the cache directory (see start_sources). Compiling the start
    regexes costs more than they save on a short text: the first `plain_chars` characters searched use the pattern
    alone.
    """

    def __init__(self, pattern: str, plain_chars: int = 20_000) -> None:
        self.pattern = pattern
        self.plain_chars = plain_chars
        self.searched = 0
        self._rx: re.Pattern[str] | None = None
        self._starts: list[re.Pattern[str]] | None = None

    @property
    def rx(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = re.compile(self.pattern)
        return self._rx

    @property
    def starts(self) -> list[re.Pattern[str]]:
        if self._starts is None:
            self._starts = [re.compile(source) for source in start_sources(self.pattern)]
        return self._starts

    def finditer(self, text: str, lo: int, hi: int, last: int | None = None) -> list[re.Match[str]]:
        """The matches of re.finditer(text, lo, hi) that begin at or before `last` (default: all of them)."""
        last = hi if last is None else last
        if self._starts is None and self.searched < self.plain_chars:
            self.searched += hi - lo
            return _until(self.rx.finditer(text, lo, hi), last)
        if not self.starts:
            return _until(self.rx.finditer(text, lo, hi), last)
        if len(self.starts) == 1:
            return self._one(self.starts[0].search, text, lo, hi, last)
        return self._two(text, lo, hi, last)

    def _one(self, search: Search, text: str, lo: int, hi: int, last: int) -> list[re.Match[str]]:
        out: list[re.Match[str]] = []
        match = self.rx.match
        end = min(hi, last + DEPTH)  # a start regex reads at most DEPTH characters: none begins after `last`
        s = search(text, lo, end)
        while s is not None and s.start() <= last:
            m = match(text, s.start(), hi)
            if m is None:
                s = search(text, s.start() + 1, end)
            else:
                out.append(m)
                s = search(text, m.end(), end)
        return out

    def _two(self, text: str, lo: int, hi: int, last: int) -> list[re.Match[str]]:
        """Places found by two start regexes: when only one kind gives matches, they are all the matches."""
        words, digits = self.starts
        found = self._one(words.search, text, lo, hi, last)
        more = self._one(digits.search, text, lo, hi, last)
        if found and more:
            return _until(self.rx.finditer(text, lo, hi), last)
        return found or more


def _until(matches: Iterable[re.Match[str]], last: int) -> list[re.Match[str]]:
    """The matches that begin at or before `last` (they come in order)."""
    out: list[re.Match[str]] = []
    for m in matches:
        if m.start() > last:
            break
        out.append(m)
    return out


def start_sources(pattern: str) -> list[str]:
    """The sources of the start regexes of a pattern (none when its first characters cannot be bounded)."""
    key = hashlib.sha1(f"{DEPTH}\0{sys.version_info[:2]}\0{pattern}".encode()).hexdigest()
    store = _store()
    if key in store:
        return list(store[key])
    out: list[str] = []
    if pattern.startswith(r"(?<![\w"):  # a negative lookbehind of a set holding \w
        heads = prefixes(pattern, DEPTH)
        if heads and all(h[0] == DIGITS or len(h[0]) == 1 for h in heads):  # literal first characters
            digits = {h for h in heads if h[0] == DIGITS}
            out = [start_regex(part) for part in (heads - digits, digits) if part]
    if len(store) > MAX_STORED:  # patterns of many older versions
        store.clear()
    store[key] = out
    _save(store)
    return out


# Working out the start regexes of all the patterns takes about a second in pure Python; their sources are kept in
# STORE_NAME in the cache directory of loaders/cache.py (only a private one), read once per process.
STORE_NAME = "timex-starts.json"
MAX_STORED = 400
_STORE: dict[str, list[str]] = {}
_LOADED: list[bool] = []


def store_path() -> Path | None:
    env = os.environ.get("DIPLOMATIC_TIMELINE_CACHE")
    if env == "":
        return None
    if env:
        base = Path(env).expanduser()
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "diplomatic-timeline"
    return base / STORE_NAME


def _private(folder: Path) -> bool:
    if not hasattr(os, "getuid"):
        return True
    st = folder.stat()
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _store() -> dict[str, list[str]]:
    if not _LOADED:
        _LOADED.append(True)
        path = store_path()
        try:
            if path is not None and _private(path.parent):
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict):
                    _STORE.update((k, v) for k, v in data.items()
                                  if isinstance(v, list) and all(isinstance(x, str) for x in v))
        except (OSError, ValueError):
            pass  # no file yet, or a damaged one: worked out again
    return _STORE


def _save(store: dict[str, list[str]]) -> None:
    path = store_path()
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _private(path.parent):
            return
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(store), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: the start regexes are worked out in each process


def prefixes(pattern: str, k: int) -> Heads | None:
    """The first `k` characters a match of `pattern` can begin with; None when that cannot be bounded."""
    try:
        parsed = _parser.parse(pattern)
        heads = _seq(list(parsed.data), parsed.state.flags, k)
    except Exception:  # Unknown, or a parser that is not the one this reads (another Python)
        return None
    return None if () in heads else heads


def _seq(items: list[Any], flags: int, k: int) -> Heads:
    if not items or k == 0:
        return {()}
    out: Heads = set()
    rest: dict[int, Heads] = {}
    for head in _op(items[0], flags, k):
        if len(head) == k:
            out.add(head)
        else:  # the first item ended after `head`: the rest follows
            n = k - len(head)
            if n not in rest:
                rest[n] = _seq(items[1:], flags, n)
            out |= {head + tail for tail in rest[n]}
    return out


def _op(item: tuple[Any, Any], flags: int, k: int) -> Heads:
    op, av = item
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {()}  # zero width
    if op is C.LITERAL:
        return {(c,) for c in _cased(chr(av), flags)}
    if op is C.IN:
        return {(c,) for c in _charset(av, flags)}
    if op in (C.ANY, C.NOT_LITERAL):
        return {(ANY,)}
    if op is C.SUBPATTERN:
        _group, add, remove, sub = av
        return _seq(list(sub.data), (flags | add) & ~remove, k)
    if op is C.BRANCH:
        return set().union(*(_seq(list(alt.data), flags, k) for alt in av[1]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        return _repeat(list(sub.data), lo, hi, flags, k)
    if op is C.ATOMIC_GROUP:
        return _seq(list(av.data), flags, k)
    raise Unknown(op)  # group references, conditionals


def _repeat(sub: list[Any], lo: int, hi: int, flags: int, k: int) -> Heads:
    once = _seq(sub, flags, k)
    if () in once:
        lo = 0  # the body can match nothing: any count is reached with empty turns
    if hi == 0:
        return {()}
    out: Heads = {()} if lo == 0 else set()
    for head in once - {()}:
        if len(head) == k:
            out.add(head)
        else:
            out |= {head + tail for tail in _repeat(sub, max(lo - 1, 0), hi - 1, flags, k - len(head))}
    return out


def _cased(ch: str, flags: int) -> set[str]:
    if not flags & re.IGNORECASE or ch.lower() == ch.upper():
        return {ch}
    if not ch.isascii():
        return {ANY}
    return {ch.lower(), ch.upper(), *FOLDS.get(ch.lower(), "")}


def _charset(items: list[Any], flags: int) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out |= _cased(chr(av), flags)
        elif op is C.RANGE and av[1] - av[0] < 64:
            for code in range(av[0], av[1] + 1):
                out |= _cased(chr(code), flags)
        elif op is C.CATEGORY and av in CATEGORIES:
            out.add(CATEGORIES[av])
        else:
            return {ANY}  # negated sets, wide ranges
    return out


def start_regex(heads: Heads) -> str:
    """A regex matching where the heads begin, not after a word character: "T(?:[Hh][Ee])(?<!\\w(?s:...))|...".

    Each alternative begins with one literal character (or all with a digit) so that the regex engine
    can skip fast to the places worth trying; the lookbehind comes last for the same reason.
    """
    root: dict[str, dict] = {}
    for head in heads:
        node = root
        for atom in head:
            node = node.setdefault(atom, {})
        node[ANY] = {}  # the head ends: anything may follow
    return "|".join(_char(atom) + _emit(sub, 1) for atom, sub in sorted(root.items()))


def _emit(node: dict[str, dict], depth: int) -> str:
    """The regex of a subtree: atoms with the same subtree merged into one set."""
    if ANY in node:
        return r"(?<!\w(?s:" + "." * depth + "))"
    by_tail: dict[str, list[str]] = {}
    for atom, sub in sorted(node.items()):
        by_tail.setdefault(_emit(sub, depth + 1), []).append(atom)
    alts = ["[" + "".join(_char(a) for a in atoms) + "]" + tail for tail, atoms in by_tail.items()]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _char(c: str) -> str:
    return c if c in CATEGORIES.values() else re.escape(c)
