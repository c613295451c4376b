"""The one place records become pandas DataFrames."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .records import Actor, Entity

ENTITY_COLUMNS = ["start", "end", "text", "label", "actor"]
ACTOR_COLUMNS = ["name", "kind", "aliases", "mentions", "first_start"]


def entities_table(entities: Iterable[Entity]) -> pd.DataFrame:
    rows = [(e.start, e.end, e.text, e.label, e.actor) for e in entities]
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS).astype({"start": "int64", "end": "int64"})


def actors_table(actors: Iterable[Actor]) -> pd.DataFrame:
    rows = [(a.name, a.kind, ", ".join(a.aliases), a.mentions, a.first_start) for a in actors]
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS).astype({"mentions": "int64", "first_start": "int64"})
