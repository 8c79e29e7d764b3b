"""A date told after a meeting word in the words of someone who speaks after it ("after meeting Kishida, Anwar said
Japan ... and in 2023 Japan's investment reached ...") is what was said, not the meeting's, also when the verb is
followed by a named subject (before, only by a word in lower case: "said his heart aches ..."), so the meeting is
no meeting of 2023 of its own beside the one told before."""

import pytest

from tests.helpers import folder_events


@pytest.mark.parametrize("text", [
    "Malaysian Prime Minister Anwar Ibrahim and Japanese Prime Minister Fumio Kishida met in Putrajaya today. In a "
    "press conference after meeting Kishida, Anwar said Japan helped build the Malaysian industry and in 2023 "
    "Japan's investment commitment reached a record.",
    "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida met in Tokyo today. After "
    "meeting Kishida, Modi said India welcomed Japanese investment and in 2022 trade between the two countries grew "
    "sharply.",
])
def test_a_year_in_the_words_said_after_the_meeting_is_not_its_own(tmp_path, text):
    table = folder_events(tmp_path, f"Leaders meet\n\n{text}\n")
    assert not any(d is not None and len(str(d)) == 4 for d in table["date"]), list(
        zip(table["date"], table["date_reason"], strict=True))
    assert len(table) == 1
