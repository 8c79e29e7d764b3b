"""The review in a real browser (streamlit run + Debian Chromium through Playwright): change an event's date in
its details, reload the page, the point has moved and is marked corrected; re-run the extraction, it is still
there; undo it. Skipped when /usr/bin/chromium is missing (like tests/test_browser.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd

import loaders
from loaders.cli import main as cli
from tests.corrections_helpers import MOSCOW, make_folder, row
from tests.test_browser import ROOT, app_server, browser_page, playwright_api, pytestmark, wait_idle  # noqa: F401 - skip mark

CORRECTED = "corrected by an analyst"


def marked(page, name: str = CORRECTED) -> list[str]:
    """The x values (dates) of the timeline's marks of this legend entry, as the browser holds them."""
    return page.evaluate("""(name) => {
        const plot = [...document.querySelectorAll('.js-plotly-plot')].find(p => p.data);
        const trace = plot.data.find(t => t.name === name);
        return trace ? [...trace.x].filter(x => x !== null).map(String) : null;
    }""", name)


def sign_in(page, name: str) -> None:
    """Type the analyst's name in the sidebar. An event's details may open over the page late in a slow first run
    (the page is then inert behind them): close them and try again, a few times, before failing."""
    box = page.get_by_label("Your name (kept with your corrections)")
    for attempt in range(4):
        dialog = page.locator("[role=dialog]")
        if dialog.count() and dialog.first.is_visible():
            page.keyboard.press("Escape")
            wait_idle(page)
        if not box.is_visible():
            page.get_by_test_id("stSidebarUserContent").get_by_text("Reviewing", exact=True).click()  # not the alert
        try:
            box.fill(name, timeout=15_000 if attempt < 3 else 60_000)
            break
        except playwright_api.TimeoutError:
            wait_idle(page)
    box.press("Enter")
    wait_idle(page)


def test_change_date_reload_rerun_undo(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch)
    eid = row(loaders.load_events(folder), "a.txt", MOSCOW)["event_id"]
    dialogs: list[str] = []
    with app_server(folder, tmp_path / "server.log") as url, browser_page(dialogs) as page:
        page.goto(f"{url}/?event={eid}")
        wait_idle(page)
        page.wait_for_selector(".js-plotly-plot")
        assert marked(page) == []
        sign_in(page, "Ana <img src=x onerror=alert(1)>")
        page.get_by_text("Correct this event", exact=True).click()
        page.get_by_role("radio", name="day").check(force=True)
        wait_idle(page)
        segment = page.get_by_role("spinbutton", name="day, Day")  # the date field's day (starts at Sept. 1)
        segment.click()
        page.keyboard.type("21")
        page.keyboard.press("Tab")
        wait_idle(page)
        page.get_by_role("button", name="Save changes").click()
        wait_idle(page)
        page.get_by_text("Saved: date of this event.").wait_for()

        page.goto(f"{url}/?event={eid}")  # reload: a new session
        wait_idle(page)
        page.wait_for_selector(".js-plotly-plot")
        assert [x[:10] for x in marked(page)] == ["2016-09-21"]
        assert page.locator(".tl-badge-corrected").is_visible()

        out = tmp_path / "events.jsonl"
        assert cli(["extract", str(folder), "--out", str(out), "--quiet"]) == 0
        again = row(pd.read_json(out, lines=True, dtype=False), "a.txt", MOSCOW)
        assert (again["date"], bool(again["corrected"])) == ("2016-09-21", True)
        page.goto(f"{url}/?event={eid}")
        wait_idle(page)
        page.wait_for_selector(".js-plotly-plot")
        assert [x[:10] for x in marked(page)] == ["2016-09-21"]
        history = page.locator(".tl-correction").first.inner_text()
        assert "by Ana <img src=x onerror=alert(1)>" in history  # typed text shown as text
        assert page.locator("img[src='x']").count() == 0

        sign_in(page, "Ana")
        page.get_by_role("button", name="Undo").first.click()
        wait_idle(page)
        page.get_by_text("Undone.").wait_for()
        page.wait_for_selector(".js-plotly-plot")
        assert marked(page) == []
        assert row(loaders.load_events(folder), "a.txt", MOSCOW)["date"] == "2016-09"

        page.goto(f"{url}/?view=Review")
        wait_idle(page)
        page.get_by_text("events checked").first.wait_for()
        shot = tmp_path / "review.png"
        page.screenshot(path=str(shot), full_page=True)
        if os.environ.get("UPDATE_SCREENSHOT") == "1":
            shutil.copy(shot, Path(ROOT) / "docs" / "review.png")
    assert dialogs == []


def progress_text(page) -> str:
    return page.locator("[data-testid=stProgress]").first.inner_text().strip()


def test_check_hide_add_in_the_review_view(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch)
    events = loaders.load_events(folder)
    eid = row(events, "a.txt", MOSCOW)["event_id"]
    n = events["event_id"].nunique()
    dialogs: list[str] = []
    with app_server(folder, tmp_path / "server.log") as url, browser_page(dialogs) as page:
        page.goto(f"{url}/?view=Review&event={eid}")
        wait_idle(page)
        assert progress_text(page) == f"0 of {n} events checked"
        sign_in(page, "Ana")
        page.get_by_role("button", name="Confirm (checked)").click()
        wait_idle(page)
        page.get_by_text("Marked checked.").wait_for()
        assert progress_text(page) == f"1 of {n} events checked"
        assert page.locator(".tl-badge-checked").is_visible()

        page.get_by_role("button", name="Hide (not a meeting)").click()
        wait_idle(page)
        assert progress_text(page) == f"0 of {n - 1} events checked"
        assert eid not in set(loaders.load_events(folder)["event_id"])

        page.get_by_text("Add a missing event from a passage", exact=True).click()
        wait_idle(page)
        page.get_by_label("…or the passage's exact words (copied from the article)").fill("Kishida will visit Moscow")
        page.get_by_label("…or the passage's exact words (copied from the article)").press("Control+Enter")
        wait_idle(page)
        page.locator(".tl-add-passage mark").wait_for()
        page.get_by_role("button", name="Add this event").click()
        wait_idle(page)
        page.get_by_text("Added an event read from").first.wait_for()
        assert progress_text(page) == f"0 of {n} events checked"
        added = loaders.load_events(folder).query("event_id.str.startswith('added-')", engine="python")
        assert added["evidence"].tolist() == ["Kishida will visit Moscow"]  # in a.txt, the first article
    assert dialogs == []
