"""Detail panel: escaping before highlighting, exact evidence spans, every source, safe links."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.schema import ArticleRecord, articles_frame, to_frame
from timeline.details import (
    clean_spans,
    event_header_html,
    event_sources,
    event_title,
    highlight,
    link_html,
    md_escape,
    passage_bounds,
    row_spans,
    safe_url,
    source_header_html,
)
from timeline.events import prepare
from timeline.synthetic import sample_event

HOSTILE = (
    "Intro <script>alert(1)</script> and <img src=x onerror=alert(1)>.\n\n"
    "Abe met Putin in Moscow on Jan. 22. [click](javascript:alert(1)) **bold** <iframe src=//evil></iframe>\n\n"
    "<a href=\"javascript:alert(1)\">x</a> & done"
)

MARK = re.compile(r"<mark[^>]*>(.*?)</mark>", re.S)


def _unmarked(fragment: str) -> str:
    """The text a browser would show for our highlight output."""
    return html.unescape(re.sub(r"</?mark[^>]*>", "", fragment))


def test_highlight_escapes_everything_and_marks_exactly_the_span():
    start = HOSTILE.index("Abe met")
    end = HOSTILE.index("Jan. 22.") + len("Jan. 22.")
    out = highlight(HOSTILE, [(start, end)])
    assert "<script" not in out and "<img" not in out and "<iframe" not in out and "<a " not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert MARK.findall(out) == [html.escape(HOSTILE[start:end])]
    assert _unmarked(out) == HOSTILE  # nothing lost or added


def test_span_covering_markup_is_escaped_inside_the_mark():
    text = "a <b>x</b> c"
    out = highlight(text, [(2, 10)])
    assert MARK.findall(out) == ["&lt;b&gt;x&lt;/b&gt;"]


@pytest.mark.parametrize(
    ("spans", "length", "expected"),
    [
        ([(5, 10), (0, 3)], 20, [(0, 3), (5, 10)]),
        ([(0, 5), (3, 8)], 20, [(0, 8)]),
        ([(0, 5), (5, 8)], 20, [(0, 8)]),
        ([(-4, 2), (18, 40)], 20, [(0, 2), (18, 20)]),
        ([(7, 7), (9, 3)], 20, []),
        ([(25, 30)], 20, []),
    ],
)
def test_clean_spans(spans, length, expected):
    assert clean_spans(spans, length) == expected


@given(text=st.text(max_size=80), spans=st.lists(st.tuples(st.integers(-5, 90), st.integers(-5, 90)), max_size=4))
def test_highlight_property(text, spans):
    out = highlight(text, spans)
    assert _unmarked(out) == text
    assert "<" not in re.sub(r"</?mark[^>]*>", "", out)
    marked = [html.unescape(m) for m in MARK.findall(out)]
    assert marked == [text[s:e] for s, e in clean_spans(spans, len(text))]


def test_row_spans_use_offsets_and_fall_back_to_search_when_they_are_wrong():
    text = "First. Abe met Putin. Last."
    good = {"evidence": "Abe met Putin.", "evidence_start": 7, "evidence_end": 21, "evidence_spans": [[7, 21]]}
    assert row_spans(good, text) == [(7, 21)]
    wrong = {"evidence": "Abe met Putin.", "evidence_start": 0, "evidence_end": 3, "evidence_spans": []}
    assert (7, 21) in row_spans(wrong, text)
    several = {"evidence": "Abe met Putin.", "evidence_start": 7, "evidence_end": 21,
               "evidence_spans": [[7, 21], [22, 27], ["x", None]]}
    assert row_spans(several, text) == [(7, 21), (22, 27)]


def test_passage_is_the_paragraph_of_the_evidence():
    text = "One.\n\nTwo has it.\n\nThree."
    s = text.index("has")
    assert text[slice(*passage_bounds(text, [(s, s + 3)]))].strip() == "Two has it."


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://jmh.usembassy.gov/20190130118335/", True),
        ("http://example.org/a?b=1&c=2", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//evil.example/x", False),
        ("/relative", False),
        ("https://", False),
        ("https://exa mple.org", False),
        ("java\nscript:alert(1)", False),
        (None, False),
        (42, False),
    ],
)
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) == ok


def test_link_html_escapes_and_refuses_bad_schemes():
    assert link_html("javascript:alert(1)") == "javascript:alert(1)"  # shown as text, not a link
    out = link_html('https://e.org/"><script>')
    assert out.startswith('<a href="https://e.org/&quot;&gt;&lt;script&gt;"') and "<script" not in out
    assert link_html(None) == "no URL"


@pytest.fixture()
def hostile_prep():
    text = HOSTILE
    s = text.index("Abe met")
    e = text.index("Jan. 22.") + len("Jan. 22.")
    events = to_frame([
        sample_event("e1", "evil.txt", title="<script>alert('t')</script>", participants=["<b>Abe</b>"],
                     location="<img src=x onerror=alert(1)>", url="javascript:alert(1)",
                     date_reason="<i>why</i>", evidence=text[s:e], evidence_start=s, evidence_end=e,
                     evidence_spans=[[s, e]]),
        sample_event("e1", "good.txt", title="Good", url="https://example.org/good", evidence="Abe met Putin.",
                     evidence_start=0, evidence_end=14, evidence_spans=[[0, 14]], published="2019-01-23"),
    ])
    articles = articles_frame([ArticleRecord("evil.txt"), ArticleRecord("good.txt")])
    articles["text"] = [text, "Abe met Putin. Then lunch."]
    return prepare(events), articles


def test_event_sources_lists_every_source_with_highlight(hostile_prep):
    prep, articles = hostile_prep
    sources = event_sources(prep, 0, articles)
    assert [s.article for s in sources] == ["good.txt", "evil.txt"]  # oldest publication first
    evil = sources[1]
    box = evil.article_html()
    assert MARK.findall(box) == [html.escape(evil.evidence)]
    assert "<script" not in box and "<img" not in box and "<iframe" not in box
    assert "scroll-initial-target" in box  # the first mark scrolls into view
    assert MARK.findall(evil.passage_html()) == [html.escape(evil.evidence)]
    header = source_header_html(evil)
    assert "<script" not in header and "&lt;script&gt;" in header
    assert "<a " not in header  # javascript: URL is not a link
    good_header = source_header_html(sources[0])
    assert '<a href="https://example.org/good"' in good_header


def test_event_header_escapes_and_states_the_facts(hostile_prep):
    prep, _ = hostile_prep
    out = event_header_html(prep, 0)
    assert "<b>Abe" not in out and "&lt;b&gt;Abe&lt;/b&gt;" in out
    assert "<img" not in out and "&lt;i&gt;why&lt;/i&gt;" in out
    for part in ("22 Jan 2019", "exact day", "90%", "Summit", "held", "Sources</div><div>2</div>"):
        assert part in out


def test_event_title_is_plain_text():
    prep = prepare(to_frame([sample_event(status="planned")]))
    assert event_title(prep, 0) == ("22 Jan 2019 · Summit (planned) · Japan & Russia · Shinzo Abe, Vladimir Putin · "
                                    "Moscow")


def test_missing_text_still_shows_evidence():
    prep = prepare(to_frame([sample_event(evidence="<b>x</b>")]))
    src = event_sources(prep, 0, pd.DataFrame())[0]
    assert src.text == "" and MARK.findall(src.passage_html()) == ["&lt;b&gt;x&lt;/b&gt;"]


@pytest.mark.parametrize("raw", ["[click](javascript:alert(1))", "**bold**", "<script>x</script>", "$x$", "# h",
                                 ":smile:"])
def test_md_escape_neutralises_markdown(raw):
    out = md_escape(raw)
    # every Markdown/HTML-significant character is preceded by a backslash
    assert re.sub(r"\\.", "", out).translate(str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz0123456789 /")) == ""


def test_site_furniture_around_the_article_is_not_shown():
    """Issue 17, 13: "print PRINT" before the title and tag bullets after the text were shown as the article."""
    from timeline.details import SourceView, article_bounds

    text = ("print PRINT\n\n\nLDP members concerned\n\nAbe met Putin.\n\nMore text.\n\n\n"
            "  • Ambassador\n  • Ukraine\n  • COVID-19\n  • Trending Japan")
    at = text.index("Abe met Putin.")
    a, b = article_bounds(text, "LDP members concerned", [(at, at + 14)])
    assert text[a:b] == "LDP members concerned\n\nAbe met Putin.\n\nMore text."
    src = SourceView(article="a.txt", title="LDP members concerned", published=None, url=None, source=None,
                     date="", date_reason="", status="held", evidence="Abe met Putin.", spans=[(at, at + 14)],
                     text=text)
    box = src.article_html()
    assert "print PRINT" not in box and "Trending Japan" not in box
    assert '<mark class="tl-evidence"' in box and "Abe met Putin.</mark>" in box
    # evidence is never cut away, and a text without furniture is shown whole
    assert article_bounds(text, "LDP members concerned", [(0, 5)])[0] == 0
    assert article_bounds("Plain text. • not a tail bullet here", "", []) == (0, 36)
