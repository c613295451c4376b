"""Denials: which statements a denial contests."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import Claim
from . import docindex, lexicon, lexicon_claims

if TYPE_CHECKING:
    from .claim_context import ClaimContext


def link_denials(ctx: ClaimContext, claims: list[Claim]) -> list[Claim]:
    """Tie each denial to the statements by others that it denies: those sharing its event
    and a participant ("denied shelling the port" ~ "said the militia's shelling of the
    port ..."; an offensive is an attack), or, when it points back ("dismissed the figure",
    "rejected the army's account"), the latest earlier statement by someone else."""
    keys = [_content_keys(ctx, c) for c in claims]
    camps = _Camps(ctx)
    # Which asserting claims use each content word: a denial meets only those sharing one.
    holding: dict[str, list[int]] = defaultdict(list)
    for j, (claim, found) in enumerate(zip(claims, keys, strict=True)):
        if claim.stance == "asserts":
            for key in found:
                holding[key].append(j)
    linked = []
    for i, claim in enumerate(claims):
        if claim.stance != "denies":
            linked.append(claim)
            continue
        shared = Counter(j for key in keys[i] for j in holding.get(key, ()))
        hits = sorted(
            j for j, n in shared.items() if n >= 2 and not camps.same(claim.speaker, claims[j].speaker)
        )
        if not hits and keys[i] & lexicon_claims.REFERENCE_NOUNS:
            earlier = next(
                (
                    j
                    for j in range(i - 1, -1, -1)
                    if claims[j].stance == "asserts"
                    and claims[j].end <= claim.start
                    and not camps.same(claim.speaker, claims[j].speaker)
                ),
                None,
            )
            hits = [earlier] if earlier is not None else []
        linked.append(replace(claim, contradicts=tuple(hits)))
    return linked


def _content_keys(ctx: ClaimContext, claim: Claim) -> set[str]:
    span = docindex.char_span(ctx.doc, claim.start, claim.end)
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


class _Camps:
    """The same speaker or the same camp: a spokesman and his group, the "Rebel Press Office"
    and the rebels. Each speaker's camp is found once per document."""

    def __init__(self, ctx: ClaimContext):
        self.ctx = ctx
        self.lowered: dict[str, list[str]] = defaultdict(list)
        for name in ctx.kind:
            self.lowered[name.lower()].append(name)
        self.found: dict[str, set[str]] = {}

    def same(self, a: str | None, b: str | None) -> bool:
        return a is not None and b is not None and bool(self.camp(a) & self.camp(b))

    def camp(self, speaker: str) -> set[str]:
        if speaker not in self.found:
            camp: set[str] = set()
            name: str | None = speaker
            while name is not None and name not in camp:
                camp.add(name)
                lower = name.lower()
                # Actors whose name begins this one: "Rebel Press Office" is the rebels'.
                for at, char in enumerate(lower):
                    if char == " ":
                        camp.update(self.lowered.get(lower[:at], ()))
                name = self.ctx.affiliation.get(name)
            self.found[speaker] = camp
        return self.found[speaker]
