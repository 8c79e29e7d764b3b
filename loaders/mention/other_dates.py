"""Dates that are no meeting's: a term begun, an anniversary, a document's year, a decision's day."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from .. import regexes as rx
from ..dates import Timex
from ..sentences import Sentence
from .vocabulary import case_blind, patterns

_CLOCK_ASIDE: Final = rx.compile(  # "at 4:15 pm (0015 GMT Thursday)": the same moment told in another zone
    r"\(\s*[^()]{0,20}?(?:\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?|hrs?|h)?\s*)?(?:GMT|UTC|[A-Z]{1,3}T|local\s+time)\b[^()]*$")


_TOOK_OFFICE: Final = rx.compile(
    r"\b(?:assuming|assumed|taking|took|taken|becoming|became|sworn\s+in|elected|re-elected|appointed)\s+"
    r"(?:over\s+)?(?:office|power|(?:(?:the|his|her|their)\s+)?(?:post|premiership|presidency)|(?:as\s+)?(?:the\s+)?"
    r"(?!(?:first|second|third|only|last|latest|next)\b)(?:[\w'’-]+\s+){0,2}"
    r"(?:president|prime\s+minister|premier|chancellor|foreign\s+minister|minister|leader|"
    r"head\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:state|government)))"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"  # "appointed as the 10th Prime Minister of Malaysia on"
    r"(?:\s+(?:for\s+the\s+\w+\s+time|again))?\s+(?:(?:in|on|last|this)\s+)?$"  # "took office last Friday"
    # "after his appointment as the 10th Prime Minister of Malaysia on Nov 24", "since her election as president in"
    r"|\b(?:appointment|election|re-election|elevation|accession)\s+(?:as|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:president|prime\s+minister|premier|chancellor|foreign\s+minister|minister|leader|throne|presidency|"
    r"premiership)(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:in|on|last|this)\s+$"
    # "since his inauguration on January 7, 2025", "after her swearing-in in May"
    r"|\b(?:inauguration|swearing[-\s]in|investiture)\s+(?:ceremony\s+)?(?:in|on|last|this)\s+$"
    r"|\bsworn\s+in\s+(?:(?:in|on)\s+)?$"  # "since being sworn in last month"
    r"|\b(?:came|come|comes|coming)\s+to\s+power\s+(?:(?:in|on)\s+)?$"  # "which came to power last May"
    r"|\b(?:took|taken|taking|takes)\s+(?:the\s+|his\s+|her\s+)?oath(?:\s+of\s+office)?\s+(?:(?:in|on)\s+)?$"
    r"|\b(?:formed|forming|form|forms)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:new\s+)?(?:government|cabinet)"
    r"(?:\s+(?:in|of)\s+[A-Z][\w ]{2,30}?)?\s+(?:(?:in|on)\s+)?$", re.I)


# "during his present term as Prime Minister, which began in February 2009", "a month after the start of his
# tenure in late October": the day a term began
_TERM_BEGAN: Final = rx.compile(
    r"\b(?:term|tenure|mandate|presidency|premiership)\b(?:\s+(?:in\s+office|as\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?"
    r"(?:president|prime\s+minister|premier|chancellor|minister|leader)))?,?\s+(?:which|that)\s+(?:began|started|"
    r"begun|commenced)\s+(?:in|on|last|this)\s+$"
    r"|\b(?:start|beginning|outset)\s+of\s+(?:his|her|their|the)\s+(?:[\w'’-]+\s+)?(?:term|tenure|mandate|"
    r"presidency|premiership)\s+(?:in|on|last|this)\s+$", re.I)


def _took_office(text: str, at: int) -> bool:
    """"the first bilateral visit after assuming office in December 2022", "since taking office for the third time
    in December of last year", "after becoming the prime minister in July 2021", "his present term ..., which began in
    February 2009": the day someone took office, not a meeting's."""
    return (_TOOK_OFFICE.search(text, max(0, at - 90), at) is not None
            or _TERM_BEGAN.search(text, max(0, at - 120), at) is not None)


# "at the residence where Simon Bolivar ... died on December 17, 1830", "Karimov's home city where he was buried on
# September 3": the day of a death, a burial or a birth told beside a meeting (its place's history), not its day
_DIED_ON: Final = rx.compile(
    r"\b(?:died|passed\s+away|(?:was|were|been)\s+(?:buried|born|laid\s+to\s+rest|assassinated|killed)|perished)"
    r"(?:\s+(?:of|after|from)\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:on|in)\s+)?$", re.I)


def day_of_a_death(sent: Sentence, t: Timex) -> bool:
    """The date of `t` is told right after a verb of death, burial or birth ("died on December 17, 1830", "where he
    was buried on September 3"): the day of someone's death or birth, no meeting's."""
    return _DIED_ON.search(sent.text, max(0, t.start - sent.start - 60), t.start - sent.start) is not None


def day_took_office(sent: Sentence, t: Timex) -> bool:
    """The day of `t` is the day someone took office ("after Oreskovic took office last Friday"): no meeting's day,
    nor the day the opening of the article tells of its meeting."""
    return _took_office(sent.text, t.start - sent.start)


_ANNIVERSARY_IN: Final = rx.compile(r"\banniversar(?:y|ies)\b[^,;:()“”\"]{0,90}?\b(?:in|of)\s+$", re.I)
_MARKS_ANNIVERSARY: Final = rx.compile(  # "as the year 2005 marks the 40th anniversary of ...": the year is its subject
    r"\s+(?:also\s+|will\s+|would\s+)?(?:marks?|marked|marking|celebrates?|commemorates?|is|was)\s+"
    r"(?:also\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?anniversar(?:y|ies)\b", re.I)
_YEAR_SPAN: Final = rx.compile(r"\s*[-–—]\s*(?:19|20)\d{2}\b")
_YEAR_SPAN_WORDS: Final = rx.compile(r"\s+(?:and|to|until|till)\s+(?:19|20)\d{2}\b")
_YEAR_SPAN_FROM: Final = rx.compile(r"\b(?:between|from)\s+$", re.I)
_YEAR_SPAN_START: Final = rx.compile(
    r"\b(?:19|20)\d{2}\s*[-–—]\s*$|\b(?:between|from)\s+(?:19|20)\d{2}\s+(?:and|to|until|till)\s+$", re.I)


def _anniversary_year(sent: Sentence, t: Timex) -> bool:
    """"set to celebrate the 10th anniversary of the establishment of this partnership in 2023", "as the year 2005
    marks the 40th anniversary": the year of the anniversary, not of a meeting told in the sentence (a day, "on
    Friday", may still be the meeting's)."""
    if t.spec.day is not None or t.spec.weekday is not None or t.spec.year is None:
        return False
    at = t.start - sent.start
    return (_ANNIVERSARY_IN.search(sent.text, max(0, at - 120), at) is not None
            or _MARKS_ANNIVERSARY.match(sent.text, t.end - sent.start) is not None)


_DOCUMENT_BEFORE: Final = rx.compile(  # "the 2006 Lombok Treaty", "Iran's tattered 2015 nuclear deal"
    r"(?:\b(?:the|its|their|our|his|her|this|that)|[\w.-]['’]s?)\s+(?:[a-z][\w-]*\s+)?$", re.I)
# the kinds of document a date can name or be the date of (_DOCUMENT_AFTER, _DOCUMENT_DATED)
_DOCUMENTS: Final = (r"[Tt]reaty|[Aa]greement|[Aa]ccord|[Dd]eclaration|[Cc]onvention|[Pp]rotocol|[Cc]harter|"
                     r"[Mm]emorandum|[Pp]act|[Cc]onsensus|[Rr]esolution|[Dd]eal")
_DOCUMENT_AFTER: Final = rx.compile(
    rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_DOCUMENTS}|[Cc]ommuniqu[ée]|[Jj]oint\s+[Ss]tatement)(?![\w-])")


# a date naming an event of violence or a vote told after it: "the 7 October attack", "the March 2022 invasion"
_THE_BEFORE: Final = rx.compile(r"\bthe\s+$", re.I)
_EVENT_NAMED: Final = rx.compile(r"\s+(?:(?:terror|terrorist|deadly|cross-border|Hamas|missile|suicide)\s+)?"
                                 r"(?:attacks?|massacres?|bombings?|coup|elections?|earthquake|invasion|offensive|"
                                 r"raids?|incursion|uprising|floods?|shooting)\b", re.I)


def _event_named_by_date(sent: Sentence, t: Timex) -> bool:
    """"met families of people killed in the 7 October attack": the date names another event, not the meeting's;
    so too the date told after such an event with its place ("their first talks since the violent clash in the Galwan
    Valley on June 15") or told as its due date ("ahead of India's general election, due by May next year")."""
    at, end = t.start - sent.start, t.end - sent.start
    the = sent.text[at:end].lower().startswith("the ") or _THE_BEFORE.search(sent.text, max(0, at - 5), at)
    return (bool(the) and _EVENT_NAMED.match(sent.text, end) is not None) or _EVENT_DATED.search(
        sent.text, max(0, at - 80), at) is not None


# an event of violence or a vote, then its place or its due date, right before the date: "the violent clash in the
# Galwan Valley on June 15", "India's general election, due by May next year", "the earthquake in Turkey in February"
_EVENTS: Final = (r"(?:attacks?|massacres?|bombings?|coup|elections?|polls|referendum|earthquake|invasion|offensive|"
                  r"raids?|incursion|uprising|floods?|shooting|clash(?:es)?|skirmish(?:es)?|blast|explosion|tsunami)")
_EVENT_DATED: Final = rx.compile(
    r"\b" + _EVENTS + r"(?:\s+(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:on|in)|,?\s+"
    r"(?:(?:which|that)\s+(?:is|was|are|were)\s+)?(?:due|expected|scheduled|slated|set)\s+(?:to\s+be\s+held\s+)?"
    r"(?:by|in|on|for|before))\s+$", re.I)


def _document_year(sent: Sentence, t: Timex) -> bool:
    """"Guided by the principles of the 2006 Lombok Treaty, Ministers met": the year that names a treaty, an
    agreement or a declaration, not the date of a meeting told in the sentence."""
    if t.spec.year is None or t.spec.month is not None or t.spec.day is not None:
        return False
    at, end = t.start - sent.start, t.end - sent.start
    return (_DOCUMENT_BEFORE.search(sent.text, max(0, at - 30), at) is not None
            and _DOCUMENT_AFTER.match(sent.text, end) is not None)


# a document and the participle that dates it: "the Action Plan agreed in February", "the accord signed on Monday",
# also with the place it was signed at between ("the Trabzon Declaration that was signed in Trabzon on June 8, 2012",
# "A peace agreement signed in Algiers in December 2000")
_DOCUMENT_DATED: Final = rx.compile(
    rf"\b(?:{_DOCUMENTS}|[Pp]lan|MoU|[Rr]oadmap|[Ss]trategy|[Pp]rogramme|[Pp]rogram)s?\s+"
    r"(?:(?:that|which)\s+(?:was|were)\s+)?(?:agreed|signed|adopted|concluded|approved|inked|ratified)\s+"
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:de|del|da|do|dos|la|el|al)\s+)?[A-Z][\w'’.-]*){0,2},?\s+)?"
    r"(?:(?:up)?on\s+|in\s+)?$")


def _document_dated(sent: Sentence, t: Timex) -> bool:
    """"assessed the Action Plan agreed in February of this year": the date of a document told by its participle,
    not of the meeting the sentence tells of."""
    at = t.start - sent.start
    return _DOCUMENT_DATED.search(sent.text, max(0, at - 80), at) is not None


# an absolute clause of "with", set off by a comma, that forecasts something else: ", with elections for a new
# government possible as early as the end of the year", ", with a vote expected in March", ", with the handover due by"
_WITH_FORECAST: Final = rx.compile(
    r"(?:,|\s[—–-]{1,2})\s+with\s+(?:[\w'’-]+\s+){1,8}?(?:possible|possibly|likely|expected|due|set|slated|scheduled)\s+"
    r"(?:to\s+[a-z]+\s+)?(?:(?:as\s+(?:early|soon)\s+as|no\s+later\s+than|by|before|in|on|for|at)\s+)?$", re.I)


def _forecast_of_another(sent: Sentence, t: Timex, meeting_starts: list[int]) -> bool:
    """"Iraq had entered a new phase, with elections possible as early as the end of the year, Howard was told during
    a meeting with Bush": the date a "with" clause forecasts for something else, no meeting's (a meeting word inside
    the clause, "with a summit expected in March", keeps it)."""
    at = t.start - sent.start
    w = _WITH_FORECAST.search(sent.text, max(0, at - 120), at)
    return w is not None and not any(sent.start + w.start() <= s < t.start for s in meeting_starts)


def _year_span(sent: Sentence, t: Timex) -> bool:
    """"the Strategic Partnership Action Plan 2019-2023": the first year of a period (a plan's, a term's), not a
    meeting's date."""
    at, end = t.start - sent.start, t.end - sent.start
    if t.spec.year is None or t.spec.month is not None or t.spec.day is not None:
        return False
    return (_YEAR_SPAN.match(sent.text, end) is not None
            or (_YEAR_SPAN_WORDS.match(sent.text, end) is not None
                and _YEAR_SPAN_FROM.search(sent.text, max(0, at - 10), at) is not None)
            or _YEAR_SPAN_START.search(sent.text, max(0, at - 22), at) is not None)


# the year a matter of the talks is measured over: "to discuss Russian-Belarusian trade and economic cooperation in
# 2017", "bilateral trade turnover in 2022", "the results of 2019" (a year alone, right after the matter's noun)
_MATTER_OF_A_YEAR: Final = rx.compile(
    r"\b(?:cooperation|trade|turnover|exports|imports|investments?|growth|output|results|performance|budget|economy)\s+"
    r"(?:in|for|of|during)\s+(?:the\s+year\s+)?$")


# a figure, then the year it counts: "showed a figure of 782,176 in 2023", "totaled some 684 million US dollars in
# 2018", "grew by 12 percent in 2022" (a number written with its thousands, decimals, percent or millions)
_FIGURE_OF_A_YEAR: Final = rx.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b|million\b|billion\b|"
    r"trillion\b|mln\b|bln\b))(?:\s+(?!in\b|during\b|for\b)[\w$€£-]+){0,3}\s+(?:in|during|for)\s+$", re.I)


def _matter_year(sent: Sentence, t: Timex) -> bool:
    """"the meeting's participants are expected to discuss Russian-Belarusian trade and economic cooperation in 2017":
    the year of a matter discussed (trade, cooperation, results), not the meeting's date; so too the year a figure
    counts ("whose records at the border showed a figure of 782,176 in 2023")."""
    if t.spec.year is None or t.spec.month is not None or t.spec.day is not None or t.spec.rel_unit:
        return False
    at = t.start - sent.start
    return (_MATTER_OF_A_YEAR.search(sent.text, max(0, at - 40), at) is not None
            or _FIGURE_OF_A_YEAR.search(sent.text, max(0, at - 60), at) is not None)


def _clock_aside(text: str, at: int) -> bool:
    """Whether a date stands in a parenthesis that tells a time in another zone."""
    return "(" in text and _CLOCK_ASIDE.search(text, max(0, at - 40), at) is not None


# the verbs of a decision, a proposal or an acceptance: their day is not that of the meeting decided on
_DECISION_VERBS: Final = (r"(?:agreed|decided|resolved|pledged|vowed|promised|undertook"
                          r"|proposed|accepted|offered|suggested)")
_DECIDED: Final = rx.compile(r"\s+(?:(?!and\b|but\b)[a-z]+\s+)?" + _DECISION_VERBS
                            + r"\b")  # (not "met in June 2005 and agreed to ...": the meeting's month)


HISTORY_YEARS = 100  # a date this many years before the article's is history, no meeting of the people it names


def _history(t: Timex, anchor: date | None) -> bool:
    """"PM Desalegn's visit, which coincided with the period the Ethiopian people defeated Italian imperialists
    March 2nd 1898": a date of a century before the article is no day of a meeting of people living now."""
    return anchor is not None and t.spec.year is not None and t.spec.year < anchor.year - HISTORY_YEARS


def _decided(sent: Sentence, t: Timex, dated: list[Timex]) -> bool:
    """"the ministers Friday agreed to broker a summit in April": the day of a decision, when the meeting decided on
    has a date of its own after it."""
    return bool(_DECIDED.match(sent.text, t.end - sent.start)) and any(o.start > t.end for o in dated)


_DECIDED_ON: Final = rx.compile(r"\b" + _DECISION_VERBS + r"\s+(?:on\s+)?$")
_MEET_VERBS: Final = r"(?:hold|meet|visit|convene|host|arrange|organi[sz]e|have)\b"
# "agreed yesterday to a request from his Thai counterpart to meet", "accepted on Monday an invitation to visit"
_REQUEST: Final = (r"(?:an?|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}(?:request|invitation|proposal|offer)\b"
                   r"[^.;]{0,100}?")
_TO_MEET: Final = rx.compile(r",?\s+(?:to\s+(?:" + _REQUEST + r"\bto\s+)?|" + _REQUEST + r"\bto\s+)" + _MEET_VERBS)


def _decided_on(sent: Sentence, t: Timex) -> bool:
    """"Roh agreed on Thursday to hold summit talks with Abe": the day of the decision, not of the meeting it
    decides on."""
    at, end = t.start - sent.start, t.end - sent.start
    return (bool(_DECIDED_ON.search(sent.text, max(0, at - 20), at)) and bool(_TO_MEET.match(sent.text, end))) or (
        bool(_APPEALED_ON.search(sent.text, max(0, at - 110), at)) and bool(_TO_VERB.match(sent.text, end)))


def day_decided(sent: Sentence, t: Timex) -> bool:
    """The day of `t` is that of a decision or an appeal to meet ("agreed on Thursday to hold talks", "urged them on
    Monday to hold peace talks"): no meeting's day, nor the day the lede tells of the article's meeting."""
    return _decided_on(sent, t)


# an appeal's day: "called on the army and the RSF on Sunday to agree on a ceasefire" at the talks
_APPEALED_ON: Final = rx.compile(r"\b(?:called\s+on|calls\s+on|urged|urges|pressed|presses|appealed\s+to|appeals\s+to)"
                                 r"\s+(?:[\w'’().-]+\s+){0,12}?(?:on\s+)?$")
_TO_VERB: Final = rx.compile(r",?\s+to\s+[a-z]{2,}\b")


_OPENS_WITH: Final = rx.compile(r"\W*(?:(?:On|Late|Early|Later|Earlier)\s+(?:on\s+)?)?", re.I)
_FRONTED_DAY: Final = rx.compile(r"\W*(?:[Oo]n|[Ll]ate|[Ee]arly|[Ll]ater)?\s*(?:on\s+)?")  # the date opens the sentence
_SPEAKER_SAID: Final = rx.compile(  # ", President Museveni said", ", the Rwandan leader told reporters"
    r",\s+(?:(?!(?:and|but|or|who|which|that|after|before|met|meets|held|holds|visited|hosted|received|will|would)"
    r"\b)[\w.'’-]+\s+){1,6}?(?:said|says|told|stated|noted|revealed|disclosed|recalled|confirmed)\b")
_ANNOUNCED_ON: Final = rx.compile(r"\b(?:(?:announcement|statement|press\s+release)\s+"
                                  r"(?:on\s+(?:the\s+(?:same|matter|subject|issue)|it|this)\s+)?"  # "issued a statement
                                  # on the same on Tuesday", "a statement on the matter on Monday": the subject between
                                  r"|(?:remarks|comments)\s+(?:made\s+)?(?:to\s+(?:the\s+)?(?:press|media|reporters)\s+)?)"
                                  r"(?:on\s+)?$", re.I)  # ("remarks made to the press on Monday by Sanders")
_ANNOUNCES_AFTER: Final = rx.compile(
    r",?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:will\s+|would\s+|is\s+to\s+)?(?:make|made|makes|issue|issued|"
    r"issues)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:announcement|statement)\b", re.I)


_THAT: Final = rx.compile(r"\bthat\s")


# a statement made at a meeting: "said this on Monday at the closing of the Ministerial Meeting", "told reporters on
# Friday on the sidelines of the summit"
_SAID_AT_THE_MEETING: Final = rx.compile(r"\s+(?:at|on|during)\s+the\s+(?:(?:closing|close|end|opening|conclusion)\s+"
                                         r"(?:session\s+|ceremony\s+)?of|sidelines\s+of|margins\s+of|fringes\s+of)\s",
                                         re.I)


def statement_date(sent: Sentence, t: Timex) -> bool:
    """"Kono said Monday", "Tass reported Sunday", "Sunday papers reported", "Morgulov on Thursday mentioned": the
    date of a statement or a report, not of a meeting; not "said Tuesday that Monday's meeting", a date that is
    the possessor of what follows."""
    if sent.text.startswith(("'s ", "’s "), t.end - sent.start) or _SAID_AT_THE_MEETING.match(
            sent.text, t.end - sent.start):
        return False  # (not "said this on Monday at the closing of the Ministerial Meeting": the meeting's day too)
    folded, blind = case_blind(sent.text[max(0, t.start - sent.start - 40):t.start - sent.start])
    said = blind["reporting"].search(folded)
    if (said and not _THAT.search(said.group(0))) or patterns()["reported_by"].match(sent.text, t.end - sent.start):
        return True  # not "announced that in March he will hold a meeting": a date of what was said
    if _OPENS_WITH.fullmatch(sent.text, 0, t.start - sent.start) and patterns()["reported_after_comma"].match(
            sent.text, t.end - sent.start):
        return True  # "On August 2, the Kremlin press service reported that ...": the day of the report
    at, end = t.start - sent.start, t.end - sent.start
    if _TOLD_PRESS.search(sent.text, max(0, at - 80), at):
        return True  # "Peskov told the official Russian news agency on Thursday TASS that in the meeting ..."
    if _ANNOUNCED_ON.search(sent.text, max(0, at - 40), at) or _ANNOUNCES_AFTER.match(sent.text, end):
        return True  # "making a formal announcement on Saturday", "On Saturday, the ministry will make a statement"
    if _POSTED_ON.search(sent.text, max(0, at - 60), at):
        return True  # "who confirmed the visit and meeting of the leaders on his Twitter handle on Monday": a post's
    if _RELEASE_SAID.search(sent.text, max(0, at - 90), at):
        return True  # "..., said a foreign ministry's press release here today": the day of the release
    if _LEARNT_FROM.search(sent.text, max(0, at - 80), at):
        return True  # "..., Dawn learnt through reliable diplomatic sources on Saturday": the day the paper learnt it
    if _FRONTED_DAY.fullmatch(sent.text, 0, at) and _SPEAKER_SAID.match(sent.text, end):
        return True  # "On Tuesday, President Museveni said he'd met President Kagame": the day he spoke
    return bool(patterns()["speaker_then"].search(sent.text[max(0, t.start - sent.start - 80):t.start - sent.start]))


_POSTED_ON: Final = rx.compile(  # the day of a post on a social network, told after the account it was posted on
    r"\b(?:on|via|through|in)\s+(?:his|her|its|their|the)\s+(?:official\s+)?(?:[\w-]+\s+)?(?:Twitter|X|Facebook|"
    r"Instagram|Telegram|WhatsApp|Weibo|WeChat)\s+(?:handle|account|page|feed|profile|channel)\s+"
    r"(?:on\s+|late\s+|early\s+)?$", re.I)
_RELEASE_SAID: Final = rx.compile(  # a release or a statement as the one who says, after its verb, then its day
    r"\b(?:said|says|stated|states|added|noted|announced)\s+(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,4}?(?:press\s+"
    r"release|release|statement|communiqu[ée]|handout|readout)\s+(?:issued\s+)?(?:here\s+|there\s+)?"
    r"(?:on\s+|late\s+|early\s+)?$", re.I)
_LEARNT_FROM: Final = rx.compile(  # a paper's word for its scoop: "has learnt from official sources on Monday"
    r"\b(?:learnt|learned)\s+(?:from|through)\s+(?:[\w.'’-]+\s+){0,3}?(?:sources?|officials?|quarters)\s+"
    r"(?:on\s+|late\s+|early\s+)?$", re.I)
_TOLD_PRESS: Final = rx.compile(
    r"\b(?:told|tells|briefed|informed)\s+(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){0,3}(?:news\s+agency|agency|reporters|"
    r"journalists|media|press|newspaper|daily|television|TV|radio|channel|broadcaster|outlet|parliament|lawmakers)"
    r"\s+(?:on\s+)?$", re.I)
