"""HTML highlighting of a Reading: convert to flat marks first, then render marks from templates.

The converters turn a reading into ``Mark`` records (character offsets, layer, label, chip text,
tooltip); ``render_marks`` only sees text and marks, so it is tested without a model. Every
styled element sets its own text *and* background colour (contrast >= 4.5:1), so the output
reads the same in light and dark notebook themes; the container inherits the theme. No
JavaScript and inline styles only, because nbconvert and GitHub sanitisers strip ``<style>``.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from ..records import CATEGORIES, SPEAKER_TYPES, STANCES, Casualty, Claim, Entity, ReadingLike
from .wording import figure_amount, figure_chip

__all__ = [
    "CONVERTERS",
    "DEFAULT_LAYERS",
    "ENTITY_WORDS",
    "LAYERS",
    "NESTING",
    "STYLES",
    "Mark",
    "Style",
    "boilerplate_marks",
    "casualty_amount",
    "casualty_chip",
    "casualty_marks",
    "casualty_title",
    "claim_marks",
    "claim_source",
    "claim_title",
    "contrast_ratio",
    "entity_kind",
    "entity_marks",
    "highlight",
    "name_marks",
    "render_legend",
    "render_marks",
    "style_for",
    "to_marks",
]


@dataclass(frozen=True)
class Mark:
    """A highlighted span ``text[start:end]`` of one layer; ``chip`` is the visible label, and
    an empty chip shows none (a plain assertion, a named source: their style says enough).

    ``legend`` is the text of the label's legend swatch when it differs from the chip (a casualty
    chip gives the figure, "40 killed"; its swatch the category alone).
    """

    start: int
    end: int
    layer: str
    label: str
    chip: str
    title: str
    legend: str = ""


@dataclass(frozen=True)
class Style:
    """Colours of one kind of mark; the chip is ``chip_color`` on the border colour.

    ``underline`` draws the border along the bottom only (claim content: a box around a long
    quotation is noise); ``border_width`` is the width of the border or underline; ``left_width``,
    when set, thickens the box's left side into a bar (casualty figures).
    """

    color: str
    background: str
    border: str
    border_style: str = "solid"
    chip_color: str = "#ffffff"
    underline: bool = False
    border_width: str = "1px"
    left_width: str = ""
    quiet: bool = False  # no colours of its own, a faint dotted line below: names at rest


# --- converters: Reading -> marks. A new layer is one function plus one CONVERTERS entry. ---

# What a mention is, in a reader's words, when no actor says more: the model's labels (GPE,
# NORP, CARDINAL) never reach the page.
ENTITY_WORDS = {
    "PERSON": "person",
    "NORP": "group",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "facility",
    "EVENT": "event",
    "LAW": "law",
    "PRODUCT": "product",
    "WORK_OF_ART": "title",
    "LANGUAGE": "language",
    "DATE": "date",
    "TIME": "time",
    "CARDINAL": "number",
    "ORDINAL": "ordinal",
    "QUANTITY": "quantity",
    "MONEY": "money",
    "PERCENT": "percent",
}


def entity_kind(entity: Entity, kinds: dict[str, str]) -> str:
    """A mention's kind as a reader says it: its actor's kind ("armed group", "government"),
    else a plain word for what the model found ("date", "number"), else "other"."""
    kind = kinds.get(entity.actor) if entity.actor is not None else None
    return (kind or ENTITY_WORDS.get(entity.label, "other")).replace("_", " ")


def _entity_title(entity: Entity, kind: str, corrected: dict[str, tuple[str, ...]]) -> str:
    title = f"{entity.actor} · {kind}" if entity.actor is not None else kind
    fixed = corrected.get(entity.actor) if entity.actor is not None else None
    return f"{title} · corrected: {', '.join(fixed)}" if fixed else title


def _corrected_actors(reading: ReadingLike) -> dict[str, tuple[str, ...]]:
    return {a.name: a.corrected for a in reading.actor_records if a.corrected}


def entity_marks(reading: ReadingLike) -> list[Mark]:
    """One mark per entity, labelled and chipped with its kind in words; the tooltip names the
    actor it was grouped under."""
    kinds = {actor.name: actor.kind for actor in reading.actor_records}
    corrected = _corrected_actors(reading)
    marks = []
    for ent in reading.entity_records:
        kind = entity_kind(ent, kinds)
        marks.append(Mark(ent.start, ent.end, "entities", kind, kind, _entity_title(ent, kind, corrected)))
    return marks


def name_marks(reading: ReadingLike) -> list[Mark]:
    """The quiet form of the entities layer: each mention of an actor, no chip and no colour of
    its own, its tooltip naming the actor and its kind. Dates and numbers are left unmarked."""
    kinds = {actor.name: actor.kind for actor in reading.actor_records}
    corrected = _corrected_actors(reading)
    return [
        Mark(
            ent.start,
            ent.end,
            "names",
            "name",
            "",
            _entity_title(ent, entity_kind(ent, kinds), corrected),
            "names: hover",
        )
        for ent in reading.entity_records
        if ent.actor is not None
    ]


def boilerplate_marks(reading: ReadingLike) -> list[Mark]:
    """One mark per boilerplate region of the article; the tooltip gives the reason."""
    return [
        Mark(b.start, b.end, "boilerplate", "boilerplate", "boilerplate", f"boilerplate · {b.reason}")
        for b in reading.article.boilerplate
    ]


# Claim marks: the content's label is its stance (plus "-hedged"); the source's is "source-<type>".
# Only what a reader must not miss has a chip: a denial, a hedge, an anonymous source. The rest
# is told by the line or box, the legend and the tooltip.
_SOURCE_WORDS = {
    "named": "named source",
    "anonymous": "ANONYMOUS SOURCE",
    "media": "media source",
    "document": "document source",
    "unattributed": "unattributed source",
}
_PRONOUNS = frozenset("he she they it we i you him her them".split())


def claim_source(claim: Claim) -> str | None:
    """Who a claim's source is, for a tooltip. An anonymous source in its own words, then the
    body it speaks for ("two US defense officials (anonymous, for United States)"); anyone else
    by the actor it is, else by its words; None when nobody is named."""
    words = claim.speaker_text if claim.speaker_text and claim.speaker_text.lower() not in _PRONOUNS else None
    if claim.speaker_type == "anonymous" and words is not None:
        if claim.speaker is not None and claim.speaker.lower() not in words.lower():
            return f"{words} (anonymous, for {claim.speaker})"
        return f"{words} (anonymous)"
    who = claim.speaker or words or claim.speaker_text
    return None if who is None else f"{who} ({claim.speaker_type})"


def claim_title(claim: Claim) -> str:
    """The tooltip shared by a claim's marks: who (type) via whom · stance · hedged."""
    title = claim_source(claim) or "unattributed"
    if claim.via is not None and claim.via != claim.speaker:
        title += f" via {claim.via}"
    title += f" · {claim.stance}"
    if claim.hedged:
        title += " · hedged"
    if claim.quote:
        title += " · direct quote"
    return title


# A researcher's correction shows on the item it changed: a pencil on the chip, and the fields
# corrected in the tooltip.
CORRECTED = "✎"


def _corrected(record, chip: str, title: str) -> tuple[str, str]:
    if not record.corrected:
        return chip, title
    chip = f"{CORRECTED} {chip}" if chip else CORRECTED
    return chip, f"{title} · corrected: {', '.join(record.corrected)}"


def claim_marks(reading: ReadingLike) -> list[Mark]:
    """Per claim: its content (underlined by stance), its source when named in the text, its cue."""
    marks = []
    for claim in reading.claim_records:
        title = claim_title(claim)
        stance = claim.stance if claim.stance in STANCES else "other"
        hedged = " · hedged" if claim.hedged else ""
        words = ("DENIES" if stance == "denies" else claim.stance) + hedged
        chip = "" if words == "asserts" else words.removeprefix("asserts · ")
        label = stance + ("-hedged" if claim.hedged and stance != "other" else "")
        chip, title = _corrected(claim, chip, title)
        marks.append(Mark(claim.start, claim.end, "claims", label, chip, title, words))
        if claim.speaker_start is not None and claim.speaker_end is not None:
            kind = claim.speaker_type if claim.speaker_type in SPEAKER_TYPES else "other"
            words = _SOURCE_WORDS.get(kind, f"{claim.speaker_type} source")
            chip = words if kind == "anonymous" else ""
            marks.append(
                Mark(
                    claim.speaker_start,
                    claim.speaker_end,
                    "claims",
                    f"source-{kind}",
                    chip,
                    f"source · {title}",
                    words,
                )
            )
        marks.append(
            Mark(claim.cue_start, claim.cue_end, "claims", "cue", "", f"cue · {title}", "reporting word")
        )
    return marks


# Casualty marks: one per figure, labelled by its category; the chip gives the figure as a
# researcher would say it ("≥12 killed"), the tooltip the figure in words, the party and the claimant.
def casualty_chip(casualty: Casualty) -> str:
    """The figure as a researcher would say it ("≥12 killed"): ``wording.figure_chip``."""
    c = casualty
    return figure_chip(c.count, c.count_low, c.count_high, c.approx, c.category, c.size_word)


def casualty_amount(casualty: Casualty) -> str:
    """The figure in words ("at least 12"): ``wording.figure_amount``."""
    c = casualty
    return figure_amount(c.count, c.count_low, c.count_high, c.approx, c.size_word)


def casualty_title(casualty: Casualty) -> str:
    """The tooltip: category · figure in words · party · who claims it (or the reporter's voice)."""
    party = f"party: {casualty.party}" if casualty.party is not None else "party not stated"
    claimant = casualty.claimed_by if casualty.claimed_by is not None else casualty.claimed_by_text
    source = "reporter's voice" if claimant is None else f"claimed by: {claimant}"
    return f"{casualty.category} · {casualty_amount(casualty)} · {party} · {source}"


def casualty_marks(reading: ReadingLike) -> list[Mark]:
    """One mark per casualty figure, labelled by category ("other" for an unknown one)."""
    marks = []
    for casualty in reading.casualty_records:
        label = casualty.category if casualty.category in CATEGORIES else "other"
        chip, title = _corrected(casualty, casualty_chip(casualty), casualty_title(casualty))
        marks.append(Mark(casualty.start, casualty.end, "casualties", label, chip, title, label))
    return marks


# The layers, in legend order. "names" and "entities" are two forms of one layer, quiet and
# full; given both, the full one is drawn.
CONVERTERS: dict[str, Callable[[ReadingLike], list[Mark]]] = {
    "boilerplate": boilerplate_marks,
    "claims": claim_marks,
    "casualties": casualty_marks,
    "entities": entity_marks,
    "names": name_marks,
}

# Nesting order of marks over the same span, outside in. A label is matched by its part before the
# first "-", else by the layer's "*"; a layer not listed nests inside all others. A figure sits in a
# claim's content and holds entities; a source or cue is never a figure's container.
NESTING: tuple[tuple[str, str], ...] = (
    ("boilerplate", "*"),
    ("claims", "*"),  # claim content
    ("casualties", "*"),
    ("claims", "source"),
    ("claims", "cue"),
    ("entities", "*"),
    ("names", "*"),
)

# What a reader sees first: claims and casualty figures marked, boilerplate greyed, names quiet
# until hovered. Every other view is one layer away: ``layers=LAYERS`` shows all, entities boxed.
DEFAULT_LAYERS = ("names", "claims", "casualties", "boilerplate")
LAYERS = ("entities", "claims", "casualties", "boilerplate")


def to_marks(reading: ReadingLike, layers: Iterable[str] = DEFAULT_LAYERS) -> list[Mark]:
    """The marks of the chosen layers, in the order the converters give them. Marks alike in
    span, layer and label are one mark (two claims of one source box it once), its tooltip
    holding each different title."""
    layers = list(dict.fromkeys(layers))
    for layer in layers:
        if layer not in CONVERTERS:
            raise ValueError(f"unknown layer {layer!r}; known layers: {', '.join(CONVERTERS)}")
    if "entities" in layers and "names" in layers:
        layers.remove("names")
    merged: dict[tuple[int, int, str, str], Mark] = {}
    for layer in layers:
        for mark in CONVERTERS[layer](reading):
            key = (mark.start, mark.end, mark.layer, mark.label)
            if key not in merged:
                merged[key] = mark
            elif mark.title not in merged[key].title.split("\n"):
                merged[key] = replace(merged[key], title=f"{merged[key].title}\n{mark.title}")
    return list(merged.values())


# --- styles: pastel backgrounds, dark text of the same hue, darker border (also the chip). ---

_MUTED = Style(color="#1e293b", background="#f1f5f9", border="#475569")


def _underline(color: str, background: str, line: str, line_style: str, width: str) -> Style:
    """Claim content: a line below, of its own style and width per stance and hedge."""
    return Style(color, background, line, border_style=line_style, underline=True, border_width=width)


def _barred(color: str, background: str, border: str) -> Style:
    """A casualty figure: a box with a heavy left bar."""
    return Style(color, background, border, left_width="5px")


# Keyed by (layer, label); (layer, "*") is the layer's fallback, _MUTED the last resort.
STYLES: dict[tuple[str, str], Style] = {
    # Entities by kind, in words (see entity_kind); dates, numbers and the rest are muted.
    ("entities", "person"): Style(color="#0b1f4d", background="#dbeafe", border="#1d4ed8"),
    ("entities", "organization"): Style(color="#2e1065", background="#ede9fe", border="#6d28d9"),
    ("entities", "government"): Style(color="#1e1b4b", background="#e0e7ff", border="#4338ca"),
    ("entities", "place"): Style(color="#052e16", background="#dcfce7", border="#15803d"),
    ("entities", "facility"): Style(color="#042f2e", background="#ccfbf1", border="#0f766e"),
    ("entities", "armed group"): Style(color="#431407", background="#ffedd5", border="#c2410c"),
    ("entities", "state force"): Style(color="#422006", background="#fef3c7", border="#a16207"),
    ("entities", "group"): Style(color="#500724", background="#fce7f3", border="#be185d"),
    ("entities", "media"): Style(color="#083344", background="#cffafe", border="#0e7490"),
    ("entities", "*"): _MUTED,
    # Names at rest: the text's own colours, a faint dotted line; the tooltip says who.
    ("names", "*"): Style(color="inherit", background="transparent", border="#94a3b8", quiet=True),
    ("boilerplate", "*"): Style(
        color="#4b5563", background="#f3f4f6", border="#6b7280", border_style="dashed"
    ),
    # Claim content: underline and faint background only. Each stance and hedge has its own line
    # style, so no distinction rests on colour alone; denials also carry a "DENIES" chip.
    ("claims", "asserts"): _underline("#082f49", "#f0f9ff", "#0369a1", "solid", "2px"),
    ("claims", "asserts-hedged"): _underline("#451a03", "#fffbeb", "#b45309", "dotted", "3px"),
    ("claims", "denies"): _underline("#450a0a", "#fef2f2", "#b91c1c", "double", "4px"),
    ("claims", "denies-hedged"): _underline("#4c0519", "#fff1f2", "#be123c", "dashed", "3px"),
    ("claims", "other"): _underline("#1e293b", "#f8fafc", "#475569", "solid", "2px"),
    # Sources are boxed like entities; an anonymous one is flagged by a heavy dashed box.
    ("claims", "source-anonymous"): Style(
        color="#4a044e", background="#fdf4ff", border="#a21caf", border_style="dashed", border_width="2px"
    ),
    ("claims", "cue"): Style(color="#1c1917", background="#fafaf9", border="#57534e", border_style="dotted"),
    # Named, media, document and unattributed sources share one style; their chips tell them apart.
    ("claims", "*"): Style(color="#0f172a", background="#f8fafc", border="#334155"),
    # Casualty figures: a box with a heavy left bar (never an underline, so a figure inside a claim's
    # content stands apart from it), one colour family per kind of harm.
    ("casualties", "killed"): _barred("#450a0a", "#fee2e2", "#991b1b"),
    ("casualties", "wounded"): _barred("#422006", "#fef9c3", "#854d0e"),
    **dict.fromkeys(
        [("casualties", "captured"), ("casualties", "missing"), ("casualties", "arrested")],
        _barred("#1e1b4b", "#e0e7ff", "#3730a3"),
    ),
    ("casualties", "displaced"): _barred("#083344", "#cffafe", "#155e75"),
    ("casualties", "losses"): _barred("#18181b", "#e4e4e7", "#3f3f46"),
    ("casualties", "*"): _barred("#1e293b", "#f1f5f9", "#475569"),
}


def style_for(layer: str, label: str) -> Style:
    """The style of a (layer, label) pair, falling back to the layer's, then a muted one."""
    return STYLES.get((layer, label)) or STYLES.get((layer, "*")) or _MUTED


# Underlines nested in underlines are drawn lower per level, so each stays visible; line-height 2
# leaves room for this many levels below the text.
_MAX_UNDERLINE_LEVEL = 2


def _mark_css(style: Style, level: int = 0) -> str:
    # box-decoration-break keeps padding and border on every line of a wrapped mark.
    if style.quiet:
        # Inherits the colours of what it sits in (the page, or a claim it is part of).
        return (
            f"color: inherit; background-color: transparent; border: 0 none; "
            f"border-bottom: 1px dotted {style.border}; padding: 0"
        )
    if style.underline:
        lift = 0.1 + 0.3 * min(level, _MAX_UNDERLINE_LEVEL)
        border = (
            f"border: 0 none {style.border}; "
            f"border-bottom: {style.border_width} {style.border_style} {style.border}; "
            f"border-radius: 0; padding: 0 0 {lift:.1f}em"
        )
    else:
        border = (
            f"border: {style.border_width} {style.border_style} {style.border}; "
            "border-radius: 0.25em; padding: 0 0.15em"
        )
        if style.left_width:
            border += f"; border-left-width: {style.left_width}"
    return (
        f"color: {style.color}; background-color: {style.background}; {border}; "
        "box-decoration-break: clone; -webkit-box-decoration-break: clone"
    )


def _chip_css(style: Style) -> str:
    # user-select: none keeps chips out of copied article text; screen readers still read them.
    return (
        f"color: {style.chip_color}; background-color: {style.border}; border: 1px solid {style.border}; "
        "border-radius: 0.2em; margin-left: 0.3em; padding: 0 0.25em; font-family: sans-serif; "
        "font-size: 0.7em; font-weight: 600; vertical-align: middle; white-space: nowrap; user-select: none"
    )


def _luminance(hex_colour: str) -> float:
    digits = hex_colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg_hex: str, bg_hex: str) -> float:
    """WCAG 2.x contrast ratio of two ``#rgb``/``#rrggbb`` colours, from 1.0 to 21.0."""
    lighter, darker = sorted((_luminance(fg_hex), _luminance(bg_hex)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# --- templates ---

TEMPLATE_HIGHLIGHT = (
    '<div class="wb-highlight" style="white-space: pre-wrap; line-height: 2">{legend}{text}</div>'
)
TEMPLATE_TEXT = '<div class="wb-text" style="white-space: pre-wrap; overflow-wrap: anywhere">{body}</div>'
TEMPLATE_MARK_OPEN = (
    '<mark class="wb-mark wb-{layer}" data-layer="{layer}" data-label="{label}" '
    'data-start="{start}" data-end="{end}" title="{title}" style="{style}">'
)
TEMPLATE_MARK_CLOSE = "</mark>"
TEMPLATE_CHIP = '<span class="wb-chip" style="{style}">{chip}</span>'
TEMPLATE_LEGEND = (
    '<div class="wb-legend" aria-label="Legend" '
    'style="white-space: normal; font-family: sans-serif; font-size: 0.85em; margin-bottom: 0.75em">'
    "{items}</div>"
)
TEMPLATE_SWATCH = (
    '<span class="wb-swatch wb-{layer}" data-layer="{layer}" data-label="{label}" title="{title}" '
    'style="{style}; margin-right: 0.5em; white-space: nowrap">{chip}</span>'
)


def _esc(value: object) -> str:
    # A CR would be folded into LF by the HTML parser; a character reference survives.
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


def _rank(layer: str, label: str = "") -> int:
    """How deep a mark nests among marks over the same span (0: outermost), after ``NESTING``."""
    for key in ((layer, label.split("-", 1)[0]), (layer, "*")):
        if key in NESTING:
            return NESTING.index(key)
    return len(NESTING)


def _legend_order(pair: tuple[str, str]) -> tuple:
    # By layer, then nesting depth, then casualty categories in their usual order, then label.
    layer, label = pair
    layers = list(CONVERTERS)
    known = CATEGORIES if layer == "casualties" else ()
    return (
        layers.index(layer) if layer in layers else len(layers),
        _rank(layer, label),
        known.index(label) if label in known else len(known),
        label,
    )


def _outer_first(mark: Mark) -> tuple[int, int, int]:
    # Among marks open at one point: the one ending last, then the earlier layer, goes outside.
    return (-mark.end, _rank(mark.layer, mark.label), mark.start)


def _checked(text: str, marks: Iterable[Mark]) -> list[Mark]:
    """Non-empty marks; an offset outside the text is a bug upstream, so it raises."""
    kept = []
    for mark in marks:
        if not 0 <= mark.start <= mark.end <= len(text):
            raise ValueError(f"mark {mark} lies outside the text (length {len(text)})")
        if mark.start < mark.end:
            kept.append(mark)
    return kept


def _underline_levels(ordered: Sequence[Mark]) -> dict[Mark, int]:
    """For each underlined mark, how deep the underlined marks nested inside it go (0: none).

    ``ordered`` is in opening order, so a mark inside another's span comes after it.
    """
    underlined = [m for m in ordered if style_for(m.layer, m.label).underline]
    levels: dict[Mark, int] = {}
    for i in reversed(range(len(underlined))):
        outer = underlined[i]
        inner = [levels[m] + 1 for m in underlined[i + 1 :] if m.start < outer.end and m.end <= outer.end]
        levels[outer] = max(inner, default=0)
    return levels


def _open(mark: Mark, level: int = 0) -> str:
    style = _mark_css(style_for(mark.layer, mark.label), level)
    return TEMPLATE_MARK_OPEN.format(
        layer=_esc(mark.layer),
        label=_esc(mark.label),
        start=mark.start,
        end=mark.end,
        title=_esc(mark.title),
        style=_esc(style),
    )


def _chip(mark: Mark) -> str:
    if not mark.chip:
        return ""
    return TEMPLATE_CHIP.format(
        style=_esc(_chip_css(style_for(mark.layer, mark.label))), chip=_esc(mark.chip)
    )


def render_marks(text: str, marks: Iterable[Mark]) -> str:
    """The whole text, escaped, with marks as well-nested ``<mark>`` elements.

    A mark that crosses the end of another is split into fragments; every fragment carries the
    whole mark's ``data-start``/``data-end``, and the chip follows the last fragment only.
    """
    pending = sorted(_checked(text, marks), key=lambda m: (m.start, *_outer_first(m)))
    levels = _underline_levels(pending)
    points = sorted({0, len(text)} | {m.start for m in pending} | {m.end for m in pending})
    out: list[str] = []
    stack: list[Mark] = []
    i = previous = 0
    for point in points:
        out.append(_esc(text[previous:point]))
        previous = point
        # Close every mark ending here; marks opened inside them are closed too and reopened.
        reopen: list[Mark] = []
        while any(m.end == point for m in stack):
            mark = stack.pop()
            if mark.end == point:
                out.append(_chip(mark) + TEMPLATE_MARK_CLOSE)
            else:
                out.append(TEMPLATE_MARK_CLOSE)
                reopen.append(mark)
        starting = []
        while i < len(pending) and pending[i].start == point:
            starting.append(pending[i])
            i += 1
        # The mark that lasts longer goes outside, so it need not be split later.
        for mark in sorted(reopen + starting, key=_outer_first):
            out.append(_open(mark, levels.get(mark, 0)))
            stack.append(mark)
    return TEMPLATE_TEXT.format(body="".join(out))


def render_legend(marks: Sequence[Mark]) -> str:
    """A legend of the (layer, label) pairs present, each swatch styled like its marks."""
    counts = Counter((m.layer, m.label) for m in marks)
    chips = {(m.layer, m.label): m.legend or m.chip for m in marks}
    if not counts:
        return ""
    items = []
    for layer, label in sorted(counts, key=_legend_order):
        n = counts[layer, label]
        items.append(
            TEMPLATE_SWATCH.format(
                layer=_esc(layer),
                label=_esc(label),
                title=_esc(f"{n} mark{'s' if n != 1 else ''}"),
                style=_esc(_mark_css(style_for(layer, label))),
                chip=_esc(chips[layer, label]),
            )
        )
    return TEMPLATE_LEGEND.format(items="".join(items))


def highlight(reading: ReadingLike, *, layers: Iterable[str] = DEFAULT_LAYERS) -> str:
    """The reading's text with the chosen layers highlighted, and a legend, as one HTML string.

    Layers: "names" (each actor's mentions, quiet: a dotted line and a tooltip), "entities" (every
    mention boxed, with its kind in words), "claims" (each claim's content underlined by stance, its
    source and its cue), "casualties" (each casualty figure boxed by category, chip "≥12 killed"),
    "boilerplate". The default, ``DEFAULT_LAYERS``, is names, claims, casualties and boilerplate;
    ``LAYERS`` shows everything, ``layers=("claims",)`` the claims alone. Over one span, marks nest
    in ``NESTING`` order: boilerplate, claim content, casualty figure, claim source and cue, entity.
    """
    marks = _checked(reading.text, to_marks(reading, layers))
    return TEMPLATE_HIGHLIGHT.format(legend=render_legend(marks), text=render_marks(reading.text, marks))


class Html:
    """Rendered HTML that displays itself in Jupyter; ``str()`` gives the markup."""

    def __init__(self, markup: str) -> None:
        self.markup = markup

    def __str__(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return f"<highlighted HTML, {len(self.markup)} characters>"

    def _repr_html_(self) -> str:
        return self.markup
