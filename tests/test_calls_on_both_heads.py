"""A visitor told to meet a country's head of state, its head of government and a minister in one list calls on
each office: one meeting per person met, not one side's delegation (a delegation has one leader)."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,published,expected", [
    # the president, the prime minister and the foreign minister of the host country: three calls
    ("Iranian President Mohammad Khatami will meet Russian President Vladimir Putin, Prime Minister Mikhail Kasyanov "
     "and Foreign Minister Igor Ivanov in Moscow on Tuesday.", date(2001, 3, 12),
     [["Igor Ivanov", "Mohammad Khatami"], ["Mikhail Kasyanov", "Mohammad Khatami"],
      ["Mohammad Khatami", "Vladimir Putin"]]),
    ("Japanese Prime Minister Junichiro Koizumi will meet Chinese President Hu Jintao, Premier Wen Jiabao and Foreign "
     "Minister Li Zhaoxing in Beijing on Tuesday.", date(2004, 3, 12),
     [["Hu Jintao", "Junichiro Koizumi"], ["Junichiro Koizumi", "Li Zhaoxing"], ["Junichiro Koizumi", "Wen Jiabao"]]),
    # one leader with his ministers: his delegation, one meeting
    ("Kazakh President Nursultan Nazarbayev met Chinese President Hu Jintao, Foreign Minister Yang Jiechi and Commerce "
     "Minister Chen Deming in Beijing on Monday.", date(2009, 4, 17),
     [["Chen Deming", "Hu Jintao", "Nursultan Nazarbayev", "Yang Jiechi"]]),
])
def test_a_visitor_meeting_both_heads_and_a_minister_calls_on_each(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted(sorted(e.participants) for e in evs if e.participants) == expected
