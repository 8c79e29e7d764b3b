"""Shared fixtures: paths to the shipped data and the seed articles."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def articles_dir() -> Path:
    return ARTICLES
