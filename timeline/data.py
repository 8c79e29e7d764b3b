"""Where the articles are and a fingerprint of their files, the key of the loading cache."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from loaders.settings import ARTICLE_SUFFIXES, ARTICLES_DIR, CORRECTIONS_FILE, METADATA_FILE

ENV_VAR = "TIMELINE_ARTICLES"


def articles_dir(environ: dict[str, str] | None = None) -> Path:
    """The folder named by TIMELINE_ARTICLES, else data/articles of the project."""
    env = os.environ if environ is None else environ
    value = (env.get(ENV_VAR) or "").strip()
    return Path(value).expanduser() if value else ARTICLES_DIR


def article_files(folder: Path) -> list[Path]:
    """The files the loaders read: article suffixes, the metadata and corrections files, no hidden or temp files."""
    if not folder.is_dir():
        return []
    out = []
    with os.scandir(folder) as it:
        for entry in it:
            name = entry.name
            if name.startswith(".") or not entry.is_file():
                continue
            if name == METADATA_FILE or name.lower().endswith(ARTICLE_SUFFIXES):
                out.append(Path(entry.path))
    return sorted(out)


def fingerprint(folder: Path) -> str:
    """A hash of the names, sizes and modification times of the folder's article files.

    Any added, removed, replaced or edited article changes it, so the cached corpus is reloaded.
    """
    h = hashlib.sha256(str(folder.resolve()).encode())
    for path in article_files(folder):
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"\0{path.name}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    return h.hexdigest()


def article_count(folder: Path) -> int:
    return sum(1 for p in article_files(folder) if p.name not in (METADATA_FILE, CORRECTIONS_FILE))
