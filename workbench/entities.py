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
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from . import docindex, lexicon, lexicon_claims
from .gazetteer import country, country_of_capital, country_of_demonym, demonym
from .known_actors import ALLIANCES
from .known_names import Known, find_known

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
    media_cue: bool = False  # "the network CNN", "told Reuters"
    reports: bool = False  # the subject of "reported" (an outlet, or a body publishing a finding)
    speaks: bool = False  # the subject of a reporting verb
    role: str | None = None  # "spokesman" in "Fahim Dashti, spokesman for ..." or "spokesman Fahim Dashti"
    acts: bool = False  # in an actor's role: subject, agent, possessor, "X-led", "X officials"
    kind: str | None = None  # the kind the mention itself settles (a listed name, a description)
    canonical: str | None = None  # the actor's name where the mention itself settles it
    listed: bool = False  # the name is in a reference list (``known_actors``)


def find_mentions(doc: Doc) -> list[Mention]:
    """Every entity mention in ``doc``, trimmed, extended and relabelled consistently."""
    known = [k for k in find_known(doc) if not _inside_body(doc, k)]
    known_at = {(k.start, k.end): k for k in known}
    listed = {i for k in known for i in range(k.start, k.end)}
    # A name has a capital letter: the small model's lower-case "persons" ("stray shells") are not names.
    trimmed = [
        span
        for span in (_outside(_trim(ent), listed) for ent in doc.ents)
        if span is not None
        and (
            span.label_ not in lexicon.ACTOR_LABELS
            or any(t.text[:1].isupper() or t.text.startswith("@") for t in span)
        )
    ]
    # "the Army", "Police" at a sentence start: descriptions, not names (``descriptions`` reads them)
    trimmed = [span for span in _split_titled(trimmed) if not all(t.lower_ in _GENERIC for t in span)]
    trimmed += [Span(doc, k.start, k.end, label="ORG") for k in known]
    labelled = {(span.start, span.end) for span in trimmed}
    trimmed = _recall(doc, sorted(trimmed, key=lambda span: span.start))
    spans = [
        (span, span) if (span.start, span.end) in known_at else (span, _extend(span)) for span in trimmed
    ]
    evidence = _pool_evidence(
        [
            span
            for span, grown in spans
            if grown is span and not _is_demonym(span) and (span.start, span.end) not in known_at
        ],
        labelled,
    )
    mentions = []
    for span, grown in spans:
        listed_as = known_at.get((span.start, span.end))
        if listed_as is not None:
            mentions.append(_known_mention(span, listed_as))
            continue
        label = grown.label_
        if grown is not span:
            mentions.append(_grown_mention(span, grown))
            if span.label_ == "PERSON":
                mentions.append(mention_of(span, "PERSON"))  # Gaddafi himself, besides his forces
            continue
        owner = _national_owner(span)
        if owner is not None:
            mentions.append(_grown_mention(owner, span))  # "Nigerian Army", as "Nigerian soldiers"
            continue
        if _is_demonym(span):
            label = "NORP"  # the model sometimes calls "Ukrainian" a GPE
        elif span.text.startswith("@"):
            label = "PERSON"  # a handle is someone's account
        elif label in lexicon.ACTOR_LABELS:
            label = _consistent_label(span, evidence[_key(span)])
        mention = mention_of(span, label)
        if label == "ORG" and _alliance_in_arms(span):
            mention = replace(mention, kind="state_force")
        mentions.append(mention)
    return mentions


_GENERIC = lexicon.POLICE_NOUNS | lexicon.MILITARY_NOUNS | lexicon.GOVERNMENT_NOUNS


def _inside_body(doc: Doc, known: Known) -> bool:
    """ "Taliban" in the model's "Taliban Cultural Commission": a body of the group, named as a
    whole, not the group itself."""
    ent = doc[known.start].ent_type_ and next(
        (e for e in doc.ents if e.start <= known.start and known.end <= e.end), None
    )
    if not ent or ent.label_ not in {"ORG", "FAC"} or (ent.start, ent.end) == (known.start, known.end):
        return False
    last = ent[-1].lower_
    return ent.end > known.end and (
        last in lexicon.ORGANIZATION_HEADS
        or last in lexicon.ORG_HEADS["government"]
        or last in lexicon.ORG_HEADS["media"]
    )


def _split_titled(spans: list[Span]) -> list[Span]:
    """ "Interior Minister of the GNA Fathi Bashagha": the model's one entity is the body's
    acronym and then a person, named after a title."""
    found = []
    for span in spans:
        doc = span.doc
        first, rest = span[0], span[1:]
        titled = any(
            t.lower_.rstrip(".") in lexicon.PERSON_TITLES or t.lower_ in lexicon.PERSON_ROLES
            for t in doc[max(0, span.start - 4) : span.start]
        )
        if (
            span.label_ in lexicon.ACTOR_LABELS
            and 2 <= len(first) <= 6
            and first.is_upper
            and first.is_alpha
            and 2 <= len(rest) <= 3
            and all(t.pos_ == "PROPN" and t.text.istitle() for t in rest)
            and titled
        ):
            found += [
                Span(doc, span.start, span.start + 1, label="ORG"),
                Span(doc, span.start + 1, span.end, label="PERSON"),
            ]
        else:
            found.append(span)
    return found


def _outside(span: Span | None, listed: set[int]) -> Span | None:
    """The part of an entity outside a listed name: "Hamas" is listed, "Ismail Haniyeh" in a
    "Hamas Ismail Haniyeh" entity stays a person."""
    if span is None or not listed & set(range(span.start, span.end)):
        return span
    free = [i for i in range(span.start, span.end) if i not in listed]
    if not free or free != list(range(free[0], free[-1] + 1)):
        return None
    rest = Span(span.doc, free[0], free[-1] + 1, label=span.label_)
    return _trim(rest) if any(t.text[:1].isupper() for t in rest) else None


def _alliance_in_arms(span: Span) -> bool:
    """ "NATO air strikes", "NATO warplanes bombed": an alliance acting as a military force."""
    if span.text.lower() not in ALLIANCES:
        return False
    root = span.root
    head = root.head
    military = lexicon.ATTACK_WORDS | {
        "warplane",
        "jet",
        "aircraft",
        "airstrike",
        "strike",
        "bombing",
        "mission",
    }
    if root.dep_ in {"compound", "amod", "nmod"} and head.i >= span.end:
        return head.lemma_.lower() in military
    return root.dep_ == "nsubj" and head.lemma_.lower() in lexicon.ATTACK_WORDS | {"bomb", "hit", "kill"}


def _known_mention(span: Span, known: Known) -> Mention:
    """A reference-list name; a media outlet takes a following "TV" or "Radio" as written."""
    doc = span.doc
    if known.kind == "media" and span.end < len(doc) and doc[span.end].text in MEDIA_SUFFIXES:
        span = Span(doc, span.start, span.end + 1, label="ORG")
    return replace(mention_of(span, "ORG"), kind=known.kind, canonical=known.name, listed=True)


# Capitalised words that end a broadcaster's name: "Al Masirah TV", "Tigray TV".
MEDIA_SUFFIXES = frozenset("TV Television Radio News".split())


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
    """Grow a name into the body it stands for: a country or demonym into its force, its
    government or a rebel group of its people ("US troops", "Ethiopia's military", "the Afghan
    government", "Libyan rebels"), a country or alliance into the coalition or forces it leads
    ("Saudi-led coalition", "NATO-led forces", "African Union troops"), a leader into the forces
    or government named after him ("Gaddafi's forces", "the Obama administration"), a place
    into the facility named after it ("Kabul airport"), a name into the broadcaster it heads
    ("Metro TV"). The grown span is labelled ORG (FAC for a facility)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    label = span.label_
    if (
        after is not None
        and after.text in MEDIA_SUFFIXES
        and label in {"GPE", "LOC", "FAC", "ORG", "PERSON"}
        and (after.text != "News" or label == "ORG")
    ):
        return Span(doc, span.start, span.end + 1, label="ORG")  # "Metro TV", "Tigray TV"
    led = _led_body(span)
    if led is not None:
        return Span(doc, span.start, led.i + 1, label="ORG")
    national = label in {"GPE", "NORP"}
    alliance = label == "ORG" and span.text.lower() in ALLIANCES
    head = _governing_noun(span)
    if head is not None:
        noun = head.lower_
        if (national or alliance) and (noun in lexicon.FORCE_NOUNS or _force_noun(head)):
            return Span(doc, span.start, head.i + 1, label="ORG")
        if national and noun in lexicon.FORCE_UNIT_NOUNS:
            return Span(doc, span.start, head.i + 1, label="ORG")
        if label in {"PERSON", "ORG", "NORP"} and noun in lexicon.FOLLOWER_NOUNS and head.i == span.end:
            return Span(doc, span.start, head.i + 1, label="NORP")  # "the Khallah family"
        if national and (noun in _ARMED_NOUNS or noun in lexicon.GOVERNMENT_NOUNS | lexicon.MINISTRY_NOUNS):
            return Span(doc, span.start, head.i + 1, label="ORG")
        if label == "NORP" and noun in lexicon.PEOPLE_NOUNS:
            return Span(doc, span.start, head.i + 1, label="NORP")
        if label == "PERSON" and (
            noun in lexicon.FORCE_NOUNS or noun in lexicon.GOVERNMENT_NOUNS or _force_noun(head)
        ):
            return Span(doc, span.start, head.i + 1, label="ORG")
    if after is not None and after.lower_ in lexicon.FACILITY_NOUNS and span.label_ in {"GPE", "LOC"}:
        return Span(doc, span.start, span.end + 1, label="FAC")
    return span


def _national_owner(span: Span) -> Span | None:
    """ "Nigerian" in the model's one entity "Nigerian Army", "Indonesian National Police": a
    country's force written as a name, with no word in between but institutional ones."""
    if span.label_ != "ORG" or len(span) < 2:
        return None
    if not (_force_noun(span[-1]) or span[-1].lower_ in lexicon.FORCE_NOUNS | lexicon.FORCE_UNIT_NOUNS):
        return None
    for n in range(len(span) - 1, 0, -1):
        owner = span[:n]
        if demonym_country(owner.text):
            middle = [t.lower_ for t in span[n:-1]]
            if all(w in lexicon.STATE_FORCE_WORDS for w in middle):
                return Span(span.doc, span.start, span.start + n, label="NORP")
            return None
    return None


def _force_noun(token: Token) -> bool:
    return token.lower_ in lexicon.POLICE_NOUNS or token.lower_ in lexicon.MILITARY_NOUNS


_ARMED_NOUNS = frozenset().union(*lexicon.ARMED_FAMILIES.values())


def _governing_noun(span: Span) -> Token | None:
    """The noun a name modifies right after it, a few modifiers apart: "Afghan" in "Afghan
    security forces", "Ethiopia" in "Ethiopia's military", "Gaddafi" in "Gaddafi's forces"."""
    doc = span.doc
    root = span.root
    head = root.head
    if (
        root.dep_ not in {"compound", "amod", "nmod", "poss"}
        or head.i < span.end
        or head.pos_
        not in {
            "NOUN",
            "PROPN",
        }
    ):
        after = doc[span.end] if span.end < len(doc) else None
        # The parser sometimes hangs "army" off the verb: "Congolese army spokesman".
        if after is not None and after.lower_ in lexicon.FORCE_NOUNS and span.label_ in {"GPE", "NORP"}:
            return after
        return None
    gap = [t for t in doc[span.end : head.i] if not (t.tag_ == "POS" or t.is_punct and t.text in {"'", "’"})]
    if len(gap) > 3 or not all(span.end <= t.head.i <= head.i for t in gap):
        return None
    if any(t.ent_type_ in {"PERSON", "GPE", "ORG"} and t.pos_ == "PROPN" for t in gap):
        return None  # "Ethiopia's Amhara militia" is the militia of Amhara, not of Ethiopia
    return head


def _led_body(span: Span) -> Token | None:
    """ "coalition" in "Saudi-led coalition", "forces" in "NATO-led forces"."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text not in {"-", "–"}:
        return None
    participle = doc[span.end + 1]
    if participle.lower_ != "led":
        return None
    for token in doc[span.end + 2 : min(len(doc), span.end + 5)]:
        if token.lower_ in {"coalition", "alliance"} or token.lower_ in lexicon.FORCE_NOUNS:
            return token
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} or token.ent_type_:
            return None
    return None


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
        if span.label_ not in SOFT_LABELS:
            taken[span.start : span.end] = [True] * len(span)
    found = list(spans)

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def add(span: Span) -> None:
        taken[span.start : span.end] = [True] * len(span)
        # A product or work the model saw in a person's name ("Abdulahi Ibrahim") gives way.
        found[:] = [
            s for s in found if not (s.label_ in SOFT_LABELS and s.start < span.end and span.start < s.end)
        ]
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
        elif not bare and _told(run):
            add(Span(doc, run.start, run.end, label="ORG"))  # "told the Star"
    for i in _handles(doc):
        if free(i, i + 1):
            add(Span(doc, i, i + 1, label="PERSON"))  # "Twitter user @someone"
    return sorted(found, key=lambda span: span.start)


# Labels of things, not participants: where a name's context says person or place, they give way.
SOFT_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


def _handles(doc: Doc) -> list[int]:
    """Tokens that are social-media handles: "@someone"."""
    if "@" not in docindex.text(doc):
        return []
    words = docindex.index(doc).words
    return [
        i
        for i, word in enumerate(words)
        if word[:1] == "@" and len(word) > 2 and word[1:].replace("_", "").isalnum()
    ]


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
                found.append(mention_of(Span(doc, start, start + len(stem), label="ORG"), "ORG"))
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


def _pool_evidence(spans: list[Span], labelled: set[tuple[int, int]]) -> dict[str, Counter]:
    """Votes per name key: one for each label the model gave (a repeat found by string match
    has none of its own), more for each contextual cue."""
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
        if (span.start, span.end) not in labelled:
            continue
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
        # A subject of "said" is someone or some body, not a place; a one-word one either.
        if len(span) > 1:
            yield PERSON, WEAK
        else:
            yield PERSON, WEAK / 2
            yield ORG, WEAK / 2


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


def _apposition_head(span: Span) -> str | None:
    """The head noun of an apposition to the name, by the parse: "Vysota, a local news agency"."""
    for token in span.doc[span.end : min(len(span.doc), span.end + 8)]:
        if token.dep_ == "appos" and span.start <= token.head.i < span.end:
            return token.lower_
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


def mention_of(span: Span, label: str) -> Mention:
    """A mention of ``span`` under ``label``, with what its context says about it."""
    doc = span.doc
    root = span.root
    after = doc[span.end] if span.end < len(doc) else None
    agent = root.dep_ in {"nsubj", "nsubjpass", "poss"} or (
        root.dep_ == "conj" and root.head.dep_ in {"nsubj", "nsubjpass"}
    )
    media_cue = (
        (span.start > 0 and doc[span.start - 1].lower_ in lexicon.MEDIA_CUES)
        # "the Civil Defence agency", "the refugee agency" are not news agencies
        or (after is not None and after.lower_ in lexicon.MEDIA_CUES and after.lower_ != "agency")
        or _titled_source(span)
        or _apposition_head(span) in lexicon.MEDIA_CUES
        or _told(span)
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
        reports=_speaks(span) and root.head.lemma_.lower() in {"report", "reveal"},
        speaks=_speaks(span),
        acts=_acts(span),
    )


def _told(span: Span) -> bool:
    """ "told Reuters", "told the Star": a one-word name that a source talks to is an outlet
    (people told something are named in full or by title)."""
    root = span.root
    if root.dep_ not in {"dobj", "dative"} or root.head.lemma_.lower() != "tell" or span.label_ == "PERSON":
        return False
    if len(span) > 2 or span.label_ in lexicon.PLACE_LABELS and country(span.text):
        return False
    return not any(c.dep_ in {"compound", "amod"} and c.i < span.start for c in root.children)


def _titled_source(span: Span) -> bool:
    """ "according to The Cable": a capitalised "The" inside a sentence belongs to a title, and a
    titled name that is a source is a publication."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "The" or doc[span.start - 1].is_sent_start:
        return False
    root = span.root
    head = root.head
    return (
        (root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according")
        or _told(span)
        or _speaks(span)
    )


def _acts(span: Span) -> bool:
    """The name stands for someone acting rather than for a location: the subject of a verb,
    the agent of a passive, the possessor of something other than geography, the modifier of an
    official, a strike or a force ("U.S. officials", "an Israeli strike"), the object of a verb
    of politics ("accused Israel"), a party to talks or war ("talks with Russia"), the one that
    leads or backs ("Iran-backed")."""
    doc = span.doc
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text in {"-", "–"}
        and doc[span.end + 1].lower_ in lexicon.STATE_PARTICIPLES
    ):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "Saudi Arabia, the United States and the UK insist": the first's role
    dep, head = root.dep_, root.head
    lemma = head.lemma_.lower()
    geography = lexicon.PLACE_NOUNS | lexicon.GEOGRAPHY_NOUNS | lexicon.FACILITY_NOUNS
    if dep == "nsubj":
        return True
    if dep == "nsubjpass":
        return lemma not in lexicon.ATTACK_WORDS | lexicon.MOVEMENT_VERBS | {
            "hit",
            "affect",
            "rock",
            "strike",
        }
    if dep == "pobj":
        if head.dep_ == "agent":
            return True
        if head.lower_ in {"for", "of"} and head.head.lemma_.lower() in lexicon.PERSON_ROLES:
            return True  # "a spokesman for the embassy", "the presidents of Russia and the US"
        return head.lower_ in lexicon.RELATION_PREPOSITIONS and head.head.lower_ not in geography
    if dep == "poss":
        return head.lower_ not in geography
    if dep in {"compound", "amod", "nmod"} and head.i >= span.end:
        return lemma in lexicon.STATE_ACTION_NOUNS or lemma in lexicon.ATTACK_WORDS
    if dep == "dobj":
        return lemma in lexicon.POLITICAL_VERBS
    return False


def _grown_mention(owner: Span, grown: Span) -> Mention:
    """A name grown into the body it stands for, with that body's identity and kind."""
    mention = mention_of(grown, grown.label_)
    if grown.label_ in {"FAC", "NORP"}:
        return mention
    canonical, kind = _identity(owner, grown)
    return replace(mention, canonical=canonical, kind=kind, acts=mention.acts or kind == "government")


def _identity(owner: Span, grown: Span) -> tuple[str | None, str | None]:
    """Canonical name (None: as written) and kind of a grown name. A country's forces are one
    actor per branch ("Iraqi police", "Iraqi forces"); its government is the country itself."""
    noun = grown[-1]
    word = noun.lower_
    text = " ".join(owner.text.split()).removesuffix("'s").removesuffix("’s")
    origin = (demonym_country(text) or country_of_capital(text)) if owner.label_ in {"GPE", "NORP"} else None
    people = demonym(origin) if origin else text
    if noun.text in MEDIA_SUFFIXES and grown.end == owner.end + 1:
        return None, "media"
    if word in {"coalition", "alliance"}:
        return f"{people}-led coalition", "state_force"
    if owner.label_ == "PERSON":
        if word in lexicon.GOVERNMENT_NOUNS:
            return None, "government"
        return f"{text.split()[-1]} forces", "state_force"
    if word in lexicon.POLICE_NOUNS or any(t.lower_ in lexicon.POLICE_NOUNS for t in grown[len(owner) :]):
        return f"{people} police", "state_force"
    if any(t.lower_ in {"paramilitary", "paramilitaries"} for t in grown[len(owner) :]):
        return f"{people} paramilitary forces", "state_force"  # not the army: "Indian paramilitary personnel"
    if word in lexicon.FORCE_NOUNS or word in lexicon.MILITARY_NOUNS or word in lexicon.FORCE_UNIT_NOUNS:
        if owner.label_ == "ORG":
            return None, "state_force"  # "African Union troops", "NATO forces"
        return f"{people} forces", "state_force"
    if word in _ARMED_NOUNS:
        return None, "armed_group"
    if word in lexicon.GOVERNMENT_NOUNS and origin:
        return origin, "government"
    return None, "government"


def demonym_country(text: str) -> str | None:
    """The country behind a demonym or a country-name modifier, if any."""
    return country_of_demonym(text) or country(text)
