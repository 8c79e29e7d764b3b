"""Which recurring summit a sentence names: the leaders' summit, not the ministers' meetings of the same group."""

import pytest

from loaders.mention.series import series_named
from tests.helpers import events_of


@pytest.mark.parametrize("text,series", [
    ("Abe and Putin met on the sidelines of the G20 summit in Osaka.", "G20"),
    ("Abe met Putin at the APEC summit in Lima.", "APEC"),
    ("At the G20 in Hamburg, ministers met too.", "G20"),
    ("Wang met Retno, who chaired the 56th ASEAN Foreign Ministers' Meeting in Jakarta.", None),
    ("Blinken met Wang at a G20 foreign ministers' meeting in New Delhi.", None),
    ("G20 finance ministers met in Washington.", None),
    ("Lavrov met Kono at the APEC Ministerial Meeting.", None),
    ("Biden met Erdogan at the NATO summit in Vilnius.", "NATO"),
    ("Erdogan met Putin on his first trip to a NATO member this year.", None),  # NATO, not its summit
    ("Abe met Modi on the sidelines of the ASEAN meetings in Vientiane.", "ASEAN"),
    # the African Union's and Africa's leaders' summits; the ministers' conference "of" a series is not its summit
    ("Lourenco met Kagame on the sidelines of the 37th ordinary AU summit in Addis Ababa.", "AU"),
    # the acronym set after the name ("the African Union (AU) summit"): the name and the word after it still read
    ("Al-Sisi met on Sunday with African leaders at the 27th African Union (AU) summit in Kigali, Rwanda.", "AU"),
    ("Rutte met Harris at the Shanghai Cooperation Organisation (SCO) summit in Astana.", "SCO"),
    ("Susilo and Howard met on the sidelines of the Asia Pacific Economic Cooperation (APEC) forum.", "APEC"),
    ("Sisi met Kagame on the sidelines of the African Union (AU) Commission's meeting.", None),
    ("Mnangagwa will meet Putin at the Russia-Africa Summit in Sochi.", "RUSAF"),
    # an acronym as British and South African papers write it
    ("Xi and Ramaphosa will hold talks ahead of the 10th Brics Summit.", "BRICS"),
    ("Abe met Modi at the Asean summit in Vientiane.", "ASEAN"),
    ("Wang met Retno after the 8th Ministerial Conference of the Tokyo International Conference on African "
     "Development.", None),
    # the Pacific Islands Forum by its older name
    ("Sikua met Rudd prior to the Pacific Forum Leaders Meeting in Alofi, Niue.", "PIF"),
    # the group's office, members or secretariat: no summit
    ("At the meeting Anwar, in his capacity as ASEAN Chair, will seek Thailand's cooperation.", None),
    ("The meeting will benefit the 10 ASEAN member states.", None),
    ("Son met ASEAN Secretary-General Lim Jock Hoi in Jakarta.", None),
])
def test_series_named(text, series):
    assert series_named(text) == series


def test_a_ministers_meeting_is_not_dated_by_the_leaders_summit():
    (ev,) = events_of("Chinese Foreign Minister Wang Yi met Indonesian Foreign Minister Retno Marsudi in Jakarta on "
                      "Wednesday, on the sidelines of the ASEAN Foreign Ministers' Meeting.")
    assert "ASEAN" not in ev.date_reason
    assert ev.date is None  # two long terms of office leave more than one year


@pytest.mark.parametrize("text,published,value", [
    ("Earlier in the year, in July, Donald Trump and Vladimir Putin had a summit at the G20 meeting of world leaders "
     "in Hamburg, Germany.", "2018-07-10", "2017-07"),
    ("In July, Donald Trump and Vladimir Putin met at the G20 summit in Hamburg.", "2017-08-01", "2017-07"),
    ("In November, Donald Trump and Xi Jinping met at the G20 summit in Buenos Aires.", "2019-10-01", "2018-11"),
])
def test_the_month_of_a_series_summit_at_a_place_is_that_summits_month(text, published, value):
    """"in July ... at the G20 meeting in Hamburg" told in July 2018: the Hamburg G20 (July 2017), not the July just
    past, where the series met elsewhere or not at all."""
    from datetime import date

    (ev,) = events_of(text, published=date.fromisoformat(published))
    assert ev.date == value


@pytest.mark.parametrize("text,series", [
    ("At the NATO Summit in Madrid, the leaders met.", "NATO"),
    ("Leaders gathered for the Arab League Summit in Jeddah.", "ARAB"),
    ("The Quad Leaders' Summit was held in Tokyo.", "QUAD"),
])
def test_a_series_is_named_in_title_case_too(text, series):
    assert series_named(text) == series


def test_a_meeting_held_at_a_series_summit_just_past_is_of_its_month():
    """"At the NATO Summit in Madrid, Yoon, Biden and Kishida held their first meeting" (no day told): the month of
    the Madrid summit that just took place."""
    from datetime import date

    text = ("At the NATO Summit in Madrid, Spain, President Yoon Suk-yeol, U.S. President Joe Biden and Japanese Prime "
            "Minister Fumio Kishida held their first meeting to discuss North Korea.")
    (ev,) = events_of(text, published=date(2022, 6, 30))
    assert (ev.date, ev.location) == ("2022-06", "Madrid")


@pytest.mark.parametrize("text,series", [
    # "NAME summit" told the other way round, "summit of the NAME": a body's name of several words, or its acronym
    ("Erdogan was in Samarkand to attend the ninth summit of the Organization of Turkic States (OTS).", "OTS"),
    ("Aliyev met Tokayev before the summit of the Commonwealth of Independent States in Dushanbe.", "CIS"),
    ("Pashinyan skipped the summit of the CSTO in Minsk.", "CSTO"),
    ("Ruto met Tinubu at the 44th Summit of the Southern African Development Community.", "SADC"),
    # an adjective before "summit" is no name: "summit of the Islamic Republic" is no Islamic summit
    ("Raisi met Aliyev after the summit of the Islamic Republic's neighbours in Tehran.", None),
    ("Sharif met Erdogan ahead of the summit of Gulf states in Doha.", None),
])
def test_a_series_is_named_as_summit_of_the_body(text, series):
    assert series_named(text) == series


def test_the_numbered_summit_of_a_body_dates_a_weekday_of_an_undated_page():
    """"on Friday ... to attend the ninth summit of the Organization of Turkic States" on a page with no date: the
    ninth OTS summit (Samarkand, Friday 11 November 2022) says which Friday."""
    (ev,) = events_of("President Recep Tayyip Erdogan on Friday met Azerbaijani President Ilham Aliyev while in "
                      "Samarkand, Uzbekistan to attend the ninth summit of the Organization of Turkic States (OTS).")
    assert ev.date == "2022-11-11"
