"""The review's pure parts: which sources disagree, the "to review" order and progress, the pickers' dates,
what an edit changes, and the marks of corrected and checked events on the timeline."""

from __future__ import annotations

import datetime

from loaders.schema import Event, to_frame
from timeline.events import prepare
from timeline.figures import timeline_figure
from timeline.review import changes, date_parts, date_value, disagreements, flags, readings, review_order


def _ev(article, eid, date, **kw):
    precision = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), "none")
    return Event(article, eid, kw.pop("type", "summit"), kw.pop("status", "held"), date, date_precision=precision,
                 date_confidence=kw.pop("conf", 0.9), evidence=f"{eid} in {article}", **kw)


def _prep():
    return prepare(to_frame([
        _ev("a.txt", "agree", "2016-09-02", location="Vladivostok"),
        _ev("b.txt", "agree", "2016-09", location="vladivostok", status="planned"),
        _ev("a.txt", "apart", "2016-05-06", location="Sochi"),
        _ev("c.txt", "apart", "2016-05-07", location="Sochi", article_date="2016-05-07"),
        _ev("a.txt", "undated", None),
        _ev("b.txt", "open", "2015", type="other", corrected=True),
        _ev("c.txt", "fine", "2014-11-10", checked=True),
    ]))


def test_sources_disagree():
    prep = _prep()
    code = prep.code_of
    assert disagreements(readings(prep, code("agree"))) == ["status"]  # a month and a day in it agree
    assert disagreements(readings(prep, code("apart"))) == ["date"]
    f = flags(prep)
    assert [prep.event_ids[c] for c in range(len(prep.merged)) if f.disagree[c]] == ["apart"]


def test_review_order_and_progress():
    prep = _prep()
    f = flags(prep)
    order = [prep.event_ids[c] for c in review_order(f)]
    assert order[0] == "undated" and order[-1] == "fine"
    assert order.index("apart") < order.index("agree") and order.index("open") < order.index("agree")
    assert f.reasons[prep.code_of("open")] == ["type left open", "vague date (year)"]
    assert f.progress() == (1, 5)
    assert f.corrected.tolist() == [c == prep.code_of("open") for c in range(5)]


def test_pickers_and_changes():
    assert date_value("day", day=datetime.date(2019, 1, 22)) == "2019-01-22"
    assert date_value("month", year=2016, month=9) == "2016-09"
    assert date_value("year", year=2016) == "2016" and date_value("no date", year=2016) is None
    assert date_parts("2016-09") == ("month", 2016, 9, None)
    assert date_parts(None) == ("no date", None, None, None)
    current = {"date": "2016-09", "countries": ["Russia", "Japan"], "location": None, "participants": ["A"]}
    assert changes(current, {"date": "2016-09", "countries": ["Japan", "Russia"], "location": "",
                             "participants": ["A", "B"]}) == {"participants": ["A", "B"]}


def test_marks_on_the_timeline():
    from timeline.review import mark_figure

    prep = _prep()
    merged = prep.merged[prep.merged["dated"]]
    fig = mark_figure(timeline_figure(merged), flags(prep))
    names = {t.name: t for t in fig.data}
    corrected, checked = names["corrected by an analyst"], names["checked"]
    assert list(corrected.customdata) == [prep.code_of("open")]
    assert list(checked.customdata) == [prep.code_of("fine")]
    assert str(checked.x[0])[:10] == "2014-11-10"
    assert str(corrected.x[0])[:4] == "2015"  # the middle of a year-long span


def test_the_review_tells_each_sources_people_and_who_was_inferred():
    from timeline.review import event_row, inferred_note

    why = "President of Russia on 2016-05-06: the article names Russia, not who represented it; data/people.csv line 19"
    prep = prepare(to_frame([
        _ev("a.txt", "sochi", "2016-05-06", participants=["Shinzo Abe"], inferred_participants=["Vladimir Putin"],
            inferred_reasons=[why]),
        _ev("b.txt", "sochi", "2016-05-06", participants=["Shinzo Abe", "Sergey Lavrov"]),
        _ev("c.txt", "named", "2016-05-07", participants=["Shinzo Abe", "Vladimir Putin"]),
    ]))
    assert readings(prep, prep.code_of("sochi"))["people"].tolist() == [
        "Shinzo Abe, Vladimir Putin (inferred)", "Shinzo Abe, Sergey Lavrov"]
    assert inferred_note(event_row(prep, prep.code_of("sochi"))) == (
        "Inferred from the people data, not named in the article: Vladimir Putin (President of Russia on 2016-05-06). "
        "Add them to Participants to confirm them as named.")
    assert inferred_note(event_row(prep, prep.code_of("named"))) == ""
