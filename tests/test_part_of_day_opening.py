"""A meeting told in a sentence that opens with a part of the day and tells no day ("In the afternoon, the President
held talks with ...") is on the day the text told last, else on the article's date: a day's itinerary going on, as
"later in the day" already was (before, a held meeting so told took only the month of the article's date)."""

from datetime import date

import pytest

from tests.helpers import events_of

PUBLISHED = date(2018, 4, 14)


@pytest.mark.parametrize("text,guest,day", [
    ("Foreign Minister Roberto Ampuero met his Argentine counterpart Jorge Faurie in Lima on Friday. In the "
     "afternoon, President Sebastian Pinera held talks with Canadian Prime Minister Justin Trudeau.",
     "Justin Trudeau", "2018-04-13"),
    ("In the evening, President Sebastian Pinera held talks with Canadian Prime Minister Justin Trudeau in Lima.",
     "Justin Trudeau", "2018-04-14"),
])
def test_a_part_of_the_day_opening_dates_by_the_day_told(text, guest, day):
    events = [e for e in events_of(text, published=PUBLISHED) if guest in e.participants]
    assert [e.date for e in events] == [day]


def test_a_part_of_the_day_with_its_day_keeps_it():
    """The guard: a sentence that tells its own day keeps that day."""
    events = events_of("Foreign Minister Roberto Ampuero met his Argentine counterpart Jorge Faurie in Lima on Friday. "
                       "In the afternoon of Thursday, President Sebastian Pinera held talks with Canadian Prime "
                       "Minister Justin Trudeau.", published=PUBLISHED)
    assert [e.date for e in events if "Justin Trudeau" in e.participants] == ["2018-04-12"]
