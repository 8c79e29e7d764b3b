"""A meeting held at a recurring summit and told without a day ("also met Putin on the sidelines of the G20 summit
in Rio de Janeiro") takes that summit's month even where the article dates a plan of the same two people ("invited
him to visit India next year"): a planned meeting's date says nothing of the day of a held one."""

from datetime import date

import pytest

from tests.helpers import events_of

_G20 = ("Brazil hosted world leaders for two days of talks on hunger and climate, officials said.\n\n"
        "President Luiz Inacio Lula da Silva opened the meeting with a speech on poverty.\n\n"
        "Modi invited Russian President Vladimir Putin to visit India next year, the foreign ministry said.\n\n"
        "Prime Minister Narendra Modi also met Putin on the sidelines of the G20 summit in Rio de Janeiro.")
_SCO = ("Leaders of the region gathered for the SCO summit in Astana, officials said.\n\n"
        "Chinese President Xi Jinping and Russian President Vladimir Putin will meet again in Beijing in October.\n\n"
        "Xi also held talks with Putin during the SCO summit in Astana.")


@pytest.mark.parametrize("text,published,expected", [
    (_G20, date(2024, 11, 19), "2024-11"),  # the 2024 G20 summit, Rio de Janeiro, Nov 18-19
    (_SCO, date(2024, 7, 4), "2024-07"),  # the 2024 SCO summit, Astana, July 3-4
])
def test_a_summits_meeting_beside_a_dated_plan(text, published, expected):
    held = [e for e in events_of(text, published=published) if e.status == "held"]
    assert [e.date for e in held] == [expected]
    assert "summit" in held[0].date_reason


def test_the_same_meeting_dated_otherwise_takes_no_summit_month():
    """Guard: where the same people's held meeting is dated ("on Monday"), an undated telling of a held meeting of
    theirs takes no summit month of its own."""
    text = ("Brazil hosted world leaders for two days of talks on hunger and climate, officials said.\n\n"
            "Prime Minister Narendra Modi met Russian President Vladimir Putin in Rio de Janeiro on Monday.\n\n"
            "Modi also met Putin on the sidelines of the G20 summit in Rio de Janeiro.")
    theirs = [e for e in events_of(text, published=date(2024, 11, 19)) if "Vladimir Putin" in e.participants]
    assert [e.date for e in theirs] == ["2024-11-18"]
