"""Calendar arithmetic: the span of a spec in a year, computed directly, is the span of its written value."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.timex.calendar import resolve, span_in, span_of, with_year
from loaders.timex.model import DateSpec

SPECS = st.builds(
    DateSpec,
    year=st.one_of(st.none(), st.integers(1, 2100)),
    month=st.one_of(st.none(), st.integers(-1, 14)),
    day=st.one_of(st.none(), st.integers(0, 32)),
    weekday=st.one_of(st.none(), st.integers(0, 6)),
    part=st.sampled_from([None, "early", "mid", "late", "end", "H1", "H2"]),
    season=st.sampled_from([None, "SP", "SU", "FA", "WI", "XX"]),
    quarter=st.one_of(st.none(), st.integers(0, 5)),
    rel_unit=st.sampled_from([None, "day", "week", "weekend", "month", "quarter", "year", "decade"]),
    rel_offset=st.sampled_from([None, -1, 0, 1]),
    ref=st.sampled_from([None, None, None, "PAST_REF"]),
)


@settings(max_examples=2000)
@given(SPECS, st.integers(-2, 10001))
def test_span_in_a_year_is_the_span_of_the_value_in_that_year(spec: DateSpec, year: int) -> None:
    assert span_in(spec, year) == span_of(spec, with_year(spec, year))


def test_span_in_examples() -> None:
    from datetime import date

    assert span_in(DateSpec(month=9, part="late"), 2016) == (date(2016, 9, 21), date(2016, 9, 30))
    assert span_in(DateSpec(season="WI"), 2016) == (date(2016, 12, 1), date(2017, 2, 28))
    assert span_in(DateSpec(month=2, day=29), 2017) is None
    assert span_in(DateSpec(month=1, day=1, part="early"), 1) == (date(1, 1, 1), date(1, 1, 1))  # no thirds of a day


@pytest.mark.parametrize(("spec", "anchor", "direction", "value"), [
    # a day told in the past tense a day or two after the page's date is that year's, not a year back ("Moscow was the
    # first to announce Putin's meeting with Erdogan in Astana on October 13", a page of October 12)
    (DateSpec(month=10, day=13), "2022-10-12", -1, "2022-10-13"),
    (DateSpec(month=10, day=14), "2022-10-12", -1, "2022-10-14"),
    # further on, a year back as before; the future and a month alone unchanged
    (DateSpec(month=10, day=15), "2022-10-12", -1, "2021-10-15"),
    (DateSpec(month=10, day=11), "2022-10-12", 1, "2023-10-11"),
    (DateSpec(month=11), "2022-10-12", -1, "2021-11"),
])
def test_a_day_just_after_the_anchor_in_the_past_tense(spec: DateSpec, anchor: str, direction: int,
                                                         value: str) -> None:
    from datetime import date

    assert resolve(spec, date.fromisoformat(anchor), direction) == value
