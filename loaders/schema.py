"""The one Event schema shared by the loaders, the CLI, the tests and the dashboard."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    import pandas as pd  # imported where a table is built: reading and extracting need none

EventType = Literal["summit", "ministerial", "vice_ministerial", "working_level", "other"]
Status = Literal["held", "planned"]
Precision = Literal["day", "part_of_month", "month", "season", "quarter", "year", "none"]

EVENT_TYPES: tuple[str, ...] = get_args(EventType)
STATUSES: tuple[str, ...] = get_args(Status)
PRECISIONS: tuple[str, ...] = get_args(Precision)


@dataclass
class Event:
    """One meeting as reported by one article (one row per article and event)."""

    article: str  # file name of the article
    event_id: str  # the same id for the same real meeting across articles
    type: str  # one of EVENT_TYPES
    status: str  # one of STATUSES, as of the article
    date: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"; None when unresolved
    date_text: str | None = None  # the expression in the text ("Jan. 22", "late September")
    date_precision: str = "none"  # one of PRECISIONS
    date_reason: str = ""  # why the date is what it is, for a person to read
    date_confidence: float = 0.0  # 0..1
    date_start: str | None = None  # first day the date may denote (ISO), for drawing spans
    date_end: str | None = None  # last day the date may denote (ISO)
    end_date: str | None = None  # last day of a meeting of several days ("May 4-5"), None for one day (ISO)
    article_date: str | None = None  # the date this article alone gives (may be less precise than `date`)
    article_date_reason: str = ""
    participants: list[str] = field(default_factory=list)  # the people the article names, spelled alike in every row
    # people the article does not name, filled in for a side it names only by its country ("the Japan-Russia
    # summit"): that office's holder on the meeting's dates, from data/people.csv; each with why, in the same order
    # ("President of Russia on 2018-05-26: ...; data/people.csv line 19: ..."; the words before the first ': ' are
    # the short label, inferred_label). The merge joins on both lists.
    inferred_participants: list[str] = field(default_factory=list)
    inferred_reasons: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # country names, sorted
    location: str | None = None  # where the meeting took place or will take place
    evidence: str = ""  # the main sentence the event was read from
    evidence_start: int = 0  # character offsets of `evidence` in the article's text
    evidence_end: int = 0
    evidence_spans: list[list[int]] = field(default_factory=list)  # every supporting sentence [start, end]
    title: str = ""
    published: str | None = None  # publication date given by metadata or the text (ISO)
    anchor: str | None = None  # the article's date: given (ISO day) or inferred: a day, month, year or "start/end"
    anchor_reason: str = ""
    url: str | None = None
    source: str | None = None
    # The analyst's corrections (loaders/corrections.py, applied after the merge):
    corrected: bool = False  # a person changed something of this row (or added it)
    checked: bool = False  # a person confirmed the event as it stands
    original: str = ""  # JSON object: the extracted value of every field a correction changed ("" when none)
    corrections: str = ""  # ids of the corrections applied to this row, space-separated

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Event))
LIST_COLUMNS: tuple[str, ...] = ("participants", "inferred_participants", "inferred_reasons", "countries",
                                 "evidence_spans")


def inferred_label(reason: str) -> str:
    """The short form of an inferred person's reason: the office and when ("President of Russia on 2018-05-26")."""
    return reason.split(": ", 1)[0].strip()


def to_frame(events: list[Event]) -> pd.DataFrame:
    """The events table: one row per (article, event), columns in schema order."""
    import pandas as pd

    if not events:
        return empty_frame()
    return pd.DataFrame([e.to_dict() for e in events], columns=list(COLUMNS))


def empty_frame() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})


def from_record(record: dict[str, Any]) -> Event:
    """An Event from a dict (a JSON line or a table row); unknown keys are ignored."""
    known = {k: record[k] for k in COLUMNS if k in record}
    for k in LIST_COLUMNS:
        if k in known and known[k] is not None and not isinstance(known[k], list):
            known[k] = [list(x) if not isinstance(x, str) else x for x in known[k]]
    return Event(**known)


@dataclass
class ArticleRecord:
    """One input file as the extractor saw it: the per-file account of what was read and found."""

    article: str  # file name
    status: str = "read"  # "read" or "skipped"
    problems: list[str] = field(default_factory=list)  # clear messages naming what went wrong
    events: int = 0  # events found in it
    title: str = ""
    published: str | None = None  # given by metadata or a date line in the text
    anchor: str | None = None  # published, or inferred: a day, month, year or an interval "start/end"
    anchor_reason: str = ""
    url: str | None = None
    source: str | None = None
    chars: int = 0
    corrections: int = 0  # the analyst's corrections applied to its events
    orphaned: list[str] = field(default_factory=list)  # corrections that no longer apply here, and why

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


ARTICLE_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(ArticleRecord))


def articles_frame(records: list[ArticleRecord]) -> pd.DataFrame:
    import pandas as pd

    if not records:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in ARTICLE_COLUMNS})
    return pd.DataFrame([r.to_dict() for r in records], columns=list(ARTICLE_COLUMNS))
