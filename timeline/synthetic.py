"""Synthetic events and articles of any size, for tests and benchmarks (deterministic for a seed)."""

from __future__ import annotations

import calendar
import random

import pandas as pd

from loaders.schema import EVENT_TYPES, ArticleRecord, Event, articles_frame, to_frame

PEOPLE = [
    ("Shinzo Abe", "Japan"), ("Vladimir Putin", "Russia"), ("Fumio Kishida", "Japan"),
    ("Sergey Lavrov", "Russia"), ("Xi Jinping", "China"), ("Wang Yi", "China"), ("Moon Jae-in", "South Korea"),
    ("Kang Kyung-wha", "South Korea"), ("Donald Trump", "United States"), ("Mike Pompeo", "United States"),
    ("Taro Kono", "Japan"), ("Narendra Modi", "India"), ("Emmanuel Macron", "France"), ("Angela Merkel", "Germany"),
]
PLACES = ["Tokyo", "Moscow", "Sochi", "Vladivostok", "Beijing", "Seoul", "Osaka", "New York", "Lima", None]
PRECISIONS = ["day", "day", "day", "month", "part_of_month", "season", "year", "none"]
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}


def _date(rng: random.Random, precision: str) -> tuple[str | None, str | None, str | None, str | None]:
    """(date, date_text, date_start, date_end) for a precision."""
    year = rng.randint(2012, 2020)
    month = rng.randint(1, 12)
    last = calendar.monthrange(year, month)[1]
    if precision == "day":
        day = rng.randint(1, last)
        d = f"{year}-{month:02d}-{day:02d}"
        return d, f"{calendar.month_abbr[month]}. {day}", d, d
    if precision == "month":
        return f"{year}-{month:02d}", calendar.month_name[month], f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last}"
    if precision == "part_of_month":
        part = rng.choice(["early", "mid", "late"])
        lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[part]
        return (f"{year}-{month:02d}", f"{part} {calendar.month_name[month]}",
                f"{year}-{month:02d}-{lo:02d}", f"{year}-{month:02d}-{hi:02d}")
    if precision == "season":
        name = rng.choice(list(SEASONS))
        m0, m1 = SEASONS[name]
        return (f"{year}-{m0:02d}", f"this {name}", f"{year}-{m0:02d}-01",
                f"{year}-{m1:02d}-{calendar.monthrange(year, m1)[1]}")
    if precision == "year":
        return str(year), f"in {year}", f"{year}-01-01", f"{year}-12-31"
    return None, None, None, None


def synthetic_corpus(n_events: int, seed: int = 0, sources_per_event: float = 1.2,
                     articles: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, articles) frames in the loaders' schema with about n_events distinct events.

    Some events are reported by several articles (same event_id, one row each); the article texts contain
    every evidence sentence at the recorded offsets.
    """
    rng = random.Random(seed)
    n_articles = articles or max(1, n_events // 4)
    texts: list[list[str]] = [[] for _ in range(n_articles)]
    lengths = [0] * n_articles
    events: list[Event] = []
    for i in range(n_events):
        precision = rng.choice(PRECISIONS)
        date, date_text, start, end = _date(rng, precision)
        if date is None:
            precision = "none"
        people = rng.sample(PEOPLE, k=rng.choice([1, 2, 2, 2, 3]))
        names = [p for p, _ in people]
        countries = sorted({c for _, c in people})
        etype = rng.choice(EVENT_TYPES)
        status = "planned" if rng.random() < 0.2 else "held"
        place = rng.choice(PLACES)
        n_src = 1 + (1 if rng.random() < sources_per_event - 1 else 0)
        for a in rng.sample(range(n_articles), k=min(n_src, n_articles)):
            sentence = (f"{' and '.join(names)} held a {etype.replace('_', ' ')} meeting"
                        f"{' in ' + place if place else ''}{' on ' + date_text if date_text else ''} (event {i}).")
            start_at = lengths[a]
            texts[a].append(sentence)
            lengths[a] += len(sentence) + 2
            events.append(Event(
                article=f"a{a:05d}.txt", event_id=f"ev{i:06d}", type=etype, status=status, date=date,
                date_text=date_text, date_precision=precision,
                date_reason=f"“{date_text}” read against the publication date" if date else "no date in the text",
                date_confidence=round(rng.uniform(0.5, 1.0), 2) if date else 0.0,
                date_start=start, date_end=end, participants=names, countries=countries, location=place,
                evidence=sentence, evidence_start=start_at, evidence_end=start_at + len(sentence),
                evidence_spans=[[start_at, start_at + len(sentence)]], title=f"Article {a}",
                published="2020-01-01", anchor="2020-01-01", anchor_reason="given", url=f"https://example.org/{a}",
                source="Synthetic News",
            ))
    ev = to_frame(events)
    records = [ArticleRecord(article=f"a{a:05d}.txt", events=0, title=f"Article {a}", published="2020-01-01",
                             anchor="2020-01-01", anchor_reason="given", url=f"https://example.org/{a}",
                             source="Synthetic News", chars=lengths[a]) for a in range(n_articles)]
    arts = articles_frame(records)
    arts["text"] = ["\n\n".join(t) for t in texts]
    arts["events"] = ev.groupby("article").size().reindex(arts["article"]).fillna(0).astype(int).to_numpy()
    return ev, arts


def sample_event(event_id: str = "e1", article: str = "a.txt", **overrides: object) -> Event:
    """One Event with plausible defaults (a held Abe–Putin summit on 22 Jan 2019); override any field."""
    base: dict[str, object] = dict(
        article=article, event_id=event_id, type="summit", status="held", date="2019-01-22",
        date_text="Jan. 22", date_precision="day", date_reason="“Jan. 22” in an article of 30 Jan 2019",
        date_confidence=0.9, date_start="2019-01-22", date_end="2019-01-22",
        participants=["Shinzo Abe", "Vladimir Putin"], countries=["Japan", "Russia"], location="Moscow",
        evidence="Abe met Putin.", evidence_start=0, evidence_end=14, evidence_spans=[[0, 14]],
        title="Talks", published="2019-01-30", anchor="2019-01-30", anchor_reason="metadata",
        url="https://example.org/a", source="Example",
    )
    base.update(overrides)
    return Event(**base)  # type: ignore[arg-type]
