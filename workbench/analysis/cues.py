"""Reporting cues: which words attribute a statement, and which words are the statement.

A cue is a reporting or denial verb ("said", "denied"), a verb whose object is an act of
speech ("traded blame"), or "according to". The statement a verb reports is its clausal
complement ("said that ..."), its object for verbs that take one ("confirmed the deaths"),
or, when the attribution closes the sentence ("..., officials said"), what precedes it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import docindex, lexicon_casualties, lexicon_claims


def is_reporting(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if lemma in lexicon_claims.CALL_LIKE:
        return _calls(token)
    if lemma in lexicon_claims.DESCRIBE_LIKE:
        return _describes(token)
    return (
        lemma in lexicon_claims.REPORTING_VERBS
        or lemma in lexicon_claims.DENIAL_VERBS
        or speech_object(token) is not None
    )


def conditional(verb: Token) -> str | None:
    """Verbs that report only with the right subject: "belief" (think, believe), "perception"
    (saw, counted) or "showing" (a video showed): which of them ``verb`` is, if any."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = verb.lemma_.lower()
    if lemma in lexicon_claims.REPORTING_VERBS or lemma in lexicon_claims.DENIAL_VERBS:
        return None  # reporting whoever does it
    if lemma in lexicon_claims.BELIEF_VERBS and not passive(verb):
        return "belief"
    if lemma in lexicon_claims.PERCEPTION_VERBS and not passive(verb):
        return "perception"
    if lemma in lexicon_claims.SHOWING_VERBS:
        return "showing"
    return None


def reports_here(verb: Token) -> bool:
    """Whether a reporting verb reports a statement made, rather than one to come ("are set to
    announce", "will say"), a free relative ("what the army called a mistake") or nobody's
    ("No one has claimed responsibility")."""
    children = list(verb.children)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon_claims.NOT_YET_VERBS:
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not hearsay(verb):
        return False  # "a clip shared by the ministry": a detail of the clip, not a statement
    if (
        verb.dep_ == "acl"
        and verb.head.dep_ == "dobj"
        and verb.head.head.lemma_.lower() in lexicon_claims.DENIAL_VERBS
    ):
        return False  # "dismissed the rumours claiming ...": part of the denial
    if any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "shall"} for c in children):
        return False
    if any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.tag_ == "WP" and c.i < verb.i for c in children):
        return False  # "what the group said was its last post", "what the navy called an error"
    for subject in (c for c in children if c.dep_ in {"nsubj", "nsubjpass"}):
        words = " ".join(t.lower_ for t in subject.subtree)
        if words in lexicon_claims.NOBODY or subject.lower_ in lexicon_claims.NOBODY:
            return False
        if any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
            return False  # "no group has claimed responsibility"
        if subject.lower_ == "you":
            return False  # "you'll recall that ...": the reader addressed
    return True


def _calls(verb: Token) -> bool:
    """ "called the raid an act of terror", "called for calm", "called on both sides to ...";
    not "a group called X" or "called in air support"."""
    children = list(verb.children)
    if any(c.dep_ == "prt" for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in children):
        return True
    return any(c.dep_ == "oprd" for c in children) and any(c.dep_ == "dobj" for c in children)


def _describes(verb: Token) -> bool:
    children = list(verb.children)
    if any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in children):
        return True
    if any(c.dep_ == "ccomp" for c in children):
        return True
    # "described accounts of abuses", "labelled the opposition's account “propaganda”" (which
    # the parser reads as one phrase): an object with more to it than an article.
    return any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in lexicon_claims.DENIAL_LABELS
            or any(g.dep_ in {"prep", "nmod", "poss", "acl", "relcl"} for g in c.children)
        )
        for c in children
    )


def speech_object(verb: Token) -> Token | None:
    """ "traded blame", "voiced alarm", "put the toll at 30": the object that is an act of speech."""
    lemma = verb.lemma_.lower()
    objects = lexicon_claims.SPEECH_ACTS.get(lemma)
    if objects is None:
        return None
    if lemma in lexicon_claims.ESTIMATE_VERBS and not any(
        c.dep_ == "prep" and c.lower_ == "at" for c in verb.children
    ):
        return None  # "put the figure at 30" states a figure; "put the figure on the wall" does not
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in objects), None)


def passive(verb: Token) -> bool:
    """ "were reported", "is said to be", "a clip said to show the harbour"."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN"
    )


def hearsay(verb: Token) -> bool:
    """A passive of hearsay with no source: "is said to be", "were reported", "is thought";
    not a name ("known as the Eastern Shield")."""
    children = list(verb.children)
    return (
        passive(verb)
        and verb.lemma_.lower() in lexicon_claims.HEARSAY_VERBS
        and not any(c.dep_ == "agent" for c in children)
        and not any(c.dep_ == "prep" and c.lower_ == "as" for c in children)
    )


def content(verb: Token) -> tuple[int, int] | None:
    """Character span of what a reporting verb reports."""
    doc = verb.doc
    charge = _charge(verb)
    if charge is not None:
        return char_span(doc, charge.left_edge.i, verb.i + 1)
    parts = _reported_clauses(verb)
    if not parts and hearsay(verb):
        # "Some 60 people were reported hurt", "most villagers are said to rely on aid": the
        # clause itself; "a clip said to show the harbour": the phrase.
        tokens = list((verb.head if verb.dep_ == "acl" else verb).subtree)
        return char_span(doc, tokens[0].i, tokens[-1].i + 1)
    if not parts and (verb.lemma_.lower() in lexicon_claims.OBJECT_CLAIM_VERBS or conditional(verb)):
        parts = _object_side(verb)
    if not parts:
        parts = _document_clause(verb)
    if not parts and speech_object(verb) is not None:
        # "Armenia and Azerbaijan trade blame over the clashes": the whole sentence is the claim.
        return char_span(doc, verb.sent.start, verb.sent.end)
    if parts:
        return _statement(parts)
    return _report_before(verb)


def _charge(verb: Token) -> Token | None:
    """ "an accusation the militia has always rejected", "a charge Kigali denies": the charge
    the verb answers, which is what it reports."""
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in lexicon_claims.CLAIM_NOUNS:
        return verb.head
    fronted = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.i < verb.i and c.lemma_.lower() in lexicon_claims.CLAIM_NOUNS
    ]
    return fronted[0] if fronted else None


def _reported_clauses(verb: Token) -> list[Token]:
    """The clauses the verb reports; a clause before the verb across a semicolon is another
    sentence, not what it reports."""
    words = docindex.index(verb.doc).words
    return [
        c for c in verb.children if c.dep_ == "ccomp" and not (c.i < verb.i and ";" in words[c.i : verb.i])
    ]


def _document_clause(verb: Token) -> list[Token]:
    """ "said in a statement that ...", "said in a televised address and a written note that
    ...": the parser hangs the clause on the document."""
    return [
        clause
        for prep in verb.children
        if prep.dep_ == "prep" and prep.i > verb.i
        for clause in prep.subtree
        if clause.dep_ in {"acl", "relcl", "ccomp"}
        and clause.head.lemma_.lower() in lexicon_claims.DOCUMENT_NOUNS
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
    ][:1]


def _statement(parts: list[Token]) -> tuple[int, int] | None:
    """The span of the reported clauses: a trailing "according to X" is the chain, not the
    statement; "..., while another official said ..." is another claim."""
    relay = {t.i for part in parts for a in part.subtree if a.lower_ == "according" for t in a.subtree}
    others = {t.i for part in parts for t in _other_claims(part)}
    tokens = [t for part in parts for t in part.subtree if t.i not in relay | others]
    if not tokens:
        return None
    first = min(t.i for t in tokens)
    last = max(t.i for t in tokens)
    cut = min((i for i in others if first < i <= last), default=last + 1)
    return char_span(parts[0].doc, first, cut)


def _report_before(verb: Token) -> tuple[int, int] | None:
    """ "Fighting resumed overnight, officials said.": the report precedes its attribution."""
    doc, sent = verb.doc, verb.sent
    clause = clause_start(verb)
    subject = nearest_subject(verb)
    inverted = subject is None or subject.i >= clause.i  # ", officials said" / ", said X"
    if inverted and clause.i > sent.start + 2 and doc[clause.i - 1].text == ",":
        return char_span(doc, sent.start, clause.i - 1)
    return None


_REPORTING_LEMMAS = (
    lexicon_claims.REPORTING_VERBS | lexicon_claims.DENIAL_VERBS | lexicon_claims.SPEECH_ACT_VERBS
)


def _other_claims(part: Token) -> list[Token]:
    """Tokens of reporting clauses coordinated inside a statement with a source of their own:
    "nine guards were hurt, whereas a hospital worker said ..."."""
    found = []
    doc, lemmas = part.doc, docindex.index(part.doc).lemmas
    # Only reporting words in the subtree's stretch of tokens are looked at, each checked to be
    # in the subtree (a relative pronoun can put a word of another clause inside the stretch).
    for i in range(part.left_edge.i, part.right_edge.i + 1):
        if lemmas[i] not in _REPORTING_LEMMAS or i == part.i:
            continue
        token = doc[i]
        if (
            token.dep_ in {"conj", "advcl", "relcl"}
            and part.is_ancestor(token)
            and is_reporting(token)
            and (token.tag_ == "VBG" or any(c.dep_ == "nsubj" for c in token.children))
        ):
            # "..., a charge the militia denies": the charge goes with its denial.
            owner = token.head if token.dep_ == "relcl" else token
            if token.dep_ == "relcl" and owner.lemma_.lower() not in lexicon_claims.CLAIM_NOUNS:
                owner = token
            found += list(owner.subtree)
    return found


def _object_side(verb: Token) -> list[Token]:
    """The object of an object verb and what completes it: "condemned the strikes", "urged
    residents to stay indoors", "called the raid an act of terror", "called for calm"."""
    parts = [c for c in verb.children if c.dep_ in {"dobj", "xcomp", "pcomp", "oprd"} and c.i > verb.i]
    if verb.lemma_.lower() in lexicon_claims.THREAT_VERBS and all(
        c.dep_ == "dobj" and _someone(c) for c in parts
    ):
        return []  # "the gangs have threatened his family": an act against people, not a statement
    preps = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.i > verb.i and c.lower_ in lexicon_claims.CONTENT_PREPOSITIONS
    ]
    if parts:
        # "accused the militia of burning the depot": a preposition that completes the object.
        parts += [p for p in preps if p.lower_ not in {"to"} or verb.lemma_.lower() == "call"][:1]
    else:
        parts = preps[:1]
    return parts


def _someone(noun: Token) -> bool:
    """A person or people: a pronoun, a person's name, a noun for people or a family."""
    return (
        noun.pos_ == "PRON"
        or noun.ent_type_ in {"PERSON", "NORP"}
        or noun.lemma_.lower() in lexicon_casualties.PERSON_NOUNS
        or noun.lemma_.lower() in lexicon_claims.KIN_GROUPS
    )


def reporting_ancestor(verb: Token) -> Token | None:
    """For "..., adding that ..." or "..., saying ...": the reporting verb it continues, also
    where the parser hangs it on a verb inside the first statement."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "conj", "xcomp"}:
        return None
    head = verb.head
    for _ in range(4):
        if head is head.head:
            return head if is_reporting(head) else None
        if is_reporting(head) and head is not verb:
            return head
        if head.dep_ not in {"ccomp", "advcl", "conj", "xcomp", "relcl"}:
            return None
        head = head.head
    return None


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; where the parser gives two ("An airstrike killed 27, the agency
    said"), the one next to the verb."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None


def clause_start(verb: Token) -> Token:
    """The first word of an attribution clause: ", declared X" or ", X said"."""
    doc = verb.doc
    subject = nearest_subject(verb)
    if subject is not None and subject.i < verb.i:
        return subject.left_edge  # ", the rebel-run rescue service said"
    i = verb.i
    while i > 0 and doc[i - 1].text != "," and doc[i - 1].dep_ in {"compound", "det", "amod", "advmod"}:
        i -= 1
    return doc[i]


def char_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Characters of tokens ``[start, end)`` without edge whitespace, punctuation or "that"."""
    while start < end and (doc[start].is_space or doc[start].is_punct or doc[start].dep_ == "mark"):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return end
