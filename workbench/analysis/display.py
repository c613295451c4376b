"""Display text: the headline, standfirst, key-point bullets, photo captions and lines set in
capitals that announce what the body reports. A block between blank lines is display when it
does not close like a sentence and is short, or when it is set in capitals; a display line is
a short unclosed line (a headline, a bullet) or one in capitals. Found once per text
(``docindex``); the casualty layer lets a display block's figure yield to the body's, the claim
layer a display line's claim.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# A block that ends like prose: a full stop, a closing quote or bracket.
_CLOSED = re.compile(r"[.!?\"”’')\]]\s*$")
_BLOCK_BREAK = re.compile(r"\n[ \t\r]*\n")
DISPLAY_WORDS = 40
LINE_WORDS = 20


class Display:
    """Where a text's display blocks are."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.end() for m in _BLOCK_BREAK.finditer(text)]

    def holds(self, offset: int) -> bool:
        """Whether character ``offset`` lies in a display block."""
        i = bisect_right(self.breaks, offset)
        start = self.breaks[i - 1] if i else 0
        end = self.breaks[i] if i < len(self.breaks) else len(self.text)
        block = self.text[start:end].strip()
        if in_capitals(block):
            return True
        return not _CLOSED.search(block) and len(block.split()) <= DISPLAY_WORDS

    def line_holds(self, offset: int) -> bool:
        """Whether character ``offset`` lies on a display line: a headline, a bullet, a kicker."""
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        line = self.text[start : end if end >= 0 else len(self.text)].strip()
        if in_capitals(line):
            return True
        return not _CLOSED.search(line) and len(line.split()) <= LINE_WORDS


def in_capitals(text: str) -> bool:
    """ "'SHE SAID SHE SAW THE PLANE'": a kicker or subhead set in capitals (three words or more)."""
    # The comparison runs in C and fails on the first lower-case letter; letters are counted only
    # for the rare text that passes it.
    return text == text.upper() and len(text.split()) >= 3 and sum(c.isalpha() for c in text) >= 10
