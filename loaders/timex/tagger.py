"""tag(): find the temporal expressions of a text and resolve them against an anchor date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from .. import regexes as rx
from .builders import Candidate, modified_noun_after, named_date, period_noun_after
from .calendar import distance, resolve
from .lexicon import word_set
from .model import DateSpec, Timex
from .patterns import find_candidates
from .tense import Sentences

# Letters that regexes with (?i) take for i, s and k: read as those, so that "thıs" or "laſt" are the words the
# vocabulary knows (one letter for one, so offsets hold).
FOLD = str.maketrans({"ı": "i", "İ": "I", "ſ": "s", "\u212a": "K"})
_ODD: Final = rx.compile("[ıİſ\u212a]")


def tag(text: str, anchor: date | None = None, anaphors: bool = True) -> list[Timex]:
    """The temporal expressions of `text` in order, valued against `anchor` (None: explicit years only).

    anaphors=False leaves out "the same day", "the year before" and the like (which take the date of the last fitting
    expression of `text`, else the anchor's): the extractor tags an article sentence by sentence, where the date they
    point to is often in another sentence, or told in words no pattern reads ("earlier in the day")."""
    original = text
    if not text.isascii() and _ODD.search(text):
        text = text.translate(FOLD)
    candidates = find_candidates(text)
    if not candidates:
        return []
    sentences = Sentences(text)
    for c in candidates:
        sentences.mask(c.start, c.end)
    out: list[Timex] = []
    for c in _year_companions(candidates, text, sentences):
        if c.anaphor and (joined := _month_of_that_year(c, original, anchor, out)) is not None:
            out[-1] = joined  # "In September that year": the month of the year told before, one expression
            continue
        if c.anaphor:
            if not anaphors:
                continue
            t = _anaphor(c, original, anchor, out)
        elif c.named:
            t = _named(c, original, anchor, sentences)
        else:
            t = _timex(c, original, anchor, sentences)
        out.append(_same_year(t, out[-1], anchor) if c.tail and out else _month_told_before(t, out, anchor))
    return _told_exactly(_told_day(out, original), original)


def _month_told_before(t: Timex, out: list[Timex], anchor: date | None) -> Timex:
    """"followed in February 2020: a rally in Ahmedabad on Feb. 24 and talks in New Delhi on Feb. 25": a year-less
    day of a month the text has just told with its year is in that year."""
    spec = t.spec
    if spec.year is not None or spec.month is None or spec.rel_unit is not None and spec.rel_offset not in (None, 0):
        return t
    told = [o for o in out[-3:] if o.spec.year is not None and o.spec.month == spec.month and o.type == "DATE"]
    if not told or any(o.spec.year not in (None, told[-1].spec.year) for o in out[out.index(told[-1]) + 1 :]):
        return t  # "September 22, 2019; ... May 3, 2021, and ... September 18 of the same year": a later year told
    new = replace(spec, year=told[-1].spec.year, rel_unit=None, rel_offset=None)
    value = resolve(new, anchor, 0)
    return Timex(t.start, t.end, t.text, t.type, new, t.direction, value) if value else t


# "today (20 December 2018)", "today [Friday 14 June 2024]": the bracket tells the day the word points to
_BRACKETED: Final = rx.compile(r"\s*[(\[]\s*(?:on\s+)?$")


def _told_exactly(found: list[Timex], text: str) -> list[Timex]:
    """A relative day ("today", "yesterday") followed by the day itself in brackets ("today (20 December 2018)"),
    once _told_day gave it that day, is one expression: the bracketed date is not told again."""
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev is not None and (prev.value or prev.spec == t.spec) and prev.value == t.value
                and t.spec.day is not None and _RELATIVE_DAY_WORD.fullmatch(prev.text)
                and _BRACKETED.match(text[prev.end:t.start]) and text[t.end:t.end + 3].lstrip()[:1] in (")", "]")):
            continue
        out.append(t)
    return out


_RELATIVE_DAY_WORD: Final = rx.compile(r"(?i:today|yesterday|tomorrow|tonight)")


_APPOSITION: Final = rx.compile(r"\s*(?:,|\(|\[|,?\s+(?:on\s+)?the\s+|-{1,2}|[–—])\s*$")


def _told_day(out: list[Timex], text: str) -> list[Timex]:
    """"in the afternoon hours of today, 6 July, met", "yesterday (March 3)": a day told from now, with the day of
    the month set beside it, is that day: the writer's "today" may be the day before the page's date. Without an
    anchor (a readout copied without its page date) it still takes that day and month, its year left to the resolver."""
    for i, (t, n) in enumerate(zip(out, out[1:], strict=False)):
        if (t.type == "DATE" and t.spec.rel_unit == "day" and t.spec.rel_offset is not None and n.type == "DATE"
                and n.spec.month is not None and n.spec.day is not None and (n.value or not t.value)
                and _APPOSITION.fullmatch(text, t.end, n.start)):
            out[i] = Timex(t.start, t.end, t.text, t.type, n.spec, n.direction, n.value)
    return out


_DAY_VALUE: Final = rx.compile(r"(\d{4})-(\d\d)-(\d\d)")
_WEEK_VALUE: Final = rx.compile(r"(\d{4})-W(\d\d)")
_MONTH_VALUE: Final = rx.compile(r"(\d{4})-(\d\d)")
_QUARTER_VALUE: Final = rx.compile(r"(\d{4})-Q([1-4])")
_YEAR_VALUE: Final = rx.compile(r"(\d{4})(?!\d)")


_MONTH_THEN: Final = rx.compile(r"\s*,?\s*(?:of\s+)?")


def _month_of_that_year(c: Candidate, text: str, anchor: date | None, out: list[Timex]) -> Timex | None:
    """"since 2017. In September that year", "on May 5 the same year", "in March the following year": a month (or day)
    and an anaphoric year right after it are one date, in the year of the expression told before them."""
    if c.anaphor is None or not c.anaphor.startswith("year:") or not out:
        return None
    prev = out[-1]
    if prev.spec.month is None or prev.spec.year is not None or prev.spec.rel_unit not in (None, "year") \
            or not _MONTH_THEN.fullmatch(text, prev.end, c.start):
        return None
    year = _anaphor(c, text, anchor, out[:-1])
    if not any(t.type == "DATE" and t.value for t in out[:-1]) or not year.value or not year.value[:4].isdigit():
        return None  # no year told before: "that year" is the anchor's, as the month alone says
    spec = replace(prev.spec, year=int(year.value[:4]), rel_unit=None, rel_offset=None)
    return Timex(prev.start, c.end, text[prev.start:c.end], prev.type, spec, prev.direction, resolve(spec, anchor, 0))


def _anaphor(c: Candidate, text: str, anchor: date | None, before: list[Timex]) -> Timex:
    """ "the same day", "a year earlier": the date of the last expression before it that is precise enough, moved
    by the offset; without one, the anchor's (the candidate's own spec, relative to the anchor)."""
    unit, _, off = (c.anaphor or "").partition(":")
    offset = int(off)
    for t in reversed(before):
        if t.type not in ("DATE", "TIME") or not t.value:
            continue
        spec = _moved(t.value, unit, offset, anchor)
        if spec is not None:
            value = resolve(spec, anchor, 0)
            if value:
                return Timex(c.start, c.end, text[c.start : c.end], c.type, spec, 0, value)
    return Timex(c.start, c.end, text[c.start : c.end], c.type, c.spec, 0, resolve(c.spec, anchor, 0))


def _moved(value: str, unit: str, offset: int, anchor: date | None) -> DateSpec | None:
    """The spec of `value` at the precision of `unit`, moved by `offset` units; None when it is less precise."""
    day = _DAY_VALUE.match(value)
    if unit == "day":
        if not day:
            return None
        d = date(int(day[1]), int(day[2]), int(day[3])) + timedelta(days=offset)
        return DateSpec(year=d.year, month=d.month, day=d.day)
    if unit == "week":
        week = _WEEK_VALUE.match(value)
        if day:
            monday = date(int(day[1]), int(day[2]), int(day[3]))
        elif week:
            monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        else:
            return None
        if anchor is None:
            return None
        return DateSpec(rel_unit="week", rel_offset=_week_offset(anchor, monday + timedelta(weeks=offset)))
    month = _MONTH_VALUE.match(value)
    if unit == "month":
        if not month:
            return None
        y, mo = divmod(int(month[1]) * 12 + int(month[2]) - 1 + offset, 12)
        return DateSpec(year=y, month=mo + 1)
    if unit == "quarter":
        quarter = _QUARTER_VALUE.match(value)
        if quarter:
            first, q = int(quarter[1]), int(quarter[2])
        elif month:
            first, q = int(month[1]), (int(month[2]) - 1) // 3 + 1
        else:
            return None
        y, q0 = divmod(first * 4 + q - 1 + offset, 4)
        return DateSpec(year=y, quarter=q0 + 1)
    year = _YEAR_VALUE.match(value)
    if unit == "year" and year:
        return DateSpec(year=int(year[1]) + offset)
    return None


def _week_offset(anchor: date, target: date) -> int:
    """Weeks from the anchor's ISO week to the target's."""
    a = anchor - timedelta(days=anchor.weekday())
    t = target - timedelta(days=target.weekday())
    return (t - a).days // 7


def _named(c: Candidate, text: str, anchor: date | None, sentences: Sentences) -> Timex:
    """A named day whose date moves ("Good Friday"): in the year the tense points to, as a month and day."""
    near, sentence = sentences.direction(c.start, c.end)
    direction = near or sentence
    span = text[c.start : c.end]
    if anchor is None:
        return Timex(c.start, c.end, span, c.type, c.spec, direction, None)
    days = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := named_date(c.named or "", y))]
    if not days:
        return Timex(c.start, c.end, span, c.type, c.spec, direction, None)
    if direction < 0:
        day = max((d for d in days if d <= anchor), default=days[0])
    elif direction > 0:
        day = min((d for d in days if d >= anchor), default=days[-1])
    else:
        day = next(d for d in days if d.year == anchor.year) if len(days) == 3 else days[0]
    value = day.isoformat()
    spec = DateSpec(month=day.month, day=day.day)
    for way in (direction, 0, -1, 1):
        if resolve(spec, anchor, way) == value:
            return Timex(c.start, c.end, span, c.type, spec, way, value)
    spec = DateSpec(year=day.year, month=day.month, day=day.day)
    return Timex(c.start, c.end, span, c.type, spec, direction, value)


def _same_year(tail: Timex, head: Timex, anchor: date | None) -> Timex:
    """The second day of "June 20-21" is in the year of the first, whatever the tense says."""
    if anchor is None or not head.value or tail.spec.year is not None:
        return tail
    for direction in (head.direction, 0, 1, -1):
        value = resolve(tail.spec, anchor, direction)
        if value and value[:4] == head.value[:4]:
            return replace(tail, direction=direction, value=value)
    return tail


# "June 12 meeting in Singapore last year", "March and April 2016": what may stand between the two.
COMPANION_GAP: Final = rx.compile(
    r"\s*(?:(?:and|or|to|through|until|till|in|of|at|on)\s+|[-–]\s*|[A-Z][\w.’'-]*\s+|"
    r"(?:meeting|summit|talks|visit|session|conference)\s+){0,4}"
)


def _year_companions(candidates: list[Candidate], text: str, sentences: Sentences) -> list[Candidate]:
    """A month or day without a year takes the year of an expression right after it in the same phrase."""
    out = list(candidates)
    for i in range(len(out) - 1):
        c, nxt = out[i], out[i + 1]
        if nxt.type != "DATE" or not _needs_year(c) or not COMPANION_GAP.fullmatch(text[c.end : nxt.start]):
            continue
        spec = _year_from(c.spec, nxt.spec)
        if spec is not None and not sentences.cue_between(c.end, nxt.start):
            out[i] = replace(c, spec=spec)
    for i in range(len(out) - 1):
        c, nxt = out[i], out[i + 1]
        if _plain_year(c) and _needs_year(nxt, quarter=True) and POSSESSIVE_GAP.fullmatch(text[c.end : nxt.start]):
            out[i + 1] = replace(nxt, spec=replace(nxt.spec, year=c.spec.year))  # "fiscal 1997's fourth quarter"
    return out


POSSESSIVE_GAP: Final = rx.compile(r"['’]s\s+")


def _plain_year(c: Candidate) -> bool:
    return c.type == "DATE" and c.spec.year is not None and c.spec == DateSpec(year=c.spec.year)


def _needs_year(c: Candidate, quarter: bool = False) -> bool:
    """A month (with `quarter`, also a quarter) that says no year of its own."""
    s = c.spec
    period = s.month is not None or (quarter and s.quarter is not None)
    return c.type == "DATE" and period and s.year is None and s.rel_unit is None and (s.rel_offset is None)


def _year_from(spec: DateSpec, other: DateSpec) -> DateSpec | None:
    """`spec` with the year part of `other`: an explicit year, or "last/this/next year"."""
    if other.year is not None and other.rel_unit is None:
        return replace(spec, year=other.year)
    if other.rel_unit == "year" and other.rel_offset is not None and not (other.part or other.quarter):
        return replace(spec, rel_unit="year", rel_offset=other.rel_offset)
    return None


def _timex(c: Candidate, text: str, anchor: date | None, sentences: Sentences) -> Timex:
    near, sentence = sentences.direction(c.start, c.end)
    if (near > 0 or (not near and sentence > 0)) and _period_month(c, text):
        near, sentence = _nearest_month(c.spec, anchor)
    elif (near < 0 or (not near and sentence < 0)) and _awaited_month(c, text):
        near, sentence = _nearest_month(c.spec, anchor)
    direction, value = (near or sentence, c.value) if c.value else choose(c.spec, anchor, near, sentence)
    if c.type == "TIME" and value and c.tod:
        value = f"{value}T{c.tod}"
    return Timex(c.start, c.end, text[c.start : c.end], c.type, c.spec, direction, value)


def _period_month(c: Candidate, text: str) -> bool:
    """ "September figures", "the October sales": a month whose figures are told; a future verb is about telling
    them ("will release September figures"), not about the month."""
    return c.type == "DATE" and c.spec.month is not None and c.spec == DateSpec(month=c.spec.month) and (
        period_noun_after(text, c.end)
    )


AWAITED_BEFORE: Final = word_set("awaited_before")
AWAITED_FOR_HEADS: Final = word_set("awaited_for_heads")
BEFORE_THE: Final = rx.compile(r"(?:([A-Za-z-]+)\s+)?([A-Za-z]+)\s+the\s+$")


def _awaited_month(c: Candidate, text: str) -> bool:
    """ "preparations for the June elections", "calm before the June vote": an event waited for when the (past)
    verb happened, so not the month a year before the nearest one."""
    if c.type != "DATE" or c.spec.month is None or c.spec != DateSpec(month=c.spec.month):
        return False
    before = BEFORE_THE.search(text, max(0, c.start - 40), c.start)
    if before is None or not modified_noun_after(text, c.end):
        return False
    prep, head = before[2].lower(), (before[1] or "").lower()
    return prep in AWAITED_BEFORE or (prep == "for" and head in AWAITED_FOR_HEADS)


def _nearest_month(spec: DateSpec, anchor: date | None) -> tuple[int, int]:
    """(direction, direction) giving the month nearest the anchor, before or after it."""
    if anchor is None or spec.month is None:
        return 0, 0
    ahead = (spec.month - anchor.month) % 12
    return (1, 1) if ahead < 6 else (-1, -1)


def choose(spec: DateSpec, anchor: date | None, near: int, sentence: int) -> tuple[int, str | None]:
    """(direction, value): a nearby tense cue decides; the sentence's tense only if it gives a nearer date."""
    if near:
        return near, resolve(spec, anchor, near)
    plain = resolve(spec, anchor, 0)
    if not sentence or anchor is None:
        return sentence, plain
    tensed = resolve(spec, anchor, sentence)
    if tensed == plain:
        return sentence, plain
    far_plain, far_tensed = distance(plain, anchor), distance(tensed, anchor)
    if far_tensed is not None and (far_plain is None or far_tensed < far_plain):
        return sentence, tensed
    return 0, plain
