"""Reading articles: furniture left out of the body, titles kept, date lines read, offsets into the original."""

import json
from datetime import date

import pytest

from loaders.read import ReadError, read_file, read_metadata

SEED = """print PRINT

INTERNATIONAL > Europe & Eurasia

Russia tells Japan: talks are hard

  • 2015-10-15 15:00:00
  • , Sankei
  • Translation

(Sankei: October 15, 2015 – p. 1)

 The Russian government conveyed to Japan that talks are hard. It said so on Oct. 14.

  • Ambassador
  • Ukraine
"""


def _write(tmp_path, name, content):
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return p


def test_txt_title_body_and_date_line(tmp_path):
    art = read_file(_write(tmp_path, "a.txt", SEED))[0]
    assert art.title == "Russia tells Japan: talks are hard"
    assert art.published == date(2015, 10, 15)
    body = " ".join(art.text[s:e] for s, e in art.body)
    assert body.startswith("The Russian government")
    for furniture in ("print PRINT", "INTERNATIONAL >", "Ambassador", "Ukraine", "Sankei:", "Translation"):
        assert furniture not in body
    assert art.text == SEED  # offsets point into the original text


@pytest.mark.parametrize("line,expected", [
    ("(Sankei: October 15, 2015 – p. 1)", date(2015, 10, 15)),
    ("  • 2016-09-08 10:00:00", date(2016, 9, 8)),
    ("MOSCOW, Jan. 14, 2019 (Interfax) - Russia said", date(2019, 1, 14)),
    ("WUHAN, China, April 28, 2018 (Reuters) - Xi said", date(2018, 4, 28)),
    ("Published: June 12, 2018", date(2018, 6, 12)),
    ("Published: 2018-06-12", date(2018, 6, 12)),
    ("Posted on 12 December 2023 | Analysis", date(2023, 12, 12)),
    ("Mon 27 Feb 2023 19.02 GMT", date(2023, 2, 27)),
    ("Updated 2:30 PM ET, Tue December 12, 2023", date(2023, 12, 12)),
    ("Last updated on 3 March 2019, 10:45 a.m. IST", date(2019, 3, 3)),
    ("By Jane Doe | Reuters | 12 December 2023", date(2023, 12, 12)),
    ("Thursday, 14 June 2018", date(2018, 6, 14)),
    # a day, month and year with dashes, day first: an agency byline's stamp
    ("PTI | Kathmandu | Updated: 22-04-2023 21:28 IST | Created: 22-04-2023 21:28 IST", date(2023, 4, 22)),
    # a credit or a byline with the page's age before the date
    ("Source:Reuters Published: 2019/5/7 9:12:44", date(2019, 5, 7)),
    ("Updated: December 2, 2021 Source: Xinhua News Agency", date(2021, 12, 2)),  # a credit after the date
    ("Jane Doe 5 hours ago Tue 7th May 2019 | 10:05 AM", date(2019, 5, 7)),
    # a footer telling when the page came out
    ("This article by The Associated Press was first published May 7, 2019.", date(2019, 5, 7)),
    ("This story was originally published on 7 May 2019.", date(2019, 5, 7)),
    ("This is an archive article published on November 7, 2010", date(2010, 11, 7)),
    ("This story is from October 21, 2021", date(2021, 10, 21)),
    # the day first, then "| Updated ..." with a dateline place; a label "Publish Date:" with a time after a dash
    ("April 07, 2010 12:36 pm | Updated November 28, 2021 08:49 pm IST - Washington", date(2010, 4, 7)),
    ("Publish Date: 4 January 2012 - 14:18", date(2012, 1, 4)),
    # a page's counter or a short byline after the date; the label "Publication:" with a day-first date
    ("16 August 2014    Read: 677", date(2014, 8, 16)),
    ("April 9th, 2008 - 8:40 pm ICT by admin", date(2008, 4, 9)),
    ("Publication: 10.06.2025 - 17:07", date(2025, 6, 10)),
    # a month's name with a stop; an ISO stamp glued after the time; a long byline before a wide gap and the label
    # "Date"; a source line with the outlet's name; an outlet's footer "Published in Dawn, ..."
    ("Posted July. 23, 2000 20:40,", date(2000, 7, 23)),
    ("By ANI | Published: April 13, 2023 02:55 PM2023-04-13T14:55:46+5:302023-04-13T15:00:21+5:30", date(2023, 4, 13)),
    ("By Office of Assistant to Deputy Cabinet Secretary for State Documents & Translation     Date 15 November 2022",
     date(2022, 11, 15)),
    ("Source: VietNamNet News April 24, 2018 09:22 UTC", date(2018, 4, 24)),
    ("Published in Dawn, April 6th, 2015", date(2015, 4, 6)),
    # the page's date among its furniture: a page kind, a clock and zone, a label, a credit, a category
    ("29.04.2014 - Article", date(2014, 4, 29)),
    ("# 01 July 2022 18:43 (UTC +04:00)", date(2022, 7, 1)),
    ("Released at: 16:08, 29/08/2018", date(2018, 8, 29)),
    ("news agency wam , 12 Sep 2024 - 14:07", date(2024, 9, 12)),
    ("Added On November 12, 2017", date(2017, 11, 12)),
    ("18:10 | 29.09.2023 Category: Official", date(2023, 9, 29)),
    ("VOA News  June 04, 2011", date(2011, 6, 4)),
    # a byline or an outlet's name before the date, with a clock or the page's buttons after it
    ("Jan Kowalski 03.05.2019 14:20", date(2019, 5, 3)),
    ("Xinhua, May 3, 2019 Adjust font size:", date(2019, 5, 3)),
    ("Posted by Jane Doe on Oct 24, 2011 Leave a comment", date(2011, 10, 24)),
    ("AFP, March 2, 2020 12 Comments", date(2020, 3, 2)),
    # a printed edition's page after the date; a clock cut short; a staff byline with its initials glued to the date;
    # a credit in brackets without a colon; the day set off by a comma and "in" before the clock
    ("Thursday, February 3, 2005; Page A18", date(2005, 2, 3)),
    ("April 7, 2002 - 0:0", date(2002, 4, 7)),
    ("AFP/ DW staff (jen)February 24, 2005", date(2005, 2, 24)),
    ("(Cri.com August 18, 2003)", date(2003, 8, 18)),
    ("(Xinhua, May 3, 2019)", date(2019, 5, 3)),
    ("Wednesday 17, October 2018 in 2:51 PM", date(2018, 10, 17)),
    # a wire's stamp with the year glued to the clock (Reuters), an agency's credit, stamp and editor set off by bars
    # (Xinhua), a date with its parts set off by stops, year first; the label "Created"; a dash of print
    ("November 15, 20231:53 AM UTCUpdated 2 years ago", date(2023, 11, 15)),
    ("Source: Xinhua| 2019-06-05 12:30:45|Editor: Li Xia", date(2019, 6, 5)),
    ("2019.06.05 12:30", date(2019, 6, 5)),
    ("Created: 5 June 2019", date(2019, 6, 5)),
    ("AFP | Published — June 5, 2019", date(2019, 6, 5)),
    ("2019.06.05 talks in Seoul", None),
    ("(Photo taken on June 12, 2018)", None),
    ("The staff met on June 12, 2018", None),  # "met" is no time zone (MET)
    ("Thursday, February 3, 2005; the talks began", None),
    # not the page's date: the site's today (a weekday beside a clock), a dateline's place, a caption
    ("06:29 (GMT +7) - Wednesday 21/10/2020", None),
    ("June 12, 2018 14:05 - Singapore", None),
    ("Photo taken on June 12, 2018", None),
    # not date lines: a sentence, a month without its day, a date and a place
    ("On June 12, 2018 Trump and Kim met in Singapore", None),
    ("The summit of June 12, 2018", None),
    ("Published: June 2018", None),
    ("June 12, 2018 - Singapore", None),
    ("Published: June 12, 1066", None),
    # an archive's date lines (dev16): the time it was updated after the date, a glued byline, a header's arrow
    ("Wednesday, June 27, 2001, updated at 08:48(GMT+8) | ||||||||||||||", date(2001, 6, 27)),
    ("March 06, 2004|Maura Reynolds and Richard Boudreaux | Times Staff Writers", date(2004, 3, 6)),
    ("» Monday, June 16, 2008", date(2008, 6, 16)),
    ("June 12, 2018, updated the rules", None),  # a sentence: "updated" with no time after it
    ("Ties of 2004|Maura Reynolds", None),
    ("Last visit, 12 December 2023", None),  # a heading with a date, not the article's
    ("Xi Jinping 2 days ago met Putin on June 12, 2018", None),
    ("Jane Doe 12.12.2018 08:00 in Paris", None),
    ("Summit talks June 12, 2018 Leave a comment", None),
    ("Prime Minister Modi June 12, 2018", None),
    ("12 June 2018 stood by them", None),
    ("Vienna Summit June 4, 1961", None),
    ("Published in the summit report, June 12, 2018 was a day", None),
    ("Modi Meets Xi Published: June 2018", None),
    ("The treaty was first published June 12, 2018 in Paris and signed later.", None),
    # more outlets' date lines: a date in the page's language before its clock and source set off by bars (El
    # Comercio via Emol, dev6 d6_06), the day, the month's short name and the year set off by dashes before a weekday
    # (San Diego Union-Tribune, dev10 d10_01), an agency's credit in brackets before the label (China Daily, dev11
    # d11_16)
    ("16 de Mayo de 2008 | 13:36 | El Comercio de Lima/GDA", date(2008, 5, 16)),
    ("3 de marzo de 2023 | 10:15 | Agencia EFE", date(2023, 3, 3)),
    ("23-Jan-2001 Tuesday", date(2001, 1, 23)),
    ("05-Sept-2019", date(2019, 9, 5)),
    ("  (Xinhua)  Updated: 2006-10-13 13:35  ", date(2006, 10, 13)),
    ("(AP) Posted: 2010-05-02 09:00", date(2010, 5, 2)),
    ("16 de la cumbre | 13:36 | El Comercio", None),
    ("23-Foo-2001 Tuesday", None),
    ("23-Jan-2001 talks in Lima", None),
])
def test_date_lines(tmp_path, line, expected):
    art = read_file(_write(tmp_path, "a.txt", f"Title here\n\n{line}\n\nBody text. More body.\n"))[0]
    assert art.published == expected
    if expected and " - " not in line and "(" not in line:  # datelines open the body
        assert line.strip() not in " ".join(art.text[s:e] for s, e in art.body)  # a date line is no body text


@pytest.mark.parametrize("first,expected", [
    ("Blair, Chirac and Schröder to Discuss Iraq in Berlin | Germany| News from Berlin | DW | 16.09.2003",
     date(2003, 9, 16)),
    ("Leaders meet in Berlin | World | 12 May 2019", date(2019, 5, 12)),
    ("Leaders meet in Berlin | World | Site", None),
    # the headline, a dash and the day (VOA's archive, dev9 d9_01)
    ("Bush, Putin Meet on Sidelines of G8 Summit - 2002-06-27", date(2002, 6, 27)),
    ("Putin and Bush meet — 2002-06-27", date(2002, 6, 27)),
    ("Talks of 2002-06-27 begin", None),
])
def test_a_date_closing_the_pages_title_bar(tmp_path, first, expected):
    art = read_file(_write(tmp_path, "a.txt", f"{first}\n\nThe leaders met on Saturday. More body.\n"))[0]
    assert art.published == expected


def test_an_outlets_date_line_under_a_preamble_dates_the_page(tmp_path):
    page = ("Originally posted by the Voice of America.\nVoice of America content is produced by the Voice of "
            "America,\na United States federal government-sponsored entity, and is in\nthe public domain.\n\n\n"
            "Obama to Host African Leaders Next Week\n\n   VOA News  June 04, 2011\n   Obama will meet them.\n")
    assert read_file(_write(tmp_path, "a.txt", page))[0].published == date(2011, 6, 4)


def test_dateline_with_country_is_kept_as_month_day(tmp_path):
    art = read_file(_write(tmp_path, "a.txt", "WUHAN, China, April 28 (Reuters) - Xi met Modi.\n"))[0]
    assert art.dateline == (4, 28)
    assert art.source == "Reuters"


def test_dateline_without_year_is_kept_as_month_day(tmp_path):
    art = read_file(_write(tmp_path, "a.txt", "MOSCOW, Jan 14 (Interfax) - Lavrov met Kono.\n"))[0]
    assert art.published is None
    assert art.dateline == (1, 14)
    assert art.source == "Interfax"


def test_dateline_with_a_horizontal_bar(tmp_path):
    art = read_file(_write(tmp_path, "a.txt", "SINGAPORE, Oct 23 ― Lee will meet Mahathir next month.\n"))[0]
    assert art.dateline == (10, 23)
    assert art.text[art.body[0][0]:].startswith("Lee will meet")


@pytest.mark.parametrize("first,dateline,source", [
    ("Geneva, Nov 3 (Kyodo) — The envoys met.", (11, 3), "Kyodo"),
    ("New Delhi, March 21 (PTI) - Modi met Kishida.", (3, 21), "PTI"),
    ("Tokyo, Nov 3 — The envoys met.", None, None),  # a title-case place needs its agency to be a dateline
    ("New Delhi, April 9 (IANS) India's minister will be in Islamabad May 21.", (4, 9), "IANS"),  # no dash after it
    ("Tokyo, Nov 3 (a holiday) the envoys met.", None, None),
    ("Monday, Nov 3 (a holiday) - the envoys met.", None, None),
    # or a colon after the day: "Kathmandu, September 9: Ahead of ..."
    ("Colombo, October 9: Ahead of the visit, the envoys met.", (10, 9), None),
    ("ROME, Sept 15: The envoys met.", (9, 15), None),
    # ... alone on its line, the lede in the next paragraph (IANS pages: "New Delhi, April 26:")
    ("New Delhi, April 26:", (4, 26), None),
    ("Sunday, April 26:", None, None),
    # the country in brackets after the place (ANI): "New York [US], September 28 : Jaishankar met ..."
    ("New York [US], September 28 : The envoys met.", (9, 28), None),
    ("New Delhi [India], April 20 (ANI): The envoys met.", (4, 20), "ANI"),
    ("On Tuesday, October 9: the envoys met.", None, None),
    ("Sunday, October 9: the envoys met.", None, None),
    # the day first: "Saint Petersburg, 4 June (AzerTAc). Aliyev and Medvedev have today met"
    ("Saint Petersburg, 4 June (AzerTAc). Aliyev and Medvedev have today met.", (6, 4), "AzerTAc"),
    ("BAKU, 12 March (Trend) - The envoys met.", (3, 12), "Trend"),
    ("In Baku, 12 March (a Monday) - the envoys met.", None, None),
    # TASS: the agency between slashes after the day, "MOSCOW, November 26. /TASS/. Putin and Hollande have begun"
    ("MOSCOW, November 26. /TASS/. The envoys have begun talks.", (11, 26), "TASS"),
    ("Tokyo, Nov 3 /ITAR-TASS/ - The envoys met.", (11, 3), "ITAR-TASS"),
    ("Tokyo, Nov 3 /and later/ the envoys met.", None, None),
])
def test_dateline_in_title_case_with_its_agency(tmp_path, first, dateline, source):
    art = read_file(_write(tmp_path, "a.txt", f"Title here\n\n{first}\n\nMore body.\n"))[0]
    assert (art.dateline, art.source) == (dateline, source)


@pytest.mark.parametrize("lines,published,place", [
    ("Beijing, 6 November 2023 (TDI): The prime minister met the president today.", date(2023, 11, 6), "Beijing"),
    ("(Photo: Agency)\n\nMEXICO, (November 18, 2021).- Today, the president will meet his counterparts.",
     date(2021, 11, 18), "Mexico"),
    ("May 3, 2017, Sochi\n\nThe two presidents held talks.", date(2017, 5, 3), "Sochi"),
    ("Paris, the city of light: the two presidents held talks.", None, None),  # no date: a sentence
    ("The summit of June 12, 2018, Singapore\n\nThe two leaders met.", None, None),  # more than a date and a place
    # the agency and the date in one parenthesis
    ("LAHORE, Pakistan, (Daily Point News - 4th Mar, 2022 ) :The two ministers met here Friday.", date(2022, 3, 4),
     "Lahore"),
    ("The two ministers (a Pakistan Point report - not dated) : met here.", None, None),
    # the agency's parenthesis with no mark after it
    ("MOSCOW (UrduPoint News / Sputnik - 27th July, 2019) The two ministers met in Tehran.", date(2019, 7, 27),
     "Moscow"),
    # a dash after the place instead of a comma
    ("ALGIERS – Thursday, 25 August 2022 (APS) – The president held talks with his counterpart.",
     date(2022, 8, 25), "Algiers"),
    ("PARIS – the city of light – hosted the talks.", None, "Paris"),  # no date: a place dateline only
    # the place before the full date, alone on its line
    ("Abu Dhabi, June 28, 2022\n\nThe prime minister today met the president.", date(2022, 6, 28), "Abu Dhabi"),
    ("Abu Dhabi, the capital, hosted the talks\n\nThe two leaders met.", None, None),
    # the parenthesis followed by the sentence itself; the agency's name with a dash of its own; a city in title case
    ("JOHANNESBURG (UrduPoint News / Sputnik - 07th August, 2023) South African President will host.",
     date(2023, 8, 7), "Johannesburg"),
    ("Abuja, (APP - UrduPoint / Pakistan Point News - 17th Nov, 2024) The two leaders met on Sunday.",
     date(2024, 11, 17), "Abuja"),
    # a city, the month and the day, and the year after a slash ("Addis Ababa December 25/ 2019")
    ("Addis Ababa December 25/ 2019 The prime minister held talks with the president today.", date(2019, 12, 25),
     "Addis Ababa"),
    ("Addis Ababa, May 5/2020 (ENA) The prime minister held talks today.", date(2020, 5, 5), "Addis Ababa"),
    # the full date first, the place after it in capitals in a parenthesis (an archive's house style, dev16 d16_11)
    ("Dec 19, 2005 (ABUJA) — The two presidents today held discussions in Abuja.", date(2005, 12, 19), "Abuja"),
    ("March 3, 2008 (NAIROBI) -- The two leaders met on Sunday.", date(2008, 3, 3), "Nairobi"),
    ("Dec 19, 2005 (a good day) — The two presidents met.", None, None),  # no place in the parenthesis
    # Hungarian (MTI): the place, then the year, the month's name and the day, each closed by a stop; a weekday and
    # the agency after it; a photo's caption so opened (dev12 d12_14, among the body's first lines)
    ("Budapest, 2025. október 20., hétfő (MTI) – Orbán Viktor fogadta a szerb elnököt.", date(2025, 10, 20),
     "Budapest"),
    ("The prime minister met the president on Monday.\n\nBudapest, 2025. október 20. A Miniszterelnöki "
     "Kommunikációs Főosztály által közreadott képen Orbán Viktor fogadja Aleksandar Vucicot.", date(2025, 10, 20),
     "Budapest"),
    ("Budapest, 2025. okos 20. A kormányfő fogadta.", None, None),
])
def test_datelines_and_date_lines_with_the_full_date(tmp_path, lines, published, place):
    art = read_file(_write(tmp_path, "a.txt", f"Title here\n\n{lines}\n\nMore body.\n"))[0]
    assert (art.published, art.dateline_place) == (published, place)


def test_cp1252_fallback_is_reported(tmp_path):
    art = read_file(_write(tmp_path, "a.txt", "Caf\xe9 talks in Moscow.".encode("cp1252")))[0]
    assert "Café" in art.text
    assert any("cp1252" in p for p in art.problems)


def test_utf16_with_bom(tmp_path):
    art = read_file(_write(tmp_path, "a.txt", "\ufeffAbe met Putin in Moscow.".encode("utf-16")))[0]
    assert "Abe met Putin" in art.text


@pytest.mark.parametrize("content,message", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"\x00\x01\x02\x03binary\x00", "binary"),
])
def test_unreadable_files_say_why(tmp_path, content, message):
    with pytest.raises(ReadError, match=message):
        read_file(_write(tmp_path, "bad.txt", content))


def test_json_fields_and_jsonl(tmp_path):
    doc = {"title": "T", "text": "Abe met Putin on Jan. 22.", "published": "2019-01-23", "url": "https://x.org/a"}
    art = read_file(_write(tmp_path, "a.json", json.dumps(doc)))[0]
    assert (art.title, art.published, art.url) == ("T", date(2019, 1, 23), "https://x.org/a")
    assert art.text[art.body[0][0]:art.body[0][1]] == doc["text"]
    lines = "\n".join(json.dumps({"text": f"Story {i}."}) for i in range(3))
    assert [a.name for a in read_file(_write(tmp_path, "b.jsonl", lines))] == ["b.jsonl#1", "b.jsonl#2", "b.jsonl#3"]


@pytest.mark.parametrize("content,message", [
    ("{not json", "malformed JSON"),
    (json.dumps({"title": "no text"}), "no text field"),
])
def test_bad_json(tmp_path, content, message):
    with pytest.raises(ReadError, match=message):
        read_file(_write(tmp_path, "a.json", content))


def test_html_is_read_without_scripts(tmp_path):
    html = ("<html><head><title>Summit</title><script>alert(1)</script></head><body><article>"
            "<h1>Summit</h1><p>Prime Minister Shinzo Abe met President Vladimir Putin in Moscow on Jan. 22, "
            "the two leaders said in a statement released by both governments.</p>"
            "<p>They agreed to hold another round of talks in the spring, officials said later.</p>"
            "</article></body></html>")
    art = read_file(_write(tmp_path, "a.html", html))[0]
    assert "Abe met President Vladimir Putin" in art.text
    assert "alert" not in art.text


def test_metadata_problems_are_reported(tmp_path):
    _write(tmp_path, "metadata.csv", "file,published,url,extra\na.txt,not a date,https://x.org,1\n")
    meta, problems = read_metadata(tmp_path)
    assert meta["a.txt"].published is None and meta["a.txt"].url == "https://x.org"
    assert any("not a date" in p for p in problems)


@pytest.mark.parametrize("record,expected", [
    ({"text": "Abe met Putin.", "url": "https://example.com/world/2023/09/11/biden-hanoi/"}, date(2023, 9, 11)),
    ({"text": "Abe met Putin.", "url": "https://example.com/news/2018-06-12-summit.html"}, date(2018, 6, 12)),
    ({"text": "Abe met Putin.", "url": "https://example.com/2023/09/11/x", "published": "2023-09-12"},
     date(2023, 9, 12)),  # the published field comes first
    ({"text": "Abe met Putin.", "url": "https://example.com/story/2023091112345"}, None),  # an id, not a date
    ({"text": "Abe met Putin.", "url": "https://example.com/2023/13/45/x"}, None),
    # the day in words in the slug, either order
    ({"text": "Abe met Putin.", "url": "https://example.gov/government/news/pm-meets-chancellor-5-july-2018"},
     date(2018, 7, 5)),
    ({"text": "Abe met Putin.", "url": "https://example.com/news/talks-held-on-sept-26-2019.html"}, date(2019, 9, 26)),
    ({"text": "Abe met Putin.", "url": "https://example.com/news/mar-a-lago-talks-2018"}, None),
    # eight digits standing alone, year first, in the path or the query
    ({"text": "Abe met Putin.", "url": "https://example.or.jp/world/en/news/20230316_41/"}, date(2023, 3, 16)),
    ({"text": "Abe met Putin.", "url": "https://example.com/politics/talks-n718671?cid=public-rss_20170209"},
     date(2017, 2, 9)),
    ({"text": "Abe met Putin.", "url": "https://example.com/view.php?ud=20190630000122"}, None),  # an id
    # the year and month alone: no day to take (the month the page was filed under, url_month)
    ({"text": "Abe met Putin.", "url": "https://example.hu/english/2025/10/here-are-the-details"}, None),
])
def test_date_in_the_articles_address(tmp_path, record, expected):
    from loaders.corpus import read_folder

    _write(tmp_path, "a.json", json.dumps(record))
    (art,), _, _ = read_folder(tmp_path)
    assert art.published == expected
    if expected and "published" not in record:
        assert "address" in art.published_reason


@pytest.mark.parametrize("url,filed", [
    ("https://example.hu/english/2025/10/here-are-the-details-of-the-meeting", (2025, 10)),
    ("http://example.blogspot.com/2010/09/in-new-york-hun-sen-abhisit-agree.html", (2010, 9)),
    ("https://example.com/2023/09/11/biden-hanoi/", None),  # the day is given: the publication date
    ("https://example.com/archive/2010/09/", None),  # no page filed under the month: a listing
    ("https://example.com/2010/13/talks", None),
])
def test_the_month_an_address_files_the_page_under(tmp_path, url, filed):
    from loaders.corpus import read_folder

    _write(tmp_path, "a.json", json.dumps({"text": "Abe met Putin.", "url": url}))
    (art,), _, _ = read_folder(tmp_path)
    assert art.url_month == filed


@pytest.mark.parametrize("line,expected", [
    # a reposted page names the address it was first published at: that address's date
    ("Official news published at https://www.whitehouse.gov/briefing-room/2024/09/13/readout-of-a-meeting/",
     date(2024, 9, 13)),
    ("Originally posted at https://example.org/2019/03/01/talks.", date(2019, 3, 1)),
    # another page's address told in a sentence, or a link alone: not the page's
    ("The report published at https://example.org/2019/03/01/x was cited by the ministers in their talks.", None),
    ("https://example.org/2019/03/01/talks", None),
])
def test_the_address_a_reposted_page_gives(tmp_path, line, expected):
    from loaders.corpus import read_folder

    _write(tmp_path, "a.txt", f"Biden meets Starmer\n\nThe leaders met today at the White House.\n###\n{line}\n")
    (art,), _, _ = read_folder(tmp_path)
    assert art.published == expected


@pytest.mark.parametrize("first,place,source", [
    ("WOODSIDE, Calif. (AP) — Biden and Xi met.", "Woodside", "AP"),
    ("BUENOS AIRES, Argentina — Trump signed the pact.", "Buenos Aires", None),
    ("NEW DELHI, Oct 11 (Reuters) - Modi met Xi.", "New Delhi", "Reuters"),
    ("BEIJING — Marcos met Xi.", "Beijing", None),
    ("The talks — held in Paris — ended.", None, None),  # a sentence, not a dateline
])
def test_the_place_of_a_dateline(tmp_path, first, place, source):
    art = read_file(_write(tmp_path, "a.txt", f"Title here\n\n{first}\n\nMore body.\n"))[0]
    assert (art.dateline_place, art.source) == (place, source)
    (js,) = read_file(_write(tmp_path, "a.json", json.dumps({"title": "T", "text": first})))
    assert js.dateline_place == place


@pytest.mark.parametrize("first,published,body_start", [
    (" date 2018-04-23 Modi and Xi will hold an informal summit in Wuhan.", date(2018, 4, 23), "Modi and Xi"),
    ("Published: 2023-03-10 Sunak and Macron meet in Paris", date(2023, 3, 10), None),  # the rest is the title
    ("date 2018-04-31 Modi and Xi met.", None, "Modi and Xi"),  # no such day: no date, the stamp is still no text
    ("Modi and Xi met on date 2018-04-23 in Wuhan.", None, "Modi and Xi"),  # a stamp opens the line only
])
def test_a_date_stamp_opening_the_page(tmp_path, first, published, body_start):
    art = read_file(_write(tmp_path, "a.txt", f"{first}\n\nThe two leaders spoke of trade.\n"))[0]
    assert art.published == published
    texts = [art.text[s:e] for s, e in ([art.title_span] if art.title_span else []) + art.body]
    if body_start:
        assert any(t.startswith(body_start) for t in texts), texts
    assert not any(t.lstrip().lower().startswith(("date", "published")) for t in texts)


def test_page_headers_are_no_text(tmp_path):
    page = ("[an error occurred while processing this directive]\nBBC News\nLast Updated: Saturday, 20 September, "
            "2003, 20:13 GMT 21:13 UK\nLeaders find common ground\nThe leaders met in Berlin.\n")
    art = read_file(_write(tmp_path, "a.txt", page))[0]
    texts = [art.text[s:e] for s, e in art.body]
    assert art.title == "Leaders find common ground" and art.published == date(2003, 9, 20)  # "BBC News": a label
    assert not any("error occurred" in t or "Last Updated" in t for t in texts)


@pytest.mark.parametrize("page,title", [
    # a page's labels of one or two words above the headline are not the headline ("News story", a clock, a menu)
    (" date 2018-01-31 News story\n\nForeign Secretary meeting with Irish Foreign Minister\n\nThe Foreign "
     "Secretary met Tánaiste Simon Coveney today.\n", "Foreign Secretary meeting with Irish Foreign Minister"),
    (" date 2019-06-13 12:30\nVisit of Xi Jinping: Presidents of 2 countries to make joint statement\n\nState visit "
     "of the PRC Chairman Xi Jinping to Kyrgyzstan began today.\n",
     "Visit of Xi Jinping: Presidents of 2 countries to make joint statement"),
    ("바로가기 메뉴\nPress Releases\n\nForeign Minister to Visit Belgium and France\n\n1. Foreign Minister Kang "
     "Kyung-wha will visit Belgium and France from October 19 to 24.\n",
     "Foreign Minister to Visit Belgium and France"),
    # two words that name two people, or a meeting, are a headline
    ("Putin, Erdogan\n\nThe two presidents met in Sochi on Monday.\n", "Putin, Erdogan"),
])
def test_labels_above_the_headline_are_not_the_title(tmp_path, page, title):
    assert read_file(_write(tmp_path, "a.txt", page))[0].title == title


def test_a_text_saved_with_its_markup_is_read_as_text(tmp_path):
    page = ("Macron arrives in Germany\n\n&Tab;<div class&equals;\"wpcnt\">&NewLine;<span>Advertisements<&sol;span>"
            "<&sol;div><p>President Emmanuel Macron has arrived in Germany&comma; a three-day trip&period;<&sol;p>"
            "&NewLine;<p>He is hosted by President Frank-Walter Steinmeier&period;<&sol;p>\n")
    art = read_file(_write(tmp_path, "a.txt", page))[0]
    body = " ".join(art.text[s:e] for s, e in art.body)
    assert "President Emmanuel Macron has arrived in Germany, a three-day trip." in body
    assert "<" not in body and "&" not in body
    assert any("HTML tags" in p for p in art.problems)


@pytest.mark.parametrize("line,expected", [
    ("27. februar 2023 20:25", date(2023, 2, 27)),
    ("3 de marzo de 2023", date(2023, 3, 3)),
    ("mercredi 12 juin 2019 à 10h30", date(2019, 6, 12)),
    ("11. Apr 2024.", date(2024, 4, 11)),  # day first with its stop, an English month's abbreviation
    ("17 march 2009", date(2009, 3, 17)),  # an English month's name in lower case
    ("2016 оны 4 сарын 15", date(2016, 4, 15)),  # Mongolian: year, month's number, day
    # Hungarian: the year first, then the month's name and the day, each closed by a stop; or three numbers so
    # (MTI's and Magyar Nemzet's date lines, dev12 d12_14); a place before it (an MTI caption's or dateline's)
    ("2025. október 20.", date(2025, 10, 20)),
    ("2025. október 20., hétfő 14:35", date(2025, 10, 20)),
    ("2025. 10. 20. 14:27", date(2025, 10, 20)),
    ("Budapest, 2025. október 20.", date(2025, 10, 20)),
    ("2025. okos 20.", None),
    ("27. februar", None),  # no year
    ("27 fruits 2023", None),  # no month
])
def test_date_lines_in_the_pages_language(tmp_path, line, expected):
    art = read_file(_write(tmp_path, "a.txt", f"Title here\n\n{line}\n\nBody text. More body.\n"))[0]
    assert art.published == expected


def test_a_text_quoting_tags_keeps_them_as_written(tmp_path):
    text = "Summit <b>news</b>\n\nAbe met Putin in Moscow. <script>alert(1)</script> <img src=x>\n"
    art = read_file(_write(tmp_path, "a.txt", text))[0]
    assert "<script>alert(1)</script>" in art.text and not art.problems


@pytest.mark.parametrize("page,title,not_body", [
    # a headline may end with an abbreviation's full stop ("... meet in U.S.")
    ("Foreign ministers of Ghana and Togo meet in U.S.\n\nThe two ministers met in Washington.\n",
     "Foreign ministers of Ghana and Togo meet in U.S.", "meet in U.S."),
    # a photo credit line is neither the title nor the text
    ("Photo: Ministry of Foreign Affairs\n\nThe two ministers met in Accra.\n", None, "Photo:"),
    ("Leaders meet in Accra\n\nPhotos: Presidency\n\nThe two presidents met in Accra.\n", "Leaders meet in Accra",
     "Photos:"),
    # a source line opening the page is furniture, not the title
    ("Source: Republic of Poland in English\n\nPresidents meet in Warsaw\n\nThe two presidents met in Warsaw.\n",
     "Presidents meet in Warsaw", "Source:"),
    # a later line is text, even one that does not end as a sentence does
    ("Source: PAP\n\nThe two presidents met in Warsaw on Thursday.\n\nEarlier on Friday, Duda met Morawiecki. (PAP)\n",
     None, "Source:"),
])
def test_headlines_ending_in_an_abbreviation_and_photo_credits(tmp_path, page, title, not_body):
    art = read_file(_write(tmp_path, "a.txt", page))[0]
    assert (art.title or None) == title
    assert not any(not_body in art.text[s:e] for s, e in art.body)
    assert art.text.rstrip().endswith(art.text[art.body[-1][0]:art.body[-1][1]])  # the last line is read as text


@pytest.mark.parametrize("page,title", [
    # a page's furniture is no headline: photo credits, labels, signatures, end notes
    ("Photo : YONHAP News\n\nThe foreign ministers held talks in Busan on Sunday.\n", ""),
    ("Images | Akorda\n\nThe president held a meeting with the minister.\n", ""),
    ("Share:\n\nThe prime minister met the president in Beijing.\n", ""),
    # a headline comes before the body, not after it
    ("BEIJING (Reuters) - The ministers held talks on Thursday.\n\n(Reporting by Joe Cash; Editing by Ed Gibbs)\n",
     ""),
    ("The ministers held talks on Thursday.\n\nMeasures would be adopted to help businesses\n", ""),
    # a wire's "(LEAD)" before its headline stays
    ("(LEAD) Yoon, Kishida hold summit in Seoul\n\nSEOUL, May 7 (Yonhap) -- They met.\n",
     "(LEAD) Yoon, Kishida hold summit in Seoul"),
])
def test_page_furniture_is_no_headline(tmp_path, page, title):
    assert read_file(_write(tmp_path, "a.txt", page))[0].title == title


@pytest.mark.parametrize("page,title", [
    # the site's path from its home page above the headline is no headline, nor a sentence
    ("Home > Top News > \n\nXi meets Kenyan president\n\nChinese President Xi Jinping on Sunday met with Kenyan "
     "President Uhuru Kenyatta.\n", "Xi meets Kenyan president"),
    ("Home>News Center>China\nXi meets Kenyan president\n\nChinese President Xi Jinping on Sunday met with Kenyan "
     "President Uhuru Kenyatta.\n", "Xi meets Kenyan president"),
    ("washingtonpost.com > World > Special Reports > Africa\n\nXi meets Kenyan president\n\nChinese President Xi "
     "Jinping on Sunday met with Kenyan President Uhuru Kenyatta.\n", "Xi meets Kenyan president"),
    # the path ending in the headline: the headline, said again under it or not
    ("Home | News | Sisi to meet with Ethiopian PM in Addis Ababa\n\nSisi to meet with Ethiopian PM in Addis Ababa\n\n"
     "President Sisi will meet with Prime Minister Hailemariam Desalegn on Monday.\n",
     "Sisi to meet with Ethiopian PM in Addis Ababa"),
    ("Home | News | Sisi to meet with Ethiopian PM in Addis Ababa\n\nPresident Sisi will meet with Prime Minister "
     "Hailemariam Desalegn on Monday.\n", "Sisi to meet with Ethiopian PM in Addis Ababa"),
])
def test_a_sites_path_above_the_headline_is_no_title(tmp_path, page, title):
    art = read_file(_write(tmp_path, "a.txt", page))[0]
    assert art.title == title
    assert [art.text[s:e] for s, e in art.body][0].startswith(("Chinese President", "President Sisi"))


def test_a_sites_name_above_the_headline_is_no_title(tmp_path):
    text = "DailyPoint.com\nMinisters Meet In Lahore\n\nThe two ministers met.\n"
    art = read_file(_write(tmp_path, "a.txt", text))[0]
    assert art.title == "Ministers Meet In Lahore"
    assert "DailyPoint.com" not in " ".join(art.text[s:e] for s, e in art.body)


WRAPPED = ("Turkey clarifies position\n\n"
           "BAKU (Combined Sources)-Azeri President Ilham Aliyev and visiting top\n"
           "Turkish diplomats held talks over the weekend on recent developments\n"
           "in the Caucasus, the Anatolia news agency reported.\n\n"
           "Short heading line\n"
           "The next paragraph starts here and is a sentence of its own.\n")


@pytest.mark.parametrize("text,lines", [
    # a hard-wrapped paragraph (long lines cut with no stop, one right under the other) is one piece of body
    (WRAPPED, ["BAKU (Combined Sources)-Azeri President Ilham Aliyev and visiting top\nTurkish diplomats held talks "
               "over the weekend on recent developments\nin the Caucasus, the Anatolia news agency reported.",
               "Short heading line", "The next paragraph starts here and is a sentence of its own."]),
    # lines that end with a stop, or short ones, stay lines
    ("Title here\n\nLavrov met Kono in Moscow on Monday to discuss the peace treaty.\nThe ministers agreed to meet "
     "again.\n", ["Lavrov met Kono in Moscow on Monday to discuss the peace treaty.",
                  "The ministers agreed to meet again."]),
])
def test_a_hard_wrapped_paragraph_is_read_as_one(tmp_path, text, lines):
    art = read_file(_write(tmp_path, "a.txt", text))[0]
    assert [art.text[s:e] for s, e in art.body] == lines


def _assert_furniture(tmp_path, line: str) -> None:
    """The line, between a headline and the first sentence, is left out of the body."""
    text = f"G7 ministers meet in London\n\n{line}\n\nForeign ministers are meeting in London for their first talks.\n"
    art = read_file(_write(tmp_path, "a.txt", text))[0]
    body = " ".join(art.text[s:e] for s, e in art.body)
    assert line not in body and body.startswith("Foreign ministers")


@pytest.mark.parametrize("line", [
    "image captionPoliticians kept their distance for the traditional group photo",
    "image copyrightReuters",
    "Photo caption: The two leaders shake hands before their talks",
    "Caption: The ministers pose for a group photo",
])
def test_a_pictures_caption_or_credit_is_furniture(tmp_path, line):
    _assert_furniture(tmp_path, line)


@pytest.mark.parametrize("line", [
    "Also Read: Australia, China talks focus on trade, human rights, and strategic competition",
    "READ ALSO Turkey in Africa: A humanitarian approach",
    "Read alsoZelensky meeting with Macron, Merkel in Paris",
    "Related: Trump, Mexico's President Agree to End Tiff Over Border Wall",
    "Also Read PM Modi to attend 15th BRICS Summit in Johannesburg: Check details here",
    "Read more: Xi and Putin meet in Moscow",
])
def test_a_link_to_another_article_is_furniture(tmp_path, line):
    _assert_furniture(tmp_path, line)


@pytest.mark.parametrize("line", [
    "Related talks were held in Paris on Monday.",  # a sentence that opens with the word, no label
    "Readers also saw Modi meet Xi in Wuhan.",
])
def test_a_sentence_opening_like_a_link_label_stays_body(tmp_path, line):
    text = f"G7 ministers meet in London\n\n{line}\n\nForeign ministers are meeting in London for their first talks.\n"
    art = read_file(_write(tmp_path, "a.txt", text))[0]
    assert line in " ".join(art.text[s:e] for s, e in art.body)


@pytest.mark.parametrize("posted,written", [
    ("2009-06-05", "2009-06-04"),  # posted the next day: "today" is the dateline's day
    ("2009-06-06", "2009-06-04"),
    ("2009-06-04", "2009-06-04"),
    ("2009-06-09", "2009-06-09"),  # too long after: the dateline is of another day, the date given stands
    ("2010-01-01", "2010-01-01"),
])
def test_a_dateline_a_day_or_two_before_the_date_given_is_the_day_written(tmp_path, posted, written):
    from loaders.corpus import read_folder

    _write(tmp_path, "a.txt", "Saint Petersburg, 4 June (AzerTAc). Aliyev and Medvedev have today met.\n")
    _write(tmp_path, "metadata.csv", f"file,published,url,source\na.txt,{posted},https://example.org/a,X\n")
    (art,), _, _ = read_folder(tmp_path)
    assert art.published == date.fromisoformat(written)


@pytest.mark.parametrize("header,posted,written", [
    # a repost's date line above the release's own: the release's day, a day or two before, is the day written
    ("July 15, 2018\n\nState Lunch in honor of the President\n\nAsmara, 14 July 2018- The President hosted a lunch "
     "today.", "2018-07-15", "2018-07-14"),
    ("Friday, October 27, 2023\n\nThe Secretary's Meeting with the Foreign Minister\n\n10/26/2023 11:52 PM EDT\n\n"
     "The Secretary hosted the Foreign Minister today.", "2023-10-27", "2023-10-26"),
    # a release's date days before the repost's is of another day: the page's date stands
    ("July 15, 2018\n\nState Lunch in honor of the President\n\nAsmara, 4 July 2018- The President hosted a lunch "
     "today.", "2018-07-15", "2018-07-15"),
])
def test_a_reposts_earlier_release_date_is_the_day_written(tmp_path, header, posted, written):
    from loaders.corpus import read_folder

    _write(tmp_path, "a.txt", header + "\n")
    _write(tmp_path, "metadata.csv", f"file,published,url,source\na.txt,{posted},https://example.org/a,X\n")
    (art,), _, _ = read_folder(tmp_path)
    assert art.published == date.fromisoformat(written)


@pytest.mark.parametrize("page,published,today", [
    # the site's today atop the page, the article's own date line under it: the article's
    ("Flag Thursday, 25 April 2024\nAll news\n29 November 2016, 21:08\n\nLavrov and Steinmeier meet in Minsk\n\n"
     "MINSK, 29 November (BelTA) - The ministers met.\n", date(2016, 11, 29), False),
    ("Monday, December 29, 2025\n\nModi and Trump talk over the phone\n\nIANS, 09 Jan, 2019 01:49 AM\n\n"
     "Modi and Trump spoke.\n", date(2019, 1, 9), False),
    # a date line a day under the top one (a release of late at night): the top line's day stands
    ("Friday, October 27, 2023\n\nSecretary meets director\n\n10/26/2023 11:52 PM EDT\n\nThey met.\n",
     date(2023, 10, 27), True),
    # the top line alone: the page's date, maybe the site's today (pipeline.extract_article checks the offices)
    ("Thursday 2nd May 2024\n\nWang Yi arrives in Kathmandu\n\nHe arrived.\n", date(2024, 5, 2), True),
    # no weekday, a label, or a weekday that is not the date's: a date line as any other
    ("April 25, 2024\n\nThe ministers meet\n\nThey met.\n", date(2024, 4, 25), False),
    ("Published: Thursday, 25 April 2024\n\nThe ministers meet\n\nThey met.\n", date(2024, 4, 25), False),
    ("Friday, 25 April 2024\n\nThe ministers meet\n\nThey met.\n", date(2024, 4, 25), False),
    # a bare date in the site's menu above the title, the item's own date line with its time under it: the item's
    ("  • Home\n  • News\n2025/05/16\n  • Contact us\n\nThe ministers meet\n\n2019/04/25 11:55:40\n\nThey met.\n",
     date(2019, 4, 25), False),
    # ... not a bare date under it (a related item's), nor a date with its time atop the page
    ("  • Home\n  • News\n2025/05/16\n  • Contact us\n\nThe ministers meet\n\n2019/04/25\n\nThey met.\n",
     date(2025, 5, 16), False),
    ("  • Home\n2025/05/16 10:12\n\nThe ministers meet\n\n2019/04/25 11:55:40\n\nThey met.\n",
     date(2025, 5, 16), False),
])
def test_a_sites_today_atop_the_page(tmp_path, page, published, today):
    art = read_file(_write(tmp_path, "a.txt", page))[0]
    assert (art.published, art.site_today) == (published, today)
    assert "Thursday" not in art.title and "Monday" not in art.title


@pytest.mark.parametrize("first,published", [
    # a page's headline, its stamp and the first line of the text run together (a China Daily archive page, d16_13)
    ("Premier leaves for home after visit to Uganda (Xinhua) Updated: 2006-06-24 21:47 Chinese Premier Wen Jiabao "
     "has left here for home on Saturday afternoon.", date(2006, 6, 24)),
    ("Leaders meet (Xinhua) Published: 2019-03-02 The two presidents met.", date(2019, 3, 2)),
    ("Leaders meet after the (Xinhua) talks updated 2019-03-02 with more.", None),  # no stamp: no label's colon
])
def test_a_stamp_inside_the_pages_first_line(tmp_path, first, published):
    art = read_file(_write(tmp_path, "a.txt", f"{first}\n\nMore body. The leaders met.\n"))[0]
    assert art.published == published
