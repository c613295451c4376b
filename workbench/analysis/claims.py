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
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..records import Claim
from . import cues, docindex, lexicon, lexicon_claims
from .claim_context import ClaimContext
from .context import DocContext, Spans
from .denials import link_denials
from .nominal import find_nominal
from .quotations import (
    attribution_after,
    attribution_before,
    attribution_inside,
    continued,
    statement_quotes,
)
from .quotes import Quote
from .sources import LOOK_BACK, Source, identify, is_group, noun_class, phrase, source_of, sources_of
from .unattributed import find_unattributed

_HEDGES = [re.compile(p, re.IGNORECASE) for p in lexicon_claims.HEDGE_PATTERNS]


def find_claims(context: DocContext) -> list[Claim]:
    """Every attributed statement in the document, in text order."""
    ctx = ClaimContext(context, statement_quotes(context.doc))
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
                for part in _paragraphs(ctx, claim):
                    ctx.add(part)
        if token.i in used or (ctx.in_quote(token) and not _quoted_report(token)):
            continue
        if cues.is_reporting(token) or cues.hearsay(token) or cues.conditional(token):
            found = _verb_claims(ctx, token)
        elif token.lower_ == "according":
            found = [c for c in [_according_claim(ctx, token)] if c is not None]
        else:
            continue
        found = [c for c in found if not ctx.seen(c)]
        if found:
            used.add(token.i)
            for claim in found:
                ctx.add(claim)
    for start, end, cue_start, cue_end, source in find_nominal(ctx):
        ctx.add(_record(ctx, start, end, cue_start, cue_end, source, ""))
    for start, end, cue_start, cue_end, speaker, kind in find_unattributed(ctx):
        ctx.add(_record(ctx, start, end, cue_start, cue_end, Source(speaker, kind), ""))
    claims = _relayed(_unshadowed(sorted(ctx.claims, key=lambda c: (c.start, c.end))))
    return link_denials(ctx, _unrepeated(ctx, claims))


def _relayed(claims: list[Claim]) -> list[Claim]:
    """ "The governor put the toll at 20, the state news agency reported": the outlet relays the
    governor's statement, one claim by the governor via the outlet, not a second by the outlet."""
    relays: dict[int, str] = {}
    dropped: set[int] = set()
    # The claims by the offset of their cue: those cued inside an outlet's claim, by bisection.
    by_cue = sorted(range(len(claims)), key=lambda j: claims[j].cue_start)
    cue_starts = [claims[j].cue_start for j in by_cue]
    for i, outer in enumerate(claims):
        if outer.speaker_type != "media" or outer.speaker is None or outer.quote:
            continue
        inside = by_cue[bisect_left(cue_starts, outer.start) : bisect_left(cue_starts, outer.end)]
        inner = [
            j
            for j in inside
            if j != i
            and (c := claims[j]).speaker_start is not None
            and outer.start <= c.speaker_start
            and c.speaker_type in {"named", "anonymous"}
            and c.via is None
        ]
        if inner:
            dropped.add(i)
            relays.update((j, outer.speaker) for j in inner)
    return [replace(c, via=relays[j]) if j in relays else c for j, c in enumerate(claims) if j not in dropped]


def _unrepeated(ctx: ClaimContext, claims: list[Claim]) -> list[Claim]:
    """A claim in display text (a headline, a key-point bullet, a caption, a kicker in capitals)
    that the body makes again is the body's claim, not a second one: the body has a claim of
    the same speaker and stance ("..., Russia denies involvement" over "the ministry rejected the
    charge"), or one holding most of its words ("SHE SAW THE PLANE" over "I saw the plane")."""
    display = ctx.display
    shown = [display.line_holds(c.cue_start) for c in claims]
    body = [c for c, s in zip(claims, shown, strict=True) if not s]
    if len(body) == len(claims):
        return claims
    said = [_content_words(c.text) for c in body]
    return [
        c
        for c, s in zip(claims, shown, strict=True)
        if not s
        or not (
            any(
                b.stance == c.stance and b.speaker == c.speaker and b.speaker_type == c.speaker_type
                for b in body
            )
            or _told_again(_content_words(_on_cue_line(ctx, c)), said)
        )
    ]


def _on_cue_line(ctx: ClaimContext, claim: Claim) -> str:
    """The part of a claim on its cue's line: one bullet, not the list the parser ran together."""
    text = ctx.display.text
    start = max(claim.start, text.rfind("\n", 0, claim.cue_start) + 1)
    line_end = text.find("\n", claim.cue_start)
    end = min(claim.end, line_end if line_end >= 0 else len(text))
    return text[start:end] if start < end else claim.text


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in lexicon_claims.FUNCTION_WORDS}


def _told_again(words: set[str], said: list[set[str]]) -> bool:
    """Most of a display claim's words in one body claim."""
    return len(words) >= 2 and any(len(words & other) >= 0.6 * len(words) for other in said)


_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _unshadowed(claims: list[Claim]) -> list[Claim]:
    """Hearsay that an attribution in the same statement names the source of is that source's
    claim alone: "9,000 are thought to have fled, according to the refugee agency"."""
    attributed = Spans((c.start, c.end, c.cue_start) for c in claims if c.speaker_type != "unattributed")
    return [
        c
        for c in claims
        if c.speaker_type != "unattributed"
        or not any(cue != c.cue_start for _, _, cue in attributed.covering(c.cue_start))
    ]


_CLAIM_WORDS = frozenset({"according"})
_CLAIM_LEMMAS = (
    lexicon_claims.REPORTING_VERBS
    | lexicon_claims.DENIAL_VERBS
    | lexicon_claims.SPEECH_ACT_VERBS
    | lexicon_claims.HEARSAY_VERBS
    | lexicon_claims.BELIEF_VERBS
    | lexicon_claims.PERCEPTION_VERBS
    | lexicon_claims.SHOWING_VERBS
)


def _quoted_report(verb: Token) -> bool:
    """A statement reported inside a quote, by someone other than the one quoted: “... the
    captain assured me that the post held ...”. Not the speaker's own “I think”, “we said”."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    who = subjects[0]
    if who.pos_ == "PRON":
        return who.lower_ in lexicon_claims.PERSONAL_PRONOUNS | {"they"}
    # Someone, not something the speaker read ("the records show ..." is the speaker's).
    return who.pos_ == "PROPN" or who.lemma_.lower() in lexicon.PERSON_ROLES


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
    source = source_of(ctx, verb) if verb is not None else None
    if source is None:
        previous = continued(ctx, quote)
        if previous is None:
            return None
        # The quote goes on in the same voice, and with the same stance: a denial's next
        # paragraph goes on denying.
        return replace(previous, start=start, end=end, text=ctx.text[start:end], contradicts=())
    used.add(verb.i)
    whole = _quoted_within(ctx, quote, verb)
    if whole is not None:
        # “...” quoted inside a reported sentence ("It is wrong that “each fire in the port” was
        # set by our units, she added"): the sentence is the statement.
        return _claim(ctx, *whole, verb, source)
    return _claim(ctx, start, end, verb, source, quote=True)


# A paragraph break followed by an opening quotation mark: the quote goes on in a new paragraph.
_NEXT_QUOTED_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*[\"'“‘«]")


def _paragraphs(ctx: ClaimContext, claim: Claim) -> list[Claim]:
    """A quote running over several paragraphs, each reopened with a quotation mark, is one claim
    per paragraph: the first with its attribution, the others continuing in the same voice."""
    if not claim.quote:
        return [claim]
    cuts = [m.end() for m in _NEXT_QUOTED_PARAGRAPH.finditer(ctx.text, claim.start, claim.end)]
    if not cuts:
        return [claim]
    parts = []
    for start, stop in zip([claim.start, *cuts], [*cuts, claim.end], strict=True):
        end = stop
        while end > start and ctx.text[end - 1].isspace():
            end -= 1
        if end > start:
            parts.append(replace(claim, start=start, end=end, text=ctx.text[start:end]))
    return [parts[0], *(replace(p, contradicts=()) for p in parts[1:])]


def _quoted_within(ctx: ClaimContext, quote: Quote, verb: Token) -> tuple[int, int] | None:
    """The reported sentence a quote is only part of, when words of the reporter's come before
    the quote in its sentence and the attribution closes the sentence."""
    if quote.open_mark is None or verb.i < docindex.token_ending_after(ctx.doc, quote.end).i:
        return None
    first = docindex.token_ending_after(ctx.doc, quote.open_mark)
    lead = docindex.span_text(ctx.doc[first.sent.start : first.i])
    if len([w for w in lead.split() if w[:1].isalnum()]) < 2:
        return None
    span = cues.content(verb)
    if span is None or not (span[0] <= quote.open_mark and quote.end <= span[1]):
        return None
    return span


# -- reporting verbs ----------------------------------------------------------------------------------


def _verb_claims(ctx: ClaimContext, verb: Token) -> list[Claim]:
    if not cues.reports_here(verb):
        return []
    content = cues.content(verb)
    if content is None:
        return []
    start, end = content
    claims = [_claim(ctx, start, end, verb, source) for source in sources_of(ctx, verb)]
    if len(claims) == 1 and _joined(ctx, verb, claims[0]):
        return []
    return claims


def _joined(ctx: ClaimContext, verb: Token, claim: Claim) -> bool:
    """ "said ..., adding that ...", "denounced the raid and urged the council to ...": a
    second reporting verb of the same source and stance continues the first one's claim, unless
    a finite verb reports a whole statement of its own ("and said the reports were untrue")."""
    head = cues.reporting_ancestor(verb) or verb.head
    if verb.dep_ not in {"conj", "advcl", "xcomp"} or head is verb or not cues.is_reporting(head):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    if verb.tag_ != "VBG" and any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "rejected the charge and said reports were untrue": a statement of its own
    index = ctx.claim_with_cue(head.idx)
    earlier = ctx.claims[index] if index is not None else None
    if earlier is None or earlier.stance != claim.stance or earlier.quote:
        return False
    start, end = min(earlier.start, claim.start), max(earlier.end, claim.end)
    ctx.claims[index] = replace(earlier, start=start, end=end, text=ctx.text[start:end])
    return True


def _according_claim(ctx: ClaimContext, according: Token) -> Claim | None:
    """“..., according to X” and “According to X, ...”: X is a source when it is an actor or
    a source noun ("the report", "locals"), not "according to the agreement"."""
    doc = ctx.doc
    to = next((c for c in according.children if c.lower_ == "to"), None)
    head = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if head is None:
        return None
    words = phrase(head)
    if not (ctx.actor_in(words) or noun_class(head) is not None or is_group(head)):
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) and (
        any(c.start <= according.idx < c.end for c in ctx.claims_before(according.idx, LOOK_BACK))
        or _reported_in_sentence(ctx, according) is not None
    ):
        return None  # "X said ..., according to its own tally": X's claim already
    reported = _reported_in_sentence(ctx, according)
    if reported is not None and reported.speaker_type != "unattributed" and noun_class(head) == "media":
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
    cited = _cited_first(doc, a_end, sent.end) if lead else None
    if cited is not None:
        # "According to the Daily, citing a police source, seven were killed": the police source
        # speaks, the paper relays; the statement starts after the source.
        content = cues.char_span(doc, max(t.i for t in cited.subtree) + 1, sent.end) or content
        source = replace(identify(ctx, cited, phrase(cited)), via=source.name or source.text)
    cue = doc[according.i : to.i + 1]
    return _claim(ctx, *content, cue, source)


def _cited_first(doc, start: int, end: int) -> Token | None:
    """The object of a "citing"/"quoting" that opens ``doc[start:end]`` after punctuation."""
    for token in doc[start:end]:
        if token.is_punct or token.is_space:
            continue
        if token.lemma_.lower() in lexicon_claims.CITING_VERBS and token.tag_ == "VBG":
            return next((c for c in token.children if c.dep_ == "dobj"), None)
        return None
    return None


def _reported_in_sentence(ctx: ClaimContext, token: Token) -> Claim | None:
    """A claim already found whose reporting verb is in the same sentence as ``token``."""
    sent = token.sent
    for claim in reversed(ctx.claims_before(token.idx, token.idx - sent.start_char + 1)):
        if sent.start_char <= claim.cue_start < sent.end_char and not claim.quote:
            return claim
    return None


# -- records ------------------------------------------------------------------------------------------


def _claim(
    ctx: ClaimContext, start: int, end: int, cue: Token | Span, source: Source, quote: bool = False
) -> Claim:
    cue_start, cue_end = (
        (cue.idx, cue.idx + len(cue)) if isinstance(cue, Token) else (cue.start_char, cue.end_char)
    )
    lemma = cue.lemma_.lower() if isinstance(cue, Token) else ""
    return _record(ctx, start, end, cue_start, cue_end, source, lemma, quote)


def _record(
    ctx: ClaimContext,
    start: int,
    end: int,
    cue_start: int,
    cue_end: int,
    source: Source,
    lemma: str,
    quote: bool = False,
) -> Claim:
    doc = ctx.doc
    return Claim(
        start=start,
        end=end,
        text=ctx.text[start:end],
        **_speaker(source),
        cue=ctx.text[cue_start:cue_end],
        cue_start=cue_start,
        cue_end=cue_end,
        stance="denies"
        if lemma in lexicon_claims.DENIAL_VERBS or _denies(doc, start, end, cue_end)
        else "asserts",
        hedged=_hedged(doc, cue_start, lemma),
        quote=quote,
    )


def _speaker(source: Source) -> dict:
    """A resolved source in a claim record's fields."""
    fields = dict(speaker=source.name, speaker_text=source.text, speaker_start=source.start)
    return fields | dict(speaker_end=source.end, speaker_type=source.type, via=source.via)


def _denies(doc: Doc, start: int, end: int, cue_end: int) -> bool:
    """A statement that calls another untrue, lies or propaganda denies it, whatever its verb;
    so does labelling something propaganda ("labelled the claim “propaganda”")."""
    text = docindex.text(doc)
    if any(p.search(text, start, end) for p in _DENIALS):
        return True
    label = text[cue_end:end].lower().rstrip(" .”\"'’")
    return any(label.endswith(word) for word in lexicon_claims.DENIAL_LABELS) and cue_end <= start


_DENIALS = [re.compile(p, re.IGNORECASE) for p in lexicon_claims.DENIAL_PATTERNS]


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
