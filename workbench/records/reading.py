"""A Reading: an article and its analysis as plain records, with tables and HTML views."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from ..input.article import Article
from . import Actor, Casualty, Claim, Entity
from .corrections import Correction


@dataclass(frozen=True, repr=False)
class Reading:
    """What the workbench read in one article. Holds no spaCy objects.

    ``corrections`` are a researcher's fixes made on it (``correct``, ``add``, ``remove``,
    ``merge``, ``split``; kept by ``save_corrections`` beside the article and made again on
    every read); ``unapplied`` those of a sidecar that could not be made, with the reason;
    ``machine`` the reading as the workbench made it, before any correction.
    """

    article: Article
    entity_records: tuple[Entity, ...]
    actor_records: tuple[Actor, ...]
    claim_records: tuple[Claim, ...] = ()
    casualty_records: tuple[Casualty, ...] = ()
    model: str = ""
    corrections: tuple[Correction, ...] = ()
    unapplied: tuple[tuple[Correction, str], ...] = ()
    machine: Reading | None = None

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def entities(self) -> pd.DataFrame:
        from ..views.tables import entities_table

        return entities_table(self.entity_records)

    @cached_property
    def actors(self) -> pd.DataFrame:
        from ..views.tables import actors_table

        return actors_table(self.actor_records)

    @cached_property
    def claims(self) -> pd.DataFrame:
        from ..views.tables import claims_table

        return claims_table(self.claim_records)

    @cached_property
    def casualties(self) -> pd.DataFrame:
        from ..views.tables import casualties_table

        return casualties_table(self.casualty_records)

    @cached_property
    def ledger(self) -> pd.DataFrame:
        """Per party and category, what each claimant says, with conflicts flagged."""
        from ..views.ledger import ledger

        return ledger(self)

    def __repr__(self) -> str:
        return (
            f"Reading({self.article.id!r}: {len(self.entity_records)} entities, "
            f"{len(self.actor_records)} actors, {len(self.claim_records)} claims, "
            f"{len(self.casualty_records)} casualty figures, "
            f"{len(self.article.boilerplate)} boilerplate regions)"
        )

    # -- corrections: each returns a new Reading, this one unchanged --

    def correct(self, item_id: str, **values) -> Reading:
        """The reading with the item ``item_id`` (an actor, claim or casualty figure) changed:
        an actor's ``name``, ``kind``, ``aliases``; a claim's ``speaker``, ``speaker_type``,
        ``stance``, ``via``, ``hedged``; a figure's ``count``, ``count_low``, ``count_high``,
        ``approx``, ``category``, ``party``, ``claimed_by``. A renamed actor is renamed wherever it is
        referred to."""
        from . import corrections as c

        kind, record = c.find(self, item_id)
        # A value confirmed as it was is no correction.
        values = {k: v for k, v in c.checked(kind, values).items() if getattr(record, k) != v}
        if not values:
            return self
        change = c.correction(self, "correct", kind, item_id, c.span(self, kind, record), values)
        return c.made(self, change)

    def add(self, kind: str, start: int, end: int, **values) -> Reading:
        """The reading with a ``kind`` ("claim" or "casualty") the workbench missed, on the text's
        characters ``start``–``end``, with the fields given (a figure needs its ``category``)."""
        from . import corrections as c

        if kind not in c.ADD:
            raise c.CorrectionsError(f"only a claim or a casualty figure can be added, not a {kind!r}")
        if not 0 <= start < end <= len(self.text):
            raise c.CorrectionsError(f"{start}-{end} is not a span of {self.article.id!r}'s text")
        change = c.correction(
            self, "add", kind, c.new_id(self, kind, start, end), (start, end), c.checked(kind, values)
        )
        return c.made(self, change)

    def remove(self, item_id: str) -> Reading:
        """The reading without the item ``item_id``; references to it are cleared."""
        from . import corrections as c

        kind, record = c.find(self, item_id)
        return c.made(self, c.correction(self, "remove", kind, item_id, c.span(self, kind, record), {}))

    def merge(self, actor_id: str, into_id: str) -> Reading:
        """The reading with the actor ``actor_id`` one with the actor ``into_id``."""
        from . import corrections as c

        kind, actor = c.find(self, actor_id)
        _, into = c.find(self, into_id)
        if kind != "actor" or not isinstance(into, Actor):
            raise c.CorrectionsError("merge joins two actors: give two actor ids")
        change = c.correction(self, "merge", kind, actor_id, c.span(self, kind, actor), {"into": into.name})
        return c.made(self, change)

    def split(self, actor_id: str, name: str, mention_ids) -> Reading:
        """The reading with the mentions ``mention_ids`` (entity ids) of the actor ``actor_id`` a
        new actor ``name``."""
        from . import corrections as c

        kind, actor = c.find(self, actor_id)
        wanted = set(mention_ids)
        mentions = [c.quote(self.text, e.start, e.end) for e in self.entity_records if e.id in wanted]
        values = {"name": name, "mentions": mentions}
        return c.made(self, c.correction(self, "split", kind, actor_id, c.span(self, kind, actor), values))

    def save_corrections(self, path=None):
        """Write the corrections beside the article (``NAME.corrections.json``) or to ``path``;
        returns where."""
        from . import corrections as c

        return c.save(self, path)

    def view(self, layers: tuple[str, ...] | None = None):
        """The highlighted article with only the chosen layers (e.g. ``("claims",)``), for display."""
        from ..views.render import DEFAULT_LAYERS, Html, highlight

        return Html(highlight(self, layers=layers or DEFAULT_LAYERS))

    def _repr_html_(self) -> str:
        from ..views.render import highlight

        return highlight(self)
