"""Where the victims are: the words of harm on spaCy's parse and the phrases they hit.

Each rule starts from a word of harm (``lexicon_casualties``) and finds the head of the
victims' phrase: the object or passive subject of "killed", the subject of "died", the noun
"the wounded" or "40 deaths" itself, the people after "the execution of", the number a toll
rose to. Coordinated victims are each their own hit ("two farmers and a nurse were shot"),
and so are the parts of a figure stated beside it ("including four pupils", "X were among the
dead"). Whether a hit is a figure — whether it has a size, who it is — is
decided by the caller; this module only says where to look.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Generator, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from . import docindex
from . import lexicon_casualties as lex


@dataclass(frozen=True)
class Hit:
    """A victims' phrase and what happened to it."""

    victim: Token  # head of the victims' phrase: a noun, a number, a size word
    category: str
    trigger: Token  # the word of harm
    owner: Token | None = None  # who owns the losses: "The militia lost 26 of its fighters"
    subset: bool = False  # part of a figure stated beside it: "including four pupils"
    definite_one: bool = False  # "the officer ... was killed" counts one


# Every rule starts from one of these words or lemmas; other tokens yield nothing.
TRIGGER_WORDS = frozenset(
    {
        *lex.CASUALTY_ADJECTIVES,
        *lex.CASUALTY_NOUNS,
        *lex.ACTION_NOUNS,
        *lex.LOSS_NOUNS,
        *lex.TOLL_NOUNS,
        *lex.LIVES_NOUNS,
        *lex.SHOT_NOUNS,
        *lex.CAPTION_LABELS,
        *lex.FATE_NOUNS,
        *lex.CONDITION_NOUNS,
    }
)
TRIGGER_LEMMAS = frozenset(
    {
        *lex.CASUALTY_VERBS,
        *lex.LOSS_VERBS,
        *lex.LEAVE_VERBS,
        *lex.EXPEL_VERBS,
        *lex.MARTYRDOM_VERBS,
        *lex.SHOOT_VERBS,
        *lex.TAKE_VERBS,
        *lex.TREAT_VERBS,
        *lex.LIVES_VERBS,
        *lex.SHELTER_VERBS,
    }
)

_RELATIVE_PRONOUNS = frozenset("who whom that which".split())
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


# A rule of ``hits``: it yields the hits it finds and returns whether it settles the word, so
# that no later rule is asked.
_Rule = Callable[[Token], Generator[Hit, None, bool]]


def hits(token: Token) -> Iterator[Hit]:
    """The victims' phrases a word of harm hits (none for most words): what each rule of
    ``_WORD_RULES`` finds, up to the first that settles the word."""
    for rule in _WORD_RULES:
        if (yield from rule(token)):
            return


def _settled_by(words: Collection[str], find: Callable[[Token], Iterator[Hit]]) -> _Rule:
    """A rule that settles any word of ``words`` with what ``find`` finds."""

    def rule(token: Token) -> Generator[Hit, None, bool]:
        if token.lower_ not in words:
            return False
        yield from find(token)
        return True

    return rule


def _caption_label(token: Token) -> Generator[Hit, None, bool]:
    """A caption's label ("Killed: ..."): the names it lists."""
    if not (token.lower_ in lex.CAPTION_LABELS and _is_label(token)):
        return False
    yield from _labelled(token, lex.CAPTION_LABELS[token.lower_])
    return True


def _number_before_state(token: Token) -> Generator[Hit, None, bool]:
    """ "left at least 14 dead and 22 wounded": a number right before the word, whatever the
    parse; the word's other readings are still asked."""
    word = token.lower_
    if (
        word in lex.CASUALTY_ADJECTIVES
        and token.i > 0
        and not (token.dep_ == "amod" and token.head.i > token.i)
    ):
        before = token.doc[token.i - 1]
        if before.like_num and before.dep_ != "nummod":
            yield Hit(before, lex.CASUALTY_ADJECTIVES[word], token)
            part = _counted_part(before)
            if part is not None:
                yield Hit(part, lex.CASUALTY_ADJECTIVES[word], token, subset=True)
    return False


def _state_modifier(token: Token) -> Generator[Hit, None, bool]:
    """ "an injured militiaman": the noun the participle modifies; "reported as injured": the
    verb's victims."""
    word = token.lower_
    if not (token.pos_ in {"VERB", "AUX"} and token.dep_ == "amod" and word in lex.CASUALTY_ADJECTIVES):
        return False
    if token.head.lower_ == "as" and token.head.dep_ == "prep":
        yield from _state_hits(token, lex.CASUALTY_ADJECTIVES[word], token.head.head)
    else:
        yield Hit(token.head, lex.CASUALTY_ADJECTIVES[word], token)
    return True


def _state_complement(token: Token) -> Generator[Hit, None, bool]:
    """ "were reported wounded": whoever is in that state."""
    word = token.lower_
    if not (
        token.pos_ in {"VERB", "AUX"}
        and token.dep_ in {"oprd", "xcomp", "acomp"}
        and word in lex.CASUALTY_ADJECTIVES
    ):
        return False
    yield from _state_hits(token, lex.CASUALTY_ADJECTIVES[word])
    return True


def _noun_tagged_verb(token: Token) -> Generator[Hit, None, bool]:
    """ "many of the injured", "the number of wounded": a noun the tagger took for a verb."""
    word = token.lower_
    if not (
        token.pos_ == "VERB"
        and token.dep_ in {"pobj", "nsubj", "nsubjpass", "dobj"}
        and word in lex.CASUALTY_NOUNS
    ):
        return False
    tally = _tally_of(token)
    if tally is not None:
        yield from _toll_hits(tally, lex.CASUALTY_NOUNS[word])  # "put the number of wounded at 85"
    elif not _share_harmed_again(token):
        yield Hit(token, lex.CASUALTY_NOUNS[word], token)  # "many of the injured": a noun, tagged a verb
    return True


def _harm_verb(token: Token) -> Generator[Hit, None, bool]:
    """A verb: of harm, of loss, of lives or homes left, of expulsion, of martyrdom, of
    shelter; a verb settles the word either way."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    category = _verb_category(token, lemma)
    if category is not None:
        yield from _verb_hits(token, lemma, category)
    elif lemma in lex.LOSS_VERBS:
        yield from _loss_verb_hits(token, lemma)
    elif lemma in lex.LIVES_VERBS or lemma in lex.LEAVE_VERBS:
        yield from _lives_or_homes(token, lemma)
    elif lemma in lex.EXPEL_VERBS:
        yield from _expelled(token)
    elif lemma in lex.MARTYRDOM_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.MARTYRDOM_NOUNS for c in token.children
    ):
        for subject in (c for c in token.children if c.dep_ in SUBJECTS):
            yield from with_conjuncts(Hit(subject, "killed", token))  # "two soldiers embraced martyrdom"
    elif lemma in lex.SHELTER_VERBS:
        yield from _sheltering(token, lemma)
    return True


def _shot_noun(token: Token) -> Generator[Hit, None, bool]:
    """ "a guard shot in the arm", parsed as a noun "shot" with the guard hanging on it."""
    if not (token.lower_ in lex.SHOT_NOUNS and token.pos_ == "NOUN"):
        return False
    for child in token.children:
        if child.dep_ in {"amod", "nsubj", "compound"} and child.lower_ in lex.PERSON_NOUNS:
            yield Hit(child, "wounded", token)
    return True


def _state_adjective(token: Token) -> Generator[Hit, None, bool]:
    """ "dead", "wounded" as adjectives; a word that is a noun too ("the dead") is read as
    one as well."""
    word = token.lower_
    if not (word in lex.CASUALTY_ADJECTIVES and token.pos_ == "ADJ"):
        return False
    yield from _adjective_hits(token, lex.CASUALTY_ADJECTIVES[word])
    return word not in lex.CASUALTY_NOUNS


def _harm_noun(token: Token) -> Generator[Hit, None, bool]:
    """A noun: a toll, an action on people, a loss, or the victims themselves ("the wounded")."""
    word = token.lower_
    if token.pos_ not in {"NOUN", "ADJ", "PROPN"}:
        return True
    if word in lex.TOLL_NOUNS:
        yield from _toll_hits(token)
    elif word in lex.ACTION_NOUNS and _of_people(token):
        yield from _action_hits(token, word)  # "the loss of 14 sailors", "the execution of three hostages"
    elif word in lex.LOSS_NOUNS:
        yield from _loss_noun_hits(token)
    elif word in lex.CASUALTY_NOUNS:
        yield from _noun_hits(token, word)
    return True


# -- verbs --------------------------------------------------------------------------------------------


def _verb_category(verb: Token, lemma: str) -> str | None:
    """What a verb of harm does to its victims; the verbs whose meaning hangs on the words
    after them ("shot dead", "taken hostage", "treated for injuries") are read here."""
    children = list(verb.children)
    words = {c.lower_ for c in children}
    if lemma in lex.SHOOT_VERBS:
        if words & lex.SHOT_DEAD_WORDS.get(lemma, frozenset()):
            return "killed"  # "shot dead", "gunned down"
        if lemma == "shoot" and not words & {"down"}:
            return "wounded"  # "a fighter shot in the leg"; "shot down a drone" is no harm to people
        return None
    if lemma in lex.TAKE_VERBS:
        complements = {
            c.lower_ for c in children if c.dep_ in {"oprd", "dobj", "attr", "npadvmod", "xcomp", "advmod"}
        }
        if complements & lex.CAPTIVE_WORDS:
            return "captured"  # "nine engineers were taken hostage"
        if words & lex.AWAY_WORDS:
            return "captured"  # "took away 16 miners"
        if any(c.dep_ == "prep" and any(p.lower_ in lex.CARE_NOUNS for p in c.children) for c in children):
            return "wounded"  # "two porters were taken to a clinic"
        if any(c.dep_ == "prep" and any(p.lower_ in lex.CUSTODY_NOUNS for p in c.children) for c in children):
            return "arrested"  # "17 suspects were taken into custody"
        return None
    if lemma in lex.TREAT_VERBS:
        for_injuries = any(
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(p.lower_ in lex.INJURY_NOUNS or _ends_with_injury(p) for p in c.children)
            # "treated 31 patients for burns": the reason hangs on the verb or on its object
            for c in [*children, *(g for o in children if o.dep_ == "dobj" for g in o.children)]
        )
        manner = any(c.dep_ == "advmod" for c in children)  # "treated well", "treated humanely"
        if for_injuries or (_passive(verb, children) and not manner):
            return "wounded"
        return None
    return lex.CASUALTY_VERBS.get(lemma)


def _ends_with_injury(token: Token) -> bool:
    return token.lemma_.lower() in lex.INJURY_NOUNS


def _passive(verb: Token, children: list[Token]) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)


def _verb_hits(verb: Token, lemma: str, category: str) -> Iterator[Hit]:
    """The victims a verb of harm hits: its objects, or its subjects where they underwent it
    ("were killed", "died"), else the words the parser hung elsewhere."""
    children = list(verb.children)
    passive = _passive(verb, children)
    if lemma in lex.PASSIVE_HARM and not passive:
        return  # "the storm hit", "the shell hit a clinic": only "two guards were hit" is harm
    objects = _objects(verb, children)
    subjects = _subjects(verb, children)
    if lemma == "lose":
        yield from _losses(verb, category, subjects, objects)
        return
    undergoes = _undergoes(verb, lemma, passive, objects, subjects)
    victims = _victims(verb, undergoes, subjects if undergoes else objects)
    # "leaving 19 people dead and 30 wounded": the parser makes "people" the subject of
    # "wounded", but they carry their own word of harm.
    victims = [v for v in victims if not _harmed_otherwise(v, category, after=True)]
    victims += _along_with(verb)  # "kidnapped a priest along with 11 parishioners"
    if verb.dep_ == "ccomp":
        victims += _along_with(verb.head)  # "three died, the mayor said, along with two gunmen"
    for victim in victims:
        yield from with_conjuncts(Hit(victim, category, verb, definite_one=undergoes))


def _objects(verb: Token, children: list[Token]) -> list[Token]:
    """Whom the verb acts on: its objects, a range or a bare number after it, and a second
    object the parser hung on the verb."""
    # "taken hostage" names no victims; "took 12 prisoners", 'taken 12 "agents" prisoner' does.
    objects = [c for c in children if c.dep_ == "dobj" and (c.lower_ not in lex.CAPTIVE_WORDS or _counted(c))]
    # "killing between 8 and 11 herders": the range hangs as a preposition;
    # "Truck bomb kills nine": a bare number after the verb.
    objects += [
        p
        for c in children
        if c.dep_ == "prep" and c.lower_ == "between"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    objects += [
        c
        for c in children
        if c.i > verb.i and c.like_num and c.dep_ in {"npadvmod", "attr", "nummod", "oprd"}
    ]
    if objects:
        # "killed a couple and their two sons", the second object hung on the verb.
        objects += [
            c
            for c in children
            if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and _counted(c) and c.i > verb.i
        ]
    return objects


def _losses(verb: Token, category: str, subjects: list[Token], objects: list[Token]) -> Iterator[Hit]:
    """ "six miners lost their lives": the subjects; "The militia lost 26 of its fighters": the
    objects, owned by the subject."""
    if any(o.lower_ in lex.LIVES_NOUNS | {"life"} for o in objects):
        for subject in subjects:
            yield from with_conjuncts(Hit(subject, category, verb))
        return
    for obj in objects:
        yield from with_conjuncts(Hit(obj, category, verb, subjects[0] if subjects else None))


def _undergoes(verb: Token, lemma: str, passive: bool, objects: list[Token], subjects: list[Token]) -> bool:
    """Whether the verb's subject is what was harmed ("were killed", "died", "went missing")."""
    return (
        passive
        or lemma in lex.INTRANSITIVE_HARM
        or verb.lower_ == "missing"
        # "scores wounded", "nine others wounded" (often tagged a past tense): with no object,
        # the subject is what was hit, unless a perfect says who did it ("has shot and ...").
        or (
            verb.tag_ in {"VBN", "VBD"}
            and not objects
            and not _perfect_active(list(verb.children))
            and (verb.tag_ == "VBN" or any(_counted(s) for s in subjects))
        )
    )


def _victims(verb: Token, undergoes: bool, found: list[Token]) -> list[Token]:
    """The victims found on the verb, else the ones the parser hung elsewhere."""
    victims = found
    if undergoes and not victims:
        # "There were six killed and 19 wounded": the parser hangs the number on the verb.
        victims = [c for c in verb.children if c.dep_ == "npadvmod" and c.like_num and c.i < verb.i]
    if (
        undergoes
        and not victims
        and verb.dep_ in {"acl", "relcl"}
        and verb.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON", "ADJ"}
    ):
        victims = [verb.head]  # "those killed", "six killed and 19 wounded", "a shepherd killed in a raid"
    if not victims and not undergoes:
        victims = _relative_head(verb)  # "the sailors they say they detained"
    if not victims:
        victims = _shared_victims(verb, undergoes)  # "killed and injured about 70 workers"
    if not victims:
        victims = _nearest_counted(verb, left=undergoes)
    return victims


def _share_harmed_again(noun: Token) -> bool:
    """ "two of the wounded died": the share is counted by what befell it, not as wounded."""
    of = noun.head
    share = of.head
    return (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and share.dep_ in SUBJECTS
        and share.head.lemma_.lower() in lex.CASUALTY_VERBS
        and lex.CASUALTY_VERBS[share.head.lemma_.lower()] != lex.CASUALTY_NOUNS.get(noun.lower_)
    )


def _subjects(verb: Token, children: list[Token]) -> list[Token]:
    """Who or what a verb of harm is said of, where the parse hides it: on the auxiliary ("four
    others were missing"), on the verb governing it ("limps off after being wounded", "the guard
    ran to the gate and was killed", "households that tried to flee"), behind a pronoun."""
    subjects = [c for c in children if c.dep_ in SUBJECTS]
    if not subjects:
        auxiliaries = [c for c in children if c.dep_ in {"aux", "auxpass"}]
        subjects = [g for a in auxiliaries for g in a.children if g.dep_ in SUBJECTS]
    clause = verb
    if not subjects and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        clause = verb.head.head
    elif not subjects and verb.dep_ in {"conj", "xcomp"}:
        clause = verb.head
    if clause is not verb:
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    return [_referent(s, clause) for s in subjects]


def _counted(noun: Token) -> bool:
    """A phrase that states a number: "nine others", "scores", "35", "several"."""
    return (
        noun.like_num
        or noun.lower_ in lex.VAGUE_QUANTITIES
        or any(c.dep_ in {"nummod", "quantmod"} for c in noun.children)
        or any(
            c.dep_ == "amod" and c.lower_ in lex.VAGUE_QUANTITIES for c in noun.children
        )  # "several others"
    )


def _perfect_active(children: list[Token]) -> bool:
    """ "The navy has shot and detained scores", "the sailors they say they have seized": an
    active perfect, not "eight wounded"."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children) and not any(
        c.dep_ == "auxpass" for c in children
    )


def _referent(subject: Token, verb: Token) -> Token:
    """What a relative pronoun or "he"/"she" stands for: "the ones who were hurt" (the ones),
    "a marcher is carried off after he was hurt" (the marcher)."""
    if subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    if subject.lower_ in {"he", "she"}:
        earlier = [
            t
            for t in subject.sent
            if t.i < subject.i
            and t.dep_ in SUBJECTS
            and t.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
        ]
        if earlier:
            return earlier[-1]
    return subject


def _relative_head(verb: Token) -> list[Token]:
    """The noun a relative clause hangs on, for a verb of harm with no object in it."""
    clause = verb
    for _ in range(3):
        if clause.dep_ == "relcl":
            return [clause.head] if clause.head.pos_ in {"NOUN", "PROPN"} else []
        if clause.dep_ not in {"xcomp", "ccomp"}:
            return []
        clause = clause.head
    return []


def _along_with(token: Token) -> list[Token]:
    """ "along with two gunmen", "together with 11 parishioners": more victims of the same harm."""
    return [
        p
        for c in token.children
        if c.dep_ in {"prep", "advmod"} and c.lower_ in lex.ALONG_WORDS
        for w in c.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for p in w.children
        if p.dep_ == "pobj"
    ]


def _shared_victims(verb: Token, undergoes: bool) -> list[Token]:
    """Coordinated verbs share their victims: "killed and injured about 70 workers",
    "scores of miners had been killed and hurt"."""
    related = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj":
        related.append(verb.head)
    for other in related:
        if other.lemma_.lower() not in lex.CASUALTY_VERBS:
            continue
        deps = SUBJECTS if undergoes else {"dobj"}
        found = [c for c in other.children if c.dep_ in deps]
        if found:
            return found
        if undergoes and other.dep_ in {"acl", "relcl"} and other.tag_ == "VBN":
            return [other.head]  # "145 servicemen killed or wounded": the noun both describe
    return []


def _nearest_counted(verb: Token, *, left: bool) -> list[Token]:
    """Where the parse gives a verb of harm no victims, the counted phrase nearest to it in
    its clause: "between 12 and 16 raiders were likewise killed" (left), "killing at least 13"
    (right)."""
    sentence = verb.sent
    if left:
        window = range(verb.i - 1, max(sentence.start, verb.i - 7) - 1, -1)
    else:
        window = range(verb.i + 1, min(sentence.end, verb.i + 6))
    doc = verb.doc
    for i in window:
        token = doc[i]
        if token.pos_ in {"AUX", "ADV", "PART", "DET", "ADJ"} or token.lower_ in {
            "least",
            "than",
            "up",
            "to",
        }:
            continue
        if token.pos_ in {"NOUN", "PROPN"}:
            if any(c.dep_ == "nummod" for c in token.children):
                return [token]
            return []
        if token.pos_ == "NUM" and token.like_num:
            head = token.head
            if head.pos_ in {"NOUN", "PROPN"} and token.dep_ == "nummod":
                return [head]
            return [token]
        return []
    return []


def with_conjuncts(hit: Hit) -> Iterator[Hit]:
    """A hit and its coordinated victims, each its own: "five nurses, three cooks and two drivers"
    (the parser sometimes makes the second item an apposition)."""
    yield hit
    victim = hit.victim
    items = [
        c
        for c in victim.children
        if c.dep_ == "appos"
        and (
            c.like_num
            or any(
                g.dep_ == "nummod" or (g.dep_ == "amod" and g.lower_ in lex.VAGUE_QUANTITIES)
                for g in c.children
            )
        )
    ]
    items = [*victim.conjuncts, *items, *(c for item in items for c in item.conjuncts)]
    for other in dict.fromkeys(items):
        if (
            other.i > victim.i
            and other.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}
            and not _harmed_otherwise(other, hit.category)
        ):
            yield Hit(other, hit.category, hit.trigger, hit.owner, hit.subset, hit.definite_one)


def _harmed_otherwise(item: Token, category: str, after: bool = False) -> bool:
    """ "the bodies of six policemen and 14 injured people", "leaving 19 people dead and 30
    wounded": an item its own word of harm puts in another category is not part of this figure.
    ``after``: only a word after the item ("people dead"), as "five displaced people were
    killed" are killed."""
    own = [
        c
        for c in item.children
        if c.dep_ == "amod" and c.lower_ in lex.CASUALTY_ADJECTIVES and (not after or c.i > item.i)
    ]
    return any(lex.CASUALTY_ADJECTIVES[c.lower_] != category for c in own)


def _state_hits(word: Token, category: str, verb: Token | None = None) -> Iterator[Hit]:
    """An adjective of harm after a verb: "left 23 miners dead" (the object), "were feared dead",
    "were reported wounded" (the subject)."""
    verb = verb if verb is not None else word.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    victims = objects if verb.lemma_.lower() in lex.LEAVE_VERBS and objects else []
    if not victims:
        victims = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not victims and verb.dep_ in {"acl", "relcl"}:
        victims = [verb.head]  # "most of them injured"
    for victim in victims:
        if victim.lower_ in _RELATIVE_PRONOUNS:
            victim = verb.head
        yield from with_conjuncts(Hit(victim, category, word, definite_one=True))


def _adjective_hits(adjective: Token, category: str) -> Iterator[Hit]:
    if adjective.dep_ in {"acomp", "oprd", "xcomp", "advmod", "conj"}:
        yield from _state_hits(adjective, category)  # "four others were missing", "left 23 miners dead"
    elif adjective.dep_ == "amod" and adjective.head.lower_ in lex.PERSON_NOUNS:
        yield Hit(adjective.head, category, adjective)  # "4 dead sailors", "a wounded marcher"
    elif adjective.dep_ == "amod" and adjective.head.pos_ in {"PROPN", "NUM"}:
        yield Hit(adjective.head, category, adjective)  # "an injured Chilean", "for 85 dead"
    elif adjective.dep_ == "acl" and adjective.head.pos_ in {"NUM", "NOUN", "PRON"}:
        yield Hit(adjective.head, category, adjective)  # "at least four wounded waiting at the gate"


def _loss_verb_hits(verb: Token, lemma: str) -> Iterator[Hit]:
    """ "suffered heavy losses": the subject's; "inflicted losses on the militia": the militia's."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in SUBJECTS]
    objects = [c for c in children if c.dep_ == "dobj"]
    # "sustaining an average of 70 casualties a week": the losses hang on the average.
    objects = [o for obj in objects for o in [obj, *_of_people(obj)]]
    if lemma in lex.SUFFER_VERBS and any(o.lemma_.lower() in lex.INJURY_NOUNS for o in objects):
        for subject in subjects:
            yield from with_conjuncts(Hit(subject, "wounded", verb))  # "a few guards suffered injuries"
    for obj in (c for c in objects if c.lower_ in lex.LOSS_NOUNS):
        preps = [
            c for c in [*children, *obj.children] if c.dep_ == "prep" and c.lower_ in {"on", "upon", "among"}
        ]
        target = next((p for c in preps for p in c.children if p.dep_ == "pobj"), None)
        owner = target if lemma in {"inflict", "cause"} else (subjects[0] if subjects else None)
        yield Hit(obj, "losses", verb, owner)


def _lives_or_homes(verb: Token, lemma: str) -> Iterator[Hit]:
    children = list(verb.children)
    if lemma in lex.LIVES_VERBS:
        for obj in (c for c in children if c.dep_ == "dobj" and c.lower_ in lex.LIVES_NOUNS):
            yield Hit(obj, "killed", verb)  # "a feud that has cost more than 900 lives"
    if lemma in lex.LEAVE_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.HOME_NOUNS for c in children
    ):
        for subject in (c for c in children if c.dep_ in SUBJECTS):
            yield Hit(subject, "displaced", verb)  # "230 households have left their homes"


def _expelled(verb: Token) -> Iterator[Hit]:
    """ "12 million people have been forced from their homes" (the subject), "driven about a
    million from their homes" (the object): displaced by others, only away from a home."""
    children = list(verb.children)
    if not any(
        c.dep_ == "prep"
        and c.lower_ in lex.AWAY_FROM
        and any(p.dep_ == "pobj" and p.lemma_.lower() in lex.HOME_NOUNS for p in c.children)
        for c in children
    ):
        return
    deps = {"nsubjpass"} if _passive(verb, children) else {"dobj"}
    for victim in (c for c in children if c.dep_ in deps):
        yield from with_conjuncts(Hit(victim, "displaced", verb))


def _in_condition(condition: Token) -> Iterator[Hit]:
    """ "several of them in a critical condition", "Two of the wounded are in serious condition":
    people in a grave condition are wounded."""
    if not any(c.dep_ == "amod" and c.lower_ in lex.GRAVE_CONDITIONS for c in condition.children):
        return
    prep = condition.head
    if condition.dep_ != "pobj" or prep.lower_ != "in":
        return
    holder = prep.head
    if holder.pos_ in {"AUX", "VERB"}:
        for subject in (c for c in holder.children if c.dep_ in SUBJECTS):
            yield from with_conjuncts(Hit(subject, "wounded", condition))
    elif holder.pos_ in {"NUM", "ADJ", "NOUN", "PRON"} and holder.i < condition.i:
        yield Hit(holder, "wounded", condition)  # "..., several of them in a critical condition"


def _is_label(token: Token) -> bool:
    """A caption's label: the first word of a line, followed by a colon ("Wounded: A girl ...")."""
    doc = token.doc
    text = docindex.text(doc)
    return (
        token.i + 1 < len(doc)
        and doc[token.i + 1].text == ":"
        and (token.idx == 0 or text[: token.idx].rstrip(" \t").endswith("\n"))
    )


def _labelled(label: Token, category: str) -> Iterator[Hit]:
    """The one person a caption's label is about: "Injured: A woman sits beside the ferry"."""
    doc = label.doc
    for token in doc[label.i + 2 : min(len(doc), label.i + 6)]:
        if token.pos_ in {"NOUN", "PROPN"}:
            if any(c.dep_ == "det" and c.lower_ in {"a", "an", "this"} for c in token.children):
                yield Hit(token, category, label, definite_one=True)
            return


# -- nouns --------------------------------------------------------------------------------------------


def _of_people(noun: Token) -> list[Token]:
    """The phrases after "of": "the execution of [three hostages]"."""
    return [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}
    ]


def _action_hits(noun: Token, word: str) -> Iterator[Hit]:
    """ "the execution of three hostages", "the deaths of 41 sailors", "the death of the mayor"."""
    category = lex.ACTION_NOUNS[word]
    for victim in _of_people(noun):
        for hit in with_conjuncts(Hit(victim, category, noun, definite_one=word in lex.SINGULAR_HARM_NOUNS)):
            # "the death of three and the injury of 19 others": the injury is a figure of its own.
            if hit.victim.lower_ not in lex.ACTION_NOUNS:
                yield hit


def _noun_hits(noun: Token, word: str) -> Iterator[Hit]:
    """ "57 deaths", "the wounded", "63 injuries", "scores of corpses"."""
    if noun.dep_ == "compound" and noun.head.lower_ in lex.TOLL_NOUNS:
        return  # "the death toll"
    if word in lex.CAPTIVE_WORDS and noun.head.lemma_.lower() in lex.RELEASE_VERBS:
        return  # "freed nine hostages": people rescued are not a toll
    tally = _tally_of(noun)
    if tally is not None and word in lex.CASUALTY_NOUNS:
        yield from _toll_hits(tally, lex.CASUALTY_NOUNS[word])  # "the number of dead had risen to 38"
        return
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in {"VERB", "AUX"}:
        # "four soldiers fell as martyrs", "12 were listed as dead": the verb's subject
        subjects = [c for c in noun.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        yield from (Hit(s, lex.CASUALTY_NOUNS[word], noun) for s in subjects)
        return
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lex.TALLY_VERBS:
        yield from _toll_hits(noun, lex.CASUALTY_NOUNS[word])  # "the dead numbered more than 50"
        return
    if word in lex.CASUALTY_NOUNS:
        yield Hit(noun, lex.CASUALTY_NOUNS[word], noun)
        part = _counted_part(noun)
        if part is not None:
            yield Hit(part, lex.CASUALTY_NOUNS[word], noun, subset=True)
        # "scores of deaths and injuries": one figure of both, if this one has no size.
        if (
            noun.dep_ == "conj"
            and noun.head.lower_ in lex.CASUALTY_NOUNS
            and not any(c.dep_ in {"nummod", "amod"} and c.like_num for c in noun.children)
        ):
            yield Hit(noun.head, lex.CASUALTY_NOUNS[word], noun)


def _counted_part(noun: Token) -> Token | None:
    """The number before "of" when the counted phrase after it has a number of its own: "eight of
    the 21 dead" states two figures, the eight a part of the 21."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    if not noun.like_num and not any(c.dep_ == "nummod" and c.like_num for c in noun.children):
        return None
    governor = noun.head.head
    return governor if governor.like_num or governor.lower_ in lex.VAGUE_QUANTITIES else None


def _loss_noun_hits(noun: Token) -> Iterator[Hit]:
    """ "55 casualties", "heavy losses", "civilian casualties"; not "a count of casualties"."""
    if noun.dep_ in {"dobj"} and noun.head.lemma_.lower() in lex.LOSS_VERBS:
        return  # the verb's rule owns it
    if noun.dep_ in {"compound"}:
        return
    among = next(
        (
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in {"among", "on"}
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )
    if among is not None:
        yield Hit(noun, "losses", noun, among)  # "no casualties among our sailors"
        return
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.TOTAL_VERBS:
        total = _total_after(noun)  # "bringing total losses since the spring to more than 7,000"
        if total is not None:
            yield Hit(total, "losses", noun)
            return
    yield Hit(noun, "losses", noun)


def _total_after(noun: Token) -> Token | None:
    """The number a verb brings a total to: "to"/"at" and a number in the words after the noun."""
    sentence = noun.sent
    doc = noun.doc
    for i in range(noun.i + 1, min(sentence.end, noun.i + 14) - 1):
        if doc[i].lower_ in {"to", "at"}:
            after = next((t for t in doc[i + 1 : min(sentence.end, i + 6)] if t.like_num), None)
            if after is not None:
                return after
    return None


def _tally_of(noun: Token) -> Token | None:
    """ "the number of dead": a count of the victims that can rise to, or be put at, a number."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in lex.TALLY_NOUNS:
        return noun.head.head
    return None


def _toll_hits(toll: Token, category: str | None = None) -> Iterator[Hit]:
    """ "the death toll rose to 38", "put the toll at 27", "a toll of 38", "the toll has reached 64";
    "the number of dead rose to 38" (``category`` is what the tally counts)."""
    category = category or _toll_category(toll)
    verb = toll.head
    found = []
    for prep in (
        c for c in [*verb.children, *toll.children] if c.dep_ == "prep" and c.lower_ in lex.TOLL_PREPOSITIONS
    ):
        found += [c for c in prep.children if c.dep_ == "pobj" and c.like_num]
    if verb.lemma_.lower() in lex.TOLL_VERBS:
        found += [c for c in verb.children if c.dep_ in {"dobj", "attr"} and c.like_num]
    if not found:
        found = _number_after(toll)
    for number in found:
        yield Hit(number, category, toll)
    if not found and _even_higher(toll):
        yield Hit(toll, category, toll)  # "the toll was still higher": more than said


def _even_higher(toll: Token) -> bool:
    """ "the real toll was far greater" states a larger toll; "the toll may well be greater"
    and "could rise" are a reporter's caveat."""
    verb = toll.head
    if toll.dep_ != "nsubj" or verb.lemma_.lower() != "be" or verb.dep_ == "xcomp":
        return False
    if any(c.dep_ == "aux" and c.lower_ in lex.MODAL_WORDS for c in verb.children):
        return False
    return any(
        c.dep_ == "acomp"
        and c.lower_ in lex.HIGHER_WORDS
        and any(g.lower_ in lex.EVEN_WORDS for g in c.children)
        for c in verb.children
    )


def _sheltering(verb: Token, lemma: str) -> Iterator[Hit]:
    """ "2,150 people were seeking shelter in the stadium", "families sheltering in tents"."""
    children = list(verb.children)
    if lemma != "shelter" and not any(c.dep_ == "dobj" and c.lower_ in lex.SHELTER_NOUNS for c in children):
        return
    for subject in (c for c in children if c.dep_ in SUBJECTS):
        yield Hit(_referent(subject, verb), "displaced", verb)


def _fate_unknown(fate: Token) -> Iterator[Hit]:
    """ "two guides whose fate is unknown", "the whereabouts of 17 divers are unknown"."""
    verb = fate.head
    if fate.dep_ not in SUBJECTS or not any(
        c.dep_ in {"acomp", "attr"} and c.lower_ in lex.UNKNOWN_WORDS for c in verb.children
    ):
        return
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in fate.children) and verb.dep_ == "relcl":
        yield from with_conjuncts(Hit(verb.head, "missing", fate))
    for victim in _of_people(fate):
        yield from with_conjuncts(Hit(victim, "missing", fate))


def _toll_category(toll: Token) -> str:
    kinds = {c.lower_ for c in toll.children if c.dep_ in {"compound", "amod"}}
    if kinds & {"casualty", "casualties"}:
        return "losses"
    return "killed"


def _number_after(toll: Token) -> list[Token]:
    """The first number in the few words after "toll" in its sentence: "the toll, officials fear,
    may climb to as many as 90"."""
    sentence = toll.sent
    for token in toll.doc[toll.i + 1 : min(sentence.end, toll.i + 10)]:
        if token.like_num:
            return [token]
        if token.pos_ in {"NOUN", "PROPN"} or token.lower_ in {";", ".", "but"}:
            return []
    return []


# The rules ``hits`` asks in order.
_WORD_RULES: tuple[_Rule, ...] = (
    _settled_by(lex.CONDITION_NOUNS, _in_condition),  # "in critical condition": the people in it
    _caption_label,
    _number_before_state,
    _state_modifier,
    _state_complement,
    _noun_tagged_verb,
    _harm_verb,
    _settled_by(lex.FATE_NOUNS, _fate_unknown),  # "their fate is unknown": whose it is
    _shot_noun,
    _state_adjective,
    _harm_noun,
)
