"""A planned meeting told without a date of its own, of a visitor with people of the country his trip under way is
told in, is part of that trip: its month (lede_dates.date_by_trip, _host_country_of)."""

from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,published,expected", [
    # the visitor's planned talks with the host country's premier: the month of the trip's talks
    ("Iranian President Mohammad Khatami arrived in Moscow on Monday and held talks with Russian President Vladimir "
     "Putin. Khatami is to hold talks with Russian Prime Minister Mikhail Kasyanov.", date(2001, 3, 13),
     [("2001-03", ["Mikhail Kasyanov", "Mohammad Khatami"]), ("2001-03-12", ["Mohammad Khatami", "Vladimir Putin"])]),
    ("Turkish President Recep Tayyip Erdogan arrived in Athens on Thursday and held talks with Greek Prime Minister "
     "Kyriakos Mitsotakis. Erdogan will meet with President Katerina Sakellaropoulou.", date(2023, 12, 8),
     [("2023-12", ["Katerina Sakellaropoulou", "Recep Tayyip Erdogan"]),
      ("2023-12-07", ["Kyriakos Mitsotakis", "Recep Tayyip Erdogan"])]),
    # someone of a third country: no part of the trip told, no date
    ("Iranian President Mohammad Khatami arrived in Moscow on Monday and held talks with Russian President Vladimir "
     "Putin. Khatami is to hold talks with Chinese President Jiang Zemin.", date(2001, 3, 13),
     [("", ["Jiang Zemin", "Mohammad Khatami"]), ("2001-03-12", ["Mohammad Khatami", "Vladimir Putin"])]),
])
def test_a_plan_with_the_host_country_is_of_the_trip_under_way(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted((e.date or "", sorted(e.participants)) for e in evs) == expected
