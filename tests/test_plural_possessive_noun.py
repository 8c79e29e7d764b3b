"""A word after a possessive of a name or plural in -s ("Albares' visit", "the ministers' visit") is a noun, as after
"Putin's": no schedule verb ("talks begin Monday") that would send the weekday after it a week on. Before, the bare
apostrophe was not read as a possessive, and "visit" made a visit told in the past a plan."""

from datetime import date

import pytest

from loaders.dates import tag


@pytest.mark.parametrize("text,value", [
    ("The ministry on Friday described Albares' visit to Morocco on Wednesday as fruitful.", "2023-12-13"),
    ("Officials praised the ministers' visit on Wednesday.", "2023-12-13"),
    ("The paper described the Nordic ministers' visit to Accra on Wednesday as a success.", "2023-12-13"),
    ("The ministers' talks begin on Wednesday.", "2023-12-20"),  # guards: a verb after the noun, and "Putin's"
    ("Putin's visit on Wednesday was a success.", "2023-12-13"),
])
def test_weekday_after_a_plural_possessive(text, value):
    assert [t.value for t in tag(text, date(2023, 12, 15)) if t.text == "Wednesday"] == [value]
