"""Why two meetings became one: the join that took each absorbed meeting's mention into another event, as counts.

    .venv/bin/python -m tests.eval.joins --folder DIR --gold GOLD [--show] [--mode meta|text]

For every core gold meeting that lost.py counts as "absorbed" (an event keeps its sentence only as a supporting one),
the mentions the finder found in its sentences are followed through loaders.meetings and the modules of its steps
(STEP_MODULES): each time one of them moves into another event, the step is recorded - the function that joined
(gather, join_visits, join_later_days, ...), the finder that chose the event it joined and the line of the finder
that returned it (_same_event:48), and what the two sides of the join had: people (same / subset / other / none),
place, date, type, series. Counts by step unless --show, which lists each absorbed meeting with its steps (dev folders
only: never on a blind set).
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from loaders import meetings
from loaders.corpus import extract_folder
from loaders.meeting import (
    article_events,
    compatible,
    event_joins,
    event_people,
    event_sides,
    guest_rounds,
    lede_dates,
    same_meeting,
    sequence_dates,
    standalone,
    told_as,
    trip_joins,
)
from loaders.schema import to_frame
from tests.eval.errors import miss_kind, pairs
from tests.eval.lost import lost_stage, watched
from tests.eval.table import scorer

# the steps that move mentions from one event into another without compatible._join
LIST_STEPS = ["_absorb_unpeopled", "join_visits", "join_undated_twins", "join_undated", "join_captions",
              "join_later_days", "join_day_told_again", "join_arrival_days", "join_gathering_days",
              "join_days_of_visit"]
# the meeting step: loaders.meetings and the modules of its steps (a name is patched in each module that binds it)
STEP_MODULES = [article_events, compatible, event_joins, event_people, event_sides, guest_rounds, lede_dates, meetings,
                same_meeting, sequence_dates, standalone, told_as, trip_joins]
MEETINGS_FILES = {Path(mod.__file__ or "").resolve() for mod in STEP_MODULES}


def people_test(a: list[str], b: list[str]) -> str:
    """How the people of two events compare: the same, one within the other, sharing some, other, or none told."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return "people untold"
    if sa == sb:
        return "same people"
    if sa < sb or sb < sa:
        return "people within"
    return "people shared" if sa & sb else "other people"


def describe(ev: Any) -> dict[str, Any]:
    """What an event has when it is joined."""
    loc = ev.location
    return {"people": list(ev.participants), "place": loc.name if loc else None,
            "date": ev.timex.value if ev.timex else None, "type": ev.type, "series": ev.series,
            "status": ev.status, "sentence": ev.main_sentence.text[:90] if ev.mentions else ""}


def passed(into: dict[str, Any], other: dict[str, Any]) -> list[str]:
    """The tests a join passed, told as words: people, place, day, kind."""
    out = [people_test(into["people"], other["people"])]
    pa, pb = into["place"], other["place"]
    out.append("place untold" if not (pa and pb) else "same place" if pa == pb else "other places")
    da, db = into["date"], other["date"]
    out.append("day untold" if not (da and db) else "same day" if da[:10] == db[:10] else "other dates")
    if bool(into["series"]) != bool(other["series"]):
        out.append("summit and meeting")
    return out


@contextmanager
def traced() -> Iterator[dict[int, list[dict[str, Any]]]]:
    """Record, by mention id, every step that moved the mention into another event."""
    steps: dict[int, list[dict[str, Any]]] = {}
    found: list[tuple[str, int]] = [("", 0)]  # the last finder of the step that returned an event, and its line

    def profile(frame: Any, event: str, arg: Any) -> None:
        if event == "return" and isinstance(arg, article_events.ArticleEvent) and \
                Path(frame.f_code.co_filename).resolve() in MEETINGS_FILES:
            found[0] = (frame.f_code.co_name, frame.f_lineno)

    orig_join = compatible._join

    def join(into: Any, other: Any) -> None:
        caller = inspect.stack()[1]
        outer = next((f.function for f in inspect.stack()[1:] if f.function in ("gather", *LIST_STEPS)), "?")
        step = {"by": f"{outer}/{caller.function}:{caller.lineno}", "finder": f"{found[0][0]}:{found[0][1]}",
                "into": describe(into), "other": describe(other)}
        for m in other.mentions:
            steps.setdefault(id(m), []).append(step)
        orig_join(into, other)

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(events: list[Any], *args: Any, **kw: Any) -> Any:
            owner = {id(m): ev for ev in events for m in ev.mentions}
            before = {id(ev): describe(ev) for ev in events}
            out = fn(events, *args, **kw)
            for ev in (out if isinstance(out, list) else events):
                for m in ev.mentions:
                    was = owner.get(id(m))
                    if was is not None and was is not ev and not any(
                            s["by"].startswith(name) for s in steps.get(id(m), [])):
                        steps.setdefault(id(m), []).append({"by": name, "finder": "", "into": before.get(
                            id(ev), describe(ev)), "other": before[id(was)]})
            return out
        return run

    def patch(name: str, fn: Callable[..., Any]) -> None:
        for mod in STEP_MODULES:
            if hasattr(mod, name):
                setattr(mod, name, fn)

    saved = {name: next(getattr(mod, name) for mod in STEP_MODULES if hasattr(mod, name)) for name in LIST_STEPS}
    patch("_join", join)
    for name, fn in saved.items():
        patch(name, wrap(name, fn))
    old_profile = sys.getprofile()
    sys.setprofile(profile)
    try:
        yield steps
    finally:
        sys.setprofile(old_profile)
        patch("_join", orig_join)
        for name, fn in saved.items():
            patch(name, fn)


def key(step: dict[str, Any]) -> str:
    """A step told for counting: the join, its finder, and the tests it passed."""
    finder = f" <{step['finder']}>" if step["finder"] else ""
    return f"{step['by']}{finder} [{', '.join(passed(step['into'], step['other']))}]"


def joins(folder: Path, gold_doc: dict, show: bool = False) -> Counter:
    """Counts of the joins that took the core meetings counted "absorbed" into other events, in one folder."""
    mod = scorer()
    with watched() as seen, traced() as steps, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pred.jsonl"
        to_frame(extract_folder(folder, cache=None).events).to_json(out, orient="records", lines=True,
                                                                    force_ascii=False)
        raw = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]
        preds = mod.load_pred(str(out))
    for p in preds:
        p["evidence_spans"] = [sp for r in raw if r["article"] == p["article"]
                               and r["event_id"] == p.get("event_id") for sp in r["evidence_spans"]]
    gold = gold_doc["events"]
    paired = pairs(mod, gold, preds)
    taken = set(paired.values())
    c: Counter = Counter()
    for i, g in enumerate(gold):
        if not g["core"] or i in paired or miss_kind(mod, g, preds, taken) != "no event" or \
                lost_stage(mod, g, preds, seen) != "absorbed":
            continue
        ev = [mod.norm_text(x) for x in g["evidence"] if len(mod.norm_text(x)) > 15]
        ms = [m for s, fs in seen["found"].get(g["file"], {}).items()
              if any(e in (n := mod.norm_text(s)) or (len(n) > 15 and n in e) for e in ev) for m in fs]
        mine = [s for m in ms for s in steps.get(id(m), [])]
        c[key(mine[0]) if mine else "no join of its mentions"] += 1
        if show:
            print(f"{g['file']}  {g['evidence'][0][:120]}")
            for s in mine or [None]:
                if s is None:
                    print("    no join of its mentions (another sentence's mention quotes it)")
                    continue
                print(f"    {key(s)}")
                for side in ("into", "other"):
                    d = s[side]
                    print(f"      {side:5} {d['type']}/{d['status']} {d['people']} @{d['place']} {d['date']} "
                          f"{d['series'] or ''} | {d['sentence']}")
    return c


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folder", type=Path, required=True, help="a folder of dev articles")
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--show", action="store_true", help="list each absorbed meeting and its joins")
    args = ap.parse_args(argv)
    c = joins(args.folder, json.loads(args.gold.read_text(encoding="utf-8")), args.show)
    for k, n in c.most_common():
        print(f"{n:3}  {k}")


if __name__ == "__main__":
    main()
