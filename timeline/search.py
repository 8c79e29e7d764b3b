"""One search over people, countries, places, article titles and evidence: exact matches first, close ones
(misspellings) only when nothing matches exactly."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

FUZZY_CUTOFF = 80  # rapidfuzz ratio (0-100) a word of the articles needs to count as a misspelling of a query word
MIN_FUZZY_LEN = 4  # shorter query words match only exactly ("Kim" is no misspelling of "Xi")
_WORD = re.compile(r"\w{3,}")


def query_words(query: str) -> list[str]:
    """The query's words, case-folded ("Abe  Putin" -> ["abe", "putin"])."""
    return [w for w in query.casefold().split() if w]


def exact_mask(search: pd.Series, query: str) -> np.ndarray:
    """Events whose search text holds every word of the query (as part of a word, case-insensitive)."""
    keep = np.ones(len(search), dtype=bool)
    for word in query_words(query):
        keep &= search.str.contains(word, regex=False, na=False).to_numpy()
    return keep


def fuzzy_mask(search: pd.Series, query: str, cutoff: int = FUZZY_CUTOFF) -> np.ndarray:
    """Events whose search text holds, for every word of the query, that word or a close spelling of it."""
    words = query_words(query)
    keep = np.ones(len(search), dtype=bool)
    if not words or search.empty:
        return keep & False
    vocab = sorted({w for text in search.dropna().tolist() for w in _WORD.findall(str(text))})
    for word in words:
        near = [word]
        if len(word) >= MIN_FUZZY_LEN:
            near += [m for m, _, _ in process.extract(word, vocab, scorer=fuzz.ratio, score_cutoff=cutoff,
                                                      limit=25)]
        pattern = "|".join(re.escape(w) for w in dict.fromkeys(near))
        keep &= search.str.contains(pattern, regex=True, na=False).to_numpy()
    return keep


def text_mask(search: pd.Series, query: str) -> tuple[np.ndarray, str]:
    """The events the query finds and how: "all" (empty query), "exact", "close" (no exact match) or "none"."""
    if not query_words(query):
        return np.ones(len(search), dtype=bool), "all"
    exact = exact_mask(search, query)
    if exact.any():
        return exact, "exact"
    near = fuzzy_mask(search, query)
    return near, "close" if near.any() else "none"
