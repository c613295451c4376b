"""Quotations as claims: which quotes are statements, and the reporting verb that
attributes each (before it, after it, or inside an unclosed one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..records import Claim
from . import cues, docindex
from .quotes import Quote, find_quotes
from .sources import LOOK_BACK, subject

if TYPE_CHECKING:
    from .claim_context import ClaimContext


def statement_quotes(doc: Doc) -> list[Quote]:
    """The quotations of ``doc`` that are statements."""
    return [q for q in find_quotes(docindex.text(doc)) if is_statement(doc, q)]


def is_statement(doc: Doc, quote: Quote) -> bool:
    """A quoted statement rather than a quoted term ("a “secret door”"): words and a verb."""
    span = docindex.char_span(doc, quote.start, quote.end)
    if span is None:
        return False
    words = [t for t in span if t.is_alpha]
    return len(words) >= 4 and any(t.pos_ in {"VERB", "AUX"} for t in span)


def continued(ctx: ClaimContext, quote: Quote) -> Claim | None:
    """The claim a quote with no attribution of its own continues: an earlier quote of its
    paragraph (“...,” X said. “More.”), or, for a quote that opens its paragraph, the claim of
    the sentence just before it (X said: ... ¶ “More of the same.”)."""
    doc = ctx.doc
    earlier = [
        c
        for c in ctx.claims_before(quote.start, LOOK_BACK)
        if c.quote and c.cue_end <= quote.start and docindex.same_paragraph(doc, c.cue_end, quote.start)
    ]
    if earlier:
        return earlier[-1]
    text = docindex.text(doc)
    mark = quote.open_mark if quote.open_mark is not None else quote.start
    line_start = text.rfind("\n", 0, mark) + 1
    if text[line_start:mark].strip() or not ctx.claims:
        return None
    first = docindex.token_ending_after(doc, mark)
    if first.sent.start == 0:
        return None
    before = doc[first.sent.start - 1].sent
    previous = ctx.claims[-1]
    # A speaker quoted, or a person reported, just before: "she explained the militia had ... ¶ “At
    # night they shell the road ...”" goes on in her words.
    person = ctx.kind.get(previous.speaker) == "person" or previous.speaker_type == "anonymous"
    speaks = (previous.quote or person) and previous.speaker_type in {"named", "anonymous", "media"}
    if speaks and previous.start < before.end_char and previous.end > before.start_char:
        return previous
    return None


def attribution_inside(ctx: ClaimContext, quote: Quote) -> Token | None:
    """For an unclosed quote: a reporting verb after a comma in its last sentence."""
    if quote.closed:
        return None
    span = docindex.char_span(ctx.doc, quote.start, quote.end)
    if span is None:
        return None
    last = list(span.sents)[-1]
    for token in last:
        if cues.is_reporting(token) and token.i > last.start and cues.clause_start(token).i > last.start:
            before = ctx.doc[cues.clause_start(token).i - 1]
            if before.text == "," and subject(ctx, token) is not None:
                return token
    return None


def attribution_after(ctx: ClaimContext, quote: Quote) -> Token | None:
    """“...,” said X / “...,” X said / “...” X told reporters."""
    doc = ctx.doc
    mark = quote.close_mark if quote.close_mark is not None else quote.end
    after = docindex.tokens_starting_after(doc, mark, 24)
    for n, token in enumerate(after):
        if token.text in '“"«' or (token.is_sent_start and token.idx > mark + 1 and token.i != after[0].i):
            break
        if n >= 8 and (cues.clause_start(token).i == 0 or doc[cues.clause_start(token).i - 1].text != ","):
            continue  # far from the quote, only ", X said" closing the sentence attributes it
        if cues.is_reporting(token) and subject(ctx, token) is not None:
            return token
    return None


def attribution_before(ctx: ClaimContext, quote: Quote) -> Token | None:
    """X said: “...” / X told reporters, “...”."""
    doc = ctx.doc
    if quote.open_mark is None:
        return None
    before = docindex.tokens_ending_by(doc, quote.open_mark, 10)
    while before and before[-1].is_space:
        before.pop()  # a paragraph break, or markup blanked between "said:" and the quote
    if not before or before[-1].text not in {":", ","}:
        return None
    for token in reversed(before):
        if token.is_sent_end and token is not before[-1]:
            break
        if cues.is_reporting(token) and subject(ctx, token) is not None:
            return token
    return None
