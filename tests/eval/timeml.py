"""Convert TimeML (.tml) files into the JSON benchmark format read by te3_score.py --data.

    python -m tests.eval.timeml OUT.json FILE.tml [FILE.tml ...] [--about TEXT]
    python -m tests.eval.timeml OUT.json DIR [DIR ...]            # every *.tml under each DIR
    python -m tests.eval.timeml --split OUT.json DEV.json HELDOUT.json

Each document becomes {"doc", "dct", "title", "text", "timexes"}:
  doc      the DOCID element (else the file name without .tml),
  dct      the date (YYYY-MM-DD) of the TIMEX3 whose functionInDocument is CREATION_TIME,
  title    the TITLE element, else the last line of EXTRAINFO, else "",
  text     the content of the TEXT element with every tag removed and XML entities decoded,
  timexes  every TIMEX3 inside TEXT: start/end character offsets into text, its text, type, value and tid.
The output mirrors /work/shared/eval/te3/te3-platinum.json: {"about": ..., "documents": [...]}.

--split writes the even positions of the documents sorted by name to DEV.json and the odd positions to
HELDOUT.json (a development half to read while fixing, a held-out half only to score).

Only the standard library is used. TimeML text is mixed content (tags inside running text), so the TEXT element
is walked tag by tag rather than parsed as a tree: offsets are counted on the decoded text.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
from typing import Any

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
ATTR = re.compile(r'([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
ELEMENT = r"<{0}\b[^>]*>(.*?)</{0}>"


def attributes(raw: str) -> dict[str, str]:
    return {m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in ATTR.finditer(raw)}


def creation_date(tml: str) -> str:
    """YYYY-MM-DD of the TIMEX3 marked CREATION_TIME (anywhere in the file), else ""."""
    for m in TAG.finditer(tml):
        if m.group(2) == "TIMEX3" and not m.group(1):
            a = attributes(m.group(3))
            if a.get("functionInDocument") == "CREATION_TIME":
                return a.get("value", "")[:10]
    return ""


def element(tml: str, name: str) -> str | None:
    m = re.search(ELEMENT.format(name), tml, re.S)
    return m.group(1) if m else None


def walk_text(body: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text of a TEXT element and its TIMEX3 spans (offsets into that plain text)."""
    out: list[str] = []
    length = 0
    open_timex: list[dict[str, Any]] = []
    timexes: list[dict[str, Any]] = []
    pos = 0
    for m in TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, raw, selfclosing = m.group(1), m.group(2), m.group(3), m.group(4)
        if name != "TIMEX3":
            continue
        if closing:
            if open_timex:
                t = open_timex.pop()
                t["end"] = length
                timexes.append(t)
        elif not selfclosing:
            a = attributes(raw)
            open_timex.append(dict(start=length, end=length, type=a.get("type", ""),
                                   value=a.get("value", ""), tid=a.get("tid", "")))
    chunk = html.unescape(body[pos:])
    out.append(chunk)
    text = "".join(out)
    for t in timexes:
        t["text"] = text[t["start"]:t["end"]]
    timexes.sort(key=lambda t: (t["start"], t["end"]))
    return text, [dict(start=t["start"], end=t["end"], text=t["text"], type=t["type"], value=t["value"],
                       tid=t["tid"]) for t in timexes]


def convert(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        tml = f.read()
    body = element(tml, "TEXT")
    if body is None:
        raise ValueError(f"{path}: no TEXT element")
    text, timexes = walk_text(body)
    docid = element(tml, "DOCID")
    title = element(tml, "TITLE")
    if title is None:
        extra = element(tml, "EXTRAINFO") or ""
        lines = [ln.strip() for ln in extra.strip().splitlines() if ln.strip()]
        title = lines[-1] if lines else ""
    name = (docid or os.path.basename(path)).strip()
    if name.endswith(".tml"):
        name = name[:-4]
    return dict(doc=name, dct=creation_date(tml), title=html.unescape(re.sub(r"<[^>]+>", "", title)).strip(),
                text=text, timexes=timexes)


def tml_files(paths: list[str]) -> list[str]:
    files: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, _dirs, names in os.walk(p):
                files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".tml")]
        else:
            files.append(p)
    return files


def split(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    ordered = sorted(docs, key=lambda d: d["doc"])
    return ordered[0::2], ordered[1::2]


def write(path: str, about: str, docs: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(dict(about=about, documents=docs), f, ensure_ascii=False, indent=1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", action="store_true", help="split OUT.json into DEV.json and HELDOUT.json")
    ap.add_argument("--about", default="TimeML documents converted by tests/eval/timeml.py.")
    ap.add_argument("out")
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args(argv)
    if a.split:
        if len(a.inputs) != 2:
            ap.error("--split takes OUT.json DEV.json HELDOUT.json")
        data = json.load(open(a.out, encoding="utf-8"))
        dev, held = split(data["documents"])
        about = data.get("about", "")
        write(a.inputs[0], about + " Development half (sorted document names, even positions).", dev)
        write(a.inputs[1], about + " Held-out half (sorted document names, odd positions).", held)
        print(f"dev {len(dev)} documents, held-out {len(held)} documents")
        return 0
    docs = []
    for path in tml_files(a.inputs):
        doc = convert(path)
        if not doc["dct"]:
            print(f"skipped {path}: no CREATION_TIME", file=sys.stderr)
            continue
        docs.append(doc)
    docs.sort(key=lambda d: d["doc"])
    write(a.out, a.about, docs)
    dates = sum(1 for d in docs for t in d["timexes"] if t["type"] == "DATE")
    print(f"{len(docs)} documents, {dates} DATE expressions -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
