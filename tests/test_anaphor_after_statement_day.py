""""the following day", "the next day" after a sentence that tells a meeting's day and then, as wire copy closes its
sentences, the day its source spoke ("..., the foreign minister said on Tuesday"): counted from the meeting's day,
not from the statement's; a sentence that tells only the statement's day still gives it (guard row)."""

import pytest

from tests.helpers import folder_events


@pytest.mark.parametrize("published,text,who,day", [
    ("2023-11-14", "Mexican President Andres Manuel Lopez Obrador will meet Chinese President Xi Jinping on Thursday "
     "in San Francisco, the foreign minister said on Tuesday. Lopez Obrador is also scheduled to meet U.S. President "
     "Joe Biden the following day.", "Joe Biden", "2023-11-17"),
    ("2023-05-15", "Modi will hold talks with Kishida on Friday, Indian officials said on Monday. Indian Prime "
     "Minister Narendra Modi will meet Australian Prime Minister Anthony Albanese the next day.", "Anthony Albanese",
     "2023-05-20"),
    # guard: the statement's day is the only day told before
    ("2023-11-16", "The foreign minister said on Tuesday that the talks were useful. Lopez Obrador met U.S. President "
     "Joe Biden the following day.", "Joe Biden", "2023-11-15"),
])
def test_the_following_day_counts_from_the_meetings_day(tmp_path, published, text, who, day):
    (tmp_path / "metadata.csv").write_text(f"file,published,url,source\na.txt,{published},,\n", encoding="utf-8")
    table = folder_events(tmp_path, f"Leaders to meet\n\n{text}\n")
    rows = [(d, r) for d, p, r in zip(table["date"], table["participants"], table["date_reason"], strict=True)
            if who in p]
    assert [d for d, _ in rows] == [day], rows
