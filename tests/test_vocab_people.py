"""Integrity checks of data/people.csv (heads of state, heads of government, foreign ministers)."""

from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "data"
PEOPLE_FILE = DATA / "people.csv"
COUNTRIES_FILE = DATA / "countries.csv"
HEADER = ["name", "aliases", "country", "role", "title", "start", "end", "source"]
ROLES = {"head_of_state", "head_of_government", "vice_president", "crown_prince", "party_leader", "foreign_minister"}
# other offices whose holders meet abroad (defence ministers; national security advisers and special envoys): one
# country has several of them at once, so their office is the title as well ("Special Envoy for Iran")
OTHER_ROLES = {"minister", "official", "ambassador"}
PERIOD_START, PERIOD_END = date(2000, 1, 1), date(2025, 12, 31)
G20 = [
    "Argentina", "Australia", "Brazil", "Canada", "China", "France", "Germany", "India", "Indonesia",
    "Italy", "Japan", "Mexico", "Russia", "Saudi Arabia", "South Africa", "South Korea", "Turkey",
    "United Kingdom", "United States", "European Union",
]  # fmt: skip
REQUIRED = [*G20, "North Korea"]
MIN_COVERAGE = 0.90


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


def _fold(text: str) -> str:
    """Case, accents, punctuation and spacing removed: 'Shinzō Abe' and 'shinzo-abe' fold alike."""
    text = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(c for c in text.casefold() if c.isalnum() and not unicodedata.combining(c))


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _end(row: dict[str, str]) -> date:
    return _day(row["end"]) if row["end"] else date.max


@pytest.fixture(scope="module")
def table() -> tuple[list[str], list[dict[str, str]]]:
    with PEOPLE_FILE.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="module")
def rows(table) -> list[dict[str, str]]:
    return table[1]


@pytest.fixture(scope="module")
def terms(rows) -> dict[tuple[str, str], list[dict[str, str]]]:
    """Rows grouped by (country, role), sorted by start."""
    out: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        out[(r["country"], r["role"])].append(r)
    for group in out.values():
        group.sort(key=lambda r: r["start"])
    return out


@pytest.fixture(scope="module")
def offices(rows) -> dict[tuple[str, ...], list[dict[str, str]]]:
    """Rows grouped by office, sorted by start: (country, role), with the title for roles of several offices."""
    out: dict[tuple[str, ...], list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        key = (r["country"], r["role"], r["title"]) if r["role"] in OTHER_ROLES else (r["country"], r["role"])
        out[key].append(r)
    for group in out.values():
        group.sort(key=lambda r: r["start"])
    return out


def _coverage(intervals: list[tuple[date, date]]) -> float:
    """Share of the days of PERIOD_START..PERIOD_END inside at least one [start, end) interval."""
    covered = 0
    cursor = PERIOD_START
    last = PERIOD_END + timedelta(days=1)
    for start, end in sorted(intervals):
        start, end = max(start, cursor), min(end, last)
        if end > start:
            covered += (end - start).days
            cursor = end
    return covered / ((last - PERIOD_START).days)


def test_header_exact(table):
    assert table[0] == HEADER


def test_cells_filled_and_clean(rows):
    assert len(rows) > 300
    for r in rows:
        assert None not in r, f"extra cells in {r}"
        for key in ("name", "country", "role", "title", "start", "source"):
            assert r[key], f"{key} missing in {r}"
        for key, value in r.items():
            assert value == value.strip() and "\n" not in value, f"{key} of {r['name']}: {value!r}"


def test_roles_known(rows):
    assert {r["role"] for r in rows} <= ROLES | OTHER_ROLES


def test_dates_parse_and_are_ordered(rows):
    for r in rows:
        start = _day(r["start"])  # raises on a malformed date
        assert len(r["start"]) == 10
        if r["end"]:
            assert len(r["end"]) == 10
            end = _day(r["end"])
            assert start <= end, f"{r['name']}: start after end"
            assert end >= PERIOD_START, f"{r['name']}: term ended before 2000"
            assert end <= PERIOD_END, f"{r['name']}: end after 2025 must be left blank"
        assert start <= PERIOD_END, f"{r['name']}: starts after 2025"


def test_sources_are_urls(rows):
    for r in rows:
        assert r["source"].startswith(("https://", "http://")), r["source"]
        assert " " not in r["source"]


def test_countries_exist(rows):
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as f:
        known = {c["name"] for c in csv.DictReader(f)}
    unknown = {r["country"] for r in rows} - known
    assert not unknown, f"countries not in countries.csv: {sorted(unknown)}"


def test_no_overlapping_terms(offices):
    """Within one (country, role) a term starts no earlier than the previous one ends.

    A handover on the same day (end of one == start of the next) is allowed.
    """
    for (country, role, *_), group in offices.items():
        for before, after in zip(group, group[1:], strict=False):
            assert _day(after["start"]) >= _end(before), (
                f"{country} {role}: {before['name']} ({before['start']}..{before['end'] or 'open'}) "
                f"overlaps {after['name']} ({after['start']}..)"
            )


def test_at_most_one_open_term_per_office(offices):
    for key, group in offices.items():
        assert sum(1 for r in group if not r["end"]) <= 1, key


def test_no_duplicate_rows(rows):
    keys = [(r["name"], r["country"], r["role"], r["start"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_same_person_same_spelling(rows):
    """One person, one spelling: same aliases on every row; no two names differing only in accents or case."""
    aliases_of: dict[str, str] = {}
    for r in rows:
        aliases_of.setdefault(r["name"], r["aliases"])
        assert aliases_of[r["name"]] == r["aliases"], f"{r['name']}: aliases differ between rows"
    by_fold: dict[str, str] = {}
    for name in aliases_of:
        key = _fold(name)
        assert by_fold.setdefault(key, name) == name, f"{name!r} and {by_fold[key]!r} are spelled two ways"


def test_aliases_map_to_one_person(rows):
    """An alias belongs to one person: it equals no other person's name or alias (even after folding)."""
    owner: dict[str, str] = {}
    for name in {r["name"] for r in rows}:
        owner[_fold(name)] = name
    for r in {r["name"]: r for r in rows}.values():
        seen = set()
        for alias in _split(r["aliases"]):
            assert alias != r["name"], f"{r['name']}: alias repeats the name"
            assert alias.casefold() not in seen, f"{r['name']}: alias {alias!r} twice"
            seen.add(alias.casefold())
            key = _fold(alias)
            assert owner.setdefault(key, r["name"]) == r["name"], (
                f"alias {alias!r} of {r['name']} also names {owner[key]}"
            )


def test_aliases_are_not_bare_surnames(rows):
    for r in rows:
        surname = r["name"].split()[-1].casefold()
        if len(r["name"].split()) == 1:
            continue
        for alias in _split(r["aliases"]):
            assert alias.casefold() != surname, f"{r['name']}: bare surname {alias!r} as alias"


def test_required_countries_present(rows):
    present = {r["country"] for r in rows}
    assert set(REQUIRED) <= present


@pytest.mark.parametrize("country", REQUIRED)
def test_leader_coverage(terms, country):
    intervals = [
        (_day(r["start"]), _end(r))
        for role in ("head_of_state", "head_of_government")
        for r in terms.get((country, role), [])
    ]
    share = _coverage(intervals)
    assert share >= MIN_COVERAGE, f"{country}: head of state/government known on {share:.1%} of days"


@pytest.mark.parametrize("country", REQUIRED)
def test_foreign_minister_coverage(terms, country):
    intervals = [(_day(r["start"]), _end(r)) for r in terms.get((country, "foreign_minister"), [])]
    share = _coverage(intervals)
    assert share >= MIN_COVERAGE, f"{country}: foreign minister known on {share:.1%} of days"


def _terms_of(rows, name: str, role: str) -> list[tuple[str, str]]:
    return sorted((r["start"], r["end"]) for r in rows if r["name"] == name and r["role"] == role)


@pytest.mark.parametrize(
    "name, role, expected",
    [
        ("Shinzo Abe", "head_of_government", [("2006-09-26", "2007-09-26"), ("2012-12-26", "2020-09-16")]),
        ("Fumio Kishida", "foreign_minister", [("2012-12-26", "2017-08-03")]),
        ("Fumio Kishida", "head_of_government", [("2021-10-04", "2024-10-01")]),
        ("Taro Kono", "foreign_minister", [("2017-08-03", "2019-09-11")]),
        ("Sergey Lavrov", "foreign_minister", [("2004-03-09", "")]),
        ("Dmitry Medvedev", "head_of_state", [("2008-05-07", "2012-05-07")]),
        ("Dmitry Medvedev", "head_of_government", [("2012-05-08", "2020-01-16")]),
        ("Barack Obama", "head_of_state", [("2009-01-20", "2017-01-20")]),
        ("Angela Merkel", "head_of_government", [("2005-11-22", "2021-12-08")]),
        ("Xi Jinping", "head_of_state", [("2013-03-14", "")]),
    ],
)
def test_fact_spot_checks(rows, name, role, expected):
    assert _terms_of(rows, name, role) == expected


def test_putin_terms(rows):
    president = _terms_of(rows, "Vladimir Putin", "head_of_state")
    assert len(president) == 2
    assert president[0][0] in ("1999-12-31", "2000-05-07") and president[0][1] == "2008-05-07"
    assert president[1] == ("2012-05-07", "")
    assert ("2008-05-08", "2012-05-07") in _terms_of(rows, "Vladimir Putin", "head_of_government")


def test_holder_on_known_days(terms):
    """Who held an office on a given day, as used to date articles."""

    def holder(country: str, role: str, day: str) -> set[str]:
        d = _day(day)
        return {r["name"] for r in terms[(country, role)] if _day(r["start"]) <= d < _end(r)}

    assert holder("Japan", "head_of_government", "2015-06-01") == {"Shinzo Abe"}
    assert holder("United States", "foreign_minister", "2010-06-01") == {"Hillary Clinton"}
    assert holder("United Kingdom", "head_of_government", "2019-12-12") == {"Boris Johnson"}
    assert holder("South Korea", "head_of_state", "2018-04-27") == {"Moon Jae-in"}
    assert holder("North Korea", "head_of_state", "2018-06-12") == {"Kim Jong Un"}
    assert holder("China", "head_of_government", "2010-01-01") == {"Wen Jiabao"}
    assert holder("India", "head_of_government", "2010-01-01") == {"Manmohan Singh"}
    assert holder("European Union", "head_of_government", "2017-01-01") == {"Jean-Claude Juncker"}
    # leaders of Africa, Latin America, the Caribbean and Europe's smaller states, who meet in news of their regions
    assert holder("Niger", "head_of_state", "2023-06-01") == {"Mohamed Bazoum"}
    assert holder("Benin", "head_of_state", "2023-06-01") == {"Patrice Talon"}
    assert holder("Botswana", "head_of_state", "2019-02-11") == {"Mokgweetsi Masisi"}
    assert holder("Guyana", "head_of_state", "2023-05-30") == {"Irfaan Ali"}
    assert holder("Barbados", "head_of_government", "2024-01-01") == {"Mia Mottley"}
    assert holder("Slovakia", "head_of_government", "2024-02-05") == {"Robert Fico"}
    # the early 2000s of smaller states, whose leaders visit and host in news of those years (a leader the data does
    # not know leaves a meeting with one side: "During a first meeting at the Presidential Office, Chen ...")
    assert holder("Panama", "head_of_state", "2000-07-01") == {"Mireya Moscoso"}
    assert holder("Costa Rica", "head_of_state", "2001-06-01") == {"Miguel Angel Rodriguez"}
    assert holder("Honduras", "head_of_state", "2001-06-01") == {"Carlos Roberto Flores"}
    assert holder("Nicaragua", "head_of_state", "2001-06-01") == {"Arnoldo Aleman"}
    assert holder("El Salvador", "head_of_state", "2003-06-01") == {"Francisco Flores"}
    assert holder("Dominican Republic", "head_of_state", "2003-06-01") == {"Hipolito Mejia"}
    assert holder("Zambia", "head_of_state", "2001-06-01") == {"Frederick Chiluba"}
    assert holder("Malawi", "head_of_state", "2003-06-01") == {"Bakili Muluzi"}
    assert holder("Mali", "head_of_state", "2001-06-01") == {"Alpha Oumar Konare"}
    assert holder("Seychelles", "head_of_state", "2003-06-01") == {"France-Albert Rene"}
    assert holder("Mauritius", "head_of_government", "2002-06-01") == {"Anerood Jugnauth"}
    assert holder("Trinidad and Tobago", "head_of_government", "2001-06-01") == {"Basdeo Panday"}


# Countries where no single head of state or government can be named for a day: San Marino's head of state is a
# pair of Captains Regent, both in office together and replaced every six months, and it has no head of government.
NO_SINGLE_LEADER = {"San Marino"}


def _countries() -> list[str]:
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as f:
        return [c["name"] for c in csv.DictReader(f)]


@pytest.mark.parametrize("day", ["2015-06-01", "2023-06-01"])
def test_every_country_has_a_leader_on_day(terms, day):
    """Every country of countries.csv has a known head of state or government on the day (data-driven)."""
    d = _day(day)
    missing = [
        country
        for country in _countries()
        if country not in NO_SINGLE_LEADER
        and not any(
            _day(r["start"]) <= d < _end(r)
            for role in ("head_of_state", "head_of_government")
            for r in terms.get((country, role), [])
        )
    ]
    assert not missing, f"no head of state or government known on {day}: {missing}"


INAUGURATIONS_FILE = DATA / "inaugurations.csv"


def test_inaugurations_are_later_terms_of_people_in_the_table(rows):
    """data/inaugurations.csv: each leader sworn in for a further term inside one row of people.csv (its first day is
    that row's start), with a source; the loader gives them to the person."""
    from loaders.vocab import load

    with INAUGURATIONS_FILE.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        sworn = list(reader)
        assert reader.fieldnames == ["name", "day", "source"]
    heads = defaultdict(list)
    for r in rows:
        if r["role"] in ("head_of_state", "head_of_government"):
            heads[r["name"]].append(r)
    assert len({(r["name"], r["day"]) for r in sworn}) == len(sworn) > 50
    for r in sworn:
        day = _day(r["day"])
        assert r["source"].startswith("https://"), r
        inside = [t for t in heads[r["name"]] if _day(t["start"]) < day <= _end(t)]
        assert inside, f"{r['name']} sworn in on {day} outside the terms of people.csv"
        assert day in load().person(r["name"]).sworn_again


# defence ministers of the G20 and of states whose defence ministers meet abroad often: the office's title on each row
DEFENCE_COUNTRIES = [
    *[c for c in G20 if c != "European Union"], "Israel", "Iran", "Pakistan", "Ukraine", "Poland", "Vietnam",
    "Philippines", "Indonesia",
]  # fmt: skip
DEFENCE_WORDS = ("Defence", "Defense", "Armed Forces")


@pytest.mark.parametrize("country", DEFENCE_COUNTRIES)
def test_defence_minister_coverage(rows, country):
    """A defence minister (role minister, a defence title) is known on most days of 2010-2025 (Pakistan's caretaker
    ministers are not in the data)."""
    first = date(2010, 1, 1)
    days: set[date] = set()
    for r in rows:
        if r["country"] == country and r["role"] == "minister" and any(w in r["title"] for w in DEFENCE_WORDS):
            day, end = max(_day(r["start"]), first), min(_end(r), PERIOD_END + timedelta(days=1))
            while day < end:
                days.add(day)
                day += timedelta(days=1)
    share = len(days) / ((PERIOD_END - first).days + 1)
    assert share >= 0.7, f"{country}: defence minister known on {share:.1%} of days"


@pytest.mark.parametrize(
    "country, role, day, name",
    [
        # foreign ministers and prime ministers of states that meet in regional news (one row of each batch)
        ("Kuwait", "foreign_minister", "2015-06-01", "Sabah Al-Khalid Al-Hamad Al-Sabah"),
        ("Kuwait", "head_of_government", "2015-06-01", "Jaber Al-Mubarak Al-Hamad Al-Sabah"),
        ("Uzbekistan", "foreign_minister", "2020-09-10", "Abdulaziz Kamilov"),
        ("Turkmenistan", "foreign_minister", "2024-09-25", "Rashid Meredov"),
        ("Mongolia", "foreign_minister", "2020-09-15", "Nyamtseren Enkhtaivan"),
        ("Ethiopia", "foreign_minister", "2022-06-01", "Demeke Mekonnen"),
        ("Syria", "head_of_government", "2018-06-01", "Imad Khamis"),
        ("Algeria", "head_of_government", "2015-06-01", "Abdelmalek Sellal"),
        ("Ivory Coast", "head_of_government", "2015-06-01", "Daniel Kablan Duncan"),
        ("Mali", "head_of_government", "2023-06-01", "Choguel Kokalla Maïga"),
        ("Democratic Republic of the Congo", "head_of_government", "2023-06-01", "Jean-Michel Sama Lukonde"),
        ("Portugal", "foreign_minister", "2003-01-01", "António Martins da Cruz"),
        ("Croatia", "head_of_government", "2002-01-01", "Ivica Račan"),
        ("Jordan", "head_of_government", "2008-06-01", "Nader al-Dahabi"),
        ("Kyrgyzstan", "head_of_government", "2016-06-01", "Sooronbay Jeenbekov"),
        ("Peru", "foreign_minister", "2012-06-01", "Rafael Roncagliolo"),
    ],
)
def test_holders_of_regional_offices(terms, country, role, day, name):
    d = _day(day)
    assert {r["name"] for r in terms[(country, role)] if _day(r["start"]) <= d < _end(r)} == {name}
