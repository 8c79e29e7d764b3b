"""The real app in a real browser: `streamlit run dashboard.py` + headless Chromium (Playwright).

Clicking a point opens that event's sources with the evidence highlighted and in view; the hostile
fixture opens no dialog and shows its markup as text. Skipped when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# markers of the main plot (the range slider draws copies of them, which do not select)
POINTS = ".js-plotly-plot .cartesianlayer .scatterlayer .trace .points path.point"
BARS = ".js-plotly-plot .cartesianlayer .barlayer .trace .points .point path"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not os.path.exists(CHROMIUM) and os.environ.get("TIMELINE_REQUIRE_BROWSER"):
    raise RuntimeError(f"TIMELINE_REQUIRE_BROWSER is set but there is no Chromium at {CHROMIUM}")
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"no Chromium at {CHROMIUM} (apt-get install "
                                                                      "chromium)")
playwright_api = pytest.importorskip("playwright.sync_api")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def app_server(folder: Path, log: Path, script: Path = ROOT / "dashboard.py") -> Iterator[str]:
    """A `streamlit run dashboard.py` (or of `script`) on a free port reading `folder`; always terminated."""
    port = free_port()
    env = {**os.environ, "TIMELINE_ARTICLES": str(folder), "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
           "--server.port", str(port), "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 90
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"streamlit exited early:\n{log.read_text(errors='replace')}")
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                        if r.read().strip() == b"ok":
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not become healthy:\n{log.read_text(errors='replace')}")
                time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)


@contextmanager
def browser_page(dialogs: list[str], height: int = 1400):
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": height})
            page.set_default_timeout(60_000)

            def on_dialog(dialog):
                dialogs.append(dialog.message)
                dialog.dismiss()

            page.on("dialog", on_dialog)
            yield page
        finally:
            browser.close()


def wait_idle(page) -> None:
    page.wait_for_selector("[data-testid=stApp][data-test-connection-state=CONNECTED]")
    page.wait_for_selector("[data-test-script-state=notRunning]")
    page.wait_for_timeout(400)
    page.wait_for_selector("[data-test-script-state=notRunning]")


def chosen_title(page) -> str:
    """The text the event selectbox shows."""
    return page.locator("input[role=combobox][aria-label='Event']").first.input_value().strip()


def marks_in_view(page) -> list[tuple[str, bool]]:
    """Each highlighted sentence and whether its first line is inside its scroll box's visible area."""
    return page.evaluate("""() => [...document.querySelectorAll('.tl-article mark.tl-evidence')].map(m => {
        const box = m.closest('.tl-article'); const r = m.getBoundingClientRect(), b = box.getBoundingClientRect();
        return [m.textContent, r.top >= b.top - 1 && r.top + 10 <= b.bottom + 1];
    })""")


def click_point(page, index: int, selector: str = POINTS) -> None:
    """Click the centre of the index-th marker (or bar) of the main plot."""
    box = page.locator(selector).nth(index).bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_timeout(300)
    wait_idle(page)


@pytest.fixture()
def corpus_folder(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES / "articles", folder)
    return folder


def test_click_point_opens_sources_with_highlight(corpus_folder, tmp_path):
    import loaders
    from timeline.events import prepare

    corpus = loaders.load_corpus(corpus_folder)
    prep = prepare(corpus.events)
    titles = {}
    from timeline.details import event_title

    for code in prep.merged.index:
        titles[event_title(prep, int(code))] = int(code)
    dialogs: list[str] = []
    with app_server(corpus_folder, tmp_path / "server.log") as url, browser_page(dialogs) as page:
        page.goto(url)
        wait_idle(page)
        page.wait_for_selector(POINTS)
        n_points = page.locator(POINTS).count()
        assert n_points >= 2
        assert page.locator("mark.tl-evidence").count() == 0  # nothing chosen yet
        assert page.locator(BARS).count() >= 1, "the fixture has vaguely dated events drawn as spans"
        seen = set()
        for selector, index in ((POINTS, 0), (POINTS, n_points - 1), (BARS, 0)):
            click_point(page, index, selector)
            page.wait_for_selector("mark.tl-evidence", state="visible")
            title = chosen_title(page)
            assert title in titles, title
            code = titles[title]
            seen.add(code)
            # every source's main evidence sentence is highlighted (other supporting sentences may be too)
            want = {str(e).strip() for e in prep.rows.loc[prep.rows["code"] == code, "evidence"]}
            marks = marks_in_view(page)
            assert marks
            marked = "\n".join(m for m, _ in marks)
            assert all(w in marked for w in want), (want, marked)
            assert marks[0][1], "the evidence should be scrolled into view"
            page.keyboard.press("Escape")  # close the drawer the click opened
            page.locator("[role=dialog]").wait_for(state="hidden")
        assert len(seen) == 3, "two points and a bar should open three different events"
        assert {str(prep.merged.loc[c, "date_precision"]) == "day" for c in seen} == {True, False}
        assert dialogs == []


def test_hostile_fixture_opens_no_dialog_and_shows_text(tmp_path):
    folder = tmp_path / "hostile"
    shutil.copytree(FIXTURES / "hostile", folder)
    dialogs: list[str] = []
    with app_server(folder, tmp_path / "server.log") as url, browser_page(dialogs) as page:
        page.goto(url)
        wait_idle(page)
        page.wait_for_selector(POINTS)
        page.locator(POINTS).first.hover(force=True)
        page.wait_for_timeout(500)
        click_point(page, 0)
        page.wait_for_selector("mark.tl-evidence", state="visible")
        page.wait_for_timeout(1500)
        box = page.locator(".tl-article").first.inner_text()
        assert "<script>alert(1)</script>" in box and "<img src=x onerror=alert(1)>" in box
        assert "[click](javascript:alert(1))" in box and "**bold**" in box
        header = page.locator(".tl-source").first.inner_text()
        assert "<script>alert(1)</script>" in header  # the title, as text
        assert page.locator(".tl-source a").count() == 0  # javascript: URL is not a link
        assert page.locator("img[src='x'], iframe[src^='javascript'], svg[onload]").count() == 0
        assert page.locator("a[href^='javascript']").count() == 0
        page.keyboard.press("Escape")  # close the drawer the click opened
        page.locator("[role=dialog]").wait_for(state="hidden")
        page.locator("label").filter(has_text=re.compile("^Articles$")).first.click()
        wait_idle(page)
        page.wait_for_timeout(1000)
        page.screenshot(path=str(tmp_path / "hostile.png"))
    assert dialogs == []


# The dashboard on synthetic events: loaders.load_corpus replaced, then dashboard.py run as the page.
SYNTHETIC_APP = """
import runpy

import loaders
from timeline.synthetic import synthetic_corpus


class Corpus:
    def __init__(self, n):
        self.events, self.articles = synthetic_corpus(n, seed=2)
        self.problems = []


vars(loaders)["load_corpus"] = lambda folder, progress=None: Corpus({n})
runpy.run_path({dashboard!r}, run_name="__main__")
"""


def test_many_events_click_a_count_bar_then_an_event(tmp_path):
    """Above figures.DETAIL_LIMIT the chart shows counts; a clicked bar's events fill the picker."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "placeholder.txt").write_text("stands for the synthetic corpus")
    script = tmp_path / "synthetic_app.py"
    script.write_text(SYNTHETIC_APP.format(n=6500, dashboard=str(ROOT / "dashboard.py")))
    dialogs: list[str] = []
    with app_server(folder, tmp_path / "server.log", script) as url, browser_page(dialogs) as page:
        page.goto(url)
        wait_idle(page)
        page.wait_for_selector(BARS)
        assert "showing weekly counts" in page.locator("[data-testid=stAlert]").first.inner_text()
        assert page.locator(POINTS).count() == 0  # no single events drawn
        boxes = page.evaluate("(sel) => [...document.querySelectorAll(sel)].map(e => {"
                              " const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; })", BARS)
        x, y, w, h = max(boxes, key=lambda b: b[3])  # the busiest bar (the range slider's copies are lower)
        page.mouse.click(x + w / 2, y + h - 2)
        page.wait_for_timeout(300)
        wait_idle(page)
        caption = page.get_by_text(re.compile(r"^Listing the \d+ events of the bar you clicked"))
        caption.wait_for()
        n = int(re.search(r"Listing the (\d+) events", caption.inner_text()).group(1))  # type: ignore[union-attr]
        assert n >= 2
        picker = page.locator("input[role=combobox][aria-label='Event']").first
        picker.scroll_into_view_if_needed()
        picker.click()
        page.locator("[role=option]").first.click()
        page.wait_for_timeout(300)
        wait_idle(page)
        page.wait_for_selector("mark.tl-evidence", state="visible")
        assert chosen_title(page)
        page.screenshot(path=str(tmp_path / "many.png"))
    assert dialogs == []


def test_daily_use_click_back_downloads_upload(corpus_folder, tmp_path):
    """What a first real user hit (issue 17): a click brings the sources into view, Back goes back, the three
    downloads give their files every time, an upload of a later year shows its event, the actor box takes
    what is typed."""
    dialogs: list[str] = []
    shots = tmp_path / "shots"
    shots.mkdir()
    with app_server(corpus_folder, tmp_path / "server.log") as url, browser_page(dialogs, height=1000) as page:
        page.set_viewport_size({"width": 1440, "height": 1000})
        page.goto(url)
        wait_idle(page)
        page.wait_for_selector(POINTS)
        page.screenshot(path=str(shots / "timeline.png"))
        # a click opens the sources where the eye is: in view without scrolling
        click_point(page, 0)
        drawer = page.locator("[role=dialog]")
        drawer.wait_for(state="visible")
        mark = drawer.locator("mark.tl-evidence").first
        mark.wait_for(state="visible")
        box = mark.bounding_box()
        assert box is not None and 0 <= box["y"] < 1000 and box["x"] < 1440
        assert drawer.get_by_role("button", name=re.compile("^All events of ")).count() == 1
        page.screenshot(path=str(shots / "details.png"))
        page.keyboard.press("Escape")
        drawer.wait_for(state="hidden")

        # Back: the view before the last change
        page.locator("label").filter(has_text=re.compile("^Table$")).first.click()
        wait_idle(page)
        assert "view=Table" in page.url
        page.go_back()
        wait_idle(page)
        page.wait_for_selector(POINTS)
        assert "view=Table" not in page.url
        page.go_forward()
        wait_idle(page)
        assert "view=Table" in page.url
        page.wait_for_selector("[data-testid=stDownloadButton]")

        # three downloads in a row, twice: a file each time
        for _ in range(2):
            for label, check in (("CSV", lambda t: t.startswith("article,") and t.count("\n") >= 6),
                                 ("JSON (one", lambda t: len(json.loads(t)) >= 5),
                                 ("TimelineJS", lambda t: len(json.loads(t)["events"]) == 5)):
                with page.expect_download(timeout=15_000) as info:
                    page.locator("[data-testid=stDownloadButton] button").filter(has_text=label).click()
                text = Path(info.value.path()).read_text(encoding="utf-8")
                assert check(text), (label, text[:200])
        assert "MediaFileStorageError" not in (tmp_path / "server.log").read_text(errors="replace")

        # an upload of a later year: its event is on the timeline at once
        page.locator("label").filter(has_text=re.compile("^Timeline$")).first.click()
        wait_idle(page)
        n_before = page.locator(POINTS).count()
        page.get_by_text("Add articles").click()
        page.get_by_text(re.compile(r"^5MB per file")).wait_for()  # not the server's 200MB
        page.locator("[data-testid=stFileUploaderDropzone] input[type=file]").set_input_files(
            str(FIXTURES / "upload" / "yoon_kishida_tokyo.txt"))
        page.get_by_role("button", name="Add to the timeline").click()
        page.get_by_text(re.compile("Added “yoon_kishida_tokyo.txt”. 1 event found in it.")).wait_for()
        wait_idle(page)
        assert page.locator(POINTS).count() == n_before + 1
        assert "to=" not in page.url
        page.get_by_text(re.compile(r"^6 events from 4 articles · 6 match")).wait_for()

        # the actor box takes what is typed, Enter adds that name
        actors = page.locator("[data-testid=stMultiSelect]").filter(has_text="Actors").locator("input")
        actors.click()
        actors.fill("Yoon")
        page.keyboard.press("Enter")
        wait_idle(page)
        page.keyboard.press("Escape")
        page.get_by_text(re.compile(r"^6 events from 4 articles · 1 match the filters")).wait_for()
        assert re.findall(r"actor=([^&]*)", page.url) == ["Yoon+Suk+Yeol"], page.url
    assert dialogs == []


def test_map_works_with_the_network_closed(corpus_folder, tmp_path):
    """The map view draws with every request off this machine refused, and a click lists a place's meetings."""
    dialogs: list[str] = []
    outside: list[str] = []
    with app_server(corpus_folder, tmp_path / "server.log") as url, browser_page(dialogs, height=1000) as page:
        page.set_viewport_size({"width": 1440, "height": 1000})

        def route(r):
            if r.request.url.startswith(url) or r.request.url.startswith(("data:", "blob:")):
                r.continue_()
            else:
                outside.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.goto(url + "/?view=Map")
        wait_idle(page)
        page.wait_for_selector(POINTS)
        page.wait_for_timeout(1000)
        assert page.locator(".js-plotly-plot .textpoint").filter(has_text="Moscow").count() == 1
        click_point(page, 0)
        page.get_by_text(re.compile(r"^\d+ meetings? in ")).wait_for()
        page.screenshot(path=str(tmp_path / "map.png"))
    assert outside == [] and dialogs == []


def tab_to(page, selector: str, presses: int = 80) -> None:
    """Press Tab until the focused element is (inside) `selector`."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("(sel) => !!document.activeElement && !!document.activeElement.closest(sel)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_keyboard_reaches_the_picker_and_the_table(corpus_folder, tmp_path):
    """Without a mouse: Tab to the event picker, type a place, Enter; Tab into the table, arrows, Shift+Space."""
    dialogs: list[str] = []
    with app_server(corpus_folder, tmp_path / "server.log") as url, browser_page(dialogs, height=1000) as page:
        page.goto(url)
        wait_idle(page)
        page.wait_for_selector(POINTS)
        tab_to(page, "input[role=combobox][aria-label='Event']")
        page.keyboard.type("Sochi")
        page.keyboard.press("Enter")
        wait_idle(page)
        page.wait_for_selector("mark.tl-evidence", state="visible")
        assert "Sochi" in chosen_title(page)
        page.goto(url + "/?view=Table")
        wait_idle(page)
        tab_to(page, "[data-testid=stDataFrame] canvas")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Shift+Space")
        wait_idle(page)
        drawer = page.locator("[role=dialog]")
        drawer.wait_for(state="visible")
        drawer.locator("mark.tl-evidence").first.wait_for(state="visible")
    assert dialogs == []


def test_readme_screenshots_of_the_shipped_articles(tmp_path):
    """What a user sees on the shipped articles at 1440x1000 and on a phone (390x844): the timeline, an event's
    sources beside it (full width on the phone), the map. UPDATE_SCREENSHOT=1 copies them to docs/."""
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "data" / "articles", folder)
    dialogs: list[str] = []
    shots: dict[str, Path] = {}
    with app_server(folder, tmp_path / "server.log") as url:
        for width, height, suffix in ((1440, 1000, ""), (390, 844, "-phone")):
            with browser_page(dialogs, height=height) as page:
                page.set_viewport_size({"width": width, "height": height})
                page.goto(url)
                wait_idle(page)
                page.wait_for_selector(POINTS)
                page.wait_for_timeout(800)
                shots[f"timeline{suffix}"] = tmp_path / f"timeline{suffix}.png"
                page.screenshot(path=str(shots[f"timeline{suffix}"]))
                click_point(page, page.locator(POINTS).count() - 1)
                drawer = page.locator("[role=dialog]")
                drawer.locator("mark.tl-evidence").first.wait_for(state="visible")
                box = drawer.bounding_box()
                assert box is not None and box["x"] + box["width"] <= width + 1
                mark = drawer.locator("mark.tl-evidence").first.bounding_box()
                assert mark is not None and 0 <= mark["y"] and mark["y"] + 10 <= height  # read without scrolling
                if suffix:
                    assert box["width"] >= 0.9 * width  # the whole phone screen
                page.wait_for_timeout(500)
                shots[f"details{suffix}"] = tmp_path / f"details{suffix}.png"
                page.screenshot(path=str(shots[f"details{suffix}"]))
                page.goto(url + "/?view=Map")
                wait_idle(page)
                page.wait_for_selector(POINTS)
                page.wait_for_timeout(800)
                shots[f"map{suffix}"] = tmp_path / f"map{suffix}.png"
                page.screenshot(path=str(shots[f"map{suffix}"]))
    assert dialogs == []
    if os.environ.get("UPDATE_SCREENSHOT") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        for name, path in shots.items():
            shutil.copy(path, ROOT / "docs" / f"{name}.png")
