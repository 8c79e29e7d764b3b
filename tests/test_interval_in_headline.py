"""A headline that counts the time from another meeting to the story's ("Ethiopian PM visit to Asmara came two weeks
after Eritrean President Isaias Afeworki returned from an official working visit to Egypt"): that other meeting is
one of its own, dated by the count from the story's day (meeting/sequence_dates.date_by_interval), not the body's
meeting told again, and not the story's meeting the count starts from."""

import pytest

from tests.helpers import folder_events


@pytest.mark.parametrize("text,expected", [
    ("Ethiopian PM visit to Asmara came two weeks after Eritrean President Isaias Afeworki returned from an official "
     "working visit to Egypt\n\nEthiopian Prime Minister Abiy Ahmed arrived in Asmara on Saturday 18 July 2020 for a "
     "working visit. Eritrean President Isaias Afwerki welcomed the Prime Minister at the airport.\n",
     [("2020-07", "Egypt"), ("2020-07-18", "Asmara")]),
    # a headline of the story's meeting alone: the body's (as before)
    ("Modi meets Putin in Moscow\n\nIndian Prime Minister Narendra Modi held talks with Russian President Vladimir "
     "Putin in Moscow on Tuesday 9 July 2024.\n", [("2024-07-09", "Moscow")]),
])
def test_a_meeting_a_headline_counts_from_is_its_own(tmp_path, text, expected):
    df = folder_events(tmp_path, text)
    assert sorted(zip(df["date"], df["location"], strict=True)) == sorted(expected)
