"""Uploads: safe names, content checks, no silent overwrite, atomic and concurrent writes."""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
from pathlib import Path

import pytest

from timeline.uploads import (
    MAX_UPLOAD_BYTES,
    TEMP_PREFIX,
    UploadError,
    check_upload,
    decode_text,
    safe_name,
    save_uploads,
    write_atomic,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("article.txt", "article.txt"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\windows\\win.ini.txt", "win.ini.txt"),
        ("/abs/path/news.html", "news.html"),
        (".hidden.txt", "hidden.txt"),
        ("..data.txt", "data.txt"),
        ("_.txt", "article.txt"),
        ("con.txt", "con_.txt"),
        ("LPT1.json", "LPT1_.json"),
        ("nul.tar.txt", "nul.tar_.txt"),
        ("Россия и Япония.txt", "Россия и Япония.txt"),
        ("日本 ロシア.HTML", "日本 ロシア.html"),
        ("a<b>|c?*:.txt", "a_b_c.txt"),
        ("tab\there\x00.txt", "tabhere.txt"),
        ("cafe\u0301.txt", "café.txt"),
        ("x" * 300 + ".txt", "x" * 100 + ".txt"),
    ],
)
def test_safe_name(name, expected):
    got = safe_name(name)
    assert got == expected
    assert "/" not in got and "\\" not in got and not got.startswith(".")


@pytest.mark.parametrize("name", ["../../etc/passwd", "noext", "evil.exe", "a.txt.sh", "photo.png", "", "..",
                                  "metadata.csv", "x.csv", "...txt", ".txt"])
def test_refused_names(name):
    with pytest.raises(UploadError):
        safe_name(name)


@pytest.mark.parametrize(
    ("name", "data", "ok"),
    [
        ("a.txt", b"Abe met Putin.", True),
        ("a.txt", "\ufeffBOM text".encode(), True),
        ("a.txt", "UTF-16 text".encode("utf-16"), True),
        ("a.html", b"<html><body><p>Talks</p></body></html>", True),
        ("a.json", b'{"title": "T", "text": "Abe met Putin."}', True),
        ("a.json", b'[{"text": "x"}]', True),
        ("a.json", b"{not json", False),
        ("a.json", b'"just a string"', False),
        ("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", False),
        ("a.txt", b"caf\xe9 latin-1", False),
        ("a.txt", bytes(range(1, 32)) * 10, False),
        ("a.txt", b"   \n ", False),
        ("a.txt", b"", False),
    ],
)
def test_content_checks(name, data, ok):
    if ok:
        assert check_upload(name, data) == name
    else:
        with pytest.raises(UploadError):
            check_upload(name, data)


def test_size_limit():
    with pytest.raises(UploadError, match="limit"):
        check_upload("big.txt", b"a" * 11, max_bytes=10)
    assert MAX_UPLOAD_BYTES >= 1024 * 1024


def test_decode_text_keeps_newlines():
    assert decode_text(b"a\r\nb\tc") == "a\r\nb\tc"


def test_never_overwrites_without_replace(tmp_path: Path):
    (tmp_path / "a.txt").write_text("original")
    res = save_uploads(tmp_path, [("a.txt", b"new text")])
    assert not res[0].ok and "replace" in res[0].message
    assert (tmp_path / "a.txt").read_text() == "original"
    res = save_uploads(tmp_path, [("a.txt", b"new text")], replace=True)
    assert res[0].ok and res[0].message.startswith("Replaced")
    assert (tmp_path / "a.txt").read_text() == "new text"
    assert _leftovers(tmp_path) == []


def test_save_uploads_reports_each_file(tmp_path: Path):
    res = save_uploads(tmp_path, [("../x.txt", b"fine"), ("bad.exe", b"x"), ("b.json", b"{")])
    assert [r.ok for r in res] == [True, False, False]
    assert res[0].saved_as == "x.txt" and "saved as" in res[0].message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.txt"]


def test_write_atomic_refuses_escape(tmp_path: Path):
    with pytest.raises(UploadError):
        write_atomic(tmp_path, "../escape.txt", b"x")
    assert not (tmp_path.parent / "escape.txt").exists()


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_concurrent_threads_same_and_different_names(tmp_path: Path):
    big_a = b"A" * 3_000_000
    big_b = b"B" * 3_000_000
    results: dict[str, list] = {}
    barrier = threading.Barrier(4)

    def run(tag: str, name: str, data: bytes, replace: bool) -> None:
        barrier.wait()
        results[tag] = save_uploads(tmp_path, [(name, data)], replace=replace)

    threads = [
        threading.Thread(target=run, args=("one", "one.txt", big_a, False)),
        threading.Thread(target=run, args=("two", "two.txt", big_b, False)),
        threading.Thread(target=run, args=("sameA", "same.txt", big_a, False)),
        threading.Thread(target=run, args=("sameB", "same.txt", big_b, False)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert (tmp_path / "one.txt").read_bytes() == big_a
    assert (tmp_path / "two.txt").read_bytes() == big_b
    # exactly one of the two uploads of the same new name wins, and the file is complete
    assert sorted([results["sameA"][0].ok, results["sameB"][0].ok]) == [False, True]
    assert (tmp_path / "same.txt").read_bytes() in (big_a, big_b)
    assert _leftovers(tmp_path) == []


def _replace_worker(folder: str, byte: int, rounds: int) -> None:
    for _ in range(rounds):
        write_atomic(Path(folder), "shared.txt", bytes([byte]) * 1_000_000, replace=True)


def test_concurrent_processes_replacing_leave_a_whole_file(tmp_path: Path):
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_replace_worker, args=(str(tmp_path), b, 5)) for b in (ord("x"), ord("y"))]
    for p in procs:
        p.start()
    seen = set()
    while any(p.is_alive() for p in procs):
        target = tmp_path / "shared.txt"
        if target.exists():
            data = target.read_bytes()
            assert len(data) == 1_000_000 and len(set(data)) == 1  # never a torn or partial file
            seen.add(data[:1])
    for p in procs:
        p.join()
        assert p.exitcode == 0
    data = (tmp_path / "shared.txt").read_bytes()
    assert len(data) == 1_000_000 and len(set(data)) == 1
    assert _leftovers(tmp_path) == []
    assert os.listdir(tmp_path) == ["shared.txt"]
