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
from dataclasses import dataclass

from .reading import Reading

__all__ = [
    "CONVERTERS",
    "DEFAULT_LAYERS",
    "STYLES",
    "Mark",
    "Style",
    "boilerplate_marks",
    "contrast_ratio",
    "entity_marks",
    "highlight",
    "render_legend",
    "render_marks",
    "style_for",
    "to_marks",
]


@dataclass(frozen=True)
class Mark:
    """A highlighted span ``text[start:end]`` of one layer; ``chip`` is the visible label."""

    start: int
    end: int
    layer: str
    label: str
    chip: str
    title: str


@dataclass(frozen=True)
class Style:
    """Colours of one kind of mark; the chip is ``chip_color`` on the border colour."""

    color: str
    background: str
    border: str
    border_style: str = "solid"
    chip_color: str = "#ffffff"


# --- converters: Reading -> marks. A new layer is one function plus one CONVERTERS entry. ---


def entity_marks(reading: Reading) -> list[Mark]:
    """One mark per entity; the tooltip names the actor it was grouped under."""
    kinds = {actor.name: actor.kind for actor in reading.actor_records}
    marks = []
    for ent in reading.entity_records:
        title = ent.label
        if ent.actor is not None:
            title += f" · actor: {ent.actor}" + (f" ({kinds[ent.actor]})" if ent.actor in kinds else "")
        marks.append(Mark(ent.start, ent.end, "entities", ent.label, ent.label, title))
    return marks


def boilerplate_marks(reading: Reading) -> list[Mark]:
    """One mark per boilerplate region of the article; the tooltip gives the reason."""
    return [
        Mark(b.start, b.end, "boilerplate", "boilerplate", "boilerplate", f"boilerplate · {b.reason}")
        for b in reading.article.boilerplate
    ]


# Insertion order is nesting order: a layer listed earlier wraps a later one over the same span.
CONVERTERS: dict[str, Callable[[Reading], list[Mark]]] = {
    "boilerplate": boilerplate_marks,
    "entities": entity_marks,
}

DEFAULT_LAYERS = ("entities", "boilerplate")


def to_marks(reading: Reading, layers: Iterable[str] = DEFAULT_LAYERS) -> list[Mark]:
    """The marks of the chosen layers, in the order the converters give them."""
    marks: list[Mark] = []
    for layer in layers:
        if layer not in CONVERTERS:
            raise ValueError(f"unknown layer {layer!r}; known layers: {', '.join(CONVERTERS)}")
        marks.extend(CONVERTERS[layer](reading))
    return marks


# --- styles: pastel backgrounds, dark text of the same hue, darker border (also the chip). ---

_MUTED = Style(color="#1e293b", background="#f1f5f9", border="#475569")

# Keyed by (layer, label); (layer, "*") is the layer's fallback, _MUTED the last resort.
STYLES: dict[tuple[str, str], Style] = {
    ("entities", "PERSON"): Style(color="#0b1f4d", background="#dbeafe", border="#1d4ed8"),
    ("entities", "ORG"): Style(color="#2e1065", background="#ede9fe", border="#6d28d9"),
    ("entities", "GPE"): Style(color="#052e16", background="#dcfce7", border="#15803d"),
    ("entities", "LOC"): Style(color="#042f2e", background="#ccfbf1", border="#0f766e"),
    ("entities", "FAC"): Style(color="#431407", background="#ffedd5", border="#c2410c"),
    ("entities", "NORP"): Style(color="#500724", background="#fce7f3", border="#be185d"),
    ("entities", "*"): _MUTED,
    ("boilerplate", "*"): Style(
        color="#4b5563", background="#f3f4f6", border="#6b7280", border_style="dashed"
    ),
}


def style_for(layer: str, label: str) -> Style:
    """The style of a (layer, label) pair, falling back to the layer's, then a muted one."""
    return STYLES.get((layer, label)) or STYLES.get((layer, "*")) or _MUTED


def _mark_css(style: Style) -> str:
    # box-decoration-break keeps padding and border on every line of a wrapped mark.
    return (
        f"color: {style.color}; background-color: {style.background}; "
        f"border: 1px {style.border_style} {style.border}; border-radius: 0.25em; padding: 0 0.15em; "
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
    'style="{style}; margin-right: 0.5em">{chip}</span>'
)


def _esc(value: object) -> str:
    # A CR would be folded into LF by the HTML parser; a character reference survives.
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


def _rank(layer: str) -> int:
    layers = list(CONVERTERS)
    return layers.index(layer) if layer in layers else len(layers)


def _outer_first(mark: Mark) -> tuple[int, int, int]:
    # Among marks open at one point: the one ending last, then the earlier layer, goes outside.
    return (-mark.end, _rank(mark.layer), mark.start)


def _checked(text: str, marks: Iterable[Mark]) -> list[Mark]:
    """Non-empty marks; an offset outside the text is a bug upstream, so it raises."""
    kept = []
    for mark in marks:
        if not 0 <= mark.start <= mark.end <= len(text):
            raise ValueError(f"mark {mark} lies outside the text (length {len(text)})")
        if mark.start < mark.end:
            kept.append(mark)
    return kept


def _open(mark: Mark) -> str:
    style = _mark_css(style_for(mark.layer, mark.label))
    return TEMPLATE_MARK_OPEN.format(
        layer=_esc(mark.layer),
        label=_esc(mark.label),
        start=mark.start,
        end=mark.end,
        title=_esc(mark.title),
        style=_esc(style),
    )


def _chip(mark: Mark) -> str:
    return TEMPLATE_CHIP.format(
        style=_esc(_chip_css(style_for(mark.layer, mark.label))), chip=_esc(mark.chip)
    )


def render_marks(text: str, marks: Iterable[Mark]) -> str:
    """The whole text, escaped, with marks as well-nested ``<mark>`` elements.

    A mark that crosses the end of another is split into fragments; every fragment carries the
    whole mark's ``data-start``/``data-end``, and the chip follows the last fragment only.
    """
    pending = sorted(_checked(text, marks), key=lambda m: (m.start, *_outer_first(m)))
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
            out.append(_open(mark))
            stack.append(mark)
    return TEMPLATE_TEXT.format(body="".join(out))


def render_legend(marks: Sequence[Mark]) -> str:
    """A legend of the (layer, label) pairs present, each swatch styled like its marks."""
    counts = Counter((m.layer, m.label) for m in marks)
    chips = {(m.layer, m.label): m.chip for m in marks}
    if not counts:
        return ""
    items = []
    for layer, label in sorted(counts, key=lambda pair: (_rank(pair[0]), pair)):
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


def highlight(reading: Reading, *, layers: Iterable[str] = DEFAULT_LAYERS) -> str:
    """The reading's text with the chosen layers highlighted, and a legend, as one HTML string."""
    marks = _checked(reading.text, to_marks(reading, layers))
    return TEMPLATE_HIGHLIGHT.format(legend=render_legend(marks), text=render_marks(reading.text, marks))
