"""A year-less dateline ("SANTIAGO, May 14 (UPI) --") that the people's terms leave in several years takes the one year
in which the lede's weekday is the dateline's day or the day before with the people of that meeting all in office;
"(EFE).-", a point before the dash, closes a dateline as Spanish-language agencies write it."""

import pytest

from loaders.read import read_file
from tests.helpers import folder_events


@pytest.mark.parametrize("lede,day", [
    # Pinera's terms (2010-2022) leave May 14 a Tuesday in 2013 and 2019, a Wednesday in 2014; Vizcarra was
    # President of Peru from March 2018 to November 2020 only
    ("SANTIAGO, May 14 (UPI) -- Chilean President Sebastian Pinera and Peru's Martin Vizcarra held talks in Santiago "
     "Tuesday on trade.", "2019-05-14"),
    # same day first: Conte in office from June 2018, June 19 a Tuesday in 2018, a Wednesday (the day after a Tuesday)
    # in 2019
    ("BERLIN, June 19 (NewsWire) - German Chancellor Angela Merkel and Italian Prime Minister Giuseppe Conte met in "
     "Berlin on Tuesday to discuss migration.", "2018-06-19"),
    ("Santiago, Sept 5 (EFE).- Chilean President Sebastian Pinera and Peru's Martin Vizcarra met here Thursday to sign "
     "trade agreements.", "2019-09-05"),
])
def test_the_datelines_year_by_the_ledes_weekday(tmp_path, lede, day):
    table = folder_events(tmp_path, f"Leaders meet\n\n{lede}\n\nThey spoke to reporters afterwards.\n")
    assert list(table["date"]) == [day]
    assert "dateline" in table["date_reason"][0] and "in office" in table["anchor_reason"][0]


@pytest.mark.parametrize("first,dateline,lede", [
    ("Santiago, Nov 27 (EFE).- Chilean President Sebastian Pinera met his guest.", (11, 27), "Chilean President"),
    ("MADRID, Nov 27 (EFE).- The two ministers met.", (11, 27), "The two ministers"),
])
def test_a_point_before_the_dash_closes_the_dateline(tmp_path, first, dateline, lede):
    path = tmp_path / "a.txt"
    path.write_text(f"Title here\n\n{first}\n\nMore body.\n", encoding="utf-8")
    art = read_file(path)[0]
    assert art.dateline == dateline
    assert art.text[art.body[0][0]:].startswith(lede)
