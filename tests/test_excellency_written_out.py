"""A style written out between a title and the name, as government releases write it ("the Senegalese Foreign
Minister, Her Excellency, X", "the Ghanaian President, His Excellency X"): the name is the title's."""

import pytest

from loaders import actors


@pytest.mark.parametrize("text,expected", [
    ("He received the Senegalese Foreign Minister, Her Excellency, Awa Ndoye Faye, at the Presidency.",
     ("Awa Ndoye Faye", "Senegal", "foreign_minister")),
    ("He received the Kenyan Defence Minister, His Excellency Omari Wekesa Barasa, on Monday.",
     ("Omari Wekesa Barasa", "Kenya", "minister")),
    ("The Foreign Minister of Ghana, His Excellency Kofi Mensah Boateng, arrived on Monday.",
     ("Kofi Mensah Boateng", "Ghana", "foreign_minister")),
    ("President of the Republic of Ghana, His Excellency Kofi Mensah Boateng, arrived in Barbados.",
     ("Kofi Mensah Boateng", "Ghana", "head_of_state")),
    ("The Prime Minister of Barbados, Her Excellency Ama Kwarteng Osei, met him.",
     ("Ama Kwarteng Osei", "Barbados", "head_of_government")),
])
def test_a_written_out_excellency_keeps_the_name_with_its_title(text, expected):
    assert expected in [(m.person, m.country, m.role) for m in actors.find(text)]
