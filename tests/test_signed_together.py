"""Two people of two countries who sign something or shake hands together met, even told without a date."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,who", [
    ("French President Emmanuel Macron and German Chancellor Angela Merkel have signed a new treaty pledging closer "
     "co-operation on defence.", ["Emmanuel Macron", "Angela Merkel"]),
    ("Indonesia and Papua New Guinea have held fruitful discussions. Prime Minister Sir Michael Somare and President "
     "Susilo Bambang Yudhoyono also signed two plaques that will be placed at the border.",
     ["Michael Somare", "Susilo Bambang Yudhoyono"]),
    ("French President Emmanuel Macron and German Chancellor Angela Merkel shook hands before the talks.",
     ["Emmanuel Macron", "Angela Merkel"]),
])
def test_two_who_signed_together_met(text, who):
    """"Prime Minister Sir Michael Somare and president Dr Susilo Bambang Yudhoyono also signed two plaques" (dev20
    d20_08), "Donald Trump and Kim Jong-un have signed a joint statement" (redteam2 a01): a meeting, dated as the
    article's (before, a joint action without a date was dropped as "nothing of its own")."""
    events = events_of(text, published=date(2019, 1, 22))
    assert [(e.date, e.participants) for e in events] == [("2019-01", who)]


@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron and German Chancellor Angela Merkel have agreed on a new treaty.",
    "French President Emmanuel Macron and German Chancellor Angela Merkel discussed the treaty.",
])
def test_what_two_agreed_without_a_date_is_no_meeting(text):
    """Agreed or discussed, no date: said in a call or a statement too, no meeting of its own."""
    assert events_of(text, published=date(2019, 1, 22)) == []
