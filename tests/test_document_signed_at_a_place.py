"""A document's date told with the place it was signed at is not the date of a meeting told in its sentence."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2023, 5, 10)  # a Wednesday
_MET = ("Argentine Foreign Minister Santiago Cafiero held a meeting with Brazilian Foreign Minister Mauro Vieira "
        "in Brasilia")


@pytest.mark.parametrize("text,expected", [
    # the place the document was signed at between its participle and its date
    (_MET + " in the format of the declaration that was signed in Montevideo on June 8, 2012.", "2023-05"),
    (_MET + " to review the peace agreement signed in Buenos Aires in December 2000.", "2023-05"),
    (_MET + " under the accord signed at Punta del Este in March 2019.", "2023-05"),
    # the meeting's own date and place stay
    (_MET + " on Tuesday to review the accord signed in Montevideo.", "2023-05-09"),
    ("Argentine Foreign Minister Santiago Cafiero held a meeting in Montevideo on March 3 with Brazilian Foreign "
     "Minister Mauro Vieira to review the accord.", "2023-03-03"),
])
def test_a_document_signed_at_a_place_keeps_its_date(text, expected):
    assert [e.date for e in events_of(text, published=P)] == [expected]
