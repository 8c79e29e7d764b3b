""""His Italian counterpart" is the counterpart of the meeting word of its own clause: a meeting told earlier in the
sentence ("hosted a lunch with Fischer and Ivanov before flying to Rome for talks with his Italian counterpart Franco
Frattini") does not take him, and the talks in Rome stay a meeting of their own."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,expected", [
    ("French Foreign Minister Dominique de Villepin hosted a lunch with German Foreign Minister Joschka Fischer and "
     "Russian Foreign Minister Igor Ivanov in Paris on Friday before flying to Rome for afternoon talks with his "
     "Italian counterpart Franco Frattini.",
     [["Dominique de Villepin", "Igor Ivanov", "Joschka Fischer"], ["Dominique de Villepin", "Franco Frattini"]]),
    # the counterpart of the clause's own meeting word (as before)
    ("Indian External Affairs Minister S. Jaishankar arrived in Beijing on Monday. Chinese Foreign Minister Wang Yi "
     "held talks with his Indian counterpart on Tuesday.", [["S. Jaishankar", "Wang Yi"]]),
])
def test_a_counterpart_is_of_the_meeting_of_its_clause(text, expected):
    evs = events_of(text, published=date(2003, 4, 5))
    assert [sorted(e.participants) for e in evs] == expected
