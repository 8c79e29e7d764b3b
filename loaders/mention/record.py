"""The Mention record: one place in one sentence where a meeting is spoken of; levels, roles, trip words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from .. import actors, places
from ..dates import Timex
from ..sentences import Sentence

LEVEL_ORDER: Final = ("vice_ministerial", "working_level", "ministerial", "summit", "other")
OWN_LEVELS: Final = ("other", "summit")  # the levels a meeting word can say itself; the first that does wins
HEAD_ROLES: Final = ("head_of_state", "head_of_government")
MINISTER_ROLES: Final = ("foreign_minister", "minister")
LEG_WORDS: Final = frozenset({  # the legs of a trip, told where a place follows (see _LEG_PLACE)
    "head to", "heads to", "headed to", "heading to", "continue to", "continues to",
    "continued to", "continued on to", "tour", "arrived at", "arrives at", "arrive at"})
VISIT_WORDS: Final = frozenset({
    "visit", "visits", "visited", "visiting", "trip", "travel to", "travels to", "traveled to", "travelled to",
    "traveling to", "travelling to", "fly to", "flew to", "flies to", "went to", "arrived in", "arrives in",
    "arrive in", *LEG_WORDS})

MERGE_GAP = 80  # meeting words further apart in one sentence are told of separately


@dataclass
class Mention:
    """One place in one sentence where a meeting is spoken of."""

    sentence: Sentence
    start: int  # the trigger word, offsets into the article text
    end: int
    trigger: str
    kind: str  # "noun" | "verb" | "joint"
    # What the words around the trigger tell, read after the mention is found (see __init__ for the defaults):
    level: str | None = field(init=False)  # type read from the words around the trigger
    status: str = field(init=False)  # "held" | "planned"
    status_marked: bool = field(init=False)  # the text's tense says held or planned
    status_weak: bool = field(init=False)  # only a relative cue says so ("ahead of the meeting", "after the meeting")
    people: list[actors.Mention] = field(init=False)
    group: Any = field(init=False)  # "head" or "foreign_minister" from "the two leaders", "the foreign ministers"
    place: places.Place | None = field(init=False)
    timex: Timex | None = field(init=False)
    series: str | None = field(init=False)  # a recurring summit named near the trigger (G20, APEC ...)
    definite: bool = field(init=False)  # "the meeting", "the latest talks": may refer to an event already told
    pointed: bool = field(init=False)  # "this visit", "at that meeting": an event already told, never a new one
    vague: bool = field(init=False)  # "24 summit talks": not one event
    generic: bool = field(init=False)  # "further meetings", "annual summits": not one event unless a date says which
    cancelled: bool = field(init=False)  # "cancelled his planned meeting", "the summit was called off"
    headline: bool = field(init=False)  # told in the article's title
    apart: bool = field(init=False)  # told beside another meeting of its sentence ("and a meeting with Harris")
    before: bool = field(init=False)  # told as the one another followed ("followed talks held in January")
    ongoing: bool = field(init=False)  # "are meeting in Antalya": told in the present progressive
    progressive: bool = field(init=False)  # so told, dated or not ("is meeting Vucic on Tuesday")
    clause: tuple[int, int] | None = field(init=False, repr=False, compare=False)  # article offsets
    each_date: list[Timex] = field(init=False, repr=False, compare=False)  # "met twice, in April and May"
    absent: list[actors.Mention] = field(init=False)  # told as missing ("in the absence of Kagame"): not there
    sitting: bool = field(init=False)  # a sitting of talks or negotiations ("a new round of talks", "resumed talks")
    listed: list[str] = field(init=False)  # guests a next sentence lists ("These included A, B and C"), or countries
    spoken: bool = field(init=False)  # a transcript's speaker tells of it in the first person ("I've had a meeting")
    tour: bool = field(init=False)  # a visit to countries listed ("will visit Belgium and France"): no meeting alone

    def __init__(self, sentence: Sentence, start: int, end: int, trigger: str, kind: str) -> None:
        self.sentence = sentence
        self.start = start
        self.end = end
        self.trigger = trigger
        self.kind = kind
        self.level = None
        self.status = "held"
        self.status_marked = False
        self.status_weak = False
        self.people = []
        self.group = None
        self.place = None
        self.timex = None
        self.series = None
        self.definite = False
        self.pointed = False
        self.vague = False
        self.generic = False
        self.cancelled = False
        self.headline = False
        self.apart = False
        self.before = False
        self.ongoing = False
        self.progressive = False
        self.clause = None
        self.each_date = []
        self.absent = []
        self.sitting = False
        self.listed = []
        self.spoken = False
        self.tour = False
