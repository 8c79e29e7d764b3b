"""How a meeting is told: as an earlier or the last one, an arrival or a trip alone, a day quoted; its calendar day."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from .. import places
from .. import regexes as rx
from ..dates import Timex, precision
from ..mention.merging import places_compatible
from ..mention.record import VISIT_WORDS, Mention
from .article_events import ArticleEvent

ARRIVAL_WORDS: Final = frozenset(w for w in VISIT_WORDS if w.startswith("arriv"))  # "arrived in", "arrive at"


# "arrived here on a two-day official visit", "arrived in Delhi on Thursday night on a four-day visit"
_ARRIVED_ON_VISIT: Final = rx.compile(r"\b(?:arrived|arrives|arriving|landed|lands)\b(?:(?![.;:]).){0,60}?"
                                      r"\b(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _arrival(m: Mention) -> bool:
    """An arrival ("arrived in Kathmandu", "arrived here on Thursday on a four-day visit"): no talks of its own."""
    if m.trigger.lower() in ARRIVAL_WORDS:
        return True
    before = m.sentence.text[:m.start - m.sentence.start]
    return m.trigger.lower() == "visit" and _ARRIVED_ON_VISIT.search(before, max(0, len(before) - 90)) is not None


def _trip_only(ev: ArticleEvent) -> bool:
    """Told only as a trip: arrivals and visits ("arrived in Kathmandu", "his first official visit to Singapore")."""
    return all(_arrival(m) or m.trigger.lower() in VISIT_WORDS for m in ev.mentions)


def _country_of(place: places.Place | None) -> str | None:
    if place is None:
        return None
    return place.country or (place.name if place.kind == "country" else None)


_QUOTES: Final = rx.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _today_in_a_quote(ev: ArticleEvent) -> bool:
    """Whether the meeting is dated by a "today" inside a quote (a statement or tweet quoted), the speaker's day."""
    t = ev.timex
    told = next((m for m in ev.mentions if t is not None and m.timex is t), None)
    return (t is not None and told is not None and t.spec.rel_unit == "day" and t.spec.rel_offset == 0
            and any(q.start() <= t.start - told.sentence.start < q.end() for q in _QUOTES.finditer(told.sentence.text)))


def _speakers_today(a: ArticleEvent, b: ArticleEvent) -> bool:
    """The same people met on a day told, and "today" in a quote of the next day (\"met Godongwana ... today,\" the
    ministry said in a tweet' and "met ... on Tuesday" in an article of Wednesday): the speaker's today was the day
    told, the day the quote was said, one meeting."""
    if len(a.participants) < 2 or set(a.participants) != set(b.participants) or a.type != b.type \
            or not places_compatible(a.location, b.location):
        return False
    for quoted, told in ((a, b), (b, a)):
        q, d = quoted.timex, told.timex
        if _today_in_a_quote(quoted) and not _today_in_a_quote(told) and q is not None and d is not None \
                and q.value and d.value and len(q.value) >= 10 and len(d.value) == 10 \
                and (d.spec.day is not None or d.spec.weekday is not None):
            return (date.fromisoformat(q.value[:10]) - date.fromisoformat(d.value)).days == 1
    return False


def _quoted_day(before: ArticleEvent, ev: ArticleEvent) -> bool:
    """Whether the meeting before is dated inside a quote ("“he had fruitful bilateral meetings earlier yesterday”")
    and the next one is told outside it: the speaker's day is not the narrative's."""
    def inside(m: Mention, at: int) -> bool:
        return any(q.start() <= at - m.sentence.start < q.end() for q in _QUOTES.finditer(m.sentence.text))
    told = next((m for m in before.mentions if m.timex is not None and m.timex is before.timex), None)
    here = next((m for m in ev.mentions if not m.headline), None)
    return (told is not None and before.timex is not None and here is not None
            and inside(told, before.timex.start) and not inside(here, here.start))


# "discussed Zalkaliani's recent visit to Brussels", "his previous meeting with Biden": a meeting told as one before
# the day just told, not one of that day's round
_EARLIER_ONE: Final = rx.compile(r"\b(?i:recent|previous|prior|earlier|last)\s+(?:[a-z-]+\s+)?$|"  # "had warmly
                                 r"\b(?i:recalled|recalling|recalls|remembered|remembering|recounted)\s+"  # recalled
                                 r"(?i:his|her|their|the|its)\s+(?:[a-z-]+\s+)?$")  # his visit ... in 2021"


# a sentence opened as telling what came before ("Previously, the President of Guatemala visited Mexico ...")
_EARLIER_OPEN: Final = rx.compile(r"\W*(?:Previously|In\s+the\s+past|Before\s+then)\s*,")


def _earlier_one(m: Mention, ev: ArticleEvent) -> bool:
    """A dated meeting told as one before ("the last visit ... was in 2007", "his previous meeting in May",
    "Previously, A visited B on September 22, 2019")."""
    return ev.timex is not None and (_EARLIER_ONE.search(m.sentence.text, 0, m.start - m.sentence.start) is not None
                                     or opens_as_earlier(m))


def opens_as_earlier(m: Mention) -> bool:
    """Whether the mention's sentence opens by telling what came before ("Previously, ...", "In the past, ...")."""
    return _EARLIER_OPEN.match(m.sentence.text) is not None


_LAST_ONE: Final = rx.compile(r"\b(?i:recent|previous|prior|earlier|last|previously)\s+$")


def told_as_last(ev: ArticleEvent) -> bool:
    """Whether the meeting is told, in each of its sentences, as the one before ("their last meeting")."""
    return _told_as_last(ev)


def _told_as_last(ev: ArticleEvent) -> bool:
    """"Since the Prime Minister and President Biden's last meeting in the White House": a meeting told, in each of its
    sentences, as the one before is not the meeting the article dates or its headline tells."""
    body = [m for m in ev.mentions if not m.headline]
    return bool(body) and {m.sentence.start for m in body} == {m.sentence.start for m in body if _last_one(m)}


def _last_one(m: Mention) -> bool:
    """"The two leaders last met in June", "their previous meeting": a meeting told as one before, the word right
    before it (not "the last leader hosted by Japan this year")."""
    return _LAST_ONE.search(m.sentence.text, 0, m.start - m.sentence.start) is not None


def _other_meeting(a: ArticleEvent, b: ArticleEvent) -> bool:
    """Other people, or the same host with another side ("bilateral meetings with leaders from A and B")."""
    return set(a.participants) != set(b.participants) or set(a.sides) != set(b.sides)


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _day_of(ev: ArticleEvent) -> date | None:
    return _day_of_timex(ev.timex)


def _day_of_timex(t: Timex | None) -> date | None:
    if t is None or not t.value or precision(t.spec) != "day":
        return None
    try:
        return date.fromisoformat(t.value[:10])
    except ValueError:
        return None
