"""The merge compares an item only with groups whose dates can fit its own, in the order the groups came."""

from datetime import date

import pytest

from loaders.merge import _Buckets, _Group, _prefix


def _group(*values: str) -> _Group:
    g = _Group([], set())
    g.prefixes = {_prefix(v) for v in values}
    return g


def test_candidates_are_the_groups_whose_dates_can_fit_in_bucket_order() -> None:
    key = ("summit", "2016", "Japan")
    sept, year, may, sept_too = _group("2016-09-02"), _group("2016"), _group("2016-05"), _group("2016-09")
    b = _Buckets()
    for g in (sept, year, may, sept_too):
        b.file(key, g)
    assert b.candidates(key, "2016-09-03") == [sept, year, sept_too]
    assert b.candidates(key, "2016-05-10") == [year, may]
    assert b.candidates(key, "2016") == [sept, year, may, sept_too]  # a year fits any of its months
    assert b.candidates(("summit", "2016", "China"), "2016-09") == []


def test_a_group_filed_again_keeps_its_place_and_gains_its_new_dates() -> None:
    key = ("summit", "2016", "Japan")
    first, second = _group("2016-05"), _group("2016-09")
    b = _Buckets()
    b.file(key, first)
    b.file(key, second)
    first.prefixes.add("2016-09")
    b.file(key, first)
    assert b.candidates(key, "2016-09-01") == [first, second]
    assert b.groups[key] == [first, second]


def _item(art: int, idx: int, people: list[str], value: str | None, status: str = "held"):
    from loaders.dating.date_values import Dated
    from loaders.meeting.article_events import ArticleEvent
    from loaders.merge import Item

    ev = ArticleEvent([], "summit", status, people, [], None, None, None, False)
    return Item(art, idx, ev, Dated(value, precision="day" if value else "none"), date(2014, 11, 5))



@pytest.mark.parametrize("undated,others,kept", [
    # an undated meeting of people of the one dated meeting of the article is that meeting told again
    (["Haider al-Abadi", "Abdullah II"], [(["Abdullah II", "Haider al-Abadi", "Abdullah Ensour"], "2014-10-26")], 1),
    # two dated meetings it could be: it is kept apart
    (["A B", "C D"], [(["A B", "C D"], "2014-10-26"), (["A B", "C D"], "2014-11-02")], 3),
    # someone not at the dated meeting: another meeting
    (["A B", "E F"], [(["A B", "C D"], "2014-10-26")], 2),
    # one person alone is no meeting told again
    (["A B"], [(["A B", "C D"], "2014-10-26")], 2),
])
def test_an_undated_meeting_of_the_people_of_the_one_dated_meeting_is_folded_into_it(undated, others, kept):
    from loaders.merge import _fold_undated

    items = [_item(0, 0, undated, None), *(_item(0, i + 1, p, v) for i, (p, v) in enumerate(others))]
    out = _fold_undated(items)
    assert len(out) == kept
    if kept == 1:
        assert out[0].dated.value == "2014-10-26"


@pytest.mark.parametrize("basis,timex,kept", [
    # told as held with no date, given only the month of the article's date (anchor_dates._held_by_anchor): folded
    ("inferred", False, 1),
    # a month the text tells: a meeting of its own
    ("published", True, 2),
])
def test_a_held_meeting_dated_only_by_the_articles_month_is_folded_as_undated(basis, timex, kept):
    """"Yoon's office said the visit by EU leaders is an opportunity ...": told without a date, it took the month of
    the article's date; it is the summit of the same people the article dates to the day, told again."""
    from dataclasses import replace

    from loaders.dates import DateSpec, Timex
    from loaders.dating.date_values import Dated
    from loaders.merge import _fold_undated

    month = _item(0, 0, ["Yoon Suk Yeol", "Ursula von der Leyen"], None)
    month.dated = Dated("2014-11", precision="month", basis=basis)
    if timex:
        month.ev = replace(month.ev, timex=Timex(0, 8, "November", "DATE", DateSpec(month=11), -1, "2014-11"))
    items = [month, _item(0, 1, ["Yoon Suk Yeol", "Charles Michel", "Ursula von der Leyen"], "2014-11-05")]
    assert len(_fold_undated(items)) == kept


@pytest.mark.parametrize("others,kept", [
    # the leaders of a summit of five countries, dated: a bilateral of two of them told without a date is its own
    (["India", "Thailand", "Bhutan", "Nepal", "Bangladesh"], 2),
    # a meeting of the same two countries, dated: the bilateral told again
    (["India", "Thailand"], 1),
])
def test_a_bilateral_is_not_folded_into_a_gathering_of_more_countries(others, kept):
    """"attended the BIMSTEC Summit and held bilateral talks with A, B and C": each bilateral, told without a date
    (the month of the article's date), is a meeting of its own, not the summit of their leaders told again."""
    from dataclasses import replace

    from loaders.dating.date_values import Dated
    from loaders.merge import _fold_undated

    pair = _item(0, 0, ["Narendra Modi", "Paetongtarn Shinawatra"], None)
    pair.ev = replace(pair.ev, countries=["India", "Thailand"])
    pair.dated = Dated("2014-11", precision="month", basis="inferred")
    many = _item(0, 1, ["Narendra Modi", "Paetongtarn Shinawatra", "Tshering Tobgay"], "2014-11-04")
    many.ev = replace(many.ev, countries=others)
    assert len(_fold_undated([pair, many])) == kept


def test_an_undated_meeting_of_an_article_of_unknown_date_is_kept():
    """Where the article's date is unknown, an undated meeting may be of another year: it is not folded."""
    from dataclasses import replace

    from loaders.merge import _fold_undated

    items = [replace(_item(0, 0, ["A B", "C D"], None), published=None),
             replace(_item(0, 1, ["A B", "C D"], "2014-10-26"), published=None)]
    assert len(_fold_undated(items)) == 2


def _placed(art: int, idx: int, value: str | None, place: tuple[str, str | None, str] | None):
    from loaders.places import Place

    it = _item(art, idx, ["A B", "C D"], value)
    it.ev.countries = ["Argentina", "Uruguay"]
    it.ev.location = Place(0, 1, *place) if place else None
    return it


@pytest.mark.parametrize("undated_place,dated_place,kept", [
    # "Fernandez's visit to Uruguay": the country of one side, the dated talks in a town of no known country
    (("Uruguay", "Uruguay", "country"), ("Colonia", None, "city"), 1),
    # "the visiting Argentine president": the visitor's country, the talks in a town of the other side
    (("Argentina", "Argentina", "country"), ("Montevideo", "Uruguay", "city"), 1),
    # a country of neither side: another meeting
    (("Brazil", "Brazil", "country"), ("Montevideo", "Uruguay", "city"), 2),
    # a town of a third country: another meeting
    (("Uruguay", "Uruguay", "country"), ("Brasilia", "Brazil", "city"), 2),
    # two towns: told apart by their names
    (("Salto", "Uruguay", "city"), ("Montevideo", "Uruguay", "city"), 2),
])
def test_an_undated_meeting_placed_in_a_sides_country_folds_into_the_dated_one(undated_place, dated_place, kept):
    from loaders.merge import _fold_undated

    items = [_placed(0, 0, None, undated_place), _placed(0, 1, "2020-11-19", dated_place)]
    assert len(_fold_undated(items)) == kept
