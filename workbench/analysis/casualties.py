"""Casualty figures: how many, what happened to them, to whom, and who says so.

A figure is a victims' phrase hit by a word of harm (``harm``), or a part of one stated beside it
(``subsets``), that has a size (``quantities``): "at least 33 miners were killed", "scores
wounded", "the execution of three hostages", "caused no casualties", "including four pupils".
Its party comes from ``parties``; its claimant is the speaker of the innermost claim whose
statement holds it (or that the words it depends on belong to). Two harms on one phrase make one
combined figure ("killed or wounded" is losses); repeats are one entry (``repeats``). Numbers
that count no people ("36 hours", "two depots", "11 raids") are not figures.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..records import Casualty, Claim
from . import cues, docindex, subsets
from . import lexicon_casualties as lex
from .context import DocContext
from .harm import TRIGGER_LEMMAS, TRIGGER_WORDS, Hit, hits
from .parties import CIVILIANS, Story, noun_phrase, party
from .quantities import Quantity, done_without, is_amount, quantity
from .repeats import without_repeats
from .sides import side_of, story_sides

__all__ = ["CIVILIANS", "find_casualties", "side_of", "story_sides"]

_TRIGGER_WORDS = TRIGGER_WORDS | subsets.TRIGGER_WORDS
_TRIGGER_LEMMAS = TRIGGER_LEMMAS | subsets.TRIGGER_LEMMAS


def find_casualties(context: DocContext, claims: list[Claim]) -> list[Casualty]:
    """Every casualty figure in the context's Doc, in text order, one per victims' phrase, with
    the claim layer's actor table; records quote the context's text (the article's own, where
    the Doc reads a copy with markup blanked)."""
    story = Story(context)
    doc = context.doc
    claims = _Claims(claims)
    found: list[Hit] = []
    parts = []
    for token in docindex.candidates(doc, _TRIGGER_WORDS, _TRIGGER_LEMMAS):
        if subsets.is_part_word(token):
            parts.append(token)
        else:
            found += hits(token)
    # Parts of a figure hang on it from after it: read once every figure's victims are known.
    found += [hit for token in parts for hit in subsets.part_hits(token, found)]
    figures: list[Casualty] = []
    wholes: list[Casualty] = []  # figures that are not a part of another: what bare victims go back to
    seen: set[tuple[int, str]] = set()
    for hit in _combined(_undescribed(found)):
        key = (_group_head(hit.victim).i, hit.category)
        if key in seen:
            continue
        figure = _figure(story, claims, hit, wholes)
        if figure is not None:
            seen.add(key)
            figures.append(figure)
            if not hit.subset and not _listed_part(hit):
                wholes.append(figure)
    return without_repeats(story.display, sorted(figures, key=lambda f: (f.start, f.end)))


# -- hits to figures ----------------------------------------------------------------------------------


def _listed_part(hit: Hit) -> bool:
    """ "five people, among them two children": a phrase naming part of the victims just named."""
    victim = hit.victim
    return victim.dep_ == "appos" or any(
        c.dep_ == "prep" and c.lower_ in lex.SUBSET_PREPOSITIONS and any(p.pos_ == "PRON" for p in c.children)
        for c in victim.children
    )


def _group_head(victim: Token) -> Token:
    """The head of the counted group: "a number of [injured]" and "[a number] of injured" are one
    (but "eight of the 21 dead" are two)."""
    if (
        victim.dep_ == "pobj"
        and victim.head.lower_ == "of"
        and not is_amount(victim)
        and not any(is_amount(c) for c in victim.children)
    ):
        governor = victim.head.head
        if (
            is_amount(governor)
            or governor.lower_ in lex.NUMBER_OF_NOUNS
            or governor.lower_ in lex.VAGUE_DETERMINERS
        ):
            return governor
    return victim


def _undescribed(found: list[Hit]) -> list[Hit]:
    """A harm word that only describes people hit by another ("two wounded guards died",
    "the execution of three hostages", "six displaced herders were shot") makes no figure."""
    acted_on = {h.victim.i for h in found if not _describes(h)}
    return [
        h for h in found if not (_describes(h) and h.victim.i in acted_on) and not _named_by_other_harm(h)
    ]


def _named_by_other_harm(hit: Hit) -> bool:
    """ "Several of the dead had been shot": the dead are counted as dead, not as wounded. But
    "two of the wounded died" is a death: dying outranks the wound that came before."""
    victim = hit.victim
    group = [
        victim,
        *(p for c in victim.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children),
    ]
    for noun in group:
        named = lex.CASUALTY_ADJECTIVES.get(noun.lower_)
        if named is not None and noun.i != hit.trigger.i and named != hit.category:
            return not (hit.category == "killed" and named == "wounded" and noun.i != victim.i)
    return False


def _describes(hit: Hit) -> bool:
    trigger = hit.trigger
    if trigger.dep_ == "amod" and trigger.head.i == hit.victim.i:
        return True
    return trigger.i == hit.victim.i and trigger.lower_ in lex.PERSON_NOUNS


def _combined(found: list[Hit]) -> list[Hit]:
    """Two harms on one victims' phrase that make one combined figure: "killed or wounded",
    "killed and injured 45", "deaths and injuries", "lost 145 servicemen killed or wounded".
    Harm words on both sides of the victims are two figures ("20 killed and 41 wounded"): the
    number goes with the word after it, the one before has its own number."""
    groups: dict[int, list[Hit]] = {}
    for hit in found:
        groups.setdefault(_group_head(hit.victim).i, []).append(hit)
    kept: dict[int, list[Hit]] = {}
    for head, group in groups.items():
        after = [h for h in group if h.trigger.i >= h.victim.i]
        both_sides = after and len(after) < len(group) and len({h.category for h in group}) > 1
        kept[head] = after if both_sides else group
    out = []
    done: set[int] = set()
    for hit in found:
        head = _group_head(hit.victim).i
        if hit not in kept[head]:
            continue
        categories = frozenset(h.category for h in kept[head])
        combined = next((c for pair, c in lex.COMBINED_CATEGORIES.items() if pair <= categories), None)
        if combined is None:
            out.append(hit)
        elif head not in done:
            done.add(head)
            out.append(Hit(hit.victim, combined, hit.trigger, hit.owner, hit.subset, hit.definite_one))
    return out


def _figure(story: Story, claims: list[Claim], hit: Hit, earlier: list[Casualty]) -> Casualty | None:
    doc = story.doc
    victim, category, trigger = hit.victim, hit.category, hit.trigger
    of_people, people = _who(hit)
    if not of_people:
        return None
    amount = _size(hit, people)
    if amount is None:
        return None
    tokens = _phrase_tokens(hit, people, amount)
    start, end = doc[min(tokens)].idx, doc[max(tokens)].idx + len(doc[max(tokens)])
    core = doc[min(amount.tokens or (victim.i,))].idx
    claim_index = _claim_holding(claims, start, end, core, trigger)
    claim = claims[claim_index] if claim_index is not None else None
    party_name, party_text = party(story, victim, people, hit.owner, claim, earlier, start)
    if claim is not None and _claims_an_act(doc, claim, trigger):
        claim_index, claim = None, None  # "X claimed the raid, which killed 13": the reporter's figure
    claimant, claimant_text = _claimant(claims, claim, amount)
    if claim is not None and claim.speaker_type == "media":
        # A relay's report of someone else's statement: "the coast guard alleged that ... hurt
        # nobody, a news agency reported" is the coast guard's figure, relayed.
        claimant, claimant_text = _relayed_source(story, trigger, claim) or (claimant, claimant_text)
    return Casualty(
        start=start,
        end=end,
        text=story.text[start:end],
        **amount.as_figure(),
        category=category,
        party=party_name,
        party_text=party_text,
        claimed_by=claimant,
        claimed_by_text=claimant_text,
        claim=claim_index,
        size_word=_size_word(story.text, start, end) if amount.approx == "vague" else None,
        total=_running_total(story.text, start, end),
    )


# A size word with no number, and "of" chains of them: "dozens", "tens of thousands".
_VAGUE = "|".join(sorted(lex.VAGUE_QUANTITIES, key=len, reverse=True))
_VAGUE_PHRASE = re.compile(rf"\b(?:{_VAGUE})(?:\s+of\s+(?:{_VAGUE}))*\b", re.IGNORECASE)


def _size_word(text: str, start: int, end: int) -> str | None:
    """The size a vague figure states in words, as the views word it: "dozens", "tens of thousands"."""
    found = _VAGUE_PHRASE.search(text, start, end)
    return " ".join(found.group().lower().split()) if found else None


_RUNNING_TOTAL = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in lex.RUNNING_TOTAL_PHRASES) + r")\b", re.IGNORECASE
)


def _running_total(text: str, start: int, end: int) -> bool:
    """A running or cumulative total: its sentence says "since January", "so far", "to date"."""
    before = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    after = min(ends) if ends else len(text)
    return _RUNNING_TOTAL.search(text[before:after]) is not None


def _named_one(hit: Hit) -> bool:
    """ "the death of the former envoy Jan Novak": a singular harm befalls one named person."""
    return hit.definite_one and hit.trigger.lower_ in lex.SINGULAR_HARM_NOUNS and hit.victim.pos_ == "PROPN"


def _who(hit: Hit) -> tuple[bool, Token | None]:
    """Whether what was hit is people, and the noun naming them (None where a number or size word
    stands alone). Not people: "captured two depots", "one of their jets", "the capture of
    scores of trucks"; nor "they were killed" (counted where they were named)."""
    victim, trigger = hit.victim, hit.trigger
    people = _people_noun(victim)
    counted_pronoun = victim.dep_ == "pobj" and victim.head.lower_ == "of" and _counts(victim.head.head)
    bare_pronoun = (
        victim.pos_ == "PRON" and victim.lower_ not in {"some", "others", "any"} | lex.ZERO_DETERMINERS
    )
    if bare_pronoun and people is None and not counted_pronoun:
        return False, None
    if (
        trigger.lower_ in lex.ACTION_NOUNS
        and trigger.pos_ != "VERB"  # "the killing of ..." is the act; ", killing 13." counts its victims
        and trigger.i != victim.i
        and people is None
        and not _named_one(hit)
    ):
        return False, None
    if victim.lower_ in lex.LOSS_NOUNS:
        if hit.category == "losses" and trigger.i == victim.i and not _sized_loss(victim):
            return False, None  # "a count of casualties", "data about casualties"
        return True, people
    counted = any(
        (c.dep_ in {"nummod", "quantmod"} and is_amount(c)) or (c.dep_ == "det" and c.lower_ in lex.ONE_WORDS)
        for c in victim.children
    )
    if (
        people is None
        and counted
        and (
            trigger.lemma_.lower() in lex.HARM_TO_BEINGS
            or victim.pos_ == "PROPN"
            or hit.subset
            or trigger.lower_ in lex.ACTION_NOUNS
        )
    ):
        people = victim  # "killed 14 “Catholics”", "23 Peruvians", "between 12 and 16 Mapuche"
    sized = (
        victim.like_num or counted_pronoun or _named_one(hit) or any(victim.lower_ in w for w in _SIZE_HEADS)
    )
    if people is None and not sized:
        return False, None  # "captured two depots", "lost ground"
    if people is not None and people.lower_ in lex.NON_PERSON_UNITS:
        return False, None
    of_things = [
        p.tag_
        for c in victim.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if people is None and {"NNS", "NNPS"} & set(of_things):
        return False, None  # "one of their jets", "four of the trucks": things, not people
    if trigger.lemma_.lower() == "lose" and people is None and not victim.like_num:
        return False, None
    if trigger.lemma_.lower() in lex.FLEE_VERBS and not _displaceable(victim, people, trigger):
        return False, None  # "two fled over the wall": an escape, not a displacement
    return True, people


# Words that head a victims' phrase without naming people: "dozens", "some", "no", "the dead".
_SIZE_HEADS = (
    lex.VAGUE_QUANTITIES,
    lex.VAGUE_DETERMINERS,
    lex.CASUALTY_NOUNS,
    lex.LIVES_NOUNS,
    lex.ZERO_DETERMINERS,
    lex.UNIT_NOUNS,
    lex.TOLL_NOUNS,
)


def _size(hit: Hit, people: Token | None) -> Quantity | None:
    """The figure's count, or None where the phrase states no size."""
    victim, trigger = hit.victim, hit.trigger
    amount = quantity(victim, people, definite_one=hit.definite_one)
    if amount is None and victim.i == trigger.i and victim.lower_ in lex.TOLL_NOUNS:
        return Quantity(None, None, None, "vague", ())  # "the toll was still higher"
    if amount is None and _named_one(hit):
        return Quantity(1, None, None, "exact", ())  # "the death of the former envoy Jan Novak"
    if amount is None:
        return None
    if victim.lower_ in lex.UNIT_NOUNS or (people is not None and people.lower_ in lex.UNIT_NOUNS):
        return Quantity(None, None, None, "vague", amount.tokens)  # "two battalions surrendered"
    if people is None and victim.like_num and amount.count is None and amount.low is None:
        return None if hit.category != "losses" else amount
    if victim.lower_ in lex.CASUALTY_NOUNS and amount.approx == "unquantified" and hit.category != "losses":
        return None  # "dug bodies from the mud": a toll needs a size
    return amount


def _phrase_tokens(hit: Hit, people: Token | None, amount: Quantity) -> set[int]:
    """The tokens of the figure's phrase: its size, its victims, its word of harm where near."""
    victim, trigger = hit.victim, hit.trigger
    doc = victim.doc
    tokens = {victim.i, *amount.tokens}
    if people is not None:
        tokens |= noun_phrase(people)
    if people is None and victim.like_num:
        tokens |= _own_phrase(victim)  # "three of another"
    if victim.i == trigger.i and victim.lower_ in lex.TOLL_NOUNS:
        # "the toll was still higher"
        tokens |= noun_phrase(victim) | {victim.head.i}
        tokens |= {t.i for c in victim.head.children if c.dep_ == "acomp" for t in c.subtree}
    reach = 10 if trigger.lower_ in lex.TALLY_NOUNS else 5  # "the toll of Friday's landslide rose to 61"
    if min(tokens) - reach <= trigger.i <= max(tokens) + reach:
        tokens.add(trigger.i)  # a word of harm far from a list's item is not part of its phrase
    if hit.owner is not None and abs(hit.owner.i - victim.i) <= 6:
        tokens |= noun_phrase(hit.owner)
    if victim.lower_ in lex.LOSS_NOUNS:
        # "severe losses on the raiders", "grave losses in men and equipment"
        tokens |= noun_phrase(victim) | {
            t.i for c in victim.rights if c.dep_ == "prep" and c.i == victim.i + 1 for t in c.subtree
        }
    elif hit.category == "losses":
        tokens |= {t.i for t in victim.subtree if t.i <= victim.i}
    tokens = {i for i in tokens if not doc[i].is_space} or tokens
    while len(tokens) > 1 and doc[max(tokens)].dep_ in {"cc", "punct", "prep"}:
        tokens.discard(max(tokens))  # "eight of one nation and"
    return tokens


def _own_phrase(token: Token) -> set[int]:
    """A token's phrase without the items coordinated with it."""
    found = {token.i}
    for child in token.children:
        if child.dep_ not in {"conj", "cc", "appos", "punct", "acl", "relcl"}:
            found |= {t.i for t in child.subtree}
    return found


def _counts(token: Token) -> bool:
    """ "several" of them, "about a third" of those, "one" of them."""
    return is_amount(token) or token.lower_ in lex.VAGUE_DETERMINERS


def _displaceable(victim: Token, people: Token | None, flee: Token) -> bool:
    """Whether fleeing is displacement: people who live somewhere ("families fled"), a mass
    ("some 9,000 have fled"), or flight from home or across a border; not "two fled"."""
    noun = people if people is not None else victim
    if noun.lower_ in lex.COMBATANT_NOUNS:
        return False  # "troops crossed into", "the fighters fled": a force moving, not displacement
    if noun.lower_ in lex.RESIDENT_NOUNS or noun.lemma_.lower() in lex.RESIDENT_NOUNS:
        return True  # "families fled": people who live somewhere
    if noun.lower_ in lex.MASS_NOUNS or victim.lower_ in lex.MASS_NOUNS:
        return True  # "thousands have fled", "hundreds of people fled"
    places = [c for c in flee.children if c.dep_ == "dobj"]
    places += [p for c in flee.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    # Only flight says where from: "two men crossed the border" is no displacement, 6,200 are.
    if flee.lemma_.lower() in lex.FLIGHT_VERBS and any(
        p.lemma_.lower() in lex.HOME_NOUNS
        or p.lemma_.lower() in lex.REFUGE_PLACES
        or p.lemma_.lower() in lex.FLIGHT_CAUSES
        for p in places
    ):
        return True
    amount = quantity(victim, people)
    return amount is not None and (amount.count or amount.high or 0) >= lex.MASS_FLIGHT


def _sized_loss(noun: Token) -> bool:
    """A loss noun is a figure when something says its size or whose it was: "heavy losses",
    "55 casualties", "civilian casualties", "no casualties"; not "a count of casualties"."""
    if done_without(noun):
        return True  # "was repulsed without (any) casualties": none
    if noun.dep_ == "pobj" and noun.head.head.lower_ in lex.LOSS_REFERENCE_HEADS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in lex.LOSS_REFERENCE_HEADS:
        return False
    for child in noun.children:
        word = child.lower_
        if child.dep_ in {"amod", "compound", "nummod", "quantmod", "det"} and (
            word in lex.LOSS_SIZE_WORDS
            or word in {"civilian", "civilians"}
            or is_amount(child)
            or word in lex.ZERO_DETERMINERS
        ):
            return True
    if any(
        c.dep_ == "prep" and c.lower_ == "among" and any(g.lower_ in lex.PERSON_NOUNS for g in c.children)
        for c in noun.children
    ):
        return True  # "losses among its own fighters": whose they were
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and is_amount(noun.head.head)


def _people_noun(victim: Token) -> Token | None:
    """The noun naming who was hit: the victim itself, or "X" in "17 of X", "scores of X"."""
    if victim.lower_ in lex.PERSON_NOUNS and not victim.like_num:
        return victim
    for prep in (c for c in victim.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if (
                noun.lower_ in lex.PERSON_NOUNS
                or noun.lemma_.lower() in lex.PERSON_NOUNS
                or (noun.pos_ == "NOUN" and noun.lower_.endswith(lex.PERSON_SUFFIXES))
            ):
                return noun
    if victim.pos_ in {"NOUN", "PROPN"} and victim.lemma_.lower() in lex.PERSON_NOUNS:
        return victim
    if victim.pos_ == "NOUN" and victim.lower_.endswith(lex.PERSON_SUFFIXES):
        return victim  # "ferrymen", "herdsmen", "unionists"
    if victim.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in lex.DOUBT_MODIFIERS for c in victim.children
    ):
        return victim  # "five suspected facilitators": whoever is suspected is someone
    return None


# -- claimants ----------------------------------------------------------------------------------------


def _claim_holding(claims: list[Claim], start: int, end: int, core: int, trigger: Token) -> int | None:
    """The innermost claim whose statement holds the figure (or, failing that, its size, or the
    words it depends on: "... 310 troops, wounded 72 and seized 15", "'... nine seized,' at
    the cost of four sailors, she said")."""
    # Only claims near the figure can hold it: those starting no further back than the longest
    # claim (and a sentence) and no further on than a sentence. Claims come sorted by start.
    near = _near(claims, start, end)
    found = _claim_holding_among([claims[i] for i in near], start, end, core, trigger)
    return near[found] if found is not None else None


_SENTENCE_REACH = 2_000


class _Claims(list):
    """The claim layer's claims, sorted by start, with their starts and the longest one's
    length at hand, so that the claims near a figure are found by binary search."""

    def __init__(self, claims: Iterable[Claim]):
        super().__init__(sorted(claims, key=lambda c: (c.start, c.end)))
        self.starts = [c.start for c in self]
        self.longest = max((c.end - c.start for c in self), default=0)


def _near(claims: list[Claim], start: int, end: int) -> list[int]:
    if not isinstance(claims, _Claims):
        claims = _Claims(claims)
    low = bisect_left(claims.starts, start - claims.longest - _SENTENCE_REACH)
    high = bisect_right(claims.starts, end + _SENTENCE_REACH)
    return list(range(low, high))


def _claim_holding_among(claims: list[Claim], start: int, end: int, core: int, trigger: Token) -> int | None:
    holding = [(c.end - c.start, i) for i, c in enumerate(claims) if c.start <= start and end <= c.end]
    if not holding:
        holding = [(c.end - c.start, i) for i, c in enumerate(claims) if c.start <= core < c.end]
    sentence = trigger.sent
    below = trigger
    for governor in list(trigger.ancestors)[:4]:
        if holding or governor.i < sentence.start:
            break
        holding = [(c.end - c.start, i) for i, c in enumerate(claims) if c.start <= governor.idx < c.end]
        if not holding and below.dep_ in {"dobj", "conj", "ccomp", "xcomp", "oprd"}:
            # What the reporting verb itself governs: "a driver saw three dead and four injured".
            holding = [
                (c.end - c.start, i) for i, c in enumerate(claims) if c.cue_start <= governor.idx < c.cue_end
            ]
        below = governor
    if (
        not holding
        and trigger.dep_ == "conj"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children)
    ):
        # "X replied that they had killed 310 troops, wounded 72 ...", with the second
        # verb hung on the reporting verb by the parser: the reported verbs go together.
        cue = trigger.head
        while cue.dep_ == "conj" and cue.head is not cue:
            cue = cue.head
        holding = [(c.end - c.start, i) for i, c in enumerate(claims) if c.cue_start <= cue.idx < c.cue_end]
    if not holding:
        holding = [(c.end - c.start, i) for i, c in enumerate(claims) if c.start < end and start < c.end]
    return min(holding)[1] if holding else None


def _claims_an_act(doc: Doc, claim: Claim, trigger: Token) -> bool:
    """A claim of responsibility ("the cell claimed both raids", "claimed the ambush"): it owns
    an act, it states no figure; a figure in its words is the reporter's, unless a statement
    carries it ("claimed the ambush, saying it had killed 19 guards")."""
    cue = docindex.token_ending_after(doc, claim.cue_start)
    if cue.lemma_.lower() not in lex.RESPONSIBILITY_CUES or not any(c.dep_ == "dobj" for c in cue.children):
        return False
    node = trigger
    while node.head is not node and node.i != cue.i:
        node = node.head
        if node.i != cue.i and cues.is_reporting(node):
            return False
    return True


def _relayed_source(story: Story, trigger: Token, claim: Claim) -> tuple[str, str] | None:
    """The source a relayed statement names, between the figure and the relay's own cue."""
    node = trigger
    for _ in range(6):
        if node.head is node:
            return None
        node = node.head
        if not claim.start <= node.idx < claim.end or claim.cue_start <= node.idx < claim.cue_end:
            continue
        if cues.is_reporting(node):
            subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None and node.dep_ in {"acl", "relcl"}:
                subject = node.head  # "the coast guard, alleging that ..."
            if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
                return None
            # The actor the subject (or its apposition: "the captain, Ivan Petrov") names, or
            # else the source phrase itself, as the claim layer gives an unresolved source.
            words = _words(story, subject)
            for head in [subject, *(c for c in subject.children if c.dep_ == "appos")]:
                name = story.actor_at.get(head.i)
                said = _words(story, head).lower()
                if name is not None and any(f.lower() in said for f in (name, *story.actors[name].aliases)):
                    return name, words
            return words, words
    return None


def _words(story: Story, noun: Token) -> str:
    """A noun's phrase up to the noun, as written: "Norway's coast guard service"."""
    phrase = sorted(noun_phrase(noun))
    return story.text[story.doc[phrase[0]].idx : noun.idx + len(noun)]


def _claimant(claims: list[Claim], claim: Claim | None, amount: Quantity) -> tuple[str | None, str | None]:
    """Who states the figure: the speaker of the claim holding it. Inside a denial ("X denied
    reports that 35 guards were killed") a figure is not the denier's but the denied
    source's; a zero there ("denied that any guards were killed") is the denier's own."""
    if claim is None:
        return None, None
    if claim.stance == "denies" and amount.count != 0:
        denied = {claims[j].speaker or claims[j].speaker_text for j in claim.contradicts}
        if len(denied) == 1:
            source = denied.pop()
            return source, source
        return None, None
    return claim.speaker, claim.speaker_text
