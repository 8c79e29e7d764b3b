"""A dateline closed by two hyphens for a dash ("Washington, June 30 (PL-RHC) -- Today ..."), as plain-text wire
copy writes it, is the dateline to the last hyphen: the lede begins after it."""

import pytest

from loaders.read import read_file


@pytest.mark.parametrize("first,dateline,lede", [
    ("Washington, June 30 (PL-RHC) -- Today at the White House, Obama received Bachelet.", (6, 30), "Today at"),
    ("MOSCOW, Jan 14 (Interfax) -- The envoys met.", (1, 14), "The envoys"),
    ("MOSCOW, Jan 14 (Interfax) - The envoys met.", (1, 14), "The envoys"),  # guards: one hyphen, as before
    ("Geneva, Nov 3 (Kyodo) — The envoys met.", (11, 3), "The envoys"),
])
def test_a_double_hyphen_closes_the_dateline(tmp_path, first, dateline, lede):
    path = tmp_path / "a.txt"
    path.write_text(f"Title here\n\n{first}\n\nMore body.\n", encoding="utf-8")
    art = read_file(path)[0]
    assert art.dateline == dateline
    assert art.text[art.body[0][0]:].startswith(lede)
