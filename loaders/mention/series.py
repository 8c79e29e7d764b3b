"""The recurring summit a text names (G20, APEC, ASEAN ...), not the group itself."""

from __future__ import annotations

from typing import Final

from .. import regexes as rx
from .vocabulary import patterns


def series_named(text: str) -> str | None:
    """The first recurring summit of the vocabulary that the text names (not its ministers' meetings: "the ASEAN
    Foreign Ministers' Meeting", "a G20 finance ministers' meeting" are not the leaders' summit)."""
    found = _series_in(text)
    if found is None and "(" in text and (bare := _ACRONYM_AFTER.sub("", text)) != text:
        found = _series_in(bare)  # "the 27th African Union (AU) summit": the "African Union summit"
    return found


def _series_in(text: str) -> str | None:
    p = patterns()
    if not p["any_series"].occurrences(text):
        return None
    for s, pat in p["series"]:
        if any(not _MINISTERS_OF.match(text, m.end()) and not _MINISTERIAL_OF.search(text, 0, m.start())
               and not _NOT_THE_SUMMIT.match(text, m.end())
               for m in pat.finditer(text)):
            return s
    return None


_ACRONYM_AFTER: Final = rx.compile(r"(?<=[A-Za-z])\s+\([A-Z][A-Za-z0-9&-]{1,9}\)(?=\s)")  # a name's acronym after it
_MINISTERS_OF: Final = rx.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:[Mm]inisters?['’]?|[Mm]inisterial)(?![\w-])")
# "the 8th Ministerial Conference of the Forum on China-Africa Cooperation": the ministers', not the leaders' summit
_MINISTERIAL_OF: Final = rx.compile(r"\b(?:[Mm]inisterial|[Mm]inisters['’]?)\s+(?:[Cc]onference|[Mm]eeting|"
                                    r"[Ss]ession)\s+of\s+(?:the\s+)?$")
_NOT_THE_SUMMIT: Final = rx.compile(  # "as ASEAN Chair", "ASEAN member states", "G20 economies": the group, no summit
    r"(?:['’]s)?\s+(?:[Cc]hair|[Cc]hairman|[Cc]hairmanship|[Cc]hairs|[Cc]hairship|[Mm]ember|[Mm]embers|[Mm]embership|"
    r"[Ss]ecretariat|[Ss]ecretary|[Ss]ecretary-[Gg]eneral|[Ee]conomy|[Ee]conomies|[Cc]ountries|[Nn]ations|[Ss]tates|"
    r"[Aa]greement|[Cc]harter|[Ee]nvoy|[Ss]pecial\s+[Ee]nvoy|[Pp]artners?|[Rr]egion|[Cc]ommunity|[Ww]ay|"
    r"[Cc]entrality|[Oo]utlook|[Pp]residency|[Ff]ramework)(?![\w-])")
