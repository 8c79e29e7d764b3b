"""Benchmark of the dashboard's filter-change path on synthetic events (prints figures, asserts nothing).

    .venv/bin/python bench/bench_dashboard.py            # 20,000 events
    .venv/bin/python bench/bench_dashboard.py --full     # also 100,000 events
    .venv/bin/python bench/bench_dashboard.py --no-apptest

For each size it measures, in this process:
  * prepare: merging rows into events (done once per corpus state, then cached);
  * pure path: mask + timeline figure + the figure JSON Streamlit sends, for a filter change;
  * baseline: a naive path on the same data (row-wise apply filter, one SVG bar per event via
    plotly.express.timeline, string customdata) — the ratio pure/baseline is printed;
  * AppTest rerun: the whole dashboard script after a filter change (year slider, actor, words),
    with the corpus already cached (what a user waits for, minus the browser's drawing).
Target: a filter-change rerun under 0.5 s at 20,000 events.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
import plotly.express as px  # noqa: E402
import plotly.io as pio  # noqa: E402

from timeline.events import prepare  # noqa: E402
from timeline.figures import timeline_figure  # noqa: E402
from timeline.filters import FilterState, mask  # noqa: E402
from timeline.synthetic import synthetic_corpus  # noqa: E402

FILTERS = [
    ("years 2014-2016", FilterState(years=(2014, 2016))),
    ("actor Vladimir Putin", FilterState(actors=("Vladimir Putin",))),
    ("words 'sochi', summits", FilterState(text="sochi", types=("summit",))),
    ("no filter", FilterState()),
]


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    best = float("inf")
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def pure_path(prep, state: FilterState) -> int:
    shown = prep.merged[mask(prep, state)]
    fig = timeline_figure(shown)
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


def apptest_reruns(events: pd.DataFrame, articles: pd.DataFrame, years: tuple[int, int]) -> dict[str, float]:
    from streamlit.testing.v1 import AppTest

    import loaders

    class Corpus:
        def __init__(self) -> None:
            self.events, self.articles, self.problems = events, articles, []

    vars(loaders)["load_corpus"] = lambda folder, progress=None: Corpus()
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "placeholder.txt").write_text("synthetic corpus stand-in")
        os.environ["TIMELINE_ARTICLES"] = tmp
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
        t = time.perf_counter()
        at.run()
        out["first run (load + prepare + draw)"] = time.perf_counter() - t
        assert not at.exception, [e.message for e in at.exception]
        t = time.perf_counter()
        at.run()
        out["rerun, nothing changed"] = time.perf_counter() - t
        steps = [
            ("filter: years", lambda: at.slider(key="f_years").set_value((years[0] + 1, years[1] - 1))),
            ("filter: actor", lambda: at.multiselect(key="f_actors").select("Vladimir Putin")),
            ("filter: words", lambda: at.text_input(key="f_text").input("sochi")),
            ("filter: reset words", lambda: at.text_input(key="f_text").input("")),
            ("choose an event", lambda: at.session_state.__setitem__("event_id", "ev000003")),
        ]
        for name, step in steps:
            step()
            t = time.perf_counter()
            at.run()
            out[name] = time.perf_counter() - t
            assert not at.exception, [e.message for e in at.exception]
    return out


def run(n: int, apptest: bool) -> None:
    print(f"\n=== {n:,} events ===")
    t = time.perf_counter()
    events, articles = synthetic_corpus(n, seed=1)
    print(f"generate: {time.perf_counter() - t:.2f} s ({len(events):,} source rows, {len(articles):,} articles)")
    t = time.perf_counter()
    prep = prepare(events)
    print(f"prepare (once per corpus, then cached): {time.perf_counter() - t:.2f} s")
    for name, state in FILTERS:
        pure_s, size = timed(lambda state=state: pure_path(prep, state))
        base_s, _ = timed(lambda state=state: naive_path(events, state), repeat=1)
        print(f"  {name:24s} pure {pure_s * 1000:6.0f} ms (figure JSON {int(size) / 1e6:4.1f} MB)   "
              f"naive {base_s * 1000:6.0f} ms   ratio pure/naive {pure_s / base_s:5.2f}")
    # memory, measured apart so that tracing does not slow the timings above
    tracemalloc.start()
    prepare(events)
    _, peak_prep = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    pure_path(prep, FilterState())
    _, peak_path = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory: prepare {peak_prep / 2**20:.0f} MiB, unfiltered filter+figure path "
          f"{peak_path / 2**20:.0f} MiB")
    if apptest:
        years = (int(prep.merged["year_start"].min()), int(prep.merged["year_end"].max()))
        results = apptest_reruns(events, articles, years)
        for name, secs in results.items():
            flag = "" if "first" in name else ("  ok (< 0.5 s)" if secs < 0.5 else "  over the 0.5 s target")
            print(f"  AppTest {name:36s} {secs:6.2f} s{flag}")
        reruns = [v for k, v in results.items() if k.startswith("filter")]
        print(f"  AppTest filter-change rerun median: {statistics.median(reruns):.2f} s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"process peak RSS so far: {rss / 1024:.0f} MiB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true", help="also run 100,000 events")
    ap.add_argument("--no-apptest", action="store_true", help="skip the AppTest reruns")
    ap.add_argument("--sizes", type=int, nargs="*", help="event counts to run instead of the defaults")
    args = ap.parse_args()
    sizes = args.sizes or ([20_000, 100_000] if args.full else [20_000])
    for n in sizes:
        run(n, apptest=not args.no_apptest)


if __name__ == "__main__":
    main()
