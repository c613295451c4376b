"""Errors the workbench raises on purpose: each names the file or model and the problem."""

from __future__ import annotations

import unicodedata
from pathlib import Path

# Control and format characters (a newline, an escape sequence, a right-to-left override), line
# and paragraph separators, and the surrogates that stand for undecodable bytes in file names.
_UNPRINTABLE = {"Cc", "Cf", "Cs", "Zl", "Zp"}
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(value: object) -> str:
    """``str(value)`` with every character that could forge or hide a line of a message escaped:
    a file named ``"a\\nworkbench: all good.txt"`` is printed on one line, as written."""
    text = str(value)
    if all(unicodedata.category(c) not in _UNPRINTABLE for c in text):
        return text
    return "".join(_escape(c) if unicodedata.category(c) in _UNPRINTABLE else c for c in text)


def _escape(char: str) -> str:
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte of a file name that is not UTF-8
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class WorkbenchError(Exception):
    """Base class of every error the workbench raises deliberately."""


class ArticleError(WorkbenchError):
    """An input file that cannot be read as an article."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{printable(self.path)}: {problem}")


class ModelError(WorkbenchError):
    """No usable spaCy pipeline."""
