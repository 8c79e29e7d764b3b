"""tests/eval/joins.py: the join that took an absorbed meeting's mention into another event, and its tests."""

import json

from tests.eval.joins import joins, passed, people_test

FIRST = "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Sunday."
SECOND = "Kishida and Yoon held talks again in Seoul."


def gold(evidence, date):
    return dict(file="a.txt", event=evidence[:10], type="summit", date=date, true_date=date, status="held",
                participants=["Fumio Kishida", "Yoon Suk Yeol"], locations=["Seoul"], core=True, evidence=[evidence])


def test_an_absorbed_meeting_is_counted_by_the_join_that_took_it(tmp_path):
    (tmp_path / "a.txt").write_text(f"Talks in Seoul\n\n{FIRST} {SECOND}\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2023-05-08,,\n", encoding="utf-8")
    doc = {"events": [gold(FIRST, "2023-05-07"), gold(SECOND, "2023-05-08")]}
    c = joins(tmp_path, json.loads(json.dumps(doc)))
    assert sum(c.values()) == 1
    (step,) = c
    assert step.startswith("gather/") and "same people" in step and "same place" in step


def test_the_tests_a_join_passed_are_told_in_words():
    one = dict(people=["A", "B"], place="Seoul", date="2023-05-07", series=None)
    assert passed(one, dict(one, people=["A", "C"], place=None)) == ["people shared", "place untold", "same day"]
    assert passed(one, dict(one, series="G20", date="2023-06")) == ["same people", "same place", "other dates",
                                                                      "summit and meeting"]
    assert [people_test(["A"], ["A", "B"]), people_test([], ["A"]), people_test(["A"], ["B"])] == [
        "people within", "people untold", "other people"]
