"""The claim layer: who says what, on whose authority, and who denies it.

Three mechanisms find attributed statements, all on spaCy's parse with word lists from
``lexicon``: quotations paired by ``quotes`` and attributed to the reporting verb next to
them; reporting verbs outside quotations with their complement ("X said that ...",
"X denied attacking ..."); and source phrases ("according to X"). A source is then
identified: an actor named in the text, a pronoun or role noun that refers back to one,
an unnamed source (with the actor it belongs to, when the text says), the media, or a
document. Chains are kept: "CNN, citing two officials, revealed" has the officials as the
speaker and CNN as ``via``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import docindex, lexicon, lexicon_claims
from .entities import Mention
from .quotes import Quote, find_quotes
from .records import Actor, Claim

_HEDGES = [re.compile(p, re.IGNORECASE) for p in lexicon_claims.HEDGE_PATTERNS]
# "members of", "spokesman for", "officials from", "sources in" a group.
AFFILIATION_PREPOSITIONS = frozenset("of for from with at in within".split())


@dataclass(frozen=True)
class Source:
    """Who a claim is attributed to, as resolved."""

    name: str | None
    type: str
    text: str | None = None
    start: int | None = None
    end: int | None = None
    via: str | None = None


class _Context:
    """What the finders share about one document: its mentions, actors and quotes."""

    def __init__(
        self, doc: Doc, mentions: list[Mention], actor_of: dict[Mention, str], actors: Iterable[Actor]
    ):
        self.doc = doc
        actors = list(actors)
        self.kind = {a.name: a.kind for a in actors}
        self.affiliation = {a.name: a.affiliation for a in actors if a.affiliation}
        self.entity_at: dict[int, Mention] = {}
        self.actor_at: dict[int, str] = {}
        # Where mentions nest ("Yemeni" in "Yemeni government"), the longer one wins.
        for mention in sorted(mentions, key=lambda m: m.end - m.start):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.entity_at[token.i] = mention
                if mention in actor_of:
                    self.actor_at[token.i] = actor_of[mention]
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.actor_of = actor_of
        self.quotes = [q for q in find_quotes(docindex.text(doc)) if _is_statement(doc, q)]
        self.claims: list[Claim] = []
        # Asked for every token: answered from a table, the first quote in the list winning.
        self._quote_at: dict[int, Quote] = {}
        for quote in reversed(self.quotes):
            for token in docindex.tokens_starting_in(doc, quote.start, quote.end):
                self._quote_at[token.i] = quote

    def in_quote(self, token: Token) -> Quote | None:
        return self._quote_at.get(token.i)

    def actor_in(self, tokens: Iterable[Token]) -> str | None:
        """The actor named closest to the end of a phrase ("the al-Qaeda-linked JNIM group")."""
        return next((self.actor_at[t.i] for t in reversed(list(tokens)) if t.i in self.actor_at), None)


def find_claims(
    doc: Doc, mentions: list[Mention], actor_of: dict[Mention, str], actors: Iterable[Actor]
) -> list[Claim]:
    """Every attributed statement in ``doc``, in text order."""
    ctx = _Context(doc, mentions, actor_of, actors)
    # Verbs that introduce a quotation ("X said: “...”") belong to the quotation.
    used = {verb.i for verb in map(lambda q: _attribution_before(ctx, q), ctx.quotes) if verb is not None}
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
        if _is_reporting(token):
            claim = _verb_claim(ctx, token)
        elif token.lower_ == "according":
            claim = _according_claim(ctx, token)
        else:
            continue
        if claim is not None and not _duplicate(ctx.claims, claim):
            used.add(token.i)
            ctx.claims.append(claim)
    return _link_denials(ctx, sorted(ctx.claims, key=lambda c: (c.start, c.end)))


_CLAIM_WORDS = frozenset({"according"})
_CLAIM_LEMMAS = lexicon_claims.REPORTING_VERBS | lexicon_claims.DENIAL_VERBS | lexicon_claims.SPEECH_ACT_VERBS


def _duplicate(claims: list[Claim], claim: Claim) -> bool:
    return any(c.cue_start == claim.cue_start and c.start == claim.start for c in claims)


# -- quotations ---------------------------------------------------------------------------------------


def _is_statement(doc: Doc, quote: Quote) -> bool:
    """A quoted statement rather than a quoted term ("a “secret door”"): words and a verb."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.is_alpha]
    return len(words) >= 4 and any(t.pos_ in {"VERB", "AUX"} for t in span)


def _quote_claim(ctx: _Context, quote: Quote, used: set[int]) -> Claim | None:
    doc = ctx.doc
    start, end = quote.start, quote.end
    verb = _attribution_inside(ctx, quote)
    if verb is not None:
        # An unclosed quote runs on into its own attribution: ", declared Fahim Dashti".
        end = _trim_end(docindex.text(doc), start, _clause_start(verb).idx)
    else:
        verb = _attribution_after(ctx, quote) or _attribution_before(ctx, quote)
    if verb is None:
        # “...,” X told reporters. “More of the same quote.” — the paragraph's speaker goes on.
        earlier = [
            c for c in ctx.claims if c.quote and c.cue_end <= start and _same_paragraph(doc, c.cue_end, start)
        ]
        if not earlier:
            return None
        previous = earlier[-1]
        return replace(previous, start=start, end=end, text=docindex.text(doc)[start:end], contradicts=())
    used.add(verb.i)
    source = _source_of(ctx, verb)
    return _claim(ctx, start, end, verb, source, quote=True)


def _same_paragraph(doc: Doc, a: int, b: int) -> bool:
    return "\n\n" not in docindex.text(doc)[a:b]


def _attribution_inside(ctx: _Context, quote: Quote) -> Token | None:
    """For an unclosed quote: a reporting verb after a comma in its last sentence."""
    if quote.closed:
        return None
    span = ctx.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return None
    last = list(span.sents)[-1]
    for token in last:
        if _is_reporting(token) and token.i > last.start and _clause_start(token).i > last.start:
            before = ctx.doc[_clause_start(token).i - 1]
            if before.text == "," and _subject(ctx, token) is not None:
                return token
    return None


def _clause_start(verb: Token) -> Token:
    """The first word of an attribution clause: ", declared X" or ", X said"."""
    doc = verb.doc
    subject = _nearest_subject(verb)
    if subject is not None and subject.i < verb.i:
        return subject.left_edge  # ", the Hamas-run Civil Defence agency said"
    i = verb.i
    while i > 0 and doc[i - 1].text != "," and doc[i - 1].dep_ in {"compound", "det", "amod", "advmod"}:
        i -= 1
    return doc[i]


def _attribution_after(ctx: _Context, quote: Quote) -> Token | None:
    """“...,” said X / “...,” X said / “...” X told reporters."""
    doc = ctx.doc
    mark = quote.close_mark if quote.close_mark is not None else quote.end
    after = docindex.tokens_starting_after(doc, mark, 8)
    for token in after:
        if token.text in '“"«' or (token.is_sent_start and token.idx > mark + 1 and token.i != after[0].i):
            break
        if _is_reporting(token) and _subject(ctx, token) is not None:
            return token
    return None


def _attribution_before(ctx: _Context, quote: Quote) -> Token | None:
    """X said: “...” / X told reporters, “...”."""
    doc = ctx.doc
    if quote.open_mark is None:
        return None
    before = docindex.tokens_ending_by(doc, quote.open_mark, 10)
    if not before or before[-1].text not in {":", ","}:
        return None
    for token in reversed(before):
        if token.is_sent_end and token is not before[-1]:
            break
        if _is_reporting(token) and _subject(ctx, token) is not None:
            return token
    return None


def _is_reporting(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ in {"VERB", "AUX"} and (
        lemma in lexicon_claims.REPORTING_VERBS
        or lemma in lexicon_claims.DENIAL_VERBS
        or _speech_object(token) is not None
    )


def _speech_object(verb: Token) -> Token | None:
    """ "trade blame", "exchanged accusations": a verb whose object is an act of speech."""
    if verb.lemma_.lower() not in lexicon_claims.SPEECH_ACT_VERBS:
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon_claims.SPEECH_NOUNS),
        None,
    )


# -- reporting verbs ----------------------------------------------------------------------------------


def _verb_claim(ctx: _Context, verb: Token) -> Claim | None:
    content = _content(verb)
    if content is None:
        return None
    source = _source_of(ctx, verb)
    if source is None:
        return None
    start, end = content
    return _claim(ctx, start, end, verb, source)


def _content(verb: Token) -> tuple[int, int] | None:
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
    if not parts and _speech_object(verb) is not None:
        # "Armenia and Azerbaijan trade blame over the clashes": the whole sentence is the claim.
        return _char_span(doc, verb.sent.start, verb.sent.end)
    if parts:
        # A trailing "according to X" is the chain, not the statement.
        relay = {t.i for part in parts for a in part.subtree if a.lower_ == "according" for t in a.subtree}
        tokens = [t for part in parts for t in part.subtree if t.i not in relay]
        return _char_span(doc, min(t.i for t in tokens), max(t.i for t in tokens) + 1)
    # "Fighting resumed overnight, officials said." The report precedes its attribution.
    sent = verb.sent
    clause = _clause_start(verb)
    subject = _nearest_subject(verb)
    inverted = subject is None or subject.i >= clause.i  # ", officials said" / ", said X"
    if inverted and clause.i > sent.start + 2 and doc[clause.i - 1].text == ",":
        return _char_span(doc, sent.start, clause.i - 1)
    return None


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Characters of tokens ``[start, end)`` without edge whitespace, punctuation or "that"."""
    while start < end and (doc[start].is_space or doc[start].is_punct or doc[start].dep_ == "mark"):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _according_claim(ctx: _Context, according: Token) -> Claim | None:
    """“..., according to X” and “According to X, ...”: X is a source when it is an actor or
    a source noun ("the report", "locals"), not "according to the agreement"."""
    doc = ctx.doc
    to = next((c for c in according.children if c.lower_ == "to"), None)
    head = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if head is None:
        return None
    phrase = _phrase(head)
    if not (ctx.actor_in(phrase) or _noun_class(head) is not None):
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) and any(
        c.start <= according.idx < c.end for c in ctx.claims
    ):
        return None  # "X said ..., according to its own tally": X's claim already
    reported = _reported_in_sentence(ctx, according)
    if reported is not None and _noun_class(head) in {"media", "document"}:
        # "Russia said it had brokered a ceasefire, according to Russian news agencies":
        # the agencies relay Russia's statement.
        relay = _identify(ctx, head, phrase)
        index = ctx.claims.index(reported)
        ctx.claims[index] = replace(reported, via=relay.name or relay.text)
        return None
    sent = according.sent
    attribution = list(according.subtree)
    a_start, a_end = attribution[0].i, attribution[-1].i + 1
    # The statement is the rest of its sentence.
    lead = all(t.is_space or t.is_punct for t in doc[sent.start : a_start])
    content = _char_span(doc, a_end, sent.end) if lead else _char_span(doc, sent.start, a_start)
    if content is None:
        return None
    source = _identify(ctx, head, phrase)
    cue = doc[according.i : to.i + 1]
    return _claim(ctx, *content, cue, source)


def _reported_in_sentence(ctx: _Context, token: Token) -> Claim | None:
    """A claim already found whose reporting verb is in the same sentence as ``token``."""
    sent = token.sent
    for claim in reversed(ctx.claims):
        if sent.start_char <= claim.cue_start < sent.end_char and not claim.quote:
            return claim
    return None


# -- sources ------------------------------------------------------------------------------------------


def _subject(ctx: _Context, verb: Token) -> Token | None:
    """The source's head word: the verb's subject, the subject it shares with the verb it
    hangs off ("..., saying ..."), the inverted subject ("said X"), or, where the parse
    went astray over parentheses, the sentence's first noun phrase."""
    nearest = _nearest_subject(verb)
    if nearest is not None:
        return nearest
    for child in verb.children:
        if (
            child.dep_ in {"oprd", "dobj", "attr"}
            and child.i > verb.i
            and (child.i in ctx.entity_at or child.pos_ in {"PROPN", "PRON"})
        ):
            return child  # "declared Fahim Dashti"
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is not None and following.i in ctx.entity_at:
        return ctx.doc[max(t.i for t in ctx.doc if ctx.entity_at.get(t.i) is ctx.entity_at[following.i])]
    if verb.dep_ == "conj" or (verb.dep_ in {"advcl", "xcomp", "acl"} and verb.tag_ == "VBG"):
        head = verb.head
        if head is not verb and head.pos_ in {"VERB", "AUX"}:
            return _subject(ctx, head)  # "..., saying ...", "confirmed ... but said ..."
    if verb.tag_ in {"VBD", "VBZ", "VBP"}:
        # Over "CNN, citing two officials, who spoke ..., revealed" the parser loses the subject.
        chunks = [c for c in verb.sent.noun_chunks if c.end <= verb.i and c.root.dep_ not in {"pobj", "dobj"}]
        if chunks and verb.doc[verb.i - 1].text == ",":
            return chunks[0].root
    return None


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; where the parser gives two ("An airstrike killed 27, the agency
    said"), the one next to the verb."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None


def _source_of(ctx: _Context, verb: Token) -> Source | None:
    head = _subject(ctx, verb)
    if head is None:
        return None
    if head.lower_ == "it" and head.dep_ == "nsubjpass":
        return Source(None, "unattributed")  # "it was reported that ..."
    source = _identify(ctx, head, _phrase(head))
    cited = _cited(verb)
    if cited is not None:
        # "CNN, citing two officials, revealed": the officials speak, CNN relays.
        relay = source.name or source.text
        source = replace(_identify(ctx, cited, _phrase(cited)), via=relay)
    else:
        outlet = _told_outlet(ctx, verb)
        if outlet is not None:
            source = replace(source, via=outlet)
    return source


def _cited(verb: Token) -> Token | None:
    """The object of "citing"/"quoting" between a subject and its reporting verb."""
    sent = verb.sent
    for token in sent:
        if token.i >= verb.i:
            break
        if token.lemma_.lower() in lexicon_claims.CITING_VERBS and token.tag_ == "VBG":
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
    return None


def _told_outlet(ctx: _Context, verb: Token) -> str | None:
    """ "X told Reuters": the outlet the statement went through."""
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and child.i in ctx.actor_at:
            name = ctx.actor_at[child.i]
            if ctx.kind.get(name) == "media":
                return name
    return None


def _phrase(head: Token) -> list[Token]:
    """The words naming a source: its noun phrase up to the head, plus "of/for/from X" and
    a clause saying it is unnamed; not a trailing place ("residents in the area")."""
    doc = head.doc
    left = min((t.i for t in head.subtree if t.i <= head.i), default=head.i)
    end = head.i + 1
    for child in head.rights:
        text = " ".join(t.lower_ for t in child.subtree)
        if child.is_punct:
            continue
        if child.dep_ in {"compound", "flat"}:
            end = max(end, child.i + 1)
        elif child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPOSITIONS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and _is_group(pobj):
                end = max(end, max(t.i for t in child.subtree) + 1)
        elif child.dep_ in {"relcl", "acl", "appos"} and any(
            m in text for m in lexicon_claims.ANONYMITY_MARKERS + lexicon_claims.ALIAS_MARKERS
        ):
            end = max(end, max(t.i for t in child.subtree) + 1)
        else:
            break
    return list(doc[left:end])


def _is_group(token: Token) -> bool:
    return token.ent_type_ in {"ORG", "NORP", "GPE"} or token.lemma_.lower() in lexicon_claims.GROUP_NOUNS


def _noun_class(head: Token) -> str | None:
    lemma = head.lower_ if head.lower_ == "media" else head.lemma_.lower()  # not "medium"
    modifiers = {c.lemma_.lower() for c in head.children if c.dep_ in {"compound", "amod"}}
    if lemma in lexicon_claims.MEDIA_NOUNS or (
        lemma in lexicon_claims.MEDIA_IF_NEWS and modifiers & lexicon_claims.NEWS_WORDS
    ):
        return "media"
    if lemma in lexicon_claims.DOCUMENT_NOUNS:
        return "document"
    if lemma in lexicon_claims.ANONYMOUS_NOUNS or head.lower_ in {"locals", "residents", "sources"}:
        return "anonymous"
    return None


def _identify(ctx: _Context, head: Token, phrase: list[Token]) -> Source:
    """Name and type of the source whose head word is ``head``."""
    doc = ctx.doc
    mention = ctx.entity_at.get(head.i)
    if mention is not None:
        # The whole name, not only its head word: "Yahya Saree", not "Saree".
        covered = docindex.tokens_starting_in(doc, mention.start, mention.end)
        phrase = sorted({*phrase, *covered}, key=lambda t: t.i)
    text_start, text_end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
    words = docindex.text(doc)[text_start:text_end]
    span = dict(text=words, start=text_start, end=text_end)
    lemma = head.lemma_.lower()
    named = next((c for c in head.children if c.dep_ == "appos" and c.i in ctx.actor_at), None)
    if named is not None and head.i not in ctx.actor_at and lemma in lexicon.PERSON_ROLES:
        return _identify(ctx, named, _phrase(named))  # "The governor, Abdul Karim Wardak, said"
    if _is_group(head) and head.ent_type_ == "" and _indefinite(head):
        # "a local resistance group said": an unnamed group, perhaps of a named actor
        # ("a Houthi group").
        owner = ctx.actor_in(t for t in phrase if t.i != head.i and t.i not in _same_mention(ctx, head))
        return Source(owner, "anonymous", **span)
    if head.i in ctx.actor_at and (lemma not in lexicon_claims.ANONYMOUS_NOUNS or head.text[:1].isupper()):
        name = ctx.actor_at[head.i]
        kind = ctx.kind.get(name)
        return Source(name, "media" if kind == "media" else "named", **span)
    if head.pos_ == "PRON":
        antecedent = _antecedent(ctx, head)
        if antecedent is not None:
            return replace(antecedent, **span, via=None)
        return Source(None, "unattributed", **span)
    owner = ctx.actor_in(t for t in phrase if t.i != head.i)
    if owner is not None and _is_group(head) and _definite(head):
        return Source(owner, "named", **span)  # "the Hamas-run Civil Defence agency said"
    anonymous_marked = any(m in words.lower() for m in lexicon_claims.ANONYMITY_MARKERS)
    alias = next(
        (
            ctx.actor_at[t.i]
            for t in phrase
            if t.i != head.i and ctx.kind.get(ctx.actor_at.get(t.i)) == "person"
        ),
        None,
    )
    if alias is not None and not anonymous_marked:
        return Source(alias, "named", **span)  # "a commander of the faction, who uses the alias Mordisco"
    noun_class = _noun_class(head)
    if noun_class == "media":
        named = ctx.actor_in(phrase)  # "Saudi-owned Al Arabiya television"
        earlier = named or _last_actor_of_kind(ctx, head.idx, "media")
        return Source(earlier, "media", **span)
    if noun_class == "document":
        owner = ctx.actor_in(t for t in phrase if t.i != head.i)
        if owner is not None:
            return Source(owner, "document", **span)
        if head.i > 0 and doc[head.i - 1].lower_ == "the" and ctx.claims:
            # "according to the report": the report already cited.
            previous = ctx.claims[-1]
            if previous.speaker_type in {"media", "document"}:
                return Source(previous.speaker, previous.speaker_type, **span)
        return Source(None, "document", **span)
    if noun_class == "anonymous" or anonymous_marked:
        if (
            lemma in lexicon.PERSON_ROLES
            and head.i > 0
            and doc[head.i - 1].lower_ == "the"
            and not anonymous_marked
        ):
            named = _person_with_role(ctx, head)
            if named is not None:
                return Source(named, "named", **span)
        # "sources in the Yemeni government": the group; "two US defense officials": the country.
        affiliation = _group_in(phrase, head) or ctx.actor_in(t for t in phrase if t.i != head.i)
        return Source(affiliation, "anonymous", **span)
    if _is_group(head) and head.i not in ctx.actor_at and _definite(head):
        recent = _recent_actor_ending(ctx, head)
        if recent is not None:
            return Source(
                recent, "named", **span
            )  # "the ministry said", after "Azerbaijan's defence ministry"
    if _is_group(head):
        owner = ctx.actor_in(phrase)  # "the al-Qaeda-linked JNIM group"
        return Source(owner or _group_name(phrase, head), "named", **span)
    return Source(words, "named", **span)


def _same_mention(ctx: _Context, head: Token) -> set[int]:
    mention = ctx.entity_at.get(head.i)
    return {i for i, m in ctx.entity_at.items() if m is mention} if mention is not None else set()


def _indefinite(head: Token) -> bool:
    """ "a local resistance group", "local human rights groups", a headline's bare
    "resistance group says"."""
    dets = [c for c in head.children if c.dep_ in {"det", "poss"}]
    if not dets:
        return head.text.islower()
    return any(c.lower_ in {"a", "an", "some", "another", "several", "many"} for c in dets)


def _group_in(phrase: list[Token], head: Token) -> str | None:
    """An unnamed-but-identified group in a source phrase: "members of the resistance front"."""
    for token in phrase:
        if token.i != head.i and token.dep_ == "pobj" and _is_group(token):
            return _group_name(_phrase(token), token)
    return None


def _group_name(phrase: list[Token], head: Token) -> str:
    """The group's words as written, without a leading determiner: "resistance front",
    "Azerbaijan's defence ministry"."""
    words = [t for t in phrase if t.i <= head.i]
    possessor = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if possessor is not None and words and possessor.i <= words[0].i:
        words = list(head.doc[possessor.left_edge.i : head.i + 1])
    while words and words[0].lower_ in lexicon.DETERMINERS:
        words.pop(0)
    if not words:
        return head.text
    return docindex.text(head.doc)[words[0].idx : head.idx + len(head)]


def _definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children)


def _recent_actor_ending(ctx: _Context, head: Token) -> str | None:
    """The actor most recently mentioned under a name ending in ``head``'s word."""
    found = None
    for mention in ctx.mentions:
        if mention.start >= head.idx:
            break
        name = ctx.actor_of.get(mention)
        words = mention.text.lower().split()
        if name is not None and len(words) > 1 and words[-1] == head.lower_:
            found = name
    return found


def _last_actor_of_kind(ctx: _Context, before: int, kind: str) -> str | None:
    found = None
    for mention in ctx.mentions:
        if mention.start >= before:
            break
        name = ctx.actor_of.get(mention)
        if name is not None and ctx.kind.get(name) == kind:
            found = name
    return found


def _person_with_role(ctx: _Context, head: Token) -> str | None:
    """ "the spokesman said": the last person introduced with that role."""
    found = None
    for mention in ctx.mentions:
        if mention.start >= head.idx:
            break
        if mention.role == head.lower_ and mention in ctx.actor_of:
            found = ctx.actor_of[mention]
    return found


def _antecedent(ctx: _Context, pronoun: Token) -> Source | None:
    """ "he said" -> the last person named or quoted; "they said" -> the last group source."""
    word = pronoun.lower_
    if word in lexicon_claims.PERSONAL_PRONOUNS:
        # The nearest earlier person: one named in the text, or a single source just quoted
        # ("a local official ... told AFP ... “...,” he said").
        candidates = [
            (m.start, Source(ctx.actor_of[m], "named"))
            for m in ctx.mentions
            if m.start < pronoun.idx and m.label == "PERSON" and m in ctx.actor_of
        ]
        for claim in ctx.claims:
            singular = claim.speaker_text is not None and _singular_person(ctx, claim)
            if singular and claim.speaker_start is not None and claim.speaker_start < pronoun.idx:
                candidates.append((claim.speaker_start, Source(claim.speaker, claim.speaker_type)))
        if candidates:
            return max(candidates, key=lambda c: c[0])[1]
        return None
    if word in lexicon_claims.GROUP_PRONOUNS:
        for claim in reversed(ctx.claims):
            if claim.speaker is not None and ctx.kind.get(claim.speaker) != "person":
                return Source(claim.speaker, claim.speaker_type)
    return None


def _singular_person(ctx: _Context, claim: Claim) -> bool:
    if claim.speaker_type == "named":
        return ctx.kind.get(claim.speaker) == "person"
    if claim.speaker_type != "anonymous":
        return False
    span = ctx.doc.char_span(claim.speaker_start, claim.speaker_end, alignment_mode="expand")
    return (
        span is not None
        and span.root.tag_ == "NN"
        and span.root.lemma_.lower() in lexicon_claims.ANONYMOUS_NOUNS
    )


# -- what a denial denies ----------------------------------------------------------------------------


def _link_denials(ctx: _Context, claims: list[Claim]) -> list[Claim]:
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


def _content_keys(ctx: _Context, claim: Claim) -> set[str]:
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


def _same_source(ctx: _Context, a: Claim, b: Claim) -> bool:
    """The same speaker or the same camp: a spokesman and his group, the "Taliban Cultural
    Commission" and the Taliban."""
    if a.speaker is None or b.speaker is None:
        return False
    return bool(_camp(ctx, a.speaker) & _camp(ctx, b.speaker))


def _camp(ctx: _Context, name: str) -> set[str]:
    camp: set[str] = set()
    while name is not None and name not in camp:
        camp.add(name)
        camp |= {other for other in ctx.kind if name.lower().startswith(other.lower() + " ")}
        name = ctx.affiliation.get(name)
    return camp


# -- records ------------------------------------------------------------------------------------------


def _claim(
    ctx: _Context, start: int, end: int, cue: Token | Span, source: Source, quote: bool = False
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


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return end


# -- sources as actors --------------------------------------------------------------------------------


def source_groups(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Unnamed groups that the text makes sources or affiliations ("members of the
    resistance front", "spokesman for the army"), as mentions at every place they occur,
    so that they become actors like named ones."""
    taken = set()
    named = set()  # tokens of names that are groups themselves, not countries or nationalities
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            taken.update(range(span.start, span.end))
            if mention.label in {"ORG", "PERSON"}:
                named.update(range(span.start, span.end))
    names: dict[str, tuple[str, ...]] = {}
    for token in doc:
        lemma = token.lemma_.lower()
        if (
            token.i in taken
            or lemma not in lexicon_claims.GROUP_NOUNS
            or lemma in lexicon_claims.ANONYMOUS_NOUNS
        ):
            continue
        if _indefinite(token):
            continue
        if token.dep_ == "pobj":
            prep, holder = token.head, token.head.head
            if prep.lower_ not in AFFILIATION_PREPOSITIONS:
                continue
            if holder.lemma_.lower() not in lexicon_claims.ANONYMOUS_NOUNS | lexicon.PERSON_ROLES:
                continue
        elif not (token.dep_ in {"nsubj", "nsubjpass"} and _is_reporting(token.head)):
            continue
        modifiers = [
            t
            for t in token.subtree
            if t.i < token.i
            and t.lower_ not in lexicon.DETERMINERS
            and t.dep_ in {"compound", "amod", "nmod"}
        ]
        if any(t.i in named for t in modifiers):
            continue  # "the Taliban armed group" is the Taliban; "the Yemeni government" is its own
        possessor = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        first = possessor.left_edge.i if possessor is not None else min([t.i for t in modifiers] + [token.i])
        words = tuple(t.text for t in doc[first : token.i + 1])
        names[" ".join(words).lower()] = words
    found = []
    for words in names.values():
        n = len(words)
        lowered = [w.lower() for w in words]
        for i in docindex.occurrences(doc, lowered, lower=True):
            if doc[i + n - 1].i not in taken:
                span = doc[i : i + n]
                taken.update(range(i, i + n))
                found.append(
                    Mention(
                        start=span.start_char,
                        end=span.end_char,
                        text=span.text,
                        label="ORG",
                        agent=span.root.dep_ in {"nsubj", "nsubjpass", "poss"},
                    )
                )
    return found


def affiliations(doc: Doc, mentions: list[Mention], actor_of: dict[Mention, str]) -> dict[str, str]:
    """Person -> the actor they belong to or speak for, where the text says so:
    "X, spokesman for the resistance front", "X, a Taliban leader", "Taliban spokesman X"."""
    ctx_tokens: dict[int, str] = {}
    for mention in sorted(mentions, key=lambda m: m.end - m.start):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and mention in actor_of:
            for token in span:
                ctx_tokens[token.i] = actor_of[mention]
    found: dict[str, str] = {}
    for mention in mentions:
        if mention.label != "PERSON" or mention.role is None or mention not in actor_of:
            continue
        person = actor_of[mention]
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        window = list(doc[span.end : min(len(doc), span.end + 8)]) + list(
            doc[max(0, span.start - 4) : span.start]
        )
        role = next((t for t in window if t.lower_ == mention.role), None)
        if role is None:
            continue
        candidates = [t for t in role.children if t.dep_ in {"compound", "amod", "nmod", "poss"}]
        for prep in (
            c for c in role.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "with", "at"}
        ):
            candidates += [t for t in prep.subtree if t.dep_ == "pobj"]
        for token in candidates:
            group = ctx_tokens.get(token.i)
            if group is not None and group != person:
                found.setdefault(person, group)
                break
    return found
