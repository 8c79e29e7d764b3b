"""One named after "in the presence of" a meeting two others held saw it: a witness, not a side of it."""

from datetime import date

import pytest

from tests.helpers import events_of

TOLD = ("Talks in Cairo\n\nForeign Minister Sameh Shoukry held talks on Sunday with Jordanian Foreign Minister "
        "Ayman Safadi. ")


@pytest.mark.parametrize("text,people", [
    # the ambassador who presented his credentials there: the talks told again, one meeting of the two
    (TOLD + "Shoukry received Safadi on Sunday in the presence of Jordan's new ambassador to Egypt Omar Qasem Haddad, "
     "who presented his credentials.", [["Ayman Safadi", "Sameh Shoukry"]]),
    ("Talks in Muscat\n\nIranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held talks on Saturday "
     "in the presence of Omani Foreign Minister Badr Albusaidi.", [["Abbas Araghchi", "Steve Witkoff"]]),
])
def test_a_witness_is_no_side(text, people):
    events = events_of(text, published=date(2021, 1, 18))
    assert [sorted(e.participants) for e in events] == people
