"""Diplomatic Timeline's extractor: articles in, one table of dated meeting events out."""

from __future__ import annotations

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
