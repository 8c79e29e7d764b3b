"""A person named after a title with "for" or "of" in it ("Minister for Foreign Affairs", "Secretary of State") is
the sentence's subject, the one "he" or "she" of the next sentence is: the title's preposition is no preposition
before the name."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,who", [
    ("Swedish Prime Minister Stefan Lofven spoke in Stockholm on Monday. The Swedish Minister for Foreign Affairs "
     "Ann Linde was in Riyadh last week, meeting Saudi Foreign Minister Faisal bin Farhan. She also met "
     "Saudi Minister of State Adel al-Jubeir; the two held talks on the region.",
     ["Ann Linde", "Adel al-Jubeir"]),
    ("Russian Foreign Minister Sergey Lavrov spoke in Moscow on Monday. The Secretary of State Antony Blinken "
     "arrived in Cairo on Tuesday. He met Egyptian President Abdel Fattah al-Sisi on Wednesday.",
     ["Antony Blinken", "Abdel Fattah al-Sisi"]),
])
def test_she_is_the_one_named_after_the_title(text, who):
    """"“The Swedish Minister for Foreign Affairs Anne Linde was here last Wednesday, meeting with Saudi counterpart
    Prince Faisal bin Farhan ...” She also met Saudi Minister of State for Foreign Affairs Adel Al-Jubeir" (dev21
    d21_15): Linde met Al-Jubeir (before, "she" was the story's subject before that sentence, the ambassador)."""
    events = events_of(text, published=date(2020, 3, 4))
    assert any(sorted(e.participants) == sorted(who) for e in events)


def test_she_also_met_on_the_day_the_quote_gave():
    """"“The Swedish Minister for Foreign Affairs Anne Linde was here last Wednesday, meeting with Saudi counterpart
    Prince Faisal bin Farhan ...” She also met ... Adel Al-Jubeir" (dev21 d21_15): the story goes on with the one the
    quote told of, on the day the quote gave (before, a quote's day never passed on to a sentence outside it)."""
    text = ("Swedish Ambassador Niclas Trouve praised the governor on Monday. “The Swedish Minister for Foreign "
            "Affairs Ann Linde was here last Wednesday, meeting with Saudi Foreign Minister Faisal bin Farhan.” She "
            "also met Saudi Minister of State Adel al-Jubeir; the two held talks on the region.")
    events = events_of(text, published=date(2020, 3, 4))
    assert [e.date for e in events if "Adel al-Jubeir" in e.participants] == ["2020-02-26"]
