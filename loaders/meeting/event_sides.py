"""The countries that meet: named by the text (compounds, lists, capitals, delegations) or by the people."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .. import actors, places
from .. import regexes as rx
from ..mention.clauses import clause
from ..mention.pairs import pair_before
from ..mention.record import VISIT_WORDS, Mention
from ..sentences import Sentence
from ..vocab import load as vocab_load
from .article_events import Context


def _named_countries(m: Mention, ctx: Context | None = None) -> list[str]:
    """Countries the clause names as parties, and the country a visit goes to."""
    lo, hi = clause(m.sentence, m)
    text = m.sentence.text[lo - m.sentence.start:hi - m.sentence.start]
    for p in m.people:  # a name is no country: "Finance Minister Sinisa Mali", "Michael Jordan"
        if lo <= p.start and p.end <= hi:
            text = text[:p.start - lo] + " " * (p.end - p.start) + text[p.end - lo:]
    text = _OWN_ENVOY_FOR.sub(lambda x: " " * len(x.group()), text)  # "met with his special envoy for Sudan": his own
    text = _TOPIC_COUNTRY.sub(lambda x: " " * len(x.group()), text)  # "ahead of a trilateral summit on Syria": the
    # matter of a meeting, no party to it
    named = [*_list_before(m.sentence, lo), *places.countries_in(text)]
    capitals = _capitals_as_parties(text, m.start - lo, m.end - lo)
    named += [c for c in [*pair_before(m), *_pair_after(m), *_countries_of_delegations(text), *capitals,
                          *_officials_met(m), *_group_members(text), *subject_by_adjective(m)] if c not in named]
    if m.trigger.lower() in VISIT_WORDS and m.place and m.place.country and not (
            ctx and _namesake_town(m.place, ctx) and m.place.country not in named):
        named.append(m.place.country)
    elif m.trigger.lower() in ("visit", "trip") and not m.place:  # "left for Tehran on Friday for a two-day visit"
        went = _WENT_TO.search(m.sentence.text, 0, m.start - m.sentence.start)
        place = places.named(went.group(1), 0) if went else None
        named += [place.country] if place and place.country else []
    return list(dict.fromkeys(named))


_GROUP_OFFICES: Final = (r"(?:presidents|leaders|heads\s+of\s+(?:state|government)|prime\s+ministers|premiers|"
                  r"(?:foreign|defen[cs]e|economy|finance|trade)\s+ministers)")


@lru_cache(maxsize=1)
def _group_patterns() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """For each regional group of data/country_groups.csv, the words that name its countries' leaders together:
    its adjective before a plural office ("the three Baltic presidents", "Nordic prime ministers", "V4 leaders"), or
    the office, then "of" or "from" and the group ("Leaders from the Western Balkans", "heads of state of the five
    Central Asian countries")."""
    out = []
    for g in vocab_load().groups:
        adj = "|".join(re.escape(a) for a in sorted(g.adjectives, key=len, reverse=True))
        out.append((rx.compile(
            rf"(?<![\w-])(?:(?:{adj})\s+{_GROUP_OFFICES}|{_GROUP_OFFICES}\s+(?:of|from)\s+(?:the\s+)?"
            rf"(?:(?:two|three|four|five|six|seven)\s+)?(?:{adj})(?:\s+(?:states|countries|nations|Group))?)(?![\w-])"),
            g.members))
    return out


# a leader told by the country's adjective and the office alone: "The Iranian leader", "the Turkish president"
_ADJECTIVE_OFFICE: Final = rx.compile(r"\b[Tt]he\s+([A-Z][\w'’-]+)\s+(?:leader|president|President|prime\s+minister|"
                                      r"Prime\s+Minister|premier|head\s+of\s+state|foreign\s+minister|"
                                      r"Foreign\s+Minister|top\s+diplomat|chancellor|Chancellor)\s+(?:also\s+)?"
                                      r"(?:[a-z]+ed|[a-z]+s)\s+(?:on\s+|about\s+|of\s+)?(?:his|her)\s+(?:[\w-]+\s+)?$")


def subject_by_adjective(m: Mention) -> list[str]:
    """The country of the one whose meeting a noun tells, told by a country's adjective and an office before "his" or
    "her" ("The Iranian leader also commented on his meeting with Turkish President Erdogan": Iran), no name."""
    if m.kind != "noun":
        return []
    said = _ADJECTIVE_OFFICE.search(m.sentence.text, 0, m.start - m.sentence.start)
    country = actors.index().adjectives.get(said.group(1)) if said else None
    return [country] if country else []


def group_level(m: Mention) -> str | None:
    """The level of a regional group's leaders the mention's clause names together: "Baltic presidents", "Nordic
    prime ministers" meet at a summit, "Central Asian foreign ministers" at a ministerial meeting."""
    lo, hi = clause(m.sentence, m)
    text = m.sentence.text[lo - m.sentence.start:hi - m.sentence.start]
    found = [x.group() for pat, _ in _group_patterns() for x in [pat.search(text)] if x]
    if not found:
        return None
    return "ministerial" if all("minister" in f.lower() and "prime" not in f.lower() for f in found) else "summit"


def _group_members(text: str) -> list[str]:
    """The member countries of the regional groups whose leaders the clause names together ("The three Baltic
    presidents ... at their traditional annual meeting": Estonia, Latvia and Lithuania)."""
    return [c for pat, members in _group_patterns() if pat.search(text) for c in members]


# the country a gathering is about, told after its noun: "a trilateral summit on Syria", "talks over Afghanistan",
# "a conference on the situation in Libya" (not "talks in Syria", nor "the summit of Syria and Iraq")
_TOPIC_COUNTRY: Final = rx.compile(
    r"\b(?:summit|summits|talks|meeting|meetings|conference|negotiations|consultations|dialogue|forum)\s+"
    r"(?:on|over|about|regarding|concerning)\s+(?:the\s+)?(?:(?:situation|crisis|war|conflict|settlement|peace)\s+"
    r"(?:in|of)\s+(?:the\s+)?)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


# someone's own envoy, told by the country or matter he is sent for: "his special envoy for Sudan", "her ambassador to
# Washington", "their own representative on Syria" (that country is no party of his meeting with him)
_OWN_ENVOY_FOR: Final = rx.compile(
    r"\b(?:his|her|their|its)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:envoy|envoys|representative|representatives|emissary|"
    r"ambassador|ambassadors|coordinator|czar|tsar)\s+(?:for|to|on|in)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,3}")


NAMESAKE_POPULATION: Final = 1_000_000  # a town smaller than this may be a namesake (New York, Rio are no doubt)


def _namesake_town(place: places.Place, ctx: Context) -> bool:
    """A town visited, no capital nor a city of millions, of a country none of the article's people is of: maybe a
    namesake of a town elsewhere ("Biden visited Goa", "arrived at Bole airport": not Goa in the Philippines, Bole in
    China), no side."""
    people = places.gazetteer().cities.get(place.name, ("", None, 0))[2]
    return (place.kind == "city" and people < NAMESAKE_POPULATION and place.name not in _country_of_capital()
            and place.country not in ctx.countries.values())


# a compound of countries right after the meeting word: "the Trilateral Meeting of Turkey-Pakistan-Azerbaijan Foreign
# Ministers", "talks between India-China border commanders"
_PAIR_AFTER: Final = rx.compile(r"\s+(?:of|between|for\s+the)\s+(?:the\s+)?([A-Z][\w.'’]*(?:[-–/][A-Z][\w.'’]*)+)"
                                r"(?![\w-])")


def _pair_after(m: Mention) -> tuple[str, ...]:
    """The countries of a compound told right after the meeting word ("Meeting of Turkey-Pakistan-Azerbaijan")."""
    said = _PAIR_AFTER.match(m.sentence.text, m.end - m.sentence.start)
    if said and places.region_before(m.sentence.text, said.start(1)):
        return ()  # "the Summit of Latin America-Caribbean leaders": a region's compound
    return places.paired(said.group(1)) if said else ()


_WENT_TO: Final = rx.compile(r"\b(?:left|leaves|leaving|departed|departs|arrived|arrives|arriving|landed|lands)\s+"
                             r"(?:for|in|at)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")


# the items of a list of names before its last ", and" ("Iran, the UK, China, France, Germany, and Russia")
_LIST_BEFORE: Final = rx.compile(r"(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+)+"
                                 r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")


def _list_before(sent: Sentence, lo: int) -> list[str]:
    """The countries listed before the ", and" that opens the clause, when each item is one: the list's serial
    comma is no clause boundary ("Iran, the UK, China, France, Germany, and Russia on Tuesday began a round")."""
    text = sent.text
    if not text.startswith(", and ", lo - sent.start):
        return []
    found = _LIST_BEFORE.search(text, max(0, lo - sent.start - 200), lo - sent.start)
    if found is None:
        return []
    items = [i.strip() for i in found.group(0).split(",")]
    countries = [_one_country(i) for i in items]
    return [c for c in countries if c] if all(countries) else []


# "Iranian and Saudi officials", "the Russian and Ukrainian delegations", "US and Chinese negotiators": the
# countries whose envoys meet, told by their adjectives
_DELEGATIONS_OF: Final = rx.compile(
    r"((?:[A-Z][\w.'’-]*\s+)?[A-Z][\w.'’-]*(?:,\s+(?:[A-Z][\w.'’-]*\s+)?[A-Z][\w.'’-]*)*,?\s+(?:and|&)\s+"
    r"(?:[A-Z][\w.'’-]*\s+)?[A-Z][\w.'’-]*)\s+(?:[a-z][\w-]*\s+)?(?:officials|delegations|delegates|negotiators|"
    r"diplomats|representatives|envoys|teams|negotiating\s+teams|military\s+officers)\b")
_LIST_ITEMS: Final = rx.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


# the one met told as a country's officials right after the verb: "Special U.S. Envoy Christopher Hill met with
# Chinese officials in Beijing", "held talks with a senior Iranian delegation"; after a verb that takes its object
# without "with" too: "met a Chinese delegation", "received the visiting Vietnamese delegation", "met Chinese
# officials", "hosted the Emirati side"
_OFFICIALS_MET: Final = rx.compile(
    r"(?:\s+and\s+(?:held|had|hold|holds)\s+(?:[\w-]+\s+)?(?:talks|discussions))?"  # "met and held talks with"
    r"\s+(with\s+|to\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:(?:senior|top|high-ranking|high-level|visiting|several|joint|\d+-member|[\w-]+-strong)\s+){0,2}"
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:(?:government|military|security|foreign\s+ministry|defen[cs]e|"
    r"trade|official)\s+)?(?:officials|delegation|delegates|negotiators|diplomats|envoys|authorities|representatives|"
    r"side|team)\b")
# the verbs that take the one met as their object, without "with"
_MET_WHOM: Final = frozenset({"met", "meets", "meet", "received", "receives", "receive", "hosted", "hosts", "host",
                              "welcomed", "welcomes", "welcome", "greeted", "greets", "greet"})


def _officials_met(m: Mention) -> list[str]:
    """The country of the officials a meeting verb is with ("met with Chinese officials"), when someone of another
    country is the subject: that country is the other side."""
    if m.kind != "verb":
        return []
    said = _OFFICIALS_MET.match(m.sentence.text, m.end - m.sentence.start)
    if said and said.group(1) is None and m.trigger.lower() not in _MET_WHOM:
        return []  # (no "with": only after a verb whose object is the one met)
    country = actors.index().adjectives.get(said.group(2)) if said else None
    if country is None or not any(p.end <= m.start and p.country not in (None, country) for p in m.people):
        return []
    return [country]


def _countries_of_delegations(text: str) -> list[str]:
    """The countries of "Iranian and Saudi officials" (each item a country or its adjective, a word such as
    "Senior" before it left out), none unless every item is one and two countries at least."""
    adjectives = actors.index().adjectives
    out: list[str] = []
    for m in _DELEGATIONS_OF.finditer(text):
        items = _LIST_ITEMS.split(m.group(1))
        found = [adjectives.get(i) or adjectives.get(i.split()[-1]) or _one_country(i) for i in items]
        if all(found) and len(set(found)) >= 2:
            out += [c for c in found if c and c not in out]
    return out


# "Moscow and Washington held two meetings", "talks between Seoul and Tokyo": two capitals standing for their
# countries, as the subject of the clause or after "between" (not places: "visited Moscow and Beijing")
_CAPITAL_PAIR: Final = rx.compile(r"(?:^|,\s+|\bbetween\s+)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:and|&)\s+"
                                  r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\b(?!\s+[a-z]+\s+(?:of|to|in)\b)")


_BETWEEN_NEXT: Final = rx.compile(r"\s+between\s+")


@lru_cache(maxsize=1)
def _country_of_capital() -> dict[str, str]:
    """Each capital with its country, as data/countries.csv writes it and as the gazetteer names it ("Reykjavik")."""
    return {form: c.name for c in vocab_load().countries if c.capital and c.name not in vocab_load().bodies
            for form in (c.capital, places.city_name(c.capital))}


def _capitals_as_parties(text: str, start: int, end: int) -> list[str]:
    """The countries of two capitals told as the parties of the meeting word at `start`-`end`: its subject ("Moscow
    and Washington held two meetings") or right after it ("talks between Seoul and Tokyo"; not "talks in the
    afternoon on the stalemate in talks between Pyongyang and Washington")."""
    of = _country_of_capital()
    out: list[str] = []
    for m in _CAPITAL_PAIR.finditer(text):
        if not (m.end() <= start or m.start() <= end + 1 and _BETWEEN_NEXT.fullmatch(text, end, m.start(1))):
            continue
        pair = [of.get(m.group(1)), of.get(m.group(2))]
        if pair[0] and pair[1] and pair[0] != pair[1]:
            out += [c for c in pair if c and c not in out]
    return out


def _one_country(item: str) -> str | None:
    named = places.countries_in(item)
    return named[0] if len(named) == 1 else None


def _sides(people: list[str], ctx: Context, main: list[str], also: list[str] | None = None) -> list[str]:
    """The countries that meet: those of the people named, then countries named or visited, else the article's
    main ones (two at most unless more are named)."""
    named = list(dict.fromkeys([*sorted({c for p in people if (c := ctx.countries.get(p))}), *(also or [])]))
    if len(named) >= 2:
        return named
    return list(dict.fromkeys([*named, *main]))[:2]
