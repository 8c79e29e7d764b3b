"""Small helpers for tests: extract the events of one text, as the pipeline would."""

from datetime import date

from loaders.corpus import finish
from loaders.pipeline import extract_article
from loaders.read import Article


def article(text: str, published: date | None = None, name: str = "a.txt") -> Article:
    return Article(name=name, text=text, body=[(0, len(text))], published=published,
                   published_reason="given" if published else "")


def events_of(*texts: str, published: date | None = None):
    """Events of one or more articles given as plain text (article i is named a{i}.txt)."""
    results = [extract_article(article(t, published, f"a{i}.txt")) for i, t in enumerate(texts)]
    return finish(results, [], []).events
