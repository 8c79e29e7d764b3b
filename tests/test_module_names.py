"""No module of loaders/ binds one top-level name twice: a second pattern of the same name silently replaces the
first for every use above it (two helpers' "_AHEAD" once did)."""

import ast
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).parent.parent / "loaders").rglob("*.py"))


def _bound(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_each_top_level_name_is_bound_once(path):
    names = _bound(ast.parse(path.read_text(encoding="utf-8")))
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_a_name_bound_twice_is_found():
    assert _bound(ast.parse("A = 1\nB: int = 2\nA = 3\ndef f(): pass\n")) == ["A", "B", "A", "f"]
