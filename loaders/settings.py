"""All settings of the extractor in one place."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
PEOPLE_FILE = DATA_DIR / "people.csv"
COUNTRIES_FILE = DATA_DIR / "countries.csv"
SUMMITS_FILE = DATA_DIR / "summits.csv"
SUMMIT_SERIES_FILE = DATA_DIR / "summit_series.csv"
MEETING_WORDS_FILE = DATA_DIR / "meeting_words.json"
LEADERS_FILE = DATA_DIR / "leaders.csv"  # which office of each country meets other leaders
VISITS_FILE = DATA_DIR / "visits.csv"  # leaders' trips abroad: which trip a year-less meeting abroad was
INAUGURATIONS_FILE = DATA_DIR / "inaugurations.csv"  # leaders sworn in again within one term of people.csv
VENUES_FILE = DATA_DIR / "venues.csv"  # resorts, islands, towns of summits the gazetteer lacks or puts elsewhere
COUNTRY_GROUPS_FILE = DATA_DIR / "country_groups.csv"  # regional groups news names by adjective ("Baltic leaders")
DIPLOMATIC_TIES_FILE = DATA_DIR / "diplomatic_ties.csv"  # when two countries established ties: their anniversaries
# Reading
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
METADATA_FILE = "metadata.csv"
CORRECTIONS_FILE = "corrections.jsonl"  # the analyst's corrections beside the articles (loaders/corrections.py)
MAX_FILE_BYTES = 50 * 1024 * 1024  # larger files are skipped with a message
MAX_TEXT_CHARS = 500_000  # characters of text per article; the rest is cut with a note
MAX_HTML_CHARS = 5_000_000  # characters of markup per HTML page (the parser slows down sharply beyond)
TEXT_ENCODINGS = ("utf-8", "utf-16", "cp1252")  # tried in this order after a BOM check

# Dates
DATEPARSER_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": [],
}
MIN_YEAR, MAX_YEAR = 1800, 2100  # years outside are not dates of meetings

# Cache: results, stashed tables and compiled regexes live in $DIPLOMATIC_TIMELINE_CACHE, else
# $XDG_CACHE_HOME/diplomatic-timeline, else ~/.cache/diplomatic-timeline; set it empty to keep nothing.
CACHE_ENV_VAR = "DIPLOMATIC_TIMELINE_CACHE"


def cache_dir() -> Path:
    """The cache directory used when none is given (read from the environment at each call)."""
    env = os.environ.get(CACHE_ENV_VAR)
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "diplomatic-timeline"


# Extractor version: part of the cache key; bump when extraction output changes.
EXTRACTOR_VERSION = "0.1.0"

# Temporal expression tagger (loaders/dates.py): its vocabularies, and how far (in words) a tense cue
# may stand from a date expression to decide whether the sentence speaks of the past or the future.
DATE_WORDS_FILE = DATA_DIR / "date_words.json"
DATE_TENSE_WINDOW = 8  # finite verbs and auxiliaries ("met", "will", "was scheduled")
DATE_INFINITIVE_WINDOW = 4  # "to hold ... in December"
