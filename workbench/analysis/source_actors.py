"""Sources as actors: unnamed groups that the text makes sources ("the resistance front
said"), and the actor a named person speaks for ("X, spokesman for the army")."""

from __future__ import annotations

from spacy.tokens import Doc

from . import cues, docindex, lexicon, lexicon_claims
from .context import DocContext
from .entities import Mention
from .sources import AFFILIATION_PREPOSITIONS, indefinite

# Group nouns that are not themselves the head of an unnamed person ("leader", "member").
_GROUP_LEMMAS = lexicon_claims.GROUP_NOUNS - lexicon_claims.ANONYMOUS_NOUNS


def source_groups(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Unnamed groups that the text makes sources or affiliations ("members of the
    resistance front", "spokesman for the army"), as mentions at every place they occur,
    so that they become actors like named ones."""
    taken = set()
    named = set()  # tokens of names that are groups themselves, not countries or nationalities
    for mention in mentions:
        span = docindex.char_span(doc, mention.start, mention.end)
        if span is not None:
            taken.update(range(span.start, span.end))
            if mention.label in {"ORG", "PERSON"}:
                named.update(range(span.start, span.end))
    names: dict[str, tuple[str, ...]] = {}
    for token in docindex.candidates(doc, frozenset(), _GROUP_LEMMAS):
        if token.i in taken:
            continue
        if indefinite(token):
            continue
        if token.dep_ == "pobj":
            prep, holder = token.head, token.head.head
            if prep.lower_ not in AFFILIATION_PREPOSITIONS:
                continue
            if holder.lemma_.lower() not in lexicon_claims.ANONYMOUS_NOUNS | lexicon.PERSON_ROLES:
                continue
        elif not (token.dep_ in {"nsubj", "nsubjpass"} and cues.is_reporting(token.head)):
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


def affiliations(ctx: DocContext) -> dict[str, str]:
    """Person -> the actor they belong to or speak for, where the text says so:
    "X, spokesman for the resistance front", "X, a Taliban leader", "Taliban spokesman X"."""
    doc, actor_of = ctx.doc, ctx.actor_of
    found: dict[str, str] = {}
    for mention in ctx.mentions:
        if mention.label != "PERSON" or mention.role is None or mention not in actor_of:
            continue
        person = actor_of[mention]
        span = docindex.char_span(doc, mention.start, mention.end)
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
            group = ctx.actor_at.get(token.i)
            if group is not None and group != person:
                found.setdefault(person, group)
                break
    return found
