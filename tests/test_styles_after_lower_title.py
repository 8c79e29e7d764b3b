"""A style between a title in lower case and the name ("Ghana's foreign minister Dr. X", "Bangladesh's foreign
secretary Md. X"), as it stands after a title in capitals: the name is the title's. "Md." is Mohammad abbreviated, as
Bangladesh's official releases write it before most given names."""

import pytest

from loaders import actors


@pytest.mark.parametrize("text,name", [
    ("He called on Bangladesh's foreign secretary Md. Rafiqul Alam Sarker on Monday.", "Rafiqul Alam Sarker"),
    ("He called on Ghana's foreign minister Dr. Kwame Osei Appiah on Monday.", "Kwame Osei Appiah"),
    ("He met Kenya's foreign minister, Mr. Otieno Wafula Kariuki, on Monday.", "Otieno Wafula Kariuki"),
    ("He met Bangladesh Foreign Secretary Md. Rafiqul Alam Sarker in Dhaka.", "Rafiqul Alam Sarker"),
])
def test_a_style_after_a_title_keeps_the_name_with_it(text, name):
    assert name in [m.person for m in actors.find(text)]
