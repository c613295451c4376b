"""Front matter: the YAML (or TOML) block a static-site or CMS export puts before the article.

A Jekyll post or a crawler's Markdown file opens with ``---``, ``key: value`` lines and
another ``---``. Its keys, delimiters, quotes and metadata values (ids, dates, authors' CMS
handles, URLs, categories) are marked; the values of text keys (a title, a description, an
excerpt) are article text and stay readable. Which of those repeat each other is for
``titles`` to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Boilerplate
from . import lexicon_boilerplate as lex

# The block must open the file (after a byte-order mark or blank lines) and close within this
# many characters: a dash line further down is prose or a rule, never front matter.
MAX_LENGTH = 20_000

_OPEN = re.compile(r"\A[\ufeff\s]*?(?P<fence>---|\+\+\+)[ \t]*(?:\r\n|\r|\n)")
_CLOSE = {"---": re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M), "+++": re.compile(r"^\+\+\+[ \t]*$", re.M)}
_LINE = re.compile(r"[^\r\n]*")
_KEY = re.compile(r"(?P<key>[A-Za-z_][\w.-]*)[ \t]*(?P<sep>:(?=[ \t]|$)|=)[ \t]*")
_BLOCK_INDICATOR = re.compile(r"[>|][+-]?\d*[ \t]*(?:#.*)?")
_LIST_ITEM = re.compile(r"-[ \t]+")
_KEY_PARTS = re.compile(r"[_.-]")


@dataclass(frozen=True)
class Field:
    """A text field of the front matter: its key and the spans of its readable value."""

    key: str
    spans: tuple[tuple[int, int], ...]

    @property
    def is_title(self) -> bool:
        return any(part in lex.FRONT_MATTER_TITLE_PARTS for part in _KEY_PARTS.split(self.key.lower()))


@dataclass(frozen=True)
class FrontMatter:
    """The block ``[start, end)``, its marked regions and its text fields, in order."""

    start: int
    end: int
    regions: tuple[Boilerplate, ...]
    fields: tuple[Field, ...]


def find_front_matter(text: str) -> FrontMatter | None:
    """The front matter opening ``text``, or None."""
    opening = _OPEN.match(text)
    if not opening:
        return None
    closing = _CLOSE[opening["fence"]].search(text, opening.end(), opening.end() + MAX_LENGTH)
    if not closing:
        return None
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, opening.end(), closing.start())]
    lines = [(a, b) for a, b in lines if a < closing.start()]
    if not any(_KEY.match(text, a, b) for a, b in lines):
        return None
    fields = _text_fields(text, lines)
    start = opening.start("fence")
    kept = sorted(span for f in fields for span in f.spans)
    return FrontMatter(start, closing.end(), _complement(text, start, closing.end(), kept), tuple(fields))


def is_text_key(key: str) -> bool:
    """Whether a front-matter key holds article text (a title, a description)."""
    return any(part in lex.FRONT_MATTER_TEXT_PARTS for part in _KEY_PARTS.split(key.lower()))


def _text_fields(text: str, lines: list[tuple[int, int]]) -> list[Field]:
    """The readable spans of each text key's value: inline, quoted, folded or listed."""
    fields: list[Field] = []
    key: str | None = None
    spans: list[tuple[int, int]] = []
    quote = ""  # the quote mark of a quoted value that continues on the next line

    def finish() -> None:
        if key is not None and spans:
            fields.append(Field(key, tuple(spans)))

    for a, b in lines:
        match = _KEY.match(text, a, b) if not quote else None
        if match:
            finish()
            key, spans, quote = match["key"], [], ""
            if not is_text_key(key):
                key = None
                continue
            start = match.end()
        elif key is None:
            continue
        else:
            start = a
            while start < b and text[start] in " \t":
                start += 1
            if not quote:
                item = _LIST_ITEM.match(text, start, b)
                start = item.end() if item else start
        quote = _value(text, start, b, quote, spans)
    finish()
    return fields


def _value(text: str, start: int, end: int, quote: str, spans: list[tuple[int, int]]) -> str:
    """Add the readable span of one value line to ``spans``; return the quote still open."""
    while end > start and text[end - 1] in " \t":
        end -= 1
    if start >= end:
        return quote
    if not quote:
        if _BLOCK_INDICATOR.fullmatch(text, start, end):
            return ""
        if text[start] in "\"'":
            quote = text[start]
            start += 1
    if quote and end > start and text[end - 1] == quote:
        end -= 1
        quote = ""
    if start < end:
        spans.append((start, end))
    return quote


def _complement(text: str, start: int, end: int, kept: list[tuple[int, int]]) -> tuple[Boilerplate, ...]:
    """Regions for everything in ``[start, end)`` outside ``kept``, trimmed of whitespace."""
    regions = []
    pos = start
    for a, b in [*kept, (end, end)]:
        lo, hi = pos, a
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            regions.append(Boilerplate(lo, hi, "front matter"))
        pos = max(pos, b)
    return tuple(regions)
