"""The drawing layer under ``plots``, in the manner of plotly express: a tidy frame in, plotly
traces out, then one figure with the common layout (title, axis and legend titles, template).

A frame has a row per mark and a column per role, named for it: ``x`` and ``y`` (and ``x_end``,
``y_end`` for a line's other end), ``legend`` (one trace per value, in the order the frame gives,
named by it in the legend), ``color``, ``hover``, and where used ``text`` and ``textposition``
(a label beside the mark), ``symbol``, ``size``, ``angle``, ``dash``, ``pattern`` (a bar's
hatching) and ``error`` (a bar's extent past its end). A colour, symbol or dash that is one value
over a trace is drawn as one value, else one per mark.

Frames hold plain text; this layer escapes every text it draws (trace names, categories, labels,
axis and legend titles, hover text), because plotly renders a few tags (``<b>``, ``<a href>``,
``<br>``) in all of them and an article's words must never become markup. A hover cell is a tuple
of plain strings: the bold head, the rest of its line, then one string per further line (empty
ones left out), where a ``Quote`` of the article's words is shortened and wrapped.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterable
from itertools import cycle
from typing import NamedTuple

import pandas as pd
import plotly.graph_objects as go

__all__ = [
    "MISSING",
    "Quote",
    "bars",
    "colors",
    "esc",
    "figure",
    "label",
    "legend_above",
    "markers",
    "row_labels",
    "segments",
    "shorten",
    "value",
]

TEMPLATE = "plotly_white"
MISSING = "(not known)"
# A colour-blind-safe qualitative palette, assigned in sorted order.
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000")
_MISSING_COLOR = "#94a3b8"
_HOVER = "%{hovertext}<extra></extra>"
_ERROR_BAR = {"color": "#1e293b", "thickness": 2, "width": 6}


def value(cell):
    """A cell as a plain Python value; missing (None, NaN, NA) becomes None."""
    if cell is None or (not isinstance(cell, tuple | list) and pd.isna(cell)):
        return None
    return cell


def label(cell) -> str:
    """A cell as text: missing is "(not known)"."""
    cell = value(cell)
    return MISSING if cell is None else str(cell)


def esc(cell) -> str:
    """A cell as figure text: a speaker named ``The <b>Resistance`` shows its brackets."""
    return html.escape(label(cell), quote=False)


def colors(values: Iterable[str], fixed: dict[str, str] | None = None) -> dict[str, str]:
    """A colour per value in sorted order: grey for "(not known)", the ``fixed`` one if any, else
    the next of the palette."""
    fixed, palette, found = fixed or {}, cycle(PALETTE), {}
    for one in sorted(set(values)):
        found[one] = _MISSING_COLOR if one == MISSING else fixed.get(one) or next(palette)
    return found


def shorten(text: str, limit: int = 400) -> str:
    """Text with its whitespace made single spaces, cut to ``limit`` characters."""
    text = " ".join(str(text).split())
    return textwrap.shorten(text, limit, placeholder=" …") if len(text) > limit else text


class Quote(NamedTuple):
    """A hover line that quotes an article's words: ``words`` (shortened and wrapped, as long as
    they may be) between ``before`` and ``after``."""

    before: str
    words: str
    after: str = ""


def _line(line: str | Quote, width: int) -> str:
    if not isinstance(line, Quote):
        return html.escape(line, quote=False)
    words = textwrap.wrap(shorten(line.words), width) or [""]
    quoted = "<br>".join(html.escape(part, quote=False) for part in words)
    return html.escape(line.before, quote=False) + quoted + html.escape(line.after, quote=False)


def tip(cell, width: int = 80) -> str | None:
    """A hover cell as hover text, escaped: its head bold, then the rest of its line, then each
    further line (a ``Quote`` wrapped to ``width``) but the empty ones."""
    if value(cell) is None:
        return None
    head, rest, *lines = cell
    return "<br>".join([f"<b>{esc(head)}</b>{esc(rest)}", *(_line(line, width) for line in lines if line)])


def _points(part: pd.DataFrame, role: str, text: bool = False) -> list | None:
    """A role's column as one value per mark (None for missing, escaped if it is text drawn as
    text); None without the column."""
    if role not in part.columns:
        return None
    return [esc(v) if text and isinstance(v, str) else value(v) for v in part[role]]


def _one(part: pd.DataFrame, role: str):
    """A role's column as one value for the whole trace when it holds one, else one per mark."""
    found = _points(part, role)
    return found[0] if found is not None and len(set(map(str, found))) == 1 else found


def _traces(frame: pd.DataFrame):
    """The rows of each trace and its name (escaped), in the order its name first appears."""
    for name, part in frame.groupby("legend", sort=False, dropna=False):
        yield esc(name), part


def _common(part: pd.DataFrame) -> dict:
    """What every trace of marks takes from its rows: position, label and hover text."""
    found = {"x": _points(part, "x"), "y": _points(part, "y", text=True)}
    if "text" in part.columns:
        found |= {"text": _points(part, "text", text=True), "textposition": _points(part, "textposition")}
    if "hover" in part.columns:
        found |= {"hovertext": [tip(cell) for cell in part["hover"]], "hovertemplate": _HOVER}
    return found


def bars(frame: pd.DataFrame, **style) -> list[go.Bar]:
    """Horizontal bars, ``x`` long at category ``y``, maybe hatched (``pattern``), with an error
    bar ``error`` long past their end. A row with no ``y`` draws nothing: it keeps its trace's
    entry in the legend."""
    traces = []
    for name, part in _traces(frame):
        marker, error = {"color": _one(part, "color")}, {}
        if "pattern" in part.columns:
            marker["pattern"] = {"shape": _points(part, "pattern"), "fgcolor": "#ffffff"}
        if "error" in part.columns:
            plus = [0 if v is None else v for v in _points(part, "error")]
            error = {"type": "data", "array": plus, "arrayminus": [0] * len(plus), "symmetric": False}
            error = {"error_x": {**error, "visible": any(plus), **_ERROR_BAR}}
        traces.append(go.Bar(name=name, orientation="h", marker=marker, **error, **_common(part), **style))
    return traces


def markers(frame: pd.DataFrame, *, marker: dict | None = None, legendgroup: bool = False, **style) -> list:
    """Markers at ``x``, ``y``, labelled by ``text`` when the frame has it. ``marker`` is their fixed
    style; a marker's outline, when it has one, is its colour unless said otherwise.
    ``legendgroup`` groups each trace with the lines ``segments`` draws under the same name."""
    traces = []
    for name, part in _traces(frame):
        look = {**(marker or {}), "color": _one(part, "color")}
        look |= {"symbol": _one(part, "symbol")} if "symbol" in part.columns else {}
        look |= {role: _points(part, role) for role in ("size", "angle") if role in part.columns}
        if "line" in look:
            look["line"] = {"color": look["color"], **look["line"]}
        mode = "markers+text" if "text" in part.columns else "markers"
        group = {"legendgroup": name} if legendgroup else {}
        traces.append(go.Scatter(name=name, mode=mode, marker=look, **group, **_common(part), **style))
    return traces


def segments(frame: pd.DataFrame, *, width: float = 2, **style) -> list[go.Scatter]:
    """A line from (``x``, ``y``) to (``x_end``, ``y_end``, else ``y``) for each row, one trace per
    ``legend`` value: left out of the legend, but hidden with the markers of that name."""
    traces = []
    for name, part in _traces(frame):
        ends = [_points(part, "x"), _points(part, "x_end"), _points(part, "y", text=True)]
        ends.append(_points(part, "y_end" if "y_end" in part.columns else "y", text=True))
        gaps = [None] * len(part)
        line = {"color": _one(part, "color"), "width": width}
        line |= {"dash": _one(part, "dash")} if "dash" in part.columns else {}
        traces.append(
            go.Scatter(
                x=[v for row in zip(ends[0], ends[1], gaps, strict=True) for v in row],
                y=[v for row in zip(ends[2], ends[3], gaps, strict=True) for v in row],
                mode="lines",
                line=line,
                hoverinfo="skip",
                legendgroup=name,
                showlegend=False,
                **style,
            )
        )
    return traces


def figure(
    traces,
    *,
    title: str,
    x: str,
    y: str,
    legend: str = "",
    note: str = "",
    rows: int = 0,
    order=None,
) -> go.Figure:
    """The figure with the common layout: ``title`` (as given, so a caller's markup stays) over a
    smaller ``note``, the axes' titles, the legend's, room for ``rows`` rows, and the categories
    of the y axis top down in ``order`` when given."""
    fig = go.Figure(list(traces))
    fig.update_layout(
        template=TEMPLATE,
        title={"text": title + (f"<br><sup>{esc(note)}</sup>" if note else ""), "x": 0.01, "xanchor": "left"},
        xaxis_title=esc(x),
        yaxis_title=esc(y),
        legend_title_text=esc(legend),
        hoverlabel={"align": "left"},
        height=max(360, 140 + 28 * rows),
        margin={"l": 10, "r": 10, "t": 80, "b": 50},
    )
    if order is not None:
        fig.update_yaxes(categoryorder="array", categoryarray=[esc(c) for c in order], autorange="reversed")
    return fig


def row_labels(fig: go.Figure, rows: pd.DataFrame) -> go.Figure:
    """The y axis as one column of labels, top down: each row's ``text`` at its category ``y``,
    bold where ``heading``."""
    keys = [esc(key) for key in rows["y"]]
    labels = [f"<b>{esc(t)}</b>" if h else esc(t) for t, h in zip(rows["text"], rows["heading"], strict=True)]
    return fig.update_yaxes(
        type="category",
        categoryorder="array",
        categoryarray=keys,
        tickmode="array",
        tickvals=keys,
        ticktext=labels,
        range=[len(keys) - 0.5, -0.5],
    )


def legend_above(fig: go.Figure, per_row: int = 4) -> go.Figure:
    """The legend across the top, under the title, inside the top margin: beside the chart it
    takes the width the marks and their labels need. Its rows are guessed (``per_row`` entries to
    a row) to leave it room in pixels, whatever the figure's height."""
    entries = sum(1 for trace in fig.data if trace.showlegend is not False)
    legend_height = 22 * -(-entries // per_row)
    height = fig.layout.height + legend_height
    return fig.update_layout(
        height=height,
        margin={"l": 10, "r": 40, "t": 90 + legend_height},
        title={"y": 1 - 12 / height, "yanchor": "top"},
        legend={
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "yref": "container",
            "y": 1 - 78 / height,
            "yanchor": "top",
        },
    )
