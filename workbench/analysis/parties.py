"""Whose: the side that suffered a casualty figure, resolved against the story's actors.

In this order: the owner of the losses ("the militia lost", "inflicted losses on the
raiders"); a non-combatant role ("children", "villagers", "medics": civilians); an actor named
in the victims' phrase ("Hezbollah fighters", "Chilean troops", "of the navy"); a pronoun that refers
back ("their troops"); a definite noun that names one actor ("the rebels"); and for
combatants with no owner in the text, the side that fits their kind — the other side of
whoever killed them, the side of the claimant who reports its own, or the one force of that
kind the story is about. Where the text leaves it open the party is None; the victims'
phrase is kept as ``party_text``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Casualty, Claim
from . import lexicon
from . import lexicon_casualties as lex
from .context import DocContext
from .gazetteer import country, country_of_demonym
from .sides import ARMED_KINDS, side_of, story_sides

CIVILIANS = "civilians"
# Actors that can suffer casualties as a side: not places, religions or demonyms.
_SIDE_KINDS = frozenset({"state_force", "armed_group", "government", "organization", "other"})


class Story:
    """The actors of one document, where in it each is named, and the text records quote."""

    def __init__(self, context: DocContext):
        self.doc = context.doc
        self.actors = context.actors
        self.sides = story_sides(self.actors.values())
        # The last word of each alias of several words, to the actors so named ("rebels").
        self.by_last_word: dict[str, set[str]] = {}
        for actor in self.actors.values():
            for alias in actor.aliases:
                words = alias.lower().split()
                if len(words) > 1:
                    self.by_last_word.setdefault(words[-1], set()).add(actor.name)
        # The claim layer's table of the same mentions, and the article's own text.
        self.actor_at, self.text, self.display = context.actor_at, context.text, context.display

    def kind(self, name: str | None) -> str | None:
        actor = self.actors.get(name) if name else None
        return actor.kind if actor is not None else None


def party(
    story: Story,
    victim: Token,
    people: Token | None,
    owner: Token | None,
    claim: Claim | None,
    earlier: list[Casualty],
    start: int,
) -> tuple[str | None, str | None]:
    """(party, party_text) of the figure whose victims' phrase is headed by ``victim``."""
    if owner is not None:
        text = _phrase_text(story, owner)
        if _both(text):
            return None, text  # "both sides suffered losses"
        found = (
            _party_of_phrase(story, owner, claim)
            or _definite_actor(story, owner)
            or _pronoun_party(story, owner)
            or _speaker_as_pronoun(story, owner, claim)
        )
        return found, text
    noun = _role_noun(people or _antecedent(victim) or victim)
    text = _phrase_text(story, noun)
    if any(c.lower_ in lex.DOUBT_MODIFIERS for c in noun.children):
        return None, text  # "suspected militants": whose they were is disputed
    word = noun.lower_
    if word in lex.CIVILIAN_NOUNS or _described_as_civilians(victim) or _civilian_modifier(noun):
        return CIVILIANS, text
    named = _named_in_phrase(story, noun)
    if named is not None:
        return named, text
    if word in lex.FAMILY_NOUNS or _of_family(noun):
        return CIVILIANS, text
    possessor = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if possessor is not None:
        resolved = _pronoun_party(story, possessor)
        if resolved is not None and resolved == _killer_named(story, victim):
            resolved = None  # "the cartel shot none of its own guards": "its" is not the killer's
        if resolved is None and claim is not None and possessor.lower_ in {"our", "its", "their"}:
            # "just two of its fighters were hurt", said the group's spokesman: the group's own.
            resolved = side_of(story.actors, story.sides, claim.speaker) or _own_group(story, claim.speaker)
        if resolved is not None:
            return resolved, text
    named = _definite_actor(story, noun)
    if named is not None:
        return named, text  # "the rebels" after "Kachin rebels"
    if people is None or word in lex.BARE_VICTIMS:
        # "six guards died and eight others were hurt", "210 fighters dead and 64
        # injured", "31 deaths and 77 injuries among civilians": the same victims as just before.
        sentence = victim.sent
        same_sentence = [f for f in earlier if sentence.start_char <= f.start < start]
        if same_sentence:
            return same_sentence[-1].party, text
    if word in lex.COMBATANT_NOUNS or _combatant_kind(noun) or (people is None and victim.like_num):
        return _combatants(story, victim, noun, word, claim), text
    return None, text


def _speaker_as_pronoun(story: Story, owner: Token, claim: Claim | None) -> str | None:
    """ "The army said it lost two soldiers": "it" is the speaker's own side."""
    ours = any(c.dep_ == "poss" and c.lower_ in {"our", "its", "their"} for c in owner.children)
    if claim is None or (owner.lower_ not in {"it", "they", "we"} and not ours):
        return None
    return side_of(story.actors, story.sides, claim.speaker) or _own_group(story, claim.speaker)


def _role_noun(noun: Token) -> Token:
    """The noun that says who the victims are: "Three of the passengers, off-duty soldiers" are
    soldiers, by the apposition."""
    for child in noun.children:
        if (
            child.dep_ == "appos"
            and (child.lower_ in lex.PERSON_NOUNS or child.lemma_.lower() in lex.PERSON_NOUNS)
            and not any(c.dep_ == "nummod" for c in child.children)  # a counted item of a list
            and not any(c.lower_ in lex.PART_WORDS for c in child.children)  # "most of them pupils"
        ):
            return child
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        # "Three of the passengers, off-duty soldiers": the apposition hangs on the number.
        governor = noun.head.head
        for child in governor.children:
            if child.dep_ == "appos" and child.lower_ in lex.PERSON_NOUNS:
                return child
    return noun


def _antecedent(victim: Token) -> Token | None:
    """The people "them" stands for in "shot 18 of them": the nearest plural person noun before
    it in its sentence or the one before."""
    pronoun = next(
        (
            p
            for c in victim.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ),
        victim,
    )
    if pronoun.lower_ not in lex.PLURAL_PRONOUNS:
        return None
    doc = victim.doc
    first = pronoun.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    for token in reversed(doc[first : pronoun.i]):
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            continue  # "a party of pilgrims" describes; the people acted on are named elsewhere
        if token.tag_ in {"NNS", "NNPS"} and (
            token.lower_ in lex.PERSON_NOUNS or token.lemma_.lower() in lex.PERSON_NOUNS
        ):
            return token
    return None


def _civilian_modifier(noun: Token) -> bool:
    """ "civilian deaths", "civilian casualties", "six displaced herders", "unarmed villagers"."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in lex.CIVILIAN_MODIFIERS for c in noun.children)


def _of_family(noun: Token) -> bool:
    """ "nine members of one family"."""
    return any(
        p.lower_ in lex.FAMILY_NOUNS
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    )


def _named_in_phrase(story: Story, noun: Token) -> str | None:
    """An actor named in the victims' phrase: "Hezbollah fighters", "Chilean soldiers", "of the
    navy"; not in an apposition ("4 million people, nearly half of Haiti's population"), nor a
    place ("29 people at the harbour")."""
    owned = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for t in c.subtree}
    kind = _combatant_kind(noun)
    for i in sorted(_noun_phrase(noun) | owned):
        name = story.actor_at.get(i)
        if name is not None and story.kind(name) in _SIDE_KINDS:
            if story.kind(name) == "other" and kind is None and demonym_country(name):
                continue  # "23 Peruvians", "two Canadians": nationals, not a side
            if kind is not None and story.kind(name) not in ARMED_KINDS:
                # "Chilean soldiers" are Chile's armed forces where the story names them.
                return _force_of_nation(story, noun, kind) or name
            return name
    return _force_of_nation(story, noun, kind) if kind is not None else None


def _force_of_nation(story: Story, noun: Token, kind: str) -> str | None:
    """The force of the victims' nationality: "a Belgian marine" is the Belgian forces'."""
    nations = {demonym_country(c.text) for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}} - {
        None
    }
    if not nations:
        return None
    forces = [
        actor
        for actor in story.actors.values()
        if actor.kind == kind
        and any(
            demonym_country(word) in nations
            for alias in (actor.name, *actor.aliases)
            for word in alias.split()
        )
    ]
    forces.sort(key=lambda a: (-a.mentions, a.first_start))
    if len(forces) == 1 or (len(forces) > 1 and forces[0].mentions > forces[1].mentions):
        return forces[0].name
    return None


def _combatants(story: Story, victim: Token, noun: Token, word: str, claim: Claim | None) -> str | None:
    """Soldiers, fighters, militants with no owner in their phrase."""
    kind = _combatant_kind(noun)
    killer = _killer(story, victim, claim)
    if killer is not None:
        # "government troops shot 16 fighters": the fighters are the other side's.
        opponent = _opponent_of_side(story, killer)
        if opponent is not None and (kind is None or story.kind(opponent) == kind):
            return opponent
    if kind is not None and claim is not None and victim.dep_ in {"nsubjpass", "nsubj"}:
        side = side_of(story.actors, story.sides, claim.speaker)
        if side is not None and story.kind(side) == kind:
            return side  # "the navy said 12 sailors were killed": its own
    if kind is None:
        return None
    candidates = _forces_of_kind(story, kind, word)
    if len(candidates) == 1:
        return candidates[0]
    return None


def _combatant_kind(noun: Token) -> str | None:
    """The kind of force a combatant noun belongs to: "soldiers" a state's, "fighters" a group's,
    unless a word before it says otherwise ("junta fighters", "rebel soldiers")."""
    word = noun.lower_
    if word in lex.STATE_COMBATANTS or word in lex.UNIT_NOUNS or _service_member(noun):
        kind = "state_force"
    elif word in lex.NONSTATE_COMBATANTS:
        kind = "armed_group"
    else:
        return None
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    if modifiers & lex.STATE_MODIFIERS:
        return "state_force"
    if modifiers & lex.NONSTATE_MODIFIERS:
        return "armed_group"
    return kind


def _service_member(noun: Token) -> bool:
    """ "one service member", "two servicemembers"."""
    lemma = noun.lemma_.lower()
    return lemma == "servicemember" or (
        lemma == "member" and any(c.lower_ == "service" for c in noun.children)
    )


def _forces_of_kind(story: Story, kind: str, word: str) -> list[str]:
    """The force of one kind the story is about: the only one; the one named clearly more often
    than any other; or, where all are of one nation ("the army", "Chadian soldiers"), the one
    named most and first. Police nouns want a police force."""
    found = sorted(
        (a for a in story.actors.values() if a.kind == kind),
        key=lambda a: (-a.mentions, a.first_start),
    )
    if word in lex.POLICE_NOUNS:
        found = [a for a in found if any(p in a.name.lower() for p in lex.POLICE_NOUNS)]
    if len(found) > 1 and found[0].mentions > found[1].mentions:
        return [found[0].name]
    nations = {demonym_country(w) for a in found for w in a.name.split()} - {None}
    if len(nations) > 1:
        # Forces of several nations: the story's own country's ("Chadian soldiers", "the army"
        # in a story from Chad, not the foreign forces also mentioned).
        home = _home_country(story)
        found = [a for a in found if _nations(a.name) <= {home}] if home else found
        nations = {home} if found else nations
    if len(found) > 1 and len(nations) == 1:
        return [found[0].name]  # names of one force, or of one nation's forces
    return [a.name for a in found]


def demonym_country(word: str) -> str | None:
    """The country a demonym or a country name stands for: "Chadian", "Chad" -> Chad."""
    return country_of_demonym(word) or country(word)


def _nations(name: str) -> set[str]:
    return {demonym_country(w) for w in name.split()} - {None}


def _home_country(story: Story) -> str | None:
    """The country the story is set in: its most mentioned government's."""
    governments = sorted(
        (a for a in story.actors.values() if a.kind == "government" and _nations(a.name)),
        key=lambda a: (-a.mentions, a.first_start),
    )
    if len(governments) > 1 and governments[0].mentions == governments[1].mentions:
        return None
    return next(iter(_nations(governments[0].name))) if governments else None


def _own_group(story: Story, name: str | None) -> str | None:
    """The group a claimant speaks for: itself if armed, its affiliation, or the country
    its name belongs to ("Chile's defence ministry")."""
    actor = story.actors.get(name) if name else None
    if actor is None:
        return None
    if actor.kind in ARMED_KINDS:
        return actor.name
    if actor.affiliation:
        return actor.affiliation
    owners = [
        other for other in story.actors if other != name and name.startswith((other + "'s ", other + "’s "))
    ]
    return owners[0] if owners else None


def _described_as_civilians(victim: Token) -> bool:
    """ "most of the dead were women and children", "Half of the injured were pupils"."""
    head = victim.head
    if victim.dep_ not in {"nsubj", "nsubjpass"} and head.dep_ == "pobj":
        head = head.head.head
    if victim.dep_ == "pobj" and head.lower_ == "of":
        head = head.head.head  # "Half of the injured were ..."
    attrs = [c for c in head.children if c.dep_ == "attr"]
    attrs += [conj for a in attrs for conj in a.conjuncts]
    # "women and children" are civilians together; "women" alone stays open.
    return any(a.lower_ in lex.CIVILIAN_NOUNS for a in attrs) and all(
        a.lower_ in lex.CIVILIAN_NOUNS or a.lower_ in {"women", "woman"} for a in attrs
    )


def _definite_actor(story: Story, noun: Token) -> str | None:
    """ "the rebels" refers to the one actor whose name ends with "rebels", or else to the one
    non-state side of the story."""
    if not any(c.lower_ == "the" for c in noun.children):
        return None
    matches = set(story.by_last_word.get(noun.lower_, ()))
    if len(matches) == 1:
        return matches.pop()
    if noun.lower_ in lexicon.ARMED_GROUP_NOUNS:
        groups = [s for s in story.sides if story.actors[s].kind == "armed_group"]
        if len(groups) == 1:
            return groups[0]
    return None


def _killer_named(story: Story, victim: Token) -> str | None:
    """The actor named as the subject of the verb of harm whose object the victims are."""
    verb = victim.head
    while verb.dep_ == "prep" or (verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb):
        verb = verb.head  # "shot none of its own guards": up from "of" to the verb
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next((story.actor_at[t.i] for t in subject.subtree if t.i in story.actor_at), None)


def _killer(story: Story, victim: Token, claim: Claim | None) -> str | None:
    """The side of whoever did the killing in an active clause, if the text says."""
    verb = victim.head
    if (
        victim.dep_ != "dobj"
        or verb.lemma_.lower() not in lex.CASUALTY_VERBS
        or verb.lemma_.lower() == "lose"
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ in {"conj", "advcl"} and verb.head is not verb:
        verb = verb.head  # "inflicted losses on the raiders and shot 16 fighters"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    for i in sorted(t.i for t in subject.subtree):
        if i in story.actor_at and story.kind(story.actor_at[i]) in _SIDE_KINDS - {"other"}:
            return side_of(story.actors, story.sides, story.actor_at[i]) or story.actor_at[i]
    if claim is not None and (
        subject.lemma_.lower() in lex.COMBATANT_NOUNS or subject.lower_ in lexicon.FORCE_NOUNS
    ):
        # "its soldiers", "government troops" in an armed side's claim: that side's.
        return side_of(story.actors, story.sides, claim.speaker)
    return None


def _opponent_of_side(story: Story, side: str | None) -> str | None:
    if side is None or len(story.sides) != 2 or side not in story.sides:
        return None
    return next(s for s in story.sides if s != side)


def _party_of_phrase(story: Story, token: Token, claim: Claim | None) -> str | None:
    """The actor a subject or target phrase names, or the claimant's opponent for "the other side"."""
    phrase = _phrase_text(story, token).lower()
    for i in sorted(t.i for t in token.subtree):
        if i in story.actor_at:
            return story.actor_at[i]
    if any(p in phrase for p in lex.OTHER_SIDE_PHRASES) and claim is not None:
        return _opponent_of_side(story, side_of(story.actors, story.sides, claim.speaker))
    return None


def _pronoun_party(story: Story, pronoun: Token) -> str | None:
    """ "its fighters" in "The militia lost 26 of its fighters": the clause's subject."""
    if pronoun.pos_ != "PRON":
        return None
    verb = pronoun
    while verb.dep_ not in {"ROOT", "ccomp", "conj", "advcl"} and verb.head is not verb:
        verb = verb.head
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.i != pronoun.i:
            for i in sorted(t.i for t in subject.subtree):
                if i in story.actor_at:
                    return story.actor_at[i]
    return None


def _both(text: str) -> bool:
    return any(p in text.lower() for p in lex.BOTH_SIDES_PHRASES)


def noun_phrase(noun: Token) -> set[int]:
    """The token indices of a noun's phrase up to the noun, with its compounds."""
    return {t.i for t in noun.subtree if t.i <= noun.i} | {c.i for c in noun.rights if c.dep_ == "compound"}


_noun_phrase = noun_phrase


def _phrase_text(story: Story, token: Token) -> str:
    tokens = sorted(_noun_phrase(token))
    doc = story.doc
    return story.text[doc[tokens[0]].idx : doc[tokens[-1]].idx + len(doc[tokens[-1]])]
