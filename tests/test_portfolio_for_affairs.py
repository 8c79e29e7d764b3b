"""A minister's title with a portfolio of a region or of politics, an "Assistant" or "Deputy Foreign" before it or
the country after it, names the person that follows ("Assistant Foreign Minister for Asian Affairs of Kuwait Samee
Essa Johar Hayat", "Deputy Minister for Consular Affairs of Vietnam Nguyen Minh Vu"); not a minister of European
affairs (tests/test_actors.py)."""

from datetime import date

import pytest

from loaders import actors

WHEN = (date(2024, 12, 14), date(2024, 12, 14))


@pytest.mark.parametrize("text,expected", [
    ("Hang met Assistant Foreign Minister for Asian Affairs of Kuwait Samee Essa Johar Hayat in Hanoi.",
     [("Samee Essa Johar Hayat", "vice_minister", "Kuwait")]),
    ("Lavrov and Deputy Minister for Consular Affairs of Vietnam Nguyen Minh Vu agreed.",
     [("Sergey Lavrov", "foreign_minister", "Russia"), ("Nguyen Minh Vu", "vice_minister", "Vietnam")]),
    ("Kim met Deputy Foreign Minister for Political Affairs Chung Byung-won in Seoul.",
     [("Chung Byung-won", "vice_minister", None)]),
    ("He met Minister of Municipality and Environment Ali Hassan Al Kuwari in Doha.",
     [("Ali Hassan Al Kuwari", "minister", None)]),
    # as before: a portfolio of the data's words, the country before the title
    ("He met Minister for Foreign Affairs of Kuwait Abdullah Ali Al-Yahya.",
     [("Abdullah Al-Yahya", "foreign_minister", "Kuwait")]),
    ("He met Malaysian Minister of Transport Anthony Loke.", [("Anthony Loke", "minister", "Malaysia")]),
])
def test_a_title_for_an_affairs_portfolio_names_the_person_after_it(text, expected):
    found = [(m.person, m.role, m.country) for m in actors.find(text, WHEN)]
    assert found == expected
