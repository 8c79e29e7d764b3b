"""A correction that cannot apply any more is listed as orphaned with the reason, in the per-file account and
the problems, never dropped silently: the article is gone, the passage is gone, no event is read there any more."""

from __future__ import annotations

from loaders import load_corpus, load_events
from loaders.corrections import append_corrections, apply_corrections, make, make_for, target_of
from loaders.schema import Event
from tests.corrections_helpers import MOSCOW, SOCHI, A, make_folder, row


def test_reasons():
    text = SOCHI + " " + MOSCOW
    ev = Event("a.txt", "e1", "summit", "held", evidence=SOCHI, evidence_start=0, evidence_end=len(SOCHI))
    fix = [make(target_of(ev), "type", "ministerial", before="summit")]
    gone = apply_corrections([], {}, fix)
    assert [o.reason for o in gone.orphans] == ["the article a.txt is not in the folder any more "
                                                "(or could not be read)"]
    changed = apply_corrections([], {"a.txt": MOSCOW}, fix)
    assert "is no longer in a.txt (the article changed)" in changed.orphans[0].reason
    lost = apply_corrections([], {"a.txt": text}, fix)
    assert "no event is read from the passage" in lost.orphans[0].reason and "still in the article" in \
        lost.orphans[0].reason
    assert lost.orphans[0].message().startswith(f"correction {fix[0].id} (type: summit → ministerial")


def test_in_the_account(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, monkeypatch)
    events = load_events(folder)
    append_corrections(folder, [
        make_for(row(events, "a.txt", MOSCOW), "date", "2016-09-21", who="ana"),
        make(target_of(row(events, "b.txt", events.loc[events["article"] == "b.txt", "evidence"].iloc[0])),
             "checked", True, who="ana"),
        make(target_of(row(events, "a.txt", SOCHI)), "checked", True, who="ana"),
    ])
    (folder / "a.txt").write_text(A.replace(MOSCOW, "Nothing more was said."), encoding="utf-8")
    (folder / "b.txt").unlink()
    corpus = load_corpus(folder)
    account = corpus.articles.set_index("article")
    assert account.loc["a.txt", "corrections"] == 1  # the Sochi check still applies
    [orphan] = account.loc["a.txt", "orphaned"]
    assert "date: 2016-09 → 2016-09-21 by ana" in orphan and "(the article changed)" in orphan
    assert any("the article b.txt is not in the folder any more" in p for p in corpus.problems)
