"""The explorer's correction form: pick an item of the article shown, change its fields, apply,
and save the corrections beside the article.

The form only gathers values and hands them to ``Reading.correct`` (which checks them); the
explorer then shows the corrected reading. Its pure parts (``item_options``, ``field_values``,
``changes``) are tested without a browser.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as w

from ..records import ACTOR_KINDS, APPROX, CATEGORIES, SPEAKER_TYPES, STANCES, ReadingLike
from ..records.corrections import EDITABLE, CorrectionsError, find
from .wording import figure_chip, source_name

# Fields chosen from a list; the rest are typed (counts as numbers, names as text).
CHOICES = {
    "kind": ACTOR_KINDS,
    "speaker_type": SPEAKER_TYPES,
    "stance": STANCES,
    "approx": APPROX,
    "category": CATEGORIES,
}
COUNTS = ("count", "count_low", "count_high")
_LABEL_WIDTH = 60


def item_options(reading: ReadingLike) -> list[tuple[str, str]]:
    """Every item a researcher can correct, as (label, id): claims, figures, then actors."""

    def short(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= _LABEL_WIDTH else text[: _LABEL_WIDTH - 1] + "…"

    options = [
        (f"claim · {source_name(c.speaker, c.speaker_text)}: {short(c.text)}", c.id)
        for c in reading.claim_records
    ]
    options += [
        (
            f"figure · {figure_chip(f.count, f.count_low, f.count_high, f.approx, f.category, f.size_word)}: "
            f"{short(f.text)}",
            f.id,
        )
        for f in reading.casualty_records
    ]
    options += [(f"actor · {a.name} ({a.kind})", a.id) for a in reading.actor_records]
    return options


def field_values(reading: ReadingLike, item_id: str) -> tuple[str, dict[str, Any]]:
    """The kind of an item and its editable fields' current values."""
    kind, record = find(reading, item_id)
    return kind, {name: getattr(record, name) for name in EDITABLE[kind]}


def changes(current: dict[str, Any], typed: dict[str, Any]) -> dict[str, Any]:
    """The fields whose typed value differs from the current one, as ``Reading.correct`` takes
    them: empty text is None, counts are numbers, aliases a list."""
    found = {}
    for name, value in typed.items():
        if isinstance(value, str):
            value = value.strip()
            if name == "aliases":
                value = tuple(a.strip() for a in value.split(",") if a.strip())
            elif name in COUNTS:
                value = int(value) if value.isdigit() else (None if value == "" else value)
            elif value == "":
                value = None
        if value != current.get(name):
            found[name] = value
    return found


def _control(name: str, value) -> w.Widget:
    style = {"description_width": "8em"}
    if name in CHOICES:
        return w.Dropdown(description=name, options=list(CHOICES[name]), value=value, style=style)
    if name == "hedged":
        return w.Checkbox(description=name, value=bool(value), style=style)
    if name == "aliases":
        value = ", ".join(value)
    return w.Text(description=name, value="" if value is None else str(value), style=style)


class CorrectionForm:
    """A form over the reading ``get()`` returns; ``put(reading)`` receives each corrected one."""

    def __init__(self, get: Callable[[], ReadingLike], put: Callable[[ReadingLike], None]) -> None:
        self.get, self.put = get, put
        self.item = w.Dropdown(description="Item", layout=w.Layout(width="95%"))
        self.fields = w.VBox()
        self.apply = w.Button(description="Apply", tooltip="make the correction on the reading shown")
        self.save = w.Button(description="Save", tooltip="write the corrections beside the article")
        self.message = w.HTML()
        self.widget = w.VBox([self.item, self.fields, w.HBox([self.apply, self.save]), self.message])
        self.item.observe(self._picked, "value")
        self.apply.on_click(self._apply)
        self.save.on_click(self._save)
        self.refresh()

    def refresh(self) -> None:
        """The items of the reading shown, keeping the one picked if it is still there."""
        picked, options = self.item.value, item_options(self.get())
        self.item.options = options
        ids = [i for _, i in options]
        self.item.value = picked if picked in ids else (ids[0] if ids else None)
        self._picked()

    def _picked(self, _change=None) -> None:
        if self.item.value is None:
            self.fields.children = ()
            return
        _, values = field_values(self.get(), self.item.value)
        self.fields.children = tuple(_control(name, value) for name, value in values.items())

    def typed(self) -> dict[str, Any]:
        return {control.description: control.value for control in self.fields.children}

    def _apply(self, _button=None) -> None:
        reading = self.get()
        _, current = field_values(reading, self.item.value)
        found = changes(current, self.typed())
        if not found:
            self.message.value = "Nothing changed."
            return
        try:
            corrected = reading.correct(self.item.value, **found)
        except CorrectionsError as error:
            self.message.value = f"Not corrected: {html.escape(str(error))}"
            return
        self.put(corrected)
        self.refresh()
        self.message.value = html.escape(f"Corrected {', '.join(found)}; save to keep it.")

    def _save(self, _button=None) -> None:
        try:
            path = self.get().save_corrections()
        except (CorrectionsError, OSError) as error:
            self.message.value = f"Not saved: {html.escape(str(error))}"
            return
        self.message.value = html.escape(f"Saved to {Path(path).name}.")
