"""Talks of two leaders told as more than the meeting of a series they came to ("In addition, the Russian leader and
Belarusian President Alexander Lukashenko also plan to hold talks" after "Putin has arrived in Minsk to take part in a
meeting of the Supreme State Council"): talks of their own, not that meeting told again."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,expected", [
    ("Russian President Vladimir Putin has arrived in Minsk to take part in a meeting of the Supreme State Council of "
     "the Union State of Russia and Belarus. In addition, the Russian leader and Belarusian President Alexander "
     "Lukashenko also plan to hold talks, discussing bilateral issues.",
     [("held", "Russian President Vladimir Putin has arrived"), ("planned", "In addition, the Russian leader and")]),
    # a word of attending, "also": the meeting they came to (as before)
    ("Russian President Vladimir Putin has arrived in Minsk to take part in a meeting of the Supreme State Council of "
     "the Union State of Russia and Belarus. Belarusian President Alexander Lukashenko also attended the meeting.",
     [("held", "Russian President Vladimir Putin has arrived")]),
    # talks told plainly after the arrival for a summit: its talks (as before)
    ("Chinese President Xi Jinping and Russian President Vladimir Putin arrived in Samarkand on Thursday for the SCO "
     "summit. Putin and Xi held talks on energy.",
     [("held", "Chinese President Xi Jinping and Russian")]),
])
def test_talks_told_besides_a_series_meeting_are_their_own(text, expected):
    evs = events_of(text, published=date(2018, 6, 19))
    assert [(e.status, e.evidence[:len(x)]) for e, (_, x) in zip(evs, expected, strict=False)] == expected
    assert len(evs) == len(expected)
