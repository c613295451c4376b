"""People credited in a report's byline: "(Reporting by Tom Avery and Ana Ruiz; Editing by
Li Wei)". The people it credits are actors of the report (its reporters and editors), whether
the byline was marked as boilerplate (skipped by the parse) or left in the body (where the
model reads "Ana RuizEditing" as one name), so they are read from its text here.
"""

from __future__ import annotations

import re

from .article import Article
from .entities import Mention
from .lexicon import CREDIT_WORDS
from .markup import readable_text

# "Reporting by", "Additional reporting by", "Editing by": a credit, possibly glued to the
# name before it in a machine-cut text ("Ana RuizEditing by").
_CREDIT = re.compile(rf"(?:{'|'.join(CREDIT_WORDS)})\s+by\s*:?\s*", re.IGNORECASE)
# A credit in the body: at the start of a line or after a bracket, up to the closing bracket
# or the end of the next line (a credit list wrapped once).
_CREDIT_LINE = re.compile(
    rf"(?m)(?:^|\()[ \t]*(?:{'|'.join(CREDIT_WORDS)})\s+by\b[^)\n]*(?:\n[^)\n]*)?\)?", re.IGNORECASE
)
_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b|\n)\s*")
_NAME = re.compile(r"[A-Z][\w'’.-]*[a-z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al|bin|el))*")


def credited_people(article: Article) -> list[Mention]:
    """A person mention for every name credited in a byline: a boilerplate region marked so,
    or a credit that opens a line or a bracket in the body."""
    if not _CREDIT.search(article.text):
        return []
    # The text with markup and every other boilerplate blanked (same offsets), the bylines kept:
    # "Editing by <a rel=author ...>Li Wei</a>" reads "Editing by" and then the name.
    text = readable_text(article.text, [r for r in article.boilerplate if r.reason != "byline"])
    regions = [(r.start, r.end) for r in article.boilerplate if r.reason == "byline"]
    for line in _CREDIT_LINE.finditer(text):
        if not any(start <= line.start() < end for start, end in regions):
            regions.append((line.start(), line.end()))
    found = []
    for start, end in regions:
        credits = list(_CREDIT.finditer(text, start, end))
        for n, credit in enumerate(credits):
            stop = credits[n + 1].start() if n + 1 < len(credits) else end
            found.extend(_names(text, credit.end(), stop))
    return found


def _names(text: str, start: int, stop: int) -> list[Mention]:
    """The full names (two words or more) listed between ``start`` and ``stop``."""
    found = []
    position = start
    for part in _SEPARATOR.split(text[start:stop]):
        offset = text.index(part, position, stop) if part else position
        position = offset + len(part)
        match = _NAME.match(part.strip(" ()[]"))
        if match is None:
            continue
        name = match.group(0).rstrip(".")
        if len(name.split()) < 2:
            continue  # "By Reuters", "Posted by Admin": an outlet or a handle, not a person
        begin = text.index(name, offset)
        found.append(Mention(start=begin, end=begin + len(name), text=name, label="PERSON", kind="person"))
    return found
