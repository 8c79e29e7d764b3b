"""A surname alone is the person the story named in full with it: a Korean name's family name (written first), a
headline's "Vice FM Choi" before the body names him; and a minister the data does not know, named with his office
and no country, is of the country of the story's dateline."""

import pytest

from tests.helpers import folder_events


def _met(tmp_path, text, published):
    (tmp_path / "metadata.csv").write_text(f"file,published,url,source\na.txt,{published},,\n", encoding="utf-8")
    return [(r.date, sorted(r.participants)) for r in folder_events(tmp_path, text).itertuples()]


@pytest.mark.parametrize("text,published,expect", [
    # the headline's title and surname, then the full name in the body, then the surname again
    ("Vice FM Choi meets senior Qatari officials\n\nSEOUL, Sept. 14 (Yonhap) -- Second Vice Foreign Minister Choi "
     "Jong-moon visited Doha this week. On Monday, Choi held talks with Qatari Foreign Minister Mohammed bin "
     "Abdulrahman Al Thani.\n", "2021-09-14",
     [("2021-09-13", ["Choi Jong-moon", "Mohammed bin Abdulrahman Al Thani"])]),
    # no headline: the family name of a Korean name, written first, is the one the body calls him by
    ("SEOUL, Sept. 14 (Yonhap) -- Second Vice Foreign Minister Choi Jong-moon visited Doha this week. On Monday, "
     "Choi held talks with Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani.\n", "2021-09-14",
     [("2021-09-13", ["Choi Jong-moon", "Mohammed bin Abdulrahman Al Thani"])]),
])
def test_a_surname_alone_is_the_story_s_full_name(tmp_path, text, published, expect):
    """"Vice FM Choi meets senior Qatari officials ... Second Vice Foreign Minister Choi Jong-moon has met ... On
    Monday, Choi held separate talks with State Minister for Foreign Affairs Soltan bin Saad Al-Muraikhi" (dev21
    d21_10): Choi Jong-moon (before, "Choi" was the data's former foreign minister Choi Sung-hong)."""
    assert expect[0] in _met(tmp_path, text, published)


@pytest.mark.parametrize("text,published,expect", [
    # a vice minister of no country told, unknown to the data, holds separate talks with two Qataris
    ("SEOUL, Sept. 14 (Yonhap) -- Second Vice Foreign Minister Park Ji-won has met with senior officials in Qatar "
     "this week. On Monday, Park held separate talks with a senior Qatari official, Saad Al-Muraikhi, and Qatari "
     "Foreign Minister Mohammed bin Abdulrahman Al Thani.\n", "2021-09-14",
     [("2021-09-13", ["Park Ji-won", "Saad Al-Muraikhi"]),
      ("2021-09-13", ["Mohammed bin Abdulrahman Al Thani", "Park Ji-won"])]),
])
def test_an_unknown_minister_is_of_the_dateline_s_country(tmp_path, text, published, expect):
    """The vice minister is South Korea's, the dateline's: two sides at each of the talks (before, he was of no
    country, and the separate talks were dropped)."""
    met = _met(tmp_path, text, published)
    assert all(one in met for one in expect)
