"""An article: a file's text exactly as read, plus the regions that are site boilerplate or markup."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..records import Boilerplate


@dataclass(frozen=True, repr=False)
class Article:
    """The text every offset in the workbench points into.

    ``text`` is ``Path(path).read_text(encoding="utf-8")`` unchanged; boilerplate and
    markup (HTML, front matter, shortcodes) are marked in ``boilerplate``, never removed.
    """

    id: str
    text: str
    path: str | None = None
    boilerplate: tuple[Boilerplate, ...] = field(default=())

    def __repr__(self) -> str:
        return (
            f"Article({self.id!r}: {len(self.text)} characters, {len(self.boilerplate)} boilerplate regions)"
        )

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def in_boilerplate(self, start: int, end: int) -> bool:
        """Whether the span ``[start, end)`` overlaps a boilerplate region."""
        return any(b.start < end and start < b.end for b in self.boilerplate)

    @classmethod
    def from_text(cls, text: str, id: str = "text", path: str | Path | None = None) -> Article:
        from .boilerplate import find_boilerplate

        return cls(
            id=id, text=text, path=None if path is None else str(path), boilerplate=find_boilerplate(text)
        )
