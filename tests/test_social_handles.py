"""People an embedded social-media post names by their handles: the person whose name the handle's words spell."""

from datetime import date

import pytest

from loaders import actors
from tests.helpers import events_of


@pytest.mark.parametrize("text,handle,person", [
    ("Poland's Deputy Defence Minister Marcin Ociepa met his Lithuanian counterpart Margiris Abukevicius. Today, "
     "Viceminister @AbukeviciusM met w/ Viceminister @MarcinOciepa.", "AbukeviciusM", "Margiris Abukevicius"),
    ("Poland's Deputy Defence Minister Marcin Ociepa met his Lithuanian counterpart Margiris Abukevicius. Today, "
     "Viceminister @AbukeviciusM met w/ Viceminister @MarcinOciepa.", "MarcinOciepa", "Marcin Ociepa"),
    ("President @MBuhari receives in audience Ghanian President H.E. @NAkufoAddo in State House", "MBuhari",
     "Muhammadu Buhari"),
    ("President @MBuhari receives in audience Ghanian President H.E. @NAkufoAddo in State House", "NAkufoAddo",
     "Nana Akufo-Addo"),
    ("Warmly greeted by the host, President @CyrilRamaphosa of South Africa", "CyrilRamaphosa", "Cyril Ramaphosa"),
])
def test_a_handle_names_the_person_its_words_spell(text, handle, person):
    """"@MarcinOciepa" (given name and surname), "@AbukeviciusM" (surname, initial), "@NAkufoAddo" (a surname of two
    words): the person named before in the article or known to the data (before, no one)."""
    found = {text[m.start:m.end]: m.person for m in actors.find(text, when=(date(2022, 2, 1), date(2022, 2, 1)))}
    assert found.get(handle) == person


@pytest.mark.parametrize("text", [
    "Follow us on Twitter @IrnaEnglish and @PMOIndia for updates.",
    "The statement was posted by @WhiteHouse on Monday.",
])
def test_a_handle_of_no_one_known_names_no_one(text):
    """An outlet's or an office's handle whose words spell no one's name is no person."""
    assert actors.find(text) == []


def test_a_meeting_told_in_an_embedded_post_by_handles():
    """"Viceminister @AbukeviciusM met w/ Viceminister @MarcinOciepa" (dev21 d21_04, a Polish government page quoting
    a tweet): a meeting of the two named before, on the day the post says (before, one side and dropped)."""
    text = ("The bolstering of Polish-Lithuanian military cooperation were the key topics tackled by Poland's Deputy "
            "Defence Minister Marcin Ociepa and his Lithuanian counterpart Margiris Abukevicius.\n\nToday, "
            "Viceminister @AbukeviciusM met w/ Viceminister @MarcinOciepa to discuss key issues of bilateral "
            "cooperation.")
    events = events_of(text, published=date(2022, 2, 1))
    assert [(e.date, sorted(e.participants)) for e in events] == [
        ("2022-02-01", ["Marcin Ociepa", "Margiris Abukevicius"])]
