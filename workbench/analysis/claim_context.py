"""What the claim finders share while they read one document: the document's context, its
quoted statements, and the claims found so far (a pronoun refers back to an earlier claim's
source). Its own module, so that every claim finder can name it without importing the others."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Claim
from . import docindex
from .context import DocContext
from .quotes import Quote


class ClaimContext(DocContext):
    """The document's context plus what the claim finders build up: its quotations and the
    claims found so far (a pronoun refers back to an earlier claim's source)."""

    def __init__(self, base: DocContext, quotes: list[Quote]):
        self.__dict__.update(base.__dict__)
        doc = self.doc
        self.quotes = quotes
        self.claims: list[Claim] = []
        self.genders: dict[str, dict[str, int]] | None = None  # per person, counted when first asked
        self.pronoun_votes: dict[str, dict[str, int]] = {}  # per speaker, the pronouns they spoke by
        self.pronouns_counted = 0
        self._seen: set[tuple[int, int, str | None]] = set()
        self._cue_index: dict[int, int] = {}
        # Asked for every token: answered from a table, the first quote in the list winning.
        self._quote_at: dict[int, Quote] = {}
        for quote in reversed(self.quotes):
            for token in docindex.tokens_starting_in(doc, quote.start, quote.end):
                self._quote_at[token.i] = quote

    def in_quote(self, token: Token) -> Quote | None:
        return self._quote_at.get(token.i)

    def add(self, claim: Claim) -> None:
        self.claims.append(claim)
        self._seen.add((claim.cue_start, claim.start, claim.speaker))
        self._cue_index.setdefault(claim.cue_start, len(self.claims) - 1)

    def seen(self, claim: Claim) -> bool:
        """A claim with this cue, start and speaker is already found."""
        return (claim.cue_start, claim.start, claim.speaker) in self._seen

    def claim_with_cue(self, cue_start: int) -> int | None:
        """The index of the first claim found with its cue at ``cue_start``."""
        return self._cue_index.get(cue_start)

    def claims_before(self, offset: int, reach: int) -> list[Claim]:
        """The claims found so far that start or have their cue within ``reach`` characters
        before ``offset`` (or after it): claims come in text order, so the scan stops early."""
        found = []
        for claim in reversed(self.claims):
            if max(claim.start, claim.cue_start, claim.end) < offset - reach:
                break
            found.append(claim)
        found.reverse()
        return found
