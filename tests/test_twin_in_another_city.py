"""An undated meeting of two leaders in one city and a dated meeting of the same two in another city, told as before
it ("are currently engaged in bilateral talks at the Presidential Villa, Abuja" and "had on Monday in Nouakchott ...
met"), are two meetings: the undated one is not the dated one told again. Before, an undated meeting joined its dated
twin wherever each was, and the talks in Abuja took the day and the city of the meeting in Nouakchott."""

import pytest

from tests.helpers import folder_events


@pytest.mark.parametrize("text,places", [
    ("Buhari meets Macron\n\nPresident Muhammadu Buhari and the visiting French President Emmanuel Macron are "
     "currently engaged in bilateral talks at the Presidential Villa, Abuja.\n\nMacron had on Monday in Nouakchott "
     "during the closing ceremony of the AU Summit met with the Nigerian leader.\n", {"Abuja", "Nouakchott"}),
    ("Abe in Russia\n\nPrime Minister Shinzo Abe and President Vladimir Putin are holding talks in Vladivostok.\n\n"
     "Abe had met Putin in Moscow on Tuesday.\n", {"Vladivostok", "Moscow"}),
    # guard: one city, the undated talks are the dated ones told again
    ("Buhari meets Macron\n\nPresident Muhammadu Buhari and the visiting French President Emmanuel Macron held talks "
     "in Abuja.\n\nMacron met Buhari in Abuja on Tuesday.\n", {"Abuja"}),
])
def test_twins_in_two_cities_are_two_meetings(tmp_path, text, places):
    table = folder_events(tmp_path, text)
    assert set(table["location"]) == places, list(zip(table["date"], table["location"], strict=True))


def test_a_dated_twin_told_in_the_past_tense_is_the_same_meeting(tmp_path):
    """Guard: a headline's meeting placed by the plan it adds ("Will Visit Mexico City") joins the meeting the body
    dates in another city, told in the simple past (not the pluperfect)."""
    text = ("Rex Tillerson Meets With Mexico's Foreign Minister, Will Visit Mexico City\n\n"
            "Secretary of State Rex Tillerson met with Mexico's Foreign Secretary Luis Videgaray "
            "in Washington, D.C. on Wednesday.\n")
    table = folder_events(tmp_path, text)
    assert len(table) == 1, list(zip(table["date"], table["location"], strict=True))
