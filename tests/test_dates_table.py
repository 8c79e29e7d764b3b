"""Table-driven tests of the date tagger (tests/date_cases.csv) and of its calendar helpers."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.dates import DateSpec, Timex, precision, resolve, span, span_of, tag, with_year

CASES = Path(__file__).with_name("date_cases.csv")


def load_cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


ROWS = load_cases()


def row_id(i: int, row: dict[str, str]) -> str:
    return f"line{i + 2}:{row['expression'] or 'no-date'}:{row['anchor'] or 'no-anchor'}"


def parse_spec(text: str) -> dict[str, object]:
    """ "month=1;day=22;year=None" -> {"month": 1, "day": 22, "year": None}."""
    out: dict[str, object] = {}
    for item in filter(None, text.split(";")):
        key, raw = item.split("=")
        out[key] = None if raw == "None" else int(raw) if raw.lstrip("-").isdigit() else raw
    return out


def anchor_of(row: dict[str, str]) -> date | None:
    return date.fromisoformat(row["anchor"]) if row["anchor"] else None


def find(found: list[Timex], expression: str) -> Timex:
    hits = [t for t in found if t.text == expression]
    assert hits, f"{expression!r} not found; found {[t.text for t in found]}"
    return hits[0]


def test_table_is_large_and_well_formed() -> None:
    assert len(ROWS) >= 200
    for row in ROWS:
        assert row["expression"] in row["text"] or not row["expression"]
        if row["anchor"]:
            date.fromisoformat(row["anchor"])


KINDS = ("anaphor", "month as a modifier", "weekday as a modifier", "decades", "seasons alone, quarters",
         "direction from the governing", "named days", "vague references")


def test_new_kinds_have_their_table() -> None:
    """The kinds of expression of news beyond TempEval-3 (rows noted "kind ..."): 150 or more, each kind well
    covered, most with an anchor."""
    kinds = [r for r in ROWS if r["note"].startswith("kind ")]
    assert len(kinds) >= 150
    for kind in KINDS:
        assert sum(r["note"].startswith(f"kind {kind}") for r in kinds) >= 6, kind
    assert sum(bool(r["anchor"]) for r in kinds) >= 100


@pytest.mark.parametrize("row", ROWS, ids=[row_id(i, r) for i, r in enumerate(ROWS)])
def test_case(row: dict[str, str]) -> None:
    text = row["text"]
    found = tag(text, anchor_of(row))
    assert all(text[t.start : t.end] == t.text for t in found)
    if not row["expression"]:
        dates = [(t.text, t.value) for t in found if t.type in ("DATE", "TIME")]
        assert not dates, f"no date expected ({row['note']}), found {dates}"
        return
    t = find(found, row["expression"])
    assert t.type == (row["type"] or "DATE")
    assert t.value == (row["value"] or None), row["note"]
    for key, expected in parse_spec(row["spec"]).items():
        assert getattr(t.spec, key) == expected, key


@pytest.mark.parametrize("row", [r for r in ROWS if r["anchor"] and r["expression"]])
def test_direction_reproduces_value(row: dict[str, str]) -> None:
    """resolve(spec, anchor, direction) gives the value tag() reported, so callers can re-resolve."""
    anchor = anchor_of(row)
    t = find(tag(row["text"], anchor), row["expression"])
    if t.type == "DATE" and t.spec != DateSpec():
        assert resolve(t.spec, anchor, t.direction) == t.value


@pytest.mark.parametrize(
    ("spec", "year", "value"),
    [
        (DateSpec(month=9, day=2), 2016, "2016-09-02"),
        (DateSpec(month=9), 2016, "2016-09"),
        (DateSpec(month=9, part="late"), 2015, "2015-09"),
        (DateSpec(season="SU"), 2016, "2016-SU"),
        (DateSpec(quarter=1), 2016, "2016-Q1"),
        (DateSpec(part="H1"), 2017, "2017-H1"),
        (DateSpec(part="end", rel_unit="year"), 2015, "2015"),
        (DateSpec(month=2, day=29), 2016, "2016-02-29"),
        (DateSpec(month=2, day=29), 2015, None),
        (DateSpec(weekday=0), 2016, None),
        (DateSpec(rel_unit="day", rel_offset=-1), 2016, None),
        (DateSpec(ref="PAST_REF"), 2016, None),
        (DateSpec(), 2016, None),
    ],
)
def test_with_year(spec: DateSpec, year: int, value: str | None) -> None:
    assert with_year(spec, year) == value


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (DateSpec(month=9, day=2), "day"),
        (DateSpec(year=2016, month=9, day=2, weekday=4), "day"),
        (DateSpec(weekday=0), "day"),
        (DateSpec(rel_unit="day", rel_offset=-1), "day"),
        (DateSpec(month=9, part="late"), "part_of_month"),
        (DateSpec(rel_unit="week", rel_offset=0), "part_of_month"),
        (DateSpec(month=9), "month"),
        (DateSpec(rel_unit="month", rel_offset=1), "month"),
        (DateSpec(season="SU", rel_offset=-1), "season"),
        (DateSpec(quarter=3, year=2015), "quarter"),
        (DateSpec(part="H1", rel_unit="year", rel_offset=1), "quarter"),
        (DateSpec(year=2015), "year"),
        (DateSpec(rel_unit="year", rel_offset=0, part="early"), "year"),
        (DateSpec(year=1990, rel_unit="decade"), "year"),
        (DateSpec(ref="PRESENT_REF"), "none"),
        (DateSpec(), "none"),
    ],
)
def test_precision(spec: DateSpec, expected: str) -> None:
    assert precision(spec) == expected


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2015-09", "2015-09-01", "2015-09-30"),
        ("2016-02", "2016-02-01", "2016-02-29"),
        ("2015", "2015-01-01", "2015-12-31"),
        ("2016-09-02", "2016-09-02", "2016-09-02"),
        ("2013-03-22TAF", "2013-03-22", "2013-03-22"),
        ("2013-W11", "2013-03-11", "2013-03-17"),
        ("2013-W12-WE", "2013-03-23", "2013-03-24"),
        ("2020-W53", "2020-12-28", "2021-01-03"),
        ("2016-SU", "2016-06-01", "2016-08-31"),
        ("2016-WI", "2016-12-01", "2017-02-28"),
        ("2015-WI", "2015-12-01", "2016-02-29"),
        ("2016-Q1", "2016-01-01", "2016-03-31"),
        ("2017-H2", "2017-07-01", "2017-12-31"),
        ("199", "1990-01-01", "1999-12-31"),
        ("19", "1900-01-01", "1999-12-31"),
    ],
)
def test_span(value: str, first: str, last: str) -> None:
    assert span(value) == (date.fromisoformat(first), date.fromisoformat(last))


@pytest.mark.parametrize("value", ["PRESENT_REF", "PAST_REF", "P19M", "2015-13", "2015-02-30", "2015-W60", "x", ""])
def test_span_of_non_dates(value: str) -> None:
    assert span(value) is None


@pytest.mark.parametrize(
    ("spec", "value", "first", "last"),
    [
        (DateSpec(month=9, part="early"), "2015-09", "2015-09-01", "2015-09-10"),
        (DateSpec(month=9, part="mid"), "2015-09", "2015-09-11", "2015-09-20"),
        (DateSpec(month=9, part="late"), "2015-09", "2015-09-21", "2015-09-30"),
        (DateSpec(month=12, part="late"), "2015-12", "2015-12-21", "2015-12-31"),
        (DateSpec(part="end", rel_unit="year"), "2016", "2016-10-01", "2016-12-31"),
        (DateSpec(month=9), "2015-09", "2015-09-01", "2015-09-30"),
        (DateSpec(part="H1"), "2017-H1", "2017-01-01", "2017-06-30"),
    ],
)
def test_span_of(spec: DateSpec, value: str, first: str, last: str) -> None:
    assert span_of(spec, value) == (date.fromisoformat(first), date.fromisoformat(last))


@pytest.mark.parametrize(
    ("spec", "anchor", "direction", "value"),
    [
        (DateSpec(month=12), date(2019, 1, 15), -1, "2018-12"),
        (DateSpec(month=12), date(2019, 1, 15), 1, "2019-12"),
        (DateSpec(month=12), date(2019, 1, 15), 0, "2019-12"),
        (DateSpec(month=1), date(2018, 12, 20), 1, "2019-01"),
        (DateSpec(month=1), date(2018, 12, 20), 0, "2018-01"),
        (DateSpec(weekday=0), date(2016, 9, 14), -1, "2016-09-12"),
        (DateSpec(weekday=0), date(2016, 9, 14), 1, "2016-09-19"),
        (DateSpec(weekday=2), date(2016, 9, 14), 1, "2016-09-14"),
        (DateSpec(season="WI"), date(2019, 1, 15), 0, "2018-WI"),
        (DateSpec(rel_unit="week", rel_offset=-2), date(2016, 9, 14), 0, "2016-W35"),
        (DateSpec(month=12), None, -1, None),
        (DateSpec(rel_unit="year", rel_offset=0), None, 0, None),
        (DateSpec(year=2015, month=10), None, 0, "2015-10"),
        (DateSpec(year=1990, rel_unit="decade"), None, 0, "199"),
        (DateSpec(ref="FUTURE_REF"), None, 0, "FUTURE_REF"),
    ],
)
def test_resolve(spec: DateSpec, anchor: date | None, direction: int, value: str | None) -> None:
    assert resolve(spec, anchor, direction) == value


def test_no_anchor_never_uses_todays_year() -> None:
    text = "They met in December, on Monday, last year and this week; the summit is on Jan. 22."
    assert [t.value for t in tag(text)] == [None] * 5


def test_offsets_in_unicode_text() -> None:
    text = "“Putin’s visit” — agreed on Sept. 2 — is set for Dec. 15 in Yamaguchi, Abe’s base."
    found = tag(text, date(2016, 9, 8))
    assert [(t.text, t.value) for t in found] == [("Sept. 2", "2016-09-02"), ("Dec. 15", "2016-12-15")]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_a_long_article() -> None:
    """A 5,000-word article is tagged whole (its speed is measured in bench/, not asserted here)."""
    words = " ".join(r["text"] for r in ROWS)
    text = (words + " ") * (5000 // len(words.split()) + 1)
    found = tag(text, date(2016, 9, 14))
    assert len(found) > 100


PIECES = [
    "Jan.",
    "May",
    "March",
    "Sept. 2",
    "15",
    "2016",
    "'98",
    "1990s",
    "-",
    ",",
    ".",
    "/",
    "Monday",
    "last",
    "next",
    "this",
    "year",
    "week",
    "ago",
    "two",
    "the",
    "end",
    "of",
    "early",
    "mid-",
    "late",
    "spring",
    "fall",
    "will",
    "met",
    "to",
    "hold",
    "in",
    "on",
    "since",
    "Q1",
    "first",
    "half",
    "quarter",
    "now",
    "today",
    "Feb. 29",
    "30",
    "0",
    "10000",
    "1/2",
    "%",
    "$",
    "“",
    "’",
    "\n",
    "G20",
    "COVID-19",
    "No.",
    "Christmas",
    "weekend",
    "until",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.sampled_from([None, date(2016, 2, 29), date(2019, 1, 1)]))
def test_random_text_never_breaks(pieces: list[str], anchor: date | None) -> None:
    text = " ".join(pieces)
    for t in tag(text, anchor):
        assert text[t.start : t.end] == t.text and t.start < t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if anchor is None and t.value and t.type == "DATE" and t.spec.year is None and not t.spec.ref:
            raise AssertionError(f"{t.text!r} valued {t.value} without an anchor")
        if t.type == "DATE" and t.value and t.value[0].isdigit() and "T" not in t.value:
            assert span(t.value) is not None, t.value


@pytest.mark.parametrize("text,anchor,told", [
    ("May will meet her Polish counterpart in London today (20 December 2018) to discuss defence.", None,
     [("today", "2018-12-20")]),
    ("The Prime Minister welcomed Mateusz Morawiecki to Downing Street today (26th November).", date(2021, 11, 27),
     [("today", "2021-11-26")]),
    ("The ministers met yesterday ( 3 March ) in Riga.", date(2020, 3, 5), [("yesterday", "2020-03-03")]),
    # square brackets, a weekday before the date (a government's readout: "today [Friday 14 June 2024]")
    ("The Prime Minister met with Joe Biden at the G7 Summit in Italy today [Friday 14 June 2024].", None,
     [("today", "2024-06-14")]),
    ("The Prime Minister met President Lula in Brasilia yesterday [12 March].", date(2024, 3, 14),
     [("yesterday", "2024-03-12")]),
    # a bracket that is no date of the day, or a date after no relative day, changes nothing
    ("The leaders met today (Monday) in Riga.", date(2020, 3, 2), [("today", "2020-03-02"), ("Monday", "2020-03-02")]),
    ("The summit (3 March) was held in Riga.", date(2020, 3, 5), [("3 March", "2020-03-03")]),
])
def test_a_relative_day_with_its_date_in_brackets_is_that_date(text: str, anchor: date | None,
                                                               told: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, anchor)] == told


@pytest.mark.parametrize("text,told", [
    # a government readout copied without its page date: the bracket tells the day and month the word points to
    ("Foreign Secretary David Lammy met Wang Yi in Beijing today (18 October).", [("today", 10, 18)]),
    ("The Prime Minister met President Lula in Brasilia yesterday [12 March].", [("yesterday", 3, 12)]),
    # a weekday in the bracket is no day of the month: both stay as told
    ("The leaders met today (Monday) in Riga.", [("today", None, None), ("Monday", None, None)]),
])
def test_without_an_anchor_the_bracket_still_tells_the_day(text: str, told: list[tuple[str, int, int]]) -> None:
    """No page date to count "today" from: the day and month in the bracket are what it says (a year comes later,
    from the people named in office), and the bracket is not told again."""
    assert [(t.text, t.spec.month, t.spec.day) for t in tag(text, None)] == told
