"""Readings kept on disk, so that a corpus read once is re-read without running spaCy.

An entry is keyed by everything a reading depends on: the article text, the spaCy pipeline
(name and version, as ``nlp.describe`` gives them), the workbench version and a fingerprint
of the workbench's own source files, so that changed analysis code never serves a stale
reading.

A cache folder may be shared by a team or shipped with a project, so an entry is data, never
code: plain JSON, decoded into the record types field by field with strict types (pydantic),
never unpickled. Before use an entry is checked against its key and the article text: the key
and the text's sha256 it names must be the ones asked for, the model the cache's, and every
record must point inside the text and quote it exactly. An entry failing any check, truncated,
or not a regular file is a miss, and is overwritten by the next ``put``. Entries are written
atomically (a temporary file in the same folder, then ``os.replace``): an interrupted run leaves
a complete entry or none.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from ..errors import ArticleError
from ..input.files import read_regular_file, user_path, write_atomic
from ..records.reading import Reading

SUFFIX = ".reading.json"
FORMAT = "workbench-reading/1"
# An entry holds records, not the text; a reading of a million-character article is a few MB.
MAX_ENTRY_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Entry:
    """What an entry file holds: the reading (its article's text left out: the caller has it)
    and what it must match."""

    format: str
    key: str
    text_sha256: str
    model: str
    reading: Reading


@lru_cache(maxsize=1)
def _entries():
    from pydantic import TypeAdapter

    return TypeAdapter(Entry)


@lru_cache(maxsize=1)
def source_fingerprint() -> str:
    """sha256 over the names and bytes of the workbench package's Python files."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        digest.update(name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def entry_key(text: str, model: str) -> str:
    """The cache key of an article text read with the pipeline ``model`` (``describe``)."""
    from .. import __version__

    parts = [text_sha256(text), model, __version__, source_fingerprint()]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


class ReadingCache:
    """A folder of readings made with one pipeline (``model``, as ``describe`` gives it)."""

    def __init__(self, directory: str | Path, model: str) -> None:
        self.directory = user_path(directory)
        self.model = model

    def __repr__(self) -> str:
        return f"ReadingCache({str(self.directory)!r}, model={self.model!r})"

    def path(self, text: str) -> Path:
        return self._path(entry_key(text, self.model))

    def _path(self, key: str) -> Path:
        # Two-character subfolders keep folders small for large corpora.
        return self.directory / key[:2] / f"{key}{SUFFIX}"

    def get(self, text: str, *, id: str | None = None, path: str | Path | None = None) -> Reading | None:
        """The stored reading of ``text``, or None. ``id`` and ``path`` replace the stored
        article's: the same text may sit in another file than when it was first read."""
        key = entry_key(text, self.model)
        try:
            # Not through a link, and never a pipe or a device planted where an entry should be.
            raw = read_regular_file(self._path(key), MAX_ENTRY_BYTES, follow_links=False)
            entry = _entries().validate_json(raw, strict=True)
        except (ArticleError, ValueError):
            # Missing, truncated, not ours, or not data of the expected shape: a miss, never an error.
            return None
        if (
            entry.format != FORMAT
            or entry.key != key
            or entry.text_sha256 != text_sha256(text)
            or entry.model != self.model
            or entry.reading.model != self.model
            or not quotes_text(entry.reading, text)
        ):
            return None
        article = entry.reading.article
        article = replace(
            article,
            text=text,
            id=article.id if id is None else id,
            path=article.path if path is None else str(path),
        )
        return replace(entry.reading, article=article)

    def put(self, reading: Reading) -> Path:
        """Store ``reading``; returns the entry's path. Raises OSError when the folder cannot
        be written (``read_many`` then warns once and reads on without the cache)."""
        key = entry_key(reading.text, self.model)
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        # A fresh copy without the text: tables a user already computed are not stored either.
        stored = replace(reading, article=replace(reading.article, text=""))
        entry = Entry(
            format=FORMAT, key=key, text_sha256=text_sha256(reading.text), model=self.model, reading=stored
        )
        write_atomic(path, _entries().dump_json(entry))
        return path


def quotes_text(reading: Reading, text: str) -> bool:
    """Whether every record of ``reading`` fits ``text``: offsets inside it, a record's ``text``
    the characters between its ``start`` and ``end``, references to other records in range."""
    size = len(text)
    records = (
        *reading.article.boilerplate,
        *reading.entity_records,
        *reading.actor_records,
        *reading.claim_records,
        *reading.casualty_records,
    )
    for record in records:
        values = {f.name: getattr(record, f.name) for f in fields(record)}
        offsets = [v for k, v in values.items() if k.endswith(("start", "_end")) or k == "end"]
        if any(value is not None and not 0 <= value <= size for value in offsets):
            return False
        start, end = values.get("start"), values.get("end")
        if "text" in values and start is not None and text[start:end] != values["text"]:
            return False
    claims = {c.id for c in reading.claim_records}
    if any(i not in claims for c in reading.claim_records for i in c.contradicts):
        return False
    return all(c.claim is None or c.claim in claims for c in reading.casualty_records)
