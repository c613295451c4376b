"""Quotation regions in article text, paired in a way that survives real copy.

Journalism breaks the tidy rules: a quote runs over several paragraphs with an opening
mark on each and a closing mark only on the last; a closing mark goes missing; a stray
space sits before the closing mark (`losses, ”said`). Pairing works per paragraph and
never raises: an unclosed quote ends where the paragraph ends (or the next paragraph
continues it), a closing mark with no opening one closes a quote that began with the
paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "“„«‟"
CLOSING = "”»"
AMBIGUOUS = '"'

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*")
# Only marks change the pairing state: the scan jumps from one to the next.
_MARK = re.compile(f"[{re.escape(OPENING + CLOSING + AMBIGUOUS)}]")


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
        if pending is not None and not (para[first : first + 1] and para[first] in OPENING + AMBIGUOUS):
            # The previous paragraph's quote was not continued: it ended with its paragraph.
            quotes.append(_unclosed(text, pending, paragraphs[index - 1][1]))
            pending = None
        open_at: int | None = None
        for mark in _MARK.finditer(text, p_start, p_end):
            at = mark.start()
            offset, char = at - p_start, mark.group()
            if pending is not None and offset == first and char in OPENING + AMBIGUOUS:
                continue  # the conventional re-opening mark of a continued quote
            if char in OPENING or (char == AMBIGUOUS and open_at is None and pending is None):
                if open_at is None:
                    open_at = at
            elif char in CLOSING or char == AMBIGUOUS:
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


def _unclosed(text: str, open_mark: int, end: int) -> Quote:
    while end > open_mark + 1 and text[end - 1].isspace():
        end -= 1
    return Quote(open_mark + 1, end, open_mark, None)
