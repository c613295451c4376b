"""Readings kept on disk, so that a corpus read once is re-read without running spaCy.

An entry is keyed by everything a reading depends on: the article text, the spaCy pipeline
(name and version, as ``nlp.describe`` gives them), the workbench version and a fingerprint
of the workbench's own source files, so that changed analysis code never serves a stale
reading. Entries are pickles written atomically (a temporary file in the same folder, then
``os.replace``): an interrupted run leaves a complete entry or none. An entry that cannot
be read back is a miss, and is overwritten by the next ``put``.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .reading import Reading

SUFFIX = ".reading.pickle"


@lru_cache(maxsize=1)
def source_fingerprint() -> str:
    """sha256 over the names and bytes of the workbench package's Python files."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.glob("*.py")):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def entry_key(text: str, model: str) -> str:
    """The cache key of an article text read with the pipeline ``model`` (``describe``)."""
    from . import __version__

    parts = [hashlib.sha256(text.encode("utf-8")).hexdigest(), model, __version__, source_fingerprint()]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


class ReadingCache:
    """A folder of readings made with one pipeline (``model``, as ``describe`` gives it)."""

    def __init__(self, directory: str | Path, model: str) -> None:
        self.directory = Path(directory)
        self.model = model

    def __repr__(self) -> str:
        return f"ReadingCache({str(self.directory)!r}, model={self.model!r})"

    def path(self, text: str) -> Path:
        key = entry_key(text, self.model)
        # Two-character subfolders keep folders small for large corpora.
        return self.directory / key[:2] / f"{key}{SUFFIX}"

    def get(self, text: str, *, id: str | None = None, path: str | Path | None = None) -> Reading | None:
        """The stored reading of ``text``, or None. ``id`` and ``path`` replace the stored
        article's: the same text may sit in another file than when it was first read."""
        entry = self.path(text)
        try:
            with entry.open("rb") as file:
                key, reading = pickle.load(file)
        except Exception:
            # Missing, truncated, or not ours: a miss, never an error.
            return None
        if key != entry.name.removesuffix(SUFFIX) or not isinstance(reading, Reading) or reading.text != text:
            return None
        if id is not None or path is not None:
            article = reading.article
            article = replace(
                article, id=article.id if id is None else id, path=article.path if path is None else str(path)
            )
            reading = replace(reading, article=article)
        return reading

    def put(self, reading: Reading) -> Path:
        """Store ``reading``; returns the entry's path."""
        path = self.path(reading.text)
        path.parent.mkdir(parents=True, exist_ok=True)
        # A fresh copy: tables a user already computed (cached properties) are not stored.
        payload = pickle.dumps((path.name.removesuffix(SUFFIX), replace(reading)), pickle.HIGHEST_PROTOCOL)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(payload)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return path
