"""A journey told as the next step after a meeting dated before it in the sentence ("held talks with Netanyahu in
Jerusalem on August 24 and flew the next day from Tel Aviv to Khartoum ... to meet Sudan's Prime Minister Abdalla
Hamdok") gives its day to the meeting it was made for, not to the meeting before."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,expected", [
    ("US Secretary of State Mike Pompeo held talks with Israeli Prime Minister Benjamin Netanyahu in Jerusalem on "
     "August 24 and flew the next day from Tel Aviv to Khartoum, on what the State Department called the first "
     "official non-stop flight between Israel and Sudan, to meet Sudan's Prime Minister Abdalla Hamdok.",
     {("2020-08-24", "Benjamin Netanyahu"), ("2020-08-25", "Abdalla Hamdok")}),
    ("US Secretary of State Mike Pompeo met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on August 24 and "
     "then travelled on August 26 to Bahrain for talks with King Hamad bin Isa Al Khalifa.",
     {("2020-08-24", "Benjamin Netanyahu"), ("2020-08-26", "Hamad bin Isa Al Khalifa")}),
    # guard: a journey with no meeting made for it leaves the meetings' days as told
    ("US Secretary of State Mike Pompeo met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on August 24 and "
     "flew home on Wednesday.", {("2020-08-24", "Benjamin Netanyahu")}),
])
def test_a_journeys_day_is_the_meetings_it_was_made_for(text, expected):
    evs = events_of(text, published=date(2020, 9, 15))
    assert {(e.date, p) for e in evs for p in e.participants if p != "Mike Pompeo"} == expected
