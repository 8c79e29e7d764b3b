"""Guests and countries a meeting word lists ("including A, B and C", "visit Belgium and France")."""

from __future__ import annotations

from typing import Final

from .. import actors, places
from .. import regexes as rx
from ..sentences import Sentence
from .record import Mention

_COUNTRY_ITEM = r"(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}"
_COUNTRY_LIST: Final = rx.compile(rf"\s+(?:(?:to|of)\s+)?(?P<first>{_COUNTRY_ITEM})"
                                  rf"(?P<mid>(?:\s*,\s*{_COUNTRY_ITEM})*),?\s+and\s+(?P<last>{_COUNTRY_ITEM})\b")


def _countries_listed(text: str, at: int) -> bool:
    """Whether two countries or more are listed right after a visit word, every item a country."""
    hit = _COUNTRY_LIST.match(text, at)
    if hit is None:
        return False
    items = [hit.group("first"), *(x.strip() for x in hit.group("mid").split(",") if x.strip()), hit.group("last")]
    return all(places.is_country(x) for x in items)


# including A, B and C": the many are listed, each a meeting
_INCLUDING: Final = rx.compile(r"[^.;]{0,60}?,?\s+including\s+")
# one item of an official list set off by semicolons: "HE Mr. Mourad Medelci, Foreign Minister of Algeria; HE Mr "
_SEMI_LISTED: Final = rx.compile(r"(?:,\s+[^;,.()]{1,60})?;\s+(?:and\s+)?(?:[\w.-]+\s+){0,4}")
_ITEM_LISTED: Final = rx.compile(r"(?:,\s*|,?\s+and\s+)(?:[\w.-]+\s+){0,4}")  # "A, B and C"
_LIST_START: Final = rx.compile(r"[^;]{0,80}(?:;[^;]{0,80}){0,2}")  # the first item may be no one the data knows
# the last item's office ("Maxime Bernier, Foreign Minister of Canada"), and the items set off by semicolons after the
# last one the data knows ("...; HE Mr. Dmitrj Rupel, Foreign Minister of Slovenia"): a courtesy's period is no end
_LIST_TAIL: Final = rx.compile(r"(?:[^.;]|(?<=\b(?:Mr|Ms|Dr))\.)*"
                               r"(?:;\s+(?:[^.;]|(?<=\b(?:Mr|Ms|Dr))\.){1,120}(?=[.;]|$))*")


def including_at(m: Mention) -> int | None:
    """Where the list of a round of meetings begins: "bilateral meetings with several of his counterparts, including
    A, ...": the offset after "including", or None."""
    said = _INCLUDING.match(m.sentence.text, m.end - m.sentence.start)
    return None if said is None else m.sentence.start + said.end()


def including_list(sent: Sentence, people: list[actors.Mention], at: int) -> tuple[int, list[actors.Mention]]:
    """The people a round's "including" lists (items set off by commas or semicolons, each with its office:
    "including A, Foreign Minister of X; B, Foreign Minister of Y; and C"), and where the list ends."""
    text, s0 = sent.text, sent.start
    after: list[actors.Mention] = []
    for p in (p for p in people if p.start >= at):
        if after and not (_ITEM_LISTED.fullmatch(text, after[-1].end - s0, p.start - s0)
                          or _SEMI_LISTED.fullmatch(text, after[-1].end - s0, p.start - s0)):
            break
        if not after and not _LIST_START.fullmatch(text, at - s0, p.start - s0):
            break
        after.append(p)
    end = after[-1].end if after else at
    tail = _LIST_TAIL.match(text, end - s0)
    return (s0 + tail.end() if tail else end), after
