"""An event read from a lede that opens with a dateline quotes the lede as the page prints it, dateline included
("Washington, June 30 (PL-RHC) -- Today at the White House, ..."): the passage a reader finds on the page, and the
one a person quoting the lede marks (before, the evidence began after the dateline the reader strips)."""

import pytest

from tests.helpers import folder_events


@pytest.mark.parametrize("lede,opening", [
    ("Washington, June 30 (PL-RHC) -- Today at the White House, U.S. President Barack Obama received his Chilean "
     "counterpart, Michelle Bachelet.", "Washington, June 30 (PL-RHC) -- Today"),
    ("MOSCOW, Jan 14 (Interfax) - Russian Foreign Minister Sergey Lavrov held talks with his Japanese counterpart "
     "Fumio Kishida on Monday.", "MOSCOW, Jan 14 (Interfax) - Russian"),
])
def test_the_lede_is_quoted_with_its_dateline(tmp_path, lede, opening):
    rows = folder_events(tmp_path, f"Talks in the capital\n\n{lede}\n\nThey discussed trade.\n")
    assert [e[:len(opening)] for e in rows.evidence] == [opening]


def test_the_quote_is_the_pages_own_text(tmp_path):
    text = ("Talks in the capital\n\nMOSCOW, Jan 14 (Interfax) - Russian Foreign Minister Sergey Lavrov held talks "
            "with his Japanese counterpart Fumio Kishida on Monday.\n\nThey discussed trade.\n")
    row = folder_events(tmp_path, text).iloc[0]
    assert text[row.evidence_start:row.evidence_end] == row.evidence
    assert row.evidence.startswith("MOSCOW, Jan 14")


def test_a_sentence_after_the_lede_is_quoted_alone(tmp_path):
    """Guards: only the dateline's own line takes it; a later sentence is quoted as it stands."""
    rows = folder_events(tmp_path, "Talks in the capital\n\nMOSCOW, Jan 14 (Interfax) - Trade was on the agenda.\n\n"
                         "Russian Foreign Minister Sergey Lavrov held talks with his Japanese counterpart "
                         "Fumio Kishida on Monday.\n")
    assert [e[:7] for e in rows.evidence] == ["Russian"]
