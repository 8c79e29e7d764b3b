"""A family name alone as an alias of the people data spells it ("Pashinian" of the alias Nikol Pashinian, the data's
Nikol Pashinyan): the same person, as the full alias already was."""

from datetime import date

import pytest

CASES = [
    ("Pashinian met Aliyev in Brussels on Sunday.", 2023, "Nikol Pashinyan"),
    ("Mirziyaev received the delegation in Tashkent.", 2019, "Shavkat Mirziyoyev"),
    ("Shoygu met his counterpart in Moscow.", 2020, "Sergei Shoigu"),
    ("Berdymukhamedov arrived in Ankara on Tuesday.", 2015, "Gurbanguly Berdimuhamedow"),
]


@pytest.mark.parametrize("text, year, person", CASES)
def test_surname_as_an_alias_spells_it(text, year, person):
    from loaders import actors

    found = actors.find(text, (date(year, 1, 1), date(year, 12, 31)))
    assert person in {m.person for m in found}


def test_only_the_family_name_spelled_otherwise():
    """An alias with other given names or more words ("Subrahmanyam Jaishankar" of S. Jaishankar, "Sheikh Tamim bin
    Hamad" of Tamim bin Hamad Al Thani) gives no family name of its own."""
    from loaders import actors

    people = {p.name: p for p in actors.index().vocab.people}
    assert actors._surname_spellings(people["S. Jaishankar"]) == []
    assert actors._surname_spellings(people["Nikol Pashinyan"]) == ["Pashinian"]
