"""Cold starts and end-to-end runs: what a user waits for, each command in a fresh process (prints figures only).

    .venv/bin/python -m bench.coldstart            # also run by `python -m bench` (section 0)

  * `python -m loaders dates` on one sentence: wall time of the whole process (target < 0.3 s), with the cache
    directory already holding the date patterns' start regexes and the gazetteer (every run after the first),
    and with an empty one (the first run on a machine);
  * `python -m loaders extract` on one seed article: when its progress line says the first article is done, less
    that article's own extraction time measured warm in-process = what the start costs (target < 0.5 s);
  * the dashboard's first page on the shipped articles in headless Chromium: from `streamlit run` to the first
    timeline point drawn, and from opening the page to it (target < 2 s; skipped without Chromium or Playwright);
  * end to end, start-up included, on the real articles (the seeds and the JMH set together, one folder):
    `python -m loaders extract DIR --no-cache` against a process that imports dateparser and runs
    search_dates(text, languages=["en"]) on each article (target >= 10x).

Each command runs as Python runs for a user: PYTHONDONTWRITEBYTECODE (set on some build machines) is dropped, so
the warm-up run writes the modules' bytecode and the timed runs read it.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "They met on Friday, and will meet again next month."
DATEPARSER = """
import sys, time
from pathlib import Path
from dateparser.search import search_dates
for p in sorted(Path(sys.argv[1]).iterdir()):
    search_dates(p.read_text(encoding="utf-8"), languages=["en"])
"""


def real_articles(dest: Path, code: Path = ROOT) -> Path:
    """The seed articles and the JMH set in one folder (the JMH copy kept in tests/, else the shared one)."""
    dest.mkdir(parents=True, exist_ok=True)
    jmh = ROOT / "tests" / "eval" / "real" / "jmh" / "articles"
    if not jmh.is_dir():
        jmh = ROOT.parent / "shared" / "eval" / "jmh" / "articles"
    for folder in (code / "data" / "articles", jmh):
        for p in sorted(folder.glob("*")):
            if p.suffix in (".txt", ".html", ".json", ".jsonl"):
                shutil.copy2(p, dest / p.name)
    return dest


def _env(code: Path, cache: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as Python runs by default: modules byte-compiled once, then read
    env["PYTHONPATH"] = os.pathsep.join([str(code), *filter(None, [env.get("PYTHONPATH")])])
    if cache is not None:
        env["DIPLOMATIC_TIMELINE_CACHE"] = str(cache)
    return env


def _wall(cmd: list[str], code: Path, stdin: str = "", cache: Path | None = None) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True, cwd=code, env=_env(code, cache))
    return time.perf_counter() - t


def best(times: list[float]) -> float:
    return min(times)


def dates_cold(code: Path, runs: int = 5) -> dict[str, float]:
    cmd = [sys.executable, "-m", "loaders", "dates", "--anchor", "2013-03-22"]
    with tempfile.TemporaryDirectory() as empty:
        first = _wall(cmd, code, SENTENCE, Path(empty) / "cache")
    _wall(cmd, code, SENTENCE)  # the default cache directory holds what the tagger keeps
    times = [_wall(cmd, code, SENTENCE) for _ in range(runs)]
    return {"dates_cold_s": best(times), "dates_cold_median_s": statistics.median(times), "dates_first_ever_s": first}


def _first_article_s(code: Path, folder: Path, out: Path) -> tuple[float, float]:
    """(seconds until the progress line reports the first article, seconds of the whole process)."""
    cmd = [sys.executable, "-m", "loaders", "extract", str(folder), "--out", str(out), "--no-cache"]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=code, env=_env(code), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    seen, first = b"", None
    while True:
        chunk = proc.stderr.read1(256) if hasattr(proc.stderr, "read1") else proc.stderr.read(1)
        if not chunk:
            break
        seen += chunk
        if first is None and b"extracting 1/" in seen:
            first = time.perf_counter() - t
    proc.wait()
    total = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(seen.decode(errors="replace")[-2000:])
    return first if first is not None else total, total


WARM_ARTICLE = """
import json, sys, time
from pathlib import Path
from loaders.corpus import read_folder
from loaders.pipeline import extract_article
arts = read_folder(Path(sys.argv[1]))[0]
extract_article(arts[0])
t = time.perf_counter()
for _ in range(5):
    extract_article(arts[0])
print(json.dumps((time.perf_counter() - t) / 5))
"""


def extract_cold(code: Path, runs: int = 5) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one"
        one.mkdir()
        seed = sorted((code / "data" / "articles").glob("*.txt"))[0]
        shutil.copy2(seed, one / seed.name)
        _first_article_s(code, one, Path(tmp) / "out.jsonl")  # the cache directory gets the kept tables
        runs_ = [_first_article_s(code, one, Path(tmp) / "out.jsonl") for _ in range(runs)]
        proc = subprocess.run([sys.executable, "-c", WARM_ARTICLE, str(one)], capture_output=True, text=True,
                              check=True, cwd=code, env=_env(code))
        warm = float(json.loads(proc.stdout.strip().splitlines()[-1]))
    first = min(r[0] for r in runs_)
    return {"extract_first_article_s": first, "extract_article_warm_s": warm, "extract_start_s": first - warm,
            "extract_total_s": min(r[1] for r in runs_)}


def end_to_end(code: Path, folder: Path, runs: int = 3) -> dict[str, float]:
    """Our extract vs dateparser's search_dates, each a fresh process over the same folder, best of `runs`."""
    with tempfile.TemporaryDirectory() as tmp:
        ours_cmd = [sys.executable, "-m", "loaders", "extract", str(folder), "--out", str(Path(tmp) / "x.jsonl"),
                    "--no-cache", "--quiet"]
        base_cmd = [sys.executable, "-c", DATEPARSER, str(folder)]
        _wall(ours_cmd, code)
        ours, base = [], []
        for _ in range(runs):  # alternating, so that both see the same neighbours
            ours.append(_wall(ours_cmd, code))
            base.append(_wall(base_cmd, code))
    n = sum(1 for _ in folder.iterdir())
    return {"articles": n, "ours_s": best(ours), "dateparser_s": best(base), "ratio": best(base) / best(ours)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


POINTS = ".js-plotly-plot .cartesianlayer .scatterlayer .trace .points path.point"


def dashboard_cold(code: Path = ROOT) -> dict[str, float] | None:
    """Seconds from `streamlit run` to the first timeline point in Chromium, and from opening the page to it."""
    chromium = "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not os.path.exists(chromium):
        return None
    port = _free_port()
    env = {**_env(code), "TIMELINE_ARTICLES": str(code / "data" / "articles")}
    cmd = [sys.executable, "-m", "streamlit", "run", str(code / "dashboard.py"), "--server.headless", "true",
           "--server.port", str(port), "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                        if r.read().strip() == b"ok":
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline or proc.poll() is not None:
                    return None
                time.sleep(0.05)
            healthy = time.perf_counter() - t0
            t1 = time.perf_counter()
            page.goto(url)
            page.wait_for_selector(POINTS, timeout=60_000)
            shown = time.perf_counter()
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
            browser.close()
    return {"server_start_s": healthy, "page_to_timeline_s": shown - t1, "launch_to_timeline_s": shown - t0}


def report(code: Path = ROOT, dashboard: bool = True, app: Path = ROOT) -> dict[str, Any]:
    """Run everything, print the figures, return them."""
    out: dict[str, Any] = {}
    d = dates_cold(code)
    out["dates"] = d
    print(f"  `loaders dates`, one sentence, fresh process: {d['dates_cold_s']:.3f} s, fastest of 5 "
          f"(median {d['dates_cold_median_s']:.3f} s; first run on a machine, empty cache directory: "
          f"{d['dates_first_ever_s']:.3f} s)  target < 0.3 s: {'met' if d['dates_cold_s'] < 0.3 else 'NOT met'}")
    e = extract_cold(code)
    out["extract"] = e
    print(f"  `loaders extract`, one seed article, fastest of 5: first article done at "
          f"{e['extract_first_article_s']:.3f} s, "
          f"the article itself {1000 * e['extract_article_warm_s']:.1f} ms warm -> start {e['extract_start_s']:.3f} s "
          f"(target < 0.5 s: {'met' if e['extract_start_s'] < 0.5 else 'NOT met'}); whole process, table written: "
          f"{e['extract_total_s']:.3f} s")
    if dashboard:
        try:
            dash = dashboard_cold(app)
        except Exception as exc:  # a browser that would not start: no figure, not a failed benchmark
            print(f"  dashboard: not measured ({type(exc).__name__}: {exc})")
            dash = None
        if dash:
            out["dashboard"] = dash
            print(f"  dashboard, shipped articles, headless Chromium: server up {dash['server_start_s']:.2f} s, page "
                  f"opened -> first timeline point {dash['page_to_timeline_s']:.2f} s (target < 2 s: "
                  f"{'met' if dash['page_to_timeline_s'] < 2 else 'NOT met'}); from launch "
                  f"{dash['launch_to_timeline_s']:.2f} s")
        elif dash is None:
            print("  dashboard: not measured (no Chromium or Playwright)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = real_articles(Path(tmp) / "real", code)
        e2e = end_to_end(code, folder)
    out["end_to_end"] = e2e
    print(f"  end to end, start-up included, {e2e['articles']} real articles (seeds + JMH), one process each side: "
          f"extract {e2e['ours_s']:.3f} s vs search_dates {e2e['dateparser_s']:.3f} s: {e2e['ratio']:.2f}x "
          f"(target >= 10x: {'met' if e2e['ratio'] >= 10 else 'NOT met'})")
    return out


def main() -> int:
    print("0. Cold starts and end to end (fresh processes)")
    report()
    return 0


if __name__ == "__main__":
    sys.exit(main())
