"""Two subjects, each an office and the name set off by commas, joined by ", and" before one verb: both met."""

import pytest

CASES = [
    ("The prime minister, Rishi Sunak, and the Irish taoiseach, Leo Varadkar, met in London on Monday.",
     {"Rishi Sunak", "Leo Varadkar"}),
    ("The foreign secretary, James Cleverly, and the European Commission vice-president, Maroš Šefčovič, held talks "
     "in London on 20 February.", {"James Cleverly", "Maros Sefcovic"}),
    ("The French president, Emmanuel Macron, and the German chancellor, Olaf Scholz, will meet in Paris on Tuesday.",
     {"Emmanuel Macron", "Olaf Scholz"}),
]


@pytest.mark.parametrize("text, people", CASES)
def test_both_apposed_subjects_met(text, people):
    from loaders import actors, mentions, places
    from loaders.sentences import Sentence

    sent = Sentence(0, len(text), text)
    found = mentions.find(sent, actors.find(text), places.find(text), [])
    assert found and {p.person for p in found[0].people} == people


def test_a_clause_of_its_own_stays_apart():
    """", and the foreign secretary, James Cleverly, held talks with X": a clause of its own after a meeting told."""
    from loaders import actors, mentions, places
    from loaders.sentences import Sentence

    text = ("Rishi Sunak met Leo Varadkar in London, and the foreign secretary, James Cleverly, held talks with "
            "Šefčovič.")
    sent = Sentence(0, len(text), text)
    found = mentions.find(sent, actors.find(text), places.find(text), [])
    assert {p.person for p in found[0].people} == {"Rishi Sunak", "Leo Varadkar"}
