"""The words of a sentence told as meetings: meeting verbs and nouns, receptions, visits, joint actions."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .. import actors
from .. import regexes as rx
from ..scan import at_word_start, trie
from ..sentences import Sentence
from ..vocab import load
from .pairs import _between_countries
from .record import LEG_WORDS, VISIT_WORDS, Mention
from .sittings import _REMOTE, _sitting
from .vocabulary import _Words, patterns, spaced
from .words import _COUNT

# a leg of a trip: only where a place is named right after ("heads to South Africa", "will continue to Seoul",
# "arrived at Bole International Airport", "arrived at the Casa Rosada"; not "arrived at an agreement";
# "end his tour on Thursday in Guinea-Bissau"), not "heads to the polls", "continue to work", "a tour of Asia"
_LEG_PLACE: Final = rx.compile(r"\s+(?:the\s+)?[A-Z]")
_TOUR_PLACE: Final = rx.compile(r"(?:\s+(?:on|next|this|last|today|tomorrow|week|month|[A-Z][a-z]+|\d{1,2},?)){0,3}"
                                r"\s+in\s+(?:the\s+)?[A-Z]")


def _welcomes_someone(text: str, end: int, named_at: set[int] | frozenset[int]) -> bool:
    """"welcomed Orban", "will welcome his Hungarian counterpart Katalin Novak", "was welcomed by President
    Museveni": a guest verb with the person named right after it (not "welcomed Putin's proposal"); in the passive,
    after the day and the place ("Xi was welcomed on Thursday to the royal palace in Riyadh by Crown Prince
    Mohammed bin Salman")."""
    passive = _PASSIVE_BEFORE.search(text, max(0, end - 40), end) is not None
    return any(end < at <= end + 60 and _guest().fullmatch(text, end, at) and not _POSSESSIVE.match(text, at)
               or passive and end < at <= end + 120 and (by := _AGENT_AFTER.match(text, end)) is not None
               and by.end() <= at and _guest().fullmatch(text, by.end() - 1, at) and not _POSSESSIVE.match(text, at)
               and not _AIRFIELD.search(by[0])
               for at in named_at)


_PASSIVE_BEFORE: Final = rx.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?\w+$")
_AGENT_AFTER: Final = rx.compile(r"(?:\s+(?:on|in|at|to|into|inside)\b[^.;:!?()\"“”]{1,80}?)?\s+by\s")
# a welcome on arrival is protocol, no meeting: "was welcomed on the tarmac by the foreign minister", "at the airport"
_AIRFIELD: Final = rx.compile(r"\b(?:airport|tarmac|airfield|air\s?base|aerodrome|runway)\b", re.I)


def _office_set_off(which: str) -> str:
    """An office in lower case set off by a comma before the name ("the Portuguese Defense minister, José Azeredo
    Lopes", "the Zimbabwean leader, Robert Mugabe"), as a pattern: data/meeting_words.json's offices_set_off, its
    qualifiers and the offices of `which` ("guest": after a guest verb, "talks_partner": after "talks with")."""
    words = load().words["offices_set_off"]
    return (rf"(?:(?:(?:{trie(words['qualifiers'])})\s+)?(?:{trie(words[which])})"
            r"(?:\s+(?:of|for)(?:\s+[A-Z][\w.'’-]*){1,3})?,\s+)?")


@lru_cache(maxsize=1)
def _guest() -> re.Pattern[str]:
    """The words between a guest verb and the guest's name: "welcomed his Hungarian counterpart Katalin Novak",
    "welcomed the Portuguese Defense minister, José Azeredo Lopes"."""
    return rx.compile(r"\s+(?:by\s+)?(?:(?:his|her|their|the|visiting)\s+)?"
                      r"(?:[A-Z][\w.'’-]*,?\s+|counterparts?,?\s+){0,5}" + _office_set_off("guest"))


_POSSESSIVE: Final = rx.compile(r"[\w.-]+(?:\s+[A-Z][\w.-]*){0,3}['’]s?\b")


# what stands between a verb and the call it takes: "received, Tuesday, a telephone call", "held a phone call"
_RECEIVED_THING: Final = rx.compile(r"(?:,[^,]{1,30},)?\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}")


_CALL_ON_WORDS: Final = frozenset({"called on", "calls on", "call on", "calling on", "called upon", "calls upon",
                                     "call upon", "calling upon", "paid a courtesy call on",
                                     "pays a courtesy call on", "paid a call on"})
# "called on Putin to end the war"; not "called on Hasina to discuss ties" (a visit's aim)
_URGED_TO: Final = rx.compile(  # (not "called on X and discussed ways to boost trade": the aim of another verb)
    r"(?:(?!\band\s+(?:also\s+)?(?:[a-z]+ed|held|met|had|took|paid)\b)[^.;:]){0,40}?\bto\s+(?!(?:discuss|review|exchange|hold|brief|convey|deliver|present|pay|seek|explore)\b)[a-z]+")


def _calls_on_someone(text: str, end: int, named_at: set[int] | frozenset[int]) -> bool:
    """"Jaishankar called on Prime Minister Sheikh Hasina": a visit to someone named right after the verb with
    their office; not "called on President Putin to withdraw" (urged), nor "called on the international community"."""
    for at in named_at:
        if end < at <= end + 60 and (_SEE_TITLED.fullmatch(text, end, at) or _guest().fullmatch(text, end, at)) \
                and not _POSSESSIVE.match(text, at):
            name_end = text.find(" ", at + 1)
            rest = text[name_end:] if name_end > 0 else ""
            return not _URGED_TO.match(rest)
    return False


_SEE_WORDS: Final = frozenset({"see", "sees", "saw"})
# what is met that is no one: "meet Hamas' demands", "met all the criteria", "meeting the needs of refugees"
_RECEIVE_WORDS: Final = frozenset({"receive", "receives", "received", "receiving"})
# what is received that is no one: "will also receive a briefing on ...", "to receive the report of the APEC Business
# Advisory Council", "received an honorary doctorate"
_RECEIVE_A_THING: Final = rx.compile(
    r"\s+(?:a|an|the|his|her|their|its)\s+(?:[\w.'’-]+\s+){0,2}?(?:briefings?|reports?|awards?|degrees?|doctorates?|"
    r"letters?|messages?|medals?|honou?rs?|prizes?|petitions?|copies|copy|updates?|presentations?)(?![\w-])", re.I)
_MEET_A_THING: Final = rx.compile(
    r"\s+(?:(?:the|their|its|his|her|our|your|all|these|those|such|any|some|both)\s+){0,2}(?:[\w.'’-]+\s+){0,2}?"
    r"(?:demands?|conditions?|expectations?|targets?|needs|requirements?|criteria|criterion|deadlines?|obligations?|"
    r"standards?|goals?|commitments?|challenges?|costs?|thresholds?|quotas?|benchmarks?|terms|preconditions?|"
    r"requests?|objectives?|shares?|shortfalls?|payments?|debts?|pledges?|promises?|aspirations)(?![\w-])", re.I)
_SEE_TITLED: Final = rx.compile(  # (also "the acting Afghan Prime Minister, Mullah ...", "the Prime Minister of
    r"\s+(?:(?:his|her|their|the)\s+)?(?:(?:acting|interim|caretaker|visiting|new)\s+)?"  # Bangladesh, Sheikh Hasina")
    r"(?:[A-Z][\w.'’-]*\s+){0,2}(?:President|Prime\s+Minister|Chancellor|Premier|"
    r"King|Queen|Emir|Crown\s+Prince|Foreign\s+(?:Minister|Secretary)|Secretary\s+of\s+State|counterpart)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)?,?\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}")


def _sees_an_office_holder(text: str, end: int, named_at: set[int] | frozenset[int]) -> bool:
    """"will see President Recep Tayyip Erdogan", "saw his Turkish counterpart Cavusoglu", "saw the Saudi crown
    prince, Mohammed bin Salman": a meeting with someone named right after the verb with their office."""
    return any(end < at <= end + 60 and (_SEE_TITLED.fullmatch(text, end, at) or _SEE_SET_OFF.fullmatch(text, end, at))
               for at in named_at)


# an office in lower case after a country's adjective, set off by a comma before the name: "saw the Saudi crown
# prince, Mohammed bin Salman", "will see the French president, Emmanuel Macron"
_SEE_SET_OFF: Final = rx.compile(
    r"\s+(?:his|her|their|the)\s+(?:[A-Z][\w.'’-]*\s+){1,2}(?:president|prime\s+minister|chancellor|premier|king|"
    r"queen|emir|crown\s+prince|foreign\s+(?:minister|secretary)|secretary\s+of\s+state),\s+")


def _talks_with_someone(text: str, end: int, named_at: set[int] | frozenset[int]) -> bool:
    """"talks with Kim", "talks with Russian President Vladimir Putin": talks with a person the text names."""
    return any(end < at <= end + 80 and _with_name().fullmatch(text, end, at) for at in named_at)


_HOST_SAID: Final = rx.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|told|added|noted|stressed)\b")
_MEET_WORDS: Final = frozenset({"met", "meet", "meets", "meeting"})
_THE_PRESS: Final = rx.compile(r"\s+(?:with\s+)?(?:the\s+)?(?:press|media|reporters|journalists|newsmen|correspondents)"
                               r"(?![\w-])(?!\s+(?:secretary|secretaries|officer|aide|attach))")
_TITLE_SLOT: Final = rx.compile(r"(?:^|[,;(—–]\s*|\b(?:summit|meeting|talks|conference)\s+)$")


def _triggers(sent: Sentence, words: _Words, blocked: list[tuple[int, int]],
              named_at: set[int] | frozenset[int] = frozenset()) -> list[Mention]:
    text, lower, blind = sent.text, words.text, words.blind
    out: list[Mention] = []
    taken: set[int] = set()
    for kind in ("noun", "verb"):
        for m in words.matches(blind[kind]):
            s, e = m.span()
            if s in taken or any(s < b and a < e for a, b in blocked):
                continue
            word = lower[s:e].lower()  # a line break inside the words read as a space (vocabulary.case_blind)
            if kind == "verb" and word in _guest_verbs() and not _welcomes_someone(text, e, named_at):
                continue
            if kind == "verb" and word in _conversation_verbs() and not _spoke_face_to_face(text, e, named_at):
                continue  # "spoke with his counterpart Li Keqiang", not "spoke with X by phone", "spoke with reporters"
            if kind == "verb" and word in _call_prone_verbs() and not _FACE_TO_FACE.search(text):
                continue  # "spoke with President Trump" (a readout of a call) unless a place or an occasion is told
            if kind == "verb" and any(e <= a <= e + 60 and _RECEIVED_THING.fullmatch(text, e, a)
                                      and _REMOTE.search(text, a, b) for a, b in blocked):
                continue  # "Bourita received, Tuesday, a telephone call from Lavrov": a call, no one met
            if kind == "verb" and word in _CALL_ON_WORDS and not _calls_on_someone(text, e, named_at):
                continue  # "called on President Hasina at her hotel", not "called on Russia to withdraw"
            if kind == "verb" and word in _RECEIVE_WORDS and _RECEIVE_A_THING.match(text, e):
                continue  # "will also receive a briefing on the Games", "to receive the report of the Council"
            if kind == "verb" and word in _MEET_WORDS and _MEET_A_THING.match(text, e):
                continue  # "refusal to meet Hamas' demands", "must meet the conditions set by the EU": no one met
            if kind == "verb" and word in _SEE_WORDS and not _sees_an_office_holder(text, e, named_at):
                continue  # "she will see President Erdogan", not "saw Putin as a threat"
            if word in ("host", "hosts") and _HOST_SAID.match(text, e) and _TITLE_SLOT.search(text, 0, s):
                continue  # "..., host Frank-Walter Steinmeier said": the host's title, no meeting told
            if word in LEG_WORDS and not (_TOUR_PLACE if word == "tour" else _LEG_PLACE).match(text, e):
                continue
            if _JOIN_REMOTELY_BEFORE.search(text, max(0, s - 30), s) and _REMOTELY.match(text, e):
                continue  # "Sharaa will join the talks via video link": a screen at the talks told, no meeting
            if (kind == "verb" or word == "talks" or word in _DISCUSSION_WORDS) and _BY_PHONE_AFTER.match(text, e):
                continue  # "held talks with U.S. President Donald Trump by phone": a call, no one met
            if word in _MEET_WORDS and _THE_PRESS.match(text, e):
                continue  # "the two presidents met with the press after the talks": reporters told, no one met
            if word in VISIT_WORDS and _tour_stop(text, e, named_at):
                continue  # "visited the war memorial", "headed to Dubai to interact with the Indian community"
            if kind == "noun" and blind["gathering"].search(lower[max(0, s - 80):s]):
                taken.add(s)  # ("meeting" is a verb too)
                continue  # "the Indo-US CEOs Forum had its second meeting": business people gathered, no one met
            if kind == "noun" and word in _DISCUSSION_WORDS and not _discussion_held(words, s, e, named_at):
                continue  # "held a candid discussion", "the discussion between A and B"; not "the discussion focused"
            held = False
            if kind == "noun" and word == "talks" and not blind["qualifier"].search(lower[max(0, s - 40):s]):
                q = e + (text[e:e + 1] in _CLOSING_QUOTES)  # "had “the most comprehensive talks” with his
                # Moldovan counterpart": a quote of the words closed right after the word, what follows read past it
                held = (_HELD.search(lower, max(0, s - 50), s) is not None and not _COUNT.search(
                    lower[max(0, s - 30):s])) or bool(_HELD_AFTER.match(lower, q))
                # "held their first face-to-face talks", "talks were held"; not "held three talks"
                if not (held or _between_countries(text, s) or _TALKS_BETWEEN.match(text, q)
                        or _sitting(text, lower, s, e)
                        or _talks_with_someone(text, q, named_at) or _TALKS_AT.match(text, q)
                        or _after_their_talks(lower, s, named_at) or _DAYS_TALKS.search(lower, max(0, s - 30), s)
                        or _TALKS_BEFORE.search(lower, max(0, s - 40), s)):
                    continue
            kind_here = "verb" if held or kind == "noun" and word in ("meeting", "visit", "visits") and _verb_use(
                text, s) else kind
            taken.add(s)
            out.append(Mention(sent, sent.start + s, sent.start + e, spaced(text[s:e]), kind_here))
    return sorted(out, key=lambda x: x.start)


_DISCUSSION_WORDS: Final = frozenset({"discussion", "discussions"})
_CLOSING_QUOTES: Final = frozenset("”\"’'")
# "held a candid and constructive discussion", "had an in-depth discussion", "engaged in a series of bilateral
# discussions" (not "has been under discussion", "have come up for discussion")
_DISCUSSION_HELD: Final = rx.compile(r"\b(?:held|hold|holds|holding|had|have|has|having|engaged\s+in|engage\s+in|"
                                     r"engages\s+in|engaging\s+in)\s+(?:(?:a|an)\s+)?(?:(?!(?:been|under|come|came|up|"
                                     r"for|to|in|on|into|about)\b)[\w,'’-]+\s+){0,4}$")

_UNDER_DISCUSSION: Final = rx.compile(r"\b(?:under|for|of)\s+$")


def _discussion_held(words: _Words, s: int, e: int, named_at: set[int] | frozenset[int]) -> bool:
    """A discussion someone held ("held a bilateral discussion with Modi"; not "held a telephonic discussion"), held
    ("discussions were held"), or told with the two it was between or the one it was with; not a discussion a meeting
    verb already tells ("held discussions with")."""
    text, lower = words.sent_text, words.text
    if any(a <= s < b for a, b in (x.span() for x in words.matches(words.blind["verb"]))):
        return False
    if _UNDER_DISCUSSION.search(lower, max(0, s - 12), s):
        return False  # "the issue has been under discussion between A and B": a matter, no meeting
    held = _DISCUSSION_HELD.search(lower, max(0, s - 70), s)
    if held is not None and _CALL_WORDS.search(text, held.start(), s):
        return False
    return held is not None or _HELD_AFTER.match(lower, e) is not None or _TALKS_BETWEEN.match(text, e) is not None \
        or _talks_with_someone(text, e, named_at)


# the call a verb's clause tells after the one it speaks with: "held talks with President Trump by phone"
_BY_PHONE_AFTER: Final = rx.compile(r"(?:[^.;,:]|\.(?=\w|\s+[A-Z])){0,70}?\s(?:by|over|on|via)\s+(?:the\s+|a\s+)?"
                                    r"(?:tele)?phone\b(?!\s+(?:call|calls|conversation|talks)\b)", re.I)
_JOIN_REMOTELY_BEFORE: Final = rx.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the|these|those|their)\s+(?:[\w-]+\s+)?$", re.I)
_REMOTELY: Final = rx.compile(r"\s+(?:via|by|through|over)\s+(?:a\s+)?(?:video|videoconference|video-conference|"
                              r"teleconference|videolink|video-link)\b|\s+(?:virtually|remotely|online)\b", re.I)


# a stop of a tour that is no meeting: a site seen ("visited Wahat Al Karama, the UAE martyr's war memorial",
# "visited the Yasukuni shrine") or the diaspora met ("headed to Dubai to interact with the Indian community")
_SIGHT: Final = rx.compile(
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+,\s+(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:[Ww]ar\s+[Mm]emorial|[Mm]emorial|[Mm]useum|[Tt]emple|[Mm]osque|[Cc]athedral|[Cc]hurch|[Ss]hrine|"
    r"[Mm]ausoleum|[Cc]emetery|[Mm]onument|[Tt]omb|[Pp]agoda|[Gg]urdwara)s?(?![\w-])")
# a university or a company's works toured, named right after the visit word: "visit the Vilnius University",
# "visited the Toyota factory", "visited the Head Office of the Security Agency" (not "visit Japan and address students
# at Tokyo University")
_WORKS: Final = rx.compile(r"\s+(?:the\s+)?(?:(?!(?:and|or|to|at|in|on|with|for)\b)[\w'’.-]+\s+){0,3}?"
                           r"(?:[Uu]niversit(?:y|ies)|[Ff]actor(?:y|ies)|[Pp]lants?|[Cc]ampus(?:es)?|[Cc]ollege|"
                           r"[Hh]ead\s+[Oo]ffices?)"
                           r"(?![\w-])")
_DIASPORA: Final = rx.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}?(?:on\s+\w+\s+|today\s+|tomorrow\s+)?to\s+"
    r"(?:interact\s+with|address|meet|meet\s+with|engage\s+with|connect\s+with|greet|speak\s+to)\s+"
    r"(?:the\s+|members\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:community|diaspora)(?![\w-])")
# a private trip: "travelling to Houston (United States) for tests", "flew to Bavaria for a holiday"
_PRIVATE_TRIP: Final = rx.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*,?\s+(?:\([^()]{1,40}\)\s+)?"
    r"(?:(?:on|this|last|next)\s+\w+\s+)?for\s+(?:a\s+|an\s+|his\s+|her\s+)?(?:routine\s+|medical\s+)?"
    r"(?:tests|treatment|medical\s+treatment|check-?ups?|surgery|an\s+operation|vacation|holidays?|rest)(?![\w-])")
_TOUR_STOP_REACH: Final = 100


def _tour_stop(text: str, at: int, named_at: set[int] | frozenset[int]) -> bool:
    """A visit to a site, to the diaspora or for a private purpose (tests, a holiday), with no one named right after
    the visit word to meet there."""
    hit = (_SIGHT.match(text, at) or _WORKS.match(text, at) or _DIASPORA.match(text, at)
           or _PRIVATE_TRIP.match(text, at))
    return hit is not None and not any(at <= p < at + _TOUR_STOP_REACH for p in named_at)


_AFTER_TALKS: Final = rx.compile(r"\b(?:after|following|during|at\s+the\s+end\s+of)\s+"
                                  r"(?:their\s+|the\s+|two\s+days\s+of\s+)?"
                                  r"(?:[\"“”']?[a-z-]+[\"“”']?\s+){0,2}$")


def _after_their_talks(lower: str, at: int, named_at: set[int] | frozenset[int]) -> bool:
    """"Bush and Blair spent a second day at Camp David after "productive" talks on missile defense": talks after
    which the two people the sentence names first did something are theirs."""
    return sum(1 for p in named_at if p < at) >= 2 and _AFTER_TALKS.search(lower, max(0, at - 40), at) is not None


_DAYS_TALKS: Final = rx.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)['’]s\s+"
                                 r"(?:[a-z-]+\s+)?$|"  # "Friday's talks": talks the reader knows of
                                 r"\b(?:two|three|four|five|six|seven|several|\d+)\s+(?:days|hours)\s+of\s+"
                                 r"(?:[a-z-]+\s+)?$")  # "after two days of talks": a sitting, told by how long it sat


# "Talks at Hyderabad House ... on", and without "on" before a weekday as US outlets write: "talks at Camp David
# Saturday"
_TALKS_AT: Final = rx.compile(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}?(?:,?\s+in\s+"
                              r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)?,?\s+(?:on\s+|"
                              r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")


# "held their first face-to-face talks", "will hold wide-ranging talks": talks someone holds (the words between
# are no meeting words of their own)
_HELD: Final = rx.compile(r"\b(?:held|hold|holds|holding)\s+(?:[\w'’-]+\s+){1,3}$")


# "Talks between Prime Minister A and President B", "talks between Lula and Fernandez": between those named, or
# between the holders of offices ("talks between the foreign ministers of the bloc", "the first face-to-face talks
# between the two leaders"; not "talks between the two countries", a process)
_TALKS_BETWEEN: Final = rx.compile(r"\s+between\s+(?:[A-Z]|the\s+(?:two\s+|three\s+)?(?:leaders|presidents|"
                                   r"prime\s+ministers|premiers|heads\s+of\s+(?:state|government)|"
                                   r"(?:foreign\s+|defen[cs]e\s+)?ministers|delegations)\b)")
# "The meeting followed talks last Friday in Moscow", "came as a continuation of talks held in January": the talks
# before, a sitting of their own
_TALKS_BEFORE: Final = rx.compile(r"\b(?:followed|follows|continuation\s+of|follow-?up\s+(?:to|of|on))\s+"
                                  r"(?:(?:the|their)\s+)?(?:previous\s+|earlier\s+|prior\s+)?$")


@lru_cache(maxsize=1)
def _with_name() -> re.Pattern[str]:
    """Titles before the name: "talks with Russian President Vladimir Putin", "with his Ukrainian counterpart
    Yanukovych", "talks with Kim", "talks with the Zimbabwean leader, Robert Mugabe" (an office in lower case, then a
    comma)."""
    return rx.compile(r"\s+with\s+(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w.'’-]*\s+|counterparts?,?\s+){0,5}"
                      + _office_set_off("talks_partner"))


_HELD_AFTER: Final = rx.compile(r"\s+(?:(?:were|was|are|is|will\s+be|have\s+been|had\s+been)\s+held|took\s+place|"
                                r"(?:will|would|to)\s+take\s+place|(?:have|has|had)\s+taken\s+place)\b")


@lru_cache(maxsize=1)
def _guest_verbs() -> frozenset[str]:
    return frozenset(load().words["guest_verbs"])


@lru_cache(maxsize=1)
def _conversation_verbs() -> frozenset[str]:
    return frozenset(load().words["conversation_verbs"])


def _spoke_face_to_face(text: str, end: int, named_at: set[int] | frozenset[int]) -> bool:
    """"spoke with his Chinese counterpart Li Keqiang": a conversation with someone named right after the verb, in a
    sentence that tells no call ("spoke with Li on the phone", "in a phone call", "by video link")."""
    return (_welcomes_someone(text, end, named_at) or _sees_an_office_holder(text, end, named_at)) \
        and not _CALL_WORDS.search(text)


@lru_cache(maxsize=1)
def _call_prone_verbs() -> frozenset[str]:
    return frozenset(load().words["call_prone_verbs"])


# where or at what a conversation was held: "in Beijing", "at the Kremlin", "on the sidelines of", "during his visit"
_FACE_TO_FACE: Final = rx.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]|\b(?:sidelines?|margins?|visit|visits|visiting|"
                                  r"summit|trip|tour|arrived|arrival|in\s+person|face[\s-]to[\s-]face|met|meeting|"
                                  r"talks|hosted|received|welcomed)\b")


_CALL_WORDS: Final = rx.compile(r"\b(?:(?:tele)?phon\w*|call|calls|video\w*|virtual\w*|teleconferenc\w*|online|"
                                r"remotely|zoom|webinar)\b", re.I)


def _verb_use(text: str, at: int) -> bool:
    before = text[max(0, at - 12):at].lower().split()
    return bool(before) and before[-1] in ("to", "will", "would", "'ll", "and", "not", "also")


# an aside of the one who came along, between the pair and their verb: ", accompanied by Secretary of State Mike
# Pompeo, ", ", flanked by their foreign ministers, "
_ASIDE_TO_VERB: Final = rx.compile(r"\s*,\s+(?:accompanied|flanked|joined|assisted)\s+by\s+[^,;:.!?()]{1,80},\s*")
# what is said of the second of the pair, set off between it and their verb: "where he and Mr Sharif, then also Prime
# Minister, signed the Lahore Declaration"
_SET_OFF_TO_VERB: Final = rx.compile(r"\s*,[^,;:.!?()]{1,40},\s+(?:(?:also|then|later|had|have|jointly)\s+){0,2}")


# the pair told as a group of people right before a verb of signing: "The two leaders signed the Treaty of Aachen on
# Tuesday", "both presidents then inked" (not "the two sides", "the two countries": governments, no one who met)
_PAIR_SIGNED: Final = rx.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+(?:state|government)|"
    r"foreign\s+ministers|top\s+diplomats|men|women)\s+(?:(?:also|then|later|have|had|jointly|formally)\s+){0,2}$")
_SIGNING: Final = ("signed", "sealed", "inked", "witnessed the signing")


def _joint_action(sent: Sentence, people: list[actors.Mention]) -> list[Mention]:
    """"A and B entrusted ... in December": two leaders acting together imply that they met; so do "the two leaders"
    signing something together (who they are: the pair told before, meeting.event_people._antecedents)."""
    for m in at_word_start(patterns()["joint"], sent.text):
        if m.group(0) in _SIGNING and _PAIR_SIGNED.search(sent.text, max(0, m.start() - 60), m.start()):
            return [Mention(sent, sent.start + m.start(), sent.start + m.end(), m.group(0), "joint")]
    if len(people) < 2:
        return []
    for m in at_word_start(patterns()["joint"], sent.text):
        at = sent.start + m.start()
        before = [x for x in people if x.end <= at]
        aside = next((x.end for x in before if _ASIDE_TO_VERB.fullmatch(sent.text, x.end - sent.start, m.start())),
                     None)  # "A and B, accompanied by C, agreed": C is with B, the pair is A and B
        if aside is not None:
            before = [x for x in before if x.end <= aside]
        if len(before) < 2 or len({x.country for x in before[-2:]}) < 2 or (
                (aside or at) - before[-1].end > 20
                and not _SET_OFF_TO_VERB.fullmatch(sent.text, before[-1].end - sent.start, m.start())):
            continue
        between = sent.text[before[-2].end - sent.start:before[-1].start - sent.start]
        if " and " not in f" {between} " or len(between) > 40:
            continue
        return [Mention(sent, at, at + len(m.group(0)), m.group(0), "joint")]
    return []


# "Tileuberdi had discussed bilateral cooperation ... with Kamilov", "Lavrov is discussing bilateral relations with the
# Norwegian Prime Minister", "had talks with": one person talking a matter over with someone of another country;
# "Najjar signed a memorandum of understanding ... with his Iraqi counterpart, Abdul Qader Jassim": signed together;
# "Harper shakes hands with U.S. President Barack Obama", "Sisi makes statements during a joint news conference with
# the Greek Prime Minister Kyriakos Mitsotakis": photo captions of two who met
_DISCUSSED: Final = rx.compile(r"\b(?:discussed|discussing|exchanged\s+views|exchanging\s+views|had\s+(?:a\s+)?"
                               r"discussions?|had\s+(?:[\w-]+\s+)?talks|signed|sh(?:ook|akes?|aking)\s+hands|"
                               r"(?P<presser>(?:(?:during|at|after|before|following|in)\s+(?:a|the|their)|"
                               r"(?:held|holds?|holding|gave|gives?|giving)\s+a)\s+joint\s+(?:news|press)\s+"
                               r"conference))\b")
# the words of a caption between the subject and the joint news conference it took part in: "Sisi makes statements
# during a joint news conference with ...", "Trudeau gestures as he speaks at a joint press conference with ...",
# "Kishida held a joint press conference with ..."
# (not a reporting verb: "Kishida said at a joint news conference with Lavrov after their talks", what was said there)
_PRESSER_GAP: Final = rx.compile(r"\s+(?:(?!(?:said|says|told|tells|added|adds|noted|stressed|announced)\b)[a-z]+\s+)"
                                 r"{0,4}$")
_SUBJECT_GAP: Final = rx.compile(r"(?:,[^,]{0,60},)?\s+(?:(?:has|have|had|is|was|were|are|also|then|later|earlier|"
                                 r"today|yesterday|reportedly)\s+){0,3}$")  # "Lavrov is", "Tileuberdi, who ..., had"
_WITH_WHOM: Final = rx.compile(r"[^.;:!?\"“”]{0,110}?\bwith\s+"
                               r"(?:(?:the|his|her|their|visiting|[A-Z][\w'’.-]*,?|counterparts?,)\s+){0,5}$")


def _discussed_with(sent: Sentence, people: list[actors.Mention]) -> list[Mention]:
    """"A discussed X with B": A and B, of two countries, met (not by phone, letter or video, told apart)."""
    text = sent.text
    for m in _DISCUSSED.finditer(text):
        at, end = sent.start + m.start(), sent.start + m.end()
        gap = _PRESSER_GAP if m.group("presser") else _SUBJECT_GAP
        subject = [p for p in people if p.end <= at and gap.fullmatch(text, p.end - sent.start, m.start())]
        other = next((p for p in people if p.start >= end
                      and _WITH_WHOM.fullmatch(text, m.end(), p.start - sent.start)), None)
        if not subject or other is None or None in (subject[-1].country, other.country) \
                or subject[-1].country == other.country or _REMOTE.search(text):
            continue
        return [Mention(sent, at, end, m.group(0), "verb")]
    return []


# a meeting held by video, told by its modifier ("a virtual meeting of the RIC grouping", "the online Quad leaders'
# summit", "a video summit"; not "a video of the meeting") or after it ("talks held by video link", "the meeting was
# held virtually", "Biden's first bilateral meeting ... was a virtual one")
_REMOTE_BEFORE: Final = rx.compile(r"\b(?:virtual|online|video|videolink|remote)\s+"
                                   r"(?:(?!(?:of|the|a|an|and|with|to|for|from|by)\b)[\w'’-]+\s+){0,3}$", re.I)
_REMOTE_AFTER: Final = rx.compile(
    r"(?:\s+(?:(?:was|were|is|are|will\s+be|would\s+be)\s+)?(?:held\s+)?(?:virtually|online|by\s+video|via\s+video|"
    r"over\s+video|by\s+videoconference|via\s+videoconference)\b"
    r"|(?:\s+[\w'’-]+){0,6}?\s+(?:was|were|is|are|will\s+be|would\s+be)\s+(?:(?:a|an|all|also)\s+)?"
    r"(?:virtual|online)\b)", re.I)
# the participle of a meeting by video ("a virtual meeting hosted by Lavrov"): its host, no meeting of its own
_REMOTE_HOSTED: Final = rx.compile(r"\b(?:virtual|online|video)\s+(?:[\w'’-]+\s+){0,2}?(?:meetings?|summits?|talks|"
                                   r"conferences?|sessions?|calls?)\s+$", re.I)
REMOTE_REACH: Final = 60  # characters before a meeting word that its modifiers may take


def held_remotely(m: Mention) -> bool:
    """A meeting word told as a meeting by video ("a virtual summit", "talks held online", "met by video link", "a
    virtual meeting hosted by Lavrov"): a call, no meeting."""
    text, at = m.sentence.text, m.start - m.sentence.start
    before = (_REMOTE_BEFORE if m.kind == "noun" else _REMOTE_HOSTED).search(text, max(0, at - REMOTE_REACH), at)
    return before is not None or _REMOTE_AFTER.match(text, m.end - m.sentence.start) is not None
