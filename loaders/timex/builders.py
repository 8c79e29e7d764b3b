"""Builders: turn a pattern's match into candidate temporal expressions, with the checks that reject false ones."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Final

from loaders import settings

from .. import regexes as rx
from .lexicon import month_number, number_value, word_set, words
from .model import DateSpec


@dataclass
class Candidate:
    """A temporal expression found by one pattern, before overlaps are settled and values resolved."""

    start: int
    end: int
    spec: DateSpec = field(default_factory=DateSpec)
    type: str = "DATE"
    value: str | None = None  # a fixed value (durations, sets) that needs no anchor
    tod: str | None = None  # time of day of a TIME: "MO" | "AF" | "EV" | "NI"
    weight: int = 0  # length of the whole match, for settling overlaps
    tail: bool = False  # the second day of a range ("Sept. 2-3"): it takes the first day's year
    anaphor: str | None = None  # "unit:offset": the date of the last fitting expression moved by offset units
    named: str | None = None  # a named day whose date depends on the year ("Good Friday"): resolved by the tagger


Builder = Callable[[re.Match[str], str], list[Candidate]]

W = words()
COUNT_NOUNS: Final = word_set("count_nouns")
NOT_YEAR_BEFORE: Final = word_set("not_year_before")
BARE_MONTH_BEFORE: Final = word_set("bare_month_before")
MAY_BEFORE: Final = word_set("may_before")
WEEKDAY_NAMES_BEFORE: Final = word_set("weekday_name_before")
SEASON_BEFORE: Final = word_set("season_before")
MONTH_MODIFIER_BEFORE: Final = word_set("month_modifier_before")
NOT_MODIFIED: Final = word_set("not_modified_by_month")
PERIOD_NOUNS: Final = word_set("period_nouns")
ANAPHOR_DETS: dict[str, int] = {" ".join(k.split()): v for k, v in W["anaphor_determiners"].items()}
NAMED_DAYS: dict[str, object] = {" ".join(k.lower().replace("’", "'").split()): v for k, v in W["named_days"].items()}
PARTS = W["parts"]
REL = W["relative_words"]
MONTH_WORDS: Final = frozenset(W["months"]) | frozenset(W["month_abbreviations"])
WORD: Final = rx.compile(r"[\w'’-]+\.?")
LOWER_WORD_AFTER: Final = rx.compile(r"\s+([a-z]+)")
NOUN_AFTER: Final = rx.compile(r"['’]?s?\s+([a-z][a-z-]+)\b")  # "March figures", "Thursday's press conference"
DIGIT_AFTER: Final = rx.compile(r"\s*\d")
CAPITAL_AFTER: Final = rx.compile(r"\s+[A-Z]")
OF_AFTER: Final = rx.compile(r"\s+of\b")
WORD_AFTER: Final = rx.compile(r"(\s*|-)([A-Za-z]+)")
_NAMES_AFTER: Final = "|".join(re.escape(w.capitalize()) for w in W["names_after_date"])  # "Agreement", "Accord"
NAME_AFTER: Final = rx.compile(rf"(?:['’]s)?\s+(?:{_NAMES_AFTER})\b")


def names_a_document(text: str, end: int) -> bool:
    """A month and day that begin a name ("the April 19 Agreement", "the 17 May Accord"): no time of anything the
    sentence tells of, but the day a document or a movement is called by."""
    return NAME_AFTER.match(text, end, end + 40) is not None


def prev_words(text: str, pos: int, n: int = 1) -> list[str]:
    """The n words before pos, nearest first, lower-cased, without trailing dots."""
    chunk = text[max(0, pos - 80) : pos]
    found: list[str] = WORD.findall(chunk)[-n:]
    return [w.lower().rstrip(".-") for w in reversed(found)]


def valid_year(year: int) -> bool:
    return settings.MIN_YEAR <= year <= settings.MAX_YEAR


def valid_day(month: int, day: int, year: int | None) -> bool:
    """Whether the day exists in that month (Feb. 29 only in leap years, or when the year is unknown)."""
    try:
        date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _wd(name: str | None) -> int | None:
    return W["weekdays"][name.lower()] if name else None


def _rel(word: str | None) -> int | None:
    return REL[" ".join(word.lower().split())] if word else None


def _part(m: re.Match[str]) -> str | None:
    word = m.groupdict().get("pw") or m.groupdict().get("pa") or m.groupdict().get("pe")
    return PARTS[word.lower()] if word else None


def cand(
    m: re.Match[str],
    spec: DateSpec,
    start: int | None = None,
    end: int | None = None,
    type: str = "DATE",
    value: str | None = None,
    tod: str | None = None,
) -> Candidate:
    """A candidate over the match (or the given sub-span), weighted by the whole match."""
    s = m.start() if start is None else start
    e = m.end() if end is None else end
    return Candidate(s, e, spec, type, value, tod, weight=m.end() - m.start())


def two_digit_year(yy: int) -> int:
    """ "'98" -> 1998, "'05" -> 2005."""
    return 2000 + yy if yy < 30 else 1900 + yy


def _day_date(month: int, day: int, year: int | None, wd: int | None) -> DateSpec | None:
    if not valid_day(month, day, year) or (year is not None and not valid_year(year)):
        return None
    if wd is not None and year is not None and date(year, month, day).weekday() != wd:
        wd = None  # a wrong weekday: trust the date
    return DateSpec(year=year, month=month, day=day, weekday=wd)


def blocker(m: re.Match[str]) -> list[Candidate]:
    """A span that looks like a date but is none ("Feb. 30", "Jan. 0"): no part of it may be tagged."""
    return [cand(m, DateSpec(), type="")]


def build_iso(m: re.Match[str], text: str) -> list[Candidate]:
    spec = _day_date(int(m["m"]), int(m["d"]), int(m["y"]), None)
    return [cand(m, spec)] if spec else blocker(m)


def build_numeric(m: re.Match[str], text: str) -> list[Candidate]:
    a, b = int(m["a"]), int(m["b"])
    year = int(m["y"]) if len(m["y"]) == 4 else two_digit_year(int(m["y"]))
    month, day = (b, a) if m["sep"] == "." or a > 12 else (a, b)
    spec = _day_date(month, day, year, None)
    return [cand(m, spec)] if spec else blocker(m)


def build_ymd(m: re.Match[str], text: str) -> list[Candidate]:
    spec = _day_date(int(m["m"]), int(m["d"]), int(m["y"]), None)
    return [cand(m, spec)] if spec else blocker(m)


def build_mdy(m: re.Match[str], text: str) -> list[Candidate]:
    month = month_number(m["mon"]) or 0
    year = _year(m["year"])
    spec = _day_date(month, int(m["day"]), year, _wd(m["wd"] or (None if m["day2"] else m["wd2"])))
    if spec is None or (year is None and names_a_document(text, m.end())):
        return blocker(m)
    if not m["day2"]:
        return [cand(m, spec)]
    first_end = m.end("day_sfx") if m["day_sfx"] else m.end("day")
    out = [cand(m, spec, end=first_end)]
    second = _day_date(month, int(m["day2"]), year, None)
    if second and int(m["day2"]) > int(m["day"]):
        out.append(replace(cand(m, second, start=m.start("day2"), end=m.end("day2")), tail=True))
    return out


def build_dmy(m: re.Match[str], text: str) -> list[Candidate]:
    month = month_number(m["mon"]) or 0
    year = _year(m["year"])
    if m["mon"].lower() == "may" and year is None and _verb_follows(text, m.end()):
        return []
    spec = _day_date(month, int(m["day"]), year, _wd(m["wd"]))
    if spec is None or (year is None and names_a_document(text, m.end())):
        return blocker(m)
    if not m["day0"]:
        return [cand(m, spec)]
    # "9-12 March": the first day alone ("9"), then the last with its month, read as "March 9-12" is
    first = _day_date(month, int(m["day0"]), year, _wd(m["wd"]))
    if first is None or int(m["day0"]) >= int(m["day"]):
        return [cand(m, spec, start=m.start("day"))]
    head_end = m.end("day0_sfx") if m["day0_sfx"] else m.end("day0")
    return [cand(m, first, end=head_end), cand(m, spec, start=m.start("day"))]


def _verb_follows(text: str, pos: int) -> bool:
    """Whether a lower-case word follows that is not a preposition ("20 May be" vs "20 May in Tokyo")."""
    nxt = LOWER_WORD_AFTER.match(text[pos : pos + 30])
    return nxt is not None and nxt[1] not in BARE_MONTH_BEFORE | {"and", "at", "when", "with", "for"}


def build_month_year(m: re.Match[str], text: str) -> list[Candidate]:
    year = int(m["year"])
    if not valid_year(year):
        return []
    return [cand(m, DateSpec(year=year, month=month_number(m["mon"])))]


def build_part_month(m: re.Match[str], text: str) -> list[Candidate]:
    year = _year(m["year"])
    if year is not None and not valid_year(year):
        return []
    spec = DateSpec(year=year, month=month_number(m["mon"]), part=_part(m), rel_offset=_rel(m["rel"]))
    return [cand(m, spec)]


def build_month_rel_year(m: re.Match[str], text: str) -> list[Candidate]:
    """ "May last year", "Jan. 22 this year": a month (and day) of a year counted from the anchor."""
    month = month_number(m["mon"]) or 0
    day = int(m["day"]) if m["day"] else None
    if day is None and not _bare_month_ok(m["mon"], text, m.start(), m.start("rel")):
        return []
    if day is not None and not valid_day(month, day, None):
        return blocker(m)
    spec = DateSpec(month=month, day=day, rel_unit="year", rel_offset=_rel(m["rel"]))
    return [cand(m, spec)]


def build_weekend(m: re.Match[str], text: str) -> list[Candidate]:
    return [cand(m, DateSpec(rel_unit="weekend"), start=m.start("w"))]


def build_month(m: re.Match[str], text: str) -> list[Candidate]:
    name = m["mon"]
    if not m["rel"] and not _bare_month_ok(name, text, m.start(), m.end()):
        return []
    return [cand(m, DateSpec(month=month_number(name), rel_offset=_rel(m["rel"])))]


def _bare_month_ok(name: str, text: str, start: int, end: int) -> bool:
    """A month name alone is a date after a preposition or in a list of months ("in May", "June and July")."""
    if DIGIT_AFTER.match(text[end : end + 3]) or (len(name) == 3 and name.lower() != "may"):
        return False
    before = prev_words(text, start, 2)
    prev = before[0] if before else ""
    if _modifier(prev, text, end):
        return True  # "its March figures", "an October trip", "Russia's March election"
    if name.lower() != "may" and period_noun_after(text, end):
        return True  # "will release September figures"
    if name.lower() == "may":
        return prev in MAY_BEFORE or _after_month_list(before)
    return prev in BARE_MONTH_BEFORE or prev in MONTH_WORDS or _after_month_list(before)


def period_noun_after(text: str, end: int) -> bool:
    """A month named before a noun of figures over a period: "September figures", "October sales"."""
    nxt = NOUN_AFTER.match(text, end, end + 40)
    return nxt is not None and not text[end : nxt.start(1)].strip() and nxt[1] in PERIOD_NOUNS


def modified_noun_after(text: str, end: int) -> bool:
    """A noun right after a month or weekday name, which the name modifies: "June elections"."""
    nxt = NOUN_AFTER.match(text, end, end + 40)
    return nxt is not None and not text[end : nxt.start(1)].strip() and nxt[1] not in NOT_MODIFIED


def _modifier(prev: str, text: str, end: int) -> bool:
    """A month or weekday name before a noun, after a possessive or an article: "its March figures"."""
    if prev not in MONTH_MODIFIER_BEFORE and not (prev.endswith(("'s", "’s")) and len(prev) > 3):
        return False
    nxt = NOUN_AFTER.match(text, end, end + 40)
    if nxt is not None and nxt[1] in ("and", "or"):  # "its March and April figures"
        other = WORD_AFTER.match(text, nxt.end(), nxt.end() + 20)
        return other is not None and other[2].lower() in MONTH_WORDS
    return nxt is not None and nxt[1] not in NOT_MODIFIED


def _after_month_list(before: list[str]) -> bool:
    return (
        len(before) == 2 and before[0] in ("and", "or", "to", "through", "till", "until") and (before[1] in MONTH_WORDS)
    )


def build_weekday(m: re.Match[str], text: str) -> list[Candidate]:
    before = prev_words(text, m.start())
    if before and before[0] in WEEKDAY_NAMES_BEFORE and not (before[0] in ("a", "an") and _modifier(before[0], text,
                                                                                                 m.end())):
        return []  # "Good Friday", "every Monday"; not "a Thursday press conference"
    if before and before[0] == "the" and CAPITAL_AFTER.match(text[m.end() : m.end() + 3]):
        return []  # "The Sunday Times"
    dom = m["dom"] or m["dom2"]
    day = int(dom) if dom and 1 <= int(dom) <= 31 else None  # "this Wednesday (20)", as Brazilian papers write
    month = int(m["mon_n"]) if m["mon_n"] and day else None  # "Monday (17/06)": June 17, a Monday
    spec = DateSpec(month=month, day=day, weekday=_wd(m["wd"]), rel_offset=_rel(m["rel"]))
    tod = W["times_of_day"].get(m["tod"]) if m["tod"] else None
    return [cand(m, spec, type="TIME" if tod else "DATE", tod=tod)]


def build_day_of_month(m: re.Match[str], text: str) -> list[Candidate]:
    """ "on the 26th": that day of the month the anchor and the tense point to (calendar.month_day_date)."""
    day = int(m["day"] or m["day2"])
    start = m.start("the") if m["the"] else m.start("day2")
    return [cand(m, DateSpec(day=day), start=start)] if 1 <= day <= 31 else []


def build_dayword(m: re.Match[str], text: str) -> list[Candidate]:
    word = " ".join(m["w"].lower().split())
    if word == "tonight":
        return [cand(m, DateSpec(rel_unit="day", rel_offset=0), type="TIME", tod="NI")]
    if word == "today" and "than" in prev_words(text, m.start(), 6):
        return [cand(m, DateSpec(ref="PRESENT_REF"))]  # "faster than can be done today": the present era
    spec = DateSpec(rel_unit="day", rel_offset=W["day_words"][word])
    tod = W["times_of_day"].get(m["tod"]) if m["tod"] else None
    return [cand(m, spec, type="TIME" if tod else "DATE", tod=tod)]


def build_tod(m: re.Match[str], text: str) -> list[Candidate]:
    tod = W["times_of_day"][m["tod"].lower()]
    offset = -1 if m["w"].lower() == "last" else 0
    if offset == -1 and tod != "NI":
        return []
    return [cand(m, DateSpec(rel_unit="day", rel_offset=offset), type="TIME", tod=tod)]


def build_ref(m: re.Match[str], text: str) -> list[Candidate]:
    word = " ".join(m["w"].lower().split())
    if word.startswith("at") and OF_AFTER.match(text[m.end() : m.end() + 5]):
        return []  # "at the time of the attack"
    ref = W["refs"].get(word) or ("FUTURE_REF" if word.endswith("future") else "PAST_REF")
    return [cand(m, DateSpec(ref=ref), start=m.start("w"))]


def build_rel_unit(m: re.Match[str], text: str) -> list[Candidate]:
    rel = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower()
    if m["the"] and rel.startswith("this"):
        return []
    offset = REL[rel]
    if unit in ("decade", "century") and m["the"]:
        n = 10 if unit == "decade" else 100
        return [cand(m, DateSpec(), type="DURATION", value=f"P{n}Y")]  # "the past decade"
    if unit in W["seasons"]:
        return [cand(m, DateSpec(season=W["seasons"][unit], rel_offset=offset))]
    return [cand(m, DateSpec(rel_unit=unit, rel_offset=offset))]


def build_latest_unit(m: re.Match[str], text: str) -> list[Candidate]:
    """ "the latest quarter", "the most recent week": the last one over, before the anchor's."""
    return [cand(m, DateSpec(rel_unit=m["unit"].lower(), rel_offset=-1))]


def build_part_rel(m: re.Match[str], text: str) -> list[Candidate]:
    unit = m["unit"].lower()
    rel = (m["rel"] or "").lower()
    if m["pa"] and rel in ("", "the") and unit not in W["seasons"]:
        return []  # "late years", "early the year"
    part = None if (m["pa"] or "").lower() in ("earlier", "later") else _part(m)
    offset = REL.get(rel)
    if unit in W["seasons"]:
        return [cand(m, DateSpec(season=W["seasons"][unit], part=part, rel_offset=offset))]
    if offset is None and unit != "year":
        offset = 0  # "the end of the month": this month
    return [cand(m, DateSpec(rel_unit=unit, rel_offset=offset, part=part))]


def build_yearend(m: re.Match[str], text: str) -> list[Candidate]:
    return [cand(m, DateSpec(part="end", rel_unit="year"))]


def build_part_year(m: re.Match[str], text: str) -> list[Candidate]:
    year = int(m["year"])
    if not valid_year(year) or (m["s"] and year % 10):
        return []
    spec = DateSpec(year=year, part=_part(m), rel_unit="decade" if m["s"] else None)
    return [cand(m, spec)]


def build_year_range(m: re.Match[str], text: str) -> list[Candidate]:
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if not (valid_year(y1) and valid_year(y2) and y1 < y2 < y1 + 100):
        return []
    return [
        cand(m, DateSpec(year=y1), end=m.end("y1")),
        cand(m, DateSpec(year=y2), start=m.start("y2")),
    ]


def build_year(m: re.Match[str], text: str) -> list[Candidate]:
    year = int(m["year"])
    if not valid_year(year):
        return []
    if not m["pre"] and not _bare_year_ok(text, m.start(), m.end()):
        return []
    return [cand(m, DateSpec(year=year))]


def _bare_year_ok(text: str, start: int, end: int) -> bool:
    """A bare four-digit number is a year unless it counts something ("2000 troops", "No. 1945")."""
    nxt = WORD_AFTER.match(text[end : end + 20])
    if nxt and (nxt[2].lower() in COUNT_NOUNS or (nxt[1] == "-" and nxt[2].islower())):
        return False  # "2000 troops", "a 1900-meter climb"
    before = prev_words(text, start)
    return not before or (before[0] not in NOT_YEAR_BEFORE and not before[0].isdigit())


def build_apos_year(m: re.Match[str], text: str) -> list[Candidate]:
    year = two_digit_year(int(m["yy"]))
    return [cand(m, DateSpec(year=year))]


def build_decade(m: re.Match[str], text: str) -> list[Candidate]:
    dec = m["dec"]
    if len(dec) <= 3:  # "'90s", "the 60s" (not "in his 60s", "60s" alone)
        if dec[0] not in "'’" and not m["the"]:
            return []
        yy = int(dec.lstrip("'’"))
        year = 2000 + yy if yy <= 10 else 1900 + yy
    else:
        year = int(dec)
    return [cand(m, DateSpec(year=year, rel_unit="decade", part=_part(m)))]


def build_decade_word(m: re.Match[str], text: str) -> list[Candidate]:
    """ "the sixties", "the late seventies": decades of the 1900s."""
    year = 1900 + 10 * int(W["decade_words"][m["w"].lower()])
    return [cand(m, DateSpec(year=year, rel_unit="decade", part=_part(m)))]


UNIT_OF_YEAR = {"day": 0, "week": 52, "month": 12, "quarter": 4, "year": 1}


def build_anaphor(m: re.Match[str], text: str) -> list[Candidate]:
    """ "the same day", "that year", "the following week", "the same quarter a year earlier": the date of the last
    fitting expression before it, moved; with none, the anchor's (see tagger._anaphor)."""
    det = " ".join(m["det"].lower().split())
    unit = m["unit"].lower()
    offset = ANAPHOR_DETS[det]
    if det == "the next" and unit != "day":
        return []  # "the next week": the week after the anchor's (rel_unit)
    if m["ly"]:
        if offset or unit == "day":
            return []
        if m["ly"].lower().startswith("last"):  # "the same week last year": counted from the anchor
            return [cand(m, DateSpec(rel_unit=unit, rel_offset=-UNIT_OF_YEAR[unit]))]
        offset = -UNIT_OF_YEAR[unit]
    if det == "that" and unit == "day" and m.start() and text[m.start() - 1 : m.start()] == "-":
        return []
    return [_anaphor(m, unit, offset)]


def _anaphor(m: re.Match[str], unit: str, offset: int) -> Candidate:
    c = cand(m, DateSpec(rel_unit=unit, rel_offset=offset))
    c.anaphor = f"{unit}:{offset}"
    return c


def build_anaphor_verb(m: re.Match[str], text: str) -> list[Candidate]:
    """ "shares ended the day lower", "the index closed the week up": the day (week...) of the last date told."""
    c = _anaphor(m, m["unit"].lower(), 0)
    c.start = m.start("the")
    return [c]


def build_anaphor_in(m: re.Match[str], text: str) -> list[Candidate]:
    """ "later in the day", "earlier in the week": the day (week...) of the last date told; the span is "the day"."""
    c = _anaphor(m, m["unit"].lower(), 0)
    c.start = m.start("the")
    return [c]


def build_anaphor_ba(m: re.Match[str], text: str) -> list[Candidate]:
    """ "the day before", "the year after"; not "the day after the vote" (a day told by an event)."""
    nxt = LOWER_WORD_AFTER.match(text, m.end(), m.end() + 20)
    if nxt is not None:
        if nxt[1] not in CLAUSE_WORDS:
            return []
    else:
        rest = text[m.end() : m.end() + 20].lstrip()
        if rest and (rest[0].isalnum() or rest[0] in "$€£"):
            return []
    return [_anaphor(m, m["unit"].lower(), -1 if m["dir"].lower() == "before" else 1)]


def build_anaphor_n(m: re.Match[str], text: str) -> list[Candidate]:
    """ "a day earlier", "two days later": that many days (weeks, months) from the last date told; not "two days
    after the vote" (a day told by an event)."""
    n = number_value(m["n"])
    if n is None or not build_anaphor_ba(m, text):
        return []
    sign = -1 if m["dir"].lower() in ("earlier", "before") else 1
    return [_anaphor(m, m["unit"].lower(), sign * n)]


CLAUSE_WORDS: Final = frozenset("and or but when while as he she they it we i you there".split())


def build_year_earlier(m: re.Match[str], text: str) -> list[Candidate]:
    """ "the year-earlier quarter": the same quarter a year before the last one told."""
    unit = m["unit"].lower()
    c = _anaphor(m, unit, -UNIT_OF_YEAR[unit])
    if m["ord"] and unit == "quarter":
        return [cand(m, DateSpec(quarter=W["ordinals"][m["ord"].lower()], rel_unit="year", rel_offset=-1))]
    return [c]


def build_named_day(m: re.Match[str], text: str) -> list[Candidate]:
    """ "Good Friday", "Victory Day", "Thanksgiving 2012"; "Super Tuesday" is no date (and no Tuesday)."""
    name = " ".join(m["h"].lower().replace("’", "'").split())
    rule = NAMED_DAYS.get(name)
    year = _year(m["year"])
    if rule is None or (year is not None and not valid_year(year)):
        return []
    if isinstance(rule, dict) and rule.get("none"):
        return blocker(m)
    if isinstance(rule, list):
        return [cand(m, DateSpec(year=year, month=int(rule[0]), day=int(rule[1])))]
    if isinstance(rule, dict) and "date" in rule:
        d = date.fromisoformat(str(rule["date"]))
        return [cand(m, DateSpec(year=d.year, month=d.month, day=d.day))]
    if year is not None:
        d2 = named_date(name, year)
        return [cand(m, DateSpec(year=year, month=d2.month, day=d2.day))] if d2 else []
    c = cand(m, DateSpec())
    c.named = name
    return [c]


def named_date(name: str, year: int) -> date | None:
    """The day a named day with a moving date falls on in `year` (Easter's by the Gregorian computus)."""
    rule = NAMED_DAYS.get(name)
    if not isinstance(rule, dict) or not 1583 <= year <= 9999:
        return None
    if "easter" in rule:
        return easter(year) + timedelta(days=int(rule["easter"]))
    if "nth" in rule:
        month, weekday, nth = int(rule["month"]), int(rule["weekday"]), int(rule["nth"])
        if nth > 0:
            first = date(year, month, 1)
            d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            d = last - timedelta(days=(last.weekday() - weekday) % 7)
        return d + timedelta(days=int(rule.get("plus", 0)))
    return None


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * mm + 114, 31)
    return date(year, month, day + 1)


def build_named_date(m: re.Match[str], text: str) -> list[Candidate]:
    """ "9/11": the day it names."""
    d = date.fromisoformat(W["named_dates"][m["h"]])
    return [cand(m, DateSpec(year=d.year, month=d.month, day=d.day))]


def build_century(m: re.Match[str], text: str) -> list[Candidate]:
    ordinal = m["ord"].lower().replace("-", " ")
    n = int(ordinal[:-2]) if ordinal[0].isdigit() else W["century_ordinals"][ordinal]
    if not 1 <= n <= 22:
        return []
    return [cand(m, DateSpec(year=(n - 1) * 100, rel_unit="century", part=_part(m)))]


def build_quarter(m: re.Match[str], text: str) -> list[Candidate]:
    n = W["ordinals"][m["ord"].lower()]
    half = m["unit"].lower() == "half"
    qualified = m["rel"] or m["year"] or m["tyear"]
    if (half and n > 2) or (not qualified and (half or OF_AFTER.match(text[m.end() : m.end() + 4]))):
        return []
    year = _year(m["year"])
    if year is not None and not valid_year(year):
        return []
    rel = " ".join((m["rel"] or "").lower().split())
    offset = {"": None, "this": 0, "the current": 0, "last": -1, "the previous": -1}.get(rel, 1)
    spec = DateSpec(
        year=year,
        quarter=None if half else n,
        part=f"H{n}" if half else None,
        rel_unit="year" if offset is not None else None,
        rel_offset=offset,
    )
    return [cand(m, spec)]


def build_q_code(m: re.Match[str], text: str) -> list[Candidate]:
    kind, n = m["q"][0], int(m["q"][1])
    if kind == "H" and n > 2:
        return []
    year = _year(m["year"]) or (two_digit_year(int(m["yy"])) if m["yy"] else None)
    spec = DateSpec(year=year, quarter=n if kind == "Q" else None, part=f"H{n}" if kind == "H" else None)
    return [cand(m, spec)]


def build_season(m: re.Match[str], text: str) -> list[Candidate]:
    year = _year(m["year"])
    if year is not None and not valid_year(year):
        return []
    if year is None and not _bare_season_ok(m, text):
        return []
    spec = DateSpec(year=year, season=W["seasons"][m["season"].lower()], part=_part(m))
    return [cand(m, spec)]


def _bare_season_ok(m: re.Match[str], text: str) -> bool:
    """ "in the summer", "during winter", "late summer"; not "the fall of Kabul" nor "Summer Olympics"."""
    after = text[m.end() : m.end() + 30]
    if OF_AFTER.match(after) or (m["season"][0].isupper() and CAPITAL_AFTER.match(after)):
        return False
    before = prev_words(text, m.start())
    return bool(m["pa"]) or bool(before and before[0] in SEASON_BEFORE)


AGO_YEARS_MAX = 1000  # years back an "ago" may count ("2016 year ago" is a year read wrong, no date)
AGO_UNIT_YEARS: dict[str, float] = {"day": 1 / 365, "week": 1 / 52, "month": 1 / 12, "year": 1, "decade": 10}


def build_ago(m: re.Match[str], text: str) -> list[Candidate]:
    n = number_value(m["n"])
    if n is None or n * AGO_UNIT_YEARS.get(m["unit"].lower(), 1) > AGO_YEARS_MAX:
        return []
    return [cand(m, DateSpec(rel_unit=m["unit"].lower(), rel_offset=-n))]


DURATION_CODES: dict[str, str] = W["duration_units"]


def build_duration(m: re.Match[str], text: str) -> list[Candidate]:
    unit = m["unit"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    n = number_value(m["n"])
    count = "X" if n is None else str(n)
    if unit in ("decade", "century"):
        value = "P" + ("X" if n is None else str(n * (10 if unit == "decade" else 100))) + "Y"
    else:
        code = DURATION_CODES.get(unit, "Y")
        value = f"PT{count}{code[1]}" if code.startswith("T") else f"P{count}{code}"
    start = m.start("the") if m["the"] else m.start()
    return [cand(m, DateSpec(), start=start, type="DURATION", value=value)]


def build_recent(m: re.Match[str], text: str) -> list[Candidate]:
    code = DURATION_CODES.get(m["unit"].lower().rstrip("s"), "Y")
    return [cand(m, DateSpec(), type="DURATION", value=f"PX{code}")]


SET_CODES = {"day": "P1D", "week": "P1W", "weekend": "P1W", "month": "P1M", "quarter": "P3M"}
SET_CODES |= dict.fromkeys(W["times_of_day"], "P1D")


def build_set(m: re.Match[str], text: str) -> list[Candidate]:
    unit = (m["u"] or "year").lower()
    code = SET_CODES.get(unit, "P1W" if unit in W["weekdays"] else "P1Y")
    return [cand(m, DateSpec(), type="SET", value=code)]


def build_holiday(m: re.Match[str], text: str) -> list[Candidate]:
    if not m["year"] and CAPITAL_AFTER.match(text[m.end() : m.end() + 3]):
        return []  # "Christmas Island"
    name = " ".join(m["h"].lower().replace("’", "'").split())
    month, day = W["holidays"].get(name, W["holidays"]["new year's day"])
    year = _year(m["year"])
    if year is not None and not valid_year(year):
        return []
    return [cand(m, DateSpec(year=year, month=month, day=day))]


BUILDERS: dict[str, Builder] = {
    "iso": build_iso,
    "numeric": build_numeric,
    "ymd": build_ymd,
    "mdy": build_mdy,
    "dmy": build_dmy,
    "month_year": build_month_year,
    "part_month": build_part_month,
    "month": build_month,
    "month_rel_year": build_month_rel_year,
    "weekend": build_weekend,
    "weekday": build_weekday,
    "day_of_month": build_day_of_month,
    "dayword": build_dayword,
    "tod": build_tod,
    "ref": build_ref,
    "ref_prep": build_ref,
    "rel_unit": build_rel_unit,
    "latest_unit": build_latest_unit,
    "part_rel": build_part_rel,
    "yearend": build_yearend,
    "part_year": build_part_year,
    "year_range": build_year_range,
    "year": build_year,
    "apos_year": build_apos_year,
    "decade": build_decade,
    "decade_word": build_decade_word,
    "anaphor": build_anaphor,
    "anaphor_verb": build_anaphor_verb,
    "anaphor_in": build_anaphor_in,
    "anaphor_ba": build_anaphor_ba,
    "anaphor_n": build_anaphor_n,
    "year_earlier": build_year_earlier,
    "named_day": build_named_day,
    "named_date": build_named_date,
    "century": build_century,
    "quarter": build_quarter,
    "q_code": build_q_code,
    "season": build_season,
    "ago": build_ago,
    "duration": build_duration,
    "recent": build_recent,
    "set": build_set,
    "holiday": build_holiday,
}
