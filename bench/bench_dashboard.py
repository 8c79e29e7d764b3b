"""Benchmark of the dashboard on synthetic events (prints figures, asserts nothing).

    .venv/bin/python bench/bench_dashboard.py            # 20,000 events
    .venv/bin/python bench/bench_dashboard.py --full     # also 100,000 events
    .venv/bin/python bench/bench_dashboard.py --no-apptest --no-memory   # pure paths only

For each size it measures, in this process:
  * prepare: merging rows into events, and the picker's titles (once per corpus state, then cached);
  * pure path: mask + timeline figure + the figure JSON Streamlit sends, for a filter change (above
    figures.DETAIL_LIMIT dated events the figure is the chart of counts per lane and period);
  * baseline: a naive path on the same data in the same process (row-wise apply filter, one SVG bar per
    event via plotly.express.timeline, string customdata); every timing is also printed as a ratio to it,
    so that figures from different machines can be compared;
  * AppTest: the whole dashboard script — the first run after extraction (the stand-in loader returns the
    ready tables, so this is prepare + first draw), then reruns after filter changes, a lane switch, the
    Table and Actors views, a clicked count bar and a chosen event;
  * memory: peak RSS of a fresh process that holds the extracted tables and runs the app through the same
    steps (the generator's own garbage and the other sizes do not count).
Targets (the issue): at 100,000 events start < 3 s, a filter change < 0.5 s, peak RSS < 1 GB; at
20,000 events a filter change < 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
import plotly.express as px  # noqa: E402
import plotly.io as pio  # noqa: E402

from timeline.events import prepare  # noqa: E402
from timeline.figures import co_occurrence, event_titles, timeline_figure  # noqa: E402
from timeline.filters import FilterState, mask  # noqa: E402
from timeline.synthetic import synthetic_corpus  # noqa: E402

FILTERS = [
    ("years 2014-2016", FilterState(years=(2014, 2016))),
    ("actor Vladimir Putin", FilterState(actors=("Vladimir Putin",))),
    ("words 'sochi', summits", FilterState(text="sochi", types=("summit",))),
    ("no filter", FilterState()),
]
TARGET_RERUN_S = 0.5
TARGET_START_S = 3.0
TARGET_RSS_MIB = 1024


def timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    best = float("inf")
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def pure_path(prep, state: FilterState, lane: str = "type") -> int:
    shown = prep.merged[mask(prep, state)]
    fig = timeline_figure(shown, lane_mode=lane)
    return len(pio.to_json(fig, validate=False))


def naive_path(events: pd.DataFrame, state: FilterState) -> int:
    """What a straightforward implementation would do on every rerun."""
    def keep(row) -> bool:
        if state.actors and not (set(row["participants"]) | set(row["countries"])) & set(state.actors):
            return False
        if state.years and isinstance(row["date_start"], str):
            y0, y1 = int(row["date_start"][:4]), int(row["date_end"][:4])
            if y1 < state.years[0] or y0 > state.years[1]:
                return False
        if state.types and row["type"] not in state.types:
            return False
        if state.text and state.text.lower() not in str(row["evidence"]).lower():
            return False
        return True

    rows = events[events.apply(keep, axis=1)]
    rows = rows.drop_duplicates("event_id")
    rows = rows[rows["date_start"].notna()].copy()
    rows["end"] = pd.to_datetime(rows["date_end"]) + pd.Timedelta(days=1)
    fig = px.timeline(rows, x_start="date_start", x_end="end", y="type", color="type",
                      custom_data=["event_id"], hover_data=["participants", "location"])
    return len(pio.to_json(fig, validate=False))


def flag(secs: float, target: float) -> str:
    return f"ok (< {target:g} s)" if secs < target else f"OVER the {target:g} s target"


# ---------------------------------------------------------------------- the app through AppTest


def stand_in_loader(events: pd.DataFrame, articles: pd.DataFrame) -> None:
    """Make loaders.load_corpus return these tables (extraction already done)."""
    import loaders

    class Corpus:
        def __init__(self) -> None:
            self.events, self.articles, self.problems = events, articles, []

    vars(loaders)["load_corpus"] = lambda folder, progress=None: Corpus()


def decode_array(value: Any) -> list[Any]:
    """A figure JSON array as a list (plotly writes numpy arrays as {"dtype", "bdata", "shape"})."""
    if isinstance(value, dict) and "bdata" in value:
        import base64

        import numpy as np

        arr = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        if "shape" in value:
            arr = arr.reshape([int(x) for x in str(value["shape"]).split(",")])
        return list(arr.tolist())
    return list(value or [])


def apptest_steps(at, years: tuple[int, int]) -> list[tuple[str, Callable[[], Any]]]:
    def click_bar() -> None:
        # what a click on the chart's busiest count bar stores (AppTest cannot click a chart)
        spec = json.loads(at.get("plotly_chart")[0].proto.spec)
        best = None
        for tr in spec["data"]:
            for row in decode_array(tr.get("customdata")):
                if isinstance(row, list) and len(row) > 4 and (best is None or row[4] > best[4]):
                    best = row
        if best is not None:
            at.session_state["chart_bin"] = (best[1], best[2], best[3])

    return [
        ("filter: years", lambda: at.slider(key="f_years").set_value((years[0] + 1, years[1] - 1))),
        ("filter: actor", lambda: at.multiselect(key="f_actors").select("Vladimir Putin")),
        ("filter: words", lambda: at.text_input(key="f_text").input("sochi")),
        ("filter: reset words", lambda: at.text_input(key="f_text").input("")),
        ("filter: clear actor", lambda: at.multiselect(key="f_actors").unselect("Vladimir Putin")),
        ("filter: type summit", lambda: at.multiselect(key="f_types").select("summit")),
        ("lanes: country pair", lambda: at.radio(key="lane").set_value("pair")),
        ("click a count bar", click_bar),
        ("choose an event", lambda: at.session_state.__setitem__("event_id", "ev000003")),
        ("view: Table", lambda: at.radio(key="view").set_value("Table")),
        ("view: Actors", lambda: at.radio(key="view").set_value("Actors")),
        ("view: Timeline", lambda: at.radio(key="view").set_value("Timeline")),
    ]


def apptest_run(events: pd.DataFrame, articles: pd.DataFrame, years: tuple[int, int]) -> dict[str, float]:
    from streamlit.testing.v1 import AppTest

    stand_in_loader(events, articles)
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "placeholder.txt").write_text("synthetic corpus stand-in")
        os.environ["TIMELINE_ARTICLES"] = tmp
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
        t = time.perf_counter()
        at.run()
        out["start (prepare + first draw)"] = time.perf_counter() - t
        assert not at.exception, [e.message for e in at.exception]
        t = time.perf_counter()
        at.run()
        out["rerun, nothing changed"] = time.perf_counter() - t
        for name, step in apptest_steps(at, years):
            step()
            t = time.perf_counter()
            at.run()
            out[name] = time.perf_counter() - t
            assert not at.exception, [e.message for e in at.exception]
    return out


def memory_child(path: str) -> None:
    """Run in a fresh process: load the extracted tables, run the app's steps, print RSS figures as JSON."""
    with open(path, "rb") as fh:
        events, articles, years = pickle.load(fh)
    loaded = _rss_now()
    times = apptest_run(events, articles, years)
    # VmHWM, not getrusage: a child's ru_maxrss starts at its parent's peak (Linux keeps it through fork/exec)
    peak = _status_mib("VmHWM:")
    if peak != peak:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"loaded_mib": loaded, "peak_mib": peak, "end_mib": _rss_now(),
                      "start_s": times["start (prepare + first draw)"]}))


def _status_mib(field: str) -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _rss_now() -> float:
    return _status_mib("VmRSS:")


def memory_run(events: pd.DataFrame, articles: pd.DataFrame, years: tuple[int, int]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tables.pickle"
        with open(path, "wb") as fh:
            pickle.dump((events, articles, years), fh, protocol=5)
        proc = subprocess.run([sys.executable, __file__, "--memory-child", str(path)], capture_output=True,
                              text=True, cwd=ROOT, timeout=1800)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------- one size


def run(n: int, apptest: bool, memory: bool) -> list[tuple[str, float, float, str]]:
    """Print the figures of one size; returns (name, seconds or MiB, baseline, target flag) for the summary."""
    summary: list[tuple[str, float, float, str]] = []
    print(f"\n=== {n:,} events ===")
    t = time.perf_counter()
    events, articles = synthetic_corpus(n, seed=1)
    print(f"generate: {time.perf_counter() - t:.2f} s ({len(events):,} source rows, {len(articles):,} articles)")
    prep_s, prep = timed(lambda: prepare(events))
    titles_s, _ = timed(lambda: event_titles(prep.merged))
    draw_s, _ = timed(lambda: pure_path(prep, FilterState()), repeat=1)
    print(f"prepare (once per corpus, then cached): {prep_s:.2f} s; picker titles {titles_s:.2f} s; "
          f"first draw {draw_s:.2f} s")
    naive = {}
    for name, state in FILTERS:
        pure_s, size = timed(lambda state=state: pure_path(prep, state))
        base_s, _ = timed(lambda state=state: naive_path(events, state), repeat=1)
        naive[name] = base_s
        print(f"  {name:24s} pure {pure_s * 1000:6.0f} ms (figure JSON {int(size) / 1e6:5.2f} MB)   "
              f"naive {base_s * 1000:6.0f} ms   ratio pure/naive {pure_s / base_s:5.2f}   "
              f"{flag(pure_s, TARGET_RERUN_S)}")
        summary.append((f"pure filter change: {name}", pure_s, base_s, flag(pure_s, TARGET_RERUN_S)))
    baseline = naive["no filter"]  # the naive path drawing everything: the reference of this process
    pair_s, size = timed(lambda: pure_path(prep, FilterState(), lane="pair"))
    print(f"  {'no filter, pair lanes':24s} pure {pair_s * 1000:6.0f} ms (figure JSON {size / 1e6:5.2f} MB)   "
          f"ratio to naive 'no filter' {pair_s / baseline:5.2f}")
    actors_s, _ = timed(lambda: co_occurrence(prep.merged, "person", 20))
    print(f"  actors matrix (people, top 20): {actors_s * 1000:.0f} ms")
    start_pure = prep_s + titles_s + draw_s
    summary.append(("pure start (prepare + titles + first draw)", start_pure, baseline, flag(start_pure,
                                                                                            TARGET_START_S)))
    # memory of the pure path, measured apart so that tracing does not slow the timings above
    tracemalloc.start()
    prepare(events)
    _, peak_prep = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    pure_path(prep, FilterState())
    _, peak_path = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory: prepare {peak_prep / 2**20:.0f} MiB, unfiltered filter+figure path "
          f"{peak_path / 2**20:.0f} MiB")
    years = (int(prep.merged["year_start"].min()), int(prep.merged["year_end"].max()))
    if apptest:
        results = apptest_run(events, articles, years)
        for name, secs in results.items():
            target = TARGET_START_S if name.startswith("start") else TARGET_RERUN_S
            print(f"  AppTest {name:32s} {secs:6.2f} s   ratio to naive 'no filter' {secs / baseline:5.2f}   "
                  f"{flag(secs, target)}")
        reruns = [v for k, v in results.items() if not k.startswith("start")]
        start = results["start (prepare + first draw)"]
        summary.append(("AppTest start (prepare + first draw)", start, baseline, flag(start, TARGET_START_S)))
        summary.append(("AppTest rerun, median of the steps", statistics.median(reruns), baseline,
                        flag(statistics.median(reruns), TARGET_RERUN_S)))
        summary.append(("AppTest rerun, slowest step", max(reruns), baseline, flag(max(reruns), TARGET_RERUN_S)))
    if memory:
        mem = memory_run(events, articles, years)
        ok = "ok" if mem["peak_mib"] < TARGET_RSS_MIB else "OVER"
        print(f"  memory (fresh process): {mem['loaded_mib']:.0f} MiB with the extracted tables loaded, peak "
              f"{mem['peak_mib']:.0f} MiB through start and every step, {mem['end_mib']:.0f} MiB at the end  "
              f"{ok} (< {TARGET_RSS_MIB} MiB)")
        summary.append(("peak RSS MiB (fresh process)", mem["peak_mib"], float("nan"),
                        f"{ok} (< {TARGET_RSS_MIB} MiB)"))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"this process's peak RSS so far (generators and baselines included): {rss / 1024:.0f} MiB")
    return [(f"{n:,} · {name}", v, b, f) for name, v, b, f in summary]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true", help="also run 100,000 events")
    ap.add_argument("--no-apptest", action="store_true", help="skip the AppTest reruns")
    ap.add_argument("--no-memory", action="store_true", help="skip the fresh-process memory run")
    ap.add_argument("--sizes", type=int, nargs="*", help="event counts to run instead of the defaults")
    ap.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return
    sizes = args.sizes or ([20_000, 100_000] if args.full else [20_000])
    rows = []
    for n in sizes:
        rows += run(n, apptest=not args.no_apptest, memory=not args.no_memory)
    print("\n=== summary (ratio = figure / the naive path drawing every event, same data, same process) ===")
    for name, value, base, verdict in rows:
        unit = "MiB" if "MiB" in name else "s"
        ratio = "" if base != base else f"ratio {value / base:5.2f}"
        print(f"  {name:58s} {value:8.2f} {unit:3s} {ratio:11s} {verdict}")


if __name__ == "__main__":
    main()
