"""Figures of a reading's tables: tidy DataFrame in, plotly ``go.Figure`` out, never shown here.

Every function takes one of the Reading tables (or many readings' tables concatenated with an
``article`` column, see ``tables.combined``) and the same keyword parameters: ``article=`` keeps
one article's rows, ``color=`` names the column that colours the marks, ``title=`` replaces the
default title. Every figure is titled, its axes labelled, and its hover text quotes the words of
the article the mark stands for.

Each figure prepares a frame of what it draws, a row per mark with its position, label, colour and
hover text, and hands it to ``chart``, the thin drawing layer, which escapes every text it draws:
plotly renders a few tags in it, and an article's text must never become markup.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..records import ACTOR_KINDS
from . import chart
from .wording import REPORTER, figure_amount, figure_chip, source_name

__all__ = [
    "KIND_COLORS",
    "STANCE_COLORS",
    "actor_mentions",
    "casualty_claims",
    "claims_timeline",
    "speaker_label",
    "speaker_network",
]

# The highlighter's border colours, so a stance reads the same in the text and in a figure.
STANCE_COLORS = {"asserts": "#0369a1", "denies": "#b91c1c"}
KIND_COLORS = dict(
    zip(
        (*ACTOR_KINDS, "source"),
        (
            "#1d4ed8",  # person
            "#92400e",  # armed_group (no red: red is for denials)
            "#ca8a04",  # state_force
            "#6d28d9",  # government
            "#0f766e",  # media
            "#be185d",  # organization
            "#15803d",  # place
            "#64748b",  # other
            "#334155",  # source: a speaker that is not an actor ("locals")
        ),
        strict=True,
    )
)
SPEAKER_SYMBOLS = {
    "named": "circle",
    "anonymous": "diamond-open",
    "media": "square",
    "document": "star",
    "unattributed": "circle-open",
}


# --- helpers ---


def _select(table: pd.DataFrame | None, article: str | None) -> pd.DataFrame | None:
    """The rows of one article (``article=``), or all rows."""
    if table is None or article is None:
        return table
    if "article" not in table.columns:
        raise ValueError("article= needs a table with an 'article' column (see tables.combined)")
    return table[table["article"] == article]


def _many(table: pd.DataFrame) -> bool:
    return "article" in table.columns and table["article"].nunique() > 1


def _where(article: str | None, many: bool) -> str:
    """The end of a default title: which article (its id is a file name: escaped), or all."""
    return f" in {chart.esc(article)}" if article else (" across articles" if many else "")


def _colors(values, column: str) -> dict[str, str]:
    """A colour per value: the fixed ones for stance and kind, else the palette in sorted order."""
    return chart.colors(values, {"stance": STANCE_COLORS, "kind": KIND_COLORS}.get(column))


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _joined(values: pd.Series) -> str:
    return ", ".join(sorted({str(v) for v in values.dropna()}))


# --- actors ---


def actor_mentions(
    actors: pd.DataFrame,
    *,
    article: str | None = None,
    color: str = "kind",
    title: str | None = None,
    top: int | None = None,
) -> go.Figure:
    """Mentions per actor as horizontal bars, most mentioned on top, coloured by ``color``.

    Over many articles an actor's mentions are summed by name. The tooltip gives the names the
    actor goes by in the text, its kind and whom it speaks for.
    """
    table = _select(actors, article)
    frame = _actors(table, color).iloc[:top]
    frame = frame.assign(
        x=frame["mentions"],
        y=frame["name"],
        legend=frame["group"],
        color=frame["group"].map(_colors(frame["group"], color)),
        hover=[
            (
                row.name,
                f" ({row.kind})",
                f"{row.mentions} mentions" + (f" in {row.articles} articles" if row.articles > 1 else ""),
                chart.Quote("as written: ", row.aliases),
                row.affiliation and f"speaks for: {row.affiliation}",
            )
            for row in frame.itertuples()
        ],
    )
    return chart.figure(
        chart.bars(frame.sort_values("legend", kind="stable")),
        title=title or f"Who is named{_where(article, _many(table))}: mentions per actor",
        x="mentions",
        y="actor",
        legend=color,
        rows=len(frame),
        order=frame["name"],
    )


def _actors(table: pd.DataFrame, color: str) -> pd.DataFrame:
    """One row per actor (and value of ``color``), most mentioned first: over many articles its
    mentions summed, its kinds, names as written and affiliations joined."""
    table = table.assign(
        group=[chart.label(v) for v in table[color]],
        # A corpus's merged actors have no offsets: their table's order stands in.
        first=table["first_start"] if "first_start" in table.columns else table.index,
        articles=table["article"] if "article" in table.columns else 0,
    )
    frame = (
        table.groupby(["name", "group"], sort=False, dropna=False)
        .agg(
            kind=("kind", _joined),
            mentions=("mentions", "sum"),
            aliases=("aliases", lambda cells: ", ".join(dict.fromkeys(_aliases(cells)))),
            affiliation=("affiliation", _joined),
            articles=("articles", "nunique"),
            first=("first", "min"),
        )
        .reset_index()
    )
    return frame.sort_values(["mentions", "first", "name"], ascending=[False, True, True])


def _aliases(cells: pd.Series):
    return (alias for cell in cells.dropna() for alias in str(cell).split(", ") if alias)


# --- who speaks about whom ---


def speaker_label(speaker, speaker_text) -> str:
    """How a claim's source is named in figures and filters: the actor, else the words, else
    "(unattributed)"."""
    return source_name(chart.value(speaker), chart.value(speaker_text))


def _speaker(row) -> str:
    return speaker_label(row.get("speaker"), row.get("speaker_text"))


_ARROW = {"symbol": "arrow", "size": 13}
_NODE = {"line": {"color": "#ffffff", "width": 1}}
_NODE_LABEL = 24  # characters of a node's label


def speaker_network(
    claims: pd.DataFrame,
    casualties: pd.DataFrame | None = None,
    actors: pd.DataFrame | None = None,
    *,
    entities: pd.DataFrame | None = None,
    article: str | None = None,
    color: str = "stance",
    title: str | None = None,
    seed: int = 7,
    top: int | None = 40,
) -> go.Figure:
    """Who speaks about whom: an arrow from each speaker to every actor named in its claims, and
    from each claimant to the party of each casualty figure it gives.

    The actors a claim names are those the analysis recorded for it (the claims table's
    ``names``); a table without them falls back to the entity marks (``entities``) inside its
    span. Edges are coloured by ``color`` (the claim's stance; a casualty figure asserts),
    denials also dashed; node size grows with mentions. The layout is networkx's spring layout
    with a fixed ``seed``, so the same tables give the same picture. ``top`` keeps the most
    connected speakers and actors (a corpus names hundreds; the subtitle says how many are left
    out), None keeps all. Labels point away from the centre.
    """
    claims = _select(claims, article)
    said = _said(claims, _select(casualties, article), _select(entities, article), color)
    spoken = Counter(_speaker(claim) for _, claim in claims.iterrows())
    nodes, everyone = _nodes(said, spoken, _select(actors, article), top)
    edges = _edges(said[said["source"].isin(nodes["name"]) & said["target"].isin(nodes["name"])], color)
    xy = _positions(nodes["name"], zip(edges["source"], edges["target"], strict=True), seed)
    edges, nodes = _edge_geometry(edges, xy), _node_marks(nodes, edges, xy)
    traces = [
        *chart.segments(edges, width=1.5),
        *chart.markers(edges.assign(x=edges["tip_x"], y=edges["tip_y"]), marker=_ARROW, legendgroup=True),
        *chart.markers(nodes, marker=_NODE, textfont={"size": 11}),
    ]
    shown = f"the {len(nodes)} most connected of {everyone} speakers and actors"
    fig = chart.figure(
        traces,
        title=title or f"Who speaks about whom{_where(article, _many(claims))}",
        note=shown if everyone > len(nodes) else "",
        x="speaker → actor named (spring layout)",
        y="",
        legend=f"edges by {color} · nodes by kind",
    )
    return _fit(fig, nodes).update_layout(height=620)


def _named_in(claim, entities: pd.DataFrame | None) -> list[str]:
    """The actors a claim names, as the analysis recorded them (``names``); for a claims table
    without that column, the actors of the entity marks inside its span."""
    names = claim.get("names")
    if isinstance(names, tuple | list):
        return list(names)
    if entities is None:
        return []
    inside = entities[
        (entities["start"] >= claim["start"]) & (entities["end"] <= claim["end"]) & entities["actor"].notna()
    ]
    return sorted(set(inside["actor"].astype(str)))


def _by_article(table: pd.DataFrame | None, key) -> pd.DataFrame | None:
    if table is None or key is None or "article" not in table.columns:
        return table
    return table[table["article"] == key]


def _said(claims, casualties, entities, color: str) -> pd.DataFrame:
    """Who speaks about whom, once for each time it is said: the claims' edges, then the figures'."""
    rows = [*_claim_edges(claims, entities, color), *_figure_edges(casualties, color)]
    return pd.DataFrame(rows, columns=["source", "target", "value", "kind", "line"])


def _claim_edges(claims: pd.DataFrame, entities: pd.DataFrame | None, color: str):
    """(speaker, actor named, colour value, "claim", the claim's words) for each actor a claim
    names other than its speaker, article by article."""
    for key in sorted(claims["article"].unique()) if "article" in claims.columns else [None]:
        marks = _by_article(entities, key)
        for _, claim in _by_article(claims, key).iterrows():
            source = _speaker(claim)
            for target in _named_in(claim, marks):
                if target != source:
                    yield (
                        source,
                        target,
                        chart.label(claim.get(color)),
                        "claim",
                        chart.Quote("", chart.shorten(claim["text"], 160)),
                    )


def _figure_edges(casualties: pd.DataFrame | None, color: str):
    """(claimant, party, colour value, "casualty figure", the figure and its words) for each
    casualty figure about a party other than its claimant (a figure asserts, unless ``color``
    says otherwise)."""
    for _, figure in (casualties if casualties is not None else pd.DataFrame()).iterrows():
        party = chart.value(figure["party"])
        source = source_name(
            chart.value(figure["claimed_by"]), chart.value(figure["claimed_by_text"]), REPORTER
        )
        if party is not None and party != source:
            value = chart.label(figure[color]) if color in figure.index else "asserts"
            yield (
                source,
                str(party),
                value,
                "casualty figure",
                chart.Quote(f"{_chip(figure)}: ", chart.shorten(figure["text"], 160)),
            )


def _nodes(said: pd.DataFrame, spoken: Counter, actors: pd.DataFrame | None, top: int | None):
    """The ``top`` speakers and actors with the most distinct links, then the most mentions and
    claims (all when ``top`` is None or not exceeded; ties by name, so the pick is deterministic),
    in order of kind and name, with how many there were in all."""
    mentions, kinds = {}, {}
    for _, actor in actors.iterrows() if actors is not None else ():
        mentions[str(actor["name"])] = mentions.get(str(actor["name"]), 0) + int(actor["mentions"])
        kinds[str(actor["name"])] = str(actor["kind"])
    everyone = sorted({*said["source"], *said["target"], *spoken})
    links = Counter(n for pair in set(zip(said["source"], said["target"], strict=True)) for n in pair)
    ranked = sorted(everyone, key=lambda n: (-links[n], -(mentions.get(n, 0) + spoken.get(n, 0)), n))
    kept = ranked[:top] if top is not None else ranked
    nodes = pd.DataFrame(
        [(n, kinds.get(n, "source"), mentions.get(n), spoken.get(n, 0)) for n in kept],
        columns=["name", "kind", "mentions", "spoken"],
    )
    return nodes.sort_values(["kind", "name"]), len(everyone)


def _edges(said: pd.DataFrame, color: str) -> pd.DataFrame:
    """One row per speaker, target, colour value and kind of edge, with the words it stands for, in
    order of value, kind (claims first), speaker and target."""
    edges = said.groupby(["source", "target", "value", "kind"], sort=False).agg(said=("line", list))
    edges = edges.reset_index().assign(figure=lambda e: e["kind"] != "claim")
    edges = edges.sort_values(["value", "figure", "source", "target"])
    return edges.assign(
        legend=edges["value"] + " · " + edges["kind"],
        color=edges["value"].map(_colors(edges["value"], color)),
        dash=[
            "dash" if v == "denies" else "dot" if f else "solid"
            for v, f in zip(edges["value"], edges["figure"], strict=True)
        ],
        hover=[
            _edge_tip(*row)
            for row in edges[["source", "target", "value", "kind", "said"]].itertuples(index=False)
        ],
    )


def _edge_tip(source: str, target: str, value: str, kind: str, said: list[chart.Quote]) -> tuple:
    plural = "s" if len(said) > 1 else ""
    lines = [line._replace(before=f"• {line.before}") for line in said[:4]] + (["…"] if len(said) > 4 else [])
    return (f"{source} → {target}", f" · {value} · {len(said)} {kind}{plural}", *lines)


def _edge_geometry(edges: pd.DataFrame, xy: dict) -> pd.DataFrame:
    """Each edge's ends, and its arrowhead 70% of the way (where the target's node does not hide
    it), pointing from speaker to target."""
    ends = [(*xy[s], *xy[t]) for s, t in zip(edges["source"], edges["target"], strict=True)]
    return edges.assign(
        x=[x0 for x0, _, _, _ in ends],
        y=[y0 for _, y0, _, _ in ends],
        x_end=[x1 for _, _, x1, _ in ends],
        y_end=[y1 for _, _, _, y1 in ends],
        tip_x=[round(x0 + 0.7 * (x1 - x0), 4) for x0, _, x1, _ in ends],
        tip_y=[round(y0 + 0.7 * (y1 - y0), 4) for _, y0, _, y1 in ends],
        angle=[round(math.degrees(math.atan2(x1 - x0, y1 - y0)), 1) for x0, y0, x1, y1 in ends],
    )


def _node_marks(nodes: pd.DataFrame, edges: pd.DataFrame, xy: dict) -> pd.DataFrame:
    """Where each node goes, its label (cut short: the hover has it whole) on the side away from
    the middle, where the edges cross; its size by mentions (or claims) and colour by kind."""
    named = Counter(edges["target"])
    x = [xy[n][0] for n in nodes["name"]]
    middle = sum(x) / len(x) if x else 0.0
    weight = [chart.value(m) or s or 1 for m, s in zip(nodes["mentions"], nodes["spoken"], strict=True)]
    return nodes.assign(
        x=x,
        y=[xy[n][1] for n in nodes["name"]],
        legend=nodes["kind"],
        text=[_short(n, _NODE_LABEL) for n in nodes["name"]],
        textposition=["middle right" if at >= middle else "middle left" for at in x],
        size=[10 + 5 * math.sqrt(w) for w in weight],
        color=[KIND_COLORS.get(k, KIND_COLORS["source"]) for k in nodes["kind"]],
        hover=[
            (
                n,
                f" ({k})",
                chart.value(m) is not None and f"{int(m)} mentions",
                f"speaks in {s} claims · named in {named[n]}",
            )
            for n, k, m, s in zip(
                nodes["name"], nodes["kind"], nodes["mentions"], nodes["spoken"], strict=True
            )
        ],
    )


def _fit(fig: go.Figure, nodes: pd.DataFrame) -> go.Figure:
    """Axes hidden (positions mean nothing), to scale (arrowheads point true), with room for the
    labels at the edges."""
    if len(nodes):
        (left, right), (low, high) = (min(nodes["x"]), max(nodes["x"])), (min(nodes["y"]), max(nodes["y"]))
        width, tall = (right - left) or 1.0, (high - low) or 1.0
        fig.update_xaxes(range=[left - 0.4 * width, right + 0.4 * width])
        fig.update_yaxes(range=[low - 0.06 * tall, high + 0.06 * tall])
    fig.update_xaxes(visible=False)
    return fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1)


def _positions(names: Iterable[str], pairs: Iterable[tuple[str, str]], seed: int) -> dict:
    """networkx's spring layout, nodes then pushed apart until their labels do not overprint."""
    graph = nx.DiGraph()
    # Nodes and edges in sorted order: the spring layout depends on insertion order.
    graph.add_nodes_from(sorted(names))
    graph.add_edges_from(sorted(set(pairs)))
    # A longer ideal edge than networkx's default 1/sqrt(n) keeps the hubs' labels apart.
    spread = 2.2 / math.sqrt(max(len(graph), 1))
    positions = nx.spring_layout(graph, k=spread, iterations=200, seed=seed) if len(graph) else {}
    xy = _apart({node: (float(p[0]), float(p[1])) for node, p in positions.items()}, minimum=0.2, rounds=120)
    return _unclutter(xy)


def _apart(xy: dict[str, tuple[float, float]], minimum: float = 0.16, rounds: int = 60) -> dict:
    """Push apart nodes closer than ``minimum``: speakers who name the same actors land on one spot
    in a spring layout, and their labels overprint. Deterministic, like the layout."""
    names = sorted(xy)
    at = {n: list(xy[n]) for n in names}
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                dx, dy = at[b][0] - at[a][0], at[b][1] - at[a][1]
                gap = math.hypot(dx, dy)
                if gap >= minimum:
                    continue
                # Coincident nodes part along a fixed direction that depends on their order only.
                ux, uy = (dx / gap, dy / gap) if gap > 1e-9 else (math.cos(i), math.sin(i))
                push = (minimum - gap) / 2
                at[a][0] -= ux * push
                at[a][1] -= uy * push
                at[b][0] += ux * push
                at[b][1] += uy * push
                moved = True
        if not moved:
            break
    return {n: (round(p[0], 4), round(p[1], 4)) for n, p in at.items()}


# A label's size in layout units (the spring layout spans about 2 across ~500 pixels).
_CHAR_WIDTH, _LINE_HEIGHT = 0.028, 0.075


def _label_box(name: str, x: float, y: float, middle: float) -> tuple[float, float, float, float]:
    """The box a node's label takes, beside it on the side away from the middle, node included."""
    width = _CHAR_WIDTH * (len(_short(name, _NODE_LABEL)) + 2)
    left, right = (x - 0.03, x + width) if x >= middle else (x - width, x + 0.03)
    return left, right, y - _LINE_HEIGHT / 2, y + _LINE_HEIGHT / 2


def _unclutter(xy: dict[str, tuple[float, float]], rounds: int = 80) -> dict[str, tuple[float, float]]:
    """Move nodes apart up and down until no two labels overprint (or ``rounds`` pass).
    Deterministic, like the layout."""
    names = sorted(xy)
    at = {n: list(xy[n]) for n in names}
    middle = sum(p[0] for p in at.values()) / len(at) if at else 0.0
    for _ in range(rounds):
        moved = False
        boxes = {n: _label_box(n, *at[n], middle) for n in names}
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                (al, ar, ab, at_), (bl, br, bb, bt) = boxes[a], boxes[b]
                if ar <= bl or br <= al or at_ <= bb or bt <= ab:
                    continue
                push = (min(at_, bt) - max(ab, bb)) / 2 + 0.005
                lower, upper = (a, b) if at[a][1] <= at[b][1] else (b, a)
                at[lower][1] -= push
                at[upper][1] += push
                moved = True
        if not moved:
            break
    return {n: (round(p[0], 4), round(p[1], 4)) for n, p in at.items()}


# --- the ledger as a chart ---


def _chip(row) -> str:
    """A ledger or casualties row's figure as the highlighter's chip says it."""
    return figure_chip(*_sizes(row), str(row.get("category")), chart.value(row.get("size_word")))


def _amount(row) -> str:
    """A ledger or casualties row's figure in words, as the highlighter's tooltip says it."""
    return figure_amount(*_sizes(row), chart.value(row.get("size_word")))


def _sizes(row) -> tuple:
    def count(column: str) -> int | None:
        found = chart.value(row.get(column))
        return None if found is None else int(found)

    return count("count"), count("count_low"), count("count_high"), chart.value(row.get("approx")) or "exact"


_OPEN_ENDED = ("at_least", "more_than")
_TICK_LIMIT = 42  # characters of a row's label; the whole name is in the hover text
# The figures drawn as a marker labelled to its right (at the axis, or at an open-ended figure's
# end), and how each looks.
_OPEN, _NONE = "open-ended (at least / more than)", "none (a count of 0)"
_VAGUE, _DENIAL = "no number (vague / unquantified)", "denial"
_MARKS = {
    _OPEN: ({"symbol": "triangle-right", "size": 14}, {"cliponaxis": False}),
    _NONE: ({"symbol": "line-ns-open", "size": 14, "line": {"width": 2}}, {}),
    _VAGUE: ({"symbol": "diamond-open", "size": 12, "line": {"width": 2}}, {}),
    _DENIAL: ({"symbol": "x", "size": 12}, {"textfont": {"color": STANCE_COLORS["denies"]}}),
}
_INK = "#1e293b"


def casualty_claims(
    ledger: pd.DataFrame,
    *,
    article: str | None = None,
    color: str = "claimant_side",
    title: str | None = None,
) -> go.Figure:
    """The ledger as a chart: per party and category (a bold heading), each claimant's figure on
    its own row.

    A number is a bar; a range ("between 10 and 15") a bar to its low end with an error bar to its
    high end; "at least"/"more than" an arrowhead past the bar's end and a "+" in its label. A
    figure with no number ("dozens", "heavy losses") is a hollow marker at the axis, labelled in
    words, never a bar of zero; a denial a red cross at the axis, the denied words in its hover.
    Figures another source contests are hatched. Bars are coloured by ``color`` (the claimant's
    side). Counts that differ a hundredfold or more (a strike's dead beside a million displaced)
    are drawn on a logarithmic axis, so the small ones stay visible.
    """
    table = _select(ledger, article).reset_index(drop=True)
    many = _many(table)
    log, highest = _scale(table)
    frame = _ledger_frame(table, color, many, log)
    traces = chart.bars(_bars(frame), insidetextanchor="end", cliponaxis=False)
    marks = frame.assign(x=frame["at"], text=frame["words"], textposition="middle right", color=frame["ink"])
    for mark, (look, style) in _MARKS.items():
        traces += chart.markers(marks[marks["mark"] == mark].assign(legend=mark), marker=look, **style)
    rows = _ledger_rows(table, many)
    notes = [("hatched: contested by another source", bool(table["conflict"].any())), ("log scale", log)]
    fig = chart.figure(
        traces,
        title=title or f"Casualty claims{_where(article, many)}: who says what happened to whom",
        note=" · ".join(note for note, shown in notes if shown),
        x="people (as claimed)" + (", log scale" if log else ""),
        y="party · category / claimant",
        legend=color,
        rows=len(rows),
    )
    if log:
        fig.update_xaxes(type="log", range=[math.log10(0.5), math.log10(highest * 4)])
    else:
        # A little room left of zero, so the markers at the axis do not cover the claimants' names.
        fig.update_xaxes(range=[-0.04 * highest, highest * 1.25])
    fig.update_xaxes(zeroline=True, zerolinecolor="#475569")
    return chart.legend_above(chart.row_labels(fig, rows)).update_layout(barmode="overlay")


def _scale(table: pd.DataFrame) -> tuple[bool, float]:
    """Whether the counts differ a hundredfold or more (then the axis is logarithmic), and the
    highest."""
    numbered = table[table["count"].notna() | table["count_low"].notna()]
    counts = [float(v) for column in ("count", "count_low", "count_high") for v in numbered[column].dropna()]
    highest = max(counts, default=0) or 1
    lowest = min((c for c in counts if c > 0), default=1)
    return highest / lowest >= 100, highest


def _ledger_frame(table: pd.DataFrame, color: str, many: bool, log: bool) -> pd.DataFrame:
    """Each figure at its row: its side and colour, its bar (from the axis to its low end, the
    rest of a range an error bar past it, labelled, hatched if contested) and, for a figure drawn
    as a marker, which one, where and labelled how. A figure with no number sits at the axis's
    start: on a log axis, which has no zero, a count of none ("no soldiers were killed") too."""
    side = pd.Series([chart.label(v) for v in table.get(color, [])], index=table.index, dtype=object)
    denies = table["stance"] == "denies"
    # Colours over every row, so a side with only vague figures gets its own colour and legend entry.
    colors = side[~denies].map(_colors(side[~denies], color))
    numbered = table["count"].notna() | table["count_low"].notna()
    ranged = table["count_low"].notna() & table["count_high"].notna()
    low = table["count_low"].where(ranged, table["count"]).astype(float)
    zero = numbered & table["count"].eq(0).fillna(False) & table["count_low"].isna() & log
    conditions = [denies, zero, numbered & table["approx"].isin(_OPEN_ENDED), ~numbered]
    mark = pd.Series(np.select(conditions, [_DENIAL, _NONE, _OPEN, _VAGUE], ""), index=table.index)
    words = {
        _OPEN: lambda row: f"{int(row['count']):,}+",
        _NONE: lambda row: "0",
        _DENIAL: lambda row: "DENIES",
    }
    return pd.DataFrame(
        {
            "y": [f"row {i}" for i in table.index],
            "legend": side,
            "color": colors,
            "hover": [_ledger_tip(row, many) for _, row in table.iterrows()],
            "x": low,
            "error": (table["count_high"].astype(float) - low).where(ranged, 0.0),
            # The label of an open-ended figure follows its arrowhead, not the bar; a range's goes
            # inside its bar: outside, the error bar would cross it.
            "text": [
                "" if a in _OPEN_ENDED else _chip(row).split(" ")[0]
                for a, (_, row) in zip(table["approx"], table.iterrows(), strict=True)
            ],
            "textposition": np.where(ranged, "inside", "outside"),
            "pattern": ["/" if conflict else "" for conflict in table["conflict"]],
            "bar": numbered & ~zero & ~denies,
            "mark": mark,
            "at": np.where(mark == _OPEN, table["count"].astype(float), 0.6 if log else 0),
            "words": [words.get(m, _amount)(row) for m, (_, row) in zip(mark, table.iterrows(), strict=True)],
            "ink": [
                STANCE_COLORS["denies"] if m == _DENIAL else c if m == _VAGUE else _INK
                for m, c in zip(mark, colors.reindex(table.index), strict=True)
            ],
        },
        index=table.index,
    )


def _bars(frame: pd.DataFrame) -> pd.DataFrame:
    """The bars, side by side; a side with no bar (only figures without a number) one with no row,
    for its entry in the legend."""
    bars = frame[frame["bar"]]
    sides = frame[frame["mark"] != _DENIAL].drop_duplicates("legend")
    empty = sides.loc[~sides["legend"].isin(bars["legend"]), ["legend", "color"]]
    bars = pd.concat([bars, empty.assign(pattern="", textposition="outside")])
    return bars.sort_values("legend", kind="stable")


def _ledger_tip(row, many: bool) -> tuple:
    return (
        chart.label(row["source"]),
        f" on {chart.label(row['party'])} · {chart.label(row['category'])}",
        "denies" if row["stance"] == "denies" else _amount(row),
        chart.Quote("«", row["text"], "»"),
        chart.value(row.get("conflict_with")) and f"contested by: {row['conflict_with']}",
        many and f"article: {chart.label(row['article'])}",
    )


def _ledger_rows(table: pd.DataFrame, many: bool) -> pd.DataFrame:
    """The chart's rows, one column of labels: a heading over each run of one party and category,
    then one row per figure named by its claimant."""
    rows, group_before = [], None
    for i, row in table.iterrows():
        # Over many articles, "party not stated" in one is not the same party as in another.
        party = chart.value(row["party"]) or ("party not stated" + (f" ({row['article']})" if many else ""))
        group = f"{party} · {row['category']}"
        if group != group_before:
            rows.append((f"group {len(rows)}", _short(group, _TICK_LIMIT), True))
            group_before = group
        source = str(row["source"]) + (" (denies)" if row["stance"] == "denies" else "")
        rows.append(
            (f"row {i}", _short(f"{source} · {row['article']}" if many else source, _TICK_LIMIT), False)
        )
    return pd.DataFrame(rows, columns=["y", "text", "heading"])


# --- claims through the article ---

_CLAIM = {"size": 12, "line": {"width": 2}}  # a claim's marker; its shape says who the source is


def claims_timeline(
    claims: pd.DataFrame,
    *,
    article: str | None = None,
    color: str = "stance",
    title: str | None = None,
    length: int | None = None,
) -> go.Figure:
    """Where each speaker's claims fall through the article: a line from each claim's first to its
    last character, one row per speaker in order of first claim, coloured by ``color`` (stance),
    the marker's shape giving how the source is identified. The title gives the share of claims
    resting on anonymous sources. The axis runs from the article's start to ``length`` (its
    length in characters) when given, else to the last claim's end: a claim is seen where it
    falls in the article, never stretched over the whole axis.
    """
    table = _select(claims, article).reset_index(drop=True)
    many = _many(table)
    who = [_speaker(row) for _, row in table.iterrows()]
    side = pd.Series([chart.label(v) for v in table[color]], index=table.index, dtype=object)
    frame = pd.DataFrame(
        {
            "x": table["start"],
            "x_end": table["end"],
            "y": [f"{s} · {a}" if many else s for s, a in zip(who, table.get("article", who), strict=True)],
            "side": side,
            "kind": table["speaker_type"],
            "legend": side + " · " + table["speaker_type"].astype(str),
            "color": side.map(_colors(side, color)),
            "symbol": [SPEAKER_SYMBOLS.get(kind, "circle") for kind in table["speaker_type"]],
            "hover": [_claim_tip(row, s, many) for (_, row), s in zip(table.iterrows(), who, strict=True)],
        }
    )
    order = frame["y"][table.sort_values(["article", "start"] if many else ["start"]).index].unique()
    frame = frame.sort_values(["side", "kind"], kind="stable")
    anonymous = int((table["speaker_type"] == "anonymous").sum())
    share = (
        f"{anonymous} of {len(table)} claims ({anonymous / max(len(table), 1):.0%}) rest on anonymous sources"
    )
    fig = chart.figure(
        [
            *chart.segments(frame, width=5, opacity=0.45),
            *chart.markers(frame, marker=_CLAIM, legendgroup=True),
        ],
        title=title or f"Claims through the article{_where(article, many)}",
        note=share if len(table) else "",
        x="character offset in the article" + (" (per article)" if many else ""),
        y="speaker",
        legend=f"{color} · source",
        rows=len(order),
        order=order,
    )
    return fig.update_xaxes(range=[0, max(length or 0, *(int(end) for end in table["end"]), 1)])


def _claim_tip(row, who: str, many: bool) -> tuple:
    """The speaker as named, with its words as written and whom it spoke through; how the claim is
    made and where it falls; its words."""
    rest = f" ({chart.label(row['speaker_type'])})"
    if chart.value(row.get("speaker_text")) and row["speaker_text"] != who:
        rest += f" — “{row['speaker_text']}”"
    if chart.value(row.get("via")):
        rest += f" via {row['via']}"
    how = [chart.label(row["cue"]), chart.label(row["stance"]), *(["hedged"] if row.get("hedged") else [])]
    where = f"characters {row['start']}–{row['end']}" + (f" of {chart.label(row['article'])}" if many else "")
    return who, rest, " · ".join([*how, where]), chart.Quote("«", row["text"], "»")
