"""Integrity checks of data/countries.csv (the country vocabulary)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

COUNTRIES_FILE = Path(__file__).parent.parent / "data" / "countries.csv"
HEADER = ["name", "iso2", "adjectives", "aliases", "capital", "kind"]

# ISO 3166-1 alpha-2 codes of the 193 member states of the United Nations.
UN_MEMBERS = set(
    """
    AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG
    CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH
    GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ
    LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG
    NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN
    SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM
    ZW
    """.split()
)
# Taiwan, Kosovo, Palestine, Vatican City (states that are no UN members), the European Union and the United Nations
# (ISO 3166-1 reserves EU and UN), NATO, the African Union and the Arab League (codes of the user-assigned range X*, as
# Kosovo's XK: an organisation's code is only its key, its kind column says what it is)
EXTRA_STATES = {"TW", "XK", "PS", "VA"}
# the kind of each row that is no state: the EU a union of states that meets as one side by its name ("the EU-China
# summit"); the others organisations, a side only through their officials ("UN chief Guterres")
NOT_STATES = {"European Union": "union", "United Nations": "organisation", "NATO": "organisation",
              "African Union": "organisation", "Arab League": "organisation"}
EXTRA = EXTRA_STATES | {"EU", "UN", "XN", "XU", "XL"}


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


@pytest.fixture(scope="module")
def table() -> tuple[list[str], list[dict[str, str]]]:
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="module")
def rows(table) -> list[dict[str, str]]:
    return table[1]


@pytest.fixture(scope="module")
def by_name(rows) -> dict[str, dict[str, str]]:
    return {r["name"]: r for r in rows}


def test_header_exact(table):
    assert table[0] == HEADER


def test_no_empty_or_padded_cells(rows):
    for r in rows:
        assert None not in r, f"extra cells in row {r}"
        for key in ("name", "iso2", "capital"):
            assert r[key], f"{key} missing in {r}"
        for key, value in r.items():
            assert value == value.strip(), f"{key} of {r['name']} has surrounding spaces"
            assert "\n" not in value


def test_names_unique(rows):
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names))
    folded = [n.casefold() for n in names]
    assert len(folded) == len(set(folded))


def test_iso2_well_formed_and_unique(rows):
    codes = [r["iso2"] for r in rows]
    for code in codes:
        assert len(code) == 2 and code.isascii() and code.isalpha() and code.isupper(), code
    assert len(codes) == len(set(codes))


def test_every_un_member_and_the_extras_present(rows):
    codes = {r["iso2"] for r in rows}
    assert UN_MEMBERS - codes == set(), "UN member states missing"
    assert EXTRA - codes == set()
    assert codes - UN_MEMBERS - EXTRA == set(), "entries that are neither UN members nor listed extras"
    assert len(rows) == len(UN_MEMBERS) + len(EXTRA)


def test_kind_is_state_union_or_organisation(rows):
    """The kind column says what a row is: every UN member and listed extra state a state, the EU a union, the
    UN, NATO, the AU and the Arab League organisations (loaders.vocab.Vocab.bodies, the code's test of a body)."""
    for r in rows:
        assert r["kind"] in {"state", "union", "organisation"}, r["name"]
        if r["iso2"] in UN_MEMBERS | EXTRA_STATES:
            assert r["kind"] == "state", r["name"]
    assert {r["name"]: r["kind"] for r in rows if r["kind"] != "state"} == NOT_STATES


def test_bodies_are_the_organisations():
    from loaders.vocab import load

    assert load().bodies == {n for n, k in NOT_STATES.items() if k == "organisation"}
    assert {c.name: c.kind for c in load().countries if c.kind != "state"} == NOT_STATES


def test_names_adjectives_aliases_map_to_one_country(rows):
    """Each name, adjective or alias (case-insensitive) belongs to exactly one row."""
    owner: dict[str, str] = {}
    for r in rows:
        forms = {r["name"].casefold()}
        forms.update(a.casefold() for a in _split(r["adjectives"]))
        forms.update(a.casefold() for a in _split(r["aliases"]))
        for form in forms:
            assert form not in owner, f"{form!r} used by both {owner[form]} and {r['name']}"
            owner[form] = r["name"]


def test_no_duplicates_inside_a_cell(rows):
    for r in rows:
        for key in ("adjectives", "aliases"):
            items = [v.casefold() for v in _split(r[key])]
            assert len(items) == len(set(items)), f"duplicate {key} in {r['name']}"
            assert ";;" not in r[key] and not r[key].startswith(";") and not r[key].endswith(";")


@pytest.mark.parametrize("ambiguous", ["Korean", "Congolese", "Congo", "Korea", "Dominican"])
def test_ambiguous_forms_left_out(rows, ambiguous):
    for r in rows:
        if r["name"] == ambiguous:
            continue
        assert ambiguous.casefold() not in {a.casefold() for a in _split(r["adjectives"])}
        assert ambiguous.casefold() not in {a.casefold() for a in _split(r["aliases"])}


@pytest.mark.parametrize(
    "name, iso2, capital",
    [
        ("Japan", "JP", "Tokyo"),
        ("Russia", "RU", "Moscow"),
        ("United States", "US", "Washington"),
        ("United Kingdom", "GB", "London"),
        ("China", "CN", "Beijing"),
        ("South Korea", "KR", "Seoul"),
        ("North Korea", "KP", "Pyongyang"),
        ("Taiwan", "TW", "Taipei"),
        ("Iran", "IR", "Tehran"),
        ("Syria", "SY", "Damascus"),
        ("Vietnam", "VN", "Hanoi"),
        ("Czech Republic", "CZ", "Prague"),
        ("Ivory Coast", "CI", "Yamoussoukro"),
        ("Kosovo", "XK", "Pristina"),
        ("Palestine", "PS", None),
        ("Vatican City", "VA", "Vatican City"),
        ("European Union", "EU", "Brussels"),
    ],
)
def test_news_names_codes_and_capitals(by_name, name, iso2, capital):
    assert name in by_name
    assert by_name[name]["iso2"] == iso2
    if capital is not None:
        assert by_name[name]["capital"] == capital


@pytest.mark.parametrize(
    "name, adjectives",
    [
        ("United States", {"American", "U.S.", "US"}),
        ("United Kingdom", {"British", "UK"}),
        ("Russia", {"Russian"}),
        ("Japan", {"Japanese"}),
        ("South Korea", {"South Korean"}),
        ("North Korea", {"North Korean"}),
        ("China", {"Chinese"}),
        ("Saudi Arabia", {"Saudi", "Saudi Arabian"}),
        ("United Arab Emirates", {"Emirati"}),
        ("Netherlands", {"Dutch"}),
        ("Philippines", {"Filipino", "Philippine"}),
    ],
)
def test_adjective_spot_checks(by_name, name, adjectives):
    assert adjectives <= set(_split(by_name[name]["adjectives"]))


@pytest.mark.parametrize(
    "name, aliases",
    [
        ("United States", {"the U.S.", "USA", "America", "United States of America"}),
        ("United Kingdom", {"Britain", "Great Britain", "U.K."}),
        ("Russia", {"Russian Federation"}),
        ("South Korea", {"Republic of Korea", "ROK"}),
        ("North Korea", {"DPRK", "Democratic People's Republic of Korea"}),
        ("China", {"People's Republic of China", "PRC"}),
        ("Myanmar", {"Burma"}),
        ("Netherlands", {"Holland", "the Netherlands"}),
        ("Ivory Coast", {"Côte d'Ivoire"}),
        ("Czech Republic", {"Czechia"}),
        ("Turkey", {"Türkiye"}),
    ],
)
def test_alias_spot_checks(by_name, name, aliases):
    assert aliases <= set(_split(by_name[name]["aliases"]))


GROUPS_FILE = Path(__file__).parent.parent / "data" / "country_groups.csv"


def test_country_groups_name_known_countries_with_a_source():
    """data/country_groups.csv: each regional group has adjectives, two or more members that are countries of
    data/countries.csv, a public source, and no adjective claimed by two groups."""
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as f:
        names = {r["name"] for r in csv.DictReader(f)}
    with GROUPS_FILE.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["group", "adjectives", "members", "source"]
        rows = list(reader)
    assert rows
    seen: set[str] = set()
    for r in rows:
        adjectives, members = _split(r["adjectives"]), _split(r["members"])
        assert adjectives and len(members) >= 2, r["group"]
        assert set(members) <= names, (r["group"], set(members) - names)
        assert r["source"].startswith("https://"), r["group"]
        assert not seen & set(adjectives), r["group"]
        seen |= set(adjectives)
