"""Sittings of talks or negotiations: "a new round of talks", a joint commission's session."""

from __future__ import annotations

import re
from typing import Final

from .. import regexes as rx

# "the third round of negotiations", "a new round of peace talks", "resumed indirect talks", "peace talks ...
# kicked off", "talks are scheduled to take place in South Africa": a sitting of the negotiations (a meeting), not
# the process the words otherwise name ("peace talks have stalled")
_ROUND_OF: Final = rx.compile(r"\b(?:round\s+of|resum(?:e|ed|es|ing)|restart(?:ed|s|ing)?|reopen(?:ed|s|ing)?|"
                              r"(?<=\bto\s)continue)\s+"
                              r"(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}$")
_SITTING_AFTER: Final = rx.compile(
    r"(?:\s+[^.;:]{0,80}?)?\s+(?:(?:(?:has|have|had|will|would|to|could|finally)\s+)?(?:resumed|restarted|started|"
    r"(?:(?<=will\s)|(?<=would\s)|(?<=\bto\s))(?:resume|restart|start)|"
    r"began|begun|begin|kicked\s+off|got\s+under\s*way|picked\s+up\s+again|opened\s+in)"
    r"|(?:are|is|were|was|will\s+be)\s+(?:scheduled|set|due|slated|expected)\s+to\s+(?:take\s+place|be\s+held|"
    r"start|begin|resume|open))\b")
_NEGOTIATIONS: Final = "negotiations"
# a dialogue told as one sitting: a round or an ordinal of it, or told as taking place ("The 16th strategic dialogue
# will take place in Seoul on Friday", "The second round of the formal strategic dialogue will be held on Thursday",
# "The \"strategic dialogue\" will take place Thursday", "the dialogue held at the highest level between the leaders of
# our two countries on 25 September"); not the process ("the dialogue process", "resume dialogue")
_DIALOGUE_SITTING: Final = rx.compile(
    r"(?:\b(?:round|session|sitting)\s+of\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}|\b(?:\d+(?:st|nd|rd|th)|"
    r"(?:[Ff]irst|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+(?:[\w'’-]+\s+){0,4})"
    r"(?P<d>[Dd]ialogue)\b|(?P<d2>[Dd]ialogue)[\"”']?\s+(?:will|would|is\s+to|is\s+set\s+to|"
    r"is\s+scheduled\s+to)\s+(?:take\s+place|be\s+held)\b|(?P<d3>[Dd]ialogue)[\"”']?\s+(?:took\s+place|was\s+held|"
    r"held(?=\s+(?:at|in|on|between)\s))\b")
# a joint commission of two governments told as one sitting: an ordinal or a session of it, or told as held ("the 7th
# Joint Commission for Bilateral Cooperation (JCBC) held in Manila on Tuesday", "a session of the Intergovernmental
# Commission"); not the body ("agreed to set up a joint commission", "co-chairs the intergovernmental commission")
_COMMISSION: Final = (r"(?:[Jj]oint\s+(?:[Mm]inisterial\s+|[Ii]ntergovernmental\s+|[Pp]ermanent\s+)?|"
                      r"[Ii]ntergovernmental\s+)[Cc]ommission")
_COMMISSION_SITTING: Final = rx.compile(
    rf"(?:\b(?:round|session|sitting)\s+of\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}|\b(?:\d+(?:st|nd|rd|th)|"
    rf"(?:[Ff]irst|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+(?:[\w'’-]+\s+){{0,4}})"
    rf"(?P<d>{_COMMISSION})\b|(?P<d2>{_COMMISSION})(?:\s+(?:for|on)\s+[^.;,]{{0,80}}?)?(?:\s+\([A-Z]{{2,8}}\))?"
    rf"\s+(?:took\s+place|was\s+held|met|convened|(?:will|is\s+to|is\s+set\s+to|is\s+scheduled\s+to)\s+"
    rf"(?:take\s+place|be\s+held|meet))\b")
_SITTING_NEGOTIATIONS: Final = rx.compile(
    r"\b(?:round\s+of|resum\w*|restart\w*|reopen\w*)\s+(?:[\w-]+\s+){0,2}negotiations\b"
    r"|\bnegotiations\b[^.;:]{0,80}?\b(?:resumed|restarted|started|began|begun|kicked\s+off|got\s+under\s*way|"
    r"picked\s+up|scheduled\s+to)\b", re.I)


def _sitting(text: str, lower: str, a: int, b: int) -> bool:
    """Talks or negotiations told as a sitting of them (a round, resumed, begun), not on the phone; trade or treaty
    talks resumed or begun stay the process unless a round of them is told."""
    if not lower[a:b].endswith(("talks", _NEGOTIATIONS)) or _REMOTE.search(text, a, b):
        return False
    if _A_ROUND_OF.search(lower, max(0, a - 50), a):
        return True
    return lower[a:b] in _SITTING_WORDS and (_ROUND_OF.search(lower, max(0, a - 50), a) is not None
                                             or _SITTING_AFTER.match(lower, b) is not None)


_A_ROUND_OF: Final = rx.compile(r"\bround\s+of\s+(?:[\w-]+\s+){0,2}$")
_SITTING_WORDS: Final = frozenset({"talks", "peace talks", _NEGOTIATIONS})

_REMOTE: Final = rx.compile(r"phone|call|video|virtual|letter|message|online|remote", re.I)
