"""A date told in a "when" (or "while") clause that opens after a meeting word is the clause's own meeting's,
told after it, not the meeting word's before the clause ("The date of this week's summit was set when Chung led a
special delegation to Pyongyang on Sept. 5 and met with Kim")."""

from datetime import date

import pytest

from tests.helpers import events_of

_LEDE = ("President Moon Jae-in arrived in Pyongyang on Tuesday for his third summit with North Korean leader Kim "
         "Jong-un.\n\n")
@pytest.mark.parametrize("text,published,expected", [
    (_LEDE + "The date of the summit was set when Moon's top security adviser, Chung Eui-yong, led a special "
     "delegation to Pyongyang on Sept. 5 and met with Kim.", date(2018, 9, 18),
     {("2018-09-18", ("Kim Jong Un", "Moon Jae-in")), ("2018-09-05", ("Chung Eui-yong", "Kim Jong Un"))}),
    (_LEDE + "The summit was agreed while Chung Eui-yong, Moon's security adviser, was in Pyongyang on Sept. 5 for "
     "talks with Kim.", date(2018, 9, 18),
     {("2018-09-18", ("Kim Jong Un", "Moon Jae-in")), ("2018-09-05", ("Chung Eui-yong", "Kim Jong Un"))}),
    # guards: the clause ends at ", and again": the date after it is the main clause's meeting's
    ("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Tuesday.\n\nThey met in "
     "Moscow on Aug. 27 this year, when the two leaders also toured an air show near the capital, and again in Ankara "
     "on Sept. 16 at a trilateral summit with Iranian President Hassan Rouhani.", date(2019, 10, 23),
     {(d, ("Recep Tayyip Erdogan", "Vladimir Putin")) for d in ("2019-10-22", "2019-08-27", "2019-09-16")}),
    # a date set off by commas is of the phrase before it ("after his inauguration, on January 16,")
    (_LEDE + "Moon was the first leader to visit Kim after the Singapore summit, on June 20, and Chung Eui-yong met "
     "Kim later.", date(2018, 9, 18),
     {("2018-09-18", ("Kim Jong Un", "Moon Jae-in")), ("2018-06-20", ("Kim Jong Un", "Moon Jae-in"))}),
])
def test_a_date_in_a_when_clause_is_its_meetings(text, published, expected):
    evs = events_of(text, published=published)
    assert {(e.date, tuple(sorted(e.participants))) for e in evs if e.date} == expected
