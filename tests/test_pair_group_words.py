""""The two PMs", "both PMs": the pair of the meeting told before, as "the two prime ministers" is
(data/meeting_words.json group_refs). Without them a later meeting of that pair, told by these words alone, had no
one in it and was dropped ("one side, no level")."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2023, 5, 10)  # a Wednesday


@pytest.mark.parametrize("text,when,people", [
    ("Vietnamese Prime Minister Pham Minh Chinh met Japanese Prime Minister Fumio Kishida in Tokyo on Wednesday. "
     "The two PMs also held talks in Glasgow on Monday.", "2023-05-08", {"Pham Minh Chinh", "Fumio Kishida"}),
    ("Vietnamese Prime Minister Pham Minh Chinh met Japanese Prime Minister Fumio Kishida in Tokyo on Wednesday. "
     "Both PMs had also held talks in Glasgow on Monday.", "2023-05-08", {"Pham Minh Chinh", "Fumio Kishida"}),
])
def test_pair_told_by_group_word(text, when, people):
    evs = [e for e in events_of(text, published=P) if e.date == when]
    assert len(evs) == 1
    assert people <= set(evs[0].participants)
