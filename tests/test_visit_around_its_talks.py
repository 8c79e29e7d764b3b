"""One person's visit, or a telling of one person alone, beside a meeting of that person the article dates within
it, is that meeting told again, not a meeting of its own."""

from datetime import date

import pytest

from tests.helpers import events_of

_DIALOGUE = ("Indian Foreign Minister Subrahmanyam Jaishankar co-chaired the 15th Foreign Ministers' Framework "
             "Dialogue with Australia on September 9. ")


@pytest.mark.parametrize("text,published,count", [
    # the visit told over its days around the talks; the one met told again with what else was said
    (_DIALOGUE + "The events formed part of Jaishankar's visit to the country from September 8 to 10 under a "
     "programme for ASEAN guests.", date(2024, 9, 12), 1),
    ("Malaysian Prime Minister Anwar Ibrahim held talks with Laotian Prime Minister Sonexay Siphandone on Wednesday. "
     "Anwar also held a meeting with the Prime Minister of Vietnam, Pham Minh Chinh and expressed Malaysia's welcome "
     "to receive their delegation to Putrajaya in conjunction with the 50th anniversary of diplomatic relations "
     "between the two countries.", date(2023, 5, 10), 2),
    # a visit to another country, a summit attended beside a meeting on its sidelines: meetings of their own
    (_DIALOGUE + "The events formed part of Jaishankar's visit to Japan from September 8 to 10.", date(2024, 9, 12), 2),
    ("Chinese President Xi Jinping arrived in San Francisco on Tuesday. Xi will attend the 30th APEC Economic "
     "Leaders' Meeting in San Francisco this week. He is also scheduled to meet Japanese Prime Minister Fumio Kishida "
     "on the sidelines on Thursday, according to Japanese officials.", date(2023, 11, 14), 2),
])
def test_a_visit_around_its_talks_is_theirs(text, published, count):
    assert len(events_of(text, published=published)) == count
