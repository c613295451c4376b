"""The conflicting-claims ledger: what each claimant says about each party's casualties.

One row per casualty figure (who says what happened to whom, how many) and one per denial
that contradicts another source. ``conflict`` is set where two claimants give figures for the
same party and category that cannot both be true, or where a claimant's figures sit in a
statement that the party's side denies. Figures are compared by what they mean: "at least 9"
and "17" agree, "about 40" and "42" agree, a zero and any positive count disagree, and a running
total ("since January", "so far") is not compared with one event's toll. Works on one reading or
many (with an ``article`` column; conflicts are then also found across articles).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

from ..records import Casualty, Claim, ReadingLike
from .tables import LEDGER_COLUMNS, frame
from .wording import REPORTER, source_name

# "about 40" allows this much either way when figures are compared.
ABOUT_MARGIN = 0.2


__all__ = ["LEDGER_COLUMNS", "ledger"]  # the columns are the tables module's, named here too


def ledger(readings: ReadingLike | Iterable[ReadingLike]) -> pd.DataFrame:
    """The ledger of one reading, or of many with an ``article`` column."""
    if hasattr(readings, "casualty_records"):  # one reading
        return _frame(_rows(readings))
    rows = []
    for reading in readings:
        rows += [{"article": reading.article.id, **row} for row in _rows(reading)]
    return _frame(rows, with_article=True)


def _rows(reading: ReadingLike) -> list[dict]:
    actors = {a.name: a for a in reading.actor_records}
    sides = [a.name for a in actors.values() if a.side == a.name]

    def side(name: str | None) -> str | None:
        """The side the analysis recorded for an actor; a source that is no actor ("the Northern
        Front's press desk") is on the side its name starts with."""
        if name in actors:
            return actors[name].side
        return next((s for s in sides if name and name.lower().startswith(s.lower() + " ")), None)

    rows = [_figure_row(f, side(f.claimed_by)) for f in reading.casualty_records]
    claims = reading.claim_records
    for claim in claims:
        if claim.stance == "denies" and claim.contradicts:
            rows.append(_denial_row(claim, side(claim.speaker), claims, rows))
    return rows


# The ledger columns a figure fills from its own record.
_FROM_FIGURE = (
    "party category claimed_by count count_low count_high approx size_word text start end claim".split()
)


def _figure_row(figure: Casualty, claimant_side: str | None) -> dict:
    """What a figure says: who (``source``) says how many of whom suffered what."""
    row = {column: getattr(figure, column) for column in _FROM_FIGURE}
    row.update(source=source_name(figure.claimed_by, figure.claimed_by_text, REPORTER), stance="asserts")
    row.update(claimant_side=claimant_side, conflict=False, conflict_with="", figure=figure.id)
    return row | {"_scope": "total" if figure.total else "event"}


def _denial_row(claim: Claim, speaker_side: str | None, claims: tuple[Claim, ...], rows: list[dict]) -> dict:
    """A denial's row. The figures inside a denied statement about the denier's side are
    contested: their rows are marked in ``rows``."""
    denier = speaker_side or claim.speaker
    denied = set(claim.contradicts)
    for row in rows:
        if (
            row["stance"] == "asserts"
            and row["claim"] in denied
            and (row["party"] in {denier, claim.speaker} or row["party"] is None)
        ):
            row["conflict"] = True
            row["conflict_with"] = _join(row["conflict_with"], claim.speaker or claim.speaker_text)
    against = sorted({source_name(c.speaker, c.speaker_text, REPORTER) for c in claims if c.id in denied})
    source = source_name(claim.speaker, claim.speaker_text, REPORTER)
    row = {"party": denier, "category": "denial", "source": source, "claimed_by": claim.speaker}
    row |= {"claimant_side": speaker_side, "stance": "denies", "text": claim.text, "claim": claim.id}
    row |= {"start": claim.start, "end": claim.end, "conflict": True, "conflict_with": "; ".join(against)}
    return row | {"_scope": None}


def _frame(rows: list[dict], with_article: bool = False) -> pd.DataFrame:
    table = frame("ledger", rows, article=with_article)
    table = _mark_count_conflicts(table, [row["_scope"] for row in rows])
    order = ["article"] if with_article else []
    # Parties first, then what happened, then who says it: the sides' figures next to each other.
    return table.sort_values(
        [*order, "party", "category", "source"], key=lambda s: s.astype(str), na_position="last"
    ).reset_index(drop=True)


def _mark_count_conflicts(table: pd.DataFrame, scopes: list[str | None]) -> pd.DataFrame:
    """Two sources whose figures for the same party and category cannot both be true disagree,
    unless one is a running total and the other one event's toll (``scopes``)."""
    table = table.assign(_scope=scopes)
    figures = table[(table["stance"] == "asserts") & table["party"].notna()]
    for _, group in figures.groupby(["party", "category"]):
        if group["source"].nunique() < 2:
            continue
        rows = [(index, row, _interval(row)) for index, row in group.iterrows()]
        for index, row, span in rows:
            against = [
                other["source"]
                for _, other, other_span in rows
                if other["source"] != row["source"]
                and other["_scope"] == row["_scope"]
                and _disjoint(span, other_span)
            ]
            if against:
                table.at[index, "conflict"] = True
                table.at[index, "conflict_with"] = _join(table.at[index, "conflict_with"], *against)
    return table.drop(columns=["_scope"])


def _interval(row: pd.Series) -> tuple[float, float]:
    """The counts a figure allows: "at least 9" is 9 and up, "about 40" 32 to 48, "dozens" any
    positive number, "no casualties" exactly 0."""
    count, low, high = (
        None if pd.isna(row[k]) else int(row[k]) for k in ("count", "count_low", "count_high")
    )
    approx = row["approx"]
    if low is not None and high is not None:
        return (low, math.inf) if approx in {"at_least", "more_than"} else (low, high)
    if count is None:
        return (1, math.inf)  # vague or unquantified: some victims, how many unsaid
    if approx == "at_least":
        return (count, math.inf)
    if approx == "more_than":
        return (count + 1, math.inf)
    if approx == "up_to":
        return (0, count)
    if approx == "about":
        return (math.floor(count * (1 - ABOUT_MARGIN)), math.ceil(count * (1 + ABOUT_MARGIN)))
    return (count, count)


def _disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def _join(existing: str, *names: str | None) -> str:
    parts = [p for p in existing.split("; ") if p] if existing else []
    for name in names:
        if name and name not in parts:
            parts.append(name)
    return "; ".join(parts)
