"""A dialogue held with someone named is a meeting ("is set to hold a high-level defense dialogue with Australian
Deputy Prime Minister ... Richard Marles on Friday, Aug. 22"); dialogue as a process, with no one, is none."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2025, 8, 20)  # a Wednesday


@pytest.mark.parametrize("text,expected", [
    ("Philippine Defense Secretary Gilberto Teodoro is set to hold a high-level defense dialogue with Australian "
     "Defence Minister Richard Marles on Friday, Aug. 22.", [("ministerial", "2025-08-22", "planned")]),
    ("Indian External Affairs Minister S. Jaishankar held a strategic dialogue with Japanese Foreign Minister "
     "Takeshi Iwaya in Tokyo on Monday.", [("ministerial", "2025-08-18", "held")]),
    ("Swedish Foreign Minister Maria Malmer Stenergard will hold a bilateral dialogue with her Finnish counterpart "
     "Elina Valtonen in Helsinki next Tuesday.", [("ministerial", "2025-08-26", "planned")]),
    # dialogue as a process, or with a country told alone: no meeting
    ("India and Japan agreed to deepen their dialogue with partners across the Indo-Pacific.", []),
    ("The two countries will continue their political dialogue with the European Union.", []),
    ("Finland has kept up a dialogue with Russia on border issues for decades.", []),
])
def test_a_dialogue_with_someone_named_is_a_meeting(text, expected):
    assert [(e.type, e.date, e.status) for e in events_of(text, published=P)] == expected
