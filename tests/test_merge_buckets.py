"""The merge compares an item only with groups whose dates can fit its own, in the order the groups came."""

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
