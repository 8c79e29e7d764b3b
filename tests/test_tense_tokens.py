"""The tense reader's tokens: its one-class split gives the tokens of TOKEN, with the same gaps."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.timex import tense

PIECES = ["Abe", "met", "won't", "’s", "'ll", "'", "’", "2016", "3.5", "1,000", "12:30", "é", "_", "ı", "٣", " ",
          "  ", "\n", ",", ".", "—", "-", "(", "\"", "x", "A", "?"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_split_gives_the_tokens_of_token(text: str) -> None:
    assert tense.SPLIT.split(text) == re.split(f"({tense.TOKEN.pattern})", text)


def test_tokens_of_a_sentence() -> None:
    assert tense.Sentences("He'll meet Putin on Jan. 22, 2016 — é_x.").words == [
        "He'll", "meet", "Putin", "on", "Jan", ".", "22", ",", "2016", "—", "x", "."]
