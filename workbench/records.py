"""Plain records that every layer of a reading is made of.

Offsets are character offsets into ``Article.text``, the file's text exactly as
``Path.read_text(encoding="utf-8")`` returns it; ``text[start:end]`` is the span.
Nothing here holds a spaCy object, so records pickle, compare and serialise as-is.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Boilerplate:
    """A region of site furniture (share buttons, comment prompts, CMS credits)."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Entity:
    """A named-entity mention; ``actor`` is the canonical actor it belongs to, if any."""

    start: int
    end: int
    text: str
    label: str
    actor: str | None = None


@dataclass(frozen=True)
class Actor:
    """A participant of the story: mentions grouped under one canonical name."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    mentions: int
    first_start: int


ACTOR_KINDS = (
    "person",
    "armed_group",
    "state_force",
    "government",
    "media",
    "organization",
    "place",
    "other",
)


def as_dict(record) -> dict:
    """A JSON-ready dict of a record (tuples become lists)."""
    return {key: list(value) if isinstance(value, tuple) else value for key, value in asdict(record).items()}
