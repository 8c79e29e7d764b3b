"""Sentences keep offsets into the original text and do not break after abbreviations."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders import sentences
from loaders.sentences import split


@pytest.mark.parametrize("text,expected", [
    ("Abe met Putin on Jan. 22 in Moscow. They talked.", ["Abe met Putin on Jan. 22 in Moscow.", "They talked."]),
    ("Mr. Putin arrived. The U.S. objected.", ["Mr. Putin arrived.", "The U.S. objected."]),
    ("George W. Bush met Putin. Fine.", ["George W. Bush met Putin.", "Fine."]),
    ("“We agreed,” he said. Then he left.", ["“We agreed,” he said.", "Then he left."]),
    ("They met on Sept. 2 in Vladivostok.", ["They met on Sept. 2 in Vladivostok."]),
    # paragraphs run together with no space by scraping
    ("The same talks previously took place in June.Friday's talks come as Seoul and Tokyo seek momentum.",
     ["The same talks previously took place in June.", "Friday's talks come as Seoul and Tokyo seek momentum."]),
    ("The ministry said Thursday.The dialogue will take place.", ["The ministry said Thursday.",
                                                                  "The dialogue will take place."]),
    # "Md." (Mohammad), "Mohd.", "Smt." before a name end no sentence
    ("Sirisena met President H E Md. Abdul Hamid on 14 July.", ["Sirisena met President H E Md. Abdul Hamid on 14 "
                                                                "July."]),
    ("Anwar received Mohd. Hasan and Smt. Sushma Swaraj.", ["Anwar received Mohd. Hasan and Smt. Sushma Swaraj."]),
    # not an abbreviation, a site's name or a short word run into a name
    ("Gen.Kim met Putin at News.Az on Monday.", ["Gen.Kim met Putin at News.Az on Monday."]),
])
def test_split(text, expected):
    sents = split(text, [(0, len(text))])
    assert [s.text for s in sents] == expected
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_body_ranges_only():
    text = "HEADER\n\nFirst sentence. Second one.\n\nFOOTER"
    body = [(8, 36)]
    assert [s.text for s in split(text, body)] == ["First sentence.", "Second one."]


@given(st.text(alphabet="aZ. ,x9é", max_size=30), st.integers(0, 30))
def test_the_word_before_a_dot_is_what_the_regex_finds(text: str, at: int) -> None:
    dot = min(at, len(text))
    text = text[:dot] + "." + text[dot:]
    found = sentences._WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    assert sentences.word_before(text, dot) == (found.group(1) if found else "")
