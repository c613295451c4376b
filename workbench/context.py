"""What the analysis layers share about one document, built once: its mentions, its actors,
and which token belongs to which mention and actor.

The claim and casualty layers both ask "which actor does this word name?" for many tokens;
the answer is a table built here once per Doc rather than a map rebuilt in every layer.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from . import docindex
from .entities import Mention
from .records import Actor


class DocContext:
    """A Doc with its mentions and actors. Holds spaCy objects: analysis only, never kept."""

    def __init__(
        self, doc: Doc, mentions: list[Mention], actor_of: dict[Mention, str], actors: Iterable[Actor]
    ):
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.actor_of = actor_of
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
        self.set_actors(actors)

    def set_actors(self, actors: Iterable[Actor]) -> None:
        """The actors as finally described (affiliations are found after grouping)."""
        self.actors = {a.name: a for a in actors}
        self.kind = {a.name: a.kind for a in self.actors.values()}
        self.affiliation = {a.name: a.affiliation for a in self.actors.values() if a.affiliation}

    def actor_in(self, tokens: Iterable[Token]) -> str | None:
        """The actor named closest to the end of a phrase ("the al-Qaeda-linked JNIM group")."""
        return next((self.actor_at[t.i] for t in reversed(list(tokens)) if t.i in self.actor_at), None)

    def mention_tokens(self, token: Token) -> set[int]:
        """The token indices of the mention ``token`` is part of (none when it is in none)."""
        mention = self.entity_at.get(token.i)
        if mention is None:
            return set()
        return {t.i for t in docindex.tokens_starting_in(self.doc, mention.start, mention.end)}
