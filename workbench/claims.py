"""The claim layer: who says what, on whose authority, and who denies it.

Three mechanisms find attributed statements, all on spaCy's parse with word lists from
``lexicon_claims``: quotations (``quotations``) attributed to the reporting verb next to
them; reporting verbs outside quotations with their complement (``cues``: "X said that
...", "X denied attacking ..."); and source phrases ("according to X"). Each source is
identified by ``sources``; ``denials`` ties each denial to what it denies. This module runs
them in text order over one document and makes the records.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import cues, docindex, lexicon_claims
from .context import DocContext
from .denials import link_denials
from .quotations import (
    attribution_after,
    attribution_before,
    attribution_inside,
    same_paragraph,
    statement_quotes,
)
from .quotes import Quote
from .records import Claim
from .sources import Source, identify, noun_class, phrase, source_of

_HEDGES = [re.compile(p, re.IGNORECASE) for p in lexicon_claims.HEDGE_PATTERNS]


class ClaimContext(DocContext):
    """The document's context plus what the claim finders build up: its quotations and the
    claims found so far (a pronoun refers back to an earlier claim's source)."""

    def __init__(self, base: DocContext):
        self.__dict__.update(base.__dict__)
        doc = self.doc
        self.quotes = statement_quotes(doc)
        self.claims: list[Claim] = []
        # Asked for every token: answered from a table, the first quote in the list winning.
        self._quote_at: dict[int, Quote] = {}
        for quote in reversed(self.quotes):
            for token in docindex.tokens_starting_in(doc, quote.start, quote.end):
                self._quote_at[token.i] = quote

    def in_quote(self, token: Token) -> Quote | None:
        return self._quote_at.get(token.i)


def find_claims(context: DocContext) -> list[Claim]:
    """Every attributed statement in the document, in text order."""
    ctx = ClaimContext(context)
    doc = ctx.doc
    # Verbs that introduce a quotation ("X said: “...”") belong to the quotation.
    used = {verb.i for verb in map(lambda q: attribution_before(ctx, q), ctx.quotes) if verb is not None}
    # In text order, so that "he said" can refer back to any source introduced before it.
    quotes = {quote.start: quote for quote in ctx.quotes}
    # Only quote openings, reporting verbs and "according" start a claim; the rest is skipped.
    starts = {t.i for t in docindex.candidates(doc, _CLAIM_WORDS, _CLAIM_LEMMAS)}
    starts |= {t.i for start in quotes for t in docindex.tokens_starting_in(doc, start, start + 1)}
    for token in (doc[i] for i in sorted(starts)):
        quote = quotes.get(token.idx)
        if quote is not None:
            claim = _quote_claim(ctx, quote, used)
            if claim is not None:
                ctx.claims.append(claim)
        if token.i in used or ctx.in_quote(token):
            continue
        if cues.is_reporting(token):
            claim = _verb_claim(ctx, token)
        elif token.lower_ == "according":
            claim = _according_claim(ctx, token)
        else:
            continue
        if claim is not None and not _duplicate(ctx.claims, claim):
            used.add(token.i)
            ctx.claims.append(claim)
    return link_denials(ctx, sorted(ctx.claims, key=lambda c: (c.start, c.end)))


_CLAIM_WORDS = frozenset({"according"})
_CLAIM_LEMMAS = lexicon_claims.REPORTING_VERBS | lexicon_claims.DENIAL_VERBS | lexicon_claims.SPEECH_ACT_VERBS


def _duplicate(claims: list[Claim], claim: Claim) -> bool:
    return any(c.cue_start == claim.cue_start and c.start == claim.start for c in claims)


# -- quotations ---------------------------------------------------------------------------------------


def _quote_claim(ctx: ClaimContext, quote: Quote, used: set[int]) -> Claim | None:
    doc = ctx.doc
    start, end = quote.start, quote.end
    verb = attribution_inside(ctx, quote)
    if verb is not None:
        # An unclosed quote runs on into its own attribution: ", declared Fahim Dashti".
        end = cues.trim_end(docindex.text(doc), start, cues.clause_start(verb).idx)
    else:
        verb = attribution_after(ctx, quote) or attribution_before(ctx, quote)
    if verb is None:
        # “...,” X told reporters. “More of the same quote.” — the paragraph's speaker goes on.
        earlier = [
            c for c in ctx.claims if c.quote and c.cue_end <= start and same_paragraph(doc, c.cue_end, start)
        ]
        if not earlier:
            return None
        previous = earlier[-1]
        return replace(previous, start=start, end=end, text=docindex.text(doc)[start:end], contradicts=())
    used.add(verb.i)
    source = source_of(ctx, verb)
    return _claim(ctx, start, end, verb, source, quote=True)


# -- reporting verbs ----------------------------------------------------------------------------------


def _verb_claim(ctx: ClaimContext, verb: Token) -> Claim | None:
    content = cues.content(verb)
    if content is None:
        return None
    source = source_of(ctx, verb)
    if source is None:
        return None
    start, end = content
    return _claim(ctx, start, end, verb, source)


def _according_claim(ctx: ClaimContext, according: Token) -> Claim | None:
    """“..., according to X” and “According to X, ...”: X is a source when it is an actor or
    a source noun ("the report", "locals"), not "according to the agreement"."""
    doc = ctx.doc
    to = next((c for c in according.children if c.lower_ == "to"), None)
    head = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if head is None:
        return None
    words = phrase(head)
    if not (ctx.actor_in(words) or noun_class(head) is not None):
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) and any(
        c.start <= according.idx < c.end for c in ctx.claims
    ):
        return None  # "X said ..., according to its own tally": X's claim already
    reported = _reported_in_sentence(ctx, according)
    if reported is not None and noun_class(head) in {"media", "document"}:
        # "Russia said it had brokered a ceasefire, according to Russian news agencies":
        # the agencies relay Russia's statement.
        relay = identify(ctx, head, words)
        index = ctx.claims.index(reported)
        ctx.claims[index] = replace(reported, via=relay.name or relay.text)
        return None
    sent = according.sent
    attribution = list(according.subtree)
    a_start, a_end = attribution[0].i, attribution[-1].i + 1
    # The statement is the rest of its sentence.
    lead = all(t.is_space or t.is_punct for t in doc[sent.start : a_start])
    content = cues.char_span(doc, a_end, sent.end) if lead else cues.char_span(doc, sent.start, a_start)
    if content is None:
        return None
    source = identify(ctx, head, words)
    cue = doc[according.i : to.i + 1]
    return _claim(ctx, *content, cue, source)


def _reported_in_sentence(ctx: ClaimContext, token: Token) -> Claim | None:
    """A claim already found whose reporting verb is in the same sentence as ``token``."""
    sent = token.sent
    for claim in reversed(ctx.claims):
        if sent.start_char <= claim.cue_start < sent.end_char and not claim.quote:
            return claim
    return None


# -- records ------------------------------------------------------------------------------------------


def _claim(
    ctx: ClaimContext, start: int, end: int, cue: Token | Span, source: Source, quote: bool = False
) -> Claim:
    doc = ctx.doc
    cue_start, cue_end = (
        (cue.idx, cue.idx + len(cue)) if isinstance(cue, Token) else (cue.start_char, cue.end_char)
    )
    lemma = cue.lemma_.lower() if isinstance(cue, Token) else ""
    return Claim(
        start=start,
        end=end,
        text=docindex.text(doc)[start:end],
        speaker=source.name,
        speaker_text=source.text,
        speaker_start=source.start,
        speaker_end=source.end,
        speaker_type=source.type,
        cue=docindex.text(doc)[cue_start:cue_end],
        cue_start=cue_start,
        cue_end=cue_end,
        stance="denies" if lemma in lexicon_claims.DENIAL_VERBS else "asserts",
        hedged=_hedged(doc, cue_start, lemma),
        via=source.via,
        quote=quote,
    )


def _hedged(doc: Doc, cue_start: int, lemma: str) -> bool:
    if lemma in lexicon_claims.HEDGE_CUES:
        return True
    token = docindex.token_ending_after(doc, cue_start)
    sent = token.sent
    if any(word in lexicon_claims.HEDGE_WORDS for word in docindex.index(doc).lowers[sent.start : sent.end]):
        return True
    following = docindex.span_text(doc[sent.end].sent) if sent.end < len(doc) else ""
    return _hedge_in(docindex.span_text(sent)) or _hedge_in(following)


@lru_cache(maxsize=1024)
def _hedge_in(sentence: str) -> bool:
    # Cached: a sentence is searched once per claim in it and once more as the next one's follower.
    return any(p.search(sentence) for p in _HEDGES)
