"""--workers N: the per-article stage in N processes gives exactly the single-process output."""

from __future__ import annotations

import importlib.util
import multiprocessing
import shutil
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest

from loaders import cli, parallel
from loaders.corpus import extract_folder, read_folder
from loaders.parallel import FingerprintMismatch, Stats, extract_batch
from loaders.schema import to_frame

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    """bench/generate.py, imported by path (the tests do not need bench/ on sys.path)."""
    if "bench_generate" not in sys.modules:
        spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules["bench_generate"] = mod
        spec.loader.exec_module(mod)
    return sys.modules["bench_generate"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles plus 15 SYNTHETIC ones (bench/generate.py), and a file that cannot be read."""
    out = tmp_path_factory.mktemp("corpus")
    _generator().generate(15, out, seed=7)
    seeds = ROOT / "data" / "articles"
    for p in seeds.glob("*.txt"):
        shutil.copy(p, out / p.name)
    with (out / "metadata.csv").open("a", encoding="utf-8") as fh:
        fh.write("".join(line + "\n" for line in (seeds / "metadata.csv").read_text("utf-8").splitlines()[1:]))
    (out / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    return out


@pytest.fixture(scope="module")
def single(folder: Path) -> str:
    ex = extract_folder(folder)
    assert len(ex.events) > 20
    return to_frame(ex.events).to_json(orient="records", lines=True, force_ascii=False)


def test_two_workers_give_the_single_process_output(folder, single):
    stats = Stats()
    ex = extract_folder(folder, workers=2, stats=stats)
    assert stats.mode == "2 processes" and stats.extracted == len(read_folder(folder)[0])
    assert to_frame(ex.events).to_json(orient="records", lines=True, force_ascii=False) == single
    one = extract_folder(folder)
    assert [r.to_dict() for r in ex.records] == [r.to_dict() for r in one.records]
    assert ex.texts == one.texts and ex.problems == one.problems


def test_cli_workers_output_is_byte_identical(folder, tmp_path):
    a, b = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert cli.main(["extract", str(folder), "--out", str(a), "--no-cache", "--quiet"]) == 0
    assert cli.main(["extract", str(folder), "--out", str(b), "--no-cache", "--quiet", "--workers", "2"]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_workers_fill_the_cache_that_one_process_reads(folder, single, tmp_path):
    store = tmp_path / "cache"
    extract_folder(folder, workers=2, cache=store)
    stats = Stats()
    ex = extract_folder(folder, cache=store, stats=stats)
    assert stats.extracted == 0
    assert to_frame(ex.events).to_json(orient="records", lines=True, force_ascii=False) == single


def test_batches_cover_every_article_once():
    todo = list(range(103))
    for workers in (1, 2, 7, 64):
        batches = parallel._batches(todo, workers)
        assert [i for b in batches for i in b] == todo
        assert max(len(b) for b in batches) <= parallel.MAX_BATCH


def test_a_failing_article_is_reported_like_in_one_process(monkeypatch):
    arts = read_folder(ROOT / "data" / "articles")[0][:2]
    from loaders import corpus

    real = corpus.extract_article

    def flaky(art):
        if art.name == arts[1].name:
            raise ValueError("boom")
        return real(art)

    monkeypatch.setattr(corpus, "extract_article", flaky)
    packed = extract_batch(arts)
    assert packed[0][0] is not None and packed[0][1] is None
    assert packed[1][0] is None and "extraction failed" in packed[1][1].problems[-1]


def test_a_worker_with_other_code_refuses():
    with pytest.raises(FingerprintMismatch):
        extract_batch([], expected="not this extractor")


def test_bad_worker_counts_are_usage_errors(folder, tmp_path):
    out = str(tmp_path / "x.jsonl")
    assert cli.main(["extract", str(folder), "--out", out, "--workers", "-1"]) == 2
    assert cli.main(["extract", str(folder), "--out", out, "--workers", "2", "--dask", "local:2"]) == 2


def test_directory_out_gets_parquet_parts(folder, tmp_path, single):
    out = tmp_path / "events"
    assert cli.main(["extract", str(folder), "--out", str(out), "--no-cache", "--quiet"]) == 0
    parts = sorted(out.glob("part-*.parquet"))
    assert parts
    frame = pd.read_parquet(out)
    assert len(frame) == len(single.splitlines())
    assert list(frame["article"]) == [line.split('"article":"')[1].split('"')[0] for line in single.splitlines()]
    assert cli.write_parts(frame.iloc[:0], out) == [out / "part-00000.parquet"]  # stale parts are replaced
    assert sorted(out.glob("part-*.parquet")) == [out / "part-00000.parquet"]


def test_workers_running_other_code_stop_the_run(folder, monkeypatch):
    """As when loaders/ is edited while a run is under way: spawned workers load the new code, the parent has the old.
    (Forked workers run the parent's own code.)"""
    monkeypatch.setattr(parallel, "_start_method", lambda: multiprocessing.get_context("spawn"))
    monkeypatch.setattr(parallel, "fingerprint", lambda: "the parent's extractor")
    with pytest.raises(FingerprintMismatch, match="another extractor"):
        extract_folder(folder, workers=2)


def test_workers_are_forked_only_from_a_single_thread():
    assert parallel._start_method().get_start_method() == ("fork" if threading.active_count() == 1 else "spawn")
    started = threading.Event()
    t = threading.Thread(target=started.wait)
    t.start()
    try:
        assert parallel._start_method().get_start_method() == "spawn"
    finally:
        started.set()
        t.join()
