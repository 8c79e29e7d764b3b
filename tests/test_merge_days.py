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


def test_the_same_people_in_two_cities_of_one_country_on_one_day_are_one_meeting(tmp_path):
    got = _ids(tmp_path, "U.S. President Joe Biden met Chinese President Xi Jinping in Woodside on Wednesday.\n",
               "U.S. President Joe Biden met Chinese President Xi Jinping in San Francisco on Wednesday.\n")
    assert got["a.txt"][0] == got["b.txt"][0]


def test_one_plan_told_without_its_day_in_two_articles_weeks_apart_is_one(tmp_path):
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2018-09-12,,\nb.txt,2018-09-27,,\n"
                                           "c.txt,2018-05-29,,\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A second summit between U.S. President Donald Trump and North Korean leader Kim "
                                    "Jong Un may happen in October.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("U.S. President Donald Trump will meet North Korean leader Kim Jong Un in "
                                    "Singapore on June 12.\n", encoding="utf-8")
    rows = folder_events(tmp_path, "U.S. President Donald Trump will hold a second summit with North Korean leader "
                                   "Kim Jong Un this year.\n")
    ids = {r.article: r.event_id for r in rows.itertuples()}
    assert ids["a.txt"] == ids["b.txt"] != ids["c.txt"]  # months apart and dated to the day: another meeting


def test_a_time_something_lasted_is_no_meetings_date(tmp_path):
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2023-11-16,,\n", encoding="utf-8")
    rows = folder_events(tmp_path, "U.S. President Joe Biden spent four hours in a meeting with Chinese President "
                                   "Xi Jinping on Wednesday at the APEC summit that has been taking place for the "
                                   "past week.\n")
    assert list(rows.date) == ["2023-11-15"]


def test_one_plan_naming_no_one_in_two_stories_of_the_same_countries_is_one(tmp_path):
    story = ("Prime Minister Shinzo Abe and Russian President Vladimir Putin met in Da Nang on Friday. They agreed "
             "that the two countries will hold a vice ministerial meeting in early 2018.\n")
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2017-11-13,,\nb.txt,2017-11-14,,\n",
                                           encoding="utf-8")
    (tmp_path / "b.txt").write_text(story.replace("They agreed", "The leaders agreed"), encoding="utf-8")
    rows = folder_events(tmp_path, story)
    plans = rows[rows.type == "vice_ministerial"]
    assert len(plans) == 2 and plans.event_id.nunique() == 1


def test_one_plan_told_a_season_apart_naming_one_more_person_is_one(tmp_path):
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2017-11-13,,\nb.txt,2018-01-29,,\n"
                                           "c.txt,2018-06-20,,\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Prime Minister Shinzo Abe and Premier Li Keqiang want to prepare a visit to "
                                    "Japan by President Xi Jinping.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Prime Minister Shinzo Abe hopes President Xi Jinping will visit Japan.\n",
                                    encoding="utf-8")
    rows = folder_events(tmp_path, "Prime Minister Shinzo Abe said he hopes President Xi Jinping will visit Japan "
                                   "soon.\n")
    ids = {r.article: r.event_id for r in rows.itertuples()}
    assert ids["a.txt"] == ids["b.txt"] != ids["c.txt"]  # seven months later: told again, not the same telling


def test_the_city_most_articles_name_is_the_meetings_place(tmp_path):
    """One page adds the last day's side trip ("in Varanasi"): the city most pages name is the place."""
    meta = "file,published,url,source\na.txt,2023-11-16,,\nb.txt,2023-11-16,,\nc.txt,2023-11-16,,\n"
    (tmp_path / "metadata.csv").write_text(meta, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Chinese President Xi Jinping met U.S. President Joe Biden in Woodside on "
                                    "Wednesday.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("U.S. President Joe Biden and Chinese President Xi Jinping met on Wednesday in "
                                    "Woodside.\n", encoding="utf-8")
    rows = folder_events(tmp_path, "U.S. President Joe Biden met Chinese President Xi Jinping on Wednesday in "
                                   "San Francisco.\n")
    assert len(set(rows.event_id)) == 1
    assert set(rows.location) == {"Woodside"}


def test_a_day_after_the_week_a_plan_was_told_for_is_another_meeting(tmp_path):
    """A visit planned for "this week" (Nov. 13-19) and one on Monday, Nov. 20, a week on, are two visits: a day
    merges with a part of a month only within it, not anywhere in its month."""
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2023-11-13,,\nb.txt,2023-11-20,,\n",
                                           encoding="utf-8")
    (tmp_path / "b.txt").write_text("Secretary of State Antony Blinken will hold talks with Chinese Foreign Minister "
                                    "Wang Yi in Beijing today.\n", encoding="utf-8")
    rows = folder_events(tmp_path, "Secretary of State Antony Blinken will hold talks with Chinese Foreign Minister "
                                   "Wang Yi in Beijing this week.\n")
    got = {r.article: (r.event_id, r.date) for r in rows.itertuples()}
    assert got["a.txt"][1] == "2023-11" and got["b.txt"][1] == "2023-11-20"
    assert got["a.txt"][0] != got["b.txt"][0]
