"""One meeting across articles: reports dated the next day, or in another time zone, one day apart."""

from tests.helpers import folder_events

META = "file,published,url,source\na.txt,2023-11-16,,\nb.txt,2023-11-16,,\n"


def _ids(tmp_path, a: str, b: str):
    (tmp_path / "metadata.csv").write_text(META, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    rows = folder_events(tmp_path, a)
    return {r.article: (r.event_id, r.date) for r in rows.itertuples()}


def test_the_same_people_a_day_apart_are_one_meeting(tmp_path):
    got = _ids(tmp_path, "U.S. President Joe Biden met Chinese President Xi Jinping on Wednesday in Woodside.\n",
               "Chinese President Xi Jinping met U.S. President Joe Biden on Thursday, Beijing time.\n")
    assert got["a.txt"][1] == "2023-11-15" and got["b.txt"][1] == "2023-11-16"
    assert got["a.txt"][0] == got["b.txt"][0]


def test_other_people_a_day_apart_are_other_meetings(tmp_path):
    got = _ids(tmp_path, "Secretary of State Antony Blinken met Chinese President Xi Jinping on Wednesday.\n",
               "Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang on Tuesday.\n")
    assert got["a.txt"][0] != got["b.txt"][0]


def test_two_days_apart_are_other_meetings(tmp_path):
    got = _ids(tmp_path, "U.S. President Joe Biden met Chinese President Xi Jinping on Wednesday in Woodside.\n",
               "Chinese President Xi Jinping met U.S. President Joe Biden on Monday.\n")
    assert got["a.txt"][0] != got["b.txt"][0]
