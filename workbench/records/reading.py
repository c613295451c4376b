"""A Reading: an article and its analysis as plain records, with tables and HTML views."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from ..input.article import Article
from . import Actor, Casualty, Claim, Entity
from . import corrections as correcting
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
        kind, record = correcting.find(self, item_id)
        # A value confirmed as it was is no correction.
        values = {k: v for k, v in correcting.checked(kind, values).items() if getattr(record, k) != v}
        if not values:
            return self
        return correcting.on_item(self, "correct", kind, record, values)

    def add(self, kind: str, start: int, end: int, **values) -> Reading:
        """The reading with a ``kind`` ("claim" or "casualty") the workbench missed, on the text's
        characters ``start``–``end``, with the fields given (a figure needs its ``category``)."""
        if kind not in correcting.ADD:
            raise correcting.CorrectionsError(
                f"only a claim or a casualty figure can be added, not a {kind!r}"
            )
        if not 0 <= start < end <= len(self.text):
            raise correcting.CorrectionsError(f"{start}-{end} is not a span of {self.article.id!r}'s text")
        change = correcting.correction(
            self,
            "add",
            kind,
            correcting.new_id(self, kind, start, end),
            (start, end),
            correcting.checked(kind, values),
        )
        return correcting.made(self, change)

    def remove(self, item_id: str) -> Reading:
        """The reading without the item ``item_id``; references to it are cleared."""
        kind, record = correcting.find(self, item_id)
        return correcting.on_item(self, "remove", kind, record, {})

    def merge(self, actor_id: str, into_id: str) -> Reading:
        """The reading with the actor ``actor_id`` one with the actor ``into_id``."""
        kind, actor = correcting.find(self, actor_id)
        _, into = correcting.find(self, into_id)
        if kind != "actor" or not isinstance(into, Actor):
            raise correcting.CorrectionsError("merge joins two actors: give two actor ids")
        return correcting.on_item(self, "merge", kind, actor, {"into": into.name})

    def split(self, actor_id: str, name: str, mention_ids) -> Reading:
        """The reading with the mentions ``mention_ids`` (entity ids) of the actor ``actor_id`` a
        new actor ``name``."""
        kind, actor = correcting.find(self, actor_id)
        wanted = set(mention_ids)
        mentions = [
            correcting.quote(self.text, e.start, e.end) for e in self.entity_records if e.id in wanted
        ]
        values = {"name": name, "mentions": mentions}
        return correcting.on_item(self, "split", kind, actor, values)

    def save_corrections(self, path=None):
        """Write the corrections beside the article (``NAME.corrections.json``) or to ``path``;
        returns where."""
        return correcting.save(self, path)

    def view(self, layers: tuple[str, ...] | None = None):
        """The highlighted article with only the chosen layers (e.g. ``("claims",)``), for display."""
        from ..views.render import DEFAULT_LAYERS, Html, highlight

        return Html(highlight(self, layers=layers or DEFAULT_LAYERS))

    def _repr_html_(self) -> str:
        from ..views.render import highlight

        return highlight(self)
