"""Stable ids for the records of one reading, and references by id instead of by position.

An id is the record's kind, the first twelve hex digits of the article text's SHA-256 and the
record's span: ``c-1f2e3d4c5b6a-269-457`` is the claim over characters 269–457 of that text.
Reading the same text again gives the same ids; records on the same span (two speakers of one
statement) are told apart by a count in the order they were found (``…-269-457-2``).
"""

from __future__ import annotations

from dataclasses import replace

from . import Actor, Casualty, Claim, Entity

DIGITS = 12


def with_ids(
    sha256: str,
    entities: tuple[Entity, ...],
    actors: tuple[Actor, ...],
    claims: tuple[Claim, ...],
    casualties: tuple[Casualty, ...],
) -> tuple[tuple[Entity, ...], tuple[Actor, ...], tuple[Claim, ...], tuple[Casualty, ...]]:
    """The records with their ids, the analysis's position references (a denial's denied claims,
    a figure's claim) turned into ids. ``claims`` still refer to each other by position here."""
    stem = sha256[:DIGITS]
    entity_ids = _ids("e", stem, [(e.start, e.end) for e in entities])
    actor_ids = _ids("a", stem, [(a.first_start, a.first_start + len(a.name)) for a in actors])
    claim_ids = _ids("c", stem, [(c.start, c.end) for c in claims])
    figure_ids = _ids("f", stem, [(f.start, f.end) for f in casualties])
    return (
        tuple(replace(e, id=i) for e, i in zip(entities, entity_ids, strict=True)),
        tuple(replace(a, id=i) for a, i in zip(actors, actor_ids, strict=True)),
        tuple(
            replace(c, id=i, contradicts=tuple(claim_ids[j] for j in c.contradicts))
            for c, i in zip(claims, claim_ids, strict=True)
        ),
        tuple(
            replace(f, id=i, claim=None if f.claim is None else claim_ids[f.claim])
            for f, i in zip(casualties, figure_ids, strict=True)
        ),
    )


def _ids(kind: str, stem: str, spans: list[tuple[int, int]]) -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for start, end in spans:
        base = f"{kind}-{stem}-{start}-{end}"
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids
