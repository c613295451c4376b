"""Headlines a page repeats: one copy is article text, the repeats and site names are marked.

A repost carries its headline several times — a CMS export's own and its feed's title keys
in the front matter, an HTML ``<title>`` and ``<h1>``, a crawler's ``title:`` and a body line —
and the annotation counts a repeated headline once. The first copy stays readable; each
later copy is marked "repeated headline" (or "repeated summary" for a description or
excerpt); a body line printed twice (a photo caption) is marked "repeated line" from its
second copy on. A page title's site or section name (``... | Sahel News | The Daily Courier``,
``... - Wire Service``) is marked "site name in title".
"""

from __future__ import annotations

import html
import re

from ..records import Boilerplate
from . import lexicon_boilerplate as lex
from .frontmatter import Field

_SEPARATOR = re.compile(lex.TITLE_SEPARATORS)
_NON_WORD = re.compile(r"[\W_]+")
_NEWLINE = re.compile(r"\r\n|\r|\n")
MAX_LINE_WORDS = 40  # a body line longer than this is a paragraph, not a repeated headline
MIN_REPEAT_WORDS = 5  # a shorter line ("Video", "Read more") may recur as text or is furniture


def title_regions(
    text: str, fields: tuple[Field, ...], headlines: tuple[tuple[tuple[int, int], ...], ...]
) -> tuple[list[Boilerplate], dict[str, tuple[int, int]]]:
    """Regions for site names in titles and for repeated headlines among the front-matter
    text fields and the ``<title>``/``<h1>`` elements (each as its readable pieces); also
    each normalised headline kept, with the span of its readable copy."""
    candidates = [(f.spans, f.is_title) for f in fields] + [(spans, True) for spans in headlines]
    candidates.sort(key=lambda c: c[0][0][0])
    regions: list[Boilerplate] = []
    seen: dict[str, tuple[int, int]] = {}
    for spans, is_title in candidates:
        suffix = _site_suffix(text, spans[-1]) if is_title else None
        body = list(spans[:-1]) + [(spans[-1][0], suffix[0] if suffix else spans[-1][1])]
        key = normalise(" ".join(text[a:b] for a, b in body))
        if not key:
            continue
        if key in seen:
            reason = "repeated headline" if is_title else "repeated summary"
            regions += [Boilerplate(a, b, reason) for a, b in spans]
            continue
        seen[key] = (spans[0][0], spans[-1][1])
        if suffix:
            regions.append(Boilerplate(*suffix, "site name in title"))
    return regions, seen


def repeated_lines(view: str, seen: dict[str, tuple[int, int]], after: int) -> list[Boilerplate]:
    """Lines of the readable text past offset ``after`` that repeat a headline in ``seen``
    (other than its kept copy), or repeat an earlier line of some length (a caption printed
    twice): the first copy stays text, as the annotation counts it once."""
    regions = []
    earlier: set[str] = set()
    pos = after
    for match in _NEWLINE.finditer(view + "\n", after):
        a, b = pos, match.start()
        pos = match.end()
        words = len(view[a:b].split())
        key = normalise(view[a:b]) if words else ""
        if not key:
            continue
        kept = seen.get(key) if words <= MAX_LINE_WORDS else None
        if kept and not (kept[0] < b and a < kept[1]):
            reason = "repeated headline"
        elif key in earlier and words >= MIN_REPEAT_WORDS:
            reason = "repeated line"
        else:
            earlier.add(key)
            continue
        while view[a].isspace():
            a += 1
        while view[b - 1].isspace():
            b -= 1
        regions.append(Boilerplate(a, b, reason))
    return regions


def normalise(title: str) -> str:
    """Lower-case words only: character references, dashes, quotes and spacing do not count."""
    return _NON_WORD.sub(" ", html.unescape(title)).strip().lower()


def _site_suffix(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a trailing site or section name in a title span, separator included."""
    start, end = span
    value = text[start:end]
    for match in _SEPARATOR.finditer(value):
        head, tail = value[: match.start()], value[match.end() :]
        segments = [s.strip() for s in re.split(r"\s+\|\s+", tail)]
        if not head.strip() or len(tail.split()) >= len(head.split()):
            continue
        if any(len(s.split()) > lex.TITLE_SUFFIX_WORDS or not s for s in segments):
            continue
        # After a pipe any short segments are a site's; after a dash only a capitalised name is.
        if match.group().strip() != "|" and not all(_is_name(s) for s in segments):
            continue
        return start + match.start(), end
    return None


def _is_name(segment: str) -> bool:
    """A capitalised name ("New York Times"), not the end of a Title Case headline ("Governor Says")."""
    words = segment.split()
    if any(w.lower().strip(".,:;") in lex.REPORTING_VERBS for w in words):
        return False
    return bool(words) and all(w[0].isupper() or w.lower() in lex.TITLE_SUFFIX_FILLERS for w in words)
