"""Corrections of the small model's known parse mistakes, made on the Doc as it is parsed.

Each repair is a pattern the parser gets wrong in long sentences and that the analysis cannot
read around without repeating the same workaround in every layer; fixed once here, every
layer (claims, figures, parties) reads the corrected tree.

* A reported subject taken for the object of the reporting verb. In "The army, in a statement
  read on television on Monday, said 12 soldiers and four militiamen had been killed", the
  small model often makes "soldiers" the object (or a second subject) of "said" and leaves
  "had been killed" a complement with no subject. A reporting verb takes no such word after
  it and before a complement clause that lacks a subject: the word is that clause's subject.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Token

from . import lexicon_claims

REPAIRS = "workbench_repairs"

_SUBJECTS = frozenset("nsubj nsubjpass csubj csubjpass expl".split())
# Verbs whose object is the one addressed ("told reporters the town had fallen"): left alone.
_CONTENT_VERBS = lexicon_claims.REPORTING_VERBS - lexicon_claims.ADDRESSEE_VERBS


@Language.component(REPAIRS)
def repair_parse(doc: Doc) -> Doc:
    """Apply every repair to ``doc`` (in place) and return it."""
    if not len(doc):
        return doc
    deps = doc.to_array(DEP)
    heads = doc.to_array(HEAD).astype(numpy.int64)  # offsets to the head, negative when before
    strings = doc.vocab.strings
    # Objects and subjects that stand after their head: the only candidates, and few.
    wanted = numpy.array([strings["dobj"], strings["nsubj"]], dtype=numpy.uint64)
    after_head = (heads < 0) & numpy.isin(deps, wanted)
    for i in numpy.flatnonzero(after_head).tolist():
        _reported_subject(doc[i])
    return doc


def _reported_subject(obj: Token) -> None:
    verb = obj.head
    if verb.lemma_.lower() not in _CONTENT_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return
    clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.i > obj.i), None)
    if clause is None or clause.left_edge.i <= obj.right_edge.i:
        return
    if any(c.dep_ in _SUBJECTS for c in clause.children):
        return
    # A finite clause only ("had been killed", "were wounded"), not a bare participle or noun.
    if not any(c.dep_ in {"aux", "auxpass"} for c in clause.children) and clause.tag_ not in {
        "VBD",
        "VBZ",
        "VBP",
    }:
        return
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    obj.head = clause
    obj.dep_ = "nsubjpass" if passive else "nsubj"
