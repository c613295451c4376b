"""Corrections: a researcher's fixes to a reading, kept beside the article and made again on every
read of it.

A correction names the item it changes by its id and, as the W3C Web Annotation model anchors a
span, twice more: by position (``start``, ``end``) and by quote (the exact words, with a little
of the text before and after them). On the text it was made on, the id finds the item. Once the
text has changed, the quote is looked for nearest the old position and the item on those words
is changed; a correction whose words are gone is reported, by id, and never applied to other
words.

Corrections are plain data, in a sidecar beside the article (``NAME.corrections.json``): one
entry per correction with the item's id, its span and words, the fields it changes and when, in
a stable key order, so that a sidecar reads and diffs well under version control.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import WorkbenchError
from . import ACTOR_KINDS, APPROX, CATEGORIES, SPEAKER_TYPES, STANCES, Actor, Casualty, Claim, ReadingLike
from .ids import DIGITS

SUFFIX = ".corrections.json"
FORMAT = "workbench-corrections/1"
# Characters of text kept before and after a correction's words, to tell repeated words apart.
CONTEXT = 32
KINDS = ("actor", "claim", "casualty")
ACTIONS = ("correct", "add", "remove", "merge", "split")


class CorrectionsError(WorkbenchError):
    """A sidecar that cannot be read, or a correction that cannot be made."""


class CorrectionsWarning(UserWarning):
    """A sidecar was not read, or some of its corrections were not made; the article was read."""


@dataclass(frozen=True)
class Correction:
    """One fix: ``action`` on the ``kind`` of item ``id``, anchored on ``text`` (at ``start``–``end``
    of the text whose SHA-256 is ``text_sha256``, between ``prefix`` and ``suffix``), setting
    ``fields``; made at ``time`` (UTC, ISO 8601)."""

    action: str
    kind: str
    id: str
    start: int
    end: int
    text: str
    prefix: str
    suffix: str
    text_sha256: str
    fields: dict[str, Any] = field(default_factory=dict)
    time: str = ""


# -- what may be changed, and to what -----------------------------------------------------------


def _text_or_none(value) -> bool:
    return value is None or (isinstance(value, str) and value.strip() != "")


def _count(value) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)


_VALUES: dict[str, Callable[[Any], bool]] = {
    "name": lambda v: isinstance(v, str) and v.strip() != "",
    "kind": lambda v: v in ACTOR_KINDS,
    "aliases": lambda v: isinstance(v, list | tuple) and all(isinstance(a, str) for a in v),
    "speaker": _text_or_none,
    "speaker_type": lambda v: v in SPEAKER_TYPES,
    "stance": lambda v: v in STANCES,
    "via": _text_or_none,
    "hedged": lambda v: isinstance(v, bool),
    "count": _count,
    "count_low": _count,
    "count_high": _count,
    "approx": lambda v: v in APPROX,
    "category": lambda v: v in CATEGORIES,
    "party": _text_or_none,
    "claimed_by": _text_or_none,
}
EDITABLE = {
    "actor": ("name", "kind", "aliases"),
    "claim": ("speaker", "speaker_type", "stance", "via", "hedged"),
    "casualty": ("count", "count_low", "count_high", "approx", "category", "party", "claimed_by"),
}


def checked(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` for a ``kind`` of item, or a CorrectionsError saying which field or value is wrong."""
    if kind not in EDITABLE:
        raise CorrectionsError(f"no such kind of item {kind!r}: one of {', '.join(KINDS)}")
    for name, value in values.items():
        if name not in EDITABLE[kind]:
            raise CorrectionsError(f"a {kind} has no field {name!r} to correct: {', '.join(EDITABLE[kind])}")
        if not _VALUES[name](value):
            raise CorrectionsError(f"{value!r} is not a {kind}'s {name}")
    return {name: tuple(value) if name == "aliases" else value for name, value in values.items()}


# -- anchoring ------------------------------------------------------------------------------------


def quote(text: str, start: int, end: int) -> dict[str, Any]:
    """The anchor of ``text[start:end]``: position, words and a little context either side."""
    return dict(
        start=start,
        end=end,
        text=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def anchor(correction: Correction | dict, text: str) -> tuple[int, int] | None:
    """Where a correction's words are in ``text``: in place if they still are, else the
    occurrence whose context agrees most with the old one, then the nearest to the old place;
    None when the words are gone."""
    c = correction if isinstance(correction, dict) else asdict(correction)
    words, start = c["text"], c["start"]
    if not words:
        return None
    if text[start : start + len(words)] == words:
        return start, start + len(words)
    found, at = [], text.find(words)
    while at >= 0:
        found.append(at)
        at = text.find(words, at + 1)
    if not found:
        return None

    def rank(at: int) -> tuple[int, int]:
        before = _common_end(text[max(0, at - CONTEXT) : at], c["prefix"])
        after = _common_start(text[at + len(words) : at + len(words) + CONTEXT], c["suffix"])
        return (-(before + after), abs(at - start))

    best = min(found, key=rank)
    return best, best + len(words)


def _common_start(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _common_end(a: str, b: str) -> int:
    return _common_start(a[::-1], b[::-1])


# -- the items of a reading ------------------------------------------------------------------------


# The Reading field holding each kind of item.
_FIELD = {"actor": "actor_records", "claim": "claim_records", "casualty": "casualty_records"}


def records_of(reading: ReadingLike, kind: str) -> tuple:
    return getattr(reading, _FIELD[kind])


def find(reading: ReadingLike, item_id: str) -> tuple[str, Any]:
    """The kind and record of an item by id, or a CorrectionsError naming the id."""
    for kind in KINDS:
        for record in records_of(reading, kind):
            if record.id == item_id:
                return kind, record
    raise CorrectionsError(
        f"no actor, claim or casualty figure with id {item_id!r} in {reading.article.id!r}"
    )


def span(reading: ReadingLike, kind: str, record) -> tuple[int, int]:
    """The words an item stands on: a claim's or figure's own; an actor's first mention."""
    if kind != "actor":
        return record.start, record.end
    first = next(
        (e for e in reading.entity_records if e.actor == record.name and e.start == record.first_start), None
    )
    if first is not None:
        return first.start, first.end
    return record.first_start, min(len(reading.text), record.first_start + len(record.name))


def _at(reading: ReadingLike, kind: str, where: tuple[int, int]):
    """The item of a kind on exactly these words, if any."""
    if kind == "actor":
        names = {e.actor for e in reading.entity_records if (e.start, e.end) == where and e.actor}
        return next((a for a in reading.actor_records if a.name in names), None)
    return next((r for r in records_of(reading, kind) if (r.start, r.end) == where), None)


def new_id(reading: ReadingLike, kind: str, start: int, end: int) -> str:
    """An id for an added item, in the ids' scheme, told apart from any already on its span."""
    taken = {r.id for k in KINDS for r in records_of(reading, k)}
    base = f"{kind[0] if kind != 'casualty' else 'f'}-{reading.article.sha256[:DIGITS]}-{start}-{end}"
    n, candidate = 1, base
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


# -- making a correction ------------------------------------------------------------------------


def correction(
    reading: ReadingLike, action: str, kind: str, item_id: str, where: tuple[int, int], values: dict
) -> Correction:
    """A new correction of the item ``item_id`` on ``where``, made now."""
    now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return Correction(
        action=action,
        kind=kind,
        id=item_id,
        **quote(reading.text, *where),
        text_sha256=reading.article.sha256,
        fields=values,
        time=now,
    )


def on_item(reading: ReadingLike, action: str, kind: str, record, values: dict) -> ReadingLike:
    """The reading with ``action`` made on the item ``record``, anchored on its words."""
    return made(reading, correction(reading, action, kind, record.id, span(reading, kind, record), values))


def made(reading: ReadingLike, change: Correction) -> ReadingLike:
    """The reading with one more correction made; a CorrectionsError if it cannot be."""
    changed = _apply(reading, change)
    return replace(changed, corrections=(*reading.corrections, change), machine=reading.machine or reading)


def _apply(reading: ReadingLike, change: Correction) -> ReadingLike:
    """The reading with ``change``, anchored on its text, made: on the item with its id, else
    (a reading made by another version of the workbench) the item on its words."""
    where = (change.start, change.end)
    if change.action == "add":
        return ADD[change.kind](reading, where, change.fields)
    record = next((r for r in records_of(reading, change.kind) if r.id == change.id), None)
    record = record or _at(reading, change.kind, where)
    if record is None:
        raise CorrectionsError(f"no {change.kind} on its words {change.text!r} now")
    if change.action not in CHANGES or change.kind not in CHANGES[change.action]:
        raise CorrectionsError(f"cannot {change.action} a {change.kind}")
    return CHANGES[change.action][change.kind](reading, record, change.fields)


def reanchored(reading: ReadingLike, change: Correction) -> Correction:
    """A correction made again on a changed text, anchored there: its new place, words' context
    and the id of the item it now concerns."""
    where = anchor(change, reading.text)
    if where is None:
        raise CorrectionsError("its words are no longer in the text")
    item = _at(reading, change.kind, where) if change.action != "add" else None
    return replace(
        change,
        id=item.id if item is not None else new_id(reading, change.kind, *where),
        **quote(reading.text, *where),
        text_sha256=reading.article.sha256,
    )


def apply(reading: ReadingLike, corrections: Iterable[Correction]) -> ReadingLike:
    """The reading with the corrections made, in order. One that cannot be made (its words are
    gone, its item is no longer read there) is kept in ``unapplied`` with the reason."""
    current, made_, unapplied = reading, [], []
    for change in corrections:
        try:
            if change.text_sha256 != reading.article.sha256:
                change = reanchored(current, change)  # made from now on as if made on this text
            current = _apply(current, change)
        except CorrectionsError as problem:
            unapplied.append((change, str(problem)))
            continue
        made_.append(change)
    if not made_ and not unapplied:
        return reading
    return replace(current, corrections=tuple(made_), unapplied=tuple(unapplied), machine=reading)


# -- what each correction does ----------------------------------------------------------------


def _mark(record, names: Iterable[str]):
    return replace(record, corrected=tuple(dict.fromkeys((*record.corrected, *names))))


def _renamed(record, old: str, new: str | None, names: tuple[str, ...]):
    """A record whose fields ``names`` that named ``old`` now name ``new``, marked as corrected."""
    changed = [n for n in names if getattr(record, n) == old]
    return _mark(replace(record, **dict.fromkeys(changed, new)), changed) if changed else record


def _rename(reading: ReadingLike, old: str, new: str | None) -> ReadingLike:
    """Every reference to the actor ``old`` now names ``new`` (None: no actor)."""
    entities = tuple(replace(e, actor=new) if e.actor == old else e for e in reading.entity_records)
    actors = tuple(_renamed(a, old, new, ("affiliation", "side")) for a in reading.actor_records)
    claims = tuple(_renamed(c, old, new, ("speaker", "via")) for c in reading.claim_records)
    claims = tuple(
        replace(c, names=tuple(dict.fromkeys(n for n in (new if n == old else n for n in c.names) if n)))
        for c in claims
    )
    figures = tuple(_renamed(f, old, new, ("party", "claimed_by")) for f in reading.casualty_records)
    return replace(
        reading, entity_records=entities, actor_records=actors, claim_records=claims, casualty_records=figures
    )


def _replace_record(reading: ReadingLike, kind: str, old, new) -> ReadingLike:
    records = tuple(new if r is old else r for r in records_of(reading, kind))
    return replace(reading, **{_FIELD[kind]: records})


def _correct_actor(reading: ReadingLike, actor: Actor, values: dict) -> ReadingLike:
    name = values.get("name", actor.name)
    if name != actor.name and any(a.name == name for a in reading.actor_records):
        raise CorrectionsError(f"an actor named {name!r} exists: merge into it instead")
    updated = _mark(replace(actor, **values), values)
    reading = _replace_record(reading, "actor", actor, updated)
    return _rename(reading, actor.name, name) if name != actor.name else reading


def _correct(kind: str) -> Callable[[ReadingLike, Any, dict], ReadingLike]:
    def correct(reading: ReadingLike, record, values: dict) -> ReadingLike:
        return _replace_record(reading, kind, record, _mark(replace(record, **values), values))

    return correct


def _without(reading: ReadingLike, kind: str, record) -> ReadingLike:
    return replace(reading, **{_FIELD[kind]: tuple(r for r in records_of(reading, kind) if r is not record)})


def _remove(kind: str) -> Callable[[ReadingLike, Any, dict], ReadingLike]:
    def remove(reading: ReadingLike, record, _values: dict) -> ReadingLike:
        reading = _without(reading, kind, record)
        if kind == "actor":
            return _rename(reading, record.name, None)
        if kind == "claim":
            claims = tuple(
                _mark(
                    replace(c, contradicts=tuple(i for i in c.contradicts if i != record.id)), ["contradicts"]
                )
                if record.id in c.contradicts
                else c
                for c in reading.claim_records
            )
            figures = tuple(
                _mark(replace(f, claim=None), ["claim"]) if f.claim == record.id else f
                for f in reading.casualty_records
            )
            return replace(reading, claim_records=claims, casualty_records=figures)
        return reading

    return remove


def _merge(reading: ReadingLike, actor: Actor, values: dict) -> ReadingLike:
    """``actor`` is one with the actor named ``into``: its names join that actor's."""
    into = next((a for a in reading.actor_records if a.name == values.get("into")), None)
    if into is None or into is actor:
        raise CorrectionsError(f"no other actor named {values.get('into')!r} to merge {actor.name!r} into")
    joined = replace(
        into,
        aliases=tuple(dict.fromkeys((*into.aliases, actor.name, *actor.aliases))),
        mentions=into.mentions + actor.mentions,
        first_start=min(into.first_start, actor.first_start),
        corrected=tuple(dict.fromkeys((*into.corrected, "merged"))),
    )
    reading = _replace_record(reading, "actor", into, joined)
    reading = replace(reading, actor_records=tuple(a for a in reading.actor_records if a is not actor))
    return _rename(reading, actor.name, into.name)


def _split(reading: ReadingLike, actor: Actor, values: dict) -> ReadingLike:
    """The mentions at ``mentions`` (anchors) are a new actor ``name``, of the same kind."""
    name = values.get("name")
    if not isinstance(name, str) or not name.strip() or any(a.name == name for a in reading.actor_records):
        raise CorrectionsError(f"a split needs a new actor name, not {name!r}")
    spans = {anchor(m, reading.text) for m in values.get("mentions", ())}
    moved = [e for e in reading.entity_records if e.actor == actor.name and (e.start, e.end) in spans]
    if not moved or len(moved) >= actor.mentions:
        raise CorrectionsError(f"a split must move some, not all or none, of {actor.name!r}'s mentions")
    first = min(moved, key=lambda e: e.start)
    new = Actor(
        name=name,
        kind=actor.kind,
        aliases=tuple(dict.fromkeys(e.text for e in moved)),
        mentions=len(moved),
        first_start=first.start,
        id=new_id(reading, "actor", first.start, first.start + len(name)),
        corrected=("split",),
    )
    left = [e for e in reading.entity_records if e.actor == actor.name and e not in moved]
    kept = replace(
        actor,
        mentions=len(left),
        first_start=min(e.start for e in left),
        corrected=(*actor.corrected, "split"),
    )
    entities = tuple(replace(e, actor=name) if e in moved else e for e in reading.entity_records)
    said = {(e.start, e.end) for e in moved}
    claims = tuple(
        _mark(replace(c, speaker=name), ["speaker"])
        if c.speaker == actor.name and (c.speaker_start, c.speaker_end) in said
        else c
        for c in reading.claim_records
    )
    actors = sorted(
        (*(kept if a is actor else a for a in reading.actor_records), new), key=lambda a: a.first_start
    )
    return replace(reading, entity_records=entities, actor_records=tuple(actors), claim_records=claims)


def _add_claim(reading: ReadingLike, where: tuple[int, int], values: dict) -> ReadingLike:
    start, end = where
    speaker = values.get("speaker")
    named = tuple(
        dict.fromkeys(
            e.actor for e in reading.entity_records if start <= e.start and e.end <= end and e.actor
        )
    )
    claim = Claim(
        start=start,
        end=end,
        text=reading.text[start:end],
        speaker=speaker,
        speaker_text=None,
        speaker_start=None,
        speaker_end=None,
        speaker_type=values.get("speaker_type", "named" if speaker else "unattributed"),
        cue="",
        cue_start=start,
        cue_end=start,
        stance=values.get("stance", "asserts"),
        hedged=values.get("hedged", False),
        via=values.get("via"),
        id=new_id(reading, "claim", start, end),
        names=named,
        corrected=("added",),
    )
    claims = sorted((*reading.claim_records, claim), key=lambda c: (c.start, c.end))
    return replace(reading, claim_records=tuple(claims))


def _add_casualty(reading: ReadingLike, where: tuple[int, int], values: dict) -> ReadingLike:
    start, end = where
    if "category" not in values:
        raise CorrectionsError(f"an added casualty figure needs a category: {', '.join(CATEGORIES)}")
    count = values.get("count")
    holding = [c for c in reading.claim_records if c.start <= start and end <= c.end]
    figure = Casualty(
        start=start,
        end=end,
        text=reading.text[start:end],
        count=count,
        count_low=values.get("count_low"),
        count_high=values.get("count_high"),
        approx=values.get("approx", "exact" if count is not None else "unquantified"),
        category=values["category"],
        party=values.get("party"),
        party_text=None,
        claimed_by=values.get("claimed_by"),
        claimed_by_text=None,
        # The innermost statement holding the figure is the claim it is part of.
        claim=min(holding, key=lambda c: c.end - c.start).id if holding else None,
        id=new_id(reading, "casualty", start, end),
        corrected=("added",),
    )
    figures = sorted((*reading.casualty_records, figure), key=lambda f: (f.start, f.end))
    return replace(reading, casualty_records=tuple(figures))


ADD = {"claim": _add_claim, "casualty": _add_casualty}
CHANGES: dict[str, dict[str, Callable[[ReadingLike, Any, dict], ReadingLike]]] = {
    "correct": {"actor": _correct_actor, "claim": _correct("claim"), "casualty": _correct("casualty")},
    "remove": {kind: _remove(kind) for kind in KINDS},
    "merge": {"actor": _merge},
    "split": {"actor": _split},
}


# -- the sidecar ------------------------------------------------------------------------------------


def sidecar_path(article_path: str | Path) -> Path:
    """``NAME.corrections.json`` beside ``NAME.txt``."""
    path = Path(article_path)
    return path.with_name(path.stem + SUFFIX)


def to_json(reading: ReadingLike) -> str:
    """The sidecar of a reading's corrections (those made and those that could not be)."""
    entries = [asdict(c) for c in reading.corrections]
    entries += [asdict(c) | {"not_applied": reason} for c, reason in reading.unapplied]
    document = {
        "format": FORMAT,
        "article": reading.article.id,
        "text_sha256": reading.article.sha256,
        "corrections": entries,
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def save(reading: ReadingLike, path: str | Path | None = None) -> Path:
    """Write the reading's corrections beside its article (or to ``path``), atomically."""
    from ..input.files import write_atomic

    if path is None:
        if reading.article.path is None:
            raise CorrectionsError(
                f"article {reading.article.id!r} was not read from a file: give save_corrections a path"
            )
        path = sidecar_path(reading.article.path)
    path = Path(path)
    write_atomic(path, to_json(reading).encode("utf-8"))
    return path


_FIELDS = {f.name for f in fields(Correction)}


def load(path: str | Path) -> list[Correction]:
    """The corrections in a sidecar; a CorrectionsError naming the file and what is wrong with it."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise CorrectionsError(f"{path}: corrections cannot be read ({error})") from error
    except json.JSONDecodeError as error:
        raise CorrectionsError(f"{path}: corrections are not valid JSON ({error})") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise CorrectionsError(f"{path}: not a corrections file (expected format {FORMAT!r})")
    entries = document.get("corrections")
    if not isinstance(entries, list):
        raise CorrectionsError(f"{path}: 'corrections' must be a list")
    return [_entry(path, i, entry) for i, entry in enumerate(entries)]


def _entry(path: Path, i: int, entry) -> Correction:
    problem = None
    if not isinstance(entry, dict):
        problem = "is not an object"
    elif missing := sorted(_FIELDS - {"fields", "time"} - set(entry)):
        problem = f"lacks {', '.join(missing)}"
    elif entry["action"] not in ACTIONS or entry["kind"] not in KINDS:
        problem = f"has an unknown action or kind ({entry['action']!r}, {entry['kind']!r})"
    elif not (
        isinstance(entry["start"], int) and isinstance(entry["end"], int) and isinstance(entry["text"], str)
    ):
        problem = "has no span and words"
    if problem is not None:
        raise CorrectionsError(f"{path}: correction {i + 1} {problem}")
    values = entry.get("fields") or {}
    try:
        if not isinstance(values, dict):
            raise CorrectionsError("its fields are not an object")
        if entry["action"] in ("correct", "add"):
            values = checked(entry["kind"], values)
        elif entry["action"] in ("merge", "split"):
            _check_actor_change(entry["action"], values)
    except CorrectionsError as error:
        raise CorrectionsError(f"{path}: correction {i + 1} ({entry['id']}): {error}") from None
    known = {k: v for k, v in entry.items() if k in _FIELDS}
    return Correction(**(known | {"fields": values}))


def _check_actor_change(action: str, values: dict) -> None:
    """A merge names the actor to join; a split the new actor and the anchors of its mentions."""
    if action == "merge" and not isinstance(values.get("into"), str):
        raise CorrectionsError("a merge needs the name of the actor to merge into ('into')")
    if action == "split":
        mentions = values.get("mentions")
        anchors = isinstance(mentions, list) and all(
            isinstance(m, dict)
            and isinstance(m.get("start"), int)
            and all(isinstance(m.get(k), str) for k in ("text", "prefix", "suffix"))
            for m in mentions
        )
        if not isinstance(values.get("name"), str) or not anchors:
            raise CorrectionsError("a split needs a new 'name' and the 'mentions' it takes, each anchored")


def with_sidecar(reading: ReadingLike) -> ReadingLike:
    """The reading with the corrections beside its article made, when there are any. A sidecar
    that cannot be read, and corrections that cannot be made, are warned about, by file and id;
    the article is read all the same."""
    import warnings

    if reading.article.path is None:
        return reading
    path = sidecar_path(reading.article.path)
    if not os.path.exists(path):
        return reading
    try:
        corrections = load(path)
    except CorrectionsError as error:
        warnings.warn(f"{error}: read without its corrections", CorrectionsWarning, stacklevel=2)
        return reading
    corrected = apply(reading, corrections)
    for change, reason in corrected.unapplied:
        warnings.warn(
            f"{path}: correction of {change.id} not applied: {reason}", CorrectionsWarning, stacklevel=2
        )
    return corrected
