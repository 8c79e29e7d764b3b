"""A dateline whose place is in title case and that names no agency ("Windhoek, Feb 24 -The President ...") is a
dateline when its dash is set against the next word, as no sentence or list row writes it: the date is the dateline's
(not a date the lede tells) and the lede begins after the dash. A spaced dash still needs the agency (test_read.py's
"Tokyo, Nov 3 — The envoys met." guard)."""

import pytest

from loaders.read import read_file


@pytest.mark.parametrize("first,dateline,lede", [
    ("Windhoek, Feb 24 -The President will host his Botswana counterpart.", (2, 24), "The President"),
    ("Gaborone, March 3 -The two ministers met.", (3, 3), "The two ministers"),
    ("New Delhi, Sept 9 —Prime Minister Modi met the envoy.", (9, 9), "Prime Minister"),
])
def test_a_title_case_place_and_a_dash_make_a_dateline(tmp_path, first, dateline, lede):
    path = tmp_path / "a.txt"
    path.write_text(f"Title here\n\n{first}\n\nMore body.\n", encoding="utf-8")
    art = read_file(path)[0]
    assert art.dateline == dateline
    assert art.text[art.body[0][0]:].startswith(lede)


@pytest.mark.parametrize("first", [
    "Friday, Feb 24 -The two ministers met.",  # a weekday, not a place
    "In Paris, Feb 24 -The two ministers met.",  # a phrase, not a place
    "Gaborone, March 3 - The two ministers met.",  # a spaced dash without the agency: perhaps a list's row
    "Windhoek, Feb 24 -5 people were hurt.",  # a minus sign before a number, no dash
])
def test_no_dateline_without_a_place_and_a_dash(tmp_path, first):
    path = tmp_path / "a.txt"
    path.write_text(f"Title here\n\n{first}\n\nMore body.\n", encoding="utf-8")
    art = read_file(path)[0]
    assert art.dateline is None
