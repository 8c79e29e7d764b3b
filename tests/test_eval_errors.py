"""tests/eval/errors.py: each kind of miss and of wrong date is counted where it belongs."""

import pytest

from tests.eval.errors import date_kind, kinds
from tests.eval.table import scorer

MOD = scorer()
SENT_A = "Kishida met Yoon in Seoul on Sunday for talks on trade."
SENT_B = "Kishida also met Albanese on Monday on the sidelines."


def gold(file="a.txt", date="2023-05-07", evidence=SENT_A, people=("Fumio Kishida", "Yoon Suk Yeol")):
    return dict(file=file, event="e", type="summit", date=date, true_date=date, status="held",
                participants=list(people), locations=[], core=True, evidence=[evidence])


def pred(date="2023-05-07", evidence=SENT_A, people=("fumio kishida", "suk yeol yoon"), eid="1"):
    return dict(article="a.txt", event_id=eid, date=date, type="summit", status="held", participants=list(people),
                location=None, evidence=[evidence])


@pytest.mark.parametrize("p,expected", [
    (None, "undated"),
    ("2023", "year only"),
    ("2022", "wrong year"),
    ("2023-05", "month for a day"),
    ("2023-05-08", "another day"),
    ("2023-06-07", "another month"),
    ("2022-05-07", "wrong year"),
])
def test_date_kinds(p, expected):
    assert date_kind(p, gold()) == expected


def test_a_meeting_found_and_dated_right_counts_nothing_wrong():
    c = kinds(MOD, {"events": [gold()]}, [pred()])
    assert c["core"] == 1 and sum(c[k] for k in ("no event", "folded", "unpaired", "extras")) == 0


def test_a_meeting_nobody_quoted_is_no_event():
    c = kinds(MOD, {"events": [gold(), gold(date="2023-05-08", evidence=SENT_B, people=("Anthony Albanese",))]},
              [pred()])
    assert (c["no event"], c["folded"], c["extras"]) == (1, 0, 0)


def test_two_meetings_in_one_event_is_folded():
    both = SENT_A + " " + SENT_B
    c = kinds(MOD, {"events": [gold(evidence=both), gold(date="2023-05-08", evidence=both,
                                                         people=("Anthony Albanese",))]}, [pred(evidence=both)])
    assert (c["folded"], c["no event"]) == (1, 0)


def test_a_wrong_date_of_a_found_meeting_is_counted_by_kind():
    c = kinds(MOD, {"events": [gold()]}, [pred(date="2023-05")])
    assert c["month for a day"] == 1 and c["no event"] == 0


def test_an_event_of_no_meeting_is_an_extra():
    c = kinds(MOD, {"events": [gold()]}, [pred(), pred(date="2024-01-01", evidence="Markets rose on Monday.",
                                                       people=(), eid="2")])
    assert c["extras"] == 1


def test_people_and_type_of_a_found_meeting_are_counted():
    wrong = dict(pred(people=("fumio kishida", "anthony albanese")), type="ministerial")
    c = kinds(MOD, {"events": [gold()]}, [wrong])
    assert (c["person missed"], c["person extra"], c["wrong type"]) == (1, 1, 1)
