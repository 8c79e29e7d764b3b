"""A clause that opens with the participle "Meeting" and tells its subject, after the comma, as a bare "the two":
the meeting of the two heads the article named just before ("Meeting Saturday, the two laughed")."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2011, 3, 14)  # a Monday


@pytest.mark.parametrize("text,expected", [
    # the meeting word opens the clause; "the two" and a verb, no noun between
    ("Presidents Juan Manuel Santos of Colombia and Rafael Correa of Ecuador differ on trade. Meeting Saturday, the "
     "two joked about football.", [("summit", "2011-03-12", ["Juan Manuel Santos", "Rafael Correa"])]),
    ("Brazilian President Dilma Rousseff and Argentine President Cristina Fernandez have long been close. Meeting in "
     "Brasilia, the two signed nothing.", [("summit", "2011-03", ["Dilma Rousseff", "Cristina Fernandez"])]),
    # guard: "the two countries" is no subject of people
    ("Brazilian President Dilma Rousseff and Argentine President Cristina Fernandez have long been close. Meeting in "
     "Brasilia, the two countries signed nothing.", []),
])
def test_meeting_participle_with_the_two_as_subject(text, expected):
    """"Meeting <when/where>, the two <verb>ed": the heads the article named, met then."""
    got = [(e.type, e.date, sorted(e.participants)) for e in events_of(text, published=P)]
    assert got == [(t, d, sorted(p)) for t, d, p in expected]
