"""Every table the workbench shows, in one place: each table's columns and their types
(``SCHEMAS``), the one way rows become a DataFrame (``frame``), and the one filter over a
reading's records (``filter``) that the explorer and the notebooks cut tables down with.

The analysis decides what goes in a row (the ledger its conflicts, the corpus its merged actors);
this module decides what a row looks like.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace

import pandas as pd

from ..records import Actor, Casualty, Claim, Entity, ReadingLike
from .wording import source_name

# Column -> type. Text is typed as pandas infers it; "object" keeps None and tuples as they are;
# "Int64" is an integer that may be missing (a count the text does not give is missing, never an
# invented NaN float).
_INT = "int64"
_MAYBE_INT = "Int64"
_TEXT = "text"
_OBJECT = "object"


# A record field's annotation -> its column's type.
_FIELD_TYPES = {"int": _INT, "int | None": _MAYBE_INT, "bool": "bool"}


def _record_schema(record: type) -> dict[str, str]:
    """A record's fields as columns, typed as the record types them, its ``id`` first, by which
    other tables refer to it."""
    names = {f.name: _FIELD_TYPES.get(str(f.type), _TEXT) for f in fields(record) if f.name != "id"}
    return {"id": _TEXT, **names}


SCHEMAS: dict[str, dict[str, str]] = {
    "entities": _record_schema(Entity),
    "actors": {
        "id": _TEXT,
        "name": _TEXT,
        "kind": _TEXT,
        "aliases": _TEXT,  # joined with ", "
        "mentions": _INT,
        "first_start": _INT,
        "affiliation": _TEXT,
        "side": _TEXT,
        "corrected": _TEXT,
    },
    "claims": _record_schema(Claim),
    "casualties": _record_schema(Casualty),
    # What each claimant says about each party's casualties, one row per figure or denial.
    "ledger": {
        "party": _TEXT,
        "category": _TEXT,
        "source": _TEXT,
        "claimed_by": _TEXT,
        "claimant_side": _TEXT,
        "stance": _TEXT,
        "count": _MAYBE_INT,
        "count_low": _MAYBE_INT,
        "count_high": _MAYBE_INT,
        "approx": _TEXT,
        "size_word": _TEXT,
        "text": _TEXT,
        "start": _MAYBE_INT,
        "end": _MAYBE_INT,
        "conflict": "bool",
        "conflict_with": _TEXT,
        "figure": _TEXT,
        "claim": _TEXT,
    },
    # A corpus's actors: one row per name across articles.
    "corpus_actors": {
        "name": _TEXT,
        "kind": _TEXT,
        "aliases": _TEXT,
        "mentions": _INT,
        "articles": _INT,
        "affiliation": _OBJECT,  # None stays None, not NaN
    },
    "articles": {
        "article": _TEXT,
        "path": _TEXT,
        "characters": _INT,
        "entities": _INT,
        "actors": _INT,
        "claims": _INT,
        "casualties": _INT,
    },
    "errors": {"path": _TEXT, "reason": _TEXT},
}

# The columns a reader looks at first, where a table is shown beside the text.
BRIEF = {
    "claims": ["speaker", "speaker_type", "cue", "stance", "hedged", "via", "text"],
    "casualties": ["text", "count", "approx", "category", "party", "claimed_by"],
}

ENTITY_COLUMNS = list(SCHEMAS["entities"])
ACTOR_COLUMNS = list(SCHEMAS["actors"])
CLAIM_COLUMNS = list(SCHEMAS["claims"])
CASUALTY_COLUMNS = list(SCHEMAS["casualties"])
LEDGER_COLUMNS = list(SCHEMAS["ledger"])


def frame(table: str, rows: Iterable, *, article: bool = False) -> pd.DataFrame:
    """The rows (tuples in column order, or dicts by column) as the ``table``'s DataFrame;
    ``article=True`` for a table of many readings, with an ``article`` column first."""
    schema = ({"article": _TEXT} if article else {}) | SCHEMAS[table]
    rows = list(rows)
    if rows and isinstance(rows[0], dict):
        rows = [[row.get(column) for column in schema] for row in rows]
    names = list(schema)
    built = pd.DataFrame(rows, columns=names)
    for i, column in enumerate(names):
        if schema[column] == _OBJECT:  # as given: inferred, a None would become NaN
            built[column] = pd.Series([row[i] for row in rows], dtype=object)
    return built.astype({column: kind for column, kind in schema.items() if kind not in (_TEXT, _OBJECT)})


def _record_rows(records: Iterable, table: str) -> list[list]:
    columns = SCHEMAS[table]
    return [[getattr(record, column) for column in columns] for record in records]


def entities_table(entities: Iterable[Entity]) -> pd.DataFrame:
    return frame("entities", _record_rows(entities, "entities"))


def actors_table(actors: Iterable[Actor]) -> pd.DataFrame:
    rows = [
        (
            a.id,
            a.name,
            a.kind,
            ", ".join(a.aliases),
            a.mentions,
            a.first_start,
            a.affiliation,
            a.side,
            a.corrected,
        )
        for a in actors
    ]
    return frame("actors", rows)


def claims_table(claims: Iterable[Claim]) -> pd.DataFrame:
    return frame("claims", _record_rows(claims, "claims"))


def casualties_table(casualties: Iterable[Casualty]) -> pd.DataFrame:
    return frame("casualties", _record_rows(casualties, "casualties"))


def combined(readings: Iterable, table: str) -> pd.DataFrame:
    """One of the Reading tables ("entities", "actors", "claims", "casualties", "ledger") for
    many readings, with an ``article`` column first."""
    frames = [getattr(reading, table).assign(article=reading.article.id) for reading in readings]
    if not frames:
        return pd.DataFrame(columns=["article"])
    joined = pd.concat(frames, ignore_index=True)
    return joined[["article", *[c for c in joined.columns if c != "article"]]]


# -- the one filter --------------------------------------------------------------------------------


def filter(  # noqa: A001 - the table's filter, as pandas has DataFrame.filter
    reading: ReadingLike,
    *,
    actor: str | None = None,
    speaker: str | None = None,
    speaker_type: str | None = None,
    stance: str | None = None,
) -> ReadingLike:
    """The reading with only the records that pass the filters; its tables follow.

    ``actor`` keeps that actor's mentions, the claims it makes, relays or is named in, and the
    casualty figures about it, claimed by it or naming it. ``speaker`` (a source's name as
    ``wording.source_name`` gives it: the actor, else the words, else "(unattributed)"),
    ``speaker_type`` and ``stance`` keep the claims that match, and the casualty figures inside
    those claims. None means no filter. Records refer to
    each other by id, so every reference of the result stays true.
    """
    claim_filters = {"speaker_type": speaker_type, "stance": stance}
    claims = tuple(
        claim
        for claim in reading.claim_records
        if (speaker is None or source_name(claim.speaker, claim.speaker_text) == speaker)
        and all(value is None or getattr(claim, name) == value for name, value in claim_filters.items())
        and (actor is None or actor in (claim.speaker, claim.via, *claim.names))
    )
    by_claim = speaker is not None or speaker_type is not None or stance is not None
    chosen = {claim.id for claim in claims}
    entities = reading.entity_records

    def about_actor(figure: Casualty) -> bool:
        named = any(e.actor == actor and figure.start <= e.start and e.end <= figure.end for e in entities)
        return actor in (figure.party, figure.claimed_by) or named

    figures = tuple(
        figure
        for figure in reading.casualty_records
        if (not by_claim or figure.claim in chosen) and (actor is None or about_actor(figure))
    )
    return replace(
        reading,
        entity_records=tuple(e for e in entities if actor is None or e.actor == actor),
        claim_records=claims,
        casualty_records=figures,
    )


def ledger_rows(ledger: pd.DataFrame, shown: ReadingLike) -> pd.DataFrame:
    """The rows of a (full) ledger that a filtered reading keeps: a figure's row while its figure
    is shown, a denial's row while its claim is."""
    figures = {f.id for f in shown.casualty_records}
    said = {c.id for c in shown.claim_records}
    keep = [
        (claim in said) if stance == "denies" else (figure in figures)
        for figure, claim, stance in zip(ledger["figure"], ledger["claim"], ledger["stance"], strict=True)
    ]
    return ledger[keep].reset_index(drop=True)


# -- for spreadsheets ----------------------------------------------------------------------------

# A cell a spreadsheet would run as a formula: "=HYPERLINK(...)" quoted from an article, "+", "-",
# "@", and the tab and carriage return some tools strip before looking (OWASP's CSV injection rules).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` for a CSV file: a list of names (a claim's ``names``, a record's ``corrected``)
    is one cell of names joined by "; ", and every text cell that a spreadsheet would take for a
    formula gets a leading ``'``, which spreadsheets show as text and do not evaluate. Numbers
    stay numbers; the JSON output keeps lists and text unchanged."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(_neutralised)
    return safe


def _neutralised(value):
    value = _joined(value)
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_STARTS) else value


def _joined(value):
    """A list of names as one cell, joined by "; "; any other value as it is."""
    return "; ".join(map(str, value)) if isinstance(value, tuple | list) else value


# -- for readers ---------------------------------------------------------------------------------

# Shown right after these columns, so that a wide ledger's flag is seen without scrolling.
_CONFLICT_AFTER = ("article", "party", "category")


def readable(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` as a reader sees it in a shared page or a notebook: an empty cell where a value is
    missing (never ``NaN``, ``<NA>`` or ``None``), "yes" or "no" for a flag, a list of names joined
    by "; ", and a ledger's ``conflict`` flag right after its party and category. A copy to show:
    the data tables keep their types. Float columns stay numbers (``to_html(na_rep="")`` blanks
    their NaN), so pandas formats them as it always does."""
    shown = table.copy()
    for column in shown.columns:
        values = shown[column]
        if pd.api.types.is_bool_dtype(values) and not values.isna().any():
            shown[column] = values.map({True: "yes", False: "no"}).astype(object)
        elif not pd.api.types.is_float_dtype(values) and (values.dtype == object or values.isna().any()):
            shown[column] = values.astype(object).map(_reader_cell)
    columns = list(shown.columns)
    if "conflict" in columns:
        columns.remove("conflict")
        before = [i for i, column in enumerate(columns) if column in _CONFLICT_AFTER]
        columns.insert(before[-1] + 1 if before else 0, "conflict")
    return shown[columns]


def _reader_cell(value):
    value = _joined(value)
    return "" if pd.api.types.is_scalar(value) and pd.isna(value) else value


def table_html(table: pd.DataFrame, **options) -> str:
    """``readable(table)`` as an HTML table, every cell escaped (``options`` go to ``to_html``)."""
    return readable(table).to_html(na_rep="", **options)
