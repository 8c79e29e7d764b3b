"""Bad inputs never take the corpus down: each sample of tests/bad_inputs/ is read or skipped with a clear
message naming it, the rest of the corpus is still extracted, and nothing is lost from the per-file account.

The folder holds the small samples; the large ones (a 20 MB text, a 5,000-sentence article, a file over
settings.MAX_FILE_BYTES) and a broken link are generated into tmp_path. Every sample is run through the
command line (`python -m loaders extract DIR --out X.jsonl --report R.json`) and through load_corpus.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from loaders import settings
from loaders.corpus import load_corpus, read_folder
from loaders.read import MAX_HTML_CHARS, MAX_TEXT_CHARS, ReadError, read_file
from tests.helpers import valid_iso

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path(__file__).resolve().parent / "bad_inputs"

# Every entry of tests/bad_inputs (hidden ones aside, metadata.csv is not an article) and what must become of it:
# status, a pattern its message must match, text that must (or must not) be in what was read, least events found.
EXPECTED: dict[str, dict] = {
    "good_control.txt": dict(status="read", events=1),
    "empty.txt": dict(status="skipped", message=r"empty file \(0 bytes\)"),
    "whitespace_only.txt": dict(status="skipped", message=r"empty file \(only whitespace"),
    "only_bom.txt": dict(status="skipped", message=r"empty file \(only whitespace"),
    "binary_named.txt": dict(status="skipped", message=r"binary data, not text"),
    "invalid_utf8.txt": dict(status="read", events=1, message=r"not valid UTF-8 \(3 bad bytes, the first at byte \d+\)",
                             text=["“We had frank talks,” Kono said.", "Stray bytes \ufffd( and \ufffd\ufffd here."]),
    "cp1252.txt": dict(status="read", events=1, message=r"not valid UTF-8 .*read as cp1252",
                       text=["Café diplomacy – Prime Minister", "“We agreed,” Abe said."]),
    "utf16_bom.txt": dict(status="read", events=1, message=r"read as UTF-16 \(byte order mark\)",
                          text=["Xi Jinping in Beijing on Oct. 26, 2018."], absent=["\ufeff", "\x00"]),
    "utf16_no_bom.txt": dict(status="read", events=1, message=r"read as UTF-16 \(no byte order mark\)",
                             text=["Moon Jae-in in Osaka on June 28, 2019."], absent=["\x00"]),
    "nul_after_head.txt": dict(status="read", events=1, message=r"6 control characters .* replaced",
                               absent=["\x00", "\x01"]),
    "line_endings.txt": dict(status="read", events=1, text=["Sergey Lavrov in Moscow on Jan. 14, 2019."]),
    "SHOUTING.TXT": dict(status="read", events=1),
    "html_scripts.html": dict(status="read", events=1, text=["Xi Jinping in Beijing on Oct. 26, 2018"],
                              absent=["SECRET", "alert(", "color:", "<script", "<iframe", "{"]),
    "html_saved_as.txt": dict(status="read", events=1, text=["Sergey Lavrov in Tokyo on Feb. 16, 2019"],
                              absent=["SECRET", "<script", "<p>"]),
    "html_no_text.html": dict(status="skipped", message=r"no article text found in the HTML"),
    "malformed.json": dict(status="skipped", message=r"malformed JSON at line 2, column \d+: Expecting ','"),
    "no_text_field.json": dict(status="skipped",
                               message=r"no text field \(looked for text, body.*fields present: title, published, url"),
    "not_objects.json": dict(status="skipped", message=r"not_objects.json#1: a JSON number, not an object"),
    "deeply_nested.json": dict(status="skipped", message=r"JSON nested too deeply"),
    "mixed_lines.jsonl": dict(status="read", events=2,
                              message=r"mixed_lines.jsonl#2: line 2 is not valid JSON"),
    "impossible_dates.txt": dict(status="read", events=1),
    "nested_quotes.txt": dict(status="read", events=1),
    "unsupported_suffix.pdf": dict(status="skipped", message=r"not an article type \(\.txt, \.html"),
    "sub_folder/": dict(status="skipped", message=r"a sub-folder; only files directly in the folder are read"),
}

# Generated at test time (too large to commit, or not storable in git).
GENERATED: dict[str, dict] = {
    "huge_20mb.txt": dict(status="read", events=1, message=r"too long: 20,\d{3},\d{3} characters .* only the first"),
    "long_5000_sentences.txt": dict(status="read", events=100),
    "over_size_limit.txt": dict(status="skipped", message=r"too large: .* MB is over the \d+ MB limit"),
    "broken_link.txt": dict(status="skipped", message=r"a broken link"),
}

PEOPLE = ["Prime Minister Shinzo Abe", "Russian President Vladimir Putin", "Foreign Minister Taro Kono",
          "Russian Foreign Minister Sergey Lavrov", "Chinese President Xi Jinping"]
PLACES = ["Moscow", "Tokyo", "Beijing", "Osaka", "Sochi", "Vladivostok"]
FILLER = ["Officials described the talks as frank.", "The ministry declined to comment on the matter.",
          "Markets rose slightly on the news.", "He said the issue was complex and would take time."]


def meeting_sentence(rnd: random.Random) -> str:
    a, b = rnd.sample(PEOPLE, 2)
    return f"{a} met {b} in {rnd.choice(PLACES)} on Jan. {rnd.randint(1, 28)}, {rnd.randint(2010, 2020)}."


def write_huge(path: Path, size: int = 20_000_000) -> None:
    """About `size` bytes of plausible news text: many paragraphs of meetings and filler."""
    rnd = random.Random(20)
    block = "\n\n".join(" ".join(meeting_sentence(rnd) if i % 3 == 0 else rnd.choice(FILLER) for i in range(9))
                        for _ in range(200))
    reps = size // (len(block) + 2) + 1
    path.write_text("A very large file\n\n" + "\n\n".join([block] * reps), "utf-8")


def write_long_article(path: Path, sentences: int = 5000) -> None:
    """One article of `sentences` sentences, a quarter of them meetings, in paragraphs of ten."""
    rnd = random.Random(5000)
    sents = [meeting_sentence(rnd) if i % 4 == 0 else rnd.choice(FILLER) for i in range(sentences)]
    paras = [" ".join(sents[i:i + 10]) for i in range(0, sentences, 10)]
    path.write_text("Five thousand sentences\n\n" + "\n\n".join(paras) + "\n", "utf-8")


def make_corpus(folder: Path) -> Path:
    """The committed samples plus the generated ones, in one folder."""
    shutil.copytree(SAMPLES, folder, symlinks=True)
    write_huge(folder / "huge_20mb.txt")
    write_long_article(folder / "long_5000_sentences.txt")
    with open(folder / "over_size_limit.txt", "wb") as f:  # sparse: never read, the size alone decides
        f.truncate(settings.MAX_FILE_BYTES + 1)
    (folder / "broken_link.txt").symlink_to(folder / "no_such_target.txt")
    return folder


def run_cli(folder: Path, out: Path, *extra: str, report: Path | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "loaders", "extract", str(folder), "--out", str(out), "--quiet", *extra]
    if report:
        cmd += ["--report", str(report)]
    env = {**os.environ, "DIPLOMATIC_TIMELINE_CACHE": str(out.parent / "cache")}  # never the user's cache
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def base(name: str) -> str:
    """The input file an account entry stands for ("a.jsonl#2" -> "a.jsonl")."""
    return name.split("#", 1)[0]


def by_file(records: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in records:
        out.setdefault(base(r["article"]), []).append(r)
    return out


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    if not hasattr(os, "symlink"):
        pytest.skip("needs symbolic links")
    return make_corpus(tmp_path_factory.mktemp("bad") / "articles")


@pytest.fixture(scope="module")
def cli_run(corpus_dir, tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("cli")
    out, report = out_dir / "events.jsonl", out_dir / "report.json"
    proc = run_cli(corpus_dir, out, report=report)
    events = [json.loads(line) for line in out.read_text("utf-8").splitlines() if line.strip()]
    return proc, events, json.loads(report.read_text("utf-8"))


@pytest.fixture(scope="module")
def corpus(corpus_dir):
    return load_corpus(corpus_dir, cache=None)


def _accounts(cli_run, corpus) -> dict[str, dict[str, list[dict]]]:
    return {"cli": by_file(cli_run[2]["files"]), "load_corpus": by_file(corpus.articles.to_dict("records"))}


# ---------------------------------------------------------------- the folder and its expectations

def test_every_sample_has_an_expectation():
    entries = {p.name + ("/" if p.is_dir() else "") for p in SAMPLES.iterdir()
               if not p.name.startswith(".") and p.name != settings.METADATA_FILE}
    assert entries == set(EXPECTED), "add the new sample's expectation to EXPECTED (or remove a stale one)"


@pytest.mark.parametrize("via", ["cli", "load_corpus"])
@pytest.mark.parametrize("name", sorted({**EXPECTED, **GENERATED}))
def test_each_bad_input_is_read_or_skipped_with_a_clear_message(name, via, cli_run, corpus):
    expected = {**EXPECTED, **GENERATED}[name]
    records = _accounts(cli_run, corpus)[via].get(name)
    assert records, f"{name} is missing from the per-file account"
    statuses = {r["status"] for r in records}
    assert expected["status"] in statuses
    if expected["status"] == "skipped":
        assert statuses == {"skipped"} and sum(r["events"] for r in records) == 0
    problems = [p for r in records for p in r["problems"]]
    stem = name.rstrip("/")
    for p in problems:
        assert stem in p, f"the message does not name the file: {p!r}"
    if "message" in expected:
        assert any(re.search(expected["message"], p) for p in problems), problems
    elif expected["status"] == "read" and name not in ("mixed_lines.jsonl",):
        assert problems == [], f"{name} was read cleanly, yet: {problems}"
    assert sum(r["events"] for r in records) >= expected.get("events", 0)


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "text" in e or "absent" in e))
def test_text_read_from_each_sample(name, corpus):
    arts = corpus.articles[corpus.articles["article"].map(base) == name]
    text = "\n".join(arts["text"])
    for part in EXPECTED[name].get("text", []):
        assert part in text
    for part in EXPECTED[name].get("absent", []):
        assert part not in text, f"{part!r} leaked into the text of {name}"


# ---------------------------------------------------------------- the corpus as a whole

def test_nothing_lost_and_hidden_files_ignored(corpus_dir, cli_run, corpus):
    entries = {p.name + ("/" if p.is_dir() and not p.is_symlink() else "") for p in corpus_dir.iterdir()}
    articles = {e for e in entries if not e.startswith(".") and e != settings.METADATA_FILE}
    for via, account in _accounts(cli_run, corpus).items():
        assert set(account) == articles, via  # every entry accounted for; hidden files and metadata.csv are not
        assert not any(name.startswith(".") for name in account)
    assert ".hidden_notes.txt" in entries  # ignored by design, like .DS_Store or .git: not an article, not a problem
    assert not any(".hidden" in e["article"] for e in cli_run[1])


def test_rest_of_the_corpus_is_extracted(cli_run, corpus):
    proc, events, report = cli_run
    assert proc.returncode == 0, proc.stderr  # anything could be read -> 0
    good = [e for e in events if e["article"] == "good_control.txt"]
    assert [e["date"] for e in good] == ["2019-01-22"]
    assert set(good[0]["participants"]) == {"Shinzo Abe", "Vladimir Putin"}
    # metadata.csv applied despite its extra columns, unknown files and bad dates
    assert (good[0]["published"], good[0]["url"], good[0]["source"]) == (
        "2019-01-23", "https://example.org/good", "Example News")
    # the command line and the Python entry point agree
    cols = ["article", "event_id", "date", "evidence_start", "evidence_end"]
    cli = pd.DataFrame(events)[cols].sort_values(cols[:1] + cols[3:]).reset_index(drop=True)
    py = corpus.events[cols].sort_values(cols[:1] + cols[3:]).reset_index(drop=True)
    pd.testing.assert_frame_equal(cli, py, check_dtype=False)
    counts = pd.DataFrame(events).groupby("article").size().to_dict()
    assert {r["article"]: r["events"] for r in report["files"] if r["events"]} == counts


def test_the_console_account_names_each_skipped_file(cli_run):
    proc = cli_run[0]
    for name, expected in {**EXPECTED, **GENERATED}.items():
        if expected["status"] == "skipped":
            assert re.search(rf"skipped\s+{re.escape(name)}", proc.stderr), name
    assert re.search(r"\d+ events from \d+ of \d+ files", proc.stderr)


def test_every_event_is_valid(cli_run, corpus):
    texts = dict(zip(corpus.articles["article"], corpus.articles["text"], strict=True))
    for ev in corpus.events.to_dict("records"):
        text = texts[ev["article"]]
        assert text[ev["evidence_start"]:ev["evidence_end"]] == ev["evidence"]
        for s, e in ev["evidence_spans"]:
            assert 0 <= s < e <= len(text)
        for col in ("date", "date_start", "date_end", "published"):
            assert valid_iso(ev[col]), (col, ev[col], ev["article"])
    for ev in cli_run[1]:
        assert all(valid_iso(ev[c]) for c in ("date", "date_start", "date_end", "published"))


def test_metadata_problems_are_reported(corpus):
    problems = "\n".join(corpus.problems)
    assert "metadata.csv names missing_article.txt, which is not in the folder" in problems
    assert re.search(r"metadata.csv: line 4: publication date '2019-02-30' of impossible_dates.txt", problems)
    assert re.search(r"line 5: publication date 'not a date' of cp1252.txt", problems)
    assert re.search(r"line 6: publication date '10000-01-01' of utf16_bom.txt", problems)
    assert "metadata.csv: line 7 has no file name" in problems
    arts = corpus.articles.set_index("article")
    assert pd.isna(arts.loc["impossible_dates.txt", "published"])  # Feb. 30 is no publication date
    assert arts.loc["impossible_dates.txt", "url"] == "https://example.org/imp"  # the rest of the row still applies


# ---------------------------------------------------------------- exit status and --strict

def test_strict_makes_any_problem_fatal(tmp_path):
    proc = run_cli(SAMPLES, tmp_path / "x.jsonl", "--strict", report=tmp_path / "r.json")
    assert proc.returncode == 1
    assert (tmp_path / "x.jsonl").exists() and (tmp_path / "r.json").exists()  # still written


def test_strict_passes_a_clean_folder(tmp_path):
    folder = tmp_path / "clean"
    folder.mkdir()
    shutil.copy(SAMPLES / "good_control.txt", folder)
    proc = run_cli(folder, tmp_path / "x.jsonl", "--strict")
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("one_problem", ["empty.txt", "unsupported_suffix.pdf", "metadata.csv", "sub_folder"])
def test_strict_fails_on_a_single_problem(tmp_path, one_problem):
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(SAMPLES / "good_control.txt", folder)
    src = SAMPLES / one_problem
    if src.is_dir():
        shutil.copytree(src, folder / one_problem)
    else:
        shutil.copy(src, folder)
    assert run_cli(folder, tmp_path / "x.jsonl").returncode == 0
    assert run_cli(folder, tmp_path / "x.jsonl", "--strict").returncode == 1


def test_nothing_readable_is_an_error(tmp_path):
    folder = tmp_path / "bad_only"
    folder.mkdir()
    for name in ("empty.txt", "binary_named.txt", "malformed.json"):
        shutil.copy(SAMPLES / name, folder)
    proc = run_cli(folder, tmp_path / "x.jsonl", report=tmp_path / "r.json")
    assert proc.returncode == 1
    assert {r["article"] for r in json.loads((tmp_path / "r.json").read_text())["files"]} == {
        "empty.txt", "binary_named.txt", "malformed.json"}


# ---------------------------------------------------------------- single kinds in isolation

def test_impossible_dates_never_become_dates(tmp_path):
    folder = tmp_path / "imp"
    folder.mkdir()
    shutil.copy(SAMPLES / "impossible_dates.txt", folder)
    c = load_corpus(folder, cache=None)
    assert len(c.events) >= 5  # the meetings are found; only their dates are impossible
    for ev in c.events.to_dict("records"):
        for col in ("date", "date_start", "date_end"):
            assert valid_iso(ev[col])
        # Feb. 30 must not roll over to March 2, nor Jan. 0 to Dec. 31, nor 32 January to Feb. 1
        assert ev["date"] is None or len(ev["date"]) <= 7, (ev["evidence"], ev["date"])


def test_twenty_megabytes_of_text_is_capped_not_stalled(cli_run):
    """The 20 MB text is read up to MAX_TEXT_CHARS (with a note), so the whole folder still runs (a stall is stopped
    by pytest-timeout; no timing is asserted)."""
    _, _, report = cli_run
    huge = next(r for r in report["files"] if r["article"] == "huge_20mb.txt")
    assert huge["status"] == "read" and huge["events"] > 0
    assert huge["chars"] <= MAX_TEXT_CHARS


def test_twenty_megabyte_html_and_json_are_capped(tmp_path):
    para = "<p>Paragraph {i}: Prime Minister Shinzo Abe met Russian President Vladimir Putin in Moscow.</p>\n"
    html = "<html><body><article>" + "".join(para.format(i=i) for i in range(220_000)) + "</article></body></html>"
    (tmp_path / "huge.html").write_text(html, "utf-8")
    (tmp_path / "huge.json").write_text(json.dumps({"title": "Big", "text": "Abe met Putin. " * 1_400_000}), "utf-8")
    assert len(html) > 20_000_000
    art = read_file(tmp_path / "huge.html")[0]
    assert any(f"over the {MAX_HTML_CHARS:,}-character limit" in p for p in art.problems)
    assert "Paragraph 0:" in art.text and len(art.text) <= MAX_TEXT_CHARS
    art = read_file(tmp_path / "huge.json")[0]
    assert len(art.text) <= MAX_TEXT_CHARS + len("Big\n\n")
    assert any("huge.json: too long" in p for p in art.problems)


def test_five_thousand_sentences_are_read(tmp_path):
    # no timing asserted (speed is bench/'s); a run that hangs is stopped by pytest-timeout (pyproject.toml)
    folder = tmp_path / "long"
    folder.mkdir()
    write_long_article(folder / "long.txt")
    c = load_corpus(folder, cache=None)
    assert len(c.events) > 100


def test_deeply_nested_quotes(tmp_path):
    folder = tmp_path / "quotes"
    folder.mkdir()
    shutil.copy(SAMPLES / "nested_quotes.txt", folder)
    c = load_corpus(folder, cache=None)
    assert "2019-01-22" in set(c.events["date"])
    text = c.articles["text"][0]
    for ev in c.events.to_dict("records"):
        assert text[ev["evidence_start"]:ev["evidence_end"]] == ev["evidence"]


@pytest.mark.parametrize("content,message", [
    (b"\x00\x01\x02\x03" * 100, "binary data, not text"),
    (b"file,published\n\"" + b"x" * 200_000 + b"\"\n", "not readable as CSV"),
    (b"name,date\ngood_control.txt,2019-01-01\n", "no 'file' column"),
])
def test_a_bad_metadata_csv_does_not_stop_the_articles(tmp_path, content, message):
    folder = tmp_path / "meta"
    folder.mkdir()
    shutil.copy(SAMPLES / "good_control.txt", folder)
    (folder / "metadata.csv").write_bytes(content)
    arts, skipped, problems = read_folder(folder)
    assert [a.name for a in arts] == ["good_control.txt"] and skipped == []
    assert any(message in p and "metadata.csv" in p for p in problems), problems
    proc = run_cli(folder, tmp_path / "x.jsonl")
    assert proc.returncode == 0, proc.stderr


def test_metadata_header_is_forgiving(tmp_path):
    (tmp_path / "metadata.csv").write_text("\ufeff File , Published ,URL,notes\n\ngood_control.txt,2019-01-23,"
                                           "https://x.org/a,anything\ngood_control.txt,2019-01-24,,\n", "utf-8")
    shutil.copy(SAMPLES / "good_control.txt", tmp_path)
    arts, _, problems = read_folder(tmp_path)
    assert arts[0].published == date(2019, 1, 24)  # the last row for a file wins ...
    assert any("good_control.txt is listed again (line 3 ignored)" in p for p in problems)  # ... and says so


@pytest.mark.parametrize("value", ["yesterday", "2 days ago", "now", "0001-01-01", "1066-10-14", "3000-01-01"])
def test_publication_dates_must_be_real_and_absolute(tmp_path, value):
    (tmp_path / "a.json").write_text(json.dumps({"text": "Abe met Putin in Moscow.", "published": value}))
    art = read_file(tmp_path / "a.json")[0]
    assert art.published is None
    assert any("not understood or not between" in p for p in art.problems)


def test_html_publication_date_is_not_guessed_from_the_text():
    art = read_file(SAMPLES / "html_scripts.html")[0]
    assert art.published is None  # the page has no date in its markup; a guess of 2018-01-01 would mislead


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_text("Abe met Putin.")

    def deny(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(ReadError, match=r"locked.txt: cannot be read \(Permission denied\)"):
        read_file(p)
