"""Generate a SYNTHETIC corpus of news articles for benchmarks (never for accuracy figures).

    .venv/bin/python bench/generate.py --n 10000 [--out DIR] [--seed 1]

The articles are NOT real news. Each one is recombined from the sentences of the real seed articles
in data/articles: the paragraphs of one seed (a quarter of their sentences swapped for sentences of
the other seeds, a few extra paragraphs appended), with

  * dates shifted: every explicit year moves by the same number of years, and so does the
    publication date (written to metadata.csv), so "Jan. 22" and "next year" still read right;
  * names swapped: each person of data/people.csv that the seed names (found by loaders.actors) is
    replaced by a person of the same office in the country the article is about, in office at the
    shifted date when there is one; half of the articles also swap the two countries (names,
    adjectives) for another pair of countries.

The text is grammatical English with realistic density of names, dates and meeting words, which is
what speed and memory measurements need; the "facts" it states are made up. metadata.csv marks every
file with source "SYNTHETIC (bench/generate.py)". By default the corpus goes to a new folder under
the system's temporary directory (its path is printed), never into data/.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from loaders import actors, sentences, settings  # noqa: E402
from loaders.corpus import read_folder  # noqa: E402
from loaders.vocab import Person, load  # noqa: E402

SOURCE = "SYNTHETIC (bench/generate.py)"
_YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20[0-3]\d)(?![\d,])")


@dataclass
class Slot:
    """A span of a seed sentence that is rewritten in each synthetic copy."""

    start: int
    end: int
    kind: str  # "person" | "country" | "year"
    value: str  # canonical person / country name, or the year
    form: str = ""  # person: "full" | "surname"; country: "name" | "adjective"


@dataclass
class Piece:
    """A sentence (or title) of a seed, with the spans to rewrite."""

    text: str
    slots: list[Slot] = field(default_factory=list)


@dataclass
class Seed:
    name: str
    published: date
    title: Piece
    paragraphs: list[list[Piece]]


@dataclass
class Pool:
    seeds: list[Seed]
    sentences: list[Piece]
    paragraphs: list[list[Piece]]
    countries: list[str]  # the countries the seeds are about
    people_by_office: dict[tuple[str, str], list[Person]]
    person_office: dict[str, tuple[str, str]]
    country_forms: dict[str, tuple[str, str]]  # country -> (name, adjective)
    candidate_pairs: list[tuple[str, str]]


def _piece(text: str, countries: dict[str, str]) -> Piece:
    """The slots of one sentence: people (loaders.actors), country names and adjectives, years."""
    slots: list[Slot] = []
    taken = bytearray(len(text) + 1)

    def add(s: int, e: int, kind: str, value: str, form: str = "") -> None:
        if e > s and not any(taken[s:e]):
            taken[s:e] = b"\x01" * (e - s)
            slots.append(Slot(s, e, kind, value, form))

    vocab = load()
    people = {p.name: p for p in vocab.people}
    for m in actors.find(text):
        p = people.get(m.person)
        if p is None or not p.country:
            continue
        said = text[m.start:m.end]
        add(m.start, m.end, "person", p.name, "surname" if len(said.split()) == 1 else "full")
    for form, country in sorted(countries.items(), key=lambda kv: -len(kv[0])):
        for cm in re.finditer(rf"\b{re.escape(form)}\b", text):
            kind = "adjective" if form != country else "name"
            add(cm.start(), cm.end(), "country", country, kind)
    for ym in _YEAR.finditer(text):
        add(ym.start(), ym.end(), "year", ym.group(1))
    slots.sort(key=lambda s: s.start)
    return Piece(text, slots)


def build_pool(seed_dir: Path = settings.ARTICLES_DIR) -> Pool:
    arts, _, _ = read_folder(seed_dir)
    vocab = load()
    people = {p.name: p for p in vocab.people}
    # the countries the seeds are about: those of the people they name
    named: dict[str, int] = {}
    for art in arts:
        for m in actors.find(art.text):
            p = people.get(m.person)
            if p and p.country:
                named[p.country] = named.get(p.country, 0) + 1
    about = [c for c, _ in sorted(named.items(), key=lambda kv: -kv[1])][:2]
    country_forms: dict[str, tuple[str, str]] = {}
    for co in vocab.countries:
        country_forms[co.name] = (co.name, co.adjectives[0] if co.adjectives else co.name)
    forms: dict[str, str] = {}
    for c in about:
        forms[c] = c
        adj = country_forms[c][1]
        if adj != c:
            forms[adj] = c
    seeds: list[Seed] = []
    for art in arts:
        paras = []
        for b in art.body:
            sents = sentences.split(art.text, [b])
            if sents:
                paras.append([_piece(s.text, forms) for s in sents])
        published = art.published or date(2016, 1, 1)
        seeds.append(Seed(art.name, published, _piece(art.title or art.name, forms), paras))
    offices: dict[tuple[str, str], list[Person]] = {}
    for p in vocab.people:
        for t in p.terms:
            if p.country and t.source != "read from the text":
                lst = offices.setdefault((p.country, t.role), [])
                if p not in lst:
                    lst.append(p)
    person_office = {}
    for p in vocab.people:
        if p.country and p.terms:
            person_office[p.name] = (p.country, p.terms[-1].role)
    roles = {r for c in about for (cc, r) in offices if cc == c}
    # countries that have a person in every office the seeds mention, to swap the seed countries for
    candidates = sorted({c for (c, _r) in offices if all((c, r) in offices for r in roles)} - set(about))
    pairs = [(a, b) for a in candidates for b in candidates if a < b]
    return Pool(seeds, [s for sd in seeds for para in sd.paragraphs for s in para],
                [para for sd in seeds for para in sd.paragraphs], about, offices, person_office,
                country_forms, pairs)


def _shift_date(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _render(piece: Piece, shift: int, countries: dict[str, str], people: dict[str, Person],
            pool: Pool) -> str:
    out, pos = [], 0
    for s in piece.slots:
        out.append(piece.text[pos:s.start])
        said = piece.text[s.start:s.end]
        if s.kind == "year":
            said = str(int(s.value) + shift)
        elif s.kind == "country":
            new = countries.get(s.value, s.value)
            if new != s.value:
                said = pool.country_forms[new][0 if s.form == "name" else 1]
        elif s.kind == "person" and s.value in people:
            new_p = people[s.value]
            said = new_p.name if s.form == "full" else new_p.name.split()[-1]
        out.append(said)
        pos = s.end
    out.append(piece.text[pos:])
    return "".join(out)


def _swap_people(pool: Pool, rng: random.Random, countries: dict[str, str], day: date) -> dict[str, Person]:
    swap: dict[str, Person] = {}
    for name, (country, role) in pool.person_office.items():
        if country not in pool.countries:
            continue
        cands = pool.people_by_office.get((countries.get(country, country), role), [])
        if not cands:
            continue
        in_office = [p for p in cands if any(t.role == role and t.covers(day) for t in p.terms)]
        swap[name] = rng.choice(in_office or cands)
    return swap


def article(pool: Pool, i: int, seed: int = 1) -> tuple[str, str, date]:
    """The i-th synthetic article: (file name, text, publication date); the same for the same (i, seed)."""
    rng = random.Random(f"{seed}:{i}")
    template = rng.choice(pool.seeds)
    shift = rng.randint(-14, 6)
    published = _shift_date(template.published, shift)
    countries = {c: c for c in pool.countries}
    if pool.candidate_pairs and rng.random() < 0.5:
        pair = rng.choice(pool.candidate_pairs)
        countries = dict(zip(pool.countries, pair, strict=False))
    people = _swap_people(pool, rng, countries, published)
    paragraphs: list[list[Piece]] = []
    for para in template.paragraphs:
        paragraphs.append([rng.choice(pool.sentences) if rng.random() < 0.25 else s for s in para])
    for _ in range(rng.randint(0, 6)):
        paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(pool.paragraphs))
    title = _render(template.title, shift, countries, people, pool)
    body = "\n\n".join(" ".join(_render(s, shift, countries, people, pool) for s in para) for para in paragraphs)
    return f"synthetic_{i:06d}.txt", f"{title}\n\n{body}\n", published


def generate(n: int, out: Path | None = None, seed: int = 1, pool: Pool | None = None) -> Path:
    """Write n synthetic articles and their metadata.csv to `out` (a new temporary folder by default)."""
    out = Path(tempfile.mkdtemp(prefix="timeline-synthetic-")) if out is None else Path(out)
    out.mkdir(parents=True, exist_ok=True)
    pool = pool or build_pool()
    with (out / settings.METADATA_FILE).open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "published", "url", "source"])
        for i in range(n):
            name, text, published = article(pool, i, seed)
            (out / name).write_text(text, encoding="utf-8")
            w.writerow([name, published.isoformat(), f"synthetic://diplomatic-timeline/{seed}/{i}", SOURCE])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="number of articles (default 10,000)")
    parser.add_argument("--out", type=Path, help="folder to write to (default: a new temporary folder)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same corpus)")
    args = parser.parse_args(argv)
    t = time.perf_counter()
    out = generate(args.n, args.out, args.seed)
    print(f"{args.n} SYNTHETIC articles in {out} ({time.perf_counter() - t:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
