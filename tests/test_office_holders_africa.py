"""Foreign ministers and prime ministers of African and Caribbean countries the people data lacked: their names
alone resolve to the office holder, and the office of a day has its holder."""

from datetime import date

import pytest

NAMED = [
    ("Tete Antonio held talks with Sergey Lavrov in Moscow.", 2022, "Téte António", "Angola"),
    ("Chikoti met John Kerry in Washington.", 2014, "Georges Chikoti", "Angola"),
    ("Kakubo met Wang Yi in Beijing on Monday.", 2022, "Stanley Kakubo", "Zambia"),
    ("Osman Saleh and Sergey Lavrov met in Moscow.", 2018, "Osman Saleh", "Eritrea"),
    ("Moussa Faki met Laurent Fabius in Paris.", 2015, "Moussa Faki Mahamat", "Chad"),
    ("Majaliwa met Narendra Modi in New Delhi.", 2019, "Kassim Majaliwa", "Tanzania"),
    ("Rugunda received the visiting delegation in Kampala.", 2016, "Ruhakana Rugunda", "Uganda"),
    ("Kwape met Naledi Pandor in Pretoria.", 2022, "Lemogang Kwape", "Botswana"),
    ("Shegun Bakari held talks with his Nigerian host in Abuja.", 2024, "Shegun Adjadi Bakari", "Benin"),
    ("Hugh Todd met Antony Blinken in Washington.", 2023, "Hugh Todd", "Guyana"),
    ("Kandia Camara received the delegation in Abidjan.", 2022, "Kandia Camara", "Ivory Coast"),
    ("Kemayah met Wang Yi in Beijing.", 2022, "Dee-Maxwell Saah Kemayah", "Liberia"),
    ("Nancy Tembo held talks with her Zambian counterpart in Lilongwe.", 2023, "Nancy Tembo", "Malawi"),
    ("Nicolas Sarkozy met Mahmoud Jibril in Paris.", 2011, "Mahmoud Jibril", "Libya"),
    ("Hamza Abdi Barre met William Ruto in Nairobi.", 2023, "Hamza Abdi Barre", "Somalia"),
    ("Olivia Rouamba met Sergey Lavrov in Moscow.", 2023, "Olivia Rouamba", "Burkina Faso"),
    ("Massaoudou held talks with his Nigerian counterpart in Abuja.", 2022, "Hassoumi Massaoudou", "Niger"),
    ("Bakary Yaou Sangaré met Wang Yi in Beijing.", 2024, "Bakary Yaou Sangaré", "Niger"),
]


@pytest.mark.parametrize("text, year, person, country", NAMED)
def test_name_alone_resolves(text, year, person, country):
    from loaders import actors

    found = actors.find(text, (date(year, 1, 1), date(year, 12, 31)))
    assert any(m.person == person and m.country == country for m in found)


HELD = [
    ("Angola", "foreign_minister", date(2019, 6, 1), "Manuel Domingos Augusto"),
    ("Zambia", "foreign_minister", date(2019, 6, 1), "Joseph Malanji"),
    ("Chad", "foreign_minister", date(2012, 6, 1), "Moussa Faki Mahamat"),
    ("Tanzania", "head_of_government", date(2012, 6, 1), "Mizengo Pinda"),
    ("Uganda", "head_of_government", date(2012, 6, 1), "Amama Mbabazi"),
    ("Botswana", "foreign_minister", date(2016, 6, 1), "Pelonomi Venson-Moitoi"),
    ("Benin", "foreign_minister", date(2019, 6, 1), "Aurélien Agbénonci"),
    ("Ivory Coast", "foreign_minister", date(2024, 6, 1), "Léon Kacou Adom"),
    ("Liberia", "foreign_minister", date(2019, 6, 1), "Gbehzohngar Findley"),
    ("Malawi", "foreign_minister", date(2021, 6, 1), "Eisenhower Mkaka"),
    ("Libya", "head_of_government", date(2011, 6, 1), "Mahmoud Jibril"),
    ("Somalia", "head_of_government", date(2021, 6, 1), "Mohamed Hussein Roble"),
]


@pytest.mark.parametrize("country, role, day, person", HELD)
def test_office_holder_of_the_day(country, role, day, person):
    from loaders.vocab import load

    held = load().holding(country, role, day, day)
    assert held is not None and held[0].name == person
