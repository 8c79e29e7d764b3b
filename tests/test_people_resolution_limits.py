"""A name read in a text resolves to a person of the people data only where the text does not tell another: a
given name that is none of his, a middle name he lacks, a title of an office below the leaders he only was, or an
office the data knows another holder of at the time."""

from datetime import date

import pytest

from loaders import actors


def people(text, day):
    return [m.person for m in actors.find(text, (day, day))]


@pytest.mark.parametrize("text,day,absent", [
    # another given name before the surname, at a sentence's start or after an abbreviation: another man
    ("Omar Suleiman met opposition groups on Sunday.", date(2011, 2, 6), "Michel Suleiman"),
    ("Egypt's vice president, Gen. Omar Suleiman, met opposition groups.", date(2011, 2, 6), "Michel Suleiman"),
    # a title of a cabinet office before a surname alone: not someone who only led a country
    ("Indian Foreign Secretary met Minister Yadav in Kathmandu.", date(2019, 3, 1), "Ram Baran Yadav"),
    ("He met Ambassador Kim in Seoul.", date(2019, 3, 1), "Kim Jong Un"),
    # a middle name the known person does not have
    ("Nepal's Home Minister Ram Krishna Yadav met the envoy.", date(2019, 3, 1), "Ram Baran Yadav"),
])
def test_a_name_that_tells_another_person_is_not_resolved_to_him(text, day, absent):
    assert absent not in people(text, day)


@pytest.mark.parametrize("text,day,absent", [
    # an office whose holder the data knows then: the name after its title is someone else's (an aide's, a past
    # holder's)
    ("Aide to Russian President Yuri Ushakov announced the date.", date(2018, 10, 17), "Yuri Ushakov"),
    ("He laid a wreath at a statue of the 19th-century Mexican president Benito Juárez.", date(2020, 7, 8),
     "Benito Juárez"),
])
def test_a_name_after_the_title_of_an_office_another_held_then_is_not_its_holder(text, day, absent):
    assert absent not in people(text, day)


@pytest.mark.parametrize("text,day,present", [
    ("Sergei Lavrov said so.", date(2019, 3, 1), "Sergey Lavrov"),
    ("Foreign Minister Lavrov met Minister Wang Yi.", date(2019, 3, 1), "Sergey Lavrov"),
    ("Prime Minister Modi met President Xi.", date(2019, 3, 1), "Narendra Modi"),
    # another spelling of the holder's name: a word of his, so kept as written
    ("He met the President of Kazakhstan Kasym Tokayev.", date(2022, 10, 12), "Kasym Tokayev"),
    ("President Kaguta Museveni spoke.", date(2019, 3, 1), "Yoweri Museveni"),
])
def test_the_known_person_is_still_found(text, day, present):
    assert present in people(text, day)


def test_a_minister_called_by_a_surname_only_a_leader_of_the_data_bears_is_someone_else():
    found = actors.find("Vice Foreign Minister Mori summoned the ambassador.", (date(2022, 3, 1), date(2022, 3, 1)))
    assert [(m.person, m.role) for m in found] == [("Mori", "vice_minister")]


@pytest.mark.parametrize("text,day,expected", [
    # a deputy's title before the surname of a former foreign minister of the data: someone else, called by the surname
    ("Vice Foreign Minister Choi met senior Qatari officials.", date(2021, 9, 14), [("Choi", "vice_minister")]),
    # a minister's title before a foreign minister's surname: him
    ("Minister Lavrov spoke.", date(2019, 3, 1), [("Sergey Lavrov", "foreign_minister")]),
])
def test_a_title_names_only_someone_who_held_an_office_alike(text, day, expected):
    assert [(m.person, m.role) for m in actors.find(text, (day, day))] == expected
