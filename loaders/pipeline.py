"""Run the stages over one article: sentences, dates, people, places, meetings; the result is cacheable."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Final

from . import actors, dates, meetings, mentions, places, scan, sentences, spans
from .dates import Timex
from .meetings import ArticleEvent, Context
from .read import Article
from .timex.lexicon import words

# A sentence without a meeting word is only tagged for dates when it may hold one: a year, or a month, weekday or
# day word of the date vocabulary (as the date patterns write them: "January", "JAN", "Monday", "today", "Today").
_HINT_YEAR: Final = re.compile(r"(?:1[89]\d\d|20\d\d)\b")  # at a word start: scan.at_word_start


def _hint_words() -> list[str]:
    w = words()
    names = [*w["months"], *w["month_abbreviations"], *w["weekdays"]]
    days = [d for d in (*w["day_words"], "tonight") if " " not in d]
    return [f for n in names for f in (n.title(), n.upper())] + [f for d in days for f in (d, d.title(), d.upper())]


_HINT_WORDS: Final = scan.Literals(_hint_words())


def _date_hint(text: str) -> bool:
    return bool(_HINT_WORDS.bounded(text) or scan.at_word_start(_HINT_YEAR, text))


@dataclass
class ArticleResult:
    """What one article yields before the corpus is merged: its events and what the dates rest on."""

    article: Article
    events: list[ArticleEvent] = field(default_factory=list)
    context: Context | None = None
    titled: set[str] = field(default_factory=set)
    reports: list[Timex] = field(default_factory=list)  # past dates told with their year, outside events


def extract_article(art: Article) -> ArticleResult:
    """All meeting events of one article, with their raw date expressions (years not yet resolved)."""
    heads = sentences.split(art.text, [art.title_span]) if art.title_span else []
    sents = sentences.split(art.text, art.body)
    known: dict[str, actors.Person] = {}
    when = (art.published, art.published) if art.published else None  # offices held on the day, when known
    found: list[mentions.Mention] = []
    people_all: list[actors.Mention] = []
    statements: list[tuple[str, Timex]] = []
    timexes: list[Timex] = []
    extra_days: dict[int, int] = {}  # first days of meetings of several days, by id: how many days more
    names_at = actors.Positions(art.text)
    for s, in_title in [*((h, True) for h in heads), *((b, False) for b in sents)]:
        people = actors.find(s.text, when, known=known, where=names_at, offset=s.start)
        people_all += people
        meeting = mentions.may_mention(s.text)
        in_sent = _tag(s, art.published) if meeting or _date_hint(s.text) else []
        if in_sent:
            in_sent, more = spans.ranges(art.text, in_sent, s.start, s.end)
            extra_days.update(more)
        timexes += in_sent
        if meeting:
            told = mentions.find(s, people, partial(places.find, s.text, s.start), in_sent, art.published)
            for m in told:
                m.headline = in_title
            found += told
        statements += _statements(s, people, in_sent)
    ctx = meetings.context(people_all)
    events = meetings.gather(found, ctx)
    meetings.date_by_statements(events, statements)
    events = meetings.join_undated(events)
    meetings.date_by_lede(events, sents, timexes, art.published, extra_days)
    meetings.date_by_occasion(events)
    for ev in events:
        ev.extra_days = extra_days.get(id(ev.timex), 0) if ev.timex else 0
    meetings.day_within_days(events, sents, timexes)
    dateline = _dateline_place(art)
    if dateline is not None and sents:
        meetings.place_by_dateline(events, dateline, sents[0].end)
    titled = {p.person for p in people_all if p.titled and not (p.role or "").startswith("former_")}
    owned = {id(ev.timex) for ev in events if ev.timex}
    reports = [t for t in timexes if t.spec.year and t.direction < 0 and id(t) not in owned and t.type == "DATE"]
    return ArticleResult(art, events, ctx, titled, reports)


def _dateline_place(art: Article) -> places.Place | None:
    """The place of the article's dateline, where it is a city or country of the gazetteer."""
    if not art.dateline_place:
        return None
    at = art.text.find(art.dateline_place.upper())
    return places.named(art.dateline_place, max(at, 0))


def _statements(s: sentences.Sentence, people: list[actors.Mention],
                timexes: list[Timex]) -> list[tuple[str, Timex]]:
    """("Taro Kono", 'Monday') for "Kono said Monday": who spoke on which day."""
    out = []
    for t in timexes:
        if t.type == "DATE" and mentions.statement_date(s, t):
            speakers = [p for p in people if p.end <= t.start and t.start - p.end <= 40]
            if speakers:
                out.append((speakers[-1].person, t))
    return out


_ANAPHOR_HINT: Final = re.compile(  # the words of an anaphoric date (see the tagger's "anaphor" patterns)
    r"\b(?:same|that|very|following|next|previous|prior|preceding)\s+(?:day|week|month|quarter|year)\b"
    r"|\bthe\s+(?:day|week|month|year)\s+(?:before|after)\b", re.I)


def _tag(s: sentences.Sentence, anchor: date | None) -> list[Timex]:
    """Date expressions of one sentence, with offsets into the article's text; "the next day", "the same day" only
    where a date of the sentence itself says which ("played golf on Sunday and held a summit the next day")."""
    at = s.start
    found = dates.tag(s.text, anchor, anaphors=False)
    if found and _ANAPHOR_HINT.search(s.text):
        plain = {(t.start, t.end) for t in found}
        found = [t for t in dates.tag(s.text, anchor, anaphors=True)
                 if (t.start, t.end) in plain or (t.spec.year is not None and any(
                     p.end <= t.start and p.type == "DATE" and p.value for p in found))]
    return [Timex(t.start + at, t.end + at, t.text, t.type, t.spec, t.direction, t.value) for t in found]
