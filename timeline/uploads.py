"""Save uploaded articles safely: clean names, content checks, no silent overwrite, atomic writes."""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ALLOWED_SUFFIXES = (".txt", ".html", ".htm", ".json")
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_NAME_CHARS = 100
TEMP_PREFIX = ".upload-"
TEMP_SUFFIX = ".part"
# Names Windows reserves whatever the extension (a file called con.txt cannot be opened there).
RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
RESERVED_FILES = {"metadata.csv", "corrections.jsonl"}
_BAD_CHARS = re.compile(r"[^\w.\- ]+", re.UNICODE)


class UploadError(ValueError):
    """An upload that was refused, with a message for the person who uploaded it."""


def safe_name(name: str) -> str:
    """A plain file name for the articles folder, or UploadError.

    Keeps only the last path component (both / and \\ separate), normalizes Unicode (NFC), drops control
    characters, turns anything but letters, digits, '.', '-', '_' and spaces into '_', strips leading
    dots (no hidden files, no '..'), renames Windows device names (con.txt -> con_.txt), shortens long
    names and insists on one of ALLOWED_SUFFIXES.
    """
    if not isinstance(name, str):
        raise UploadError("The file has no name.")
    base = re.split(r"[\\/]", name)[-1]
    base = unicodedata.normalize("NFC", base)
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    base = _BAD_CHARS.sub("_", base).strip(" .")
    base = re.sub(r"\s+", " ", base)
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        raise UploadError(f"“{name}” has no extension; use one of {', '.join(ALLOWED_SUFFIXES)}.")
    suffix = "." + suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise UploadError(f"“{name}” is not a {', '.join(ALLOWED_SUFFIXES)} file.")
    stem = stem.strip(" ._-") or "article"
    if stem.split(".")[0].lower() in RESERVED:
        stem = stem + "_"
    stem = stem[:MAX_NAME_CHARS].rstrip(" .")
    result = stem + suffix
    if result.lower() in RESERVED_FILES:
        raise UploadError(f"“{name}” is a reserved file name.")
    return result


def decode_text(data: bytes) -> str:
    """The text of an upload, or UploadError when it is not text (binary, NUL bytes, undecodable)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UploadError("The file says it is UTF-16 but is not.") from exc
    else:
        if b"\x00" in data:
            raise UploadError("The file is binary (it contains NUL bytes), not text.")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UploadError(f"The file is not UTF-8 text (bad byte at position {exc.start}).") from exc
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise UploadError("The file is mostly control characters: it looks binary, not like an article.")
    if not text.strip():
        raise UploadError("The file is empty.")
    return text


def check_upload(name: str, data: bytes, max_bytes: int = MAX_UPLOAD_BYTES) -> str:
    """The safe name for an upload whose content matches its type; UploadError otherwise."""
    clean = safe_name(name)
    if len(data) > max_bytes:
        raise UploadError(f"“{clean}” is {len(data):,} bytes; the limit is {max_bytes:,}.")
    text = decode_text(data)
    if clean.endswith(".json"):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UploadError(f"“{clean}” is not valid JSON: {exc.msg} at line {exc.lineno}.") from exc
        if not isinstance(parsed, (dict, list)):
            raise UploadError(f"“{clean}” must hold a JSON object or list of articles.")
    return clean


def write_atomic(folder: Path, name: str, data: bytes, replace: bool = False) -> Path:
    """Write data to folder/name so that readers see either no file or the whole file.

    The bytes go to a hidden temporary file in the same folder, are flushed to disk, and then are
    moved into place: os.replace when replacing is allowed, otherwise os.link, which fails if the
    name exists (so of two uploads of the same new name, exactly one wins). The temp file is always
    removed.
    """
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / name
    if dest.resolve().parent != folder.resolve():
        raise UploadError(f"“{name}” would leave the articles folder.")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        if replace:
            os.replace(tmp, dest)
        else:
            try:
                os.link(tmp, dest)
            except FileExistsError as exc:
                raise UploadError(
                    f"An article called “{name}” already exists; tick “replace” to overwrite it."
                ) from exc
            except OSError:
                # file systems without hard links: exclusive create, then rename over the empty placeholder
                try:
                    os.close(os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
                except FileExistsError as exc:
                    raise UploadError(
                        f"An article called “{name}” already exists; tick “replace” to overwrite it."
                    ) from exc
                os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return dest


@dataclass(frozen=True)
class UploadResult:
    original: str
    saved_as: str | None
    ok: bool
    message: str


def save_uploads(folder: Path, files: list[tuple[str, bytes]], replace: bool = False,
                 max_bytes: int = MAX_UPLOAD_BYTES) -> list[UploadResult]:
    """Check and save each (name, bytes); one result per file, refusals explained, nothing raised."""
    results = []
    for original, data in files:
        try:
            name = check_upload(original, data, max_bytes)
            existed = (folder / name).exists()
            write_atomic(folder, name, data, replace=replace)
            verb = "Replaced" if existed else "Added"
            renamed = "" if name == original else f" (saved as “{name}”)"
            results.append(UploadResult(original, name, True, f"{verb} “{original}”{renamed}."))
        except UploadError as exc:
            results.append(UploadResult(original, None, False, str(exc)))
        except OSError as exc:
            results.append(UploadResult(original, None, False, f"Could not save “{original}”: {exc.strerror}."))
    return results
