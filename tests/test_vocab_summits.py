"""Integrity checks for the recurring-summit vocabulary in data/summit_series.csv and data/summits.csv.

Standard library only. These files are hand-written from public sources, so the checks below are meant to
catch the mistakes that hand-written tables make: typos in dates, rows filed under the wrong year, a
series id that does not exist, an alias claimed by two series, a missing year, overlapping rows.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "data"
SERIES_CSV = DATA / "summit_series.csv"
SUMMITS_CSV = DATA / "summits.csv"

Rows = list[dict[str, str]]

SERIES_HEADER = ["series", "name", "aliases", "level", "source"]
SUMMITS_HEADER = ["series", "year", "start", "end", "city", "country", "name", "source"]

FIRST_YEAR = 2000
LAST_YEAR = 2025

# Years each series is expected to have met, as (first year covered, years it did not meet -> reason).
# Every exception must be a year with no row: if a row is added for it, the exception has to go.
ANNUAL_COVERAGE: dict[str, tuple[int, dict[int, str]]] = {
    "G20": (2008, {}),  # leaders' summits began in November 2008
    "APEC": (2000, {2019: "Santiago leaders' meeting cancelled because of protests in Chile"}),
    "G7": (2000, {2020: "46th summit (United States) cancelled during the COVID-19 pandemic"}),
    "ASEAN": (
        2000,
        {
            2006: "12th summit postponed from December 2006 to January 2007 (typhoon in Cebu)",
            2008: "14th summit postponed from December 2008 to February 2009 (Thai political crisis)",
        },
    ),
    "EAS": (
        2005,
        {
            2006: "2nd EAS postponed from December 2006 to January 2007 with the 12th ASEAN summit",
            2008: "4th EAS postponed (Bangkok crisis, then the Pattaya meeting of April 2009 was abandoned)",
        },
    ),
    "UNGA": (2000, {}),
    "BRICS": (2009, {}),  # first BRIC summit: Yekaterinburg, June 2009
    "SCO": (2000, {}),  # 2000 is the last Shanghai Five summit; the SCO was founded in June 2001
    "EEF": (2015, {2020: "cancelled during the COVID-19 pandemic"}),
    "MSC": (2000, {}),
    "SPIEF": (2007, {2020: "cancelled during the COVID-19 pandemic"}),  # earlier forums not covered
    "WEF": (2000, {}),
    # ordinary sessions of the Assembly (36th and 37th OAU summits in 2000 and 2001), and the AU's mid-year
    # coordination meetings since 2019 (virtual in 2020 and 2021: not covered); extraordinary sessions are not
    "AU": (2000, {}),
    # ordinary (regular) summits since Amman 2001; emergency and extraordinary summits are not covered
    "ARAB": (
        2001,
        {
            2011: "23rd summit (Baghdad) postponed to March 2012 during the Arab Spring",
            2020: "31st summit (Algiers) postponed during the COVID-19 pandemic",
            2021: "31st summit (Algiers) postponed again, held in November 2022",
        },
    ),
    # the Supreme Council's annual (December) summits; consultative mid-year meetings are not covered
    "GCC": (2000, {2020: "41st summit held in Al-Ula on 5 January 2021"}),
    # UN climate conferences: their scheduled days (they often overrun by a day or two); for COP26-COP28, which
    # were scheduled over 13 days, the leaders' segment, when the heads of state and government met
    "COP": (2000, {2020: "COP26 (Glasgow) postponed to November 2021 during the COVID-19 pandemic"}),
    "SADC": (2000, {}),  # ordinary summits (August, or October 2002, September 2009); extraordinary ones are not
    # the annual Forum week, leaders' retreat and post-forum dialogue included
    "PIF": (2000, {2020: "no Leaders Meeting during the COVID-19 pandemic (the 51st was held virtually in 2021)"}),
    # the summits from 2017 (earlier ones not covered)
    "EUJP": (2017, {2024: "no summit between the 29th (Brussels, July 2023) and the 30th (Tokyo, July 2025)"}),
    # the Collective Security Council's sessions, extraordinary ones included; earlier summits not covered
    "CSTO": (2015, {}),
    # the regular (autumn) sessions of the Council of Heads of State; informal December meetings and earlier
    # summits not covered
    "CIS": (2001, {}),
    # two summits a year, at the end of each pro tempore presidency; earlier summits not covered
    "MERCOSUR": (2019, {}),
    # the Authority's two ordinary sessions a year (June/July and December); extraordinary summits (the coups in
    # Mali, Guinea, Burkina Faso and Niger) and sessions before 2022 not covered
    "ECOWAS": (2022, {}),
    # the IISS Shangri-La Dialogue in Singapore, Friday to Sunday around the first of June, since 2002
    "SLD": (2002, {2020: "cancelled during the COVID-19 pandemic", 2021: "cancelled during the COVID-19 pandemic"}),
}
# Series that do not meet every year: the exact set of years with a meeting.
IRREGULAR_COVERAGE: dict[str, set[int]] = {
    "FIPIC": {2014, 2015, 2023},
    # biennial; Brisbane 2001 postponed to Coolum 2002 (9/11), Kigali 2020 postponed to 2022 (COVID-19)
    "CHOGM": {2002, 2003, 2005, 2007, 2009, 2011, 2013, 2015, 2018, 2022, 2024},
    # the four Nuclear Security Summits (Washington 2010, Seoul 2012, The Hague 2014, Washington 2016)
    "NSS": {2010, 2012, 2014, 2016},
    # SAARC summits 11th-18th (Kathmandu 2002 to Kathmandu 2014); the 19th (Islamabad, 2016) was never held
    "SAARC": {2002, 2004, 2005, 2007, 2008, 2010, 2011, 2014},
    # biennial; ASEM13 (due 2020) held virtually in November 2021; no summit since
    "ASEM": {2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2021},
    # leaders' summits, extraordinary ones included (Brussels 2001, 2005, 2017, February and March 2022;
    # the NATO-Russia summit near Rome in May 2002); none in 2000, 2003, 2007, 2011, 2013, 2015, 2020
    # the Russia-Africa and U.S.-Africa leaders' summits
    "RUSAF": {2019, 2023},
    "USAFR": {2014, 2022},
    "NATO": {2001, 2002, 2004, 2005, 2006, 2008, 2009, 2010, 2012, 2014, 2016, 2017, 2018, 2019, 2021, 2022,
             2023, 2024, 2025},
    # every three or four years, and the special summit of Monterrey (January 2004); the 10th (Punta Cana,
    # December 2025) was postponed
    "SOA": {2001, 2004, 2005, 2009, 2012, 2015, 2018, 2022},
    # the "Three Amigos" summits: none 2010-2011, 2013, 2015, 2017-2020 (suspended under Trump), 2022
    "NALS": {2005, 2006, 2007, 2008, 2009, 2012, 2014, 2016, 2021, 2023},
    # founded in Caracas (December 2011); none 2018-2020 and 2022 (Brazil's withdrawal, the pandemic)
    "CELAC": {2011, 2013, 2014, 2015, 2016, 2017, 2021, 2023, 2024, 2025},
    # Islamic Summits: ordinary sessions every three years or so, and the extraordinary ones of Mecca (2005, 2012),
    # Jakarta (March 2016) and Istanbul (2017, 2018); the joint Arab-Islamic summits (Riyadh 2023, 2024) are not
    "OIC": {2000, 2003, 2005, 2008, 2012, 2013, 2016, 2017, 2018, 2019, 2024},
    # every three years: ministerial conferences, and the summits of Beijing (2006, 2018, 2024) and Johannesburg
    "FOCAC": {2000, 2003, 2006, 2009, 2012, 2015, 2018, 2021, 2024},
    # every five years until 2013, every three since (TICAD II was in 1998)
    "TICAD": {2003, 2008, 2013, 2016, 2019, 2022, 2025},
    # D-8 summits from the 5th (Bali, May 2006) on, every two years or so; the 10th (Dhaka, April 2021) was held
    # online, and the 1st-4th (Istanbul 1997 to Tehran 2004) are not covered
    "D8": {2006, 2008, 2010, 2012, 2017, 2024},
    # the Summits of La Francophonie, every two years from the 9th (Beirut 2002); the 18th, due in Tunisia in 2020,
    # was held in Djerba in November 2022
    "OIF": {2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2022, 2024},
    # the Western Balkans summits of the Berlin Process held in person (Sofia 2020 and Berlin 2021 were held online)
    "WB6": {2014, 2015, 2016, 2017, 2018, 2019, 2022, 2023, 2024, 2025},
    # the India-Africa Forum Summit: New Delhi 2008, Addis Ababa 2011, New Delhi 2015 (the fourth not yet held)
    "IAFS": {2008, 2011, 2015},
    # the Africa-EU (EU-AU) summits of heads of state and government: Cairo 2000 to Luanda 2025
    "EUAU": {2000, 2007, 2010, 2014, 2017, 2022, 2025},
    # the Turkey-Africa Cooperation (2008) and Partnership (2014, 2021) summits
    "TRAF": {2008, 2014, 2021},
    # leaders' meetings since March 2021 (virtual twice); the 2025 summit India was to host was not held
    "QUAD": {2021, 2022, 2023, 2024},
    # annual until 2014, every two years since (Andorra 2020 held in April 2021, in a hybrid format)
    "IBERO": {*range(2000, 2015), 2016, 2018, 2021, 2023, 2024},
    # every three years or so (the 12th was Durban 1998); the virtual contact-group meeting of May 2020 is not
    "NAM": {2003, 2006, 2009, 2012, 2016, 2019, 2024},
    # every four years or so
    "CICA": {2002, 2006, 2010, 2014, 2019, 2022},
    # numbered summits, one a year or two, none in 2008 (postponed by China), 2011, 2014, 2021, 2024
    "EUCN": {*range(2000, 2008), 2009, 2010, 2012, 2013, *range(2015, 2021), 2022, 2023, 2025},
    # numbered summits of the Turkic Council (from 2011) and of the Organization of Turkic States (from 2021); none
    # in 2016-2017 and 2020 (an extraordinary virtual meeting in April 2020 and the informal summits are not covered)
    "OTS": {*range(2011, 2016), 2018, 2019, *range(2021, 2026)},
    # the China-Japan-South Korea summits held on their own (from Fukuoka 2008; before, the three leaders met beside
    # the ASEAN Plus Three summits): none 2013-2014, 2016-2017, 2020-2023 (the 10th, due in Japan, not yet held)
    "CJK": {*range(2008, 2013), 2015, 2018, 2019, 2024},
    # the EU-Russia summits, two a year until the EU suspended them in 2014 (the December 2013 one held in January)
    "EURU": set(range(2000, 2015)),
    # the EU-US summits (none 2012-2013, 2015-2020, 2022, 2024-2025)
    "EUUS": {*range(2000, 2012), 2014, 2021, 2023},
    # the EU-India summits, 1st (Lisbon 2000) to 15th (virtual, 2020); the Porto leaders' meeting of May 2021 is not
    "EUIN": {*range(2000, 2011), 2012, 2016, 2017, 2020},
    # the EU-Latin America and Caribbean summits from the 2nd (Madrid 2002; the 1st was Rio 1999) and the EU-CELAC
    # summits from Santiago 2013
    "EULAC": {2002, 2004, 2006, 2008, 2010, 2013, 2015, 2023, 2025},
    # the BIMSTEC summits, 1st (Bangkok 2004) to 6th (Bangkok 2025)
    "BIMSTEC": {2004, 2008, 2014, 2018, 2022, 2025},
    # the Lancang-Mekong Cooperation leaders' meetings (the 3rd and 4th by video link)
    "LMC": {2016, 2018, 2020, 2023},
    # the European Political Community, twice a year since Prague (October 2022)
    "EPC": {2022, 2023, 2024, 2025},
    # the Summits for Democracy: virtual (2021), co-hosted online (2023), Seoul (2024)
    "S4D": {2021, 2023, 2024},
    # the Three Seas Initiative summits, yearly since Dubrovnik (2016); Tallinn's of 2020 held online
    "3SI": set(range(2016, 2026)),
    # the Raisina Dialogue in New Delhi, yearly since 2016 (online in 2021)
    "RAISINA": set(range(2016, 2026)),
    # the Eastern Partnership summits (the leaders' video conference of June 2020 is not covered)
    "EAP": {2009, 2011, 2013, 2015, 2017, 2021},
    # the Caspian Summits of the five littoral states, 1st (Ashgabat 2002) to 6th (Ashgabat 2022)
    "CASPIAN": {2002, 2007, 2010, 2014, 2018, 2022},
    # the GUAM summits listed, from the Chisinau summit to the Batumi summit (guam-organization.org)
    "GUAM": {2005, 2006, 2007, 2008},
    # the sittings of the Supreme State Council of the Union State of Russia and Belarus listed (not every one)
    "UNIONSTATE": {2017, 2018, 2023, 2024},
    # the Normandy-format meetings of the leaders of France, Germany, Russia and Ukraine (not their phone calls nor
    # their ministers' meetings)
    "NORMANDY": {2014, 2015, 2016, 2019},
    # the OSCE Ministerial Councils listed, each with its source (not every yearly sitting): Athens 2009, Kyiv 2013,
    # Hamburg 2016, Bratislava 2019
    "OSCEMC": {2009, 2013, 2016, 2019},
}
# Years in which a series met more than once (number of rows expected).
MULTIPLE_MEETINGS: dict[str, dict[int, int]] = {
    "G20": {2009: 2, 2010: 2, 2020: 2},  # 2020: extraordinary virtual summit in March + Riyadh (virtual)
    # two separate summits a year (2007: the postponed 12th in January and the 13th in November)
    "ASEAN": dict.fromkeys(
        (2007, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2017, 2018, 2019, 2020, 2023, 2025), 2
    ),
    "EAS": {2007: 2},  # 2nd (Cebu, January) and 3rd (Singapore, November)
    # 2002: NATO-Russia summit (Rome, May) and Prague (November); 2022: virtual (February), Brussels (March),
    # Madrid (June)
    "NATO": {2002: 2, 2022: 3},
    "CIS": {2001: 2, 2003: 2, 2008: 2, 2011: 2},  # an informal summit or a second session beside the regular one
    # two ordinary sessions a year (January and June/July) from 2005 to 2018; since 2019 one Assembly in February
    # and a mid-year coordination meeting in July (not counted in 2020 and 2021, when it was virtual)
    "AU": dict.fromkeys((*range(2005, 2020), 2022, 2023, 2024, 2025), 2),
    "GCC": {2021: 2},  # Al-Ula (January, postponed 41st) and Riyadh (December, 42nd)
    "OIC": {2016: 2},  # Jakarta (extraordinary, March) and Istanbul (13th, April)
    "COP": {2001: 2},  # the resumed COP6 (Bonn, July) and COP7 (Marrakesh, October-November)
    "QUAD": {2021: 2, 2022: 2},  # a virtual meeting in March, then in person (Washington, Tokyo)
    "EUCN": {2009: 2, 2012: 2},  # the postponed 11th (Prague) and the 12th (Nanjing); the 14th and 15th
    # 2022: virtual extraordinary session on Kazakhstan (January), Moscow anniversary summit (May), Yerevan (November)
    "CSTO": {2022: 3},
    # 2021: the virtual 30th-anniversary summit (March) besides the two regular ones
    "MERCOSUR": {**dict.fromkeys(range(2019, 2026), 2), 2021: 3},
    "ECOWAS": dict.fromkeys(range(2022, 2026), 2),
    # the spring and autumn summits, but for the one of June 2013, whose December successor was held in January 2014
    "EURU": {**dict.fromkeys(range(2000, 2013), 2), 2013: 1, 2014: 1},
    "EUUS": {2000: 2, 2009: 2},  # Lisbon and Washington; Prague (informal, April) and Washington (November)
    "EPC": {2023: 2, 2024: 2, 2025: 2},  # a spring and an autumn summit
    "NORMANDY": {2014: 2, 2015: 2},  # Benouville (D-Day) and Milan (beside ASEM); Minsk and Paris
}
# ASEAN has met twice a year since 2009; in these years the two numbered summits were held back to
# back as one meeting, which is one row whose name says so ("28th and 29th ASEAN Summits").
ASEAN_COMBINED_YEARS = {2016, 2021, 2022, 2024}

# Known facts; each one is a (series, year, start, end, city) that must be present exactly.
SPOT_CHECKS = [
    ("G20", 2019, "2019-06-28", "2019-06-29", "Osaka"),
    ("G20", 2018, "2018-11-30", "2018-12-01", "Buenos Aires"),
    ("APEC", 2016, "2016-11-19", "2016-11-20", "Lima"),
    ("APEC", 2018, "2018-11-17", "2018-11-18", "Port Moresby"),
    ("EAS", 2018, "2018-11-15", "2018-11-15", "Singapore"),
    ("ASEAN", 2018, "2018-11-11", "2018-11-15", "Singapore"),
    ("EEF", 2016, "2016-09-02", "2016-09-03", "Vladivostok"),
    ("G7", 2014, "2014-06-04", "2014-06-05", "Brussels"),
    ("NATO", 2009, "2009-04-03", "2009-04-04", "Strasbourg"),
    ("NATO", 2022, "2022-03-24", "2022-03-24", "Brussels"),
    ("NATO", 2023, "2023-07-11", "2023-07-12", "Vilnius"),
    ("EUAU", 2022, "2022-02-17", "2022-02-18", "Brussels"),
    ("IAFS", 2015, "2015-10-29", "2015-10-29", "New Delhi"),
    ("CJK", 2019, "2019-12-24", "2019-12-24", "Chengdu"),
    ("EURU", 2008, "2008-06-26", "2008-06-27", "Khanty-Mansiysk"),
    ("EPC", 2023, "2023-10-05", "2023-10-05", "Granada"),
    ("CASPIAN", 2018, "2018-08-12", "2018-08-12", "Aktau"),
    ("NORMANDY", 2019, "2019-12-09", "2019-12-09", "Paris"),
]
SPOT_START_ONLY = [
    ("UNGA", 2015, "2015-09-28", "New York"),
]

LEVELS = {"summit", "other"}
# longest allowed span, inclusive: the UN general debate can run from a Tuesday to the Friday of the next
# week (11 days, e.g. 24 September - 4 October 2013); summits and forums are much shorter
MAX_DAYS = 12


def _read(path: Path) -> tuple[list[str], Rows]:
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        header = list(reader.fieldnames or [])
        return header, list(reader)


@pytest.fixture(scope="module")
def series_rows() -> Rows:
    return _read(SERIES_CSV)[1]


@pytest.fixture(scope="module")
def summit_rows() -> Rows:
    return _read(SUMMITS_CSV)[1]


@pytest.fixture(scope="module")
def rows_by_series(summit_rows: Rows) -> dict[str, Rows]:
    out: dict[str, Rows] = defaultdict(list)
    for row in summit_rows:
        out[row["series"]].append(row)
    return out


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _is_url(value: str) -> bool:
    return value.startswith(("https://", "http://")) and " " not in value and len(value) > len("https://x.y")


# ---------------------------------------------------------------- structure


def test_headers_exact() -> None:
    assert _read(SERIES_CSV)[0] == SERIES_HEADER
    assert _read(SUMMITS_CSV)[0] == SUMMITS_HEADER


def test_no_blank_or_padded_cells(series_rows: Rows, summit_rows: Rows) -> None:
    problems = []
    for label, rows, optional in (("series", series_rows, set()), ("summits", summit_rows, {"city"})):
        for i, row in enumerate(rows, start=2):
            for key, value in row.items():
                if value is None or key is None:
                    problems.append(f"{label} line {i}: wrong number of cells")
                elif value != value.strip():
                    problems.append(f"{label} line {i}: {key!r} has surrounding whitespace")
                elif not value and key not in optional:
                    problems.append(f"{label} line {i}: {key!r} is empty")
    assert not problems, "\n".join(problems)


def test_series_ids_unique_and_levels_valid(series_rows: Rows) -> None:
    ids = [r["series"] for r in series_rows]
    assert len(ids) == len(set(ids)), f"duplicate series ids: {ids}"
    bad = [(r["series"], r["level"]) for r in series_rows if r["level"] not in LEVELS]
    assert not bad, f"level must be one of {LEVELS}: {bad}"


def test_every_listed_series_has_a_coverage_rule(series_rows: Rows) -> None:
    ids = {r["series"] for r in series_rows}
    ruled = set(ANNUAL_COVERAGE) | set(IRREGULAR_COVERAGE)
    assert ids == ruled, f"series without a coverage rule: {ids - ruled}; rules without series: {ruled - ids}"


def test_aliases_unique_across_series(series_rows: Rows) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for row in series_rows:
        aliases = row["aliases"].split(";")
        assert all(a.strip() == a and a for a in aliases), f"{row['series']}: empty or padded alias"
        folded = [a.casefold() for a in aliases]
        assert len(folded) == len(set(folded)), f"{row['series']}: alias repeated within the series"
        for alias in folded:
            if alias in owner and owner[alias] != row["series"]:
                clashes.append(f"{alias!r}: {owner[alias]} and {row['series']}")
            owner[alias] = row["series"]
    assert not clashes, "aliases claimed by more than one series:\n" + "\n".join(clashes)


def test_sources_are_urls(series_rows: Rows, summit_rows: Rows) -> None:
    bad = [r["source"] for r in series_rows + summit_rows if not _is_url(r["source"])]
    assert not bad, f"sources must be http(s) URLs: {bad[:10]}"


def test_every_summit_series_is_listed(series_rows: Rows, summit_rows: Rows) -> None:
    listed = {r["series"] for r in series_rows}
    unknown = sorted({r["series"] for r in summit_rows} - listed)
    assert not unknown, f"series used in summits.csv but not in summit_series.csv: {unknown}"


def test_every_listed_series_has_rows(series_rows: Rows, rows_by_series: dict) -> None:
    empty = [r["series"] for r in series_rows if not rows_by_series.get(r["series"])]
    assert not empty, f"series with no meetings: {empty}"


# ---------------------------------------------------------------- dates


def test_dates_parse_and_are_consistent(summit_rows: Rows) -> None:
    problems = []
    for row in summit_rows:
        label = f"{row['series']} {row['name']}"
        try:
            start, end = _date(row["start"]), _date(row["end"])
        except ValueError as exc:
            problems.append(f"{label}: {exc}")
            continue
        if len(row["start"]) != 10 or len(row["end"]) != 10:
            problems.append(f"{label}: dates must be YYYY-MM-DD")
        if start > end:
            problems.append(f"{label}: start {start} after end {end}")
        if (end - start).days + 1 > MAX_DAYS:
            problems.append(f"{label}: lasts {(end - start).days + 1} days")
        if not row["year"].isdigit() or int(row["year"]) != start.year:
            problems.append(f"{label}: year {row['year']!r} is not the start year {start.year}")
        if not FIRST_YEAR <= start.year <= LAST_YEAR:
            problems.append(f"{label}: {start.year} outside {FIRST_YEAR}-{LAST_YEAR}")
    assert not problems, "\n".join(problems)


def test_no_overlapping_meetings_within_a_series(rows_by_series: dict) -> None:
    problems = []
    for series, rows in rows_by_series.items():
        spans = sorted((_date(r["start"]), _date(r["end"]), r["name"]) for r in rows)
        for (s1, e1, n1), (s2, e2, n2) in zip(spans, spans[1:], strict=False):
            if s2 <= e1:
                problems.append(f"{series}: {n1} ({s1}..{e1}) overlaps {n2} ({s2}..{e2})")
    assert not problems, "\n".join(problems)


def test_names_unique(summit_rows: Rows) -> None:
    seen: dict[str, int] = defaultdict(int)
    for row in summit_rows:
        seen[row["name"]] += 1
    assert not [n for n, c in seen.items() if c > 1], "duplicate meeting names"


def test_blank_city_only_for_virtual_meetings(summit_rows: Rows) -> None:
    problems = []
    for row in summit_rows:
        virtual = "virtual" in row["name"].casefold()
        if virtual != (row["city"] == ""):
            problems.append(f"{row['name']}: city={row['city']!r} but virtual={virtual}")
        if virtual and int(row["year"]) not in (2020, 2021, 2022, 2023):
            problems.append(f"{row['name']}: virtual meeting outside the pandemic years")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- coverage


def _years(rows: Rows) -> dict[int, int]:
    counts: dict[int, int] = defaultdict(int)
    for row in rows:
        counts[int(row["year"])] += 1
    return counts


@pytest.mark.parametrize("series", sorted(ANNUAL_COVERAGE))
def test_annual_series_cover_every_year(series: str, rows_by_series: dict) -> None:
    first, exceptions = ANNUAL_COVERAGE[series]
    counts = _years(rows_by_series.get(series, []))
    expected = {y for y in range(first, LAST_YEAR + 1) if y not in exceptions}
    missing = sorted(expected - set(counts))
    assert not missing, f"{series}: no meeting in {missing}"
    stale = sorted(y for y in exceptions if y in counts)
    assert not stale, f"{series}: {stale} listed as exceptions but rows exist; drop the exception"
    early = sorted(y for y in counts if y < first)
    assert not early, f"{series}: rows before the first covered year {first}: {early}"


@pytest.mark.parametrize("series", sorted(IRREGULAR_COVERAGE))
def test_irregular_series_cover_their_years(series: str, rows_by_series: dict) -> None:
    assert set(_years(rows_by_series.get(series, []))) == IRREGULAR_COVERAGE[series]


@pytest.mark.parametrize("series", sorted(ANNUAL_COVERAGE) + sorted(IRREGULAR_COVERAGE))
def test_meetings_per_year(series: str, rows_by_series: dict) -> None:
    counts = _years(rows_by_series.get(series, []))
    multiple = MULTIPLE_MEETINGS.get(series, {})
    wrong = {y: c for y, c in counts.items() if c != multiple.get(y, 1)}
    assert not wrong, f"{series}: unexpected number of meetings per year {wrong} (expected {multiple} else 1)"


def test_asean_meets_twice_a_year_since_2009(rows_by_series: dict) -> None:
    rows = rows_by_series["ASEAN"]
    problems = []
    for year in range(2009, LAST_YEAR + 1):
        names = [r["name"] for r in rows if int(r["year"]) == year]
        combined = [n for n in names if " and " in n]
        if year in ASEAN_COMBINED_YEARS:
            if len(names) != 1 or len(combined) != 1:
                problems.append(f"{year}: expected one combined row, got {names}")
        elif len(names) != 2 or combined:
            problems.append(f"{year}: expected two separate summits, got {names}")
    assert not problems, "\n".join(problems)


def test_g7_row_for_2014_is_the_brussels_g7_not_sochi(rows_by_series: dict) -> None:
    rows = [r for r in rows_by_series["G7"] if r["year"] == "2014"]
    assert [(r["city"], r["country"]) for r in rows] == [("Brussels", "Belgium")]
    assert "G7" in rows[0]["name"] and "G8" not in rows[0]["name"]
    assert all("Russia" != r["country"] for r in rows_by_series["G7"] if int(r["year"]) >= 2014)


# ---------------------------------------------------------------- known facts


@pytest.mark.parametrize(("series", "year", "start", "end", "city"), SPOT_CHECKS)
def test_spot_checks(series: str, year: int, start: str, end: str, city: str, rows_by_series: dict) -> None:
    found = [(r["start"], r["end"], r["city"]) for r in rows_by_series[series] if int(r["year"]) == year]
    assert (start, end, city) in found, f"{series} {year}: expected {start}..{end} {city}, have {found}"


@pytest.mark.parametrize(("series", "year", "start", "city"), SPOT_START_ONLY)
def test_spot_check_starts(series: str, year: int, start: str, city: str, rows_by_series: dict) -> None:
    found = [(r["start"], r["city"]) for r in rows_by_series[series] if int(r["year"]) == year]
    assert (start, city) in found, f"{series} {year}: expected start {start} in {city}, have {found}"


def test_unga_is_in_new_york_in_september_except_2001(rows_by_series: dict) -> None:
    problems = []
    for row in rows_by_series["UNGA"]:
        start = _date(row["start"])
        if row["city"] not in ("New York", ""):
            problems.append(f"{row['name']}: city {row['city']!r}")
        # 2001: general debate postponed to 10-16 November after the 11 September attacks
        expected_month = 11 if start.year == 2001 else 9
        if start.month != expected_month:
            problems.append(f"{row['name']}: starts {start}")
    assert not problems, "\n".join(problems)


def test_msc_is_in_munich_around_february(rows_by_series: dict) -> None:
    bad = [
        r["name"]
        for r in rows_by_series["MSC"]
        if r["city"] not in ("Munich", "") or _date(r["start"]).month not in (1, 2)
    ]
    assert not bad, f"Munich Security Conference rows outside Munich/February: {bad}"


def test_eef_is_in_vladivostok_in_september(rows_by_series: dict) -> None:
    bad = [
        r["name"] for r in rows_by_series["EEF"] if r["city"] != "Vladivostok" or _date(r["start"]).month != 9
    ]
    assert not bad, f"Eastern Economic Forum rows outside Vladivostok/September: {bad}"


def test_shangri_la_dialogue_is_in_singapore_friday_to_sunday(rows_by_series: dict) -> None:
    bad = [r["name"] for r in rows_by_series["SLD"] if r["city"] != "Singapore" or _date(r["start"]).weekday() != 4
           or (_date(r["end"]) - _date(r["start"])).days != 2]
    assert not bad, f"Shangri-La Dialogue rows not in Singapore from a Friday to the Sunday: {bad}"


def test_an_alias_naming_two_countries_is_not_taken_by_a_series_of_one_of_them(series_rows: Rows) -> None:
    """Series are tried in the file's order and a series' alias matches after an en dash ("EU–CELAC summit" holds
    "CELAC summit"): a series whose alias holds another's whole alias after a dash comes before it."""
    order = {r["series"]: i for i, r in enumerate(series_rows)}
    late = []
    for row in series_rows:
        for alias in row["aliases"].split(";"):
            for other in series_rows:
                if other is row:
                    continue
                for short in other["aliases"].split(";"):
                    if alias.endswith("\u2013" + short) and order[other["series"]] < order[row["series"]]:
                        late.append(f"{alias!r} ({row['series']}) after {short!r} ({other['series']})")
    assert not late, "\n".join(late)
