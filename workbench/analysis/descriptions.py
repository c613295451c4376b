"""Actors a report names by description rather than by name: "the police", "security
forces", "militants", "the government", "state television".

Each description becomes a mention with the identity an analyst would give it: a state
force is its country's police or military (the country from a modifier, else the story's
home country); an armed description is the group the story ties that word to ("ISWAP
militants" ... "the militants"), else the one armed group the story names, else one
unnamed group per family of words; "the government" is the home country acting; "state
television" is the home country's state media.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from enum import Enum

from spacy.tokens import Doc, Span, Token

from . import docindex, lexicon
from .entities import Mention, described_mention
from .gazetteer import country, country_of_capital, country_of_province, demonym, demonym_country

_ARMED = {word: family for family, words in lexicon.ARMED_FAMILIES.items() for word in words}
_HEADS = frozenset(
    lexicon.SERVICE_NOUNS
    | {"force"}
    | lexicon.POLICE_NOUNS
    | lexicon.MILITARY_NOUNS
    | frozenset(_ARMED)
    | lexicon.ARMED_ANAPHORA
    | lexicon.GOVERNMENT_NOUNS
    | lexicon.MINISTRY_NOUNS
    | lexicon.STATE_MEDIA_NOUNS
    | {"officers", "enforcement", "fighters", "groups", "resistance", "men"}
)

# "HERAT (Reuters) -", "QUETTA, Pakistan —": a dateline in capitals at the start of a line.
_DATELINE = re.compile(r"(?m)^[^\w\n]{0,3}([A-Z][A-Z'’ .-]{2,30}?)(?:,\s*([A-Z][\w .]{2,40}?))?\s*[(,–—-]")


_LEAD_CHARACTERS = 400


# How much the story must name another country, by the weights below, to be set there rather
# than in its dateline's: more than one passing "French-backed" in the lead.
_TOLD_OVER_DATELINE = 6


def home_country(doc: Doc, mentions: list[Mention]) -> str | None:
    """The country the story is set in: its dateline's, else the one mentioned most; but a
    story filed from a regional hub about another country ("NAIROBI - ... Ethiopian soldiers")
    is set where the story says, when it never names the dateline's country again."""
    text = docindex.text(doc)
    # The headline and lead say where the story is; later background mentions weigh less.
    lead = _LEAD_CHARACTERS + (len(text) - len(text.lstrip()))
    counts: Counter = Counter()
    for mention in mentions:
        # Where things happen ("in Chad") says more than who acts ("French forces").
        weight = (3 if mention.start < lead else 1) * (2 if mention.locative else 1)
        counts[_country_named(mention)] += weight
    counts.pop(None, None)
    ranked = counts.most_common(2)
    told = None if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]) else ranked[0][0]
    for match in _DATELINE.finditer(text[:3000]):
        city, land = match.group(1).strip(), match.group(2)
        found = country_of_capital(city) or country(city) or (country(land.strip()) if land else None)
        if found:
            if (
                told is not None
                and told != found
                and not counts.get(found)
                and counts[told] >= _TOLD_OVER_DATELINE
            ):
                return told
            return found
    return told


def _country_named(mention: Mention) -> str | None:
    """The country a mention names: itself ("Chad", "Chadian") or its owner ("Chadian police")."""
    if mention.label in {"GPE", "NORP"} and mention.kind is None:
        # "in Khyber Pakhtunkhwa": a province says its country too
        return demonym_country(mention.text) or country_of_province(mention.text)
    if mention.kind in {"state_force", "government"}:
        words = mention.text.split()
        for n in range(len(words) - 1, 0, -1):
            found = demonym_country(" ".join(words[:n]).removesuffix("'s").removesuffix("’s"))
            if found:
                return found
    return None


# Mentions sorted by start, and their starts: for walking back from a position.
_InOrder = tuple[list[Mention], list[int]]


def find_descriptions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the actors ``doc`` describes without naming, outside ``mentions``."""
    starts = docindex.index(doc).starts
    taken: set[int] = set()
    for mention in mentions:
        # the tokens a mention covers, found by offset without building a Span
        taken.update(range(max(0, bisect_right(starts, mention.start) - 1), bisect_left(starts, mention.end)))
    home = home_country(doc, mentions)
    groups = _armed_groups(mentions)
    ordered = sorted(mentions, key=lambda m: m.start)
    in_order = (ordered, [m.start for m in ordered])
    found = []
    for token in docindex.candidates(doc, _HEADS, frozenset()):
        if token.i in taken or not (token.pos_ in {"NOUN", "PROPN"} or _source_modifier(token)):
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].text in {"-", "–"}:
            continue  # "army-backed government", "police-run": a modifier, not the actor
        described = _describe(token, taken, home, groups, in_order)
        if described is None:
            continue
        span, canonical, kind = described
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        # A description ("the militia", "soldiers") is a weak antecedent for a later "they":
        # it does not count as a group acting in the text (as a speaker it still counts).
        found.append(described_mention(span, canonical, kind))
    return found


# A description found: its span, canonical name and kind.
_Described = tuple[Span, str, str]


class _Verdict(Enum):
    """What a rule of ``_describe`` says of a word it knows that names no actor here ("police
    station", "its government"): no later rule is asked."""

    NOT_AN_ACTOR = "not an actor"


_NOT_AN_ACTOR = _Verdict.NOT_AN_ACTOR


@dataclass(frozen=True)
class _Phrase:
    """A candidate description: its head word, the words before it, and the story it is in."""

    token: Token
    mods: set[str]  # the modifiers' words, lower case
    armed: list[str]  # the armed families the modifiers say ("rebel", "jihadist")
    start: int  # the phrase's first token
    home: str | None
    people: str | None  # the home country's demonym
    groups: dict[str, str]
    mentions: _InOrder

    @property
    def word(self) -> str:
        return self.token.lower_

    @property
    def span(self) -> Span:
        return self.token.doc[self.start : self.token.i + 1]


def _describe(
    token: Token, taken: set[int], home: str | None, groups: dict[str, str], mentions: _InOrder
) -> _Described | None:
    """The span, canonical name and kind of the description headed by ``token``, if it is one:
    what the first rule of ``_DESCRIPTION_RULES`` that knows the word says."""
    modifiers = _modifiers(token)
    if _within_other_phrase(token, modifiers, taken):
        return None
    phrase = _phrase(token, modifiers, home, groups, mentions)
    for rule in _DESCRIPTION_RULES:
        found = rule(phrase)
        if found is not None:
            return None if found is _NOT_AN_ACTOR else found
    return None


def _within_other_phrase(token: Token, modifiers: list[Token], taken: set[int]) -> bool:
    """The word belongs to a name's phrase, a pronoun's, or modifies the actual head noun."""
    if any(m.i in taken for m in modifiers) or any(c.dep_ == "poss" and c.i in taken for c in token.children):
        return True  # "ISWAP fighters", "Bakr's forces": the name's own phrase
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
        return True  # "their troops": whose they are is the pronoun's to say
    # "army base", "government forces": the head noun is the actor, if any
    return token.dep_ in {"compound", "amod"} and not (token.lower_ == "police" or _source_modifier(token))


def _phrase(
    token: Token, modifiers: list[Token], home: str | None, groups: dict[str, str], mentions: _InOrder
) -> _Phrase:
    """The description's words and what its modifiers say."""
    doc = token.doc
    # "military-backed" is one modifier, whatever the tokenizer made of it
    mods = set(" ".join(t.text for t in modifiers).lower().replace(" - ", "-").split())
    armed = [lexicon.ARMED_MODIFIERS[m] for m in sorted(mods) if m in lexicon.ARMED_MODIFIERS]
    start = min([m.i for m in modifiers] + [token.i])
    while start < token.i and (doc[start].is_punct or (start > 0 and not doc[start - 1].whitespace_)):
        start += 1  # "Saudi-backed government forces": the tail of a word the phrase began inside
    people = demonym(home) if home else None
    return _Phrase(token, mods, armed, start, home, people, groups, mentions)


def _police_force(p: _Phrase) -> _Described | _Verdict | None:
    """ "police", "police officers", "law enforcement", "riot police": the home country's police."""
    token, word, doc = p.token, p.word, p.token.doc
    if word == "police" and token.dep_ == "compound":
        if token.head.lower_ in {"officers", "personnel", "units"}:
            return _police(doc[p.start : token.head.i + 1], p.people)
        if not _source_modifier(token):
            return _NOT_AN_ACTOR  # "police station", "police chief"
    if word in lexicon.POLICE_NOUNS or (word == "officers" and "police" in p.mods):
        return _police(p.span, p.people)
    if word == "enforcement" and token.i > 0 and doc[token.i - 1].lower_ == "law":
        return _police(doc[min(p.start, token.i - 1) : token.i + 1], p.people)
    return None


def _armed_group(p: _Phrase) -> _Described | _Verdict | None:
    """Armed non-state groups: "opposition fighters", "the militants", "the resistance", "the
    group" after a named one."""
    token, word = p.token, p.word
    if (
        p.armed
        and word in {"fighters", "forces", "groups", "men"}
        and not (word == "forces" and "armed" in p.mods)
    ):
        # "opposition fighters", "resistance forces", "armed men"; "armed forces" are a state's
        return p.span, _armed_identity(word, p.armed[0], p.groups), "armed_group"
    if word == "resistance" and _definite(token):
        return token.doc[token.i : token.i + 1], _armed_identity(word, "resistance", p.groups), "armed_group"
    if word in _ARMED:
        return p.span, _armed_identity(word, _ARMED[word], p.groups), "armed_group"
    if word in lexicon.ARMED_ANAPHORA and _definite(token):
        named = _antecedent(token, p.mentions, armed=bool(p.armed) or word == "sect")
        return (p.span, named, "armed_group") if named is not None else _NOT_AN_ACTOR
    return None


def _state_service(p: _Phrase) -> _Described | _Verdict | None:
    """Forces its modifiers say whose: "security forces", "the air force", "coalition forces",
    "UN peacekeepers"."""
    word, mods, people = p.word, p.mods, p.people
    if word in lexicon.SERVICE_NOUNS and mods & lexicon.SERVICE_MODIFIERS:
        branch = "intelligence services" if "intelligence" in mods else "forces"
        return p.span, f"{people} {branch}" if people else branch, "state_force"
    if word == "force" and mods & {"air", "defence", "defense"}:
        return p.span, f"{people} forces" if people else "air force", "state_force"
    if word in lexicon.MILITARY_NOUNS and "coalition" in mods:
        return p.span, "coalition forces", "state_force"  # not the home country's
    if word in lexicon.MILITARY_NOUNS and mods & {"peacekeeping", "un", "u.n."}:
        return p.span, "peacekeepers", "state_force"
    return None


def _military(p: _Phrase) -> _Described | _Verdict | None:
    """ "the army", "soldiers", "government troops", "forces loyal to X": a state's forces."""
    token, word, mods, people = p.token, p.word, p.mods, p.people
    if word not in lexicon.MILITARY_NOUNS:
        return None
    if word == "military" and token.pos_ != "NOUN" and not _source_modifier(token):
        return _NOT_AN_ACTOR
    if word == "forces" and not mods & lexicon.STATE_FORCE_MODIFIERS:
        loyal = _loyal_to(token)
        return _NOT_AN_ACTOR if loyal is None else (p.span, f"{loyal.text} forces", "state_force")
    if p.armed and "armed" not in mods:
        return _NOT_AN_ACTOR  # "rebel troops"
    if word == "peacekeepers":
        return p.span, "peacekeepers", "state_force"
    if word in {"navy", "marines"}:
        # a navy is a branch of its own: "the navy said" is not "the army said"
        return p.span, f"{people} navy" if people else "navy", "state_force"
    # without a home country, "the army" and "soldiers" are still one army
    return p.span, f"{people} forces" if people else "army", "state_force"


def _government(p: _Phrase) -> _Described | _Verdict | None:
    """ "the government": the home country acting; "the ministry", "the provincial
    administration": a body of its own."""
    token, word = p.token, p.word
    if word in lexicon.GOVERNMENT_NOUNS:
        if any(c.dep_ == "poss" for c in token.children) or word not in lexicon.NATIONAL_GOVERNMENT_NOUNS:
            return _NOT_AN_ACTOR  # "its government": whose is the parse's guess; "authorities": whose?
        if p.mods - lexicon.NATIONAL_MODIFIERS:
            # "the provincial civil administration": a body of its own, not the state
            return p.span, _written(p.span), "government"
        return p.span, p.home or word, "government"
    if word in lexicon.MINISTRY_NOUNS and token.text.islower():
        return p.span, _written(p.span), "government"
    return None


def _state_media(p: _Phrase) -> _Described | _Verdict | None:
    """ "state television", "state-run news agency": the home country's state media."""
    token = p.token
    if not (p.word in lexicon.STATE_MEDIA_NOUNS and p.mods & lexicon.STATE_MEDIA_MODIFIERS):
        return None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.pos_ == "PROPN":
        return _NOT_AN_ACTOR  # "state news agency Bernama": the agency is named
    written = _written(p.span)
    return p.span, f"{p.people} {written}" if p.people else written, "media"


def _written(span: Span) -> str:
    """A phrase's words, lower case and single-spaced."""
    return " ".join(span.text.lower().split())


# The rules ``_describe`` asks in order, by family of actor.
_DESCRIPTION_RULES = (_police_force, _armed_group, _state_service, _military, _government, _state_media)


def _source_modifier(token: Token) -> bool:
    """ "police" in "a police source", "army" in "army spokesman", "military" in "military
    officials": a force named as a source's affiliation."""
    return (
        token.dep_ in {"compound", "amod"}
        and token.head.i > token.i
        and token.head.lemma_.lower() in lexicon.SOURCE_HEADS
        and (
            token.lower_ in lexicon.POLICE_NOUNS
            or token.lower_ in lexicon.MILITARY_NOUNS
            or token.lower_ == "enforcement"
        )
    )


def _police(span: Span, people: str | None) -> tuple[Span, str, str]:
    return span, f"{people} police" if people else "police", "state_force"


def _modifiers(token: Token) -> list[Token]:
    """The lower-case words before a head noun that belong to its phrase: "security" in
    "security forces", "state-run" in "state-run television"; not numbers or determiners."""
    found = []
    for child in sorted(token.children, key=lambda t: -t.i):
        if child.i > token.i or child.dep_ not in {"amod", "compound", "nmod", "npadvmod"}:
            continue
        words = [t for t in child.subtree if t.i < token.i]
        if any(t.like_num or t.lower_ in lexicon.QUANTIFIERS for t in words):
            continue  # "three gunmen", "several rebel groups": how many, not who
        found.extend(words)
    # Only the words right before the noun: a dateline the parser hung on it ("MOGADISHU
    # (Reuters) - Security forces") is not part of the phrase.
    start = token.i
    kept = {t.i for t in found}
    doc = token.doc
    while start - 1 in kept and (not doc[start - 1].is_punct or _inside_word(doc[start - 1])):
        previous = doc[start - 1]
        name = previous.ent_type_ and not previous.text.islower()
        if previous.is_space or name or previous.is_upper or len(previous.whitespace_) > 1:
            break  # a name, a dateline or a gap (a line break, blanked markup) ends the phrase
        start -= 1
    return sorted({t.i: t for t in found if t.i >= start}.values(), key=lambda t: t.i)


def _inside_word(token: Token) -> bool:
    """A hyphen joining two words ("state-run"), not a dash between phrases."""
    doc = token.doc
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children)


def _armed_groups(mentions: list[Mention]) -> dict[str, str]:
    """Armed groups the story names, by the words it ties to them: "militants" for "ISWAP
    militants", and "" for every named armed group."""
    found: dict[str, str] = {}
    named: set[str] = set()
    for mention in mentions:
        if mention.label not in {"ORG", "NORP", "GPE", "PERSON"}:
            continue
        name = mention.canonical or " ".join(mention.text.split())
        says_armed = {w.lower() for w in mention.text.split()} & lexicon.ORG_HEADS["armed_group"]
        if mention.kind == "armed_group" or (mention.label == "ORG" and says_armed):
            named.add(name)  # listed, or a name that says so ("Zamani Liberation Front")
            last = mention.text.split()[-1].lower()
            if last in _ARMED:
                found.setdefault(last, name)
        if (
            mention.group_noun
            and mention.label in lexicon.ACTOR_LABELS
            and mention.group_noun.split()[-1] in _ARMED
        ):
            found.setdefault(mention.group_noun.split()[-1], name)
            found.setdefault(_ARMED[mention.group_noun.split()[-1]], name)
    # "National Liberation Army" and "West Papua National Liberation Army" are one group to fall
    # back on, the fuller name
    distinct = {n for n in named if not any(o != n and o.lower().endswith(" " + n.lower()) for o in named)}
    if len(distinct) == 1:
        found[""] = distinct.pop()
    return found


def _armed_identity(word: str, family: str, groups: dict[str, str]) -> str:
    """The named group a bare "militants" stands for, else the story's one armed group, else
    one unnamed group per family of words."""
    named = groups.get(word) or groups.get(family)
    if named:
        return named
    single = groups.get("")
    if family in {"militants", "rebels"} and single:
        return single  # "militants", "rebels" in a story that names one armed group
    return family


def _antecedent(token: Token, mentions: _InOrder, armed: bool) -> str | None:
    """ "the group", "the militant group": the armed group last named before it, when no other
    organisation was named in between."""
    # Mentions in text order, walked back from the last one starting before the token.
    ordered, starts = mentions
    before = (
        m
        for m in reversed(ordered[: bisect_left(starts, token.idx)])
        if m.end <= token.idx and m.label == "ORG"
    )
    for mention in before:
        if mention.kind == "armed_group" or mention.group_noun:
            return mention.canonical or " ".join(mention.text.split())
        if mention.kind in {"media", "other"}:
            continue
        if not armed:
            return None
    return None


def _loyal_to(token: Token) -> Token | None:
    """ "forces loyal to Colonel Idris Bakr": the leader's surname."""
    for child in token.children:
        if child.lower_ == "loyal":
            people = [t for t in child.subtree if t.ent_type_ == "PERSON"]
            if not people:
                return None
            last = people[0]
            while last.i + 1 < len(token.doc) and token.doc[last.i + 1].ent_iob_ == "I":
                last = token.doc[last.i + 1]  # the end of the first name: its surname
            return last
    return None
