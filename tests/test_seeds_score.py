"""The seed articles scored against their gold events, with pinned floors (the issue's acceptance figures)."""

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from loaders.corpus import extract_folder
from loaders.schema import to_frame

EVAL = Path(__file__).parent / "eval"
SEEDS = Path(__file__).parent.parent / "data" / "articles"


def _scorer():
    spec = importlib.util.spec_from_file_location("seed_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _score(folder: Path, tmp_path: Path) -> dict:
    out = tmp_path / "events.jsonl"
    to_frame(extract_folder(folder).events).to_json(out, orient="records", lines=True, force_ascii=False)
    mod = _scorer()
    gold = json.loads((EVAL / "seeds.gold.json").read_text(encoding="utf-8"))
    return mod.score(gold, mod.load_pred(str(out)))


@pytest.fixture(scope="module")
def bare_scores(tmp_path_factory):
    """The seeds as given by the user: no metadata.csv, so every year comes from the text."""
    folder = tmp_path_factory.mktemp("seeds")
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, folder)
    return _score(folder, tmp_path_factory.mktemp("out"))


@pytest.mark.parametrize("figure,floor", [
    ("f1", 0.90), ("participants_f1", 0.90), ("type_right", 0.90), ("status_right", 0.85),
    ("location_right", 0.80), ("evidence_right", 0.90), ("date_right", 0.94), ("year_right", 1.0),
    ("merge_recall", 0.90), ("merge_precision", 0.90),
])
def test_seed_floor_without_metadata(bare_scores, figure, floor):
    assert bare_scores[figure] >= floor, bare_scores


def test_seed_dates_with_metadata(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, folder)
    shutil.copy(EVAL / "seeds.sources.csv", folder / "metadata.csv")
    scores = _score(folder, tmp_path)
    assert scores["date_right"] == 1.0, scores
    assert scores["f1"] >= 0.90, scores
