"""One who sends a delegation or an envoy to a meeting is not at it: those sent and those they met are."""

import pytest

CASES = [
    ("Putin responded by sending a delegation led by Foreign Minister Sergey Lavrov to Ankara, where they were "
     "received by Recep Tayyip Erdogan.", {"Sergey Lavrov", "Recep Tayyip Erdogan"}),
    ("Xi Jinping sent a high-level delegation led by Wang Yi to Moscow, where they met Vladimir Putin on Monday.",
     {"Wang Yi", "Vladimir Putin"}),
    ("Narendra Modi has dispatched a team led by Subrahmanyam Jaishankar to Dhaka, where they held talks with "
     "Sheikh Hasina.", {"S. Jaishankar", "Sheikh Hasina"}),
]


@pytest.mark.parametrize("text, people", CASES)
def test_sender_is_not_at_the_meeting(text, people):
    from loaders import actors, mentions, places
    from loaders.sentences import Sentence

    sent = Sentence(0, len(text), text)
    found = mentions.find(sent, actors.find(text), places.find(text), [])
    assert found and {p.person for p in found[-1].people} == people


def test_one_who_meets_after_sending_word_stays():
    """"Putin sent greetings and met Erdogan": no delegation sent, he met him."""
    from loaders import actors, mentions, places
    from loaders.sentences import Sentence

    text = "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday after sending a message to Ankara."
    sent = Sentence(0, len(text), text)
    found = mentions.find(sent, actors.find(text), places.find(text), [])
    assert {p.person for p in found[0].people} == {"Vladimir Putin", "Recep Tayyip Erdogan"}
