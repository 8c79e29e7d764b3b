"""Extraction benchmark: articles per second, peak memory, and ratios against baselines of the same run.

    .venv/bin/python -m bench                     # 1,000 SYNTHETIC articles + the seeds, ~3 minutes
    .venv/bin/python -m bench --n 10000           # scale
    .venv/bin/python -m bench --workers 1,2,4 --dask local:2 --save

What it measures (each stage in a fresh process, so peak memory is the stage's own):
  1. one core, per article, after warm-up, on the same texts, fastest of --repeat passes each:
     loaders.pipeline.extract_article vs dateparser's search_dates(text, languages=["en"]) (the obvious
     approach, which only finds dates) -- on the real seed articles and on a sample of the synthetic ones;
  2. the whole folder (read -> per-article stage -> cross-article finish) on the SYNTHETIC corpus of
     bench/generate.py: cold with an empty cache, again with the warm cache (ratio to the cold run),
     again after changing one file (one article extracted), with each --workers count and with --dask;
     every mode's events table must be byte-identical (checked, printed).
  3. ratios to the previous figures kept in bench/results.json (written with --save; figures depend on
     the machine, so compare on the same one).
Nothing is asserted: the benchmark prints figures. Tests never assert timings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results.json"
TARGET_RATIO = 10.0  # extraction must be this many times faster than search_dates


CODE_ROOT = ROOT  # where the stages import loaders from: the tree, or a snapshot of it (--snapshot)


def snapshot(dest: Path) -> Path:
    """A frozen copy of the code and data, so that edits made in the tree during the run don't mix versions."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".timeline-cache")
    for part in ("loaders", "bench", "data"):
        shutil.copytree(ROOT / part, dest / part, ignore=ignore)
    return dest


def stage(args: dict[str, Any]) -> dict[str, Any]:
    """Run bench/stage.py in a fresh interpreter and return its figures (plus the wall time)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(CODE_ROOT), *filter(None, [env.get("PYTHONPATH")])])
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "bench.stage", json.dumps(args)], cwd=CODE_ROOT, env=env,
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"stage {args} failed:\n{proc.stderr[-3000:]}")
    out: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    out["wall_s"] = wall
    return out


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:8.1f}" if seconds > 0 else "     inf"


def per_article_report(name: str, r: dict[str, Any]) -> dict[str, float]:
    n = r["articles"]
    ms_ours, ms_base = 1000 * r["ours_s"] / n, 1000 * r["baseline_s"] / n
    ratio = ms_base / ms_ours
    print(f"  {name}: {n} articles, {r['chars'] / n:,.0f} chars each on average; fastest of {r['repeat']} passes")
    print(f"    {'extract_article (ours)':34} {_rate(n, r['ours_s'])} articles/s  {ms_ours:7.2f} ms/article"
          f"  (first call, loading vocabularies: {r['warm_ours_s']:.2f} s)")
    print(f"    {'search_dates (dateparser)':34} {_rate(n, r['baseline_s'])} articles/s  {ms_base:7.2f} ms/article"
          f"  (first call: {r['warm_baseline_s']:.2f} s)")
    verdict = "met" if ratio >= TARGET_RATIO else "NOT met"
    print(f"    speed-up over search_dates: {ratio:.2f}x  (target >= {TARGET_RATIO:.0f}x: {verdict})")
    ms_all = 1000 * (r["ours_s"] + r["finish_s"]) / n
    print(f"    with the cross-article finish (years, merge) over these articles: {ms_all:.2f} ms/article, "
          f"{ms_base / ms_all:.2f}x")
    print(f"    peak memory: one article's extraction {1024 * r['trace_peak_mb']:.0f} KB traced (tracemalloc), "
          f"process {r['rss_mb']:.0f} MB RSS")
    return {"ms_per_article": ms_ours, "baseline_ms_per_article": ms_base, "ratio_to_search_dates": ratio,
            "with_finish_ms_per_article": ms_all, "with_finish_ratio": ms_base / ms_all}


def pipeline_line(label: str, r: dict[str, Any], ref: dict[str, Any] | None = None) -> None:
    n = r["articles"]
    run_s = r["read_s"] + r["extract_s"] + r["finish_s"]
    ratio = f"{run_s / (ref['read_s'] + ref['extract_s'] + ref['finish_s']):6.1%}" if ref else "      "
    kids = f" (+workers {r['children_rss_mb']:.0f})" if r["children_rss_mb"] > 1 else ""
    phases = (f"extract_folder (read, extract, merge) {run_s:7.2f}" if r.get("whole") else
              f"read {r['read_s']:6.2f}  extract {r['extract_s']:7.2f}  finish {r['finish_s']:6.2f}")
    print(f"  {label:28} {_rate(n, run_s)} art/s  {phases}  = {run_s:7.2f} s {ratio}  wall {r['wall_s']:6.1f} s  "
          f"RSS {r['rss_mb']:4.0f} MB{kids}  [{r['cached']} cached, {r['extracted']} extracted]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="SYNTHETIC articles for the folder runs (default 1000)")
    parser.add_argument("--sample", type=int, default=200,
                        help="synthetic articles for the one-core per-article comparison (default 200)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="passes over the texts in the one-core comparison; the fastest counts (default 5)")
    parser.add_argument("--workers", default="2", help="comma-separated worker counts to run (default 2)")
    parser.add_argument("--dask", default="local:2",
                        help="Dask address for one run ('local:N' starts a local cluster; 'none' to skip)")
    parser.add_argument("--corpus", type=Path, help="use this folder instead of generating one")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus and outputs")
    parser.add_argument("--save", action="store_true", help=f"write the figures to {RESULTS.name} for next time")
    parser.add_argument("--skip-finish", action="store_true",
                        help="time only read + per-article stage (the cross-article finish is O(n^2) at present); "
                             "modes are then compared on a digest of the per-article results")
    parser.add_argument("--skip-coldstart", action="store_true",
                        help="leave out section 0 (cold starts, end to end on real articles)")
    parser.add_argument("--skip-dashboard", action="store_true", help="no dashboard cold start in section 0")
    parser.add_argument("--live", action="store_true",
                        help="import the tree itself, not a snapshot of loaders/, bench/ and data/ taken at the start")
    parser.add_argument("--browser", action="store_true",
                        help="only the dashboard's first render in Chromium on the shipped articles "
                             "(bench/bench_browser.py; --corpus for another folder)")
    args = parser.parse_args(argv)
    if args.browser:
        from bench.bench_browser import main as browser_main

        return browser_main(["--corpus", str(args.corpus)] if args.corpus else [])

    global CODE_ROOT
    work = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    CODE_ROOT = ROOT if args.live else snapshot(work / "code")
    figures: dict[str, Any] = {"date": dt.datetime.now().isoformat(timespec="seconds"), "n": args.n,
                               "skip_finish": args.skip_finish,
                               "machine": f"{platform.machine()} {platform.processor() or ''} "
                                          f"{os.cpu_count()} cores, Python {platform.python_version()}"}
    try:
        if args.corpus:
            corpus = args.corpus
        else:
            from bench.generate import generate

            t = time.perf_counter()
            corpus = generate(args.n, work / "corpus")
            print(f"SYNTHETIC corpus: {args.n} articles recombined from the seeds by bench/generate.py "
                  f"({time.perf_counter() - t:.1f} s) in {corpus}")
        print(f"machine: {figures['machine']}")
        print(f"code: {'the tree itself (--live)' if args.live else f'snapshot of the tree in {CODE_ROOT}'}\n")

        if not args.skip_coldstart:
            from bench import coldstart

            print("0. Cold starts and end to end on real articles (fresh processes; bench/coldstart.py)")
            figures["coldstart"] = coldstart.report(CODE_ROOT, dashboard=not args.skip_dashboard)
            print()
        print("1. One core, per article, after warm-up (same texts for both)")
        seeds = stage({"stage": "per_article", "folder": str(CODE_ROOT / "data" / "articles"), "repeat": args.repeat})
        figures["seeds"] = per_article_report("real seed articles (data/articles)", seeds)
        synth = stage({"stage": "per_article", "folder": str(corpus), "sample": args.sample, "repeat": args.repeat})
        figures["synthetic"] = per_article_report("SYNTHETIC sample", synth)

        print(f"\n2. Whole folder: read -> per-article stage -> cross-article finish ({args.n} SYNTHETIC articles)")
        cache = work / "cache"
        outs: dict[str, str] = {}
        fin = {"finish": not args.skip_finish}
        if args.skip_finish:
            print("  (cross-article finish skipped: --skip-finish; outputs compared on per-article results)")
        cold = stage({"stage": "pipeline", "folder": str(corpus), "cache": str(cache), **fin})
        pipeline_line("1 process, empty cache", cold)
        outs["1 process"] = cold["output_sha256"]
        warm = stage({"stage": "pipeline", "folder": str(corpus), "cache": str(cache), **fin})
        pipeline_line("1 process, warm cache", warm, cold)
        outs["warm cache"] = warm["output_sha256"]
        changed = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")[0]
        original = changed.read_text(encoding="utf-8")
        changed.write_text(original + "\nThe two foreign ministers will meet again in March.\n", encoding="utf-8")
        try:
            one = stage({"stage": "pipeline", "folder": str(corpus), "cache": str(cache), **fin})
        finally:
            changed.write_text(original, encoding="utf-8")
        pipeline_line("1 file changed", one, cold)
        run_s = {k: v["read_s"] + v["extract_s"] + v["finish_s"] for k, v in (("cold", cold), ("warm", warm))}
        figures["pipeline"] = {
            "cold_articles_per_s": args.n / run_s["cold"], "cold_s": run_s["cold"], "cold_finish_s": cold["finish_s"],
            "warm_s": run_s["warm"], "warm_ratio": run_s["warm"] / run_s["cold"],
            "changed_one_extracted": one["extracted"], "rss_mb": cold["rss_mb"]}
        single = stage({"stage": "pipeline", "folder": str(corpus), **fin})  # what the workers and Dask runs beat
        pipeline_line("1 process, no cache", single)
        outs["1 process, no cache"] = single["output_sha256"]
        for w in [int(x) for x in args.workers.split(",") if x.strip()]:
            if w <= 1:
                continue
            r = stage({"stage": "pipeline", "folder": str(corpus), "workers": w, **fin})
            pipeline_line(f"{w} worker processes, no cache", r, single)
            outs[f"{w} workers"] = r["output_sha256"]
            figures["pipeline"][f"workers_{w}_extract_speedup"] = single["extract_s"] / r["extract_s"]
        if args.dask and args.dask != "none":
            r = stage({"stage": "pipeline", "folder": str(corpus), "dask": args.dask, **fin})
            pipeline_line(f"dask {args.dask}, no cache", r, single)
            outs[f"dask {args.dask}"] = r["output_sha256"]
            figures["pipeline"]["dask_extract_speedup"] = single["extract_s"] / r["extract_s"]
        same = len(set(outs.values())) == 1
        what = "per-article results" if args.skip_finish else "events table"
        print(f"  {what} identical in every mode ({', '.join(outs)}): {'yes' if same else 'NO'}")
        print(f"  warm-cache run / cold run: {figures['pipeline']['warm_ratio']:.1%} of the time (target < 5%); "
              f"one changed file -> {one['extracted']} article extracted; workers and Dask against one process "
              f"without cache: per-article stage {single['extract_s']:.2f} s")

        print("\n3. Against the previous figures (bench/results.json)")
        compare(figures)
        if args.save:
            RESULTS.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
            print(f"  saved to {RESULTS}")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def compare(now: dict[str, Any]) -> None:
    if not RESULTS.is_file():
        print("  none kept yet (run with --save)")
        return
    prev = json.loads(RESULTS.read_text(encoding="utf-8"))
    print(f"  previous: {prev.get('date')} on {prev.get('machine')}, n={prev.get('n')}")
    for label, path in (("loaders dates cold start, s", ("dates", "dates_cold_s")),
                        ("loaders extract start, s", ("extract", "extract_start_s")),
                        ("end to end ratio to search_dates", ("end_to_end", "ratio"))):
        old_v: Any = prev.get("coldstart", {})
        new_v: Any = now.get("coldstart", {})
        for k in path:
            old_v = old_v.get(k, {}) if isinstance(old_v, dict) else None
            new_v = new_v.get(k, {}) if isinstance(new_v, dict) else None
        if isinstance(old_v, float) and isinstance(new_v, float):
            print(f"  {label:40} {old_v:10.3f} -> {new_v:10.3f}  (now/previous {new_v / old_v:.2f})")
    rows = [("seeds ms/article", ("seeds", "ms_per_article")),
            ("synthetic ms/article", ("synthetic", "ms_per_article")),
            ("speed-up over search_dates (synthetic)", ("synthetic", "ratio_to_search_dates")),
            ("folder articles/s, cold", ("pipeline", "cold_articles_per_s")),
            ("finish seconds, cold", ("pipeline", "cold_finish_s")),
            ("warm/cold ratio", ("pipeline", "warm_ratio"))]
    same_kind = prev.get("skip_finish", False) == now.get("skip_finish", False)
    for label, (a, b) in rows:
        if a == "pipeline" and not same_kind:
            continue  # one run timed the cross-article finish, the other did not
        old, new = prev.get(a, {}).get(b), now.get(a, {}).get(b)
        if old and new:
            print(f"  {label:40} {old:10.3f} -> {new:10.3f}  (now/previous {new / old:.2f})")


if __name__ == "__main__":
    sys.exit(main())
