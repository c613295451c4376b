"""Finding an actor in a reading by one of its aliases, for the actor tests."""

from __future__ import annotations


def actor_with(reading, alias: str):
    """The actor that has ``alias`` among its aliases (the test fails when there is none)."""
    found = [a for a in reading.actor_records if alias in a.aliases]
    assert found, f"no actor with alias {alias!r} in {[(a.name, a.aliases) for a in reading.actor_records]}"
    return found[0]
