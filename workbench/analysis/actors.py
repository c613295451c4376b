"""Grouping entity mentions into canonical actors, each with a kind.

"Massoud" joins "Ahmad Massoud"; "US", "The United States" and "Washington" (as a subject)
join "United States"; "Americans" and "American citizens" are one group of people; "US
troops" and "US special operations forces" are one state force.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..records import Actor
from . import lexicon
from .entities import Mention
from .gazetteer import country, country_of_capital, demonym_country


@dataclass
class _Group:
    name: str
    kind_hint: str
    mentions: list[Mention] = field(default_factory=list)
    named_by_list: bool = False  # the name comes from a reference list or the gazetteer: keep it


def group_actors(mentions: list[Mention]) -> tuple[dict[Mention, str], tuple[Actor, ...]]:
    """Canonical actor name per mention, and the actors in order of first mention."""
    groups = _grouped(mentions)
    for group in groups.values():
        group.name = _group_name(group)
    for merge in _MERGES:
        merge(groups)
    actor_of = {mention: group.name for group in groups.values() for mention in group.mentions}
    actors = sorted((_actor(group) for group in groups.values()), key=lambda a: a.first_start)
    return actor_of, tuple(actors)


def _grouped(mentions: list[Mention]) -> dict[str, _Group]:
    """The actors' mentions gathered by canonical name, case aside."""
    groups: dict[str, _Group] = {}
    for mention in mentions:
        if mention.label not in lexicon.ACTOR_LABELS:
            continue
        name, hint = _canonical(mention)
        group = groups.setdefault(name.lower(), _Group(name, hint))
        group.mentions.append(mention)
        group.named_by_list |= mention.listed
    return groups


def _group_name(group: _Group) -> str:
    """The name a group goes by: the story's own wording where it names the group better than
    the canonical name does."""
    if group.kind_hint == "people":
        # "Americans" and "American citizens": the fullest wording names the group.
        return max((_alias(m.text) for m in group.mentions), key=len)
    if group.kind_hint == "described" and not group.named_by_list and _kind(group) != "armed_group":
        return _force_name(group)
    if group.named_by_list and not any(_alias(m.text) == group.name for m in group.mentions):
        # A listed group the story spells its own way ("Hizbollah", "HTS") goes by that
        # spelling; the list has already joined its other names to it.
        return _most_used([_alias(m.text) for m in _in_order(group) if m.kind])
    return group.name


def _force_name(group: _Group) -> str:
    """ "Chadian army", "US troops": the story's own wording names the force, unless only a bare
    "the army" was written: then the country's name says whose it is."""
    written = [_alias(m.text) for m in _in_order(group) if _says_whose(_alias(m.text))]
    heads = [m.text.split()[-1].lower() for m in _in_order(group)]
    heads = [h for h in heads if h in lexicon.BRANCH_NAMES]
    # "government forces", "security forces": the story's own words for whose they are.
    described = [
        _alias(m.text).lower()
        for m in _in_order(group)
        if _alias(m.text).split()[0].lower() in lexicon.STATE_FORCE_MODIFIERS - {"armed"}
        and len(_alias(m.text).split()) == 2
    ]
    if written:
        return _most_used(written)
    if described and group.name.endswith(" forces"):
        return f"{group.name.removesuffix(' forces')} {_most_used(described)}"
    if heads and group.name.endswith(" forces"):
        # only "the army" written: "Mozambican army", not the "Mozambican forces" it stands for
        return f"{group.name.removesuffix(' forces')} {_most_used(heads)}"
    return group.name


def _actor(group: _Group) -> Actor:
    """The record of one actor, its aliases in order of first use."""
    aliases = tuple(dict.fromkeys(_alias(m.text) for m in sorted(group.mentions, key=lambda m: m.start)))
    return Actor(
        name=group.name,
        kind=_kind(group),
        aliases=aliases,
        mentions=len(group.mentions),
        first_start=min(m.start for m in group.mentions),
    )


def _alias(text: str) -> str:
    return " ".join(text.split())


def _canonical(m: Mention) -> tuple[str, str]:
    """A mention's canonical name and a hint for its kind."""
    text = _alias(m.text)
    words = text.split()
    if m.canonical is not None:
        if m.kind == "government" and country(m.canonical):
            return m.canonical, "place"  # "the Peruvian government", "the government": the country acting
        return m.canonical, "listed" if m.listed else "described"
    if m.label in {"PERSON", "ORG"} and country(text):
        return country(text), "place"  # the model's "Costa Rica" PERSON
    if m.label == "PERSON":
        return text, "person"
    if m.label == "NORP":
        origin = demonym_country(words[0])
        if origin and m.modifier and words[-1].lower() not in lexicon.PEOPLE_NOUNS:
            return origin, "place"  # "the Chadian capital": an attribute of the country
        if origin and (len(words) > 1 or text.lower().endswith("s")):
            return f"{origin} people", "people"  # "Americans", "American citizens"
        if origin and m.acts:
            return origin, "place"  # "Saudi-backed": the country (acting)
        return text, "other"
    if words[-1].lower() in lexicon.INSTITUTION_FACILITIES and _country_in(words[:-1]):
        # "Norwegian Embassy" and "Norway Embassy" are one embassy
        return f"{_country_in(words[:-1])} {words[-1].lower()}", "described"
    if m.label in lexicon.PLACE_LABELS or m.label == "ORG":
        named = country(text)
        if named:
            return named, "place"
        if m.agent and not m.locative and country_of_capital(text):
            return country_of_capital(text), "place"  # "Washington and its allies ..."
        if country_of_capital(text):
            return text, "place"  # a capital the model took for a body: "CAIRO (Reuters)"
    if m.label in lexicon.PLACE_LABELS and m.label != "FAC":
        kept = words[:]
        while len(kept) > 1 and kept[-1].lower() in lexicon.PLACE_NOUNS:
            kept.pop()
        return " ".join(kept), "place"
    return text, "org" if m.label == "ORG" else "place"


def _says_whose(text: str) -> bool:
    """ "Chadian army", "French forces" say whose force it is; "Police" at a sentence start does not."""
    first = text.split()[0].removesuffix("'s").removesuffix("’s")
    return (
        demonym_country(first) is not None or country(first) is not None or any(c.isupper() for c in text[1:])
    )


def _in_order(group: _Group) -> list[Mention]:
    return sorted(group.mentions, key=lambda m: m.start)


def _most_used(names: list[str]) -> str:
    """The name written most often; the first written among equals."""
    counts = Counter(names)
    return max(dict.fromkeys(names), key=lambda name: counts[name])


def _country_in(words: list[str]) -> str | None:
    for n in range(len(words), 0, -1):
        origin = demonym_country(" ".join(words[:n]))
        if origin:
            return origin
    return None


def _merge_short_person_names(groups: dict[str, _Group]) -> None:
    """'Massoud' joins 'Ahmad Massoud' when exactly one full name ends with it."""
    people = [g for g in groups.values() if g.kind_hint == "person"]
    # Full names by their last word, each split once: a lookup per short name, not a scan.
    by_last: dict[str, list[tuple[_Group, list[str]]]] = defaultdict(list)
    for g in people:
        split = g.name.lower().split()
        by_last[split[-1]].append((g, split))
    for short in people:
        words = short.name.lower().split()
        fuller = [
            g
            for g, split in by_last[words[-1]]
            if g is not short and len(split) > len(words) and set(words) <= set(split)
        ]
        if len(fuller) == 1:
            fuller[0].mentions.extend(short.mentions)
            del groups[short.name.lower()]


def _merge_surnames(groups: dict[str, _Group]) -> None:
    """ "Okonjo" as an organisation, "Varga" as a place: a lone word that is the surname of exactly
    one person named in full is that person, where the text never puts it in a place role."""
    people = [g for g in groups.values() if g.kind_hint == "person" and len(g.name.split()) > 1]
    by_surname: dict[str, list[_Group]] = defaultdict(list)
    for g in people:
        by_surname[g.name.split()[-1]].append(g)
    for key, group in list(groups.items()):
        words = group.name.split()
        if len(words) != 1 or group.kind_hint not in {"org", "place"} or country(group.name):
            continue
        if group.named_by_list or any(m.kind or m.locative for m in group.mentions):
            continue
        fuller = by_surname.get(words[0], [])
        if len(fuller) == 1:
            fuller[0].mentions.extend(group.mentions)
            del groups[key]


def _merge_qualified_groups(groups: dict[str, _Group]) -> None:
    """ "National Liberation Army" joins "West Papua National Liberation Army" when the story
    names no other group ending so and never writes the short name with a qualifier of its own
    ("Colombian National Liberation Army")."""
    armed = {key: g for key, g in groups.items() if any(m.kind == "armed_group" for m in g.mentions)}
    for key, short in list(armed.items()):
        words = short.name.lower().split()
        if any(len(m.text.split()) > len(words) for m in short.mentions if m.listed):
            continue
        longer = [
            g
            for other, g in armed.items()
            if other != key
            and other in groups
            and g.name.lower().split()[-len(words) :] == words
            and len(g.name.split()) > len(words)
        ]
        if len(longer) == 1:
            longer[0].mentions.extend(short.mentions)
            del groups[key]


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


# Generic last words of body names: a lone capitalised "Front" or "Ministry" is a short form.
_GENERIC_HEADS = frozenset().union(
    lexicon.GROUP_HEADS, lexicon.ORGANIZATION_HEADS, *lexicon.ORG_HEADS.values()
)


def _merge_definite_references(groups: dict[str, _Group]) -> None:
    """'the army' joins 'Chadian army', 'the Front' joins 'Northern Liberation Front', when exactly
    one actor's name ends with that noun."""

    def last_word(mention: Mention) -> str:
        return _alias(mention.text).lower().split()[-1]

    # The last word of every mention of a group of several words, to those groups' keys.
    by_last: dict[str, set[str]] = defaultdict(set)
    for key, g in groups.items():
        if len(g.name.split()) > 1:
            for m in g.mentions:
                by_last[last_word(m)].add(key)
    for key, group in list(groups.items()):
        words = group.name.split()
        if len(words) != 1 or not (words[0].islower() or words[0].lower() in _GENERIC_HEADS):
            continue
        word = words[0].lower()
        targets = [k for k in by_last.get(word, ()) if k in groups and groups[k] is not group]
        if len(targets) == 1:
            groups[targets[0]].mentions.extend(group.mentions)
            for m in group.mentions:
                by_last[last_word(m)].add(targets[0])
            del groups[key]


def _merge_plural_names(groups: dict[str, _Group]) -> None:
    """'Houthis' and 'Houthi' join 'Houthi movement' when exactly one group is named so."""
    # Two-word group names by their first word ("Houthi" of "Houthi movement"), split once.
    headed: dict[str, list[_Group]] = defaultdict(list)
    for g in groups.values():
        split = g.name.split()
        if len(split) == 2 and split[1].lower() in lexicon.GROUP_HEADS:
            headed[split[0]].append(g)
    for key, group in list(groups.items()):
        words = group.name.split()
        if len(words) != 1 or not words[0][:1].isupper():
            continue
        stem = words[0][:-1] if words[0].endswith("s") else words[0]
        targets = [g for first in dict.fromkeys((stem, words[0])) for g in headed[first] if g is not group]
        if len(targets) == 1:
            targets[0].mentions.extend(group.mentions)
            del groups[key]


# The ways ``group_actors`` joins groups that are one actor written differently, in order.
_MERGES = (
    _merge_short_person_names,
    _merge_surnames,
    _merge_qualified_groups,
    _merge_acronyms,
    _merge_definite_references,
    _merge_plural_names,
)


def _kind(group: _Group) -> str:
    """The kind the mentions settle (a listed name, a description), else the one the name's
    words and the document's roles for it say."""
    settled = Counter(m.kind for m in group.mentions if m.kind)
    if settled:
        return settled.most_common(1)[0][0]
    labels = {m.label for m in group.mentions}
    words = [w.lower() for w in group.name.split()]
    body = len(words) > 1 and (
        words[-1] in lexicon.ORGANIZATION_HEADS
        or any(words[-1] in heads for heads in lexicon.ORG_HEADS.values())
    )
    if (group.kind_hint == "person" or labels == {"PERSON"}) and not body:
        return "person"
    if group.kind_hint == "people":
        return "other"
    if len(words) > 1 and words[-1] in lexicon.FACILITY_NOUNS:
        # An embassy that issues a warning is its state's government; a hospital that reports
        # casualties, an organisation; where people shelter or protest, a place.
        if any(m.acts for m in group.mentions) and words[-1] in lexicon.INSTITUTION_FACILITIES:
            return lexicon.INSTITUTION_FACILITIES[words[-1]]
        return "place"
    if any(m.media_cue for m in group.mentions) and not country(group.name):
        return "media"  # "the US network CNN": the network is the outlet, not the US
    if len(words) > 1:
        headed = headed_kind(words)
        if headed is not None:
            return headed
    if labels & lexicon.PLACE_LABELS or group.kind_hint == "place":
        # A country that agrees, speaks, strikes or is accused is its government acting.
        is_country = country(group.name) is not None
        return "government" if is_country and any(m.acts for m in group.mentions) else "place"
    headed = headed_kind(words)
    if headed is not None:
        return headed
    if len(words) > 1 and words[-1] in lexicon.ORGANIZATION_HEADS:
        return "organization"
    if _only_reports(group):
        return "media"
    if any(m.group_noun for m in group.mentions):
        return "armed_group"
    return "organization" if "ORG" in labels or body else "other"


def _only_reports(group: _Group) -> bool:
    """ "X reported", never "X said": how an outlet is cited (a ministry or an agency that
    publishes a finding is also said to say things)."""
    speaking = [m for m in group.mentions if m.speaks]
    return bool(speaking) and all(m.reports for m in speaking) and group.kind_hint != "person"


def headed_kind(words: list[str]) -> str | None:
    """The kind a name's head words say: "Joint Operations Command" is a state force, "Ruvuma
    National Army" (a force named after no state) an armed group, "Interior Ministry" a government."""
    for kind in ("state_force", "government", "armed_group", "media"):
        if set(words) & lexicon.ORG_HEADS[kind]:
            if kind == "state_force" and _non_state(words):
                return "armed_group"
            return kind
    return None


def _non_state(words: list[str]) -> bool:
    """A force's name says it is no state's: an insurgent word ("Free", "Liberation"), or a
    proper name that is neither a country nor an institutional word ("Arakan Army")."""
    if set(words) & lexicon.INSURGENT_WORDS:
        return True
    if any(demonym_country(w) or country(w) for w in words):
        return False
    return not all(w in lexicon.STATE_FORCE_WORDS or w in lexicon.DETERMINERS for w in words)
