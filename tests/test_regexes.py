"""Big regexes kept compiled in the cache directory (loaders/regexes.py) behave exactly as re.compile's."""

import os
import re

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
    monkeypatch.setattr(regexes, "_MEMO", {})
    return tmp_path / "cache"


def _same(a: re.Pattern[str], b: re.Pattern[str], text: str = TEXT) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    found = [[(m.span(), m.groupdict()) for m in p.finditer(text)] for p in (a, b)]
    assert found[0] == found[1] and found[0]


def _new_process(monkeypatch) -> None:
    monkeypatch.setattr(regexes, "_MEMO", {})


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


def test_short_patterns_and_an_empty_cache_setting_keep_nothing(store, monkeypatch):
    regexes.compile(r"\bshort\b")
    assert not store.exists()
    monkeypatch.setenv("DIPLOMATIC_TIMELINE_CACHE", "")
    _same(regexes.compile(PATTERN), re.compile(PATTERN))
    assert regexes.folder() is None


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
