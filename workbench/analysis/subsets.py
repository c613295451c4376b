"""Parts of a figure stated beside it: "including four pupils", "two cooks were among those
hurt", "among the victims was a ferryman", "the injured included eight tourists".

Each is a figure of its own with the whole's category, found once the whole's victims are known.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from . import lexicon_casualties as lex
from .harm import SUBJECTS, Hit, with_conjuncts

# Every rule starts from one of these words or lemmas.
TRIGGER_WORDS = frozenset(lex.SUBSET_PREPOSITIONS | lex.PARTITIVE_PREPOSITIONS)
TRIGGER_LEMMAS = frozenset(lex.INCLUDE_VERBS)


def is_part_word(token: Token) -> bool:
    return (
        token.lower_ in lex.SUBSET_PREPOSITIONS
        or token.lemma_.lower() in lex.INCLUDE_VERBS
        or token.lower_ in lex.PARTITIVE_PREPOSITIONS
    )


def part_hits(token: Token, found: list[Hit]) -> Iterator[Hit]:
    """The parts a word of inclusion adds to the figures ``found`` so far."""
    if token.lower_ == "including":
        yield from _including(token, found)
    elif token.lower_ == "among" and token.pos_ in {"ADP", "VERB"}:
        yield from _among(token)
        yield from _among_them(token, found)
    elif token.lemma_.lower() in lex.INCLUDE_VERBS and token.pos_ == "VERB":
        yield from _included(token)
    elif _fronted_partitive(token):
        yield from _of_those(token)
    elif token.lower_ in lex.PARTITIVE_PREPOSITIONS:
        yield from _of_them(token, found)


def _including(token: Token, found: list[Hit]) -> list[Hit]:
    """ "including four pupils" after a word of harm in the same sentence: part of its figure."""
    sentence = token.sent
    before = sorted(
        (h for h in found if sentence.start <= min(h.trigger.i, h.victim.i) and h.victim.i < token.i),
        key=lambda h: h.victim.i,
    )
    if not before:
        return []
    category = before[-1].category
    subsets = []
    for sub in (c for c in token.children if c.dep_ == "pobj"):
        subsets.append(Hit(sub, category, token, before[-1].owner, subset=True))
        subsets += [
            Hit(other, category, token, before[-1].owner, subset=True)
            for other in sub.conjuncts
            if other.i > sub.i
        ]
    return subsets


def _among(among: Token) -> Iterator[Hit]:
    """ "Two cooks were among those hurt", "Among the victims was a ferryman"."""
    pobj = next((c for c in among.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return
    category = _category_of_group(pobj)
    if category is None:
        return
    verb = among.head
    if verb.lemma_.lower() != "be":
        return
    for child in verb.children:
        if child.dep_ in {"nsubj", "attr"} and child.i != pobj.i:
            yield from with_conjuncts(Hit(child, category, among, subset=True))


def _among_them(among: Token, found: list[Hit]) -> Iterator[Hit]:
    """ "received the bodies of 13 people, among them four women"; "At least 16 were killed.
    Among them was a boy": a part of the figure just before, whatever it was."""
    if not any(c.dep_ == "pobj" and c.lower_ in {"them", "whom"} for c in among.children):
        return
    head = among.head
    listed = [c for c in among.children if c.dep_ == "pobj" and c.lower_ not in {"them", "whom"}]
    if listed:
        parts = listed  # 'killed 31 "personnel", among them 18 policemen': both hung on "among"
    elif head.pos_ in {"NOUN", "PROPN", "NUM"}:
        parts = [head]
    elif head.lemma_.lower() == "be":
        parts = [c for c in head.children if c.dep_ in {"nsubj", "attr"}]
    else:
        return
    # The whole: the last figure found before, in this sentence or the one before it.
    sentence = among.sent
    earliest = among.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    before = [h for h in found if earliest <= h.victim.i < among.i and not h.subset]
    if not before:
        return
    whole = max(before, key=lambda h: h.victim.i)
    for part in parts:
        if part.i != whole.victim.i:
            yield from with_conjuncts(Hit(part, whole.category, among, whole.owner, subset=True))


def _fronted_partitive(token: Token) -> bool:
    """ "Of the 34 wounded, ..." opening a clause whose verb is "be"."""
    return (
        token.lower_ in lex.PARTITIVE_PREPOSITIONS
        and token.dep_ == "prep"
        and token.i < token.head.i
        and token.head.lemma_.lower() == "be"
    )


def _of_those(of: Token) -> Iterator[Hit]:
    """ "Of the 34 wounded, 22 were Sudanese, nine South Sudanese and three Ethiopians", "Of the
    dead, 12 were soldiers and three were civilians": each counted part is part of the toll."""
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
    category = _category_of_group(pobj) if pobj is not None else None
    if category is None:
        return
    verb = of.head
    for clause in (verb, *(c for c in verb.conjuncts if c.lemma_.lower() == "be")):
        for child in clause.children:
            if child.dep_ in {"nsubj", "attr"}:
                yield from with_conjuncts(Hit(child, category, clause, subset=True))


def _of_them(of: Token, found: list[Hit]) -> Iterator[Hit]:
    """ "58 wounded people, 11 of them children", "212 treated, 31 of whom required surgery",
    "44 wounded ... Eleven of them are children": a count of them is part of the figure before it,
    in its sentence or, opening the next one, in the one before."""
    after = of.nbor(1) if of.i + 1 < len(of.doc) else None
    if after is None or after.lower_ not in {"them", "whom"}:
        return
    count = of.head
    if not count.like_num or count.i > of.i:
        return
    described = count.head  # "children", in apposition to the victims
    whole = described.head if described.dep_ == "appos" else None
    hit = next((h for h in found if whole is not None and h.victim.i == whole.i and not h.subset), None)
    harmed = count.dep_ in {"nsubj", "nsubjpass"} and count.head.lemma_.lower() in lex.CASUALTY_VERBS
    if hit is None and not harmed and (after.lower_ == "whom" or _states_a_part(count)):
        hit = _figure_before(count, found)
    if hit is not None:
        yield Hit(count, hit.category, described if described.i != count.i else of, hit.owner, subset=True)


def _states_a_part(count: Token) -> bool:
    """ "Eleven of them are children", "30 patients, 12 of them children": the count only says
    who some of them were (a relative "of whom" always does, unless its verb says what befell
    them: "11 of whom later died" is a figure of its own); in "one of them said", "nine of them were released"
    it is the subject of something else."""
    head = count.head
    return count.dep_ == "appos" or head.pos_ == "NOUN" or (count.dep_ == "nsubj" and head.lemma_ == "be")


def _figure_before(count: Token, found: list[Hit]) -> Hit | None:
    """The last whole figure before ``count`` in its sentence, or in the sentence before when
    the count opens its own."""
    sentence = count.sent
    opens = all(t.is_punct or t.is_space for t in count.doc[sentence.start : count.i])
    start = count.doc[sentence.start - 1].sent.start if opens and sentence.start > 0 else sentence.start
    before = [h for h in found if not h.subset and start <= h.victim.i < count.i]
    return max(before, key=lambda h: h.victim.i) if before else None


def _category_of_group(token: Token) -> str | None:
    """What happened to "the dead", "those killed", "the victims of the attack"."""
    word = token.lower_
    if word in lex.CASUALTY_NOUNS:
        return lex.CASUALTY_NOUNS[word]
    if word in lex.LOSS_NOUNS or word in {"victims"}:
        return "losses" if word != "victims" else "killed"
    for child in token.children:
        if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in lex.CASUALTY_VERBS:
            return lex.CASUALTY_VERBS[child.lemma_.lower()]
    return None


def _included(verb: Token) -> Iterator[Hit]:
    """ "The injured included eight tourists from one country, three from another": parts of a toll."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return
    category = _category_of_group(subject)
    if category is None:
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        yield from with_conjuncts(Hit(obj, category, verb, subset=True))
