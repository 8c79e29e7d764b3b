"""Golden files per seed article: the events each article yields (seeds as given, no metadata).

Regenerate after an intended change with `UPDATE_GOLDEN=1 pytest tests/test_golden.py` and review the diff.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

from loaders.corpus import extract_folder

GOLDEN = Path(__file__).parent / "golden"
SEEDS = sorted((Path(__file__).parent.parent / "data" / "articles").glob("*.txt"))
FIELDS = ("event_id", "type", "status", "date", "date_precision", "participants", "countries", "location",
          "date_text", "evidence_start", "evidence_end")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    for f in SEEDS:
        shutil.copy(f, folder)
    events = extract_folder(folder).events
    by_article: dict[str, list[dict]] = {}
    for e in events:
        by_article.setdefault(e.article, []).append({k: getattr(e, k) for k in FIELDS})
    return by_article


@pytest.mark.parametrize("article", [f.name for f in SEEDS])
def test_golden(extracted, article):
    path = GOLDEN / f"{article}.json"
    got = extracted.get(article, [])
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected
