"""Named-entity mentions from a spaCy Doc, made consistent across the document.

The small English model labels the same name differently from one sentence to the next
("Panjshir" GPE once, ORG twice) and misreads unfamiliar names ("Fahim Dashti" ORG). Each
mention here gathers evidence from its context in the parse (a place noun after it, a role
noun in apposition, a title before it, a locative preposition governing it); the evidence
of all mentions of one name is pooled, and every mention gets the label the document as a
whole supports.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.attrs import POS
from spacy.tokens import Doc, Span

from . import bodies, docindex, lexicon
from .display import in_capitals
from .gazetteer import country, country_of_demonym
from .known_names import Known, find_known
from .roles import (
    acts,
    alliance_in_arms,
    apposition_noun,
    armed_context,
    dateline,
    locative,
    media_apposition,
    previous_word,
    speaks,
    titled_source,
    told,
)

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
    modifier: bool = False  # an adjective or compound before a noun ("Chadian capital")
    group_noun: str | None = None  # "fighters" in "Zamani Front fighters"
    media_cue: bool = False  # "the network CNN", "told Reuters"
    reports: bool = False  # the subject of "reported" (an outlet, or a body publishing a finding)
    speaks: bool = False  # the subject of a reporting verb
    role: str | None = None  # "spokesman" in "Fahim Dashti, spokesman for ..." or "spokesman Fahim Dashti"
    acts: bool = False  # in an actor's role: subject, agent, possessor, "X-led", "X officials"
    kind: str | None = None  # the kind the mention itself settles (a listed name, a description)
    canonical: str | None = None  # the actor's name where the mention itself settles it
    listed: bool = False  # the name is in a reference list (``known_actors``)
    credited: bool = False  # named in a byline or credit: the report's author, not its story


def find_mentions(doc: Doc, credited: Iterable[Mention] = ()) -> list[Mention]:
    """Every entity mention in ``doc``, trimmed, extended and relabelled consistently.
    ``credited`` are people a byline credits (``bylines``): they replace what the model made
    of those words ("Ana RuizEditing")."""
    credited = list(credited)
    ents = tuple(e for e in doc.ents if _uncredited(credited, e.start_char, e.end_char))
    known = _known_names(doc, ents)
    known_at = {(k.start, k.end): k for k in known}
    names = _names(doc, ents, known)
    labelled = {(span.start, span.end) for span in names}
    names = _recall(doc, sorted(names, key=lambda span: span.start))
    spans = [
        (span, span) if (span.start, span.end) in known_at else (span, bodies.extend(span)) for span in names
    ]
    evidence = _pool_evidence(
        [
            span
            for span, grown in spans
            if grown is span and not _is_demonym(span) and (span.start, span.end) not in known_at
        ],
        labelled,
    )
    mentions = [
        mention
        for span, grown in spans
        for mention in _span_mentions(span, grown, known_at.get((span.start, span.end)), evidence)
    ]
    return [m for m in mentions if _uncredited(credited, m.start, m.end)] + credited


def _uncredited(credited: list[Mention], start: int, end: int) -> bool:
    """Clear of every byline's name: those words are the credited person's, not the model's."""
    return not any(m.start < end and start < m.end for m in credited)


def _known_names(doc: Doc, ents: tuple[Span, ...]) -> list[Known]:
    """The listed names in ``doc``, except one inside a body the model named as a whole."""
    starts = [e.start for e in ents]
    return [k for k in find_known(doc) if not _inside_body(ents, starts, k)]


def _names(doc: Doc, ents: tuple[Span, ...], known: list[Known]) -> list[Span]:
    """The model's entities trimmed to the name and kept clear of the listed names, which
    join them as organisations."""
    listed = {i for k in known for i in range(k.start, k.end)}
    # A name has a capital letter: the small model's lower-case "persons" ("stray shells") are not names.
    trimmed = [
        span
        for span in (_outside(_trim(ent), listed) for ent in ents)
        if span is not None
        and (
            span.label_ not in lexicon.ACTOR_LABELS
            or any(t.text[:1].isupper() or t.text.startswith("@") for t in span)
        )
    ]
    # "the Army", "Police" at a sentence start: descriptions, not names (``descriptions`` reads them)
    trimmed = [span for span in _split_titled(trimmed) if not all(t.lower_ in _GENERIC for t in span)]
    trimmed = _outside_capitals(trimmed)
    return trimmed + [Span(doc, k.start, k.end, label="ORG") for k in known]


def _span_mentions(
    span: Span, grown: Span, listed_as: Known | None, evidence: dict[str, Counter]
) -> list[Mention]:
    """The mentions one name makes: as listed, as the body it grew into, as its country's
    force, or as the label the document's evidence supports."""
    if listed_as is not None:
        return [_known_mention(span, listed_as)]
    if grown is not span:
        found = [_grown_mention(span, grown)]
        if span.label_ == "PERSON":
            found.append(mention_of(span, "PERSON"))  # the leader himself, besides his forces
        return found
    owner = bodies.national_owner(span)
    if owner is not None:
        return [_grown_mention(owner, span)]  # "Ghanaian Army", as "Ghanaian soldiers"
    return [_labelled_mention(span, evidence)]


def _labelled_mention(span: Span, evidence: dict[str, Counter]) -> Mention:
    """A name with the label its form or the document's evidence gives it."""
    label = span.label_
    if _is_demonym(span):
        label = "NORP"  # the model sometimes calls "Ukrainian" a GPE
    elif span.text.startswith("@"):
        label = "PERSON"  # a handle is someone's account
    elif label in lexicon.ACTOR_LABELS:
        label = _consistent_label(span, evidence[_key(span)])
    mention = mention_of(span, label)
    if label == "ORG" and alliance_in_arms(span):
        mention = replace(mention, kind="state_force")
    return mention


_GENERIC = lexicon.POLICE_NOUNS | lexicon.MILITARY_NOUNS | lexicon.GOVERNMENT_NOUNS


def _outside_capitals(spans: list[Span]) -> list[Span]:
    """In a line set in capitals ("SHE SAID SHE SAW THE PLANE") the model takes words for names;
    there a name counts only if the model also found it in ordinary type."""
    if not spans:
        return spans
    text = docindex.text(spans[0].doc)

    def capitals(span: Span) -> bool:
        start = text.rfind("\n", 0, span.start_char) + 1
        end = text.find("\n", span.end_char)
        return in_capitals(text[start : end if end >= 0 else len(text)])

    shouted = [capitals(span) for span in spans]
    if not any(shouted):
        return spans
    ordinary = {span.text.lower() for span, caps in zip(spans, shouted, strict=True) if not caps}
    return [
        span for span, caps in zip(spans, shouted, strict=True) if not caps or span.text.lower() in ordinary
    ]


def _inside_body(ents: tuple[Span, ...], starts: list[int], known: Known) -> bool:
    """ "Taliban" in the model's "Taliban Cultural Commission": a body of the group, named as a
    whole, not the group itself."""
    # Entities do not overlap: the one that may hold the name is the last to start at or before it.
    at = bisect_right(starts, known.start) - 1
    ent = ents[at] if at >= 0 and known.end <= ents[at].end else None
    if ent is None or ent.label_ not in {"ORG", "FAC"} or (ent.start, ent.end) == (known.start, known.end):
        return False
    last = ent[-1].lower_
    return ent.end > known.end and (
        last in lexicon.ORGANIZATION_HEADS
        or last in lexicon.ORG_HEADS["government"]
        or last in lexicon.ORG_HEADS["media"]
    )


def _split_titled(spans: list[Span]) -> list[Span]:
    """ "Defence Minister of the TNC Selim Varga": the model's one entity is the body's
    acronym and then a person, named after a title."""
    found = []
    for span in spans:
        doc = span.doc
        first = span[0]
        if (
            3 <= len(span) <= 4
            and span.label_ in lexicon.ACTOR_LABELS
            and 2 <= len(first) <= 6
            and first.is_upper
            and first.is_alpha
            and all(t.pos_ == "PROPN" and t.text.istitle() for t in span[1:])
            and any(
                t.lower_.rstrip(".") in lexicon.PERSON_TITLES or t.lower_ in lexicon.PERSON_ROLES
                for t in doc[max(0, span.start - 4) : span.start]
            )
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


def _known_mention(span: Span, known: Known) -> Mention:
    """A reference-list name; a media outlet takes a following "TV" or "Radio" as written."""
    doc = span.doc
    if known.kind == "media" and span.end < len(doc) and doc[span.end].text in lexicon.MEDIA_SUFFIXES:
        span = Span(doc, span.start, span.end + 1, label="ORG")
    return replace(mention_of(span, "ORG"), kind=known.kind, canonical=known.name, listed=True)


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
    if span.label_ == "PERSON":
        # The model sometimes leaves a first name out: "the TNC Selim Varga" -> "Varga".
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text.istitle()
            and doc[start - 1].dep_ == "compound"
            and start <= doc[start - 1].head.i < end
            and not doc[start - 1].ent_type_
            and doc[start - 1].lower_.rstrip(".") not in lexicon.PERSON_TITLES
            and doc[start - 1].lower_ not in lexicon.PERSON_ROLES
        ):
            start -= 1
    return Span(doc, start, end, label=span.label_)


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
        if span.label_ not in lexicon.SOFT_LABELS:
            taken[span.start : span.end] = [True] * len(span)
    found = list(spans)
    # A product or work the model saw in a person's name gives way to the name: which of them
    # covers each token, so that adding a name drops them without a scan.
    soft_at = {
        i: k for k, s in enumerate(found) if s.label_ in lexicon.SOFT_LABELS for i in range(s.start, s.end)
    }
    dropped: set[int] = set()

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def add(span: Span) -> None:
        taken[span.start : span.end] = [True] * len(span)
        dropped.update(soft_at[i] for i in range(span.start, span.end) if i in soft_at)
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
        elif not bare and told(run):
            add(Span(doc, run.start, run.end, label="ORG"))  # "told the Sentinel"
        elif armed_context(run):
            add(Span(doc, run.start, run.end, label="ORG"))  # "the Kata'ib Noor claimed responsibility"
        elif run[-1].text in lexicon.MEDIA_SUFFIXES and len(run) > 1 or _after_media_noun(run):
            add(Span(doc, run.start, run.end, label="ORG"))  # "the local broadcaster Lakeside TV"
    for i in _handles(doc):
        if free(i, i + 1):
            add(Span(doc, i, i + 1, label="PERSON"))  # "the account @someone"
    return sorted((s for k, s in enumerate(found) if k not in dropped), key=lambda span: span.start)


def _after_media_noun(span: Span) -> bool:
    """ "the broadcaster X", "the newspaper X": a name right after a noun of the media."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in lexicon.MEDIA_CUES and before.pos_ == "NOUN"


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
        span = docindex.char_span(doc, mention.start, mention.end)
        if span is not None:
            taken.update(range(span.start, span.end))
    found = []
    for mention in mentions:
        words = mention.text.split()
        if mention.label != "ORG" or len(words) < 2 or words[-1].lower() not in lexicon.GROUP_HEADS:
            continue
        if not all(w[:1].isupper() for w in words[:-1]):
            continue
        stem = [t.text for t in docindex.char_span(doc, mention.start, mention.end)][:-1]
        for start in _occurrences(doc, stem):
            if not taken & set(range(start, start + len(stem))):
                taken.update(range(start, start + len(stem)))
                found.append(mention_of(Span(doc, start, start + len(stem), label="ORG"), "ORG"))
    return found


def _occurrences(doc: Doc, words: list[str]) -> Iterable[int]:
    return docindex.occurrences(doc, words)


def _proper_noun_runs(doc: Doc) -> Iterable[Span]:
    """Maximal runs of capitalised proper nouns ("Tal Afar"), hyphens kept inside."""
    # One array export of the tags instead of a Token object per token.
    propn = doc.vocab.strings["PROPN"]
    tags = doc.to_array([POS]).tolist() if len(doc) else []
    words = docindex.index(doc).words
    start = None
    for i, (tag, word) in enumerate(zip(tags, words, strict=True)):
        if tag == propn and word[:1].isupper():
            if start is None:
                start = i
        elif start is not None:
            yield Span(doc, start, i)
            start = None
    if start is not None:
        yield Span(doc, start, len(doc))


# -- evidence -----------------------------------------------------------------------------------------


def _pool_evidence(spans: list[Span], labelled: set[tuple[int, int]]) -> dict[str, Counter]:
    """Votes per name key: one for each label the model gave (a repeat found by string match
    has none of its own), more for each contextual cue."""
    long_person_words = {
        t.lower_ for span in spans if span.label_ == "PERSON" and len(span) > 1 for t in span
    }
    surnames = {span[-1].lower_ for span in spans if span.label_ == "PERSON" and len(span) > 1}
    votes: dict[str, Counter] = defaultdict(Counter)
    for span in spans:
        if span.label_ not in lexicon.ACTOR_LABELS:
            continue
        tally = votes[_key(span)]
        for cls, weight in _cues(span):
            tally[cls] += weight
        if len(span) == 1 and span[0].lower_ in surnames and country(span.text) is None:
            # "Malam Sani Garba ... For Garba, ...": a person named again by surname, whatever
            # label the model gave the lone word.
            tally[PERSON] += STRONG
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


def _aged(span: Span) -> bool:
    """ "NAME, 54," or "NAME, 54." : an age in apposition."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return False
    age, after = doc[span.end + 1], doc[span.end + 2]
    return age.text.isdigit() and 0 < int(age.text) <= lexicon.OLDEST_AGE and after.text in {",", "."}


def _cues(span: Span) -> Iterable[tuple[str, float]]:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = previous_word(span)
    last = span[-1]

    # "Panjshir province", "the Andarab valley", "Panjshir Valley"
    if (after is not None and after.lower_ in lexicon.PLACE_NOUNS) or (
        len(span) > 1 and last.lower_ in lexicon.PLACE_NOUNS
    ):
        yield PLACE, STRONG
    # "valley of Baghlan", "districts of Andarab"; weaker: "the people of X", "the edge of X"
    if before is not None and before.lower_ == "of" and before.i > 0:
        owner = doc[before.i - 1].lower_
        if owner in lexicon.PLACE_NOUNS:
            yield PLACE, STRONG
        elif owner in lexicon.INHABITANT_NOUNS:
            yield PLACE, 1.5
    where = locative(span)
    if where:
        # "from" also introduces sources ("a statement from X"): it counts for less.
        yield PLACE, WEAK if where == "from" else 1.5
    # "Fahim Dashti, spokesman for ...", "Baba Shirin, a resident of the area",
    # "Talvik, the provincial capital", "Tessit, the capital of the region"
    noun = apposition_noun(span)
    if noun in lexicon.PERSON_ROLES:
        yield PERSON, STRONG
    elif noun in lexicon.PLACE_NOUNS:
        yield PLACE, STRONG
    # "Fatima Abdala, 34, a fish trader": a name with an age is a person
    if _aged(span):
        yield PERSON, STRONG
    # "Gen. Mark Milley", "spokesman Zabihullah Mujahid"
    if before is not None and (
        before.lower_.rstrip(".") in lexicon.PERSON_TITLES or before.lower_ in lexicon.PERSON_ROLES
    ):
        yield PERSON, STRONG
    if len(span) > 1 and last.lower_ in lexicon.FACILITY_NOUNS:
        yield PLACE, STRONG  # "Jomo Kenyatta International Airport"
    elif len(span) > 1 and any(last.lower_ in heads for heads in lexicon.ORG_HEADS.values()):
        yield ORG, STRONG
    if after is not None and (
        after.lower_ in lexicon.ARMED_GROUP_NOUNS or after.lower_ in {"group", "spokesman"}
    ):
        yield ORG, 1.5  # "ELN rebels", "ISWAP fighters", "Hezbollah spokesman"
    if span.start > 0 and doc[span.start - 1].lower_ == "the" and span.label_ == "PERSON":
        yield ORG, 1.5  # people take no article: "the Kurds", "the Druze" are groups
    if armed_context(span):
        yield ORG, STRONG  # "fighters of X", "X claimed responsibility": a group
    if dateline(span):
        yield PLACE, STRONG  # "JUBA (Reuters) -": where the report was filed
    if speaks(span):
        # A subject of "said" is someone or some body, not a place; a one-word one either.
        if len(span) > 1:
            yield PERSON, WEAK
        else:
            yield PERSON, WEAK / 2
            yield ORG, WEAK / 2


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


def described_mention(span: Span, canonical: str, kind: str) -> Mention:
    """A mention of an actor the text describes ("the police"), whose identity and kind are
    settled: only the roles the analysis reads from it (it is no antecedent for "they")."""
    root = span.root
    talks = speaks(span)
    return Mention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        label="ORG",
        locative=locative(span) is not None or root.dep_ == "pobj",
        modifier=root.dep_ in {"amod", "compound", "nmod"} and root.head.i >= span.end,
        reports=talks and root.head.lemma_.lower() in {"report", "reveal"},
        speaks=talks,
        acts=kind == "government" or acts(span),
        kind=kind,
        canonical=canonical,
    )


def mention_of(span: Span, label: str) -> Mention:
    """A mention of ``span`` under ``label``, with what its context says about it."""
    if label not in lexicon.ACTOR_LABELS:
        return Mention(start=span.start_char, end=span.end_char, text=span.text, label=label)
    doc = span.doc
    root = span.root
    after = doc[span.end] if span.end < len(doc) else None
    talks = speaks(span)
    agent = (
        root.dep_ in {"nsubj", "nsubjpass", "poss"}
        or (root.dep_ == "conj" and root.head.dep_ in {"nsubj", "nsubjpass"})
    ) and not dateline(span)  # "MOGADISHU, Somalia -" the parser may take for a subject
    media_cue = (
        (span.start > 0 and doc[span.start - 1].lower_ in lexicon.MEDIA_CUES)
        # "the border agency", "the relief agency" are not news agencies
        or (after is not None and after.lower_ in lexicon.MEDIA_CUES and after.lower_ != "agency")
        or titled_source(span)
        or media_apposition(span)
        or told(span)
    )
    group_noun = after.lower_ if after is not None and after.lower_ in lexicon.ARMED_GROUP_NOUNS else None
    if after is not None and after.lower_ == "armed" and span.end + 1 < len(doc):
        group_noun = "armed " + doc[span.end + 1].lower_
    group_noun = group_noun or armed_context(span)
    role = apposition_noun(span)
    before = previous_word(span)
    if role not in lexicon.PERSON_ROLES:
        role = before.lower_ if before is not None and before.lower_ in lexicon.PERSON_ROLES else None
    if role is None and root.dep_ == "appos" and root.head.lower_ in lexicon.PERSON_ROLES:
        role = root.head.lower_  # "A militia commander, Tomas Arce, ..."
    return Mention(
        role=role if label == "PERSON" else None,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        label=label,
        agent=agent,
        locative=locative(span) is not None or root.dep_ == "pobj",
        modifier=root.dep_ in {"amod", "compound", "nmod"} and root.head.i >= span.end,
        group_noun=group_noun,
        media_cue=media_cue,
        reports=talks and root.head.lemma_.lower() in {"report", "reveal"},
        speaks=talks,
        acts=label != "PERSON" and acts(span),  # only a body or a country acts for another's kind
    )


def _grown_mention(owner: Span, grown: Span) -> Mention:
    """A name grown into the body it stands for, with that body's identity and kind."""
    mention = mention_of(grown, grown.label_)
    if grown.label_ in {"FAC", "NORP"}:
        return mention
    canonical, kind = bodies.identity(owner, grown)
    return replace(mention, canonical=canonical, kind=kind, acts=mention.acts or kind == "government")
