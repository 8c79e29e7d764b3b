""""He said this after his meeting with X": the one who speaks of his own meeting is the subject told before, and he
met X."""

import pytest

from loaders import actors, pipeline
from loaders.sentences import Sentence

ALIYEV = actors.Mention(0, 12, "Ilham Aliyev", "Azerbaijan", "head_of_state", titled=True)


@pytest.mark.parametrize("text", [
    "He said this at a joint briefing after his meeting with his counterparts from Georgia and Turkey, Giorgi "
    "Margvelashvili and Abdullah Gul, in Tbilisi.",
    "She told reporters in Ankara following her talks with Turkish President Recep Tayyip Erdogan that ties were good.",
    "He added at a press conference after his bilateral meeting with Turkish President Recep Tayyip Erdogan that the "
    "pipeline would open.",
])
def test_he_who_speaks_of_his_meeting_met(text):
    """"President of Azerbaijan Ilham Aliyev has come forth with an initiative ... He said this at a joint briefing
    after his meeting with his counterparts from Georgia and Turkey, Georgy Mergvelashvili and Abdullah Gul" (dev20
    d20_15): "he" is Aliyev (before, "He said" was never read as the subject, and the meeting had Gul alone)."""
    sent = Sentence(500, 500 + len(text), text)
    he = pipeline._pronoun_subject(sent, actors.find(text, offset=500), ALIYEV, [ALIYEV])
    assert he is not None and he.person == "Ilham Aliyev" and he.start == 500


def test_he_said_of_others_meeting_is_no_subject():
    """"He said the meeting between Putin and Xi was useful": not his meeting (guard)."""
    text = "He said the meeting between Russian President Vladimir Putin and Chinese President Xi Jinping was useful."
    sent = Sentence(0, len(text), text)
    assert pipeline._pronoun_subject(sent, actors.find(text), ALIYEV, [ALIYEV]) is None
