"""Which event told before a new mention is the same meeting, and which is another one."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from .. import actors, places
from .. import regexes as rx
from ..mention.merging import SIDELINES_OPEN, attends_gathering_after_talks, places_compatible
from ..mention.pairs import pair_before
from ..mention.record import Mention
from .article_events import ArticleEvent
from .compatible import _compatible, _positive_match, _role_in, _week_holds_day
from .event_people import LEVEL_ROLES, RANK
from .event_sides import _pair_after
from .told_as import _earlier_one, _last_one, _speakers_today, _told_as_last, _trip_only

HOST_WORDS: Final = ("hosted", "hosts", "chaired", "chairs", "attended", "attends", "joined", "joins")


_YEAR_TOLD: Final = rx.compile(r"\b(?:in|of|since)\s+(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]{2,8}\.?\s+)?"
                               r"(?:19|20)\d\d\b(?!-)")  # "in August 2002", "in 2019"


def called_off_before(ev: ArticleEvent, m: Mention) -> bool:
    """A meeting word told as called off in a sentence that tells a year ("in August 2002, when Fox canceled a summit
    at the ranch") is another meeting than one told in another sentence as held on a day of the story's week ("Fox
    arrived Friday for a two-day visit with Bush"), none of whose words was told as called off: that one took place."""
    t = ev.timex
    return (m.cancelled and _YEAR_TOLD.search(m.sentence.text) is not None and ev.status == "held"
            and not ev.cancelled and t is not None and t.spec.year is None
            and (t.spec.weekday is not None or t.spec.rel_unit == "day")
            and all(x.sentence.start != m.sentence.start for x in ev.mentions))


def _same_event(ev: ArticleEvent, m: Mention, events: list[ArticleEvent]) -> ArticleEvent | None:
    """The event already told that this mention speaks of, if any."""
    latest_first = sorted(events, key=lambda e: e.mentions[-1].start, reverse=True)
    if ev.participants:  # "the BRICS Summit is being held in Kazan from October 22-24", then "Modi and Xi will hold a
        latest_first = [old for old in latest_first if not _summit_of_many(old)]  # meeting on its sidelines"
    elif _of_a_series_alone(ev) and _calendar_day(ev):  # "Putin said at a meeting with Sassou Nguesso", then "The
        latest_first = [old for old in latest_first if old.series or not old.participants]  # second Russia-Africa
        # Summit took place in St. Petersburg from July 27-28": the summit of many, on its own days, not their meeting;
        # so are a series' meetings of any level ("In addition to the G20 meetings on 9 September")
    if _EARLIER_ROUND.search(m.sentence.text, 0, m.start - m.sentence.start):  # "Before the first round of the
        latest_first = [old for old in latest_first if old.status != "planned"]  # Jeddah talks were suspended"
    after = m.sentence.text[m.end - m.sentence.start:].lstrip().lower()
    pairs = not (m.trigger.lower() in HOST_WORDS and after.startswith(("the ", "their ")))  # "Qin hosted the meeting"
    if m.apart:  # "and a meeting with Vice President Harris": not a meeting told before without her
        latest_first = [old for old in latest_first if set(ev.participants) <= set(old.participants)]
    if len(ev.participants) >= 2 and _separately(m):  # "After the summit, Zelensky is to separately meet with Putin":
        latest_first = [old for old in latest_first if set(old.participants) == set(ev.participants)]  # not the summit
    if _talks_besides(ev, m):  # "Putin has arrived in Minsk to take part in a meeting of the Supreme State Council ...
        latest_first = [old for old in latest_first if not old.series]  # In addition, the Russian leader and
        # Lukashenko also plan to hold talks": talks of their own beside the series' meeting
    if (at := attends_gathering_after_talks(m)) is not None:  # "for talks with Wang and to take part in the meeting
        latest_first = [old for old in latest_first  # of Foreign Ministers of the SCO": not the talks told before it
                        if not any(x.sentence.start == m.sentence.start and x.end <= at for x in old.mentions)]
    if _of_several_sides(m):  # "In addition to the trilateral summit, the Mexican president will hold private
        latest_first = [old for old in latest_first if not _bilateral_only(old)]  # meetings": not a bilateral told
    latest_first = [old for old in latest_first if not _also_met_another(old, m) and not _later_with_another(old, m)
                    and not _fewer_sides(old, ev) and not _next_one_with_another(old, m)
                    and not _another_counterpart(old, ev, m) and not _on_its_sidelines(old, ev, m)]
    if not (ev.timex or m.place):
        goes_on = _goes_on(m)  # "The two leaders said they would continue to hold informal talks later in the evening"
        cands = [old for old in latest_first if _compatible(old, ev, mind_status=not (m.definite or goes_on),
                                                            mind_pairs=pairs, any_type=goes_on)
                 and (not goes_on or m.start - old.mentions[-1].end <= 2 * RECENT)
                 and not (old.mentions[0].apart and not set(old.participants) <= set(ev.participants))
                 and not _new_side(old, ev, m) and not _plan_of_past(old, ev) and not _another_sitting(old, ev, m)]
        # ("The summit's agenda" after "... and a meeting with Harris" is not that meeting)
        if not cands and m.definite and _ATTENDED.search(m.sentence.text):
            # "The meeting was attended by X" right after it is told: X took part
            cands = [old for old in latest_first if m.start - old.mentions[-1].end <= RECENT and not old.guests
                     and _compatible(old, ev, mind_status=False, mind_people=False) and not _new_side(old, ev, m)]
            # (not one of a round of bilaterals: "The meeting of the SCO was also attended by" is the SCO's)
        return _salient(cands, m)
    told = _told_in_its_sentence(ev, m, latest_first)
    if told is not None:
        return told
    if ev.timex is not None and len(ev.participants) >= 2 and _of_today(m):
        said = next((old for old in latest_first if set(old.participants) == set(ev.participants)
                     and old.type == ev.type and old.status == "held" and old.timex is not None
                     and (old.timex.spec.day is not None or old.timex.spec.weekday is not None)), None)
        if said is not None and m.start - said.mentions[-1].end <= 2 * RECENT:
            return said  # "held talks in Moscow on Thursday" ... Lavrov: "today's meeting will be very productive"
    quoted = next((old for old in latest_first if _speakers_today(old, ev)), None)
    if quoted is not None:
        return quoted
    for old in latest_first:
        if _also_attended(old, ev, m):
            return old  # "A and B will meet next week ..." then "Tuesday's summit also will be attended by C and D"
        if not _compatible(old, ev, mind_pairs=pairs, mind_status=not _plan_took_place(old, ev, m)):
            continue
        if _below_its_level(old, ev, m):
            continue  # "the meeting of the Foreign Ministers on July 15" is not the foreign secretary's call on one
        if bilateral_at_summit(old, ev):
            continue
        if ev.timex and old.timex:
            if _positive_match(old, ev) or (m.pointed and ev.timex.spec.month is None and _same_sides(old, ev)):
                return old  # ("This visit is a major event of this year": the visit told, its year holding its day)
            if m.definite and not (old.participants or ev.participants) and old.status == ev.status == "planned" \
                    and _week_holds_day(old.timex, ev.timex):
                return old  # "talks in Kazakhstan next week" ... "the talks, which will begin on 28th of this month"
        elif _earlier_one(m, ev):
            continue  # "The last visit by a Portuguese President to India was in 2007": not the visit told, undated
        elif _last_one(m) and not _told_as_last(old) and ev.status == old.status == "held":
            continue  # "Since ... Biden's last meeting in the White House": not the meeting the article tells
        elif (m.definite and _same_sides(old, ev)) or _positive_match(old, ev) or _bare_same_people(old, ev):
            return old
    if not ev.participants and _of_today(m):
        # "met his Jordanian counterpart in Riyadh ... 'In today's meeting, we discussed ...'": that meeting, today
        return next((old for old in latest_first if old.timex is None and old.status == "held" and old.participants
                     and m.start - old.mentions[-1].end <= RECENT), None)
    return None


def _compound_of_many(m: Mention) -> tuple[str, ...]:
    """The three countries or more of a compound told with the meeting word ("the Turkey-Pakistan-Azerbaijan
    trilateral", "the Meeting of Turkey-Pakistan-Azerbaijan Foreign Ministers")."""
    return next((pair for pair in (pair_before(m), _pair_after(m)) if len(pair) >= 3), ())


def _fewer_sides(old: ArticleEvent, ev: ArticleEvent) -> bool:
    """"The Trilateral Meeting of Turkey-Pakistan-Azerbaijan Foreign Ministers", then "his visit" or "talks with his
    Pakistani counterpart" of two of its sides, told with their people or places: not the meeting of the three (a
    side its compound names that none of its people is of)."""
    told = {c for m in old.mentions for c in _compound_of_many(m)}
    if not told or not (ev.participants or ev.named or ev.location):
        return False
    return bool(told - {*ev.named, *ev.sides, *old.countries})


# "His first meeting in Oslo was with", "The next meeting will be with": one of a visit's meetings in turn
_ORDINAL_BEFORE: Final = rx.compile(r"\b(?:first|second|third|fourth|next|final)\s+(?:[\w-]+\s+)?$", re.I)
_WAS_WITH: Final = rx.compile(r"(?:\s+(?:in|at|on)\s+[^,;.]{0,40}?)?\s+(?:was|is|were|will\s+be)\s+with\s+")


def _next_one_with(m: Mention) -> str | None:
    """Who a meeting told by its place in a visit's order was with ("His first meeting in Oslo was with the Prime
    Minister, Erna Solberg"), if anyone."""
    text, s0 = m.sentence.text, m.sentence.start
    said = _WAS_WITH.match(text, m.end - s0)
    if m.kind != "noun" or said is None or not _ORDINAL_BEFORE.search(text, 0, m.start - s0):
        return None
    return next((p.person for p in m.people if p.start >= s0 + said.end()), None)


def _next_one_with_another(old: ArticleEvent, m: Mention) -> bool:
    """"His first meeting in Oslo was with the Prime Minister, Erna Solberg": a meeting told by its place in a
    visit's order and who it was with, someone the meeting before did not have, is another meeting."""
    guest = _next_one_with(m)
    return guest is not None and bool(old.participants) and guest not in old.participants


def of_more_sides(a: ArticleEvent, b: ArticleEvent) -> bool:
    """Whether one of the two is a meeting of more sides, told by its compound, than the other has."""
    return _fewer_sides(a, b) or _fewer_sides(b, a)


def _also_met_another(old: ArticleEvent, m: Mention) -> bool:
    """"Prince Faisal also met with Kuwait's Crown Prince" after his meeting with the Amir: a meeting told with
    "also" and someone the meeting before did not have, the verb's object right after it, is another meeting (not
    "was also received by King Felipe" on the visit told: a reception of the visitor, of the visit)."""
    text, s0 = m.sentence.text, m.sentence.start
    during = _VISIT_OPENS.match(text) is not None and len(old.participants) >= 2  # (not the visitor alone)
    if m.definite or not (_ANOTHER_BEFORE.search(text, 0, m.start - s0) or during) or _BY_AFTER.match(text, m.end - s0):
        return False
    guest = next((p for p in m.people if p.start >= m.end), None)  # the verb's object, right after it
    if guest is None or guest.start - m.end > 80 or _NOT_THE_OBJECT.search(text, m.end - s0, guest.start - s0):
        return False  # ("also meet U.S. parliament leaders and attend a luncheon hosted by Biden": not Biden)
    return bool(old.participants) and guest.person not in old.participants


def _another_counterpart(old: ArticleEvent, ev: ArticleEvent, m: Mention) -> bool:
    """"Rouhani later met Prime Minister Adel Abdul-Mahdi" after his talks with President Barham Salih: a meeting told
    anew (not "the meeting") of the same two countries, one side's person the same and the other side's another, is
    another meeting (the visitor's call on a second host), not the first one told again."""
    if m.definite:
        return False
    sides_old, sides_new = _one_per_country(old.participants), _one_per_country(ev.participants)
    if sides_old is None or sides_new is None or set(sides_old) != set(sides_new):
        return False
    other = [sides_new[c] for c in sides_old if sides_old[c] != sides_new[c]]
    if len(other) != 1:
        return False
    text, s0 = m.sentence.text, m.sentence.start  # the other one met by this verb, not by another ("meet congressional
    told = next((p for p in m.people if p.person == other[0]), None)  # leaders and then tour a factory with Biden")
    return told is None or told.start < m.end or not _NOT_THE_OBJECT.search(text, m.end - s0, told.start - s0) \
        or _TALKS_WITH_BEFORE.search(text, m.end - s0, told.start - s0) is not None
    # ("during Zarif's visit to Ankara and his talks with Turkish President Erdogan": met by a meeting word of his own)


# the person right after "and his talks with", "and a meeting with": the object of a meeting word of the visit's
_TALKS_WITH_BEFORE: Final = rx.compile(r"\band\s+(?:his|her|their|a|the)\s+(?:[\w-]+\s+)?(?:talks|meetings?)\s+with\s+"
                                       r"(?:[A-Z][\w.'’-]*\s+){0,4}$")


def _one_per_country(names: list[str]) -> dict[str, str] | None:
    """Two people of two countries, one each, by country; None otherwise."""
    people = actors.index().by_name
    by: dict[str, str] = {}
    for n in names:
        c = people[n].country if n in people else None
        if c is None or c in by:
            return None
        by[c] = n
    return by if len(by) == 2 else None


_BY_AFTER: Final = rx.compile(r"\s+by\b")


def _later_with_another(old: ArticleEvent, m: Mention) -> bool:
    """"Erdogan received Putin ... Later in the day, the presidents -- to be joined by Iranian President Rouhani --
    will gather for the fifth summit on Syria": a gathering told as later that day, with someone the meeting before
    did not have, is another meeting (not "Later in the day, the two leaders held further talks")."""
    if not old.participants or not _LATER_OPENS.match(m.sentence.text):
        return False
    return any(p.person not in old.participants for p in m.people)


# a sentence opening with a later (or earlier) time of the same day: "Later in the day,", "In the evening,"
_LATER_OPENS: Final = rx.compile(r"\s*(?:(?:Later|Earlier)\s+(?:in\s+the\s+day|that\s+day|in\s+the\s+"
                                 r"(?:morning|afternoon|evening))|In\s+the\s+(?:afternoon|evening))\s*,", re.I)
# "During the visit, Mohammed bin Salman met with ...": a meeting told as one of the visit's, its subject then a verb
_VISIT_OPENS: Final = rx.compile(r"\s*(?:During|In\s+the\s+course\s+of)\s+(?:the|his|her|their|this)\s+"
                                  r"(?:[\w-]+\s+){0,2}?(?:visit|trip|stay|tour)\b", re.I)
# "also met", "later met", "separately held talks with": told as another meeting than the one before
_ANOTHER_BEFORE: Final = rx.compile(r"\b(?:also|later|separately|subsequently|afterwards)\s+(?:[\w-]+\s+){0,3}$", re.I)
_NOT_THE_OBJECT: Final = rx.compile(r"\b(?:and|but|then|before|after|while|by)\s+(?-i:[a-z])|[;:]")


# the meeting told just before, told as going on or as its next part: "would continue to hold informal talks later in
# the evening", "This will be followed by a delegation meeting", "The Leaders will then have a retreat", "In remarks
# before the meetings began"
_GOES_ON: Final = rx.compile(r"\b(?:continue|continued|continues|continuing)\s+(?:to\s+)?(?:hold\s+|have\s+)?"
                             r"(?:their\s+)?(?:[\w-]+\s+)?$|\bfollowed\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$|"
                             r"\b(?:will|would|shall)\s+then\s+(?:have|hold)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}$|"
                             r"\bbefore\s+the\s+$", re.I)
_GOES_ON_AFTER: Final = rx.compile(r"\s+(?:later\s+(?:in|that)\s+the\s+(?:day|evening|afternoon|night)\b|"
                                   r"(?:began|begin|started|start)\b)", re.I)


def _goes_on(m: Mention) -> bool:
    """A meeting word told as the going on or the next part of a meeting ("continue to hold talks later in the
    evening", "followed by a delegation meeting", "before the meetings began"): that meeting, whatever its tense."""
    text, at = m.sentence.text, m.sentence.start
    before = text[max(0, m.start - at - 60):m.start - at]
    after = text[m.end - at:]
    hit = _GOES_ON.search(before)
    if hit is None:
        return False
    return not hit.group(0).lower().startswith("before") or _GOES_ON_AFTER.match(after) is not None


def bilateral_at_summit(old: ArticleEvent, ev: ArticleEvent) -> bool:
    """"The SCO summit opens in Bishkek on Thursday, with Putin to hold bilateral talks on its sidelines with the
    leaders of India and Iran" ... "Putin is first scheduled to hold talks with Modi": a meeting of two of the
    summit's countries, no summit named, is a meeting of its own on the sidelines."""
    return bool(old.series) and not ev.series and (
        (len(set(ev.countries)) == 2 and set(ev.countries) < {*old.countries, *old.named}) or _told_bilateral(ev)
        or any(_talks_besides(ev, m) for m in ev.mentions))


_BILATERAL_BEFORE: Final = rx.compile(r"\bbilateral\s+(?:[\w-]+\s+)?$", re.I)


def _told_bilateral(ev: ArticleEvent) -> bool:
    """"Prime Minister Bainimarama is expected to hold bilateral talks with Prime Minister Modi during his visit to
    India", after "will join Pacific leaders ... at the second FIPIC Summit": a meeting told as bilateral is one of its
    own beside a summit of a series (though the summit names only the two countries)."""
    return any(_BILATERAL_BEFORE.search(m.sentence.text, max(0, m.start - m.sentence.start - 30),
                                        m.start - m.sentence.start) for m in ev.mentions)


def _below_its_level(old: ArticleEvent, ev: ArticleEvent, m: Mention) -> bool:
    """A meeting told by its level alone (no one named), with its date, and an undated meeting told before of someone
    below that level: two meetings ("Rao will also call on Foreign Minister Qureshi" and "the meeting of the Foreign
    Ministers on July 15")."""
    if m.people or ev.timex is None or old.timex is not None or m.level not in ("ministerial", "summit"):
        return False
    below = {r for lv in RANK[:RANK.index(m.level)] for r in LEVEL_ROLES[lv]} - set(LEVEL_ROLES[m.level])
    return any(_role_in(p, old) in below for p in old.participants)


_IN_ADDITION: Final = rx.compile(r"\W*(?:In\s+addition|Besides|Additionally|Separately)\s*,", re.I)


def _talks_besides(ev: ArticleEvent, m: Mention) -> bool:
    """Talks of two people or more, told as more than what was told before ("In addition, the Russian leader and
    Belarusian President Alexander Lukashenko also plan to hold talks"; "Putin will also hold talks with
    Lukashenko"), no series named with them: talks of their own, not the meeting of a series told before (a word of
    talks: not "also attended the summit", nor "also met", which _also_met_another reads by who was met)."""
    if len(ev.participants) < 2 or ev.series or m.definite or "talk" not in m.trigger.lower():
        return False
    text, s0 = m.sentence.text, m.sentence.start
    return _IN_ADDITION.match(text) is not None or _ALSO_RIGHT_BEFORE.search(text, 0, m.start - s0) is not None


_ALSO_RIGHT_BEFORE: Final = rx.compile(r"\balso\s+(?:(?:plan|plans|planned|expected|scheduled|due|set|going)\s+to\s+|"
                                       r"(?:will|would|to)\s+)?(?:hold|have)?\s*$", re.I)


def _of_a_series_alone(ev: ArticleEvent) -> bool:
    """A meeting of a series told alone, no one and no side named, of any level ("the G20 meetings on 9 September")."""
    return bool(ev.series) and not ev.participants and not ev.sides


def _calendar_day(ev: ArticleEvent) -> bool:
    """Told with a day of the calendar ("from July 27-28", "on 12 February"): its own days, not a weekday of a story."""
    return ev.timex is not None and ev.timex.spec.month is not None and ev.timex.spec.day is not None


def _on_its_sidelines(old: ArticleEvent, ev: ArticleEvent, m: Mention) -> bool:
    """A summit of a series someone attended, and a meeting told on its sidelines with someone of a country none of
    its people is of: a meeting of its own ("Marcos attended the ASEAN Summit in Jakarta ... On the sidelines of the
    summit, Marcos also held talks with Japanese Prime Minister Fumio Kishida")."""
    said = SIDELINES_OPEN.match(m.sentence.text)
    if not old.series or ev.series or said is None or m.start - m.sentence.start < said.end():
        return False
    return len(set(ev.countries)) >= 2 and not set(ev.countries) <= set(old.countries)


def gathering_beside(a: ArticleEvent, b: ArticleEvent) -> bool:
    """One of the two is a gathering attended by a predicate of its own after the other's talks in the same sentence
    ("for talks with Wang and to take part in the meeting of Foreign Ministers of the SCO"): two meetings."""
    return any(x.sentence.start == y.sentence.start and (at := attends_gathering_after_talks(y)) is not None
               and x.end <= at for one, other in ((a, b), (b, a)) for x in one.mentions for y in other.mentions)


def _summit_of_many(ev: ArticleEvent) -> bool:
    """A summit of a series told alone, no one and no side named: the summit of many, not a meeting held there."""
    return bool(ev.series) and not ev.participants and not ev.sides and ev.type == "summit"


def _told_in_its_sentence(ev: ArticleEvent, m: Mention, events: list[ArticleEvent]) -> ArticleEvent | None:
    """"A and B agreed on Thursday to open a new chapter ... during A's first visit to Athens": an undated meeting of
    the same two people or more that the sentence has just told is that meeting, not a second one."""
    if len(ev.participants) < 2 or m.apart:
        return None
    if ev.timex is not None:
        return _dated_after_in_its_sentence(ev, m, events)
    return next((old for old in events if any(x.sentence.start == m.sentence.start for x in old.mentions)
                 and set(old.participants) == set(ev.participants) and _compatible(old, ev)
                 and places_compatible(old.location, ev.location)), None)


def _dated_after_in_its_sentence(ev: ArticleEvent, m: Mention, events: list[ArticleEvent]) -> ArticleEvent | None:
    """"A and B are meeting for talks in Paris on Wednesday": the meeting word told first, with no date or place of
    its own, is the meeting the dated one after it in the same sentence tells (one meeting, not an undated second);
    not a meeting told as past before a plan ("A and B, who met before, will hold talks on Friday")."""
    return next((old for old in events if old.timex is None and old.location is None
                 and all(x.sentence.start == m.sentence.start and x.end <= m.start for x in old.mentions)
                 and set(old.participants) == set(ev.participants) and old.type == ev.type
                 and (old.status == ev.status or not old.status_marked
                      or all(x.progressive for x in old.mentions))), None)


# a sentence told as before or after the one told, or beside it: "Earlier, Bayramov met Fidan to discuss ...", "A day
# earlier, Khan also met ..." (a day counted from the meeting told before: see date_by_sequence)
_SEQUENCE_OPEN: Final = rx.compile(r"\s*(?:(?:Earlier|Before\s+that|Prior\s+to\s+that|Later|Afterwards|After\s+that|"
                                   r"Separately)(?:\s+(?:in|on|that|the)\s+(?:the\s+)?(?:day|morning|afternoon|"
                                   r"evening))?\s*,|(?:On\s+)?(?:(?:A|One|Two|Three)\s+days?\s+(?:earlier|later|before|after)|"
                                   r"[Tt]he\s+(?:day\s+(?:before|after)|(?:previous|next|following)\s+day))\s*,)")


_SEPARATELY: Final = rx.compile(r"\bseparate(?:ly)?\b", re.I)
SEPARATELY_REACH: Final = 25  # characters either side of a meeting word that "separately" may stand


def _separately(m: Mention) -> bool:
    """"is scheduled to separately meet with Putin", "will meet separately with Sullivan", "held separate talks with
    Li": a meeting apart from the gathering just told, of its own people only."""
    s0 = m.sentence.start
    return _SEPARATELY.search(m.sentence.text, max(0, m.start - s0 - SEPARATELY_REACH),
                              m.end - s0 + SEPARATELY_REACH) is not None


_EARLIER_ROUND: Final = rx.compile(r"\b(?:first|previous|last|earlier|prior)\s+(?:round|session)\s+of\s+"
                                   r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


# "Hasina is also scheduled to meet", "He also held talks with": "also" right before the meeting word, in a sentence
# that tells it apart ("separate talks", "in the afternoon"); not "was also received by the President" of the visit
_ALSO_BEFORE: Final = rx.compile(r"\balso\s+(?:[\w-]+\s+){0,3}$", re.I)
_ALSO_MET: Final = rx.compile(r"\balso\s+(?:[\w-]+\s+){0,2}(?:met|meets|meet|held|holds|hold|had|has|called\s+on|"
                              r"calls\s+on|call\s+on)\b", re.I)
_APART_TOLD: Final = rx.compile(r"\b(?:separate(?:ly)?|in\s+the\s+(?:morning|afternoon|evening)|later|earlier|"
                                r"before\s+(?:departing|leaving|returning))\b", re.I)


# "had discussed bilateral cooperation ... with Kamilov later that day": a sitting of its own that day
# ("The same day, Vo Van Thuong hosted a state luncheon for the US President", "on the same day"; not "the same day as
# his arrival", a day counted from something else)
_SAME_DAY_APART: Final = rx.compile(r"\b(?:(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+day\b|"
                                    r"(?:that|the)\s+same\s+day\b(?!\s+as\b))", re.I)


def _another_sitting(old: ArticleEvent, ev: ArticleEvent, m: Mention) -> bool:
    """A meeting told after "Earlier," or "Separately," or "later that day", or as "also" met, with someone the
    meeting before did not have is another one ("Erdogan received Bayramov ... Earlier, Bayramov met Fidan",
    "Hasina is also scheduled to meet President Kovind" after her talks with Modi)."""
    text = m.sentence.text
    told = bool(_SEQUENCE_OPEN.match(text) or _SAME_DAY_APART.search(text) or (
        (_ALSO_BEFORE.search(text, 0, m.start - m.sentence.start) or _ALSO_MET.search(text))
        and _APART_TOLD.search(text)))
    return told and bool(set(ev.participants) - set(old.participants))


_TODAYS: Final = rx.compile(r"\b(?:today|yesterday|tonight)['’]s\s+(?:[\w-]+\s+){0,2}$", re.I)
_OUR: Final = rx.compile(r"\b(?:our|this)\s+(?:[\w-]+\s+)?$", re.I)
_TODAY_AFTER: Final = rx.compile(r"\s+(?:today|tonight)\b", re.I)


def _of_today(m: Mention) -> bool:
    """"today's meeting", and a speaker's "our meeting today" / "this meeting today": the meeting the speaker is at."""
    text, s0 = m.sentence.text, m.sentence.start
    return bool(_TODAYS.search(text, 0, m.start - s0)
                or (_OUR.search(text, 0, m.start - s0) and _TODAY_AFTER.match(text, m.end - s0)))


def _plan_of_past(old: ArticleEvent, ev: ArticleEvent, anchor: date | None = None) -> bool:
    """A plan told without a date ("We will make preparations for a visit by Mr. Putin to Japan") is not the
    meeting held on a day already past ("Gist of Japan-Russia summit, Nov. 15" in an article of Nov. 17)."""
    t = old.timex
    if not (ev.status == "planned" and ev.status_marked and old.status == "held" and t is not None
            and t.spec.day is not None):
        return False
    return t.direction < 0 or bool(anchor and t.value and len(t.value) == 10 and t.value < anchor.isoformat())


def _new_side(old: ArticleEvent, ev: ArticleEvent, m: Mention) -> bool:
    """"He will hold a bilateral meeting with his Italian counterpart" after "meeting Biden and Hasina on Friday":
    a meeting told anew (not "the meeting") with someone of a country the meeting before did not have is another."""
    after = m.sentence.text[m.end - m.sentence.start:].lstrip().lower()
    if len(old.participants) < 2 or not old.countries:
        return False
    if set(_compound_of_many(m)) - {*old.countries, *old.named}:  # "will also attend the Trilateral
        return True  # Meeting of Turkey-Pakistan-Azerbaijan Foreign Ministers": its own parties, one of them new
    if _more_sides_told(m, old) and set(ev.countries) - set(old.countries):
        return True  # "They were then joined by X's Prime Minister for the trilateral meeting": not the bilateral
    if m.definite or after.startswith(("the ", "their ", "this ", "that ")):  # "Qin Gang hosted the meeting"
        return False
    if m.apart and set(ev.sides) - set(old.countries):  # "hold talks with Rouhani and meet ... with the
        return True  # leaders of China and Mongolia": a predicate of its own, with countries the one before lacks
    if set(_guest_countries(m)) - {*old.countries, *old.sides}:
        return True  # "He will also hold a meeting with the leader of Mauritius": a guest of a country it lacks
    return bool(set(ev.countries) - set(old.countries))


# the guest of a meeting word told by his country and office, no name: "a meeting with the leader of Mauritius", "talks
# with the Japanese prime minister", "met the president of Ghana"
_GUEST_OF_COUNTRY: Final = rx.compile(
    r"\s+(?:with\s+)?(?:the|his|her|their)\s+(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:leader|president|prime\s+minister|premier|"
    r"chancellor|king|emir|counterpart|foreign\s+minister)\b|(?:leader|leaders|president|presidents|prime\s+ministers?|"
    r"premier|chancellor|king|emir|foreign\s+ministers?)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,4})")


def _guest_countries(m: Mention) -> list[str]:
    """The countries of the guest told right after the meeting word by office alone ("with the leader of
    Mauritius", "with the Japanese prime minister"), no one named in it."""
    said = _GUEST_OF_COUNTRY.match(m.sentence.text, m.end - m.sentence.start)
    s0 = m.sentence.start
    if said is None or any(s0 + said.start() <= p.start < s0 + said.end() for p in m.people):
        return []
    adjectives = [c for w in said.group(0).split() if (c := places._adjective_country().get(w))]
    return [*places.countries_in(said.group(0)), *adjectives]


def _more_sides_told(m: Mention, old: ArticleEvent) -> bool:
    """A meeting word told as "trilateral", "three-way", the meeting before told so nowhere."""
    return _of_several_sides(m) and not any(_SEVERAL_SIDES.search(x.sentence.text) for x in old.mentions)


def _bilateral_only(old: ArticleEvent) -> bool:
    """A meeting of two countries, told nowhere as of three sides or more ("will meet for the first time with his US
    counterpart, Joe Biden"): no "trilateral summit" told after it is that one."""
    return len({*old.countries, *old.sides}) == 2 and not any(_SEVERAL_SIDES.search(x.sentence.text)
                                                              for x in old.mentions)


def _of_several_sides(m: Mention) -> bool:
    """"for the trilateral meeting", "a three-way summit": the meeting word told as of three sides or more."""
    s0 = m.sentence.start
    return _SEVERAL_SIDES.search(m.sentence.text, max(0, m.start - s0 - 25), m.start - s0) is not None


def _same_event_of_a_side(ev: ArticleEvent, m: Mention, events: list[ArticleEvent]) -> ArticleEvent | None:
    """An undated retelling whose only place is one side's own country ("invest in Georgia", "citizens in Malaysia")
    after the two met in Baku: the one dated meeting of the same people told before, that country being what they
    spoke of, not where."""
    place = ev.location
    if ev.timex is not None or place is None or place.kind != "country" or place.name not in ev.sides \
            or len(set(ev.sides)) < 2 or len(ev.participants) < 2 or _last_one(m) or _place_of_the_word(m):
        return None
    told = [old for old in events if old.timex is not None and old.type == ev.type and not _trip_only(old)
            and set(old.participants) == set(ev.participants)
            and not (old.status_marked and ev.status_marked and old.status != ev.status)]
    return told[0] if len(told) == 1 else None


_OWN_PLACE: Final = rx.compile(r"\s*(?:to|in|of)\s+(?:the\s+)?$", re.I)


def _place_of_the_word(m: Mention) -> bool:
    """"Akufo-Addo's visit to Cote d'Ivoire": the country is where the meeting word itself took place."""
    at = m.place.start if m.place is not None else -1
    return at >= m.end and _OWN_PLACE.fullmatch(m.sentence.text[m.end - m.sentence.start:at - m.sentence.start]) \
        is not None


def _bare_same_people(old: ArticleEvent, ev: ArticleEvent) -> bool:
    """A meeting told first of its people only ("Meeting between Vucic and Orban"), then with its place or day
    ("Orban arrived in Belgrade, where he met Vucic") right after: one meeting, when the same people meet."""
    return (old.timex is None and old.location is None and len(old.participants) >= 2
            and set(old.participants) == set(ev.participants)
            and any(len(m.people) >= 2 or (m.people and _office_of_country(m)) for m in old.mentions)
            and ev.mentions[0].start - old.mentions[-1].end <= RECENT)  # named, not "the leaders" of the story


# "Kazakh President held talks with ...": an office of a named country, one person, as good as a name
_COUNTRY_OFFICE: Final = rx.compile(r"^\s*(?:The\s+)?[A-Z][\w'’-]+\s+(?:President|Prime\s+Minister|Chancellor|Premier|"
                                    r"Foreign\s+Minister|King|Emir)\s+(?:held|holds|met|meets|hosted|hosts|received|"
                                    r"receives|welcomed|welcomes)\b")


def _office_of_country(m: Mention) -> bool:
    """A meeting whose subject is a country's office, no name ("Kazakh President held talks with Orban"), the
    country's office holder its participant."""
    return _COUNTRY_OFFICE.match(m.sentence.text) is not None and all(p.start >= m.start for p in m.people)


def _plan_took_place(old: ArticleEvent, ev: ArticleEvent, m: Mention) -> bool:
    """"was invited to meet Pence in Washington" ... "The meeting took place on Monday, September 30, 2019": the
    meeting planned before, undated, took place on the day the definite mention gives."""
    return (m.definite and old.timex is None and old.status == "planned" and ev.status == "held"
            and ev.status_marked and ev.timex is not None and ev.timex.spec.day is not None
            and ev.timex.spec.month is not None
            and not _THE_ONE_BEFORE.search(m.sentence.text, 0, m.start - m.sentence.start))


# "the last Armenian-Azerbaijani summit held on April 6", "their previous meeting on May 3": a meeting told as the one
# before, a word or two between, is not the plan told before having taken place
_THE_ONE_BEFORE: Final = rx.compile(r"\b(?:last|previous|prior|earlier|recent)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _same_sides(old: ArticleEvent, ev: ArticleEvent) -> bool:
    """"the meeting" names no country the meeting told before does not have ("his meeting with US President George
    Bush next week" is not the Berlin summit of France, Germany and Britain)."""
    return not old.countries or set(ev.countries) <= set(old.countries)


_ATTENDED: Final = rx.compile(r"\b(?:attended|joined|took\s+part|participat(?:ed|ing)|participation|sat\s+in|"
                             r"(?:co-?)?(?:hosted|chaired)\s+by)\b")  # "The talks were hosted by Medvedev": he too
RECENT = 300  # characters: "the meeting" right after a meeting is told means that one


def _salient(cands: list[ArticleEvent], m: Mention) -> ArticleEvent | None:
    """What "the meeting" refers to: the meeting just told of, else the one the article tells most of."""
    if not cands:
        return None
    recent = [e for e in cands if m.start - e.mentions[-1].end <= RECENT]
    if recent:
        return recent[0]
    return max(cands, key=lambda e: len(e.mentions))


def _also_attended(old: ArticleEvent, ev: ArticleEvent, m: Mention) -> bool:
    """"Tuesday's summit also will be attended by C and D" right after "A and B will meet next week": the meeting
    just told, named by its day (a definite meeting told with who else attends it), its people the more."""
    if not (m.definite and old.timex and ev.timex and old.type == ev.type and old.status == ev.status):
        return False
    if m.start - old.mentions[-1].end > RECENT or not _ATTENDED.search(m.sentence.text, m.end - m.sentence.start):
        return False
    return old.timex.value == ev.timex.value or _week_holds_day(old.timex, ev.timex)


_SEVERAL_SIDES: Final = rx.compile(r"\b(?:trilateral|three-way|four-way|quadrilateral|tripartite)\b", re.I)
