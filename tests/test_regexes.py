"""Regexes kept compiled in the cache directory (loaders/regexes.py) behave exactly as re.compile's."""

import marshal
import os
import re
import subprocess
import sys

import pytest

from loaders import regexes

COUNTRIES = ["Japan", "Japanese", "Russia", "Russian", "South Korea", "South Korean", "Saudi Arabia's", "Côte d’Ivoire"]
WORDS = [f"{w}{i}" for w in COUNTRIES for i in range(60)] + COUNTRIES
PATTERN = rf"\b(?P<adj>{'|'.join(map(re.escape, sorted(WORDS, key=len, reverse=True)))})\s+(?P<title>[Pp]resident|PM)\b"
TEXT = ("Japanese PM Abe met Russian President Putin; South Korean president Moon and Saudi Arabia's PM; "
        "Côte d’Ivoire PM.")


OFFICES = ("The Japanese prime minister met the Iranian and Omani foreign ministers; Pakistan's foreign secretary "
           "and his Indian counterpart Subrahmanyam Jaishankar, then the Chinese president.")


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOMATIC_TIMELINE_CACHE", str(tmp_path / "cache"))
    _new_process(monkeypatch)
    return tmp_path / "cache"


def _same(a: re.Pattern[str], b: re.Pattern[str], text: str = TEXT) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    found = [[(m.span(), m.groupdict()) for m in p.finditer(text)] for p in (a, b)]
    assert found[0] == found[1] and found[0]


def _new_process(monkeypatch) -> None:
    monkeypatch.setattr(regexes, "_MEMO", {})
    monkeypatch.setattr(regexes, "_SMALL", None)
    monkeypatch.setattr(regexes, "_NEW_SMALL", {})


SHORT = [(r"\b(?P<adj>Japanese|Russian)\s+(?:PM|president)\b", re.I | re.M), (r"\bPM\b", 0)]


@pytest.mark.parametrize("flags", [0, re.I, re.M | re.S])
def test_stored_pattern_matches_as_re_compiles_it(store, monkeypatch, flags):
    assert len(PATTERN) >= regexes.MIN_CHARS
    first = regexes.compile(PATTERN, flags)
    _same(first, re.compile(PATTERN, flags))
    assert len(list(regexes.folder().glob("*.marshal"))) == 1
    _new_process(monkeypatch)
    monkeypatch.setattr(regexes, "_compile", lambda *a: pytest.fail("compiled again instead of read"))
    second = regexes.compile(PATTERN, flags)
    _same(second, re.compile(PATTERN, flags))
    assert first.search(TEXT).group("adj") == "Japanese"


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", None])
def test_a_damaged_file_is_compiled_again(store, monkeypatch, damage):
    import marshal

    regexes.compile(PATTERN)
    (path,) = regexes.folder().glob("*.marshal")
    if damage is None:  # well-formed, but code the regex engine refuses
        flags, code, groups, gi, ig = marshal.loads(path.read_bytes())
        damage = marshal.dumps((flags, [999999, *code[:5]], groups, gi, ig))
    path.write_bytes(damage)
    _new_process(monkeypatch)
    _same(regexes.compile(PATTERN), re.compile(PATTERN))


def test_short_patterns_share_one_file_written_at_exit(store, monkeypatch):
    first = [regexes.compile(p, f) for p, f in SHORT]
    assert not store.exists()  # nothing written while the process runs
    regexes._write_small()
    assert [p.name for p in regexes.folder().iterdir()] == [regexes.SMALL_FILE]
    _new_process(monkeypatch)
    monkeypatch.setattr(regexes, "_compile", lambda *a: pytest.fail("compiled again instead of read"))
    for (p, f), old in zip(SHORT, first, strict=True):
        _same(regexes.compile(p, f), re.compile(p, f))
        _same(old, re.compile(p, f))
    regexes._write_small()  # nothing new: the file is left as it is


def test_short_patterns_of_other_processes_are_kept_beside_ours(store, monkeypatch):
    regexes.compile(*SHORT[0])
    regexes._write_small()
    _new_process(monkeypatch)
    regexes.compile(*SHORT[1])
    regexes._write_small()
    table = marshal.loads((regexes.folder() / regexes.SMALL_FILE).read_bytes())
    assert sorted(table) == sorted((p, int(f)) for p, f in SHORT)
    _new_process(monkeypatch)
    monkeypatch.setattr(regexes, "MAX_SMALL", 1)
    regexes.compile(r"\bthird\b")
    regexes._write_small()  # past the limit: the file starts again from this process's patterns
    assert list(marshal.loads((regexes.folder() / regexes.SMALL_FILE).read_bytes())) == [(r"\bthird\b", 0)]


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", marshal.dumps([1, 2]), None])
def test_a_damaged_short_patterns_file_is_compiled_again(store, monkeypatch, damage):
    regexes.compile(*SHORT[0])
    regexes._write_small()
    path = regexes.folder() / regexes.SMALL_FILE
    if damage is None:  # well-formed, but code the regex engine refuses
        ((key, (flags, code, groups, gi, ig)),) = marshal.loads(path.read_bytes()).items()
        damage = marshal.dumps({key: (flags, [999999, *code[:5]], groups, gi, ig)})
    path.write_bytes(damage)
    _new_process(monkeypatch)
    _same(regexes.compile(*SHORT[0]), re.compile(*SHORT[0]))


def test_an_empty_cache_setting_keeps_nothing(store, monkeypatch):
    monkeypatch.setenv("DIPLOMATIC_TIMELINE_CACHE", "")
    _same(regexes.compile(PATTERN), re.compile(PATTERN))
    _same(regexes.compile(*SHORT[0]), re.compile(*SHORT[0]))
    regexes._write_small()
    assert regexes.folder() is None and not store.exists()


def test_a_second_start_compiles_no_pattern_of_the_extractor(tmp_path):
    """Every pattern the modules compile at import is in the file after one run (none is built from an article)."""
    env = {**os.environ, "DIPLOMATIC_TIMELINE_CACHE": str(tmp_path)}
    probe = ("import loaders.corpus, loaders.regexes as r; from loaders import actors; actors._offices(); "
             "print(len(r._NEW_SMALL), len(r._SMALL or ()))")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, cwd=root, capture_output=True, text=True,
                           check=True) for _ in range(2)]
    (new1, _), (new2, read2) = (map(int, r.stdout.split()) for r in runs)
    assert new1 > 100 and new2 == 0 and read2 >= new1


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="no file owners here")
def test_a_folder_others_may_write_is_neither_read_nor_written(store, monkeypatch):
    regexes.compile(PATTERN)
    (path,) = regexes.folder().glob("*.marshal")
    path.write_bytes(b"damaged")
    regexes.folder().chmod(0o777)
    _new_process(monkeypatch)
    _same(regexes.compile(PATTERN), re.compile(PATTERN))
    assert path.read_bytes() == b"damaged"  # not read (it would have failed) and not rewritten


def test_the_extractor_patterns_are_those_re_makes(store):
    from loaders import actors

    for build in (actors._offices, actors._paired_offices, actors._role_references, actors._counterpart_names):
        build.cache_clear()
        stored = build()
        assert len(stored.pattern) >= regexes.MIN_CHARS
        _same(stored, re.compile(stored.pattern, stored.flags), OFFICES)


def _compiled_once_with_re(source: str) -> list[int]:
    """Lines where a module compiles a pattern with re.compile once per process: at module level, in a class body
    or in a function whose result is cached (those go through loaders.regexes, so that start-up reads them)."""
    import ast

    lines: list[int] = []

    def walk(node: ast.AST, once: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                decorators = getattr(child, "decorator_list", [])
                walk(child, any("cache" in ast.unparse(d) for d in decorators))
                continue
            if (once and isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                    and child.func.attr == "compile" and isinstance(child.func.value, ast.Name)
                    and child.func.value.id == "re"):
                lines.append(child.lineno)
            walk(child, once)

    walk(ast.parse(source), True)
    return lines


def test_patterns_made_once_per_process_go_through_the_compiled_store():
    from pathlib import Path

    root = Path(regexes.__file__).parent
    found = {str(p.relative_to(root)): lines for p in sorted(root.rglob("*.py")) if p.name != "regexes.py"
             if (lines := _compiled_once_with_re(p.read_text(encoding="utf-8")))}
    assert not found, f"use rx.compile (from loaders import regexes as rx) at these lines: {found}"
    assert _compiled_once_with_re("import re\nX = re.compile('a')\ndef f():\n    return re.compile('b')\n") == [2]
