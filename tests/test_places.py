"""Places where meetings happen come from the gazetteer, after a cue; the largest city of a name wins."""

import pytest

from loaders import places


def names(text):
    return [(p.name, p.country) for p in places.find(text)]


@pytest.mark.parametrize("text,expected", [
    ("They met in Moscow on Monday.", [("Moscow", "Russia")]),
    ("in the Russian seaport city of Vladivostok on Sept. 2", [("Vladivostok", "Russia")]),
    ("At a meeting in the southern Russian resort of Sochi in May", [("Sochi", "Russia")]),
    ("the APEC summit in Peru in November", [("Peru", "Peru")]),
    ("at their meeting in New York in late September", [("New York", "United States")]),
    ("a summit in Japan's western prefecture of Yamaguchi, on Dec. 15", [("Japan", "Japan"), ("Yamaguchi", "Japan")]),
    ("During a Singapore summit in November", [("Singapore", "Singapore")]),
    ("Putin's visit to Japan at the end of the year", [("Japan", "Japan")]),
    ("a summit of the Group of 20 economies in Osaka.", [("Osaka", "Japan")]),
    ("They met at the Kremlin.", [("Moscow", "Russia")]),
    # a landmark's city in the country data/meeting_words.json gives it, not the larger namesake (Australia's)
    ("They met at Trump's Mar-a-Lago estate.", [("Palm Beach", "United States")]),
    ("In Lima, the leaders met.", [("Lima", "Peru")]),
    ("They signed the pact at a hotel in the Argentine capital.", [("Buenos Aires", "Argentina")]),
    ("Leaders attending the summit in the South Korean capital met.", [("Seoul", "South Korea")]),  # two words
    ("Davutoglu left for Tehran on Friday for a two-day official visit.", [("Tehran", "Iran")]),  # a departure
    ("The minister departed for Beijing after the talks.", [("Beijing", "China")]),
    ("The ministers met in the Sri Lankan capital on Friday.", [("Colombo", "Sri Lanka")]),
    ("Blinken flew to the Ukrainian capital on Monday.", [("Kyiv", "Ukraine")]),
    ("The leaders met in Seoul in May.", [("Seoul", "South Korea")]),
    # the place noun right before the name, after a cue: "the capital Ankara", "the port city Odesa"
    ("The president received his guest in the capital Ankara on Friday.", [("Ankara", "Turkey")]),
    ("Talks were held in the Turkish capital, Ankara, on Monday.", [("Ankara", "Turkey")]),
    ("The ministers travelled to the port city Odesa.", [("Odesa", "Ukraine")]),
    # a venue named before its town: "at the Presidential Villa, Abuja", "at State House Entebbe"
    ("He met the envoy at the Presidential Villa, Abuja.", [("Abuja", "Nigeria")]),
    ("The two presidents held talks at State House Entebbe yesterday.", [("Entebbe", "Uganda")]),
    ("At State House Entebbe, the two presidents held talks.", [("Entebbe", "Uganda")]),
    # a venue named after a town elsewhere, then the town it is in: not the namesake (Bole, China)
    ("He arrived at Bole International Airport, Addis Ababa, on Sunday.", [("Addis Ababa", "Ethiopia")]),
    ("The president landed at Jomo Kenyatta International Airport, Nairobi.", [("Nairobi", "Kenya")]),
    # a town or province the gazetteer lacks, then its country
    ("The minister is paying an official visit to Qinghai, China, from 20-21 August.", [("China", "China")]),
    ("The ministers met in Gangwon, South Korea, on Friday.", [("South Korea", "South Korea")]),
    # a country before the talks, their place told after them: what the talks are on
    ("Russia, Turkey & Iran to hold Syria talks in Kazakhstan next week", [("Kazakhstan", "Kazakhstan")]),
    ("They will hold Afghanistan peace talks at the Qatari capital on Monday.", [("Doha", "Qatar")]),
    ("They will hold Syria talks next week.", [("Syria", "Syria")]),
    # the most senior officials meeting somewhere: a place all the same
    ("The most senior officials of the two sides met in Beijing on Friday.", [("Beijing", "China")]),
    # a country in the possessive after "visit of" or "visit by": whose visit it is, the place told after it
    ("The visit of Ethiopia’s Minister of Foreign Affairs Mr Gedion Timotheos to Moscow, taking place on 20–21 "
     "October", [("Moscow", "Russia")]),
    ("during the visit of India's Prime Minister Narendra Modi to Japan", [("Japan", "Japan")]),
    ("a visit by Japan's prime minister to Seoul in May", [("Seoul", "South Korea")]),
])
def test_places(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a venue of data/venues.csv over the gazetteer's namesake, or where it has none
    ("Leaders of the G20 met in Bali on Tuesday.", [("Bali", "Indonesia")]),
    ("Modi held talks with Rutte in Davos on Thursday.", [("Davos", "Switzerland")]),
    ("The G7 leaders gathered in Kananaskis in June.", [("Kananaskis", "Canada")]),
    # another spelling of a city the gazetteer holds: its name there
    ("Putin arrived in Ulan Bator on Tuesday.", [("Ulaanbaatar", "Mongolia")]),
    ("Xi and Tokayev met in Nur-Sultan.", [("Astana", "Kazakhstan")]),
    ("He visited Kiev in March.", [("Kyiv", "Ukraine")]),
    # a capital or a summit's town too small for the gazetteer
    ("The two leaders met in Valletta on Friday.", [("Valletta", "Malta")]),
    ("The G7 summit in Taormina ended on Saturday.", [("Taormina", "Italy")]),
])
def test_venues_and_small_towns_of_the_data(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Japan and Russia remain far apart.",  # no cue: a country as a party, not a place
    "The Argentine capital markets fell.",  # no cue
    "Abe said the talks went well.",
    "Lavrov told reporters.",
    "The ministers last met in March.",  # a month, not the English town of March
    "A follow-up meeting is planned in Spring.",  # a season, not Spring, Texas
    "The capital Ankara has grown fast.",  # a place noun without a cue before it
    "Tinubu meets the three presidents in Aso Villa",  # a residence named like a town elsewhere (Aso, Japan)
    "The leaders met at Lancaster House.",
    "Modi held talks with Biden at Lok Kalyan Marg on Friday.",  # a street named like a town (Kalyan, India)
    "The two leaders walked along Nanjing Road.",
    "He had a leading role at the UN Climate Change Summit.",  # the venue's own noun, not Summit, New Jersey
    "They discussed the situation in Ukraine and Belarus.",  # what the talks are about, not where
    "The two leaders spoke of the war in Sudan.",
    # a place someone is ranked within (after a superlative), not where they meet
    "The second-highest ranking politician in China is meeting with Prime Minister Chris Luxon on Thursday.",
    "Wang, the most senior foreign policy official in China, met Blinken on Thursday.",
    "He met the presidents of nine other countries in South America.",  # a region, not the country "America"
    "They discussed the security in Central Asia.",  # a region, not Central (a town)
    "They met to discuss progress under the Paris Agreement.",  # a longer name: the agreement, not Paris
    "The envoys met with the OSCE Minsk Group co-chairs.",
    "He will hold talks with his counterpart, the foreign ministry in Warsaw has said.",  # who says the news
    "Gilani met Singh on Tuesday, the prime minister's office in Islamabad said.",
])
def test_no_place(text):
    assert names(text) == []


@pytest.mark.parametrize("text,country", [
    ("They met in Palm Beach, Florida, on Wednesday.", "United States"),
    ("They met in Palm Beach, Fla., on Wednesday.", "United States"),
    ("They met on Wednesday in Palm Beach, Florida.", "United States"),
    ("They met in Palm Beach on Wednesday.", "Australia"),  # alone: the most populous of the name
    ("They met in Hyderabad, Pakistan, on Monday.", "Pakistan"),
    ("They met in Hyderabad on Monday.", "India"),
])
def test_the_country_or_state_after_a_city_says_which_city(text, country):
    place = places.find(text)[0]
    assert (place.name, place.country) == (text.split(" in ")[1].split(",")[0].split(" on")[0], country)


@pytest.mark.parametrize("text,names", [
    ("Biden met Xi in Bali, the White House said.", ["Bali"]),  # who speaks, not where
    ("The Kremlin's readout said the leaders met.", []),
    ("Biden hosted Xi at the White House on Monday.", ["Washington"]),  # where
])
def test_a_landmark_that_speaks_is_no_place(text, names):
    assert [p.name for p in places.find(text)] == names


@pytest.mark.parametrize("text,expected", [
    ("The two leaders held talks last year in Phnom Penh, Cambodia, on the sidelines of a summit.", []),
    ("They met at Labuan Bajo, Indonesia, on Wednesday.", []),
    ("The two presidents met on the sidelines of the G20 summit in Hamburg (Germany) last July.", []),
    ("the leaders of Vietnam (and) Laos", ["Vietnam", "Laos"]),
    ("He will meet leaders from Japan, Italy and Germany.", ["Japan", "Italy", "Germany"]),
    ("talks with the leaders of Thailand, Singapore and Brunei", ["Thailand", "Singapore", "Brunei"]),
    # a word of a longer name is no country of its own ("America" of "United States of America")
    ("on the margins of the APEC Leaders' Summit in San Francisco, United States of America.", []),
    ("the foreign ministers of the United States of America and Japan", ["United States", "Japan"]),
    # "Latin America", "Central America": regions, not the United States
    ("the summit of community leaders with Latin America and the Caribbean", []),
    ("during his tour of Central America and the Caribbean", []),
    ("the leaders of South Korea and Japan", ["South Korea", "Japan"]),
    # a country's dollar ("US$", "US $") is a currency, no party
    ("to achieve the bilateral trade target of US$ 5 billion set by the two leaders", []),
    ("The US and Japan agreed to lift trade to US $5 billion.", ["United States", "Japan"]),
    ("The US has given Ukraine $40 billion in aid since the war began.", ["United States", "Ukraine"]),
])
def test_a_country_after_its_city_is_a_place_not_a_party(text, expected):
    assert places.countries_in(text) == expected


@pytest.mark.parametrize("text,where,parties", [
    # the places of a trip's way are neither where the meeting is held nor parties to it
    ("Modi met Sheikh Mohamed during a stopover here on his way to India from Germany.", [], []),
    ("Modi met Sheikh Mohamed in Abu Dhabi on his way back home from a visit to Germany.",
     [("Abu Dhabi", "United Arab Emirates")], []),
    ("They met in Muscat where the Iranian minister had a stopover en route from India to Iran.",
     [("Muscat", "Oman")], []),
    ("Modi met Xi in Beijing on the way to the summit.", [("Beijing", "China")], []),
    ("He travelled to India to meet the leaders of Germany.", [("India", "India")], ["Germany"]),
    # a diplomat's post is no place of the meeting
    ("The meeting was attended by Lebanon's Ambassador to Washington Gabi Issa.", [], ["Lebanon"]),
    ("He met the EU ambassador to China in Beijing.", [("Beijing", "China")], ["European Union"]),
    # a body named by a town's name after another word
    ("Abbas met him ahead of the Arab League meeting in Cairo.", [("Cairo", "Egypt")], []),
])
def test_the_places_of_a_trips_way_a_diplomats_post_or_a_body(text, where, parties):
    assert (names(text), places.countries_in(text)) == (where, parties)


@pytest.mark.parametrize("text,expected", [
    ("French President Emmanuel Macron To Visit India On March 9", [("India", "India")]),
    ("Leaders Arrive At Summit In Moscow", [("Moscow", "Russia")]),
])
def test_a_headlines_words_in_title_case_are_no_towns(text, expected):
    """"Macron To Visit India": "To" is a word, not the town in Burkina Faso; "At Summit" not Summit, New Jersey."""
    assert names(text) == expected


def test_a_word_that_names_a_person_of_the_sentence_is_no_place():
    from datetime import date

    from tests.helpers import events_of

    text = ("North Korean leader Kim Jong Un and U.S. President Donald Trump were to meet in Singapore. In a letter to "
            "Kim on Thursday, Trump cited hostility as his reason for backing out of the summit.")
    assert {e.location for e in events_of(text, published=date(2018, 5, 26))} <= {"Singapore", None}


@pytest.mark.parametrize("text,expected", [
    # talks to be resumed with a country: a country spoken of, not a party of the meeting told
    ("Lee and Xi will work together for the resumption of talks with North Korea.", []),
    ("They hoped for renewed engagement with Russia.", []),
    ("They called for a return to talks with Iran.", []),
    # the parties themselves are still named
    ("He held talks with Japan and China.", ["Japan", "China"]),
    # a list of countries spoken of: every item of it, not only the first
    ("Johnson met Tillerson, the US Secretary of State, to discuss a number of issues including Yemen, Syria and "
     "Iran.", ["United States"]),
    ("They will meet again in Paris for discussions on Syria and Yemen with their counterparts.", []),
    ("The two ministers held talks on Ukraine, Belarus and Moldova.", []),
    ("He will meet leaders of several countries including Japan, Italy and Germany.", ["Japan", "Italy", "Germany"]),
])
def test_a_country_of_talks_to_resume_is_spoken_of(text, expected):
    assert places.countries_in(text) == expected


@pytest.mark.parametrize("text", ["They met in St. Petersburg on Monday.", "They met in St Petersburg on Monday."])
def test_st_is_saint_and_the_largest_city_of_the_form(text):
    """"St." and "St" for Saint: Russia's Saint Petersburg, not Florida's St. Petersburg."""
    assert [(p.name, p.country) for p in places.find(text)] == [("Saint Petersburg", "Russia")]


@pytest.mark.parametrize("text,expected", [
    # a country that names what is talked of is no party
    ("G7 foreign ministers met to build on progress on the Ukraine crisis and Iran's nuclear programme.", []),
    ("Foreign ministers met amid confrontation between Russia and the West over the Ukraine war.", ["Russia"]),
    # parties stay parties
    ("Japan and China foreign ministers held talks.", ["Japan", "China"]),
    ("Russia and Ukraine held talks in Istanbul.", ["Russia", "Ukraine"]),
])
def test_a_country_that_names_a_topic_is_no_party(text, expected):
    assert places.countries_in(text) == expected


@pytest.mark.parametrize("a,b,same", [
    # a city named with and without a word before it ("New Delhi", "Delhi"): one place for a meeting
    ("in New Delhi", "in Delhi", True),
    ("in Kuwait City", "in Kuwait City", True),
    # other cities of the country, or a like name of another country's city: two places
    ("in New Delhi", "in Mumbai", False),
    ("in New York", "in York", False),
])
def test_the_places_of_one_meeting(a, b, same):
    from loaders.mention.merging import places_compatible
    pa, pb = places.find(a)[0], places.find(b)[0]
    assert places_compatible(pa, pb) is same


@pytest.mark.parametrize("text, expected", [
    ("a visit to Sudan, Chad and Tunisia last December", ["Sudan", "Chad", "Tunisia"]),
    ("will be visiting Berlin and Paris to speak to Merkel", ["Berlin", "Paris"]),
    ("travel to Riyadh, Doha, and Abu Dhabi next week", ["Riyadh", "Doha", "Abu Dhabi"]),
    ("a tour of Narnia and Chad", [None, "Chad"]),  # a name the gazetteer does not know stays in its place
])
def test_each_place_of_a_list_told_by_name(text, expected):
    import re
    said = re.search(places.PLACE_LIST, text)
    assert said is not None
    found = places.listed(text, said.start(), said.end(), 100)
    assert [p.name if p else None for p in found] == expected
    for p in found:
        if p is not None:
            assert text[p.start - 100:p.end - 100] == p.name
