""""Swaraj is in China for talks with Wang and to take part in the meeting of Foreign Ministers of the SCO": a
gathering attended by a predicate of its own ("and to take part in", "and participated in", "and will attend"), after
talks with someone told before it in the sentence, is a meeting of its own beside those talks; not "arrived in Kazan
and will attend the BRICS summit" (an arrival for the summit)."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2018, 4, 22)


@pytest.mark.parametrize("text,talks", [
    ("Indian Foreign Minister Sushma Swaraj is in China for talks with Chinese Foreign Minister Wang Yi and to take "
     "part in the two-day meeting of Foreign Ministers of the Shanghai Cooperation Organisation (SCO) from tomorrow.",
     {"Sushma Swaraj", "Wang Yi"}),
    ("US Secretary of State Antony Blinken met with Kazakh Foreign Minister Mukhtar Tileuberdi in Astana and "
     "participated in a C5+1 Ministerial Meeting with the foreign ministers of the five Central Asian states.",
     {"Antony Blinken", "Mukhtar Tileuberdi"}),
])
def test_the_gathering_is_apart_from_the_talks(text, talks):
    events = events_of(text, published=P)
    assert any(set(e.participants) == talks for e in events)
    assert len(events) == 2
