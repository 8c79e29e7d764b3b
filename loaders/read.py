"""Read article files (.txt, .html, .json, .jsonl) into texts with their title, date lines and metadata."""

from __future__ import annotations

import calendar
import csv
import io
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final

from . import regexes as rx
from . import settings


@dataclass(frozen=True)
class DateSource:
    """A date the page gives itself, and where: the line quoted by its reason, and whether that line is a date line
    of its own ("2019/04/25", "March 3, 2019") rather than a title bar, a dateline, a footer or a stamp."""

    day: date
    reason: str
    line: str = ""
    alone: bool = False


@dataclass
class Article:
    """One article's text exactly as read, the parts of it that are body text, and what is known about it."""

    name: str  # file name (with "#n" for the n-th article of a multi-article JSON file)
    text: str
    body: list[tuple[int, int]] = field(default_factory=list)  # character ranges of body text (furniture excluded)
    title: str = ""
    title_span: tuple[int, int] | None = None  # where the title stands in `text` (it is read as a sentence too)
    published: date | None = None
    published_reason: str = ""
    dateline: tuple[int, int] | None = None  # (month, day) of a dateline without year, e.g. "MOSCOW, Jan 14"
    dateline_place: str | None = None  # the city a dateline names ("WOODSIDE, Calif. (AP) —": "Woodside")
    url: str | None = None
    source: str | None = None
    problems: list[str] = field(default_factory=list)
    posted: list[date] = field(default_factory=list)  # days of posts quoted in the text ("— A (@a) March 6, 2023")
    site_today: bool = False  # the date is a bare "Thursday, 2 May 2024" atop the page: maybe the site's today
    published_from: DateSource | None = None  # where in the page `published` was read, when it was read from the page
    other_dates: list[DateSource] = field(default_factory=list)  # the header's later dates that disagree
    url_month: tuple[int, int] | None = None  # (year, month) of an address filing the page by month ("/2025/10/x")
    stamp_month: tuple[int, int] | None = None  # (year, month) of a page's opening stamp without a day ("date 2021-06")
    datelines: dict[int, int] = field(default_factory=dict)  # body line start -> start of the dateline read before it


# Work caps: a longer article is cut, with a note, so one huge file cannot stall the corpus. News articles are
# rarely over 50,000 characters; extraction takes a few seconds per 500,000.
MAX_TEXT_CHARS = settings.MAX_TEXT_CHARS
MAX_HTML_CHARS = settings.MAX_HTML_CHARS


class ReadError(Exception):
    """A file that cannot be read as an article; the message names the file and says why."""


# ---------------------------------------------------------------- bytes -> text

def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Text of a file's bytes: BOMs honoured, UTF-8 first, then the fallbacks, with a note when one was used."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _decode_wide(data, "utf-32", name, "UTF-32 (byte order mark)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_wide(data, "utf-16", name, "UTF-16 (byte order mark)")
    utf8_bom = data.startswith(b"\xef\xbb\xbf")
    if utf8_bom:
        data = data[3:]
    wide = None if utf8_bom else _utf16_without_bom(data)
    if wide:
        return _decode_wide(data, wide, name, "UTF-16 (no byte order mark)")
    if _looks_binary(data):
        raise ReadError(f"{name}: binary data, not text (skipped)")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        where = err.start
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    good = len(replaced) - len(replaced.encode("ascii", errors="ignore")) - replaced.count("\ufffd")
    if utf8_bom or good > bad:  # real UTF-8 text with a few stray bytes: a legacy encoding would garble the rest
        return replaced, [f"{name}: not valid UTF-8 ({bad} bad byte{'s' if bad > 1 else ''}, the first at "
                          f"byte {where}); read as UTF-8 with the bad bytes replaced by \ufffd"]
    for enc in settings.TEXT_ENCODINGS[1:]:
        if enc == "utf-16":
            continue
        try:
            return data.decode(enc), [f"{name}: not valid UTF-8 (byte {where}); read as {enc}"]
        except UnicodeDecodeError:
            continue
    return replaced, [f"{name}: not valid UTF-8 (byte {where}); read as UTF-8 with the bad bytes replaced by \ufffd"]


_CONTROLS = {c: 0xFFFD for c in [*range(0, 9), 0x0B, *range(0x0E, 0x20), 0x7F]}


def replace_controls(name: str, text: str) -> tuple[str, list[str]]:
    """Control characters (NUL and the like: binary junk in a text) replaced one for one, so offsets hold."""
    clean = text.translate(_CONTROLS)
    if clean == text:
        return text, []
    n = sum(text.count(chr(c)) for c in _CONTROLS)
    return clean, [f"{name}: {n} control character{'s' if n > 1 else ''} (binary data?) replaced by \ufffd"]


def _decode_wide(data: bytes, encoding: str, name: str, what: str) -> tuple[str, list[str]]:
    """UTF-16/32 text (the BOM, if any, dropped), noting bytes that could not be decoded."""
    text = data.decode(encoding, errors="replace").lstrip("\ufeff")
    notes = [f"{name}: read as {what}"]
    if "\ufffd" in text:
        notes.append(f"{name}: {text.count(chr(0xFFFD))} undecodable {encoding.upper()} character(s) "
                     "replaced by \ufffd")
    return text, notes


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like mostly-ASCII UTF-16 text without a byte order mark."""
    head = data[:4096]
    if len(head) < 8 or len(data) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.9 and zeros_even < 0.05:
        enc = "utf-16-le"
    elif zeros_even > 0.9 and zeros_odd < 0.05:
        enc = "utf-16-be"
    else:
        return None
    sample = head.decode(enc, errors="replace")
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\f\r")
    return enc if controls / len(sample) <= 0.05 else None


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.05


# ---------------------------------------------------------------- furniture and date lines

_FURNITURE = [
    rx.compile(r"^\s*print\s+PRINT\s*$", re.I),  # print buttons
    rx.compile(r"^\s*(?:[A-Z][\w&'’ ]{1,40})(?:\s+>\s+[A-Z][\w&'’ ]{1,40})+\s*$"),  # breadcrumbs "A > B"
    rx.compile(r"^\s*(?:share|tweet|email|print|advertisement|related( articles)?|read more)\s*$", re.I),
    # a link to another article, its headline after the label: "Also Read: Australia, China talks focus on ...",
    # "READ ALSO Turkey in Africa", "Read alsoZelensky meeting with Macron", "Related: Trump, Mexico's President ..."
    rx.compile(r"^\s*(?:(?i:also\s+read|read\s+also|read\s+more|see\s+also)(?=[\s:|>»]|[A-Z]|$)"
               r"|(?i:related)\s*(?::|\||>>|»))"),
    rx.compile(r"^\s*(?:www\.)?[A-Za-z][\w-]*(?:\.[a-z]{2,4}){1,2}\s*$"),  # a site's name: "UrduPoint.com"
    rx.compile(r"^\s*\[[^\]]*\]\s*$"),  # a server's note in brackets: "[an error occurred while processing ...]"
    rx.compile(r"^\s*(?:photo|photos|image|images|picture|photo\s+credit|credit)\s*:.{0,100}$", re.I),  # "Photo: AFP"
    # a picture's caption or credit as a page's text keeps it: "image captionPoliticians kept their distance ..."
    rx.compile(r"^\s*(?:image|photo|picture|media)\s*(?:caption|copyright|source)|^\s*caption\s*:", re.I),
    # "Source: Republic of Poland in English", not "Source:Xinhua Published: 2018/3/2 7:22:18" (a date line)
    rx.compile(r"^\s*source\s*:\s*(?![^.!?]*\b(?:published|posted|updated)\b)[^.!?]{0,60}$", re.I),
]
# a site's path above the headline, from its home page: "Home | News | ", "Home > Top News > ", "Home>News Center>"
_CRUMBS = rx.compile(r"\s*(?:Home|HOME|Homepage)\s*[|>»›/]\s*"
                     r"(?:[A-Z][\w&'’]*(?:[ \t]+[A-Z][\w&'’]*){0,3}\s*[|>»›/]\s*)*")
_PATH = rx.compile(r"^[^>»›]{1,60}\s[>»›]\s+[^>»›]{1,60}\s[>»›](?:\s|$)")  # two steps of a path or more
_CRUMB_SEPARATOR = rx.compile(r"[|»›>:]")  # more of a path or a tool bar after it: not a headline
_SOURCE_LINE = rx.compile(r"\s*source\s*:", re.I)
_BULLET = rx.compile(r"^\s*[•·▪◦‣*-]\s+")
_STAMP = rx.compile(  # a line opened by a stamp of the page's date: "date 2018-04-23 Modi and Xi will ..."
    r"\s*(?i:date|published|posted|updated)\s*:?\s+((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[ T]\d\d:\d\d(?::\d\d)?)?\s+(?=\S)")
_MONTH_STAMP = rx.compile(  # the same stamp with the year and month alone: "date 2021-06 KUALA LUMPUR: ..."
    r"\s*(?i:date|published|posted|updated)\s*:?\s+((?:19|20)\d\d)-(0[1-9]|1[0-2])\s+(?=\S)")
_INNER_STAMP = rx.compile(  # "(Xinhua) Updated: 2006-06-24 21:47" inside a line: an agency's credit, then the stamp
    r"\([A-Z][A-Za-z]{2,20}\)\s+(?i:updated|published|posted)\s*:\s+((?:19|20)\d\d)-(\d\d)-(\d\d)"
    r"(?:[ T]\d\d:\d\d(?::\d\d)?)?\s")
_ISO_LINE = rx.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[ T]\d\d:\d\d(?::\d\d)?)?(?!\d)")
# a source's credit in brackets with the page's date: "(Sankei: October 15, 2015 – p. 1)", "(Cri.com August 18, 2003)"
_PAREN_SOURCE = rx.compile(r"^\s*\(([^():]{2,40}):\s*([A-Z][a-z]+\.? \d{1,2},? (?:19|20)\d\d)[^)]*\)\s*$"
                           r"|^\s*\(([A-Z][\w.'’&/-]*(?:\s+[A-Z][\w.'’&/-]*){0,3}),?\s+"
                           r"([A-Z][a-z]+\.? \d{1,2},? (?:19|20)\d\d)\)\s*$")
_DATELINE = rx.compile(  # "MOSCOW, Jan 14 (Interfax) -", "WUHAN, China, April 28, 2018 (Reuters) -"
    r"^\s*([A-Z][A-Z .'-]{2,30})(?:,\s+[A-Z][A-Za-z .'-]{1,30}?)?,\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})"
    r"(?:,\s*((?:19|20)\d\d))?\s*"
    r"(?:\(([^)]{2,40})\))?\s*\.?[-–—―]{1,2}"  # "SINGAPORE, Oct 23 ― Singapore Prime Minister ...": a horizontal bar
)  # too; "(EFE).-", a point before the dash, as Spanish-language agencies write it
_TITLE_DATELINE = rx.compile(  # "Moscow, March 21 (Jiji Press) —": a city in title case needs its agency
    r"^\s*(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),"
    r"\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})"
    r"(?:,\s*((?:19|20)\d\d))?\s*"
    r"\(([^)]{2,40})\)\s*(?:\.?[-–—―]{1,2}|(?=[A-Z‘“\"']))"  # "New Delhi, April 9 (IANS) India's": no dash after IANS;
    # "Washington, June 30 (PL-RHC) -- Today": two hyphens for a dash, as plain-text wire copy writes it; "Santiago,
)  # Nov 27 (EFE).- Chilean President ...": a point before the dash, as Spanish-language agencies write it
_DASHED_TITLE_DATELINE = rx.compile(  # "Windhoek, Feb 24 -The President ...": a city in title case, no agency,
    r"^\s*(?!(?:On|In|At|By|Since|From|Until|Till|Before|After|Between|During|And|Or|But|The|Updated|Posted|"
    r"Published|Last)\b)(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),"
    r"\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,\s*((?:19|20)\d\d))?()\s+[-–—―]{1,2}(?=[A-Z‘“\"'])"
)  # the dash set against the next word says it is one (the empty group: no agency); spaced, it may open a list's row
_COLON_DATELINE = rx.compile(  # "Kathmandu, September 9: Ahead of ...", "WASHINGTON, Sept 15: President ..."
    r"^\s*(?!(?:On|In|At|By|Since|From|Until|Till|Before|After|Between|During|And|Or|But|The)\b)"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})"
    r"(?:\s+\[[A-Z][A-Za-z .'-]{1,30}\])?,"  # "New York [US], September 28 :" (ANI): the country in brackets
    r"\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,\s*((?:19|20)\d\d))?\s*(?:\(([^)]{2,40})\))?\s*:(?:\s+(?=\S)|\s*$)"
)  # (also alone on its line, the lede in the next paragraph: "New Delhi, April 26:")
_DAY_FIRST_DATELINE = rx.compile(  # "Saint Petersburg, 4 June (AzerTAc).", "BAKU, 12 March (Trend) -": the day first
    r"^\s*(?!(?:On|In|At|By|Since|From|Until|Till|Before|After|Between|During|And|Or|But|The)\b)"
    r"([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}),\s+(?=\d{1,2}\s+([A-Z][a-z]{2,8})\b)(\d{1,2})\s+[A-Z][a-z]{2,8}\.?"
    r"(?:\s+((?:19|20)\d\d))?\s*\(([^)]{2,40})\)\s*[-–—―:.]\s+(?=\S)"
)
_SLASHED_AGENCY_DATELINE = rx.compile(  # "MOSCOW, November 26. /TASS/.": the agency between slashes (TASS, ITAR-TASS)
    r"^\s*(?!(?:On|In|At|By|Since|From|Until|Till|Before|After|Between|During|And|Or|But|The)\b)"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}),"
    r"\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,\s*((?:19|20)\d\d))?\s*\.?\s*"
    r"/([A-Z][A-Za-z-]{1,20}(?: [A-Z][A-Za-z-]{1,20})?)/\s*[.:–—-]?\s+(?=\S)"
)
_PLACE_DATELINE = rx.compile(  # "BEIJING —", "WOODSIDE, Calif. (AP) —", "BUENOS AIRES, Argentina --"
    r"^\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:,\s+[A-Z][A-Za-z .'-]{1,30}?)?\s*(?:\(([^)]{2,40})\))?"
    r"\s*(?:[-–—]{1,2})\s")
_MONTH_NAMES = frozenset(n.lower() for n in calendar.month_name if n)
_MONTH_WORDS = _MONTH_NAMES | {n.lower() for n in calendar.month_abbr if n} | {"sept"}  # "Jan", "Sept", "January"
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def _month(word: str) -> int | None:
    return _MONTHS.get(word[:3].lower())


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        out.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return out


def scan_txt(art: Article) -> None:
    """Find the body, title and date lines of a plain-text article, leaving the text itself untouched."""
    text = art.text
    lines = _lines(text)
    body: list[tuple[int, int]] = []
    trailing_bullets = _trailing_bullet_block(text, lines)
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip() or i >= trailing_bullets:
            continue
        stamp = None if body else _STAMP.match(line)
        if not body and not art.title and stamp is None and (inner := _INNER_STAMP.search(line)):
            # "Premier leaves for home ... (Xinhua) Updated: 2006-06-24 21:47 Chinese Premier Wen ...": a page's
            # headline, stamp and first line run together
            _set_published(art, _safe_date(int(inner[1]), int(inner[2]), int(inner[3])),
                           f"date stamp '{inner[0].strip()}'", inner[0].strip())
        if stamp:
            _set_published(art, _safe_date(int(stamp[1]), int(stamp[2]), int(stamp[3])),
                           f"date stamp '{stamp[0].strip()}'", stamp[0].strip())
            s, line = s + stamp.end(), line[stamp.end():]
        elif not body and (by_month := _MONTH_STAMP.match(line)):  # the month the page was posted in, no day
            art.stamp_month = (int(by_month[1]), int(by_month[2]))
            s, line = s + by_month.end(), line[by_month.end():]
        if art.url is None and (own := _OWN_ADDRESS.fullmatch(line)):
            art.url = own["u"]  # "Official news published at https://...": the page names its own address
        post = _POST_SIGNATURE.search(line)
        if post and (day := _parse_month_day_year(post["d"])):
            art.posted.append(day)  # an embedded post's signature: the article is of its day or later
        if any(p.match(line) for p in _FURNITURE):
            if _SOURCE_LINE.match(line) and not _read_date_line(art, line) and (day := _furnished_date(line)):
                _date_line(art, day, line.strip())  # "Source: VietNamNet News April 24, 2018"
            continue
        if not body and not art.title and (bar := _title_bar_date(line)) is not None:
            # "Headline | Germany | DW | 16.09.2003"
            _set_published(art, bar, f"title bar '{line.strip()}'", line.strip())
        today = _today_line(line.strip()) if not art.published and len(body) < HEADER_LINES else None
        if today is not None:
            _date_line(art, today, line.strip())
            art.site_today = True
            if not art.title or body:
                continue  # above the headline or among the page's header lines ("Flag Thursday, 25 April 2024")
        if _read_date_line(art, line, top=bool(art.title) and not body):
            continue
        if _HEADER_LABEL.match(line) and len(line) <= MAX_DATE_LINE:
            if len(body) < HEADER_LINES and (day := _furnished_date(line)) is not None:
                _date_line(art, day, line.strip())  # "Posted by A on Oct 24, 2011 Leave a ..."
            continue  # "Last Updated: ...": the page's header, never a sentence of the article
        if len(body) < HEADER_LINES and (day := _furnished_date(line)) is not None:
            _date_line(art, day, line.strip())
            continue  # "29.04.2014 - Article", "18:10 | 29.09.2023 Category: Official": the page's date
        if _BULLET.match(line) and len(line.strip()) < 40:
            continue  # header bullets: dates, source names, "Translation"
        if not art.title and not body and (crumbs := _CRUMBS.match(line)) \
                and not _CRUMB_SEPARATOR.search(rest := line[crumbs.end():]):
            if len(rest.split()) >= 3 and _is_title(rest):
                art.title = rest.strip()  # "Home | News | Sisi to meet with Ethiopian PM": the headline last
                art.title_span = _strip_span(text, s + crumbs.end(), e)
            continue  # "Home > Top News >", "Home>News Center>China": the page's path, no sentence
            # (not "Home / News Type Content Tools: Save | Print": a tool bar, not a path)
        if not art.title and not body and _PATH.search(line):
            continue  # "washingtonpost.com > World > Special Reports > ...": a site's path above the headline
        if not art.title and not body and _label(line):
            continue  # "News story", "Submit Release", "12:30", "바로가기 메뉴" above the headline: the page's labels
        if art.title and not body and line.strip() == art.title:
            continue  # the headline said again under it, as scraped pages do: no sentence of the body
        if not art.title and not body and _is_title(line):  # a later line is text ("Earlier on Friday ... (PAP)")
            art.title = line.strip()
            art.title_span = _strip_span(text, s, e)
            continue
        dateline = (_dateline(line) or (_full_dateline(art, line) or _agency_dateline(art, line)
                                        if len(body) < 4 else None)
                    or (None if body else _place_dateline(art, line)))  # a caption may come before the dateline
        body.append(_strip_span(text, s + dateline.end() if dateline else s, e))  # "MOSCOW, Jan 14 (Interfax) -"
        if dateline:
            art.datelines[body[-1][0]] = _strip_span(text, s, e)[0]
    art.body = _unwrapped(text, body)
    _below_site_today(art)


_BAR: Final = rx.compile(r"\s*\|\s*")


def _title_bar_date(line: str) -> date | None:
    """The date closing a page's title bar, its first line: a headline, a section and the site set off by "|", the
    last part a date alone ("Blair, Chirac and Schröder to Discuss Iraq in Berlin | Germany | DW | 16.09.2003")."""
    parts = [p for p in _BAR.split(line.strip()) if p]
    if (iso := _TITLE_ISO.fullmatch(line.strip())) and len(iso[1].split()) >= 3:
        return _safe_date(int(iso[2]), int(iso[3]), int(iso[4]))  # "Bush, Putin Meet on Sidelines of G8 Summit -
        # 2002-06-27": the headline, a dash and the day (VOA's archive)
    return _date_only(parts[-1]) if 3 <= len(parts) and len(line) <= 2 * MAX_DATE_LINE else None


_TITLE_ISO: Final = rx.compile(r"(.{10,200}?)\s+[-–—]\s+((?:19|20)\d\d)-(\d\d)-(\d\d)")


# a page's line of nothing but a weekday and its date, a flag's or icon's name before it at most: "Thursday, December
# 19, 2024", "Thursday 2nd May 2024", "Flag Thursday, 25 April 2024"
_TODAY_LINE: Final = rx.compile(
    r"(?:[A-Z][a-z]+\s+)?(?P<w>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?P<d>[^:|]{6,24})")
_WEEKDAY_NUMBER: Final = {w: i for i, w in enumerate(("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"))}
SITE_TODAY_GAP = 3  # days: a later date line this much earlier than a page's top date is the article's own


def _today_line(line: str) -> date | None:
    """The day of a line that holds only a weekday and its date (the weekday right): many sites show their today so
    atop every page, above the article's own date, if they show it."""
    m = _TODAY_LINE.fullmatch(line)
    day = _date_only(m["d"]) if m else None
    return day if m and day and day.weekday() == _WEEKDAY_NUMBER[m["w"]] else None


def _below_site_today(art: Article) -> None:
    """A page topped by a weekday's date ("Flag Thursday, 25 April 2024") whose header then dates the article days or
    years earlier ("29 November 2016, 21:08" above the headline): the top line is the site's today, the later one the
    article's date. So too a bare date in the site's menu above the page's title ("2025/05/16" among "Home",
    "News", "Contact us") when a date line with its time or label under it dates the item earlier ("2019/04/25
    11:55:40")."""
    if art.published is None:
        return
    menu = not art.site_today and _bare_date_above_title(art)
    if not (art.site_today or menu):
        return
    earlier = [d for d in art.other_dates if (art.published - d.day).days >= SITE_TODAY_GAP
               and (not menu or _timed_or_labelled(d.line))]
    if earlier:
        top, own = art.published_reason, earlier[0]
        art.published, art.site_today, art.published_from = own.day, False, own
        art.published_reason = f"{own.reason}, below the page's top {top.removeprefix('date line ')}, the site's today"


def _timed_or_labelled(line: str) -> bool:
    """A date line holds a time or a label ("2019/04/25 11:55:40", "Published: ...")."""
    return bool(_CLOCK.search(line) or _DATE_LABEL.search(line))


def _bare_date_above_title(art: Article) -> bool:
    """The page's date was read from a line of a date alone (no time, label or weekday) above the page's title."""
    source = art.published_from
    if source is None or not source.alone or art.title_span is None:
        return False
    line = source.line
    at = art.text.find(line)
    return (0 <= at < art.title_span[0] and not _CLOCK.search(line) and not _DATE_LABEL.search(line)
            and not _WEEKDAY_WORD.search(line))


WRAP_WIDTH = 50  # a line this long, cut with no stop and the next line right under it, was wrapped by its sender
_STOP_AT_END: Final = rx.compile(r"[.!?:;\"'”’)\]…]\s*$")


def _unwrapped(text: str, body: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Body lines of a hard-wrapped page ("... Aliyev and visiting top" / "Turkish diplomats held talks ..."): a long
    line that ends with no stop, the next right under it (no empty line between), goes on in that next line."""
    out: list[tuple[int, int]] = []
    for s, e in body:
        if out:
            ps, pe = out[-1]
            ls = max(ps, text.rfind("\n", ps, pe) + 1)  # the last line of what is joined so far
            gap = text[pe:s]
            if (pe - ls >= WRAP_WIDTH and gap.strip(" \t\r") == "\n" and not _STOP_AT_END.search(text[ls:pe])
                    and (text[s:s + 1].islower() or _wrapped_block(text, ls, pe, s, e))):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _wrapped_block(text: str, ps: int, pe: int, s: int, e: int) -> bool:
    """Two lines of a wrapped paragraph: both of a wrapping width (the later may be its last, shorter line), the
    earlier ending in the middle of a phrase (a word, not a heading's last name or a credit)."""
    return pe - ps <= 90 and e - s >= 20 and text[pe - 1:pe].isalpha() and text[pe - 1:pe].islower()


# a line of a reposted page that names the address the page was first published at: "Official news published at
# https://www.whitehouse.gov/...", "Originally posted at https://..." (its date: read.date_from_url)
_OWN_ADDRESS: Final = rx.compile(r"\s*(?:[A-Z]\w*\s+){0,2}(?:published|posted)\s+(?:at|on)\s+(?P<u>https?://\S+?)[.)]?\s*",
                                 re.I)
_POST_SIGNATURE: Final = rx.compile(  # "— Enrique A. Manalo 🇵🇭 (@SecManalo) March 6, 2023": an embedded tweet, on
    # its own line or after the post's words ("... will take place. — Enrique Mora (@enriquemora_) December 8, 2021")
    r"(?:^|(?<=\s))[—–-]+\s*[^()\n—–]{1,80}\(@\w{1,15}\)\s+(?P<d>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s*$")


def _dateline(line: str) -> re.Match[str] | None:
    """A dateline with its month and day ("MOSCOW, Jan 14 (Interfax) -", "Saint Petersburg, 4 June (AzerTAc).",
    "MOSCOW, November 26. /TASS/.")."""
    t = (_TITLE_DATELINE.match(line) or _COLON_DATELINE.match(line) or _DAY_FIRST_DATELINE.match(line)
         or _SLASHED_AGENCY_DATELINE.match(line) or _DASHED_TITLE_DATELINE.match(line))
    return _DATELINE.match(line) or (t if t and _month(t[2]) else None)


def _trailing_bullet_block(text: str, lines: list[tuple[int, int]]) -> int:
    """Index of the first line of the trailing list of site tags (bullets to the end), or len(lines)."""
    idx = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        line = text[lines[i][0]:lines[i][1]]
        if not line.strip():
            continue
        if _BULLET.match(line) and len(line.strip()) < 60:
            idx = i
            continue
        break
    return idx


_NO_TITLE: Final = rx.compile(  # a page's furniture: "Photo : YONHAP News", "Images | Akorda", "Share:", "(Xinhua ...)"
    r"^\s*(?:\([^()]*\)\s*$|(?:photos?|images?|video)\s*:)|\s\|\s|:\s*$", re.I)


_NAMES_TWO: Final = rx.compile(r"[A-Z][\w'’.-]*,\s+[A-Z][\w'’.-]*\s*$|\w+\s+(?:meet|meets|met|talks|summit)\b", re.I)
# a headline of two words names two people or a meeting: "Putin, Erdogan", "Xi meets" (not "Press Releases")


def _label(line: str) -> bool:
    """A line of one or two words that names no one meeting: a page's label or a clock, not its headline."""
    return len(line.split()) <= 2 and not _NAMES_TWO.match(line.strip())


def _is_title(line: str) -> bool:
    """A headline: a line of 25 words at most, not ending as a sentence does, not a page's furniture."""
    words = line.split()
    return 1 <= len(words) <= 25 and (not line.rstrip().endswith((".", ",", ";")) or bool(_ABBREVIATION.search(line))) \
        and not _NO_TITLE.search(line)


_ABBREVIATION = rx.compile(r"\s(?:[A-Z]\.){2,}\s*$")  # a headline ending "... meet in U.S.", not a sentence


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _read_date_line(art: Article, line: str, top: bool = False) -> bool:
    """Take a publication date from a date line; True when the line is only a date line (a bare date above the
    body's first line, "July 27, 2016", is kept as a line of the body: it dates what the lede reports)."""
    stripped = _BULLET.sub("", line).strip()
    m = _ISO_LINE.fullmatch(stripped)
    if m:
        _date_line(art, _safe_date(int(m[1]), int(m[2]), int(m[3])), stripped)
        return True
    footer = _FOOTER_DATE.fullmatch(stripped)
    on = _date_only(footer["d"] or footer["a"] or footer["p"] or footer["f"]) if footer else None
    if on:  # "This report ... was first published June 15, 2022."
        _set_published(art, on, f"footer '{stripped}'", stripped)
        return True
    labelled = _labelled_date(stripped) or _foreign_date(stripped)
    if labelled is not None:
        _date_line(art, labelled, stripped)
        return not (top and _BARE_DATE.fullmatch(stripped))
    placed = _DATE_PLACE_LINE.fullmatch(stripped)
    full = _date_only(placed[1]) if placed else None
    city = placed[2] if placed and full else None
    if not full and (other := _PLACE_DATE_LINE.fullmatch(stripped)):  # "Abu Dhabi, June 28, 2022"
        full = _date_only(other[2]) or _foreign_date(other[2])  # "Budapest, 2025. október 20."
        city = other[1] if full else None
    if city is not None and full:
        _date_line(art, full, stripped)
        art.dateline_place = art.dateline_place or _city(city)
        return False  # kept as a line of the body: it dates the meeting the lede reports (lede_dates.date_by_lede)
    m = _PAREN_SOURCE.match(line)
    if m:
        parsed = _parse_month_day_year(m[2] or m[4])
        if parsed:
            _date_line(art, parsed, line.strip())
            if not art.source:
                art.source = (m[1] or m[3]).strip()
            return True
    m = _dateline(line)
    if m and _month(m[2]):
        art.dateline_place = art.dateline_place or _city(m[1])
        month, day = _month(m[2]), int(m[3])
        if m[4]:
            _set_published(art, _safe_date(int(m[4]), month or 1, day), f"dateline '{m[0].strip()}'", m[0].strip())
        elif _safe_date(2000, month or 1, day):
            art.dateline = (month or 1, day)
        if m[5] and not art.source:
            art.source = m[5].strip()
    return False


# A line that only dates the article: "Published: June 12, 2018", "Posted on 12 December 2023 | Analysis",
# "Mon 27 Feb 2023 19.02 GMT", "Updated 2:30 PM ET, Tue December 12, 2023". Besides one full date it may hold a
# label, a weekday, a time with its zone, and short parts set off by "|" or "•" (a section, a byline).
# A page's footer telling when the page came out: "This report by The Canadian Press was first published June 15,
# 2022.", "This article was originally published on 3 May 2019.", "This story is from October 21, 2021".
_FOOTER_DATE = rx.compile(
    r"(?:This|The)\s+(?:report|article|story|piece|version|text)\b[^.!?]{0,80}?\s+was\s+(?:first\s+|originally\s+)?"
    r"(?:published|posted)\s+(?:on\s+)?(?P<d>[^.!?]{6,40}?)\s*\.?"
    r"|This\s+is\s+an\s+archive\s+(?:article|story|report)\s+(?:published|posted)\s+on\s+"
    r"(?P<a>[^.!?]{6,40}?)\s*\.?"
    r"|Published\s+in\s+(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3},\s+(?P<p>[^.!?]{6,40}?)\s*\.?"  # Dawn
    r"|This\s+(?:story|article|report)\s+is\s+from\s+(?P<f>[^.!?]{6,40}?)\s*\.?")  # "This story is from May 2, 2021"
_DATE_LABEL = rx.compile(r"(?:(?:first|last)\s+)?(?:publish(?:ed|\s+date)|publication(?:\s+date)?|posted|updated|"
                         r"modified|dated?|filed|created)"
                         r"(?:\s+(?:on|at))?\s*:?\s*", re.I)
_DATE_EXTRA = rx.compile(
    r"(?:[\s,.:;()\[\]/–—»›-]|on|at|by|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b"
    r"|(?<=[\s,])(?:updated|posted|published)(?=\s+at\s+\d)"  # "Wednesday, June 27, 2001, updated at 08:48(GMT+8)"
    r"|\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?|\d{1,2}:\d(?!\d)|[ap]\.?m\.?|(?-i:[A-Z]{1,4}T|UTC|GMT|UK)|[+-]\d{1,4}"
    r"|page\s+[a-z]?\d{1,3}\b"  # a printed edition's page: "Thursday, February 3, 2005; Page A18"
    r"|in(?=\s+\d{1,2}[:.]\d\d)"  # "Wednesday 17, October 2018 in 2:51 PM"
    r"|(?:19|20)\d\d-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:[+-]\d{1,2}:\d\d)?)*",  # "02:55 PM2023-04-13T14:55:46+5:30"
    re.I)  # a time zone in capitals ("ET", "BST"), not any word ending in t ("Last visit")
# "Updated: Dec 2, 2021 Source: Xinhua"; a page's counter or a byline after the date ("16 August 2014    Read: 677",
# "April 9th, 2008 - 8:40 pm ICT by admin")
_DATE_PARTS = rx.compile(r"\s+[|•·]\s+|\s*\|\s*(?=(?:Editor|Source|By)\s*:|(?:19|20)\d\d-\d\d-\d\d\b)"  # Xinhua's
                         r"|(?<=\b(?:19|20)\d\d)\|(?=[A-Z])"  # "March 06, 2004|Maura Reynolds and ...": a byline
                         r"|(?<=UTC|GMT)(?=Updated\b)"  # Reuters: "June 5, 20193:04 PM UTCUpdated 2 years ago"
                         r"|\s+(?=(?:Source|By|Author|Editor)\s*:)|\s+(?=(?:Read|Views?|Hits)\s*:\s*\d+\s*$)"
                         r"|\s+(?=by\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,2}\s*$)"
                         r"|\s{3,}(?=(?i:date|published|posted|updated)\b)")  # "By Office of ...     Date 15 Nov 2022"
_DAY_MONTH_YEAR_DASHED = rx.compile(r"\s*(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?!\d)")
_HEADER_LABEL = rx.compile(r"\s*(?:(?:first|last)\s+)?(?:publish(?:ed|\s+date)|posted|updated|modified)\b"
                           r"\s*:?[^.!?]*\d", re.I)
MAX_DATE_LINE = 120


# a date line of nothing but a date, its weekday at most: "July 27, 2016", "Tuesday, 5 March 2019"
_BARE_DATE: Final = rx.compile(r"(?:[A-Z][a-z]+,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|"
                               r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?)\s+(?:19|20)\d\d")


HEADER_LINES = 5  # a page's date line stands among its first lines, before the article's text is under way
_CLOCK: Final = rx.compile(r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?|\(?\b(?-i:UTC|GMT|[A-Z]{1,3}T)\b"
                           r"(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?\)?", re.I)
# the words a page sets around its date: labels, a credit's words, the page's age, its kind
_FURNITURE_WORDS: Final = frozenset("""added on at publication published posted released updated read views category
    article source news agency press by admin ago a an year years month months day days hour hours minute minutes
    mins official staff""".split())
_CREDIT_WORDS: Final = frozenset({"source", "news", "agency", "press", "by", "staff"})  # words naming who gave the page
_WEEKDAY_WORD: Final = rx.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b", re.I)
# a page's buttons after its date line: "Leave a comment", "Adjust font size:", "12 Comments"
_WIDGET: Final = rx.compile(r"\s+(?:leave\s+a\s+(?:comment|reply)|adjust\s+font\s+size|font\s+size|text\s+size"
                            r"|\d+\s+comments?|no\s+comments)\s*:?\s*$", re.I)
# a byline or an outlet's name before the date, with a clock or the page's buttons after it: "Jane Doe 12.12.2018
# 08:00", "Posted by Jane Doe on Oct 24, 2011 Leave a comment", "Xinhua, September 14, 2015 Adjust font size:"
_BYLINE: Final = rx.compile(r"(?:(?:posted|published|written)\s+)?(?:by\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*"
                            r",?\s+(?:on\s+)?")
_DIGIT_CLOCK: Final = rx.compile(r"\s*[-,|]?\s*\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*")


def _furnished_date(line: str) -> date | None:
    """The page's date on a short header line that holds one full date among a page's furniture: a clock, a time
    zone, a label or credit and separators ("29.04.2014 - Article", "# 01 July 2022 18:43 (UTC +04:00)", "VOA News
    June 04, 2011"). A weekday's date beside a clock is the site's today ("06:29 (GMT +7) - Wednesday 21/10/2020"),
    and a date beside a place is a dateline ("June 12, 2018 - Singapore"), not the page's date."""
    from .dates import tag

    stripped = line.strip()
    widget = _WIDGET.search(stripped)  # "Posted by A on Oct 24, 2011 Leave a comment": the page's own buttons
    stripped = stripped[:widget.start()] if widget else stripped
    if len(stripped) > 80 or _WEEKDAY_WORD.search(stripped) or not any(ch.isdigit() for ch in stripped):
        return None
    found = [t for t in tag(stripped) if t.type == "DATE" and t.value]
    t = found[0] if len(found) == 1 else None
    if t is None or t.value is None or len(t.value) != 10:
        return None
    rest = stripped[:t.start] + " " + stripped[t.end:]
    clock = bool(_CLOCK.search(rest))
    words = re.findall(r"[^\W\d_][\w'’.-]*", _CLOCK.sub(" ", rest))
    known = [w for w in words if w.lower().rstrip(".") in _FURNITURE_WORDS]
    other = [w for w in words if w.lower().rstrip(".") not in _FURNITURE_WORDS]
    credit = any(w.lower() in _CREDIT_WORDS for w in known)
    if any(w[:1].islower() and not (i and i == len(words) - 1 and words[i - 1].lower() in _CREDIT_WORDS)
           for i, w in enumerate(words) if w in other):
        return None  # words of a sentence ("12 June 2018 stood by them"), not a credit's name ("by admin")
    byline = bool(_BYLINE.fullmatch(stripped[:t.start]) and (widget or _DIGIT_CLOCK.fullmatch(stripped[t.end:])))
    if not (clock or known or widget) or (other and not (credit or byline)) or len(other) > 3:
        return None
    day = _safe_date(int(t.value[:4]), int(t.value[5:7]), int(t.value[8:10]))
    return day if day and settings.MIN_YEAR <= day.year <= settings.MAX_YEAR else None


def _labelled_date(line: str) -> date | None:
    """The day of a date line (see _DATE_LABEL), None for any other line."""
    if len(line) > MAX_DATE_LINE or not any(ch.isdigit() for ch in line):
        return None
    parts = _DATE_PARTS.split(line)
    if len(parts) > 1 and (first := _date_only(parts[0]) or _foreign_date(parts[0])) is not None:
        return first  # "April 07, 2010 12:36 pm | Updated November 28, 2021 08:49 pm IST - Washington", "16 de Mayo
        # de 2008 | 13:36 | El Comercio de Lima/GDA"
    if len(parts) > 1 and any(len(_without_lead(p).split()) > 6 and not p.startswith("By ") for p in parts):
        return None  # a sentence, not a header (a byline may be long: "By Office of Assistant to ...")
    for part in parts:
        day = _date_only(part)
        if day is None and (rest := _without_lead(part)) != part:
            day = _date_only(rest)  # "Source:Xinhua Published: 2018/3/2", "Jane Doe 2 minutes ago Fri 23rd July 2021"
        if day is not None:
            return day
    return None


def _without_lead(part: str) -> str:
    lead = _DATE_LEAD.match(part)
    return part[lead.end():] if lead else part


# What may stand before a page's date in its date line: a short credit before a label ("Source:Xinhua
# Published:"), a byline with the page's age ("Faizan Hashmi 2 minutes ago"), or an outlet's name, on any line of
# the page ("VOA News  June 04, 2011" under a preamble of the page's terms of use)
_DATE_LEAD = rx.compile(
    r"(?:(?:\(?[A-Z][\w.'’-]*\)?:?\s*){1,4}(?=(?i:(?:(?:first|last)\s+)?(?:published|posted|updated|modified))\b)"
    r"|(?:By\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}\d{1,2}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\s+"
    r"|\(?(?:Source\s*:\s*)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:News|Agency|Press|Service|Online)\s+)")


_FOREIGN_DATE: Final = rx.compile(  # "27. februar 2023 20:25", "3 de marzo de 2023", "12 juin 2019 à 10h30"
    r"(?:[^\W\d_]+\.?,?\s+)?(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]+)\.?,?\s+(?:de\s+)?((?:19|20)\d\d)"
    r"(?:,?\s+(?:à\s+|um\s+|u\s+|kl\.\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?)?")


_YEAR_FIRST_DATE: Final = rx.compile(  # Mongolian: "2016 оны 4 сарын 15" (year, month number, day)
    r"((?:19|20)\d\d)\s+оны\s+(\d{1,2})\s+(?:дугаар\s+|дүгээр\s+)?сарын\s+(\d{1,2})(?:[\s,]+\d{1,2}:\d\d)?")


# Hungarian: "2025. október 20.", "2025. október 20., hétfő 14:35" (year, month name, day, each closed by a stop)
_YEAR_FIRST_NAMED: Final = rx.compile(
    r"((?:19|20)\d\d)\.\s+([^\W\d_]+)\s+(\d{1,2})\.?(?:,?\s+[^\W\d_]+)?(?:,?\s+\d{1,2}[:.]\d\d(?::\d\d)?)?")


def _foreign_date(line: str) -> date | None:
    """A date line in the page's own language ("27. februar 2023 20:25", "2016 оны 4 сарын 15", "2025. október
    20."): day, month name and year alone."""
    from .timex.lexicon import words

    if ymd := _YEAR_FIRST_DATE.fullmatch(line.strip()):
        return _safe_date(int(ymd[1]), int(ymd[2]), int(ymd[3]))
    if (named := _YEAR_FIRST_NAMED.fullmatch(line.strip())) and (
            month := words()["date_line_months"].get(named[2].lower())):
        return _safe_date(int(named[1]), month, int(named[3]))

    m = _FOREIGN_DATE.fullmatch(line.strip().removesuffix("."))  # "11. Apr 2024."
    word = m.group(2).lower() if m else ""
    month = (words()["date_line_months"].get(word) or _MONTHS.get(word)
             or (_MONTHS.get(word[:3]) if word in _MONTH_NAMES else None)) if m else None  # "17 march 2009"
    if m is None or month is None:
        return None
    return _safe_date(int(m.group(3)), month, int(m.group(1)))


_MONTH_STOP: Final = rx.compile(r"\b(January|February|March|April|June|July|August|September|October|November|"
                                r"December)\.(?=\s+\d)")


_DAY_COMMA: Final = rx.compile(r"\b(\d{1,2}),(\s+(?:January|February|March|April|May|June|July|August|September|"
                               r"October|November|December)\s+(?:19|20)\d\d)\b")


_YEAR_THEN_CLOCK: Final = rx.compile(r"(?<=\d, )((?:19|20)\d\d)(?=\d{1,2}:\d\d)")
# "2019.06.05 12:30", Hungarian "2025. 10. 20. 14:27": year, month and day, each closed by a stop
_YEAR_FIRST_DOTTED: Final = rx.compile(r"\s*((?:19|20)\d\d)\.\s?(\d\d)\.\s?(\d\d)\.?(?!\d)")
# "23-Jan-2001 Tuesday": the day, the month's short name and the year set off by dashes
_DAY_MONTH_WORD_YEAR: Final = rx.compile(r"\s*(\d{1,2})-([A-Za-z]{3,9})\.?-((?:19|20)\d\d)(?!\d)")


def _date_only(part: str) -> date | None:
    """The date of a part of a line that holds a full date and nothing but a label, a weekday and a time."""
    from .dates import tag

    label = _DATE_LABEL.match(part)
    rest = _MONTH_STOP.sub(r"\1", part[label.end():] if label else part)  # "Posted July. 23, 2000 20:40,"
    rest = _DAY_COMMA.sub(r"\1 \2", rest)  # "Wednesday 17, October 2018": the day set off by a comma
    rest = _YEAR_THEN_CLOCK.sub(r"\1 ", rest)  # "June 5, 20193:04 PM UTC": the year glued to the clock
    dotted = _YEAR_FIRST_DOTTED.match(rest)  # "2019.06.05 12:30": year, month and day set off by stops
    if dotted and _DATE_EXTRA.fullmatch(rest[dotted.end():]):
        day = _safe_date(int(dotted[1]), int(dotted[2]), int(dotted[3]))
        return day if day and settings.MIN_YEAR <= day.year <= settings.MAX_YEAR else None
    named = _DAY_MONTH_WORD_YEAR.match(rest)  # "23-Jan-2001 Tuesday"
    if named and named[2].lower() in _MONTH_WORDS and _DATE_EXTRA.fullmatch(rest[named.end():]):
        day = _safe_date(int(named[3]), _month(named[2]) or 1, int(named[1]))
        return day if day and settings.MIN_YEAR <= day.year <= settings.MAX_YEAR else None
    dash = _DAY_MONTH_YEAR_DASHED.match(rest)  # "Updated: 22-04-2023 21:28 IST": day first, as outside the US
    if dash and _DATE_EXTRA.fullmatch(rest[dash.end():]):
        d, m = int(dash[1]), int(dash[2])
        day = _safe_date(int(dash[3]), m, d) if m <= 12 else _safe_date(int(dash[3]), d, m)
        return day if day and settings.MIN_YEAR <= day.year <= settings.MAX_YEAR else None
    found = [t for t in tag(rest) if t.type == "DATE"]
    if len(found) != 1:
        return None
    t = found[0]
    if t.spec.year is None or t.spec.month is None or t.spec.day is None or not t.value or len(t.value) != 10:
        return None
    if not (_DATE_EXTRA.fullmatch(rest[:t.start]) and _DATE_EXTRA.fullmatch(rest[t.end:])):
        return None
    day = _safe_date(int(t.value[:4]), int(t.value[5:7]), int(t.value[8:10]))
    return day if day and settings.MIN_YEAR <= day.year <= settings.MAX_YEAR else None


_FULL_DATELINE = rx.compile(  # "Beijing, 6 November 2023 (TDI):", "MEXICO, (November 18, 2021).-",
    # "ALGIERS – Thursday, 25 August 2022 (APS) –"
    r"^\s*(?:[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2},\s+(?=[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2},\s*\d))?"
    r"([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})(?:,|\s+[-–—])\s*"  # (a building or office before the city:
    r"\(?([A-Za-z0-9 ,.]{8,30}?)\)?\s*(?:\(([^)]{2,40})\))?\s*(?:\.?[-–—:]{1,2})\s+(?=\S)")  # "State House, Banjul, 8th
# July 2021: President Adama Barrow received ...", as a presidency's releases open)
_DATE_PLACE_LINE = rx.compile(r"(.{8,30}?),\s+([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2})")  # "May 3, 2017, Sochi"
_PLACE_DATE_LINE = rx.compile(r"([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}),\s+(.{8,30})")  # "Abu Dhabi, June 28, 2022"


def _full_dateline(art: Article, line: str) -> re.Match[str] | None:
    """A dateline with the full date, at the start of the first paragraph: the article's date and place."""
    m = _FULL_DATELINE.match(line)
    return _dated_by(art, m, m[2], m[3]) if m else None


def _dated_by(art: Article, m: re.Match[str], when: str, source: str | None) -> re.Match[str] | None:
    """The article's date, place and source from a dateline whose full date is `when`; None if it is no date."""
    day = _date_only(when)
    if day is None:
        return None
    _set_published(art, day, f"dateline '{m[0].strip()}'", m[0].strip())
    art.dateline_place = art.dateline_place or _city(m[1])
    if source and not art.source:
        art.source = source.strip()
    return m


_AGENCY_DATELINE = rx.compile(  # "CHENGDU, China, (UrduPoint / Pakistan Point News - 23rd Jul, 2021 ) :Foreign ...",
    # "JOHANNESBURG (UrduPoint News / Sputnik - 07th August, 2023) South African ...", "Abuja, (APP - UrduPoint /
    # Pakistan Point News - 17th Nov, 2024) India's ...": the date after the parenthesis' last dash
    r"^\s*([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3})(?:,\s+[A-Z][A-Za-z .'-]{1,30}?)?,?\s*"
    r"\(([^()]{2,60})\s+[-–—]\s+([^()\-–—]{6,30}?)\s*\)\s*(?:[:–—-]{1,2}\s*(?=\S)|(?=[A-Z\"“‘']))")
# "Addis Ababa December 25/ 2019 Prime Minister ...": a city, the month, the day and the year after a slash
_SLASH_DATELINE = rx.compile(
    r"^\s*([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}),?\s+([A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*/\s*((?:19|20)\d\d)"
    r"\s*(?:\(([^)]{2,40})\))?\s*[-–—:]?\s+(?=[A-Z\"“])")


# Hungarian (MTI's datelines and photo captions): "Budapest, 2025. október 20., hétfő (MTI) – ...", "Budapest, 2025.
# október 20. A Miniszterelnöki Kommunikációs Főosztály által közreadott képen ...": the place, then the full date
_YEAR_FIRST_DATELINE = rx.compile(
    r"^\s*([A-ZÁÉÍÓÖŐÚÜŰ][^\W\d_]+(?:[ -][A-ZÁÉÍÓÖŐÚÜŰ][^\W\d_]+){0,2}),\s+((?:19|20)\d\d\.\s+[^\W\d_]+\s+\d{1,2}\.)"
    r"(?:,\s*[^\W\d_]+)?\s*(?:\(([^)]{2,20})\))?\s*[-–—]?\s*(?=\S)")
_DATE_FIRST_DATELINE = rx.compile(  # "Dec 19, 2005 (ABUJA) — The Sudan-Nigeria summit ...": the date, then the place
    r"^\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2},\s+(?:19|20)\d\d)"
    r"\s+\(([A-Z][A-Z .'-]{2,30})\)\s*[-–—]{1,2}\s+(?=\S)")


def _agency_dateline(art: Article, line: str) -> re.Match[str] | None:
    """A dateline whose parenthesis holds the agency and the full date, or the place after the full date: the
    article's date and place."""
    m = _AGENCY_DATELINE.match(line)
    if m is not None:
        return _dated_by(art, m, m[3], m[2])
    m = _DATE_FIRST_DATELINE.match(line)
    if m is not None and (day := _date_only(m[1])) is not None:
        _set_published(art, day, f"dateline '{m[0].strip()}'", m[0].strip())
        art.dateline_place = art.dateline_place or _city(m[2])
        return m
    m = _YEAR_FIRST_DATELINE.match(line)
    if m is not None and (day := _foreign_date(m[2])) is not None:
        _set_published(art, day, f"dateline '{m[0].strip()}'", m[0].strip())
        art.dateline_place = art.dateline_place or _city(m[1])
        if m[3] and not art.source:
            art.source = m[3].strip()
        return m
    m = _SLASH_DATELINE.match(line)
    if m is not None:  # kept in the body: its date dates the meeting the lede reports (lede_dates.date_by_lede)
        _dated_by(art, m, f"{m[2]}, {m[3]}", m[4])
    return None


def _place_dateline(art: Article, line: str) -> re.Match[str] | None:
    """A dateline that names only the place, at the start of the first paragraph ("BEIJING —")."""
    m = _PLACE_DATELINE.match(line)
    if m is None or len(m[1]) < 3:
        return None
    art.dateline_place = art.dateline_place or _city(m[1])
    if m[2] and not art.source:
        art.source = m[2].strip()
    return m


def first_paragraph_dateline(art: Article) -> None:
    """The dateline of an article read from HTML or JSON, at the start of its first paragraph."""
    if art.dateline_place or not art.body:
        return
    s, e = art.body[0]
    line = art.text[s:e]
    m = _dateline(line)
    if m and _month(m[2]):
        _read_date_line(art, line)
    else:
        _place_dateline(art, line)


def _city(caps: str) -> str:
    """"NEW DELHI" -> "New Delhi", "ST. PETERSBURG" -> "St. Petersburg"."""
    return " ".join(w.capitalize() if w.isupper() else w for w in caps.strip().split())


def _parse_month_day_year(s: str) -> date | None:
    m = re.match(r"([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})", s)
    if not m or not _month(m[1]):
        return None
    return _safe_date(int(m[3]), _month(m[1]) or 1, int(m[2]))


def _date_line(art: Article, value: date | None, line: str) -> None:
    """A publication date read from a line of the page that is a date line of its own (a label or a source name
    with it at most): the reason quotes the line."""
    _set_published(art, value, f"date line '{line}'", line, alone=True)


def _set_published(art: Article, value: date | None, reason: str, line: str = "", alone: bool = False) -> None:
    """The page's date, from the first place that gives one; a later one that disagrees is kept in other_dates."""
    if not value:
        return
    source = DateSource(value, reason, line, alone)
    if art.published and value != art.published:
        art.other_dates.append(source)
    if not art.published:
        art.published, art.published_reason, art.published_from = value, reason, source
    elif art.dateline is None and 1 <= (art.published - value).days <= DATELINE_LAG:
        art.dateline = (value.month, value.day)  # a repost's date line above the release's ("July 15, 2018" ...
        # "Asmara, 14 July 2018- ... hosted a lunch today"): the day it was written (dateline_day)


# ---------------------------------------------------------------- formats

def display_name(path: Path) -> str:
    """The file's name as text that can be stored and printed: bytes that are not UTF-8 and control characters
    (a line break in a name) are shown as \\xNN."""
    name = path.name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        name = os.fsencode(name).decode("utf-8", errors="backslashreplace")
    return "".join(f"\\x{ord(c):02x}" if ord(c) < 32 or ord(c) == 127 else c for c in name)


def read_file(path: Path) -> list[Article]:
    """The articles in one file; raises ReadError with a clear message when there are none to be had."""
    name = display_name(path)
    try:
        size = path.stat().st_size
    except OSError as err:
        raise ReadError(f"{name}: cannot be opened ({err.strerror})") from err
    if size > settings.MAX_FILE_BYTES:
        raise ReadError(f"{name}: too large: {size / 1e6:.1f} MB is over the {settings.MAX_FILE_BYTES / 1e6:.0f} MB "
                        "limit for one file (skipped)")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ReadError(f"{name}: cannot be read ({err.strerror or err})") from err
    if not data:
        raise ReadError(f"{name}: empty file (0 bytes)")
    text, notes = decode(data, name)
    if not text.strip():
        raise ReadError(f"{name}: empty file (only whitespace, {len(data)} bytes)")
    text, more = replace_controls(name, text)
    notes += more
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        arts = _from_json(name, text)
    elif suffix in (".html", ".htm") or _looks_html(text):
        arts = [_from_html(name, text)]
    else:
        arts = [_from_txt(name, text)]
    for art in arts:
        art.problems = notes + art.problems
        if suffix != ".txt":
            first_paragraph_dateline(art)
    return arts


def _from_txt(name: str, text: str) -> Article:
    text, notes = cap_text(name, text)
    if _markup_fragments(text):
        text = _without_markup(text)
        notes.append(f"{name}: HTML tags and entities in the text were read as the text they mark up")
    art = Article(name=name, text=text, problems=notes)
    scan_txt(art)
    return art


_TAG: Final = rx.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_BLOCK_END: Final = rx.compile(r"</(?:p|div|h[1-6]|li|figure|figcaption|blockquote|tr)\s*>|<br\s*/?>", re.I)


def _markup_fragments(text: str) -> bool:
    """A text saved with its page's markup ("<p>President Macron has arrived&comma; ...<&sol;p>"): entities, or
    paragraphs closed by their tags (not a text that merely quotes a tag, "<script>", which stays as written)."""
    import html

    head = text[:20000]
    return len(re.findall(r"&[A-Za-z]{2,10};", head)) >= 10 or len(_BLOCK_END.findall(html.unescape(head))) >= 2


def _without_markup(text: str) -> str:
    """Entities decoded, block ends as line breaks, other tags left out, blank runs closed up."""
    import html

    plain = _TAG.sub("", _BLOCK_END.sub("\n\n", html.unescape(text)))
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", plain)


def cap_text(name: str, text: str, limit: int = MAX_TEXT_CHARS) -> tuple[str, list[str]]:
    """The text cut at a line break (or space) before `limit` characters, with a note when it was cut."""
    if len(text) <= limit:
        return text, []
    cut = text.rfind("\n", limit // 2, limit)
    if cut < 0:
        cut = text.rfind(" ", limit // 2, limit)
    if cut < 0:
        cut = limit
    return text[:cut], [f"{name}: too long: {len(text):,} characters of text is over the {limit:,}-character limit "
                        f"for one article; only the first {cut:,} characters were read"]


def _looks_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _from_html(name: str, raw: str) -> Article:
    import trafilatura

    notes = []
    if len(raw) > MAX_HTML_CHARS:  # the parser's time grows faster than the page; read the first part
        cut = raw.rfind("<", MAX_HTML_CHARS // 2, MAX_HTML_CHARS)
        raw = raw[:cut if cut > 0 else MAX_HTML_CHARS]
        notes.append(f"{name}: too long: the HTML is over the {MAX_HTML_CHARS:,}-character limit for one page; "
                     f"only the first {len(raw):,} characters of markup were read")
    try:  # only the page's markup and metadata give the publication date, not a year guessed from the text
        result = trafilatura.bare_extraction(raw, with_metadata=True, favor_recall=True,
                                             date_extraction_params={"extensive_search": False,
                                                                     "original_date": True})
    except Exception as err:  # noqa: BLE001 - the parser's failures become a clear message
        raise ReadError(f"{name}: the HTML could not be parsed ({type(err).__name__}: {err})") from err
    doc = result.as_dict() if result is not None and hasattr(result, "as_dict") else result
    if not isinstance(doc, dict) or not (doc.get("text") or "").strip():
        raise ReadError(f"{name}: no article text found in the HTML")
    body_text, more = cap_text(name, doc["text"])
    body_text, controls = replace_controls(name, body_text)
    more += controls
    title = replace_controls(name, (doc.get("title") or "").strip())[0]
    text = f"{title}\n\n{body_text}" if title else body_text
    art = Article(name=name, text=text, title=title, url=doc.get("url"), source=doc.get("sitename"),
                  problems=notes + more, title_span=(0, len(title)) if title else None)
    art.body = _paragraphs(text, len(title) + 2 if title else 0)
    published = doc.get("date")
    if published:
        _set_published(art, _iso(str(published)), "date in the page's metadata")
    return art


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """Non-empty lines from `start` on; a line repeating the title (an HTML page's h1) is not body."""
    title = text[:start].strip()
    out = []
    for s, e in _lines(text):
        if s >= start and text[s:e].strip() and text[s:e].strip() != title:
            out.append(_strip_span(text, s, e))
    return out


_TEXT_KEYS = ("text", "body", "content", "article", "maintext")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("published", "date", "publish_date", "published_at", "pubdate", "date_publish")
_URL_KEYS = ("url", "link")


def _from_json(name: str, text: str) -> list[Article]:
    records = _json_records(name, text)
    arts: list[Article] = []
    problems: list[str] = []
    for i, rec in enumerate(records):
        label = name if len(records) == 1 else f"{name}#{i + 1}"
        if isinstance(rec, _BadLine):
            problems.append(f"{label}: line {rec.line} is not valid JSON ({rec.why}) (skipped)")
            continue
        if not isinstance(rec, dict):
            problems.append(f"{label}: a JSON {_JSON_TYPES.get(type(rec), type(rec).__name__)}, not an object "
                            "with a text field (skipped)")
            continue
        body = next((rec[k] for k in _TEXT_KEYS if isinstance(rec.get(k), str) and rec[k].strip()), None)
        if body is None:
            keys = ", ".join(str(k)[:30] for k in list(rec)[:10]) or "none"
            problems.append(f"{label}: no text field (looked for {', '.join(_TEXT_KEYS)}; "
                            f"fields present: {keys}) (skipped)")
            continue
        arts.append(_json_article(label, rec, body))
    if len(problems) > _MAX_JSON_PROBLEMS:
        problems = [*problems[:_MAX_JSON_PROBLEMS],
                    f"{name}: and {len(problems) - _MAX_JSON_PROBLEMS:,} more records skipped"]
    if not arts:
        raise ReadError("; ".join(problems) or f"{name}: no articles in the JSON (an empty list)")
    arts[0].problems.extend(problems)
    return arts


_MAX_JSON_PROBLEMS = 10
_JSON_TYPES = {str: "string", int: "number", float: "number", bool: "boolean", list: "list", type(None): "null"}


@dataclass
class _BadLine:
    line: int
    why: str


def _json_records(name: str, text: str) -> list[Any]:
    try:
        doc = json.loads(text)
    except RecursionError as err:
        raise ReadError(f"{name}: JSON nested too deeply to read (skipped)") from err
    except json.JSONDecodeError as err:
        lines = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln.strip()]
        if len(lines) > 1:  # JSON Lines: one record per line, the bad lines reported
            records: list[Any] = []
            for n, line in lines:
                try:
                    records.append(json.loads(line))
                except (ValueError, RecursionError) as line_err:
                    why = line_err.msg if isinstance(line_err, json.JSONDecodeError) else type(line_err).__name__
                    records.append(_BadLine(n, why))
            if any(isinstance(r, dict) for r in records):
                return records
        where = f"line {err.lineno}, column {err.colno}"
        raise ReadError(f"{name}: malformed JSON at {where}: {err.msg} (skipped)") from err
    except ValueError as err:  # e.g. an integer too long to convert
        raise ReadError(f"{name}: JSON could not be read ({err}) (skipped)") from err
    return doc if isinstance(doc, list) else [doc]


def _json_article(label: str, rec: dict[str, Any], body: str) -> Article:
    title = replace_controls(label, next((str(rec[k]).strip() for k in _TITLE_KEYS if rec.get(k)), "")[:1000])[0]
    body, notes = cap_text(label, body)
    body, controls = replace_controls(label, body)  # "\u0000" escapes in the JSON
    notes += controls
    text = f"{title}\n\n{body}" if title else body
    art = Article(name=label, text=text, title=title, problems=notes, title_span=(0, len(title)) if title else None)
    art.body = _paragraphs(text, len(title) + 2 if title else 0)
    raw_date = next((str(rec[k]) for k in _DATE_KEYS if rec.get(k)), None)
    if raw_date:
        parsed = _iso(raw_date)
        if parsed:
            _set_published(art, parsed, "published field of the JSON")
        else:
            art.problems.append(f"{label}: publication date '{raw_date[:40]}' not understood or not between "
                                f"{settings.MIN_YEAR} and {settings.MAX_YEAR} (ignored)")
    art.url = next((str(rec[k]) for k in _URL_KEYS if rec.get(k)), None)
    art.source = str(rec["source"]) if rec.get("source") else None
    return art


def _iso(value: str) -> date | None:
    """A publication date given as data: a full date between MIN_YEAR and MAX_YEAR, never relative ("yesterday")."""
    value = value.strip()
    if not value or len(value) > 80:
        return None
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", value)
    if m:
        parsed_iso = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return parsed_iso if parsed_iso and settings.MIN_YEAR <= parsed_iso.year <= settings.MAX_YEAR else None
    import dateparser

    try:
        parsed = dateparser.parse(value, languages=["en"], settings={
            "STRICT_PARSING": True, "PARSERS": ["timestamp", "custom-formats", "absolute-time"]})
    except (ValueError, OverflowError, OSError):
        return None
    if parsed is None or not settings.MIN_YEAR <= parsed.year <= settings.MAX_YEAR:
        return None
    return parsed.date()


# ---------------------------------------------------------------- metadata.csv

@dataclass
class Metadata:
    published: date | None = None
    url: str | None = None
    source: str | None = None


def read_metadata(folder: Path) -> tuple[dict[str, Metadata], list[str]]:
    """The optional metadata.csv beside the articles: file -> metadata, and the problems found in it.

    A bad metadata.csv never stops the articles being read: its problems are reported and what could be read of
    it is used."""
    path = folder / settings.METADATA_FILE
    if not path.is_file():
        return {}, []
    try:
        if path.stat().st_size > settings.MAX_FILE_BYTES:
            raise ReadError(f"{path.name}: too large: over the {settings.MAX_FILE_BYTES / 1e6:.0f} MB limit")
        text, problems = decode(path.read_bytes(), path.name)
    except OSError as err:
        return {}, [f"{path.name}: cannot be read ({err.strerror or err}); no metadata applied"]
    except ReadError as err:
        return {}, [f"{str(err).removesuffix(' (skipped)')}; no metadata applied"]
    reader = csv.reader(io.StringIO(text, newline=""))
    out: dict[str, Metadata] = {}
    lines: dict[str, int] = {}
    header: list[str] | None = None
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            problems.append(f"{path.name}: line {reader.line_num}: not readable as CSV ({err}); "
                            "the rest of the file was not read")
            break
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip().lstrip("\ufeff").lower() for cell in row]
            if "file" not in header:
                return {}, [*problems, f"{path.name}: no 'file' column (columns: {', '.join(row)[:200]}); "
                                       "no metadata applied"]
            continue
        n = reader.line_num
        fields = dict(zip(header, row, strict=False))
        fname = (fields.get("file") or "").strip()
        if not fname:
            problems.append(f"{path.name}: line {n} has no file name (ignored)")
            continue
        if fname in lines:
            problems.append(f"{path.name}: line {n}: {fname} is listed again (line {lines[fname]} ignored)")
        lines[fname] = n
        meta = Metadata(url=(fields.get("url") or "").strip() or None,
                        source=(fields.get("source") or "").strip() or None)
        raw = (fields.get("published") or "").strip()
        if raw:
            meta.published = _iso(raw)
            if meta.published is None:
                problems.append(f"{path.name}: line {n}: publication date '{raw[:40]}' of {fname} not understood "
                                f"or not between {settings.MIN_YEAR} and {settings.MAX_YEAR} (ignored)")
        out[fname] = meta
    return out, problems


DATELINE_LAG = 2  # a page posted this many days after its own dateline's day was written on that day


def apply_metadata(art: Article, meta: Metadata) -> None:
    """metadata.csv overrides what the text says."""
    if meta.published:
        own = art.published_from if art.published_from and art.published_from.day == meta.published else None
        art.published, art.published_reason = meta.published, "publication date from metadata.csv"
        art.site_today, art.published_from = False, own  # (the page's own line, when it gives the same day)
    art.url = meta.url or art.url
    art.source = meta.source or art.source


def dateline_day(art: Article) -> None:
    """A dateline's day a day or two before the article's date ("Saint Petersburg, 4 June (AzerTAc)." on a page
    posted on June 5) is the day the article was written: what "today" and the weekdays count from."""
    written = _dateline_before(art.dateline, art.published) if art.published else None
    if written is not None and art.published is not None:
        art.published_reason = (f"the dateline's day ({written.strftime('%B')} {written.day}), the page being dated "
                                f"{art.published.isoformat()} ({art.published_reason})")
        art.published = written


def _dateline_before(dateline: tuple[int, int] | None, posted: date) -> date | None:
    """The day of a year-less dateline that falls 1..DATELINE_LAG days before the page was posted."""
    if dateline is None:
        return None
    for year in (posted.year, posted.year - 1):
        day = _safe_date(year, *dateline)
        if day is not None and 1 <= (posted - day).days <= DATELINE_LAG:
            return day
    return None


_URL_DATE = rx.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|$)")
# the day in words in an address's slug: "/pm-meets-chancellor-merkel-5-july-2018", "/talks-on-july-5-2018.html"
_URL_MONTH_WORD = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|" \
                  r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_URL_SLUG_DAY = rx.compile(rf"(?<![a-z0-9])(?:(?P<d1>0?[1-9]|[12]\d|3[01])[-_+](?P<m1>{_URL_MONTH_WORD[1:-1]})|"
                           rf"(?P<m2>{_URL_MONTH_WORD[1:-1]})[-_+](?P<d2>0?[1-9]|[12]\d|3[01]))[-_+,]+"
                           r"(?P<y>(?:19|20)\d\d)(?![a-z0-9])", re.I)
# eight digits standing alone, year first: "/nhkworld/en/news/20230316_41/", "?cid=public-rss_20170209" (a longer
# run of digits is an id: "/story/2023091112345")
_URL_DIGITS = rx.compile(r"(?<![0-9])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![0-9])")
# a year and month alone before the slug, the address of a site filing its pages by month: "/english/2025/10/here-
# are-the-details", "/2010/09/in-new-york.html"
_URL_MONTH = rx.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(?=[^/\d])")


def date_from_url(art: Article) -> None:
    """An article without a publication date takes the one its address holds ("/2023/09/11/biden-hanoi",
    "/pm-meets-chancellor-merkel-5-july-2018", "/news/20230316_41/"); an address giving the year and month alone
    ("/2025/10/here-are-the-details") tells the month the article was posted in (url_month)."""
    if art.published or not art.url:
        return
    address = re.sub(r"^[a-z]+://[^/]*", "", art.url.split("#", 1)[0], flags=re.I)
    path = address.split("?", 1)[0]
    for in_words, found in ((False, _URL_DATE.search(path)), (True, _URL_SLUG_DAY.search(path)),
                            (False, _URL_DIGITS.search(address))):
        if found is None:
            continue
        if in_words:
            month = _month(found["m1"] or found["m2"])
            day = _safe_date(int(found["y"]), month, int(found["d1"] or found["d2"])) if month else None
        else:
            day = _safe_date(int(found[1]), int(found[2]), int(found[3]))
        if day and settings.MIN_YEAR <= day.year <= settings.MAX_YEAR:
            _set_published(art, day, f"date in the article's address ({found[0].strip('/_-+')})")
            return
    by_month = _URL_MONTH.search(path)
    if by_month and settings.MIN_YEAR <= int(by_month[1]) <= settings.MAX_YEAR:
        art.url_month = (int(by_month[1]), int(by_month[2]))


def list_article_files(folder: Path) -> list[Path]:
    """Every file in the folder that is not hidden, metadata.csv or corrections.jsonl, sorted by name."""
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".")
        and p.name not in (settings.METADATA_FILE, settings.CORRECTIONS_FILE)
    )
