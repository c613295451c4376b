"""Quotation regions in article text, paired in a way that survives real copy.

Journalism breaks the tidy rules: a quote runs over several paragraphs with an opening
mark on each and a closing mark only on the last, or with no mark at all where a paragraph
break falls inside it; a closing mark goes missing; a stray space sits before the closing
mark (`losses, ”said`); tabloids and wire copy quote with single marks that are also
apostrophes (`'We won't leave,' he said`). Pairing works per paragraph and never raises: an
unclosed quote ends where the paragraph ends (or the next paragraph continues it), a
closing mark with no opening one closes a quote that began with the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "“„«‟"
CLOSING = "”»"
AMBIGUOUS = '"'
SINGLE = "‘’'"

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*")
# Only marks change the pairing state: the scan jumps from one to the next.
_DOUBLE = re.compile(f"[{re.escape(OPENING + CLOSING + AMBIGUOUS)}]")
_SINGLE = re.compile(f"[{re.escape(SINGLE)}]")

OPEN, CLOSE, EITHER = "open", "close", "either"


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` bound the quoted words (marks excluded).

    ``open_mark``/``close_mark`` are the offsets of the marks, None where missing.
    """

    start: int
    end: int
    open_mark: int | None
    close_mark: int | None

    @property
    def closed(self) -> bool:
        return self.open_mark is not None and self.close_mark is not None


def find_quotes(text: str) -> list[Quote]:
    """All quotation regions of ``text``, in order, non-overlapping."""
    quotes: list[Quote] = []
    pending: int | None = None  # an opening mark whose quote continues from an earlier paragraph
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    for index, (p_start, p_end) in enumerate(paragraphs):
        para = text[p_start:p_end]
        first = len(para) - len(para.lstrip())
        marks = _marks(text, p_start, p_end)
        reopens = bool(marks) and marks[0][0] == p_start + first and marks[0][1] in {OPEN, EITHER}
        closes_first = bool(marks) and marks[0][1] in {CLOSE, EITHER} and not reopens
        if pending is not None and not (reopens or closes_first):
            # The previous paragraph's quote was not continued: it ended with its paragraph.
            quotes.append(_unclosed(text, pending, paragraphs[index - 1][1]))
            pending = None
        open_at: int | None = None
        for position, (at, kind) in enumerate(marks):
            if pending is not None and position == 0 and reopens:
                continue  # the conventional re-opening mark of a continued quote
            if kind == OPEN or (kind == EITHER and open_at is None and pending is None):
                if open_at is None:
                    open_at = at
            else:
                begin = pending if pending is not None else open_at
                if begin is None:
                    # A closing mark without an opening one: the quote began with the paragraph.
                    quotes.append(Quote(p_start + first, at, None, at))
                else:
                    quotes.append(Quote(begin + 1, at, begin, at))
                pending = None
                open_at = None
        if open_at is not None:
            pending = open_at
    if pending is not None:
        quotes.append(_unclosed(text, pending, paragraphs[-1][1]))
    return [q for q in quotes if text[q.start : q.end].strip()]


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The quotation marks of one paragraph as (offset, open | close | either). Double marks
    when the paragraph has any; otherwise single marks, told from apostrophes by what stands
    on either side of them."""
    double = [
        (m.start(), _double_kind(text, m.start(), start, end)) for m in _DOUBLE.finditer(text, start, end)
    ]
    if double:
        return double
    found = []
    for match in _SINGLE.finditer(text, start, end):
        at = match.start()
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < end else " "
        if after.isalnum() and (before.isspace() or before in "([{—–-:;,"):
            found.append((at, OPEN))  # 'We ...  /  ‘We ...
        elif match.group() == "‘" and not after.isspace():
            found.append((at, OPEN))
        elif not after.isalnum() and not before.isspace():
            found.append((at, CLOSE))  # ...,' he said  /  ...’.
        # Anything else is an apostrophe: won't, Russia’s, '90s.
    # An apostrophe ending a plural ("the rebels' advance") looks like a closing mark; it only
    # closes a quote when one is open.
    # So does "rebels' advance" inside a quote: a mark after an "s" and before a word is taken
    # for an apostrophe when a later mark can close the quote.
    kept: list[tuple[int, str]] = []
    is_open = False
    for position, (at, kind) in enumerate(found):
        if kind == OPEN:
            is_open = True
            kept.append((at, kind))
        elif is_open:
            possessive = text[at - 1] == "s" and text[at + 1 : at + 3].strip()[:1].isalnum()
            if possessive and any(k == CLOSE for _, k in found[position + 1 :]):
                continue
            kept.append((at, kind))
            is_open = False
    return kept


def _double_kind(text: str, at: int, start: int, end: int) -> str:
    char = text[at]
    if char in OPENING:
        return OPEN
    if char in CLOSING:
        return CLOSE
    # A straight mark: which side the words are on says which it is, where it can.
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    if before.isspace() and not after.isspace():
        return OPEN
    if not before.isspace() and not after.isalnum():
        return CLOSE
    return EITHER


def _unclosed(text: str, open_mark: int, end: int) -> Quote:
    while end > open_mark + 1 and text[end - 1].isspace():
        end -= 1
    return Quote(open_mark + 1, end, open_mark, None)
