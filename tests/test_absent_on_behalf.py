"""Someone told as not there: the one on whose behalf another attends ("attended the meetings on behalf of Foreign
Minister Qin Gang"), the one by whom a meeting "was not attended", is no participant of the meeting (as "in the
absence of X" and "X skipped the summit" already are)."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,absent", [
    ("Wang Yi met US Secretary of State Antony Blinken in Jakarta on Thursday. Wang attended the meetings in Jakarta "
     "on behalf of Chinese Foreign Minister Qin Gang, who could not travel for health reasons.", "Qin Gang"),
    ("The summit convened by Ghanaian President Nana Akufo-Addo in Accra on Tuesday was not attended by Nigerian "
     "President Muhammadu Buhari.", "Muhammadu Buhari"),
])
def test_one_told_as_not_there_is_no_participant(text, absent):
    evs = events_of(text, published=date(2023, 7, 14))
    assert evs and all(absent not in e.participants for e in evs)
