"""The tagger's vocabularies, read once from data/date_words.json."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from loaders import settings


@cache
def words() -> dict[str, Any]:
    """The whole vocabulary file as a dict."""
    with open(settings.DATE_WORDS_FILE, encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def word_set(key: str) -> frozenset[str]:
    """A list of the vocabulary file as a set of lower-case words."""
    return frozenset(w.lower() for w in words()[key])


def alternation(names: list[str] | tuple[str, ...] | Any) -> str:
    """A regex alternation of literal names, longest first (so "Sept" is tried before "Sep")."""
    ordered = sorted({str(n) for n in names}, key=lambda n: (-len(n), n))
    return "|".join(_escape(n) for n in ordered)


def _escape(name: str) -> str:
    return name.replace(".", r"\.").replace(" ", r"\s+").replace("'", "['’]")


def month_number(name: str) -> int | None:
    """1..12 for a month name or abbreviation ("Sept.", "DECEMBER"), else None."""
    key = name.lower().rstrip(".")
    w = words()
    num = w["months"].get(key) or w["month_abbreviations"].get(key)
    return int(num) if num else None


def number_value(token: str) -> int | None:
    """The integer a count word or digits stand for ("two" -> 2, "19" -> 19, "a" -> 1)."""
    key = " ".join(token.lower().replace("-", " ").split())
    if key.isdigit():
        return int(key)
    nums = words()["numbers"]
    if key in nums:
        return int(nums[key])
    parts = key.split()
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums and nums[parts[1]] < 10:
        return int(nums[parts[0]]) + int(nums[parts[1]])  # twenty five
    return None
