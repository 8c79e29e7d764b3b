"""An article's events and what it says about its people: the types every meeting step shares."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from .. import actors, places
from ..dates import Timex
from ..mention.record import Mention
from ..sentences import Sentence


@dataclass
class ArticleEvent:
    """A meeting of one article with all its mentions."""

    mentions: list[Mention]
    type: str
    status: str
    participants: list[str]
    countries: list[str]
    location: places.Place | None
    timex: Timex | None
    series: str | None
    status_marked: bool
    status_weak: bool = False
    date_note: str = ""  # how the date was found when not by the meeting's own words
    sides: list[str] = field(default_factory=list)  # the countries that meet, when they are known
    named: list[str] = field(default_factory=list)  # countries the text itself names for it (people, places)
    extra_days: int = 0  # days the meeting lasts beyond its date ("May 4-5": 1)
    guests: list[str] = field(default_factory=list)  # of separate meetings: everyone met one by one
    aside: bool = False  # one of a leader's meetings on a summit's sidelines: on the day the article tells
    offices: list[str] = field(default_factory=list)  # roles told without names ("his Indian counterpart")
    untold_subject: bool = False  # "The Prime Minister met President Duda": the one who met is told by office only
    absent: set[str] = field(default_factory=set)  # people told as missing from it ("in the absence of X")
    reported: bool = False  # held, what the article is about, told without a date: by the time it was written
    trips: list[Mention] = field(default_factory=list)  # arrivals and visits folded in (join_visits): not its main
    trip_timex: Timex | None = None  # the date of a trip of no one named folded in (_absorb_unpeopled): date_by_trip
    story_country: str | None = None  # the country of the article's dateline ("BEIJING (AP) —"): where it is told
    # a side the article names only by its country ("the Japan-Russia summit"), filled in by merge.complete_sides
    # with that office's holder of the meeting's dates: name -> why (the office, the date, the people data's row)
    inferred: dict[str, str] = field(default_factory=dict)
    stop: bool = False  # one stop of a tour told as one visit (event_joins.split_tours): a meeting of its own

    @property
    def cancelled(self) -> bool:
        """Told as called off, cancelled or scrapped: it did not take place."""
        return any(m.cancelled for m in self.mentions)

    @property
    def evidence(self) -> list[Sentence]:
        seen: dict[int, Sentence] = {}
        for m in self.mentions:
            seen.setdefault(m.sentence.start, m.sentence)
        return sorted(seen.values(), key=lambda s: s.start)

    @property
    def main_sentence(self) -> Sentence:
        """The sentence that tells most of it: the body's first, unless only the headline gives its date."""
        if any(m.headline and self.timex is not None and m.timex is self.timex for m in self.mentions):
            return self.evidence[0]
        folded = {id(m) for m in self.trips}
        body = [m.sentence for m in self.mentions if not m.headline and id(m) not in folded] or [
            m.sentence for m in self.mentions if not m.headline]
        if any(m.headline for m in self.mentions):  # the headline tells it: a subtitle's line under it is not
            body = [s for s in body if len(s.text.split()) >= LEDE_WORDS and s.text.rstrip()[-1:] in _STOPS] or body
        return min(body, key=lambda s: s.start) if body else self.evidence[0]


# ---------------------------------------------------------------- one article

BILATERAL_SHARE = 0.75  # a story is bilateral when two countries hold this share of the people it names


@dataclass
class Context:
    """What the whole article says about its people: roles and the leaders of each country."""

    roles: dict[str, str]  # person -> role
    countries: dict[str, str | None]  # person -> country
    order: list[str]  # people by number of mentions, most first

    def holders(self, roles: tuple[str, ...], country: str | None = None) -> list[str]:
        return [p for p in self.order
                if self.roles.get(p) in roles and (country is None or self.countries.get(p) == country)]

    def main_countries(self) -> list[str]:
        """The two countries a bilateral story is about; none when the story is about many (a G7 summit)."""
        counts = Counter(c for p in self.order for c in [self.countries.get(p)] if c)
        top = counts.most_common(2)
        if sum(n for _, n in top) < BILATERAL_SHARE * sum(counts.values()):
            return []
        return [c for c, _ in top]


def context(people: list[actors.Mention]) -> Context:
    counts = Counter(m.person for m in people if not (m.role or "").startswith("former_"))
    roles: dict[str, str] = {}
    countries: dict[str, str | None] = {}
    for m in people:
        if (m.role or "").startswith("former_"):
            continue
        if m.titled or m.person not in roles:
            if m.role and (m.titled or m.person not in roles) and not (
                    m.role == "official" and roles.get(m.person) not in (None, "official")):
                roles[m.person] = m.role  # not "Senator Wong" over "Foreign Minister Penny Wong": the office stays
        countries.setdefault(m.person, m.country)
    for m in people:  # a former office holder meets people too ("met former Foreign Minister Nguyen Dy Nien")
        if (m.role or "").startswith("former_") and m.person not in roles:
            roles[m.person] = m.role or ""
            countries.setdefault(m.person, m.country)
    return Context(roles, countries, [p for p, _ in counts.most_common()])
LEDE_WORDS = 8  # a sentence of the body has this many words at least (shorter lines are headings, furniture)


_STOPS: Final = ".!?\"'”’…:;"  # a sentence of prose ends with one of these, a heading or caption with none
