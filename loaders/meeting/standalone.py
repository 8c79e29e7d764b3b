"""Whether a mention is a meeting of its own, and why not: a process, a record, a trip at home ..."""

from __future__ import annotations

import re
from typing import Final

from .. import actors
from .. import regexes as rx
from ..dates import Timex, precision
from ..mention.clauses import clause
from ..mention.record import VISIT_WORDS, Mention
from .article_events import ArticleEvent
from .event_people import _SUMMIT_WORD, RANK
from .event_sides import _pair_after, subject_by_adjective
from .guest_rounds import _HELD_PLURALS
from .same_meeting import _EARLIER_ROUND, _next_one_with, _of_several_sides


def _stands_alone(ev: ArticleEvent, m: Mention) -> bool:
    """A new event needs something of its own: a date, a place or people, and two sides or a named level."""
    return why_not_alone(ev, m) is None


_ROUND_BEFORE: Final = rx.compile(r"\bround\b", re.I)  # "the second round of talks": a sitting, not the process


def why_not_alone(ev: ArticleEvent, m: Mention) -> str | None:
    """Why a mention cannot start an event of its own (None when it can): the rule of _stands_alone that says no."""
    if m.vague or m.pointed or (m.definite and not (ev.timex or m.place or m.ongoing or _between_named(m)
                                                    or len(_pair_after(m)) >= 3 or _next_one_with(m)
                                                    or _with_another_side(m) or _numbered_sitting(m)
                                                    or (_of_several_sides(m) and len(set(ev.countries)) >= 2))):
        return "told elsewhere"  # "the summit" with nothing of its own, "this visit": a meeting told elsewhere
    if _domestic_trip(m):
        return "domestic trip"  # "Sunak will travel to Belfast"
    if _visit_as_record(m) and (ev.timex is None or ev.timex.spec.day is None):
        return "a record"  # "Gonzalez' visit to Morocco is her first foreign trip": a visit told of, told elsewhere
        # (not one told with its day: "welcomed to Wellington on June 14, in what was her first official visit")
    if ev.timex is None and m.trigger.lower() in ("visit", "trip") and _FIRST_TO_VISIT.search(
            m.sentence.text, 0, m.start - m.sentence.start):
        return "a record"  # "Bennett is the first Israeli prime minister to make an official visit to the UAE": the
        # visitor told as the first of a kind, no date: a comment on the visit the article tells
    if ev.timex is None and _EARLIER_ROUND.search(m.sentence.text, 0, m.start - m.sentence.start):
        return "an earlier round"  # "Before the first round of the Jeddah talks were suspended": no date
    if m.sitting and ev.type == "other" and not ev.participants and ev.location is None and (
            ev.timex is not None and precision(ev.timex.spec) in ("month", "year")) and not _ROUND_BEFORE.search(
            m.sentence.text, max(0, m.start - m.sentence.start - 60), m.start - m.sentence.start):
        return "a process"  # "Peace talks between the South Asian neighbors resumed in February": talks of no one
        # named, at no level and no place, resumed or suspended in a month or a year, are the process, no sitting
    has_date = ev.timex is not None
    if not (has_date or ev.location or ev.participants) or (m.kind == "joint" and not has_date
                                                           and not _done_together(m, ev)):
        return "nothing of its own"
    if m.kind == "noun" and m.trigger.lower() in VISIT_WORDS and not has_date and not ev.participants \
            and ev.type == "other" and not (
            m.sitting or ev.series or ev.offices or ev.untold_subject or m.ongoing or _VISITOR_OWNS.search(
                m.sentence.text, 0, m.start - m.sentence.start)):
        return "no one, no date, no level"  # "Business forums in Algeria and Senegal will also be held as part of
        # the visits", "recent visits of several trade delegations from Pakistan to Bangladesh": a visit noun with
        # countries and a place alone, no one named, no level and no date, is no one's meeting of its own (not "The
        # national security advisers of Pakistan and the United States met in Washington": a verb, who met told;
        # nor "The delegation's visit to India followed ...": a visitor told, in the possessive; nor "called on the
        # army and the RSF on Sunday to agree on a ceasefire at the talks in Jeddah": talks, whoever sits)
    if len(set(ev.named) | set(ev.countries)) >= 2:
        return None
    if len(ev.participants) >= 2 and has_date and ev.location:
        return None  # two people, a day and a place, whatever countries they are of (people outside the data)
    if _met_abroad(m, ev):
        return None  # "Peters has met with Prime Minister Manele in Honiara": a visitor met someone abroad
    if _talks_abroad(m, ev):
        return None  # "Hill ... is scheduled to hold talks in Seoul starting September 11": with the place's country
    if has_date and _host_here(m):
        return None  # "Deputy Minister for Interior of Turkey Ismail Gatakli here on Monday called on Interior
        # Minister Sheikh Rashid Ahmed": a visitor of a country met an office holder of the place the story is from
    if m.spoken and (has_date or ev.location):
        return None  # "MINISTER BISHOP: ... I have just had a meeting with the Vice-President": the speaker met someone
    if ev.untold_subject and (has_date or ev.location):
        return None  # "The Prime Minister met President Duda of Poland in Warsaw this afternoon": two sides
    if ev.participants and len(ev.sides) >= 2 and ev.timex is not None and ev.timex.spec.year is not None:
        return None  # a side's office holder of that year is filled in from the people data (merge.complete_sides)
    if m.sitting and (has_date or ev.location) and (ev.participants or ev.named or ev.sides or _told_by_adjective(m)):
        return None  # "Sudan's warring parties have resumed negotiations in Saudi Arabia": talks sat, whoever sits
        # ("The Colombian government resumed peace talks with leftist rebels Thursday")
    if ev.series and m.kind == "noun" and _SUMMIT_WORD.match(m.trigger) and has_date and not ev.participants \
            and ev.timex is not None and (ev.timex.spec.month is not None or _day_after_the_name(m, ev.timex)
                                          or _day_before_the_name(m, ev.timex)):
        return None  # "the Ibero-American Summit to be held on March 24 and 25": a summit of a series, of many
        # ("to participate in the India Africa Forum Summit tomorrow": its day right after its name)
    if ev.series and m.kind == "noun" and has_date and ev.location and not ev.participants and _NUMBERED_NAME.search(
            m.sentence.text, 0, m.start - m.sentence.start):
        return None  # "in Tonga this week for the 53rd Pacific Islands Forum Leaders Meeting": a sitting of a series
        # told by its number, with its days and its place (not "arrived today in Delhi for the G20 Summit": a trip's)
    if not (ev.participants or ev.named or ev.sides):
        return "no one and no country"  # "the team that reached the summit in 1953": no diplomacy
    if ev.series and has_date and ev.participants and (m.trigger.lower() in VISIT_WORDS or m.kind == "noun"
                                                         and _SUMMIT_WORD.match(m.trigger)):
        return None  # "Lula's first trip abroad, to Buenos Aires for the Jan. 24 Celac summit": a summit attended
    if (has_date or ev.location) and _first_person(m, ev):
        return None  # "While in Belfast, I met with British Prime Minister Rishi Sunak", "My visit to India in March
        # defines ...": the speaker of a first-person account met someone named, or went to a country, on a day or
        # somewhere (not "we are meeting in this fashion today": the meeting told elsewhere; "my visit to Busan")
    if has_date and _received_by_a_host(m):
        return None  # "President of the Republic ... Mohamed Abdelaziz, was received Sunday by Algerian President
        # Abdelaziz Bouteflika": a visitor told by a leader's office, whom the data does not know, received by a host
    if m.level not in ("summit", "ministerial", "vice_ministerial", "working_level") and not _in_a_sides_city(ev):
        return "one side, no level"
    return None if has_date or ev.location else "one side, no date or place"


# what two people do in one room: "signed", "shook hands" (not "agreed", "discussed", "pledged": said on a call too)
_TOGETHER: Final = frozenset({"signed", "inked", "witnessed the signing", "shook hands"})


_VISITOR_OWNS: Final = rx.compile(r"[\w.-]['’]s\s+(?:[\w-]+\s+)?$")  # "The delegation’s visit", "the PM’s visit"


def _done_together(m: Mention, ev: ArticleEvent) -> bool:
    """"Prime Minister Sir Michael Somare and president Dr Susilo Bambang Yudhoyono also signed two plaques", "Donald
    Trump and Kim Jong-un have signed a joint statement": two people of two countries named signing or shaking hands
    together met, told without a date as the article's own meeting is (its date given by the article, or the meeting
    it joins)."""
    return m.trigger.lower() in _TOGETHER and len(ev.participants) >= 2 and len(set(ev.named) | set(ev.countries)) >= 2


def _day_after_the_name(m: Mention, t: Timex) -> bool:
    """A weekday or a day counted from today told right after the summit's name, its own day ("the India Africa Forum
    Summit tomorrow", "the G20 summit on Saturday"; not "arrived today in Delhi for the G20 Summit", a trip's day)."""
    return (t.spec.weekday is not None or t.spec.rel_unit == "day") and 0 <= t.start - m.end <= 4 + len("on ")


_POSSESSIVE_NAME: Final = rx.compile(r"['’]s\s+(?:[\w'’.-]+\s+){0,4}$")


def _day_before_the_name(m: Mention, t: Timex) -> bool:
    """A date told in the possessive right before the summit's name, its own ("ahead of next week's NATO summit",
    "before Saturday's G20 summit"; not "this year's": a year names an annual meeting)."""
    s0 = m.sentence.start
    return t.end <= m.start and precision(t.spec) != "year" \
        and _POSSESSIVE_NAME.fullmatch(m.sentence.text, t.end - s0, m.start - s0) is not None


_RECORD: Final = (r"\b(?:is|was|will\s+be|would\s+be|marks|marked)\s+(?:only\s+)?(?:the|her|his|their|its)\s+"
           r"(?:first|second|third|fourth|fifth|first-ever|second-ever|highest[\s-]level|most\s+senior)\b"
           r"(?!\s+(?:of|stop|leg)\b)")  # (not "the first of his tour": a leg of a tour, a visit of its own)
_RECORD_AFTER: Final = rx.compile(r"[^.;:]{0,40}?" + _RECORD, re.I)
_A_YEAR: Final = rx.compile(r"\b(?:1[89]|20)\d\d\b")
_RECORD_BEFORE: Final = rx.compile(_RECORD + r"(?:\s+(?!to\b)[\w'’-]+){0,3}\s+$", re.I)  # a visit, not 'to visit'


def _visit_as_record(m: Mention) -> bool:
    """"Davutoglu's trip will be the highest level ...", "This is the first Prime Ministerial visit from India to
    Philippines in 36 years": a visit told as a record is a comment on the visit the article tells, not another."""
    text, at = m.sentence.text, m.start - m.sentence.start
    if m.trigger.lower() not in ("visit", "trip") or _A_YEAR.search(text):
        return False  # ("the first by a Philippine president since Duterte's state visit in October 2016, when
        # Duterte met Xi": the record's sentence tells a meeting of another year, its own)
    return bool(_RECORD_AFTER.match(text, m.end - m.sentence.start) or _RECORD_BEFORE.search(text, 0, at))


# "Bennett is the first Israeli prime minister to make an official visit to the UAE", "became the first Japanese
# leader to make a bilateral visit to Seoul in 12 years": the visitor told as the first of a kind to visit
_FIRST_TO_VISIT: Final = rx.compile(
    r"\b(?:is|was|will\s+be|would\s+be|became|becomes|has\s+become)\s+(?:the|her|his|their|its)\s+"
    r"(?:first|second|third|first-ever|only)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:make|pay|undertake|have\s+made|"
    r"have\s+paid)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _host_here(m: Mention) -> bool:
    """Someone of a country and an office holder told without one, met "here" (where the article is written)."""
    if not _HERE.search(m.sentence.text):
        return False
    return any(p.country for p in m.people) and any(p.country is None and p.role in _HOST_ROLES for p in m.people)


_HOST_ROLES: Final = ("head_of_state", "head_of_government", "foreign_minister", "minister", "vice_minister")
_BETWEEN_AFTER: Final = rx.compile(r"\s+between\s+")


def _between_named(m: Mention) -> bool:
    """"The meeting between new Chinese Defence Minister Dong Jun and his US counterpart Lloyd Austin was held on
    the sidelines": a meeting told by the two people named right after it, its own."""
    text, s0 = m.sentence.text, m.sentence.start
    if not _BETWEEN_AFTER.match(text, m.end - s0):
        return False
    return len({p.person for p in m.people if m.end < p.start <= m.end + 120}) >= 2 \
        and (_WAS_HELD.search(text, m.end - s0) is not None or _WITNESSED.search(text, 0, m.start - s0) is not None)


_WITH_AFTER: Final = rx.compile(r"\s+with\s+")
_OWN_BEFORE: Final = rx.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:[\w-]+\s+)?$")
WITH_REACH: Final = 60  # characters from "with" to the name of the one met ("with Secretary of State Antony Blinken")


def _with_another_side(m: Mention) -> bool:
    """"Koizumi gave accounts of his meeting with Mr. Kim Jong-Il", "Jaishankar, who will hold the meeting with
    Secretary of State Antony Blinken": "the meeting" with someone of another country than the one told before it,
    a meeting of its own, told by who met."""
    text, s0 = m.sentence.text, m.sentence.start
    said = _WITH_AFTER.match(text, m.end - s0)
    if m.kind != "noun" or said is None or m.cancelled:
        return False  # (not "called off his planned meeting with Kim": a plan that did not take place, no event)
    guest = next((p for p in m.people if p.start >= s0 + said.end()), None)
    if guest is None or guest.country is None or guest.start > s0 + said.end() + WITH_REACH:
        return False
    # "During his meeting with Onyeama, Jaishankar underlined": whose meeting it is may be told after the guest
    own = _OWN_BEFORE.search(text, 0, m.start - s0) is not None
    if any(p.country not in (None, guest.country) for p in m.people
           if p.end <= m.start or (own and p.start > guest.end)):
        return True
    # "The Iranian leader also commented on his meeting with Turkish President Recep Tayyip Erdogan": whose meeting
    # it is told by a country's adjective and an office, no name
    return own and any(c != guest.country for c in subject_by_adjective(m))


# "the 5th Meeting of the Committee for Political Consultation", "the Third Session of the Joint Commission"
_DIGIT_ORDINAL: Final = r"\d+(?:st|nd|rd|th)"  # "5th", "53rd"
_NUMBERED_BEFORE: Final = rx.compile(r"\b(?:" + _DIGIT_ORDINAL + r"|First|Second|Third|Fourth|Fifth|Sixth|Seventh|"
                                     r"Eighth|Ninth|Tenth|[IVX]+)\s+$")
_OF_A_BODY: Final = rx.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


# "the 53rd Pacific Islands Forum Leaders Meeting": a sitting's number, then the series' name
_NUMBERED_NAME: Final = rx.compile(r"\b" + _DIGIT_ORDINAL + r"\s+(?:(?:[A-Z][\w'’-]*|of|and|the)\s+){0,6}$")


def _numbered_sitting(m: Mention) -> bool:
    """"take part in the 5th Meeting of the Committee for Political Consultation": a sitting of a body told by its
    number, a meeting of its own, not one told elsewhere."""
    text, s0 = m.sentence.text, m.sentence.start
    number = _NUMBERED_BEFORE.search(text, 0, m.start - s0)
    return (m.kind == "noun" and number is not None and _OF_A_BODY.match(text, m.end - s0) is not None
            and (number.group()[0].isdigit() or m.trigger[:1].isupper()))  # (not "the first meeting of the two")


_WAS_HELD: Final = rx.compile(r"\b(?:was|were)\s+held\b|\btook\s+place\b")
# "The summit also witnessed the first meeting between Assad and Sisi": a meeting the occasion saw
_WITNESSED: Final = rx.compile(r"\b(?:witnessed|saw|featured)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$")

def _sides_of_the_format(ev: ArticleEvent, m: Mention, events: list[ArticleEvent]) -> bool:
    """"The previous 2+2 talks took place in Moscow in September": a meeting of a level told with its date and no
    one or no country of its own is another sitting of the countries whose meetings the article told before; their
    sides become its sides. Told as another sitting ("The same talks previously took place in June last year", "The
    eighth edition of the retreat was held here in January"), it is also of their level. True when one was found."""
    if ev.participants or ev.timex is None or (ev.timex.spec.month is None and not (
            m.sitting and ev.timex.spec.weekday is not None)):
        return False  # (a month, or the weekday of a round: "The second round ... will be held on Thursday")
    lo, hi = clause(m.sentence, m)
    if m.vague or m.pointed or m.series or not lo <= ev.timex.start < hi:
        return False  # (not a date of another clause: "this week's summit was set when X went there on Sept. 5")
    leveled = m.level in RANK
    if not leveled and not _ANOTHER_SITTING.search(m.sentence.text, 0, m.start - m.sentence.start):
        return False
    if leveled and (ev.named or ev.sides):
        return False
    told = next((old for old in reversed(events) if (len(old.sides) >= 2 or len(old.named) >= 2)
                 and (leveled or old.type in RANK or m.sitting)), None)
    if told is None:
        return False
    if not leveled and told.type in RANK:
        m.level = ev.type = told.type  # the level of the format the sitting is one of
    if not (ev.named or ev.sides):
        ev.sides = list(told.sides if len(told.sides) >= 2 else told.named)
    return True


# a sitting told as another of a format told before: "The same talks", "the previous round", "The eighth edition of
# the retreat"
_ANOTHER_SITTING: Final = rx.compile(
    r"\b(?:same|previous|prior|preceding|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+(?:edition|round|session|sitting)\s+of)\s+(?:the\s+)?(?:[\w+'’-]+\s+){0,2}$", re.I)


_ADJECTIVE_SIDE: Final = rx.compile(r"\b(?:[Tt]he\s+)?([A-Z][\w'’-]+)\s+(?:government|army|military|authorities|"
                                    r"delegation|side|regime|junta)\b")


def _told_by_adjective(m: Mention) -> bool:
    """A side of the clause told by its country's adjective ("the Colombian government", "the Sudanese army")."""
    lo, hi = clause(m.sentence, m)
    s0, adjectives = m.sentence.start, actors.index().adjectives
    return any(a.group(1) in adjectives for a in _ADJECTIVE_SIDE.finditer(m.sentence.text, lo - s0, hi - s0))


def _talks_abroad(m: Mention, ev: ArticleEvent) -> bool:
    """One person of a known country holding talks on a day told, in a city of another country, no summit of many:
    talks with the place's country."""
    host = ev.location.country if ev.location is not None and ev.location.kind == "city" else None
    if host is None or ev.series or len(ev.participants) != 1 or m.trigger.lower() not in _HELD_PLURALS:
        return False
    own = [p.country for p in m.people if p.person == ev.participants[0]]
    return bool(own) and own[0] not in (None, host) and ev.timex is not None and ev.timex.spec.day is not None


def _met_abroad(m: Mention, ev: ArticleEvent) -> bool:
    """A visitor of a known country met, in a place of another country, someone the verb names after it whose
    country is not known or is the place's: the place's country is the other side."""
    host = ev.location.country if ev.location is not None else None
    if m.kind != "verb" or host is None or len(ev.participants) < 2:
        return False
    return (any(p.end <= m.start and p.country not in (None, host) for p in m.people)
            and any(p.start >= m.end and p.country in (None, host) for p in m.people))


def _domestic_trip(m: Mention) -> bool:
    """A trip of people to a place in their own country ("Sunak will travel to Belfast"): no one met there."""
    country = m.place.country if m.place else None
    travellers = [p for p in m.people if p.end <= m.start]
    return (m.trigger.lower() in VISIT_WORDS and country is not None and bool(travellers)
            and all(p.country == country for p in m.people))


_HERE: Final = rx.compile(r"\bhere\b")
# the speaker as the subject or the owner of the meeting word: "I met with", "we have held talks", "my visit to"
_FIRST_PERSON: Final = rx.compile(r"(?:\b(?:I|[Ww]e)\s+(?:(?:have|had|also|then|just|recently|later|was|were|am|are|"
                                  r"will|would)\s+){0,2}|\b(?:[Mm]y|[Oo]ur)\s+(?:[\w-]+\s+){0,2})$")


# the one met told by a pronoun right after the verb: "I met her at No. 10 Downing Street", "we met with him in Paris"
_PRONOUN_MET: Final = rx.compile(r"\s+(?:with\s+)?(?:her|him)\b")


def _first_person(m: Mention, ev: ArticleEvent) -> bool:
    """The speaker of a first-person account meets someone named ("I met with British Prime Minister Rishi Sunak"),
    or someone told before and now by a pronoun ("At the Prime Minister's invitation, I met her at No. 10 Downing
    Street on the morning of Sunday, 18 September", a Dail answer), or visits a country ("My visit to India in
    March")."""
    s0 = m.sentence.start
    return _FIRST_PERSON.search(m.sentence.text, max(0, m.start - s0 - 40), m.start - s0) is not None and (
        bool(ev.participants) or m.kind == "verb" and _PRONOUN_MET.match(m.sentence.text, m.end - s0) is not None
        or m.trigger.lower() in VISIT_WORDS and m.place is not None and m.place.kind == "country")


def _in_a_sides_city(ev: ArticleEvent) -> bool:
    """A meeting told with its day and a city of one of the two countries the story is about, no one of a third
    country told: talks of those two countries, whoever sat ("Talks at Hyderabad House in New Delhi on Jan. 25, 2015,
    produced a breakthrough", "held weeks of talks on the text, including a meeting in London on 20 February"; the
    sides that met are the story's two, ArticleEvent.sides)."""
    t, where = ev.timex, ev.location
    return (t is not None and t.spec.day is not None and where is not None and where.kind == "city"
            and len(ev.sides) == 2 and where.country in ev.sides and set(ev.named) | set(ev.countries) <= set(ev.sides))


_RECEIVED: Final = frozenset({"received", "welcomed", "hosted"})
_PASSIVE_BEFORE: Final = rx.compile(r"\b(?:was|were|has\s+been|had\s+been|will\s+be)\s+(?:warmly\s+|cordially\s+)?$")
_BY_AFTER: Final = rx.compile(r"(?:\s+[\w,]+){0,3}?\s+by\s+(?:[\w'’.-]+\s+){0,3}")  # "by Algerian President"
# a leader's office told of the visitor before the verb ("President of the Republic, ..."): a summit, as the host's
_VISITORS_OFFICE: Final = rx.compile(r"\b(?:President|Prime\s+Minister|Premier|King|Emir|Sultan|Chancellor)\b")


def _received_by_a_host(m: Mention) -> bool:
    """A visitor told before a passive verb of reception by a leader's office, no one of a known country, received by
    someone of a known country named right after "by": two sides, a summit."""
    text, s0 = m.sentence.text, m.sentence.start
    if m.kind != "verb" or m.trigger.lower() not in _RECEIVED or not _PASSIVE_BEFORE.search(text, 0, m.start - s0):
        return False
    host = next((p for p in m.people if p.start >= m.end), None)
    if host is None or host.country is None or not _BY_AFTER.fullmatch(text, m.end - s0, host.start - s0):
        return False
    if any(p.country is not None for p in m.people if p.end <= m.start):
        return False  # (a visitor the data knows: two sides already)
    return _VISITORS_OFFICE.search(text, 0, m.start - s0) is not None
