"""A statement's day is no meeting's ("Kono said Monday"), unless the statement was made at the meeting ("said this on
Monday at the closing of the Ministerial Meeting", "told reporters on Friday on the sidelines of the summit"): the
meeting's day too."""

from datetime import date

import pytest

from tests.helpers import events_of

_LEDE = ("Nigeria and South Africa signed 32 agreements to boost trade and security cooperation, officials said.\n\n"
         "The two countries also agreed to review the agreements every year.\n\n")


@pytest.mark.parametrize("text,expected", [
    ("Mr Geoffrey Onyeama, Minister of Foreign Affairs, said this on Monday at the closing of the Ministerial Meeting "
     "of the 10th Nigeria-South Africa Bi-National Commission in Abuja.", "2021-11-29"),
    ("Nigerian Foreign Minister Geoffrey Onyeama told reporters on Monday on the sidelines of the meeting with his "
     "South African counterpart Naledi Pandor in Abuja that the talks were fruitful.", "2021-11-29"),
])
def test_a_statement_made_at_the_meeting_dates_it(text, expected):
    evs = events_of(_LEDE + text, published=date(2021, 11, 30))
    assert [e.date for e in evs if "Geoffrey Onyeama" in e.participants] == [expected]
