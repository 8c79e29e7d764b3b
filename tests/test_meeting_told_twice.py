"""One meeting told twice in an article, once with its date and once without one of its own: one event, not two."""

from dataclasses import replace
from datetime import date

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,published,events", [
    # the trip dated, the meeting it was for told in its sentence (a visit 'ahead of' the election: planned)
    ("German Chancellor Angela Merkel had travelled to Istanbul on 18 October to meet Turkish President Recep Tayyip "
     "Erdogan, a visit critics said was timed to help the ruling party ahead of Turkey's general election.",
     date(2015, 11, 30), 1),
    # the trip to a country dated, the meeting at a town of it in the same sentence
    ("President George W. Bush will travel to Mexico next month to meet Mexican President Vicente Fox at his ranch "
     "in San Cristobal.", date(2001, 1, 23), 1),
    # a visit of another time told in the sentence of the talks held: a meeting of its own
    ("Indian External Affairs Minister S Jaishankar met Bangladeshi Foreign Minister AK Abdul Momen in Dhaka on "
     "Thursday and invited him to visit India at an early date.", date(2022, 4, 30), 2),
])
def test_a_meeting_told_only_in_the_sentence_of_its_dated_twin_is_that_meeting(text, published, events):
    """"had travelled to Istanbul on 18 October to meet Erdogan, a visit critics said ...": the meeting and the visit
    told in the sentence that dates the trip are the trip's meeting, one event, whatever status or place each
    telling gives it; not a visit of another time the same sentence tells ("invited him to visit India")."""
    assert len(events_of(text, published=published)) == events


def _item(people: list[str], value: str | None, precision: str, basis: str, timex=None):
    from loaders.dating.date_values import Dated
    from loaders.meeting.article_events import ArticleEvent
    from loaders.merge import Item

    ev = ArticleEvent([], "summit", "held", people, [], None, None, None, False)
    ev = replace(ev, timex=timex)
    return Item(0, 0, ev, Dated(value, precision=precision, basis=basis), None)


@pytest.mark.parametrize("timex,kept", [
    # "The historic visit of the Sultan to Iran today" in a page without a date: a day told, left unresolved, and
    # the year of the page's own meeting given to it: that meeting told again
    ("today", 1),
    # no date told at all, only the year inferred: the same
    (None, 1),
    # "this year": a year the text tells, a meeting of its own (another plan of that year)
    ("this year", 2),
])
def test_a_meeting_given_only_a_year_the_text_does_not_tell_is_its_dated_twin(timex, kept):
    from loaders.dates import DateSpec, Timex
    from loaders.merge import _fold_undated

    spec = {"today": DateSpec(rel_unit="day", rel_offset=0), "this year": DateSpec(rel_unit="year", rel_offset=0)}
    told = None if timex is None else Timex(0, len(timex), timex, "DATE", spec[timex], -1,
                                             "2023" if timex == "this year" else None)
    people = ["Haitham bin Tariq", "Ebrahim Raisi"]
    year = _item(people, "2023", "year", "inferred", told)
    day = replace(_item(people, "2023-05-28", "day", "visit"), idx=1)
    assert len(_fold_undated([day, year])) == kept


@pytest.mark.parametrize("types,people,kept", [
    # "the leaders had a private agenda" (no level told: other) beside the summit of the same two that day: one
    (("summit", "other"), ["Gustavo Petro", "Nicolas Maduro"], 1),
    # two levels told: two meetings of that day
    (("summit", "ministerial"), ["Gustavo Petro", "Nicolas Maduro"], 2),
    # one person alone: not enough to tell it is the same meeting
    (("summit", "other"), ["Gustavo Petro"], 2),
])
def test_a_meeting_of_no_level_on_the_day_of_the_same_peoples_meeting_is_that_meeting(types, people, kept):
    from loaders.merge import _fold_twins

    items = [replace(_item(people, "2023-01-07", "day", "explicit"), idx=i) for i in range(2)]
    for it, kind in zip(items, types, strict=True):
        it.ev = replace(it.ev, type=kind)
    assert len(_fold_twins(items)) == kept
