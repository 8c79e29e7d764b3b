"""The dashboard's first render in a real browser: `python -m bench --browser` (or run this file).

Starts `streamlit run dashboard.py` on the shipped articles (data/articles, or --corpus), loads the page once to
warm the cache, then times fresh page loads until the timeline's points are drawn and the script is idle.
Needs Debian's chromium at /usr/bin/chromium and Playwright. A figure only: nothing asserts it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_S = 2.0


def first_render(folder: Path, repeat: int = 3) -> list[float]:
    """Seconds from opening the page to the drawn timeline, for `repeat` fresh pages after a warm-up load."""
    sys.path.insert(0, str(ROOT))
    from playwright.sync_api import sync_playwright

    from tests.test_browser import ARGS, CHROMIUM, POINTS, app_server, wait_idle

    times = []
    with tempfile.TemporaryDirectory() as tmp, app_server(folder, Path(tmp) / "server.log") as url, \
            sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for i in range(repeat + 1):
                page = browser.new_page(viewport={"width": 1440, "height": 1000})
                page.set_default_timeout(60_000)
                t0 = time.perf_counter()
                page.goto(url)
                wait_idle(page)
                page.wait_for_selector(POINTS)
                elapsed = time.perf_counter() - t0 - 0.4  # wait_idle waits 0.4 s to see the script stay idle
                if i:  # the first load warms the cache
                    times.append(elapsed)
                page.close()
        finally:
            browser.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "articles")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    times = first_render(args.corpus, args.repeat)
    med = statistics.median(times)
    verdict = "met" if med < GOAL_S else "NOT met"
    print(f"dashboard first render in Chromium ({args.corpus}, cache warm): median {med:.2f} s of "
          f"{', '.join(f'{t:.2f}' for t in times)} s; goal under {GOAL_S:.0f} s: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
