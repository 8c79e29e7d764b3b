"""A full dateline with a building or office before the city ("State House, Banjul, 8th July 2021: President ..."),
as a presidency's releases open: the article's date and place, and the lede begins after it."""

from datetime import date

import pytest

from loaders.read import read_file


@pytest.mark.parametrize("first,published,place,lede", [
    ("State House, Accra, 12th March 2019: President Nana Akufo-Addo received the minister.", date(2019, 3, 12),
     "Accra", "President Nana"),
    ("Presidential Palace, Kigali, 3 May 2018: President Paul Kagame hosted his guest.", date(2018, 5, 3), "Kigali",
     "President Paul"),
    ("Banjul, 8 July 2021: President Adama Barrow received the minister.", date(2021, 7, 8), "Banjul",
     "President Adama"),  # guard: the city alone, as before
])
def test_a_dateline_after_a_building(tmp_path, first, published, place, lede):
    path = tmp_path / "a.txt"
    path.write_text(f"Title of the release\n\n{first}\n\nMore body.\n", encoding="utf-8")
    art = read_file(path)[0]
    assert (art.published, art.dateline_place) == (published, place)
    assert art.text[art.body[0][0]:].startswith(lede)
