"""Diplomatic Timeline's extractor: articles in, one table of dated meeting events out."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = ["COLUMNS", "Corpus", "Event", "load_corpus", "load_events"]


def __getattr__(name: str) -> Any:
    """Import the heavy stages only when they are asked for (`python -m loaders dates` needs none of them)."""
    if name in ("Corpus", "load_corpus", "load_events"):
        from . import corpus

        return getattr(corpus, name)
    if name in ("COLUMNS", "Event"):
        from . import schema

        return getattr(schema, name)
    raise AttributeError(name)


# The hot stages may be compiled to C by mypyc (setup.py, run by bin/setup). When a source was edited after
# its build, every module of the package runs from its source: never a mix of old and new code.


def compiled_modules(root: Path | None = None) -> list[Path]:
    """The modules of the package built as C extensions."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    root = root or Path(__file__).parent
    return sorted(p for p in root.rglob("*") if p.name.endswith(suffixes))


def stale_builds(root: Path | None = None) -> list[Path]:
    """Sources edited after their module was compiled."""
    out = []
    for built in compiled_modules(root):
        src = built.with_name(built.name.split(".", 1)[0] + ".py")
        if src.is_file() and src.stat().st_mtime > built.stat().st_mtime:
            out.append(src)
    return out


class SourceFirst(importlib.abc.MetaPathFinder):
    """Finds the package's modules as .py sources, passing over their compiled builds."""

    def __init__(self, package: str) -> None:
        self.package = package

    def find_spec(self, name: str, path: Sequence[str] | None, target: ModuleType | None = None) -> Any:
        if not name.startswith(self.package + ".") or not path:
            return None
        for folder in path:
            src = Path(folder) / (name.rpartition(".")[2] + ".py")
            if src.is_file():
                return importlib.util.spec_from_file_location(name, src)
        return None


if _stale := stale_builds():
    sys.meta_path.insert(0, SourceFirst(__name__))
    print(f"loaders: {_stale[0].name} was edited after it was compiled; running the sources (bin/setup rebuilds)",
          file=sys.stderr)
