"""Test helpers shared by the highlighter's tests: read its HTML back, and place spans in a text.

Imported by the test files as ``from markup import parse``: pytest's default ("prepend") import
mode puts this folder on ``sys.path``. Not a test module itself (its name does not start with
``test_``), so its asserts are plain ones: each carries its own message.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from workbench.records import Entity

__all__ = ["SAFE_ATTRIBUTES", "SAFE_TAGS", "Node", "Page", "at", "entity", "parse"]

# The only elements and attributes the highlighter writes: anything else is injected markup.
SAFE_TAGS = frozenset({"div", "mark", "span"})
SAFE_ATTRIBUTES = frozenset({"class", "style", "title", "aria-label"}) | {
    f"data-{k}" for k in ("layer", "label", "start", "end")
}


@dataclass
class Node:
    """One element of the output."""

    tag: str
    attrs: dict[str, str]
    marks_above: tuple[tuple, ...]  # keys of the enclosing marks, outermost first
    text: str = ""  # article text inside, deeply; chips and legend left out
    shown: str = ""  # all text inside, deeply, chips and legend included (a chip's own text)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    @property
    def key(self) -> tuple:
        """(layer, label, start, end) of a mark."""
        a = self.attrs
        return (a["data-layer"], a["data-label"], int(a["data-start"]), int(a["data-end"]))

    @property
    def css(self) -> dict[str, str]:
        """The inline ``style`` as a dict of declarations."""
        declarations = [d.split(":", 1) for d in self.attrs.get("style", "").split(";") if ":" in d]
        return {name.strip(): value.strip() for name, value in declarations}


def is_mark(node: Node) -> bool:
    return "wb-mark" in node.classes


class Page(HTMLParser):
    """The highlighter's output, parsed; fails on unbalanced tags, void elements and unclosed tags.

    ``text`` is the article text (chips and legend left out); ``chips`` maps each mark's key to the
    texts of its chips, one per chip element (chips in the legend are not counted); ``events`` is the
    article in order: ``"<label"`` where a mark opens, ``"label>"`` where it closes, ``"chip …"`` for
    a chip, and the article text between them.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.nodes: list[Node] = []
        self.stack: list[Node] = []
        self.chips: dict[tuple, list[str]] = {}
        self.events: list[str] = []

    def inside(self, cls: str) -> bool:
        return any(cls in n.classes for n in self.stack)

    def hidden(self) -> bool:
        """Whether the current point is in a chip or the legend: no article text there."""
        return self.inside("wb-chip") or self.inside("wb-legend")

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs}, tuple(n.key for n in self.stack if is_mark(n)))
        if is_mark(node) and not self.hidden():
            self.events.append(f"<{node.attrs['data-label']}")
        self.stack.append(node)
        self.nodes.append(node)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1].tag == tag, f"unbalanced </{tag}>"
        node = self.stack.pop()
        if self.hidden():
            return
        if "wb-chip" in node.classes:
            owner = next(n for n in reversed(self.stack) if is_mark(n))
            self.chips.setdefault(owner.key, []).append(node.shown)
            self.events.append(f"chip {node.shown}")
        elif is_mark(node):
            self.events.append(f"{node.attrs['data-label']}>")

    def handle_startendtag(self, tag, attrs):
        raise AssertionError(f"void element <{tag}>")

    def handle_data(self, data):
        for node in self.stack:
            node.shown += data
        if self.hidden():
            return
        self.text += data
        self.events.append(data)
        for node in self.stack:
            node.text += data

    def marks(self, layer: str | None = None) -> list[Node]:
        """The mark elements (every fragment of a split mark), of one layer or all."""
        return [n for n in self.nodes if is_mark(n) and layer in (None, n.attrs["data-layer"])]

    def covered(self) -> dict[tuple, str]:
        """The article text under each mark, by mark key, the fragments of a split mark joined."""
        covered: dict[tuple, str] = {}
        for node in self.marks():
            covered[node.key] = covered.get(node.key, "") + node.text
        return covered

    def swatches(self) -> list[Node]:
        return [n for n in self.nodes if "wb-swatch" in n.classes]


def parse(markup: str) -> Page:
    page = Page()
    page.feed(markup)
    page.close()
    assert not page.stack, "unclosed tags"
    return page


def at(text: str, span: str, nth: int = 0) -> tuple[int, int]:
    """(start, end) of the ``nth`` occurrence of ``span`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return start, start + len(span)


def entity(text: str, span: str, label: str, actor: str | None = None, nth: int = 0) -> Entity:
    return Entity(*at(text, span, nth), span, label, actor)
