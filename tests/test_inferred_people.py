"""People the article does not name, filled in from the people data for a side it names only by its country ("the
Japan-Russia summit", "the prime ministers of Latvia and Estonia"): kept apart from the people it names
(Event.inferred_participants, each with why), joined on, written to every output format, and shown marked."""

from __future__ import annotations

import io
import json
from datetime import date

import pandas as pd
import pytest

from loaders import cli, settings
from loaders.corrections import apply_corrections, make_for
from loaders.schema import COLUMNS, LIST_COLUMNS, Event, from_record, inferred_label, to_frame
from tests.helpers import events_of, met
from timeline.details import event_header_html
from timeline.events import prepare
from timeline.figures import co_occurrence, event_titles, hover_texts
from timeline.filters import FilterState, actor_counts, filter_events
from timeline.synthetic import sample_event
from timeline.tables import event_table

D = date(2018, 5, 26)


@pytest.mark.parametrize("text,published,named,inferred,labels", [
    # a summit told by its countries alone: both leaders of that day are inferred, none is named
    ("The Japan-Russia summit was held in Moscow on Tuesday.", D, [], ["Shinzo Abe", "Vladimir Putin"],
     ["Prime Minister of Japan on 2018-05-22", "President of Russia on 2018-05-22"]),
    ("The prime ministers of Latvia and Estonia met in Riga on Friday.", date(2019, 5, 11), [],
     ["Krisjanis Karins", "Juri Ratas"],
     ["Prime Minister of Latvia on 2019-05-10", "Prime Minister of Estonia on 2019-05-10"]),
    # one side named, the other told by its country: only that one is inferred
    ("Japanese Prime Minister Shinzo Abe held talks with the Russian president in Moscow on Tuesday.", D,
     ["Shinzo Abe"], ["Vladimir Putin"], ["President of Russia on 2018-05-22"]),
    # both named: nothing is inferred
    ("Abe met Putin in Moscow on Tuesday.", D, ["Shinzo Abe", "Vladimir Putin"], [], []),
    # the office holder the article names elsewhere is named, though not at the meeting's words
    ("Russian Foreign Minister Sergey Lavrov and Japanese Foreign Minister Taro Kono prepared for the summit of "
     "their leaders on Jan. 22 in Moscow. Putin is expected to visit Japan in June for the Group of 20 summit in "
     "Osaka.", None,
     ["Vladimir Putin"], ["Shinzo Abe"], ["Prime Minister of Japan on 2019-01-22"]),
])
def test_a_side_told_by_its_country_alone_is_inferred_not_named(text, published, named, inferred, labels):
    ev = next(e for e in events_of(text, published=published) if e.type == "summit" and met(e))
    assert sorted(ev.participants) == sorted(named)
    assert ev.inferred_participants == inferred
    assert [inferred_label(r) for r in ev.inferred_reasons] == labels


def test_the_reason_names_the_people_data_row_it_comes_from():
    ev = events_of("The Japan-Russia summit was held in Moscow on Tuesday.", published=D)[0]
    lines = settings.PEOPLE_FILE.read_text(encoding="utf-8").splitlines()
    for name, why in zip(ev.inferred_participants, ev.inferred_reasons, strict=True):
        assert "the article names" in why and "https://" in why
        line = int(why.split("data/people.csv line ")[1].split(":")[0])
        assert lines[line - 1].startswith(name + ",")


def test_inferred_people_join_meetings_across_articles():
    """One article names no one ("the Japan-Russia summit"), the other both leaders: one event_id."""
    evs = events_of("The Japan-Russia summit was held in Moscow on Tuesday, May 22.",
                    "Abe met Putin in Moscow on May 22.", published=D)
    assert len({e.event_id for e in evs}) == 1
    assert [(e.participants, e.inferred_participants) for e in evs] == [
        ([], ["Shinzo Abe", "Vladimir Putin"]), (["Shinzo Abe", "Vladimir Putin"], [])]


WHY = ("President of Russia on 2019-01-22: the article names Russia, not who represented it; data/people.csv "
       "line 19: President from 2012-05-07, in office; https://en.wikipedia.org/wiki/President_of_Russia")


def _inferred_event(event_id: str = "e1", article: str = "a.txt", **kw: object) -> Event:
    return sample_event(event_id, article, **{"participants": ["Shinzo Abe"],
                                              "inferred_participants": ["Vladimir Putin"],
                                              "inferred_reasons": [WHY], **kw})


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_every_output_format_keeps_both_lists(tmp_path, suffix):
    ev = _inferred_event()
    out = tmp_path / f"events{suffix}"
    cli.write(to_frame([ev]), out)
    if suffix == ".jsonl":
        frame = pd.read_json(out, lines=True, dtype=False)
    elif suffix == ".csv":
        frame = pd.read_csv(out)
        for c in LIST_COLUMNS:
            frame[c] = frame[c].map(json.loads)
    else:
        frame = pd.read_parquet(out)
    assert list(frame.columns) == list(COLUMNS)
    back = from_record(frame.iloc[0].to_dict())
    assert (back.participants, back.inferred_participants, back.inferred_reasons) == (
        ["Shinzo Abe"], ["Vladimir Putin"], [WHY])


def test_the_cli_writes_inferred_people(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("MOSCOW, May 22, 2018 -\nThe Japan-Russia summit was held in Moscow on Tuesday.\n",
                                  encoding="utf-8")
    out = tmp_path / "events.csv"
    assert cli.main(["extract", str(folder), "--out", str(out), "--no-cache", "--quiet"]) == 0
    frame = pd.read_csv(out)
    assert json.loads(frame.loc[0, "participants"]) == []
    assert json.loads(frame.loc[0, "inferred_participants"]) == ["Shinzo Abe", "Vladimir Putin"]
    assert len(json.loads(frame.loc[0, "inferred_reasons"])) == 2


@pytest.fixture()
def prep():
    return prepare(to_frame([
        _inferred_event("e1", "a.txt"),
        sample_event("e2", "b.txt", participants=["Xi Jinping"], countries=["China", "Japan"],
                     inferred_participants=["Shinzo Abe"],
                     inferred_reasons=["Prime Minister of Japan on 2019-01-22: x"]),
    ]))


def test_the_dashboard_marks_inferred_people(prep):
    header = event_header_html(prep, 0)
    assert "Shinzo Abe, Vladimir Putin (inferred: President of Russia on 2019-01-22)" in header
    assert "Inferred, not named in the article:</span> Vladimir Putin, President of Russia on 2019-01-22" in header
    assert "data/people.csv line 19" in header
    assert "Vladimir Putin (inferred)" in hover_texts(prep.merged)[0]
    assert "Vladimir Putin (inferred)" in event_titles(prep.merged)[0]
    assert event_table(prep.merged)["participants"].tolist()[0] == "Shinzo Abe, Vladimir Putin (inferred)"


def test_the_actor_filter_finds_inferred_people(prep):
    counts = {a.name: (a.kind, a.events) for a in actor_counts(prep)}
    assert counts["Vladimir Putin"] == ("person", 1)
    assert counts["Shinzo Abe"] == ("person", 2)  # named in one, inferred in the other
    assert filter_events(prep, FilterState(actors=("Vladimir Putin",)))["event_id"].tolist() == ["e1"]
    assert filter_events(prep, FilterState(text="vladimir"))["event_id"].tolist() == ["e1"]  # the search box too
    assert co_occurrence(prep.merged, kind="person").loc["Shinzo Abe", "Vladimir Putin"] == 1


def test_a_person_one_source_names_is_named_in_the_merged_event():
    prep = prepare(to_frame([
        _inferred_event("e1", "a.txt"),
        sample_event("e1", "b.txt", participants=["Vladimir Putin"], inferred_participants=["Shinzo Abe"],
                     inferred_reasons=["Prime Minister of Japan on 2019-01-22: x"]),
    ]))
    row = prep.merged.iloc[0]
    assert sorted(row["participants"]) == ["Shinzo Abe", "Vladimir Putin"]
    assert list(row["inferred_participants"]) == [] and list(row["inferred_reasons"]) == []


def test_a_saved_table_without_the_inferred_columns_still_loads():
    frame = to_frame([sample_event()]).drop(columns=["inferred_participants", "inferred_reasons"])
    prep = prepare(frame)
    assert list(prep.merged.iloc[0]["inferred_participants"]) == []
    assert "Inferred" not in event_header_html(prep, 0)


def test_an_analyst_who_lists_an_inferred_person_names_him():
    ev = _inferred_event()
    text = "Abe met Putin."
    fix = make_for(ev, "participants", ["Shinzo Abe", "Vladimir Putin"])
    row = apply_corrections([ev], {"a.txt": text}, [fix]).events[0]
    assert (row.participants, row.inferred_participants, row.inferred_reasons) == (
        ["Shinzo Abe", "Vladimir Putin"], [], [])
    assert json.loads(row.original)["inferred_participants"] == ["Vladimir Putin"]


def test_csv_export_of_the_dashboard_keeps_the_lists(prep):
    from timeline.exports import to_csv

    frame = pd.read_csv(io.StringIO(to_csv(prep.rows)))
    assert json.loads(frame.loc[0, "inferred_participants"]) == ["Vladimir Putin"]
    assert json.loads(frame.loc[0, "inferred_reasons"]) == [WHY]
