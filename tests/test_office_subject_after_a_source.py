""""The PCO said the President also held talks with X": the office told as the subject of what a source reports is
the story's holder of that office, the subject of a sentence before."""

import pytest

from loaders import actors, pipeline
from loaders.sentences import Sentence

MARCOS = actors.Mention(0, 31, "Ferdinand Marcos Jr.", "Philippines", "head_of_state", titled=True)
MODI = actors.Mention(0, 28, "Narendra Modi", "India", "head_of_government", titled=True)


@pytest.mark.parametrize("text,before", [
    ("On the sidelines of the summit, the PCO said the President also held informal talks with Japanese Prime "
     "Minister Fumio Kishida.", MARCOS),
    ("The ministry said that the Prime Minister also met Japanese Foreign Minister Yoko Kamikawa.", MODI),
    ("Officials said the President held talks with Japanese Prime Minister Fumio Kishida.", MARCOS),
])
def test_the_office_a_source_reports_is_the_story_s_holder(text, before):
    """"On the sidelines of the summit, the PCO said the President also held informal talks with Japanese Prime
    Minister Fumio Kishida" (dev18 d18_15): the President is Marcos, the story's subject (before, the office was
    read as the subject only at the sentence's start, or after an opening phrase)."""
    sent = Sentence(1000, 1000 + len(text), text)
    people = actors.find(text, offset=1000)
    he = pipeline._pronoun_subject(sent, people, before, [before])
    assert he is not None and he.person == before.person and text[he.start - 1000:he.end - 1000] in (
        "President", "Prime Minister")


def test_a_source_s_own_office_is_no_subject():
    """"The ministry said the Foreign Minister of Japan met ..." names its own subject (guard)."""
    text = "The ministry said Japanese Foreign Minister Yoko Kamikawa met the President."
    sent = Sentence(0, len(text), text)
    assert pipeline._pronoun_subject(sent, actors.find(text), MARCOS, [MARCOS]) is None
