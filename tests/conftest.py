"""Shared fixtures: paths to the shipped data and the seed articles."""

from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline: a slow or busy machine is no failure.
settings.register_profile("timeline", deadline=None)
settings.load_profile("timeline")

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def articles_dir() -> Path:
    return ARTICLES
