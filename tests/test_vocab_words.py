"""Integrity of the word lists (data/meeting_words.json) and the leader offices (data/leaders.csv)."""

import csv
import json
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "data"
WORDS = json.loads((DATA / "meeting_words.json").read_text(encoding="utf-8"))
LEADERS = list(csv.DictReader((DATA / "leaders.csv").open(encoding="utf-8")))
COUNTRIES = {r["name"] for r in csv.DictReader((DATA / "countries.csv").open(encoding="utf-8"))}
PEOPLE = list(csv.DictReader((DATA / "people.csv").open(encoding="utf-8")))
ROLES = {"head_of_state", "head_of_government", "vice_president", "foreign_minister"}

LIST_KEYS = ["meeting_nouns", "meeting_verbs", "joint_action_verbs", "talks_qualifiers", "not_meetings",
             "future_markers", "past_markers", "vague_markers", "cancel_markers",
             "postpone_markers", "place_cues", "departure_words", "place_nouns",
             "reporting_verbs", "common_word_surnames", "counterpart", "title_modifiers", "other_occasions",
             "guest_verbs", "topic_nouns", "portfolio_words", "name_honorifics", "name_styles", "ranked_nouns",
             "superlatives"]


@pytest.mark.parametrize("key", LIST_KEYS)
def test_word_lists_are_non_empty_and_without_duplicates(key):
    words = WORDS[key]
    assert words and all(isinstance(w, str) and w.strip() == w and w for w in words)
    assert len(words) == len(set(words)), [w for w in words if words.count(w) > 1]


def test_titles_map_to_one_role_each():
    seen: dict[str, str] = {}
    for role, titles in WORDS["titles"].items():
        assert role in {"head_of_state", "head_of_government", "vice_president", "crown_prince", "party_leader",
                        "foreign_minister", "minister", "vice_minister", "ambassador", "official"}
        for t in titles:
            assert t not in seen, f"{t!r} is both {seen[t]} and {role}"
            seen[t] = role


def test_name_styles_are_one_capitalized_word_each():
    """A style is matched against a name's first word as written ("Sheikh", "Dr."): one word, capitalized."""
    assert all(len(w.split()) == 1 and w[0].isupper() for w in WORDS["name_styles"])


def test_offices_set_off_are_lower_case_words():
    """The offices told before a comma and the name (mention.triggers._office_set_off) match in lower case only."""
    offices = WORDS["offices_set_off"]
    assert set(offices) == {"qualifiers", "guest", "talks_partner"}
    for key, words in offices.items():
        assert words and len(words) == len(set(words)), key
        assert all(w == w.lower() and w.isalpha() for w in words), key


def test_offices_without_a_name_are_written_as_titles():
    """The offices told alone as a meeting's subject (event_people._office_words) are matched as written: "Prime
    Minister", "President of the Republic", "Taoiseach"."""
    offices = WORDS["offices_without_a_name"]
    assert offices and len(offices) == len(set(offices))
    assert all(w[0].isupper() or w in ("of", "the") for o in offices for w in o.split())


def test_head_offices_are_lower_case_with_their_plurals():
    """The leaders' offices of a list of guests (guest_rounds._head_office) are matched in any case, each with its
    plural ("heads of state" only in the plural)."""
    offices = WORDS["head_offices"]
    assert offices and len(offices) == len(set(offices)) and all(o == o.lower() for o in offices)
    assert all(o + "s" in offices for o in offices if not o.endswith("s") and not o.startswith("heads "))


def test_envoy_offices_are_lower_case_words():
    """The envoys' offices beside a name (actors._envoy_office) are matched in any case: one word each."""
    offices = WORDS["envoy_offices"]
    assert set(offices) == {"qualifiers", "after_a_name", "before_a_name"}
    for key, words in offices.items():
        assert words and len(words) == len(set(words)), key
        assert all(w == w.lower() and " " not in w for w in words), key


def test_subjects_of_a_meeting_verb_are_titled_and_plain_words():
    """The subjects whose "the" is no meeting's told before (mention.words._office_the, _subject_before_verb)."""
    subjects = WORDS["subjects_of_a_meeting_verb"]
    assert set(subjects) == {"titled", "plain"}
    for key, words in subjects.items():
        assert words and len(words) == len(set(words)), key
    assert all(w[0].isupper() or w == "of" for o in subjects["titled"] for w in o.split())
    assert all(" " not in w for w in subjects["plain"])


def test_delegation_leaders_and_titles_after_a_level_word():
    """The offices that lead a delegation (mention.levels._minister_leads_a: lower case, matched in any case) and the
    titles after a level word (_title_after: as written, capitalized)."""
    leaders, titles = WORDS["delegation_leaders"], WORDS["titles_after_a_level_word"]
    assert leaders and len(leaders) == len(set(leaders)) and all(w == w.lower() for w in leaders)
    assert titles and len(titles) == len(set(titles)) and all(w[0].isupper() for t in titles for w in t.split())


def test_levels_are_the_event_types():
    assert set(WORDS["levels"]) == {"summit", "ministerial", "vice_ministerial", "working_level", "other"}


def test_group_references_name_known_roles():
    assert set(WORDS["group_refs"]) <= {"head", "foreign_minister", "vice_minister"}


def test_meeting_words_are_not_also_non_meetings():
    assert not set(WORDS["meeting_nouns"]) & set(WORDS["not_meetings"])


def test_landmarks_point_to_places():
    assert all(city and city[0].isupper() for city in WORDS["landmarks"].values())


def test_leaders_rows_are_valid():
    assert list(LEADERS[0]) == ["country", "role", "start", "end", "source"]
    for r in LEADERS:
        assert r["country"] in COUNTRIES, r
        assert r["role"] in ROLES - {"foreign_minister", "vice_president"}, r
        assert r["source"].startswith("https://"), r
        start = date.fromisoformat(r["start"]) if r["start"] else date.min
        end = date.fromisoformat(r["end"]) if r["end"] else date.max
        assert start <= end, r
        assert any(p["country"] == r["country"] and p["role"] == r["role"] for p in PEOPLE), r


def test_leader_spans_of_one_country_do_not_overlap():
    by_country: dict[str, list[tuple[date, date]]] = {}
    for r in LEADERS:
        start = date.fromisoformat(r["start"]) if r["start"] else date.min
        end = date.fromisoformat(r["end"]) if r["end"] else date.max
        for a, b in by_country.get(r["country"], []):
            assert end < a or b < start, r
        by_country.setdefault(r["country"], []).append((start, end))


def test_every_g20_country_has_a_leader_office():
    g20 = {"Argentina", "Australia", "Brazil", "Canada", "China", "France", "Germany", "India", "Indonesia", "Italy",
           "Japan", "Mexico", "Russia", "Saudi Arabia", "South Africa", "South Korea", "Turkey", "United Kingdom",
           "United States"}
    assert g20 <= {r["country"] for r in LEADERS}


def test_titles_by_country_name_titles_countries_and_roles():
    titles = {t.lower() for ts in WORDS["titles"].values() for t in ts}
    for title, by_country in WORDS["title_roles_by_country"].items():
        if title.startswith("_"):
            continue
        assert title.lower() in titles, title
        for country, role in by_country.items():
            assert country in COUNTRIES, country
            assert role in WORDS["titles"], role


def test_combining_forms_and_pair_words_name_countries():
    assert all(c in COUNTRIES for c in WORDS["combining_forms"].values())
    assert all(len(cs) == 2 and set(cs) <= COUNTRIES for cs in WORDS["pair_words"].values())
