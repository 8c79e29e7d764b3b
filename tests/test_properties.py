"""Property-based tests of the loaders: for any input, reading and extraction never raise (or raise only
ReadError, with a message), every evidence offset points at its evidence, every date is a real ISO value or
null, and a second run gives the same result.

Each property runs at least 1,000 examples by default (the "ci" profile below, which plain `pytest` uses);
set TIMELINE_HYPOTHESIS_PROFILE=dev for a quick 100-example run while editing, or =deep (20,000) to hunt bugs.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from loaders import settings as config
from loaders.corpus import finish, load_corpus
from loaders.pipeline import extract_article
from loaders.read import MAX_TEXT_CHARS, Article, ReadError, decode, read_file, read_metadata, scan_txt
from loaders.sentences import MAX_SENTENCE, split
from tests.helpers import valid_iso

settings.register_profile(
    "ci", max_examples=1000, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
settings.register_profile("dev", parent=settings.get_profile("ci"), max_examples=100)
settings.register_profile("deep", parent=settings.get_profile("ci"), max_examples=20_000)  # bug hunting
PROFILE = settings.get_profile(os.environ.get("TIMELINE_HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
DATE_FIELDS = ("date", "date_start", "date_end", "published")


def valid_anchor(value: object) -> bool:
    """The article's reference date: an ISO date, or an ISO 8601 interval "start/end" of them."""
    return value is None or (isinstance(value, str) and all(valid_iso(v) for v in value.split("/", 1)))


# ---------------------------------------------------------------- strategies

PEOPLE = ["Shinzo Abe", "Prime Minister Shinzo Abe", "Vladimir Putin", "Russian President Vladimir Putin",
          "President Putin", "Xi Jinping", "Chinese President Xi Jinping", "Foreign Minister Taro Kono", "Kono",
          "Sergey Lavrov", "Moon Jae-in", "Donald Trump", "Mr. Abe", "the two leaders", "Fumio Kishida"]
VERBS = ["met", "will meet", "held talks with", "is scheduled to meet", "met with", "held a summit with",
         "talked by phone with", "plans to visit", "will hold talks with", "did not meet"]
PLACES = ["in Moscow", "in Tokyo", "in Beijing", "in Osaka", "in Vladivostok", "in Sochi", "in Washington",
          "in Buenos Aires", "at the Kremlin", "in New York", "on the sidelines of the G20 summit", ""]
FIXED_DATES = ["on Jan. 22, 2019", "on Feb. 30", "on Jan. 0, 2019", "in the year 10000", "on Sept. 31",
               "late September", "next month", "on Monday", "last week", "in 2019", "in early 2020",
               "on 2019-13-45", "on 32 January 2019", "on Dec. 99", "this spring", "on Feb. 29, 2019",
               "on Feb. 29, 2020", "in 1799", "in the year 0", "on May 5", "the day before yesterday",
               "in the first quarter of 2019", "between Jan. 5 and 8", "on Jan. 31, 2019 and Feb. 1"]
MONTHS = ["Jan.", "January", "Feb.", "February", "Mar.", "April", "May", "June", "Jul.", "Aug.", "Sept.",
          "October", "Nov.", "December", "Smarch"]
JUNK = ['"', "“", "”", "‘", "’", "'", "(", ")", "—", "...", "\n", "\n\n", "<b>", "</p>", "U.S.", "Mr.", "Jan.",
        "  ", "\t", "\r\n", "\r", "»", "«", "?!", ".", ",", ";", "\u00a0", "\u2028", "\ufeff", "\ufffd", "0", "31",
        "2019", "-", "/", ":", "\x00", "\x0c", "# ", "  • ", "PRINT", "Home > World", "𝕏", "مرحبا", "日本"]

numbered_dates = st.builds(
    lambda prep, month, day, year: f"{prep} {month} {day}" + (f", {year}" if year is not None else ""),
    st.sampled_from(["on", "in", "by", "until", ""]), st.sampled_from(MONTHS),
    st.integers(min_value=-3, max_value=45), st.none() | st.integers(min_value=0, max_value=12000))
iso_like = st.builds(lambda y, m, d: f"on {y:04d}-{m:02d}-{d:02d}", st.integers(0, 12000), st.integers(0, 19),
                     st.integers(0, 39))
dates = st.one_of(st.sampled_from(FIXED_DATES), numbered_dates, iso_like)
sentences = st.builds(
    lambda a, verb, b, place, when, end: " ".join(w for w in (a, verb, b, place, when) if w) + end,
    st.sampled_from(PEOPLE), st.sampled_from(VERBS), st.sampled_from(PEOPLE), st.sampled_from(PLACES), dates,
    st.sampled_from([".", ".", "!", "?", "", ".”", ".)"]))
junk = st.one_of(st.sampled_from(JUNK), st.text(max_size=12))
pieces = st.lists(st.one_of(sentences, sentences, junk), min_size=1, max_size=8)
diplomatic_texts = st.builds(
    lambda parts, seps: "".join(p + seps[i % len(seps)] for i, p in enumerate(parts)),
    pieces, st.lists(st.sampled_from([" ", " ", "\n", "\n\n", "", "  "]), min_size=1, max_size=4))
any_texts = st.text(max_size=300)
texts = st.one_of(diplomatic_texts, any_texts)


# ---------------------------------------------------------------- helpers

def article(name: str, text: str) -> Article:
    art = Article(name=name, text=text)
    scan_txt(art)
    return art


def extract(texts_: list[str]):
    arts = [article(f"a{i}.txt", t) for i, t in enumerate(texts_)]
    return arts, finish([extract_article(a) for a in arts], [], [])


# Spans never end before they start (a bug these properties found once: see the regression test below).
SPANS_FIXED = True


def check_events(events, text_of: dict[str, str], check_spans: bool = False) -> None:
    for ev in events:
        text = text_of[ev.article]
        assert text[ev.evidence_start:ev.evidence_end] == ev.evidence
        assert ev.evidence.strip()
        for s, e in ev.evidence_spans:
            assert 0 <= s < e <= len(text)
        for col in DATE_FIELDS:
            assert valid_iso(getattr(ev, col)), (col, getattr(ev, col))
        assert valid_anchor(ev.anchor), ev.anchor
        if ev.date_start and ev.date_end and (SPANS_FIXED or check_spans):
            assert ev.date_start <= ev.date_end
        assert 0.0 <= ev.date_confidence <= 1.0


# ---------------------------------------------------------------- properties

@PROFILE
@given(texts)
def test_extraction_of_any_text_never_raises_and_keeps_offsets(text):
    arts, ex = extract([text])
    check_events(ex.events, {"a0.txt": text})
    assert [r.article for r in ex.records] == ["a0.txt"]
    assert ex.records[0].events == len(ex.events)


@PROFILE
@given(st.lists(diplomatic_texts, min_size=1, max_size=3))
def test_extraction_of_diplomatic_texts_is_valid_and_the_same_twice(texts_):
    _, first = extract(texts_)
    check_events(first.events, {f"a{i}.txt": t for i, t in enumerate(texts_)})
    _, second = extract(texts_)
    assert [e.to_dict() for e in second.events] == [e.to_dict() for e in first.events]
    assert [r.to_dict() for r in second.records] == [r.to_dict() for r in first.records]


@PROFILE
@given(texts, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=4))
def test_sentences_point_into_the_text(text, ranges):
    body: list[tuple[int, int]] = []
    for a, b in sorted((min(a, b, len(text)), min(max(a, b), len(text))) for a, b in ranges):
        if not body or a >= body[-1][1]:  # body ranges (as the readers make them) do not overlap
            body.append((a, b))
    body = body or [(0, len(text))]
    sents = split(text, body)
    last = -1
    for s in sents:
        assert text[s.start:s.end] == s.text and s.text and s.text == s.text.strip()
        assert 0 < len(s.text) <= MAX_SENTENCE
        assert s.start >= last
        assert any(b0 <= s.start and s.end <= b1 for b0, b1 in body)
        last = s.end


@PROFILE
@given(texts)
def test_txt_reading_keeps_body_ranges_in_the_text(text):
    art = article("x.txt", text)
    prev = 0
    for s, e in art.body:
        assert prev <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        prev = e
    assert art.text == text  # offsets are into the original text


@PROFILE
@given(st.binary(max_size=400) | texts.map(lambda t: t.encode("utf-8")) | texts.map(lambda t: t.encode("utf-16"))
       | st.builds(lambda t, b: t.encode("utf-8") + b, texts, st.binary(max_size=8)))
def test_decoding_any_bytes_gives_text_or_a_clear_read_error(data):
    try:
        text, notes = decode(data, "x.txt")
    except ReadError as err:
        assert str(err).startswith("x.txt: ")
        return
    assert isinstance(text, str)
    text.encode("utf-8")  # no lone surrogates: the text can be written out
    assert all(n.startswith("x.txt: ") for n in notes)


@PROFILE
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=200))
def test_utf8_text_is_read_back_exactly(text):
    assume(not text.startswith("\ufeff"))
    assert decode(text.encode("utf-8"), "x.txt") == (text, [])
    assert decode(text.encode("utf-16"), "x.txt")[0] == text


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("props")


@PROFILE
@given(suffix=st.sampled_from([".txt", ".json", ".jsonl", ".html"]),
       data=st.binary(max_size=300) | texts.map(lambda t: t.encode("utf-8"))
       | st.builds(lambda t, b: f'{{"title": "x", "text": {t!r}}}'.encode() + b, texts, st.binary(max_size=3))
       | texts.map(lambda t: json.dumps({"title": t[:9], "text": t, "published": t[-12:]}).encode())
       | texts.map(lambda t: f"<html><body><p>{t}</p><script>SECRET()</script></body></html>".encode()))
def test_reading_any_file_gives_articles_or_a_clear_read_error(scratch, suffix, data):
    path = scratch / f"sample{suffix}"
    path.write_bytes(data)
    try:
        arts = read_file(path)
    except ReadError as err:
        assert str(err).startswith(f"sample{suffix}")
        return
    assert arts
    for art in arts:
        assert art.name.startswith(f"sample{suffix}")
        assert len(art.text) <= MAX_TEXT_CHARS + len(art.title) + 2
        assert not re.search(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", art.text)  # control characters replaced
        assert "SECRET" not in art.text  # script content never becomes text
        for s, e in art.body:
            assert 0 <= s <= e <= len(art.text)
        assert art.published is None or config.MIN_YEAR <= art.published.year <= config.MAX_YEAR
        assert all(p.startswith(f"sample{suffix}") for p in art.problems)


@PROFILE
@given(st.binary(max_size=300) | st.lists(st.lists(st.sampled_from(
    ["file", "published", "url", "a.txt", "2019-02-30", "2019-01-23", "yesterday", "", '"', ",", "\n", "10000",
     "\x00", "\r", "é"]), max_size=6).map(",".join), max_size=6).map("\n".join).map(str.encode))
def test_any_metadata_csv_is_read_or_reported_never_raises(scratch, data):
    folder = scratch / "meta"
    folder.mkdir(exist_ok=True)
    (folder / "metadata.csv").write_bytes(data)
    meta, problems = read_metadata(folder)
    for m in meta.values():
        assert m.published is None or config.MIN_YEAR <= m.published.year <= config.MAX_YEAR
    assert all(isinstance(p, str) and "metadata.csv" in p for p in problems)


@PROFILE
@given(st.lists(texts, min_size=1, max_size=3))
def test_load_corpus_offsets_match_the_articles_frame(scratch, texts_):
    folder = scratch / "corpus"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for i, t in enumerate(texts_):
        (folder / f"a{i}.txt").write_text(t, "utf-8", newline="")
    corpus = load_corpus(folder, cache=None)
    assert list(corpus.articles["article"]) == [f"a{i}.txt" for i in range(len(texts_))]  # nothing lost
    text_of = dict(zip(corpus.articles["article"], corpus.articles["text"], strict=True))
    for ev in corpus.events.to_dict("records"):
        text = text_of[ev["article"]]
        assert text[ev["evidence_start"]:ev["evidence_end"]] == ev["evidence"]
        for col in DATE_FIELDS:
            value = ev[col]
            assert valid_iso(None if value != value else value), (col, value)  # NaN is the frame's null


@pytest.mark.parametrize("text", [
    "Shinzo Abe met Vladimir Putin on the sidelines of the G20 summit late September. "
    "Shinzo Abe met Foreign Minister Taro Kono in Moscow on Jan. 22, 2019. ",
    "Shinzo Abe met Shinzo Abe in Moscow on Jan. 22, 2019. "
    "Shinzo Abe met Foreign Minister Taro Kono on the sidelines of the G20 summit late September. ",
])
def test_found_by_hypothesis_late_september_at_the_g20_is_not_an_inverted_span(text):
    _, ex = extract([text])
    check_events(ex.events, {"a0.txt": text}, check_spans=True)
    for ev in ex.events:
        if ev.anchor and "/" in ev.anchor:
            start, end = ev.anchor.split("/")
            assert start <= end, ev.anchor


# ---------------------------------------------------------------- the same result in another process

def test_the_same_output_whatever_the_hash_seed(tmp_path):
    """Set and dict orders differ between processes (PYTHONHASHSEED); the output must not."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed, "DIPLOMATIC_TIMELINE_CACHE": str(tmp_path / f"c{seed}")}
        proc = subprocess.run([sys.executable, "-m", "loaders", "extract", str(ROOT / "tests" / "bad_inputs"),
                               "--out", str(out), "--report", str(tmp_path / f"r{seed}.json"), "--quiet"],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outs.append((out.read_text("utf-8"), (tmp_path / f"r{seed}.json").read_text("utf-8")))
    assert outs[0] == outs[1]
