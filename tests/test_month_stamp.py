"""A page's opening stamp with the year and month alone ("date 2021-06 KUALA LUMPUR: ..."), the stamp of a day
("date 2018-04-23 ...") without its day: the page was posted in that month, and the lede begins after it."""

import pytest

from loaders.read import read_file
from tests.helpers import folder_events


@pytest.mark.parametrize("first,month,lede", [
    ("date 2021-06 KUALA LUMPUR: The minister will visit Cairo.", (2021, 6), "KUALA LUMPUR"),
    ("Published: 2019-11 Prime Minister Ardern will meet President Widodo.", (2019, 11), "Prime Minister"),
])
def test_a_month_stamp_is_the_month_posted(tmp_path, first, month, lede):
    path = tmp_path / "a.txt"
    path.write_text(f"{first}\n\nMore body.\n", encoding="utf-8")
    art = read_file(path)[0]
    assert art.stamp_month == month and art.published is None
    assert art.text[art.body[0][0]:].startswith(lede)


@pytest.mark.parametrize("text,expected", [
    ("Ministers to meet in Cairo\n\ndate 2021-06 CAIRO: Egyptian Foreign Minister Sameh Shoukry will hold talks with "
     "Malaysian Foreign Minister Hishammuddin Hussein in Cairo on June 20.\n", "2021-06-20"),
    ("Leaders to meet\n\ndate 2015-03 Taoiseach Enda Kenny will meet British Prime Minister David Cameron in London "
     "on March 11.\n", "2015-03-11"),
])
def test_a_day_told_without_its_year_takes_the_stamps(tmp_path, text, expected):
    table = folder_events(tmp_path, text)
    assert list(table["date"]) == [expected]
    assert "date stamp" in table["date_reason"][0]
