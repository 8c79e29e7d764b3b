"""The date tagger's command line: JSON Lines on standard output, clear errors on bad anchors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from loaders import dates

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "Kono said Monday that the leaders would meet on Jan. 22 in Moscow. "
    "They met in December, based on the 1956 joint declaration. "
    "Abe, who has held 24 summit talks with Putin, may visit in June; 54% approve."
)


def run(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the command line with UTF-8 text on standard input, whatever the locale."""
    done = subprocess.run(
        [sys.executable, "-m", "loaders.dates", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_json_lines_with_anchor() -> None:
    done = run(TEXT, "--anchor", "2019-01-15")
    assert done.returncode == 0, done.stderr
    found = records(done.stdout)
    assert [(r["text"], r["value"]) for r in found] == [
        ("Monday", "2019-01-14"),
        ("Jan. 22", "2019-01-22"),
        ("December", "2018-12"),
        ("1956", "1956"),
        ("June", "2019-06"),
    ]
    for r in found:
        assert set(r) == {"start", "end", "text", "value"}
        assert TEXT[r["start"] : r["end"]] == r["text"]


def test_without_anchor_only_explicit_years_resolve() -> None:
    done = run(TEXT)
    assert done.returncode == 0, done.stderr
    values = {r["text"]: r["value"] for r in records(done.stdout)}
    assert values == {"Monday": None, "Jan. 22": None, "December": None, "1956": "1956", "June": None}


def test_offsets_are_characters_in_unicode_text() -> None:
    text = "“Putin’s visit” — agreed on Sept. 2 in Vladivostok — is set for Dec. 15, café talk aside."
    done = run(text, "--anchor", "2016-09-08")
    assert done.returncode == 0, done.stderr
    found = records(done.stdout)
    assert [r["value"] for r in found] == ["2016-09-02", "2016-12-15"]
    for r in found:
        assert text[r["start"] : r["end"]] == r["text"]


def test_only_dates_are_printed() -> None:
    done = run("They talked for 19 months, every year, and met Friday afternoon.", "--anchor", "2016-09-14")
    assert done.returncode == 0, done.stderr
    assert records(done.stdout) == []


def test_all_types_flag_prints_the_other_types() -> None:
    done = run("They talked for 19 months and met Friday afternoon.", "--anchor", "2016-09-14", "--all-types")
    assert [(r["type"], r["value"]) for r in records(done.stdout)] == [
        ("DURATION", "P19M"),
        ("TIME", "2016-09-09TAF"),
    ]


def test_empty_input() -> None:
    done = run("", "--anchor", "2019-01-15")
    assert done.returncode == 0
    assert done.stdout == ""


@pytest.mark.parametrize("anchor", ["2019-13-45", "2019/01/15", "yesterday", "15-01-2019", "2019-02-30", ""])
def test_bad_anchor_is_a_clear_error(anchor: str) -> None:
    done = run(TEXT, "--anchor", anchor)
    assert done.returncode != 0
    assert "anchor" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_main_in_process(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"They met on Oct. 14.")))
    assert dates.main(["--anchor", "2015-10-15"]) == 0
    assert records(capsys.readouterr().out) == [{"start": 12, "end": 19, "text": "Oct. 14", "value": "2015-10-14"}]


def test_main_returns_usage_error_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert dates.main(["--anchor", "not-a-date"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
