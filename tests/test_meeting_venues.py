"""A gathering of many attended by one side beside a meeting on its sidelines: the venue, no meeting of its own."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,published", [
    ("Prime Minister Narendra Modi held a bilateral meeting with South African President Cyril Ramaphosa on Wednesday "
     "on the sidelines of the 15th BRICS Summit in Johannesburg. Modi arrived here on Tuesday to attend the 15th BRICS "
     "Summit in Johannesburg from August 22-24.", date(2023, 8, 23)),
    ("New York, Sept 26, IRNA – Iranian Foreign Minister Mohammad Javad Zarif and his Australian counterpart Marise "
     "Payne held a meeting on the sidelines of the 74th United Nations General Assembly session. Zarif arrived in New "
     "York on Friday night to participate in the 74th Session of the United Nations General Assembly.",
     date(2019, 9, 26)),
    ("External Affairs Minister S Jaishankar on Tuesday held a series of bilateral meetings with his counterparts from "
     "Nepal, Bhutan and Bangladesh on the sidelines of the BIMSTEC Ministerial meeting here. Jaishankar on Tuesday "
     "participated in the 18th BIMSTEC Ministerial Meeting in Colombo and said the member states must combat "
     "terrorism.", date(2022, 3, 30)),
])
def test_a_gathering_attended_is_the_venue_of_the_meeting_on_its_sidelines(text, published):
    """"arrived here on Tuesday to attend the 15th BRICS Summit" beside a bilateral "on the sidelines of the 15th BRICS
    Summit": the gathering one side attends is only the venue of the meeting told on its sidelines, no meeting of its
    own (the gold conventions: multilateral summits that are only the venue of a bilateral are not events)."""
    events = events_of(text, published=published)
    assert events and all("sidelines" in e.evidence for e in events)


@pytest.mark.parametrize("text", [
    # the sidelines of another gathering: the summit attended stays
    "Modi held a bilateral meeting with Ramaphosa on Wednesday on the sidelines of the UN General Assembly in New "
    "York. Modi will travel to Johannesburg on August 22 to attend the 15th BRICS Summit.",
    # a gathering of two sides attended: a meeting of its own
    "Modi held a bilateral meeting with Ramaphosa on Wednesday on the sidelines of the 15th BRICS Summit. Modi and "
    "Chinese President Xi Jinping will attend the 16th BRICS Summit in Kazan on October 22.",
])
def test_a_gathering_attended_without_a_meeting_on_its_sidelines_stays(text):
    """A gathering attended stays where the sidelines told are another's, or where two sides attend it."""
    assert len(events_of(text, published=date(2023, 8, 23))) == 2
