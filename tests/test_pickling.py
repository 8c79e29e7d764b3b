"""The cache and the worker processes pickle per-article results: they come back equal."""

import pickle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_an_article_result_survives_pickling():
    from loaders.corpus import read_folder
    from loaders.pipeline import extract_article

    articles, _, _ = read_folder(ROOT / "data" / "articles")
    for art in articles:
        result = extract_article(art)
        back = pickle.loads(pickle.dumps(result))
        assert repr((back.events, back.context, back.reports)) == repr((result.events, result.context, result.reports))
        assert back.titled == result.titled
        people = [p for ev in result.events for m in ev.mentions for p in m.people]
        for item in [*people, *(m.place for ev in result.events for m in ev.mentions if m.place)]:
            assert pickle.loads(pickle.dumps(item)) == item
