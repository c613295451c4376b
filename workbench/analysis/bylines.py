"""People credited in a report's byline: "(Reporting by Tom Avery and Ana Ruiz; Editing by
Li Wei)". The people it credits are actors of the report (its reporters and editors), whether
the byline was marked as boilerplate (skipped by the parse) or left in the body (where the
model reads "Ana RuizEditing" as one name), so they are read from its text here.
"""

from __future__ import annotations

import re

from ..input.article import Article
from ..input.markup import readable_text
from . import lexicon
from .entities import Mention
from .lexicon import CREDIT_WORDS

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


# "By Jane Doe", "By JANE DOE IN KABUL": a line that opens with "By" and a name.
_BY_LINE = re.compile(r"(?m)^[ \t]*By[ \t]+([^\n]{3,120})$")
_BY_WORD = re.compile(r"[A-Z][\w'’.-]*")
_BY_MAX_WORDS = 4


def credited_people(article: Article) -> list[Mention]:
    """A person mention for every name credited in a byline: a boilerplate region marked so,
    a credit that opens a line or a bracket in the body, or a line opening with "By"."""
    found = _by_lines(article.text)
    if not _CREDIT.search(article.text):
        return found
    # The text with markup and every other boilerplate blanked (same offsets), the bylines kept:
    # "Editing by <a rel=author ...>Li Wei</a>" reads "Editing by" and then the name.
    text = readable_text(article.text, [r for r in article.boilerplate if r.reason != "byline"])
    regions = [(r.start, r.end) for r in article.boilerplate if r.reason == "byline"]
    for line in _CREDIT_LINE.finditer(text):
        if not any(start <= line.start() < end for start, end in regions):
            regions.append((line.start(), line.end()))
    for start, end in regions:
        credits = list(_CREDIT.finditer(text, start, end))
        for n, credit in enumerate(credits):
            stop = credits[n + 1].start() if n + 1 < len(credits) else end
            found.extend(_names(text, credit.end(), stop))
    return found


def _by_lines(text: str) -> list[Mention]:
    """The people a "By ..." line names, in capitals or not ("By JANE DOE IN KABUL FOR X",
    "By Jane Doe and Ali Khan"); not "By OUR CORRESPONDENT" or "By Reuters"."""
    found = []
    for line in _BY_LINE.finditer(text):
        name: list[tuple[int, int]] = []  # the (start, end) of each word of the name so far
        for word in re.finditer(r"\S+", line.group(1)):
            bare = word.group(0).rstrip(",;|")
            comma = bare != word.group(0)
            stop = bare.lower() in lexicon.BYLINE_STOP_WORDS or not _BY_WORD.fullmatch(bare)
            if not stop:
                name.append((line.start(1) + word.start(), line.start(1) + word.start() + len(bare)))
            if stop or comma:  # a stop word, a separator or a comma ends a name
                found += _person(text, name)
                name = []
                if stop and not comma and bare.lower() not in {"and", "with"}:
                    break  # "IN KABUL FOR X": a place and an outlet follow, no names
        found += _person(text, name)
    return found


def _person(text: str, words: list[tuple[int, int]]) -> list[Mention]:
    if not 2 <= len(words) <= _BY_MAX_WORDS:
        return []  # "By Reuters": an outlet, not a person
    begin, end = words[0][0], words[-1][1]
    return [Mention(start=begin, end=end, text=text[begin:end], label="PERSON", kind="person", credited=True)]


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
        found.append(
            Mention(
                start=begin, end=begin + len(name), text=name, label="PERSON", kind="person", credited=True
            )
        )
    return found
