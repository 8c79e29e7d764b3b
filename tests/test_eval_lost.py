"""tests/eval/lost.py: a meeting no event quotes is counted at the stage of the pipeline that lost it."""

import json

from tests.eval.lost import drop_stage, lost, lost_stage
from tests.eval.table import scorer

MOD = scorer()
TOLD_ELSEWHERE = "The summit was productive, officials said on Tuesday."
NO_WORD = "Kishida and Yoon attended a concert in Seoul on May 7, 2023."
NO_MENTION = "Kishida shook hands with Yoon at a concert in Seoul on May 7, 2023."


def gold(file, evidence):
    return dict(file=file, event="e", type="summit", date="2023-05-07", true_date="2023-05-07", status="held",
                participants=[], locations=[], core=True, evidence=[evidence])


def test_each_lost_meeting_of_a_folder_is_counted_at_its_stage(tmp_path):
    for name, sent in (("a.txt", TOLD_ELSEWHERE), ("b.txt", NO_WORD), ("c.txt", NO_MENTION)):
        (tmp_path / name).write_text(f"Talks\n\n{sent}\n", encoding="utf-8")
    doc = {"events": [gold("a.txt", TOLD_ELSEWHERE), gold("b.txt", NO_WORD), gold("c.txt", NO_MENTION)]}
    c = lost(tmp_path, json.loads(json.dumps(doc)))
    assert (c["dropped"], c["told elsewhere"], c["no meeting word"], c["no mention"]) == (1, 1, 1, 1)


def seen(sents, text=""):
    return {"text": {"a.txt": text}, "sents": {"a.txt": sents}, "found": {"a.txt": {}}, "alone": {},
            "gathered": set(), "kept": set()}


def test_a_sentence_another_event_keeps_as_support_is_absorbed():
    text = "Kishida met Yoon in Seoul on Sunday. " + NO_MENTION
    pred = dict(article="a.txt", evidence=["Kishida met Yoon in Seoul on Sunday."],
                evidence_spans=[[0, 36], [37, len(text)]])
    assert lost_stage(MOD, gold("a.txt", NO_MENTION), [pred], seen({NO_MENTION: [True, 1]}, text)) == "absorbed"


def test_a_sentence_the_pipeline_never_read_is_no_sentence():
    assert lost_stage(MOD, gold("a.txt", NO_MENTION), [], seen({TOLD_ELSEWHERE: [True, 0]})) == "not a sentence"


def test_a_found_mention_kept_by_an_event_is_not_said_dropped_by_gather():
    class M:
        pass
    m = M()
    s = seen({})
    s["found"]["a.txt"] = {NO_MENTION: [m]}
    s["alone"][id(m)] = {"told elsewhere"}
    assert drop_stage(MOD, gold("a.txt", NO_MENTION), s) == "told elsewhere"
    s["gathered"].add(id(m))
    assert drop_stage(MOD, gold("a.txt", NO_MENTION), s) == "after gather"
    s["kept"].add(id(m))
    assert drop_stage(MOD, gold("a.txt", NO_MENTION), s) == "kept"
