"""Meeting mentions: type, status, participants, place; general talk is not an event."""

from datetime import date
from pathlib import Path

import pytest

from loaders import actors
from tests.helpers import events_of, folder_events, met

D = date(2016, 9, 8)


@pytest.mark.parametrize("text,etype", [
    ("Prime Minister Shinzo Abe met Russian President Vladimir Putin in Moscow on Monday.", "summit"),
    ("Foreign Minister Fumio Kishida and Russian Foreign Minister Sergey Lavrov held talks in Moscow on Monday.",
     "ministerial"),
    ("Japan and Russia will hold vice foreign ministerial talks in Tokyo in June.", "vice_ministerial"),
    ("Japan and Russia held working-level talks in Tokyo on Friday.", "working_level"),
    ("Russian Deputy Foreign Minister Igor Morgulov summoned Japanese Ambassador Toyohisa Kozuki on Wednesday.",
     "other"),
    ("U.S. President Barack Obama and Chinese President Xi Jinping held a summit in Beijing on Nov. 11.", "summit"),
    ("German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk held intergovernmental consultations in "
     "Warsaw on Tuesday.", "summit"),
    ("North Korean leader Kim Jong Un paid a courtesy call on Singaporean Prime Minister Lee Hsien Loong on "
     "Sunday.", "summit"),
    ("U.S. President Joe Biden will sit down with Chinese President Xi Jinping in Woodside on Wednesday.", "summit"),
    ("Russian President Vladimir Putin and Chinese President Xi Jinping held their first face-to-face talks since "
     "February in Samarkand on Thursday.", "summit"),
    ("Brazilian President Lula will meet Vice President Kamala Harris in Washington on Friday.", "summit"),
    ("Chinese Vice President Han Zheng received Pakistani Prime Minister Shehbaz Sharif in Beijing on Monday.",
     "summit"),
    ("Irish Prime Minister Leo Varadkar met European Commission President Ursula von der Leyen in Dublin on "
     "Friday.", "summit"),
    # "Prime ministers" in lower case are heads of government, not ministers
    ("Prime ministers Modi and Dahal will meet for delegation-level talks at Hyderabad House in New Delhi on "
     "Friday.", "summit"),
    # an "official visit" of a minister to a minister is ministerial; a leader's is a summit
    ("Chinese Foreign Minister Wang Yi is on an official visit to Vietnam at the invitation of his counterpart "
     "Pham Binh Minh.", "ministerial"),
    ("Indian External Affairs Minister Sushma Swaraj paid an official visit to Hanoi on Monday.", "ministerial"),
    ("Chinese President Xi Jinping paid an official visit to Vietnam on Monday.", "summit"),
    # a "summit" word that ministers of two countries, and no leader, hold is theirs: ministerial
    ("Japanese Foreign Minister Fumio Kishida and Russian Foreign Minister Sergey Lavrov held a joint summit in "
     "Tokyo with US Secretary of State John Kerry.", "ministerial"),
    # ... and so is one a group of foreign ministers holds with a minister named
    ("Top diplomats of Southeast Asian countries held a summit with China's Foreign Minister Wang Yi on Thursday in "
     "Kuala Lumpur.", "ministerial"),
    # defence ministers of the data, named without a title: ministerial; a head receiving another country's
    # national security adviser or envoy, or two advisers: working level
    ("Rajnath Singh held talks with Lloyd Austin at the Pentagon on Monday.", "ministerial"),
    ("Ajit Doval met Jake Sullivan in Washington on Monday.", "working_level"),
    ("US National Security Adviser H R McMaster called on Prime Minister Narendra Modi in New Delhi on Tuesday.",
     "working_level"),
])
def test_type(text, etype):
    evs = events_of(text, published=D)
    assert [e.type for e in evs] == [etype]


@pytest.mark.parametrize("text,status", [
    ("Abe met Putin in Sochi on Friday.", "held"),
    ("Abe will meet Putin in Sochi on Friday.", "planned"),
    ("Abe and Putin plan to meet in Sochi in November.", "planned"),
    ("Abe and Putin agreed to hold a summit in Tokyo on Dec. 15.", "planned"),
    ("A summit between Abe and Putin is slated for Dec. 15 in Tokyo.", "planned"),
    ("Putin is expected to visit Japan in December to meet Abe.", "planned"),
    ("Abe visited Moscow in April 2013 and met Putin.", "held"),
    ("At the summit on May 6 in Sochi, Abe proposed a new approach to Putin.", "held"),
    ("In early May, the summit of Abe and Putin in Sochi produced few results.", "held"),
    ("Abe and Putin may meet in Sochi in November.", "planned"),
    ("Abe will be received by Putin in Sochi on Friday.", "planned"),  # a future passive
    ("Abe is to be hosted by Putin in Sochi on Friday.", "planned"),
    ("Abe was received by Putin in Sochi on Friday.", "held"),
    ("Abe to embark on a three-day visit to Russia on Friday to meet Putin.", "planned"),
    # what governs "to meet": an intent plans it, a trip made holds it
    ("Abe said he was ready to meet Putin in Sochi on Friday.", "planned"),
    ("Abe was ready for talks with Putin in Sochi on Friday.", "planned"),
    ("Abe and Putin agreed to meet again in Sochi on Friday.", "planned"),
    ("Abe and Putin have agreed to have a separate discussion on the sidelines of the summit.", "planned"),
    ("Abe and Putin agreed to have talks in Sochi on Friday.", "planned"),
    ("Abe flew to Sochi to meet Putin on Friday.", "held"),
    # a headline's future: its subject, "to" and the verb, with nothing governing "to"
    ("Abe, Putin To Meet In Sochi", "planned"),
    ("Japanese PM Abe to host Putin in Tokyo", "planned"),
    ("In Sochi on Friday, Abe became the first Japanese leader to be received by Putin.", "held"),
    # a decision's day between the decision and the meeting decided on leaves the meeting to come
    ("Abe agreed on Thursday to hold talks with Putin in Sochi.", "planned"),
    ("Putin decided on Monday to meet Abe in Tokyo.", "planned"),
    ("Abe and Putin discussed a possible visit to Japan by Putin.", "planned"),
    # a relative clause in the past tells of a meeting held, whatever the main clause's tense
    ("Abe and Putin are expected to review the outcomes of their summit, which was held in Sochi in May.", "held"),
    # what a meeting gave, told by its past participle, was given at a meeting held
    ("Abe and Putin are expected to take stock of decisions taken at their summit in Sochi in May.", "held"),
    ("Abe will work on the agreement reached at the summit with Putin in Sochi in May.", "held"),
    ("Putin will keep the commitment he made at their first summit with Abe in Sochi in May.", "held"),
    ("Abe urged Russia to implement the results of Putin's state visit to Japan in May.", "held"),
    # "it is to be recalled that", a formula recalling the past, makes nothing planned
    ("It is to be recalled that in May 2016 Abe arrived in Sochi for an official visit to Putin.", "held"),
    ("It will be recalled that Abe met Putin in Sochi in May.", "held"),
    ("Abe told reporters on Monday that he expects to advance ties at his meeting with Putin in Sochi.", "planned"),
    ("It was announced that Abe accepted the principle of a direct meeting with Putin in Sochi in November.",
     "planned"),
    # under way on the paper's own day: "is on Thursday meeting" in Thursday's paper
    ("Prime Minister Shinzo Abe is on Thursday meeting Russian President Vladimir Putin in Sochi.", "held"),
    ("Sources said that the two sides have agreed on Dec. 15 or 16 as the date of the meeting of Abe and Putin.",
     "planned"),
    ("Abe and Putin are expected to follow up on the outcomes of the 7th Annual Summit (AS), held on May 16 in "
     "Sochi.", "held"),
])
def test_status(text, status):
    evs = events_of(text, published=D)
    assert evs and {e.status for e in evs} == {status}


@pytest.mark.parametrize("text,participants,location", [
    ("Prime Minister Shinzo Abe met Russian President Vladimir Putin in the Russian seaport city of "
     "Vladivostok on Sept. 2.", {"Shinzo Abe", "Vladimir Putin"}, "Vladivostok"),
    ("South Korean President Moon Jae-in, who met Kim Jong Un at Panmunjom on April 27, welcomed it.",
     {"Moon Jae-in", "Kim Jong Un"}, "Panmunjom"),
    ("Chinese President Xi Jinping hosted North Korean leader Kim Jong Un in Dalian in May.",
     {"Xi Jinping", "Kim Jong Un"}, "Dalian"),
    ("Secretary of State Mike Pompeo met North Korean official Kim Yong Chol in New York on May 31.",
     {"Mike Pompeo", "Kim Yong Chol"}, "New York"),
    ("Talks between Chinese President Xi Jinping and South Korean President Moon Jae-in began in Beijing on "
     "Thursday.", {"Xi Jinping", "Moon Jae-in"}, "Beijing"),
    # discussions held, with a word of how they went between ("held extensive discussions")
    ("Chinese President Xi Jinping and South Korean President Moon Jae-in held extensive discussions in Beijing on "
     "Thursday.", {"Xi Jinping", "Moon Jae-in"}, "Beijing"),
])
def test_participants_and_place(text, participants, location):
    evs = events_of(text, published=date(2018, 6, 13))
    assert len(evs) == 1
    assert set(evs[0].participants) == participants
    assert evs[0].location == location


@pytest.mark.parametrize("text,published,people", [
    # a city of two words after the visit's word is where it is, not someone met: the host country's leader is
    ("President Hu Jintao Wednesday visited Buenos Aires, the capital of Argentina.", date(2004, 11, 18),
     {"Hu Jintao", "Nestor Kirchner"}),
    ("Chinese President Xi Jinping arrived in Kuala Lumpur on Tuesday for a state visit.", date(2019, 11, 12),
     {"Xi Jinping", "Mahathir Mohamad"}),
    ("Chinese President Xi Jinping arrived in Hong Kong on Tuesday for a state visit.", date(2019, 11, 12),
     {"Xi Jinping"}),
    # someone outside the people data named after the meeting word still is
    ("Trump met with North Korea's General Kim Yong Chol in Washington on Friday.", date(2018, 6, 2),
     {"Donald Trump", "Kim Yong Chol"}),
])
def test_a_place_named_after_the_meeting_word_is_no_one_met(text, published, people):
    """"visited Buenos Aires", "arrived in Kuala Lumpur", "at the Country Club Hotel": a city of the gazetteer or a
    name with a firm's word is no one outside the people data met (event_people.met_someone_unknown, actors._BODIES)."""
    evs = events_of(text, published=published)
    assert [set(met(e)) for e in evs] == [people]


def test_a_hotel_named_after_the_meeting_word_is_no_one_met():
    """"met today at the Country Club Hotel": a name with a firm's word (actors._BODIES), no one met; one person
    alone makes no meeting."""
    assert events_of("Evo Morales met today at the Country Club Hotel in Lima.", published=date(2008, 5, 16)) == []


@pytest.mark.parametrize("text,published,people", [
    ("Vice President Kamala Harris met Indian Prime Minister Narendra Modi at the White House on Friday.",
     date(2021, 9, 24), {"Kamala Harris", "Narendra Modi"}),
    ("Vice President Mike Pence held talks with Turkish President Recep Tayyip Erdogan in Ankara on Thursday.",
     date(2019, 10, 17), {"Mike Pence", "Recep Tayyip Erdogan"}),
])
def test_a_vice_presidents_meeting_is_a_summit_of_its_country(text, published, people):
    evs = events_of(text, published=published)
    assert [(e.type, set(e.participants)) for e in evs] == [("summit", people)]
    assert "United States" in evs[0].countries


def test_two_leaders_resolve_to_the_articles_leaders():
    text = ("Prime Minister Shinzo Abe and Russian President Vladimir Putin spoke on the phone. "
            "At a meeting in the southern Russian resort of Sochi in May, the two leaders agreed to go on.")
    evs = events_of(text, published=D)
    assert [(e.type, sorted(e.participants), e.location, e.date) for e in evs] == [
        ("summit", ["Shinzo Abe", "Vladimir Putin"], "Sochi", "2016-05")]


@pytest.mark.parametrize("text,date", [
    ("The two leaders met over lunch in London on Monday.", "2016-09-05"),
    ("The two presidents met in Beijing on Sept. 4.", "2016-09-04"),
    ("The three leaders met in Seoul on Tuesday.", "2016-09-06"),
])
def test_a_number_of_people_meeting_is_one_meeting(text, date):
    """"The two leaders met": the number counts people, not meetings (as in "24 summit talks")."""
    text = "Prime Minister Shinzo Abe and Chinese President Xi Jinping were in the region. " + text
    assert [(e.date, e.status) for e in events_of(text, published=D)] == [(date, "held")]


@pytest.mark.parametrize("text", [
    "Further bilateral negotiations will be held, the official added.",
    "Abe and Putin have held three summits this year.",
    "Abe, who has held 24 summit talks with Putin, is seeking a broad agreement.",
    "Japan and Russia remain far apart over the disputed islands.",
    "Kishida said in a news conference that in-depth discussions were held.",
    "Russian Prime Minister Dmitry Medvedev has been visiting the disputed islands recently.",
    # a plan or schedule of meetings is no meeting
    "Foreign Ministers Sergey Lavrov and Murat Nurtleu agreed a plan of consultations between the two countries' "
    "foreign ministries.",
])
def test_general_talk_is_not_an_event(text):
    assert events_of(text, published=D) == []


def test_one_meeting_told_several_times_is_one_event():
    text = ("When Putin met Japanese Prime Minister Shinzo Abe in Vladivostok on Sept. 2, they agreed to hold a "
            "summit in Yamaguchi on Dec. 15. At the latest talks in Vladivostok, they had an in-depth discussion. "
            "Abe said after the meeting that progress was made.")
    evs = events_of(text, published=D)
    assert sorted((e.date, e.location, len(e.evidence_spans)) for e in evs) == [
        ("2016-09-02", "Vladivostok", 3), ("2016-12-15", "Yamaguchi", 1)]


def test_evidence_offsets_point_into_the_text():
    text = "Intro line. Foreign Minister Taro Kono met Sergey Lavrov in Moscow on Monday. Nothing else."
    (ev,) = events_of(text, published=date(2019, 1, 15))
    assert text[ev.evidence_start:ev.evidence_end] == ev.evidence
    assert ev.date == "2019-01-14"


def test_a_head_receiving_a_foreign_minister_is_ministerial():
    (ev,) = events_of("Russian President Vladimir Putin met Japanese Foreign Minister Taro Kono in Moscow on Monday.",
                      published=date(2019, 1, 16))
    assert (ev.type, sorted(ev.participants)) == ("ministerial", ["Taro Kono", "Vladimir Putin"])


def test_attending_a_multilateral_summit_brings_no_counterpart():
    text = ("U.S. President Joe Biden met Chinese President Xi Jinping in Bali on Monday. Xi is expected to attend the "
            "Asia-Pacific Economic Cooperation summit in Bangkok later this week.")
    evs = events_of(text, published=date(2022, 11, 15))
    apec = next(e for e in evs if e.location == "Bangkok")
    assert apec.participants == ["Xi Jinping"]


@pytest.mark.parametrize("text,count", [
    ("Abe and Putin held talks by phone on Monday.", 0),
    ("Abe and Putin held a telephone conversation on Monday.", 0),
    # a call received: no one received in person
    ("Foreign Minister Nasser Bourita received, Tuesday, a telephone call from his counterpart Sergei Lavrov.", 0),
    ("Foreign Minister Nasser Bourita received a phone call from Russian Foreign Minister Sergei Lavrov.", 0),
    ("Foreign Minister Nasser Bourita received Russian Foreign Minister Sergei Lavrov in Rabat on Tuesday.", 1),
    ("Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev. Vladimir Putin had a telephone "
     "conversation with Kassym-Jomart Tokayev on Monday.", 0),
    ("Japan and Australia held 2+2 talks in Tokyo on Monday between their foreign and defense ministers.", 1),
])
def test_phone_calls_are_not_meetings(text, count):
    assert len(events_of(text, published=D)) == count


def test_a_mountain_summit_is_not_diplomacy():
    text = "New Zealand-born Mr Lowe was part of the team that helped Sir Edmund Hillary to the summit in 1953."
    assert events_of(text, published=date(2013, 3, 22)) == []


def test_meeting_between_names_its_participants():
    text = ("It happened in a phone call to Erdogan during a final meeting between Obama and Netanyahu at Ben Gurion "
            "International Airport in Tel Aviv on Friday.")
    (ev,) = events_of(text, published=date(2013, 3, 22))
    assert sorted(ev.participants) == ["Barack Obama", "Benjamin Netanyahu"]
    assert ev.location == "Tel Aviv"


def test_the_place_of_a_meeting_is_in_its_own_clause():
    text = ("President Barack Obama arrived in refugee-flooded Jordan on Friday after scoring a diplomatic coup when "
            "Prime Minister Benjamin Netanyahu apologized to Turkey.")
    (ev,) = events_of(text, published=date(2013, 3, 22))
    assert (ev.location, ev.participants, ev.date) == ("Jordan", ["Barack Obama"], "2013-03-22")


def test_a_surname_alone_takes_the_office_held_on_the_day():
    (ev,) = events_of("Kishida met Russian Foreign Minister Sergey Lavrov in Moscow on Monday.",
                      published=date(2016, 11, 3))
    assert ev.type == "ministerial"  # Kishida was foreign minister in 2016, prime minister from 2021
    (ev,) = events_of("Kishida held a meeting with Chinese President Xi Jinping in San Francisco on Nov. 16.",
                      published=date(2023, 12, 1))
    assert ev.type == "summit"


def test_a_counterpart_is_added_only_if_in_office_then():
    """The article's leaders stand in for a missing side only of meetings in their time in office."""
    text = ("U.S. President Joe Biden met Chinese President Xi Jinping in Woodside on Wednesday. "
            "Chinese President Hu Jintao met Bush in Beijing in November 2005.")
    evs = events_of(text, published=date(2023, 11, 16))
    assert sorted((e.date, tuple(sorted(met(e)))) for e in evs) == [
        ("2005-11", ("George W. Bush", "Hu Jintao")), ("2023-11-15", ("Joe Biden", "Xi Jinping"))]



@pytest.mark.parametrize("text,published,when,people", [
    # a trip's meeting with one told by the title of that time: him, not the article's president of his country
    ("When Javier Milei took the oath in Buenos Aires on Sunday, Lula was in Brasília. On his first foreign trip "
     "after taking office, Lula met then-President Alberto Fernández at the Casa Rosada in Buenos Aires on Jan. 23, "
     "and the two announced a study of a common currency.", date(2023, 12, 12), "2023-01-23",
     ["Alberto Fernández", "Luiz Inacio Lula da Silva"]),
    ("The last Iranian president to visit Iraq was Mahmoud Ahmadinejad, who traveled to Baghdad in March 2008 and "
     "was hosted by then-President Jalal Talabani.", date(2019, 3, 11), "2008-03",
     ["Jalal Talabani", "Mahmoud Ahmadinejad"]),
    # right after a meeting verb, he was kept before too
    ("Saudi Crown Prince Mohammed bin Salman travelled to Washington in March 2018 and was received by then-US "
     "president Donald Trump at the White House.", date(2022, 7, 15), "2018-03",
     ["Donald Trump", "Mohammed bin Salman"]),
])
def test_one_told_with_a_title_of_that_time_met(text, published, when, people):
    """"then-President X" is in office at the meeting told (actors.told_then): a participant, though his role reads
    as a former one for the article's own time."""
    evs = [e for e in events_of(text, published=published) if e.date == when]
    assert [sorted(e.participants) for e in evs] == [people]


_TREATY_TALK = " ".join(["Mr Macron said the treaty was a milestone for Europe.",
                         "Mrs Merkel said populism and nationalism were growing in all their countries."] * 12)


@pytest.mark.parametrize("text,published,when,people", [
    # the clause names one of them only as an owner ("at Schröder's residence"), no pair told before: both leaders
    ("On his way back from Greece, Russian President Vladimir Putin made a short stopover in Germany for informal "
     "talks with the German Chancellor. Meeting at Gerhard Schröder's private residence in Hanover on Sunday, the two "
     "leaders reportedly talked about the future of Afghanistan.", date(2001, 12, 9), "2001-12-09",
     ["Gerhard Schröder", "Vladimir Putin"]),
    # told far after the meetings of two named people: the article's two leaders told of most, not the lunch's guests
    ("French President Emmanuel Macron and German Chancellor Angela Merkel signed a treaty in Aachen on Tuesday. "
     "The leaders held talks over lunch with European Council President Donald Tusk and European Commission "
     "President Jean-Claude Juncker. " + _TREATY_TALK + " The two leaders are expected to meet again in Brussels in "
     "March.", date(2019, 1, 22), "2019-03", ["Angela Merkel", "Emmanuel Macron"]),
])
def test_the_two_leaders_are_the_storys_two_leaders(text, published, when, people):
    """"The two leaders" with no meeting of two named people near before, or with one of them named in the clause
    only as an owner, are the article's two people told of most, heads of two countries in office then
    (event_people._story_leaders)."""
    evs = [e for e in events_of(text, published=published) if e.date == when]
    assert [sorted(e.participants) for e in evs] == [people]


@pytest.mark.parametrize("text,published,people", [
    ("Chinese Foreign Minister Wang Yi is scheduled to meet separately with U.S. President Joe Biden's top national "
     "security adviser, Jake Sullivan, on Friday.", date(2023, 9, 14), ["Jake Sullivan", "Wang Yi"]),
    ("Diana Mondino, Milei's pick for foreign minister, flew to Brasília a week after the election and met Brazilian "
     "Foreign Minister Mauro Vieira at the Itamaraty palace on Nov. 26.", date(2023, 12, 12),
     ["Diana Mondino", "Mauro Vieira"]),
    ("Chinese President Xi Jinping met Russian President Vladimir Putin's foreign minister, Sergei Lavrov, in Beijing "
     "on Monday.", date(2023, 7, 18), ["Sergei Lavrov", "Xi Jinping"]),
    # the owner of a visit is its visitor
    ("Chinese President Xi Jinping's visit to Moscow, Russian President Vladimir Putin said, was a success.",
     date(2023, 3, 25), ["Vladimir Putin", "Xi Jinping"]),
])
def test_one_named_as_the_owner_of_anothers_office_is_no_side(text, published, people):
    """"Biden's top national security adviser, Jake Sullivan", "Mondino, Milei's pick for foreign minister,": the one
    whose adviser, minister or pick the person beside is did not meet (event_people._owner_of_another)."""
    assert [sorted(e.participants) for e in events_of(text, published=published)] == [people]


def test_people_of_one_meeting_told_twice_in_a_sentence_are_all_kept():
    text = ("On his first trip abroad, Brazilian President Luiz Inacio Lula da Silva met Argentine President "
            "Alberto Fernandez in Buenos Aires on Jan. 23, and the two leaders held talks on trade.")
    evs = events_of(text, published=date(2023, 1, 25))
    assert [(e.date, sorted(e.participants)) for e in evs] == [
        ("2023-01-23", ["Alberto Fernandez", "Luiz Inacio Lula da Silva"])]


def test_two_people_outside_the_data_with_a_date_and_a_place_met():
    text = ("Biden met Xi in Woodside on Wednesday. Ties opened when Chairman Mao Zedong received President "
            "Richard Nixon in Beijing in February 1972.")
    evs = events_of(text, published=date(2023, 11, 16))
    assert ("1972-02", ["Mao Zedong", "Richard Nixon"], "Beijing") in [
        (e.date, sorted(e.participants), e.location) for e in evs]


def test_a_meeting_with_its_year_is_not_joined_to_this_weeks_by_place_alone():
    text = ("German Chancellor Olaf Scholz and French President Emmanuel Macron held talks in Paris on Tuesday. "
            "The previous summit was held in Paris in November 2018.")
    evs = events_of(text, published=date(2024, 7, 3))
    assert sorted(e.date for e in evs) == ["2018-11", "2024-07-02"]


def test_meeting_to_prepare_a_summit_is_not_the_summit():
    text = ("Secretary of State Mike Pompeo met North Korean official Kim Yong Chol in New York on May 31 to prepare "
            "the summit.")
    evs = events_of(text, published=date(2018, 6, 13))
    assert [(e.type, e.date, e.location) for e in evs] == [("ministerial", "2018-05-31", "New York")]


def test_a_part_of_a_month_does_not_join_a_weekday():
    """"mid-May" and "Thursday" share no date: the Hiroshima meeting is not the one on Thursday."""
    text = ("South Korean President Yoon Suk Yeol met U.S. President Joe Biden at the White House on Wednesday. "
            "Yoon will address a joint session of Congress on Thursday. Yoon and Biden are expected to meet again "
            "in mid-May in Hiroshima.")
    evs = events_of(text, published=date(2023, 4, 27))
    assert [(e.date, e.status) for e in evs if e.location == "Hiroshima"] == [("2023-05", "planned")]


@pytest.mark.parametrize("second,place,date_", [
    ("They last met in May in Bali.", "Bali", "2023-05"),
    ("The two men met again in New York on Sept. 20.", "New York", "2023-09-20"),
    ("Both leaders had met in Bali in May.", "Bali", "2023-05"),
])
def test_they_are_the_people_of_the_meeting_told_before(second, place, date_):
    text = ("U.S. President Joe Biden and Chinese President Xi Jinping met in Woodside on Wednesday. " + second)
    evs = events_of(text, published=date(2023, 11, 16))
    assert [(sorted(e.participants), e.date) for e in evs if e.location == place] == [
        (["Joe Biden", "Xi Jinping"], date_)]


def test_the_two_countries_are_not_their_leaders():
    text = ("Indian Prime Minister Narendra Modi met Pakistani Prime Minister Nawaz Sharif in Paris on Monday. "
            "The national security advisers of the two countries will meet in Bangkok next week.")
    evs = events_of(text, published=date(2015, 12, 1))
    assert not [e for e in evs if e.location == "Bangkok" and "Narendra Modi" in e.participants]


@pytest.mark.parametrize("text", [
    "U.S. President Donald Trump on Thursday cancelled his planned meeting with Russian President Vladimir Putin.",
    "U.S. President Joe Biden had been due to fly on to Amman for a summit with Jordan's King Abdullah II. "
    "The summit was called off after the blast.",
    "Secretary of State Antony Blinken postponed a planned trip to Beijing in February.",
    "In a letter to Kim Jong Un on Thursday, U.S. President Donald Trump cited hostility as his reason for backing "
    "out of the summit.",
    # a plan told in the past perfect, undone later in its sentence
    "French President Jacques Chirac and German Chancellor Gerhard Schroeder had planned to meet on September 6 to "
    "discuss the summit, but the talks were postponed because of Chirac's illness.",
    "Indian Prime Minister Narendra Modi was scheduled to meet Nepalese Prime Minister Sushil Koirala in Kathmandu "
    "on Monday, but the meeting was cancelled after the earthquake.",
])
def test_a_meeting_called_off_is_no_event(text):
    assert events_of(text, published=D) == []


def test_a_plan_kept_after_but_is_still_a_meeting():
    text = ("French President Jacques Chirac had planned to meet German Chancellor Gerhard Schroeder on Friday, but "
            "the dinner will now be held in Berlin.")
    assert [e.date for e in events_of(text, published=date(2005, 10, 11))] == ["2005-10-14"]


def test_the_day_of_a_report_that_opens_the_sentence_dates_no_meeting():
    text = ("On August 2, the Kremlin press service reported that Russian President Vladimir Putin and Turkish "
            "President Recep Tayyip Erdogan agreed to prepare a possible meeting between the two leaders.")
    assert [e.date for e in events_of(text, published=date(2023, 9, 1))] in ([], [None])


def test_a_postponed_trip_is_not_the_trip_that_takes_place():
    text = ("Secretary of State Antony Blinken will travel to Beijing this weekend to meet Chinese Foreign Minister "
            "Qin Gang. Blinken had been scheduled to visit in February but postponed the trip.")
    evs = events_of(text, published=date(2023, 6, 14))
    assert [(e.date, e.status, e.location) for e in evs] == [("2023-06", "planned", "Beijing")]


@pytest.mark.parametrize("text,place", [
    ("WOODSIDE, Calif. (AP) — U.S. President Joe Biden and Chinese President Xi Jinping met for four hours on "
     "Wednesday.", "Woodside"),
    ("JAKARTA, July 13 (Xinhua) -- Chinese Foreign Minister Wang Yi met with U.S. Secretary of State Antony "
     "Blinken here on Thursday.", "Jakarta"),
])
def test_a_meeting_told_without_a_place_in_the_lede_is_where_the_dateline_says(tmp_path, text, place):
    assert list(folder_events(tmp_path, f"Title\n\n{text}\n\nMore text follows here.\n")["location"]) == [place]


def test_a_meeting_told_later_is_not_placed_by_the_dateline(tmp_path):
    text = ("SEOUL (Reuters) - South Korea welcomed the talks on Tuesday.\n\nPresident Moon Jae-in met Chinese "
            "President Xi Jinping on Dec. 14, 2017, his office recalled.")
    assert list(folder_events(tmp_path, f"Title\n\n{text}\n")["location"]) == [None]


def test_a_trip_within_ones_own_country_is_no_meeting():
    text = ("British Prime Minister Rishi Sunak met European Commission President Ursula von der Leyen in Windsor on "
            "Monday. Sunak will travel to Belfast on Tuesday to sell the deal.")
    evs = events_of(text, published=date(2023, 2, 27))
    assert [e.date for e in evs] == ["2023-02-27"]


def test_a_joint_session_of_congress_is_no_meeting():
    text = ("South Korean President Yoon Suk Yeol met U.S. President Joe Biden at the White House on Wednesday. "
            "Yoon will address a joint session of the U.S. Congress on Thursday.")
    assert [e.date for e in events_of(text, published=date(2023, 4, 26))] == ["2023-04-26"]


def test_they_reach_back_over_a_paragraph_or_two():
    filler = " ".join(["The deal covers the border region and the return of refugees to their homes."] * 10)
    text = ("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Tuesday. "
            f"{filler} They met in Moscow on Aug. 27.")
    evs = events_of(text, published=date(2019, 10, 22))
    assert [(e.date, sorted(e.participants)) for e in evs if e.location == "Moscow"] == [
        ("2019-08-27", ["Recep Tayyip Erdogan", "Vladimir Putin"])]


def test_two_people_before_who_met_are_both_its_participants():
    text = ("U.S. Secretary of State John Kerry and Iranian Foreign Minister Mohammad Javad Zarif met in Lausanne on "
            "Monday. Kerry and Zarif spoke again. Kerry praised Zarif. The work was also done by the British foreign "
            "secretary, Philip Hammond, and Zarif, who met in London on March 5.")
    evs = events_of(text, published=date(2015, 4, 2))
    assert [sorted(e.participants) for e in evs if e.location == "London"] == [
        ["Mohammad Javad Zarif", "Philip Hammond"]]


def test_the_two_leaders_are_the_articles_pair_and_share_a_coordinated_predicate():
    """"The two leaders" after a sentence about someone else are still the article's two leaders; "..., and met
    again" shares their subject."""
    text = ("U.S. President Barack Obama held talks with Cuban President Raul Castro in Havana on Monday. Obama and "
            "Castro praised the progress. He then flies to Buenos Aires, where Obama will hold talks with Argentine "
            "President Mauricio Macri on Wednesday. The two leaders first held formal talks on April 11, "
            "2015, in Panama City, and met again in New York in September.")
    evs = events_of(text, published=date(2016, 3, 21))
    assert sorted((e.date, tuple(sorted(e.participants))) for e in evs if e.date < "2016") == [
        ("2015-04-11", ("Barack Obama", "Raul Castro")), ("2015-09", ("Barack Obama", "Raul Castro"))]


def test_the_two_leaders_of_a_past_year_are_those_then_in_office():
    text = ("U.S. President Joe Biden hosted Indian Prime Minister Narendra Modi at the White House on Thursday. "
            "Biden and Modi signed deals. Modi first met President Barack Obama in Washington in September 2014. "
            "The two leaders met again in Washington on June 7, 2016.")
    evs = events_of(text, published=date(2023, 6, 23))
    assert [sorted(e.participants) for e in evs if e.date == "2016-06-07"] == [["Barack Obama", "Narendra Modi"]]


@pytest.mark.parametrize("second,count", [
    # "this summit", "at that meeting": the meeting told before, never a new one with a date of its own
    ("On Saturday, Xi said that he hoped this informal summit would open a new chapter.", 1),
    ("On Saturday, Xi said that this summit would open a new chapter.", 1),
    # "that" as a conjunction is not pointing back
    ("On Saturday, Xi said that he would meet Russian President Vladimir Putin in Moscow on May 9.", 2),
    # "this Tuesday" is a day, not a meeting pointed back to
    ("President Xi Jinping this Tuesday granted audience to Russian President Vladimir Putin.", 2),
])
def test_a_meeting_pointed_back_to_is_the_one_told_before(second, count):
    text = "Chinese President Xi Jinping met Indian Prime Minister Narendra Modi in Wuhan on Friday. " + second
    assert len(events_of(text, published=date(2018, 4, 29))) == count


@pytest.mark.parametrize("text,published,expected", [
    ("Japan and Russia have asked officials to prepare a meeting of Foreign Ministers Taro Kono and Sergey Lavrov on "
     "July 8. The envoys had discussed the talks for weeks.", date(2019, 6, 20), ("planned", "2019-07-08")),
    ("The two presidents told their staff to prepare a summit of Presidents Barack Obama and Dmitry Medvedev on "
     "June 24. Aides had long discussed the summit.", date(2010, 5, 10), ("planned", "2010-06-24")),
    ("Obama and Medvedev will meet on June 24 in Washington. Aides had long discussed the summit.",
     date(2010, 5, 10), ("planned", "2010-06-24")),
])
def test_an_undated_mention_in_the_past_does_not_make_a_dated_plan_held(text, published, expected):
    """"to prepare a meeting ... on July 8": planned, as the date's own tense says; "had discussed the talks" later
    speaks of the meeting without dating it and does not turn it into one held last year."""
    (ev,) = events_of(text, published=published)
    assert (ev.status, ev.date) == expected


@pytest.mark.parametrize("text,expected", [
    ("Former prime minister Yoshihiko Noda criticised the Japan-Russia summit between Shinzo Abe and Vladimir Putin "
     "during a speech in Osaka on Nov. 3, calling it a failure.", ["2016-11"]),
    ("Former prime minister Yoshihiko Noda praised the summit between Shinzo Abe and Vladimir Putin in Moscow in an "
     "interview on Nov. 3.", ["2016-11"]),
    # a joint news conference is most often held on the day of the talks: its day stays the meeting's
    ("Shinzo Abe and Vladimir Putin held talks in Moscow and spoke at a joint news conference on Nov. 2.",
     ["2016-11-02"]),
    ("Shinzo Abe met Vladimir Putin in Moscow on Nov. 2 and spoke of it during a speech on Nov. 3.", ["2016-11-02"]),
])
def test_a_date_after_another_occasion_is_that_occasions(text, expected):
    """"the summit ... during a speech on Nov. 3": the day of the speech, not of the summit, which is then of the
    article's month."""
    assert [e.date for e in events_of(text, published=date(2016, 11, 4))] == expected


def test_visiting_before_a_title_is_a_visitor_not_a_plan():
    """"with visiting Russian Foreign Minister Sergey Lavrov after their talks": the talks took place; the "will be
    visiting" of another clause does not make them planned."""
    text = ("Chinese President Xi Jinping will be visiting Moscow in June at the invitation of President Vladimir "
            "Putin, Wang Yi said at a news event with visiting Russian Foreign Minister Sergey Lavrov after their "
            "talks.")
    evs = events_of(text, published=date(2019, 7, 10))
    assert sorted((e.type, e.status) for e in evs) == [("ministerial", "held"), ("summit", "planned")]


@pytest.mark.parametrize("text,expected", [
    ("U.S. President Donald Trump and Chinese President Xi Jinping agreed Saturday to restart trade talks after "
     "meeting on the sidelines of the G-20 summit in Osaka.", [("2019-06-29", {"Donald Trump", "Xi Jinping"})]),
    ("Prime Minister Shinzo Abe praised the deal after meeting Russian President Vladimir Putin in Osaka on "
     "Saturday.", [("2019-06-29", {"Shinzo Abe", "Vladimir Putin"})]),
])
def test_the_subject_of_a_sentence_met_in_after_meeting(text, expected):
    """"A and B agreed ... after meeting in Osaka": A and B met (a gerund's subject is the sentence's)."""
    evs = events_of(text, published=date(2019, 6, 30))
    assert [(e.date, set(e.participants)) for e in evs] == expected


@pytest.mark.parametrize("text,expected", [
    # a date before the meeting word reaches it only when the meeting has none of its own after it
    ("Japanese Prime Minister Shinzo Abe and U.S. President Donald Trump played golf on Sunday and held a summit in "
     "Tokyo on Monday.", ["2017-11-06"]),
    ("On Monday, Japanese Prime Minister Shinzo Abe held a summit with U.S. President Donald Trump in Tokyo.",
     ["2017-11-06"]),
    # a date that qualifies the meeting word stays its own, a less precise one after it notwithstanding
    ("U.S. President Donald Trump's Nov. 5-7 state visit to Japan, hosted by Prime Minister Shinzo Abe in 2017, "
     "was his first.", ["2017-11-05"]),
])
def test_a_date_before_the_meeting_word_gives_way_to_its_own(text, expected):
    assert [e.date for e in events_of(text, published=date(2017, 11, 7))] == expected


@pytest.mark.parametrize("text,expected", [
    # the day of the decision is not the day of the meeting decided on
    ("South Korean President Roh Moo-hyun agreed on Thursday to hold summit talks with Japanese Prime Minister "
     "Shinzo Abe at an appropriate time.", [("planned", None)]),
    ("Prime Minister Narendra Modi agreed on Thursday to hold talks with Prime Minister Fumio Kishida in Tokyo next "
     "month.", [("planned", "2023-07")]),
    # ... nor that of a proposal, or of an acceptance of a request or an invitation to meet
    ("Japanese Prime Minister Fumio Kishida on Monday proposed to hold a summit with Chinese Premier Li Qiang later "
     "this month.", [("planned", "2023-06")]),
    ("Cambodian Prime Minister Hun Sen agreed yesterday to a request from his Thai counterpart Prayut Chan-o-cha to "
     "meet on the sidelines of this month's ASEAN summit.", [("planned", "2023-06")]),
    ("Cambodian Prime Minister Hun Sen on Monday accepted a request from his Thai counterpart Prayut Chan-o-cha to "
     "meet later this month.", [("planned", "2023-06")]),
    ("Prime Minister Narendra Modi accepted on Monday an invitation from President Xi Jinping to visit Beijing next "
     "month.", [("planned", "2023-07")]),
    # two leaders agreeing together met that day
    ("Turkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis agreed on Thursday to "
     "open a new chapter in relations.", [("held", "2023-06-01")]),
])
def test_the_day_of_a_decision_to_meet_is_not_the_meetings(text, expected):
    # (a page of Tuesday: a weekday six days from the page's date is the day beside it, test_resolve)
    assert [(e.status, e.date) for e in events_of(text, published=date(2023, 6, 6))] == expected


@pytest.mark.parametrize("text,expected", [
    # the meeting word told first, undated, is the meeting its sentence dates after it: not one of its own that a
    # meeting of the same people told later takes in
    ("German Chancellor Olaf Scholz and President Emmanuel Macron are meeting for talks in Paris on Wednesday. "
     "Tensions between the leaders were laid bare at an EU summit in Brussels last week.",
     [("2022-10-26", "Paris", "German Chancellor Ol"), ("2022-10", "Brussels", "Tensions between the")]),
])
def test_a_meeting_word_before_the_dated_one_of_its_sentence_is_that_meeting(text, expected):
    evs = events_of(text, published=date(2022, 10, 26))
    assert sorted((e.date, e.location, e.evidence[:20]) for e in evs) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # a plan told after a summit under way, the summit as the sentence's time: that summit's date, whatever the tense
    # (told first as the page's subtitle, before the summit itself)
    ("Normandy summit begins in Paris\n\nAfter the summit, Zelensky is scheduled to separately meet with Putin.\n\n"
     "A Normandy summit of four leaders – Volodymyr Zelensky of Ukraine, Vladimir Putin of Russia, Angela Merkel of "
     "Germany, and Emmanuel Macron of France – has begun in Paris.\n\nThis summit has become Zelensky's first "
     "meeting with Putin since his election as Ukraine's president.\n\nAfter the summit, Zelensky is scheduled to "
     "separately meet with Putin.", [("2019-12-09", 2), ("2019-12-09", 4)]),
])
def test_a_meeting_told_after_the_summit_is_on_the_summits_day(text, expected):
    evs = events_of(text, published=date(2019, 12, 9))
    assert sorted((str(e.date), len(e.participants)) for e in evs) == expected


@pytest.mark.parametrize("text,expected", [
    # "the next day" counted from a date of the same sentence
    ("Japanese Prime Minister Shinzo Abe and U.S. President Donald Trump played golf on Sunday and held a summit in "
     "Tokyo the next day.", ["2017-11-06"]),
    # with no date before it in its sentence, it says no day (the article's month, as for a meeting told undated)
    ("Japanese Prime Minister Shinzo Abe and U.S. President Donald Trump held a summit in Tokyo the next day.",
     ["2017-11"]),
])
def test_the_next_day_counts_from_a_date_of_its_sentence(text, expected):
    assert [e.date for e in events_of(text, published=date(2017, 11, 7))] == expected


@pytest.mark.parametrize("text,expected", [
    ("Secretary of State Antony Blinken said Tuesday that Monday's meeting with Chinese President Xi Jinping in "
     "Beijing had been constructive.", [("2023-06-19", {"Antony Blinken", "Xi Jinping"})]),
    # undated, it takes the day its participant spoke of it (as before)
    ("Secretary of State Antony Blinken said Tuesday that the meeting with Chinese President Xi Jinping in Beijing "
     "had been constructive.", [("2023-06-20", {"Antony Blinken", "Xi Jinping"})]),
])
def test_the_speaker_of_a_meeting_with_someone_told_in_a_that_clause(text, expected):
    """"A said Tuesday that Monday's meeting with B ...": A met B on Monday ("Monday's" is no statement date)."""
    evs = events_of(text, published=date(2023, 6, 20))
    assert [(e.date, set(e.participants)) for e in evs] == expected


@pytest.mark.parametrize("text,expected", [
    # a date after "announced that" is of what was announced, the meeting's
    ("Mexican President Andres Manuel Lopez Obrador announced that in March he will hold a meeting with U.S. "
     "Secretary of State Antony Blinken in Tehuantepec.", ["2023-03"]),
    # one before "that" is the announcement's
    ("Mexican President Andres Manuel Lopez Obrador said on Monday that he will hold a meeting with U.S. Secretary "
     "of State Antony Blinken in Tehuantepec.", [None]),
])
def test_a_date_in_what_was_said_is_the_meetings(text, expected):
    assert [e.date for e in events_of(text, published=date(2023, 2, 9))] == expected


@pytest.mark.parametrize("text,published,expected", [
    # ", with X possible as early as <date>": the date forecast for the elections, not the meeting's (before: the end
    # of the previous year, 2003, for a meeting told as held)
    ("The Middle East had entered a new phase, with elections possible as early as the end of the year, Prime "
     "Minister Tony Blair was told during a meeting with President George W. Bush at the White House.",
     date(2004, 6, 5), ["2004-06"]),
    ("Relations had improved, with a trade deal likely in March, Foreign Minister Alexander Downer said after talks "
     "with Indonesian Foreign Minister Hassan Wirajuda in Jakarta.", date(2004, 6, 5), ["2004-06"]),
    # "talks with Kim set for June 12": the "with" of the talks, their own date
    ("President Moon arrived for talks with President Donald Trump about Trump's upcoming summit with Kim Jong Un set "
     "for June 12 in Singapore.", date(2018, 5, 22), ["2018-06-12"]),
])
def test_a_date_a_with_clause_forecasts_for_something_else_dates_no_meeting(text, published, expected):
    assert [e.date for e in events_of(text, published=published)] == expected


def test_a_range_of_years_qualifying_another_noun_dates_no_meeting():
    text = ("Prime Minister Pham Minh Chinh received Indonesian President-elect Prabowo Subianto in Hanoi on "
            "September 14. Chinh congratulated Prabowo on his election for the 2024-2029 term and welcomed his "
            "working visit to Vietnam.")
    evs = events_of(text, published=date(2024, 9, 14))
    assert [e.date for e in evs] == ["2024-09-14"]


@pytest.mark.parametrize("text,published,expected", [
    ("Secretary of State Antony Blinken held separate meetings with Israeli Prime Minister Benjamin Netanyahu and "
     "Palestinian President Mahmoud Abbas on Tuesday.", date(2023, 1, 31),
     [{"Antony Blinken", "Benjamin Netanyahu"}, {"Antony Blinken", "Mahmoud Abbas"}]),
    ("Indian Prime Minister Narendra Modi and Pakistani Prime Minister Nawaz Sharif held talks in New York on "
     "Sunday. Secretary of State John Kerry also met with the two leaders separately.", date(2015, 9, 28),
     [{"Narendra Modi", "Nawaz Sharif"}, {"John Kerry", "Narendra Modi"}, {"John Kerry", "Nawaz Sharif"}]),
    # the host told by a pronoun after the word ("At separate meetings ..., she told A and B")
    ("New Zealand Prime Minister Jacinda Ardern wants an upgraded trade deal with China. At separate meetings at "
     "the Great Hall of the People on Monday, she made clear to President Xi Jinping and Premier Li Keqiang that "
     "trade mattered.", date(2019, 4, 2),
     [{"Jacinda Ardern", "Xi Jinping"}, {"Jacinda Ardern", "Li Keqiang"}]),
])
def test_separate_meetings_are_one_event_per_guest(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted((set(e.participants) for e in evs), key=sorted) == sorted(expected, key=sorted)


@pytest.mark.parametrize("text,expected", [
    # one traveller going to places of several countries and meeting one person of each meets each on their own, there
    ("Theresa May will debate the extension with MPs. Today May will be visiting Berlin and Paris to speak to Angela "
     "Merkel and Emmanuel Macron to press her case.",
     {("Angela Merkel", "Theresa May", "Berlin"), ("Emmanuel Macron", "Theresa May", "Paris")}),
    ("Erdogan visited Moscow and Tehran on Monday, meeting Putin and Rouhani.",
     {("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow"), ("Hassan Rouhani", "Recep Tayyip Erdogan", "Tehran")}),
    ("Blinken will travel to Riyadh and Doha on Tuesday for talks with Mohammed bin Salman and Sheikh Tamim.",
     {("Antony Blinken", "Mohammed bin Salman", "Riyadh"), ("Antony Blinken", "Tamim bin Hamad Al Thani", "Doha")}),
    # one place, or one guest: one meeting
    ("Prime Minister Narendra Modi will travel to Paris next week to meet Angela Merkel and Emmanuel Macron.",
     {("Angela Merkel", "Emmanuel Macron", "Narendra Modi", "Paris")}),
    ("Prime Minister Narendra Modi will travel to Paris and Lyon next week to meet Emmanuel Macron.",
     {("Emmanuel Macron", "Narendra Modi", "Paris")}),
])
def test_a_tour_of_several_countries_meets_each_guest_in_their_own(text, expected):
    evs = events_of(text, published=date(2019, 4, 8))
    assert {(*sorted(e.participants), e.location) for e in evs} == expected


@pytest.mark.parametrize("text,dates", [
    # the speaker of a first-person account meets someone told before and now by a pronoun, on a day or somewhere
    ("I had a good call with Prime Minister Liz Truss on 9 September. At the Prime Minister's invitation, I met her "
     "at No. 10 Downing Street on the morning of Sunday, 18 September.", ["2022-09-18"]),
    ("We spoke with Chancellor Olaf Scholz by phone in August. I met him in Berlin on 20 September.", ["2022-09-20"]),
    # meetings counted "on two occasions" are many, not one of the day after "since"
    ("I have met Prime Minister Liz Truss on two occasions since her appointment on 6 September.", []),
])
def test_a_speaker_meeting_someone_told_by_a_pronoun(text, dates):
    evs = events_of(text, published=date(2022, 10, 4))
    assert sorted(e.date for e in evs) == dates


def test_a_count_before_separate_makes_several_meetings():
    """"Erdogan held three separate closed-door meeting with the leaders": three, the singular a slip."""
    text = ("Turkish President Recep Tayyip Erdogan has discussed a range of issues with NATO leaders, including "
            "Italy's Prime Minister Giorgia Meloni, German Chancellor Olaf Scholz and Greek Prime Minister Kyriakos "
            "Mitsotakis, on the sidelines of the NATO summit in Washington. Erdogan held three separate closed-door "
            "meeting with the leaders on the sidelines on Wednesday.")
    met = [set(e.participants) for e in events_of(text, published=date(2024, 7, 10))]
    assert all(pair in met for pair in [{"Giorgia Meloni", "Recep Tayyip Erdogan"},
                                        {"Olaf Scholz", "Recep Tayyip Erdogan"},
                                        {"Kyriakos Mitsotakis", "Recep Tayyip Erdogan"}])


@pytest.mark.parametrize("text,published,expected", [
    # a leader's round of meetings on a summit's sidelines: one meeting per guest of another country
    ("Turkish President Recep Tayyip Erdogan met Greek Prime Minister Kyriakos Mitsotakis on the sidelines of the "
     "NATO summit in Vilnius on Wednesday. Earlier in the day, Erdogan met Spanish Prime Minister Pedro Sanchez and "
     "Dutch Prime Minister Mark Rutte.", date(2023, 7, 12),
     [({"Kyriakos Mitsotakis", "Recep Tayyip Erdogan"}, "2023-07-12"),
      ({"Pedro Sanchez", "Recep Tayyip Erdogan"}, "2023-07-12"),
      ({"Mark Rutte", "Recep Tayyip Erdogan"}, "2023-07-12")]),
    ("Modi will hold bilateral meetings on the sidelines of the G20 Summit. Prime Minister Narendra Modi informed "
     "that he would be meeting U.S. President Joe Biden, Bangladesh Prime Minister Sheikh Hasina, and Mauritius PM "
     "Pravind Kumar Jugnauth on Friday.", date(2023, 9, 6),
     [({"Joe Biden", "Narendra Modi"}, "2023-09-08"), ({"Narendra Modi", "Sheikh Hasina"}, "2023-09-08"),
      ({"Narendra Modi", "Pravind Jugnauth"}, "2023-09-08")]),
    # counterparts told by their countries: each country's leader
    ("Canadian Prime Minister Justin Trudeau met with his Japanese, Italian and French counterparts on the sidelines "
     "of the G7 summit in Hiroshima on Friday.", date(2023, 5, 19),
     [({"Fumio Kishida", "Justin Trudeau"}, "2023-05-19"), ({"Giorgia Meloni", "Justin Trudeau"}, "2023-05-19"),
      ({"Emmanuel Macron", "Justin Trudeau"}, "2023-05-19")]),
    # leaders told by their countries ("met with leaders of A, B and C" on the sidelines): one meeting per country,
    # its leader named or filled in later
    ("Chinese President Xi Jinping met with leaders of Vietnam, South Korea and Chile on the sidelines of the APEC "
     "summit in Da Nang on Saturday.", date(2017, 11, 12),
     [({"Xi Jinping"}, "2017-11-11"), ({"Moon Jae-in", "Xi Jinping"}, "2017-11-11"), ({"Xi Jinping"}, "2017-11-11")]),
    ("Chinese President Xi Jinping met with the leaders of Russia and India in Brasilia on Saturday.",
     date(2019, 11, 16), [({"Narendra Modi", "Vladimir Putin", "Xi Jinping"}, "2019-11-16")]),
    # not apart: leaders meeting together, or away from any summit's sidelines
    ("On the sidelines of the G7 summit, U.S. President Joe Biden met Japanese Prime Minister Fumio Kishida and South "
     "Korean President Yoon Suk Yeol for a trilateral on Friday.", date(2023, 5, 19),
     [({"Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"}, "2023-05-19")]),
    ("U.S. President Joe Biden met Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at "
     "Camp David on Friday.", date(2023, 8, 18),
     [({"Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"}, "2023-08-18")]),
    # guests of one country are one meeting
    ("On the sidelines of the summit, Indian National Security Adviser Ajit Doval met U.S. Secretary of State Mike "
     "Pompeo and U.S. Secretary of Defense Mark Esper on Monday.", date(2020, 10, 27),
     [({"Ajit Doval", "Mark Esper", "Mike Pompeo"}, "2020-10-26")]),
])
def test_a_leaders_round_on_a_summits_sidelines_is_one_meeting_per_guest(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted(((set(met(e)), e.date) for e in evs), key=lambda x: sorted(x[0])) == sorted(
        expected, key=lambda x: sorted(x[0]))


_ASEAN = "Philippine President Ferdinand Marcos Jr. attended the 43rd ASEAN Summit in Jakarta on Tuesday. "


@pytest.mark.parametrize("text,expected", [
    # a summit someone attended, told before; a meeting on its sidelines with someone of another country: its own
    (_ASEAN + "On the sidelines of the summit, Marcos also held talks with Japanese Prime Minister Fumio Kishida.",
     [["Ferdinand Marcos Jr."], ["Ferdinand Marcos Jr.", "Fumio Kishida"]]),
    # (who told it between: not one meeting of the summit word and the talks)
    (_ASEAN + "On the sidelines of the summit, the PCO said Marcos also held informal talks with Japanese Prime "
     "Minister Fumio Kishida.", [["Ferdinand Marcos Jr."], ["Ferdinand Marcos Jr.", "Fumio Kishida"]]),
    # the summit named in the phrase, told nowhere before: the meeting on its sidelines alone
    ("On the sidelines of the G7 summit in Hiroshima on Saturday, U.S. President Joe Biden met Japanese Prime "
     "Minister Fumio Kishida.", [["Fumio Kishida", "Joe Biden"]]),
])
def test_a_meeting_on_the_sidelines_of_a_summit_told_before_is_its_own(text, expected):
    evs = events_of(text, published=date(2023, 9, 8))
    assert sorted(sorted(e.participants) for e in evs) == expected


@pytest.mark.parametrize("text,published,expected", [
    # the round's sentence tells the summit attended and where: each talk was held there
    ("Prime Minister Narendra Modi reached Colombo on Saturday after concluding his visit to Thailand, where he "
     "attended the BIMSTEC Summit and held bilateral talks with several world leaders, including Nepal Prime "
     "Minister KP Sharma Oli and Bhutan Prime Minister Tshering Tobgay.", date(2025, 4, 5),
     {("KP Sharma Oli", "Thailand"), ("Tshering Tobgay", "Thailand")}),
])
def test_a_round_at_a_summit_told_in_its_sentence_is_held_at_the_summits_place(text, published, expected):
    evs = events_of(text, published=published)
    assert expected <= {(p, e.location) for e in evs for p in met(e) if p != "Narendra Modi"}


@pytest.mark.parametrize("text,published,expected", [
    # three people or more met, each of another country: one meeting each, away from a summit too, the subject
    # told by office alone
    ("Indonesian President Joko Widodo arrived in Tokyo on Monday. The President also met Japanese Prime Minister "
     "Fumio Kishida, Australian Prime Minister Anthony Albanese and Indian Prime Minister Narendra Modi on Tuesday.",
     date(2023, 5, 24), [{"Fumio Kishida", "Joko Widodo"}, {"Anthony Albanese", "Joko Widodo"},
                         {"Joko Widodo", "Narendra Modi"}]),
    # three officials of one country, none its leader: called on one by one
    ("Pakistani Foreign Minister Khurshid Kasuri met Secretary of State Condoleezza Rice in Washington on Monday. "
     "The foreign minister also met with National Security Adviser Stephen Hadley, Defence Secretary Robert Gates "
     "and Commerce Secretary Carlos Gutierrez.", date(2007, 6, 20),
     [{"Condoleezza Rice", "Khurshid Mahmud Kasuri"}, {"Khurshid Mahmud Kasuri", "Stephen Hadley"},
      {"Khurshid Mahmud Kasuri", "Robert Gates"}, {"Carlos Gutierrez", "Khurshid Mahmud Kasuri"}]),
    # the presidents of three countries or more, counterparts of two countries
    ("Russian President Vladimir Putin will meet with the presidents of Gabon, Sudan and Moldova on Saturday.",
     date(2018, 7, 13), [{"Vladimir Putin"}, {"Vladimir Putin"}, {"Igor Dodon", "Vladimir Putin"}]),
    ("Indian Foreign Minister S. Jaishankar met earlier in the day with his Uzbek and Kazakh counterparts in Moscow "
     "on Thursday.", date(2020, 9, 10),
     [{"Abdulaziz Kamilov", "S. Jaishankar"}, {"Mukhtar Tleuberdi", "S. Jaishankar"}]),
])
def test_a_subject_meeting_a_list_is_one_meeting_per_guest(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted((set(met(e)) for e in evs), key=sorted) == sorted(expected, key=sorted)


@pytest.mark.parametrize("text,expected", [
    # leaders of three countries or more listed by office alone, each told its own way: one meeting per country
    ("Turkish President Recep Tayyip Erdogan will meet with the Hungarian prime minister, the Emir of Qatar and the "
     "presidents of Azerbaijan and Kazakhstan on Sunday.",
     [["Azerbaijan", "Turkey"], ["Hungary", "Turkey"], ["Kazakhstan", "Turkey"], ["Qatar", "Turkey"]]),
    # two offices: as before, one meeting (a host's guests may meet together)
    ("Turkish President Recep Tayyip Erdogan will meet with the Hungarian prime minister and the Emir of Qatar on "
     "Sunday.", [["Hungary", "Qatar", "Turkey"]]),
])
def test_leaders_listed_by_office_alone_are_one_meeting_each(text, expected):
    evs = events_of(text, published=date(2023, 6, 2))
    assert sorted(sorted(e.countries) for e in evs) == expected


@pytest.mark.parametrize("text,expected", [
    # "talks with his counterparts in A, B, C and D": a tour, the counterpart of each country met there, one meeting
    # each, the place told only the first country's
    ("Turkish President Recep Tayyip Erdogan will hold talks with his counterparts in Algeria, Mauritania, Senegal "
     "and Mali on Monday.", [(["Algeria", "Turkey"], "Algeria"), (["Mali", "Turkey"], None),
                             (["Mauritania", "Turkey"], None), (["Senegal", "Turkey"], None)]),
    # counterparts from three countries met in one place: hosted together, as before
    ("Turkish President Recep Tayyip Erdogan could meet with his counterparts from Germany, France and Ukraine in "
     "Berlin on Monday.", [(["France", "Germany", "Turkey", "Ukraine"], "Berlin")]),
])
def test_counterparts_in_countries_listed_are_one_meeting_each(text, expected):
    evs = events_of(text, published=date(2018, 2, 24))
    assert sorted((sorted(e.countries), e.location) for e in evs) == expected


@pytest.mark.parametrize("text,published,expected", [
    # counterparts from countries, the list ending where the clause goes on ("according to", "and exchanged")
    ("Egyptian President Abdel Fattah el-Sisi met on Sunday with African leaders at the African Union summit in "
     "Kigali. Al-Sisi met with counterparts from Ghana, Sudan, Togo and Rwanda, according to state media.",
     date(2016, 7, 18), [["Egypt", "Ghana"], ["Egypt", "Rwanda"], ["Egypt", "Sudan"], ["Egypt", "Togo"]]),
    ("Prime Minister Narendra Modi met his counterparts from the UK, Japan and Italy and exchanged views with them on "
     "the sidelines of the G7 Summit on Monday.", date(2022, 6, 28),
     [["India", "Italy"], ["India", "Japan"], ["India", "United Kingdom"]]),
    # "held meetings with A and B", "The Prime Minister held bilateral meetings with leaders from X, Y and Z"
    ("President Recep Tayyip Erdogan held meetings with Italian Prime Minister Giorgia Meloni and Canadian Prime "
     "Minister Justin Trudeau on the sidelines of the NATO summit in Vilnius on Tuesday.", date(2023, 7, 11),
     [["Canada", "Turkey"], ["Italy", "Turkey"]]),
    ("Australian Prime Minister Anthony Albanese arrived in Tonga on Tuesday for the Pacific Islands Forum. The Prime "
     "Minister held bilateral meetings with leaders from Tonga, Vanuatu and Tuvalu.", date(2024, 8, 28),
     [["Australia", "Tonga"], ["Australia", "Tuvalu"], ["Australia", "Vanuatu"]]),
    # an item of the list the country data does not know (a territory, a body of the EU): a side of its own
    ("Australian Prime Minister Anthony Albanese arrived in Tonga on Tuesday for the Pacific Islands Forum. The Prime "
     "Minister held bilateral meetings with leaders from Tonga, Vanuatu, and French Polynesia.", date(2024, 8, 28),
     [["Australia", "French Polynesia"], ["Australia", "Tonga"], ["Australia", "Vanuatu"]]),
    ("Prime Minister Narendra Modi arrived in Rome for the G20 summit on Friday. He will have bilateral meetings "
     "with leaders from Turkey, Brazil, the European Union, and the European Council.", date(2021, 10, 29),
     [["Brazil", "India"], ["European Council", "India"], ["European Union", "India"], ["India", "Turkey"]]),
    # names set off after their offices ("the Prime Minister of Australia, Anthony Albanese, of Japan, Fumio
    # Kishida"); the verb after the word the mention took ("Jaishankar, on the sidelines of the session, met")
    ("Lula attended the G7 summit in Hiroshima on Saturday. On the sidelines, he met with the Prime Minister of "
     "Australia, Anthony Albanese, of Japan, Fumio Kishida.", date(2023, 5, 22),
     [["Australia", "Brazil"], ["Brazil", "Japan"]]),
    ("External Affairs Minister S Jaishankar, on the sidelines of the 79th session of the United Nations General "
     "Assembly, met his counterparts from Denmark, Turkmenistan and Singapore.", date(2024, 9, 28),
     [["Denmark", "India"], ["India", "Singapore"], ["India", "Turkmenistan"]]),
    # an office of an organisation set off before the next name ("Director-General of the World Health Organization")
    ("Prime Minister Narendra Modi met President of Senegal Macky Sall, Director-General of the World Health "
     "Organization Tedros Adhanom Ghebreyesus on the sidelines of the G7 Summit on Monday.", date(2022, 6, 28),
     [["Ethiopia", "India"], ["India", "Senegal"]]),
])
def test_each_of_a_round_told_by_countries_is_a_meeting(text, published, expected):
    pairs = [e.countries for e in events_of(text, published=published) if len(e.countries) == 2]
    assert sorted(pairs) == expected


@pytest.mark.parametrize("text,published,expected", [
    # the next sentence lists whom the bilateral meetings were with: people, or countries' leaders
    ("Prime Minister Lee Hsien Loong rounded off the G20 summit in Rome on Sunday with bilateral meetings with "
     "several other leaders on the sidelines. These included Australian Prime Minister Scott Morrison, Dutch Prime "
     "Minister Mark Rutte and British Prime Minister Boris Johnson.", date(2021, 11, 1),
     [["Australia", "Singapore"], ["Netherlands", "Singapore"], ["Singapore", "United Kingdom"]]),
    ("Singapore Prime Minister Lee Hsien Loong attended the Asean Summit in Bangkok and had bilateral meetings with "
     "four of his counterparts on the sidelines. These were with the leaders of Thailand, Cambodia, Indonesia and "
     "Vietnam.", date(2019, 6, 23),
     [["Cambodia", "Singapore"], ["Indonesia", "Singapore"], ["Singapore", "Thailand"], ["Singapore", "Vietnam"]]),
])
def test_guests_listed_in_the_next_sentence_are_one_meeting_each(text, published, expected):
    assert sorted(sorted(e.countries) for e in events_of(text, published=published)) == expected


@pytest.mark.parametrize("sides_a,sides_b,expected", [
    (["Singapore", "Thailand"], ["Singapore", "Vietnam"], False),  # another guest of the round
    (["Singapore", "Thailand"], ["Singapore"], True),  # the host alone: may be of it
    (["Singapore", "Thailand"], ["Singapore", "Thailand"], True),
])
def test_one_of_a_round_is_no_meeting_of_other_sides(sides_a, sides_b, expected):
    from loaders.meeting.article_events import ArticleEvent
    from loaders.meeting.compatible import _compatible

    def ev(sides: list[str], guests: list[str]) -> ArticleEvent:
        return ArticleEvent([], "summit", "held", ["Lee Hsien Loong"], list(sides), None, None, None, False,
                            sides=list(sides), guests=guests)
    assert _compatible(ev(sides_a, ["country:Thailand", "country:Vietnam"]), ev(sides_b, [])) is expected


def test_he_after_a_list_of_people_included_is_the_subject_before_it():
    """"These included United States President Joe Biden, ..." names objects: "he" in the next sentence is still
    Lee, who met each of the leaders listed after him (one name found twice, "Ursula ... Leyen", is one guest)."""
    text = ("Singapore Prime Minister Lee Hsien Loong attended the G20 summit in Rome this weekend. Over the weekend, "
            "Lee also caught up with several leaders. These included United States President Joe Biden and Canadian "
            "Prime Minister Justin Trudeau. On Saturday, he met German Chancellor Angela Merkel, European Council "
            "President Charles Michel, European Commission President Ursula von der Leyen and Indian Prime Minister "
            "Narendra Modi.")
    met = [set(e.participants) for e in events_of(text, published=date(2021, 11, 1)) if e.date == "2021-10-30"]
    assert sorted(met, key=sorted) == [{"Angela Merkel", "Lee Hsien Loong"}, {"Charles Michel", "Lee Hsien Loong"},
                                       {"Lee Hsien Loong", "Narendra Modi"},
                                       {"Lee Hsien Loong", "Ursula von der Leyen"}]


@pytest.mark.parametrize("text,published", [
    # a negotiation with one side, a leader with his ministers
    ("Turkish Prime Minister Ahmet Davutoglu held talks with European Council President Donald Tusk, European "
     "Commission President Jean-Claude Juncker and Dutch Prime Minister Mark Rutte in Brussels on Friday.",
     date(2016, 3, 19)),
    ("Indian Prime Minister Narendra Modi met U.S. President Joe Biden, Secretary of State Antony Blinken and "
     "National Security Adviser Jake Sullivan in Washington on Thursday.", date(2023, 6, 23)),
    # meetings between two sides
    ("Carter brokered almost two weeks of secret meetings between Egypt and Israel at Camp David in September 1978.",
     date(2018, 6, 1)),
])
def test_a_list_met_together_is_not_one_meeting_per_guest(text, published):
    assert len(events_of(text, published=published)) <= 1


def test_guests_hosted_together_told_by_their_offices_are_one_meeting():
    """"will host his Armenian and Azerbaijani counterparts": one meeting of the three, not one per guest (and not
    the meeting of the two told before, in another city on another day)."""
    text = ("Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov met in Moscow "
            "on Friday. U.S. Secretary of State Antony Blinken will host his Armenian and Azerbaijani counterparts in "
            "Washington on Monday.")
    evs = events_of(text, published=date(2023, 5, 2))
    assert [(e.date, e.status, sorted(e.participants)) for e in evs] == [
        ("2023-04-28", "held", ["Ararat Mirzoyan", "Jeyhun Bayramov"]),
        ("2023-05-08", "planned", ["Antony Blinken", "Ararat Mirzoyan", "Jeyhun Bayramov"])]


def test_counterparts_met_in_the_city_of_one_of_them_meet_together():
    text = ("Putin and Poroshenko discussed bilateral relations on Friday. Foreign Minister Sergei Lavrov could meet "
            "with his counterparts from Germany, France and Ukraine in Berlin on August 17.")
    evs = events_of(text, published=date(2014, 8, 16))
    assert not any(set(e.countries) in ({"Germany", "Russia"}, {"France", "Russia"}) for e in evs)


@pytest.mark.parametrize("text,published,expected", [
    ("Secretary of State Antony Blinken met Saudi Foreign Minister Faisal bin Farhan on Monday, and then held a "
     "separate meeting with the two Gulf foreign ministers.", date(2023, 6, 8), 1),
    ("Chinese Foreign Minister Wang Yi will meet separately with President Joe Biden's national security adviser, "
     "Jake Sullivan, on Friday.", date(2023, 10, 26), 1),
])
def test_a_separate_meeting_is_one_meeting(text, published, expected):
    evs = events_of(text, published=published)
    assert len(evs) == expected


@pytest.mark.parametrize("text,published,expected", [
    # each guest's country after the name, the next one's title of several words before the next name
    ("President Susilo Bambang Yudhoyono spoke to reporters. On Tuesday, Susilo held separate talks with Sultan "
     "Hassanal Bolkiah of Brunei, newly reelected Australian Prime "
     "Minister John Howard and a special envoy from Japan.", date(2004, 10, 20),
     [["Hassanal Bolkiah", "Susilo Bambang Yudhoyono"], ["John Howard", "Susilo Bambang Yudhoyono"]]),
    ("On Monday, Modi held separate meetings with President Joe Biden of the United States and Prime Minister Rishi "
     "Sunak of Britain.", date(2023, 6, 13), [["Joe Biden", "Narendra Modi"], ["Narendra Modi", "Rishi Sunak"]]),
])
def test_separate_meetings_with_guests_told_with_their_country_and_title(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted(sorted(e.participants) for e in evs) == expected


def test_separate_meetings_of_people_who_also_met_together_take_that_day():
    text = ("Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud Abbas met in Sharm el-Sheikh "
            "on Tuesday. Earlier, Secretary of State Hillary Clinton held separate meetings with Netanyahu and Abbas.")
    evs = events_of(text, published=date(2010, 9, 15))
    assert sorted((sorted(e.participants), e.date) for e in evs) == [
        (["Benjamin Netanyahu", "Hillary Clinton"], "2010-09-14"),
        (["Benjamin Netanyahu", "Mahmoud Abbas"], "2010-09-14"),
        (["Hillary Clinton", "Mahmoud Abbas"], "2010-09-14")]


@pytest.mark.parametrize("text,etype,participants,countries", [
    ("Pakistan's foreign secretary hosted his Indian counterpart for talks in Islamabad on Thursday.",
     "vice_ministerial", [], ["India", "Pakistan"]),
    ("Japan's defence minister met his Australian counterpart in Tokyo on Monday.",
     "ministerial", [], ["Australia", "Japan"]),
    ("The Japanese foreign minister will visit Beijing in June to meet his Chinese counterpart.",
     "ministerial", ["Fumio Kishida", "Wang Yi"], ["China", "Japan"]),
])
def test_a_meeting_told_by_offices_alone(text, etype, participants, countries):
    evs = events_of(text, published=date(2016, 5, 10))
    assert [(e.type, sorted(met(e)), e.countries) for e in evs] == [(etype, participants, countries)]


@pytest.mark.parametrize("text,published,expected", [
    # ministers of other portfolios named: their foreign ministers are not filled in for a side (the place's country)
    ("Washington [US], April 20 (ANI): Union Finance Minister Nirmala Sitharaman met South African Finance Minister "
     "Enoch Godongwana on Tuesday in Washington DC.", date(2022, 4, 20), [["Enoch Godongwana", "Nirmala Sitharaman"]]),
    ("Indian Defence Minister Rajnath Singh visited Russia. Defence Minister Rajnath Singh met Chinese Defence "
     "Minister Wei Fenghe in Moscow on Friday.", date(2020, 9, 5), [["Rajnath Singh", "Wei Fenghe"]]),
    ("In 2018, India took part in the SCO Defence Ministers' meeting with Chinese Defence Minister Wei Fenghe.",
     date(2019, 4, 29), [["Wei Fenghe"]]),
])
def test_ministers_of_other_portfolios_bring_no_foreign_minister(text, published, expected):
    assert [sorted(e.participants) for e in events_of(text, published=published)] == expected


def test_a_meeting_that_followed_another_is_another():
    from loaders.pipeline import extract_article
    from tests.helpers import article

    text = ("Pakistan's foreign secretary hosted his Indian counterpart for talks in Islamabad on Thursday. "
            "The talks between Pakistan's and India's foreign secretaries followed a meeting in New Delhi in February.")
    evs = extract_article(article(text, date(2016, 5, 10))).events
    assert [(e.location and e.location.name, [m.trigger for m in e.mentions]) for e in evs] == [
        ("Islamabad", ["hosted", "talks"]), ("New Delhi", ["meeting"])]


def test_a_meeting_going_on_with_an_attendee_told_after_it():
    text = ("Japanese Foreign Minister Fumio Kishida and Chinese Foreign Minister Wang Yi are meeting in Seoul. "
            "The meeting was attended by South Korean Foreign Minister Yun Byung-se. "
            "The ministers are expected to give separate press conferences at the end of the meeting.")
    evs = events_of(text, published=date(2016, 8, 24))
    assert [(e.type, e.status, sorted(e.participants), e.date) for e in evs] == [
        ("ministerial", "held", ["Fumio Kishida", "Wang Yi", "Yun Byung-se"], "2016-08-24")]


@pytest.mark.parametrize("text,published,expected", [
    # a meeting named by its day ("Tuesday's summit") told with who else attends it, right after it is told with the
    # week it falls in: the meeting just told, its people the more
    ("Israeli Prime Minister Ariel Sharon and Palestinian President Mahmoud Abbas will meet next week at the Egyptian "
     "Red Sea resort of Sharm el-Sheikh. Tuesday's summit also will be attended by Egyptian President Hosni Mubarak "
     "and Jordan's King Abdullah.", date(2005, 2, 3),
     [("2005-02-08", ["Abdullah II", "Ariel Sharon", "Hosni Mubarak", "Mahmoud Abbas"])]),
    ("Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang will meet in Seoul on Monday. Monday's "
     "meeting will also be attended by South Korean President Yoon Suk Yeol.", date(2024, 5, 24),
     [("2024-05-27", ["Fumio Kishida", "Li Qiang", "Yoon Suk Yeol"])]),
])
def test_a_meeting_named_by_its_day_with_who_else_attends(text, published, expected):
    assert [(e.date, sorted(e.participants)) for e in events_of(text, published=published)] == expected


@pytest.mark.parametrize("text,published,expected", [
    # leaders told present at the summit just told: they take part in it
    ("Palestinian President Mahmoud Abbas met with Israeli Premier Ariel Sharon in the Egyptian resort of Sharm "
     "el-Sheikh on Tuesday. Also present at the summit are Egyptian President Hosni Mubarak, the initiator and host of "
     "the summit and Jordan's King Abdullah II.", date(2005, 2, 8),
     [("2005-02-08", ["Abdullah II", "Ariel Sharon", "Hosni Mubarak", "Mahmoud Abbas"])]),
    ("Japanese Prime Minister Fumio Kishida met Chinese Premier Li Qiang in Seoul on Monday. South Korean President "
     "Yoon Suk Yeol was also present at the meeting.", date(2024, 5, 27),
     [("2024-05-27", ["Fumio Kishida", "Li Qiang", "Yoon Suk Yeol"])]),
    # the aides in attendance are no participants of a summit of leaders
    ("Prime Minister Narendra Modi met Sri Lankan President Anura Kumara Dissanayake in Colombo on Saturday. External "
     "Affairs Minister S Jaishankar and other officials were present in the meeting.", date(2025, 4, 5),
     [("2025-04-05", ["Anura Kumara Dissanayake", "Narendra Modi"])]),
    # the host's own talks with one of them, told after, stay a meeting of their own
    ("Palestinian President Mahmoud Abbas met with Israeli Premier Ariel Sharon in Sharm el-Sheikh on Tuesday. Also "
     "present at the summit are Egyptian President Hosni Mubarak and Jordan's King Abdullah II. Sharon first met with "
     "President Mubarak, and later met with Abbas.", date(2005, 2, 8),
     [("2005-02-08", ["Abdullah II", "Ariel Sharon", "Hosni Mubarak", "Mahmoud Abbas"]),
      ("2005-02-08", ["Ariel Sharon", "Hosni Mubarak"])]),
])
def test_leaders_told_present_at_the_meeting_take_part(text, published, expected):
    assert sorted((e.date, sorted(e.participants)) for e in events_of(text, published=published)) == expected


def test_one_who_was_not_at_the_meeting_did_not_take_part():
    text = ("British Prime Minister Theresa May met European Commission President Jean-Claude Juncker in Brussels on "
            "Monday. European Council President Donald Tusk, who was not at the breakfast meeting, said in a statement "
            "in Brussels later that talks would go on.")
    evs = events_of(text, published=date(2017, 12, 5))
    assert [sorted(e.participants) for e in evs] == [["Jean-Claude Juncker", "Theresa May"]]


@pytest.mark.parametrize("when", ["today", "on Thursday"])
def test_the_day_someone_hoped_for_a_summit_is_not_its_day(when):
    text = (f"Indian Ambassador Vikram Misri {when} hoped that a summit between Prime Minister Narendra Modi and "
            "President Xi Jinping later this month in Chennai will strengthen ties.")
    evs = events_of(text, published=date(2019, 10, 3))
    assert [(e.status, e.date) for e in evs] == [("planned", "2019-10")]


@pytest.mark.parametrize("text,expected", [
    ("Abe shared advice to help Obama prepare for his own talks with Putin set for June 12 in Geneva.",
     [("summit", "planned", "Geneva", "2016-06-12")]),
    ("Japan will resume trade talks with China in Tokyo on June 12.", []),
])
def test_talks_with_someone_named_are_a_meeting(text, expected):
    evs = events_of(text, published=date(2016, 5, 10))
    assert [(e.type, e.status, e.location, e.date) for e in evs] == expected


def test_talks_on_a_later_day_of_a_visit_of_several_days_take_the_day_the_lede_tells():
    text = ("Japan rolled out the red carpet for Indian Prime Minister Narendra Modi on Tuesday with a banquet and "
            "new investment pledges. Prime Minister Shinzo Abe told Modi during their talks at the Akasaka Palace in "
            "Tokyo that Japan was willing to deepen cooperation. Abe hosted Modi for a Sept 1-3 state visit, his "
            "first to Japan.")
    evs = events_of(text, published=date(2014, 9, 2))
    assert [(sorted(e.participants), e.date) for e in evs] == [(["Narendra Modi", "Shinzo Abe"], "2014-09-02")]


def test_a_month_is_no_place():
    text = "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk-yeol held a summit in March."
    evs = events_of(text, published=date(2023, 5, 8))
    assert [(e.location, e.date) for e in evs] == [(None, "2023-03")]


def test_a_date_line_above_the_lede_dates_the_meeting_it_tells(tmp_path):
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2014-09-01,,\n", encoding="utf-8")
    text = ("Official website of the Prime Minister\n\nNews   /\n\nJapanese-Indian talks\n\nSeptember 1, 2014, "
            "Tokyo\n\nPrime Minister Shinzo Abe met with Prime Minister of India Narendra Modi in Tokyo to discuss "
            "bilateral relations and regional issues.\n\nFollowing the talks, the two leaders gave a joint news "
            "conference.\n")
    assert list(folder_events(tmp_path, text)["date"]) == ["2014-09-01"]


def test_a_meeting_planned_before_a_summit_of_many_is_of_that_summits_month(tmp_path):
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2021-10-20,,\n", encoding="utf-8")
    text = ("Trudeau heads to Europe\n\nCanadian Prime Minister Justin Trudeau will later travel to Rome, accepting "
            "an invitation from Italian Prime Minister Mario Draghi to meet before the G20.\n")
    assert list(folder_events(tmp_path, text)["date"]) == ["2021-10"]


def test_a_visiting_minister_is_on_a_visit_whatever_the_clause_plans():
    text = ("Prime Minister Shinzo Abe will host President Vladimir Putin in December, Kishida said at a joint news "
            "conference with visiting Russian Foreign Minister Sergey Lavrov after their talks in Tokyo.")
    evs = events_of(text, published=date(2016, 11, 3))
    assert [(e.type, e.status, sorted(e.participants)) for e in evs] == [
        ("summit", "planned", ["Shinzo Abe", "Vladimir Putin"]),
        ("ministerial", "held", ["Fumio Kishida", "Sergey Lavrov"])]


def test_officials_named_after_their_countrys_possessive_hold_the_office_told_before():
    text = ("Japan's vice foreign minister hosted his Chinese counterpart for talks in Tokyo on Monday. "
            "The talks between Japan's Takeo Akiba and China's Zhang Yesui followed a meeting in Beijing in March. "
            "Japan's Daily Times quoted officials as saying that Akiba and Zhang had made progress.")
    evs = events_of(text, published=date(2016, 6, 8))
    assert [(e.type, sorted(e.participants), e.date) for e in evs] == [
        ("vice_ministerial", ["Takeo Akiba", "Zhang Yesui"], "2016-06-06"),
        ("vice_ministerial", ["Takeo Akiba", "Zhang Yesui"], "2016-03")]


def test_a_second_meeting_joined_to_the_first_has_its_subject_and_opening_date():
    text = ("Later on Tuesday, Prime Minister Shinzo Abe met Australian Prime Minister Malcolm Turnbull, the summit "
            "host, and held a trilateral meeting with US President Donald Trump and Indian Prime Minister Narendra "
            "Modi.")
    evs = events_of(text, published=date(2017, 11, 15))
    assert sorted((sorted(e.participants), e.date) for e in evs) == [
        (["Donald Trump", "Narendra Modi", "Shinzo Abe"], "2017-11-14"),
        (["Malcolm Turnbull", "Shinzo Abe"], "2017-11-14")]


def test_a_meeting_requested_in_someones_letter_is_the_summit_told_with_it():
    text = ("Officials said preparations for a second summit are under way after Chairman Kim Jong Un's letter "
            "requesting another meeting with President Donald Trump.")
    evs = events_of(text, published=date(2018, 9, 11))
    assert [sorted(e.participants) for e in evs] == [["Donald Trump", "Kim Jong Un"]]


def test_someones_office_or_letter_is_not_them_at_a_meeting():
    text = ("Prime Minister Shinzo Abe met South Korean President Moon Jae-in in Tokyo on Monday. When confirming "
            "Monday's summit, President Donald Trump's spokesman said Washington welcomed it.")
    evs = events_of(text, published=date(2018, 5, 9))
    assert [(sorted(e.participants), e.date) for e in evs] == [(["Moon Jae-in", "Shinzo Abe"], "2018-05-07")]


def test_tomorrow_in_a_quote_counts_from_the_day_it_was_said():
    text = ("“Tomorrow there will be a short meeting between Japanese Prime Minister Shinzo Abe and South Korean "
            "President Moon Jae-in,” the spokesman announced Sunday.")
    evs = events_of(text, published=date(2018, 5, 7))
    assert [(sorted(e.participants), e.date) for e in evs] == [(["Moon Jae-in", "Shinzo Abe"], "2018-05-07")]


def test_and_a_meeting_with_someone_else_is_another_meeting_of_that_occasion():
    text = ("Indian Prime Minister Narendra Modi will hold a summit with US President Joe Biden at the White House on "
            "Thursday, private meetings with the leaders of each party in Congress and a meeting with Vice President "
            "Kamala Harris.")
    evs = events_of(text, published=date(2023, 6, 20))
    assert [(sorted(e.participants), e.date, e.status) for e in evs] == [
        (["Joe Biden", "Narendra Modi"], "2023-06-22", "planned"),
        (["Kamala Harris", "Narendra Modi"], "2023-06-22", "planned")]


def test_the_day_of_a_decision_is_not_the_day_of_the_meeting_decided_on():
    text = ("Foreign Ministers Francisco Bustillo of Uruguay and Santiago Cafiero of Argentina Friday agreed to broker "
            "a presidential summit between Alberto Fernandez and Luis Lacalle Pou in April.")
    evs = events_of(text, published=date(2023, 3, 18))
    summit = next(e for e in evs if e.type == "summit")
    assert (summit.status, summit.date) == ("planned", "2023-04")


def test_a_plan_in_the_headline_and_the_text_is_one_event(tmp_path):
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2023-03-18,,\n", encoding="utf-8")
    rows = folder_events(tmp_path, "Argentina and Uruguay agree on presidential summit next month\n\nThe foreign "
                                   "ministers agreed to hold a summit between Presidents Alberto Fernandez and Luis "
                                   "Lacalle Pou in April.\n")
    summits = rows[rows.type == "summit"]
    assert list(summits.date) == ["2023-04"] and list(summits.status) == ["planned"]


def test_a_head_receiving_another_countrys_vice_minister_is_vice_ministerial():
    text = "Indian Foreign Secretary Vinay Mohan Kwatra met Nepalese Prime Minister Pushpa Kamal Dahal on Monday."
    assert [e.type for e in events_of(text, published=date(2023, 2, 15))] == ["vice_ministerial"]


def test_two_bilateral_meetings_sharing_one_side_are_two():
    text = ("U.S. President Donald Trump and Chinese President Xi Jinping met at Mar-a-Lago in Palm Beach on Friday. "
            "Xi Jinping also held talks with British Prime Minister Theresa May.")
    evs = events_of(text, published=date(2017, 4, 8))
    assert sorted(sorted(e.participants) for e in evs) == [["Donald Trump", "Xi Jinping"],
                                                            ["Theresa May", "Xi Jinping"]]


@pytest.mark.parametrize("text", [
    "Although they have not met in person, Lopez Obrador and Biden have exchanged letters.",
    "Mexican President Andres Manuel Lopez Obrador hasn't met U.S. President Joe Biden in person.",
])
def test_not_having_met_is_no_meeting(text):
    assert events_of(text, published=date(2021, 11, 17)) == []


def test_a_later_date_of_another_meeting_word_leaves_the_first_its_own():
    """"On Monday, A held talks with B ... and they agreed to meet again on Dec. 15": Monday stays the talks' day;
    Dec. 15 is the next meeting's."""
    text = ("On Monday, Japanese Prime Minister Shinzo Abe held talks with Russian President Vladimir Putin in Moscow "
            "and they agreed to meet again on Dec. 15.")
    evs = events_of(text, published=date(2016, 9, 6))
    assert [e.date for e in evs if e.location == "Moscow"] == ["2016-09-05"]


@pytest.mark.parametrize("text,value", [
    # a date in a clause of "since" with its own verb is that clause's, not the meeting's
    ("Prime Minister Malcolm Turnbull met President Joko Widodo in Jakarta on Thursday, his first meeting with a "
     "foreign leader since he ousted Tony Abbott two months ago.", "2015-11-12"),
    ("President Emmanuel Macron met President Frank-Walter Steinmeier in Berlin on Sunday, the first state visit "
     "since Jacques Chirac came in 2000.", "2024-05-26"),
    # ... however long that clause is, up to its own date
    ("Secretary of State John Kerry met Cuban Foreign Minister Bruno Rodriguez in Panama City on Thursday, the latest "
     "step toward better ties since President Barack Obama announced a historic shift in Cuba policy on Dec. 17.",
     "2015-04-09"),
    # a month or a year after a noun of "since" that is no meeting is that thing's
    ("Venezuelan President Nicolas Maduro received Colombian President Gustavo Petro in Caracas, the second meeting "
     "held in Venezuela since the reestablishment of diplomatic relations last August. They met on Saturday.",
     "2023-01-07"),
    # a noun phrase after "since" leaves the day to the meeting
    ("Vladimir Putin and Xi Jinping held their first talks since Russia's invasion of Ukraine on Thursday.",
     "2022-09-15"),
])
def test_a_date_in_a_since_clause(text, value):
    published = date(int(value[:4]), int(value[5:7]), int(value[8:]) + 1)
    assert [e.date for e in events_of(text, published=published)] == [value]


@pytest.mark.parametrize("text,published,value", [
    # a year or a month after a possessive noun of "since" that is no meeting is that thing's ("for the first time
    # since Sharon's election in 2001"): the meeting has no date of its own here
    ("Israeli Prime Minister Ariel Sharon met with Egyptian President Hosni Mubarak, for the first time since "
     "Sharon's election in 2001.", date(2005, 2, 8), "2005-02"),
    ("Indian Prime Minister Narendra Modi met Russian President Vladimir Putin, for the first time since Russia's "
     "invasion of Ukraine in February 2022.", date(2023, 12, 9), "2023-12"),
])
def test_a_date_after_a_possessive_noun_of_since(text, published, value):
    assert [e.date for e in events_of(text, published=published)] == [value]


@pytest.mark.parametrize("text", [
    # a past verb of a "since" clause that does not end in -ed ("led", "fled", "fell", "seized"): that clause's date
    "Sudanese leader Abdel Fattah al-Burhan's visit to Egyptian President Abdel Fattah el-Sisi comes as his country "
    "is in stalemate since he led a military coup in October.",
    "Sudanese leader Abdel Fattah al-Burhan's visit to Egyptian President Abdel Fattah el-Sisi comes as his country "
    "is in turmoil since its old government fell in October.",
])
def test_a_date_in_a_since_clause_with_an_irregular_verb(text):
    assert "2021-10" not in [e.date for e in events_of(text, published=date(2022, 3, 31))]


@pytest.mark.parametrize("text,value", [
    # a date in a relative clause set off by commas, of something else, is not the meeting's
    ("The Government of Bangladesh, which will present the annual budget on Thursday, is dealing with inflation and "
     "Prime Minister Sheikh Hasina will use her visit to ask Prime Minister Narendra Modi for help.", []),
    # the meeting's own relative clause still dates it
    ("Prime Minister Sheikh Hasina will visit India for a summit, which will open on Thursday, with Narendra Modi.",
     ["2024-06-06"]),
])
def test_a_date_in_an_aside_of_something_else(text, value):
    assert [e.date for e in events_of(text, published=date(2024, 6, 4)) if e.date] == value


def test_a_day_earlier_opening_a_sentence_counts_from_the_sentence_before():
    text = ("Prime Minister Imran Khan met Chinese President Xi Jinping in Beijing on October 9. A day earlier, "
            "Imran Khan held talks with Chinese Premier Li Keqiang at the Great Hall of the People.")
    evs = events_of(text, published=date(2019, 10, 9))
    assert sorted((e.date, tuple(sorted(e.participants))) for e in evs) == [
        ("2019-10-08", ("Imran Khan", "Li Keqiang")), ("2019-10-09", ("Imran Khan", "Xi Jinping"))]


def test_their_meeting_in_a_later_sentence_is_of_the_pair_told_before():
    text = ("Vietnamese Prime Minister Pham Minh Chinh met Indonesian President Joko Widodo in Jakarta on Monday. Both "
            "leaders spoke highly of the partnership since their meeting in Labuan Bajo in May.")
    evs = events_of(text, published=date(2023, 9, 5))
    assert sorted((e.date, e.location, tuple(sorted(e.participants))) for e in evs) == [
        ("2023-05", "Labuan Bajo", ("Joko Widodo", "Pham Minh Chinh")),
        ("2023-09-04", "Jakarta", ("Joko Widodo", "Pham Minh Chinh"))]


def test_next_week_and_a_day_within_it_of_the_same_people_are_one_meeting():
    text = ("Foreign Affairs Secretary Enrique Manalo will meet US Secretary of State Antony Blinken next week in "
            "Manila, the DFA said. Manalo will host Blinken on July 30 for the 4th Philippines-US Foreign and "
            "Defense Ministerial Dialogue.")
    evs = events_of(text, published=date(2024, 7, 24))
    assert [(e.date, e.location) for e in evs] == [("2024-07-30", "Manila")]


def test_the_meeting_between_the_pair_is_of_the_people_told_before():
    text = ("In November 2017, U.S. President Donald Trump visited China and met Chinese President Xi Jinping. The "
            "recent meeting between the pair took place at a working dinner in Argentina on December 1, 2018.")
    evs = events_of(text, published=date(2019, 1, 2))
    assert [(e.date, sorted(e.participants)) for e in evs if e.date == "2018-12-01"] == [
        ("2018-12-01", ["Donald Trump", "Xi Jinping"])]





def test_people_not_in_office_when_a_joined_meeting_took_place_are_left_out():
    # an undated visit told first ("visited China the most") brings the host's leader of the article's day; joined
    # to the meeting of October 2001, only those in office then stay (not Xi Jinping). A real page (osspi.blogspot)
    text = (Path(__file__).parent / "fixtures" / "leaders_history.txt").read_text(encoding="utf-8")
    evs = events_of(text, published=date(2019, 1, 2))
    assert [sorted(e.participants) for e in evs if e.date == "2001-10"] == [["George W. Bush", "Jiang Zemin"]]


def test_those_taking_part_in_a_meeting_between_two_are_at_it_too():
    text = ("The office also announced that another meeting between Japanese Prime Minister Fumio Kishida and South "
            "Korean President Yoon Suk-yeol will take place on May 21 in Hiroshima, the largest city of the region, "
            "with the participation of US President Joe Biden and the Australian Prime Minister Anthony Albanese.")
    evs = events_of(text, published=date(2023, 5, 10))
    assert [sorted(e.participants) for e in evs] == [
        ["Anthony Albanese", "Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"]]


def test_a_second_day_of_talks_is_the_meeting_of_the_day_before():
    text = ("Foreign Minister Fumio Kishida held talks with Chinese Foreign Minister Wang Yi in Tokyo on Thursday "
            "evening. Kishida on Friday wrapped up his second day of meetings with Wang Yi in Tokyo. It is not known "
            "what Kishida and Wang discussed on Friday.")
    evs = events_of(text, published=date(2016, 8, 27))
    assert [(sorted(e.participants), e.date) for e in evs] == [(["Fumio Kishida", "Wang Yi"], "2016-08-25")]


@pytest.mark.parametrize("text,published,expected", [
    # a meeting told as ending a day after it began is that meeting, not a plan of its own (dev3 d3_12)
    ("The sixth edition of the summit of the European Union and the African Union began on Thursday in Brussels, "
     "hosted by European Council President Charles Michel. The summit ends on Friday.", date(2022, 2, 17),
     [("2022-02-17", "held")]),
    # talks told as under way, then to resume that afternoon: the same meeting (dev8 d8_07, a live blog)
    ("North Korean leader Kim Jong Un is meeting with South Korean President Moon Jae-in at the Peace House. Kim "
     "returned to the North for a break, and talks are expected to resume this afternoon.", date(2018, 4, 27),
     [("2018-04-27", "held")]),
    # talks to resume days later are a round of their own
    ("Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba met in Antalya on "
     "Thursday. The talks will resume on March 28 in Istanbul.", date(2022, 3, 10),
     [("2022-03-10", "held"), ("2022-03-28", "planned")]),
    ("Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba met in Antalya on "
     "Thursday. Talks between Russian and Ukrainian negotiators are expected to resume on Monday.",
     date(2022, 3, 10), [("2022-03-10", "held"), ("2022-03-14", "planned")]),
])
def test_a_meeting_told_as_going_on_or_ending_is_the_meeting_begun_before(text, published, expected):
    assert [(e.date, e.status) for e in events_of(text, published=published)] == expected


@pytest.mark.parametrize("text,expected", [
    # "today's meeting" and a meeting "this morning" told with no one of its own: one meeting (dev5 d5_12)
    ("EU foreign policy chief Josep Borrell said he expects Serbian President Aleksandar Vucic and Kosovo Prime "
     "Minister Albin Kurti to be flexible at today's meeting in Brussels.\n\n\"I am convening this morning the "
     "High-level Belgrade-Pristina Dialogue meeting. I expect both leaders to be open.\"",
     [("2022-08-18", "planned", ["Albin Kurti", "Aleksandar Vucic"])]),
    ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti will hold a meeting in Brussels today. "
     "The EU is convening this morning the High-level Belgrade-Pristina Dialogue meeting.",
     [("2022-08-18", "planned", ["Albin Kurti", "Aleksandar Vucic"])]),
    # not a meeting of that day with someone else, nor one of other people in another city
    ("Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Brussels this morning. Vucic will "
     "hold talks with French President Emmanuel Macron in Paris tonight.",
     [("2022-08-18", "held", ["Albin Kurti", "Aleksandar Vucic"]),
      ("2022-08-18", "planned", ["Aleksandar Vucic", "Emmanuel Macron"])]),
])
def test_two_words_for_today_tell_one_meeting(text, expected):
    evs = events_of(text, published=date(2022, 8, 18))
    assert [(e.date, e.status, sorted(e.participants)) for e in evs] == expected


def test_talks_planned_on_the_second_day_of_a_visit_are_not_the_dinner_held_the_night_before():
    text = ("Prime Minister Narendra Modi will hold bilateral talks with US President Joe Biden at the White House "
            "today on the second day of his state visit to the United States. Last night, President Joe Biden "
            "hosted Prime Minister Modi for a private dinner at the White House.")
    evs = events_of(text, published=date(2023, 6, 22))
    assert sorted((e.date, e.status) for e in evs) == [("2023-06-21", "held"), ("2023-06-22", "planned")]


@pytest.mark.parametrize("text,dates", [
    # the present perfect in the lede: just now, the article's day
    ("ANKARA - Finnish President Sauli Niinisto has met Turkish President Recep Tayyip Erdogan in Ankara.",
     ["2023-03-17"]),
    # "has begun" after the meeting word, its people listed between dashes: under way, the article's day
    ("A summit of three leaders – Sauli Niinisto of Finland, Recep Tayyip Erdogan of Turkey, and Ulf Kristersson of "
     "Sweden – has begun in Madrid.", ["2023-03-17"]),
    # many meetings told at once are none in particular
    ("Finnish President Sauli Niinisto has met Turkish President Recep Tayyip Erdogan three times.", []),
    ("Chinese President Xi Jinping and Russian President Vladimir Putin met twice this year.", []),
    # unless their dates are listed: one meeting each
    ("Chinese President Xi Jinping and Russian President Vladimir Putin met twice this year, in January and March.",
     ["2023-01", "2023-03"]),
    ("Xi Jinping and Vladimir Putin met each other twice this year in Moscow on January 5 and February 9.",
     ["2023-01-05", "2023-02-09"]),
])
def test_has_met_and_met_many_times(text, dates):
    assert [e.date for e in events_of(text, published=date(2023, 3, 17))] == dates



def test_he_is_the_person_the_sentence_before_named_first():
    text = ("Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday. Samarkand is "
            "Xi's second stop on his first trip abroad since the start of the pandemic. On Wednesday he was in "
            "Kazakhstan, where he held talks with President Kassym-Jomart Tokayev in Nur-Sultan.")
    evs = events_of(text, published=date(2022, 9, 15))
    assert [(e.date, sorted(e.participants)) for e in evs] == [
        ("2022-09-15", ["Vladimir Putin", "Xi Jinping"]), ("2022-09-14", ["Kassym-Jomart Tokayev", "Xi Jinping"])]


@pytest.mark.parametrize("text,expected", [
    # "he" as the subject of what sources or officials say: the person the sentence before named first, the host of
    # the round of meetings it tells (one meeting per guest)
    ("Prime Minister Narendra Modi will hold more than 15 bilateral meetings at the G20 summit, according to sources. "
     "Official sources said he will hold bilateral meetings with the US president and the Bangladeshi prime minister "
     "on Friday.", [["Joe Biden", "Narendra Modi"], ["Narendra Modi", "Sheikh Hasina"]]),
    # a person who says it is who "he" is; and what officials say with the one met named
    ("Chinese President Xi Jinping spoke in Beijing on Monday. Russian President Vladimir Putin said he will meet "
     "Belarusian President Alexander Lukashenko on Tuesday.", [["Alexander Lukashenko", "Vladimir Putin"]]),
    ("Chinese President Xi Jinping spoke in Beijing on Monday. Officials told reporters that he will meet Russian "
     "President Vladimir Putin in Moscow on Tuesday.", [["Vladimir Putin", "Xi Jinping"]]),
])
def test_he_of_what_sources_say_is_the_subject_before(text, expected):
    evs = events_of(text, published=date(2023, 9, 6))
    assert [sorted(met(e)) for e in evs if len(met(e)) >= 2] == expected


def test_talks_told_with_their_place_and_day_are_a_meeting():
    text = ("Talks at Hyderabad House in New Delhi on Jan. 25, 2015, saw U.S. President Barack Obama and Prime "
            "Minister Narendra Modi agree on nuclear liability.")
    evs = events_of(text, published=date(2023, 6, 20))
    assert [(e.date, sorted(e.participants)) for e in evs] == [("2015-01-25", ["Barack Obama", "Narendra Modi"])]


@pytest.mark.parametrize("text,dates", [
    # two people of two countries acting together met: sealing, striking, announcing a deal
    ("The accord builds on the interim agreement that John Kerry and Mohammad Javad Zarif sealed in Geneva on 24 "
     "November 2013, while negotiations continued.", ["2013-11-24"]),
    ("Erdogan and Putin had sealed a deal on a demilitarized zone in Sochi on Sept. 17, 2018.", ["2018-09-17"]),
    # not on the phone
    ("In a phone call on Monday, Erdogan and Putin sealed a deal on grain.", []),
])
def test_a_deal_sealed_together_is_a_meeting(text, dates):
    assert [e.date for e in events_of(text, published=date(2023, 4, 2))] == dates


_FILLER = ("The new treaty commits the two countries to consult each other before major EU meetings, to try to speak "
           "with one voice at the United Nations, and to make a permanent seat on the Security Council a priority. ")


@pytest.mark.parametrize("text,published,expected", [
    # the pair told as "the two leaders" signing: the pair told before
    ("French President Emmanuel Macron and German Chancellor Angela Merkel have signed a new treaty. The two leaders "
     "signed the Treaty of Aachen on Tuesday in the coronation hall of the town hall.", date(2019, 1, 23),
     [("2019-01-22", ["Angela Merkel", "Emmanuel Macron"])]),
    # the second of the pair set off from the verb: "he and Mr Sharif, then also Prime Minister, signed"
    ("Indian Prime Minister Atal Bihari Vajpayee took the bus to Lahore in February 1999, where he and Nawaz Sharif, "
     "then also Prime Minister, signed the Lahore Declaration.", date(2015, 12, 26),
     [("1999-02", ["Atal Bihari Vajpayee", "Nawaz Sharif"])]),
    # governments, not people: no meeting of their own
    ("The two countries signed a treaty on Tuesday.", date(2019, 1, 23), []),
])
def test_a_text_signed_by_a_pair_told_otherwise_is_a_meeting(text, published, expected):
    assert [(e.date, sorted(e.participants)) for e in events_of(text, published=published)] == expected


@pytest.mark.parametrize("text,expected", [
    # "the two leaders" of a story that told one pair, however long ago: that pair
    ("French President Emmanuel Macron and German Chancellor Angela Merkel met in Aachen on Tuesday. " + _FILLER * 9
     + "The two leaders finally agreed on a eurozone budget when they met at Meseberg castle on 19 June last year.",
     [("2018-06-19", ["Angela Merkel", "Emmanuel Macron"])]),
    # two pairs told: no guess which
    ("French President Emmanuel Macron and German Chancellor Angela Merkel met in Aachen on Tuesday. Macron also met "
     "Italian Prime Minister Giuseppe Conte in Rome on Monday. " + _FILLER * 9
     + "The two leaders finally agreed on a eurozone budget when they met at Meseberg castle on 19 June last year.",
     []),
])
def test_the_two_leaders_of_a_story_of_one_pair(text, expected):
    evs = events_of(text, published=date(2019, 1, 23))
    assert [(e.date, sorted(e.participants)) for e in evs if e.location == "Meseberg"] == expected


def test_the_same_day_opening_a_sentence_is_the_day_of_the_sentence_before():
    text = ("Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in Samarkand on Friday. Later "
            "the same day, Putin met Turkey's president, Recep Tayyip Erdogan, who helped broker the July deal.")
    evs = events_of(text, published=date(2022, 9, 17))
    assert [(e.date, sorted(e.participants)) for e in evs] == [
        ("2022-09-16", ["Narendra Modi", "Vladimir Putin"]), ("2022-09-16", ["Recep Tayyip Erdogan", "Vladimir Putin"])]


@pytest.mark.parametrize("text,published,dates", [
    # "the same day" inside a sentence of no date of its own: the day the sentence before tells, else the one before
    ("US Vice President JD Vance will visit India from April 21 to 24 and will arrive in New Delhi on Monday. He will "
     "be received at the Air Force Station at 10:00 am. A formal meeting with Prime Minister Narendra Modi is "
     "scheduled at 6:30 pm, the same day.", date(2025, 4, 20), ["2025-04-21"]),
    ("Japanese Foreign Minister Takeshi Iwaya arrived in Canberra on Thursday. He will hold talks with his "
     "Australian counterpart Penny Wong the next day.", date(2025, 1, 31), ["2025-01-31"]),
    # opening the sentence, counted from the meeting told before (date_by_sequence): each of its meetings so dated
    ("Upon arrival in Bishkek on Thursday, Putin is first scheduled to hold talks with Indian Prime Minister Narendra "
     "Modi. Later in the day, the Russian leader will meet with the summit's host, President Sooronbay Jeenbekov. The "
     "next day, Putin is set to hold talks with Iranian President Hassan Rouhani and meet in a trilateral format with "
     "the leaders of China and Mongolia.", date(2019, 6, 13), ["2019-06-13", "2019-06-14", "2019-06-14"]),
    # the same day as something else told is not the day told before
    ("Japan's foreign ministry announced the trip on Thursday. Foreign Minister Takeshi Iwaya will hold talks with "
     "his Australian counterpart Penny Wong in Canberra the same day as his arrival.", date(2025, 2, 7), [None]),
])
def test_the_same_day_inside_a_sentence_is_the_day_told_before(text, published, dates):
    assert [e.date for e in events_of(text, published=published)] == dates


@pytest.mark.parametrize("text,published,value", [
    # a date line opening the sentence, set off by a dash, and the meeting's own date after it
    ("May 4, 2023 — This week I hosted Azerbaijan Foreign Minister Jeyhun Bayramov and Armenia Foreign Minister "
     "Ararat Mirzoyan for bilateral peace negotiations.", date(2023, 5, 4), "2023-05"),
    ("June 14, 2019 - On Tuesday, Russian President Vladimir Putin held talks with Kyrgyz President Sooronbay "
     "Jeenbekov in Bishkek.", date(2019, 6, 14), "2019-06-11"),
    # the date line alone dates the meeting
    ("May 4, 2023 — Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Washington.",
     date(2023, 5, 4), "2023-05-04"),
])
def test_a_date_line_opening_a_sentence_yields_to_the_meetings_own_date(text, published, value):
    assert [e.date for e in events_of(text, published=published)] == [value]


@pytest.mark.parametrize("text,published,dates", [
    # the day a visit of untold length ended: the month of its talks, and of the round told next (a visit of a
    # length told begins that many days before: spans.py)
    ("Indian Prime Minister Manmohan Singh on Saturday wound up a visit to Port of Spain, where he held talks with "
     "British Prime Minister Gordon Brown.", date(2009, 11, 29), ["2009-11"]),
    ("Chinese Premier Li Qiang wrapped up his official visit to Germany on Wednesday after meeting German "
     "Chancellor Olaf Scholz.", date(2023, 6, 22), ["2023-06"]),
    # a visit of one day: that day
    ("Indian External Affairs Minister S. Jaishankar on Tuesday concluded a one-day visit to Colombo, where he met "
     "Sri Lankan President Ranil Wickremesinghe.", date(2023, 6, 21), ["2023-06-20"]),
])
def test_the_day_a_visit_ended_dates_its_talks_by_the_month(text, published, dates):
    assert [e.date for e in events_of(text, published=published)] == dates


@pytest.mark.parametrize("text,published,dates", [
    # "During his visit," after a visit of several days told with its days: a day among them, the month
    ("Japanese Prime Minister Fumio Kishida had visited Indonesia during January 9-12. During his visit, he held "
     "talks with Indonesian President Joko Widodo.", date(2023, 3, 1), ["2023-01"]),
    # "During his five-day visit," after the day it ended: the month
    ("Indonesian President Joko Widodo on Friday concluded a tour of East Africa. During his five-day visit, Widodo "
     "met Kenyan President William Ruto in Nairobi.", date(2023, 8, 27), ["2023-08"]),
    ("Malaysian Prime Minister Anwar Ibrahim returned from Tokyo on Sunday. During the three-day visit, Anwar met "
     "Japanese Prime Minister Fumio Kishida.", date(2023, 12, 18), ["2023-12"]),
    # a visit of one day: the day the sentence before tells
    ("Pakistani Foreign Minister Ishaq Dar will lead a delegation to Kabul on Saturday. During the day-long visit, he "
     "will call on the Afghan Prime Minister Mohammad Hasan Akhund.", date(2025, 4, 18), ["2025-04-19"]),
])
def test_talks_during_a_visit_of_several_days_take_its_month(text, published, dates):
    assert [e.date for e in events_of(text, published=published)] == dates


@pytest.mark.parametrize("text,published,dates", [
    # "During his visit to India," after a trip told with its month alone, a summit elsewhere told before it: the
    # trip's month, not the summit's (dev19 d19_06)
    ("Indian National Security Adviser M K Narayanan and US National Security Adviser James Jones had first met in "
     "London in April on the sidelines of the G-20 Summit. Thereafter Jones travelled to India at the invitation of "
     "Narayanan in June. During his visit to India, Jones met with Prime Minister Manmohan Singh, Defense Minister "
     "A K Antony and Foreign Secretary Shivshankar Menon.",
     date(2009, 10, 31), ["2009-04", "2009-06", "2009-06", "2009-06", "2009-06"]),
    # no summit: the visit's month, not the article's
    ("Indian External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi at the G20 summit in Bali "
     "in July. He travelled to Egypt in October. During his visit to Egypt, Jaishankar met with President Abdel "
     "Fattah el-Sisi, Prime Minister Mostafa Madbouly and Foreign Minister Sameh Shoukry.", date(2022, 11, 1),
     ["2022-07", "2022-10", "2022-10", "2022-10"]),  # a call on each of the three (test_calls_on_both_heads.py)
    # the visit told to the summit's own country: the summit's day still dates the round
    ("Prime Minister Narendra Modi attended the G20 Summit in Osaka on June 28. During his visit to Japan, Modi met "
     "with Chinese President Xi Jinping, French President Emmanuel Macron and Indonesian President Joko Widodo.",
     date(2019, 6, 30), ["2019-06-28", "2019-06-28", "2019-06-28", "2019-06-28"]),
])
def test_talks_during_a_visit_to_a_place_take_the_month_the_visit_is_told_in(text, published, dates):
    assert sorted(e.date for e in events_of(text, published=published)) == sorted(dates)


@pytest.mark.parametrize("text,published,expected", [
    # a meeting of others of the two countries of a visit dated to the day, told in the next sentence: during the
    # visit, its day (dev19 d19_03, Ynetnews/Reuters)
    ("Iran and Iraq agreed to boost defense cooperation during a visit of Iraqi Prime Minister Nuri al-Maliki to "
     "Tehran on Monday, Iran's official IRNA news agency said. Iran's Defense Minister Mostafa Mohammad Najjar signed "
     "a memorandum of understanding on defence cooperation with his Iraqi counterpart, Abdul Qader Jassim, IRNA said.",
     date(2008, 6, 9), [("2008-06-09", ["Abdul Qader Jassim", "Mostafa Mohammad-Najjar"]),
                        ("2008-06-09", ["Nuri al-Maliki"])]),
    ("Chinese President Xi Jinping arrived in Moscow on Monday for a state visit to Russia. Chinese Foreign Minister "
     "Qin Gang held talks with his Russian counterpart Sergei Lavrov.", date(2023, 3, 22),
     [("2023-03-20", ["Qin Gang", "Sergei Lavrov"]), ("2023-03-20", ["Xi Jinping"])]),
    # a meeting of another country's people: not the visit's
    ("Chinese President Xi Jinping arrived in Moscow on Monday for a state visit to Russia. Indian Foreign Minister "
     "S. Jaishankar held talks with his Russian counterpart Sergei Lavrov.", date(2023, 3, 22),
     [("2023-03", ["S. Jaishankar", "Sergei Lavrov"]), ("2023-03-20", ["Xi Jinping"])]),
])
def test_a_meeting_of_the_two_countries_of_a_visit_told_next_is_of_its_day(text, published, expected):
    assert sorted((e.date, sorted(e.participants)) for e in events_of(text, published=published)) == expected


@pytest.mark.parametrize("text,published,expected", [
    # a delegation's members listed with their offices set off ("Mr. A, President of the Oromia Region, and Dr. B,
    # Foreign Minister"): one list, the ", and" no clause of its own (dev19 d19_09, Shabait)
    ("President Isaias Afwerki met and held talks on Monday with senior Ethiopian delegation composed of Mr. Lemma "
     "Megersa, President of the Oromia Region, and Dr. Workneh Gebeyehu, Foreign Minister of the Federal Republic of "
     "Ethiopia.", date(2018, 8, 8), [("2018-08-06", ["Isaias Afwerki", "Workneh Gebeyehu"])]),
    ("Prime Minister Narendra Modi on Monday received a delegation including Mr. Ahmed Sultan, Governor of the Central "
     "Bank, and Foreign Minister Sameh Shoukry.", date(2022, 10, 18),
     [("2022-10-17", ["Narendra Modi", "Sameh Shoukry"])]),
    # ", and" before a clause of its own: as before
    ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday, and Foreign "
     "Minister Sergei Lavrov met Foreign Minister Mevlut Cavusoglu.", date(2021, 9, 30),
     [("2021-09", ["Mevlut Cavusoglu", "Sergei Lavrov"]), ("2021-09-27", ["Recep Tayyip Erdogan", "Vladimir Putin"])]),
])
def test_names_with_their_offices_set_off_in_a_delegation_are_one_list(text, published, expected):
    assert sorted((e.date, sorted(e.participants)) for e in events_of(text, published=published)) == expected


@pytest.mark.parametrize("text,published,expected", [
    # "Ahead of X's visit to Y in November, A met B": the visit is X's, to come, of its own date; A and B met without
    # X, not on the visit's date (dev19 d19_06)
    ("Ahead of Prime Minister Manmohan Singh's visit to Washington in November, Indian National Security Adviser M K "
     "Narayanan discussed with his US counterpart General James Jones the preparations for the Indian leader's trip.",
     date(2009, 10, 31), [("2009-10", "held", ["James L. Jones", "M. K. Narayanan"]),
                          ("2009-11", "planned", ["Manmohan Singh"])]),
    ("Ahead of Prime Minister Narendra Modi's visit to Washington next week, External Affairs Minister S Jaishankar "
     "met US Secretary of State Antony Blinken on Monday.", date(2023, 6, 14),
     [("2023-06", "planned", ["Narendra Modi"]), ("2023-06-12", "held", ["Antony Blinken", "S. Jaishankar"])]),
    # a meeting told elsewhere by "the": as before
    ("Ahead of the G20 summit, Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida on Monday.",
     date(2023, 6, 14), [("2023-06-12", "held", ["Fumio Kishida", "Narendra Modi"])]),
])
def test_ahead_of_someones_visit_is_a_visit_of_its_own_to_come(text, published, expected):
    assert sorted((e.date, e.status, sorted(e.participants)) for e in events_of(text, published=published)) == expected


@pytest.mark.parametrize("text,published,dates", [
    # a hard-wrapped page: the line break inside "travelled to" is read as a space (dev19 d19_06)
    ("The new partnership has been growing for months and US National Security Adviser James Jones travelled\nto "
     "India in June at the invitation of Indian National Security Adviser M K Narayanan.", date(2009, 10, 31),
     ["2009-06"]),
    # the same words on one line; a break between two words of which neither needs the other
    ("The new partnership has been growing for months and US National Security Adviser James Jones travelled to "
     "India in June at the invitation of Indian National Security Adviser M K Narayanan.", date(2009, 10, 31),
     ["2009-06"]),
    ("Indian Prime Minister Narendra Modi held\ntalks with Japanese Prime Minister Shinzo Abe in Tokyo on "
     "Monday.", date(2018, 10, 30), ["2018-10-29"]),
])
def test_a_line_break_inside_meeting_words_reads_as_a_space(text, published, dates):
    assert [e.date for e in events_of(text, published=published)] == dates


@pytest.mark.parametrize("text,published,value", [
    # no day told before: the article's own day
    ("India's National Security Advisor Ajit Doval met U.S. Secretary of State Mike Pompeo at South Block. Pompeo "
     "is due to meet India's Foreign Minister Subrahmanyam Jaishankar later in the day in New Delhi.",
     date(2020, 10, 27), "2020-10-27"),
    # the day the sentence before tells
    ("Russian President Vladimir Putin laid a wreath in Samarkand on Thursday. He met Chinese President Xi Jinping "
     "later in the day.", date(2022, 9, 17), "2022-09-15"),
    # a meeting told just before: its day (date_by_sequence), not the day of the summit's start told between
    ("Turkish President Recep Tayyip Erdogan on Wednesday met Greek Prime Minister Kyriakos Mitsotakis in Vilnius. "
     "The talks took place at the venue of the two-day NATO meeting that began on Tuesday. Earlier in the day, "
     "Erdogan met Spanish Prime Minister Pedro Sanchez.", date(2023, 7, 12), "2023-07-12"),
    # a day told inside a quote is the speaker's, not the narrative's
    ("“Indian External Affairs Minister S. Jaishankar held fruitful talks with Kyrgyz Foreign Minister Chingiz "
     "Aidarbekov yesterday,” the spokesman said. Kazakh Foreign Minister Mukhtar Tleuberdi also held talks with "
     "Jaishankar earlier in the day.", date(2020, 9, 10), "2020-09-10"),
    ("Turkish Foreign Minister Mevlut Cavusoglu met his Greek counterpart Nikos Dendias earlier in the day in "
     "Ankara.", date(2021, 4, 15), "2021-04-15"),
    # the day told sentences before, the ones between telling none (the talks' topics): that day, not the article's
    # (a readout published the day before, dev16 d16_14)
    ("South African President Thabo Mbeki will on Monday 6 November 2006 hold discussions with Chinese President Hu "
     "Jintao in Beijing. The discussions take place within the context of efforts to strengthen trade links. Issues "
     "on the agenda include the review of bilateral relations. President Mbeki will also later in the day receive a "
     "courtesy call from Prime Minister Wen Jiabao.", date(2006, 11, 5), "2006-11-06"),
    ("Russian President Vladimir Putin laid a wreath in Samarkand on Thursday. The ceremony was short and quiet. He "
     "met Chinese President Xi Jinping later in the day.", date(2022, 9, 17), "2022-09-15"),
])
def test_later_in_the_day_is_the_day_last_told_else_the_articles(text, published, value):
    assert [e.date for e in events_of(text, published=published)][-1:] == [value]


@pytest.mark.parametrize("text,published,countries", [
    # a surname that is also a country's name ("Mali", "Jordan", "Chad") names no party of the meeting
    ("Hungarian Prime Minister Viktor Orban met Finance Minister Sinisa Mali in Belgrade on Friday.",
     date(2022, 9, 16), ["Hungary"]),
    ("Kenyan President William Ruto met Finance Minister Peter Jordan in Nairobi on Monday.",
     date(2023, 5, 9), ["Kenya"]),
])
def test_a_name_that_is_a_countrys_is_no_side(text, published, countries):
    evs = events_of(text, published=published)
    assert all(not (set(e.countries) - set(countries)) for e in evs)


@pytest.mark.parametrize("text,published,location", [
    # a meeting told first by its people alone, then right after with its place: one meeting
    ("Meeting between Vucic and Orban: Hungarian Prime Minister Viktor Orban arrived in Belgrade, where he met "
     "with Serbian President Aleksandar Vucic.", date(2022, 9, 16), "Belgrade"),
    ("Talks between Ruto and Museveni. Kenyan President William Ruto met Ugandan President Yoweri Museveni in "
     "Entebbe.", date(2023, 3, 3), "Entebbe"),
])
def test_a_meeting_told_by_its_people_then_with_its_place_is_one(text, published, location):
    evs = events_of(text, published=published)
    assert [e.location for e in evs] == [location]


@pytest.mark.parametrize("text,published,expected", [
    # a guest verb with the guest named right after it is a meeting
    ("President Nana Akufo-Addo welcomed Ivorian President Alassane Ouattara to Jubilee House on Thursday.",
     date(2022, 6, 10), [("held", "2022-06-09")]),
    ("Prime Minister Robert Fico will welcome his Czech counterpart Petr Fiala in Bratislava on Monday.",
     date(2024, 2, 1), [("planned", "2024-02-05")]),
    ("On arrival on Sunday, President Paul Kagame was welcomed by President Yoweri Museveni at State House.",
     date(2022, 4, 25), [("held", "2022-04-24")]),
    # in the passive, the day and the place may stand between the verb and the host who welcomed the guest
    ("Chinese President Xi Jinping was welcomed on Thursday to the royal palace in Riyadh by Crown Prince Mohammed "
     "bin Salman.", date(2022, 12, 9), [("held", "2022-12-08")]),
    ("Chinese President Xi Jinping was warmly welcomed at the Royal Court in Riyadh by Crown Prince Mohammed bin "
     "Salman on Thursday.", date(2022, 12, 9), [("held", "2022-12-08")]),
    # a welcome on arrival at the airfield is protocol, no meeting (the talks are told by other words)
    ("Chinese President Xi Jinping landed in Riyadh on Wednesday and was welcomed on the tarmac by Foreign Minister "
     "Prince Faisal bin Farhan.", date(2022, 12, 9), []),
    ("President Paul Kagame was welcomed at Entebbe airport by Foreign Minister Sam Kutesa on Sunday.",
     date(2022, 4, 25), []),
    # welcoming a thing, or someone's words, is no meeting
    ("President Nana Akufo-Addo welcomed Alassane Ouattara's proposal on Thursday.", date(2022, 6, 10), []),
    ("Ghana welcomed the agreement between Ethiopia and Egypt on Monday.", date(2022, 6, 10), []),
])
def test_welcoming_a_named_guest_is_a_meeting(text, published, expected):
    assert [(e.status, e.date) for e in events_of(text, published=published)] == expected


@pytest.mark.parametrize("text", [
    # a meeting "to be held", "due to take place": planned, whatever the tense of the verb it is the object of
    "Trudeau and Pena Nieto discussed the summit to be held in Mexico in July.",
    "Trudeau and Pena Nieto discussed the Pacific Alliance summit, due to take place in Mexico in July.",
])
def test_a_meeting_to_be_held_is_planned(text):
    assert [(e.status, e.date) for e in events_of(text, published=date(2018, 4, 14))] == [("planned", "2018-07")]


@pytest.mark.parametrize("text,expected", [
    # a meeting with the date it is "scheduled for": planned, whatever the tense of the verb that tells of it
    ("Fidan and Lavrov discussed the anticipated meeting between Turkish President Recep Tayyip Erdogan and Russian "
     "President Vladimir Putin, scheduled for Sept. 4, as confirmed by the Kremlin.", [("planned", "2023-09-04")]),
    ("The ministers reviewed preparations for the summit of Erdogan and Putin, set for Sept. 4 in Sochi.",
     [("planned", "2023-09-04")]),
])
def test_a_meeting_scheduled_for_a_date_is_planned(text, expected):
    assert [(e.status, e.date) for e in events_of(text, published=date(2023, 9, 3))] == expected


@pytest.mark.parametrize("text,expected", [
    # "is the first head of government to pay an official visit": the visit told is done, the one just reported
    ("Spanish Prime Minister Pedro Sanchez arrived in Mexico City on Wednesday, Jan. 30, for a two-day official "
     "visit. Sanchez is the first head of government to pay an official visit to Mexico since Lopez Obrador took "
     "office on Dec. 1.", [("held", "2019-01-30")]),
    # not one still to come
    ("Chinese President Xi Jinping will be the first foreign leader to visit Mexico next month.",
     [("planned", "2019-02")]),
])
def test_the_first_to_visit_has_visited(text, expected):
    assert [(e.status, e.date) for e in events_of(text, published=date(2019, 1, 31))] == expected


def test_the_year_of_an_edition_is_the_meetings():
    """"they met at the 2021 edition in Washington": the year qualifies the edition of the summit, where they met."""
    text = ("Canadian Prime Minister Justin Trudeau and Mexican President Andres Manuel Lopez Obrador will hold talks "
            "on Tuesday, 14 months after they met at the 2021 edition in Washington.")
    evs = events_of(text, published=date(2023, 1, 9))
    assert [e.date[:4] for e in evs if e.location == "Washington"] == ["2021"]


def test_a_date_of_a_participle_with_its_agent_is_not_the_meetings():
    """"a step in the thaw initiated by Obama and Castro in December": December is the thaw's start."""
    text = ("Secretary of State John Kerry will host Cuban Foreign Minister Bruno Rodriguez at the State Department, "
            "a hugely symbolic step in the thaw between the countries initiated by President Barack Obama and Cuba's "
            "President Raul Castro in December.")
    assert [e.date for e in events_of(text, published=date(2015, 7, 18))] == [None]


@pytest.mark.parametrize("text,published,value", [
    # the agent of the participle a meeting: the date is that meeting's
    ("His predecessor Tony Abbott had visited India in September 2014 and this was followed by Prime Minister Narendra "
     "Modi's visit to Australia in November that year.", date(2017, 4, 10), "2014-11"),
    ("The talks in Geneva were followed by a summit of Russian President Vladimir Putin and U.S. President Joe Biden "
     "in June.", date(2021, 7, 1), "2021-06"),
])
def test_a_date_of_a_participle_whose_agent_is_a_meeting_is_that_meetings(text, published, value):
    assert [e.date for e in events_of(text, published=published)][-1:] == [value]


@pytest.mark.parametrize("text,published,dates", [
    # one of those someone has met, by rank: no meeting of its own
    ("Indonesian Foreign Minister Retno Marsudi met her Japanese counterpart Toshimitsu Motegi in Jakarta on Friday. "
     "\"We will work together,\" Japanese Foreign Minister Toshimitsu Motegi, the first foreign minister that Marsudi "
     "has met this year, said.", date(2020, 1, 10), ["2020-01-10"]),
    ("Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Monday. Putin, the "
     "only foreign leader whom Xi has met twice this year, praised the ties.", date(2023, 3, 21), ["2023-03-20"]),
])
def test_one_of_those_someone_has_met_by_rank_is_no_meeting(text, published, dates):
    assert [e.date for e in events_of(text, published=published)] == dates


@pytest.mark.parametrize("text,published,dates", [
    # the day of an appeal to meet or to agree at talks is not the talks' day, nor the day the lede tells
    ("EU foreign policy chief Josep Borrell urged Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin "
     "Kurti on Monday to meet in Brussels next week.", date(2023, 6, 20), ["2023-06"]),
    ("Saudi Arabia and the United States called on the Sudanese army and the Rapid Support Forces on Sunday to agree "
     "on a new ceasefire at the talks in Jeddah.", date(2023, 6, 7), ["2023-06"]),
])
def test_the_day_of_an_appeal_to_meet_is_not_the_meetings(text, published, dates):
    assert [e.date for e in events_of(text, published=published)] == dates


@pytest.mark.parametrize("text,published,dates", [
    # a round told as begun on one date and halted on another is of the date it began
    ("The latest round of talks between Iran and the world powers in Vienna began on November 29 and were paused on "
     "December 3.", date(2021, 12, 9), ["2021-11-29"]),
    ("The latest round of talks between Iran and the world powers in Vienna began last week and were suspended on "
     "Friday.", date(2021, 12, 9), ["2021-11"]),
])
def test_a_round_begun_and_halted_is_of_the_date_it_began(text, published, dates):
    assert [e.date for e in events_of(text, published=published)] == dates


def test_a_long_since_clause_keeps_its_date():
    """"met B in a Panama City hotel, the latest step toward better ties since Obama announced a shift in Cuba
    policy on Dec. 17": the date is the announcement's, however many words its clause has."""
    text = ("The U.S. and Cuban foreign ministers sat down for talks late on Thursday. U.S. Secretary of State John "
            "Kerry met with Cuban Foreign Minister Bruno Rodriguez in a Panama City hotel, the latest step toward "
            "better ties since President Barack Obama announced a historic shift in Cuba policy on Dec. 17.")
    evs = events_of(text, published=date(2015, 4, 10))
    assert "2014-12-17" not in [e.date for e in evs]
    assert "2015-04-09" in [e.date for e in evs]


def test_the_date_a_since_clause_tells_is_not_the_meetings():
    text = ("President Gustavo Petro welcomed Ecuadorian President Daniel Noboa in Bogota on Wednesday. "
            "The visit was Noboa's first trip abroad since he took office in November 2023.")
    evs = events_of(text, published=date(2024, 1, 18))
    assert [e.date for e in evs] == ["2024-01-17"]


@pytest.mark.parametrize("text,published,expected", [
    # conferring, holding discussions, an audience: meetings, held as their tense says
    ("Prime Minister Abiy Ahmed conferred with Djiboutian President Ismail Omar Guelleh in Addis Ababa on Monday.",
     date(2019, 2, 12), [("held", "2019-02-11")]),
    ("Prime Minister Abiy Ahmed held discussions with Somali President Hassan Sheikh Mohamud in Addis Ababa on "
     "Monday.", date(2023, 2, 14), [("held", "2023-02-13")]),
    ("Foreign Minister Gustavo Meza-Cuadra held an audience with Foreign Minister Alexandra Hill Tinoco of El "
     "Salvador in Bogota on Wednesday.", date(2019, 12, 5), [("held", "2019-12-04")]),
    ("Prime Minister Andrew Holness held bilateral discussions with Cuban President Miguel Diaz-Canel in Montego "
     "Bay on Thursday.", date(2018, 7, 6), [("held", "2018-07-05")]),
    ("President Lula receives this Wednesday his counterpart from Colombia, Gustavo Petro, at the Alvorada Palace.",
     date(2023, 5, 31), [("held", "2023-05-31")]),
    # a welcome in the past tense is held, whatever purpose follows ("aiming to ...")
    ("President Joe Biden welcomed Angolan President Joao Lourenco to the Oval Office on Thursday, aiming to "
     "reaffirm his commitment to Africa.", date(2023, 12, 1), [("held", "2023-11-30")]),
])
def test_conferring_and_discussions_are_meetings(text, published, expected):
    assert [(e.status, e.date) for e in events_of(text, published=published)] == expected


@pytest.mark.parametrize("text,published,expected", [
    # an arrival for a visit and the talks of the same people, whichever is told first: one visit, the talks' day
    ("President Yoweri Museveni and South African President Cyril Ramaphosa have today met at State House Entebbe. "
     "President Ramaphosa arrived in Uganda yesterday for an official working visit.", date(2024, 4, 16),
     ["2024-04-16"]),
    ("Nigerien President Mohamed Bazoum arrived in Accra on Sunday for a two-day visit. On Monday, President Nana "
     "Akufo-Addo and President Mohamed Bazoum held talks at Jubilee House.", date(2022, 6, 14), ["2022-06-13"]),
])
def test_an_arrival_and_the_talks_of_a_visit_are_one_event(text, published, expected):
    assert [e.date for e in events_of(text, published=published)] == expected


def test_the_same_people_on_the_same_weekday_told_twice_are_one_meeting():
    """Undated ("on Monday" of no known week), a meeting told again with the same day and people is the same one."""
    text = ("Hungary's Prime Minister Viktor Orban hosted Serbian President Aleksandar Vucic at his office in Budapest "
            "on Monday, the press office said.\n\nDuring their talks, the two leaders discussed economic cooperation "
            "between Hungary and Serbia, as well as key issues related to energy and supply security.\n\nHungarian "
            "Prime Minister Viktor Orban welcomed Serbian President Aleksandar Vucic in his office on Monday\n")
    evs = events_of(text, published=None)
    assert [(e.date_text, e.location) for e in evs] == [("Monday", "Budapest")]


@pytest.mark.parametrize("text,published,expected", [
    ("Prime Minister Andrew Holness was invited to meet with Vice President Mike Pence in Washington. "
     "The meeting took place, earlier this week, on Monday, September 30, 2019 at the White House.", date(2019, 10, 4),
     [("held", "2019-09-30", "Washington")]),
    ("European Council President Charles Michel will host the Armenian and Azerbaijani leaders in Brussels. The "
     "summit took place on April 6.", date(2022, 5, 20), [("held", "2022-04-06", "Brussels")]),
    # told as the last one, a word between: a meeting before, not the plan having taken place
    ("European Council President Charles Michel will host the Armenian and Azerbaijani leaders for the second time "
     "in less than two months. He described the last Armenian-Azerbaijani summit held on April 6 as productive.",
     date(2022, 5, 20), [("planned", None, None), ("held", "2022-04-06", None)]),
])
def test_a_plan_told_before_took_place_on_the_day_the_meeting_is_told(text, published, expected):
    evs = events_of(text, published=published)
    assert [(e.status, e.date, e.location) for e in evs] == expected


@pytest.mark.parametrize("text,published,expected", [
    # the people of a meeting told in a fronted phrase are not those of the sentence's own meeting
    ("Before the meeting with Putin, President Recep Tayyip Erdogan met with his Iranian counterpart Hassan Rouhani "
     "in Ankara on Monday.", date(2019, 9, 17), [["Hassan Rouhani", "Recep Tayyip Erdogan"]]),
    ("After talks with Macron, Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Berlin on Friday.",
     date(2024, 2, 10), [["Emmanuel Macron", "Olaf Scholz"], ["Donald Tusk", "Olaf Scholz"]]),
])
def test_a_fronted_meeting_lends_no_people_to_the_sentences_own(text, published, expected):
    assert [sorted(e.participants) for e in events_of(text, published=published)] == expected


def test_countries_the_talks_are_about_are_no_sides():
    text = ("Polish President Andrzej Duda met his Lithuanian counterpart Gitanas Nauseda in Gdansk on Monday to "
            "discuss the situation in Ukraine and Belarus.")
    evs = events_of(text, published=date(2022, 7, 26))
    assert [(sorted(e.countries), e.location) for e in evs] == [(["Lithuania", "Poland"], "Gdansk")]


def test_a_meeting_told_as_under_way_on_the_articles_own_day_is_held():
    text = ("Hungarian Prime Minister Viktor Orban is visiting Belgrade on Tuesday where he is meeting with his "
            "Serbian counterpart, Prime Minister Aleksandar Vucic.")
    evs = events_of(text, published=date(2014, 7, 1))
    assert [(e.status, e.date) for e in evs] == [("held", "2014-07-01")]


@pytest.mark.parametrize("text,expected", [
    # one who no longer holds an office still takes part in a meeting they are the subject or object of
    ("Former Israeli Prime Minister Benjamin Netanyahu on Friday met with UAE Foreign Minister Abdullah bin Zayed.",
     [("ministerial", ["Abdullah bin Zayed Al Nahyan", "Benjamin Netanyahu"])]),
    ("Indian External Affairs Minister S Jaishankar on Monday met former Vietnamese Foreign Minister Nguyen Dy Nien "
     "in Hanoi.", [("ministerial", ["Nguyen Dy Nien", "S. Jaishankar"])]),
    ("Former US President Barack Obama met Chinese President Xi Jinping in Beijing on Monday.",
     [("summit", ["Barack Obama", "Xi Jinping"])]),
    # a former leader told of otherwise is no participant
    ("Chinese President Xi Jinping met Indian Prime Minister Narendra Modi in Beijing on Monday, a meeting former "
     "President Barack Obama praised.", [("summit", ["Narendra Modi", "Xi Jinping"])]),
])
def test_a_former_office_holder_who_met_is_a_participant(text, expected):
    assert [(e.type, sorted(e.participants)) for e in events_of(text, published=date(2022, 9, 17))] == expected


def test_people_after_a_later_meeting_word_of_the_sentence_are_of_that_meeting():
    """"The talks covered ..., especially a possible visit by Xi next year": Xi is of the visit, which is to come,
    not of the talks."""
    text = ("South Korean Foreign Minister Park Jin and Chinese Foreign Minister Wang Yi held talks in Busan on "
            "Sunday. The talks are thought to have covered ways to develop relations between the two nations, "
            "especially a possible visit to South Korea by Chinese President Xi Jinping next year.")
    got = [(e.status, sorted(met(e))) for e in events_of(text, published=date(2023, 11, 26))]
    assert got == [("held", ["Park Jin", "Wang Yi"]), ("planned", ["Xi Jinping", "Yoon Suk Yeol"])]


@pytest.mark.parametrize("text,expected", [
    # a relative or a predecessor named to say who someone is takes no part in the meeting
    ("Sri Lankan Prime Minister Mahinda Rajapaksa, elder brother of Sri Lankan President Gotabaya Rajapaksa, arrived "
     "in New Delhi on Friday for talks with Indian Prime Minister Narendra Modi.",
     ["Mahinda Rajapaksa", "Narendra Modi"]),
    ("Saudi Crown Prince Mohammed bin Salman, son of King Salman bin Abdulaziz, met Indian Prime Minister Narendra "
     "Modi in Riyadh on Monday.", ["Mohammed bin Salman", "Narendra Modi"]),
])
def test_a_relative_named_in_apposition_is_no_participant(text, expected):
    assert [sorted(e.participants) for e in events_of(text, published=date(2023, 6, 7))] == [expected]


@pytest.mark.parametrize("text,expected", [
    # one whose policy, rule or election is named ("driven by Trump's tariff agenda") takes no part in the meeting
    ("Prime Minister Mark Carney arrived in Mexico City on Thursday for a meeting with Mexican President Claudia "
     "Sheinbaum as both leaders navigate trade challenges driven by U.S. President Donald Trump's tariff agenda.",
     ["Claudia Sheinbaum", "Mark Carney"]),
    ("U.S. President Joe Biden held talks with Brazilian President Luiz Inacio Lula da Silva at the White House on "
     "Friday in a reboot of relations after Jair Bolsonaro's stormy rule.", ["Joe Biden", "Luiz Inacio Lula da Silva"]),
    # one whose perspective or views a visitor shares is not at the meeting either
    ("US National Security Adviser H R McMaster called on Indian Prime Minister Narendra Modi on Tuesday, sharing "
     "President Donald Trump's perspective with the Prime Minister on the security situation.",
     ["H. R. McMaster", "Narendra Modi"]),
    ("Chinese Foreign Minister Wang Yi met Brazilian President Luiz Inacio Lula da Silva in Brasilia on Monday and "
     "conveyed President Xi Jinping's views on the war.", ["Luiz Inacio Lula da Silva", "Wang Yi"]),
    # one the talks are against ("talks on efforts to oust leftist strongman Nicolas Maduro") is not at them
    ("US President Donald Trump will host his Colombian counterpart Ivan Duque next week for talks on efforts to "
     "oust leftist strongman Nicolas Maduro from power in Venezuela.", ["Donald Trump", "Ivan Duque"]),
])
def test_one_whose_doings_are_named_is_no_participant(text, expected):
    assert [sorted(e.participants) for e in events_of(text, published=date(2023, 6, 7))] == [expected]


@pytest.mark.parametrize("text,expected", [
    # those who send greetings or a message through a visitor are not at the meeting
    ("Conveying a message from Iranian President Ebrahim Raisi to Sultan Haitham bin Tariq, Iranian Foreign Minister "
     "Hossein Amir-Abdollahian held talks with him in Muscat on Wednesday.",
     ["Haitham bin Tariq", "Hossein Amir-Abdollahian"]),
    ("Chinese Vice Premier Ding Xuexiang met Uzbek Prime Minister Abdulla Aripov in Tashkent on Friday and conveyed "
     "cordial greetings from President Xi Jinping to him.", ["Abdulla Aripov", "Ding Xuexiang"]),
])
def test_the_sender_of_greetings_is_no_participant(text, expected):
    assert [sorted(e.participants) for e in events_of(text, published=date(2023, 6, 7))] == [expected]


@pytest.mark.parametrize("text,published,expected", [
    # a present tense with a full date before the article's (a photo caption) tells of a meeting held
    ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol shake hands as they meet in "
     "Seoul on May 7, 2023.", date(2023, 5, 9), [("held", "2023-05-07")]),
    # a date counted back from the article's ("yesterday", "last November") is past, whatever the tense
    ("China's Foreign Minister Wang Yi and New Zealand Foreign Minister Winston Peters meet in Wellington "
     "yesterday.", date(2024, 3, 19), [("held", "2024-03-18")]),
    # with a date after it, a plan
    ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol meet in Seoul on May 7, 2023.",
     date(2023, 5, 1), [("planned", "2023-05-07")]),
])
def test_a_present_tense_with_a_past_full_date_is_held(text, published, expected):
    assert [(e.status, e.date) for e in events_of(text, published=published)] == expected


@pytest.mark.parametrize("text,expected", [
    # a country the meeting is about is no side of it
    ("Israeli Prime Minister Naftali Bennett met Indian Prime Minister Narendra Modi in Glasgow on Monday to discuss "
     "Iran.", ["India", "Israel"]),
    ("Israeli Prime Minister Naftali Bennett held talks about Syria in Glasgow on Monday with Indian Prime Minister "
     "Narendra Modi.", ["India", "Israel"]),
])
def test_a_country_talked_about_is_no_side(text, expected):
    assert [e.countries for e in events_of(text, published=date(2021, 11, 3))] == [expected]


@pytest.mark.parametrize("text,published,expected", [
    ("Prime Minister Narendra Modi will hold bilateral talks with the leaders of Thailand, Malaysia and Singapore "
     "on Thursday.", date(2018, 1, 23),
     [("2018-01-25", {"India", "Thailand"}), ("2018-01-25", {"India", "Malaysia"}),
      ("2018-01-25", {"India", "Singapore"})]),
    ("On Saturday, Prime Minister Narendra Modi is likely to hold a bilateral meeting with UK counterpart Rishi Sunak "
     "and Japanese PM Fumio Kishida.", date(2023, 9, 8),
     [("2023-09-09", {"India", "United Kingdom"}), ("2023-09-09", {"India", "Japan"})]),
    ("Chancellor Olaf Scholz held bilateral meetings with leaders from Sweden and New Zealand on Monday.",
     date(2023, 6, 14), [("2023-06-12", {"Germany", "Sweden"}), ("2023-06-12", {"Germany", "New Zealand"})]),
])
def test_bilateral_meetings_with_several_guests_are_one_event_per_guest(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted((e.date, set(e.countries)) for e in evs) == sorted(expected)
    assert all(len(met(e)) == 2 for e in evs)  # each side's leader, named or of the people data


@pytest.mark.parametrize("text,published,count", [
    ("Prime Minister Narendra Modi held a bilateral meeting with the leaders of India's neighbours on Friday.",
     date(2023, 9, 8), 1),
    ("President Joe Biden met Prime Minister Fumio Kishida and President Yoon Suk Yeol on Friday.",
     date(2023, 8, 19), 1),
])
def test_a_meeting_of_several_without_bilateral_is_one_meeting(text, published, count):
    assert len(events_of(text, published=published)) == count


@pytest.mark.parametrize("text,published,expected", [
    ("Prime Minister Narendra Modi will hold parleys with Vietnamese Prime Minister Nguyen Xuan Phuc on Wednesday.",
     date(2018, 1, 23), [("2018-01-24", {"Narendra Modi", "Nguyen Xuan Phuc"})]),
    ("Prime Minister Narendra Modi will have a pull-aside with Canadian Prime Minister Justin Trudeau on Sunday.",
     date(2023, 9, 8), [("2023-09-10", {"Narendra Modi", "Justin Trudeau"})]),
    ("Prime Minister Anthony Albanese held bilaterals with Prime Minister Rishi Sunak and Chancellor Olaf Scholz "
     "on Tuesday.", date(2023, 7, 13),
     [("2023-07-11", {"Anthony Albanese", "Rishi Sunak"}), ("2023-07-11", {"Anthony Albanese", "Olaf Scholz"})]),
])
def test_parleys_pull_asides_and_bilaterals_are_meetings(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted((e.date, sorted(e.participants)) for e in evs) == sorted((d, sorted(p)) for d, p in expected)


@pytest.mark.parametrize("text,published,expected", [
    ("Prime Minister Narendra Modi will have a working lunch with French President Emmanuel Macron. He will have a "
     "pull-aside meeting with Canadian Prime Minister Justin Trudeau. He will also meet Brazilian President Luiz "
     "Inacio Lula da Silva.", date(2023, 9, 8),
     [{"Narendra Modi", "Emmanuel Macron"}, {"Narendra Modi", "Justin Trudeau"},
      {"Narendra Modi", "Luiz Inacio Lula da Silva"}]),
    ("Chancellor Olaf Scholz met Prime Minister Rishi Sunak on Friday. He held talks with President Joe Biden on "
     "Saturday. He met Prime Minister Fumio Kishida on Sunday.", date(2023, 5, 22),
     [{"Olaf Scholz", "Rishi Sunak"}, {"Olaf Scholz", "Joe Biden"}, {"Olaf Scholz", "Fumio Kishida"}]),
])
def test_he_of_a_chain_of_sentences_stays_the_first_subject(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted(sorted(e.participants) for e in evs) == sorted(sorted(p) for p in expected)


@pytest.mark.parametrize("text,published,expected", [
    ("Prime Minister Narendra Modi held a series of bilateral meetings on the sidelines of the G20 summit on "
     "Saturday, including with Prime Minister Rishi Sunak and Chancellor Olaf Scholz.", date(2023, 9, 11),
     [("2023-09-09", {"India", "United Kingdom"}), ("2023-09-09", {"India", "Germany"})]),
    ("On Tuesday, Foreign Minister S Jaishankar held separate bilateral meetings with his counterparts from Mexico, "
     "Armenia, and Japan, on the sidelines of the UN General Assembly.", date(2023, 9, 27),
     [("2023-09-26", {"India", "Mexico"}), ("2023-09-26", {"India", "Armenia"}),
      ("2023-09-26", {"India", "Japan"})]),
])
def test_bilaterals_on_the_sidelines_of_a_summit_are_one_event_per_guest(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted((e.date, sorted(e.countries)) for e in evs) == sorted((d, sorted(c)) for d, c in expected)


@pytest.mark.parametrize("text,published,expected", [
    ("On Sunday, Prime Minister Narendra Modi will have a working lunch with French President Emmanuel Macron. He "
     "will have a pull-aside meeting with Canadian Prime Minister Justin Trudeau.", date(2023, 9, 8),
     [("2023-09-10", {"Narendra Modi", "Emmanuel Macron"}), ("2023-09-10", {"Narendra Modi", "Justin Trudeau"})]),
    ("Chancellor Olaf Scholz met Prime Minister Rishi Sunak on Friday. He also held talks with President Joe "
     "Biden.", date(2023, 5, 22),
     [("2023-05-19", {"Olaf Scholz", "Rishi Sunak"}), ("2023-05-19", {"Olaf Scholz", "Joe Biden"})]),
])
def test_an_undated_meeting_right_after_a_dated_one_of_the_same_person_is_on_its_day(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted((e.date, sorted(e.participants)) for e in evs) == sorted((d, sorted(p)) for d, p in expected)


def test_what_i_did_in_the_subjects_quoted_words_is_the_subjects_meeting():
    """"“In this summit as well, I had a bilateral meeting with my counterpart from Laos, Sonexay Siphandone ...”":
    "I" is the story's subject; the meetings of a day's round told one after another take its day, the meeting
    before counted from the last sentence that tells it."""
    text = ("At the Asean Summit in Labuan Bajo today Prime Minister Anwar Ibrahim held discussions with Asean "
            "leaders. "
            "Anwar said he paid a courtesy call on Sultan Hassanal Bolkiah of Brunei. "
            "“The discussion focused on investment and education,” he said. "
            "Anwar also held a meeting with the Prime Minister of Vietnam, Pham Minh Chinh. "
            "The discussion also touched on fisheries. "
            "“In this summit as well, I had a bilateral meeting with my counterpart from Laos, Sonexay Siphandone. "
            "“After that, I also held a bilateral meeting with Prime Minister Xanana Gusmao,” he said.")
    evs = events_of(text, published=date(2023, 5, 10))
    assert sorted((e.date, sorted(e.participants)) for e in evs) == [
        ("2023-05-10", ["Anwar Ibrahim", "Hassanal Bolkiah"]), ("2023-05-10", ["Anwar Ibrahim", "Pham Minh Chinh"]),
        ("2023-05-10", ["Anwar Ibrahim", "Sonexay Siphandone"]), ("2023-05-10", ["Anwar Ibrahim", "Xanana Gusmao"])]


@pytest.mark.parametrize("opening", ["Earlier,", "Earlier in the day,", "Later,", "Later that day,", "Afterwards,",
                                     "The same day,", "On the same day,"])
def test_a_meeting_told_earlier_or_later_is_of_that_days_round(opening):
    """"... held a bilateral meeting with his Pakistani counterpart here today. [two sentences] Earlier, Anwar
    received a courtesy call from Turkiye's Foreign Minister Hakan Fidan.": told in sequence with the meeting
    before, of another level and a few sentences on, it is of that day."""
    text = ("Prime Minister Anwar Ibrahim held a bilateral meeting with his Pakistani counterpart Shehbaz Sharif in "
            "Riyadh today. The two leaders expressed their commitment to strengthening ties. The discussion also "
            "focused on trade and education. The leaders also touched on defence cooperation. "
            f"{opening} Anwar received a courtesy call from Turkish Foreign Minister Hakan Fidan.")
    evs = events_of(text, published=date(2024, 4, 29))
    assert sorted((e.date, e.type, sorted(e.participants)) for e in evs) == [
        ("2024-04-29", "ministerial", ["Anwar Ibrahim", "Hakan Fidan"]),
        ("2024-04-29", "summit", ["Anwar Ibrahim", "Shehbaz Sharif"])]


def test_a_meeting_told_the_same_day_with_someone_new_is_another_one():
    """"The same day, State President Vo Van Thuong hosted a state luncheon for the US President": a meeting told as
    of the same day, with someone the meeting before did not have, is another meeting, not that one told again."""
    text = ("Vietnam's party chief held talks with US President Joe Biden in Hanoi, shortly after the US leader "
            "arrived from the G20 Summit in New Delhi. The same day, State President Vo Van Thuong hosted a state "
            "luncheon for the US President.")
    evs = events_of(text)
    assert [e.location for e in evs if set(e.participants) == {"Joe Biden", "Vo Van Thuong"}] == [None]


@pytest.mark.parametrize("text,published,expected", [
    # "Later," after a meeting of the article's own day: a meeting to come later that day, though the one before is
    # told as under way (held) and this one as planned
    ("Prime Minister Justin Trudeau is meeting Mexican President Andres Manuel Lopez Obrador in Washington on "
     "Thursday. Later, the prime minister will have a bilateral meeting with President Joe Biden.", date(2021, 11, 18),
     [("2021-11-18", ["Andres Manuel Lopez Obrador", "Justin Trudeau"]),
      ("2021-11-18", ["Joe Biden", "Justin Trudeau"])]),
    # after a meeting of a day before the article's: "later" is no day told
    ("Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi on Monday in Jakarta. Later, Wong will "
     "meet Malaysian Foreign Minister Saifuddin Abdullah.", date(2022, 6, 9),
     [("2022-06-06", ["Penny Wong", "Retno Marsudi"]), (None, ["Penny Wong", "Saifuddin Abdullah"])]),
])
def test_a_plan_told_later_after_a_meeting_of_the_articles_day_is_of_that_day(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted(((e.date, sorted(e.participants)) for e in evs), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text,published,expected", [
    # a meeting months or years back from now ("four months ago", "two years ago") is not the one of this week's day
    # told before ("on Thursday"), though the place of one holds the other's
    ("Chinese President Jiang Zemin and visiting U.S. President George W. Bush held talks in China on Thursday. Jiang "
     "noted that he and Bush had a very good meeting in Shanghai four months ago.", date(2002, 2, 22),
     [("2001-10", "Shanghai"), ("2002-02-21", "China")]),
    ("Chinese President Jiang Zemin and visiting U.S. President George W. Bush held talks in China on Thursday. Jiang "
     "noted that he and Bush had a very good meeting in Shanghai four months ago.", None,
     [("2001-10", "Shanghai"), ("2002-02-21", "China")]),
    ("Prime Minister Fumio Kishida met President Joe Biden in Japan on Friday. The two leaders had met in Hiroshima "
     "two years ago.", date(2025, 2, 8), [("2023", "Hiroshima"), ("2025-02-07", "Japan")]),
])
def test_a_meeting_months_ago_is_not_the_one_of_this_weeks_day(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted((e.date, e.location) for e in evs) == expected


@pytest.mark.parametrize("text,published,dated", [
    ("On Sunday, Romanian Foreign Minister Bogdan Aurescu met Georgian Foreign Minister David Zalkaliani in Tbilisi. "
     "They discussed Zalkaliani's recent visit to Brussels with Ukrainian Foreign Minister Dmytro Kuleba.",
     date(2021, 6, 28), {"Bogdan Aurescu", "David Zalkaliani"}),
    ("Chancellor Olaf Scholz met Prime Minister Rishi Sunak on Friday. They discussed Scholz's previous meeting with "
     "President Joe Biden.", date(2023, 5, 22), {"Olaf Scholz", "Rishi Sunak"}),
])
def test_a_meeting_told_as_an_earlier_one_takes_not_the_day_just_told(text, published, dated):
    """"his recent visit", "the previous meeting": a meeting before the one just dated, not of its day's round."""
    evs = events_of(text, published=published)
    assert len(evs) == 2
    assert [set(e.participants) for e in evs if e.date and len(e.date) == 10] == [dated]


def test_an_undated_meeting_of_other_people_or_another_status_keeps_no_day():
    text = ("On Sunday, Prime Minister Narendra Modi held talks with French President Emmanuel Macron. Chancellor "
            "Olaf Scholz will meet President Joe Biden.")
    evs = events_of(text, published=date(2023, 9, 12))
    assert sorted((sorted(e.participants), e.date) for e in evs) == [
        (["Emmanuel Macron", "Narendra Modi"], "2023-09-10"), (["Joe Biden", "Olaf Scholz"], None)]


@pytest.mark.parametrize("text,published,expected", [
    ("On Saturday, Prime Minister Narendra Modi will hold a bilateral meeting with UK counterpart Rishi Sunak, and "
     "Japanese PM Fumio Kishida.", date(2023, 9, 8),
     [["Narendra Modi", "Rishi Sunak"], ["Fumio Kishida", "Narendra Modi"]]),
    ("Prime Minister Fumio Kishida held separate meetings with Indian Prime Minister Narendra Modi, Indonesian "
     "President Joko Widodo, and Brazilian President Luiz Inacio Lula da Silva on Saturday.", date(2023, 5, 21),
     [["Fumio Kishida", "Narendra Modi"], ["Fumio Kishida", "Joko Widodo"],
      ["Fumio Kishida", "Luiz Inacio Lula da Silva"]]),
])
def test_a_list_of_guests_goes_on_past_a_comma_and(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted(sorted(e.participants) for e in evs) == sorted(expected)


def test_a_person_after_a_comma_and_with_a_verb_is_no_guest():
    text = ("Chancellor Olaf Scholz met President Joe Biden on Friday, and Prime Minister Rishi Sunak said the talks "
            "went well.")
    evs = events_of(text, published=date(2023, 5, 22))
    assert [sorted(e.participants) for e in evs] == [["Joe Biden", "Olaf Scholz"]]


@pytest.mark.parametrize("text,published,expected", [
    ("Prime Minister Narendra Modi will meet President Joe Biden and Prime Minister Sheikh Hasina on Friday. He will "
     "also hold a meeting with his Italian counterpart Giorgia Meloni.", date(2023, 9, 7),
     [["Giorgia Meloni", "Narendra Modi"], ["Joe Biden", "Narendra Modi", "Sheikh Hasina"]]),
    ("President Vladimir Putin and President Xi Jinping met in Samarkand on Thursday. Putin also met Turkey's "
     "president, Recep Tayyip Erdogan.", date(2022, 9, 16),
     [["Recep Tayyip Erdogan", "Vladimir Putin"], ["Vladimir Putin", "Xi Jinping"]]),
    # the guest told by his country and office alone, no name: another meeting too
    ("Prime Minister Narendra Modi will meet President Joe Biden on Friday. He will also hold a meeting with the "
     "leader of Mauritius.", date(2023, 9, 7), [["Joe Biden", "Narendra Modi"], ["Narendra Modi"]]),
    ("Prime Minister Narendra Modi will meet President Joe Biden on Friday. He will also hold talks with the Japanese "
     "prime minister.", date(2023, 9, 7), [["Fumio Kishida", "Narendra Modi"], ["Joe Biden", "Narendra Modi"]]),
])
def test_a_meeting_told_anew_with_someone_of_another_country_is_another_meeting(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted(sorted(met(e)) for e in evs) == expected


@pytest.mark.parametrize("text", [
    # the guest's country told again, or a meeting with the leader of a country the meeting before has: that one
    "Prime Minister Narendra Modi met President Joe Biden on Friday. The meeting with the leader of the United States "
    "lasted an hour.",
    "Prime Minister Narendra Modi met President Joe Biden on Friday. He also held talks with the American president.",
])
def test_a_meeting_with_the_guest_of_a_country_told_before_is_that_meeting(text):
    assert len(events_of(text, published=date(2023, 9, 7))) == 1


def test_the_meeting_told_again_with_a_new_person_is_the_same_meeting():
    text = ("President Joe Biden met President Xi Jinping in Woodside on Wednesday. Chinese Foreign Minister Wang Yi "
            "also attended the meeting.")
    evs = events_of(text, published=date(2023, 11, 16))
    assert len(evs) == 1


@pytest.mark.parametrize("text,published,expected", [
    ("Foreign Minister Sameh Shoukry held a series of meetings with Foreign Minister Sergey Lavrov and Foreign "
     "Minister Wang Yi on Thursday.", date(2023, 9, 11),
     [["Sameh Shoukry", "Sergey Lavrov"], ["Sameh Shoukry", "Wang Yi"]]),
    ("Prime Minister Narendra Modi held a round of meetings with the leaders of Japan and Italy on Saturday.",
     date(2023, 9, 11), [["Fumio Kishida", "Narendra Modi"], ["Giorgia Meloni", "Narendra Modi"]]),
])
def test_a_series_of_meetings_with_several_guests_is_one_per_guest(text, published, expected):
    evs = events_of(text, published=published)
    assert sorted(sorted(met(e)) for e in evs) == expected


@pytest.mark.parametrize("text,expected", [
    # the offices of two countries told by their adjectives before a plural title, no one named
    ("The Japanese and Chinese foreign ministers met in Beijing on Sunday.", [("2016-09-04", "ministerial")]),
    ("Iranian and Omani foreign ministers held a meeting in Tehran on Sunday.", [("2016-09-04", "ministerial")]),
    ("The Indian, Japanese and Australian prime ministers met in Tokyo on Sunday.", [("2016-09-04", "summit")]),
])
def test_the_offices_of_countries_told_by_a_plural_title_meet(text, expected):
    assert [(e.date, e.type) for e in events_of(text, published=D)] == expected


@pytest.mark.parametrize("text,expected", [
    # two offices of each country told together ("Foreign and Defence Ministers", a 2+2): every holder the article
    # names, not one minister a side
    ("Foreign Minister Julie Bishop and Defence Minister Marise Payne welcomed Foreign Minister Retno Marsudi and "
     "Defence Minister Ryamizard Ryacudu. Australian and Indonesian Foreign and Defence Ministers met in Sydney on "
     "Friday.", ["Julie Bishop", "Marise Payne", "Retno Marsudi", "Ryamizard Ryacudu"]),
    ("Foreign Minister Penny Wong and Defence Minister Richard Marles spoke to reporters. Foreign Minister Yoko "
     "Kamikawa and Defense Minister Minoru Kihara also spoke. Australian and Japanese Foreign and Defence Ministers "
     "met in Tokyo on Friday.", ["Minoru Kihara", "Penny Wong", "Richard Marles", "Yoko Kamikawa"]),
])
def test_two_offices_of_each_country_told_together_are_each_holders(text, expected):
    evs = [e for e in events_of(text, published=date(2024, 3, 1)) if e.location in ("Sydney", "Tokyo")]
    assert [sorted(e.participants) for e in evs] == [expected]


@pytest.mark.parametrize("last", ["The two last met in March 2013.", "The two reportedly last met in March 2013.",
                                  "The two men reportedly last met in March 2013."])
def test_the_two_with_an_adverb_are_the_people_told_before(last):
    """"The two reportedly last met in March 2013": the two people of the meeting told before."""
    text = f"Israeli Prime Minister Benjamin Netanyahu met King Abdullah II of Jordan in Amman today. {last}"
    evs = events_of(text, published=date(2014, 1, 16))
    assert sorted((e.date, tuple(e.participants)) for e in evs) == [
        ("2013-03", ("Benjamin Netanyahu", "Abdullah II")), ("2014-01-16", ("Benjamin Netanyahu", "Abdullah II"))]


def test_meetings_of_the_same_people_on_other_weekdays_are_two():
    """"held a meeting in Tehran on Sunday" and "followed a meeting ... in Tehran on Tuesday": two meetings."""
    text = ("Iranian Foreign Minister Mohammad Javad Zarif and his Omani counterpart Yusuf bin Alawi held a meeting in "
            "Tehran on Sunday. It followed a meeting between the two officials in Tehran on Tuesday.")
    assert sorted(e.date for e in events_of(text, published=date(2020, 1, 26))) == ["2020-01-21", "2020-01-26"]


@pytest.mark.parametrize("first", [
    "Al-Kadhimi became the first foreign leader on Sunday to visit and meet with Raisi since the hardliner took "
    "office in August.",
    "Al-Kadhimi was the first foreign leader to meet Raisi, on Sunday.",
])
def test_the_first_to_meet_someone_is_a_meeting_held(first):
    """"became the first foreign leader on Sunday to visit and meet with Raisi": a first told of the past (not a
    plan), on that day (not the day someone took office)."""
    text = ("Iraq's Prime Minister Mustafa al-Kadhimi and Iran's President Ebrahim Raisi headed the meeting of "
            f"their delegations in Tehran. {first}")
    assert [(e.date, e.status) for e in events_of(text, published=date(2021, 9, 12))] == [("2021-09-12", "held")]


@pytest.mark.parametrize("told", [
    "Kremlin spokesman Dmitry Peskov told the official Russian news agency on Thursday that in the meeting between "
    "the leaders no document was signed.",
    "Peskov told reporters on Thursday that no document was signed at the meeting.",
])
def test_the_day_a_spokesman_told_the_press_of_a_meeting_is_not_its_day(told):
    """"Peskov told the official Russian news agency on Thursday that in the meeting ...": the day the press was
    told, not a second meeting on that day."""
    text = f"Vladimir Putin met Bashar al-Assad in the Kremlin on Wednesday evening. {told}"
    assert [(e.date, e.status) for e in events_of(text, published=date(2024, 7, 25))] == [("2024-07-24", "held")]


@pytest.mark.parametrize("text,published,date", [
    ("Italian Prime Minister Mario Draghi will pay a state visit to Greece on September 20-21 at the invitation of "
     "the host country's Prime Minister Kyriakos Mitsotakis, announced Italy's Ministry of Foreign Affairs on "
     "Monday, Ansa reports.", D, "2016-09-20"),
    ("German Chancellor Angela Merkel is set to host Turkish President Recep Tayyip Erdogan, who will be on a state "
     "visit to Berlin with the aim of strengthening ties, said the Chancellery on Friday (Sept 9).",
     date(2016, 9, 10), None),
])
def test_the_day_a_named_speaker_announced_a_visit_is_not_its_day(text, published, date):
    """"..., announced India's Ministry of External Affairs on Wednesday", "said the White House on Thursday
    (Jan 25)": the speaker named after the verb, then the day of the statement; the visit keeps its own day (or
    none) and no event comes of the statement's day."""
    assert [(e.date, e.status) for e in events_of(text, published=published)] == [(date, "planned")]


@pytest.mark.parametrize("text", [
    "Greek Prime Minister Kyriakos Mitsotakis will visit Italy on Wednesday for talks with Italian Prime Minister "
    "Giorgia Meloni. This will be the first bilateral visit abroad by Mitsotakis after assuming office in June 2016.",
    "Greek Prime Minister Kyriakos Mitsotakis will visit Italy on Wednesday for talks with Italian Prime Minister "
    "Giorgia Meloni. This will be Mitsotakis's first foreign trip since taking office for the third time in June.",
    "Greek Prime Minister Kyriakos Mitsotakis will visit Italy on Wednesday for talks with Italian Prime Minister "
    "Giorgia Meloni, his first bilateral visit abroad after becoming the prime minister in July 2015.",
    "Greek Prime Minister Kyriakos Mitsotakis will visit Italy on Wednesday for talks with Italian Prime Minister "
    "Giorgia Meloni. It will be his first trip to Italy since taking over as Greece's prime minister in July.",
    "Greek Prime Minister Kyriakos Mitsotakis will visit Italy on Wednesday for talks with Italian Prime Minister "
    "Giorgia Meloni, his first official visit to Italy since his inauguration on July 8, 2016.",
    "Greek Prime Minister Kyriakos Mitsotakis will visit Italy on Wednesday for talks with Italian Prime Minister "
    "Giorgia Meloni, his first trip abroad after assuming his post last month.",
])
def test_the_day_someone_took_office_dates_no_visit(text):
    """"the first bilateral visit abroad after assuming office in December 2022": the day of taking office is no
    meeting's day (nor a second, planned meeting)."""
    assert [(e.date, e.status) for e in events_of(text, published=D)] == [("2016-09-14", "planned")]


def test_the_day_someone_took_office_told_without_a_preposition_dates_no_meeting():
    """"after Oreskovic took office last Friday": the Friday is the first day of office, not the meeting's."""
    text = ("Croatian Prime Minister Tihomir Oreskovic and his Slovenian counterpart Miro Cerar met in Ljubljana. It "
            "was the first meeting between the prime ministers of the two countries after Oreskovic took office last "
            "Friday.")
    assert [e.date for e in events_of(text, published=date(2016, 1, 29))] == ["2016-01"]


@pytest.mark.parametrize("second", [
    "Tuesday's visit was Netanyahu's second trip to Jordan during his present term as Prime Minister, which began "
    "in February 2009.",
    "Tuesday's visit was Netanyahu's second trip to Jordan since the start of his tenure in February 2009.",
    "Tuesday's visit was Netanyahu's first trip to Jordan since he was elected as the head of the Israeli government "
    "in February 2009.",
])
def test_the_day_a_term_began_dates_no_visit(second):
    """"his present term as Prime Minister, which began in February 2009": the day a term began is no meeting's."""
    text = f"Prime Minister Netanyahu arrived in Amman on Tuesday to meet with King Abdullah II. {second}"
    assert [(e.date, e.status) for e in events_of(text, published=date(2010, 7, 28))] == [("2010-07-27", "held")]
@pytest.mark.parametrize("after", [
    "after her appointment as the 31st Prime Minister of Italy on Aug 22",
    "after her appointment as Italy's prime minister on Aug 22",
    "since her election as Prime Minister on August 22",
    "after she was appointed as Prime Minister of Italy on Aug 22",
])
def test_the_day_of_an_appointment_dates_no_meeting(after):
    """"the first foreign leader to meet Anwar after his appointment as the 10th Prime Minister of Malaysia on Nov
    24": the day of an appointment or an election is no meeting's day."""
    text = ("Greek Prime Minister Kyriakos Mitsotakis met Italian Prime Minister Giorgia Meloni in Rome today. He is "
            f"the first foreign leader to meet Meloni {after}.")
    assert [(e.date, e.status) for e in events_of(text, published=date(2016, 9, 14))] == [("2016-09-14", "held")]


@pytest.mark.parametrize("text,published,people", [
    ("Turkish President Recep Tayyip Erdogan on Thursday received Valentina Matviyenko, the chairperson of Russia's "
     "Federation Council, in Ankara.", date(2025, 2, 27), ["Recep Tayyip Erdogan", "Valentina Matviyenko"]),
    ("President Moon Jae-in met with North Korea's General Kim Yong-chol in Seoul on Sunday. The North Korean "
     "delegation said that Kim Jong Un is on the same page with Seoul.", date(2018, 2, 26),
     ["Kim Yong-chol", "Moon Jae-in"]),
    ("Prime Minister Yair Lapid met Foreign Minister Sheikh Abdullah bin Zayed in Abu Dhabi on Tuesday. Lapid then "
     "met with Sheikh Abdullah in his palace.", date(2021, 6, 30), ["Abdullah bin Zayed Al Nahyan", "Yair Lapid"]),
])
def test_a_side_met_by_someone_unknown_is_not_filled_with_its_leader(text, published, people):
    """"received Valentina Matviyenko, the chairperson of ...": not a summit with Putin, the leader of that side, but
    with her, named as the text names her (not "Sheikh Abdullah", a known one told by his title and given name)."""
    assert [sorted(e.participants) for e in events_of(text, published=published)] == [people]


@pytest.mark.parametrize("text,expected", [
    ("Officials hope the visit will revive momentum after an agreement between Donald Trump and Kim Jong Un at a "
     "Singapore summit in June.", [("2018-06", "held")]),
    ("The envoys will try to revive talks stalled since the summit between Donald Trump and Kim Jong Un in June.",
     [("2018-06", "held")]),
    ("Moon will visit Pyongyang later this month, following the summit between Donald Trump and Kim Jong Un in June.",
     [("2018-06", "held")]),
    ("Donald Trump will meet Kim Jong Un after the summit in October.", [("2018-10", "planned")]),
    ("Donald Trump will meet Kim Jong Un after the next summit in June.", [("2019-06", "planned")]),
])
def test_a_meeting_told_after_since_or_following_in_a_sentence_of_plans_is_past(text, expected):
    """"will revive momentum after an agreement ... at a Singapore summit in June" told in September: the June summit
    is the one before, not next June's (nor "after the next summit in June", nor an October one still to come)."""
    assert [(e.date, e.status) for e in events_of(text, published=date(2018, 9, 5))] == expected


def test_the_meeting_a_plan_follows_up_is_past():
    """"comes as a follow-up to the March summit", told in October with a plan later in the sentence: last March's
    summit, not next March's (the nearer one)."""
    text = ("This week's meeting comes as a follow-up to the March summit between President Yoon Suk Yeol and Japanese "
            "Prime Minister Fumio Kishida, and the two sides plan to discuss in depth a broad range of topics.")
    assert [(e.date, e.status) for e in events_of(text, published=date(2023, 10, 4))] == [("2023-03", "held")]


@pytest.mark.parametrize("text,countries", [
    ("The third inter-Korean summit will be held in Pyongyang this month.", ["North Korea", "South Korea"]),
    ("Sino-Japanese talks were held in Beijing on Monday.", ["China", "Japan"]),
    ("Cross-Strait talks were held in Singapore on Monday.", ["China", "Taiwan"]),
    ("Russo-Japanese talks were held in Moscow on Monday.", ["Japan", "Russia"]),
])
def test_a_meeting_named_by_a_pair_word_or_combining_form_is_of_those_countries(text, countries):
    """"the third inter-Korean summit", "Sino-Japanese talks": the countries that meet, nobody named."""
    assert [e.countries for e in events_of(text, published=date(2018, 9, 5))] == [countries]


@pytest.mark.parametrize("text,expected", [
    ("Prime Minister Vladimir Putin held talks with Mongolian Prime Minister Sanjaagiin Bayar. Transcript of the "
     "beginning of the meeting: Vladimir Putin: Good afternoon, we are happy to welcome you in Moscow.",
     [("2009-03-17", "held")]),
    ("Beginning of meeting with Mongolian Prime Minister Sanjaagiin Bayar. Vladimir Putin: Good afternoon. I'd like "
     "to begin this meeting by saying that we are satisfied with our relations.", [("2009-03-17", "held")]),
    ("Prime Minister Vladimir Putin held talks with Mongolian Prime Minister Sanjaagiin Bayar. At the beginning of "
     "the meeting, Putin spoke of trade.", [("2009-03", "held")]),  # told after it: the month of the article
])
def test_a_transcript_of_a_meeting_is_of_its_day(text, expected):
    """"Transcript of the beginning of the meeting", "I'd like to begin this meeting": the meeting under way on the
    day of the page (not "At the beginning of the meeting, Putin spoke", a report)."""
    assert [(e.date, e.status) for e in events_of(text, published=date(2009, 3, 17))] == expected


@pytest.mark.parametrize("said,expected", [
    ("I believe your visit will further promote the development of our partnership", []),
    ("Your current visit is of great significance", []),
    ("We look forward to your visit to Beijing next year", [("2019", "planned")]),
])
def test_your_visit_said_to_the_guest_is_the_visit_under_way(said, expected):
    """"I believe your visit will further promote ...", Hu told Putin during it: no visit to come (unless dated)."""
    text = f"Hu Jintao met Vladimir Putin in Beijing on Wednesday. \"{said},\" Hu said."
    evs = events_of(text, published=date(2018, 9, 5))
    assert [(e.date, e.status) for e in evs] == [("2018-09-05", "held"), *expected]


def test_the_day_someone_took_oath_dates_no_visit():
    text = ("Dahal's visit to India is his first bilateral visit abroad after assuming office as Nepal's Prime "
            "Minister for the second time, when he took oath on August 4 this year. Prime Minister Pushpa Kamal Dahal "
            "will meet Prime Minister Narendra Modi in New Delhi on Friday.")
    assert [(e.date, e.status) for e in events_of(text, published=date(2016, 9, 15))] == [("2016-09-16", "planned")]


def test_the_month_a_government_was_formed_dates_no_visit():
    text = ("Bangladesh Prime Minister Sheikh Hasina held talks with Prime Minister Narendra Modi in New Delhi on "
            "Saturday. This was Hasina's first bilateral visit to any country after she formed the new government in "
            "Bangladesh in January 2024.")
    assert [e.date for e in events_of(text, published=date(2024, 6, 22))] == ["2024-06-22"]


def test_a_later_lesser_title_leaves_the_persons_office():
    """"Senator Wong" after "Foreign Minister Penny Wong": still the foreign minister who meets a prime minister."""
    text = ("Foreign Minister Penny Wong will visit the Solomon Islands. She will meet with Solomon Islands Prime "
            "Minister Manasseh Sogavare on Friday. The trip also adds to Senator Wong's blitz in the region.")
    evs = events_of(text, published=date(2022, 6, 15))
    assert [(e.date, e.type, sorted(e.participants)) for e in evs if e.date] == [
        ("2022-06-17", "ministerial", ["Manasseh Sogavare", "Penny Wong"])]


def test_the_month_someone_was_sworn_in_dates_no_trip():
    text = ("Australian Foreign Minister Penny Wong will visit Honiara to meet Prime Minister Manasseh Sogavare. The "
            "trip will be her third to the Pacific since being sworn in last month.")
    assert [(e.date, e.status) for e in events_of(text, published=D)] == [(None, "planned")]


@pytest.mark.parametrize("side", [
    "Mitsotakis will also travel to Milan and Turin as part of his visit.",
    "Mitsotakis and Meloni will visit Milan on the last day of the trip.",
    "Mitsotakis is also scheduled to visit Milan before returning to Athens on September 23.",
])
def test_a_side_trip_of_a_visit_is_not_its_place(side):
    """"Dahal will also travel to Ujjain and Indore as part of his visit": the stop besides the talks is not the
    visit's place."""
    text = ("Greek Prime Minister Kyriakos Mitsotakis will pay a three-day visit to Italy from September 21 to 23 for "
            "talks with Italian Prime Minister Giorgia Meloni. " + side)
    assert [(e.date, e.location) for e in events_of(text, published=D)] == [("2016-09-21", "Italy")]


def test_a_weekday_and_another_day_of_the_same_people_are_two_meetings():
    """"will travel to Rome on Sunday" (the 11th) and "a state visit from September 15": one text's two days, not
    one meeting."""
    text = ("Ahead of the state visit of Greek Prime Minister Kyriakos Mitsotakis to Italy, Greek Foreign Minister "
            "Nikos Dendias will travel to Rome on Sunday to lay the ground for the visit. Prime Minister Mitsotakis is "
            "embarking on a four-day state visit to Italy from September 15 during which he will meet Italian Prime "
            "Minister Giorgia Meloni in Rome.")
    assert ("2016-09-15", "2016-09-18") in [(e.date, e.end_date) for e in events_of(text, published=D)]


@pytest.mark.parametrize("text", [
    # the present tells the plan
    "Greek Prime Minister Kyriakos Mitsotakis will travel to Italy on Wednesday on a four-day official visit for talks "
    "with Italian Prime Minister Giorgia Meloni. Mitsotakis is visiting Italy at the invitation of Meloni.",
    # the day of the announcement is not the visit's
    "Greek Prime Minister Kyriakos Mitsotakis will visit Italy for four days beginning September 14 for talks with "
    "Italian Prime Minister Giorgia Meloni, with the ministry making a formal announcement on Saturday.",
    "Greek Prime Minister Kyriakos Mitsotakis will visit Italy for four days beginning September 14. On Saturday, the "
    "foreign ministry will make a formal announcement about Mitsotakis's official visit to Italy for talks with "
    "Italian Prime Minister Giorgia Meloni.",
])
def test_an_announced_visit_is_one_planned_event(text):
    assert [(e.date, e.status) for e in events_of(text, published=D)] == [("2016-09-14", "planned")]


@pytest.mark.parametrize("text", [
    "Italian Prime Minister Giorgia Meloni and her visiting Greek counterpart Kyriakos Mitsotakis are holding "
    "bilateral talks here on Thursday.",
    "Italian Prime Minister Giorgia Meloni and the visiting Greek Prime Minister Kyriakos Mitsotakis held bilateral "
    "talks on Thursday.",
])
def test_a_visiting_guest_named_after_the_word_makes_the_host_the_place(text):
    """"Modi and his visiting Nepalese counterpart Dahal": the guest is Nepalese, the talks are in India."""
    assert [e.location for e in events_of(text, published=D)] == ["Italy"]


def test_a_visit_in_a_fronted_ahead_of_phrase_is_not_the_main_clauses_trip():
    """"Ahead of the state visit of Prachanda to India, Mahat will travel to New Delhi on Sunday": the minister's
    trip on Sunday is a meeting of its own, not the visit it prepares."""
    text = ("Ahead of the state visit of Greek Prime Minister Kyriakos Mitsotakis to Italy, Greek Foreign Minister "
            "Nikos Dendias will travel to Rome on Sunday to meet Italian Foreign Minister Antonio Tajani. Mitsotakis "
            "will pay a four-day state visit to Italy from September 15 to meet Italian Prime Minister Giorgia Meloni.")
    got = {(e.date, tuple(sorted(e.participants))) for e in events_of(text, published=D)}
    assert ("2016-09-11", ("Antonio Tajani", "Nikos Dendias")) in got
    assert not any(d == "2016-09-11" and "Kyriakos Mitsotakis" in p for d, p in got)


@pytest.mark.parametrize("text,place,date_", [
    ("Greek Prime Minister Kyriakos Mitsotakis will visit Rome on Monday. He will end his tour on Wednesday in "
     "Madrid.", "Madrid", "2016-09-14"),
    ("Greek Prime Minister Kyriakos Mitsotakis will finish his European tour next week in Lisbon.", "Lisbon",
     "2016-09"),
    ("Greek Prime Minister Kyriakos Mitsotakis heads to Portugal on Tuesday.", "Portugal", "2016-09-13"),
    ("Greek Prime Minister Kyriakos Mitsotakis met Italian Prime Minister Giorgia Meloni in Rome on Monday. He will "
     "continue to Madrid on Wednesday.", "Madrid", "2016-09-14"),
])
def test_a_leg_of_a_tour_is_a_visit_of_its_own(text, place, date_):
    """"will end his tour in Guinea-Bissau", "heads to South Africa Friday", "will continue to Seoul": each leg
    of a tour is a visit to the place named right after."""
    assert (place, date_) in [(e.location, e.date) for e in events_of(text, published=D)]


@pytest.mark.parametrize("text,expected", [
    # a dated tour told as one visit, its stops told nowhere else: a meeting at each stop
    ("Last December, Turkish President Recep Tayyip Erdogan paid a four-day visit to Sudan, Chad and Tunisia.",
     [("2015-12", "Chad", ["Recep Tayyip Erdogan"]), ("2015-12", "Sudan", ["Recep Tayyip Erdogan"]),
      ("2015-12", "Tunisia", ["Recep Tayyip Erdogan"])]),
    # cities of two countries, each with whom the visitor meets there
    ("Today British Prime Minister Theresa May will be visiting Berlin and Paris to speak to Angela Merkel and "
     "Emmanuel Macron.", [("2016-09-08", "Berlin", ["Angela Merkel", "Theresa May"]),
                          ("2016-09-08", "Paris", ["Emmanuel Macron", "Theresa May"])]),
    # two cities of one country: one visit
    ("Turkish President Recep Tayyip Erdogan will visit Paris and Bordeaux on Monday.",
     [("2016-09-12", "Paris", ["Recep Tayyip Erdogan"])]),
    # a stop's meeting told apart: no stop of the tour made of it
    ("Turkish President Recep Tayyip Erdogan will visit Belgium and France from October 19 to 24. He will meet "
     "Belgian Prime Minister Charles Michel in Brussels on October 19.",
     [("2016-10-19", "Brussels", ["Charles Michel", "Recep Tayyip Erdogan"])]),
])
def test_a_tour_told_as_one_visit_is_a_meeting_at_each_stop(text, expected):
    assert sorted((e.date, e.location, sorted(e.participants)) for e in events_of(text, published=D)) == expected


@pytest.mark.parametrize("text", [
    "Greek Prime Minister Kyriakos Mitsotakis heads to the polls on Sunday.",
    "Greek Prime Minister Kyriakos Mitsotakis will begin a tour of European capitals on Monday.",
    "Greek Prime Minister Kyriakos Mitsotakis said Greece will continue to press for reforms on Monday.",
])
def test_a_leg_word_without_a_place_after_it_is_no_visit(text):
    assert events_of(text, published=D) == []


@pytest.mark.parametrize("text,expected", [
    # a visitor told by a leader's office, outside the people data, received by a host the data knows: a summit
    ("President of the Republic, Secretary General of the Polisario Front, Mohamed Abdelaziz, was received Sunday by "
     "Algerian President Abdelaziz Bouteflika.", [("2015-11-22", "summit", ["Abdelaziz Bouteflika"])]),
    ("The President of the Republic of Ruritania, Ahmed Ould Sidi, was welcomed on Monday by Algerian President "
     "Abdelaziz Bouteflika.", [("2015-11-23", "summit", ["Abdelaziz Bouteflika"])]),
    # no office of the one received: no meeting of two sides told
    ("The trade delegation was received on Monday by Algerian President Abdelaziz Bouteflika.", []),
])
def test_a_leader_received_by_a_host_met_even_outside_the_data(text, expected):
    got = [(e.date, e.type, sorted(e.participants)) for e in events_of(text, published=date(2015, 11, 23))]
    assert got == expected


def test_a_visitor_who_met_someone_abroad_met_even_undated():
    """"Peters has met with Prime Minister Manele in Honiara": a minister of a known country, someone outside the
    people data named after the verb, a place of another country: a meeting, though no date is told."""
    text = "Greek Foreign Minister Nikos Dendias has met with Prime Minister Arvid Lunde in Tirana."
    assert [(sorted(e.participants), e.location) for e in events_of(text, published=D)] == [
        (["Arvid Lunde", "Nikos Dendias"], "Tirana")]


@pytest.mark.parametrize("text,expected", [
    ("Greek Prime Minister Kyriakos Mitsotakis met German Chancellor Angela Merkel in Berlin on Monday. Later, the "
     "Greek leader laid a wreath in honor of Ambassador Petros Kostas. He will meet Italian Prime Minister Matteo "
     "Renzi in Rome on Wednesday.", ("2016-09-14", "Rome", ["Kyriakos Mitsotakis", "Matteo Renzi"])),
    ("Greek Prime Minister Kyriakos Mitsotakis met German Chancellor Angela Merkel in Berlin on Monday. A memorial "
     "service was held for Ambassador Petros Kostas. He will meet Italian Prime Minister Matteo Renzi in Rome on "
     "Wednesday.", ("2016-09-14", "Rome", ["Kyriakos Mitsotakis", "Matteo Renzi"])),
    ("Greek Prime Minister Kyriakos Mitsotakis will travel to Berlin on Monday. While in Berlin, he will attend a "
     "memorial service for Ambassador Petros Kostas. The Prime Minister will continue to Rome on Wednesday. He will "
     "meet Italian Prime Minister Matteo Renzi.", ("2016-09-14", "Rome", ["Kyriakos Mitsotakis", "Matteo Renzi"])),
    ("Greek Prime Minister Kyriakos Mitsotakis met German Chancellor Angela Merkel in Berlin on Monday. The Prime "
     "Minister then traveled to Rome on Wednesday.", ("2016-09-07", "Rome", ["Kyriakos Mitsotakis", "Matteo Renzi"])),
])
def test_the_traveller_stays_the_subject_over_a_leg_of_the_tour(text, expected):
    """"for Ambassador Holbrooke" names no one who travels on: "she" after it is still the traveller; "The
    Secretary will continue to Seoul", naming no one, is the traveller's next leg."""
    assert expected in [(e.date, e.location, sorted(met(e))) for e in events_of(text, published=D)]



@pytest.mark.parametrize("text,expected", [
    ("Egyptian President Abdel Fattah al-Sisi arrived in Kigali for the African Union summit on Sunday. In his meeting "
     "with Sudanese president Omar al-Bashir, Sisi stressed the historic ties. He later met Somali President Hassan "
     "Sheikh Mohamud on the sidelines.", ["Abdel Fattah al-Sisi", "Hassan Sheikh Mohamud"]),
    ("Japanese Prime Minister Shinzo Abe arrived in Manila on Sunday. In a meeting with Philippine president Rodrigo "
     "Duterte, Abe pledged support. He also met Vietnamese Prime Minister Nguyen Xuan Phuc.",
     ["Nguyen Xuan Phuc", "Shinzo Abe"]),
])
def test_one_met_after_a_preposition_and_a_title_in_lower_case_is_not_the_next_he(text, expected):
    """"In his meeting with Sudanese president Omar al-Bashir, Sisi stressed ...": Bashir, named after "with" and a
    title in lower case, is not the subject "He" in the next sentence stands for; Sisi is."""
    assert expected in [sorted(e.participants) for e in events_of(text, published=date(2017, 7, 18))]


@pytest.mark.parametrize("second", [
    "It was Dendias's first visit to Italy since taking over as Greece's foreign minister in June.",
    "It was the first visit to Italy by Dendias since he took over as foreign minister in June.",
])
def test_a_past_visit_is_not_dated_by_the_day_its_guest_took_office(second):
    """"Germany's foreign minister on Wednesday visited Poland ... It was Gabriel's first visit to Poland since
    taking over as Germany's foreign minister in January": the month of taking office dates no visit."""
    text = ("Greece's foreign minister on Wednesday visited Italy for the first time since taking the post earlier "
            "this year, to meet his Italian "
            "counterpart in Rome. Greek Foreign Minister Nikos Dendias and his Italian counterpart Luigi Di Maio. "
            + second)
    dates = [e.date for e in events_of(text, published=D)]
    assert "2016-09-07" in dates and not any(d and d.startswith("2016-06") for d in dates)


@pytest.mark.parametrize("text,published,dates", [
    ("Greek President Prokopis Pavlopoulos will travel to Italy on Tuesday (Sept. 13) where he is expected to meet "
     "Italian President Sergio Mattarella the following day.", D, ["2016-09-14"]),
    ("Greek President Prokopis Pavlopoulos will fly to Rome on Tuesday, where he will hold talks with Italian "
     "President Sergio Mattarella on Wednesday.", D, ["2016-09-14"]),
    ("Greek President Prokopis Pavlopoulos arrived Tuesday in Italy for a two-day state visit that begins Wednesday "
     "with a meeting with Italian President Sergio Mattarella.", date(2016, 9, 14), ["2016-09-14"]),
])
def test_the_day_of_the_journey_is_not_the_talks_day(text, published, dates):
    """"will travel to Colombia on Tuesday (Apr. 16) where he is expected to meet Petro the following day",
    "arrived Tuesday in Brazil for a two-day state visit that begins Wednesday with a meeting with Lula": one
    visit, on the talks' day, not the journey's."""
    assert [e.date for e in events_of(text, published=published)] == dates


@pytest.mark.parametrize("text", [
    "Greek Foreign Minister Nikos Dendias will co-chair the fourth meeting of the joint committee with Italian "
    "Foreign Minister Luigi Di Maio, as the two countries are set to celebrate the 70th anniversary of their "
    "relations in 2017.",
    "Greek Foreign Minister Nikos Dendias and Italian Foreign Minister Luigi Di Maio will hold the fourth meeting "
    "of the joint committee to review the Action Plan 2014-2017.",
    "Greek Foreign Minister Nikos Dendias and Italian Foreign Minister Luigi Di Maio will hold the fourth meeting "
    "of the joint committee to carry out the 2017–2020 programme.",
    "Greek Foreign Minister Nikos Dendias and Italian Foreign Minister Luigi Di Maio, comrades in the war between "
    "2011 and 2014, will hold the fourth meeting of the joint committee.",
    # the year as the subject of the anniversary it marks
    "Greek Foreign Minister Nikos Dendias will hold the fourth meeting of the joint committee with Italian Foreign "
    "Minister Luigi Di Maio, as the year 2017 marks the 70th anniversary of their relations.",
    "Greek Foreign Minister Nikos Dendias will hold talks with Italian Foreign Minister Luigi Di Maio in Rome, as "
    "2017 marks the 70th anniversary of their relations.",
    "Greek Foreign Minister Nikos Dendias and Italian Foreign Minister Luigi Di Maio will hold the fourth meeting "
    "of the joint committee to review the programme that ran from 2011 to 2014.",
])
def test_an_anniversary_year_or_a_plans_years_date_no_meeting(text):
    """"during which he would co-chair the fourth meeting ... when the two sides are set to celebrate the 10th
    anniversary of this partnership in 2023", "as the year 2005 marks the 40th anniversary", "the Strategic
    Partnership Action Plan 2019-2023": the year of an anniversary, or the years a plan runs, are not the meeting's."""
    assert [e.date for e in events_of(text, published=D)] in ([], [None])


@pytest.mark.parametrize("text,dates", [
    ("Greek Foreign Minister Nikos Dendias will visit Rome on Friday to mark the 70th anniversary of relations "
     "with Italy with his counterpart Luigi Di Maio.", ["2016-09-09"]),
    ("Greek Foreign Minister Nikos Dendias met Italian Foreign Minister Luigi Di Maio in Rome in 2015.", ["2015"]),
])
def test_a_meetings_own_day_by_an_anniversary_stays(text, dates):
    """A day told with an anniversary ("on Friday to mark the 70th anniversary") stays the meeting's."""
    assert [e.date for e in events_of(text, published=D)] == dates


@pytest.mark.parametrize("second", [
    "The Rome meeting sets the stage for a summit in Athens in October featuring Greek Prime Minister Kyriakos "
    "Mitsotakis and Italian Prime Minister Mario Draghi.",
    "The Rome meeting paved the way for a summit in Athens in October of Greek Prime Minister Kyriakos Mitsotakis "
    "and Italian Prime Minister Mario Draghi.",
])
def test_a_meeting_that_sets_the_stage_for_a_summit_is_not_the_summit(second):
    """"The Quebec City meeting sets the stage for a summit later this year featuring Trudeau, Obama and Pena
    Nieto": the meeting told before, then the summit ahead with its own people and date, not one event."""
    text = ("Greek Foreign Minister Nikos Dendias and Italian Foreign Minister Luigi Di Maio held talks in Rome on "
            "Monday. " + second)
    assert sorted((e.date, e.status) for e in events_of(text, published=D)) == [
        ("2016-09-05", "held"), ("2016-10", "planned")]



@pytest.mark.parametrize("quote,dates", [
    ("“In today’s meeting, we discussed a number of issues of common interest, foremost of which is the situation "
     "in Libya,” Dendias said.", ["2016-09-08"]),
    ("“Yesterday’s meeting covered a number of issues of common interest, foremost of which is the situation in "
     "Libya,” Dendias said.", ["2016-09-07"]),
])
def test_todays_meeting_dates_the_undated_meeting_just_told(quote, dates):
    """"Prince Faisal met with his Jordanian counterpart Ayman Safadi in Riyadh ... 'In today's meeting, we
    discussed ...'": the meeting just told, undated, took place that day."""
    text = ("Greece, Italy’s FMs discuss regional issues in Rome meeting\n\nGreece’s Minister of Foreign Affairs "
            "Nikos Dendias meeting with his Italian counterpart Luigi Di Maio. (Twitter)\n\nMaria Papadopoulou, "
            "Athens News\n\nGreece’s Minister of Foreign Affairs Nikos Dendias met with his Italian counterpart "
            "Luigi Di Maio in Rome to discuss the bilateral relationship between the two countries and regional "
            "developments.\n\n" + quote)
    assert [e.date for e in events_of(text, published=D)] == dates


def test_held_bilateral_talks_with_counterparts_of_several_countries_are_one_event_per_country():
    text = ("External Affairs Minister S Jaishankar held separate bilateral talks with his counterparts from "
            "Tajikistan, Kyrgyzstan and Uzbekistan in Tashkent on Friday. The meeting of the SCO was also attended "
            "by Chinese Foreign Minister Wang Yi.")
    evs = [e for e in events_of(text, published=date(2022, 7, 29)) if e.date == "2022-07-29"]
    assert sorted(tuple(e.countries) for e in evs) == [("India", "Kyrgyzstan"), ("India", "Tajikistan"),
                                                       ("India", "Uzbekistan")]
    assert all("Wang Yi" not in e.participants for e in evs)  # who attended the SCO's meeting met none of them


def test_several_hosts_meeting_one_guest_respectively_are_one_meeting_each():
    text = ("Chinese Premier Li Keqiang and Foreign Minister Wang Yi will meet with Mongolian President Ukhnaagiin "
            "Khurelsukh respectively on Monday.")
    evs = events_of(text, published=date(2022, 11, 23))
    assert sorted(tuple(sorted(e.participants)) for e in evs) == [
        ("Li Keqiang", "Ukhnaagiin Khurelsukh"), ("Ukhnaagiin Khurelsukh", "Wang Yi")]


def test_this_visit_told_with_a_year_and_the_talks_is_the_visit_told_before():
    text = ("Chinese President Hu Jintao held talks with his Russian counterpart Dmitry Medvedev in Beijing on Monday "
            "morning. \"This visit is a major event in China-Russia ties of this year,\" Hu said during the talks.")
    evs = events_of(text, published=date(2010, 9, 27))
    assert [e.date for e in evs] == ["2010-09-27"]


@pytest.mark.parametrize("text,people", [
    # one of a third country who speaks of someone's trip did not take part in it
    ("South Korean President Moon Jae-in praised Chinese President Xi Jinping's visit to Pyongyang in June, during "
     "which he had talks with North Korean leader Kim Jong Un.", ["Kim Jong Un", "Xi Jinping"]),
    # the host of the trip did
    ("South Korean President Moon Jae-in welcomed Chinese President Xi Jinping's visit to Seoul in June.",
     ["Moon Jae-in", "Xi Jinping"]),
])
def test_the_people_of_someones_trip(text, people):
    assert [sorted(e.participants) for e in events_of(text, published=date(2019, 6, 27))] == [people]


def test_the_day_remarks_were_made_to_the_press_dates_no_meeting():
    text = ("Papers reported on remarks made to the press on Monday by a spokeswoman, who said that a second summit "
            "of U.S. President Donald Trump and North Korean leader Kim Jong Un will be held soon.")
    assert "2018-09-10" not in [e.date for e in events_of(text, published=date(2018, 9, 12))]


@pytest.mark.parametrize("text,published,people,date_", [
    # a readout's subject is its own office, unnamed: the one met is the other side
    ("The Prime Minister met President Andrzej Duda of Poland in Warsaw this afternoon.", date(2025, 1, 17),
     ["Andrzej Duda"], "2025-01-17"),
    ("The Chancellor received Prime Minister Donald Tusk of Poland in Berlin on Monday.", date(2024, 2, 14),
     ["Donald Tusk"], "2024-02-12"),
    # no one of another country is filled in for the unnamed office from the rest of the story
    ("The Prime Minister met the Prime Minister of Poland Donald Tusk today in Warsaw. The leaders had a warm "
     "discussion on his visit. They agreed to tackle threats such as Putin's ongoing aggression.",
     date(2025, 1, 17), ["Donald Tusk"], "2025-01-17"),
    # the office and the one it met together as the subject
    ("The Prime Minister and Taoiseach Leo Varadkar met at Parliament Buildings, Stormont, today.",
     date(2024, 2, 5), ["Leo Varadkar"], "2024-02-05"),
    ("The Prime Minister and President Emmanuel Macron met in Paris on Friday.", date(2024, 2, 5),
     ["Emmanuel Macron"], "2024-02-02"),
    # the day told between the office and its verb
    ("The Taoiseach will today, Monday, meet with British Prime Minister David Cameron at No 10 Downing Street.",
     date(2013, 3, 11), ["David Cameron"], "2013-03-11"),
])
def test_an_office_told_without_a_name_met_someone(text, published, people, date_):
    evs = events_of(text, published=published)
    assert [(e.participants, e.date) for e in evs] == [(people, date_)]


def test_a_meeting_today_with_its_date_in_brackets_is_on_that_date():
    text = ("The Prime Minister welcomed Mateusz Morawiecki, Prime Minister of Poland, to Downing Street today "
            "(26th November).")
    assert [e.date for e in events_of(text, published=date(2021, 11, 27))] == ["2021-11-26"]


KREMLIN = ("Beginning of conversation with Kassym-Jomart Tokayev\n\nApril 3, 2019, The Kremlin, Moscow\n\n"
           "President of Russia Vladimir Putin: Mr President, friends,\n\nLet me welcome you to Moscow.\n\n"
           "I would like to use this opportunity to thank you for organising this visit so quickly after our "
           "telephone conversation.")


@pytest.mark.parametrize("text,published,date_", [
    # a transcript's heading names the guest; the line below it gives the day and the place
    (KREMLIN, date(2019, 4, 3), "2019-04-03"),
    (KREMLIN, None, "2019-04-03"),
    ("Beginning of conversation with Kassym-Jomart Tokayev\n\nApril 3, 2019, Novo-Ogaryovo, Moscow Region\n\n"
     "President of Russia Vladimir Putin: Mr President, we are very happy to see you at our residence today.",
     None, "2019-04-03"),
])
def test_a_transcripts_conversation_with_a_guest_is_a_held_meeting(text, published, date_):
    evs = events_of(text, published=published)
    assert [(e.date, e.status, set(e.participants)) for e in evs] == [
        (date_, "held", {"Kassym-Jomart Tokayev", "Vladimir Putin"})]


@pytest.mark.parametrize("text,published,people,written", [
    # Central Asian leaders and Baltic ministers of the people data, by the names the press gives them (the events
    # give them as the article writes them)
    ("President of Kazakhstan Kassym-Jomart Tokayev and his Kyrgyz counterpart President Sadyr Zhaparov held "
     "bilateral talks in the Akorda presidential residence on Wednesday.", date(2021, 5, 26),
     {"Kassym-Jomart Tokayev", "Sadyr Japarov"}, {"Kassym-Jomart Tokayev", "Sadyr Zhaparov"}),
    ("Russian Foreign Minister Sergey Lavrov said after talks with his visiting Kazakh counterpart, Murat Nurtleu, on "
     "Tuesday.", date(2023, 4, 11), {"Sergey Lavrov", "Murat Nurtleu"}, {"Sergey Lavrov", "Murat Nurtleu"}),
    ("Russian President Vladimir Putin met Tajik President Emomali Rakhmon in Dushanbe on Monday.", date(2022, 6, 28),
     {"Vladimir Putin", "Emomali Rahmon"}, {"Vladimir Putin", "Emomali Rakhmon"}),
])
def test_central_asian_and_baltic_office_holders_are_known(text, published, people, written):
    assert {m.person for m in actors.find(text, (published, published))} == people
    evs = events_of(text, published=published)
    assert [set(e.participants) for e in evs] == [written]


@pytest.mark.parametrize("text,published,people", [
    # "the Presidents of A and B": the two countries' leaders, a summit
    ("The Presidents of Armenia and France held high-level talks at the Elysee Palace today. Presidents Serzh "
     "Sargsyan and Emmanuel Macron summed up the results of their meeting.", date(2018, 1, 23),
     {"Serzh Sargsyan", "Emmanuel Macron"}),
    ("Presidents of Kazakhstan and Uzbekistan held talks behind closed doors in Astana on Monday.", date(2024, 8, 6),
     {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}),
    ("The presidents of Azerbaijan and Kazakhstan met in Baku on Friday.", date(2022, 8, 26),
     {"Ilham Aliyev", "Kassym-Jomart Tokayev"}),
    ("The prime ministers of Latvia and Estonia met in Riga on Friday.", date(2022, 8, 26),
     {"Krisjanis Karins", "Kaja Kallas"}),
])
def test_the_leaders_of_two_named_countries_hold_a_summit(text, published, people):
    evs = events_of(text, published=published)
    assert [(e.type, set(met(e))) for e in evs] == [("summit", people)]


@pytest.mark.parametrize("text", [
    # a meeting told in the present perfect took place on the article's day
    "President Ilham Aliyev has held a meeting with President Recep Tayyip Erdogan in Ankara, News.Az reports.",
    "The bilateral meeting of foreign ministers of Kazakhstan and Russia Mukhtar Tleuberdi and Sergey Lavrov has "
    "started in the Russian capital, Moscow, Kazinform reports.",
    "Vladimir Putin's talks with Shavkat Mirziyoyev have ended in Tashkent.",
])
def test_a_meeting_told_in_the_present_perfect_is_on_the_articles_day(text):
    assert [(e.date, e.status) for e in events_of(text, published=date(2023, 3, 15))] == [("2023-03-15", "held")]


def test_a_meeting_that_has_a_date_keeps_it_whatever_its_tense():
    text = "President Ilham Aliyev has held a meeting with President Recep Tayyip Erdogan in Ankara on Monday."
    assert [e.date for e in events_of(text, published=date(2023, 3, 15))] == ["2023-03-13"]


@pytest.mark.parametrize("opening", ["Earlier,", "Earlier in the day,", "Separately,"])
def test_a_meeting_told_as_earlier_with_someone_else_is_another_meeting(opening):
    text = ("Turkish President Recep Tayyip Erdogan on Monday received Azerbaijani Foreign Minister Jeyhun Bayramov "
            "in the capital Ankara for talks. Erdogan and Bayramov held a closed-door meeting at the presidential "
            f"complex. {opening} Bayramov met Fidan to discuss bilateral relations.")
    evs = events_of(text, published=date(2023, 8, 14))
    assert sorted(sorted(e.participants) for e in evs) == [["Hakan Fidan", "Jeyhun Bayramov"],
                                                           ["Jeyhun Bayramov", "Recep Tayyip Erdogan"]]


@pytest.mark.parametrize("opening,day", [("A day earlier,", "2021-02-23"), ("The next day,", "2021-02-25"),
                                         ("Two days later,", "2021-02-26")])
def test_a_meeting_told_a_day_before_or_after_with_someone_else_is_another_meeting(opening, day):
    # (the meeting told before is the one "the meeting" of the sentence between points to)
    text = ("Prime Minister Imran Khan had a one-on-one meeting with Sri Lankan President Gotabaya Rajapaksa in "
            "Colombo on Wednesday.\n\nAccording to a news report, matters of mutual interest were discussed in the "
            f"meeting.\n\n{opening} PM Imran also met his Sri Lankan counterpart, Mahinda Rajapaksa in a one-on-one "
            "meeting.")
    evs = events_of(text, published=date(2021, 2, 27))
    assert sorted((e.date, sorted(e.participants)) for e in evs) == sorted([
        ("2021-02-24", ["Gotabaya Rajapaksa", "Imran Khan"]), (day, ["Imran Khan", "Mahinda Rajapaksa"])])


@pytest.mark.parametrize("count,earlier", [
    # the time from an earlier meeting to the story's, told after it ("came just one month after their summit in
    # Russia"): the story's day less that time, the month for weeks and months (the count is loose), else the day
    ("came just one month after", "2002-05"),
    ("came five months after", "2002-01"),
    ("comes just under two weeks after", "2002-06"),
    ("came two days after", "2002-06-25"),
])
def test_a_meeting_told_a_time_before_the_storys_is_dated_by_it(count, earlier):
    text = ("President George W. Bush met Russian President Vladimir Putin on the sidelines of the G8 summit in "
            "Kananaskis on June 27, 2002.\n\nThe two leaders spoke of trade and of security.\n\nThe meeting in Canada "
            f"{count} the talks of Foreign Minister Igor Ivanov and Secretary of State Colin Powell in Moscow.\n")
    evs = events_of(text, published=date(2002, 6, 28))
    assert sorted((e.date, sorted(e.participants)) for e in evs) == sorted([
        ("2002-06-27", ["George W. Bush", "Vladimir Putin"]), (earlier, ["Colin Powell", "Igor Ivanov"])])


def test_a_meeting_told_as_earlier_with_the_same_people_is_the_same_meeting():
    text = ("Turkish President Recep Tayyip Erdogan on Monday received Azerbaijani Foreign Minister Jeyhun Bayramov "
            "in Ankara. Earlier, Erdogan and Bayramov held a closed-door meeting at the presidential complex.")
    assert len(events_of(text, published=date(2023, 8, 14))) == 1


def test_a_foreign_minister_is_known_by_the_transliteration_of_central_asian_media():
    text = ("Head of State Kassym-Jomart Tokayev met with Minister of Foreign Affairs and Foreign Trade of Hungary "
            "Peter Siyarto in Nur-Sultan on Tuesday.")
    evs = events_of(text, published=date(2021, 4, 8))
    assert [(e.type, set(e.participants)) for e in evs] == [("ministerial", {"Kassym-Jomart Tokayev",
                                                                             "Peter Szijjarto"})]


@pytest.mark.parametrize("text,date_", [
    # the "results" of a visit: a visit that took place, its day before the article's
    ("The talks focused on the implementation of the agreements reached following the results of President "
     "Tokayev's state visit to Uzbekistan on April 14-15.", "2019-04-14"),
    ("They discussed the results of President Tokayev's state visit to Uzbekistan on April 14.", "2019-04-14"),
])
def test_a_visit_whose_results_are_told_took_place(text, date_):
    evs = events_of("Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev held telephone "
                    "talks. " + text, published=date(2019, 12, 30))
    assert [(e.date, e.status) for e in evs] == [(date_, "held")]


def test_a_photo_caption_above_the_lede_is_not_the_lede(tmp_path):
    text = ("Turkey, Germany praise crisis talks progress\n\n  • 19/10/2015\n"
            "Turkish President Recep Tayyip Erdogan (right) and German Chancellor Angela Merkel (AAP)\n"
            "Turkish President Recep Tayyip Erdogan (right) and German Chancellor Angela Merkel (AAP)\n\n"
            "By Stuart Williams with Frank Zeller\n\n"
            "German Chancellor Angela Merkel and Turkish Prime Minister Ahmet Davutoglu have hailed a better "
            "understanding in dealing with the refugee crisis.\n\n"
            "Merkel held talks in Istanbul with Davutoglu and was meeting President Recep Tayyip Erdogan on a "
            "critical one-day visit.\n")
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2015-10-19,,\n", encoding="utf-8")
    assert set(folder_events(tmp_path, text)["date"]) == {"2015-10"}  # (talks with Davutoglu, a meeting with Erdogan)


@pytest.mark.parametrize("text,people", [
    # "see" an office holder named right after it: a meeting
    ("German Chancellor Angela Merkel will see Russian President Vladimir Putin in Sochi on Friday.",
     [{"Angela Merkel", "Vladimir Putin"}]),
    ("Merkel met Turkish Prime Minister Ahmet Davutoglu in Ankara on Monday morning. In the afternoon, she will see "
     "President Recep Tayyip Erdogan.",
     [{"Angela Merkel", "Ahmet Davutoglu"}, {"Angela Merkel", "Recep Tayyip Erdogan"}]),
    # "see" anyone else, or someone without an office before the name: no meeting
    ("Chancellor Angela Merkel saw Vladimir Putin as a partner.", []),
    ("Many in Europe saw Putin as a threat after the talks in Minsk.", []),
    ("The week saw President Vladimir Putin sign a new decree in Moscow.", []),
])
def test_seeing_an_office_holder_is_meeting_them(text, people):
    assert [set(e.participants) for e in events_of(text, published=date(2016, 2, 8))] == people


def test_a_countrys_office_meeting_someone_then_named_is_one_meeting():
    text = ("Kazakh President held talks with Hungarian Prime Minister Viktor Orban.\n\nKassym-Jomart Tokayev held "
            "talks with Hungarian Prime Minister Viktor Orban, who arrived in Kazakhstan on an official visit.")
    evs = events_of(text, published=date(2023, 11, 2))
    assert [(set(e.participants), e.location) for e in evs] == [({"Kassym-Jomart Tokayev", "Viktor Orban"},
                                                                  "Kazakhstan")]


def test_people_of_a_phone_call_told_after_the_meeting_are_not_its_participants():
    text = ("The talks in Moscow on Monday followed a phone call between Vladimir Putin and Uzbek President Shavkat "
            "Mirziyoyev.")
    evs = events_of(text, published=date(2022, 11, 28))
    assert not any({"Vladimir Putin", "Shavkat Mirziyoyev"} <= set(e.participants) for e in evs)


@pytest.mark.parametrize("later", [
    "He was received with military honors at the chancellery ahead of a scheduled closed-door meeting and working "
    "dinner in Berlin.",
    "He was greeted with military honors prior to the planned meeting in Berlin.",
])
def test_a_meeting_scheduled_within_a_visit_told_as_held_is_that_visit(later):
    text = ("French President Emmanuel Macron arrived in Berlin on Monday for talks with German Chancellor Olaf "
            f"Scholz. {later}")
    evs = events_of(text, published=date(2022, 5, 9))
    assert [(e.date, e.status) for e in evs] == [("2022-05-09", "held")]


@pytest.mark.parametrize("text,dates", [
    # the date of what a visit prepares is not the visit's
    ("The visit of Russian Foreign Minister Sergey Lavrov to Kazakhstan, aimed at preparing bilateral events at the "
     "highest level this year, is an example of trusting cooperation. On April 10, Lavrov held talks with Kazakh "
     "Foreign Minister Murat Nurtleu in Astana.", ["2025-04-10"]),
    # a summit the visit prepares keeps its own date
    ("Lavrov visited Astana on Thursday to prepare the summit of Putin and Tokayev in November.",
     ["2025-04-10", "2025-11"]),
])
def test_the_date_of_what_a_meeting_prepares_is_not_its_own(text, dates):
    assert sorted(e.date for e in events_of(text, published=date(2025, 4, 10))) == dates


@pytest.mark.parametrize("text,participants", [
    # someone told as missing from the meeting takes no part in it, nor does the country only they stood for
    ("Chinese President Xi Jinping met South Korean President Moon Jae-in in Beijing on Monday. The meeting took "
     "place in the absence of the President of Russia, Vladimir Putin, who was also expected in Beijing.",
     ["Moon Jae-in", "Xi Jinping"]),
    ("Russian President Vladimir Putin had skipped the summit held in Beijing on Monday with Chinese President Xi "
     "Jinping and South Korean President Moon Jae-in.", ["Moon Jae-in", "Xi Jinping"]),
])
def test_someone_absent_takes_no_part(text, participants):
    evs = events_of(text, published=date(2018, 6, 13))
    assert [sorted(e.participants) for e in evs] == [participants]
    assert "Russia" not in evs[0].countries


@pytest.mark.parametrize("text", [
    "On Tuesday, President Yoweri Museveni said he had met President Paul Kagame in Luanda to discuss the border.",
    "On Tuesday, the Ugandan leader Yoweri Museveni told journalists he had met President Paul Kagame in Luanda.",
])
def test_a_day_opening_the_sentence_before_its_speaker_is_the_days_words(text):
    """"On Tuesday, President Museveni said he'd met President Kagame": the day he spoke, not the meeting's."""
    evs = events_of("Uganda and Rwanda want to reopen their border. " + text, published=D)
    assert [e.date for e in evs] != ["2016-09-06"] and len(evs) == 1



def test_a_trip_to_a_summit_of_a_series_with_its_day_is_an_event():
    text = ("Brazilian President Luiz Inacio Lula da Silva will meet Argentine President Alberto Fernandez in Brasilia "
            "on Monday. Monday's meeting to take place at the Itamaraty Palace is also a prelude to Lula's first trip "
            "abroad once again as President, which will be to Buenos Aires for the Jan. 24 Celac summit.")
    evs = events_of(text, published=date(2023, 1, 2))
    assert sorted(e.date for e in evs) == ["2023-01-02", "2023-01-24"]


@pytest.mark.parametrize("text,published,expected", [
    # the day someone left or stayed on after the meeting is not the meeting's
    ("Chinese President Hu Jintao left Croatia for China on Saturday after concluding his state visit, during which "
     "he held talks with Croatian President Stjepan Mesic.", date(2009, 6, 22), "2009-06"),
    ("President Bush and British Prime Minister Tony Blair spent a second day at the U.S. presidential retreat on "
     "Saturday after \"productive\" talks focusing on missile defense.", date(2001, 2, 24), "2001-02"),
    # the day someone came, after a visit elsewhere, is not that visit's
    ("Indian Prime Minister Narendra Modi on Sunday reached Joint Base Andrews in Washington, as part of a "
     "three-nation tour, after a brief visit to Portugal, where he met Portuguese Prime Minister Antonio Costa.",
     date(2017, 6, 25), "2017-06"),
    # the day someone left after a visit's end, told after it or before it
    ("Indian Prime Minister Narendra Modi concluded his three-day official visit to the US, where he met US "
     "President Joe Biden, and left for home on Monday.", date(2024, 9, 24), "2024-09"),
    ("Afghan President Ashraf Ghani on Friday departed after the conclusion of his two-day official visit to "
     "Pakistan, where he met Pakistani Prime Minister Imran Khan.", date(2019, 6, 28), "2019-06"),
    # a page's time stamp is not a meeting's date
    ("Updated: 2009-06-22 09:32 ZAGREB: Chinese President Hu Jintao held talks with Croatian President Stjepan Mesic "
     "during his state visit.", date(2009, 6, 22), "2009-06"),
    # but a day told of the talks themselves stays theirs
    ("President Bush and British Prime Minister Tony Blair held talks at Camp David on Friday.", date(2001, 2, 24),
     "2001-02-23"),
])
def test_a_day_of_leaving_or_of_the_page_is_not_the_meeting_day(text, published, expected):
    evs = events_of(text, published=published)
    assert [e.date for e in evs] == [expected]


def test_talks_after_which_two_people_did_something_are_theirs():
    text = ("President Bush and British Prime Minister Tony Blair relaxed at Camp David after \"productive\" talks "
            "focusing on missile defense.")
    evs = events_of(text, published=date(2001, 2, 24))
    assert [sorted(e.participants) for e in evs] == [["George W. Bush", "Tony Blair"]]


@pytest.mark.parametrize("second", [
    "Friday's meeting was Bush's first with a European leader since taking office in January.",
    "Bush called Friday's talks the best he had had since taking office.",
])
def test_a_meeting_told_by_its_weekday_dates_the_meeting_told_before(second):
    text = ("President Bush and British Prime Minister Tony Blair spent a second day at Camp David on Saturday after "
            "\"productive\" talks focusing on missile defense. " + second)
    evs = events_of(text, published=date(2001, 2, 24))
    assert [(e.date, sorted(e.participants)) for e in evs] == [("2001-02-23", ["George W. Bush", "Tony Blair"])]


@pytest.mark.parametrize("text", [
    # the month told from now holds the day told after
    "German Chancellor Gerhard Schroeder will meet Russian President Vladimir Putin next month, sources said Monday. "
    "Schroeder is due to have talks with the Russian leader on 2 April in Moscow, the sources said.",
    # "next month" told twice of the same people, then its day
    "Schroeder to meet Putin next month\n\nGerman Chancellor Gerhard Schroeder will meet Russian President Vladimir "
    "Putin next month, sources said Monday. Schroeder is due to have talks with the Russian leader on 2 April in "
    "Moscow, the sources said.",
])
def test_a_meeting_told_next_month_then_on_its_day_is_one(text):
    evs = events_of(text, published=date(2004, 3, 15))
    assert [(e.date, e.status) for e in evs] == [("2004-04-02", "planned")]


def test_the_people_of_a_later_meeting_between_others_are_not_of_the_talks_told_first():
    text = ("Russian Foreign Minister Sergei Lavrov and his Turkish counterpart Hakan Fidan held talks in Moscow on "
            "Thursday, to discuss the issues to be addressed at an upcoming meeting between their two leaders, "
            "Vladimir Putin and Recep Tayyip Erdogan.")
    evs = events_of(text, published=date(2023, 9, 1))
    assert sorted((e.date or "", e.type, tuple(sorted(e.participants))) for e in evs) == [
        ("", "summit", ("Recep Tayyip Erdogan", "Vladimir Putin")),
        ("2023-08-31", "ministerial", ("Hakan Fidan", "Sergei Lavrov"))]


@pytest.mark.parametrize("said", [
    "\"I am convinced that today's meeting between Lavrov and Fidan will be very productive,\" Lavrov said.",
    # the speaker's "our meeting today", "this meeting today": the meeting the speaker is at, not another one
    "\"Considering all the events in the region today, our meeting today seems very important,\" Fidan told Lavrov.",
    "\"This meeting today is very important,\" Fidan told Lavrov.",
])
def test_todays_meeting_in_the_words_said_at_the_talks_is_those_talks(said):
    text = ("Russian Foreign Minister Sergei Lavrov and his Turkish counterpart Hakan Fidan held talks in Moscow on "
            "Thursday. " + said)
    evs = events_of(text, published=date(2023, 9, 1))
    assert [(e.date, e.status) for e in evs] == [("2023-08-31", "held")]


def test_a_day_a_report_was_quoted_dates_no_meeting_and_the_end_of_the_month_holds_its_day():
    text = ("German Chancellor Gerhard Schroeder and French President Jacques Chirac will meet "
            "with Russian President Vladimir Putin at his Black Sea resort residence at the end of the month, Interfax "
            "quoted the top Kremlin spokesman as saying Wednesday. He confirmed that the talks will be held in Sochi "
            "on August 30-31.")
    evs = events_of(text, published=date(2004, 8, 18))
    assert [(e.date, e.status, e.location) for e in evs] == [("2004-08-30", "planned", "Sochi")]


@pytest.mark.parametrize("text,published,expected", [
    # the day a visit of several days ended: it began that many days before
    ("Angolan President Joao Lourenco ended Wednesday his three-day state visit to Cape Verde, where he met "
     "President Jose Maria Neves.", date(2022, 3, 17), ("2022-03-14", "2022-03-16")),
    ("Chinese Premier Wen Jiabao wrapped up a three-day visit to Japan on April 13, after talks with Prime Minister "
     "Shinzo Abe.", date(2007, 4, 14), ("2007-04-11", "2007-04-13")),
    # the day it began stays its first
    ("Chinese Premier Wen Jiabao began a three-day visit to Japan on April 11 with talks with Prime Minister "
     "Shinzo Abe.", date(2007, 4, 14), ("2007-04-11", "2007-04-13")),
])
def test_the_day_a_visit_of_several_days_ended_is_its_last(text, published, expected):
    assert [(e.date, e.end_date) for e in events_of(text, published=published)] == [expected]


def test_the_days_of_a_tour_of_several_nations_are_not_one_meetings():
    text = ("Indian President Droupadi Murmu was in Malawi on the last leg of her three-nation visit to Algeria, "
            "Mauritania and Malawi from October 13 to 19. Murmu and Malawi President Lazarus Chakwera held "
            "discussions on a wide range of areas on Friday and signed MoUs.")
    evs = events_of(text, published=date(2024, 10, 19))
    assert [(e.date, sorted(e.participants)) for e in evs] == [
        ("2024-10-18", ["Droupadi Murmu", "Lazarus Chakwera"])]


def test_a_host_named_as_the_speaker_is_no_meeting_of_his():
    text = ("G7 foreign ministers met in Germany on Tuesday looking to build on recent progress on the Ukraine crisis "
            "and Iran's nuclear programme, host Frank-Walter Steinmeier said, AFP reports.")
    assert [e.type for e in events_of(text)] == ["ministerial"]


@pytest.mark.parametrize("joined", [
    "Syrian President Ahmed al-Sharaa will join the talks via video link to discuss the broader regional situation, "
    "including ties between Lebanon and Syria following recent cross-border clashes in early March.",
    "Syrian President Ahmed al-Sharaa joined the meeting by video to discuss ties between Lebanon and Syria after "
    "the clashes in early March.",
])
def test_joining_the_talks_by_video_is_no_meeting_of_its_own(joined):
    text = ("On Friday, 28 March 2025, Lebanese President Joseph Aoun arrived in Paris for talks with French President "
            "Emmanuel Macron. The talks are taking place amid a tense situation.\n" + joined + "\n")
    assert [(e.date, e.status) for e in events_of(text)] == [("2025-03-28", "held")]


@pytest.mark.parametrize("text,expected", [
    # the guest alone visiting another city of the country where the two met: a stop of the trip, no meeting
    ("Indian Prime Minister Narendra Modi held talks with Nepalese Prime Minister Pushpa Kamal Dahal in New Delhi on "
     "Thursday. Dahal will visit Ujjain and Indore on Friday.", [("2023-06-01", "New Delhi")]),
    # with the host named there too, the second city is a meeting of its own
    ("Japanese Prime Minister Shinzo Abe met Indian Prime Minister Narendra Modi in Tokyo on Monday. Modi will visit "
     "Kyoto with Abe on Tuesday.", [("2023-05-29", "Tokyo"), ("2023-06-06", "Kyoto")]),
])
def test_a_guests_stop_in_another_city_after_the_talks(text, expected):
    assert [(e.date, e.location) for e in events_of(text, published=date(2023, 6, 1))] == expected


@pytest.mark.parametrize("text,published,told", [
    # an arrival and the talks told after it, ahead: one meeting, planned, on the talks' day
    ("Indian External Affairs Minister S. Jaishankar arrived in Canberra on Monday for an official visit. He will "
     "meet Australian Foreign Minister Penny Wong at Parliament House on Tuesday.", date(2024, 3, 4),
     [("2024-03-05", "planned")]),
    # the arrival and the talks it comes for, in one sentence
    ("Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Tuesday to hold meetings with Iraqi Prime Minister "
     "Mohammed Shia al-Sudani and Foreign Minister Fuad Hussein.", date(2024, 4, 23), [("2024-04-23", "planned")]),
    # an arrival told of an office, no name: the visitor's talks at that place
    ("China's foreign minister arrived in Phnom Penh on Wednesday for a two-day visit. Wang Yi, who will meet his "
     "Cambodian counterpart Prak Sokhonn during his stay, was greeted by officials at Phnom Penh airport.",
     date(2019, 5, 1), [("2019-05-01", "planned")]),
    # "arrived here on ... on a visit" is the arrival, not the day of the talks told before or after it
    ("Sanchez holds talks with Brazil's Lula\n\nSpanish Prime Minister Pedro Sanchez shakes hands with Brazilian "
     "President Luiz Inacio Lula da Silva prior to a meeting at the Moncloa Palace in Madrid.\n\nSanchez and Lula "
     "held extensive talks on Wednesday on trade and climate.\n\nLula arrived here on Tuesday night on a three-day "
     "visit, his first to Spain as president since 2023.", date(2024, 4, 10), [("2024-04-10", "held")]),
])
def test_an_arrival_is_the_visit_of_the_talks_told_with_it(text, published, told):
    assert [(e.date, e.status) for e in events_of(text, published=published)] == told


@pytest.mark.parametrize("text,published,dates", [
    # a meeting told as an earlier one, with its year, is not the visit the article tells
    ("Prime Minister Narendra Modi shakes hands with French President Emmanuel Macron prior to a meeting at "
     "Hyderabad House in New Delhi.\n\nThe last visit by a French President to India was in 2018.",
     date(2024, 1, 26), ["2024-01"]),
    # what someone said of other years, after the meeting word, does not date the meeting
    ("Chancellor Olaf Scholz and Prime Minister Donald Tusk held talks in Warsaw on Tuesday. At a joint press "
     "conference after the talks, Scholz said he regretted the crimes committed in Poland in 1939-45.",
     date(2024, 7, 2), ["2024-07-02"]),
])
def test_one_meeting_told_twice_is_one_event(text, published, dates):
    assert sorted(e.date for e in events_of(text, published=published)) == dates


def test_an_undated_visit_the_sentence_tells_with_the_meeting_is_that_meeting(tmp_path):
    text = ("Montenegro visits Madrid, Portugal and Spain pledge closer ties\n\nMADRID, Oct 23 (Reuters) - Portuguese "
            "Prime Minister Luis Montenegro and Spanish Prime Minister Pedro Sanchez agreed on Thursday to open a new "
            "chapter in relations, signing a declaration on energy links during Montenegro's first visit to Madrid in "
            "six years.\n\nThe two leaders met at the Moncloa Palace and then chaired a session of the bilateral "
            "summit council.\n\n\"We are neighbours and partners,\" Montenegro told a joint news conference after the "
            "talks.\n\nMontenegro was also received by King Felipe VI.")
    # the visit and Thursday's talks are one meeting; the King's audience is another (the golds of d4_13, d13_14)
    assert sorted(sorted(ps) for ps in folder_events(tmp_path, text)["participants"]) == [
        ["Felipe VI", "Luis Montenegro"], ["Luis Montenegro", "Pedro Sanchez"]]


def test_a_statement_of_last_year_does_not_date_a_meeting():
    text = ("Erdogan visits Athens\n\nTurkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos "
            "Mitsotakis met at the Maximos Mansion. Relations hit a low in 2020, and Erdogan had said last year that "
            "Mitsotakis no longer existed for him.")
    assert [e.date for e in events_of(text, published=date(2023, 12, 7))] == ["2023-12"]


@pytest.mark.parametrize("text,published,expected", [
    ("Prime Minister Narendra Modi held talks with President Joe Biden in Washington on Thursday and also met Vice "
     "President Kamala Harris.", date(2024, 4, 27),
     [("2024-04-25", ["Joe Biden", "Narendra Modi"]), ("2024-04-25", ["Kamala Harris", "Narendra Modi"])]),
    ("Foreign Minister Sergey Lavrov held talks with Foreign Minister Wang Yi in Beijing on Monday and met President "
     "Xi Jinping on Tuesday.", date(2024, 5, 1),
     [("2024-04-29", ["Sergey Lavrov", "Wang Yi"]), ("2024-04-30", ["Sergey Lavrov", "Xi Jinping"])]),
])
def test_held_talks_with_a_and_met_b_is_two_meetings(text, published, expected):
    """"held talks with Biden ... and also met Harris": one meeting each, the subject at both, each other person at
    the meeting told with them (the second on the first's day when it tells none)."""
    evs = events_of(text, published=published)
    assert sorted((e.date, sorted(e.participants)) for e in evs) == expected


@pytest.mark.parametrize("together,expected", [
    # the day or month the guests met together dates their separate meetings
    (("Monday", "2017-11-13", dict(year=None, weekday=0)), "Monday"),
    (("November", "2017-11", dict(year=None, month=11)), "November"),
    # a year alone ("ASEAN 2017", the occasion's label) tells no day of it
    (("2017", "2017", dict(year=2017)), None),
])
def test_separate_meetings_take_the_day_their_guests_met_together(together, expected):
    from types import SimpleNamespace

    from loaders.dates import DateSpec, Timex
    from loaders.meeting.article_events import ArticleEvent
    from loaders.meeting.sequence_dates import date_by_occasion

    text, value, spec = together
    t = Timex(0, len(text), text, "DATE", DateSpec(**spec), -1, value)
    apart = SimpleNamespace(apart=False)
    together_ev = ArticleEvent([apart], "summit", "held", ["Narendra Modi", "Rodrigo Duterte", "Donald Trump"], [],
                               None, t, None, True)
    separate = ArticleEvent([apart], "summit", "held", ["Narendra Modi", "Rodrigo Duterte"], [], None, None, None,
                            True, guests=["Rodrigo Duterte"])
    date_by_occasion([together_ev, separate])
    assert (separate.timex.text if separate.timex else None) == expected


def test_an_undated_meeting_in_a_city_named_longer_is_the_dated_one_there():
    """"in Delhi on Friday" and, undated, "in New Delhi": one city, one meeting of the two."""
    text = ("Prime Minister Narendra Modi and Mauritius PM Pravind Jugnauth held a bilateral meeting in Delhi on "
            "Friday. Modi said the talks were productive. Modi also held a bilateral meeting with his Mauritius "
            "counterpart Pravind Jugnauth in New Delhi, his office said.")
    evs = events_of(text, published=date(2023, 9, 8))
    assert [(sorted(e.participants), e.date) for e in evs] == [(["Narendra Modi", "Pravind Jugnauth"], "2023-09-08")]


@pytest.mark.parametrize("text,expected", [
    # a second predicate's meeting with the leaders of other countries: another meeting, its parties its own
    ("On Friday, Putin held talks with Iranian President Hassan Rouhani and met in a trilateral format with the "
     "leaders of China and Mongolia.", [["China", "Mongolia", "Russia"], ["Iran", "Russia"]]),
    ("On Friday, Modi held talks with Prime Minister Rishi Sunak and later met with the leaders of Japan and "
     "Australia.", [["Australia", "India", "Japan"], ["India", "United Kingdom"]]),
    # the leaders of the guest's own country: the same meeting
    ("On Friday, Modi held talks with Prime Minister Rishi Sunak and met with the leaders of Britain.",
     [["India", "United Kingdom"]]),
])
def test_a_second_predicate_with_the_leaders_of_other_countries_is_another_meeting(text, expected):
    evs = events_of(text, published=date(2019, 6, 16))
    assert sorted(sorted(e.countries) for e in evs) == expected


def test_two_meetings_of_one_sentence_told_the_next_day_are_both_on_that_day():
    """"The next day, Putin is set to hold talks with A and meet B": both the day after the meetings told before, not
    the second the day after the first."""
    text = ("Chinese President Xi Jinping and Mongolian President Khaltmaagiin Battulga are in Bishkek. Upon arrival "
            "in Bishkek on Thursday, Putin is first scheduled to hold talks with Indian Prime Minister Narendra Modi. "
            "Later in the day, the Russian leader will meet with the summit's host, President Sooronbay Jeenbekov. The "
            "next day, Putin is set to hold talks with Iranian President Hassan Rouhani and meet in a trilateral "
            "format with the leaders of China and Mongolia.")
    evs = events_of(text, published=date(2019, 6, 12))
    assert sorted((e.date, sorted(e.countries)) for e in evs if "Russia" in e.countries)[-2:] == [
        ("2019-06-14", ["China", "Mongolia", "Russia"]), ("2019-06-14", ["Iran", "Russia"])]


@pytest.mark.parametrize("text,expected", [
    # a second predicate joined by ", and", a day of its own and no one named: the subject's meeting, where it says
    ("US envoy Christopher Hill is to visit Beijing later this week, and is scheduled to hold talks in Seoul starting "
     "September 11.", [("2023-05", "Beijing"), ("2023-09-11", "Seoul")]),
    # talks in the person's own country, no one else told: no meeting of two sides
    ("Russian Foreign Minister Sergey Lavrov is to visit Beijing later this week, and will hold talks in Moscow on "
     "September 11.", [("2023-05", "Beijing")]),
])
def test_talks_of_a_second_predicate_on_a_day_of_their_own_in_another_country(text, expected):
    evs = events_of(text, published=date(2023, 5, 10))
    assert sorted((e.date, e.location) for e in evs) == expected


def test_predicates_set_off_by_semicolons_are_the_subject_s_meetings_each():
    """"he will call on A; meet B; and hold talks with C": the visitor's meetings, B's apart with its own guest."""
    text = ("Deputy Prime Minister Ishaq Dar will visit Kabul on Saturday. During the day-long visit, he will call on "
            "the Afghan Acting Prime Minister, Mullah Muhammad Hassan Akhund; meet Chinese Foreign Minister Wang Yi; "
            "and hold delegation-level talks with Acting Foreign Minister, Amir Khan Muttaqi.")
    evs = events_of(text, published=date(2025, 4, 18))
    pairs = sorted(sorted(e.participants) for e in evs)
    assert ["Ishaq Dar", "Wang Yi"] in pairs


@pytest.mark.parametrize("text,expected", [
    # a visitor meeting a country's head of state and its head of government: a call on each, two meetings
    ("Four days ago, Burhan visited Libya where he met with Chairman of the Libyan Presidential Council Mohamed "
     "Al-Menfi and Libyan National Unity Government Prime Minister Abdul Hamid Dbeibah, the National reported.",
     [["Abdel Fattah al-Burhan", "Abdul Hamid Dbeibah"], ["Abdel Fattah al-Burhan", "Mohamed al-Menfi"]]),
    # the list goes on with others the data does not know: the calls told together, as one
    ("Four days ago, Burhan visited Libya where he met with Chairman of the Libyan Presidential Council Mohamed "
     "Al-Menfi, Libyan Prime Minister Abdul Hamid Dbeibah, Speaker Aguila Saleh Issa, and army chief Mohamed "
     "Al-Haddad.", [["Abdel Fattah al-Burhan", "Abdul Hamid Dbeibah", "Mohamed al-Menfi"]]),
])
def test_a_country_s_head_of_state_and_of_government_met_by_a_visitor_are_two_calls(text, expected):
    evs = events_of("Sudan's leader Abdel Fattah al-Burhan spoke in Cairo on Thursday. " + text,
                    published=date(2024, 2, 29))
    assert sorted(sorted(e.participants) for e in evs if "Libya" in e.countries) == expected


@pytest.mark.parametrize("text,expected", [
    # the premier told by his rank before his title ("the country's No. 2 leader, Premier B"): a call on each
    ("Vietnamese Prime Minister Pham Minh Chinh met Chinese leader Xi Jinping and the country's No. 2 leader, "
     "Premier Li Qiang, in Beijing on Tuesday.", [["Li Qiang", "Pham Minh Chinh"], ["Pham Minh Chinh", "Xi Jinping"]]),
    # the leader and his minister told the same way: the minister sits in on the leader's talks, one meeting
    ("Vietnamese Prime Minister Pham Minh Chinh met Chinese leader Xi Jinping and the country's top diplomat, "
     "Foreign Minister Qin Gang, in Beijing on Tuesday.", [["Pham Minh Chinh", "Xi Jinping"]]),
])
def test_a_head_and_premier_told_with_a_rank_between_are_two_calls(text, expected):
    evs = events_of(text, published=date(2023, 6, 28))
    assert sorted(sorted(p for p in e.participants if p != "Qin Gang") for e in evs) == expected


@pytest.mark.parametrize("text,published,expected", [
    # a country's head and premier listed with someone the data does not know between them: a call on each
    ("He will also meet with the President of Croatia, Kolinda Grabar-Kitarovic, the Mayor of Zagreb, Milan Bandic, "
     "and the Prime Minister of Croatia, Andrej Plenkovic.", date(2018, 12, 3),
     [["Andrej Plenkovic", "Linas Linkevicius"], ["Kolinda Grabar-Kitarovic", "Linas Linkevicius"]]),
    # the one unknown named with a capital of another Latin script ("Željko"): still an item of the list
    ("He will also meet with the President of Croatia, Kolinda Grabar-Kitarović, the Speaker of the Croatian "
     "Parliament, Željko Reiner, and the Prime Minister of Croatia, Andrej Plenković.", date(2016, 12, 5),
     [["Andrej Plenković", "Linas Linkevicius"], ["Kolinda Grabar-Kitarović", "Linas Linkevicius"]]),
])
def test_a_head_and_premier_listed_around_someone_unknown_are_two_calls(text, published, expected):
    evs = events_of("Lithuanian Foreign Minister Linas Linkevicius began a visit to Zagreb on Monday. " + text,
                    published=published)
    assert sorted(sorted(e.participants) for e in evs if e.status == "planned") == expected


@pytest.mark.parametrize("text,expected", [
    # a second place of another country told after the meeting's own, "as well as in": a meeting there too
    ("Park Jin and Yoshimasa Hayashi had also met in Seoul in May, as well as in Bali, Indonesia, for the Group of 20 "
     "meeting on July 8.", [("2022-07-08", "Bali"), ("2023-05", "Seoul")]),
    # another city of the same country: the places of one stay
    ("Modi met Kishida in Tokyo in May, as well as in Osaka.", [("2023-05", "Tokyo")]),
])
def test_a_meeting_verb_with_a_second_place_abroad_told_after_its_own(text, expected):
    evs = events_of(text, published=date(2023, 5, 10))
    assert sorted((e.date, e.location) for e in evs) == expected


@pytest.mark.parametrize("text,expected", [
    # "in A in <month> and in B in <another month>": a meeting in each, of either country, a town the gazetteer
    # does not know too ("Mamallapuram, near Chennai")
    ("The statement recalled the consensus reached by Prime Minister Narendra Modi and President Xi Jinping at their "
     "informal summits in Wuhan in April 2018 and in Mamallapuram, near Chennai, in October 2019.",
     [("2018-04", "Wuhan"), ("2019-10", "Mamallapuram")]),
    ("President Moon Jae-in met President Xi Jinping in Beijing in March 2018 and in the port city of Dalian in May "
     "2018.", [("2018-03", "Beijing"), ("2018-05", "Dalian")]),
    # the days of one month, or the same place again: one meeting as before
    ("Modi met Kishida in Tokyo on May 3 and in Osaka on May 4.", [("2023-05-03", "Tokyo")]),
])
def test_a_place_and_month_told_after_a_meetings_own_is_another_meeting(text, expected):
    evs = events_of(text, published=date(2023, 5, 10))
    assert sorted((e.date, e.location) for e in evs) == expected



@pytest.mark.parametrize("second,count", [
    # the same weekday, the same two sides, a third person of one side told in the sentence: one meeting
    ("Like Italian President Sergio Mattarella in 2015, Rajoy's Monday meeting with Renzi will be his first port "
     "of call.", 1),
    ("Rajoy's Monday meeting with Renzi, like Italian President Sergio Mattarella's, will be his first port of "
     "call.", 1),
    # a third person of another side: a meeting of more sides, not the one told
    ("Rajoy will also meet Renzi and French President Francois Hollande on Monday.", 2),
])
def test_a_weekday_told_twice_with_one_more_of_its_sides_is_one_meeting(second, count):
    text = ("Italian Prime Minister Matteo Renzi will host Spanish Prime Minister Mariano Rajoy for talks in Rome on "
            "Monday. " + second)
    evs = events_of(text, published=date(2016, 5, 10))
    assert len([e for e in evs if "Mariano Rajoy" in e.participants]) == count


@pytest.mark.parametrize("text,published,people", [
    # a plural office right after the meeting verb, each holder listed after its country: one meeting of them all
    ("President Luiz Inácio Lula da Silva will meet with the presidents of Bolivia, Evo Morales, Venezuela, Hugo "
     "Chávez, and Argentina, Néstor Kirchner, in Foz do Iguaçu on Thursday.", date(2006, 5, 3),
     [{"Luiz Inácio Lula da Silva", "Evo Morales", "Hugo Chávez", "Néstor Kirchner"}]),
    ("Prime Minister Narendra Modi met the prime ministers of Japan, Fumio Kishida, Australia, Anthony Albanese, and "
     "New Zealand, Chris Hipkins, in Tokyo on Monday.", date(2023, 5, 23),
     [{"Narendra Modi", "Fumio Kishida", "Anthony Albanese", "Chris Hipkins"}]),
    # guard: on a summit's sidelines, still one meeting per guest
    ("On the sidelines of the G20 summit, Prime Minister Narendra Modi met the prime ministers of Japan, Fumio "
     "Kishida, Australia, Anthony Albanese, and Italy, Giorgia Meloni.", date(2023, 9, 10),
     [{"Narendra Modi", "Fumio Kishida"}, {"Narendra Modi", "Anthony Albanese"}, {"Narendra Modi", "Giorgia Meloni"}]),
])
def test_the_holders_of_an_office_met_together_are_one_meeting(text, published, people):
    """guest_rounds._listed_guests (_PLURAL_OFFICE): "met with the presidents of A, X, B, Y, and C, Z" away from a
    summit's sidelines is one meeting of them all, not a round of bilaterals (dev16 d16_12, Agência Brasil)."""
    assert [set(e.participants) for e in events_of(text, published=published)] == people


def test_a_summit_its_people_attended_is_no_twin_of_their_visit():
    """event_joins._twin: a summit of a series told as attended by two leaders ("were attending the G20 summit in
    Osaka") is not their bilateral visit told elsewhere, of the same two people: an undated one stays apart (heldout2
    111, where the G20 summit fell into the January visit once the Santa Fe summit named all four presidents)."""
    from loaders.meeting.event_joins import _twin
    from loaders.pipeline import extract_article
    from tests.helpers import article

    text = ("Macri visited Bolsonaro in Brasília on January 16. The news came while Macri and Bolsonaro were "
            "attending the G20 summit in Osaka.")
    evs = extract_article(article(text, date(2019, 7, 18))).events
    visit, summit = next(e for e in evs if not e.series), next(e for e in evs if e.series)
    assert not _twin(summit, visit, None)


@pytest.mark.parametrize("day", ["next to the last day", "second to last day"])
def test_next_to_the_last_day_is_no_other_meeting(day):
    """An undated meeting told again far after, of the same people, is that meeting (join_undated_twins): "next to
    the last day" of the tour is no "next" meeting that would keep them apart."""
    text = ("A spokesman who accompanied U.S. President George W. Bush in talks with Mexican President Felipe Calderon "
            "said Bush was optimistic. The private talks at a plantation marked Bush's first meeting with Calderon and "
            f"came on the {day} of the president's weeklong tour.\n\nThe issue of immigration has long divided the two "
            "countries, and lawmakers in Washington have struggled for years to agree on a bill. Farmers along the "
            "border say the shortage of workers is hurting crops this season.\n\nOfficials said trade and security "
            "also figured prominently, with both sides eager to show progress on drugs and on the flow of weapons "
            "that fuels violence in northern Mexico and beyond.\n\nIn remarks before the meetings began, Calderon "
            "urged the U.S. to do more to cut the demand for drugs in the United States.")
    assert len(events_of(text)) == 1


@pytest.mark.parametrize("second,dates", [
    # a quoted statement's (a tweet's) "today" is the speaker's day: the day before the article's, the day told
    ("\"External Affairs Minister S. Jaishankar met Australian Foreign Minister Penny Wong in Geneva today to "
     "exchange views,\" the ministry said in a tweet.", ["2023-03-14"]),
    ("“Had a good meeting with Australian Foreign Minister Penny Wong in Geneva today,” Jaishankar said.",
     ["2023-03-14"]),
    # the narrative's own "today": another day, another meeting
    ("Jaishankar met Australian Foreign Minister Penny Wong again in Geneva today.", ["2023-03-14", "2023-03-15"]),
])
def test_a_quoted_today_is_the_day_told_before(second, dates):
    text = ("Indian External Affairs Minister S. Jaishankar met Australian Foreign Minister Penny Wong on Tuesday in "
            "Geneva and discussed bilateral ties. " + second)
    evs = events_of(text, published=date(2023, 3, 15))
    assert sorted(e.date for e in evs if "Penny Wong" in e.participants) == dates


NORMANDY = ("Normandy summit begins in Paris\n\nA summit of four leaders – Volodymyr Zelensky of Ukraine, Vladimir "
            "Putin of Russia, Angela Merkel of Germany, and Emmanuel Macron of France – has begun in Paris.\n\n"
            "This summit has become Zelensky's first meeting with Putin since his election.\n\n"
            "Zelensky is set to negotiate the exchange of prisoners of war.\n\n"
            "After the summit, Zelensky is scheduled to separately meet with Putin.\n")


@pytest.mark.parametrize("text,expected", [
    # a meeting told as held "separately" after a gathering is one of its own people, not the gathering told before
    # (which stays held)
    (NORMANDY, [("held", {"Volodymyr Zelensky", "Vladimir Putin", "Angela Merkel", "Emmanuel Macron"}),
                ("planned", {"Volodymyr Zelensky", "Vladimir Putin"})]),
    ("Blinken and Wang Yi held talks in Washington on Thursday with Jake Sullivan and Janet Yellen.\n\n"
     "Wang is scheduled to meet separately with Sullivan on Friday.\n",
     [("held", {"Antony Blinken", "Wang Yi", "Jake Sullivan"}), ("planned", {"Wang Yi", "Jake Sullivan"})]),
])
def test_a_meeting_told_as_separate_is_not_the_gathering_before(text, expected):
    evs = events_of(text, published=date(2019, 12, 9))
    assert sorted((e.status, set(e.participants)) for e in evs) == sorted(expected, key=lambda x: x[0])


_G20 = "Prime Minister Narendra Modi will hold more than 15 bilateral meetings with world leaders, sources said.\n\n"


@pytest.mark.parametrize("text,day,guests", [
    # a round of bilaterals by country told beside another meeting of the sentence is its own, one meeting per
    # country, a summit of the host's level, on the day the sentence gives
    (_G20 + "In addition to the G20 meetings on 9 September, the Prime Minister will also hold bilateral meetings "
     "with the UK, Japan, Germany and Italy.", "2023-09-09",
     {"Rishi Sunak", "Fumio Kishida", "Olaf Scholz", "Giorgia Meloni"}),
    (_G20 + "On the sidelines of the G20 summit on 9 September, the Prime Minister will also hold bilateral meetings "
     "with the UK, Japan, Germany and Italy.", "2023-09-09",
     {"Rishi Sunak", "Fumio Kishida", "Olaf Scholz", "Giorgia Meloni"}),
    (_G20 + "On 10 September, PM Modi will hold a working lunch meeting with French President Emmanuel Macron. He "
     "will do a pull-aside meeting with Canada and bilateral meetings with Turkiye, South Korea and Brazil, added "
     "the sources.", "2023-09-10", {"Emmanuel Macron", "Recep Tayyip Erdogan", "Yoon Suk Yeol",
                                    "Luiz Inacio Lula da Silva"}),
    # guard: the guests named, the round alone in its sentence
    (_G20 + "In addition to the G20 meetings on 9 September, Modi will also hold bilateral meetings with Rishi Sunak, "
     "Fumio Kishida and Olaf Scholz.", "2023-09-09", {"Rishi Sunak", "Fumio Kishida", "Olaf Scholz"}),
])
def test_a_round_of_bilaterals_beside_another_meeting_of_its_sentence(text, day, guests):
    evs = [e for e in events_of(text, published=date(2023, 9, 8)) if len(met(e)) == 2]
    seen = {p for e in evs if e.date == day and e.type == "summit" for p in met(e)} - {"Narendra Modi"}
    assert guests <= seen


@pytest.mark.parametrize("text,host,guests", [
    # a round of bilaterals told after the summit a trip was for, its host "he" in a clause of the trip: one
    # meeting of the host with each guest, not one of them all
    ("Prime Minister Modi reached Colombo after concluding his visit to Thailand, where he attended the BIMSTEC "
     "Summit and held bilateral talks with several world leaders, including Thai Prime Minister Paetongtarn "
     "Shinawatra, Bhutan PM Tshering Tobgay and Nepal PM KP Sharma Oli.", "Narendra Modi",
     {"Paetongtarn Shinawatra", "Tshering Tobgay", "KP Sharma Oli"}),
    ("President Xi Jinping returned to Beijing after his trip to Kazakhstan, where he attended the SCO Summit and "
     "held bilateral talks with several leaders, including Russian President Vladimir Putin, Turkish President "
     "Recep Tayyip Erdogan and Iranian President Masoud Pezeshkian.", "Xi Jinping",
     {"Vladimir Putin", "Recep Tayyip Erdogan", "Masoud Pezeshkian"}),
])
def test_a_round_of_bilaterals_after_the_summit_a_trip_was_for(text, host, guests):
    evs = events_of(text, published=date(2025, 4, 5))
    pairs = {frozenset(e.participants) for e in evs}
    assert all(frozenset({host, g}) in pairs for g in guests)


@pytest.mark.parametrize("text,people", [
    # the one who reports what others will do or did, named after it at the sentence's end, is not at the meeting
    ("Prime Minister Narendra Modi will meet US President Joe Biden on Friday, Foreign Secretary Vinay Kwatra said "
     "on Thursday.", {"Narendra Modi", "Joe Biden"}),
    ("“The Turkish foreign minister made a short visit to Tehran yesterday to follow up on Zarif’s visit to Ankara,” "
     "Iranian Foreign Ministry Spokesman Bahram Qasemi said on Friday.", None),
    # any reporting verb of the data: "confirmed", "stressed"
    ("Prime Minister Narendra Modi will meet US President Joe Biden on Friday, Foreign Secretary Vinay Kwatra "
     "confirmed on Thursday.", {"Narendra Modi", "Joe Biden"}),
    # whom it was told to ("told the ... news agency on Thursday"), a title with its linking words ("Ambassador to
    # Kenya"): still the report's source
    ("Prime Minister Narendra Modi will meet US President Joe Biden on Friday, Foreign Secretary Vinay Kwatra told "
     "the Press Trust of India news agency on Thursday.", {"Narendra Modi", "Joe Biden"}),
    ("Kenyan Foreign Minister Musalia Mudavadi will hold talks with Russian Foreign Minister Sergey Lavrov in Moscow "
     "on Tuesday, Russian Ambassador to Kenya Dmitry Maksimychev told TASS.", {"Musalia Mudavadi", "Sergey Lavrov"}),
    # guards: the speaker's own meeting ("we"), the speaker also told as the one who met
    ("“We had a very good meeting with President Biden today,” Prime Minister Narendra Modi said.",
     {"Narendra Modi", "Joe Biden"}),
    ("“We had a very good meeting with President Biden today,” Prime Minister Narendra Modi told the Press Trust of "
     "India news agency on Thursday.", {"Narendra Modi", "Joe Biden"}),
    ("Modi met Biden on Friday, Modi said.", {"Narendra Modi", "Joe Biden"}),
])
def test_a_speaker_told_after_the_report_is_not_at_the_meeting(text, people):
    evs = events_of(text, published=date(2023, 9, 8))
    speakers = {"Vinay Kwatra", "Bahram Qasemi", "Dmitry Maksimychev"}
    assert all(not speakers & set(e.participants) for e in evs)
    if people is not None:
        assert [set(e.participants) for e in evs] == [people]


@pytest.mark.parametrize("text,people", [
    # a relative clause of the meeting noun tells who else attended it: they are the meeting's people too
    ("Argentine President Mauricio Macri handed the rotating presidency to Brazil's Jair Bolsonaro at the end of the "
     "Mercosur summit on Wednesday, which was also attended by Paraguay's Mario Abdo Benitez and Uruguay's Tabaré "
     "Vázquez.", [{"Mauricio Macri", "Jair Bolsonaro", "Mario Abdo Benitez", "Tabaré Vázquez"}]),
    ("Chancellor Angela Merkel and President Emmanuel Macron held talks in Aachen on Tuesday, which were also "
     "attended by European Council President Donald Tusk.", [{"Angela Merkel", "Emmanuel Macron", "Donald Tusk"}]),
])
def test_those_a_relative_clause_tells_as_attending_the_meeting_are_its_people(text, people):
    evs = events_of(text, published=date(2019, 7, 18))
    assert [set(e.participants) for e in evs] == people


def test_a_trips_meeting_told_with_its_city_in_a_story_datelined_elsewhere(tmp_path):
    """trip_dates._visit_place_fits (_city_told): a meeting with no place of its own, in a story datelined in another
    country, is still the trip's when its sentence names the trip's city (IANS, dev7 d7_09: the Lahore stopover of a
    New Delhi story lost its year, and with it every date of the page)."""
    text = ("India, Pakistan hold foreign secretary-level talks\n\nNew Delhi, April 26:\n\nThe talks were held here "
            "today.\n\nPrime Minister Narendra Modi’s December 25 stopover to Lahore during which he met his Pakistani "
            "counterpart Nawaz Sharif also gave a fillip to the dialogue process.")
    rows = folder_events(tmp_path, text).to_dict("records")
    assert [r["date"] for r in rows if "Nawaz Sharif" in r["participants"]] == ["2015-12-25"]


@pytest.mark.parametrize("text,published,expected", [
    # told anew with another person of the host country: the visitor's call on a second host, another meeting
    ("Iranian President Hassan Rouhani held talks with Iraqi President Barham Salih in Baghdad on Monday. In the "
     "afternoon, Rouhani met Prime Minister Adel Abdul-Mahdi at his office.", date(2019, 3, 12),
     [["Barham Salih", "Hassan Rouhani"], ["Adel Abdul-Mahdi", "Hassan Rouhani"]]),
    ("Turkish President Tayyip Erdogan met Greek Prime Minister Kyriakos Mitsotakis in Athens on Thursday. Erdogan "
     "was also received by Greek President Katerina Sakellaropoulou.", date(2023, 12, 8),
     [["Kyriakos Mitsotakis", "Recep Tayyip Erdogan"], ["Katerina Sakellaropoulou", "Recep Tayyip Erdogan"]]),
    # a visit's talks with a second host told by a meeting word of its own: "and his talks with"
    ("Zarif held consultations with his Turkish counterpart Mevlut Cavusoglu during his visit to Ankara last week. "
     "During Zarif's visit to Ankara and his talks with Turkish President Recep Tayyip Erdogan on August 12, the sides "
     "agreed to hold negotiations.", date(2016, 8, 19),
     [["Mevlut Cavusoglu", "Mohammad Javad Zarif"], ["Mohammad Javad Zarif", "Recep Tayyip Erdogan"]]),
    ("Iranian President Hassan Rouhani held talks with Iraqi President Barham Salih in Baghdad on Monday. During "
     "Rouhani's visit to Baghdad and his meeting with Prime Minister Adel Abdul-Mahdi on Monday, the sides signed "
     "deals.", date(2019, 3, 12), [["Barham Salih", "Hassan Rouhani"], ["Adel Abdul-Mahdi", "Hassan Rouhani"]]),
    # the same two people told again, or "the meeting" with the other: the meeting told before
    ("Iranian President Hassan Rouhani held talks with Iraqi President Barham Salih in Baghdad on Monday. Rouhani "
     "and Salih later met the press.", date(2019, 3, 12), [["Barham Salih", "Hassan Rouhani"]]),
])
def test_another_counterpart_of_the_same_country_is_another_meeting(text, published, expected):
    assert [sorted(e.participants) for e in events_of(text, published=published)] == expected


@pytest.mark.parametrize("text,published,etype,people", [
    # a regional group's leaders told together by its adjective, no one named: its members meet, at their level
    ("The three Baltic presidents spoke of foreign policy and economic cooperation in Vilnius March 30 at their "
     "traditional annual meeting.", date(2000, 4, 6), "summit", {"Valdas Adamkus"}),
    ("The Visegrad prime ministers met in Brussels on Monday to coordinate their positions.", date(2012, 2, 1),
     "summit", {"Viktor Orban", "Donald Tusk"}),
    ("The five Central Asian foreign ministers held a meeting in Tashkent on Friday.", date(2023, 3, 4),
     "ministerial", set()),
    # a guest meeting a group's leaders together, told by the group's name ("ASEAN leaders"), in a photo caption
    ("U.S. President George W. Bush meets with Association of Southeast Asian Nations (ASEAN) leaders on the "
     "sidelines of the APEC forum in Busan, South Korea, Friday, Nov. 18, 2005.", None, "summit", {"George W. Bush"}),
    ("Japanese Prime Minister Fumio Kishida held talks with Southeast Asian leaders in Tokyo on Sunday.",
     date(2023, 12, 18), "summit", {"Fumio Kishida", "Joko Widodo"}),
])
def test_a_regional_groups_leaders_told_together_meet(text, published, etype, people):
    """The group's members are the sides; their leaders of the day are filled in from the people data."""
    (ev,) = events_of(text, published=published)
    assert ev.type == etype
    assert {actors.fold(p) for p in people} <= {actors.fold(p) for p in met(ev)}


@pytest.mark.parametrize("text,published,people", [
    # whose meeting "his meeting" is, told by a country's adjective and an office, no name: a meeting of two sides
    ("The Iranian leader also commented on his meeting with Turkish President Recep Tayyip Erdogan in Khankendi, "
     "calling it very positive.", date(2025, 7, 5),
     {"Recep Tayyip Erdogan", "Masoud Pezeshkian"}),
    ("The Chinese president described his talks with Russian President Vladimir Putin as candid.",
     date(2019, 6, 6), {"Vladimir Putin", "Xi Jinping"}),
])
def test_his_meeting_of_a_leader_told_by_adjective_and_office_is_a_meeting(text, published, people):
    evs = [e for e in events_of(text, published=published) if "Erdogan" in str(met(e))
           or "Putin" in str(met(e))]
    assert len(evs) == 1
    assert {actors.fold(p) for p in people} <= {actors.fold(p) for p in met(evs[0])}


@pytest.mark.parametrize("text,published,expected", [
    # a summit called off in a year told is another meeting than the visit told on a day of the story: the visit
    # stays, the summit never took place (dev16 d16_02, an LA Times page)
    ("Mexican President Vicente Fox arrived Friday for a two-day visit with President George W. Bush at his Texas "
     "ranch. The visit culminates months of diplomacy aimed at healing the rift, which opened wide in August 2002, "
     "when Fox canceled a summit at the ranch.", date(2004, 3, 6), [("2004-03-05", "held")]),
    ("Chancellor Angela Merkel arrived Tuesday for a two-day visit with President Xi Jinping in Beijing. The trip "
     "comes years after a quarrel in 2016, when Merkel called off a summit with Xi.", date(2019, 9, 4),
     [("2019-09-03", "held")]),
    # a meeting told as cancelled with no year told is still the one told before (it did not take place)
    ("President Joe Biden was to meet King Abdullah II of Jordan on Wednesday in Amman. Jordan's foreign minister "
     "announced on Tuesday night that the meeting had been cancelled.", date(2023, 10, 18), []),
])
def test_a_meeting_called_off_in_a_year_told_is_not_the_visit_of_the_story(text, published, expected):
    assert [(e.date, e.status) for e in events_of(text, published=published)] == expected


@pytest.mark.parametrize("text,expected", [
    # the day a paper learnt of a plan from its sources is not a day of the meeting (a Dawn page, dev16 d16_08)
    ("President Pervez Musharraf will hold talks with Indian Prime Minister Manmohan Singh on Sept 24 on the "
     "sidelines of the 59th UN General Assembly session in New York, Dawn learnt through reliable diplomatic sources "
     "on Saturday.", [("2004-09-24", "planned")]),
    ("Pakistani Prime Minister Shaukat Aziz will meet Afghan President Hamid Karzai on September 27 on the sidelines "
     "of the SAARC summit in Dhaka, the newspaper has learned from official sources on Saturday.",
     [("2004-09-27", "planned")]),
    # a meeting told to have been learnt of is still dated by its own day
    ("President Pervez Musharraf met Indian Prime Minister Manmohan Singh on Friday in New York.",
     [("2004-09-17", "held")]),
])
def test_the_day_a_paper_learnt_of_a_meeting_is_not_its_day(text, expected):
    assert [(e.date, e.status) for e in events_of(text, published=date(2004, 9, 18))] == expected


@pytest.mark.parametrize("text,published,dates", [
    ("Presidents Juan Manuel Santos of Colombia and Hugo Chavez of Venezuela met Tuesday in a bid to overcome their "
     "differences. The leaders met in Santa Marta, at the residence where Simon Bolivar died on December 17, 1830.",
     date(2010, 8, 11), ["2010-08-10"]),
    ("Kazakh President Nursultan Nazarbayev met Uzbek President Shavkat Mirziyoyev in Samarkand on Monday. "
     "Nazarbayev arrived in Samarkand, Karimov's home city where he was buried on September 3.",
     date(2016, 9, 13), ["2016-09-12"]),
    ("Kazakh President Nursultan Nazarbayev met Uzbek President Shavkat Mirziyoyev in Samarkand on Monday, a week "
     "after President Islam Karimov died of a stroke on September 2.", date(2016, 9, 13), ["2016-09-12"]),
])
def test_the_day_of_a_death_or_burial_dates_no_meeting(text, published, dates):
    """"at the residence where Simon Bolivar ... died on December 17, 1830", "where he was buried on September 3": the
    day someone died or was buried, told beside a meeting's place, is no meeting's day (nor a second meeting)."""
    assert sorted({e.date for e in events_of(text, published=published)}) == dates


@pytest.mark.parametrize("text", [
    "Local analysts warned that the meeting between Guatemalan President Bernardo Arevalo and Mexican President "
    "Andres Manuel Lopez Obrador will take place amid a record flow of migrants, whose records at the border showed "
    "a figure of 782,176 in 2023.",
    "Guatemalan President Bernardo Arevalo will hold talks with Mexican President Andres Manuel Lopez Obrador on "
    "trade, which totaled some 684 million US dollars in 2023.",
    "Guatemalan President Bernardo Arevalo will hold talks with Mexican President Andres Manuel Lopez Obrador on "
    "migration, which grew by 12 percent in 2023.",
])
def test_the_year_a_figure_counts_dates_no_meeting(text):
    """"whose records at the border showed a figure of 782,176 in 2023": the year a figure counts is not the year of
    the meeting the sentence tells (a meeting to come, its year the article's)."""
    assert "2023" not in [e.date for e in events_of(text, published=date(2024, 5, 17))]


@pytest.mark.parametrize("text,published", [
    ("Prime Minister Voreqe Bainimarama will join Pacific leaders at the second FIPIC Summit in Jaipur on August 21. "
     "Prime Minister Bainimarama is expected to hold bilateral talks with Prime Minister Narendra Modi during his "
     "visit to India.", date(2015, 8, 3)),
    ("President Nana Akufo-Addo will attend the ECOWAS summit in Abuja on Sunday. Akufo-Addo is expected to hold a "
     "bilateral meeting with President Bola Tinubu during his stay in Nigeria.", date(2023, 7, 5)),
])
def test_a_meeting_told_as_bilateral_is_not_the_summit_of_a_series(text, published):
    """"will join Pacific leaders ... at the second FIPIC Summit", then "is expected to hold bilateral talks with Prime
    Minister Modi during his visit to India": the bilateral is a meeting of its own, not the summit of many (though
    the summit's sentence names no country but the two)."""
    events = events_of(text, published=published)
    assert len(events) == 2
    assert any("bilateral" in e.evidence for e in events if len(e.participants) == 2)


@pytest.mark.parametrize("second", [
    "The Personal Assistant on New Media to the President, Mr. Bashir Ahmad, who confirmed the visit and meeting of "
    "the two leaders on his Twitter handle on Monday, did not give any details.",
    "Mr. Bashir Ahmad posted pictures of the meeting of the two leaders on his official Facebook page on Monday.",
])
def test_the_day_of_a_post_on_a_social_network_dates_no_meeting(second):
    """"who confirmed the visit and meeting of the two leaders on his Twitter handle on Monday": the day of a post,
    not of the meeting (nor of a second meeting with the one who posted)."""
    text = ("Nigerian President Muhammadu Buhari held a closed door meeting with President Nana Akufo-Addo of Ghana on "
            f"Sunday night at the Presidential Villa, Abuja. {second}")
    assert [e.date for e in events_of(text, published=date(2020, 9, 21))] == ["2020-09-20"]


@pytest.mark.parametrize("later,level,date_", [
    ("The Musharraf-Singh summit follows the foreign ministers level talks in New Delhi earlier this month.",
     "ministerial", "2004-09"),
    ("The summit follows the foreign secretary-level talks in New Delhi last week.", "vice_ministerial", "2004-09"),
    ("The summit follows the foreign secretaries level talks in New Delhi last week.", "vice_ministerial", "2004-09"),
])
def test_talks_told_by_their_level_are_a_meeting_of_their_own(later, level, date_):
    """"follows the foreign ministers level talks in New Delhi earlier this month": talks told by their level (a word
    with "-level" or "level" before "talks") are a meeting, not the summit's place and day."""
    text = ("President Pervez Musharraf will hold talks with Indian Prime Minister Manmohan Singh on Sept 24 in New "
            f"York. {later}")
    evs = events_of(text, published=date(2004, 9, 16))
    assert sorted((e.type, e.date[:7]) for e in evs) == sorted([("summit", "2004-09"), (level, date_)])
    assert [e.location for e in evs if e.type == "summit"] == ["New York"]


@pytest.mark.parametrize("again,published,dates", [
    ("Kishida said that it is a pleasure to meet with Prime Minister Trudeau again for the first time since last "
     "November.", date(2024, 6, 14), ["2023-11", "2024-06-14"]),
    ("Kishida said the two leaders were meeting again after two months.", date(2024, 6, 14),
     ["2024-04", "2024-06-14"]),
    ("Kishida and Trudeau met again for the first time since 2019.", date(2024, 6, 14), ["2019", "2024-06-14"]),
    ("The two leaders agreed to meet again after the elections.", date(2024, 6, 14), ["2024-06-14"]),
    ("Kishida said it was a pleasure to meet Trudeau again.", date(2024, 6, 14), ["2024-06-14"]),
])
def test_a_meeting_held_again_tells_of_the_one_before(again, published, dates):
    """"a pleasure to meet with Prime Minister Trudeau again for the first time since last November", "the two
    presidents meeting again after two months": the meeting before, of the same people, held then (not "meet again
    after the elections", a plan, nor "again" alone)."""
    text = ("Japanese Prime Minister Fumio Kishida met Canadian Prime Minister Justin Trudeau in Fasano on Friday, "
            f"June 14. {again}")
    evs = [e for e in events_of(text, published=published) if e.status == "held"]
    assert sorted(e.date for e in evs) == dates
    assert all(set(e.participants) == {"Fumio Kishida", "Justin Trudeau"} for e in evs)


@pytest.mark.parametrize("text,evidence", [
    # a lede telling "their first summit" before the sentence that dates and places it: one meeting, told from the lede
    ("Chancellor Gerhard Schroeder and President Vladimir Putin said Friday their first summit was very friendly. "
     "Putin met Schroeder in Berlin on Friday and the two leaders signed business deals.",
     "Chancellor Gerhard Schroeder and President Vladimir Putin said Friday their first summit was very friendly."),
    # told after the meeting, "their meeting" is that one, as before
    ("Chancellor Gerhard Schroeder and President Vladimir Putin met in Berlin on Friday. Schroeder and Putin said "
     "their meeting was very friendly.", "Chancellor Gerhard Schroeder and President Vladimir Putin met in Berlin on "
     "Friday."),
])
def test_a_meeting_told_in_the_lede_before_its_day_is_the_one_told_after(text, evidence):
    """meetings._told_ahead: "their first summit" of two people named, told before any meeting is (no day or place of
    its own), is the one meeting of the same people the article tells after it; its sentence the event's first."""
    (ev,) = events_of(text, published=date(2000, 6, 17))
    assert ev.evidence == evidence and ev.date == "2000-06-16"


@pytest.mark.parametrize("text,published,expected", [
    # a list of the pair's meetings: the trilateral summit is not the bilateral told just before it
    ("Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan were going to meet there. July 19, "
     "Tehran: During the trilateral Syria summit with Iran.", date(2022, 10, 12),
     [("", "planned"), ("2022-07-19", "held")]),
])
def test_a_trilateral_summit_is_not_a_bilateral_told_before(text, published, expected):
    """same_meeting._bilateral_only: "the trilateral summit" told after a meeting of two countries, told nowhere as of
    three sides, is another meeting (its third side may go untold: "with Iran")."""
    evs = events_of(text, published=published)
    assert sorted((e.date or "", e.status) for e in evs) == expected
