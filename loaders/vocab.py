"""Load the vocabularies kept as data: countries, people and their offices, recurring summits, meeting words."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from . import regexes as rx
from . import settings


@dataclass(frozen=True)
class Country:
    name: str
    iso2: str
    adjectives: tuple[str, ...]
    aliases: tuple[str, ...]
    capital: str
    kind: str = "state"  # state | union (the EU: a side by its name) | organisation (a side only through its officials)


@dataclass(frozen=True)
class Term:
    role: str  # head_of_state | head_of_government | party_leader | foreign_minister | other roles read from text
    title: str
    start: date | None
    end: date | None  # None: still in office
    source: str = ""
    country: str | None = None  # the office's country, when it is not the person's first (Tusk: Poland, the EU)
    line: int = 0  # the line of data/people.csv it was read from (0: read from the text)

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Person:
    name: str
    country: str | None
    aliases: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    sworn_again: list[date] = field(default_factory=list)  # inaugurations for a new term inside one of the terms

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def given(self) -> str:
        return self.name.split()[0]

    def roles_on(self, day: date) -> list[str]:
        return [t.role for t in self.terms if t.covers(day)]

    def serves(self, country: str | None) -> bool:
        """Whether any office of the person is the country's (None: any country will do)."""
        return country is None or country == self.country or any(t.country == country for t in self.terms)


@dataclass(frozen=True)
class Summit:
    series: str
    year: int
    start: date
    end: date
    city: str
    country: str
    name: str
    source: str


@dataclass(frozen=True)
class CountryGroup:
    """A regional group of countries that news names by its adjective ("the three Baltic presidents")."""

    group: str
    adjectives: tuple[str, ...]
    members: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Venue:
    """A place where meetings sit that the cities gazetteer lacks or gives another country ("Davos", "Bali"), or a
    spelling of a city it holds under another ("Ulan Bator" for Ulaanbaatar)."""

    name: str
    aliases: tuple[str, ...]
    country: str
    source: str


@dataclass(frozen=True)
class Visit:
    """A leader's trip to one country: its days and the cities where meetings were held."""

    leader: str
    host: str
    cities: tuple[str, ...]
    start: date
    end: date
    kind: str
    source: str


@dataclass(frozen=True)
class SummitSeries:
    series: str
    name: str
    aliases: tuple[str, ...]
    level: str


_NAMED_SUMMIT: Final = rx.compile(r"^(?P<name>.+?)\s+[Ss]ummit$")


def _with_inverted(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The aliases and, for each "NAME summit" whose NAME is a body's name of several words or an acronym, the same
    summit told the other way round: "the ninth summit of the Organization of Turkic States", "a summit of the
    Commonwealth of Independent States", "the summit of the CSTO" (not "Islamic summit", "Gulf summit": an
    adjective, no name; "summit of the Islamic" would be the start of "summit of the Islamic Republic of Iran")."""
    inverted = []
    for alias in aliases:
        m = _NAMED_SUMMIT.match(alias)
        if m is None:
            continue
        name = m["name"]
        if (len(name.split()) < 2 and not (name.isupper() and name.isalnum())) or name[-1] in "'’":
            continue
        inverted += [f"summit of the {name}", f"summit of {name}"]
    return tuple(dict.fromkeys([*aliases, *inverted]))


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (value or "").split(";") if x.strip())


def _typographic(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The forms, and each written with a straight apostrophe also with the typographic one pages print ("People’s
    Republic of China": not "Republic of China", Taiwan, read inside it)."""
    return forms + tuple(f.replace("'", "\u2019") for f in forms if "'" in f)


def _date(value: str | None) -> date | None:
    value = (value or "").strip()
    return date.fromisoformat(value) if value else None


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@dataclass
class Vocab:
    countries: list[Country]
    people: list[Person]
    summits: list[Summit]
    series: list[SummitSeries]
    words: dict[str, Any]
    leaders: list[tuple[str, str, date | None, date | None]] = field(default_factory=list)  # country, role, span
    visits: list[Visit] = field(default_factory=list)
    groups: list[CountryGroup] = field(default_factory=list)
    venues: list[Venue] = field(default_factory=list)
    ties: dict[frozenset[str], date] = field(default_factory=dict)  # two countries -> the day they established ties

    def country(self, name: str) -> Country | None:
        return self._by_name.get(name)

    def person(self, name: str) -> Person | None:
        return self._people.get(name)

    def __post_init__(self) -> None:
        self._by_name = {c.name: c for c in self.countries}
        # the rows of countries.csv that are international organisations (the UN, NATO, the AU, the Arab League), not
        # states: a side of a meeting only through their officials in people.csv ("UN chief Guterres"), never by their
        # name or seat in the text ("the United Nations cemetery", "the UN Security Council", "talks in New York")
        self.bodies = frozenset(c.name for c in self.countries if c.kind == "organisation")
        self._people = {p.name: p for p in self.people}

    def holder(self, country: str, role: str, start: date, end: date) -> Person | None:
        """Who held an office of a country over a whole span ("leader" is the office that meets other leaders)."""
        held = self.holding(country, role, start, end)
        return held[0] if held else None

    def holding(self, country: str, role: str, start: date, end: date) -> tuple[Person, Term] | None:
        """Who held an office of a country over a whole span, and the term (the data row) that says so."""
        if role == "leader":
            roles = [r for c, r, a, b in self.leaders if c == country and (a is None or a <= start)
                     and (b is None or end <= b)]
            if not roles:
                return None
            role = roles[0]
        for p in self.people:
            for t in p.terms:
                if (t.country or p.country) == country and t.role == role and t.covers(start) and t.covers(end):
                    return p, t
        return None


@lru_cache(maxsize=1)
def load() -> Vocab:
    """All vocabularies, read once per process."""
    countries = [
        Country(r["name"], r["iso2"], _split(r.get("adjectives")), _typographic(_split(r.get("aliases"))),
                r.get("capital", ""), r.get("kind") or "state")
        for r in _rows(settings.COUNTRIES_FILE)
    ]
    people: dict[str, Person] = {}
    for line, r in enumerate(_rows(settings.PEOPLE_FILE), start=2):  # line 1 is the header
        p = people.setdefault(r["name"], Person(r["name"], r["country"]))
        for alias in _split(r.get("aliases")):
            if alias not in p.aliases:
                p.aliases.append(alias)
        p.terms.append(Term(r["role"], r["title"], _date(r["start"]), _date(r["end"]), r.get("source", ""),
                            r["country"] or None, line))
    for r in _rows(settings.INAUGURATIONS_FILE):
        if r["name"] in people:
            people[r["name"]].sworn_again.append(date.fromisoformat(r["day"]))
    summits = [
        Summit(r["series"], int(r["year"]), date.fromisoformat(r["start"]), date.fromisoformat(r["end"]),
               r.get("city", ""), r.get("country", ""), r.get("name", ""), r.get("source", ""))
        for r in _rows(settings.SUMMITS_FILE)
    ]
    series = [
        SummitSeries(r["series"], r["name"], _with_inverted(_split(r.get("aliases"))), r.get("level", "summit"))
        for r in _rows(settings.SUMMIT_SERIES_FILE)
    ]
    words = json.loads(settings.MEETING_WORDS_FILE.read_text(encoding="utf-8"))
    leaders = [(r["country"], r["role"], _date(r.get("start")), _date(r.get("end")))
               for r in _rows(settings.LEADERS_FILE)]
    visits = [Visit(r["leader"], r["host_country"], _split(r.get("cities")), date.fromisoformat(r["start"]),
                    date.fromisoformat(r["end"]), r.get("kind", ""), r.get("source", ""))
              for r in _rows(settings.VISITS_FILE)]
    groups = [CountryGroup(r["group"], _split(r.get("adjectives")), _split(r.get("members")), r.get("source", ""))
              for r in _rows(settings.COUNTRY_GROUPS_FILE)]
    venues = [Venue(r["name"], _split(r.get("aliases")), r["country"], r.get("source", ""))
              for r in _rows(settings.VENUES_FILE)]
    ties = {frozenset((r["country_a"], r["country_b"])): date.fromisoformat(r["established"])
            for r in _rows(settings.DIPLOMATIC_TIES_FILE)}
    return Vocab(countries, list(people.values()), summits, series, words, leaders, visits, groups, venues, ties)
