"""Reporting cues: which words attribute a statement, and which words are the statement.

A cue is a reporting or denial verb ("said", "denied"), a verb whose object is an act of
speech ("traded blame"), or "according to". The statement a verb reports is its clausal
complement ("said that ..."), its object for verbs that take one ("confirmed the deaths"),
or, when the attribution closes the sentence ("..., officials said"), what precedes it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import lexicon_claims


def is_reporting(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ in {"VERB", "AUX"} and (
        lemma in lexicon_claims.REPORTING_VERBS
        or lemma in lexicon_claims.DENIAL_VERBS
        or speech_object(token) is not None
    )


def speech_object(verb: Token) -> Token | None:
    """ "trade blame", "exchanged accusations": a verb whose object is an act of speech."""
    if verb.lemma_.lower() not in lexicon_claims.SPEECH_ACT_VERBS:
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon_claims.SPEECH_NOUNS),
        None,
    )


def content(verb: Token) -> tuple[int, int] | None:
    """Character span of what a reporting verb reports."""
    doc = verb.doc
    parts = [c for c in verb.children if c.dep_ == "ccomp"]
    if not parts and verb.lemma_.lower() in lexicon_claims.OBJECT_CLAIM_VERBS:
        parts = [c for c in verb.children if c.dep_ in {"xcomp", "dobj", "pcomp"}]
        parts += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "to", "of"}][:1]
    if not parts:
        # "said in a statement that ...": the parser hangs the clause on "statement".
        parts = [
            clause
            for prep in verb.children
            if prep.dep_ == "prep"
            for noun in prep.children
            if noun.dep_ == "pobj" and noun.lemma_.lower() in lexicon_claims.DOCUMENT_NOUNS
            for clause in noun.children
            if clause.dep_ in {"acl", "relcl", "ccomp"}
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        ]
    if not parts and speech_object(verb) is not None:
        # "Armenia and Azerbaijan trade blame over the clashes": the whole sentence is the claim.
        return char_span(doc, verb.sent.start, verb.sent.end)
    if parts:
        # A trailing "according to X" is the chain, not the statement.
        relay = {t.i for part in parts for a in part.subtree if a.lower_ == "according" for t in a.subtree}
        tokens = [t for part in parts for t in part.subtree if t.i not in relay]
        return char_span(doc, min(t.i for t in tokens), max(t.i for t in tokens) + 1)
    # "Fighting resumed overnight, officials said." The report precedes its attribution.
    sent = verb.sent
    clause = clause_start(verb)
    subject = nearest_subject(verb)
    inverted = subject is None or subject.i >= clause.i  # ", officials said" / ", said X"
    if inverted and clause.i > sent.start + 2 and doc[clause.i - 1].text == ",":
        return char_span(doc, sent.start, clause.i - 1)
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
        return subject.left_edge  # ", the Hamas-run Civil Defence agency said"
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
