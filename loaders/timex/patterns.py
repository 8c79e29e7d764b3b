"""Regular expressions that find temporal expressions, and the search that runs them over a text."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from loaders.scan import lower

from .. import regexes as rx
from .builders import BUILDERS, Builder, Candidate
from .lexicon import alternation, words
from .starts import Finder
from .triggers import Scanner, Trigger

W = words()
_FULL = [m.title() for m in W["months"]]
MONTHS = alternation(_FULL + [m.upper() for m in W["months"]])
ABBRS = alternation([a.title() for a in W["month_abbreviations"]] + [a.upper() + "." for a in W["month_abbreviations"]])
WEEKDAYS = alternation(d.title() for d in W["weekdays"])
SEASONS = alternation(W["seasons"])
NUMWORDS = alternation(k for k in W["numbers"] if k not in ("a", "an"))
COUNT = rf"{alternation(W['numbers'])}|\d{{1,2}}"  # a count in words or digits ("a", "two", "twenty", "12")
DECADE_WORDS = alternation(W["decade_words"])
REFS = alternation(r for r in W["refs"] if not r.startswith(("the ", "in the past", "in the future")))
ANAPHOR_DETS = alternation(W["anaphor_determiners"])
NAMED_DAYS = alternation(W["named_days"])
NAMED_DATES = alternation(W["named_dates"])
UNITS_PLURAL = r"seconds|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)"
NOT_AFTER_NUMBER = r"(?![\w%]|[.,:/]\d|[-–]\d)"
YEAR = r"(?:1\d{3}|2\d{3})"
BEFORE_NUMBER = r"(?<![\w$€£¥#.,/:])(?<!\d[-–])"


def month_re(group: str) -> str:
    """A month name ("September", "SEPTEMBER", "Sept.", "Sep") as a named group."""
    return rf"(?P<{group}>(?:{MONTHS})(?![\w])|(?:{ABBRS})(?:\.|(?![\w])))"


def day_re(group: str) -> str:
    return rf"(?P<{group}>[0-3]?\d)(?P<{group}_sfx>st|nd|rd|th)?(?![\w%]|[.,:/]\d)"


def year_re(group: str) -> str:
    return rf"(?P<{group}>{YEAR}){NOT_AFTER_NUMBER}"


WD_PREFIX = rf"(?:(?P<wd>{WEEKDAYS})\s*(?:,?\s+|(?P<wdp>\(\s*)))?"  # "Thursday, March 28", "Thursday (March 28)"
WD_CLOSE = r"(?(wdp)\s*\))"  # the bracket opened after the weekday, closed after the day
REL_WORDS = r"this\s+past|this|last|next|past|coming|current|upcoming"
PART_OF = r"(?:very\s+)?(?P<pw>(?i:end|beginning|start|middle|close))\s+of\s+"
PART_ADJ = r"(?P<pa>(?i:early|mid|late))(?:\s*-\s*|\s+)"

# the second day of "May 3 and 4" / "May 3 to 4": a day that a year, a stop or a joining word follows
DAY_PAIR_END = (r"[0-3]?\d(?:\s*,?\s*(?:1[89]|20)\d\d(?!\d)|\s*[.,;:)]|\s*$|\s+(?:in|at|on|to|for|with|and|when"
                r"|during|respectively|the|of|while|as|before|after|amid|under|between)(?![\w]))")

RX: dict[str, str] = {
    "iso": rf"{BEFORE_NUMBER}(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d)"
    r"(?:(?:T|\s+)(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d)?)?(?![\w/-]|\.\d)",
    "numeric": rf"{BEFORE_NUMBER}(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d\d)"
    r"(?![\w/%]|[.,]\d)",
    "ymd": rf"{BEFORE_NUMBER}(?P<y>\d{{4}})/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?![\w/%]|[.,]\d)",
    "mdy": rf"(?<![\w]){WD_PREFIX}{month_re('mon')}\s*{day_re('day')}"
    r"(?:(?:\s*[-–]\s*|\s+(?:and|to|through|till|until)\s+(?=" + DAY_PAIR_END + r"))"  # "May 3 and 4, 2021"
    r"(?P<day2>[0-3]?\d)(?![\w%]|[.,:/]\d))?"
    rf"(?:\s*,?\s*{year_re('year')})?"
    rf"(?:,\s*(?P<wd2>{WEEKDAYS})(?![\w'’]))?{WD_CLOSE}",  # "on Nov. 14, Thursday", as Korean papers write
    "dmy": rf"(?<![\w]){WD_PREFIX}(?:(?P<the>[Tt]he)\s+)?(?<![\w.,/$-])"
    r"(?:(?P<day0>[0-3]?\d)(?P<day0_sfx>st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:to|and)\s+))?"  # "9-12 March", "3 and 4 May"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"(?:\s+of)?\s+{month_re('mon')}(?:\s*,?\s*{year_re('year')})?{WD_CLOSE}",
    "month_year": rf"(?<![\w]){month_re('mon')}\s*,?\s*(?:of\s+)?{year_re('year')}",
    "part_month": rf"(?<![\w])(?:(?:[Tt]he\s+)?{PART_OF}|{PART_ADJ}|(?P<pe>[Ee]nd)\s*-\s*)"
    rf"(?:(?P<rel>last|next|this)\s+)?{month_re('mon')}(?:\s*,?\s*(?:of\s+)?{year_re('year')})?",
    "month": rf"(?<![\w])(?:(?P<rel>(?i:{REL_WORDS}))\s+)?{month_re('mon')}",
    "month_rel_year": rf"(?<![\w]){month_re('mon')}(?:\s*{day_re('day')})?\s*,?\s+(?:of\s+)?"
    r"(?P<rel>(?i:last|next|this))\s+year(?![\w-])",
    "weekday": rf"(?<![\w])(?:(?P<rel>(?i:{REL_WORDS}))\s+)?(?P<wd>{WEEKDAYS})(?![\w])"
    r"(?:\s*\((?P<dom>[0-3]?\d)(?:st|nd|rd|th)?(?:/(?P<mon_n>0?[1-9]|1[0-2]))?\))?"  # "this Wednesday (20)": the
    # day of the month in brackets; "on Monday (17/06)", the day and month, as Indonesian wires (ANTARA) write
    r"(?:\s+(?P<tod>morning|afternoon|evening|night)(?![\w]))?"
    r"(?:\s*\((?P<dom2>[0-3]?\d)(?:st|nd|rd|th)?\))?",  # "on Thursday morning (21)"
    # "met on the 27th", "will meet on the 26th to discuss": a day of the month alone (Korean and Japanese wires)
    "day_of_month": r"(?<![\w])(?i:on|by|until|till|from|since)\s+(?:(?P<the>the)\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)"
    r"(?![\w])(?:\s+of\s+(?i:this|the\s+current)\s+month(?![\w-])|(?=\s*(?:[.,;:)]|$|(?:to|at|in|and|or|with|for|"
    r"after|before|when|while|during|but|as|where|amid|ahead|between|under|via|local|morning|afternoon|evening|"
    r"night)\b)))|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+(?i:this|the\s+current)\s+month(?![\w-]))",
    # "will begin on 28th of this month", "on the 5th of this month": that day of the anchor's month
    "dayword": r"(?<![\w])(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|"
    r"tomorrow|yesterday|tonight))(?![\w])(?:\s+(?P<tod>morning|afternoon|evening|night)(?![\w]))?",
    "tod": r"(?<![\w])(?P<w>(?i:this|last))\s+(?P<tod>morning|afternoon|evening|night)(?![\w])",
    "ref": rf"(?<![\w])(?P<w>(?i:{REFS}))(?![\w])",
    "ref_prep": r"(?<![\w])(?i:in|for|into|from|of)\s+(?P<w>(?i:the\s+(?:(?:near|distant|foreseeable|"
    r"immediate)\s+)?(?:future|past)))(?![\w])",
    "rel_unit": rf"(?<![\w])(?:(?P<the>[Tt]he)\s+)?(?P<rel>(?i:{REL_WORDS}))\s+(?:(?i:fiscal)\s+)?"
    rf"(?P<unit>(?i:week|month|year|weekend|quarter|decade|century|{SEASONS}))(?![\w-])",
    "latest_unit": r"(?<![\w])(?P<the>[Tt]he)\s+(?i:latest|most\s+recent)\s+(?:(?i:fiscal)\s+)?"
    r"(?P<unit>(?i:week|month|quarter|year))(?![\w-])",
    "part_rel": rf"(?<![\w])(?:(?:(?P<the>[Tt]he)\s+)?{PART_OF}|(?P<pa>(?i:early|mid|late|earlier|later))"
    rf"(?:\s*-\s*|\s+))(?:(?P<rel>(?i:this|last|next|coming|current|the))\s+)?(?:(?i:fiscal)\s+)?"
    rf"(?P<unit>(?i:year|month|week|decade|century|{SEASONS}))(?![\w-])",
    "weekend": r"(?<![\w])(?i:over|during|on|at|by|for|until|after|before)\s+(?P<w>(?i:the\s+weekend))(?![\w])",
    "yearend": r"(?<![\w-])(?P<w>(?i:year[- ]?end|end[- ]of[- ]year))(?![\w-])",
    "part_year": rf"(?<![\w])(?:(?P<the>[Tt]he)\s+)?(?:{PART_OF}(?:the\s+)?|{PART_ADJ}(?:the\s+)?)"
    rf"(?P<year>(?:1[89]|20|21)\d\d)(?P<s>s)?{NOT_AFTER_NUMBER}",
    "year_range": rf"{BEFORE_NUMBER}(?P<y1>{YEAR})\s*[-–/]\s*(?P<y2>\d{{4}}|\d\d){NOT_AFTER_NUMBER}",
    "year": rf"{BEFORE_NUMBER}(?P<pre>[Tt]he\s+year\s+|(?i:fiscal)\s+(?:(?i:year)\s+)?|FY\s*)?"
    rf"(?P<year>{YEAR}){NOT_AFTER_NUMBER}",
    "apos_year": r"(?<![^\s(])['’](?P<yy>\d\d)(?![\w'’%]|[.,]\d)",
    "decade": r"(?<![\w])(?:(?P<the>[Tt]he)\s+)?(?:(?P<pa>(?i:early|mid|late))(?:\s*-\s*|\s+))?"
    r"(?P<dec>(?:1[89]|20)\d0|['’]?\d0)['’]?s(?![\w])",
    "decade_word": rf"(?<![\w])(?P<the>[Tt]he)\s+(?:(?P<pa>(?i:early|mid|late))(?:\s*-\s*|\s+))?"
    rf"(?P<w>(?i:{DECADE_WORDS}))(?![\w])",
    "century": r"(?<![\w])(?i:(?:the\s+)?(?:(?P<pa>early|mid|late)[\s-]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|"
    r"eighteenth|nineteenth|twentieth|twenty[- ]first)[\s-]+century)(?![\w])",
    "quarter": r"(?<![\w])(?:(?P<the>[Tt]he)\s+)?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"
    r"[\s-]+(?P<unit>(?i:quarter|half))(?:\s+of\s+(?:(?P<rel>(?i:this|last|next|the\s+current|the\s+next|"
    r"the\s+previous))\s+(?:(?i:fiscal)\s+)?(?i:year)|(?:the\s+)?(?:(?i:fiscal)\s+)?(?:(?i:year)\s+)?"
    rf"(?P<year>{YEAR})|(?P<tyear>the\s+(?:(?i:fiscal)\s+)?(?i:year))))?(?![\w])",
    "q_code": rf"(?<![\w-])(?P<q>[QH][1-4])(?:\s*(?P<year>{YEAR})|['’](?P<yy>\d\d))?(?![\w])",
    "season": rf"(?<![\w])(?:(?P<the>[Tt]he)\s+)?(?:(?P<pa>(?i:early|mid|late))[\s-]+)?"
    rf"(?P<season>(?i:{SEASONS}))(?:\s+(?:of\s+)?(?P<year>{YEAR}){NOT_AFTER_NUMBER})?(?![\w])",
    "ago": rf"(?<![\w])(?P<n>\d+|(?i:{NUMWORDS}|a|an))[\s-]+(?P<unit>(?i:day|week|month|year|decade))s?"
    r"\s+(?i:ago)(?![\w])",
    "duration": r"(?<![\w])(?:(?i:over\s+)?(?P<the>(?i:the))\s+)?(?:(?i:past|last|next|coming|first|previous|"
    rf"following|final|recent)\s+)?(?P<n>\d+(?:\.\d+)?|(?i:{NUMWORDS}|several|a\s+few|few|many|some|a|an))"
    rf"[\s-]+(?:(?i:more|full|straight|consecutive|long|whole)\s+)?(?P<unit>(?i:{UNITS_PLURAL}))"
    r"(?:['’](?!s))?(?![\w-])",
    "recent": r"(?<![\w])(?i:recent|the\s+coming|the\s+past|the\s+last|the\s+next)\s+"
    r"(?P<unit>(?i:days|weeks|months|years|decades))(?![\w])",
    "set": r"(?<![\w])(?i:(?:every|each)\s+(?:other\s+)?(?P<u>day|week|month|year|morning|afternoon|evening|"
    rf"night|weekend|quarter|season|{SEASONS}|{WEEKDAYS.lower()}|{MONTHS.lower()})|annually|yearly)(?![\w])",
    "anaphor": rf"(?<![\w])(?P<det>(?i:{ANAPHOR_DETS}))\s+(?P<unit>(?i:day|week|month|quarter|year))(?![\w-])"
    r"(?:\s+(?P<ly>(?i:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:previous|prior)\s+year|"
    r"the\s+year\s+before)))?",
    "anaphor_verb": r"(?<![\w])(?i:ended|closed|finished|started|began|opened|ends|closes|finishes|starts|begins|"
    r"opens|end|close|finish|start|begin|open)\s+(?P<the>(?i:the))\s+(?P<unit>(?i:day|week|month|quarter|year))"
    r"(?![\w-])(?!\s+(?:of|on|in|with|before|after)\b)",
    "anaphor_ba": r"(?<![\w])(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<dir>(?i:before|after))(?![\w])",
    "anaphor_n": rf"(?<![\w])(?P<n>\d+|(?i:{NUMWORDS}|a|an))[\s-]+(?P<unit>(?i:day|week|month|year))s?\s+"
    r"(?P<dir>(?i:earlier|later|before|after))(?![\w])",
    "anaphor_in": r"(?<![\w])(?i:earlier|later)\s+(?i:in|during)\s+(?P<the>(?i:the))\s+"
    r"(?P<unit>(?i:day|week|month|year))(?![\w-])(?!['’]s)",
    "year_earlier": r"(?<![\w])(?i:the)\s+(?i:year[- ](?:earlier|ago|before))\s+"
    r"(?:(?P<ord>(?i:first|second|third|fourth))\s+)?(?P<unit>(?i:quarter|month|week))(?![\w-])",
    "named_day": rf"(?<![\w])(?P<h>{NAMED_DAYS})(?:\s*,?\s*(?P<year>{YEAR}){NOT_AFTER_NUMBER})?(?![\w])",
    "named_date": rf"(?<![\w/.-])(?P<h>{NAMED_DATES})(?![\w/]|[.-]\d)",
    "holiday": r"(?<![\w])(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|"
    rf"Valentine['’]s\s+Day|Halloween)(?:\s*,?\s*(?P<year>{YEAR}){NOT_AFTER_NUMBER})?(?![\w])",
}

# Month names and abbreviations as whole words, longest first (month_re: a month ends where a word does).
_MONTH_WORDS = sorted({*W["months"], *W["month_abbreviations"]}, key=lambda w: (-len(w), w))
MONTH_TRIGGER = r"\b(?:" + "|".join(_MONTH_WORDS) + r")\b"
YEAR_TRIGGER = r"\d\d\d\d"
# the first word of each named day (up to a space, a hyphen or a dot), lower-cased
NAMED_TRIGGER = r"\b(?:" + "|".join(sorted({re.split(r"[\s.'-]", n)[0].lower() for n in W["named_days"]},
                                          key=lambda w: (-len(w), w))) + ")"
# Words without which a pattern cannot match: a cheap search for them decides where the pattern runs. Where a
# pattern has the word at a word start (after its opening (?<![\w]), a space or a hyphen), the trigger says \b.
TRIGGERS: dict[str, str] = {
    "iso": YEAR_TRIGGER,
    "numeric": r"\d[/.]\d",
    "ymd": YEAR_TRIGGER,
    "mdy": MONTH_TRIGGER,
    "dmy": MONTH_TRIGGER,
    "month_year": MONTH_TRIGGER,
    "part_month": MONTH_TRIGGER,
    "month": MONTH_TRIGGER,
    "month_rel_year": MONTH_TRIGGER,
    "weekday": r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "day_of_month": r"\d(?=[snrt])",  # the digit before an ordinal suffix
    "dayword": r"\b(?:today|tomorrow|yesterday|tonight)",
    "tod": r"\b(?:morning|afternoon|evening|night)",
    "ref": r"\b(?:" + "|".join(sorted({r.split()[-1] for r in W["refs"] if r.split()[-1] not in ("past", "future")},
                                     key=lambda w: (-len(w), w))) + ")",
    "ref_prep": r"\b(?:future|past)",
    "rel_unit": r"\b(?:this|last|next|past|coming|current|upcoming)",
    "latest_unit": r"\b(?:latest|most recent)",
    "part_rel": r"\b(?:earl|mid|late|end|beginning|start|middle|close)",
    "weekend": r"\bweekend",
    "yearend": r"\byear",
    "part_year": YEAR_TRIGGER,
    "year_range": YEAR_TRIGGER,
    "year": YEAR_TRIGGER,
    "apos_year": r"['’]\d\d",
    "decade": r"0['’s]",
    "century": r"\bcentury",
    "quarter": r"\b(?:quarter|half)",
    "q_code": r"\b[qh][1-4]",
    "season": r"\b(?:spring|summer|fall|autumn|winter)",
    "ago": r"\bago",
    "duration": r"\b(?:second|minute|hour|day|week|month|year|decade|centur)",
    "recent": r"\b(?:days|weeks|months|years|decades)",
    "set": r"\b(?:every|each|annually|yearly)",
    "holiday": r"\b(?:christmas|new year|valentine|halloween)",
    "decade_word": r"\b(?:" + "|".join(W["decade_words"]) + ")",
    "anaphor": r"\b(?:same|that|following|next|previous|prior|preceding)",
    "anaphor_verb": r"\b(?:ended|closed|finished|started|began|opened|ends|closes|finishes|starts|begins|opens|end|"
    r"close|finish|start|begin|open)",
    "anaphor_ba": r"\b(?:before|after)",
    "anaphor_n": r"\b(?:earlier|later|before|after)",
    "anaphor_in": r"\b(?:earlier|later)",
    "year_earlier": r"\byear",
    "named_day": NAMED_TRIGGER,
    "named_date": "|".join(re.escape(d) for d in W["named_dates"]),
}
PATTERNS: list[tuple[Finder, Builder]] = [(Finder(RX[name]), BUILDERS[name]) for name in RX]
_SOURCES = list(dict.fromkeys(TRIGGERS.values()))
SCANNER = Scanner(Trigger(source) for source in _SOURCES)
# For each distinct trigger, the patterns it guards (by rank, the order of RX).
GUARDED = [[rank for rank, name in enumerate(RX) if TRIGGERS[name] == source] for source in _SOURCES]
# A match holds a word of its trigger, so it begins at or before the trigger's place; except where a trigger word
# stands for words a pattern may part by any space ("new year" for "New\s+Year"): those matches begin anywhere in
# the window.
WIDE = [" " in source for source in _SOURCES]
# a match ends where a sentence starts: ".", "!" or "?" and space before a capital, a quote or "("; a line break.
# (One class first: re then skips ahead in C to where a match can begin.)
SENTENCE_END: Final = rx.compile(r"[.!?\n](?<!\bSt\.)(?<!\bJr\.)(?:(?<=\n)\s*|\s+(?=[A-Z“\"(]))")  # not "St. Patrick's"
REACH = 80  # no temporal expression reaches further than this from the word that triggers its pattern


def chunks(text: str) -> list[int]:
    """Start offsets of the text's sentences (roughly): no temporal expression crosses them."""
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]


def windows(starts: list[int], hits: list[int], wide: bool = False) -> list[tuple[int, int, int]]:
    """Character ranges (lo, last, hi) around trigger positions, kept within their sentence, neighbours merged:
    a match lies in [lo, hi) and begins at or before `last`, the last trigger position (hi when `wide`)."""
    out: list[tuple[int, int, int]] = []
    chunk = -1  # the sentence of the last window: windows of two sentences are never merged
    for pos in hits:
        i = bisect_right(starts, pos) - 1
        lo, hi = max(starts[i], pos - REACH), min(starts[i + 1], pos + REACH)
        last = hi if wide else pos
        if out and i == chunk and lo <= out[-1][2]:
            out[-1] = (out[-1][0], max(out[-1][1], last), max(out[-1][2], hi))
        else:
            out.append((lo, last, hi))
        chunk = i
    return out


def find_candidates(text: str) -> list[Candidate]:
    """All non-overlapping temporal expressions of a text, longest match first, in text order."""
    hits = SCANNER.hits(lower(text))
    if not hits:
        return []
    starts = chunks(text)
    found: list[tuple[int, int, Candidate]] = []
    for t, places in hits.items():
        spans = windows(starts, places, WIDE[t])
        for rank in GUARDED[t]:
            finder, build = PATTERNS[rank]
            for lo, last, hi in spans:
                for m in finder.finditer(text, lo, hi, last):
                    found.extend((rank, i, c) for i, c in enumerate(build(m, text)))
    return settle(found, len(text))


def settle(found: list[tuple[int, int, Candidate]], size: int) -> list[Candidate]:
    """Longest matches win overlaps (then the earlier pattern); blockers are dropped at the end."""
    found.sort(key=lambda t: (-t[2].weight, t[0], t[2].start, t[1]))
    taken = bytearray(size + 1)
    chosen = []
    for _, _, c in found:
        if c.end > c.start and not any(taken[c.start : c.end]):
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
    return sorted((c for c in chosen if c.type), key=lambda c: c.start)
