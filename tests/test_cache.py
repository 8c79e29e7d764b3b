"""The incremental cache: a second run extracts nothing, a changed file only that file, output unchanged."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import warnings
from pathlib import Path

import pytest

from loaders import cache as cache_mod
from loaders import cli, corpus, settings
from loaders.cache import Cache, article_key, fingerprint
from loaders.corpus import extract_folder, load_corpus, read_folder
from loaders.parallel import Stats
from loaders.schema import to_frame

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "articles"
    shutil.copytree(ROOT / "data" / "articles", out)
    return out


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the articles extracted (in this process) since the test began."""
    seen: list[str] = []
    real = corpus.extract_article

    def counting(art):
        seen.append(art.name)
        return real(art)

    monkeypatch.setattr(corpus, "extract_article", counting)
    return seen


def jsonl(ex: corpus.Extraction) -> str:
    return to_frame(ex.events).to_json(orient="records", lines=True, force_ascii=False)


def test_second_run_extracts_nothing_and_gives_the_same_output(folder, tmp_path, calls):
    store = tmp_path / "cache"
    n = len(read_folder(folder)[0])
    first = extract_folder(folder, cache=store)
    assert len(calls) == n
    stats = Stats()
    second = extract_folder(folder, cache=store, stats=stats)
    assert len(calls) == n  # nothing extracted again
    assert (stats.cached, stats.extracted) == (n, 0)
    assert jsonl(second) == jsonl(first)
    assert [r.to_dict() for r in second.records] == [r.to_dict() for r in first.records]
    assert second.texts == first.texts
    assert jsonl(extract_folder(folder)) == jsonl(first)  # and the same as without any cache


def test_changing_one_file_extracts_only_that_file(folder, tmp_path, calls):
    store = tmp_path / "cache"
    extract_folder(folder, cache=store)
    calls.clear()
    target = sorted(folder.glob("*.txt"))[1]
    target.write_text(target.read_text(encoding="utf-8") + "\nThe two foreign ministers will meet in March.\n",
                      encoding="utf-8")
    ex = extract_folder(folder, cache=store)
    assert calls == [target.name]
    assert jsonl(ex) == jsonl(extract_folder(folder))  # as if extracted from scratch


def test_a_metadata_change_counts_as_a_change(folder, tmp_path, calls):
    store = tmp_path / "cache"
    extract_folder(folder, cache=store)
    calls.clear()
    meta = folder / settings.METADATA_FILE
    lines = meta.read_text(encoding="utf-8").splitlines()
    name = lines[1].split(",")[0]
    lines[1] = lines[1].replace(lines[1].split(",")[1], "2017-03-01")
    meta.write_text("\n".join(lines) + "\n", encoding="utf-8")
    extract_folder(folder, cache=store)
    assert calls == [name]


def test_a_new_extractor_version_or_vocabulary_misses(folder, tmp_path, monkeypatch, calls):
    store = tmp_path / "cache"
    extract_folder(folder, cache=store)
    n = len(calls)
    art = read_folder(folder)[0][0]
    before = article_key(art)
    monkeypatch.setattr(settings, "EXTRACTOR_VERSION", settings.EXTRACTOR_VERSION + "-test")
    fingerprint.cache_clear()
    try:
        assert article_key(art) != before
        extract_folder(folder, cache=store)
        assert len(calls) == 2 * n
        # the vocabulary data: an edited copy of data/ gives another fingerprint
        data = tmp_path / "data"
        data.mkdir()
        for p in cache_mod.vocab_files().values():
            shutil.copy(p, data / p.name)
        monkeypatch.setattr(settings, "DATA_DIR", data)
        fingerprint.cache_clear()
        same_data = fingerprint()
        with (data / "people.csv").open("a", encoding="utf-8") as fh:
            fh.write("Test Person,,Japan,foreign_minister,Foreign Minister,2030-01-01,,test\n")
        fingerprint.cache_clear()
        assert fingerprint() != same_data
    finally:
        monkeypatch.undo()
        fingerprint.cache_clear()


def test_no_cache_writes_nothing(folder, tmp_path, monkeypatch, calls):
    monkeypatch.setenv(cache_mod.ENV_VAR, str(tmp_path / "default"))
    extract_folder(folder)  # the library default: no cache
    extract_folder(folder, cache=None)
    assert not (tmp_path / "default").exists()
    assert len(calls) == 2 * len(read_folder(folder)[0])


def test_load_corpus_uses_the_default_cache(folder, tmp_path, monkeypatch, calls):
    monkeypatch.setenv(cache_mod.ENV_VAR, str(tmp_path / "default"))
    a = load_corpus(folder)
    n = len(calls)
    b = load_corpus(folder)
    assert len(calls) == n and n > 0
    assert (tmp_path / "default" / cache_mod.DB_NAME).is_file()
    assert a.events.equals(b.events) and a.articles.equals(b.articles)


def test_the_cache_is_private_and_an_unsafe_one_is_not_read(folder, tmp_path, calls):
    store = tmp_path / "cache"
    extract_folder(folder, cache=store)
    if hasattr(os, "getuid"):
        assert store.stat().st_mode & 0o077 == 0
        assert (store / cache_mod.DB_NAME).stat().st_mode & 0o077 == 0
        store.chmod(0o777)  # writable by others: its pickles could be anyone's
        calls.clear()
        with pytest.warns(RuntimeWarning, match="writable by other users"):
            ex = extract_folder(folder, cache=store)
        assert len(calls) == len(read_folder(folder)[0])  # extracted, not read from the cache
        assert ex.events


def test_a_broken_cache_file_degrades_to_no_cache(folder, tmp_path, calls):
    store = tmp_path / "cache"
    store.mkdir(mode=0o700)
    (store / cache_mod.DB_NAME).write_bytes(b"this is not a database" * 100)
    (store / cache_mod.DB_NAME).chmod(0o600)
    with pytest.warns(RuntimeWarning, match="not used"):
        ex = extract_folder(folder, cache=store)
    assert jsonl(ex) == jsonl(extract_folder(folder))


def test_an_unreadable_entry_is_a_miss(folder, tmp_path, calls):
    store = tmp_path / "cache"
    extract_folder(folder, cache=store)
    with sqlite3.connect(store / cache_mod.DB_NAME) as db:
        key = db.execute("SELECT key FROM results WHERE key NOT LIKE 'corpus:%' AND key NOT LIKE 'folder:%' "
                         "LIMIT 1").fetchone()[0]
        db.execute("UPDATE results SET value = ? WHERE key = ?", (b"garbage", key))
        db.execute("UPDATE results SET value = ? WHERE key LIKE 'corpus:%' OR key LIKE 'folder:%'", (b"garbage",))
    calls.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ex = extract_folder(folder, cache=store)
    assert len(calls) == 1
    assert jsonl(ex) == jsonl(extract_folder(folder))


def test_an_unchanged_folder_comes_whole_from_the_cache(folder, tmp_path, calls):
    store = tmp_path / "cache"
    first = extract_folder(folder, cache=store)
    calls.clear()
    again = extract_folder(folder, cache=store)
    assert calls == [] and jsonl(again) == jsonl(first)
    assert again.texts == first.texts


def test_an_untouched_folder_is_not_even_read(folder, tmp_path, monkeypatch, calls):
    store = tmp_path / "cache"
    first = extract_folder(folder, cache=store)
    calls.clear()
    reads: list[Path] = []
    real = corpus.read_file
    monkeypatch.setattr(corpus, "read_file", lambda path: reads.append(path) or real(path))
    stats = Stats()
    again = extract_folder(folder, cache=store, stats=stats)
    assert reads == [] and calls == []
    assert (stats.total, stats.cached, stats.extracted) == (len(first.texts), len(first.texts), 0)
    assert jsonl(again) == jsonl(first) and again.texts == first.texts
    assert [r.to_dict() for r in again.records] == [r.to_dict() for r in first.records]


def test_a_file_rewritten_with_the_same_size_and_time_is_read_again(folder, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    extract_folder(folder, cache=store)
    target = sorted(folder.glob("*.txt"))[0]
    text, st = target.read_text(encoding="utf-8"), target.stat()
    swapped = text.replace("Putin", "Xi Jp", 1)  # same length
    assert swapped != text and len(swapped.encode()) == len(text.encode())
    target.write_text(swapped, encoding="utf-8")
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    again = extract_folder(folder, cache=store)
    assert again.texts[target.name] == swapped


def test_old_fingerprints_are_pruned(tmp_path):
    store = Cache(tmp_path / "cache")
    art = read_folder(ROOT / "data" / "articles")[0][0]
    result = corpus.extract_articles([art])[0][0]
    real = store.fp
    for n in range(6):
        store.fp, store._pruned = f"old-{n}", False
        store.put_many([(f"k{n}", result)])
    store.fp, store._pruned = real, False
    store.put_many([(article_key(art), result)])
    with sqlite3.connect(store.path) as db:
        stamps = {s for (s,) in db.execute("SELECT DISTINCT stamp FROM results")}
    store.close()
    assert stamps == {real, "old-5", "old-4", "old-3"}


def test_cli_cache_options(folder, tmp_path, capsys, calls):
    out = tmp_path / "out.jsonl"
    store = tmp_path / "cache"
    assert cli.main(["extract", str(folder), "--out", str(out), "--cache", str(store)]) == 0
    first = out.read_text(encoding="utf-8")
    assert cli.main(["extract", str(folder), "--out", str(out), "--cache", str(store)]) == 0
    err = capsys.readouterr().err
    n = len(read_folder(folder)[0])
    assert f"{n} of {n} articles from the cache, 0 extracted" in err
    assert out.read_text(encoding="utf-8") == first
    calls.clear()
    assert cli.main(["extract", str(folder), "--out", str(out), "--no-cache", "--quiet"]) == 0
    assert len(calls) == n
    assert out.read_text(encoding="utf-8") == first
    assert cli.main(["extract", str(folder), "--out", str(out), "--no-cache", "--cache", str(store)]) == 2


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_default_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv(cache_mod.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_mod.default_dir() == tmp_path / "diplomatic-timeline"
    monkeypatch.setenv(cache_mod.ENV_VAR, str(tmp_path / "x"))
    assert cache_mod.default_dir() == tmp_path / "x"
