"""The two countries a compound names before a meeting word ("the Japan-ROK summit")."""

from __future__ import annotations

from typing import Final

from .. import places
from .. import regexes as rx
from ..vocab import load
from .record import Mention

_PAIR_BEFORE: Final = rx.compile(r"(?<![\w.-])([A-Z][\w.'’]*(?:[-–/][A-Z][\w.'’]*)+)\s+(?:[\w-]+\s+){0,2}$")


def _between_countries(text: str, at: int) -> tuple[str, ...]:
    """The countries a compound right before a meeting word says meet ("U.S.-China talks", "the Japan-Russia
    summit", "a Japan-China foreign ministerial meeting"); none for "the Japan-China relationship"."""
    m = _PAIR_BEFORE.search(text, max(0, at - 60), at) if "-" in text or "–" in text or "/" in text else None
    if m and places.region_before(text, m.start(1)):
        m = None  # "the Latin America-European Union Summit": a region's compound, not "America" and the EU
    pair = places.paired(m.group(1)) if m else ()
    if m and not pair and (more := _NAME_ON.match(text, m.end(1))):  # "the Russian-North Korean strategic dialogue"
        pair = places.paired(m.group(1) + more.group(0))
    if not pair and "-" in text and (w := _PAIR_WORD.search(text, max(0, at - 60), at)):
        pair = tuple(load().words["pair_words"][w.group(1)])  # "the third inter-Korean summit", "cross-Strait talks"
    return pair


_NAME_ON: Final = rx.compile(r"\s[A-Z][\w.'’]*")
_PAIR_WORD: Final = rx.compile(r"(?<![\w-])([Ii]nter-Korean|[Cc]ross-[Ss]trait)\s+(?:[\w-]+\s+){0,2}$")


def pair_before(m: Mention) -> tuple[str, ...]:
    return _between_countries(m.sentence.text, m.start - m.sentence.start)
