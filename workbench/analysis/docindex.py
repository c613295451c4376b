"""Lookups over one Doc that the analysis modules share, built once per Doc.

spaCy rebuilds ``Doc.text`` from its tokens on every access, and finding a token by its
character offset means walking the whole Doc. Repeated per claim, quote or mention, those
walks cost as much as the parse itself; here they are done once and then answered by
list slices and binary search. Nothing here changes what is found, only how fast.
The analysis never retokenises a Doc, so an index stays true for the Doc's life.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from weakref import WeakKeyDictionary

from spacy.attrs import IDX, LEMMA, LENGTH, LOWER
from spacy.tokens import Doc, Span, Token


class DocIndex:
    """Token offsets and words of one Doc. Holds no reference to the Doc itself, so that
    the cache below never keeps a Doc alive."""

    def __init__(self, doc: Doc) -> None:
        # One array export instead of a Token object per token and attribute.
        rows = doc.to_array([IDX, LENGTH, LOWER, LEMMA]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        known = doc.user_data.get(TEXT_KEY)
        # The text the Doc was made from, when the parse kept it: same characters, no rebuild.
        self.text = (
            known
            if isinstance(known, str)
            and rows
            and len(known) == rows[-1][0] + rows[-1][1] + len(doc[-1].whitespace_)
            else doc.text
        )
        self.starts = [row[0] for row in rows]
        # Tokens never overlap, so their end offsets are as ordered as their starts.
        self.ends = [row[0] + row[1] for row in rows]
        self.words = [self.text[row[0] : row[0] + row[1]] for row in rows]
        self.lowers = [strings[row[2]] for row in rows]
        # ``token.lemma_.lower()``, the form the word lists are written in.
        self.lemmas = [strings[row[3]].lower() for row in rows]
        self._positions: dict[bool, dict[str, list[int]]] = {}
        self._chunks: list[tuple[int, int, int]] | None = None
        self._breaks: list[int] | None = None

    def positions(self, word: str, *, lower: bool = False) -> list[int]:
        """The token indices where ``word`` is the token's text (or its lower-cased text), in
        order: one pass over the Doc builds the table for every word."""
        table = self._positions.get(lower)
        if table is None:
            table = self._positions[lower] = {}
            for i, found in enumerate(self.lowers if lower else self.words):
                table.setdefault(found, []).append(i)
        return table.get(word, [])

    def paragraph_breaks(self) -> list[int]:
        """Every offset where a blank line (``"\\n\\n"``) starts, overlapping runs included."""
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer(r"(?=\n\n)", self.text)]
        return self._breaks

    def noun_chunks(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(start, end, label)`` of the Doc's noun chunks, found once."""
        if self._chunks is None:
            self._chunks = [(c.start, c.end, c.label) for c in doc.noun_chunks]
        return self._chunks


TEXT_KEY = "workbench.text"


def with_text(doc: Doc, text: str) -> Doc:
    """``doc``, noting the text it was parsed from, so that its index need not rebuild it."""
    doc.user_data[TEXT_KEY] = text
    return doc


_INDEXES: WeakKeyDictionary[Doc, DocIndex] = WeakKeyDictionary()


def index(doc: Doc) -> DocIndex:
    """The index of ``doc``, built on first use and dropped with the Doc."""
    found = _INDEXES.get(doc)
    if found is None:
        found = _INDEXES[doc] = DocIndex(doc)
    return found


def text(doc: Doc) -> str:
    """``doc.text``, without rebuilding it from the tokens on every call."""
    return index(doc).text


def token_ending_after(doc: Doc, offset: int) -> Token:
    """The first token that ends after character ``offset`` (the token holding it, or the
    next one when ``offset`` is whitespace between tokens)."""
    return doc[bisect_right(index(doc).ends, offset)]


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")`` by binary search over the index:
    spaCy's makes five Token objects per call to check the alignment. The tokens holding the
    first and the last character (a token holds its trailing whitespace), the first one
    skipped when ``start`` is the whitespace right after it; None outside the text."""
    indexed = index(doc)
    starts = indexed.starts
    if not starts or end <= start or start < starts[0] or end > len(indexed.text):
        return None
    first = bisect_right(starts, start) - 1
    last = bisect_right(starts, end - 1) - 1
    if start == indexed.ends[first]:
        first += 1
    return Span(doc, first, last + 1)


def tokens_starting_in(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens whose first character lies in ``[start, end)``."""
    starts = index(doc).starts
    return list(doc[bisect_left(starts, start) : bisect_left(starts, end)])


def tokens_starting_after(doc: Doc, offset: int, limit: int) -> list[Token]:
    """At most ``limit`` tokens that start after character ``offset``."""
    first = bisect_right(index(doc).starts, offset)
    return list(doc[first : first + limit])


def tokens_ending_by(doc: Doc, offset: int, limit: int) -> list[Token]:
    """The last ``limit`` (at most) tokens that end at or before character ``offset``."""
    last = bisect_right(index(doc).ends, offset)
    return list(doc[max(0, last - limit) : last])


def occurrences(doc: Doc, words: list[str], *, lower: bool = False) -> list[int]:
    """Token indices where the token texts (or lower-cased texts) ``words`` occur in a row."""
    indexed = index(doc)
    found = indexed.lowers if lower else indexed.words
    n = len(words)
    if not n:
        return []
    # Only where the first word is: a table lookup, not a walk over the Doc per name.
    return [i for i in indexed.positions(words[0], lower=lower) if found[i : i + n] == words]


def same_paragraph(doc: Doc, a: int, b: int) -> bool:
    """``"\\n\\n" not in doc.text[a:b]``, by binary search rather than by copying the text between:
    ``a`` and ``b`` may be a long text apart."""
    breaks = index(doc).paragraph_breaks()
    first = bisect_left(breaks, a)
    return first == len(breaks) or breaks[first] + 2 > b


def noun_chunks(span: Span) -> list[Span]:
    """``span.noun_chunks``, found by binary search. spaCy's ``Span.noun_chunks`` walks every noun
    chunk of the whole Doc for each span it is asked about: per sentence of a long text, that is
    quadratic."""
    doc = span.doc
    chunks = index(doc).noun_chunks(doc)
    first = bisect_left(chunks, (span.start, -1, -1))
    found = []
    for start, end, label in chunks[first:]:
        if start >= span.end:
            break
        if end <= span.end:
            found.append(Span(doc, start, end, label=label))
    return found


def candidates(doc: Doc, words: frozenset[str], lemmas: frozenset[str]) -> list[Token]:
    """The tokens, in order, whose lower-cased text is in ``words`` or lemma in ``lemmas``:
    the only ones a per-token rule keyed on those lists can fire on."""
    indexed = index(doc)
    return [
        doc[i]
        for i, (word, lemma) in enumerate(zip(indexed.lowers, indexed.lemmas, strict=True))
        if word in words or lemma in lemmas
    ]


def span_text(span: Span) -> str:
    """``span.text``, sliced from the Doc's text rather than joined from its tokens."""
    return text(span.doc)[span.start_char : span.end_char]
