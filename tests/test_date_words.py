"""data/date_words.json, the date tagger's vocabularies: well formed, and every rule gives a real date."""

from __future__ import annotations

import json
from datetime import date

import pytest

from loaders import settings
from loaders.timex.builders import easter, named_date
from loaders.timex.lexicon import words

W = words()


def test_file_is_plain_json_with_its_keys() -> None:
    data = json.loads(settings.DATE_WORDS_FILE.read_text(encoding="utf-8"))
    for key in ("months", "weekdays", "refs", "named_days", "named_dates", "decade_words", "anaphor_determiners",
                "month_modifier_before", "not_modified_by_month"):
        assert data[key], key


@pytest.mark.parametrize("key", [k for k, v in W.items() if isinstance(v, list)])
def test_word_lists_are_lower_case_and_without_duplicates(key: str) -> None:
    values = W[key]
    assert values and len(values) == len(set(values)), key
    assert all(isinstance(v, str) and v == v.lower() for v in values), key


def test_refs_are_the_three_vague_values() -> None:
    assert set(W["refs"].values()) <= {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    assert all(k == k.lower() and k.strip() == k for k in W["refs"])


@pytest.mark.parametrize("name", list(W["named_days"]))
def test_named_day_rules_give_a_real_date(name: str) -> None:
    rule = W["named_days"][name]
    assert name[0].isupper(), "names are written with their capitals"
    if isinstance(rule, list):
        month, day = rule
        date(2000, month, day)  # a leap year: Feb. 29 would pass, no rule has it
        return
    assert isinstance(rule, dict) and len(rule) >= 1
    if "date" in rule:
        date.fromisoformat(rule["date"])
    elif "none" in rule:
        assert rule["none"] is True
    else:
        assert set(rule) in ({"easter"}, {"month", "weekday", "nth", "plus"}), rule
        key = " ".join(name.lower().replace("’", "'").split())
        for year in range(1990, 2031):
            d = named_date(key, year)
            assert d is not None and abs(d.year - year) <= 1


def test_moving_named_days_fall_on_their_weekday() -> None:
    assert [easter(y) for y in (2013, 2019, 2024)] == [date(2013, 3, 31), date(2019, 4, 21), date(2024, 3, 31)]
    assert named_date("thanksgiving", 2012) == date(2012, 11, 22)
    assert named_date("memorial day", 2016) == date(2016, 5, 30)  # the last Monday of May
    assert named_date("election day", 2020) == date(2020, 11, 3)  # the Tuesday after the first Monday
    assert named_date("good friday", 2013) == date(2013, 3, 29)
    assert named_date("cyber monday", 2013) == date(2013, 12, 2)


def test_named_dates_are_days() -> None:
    for name, value in W["named_dates"].items():
        assert any(ch.isdigit() for ch in name)
        date.fromisoformat(value)


def test_decades_and_anaphors() -> None:
    assert sorted(W["decade_words"].values()) == list(range(2, 10))
    assert set(W["anaphor_determiners"].values()) <= {-1, 0, 1}


def test_date_line_months_are_months() -> None:
    months = W["date_line_months"]
    assert months and all(k == k.lower() and 1 <= v <= 12 for k, v in months.items())
