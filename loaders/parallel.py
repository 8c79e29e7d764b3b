"""Per-article extraction here, in N worker processes (--workers) or on a Dask cluster (--dask), with the cache.

The per-article stage (loaders.pipeline.extract_article, through corpus.extract_articles so that its
error handling applies) is pure, so it can run anywhere; the cross-article stage (corpus.finish) runs
afterwards in the calling process. Every mode returns the same results in the same order as the
articles, so the output is identical whatever the mode.

  * one process (workers=1): no start-up cost; the right choice up to a few hundred new articles.
  * workers=N: a pool of N processes, forked where that is safe (POSIX, a single thread: they start with the
    vocabularies this process loaded), else spawned (each loads them once, about a second); they take
    batches of articles.
  * dask="tcp://host:8786": the batches go to a Dask distributed cluster; "local" or "local:N"
    starts a LocalCluster of N single-threaded worker processes on this machine for the run. Workers
    must run the same code and vocabulary data: each batch checks the worker's cache.fingerprint()
    against the client's and fails with a clear message when they differ (FingerprintMismatch; local
    worker processes check too, which catches loaders/ or data/ edited while a run is under way).

With a cache, only the articles it does not hold are sent out, and results are written back batch by
batch, so an interrupted run keeps what it finished.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from .cache import Cache, CacheArg, fingerprint, open_cache, pack, unpack
from .pipeline import ArticleResult
from .read import Article
from .schema import ArticleRecord

Progress = Callable[[int, int], None]
Packed = tuple[dict[str, Any] | None, ArticleRecord | None]  # (packed result, or the failure's record)
MAX_BATCH = 64  # articles per task: about two seconds of work, small enough to balance the load
FLUSH_EVERY = 256  # results written to the cache at once in one process


class FingerprintMismatch(RuntimeError):
    """A worker would extract with other code, vocabulary data or version than the client."""


@dataclass
class Stats:
    """What a run did: articles in, taken from the cache, extracted, failed; and how."""

    total: int = 0
    cached: int = 0
    extracted: int = 0
    failed: int = 0
    mode: str = "1 process"
    seconds: float = 0.0


# ---------------------------------------------------------------- the unit of work

def extract_one(art: Article) -> tuple[ArticleResult | None, ArticleRecord | None]:
    """One article's result, or the record of its failure (corpus.extract_articles decides which)."""
    from .corpus import extract_articles

    results, failed = extract_articles([art])
    return (results[0] if results else None), (failed[0] if failed else None)


def extract_batch(articles: Sequence[Article], expected: str | None = None) -> list[Packed]:
    """The work of one task in a worker: results packed without their articles (the client has them)."""
    if expected is not None and expected != fingerprint():
        raise FingerprintMismatch(
            f"worker pid {os.getpid()} runs another extractor than the client (code, data/ vocabularies or "
            "EXTRACTOR_VERSION differ): install the same version of diplomatic-timeline on every worker")
    out: list[Packed] = []
    for art in articles:
        result, record = extract_one(art)
        out.append((pack(result) if result is not None else None, record))
    return out


def warm_up() -> None:
    """Load the vocabularies, gazetteer and patterns once per worker, before the first batch."""
    text = "Prime Minister Shinzo Abe met President Vladimir Putin in Moscow on Jan. 22."
    fingerprint()
    try:
        extract_one(Article("warm-up", text, body=[(0, len(text))]))
    except Exception:  # noqa: BLE001 - a failure here shows up, with its message, on the real articles
        pass


# ---------------------------------------------------------------- the run

def extract(articles: Sequence[Article], progress: Progress | None = None, *,
            cache: CacheArg = None, workers: int = 1,
            dask: str | None = None, stats: Stats | None = None) -> tuple[list[ArticleResult], list[ArticleRecord]]:
    """Each article's result (in article order) and the records of those that failed (in article order)."""
    t0 = time.perf_counter()
    stats = stats if stats is not None else Stats()
    store = open_cache(cache)
    owned = store is not None and not isinstance(cache, Cache)
    total = len(articles)
    slots: list[ArticleResult | ArticleRecord | None] = [None] * total
    keys: list[str] = []
    try:
        if store is not None and store.enabled:
            keys = store.keys(articles)
            for i, hit in enumerate(store.get_many(articles, keys)):
                slots[i] = hit
        todo = [i for i in range(total) if slots[i] is None]
        stats.total, stats.cached = total, total - len(todo)
        done = [stats.cached]
        if progress and (stats.cached or not todo):
            progress(done[0], total)
        pending: list[tuple[str, ArticleResult]] = []

        def take(index: list[int], packed: list[Packed]) -> None:
            for i, (res, rec) in zip(index, packed, strict=True):
                art = articles[i]
                if res is not None:
                    result = unpack(art, res)
                    slots[i] = result
                    if keys:
                        pending.append((keys[i], result))
                else:
                    slots[i] = rec
            done[0] += len(index)
            if store is not None and (len(pending) >= FLUSH_EVERY or done[0] == total):
                store.put_many(pending)
                pending.clear()
            if progress:
                progress(done[0], total)

        if todo:
            if dask:
                stats.mode = f"dask {dask}"
                _run_dask(articles, todo, dask, take)
            elif workers > 1 and len(todo) > 1:
                stats.mode = f"{workers} processes"
                _run_processes(articles, todo, workers, take)
            else:
                stats.mode = "1 process"
                for i in todo:
                    result, record = extract_one(articles[i])
                    take([i], [((pack(result) if result is not None else None), record)])
        if store is not None and pending:
            store.put_many(pending)
    finally:
        if owned and store is not None:
            store.close()
    results = [s for s in slots if isinstance(s, ArticleResult)]
    failed = [s for s in slots if isinstance(s, ArticleRecord)]
    stats.extracted = total - stats.cached
    stats.failed = len(failed)
    stats.seconds = time.perf_counter() - t0
    return results, failed


def _batches(todo: list[int], parallel: int) -> list[list[int]]:
    """Batches of article indexes: at least four per worker to balance the load, at most MAX_BATCH each."""
    size = max(1, min(MAX_BATCH, math.ceil(len(todo) / (4 * max(parallel, 1)))))
    return [todo[i:i + size] for i in range(0, len(todo), size)]


Take = Callable[[list[int], list[Packed]], None]


def _run_processes(articles: Sequence[Article], todo: list[int], workers: int, take: Take) -> None:
    batches = _batches(todo, workers)
    expected = fingerprint()
    left = set(range(len(batches)))
    ctx = _start_method()
    if ctx.get_start_method() == "fork":
        warm_up()  # here, once: the forked workers begin with the vocabularies loaded
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=warm_up) as pool:
            futures = {pool.submit(extract_batch, [articles[i] for i in b], expected): n
                       for n, b in enumerate(batches)}
            for fut in as_completed(futures):
                n = futures[fut]
                take(batches[n], fut.result())
                left.discard(n)
    except BrokenProcessPool as err:  # a worker died (out of memory, killed): finish here rather than fail
        warnings.warn(f"worker processes stopped ({err}); extracting the remaining articles in this process",
                      RuntimeWarning, stacklevel=2)
        for n in sorted(left):
            take(batches[n], extract_batch([articles[i] for i in batches[n]]))


def _start_method() -> Any:
    """Fork where Python itself would (POSIX) and no other Python thread runs (the dashboard's, say): workers then
    start at once, sharing the vocabularies loaded here; else spawn fresh interpreters (each loads them, about a
    second)."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def local_cluster_size(address: str) -> int | None:
    """N for "local:N", the number of cores for "local", None for the address of a running scheduler."""
    if address == "local":
        return os.cpu_count() or 1
    if address.startswith("local:"):
        return max(1, int(address.split(":", 1)[1]))
    return None


def _run_dask(articles: Sequence[Article], todo: list[int], address: str, take: Take) -> None:
    try:
        from distributed import Client, LocalCluster
        from distributed import as_completed as dask_completed
    except ImportError as err:  # pragma: no cover - the [cluster] extra is not installed
        raise RuntimeError("--dask needs dask[distributed]: pip install 'diplomatic-timeline[cluster]'") from err
    n_local = local_cluster_size(address)
    cluster = None
    if n_local is not None:
        cluster = LocalCluster(n_workers=n_local, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        parallel = sum(client.nthreads().values()) or 1
        batches = _batches(todo, parallel)
        expected = fingerprint()
        data = client.scatter([[articles[i] for i in b] for b in batches])
        futures = client.map(extract_batch, data, expected=expected, pure=False)
        where = {f.key: n for n, f in enumerate(futures)}
        for fut in dask_completed(futures):
            n = where[fut.key]
            take(batches[n], fut.result())
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
