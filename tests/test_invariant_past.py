"""A verb whose past is its bare form ("set", "put", "cut") after he, she or it is a past ("In September of that
year he set out a plan"): the present would be "sets". The date it governs is of the past, and the article's time
is not bounded by it as by a plan to come."""

from datetime import date

import pytest

from loaders.dates import tag


@pytest.mark.parametrize("text,expression,value", [
    ("In a speech in March he set out an ambitious plan to reform the eurozone.", "March", "2019-03"),
    ("In September he set out an ambitious plan to reform the union.", "September", "2018-09"),
    ("In March she put forward a proposal to cut tariffs.", "March", "2019-03"),
    ("In March it cut its growth forecast and hopes to recover.", "March", "2019-03"),
    # guards: a future or a present as before
    ("In March he will set out a plan to reform the union.", "March", "2020-03"),
    ("In March he is set to meet the president.", "March", "2020-03"),
])
def test_the_bare_past_after_he_she_it(text, expression, value):
    found = {t.text: t.value for t in tag(text, anchor=date(2019, 6, 1))}
    assert found[expression] == value
