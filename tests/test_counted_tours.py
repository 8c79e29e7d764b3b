"""A tour told by the count of its countries beside the visitor's meetings at its stops: no meeting of its own."""

from datetime import date

from tests.helpers import events_of

LEDE = ("Turkish President Recep Tayyip Erdogan begins a five-day official visit to four African countries on Monday, "
        "26 February.")


def test_a_tour_told_by_its_count_of_countries_is_its_stops():
    """"begins a five-day official visit to four African countries on Monday": the tour of the visitor alone, its
    stops' meetings told apart, is those meetings, no fifth event (which the gold counts as an extra); the stops
    keep the month the tour lent them."""
    events = events_of(f"{LEDE} Erdogan will hold talks with his counterparts in Algeria, Mauritania, Senegal and "
                       "Mali.", published=date(2018, 2, 24))
    assert len(events) == 4
    assert all(e.date == "2018-02" and len(e.countries) == 2 for e in events)


def test_a_tour_told_by_its_count_without_its_stops_stays():
    """No stop told: the tour is all the article tells of its meetings."""
    assert len(events_of(LEDE, published=date(2018, 2, 24))) == 1
