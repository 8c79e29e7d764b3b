"""Filtering merged events by actor, years, type, status and words."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.schema import to_frame
from timeline.events import prepare
from timeline.filters import FilterState, actor_counts, filter_events, mask, source_rows, year_bounds
from timeline.synthetic import sample_event, synthetic_corpus


@pytest.fixture(scope="module")
def prep():
    return prepare(to_frame([
        sample_event("abe-putin-2019", "a.txt"),  # summit, held, 2019-01-22, Japan/Russia
        sample_event("abe-putin-2019", "b.txt", evidence="The leaders met in Moscow to discuss a peace treaty."),
        sample_event("lavrov-kono", "a.txt", type="ministerial", date="2018-11", date_precision="month",
                     date_start="2018-11-01", date_end="2018-11-30", participants=["Sergey Lavrov", "Taro Kono"],
                     evidence="Foreign ministers Lavrov and Kono will meet in November.", status="planned"),
        sample_event("xi-abe", "c.txt", type="summit", date="2016", date_precision="year",
                     date_start="2016-01-01", date_end="2017-12-31",  # a span crossing years
                     participants=["Xi Jinping", "Shinzo Abe"], countries=["China", "Japan"],
                     evidence="Xi and Abe met on the sidelines."),
        sample_event("undated", "c.txt", type="working_level", date=None, date_precision="none",
                     date_start=None, date_end=None, participants=[], countries=["Japan", "South Korea"],
                     evidence="Officials of Japan and South Korea will hold talks."),
    ]))


def ids(prep, state):
    return sorted(filter_events(prep, state)["event_id"])


ALL = ["abe-putin-2019", "lavrov-kono", "undated", "xi-abe"]


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (FilterState(), ALL),
        (FilterState(actors=("Vladimir Putin",)), ["abe-putin-2019"]),
        (FilterState(actors=("Shinzo Abe",)), ["abe-putin-2019", "xi-abe"]),
        (FilterState(actors=("Russia",)), ["abe-putin-2019", "lavrov-kono"]),
        (FilterState(actors=("China", "Russia")), ["abe-putin-2019", "lavrov-kono", "xi-abe"]),
        (FilterState(actors=("China", "Russia"), actor_mode="all"), []),
        (FilterState(actors=("Japan", "Russia"), actor_mode="all"), ["abe-putin-2019", "lavrov-kono"]),
        (FilterState(actors=("Nobody",)), []),
        # years: spans overlapping the range match; undated events are kept unless asked otherwise
        (FilterState(years=(2019, 2019)), ["abe-putin-2019", "undated"]),
        (FilterState(years=(2017, 2017)), ["undated", "xi-abe"]),
        (FilterState(years=(2017, 2017), undated=False), ["xi-abe"]),
        (FilterState(years=(2010, 2015)), ["undated"]),
        (FilterState(types=("ministerial",)), ["lavrov-kono"]),
        (FilterState(types=("summit", "working_level")), ["abe-putin-2019", "undated", "xi-abe"]),
        (FilterState(statuses=("planned",)), ["lavrov-kono"]),
        (FilterState(statuses=("held",)), ["abe-putin-2019", "undated", "xi-abe"]),
        # words: case-insensitive, literal (no regex), in any source's evidence
        (FilterState(text="PEACE TREATY"), ["abe-putin-2019"]),
        (FilterState(text="  november "), ["lavrov-kono"]),
        (FilterState(text="(.*)"), []),
        (FilterState(text="met", types=("summit",), years=(2016, 2016)), ["xi-abe"]),
        (FilterState(undated=False), ["abe-putin-2019", "lavrov-kono", "xi-abe"]),
    ],
)
def test_filters(prep, state, expected):
    assert ids(prep, state) == expected


def test_actor_counts_count_events_not_rows(prep):
    counts = {a.name: (a.kind, a.events) for a in actor_counts(prep)}
    assert counts["Shinzo Abe"] == ("person", 2)  # abe-putin-2019 has two source rows but is one event
    assert counts["Japan"] == ("country", 4)
    assert actor_counts(prep)[0].name == "Japan"  # most frequent first


def test_year_bounds_cover_spans(prep):
    assert year_bounds(prep) == (2016, 2019)


def test_source_rows_returns_every_source(prep):
    shown = filter_events(prep, FilterState(actors=("Vladimir Putin",)))
    rows = source_rows(prep, shown)
    assert sorted(rows["article"]) == ["a.txt", "b.txt"]


@settings(max_examples=60, deadline=None)
@given(
    actors=st.lists(st.sampled_from(["Shinzo Abe", "Vladimir Putin", "Japan", "China", "Wang Yi"]), max_size=3),
    y0=st.integers(2010, 2022), span=st.integers(0, 5),
    types=st.lists(st.sampled_from(["summit", "ministerial", "other"]), max_size=2),
    text=st.sampled_from(["", "meeting", "Sochi", "zzz"]),
)
def test_filter_matches_brute_force(actors, y0, span, types, text):
    events, _ = synthetic_corpus(120, seed=7)
    prep = prepare(events)
    state = FilterState(actors=tuple(actors), years=(y0, y0 + span), types=tuple(types), text=text)
    got = set(prep.merged[mask(prep, state)]["event_id"])
    want = set()
    for _, e in prep.merged.iterrows():
        people = set(e["participants"]) | set(e["countries"])
        if actors and not people & set(actors):
            continue
        if bool(e["dated"]) and not (e["year_end"] >= y0 and e["year_start"] <= y0 + span):
            continue
        if types and e["type"] not in types:
            continue
        if text and text.lower() not in e["search"]:
            continue
        want.add(e["event_id"])
    assert got == want


def test_year_range_ends_on_the_old_bounds_follow_the_data():
    from timeline.filters import follow_bounds

    assert follow_bounds((2013, 2016), (2013, 2016), (2013, 2023)) == (2013, 2023)
    assert follow_bounds((2014, 2016), (2013, 2016), (2010, 2023)) == (2014, 2023)
    assert follow_bounds((2014, 2015), (2013, 2016), (2013, 2023)) == (2014, 2015)
    assert follow_bounds((2014, 2015), (2013, 2016), (2016, 2023)) == (2016, 2016)
    assert follow_bounds(None, None, (2013, 2023)) == (2013, 2023)


def test_search_exact_before_close():
    from timeline.search import text_mask

    search = pd.Series(["shinzo abe vladimir putin\njapan russia\nsochi\nabe met putin.",
                        "narendra modi shinzo abe\nindia japan\ntokyo\nthe summit in tokyo.",
                        "kim jong un\nnorth korea\nsingapore\nkim and trump met."])
    assert text_mask(search, "Putin")[0].tolist() == [True, False, False]
    assert text_mask(search, "abe TOKYO")[0].tolist() == [False, True, False]  # every word, any case
    found, how = text_mask(search, "Kim")
    assert how == "exact" and found.tolist() == [False, False, True]
    found, how = text_mask(search, "Singapur")
    assert how == "close" and found.tolist() == [False, False, True]
    found, how = text_mask(search, "Xi")  # too short to be a misspelling of anything
    assert how == "none" and not found.any()
    assert text_mask(search, "  ")[1] == "all"


def test_article_filter_keeps_the_events_of_one_article():
    events = [sample_event("e1", article="a.txt"), sample_event("e2", article="b.txt"),
              sample_event("e1", article="b.txt")]
    prep = prepare(to_frame(events))
    assert set(filter_events(prep, FilterState(article="b.txt"))["event_id"]) == {"e1", "e2"}
    assert set(filter_events(prep, FilterState(article="a.txt"))["event_id"]) == {"e1"}
    assert filter_events(prep, FilterState(article="none.txt")).empty
