"""One measured stage of the benchmark, run in a fresh process so that its peak memory is its own.

    .venv/bin/python -m bench.stage '{"stage": "pipeline", "folder": "...", "workers": 2, ...}'

prints one JSON line of figures. bench/run.py starts these; running one by hand is for debugging.
"""

from __future__ import annotations

import hashlib
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory (ru_maxrss: kilobytes on Linux, bytes on macOS)."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def per_article(folder: str, sample: int, trace: int, repeat: int = 5) -> dict[str, Any]:
    """One core, in this process, after warm-up: extract_article vs dateparser's search_dates on the same texts.

    Each side runs over all the texts `repeat` times, alternating, and keeps its fastest pass (as timeit does):
    on a shared machine the slower passes measure the neighbours, not the code."""
    import dateparser.search

    from loaders.corpus import finish, read_folder
    from loaders.pipeline import extract_article

    arts, skipped, problems = read_folder(Path(folder))
    arts = arts[:sample] if sample else arts
    chars = sum(len(a.text) for a in arts)
    t = time.perf_counter()
    extract_article(arts[0])  # loads vocabularies, gazetteer, patterns
    warm_ours = time.perf_counter() - t
    t = time.perf_counter()
    dateparser.search.search_dates(arts[0].text, languages=["en"])
    warm_base = time.perf_counter() - t

    def ours() -> None:
        for a in arts:
            extract_article(a)

    results = [extract_article(a) for a in arts]
    finish(results, skipped, problems)  # warm-up: summits and people data for year resolution

    def baseline() -> None:
        for a in arts:
            dateparser.search.search_dates(a.text, languages=["en"])

    ours_s = base_s = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        ours()
        ours_s = min(ours_s, time.perf_counter() - t)
        t = time.perf_counter()
        baseline()
        base_s = min(base_s, time.perf_counter() - t)
    finish_s = float("inf")  # the cross-article stage (years, merge) over these articles' results
    for _ in range(repeat):
        t = time.perf_counter()
        finish(results, skipped, problems)
        finish_s = min(finish_s, time.perf_counter() - t)
    # memory of one article at a time, traced (slow, so on a few articles and not timed)
    tracemalloc.start()
    peaks = []
    for a in arts[:trace]:
        tracemalloc.reset_peak()
        extract_article(a)
        peaks.append(tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
    return {"articles": len(arts), "chars": chars, "ours_s": ours_s, "baseline_s": base_s, "repeat": repeat,
            "finish_s": finish_s,
            "warm_ours_s": warm_ours, "warm_baseline_s": warm_base,
            "trace_peak_mb": max(peaks) / 2**20 if peaks else 0.0, "rss_mb": peak_rss_mb()}


def digest(results: list[Any]) -> str:
    """A digest of the per-article results that does not depend on set order (for runs without finish)."""
    rows = [[r.article.name, [[e.type, e.status, list(e.participants), list(e.countries),
                               e.timex.text if e.timex else None] for e in r.events]] for r in results]
    return hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()


def pipeline(folder: str, cache: str | None, workers: int, dask: str | None, out: str | None,
             run_finish: bool = True) -> dict[str, Any]:
    """read_folder -> loaders.parallel.extract (cache, workers, Dask) -> finish, each phase timed."""
    t0 = time.perf_counter()
    from loaders.corpus import finish, read_folder
    from loaders.parallel import Stats, extract
    from loaders.schema import to_frame

    t_import = time.perf_counter() - t0
    stats = Stats()
    if cache and run_finish:  # as extract_folder runs it: an untouched folder's result comes whole, unread
        return _cached_run(folder, cache, workers, dask, stats, out, t_import)
    t = time.perf_counter()
    arts, skipped, problems = read_folder(Path(folder))
    t_read = time.perf_counter() - t
    t = time.perf_counter()
    results, failed = extract(arts, cache=cache, workers=workers, dask=dask, stats=stats)
    t_extract = time.perf_counter() - t
    if not run_finish:
        return {"articles": len(arts), "events": sum(len(r.events) for r in results), "import_s": t_import,
                "read_s": t_read, "extract_s": t_extract, "finish_s": 0.0, "total_s": t_import + t_read + t_extract,
                "cached": stats.cached, "extracted": stats.extracted, "failed": stats.failed, "mode": stats.mode,
                "output_sha256": digest(results), "rss_mb": peak_rss_mb(),
                "children_rss_mb": peak_rss_mb(resource.RUSAGE_CHILDREN)}
    t = time.perf_counter()
    ex = finish(results, skipped + failed, problems)
    t_finish = time.perf_counter() - t
    jsonl = to_frame(ex.events).to_json(orient="records", lines=True, force_ascii=False)
    if out:
        Path(out).write_text(jsonl, encoding="utf-8")
    return {"articles": len(arts), "events": len(ex.events), "import_s": t_import, "read_s": t_read,
            "extract_s": t_extract, "finish_s": t_finish, "total_s": t_import + t_read + t_extract + t_finish,
            "cached": stats.cached, "extracted": stats.extracted, "failed": stats.failed, "mode": stats.mode,
            "output_sha256": hashlib.sha256(jsonl.encode()).hexdigest(),
            "rss_mb": peak_rss_mb(), "children_rss_mb": peak_rss_mb(resource.RUSAGE_CHILDREN)}


def _cached_run(folder: str, cache: str, workers: int, dask: str | None, stats: Any, out: str | None,
                t_import: float) -> dict[str, Any]:
    """loaders.corpus.extract_folder with the cache: reading, extraction and merge timed together (as "extract")."""
    from loaders.corpus import extract_folder
    from loaders.schema import to_frame

    t = time.perf_counter()
    ex = extract_folder(folder, cache=cache, workers=workers, dask=dask, stats=stats)
    t_extract = time.perf_counter() - t
    jsonl = to_frame(ex.events).to_json(orient="records", lines=True, force_ascii=False)
    if out:
        Path(out).write_text(jsonl, encoding="utf-8")
    return {"articles": stats.total, "events": len(ex.events), "import_s": t_import, "read_s": 0.0, "whole": True,
            "extract_s": t_extract, "finish_s": 0.0, "total_s": t_import + t_extract,
            "cached": stats.cached, "extracted": stats.extracted, "failed": stats.failed, "mode": stats.mode,
            "output_sha256": hashlib.sha256(jsonl.encode()).hexdigest(),
            "rss_mb": peak_rss_mb(), "children_rss_mb": peak_rss_mb(resource.RUSAGE_CHILDREN)}


def main(argv: list[str] | None = None) -> int:
    args = json.loads((argv if argv is not None else sys.argv[1:])[0])
    if args["stage"] == "per_article":
        out = per_article(args["folder"], args.get("sample", 0), args.get("trace", 20), args.get("repeat", 5))
    else:
        out = pipeline(args["folder"], args.get("cache"), args.get("workers", 1), args.get("dask"), args.get("out"),
                       args.get("finish", True))
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
