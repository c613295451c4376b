"""The one place records become pandas DataFrames."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields

import pandas as pd

from .records import Actor, Casualty, Claim, Entity

# Each table starts with the records' ids (``ids``), by which the others refer to them.
ENTITY_COLUMNS = ["id", "start", "end", "text", "label", "actor"]
ACTOR_COLUMNS = ["id", "name", "kind", "aliases", "mentions", "first_start", "affiliation"]
CLAIM_COLUMNS = ["id", *(f.name for f in fields(Claim) if f.name != "id")]
CASUALTY_COLUMNS = ["id", *(f.name for f in fields(Casualty) if f.name != "id")]


def entities_table(entities: Iterable[Entity]) -> pd.DataFrame:
    rows = [(e.id, e.start, e.end, e.text, e.label, e.actor) for e in entities]
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS).astype({"start": "int64", "end": "int64"})


def actors_table(actors: Iterable[Actor]) -> pd.DataFrame:
    rows = [
        (a.id, a.name, a.kind, ", ".join(a.aliases), a.mentions, a.first_start, a.affiliation) for a in actors
    ]
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS).astype({"mentions": "int64", "first_start": "int64"})


def claims_table(claims: Iterable[Claim]) -> pd.DataFrame:
    rows = [[getattr(c, column) for column in CLAIM_COLUMNS] for c in claims]
    table = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    # Offsets of an absent speaker are missing, not NaN floats.
    return table.astype({"start": "int64", "end": "int64", "speaker_start": "Int64", "speaker_end": "Int64"})


def casualties_table(casualties: Iterable[Casualty]) -> pd.DataFrame:
    rows = [[getattr(c, column) for column in CASUALTY_COLUMNS] for c in casualties]
    table = pd.DataFrame(rows, columns=CASUALTY_COLUMNS)
    # Counts are integers or missing ("dozens", "heavy losses"), never invented.
    nullable = {column: "Int64" for column in ("count", "count_low", "count_high")}
    return table.astype({"start": "int64", "end": "int64", **nullable})


def combined(readings: Iterable, table: str) -> pd.DataFrame:
    """One of the Reading tables ("entities", "actors", "claims", "casualties", "ledger") for
    many readings, with an ``article`` column first."""
    frames = [getattr(reading, table).assign(article=reading.article.id) for reading in readings]
    if not frames:
        return pd.DataFrame(columns=["article"])
    frame = pd.concat(frames, ignore_index=True)
    return frame[["article", *[c for c in frame.columns if c != "article"]]]


# A cell a spreadsheet would run as a formula: "=HYPERLINK(...)" quoted from an article, "+", "-",
# "@", and the tab and carriage return some tools strip before looking (OWASP's CSV injection rules).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` for a CSV file: every text cell that a spreadsheet would take for a formula gets
    a leading ``'``, which spreadsheets show as text and do not evaluate. Numbers stay numbers;
    the JSON output keeps the text unchanged."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(_neutralised)
    return safe


def _neutralised(value):
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_STARTS) else value
