"""Hard line wraps: line breaks inside a sentence, which copy from tabloids, mail archives and
HTML sources keeps ("Irina\\n Sokolova, a spokeswoman ..., said", "Engineers\\n said on
Monday"). spaCy reads a line break as a word of its own, and a name broken by one is no longer a
name. The analysis reads such a break as a space; the article text keeps it.

A break is a wrap when it ends a line that does not end a sentence (no closing punctuation)
and either the next line goes on in lower case or the line is as long as wrapped lines are; a
short line ending without punctuation before a capital (a headline, a dateline, a list item)
keeps its break, and so does a line before a list item ("- ...", "• ..."). Blank lines always
separate paragraphs.
"""

from __future__ import annotations

import re

# A line this long that stops without punctuation was cut by the width of a column.
WRAPPED_LINE = 40
_ENDS_SENTENCE = frozenset('.!?:;"”’)]»…|')
_LINE = re.compile(r"[^\n]*\n")
_LIST_MARKS = frozenset({"- ", "• ", "* ", "– ", "— ", "· "})


def join_hard_wraps(text: str) -> str:
    """``text`` with hard wraps inside sentences read as spaces; same length, same paragraphs."""
    pieces = []
    lines = _LINE.findall(text)
    tail = text[sum(len(line) for line in lines) :]
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else tail
        if _wraps(line, following):
            line = line[:-1] + " "
        pieces.append(line)
    pieces.append(tail)
    return "".join(pieces)


def _wraps(line: str, following: str) -> bool:
    body = line.rstrip()
    after = following.lstrip(" \t")
    if not body or not after.strip() or after.startswith("\n"):
        return False  # a blank line on either side: a paragraph break
    if body[-1] in _ENDS_SENTENCE:
        return False
    if after[:2] in _LIST_MARKS:
        return False  # the next line is an item of a list: "- Death toll rises to 23"
    first = after[0]
    if first.islower() or first.isdigit():
        return True
    words = body.split()
    # "Irina\n Sokolova", "Witness\n Tomas Ruiz said": a line of one word that is the
    # start of its paragraph's sentence goes on in the next line.
    return len(body.strip()) >= WRAPPED_LINE or (len(words) == 1 and following[:1] in " \t")
