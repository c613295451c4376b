"""A Reading: an article and its analysis as plain records, with tables and HTML views."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from ..input.article import Article
from . import Actor, Casualty, Claim, Entity


@dataclass(frozen=True, repr=False)
class Reading:
    """What the workbench read in one article. Holds no spaCy objects."""

    article: Article
    entity_records: tuple[Entity, ...]
    actor_records: tuple[Actor, ...]
    claim_records: tuple[Claim, ...] = ()
    casualty_records: tuple[Casualty, ...] = ()
    model: str = ""

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

    def view(self, layers: tuple[str, ...] | None = None):
        """The highlighted article with only the chosen layers (e.g. ``("claims",)``), for display."""
        from ..views.render import DEFAULT_LAYERS, Html, highlight

        return Html(highlight(self, layers=layers or DEFAULT_LAYERS))

    def _repr_html_(self) -> str:
        from ..views.render import highlight

        return highlight(self)
