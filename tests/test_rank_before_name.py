""""Prime Minister Gen. Prayut Chan-ocha": a military rank abbreviated with its dot between a title and the name is
a style of the name (actors._STYLES), not a person's name of its own; before, "Minister Gen." was read as Japan's
defence minister Gen Nakatani (his given name after a minister's title)."""

import pytest

from loaders import actors


@pytest.mark.parametrize("text,people", [
    ("Prime Minister Gen. Prayut Chan-ocha met China's Foreign Minister Wang Yi at Government House.",
     ["Prayut Chan-o-cha", "Wang Yi"]),
    ("Prime Minister and Defense Minister Gen. Prayut Chan-ocha met Wang Yi.", ["Prayut Chan-o-cha", "Wang Yi"]),
    # guard: the Japanese minister of that name, written without a dot
    ("Japanese Defense Minister Gen Nakatani met Wang Yi.", ["Gen Nakatani", "Wang Yi"]),
])
def test_rank_is_no_name(text, people):
    assert [m.person for m in actors.find(text)] == people
