"""A meeting word told of several dates or places split into one mention each."""

from __future__ import annotations

import copy
import dataclasses
import re
from datetime import date
from typing import Final

from .. import places
from .. import regexes as rx
from ..dates import DateSpec, Timex, tag
from ..timex.lexicon import number_value
from ..timex.patterns import COUNT
from .reading import _Reading
from .record import Mention


def _caption_day(m: Mention, spec: DateSpec) -> bool:
    """"A and B meet in Washington, November 7, 2022": a photo's caption, in the present of a full date, of a meeting
    held (told so where the article's own date is unknown, which a plan would otherwise bound)."""
    return m.kind == "verb" and m.trigger.lower() in ("meet", "meets") and spec.year is not None \
        and spec.month is not None and spec.day is not None


_LIST_GAP: Final = rx.compile(r"\s*(?:,|,?\s+and)\s+(?:(?:in|on)\s+)?")


def _dates_listed(r: _Reading, m: Mention, dated: list[Timex]) -> list[Timex]:
    """The months or days listed after a meeting told as many ("met twice this year in April and May"), each the
    date of one of them; none unless two or more are listed one after the other."""
    lo, hi = r.clause(m)
    s0 = m.sentence.start
    after = sorted((t for t in dated if m.end <= t.start and t.end <= hi and t.spec.month is not None),
                   key=lambda t: t.start)
    run: list[Timex] = []
    for t in after:
        if run and not _LIST_GAP.fullmatch(m.sentence.text, run[-1].end - s0, t.start - s0):
            break
        run.append(t)
    return run if len(run) >= 2 else []


def _months_listed(r: _Reading, m: Mention, dated: list[Timex]) -> list[Timex]:
    """The dates listed after a meeting verb, each of another month ("met in September 2013 and in March 2014"):
    one meeting on each; not the days of one meeting ("held talks on Monday and Tuesday")."""
    run = _dates_listed(r, m, dated)
    months = {(t.spec.year, t.spec.month) for t in run}
    return run if len(months) == len(run) and all(t.spec.weekday is None for t in run) else []


# another place a meeting verb's people met at: "had also met ... in Seoul in May, as well as in Bali, Indonesia"
_AS_WELL_IN: Final = rx.compile(r",?\s+(?:as\s+well\s+as|and\s+(?:also|again))\s+in\s+")


# a second place and date told after a meeting's own: "in Wuhan in April 2018 and in Mamallapuram, near Chennai, in
# October 2019", "in Beijing in March and in the port city of Dalian in May"
_AND_IN: Final = rx.compile(r",?\s+and\s+(?:also\s+|again\s+)?in\s+(?:the\s+(?:[a-z-]+\s+){0,3}of\s+)?")
_PLACE_TO_DATE: Final = rx.compile(r"(?:,\s+(?:near|outside)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,?\s+(?:in|on)\s+")


def _one_per_place_and_month(m: Mention, where: list[places.Place], dated: list[Timex]) -> list[Mention]:
    """"their informal summits in Wuhan in April 2018 and in Mamallapuram, near Chennai, in October 2019": a meeting
    word told with its place and month, then "and in" another place and another month, is a meeting there too."""
    t, p = m.timex, m.place
    if t is None or p is None or t.spec.month is None or m.each_date or not (p.end <= t.start):
        return [m]
    s0 = m.sentence.start
    hit = _AND_IN.match(m.sentence.text, t.end - s0)
    if hit is None:
        return [m]
    there = next((w for w in where if w.start == s0 + hit.end()), None) or _unknown_town(m, s0 + hit.end())
    if there is None or there.name == p.name:
        return [m]
    gap = _PLACE_TO_DATE.match(m.sentence.text, there.end - s0)
    when = next((d for d in dated if gap and d.start == s0 + gap.end()), None)
    if when is None or when.spec.month is None or (when.spec.year, when.spec.month) == (t.spec.year, t.spec.month):
        return [m]
    other = copy.copy(m)
    other.place, other.timex, other.apart = there, when, True
    return [m, other]


_TOWN: Final = rx.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def _unknown_town(m: Mention, at: int) -> places.Place | None:
    """A place the gazetteer does not know, told by its name where a place is due ("and in Mamallapuram, near
    Chennai"): a town, of no country known."""
    said = _TOWN.match(m.sentence.text, at - m.sentence.start)
    if said is None or places.is_country(said.group(0)):
        return None
    return places.Place(at, at + len(said.group(0)), said.group(0), None, "city")


def _one_per_place(m: Mention, where: list[places.Place], dated: list[Timex]) -> list[Mention]:
    """"Park and Hayashi had also met ... in Seoul in May, as well as in Bali, Indonesia, for the G20 meeting": a held
    meeting verb with a second place of another country told after its own is a meeting there too, of the date told
    after that place, if any."""
    if (listed := _one_per_place_and_month(m, where, dated)) != [m]:
        return listed
    if m.kind != "verb" or m.status != "held" or m.place is None or m.each_date:
        return [m]
    s0 = m.sentence.start
    hit = _AS_WELL_IN.search(m.sentence.text, m.place.end - s0)
    there = next((w for w in where if hit and w.start == s0 + hit.end()), None)
    if hit is None or there is None or there.country in (None, m.place.country) or (
            m.timex is not None and m.timex.start > there.start):
        return [m]
    other = copy.copy(m)
    other.place, other.apart = there, True
    other.timex = next((t for t in dated if t.start > there.end), None)
    return [m, other]


def _one_per_date(m: Mention) -> list[Mention]:
    if not m.each_date:
        return [m]
    out = []
    for t in m.each_date:
        one = copy.copy(m)
        one.timex, one.each_date = t, []
        out.append(one)
    return out


# "to meet with Prime Minister Trudeau again for the first time since last November", "the two presidents meeting
# again after two months": "again" after the meeting word (and its object), then the time since the one before
_AGAIN_SINCE: Final = rx.compile(
    r"(?:\s+(?:with\s+)?[^.;:,]{1,60}?)?\s+again\s+(?:for\s+the\s+first\s+time\s+since\s+|after\s+(?:(?:about|"
    r"nearly|almost|just|only|more\s+than)\s+)?"
    rf"(?P<n>{COUNT})\s+(?P<unit>months?|years?)\b)", re.I)


def met_before_again(m: Mention, dated: list[Timex], anchor: date | None) -> list[Mention]:
    """"a pleasure to meet with Prime Minister Trudeau again for the first time since last November", "the two
    presidents meeting again after two months": a meeting told as held again tells of the one before it too, of the
    same people, held on the date "since" gives, or that many months or years before the article's date."""
    s0 = m.sentence.start
    hit = _AGAIN_SINCE.match(m.sentence.text, m.end - s0)
    if hit is None or m.vague or m.each_date:
        return [m]
    if hit.group("n") is None:
        since = next((t for t in dated if t.start == s0 + hit.end()), None)
    else:
        n, unit = hit.group("n"), hit.group("unit")
        said = tag(f"{number_value(n)} {unit} ago", anchor)
        lo, hi = hit.start("n"), hit.end("unit")
        since = dataclasses.replace(said[0], start=s0 + lo, end=s0 + hi, text=m.sentence.text[lo:hi],
                                    direction=-1) if said else None
    if since is None or (since.value is not None and anchor is not None and since.value[:10] > anchor.isoformat()):
        return [m]
    before = copy.copy(m)
    before.timex, before.apart, before.definite, before.pointed = since, True, False, False
    before.status, before.status_marked, before.status_weak = "held", True, False
    return [m, before]
