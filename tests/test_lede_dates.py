"""A held meeting the article is about, told without a date, takes the day its first sentence tells, else the month
of the article's date; never a day made up."""

import pytest

from tests.helpers import folder_events

META = "file,published,url,source\na.txt,{},,\n"


@pytest.mark.parametrize("text,published,date,reason", [
    # the lede tells the day; the meeting comes in the next sentence without one
    ("BEIJING - China rolled out the red carpet for Philippine President Ferdinand Marcos Jr on Wednesday with "
     "the signing of an agreement.\n\nChinese President Xi Jinping told Mr Marcos during their talks at the Great "
     "Hall of the People in Beijing that China was willing.\n", "2023-01-04", "2023-01-04", "first sentence"),
    # a statement's day in the lede is the day of the meeting it speaks of
    ("BRUSSELS - Serbian President Aleksandar Vucic said on Monday evening his meeting with Kosovo Prime Minister "
     "Albin Kurti in Brussels had been difficult, and nothing more.\n", "2023-02-27", "2023-02-27", "first sentence"),
    # no day anywhere: the month of the article's date, with the reason (a report may come out the day after)
    ("Russian-Turkish talks\n\nVladimir Putin met with President of Turkey Recep Tayyip Erdogan in Sochi to discuss "
     "bilateral relations and current issues.\n", "2017-05-03", "2017-05", "no date in the text"),
    # no day for the meeting, but the page tells of its own day as "today" (its people's words, a meeting "today"):
    # written on the day of the events it reports, so the article's date
    ("The meeting between Vucic and Kurti ended\n\nVucic met in Brussels with the EU's High Representative Josep "
     "Borrell.\n\nBorrell said he expects both sides to be open and flexible at today's meeting.\n", "2022-08-18",
     "2022-08-18", "the day it tells of as 'today'"),
    ("Presidents hold private talks\n\nKazakh President Kassym-Jomart Tokayev held talks with Uzbek President "
     "Shavkat Mirziyoyev who arrived in the Kazakh capital for a State visit.\n\n'Today, we are to sign a "
     "Declaration on ally relations,' Tokayev said.\n", "2021-12-06", "2021-12-06", "the day it tells of as 'Today'"),
    # a day a span is counted from ("their first meeting since ... on Jan. 9") is not the story's day
    ("Israeli Prime Minister Ariel Sharon met Palestinian President Mahmoud Abbas at his office in Jerusalem. It "
     "was their first meeting since Abbas was elected on Jan. 9 to replace Yasser Arafat.\n", "2005-02-03",
     "2005-02", "no date in the text"),
    # a line above the lede with only a date and a place dates the meeting the page reports
    ("Talks with the President of Finland\n\nJune 14, 2019, Helsinki\n\nVladimir Putin and Finnish President "
     "Sauli Niinisto met at the Presidential Palace to discuss trade and security in the Baltic region.\n",
     "2019-06-15", "2019-06-14", "date line"),
    ("Talks with the President of Finland\n\nHelsinki, 14 June 2019\n\nVladimir Putin met with Finnish President "
     "Sauli Niinisto to discuss trade and security in the Baltic region.\n", "2019-06-15", "2019-06-14",
     "date line"),
    # a line of only a date under the headline, as a government's release dates its event
    ("President's Hall, Malacanang Palace\n\nJuly 27, 2016\n\nPresident Rodrigo Roa Duterte met with US Secretary of "
     "State John F. Kerry in a working lunch inside the President's Hall.\n", "2016-07-28", "2016-07-27",
     "date line"),
    ("Talks with the President of Finland\n\nFriday, 14 June 2019\n\nVladimir Putin met with Finnish President "
     "Sauli Niinisto to discuss trade and security in the Baltic region.\n", "2019-06-15", "2019-06-14",
     "date line"),
    # a lede that tells its day with the year, and the meeting of the person it names in the next sentence
    ("On May 5, 2022, the President of the United Mexican States, Andres Manuel Lopez Obrador, traveled with the "
     "Mexican delegation to Guatemala. The Mexican president met with the President of the Republic of Guatemala, "
     "Alejandro Giammattei, to discuss priority issues on the bilateral agenda.\n", "", "2022-05-05",
     "with its year the article's first sentence tells"),
    # a year-dated day of other people in the lede: not the meeting's
    ("On May 5, 2022, the Congress of Guatemala approved the customs agreement. The Mexican president Andres Manuel "
     "Lopez Obrador met with the President of the Republic of Guatemala, Alejandro Giammattei, to discuss priority "
     "issues on the bilateral agenda.\n", "", None, "no date in the text"),
])
def test_the_article_subject_is_dated_by_its_lede(tmp_path, text, published, date, reason):
    (tmp_path / "metadata.csv").write_text(META.format(published), encoding="utf-8")
    rows = folder_events(tmp_path, text)
    assert list(rows.date) == [date]
    assert reason in rows.date_reason[0]


@pytest.mark.parametrize("text,published,date", [
    # told as under way, far from the lede: the article's day
    ("Joint press conference\n\nThe foreign minister spoke of trade and of the ports in a long statement today.\n\n"
     "The two countries have signed many deals over the years on fisheries and roads.\n\nTwo Australian ministers are "
     "meeting their Indonesian counterparts Retno Marsudi and Ryamizard Ryacudu in Jakarta.\n", "2015-12-20",
     "2015-12-20"),
    # told as just held
    ("Doorstop interview\n\nThe foreign minister spoke of trade and of the ports in a long statement today.\n\n"
     "The two countries have signed many deals over the years on fisheries and roads.\n\nAustralian Foreign Minister "
     "Julie Bishop has just had a meeting with Indonesian Foreign Minister Retno Marsudi in Jakarta.\n", "2017-03-06",
     "2017-03-06"),
])
def test_a_meeting_told_as_under_way_or_just_held_is_of_the_articles_day(tmp_path, text, published, date):
    (tmp_path / "metadata.csv").write_text(META.format(published), encoding="utf-8")
    rows = folder_events(tmp_path, text)
    assert list(rows.date) == [date]


_FAR = ("Officials briefed reporters on the trade figures in the capital {when}.\n\nThe weather in the city was fine "
        "and the streets were busy.\n\nThe delegation arrived by plane from the capital.\n\nThe ports are busy this "
        "year.\n\n{meeting}\n")
_TALKS = "President Vladimir Putin also held talks with Turkish President Recep Tayyip Erdogan on trade and gas."


@pytest.mark.parametrize("text,date", [
    # a held meeting with no date far from the lede, in a page that tells its own day as "today" (a readout of the
    # President's meetings "this morning", "had lunch with President Putin today"): that day
    (_FAR.format(when="today", meeting=_TALKS), "2020-02-10"),
    ("'We are glad to be here today,' the minister told reporters in the capital.\n\nThe weather in the city was "
     "fine and the streets were busy.\n\nThe delegation arrived by plane from the capital.\n\nThe ports are busy "
     f"this year.\n\n{_TALKS}\n", "2020-02-10"),
    # no "today", or another day of the week told too: the month of the article's date (a report may come out the
    # day after)
    (_FAR.format(when="this week", meeting=_TALKS), "2020-02"),
    (_FAR.format(when="today and yesterday", meeting=_TALKS), "2020-02"),
    # told as an earlier meeting, or held only for want of a tense with a plan's words: not of the day
    (_FAR.format(when="today", meeting="Putin recalled his previous talks with Turkish President Recep Tayyip "
                 "Erdogan on trade and gas."), None),
    (_FAR.format(when="today", meeting="Talks with Turkish President Recep Tayyip Erdogan scheduled"), None),
])
def test_an_undated_meeting_far_from_the_lede_is_of_the_day_the_page_tells_as_today(tmp_path, text, date):
    (tmp_path / "metadata.csv").write_text(META.format("2020-02-10"), encoding="utf-8")
    rows = folder_events(tmp_path, text)
    if date is None:
        assert "2020-02-10" not in list(rows.date)
    else:
        assert list(rows.date) == [date]


@pytest.mark.parametrize("text", [
    # a planned meeting has no day of the past
    "Prime Minister Shinzo Abe will meet Russian President Vladimir Putin in Moscow to discuss the islands.\n",
])
def test_other_undated_meetings_stay_undated(tmp_path, text):
    (tmp_path / "metadata.csv").write_text(META.format("2017-05-03"), encoding="utf-8")
    rows = folder_events(tmp_path, text)
    assert rows.empty or rows.date.isna().all() or list(rows.date) == [None]


def test_without_a_publication_date_nothing_is_made_up(tmp_path):
    rows = folder_events(tmp_path, "Vladimir Putin met with President of Turkey Recep Tayyip Erdogan in Sochi to "
                                   "discuss bilateral relations and current issues.\n")
    assert list(rows.date) in ([None], [])


def test_of_two_holders_of_one_office_the_later_bounds_the_article(tmp_path):
    text = ("Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergey Lavrov in Moscow on Monday. "
            "Japanese Foreign Minister Fumio Kishida had visited Moscow in April 2016 and met Lavrov there.\n")
    rows = folder_events(tmp_path, text)
    reason = rows.anchor_reason[0]
    assert "Taro Kono" in reason and "Kishida" not in reason


@pytest.mark.parametrize("text,published,expected", [
    # the present progressive with no date: under way on the article's day
    ("The foreign ministers of Chile and Peru, Ana Lopez and Jorge Ruiz, are meeting in Lima to settle the maritime "
     "row.\n\nReporters were kept out of the talks.\n", "2021-06-09", [("2021-06-09", "held")]),
    ("Japanese Prime Minister Shinzo Abe is now visiting Moscow for talks with Russian President Vladimir Putin on "
     "the islands.\n", "2016-05-06", [("2016-05-06", "held")]),
    ("The presidents of Kenya and Tanzania, William Ruto and Samia Suluhu Hassan, are holding their first "
     "face-to-face talks since the border row began, in Arusha.\n", "2023-05-09", [("2023-05-09", "held")]),
    # "are holding a meeting": a meeting noun under way, as "are holding talks"
    ("Russia's Foreign Minister Sergei Lavrov and German Foreign Minister Frank-Walter Steinmeier are holding a "
     "bilateral meeting in Minsk.\n", "2016-11-29", [("2016-11-29", "held")]),
    # with a date, the date says when
    ("Japanese Prime Minister Shinzo Abe is meeting Russian President Vladimir Putin next week to discuss the "
     "islands.\n", "2016-05-03", [("2016-05", "planned")]),
])
def test_a_meeting_told_as_under_way_is_of_the_articles_day(tmp_path, text, published, expected):
    (tmp_path / "metadata.csv").write_text(META.format(published), encoding="utf-8")
    rows = folder_events(tmp_path, text)
    assert list(zip(rows.date, rows.status, strict=True)) == expected


@pytest.mark.parametrize("lede,expected", [
    # the lede's day falls within the visit's days: the talks the article reports were on it
    ("TOKYO - Japan gave a warm welcome to Indonesian President Joko Widodo on Wednesday with the signing of a port "
     "deal and new loans.", "2022-12-07"),
    # no day in the lede: the visit's first day
    ("TOKYO - Japan gave a warm welcome to Indonesian President Joko Widodo with the signing of a port deal and new "
     "loans.", "2022-12-06"),
])
def test_a_visit_of_several_days_is_dated_by_the_ledes_day_within_it(tmp_path, lede, expected):
    text = (f"{lede}\n\nJapanese Prime Minister Fumio Kishida told Mr Widodo during their talks at the Akasaka "
            "Palace in Tokyo that Japan was ready to help.\n\nMr Widodo's Dec. 6-8 state visit is his first to Japan "
            "since 2019, and he is the last leader hosted by Japan this year.\n")
    (tmp_path / "metadata.csv").write_text(META.format("2022-12-07"), encoding="utf-8")
    rows = folder_events(tmp_path, text)
    assert list(rows.date) == [expected]


@pytest.mark.parametrize("text,published,date", [
    # held, far below the lede, with no date of its own: the month of the article's date, not undated
    ("Trade figures\n\nThe ministry published its figures for the quarter on exports of coal and palm oil.\n\n"
     "Exports rose by a tenth, led by nickel and copper.\n\nImports of machinery fell for the second quarter.\n\n"
     "Analysts expect the trend to hold until the end of the year.\n\nIn a bilateral meeting with Japanese Prime "
     "Minister Fumio Kishida, Indonesian President Joko Widodo expressed hope for more investment in the ports.\n",
     "2022-11-15", "2022-11"),
    ("Officials spoke of trade for a long time in the city today and yesterday.\n\nThe ports are busy this year "
     "and the roads are full of trucks going north.\n\nThe minister spoke of growth and jobs and of the weather.\n\n"
     "Putin met Erdogan in Sochi to discuss Syria.\n", "2017-05-03", "2017-05"),
])
def test_a_meeting_told_as_held_without_a_date_is_of_the_articles_month(tmp_path, text, published, date):
    (tmp_path / "metadata.csv").write_text(META.format(published), encoding="utf-8")
    rows = folder_events(tmp_path, text)
    assert list(rows.date) == [date]
    assert "told as held" in rows.date_reason[0]


def test_a_month_of_that_year_takes_the_year_of_the_sentence_before():
    """"... for the first time since 2017. In September that year, heads of the three countries met ...": 2017-09,
    not the September before the article."""
    from datetime import date

    from tests.helpers import events_of

    text = ("Leaders of South Korea, the United States and Japan have met for the first time since 2017. In September "
            "that year, President Moon Jae-in, President Donald Trump and Prime Minister Shinzo Abe met in New York.")
    dated = [e.date for e in events_of(text, published=date(2022, 6, 30))]
    assert "2017-09" in dated and "2022-09" not in dated and "2021-09" not in dated


@pytest.mark.parametrize("text,speakers", [
    ("The US briefed Seoul on the outcome of weekend talks between President Donald Trump and North Korean leader "
     "Kim Jong-un, a Cheong Wa Dae official said Monday.", []),
    ("Foreign Minister Taro Kono said Monday that the talks went well.", ["Taro Kono"]),
    ("The talks went well, Foreign Minister Taro Kono said Monday.", ["Taro Kono"]),
])
def test_who_spoke_on_the_day_told_is_the_one_before_the_verb(text, speakers):
    """"..., a Cheong Wa Dae official said Monday": the official spoke that day, not Kim named before."""
    from datetime import date

    from loaders import actors, dates, pipeline, sentences

    (s,) = sentences.split(text, [(0, len(text))])
    people = actors.find(text, (date(2019, 7, 1), date(2019, 7, 1)))
    found = pipeline._statements(s, people, dates.tag(text, date(2019, 7, 1), anaphors=False))
    assert [p for p, _ in found] == speakers


@pytest.mark.parametrize("text,published,date", [
    # the lede tells no day; the second sentence tells the story's day: the lede's meeting is of that day
    ("Brazil President Luiz Inacio Lula da Silva has arrived at the presidential palace in Buenos Aires as he began "
     "his first foreign trip by meeting with Argentine counterpart Alberto Fernandez.\n\nLula, 77, arrived at the "
     "Casa Rosada in central Buenos Aires accompanied by his wife on Monday. He was greeted by Fernandez.\n",
     "2023-01-23", "2023-01-23"),
    # the day told second dates a meeting the third sentence tells
    ("The Reunion Summit was indeed a gathering that lived up to its name.\n\nOn May 19th, the Kingdom of Saudi "
     "Arabia brought together Arab leaders and heads of state, despite their differences.\n\nIn a warm embrace, "
     "Saudi Crown Prince Mohammed bin Salman welcomed Syrian President Bashar al-Assad, marking their first "
     "meeting in years.\n", "2023-05-20", "2023-05-19"),
    # not a meeting told as an earlier one: the month of the article's date
    ("The Reunion Summit was indeed a gathering that lived up to its name.\n\nOn May 19th, the Kingdom of Saudi "
     "Arabia brought together Arab leaders and heads of state, despite their differences.\n\nSaudi Crown Prince "
     "Mohammed bin Salman recalled his last meeting with Syrian President Bashar al-Assad in Damascus.\n",
     "2023-05-20", "2023-05"),
])
def test_the_storys_day_told_in_its_opening_dates_its_meetings(tmp_path, text, published, date):
    (tmp_path / "metadata.csv").write_text(META.format(published), encoding="utf-8")
    rows = folder_events(tmp_path, text)
    assert list(rows.date) == [date]


@pytest.mark.parametrize("text,published,dates", [
    # "also met", a few sentences after the meeting dated to the day: one more of that day's round
    ("Kenya's President William Ruto received Ghana's Foreign Minister Shirley Ayorkor Botchwey at State House in "
     "Nairobi on Tuesday. The two discussed trade and the free movement of people.\n\nBotchwey conveyed the greetings "
     "of President Akufo-Addo.\n\nThe reception was attended by the High Commissioner.\n\nBotchwey also met her Kenyan "
     "counterpart Alfred Mutua at the Ministry of Foreign Affairs.\n", "2022-06-15", ["2022-06-14", "2022-06-14"]),
    # "Similarly," right after a meeting the lede dates (a second pass after the lede's day)
    ("The gathering lived up to its name.\n\nOn June 4th, the Kingdom of Jordan brought together Arab leaders and "
     "heads of state, despite their differences.\n\nIn a warm embrace, King Abdullah II welcomed Egyptian President "
     "Abdel Fattah el-Sisi, marking their first meeting in a year.\n\nThe warm scenes drew much comment in the "
     "region.\n\nSimilarly, King Abdullah II welcomed Iraqi Prime Minister Mohammed Shia al-Sudani.\n", "2023-06-05",
     ["2023-06-04", "2023-06-04"]),
    # one told as set apart ("separately"), a few sentences on: no day passed on, the article's month
    ("Kenya's President William Ruto received Ghana's Foreign Minister Shirley Ayorkor Botchwey at State House in "
     "Nairobi on Tuesday. The two discussed trade and the free movement of people.\n\nBotchwey conveyed the greetings "
     "of President Akufo-Addo.\n\nThe reception was attended by the High Commissioner.\n\nBotchwey also met her Kenyan "
     "counterpart Alfred Mutua separately.\n", "2022-06-15", ["2022-06-14", "2022-06"]),
])
def test_a_meeting_told_as_also_held_is_of_the_day_of_the_round_before(tmp_path, text, published, dates):
    (tmp_path / "metadata.csv").write_text(META.format(published), encoding="utf-8")
    rows = folder_events(tmp_path, text)
    assert list(rows.date) == dates


@pytest.mark.parametrize("text,published,date,end", [
    # the lede tells a visit as ended after several days, the story's day comes after it (a farewell "today"): that
    # day is the visit's last, the meeting's date its first
    ("Modi ends Japan visit\n\nPrime Minister Narendra Modi concluded his three-day state visit to Japan.\n\nPrime "
     "Minister Shinzo Abe saw him off at the airport in Tokyo today.\n", "2018-10-30", "2018-10-28", "2018-10-30"),
    ("Modi ends Japan visit\n\nPrime Minister Narendra Modi concluded his two days official visit to Japan.\n\n"
     "Prime Minister Shinzo Abe saw him off at the airport in Tokyo today.\n", "2018-10-30", "2018-10-29",
     "2018-10-30"),
    # a visit told as begun: the day told is its first
    ("Modi begins Japan visit\n\nPrime Minister Narendra Modi began his three-day state visit to Japan.\n\nPrime "
     "Minister Shinzo Abe welcomed him at the airport in Tokyo today.\n", "2018-10-30", "2018-10-30", None),
])
def test_a_visit_told_as_ended_is_dated_by_its_first_day(tmp_path, text, published, date, end):
    (tmp_path / "metadata.csv").write_text(META.format(published), encoding="utf-8")
    rows = folder_events(tmp_path, text)
    assert list(zip(rows.date, rows.end_date, strict=True)) == [(date, end)]


@pytest.mark.parametrize("text,published,date", [
    # a readout: its headline, the page's own date line under it, the lede telling the meeting held without a day
    ("President of Ukraine\n\nZelenskyy, Duda and Nausėda held a meeting in the format of the Lublin Triangle in "
     "Lviv\n\n11 January 2023 - 18:14\n\nPresident of Ukraine Volodymyr Zelenskyy, President of Poland Andrzej Duda "
     "and President of Lithuania Gitanas Nausėda held a meeting in the format of the Lublin Triangle in Lviv.\n",
     "2023-01-11", "2023-01-11"),
    # a press statement: the date line above its headline
    ("Press Statement\nOffice of the Press Secretary\nWashington, DC\nNovember 5, 2003\n\nPresident Bush Meets with "
     "Prime Minister of Sri Lanka\n\nThe President had a very good meeting with the Prime Minister of Sri Lanka, "
     "Ranil Wickremesinghe, in the Oval Office.\n", "2003-11-05", "2003-11-05"),
    # the page's date from metadata.csv disagrees with its date line: the month, as without one
    ("President of Ukraine\n\nZelenskyy, Duda and Nausėda held a meeting in the format of the Lublin Triangle in "
     "Lviv\n\n11 January 2023 - 18:14\n\nPresident of Ukraine Volodymyr Zelenskyy, President of Poland Andrzej Duda "
     "and President of Lithuania Gitanas Nausėda held a meeting in the format of the Lublin Triangle in Lviv.\n",
     "2023-01-12", "2023-01"),
    # a reporter's story under a byline, printed the morning after: the month
    ("Full menu for leaders\n\nBy Louise Dodson in Washington\nJune 5, 2004\n\nIraq had entered a new phase, the "
     "Prime Minister, John Howard, was told during a 1-hour meeting with the US President, George Bush, at the "
     "White House.\n", "2004-06-05", "2004-06"),
])
def test_a_readout_is_of_the_day_of_its_date_line(tmp_path, text, published, date):
    """A held meeting a readout tells without a day, its headline or lede beside the page's own date line: that day
    (not the month, as for a report that may come out the day after)."""
    (tmp_path / "metadata.csv").write_text(META.format(published), encoding="utf-8")
    rows = folder_events(tmp_path, text)
    assert list(rows.date) == [date]
