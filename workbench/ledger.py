"""The conflicting-claims ledger: what each claimant says about each party's casualties.

One row per casualty figure (who says what happened to whom, how many) and one per denial
that contradicts another source. ``conflict`` is set where two claimants give different
figures for the same party and category, or where a claimant's figures sit in a statement
that the party's side denies. Works on one reading or many (with an ``article`` column;
conflicts are then also found across articles).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .parties import side_of, story_sides
from .reading import Reading

LEDGER_COLUMNS = [
    "party",
    "category",
    "source",
    "claimed_by",
    "claimant_side",
    "stance",
    "count",
    "count_low",
    "count_high",
    "approx",
    "text",
    "start",
    "end",
    "conflict",
    "conflict_with",
]
REPORTER = "(reporter)"


def ledger(readings: Reading | Iterable[Reading]) -> pd.DataFrame:
    """The ledger of one reading, or of many with an ``article`` column."""
    if isinstance(readings, Reading):
        return _frame(_rows(readings))
    rows = []
    for reading in readings:
        rows += [{"article": reading.article.id, **row} for row in _rows(reading)]
    table = _frame(rows, with_article=True)
    return _mark_count_conflicts(table)


def _rows(reading: Reading) -> list[dict]:
    actors = {a.name: a for a in reading.actor_records}
    sides = story_sides(actors.values())
    claims = reading.claim_records

    def side(name: str | None) -> str | None:
        return side_of(actors, sides, name)

    rows = []
    for figure in reading.casualty_records:
        source = figure.claimed_by or figure.claimed_by_text or REPORTER
        rows.append(
            dict(
                party=figure.party,
                category=figure.category,
                source=source,
                claimed_by=figure.claimed_by,
                claimant_side=side(figure.claimed_by),
                stance="asserts",
                count=figure.count,
                count_low=figure.count_low,
                count_high=figure.count_high,
                approx=figure.approx,
                text=figure.text,
                start=figure.start,
                end=figure.end,
                conflict=False,
                conflict_with="",
                _claim=figure.claim,
            )
        )
    for claim in claims:
        if claim.stance != "denies" or not claim.contradicts:
            continue
        denier = side(claim.speaker) or claim.speaker
        denied = set(claim.contradicts)
        against = sorted({claims[j].speaker or claims[j].speaker_text or REPORTER for j in denied})
        # The figures inside a denied statement about the denier's side are contested.
        for row in rows:
            if row["_claim"] in denied and (row["party"] in {denier, claim.speaker} or row["party"] is None):
                row["conflict"] = True
                row["conflict_with"] = _join(row["conflict_with"], claim.speaker or claim.speaker_text)
        rows.append(
            dict(
                party=denier,
                category="denial",
                source=claim.speaker or claim.speaker_text or REPORTER,
                claimed_by=claim.speaker,
                claimant_side=side(claim.speaker),
                stance="denies",
                count=None,
                count_low=None,
                count_high=None,
                approx=None,
                text=claim.text,
                start=claim.start,
                end=claim.end,
                conflict=True,
                conflict_with="; ".join(against),
                _claim=None,
            )
        )
    for row in rows:
        row.pop("_claim")
    return rows


def _frame(rows: list[dict], with_article: bool = False) -> pd.DataFrame:
    columns = (["article"] if with_article else []) + LEDGER_COLUMNS
    table = pd.DataFrame(rows, columns=columns)
    table = table.astype(
        {"count": "Int64", "count_low": "Int64", "count_high": "Int64", "start": "Int64", "end": "Int64"}
    )
    table["conflict"] = table["conflict"].astype(bool)
    table = _mark_count_conflicts(table)
    order = ["article"] if with_article else []
    # Parties first, then what happened, then who says it: the sides' figures next to each other.
    return table.sort_values(
        [*order, "party", "category", "source"], key=lambda s: s.astype(str), na_position="last"
    ).reset_index(drop=True)


def _mark_count_conflicts(table: pd.DataFrame) -> pd.DataFrame:
    """Two sources with different figures for the same party and category disagree."""
    table = table.copy()
    figures = table[(table["stance"] == "asserts") & table["party"].notna()]
    for _, group in figures.groupby(["party", "category"]):
        if group["source"].nunique() < 2:
            continue
        for index, row in group.iterrows():
            others = group[(group["source"] != row["source"]) & ~_same_figure(group, row)]
            if len(others):
                table.at[index, "conflict"] = True
                table.at[index, "conflict_with"] = _join(table.at[index, "conflict_with"], *others["source"])
    return table


def _same_figure(group: pd.DataFrame, row: pd.Series) -> pd.Series:
    same_count = group["count"].astype("object").eq(row["count"]) | (
        group["count"].isna() & pd.isna(row["count"])
    )
    return same_count & (group["approx"] == row["approx"])


def _join(existing: str, *names: str | None) -> str:
    parts = [p for p in existing.split("; ") if p] if existing else []
    for name in names:
        if name and name not in parts:
            parts.append(name)
    return "; ".join(parts)
