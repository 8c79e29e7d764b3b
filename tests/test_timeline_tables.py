"""The events table: in time order, undated last, and a date column that sorts as dates, not as text."""

from __future__ import annotations

import pandas as pd

from loaders.schema import to_frame
from timeline.events import prepare
from timeline.synthetic import sample_event
from timeline.tables import event_table, time_order


def test_table_is_in_time_order_with_undated_last_and_real_dates():
    events = [
        sample_event("undated", date=None, date_precision="none", date_start=None, date_end=None, date_text=None),
        sample_event("sep", date="2018-09-10", date_start="2018-09-10", date_end="2018-09-10"),
        sample_event("jun", date="2018-06-12", date_start="2018-06-12", date_end="2018-06-12"),
        sample_event("year", date="2017", date_precision="year", date_start=None, date_end=None, date_text="2017"),
    ]
    prep = prepare(to_frame(events))
    table = event_table(time_order(prep.merged))
    assert list(table["event_id"]) == ["year", "jun", "sep", "undated"]
    assert list(table["as read"]) == ["2017 (year) “2017”", "12 Jun 2018 (exact day)", "10 Sep 2018 (exact day)",
                                      "no date"]
    # "10 Sep 2018" sorted as text comes before "12 Jun 2018"; as a date it comes after
    assert pd.api.types.is_datetime64_any_dtype(table["date"])
    assert table.sort_values("date")["event_id"].tolist()[:3] == ["year", "jun", "sep"]
    assert table["date"].isna().tolist() == [False, False, False, True]


def test_undated_rows_show_their_article_and_sentence():
    """Issue 17, 12: three identical "Summit · China & Japan" rows, names cut, the article hidden."""
    from timeline.figures import event_titles
    from timeline.tables import undated_table

    events = [sample_event(f"u{i}", article=f"{i}.txt", date=None, date_precision="none", date_start=None,
                           date_end=None, participants=[], countries=["China", "Japan"], location=None,
                           evidence=f"Sentence {i} " + "word " * (60 if i == 2 else 3))
              for i in range(3)]
    undated = prepare(to_frame(events)).merged
    table = undated_table(undated, event_titles(undated))
    assert list(table.columns) == ["event", "article", "read from"]
    assert list(table["article"]) == ["0.txt", "1.txt", "2.txt"]
    assert table["event"].nunique() == 1 and table["read from"].nunique() == 3
    assert table["read from"][2].endswith("…") and len(table["read from"][2]) <= 160
