"""A name, a relative clause set off by commas, then the name's own meeting verb: the name met."""

from datetime import date

from tests.helpers import events_of

LEDE = "US President Donald Trump and North Korean leader Kim Jong-un cut short their summit in Hanoi. "


def test_the_name_before_a_relative_clause_met():
    """"Kim, who arrived on Tuesday after a 60-hour train journey through China, also met Chinese President Xi Jinping
    in Beijing last month" (redteam2 a02): the subordinator inside the relative clause ("after") opened the verb's
    clause, leaving Kim out (before, Xi alone: one side, dropped)."""
    events = events_of(LEDE + "Kim, who arrived on Tuesday after a 60-hour train journey through China, also met "
                       "Chinese President Xi Jinping in Beijing last month.", published=date(2019, 2, 28))
    assert [(e.date, set(e.participants)) for e in events] == [
        ("2019-02", {"Donald Trump", "Kim Jong Un"}), ("2019-01", {"Kim Jong Un", "Xi Jinping"})]


def test_a_relative_clause_of_no_one_named_adds_no_one():
    """The relative clause set off after no one named ("The delegates, who ..."): no one added, one side, dropped."""
    events = events_of(LEDE + "The delegates, who arrived on Tuesday after a long journey through China, also met "
                       "Chinese President Xi Jinping in Beijing last month.", published=date(2019, 2, 28))
    assert [set(e.participants) for e in events] == [{"Donald Trump", "Kim Jong Un"}]
