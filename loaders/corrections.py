"""The analyst's corrections: read, check, append and apply the corrections file beside the articles.

`corrections.jsonl` (settings.CORRECTIONS_FILE) holds one JSON object a line, appended and never rewritten:

    {"id": "c20261205T232000-1a2b3c", "field": "date", "before": "2019-01-15", "after": "2019-01-22",
     "target": {"article": "003_x.txt", "passage": "Kono and Lavrov met ...", "span": [280, 548],
                "hint": {"type": "summit", "date_text": "Jan. 22"}},
     "who": "alice", "when": "2026-12-05T23:20:00Z", "note": "the article says Jan. 22"}

`target` names the event by its article and the passage it was read from (with the passage's offsets and a
hint to tell apart two events read from one sentence), never by a row number or an event_id a re-run may change.
`field` is an event field (FIELDS: the new value in `after`) or one of ACTIONS:

    hidden    after true: not a meeting, left out of the table (false shows it again)
    checked   after true: confirmed as it stands (false takes the mark off)
    same_as   after: the target of another event, which becomes part of this one (merge)
    separate  this source leaves its event and becomes an event of its own (split)
    added     after: the fields of a new event read from the target passage
    undo      after: the id of an earlier correction, which no longer applies

Corrections apply after the merge, in the order of the file, to the events table (`apply_corrections`); a
correction that cannot apply any more (the article is gone or changed, no event at the passage) is an `Orphan`
with the reason, never dropped silently, and a line that cannot be read is reported by its number.
"""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
import re
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import regexes as rx
from . import settings
from .schema import COLUMNS, EVENT_TYPES, PRECISIONS, STATUSES, Event

if TYPE_CHECKING:
    from .corpus import Extraction

FIELDS: tuple[str, ...] = tuple(f for f in ("date", "end_date", "date_precision", "type", "status", "participants",
                                            "countries", "location") if f in COLUMNS)
ACTIONS: tuple[str, ...] = ("hidden", "checked", "same_as", "separate", "added", "undo")
ADD_FIELDS: tuple[str, ...] = FIELDS  # what a new event may give (type and status are required)
MAX_TEXT = 2000  # characters of a passage, a note or a name
_ISO = rx.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PRECISION_OF = {4: "year", 7: "month", 10: "day"}


class CorrectionError(ValueError):
    """A correction that cannot be read or written, with a message for a person."""


@dataclass(frozen=True)
class Target:
    """What a correction applies to: a passage of an article (and a hint for two events in one passage)."""

    article: str
    passage: str
    span: tuple[int, int]
    hint: tuple[tuple[str, str], ...] = ()  # (field, value) of the event when the correction was made

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "passage": self.passage, "span": list(self.span),
                "hint": dict(self.hint)}

    @classmethod
    def from_dict(cls, raw: Any) -> Target:
        if not isinstance(raw, Mapping):
            raise CorrectionError("'target' must be an object with 'article', 'passage' and 'span'")
        article, passage, span = raw.get("article"), raw.get("passage"), raw.get("span")
        if not isinstance(article, str) or not article.strip():
            raise CorrectionError("the target has no 'article' (the file name of the article)")
        if not isinstance(passage, str) or not passage.strip():
            raise CorrectionError("the target has no 'passage' (the text the event was read from)")
        if (not isinstance(span, (list, tuple)) or len(span) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in span)
                or span[1] < span[0]):
            raise CorrectionError("the target's 'span' must be two offsets [start, end] into the article")
        hint = raw.get("hint") or {}
        if not isinstance(hint, Mapping):
            raise CorrectionError("the target's 'hint' must be an object")
        return cls(article, passage[:MAX_TEXT * 4], (int(span[0]), int(span[1])),
                   tuple(sorted((str(k), str(v)) for k, v in hint.items() if v is not None)))


@dataclass(frozen=True)
class Correction:
    """One line of the corrections file."""

    id: str
    target: Target
    field: str
    after: Any
    before: Any = None
    who: str = ""
    when: str = ""
    note: str = ""
    line: int = 0  # its line in the file (0: not read from a file)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "field": self.field, "before": self.before, "after": self.after,
                "target": self.target.to_dict(), "who": self.who, "when": self.when, "note": self.note}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=False)

    def describe(self) -> str:
        """One line for a person: what it changes."""
        if self.field == "hidden":
            what = "not a meeting (hidden)" if self.after else "shown again"
        elif self.field == "checked":
            what = "checked" if self.after else "check taken off"
        elif self.field == "same_as":
            what = f"same meeting as the one in {self.after.get('article', '?')}" if isinstance(
                self.after, Mapping) else "same meeting as another"
        elif self.field == "separate":
            what = "a separate meeting (split from its event)"
        elif self.field == "added":
            what = "event added from a passage"
        elif self.field == "undo":
            what = f"undo {self.after}"
        else:
            what = f"{self.field}: {_show(self.before)} → {_show(self.after)}"
        by = f" by {self.who}" if self.who else ""
        return f"{what}{by}" + (f" ({self.note})" if self.note else "")


def _show(value: Any) -> str:
    if value is None or value == "":
        return "none"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "none"
    return str(value)


# ---------------------------------------------------------------------- values


def check_value(name: str, value: Any) -> Any:
    """The value a correction may give a field, normalized; CorrectionError says what is wrong."""
    if name in ("date", "end_date"):
        if value is None or value == "":
            return None
        if not isinstance(value, str) or not valid_date(value.strip()):
            raise CorrectionError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD (a real date), not {value!r}")
        return value.strip()
    if name == "date_precision":
        if value not in PRECISIONS:
            raise CorrectionError(f"date_precision must be one of {', '.join(PRECISIONS)}, not {value!r}")
        return value
    if name == "type":
        if value not in EVENT_TYPES:
            raise CorrectionError(f"type must be one of {', '.join(EVENT_TYPES)}, not {value!r}")
        return value
    if name == "status":
        if value not in STATUSES:
            raise CorrectionError(f"status must be one of {', '.join(STATUSES)}, not {value!r}")
        return value
    if name in ("participants", "countries"):
        if isinstance(value, str):
            value = [v for v in (x.strip() for x in value.split(";" if ";" in value else ",")) if v]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CorrectionError(f"{name} must be a list of names")
        names = list(dict.fromkeys(v.strip()[:200] for v in value if v.strip()))
        return sorted(names) if name == "countries" else names
    if name == "location":
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str):
            raise CorrectionError("location must be text")
        return value.strip()[:200]
    raise CorrectionError(f"unknown field {name!r}: one of {', '.join(FIELDS + ACTIONS)}")


def valid_date(text: str) -> bool:
    m = _ISO.fullmatch(text)
    if not m or not settings.MIN_YEAR <= int(m[1]) <= settings.MAX_YEAR:
        return False
    try:
        date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return False
    return True


def _check(c: Correction) -> Correction:
    """The correction with its value checked and normalized, or CorrectionError."""
    f, after = c.field, c.after
    if f in FIELDS:
        after = check_value(f, after)
    elif f in ("hidden", "checked"):
        if not isinstance(after, bool):
            raise CorrectionError(f"'{f}' takes true or false as 'after', not {after!r}")
    elif f == "same_as":
        after = Target.from_dict(after).to_dict()
    elif f == "separate":
        after = True
    elif f == "added":
        if not isinstance(after, Mapping):
            raise CorrectionError("'added' takes the new event's fields as an object in 'after'")
        unknown = sorted(set(after) - set(ADD_FIELDS))
        if unknown:
            raise CorrectionError(f"a new event cannot set {', '.join(unknown)} (only {', '.join(ADD_FIELDS)})")
        for need in ("type", "status"):
            if need not in after:
                raise CorrectionError(f"a new event needs a {need}")
        after = {k: check_value(k, v) for k, v in after.items()}
    elif f == "undo":
        if not isinstance(after, str) or not after:
            raise CorrectionError("'undo' takes the id of the correction to undo as 'after'")
    else:
        raise CorrectionError(f"unknown field {f!r}: one of {', '.join(FIELDS + ACTIONS)}")
    return dataclasses.replace(c, after=after, who=str(c.who or "")[:200], note=str(c.note or "")[:MAX_TEXT])


def parse_line(text: str, line: int = 0) -> Correction:
    """One line of the file, checked; CorrectionError says what is wrong with it."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise CorrectionError(f"not JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(raw, dict):
        raise CorrectionError("not a JSON object")
    cid = raw.get("id")
    if not isinstance(cid, str) or not cid.strip():
        raise CorrectionError("no 'id'")
    name = raw.get("field")
    if not isinstance(name, str):
        raise CorrectionError("no 'field' (what the correction changes)")
    if "after" not in raw and name not in ("separate",):
        raise CorrectionError("no 'after' (the value it gives)")
    return _check(Correction(
        id=cid.strip(), target=Target.from_dict(raw.get("target")), field=name, after=raw.get("after"),
        before=raw.get("before"), who=str(raw.get("who") or ""), when=str(raw.get("when") or ""),
        note=str(raw.get("note") or ""), line=line))


def corrections_path(folder: str | Path) -> Path:
    return Path(folder) / settings.CORRECTIONS_FILE


def read_corrections(folder: str | Path) -> tuple[list[Correction], list[str]]:
    """The corrections of a folder in file order, and a message for each line that could not be read."""
    path = corrections_path(folder)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return [], []
    except OSError as err:
        return [], [f"{settings.CORRECTIONS_FILE}: could not be read ({err.strerror}); no correction applied"]
    out: list[Correction] = []
    problems: list[str] = []
    seen: set[str] = set()
    for n, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            c = parse_line(raw.decode("utf-8"), n)
            if c.id in seen:
                raise CorrectionError(f"the id {c.id!r} is used by an earlier line")
        except UnicodeDecodeError:
            problems.append(f"{settings.CORRECTIONS_FILE} line {n}: not UTF-8 text; this line is skipped")
            continue
        except CorrectionError as err:
            problems.append(f"{settings.CORRECTIONS_FILE} line {n}: {err}; this line is skipped")
            continue
        seen.add(c.id)
        out.append(c)
    return out, problems


# ---------------------------------------------------------------------- writing


def new_id(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return f"c{now:%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"


def default_who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is no reason to refuse a correction
        return "unknown"


def make(target: Target, field_name: str, after: Any, *, before: Any = None, who: str = "",
         note: str = "") -> Correction:
    """A new, checked correction (with a fresh id and the time now, UTC)."""
    now = datetime.now(UTC)
    return _check(Correction(id=new_id(now), target=target, field=field_name, after=after, before=before,
                             who=(who or "").strip(), when=f"{now:%Y-%m-%dT%H:%M:%SZ}", note=(note or "").strip()))


def make_for(row: Event | Mapping[str, Any], field_name: str, after: Any, *, who: str = "",
             note: str = "") -> Correction:
    """A new correction of the event this row speaks for, its value before taken from the row."""
    get = (lambda k: getattr(row, k, None)) if isinstance(row, Event) else row.get
    before = get(field_name) if field_name in FIELDS + ("hidden", "checked") else None
    if field_name == "hidden":
        before = False
    if isinstance(before, tuple):
        before = list(before)
    elif callable(tolist := getattr(before, "tolist", None)):  # numpy arrays and scalars from a table
        before = tolist()
    return make(target_of(row), field_name, after, before=before, who=who, note=note)


def append_corrections(folder: str | Path, corrections: Sequence[Correction]) -> Path:
    """Append corrections to the folder's file: one write under an exclusive lock, flushed to disk.

    The file is only ever appended to, so two writers at once (two browser sessions, a script) each add their
    lines whole and lose nothing; a file that does not end in a newline (edited by hand) gets one first.
    """
    path = corrections_path(folder)
    lines = "".join(_check(c).to_json() + "\n" for c in corrections).encode("utf-8")
    if not lines:
        return path
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        _lock(fd)
        size = os.fstat(fd).st_size
        if size:
            with open(path, "rb") as f:
                f.seek(size - 1)
                if f.read(1) != b"\n":
                    lines = b"\n" + lines
        view = memoryview(lines)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)  # closing releases the lock
    return path


def _lock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # not POSIX: appends of one write each still do not interleave
        return
    fcntl.flock(fd, fcntl.LOCK_EX)


# ---------------------------------------------------------------------- targets


def target_of(row: Event | Mapping[str, Any]) -> Target:
    """The target of an event row: its article, its evidence sentence and offsets, its type and date words."""
    get = (lambda k: getattr(row, k, None)) if isinstance(row, Event) else row.get
    start, end = _int(get("evidence_start")), _int(get("evidence_end"))
    hint = {k: str(v) for k in ("type", "date_text") if isinstance(v := get(k), str) and v}
    return Target(str(get("article")), str(get("evidence") or ""), (start, max(start, end)),
                  tuple(sorted(hint.items())))


def passage_target(article: str, text: str, start: int, end: int) -> Target:
    """The target of a passage of an article's text (for a new event)."""
    start, end = max(0, start), min(len(text), end)
    if end <= start or not text[start:end].strip():
        raise CorrectionError("the passage is empty")
    return Target(article, text[start:end], (start, end))


def _int(value: Any) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return 0


def locate(target: Target, text: str) -> tuple[int, int] | None:
    """Where the target's passage is in the article's text now: at its offsets, else the nearest occurrence."""
    s, e = target.span
    if text[s:e] == target.passage:
        return s, e
    hits = [m.start() for m in re.finditer(re.escape(target.passage), text)]
    if not hits:
        return None
    at = min(hits, key=lambda h: abs(h - s))
    return at, at + len(target.passage)


# ---------------------------------------------------------------------- applying


@dataclass
class Orphan:
    correction: Correction
    reason: str

    def message(self) -> str:
        c = self.correction
        where = f"line {c.line}, " if c.line else ""
        return f"correction {c.id} ({where}{c.describe()}) no longer applies: {self.reason}"


@dataclass
class Applied:
    """The corrected events, the corrections that applied, those that could not (and why) and those undone."""

    events: list[Event]
    applied: list[Correction] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    undone: list[Correction] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # lines of the file that could not be read


def active(corrections: Sequence[Correction]) -> tuple[list[Correction], list[Correction]]:
    """The corrections that count (undo lines removed with what they undo) and those undone.

    An undo can itself be undone, which brings the first correction back."""
    cancelled: set[str] = set()
    for c in reversed(corrections):
        if c.id not in cancelled and c.field == "undo":
            cancelled.add(str(c.after))
    keep = [c for c in corrections if c.field != "undo" and c.id not in cancelled]
    undone = [c for c in corrections if c.field != "undo" and c.id in cancelled]
    return keep, undone


class _Table:
    """The rows being corrected, with each one's original values and the ids applied to it."""

    def __init__(self, events: Sequence[Event]) -> None:
        self.rows = list(events)  # a row is copied when first changed (own): the input is left as it is
        self.owned: set[int] = set()
        self.original: list[dict[str, Any]] = [json.loads(e.original) if e.original else {} for e in self.rows]
        self.ids: list[list[str]] = [e.corrections.split() for e in self.rows]
        self.hidden = [False] * len(self.rows)
        self.by_article: dict[str, list[int]] = {}
        self.by_event: dict[str, list[int]] = {}  # kept up to date as merges and splits change event ids
        for i, e in enumerate(self.rows):
            self.by_article.setdefault(e.article, []).append(i)
            self.by_event.setdefault(e.event_id, []).append(i)

    def own(self, j: int) -> Event:
        if j not in self.owned:
            self.rows[j] = dataclasses.replace(self.rows[j])
            self.owned.add(j)
        return self.rows[j]

    def add(self, ev: Event, original: dict[str, Any], cid: str) -> None:
        i = len(self.rows)
        self.owned.add(i)
        self.rows.append(ev)
        self.original.append(original)
        self.ids.append([cid])
        self.hidden.append(False)
        self.by_article.setdefault(ev.article, []).append(i)
        self.by_event.setdefault(ev.event_id, []).append(i)

    def find(self, target: Target, texts: Mapping[str, str]) -> tuple[int | None, str]:
        """The row a target names, or None and why not."""
        if target.article not in texts:
            return None, f"the article {target.article} is not in the folder any more (or could not be read)"
        where = locate(target, texts[target.article])
        if where is None:
            return None, (f"the passage “{_clip(target.passage)}” is no longer in {target.article} "
                          "(the article changed)")
        s, e = where
        hint = dict(target.hint)
        best: tuple[tuple[int, int, int], int] | None = None
        for i in self.by_article.get(target.article, []):
            row = self.rows[i]
            spans = [(row.evidence_start, row.evidence_end)] + [(a, b) for a, b in row.evidence_spans]
            overlap = max((min(e, b) - max(s, a) for a, b in spans), default=0)
            if overlap <= 0:
                continue
            exact = int((row.evidence_start, row.evidence_end) == (s, e) or row.evidence == target.passage)
            was = {**{k: getattr(row, k) for k in hint}, **{k: v for k, v in self.original[i].items() if k in hint}}
            agree = sum(1 for k, v in hint.items() if str(was.get(k)) == v or str(getattr(row, k, "")) == v)
            score = (exact, agree, overlap)
            if best is None or score > best[0]:
                best = (score, i)
        if best is None:
            return None, (f"no event is read from the passage “{_clip(target.passage)}” any more "
                          "(the extractor changed); the passage is still in the article")
        return best[1], ""

    def event_rows(self, i: int) -> list[int]:
        return list(self.by_event[self.rows[i].event_id])

    def set(self, j: int, name: str, value: Any, cid: str) -> None:
        row = self.own(j)
        self.original[j].setdefault(name, getattr(row, name))
        if name == "event_id":
            self.by_event[row.event_id].remove(j)
            self.by_event.setdefault(value, []).append(j)
        setattr(row, name, value)
        if name == "participants" and set(value) & set(row.inferred_participants):
            # a person filled in from the people data whom the analyst lists is named now, by the analyst
            reasons = [*row.inferred_reasons, *[""] * len(row.inferred_participants)]
            kept = [(p, reasons[i]) for i, p in enumerate(row.inferred_participants) if p not in value]
            self.original[j].setdefault("inferred_participants", row.inferred_participants)
            self.original[j].setdefault("inferred_reasons", row.inferred_reasons)
            row.inferred_participants = [p for p, _ in kept]
            row.inferred_reasons = [why for _, why in kept]
        self.mark(j, cid)

    def mark(self, j: int, cid: str) -> None:
        self.own(j)
        if cid not in self.ids[j]:
            self.ids[j].append(cid)

    def result(self) -> list[Event]:
        out = []
        for j, (row, orig, ids, hidden) in enumerate(zip(self.rows, self.original, self.ids, self.hidden,
                                                         strict=True)):
            if hidden:
                continue
            if j not in self.owned:
                out.append(row)
                continue
            row.original = json.dumps(orig, ensure_ascii=False, sort_keys=True) if orig else ""
            row.corrected = bool(orig)
            row.corrections = " ".join(ids)
            out.append(row)
        return out


def _clip(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def apply_corrections(events: Sequence[Event], texts: Mapping[str, str],
                      corrections: Sequence[Correction]) -> Applied:
    """The events table with the corrections applied in order (the input is not changed).

    texts: every article's text by file name (to find the passages). A field's correction applies to every
    row (source) of the event the target names; hidden events are left out; every correction that cannot
    apply is an Orphan with the reason.
    """
    keep, undone = active(corrections)
    t = _Table(events)
    applied: list[Correction] = []
    orphans: list[Orphan] = []
    for c in keep:
        if c.field == "added":
            why = _add(t, c, texts)
        else:
            i, why = t.find(c.target, texts)
            if i is not None:
                why = _apply_one(t, i, c, texts)
        if why:
            orphans.append(Orphan(c, why))
        else:
            applied.append(c)
    return Applied(t.result(), applied, orphans, undone)


def _apply_one(t: _Table, i: int, c: Correction, texts: Mapping[str, str]) -> str:
    group = t.event_rows(i)
    if c.field in FIELDS:
        for j in group:
            _set_field(t, j, c)
    elif c.field == "hidden":
        for j in group:
            t.hidden[j] = bool(c.after)
            t.mark(j, c.id)
    elif c.field == "checked":
        for j in group:
            t.own(j).checked = bool(c.after)
            t.mark(j, c.id)
    elif c.field == "same_as":
        k, why = t.find(Target.from_dict(c.after), texts)
        if k is None:
            return f"the other event cannot be found: {why}"
        into = t.rows[i].event_id
        for j in t.event_rows(k):
            if t.rows[j].event_id != into:
                t.set(j, "event_id", into, c.id)
    elif c.field == "separate":
        if len(group) < 2:
            return "this source is already an event of its own"
        t.set(i, "event_id", f"{t.rows[i].event_id}~{c.id}", c.id)
    return ""


def _set_field(t: _Table, j: int, c: Correction) -> None:
    name, value = c.field, c.after
    if name == "date":
        t.set(j, "date", value, c.id)
        precision = _PRECISION_OF.get(len(value), "none") if value else "none"
        if t.rows[j].date_precision != precision:
            t.set(j, "date_precision", precision, c.id)
        for k in ("date_start", "date_end", "date_text"):  # drawn from the new date; the text's words no longer apply
            if getattr(t.rows[j], k) is not None:
                t.set(j, k, None, c.id)
        t.set(j, "date_confidence", 1.0 if value else 0.0, c.id)
        t.set(j, "date_reason", f"corrected by {c.who or 'someone'}" + (f": {c.note}" if c.note else ""), c.id)
    else:
        t.set(j, name, list(value) if isinstance(value, list) else value, c.id)


def _add(t: _Table, c: Correction, texts: Mapping[str, str]) -> str:
    target = c.target
    if target.article not in texts:
        return f"the article {target.article} is not in the folder any more (or could not be read)"
    where = locate(target, texts[target.article])
    if where is None:
        return f"the passage “{_clip(target.passage)}” is no longer in {target.article} (the article changed)"
    s, e = where
    fields: dict[str, Any] = dict(c.after)
    same = [t.rows[i] for i in t.by_article.get(target.article, [])]
    meta = {k: getattr(same[0], k) for k in ("title", "published", "anchor", "anchor_reason", "url", "source")
            } if same else {}
    value = fields.get("date")
    precision = fields.pop("date_precision", None) or (_PRECISION_OF.get(len(value), "none") if value else "none")
    ev = Event(article=target.article, event_id=f"added-{c.id}", evidence=target.passage, evidence_start=s,
               evidence_end=e, evidence_spans=[[s, e]], date_precision=precision,
               date_confidence=1.0 if value else 0.0,
               date_reason=f"added by {c.who or 'someone'}" + (f": {c.note}" if c.note else ""),
               **meta, **fields)
    t.add(ev, {"added": True}, c.id)
    return ""


# ---------------------------------------------------------------------- a folder's extraction


def correct_extraction(ex: Extraction, folder: str | Path) -> tuple[Extraction, Applied]:
    """The extraction of a folder with its corrections file applied (a new object; `ex` is left as it is).

    Each article's account says how many corrections applied to it and lists its orphans; orphans whose
    article is not in the folder, and unreadable lines, join the problems not tied to a file."""
    from .corpus import Extraction

    corrections, problems = read_corrections(folder)
    if not corrections and not problems:
        return ex, Applied(list(ex.events))
    done = apply_corrections(ex.events, ex.texts, corrections)
    done.problems = problems
    count: dict[str, int] = {}
    for c in done.applied:
        count[c.target.article] = count.get(c.target.article, 0) + 1
    orphaned: dict[str, list[str]] = {}
    for o in done.orphans:
        orphaned.setdefault(o.correction.target.article, []).append(o.message())
    n_events: dict[str, int] = {}
    for e in done.events:
        n_events[e.article] = n_events.get(e.article, 0) + 1
    records = [dataclasses.replace(r, corrections=count.get(r.article, 0), orphaned=orphaned.get(r.article, []),
                                   events=n_events.get(r.article, 0) if r.status == "read" else r.events)
               for r in ex.records]
    names = {r.article for r in ex.records}
    lost = [m for a, ms in orphaned.items() if a not in names for m in ms]
    out = Extraction(done.events, records, ex.texts, [*ex.problems, *problems, *lost])
    return out, done


_RANK = {p: n for n, p in enumerate(("day", "part_of_month", "month", "season", "quarter", "year"))}


def best_row(rows: Sequence[Event]) -> Event:
    """The row that speaks for its event (as the dashboard picks it): dated, most confident, most precise."""
    return min(rows, key=lambda e: (not e.date, -float(e.date_confidence or 0), _RANK.get(e.date_precision, 9)))


def listing(corrections: Iterable[Correction], done: Applied) -> list[dict[str, Any]]:
    """Every correction with its state (applied, orphaned with the reason, undone, or an undo line)."""
    state: dict[str, tuple[str, str]] = {c.id: ("applied", "") for c in done.applied}
    state.update({o.correction.id: ("orphaned", o.reason) for o in done.orphans})
    state.update({c.id: ("undone", "") for c in done.undone})
    out = []
    for c in corrections:
        s, why = state.get(c.id, ("undo" if c.field == "undo" else "applied", ""))
        out.append({**c.to_dict(), "line": c.line, "state": s, "reason": why, "summary": c.describe()})
    return out
