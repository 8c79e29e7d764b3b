"""Find where a sentence speaks of a meeting, with the date, place, people and level nearest to each word."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import actors, places
from .dates import Timex
from .sentences import Sentence
from .vocab import load

LEVEL_ORDER = ("vice_ministerial", "working_level", "ministerial", "summit", "other")
HEAD_ROLES = ("head_of_state", "head_of_government")
MINISTER_ROLES = ("foreign_minister", "minister")
VISIT_WORDS = frozenset({"visit", "visits", "visited", "visiting", "trip", "travel to", "travels to", "traveled to",
                         "travelled to", "traveling to", "travelling to", "fly to", "flew to", "flies to", "went to",
                         "arrived in", "arrives in", "arrive in"})
MERGE_GAP = 80  # meeting words further apart in one sentence are told of separately


@dataclass
class Mention:
    """One place in one sentence where a meeting is spoken of."""

    sentence: Sentence
    start: int  # the trigger word, offsets into the article text
    end: int
    trigger: str
    kind: str  # "noun" | "verb" | "joint"
    level: str | None = None  # type read from the words around the trigger
    status: str = "held"
    status_marked: bool = False  # the text's tense says held or planned
    status_weak: bool = False  # only a relative cue says so ("ahead of the meeting", "after the meeting")
    people: list[actors.Mention] = field(default_factory=list)
    group: Any = None  # "head" or "foreign_minister" from "the two leaders", "the foreign ministers"
    place: places.Place | None = None
    timex: Timex | None = None
    series: str | None = None  # a recurring summit named near the trigger (G20, APEC ...)
    definite: bool = False  # "the meeting", "the latest talks": may refer to an event already told
    vague: bool = False  # "24 summit talks": not one event
    generic: bool = False  # "further meetings", "annual summits": not one event unless a date says which


# ---------------------------------------------------------------- vocabulary as patterns

def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def patterns() -> dict[str, Any]:
    w = load().words
    pats: dict[str, Any] = {
        "noun": re.compile(rf"\b(?:{_alt(w['meeting_nouns'])})\b", re.I),
        "verb": re.compile(rf"\b(?:{_alt(w['meeting_verbs'])})\b", re.I),
        "joint": re.compile(rf"\b(?:{_alt(w['joint_action_verbs'])})\b"),
        "not": re.compile(rf"\b(?:{_alt(w['not_meetings'])})\b", re.I),
        "relative_future": re.compile(rf"(?<![\w-])(?:{_alt(w['relative_future_markers'])})(?![\w-])", re.I),
        "future": re.compile(rf"(?<![\w-])(?:{_alt(w['future_markers'])})(?![\w-])", re.I),
        "past": re.compile(rf"\b(?:{_alt(w['past_markers'])})\b", re.I),
        "vague": re.compile(rf"\b(?:{_alt(w['vague_markers'])})\b", re.I),
        "qualifier": re.compile(rf"(?:{_alt(w['talks_qualifiers'])})\s+(?:[\w-]+\s+)?$", re.I),
        "levels": {lv: re.compile(rf"(?<![\w-])(?:{_alt(ws)})(?![\w-])", re.I) for lv, ws in w["levels"].items()},
        "groups": {g: re.compile(rf"\b(?:{_alt(ws)})\b", re.I) for g, ws in w["group_refs"].items()},
        "counterpart": re.compile(
            rf"\b(?:his|her|their)\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+(?:{_alt(w['counterpart'])})\b"),
        "series": [(s.series, re.compile(rf"(?<![\w-])(?:{_alt(list(s.aliases) + [s.series])})(?![\w-])"))
                   for s in load().series],
        "boundary": re.compile(r"\b(?:since|after|before|when|while|because|although|though|whereas|which|who|"
                               r"whom|where|until|unless|that|said|says)\b|;|—|,\s+(?:and|but)\b"),
        "reporting": re.compile(rf"\b(?:{_alt(w['reporting_verbs'])})\s+(?:[\w.]+\s+){{0,2}}?(?:on\s+|that\s+)?$",
                                re.I),
    }
    return pats


# ---------------------------------------------------------------- one sentence

def may_mention(text: str) -> bool:
    """A cheap first look: does the sentence hold a word that can speak of a meeting?"""
    p = patterns()
    return bool(p["noun"].search(text) or p["verb"].search(text) or p["joint"].search(text))


def find(sent: Sentence, people: list[actors.Mention], where: list[places.Place],
         timexes: list[Timex]) -> list[Mention]:
    """Meeting mentions of one sentence, each with the date, place and series nearest to it."""
    joint = [] if patterns()["not"].search(sent.text) else _joint_action(sent, people)
    found = sorted(_triggers(sent) + joint, key=lambda m: m.start)
    if not found:
        return []
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and not (t.value or "").endswith("_REF")]
    for m in found:
        m.people = _clause_people(sent, m, people)
        _read_words(m, sent, dated, found)
    live = [m for m in found if not m.vague] or found
    _assign(live, [t for t in dated if not statement_date(sent, t)], "timex", sent)
    _assign(live, where, "place", sent)
    _assign(live, _group_refs(sent), "group", sent)
    for m in live:
        if isinstance(m.group, GroupRef):
            lo, hi = clause(sent, m)
            m.group = m.group.name if lo <= m.group.start < hi else None
        m.vague = m.vague or (m.generic and m.timex is None)
    for m in live:
        if not (m.status_marked or m.status_weak) and m.timex is not None and m.timex.direction:
            m.status, m.status_marked = ("planned" if m.timex.direction > 0 else "held"), True
    return _merge_in_sentence(found)


def _clause_people(sent: Sentence, m: Mention, people: list[actors.Mention]) -> list[actors.Mention]:
    """The people of the meeting word's clause: the antecedent of "who met", the subject behind "he", not the
    source in "according to X"."""
    lo, hi = clause(sent, m)
    text = sent.text
    if re.match(r"(?:who|which)\b", text[lo - sent.start:]):
        lo = next((p.start for p in reversed(people) if 0 <= lo - p.end <= 3), lo)
    inside = [p for p in people if lo <= p.start < hi
              and not re.search(r"according to\s*$", text[max(0, p.start - sent.start - 15):p.start - sent.start])]
    between = re.match(r"\s*(?:[\w-]+\s+){0,3}?between\b", text[m.end - sent.start:])
    if between:  # "a final meeting between Obama and Netanyahu": just them
        at = m.end + between.end()
        named = [p for p in inside if p.start >= at]
        inside = named[:2] if len(named) >= 2 else inside
    scope = text[lo - sent.start:m.start - sent.start]
    if not any(p.start < m.start for p in inside):
        if re.search(r"\b(?:he|she|his|her)\b", scope):
            inside[:0] = [p for p in people if p.start < lo][:1]  # "Xi ..., where he may meet Kishida"
        elif re.search(r"\b(?:they|their|them)\b", scope):
            inside[:0] = [p for p in people if p.start < lo][:2]  # "A and B ..., since their meeting in Ufa"
    return inside


def clause(sent: Sentence, m: Mention) -> tuple[int, int]:
    """The part of the sentence a meeting word speaks in: between the subordinators around it."""
    lo, hi = sent.start, sent.end
    for b in patterns()["boundary"].finditer(sent.text):
        at = sent.start + b.start()
        if at < m.start and not (m.kind == "joint" and at > m.start - 60):
            lo = at
        elif at >= m.end:
            hi = at
            break
    return lo, hi


def statement_date(sent: Sentence, t: Timex) -> bool:
    """"Kono said Monday", "Tass reported Sunday": the date of a statement, not of a meeting."""
    before = sent.text[max(0, t.start - sent.start - 40):t.start - sent.start]
    return bool(patterns()["reporting"].search(before))


def _triggers(sent: Sentence) -> list[Mention]:
    p = patterns()
    text = sent.text
    blocked = [(m.start(), m.end()) for m in p["not"].finditer(text)]
    out: list[Mention] = []
    for kind in ("noun", "verb"):
        for m in p[kind].finditer(text):
            if any(m.start() < b and a < m.end() for a, b in blocked) or any(
                    x.start - sent.start == m.start() for x in out):
                continue
            word = m.group(0).lower()
            if kind == "noun" and word == "talks" and not p["qualifier"].search(text[max(0, m.start() - 40):m.start()]):
                continue
            if kind == "noun" and word in ("meeting", "visit", "visits") and _verb_use(text, m.start()):
                kind_here = "verb"
            else:
                kind_here = kind
            out.append(Mention(sent, sent.start + m.start(), sent.start + m.end(), m.group(0), kind_here))
    return sorted(out, key=lambda x: x.start)


def _verb_use(text: str, at: int) -> bool:
    before = text[max(0, at - 12):at].lower().split()
    return bool(before) and before[-1] in ("to", "will", "would", "'ll", "and", "not", "also")


def _joint_action(sent: Sentence, people: list[actors.Mention]) -> list[Mention]:
    """"A and B entrusted ... in December": two leaders acting together imply that they met."""
    p = patterns()
    for m in p["joint"].finditer(sent.text):
        at = sent.start + m.start()
        before = [x for x in people if x.end <= at]
        if len(before) < 2 or len({x.country for x in before[-2:]}) < 2 or at - before[-1].end > 20:
            continue
        between = sent.text[before[-2].end - sent.start:before[-1].start - sent.start]
        if " and " not in f" {between} " or len(between) > 40:
            continue
        return [Mention(sent, at, at + len(m.group(0)), m.group(0), "joint")]
    return []


def _read_words(m: Mention, sent: Sentence, timexes: list[Timex], found: list[Mention]) -> None:
    p = patterns()
    rel = m.start - sent.start
    text = sent.text.replace("’", "'")
    prev = max((o.end - sent.start for o in found if o.end <= m.start), default=0)
    nxt = min((o.start - sent.start for o in found if o.start >= m.end), default=len(text))
    window = text[max(0, rel - 70, prev, clause(sent, m)[0] - sent.start):min(rel + len(m.trigger) + 25, nxt)]
    own = next((lv for lv in ("other", "summit") if p["levels"][lv].fullmatch(m.trigger.lower())), None)
    m.level = own or next((lv for lv in LEVEL_ORDER if p["levels"][lv].search(window)), None)
    before = text[max(0, rel - 30):rel]
    count = re.search(r"(?<![+\w])(?:\d+|two|three|four|five|several|many|numerous)\s+(?:[\w-]+\s+)?$", before)
    in_date = count is not None and any(t.start <= sent.start + max(0, rel - 30) + count.start() < t.end
                                        for t in timexes)
    m.vague = count is not None and not in_date
    m.generic = bool(p["vague"].search(text[max(0, rel - 30):rel]))
    m.definite = bool(re.search(r"\b(?:the|their|that|this|his|her)\s+(?:[\w-]+\s+){0,3}$", before, re.I))
    m.series = next((s for s, pat in p["series"] if pat.search(text)), None)
    _read_status(m, text, rel)


def _read_status(m: Mention, text: str, rel: int) -> None:
    """Held or planned, from the words before the meeting word in its clause (quotes it is not in left out)."""
    p = patterns()
    text = _mask_quotes(text, rel)
    clause_start = max(text.rfind(",", 0, max(0, rel - 60)), 0)
    before = text[clause_start:rel]
    after = text[rel:rel + 60]
    fut_before = [x.end() for x in p["future"].finditer(before)]
    past_before = [x.end() for x in p["past"].finditer(before)]
    trig = m.trigger.lower()
    if m.kind == "verb" and trig in ("met", "visited", "summoned", "hosted", "received", "held talks"):
        m.status, m.status_marked = "held", True
    elif fut_before and (not past_before or fut_before[-1] >= past_before[-1] - 12):
        m.status, m.status_marked = "planned", True
    elif re.match(r"\W*\w+\s+(?:will|is to|are to|would|is expected|is likely|is slated|is scheduled)\b", after) \
            or re.search(r"\b(?:scheduled|slated|set|planned|expected)\s+(?:for|to take place)\b", after):
        m.status, m.status_marked = "planned", True
    elif p["relative_future"].search(text[max(0, rel - 25):rel]):
        m.status, m.status_weak = "planned", True  # "to prepare a summit", "ahead of the meeting"
    elif past_before or m.kind == "joint":
        m.status, m.status_marked = "held", True
    elif p["relative_future"].search(text[max(0, rel - 40):rel]):
        m.status, m.status_weak = "planned", True
    elif re.search(r"\bafter\s+(?:the|their|this|that)\s+(?:[\w-]+\s+){0,2}$", text[max(0, rel - 40):rel], re.I):
        m.status, m.status_weak = "held", True


def _mask_quotes(text: str, rel: int) -> str:
    """The text with quoted passages blanked out, unless the meeting word is inside one."""
    out = text
    for q in re.finditer(r"“[^”]*”|\"[^\"]*\"", text):
        if not q.start() <= rel < q.end():
            out = out[:q.start()] + " " * (q.end() - q.start()) + out[q.end():]
    return out


def _assign(mentions: list[Mention], items: list[Any], attr: str, sent: Sentence) -> None:
    """Give each date or place to the nearest meeting word before it, else the nearest after it."""
    quotes = _quote_spans(sent)
    for item in items:
        pos = item.start
        left = [m for m in mentions if m.start <= pos and _same_quote(m.start, pos, quotes)]
        right = [m for m in mentions if m.start > pos and _same_quote(m.start, pos, quotes)]
        owner = max(left, key=lambda m: m.start) if left else min(right, key=lambda m: m.start) if right else None
        if attr == "timex" and _modifier(sent, item):
            owner = next((m for m in right if 0 <= m.start - item.end <= 25), None)
        if owner is None or (owner.kind == "joint" and "," in sent.text[owner.end - sent.start:pos - sent.start]):
            continue
        if attr == "timex" and (not better_date(item, owner.timex) or _since(sent, item)):
            continue
        if attr == "place" and not better_place(item, owner.place):
            continue
        if attr == "place" and not clause(sent, owner)[0] <= pos < clause(sent, owner)[1]:
            continue  # "arrived in Jordan after ... apologized to Turkey": Turkey is not where he arrived
        setattr(owner, attr, item)


@dataclass(frozen=True)
class GroupRef:
    """"the two leaders", "the foreign ministers" at start..end."""

    start: int
    end: int
    name: str  # "head" | "foreign_minister"


def _group_refs(sent: Sentence) -> list[GroupRef]:
    refs = [GroupRef(sent.start + x.start(), sent.start + x.end(), g)
            for g, pat in patterns()["groups"].items() for x in pat.finditer(sent.text)]
    return [r for r in refs if not any(o is not r and o.start <= r.start and r.end <= o.end
                                       and o.end - o.start > r.end - r.start for o in refs)]


def _since(sent: Sentence, t: Timex) -> bool:
    """"his first trip since 2022", "suspended since 2018": the start of a period, not the meeting's date."""
    return bool(re.search(r"\b(?:since|until|till)\s+(?:the\s+)?$", sent.text[:t.start - sent.start], re.I))


def _modifier(sent: Sentence, t: Timex) -> bool:
    """"the 1956 joint declaration", "the Jan. 22 meeting": a date that qualifies the noun after it."""
    before = sent.text[:t.start - sent.start].split()[-1:]
    after = sent.text[t.end - sent.start:].split()[:1]
    return bool(before and after and before[0].lower() in ("a", "an", "the", "its", "their", "his", "her", "this")
                and after[0][:1].islower())


def better_date(new: Timex, old: Timex | None) -> bool:
    if old is None:
        return True
    rank = {"day": 5, "part_of_month": 4, "month": 3, "season": 2, "quarter": 2, "year": 1, "none": 0}
    from .dates import precision

    return rank[precision(new.spec)] > rank[precision(old.spec)]


def better_place(new: places.Place, old: places.Place | None) -> bool:
    """The first place named stays, unless a city of that country says more."""
    return old is None or (old.kind == "country" and new.kind != "country" and new.country == old.name)


def _quote_spans(sent: Sentence) -> list[tuple[int, int]]:
    return [(sent.start + m.start(), sent.start + m.end()) for m in re.finditer(r"“[^”]*”?|\"[^\"]*\"?", sent.text)]


def _same_quote(a: int, b: int, quotes: list[tuple[int, int]]) -> bool:
    return all((s <= a < e) == (s <= b < e) for s, e in quotes)


def _merge_in_sentence(found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        if m.vague:
            continue
        prev = out[-1] if out else None
        if prev and _compatible_mentions(prev, m):
            _absorb(prev, m)
        else:
            out.append(m)
    return out


def _compatible_mentions(a: Mention, b: Mention) -> bool:
    if b.start - a.end > MERGE_GAP:
        return False
    if a.timex and b.timex and a.timex.value != b.timex.value:
        return False
    if a.timex and b.timex and a.timex.start != b.timex.start:
        return False
    if a.status_marked and b.status_marked and a.status != b.status:
        return False
    if a.level and b.level and a.level != b.level:
        return False
    return places_compatible(a.place, b.place)


def places_compatible(a: places.Place | None, b: places.Place | None) -> bool:
    if a is None or b is None:
        return True
    return a.name == b.name or a.country == b.name or b.country == a.name


def _absorb(into: Mention, other: Mention) -> None:
    into.timex = into.timex if not other.timex or not better_date(other.timex, into.timex) else other.timex
    into.place = other.place if other.place and better_place(other.place, into.place) else into.place
    into.level = into.level or other.level  # levels that differ are never merged
    into.series = into.series or other.series
    if other.status_marked and not into.status_marked:
        into.status, into.status_marked = other.status, True
    into.status_weak = into.status_weak or other.status_weak
    into.definite = into.definite and other.definite
    if into.kind != "verb" and other.kind != "joint":
        into.kind = other.kind
