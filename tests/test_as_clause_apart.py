"""A clause opened by "as" with its own subject and verb tells another meeting than the one before the comma."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2024, 9, 9)  # a Monday


@pytest.mark.parametrize("text,talks", [
    # the talks keep their people and tense; the trip of the "as" clause is not theirs
    ("Czech Foreign Minister Jan Lipavsky made the remark at the start of his talks with his Korean counterpart, "
     "Cho Tae-yul, as Yoon is expected to make a trip to the Central European nation later this month.",
     ("held", ["Jan Lipavsky", "Cho Tae-yul"])),
    ("Czech Foreign Minister Jan Lipavsky made the remark at the start of his talks with South Korean Foreign "
     "Minister Cho Tae-yul, as President Yoon Suk Yeol is expected to make a trip to the Czech Republic later this "
     "month.", ("held", ["Jan Lipavsky", "Cho Tae-yul"])),
    # "as well as", "as part of": no clause of its own
    ("Czech Foreign Minister Jan Lipavsky held talks with South Korean Foreign Minister Cho Tae-yul, as well as "
     "President Yoon Suk Yeol, in Seoul on Monday.", ("held", ["Jan Lipavsky", "Cho Tae-yul", "Yoon Suk Yeol"])),
])
def test_an_as_clause_is_apart(text, talks):
    status, people = talks
    assert any(e.status == status and set(e.participants) == set(people) for e in events_of(text, published=P))
