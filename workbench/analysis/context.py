"""What the analysis layers share about one document, built once: its mentions, its actors,
and which token belongs to which mention and actor.

The claim and casualty layers both ask "which actor does this word name?" for many tokens;
the answer is a table built here once per Doc rather than a map rebuilt in every layer.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..records import Actor
from . import docindex, lexicon
from .display import Display
from .entities import Mention


class DocContext:
    """A Doc with its mentions and actors. Holds spaCy objects: analysis only, never kept."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        actor_of: dict[Mention, str],
        actors: Iterable[Actor],
        text: str | None = None,
    ):
        self.doc = doc
        # The article's own text: records quote it, while the Doc reads a copy with markup blanked.
        self.text = docindex.text(doc) if text is None else text
        # Headlines, bullets, captions: on the Doc's text, where hard wraps inside sentences are joined.
        self.display = Display(docindex.text(doc))
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self.actor_of = actor_of
        self.entity_at: dict[int, Mention] = {}
        self.actor_at: dict[int, str] = {}
        # Where mentions nest ("Yemeni" in "Yemeni government"), the longer one wins.
        for mention in sorted(mentions, key=lambda m: m.end - m.start):
            span = docindex.char_span(doc, mention.start, mention.end)
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
        # The last word of each name of several words, to the actors so named: "rebels" of
        # "M23 rebels". Built once, asked for every common noun.
        self._by_last_word: dict[str, set[str]] = {}
        for actor in self.actors.values():
            if actor.kind == "place":
                continue
            for alias in (actor.name, *actor.aliases):
                words = alias.lower().split()
                if len(words) > 1:
                    self._by_last_word.setdefault(words[-1], set()).add(actor.name)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in ``[start, end)``, in order, found by binary search."""
        return self.mentions[
            bisect_left(self._mention_starts, start) : bisect_left(self._mention_starts, end)
        ]

    def actor_for_noun(self, word: str) -> str | None:
        """The story's actor a common noun stands for: "rebels" after "M23 rebels", "police"
        after "Iraqi police"; failing that, the story's one armed group for "rebels",
        "militants", its one state force for "troops", "the army", "security"."""
        word = word.lower()
        forms = {word, word[:-1] if word.endswith("s") else word + "s"}
        named = {name for form in forms for name in self._by_last_word.get(form, ())}
        if len(named) == 1:
            return named.pop()
        if forms & lexicon.ARMED_GROUP_NOUNS:
            kind = "armed_group"
        elif forms & lexicon.FORCE_NOUNS or word in lexicon.FORCE_MODIFIERS:
            kind = "state_force"
        else:
            return None
        of_kind = [a.name for a in self.actors.values() if a.kind == kind]
        return of_kind[0] if len(of_kind) == 1 else None

    def actor_in(self, tokens: Iterable[Token]) -> str | None:
        """The actor named closest to the end of a phrase ("the al-Qaeda-linked JNIM group")."""
        return next((self.actor_at[t.i] for t in reversed(list(tokens)) if t.i in self.actor_at), None)

    def mention_tokens(self, token: Token) -> set[int]:
        """The token indices of the mention ``token`` is part of (none when it is in none)."""
        mention = self.entity_at.get(token.i)
        if mention is None:
            return set()
        return {t.i for t in docindex.tokens_starting_in(self.doc, mention.start, mention.end)}


class Spans:
    """Character spans, asked which of them cover an offset: answered by binary search over
    their starts, looking back no further than the longest span."""

    def __init__(self, spans: Iterable[tuple[int, int, int]] = ()):
        self._spans = sorted(spans)  # (start, end, tag)
        self._starts = [s[0] for s in self._spans]
        self._longest = max((end - start for start, end, _ in self._spans), default=0)

    def add(self, start: int, end: int, tag: int = 0) -> None:
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._spans.insert(at, (start, end, tag))
        self._longest = max(self._longest, end - start)

    def covering(self, offset: int) -> list[tuple[int, int, int]]:
        low = bisect_left(self._starts, offset - self._longest)
        high = bisect_right(self._starts, offset)
        return [span for span in self._spans[low:high] if span[0] <= offset < span[1]]

    def covers(self, offset: int) -> bool:
        return bool(self.covering(offset))
