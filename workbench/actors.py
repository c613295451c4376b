"""Grouping entity mentions into canonical actors, each with a kind.

"Massoud" joins "Ahmad Massoud"; "US", "The United States" and "Washington" (as a subject)
join "United States"; "Americans" and "American citizens" are one group of people; "US
troops" and "US special operations forces" are one state force.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import lexicon
from .entities import Mention, demonym_country
from .gazetteer import country, country_of_capital, demonym
from .records import Actor


@dataclass
class _Group:
    name: str
    kind_hint: str
    mentions: list[Mention] = field(default_factory=list)


def group_actors(mentions: list[Mention]) -> tuple[dict[Mention, str], tuple[Actor, ...]]:
    """Canonical actor name per mention, and the actors in order of first mention."""
    groups: dict[str, _Group] = {}
    for mention in mentions:
        if mention.label not in lexicon.ACTOR_LABELS:
            continue
        name, hint = _canonical(mention)
        group = groups.setdefault(name.lower(), _Group(name, hint))
        group.mentions.append(mention)
    for group in groups.values():
        if group.kind_hint == "people":
            # "Americans" and "American citizens": the fullest wording names the group.
            group.name = max((_alias(m.text) for m in group.mentions), key=len)
        elif group.kind_hint == "state_force":
            # "Sudanese army", "US troops": the plainest wording as written names the force.
            group.name = min((_alias(m.text) for m in group.mentions), key=lambda t: (len(t), t))
    _merge_short_person_names(groups)
    _merge_acronyms(groups)
    _merge_definite_references(groups)
    _merge_plural_names(groups)
    actor_of: dict[Mention, str] = {}
    actors = []
    for group in groups.values():
        for mention in group.mentions:
            actor_of[mention] = group.name
        aliases = tuple(dict.fromkeys(_alias(m.text) for m in sorted(group.mentions, key=lambda m: m.start)))
        actors.append(
            Actor(
                name=group.name,
                kind=_kind(group),
                aliases=aliases,
                mentions=len(group.mentions),
                first_start=min(m.start for m in group.mentions),
            )
        )
    actors.sort(key=lambda a: a.first_start)
    return actor_of, tuple(actors)


def _alias(text: str) -> str:
    return " ".join(text.split())


def _canonical(m: Mention) -> tuple[str, str]:
    """A mention's canonical name and a hint for its kind."""
    text = _alias(m.text)
    words = text.split()
    if m.label == "PERSON":
        return text, "person"
    if m.label == "ORG" and words[-1] in lexicon.FORCE_NOUNS:
        # "US special operations forces" and "US troops": one force per country; a
        # capitalised "Forces" is part of a proper name ("Syrian Democratic Forces").
        origin = _country_in(words[:-1])
        return (f"{demonym(origin)} forces" if origin else text), "state_force"
    if m.label == "NORP":
        origin = demonym_country(words[0])
        if origin and m.modifier and words[-1].lower() not in lexicon.PEOPLE_NOUNS:
            return origin, "place"  # "the Afghan capital": an attribute of the country
        if origin and (len(words) > 1 or text.lower().endswith("s")):
            return f"{origin} people", "people"  # "Americans", "American citizens"
        return text, "other"
    if m.label in lexicon.PLACE_LABELS or m.label == "ORG":
        named = country(text)
        if named:
            return named, "place"
        if m.agent and not m.locative and country_of_capital(text):
            return country_of_capital(text), "place"  # "Washington and its allies ..."
    if m.label in lexicon.PLACE_LABELS and m.label != "FAC":
        kept = words[:]
        while len(kept) > 1 and kept[-1].lower() in lexicon.PLACE_NOUNS:
            kept.pop()
        return " ".join(kept), "place"
    return text, "org" if m.label == "ORG" else "place"


def _country_in(words: list[str]) -> str | None:
    for n in range(len(words), 0, -1):
        origin = demonym_country(" ".join(words[:n]))
        if origin:
            return origin
    return None


def _merge_short_person_names(groups: dict[str, _Group]) -> None:
    """'Massoud' joins 'Ahmad Massoud' when exactly one full name ends with it."""
    people = [g for g in groups.values() if g.kind_hint == "person"]
    for short in people:
        words = short.name.lower().split()
        fuller = [
            g
            for g in people
            if g is not short
            and len(g.name.split()) > len(words)
            and g.name.lower().split()[-1] == words[-1]
            and set(words) <= set(g.name.lower().split())
        ]
        if len(fuller) == 1:
            fuller[0].mentions.extend(short.mentions)
            del groups[short.name.lower()]


def _merge_acronyms(groups: dict[str, _Group]) -> None:
    """'JSOC' joins 'Joint Special Operations Command' when its letters are the initials."""
    for key, group in list(groups.items()):
        letters = group.name.replace(".", "")
        if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
            continue
        targets = [
            g
            for g in groups.values()
            if g is not group and "".join(w[0] for w in g.name.split() if w[0].isupper()) == letters
        ]
        if len(targets) == 1:
            targets[0].mentions.extend(group.mentions)
            del groups[key]


def _merge_definite_references(groups: dict[str, _Group]) -> None:
    """'the army' joins 'Malian army' when exactly one actor's name ends with that noun."""
    for key, group in list(groups.items()):
        words = group.name.split()
        if len(words) != 1 or not words[0].islower():
            continue
        targets = [
            g
            for g in groups.values()
            if g is not group
            and any(_alias(m.text).lower().split()[-1] == words[0] for m in g.mentions)
            and len(g.name.split()) > 1
        ]
        if len(targets) == 1:
            targets[0].mentions.extend(group.mentions)
            del groups[key]


def _merge_plural_names(groups: dict[str, _Group]) -> None:
    """'Houthis' and 'Houthi' join 'Houthi movement' when exactly one group is named so."""
    for key, group in list(groups.items()):
        words = group.name.split()
        if len(words) != 1 or not words[0][:1].isupper():
            continue
        stem = words[0][:-1] if words[0].endswith("s") else words[0]
        targets = [
            g
            for g in groups.values()
            if g is not group
            and len(g.name.split()) == 2
            and g.name.split()[0] in {stem, words[0]}
            and g.name.split()[1].lower() in lexicon.GROUP_HEADS
        ]
        if len(targets) == 1:
            targets[0].mentions.extend(group.mentions)
            del groups[key]


def _kind(group: _Group) -> str:
    labels = {m.label for m in group.mentions}
    words = {w.lower() for w in group.name.split()}
    if group.kind_hint == "person" or labels == {"PERSON"}:
        return "person"
    if group.kind_hint == "state_force":
        return "state_force"
    if group.kind_hint == "people":
        return "other"
    if labels & lexicon.PLACE_LABELS or group.kind_hint == "place":
        # A country that agrees, spends or decides is its government acting.
        is_country = country(group.name) is not None
        acts = any(m.agent and not m.locative for m in group.mentions)
        return "government" if is_country and acts else "place"
    if group.name.lower() in lexicon.MEDIA_NAMES or any(m.media_cue for m in group.mentions):
        return "media"
    for kind in ("state_force", "government", "armed_group", "media"):
        if words & lexicon.ORG_HEADS[kind]:
            return kind
    if any(m.group_noun for m in group.mentions):
        return "armed_group"
    return "organization" if "ORG" in labels else "other"
