"""Markup inside article text: HTML, shortcodes, template code and Markdown syntax.

Reposted and crawled articles keep the markup of the page they came from: tags with their
attributes (``<p>``, ``<span id="...">``), comments, scripts, CMS shortcodes (``[ad_1]``),
template code (``{{ ... }}``) and Markdown links. ``find_markup`` returns each piece as a
``Boilerplate`` region with exact offsets (markup is marked, never deleted); the content of
elements that never hold the story (scripts, menus, ad slots, hidden labels, photo credits)
is marked with its tags.

``readable_text`` makes the text the analysis reads, of the same length so that offsets
hold: marked characters become spaces, except that a region holding a block-level tag
starts with line breaks — ``said.</p><p>"We`` stays two paragraphs for the sentence splitter
and the quote pairing — and an HTML character reference outside the regions shows its
character (``&#8220;`` becomes a quotation mark padded with spaces), so quotes pair and
names read whole.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

from ..records import Boilerplate
from . import lexicon_boilerplate as lex

# A tag: a known element name (or a custom "a-b" / namespaced "fb:like" one), attributes whose
# quoted values stop at "<" (so an unclosed quote never swallows the next tags), "/>" or ">".
_NAME = r"[A-Za-z][A-Za-z0-9]*(?:[:-][A-Za-z0-9]+)*"
_ATTRS = r"""(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"<]*"|'[^'<]*'|[^\s"'<>=`]+))?)*"""
_HTML = re.compile(
    r"(?P<comment><!--)"
    r"|(?P<template><\?(?:php|=)|<%)"
    r"|(?P<decl><!\[CDATA\[|<![A-Za-z][^<>]*>|<\?xml[^<>]*\?>)"
    rf"|<(?P<close>/)?(?P<name>{_NAME})(?P<attrs>{_ATTRS})\s*(?P<self>/)?>",
    re.S,
)
_ATTR = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+)))?""")
_CLASS_PARTS = re.compile(r"[-_]|(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WORDS = re.compile(r"\w+")

_SHORTCODE = re.compile(
    r"\[(?P<close>/)?(?P<name>[a-z][a-z0-9_-]{0,40})"
    r"(?P<attrs>(?:\s+[a-z_][a-z0-9_-]*\s*=\s*(?:\"[^\"\[\]\n]*\"|'[^'\[\]\n]*'|[^\s\[\]\"']+))*)\s*/?\]"
)
_TEMPLATE = re.compile(r"\{\{[^{}\n]{0,300}\}\}|\{%[^{}]{0,300}?%\}|\{#[^{}]{0,300}?#\}")
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"\n]*\")?\)")
_MD_LINK = re.compile(
    r"(?P<open>\[)(?P<label>[^\[\]\n]{0,300})(?P<target>\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"\n]*\")?\))"
)
# A tag written as text by a feed that escaped its HTML once more ("&lt;p&gt;").
_ESCAPED_TAG = re.compile(r"&lt;/?(?P<name>[A-Za-z][A-Za-z0-9]*)(?:\s[^<>]{0,500}?)?/?&gt;")
_AUTOLINK = re.compile(r"<(?:https?://|ftp://|mailto:)[^\s<>]+>")
_MD_HEADING = re.compile(r"(?m)^[ \t]{0,3}#{1,6}(?=[ \t])")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)[^\n]{0,300}?(?<=\S)\1")

# HTML character references; html.unescape decides which are real.
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_OPENING = "“‘«‹([{¿¡„‚"

_BLOCK_TAG = re.compile(
    r"(?:<|&lt;)/?(?:" + "|".join(sorted(lex.HTML_BLOCK_ELEMENTS, key=len, reverse=True)) + r")\b",
    re.I,
)
_LINE_BREAK_TAG = re.compile(r"(?:<|&lt;)(?:" + "|".join(lex.HTML_LINE_BREAKS) + r")\b", re.I)
_PAGE_START = re.compile(r"\A[\s\ufeff]*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.I)

# Region reasons that separate paragraphs in the readable text although they hold no tag: a
# photo credit ends the caption it is glued to ("... at the depot [File: ...]" + next paragraph).
BREAKING_REASONS = frozenset({"front matter", "repeated headline", "repeated summary", "image credit"})


@dataclass(frozen=True)
class Tag:
    """One piece of HTML: a tag (``name`` lower-cased), a comment or a declaration (``name``
    empty), or a raw-text element (script, style) from its start tag to its end tag."""

    start: int
    end: int
    name: str
    closing: bool = False
    empty: bool = False  # a void element or a self-closed "<x/>": no content, no end tag
    attrs: str = ""
    kind: str = "tag"  # tag | comment | declaration | template | raw


Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Markup:
    """The markup of a text: regions to mark, and the readable pieces of its ``<title>`` and
    ``<h1>`` elements (headline candidates for ``titles``)."""

    regions: tuple[Boilerplate, ...]
    headlines: tuple[Spans, ...] = ()


def find_markup(text: str) -> Markup:
    """All markup of ``text``: HTML, shortcodes, template code, Markdown syntax."""
    tags = html_tags(text)
    closers = _element_ends(tags)
    regions = _element_regions(text, tags, closers)
    regions += _tag_regions(tags, regions)
    regions += _pattern_regions(text)
    return Markup(_merge(text, disjoint(regions)), _headline_spans(text, tags, closers))


def html_tags(text: str) -> list[Tag]:
    """The HTML tags, comments and declarations of ``text``, in order. A script or style
    element is one Tag from its start tag to its end tag: its code is never read as tags."""
    tags: list[Tag] = []
    unclosed: set[str] = set()  # closers not found after some offset: not found after any later one
    pos = text.find("<")
    while pos >= 0:
        match = _HTML.match(text, pos)
        tag = _tag(text, match, unclosed) if match else None
        if tag is None:
            pos = text.find("<", pos + 1)
            continue
        tags.append(tag)
        pos = text.find("<", tag.end)
    return tags


_RAW_END = {name: re.compile(rf"</{name}\s*>", re.I) for name in lex.HTML_RAW_TEXT}
# What closes a comment, a CDATA section or a piece of server-side template code.
_CLOSERS = {"<!--": "-->", "<![CDATA[": "]]>", "<?php": "?>", "<?=": "?>", "<%": "%>"}


def _closed(text: str, match: re.Match[str], unclosed: set[str]) -> int | None:
    """End offset of the comment, CDATA section or template code opened by ``match``."""
    closer = _CLOSERS[match.group()]
    if closer in unclosed:
        return None
    end = text.find(closer, match.end())
    if end < 0:
        unclosed.add(closer)
        return None
    return end + len(closer)


def _tag(text: str, match: re.Match[str], unclosed: set[str]) -> Tag | None:
    for kind in ("comment", "template"):
        if match[kind]:
            end = _closed(text, match, unclosed)
            return None if end is None else Tag(match.start(), end, "", kind=kind)
    if match["decl"]:
        end = _closed(text, match, unclosed) if match.group() == "<![CDATA[" else match.end()
        return None if end is None else Tag(match.start(), end, "", kind="declaration")
    raw_name = match["name"]
    name = raw_name.lower()
    custom = ("-" in raw_name or ":" in raw_name) and raw_name == name
    if name not in lex.HTML_ELEMENTS and not custom:
        return None
    if match["attrs"] and not _plausible_attributes(match["attrs"]):
        return None
    closing = bool(match["close"])
    empty = bool(match["self"]) or name in lex.HTML_VOID_ELEMENTS
    if name in lex.HTML_RAW_TEXT and not closing and not empty and name not in unclosed:
        end = _RAW_END[name].search(text, match.end())
        if end:
            return Tag(match.start(), end.end(), name, attrs=match["attrs"], kind="raw")
        unclosed.add(name)
    return Tag(match.start(), match.end(), name, closing, empty, match["attrs"])


def _plausible_attributes(attrs: str) -> bool:
    """Whether every valueless attribute is one HTML has (``<b and c>`` is prose, not a tag)."""
    for match in _ATTR.finditer(attrs):
        name = match[1].lower()
        bare = all(v is None for v in match.groups()[1:])
        if bare and name not in lex.HTML_BOOLEAN_ATTRIBUTES and "-" not in name and ":" not in name:
            return False
    return True


def attributes(attrs: str) -> dict[str, str]:
    """The attributes of a tag's attribute text, names lower-cased (a bare name maps to "")."""
    found: dict[str, str] = {}
    for match in _ATTR.finditer(attrs):
        value = next((v for v in match.groups()[1:] if v is not None), "")
        found.setdefault(match[1].lower(), value)
    return found


def furniture_reason(tag: Tag) -> str | None:
    """Why an element's content is no part of the story, or None: a non-text element
    (script, menu, form), or class/id words, ARIA or style that say hidden, ad, share, credit."""
    if tag.name in lex.HTML_NON_TEXT:
        return lex.HTML_NON_TEXT[tag.name]
    if not tag.attrs:
        return None
    attrs = attributes(tag.attrs)
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return "hidden element"
    if _HIDDEN_STYLE.search(attrs.get("style", "")):
        return "hidden element"
    if attrs.get("role", "").lower() == "navigation":
        return "navigation"
    for token in (attrs.get("class", "") + " " + attrs.get("id", "")).split():
        reason = lex.FURNITURE_CLASS_TOKENS.get(token.lower())
        if reason:
            return reason
        for part in _CLASS_PARTS.split(token):
            reason = lex.FURNITURE_CLASS_PARTS.get(part.lower())
            if reason:
                return reason
    return None


def _element_regions(text: str, tags: list[Tag], closers: dict[int, int]) -> list[Boilerplate]:
    """Whole elements that are furniture, from start tag to end tag; raw-text elements too."""
    regions: list[Boilerplate] = []
    words: _WordCount | None = None
    covered_to = -1
    for i, tag in enumerate(tags):
        if tag.start < covered_to:
            continue
        if tag.kind == "raw":
            regions.append(Boilerplate(tag.start, tag.end, lex.HTML_NON_TEXT.get(tag.name, "HTML script")))
            covered_to = tag.end
            continue
        reason = furniture_reason(tag) if i in closers else None
        if reason is None:
            continue
        end = tags[closers[i]].end
        if tag.name not in lex.HTML_NON_TEXT or tag.name in lex.HTML_GUARDED:
            # Class words can be wrong about a whole story; a long text is kept whatever they say.
            words = words or _WordCount(text, tags)
            inside = words.between(tag.end, end)
            if inside > lex.FURNITURE_MAX_WORDS or (
                inside > lex.FURNITURE_MIN_SHARE_WORDS and inside * 2 > words.total
            ):
                continue
        regions.append(Boilerplate(tag.start, end, reason))
        covered_to = end
    return regions


def _element_ends(tags: list[Tag]) -> dict[int, int]:
    """For each start tag (by index) that an end tag of its name closes, that end tag's index;
    elements nest, so each end tag closes the innermost open element of its name."""
    open_tags: dict[str, list[int]] = {}
    closers: dict[int, int] = {}
    for i, tag in enumerate(tags):
        if tag.kind != "tag" or tag.empty:
            continue
        if not tag.closing:
            open_tags.setdefault(tag.name, []).append(i)
        elif open_tags.get(tag.name):
            closers[open_tags[tag.name].pop()] = i
    return closers


class _WordCount:
    """Words of the text outside tags, counted between two offsets by bisection."""

    def __init__(self, text: str, tags: list[Tag]) -> None:
        starts: list[int] = []
        pos = 0
        for tag in [*tags, Tag(len(text), len(text), "")]:
            starts += [m.start() for m in _WORDS.finditer(text, pos, tag.start)]
            pos = max(pos, tag.end)
        self.starts = starts
        self.total = len(starts)

    def between(self, start: int, end: int) -> int:
        return bisect.bisect_left(self.starts, end) - bisect.bisect_left(self.starts, start)


_TAG_REASONS = {"tag": "HTML tag", "comment": "HTML comment", "declaration": "HTML declaration"}


def _tag_regions(tags: list[Tag], elements: list[Boilerplate]) -> list[Boilerplate]:
    """One region per tag, comment or declaration outside the furniture elements."""
    regions = []
    k = 0
    for tag in tags:
        while k < len(elements) and elements[k].end <= tag.start:
            k += 1
        if k < len(elements) and elements[k].start <= tag.start:
            continue
        regions.append(Boilerplate(tag.start, tag.end, _TAG_REASONS.get(tag.kind, "template code")))
    return regions


def _pattern_regions(text: str) -> list[Boilerplate]:
    """Shortcodes, template code and Markdown syntax."""
    regions = []
    if "[" in text:
        regions += _shortcodes(text)
        for match in _MD_IMAGE.finditer(text):
            regions.append(Boilerplate(match.start(), match.end(), "Markdown image"))
        for match in _MD_LINK.finditer(text):
            if not match["label"].strip():
                regions.append(Boilerplate(match.start(), match.end(), "Markdown link"))
            else:
                regions.append(Boilerplate(match.start("open"), match.end("open"), "Markdown link"))
                regions.append(Boilerplate(match.start("target"), match.end("target"), "Markdown link"))
    if "{" in text:
        regions += [Boilerplate(m.start(), m.end(), "template code") for m in _TEMPLATE.finditer(text)]
    if "<" in text:
        regions += [Boilerplate(m.start(), m.end(), "Markdown link") for m in _AUTOLINK.finditer(text)]
    if "&lt;" in text:
        regions += [
            Boilerplate(m.start(), m.end(), "HTML tag")
            for m in _ESCAPED_TAG.finditer(text)
            if m["name"].lower() in lex.HTML_ELEMENTS
        ]
    if "#" in text:
        regions += [Boilerplate(m.start(), m.end(), "Markdown syntax") for m in _MD_HEADING.finditer(text)]
    if "**" in text or "__" in text:
        for match in _MD_STRONG.finditer(text):
            width = len(match[1])
            regions.append(Boilerplate(match.start(), match.start() + width, "Markdown syntax"))
            regions.append(Boilerplate(match.end() - width, match.end(), "Markdown syntax"))
    return regions


def _shortcodes(text: str) -> list[Boilerplate]:
    regions = []
    for match in _SHORTCODE.finditer(text):
        name = match["name"]
        if not (
            match["attrs"] or match["close"] or name in lex.SHORTCODE_NAMES or re.search(r"[_\d-]", name)
        ):
            continue
        end = match.end()
        if name in lex.SHORTCODES_WITH_URL and not match["close"]:
            # "[embed]https://...[/embed]": the URL between is part of the shortcode.
            inner = re.compile(rf"\S{{0,2000}}?\[/{re.escape(name)}\]").match(text, end)
            end = inner.end() if inner else end
        regions.append(Boilerplate(match.start(), end, "shortcode"))
    return regions


def _headline_spans(text: str, tags: list[Tag], closers: dict[int, int]) -> tuple[Spans, ...]:
    """The readable pieces (text between inner tags) of each ``<title>`` and ``<h1>`` element."""
    headlines = []
    for i, tag in enumerate(tags):
        if tag.name not in ("title", "h1") or i not in closers:
            continue
        pieces = []
        pos = tag.end
        for inner in [*tags[i + 1 : closers[i]], tags[closers[i]]]:
            start, end = _strip(text, pos, inner.start)
            if start < end:
                pieces.append((start, end))
            pos = inner.end
        if pieces:
            headlines.append(tuple(pieces))
    return tuple(headlines)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def disjoint(regions: list[Boilerplate]) -> list[Boilerplate]:
    """Sorted regions with overlaps removed: a region inside another is dropped, one that
    overlaps the end of an earlier one is cut to begin after it."""
    out: list[Boilerplate] = []
    for region in sorted(regions, key=lambda r: (r.start, -r.end)):
        if region.end <= region.start:
            continue
        if out and region.start < out[-1].end:
            if region.end <= out[-1].end:
                continue
            region = Boilerplate(out[-1].end, region.end, region.reason)
        out.append(region)
    return out


def _merge(text: str, regions: list[Boilerplate]) -> tuple[Boilerplate, ...]:
    """Neighbouring regions of the same reason, with only whitespace between, become one: a
    run of tags between two paragraphs is one region."""
    merged: list[Boilerplate] = []
    for region in regions:
        if merged and merged[-1].reason == region.reason and not text[merged[-1].end : region.start].strip():
            merged[-1] = Boilerplate(merged[-1].start, region.end, region.reason)
        else:
            merged.append(region)
    return tuple(merged)


def is_html_page(text: str) -> bool:
    """Whether ``text`` is a whole HTML page (a doctype, ``<html>`` or ``<head>`` first)."""
    return bool(_PAGE_START.match(text))


def readable_text(text: str, regions: tuple[Boilerplate, ...] | list[Boilerplate]) -> str:
    """``text`` as the analysis reads it, same length: regions blanked (line ends kept), a
    region with a block-level tag (or a front-matter region) opening with a paragraph break,
    one with only ``<br>`` with a line break, and character references outside the regions
    replaced by their character plus spaces."""
    pieces: list[str] = []
    pos = 0
    for region in sorted(regions, key=lambda r: r.start):
        start = max(region.start, pos)
        if start >= region.end:
            continue
        pieces.append(_decoded(text, pos, start))
        pieces.append(_blank(text, start, region.end, _breaks(text, region)))
        pos = region.end
    pieces.append(_decoded(text, pos, len(text)))
    return "".join(pieces)


def _breaks(text: str, region: Boilerplate) -> int:
    """How many line breaks the blanked region opens with."""
    if region.reason in BREAKING_REASONS or _BLOCK_TAG.search(text, region.start, region.end):
        return 2
    breaks = len(_LINE_BREAK_TAG.findall(text, region.start, region.end))
    return min(breaks, 2)


def _blank(text: str, start: int, end: int, breaks: int) -> str:
    chunk = text[start:end]
    blank = "".join(c if c in "\r\n" else " " for c in chunk)
    # The break goes over the region's first characters (a tag is at least three long); a
    # region of one or two characters (a front-matter quote) gets what fits before a line end.
    room = 0
    while room < min(breaks, len(blank)) and blank[room] == " ":
        room += 1
    return "\n" * room + blank[room:]


def _decoded(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with each character reference shown as its character, padded with
    spaces on the side away from the word it belongs to."""
    chunk = text[start:end]
    if "&" not in chunk:
        return chunk
    return _CHAR_REF.sub(lambda m: _show_reference(m, text, start + m.end()), chunk)


def _show_reference(match: re.Match[str], text: str, after: int) -> str:
    ref = match.group()
    char = html.unescape(ref)
    if char == ref or len(char) > len(ref):
        return ref
    if not char.strip() or not char.isprintable():
        return " " * len(ref)  # &nbsp;, zero-width and control characters read as space
    pad = " " * (len(ref) - len(char))
    # An opening mark or a character glued to the next word ("&#8220;We", "Okonjo&#8217;s")
    # sits at the end, next to that word; a closing one at the start, after its word.
    follows_word = after < len(text) and text[after].isalnum()
    return pad + char if char in _OPENING or follows_word else char + pad
