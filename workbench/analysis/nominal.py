"""Statements carried by a noun: "the ministry's assertion that 12 guards had deserted", "the
governor's report that the dam had held". The owner of the noun is the source; the
noun phrase with its clause is the statement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import cues, docindex, lexicon_claims
from .sources import Source, identify, phrase

if TYPE_CHECKING:
    from .claim_context import ClaimContext


def find_nominal(ctx: ClaimContext) -> list[tuple[int, int, int, int, Source]]:
    """(start, end, cue_start, cue_end, source) of each statement a noun carries, in text order."""
    doc = ctx.doc
    found = []
    for noun in docindex.candidates(doc, lexicon_claims.CLAIM_NOUNS, frozenset()):
        if noun.pos_ != "NOUN" or ctx.in_quote(noun):
            continue
        # "the government's assertion that ...", "interior ministry guidance that ...".
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) or next(
            (c for c in noun.children if c.dep_ in {"compound", "nmod"} and c.i in ctx.actor_at), None
        )
        clause = any(
            c.dep_ in {"acl", "ccomp", "relcl"}
            and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
            for c in noun.children
        )
        if owner is None or not clause:
            continue
        tokens = list(noun.subtree)
        span = cues.char_span(doc, tokens[0].i, tokens[-1].i + 1)
        if span is None:
            continue
        found.append((*span, noun.idx, noun.idx + len(noun), identify(ctx, owner, phrase(owner))))
    return found
