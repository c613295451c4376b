"""Sources: who a statement is attributed to.

The source's head word is the reporting verb's subject (or the subject it shares, or an
inverted "said X"). It is identified as an actor named in the text, a pronoun or role noun
that refers back to one, an unnamed source (with the actor it belongs to, when the text
says), the media, or a document. Chains are kept: "CNN, citing two officials, revealed" has
the officials as the source and CNN as ``via``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from . import cues, docindex, lexicon, lexicon_claims
from .records import Claim

if TYPE_CHECKING:
    from .claims import ClaimContext

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


def subject(ctx: ClaimContext, verb: Token) -> Token | None:
    """The source's head word: the verb's subject, the subject it shares with the verb it
    hangs off ("..., saying ..."), the inverted subject ("said X"), or, where the parse
    went astray over parentheses, the sentence's first noun phrase."""
    nearest = cues.nearest_subject(verb)
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
            return subject(ctx, head)  # "..., saying ...", "confirmed ... but said ..."
    if verb.tag_ in {"VBD", "VBZ", "VBP"}:
        # Over "CNN, citing two officials, who spoke ..., revealed" the parser loses the subject.
        chunks = [c for c in verb.sent.noun_chunks if c.end <= verb.i and c.root.dep_ not in {"pobj", "dobj"}]
        if chunks and verb.doc[verb.i - 1].text == ",":
            return chunks[0].root
    return None


def source_of(ctx: ClaimContext, verb: Token) -> Source | None:
    head = subject(ctx, verb)
    if head is None:
        return None
    if head.lower_ == "it" and head.dep_ == "nsubjpass":
        return Source(None, "unattributed")  # "it was reported that ..."
    source = identify(ctx, head, phrase(head))
    cited = _cited(verb)
    if cited is not None:
        # "CNN, citing two officials, revealed": the officials speak, CNN relays.
        relay = source.name or source.text
        source = replace(identify(ctx, cited, phrase(cited)), via=relay)
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


def _told_outlet(ctx: ClaimContext, verb: Token) -> str | None:
    """ "X told Reuters": the outlet the statement went through."""
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and child.i in ctx.actor_at:
            name = ctx.actor_at[child.i]
            if ctx.kind.get(name) == "media":
                return name
    return None


def phrase(head: Token) -> list[Token]:
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
            if pobj is not None and is_group(pobj):
                end = max(end, max(t.i for t in child.subtree) + 1)
        elif child.dep_ in {"relcl", "acl", "appos"} and any(
            m in text for m in lexicon_claims.ANONYMITY_MARKERS + lexicon_claims.ALIAS_MARKERS
        ):
            end = max(end, max(t.i for t in child.subtree) + 1)
        else:
            break
    return list(doc[left:end])


def is_group(token: Token) -> bool:
    return token.ent_type_ in {"ORG", "NORP", "GPE"} or token.lemma_.lower() in lexicon_claims.GROUP_NOUNS


def noun_class(head: Token) -> str | None:
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


def identify(ctx: ClaimContext, head: Token, words_of: list[Token]) -> Source:
    """Name and type of the source whose head word is ``head``."""
    doc = ctx.doc
    mention = ctx.entity_at.get(head.i)
    if mention is not None:
        # The whole name, not only its head word: "Yahya Saree", not "Saree".
        covered = docindex.tokens_starting_in(doc, mention.start, mention.end)
        words_of = sorted({*words_of, *covered}, key=lambda t: t.i)
    text_start, text_end = words_of[0].idx, words_of[-1].idx + len(words_of[-1])
    words = docindex.text(doc)[text_start:text_end]
    span = dict(text=words, start=text_start, end=text_end)
    lemma = head.lemma_.lower()
    named = next((c for c in head.children if c.dep_ == "appos" and c.i in ctx.actor_at), None)
    if named is not None and head.i not in ctx.actor_at and lemma in lexicon.PERSON_ROLES:
        return identify(ctx, named, phrase(named))  # "The governor, Abdul Karim Wardak, said"
    if is_group(head) and head.ent_type_ == "" and indefinite(head):
        # "a local resistance group said": an unnamed group, perhaps of a named actor
        # ("a Houthi group").
        own = ctx.mention_tokens(head) | {head.i}
        owner = ctx.actor_in(t for t in words_of if t.i not in own)
        return Source(owner, "anonymous", **span)
    if head.i in ctx.actor_at and (lemma not in lexicon_claims.ANONYMOUS_NOUNS or head.text[:1].isupper()):
        name = ctx.actor_at[head.i]
        kind = ctx.kind.get(name)
        return Source(name, "media" if kind == "media" else "named", **span)
    if head.pos_ == "PRON":
        earlier = antecedent(ctx, head)
        if earlier is not None:
            return replace(earlier, **span, via=None)
        return Source(None, "unattributed", **span)
    owner = ctx.actor_in(t for t in words_of if t.i != head.i)
    if owner is not None and is_group(head) and definite(head):
        return Source(owner, "named", **span)  # "the Hamas-run Civil Defence agency said"
    anonymous_marked = any(m in words.lower() for m in lexicon_claims.ANONYMITY_MARKERS)
    alias = next(
        (
            ctx.actor_at[t.i]
            for t in words_of
            if t.i != head.i and ctx.kind.get(ctx.actor_at.get(t.i)) == "person"
        ),
        None,
    )
    if alias is not None and not anonymous_marked:
        return Source(alias, "named", **span)  # "a commander of the faction, who uses the alias Mordisco"
    cls = noun_class(head)
    if cls == "media":
        named = ctx.actor_in(words_of)  # "Saudi-owned Al Arabiya television"
        earlier = named or _last_actor_of_kind(ctx, head.idx, "media")
        return Source(earlier, "media", **span)
    if cls == "document":
        owner = ctx.actor_in(t for t in words_of if t.i != head.i)
        if owner is not None:
            return Source(owner, "document", **span)
        if head.i > 0 and doc[head.i - 1].lower_ == "the" and ctx.claims:
            # "according to the report": the report already cited.
            previous = ctx.claims[-1]
            if previous.speaker_type in {"media", "document"}:
                return Source(previous.speaker, previous.speaker_type, **span)
        return Source(None, "document", **span)
    if cls == "anonymous" or anonymous_marked:
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
        affiliation = _group_in(words_of, head) or ctx.actor_in(t for t in words_of if t.i != head.i)
        return Source(affiliation, "anonymous", **span)
    if is_group(head) and head.i not in ctx.actor_at and definite(head):
        recent = _recent_actor_ending(ctx, head)
        if recent is not None:
            return Source(
                recent, "named", **span
            )  # "the ministry said", after "Azerbaijan's defence ministry"
    if is_group(head):
        owner = ctx.actor_in(words_of)  # "the al-Qaeda-linked JNIM group"
        return Source(owner or group_name(words_of, head), "named", **span)
    return Source(words, "named", **span)


def indefinite(head: Token) -> bool:
    """ "a local resistance group", "local human rights groups", a headline's bare
    "resistance group says"."""
    dets = [c for c in head.children if c.dep_ in {"det", "poss"}]
    if not dets:
        return head.text.islower()
    return any(c.lower_ in {"a", "an", "some", "another", "several", "many"} for c in dets)


def _group_in(words_of: list[Token], head: Token) -> str | None:
    """An unnamed-but-identified group in a source phrase: "members of the resistance front"."""
    for token in words_of:
        if token.i != head.i and token.dep_ == "pobj" and is_group(token):
            return group_name(phrase(token), token)
    return None


def group_name(words_of: list[Token], head: Token) -> str:
    """The group's words as written, without a leading determiner: "resistance front",
    "Azerbaijan's defence ministry"."""
    words = [t for t in words_of if t.i <= head.i]
    possessor = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if possessor is not None and words and possessor.i <= words[0].i:
        words = list(head.doc[possessor.left_edge.i : head.i + 1])
    while words and words[0].lower_ in lexicon.DETERMINERS:
        words.pop(0)
    if not words:
        return head.text
    return docindex.text(head.doc)[words[0].idx : head.idx + len(head)]


def definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children)


def _recent_actor_ending(ctx: ClaimContext, head: Token) -> str | None:
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


def _last_actor_of_kind(ctx: ClaimContext, before: int, kind: str) -> str | None:
    found = None
    for mention in ctx.mentions:
        if mention.start >= before:
            break
        name = ctx.actor_of.get(mention)
        if name is not None and ctx.kind.get(name) == kind:
            found = name
    return found


def _person_with_role(ctx: ClaimContext, head: Token) -> str | None:
    """ "the spokesman said": the last person introduced with that role."""
    found = None
    for mention in ctx.mentions:
        if mention.start >= head.idx:
            break
        if mention.role == head.lower_ and mention in ctx.actor_of:
            found = ctx.actor_of[mention]
    return found


def antecedent(ctx: ClaimContext, pronoun: Token) -> Source | None:
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


def _singular_person(ctx: ClaimContext, claim: Claim) -> bool:
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
