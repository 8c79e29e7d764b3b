"""Rounds of separate meetings ("bilateral meetings with A, B and C"): one meeting per guest."""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from functools import lru_cache
from typing import Final

from .. import actors, places
from .. import regexes as rx
from ..mention.clauses import clause
from ..mention.lists import including_at, including_list
from ..mention.people import SEMI_ON, UNKNOWN_ITEM
from ..mention.record import HEAD_ROLES, Mention
from ..mention.vocabulary import patterns
from ..vocab import load
from .article_events import ArticleEvent, Context
from .event_people import _SUMMIT_WORD, ANTECEDENT_REACH, LEVEL_ROLES, _as_event, _type_from_roles, in_office_then
from .event_sides import _sides

_SEPARATE: Final = rx.compile(r"\b(?:separate(?:ly)?|respectively)\b", re.I)
_PRONOUNS: Final = frozenset({"he", "she"})  # a subject told by a pronoun, its person filled in (pipeline)
_NUMBERED: Final = rx.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$", re.I)
_LISTED: Final = rx.compile(r"(?:\s*\([^()]{1,40}\))?"  # "A (Djibouti), B (Mali) and C (Somalia)": each one's country
                            r"(?:,\s*|,?\s+and\s+(?:with\s+)?|;\s+and\s+(?:(?:[A-Z][\w'’-]*|of|the)\s+){0,4}?"
                            r"[A-Z][\w'’-]*,\s+)(?:[\w.-]+(?:['’]s)?\s+){0,4}")
# ("A, B and with C", titles between, a country's among them: "and Myanmar's State Counsellor C"; a list whose items
# hold commas closed by a semicolon: "with the Presidents of Peru, A; and Canada, B")
# "the Prime Minister of Australia, Anthony Albanese, of Japan, Fumio Kishida, and with the President of Indonesia, Joko
# Widodo": each name set off after its office
_APPOSED: Final = rx.compile(r",\s+(?:(?:[A-Z][\w.'’-]*|of|the|with|and|for|from|\([^)]*\))\s+){0,8}?"
                             r"(?:[A-Z][\w.'’-]*|\([^)]*\)),\s+(?:[A-Z][\w.'’-]*\s+){0,4}|"  # ", of Japan, "
                             r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+(?:and\s+)?(?:[\w.'’-]+\s+){0,4}|"
                             # ", Director-General of the World Health Organization "
                             r",\s+(?:and\s+)?(?:(?:[A-Z][\w.'’-]*|of|the|for)\s+){1,8}")


# an item of a list the clause says is of separate meetings: the guest's country, then the next one's title
# ("separate talks with Sultan A of Brunei, newly reelected Australian Prime Minister B and ...")
_SEPARATE_ITEM: Final = rx.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
                                   r"(?:,\s*|,?\s+and\s+(?:with\s+)?)(?:[\w.'’-]+\s+){0,6}")


# the second of a country's head and premier told by a phrase set off before the title ("met Chinese leader A and the
# country's No. 2 leader, Premier B")
_HEAD_ITEM: Final = rx.compile(r",?\s+and\s+(?:with\s+)?(?:[\w.'’-]+\s+){0,6}?[\w.'’-]+,\s+(?:[\w.'’-]+\s+){0,2}")


def _listed(text: str, a: int, b: int) -> bool:
    """Whether text[a:b], between two names, goes on with a list of them."""
    return bool(_LISTED.fullmatch(text, a, b) or _APPOSED.fullmatch(text, a, b) or UNKNOWN_ITEM.fullmatch(text, a, b))


def _semicolon_guests(m: Mention) -> bool:
    """"held talks with the Prime Minister of Canada, A; the Prime Minister of India, B; ...": guests after a verb
    of "with", each with their office and set off by semicolons, three or more of as many countries."""
    s0, text = m.sentence.start, m.sentence.text
    after = [p for p in m.people if p.start >= m.end]
    with_ = m.trigger.lower().endswith(" with") or text[m.end - s0:m.end - s0 + 6].lstrip().startswith("with ")
    return (m.kind == "verb" and with_ and len({p.country for p in after}) >= 3
            and len(after) >= 3 and all(";" in text[a.end - s0:b.start - s0]
                                        and SEMI_ON.fullmatch(text, a.end - s0, b.start - s0)
                                        for a, b in zip(after, after[1:], strict=False)))


def _one_by_one(m: Mention, pairs: list[tuple[int, list[str]]]) -> list[tuple[list[str], str]]:
    """"A held separate meetings with B and C", "A met the two leaders separately": A met each of them on their
    own, as many meetings as guests (the hosts and each guest); none when the clause does not say so."""
    lo, hi = clause(m.sentence, m)
    s0 = m.sentence.start
    sep = _SEPARATE.search(m.sentence.text, lo - s0, hi - s0)
    semi = _semicolon_guests(m)  # "held talks with the Prime Minister of Canada, A; the Prime Minister of India, B"
    if not semi and (not sep or (sep.group(0).lower() == "separate" and not m.trigger.lower().endswith("s")
                                 and not _NUMBERED.search(m.sentence.text, 0, sep.start()))):
        return []  # "a separate meeting with the two ministers" is one meeting, apart from the one before
        # (not "held three separate closed-door meeting with the leaders": three)
    text = m.sentence.text
    live = [p for p in m.people if not (p.role or "").startswith("former_")
            and not text.startswith(("'s", "’s"), p.end - s0)]  # not "Biden's adviser"
    # "At separate meetings ..., she made clear to A and B": the subject told by a pronoun after the word is a host
    told = {p.person for p in live if text[p.start - s0:p.end - s0].lower() in _PRONOUNS}
    hosts = list(dict.fromkeys(p.person for p in live if p.end <= m.start or p.person in told))
    after = [p for p in live if p.start >= m.end and p.person not in told]
    listed = semi or all(_listed(text, a.end - s0, b.start - s0) or _SEPARATE_ITEM.fullmatch(text, a.end - s0,
                                                                                              b.start - s0)
                         for a, b in zip(after, after[1:], strict=False))
    guests = [p.person for p in after] if listed else []
    if len(guests) < 2 and any(g.search(text, m.end - s0, hi - s0) for g in patterns()["i"]["groups"].values()):
        # "met the two leaders separately": the pair told of last
        guests = next((people for end, people in reversed(pairs) if 0 <= m.start - end <= ANTECEDENT_REACH), [])
    guests = [g for g in dict.fromkeys(guests) if g not in hosts]
    if len(hosts) >= 2 and len(guests) == 1:  # "Premier Li and Li Zhanshu will meet with Khurelsukh respectively"
        return [([h], guests[0]) for h in hosts]
    if not hosts or len(guests) < 2:
        return []
    return [(hosts, g) for g in guests]


def _with_guest(m: Mention, hosts: list[str], guest: str, ctx: Context, main: list[str]) -> ArticleEvent:
    """The meeting of the hosts with one guest, of a mention that tells of several separate meetings; a guest
    told by country alone ("bilateral meetings with the leaders of A and B": `COUNTRY_GUEST` + the country) is
    that country's side, its leader named in the article or filled in later (merge.complete_sides)."""
    one = copy.copy(m)
    one.people = [p for p in m.people if p.person in hosts or p.person == guest]
    one.group = None
    one.definite = one.definite and m.kind != "verb"  # "The Prime Minister also met A, B and C": the office's "the"
    ev = _as_event(one, ctx, main)
    side = guest[len(COUNTRY_GUEST):] if guest.startswith(COUNTRY_GUEST) else None
    host_by_office = not any(p.person in hosts for p in one.people) and m.level in (None, "other", "summit") \
        and not _SUMMIT_WORD.search(m.sentence.text)  # "The Russian FM is to meet A, B": the level is the host's
    if side is not None:
        by_office = host_by_office or not any(p.person in hosts for p in one.people) and m.level in (None, "other")
        if by_office and ev.type == "other":  # "the External Affairs Minister had bilateral meetings with ...,
            ev.type = _type_from_roles(hosts, ctx)  # Foreign Minister of Afghanistan; ...": a ministerial; a guest
            # told by country alone has no office of its own, a summit named in the sentence none to give either
        roles = LEVEL_ROLES.get(ev.type, HEAD_ROLES)  # the side's leader, or its minister of a ministerial
        mates = [h for h in ctx.holders(roles, side) if in_office_then(h, m.timex, roles)][:1]
        ev.participants = list(dict.fromkeys([*hosts, *mates]))
        ev.countries = sorted({c for p in ev.participants for c in [ctx.countries.get(p)] if c})
        ev.sides = list(dict.fromkeys([*_sides(hosts, ctx, [])[:1], side]))
        ev.named = sorted({*ev.countries, *ev.sides})
        if ev.location is not None and ev.location.country != side and _COUNTERPARTS_IN.match(
                m.sentence.text, m.end - m.sentence.start):
            ev.location = None  # "his counterparts in Algeria, Mauritania and Mali": Algeria is not where he met Mali's
        return ev
    ev.participants = list(dict.fromkeys([*[p for p in ev.participants if p in hosts], *hosts, guest]))
    if host_by_office:
        ev.type = _type_from_roles(ev.participants, ctx)  # a host told by office: "The Russian FM is to meet A, B"
    ev.countries = sorted({c for p in ev.participants for c in [ctx.countries.get(p)] if c})
    ev.sides = _sides(ev.participants, ctx, [] if ctx.countries.get(guest) else main)  # a guest of no known
    ev.named = sorted({*ev.named, *ev.countries, *ev.sides})  # country: of the story's other main country
    return ev


_AND_LAST: Final = rx.compile(r",\s+and\s+(?:with\s+)?((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*)*)")
COUNTRY_GUEST: Final = "country:"  # a guest of _bilaterals told by country alone
_BILATERAL: Final = rx.compile(  # "bilateral meetings", "a series of talks": one meeting per guest
    r"\b(?:bilateral|(?:a\s+)?(?:series|string|round)\s+of)\s+(?:[\w-]+\s+){0,2}$", re.I)


_WITH_NEXT: Final = rx.compile(r"\s+with\b")
# what is discussed, bilateral, with several guests: one meeting each ("Abiy discussed on bilateral issues with A, B and
# C", "discussed bilateral ties with A and B"; ENA, APP house style)
_BILATERAL_MATTERS: Final = rx.compile(r"\s+(?:on\s+)?(?:the\s+)?bilateral\s+(?:issues|ties|relations|matters|"
                                       r"cooperation|agenda)\s+with\b", re.I)
_HE_BEFORE: Final = rx.compile(r"\b(?:he|she)\b", re.I)  # the sentence's subject, told again in the round's clause
_HELD_PLURALS: Final = frozenset({"talks", "meetings", "discussions", "consultations"})  # "held bilateral talks"
# a verb of the vocabulary that says the meetings are bilateral itself ("held bilateral discussions with A, B and C")
_BILATERAL_VERB: Final = rx.compile(r"\bbilateral\s+(?:talks|meetings|discussions|consultations)\b", re.I)


def _bilaterals(m: Mention, ctx: Context) -> list[tuple[list[str], str]]:
    """"A will hold bilateral meetings with B and C", "bilateral talks with the leaders of X, Y and Z", "a bilateral
    meeting with B, and C": a bilateral meeting has two sides, so A met each guest on their own, one meeting per
    guest (a person after the word, else a country named after it); none when fewer than two guests."""
    s0 = m.sentence.start
    text = m.sentence.text
    discussed = m.kind == "verb" and m.trigger.lower() in ("discussed", "discussing") \
        and _BILATERAL_MATTERS.match(text, m.end - s0) is not None  # "discussed bilateral issues with A, B and C"
    in_verb = m.kind == "verb" and _BILATERAL_VERB.search(m.trigger) is not None  # "held bilateral discussions with"
    if m.kind != "noun" and m.trigger.lower() not in _HELD_PLURALS and not discussed and not in_verb:
        return []  # a summit named near it is where the bilaterals took place, on its sidelines
    lo, hi = clause(m.sentence, m)
    if not (_BILATERAL.search(text[max(lo, m.start - 40) - s0:m.start - s0]) or discussed or in_verb
            or m.trigger.lower() == "bilaterals"
            or m.trigger.lower() == "meetings" and _WITH_NEXT.match(text, m.end - s0)):
        return []  # "held meetings with Meloni and Trudeau" (not "meetings between Egypt and Israel")
    live = [p for p in m.people if not (p.role or "").startswith("former_")
            and not text.startswith(("'s", "’s"), p.end - s0)]
    hosts = list(dict.fromkeys(p.person for p in live if lo <= p.start and p.end <= m.start))
    if not hosts and _HE_BEFORE.search(text, max(0, lo - s0), m.start - s0):  # "Modi ..., where he attended the
        hosts = [p.person for p in live if p.end <= lo][:1]  # summit and held bilateral talks with A, B": Modi's
    after: list[actors.Mention] = []  # after the word in the clause, and listed on ("B, and C")
    for p in (p for p in live if p.start >= m.end):
        if p.end <= hi or (after and _LISTED.fullmatch(text, after[-1].end - s0, p.start - s0)):
            after.append(p)
    including = including_at(m)
    if including is not None:  # "with several of his counterparts, including A, Foreign Minister of X; B, ...; and C"
        end, listed = including_list(m.sentence, live, including)
        hi = max(hi, end)
        after += [p for p in listed if all(p.start != a.start for a in after)]
    hosts = hosts or _antecedent(m, live, lo) or _office_host(m, ctx, {ctx.countries.get(p.person) for p in after})
    if not hosts:
        return []
    guests = [g for g in dict.fromkeys(p.person for p in after) if g not in hosts]
    own = {ctx.countries.get(p) for p in [*hosts, *guests]}
    rest = text[m.end - s0:hi - s0]
    for p in after:  # a name is no country ("Japanese PM Fumio Kishida" is a guest already)
        rest = rest[:p.start - m.end] + " " * (p.end - p.start) + rest[p.end - m.end:]
    more = _AND_LAST.match(text, hi - s0)  # "from A, B, and C": the last of the list after ", and"
    countries = [c for c in places.countries_in(rest + (" " + more.group(1) if more else "")) if c not in own]
    # "with Russian and Chinese Premiers": each office's country
    countries += [c for _, c, _ in actors.offices_at(rest) if c not in own and c not in countries]
    if more:
        rest += ", and " + more.group(1)
    unknown = _sides_unknown(rest) if len(countries) >= 2 and not guests else []
    each = [*guests, *(COUNTRY_GUEST + c for c in [*countries, *unknown])]
    if len(each) < 2 or len({ctx.countries.get(g) for g in guests}) < len(guests) and not _calls_on_each(
            m, hosts, guests, ctx):
        return []
    return [(hosts, g) for g in each]


def _calls_on_each(m: Mention, hosts: list[str], guests: list[str], ctx: Context) -> bool:
    """"Minister Wang Yi held official bilateral meetings with President A, Prime Minister B and Foreign Minister C":
    a minister's meetings with one country's office holders, each in an office of their own, are one call each
    (not a leader with his delegation, nor "bilateral talks with A and B": talks of one side with the other)."""
    roles = [ctx.roles.get(g) for g in guests]
    host_role = ctx.roles.get(hosts[0]) if len(hosts) == 1 else None
    said = m.sentence.text[max(0, m.start - m.sentence.start - 40):m.start - m.sentence.start]
    return ((m.trigger.lower() == "meetings" and _BILATERAL.search(said) is not None  # (not "to hold meetings with
             # Prime Minister A and Foreign Minister B": a visit's talks, told as one)
             or m.kind == "verb" and _BILATERAL_VERB.search(m.trigger) is not None)  # "hold bilateral discussions with"
            and host_role is not None and host_role not in HEAD_ROLES
            and None not in roles and len(set(roles)) == len(guests) >= 2
            and len({ctx.countries.get(g) for g in guests}) == 1
            and ctx.countries.get(hosts[0]) not in {ctx.countries.get(g) for g in guests})


# the leaders of a list of sides, and one item of that list by its name: "with leaders from Tonga, Vanuatu, ..., and
# New Caledonia", "with leaders from Comoros, ..., the European Union, and the European Council"
_LEADERS_FROM: Final = rx.compile(r"\b(?:leaders|counterparts|presidents|prime\s+ministers|heads\s+of\s+state|"
                                  r"heads\s+of\s+(?:state\s+and\s+)?government)\s+(?:from|of)\s+", re.I)
_ITEM_SPLIT: Final = rx.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ITEM_NAME: Final = rx.compile(r"(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})")


def _sides_unknown(rest: str) -> list[str]:
    """The items of a list of the sides met one by one that name no country the data knows (a territory, a body of
    the EU): "leaders from Tonga, Vanuatu, Tuvalu, Solomon Islands, and New Caledonia" - each a side of its own."""
    said = _LEADERS_FROM.search(rest)
    if said is None:
        return []
    out: list[str] = []
    items = [item.strip() for item in _ITEM_SPLIT.split(rest[said.end():].strip().rstrip(".;"))]
    for before, item in zip(["", *items], items, strict=False):
        name = _ITEM_NAME.fullmatch(item)
        if name is not None and not places.countries_in(item) and name.group(1) not in out \
                and not _second_of_a_name(before, item):
            out.append(name.group(1))
    return out


def _second_of_a_name(before: str, item: str) -> bool:
    """Whether the item and the one before it, the list's "and" between them, name one country ("Bosnia and
    Herzegovina", "Trinidad and Tobago", "Saint Vincent and the Grenadines"): no side of its own."""
    whole = f"{before} and {item}"
    return any(c.lower() == whole.lower() for c in places.countries_in(whole))


_WHO: Final = rx.compile(r",\s*(?=who\s)")  # "K Shanmugam, who is in Perth for the meeting, had bilateral meetings"


def _antecedent(m: Mention, live: list[actors.Mention], lo: int) -> list[str]:
    """The one named right before a clause that opens with "who" ("A, who is in Perth for ..., had bilateral
    meetings with ..."): the subject of that clause, the host ("The Prime Minister held" is `_office_host`'s)."""
    s0 = m.sentence.start
    return [p.person for p in live if p.end <= lo and _WHO.match(m.sentence.text, p.end - s0)
            and m.sentence.text.startswith("who", lo - s0)][:1]


def _listed_next(m: Mention) -> list[tuple[list[str], str]]:
    """"Lee had bilateral meetings with several other leaders on the sidelines. These included Morrison, Rutte and
    Johnson": the one who met (the first the mention names) met each guest the next sentence lists."""
    hosts = [p.person for p in m.people if p.end <= m.start][:1] or [p.person for p in m.people][:1]
    guests = [g for g in m.listed if g not in hosts]
    return [(hosts, g) for g in guests] if hosts and len(guests) >= 2 else []
ASIDE_REACH: Final = 400  # characters after a sentence of a summit's sidelines that its round of meetings goes on
_TOGETHER: Final = rx.compile(
    r"\b(?:trilateral|three-way|four-way|jointly|together|joint|each\s+other|one\s+another)\b", re.I)


# a plural office right after the meeting verb, its holders listed after: "meet with the presidents of", "met the prime
# ministers of"
_PLURAL_OFFICE: Final = rx.compile(r"\s+(?:with\s+)?the\s+(?:presidents|prime\s+ministers|premiers|leaders|"
                                   r"heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|foreign\s+ministers)"
                                   r"\s+of\s+[A-Z]")


# "talks with his counterparts in Algeria, Mauritania, Senegal and Mali": the counterpart in each country, met there
_COUNTERPARTS_IN: Final = rx.compile(r"\s+with\s+(?:his|her|their)\s+counterparts\s+in\s+[A-Z]")


def _listed_guests(m: Mention, ctx: Context, aside: int) -> list[tuple[list[str], str]]:
    """"On the sidelines of the NATO summit ... Erdogan met Sanchez and Rutte": one leader meeting people of several
    other countries at a summit met each on their own, one meeting per guest; so does one meeting three or more
    ("The Prime Minister also met Sarkozy, Brown and Harper"), also of one country, none of them a leader ("met
    National Security Adviser Hadley, Defence Secretary Gates and Commerce Secretary Gutierrez"); not "met Kishida
    and Yoon for a trilateral", nor two leaders away from a summit's sidelines (leaders meeting together)."""
    s0 = m.sentence.start
    text = m.sentence.text
    verb = m.kind == "verb" or _BE_MEETING.search(text, 0, m.start - s0) is not None  # "he would be meeting A, B"
    if not _TOGETHER.search(text) and _COUNTERPARTS_IN.match(text, m.end - s0):
        lo, _ = clause(m.sentence, m)  # "will hold talks with his counterparts in Algeria, Mauritania, Senegal and
        hosts = list(dict.fromkeys(p.person for p in m.people if lo <= p.start and p.end <= m.start))  # Mali"
        return _leaders_of(m, hosts[0], ctx, m.sentence.start - aside <= ASIDE_REACH) if len(hosts) == 1 else []
    near = m.sentence.start - aside <= ASIDE_REACH
    held = not verb and near and _HELD_WITH.search(text, 0, m.start - s0) is not None  # "will hold parleys with"
    if not (verb or held) or _TOGETHER.search(text):
        return []
    lo, hi = clause(m.sentence, m)
    at, later = m.end, None  # where the meeting verb ends: "Jaishankar, on the sidelines of the session, met ..."
    if not (_MEET_VERB.match(m.trigger) or _HOSTING.match(m.trigger)):
        later = _MET_LATER.search(text, m.end - s0)
        at, hi = (s0 + later.end(), m.sentence.end) if later else (at, hi)
    if not near and not (_MEET_VERB.match(m.trigger) or later):
        return []  # "held talks with Tusk, Juncker and Rutte": a negotiation of one side with the other
    live = [p for p in m.people if not (p.role or "").startswith("former_")
            and not text.startswith(("'s", "’s"), p.end - s0)]
    hosts = list(dict.fromkeys(p.person for p in live if lo <= p.start and p.end <= m.start)) or list(
        dict.fromkeys(p.person for p in live if p.end <= m.start))  # "Modi informed that he would be meeting"
    after: list[actors.Mention] = []  # after the word in the clause, and listed on ("B, and C")
    for p in (p for p in live if p.start >= at):
        if after and p.person == after[-1].person:
            after[-1] = replace(after[-1], end=p.end)  # "Ursula von der Leyen" found as "Ursula" and "Leyen"
            continue
        if p.end <= hi or (after and _listed(text, after[-1].end - s0, p.start - s0)):
            after.append(p)
    if not hosts:
        hosts = _office_host(m, ctx, {ctx.countries.get(p.person) for p in after})
    if len(hosts) != 1:
        return []
    if len(after) >= 2 and not near and _PLURAL_OFFICE.match(text, m.end - s0):
        return []  # "will meet with the presidents of Bolivia, Evo Morales, Venezuela, Hugo Chavez, and Argentina,
        # Nestor Kirchner": the holders of one office named together, met together away from a summit's sidelines
        # (not "the presidents of Gabon, Sudan and Moldova", told by country alone: each met apart)
    if not after:  # a host's guests told by country are met together ("to host his Armenian and Azerbaijani
        return _counterparts_of(m, hosts[0], ctx, near, _HOSTING.match(m.trigger) is not None, at)  # counterparts")
    if len(after) < 2 or not all(
            _listed(text, a.end - s0, b.start - s0) or (_SEPARATE_ITEM.fullmatch(text, a.end - s0, b.start - s0)
                                                        or _HEAD_ITEM.fullmatch(text, a.end - s0, b.start - s0))
            and _head_and_government([p.person for p in after], ctx)  # "A and Libyan National Unity Government
            for a, b in zip(after, after[1:], strict=False)):  # Prime Minister B": a country's head and its premier
        return []
    guests = [g for g in dict.fromkeys(p.person for p in after) if g not in hosts]
    countries = [ctx.countries.get(g) for g in guests]
    if len(guests) < 2 or ctx.countries.get(hosts[0]) in countries or None in countries and len(guests) < 3:
        return []
    apart = None not in countries and len(set(countries)) == len(guests)  # each of another country
    if held and not apart:
        return []  # "held bilateral talks with President A and Foreign Minister B" of one country: one side met once
    unknown = sum(1 for a, b in zip(after, after[1:], strict=False)  # someone the data does not know listed between
                  if UNKNOWN_ITEM.fullmatch(text, a.end - s0, b.start - s0) and not (
                      _LISTED.fullmatch(text, a.end - s0, b.start - s0)
                      or _APPOSED.fullmatch(text, a.end - s0, b.start - s0)))
    more = _MORE_LISTED.match(text, after[-1].end - s0) is not None  # someone listed after the last one known
    # (a country's head and premier met on their own also with someone unknown between: "the President, A, the
    # chairman of parliament, B, and the Prime Minister, C")
    if not (apart and (near or len(guests) + unknown >= 3) or _head_and_government(guests, ctx) and not more
            or len(guests) >= 3 and not _delegation(guests, ctx)
            or len(guests) >= 3 and _both_heads(guests, ctx) and not (more or unknown)
            and not _GOES_ON.match(text, after[-1].end - s0)
            or _call_and_talks(hosts[0], guests, ctx) and not _HEDGED.search(text, at - s0, after[-1].start - s0)):
        return []
    return [(hosts, g) for g in guests]


_HEDGED: Final = rx.compile(r"\b(?:possibly|perhaps|maybe|potentially)\b", re.I)  # "Qin Gang and possibly Xi"


_MORE_LISTED: Final = rx.compile(r",\s+(?:and\s+)?[A-Z]")  # ", Speaker National Assembly Asad Qaiser, and ...": more
_GOES_ON: Final = rx.compile(r",\s+(?:and\s+)?\w")  # ", and army chief Mohamed Al-Haddad": the list goes on


def _head_and_government(guests: list[str], ctx: Context) -> bool:
    """"met with Chairman of the Libyan Presidential Council A and Libyan Prime Minister B": a country's head of
    state and its head of government, each met on their own (a call on each)."""
    return (len(guests) == 2 and len({ctx.countries.get(g) for g in guests} - {None}) == 1
            and {ctx.roles.get(g) for g in guests} == set(HEAD_ROLES))


def _both_heads(guests: list[str], ctx: Context) -> bool:
    """"will meet Croatian Prime Minister A, President B, Foreign Minister C and Defence Minister D": one country's
    head of state and head of government among those a visitor meets, each in an office of their own, are calls on
    each office (a delegation has one leader: `_delegation`), not one meeting."""
    roles = [r for g in guests if (r := ctx.roles.get(g))]
    return (len({ctx.countries.get(g) for g in guests} - {None}) == 1
            and len(set(roles)) == len(roles) and set(HEAD_ROLES) <= set(roles))


def _call_and_talks(host: str, guests: list[str], ctx: Context) -> bool:
    """"Lavrov is expected to meet with President Tokayev and Foreign Minister Tleuberdi": a minister meeting one
    country's leader and its ministers calls on the leader and holds talks with the ministers, apart."""
    if ctx.roles.get(host) in HEAD_ROLES or not ctx.roles.get(host) or len({ctx.countries.get(g) for g in guests}) != 1:
        return False
    heads = [g for g in guests if ctx.roles.get(g) in HEAD_ROLES]
    return len(heads) == 1 and all(ctx.roles.get(g) for g in guests)


def _delegation(guests: list[str], ctx: Context) -> bool:
    """Whether some of the guests are one country's leader and others of that country (his ministers): one side."""
    heads = {ctx.countries.get(g) for g in guests if ctx.roles.get(g) in HEAD_ROLES}
    return any(ctx.countries.get(g) in heads and ctx.roles.get(g) not in HEAD_ROLES for g in guests)


# the subject of a meeting verb told by office alone, in any case ("The foreign minister also met with ...")
_OFFICE_HOST: Final = rx.compile(r"(?:^[«“‘\x22]?|[,;:]\s+|\b(?:and|where|when)\s+)(?:the\s+(?:((?-i:[A-Z][a-z]+))\s+)?"
                                 r"(prime\s+minister|president|"
                                 r"chancellor|premier|foreign\s+minister|foreign\s+secretary|secretary\s+of\s+state|"
                                 r"(?:external|foreign)\s+affairs\s+minister|(?-i:FM|EAM))|"
                                 r"(?:the\s+)?((?-i:PM)))"  # "PM held bilateral talks with host President Duterte"
                                 r"\s+(?:(?-i:[a-z]+)\s+){0,6}$", re.I)  # "The Prime Minister is also due to have"
_OFFICE_HOST_ROLE: Final = {"prime minister": HEAD_ROLES, "pm": HEAD_ROLES, "president": HEAD_ROLES,
                            "chancellor": HEAD_ROLES,
                            "premier": HEAD_ROLES, "foreign minister": ("foreign_minister",),
                            "foreign secretary": ("foreign_minister",), "secretary of state": ("foreign_minister",),
                            "fm": ("foreign_minister",), "external affairs minister": ("foreign_minister",),
                            "foreign affairs minister": ("foreign_minister",), "eam": ("foreign_minister",)}


def _office_host(m: Mention, ctx: Context, guests: set[str | None]) -> list[str]:
    """"The Prime Minister also met A, B and C", "The Iranian President met A, B and C": the one the article tells
    of most who holds that office (of the country told, of no guest's)."""
    said = _OFFICE_HOST.search(m.sentence.text, 0, m.start - m.sentence.start)
    if said is None or any(p.end <= m.start for p in m.people):
        return []
    roles = _OFFICE_HOST_ROLE[" ".join((said.group(2) or said.group(3)).lower().split())]
    country = actors.index().adjectives.get(said.group(1)) if said.group(1) else None  # "The Iranian President"
    if said.group(1) and country is None:
        return []
    return [h for h in ctx.holders(roles, country)
            if ctx.countries.get(h) not in guests and in_office_then(h, m.timex, roles)][:1]


_MET_LATER: Final = rx.compile(r"\b(?:met|meets)\b")
_MEET_VERB: Final = rx.compile(r"(?:met|meets?|meeting|call(?:ed|s|ing)?\s+on)$", re.I)  # a call on each in turn
_HOSTING: Final = rx.compile(r"host|welcom|receiv|gather|convene|bring|brought", re.I)
_BE_MEETING: Final = rx.compile(r"\b(?:be|is|was|are|were)\s+$", re.I)
_HELD_WITH: Final = rx.compile(r"\b(?:hold|holds|held|holding|have|has|had|having)\s+(?:[\w-]+\s+){0,2}$", re.I)
_ADJ_COUNTERPARTS: Final = rx.compile(  # "his Japanese, Italian and French counterparts"
    r"\s+(?:[a-z]+\s+){0,5}?(?:with\s+)?(?:his|her|their)\s+((?:[A-Z][\w'’-]*(?:,\s*|,?\s+and\s+))+[A-Z][\w'’-]*)"
    r"\s+counterparts\b")


def _counterparts_of(m: Mention, host: str, ctx: Context, near: bool = True, hosting: bool = False,
                     at: int | None = None) -> list[tuple[list[str], str]]:
    """"Trudeau met with his Japanese, Italian and French counterparts": one meeting with each country's
    counterpart (a guest told by country alone), also away from a summit ("met earlier in the day with his Uzbek
    and Kazakh counterparts": the counterparts of two countries do not meet a third together unless told so)."""
    at = m.end if at is None else at
    said = _ADJ_COUNTERPARTS.match(m.sentence.text, at - m.sentence.start)
    if said is None:
        return _leaders_of(m, host, ctx, near, at)
    adjectives = actors.index().adjectives
    sides = [adjectives.get(w) for w in re.split(r",\s*|,?\s+and\s+", said.group(1))]
    if None in sides or len(set(sides)) < 2 or ctx.countries.get(host) in sides or hosting and not near:
        return []
    return [([host], COUNTRY_GUEST + c) for c in dict.fromkeys(c for c in sides if c)]


_LEADERS_OF: Final = rx.compile(r"\s+(?:with\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:leaders|heads\s+of\s+state|"
                                 r"counterparts|presidents|"
                                 r"prime\s+ministers|heads\s+of\s+(?:state\s+and\s+)?government)\s+"
                                 r"(?:of|from|(?<=counterparts\s)in)\s+((?:the\s+)?[A-Z][^;:]*?)"
                                 r"(?=\s+(?:on|at|in|during|as)\s|[,.;]?$|"
                                 r",?\s+and\s+(?!the\b)[a-z]{3,}|,\s+(?!(?:the|and)\b)[a-z]{3,})")  # "and met"


def _leaders_of(m: Mention, host: str, ctx: Context, near: bool = True,
                at: int | None = None) -> list[tuple[list[str], str]]:
    """"Xi has met with leaders of Vietnam, South Korea, Japan, the Philippines and Chile on the sidelines": one
    meeting with each country's leader; away from a summit's sidelines, when three countries or more ("he will
    meet with the presidents of Palestine, Gabon, Sudan and Moldova")."""
    said = _LEADERS_OF.match(m.sentence.text, (m.end if at is None else at) - m.sentence.start)
    if said is None:
        sides = [c for c in _offices_listed(m.sentence.text[(m.end if at is None else at) - m.sentence.start:])
                 if c != ctx.countries.get(host)]
        if len(dict.fromkeys(sides)) < 3 or m.place is not None and m.place.country in sides:
            return []
        return [([host], COUNTRY_GUEST + c) for c in dict.fromkeys(sides)]
    sides = [c for c in places.countries_in(said.group(1)) if c != ctx.countries.get(host)]
    listed = m.place is not None and said.start(1) <= m.place.start - m.sentence.start < said.end(1)
    if len(sides) < (2 if near else 3) or not near and m.place is not None and m.place.country in sides and not listed:
        return []  # "could meet with his counterparts from Germany, France and Ukraine in Berlin": hosted together
    return [([host], COUNTRY_GUEST + c) for c in dict.fromkeys(sides)]


def _head_office() -> str:
    """A leader told by office, in any case: data/meeting_words.json's head_offices (singular and plural), the
    longest first, so that "presidents" is read whole; any spaces in them any run of spaces."""
    offices = sorted(load().words["head_offices"], key=len, reverse=True)
    return "(?i:" + "|".join(r"\s+".join(map(re.escape, o.split())) for o in offices) + ")"


@lru_cache(maxsize=1)
def _office_of_item() -> re.Pattern[str]:
    """A leader told by office and country, no name: "Emir of Qatar", "the presidents of France and Croatia"."""
    return rx.compile(rf"\b{_head_office()}\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                      r"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*)")


@lru_cache(maxsize=1)
def _adjective_office_item() -> re.Pattern[str]:
    """A leader told by the country's adjective and office, no name: "the Hungarian prime minister"."""
    return rx.compile(rf"\b([A-Z][\w'’-]*)\s+{_head_office()}\b")


def _offices_listed(text: str) -> list[str]:
    """The countries of the leaders a clause lists by office alone, in order ("will meet with the Hungarian prime
    minister, Emir of Qatar, and ... the presidents of France and Croatia": Hungary, Qatar, France, Croatia)."""
    adjectives = actors.index().adjectives
    found = [(x.start(), c) for x in _adjective_office_item().finditer(text) if (c := adjectives.get(x.group(1)))]
    found += [(x.start(), c) for x in _office_of_item().finditer(text) for c in places.countries_in(x.group(1))]
    return [c for _, c in sorted(found)]


# a trip to several places, each told by name, listed after the verb of going ("will be visiting Berlin and Paris",
# "travel to Riyadh, Doha and Abu Dhabi", "visited Moscow and Tehran")
_TOUR: Final = rx.compile(r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|(?:travel(?:s|led|ing|ling)?|go(?:es|ing)?|"
                          r"went|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?)\s+to)\s+"
                          rf"({places.PLACE_LIST})")


def tour_guests(m: Mention, ctx: Context) -> dict[str, places.Place]:
    """"May will be visiting Berlin and Paris to speak to Angela Merkel and Emmanuel Macron", "Erdogan visited Moscow
    and Tehran, meeting Putin and Rouhani": one traveller going to places of several countries and meeting one
    person of each meets each on their own, in that person's country: each guest and the place they were met in;
    none unless every place listed is of another country and has its guest (not "visiting Paris to meet Merkel and
    Macron": met together)."""
    s0, text = m.sentence.start, m.sentence.text
    tour = _TOUR.search(text)
    if tour is None or _TOGETHER.search(text):
        return {}
    stops: dict[str, places.Place] = {}
    for place in places.listed(text, tour.start(1), tour.end(1), s0):
        if place is None or place.country is None or place.country in stops:
            return {}
        stops[place.country] = place
    live = [p for p in m.people if not (p.role or "").startswith("former_")
            and not text.startswith(("'s", "’s"), p.end - s0)]
    hosts = {p.person for p in live if p.end <= s0 + tour.start()}
    guests: dict[str, places.Place] = {}
    for p in live:
        country = ctx.countries.get(p.person)
        if p.start >= s0 + tour.end() and country in stops and p.person not in hosts:
            if any(ctx.countries.get(g) == country for g in guests if g != p.person):
                return {}  # two people of one stop: a call on each there, or a delegation, not this round
            guests[p.person] = stops[country]
    if len(hosts) != 1 or len(guests) != len(stops) or any(ctx.countries.get(h) in stops for h in hosts):
        return {}
    return guests
