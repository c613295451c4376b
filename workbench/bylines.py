"""People credited in a report's byline: "(Reporting by Tom Avery and Ana Ruiz; Editing by
Li Wei)". The byline is boilerplate, skipped by the parse, but the people it credits are
actors of the report (its reporters and editors), so they are read from its text here.
"""

from __future__ import annotations

import re

from .article import Article
from .entities import Mention
from .lexicon import CREDIT_WORDS

# "Reporting by", "Additional reporting by", "Editing by": a credit, possibly glued to the
# name before it in a machine-cut text ("Ana RuizEditing by").
_CREDIT = re.compile(rf"(?:{'|'.join(CREDIT_WORDS)})\s+by\s*:?\s*", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b|\n)\s*")
_NAME = re.compile(r"[A-Z][\w'’.-]*[a-z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al|bin|el))*")


def credited_people(article: Article) -> list[Mention]:
    """A person mention for every name credited in the article's byline regions."""
    found = []
    text = article.text
    for region in article.boilerplate:
        if region.reason != "byline":
            continue
        credits = list(_CREDIT.finditer(text, region.start, region.end))
        for n, credit in enumerate(credits):
            stop = credits[n + 1].start() if n + 1 < len(credits) else region.end
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
