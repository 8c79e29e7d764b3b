"""Shared fixtures: paths to the shipped data and the seed articles."""

from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline: the extractor runs several times slower as pure Python (TIMELINE_PURE_PYTHON=1 or a
# source edited after its build) than compiled, and a slow machine is no failure.
settings.register_profile("timeline", deadline=None)
settings.load_profile("timeline")

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def articles_dir() -> Path:
    return ARTICLES
