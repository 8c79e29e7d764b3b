"""CSV, JSON and TimelineJS3 exports."""

from __future__ import annotations

import io
import json

import pandas as pd

from loaders.schema import COLUMNS, from_record, to_frame
from timeline.events import prepare
from timeline.exports import records, timelinejs, to_csv, to_json, to_timelinejs
from timeline.synthetic import sample_event


def _prep():
    return prepare(to_frame([
        sample_event("day", "a.txt", evidence="=HYPERLINK(\"http://evil\")"),
        sample_event("day", "b.txt"),
        sample_event("month", "a.txt", type="ministerial", date="2016-11", date_precision="month",
                     date_text="November", date_start="2016-11-01", date_end="2016-11-30", status="planned",
                     participants=["<b>Lavrov</b>"], location=None),
        sample_event("nodate", "c.txt", date=None, date_precision="none", date_start=None, date_end=None),
    ]))


def test_json_round_trips_through_the_schema():
    prep = _prep()
    data = json.loads(to_json(prep.rows))
    assert len(data) == 4 and list(data[0]) == list(COLUMNS)
    events = [from_record(r) for r in data]
    assert events[2].participants == ["<b>Lavrov</b>"] and events[3].date is None
    assert records(prep.rows)[0]["evidence_spans"] == [[0, 14]]


def test_csv_has_schema_columns_and_defuses_formulas():
    prep = _prep()
    frame = pd.read_csv(io.StringIO(to_csv(prep.rows)))
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 4
    assert frame.loc[0, "evidence"].startswith("'=")
    assert json.loads(frame.loc[0, "participants"]) == ["Shinzo Abe", "Vladimir Putin"]


def test_timelinejs_structure():
    prep = _prep()
    doc = json.loads(to_timelinejs(prep.merged))
    assert set(doc) == {"title", "events"}
    assert len(doc["events"]) == 2  # one per dated event, the undated one cannot be placed
    for item in doc["events"]:
        assert isinstance(item["start_date"]["year"], int)
        assert set(item["text"]) == {"headline", "text"}
        assert isinstance(item["group"], str) and item["group"]
        for key in ("month", "day"):
            if key in item["start_date"]:
                assert isinstance(item["start_date"][key], int)
    day, month = doc["events"]
    assert day["start_date"] == {"year": 2019, "month": 1, "day": 22, "display_date": day["start_date"]["display_date"]}
    assert "end_date" not in day
    assert month["start_date"]["month"] == 11 and month["end_date"] == {"year": 2016, "month": 11, "day": 30}
    assert month["start_date"]["display_date"] == "Nov 2016"
    assert month["group"] == "Ministerial"
    assert "&lt;b&gt;Lavrov" in month["text"]["headline"] and "<b>" not in month["text"]["headline"]


def test_timelinejs_empty():
    assert timelinejs(_prep().merged.iloc[0:0])["events"] == []


def test_timelinejs_credits_its_sources_and_says_dates_as_readers_do():
    """Issue 17, 16: no source link or credit; display dates in internal notation."""
    prep = _prep()
    doc = timelinejs(prep.merged, rows=prep.rows)
    day, month = doc["events"]
    assert day["start_date"]["display_date"] == "22 Jan 2019"
    assert month["start_date"]["display_date"] == "Nov 2016"
    assert "(exact day)" not in json.dumps(doc) and "“" not in json.dumps(doc)
    assert day["text"]["text"].count('<a href="https://example.org/a"') == 2  # both sources (a.txt, b.txt)
    assert "Sources: " in day["text"]["text"] and "(Example, 2019-01-30)" in day["text"]["text"]
    hostile = prepare(to_frame([sample_event(url="javascript:alert(1)", title="<script>x</script>")]))
    text = timelinejs(hostile.merged, rows=hostile.rows)["events"][0]["text"]["text"]
    assert "<a " not in text and "<script>" not in text and "&lt;script&gt;" in text


def test_display_date_of_vague_dates():
    from timeline.exports import display_date

    assert display_date("2013-09", "part_of_month", "late September") == "late September 2013"
    assert display_date("2016-09-02", "day", "September") == "2 Sep 2016"
    assert display_date("2016", "season", None) == "2016 (approximately)"
    assert display_date("2016-06", "season", "summer of 2016") == "summer of 2016"
