"""What the words around a meeting word tell of it: one event or many, told before, negated, a tour."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .. import places
from .. import regexes as rx
from ..dates import Timex
from ..vocab import load
from .levels import _level_in, _own_level
from .lists import _countries_listed
from .reading import _Reading
from .record import VISIT_WORDS, Mention
from .sittings import _COMMISSION
from .status import _TIMES, _read_status

_BILATERAL_BEFORE: Final = rx.compile(r"\bbilateral\s+$", re.I)
_WITH_AFTER: Final = rx.compile(r"[^.;:]{0,60}?\bwith\b")


def _round_of_bilaterals(m: Mention, text: str, rel: int) -> bool:
    """"has held 11 bilateral meetings with his counterparts, including Iran, Bulgaria and Turkey": a count of the
    meetings of a round whose guests it lists, one meeting each (guest_rounds._bilaterals), not many meetings untold."""
    end = rel + len(m.trigger)
    if m.kind != "noun" or not m.trigger.lower().endswith("s") or not _BILATERAL_BEFORE.search(text, 0, rel):
        return False
    if not _WITH_AFTER.match(text, end):
        return False
    guests = {p.person for p in m.people if p.start >= m.end}
    return len(guests) + len(places.countries_in(text[end:])) >= 2


_ROUNDS_AFTER: Final = rx.compile(r"\s+(?:more\s+than\s+one|multiple|several|many|numerous|\d+|two|three|four|five|six)"
                                  r"\s+(?:[\w-]+\s+)?rounds?\s+of\b")
_COUNT: Final = rx.compile(r"(?<![+\w])(?<!of\s)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"dozens?|several|many|numerous)\s+(?!party\b)(?:[\w-]+\s+)?$")  # not "six party talks"
_DEFINITE: Final = rx.compile(r"\b(?:the|their|that|this|his|her)\s+(?:[\w-]+\s+){0,3}$"  # and "Friday's meeting":
                              r"|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)['’]s\s+(?:[\w-]+\s+){0,2}$",
                              re.I)  # a meeting the reader knows of, dated
def _words_of(key: str, which: str) -> str:
    """Words of data/meeting_words.json's `key`, list `which`, as an alternation; any spaces in them any run of
    spaces."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in load().words[key][which])


@lru_cache(maxsize=1)
def _office_the() -> re.Pattern[str]:
    """An office told as the subject of a meeting verb: "The Prime Minister also met", "the External Affairs Minister
    met" (subjects_of_a_meeting_verb's titled offices, in any case)."""
    return rx.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?i:" + _words_of("subjects_of_a_meeting_verb", "titled")
                      + r")\s+(?:(?-i:[a-z]+)\s+){0,2}$")


@lru_cache(maxsize=1)
def _subject_before_verb() -> re.Pattern[str]:
    """"the Spanish FM met with ...", "the two ministers held talks": "the" of the verb's subject, no meeting told
    before (subjects_of_a_meeting_verb's plain words, in any case)."""
    return rx.compile(r"\b(?:the|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:"
                      + _words_of("subjects_of_a_meeting_verb", "plain") + r")\s+$", re.I)


# "began the day holding back-to-back bilaterals", "spent the week with talks": "the" is the time's, not the meeting's
# "I believe your visit will further promote ...", said to the guest during the visit: the visit under way (not "your
# visit next year", "your visit to Beijing in June")
_YOUR_VISIT: Final = rx.compile(r"\byour\s+(?:current\s+|present\s+|ongoing\s+|official\s+|state\s+)?$", re.I)
_VISIT_AHEAD: Final = rx.compile(r"(?:\s+to\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+"
                                 r"(?:next|later|in\s+[A-Z]|on\s+[A-Z]|this\s+(?:coming|autumn|fall|spring|summer|winter))")
_TIME_NP_BEFORE: Final = rx.compile(r"\b(?:the|that|this)\s+(?:day|week|weekend|morning|afternoon|evening)\s+"
                                    r"(?:(?!(?:the|that|this|their|his|her)\b)[\w-]+\s+){1,2}$", re.I)
# (not "the day before the summit": the summit is "the" one)
_POINTED: Final = rx.compile(  # "regarding this visit", "at that meeting" (not "agreed that talks", "this week's")
    r"(?:\bth(?:is|ese)|\b(?:at|during|in|on|of|for|after|before|regarding|about|from|since)\s+th(?:at|ose))\s+"
    r"(?!(?:week|year|month|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b)"  # "President Buhari this Tuesday granted audience to ..."
    r"(?:[\w-]+\s+){0,2}$", re.I)


_AT_ALL_LEVELS: Final = rx.compile(r"\s+(?:at|on)\s+(?:all|every|various|different|the\s+highest\s+and\s+other)\s+"
                                   r"levels?\b", re.I)


def _read_words(m: Mention, r: _Reading, timexes: list[Timex], found: list[Mention]) -> None:
    sent, text = r.sent, r.text
    rel = m.start - sent.start
    prev = max((o.end - sent.start for o in found if o.end <= m.start), default=0)
    nxt = min((o.start - sent.start for o in found if o.start >= m.end), default=len(text))
    window = (max(0, rel - 70, prev, r.clause(m)[0] - sent.start), min(rel + len(m.trigger) + 25, nxt))
    m.level = _own_level(m.trigger) or _level_in(r, *window)
    if m.level is None and m.kind == "noun" and _OF_HEADS.match(text, rel + len(m.trigger)):
        m.level = "summit"  # "the 44th Regular Meeting of the Conference of Heads of Government of the Caribbean
        # Community", "the Ordinary Session of the Assembly of Heads of State and Government": a body of leaders sits
    if m.level is None and _JOINT_BODY.fullmatch(m.trigger):
        m.level = "ministerial"  # a sitting of two governments' joint commission, its co-chairs' ranks untold
    before = text[max(0, rel - 30):rel]
    # "24 summit talks", "three meetings": many events; "the two leaders met" counts the people, not meetings
    count = _COUNT.search(before) if m.kind == "noun" else None
    in_date = count is not None and any(t.start <= sent.start + max(0, rel - 30) + count.start() < t.end
                                        for t in timexes)
    listed_round = _round_of_bilaterals(m, text, rel)
    m.vague = count is not None and not in_date and not listed_round
    if m.kind == "verb" and _TIMES.match(r.lower, rel + len(m.trigger)):
        m.vague = True  # "has met Erdogan three times", "met twice this year": many meetings, not one
    if m.kind == "verb" and _ROUNDS_AFTER.match(r.lower, rel + len(m.trigger)):
        m.vague = True  # "Iraq has hosted more than one round of talks between Iran and Saudi Arabia": rounds
    if m.kind == "verb" and _FIRST_MET.search(r.lower, max(0, rel - 90), rel):
        m.vague = True  # "Motegi, the first foreign minister that Marsudi has met this year": a count of those met
    named = _PAIR_NAME_BEFORE.search(r.text, max(0, rel - 60), rel)  # "regular Japan-Republic of Korea Summit
    reach = named.start() if named else rel  # meetings": the words before the pair's name, which tells no time
    near = r.folded[max(0, reach - 30):rel]
    near = near[max((x.end() for x in _INDEFINITE.finditer(near)), default=0):]  # "each nation and a meeting"
    m.generic = bool(r.blind["vague"].search(near)) and not listed_round or bool(
        m.kind == "verb" and _WISHED.search(r.lower, max(0, rel - 40), rel))  # "hoped to meet each other whenever"
    # ("several bilateral discussions on the margins of CARICOM, including with A; B; and C": a round whose guests
    # are listed, one meeting each, not meetings of no one told)
    if m.trigger.lower() in _PLURAL_NOUNS and _AHEAD_BEFORE.search(r.folded, max(0, rel - 30), rel):
        m.generic = True  # "upcoming meetings between our presidents": meetings to come, none of them one
    if m.trigger.lower() == "visits" and _LEVEL_PLURAL_BEFORE.search(r.folded, max(0, rel - 20), rel):
        m.vague = True  # "initiatives in 2025 ..., including high-level visits and contacts": a kind of exchange,
        # whatever year the sentence tells (not one visit: "the President's visit", "two high-level visits")
    if m.kind == "verb" and _OFTEN_AFTER.match(r.folded, rel + len(m.trigger)):
        m.generic = True  # "agreed to visit each other more frequently": visits to come, none of them one
    lo, end = max(0, rel - 50, window[0]), rel + len(m.trigger)
    m.cancelled = _told(r, "cancel", lo, rel, end)
    if (_NEGATED.search(r.lower, max(0, rel - 60), rel) or _NOT_AT.search(r.lower, max(0, rel - 60), rel)) \
            and not not_until(r.lower, rel, end):
        m.vague = True  # "will not hold a meeting", "have never met": no meeting is told here
    if m.kind == "verb" and _MANY_COUNTRIES.match(r.lower, rel + len(m.trigger)):
        m.vague = True  # "was going to visit several countries including the United States": a tour, not one visit
    # ("will visit Belgium and France from October 19 to 24": a tour, its meetings told apart: event_joins.drop_tours)
    m.tour = m.trigger.lower() in VISIT_WORDS | TOUR_NOUNS and _countries_listed(text, rel + len(m.trigger))
    if (many := _WITH_MANY.match(r.lower, rel + len(m.trigger))) and not _LISTED_AFTER.match(r.lower, many.end()):
        m.vague = True  # "bilateral meetings with several leaders": many meetings, not one (unless it lists them)
    if m.kind == "noun" and _NEGATED_AFTER.match(r.folded, rel + len(m.trigger)):
        m.vague = True  # "a meeting between the two officials was unlikely to take place": no meeting is told here
    if _with_business_only(m, r, rel + len(m.trigger)):
        m.vague = True  # "Li will meet more business leaders at a dinner": no officials of another side
    if _denied(r.lower, rel):
        m.vague = True  # "denied reports that Medvedev will meet Kim": a meeting others told of, denied
    if m.kind == "noun" and _AT_ALL_LEVELS.match(text, rel + len(m.trigger)):
        m.vague = True  # "exchanges and meetings at all levels": meetings of every kind, not one
    if m.kind == "noun" and _TOUR_OF.search(text, max(0, rel - 25), rel):
        m.vague = True  # "her three-nation visit to Algeria, Mauritania and Malawi": a tour, not one meeting
    if m.kind == "verb" and m.trigger.lower() in _RECEPTION_VERBS and _AT_ARRIVAL.search(text):
        m.vague = True  # "who were received at the airport by the vice president": a welcome on arrival, no talks
    if _told(r, "postpone", lo, rel, end) or _plan_undone(r, rel, end, "postpone"):
        m.vague = True  # "postponed the trip": the trip told of here is not the one that took place
    elif _plan_undone(r, rel, end, "cancel"):
        m.cancelled = True
    m.definite = bool(_DEFINITE.search(before)) and not _TIME_NP_BEFORE.search(before) and not (
        m.kind == "verb" and (_office_the().search(before) or _subject_before_verb().search(before)))  # "The Prime
    # Minister also met", "the Spanish FM met", "the two leaders met": the subject's "the", no meeting told before
    m.pointed = bool(_POINTED.search(before) or (m.kind == "noun" and _YOUR_VISIT.search(before)
                                                 and not _VISIT_AHEAD.match(r.text, rel + len(m.trigger)))
                     or (_IT_WAS.search(before) and _SINCE_AFTER.match(text, rel)))
    m.series = r.series
    _read_status(m, r, rel)
    if not_until(r.lower, rel, rel + len(m.trigger)) is not None and _DID_NOT.search(
            r.lower, max(0, rel - 60), rel):
        m.status, m.status_marked = "held", True  # "did not meet until May 2017": held then


# meetings to come, told in the plural: "for upcoming meetings between our presidents", "the coming visits"
_PLURAL_NOUNS: Final = frozenset({"meetings", "summits", "visits", "consultations"})
_AHEAD_BEFORE: Final = rx.compile(r"\b(?:upcoming|forthcoming|coming|future)\s+(?:[\w-]+\s+)?$")
# visits of a level told in the plural, a kind of exchange listed, no meeting: "including high-level visits and
# contacts", "maintaining the frequency of high-level visits" (not "two high-level visits in May": a count)
_LEVEL_PLURAL_BEFORE: Final = rx.compile(r"(?<!\btwo\s)(?<!\bthree\s)\b(?:high|top|senior)[\s-]level\s+$")
# how often, right after a meeting verb and its object: "to visit each other more frequently", "meet regularly",
# "to hold talks every year"
_OFTEN_AFTER: Final = rx.compile(r"(?:\s+[\w'-]+){0,4}?\s+(?:more\s+|less\s+)?(?:frequently|regularly|often|annually|"
                                 r"every\s+(?:year|month|week|six\s+months)|each\s+year|on\s+a\s+regular\s+basis|"
                                 r"from\s+time\s+to\s+time)\b")


# a meeting told only as a wish, no event unless a date says which: "They also hoped to meet each other whenever
# their schedules permitted", "would like to visit", "look for an opportunity to meet"
_WISHED: Final = rx.compile(r"\b(?:hoped|hopes|hope|hoping|wished|wishes|wish|wanted|wants|want|would\s+like|"
                            r"['’]d\s+like|opportunity|chance)\s+to\s+$")


# "It was the first face-to-face meeting of the two ministers since ...": the meeting just told, not another one
_IT_WAS: Final = rx.compile(r"(?:^|[.;]\s+|\b(?:and|but)\s+)(?:it|this|that)\s+(?:was|is|marked|marks|became|"
                            r"will\s+be)\s+(?:the|their|its|a|an)\s+(?:[\w-]+\s+){0,3}$", re.I)
_SINCE_AFTER: Final = rx.compile(r"[^.;]{0,120}?\bsince\b", re.I)

_RECEPTION_VERBS: Final = frozenset({"received", "welcomed", "greeted", "receives", "welcomes", "greets"})
_AT_ARRIVAL: Final = rx.compile(r"\b(?:at\s+the\s+(?:[\w-]+\s+){0,3}airport|airport\b|air\s+(?:force\s+)?base\b|"
                                r"upon\s+(?:his|her|their)?\s*"
                                r"arrival|on\s+(?:his|her|their)\s+arrival|arrived\s+accompanied|at\s+the\s+(?:foot|bottom)"
                                r"\s+of\s+the\s+(?:plane|aircraft|steps))", re.I)
_INDEFINITE: Final = rx.compile(r"\b(?:a|an)\s+")
_TOUR_OF: Final = rx.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|multi|\d+)[- ](?:nation|country|"
                             r"countries|nations|state|leg)\s+(?:[\w-]+\s+)?$", re.I)
# "did not hold a formal meeting until July 2017", "will not meet Abe until next month": not a meeting denied, one
# held (or to be held) then; the negation an auxiliary's, right before the meeting word (not "refused to", "without")
_NOT_AUX: Final = rx.compile(
    r"\b(?:(?:will|would|did|does|do|shall|could|can|have|has|had)\s+not|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t"
    r"|don['’]t|haven['’]t|hasn['’]t|hadn['’]t|can['’]t|cannot)\s+(?:(?:formally|officially|actually|even)\s+)?"
    r"(?:(?:hold|have|meet|visit|sit|see|host|pay)\s+)?"
    r"(?:(?:a|an|any|the|his|her|their|bilateral|formal|separate|one-on-one|face-to-face|direct|official)\s+){0,2}$")
_UNTIL_DATE: Final = rx.compile(  # after the meeting word and what it is of, in its clause: "until" and a date
    r"(?:\s+[\w.'’-]+){0,6}?\s+(?:until|till)\s+(?P<d>(?:(?:late|early|mid|the\s+end\s+of|last|this|next|the\s+"
    r"following|the\s+next)[\s-]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:19|20)\d\d\b|(?:mon|tues|"
    r"wednes|thurs|fri|satur|sun)day\b|week\b|month\b|year\b))")


_DID_NOT: Final = rx.compile(r"\b(?:(?:did|had)\s+not|didn['’]t|hadn['’]t)\s+(?:[\w-]+\s+){0,4}$")


def not_until(lower: str, rel: int, end: int) -> re.Match[str] | None:
    """The "until" and date after a meeting word negated by an auxiliary ("did not formally meet until May 2017"):
    the meeting is of that date (None when the words are not so)."""
    if not _NOT_AUX.search(lower, max(0, rel - 60), rel):
        return None
    return _UNTIL_DATE.match(lower, end)


_NEGATED: Final = rx.compile(  # "will not hold a bilateral meeting", "has no plans to meet", "ruled out talks"
    r"\b(?:(?:will|would|did|does|do|shall|could|can|have|has|had)\s+not|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t"
    r"|don['’]t|haven['’]t|hasn['’]t|hadn['’]t"
    r"|can['’]t|cannot|never|(?:is|are|was|were)\s+not\s+(?:expected|scheduled|planned|going|set)\s+to"
    r"|no\s+(?:plans?|intention)\s+(?:to|for)|not\s+to|refused\s+to|declined\s+to|rul(?:ed|es|ing)\s+out"
    r"|without)\s+"  # "ended the summit without meeting Zelensky", "left without holding talks"
    r"(?:(?:hold|meet|attend|visit|have|travel|go|sit|seek|schedule|plan|join|host|see|holding|having|seeing)\s+)?"
    r"(?:(?:a|an|any|the|his|her|their|bilateral|formal|separate|one-on-one|face-to-face|direct)\s+){0,2}$")


# a denial of what others told ("denying published reports that", "refuted Kiev's claims that", "denied it had sent
# invitations to ... to meet", "denied Putin's plans to meet", "had no information about a meeting between")
_DENIAL: Final = rx.compile(
    r"\b(?:(?<!was\s)(?<!were\s)(?<!been\s)den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|"
    r"reject(?:s|ed|ing)?|rebuff(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:media\s+|press\s+|published\s+)?"
    r"(?:reports?|claims?|rumou?rs?|speculation|allegations?)|(?:it|they)\s+had\s+(?:sent|extended)\s+"
    r"invitations?|(?:sending|having\s+sent|extending)\s+invitations?|invit(?:ing|ed)|plans?\s+to)\b"
    r"|\b(?:had|has|have)\s+no\s+information\s+(?:about|on|regarding)\b")
# the countries of a tour listed after its word: "visit Belgium and France", "travel to Italy and India", "visit to
# Afghanistan, Pakistan and India" (not "visit India and Prime Minister Modi", "visited Japan and met Abe")
TOUR_NOUNS: Final = frozenset({"visit", "visits", "trip", "tour"})

_MANY_COUNTRIES: Final = rx.compile(r"\s+(?:several|many|various|numerous|a\s+number\s+of|\w+\s+other)\s+"
                                    r"(?:countries|nations|capitals|states)\b")

_WITH_MANY: Final = rx.compile(r"\s+with\s+(?:several|many|various|numerous|a\s+number\s+of|a\s+host\s+of|dozens\s+of|"
                               r"other)\s+(?:[a-z-]+\s+){0,2}?(?:leaders|counterparts|heads|dignitaries|presidents|"
                               r"ministers|delegations|officials)\b")
_LISTED_AFTER: Final = rx.compile(r",?\s+(?:including|among\s+them|namely)\s")  # "several of his counterparts,

_CLAUSE_BREAK: Final = rx.compile(r"[;,]|\bbut\s")  # "Putin, who denied the claims, met Xi": not what he denied


def _denied(lower: str, rel: int) -> bool:
    """A meeting word in what a denial speaks of, in the same clause, within about 25 words after it."""
    lo = max(0, rel - 170)
    return any(not _CLAUSE_BREAK.search(lower, d.end(), rel) for d in _DENIAL.finditer(lower, lo, rel))


# after a meeting noun and what it is of: "a meeting between the two officials was unlikely to take place", "the
# summit will not go ahead", "talks with Kim would not be held"; not how it will be held ("the talks will not be held
# in public": a meeting all the same)
_NEGATED_AFTER: Final = rx.compile(
    r"(?:\s+(?:between|of|with)\s+[^,;()]{0,100}?)?\s+(?:(?:is|was|were|are|seemed|seems|looked|looks|appeared|appears)"
    r"\s+(?:highly\s+|very\s+|increasingly\s+)?unlikely\s+to|(?:(?:will|would|could|did|does|do|shall|is|was|were|are)"
    r"\s+not|won't|wouldn't|didn't|isn't|wasn't|aren't|weren't)(?:\s+(?:expected|likely|going|due|set|scheduled)\s+to)?)"
    r"\s+(?:take\s+place|happen|go\s+ahead|be\s+held|materiali[sz]e)\b"
    r"(?!\s+(?:in\s+public|publicly|in\s+the\s+open|behind\s+closed\s+doors)\b)")
# the name of a pair's meeting right before its word ("Japan-Republic of Korea Summit", "the India-US 2+2"): the
# words before it say whether it is one meeting
_PAIR_NAME_BEFORE: Final = rx.compile(r"[A-Z][\w'.]*(?:(?:\s+of\s+|\s+|-)[A-Z][\w'.]*)*-[A-Z][\w'.]*"
                                      r"(?:(?:\s+of\s+|\s+|-)[A-Z][\w'.]*)*\s+$")
# the people met are business people alone: "will meet more business leaders", "a meeting with top executives",
# "met New Zealand government and business leaders"
_BUSINESS_AFTER: Final = rx.compile(
    r"\s+(?:with\s+)?(?:(?:some|more|other|top|leading|senior|prominent|local|key|the|a|group|number|of|several|"
    r"dozens|scores|government|political|and|[A-Z][\w'.-]*)\s+){0,4}?(?:business(?:\s+|-)(?:leaders|people|persons|men|"
    r"women|executives|community|figures|heads|chiefs|representatives)|businessmen|businesspeople|businesswomen|"
    r"executives|CEOs|chief\s+executives|investors|entrepreneurs|industrialists|industry\s+(?:leaders|captains|"
    r"chiefs|representatives))\b")


def _with_business_only(m: Mention, r: _Reading, at: int) -> bool:
    """Whether the ones a meeting word is with are business people, no one named between or listed with them ("met
    Luxon and business leaders", "met business leaders and Luxon": a meeting with Luxon)."""
    hit = _BUSINESS_AFTER.match(r.text, at)
    s0 = r.sent.start
    return hit is not None and not any(at <= p.start - s0 < hit.end() or _LISTED_WITH_THEM.fullmatch(
        r.text, hit.end(), p.start - s0) for p in m.people)


# someone named right after the business people, in the same list: "met Japanese business leaders and Prime Minister
# Shinzo Abe", "met executives as well as Australian Prime Minister Anthony Albanese"
_LISTED_WITH_THEM: Final = rx.compile(r",?\s+(?:and|as\s+well\s+as|along\s+with)\s+(?:(?:the|his|her|their|"
                                      r"[A-Z][\w.'’-]*)\s+){0,5}")


_NOT_AT: Final = rx.compile(  # "Tusk, who was not at the breakfast meeting": no meeting of his
    r"\b(?:(?:was|were|is|are)\s+not|wasn['’]t|weren['’]t)\s+(?:at|present\s+at|part\s+of|invited\s+to)\s+"
    r"(?:[\w-]+\s+){0,3}$")


_PAST_PLAN: Final = rx.compile(
    r"\b(?:had|were|was)\s+(?:(?:originally|initially|first|also)\s+)?(?:planned|scheduled|due|set|expected|"
    r"hoped|intended|meant|supposed|been\s+(?:planned|scheduled|due|set|expected|supposed))\s+to\s+(?:hold\s+|have\s+)?"
    r"(?:[\w-]+\s+){0,2}$|\b(?:was|were)\s+to\s+have\s+(?:held\s+)?(?:[\w-]+\s+){0,2}$")


def _plan_undone(r: _Reading, rel: int, end: int, kind: str) -> bool:
    """"Chirac and Schröder had planned to meet on September 6 to discuss the summit, but the talks were
    postponed": a plan told in the past perfect, undone later in its sentence (a clause after "but"), is no meeting
    that took place, nor one still to come."""
    if not r.has(kind) or not _PAST_PLAN.search(r.lower, max(0, rel - 45), rel):
        return False
    but = _BUT_LATER.search(r.lower, end)
    return but is not None and r.blind[kind].search(r.folded, but.end()) is not None


_BUT_LATER: Final = rx.compile(r"[,;]?\s+(?:but|only\s+for|before)\s+")


def _told(r: _Reading, kind: str, lo: int, at: int, end: int) -> bool:
    """Whether a word of `kind` ("cancel", "postpone") stands in folded[lo:at] before the meeting word, or is said
    of it right after its end ("the summit was called off")."""
    return r.has(kind) and bool(r.blind[kind].search(r.folded, lo, at) or r.blind[kind + "_after"].match(r.folded, end))


_JOINT_BODY: Final = rx.compile(_COMMISSION)
# a meeting noun, then the body of heads of state or government it is a sitting of, however far its name runs
_OF_HEADS: Final = rx.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?(?:of\s+(?:the\s+)?)?"
                              r"(?:[A-Z][\w'’-]*\s+){0,2}Heads\s+of\s+(?:State|Government)\b")

# one of those someone has met, by rank: "the first foreign minister that Marsudi has met this year"
_FIRST_MET: Final = rx.compile(r"\b(?:first|only|second|third|fourth|fifth|last|latest|\d+(?:st|nd|rd|th))\s+"
                               r"(?:[\w'’-]+\s+){0,3}?(?:that|whom|who)\s+(?:[\w'’.-]+\s+){1,4}?"
                               r"(?:has|have|had)\s+(?:ever\s+|so\s+far\s+)?$")
