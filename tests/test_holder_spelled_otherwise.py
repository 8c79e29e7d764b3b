"""A name after the title of a country's leading office that shares no word with the holder the people data knows
then, but spells his family name otherwise ("Moamer Kadhafi", AFP's spelling of Muammar Gaddafi; "Gourbangouly
Berdymoukhamedov"), is that holder. Before, the office being another's, the name was no one, and the meeting with
him was lost; a name that spells no holder's ("Russian President Yuri Ushakov") stays no one."""

from datetime import date

import pytest

from loaders import actors


@pytest.mark.parametrize("text,year,person", [
    ("Italian Prime Minister Silvio Berlusconi will meet Libyan leader Moamer Kadhafi on Saturday.", 2008,
     "Muammar Gaddafi"),
    ("Libyan leader Mouammar Kadhafi received the delegation in Tripoli.", 2009, "Muammar Gaddafi"),
    ("Turkmen President Gourbangouly Berdymoukhamedov met the envoy in Ashgabat.", 2010,
     "Gurbanguly Berdimuhamedow"),
])
def test_the_holder_spelled_otherwise(text, year, person):
    assert person in {m.person for m in actors.find(text, (date(year, 1, 1), date(year, 12, 31)))}


@pytest.mark.parametrize("text", ["Aide to Russian President Yuri Ushakov told reporters.",
                                  "Russian President Yuri Ushakov met the envoy."])
def test_a_name_unlike_the_holder_is_no_one(text):
    assert actors.find(text, (date(2019, 1, 1), date(2019, 12, 31))) == []
