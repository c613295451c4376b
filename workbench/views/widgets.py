"""An explorer over many readings: pick an article, toggle layers, filter, and see the highlighted
text, the tables and the figures change together.

The filtering is a pure function, ``filter_tables``, tested without a browser; the widgets only
feed its arguments in and show what it returns. Outside a live kernel (nbconvert, nbviewer,
GitHub) the explorer shows a static HTML summary instead of the widgets.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import ipywidgets as w
import pandas as pd
import plotly.graph_objects as go

from ..records import SPEAKER_TYPES, STANCES
from ..records.reading import Reading
from . import plots, tables
from .correcting import CorrectionForm
from .render import DEFAULT_LAYERS, highlight
from .tables import actors_table
from .wording import source_name

__all__ = ["FIGURES", "Explorer", "Selection", "explore", "filter_tables", "summary_html"]

ALL = "(all)"


@dataclass(frozen=True)
class Selection:
    """What one article shows under the filters: its tables, and ``shown``, the reading cut down
    to the kept records, to highlight (it keeps the actors). Records refer to each other by id, so
    ``shown``'s references stay true. The claims table is indexed by each claim's position in the
    article, for reading; casualty figures' ``claim`` names a claim's ``id``."""

    article: str
    filters: dict[str, str]  # the filters that were set, by name
    shown: Reading
    entities: pd.DataFrame
    actors: pd.DataFrame
    claims: pd.DataFrame
    casualties: pd.DataFrame
    ledger: pd.DataFrame


def _index(readings: Iterable[Reading] | Mapping[str, Reading]) -> dict[str, Reading]:
    """Readings by article id; two readings of one id would make a pick ambiguous."""
    if isinstance(readings, Mapping):
        return dict(readings)
    found: dict[str, Reading] = {}
    for reading in readings:
        if reading.article.id in found:
            raise ValueError(f"two readings of article {reading.article.id!r}: ids must be distinct")
        found[reading.article.id] = reading
    return found


def filter_tables(
    readings: Iterable[Reading] | Mapping[str, Reading],
    article: str,
    *,
    actor: str | None = None,
    speaker: str | None = None,
    speaker_type: str | None = None,
    stance: str | None = None,
) -> Selection:
    """One article's tables under the filters (see ``tables.filter``), the ledger included: its
    figure rows follow the kept casualty figures, its denial rows the kept claims."""
    index = _index(readings)
    if article not in index:
        raise KeyError(f"no reading of article {article!r}")
    reading = index[article]
    filters = dict(actor=actor, speaker=speaker, speaker_type=speaker_type, stance=stance)
    shown = tables.filter(reading, **filters)
    # The claims table keeps each claim's position in the article, for reading.
    position = {claim.id: i for i, claim in enumerate(reading.claim_records)}
    claims = shown.claims.set_axis(pd.Index([position[c] for c in shown.claims["id"]], dtype="int64"))
    actors = reading.actors
    return Selection(
        article=article,
        filters={name: value for name, value in filters.items() if value is not None},
        shown=shown,
        entities=shown.entities,
        actors=actors[actors["name"] == actor].reset_index(drop=True) if actor is not None else actors,
        claims=claims,
        casualties=shown.casualties,
        ledger=tables.ledger_rows(reading.ledger, shown),
    )


# The figures the explorer can show, by name: each takes a Selection.
FIGURES = {
    "claims": lambda s: plots.claims_timeline(
        s.claims, title=f"Claims through {s.article}", length=len(s.shown.article.text)
    ),
    "casualties": lambda s: plots.casualty_claims(s.ledger, title=f"Casualty claims in {s.article}"),
    "mentions": lambda s: plots.actor_mentions(
        actors_table(s.shown.actor_records), title=f"Actors in {s.article}"
    ),
    "network": lambda s: plots.speaker_network(
        s.claims,
        s.casualties,
        actors_table(s.shown.actor_records),
        title=f"Who speaks about whom in {s.article}",
    ),
}

_TABLE_STYLE = "font-size: 0.85em; margin-bottom: 1em"


def _table(title: str, frame: pd.DataFrame, index: bool = False) -> str:
    # to_html escapes every cell; the article's words are data here, never markup. A missing value
    # is an empty cell and the ledger's conflict flag comes early (``tables.readable``).
    body = (
        tables.table_html(frame, index=index, border=0, max_rows=200)
        if len(frame)
        else "<p><em>none</em></p>"
    )
    return f'<div style="{_TABLE_STYLE}"><h4>{html.escape(title)} ({len(frame)})</h4>{body}</div>'


def tables_html(selection: Selection) -> str:
    """The selection's claims, casualty figures, ledger and actors as HTML tables."""
    ledger = selection.ledger.drop(columns=["start", "end"], errors="ignore")
    return "".join(
        [
            _table("Claims", selection.claims[tables.BRIEF["claims"]], index=True),
            _table("Casualty figures", selection.casualties[tables.BRIEF["casualties"]]),
            _table("Ledger", ledger),
            _table("Actors", selection.actors),
        ]
    )


def _figure_output(fig: go.Figure) -> dict:
    """A figure as a notebook output: plotly's JSON mimetype, which JupyterLab renders, and a text
    line for anything else. Built by hand so it needs no kernel and no FigureWidget."""
    data = json.loads(fig.to_json())
    data["config"] = {"responsive": True, "displaylogo": False}
    title = fig.layout.title.text or "figure"
    return {
        "output_type": "display_data",
        "data": {"application/vnd.plotly.v1+json": data, "text/plain": f"<plotly figure: {title}>"},
        "metadata": {},
    }


# The "(all)" option's value: no actor, speaker, kind of source or stance is the empty string. It
# cannot be None: ipywidgets treats a value of None as "nothing selected" and blanks the menu.
_NO_FILTER = ""


# The layer toggles, in the order shown, with what each shows.
_LAYER_TIPS = {
    "claims": "who claims what: content underlined by stance, source boxed, reporting word dotted",
    "casualties": "casualty figures, boxed by kind of harm",
    "names": "actors' names, quiet: hover one to see who it is",
    "entities": "every mention boxed, with its kind",
    "boilerplate": "site boilerplate, greyed",
}


def _options(values: Iterable[str]) -> list[tuple[str, str]]:
    return [(ALL, _NO_FILTER), *((v, v) for v in values)]


def _choose(menu: w.Dropdown, value: str | None) -> None:
    """Pick ``value`` in a filter menu; None picks "(all)"."""
    menu.value = _NO_FILTER if value is None else value


def _chosen(menu: w.Dropdown) -> str | None:
    """A filter menu's value as ``filter_tables`` takes it: None for "(all)"."""
    return None if menu.value == _NO_FILTER else menu.value


class Explorer:
    """The widgets over a set of readings; ``widget`` is the box to display.

    Change any control (or call ``select``) and ``text``, ``tables`` and ``figures`` are rebuilt
    from one ``filter_tables`` call. ``selection`` is the current Selection. The "Correct" drawer
    (``correcting``) corrects an item of the article shown; ``readings`` then holds the corrected
    reading, and "Save" writes its corrections beside the article.
    """

    def __init__(
        self,
        readings: Iterable[Reading] | Mapping[str, Reading],
        *,
        figures: Iterable[str] = ("claims", "casualties"),
    ) -> None:
        self.readings = _index(readings)
        if not self.readings:
            raise ValueError("explore() needs at least one reading")
        self.figure_names = tuple(figures)
        unknown = [name for name in self.figure_names if name not in FIGURES]
        if unknown:
            raise ValueError(f"unknown figures {unknown}; known: {', '.join(FIGURES)}")
        self._quiet = False
        self.article = w.Dropdown(description="Article", options=list(self.readings))
        # Every layer one toggle away; the reader's default view switched on.
        self.layers = {
            name: w.ToggleButton(
                value=name in DEFAULT_LAYERS,
                description=name,
                tooltip=_LAYER_TIPS[name],
                layout=w.Layout(width="auto"),
            )
            for name in _LAYER_TIPS
        }
        narrow = {"style": {"description_width": "initial"}}
        self.actor = w.Dropdown(description="Actor", **narrow)
        self.speaker = w.Dropdown(description="Speaker", **narrow)
        self.speaker_type = w.Dropdown(description="Source", options=_options(SPEAKER_TYPES), **narrow)
        self.stance = w.Dropdown(description="Stance", options=_options(STANCES), **narrow)
        self.counts = w.HTML()
        self.text = w.HTML(layout=w.Layout(max_height="32em", overflow="auto", border="1px solid #cbd5e1"))
        self.tables = w.HTML()
        self.figures = w.Output()
        self.correcting = CorrectionForm(lambda: self.readings[self.article.value], self._corrected)
        drawer = w.Accordion(children=[self.tables, self.correcting.widget], titles=("Tables", "Correct"))
        self.widget = w.VBox(
            [
                w.HBox([self.article, *self.layers.values()]),
                w.HBox([self.actor, self.speaker, self.speaker_type, self.stance]),
                self.counts,
                self.text,
                self.figures,
                drawer,
            ]
        )
        self.selection: Selection | None = None
        self._choices()
        for control in (self.actor, self.speaker, self.speaker_type, self.stance, *self.layers.values()):
            control.observe(self._changed, "value")
        self.article.observe(self._picked, "value")
        self.update()

    # --- reacting to the controls ---

    def _choices(self) -> None:
        """The actor and speaker menus of the picked article, reset to (all)."""
        reading = self.readings[self.article.value]
        quiet, self._quiet = self._quiet, True
        try:
            self.actor.options = _options(a.name for a in reading.actor_records)
            self.speaker.options = _options(
                dict.fromkeys(source_name(c.speaker, c.speaker_text) for c in reading.claim_records)
            )
            for control in (self.actor, self.speaker, self.speaker_type, self.stance):
                _choose(control, None)
        finally:
            self._quiet = quiet

    def _picked(self, _change=None) -> None:
        self._choices()
        self.correcting.refresh()
        if not self._quiet:
            self.update()

    def _corrected(self, reading: Reading) -> None:
        """A correction made in the form: the article shows the corrected reading."""
        self.readings[reading.article.id] = reading
        self.update()

    def _changed(self, _change=None) -> None:
        if not self._quiet:
            self.update()

    def select(
        self,
        article: str | None = None,
        *,
        actor: str | None = None,
        speaker: str | None = None,
        speaker_type: str | None = None,
        stance: str | None = None,
        layers: Iterable[str] | None = None,
    ) -> Selection:
        """Set the controls as a user would, with one update at the end; returns the selection."""
        self._quiet = True
        try:
            if article is not None:
                self.article.value = article
            for control, value in (
                (self.actor, actor),
                (self.speaker, speaker),
                (self.speaker_type, speaker_type),
                (self.stance, stance),
            ):
                _choose(control, value)
            if layers is not None:
                chosen = set(layers)
                for name, toggle in self.layers.items():
                    toggle.value = name in chosen
        finally:
            self._quiet = False
        return self.update()

    def update(self) -> Selection:
        """Rebuild the text, tables and figures from the controls."""
        selection = filter_tables(
            self.readings,
            self.article.value,
            actor=_chosen(self.actor),
            speaker=_chosen(self.speaker),
            speaker_type=_chosen(self.speaker_type),
            stance=_chosen(self.stance),
        )
        self.selection = selection
        layers = tuple(name for name, toggle in self.layers.items() if toggle.value)
        self.text.value = highlight(selection.shown, layers=layers)
        self.tables.value = tables_html(selection)
        self.counts.value = html.escape(_counts(selection))
        self.figures.outputs = tuple(_figure_output(FIGURES[name](selection)) for name in self.figure_names)
        return selection

    # --- display ---

    def __repr__(self) -> str:
        return f"Explorer({len(self.readings)} articles; showing {self.article.value!r})"

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        # The live widgets for a kernel, and a static summary for everything that cannot run them.
        bundle = self.widget._repr_mimebundle_()
        bundle["text/plain"] = repr(self)
        bundle["text/html"] = summary_html(self.readings)
        return bundle


def _counts(selection: Selection) -> str:
    shown = selection.shown
    filters = ", ".join(f"{name}: {value}" for name, value in selection.filters.items())
    return (
        f"{selection.article}{f' ({filters})' if filters else ''}: {len(shown.entity_records)} mentions · "
        f"{len(shown.claim_records)} claims · {len(shown.casualty_records)} casualty figures · "
        f"{len(selection.ledger)} ledger rows"
    )


TEMPLATE_SUMMARY = (
    '<div class="wb-explorer-summary" style="font-family: sans-serif">'
    "<p><strong>Explorer</strong> over {n} article{s}. The interactive view needs a running kernel; "
    "this is its static summary.</p>"
    '<table class="wb-articles" style="font-size: 0.85em; margin-bottom: 1em">'
    "<thead><tr><th>article</th><th>actors</th><th>claims</th><th>anonymous</th><th>denials</th>"
    "<th>casualty figures</th><th>corrected</th></tr></thead><tbody>{rows}</tbody></table>"
    "<p>{first}</p>{highlighted}</div>"
)
TEMPLATE_SUMMARY_ROW = (
    "<tr><td>{article}</td><td>{actors}</td><td>{claims}</td><td>{anonymous}</td><td>{denials}</td>"
    "<td>{figures}</td><td>{corrected}</td></tr>"
)


def _corrected_count(reading: Reading) -> str:
    """How many items a researcher corrected (marked ✎ in the text), and corrections not made."""
    records = (*reading.actor_records, *reading.claim_records, *reading.casualty_records)
    count = sum(bool(r.corrected) for r in records)
    failed = f", {len(reading.unapplied)} not applied" if reading.unapplied else ""
    return f"{count} ✎{failed}" if count or failed else "0"


def summary_html(readings: Iterable[Reading] | Mapping[str, Reading]) -> str:
    """The explorer without a kernel: every article with its counts, and the first one highlighted."""
    index = _index(readings)
    rows = []
    for article, reading in index.items():
        claims = reading.claim_records
        rows.append(
            TEMPLATE_SUMMARY_ROW.format(
                article=html.escape(article),
                actors=len(reading.actor_records),
                claims=len(claims),
                anonymous=sum(c.speaker_type == "anonymous" for c in claims),
                denials=sum(c.stance == "denies" for c in claims),
                figures=len(reading.casualty_records),
                corrected=_corrected_count(reading),
            )
        )
    first = next(iter(index), None)
    return TEMPLATE_SUMMARY.format(
        n=len(index),
        s="" if len(index) == 1 else "s",
        rows="".join(rows),
        first="" if first is None else f"The first article, <strong>{html.escape(first)}</strong>:",
        highlighted="" if first is None else highlight(index[first]),
    )


def explore(readings: Iterable[Reading] | Mapping[str, Reading], **options) -> Explorer:
    """The explorer over ``readings`` (a list, or a mapping of article id to reading); display it."""
    return Explorer(readings, **options)
