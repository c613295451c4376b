"""Denials: which statements a denial contests."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import lexicon, lexicon_claims
from .records import Claim

if TYPE_CHECKING:
    from .claims import ClaimContext


def link_denials(ctx: ClaimContext, claims: list[Claim]) -> list[Claim]:
    """Tie each denial to the statements by others that it denies: those sharing its event
    and a participant ("denied attacking Panjshir" ~ "repelled the Taliban's attack on
    Panjshir"; an offensive is an attack), or, when it points back ("dismissed the figure",
    "rejected the army's account"), the latest earlier statement by someone else."""
    keys = [_content_keys(ctx, c) for c in claims]
    linked = []
    for i, claim in enumerate(claims):
        if claim.stance != "denies":
            linked.append(claim)
            continue
        others = [
            j
            for j, other in enumerate(claims)
            if j != i and other.stance == "asserts" and not _same_source(ctx, claim, other)
        ]
        hits = [j for j in others if len(keys[i] & keys[j]) >= 2]
        refers_back = keys[i] & lexicon_claims.REFERENCE_NOUNS
        if not hits and refers_back:
            earlier = [j for j in others if claims[j].end <= claim.start]
            hits = earlier[-1:]
        linked.append(replace(claim, contradicts=tuple(hits)))
    return linked


def _content_keys(ctx: ClaimContext, claim: Claim) -> set[str]:
    span = ctx.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return set()
    keys = set()
    for token in span:
        if token.pos_ not in {"NOUN", "VERB", "PROPN"} or token.is_stop:
            continue
        lemma = token.lemma_.lower()
        if lemma in lexicon_claims.LINK_STOP_LEMMAS or lemma in lexicon_claims.REPORTING_VERBS:
            continue
        keys.add("attack" if lemma in lexicon.ATTACK_WORDS else lemma)
    return keys


def _same_source(ctx: ClaimContext, a: Claim, b: Claim) -> bool:
    """The same speaker or the same camp: a spokesman and his group, the "Taliban Cultural
    Commission" and the Taliban."""
    if a.speaker is None or b.speaker is None:
        return False
    return bool(_camp(ctx, a.speaker) & _camp(ctx, b.speaker))


def _camp(ctx: ClaimContext, name: str) -> set[str]:
    camp: set[str] = set()
    while name is not None and name not in camp:
        camp.add(name)
        camp |= {other for other in ctx.kind if name.lower().startswith(other.lower() + " ")}
        name = ctx.affiliation.get(name)
    return camp
