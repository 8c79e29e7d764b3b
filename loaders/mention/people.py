"""Who a meeting word's clause says met: its people, less the absent, the senders, kin and targets."""

from __future__ import annotations

import re
from typing import Final

from .. import actors
from .. import regexes as rx
from .reading import _Reading
from .record import Mention
from .vocabulary import patterns

_JOINED_BY: Final = rx.compile(r"\b(?:participation\s+of|joined\s+by|attended\s+by|together\s+with|along\s+with)\s+"
                              r"(?:the\s+)?(?:[\w.'’-]+\s+){0,6}?(?:and\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4})?$")
_WHO: Final = rx.compile(r"(?:who|which)\b")
# a relative clause set off between a name and its verb: ", who arrived on Tuesday after a train journey, also "
_WHO_ASIDE: Final = rx.compile(r",\s*who\b[^,;:()“”\"]*,\s*(?:(?:then|later|also|has|had|have|will)\s+){0,2}$")
_AND: Final = rx.compile(r",?\s+and\s+")
_BETWEEN: Final = rx.compile(r"\s*(?:[\w-]+\s+){0,3}?between\b")
_HE: Final = rx.compile(r"\b(?:he|she|his|her)\b")
_THEY: Final = rx.compile(r"\b(?:they|their|them)\b")


# an apposition set off between a name and "who": "Nigeria's President Olusegun Obasanjo, chairman of the Nepad
# initiative, who over the weekend held talks with Thabo Mbeki" (a phrase of no clause: no "who", "which", "that",
# "and" or verb of meeting or saying inside, no quote)
_APPOSED_WHO: Final = rx.compile(r",\s+(?!who\b|which\b)[^,;:()“”\"]{2,80}?,\s*who\b")
_NO_APPOSITION: Final = rx.compile(r"\b(?:who|which|that|and|said|says|met|meets|visited)\b")


def _set_off_antecedent(text: str, at: int, before: list[actors.Mention], s0: int) -> actors.Mention | None:
    """The person "who" at `at` of `text` tells of across an apposition set off between them (see _APPOSED_WHO):
    the last person named before it."""
    if not before:
        return None
    last = max(before, key=lambda p: p.end)
    said = _APPOSED_WHO.match(text, last.end - s0)
    if said is None or said.end() != at + 3 or _NO_APPOSITION.search(text, last.end - s0 + 1, at):
        return None
    return last


def _clause_people(r: _Reading, m: Mention, people: list[actors.Mention]) -> list[actors.Mention]:
    """The people of the meeting word's clause: the antecedent of "who met", the subject behind "he", not the
    source in "according to X"."""
    sent = r.sent
    lo, hi = r.clause(m)
    text = sent.text
    if _WHO.match(text, lo - sent.start):
        who = next((p for p in reversed(people) if 0 <= lo - p.end <= 3), None) or _set_off_antecedent(
            text, lo - sent.start, [p for p in people if p.end <= lo], sent.start)
        if who is not None:  # "Kerry and Zarif, who met": both of them
            mate = next((p for p in reversed(people) if p.end <= who.start and _AND.fullmatch(
                text, p.end - sent.start, who.start - sent.start)), None)
            lo = (mate or who).start
    senders = _senders(text)
    inside = [p for p in people if lo <= p.start < hi and not _according_to(text, p.start - sent.start)
              and not _THEIR_STAFF.match(text, p.end - sent.start)
              and not _KIN_OF.search(text, max(0, p.start - sent.start - 60), p.start - sent.start)
              and not _TARGET_OF.search(text, max(0, p.start - sent.start - 60), p.start - sent.start)
              and not _absent_at(text, p.start - sent.start, p.end - sent.start)
              and not _took_office_then(text, p.start - sent.start, p.end - sent.start)
              and not any(a <= p.start - sent.start < b for a, b in senders)]
    fronted = _FRONTED.match(text)
    if fronted and m.start - sent.start >= fronted.end():  # "Before the meeting with Putin, Erdogan met Rouhani":
        inside = [p for p in inside if p.start - sent.start >= fronted.end()]  # that meeting's people are not his
    elif fronted and m.end - sent.start <= fronted.end():  # and the fronted meeting is of Putin and Erdogan
        after = [p for p in inside if p.start - sent.start >= fronted.end()]
        inside = [p for p in inside if p.start - sent.start < fronted.end()] + after[:1]
    inside = _held_by_clause(text, m, people, inside)
    if m.kind == "verb" and not any(p.start < m.start for p in inside) and (
            aside := _WHO_ASIDE.search(text, 0, m.start - sent.start)) is not None:
        who = next((p for p in people if p.end - sent.start == aside.start()), None)
        if who is not None:  # "Kim, who arrived on Tuesday after a 60-hour train journey through China, also met
            inside.insert(0, who)  # Chinese President Xi Jinping": the one the relative clause set off tells of

    speaker = patterns()["trailing_speaker"].search(text)
    if speaker and m.end - sent.start <= speaker.start() and not _FIRST_PERSON.search(text, 0, speaker.start()):
        inside = [p for p in inside if not speaker.start(1) <= p.start - sent.start < speaker.end(1)]  # the report's
        # source, told after what it reports of others: "A will meet B on Friday, Foreign Secretary C said"
    occasion = [p for p in inside if _OCCASION_OF.search(text, max(0, p.start - sent.start - 80), p.start - sent.start)]
    last = max((q.start for q in occasion), default=len(text) + sent.start)
    met_after = any(p.start >= max(m.end, last) for p in inside if p not in occasion)  # the one met told after
    if occasion and (len(inside) - len(occasion) >= 2 or met_after):  # "met Sola on the occasion of the inauguration
        inside = [p for p in inside if p not in occasion]  # of Lacalle Pou", "for the inauguration of Lasso, he met
        # with Abinader": another met; but "went to Jakarta for the inauguration of Susilo": met him
    between = _BETWEEN.match(text, m.end - sent.start)
    if between:  # "a final meeting between Obama and Netanyahu": just them
        at = sent.start + between.end()
        named = [p for p in inside if p.start >= at]
        joining = [p for p in named[2:]
                   if _JOINED_BY.search(text, max(0, p.start - sent.start - 100), p.start - sent.start)]
        inside = named[:2] + joining if len(named) >= 2 else inside  # "with the participation of Macron and Scholz"
    if inside and inside[-1].start >= m.end:  # "with A, B, and C": the list goes on past ", and"
        for p in (p for p in people if p.start >= hi):
            if not (_LIST_ON.fullmatch(text, inside[-1].end - sent.start, p.start - sent.start)
                    and _LIST_END.match(text, p.end - sent.start)) and not (
                    _WITH_EACH.match(text, m.end - sent.start)  # "met with A, of Japan, B, and with the President
                    and (_AND_WITH.fullmatch(text, inside[-1].end - sent.start, p.start - sent.start)  # of Indonesia,
                         or UNKNOWN_ITEM.fullmatch(text, inside[-1].end - sent.start, p.start - sent.start))
                    and _LAST_OF_LIST.match(text, p.end - sent.start)) and not (  # C.": each told "with"
                    (_WITH_EACH.match(text, m.end - sent.start) or m.trigger.lower().endswith(" with"))  # "held talks
                    # with the Prime Minister of Canada, A; the Prime Minister of India, B; and meeting with C."
                    and SEMI_ON.fullmatch(text, inside[-1].end - sent.start, p.start - sent.start)
                    and _ITEM_END.match(text, p.end - sent.start)):
                break
            inside.append(p)
    if not any(p.start < m.start for p in inside):
        scope = text[lo - sent.start:m.start - sent.start]
        if _TIME_OF.fullmatch(scope) and m.kind == "noun":  # "Chirac and Schroeder arm in arm after a summit
            inside[:0] = [p for p in people if p.start < lo][-2:]  # with Tony Blair": they were at it too
        elif _GERUND_AFTER.fullmatch(scope) and m.trigger.lower().endswith("ing"):
            before = [p for p in people if p.start < lo]  # "Trump and Xi agreed ... after meeting in Osaka":
            pair = before[:2] if len(before) > 1 and _AND_TITLED.fullmatch(text, before[0].end - sent.start,
                                                                          before[1].start - sent.start) else before[:1]
            inside[:0] = pair if not inside else before[:1]  # the subject of the sentence met
        elif inside and _AND_THEN.match(scope):  # "Blinken met Qin on Sunday, and on Monday held talks with Xi":
            inside[:0] = [p for p in people if p.start < lo][:1]  # the sentence's subject did this too
        elif _HE.search(scope):
            inside[:0] = [p for p in people if p.start < lo][:1]  # "Xi ..., where he may meet Kishida"
        elif inside and m.kind == "noun" and _WITH_NEXT.match(text, m.end - sent.start) and _SAID_THAT.search(
                text, 0, lo - sent.start + 5):
            inside[:0] = [p for p in people if p.start < lo][:1]  # "Blinken said that Monday's meeting with Xi"
        elif _THEY.search(scope):
            inside[:0] = [p for p in people if p.start < lo][:2]  # "A and B ..., since their meeting in Ufa"
    if inside and not any(p.start < m.start for p in inside) and m.trigger.lower().endswith("ing") \
            and _OPENS_SENTENCE.fullmatch(text, 0, m.start - sent.start):
        subject = next((p for p in people if p.start >= m.end and p not in inside
                        and _MAIN_SUBJECT.search(text, 0, p.start - sent.start)
                        and _VERB_AFTER.match(text, p.end - sent.start)), None)
        if subject is not None:  # "Receiving Khamchen, who is also head of ..., PM Chinh asked": the main clause's
            inside.append(subject)  # subject met the one the opening participle names (VNA's, Xinhua's style)
    inside = [p for p in inside if not _SENDS_DELEGATION.match(text, p.end - sent.start)]  # (also as "they")
    return inside + [p for p in _attendees(r, m, people) if p not in inside]


# a meeting noun, then a relative clause of who (else) attended it: "at the end of the meeting, which was also attended
# by Paraguay's Mario Abdo Benitez and Uruguay's Tabare Vazquez", "the summit in Santa Fe, which will be attended by"
_ATTENDED_BY: Final = rx.compile(r"(?:\s+[\w'’-]+){0,6}?,\s+(?:which|that)\s+(?:was|were|is|will\s+be|would\s+be|"
                                 r"has\s+been|had\s+been)\s+(?:also\s+)?attended\s+by\s+")


def _attendees(r: _Reading, m: Mention, people: list[actors.Mention]) -> list[actors.Mention]:
    """The people a relative clause of the meeting noun tells as attending it, up to the clause's end: the sentence's
    clauses end at "which", and these people are the meeting's too."""
    if m.kind != "noun":
        return []
    s0 = r.sent.start
    said = _ATTENDED_BY.match(r.sent.text, m.end - s0)
    if said is None:
        return []
    end = next((b for b in r.bounds if b > s0 + said.end()), r.sent.end)
    return [p for p in people if s0 + said.end() <= p.start < end]


# a participle that opens the sentence ("Receiving ...", "Meeting with ...", "- Hosting ..."), the subject of the main
# clause after the comma that ends it: its titles, then the name, then a verb in lower case
_OPENS_SENTENCE: Final = rx.compile(r"\s*(?:[-–—•]\s*)?")
_MAIN_SUBJECT: Final = rx.compile(r",\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,6}$")
_VERB_AFTER: Final = rx.compile(r"\s+(?:\([^()]{1,20}\)\s+)?(?:also\s+|then\s+)?[a-z]{2,}")


_FIRST_PERSON: Final = rx.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")  # the speaker's own meeting: "we met"


# "After Donald Trump became the US president, Moscow and Washington held two meetings": the subject of a clause
# of a time told by someone's taking office, not someone at the meeting
_WHEN_BEFORE: Final = rx.compile(r"\b(?:after|since|when|before|until|once)\s+(?:[\w.'’-]+\s+){0,4}$", re.I)
_TOOK_OFFICE_AFTER: Final = rx.compile(r"\s+(?:became|becomes|took\s+office|takes\s+office|assumed\s+(?:office|power)|"
                                       r"came\s+to\s+power|was\s+(?:sworn\s+in|elected|re-elected|inaugurated))\b")


def _took_office_then(text: str, start: int, end: int) -> bool:
    return bool(_TOOK_OFFICE_AFTER.match(text, end) and _WHEN_BEFORE.search(text, max(0, start - 40), start))


_LIST_ON: Final = rx.compile(r",\s+and\s+(?!with\b)(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}"  # ", and Japanese PM"
                              r"(?:of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+)?")
# (", and the Prime Minister of Lithuania, ": the name set off after its office)
_WITH_EACH: Final = rx.compile(r"\s+with\b")
# an item between two names of a list that names someone the people data does not know, with their office: ", with
# the Director General of the IMF (International Monetary Fund), Kristalina Georgieva, and with the Prime Minister of ",
# its name's capitals of any Latin script (", the chairman of the lower house, Viktorija Čmilytė-Nielsen, and ")
UNKNOWN_ITEM: Final = rx.compile(r",\s+(?:with\s+)?(?:[^\s,;.]+\s+){1,10}?[^\s,;.]+,\s+"
                                 rf"[{actors.UPPER}][\w.'’-]*(?:\s+[{actors.UPPER}][\w.'’-]*){{1,3}},\s+and\s+(?:with\s+)?"
                                 r"(?:[\w.'’-]+,?\s+){0,6}")
_AND_WITH: Final = rx.compile(r",\s+and\s+with\s+(?:(?:the|of|[A-Z][\w.'’-]*|\([^)]*\))\s+){0,8}?"
                              r"(?:[A-Z][\w.'’-]*,\s+)?")  # ", and with the President of Indonesia, "
# the next item of a list set off by semicolons, its office before the name: "; the secretary general of the UN (United
# Nations), ", "; Vietnam's Prime Minister ", "; and meeting with the president of the Union of Comoros, "
SEMI_ON: Final = rx.compile(r",?;\s+(?:and\s+)?(?:(?:a\s+)?(?:meeting|meetings|talks)\s+with\s+)?"
                             r"(?:[\w.'’()-]+,?\s+){0,8}?")
_ITEM_END: Final = rx.compile(r",?\s*(?:[.;]|$)|,?\s+(?:on|in|at|during)\b")
_LAST_OF_LIST: Final = rx.compile(r"\s*(?:[.;]|$)")
_LIST_END: Final = rx.compile(r"\s*(?:[.;]|,\s+(?:and\s+)?[A-Z]|$|\s+(?:on|in|at|during|for|to)\b)")  # no verb after


# (the meeting of someone named in the possessive: "Ahead of Prime Minister Manmohan Singh's visit to Washington, ...")
_FRONTED: Final = rx.compile(r"(?:Before|After|Following|Ahead\s+of|During)\s+(?:(?:the|his|her|their|a|an)\s+|"
                             r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*['’]s\s+)?"
                             r"(?:[\w-]+\s+)?(?:meeting|meetings|talks|summit|visit|trip)\s+(?:with|of|by|to)\s+[^,]{1,80},"
                             r"\s*")  # "Ahead of the state visit of Prachanda to India, Mahat will travel ..."
_WITH_NEXT: Final = rx.compile(r"\s+with\s")
_SAID_THAT: Final = rx.compile(r"\b(?:said|says|told\s+\w+)\s+(?:\w+\s+){0,2}?that\s+$")

_AND_THEN: Final = rx.compile(r",?\s*(?:and|then|and\s+then)\s+(?:(?:on|in|at|later)\s+)?(?:[\w-]+\s+){0,2}$|"
                              r",\s*(?:(?:then|later|also)\s+)?$")  # ", met with B": the next verb of a series
_AND_TITLED: Final = rx.compile(r",?\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,4}")  # "Trump and Chinese President Xi"
_GERUND_AFTER: Final = rx.compile(r"(?:after|before|while|when|since|following|upon)\s+", re.I)
_TIME_OF: Final = rx.compile(r"(?:after|before|during|following|ahead\s+of)\s+(?:(?:a|an|the|their|his|her)\s+|"
                             r"(?:two|three|four|five|six|seven|several|\d+)\s+(?:days|hours)\s+of\s+|(?="
                             r"[\"“”']?[\w-]+[\"“”']?\s+$))(?:[\"“”']?[\w-]+[\"“”']?\s+)?", re.I)


# "Michel's office announced", "Kim's letter": the person's staff or words, not the person at a meeting
_THEIR_STAFF: Final = rx.compile(r"['’]s\s+(?:own\s+)?(?:office|spokes(?:man|woman|person)|letter|government|ministry|"
                                 r"administration|party|press|aides?|advisers?|advisors?|statement|remarks|wife|"
                                 r"husband|cabinet|team|envoy|camp|"
                                 # "sharing President Trump's perspective with the Prime Minister": his views, carried
                                 r"perspectives?|views?|vision|thinking|thoughts|stance|"
                                 # "driven by Trump's tariff agenda", "Bolsonaro's stormy rule": his doings, not him
                                 r"(?:[\w-]+\s+)?(?:tariffs?|agenda|polic(?:y|ies)|re-?election|election|victory|"
                                 r"inauguration|swearing-in|rule|presidency|invasion|regime|supporters|allies))\b")


# someone told as missing from the meeting: "took place in the absence of the President of Rwanda, Paul Kagame",
# "Kagame had skipped the summit held in Kampala"; one on whose behalf another attends ("attended the meetings on
# behalf of Chinese Foreign Minister Qin Gang"), one by whom it "was not attended"
_ABSENT_BEFORE: Final = rx.compile(r"\b(?:in\s+the\s+absence\s+of|without\s+the\s+presence\s+of|on\s+behalf\s+of|"
                                   r"(?:was|were|is|are|will\s+be)\s+not\s+attended\s+by)\s+"
                                   r"(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?(?:[\w'’.-]+,\s+)?$")
_ABSENT_AFTER: Final = rx.compile(
    r"(?:,[^,]{1,60},)?\s+(?:had\s+|has\s+|have\s+)?(?:skipped|skips|boycotted|boycotts|snubbed|snubs|"
    r"(?:was|were|is|are)\s+(?:absent|not\s+present)|stayed\s+away|(?:did|does|will)\s+not\s+attend|"
    r"failed\s+to\s+attend|declined\s+to\s+attend|pulled\s+out\s+of)\b")


def _absent_at(text: str, start: int, end: int) -> bool:
    return bool(_ABSENT_BEFORE.search(text, max(0, start - 60), start) or _ABSENT_AFTER.match(text, end))


def _absent(r: _Reading, m: Mention, people: list[actors.Mention]) -> list[actors.Mention]:
    """The people of the meeting word's clause told as missing from it."""
    lo, hi = r.clause(m)
    s0 = r.sent.start
    return [p for p in people if lo <= p.start < hi and _absent_at(r.sent.text, p.start - s0, p.end - s0)]


_KIN_OF: Final = rx.compile(  # "Mahinda Rajapaksa, elder brother of Sri Lankan President Gotabaya Rajapaksa,"
    r"\b(?:brother|sister|son|daughter|wife|husband|father|mother|widow|widower|nephew|niece|cousin|grandson|"
    r"granddaughter|grandfather|grandmother|uncle|aunt|son-in-law|daughter-in-law|successor|predecessor)\s+"
    r"(?:of|to)\s+(?:[\w'’.-]+\s+){0,4}$")


# the one a meeting is against or about, not at it: "talks on efforts to oust leftist strongman Nicolas Maduro"
_TARGET_OF: Final = rx.compile(
    r"\b(?:oust|ousting|topple|toppling|overthrow|overthrowing|unseat|unseating|isolate|isolating|pressure|"
    r"pressuring|sanction|sanctioning|condemn|condemning|regarding|concerning)\s+(?:[\w'’.-]+\s+){0,4}$")


# the one whose inauguration, funeral or wedding is the occasion, not someone at the meeting told beside it:
# "on the occasion of the inauguration of the Uruguayan president, Luis Lacalle Pou, upon hosting ... Sola"
_OCCASION_OF: Final = rx.compile(
    r"\b(?:inauguration|swearing[-\s]in|investiture|enthronement|coronation|funeral|burial|wedding|"
    r"memorial\s+service)\s+(?:ceremony\s+)?(?:of|for)\s+(?:[\w'’.-]+\s+){0,5}?(?:[\w'’.-]+,\s+)?$", re.I)


# a meeting named with a clause of who held it: "the meeting ... that Putin co-chaired with Premier Wen Jiabao"
_HELD_BY_CLAUSE: Final = rx.compile(r"\s+(?:that|which)\s+(?P<who>(?:[\w'’.-]+\s+){1,6}?)(?:co-?chaired|chaired|"
                                    r"co-?hosted|hosted|held|had|conducted)\s+(?:\w+\s+){0,2}?with\b")


def _held_by_clause(text: str, m: Mention, people: list[actors.Mention],
                    inside: list[actors.Mention]) -> list[actors.Mention]:
    """The people of a meeting noun whose relative clause tells who held it with whom, not the subject who spoke
    of it ("Xi praised the talks that Mishustin held with Li Qiang": Mishustin and Li)."""
    s0 = m.sentence.start
    held = _HELD_BY_CLAUSE.match(text, m.end - s0) if m.kind == "noun" else None
    if held is None:
        return inside
    hosts = [p for p in people if held.start("who") <= p.start - s0 < held.end("who")]
    guests = [p for p in people if 0 <= p.start - s0 - held.end() <= 40][:1]
    return hosts + guests if hosts and guests else inside


_SENT_FROM: Final = rx.compile(  # "conveyed cordial greetings from President Xi Jinping and Premier Li Qiang to"
    r"\b(?:greetings|message|messages|letter|regards|wishes|congratulations)\s+from\s+(?:(?!to\b)[^,;.:!?]){0,80}")
_SENT_BY: Final = rx.compile(  # "conveyed Chinese President Xi Jinping's cordial greetings to"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s\s+(?:[\w-]+\s+){0,2}"
    r"(?:greetings|message|messages|letter|regards|wishes|congratulations)\b")


# one who sends others to the meeting: "Isaias responded by sending a delegation led by Foreign Minister Osman Saleh
# ... to Addis Ababa, where they were received by Abiy", "Kim dispatched his special envoy to Seoul": the envoys met
_SENDS_DELEGATION: Final = rx.compile(
    r"\s+(?:(?:also|then|later|has|had|have|will|would|responded\s+by|by)\s+){0,2}"
    r"(?:sent|sends|send|sending|dispatched|dispatches|dispatch|dispatching)\s+(?:a|an|his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:delegation|envoy|envoys|emissary|emissaries|team)\b")


def _senders(text: str) -> list[tuple[int, int]]:
    """Where a sentence names those who send greetings, a message, a letter through someone else: they are not
    at the meeting where it is handed over."""
    if not any(w in text for w in ("greetings", "message", "letter", "regards", "wishes", "congratulations")):
        return []
    return [x.span() for pat in (_SENT_FROM, _SENT_BY) for x in pat.finditer(text)]


def _according_to(text: str, at: int) -> bool:
    """"according to X": X is the source."""
    return text[max(0, at - 15):at].rstrip().endswith("according to")
