"""Statements passed on without a source, and the reporter's own caveats.

News copy often attributes to nobody: "the minister has reportedly resigned", "there have
been reports of shelling", "reported air strikes", "it was not clear who fired first", "the
figures could not be independently verified". A reader weighing the sourcing needs these as
claims of type ``unattributed`` (or, where an outlet says it could not verify something, of
that outlet), each found from its marker words (``lexicon_claims``) on the parse, and only
where nothing else in the sentence already attributes the statement.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from . import cues, docindex, lexicon_claims
from .context import Spans

if TYPE_CHECKING:
    from .claim_context import ClaimContext

_UNCLEAR = re.compile(f"{lexicon_claims.UNCLEAR_PATTERN}|{lexicon_claims.TOLL_CAVEAT_PATTERN}", re.IGNORECASE)
_CAVEATS = [re.compile(p, re.IGNORECASE) for p in lexicon_claims.HEDGE_PATTERNS]


# (start, end, cue_start, cue_end, speaker, speaker type): a statement found, for the caller to
# make into a record.
_Row = tuple[int, int, int, int, str | None, str]


def find_unattributed(ctx: ClaimContext) -> list[_Row]:
    """(start, end, cue_start, cue_end, speaker, speaker type) of each unattributed statement
    or caveat, in text order; the caller makes the records."""
    found = _Found(ctx)
    for token in docindex.candidates(ctx.doc, _WORDS, frozenset()):
        span = _hedged(token, found)
        if span is not None:
            found.add(*span, token.idx, token.idx + len(token))
    _add_caveats(ctx, found)
    return sorted(found.rows)


class _Found:
    """The statements found so far, kept clear of the claims' spans and of each other."""

    def __init__(self, ctx: ClaimContext):
        self.rows: list[_Row] = []
        self.taken = Spans((c.start, c.end, 0) for c in ctx.claims)
        self.cues_at = sorted(c.cue_start for c in ctx.claims)

    def covers(self, offset: int) -> bool:
        return self.taken.covers(offset)

    def attributed(self, sent: Span) -> bool:
        """Whether a claim's cue stands in the sentence: "..., state media said"."""
        return bisect_left(self.cues_at, sent.start_char) < bisect_left(self.cues_at, sent.end_char)

    def add(
        self,
        start: int,
        end: int,
        cue_start: int,
        cue_end: int,
        speaker: str | None = None,
        kind: str = "unattributed",
    ) -> None:
        self.taken.add(start, end)
        self.rows.append((start, end, cue_start, cue_end, speaker, kind))


def _hedged(token: Token, found: _Found) -> tuple[int, int] | None:
    """What a word of hearsay passes on, where no claim holds it already: "reportedly",
    "reports of ...", "reported strikes"."""
    word = token.lower_
    if (
        word in lexicon_claims.HEARSAY_ADVERBS
        and not found.covers(token.idx)
        and not found.attributed(token.sent)
    ):
        # "The convoy reportedly turned back at the bridge": the clause it hedges.
        return _clause(token.head)
    if word in lexicon_claims.BARE_REPORT_NOUNS and _bare(token) and not found.covers(token.idx):
        return _report_span(token)
    if (
        word in lexicon_claims.HEARSAY_ADJECTIVES
        and token.dep_ == "amod"
        and token.head.pos_ == "NOUN"
        and not found.covers(token.idx)
    ):
        return _clause(token.head)  # "reported drone strikes on a fuel depot": the phrase.
    return None


def _add_caveats(ctx: ClaimContext, found: _Found) -> None:
    """Caveats and unknowns, one per sentence: the whole sentence, the outlet's where an outlet
    says it could not verify."""
    doc = ctx.doc
    done: set[int] = set()
    for cue_start, cue_end, media in _caveat_matches(docindex.text(doc)):
        sent = docindex.token_ending_after(doc, cue_start).sent
        if sent.start in done or found.covers(cue_start):
            continue
        done.add(sent.start)
        span = cues.char_span(doc, sent.start, sent.end)
        if span is None:
            continue
        outlet = _outlet_subject(ctx, sent) if media else None
        found.add(*span, cue_start, cue_end, outlet, "media" if outlet else "unattributed")


def _caveat_matches(text: str) -> list[tuple[int, int, bool]]:
    """Where the caveat patterns match, in text order, and whether a match is an outlet's: the
    patterns run over the whole text once, and each match finds its sentence."""
    return sorted(
        (match.start(), match.end(), media)
        for pattern, media in ((_UNCLEAR, False), *((p, True) for p in _CAVEATS))
        for match in pattern.finditer(text)
    )


_WORDS = lexicon_claims.HEARSAY_ADVERBS | lexicon_claims.BARE_REPORT_NOUNS | lexicon_claims.HEARSAY_ADJECTIVES


def _clause(verb: Token) -> tuple[int, int] | None:
    tokens = list(verb.subtree)
    return cues.char_span(verb.doc, tokens[0].i, tokens[-1].i + 1)


def _bare(noun: Token) -> bool:
    """ "reports of shelling", "conflicting reports": plural, with nobody's name on them; not
    "the reports", "its report", "media reports"."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return False
    for child in noun.children:
        if child.dep_ in {"det", "poss", "compound", "nmod"} or child.ent_type_:
            return False
    return True


def _report_span(noun: Token) -> tuple[int, int] | None:
    """What bare reports say: "reports that ...", "reports of ...", "reports appeared about ...";
    reports with nothing reported are no statement."""
    doc = noun.doc
    said = [
        c
        for c in noun.children
        if c.dep_ in {"acl", "relcl", "ccomp"} or (c.dep_ == "prep" and c.lower_ in {"of", "about", "that"})
    ]
    head = noun.head
    if said:
        tokens = list(noun.subtree)
        if noun.dep_ == "attr" and head.lemma_ == "be":
            tokens = list(head.subtree)  # "There have been reports of ...": the sentence
        return cues.char_span(doc, tokens[0].i, tokens[-1].i + 1)
    if noun.dep_ == "nsubj" and any(c.dep_ == "prep" and c.lower_ in {"of", "about"} for c in head.children):
        return _clause(head)  # "reports emerged about a raid on a market"
    return None


def _outlet_subject(ctx: ClaimContext, sent: Span) -> str | None:
    """The outlet that says it could not verify: "Reuters could not independently verify"
    in a report relaying Reuters. The outlet that filed the report itself (the agency in its
    dateline) is the reporter's own voice: no speaker."""
    for token in sent:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.i in ctx.actor_at:
            name = ctx.actor_at[token.i]
            if ctx.kind.get(name) == "media":
                return None if _files_the_report(ctx, name) else name
    return None


# "KOSTI, Sudan, June 12 (AFP) -", "NIAMEY (Reuters) —": a dateline's agency, in brackets
# before the dash that opens the story.
_DATELINE_AGENCY = re.compile(r"(?m)^[^\S\n]*[A-Z][^\n()]{1,80}\(([^()\n]{2,40})\)[^\S\n]*[-–—]")


def _files_the_report(ctx: ClaimContext, outlet: str) -> bool:
    actor = ctx.actors.get(outlet)
    names = {outlet.lower(), *(alias.lower() for alias in (actor.aliases if actor else ()))}
    return not names.isdisjoint(_dateline_agencies(ctx.text))


@lru_cache(maxsize=4)  # one text, asked once per caveat an outlet makes in it
def _dateline_agencies(text: str) -> frozenset[str]:
    return frozenset(m.group(1).strip().lower() for m in _DATELINE_AGENCY.finditer(text))
