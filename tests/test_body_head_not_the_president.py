"""'the president', 'the prime minister' name the one holder of a state's office in the article, never the head of an
international organisation (a row of data/countries.csv of the kind organisation), whose office data/people.csv files
under the role head_of_state."""

from datetime import date

import pytest

CASES = [
    # (text, a day of the story, the people found)
    ("UN Secretary-General Ban Ki-moon met the president in Kigali.", date(2010, 3, 1), ["Ban Ki-moon"]),
    ("NATO Secretary General Jens Stoltenberg met the president in Kyiv.", date(2020, 3, 1), ["Jens Stoltenberg"]),
    ("Ahmed Aboul Gheit met the president.", date(2019, 1, 10), ["Ahmed Aboul Gheit"]),
]


@pytest.mark.parametrize("text, day, people", CASES)
def test_the_president_is_no_bodys_head(text, day, people):
    from loaders import actors

    assert [m.person for m in actors.find(text, (day, day))] == people


def test_the_president_still_names_a_states_president():
    """Guard: the one president of a state told before is still 'the president'."""
    from loaders import actors

    day = date(2019, 1, 10)
    text = "Egyptian President Abdel Fattah al-Sisi met Ahmed Aboul Gheit. The president said so."
    assert [m.person for m in actors.find(text, (day, day))] == ["Abdel Fattah el-Sisi", "Ahmed Aboul Gheit",
                                                                  "Abdel Fattah el-Sisi"]
