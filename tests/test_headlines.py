"""Headlines are read: a headline's meeting merges into the body's, or stands alone when it gives its own date."""

import pytest

from tests.helpers import folder_events


@pytest.mark.parametrize("text,published,expect", [
    # a headline with the date, a body without it: one event, dated by the headline (nearest the article's date)
    ("Gist of Japan-China summit on Dec. 23\n\nThe following is the gist of the summit meeting between Prime "
     "Minister Shinzo Abe and Chinese leader Xi Jinping in Beijing:\n\nAbe: I attach great importance to it.\n",
     "2019-12-26", [("2019-12-23", "summit", "held", "Beijing")]),
    ("Gist of Japan-Russia summit, Nov. 15\n\nFollowing is the gist of the Japan-Russia summit meeting:\n\n"
     "Putin: We want to work with Japan.\n", "2015-11-17", [("2015-11-15", "summit", "held", None)]),
    # a plan told without a date is not the meeting of the headline's day, already past
    ("Gist of Japan-Russia summit, Nov. 15\n\nFollowing is the gist of the summit meeting of Prime Minister "
     "Shinzo Abe and President Vladimir Putin:\n\nAbe, Putin: We will make preparations for a visit by Mr. Putin "
     "to Japan at the most appropriate time.\n", "2015-11-17",
     [("2015-11-15", "summit", "held", None), (None, "summit", "planned", "Japan")]),
    # a headline naming the main actors of the body's meeting of more people is that meeting, under a site's path
    ("news.example.com > World > Middle East\n\nSharon, Abbas To Meet In Egypt\n\nJERUSALEM, Feb. 2 -- Israeli "
     "Prime Minister Ariel Sharon and Palestinian President Mahmoud Abbas will meet next week in Sharm el-Sheikh. "
     "Tuesday's summit also will be attended by Egyptian President Hosni Mubarak.\n", "2005-02-03",
     [("2005-02-08", "summit", "planned", "Egypt")]),
    # a headline without a date joins the lede's event, which keeps its own sentence as the main evidence
    ("Ramaphosa, Lula hold talks in Brasilia\n\nSouth African President Cyril Ramaphosa met Brazilian President "
     "Luiz Inacio Lula da Silva in Brasilia on Tuesday to discuss trade.\n", "2023-08-23",
     [("2023-08-22", "summit", "held", "Brasilia")]),
    # an undated headline whose meeting the body tells nowhere stands for nothing of its own
    ("Xi pledges $60bn for Africa as summit opens\n\nChina's leader spoke of roads and ports.\n", "2018-09-04", []),
    # a subtitle that names no one ("Prime Minister makes visit to Amman") is the body's meeting there, not another
    ("Netanyahu, Abdullah Meet in Amman After Year-long Rift\n\nPrime Minister makes unannounced visit to Amman, "
     "seeks Jordanian pressure on PA to enter direct talks with Israel.\n\nPrime Minister Benjamin Netanyahu "
     "arrived in the Jordanian capital of Amman on Tuesday in an unannounced visit to meet with King Abdullah II.\n",
     "2010-07-27", [("2010-07-27", "summit", "held", "Amman")]),
    # remarks made before a meeting, told in a transcript's headline: the meeting, on the transcript's day
    ("Remarks by President Biden and Prime Minister Rishi Sunak of the United Kingdom Before Bilateral Meeting\n\n"
     "Oval Office\n\nPRESIDENT BIDEN: Well, Mr. Prime Minister, it's great to have you back.\n", "2023-06-08",
     [("2023-06-08", "summit", "held", None)]),
    ("Remarks With Chinese Foreign Minister Wang Yi Before Their Meeting\n\nAntony J. Blinken\nSecretary of State\n"
     "\nWashington, DC\n\nSECRETARY BLINKEN: Good morning, "
     "everyone. It is good to welcome the Foreign Minister to Washington.\n", "2023-10-26",
     [("2023-10-26", "ministerial", "held", None)]),
    # a summit's edition set before a colon ("BRICS Summit 2024:") labels the story: not a meeting of those after it
    ("BRICS Summit 2024: PM Modi, Xi Jinping To Hold Bilateral Meeting On Oct 23\n\nPrime Minister Narendra Modi "
     "and Chinese President Xi Jinping will hold a bilateral meeting on Wednesday (October 23) on the sidelines of "
     "the BRICS Summit in Kazan, Russia.\n", "2024-10-22", [("2024-10-23", "summit", "planned", "Kazan")]),
    # the headline said again under it (as scraped pages do) is the headline, not a body sentence of a meeting apart
    ("British Foreign Secretary meets with French FM\n\nBritish Foreign Secretary meets with French FM\n\n"
     "Foreign Secretary Liz Truss met French Foreign Minister Catherine Colonna at the French Ministry of Foreign "
     "Affairs in Paris.\n", "2022-07-01", [("2022-07", "ministerial", "held", "Paris")]),
])
def test_headline_events(tmp_path, text, published, expect):
    (tmp_path / "metadata.csv").write_text(f"file,published,url,source\na.txt,{published},,\n", encoding="utf-8")
    frame = folder_events(tmp_path, text)
    got = [(_text(r.date), r.type, r.status, _text(r.location)) for r in frame.itertuples()]
    assert got == expect


def _text(value):
    return value if isinstance(value, str) else None


def test_a_headlines_round_of_bilaterals_is_each_of_the_bodys_meetings(tmp_path):
    """"Modi holds bilateral talks with Putin, Erdogan and Mirziyoyev": each joins the body's meeting with that guest,
    not one meeting of all four."""
    text = ("Modi holds bilateral talks with Putin, Erdogan and Mirziyoyev in Samarkand\n\nPrime Minister Narendra "
            "Modi "
            "met Russian President Vladimir Putin on the sidelines of the SCO summit in Samarkand on Friday. He also "
            "met Turkish President Recep Tayyip Erdogan on Friday. Modi met Uzbek President Shavkat Mirziyoyev on "
            "Friday.\n")
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2022-09-16,,\n", encoding="utf-8")
    frame = folder_events(tmp_path, text)
    assert sorted(len(r.participants) for r in frame.itertuples()) == [2, 2, 2]


def test_headline_is_evidence_and_body_sentence_is_main(tmp_path):
    text = ("Modi, Xi hold talks in Wuhan\n\nIndian Prime Minister Narendra Modi and Chinese President Xi Jinping "
            "met in Wuhan on Friday.\n")
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2018-04-28,,\n", encoding="utf-8")
    row = folder_events(tmp_path, text).iloc[0]
    assert row.evidence.startswith("Indian Prime Minister")
    assert [0, len("Modi, Xi hold talks in Wuhan")] in [list(s) for s in row.evidence_spans]
    assert row.date == "2018-04-27"


def test_a_subtitle_under_the_headline_is_not_the_main_evidence(tmp_path):
    text = ("Main Content\n\nPrime Minister Justin Trudeau meets with President of the United States of America, "
            "Donald Trump\n\nPM Trudeau meets with President Donald Trump\n\nToday, Prime Minister Justin Trudeau "
            "met with United States of America President Donald Trump.\n")
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2019-12-03,,\n", encoding="utf-8")
    row = folder_events(tmp_path, text).iloc[0]
    assert row.evidence.startswith("Today, Prime Minister Justin Trudeau met")
    assert row.date == "2019-12-03"


@pytest.mark.parametrize("sentence", [
    "All Sunday morning papers reported on a summit meeting held in Osaka on Saturday afternoon between Prime "
    "Minister Shinzo Abe and Russian President Vladimir Putin.",
    "All national dailies on Sunday wrote that Prime Minister Shinzo Abe and Russian President Vladimir Putin held "
    "talks on Saturday in Osaka.",
    "Kyodo reported on Sunday that Prime Minister Shinzo Abe and Russian President Vladimir Putin met in Osaka on "
    "Saturday.",
])
def test_the_date_of_a_report_is_not_the_meetings(tmp_path, sentence):
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2019-07-01,,\n", encoding="utf-8")
    frame = folder_events(tmp_path, sentence + "\n")
    assert list(frame.date) == ["2019-06-29"]


def test_a_meeting_told_without_a_date_takes_the_day_its_participant_spoke_there(tmp_path):
    text = ("Moscow, March 21 (Jiji Press) — Russian Deputy Foreign Minister Igor Morgulov on Thursday mentioned the "
            "differences of positions taken by Japan and Russia.\n\nThe senior diplomat made these remarks at the "
            "opening of a meeting in Moscow with Japanese Senior Deputy Foreign Minister Takeo Mori.\n")
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2019-03-22,,\n", encoding="utf-8")
    rows = folder_events(tmp_path, text)
    assert [(r.date, r.type, sorted(r.participants), r.location) for r in rows.itertuples()] == [
        ("2019-03-21", "vice_ministerial", ["Igor Morgulov", "Takeo Mori"], "Moscow")]


def test_an_undated_line_joins_the_one_dated_meeting_of_the_same_people(tmp_path):
    text = ("Egypt’s el-Sisi, Israel’s Bennett Meet to Discuss Bilateral, Regional Issues\n\nThe Media Line Staff\n\n"
            "Egyptian President Abdel Fattah el-Sisi and Israeli Prime Minister Naftali Bennett met in the Egyptian "
            "resort town of Sharm el-Sheikh on Monday. The two leaders discussed many issues.\n")
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2021-09-14,,\n", encoding="utf-8")
    rows = folder_events(tmp_path, text)
    assert list(rows.date) == ["2021-09-13"]


def test_a_headline_of_two_surnames_and_a_ministerial(tmp_path):
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2018-03-22,,\n", encoding="utf-8")
    rows = folder_events(tmp_path, "Gist of Kono-Lavrov foreign ministerial on March 21\n\nJapan-Russia summit in "
                                   "May\n\nForeign Minister Taro Kono: We would like to cooperate closely.\n")
    got = {(r.type, r.date) for r in rows.itertuples()}
    assert ("ministerial", "2018-03-21") in got


@pytest.mark.parametrize("headline,level", [
    ("Iran, Oman FMs hold key meeting in Muscat", "ministerial"),  # "FMs": the foreign ministers
    ("The prime ministers of India and Australia met in Tokyo", "summit"),  # not the "ministers" inside
])
def test_the_level_a_headline_says(headline, level):
    from loaders import actors, mentions, places
    from loaders.sentences import Sentence

    sent = Sentence(0, len(headline), headline)
    found = mentions.find(sent, actors.find(headline), places.find(headline), [])
    assert [m.level for m in found] == [level]


@pytest.mark.parametrize("text,published,expected", [
    # a body that tells the meeting by its countries alone ("Iran and the US held talks") takes the level of the
    # headline's offices ("Iranian Foreign Minister and US envoy meet")
    ("Iranian Foreign Minister and US envoy meet face-to-face in Oman\n\nIran and the US held constructive "
     "high-level talks in Oman's capital Muscat on Saturday afternoon, according to Iran's Foreign Ministry.\n",
     "2025-04-12", [("ministerial", "2025-04-12")]),
    ("Japan, China foreign ministers meet in Beijing\n\nJapan and China held talks in Beijing on Sunday.\n",
     "2023-04-06", [("ministerial", "2023-04-02")]),
    # a headline of the same countries without a level leaves the body's meeting as it is
    ("Japan, China hold talks in Beijing\n\nJapan and China held talks in Beijing on Sunday.\n", "2023-04-06",
     [("other", "2023-04-02")]),
])
def test_a_meeting_told_by_its_countries_takes_the_level_of_the_headline(tmp_path, text, published, expected):
    (tmp_path / "metadata.csv").write_text(f"file,published,url,source\na.txt,{published},,\n", encoding="utf-8")
    frame = folder_events(tmp_path, text)
    assert [(r.type, r.date) for r in frame.itertuples()] == expected


@pytest.mark.parametrize("text,published,expected", [
    # an office told by its country alone in the headline ("Japanese PM") is the one the body names, no one more
    ("Chinese Premier, Japanese PM hold talks\n\nChinese Premier Wen Jiabao held official talks with visiting "
     "Japanese Prime Minister Taro Aso in Beijing on Wednesday.\n", "2009-04-30", [["Taro Aso", "Wen Jiabao"]]),
    ("Japanese PM, Chinese VP meet in Tokyo\n\nVisiting Chinese Vice President Xi Jinping met with Japanese Prime "
     "Minister Yukio Hatoyama in Tokyo on Monday.\n", "2009-12-15", [["Xi Jinping", "Yukio Hatoyama"]]),
])
def test_an_office_told_by_country_alone_in_a_headline_is_no_one_more(tmp_path, text, published, expected):
    (tmp_path / "metadata.csv").write_text(f"file,published,url,source\na.txt,{published},,\n", encoding="utf-8")
    frame = folder_events(tmp_path, text)
    assert [sorted(r.participants) for r in frame.itertuples()] == expected
