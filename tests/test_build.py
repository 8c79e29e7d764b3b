"""The compiled build: used when it is current, passed over for the sources when one was edited after it."""

import ast
import importlib
import importlib.machinery
import os
from pathlib import Path

import pytest

import loaders
from loaders import SourceFirst, stale_builds

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]  # ".cpython-311-x86_64-linux-gnu.so" here


def hot_modules() -> list[str]:
    """The modules setup.py compiles, read from it without running it."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    node = next(n for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "HOT")
    return [p.removesuffix(".py").replace("/", ".") for p in ast.literal_eval(node.value)]


def _package(tmp_path: Path, source_newer: bool) -> Path:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    src, built = pkg / "stage.py", pkg / f"stage{SUFFIX}"
    src.write_text("X = 1\n")
    built.write_bytes(b"")
    old, new = 1_000_000_000, 1_000_000_100
    os.utime(src, (new, new) if source_newer else (old, old))
    os.utime(built, (old, old) if source_newer else (new, new))
    return pkg


def test_a_source_edited_after_its_build_is_found(tmp_path):
    pkg = _package(tmp_path, source_newer=True)
    assert stale_builds(pkg) == [pkg / "stage.py"]


def test_a_build_newer_than_its_source_is_current(tmp_path):
    assert stale_builds(_package(tmp_path, source_newer=False)) == []


def test_source_first_finds_the_source_of_the_package_only(tmp_path):
    pkg = _package(tmp_path, source_newer=True)
    finder = SourceFirst("pkg")
    spec = finder.find_spec("pkg.stage", [str(pkg)])
    assert spec is not None and spec.origin == str(pkg / "stage.py")
    assert finder.find_spec("other.stage", [str(pkg)]) is None
    assert finder.find_spec("pkg.missing", [str(pkg)]) is None


def test_setup_compiles_only_modules_that_exist():
    for name in hot_modules():
        assert (ROOT / (name.replace(".", "/") + ".py")).is_file(), name


@pytest.mark.skipif(not os.environ.get("TIMELINE_REQUIRE_COMPILED"), reason="CI asks for the compiled build")
def test_the_hot_stages_run_compiled():
    assert not stale_builds(), "a source was edited after bin/setup compiled it"
    for name in hot_modules():
        module = importlib.import_module(name)
        assert not (module.__file__ or "").endswith(".py"), f"{name} is not compiled (bin/setup needs a C compiler)"
    assert loaders.compiled_modules()


def test_an_article_result_survives_pickling():
    """The cache and the worker processes pickle results: compiled classes must come back equal."""
    import pickle

    from loaders.corpus import read_folder
    from loaders.pipeline import extract_article

    articles, _, _ = read_folder(ROOT / "data" / "articles")
    for art in articles:
        result = extract_article(art)
        back = pickle.loads(pickle.dumps(result))
        assert repr((back.events, back.context, back.reports)) == repr((result.events, result.context, result.reports))
        assert back.titled == result.titled
        people = [p for ev in result.events for m in ev.mentions for p in m.people]
        for item in [*people, *(m.place for ev in result.events for m in ev.mentions if m.place)]:
            assert pickle.loads(pickle.dumps(item)) == item
