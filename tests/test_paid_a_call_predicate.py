"""", paid a courtesy call to B" after "held talks with A" is the next predicate of one subject, a meeting of its own
with B, as ", met B" was: the two meetings each have their own guest. Before, the comma opened no clause there and
both meetings had A and B (one meeting of three)."""

import pytest

from tests.helpers import folder_events

_LEDE = ("Czech PM visits Vietnam\n\nHANOI, April 22 (VNA) - On April 21, Czech Prime Minister Petr Fiala held talks "
         "with ")


@pytest.mark.parametrize("rest", [
    "Prime Minister Pham Minh Chinh, paid a courtesy call to President Vo Van Thuong, and witnessed the signing.\n",
    "Prime Minister Pham Minh Chinh, paid a courtesy call on President Vo Van Thuong and attended a forum.\n",
    "Prime Minister Pham Minh Chinh, paid a visit to President Vo Van Thuong and attended a forum.\n",
    "Prime Minister Pham Minh Chinh, met President Vo Van Thuong, and attended a forum.\n",  # guards: as before
    "Prime Minister Pham Minh Chinh and paid a courtesy call to President Vo Van Thuong.\n",
])
def test_each_predicate_its_own_guest(tmp_path, rest):
    (tmp_path / "metadata.csv").write_text("file,published,url,source\na.txt,2023-04-22,,\n", encoding="utf-8")
    table = folder_events(tmp_path, _LEDE + rest)
    assert sorted(sorted(p) for p in table["participants"]) == [["Petr Fiala", "Pham Minh Chinh"],
                                                                 ["Petr Fiala", "Vo Van Thuong"]]
