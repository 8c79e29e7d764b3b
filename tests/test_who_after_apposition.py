""""Who" after a name and an apposition set off by commas is that name's: the subject of the relative clause's
meeting, or the one the aside tells of before the main clause's meeting."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,published,when,who", [
    ("The guest of honour was Indian Prime Minister Narendra Modi, a long-time friend of the organisers, who on "
     "Monday held talks with Japanese Prime Minister Shinzo Abe in Tokyo.", date(2014, 9, 3), "2014-09-01",
     ["Narendra Modi", "Shinzo Abe"]),
    ("The first speaker was German Chancellor Angela Merkel, the longest-serving leader in the room, who on "
     "Tuesday met French President Emmanuel Macron in Paris.", date(2019, 5, 17), "2019-05-14",
     ["Angela Merkel", "Emmanuel Macron"]),
    ("Nigeria's President Olusegun Obasanjo, chairman of the regional initiative, who arrived on Saturday, held talks "
     "with Thabo Mbeki of South Africa on Monday.", date(2002, 3, 26), "2002-03-25",
     ["Olusegun Obasanjo", "Thabo Mbeki"]),
])
def test_who_after_an_apposition_met(text, published, when, who):
    """"The host of the meeting is Nigeria's President Olusegun Obasanjo, chairman of the Nepad initiative, who over
    the weekend held talks with Thabo Mbeki of South Africa" (dev20 d20_01): Obasanjo met Mbeki (before, only Mbeki
    was read at the talks: "who" was taken for a name's only right after it)."""
    events = events_of(text, published=published)
    assert [(e.date, e.participants) for e in events] == [(when, who)]


def test_who_with_no_meeting_of_its_own():
    """A relative clause that tells no meeting adds none (guard)."""
    text = "The host of the forum is Nigeria's President Olusegun Obasanjo, who is chairman of the regional initiative."
    assert events_of(text, published=date(2002, 3, 26)) == []
