"""The dashboard driven headless with streamlit.testing (AppTest): filters, details, uploads, hostile text.

Two kinds of corpus: a stand-in loader with fixed, known events (exact expectations), and the real
loaders on the fixture articles (the app must show what the loaders found).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import loaders
from loaders.schema import ArticleRecord, Event, articles_frame, to_frame
from timeline.events import prepare

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "dashboard.py")
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# The stand-in loader: these sentences, wherever they occur in a .txt file, are these events.
KNOWN = {
    "Abe met Putin in Sochi on May 6.": dict(
        event_id="sochi-2016", type="summit", status="held", date="2016-05-06", date_precision="day",
        participants=["Shinzo Abe", "Vladimir Putin"], countries=["Japan", "Russia"], location="Sochi"),
    "Kishida met Lavrov in Moscow in late September.": dict(
        event_id="moscow-2013", type="ministerial", status="held", date="2013-09", date_precision="part_of_month",
        date_start="2013-09-21", date_end="2013-09-30", date_text="late September",
        participants=["Fumio Kishida", "Sergey Lavrov"], countries=["Japan", "Russia"], location="Moscow"),
    "Abe and Xi met in Beijing on Nov. 10.": dict(
        event_id="beijing-2014", type="summit", status="held", date="2014-11-10", date_precision="day",
        participants=["Shinzo Abe", "Xi Jinping"], countries=["China", "Japan"], location="Beijing"),
    "Officials will meet again someday.": dict(
        event_id="someday", type="working_level", status="planned", date=None, date_precision="none",
        participants=[], countries=["Japan", "Russia"], location=None),
    "Abe will visit Vladivostok in September.": dict(
        event_id="vladivostok-2016", type="summit", status="planned", date="2016-09", date_precision="month",
        participants=["Shinzo Abe", "Vladimir Putin"], countries=["Japan", "Russia"], location="Vladivostok"),
    "Yoon met Kishida in Tokyo on March 16.": dict(
        event_id="tokyo-2023", type="summit", status="held", date="2023-03-16", date_precision="day",
        participants=["Yoon Suk Yeol", "Fumio Kishida"], countries=["Japan", "South Korea"], location="Tokyo"),
}
ARTICLES = {
    "sochi.txt": "Japan and Russia\n\nAbe met Putin in Sochi on May 6. Abe will visit Vladivostok in September.\n\n"
                 "Officials will meet again someday.",
    "moscow.txt": "Intro.\n\nKishida met Lavrov in Moscow in late September.",
    "second_source.txt": "Recap: Abe met Putin in Sochi on May 6. <script>alert(1)</script>",
    "beijing.txt": "Abe and Xi met in Beijing on Nov. 10. [click](javascript:alert(1)) **bold**",
}


class StandIn:
    def __init__(self, events, articles):
        self.events, self.articles, self.problems = events, articles, []


def stand_in_load_corpus(folder, progress=None):
    files = sorted(p for p in Path(folder).iterdir() if p.suffix == ".txt" and not p.name.startswith("."))
    events, records, texts = [], [], []
    for n, path in enumerate(files, 1):
        text = path.read_text(encoding="utf-8")
        found = 0
        for sentence, attrs in KNOWN.items():
            at = text.find(sentence)
            if at < 0:
                continue
            found += 1
            fields = dict(date_start=None, date_end=None, date_text=None, date_reason="stated in the text",
                          date_confidence=0.9)
            fields.update(attrs)
            events.append(Event(article=path.name, evidence=sentence, evidence_start=at,
                                evidence_end=at + len(sentence), evidence_spans=[[at, at + len(sentence)]],
                                title=f"Title of {path.stem}", published="2016-05-13",
                                url=f"https://example.org/{path.stem}", **fields))
        records.append(ArticleRecord(path.name, events=found, title=f"Title of {path.stem}", chars=len(text)))
        texts.append(text)
        if progress:
            progress(n, len(files))
    arts = articles_frame(records)
    arts["text"] = texts
    return StandIn(to_frame(events), arts)


@pytest.fixture()
def stand_in(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.setitem(vars(loaders), "load_corpus", stand_in_load_corpus)
    monkeypatch.setenv("TIMELINE_ARTICLES", str(folder))
    return folder


def run_app(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def picker_titles(at: AppTest) -> list[str]:
    """The events the app offers (the keyboard chooser lists exactly the filtered events)."""
    box = at.selectbox(key="event_pick")
    return [o for o in box.options if not o.startswith("—")]


def chart_codes(at: AppTest) -> set[int]:
    charts = [c for c in at.get("plotly_chart") if getattr(c.proto, "spec", "")]
    if not charts:
        return set()
    spec = json.loads(charts[0].proto.spec)
    codes: set[int] = set()
    for tr in spec["data"]:
        cd = tr.get("customdata")
        if isinstance(cd, dict):
            import base64

            import numpy as np

            cd = np.frombuffer(base64.b64decode(cd["bdata"]), dtype=cd["dtype"]).tolist()
        codes.update(int(c) for c in cd or [])
    return codes


def qp(at: AppTest, key: str) -> list[str]:
    value = at.query_params.get(key)
    return [] if value is None else list(value) if isinstance(value, list) else [value]


def html_bodies(at: AppTest) -> list[str]:
    return [h.value for h in at.get("html")]


def all_markdown(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    for kind in ("error", "warning", "info", "success"):
        parts += [e.value for e in getattr(at, kind)]
    return "\n".join(parts)


def expected_ids(folder: Path) -> dict[int, str]:
    prep = prepare(stand_in_load_corpus(folder).events)
    return dict(enumerate(prep.event_ids))


# ---------------------------------------------------------------- stand-in corpus: exact expectations


def test_opens_with_every_event(stand_in):
    at = run_app()
    ids = expected_ids(stand_in)
    assert {ids[c] for c in chart_codes(at)} == {"sochi-2016", "moscow-2013", "beijing-2014", "vladivostok-2016"}
    assert len(picker_titles(at)) == 5  # the undated one is offered too
    assert "5 events from 4 articles · 5 match the filters" in all_markdown(at)
    undated = at.dataframe(key="undated_table").value
    assert list(undated["event"]) == ["Working level (planned) · Japan & Russia"]  # no people, no place
    assert list(undated["article"]) == ["sochi.txt"]
    assert list(undated["read from"]) == ["Officials will meet again someday."]


def test_chart_has_no_toolbar_over_its_legend_and_leaves_the_wheel_to_the_page(stand_in):
    """Issue 17, 8 and 11: the toolbar covered the legend; the mouse wheel zoomed instead of scrolling."""
    at = run_app()
    chart = next(c for c in at.get("plotly_chart") if getattr(c.proto, "spec", ""))
    config = json.loads(chart.proto.config)
    assert config["displayModeBar"] is False and config["scrollZoom"] is False


def test_map_view_shows_the_places_and_lists_a_clicked_places_meetings(stand_in):
    at = run_app({"view": "Map"})
    spec = json.loads(next(c for c in at.get("plotly_chart") if getattr(c.proto, "spec", "")).proto.spec)
    placed = {t for tr in spec["data"] for t in tr.get("text") or [] if t}
    assert placed == {"Sochi", "Moscow", "Beijing", "Vladivostok"}
    at.multiselect(key="f_actors").select("Xi Jinping").run()  # the same filters
    spec = json.loads(next(c for c in at.get("plotly_chart") if getattr(c.proto, "spec", "")).proto.spec)
    assert {t for tr in spec["data"] for t in tr.get("text") or [] if t} == {"Beijing"}
    at.multiselect(key="f_actors").unselect("Xi Jinping").run()
    at.session_state["map_place"] = "Sochi"  # what a click on Sochi sets
    at.run()
    assert "**1 meeting in Sochi**" in all_markdown(at)
    assert list(at.dataframe(key="place_table").value["participants"]) == ["Shinzo Abe, Vladimir Putin"]


def test_actor_filter(stand_in):
    at = run_app()
    at.multiselect(key="f_actors").select("Xi Jinping").run()
    assert not at.exception
    ids = expected_ids(stand_in)
    assert {ids[c] for c in chart_codes(at)} == {"beijing-2014"}
    assert picker_titles(at) == ["10 Nov 2014 · Summit · China & Japan · Shinzo Abe, Xi Jinping · Beijing"]
    assert qp(at, "actor") == ["Xi Jinping"]


def test_year_filter_then_actor_filter(stand_in):
    at = run_app()
    at.slider(key="f_years").set_value((2016, 2016)).run()
    ids = expected_ids(stand_in)
    assert {ids[c] for c in chart_codes(at)} == {"sochi-2016", "vladivostok-2016"}
    at.multiselect(key="f_actors").select("Fumio Kishida").run()
    assert chart_codes(at) == set()
    assert "No event matches these filters" in all_markdown(at)
    at.slider(key="f_years").set_value((2013, 2014)).run()
    assert {ids[c] for c in chart_codes(at)} == {"moscow-2013"}
    assert qp(at, "from") == ["2013"] and qp(at, "to") == ["2014"]
    at.slider(key="f_years").set_value((2013, 2016)).run()  # the whole range is no restriction
    assert qp(at, "from") == [] and qp(at, "actor") == ["Fumio Kishida"]


def test_type_status_and_text_filters(stand_in):
    at = run_app()
    ids = expected_ids(stand_in)
    at.multiselect(key="f_status").select("planned").run()
    assert {ids[c] for c in chart_codes(at)} == {"vladivostok-2016"}
    assert len(picker_titles(at)) == 2  # + the undated planned one
    at.multiselect(key="f_status").unselect("planned").run()
    at.text_input(key="f_text").input("BEIJING").run()
    assert {ids[c] for c in chart_codes(at)} == {"beijing-2014"}
    at.button[0].click().run()  # "Reset filters" is the first button
    assert len(chart_codes(at)) == 4


def test_filters_come_from_the_url_and_bad_params_do_not_crash(stand_in):
    at = run_app({"actor": "Sergey Lavrov", "from": "nonsense", "type": "<script>", "view": "Nope",
                  "event": "../../etc"})
    ids = expected_ids(stand_in)
    assert {ids[c] for c in chart_codes(at)} == {"moscow-2013"}
    at = run_app({"from": "2014", "to": "2014", "lanes": "pair"})
    assert {ids[c] for c in chart_codes(at)} == {"beijing-2014"}
    assert at.radio(key="lane").value == "pair"


def test_actor_box_and_event_picker_match_what_is_typed(stand_in):
    """Typing in the actor box or the picker matches the words typed, not a fuzzy subsequence, and Enter in the
    actor box takes a name, never "Select 6 matches" (issue 17, 5 and 6)."""
    from streamlit.proto.SelectWidgetFilterMode_pb2 import SelectWidgetFilterMode

    at = run_app()
    actors = at.multiselect(key="f_actors").proto
    assert actors.filter_mode == SelectWidgetFilterMode.FILTER_MODE_CONTAINS and actors.select_all == 0
    picker = at.selectbox(key="event_pick")
    assert picker.proto.filter_mode == SelectWidgetFilterMode.FILTER_MODE_CONTAINS
    # what the picker matches: a person, a place or a country of the event is in its name
    def typed(word: str) -> list[str]:
        return [o for o in picker.options if word.casefold() in o.casefold()]

    assert typed("Sochi") == ["6 May 2016 · Summit · Japan & Russia · Shinzo Abe, Vladimir Putin · Sochi"]
    assert len(typed("Putin")) == 2 and all("Vladimir Putin" in o for o in typed("Putin"))
    assert typed("Lavrov") == ["Sep 2013 · Ministerial · Japan & Russia · Fumio Kishida, Sergey Lavrov · Moscow"]


def test_search_box_finds_people_places_and_titles_exact_before_close(stand_in):
    at = run_app()
    ids = expected_ids(stand_in)
    at.text_input(key="f_text").input("vladivostok").run()  # a place (also in the evidence)
    assert {ids[c] for c in chart_codes(at)} == {"vladivostok-2016"}
    at.text_input(key="f_text").input("title of sochi").run()  # an article's title: both of its dated events
    assert {ids[c] for c in chart_codes(at)} == {"sochi-2016", "vladivostok-2016"}
    at.text_input(key="f_text").input("Xi Jinping").run()  # a person: the evidence says only "Xi"
    assert {ids[c] for c in chart_codes(at)} == {"beijing-2014"}
    at.text_input(key="f_text").input("Title of moscow").run()  # an article's title
    assert {ids[c] for c in chart_codes(at)} == {"moscow-2013"}
    assert "exactly" not in all_markdown(at)
    at.text_input(key="f_text").input("Lavorv").run()  # misspelt: close spellings, said so
    assert {ids[c] for c in chart_codes(at)} == {"moscow-2013"}
    assert "Nothing matches “Lavorv” exactly; showing close spellings." in all_markdown(at)
    assert qp(at, "q") == ["Lavorv"]


def test_back_button_restores_the_previous_view(stand_in):
    """The browser's Back reruns the app with the previous URL: the app shows that view (issue 17, 3)."""
    at = run_app()
    at.multiselect(key="f_actors").select("Xi Jinping").run()
    at.radio(key="view").set_value("Table").run()
    assert qp(at, "view") == ["Table"] and qp(at, "actor") == ["Xi Jinping"]
    at.query_params.pop("view")  # Back: the URL before the view changed
    at.run()
    assert not at.exception
    assert at.radio(key="view").value == "Timeline"
    assert at.multiselect(key="f_actors").value == ["Xi Jinping"]
    assert qp(at, "view") == [] and qp(at, "actor") == ["Xi Jinping"]
    ids = expected_ids(stand_in)
    assert {ids[c] for c in chart_codes(at)} == {"beijing-2014"}
    at.query_params.pop("actor")  # Back again: no filter
    at.run()
    assert at.multiselect(key="f_actors").value == []
    assert len(chart_codes(at)) == 4 and qp(at, "actor") == []


def test_a_link_with_a_year_outside_the_data_ignores_it(stand_in):
    at = run_app({"to": "1900"})  # once clipped to (2013, 2013): one event, or none
    assert len(chart_codes(at)) == 4
    assert at.slider(key="f_years").value == (2013, 2016)
    assert qp(at, "to") == [] and qp(at, "from") == []


def test_chosen_event_shows_every_source_with_the_evidence_marked(stand_in):
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["event_id"] = "sochi-2016"
    at.run()
    assert not at.exception
    bodies = html_bodies(at)
    boxes = [b for b in bodies if 'class="tl-article"' in b]
    assert len(boxes) == 2  # two articles report the Sochi summit
    for box in boxes:
        assert re.findall(r"<mark[^>]*>(.*?)</mark>", box) == ["Abe met Putin in Sochi on May 6."]
    headers = "\n".join(b for b in bodies if 'class="tl-source"' in b)
    assert "Title of sochi" in headers and "Title of second_source" in headers
    assert '<a href="https://example.org/sochi"' in headers
    assert "<script>" not in "".join(bodies)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in "".join(boxes)
    assert at.selectbox(key="event_pick").value is not None
    assert qp(at, "event") == ["sochi-2016"]


def open_dialogs(at: AppTest) -> list:
    """The open dialogs (Streamlit draws them in the page's "event" block)."""
    roots = list(at._tree.children.values())
    return [b for root in roots for b in root.children.values()
            if getattr(b, "type", None) == "dialog" and b.proto.dialog.is_open]


def test_a_click_opens_the_details_beside_the_chart_with_links(stand_in):
    """A chart or table click opens the event's sources in a drawer where the eye is (issue 17, 10), with
    links to the events of its article and of its countries."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["event_id"] = "beijing-2014"
    at.session_state["_open_details"] = True  # what a click on the chart sets
    at.run()
    assert not at.exception
    dialogs = open_dialogs(at)
    assert len(dialogs) == 1
    inside = [h.value for h in dialogs[0].get("html")]
    assert any("<mark" in b and "Abe and Xi met in Beijing on Nov. 10." in b for b in inside)
    # the sentence it was read from comes first (in view even on a phone), then the facts and the sources
    assert 'class="tl-evidence-first"' in inside[0] and "Title of beijing" in inside[0]
    assert "Abe and Xi met in Beijing on Nov. 10.</mark>" in inside[0] and "[click](javascript" in inside[0]
    labels = [b.label for b in dialogs[0].get("button")]
    assert labels == ["Events from beijing.txt", "All events of China & Japan"]
    at.run()  # the next run (any widget) does not open it again
    assert not open_dialogs(at)
    at.button(key="panel_art_0").click().run()  # the same links under the chart
    ids = expected_ids(stand_in)
    assert {ids[c] for c in chart_codes(at)} == {"beijing-2014"} and qp(at, "article") == ["beijing.txt"]
    at.button(key="clear_article").click().run()
    assert len(chart_codes(at)) == 4
    at.session_state["event_id"] = "moscow-2013"
    at.run()
    at.button(key="panel_pair").click().run()
    assert at.multiselect(key="f_actors").value == ["Japan", "Russia"] and at.radio(key="f_mode").value == "all of them"
    assert {ids[c] for c in chart_codes(at)} == {"sochi-2016", "vladivostok-2016", "moscow-2013"}


def test_choosing_from_the_selectbox_opens_the_details(stand_in):
    at = run_app()
    box = at.selectbox(key="event_pick")
    title = next(o for o in box.options if "Ministerial" in o)
    box.select(title).run()
    assert at.session_state["event_id"] == "moscow-2013"
    marks = [re.findall(r"<mark[^>]*>(.*?)</mark>", b) for b in html_bodies(at) if "tl-article" in b]
    assert marks == [["Kishida met Lavrov in Moscow in late September."]]
    assert any("late September" in b and "part of a month" in b for b in html_bodies(at))


def test_views_table_actors_articles(stand_in):
    at = run_app()
    at.radio(key="view").set_value("Table").run()
    assert not at.exception
    table = at.dataframe(key="events_table").value
    assert len(table) == 5 and set(table["event_id"]) == set(expected_ids(stand_in).values())
    # in time order, undated last; the date column holds dates (so sorting it sorts in time, issue 17, 4)
    assert list(table["event_id"]) == ["moscow-2013", "beijing-2014", "sochi-2016", "vladivostok-2016", "someday"]
    assert pd.api.types.is_datetime64_any_dtype(table["date"])
    assert table["date"].sort_values(na_position="last").index.tolist() == table.index.tolist()
    assert list(table["as read"])[:2] == ["Sep 2013 (part of a month) “late September”", "10 Nov 2014 (exact day)"]
    buttons = at.get("download_button")
    assert len(buttons) == 3
    # each file is ready when the button is shown, not made on the click (one click in four gave no file)
    assert all(b.proto.url and not b.proto.HasField("deferred_file_id") for b in buttons)
    at.radio(key="view").set_value("Actors").run()
    assert not at.exception
    dots = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert dots["data"][0]["type"] == "scatter"  # clickable dots for the pairs that met, no grid of zeros
    at.radio(key="actors_kind").set_value("country").run()
    at.number_input(key="actors_top").set_value(3).run()
    assert qp(at, "who") == ["country"] and qp(at, "top") == ["3"]  # the choices are in the URL (issue 17, 14)
    assert run_app({"view": "Actors", "who": "country", "top": "3"}).radio(key="actors_kind").value == "country"
    at.radio(key="view").set_value("Articles").run()
    assert not at.exception
    files = at.dataframe[0].value
    assert sorted(files["file"]) == sorted(ARTICLES)
    assert qp(at, "view") == ["Articles"]
    assert list(files.columns[:4]) == ["title", "published", "events", "matching"]
    config = json.loads(at.dataframe[0].proto.columns)
    assert config["url"]["type_config"]["type"] == "link"
    # the sidebar's filters apply here too (issue 17, 13)
    at.multiselect(key="f_actors").select("Xi Jinping").run()
    files = at.dataframe[0].value
    assert list(files["file"]) == ["beijing.txt"] and list(files["matching"]) == [1]
    assert "1 of 4 files have events matching the filters" in all_markdown(at)


def test_upload_adds_events_and_refuses_overwrite(stand_in):
    at = run_app()
    before = len(picker_titles(at))
    upload = at.file_uploader[0]
    upload.set_value([("new/../../story.txt", b"Big news.\n\nAbe and Xi met in Beijing on Nov. 10.", "text/plain"),
                      ("sochi.txt", b"Abe met Putin in Sochi on May 6.", "text/plain"),
                      ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "text/plain")])
    at.run()
    at.button(key="up_go").click().run()
    assert not at.exception
    assert (stand_in / "story.txt").exists()
    assert (stand_in / "sochi.txt").read_text() == ARTICLES["sochi.txt"]  # not overwritten
    assert [e.value for e in at.success] == ["Added “new/\\.\\./\\.\\./story\\.txt” \\(saved as “story\\.txt”\\)\\. "
                                             "1 event found in it."]
    assert len(at.error) == 2
    assert len(picker_titles(at)) == before  # same events, one more source for the Beijing summit
    at.session_state["event_id"] = "beijing-2014"
    at.run()
    assert sum("tl-article" in b for b in html_bodies(at)) == 2


def test_an_upload_with_a_later_year_shows_its_events(stand_in):
    """The years' slider at all years follows the data's new last year (issue 17, 1)."""
    at = run_app()
    assert at.slider(key="f_years").value == (2013, 2016)
    at.file_uploader[0].set_value([("tokyo.txt", b"Yoon met Kishida in Tokyo on March 16.", "text/plain")])
    at.run()
    at.button(key="up_go").click().run()
    assert not at.exception
    ids = expected_ids(stand_in)
    assert "tokyo-2023" in {ids[c] for c in chart_codes(at)}
    assert at.slider(key="f_years").value == (2013, 2023)
    assert qp(at, "to") == [] and qp(at, "from") == []
    # the feedback says how many events were found and leads to them (issue 17, 15)
    assert [e.value for e in at.success] == ["Added “tokyo\\.txt”\\. 1 event found in it."]
    at.button(key="up_show_0").click().run()
    assert {ids[c] for c in chart_codes(at)} == {"tokyo-2023"} and qp(at, "article") == ["tokyo.txt"]
    assert at.file_uploader[0].proto.max_upload_size_mb == 5


def test_an_upload_keeps_a_narrowed_year_range(stand_in):
    at = run_app()
    at.slider(key="f_years").set_value((2014, 2015)).run()
    at.file_uploader[0].set_value([("tokyo.txt", b"Yoon met Kishida in Tokyo on March 16.", "text/plain")])
    at.run()
    at.button(key="up_go").click().run()
    assert at.slider(key="f_years").value == (2014, 2015)
    assert qp(at, "from") == ["2014"] and qp(at, "to") == ["2015"]


def test_empty_folder_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_ARTICLES", str(tmp_path / "nothing-here"))
    at = run_app()
    assert "No articles yet" in all_markdown(at)
    assert len(at.file_uploader) == 1


# ---------------------------------------------------------------- the real loaders on fixture articles


def real_corpus(folder: Path):
    return loaders.load_corpus(folder)


@pytest.fixture()
def fixture_copy(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES / "articles", folder)
    monkeypatch.setenv("TIMELINE_ARTICLES", str(folder))
    return folder


def test_real_loader_fixture_runs_and_shows_its_events(fixture_copy):
    corpus = real_corpus(fixture_copy)
    prep = prepare(corpus.events)
    at = run_app()
    assert len(picker_titles(at)) == len(prep.merged)
    dated = set(prep.merged.index[prep.merged["dated"].to_numpy(dtype=bool)])
    assert chart_codes(at) == {int(c) for c in dated}
    assert len(prep.merged) >= 2, "the fixture articles should yield events"


def test_real_loader_actor_and_year_filters(fixture_copy):
    prep = prepare(real_corpus(fixture_copy).events)
    at = run_app()
    people = [a for a in prep.actor_kind if prep.actor_kind[a] == "person"]
    assert "Xi Jinping" in people
    at.multiselect(key="f_actors").select("Xi Jinping").run()
    want = {int(c) for c in prep.actor_codes["Xi Jinping"] if bool(prep.merged.loc[c, "dated"])}
    assert chart_codes(at) == want and want
    at.multiselect(key="f_actors").unselect("Xi Jinping").run()
    years = pd.Series([y for y in prep.merged["year_start"].dropna()])
    y = int(years.min())
    at.slider(key="f_years").set_value((y, y)).run()
    want = {int(c) for c, row in prep.merged.iterrows()
            if bool(row["dated"]) and row["year_start"] <= y <= row["year_end"]}
    assert chart_codes(at) == want


def test_real_loader_details_highlight(fixture_copy):
    prep = prepare(real_corpus(fixture_copy).events)
    eid = prep.merged["event_id"].iloc[0]
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["event_id"] = eid
    at.run()
    assert not at.exception
    boxes = [b for b in html_bodies(at) if "tl-article" in b]
    assert len(boxes) == int(prep.merged["n_sources"].iloc[0])
    assert all("<mark" in b for b in boxes)


def test_real_loader_upload_adds_events(fixture_copy):
    at = run_app()
    before = len(picker_titles(at))
    text = (b"Abe, Putin to meet in Lima\n\nPrime Minister Shinzo Abe met Russian President Vladimir Putin in Lima, "
            b"Peru, on Nov. 19, 2016, on the sidelines of the APEC summit.\n")
    at.file_uploader[0].set_value(("lima.txt", text, "text/plain"))
    at.run()
    at.button(key="up_go").click().run()
    assert not at.exception
    assert (fixture_copy / "lima.txt").read_bytes() == text
    assert len(picker_titles(at)) > before


def test_hostile_fixture_shows_as_text(tmp_path, monkeypatch):
    folder = tmp_path / "hostile"
    shutil.copytree(FIXTURES / "hostile", folder)
    monkeypatch.setenv("TIMELINE_ARTICLES", str(folder))
    prep = prepare(real_corpus(folder).events)
    at = AppTest.from_file(APP, default_timeout=120)
    if len(prep.merged):
        at.session_state["event_id"] = prep.merged["event_id"].iloc[0]
    at.run()
    assert not at.exception
    at.radio(key="view").set_value("Articles").run()
    assert not at.exception
    at.radio(key="view").set_value("Timeline").run()
    rendered = all_markdown(at) + "\n".join(html_bodies(at))
    for bad in ("<script", "<img", "<iframe", "<svg", "<style", "href=\"javascript", "<b onmouseover"):
        assert bad not in rendered, bad
    assert not re.search(r"<[a-z][^>]*\son\w+\s*=", rendered, re.I)  # no tag with an event handler
    assert "&lt;img src=x onerror=alert(1)&gt;" in rendered  # shown as text instead
    for chart in at.get("plotly_chart"):
        spec = chart.proto.spec
        assert "<script" not in spec and "<img" not in spec
    assert len(prep.merged) >= 1, "the hostile fixture should still yield its meeting"
    boxes = [b for b in html_bodies(at) if "tl-article" in b]
    assert boxes and "&lt;script&gt;" in boxes[0] and "<mark" in boxes[0]


# ---------------------------------------------------------------- many events: the chart of counts


@pytest.fixture(scope="module")
def many_events():
    from timeline.synthetic import synthetic_corpus

    return synthetic_corpus(11_000, seed=3)  # > figures.DETAIL_LIMIT dated, > MAX_TABLE_ROWS in all


@pytest.fixture()
def large(tmp_path, monkeypatch, many_events):
    """The app on 11,000 synthetic events: the loader is injected, the folder only has to hold an article."""
    events, articles = many_events
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "placeholder.txt").write_text("stands for the synthetic corpus", encoding="utf-8")
    monkeypatch.setitem(vars(loaders), "load_corpus", lambda folder, progress=None: StandIn(events, articles))
    monkeypatch.setenv("TIMELINE_ARTICLES", str(folder))
    return prepare(events)


def count_bars(at: AppTest) -> list[list[int]]:
    """The customdata rows of the count chart's bars."""
    import base64

    import numpy as np

    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    rows = []
    for tr in spec["data"]:
        cd = tr["customdata"]
        arr = np.frombuffer(base64.b64decode(cd["bdata"]), dtype=cd["dtype"])
        rows += arr.reshape([int(x) for x in str(cd["shape"]).split(",")]).tolist()
    return rows


def test_many_events_show_counts_with_a_note_and_a_capped_picker(large):
    from timeline.figures import BIN_FLAG

    prep = large
    n_dated = int(prep.merged["dated"].sum())
    at = run_app()
    notes = [i.value for i in at.info]
    assert any(n.startswith(f"{n_dated:,} events: showing weekly counts") for n in notes), notes
    bars = count_bars(at)
    assert bars and all(r[0] == BIN_FLAG for r in bars)
    assert sum(r[4] for r in bars) == n_dated
    assert len(picker_titles(at)) == 1000
    assert "The list holds the first 1,000 of 11,000 events" in all_markdown(at)
    undated = at.dataframe(key="undated_table").value
    assert len(undated) == len(prep.merged) - n_dated


def test_clicking_a_count_bar_lists_its_events(large):
    from timeline.figures import BinPick, events_in_bin

    prep = large
    at = run_app()
    lane, first, end = max(count_bars(at), key=lambda r: r[4])[1:4]
    at.session_state["chart_bin"] = (lane, first, end)  # what a click on that bar stores
    at.run()
    assert not at.exception
    dated = prep.merged[prep.merged["dated"]]
    want = set(events_in_bin(dated, "type", BinPick(lane, first, end)).tolist())
    titles = picker_titles(at)
    assert len(titles) == len(want) > 1
    assert f"Listing the {len(want)} events of the bar you clicked (week of" in all_markdown(at)
    # choosing one of them opens its details
    at.selectbox(key="event_pick").select(titles[0]).run()
    assert not at.exception
    assert prep.code_of(at.session_state["event_id"]) in want
    assert any("tl-article" in b for b in html_bodies(at))
    at.button(key="bin_clear").click().run()
    assert "bar you clicked" not in all_markdown(at)
    assert 1000 <= len(picker_titles(at)) <= 1001  # the first 1,000, and the chosen event if not among them
    assert prep.code_of(at.session_state["event_id"]) in want  # still chosen
    # a clicked bar means nothing once the filters change
    at.session_state["chart_bin"] = (lane, first, end)
    at.multiselect(key="f_types").select("summit").run()
    assert "bar you clicked" not in all_markdown(at)


def test_narrow_filters_bring_back_single_events(large):
    prep = large
    at = run_app()
    at.multiselect(key="f_types").select("summit").run()
    at.multiselect(key="f_actors").select("Xi Jinping").run()
    assert not at.info or not any("counts" in i.value for i in at.info)
    want = {int(c) for c in prep.merged.index
            if prep.merged.loc[c, "dated"] and prep.merged.loc[c, "type"] == "summit"
            and "Xi Jinping" in prep.merged.loc[c, "participants"]}
    assert chart_codes(at) == want and 0 < len(want) <= 5000


def test_many_events_table_actors_and_pair_lanes(large):
    at = run_app()
    at.radio(key="lane").set_value("pair").run()
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["meta"]["aggregated"] and len(spec["layout"]["yaxis"]["tickvals"]) <= 31
    at.radio(key="view").set_value("Table").run()
    assert not at.exception
    assert len(at.dataframe(key="events_table").value) == 10_000
    assert "The table holds the first 10,000 of 11,000 matching events" in all_markdown(at)
    at.radio(key="view").set_value("Actors").run()
    assert not at.exception
    assert json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]["type"] == "scatter"
