"""Meetings of several days: one event with its first day as the date and its last day as end_date."""

from datetime import date

import pytest

from tests.helpers import events_of

P = date(2018, 5, 1)  # a Tuesday


@pytest.mark.parametrize("text,start,end", [
    ("Modi and Xi held an informal summit in Wuhan from April 27 to 28.", "2018-04-27", "2018-04-28"),
    ("Modi and Xi held an informal summit in Wuhan on April 27-28.", "2018-04-27", "2018-04-28"),
    ("Abe and Putin met in Da Nang on Nov. 30-Dec. 2.", "2017-11-30", "2017-12-02"),
    ("Abe and Putin met in Da Nang on Nov. 10–11.", "2017-11-10", "2017-11-11"),
    ("Indian Prime Minister Narendra Modi landed in Washington on Tuesday for a three-day state visit.",
     "2018-05-01", "2018-05-03"),
    ("Modi and Xi met in Wuhan on April 27.", "2018-04-27", None),
    # the first day before the month's last: "9-12 March", "27 to 28 April 2018"
    ("French President Emmanuel Macron is to pay a state visit to India on 9-12 May, where he will meet Modi.",
     "2018-05-09", "2018-05-12"),
    ("Modi and Xi held an informal summit in Wuhan on 27–28 April 2018.", "2018-04-27", "2018-04-28"),
    ("Modi and Xi held an informal summit in Wuhan from 27 to 28 April.", "2018-04-27", "2018-04-28"),
    # two days joined by "and" before the month (official readouts: "on 4 and 5 September 2018")
    ("Lee Hsien Loong will hold talks with Joko Widodo in Bogor on 4 and 5 September 2018.",
     "2018-09-04", "2018-09-05"),
    ("On 28 and 29 April Foreign Minister Steinmeier holds talks with Erna Solberg in Oslo.", "2018-04-28",
     "2018-04-29"),
    # a number after a date that is no day of it
    ("Modi and Xi met in Wuhan on April 27 - 60 people protested.", "2018-04-27", None),
    ("Modi and Xi met in Wuhan on April 27 and 5 percent more trade was agreed.", "2018-04-27", None),
])
def test_a_meeting_of_several_days(text, start, end):
    evs = events_of(text, published=P)
    assert [(e.date, e.end_date) for e in evs] == [(start, end)]
    if end:
        assert evs[0].date_end == end  # the span the timeline draws


def test_a_day_of_a_meeting_of_several_days_is_that_meeting_in_another_article():
    evs = events_of("Philippine President Ferdinand Marcos Jr. met Chinese President Xi Jinping during his Jan 3-5 "
                    "state visit to Beijing.",
                    "Chinese President Xi Jinping met Philippine President Ferdinand Marcos Jr. in Beijing on Jan. 5.",
                    published=date(2023, 1, 6))
    assert len({e.event_id for e in evs}) == 1


@pytest.mark.parametrize("text,start,end", [
    # the headline tells the first day, the text the days: the end day of the text's range stays
    ("Italian President Sergio Mattarella on state visit from May 9\n\nRome: Italian President Sergio Mattarella "
     "will be on a state visit to Greece from May 9 to 12, at the invitation of Greek Prime Minister Kyriakos "
     "Mitsotakis.", "2018-05-09", "2018-05-12"),
    # talks on a later day of the visit are the visit
    ("Italian President Sergio Mattarella will pay a four-day state visit to Greece from May 9 to 12. Greek Prime "
     "Minister Kyriakos Mitsotakis will hold talks with the Italian president Sergio Mattarella on May 10.",
     "2018-05-09", "2018-05-12"),
    # the talks' day read in another year than the visit's (the text's last year is 2017)
    ("Italian President Sergio Mattarella will pay a three-day visit to Greece from May 9, aiming to further "
     "strengthen the bilateral ties. Mattarella will hold talks with Prime Minister Kyriakos Mitsotakis on May 10, a "
     "report said. This will be his first bilateral visit abroad after becoming the president in July 2017.",
     "2018-05-09", "2018-05-11"),
])
def test_one_visit_of_several_days_told_twice_in_an_article(text, start, end):
    evs = events_of(text, published=P)
    assert [(e.date, e.end_date, e.status) for e in evs] == [(start, end, "planned")]


@pytest.mark.parametrize("text,published,expected", [
    # talks told within a trip of three days or more, dated by the trip's first day alone: the trip's month
    ("Danish Foreign Minister Anders Samuelsen will be paying a visit to India from November 26 to 29. External "
     "Affairs Minister Sushma Swaraj will also hold extensive talks with him.", date(2017, 11, 23), ["2017-11"]),
    ("President Tran Dai Quang paid a state visit to Egypt from August 25 to 28. During the visit, he held talks "
     "with President Abdel Fattah al-Sisi.", date(2018, 8, 29), ["2018-08"]),
    # not: the trip's first day told as the arrival, or a day of the trip told as the talks'
    ("Chinese Premier Li Keqiang arrived here Sunday on a three-day state visit, during which he will hold talks "
     "with Prime Minister Manmohan Singh.", date(2013, 5, 19), ["2013-05-19"]),
    ("President Maithripala Sirisena met with Australian Prime Minister Malcolm Turnbull on day two of his three-day "
     "state visit to Australia, on Thursday.", date(2017, 5, 25), ["2017-05-25"]),
    # nor a trip of two days (its talks are on its first day as often as not)
    ("President Tran Dai Quang paid a state visit to Egypt from August 25 to 26. During the visit, he held talks "
     "with President Abdel Fattah al-Sisi.", date(2018, 8, 29), ["2018-08-25"]),
])
def test_talks_within_a_trip_of_several_days_are_of_its_month(text, published, expected):
    evs = events_of(text, published=published)
    assert [e.date for e in evs] == expected


@pytest.mark.parametrize("text,start,end", [
    # a day told from the article's ("yesterday", "today") and a stay of several days: the stay's first day, or its
    # last when the stay is told as ended
    ("Indian Prime Minister Narendra Modi arrived in Washington yesterday for a three-day state visit to meet Trump.",
     "2018-04-30", "2018-05-02"),
    ("Vice President Joe Biden arrived today for a two-day visit and will meet Prime Minister Kamla Persad-Bissessar.",
     "2018-05-01", "2018-05-02"),
    ("The Eritrean President Isaias Afwerki concluded yesterday his two-day official visit to Ethiopia, where he met "
     "Abiy Ahmed.", "2018-04-29", "2018-04-30"),
    # the plural before the stay it measures ("his two days historic visit", a wire's English)
    ("Prime Minister Narendra Modi concluded his two days official visit to Japan yesterday, where he met Shinzo "
     "Abe.", "2018-04-29", "2018-04-30"),
    ("Vice President Joe Biden arrived today for a three days working visit and will meet Prime Minister Kamla "
     "Persad-Bissessar.", "2018-05-01", "2018-05-03"),
])
def test_a_stay_of_several_days_from_a_day_told_from_the_articles(text, start, end):
    assert [(e.date, e.end_date) for e in events_of(text, published=P)] == [(start, end)]


@pytest.mark.parametrize("text,start,end", [
    # the day told before "at the end of his two-day visit" is the stay's last (a Xinhua page, dev16 d16_13), its
    # hour of the day too ("on Saturday afternoon")
    ("Chinese Premier Wen Jiabao left Kampala for home on Saturday afternoon at the end of his two-day official visit "
     "to Uganda, where he held talks with President Yoweri Museveni.", "2018-04-27", "2018-04-28"),
    ("Prime Minister Narendra Modi left Tokyo on Monday at the close of his three-day visit to Japan, where he met "
     "Shinzo Abe.", "2018-04-28", "2018-04-30"),
    # the day of a sentence whose last clause tells the stay as ending (", wrapping up a two-day summit"), however far
    # before it (a Reuters lede, redteam1 01)
    ("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping agreed on Saturday to issue \"strategic "
     "guidance\" to their militaries to avoid a repeat of last year's standoff on the Doklam plateau, wrapping up an "
     "unusual two-day informal summit in the central Chinese city of Wuhan.", "2018-04-27", "2018-04-28"),
    ("Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Wednesday, "
     "concluding a three-day state visit to Russia.", "2018-04-30", "2018-05-02"),
    # not a clause that tells the stay as beginning
    ("Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Wednesday, "
     "beginning a three-day state visit to Russia.", "2018-05-02", "2018-05-04"),
    # not a day told after the stay ("a two-day visit ... on Saturday"): the stay begins then
    ("Prime Minister Narendra Modi will arrive on Saturday for a two-day visit to Japan and meet Shinzo Abe.",
     "2018-05-05", "2018-05-06"),
])
def test_a_day_told_at_the_end_of_a_stay_of_several_days_is_its_last(text, start, end):
    assert [(e.date, e.end_date) for e in events_of(text, published=P)] == [(start, end)]
