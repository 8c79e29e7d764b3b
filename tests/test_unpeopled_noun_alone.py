"""A visit noun told with countries or a place alone, no one named, no level and no date ("Business forums in Senegal
and Mali will also be held as part of the visits", "visits by trade delegations from Ghana to Togo") tells no
meeting of its own: no event. A verb with who met told by office ("The national security advisers of A and B met in
C"), a visit told as someone's ("The delegation's visit to India followed ...", a row of
tests/test_meeting_kinds.py), talks whoever sits, a dated or peopled one still make one."""

from datetime import date

import pytest

from tests.helpers import events_of

LEDE = "President Akufo-Addo of Ghana met President Faure Gnassingbe of Togo in Accra on Monday.\n\n"


@pytest.mark.parametrize("text", [
    "Business forums in Senegal and Mali will also be held as part of the visits, the statement said.",
    "Officials stressed the importance of visits by trade delegations from Ghana to Togo.",
    "Officials welcomed the visits of business delegations from Senegal to Mali.",
])
def test_no_one_no_level_no_date_is_no_meeting(text):
    evs = events_of(LEDE + text, published=date(2019, 3, 12))
    assert len(evs) == 1 and evs[0].date == "2019-03-11"


@pytest.mark.parametrize("text,n", [
    ("The national security advisers of Ghana and Togo met in Lome.", 2),  # a verb: they met
    ("The national security advisers of Ghana and Togo will also meet in Lome on Friday.", 2),  # a date
    ("Foreign Minister Shirley Botchwey will also visit Togo.", 2),  # someone named
])
def test_a_verb_a_date_or_someone_still_make_one(text, n):
    assert len(events_of(LEDE + text, published=date(2019, 3, 12))) == n
