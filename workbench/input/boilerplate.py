"""Find site furniture (share buttons, comment prompts, CMS credits, bylines...) in article text.

Scraped articles keep the website around the story. Each line (a paragraph, in these files)
gets a score in tenths from general features rather than a list of known lines:

* evidence — cue phrases and patterns from ``lexicon_boilerplate`` (share/comment prompts,
  credits, bylines, related links, tags, copyright...), rows made only of share-button or
  menu words, breadcrumbs (``»``), URL/domain/e-mail density, a CMS byline, a bare date;
* shape — short lines score up, long ones down; sentence-final punctuation, quotation marks
  and verbs of reporting ("said", "told") mark prose and score down;
* position — furniture clusters before the first and after the last body paragraph, so lines
  there score up and lines between body paragraphs (headlines, subheads) score down.

A line with some evidence whose total reaches ``THRESHOLD`` is marked; a line with evidence
just below it is marked too when it sits next to a marked line (furniture comes in blocks).
A line with no evidence of its own is never marked, whatever its shape — a short unpunctuated
line is as likely a headline as a button — with one exception: below the last body paragraph,
the short lines listed under a bare "Related posts" or "Tags" heading are link titles and tags.
Misses are preferred to marking prose.

Markup comes first: ``markup``, ``frontmatter`` and ``titles`` mark HTML, shortcodes, front
matter and repeated headlines, and the lines are then scored on the readable text (markup
blanked, block tags turned into line breaks), so that a paragraph inside ``<p>...</p>`` is a
line of its own. Inline furniture (a photo credit or a share prompt glued to a paragraph) is
found by patterns wherever it stands. A byline naming a person is article text (the reporter
is an actor of the story); only a CMS handle ("Posted by admin") is furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Boilerplate
from . import lexicon_boilerplate as lex
from .frontmatter import find_front_matter
from .markup import disjoint, find_markup, readable_text
from .titles import repeated_lines, title_regions

THRESHOLD = 10  # tenths; a decisive cue (10) on a short line passes even mid-article
NEIGHBOUR_THRESHOLD = 7  # a weaker line joins an adjacent marked block from here
BODY_WORDS = 6  # a punctuated line this long or longer is taken for a body paragraph
_LIST_HEADINGS = frozenset({"related links", "tags"})

# Characters a scraped line carries invisibly at its ends; str.isspace() misses these.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
# Unicode line/paragraph separators count too; \x85 does not, as in mis-decoded cp1252 it is "…".
_NEWLINE = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
_SPACES = re.compile(r"\s+")
# Bullets, separators and brackets around a button label ("- Advertisement -", "[Share]").
_LEAD_JUNK = " \t•·*|»›>‹<-–—_=~#[({:"
_TRAIL_JUNK = " \t•·*|»›>‹<-–—_=~#])}:.!…,;"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_QUOTES = re.compile(r"[“”„\"]")
_REPORTING = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in lex.REPORTING_VERBS) + r")\b")
# A whitespace-separated token with a word character in it: matched from the token's first
# character to its first word character, so that a long run without one is scanned once.
_WORDY_TOKEN = re.compile(r"(?<!\S)\S*?\w")
_ARROW_LINK = re.compile(r"\s[»›→]\s*$|^\s*[«‹←]\s")

_TLDS = (
    "com|net|org|info|biz|news|tv|io|co|uk|de|fr|ru|ua|af|pk|ir|iq|sy|ye|sd|ly|et|eu|int|gov|edu"
    "|online|site|xyz|blog|press|live|media"
)
# Whole URLs, e-mail addresses and bare domains ("XYZScripts.com"); the TLD must be lower-case
# so that a missing space after a full stop ("the area.The") is not read as a domain. Matches
# start only at a token's start and labels are bounded, so a long unbroken token stays linear.
_LINKISH = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
    rf"|(?<![\w.-])[A-Za-z0-9][\w-]{{1,62}}(?:\.[\w-]{{1,63}}){{0,8}}\.(?:{_TLDS})\b(?:/\S*)?"
)
_BREADCRUMB_SPLIT = re.compile(r"\s*[»›>|/•·]\s*")
_ROW_SPLIT = re.compile(r"[\s|,·•/]+")
_DATE_LINE = re.compile(lex.DATE_LINE, re.IGNORECASE)
# Each cue becomes the bound matching method its anchor calls for.
_ANCHORS = {"line": "fullmatch", "start": "match", "any": "search"}
_CUES = tuple(
    (getattr(re.compile(pattern, re.IGNORECASE), _ANCHORS[anchor]), weight, reason)
    for anchor, weight, reason, pattern in lex.CUES
)
# All cues of one anchor as a single alternation: most lines are story text that no cue
# matches, and one failed search rules out every cue of that anchor at once.
_ANY_CUE = tuple(
    getattr(
        re.compile("|".join(f"(?:{p})" for a, _, _, p in lex.CUES if a == anchor), re.IGNORECASE),
        method,
    )
    for anchor, method in _ANCHORS.items()
)
_INLINE = tuple(
    (re.compile(pattern, re.IGNORECASE | re.MULTILINE), reason) for reason, pattern in lex.INLINE_CUES
)


@dataclass(frozen=True)
class LineScore:
    """How one non-blank line scored; ``start``/``end`` span its visible characters.

    ``evidence`` is the weight of the strongest cue (0: none, and then ``score`` is 0 too);
    ``reason`` names that cue, or the heading a listed link title or tag was marked under.
    """

    start: int
    end: int
    score: int
    evidence: int
    reason: str
    marked: bool


def find_boilerplate(text: str) -> tuple[Boilerplate, ...]:
    """Regions of ``text`` that are markup or site furniture, sorted and disjoint."""
    markup, view = _markup(text)
    lines = [Boilerplate(s.start, s.end, s.reason) for s in _score_lines(view) if s.marked]
    return tuple(disjoint(markup + lines + _inline_furniture(view)))


def score_lines(text: str) -> tuple[LineScore, ...]:
    """Every non-blank line of ``text`` (as the analysis reads it, markup blanked) with its
    score, evidence and verdict (for inspection)."""
    return _score_lines(_markup(text)[1])


def _markup(text: str) -> tuple[list[Boilerplate], str]:
    """The markup regions of ``text`` (front matter, HTML, shortcodes, repeated headlines)
    and the readable text they leave."""
    front = find_front_matter(text)
    markup = find_markup(text)
    regions = list(front.regions if front else ()) + list(markup.regions)
    titles, seen = title_regions(text, front.fields if front else (), markup.headlines)
    regions = disjoint(regions + titles)
    view = readable_text(text, regions)
    repeats = repeated_lines(view, seen, front.end if front else 0)
    if repeats:
        regions = disjoint(regions + repeats)
        view = readable_text(text, regions)
    return regions, view


def _inline_furniture(view: str) -> list[Boilerplate]:
    """Furniture glued to a paragraph (a photo credit, a share prompt), wherever it stands."""
    regions = []
    for pattern, reason in _INLINE:
        for match in pattern.finditer(view):
            start, end = match.span()
            while start < end and view[start].isspace():
                start += 1
            while end > start and view[end - 1].isspace():
                end -= 1
            if start < end:
                regions.append(Boilerplate(start, end, reason))
    return regions


def _score_lines(text: str) -> tuple[LineScore, ...]:
    spans = _visible_lines(text)
    if not spans:
        return ()
    lines = [text[a:b] for a, b in spans]
    evidence = [_evidence(line) for line in lines]
    shapes = [_shape(line) for line in lines]
    body = [i for i, line in enumerate(lines) if _is_body(line, evidence[i])]
    first, last = (body[0], body[-1]) if body else (len(lines), -1)

    scores, reasons, strengths = [], [], []
    for i, found in enumerate(evidence):
        # Furniture sits above the first or below the last body paragraph; a short line between
        # body paragraphs is more likely a subhead.
        position = 2 if i < first or i > last else -2
        strength, reason = max(found, default=(0, ""))
        # A second, independent kind of evidence (a credit line that is also a URL) adds a little.
        extra = 2 if any(r != reason for _, r in found) else 0
        scores.append(strength + extra + shapes[i] + position if strength else 0)
        reasons.append(reason)
        strengths.append(strength)

    marked = [strengths[i] > 0 and scores[i] >= THRESHOLD for i in range(len(lines))]
    # Grow blocks: a line with weaker evidence joins marked neighbours (a button row under
    # "Share this:", a "Website" field in a comment form), never a line without evidence.
    changed = True
    while changed:
        changed = False
        for i in range(len(lines)):
            if marked[i] or not strengths[i] or scores[i] < NEIGHBOUR_THRESHOLD:
                continue
            if (i > 0 and marked[i - 1]) or (i + 1 < len(lines) and marked[i + 1]):
                marked[i] = changed = True

    # Below the story, the short unpunctuated lines listed under a "Related posts" or "Tags"
    # heading are link titles and tag names. Above or inside the story the same shape is a
    # headline or subhead, so the list rule stops at the last body paragraph.
    # Only a bare heading opens a list: after "Read more: <title>" the next line may be story.
    listing = ""
    for i in range(last + 1, len(lines)):
        if marked[i]:
            listing = reasons[i] if reasons[i] in _LIST_HEADINGS and _is_heading(lines[i]) else ""
        elif listing and _is_list_item(lines[i]):
            marked[i] = True
            reasons[i] = listing
        else:
            listing = ""

    return tuple(
        LineScore(a, b, scores[i], strengths[i], reasons[i], marked[i]) for i, (a, b) in enumerate(spans)
    )


def _is_heading(line: str) -> bool:
    """A bare list heading ("Related posts", "Tags"), not a prompt with a title after it."""
    return _word_count(line) <= 4 and ":" not in _normalise(line)


def _is_list_item(line: str) -> bool:
    """A linked title or tag: short, and not a sentence."""
    return _word_count(line) <= 15 and not _SENTENCE_END.search(line)


def _visible_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line's visible characters, newline excluded."""
    spans = []
    start = 0
    bounds = [(m.start(), m.end()) for m in _NEWLINE.finditer(text)] + [(len(text), len(text))]
    for stop, after in bounds:
        a, b = start, stop
        while a < b and (text[a].isspace() or text[a] in _INVISIBLE):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in _INVISIBLE):
            b -= 1
        if a < b:
            spans.append((a, b))
        start = after
    return spans


def _normalise(line: str) -> str:
    """Lower-case, single-spaced, straight apostrophes, button decoration trimmed."""
    norm = _SPACES.sub(" ", line.replace("’", "'").replace("‘", "'")).lower()
    return norm.lstrip(_LEAD_JUNK).rstrip(_TRAIL_JUNK)


def _word_count(line: str) -> int:
    """The whitespace-separated tokens holding a word character."""
    return len(_WORDY_TOKEN.findall(line))


def _evidence(line: str) -> list[tuple[int, str]]:
    """``(weight, reason)`` for every furniture feature the line shows."""
    norm = _normalise(line)
    if not norm:
        return []
    found = (
        [(weight, reason) for matcher, weight, reason in _CUES if matcher(norm)]
        if any(matcher(norm) for matcher in _ANY_CUE)
        else []
    )

    tokens = [t.strip(":.!()[]") for t in _ROW_SPLIT.split(norm)]
    tokens = [t for t in tokens if t]
    # A row of share buttons: every word a button word or a share count, one of them a platform
    # or "share"/"tweet"/"print" (so that "on to it" is no row).
    buttons = all(t in lex.SHARE_BUTTON_WORDS or t.replace(",", "").rstrip("k").isdigit() for t in tokens)
    if tokens and buttons and any(t in lex.SHARE_TRIGGERS for t in tokens):
        found.append((10, "share prompt"))
    # A menu row ("Home News World Politics"): three or more words, all menu words.
    if len(tokens) >= 3 and all(t in lex.NAV_WORDS for t in tokens):
        found.append((9, "navigation"))

    # A short link label with an arrow ("Full coverage on Example TV »", "« Previous").
    if _word_count(line) <= 6 and _ARROW_LINK.search(line):
        found.append((9, "related links"))
    found.extend(_navigation(line, norm))
    found.extend(_links(line))
    if any(map(str.isdigit, norm)) and _DATE_LINE.fullmatch(norm):
        found.append((7, "date line"))
    return found


def _navigation(line: str, norm: str) -> list[tuple[int, str]]:
    """Breadcrumbs ("Home » World » Asia") and pipe-separated menus."""
    segments = [s for s in _BREADCRUMB_SPLIT.split(norm) if s]
    if len(segments) < 2 or _word_count(line) > 20:
        return []
    short = all(_word_count(s) <= 5 for s in segments)
    if short and ("»" in line or "›" in line or segments[0] == "home"):
        return [(10, "navigation")]
    if len(segments) >= 3 and all(_word_count(s) <= 3 for s in segments) and ("|" in line or "•" in line):
        return [(8, "navigation")]
    return []


def _links(line: str) -> list[tuple[int, str]]:
    """URLs, domains and e-mail addresses: decisive when they are most of the line."""
    hits = _LINKISH.findall(line)
    if not hits:
        return []
    visible = sum(1 for c in line if not c.isspace())
    covered = sum(len(h) for h in hits)
    if covered * 2 >= visible:
        return [(10, "url")]
    return [(min(6, 3 * len(hits)), "url")]


def _shape(line: str) -> int:
    """Points for how much the line looks like a button/label rather than a sentence."""
    words = _word_count(line)
    if words <= 6:
        points = 3
    elif words <= 12:
        points = 2
    elif words <= 20:
        points = 0
    elif words <= 35:
        points = -4
    else:
        points = -8
    points += -3 if _SENTENCE_END.search(line) else 1
    if _QUOTES.search(line):
        points -= 3
    # A reporting verb after the first word means somebody is being quoted: prose.
    rest = _normalise(line).partition(" ")[2]
    if _REPORTING.search(rest):
        points -= 5
    return points


def _is_body(line: str, found: list[tuple[int, str]]) -> bool:
    """A body paragraph: a full sentence or more, with no decisive furniture cue."""
    strongest = max((w for w, _ in found), default=0)
    return _word_count(line) >= BODY_WORDS and bool(_SENTENCE_END.search(line)) and strongest < 10
