"""The tense reader's tokens: one pass over the characters gives the tokens of TOKEN, where TOKEN finds them."""

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.timex import tense

PIECES = ["Abe", "met", "won't", "’s", "'ll", "'", "’", "2016", "3.5", "1,000", "12:30", "é", "_", "ı", "٣", " ",
          "  ", "\n", ",", ".", "—", "-", "(", "\"", "x", "A", "?", "\u00a0", "\x1c", "\u2028", "\u3000", "²", "Ⅻ",
          "'S", "a'", "1.", ":5", "\t"]


def _reference(text: str) -> tuple[list[str], list[int], list[int]]:
    found = list(tense.TOKEN.finditer(text))
    return [m.group() for m in found], [m.start() for m in found], [m.end() for m in found]


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_tokens_are_those_of_token(text: str) -> None:
    assert tense.tokens(text) == _reference(text)


@settings(max_examples=500)
@given(st.text(max_size=40))
def test_tokens_are_those_of_token_in_any_text(text: str) -> None:
    assert tense.tokens(text) == _reference(text)


def test_tokens_of_a_sentence() -> None:
    assert tense.Sentences("He'll meet Putin on Jan. 22, 2016 — é_x.").words == [
        "He'll", "meet", "Putin", "on", "Jan", ".", "22", ",", "2016", "—", "x", "."]
