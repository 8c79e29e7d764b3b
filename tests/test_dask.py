"""--dask ADDRESS: the per-article stage on a Dask cluster, then the merge here, gives the single-process output."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from loaders import cli
from loaders.corpus import extract_folder
from loaders.parallel import Stats
from loaders.schema import to_frame

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as lc:
        yield lc


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    for p in (ROOT / "data" / "articles").iterdir():
        shutil.copy(p, out / p.name)
    # a second copy of each article under another name: more batches, and events to merge across articles
    for p in sorted(out.glob("*.txt")):
        shutil.copy(p, out / f"copy_{p.name}")
    return out


def test_dask_cluster_gives_the_single_process_output(cluster, folder):
    single = extract_folder(folder)
    assert single.events
    stats = Stats()
    ex = extract_folder(folder, dask=cluster.scheduler_address, stats=stats)
    assert stats.mode.startswith("dask") and stats.extracted == 10
    assert to_frame(ex.events).equals(to_frame(single.events))
    assert [r.to_dict() for r in ex.records] == [r.to_dict() for r in single.records]


def test_cli_dask_writes_partitioned_parquet_equal_to_single_process(cluster, folder, tmp_path):
    one = tmp_path / "one.parquet"
    assert cli.main(["extract", str(folder), "--out", str(one), "--no-cache", "--quiet"]) == 0
    assert one.is_file()  # without --dask, .parquet stays one file
    out = tmp_path / "events.parquet"
    assert cli.main(["extract", str(folder), "--out", str(out), "--no-cache", "--quiet",
                     "--dask", cluster.scheduler_address]) == 0
    assert out.is_dir() and sorted(p.name for p in out.iterdir()) == ["part-00000.parquet"]
    pd.testing.assert_frame_equal(pd.read_parquet(out), pd.read_parquet(one))


def test_dask_with_cache_sends_only_new_articles(cluster, folder, tmp_path):
    store = tmp_path / "cache"
    extract_folder(folder, cache=store)
    stats = Stats()
    extract_folder(folder, cache=store, dask=cluster.scheduler_address, stats=stats)
    assert (stats.cached, stats.extracted) == (10, 0)


def test_dask_address_is_checked(folder, tmp_path):
    assert cli.main(["extract", str(folder), "--out", str(tmp_path / "x.jsonl"), "--dask", "local:two"]) == 2
