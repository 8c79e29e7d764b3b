"""Talks in a quotation closed right after the word: what follows the quote tells with whom."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,who", [
    ("Russian President Vladimir Putin said on Monday that he had “the most comprehensive talks” with his Moldovan "
     "counterpart Vladimir Voronin in Moscow.", {"Vladimir Putin", "Vladimir Voronin"}),
    ("Russian President Vladimir Putin said on Monday that he had \"very constructive talks\" with Belarusian "
     "President Alexander Lukashenko in Minsk.", {"Vladimir Putin", "Alexander Lukashenko"}),
])
def test_talks_quoted_then_with_someone_are_a_meeting(text, who):
    """"he had “the most comprehensive talks” with his Moldovan counterpart Vladimir Voronin" (dev5 d5_05): the quote
    closed after "talks" hides no one; "with" after it tells who met (before, the talks were read as no meeting)."""
    events = events_of(text, published=date(2018, 6, 20))
    assert [set(e.participants) for e in events] == [who]


def test_quoted_talks_with_no_one_named_stay_none():
    """Quoted talks with no one told after them: no meeting word (as without the quote)."""
    assert events_of("The minister called for “serious talks” on the matter on Monday.",
                     published=date(2018, 6, 20)) == []
