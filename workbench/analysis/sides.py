"""The sides of a story: the two armed actors it is most about, and which side an actor or a
source is on. Plain functions over actor records: the casualty layer decides with them whose
losses a figure counts, and the reading records each actor's side (``Actor.side``) once, for
the ledger and the views."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..records import Actor

ARMED_KINDS = frozenset({"state_force", "armed_group"})


def story_sides(actors: Iterable[Actor]) -> tuple[str, ...]:
    """The two armed actors the story is most about: the sides "the other side" refers to."""
    armed = sorted(
        (a for a in actors if a.kind in ARMED_KINDS),
        key=lambda a: (-a.mentions, a.first_start),
    )
    return tuple(a.name for a in armed[:2])


def side_of(actors: dict[str, Actor], sides: tuple[str, ...], name: str | None) -> str | None:
    """The side an actor is on: itself, what it is affiliated with, or a side its name starts
    with ("Hezbollah Media Office" is Hezbollah's)."""
    seen = set()
    while name is not None and name not in seen:
        if name in sides:
            return name
        seen.add(name)
        for side in sides:
            if name.lower().startswith(side.lower() + " "):
                return side
        actor = actors.get(name)
        name = actor.affiliation if actor is not None else None
    return None


def with_sides(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """The actors, each with the side of the story it is on."""
    by_name = {a.name: a for a in actors}
    sides = story_sides(by_name.values())
    return tuple(replace(a, side=side_of(by_name, sides, a.name)) for a in by_name.values())
