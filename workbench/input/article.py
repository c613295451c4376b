"""An article: a file's text exactly as read, plus the regions that are site boilerplate or markup."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..records import Boilerplate


@dataclass(frozen=True)
class Source:
    """The file an article was read from: how it was read (``kind``: ``"text"``, ``"html"``,
    ``"pdf"`` or ``"docx"``), the SHA-256 of its bytes, and what a page or document says of
    itself (``title``, ``date`` as ``YYYY-MM-DD``, ``author``, ``site``; None where it does not)."""

    kind: str
    sha256: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    site: str | None = None


@dataclass(frozen=True, repr=False)
class Article:
    """The text every offset in the workbench points into.

    For a text file ``text`` is ``Path(path).read_text(encoding="utf-8")`` unchanged; for a web
    page, a PDF or a Word document it is the text extracted from it (``source`` says which, with
    the file's own hash). Boilerplate and markup (HTML, front matter, shortcodes) left in the text
    are marked in ``boilerplate``, never removed.
    """

    id: str
    text: str
    path: str | None = None
    boilerplate: tuple[Boilerplate, ...] = field(default=())
    source: Source | None = None

    def __repr__(self) -> str:
        return (
            f"Article({self.id!r}: {len(self.text)} characters, {len(self.boilerplate)} boilerplate regions)"
        )

    @property
    def sha256(self) -> str:
        """The SHA-256 of the text (UTF-8), which every offset points into."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def file_sha256(self) -> str | None:
        """The SHA-256 of the file the text was read from, as it is on disk (None for a text
        not read from a file)."""
        return self.source.sha256 if self.source is not None else None

    def in_boilerplate(self, start: int, end: int) -> bool:
        """Whether the span ``[start, end)`` overlaps a boilerplate region."""
        return any(b.start < end and start < b.end for b in self.boilerplate)

    @classmethod
    def from_text(
        cls, text: str, id: str = "text", path: str | Path | None = None, source: Source | None = None
    ) -> Article:
        from .boilerplate import find_boilerplate

        return cls(
            id=id,
            text=text,
            path=None if path is None else str(path),
            boilerplate=find_boilerplate(text),
            source=source,
        )
