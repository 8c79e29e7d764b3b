"""A mention made an event: who met (by name, office or antecedent), at what level, where."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .. import actors, places, scan
from .. import regexes as rx
from ..dates import Timex, span
from ..mention.clauses import clause
from ..mention.record import HEAD_ROLES, MINISTER_ROLES, VISIT_WORDS, Mention
from ..mention.vocabulary import patterns
from ..timex.lexicon import words
from ..vocab import load
from .article_events import ArticleEvent, Context
from .event_sides import _named_countries, _sides, group_level

ANTECEDENT_REACH = 1500  # characters: "they", "the two men" speak of people told of this recently
_BETWEEN_THEM: Final = rx.compile(r"\s+(?:between|of)\s+(?:the\s+pair|the\s+two(?:\s+(?:men|women|leaders))?|them)\b",
                                  re.I)
_PLURAL: Final = rx.compile(  # "they", "the two men", "both leaders", "the two met": people, not "the two countries"
    r"\b(?:they|their\s+(?:(?:last|previous|first|latest|recent|earlier)\s+)?$|the\s+pair|"  # "their meeting in May"
    r"(?:the\s+two|both)(?:\s+(?:men|women|leaders|presidents|premiers|prime\s+ministers|"
    r"(?:foreign\s+)?ministers|diplomats|sides|heads|chiefs|envoys|counterparts)\b|(?=\s+(?:[a-z]+ly\s+)?"
    r"(?:had|have|has|met|will|would|held|were|are|agreed|also|last|then|later|again|first)\b)))", re.I)
# ("the two reportedly last met": an adverb between)


_COORDINATED: Final = rx.compile(r",?\s*(?:and|but)\s+(?:[a-z]+\s+){0,2}")  # a predicate sharing the subject before


# a meeting told with the offices of its countries: "a meeting of the Armenian and Azerbaijani presidents"
_OF_ADJECTIVE_OFFICES: Final = rx.compile(
    r"\s+(?:of|between)\s+(?:the\s+|their\s+)?((?:[A-Z][\w-]+,\s+)*[A-Z][\w-]+,?\s+and\s+[A-Z][\w-]+)\s+"
    r"(?:presidents|leaders|prime\s+ministers|premiers|heads\s+of\s+(?:state|government)|foreign\s+ministers|"
    r"top\s+diplomats)\b")


def _told_by_offices(m: Mention) -> bool:
    """Whether the meeting word is followed by the offices of two countries or more, told by their adjectives: the
    meeting's own parties, not "they" of the clause ("They want to organize a meeting of the Armenian and
    Azerbaijani presidents")."""
    said = _OF_ADJECTIVE_OFFICES.match(m.sentence.text, m.end - m.sentence.start)
    adjectives = actors.index().adjectives
    return said is not None and all(adjectives.get(w) for w in re.split(r",\s*|,?\s+and\s+", said.group(1)))


def _antecedents(m: Mention, pairs: list[tuple[int, list[str]]], ctx: Context) -> list[str]:
    """Who "they", "the two men" or "the two leaders" are in a clause that names no one: the people of the meeting
    told just before (the leaders for "the two leaders", the ministers for "the foreign ministers")."""
    s0 = m.sentence.start
    owners = all(m.sentence.text.startswith(("'s", "’s"), p.end - s0) for p in m.people)  # "at Schröder's home"
    if (m.people and not owners) or (m.kind == "joint" and not m.group) or _told_by_offices(m):
        return []  # (a joint action is told by its pair, named or "the two leaders signed")
    lo, hi = clause(m.sentence, m)
    if _COORDINATED.fullmatch(m.sentence.text, lo - s0, m.start - s0):  # "A and B sat down ..., and met again"
        return list(pairs[-1][1]) if pairs and pairs[-1][0] >= s0 else []
    count = _counted(m, lo, hi)
    if count is not None:  # "the three leaders": the meeting told last of that many, or those of the pairs told
        return _of_count([people for end, people in pairs if 0 <= m.start - end <= ANTECEDENT_REACH], count)
        # last, together that many ("Trudeau met Lopez Obrador ... a bilateral meeting with Biden ... the three
        # leaders have met together"); not two of them
    after = _BETWEEN_THEM.match(m.sentence.text, m.end - s0)  # "the meeting between the pair"
    opener = _participle_subject(m, lo)  # "Meeting Saturday, the two laughed": its subject after the comma
    if not _PLURAL.search(m.sentence.text, lo - s0, m.start - s0) and not m.group and not after and not opener:
        return []
    roles = LEVEL_ROLES.get(GROUP_LEVEL.get(m.group or "", ""), ())
    fit = [(end, people) for end, people in pairs if (not roles or all(ctx.roles.get(p) in roles for p in people))
           and all(in_office_then(p, m.timex, _office(ctx.roles.get(p))) for p in people)]
    # (in their office when a meeting of 2016 took place)
    near = [people for end, people in fit if m.start - end <= ANTECEDENT_REACH]
    if not near and _only_pair(m, fit):
        near = [fit[-1][1]]
    if not near and (m.group == "head" or opener) and _THE_TWO.search(m.sentence.text, lo - s0, hi - s0):
        return _story_leaders(m, ctx)  # ("Meeting at Schröder's residence in Hanover, the two leaders talked")
    if not near:
        return []
    if not m.group:
        return list(near[-1])  # "they": the people told of last
    rank = {p: i for i, p in enumerate(ctx.order)}  # "the two leaders": the article's own, those told of most
    return list(min(reversed(near), key=lambda people: sum(rank.get(p, len(rank)) for p in people)))


_COUNT_WORDS: Final = {w: n for w, n in words()["numbers"].items() if 3 <= n <= 6}  # date_words.json: "three" -> 3
_COUNTS: Final = {**_COUNT_WORDS, "trilateral": 3, "tripartite": 3, "three-way": 3, "quadrilateral": 4, "four-way": 4}
# "the three leaders", "all four ministers"; "will gather in a tripartite format", "a trilateral meeting"
_COUNTED: Final = rx.compile(r"\b(?:the|all|all\s+the)\s+(" + "|".join(_COUNT_WORDS) + r")\s+"
                             r"(?:leaders|presidents|premiers|"
                             r"prime\s+ministers|heads\s+of\s+(?:state|government)|(?:foreign\s+)?ministers|men|"
                             r"women)\b|\b(trilateral|tripartite|three-way|quadrilateral|four-way)\s+(?:format|"
                             r"meeting|meetings|summit|talks)\b", re.I)


def _counted(m: Mention, lo: int, hi: int) -> int | None:
    """How many people the clause tells its meeting to have ("the three leaders", "all four ministers", "gather in a
    tripartite format")."""
    s0 = m.sentence.start
    said = _COUNTED.search(m.sentence.text, lo - s0, hi - s0)
    return _COUNTS[(said.group(1) or said.group(2)).lower()] if said is not None else None


def _of_count(near: list[list[str]], count: int) -> list[str]:
    """The people of the meeting told last that had `count` people, else those of the meetings told last, together
    that many (each meeting told after the first that brings someone new), else no one."""
    exact = [people for people in near if len(people) == count]
    if exact:
        return list(exact[-1])
    together: list[str] = []
    for people in reversed(near):
        more = [p for p in people if p not in together]
        if not more:
            continue
        together = [*together, *more]
        if len(together) >= count:
            break
    return together if len(together) == count else []


# "the two leaders", "the two presidents" told in the sentence before the meeting word ("The two leaders finally
# agreed on a modest eurozone budget when they met at Meseberg castle")
_THE_TWO: Final = rx.compile(r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:leaders|presidents|prime\s+ministers|premiers|"
                             r"heads\s+of\s+(?:state|government)|foreign\s+ministers|men|women)\b"
                             r"|\b[Tt]he\s+two(?=\s+(?:[a-z]+ly\s+)?[a-z]+ed\b)")  # "the two laughed": the two men

# a clause that opens with the participle "Meeting" and tells its subject after the comma: "Meeting Saturday, the two
# laughed", "Meeting at Schröder's residence in Hanover, the two leaders talked"
_MEETING_OPENER: Final = rx.compile(r"Meeting\b[^,.;]{1,80},\s+(?:the\s+two|they|both)\b")


def _participle_subject(m: Mention, lo: int) -> bool:
    """Whether the meeting word is the participle that opens its clause and the clause's subject, after the comma,
    is "the two", "they" or "both": the people of the meeting are that subject, told before by name."""
    s0 = m.sentence.start
    return (not m.sentence.text[lo - s0:m.start - s0].strip(" \t\n\"“'‘")
            and _MEETING_OPENER.match(m.sentence.text, m.start - s0) is not None)


def _story_leaders(m: Mention, ctx: Context) -> list[str]:
    """"The two leaders" told far from any meeting of two people named before: the two the article names most,
    heads of two countries in office then ("Putin made a short stopover in Germany for informal talks with the German
    Chancellor. Meeting at Schröder's private residence in Hanover, the two leaders reportedly talked ...")."""
    top = ctx.order[:2]
    if len(top) < 2 or len({ctx.countries.get(p) for p in top} - {None}) < 2:
        return []
    if not all(ctx.roles.get(p) in HEAD_ROLES and in_office_then(p, m.timex, HEAD_ROLES) for p in top):
        return []
    return top


def _only_pair(m: Mention, fit: list[tuple[int, list[str]]]) -> bool:
    """"The two leaders" of an article that told one pair meeting and no other: that pair, however far back it was
    told (a story of one pair's relations, told at length between their meetings)."""
    s0 = m.sentence.start
    return bool(fit) and len({frozenset(people) for _, people in fit}) == 1 and (
        m.group is not None or _THE_TWO.search(m.sentence.text, 0, m.start - s0) is not None)


def _office(role: str | None) -> tuple[str, ...]:
    """The roles that count as holding the same office: a head of state or government either."""
    return HEAD_ROLES if role in HEAD_ROLES else (role,) if role else ()


def _as_event(m: Mention, ctx: Context, main: list[str], antecedents: list[str] | None = None,
              pair: list[str] | None = None) -> ArticleEvent:
    """The event one mention tells of; `main` are the article's main countries; `antecedents` who "they" are; `pair`
    the countries "the two countries" are (story_pair)."""
    people = _participants(m, ctx)
    if antecedents and set(people) <= set(antecedents):  # "Meeting at Schröder's residence, the two leaders ...":
        people = list(antecedents)  # Schröder one of them
    level = m.level if m.level != "other" or m.kind == "verb" or people else None
    if level == "summit" and (_ministers_visit(m, people, ctx) or _ministers_together(m, people, ctx)):
        level = None  # "Foreign Minister Wang Yi is on an official visit to Vietnam": a minister's, no summit
    offices = [] if people else _offices(m)  # "Pakistan's foreign secretary hosted his Indian counterpart"
    by_office = next((OFFICE_LEVEL[r] for _, r in offices if r in OFFICE_LEVEL), None)
    if not (people or offices or level or m.group):  # "the visit of the foreign secretary May 20": the office's
        by_office = m.level = _bare_office_level(m, main)  # level in the article's countries, as its words tell
    met_offices = _offices_met(m, people, ctx)  # "Modi held talks with the Chinese Premier": the other side
    etype = level or GROUP_LEVEL.get(m.group or "") or by_office or (None if people else group_level(m)) \
        or _lower_level(_type_from_roles(people, ctx), [r for _, r in met_offices])  # (a regional group's leaders
    # told together, no one named: "The three Baltic presidents ... at their traditional annual meeting")
    multilateral = bool(m.series and m.kind == "noun" and not m.group)  # attending a summit of many
    named = [] if multilateral else list(dict.fromkeys([*_named_countries(m, ctx),
                                                        *(c for c, _ in [*offices, *met_offices])]))
    two = None if multilateral or people or m.headline or len(named) >= 2 else _offices_of_the_two(m)
    if two and pair and set(named) <= set(pair):  # "a summit between the Presidents of the two countries": the
        named = list(pair)  # story's two, at the level of the office told (not in a headline: the body's meeting)
        etype = etype if etype in RANK else two
    untold = bool(people) and not multilateral and _office_subject(m)
    if untold:  # the office's country is not told: the article's other main country is no guess for it
        main = []
    parts = _by_level(etype, people, m, ctx, main, explicit=bool(level or m.group), also=named)
    if offices:  # the holders of those offices, not of others at that level ("his counterpart", a defence minister)
        parts = [p for p in parts if ctx.roles.get(p) in {r for _, r in offices}]
        leveled = all(OFFICE_LEVEL.get(r or "") == etype for _, r in offices)
        if leveled and len(offices) > len({c for c, _ in offices}):  # two offices of each country ("Australian and
            parts = list(dict.fromkeys([*parts, *_office_holders(offices, m, ctx)]))  # Indonesian Foreign and
            # Defence Ministers met"): the article's holder of each, of the meeting's level
    countries = sorted({c for p in parts for c in [ctx.countries.get(p)] if c})
    place = m.place or _host(m, parts, ctx)
    ev = ArticleEvent([m], etype, m.status, parts, countries, place, m.timex, m.series, m.status_marked,
                      m.status_weak)
    ev.offices = sorted({r for _, r in [*offices, *met_offices] if r})
    if not multilateral:
        ev.untold_subject = untold and bool(parts)
        ev.sides = _sides(people, ctx, main, named)
        ev.named = sorted({*ev.countries, *named})
    return ev


# the parties of a meeting told as an office of "the two countries": "a summit between the Presidents of the two
# countries", "the dialogue held at the highest level between the leaders of our two countries", "a meeting of the
# two countries' foreign ministers"
_TWO_COUNTRIES: Final = r"(?:the|our|both)\s+(?:two\s+)?(?:countries|nations)"
_OFFICES_OF_TWO: Final = (r"(?:presidents|leaders|heads\s+of\s+(?:state|government)|prime\s+ministers|premiers|"
                          r"foreign\s+ministers|top\s+diplomats)")
_OF_THE_TWO: Final = rx.compile(
    rf"\b(?:between|of)\s+(?:(?:the\s+)?(?P<o1>{_OFFICES_OF_TWO})\s+of\s+{_TWO_COUNTRIES}|{_TWO_COUNTRIES}['’]\s*"
    rf"(?:(?:top|most\s+senior)\s+)?(?P<o2>{_OFFICES_OF_TWO}))\b", re.I)


_FIRST_OF_A_KIND: Final = rx.compile(r"\b(?:first|first-ever|second|third)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _offices_of_the_two(m: Mention) -> str | None:
    """The level of the office of "the two countries" the meeting word's clause tells as its parties ("a summit
    between the Presidents of the two countries": summit), None when it tells none."""
    lo, hi = clause(m.sentence, m)
    s0 = m.sentence.start
    said = _OF_THE_TWO.search(m.sentence.text, max(lo, m.start) - s0, hi - s0)
    if said is None or _FIRST_OF_A_KIND.search(m.sentence.text, max(0, m.start - s0 - 40), m.start - s0):
        return None  # (not "First official meeting between the foreign ministers of the two countries in more than
        # seven years": a record, the meeting the story tells)
    office = (said.group("o1") or said.group("o2")).lower()
    return "ministerial" if "minister" in office and "prime" not in office or "diplomat" in office else "summit"


def story_pair(m: Mention, pairs: list[tuple[int, list[str]]], ctx: Context, main: list[str]) -> list[str]:
    """The two countries "the two countries" of a mention are: those of the meeting of two countries told last before
    it, not far back, else the story's main two ("The Foreign Minister of Armenia ... and the Foreign Minister of
    Azerbaijan ... met in Kiev. The meeting had been agreed at a summit between the Presidents of the two countries",
    a story where a third country's envoys are told too)."""
    for end, people in reversed(pairs):
        if 0 <= m.start - end <= ANTECEDENT_REACH:
            countries = list(dict.fromkeys(c for p in people if (c := ctx.countries.get(p))))
            return countries if len(countries) == 2 else []
    return list(main) if len(main) == 2 else []


def _offices_met(m: Mention, people: list[str], ctx: Context) -> list[tuple[str, str | None]]:
    """The offices the clause tells by a country's adjective or name without a name ("held talks with the Chinese
    Premier", "met Pakistan's foreign secretary"), of countries none of the people named is of: the other side."""
    if not people:
        return []
    own = {ctx.countries.get(p) for p in people}
    if None in own:
        return []  # someone of no known country may hold that office himself
    text, s0 = m.sentence.text, m.sentence.start
    hi = clause(m.sentence, m)[1] - s0
    found = actors.offices_at(text[m.end - s0:hi])
    first = next((at for at, _, _ in found if _TO_THE_ONE_MET.fullmatch(text, m.end - s0, m.end - s0 + at)), None)
    if first is None:
        return []
    return [(c, r) for at, c, r in found if first <= at <= first + OFFICES_SPAN and c not in own]


# between a meeting word and the office of the one met: "held talks with the", "met", "hosted his", "received the
# visiting", "met on Monday with"
_TO_THE_ONE_MET: Final = rx.compile(r"(?:\s+(?:with|by|and|the|his|her|their|a|an|visiting|on|last|this|also|then|"
                                    r"separately|briefly|today|yesterday|[A-Z][a-z]+day|bilateral|separate|talks|"
                                    r"meetings?))*\s+")
OFFICES_SPAN: Final = 40  # "the Russian, Chinese and Indian premiers": the offices told together, from the first


def _lower_level(etype: str, roles: list[str | None]) -> str:
    """The meeting's level when the people's offices say `etype` and the other side's offices are `roles`: the
    lower of the two ("a head receiving another country's foreign minister": ministerial)."""
    levels = [OFFICE_LEVEL[r] for r in roles if r in OFFICE_LEVEL]
    if not levels or etype not in RANK:
        return levels[0] if levels and etype == "other" else etype
    return min([etype, *levels], key=RANK.index)


def _office_holders(offices: list[tuple[str, str | None]], m: Mention, ctx: Context) -> list[str]:
    """The article's holder of each office told by country and title, when it names one then in that office."""
    out = []
    for country, role in offices:
        held = [h for h in ctx.holders((role,), country) if in_office_then(h, m.timex, (role,))] if role else []
        out += held[:1]
    return out


# a visit or meeting of an office told by its title alone, no country or name: "the visit of the foreign secretary"
_BARE_OFFICE: Final = rx.compile(r"\s+(?:of|by)\s+the\s+([a-z]+(?:\s+[a-z]+){0,2}?)(?=\s+(?:[A-Z0-9]|on\b|in\b|"
                                 r"next\b|last\b|this\b)|[,.;]|$)")


def _bare_office_level(m: Mention, main: list[str]) -> str | None:
    """The level of the office a visit or meeting word is told of by its title alone ("preceded by the visit of the
    foreign secretary May 20"), the title read in the article's two countries (a foreign secretary is vice-ministerial
    in India and Pakistan), when it is the same level in both."""
    hit = _BARE_OFFICE.match(m.sentence.text, m.end - m.sentence.start)
    if hit is None or len(main) < 2 or hit.group(1) not in actors.lower_titles():
        return None
    levels = {OFFICE_LEVEL.get(actors.title_role(hit.group(1), c)) for c in main}
    return levels.pop() if len(levels) == 1 else None


def _office_words() -> str:
    """An office as the subject of a meeting verb, no name with it: the outlet's own leader or minister ("The Prime
    Minister met President Andrzej Duda of Poland", "the President of the Republic received ..."), as a pattern:
    data/meeting_words.json's offices_without_a_name, as written, any spaces in them any run of spaces."""
    offices = load().words["offices_without_a_name"]
    return r"(?:[Tt]he\s+)(?:" + "|".join(r"\s+".join(map(re.escape, o.split())) for o in offices) + ")"


# the words that may stand between the office and its verb: "The Taoiseach will today, Monday, meet with ..."
_AUX_WORDS: Final = (r"(?:(?:have|has|had|will|would|also|then|later|today|tomorrow|briefly|first|(?:on\s+)?"
                     r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+)*$")
_AUX_ONLY: Final = rx.compile(r"\s*" + _AUX_WORDS)


@lru_cache(maxsize=1)
def _office_subject_pattern() -> re.Pattern[str]:
    """The office told as the subject, then only the words that may stand before its verb."""
    return rx.compile(r"(?:^|[,;:]\s+|\b(?:and|where|when)\s+)" + _office_words() + r"\s+" + _AUX_WORDS)


@lru_cache(maxsize=1)
def _office_and_pattern() -> re.Pattern[str]:
    """The office and the one it met, together as the subject: "The Prime Minister and Taoiseach Leo Varadkar met at
    Stormont today" (up to three title words before the name)."""
    return rx.compile(r"(?:^|[,;:]\s+)" + _office_words() + r"\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,3}$")


def _office_subject(m: Mention) -> bool:
    """Whether a meeting verb's subject is an office told without a name, everyone the clause names told after
    the verb: "The Prime Minister met the Prime Minister of Poland Donald Tusk today in Warsaw"; or the office and
    the one named it met, together before the verb: "The Prime Minister and Taoiseach Leo Varadkar met"."""
    if m.kind != "verb":
        return False
    text, s0 = m.sentence.text, m.sentence.start
    before = [p for p in m.people if p.end <= m.start]
    if not before:
        return _office_subject_pattern().search(text, 0, m.start - s0) is not None
    first, last = min(before, key=lambda p: p.start), max(before, key=lambda p: p.end)
    return len({p.person for p in before}) == 1 \
        and _office_and_pattern().search(text, 0, first.start - s0) is not None \
        and _AUX_ONLY.match(text, last.end - s0, m.start - s0) is not None


_SUMMIT_WORD: Final = rx.compile(r"\bsummit", re.I)


def _ministers_visit(m: Mention, people: list[str], ctx: Context) -> bool:
    """Whether a visit the level words call a leader's ("official visit") is made by ministers: the people of its
    clause hold ministers' offices, none a leader's, or those before the word (the visitors) hold ministers' offices
    only ("Motegi paid an official visit to the palace and met President Joko Widodo"); and the sentence speaks of
    no summit."""
    roles = {ctx.roles.get(p) for p in people}
    visitors = {ctx.roles.get(p.person) for p in m.people if p.end <= m.start and p.person in people}
    by_ministers = bool(roles & set(MINISTER_ROLES)) and not roles & set(SUMMIT_ROLES) or (
        bool(visitors) and visitors <= set(MINISTER_ROLES))
    return m.trigger.lower() in VISIT_WORDS and by_ministers and not _SUMMIT_WORD.search(m.sentence.text)


def _ministers_together(m: Mention, people: list[str], ctx: Context) -> bool:
    """"Lapid and the UAE Foreign Minister held a joint summit with Blinken", "Top diplomats of Southeast Asian
    countries held a summit with China's Foreign Minister Wang Yi": ministers of two countries at least, or a group
    of foreign ministers and a minister named, and no leader are the people of the clause, and the meeting word is
    theirs (not "the summit" told of, a noun after a definite article, which their leaders hold)."""
    roles = {ctx.roles.get(p) for p in people}
    countries = {ctx.countries.get(p) for p in people} - {None}
    return ((len(countries) >= 2 or m.group == "foreign_minister" and bool(people)) and roles <= set(MINISTER_ROLES)
            and not m.definite
            and not (m.series and m.kind == "noun") and m.status == "held")
    # ("Wang Yi met Lavrov on the sidelines of the G20 Summit": their meeting, at the summit of their leaders)


OFFICE_LEVEL: Final = {"head_of_state": "summit", "head_of_government": "summit", "vice_president": "summit",
                       "crown_prince": "summit", "party_leader": "summit",
                       "foreign_minister": "ministerial", "minister": "ministerial",
                       "vice_minister": "vice_ministerial"}


def _offices(m: Mention) -> list[tuple[str, str | None]]:
    """The offices the clause tells of without names, when they are of two countries at least."""
    lo, hi = clause(m.sentence, m)
    found = actors.offices(m.sentence.text[lo - m.sentence.start:hi - m.sentence.start])
    return found if len({c for c, _ in found}) >= 2 else []


# their meetings are summits (Harris-Netanyahu; Biden and Communist Party General Secretary Trong)
SUMMIT_ROLES: Final = (*HEAD_ROLES, "vice_president", "crown_prince", "party_leader")
GROUP_LEVEL = {"head": "summit", "foreign_minister": "ministerial", "vice_minister": "vice_ministerial"}
RANK: Final = ("working_level", "vice_ministerial", "ministerial", "summit")
LEVEL_ROLES = {"summit": SUMMIT_ROLES, "ministerial": MINISTER_ROLES, "vice_ministerial": ("vice_minister",),
               "working_level": ("official", "ambassador", "vice_minister")}


def _by_level(etype: str, people: list[str], m: Mention, ctx: Context, main: list[str], explicit: bool = True,
              also: list[str] | None = None) -> list[str]:
    """The people who take part at this level; in a bilateral story the other side's counterpart is added when
    only one side is named (not for a multilateral summit)."""
    if etype == "other":
        return _subject_and_object(m, people)
    roles = LEVEL_ROLES[etype]
    above = {r for lv in RANK[RANK.index(etype) + 1:] for r in LEVEL_ROLES[lv]}
    if etype == "summit":
        parts = [p for p in people if (ctx.roles.get(p) or "").removeprefix("former_") in roles]
        heads = [p for p in parts if ctx.roles.get(p) in HEAD_ROLES]
        parts = [p for p in people if p in parts or p in _joined_to_leader(m, heads)]
    elif not explicit:
        parts = list(people)  # the type came from these people's offices: all of them take part
    else:
        parts = [p for p in people if ctx.roles.get(p) not in above - set(roles)]
    if etype == "working_level" or (m.series and m.kind == "noun" and not m.group):
        return parts  # attending a multilateral summit is not meeting a counterpart
    # the side's own leader, not its deputy; its ruling party's leader when the article names no head of state or
    # government of it ("the two leaders" of Biden and Communist Party General Secretary Nguyen Phu Trong)
    fills = (HEAD_ROLES, ("party_leader",)) if etype == "summit" else (roles,)
    unknown = met_someone_unknown(m)
    if unknown:  # "met with North Korea's General Kim Yong-chol": not Kim Jong Un, but the one named
        told = {w for p in people for w in p.split()}  # "Sheikh Abdullah" after "Abdullah bin Zayed": him
        if " " in unknown and len(parts) == 1 and parts[0] in people and not told & set(unknown.split()):
            parts.append(unknown)
        return list(dict.fromkeys(parts))
    for c in _sides(people, ctx, main, also)[:2]:
        if not any(ctx.countries.get(p) == c for p in parts):
            parts += next(([h] for fill in fills for h in ctx.holders(fill, c) if in_office_then(h, m.timex, fill)),
                          [])
    return list(dict.fromkeys(parts))


# "Prime Minister Viktor Orban and Foreign Minister Peter Szijjarto": a title and nothing else between the two
_AND_TITLED: Final = rx.compile(r",?\s+and\s+(?:(?:his|her|its|the)\s+)?(?:[A-Za-z'’.-]+\s+){1,4}$")


def _joined_to_leader(m: Mention, leaders: list[str]) -> set[str]:
    """The people named with their title right after a head of state or government who met or was met (the meeting
    verb's own), joined by "and", of the leader's country ("met with Hungarian Prime Minister Viktor Orban and
    Foreign Minister Peter Szijjarto"): the minister takes part beside the leader (not "as Ardern and Foreign
    Minister Mahuta face questions")."""
    text, s0 = m.sentence.text, m.sentence.start
    joined = [p.start for p in _met_directly(m) if p.person in leaders]
    out: set[str] = set()
    for a, b in zip(m.people, m.people[1:], strict=False):
        if a.start in joined and b.titled and b.country == a.country and _AND_TITLED.fullmatch(
                text, a.end - s0, b.start - s0):
            out.add(b.person)
            joined.append(b.start)
    return out


def met_someone_unknown(m: Mention) -> str | None:
    """The one named right after the meeting word who is outside the people data, or the group ("delegation") met
    (actors.unknown_object)."""
    s0 = m.sentence.start
    named = [(p.start - s0, p.end - s0) for p in m.people]
    unknown = actors.unknown_object(m.sentence.text, m.end - s0, named)
    return None if unknown in places.gazetteer().cities else unknown  # "visited Buenos Aires": a city, no one


def in_office_then(name: str, t: Timex | None, roles: tuple[str, ...] = ()) -> bool:
    """Whether someone held an office of the people data (one of `roles`, if given and held at some time) when a
    meeting with a stated year took place ("Mao received Nixon in February 1972": not the article's Xi or Biden;
    Biden, vice president in 2016, was not then one of the two leaders); True when the year or the terms are
    unknown."""
    if t is None or t.spec.year is None or not t.value:
        return True
    days = span(t.value)
    person = actors.index().by_name.get(name)
    if days is None or person is None or not person.terms:
        return True
    terms = [tm for tm in person.terms if tm.role in roles] or person.terms
    return any((tm.start is None or tm.start <= days[1]) and (tm.end is None or days[0] <= tm.end) for tm in terms)


def _subject_and_object(m: Mention, people: list[str]) -> list[str]:
    """"A summoned B": the person nearest before the word and the one nearest after it; a subject of two joined by
    "and" is both ("Foreign Secretary A and the European Commission vice-president, B, met in London")."""
    before = [p for p in m.people if p.end <= m.start]
    after = [p for p in m.people if p.start >= m.end]
    subject = before[-1:]
    text, s0 = m.sentence.text, m.sentence.start
    if len(before) >= 2 and before[-2].person != before[-1].person and _AND_SUBJECT.fullmatch(
            text, before[-2].end - s0, before[-1].start - s0) and not _OBJECT_BEFORE.search(
            text, 0, before[-2].start - s0):
        subject = before[-2:]
    picked = [p.person for p in subject] + ([after[0].person] if after else [])
    return [p for p in picked if p in people] or people[:2]


# between the two people of a subject: "and", then the second one's title ("A and the European Commission
# vice-president, B"; "A, and B")
_AND_SUBJECT: Final = rx.compile(r",?\s+and\s+(?:(?:his|her|its|the)\s+)?(?:[\w'’.-]+,?\s+){0,5}")
# the first of two people joined by "and" is an object, not a subject ("talks with A and B"; "a meeting between")
_OBJECT_BEFORE: Final = rx.compile(r"\b(?:with|between|by|to|and|of)\s+(?:(?:the|his|her)\s+)?(?:[\w'’.-]+\s+){0,5}$",
                                   re.I)


# "was held on Saturday following a Friday telephone conversation between Aliyev and Erdogan": the call's people
_CALL_BETWEEN: Final = rx.compile(
    r"\b(?:tele)?phone\s+(?:call|conversation|talks?)\b|\bvideo\s*(?:call|link|conference)\b", re.I)


def _on_the_phone(m: Mention, p: actors.Mention) -> bool:
    """Whether a person is named after the meeting word with a phone call told between them: the call's, not the
    meeting's."""
    at = m.sentence.start
    return p.start >= m.end and _CALL_BETWEEN.search(m.sentence.text, m.end - at, p.start - at) is not None


# "Qureshi, who is accompanied by Foreign Secretary Tehmina Janjua and other senior officials", "was also accompanied
# by Foreign Minister Zambry": the party of the one accompanied
_ACCOMPANIED_BY: Final = rx.compile(r"\baccompanied\s+by\b(?:(?![.;:()]|\b(?:met|meets|and\s+(?:met|held|will|was|is)|"
                                    r"who|which|where|while)\b).){0,80}$", re.I)


def _in_the_party(m: Mention, p: actors.Mention, ctx: Context) -> bool:
    """Someone named as accompanying another of the mention's people, of the same country or of none known: of that
    one's party, not a side of the meeting (not "accompanied by his Laos counterpart", the host). So too, of the same
    country known, one told as accompanying the one named after ("Foreign Minister Penny Wong and Commerce Minister
    Don Farrell accompanied Albanese on his visit to Indonesia") and one the traveller came with ("Mr Albanese arrived
    in Jakarta on Sunday with Foreign Minister Penny Wong, Trade Minister Don Farrell and a delegation")."""
    at, text = m.sentence.start, m.sentence.text
    country = ctx.countries.get(p.person) or p.country
    if _ACCOMPANIED_BY.search(text, max(0, p.start - at - 100), p.start - at) is not None:
        return any(o.start < p.start and o.person != p.person
                   and (country is None or ctx.countries.get(o.person) in (country, None)) for o in m.people)
    mates = [o for o in m.people if o.person != p.person
             and (country is None or (ctx.countries.get(o.person) or o.country) in (country, None))]
    goes = _ACCOMPANIES.match(text, p.end - at)
    if goes is not None and any(o.start >= at + goes.end() for o in mates):
        return True
    came = _CAME_WITH.search(text, max(0, p.start - at - 120), p.start - at)
    if came is not None and any(o.end <= at + came.start() for o in mates):
        return True
    return _beside_the_visiting_leader(m, p, ctx)


def _beside_the_visiting_leader(m: Mention, p: actors.Mention, ctx: Context) -> bool:
    """"Swedish Prime Minister Magdalena Andersson and Defence Minister Peter Hultqvist will visit Finland": a minister
    named beside a leader of a known country as who makes a visit (both before the visit word), of the same country or
    of none known, is of the leader's party: the visit is the leader's, with the host."""
    country = ctx.countries.get(p.person) or p.country
    if (m.trigger.lower() not in VISIT_WORDS or p.end > m.start
            or ctx.roles.get(p.person, p.role) not in MINISTER_ROLES):
        return False
    return any(o.person != p.person and o.end <= m.start and ctx.roles.get(o.person, o.role) in SUMMIT_ROLES
               and (ctx.countries.get(o.person) or o.country) is not None
               and country in (None, ctx.countries.get(o.person) or o.country) for o in m.people)


# "Foreign Minister Penny Wong and Commerce Minister Don Farrell accompanied Albanese": the party of the one named after
_ACCOMPANIES: Final = rx.compile(r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,6})*\s+(?:also\s+)?"
                                 r"(?:accompanied|accompanies|accompany|will\s+accompany|are\s+accompanying|"
                                 r"is\s+accompanying|were\s+accompanying)\s+(?!by\b)", re.I)
# "arrived in Jakarta on Sunday with Foreign Minister Penny Wong, Trade Minister Don Farrell and ...": the traveller's
_CAME_WITH: Final = rx.compile(r"\b(?:arrived|arrives|arriving|landed|lands|travel(?:l)?ed|travels|flew|flies)\b"
                               r"(?:(?![.;:]|\b(?:talks?|meet\w*|summit|visit\w*|for|to\s+(?:hold|meet|attend))\b).)"
                               r"{0,60}?\bwith\s+(?:(?![.;:]|\b(?:for|to|talks?|meet\w*|met|held|hosted|received|counterparts?)\b).)"
                               r"{0,100}$", re.I)


@lru_cache(maxsize=1)
def _office_owned() -> re.Pattern[str]:
    """"'s top national security adviser", "'s pick for foreign minister": an office of another told as someone's."""
    title = rf"(?:{scan.trie(list(actors.lower_titles()))}|aide|adviser|advisor|pick|nominee|choice)"
    return rx.compile(rf"['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}?{title}(?:\s+(?:for|as)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                      rf"{title})?\s*,", re.I)


def _owner_of_another(m: Mention, p: actors.Mention) -> bool:
    """Someone named only as the one whose adviser, minister or pick the person beside is ("met with U.S. President
    Joe Biden's top national security adviser, Jake Sullivan", "Diana Mondino, Milei's pick for foreign minister,
    flew to Brasília"): not a side of the meeting."""
    text, s0 = m.sentence.text, m.sentence.start
    owned = _office_owned().match(text, p.end - s0)
    if owned is None:
        return False
    after = any(q.start - s0 >= owned.end() and not text[owned.end():q.start - s0].strip(" ") for q in m.people)
    before = any(q.end <= p.start and re.fullmatch(r",\s+", text[q.end - s0:p.start - s0]) for q in m.people)
    return after or before


# "received Safadi on Sunday in the presence of Jordan's new ambassador to Egypt X": one who saw the meeting
_PRESENCE_OF: Final = rx.compile(r"\bin\s+the\s+presence\s+of\b(?:(?![.;:()]|\b(?:met|meets|held|"
                                 r"and\s+(?:met|held|will|was|is)|who|which|where|while)\b).){0,100}$", re.I)


def _witness(m: Mention, p: actors.Mention) -> bool:
    """One named after "in the presence of", past the meeting word, beside two others the mention names: who the
    meeting was held before, not a side of it ("Shoukry received Safadi on Sunday in the presence of Jordan's new
    ambassador to Egypt X", "Araghchi and Witkoff spoke briefly in the presence of Omani Foreign Minister Y")."""
    at = m.sentence.start
    if p.start < m.end or sum(o.person != p.person for o in m.people) < 2:
        return False
    return _PRESENCE_OF.search(m.sentence.text, max(0, p.start - at - 110), p.start - at) is not None


def _participants(m: Mention, ctx: Context) -> list[str]:
    met = _met_directly(m)
    people = [p for p in _visit_people(m, ctx) if not _on_the_phone(m, p) and not _in_the_party(m, p, ctx)
              and not _owner_of_another(m, p) and not _witness(m, p)]
    text = m.sentence.text
    names = [p.person for p in people if not (p.role or "").startswith("former_") or p in met
             or actors.told_then(text, p.start - m.sentence.start)]  # "was hosted by then-President Talabani"
    cp = None
    if names and any(word in text for word in patterns()["counterpart_words"]):
        lo, hi = clause(m.sentence, m)  # the counterpart of this meeting word's clause, not another's ("hosted a lunch
        s0 = m.sentence.start  # with Fischer and Ivanov before flying to Rome for talks with his Italian counterpart")
        cp = patterns()["counterpart"].search(text, max(0, lo - s0), hi - s0)
    if cp:
        country = actors.index().adjectives.get(cp.group(1))
        role = ctx.roles.get(names[0])
        mate = next((p for p in ctx.holders((role,) if role else HEAD_ROLES, country)
                     if in_office_then(p, m.timex)), None) if country else None
        if mate and not any(ctx.countries.get(n) == country for n in names):  # ("his Turkish counterpart Hakan
            names.append(mate)  # Fidan": the counterpart named, not the article's other Turkish foreign minister)
    return list(dict.fromkeys(names))


_POSSESSED: Final = rx.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}$")  # "Xi Jinping's two-day trip"


def _visit_people(m: Mention, ctx: Context) -> list[actors.Mention]:
    """The people of a visit told as someone's ("Moon took note of Xi's trip to Pyongyang, during which he had talks
    with Kim"): the visitor, the people named after, and those of the country visited; not one named before the
    visitor of a third country (who speaks of the trip)."""
    if m.kind != "noun" or m.trigger.lower() not in VISIT_WORDS or m.place is None:
        return m.people
    s0 = m.sentence.start
    visitor = next((p for p in m.people if p.end <= m.start
                    and _POSSESSED.fullmatch(m.sentence.text, p.end - s0, m.start - s0)), None)
    if visitor is None:
        return m.people
    host = m.place.country or m.place.name
    return [p for p in m.people if p.start >= visitor.start or ctx.countries.get(p.person) in (host, None)]


_BETWEEN_MET: Final = rx.compile(r"(?:\s+(?:on|last|this)\s+\w+)?\s+$")


def _met_directly(m: Mention) -> list[actors.Mention]:
    """The one who met and the one met, right before and after a meeting verb ("Former Prime Minister Netanyahu on
    Friday met with", "met former Foreign Minister Nien"): participants, whatever office they no longer hold."""
    if m.kind != "verb":
        return []
    text, at = m.sentence.text, m.sentence.start
    before = [p for p in m.people if p.end <= m.start]
    after = [p for p in m.people if p.start >= m.end]
    out = []
    if before and _BETWEEN_MET.fullmatch(text, before[-1].end - at, m.start - at):
        out.append(before[-1])
    if after and re.fullmatch(r"\s+(?:with\s+)?(?:the\s+)?(?:former\s+|ex-)?(?:[\w'’.-]+\s+){0,4}",
                              text[m.end - at:after[0].start - at], re.I):
        out.append(after[0])
    return out


def _type_from_roles(parts: list[str], ctx: Context) -> str:
    """A summit is between heads; a head receiving another country's minister is a ministerial meeting, its vice
    minister a vice-ministerial one."""
    roles = {ctx.roles.get(p) for p in parts}
    heads = {ctx.countries.get(p) for p in parts if ctx.roles.get(p) in SUMMIT_ROLES}
    others = {ctx.countries.get(p) for p in parts if ctx.roles.get(p) in MINISTER_ROLES} - heads
    if heads and others:
        return "ministerial"
    deputies = {ctx.countries.get(p) for p in parts if ctx.roles.get(p) == "vice_minister"} - heads
    if heads and deputies and not ({ctx.countries.get(p) for p in parts} - heads - deputies):
        return "vice_ministerial"  # a head receiving another country's vice minister (or foreign secretary)
    advisers = {ctx.countries.get(p) for p in parts if ctx.roles.get(p) == "official" and _adviser(p)} - heads
    if advisers and not ({ctx.countries.get(p) for p in parts} - heads - advisers) and not roles & set(MINISTER_ROLES):
        return "working_level"  # a head receiving another country's security adviser or envoy; two advisers
    if heads:
        return "summit"
    if roles & set(MINISTER_ROLES):
        return "ministerial"
    if "vice_minister" in roles:
        return "vice_ministerial"
    return "other"


def _adviser(name: str) -> bool:
    """Whether someone is a national security adviser or special envoy of the people data (not a speaker, senator or
    spokesman the text calls an official)."""
    person = actors.index().by_name.get(name)
    return person is not None and any(t.role == "official" for t in person.terms)


_VISITING_BEFORE: Final = rx.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?i:counterpart|president|prime\s+minister|"
                                     r"premier|leader|chancellor|king|emir|foreign\s+minister|minister)\b")


def _host(m: Mention, parts: list[str], ctx: Context) -> places.Place | None:
    """A visit by one side to the other, with no place named, took place in the host's country."""
    if m.trigger.lower() not in VISIT_WORDS:
        return None
    rel = m.start
    visitors = [p for p in m.people if p.end <= rel and p.start >= rel - 30]
    if m.trigger.lower() == "visiting" and _VISITING_BEFORE.match(m.sentence.text, m.end - m.sentence.start):
        # "Modi and his visiting Nepalese counterpart Pushpa Kamal Dahal": the visitor is named after the word
        visitors = [p for p in m.people if m.end <= p.start <= m.end + 60][:1]
    if not visitors:
        return None
    home = visitors[-1].country
    hosts = [ctx.countries.get(p) for p in parts if ctx.countries.get(p) not in (None, home)]
    return places.Place(m.start, m.end, hosts[0], hosts[0], "country") if hosts and hosts[0] else None
