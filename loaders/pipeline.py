"""Run the stages over one article: sentences, dates, people, places, meetings; the result is cacheable."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache, partial
from typing import Final

from . import actors, dates, meetings, mentions, places, scan, sentences, spans
from . import regexes as rx
from .dates import DateSpec, Timex
from .dating import written_window
from .meeting import article_events, event_joins, guest_rounds, lede_dates, sequence_dates
from .meeting.article_events import ArticleEvent, Context
from .mention import other_dates, record, series
from .read import Article, DateSource
from .timex.lexicon import words
from .vocab import Summit

# A sentence without a meeting word is only tagged for dates when it may hold one: a year, or a month, weekday or
# day word of the date vocabulary (as the date patterns write them: "January", "JAN", "Monday", "today", "Today").
_HINT_YEAR: Final = rx.compile(r"(?:1[89]\d\d|20\d\d)\b")  # at a word start: scan.at_word_start


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
    inaugurations: list[written_window.Inauguration] = field(default_factory=list)  # someone's taking office, as told
    anniversaries: list[tuple[int, str]] = field(default_factory=list)  # the years of anniversaries the text marks
    told_days: list[tuple[Timex, str]] = field(default_factory=list)  # days told with their year, and their sentence
    plans: list[Timex] = field(default_factory=list)  # parts of a year told as to come with their year, outside events
    going_on: list[Summit] = field(default_factory=list)  # summits told as going on (written_window.summits_going_on)
    set_aside: str = ""  # why the page's date was set aside as the site's today (extract_article), if it was
    names: dict[str, str] = field(default_factory=dict)  # person -> the fullest spelling the text gives (actors)


SITE_TODAY_SLACK: Final = timedelta(days=365)  # a title outlives its holder's term by months at most, not years


def extract_article(art: Article) -> ArticleResult:
    """All meeting events of one article, with their raw date expressions (years not yet resolved). A page's top date
    that may be the site's today (read.Article.site_today, "Thursday 2nd May 2024"), or any date line of its own the
    page gives ("October 1, 2023" above the headline of an EFE wire of 2018, a weather box's "Tue 22 April 2025"), is
    checked against the offices the text gives its people: it is set aside when they had left them long before (not
    a date from metadata.csv)."""
    if art.published is None or not (art.site_today or _own_date_line(art)):
        return _extract(art)
    bare = _extract(replace(art, published=None, published_reason="", site_today=False, published_from=None))
    assert bare.context is not None
    win = written_window.window_from_people(bare.context, bare.titled)
    if art.published <= win.hi + SITE_TODAY_SLACK:
        return _extract(art)
    bare.article = art
    what = "the site's today" if art.site_today else "a date of the page's furniture"
    bare.set_aside = (f"{art.name}: {art.published_reason} ({art.published.isoformat()}) set aside as {what}, "
                      f"not the article's date: the people it names held their offices until "
                      f"{win.hi.isoformat()} ({'; '.join(win.why_hi)})")
    set_aside(bare)
    return bare


def _own_date_line(art: Article) -> bool:
    """The article's date is that of a date line of the page's own ("October 1, 2023"), not metadata.csv's."""
    src = art.published_from
    return src is not None and src.alone and src.day == art.published and art.published_reason == src.reason


def set_aside(result: ArticleResult) -> None:
    """The article read without the page date its result set aside (also on a result from the cache)."""
    art = result.article
    if result.set_aside and art.published is not None:
        art.published, art.published_reason, art.site_today, art.published_from = None, "", False, None
        art.problems = [*art.problems, result.set_aside]


def _extract(art: Article) -> ArticleResult:
    """The article's events with its publication date as given (see extract_article)."""
    heads = sentences.split(art.text, [art.title_span]) if art.title_span else []
    sents = sentences.split(art.text, art.body)
    known: dict[str, actors.Person] = actors.Folded()  # names without marks (actors.fold)
    when = (art.published, art.published) if art.published else None  # offices held on the day, when known
    found: list[record.Mention] = []
    people_all: list[actors.Mention] = []
    statements: list[tuple[str, Timex]] = []
    timexes: list[Timex] = []
    told_days: list[tuple[Timex, str]] = []
    inaugurations: list[written_window.Inauguration] = []
    anniversaries: list[tuple[int, str]] = []
    ties_told: list[str] = []  # sentences of an anniversary of no known year: perhaps of the two countries' ties
    extra_days: dict[int, int] = {}  # first days of meetings of several days, by id: how many days more
    the_day: dict[int, Timex] = {}  # "later in the day" of a sentence with no date: its day, by the sentence's start
    told_day: sentences.Sentence | None = None  # the last sentence that told a day: what "later in the day" is of
    story_day = False  # it told a day of the story's own (near the article's date), not a background past one
    names_at = actors.Positions(art.text)
    subject: actors.Mention | None = None  # the first person the sentence before named: who "he" is
    subjects: list[actors.Mention] = []  # the subjects of the sentences before, first to last: who "the President" is
    round_told: record.Mention | None = None  # the sentence before told of bilateral meetings: whose guests follow
    unnamed: record.Mention | None = None  # the sentence before told a meeting by its offices: whose people follow
    before: sentences.Sentence | None = None  # the sentence before: what "the same day" is the same as
    earlier: sentences.Sentence | None = None  # the one before it, when that one tells no day
    speaker: actors.Mention | None = None  # who speaks in a transcript, by the turn's label ("MINISTER BISHOP:")
    for s, in_title in [*((h, True) for h in heads), *((b, False) for b in sents)]:
        people = actors.find(s.text, when, known=known, where=names_at, offset=s.start)
        if not in_title and (label := _SPEAKER_LABEL.match(s.text)):
            speaker = _speaker(label["l"], when, known)
        if not in_title and "visiting" in s.text:  # "Swaraj called on the visiting dignitary": the visitor
            people = sorted([*people, *_visitor(s, people, people_all, _host_country(art, found))],
                            key=lambda p: p.start)
        he = _pronoun_subject(s, people, subject, subjects) if not in_title else None
        spoke = _speaker_says_met(s, people, speaker) if he is None and speaker and not in_title else None
        he = he or spoke
        if he is not None:
            people = sorted([*people, he], key=lambda p: p.start)
        if people and not in_title:  # "He met A. He then met B.": "he" stays who it was, not A
            first = min(people, key=lambda p: p.start)
            if subject is None or not _preposition_before().search(s.text, 0, first.start - s.start):
                subject = first  # not "the Secretary will attend a memorial service for Ambassador A"
                subjects.append(first)
        if spoke is not None and all(p.person != spoke.person for p in people_all):
            people_all.append(spoke)  # a speaker named by the label alone is one of the article's people
        people_all += [p for p in people if p is not he]
        meeting = mentions.may_mention(s.text)
        in_sent = _tag(s, art.published, before, earlier) if meeting or _date_hint(s.text) else []
        if meeting and not in_title and not any(t.type == "DATE" for t in in_sent) and (
                day_of := _IN_THE_DAY.search(s.text)):
            the_day.update((s.start, t) for t in _in_the_day(s, art.published, told_day, day_of)[:1])
        if not in_title and (took := written_window.inauguration(s.text, [(p.start - s.start, p.end - s.start, p.person)
                                                                    for p in people], in_sent, s.start)):
            inaugurations.append(took)
        if not in_title and "anniversary" in s.text:
            if marked := written_window.anniversary(s.text):
                anniversaries.append(marked)
            else:  # (perhaps of the ties of the article's two countries, which its meetings tell)
                ties_told.append(s.text)
        earlier, before = before, s
        if in_sent:
            in_sent, more = spans.ranges(art.text, in_sent, s.start, s.end)
            extra_days.update(more)
            in_sent = _from_post_day(art.text, s, _from_words_said(s, in_sent))
        timexes += in_sent
        if not in_title:
            told_days += _told_days(s.text, in_sent, extra_days)
            background = _background_day(in_sent, art.published)
            if any(t.type == "DATE" and t.value and len(t.value) == 10 for t in in_sent) and not (
                    story_day and background):
                told_day, story_day = s, not background
        told = []
        if meeting:
            told = mentions.find(s, people, partial(_places, s, people), in_sent, art.published)
            for m in told:
                m.headline = in_title
                m.spoken = spoke is not None and spoke in m.people and m.start > spoke.start
            found += told
        if not in_title and unnamed is not None:
            unnamed.people = _named_after(unnamed, [p for p in people if p is not he])
        unnamed = next((m for m in told if not m.people and m.kind == "verb"), None) if (
            not in_title and len(_OFFICE_ONLY.findall(s.text)) >= 2) else None
        if not in_title and round_told is not None and _THESE_WERE.match(s.text):
            round_told.listed = _listed_after(s, [p for p in people if p is not he])
        round_told = next((m for m in reversed(told) if m.people), None) if (
            not in_title and _ROUND_TOLD.search(s.text)) else None
        statements += _statements(s, people, in_sent)
    event_joins.name_bare_surnames(found, people_all)
    home = _dateline_place(art)
    event_joins.country_by_dateline(found, people_all, home.country if home is not None else None)
    ctx = article_events.context(people_all)
    event_joins.drop_stand_ins(found, people_all)
    events = meetings.gather(found, ctx)
    sequence_dates.date_by_statements(events, statements)
    events = event_joins.join_later_days(event_joins.join_captions(event_joins.join_undated(events, art.published)))
    events = event_joins.join_day_told_again(events)
    events = event_joins.join_gathering_days(event_joins.join_arrival_days(events))
    several = frozenset(t for t, more in extra_days.items() if more)
    sequence_dates.date_by_sequence(events, sents, several, art.published)
    lede_dates.date_by_the_day(events, the_day)
    sequence_dates.date_by_round(events, several, found)
    lede_dates.date_by_the_visit(events, sents, timexes, several)
    lede_dates.date_by_lede(events, sents, timexes, art.published, extra_days, _header_date(art))
    sequence_dates.date_by_sequence(events, sents, several, art.published)  # the lede's day passes on to the round
    lede_dates.date_by_now(events, art.published)
    lede_dates.date_by_the_meeting_before(events)
    lede_dates.date_by_trip(events, art.published)
    sequence_dates.date_by_occasion(events)
    lede_dates.date_by_today(events, timexes, art.published)
    events = event_joins.join_going_on(events, art.published)  # (once dated: the meeting begun, by the lede)
    events = event_joins.join_undated_twins(event_joins.drop_told_bilaterals(events), art.published)
    sequence_dates.date_by_interval(events)  # (after the twins joined: an undated one told again is the story's)
    for ev in events:
        ev.extra_days = _extra_days(ev, extra_days)
    events = event_joins.join_days_of_visit(events)
    lede_dates.day_within_days(events, sents, timexes)
    lede_dates.talks_within_trip(events)
    events = event_joins.drop_tours(event_joins.split_tours(event_joins.drop_counted_tours(events), ctx.countries))
    events = event_joins.drop_venues(events, ctx.countries)  # a gathering attended, the venue of a meeting told
    dateline = _dateline_place(art)
    if dateline is not None and sents:
        lede_dates.place_by_dateline(events, dateline, sents[0].end)
    for ev in events:
        ev.story_country = dateline.country if dateline is not None else None
    titled = {p.person for p in people_all if p.titled and not (p.role or "").startswith("former_")}
    owned = {id(ev.timex) for ev in events if ev.timex}
    reports = [t for t in timexes if t.spec.year and t.direction < 0 and id(t) not in owned and t.type == "DATE"
               and not _YEAR_NAMED.match(art.text, t.end) and not _NAMING_YEAR.search(art.text, max(0, t.start - 30),
                                                                                        t.start)
               and not _period_of_a_plan(art.text, t) and not _BY_THE_YEAR.search(art.text, max(0, t.start - 30),
                                                                                t.start)]
    plans = [t for t in timexes if t.spec.year and t.direction > 0 and id(t) not in owned and t.type == "DATE"
             and not _YEAR_NAMED.match(art.text, t.end) and not _NAMING_YEAR.search(art.text, max(0, t.start - 30),
                                                                                      t.start)]
    pair = _article_pair(events)
    anniversaries += [marked for text in ties_told if (marked := written_window.anniversary(text, pair))]
    texts = [s.text for s in [*heads, *sents]]
    going_on = written_window.summits_going_on(texts, {n for t in texts if (n := series.series_named(t))})
    return ArticleResult(art, events, ctx, titled, reports, inaugurations, anniversaries, told_days, plans=plans,
                         names=actors.written_names(art.text, people_all), going_on=going_on)


def _article_pair(events: list[ArticleEvent]) -> tuple[str, ...]:
    """The two countries most of the article's meetings are between ("the two countries' diplomatic ties")."""
    pairs = Counter(two for ev in events if len(two := tuple(sorted({*ev.countries, *ev.sides}))) == 2)
    return pairs.most_common(1)[0][0] if pairs else ()


def _header_date(art: Article) -> tuple[DateSource, int, int] | None:
    """The page's own date line ("11 January 2023 - 18:14" under a readout's "Zelenskyy, Duda and Nausėda held a
    meeting ... in Lviv"), with where it stands; not a stamp ("date 2022-12-09 Chinese President Xi Jinping is
    exploring ..."), nor a date line under a reporter's byline: either may be the day after what a page reports."""
    src = art.published_from
    if src is None or src.day != art.published or not src.alone or not src.line:
        return None
    at = art.text.find(src.line)
    if at < 0 or _BYLINE_LINE.search(art.text, 0, at + len(src.line) + lede_dates.DATE_LINE_NEAR):
        return None  # a reporter's story ("By Louise Dodson in Washington / June 5, 2004"): printed the day after
    return src, at, at + len(src.line)


_BYLINE_LINE: Final = rx.compile(r"^[ \t]*By\s+[A-Z]", re.M)


def _told_days(text: str, timexes: list[Timex], extra_days: dict[int, int]) -> list[tuple[Timex, str]]:
    """The days a sentence tells with their year, with its text; a span's last day too ("during 13 to 15 July
    2017": the 13th and the 15th)."""
    out = []
    for t in timexes:
        if t.type == "DATE" and t.value and len(t.value) == 10 and t.spec.year and t.spec.day:
            out.append((t, text))
            if extra_days.get(id(t)):
                last = date.fromisoformat(t.value) + timedelta(days=extra_days[id(t)])
                out.append((replace(t, value=last.isoformat()), text))
    return out


# an office told by its country, without a name: "Egypt's president", "Sudan's top general", "the Kenyan president"
_OFFICE_ONLY: Final = rx.compile(
    r"(?:\b[A-Z][\w.-]*(?:'s|’s)|\b[Tt]he\s+[A-Z][a-z]+)\s+(?:(?:top|new|acting|interim|military|visiting)\s+)?"
    r"(?:president|prime\s+minister|premier|leader|general|foreign\s+minister|king|chancellor|emir|crown\s+prince|"
    r"defen[cs]e\s+minister|minister|envoy)(?![\w-])")


def _named_after(m: record.Mention, people: list[actors.Mention]) -> list[actors.Mention]:
    """The people of a meeting a lede told by offices only ("Egypt's president on Wednesday met with Sudan's top
    general"), named in the sentence after it ("President el-Sissi received Gen. Burhan"): those of the lede's
    countries, when they are of two of them or more."""
    told = set(places.countries_in(m.sentence.text))
    ours = [p for p in people if p.country in told]
    return ours if len({p.country for p in ours}) >= 2 else []


_ROUND_TOLD: Final = rx.compile(r"\bbilateral\s+(?:meetings|talks)\b|\bbilaterals\b", re.I)
_THESE_WERE: Final = rx.compile(r"(?:These|They|Those)\s+(?:included|include|were|are)\b")


def _listed_after(s: sentences.Sentence, people: list[actors.Mention]) -> list[str]:
    """The guests a sentence lists after one that told of bilateral meetings: the people it names, else the
    countries ("These were with the leaders of Thailand, Cambodia, Indonesia and Vietnam")."""
    if people:
        return list(dict.fromkeys(p.person for p in people))
    return [guest_rounds.COUNTRY_GUEST + c for c in dict.fromkeys(places.countries_in(s.text))]


# a year given a name is no past date: "have declared 2006 as a friendship year", "designated 2007 the Year of Tourism"
# years of a plan's period, set before its noun ("the 2014-2016 cultural cooperation programme", "the 2018-2020
# Priorities for the Development of the Union State"): neither told as past nor as to come
_RANGE_ON: Final = rx.compile(r"\s*[-–—]\s*(?:(?:19|20)\d\d|\d\d)(?!\d)")
_RANGE_BEFORE: Final = rx.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–—]\s*$")
_PLAN_NOUN_AFTER: Final = rx.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:programmes?|programs?|plans?|priorities|strateg(?:y|ies)|agendas?|action|framework|"
    r"road\s?maps?|budgets?|presidency|chairmanship|period|cycle|calendar)\b", re.I)
_DETERMINER_BEFORE: Final = rx.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,2}?$", re.I)


def _period_of_a_plan(text: str, t: Timex) -> bool:
    """A year that opens or closes a range of years set before a plan's noun, in a noun phrase ("the 2014-2016
    cultural cooperation programme"): the period of a plan, not a year told as past."""
    if (on := _RANGE_ON.match(text, t.end)) is not None:
        start, end = t.start, on.end()
    elif (back := _RANGE_BEFORE.search(text, max(0, t.start - 8), t.start)) is not None:
        start, end = back.start(), t.end
    else:
        return False
    return bool(_PLAN_NOUN_AFTER.match(text, end) and _DETERMINER_BEFORE.search(text, max(0, start - 60), start))


# a year a goal is set for ("committed to reaching a two-way trade value of 3 billion USD by 2026", "to double trade by
# the end of 2030"): a deadline, whatever the tense of the verb that set it, not a year told as past
_BY_THE_YEAR: Final = rx.compile(r"\bby\s+(?:the\s+end\s+of\s+|end[-\s]|the\s+year\s+)?$", re.I)
_YEAR_NAMED: Final = rx.compile(r"\s+(?:as\s+)?(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?year\b", re.I)
_NAMING_YEAR: Final = rx.compile(r"\b(?:declared|designated|named|proclaimed|declare|designate)\s+$", re.I)


@lru_cache(maxsize=1)
def _preposition_before() -> re.Pattern[str]:
    """A person named after a preposition, titles between, is no one's subject: "a memorial service for Ambassador",
    "In his meeting with Sudanese president Omar al-Bashir, Sisi said" (a title in lower case too); nor the first of a
    list ("These included United States President Joe Biden, ...")."""
    titles = "|".join(re.escape(t) for t in sorted(actors.lower_titles(), key=len, reverse=True))
    # (not the word of a title: "The Swedish Minister for Foreign Affairs Anne Linde", "Secretary of State Blinken")
    return rx.compile(r"(?<!Minister\s)(?<!Ministers\s)(?<!Secretary\s)(?<!Secretary-General\s)"
                      r"\b(?:for|to|with|by|of|from|about|honou?ring|includ(?:ed|es|e|ing))\s+(?:the\s+)?"
                      rf"(?:(?:late|former|[A-Z][\w.'’-]*)\s+){{0,4}}(?:(?:{titles})\s+)?$")


# a sentence that opens with its subject's office: "The Secretary will continue to Seoul", "The Prime Minister met A"
_SUBJECT_TITLES: Final = {"secretary": ("foreign_minister", "minister"), "president": ("head_of_state",),
                          "prime minister": ("head_of_government",), "chancellor": ("head_of_government",),
                          "premier": ("head_of_government",), "foreign minister": ("foreign_minister",),
                          "minister": ("foreign_minister", "minister"),
                          "external affairs minister": ("foreign_minister",),
                          "foreign secretary": ("foreign_minister",), "secretary of state": ("foreign_minister",)}
_TITLE_SUBJECT: Final = rx.compile(r"(?:(?:On|Later|Then|Afterwards|Next)\b[^,]{0,30},\s+|(?:Furthermore|Moreover|"
                                   r"Meanwhile|Additionally|Besides|Separately|Also|In\s+addition|Subsequently|"
                                   r"Thereafter|Earlier),\s+)?(?:(?:[Tt]he\s+)?(?:[A-Z]{2,5}|(?i:sources|officials|reports|"
                                   r"spokes(?:man|woman|person)|ministry|office|statement))\s+(?:said|says|added|stated|"
                                   r"confirmed|announced)\s+(?:that\s+)?)?"  # ("the PCO said the President also held")
                                   r"(?:[Tt]he\s+)?"  # ("Prime Minister also held": no "the")
                                   r"(?P<p>(?i:Secretary(?:\s+of\s+State)?|President|Prime\s+Minister|Chancellor|Premier|"
                                   r"Foreign\s+(?:Minister|Secretary)|External\s+Affairs\s+Minister|"
                                   r"Minister))\s+(?=(?:will|would|then|also|later|is|was|has|had|traveled|travelled|"
                                   r"travels|flew|met|meets|visited|visits|arrived|arrives|continued|continues|heads|"
                                   r"headed|first|held|holds|hosted|hosts|received|receives|welcomed|welcomes)\b)")


_HE: Final = rx.compile(r"(?:^|[,;]\s+|\b(?:where|when|and|but|then|as|after)\s+|^\w+\s+\w+\s+|"
                        r"\b(?:sources|officials|reports|spokesman|spokeswoman|spokesperson|ministry|office)\s+"
                        r"(?:said|say|says|told\s+\w+|added|stated|confirmed|announced)\s+(?:that\s+)?)"
                        r"(?P<p>[Hh]e|[Ss]he)\s+"
                        r"(?!said\b|says\b|told\b|added\b|noted\b|wrote\b|is\s+(?:a|an|the)\b)")


# a sentence whose subject says something of his own meeting: "He said this at a joint briefing after his meeting
# with his counterparts from Georgia and Turkey", "She told reporters after her talks with ...": "he" met
_SAID_AFTER_HIS: Final = rx.compile(r"\s*(?P<p>He|She)\s+(?:said|says|told|added|noted|stated)\b[^.;:“”\"]{0,80}?"
                                    r"\b(?:after|before|during|at|following|in)\s+(?:his|her)\s+(?:[a-z-]+\s+){0,2}"
                                    r"(?:meeting|meetings|talks|discussions)\s+with\b")


# a sentence that opens with the subject's meeting, told by "his" or "her": "His first meeting in Oslo was with the
# Prime Minister", "Her talks with Blinken focused on ..."
_HIS_MEETING: Final = rx.compile(r"(?:(?:Later|Then|Afterwards|Next|Earlier|On\s+\w+),\s+)?(?P<p>His|Her)\s+"
                                 r"(?:[a-z][\w-]*\s+){0,3}(?:meeting|meetings|talks|discussions)\b")


def _places(s: sentences.Sentence, people: list[actors.Mention]) -> list[places.Place]:
    """The places of a sentence, less the words that name a person of it ("a letter to Kim": no town Kim)."""
    return [p for p in places.find(s.text, s.start)
            if not any(m.start <= p.start and p.end <= m.end for m in people)]  # ("Xi'an" stays)


# "the visiting dignitary", "the visiting leader", "the visiting president": the article's visitor, named before
_VISITING: Final = rx.compile(r"\b[Tt]he\s+visiting\s+(?P<w>dignitary|leader|guest|head\s+of\s+(?:state|government)|"
                              r"president|prime\s+minister|premier|chancellor|foreign\s+minister|minister)\b"
                              r"(?![\w-]|,?\s+[A-Z])")
_LEADERS: Final = ("head_of_state", "head_of_government", "crown_prince", "vice_president", "party_leader")
_VISITOR_ROLES: Final = {"dignitary": (*_LEADERS, "foreign_minister", "minister"), "guest": (*_LEADERS,
                         "foreign_minister", "minister"), "leader": _LEADERS, "head of state": ("head_of_state",),
                         "head of government": ("head_of_government",), "president": _LEADERS[:2],
                         "prime minister": ("head_of_government",), "premier": ("head_of_government",),
                         "chancellor": ("head_of_government",), "foreign minister": ("foreign_minister",),
                         "minister": ("foreign_minister", "minister")}


def _host_country(art: Article, found: list[record.Mention]) -> str | None:
    """The country the article's visitor is in: its dateline's, else that of the last visit told with its place."""
    dateline = _dateline_place(art)
    if dateline is not None and dateline.country:
        return dateline.country
    return next((m.place.country for m in reversed(found)
                 if m.trigger.lower() in record.VISIT_WORDS and m.place is not None and m.place.country), None)


def _visitor(s: sentences.Sentence, people: list[actors.Mention], before: list[actors.Mention],
             host: str | None) -> list[actors.Mention]:
    """"the visiting dignitary": the one person named before of the office the words tell and of a country other
    than the host's; none when the host is not known or two could be meant."""
    out = []
    for m in _VISITING.finditer(s.text) if host else ():
        start, end = s.start + m.start(), s.start + m.end()
        if any(p.start < end and start < p.end for p in people):
            continue
        roles = _VISITOR_ROLES[" ".join(m.group("w").lower().split())]
        fits = {p.person: p for p in before if p.role in roles and p.country not in (None, host)}
        if len(fits) == 1:
            p = next(iter(fits.values()))
            out.append(actors.Mention(start, end, p.person, p.country, p.role))
    return out


def _pronoun_subject(s: sentences.Sentence, people: list[actors.Mention], subject: actors.Mention | None,
                     subjects: Sequence[actors.Mention]) -> actors.Mention | None:
    """"On Wednesday he was in Kazakhstan, where he held talks with President Tokayev": "he" as a subject is the
    person the sentence before named first, when this one does not name them; "The Prime Minister also met A" is the
    last subject of a sentence before who holds that office; "Wang Yi traveled to Washington, where he held talks with
    Blinken and met Biden": "he" in a clause of the place or time the sentence's subject went to is that subject."""
    own = _own_subject(s, people)
    if own is not None:
        return own
    if subject is None:
        return None
    m = _HE.search(s.text) or _QUOTED_I.match(s.text) or _HIS_MEETING.match(s.text) or _SAID_AFTER_HIS.match(s.text)
    if m is None:  # "The Secretary will continue to Seoul", "The Prime Minister also met A": the subject's office
        m = _TITLE_SUBJECT.match(s.text)
        if m is not None and subject.role not in _SUBJECT_TITLES[" ".join(m["p"].lower().split())]:
            subject = _holder_before(m["p"], subjects)  # the sentence before was about a guest: an earlier subject
            if subject is None:
                return None
    if any(p.person == subject.person for p in people):
        return None
    if m is None or (people and min(p.start for p in people) - s.start < m.start("p")):
        return None  # a person named before the pronoun is who it refers to
    return actors.Mention(s.start + m.start("p"), s.start + m.end("p"), subject.person, subject.country, subject.role)


# "..., where he held talks", "..., during which she called on": a pronoun subject of a clause of where or when
_CLAUSE_HE: Final = rx.compile(r",\s+(?:where|when|during\s+which|at\s+which|after\s+which)\s+(?P<p>he|she)\s+"
                               r"(?!said\b|says\b|told\b|added\b|noted\b|wrote\b)")


def _own_subject(s: sentences.Sentence, people: list[actors.Mention]) -> actors.Mention | None:
    """"Chinese Foreign Minister Wang Yi traveled to Washington in late October, where he held talks with Blinken":
    "he" of a clause of where or when is the one person named in the clause it hangs on (from the sentence's opening
    or the last ", and"), its subject, when the data knows them."""
    m = _CLAUSE_HE.search(s.text)
    if m is None or not people:
        return None
    lo = max((b.end() for b in _CLAUSE_OPENS.finditer(s.text, 0, m.start("p"))), default=0)
    named = [p for p in people if s.start + lo <= p.start < s.start + m.start("p")]
    if len({p.person for p in named}) != 1:
        return None
    first = named[0]
    if _preposition_before().search(s.text, lo, first.start - s.start) or first.person not in actors.index().by_name:
        return None  # (someone the data knows: one spelling, one person)
    return actors.Mention(s.start + m.start("p"), s.start + m.end("p"), first.person, first.country, first.role)


_CLAUSE_OPENS: Final = rx.compile(r",\s+and\s+|;\s+")  # where a clause of its own subject begins


def _holder_before(office: str, subjects: Sequence[actors.Mention]) -> actors.Mention | None:
    """The last subject of the sentences before who holds the office ("Prime Minister Narendra Modi held bilateral
    talks with ... In his meeting, President Jacob Zuma ... The Prime Minister also met Robert Mugabe": Modi)."""
    roles = _SUBJECT_TITLES[" ".join(office.lower().split())]
    return next((p for p in reversed(subjects) if p.role in roles), None)


# a transcript's turn label in capitals, the speaker's office or name: "MINISTER BISHOP:", "JULIE BISHOP:"
_SPEAKER_LABEL: Final = rx.compile(r"\s*(?P<l>(?:[A-Z][A-Z.'’-]+\s+){0,3}[A-Z][A-Z.'’-]+):\s")
# the speaker telling a meeting they had: "I've had a meeting with", "I have just had a meeting", "We met this morning"
_FIRST_PERSON_MET: Final = rx.compile(r"\b(?P<p>I|[Ww]e)(?:\s+|['’]ve\s+)(?:(?:have|had|just|also|then|today)\s+){0,3}"
                                      r"(?:had|held|met)\b")


def _speaker(label: str, when: tuple[date, date] | None, known: dict[str, actors.Person]) -> actors.Mention | None:
    """The one person a transcript's turn label names ("MINISTER BISHOP" as "Minister Bishop"), else no one."""
    found = actors.find(label.title(), when, known=known)
    return found[0] if len(found) == 1 else None


def _speaker_says_met(s: sentences.Sentence, people: list[actors.Mention],
                      speaker: actors.Mention) -> actors.Mention | None:
    """"I have just had a meeting with the Vice-President", said in a speaker's turn: "I" (or "we") is the speaker."""
    m = _FIRST_PERSON_MET.search(s.text)
    if m is None or any(p.person == speaker.person for p in people):
        return None
    return actors.Mention(s.start + m.start("p"), s.start + m.end("p"), speaker.person, speaker.country, speaker.role)


# a quotation of the story's subject that opens with what "I" did: "“In this summit as well, I had a bilateral meeting
# with my counterpart from Laos, Sonexay Siphandone ...”, he said": "I" is the subject
_QUOTED_I: Final = rx.compile(r"\W{0,3}[“\"‘](?:[^“”\"]{0,80}?,\s+)?(?P<p>I)\s+(?:(?:also|then|later|have|had)\s+)?"
                              r"(?:had|held|met|hosted|received|paid|called\s+on|visited)\b")


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
        if t.type == "DATE" and other_dates.statement_date(s, t):
            speakers = [p for p in people if p.end <= t.start and t.start - p.end <= 40]
            if speakers and not _OTHER_SPEAKER.search(s.text, speakers[-1].end - s.start, t.start - s.start):
                out.append((speakers[-1].person, t))
    return out


# "... with North Korean leader Kim Jong-un, a Cheong Wa Dae official said Monday": the official spoke, not Kim
_OTHER_SPEAKER: Final = rx.compile(
    r",\s+(?:a|an|the|one|two|several)\s+(?:[\w'’.-]+\s+){0,5}?(?:officials?|spokes(?:man|woman|person)|"
    r"ministry|office|sources?|agency|diplomats?|aides?|statement|report|media|newspaper|daily)\b")


_ANAPHOR_HINT: Final = rx.compile(  # the words of an anaphoric date (see the tagger's "anaphor" patterns)
    r"\b(?:same|that|very|following|next|previous|prior|preceding)\s+(?:day|week|month|quarter|year)\b"
    r"|\bthe\s+(?:day|week|month|year)\s+(?:before|after)\b"
    r"|\b(?:a|an|one|two|three|four|five|\d+)\s+(?:day|week|month)s?\s+(?:earlier|later|before|after)\b", re.I)


_ANAPHOR_OPENS: Final = rx.compile(r"\W*(?:(?:(?:later|earlier|early|late)\s+)?(?:on\s+)?(?:the|that)\s+"
                                   r"(?:same|very|following|next|previous)\s+day\b"
                                   r"|(?:a|an|one|two|three|\d)\s+days?\s+(?:earlier|later|before)\b)", re.I)


_OPENS_SAME_DAY: Final = rx.compile(r"\W*(?:(?:later|earlier)\s+)?(?:on\s+)?(?P<d>(?:the|that)\s+(?:very\s+)?same\s+"
                                    r"day)\b", re.I)


def _tag_after(s: sentences.Sentence, anchor: date | None, before: sentences.Sentence) -> list[Timex]:
    """"the same day" that opens a sentence, read after the sentence before and its date."""
    joined = f"{before.text} {s.text}"
    skip = len(before.text) + 1
    plain = dates.tag(before.text, anchor, anaphors=False)
    if anchor is None and (same := _OPENS_SAME_DAY.match(s.text)) is not None:
        quoted = [q.span() for q in _QUOTE.finditer(before.text)]  # (a quote's "today" is the speaker's)
        days = [t for t in plain if t.type == "DATE" and t.spec.year is None and dates.precision(t.spec) == "day"
                and not any(a <= t.start < b for a, b in quoted)]
        if len(days) == 1 and not days[0].value:  # "On Friday, ... Later the same day, Putin met Erdogan" in a page
            t = days[0]  # of no known date: that Friday, told the way the sentence before tells it
            return [Timex(s.start + same.start("d"), s.start + same.end("d"), same["d"], t.type, t.spec, t.direction,
                          None)]
    if not any(t.type == "DATE" and t.value and len(t.value) == 10 for t in plain):
        return []
    joined = _statement_days_left_out(before, plain) + joined[len(before.text):]
    out = [t for t in dates.tag(joined, anchor, anaphors=True) if t.start >= skip and t.spec.year is not None
           and t.value and len(t.value) == 10]
    return [Timex(t.start - skip + s.start, t.end - skip + s.start, t.text, t.type, t.spec, t.direction, t.value)
            for t in out]


SPEAKER_CLAUSE: Final = 80  # characters from the comma that opens a source's clause to the day it spoke


def _statement_days_left_out(before: sentences.Sentence, plain: list[Timex]) -> str:
    """The sentence before an anaphoric day without the days of its statements ("... will meet with Xi Jinping on
    Thursday in San Francisco, Mexico's foreign minister said on Tuesday. ... also scheduled to meet with Biden the
    following day"), where it tells another day: the anaphor counts from the day of what was told, not from the day
    the source spoke, which wire copy puts last in its sentence."""
    at0 = sentences.Sentence(0, len(before.text), before.text)
    days = [t for t in plain if t.type == "DATE" and dates.precision(t.spec) == "day"]
    said = [t for t in days if other_dates.statement_date(at0, t)]
    if not said or len(said) == len(days):
        return before.text
    text = before.text
    for t in said:  # with the source's clause after a comma (", Mexico's foreign minister said on Tuesday"), whose
        comma = text.rfind(",", 0, t.start)  # past verb would make the day told before it read as past
        lo = comma if comma >= 0 and t.start - comma <= SPEAKER_CLAUSE else t.start
        text = text[:lo] + " " * (t.end - lo) + text[t.end:]
    return text


# "A formal meeting with Modi is scheduled at 6:30 pm, the same day": the day told last (not "the same day as the
# summit", "the day after his inauguration": a day of something else; not "later that day", a meeting told apart
# in the day's sequence, which sequence_dates.date_by_sequence dates)
_SAME_DAY_TOLD: Final = rx.compile(r"(?<!later\s)(?<!earlier\s)\b(?:the\s+(?:very\s+)?same|that(?:\s+same)?|the\s+"
                                   r"(?:next|following))\s+day\b(?!\s+(?:as|of|that|when|after|before)\b)", re.I)


def _same_day_told(s: sentences.Sentence, anchor: date | None, before: sentences.Sentence,
                   earlier: sentences.Sentence | None) -> list[Timex]:
    """"... will arrive in New Delhi on Monday. He will be received at 10:00 am. A formal meeting with Modi is
    scheduled at 6:30 pm, the same day": the day the sentence before tells, else the one before that."""
    for source in (before, earlier):
        if source is not None and (told := [t for t in _tag_after(s, anchor, source)
                                            if _SAME_DAY_TOLD.match(s.text, t.start - s.start)]):
            return told
    return []


_QUOTE = rx.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _extra_days(ev: article_events.ArticleEvent, extra_days: dict[int, int]) -> int:
    """Days the meeting lasts beyond its date: its own date's range, else that of a mention of the same first day
    ("on state visit from March 9" in the headline, "from March 9 to 12" in the text)."""
    if ev.timex is None:
        return 0
    own = extra_days.get(id(ev.timex), 0)
    if own or ev.timex.spec.day is None or not ev.timex.value:
        return own
    return max((extra_days.get(id(m.timex), 0) for m in ev.mentions
                if m.timex is not None and m.timex.value == ev.timex.value), default=0)


def _from_words_said(s: sentences.Sentence, timexes: list[Timex]) -> list[Timex]:
    """"“Tomorrow there will be a brief meeting,” Cafiero announced Sunday": a day told from now inside a quote
    counts from the day the words were said, when the sentence tells it."""
    if "“" not in s.text and '"' not in s.text:
        return timexes
    quotes = [(s.start + q.start(), s.start + q.end()) for q in _QUOTE.finditer(s.text)]

    def quoted(t: Timex) -> bool:
        return any(a <= t.start < b for a, b in quotes)

    said = [t for t in timexes if t.type == "DATE" and not quoted(t) and other_dates.statement_date(s, t)
            and t.value and len(t.value) == 10]
    if len(said) != 1:
        return timexes
    day = date.fromisoformat(said[0].value or "")
    out = []
    for t in timexes:
        if quoted(t) and t.spec.rel_unit == "day" and t.spec.rel_offset is not None:
            d = day + timedelta(days=t.spec.rel_offset)
            t = Timex(t.start, t.end, t.text, t.type, DateSpec(month=d.month, day=d.day), t.direction, d.isoformat())
        out.append(t)
    return out


# an embedded post's signature ending its line or alone on the next: "— Rajnath Singh (@rajnathsingh) April 11, 2022"
_POST_SIGNED: Final = rx.compile(r"[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s+"
                                 r"((?:19|20)\d\d)[ \t]*(?:\n|$)")
_NEXT_LINE: Final = rx.compile(r"[^\n]*\n\s*(?=\S)")


def _post_day(text: str, s: sentences.Sentence) -> date | None:
    """The date an embedded post (a tweet quoted with its signature) was written, when the sentence is in it."""
    end = text.find("\n", s.start)
    end = len(text) if end < 0 else end
    signed = _POST_SIGNED.search(text, s.start, end + 1)
    if signed is None and (nxt := _NEXT_LINE.match(text, s.start)) is not None:
        signed = _POST_SIGNED.match(text, nxt.end())  # the signature alone on the line after the post's
    if signed is None:
        return None
    try:
        return datetime.strptime(f"{signed[1][:3]} {signed[2]} {signed[3]}", "%b %d %Y").date()
    except ValueError:
        return None


def _from_post_day(text: str, s: sentences.Sentence, timexes: list[Timex]) -> list[Timex]:
    """"Had a wonderful meeting with Mr Lloyd Austin at the Pentagon today. — Rajnath Singh (@rajnathsingh) April 11,
    2022" quoted in a page of April 12: a day told from now in an embedded post counts from the day it was posted."""
    if not any(t.spec.rel_unit == "day" and t.spec.rel_offset is not None for t in timexes):
        return timexes
    day = _post_day(text, s)
    if day is None:
        return timexes
    out = []
    for t in timexes:
        if t.spec.rel_unit == "day" and t.spec.rel_offset is not None and t.spec.weekday is None:
            d = day + timedelta(days=t.spec.rel_offset)
            t = Timex(t.start, t.end, t.text, t.type, DateSpec(month=d.month, day=d.day), t.direction, d.isoformat())
        out.append(t)
    return out


_YEAR_ANAPHOR: Final = rx.compile(r"\b(?:that|the\s+same|the\s+following|the\s+previous|the\s+prior)\s+year\b", re.I)


def _months_of_that_year(s: sentences.Sentence, anchor: date | None, before: sentences.Sentence,
                         found: list[Timex]) -> list[Timex]:
    """"... for the first time since 2017. In September that year, ...": a month with an anaphoric year, in a
    sentence of no year of its own, is of the year the sentence before tells (the tagger joins the two)."""
    if any(t.spec.year is not None and t.type == "DATE" and not _YEAR_ANAPHOR.search(t.text) for t in found):
        return found  # the sentence's own year says which
    skip = len(before.text) + 1
    joined = [t for t in dates.tag(f"{before.text} {s.text}", anchor, anaphors=True)
              if t.start >= skip and t.spec.month is not None and t.spec.year is not None
              and _YEAR_ANAPHOR.search(t.text)]
    if not joined:
        return found
    moved = [Timex(t.start - skip, t.end - skip, t.text, t.type, t.spec, t.direction, t.value) for t in joined]
    return sorted([*moved, *(t for t in found if not any(m.start <= t.start < m.end for m in moved))],
                  key=lambda t: t.start)


# "is due to meet Jaishankar later in the day": the day the text tells last, else the article's own day; so is a
# sentence opening with a part of the day and no day ("In the afternoon, the minister accompanied the President in
# bilateral meetings with ...": a day's itinerary going on)
_IN_THE_DAY: Final = rx.compile(r"\b(?:later|earlier)\s+(?:in|during)\s+the\s+day\b|"
                                r"^\s*(?P<part>In\s+the\s+(?:morning|afternoon|evening))\s*,", re.I)


def _background_day(found: list[Timex], anchor: date | None) -> bool:
    """Every day the sentence tells is over a week before the article's date: a background past day ("a meeting of
    the two advisers in Bangkok on December 6" in a story of December 25), which "earlier in the day" after the
    story's own day is not of (news tells "in the day" of the day of its news)."""
    days = [date.fromisoformat(t.value) for t in found if t.type == "DATE" and t.value and len(t.value) == 10
            and t.value[:4].isdigit()]
    return anchor is not None and bool(days) and all(d < anchor - timedelta(days=7) for d in days)


def _in_the_day(s: sentences.Sentence, anchor: date | None, before: sentences.Sentence | None,
                 day_of: re.Match[str]) -> list[Timex]:
    """"later in the day" in a sentence with no date of its own: the day the text told last (`before`: the last
    sentence that told one, not in a quote; "will on Monday 6 November 2006 hold ... discussions with ... Hu Jintao",
    then a list of the talks' topics, then "will also later in the day receive courtesy calls from ... Wen Jiabao"),
    else the article's date (offsets into the article)."""
    head = _QUOTE.sub(lambda q: " " * len(q.group()), f"{before.text} ") if before is not None else ""  # (a quote's
    at = s.start - len(head)  # days are the speaker's)
    if day_of.group("part"):
        return _day_of_the_part(s, anchor, head, day_of)
    told = [t for t in dates.tag(head + s.text, anchor, anaphors=True)
            if day_of.start() <= t.start - len(head) < day_of.end() and t.value and len(t.value) == 10]
    return [Timex(t.start + at, t.end + at, t.text, t.type, DateSpec(year=d.year, month=d.month, day=d.day),
                  t.direction, t.value) for t in told if (d := date.fromisoformat(t.value or ""))]


def _day_of_the_part(s: sentences.Sentence, anchor: date | None, head: str, part: re.Match[str]) -> list[Timex]:
    """The day "In the afternoon," opening a sentence is of: the last day the sentence before told (`head`), else the
    article's date; as a timex of the opening words (offsets into the article)."""
    told = [t.value for t in dates.tag(head, anchor, anaphors=True) if t.value and len(t.value) == 10]
    value = told[-1] if told else (anchor.isoformat() if anchor else None)
    if value is None:
        return []
    d = date.fromisoformat(value)
    return [Timex(s.start + part.start("part"), s.start + part.end("part"), part.group("part"), "DATE",
                  DateSpec(year=d.year, month=d.month, day=d.day), 0, value)]


def _tag(s: sentences.Sentence, anchor: date | None, before: sentences.Sentence | None = None,
         earlier: sentences.Sentence | None = None) -> list[Timex]:
    """Date expressions of one sentence, with offsets into the article's text; "the next day", "the same day" only
    where a date of the sentence itself says which ("played golf on Sunday and held a summit the next day"), or,
    opening a sentence with no date of its own, the sentence before ("... on Thursday. Later the same day, ..."); in
    a sentence with no date of its own, "the same day" is of the last day the two sentences before it tell."""
    at = s.start
    found = dates.tag(s.text, anchor, anaphors=False)
    if not found and before is not None and _SAME_DAY_TOLD.search(s.text) and not _ANAPHOR_OPENS.match(s.text):
        return _same_day_told(s, anchor, before, earlier)  # (one opening the sentence: below, and date_by_sequence)
    opens = _ANAPHOR_OPENS.match(s.text) if before is not None else None
    if opens and before is not None and not any(t.start < opens.end() for t in found):
        told = [t for t in _tag_after(s, anchor, before) if t.start - at < opens.end()]
        return told + [Timex(t.start + at, t.end + at, t.text, t.type, t.spec, t.direction, t.value)
                       for t in found if not any(o.start - at <= t.start < o.end - at for o in told)]
    if found and _ANAPHOR_HINT.search(s.text):
        plain = {(t.start, t.end) for t in found}
        found = [t for t in dates.tag(s.text, anchor, anaphors=True)
                 if (t.start, t.end) in plain or (t.spec.year is not None and any(
                     p.end <= t.start and p.type == "DATE" and p.value for p in found))]
    if found and before is not None and _YEAR_ANAPHOR.search(s.text):
        found = _months_of_that_year(s, anchor, before, found)  # "since 2017. In September that year, ..."
    return [Timex(t.start + at, t.end + at, t.text, t.type, t.spec, t.direction, t.value) for t in found]
