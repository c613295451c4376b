"""Casualty figures: how many, what happened to them, to whom, and who says so.

Figures are found from words of harm on spaCy's parse (``lexicon_casualties.CASUALTY_VERBS`` and
friends): the victims of "killed" are its object or its passive subject, of "died" its
subject, of "lost" its object when that counts people. The victims' phrase gives the count
(digits, number words through ``text_to_num``, "a dozen"), how exact it is ("at least",
"more than", "between 10 and 15", "dozens") and the party that suffered it (an actor
named in it, "their" referring back, civilians). A figure's claimant is the speaker of the
innermost claim whose statement holds it. Numbers that count no people ("40 hours",
"three bases", "15 attacks") are not figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from text_to_num import text2num

from . import docindex, lexicon, lexicon_casualties
from .entities import Mention
from .records import Actor, Casualty, Claim

CIVILIANS = "civilians"


@dataclass(frozen=True)
class _Quantity:
    count: int | None
    low: int | None
    high: int | None
    approx: str
    tokens: tuple[int, ...]  # token indices of the quantity words


class _Context:
    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        actor_of: dict[Mention, str],
        actors: Iterable[Actor],
        claims: list[Claim],
    ):
        self.doc = doc
        self.actors = {a.name: a for a in actors}
        self.actor_at: dict[int, str] = {}
        # Where mentions nest ("Yemeni" in "Yemeni government"), the longer one wins.
        for mention in sorted(mentions, key=lambda m: m.end - m.start):
            if mention not in actor_of:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for token in span if span is not None else ():
                self.actor_at[token.i] = actor_of[mention]
        self.claims = claims
        self.sides = story_sides(self.actors.values())


def find_casualties(
    doc: Doc,
    mentions: list[Mention],
    actor_of: dict[Mention, str],
    actors: Iterable[Actor],
    claims: list[Claim],
) -> list[Casualty]:
    """Every casualty figure in ``doc``, in text order, one per victims' phrase."""
    ctx = _Context(doc, mentions, actor_of, actors, claims)
    figures: list[Casualty] = []
    seen: set[int] = set()  # victims' head tokens already counted
    for token in docindex.candidates(doc, _HARM_WORDS, _HARM_LEMMAS):
        for victim, category, trigger, party_hint in _with_subsets(_victims(token)):
            if victim.i in seen:
                continue
            figure = _figure(ctx, victim, category, trigger, party_hint, figures)
            if figure is not None:
                seen.add(victim.i)
                figures.append(figure)
    return sorted(figures, key=lambda f: (f.start, f.end))


# -- where the victims are ----------------------------------------------------------------------------


# Every rule of _victims starts from one of these words or lemmas; other tokens yield nothing.
_HARM_WORDS = frozenset(
    {
        *lexicon_casualties.CASUALTY_ADJECTIVES,
        *lexicon_casualties.CASUALTY_NOUNS,
        *lexicon_casualties.LOSS_NOUNS,
        *lexicon_casualties.TOLL_NOUNS,
    }
)
_HARM_LEMMAS = frozenset(
    {*lexicon_casualties.CASUALTY_VERBS, *lexicon_casualties.LOSS_VERBS, *lexicon_casualties.LEAVE_VERBS}
)


def _victims(token: Token) -> Iterable[tuple[Token, str, Token, Token | None]]:
    """(victims' head, category, trigger word, subject that owns the losses) per harm word."""
    lemma = token.lemma_.lower()
    word = token.lower_
    # Children are listed only for the few harm words: this runs on every token.
    if token.pos_ in {"VERB", "AUX"} and lemma in lexicon_casualties.CASUALTY_VERBS:
        children = list(token.children)
        category = lexicon_casualties.CASUALTY_VERBS[lemma]
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)
        objects = [c for c in children if c.dep_ == "dobj"]
        # "killing between 10 and 15 civilians": the range hangs as a preposition;
        # "Car bomb kills six": a bare number after the verb.
        objects += [
            p
            for c in children
            if c.dep_ == "prep" and c.lower_ == "between"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        objects += [
            c for c in children if c.i > token.i and c.like_num and c.dep_ in {"npadvmod", "attr", "nummod"}
        ]
        subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects:
            # The parser sometimes hangs the subject on the auxiliary ("5 others were missing").
            auxiliaries = [c for c in children if c.dep_ in {"aux", "auxpass"}]
            subjects = [g for a in auxiliaries for g in a.children if g.dep_ in {"nsubj", "nsubjpass"}]
        if lemma == "lose":
            # "The Taliban lost 40 of their troops": the subject owns the dead.
            for obj in objects:
                yield obj, category, token, subjects[0] if subjects else None
        elif (
            passive or lemma in {"die", "flee"} or word == "missing" or (token.tag_ == "VBN" and not objects)
        ):
            # "40 people were killed", "dozens wounded", "most people have fled"
            for subject in subjects:
                yield subject, category, token, None
        else:
            for obj in objects:
                yield obj, category, token, None
        if not objects and not subjects and token.i > 0 and token.doc[token.i - 1].like_num:
            yield token.doc[token.i - 1], category, token, None  # "received 24 wounded", parsed as a verb
    elif lemma in lexicon_casualties.LOSS_VERBS and token.pos_ == "VERB":
        children = list(token.children)
        subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
        for obj in (c for c in children if c.dep_ == "dobj" and c.lower_ in lexicon_casualties.LOSS_NOUNS):
            # "inflicted losses on the rebels": the preposition hangs off the verb or the noun.
            preps = [
                c
                for c in [*children, *obj.children]
                if c.dep_ == "prep" and c.lower_ in {"on", "upon", "among"}
            ]
            target = next((p for c in preps for p in c.children if p.dep_ == "pobj"), None)
            # "suffered heavy losses": the subject's; "inflicted losses on the rebels": the rebels'.
            owner = target if lemma in {"inflict", "cause"} else (subjects[0] if subjects else None)
            yield obj, "losses", token, owner
    elif (
        word in lexicon_casualties.CASUALTY_ADJECTIVES
        and token.pos_ == "ADJ"
        and token.dep_ in {"acomp", "amod", "conj"}
    ):
        head = token.head
        if token.dep_ == "acomp":
            for subject in (c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}):
                yield (
                    subject,
                    lexicon_casualties.CASUALTY_ADJECTIVES[word],
                    token,
                    None,
                )  # "5 others were missing"
        elif token.dep_ == "amod" and head.lower_ in lexicon_casualties.PERSON_NOUNS:
            yield head, lexicon_casualties.CASUALTY_ADJECTIVES[word], token, None  # "3 dead soldiers"
    elif word in lexicon_casualties.CASUALTY_NOUNS and token.pos_ in {"NOUN", "ADJ"}:
        yield (
            token,
            lexicon_casualties.CASUALTY_NOUNS[word],
            token,
            None,
        )  # "30 bodies", "35 wounded", "most of the dead"
    elif lemma in lexicon_casualties.LEAVE_VERBS and token.pos_ == "VERB":
        children = list(token.children)
        if any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon_casualties.HOME_NOUNS for c in children):
            for subject in (c for c in children if c.dep_ in {"nsubj", "nsubjpass"}):
                yield subject, "displaced", token, None  # "400 families have left their homes"
    elif (
        word in lexicon_casualties.LOSS_NOUNS
        and token.pos_ == "NOUN"
        and token.dep_ not in {"dobj", "compound", "amod"}
    ):
        yield token, "losses", token, None  # "casualties were heavy"
    elif word in lexicon_casualties.TOLL_NOUNS:
        verb = token.head
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "at"}):
            for number in (c for c in prep.children if c.dep_ == "pobj" and c.like_num):
                yield number, "killed", token, None  # "the death toll rose to 52"
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for number in (c for c in prep.children if c.dep_ == "pobj" and c.like_num):
                yield number, "killed", token, None  # "a toll of 52"


def _with_subsets(found: Iterable[tuple]) -> Iterable[tuple]:
    """Also the figures inside a figure: "17 villagers, including four children"."""
    for victim, category, trigger, owner in found:
        yield victim, category, trigger, owner
        noun = _people_noun(victim) or victim
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"including", "among"}):
            for sub in (c for c in prep.children if c.dep_ == "pobj"):
                yield sub, category, sub, owner


# -- one figure ---------------------------------------------------------------------------------------


def _figure(
    ctx: _Context,
    victim: Token,
    category: str,
    trigger: Token,
    owner: Token | None,
    earlier: list[Casualty],
) -> Casualty | None:
    doc = ctx.doc
    people = _people_noun(victim)
    if category != "losses":
        counted = any(c.dep_ == "nummod" and c.like_num for c in victim.children)
        if people is None and counted and trigger.lemma_.lower() in lexicon_casualties.HARM_TO_BEINGS:
            people = victim  # "killed 20 “Christians”": what is killed or wounded is people
        if (
            people is None
            and not victim.like_num
            and victim.lower_ not in lexicon_casualties.VAGUE_QUANTITIES
        ):
            return None  # "captured three bases", "lost ground"
        if people is not None and people.lower_ in lexicon_casualties.NON_PERSON_UNITS:
            return None
        if trigger.lemma_.lower() == "lose" and people is None and not victim.like_num:
            return None
    quantity = _quantity(victim, people)
    if quantity is None:
        return None
    if people is None and victim.like_num and quantity.count is None and category != "losses":
        return None
    tokens = {victim.i, trigger.i, *quantity.tokens}
    if people is not None:
        tokens |= _noun_phrase(people)
    if owner is not None:
        tokens |= _noun_phrase(owner)
    if category == "losses":
        tokens |= {t.i for t in victim.subtree if t.i <= victim.i}
    first, last = min(tokens), max(tokens)
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    claim_index = _claim_holding(ctx.claims, start, end)
    claim = ctx.claims[claim_index] if claim_index is not None else None
    party, party_text = _party(ctx, victim, people, owner, claim, earlier, start)
    return Casualty(
        start=start,
        end=end,
        text=docindex.text(doc)[start:end],
        count=quantity.count,
        count_low=quantity.low,
        count_high=quantity.high,
        approx=quantity.approx,
        category=category,
        party=party,
        party_text=party_text,
        claimed_by=claim.speaker if claim is not None and _is_actor(ctx, claim.speaker) else None,
        claimed_by_text=claim.speaker_text if claim is not None else None,
        claim=claim_index,
    )


def _people_noun(victim: Token) -> Token | None:
    """The noun naming who was hit: the victim itself, or "X" in "40 of X", "dozens of X"."""
    if victim.lower_ in lexicon_casualties.PERSON_NOUNS and not victim.like_num:
        return victim
    for prep in (c for c in victim.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if (
                noun.lower_ in lexicon_casualties.PERSON_NOUNS
                or noun.lemma_.lower() in lexicon_casualties.PERSON_NOUNS
            ):
                return noun
    if victim.pos_ in {"NOUN", "PROPN"} and victim.lemma_.lower() in lexicon_casualties.PERSON_NOUNS:
        return victim
    return None


def _noun_phrase(noun: Token) -> set[int]:
    return {t.i for t in noun.subtree if t.i <= noun.i or t.dep_ in {"compound"}}


# -- how many -----------------------------------------------------------------------------------------


def _quantity(victim: Token, people: Token | None) -> _Quantity | None:
    """The count on the victims' phrase, how exact it is, and the words saying so."""
    doc = victim.doc
    number_heads = []
    if (
        victim.like_num
        or victim.lower_ in lexicon_casualties.VAGUE_QUANTITIES
        or victim.lower_ in lexicon_casualties.NUMBER_NOUNS
    ):
        number_heads.append(victim)
    governor = victim.head.head if victim.dep_ == "pobj" and victim.head.lower_ == "of" else None
    if governor is not None and _is_amount(governor):
        number_heads.append(governor)  # "most of the dead", "40 of the wounded"
    for noun in {victim, people} - {None}:
        number_heads += [
            c for c in noun.children if c.dep_ in {"nummod", "amod", "quantmod"} and _is_amount(c)
        ]
    if any(
        c.lower_ in lexicon_casualties.NEGATIVE_DETERMINERS
        for n in {victim, people} - {None}
        for c in n.children
    ):
        return None  # "no casualties", "denied that any soldiers had been captured"
    if not number_heads:
        if victim.lower_ in lexicon_casualties.CASUALTY_NOUNS:
            return None  # "pulled bodies out of the rubble": a toll needs a size
        if victim.lower_ in lexicon_casualties.LOSS_NOUNS:
            return _Quantity(None, None, None, "unquantified", ())
        if people is not None and people.tag_ in {"NNS", "NNPS"}:
            return _Quantity(None, None, None, "unquantified", ())
        if people is not None and any(c.lower_ in {"a", "an", "one"} for c in people.children):
            return _Quantity(
                1, None, None, "exact", tuple(c.i for c in people.children if c.lower_ in {"a", "an", "one"})
            )
        return None
    head = number_heads[0]
    kept = {"quantmod", "compound", "nummod", "conj", "cc", "advmod", "amod"}
    words = sorted({head.i, *(t.i for t in head.subtree if t.dep_ in kept or t.like_num)})
    # Approximation words hang anywhere in the parse ("more/amod than/quantmod 100"): read
    # them off the surface, right before the first number or size word.
    span_start = next(
        (i for i in words if doc[i].like_num), next((i for i in words if _is_amount(doc[i])), min(words))
    )
    approx, lead = _approx_before(doc, span_start)
    words = sorted(set(words) | set(range(span_start - lead, span_start)))
    span_start = min(words)
    word_text = [doc[i].lower_ for i in words]
    if any(w in lexicon_casualties.VAGUE_QUANTITIES for w in word_text) and not any(
        doc[i].like_num for i in words
    ):
        return _Quantity(None, None, None, "vague", tuple(words))
    numbers = _numbers(doc, [i for i in words if i >= span_start])
    if len(numbers) >= 2 and any(
        doc[i].lower_ in {"and", "to", "-", "–"} or doc[i].text in {"-", "–"} for i in words
    ):
        low, high = min(numbers), max(numbers)
        return _Quantity(None, low, high, "about", tuple(words))
    if not numbers:
        return None
    return _Quantity(numbers[0], None, None, approx or "exact", tuple(words))


def _is_amount(token: Token) -> bool:
    word = token.lower_
    return (
        token.like_num
        or word in lexicon_casualties.VAGUE_QUANTITIES
        or word in lexicon_casualties.NUMBER_NOUNS
        or word == "dozen"
    )


# Longest first, so that "no fewer than" wins over a shorter phrase ending the same way.
_APPROX_LONGEST_FIRST = sorted(lexicon_casualties.APPROX_BEFORE.items(), key=lambda item: -len(item[0]))


def _approx_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """ "at least", "more than", "up to" ... right before a number: (approx, its length)."""
    lowers = docindex.index(doc).lowers
    for words, approx in _APPROX_LONGEST_FIRST:
        n = len(words)
        if start - n >= 0 and tuple(lowers[start - n : start]) == words:
            return approx, n
    return None, 0


def _numbers(doc: Doc, indices: list[int]) -> list[int]:
    """The numbers among consecutive tokens: "40", "2,000", "thirty-five", "two million", "a dozen"."""
    values: list[int] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            value = _to_int(" ".join(run))
            if value is not None:
                values.append(value)
            run.clear()

    for i in indices:
        token = doc[i]
        word = token.lower_
        if word in lexicon_casualties.NUMBER_NOUNS:
            multiplier = lexicon_casualties.NUMBER_NOUNS[word]
            values.append((_to_int(" ".join(run)) or 1) * multiplier if run else multiplier)
            run.clear()
        elif token.like_num:
            run.append(word)
        else:
            flush()
    flush()
    return values


def _to_int(text: str) -> int | None:
    digits = text.replace(",", "").replace(" ", "")
    if re.fullmatch(r"\d+", digits):
        return int(digits)
    if re.fullmatch(r"\d+(\.\d+)?(million|thousand|billion)", digits):
        number, scale = re.match(r"([\d.]+)(\w+)", digits).groups()
        return int(float(number) * {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}[scale])
    try:
        return text2num(text.replace("-", " - ").replace(" - ", "-"), "en")
    except ValueError:
        return None


# -- whose --------------------------------------------------------------------------------------------


def _party(
    ctx: _Context,
    victim: Token,
    people: Token | None,
    owner: Token | None,
    claim: Claim | None,
    earlier: list[Casualty],
    start: int,
) -> tuple[str | None, str | None]:
    doc = ctx.doc
    if owner is not None:
        text = _phrase_text(doc, owner)
        if _both(text):
            return None, text  # "both sides suffered losses"
        party = (
            _party_of_phrase(ctx, owner, claim) or _definite_actor(ctx, owner) or _pronoun_party(ctx, owner)
        )
        return party, text
    noun = people or victim
    text = _phrase_text(doc, noun)
    # An actor named in the victims' phrase: "RSF fighters", "Russian soldiers", "of the army";
    # not in an apposition ("1.9 million people, about 90 percent of Gaza's population").
    owned = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for t in c.subtree}
    for token in sorted(_noun_phrase(noun) | owned):
        if token in ctx.actor_at and token != noun.i or (token == noun.i and token in ctx.actor_at):
            return ctx.actor_at[token], text
    possessor = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if possessor is not None:
        resolved = _pronoun_party(ctx, possessor)
        if resolved is None and claim is not None and possessor.lower_ in {"our", "its", "their"}:
            # "only three of its fighters died", said the group's spokesman: the group's own.
            resolved = side_of(ctx.actors, ctx.sides, claim.speaker) or _own_group(ctx, claim.speaker)
        if resolved is not None:
            return resolved, text
    word = noun.lower_
    if word in lexicon_casualties.CIVILIAN_NOUNS or _described_as_civilians(victim):
        return CIVILIANS, text
    named = _definite_actor(ctx, noun)
    if named is not None:
        return named, text  # "the rebels" after "M23 rebels"
    if word == "others" and earlier:
        same_sentence = [
            f for f in earlier if doc[f.start : f.start].start >= 0 and _same_sentence(doc, f.start, start)
        ]
        if same_sentence:
            return same_sentence[-1].party, text
    if word in lexicon_casualties.COMBATANT_NOUNS or (people is None and victim.like_num):
        killer = _killer(ctx, victim, claim)
        if killer is not None:
            # "government troops killed 23 fighters": the fighters are the other side's.
            return _opponent_of_side(ctx, killer), text
        if (
            word in lexicon_casualties.COMBATANT_NOUNS
            and claim is not None
            and victim.dep_ in {"nsubjpass", "nsubj"}
        ):
            side = side_of(ctx.actors, ctx.sides, claim.speaker)
            if side is not None and _fits(ctx.actors[side].kind, word):
                return side, text  # "the army said 17 soldiers were killed": its own
            if side is not None:
                return _opponent_of_side(ctx, side), text  # "the army said 40 rebels were killed"
    return None, text


def _fits(kind: str, noun: str) -> bool:
    """Soldiers belong to a state force, fighters to an armed group."""
    if kind == "state_force":
        return noun in lexicon_casualties.STATE_COMBATANTS
    return noun in lexicon_casualties.NONSTATE_COMBATANTS


def _own_group(ctx: _Context, name: str | None) -> str | None:
    """The group a claimant speaks for: itself if armed, its affiliation, or the country
    its name belongs to ("Armenia's defence ministry")."""
    actor = ctx.actors.get(name) if name else None
    if actor is None:
        return None
    if actor.kind in {"armed_group", "state_force"}:
        return actor.name
    if actor.affiliation:
        return actor.affiliation
    owners = [
        other for other in ctx.actors if other != name and name.startswith((other + "'s ", other + "’s "))
    ]
    return owners[0] if owners else None


def _described_as_civilians(victim: Token) -> bool:
    """ "most of the dead were women and children"."""
    head = victim.head
    if victim.dep_ not in {"nsubj", "nsubjpass"} and head.dep_ == "pobj":
        head = head.head.head
    attrs = [c for c in head.children if c.dep_ == "attr"]
    attrs += [conj for a in attrs for conj in a.conjuncts]
    return bool(attrs) and all(a.lower_ in lexicon_casualties.CIVILIAN_NOUNS for a in attrs)


def _definite_actor(ctx: _Context, noun: Token) -> str | None:
    """ "the rebels" refers to the one actor whose name ends with "rebels", or else to the one
    non-state side of the story."""
    if not any(c.lower_ == "the" for c in noun.children):
        return None
    matches = {
        name
        for name, actor in ctx.actors.items()
        if any(alias.lower().split()[-1] == noun.lower_ for alias in actor.aliases if len(alias.split()) > 1)
    }
    if len(matches) == 1:
        return matches.pop()
    if noun.lower_ in lexicon.ARMED_GROUP_NOUNS:
        groups = [s for s in ctx.sides if ctx.actors[s].kind == "armed_group"]
        if len(groups) == 1:
            return groups[0]
    return None


def _killer(ctx: _Context, victim: Token, claim: Claim | None) -> str | None:
    """The side of whoever did the killing in an active clause, if the text says."""
    verb = victim.head
    if (
        victim.dep_ != "dobj"
        or verb.lemma_.lower() not in lexicon_casualties.CASUALTY_VERBS
        or verb.lemma_.lower() == "lose"
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "inflicted heavy losses on the rebels and killed 23 fighters"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    for i in sorted(t.i for t in subject.subtree):
        if i in ctx.actor_at:
            return side_of(ctx.actors, ctx.sides, ctx.actor_at[i])
    if claim is not None and (
        subject.lemma_.lower() in lexicon_casualties.COMBATANT_NOUNS or subject.lower_ in lexicon.FORCE_NOUNS
    ):
        # "its soldiers", "government troops" in an armed side's claim: that side's.
        return side_of(ctx.actors, ctx.sides, claim.speaker)
    return None


def _opponent_of_side(ctx: _Context, side: str | None) -> str | None:
    if side is None or len(ctx.sides) != 2 or side not in ctx.sides:
        return None
    return next(s for s in ctx.sides if s != side)


def _party_of_phrase(ctx: _Context, token: Token, claim: Claim | None) -> str | None:
    """The actor a subject or target phrase names, or the claimant's opponent for "the other side"."""
    phrase = _phrase_text(ctx.doc, token).lower()
    for i in sorted(t.i for t in token.subtree):
        if i in ctx.actor_at:
            return ctx.actor_at[i]
    if any(p in phrase for p in lexicon_casualties.OTHER_SIDE_PHRASES) and claim is not None:
        return _opponent(ctx, claim.speaker)
    return None


def _pronoun_party(ctx: _Context, pronoun: Token) -> str | None:
    """ "their troops" in "The Taliban lost 40 of their troops": the clause's subject."""
    if pronoun.pos_ != "PRON":
        return None
    verb = pronoun
    while verb.dep_ not in {"ROOT", "ccomp", "conj", "advcl"} and verb.head is not verb:
        verb = verb.head
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.i != pronoun.i:
            for i in sorted(t.i for t in subject.subtree):
                if i in ctx.actor_at:
                    return ctx.actor_at[i]
    return None


def _both(text: str) -> bool:
    return any(p in text.lower() for p in lexicon_casualties.BOTH_SIDES_PHRASES)


def _phrase_text(doc: Doc, token: Token) -> str:
    tokens = sorted(_noun_phrase(token))
    return doc[tokens[0] : tokens[-1] + 1].text


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    ta = docindex.token_ending_after(doc, a)
    tb = docindex.token_ending_after(doc, b)
    return ta.sent.start == tb.sent.start


# -- claimants and sides ------------------------------------------------------------------------------


def _claim_holding(claims: list[Claim], start: int, end: int) -> int | None:
    """The innermost claim whose statement holds the figure."""
    holding = [(c.end - c.start, i) for i, c in enumerate(claims) if c.start <= start and end <= c.end]
    if not holding:
        holding = [(c.end - c.start, i) for i, c in enumerate(claims) if c.start < end and start < c.end]
    return min(holding)[1] if holding else None


def _is_actor(ctx: _Context, name: str | None) -> bool:
    return name is not None and name in ctx.actors


def story_sides(actors: Iterable[Actor]) -> tuple[str, ...]:
    """The two armed actors the story is most about: the sides "the other side" refers to."""
    armed = sorted(
        (a for a in actors if a.kind in {"armed_group", "state_force"}),
        key=lambda a: (-a.mentions, a.first_start),
    )
    return tuple(a.name for a in armed[:2])


def side_of(actors: dict[str, Actor], sides: tuple[str, ...], name: str | None) -> str | None:
    """The side an actor is on: itself, what it is affiliated with, or a side its name starts
    with ("Taliban Cultural Commission" is the Taliban's)."""
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


def _opponent(ctx: _Context, claimant: str | None) -> str | None:
    return _opponent_of_side(ctx, side_of(ctx.actors, ctx.sides, claimant))
