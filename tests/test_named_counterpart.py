"""A counterpart the sentence names ("his Turkish counterpart Hakan Fidan") is the other side: the article's other
holder of that country's office, told elsewhere, is not added beside him."""

from datetime import date

import pytest

from tests.helpers import events_of, met


@pytest.mark.parametrize("text,published,at,absent", [
    ("Foreign Minister Mevlut Cavusoglu visited Athens in 2022. Greek Foreign Minister Giorgos Gerapetritis and his "
     "Turkish counterpart Hakan Fidan held talks in Ankara on Sept. 5.", date(2023, 12, 7), "Hakan Fidan",
     "Mevlut Cavusoglu"),
    ("Russian Foreign Minister Igor Ivanov spoke in 2003. Indian External Affairs Minister S. Jaishankar held talks "
     "with his Russian counterpart Sergey Lavrov in Moscow on Monday.", date(2019, 7, 10), "Sergey Lavrov",
     "Igor Ivanov"),
])
def test_a_named_counterpart_is_the_other_side(text, published, at, absent):
    evs = [ev for ev in events_of(text, published=published) if at in met(ev)]
    assert evs and all(absent not in met(ev) for ev in evs)
