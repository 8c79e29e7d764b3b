"""The evaluation table (tests/eval/table.py) and its naive baseline on the smallest set, the seeds without metadata."""

from datetime import datetime

import pytest

from tests.eval import naive, table


@pytest.fixture(scope="module")
def seeds_text(tmp_path_factory) -> dict:
    sets, _ = table.find_sets()
    seeds = next(s for s in sets if s.name == "seeds")
    return table.score_set(seeds, "text", tmp_path_factory.mktemp("table"))


def test_seeds_row_agrees_with_the_seed_floors(seeds_text):
    assert seeds_text["articles"] == 5
    ours = seeds_text["ours"]
    assert ours["f1"] == 1.0, ours  # as tests/test_seeds_score.py measures it
    assert ours["year_right"] == 1.0 and ours["date_right"] >= 0.94, ours


def test_naive_baseline_runs_and_falls_short(seeds_text):
    base = seeds_text["naive"]
    assert base["predicted"] > 0, base
    assert 0 < base["f1"] < 1, base
    assert base["f1"] < seeds_text["ours"]["f1"] and base["merge_recall"] == 0.0, base


def test_naive_takes_the_first_date_of_a_meeting_sentence(tmp_path):
    (tmp_path / "a.txt").write_text("Abe met Putin on Monday. Jan. 22 was cold.\nThe summit opened on May 5.\n")
    (tmp_path / "metadata.csv").write_text("file,published\na.txt,2019-01-23\n")
    assert naive.publication_dates(tmp_path) == {"a.txt": datetime(2019, 1, 23)}
    rows = naive.naive_events(tmp_path)
    assert [(r["date"], r["type"], r["evidence"]) for r in rows] == [
        ("2019-01-21", "ministerial", "Abe met Putin on Monday."),
        ("2019-05-05", "summit", "The summit opened on May 5."),
    ]
    assert len({r["event_id"] for r in rows}) == 2


def test_table_renders_as_text_and_markdown(seeds_text):
    text = table.render([seeds_text])
    assert text.splitlines()[0].split()[:5] == ["set", "mode", "articles", "core", "f1"]
    assert text.splitlines()[1].startswith("seeds  text")
    md = table.render([seeds_text], markdown=True).splitlines()
    assert md[1].startswith("| --- |") and md[2].startswith("| seeds | text | 5 |")
    names = {s.name for s in table.find_sets()[0]}
    assert {"seeds", "jmh", "redteam1", "heldout2"} <= names


def test_a_set_without_gold_is_skipped_and_named(tmp_path, monkeypatch):
    for folder in ["real/done/articles", "real/half/articles", "wide/w/articles"]:
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "real/done/gold.json").write_text('{"events": []}')
    (tmp_path / "real/done/metadata.csv").write_text("file,published\n")
    (tmp_path / "wide/w/gold.json").write_text('{"events": []}')
    monkeypatch.setattr(table, "EVAL", tmp_path)
    sets, skipped = table.find_sets()
    assert [(s.name, s.metadata is not None) for s in sets] == [("seeds", True), ("done", True), ("w", False)]
    assert skipped == ["half: no gold.json (yet), not scored"]
