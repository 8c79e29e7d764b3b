"""The per-file account: every input file appears in it (read, with its events, or skipped and why), on the
console and in the JSON written with --report, and it agrees with the events written with --out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import loaders.corpus
from loaders import cli
from loaders.corpus import load_corpus
from loaders.schema import ARTICLE_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
MEETING = "Prime Minister Shinzo Abe met Russian President Vladimir Putin in Moscow on Jan. 22, 2019.\n"
OTHER = "Foreign Minister Taro Kono met Russian Foreign Minister Sergey Lavrov in Tokyo on Feb. 16, 2019.\n"


def _folder(root: Path) -> tuple[Path, dict[str, str]]:
    """A folder of every kind of entry, and the status each must get in the account (by input file)."""
    folder = root / "articles"
    folder.mkdir()
    files: dict[str, bytes] = {
        "a.txt": MEETING.encode(),
        "b.HTML": (f"<html><body><article><p>{OTHER} The ministries said so in statements afterwards, "
                   "and officials confirmed it later.</p></article></body></html>").encode(),
        "c.htm": b"<html><body><script>only a script</script></body></html>",
        "d.json": json.dumps({"title": "T", "text": MEETING}).encode(),
        "e.jsonl": "\n".join(json.dumps({"text": t}) for t in (MEETING, OTHER, "No meeting here.")).encode(),
        "notes.md": MEETING.encode(),
        "data.csv": b"a,b\n1,2\n",
        "README": MEETING.encode(),
        "slides.docx": b"PK\x03\x04 not really",
        "empty.txt": b"",
        "bad.json": b"{",
        ".DS_Store": b"\x00\x00\x00\x01Bud1",
        ".hidden.txt": MEETING.encode(),
        "metadata.csv": b"file,published\na.txt,2019-01-23\n",
    }
    for name, content in files.items():
        (folder / name).write_bytes(content)
    (folder / "sub").mkdir()
    (folder / "sub" / "inner.txt").write_bytes(MEETING.encode())
    expected = {"a.txt": "read", "b.HTML": "read", "c.htm": "skipped", "d.json": "read", "e.jsonl": "read",
                "notes.md": "skipped", "data.csv": "skipped", "README": "skipped", "slides.docx": "skipped",
                "empty.txt": "skipped", "bad.json": "skipped", "sub/": "skipped"}
    if sys.platform != "win32" and sys.platform != "darwin":  # names that are not UTF-8 (Linux allows them)
        (folder / os.fsdecode(b"caf\xe9.txt")).write_bytes(OTHER.encode())
        expected["caf\\xe9.txt"] = "read"
    return folder, expected


def _run(folder: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "loaders", "extract", str(folder), "--out", str(out), *extra]
    env = {**os.environ, "DIPLOMATIC_TIMELINE_CACHE": str(out.parent / "cache")}
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def _base(name: str) -> str:
    return name.split("#", 1)[0]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    folder, expected = _folder(root)
    out, report = root / "out" / "events.jsonl", root / "out" / "report.json"
    proc = _run(folder, out, "--report", str(report))
    events = pd.read_json(out, lines=True) if out.read_text().strip() else pd.DataFrame(columns=["article"])
    return proc, json.loads(report.read_text("utf-8")), events, expected, folder


def test_report_is_json_with_files_and_problems(run):
    proc, report, _, _, _ = run
    assert proc.returncode == 0, proc.stderr
    assert set(report) == {"files", "problems"}
    for rec in report["files"]:
        assert set(rec) == set(ARTICLE_COLUMNS)
        assert rec["status"] in ("read", "skipped")
        if rec["status"] == "skipped":
            assert rec["problems"] and rec["events"] == 0  # a skipped file always says why
        else:
            assert rec["chars"] > 0


def test_every_input_file_appears_exactly_as_expected(run):
    _, report, _, expected, _ = run
    got: dict[str, set[str]] = {}
    for rec in report["files"]:
        got.setdefault(_base(rec["article"]), set()).add(rec["status"])
    assert got == {name: {status} for name, status in expected.items()}
    names = [r["article"] for r in report["files"]]
    assert len(names) == len(set(names))  # one entry per article, none twice
    assert [r["article"] for r in report["files"] if r["article"].startswith("e.jsonl")] == [
        "e.jsonl#1", "e.jsonl#2", "e.jsonl#3"]  # each article of a multi-article file


def test_hidden_files_and_metadata_are_not_articles(run):
    _, report, events, _, _ = run
    names = {r["article"] for r in report["files"]}
    assert not {".DS_Store", ".hidden.txt", "metadata.csv"} & names
    assert ".hidden.txt" not in set(events["article"])


def test_skipped_files_say_why_and_name_themselves(run):
    _, report, _, _, _ = run
    why = {r["article"]: " ".join(r["problems"]) for r in report["files"] if r["status"] == "skipped"}
    assert "not an article type" in why["notes.md"] and "not an article type" in why["README"]
    assert "empty file" in why["empty.txt"]
    assert "malformed JSON" in why["bad.json"]
    assert "no article text found in the HTML" in why["c.htm"]
    assert "sub-folder" in why["sub/"]
    for name, text in why.items():
        assert name.rstrip("/") in text


def test_event_counts_agree_with_the_events_written(run):
    _, report, events, _, _ = run
    counts = events.groupby("article").size().to_dict() if len(events) else {}
    assert {r["article"]: r["events"] for r in report["files"] if r["events"]} == counts
    assert counts.get("a.txt", 0) >= 1 and counts.get("e.jsonl#2", 0) >= 1
    assert sum(r["events"] for r in report["files"]) == len(events)
    a = next(r for r in report["files"] if r["article"] == "a.txt")
    assert a["published"] == "2019-01-23"  # metadata.csv applied


def test_console_account_lists_every_file(run):
    proc, report, _, _, _ = run
    for rec in report["files"]:
        assert f"{rec['status']:8} {rec['article']}" in proc.stderr
    n_read = sum(r["status"] == "read" for r in report["files"])
    assert f"from {n_read} of {len(report['files'])} files" in proc.stderr


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_report_is_written_whatever_the_output_format(run, tmp_path, suffix):
    folder = run[4]
    report = tmp_path / "r.json"
    proc = _run(folder, tmp_path / f"x{suffix}", "--report", str(report), "--strict")
    assert proc.returncode == 1  # problems in the folder, and --strict
    assert json.loads(report.read_text("utf-8"))["files"] == run[1]["files"]


def test_account_of_load_corpus_matches_the_report(run):
    corpus = load_corpus(run[4], cache=None)
    py = corpus.articles.drop(columns=["text"]).to_dict("records")
    cli_side = run[1]["files"]
    assert [r["article"] for r in py] == [r["article"] for r in cli_side]
    assert [(r["status"], r["events"], r["problems"]) for r in py] == [
        (r["status"], r["events"], r["problems"]) for r in cli_side]


def test_a_crash_in_one_article_is_accounted_and_the_rest_goes_on(tmp_path, monkeypatch):
    """A bug in extraction (any exception) costs one article, not the corpus; the account says which and why."""
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text(MEETING)
    (folder / "boom.txt").write_text(OTHER)
    real = loaders.corpus.extract_article

    def flaky(art):
        if art.name == "boom.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return real(art)

    monkeypatch.setattr(loaders.corpus, "extract_article", flaky)
    monkeypatch.setenv("DIPLOMATIC_TIMELINE_CACHE", str(tmp_path / "cache"))  # in case the CLI caches
    corpus = load_corpus(folder, cache=None)
    recs = corpus.articles.set_index("article")
    assert recs.loc["boom.txt", "status"] == "skipped"
    assert "boom.txt: extraction failed (RecursionError" in " ".join(recs.loc["boom.txt", "problems"])
    assert recs.loc["a.txt", "events"] >= 1 and set(corpus.events["article"]) == {"a.txt"}
    report = tmp_path / "r.json"
    args = ["extract", str(folder), "--out", str(tmp_path / "x.jsonl"), "--report", str(report), "--quiet"]
    assert cli.main(args) == 0  # something could be read
    assert [r["status"] for r in json.loads(report.read_text())["files"]] == ["read", "skipped"]
    assert cli.main([*args, "--strict"]) == 1


def test_an_empty_folder_is_an_error_that_says_so(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "empty"
    folder.mkdir()
    proc = subprocess.run([sys.executable, "-m", "loaders", "extract", str(folder), "--out", str(tmp_path / "x.jsonl"),
                           "--no-cache"], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "no article files" in proc.stderr
