"""Plain records that every layer of a reading is made of.

Offsets are character offsets into ``Article.text``, the file's text exactly as
``Path.read_text(encoding="utf-8")`` returns it; ``text[start:end]`` is the span.
Nothing here holds a spaCy object, so records pickle, compare and serialise as-is.

Every entity, actor, claim and figure has an ``id`` made from the article text's hash and the
record's span (``ids``), so the same text read again gives the same ids; records refer to each
other by id, never by position, so a filtered reading keeps its references true.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Protocol


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
    id: str = ""


@dataclass(frozen=True)
class Actor:
    """A participant of the story: mentions grouped under one canonical name.

    ``affiliation`` is the actor it belongs to or speaks for, when the text says so
    ("Fahim Dashti, spokesman for the resistance front"). ``side`` is the side of the story it
    is on: one of the two armed actors the story is most about (itself, the one it is affiliated
    with, or the one its name starts with), else None.
    """

    name: str
    kind: str
    aliases: tuple[str, ...]
    mentions: int
    first_start: int
    affiliation: str | None = None
    id: str = ""
    side: str | None = None
    corrected: tuple[str, ...] = ()  # the fields a researcher corrected ("merged", "split")


@dataclass(frozen=True)
class Claim:
    """An attributed statement: what is reported (``start``/``end``), who says it, how.

    ``speaker`` is a canonical actor name when the source is an actor, else the source
    phrase, else None (unattributed). ``speaker_text`` etc. are the exact words naming the
    source; ``cue`` the reporting word(s) as written. ``via`` is the outlet or intermediary
    relaying the statement ("CNN, citing two officials": speaker the officials, via CNN).
    """

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_type: str  # named | anonymous | media | document | unattributed
    cue: str
    cue_start: int
    cue_end: int
    stance: str  # asserts | denies
    hedged: bool = False
    via: str | None = None
    quote: bool = False  # the content is a direct quotation
    contradicts: tuple[str, ...] = ()  # for a denial: ids of the claims by others it denies
    id: str = ""
    names: tuple[str, ...] = ()  # the actors the statement names, in the order they first appear
    corrected: tuple[str, ...] = ()  # the fields a researcher corrected ("added" for a claim added)


@dataclass(frozen=True)
class Casualty:
    """A casualty figure: how many (or that no number was given), what happened to them,
    to which party, and who says so.

    ``count`` is the number as stated (100 for "more than 100"), None for vague or
    unquantified figures; ``count_low``/``count_high`` only for explicit ranges ("between
    10 and 15"). ``party`` is a canonical actor, "civilians", or None when the text does
    not say; ``claimed_by`` the source of the claim holding the figure (None in the
    reporter's own voice or for an unnamed source), ``claim`` that claim's id.
    """

    start: int
    end: int
    text: str
    count: int | None
    count_low: int | None
    count_high: int | None
    approx: str  # exact | at_least | more_than | about | up_to | vague | unquantified
    category: str  # killed | wounded | captured | missing | arrested | displaced | losses
    party: str | None
    party_text: str | None
    claimed_by: str | None
    claimed_by_text: str | None
    claim: str | None
    id: str = ""
    size_word: str | None = None  # a size stated in words with no number: "dozens", "tens of thousands"
    total: bool = False  # a running or cumulative total ("since January", "so far"), not one event's toll
    corrected: tuple[str, ...] = ()  # the fields a researcher corrected ("added" for a figure added)


APPROX = ("exact", "at_least", "more_than", "about", "up_to", "vague", "unquantified")
CATEGORIES = ("killed", "wounded", "captured", "missing", "arrested", "displaced", "losses")
SPEAKER_TYPES = ("named", "anonymous", "media", "document", "unattributed")
STANCES = ("asserts", "denies")


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


class ReadingLike(Protocol):
    """What the views and the corrections take of a ``Reading`` (``records.reading``): an article
    and its records. Annotating with this, not with ``Reading``, keeps the import graph one way:
    a Reading asks the views for its tables and HTML, the views never import it back."""

    article: Any  # an ``input.article.Article``
    entity_records: tuple[Entity, ...]
    actor_records: tuple[Actor, ...]
    claim_records: tuple[Claim, ...]
    casualty_records: tuple[Casualty, ...]
    model: str

    @property
    def text(self) -> str: ...


def as_dict(record) -> dict:
    """A JSON-ready dict of a record (tuples become lists)."""
    return {key: list(value) if isinstance(value, tuple) else value for key, value in asdict(record).items()}
