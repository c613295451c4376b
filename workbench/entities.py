"""Named-entity mentions from a spaCy Doc, made consistent across the document.

The small English model labels the same name differently from one sentence to the next
("Panjshir" GPE once, ORG twice) and misreads unfamiliar names ("Fahim Dashti" ORG). Each
mention here gathers evidence from its context in the parse (a place noun after it, a role
noun in apposition, a title before it, a locative preposition governing it); the evidence
of all mentions of one name is pooled, and every mention gets the label the document as a
whole supports.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from . import docindex, lexicon, lexicon_claims
from .gazetteer import country, country_of_demonym

# Classes the evidence votes between; place labels are refined afterwards.
PERSON, ORG, PLACE, NORP = "PERSON", "ORG", "PLACE", "NORP"
STRONG, WEAK = 3.0, 1.0


@dataclass(frozen=True)
class Mention:
    """An entity mention with what its context says about it (plain data, no spaCy)."""

    start: int
    end: int
    text: str
    label: str
    agent: bool = False  # subject or possessor: a country acting, not a place
    locative: bool = False  # governed by a locative preposition
    modifier: bool = False  # an adjective or compound before a noun ("Afghan capital")
    group_noun: str | None = None  # "fighters" in "Taliban fighters"
    media_cue: bool = False  # "the network CNN", "CNN reported"
    role: str | None = None  # "spokesman" in "Fahim Dashti, spokesman for ..." or "spokesman Fahim Dashti"


def find_mentions(doc: Doc) -> list[Mention]:
    """Every entity mention in ``doc``, trimmed, extended and relabelled consistently."""
    # A name has a capital letter: the small model's lower-case "persons" ("stray shells") are not names.
    trimmed = [
        span
        for span in map(_trim, doc.ents)
        if span is not None
        and (span.label_ not in lexicon.ACTOR_LABELS or any(t.text[:1].isupper() for t in span))
    ]
    trimmed = _recall(doc, trimmed)
    spans = [(_extend(span), _extend(span) is not span) for span in trimmed]
    evidence = _pool_evidence([span for span, extended in spans if not extended and not _is_demonym(span)])
    mentions = []
    for span, extended in spans:
        label = span.label_
        if _is_demonym(span):
            label = "NORP"  # the model sometimes calls "Ukrainian" a GPE
        elif label in lexicon.ACTOR_LABELS and not extended:
            label = _consistent_label(span, evidence[_key(span)])
        mentions.append(_mention(span, label))
    return mentions


# -- span shape ---------------------------------------------------------------------------------------


def _trim(span: Span) -> Span | None:
    """Drop leading determiners and trailing possessives or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in lexicon.DETERMINERS or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_)


def _extend(span: Span) -> Span:
    """Grow a country or demonym into the force or group it modifies ("US troops"),
    and a place into the facility named after it ("Kabul airport")."""
    doc = span.doc
    root = span.root
    head = root.head
    after = doc[span.end] if span.end < len(doc) else None
    if span.label_ in {"GPE", "NORP"} and after is not None and after.lower_ in lexicon.FORCE_NOUNS:
        return Span(doc, span.start, span.end + 1, label="ORG")  # "Congolese army spokesman ..."
    if span.label_ in {"GPE", "NORP"} and root.dep_ in {"compound", "amod", "nmod"} and head.i >= span.end:
        gap = doc[span.end : head.i]
        if head.i - span.end <= 3 and all(t.head.i <= head.i and t.head.i >= span.end for t in gap):
            if head.lower_ in lexicon.FORCE_NOUNS:
                return Span(doc, span.start, head.i + 1, label="ORG")
            if head.lower_ in lexicon.PEOPLE_NOUNS and span.label_ == "NORP":
                return Span(doc, span.start, head.i + 1, label="NORP")
    if (
        span.end < len(doc)
        and doc[span.end].lower_ in lexicon.FACILITY_NOUNS
        and span.label_ in {"GPE", "LOC"}
    ):
        return Span(doc, span.start, span.end + 1, label="FAC")
    return span


def _is_demonym(span: Span) -> bool:
    """'Afghan', 'Russians': a nationality word, whatever noun it modifies."""
    return (
        span.label_ in {"NORP", "GPE"}
        and country_of_demonym(span.text) is not None
        and country(span.text) is None
    )


def _key(span: Span) -> str:
    words = [t.text for t in span]
    while len(words) > 1 and words[-1].lower() in lexicon.PLACE_NOUNS:
        words.pop()
    return " ".join(words).lower()


def _recall(doc: Doc, spans: list[Span]) -> list[Span]:
    """Add the mentions the model missed: repeats of a name it found elsewhere in the
    document, and runs of proper nouns whose context alone says place or person."""
    taken = [False] * len(doc)
    for span in spans:
        taken[span.start : span.end] = [True] * len(span)
    found = list(spans)

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def add(span: Span) -> None:
        taken[span.start : span.end] = [True] * len(span)
        found.append(span)

    names = {span.text: span for span in spans if span.label_ in lexicon.ACTOR_LABELS}
    for span in names.values():
        for start in _occurrences(doc, [t.text for t in span]):
            if free(start, start + len(span)):
                add(Span(doc, start, start + len(span), label=span.label_))
    for run in _proper_noun_runs(doc):
        if not free(run.start, run.end):
            continue
        votes = Counter()
        for cls, weight in _cues(run):
            votes[cls] += weight
        # A bare locative ("in the Islamic Emirate") is too weak alone when a determiner
        # suggests an institution; a place noun or apposition is not.
        bare = run.start == 0 or doc[run.start - 1].lower_ not in lexicon.DETERMINERS
        needed = 1.5 if bare else STRONG
        if votes[PLACE] >= needed and votes[PLACE] > votes[PERSON] + votes[ORG]:
            add(Span(doc, run.start, run.end, label="GPE"))
        elif votes[PERSON] >= STRONG and votes[PERSON] > votes[PLACE]:
            add(Span(doc, run.start, run.end, label="PERSON"))
    return sorted(found, key=lambda span: span.start)


def name_stems(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Houthi movement" is also "Houthi" ("Houthi fighters"): mentions of the proper part of
    group names that end in a generic word, wherever it stands alone."""
    taken = set()
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            taken.update(range(span.start, span.end))
    found = []
    for mention in mentions:
        words = mention.text.split()
        if mention.label != "ORG" or len(words) < 2 or words[-1].lower() not in lexicon.GROUP_HEADS:
            continue
        if not all(w[:1].isupper() for w in words[:-1]):
            continue
        stem = [t.text for t in doc.char_span(mention.start, mention.end, alignment_mode="expand")][:-1]
        for start in _occurrences(doc, stem):
            if not taken & set(range(start, start + len(stem))):
                taken.update(range(start, start + len(stem)))
                found.append(_mention(Span(doc, start, start + len(stem), label="ORG"), "ORG"))
    return found


def _occurrences(doc: Doc, words: list[str]) -> Iterable[int]:
    return docindex.occurrences(doc, words)


def _proper_noun_runs(doc: Doc) -> Iterable[Span]:
    """Maximal runs of capitalised proper nouns ("Tal Afar"), hyphens kept inside."""
    i = 0
    while i < len(doc):
        if doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
            j = i + 1
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
                j += 1
            yield Span(doc, i, j)
            i = j
        else:
            i += 1


# -- evidence -----------------------------------------------------------------------------------------


def _pool_evidence(spans: list[Span]) -> dict[str, Counter]:
    """Votes per name key: one for each spaCy label, more for each contextual cue."""
    long_person_words = {
        t.lower_ for span in spans if span.label_ == "PERSON" and len(span) > 1 for t in span
    }
    votes: dict[str, Counter] = defaultdict(Counter)
    for span in spans:
        if span.label_ not in lexicon.ACTOR_LABELS:
            continue
        tally = votes[_key(span)]
        for cls, weight in _cues(span):
            tally[cls] += weight
        vote = _class(span.label_)
        if vote == PERSON and len(span) == 1 and span[0].lower_ not in long_person_words:
            # The small model calls many unfamiliar one-word names persons; without a
            # full name, title or role elsewhere that guess counts for half.
            tally[vote] += 0.5
        else:
            tally[vote] += 1.0
    return votes


def _cues(span: Span) -> Iterable[tuple[str, float]]:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = _previous_word(span)
    last = span[-1]

    # "Panjshir province", "the Andarab valley", "Panjshir Valley"
    if (after is not None and after.lower_ in lexicon.PLACE_NOUNS) or (
        len(span) > 1 and last.lower_ in lexicon.PLACE_NOUNS
    ):
        yield PLACE, STRONG
    # "valley of Baghlan", "districts of Andarab"
    if (
        before is not None
        and before.lower_ == "of"
        and before.i > 0
        and doc[before.i - 1].lower_ in lexicon.PLACE_NOUNS
    ):
        yield PLACE, STRONG
    locative = _locative(span)
    if locative:
        # "from" also introduces sources ("a statement from X"): it counts for less.
        yield PLACE, WEAK if locative == "from" else 1.5
    # "Fahim Dashti, spokesman for ...", "Baba Shirin, a resident of the area",
    # "Kabul, the Afghan capital", "El Fasher, the capital of North Darfur"
    noun = _apposition_noun(span)
    if noun in lexicon.PERSON_ROLES:
        yield PERSON, STRONG
    elif noun in lexicon.PLACE_NOUNS:
        yield PLACE, STRONG
    # "Gen. Mark Milley", "spokesman Zabihullah Mujahid"
    if before is not None and (
        before.lower_.rstrip(".") in lexicon.PERSON_TITLES or before.lower_ in lexicon.PERSON_ROLES
    ):
        yield PERSON, STRONG
    if len(span) > 1 and last.lower_ in lexicon.FACILITY_NOUNS:
        yield PLACE, STRONG  # "Hamid Karzai International Airfield"
    elif len(span) > 1 and any(last.lower_ in heads for heads in lexicon.ORG_HEADS.values()):
        yield ORG, STRONG
    if after is not None and (
        after.lower_ in lexicon.ARMED_GROUP_NOUNS or after.lower_ in {"group", "spokesman"}
    ):
        yield ORG, 1.5  # "M23 rebels", "Taliban fighters", "Houthi spokesman"
    if span.start > 0 and doc[span.start - 1].lower_ == "the" and span.label_ == "PERSON":
        yield ORG, 1.5  # people take no article: "the Houthis", "the Kurds" are groups
    if _speaks(span):
        # A subject of "said" is someone or some body, not a place.
        yield PERSON if len(span) > 1 else ORG, WEAK


def _previous_word(span: Span):
    i = span.start - 1
    doc = span.doc
    while i >= 0 and doc[i].lower_ in lexicon.DETERMINERS:
        i -= 1
    return doc[i] if i >= 0 else None


def _locative(span: Span) -> str | None:
    """The word that puts the name in a place role, if any: a locative preposition
    ("in", "from"), "to" after a verb of movement, or an attack or flight that targets it
    ("offensive on X", "attacking X", "fled X and Y")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "fled Nyala and Zalingei": the first conjunct's role
    head = root.head
    verb = head.head
    if root.dep_ == "pobj":
        word = head.lower_
        if word in lexicon.LOCATIVE_PREPOSITIONS:
            return word
        if word == "to" and verb.lemma_.lower() in lexicon.MOVEMENT_VERBS:
            return word
        if word in {"on", "against"}:
            # "assault on X", also when the parser hangs "on X" off "launched"
            objects = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            if any(t.lemma_.lower() in lexicon.ATTACK_WORDS for t in objects):
                return word
    if root.dep_ == "dobj" and head.lemma_.lower() in lexicon.ATTACK_WORDS | lexicon.MOVEMENT_VERBS:
        return head.lower_
    return None


def _apposition_noun(span: Span) -> str | None:
    """The head noun of an apposition right after the name: ", (a|the) [modifiers] NOUN"."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for token in doc[span.end + 1 : min(len(doc), span.end + 6)]:
        word = token.lower_
        if word in lexicon.PERSON_ROLES or word in lexicon.PLACE_NOUNS:
            return word
        if token.is_punct or token.pos_ in {"VERB", "AUX", "PRON", "ADP"}:
            return None
    return None


def _speaks(span: Span) -> bool:
    root = span.root
    verb = root.head.lemma_.lower()
    return root.dep_ in {"nsubj", "nsubjpass"} and (
        verb in lexicon.SPEECH_VERBS
        or verb in lexicon_claims.REPORTING_VERBS
        or verb in lexicon_claims.DENIAL_VERBS
    )


def _class(label: str) -> str:
    return PLACE if label in lexicon.PLACE_LABELS else label


def _consistent_label(span: Span, tally: Counter) -> str:
    if not tally:
        return span.label_
    best = max(tally.values())
    own = _class(span.label_)
    if tally[own] == best:
        return span.label_  # the model's own label is as good as any: keep its detail
    winner = max(tally, key=lambda cls: (tally[cls], cls == own))
    if winner != PLACE:
        return winner
    last = span[-1].lower_
    if last in lexicon.FACILITY_NOUNS:
        return "FAC"
    return "LOC" if last in lexicon.PLACE_NOUNS and last not in {"city", "town", "village"} else "GPE"


# -- roles for actor grouping -------------------------------------------------------------------------


def _mention(span: Span, label: str) -> Mention:
    doc = span.doc
    root = span.root
    after = doc[span.end] if span.end < len(doc) else None
    agent = root.dep_ in {"nsubj", "nsubjpass", "poss"} or (
        root.dep_ == "conj" and root.head.dep_ in {"nsubj", "nsubjpass"}
    )
    media_cue = (
        (span.start > 0 and doc[span.start - 1].lower_ in lexicon.MEDIA_CUES)
        or (after is not None and after.lower_ in lexicon.MEDIA_CUES)
        or (_speaks(span) and root.head.lemma_.lower() in {"report", "reveal"})
    )
    group_noun = after.lower_ if after is not None and after.lower_ in lexicon.ARMED_GROUP_NOUNS else None
    if after is not None and after.lower_ == "armed" and span.end + 1 < len(doc):
        group_noun = "armed " + doc[span.end + 1].lower_
    role = _apposition_noun(span)
    before = _previous_word(span)
    if role not in lexicon.PERSON_ROLES:
        role = before.lower_ if before is not None and before.lower_ in lexicon.PERSON_ROLES else None
    if role is None and root.dep_ == "appos" and root.head.lower_ in lexicon.PERSON_ROLES:
        role = root.head.lower_  # "An RSF commander, Abdel Rahim Dagalo, ..."
    return Mention(
        role=role if label == "PERSON" else None,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        label=label,
        agent=agent,
        locative=_locative(span) is not None or root.dep_ == "pobj",
        modifier=root.dep_ in {"amod", "compound", "nmod"} and root.head.i >= span.end,
        group_noun=group_noun,
        media_cue=media_cue,
    )


def demonym_country(text: str) -> str | None:
    """The country behind a demonym or a country-name modifier, if any."""
    return country_of_demonym(text) or country(text)
