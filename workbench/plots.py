"""Figures of a reading's tables: tidy DataFrame in, plotly ``go.Figure`` out, never shown here.

Every function takes one of the Reading tables (or many readings' tables concatenated with an
``article`` column, see ``tables.combined``) and the same keyword parameters: ``article=`` keeps
one article's rows, ``color=`` names the column that colours the marks, ``title=`` replaces the
default title. Every figure is titled, its axes labelled, and its hover text quotes the words of
the article the mark stands for. Hover text is HTML-escaped: plotly renders a few tags in it, and
an article's text must never become markup.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections import defaultdict
from collections.abc import Iterable

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from .records import ACTOR_KINDS
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
# For any other column: a colour-blind-safe qualitative palette, assigned in sorted order.
_PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000")
_MISSING = "(not known)"
SPEAKER_SYMBOLS = {
    "named": "circle",
    "anonymous": "diamond-open",
    "media": "square",
    "document": "star",
    "unattributed": "circle-open",
}
_TEMPLATE = "plotly_white"


# --- helpers ---


def _select(table: pd.DataFrame, article: str | None) -> pd.DataFrame:
    """The rows of one article (``article=``), or all rows."""
    if article is None:
        return table
    if "article" not in table.columns:
        raise ValueError("article= needs a table with an 'article' column (see tables.combined)")
    return table[table["article"] == article]


def _many(table: pd.DataFrame) -> bool:
    return "article" in table.columns and table["article"].nunique() > 1


def _value(value):
    """A cell as a plain Python value; missing (None, NaN, NA) becomes None."""
    if value is None or (not isinstance(value, tuple | list) and pd.isna(value)):
        return None
    return value


def _label(value) -> str:
    value = _value(value)
    return _MISSING if value is None else str(value)


def _quote(text: str, width: int = 80, limit: int = 400) -> str:
    """Article text for a tooltip: escaped, shortened, wrapped."""
    text = " ".join(str(text).split())
    text = textwrap.shorten(text, limit, placeholder=" …") if len(text) > limit else text
    return "<br>".join(html.escape(line, quote=False) for line in textwrap.wrap(text, width) or [""])


def _esc(value) -> str:
    """A value as figure text. plotly renders a few tags (``<b>``, ``<a href>``, ``<br>``) in every
    text it draws, ticks, legends, labels and titles as well as hover text: a speaker named
    ``The <b>Resistance`` must show its brackets, not turn bold."""
    return html.escape(_label(value), quote=False)


def _where(article: str | None, many: bool) -> str:
    """The end of a default title: which article (its id is a file name: escaped), or all."""
    return f" in {_esc(article)}" if article else (" across articles" if many else "")


def _colors(values: Iterable[str], column: str) -> dict[str, str]:
    """A colour per value: the fixed ones for stance and kind, else the palette in sorted order."""
    fixed = {"stance": STANCE_COLORS, "kind": KIND_COLORS}.get(column, {})
    colors = {}
    others = iter(_PALETTE * 8)
    for value in sorted(set(values)):
        colors[value] = "#94a3b8" if value == _MISSING else fixed.get(value) or next(others)
    return colors


def _layout(fig: go.Figure, title: str, x: str, y: str, *, rows: int = 0, legend: str = "") -> go.Figure:
    fig.update_layout(
        template=_TEMPLATE,
        title={"text": title, "x": 0.01, "xanchor": "left"},
        xaxis_title=x,
        yaxis_title=y,
        legend_title_text=legend,
        hoverlabel={"align": "left"},
        height=max(360, 140 + 28 * rows),
        margin={"l": 10, "r": 10, "t": 80, "b": 50},
    )
    return fig


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
    group = ["name", color] if color != "name" else ["name"]
    rows = []
    for keys, part in table.groupby(group, sort=False, dropna=False):
        keys = keys if isinstance(keys, tuple) else (keys,)
        aliases = list(
            dict.fromkeys(a for cell in part["aliases"].dropna() for a in str(cell).split(", ") if a)
        )
        affiliations = sorted({str(a) for a in part["affiliation"].dropna()})
        rows.append(
            {
                "name": keys[0],
                "color": _label(keys[-1]),
                "kind": ", ".join(sorted({str(k) for k in part["kind"].dropna()})),
                "mentions": int(part["mentions"].sum()),
                "aliases": aliases,
                "affiliation": ", ".join(affiliations),
                "articles": int(part["article"].nunique()) if "article" in part.columns else 1,
                # A corpus's merged actors have no offsets: their table's order stands in.
                "first": int(part["first_start"].min() if "first_start" in part else part.index.min()),
            }
        )
    rows.sort(key=lambda r: (-r["mentions"], r["first"], r["name"]))
    rows = rows[:top] if top is not None else rows
    colors = _colors((r["color"] for r in rows), color)
    fig = go.Figure()
    for value, colour in colors.items():
        mine = [r for r in rows if r["color"] == value]
        hover = [
            f"<b>{_esc(r['name'])}</b> ({_esc(r['kind'])})<br>{r['mentions']} mentions"
            + (f" in {r['articles']} articles" if r["articles"] > 1 else "")
            + f"<br>as written: {_quote(', '.join(r['aliases']))}"
            + (f"<br>speaks for: {_esc(r['affiliation'])}" if r["affiliation"] else "")
            for r in mine
        ]
        fig.add_trace(
            go.Bar(
                name=_esc(value),
                orientation="h",
                x=[r["mentions"] for r in mine],
                y=[_esc(r["name"]) for r in mine],
                marker_color=colour,
                hovertext=hover,
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    fig.update_yaxes(
        categoryorder="array", categoryarray=[_esc(r["name"]) for r in rows], autorange="reversed"
    )
    return _layout(
        fig,
        title or f"Who is named{_where(article, _many(table))}: mentions per actor",
        "mentions",
        "actor",
        rows=len(rows),
        legend=color,
    )


# --- who speaks about whom ---


def speaker_label(speaker, speaker_text) -> str:
    """How a claim's source is named in figures and filters: the actor, else the words, else
    "(unattributed)"."""
    return source_name(_value(speaker), _value(speaker_text))


def _speaker(row) -> str:
    return speaker_label(row.get("speaker"), row.get("speaker_text"))


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


_NODE_LABEL = 24  # characters of a node's label
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


def _most_connected(
    nodes: list[str], edges: dict, spoken: dict[str, int], mentions: dict[str, int], top: int | None
) -> set[str]:
    """The ``top`` nodes with the most distinct links, then the most mentions and claims; all of
    them when ``top`` is None or not exceeded. Ties go by name, so the pick is deterministic."""
    if top is None or len(nodes) <= top:
        return set(nodes)
    links: dict[str, int] = defaultdict(int)
    for source, target in {(s, t) for s, t, _, _ in edges}:
        links[source] += 1
        links[target] += 1
    ranked = sorted(nodes, key=lambda n: (-links[n], -(mentions.get(n, 0) + spoken.get(n, 0)), n))
    return set(ranked[:top])


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
    denials also dashed; node size grows with mentions. The
    layout is networkx's spring layout with a fixed ``seed``, so the same tables give the same
    picture. ``top`` keeps the most connected speakers and actors (a corpus names hundreds; the
    subtitle says how many are left out), None keeps all. Labels point away from the centre.
    """
    claims = _select(claims, article)
    casualties = None if casualties is None else _select(casualties, article)
    actors = None if actors is None else _select(actors, article)
    entities = None if entities is None else _select(entities, article)
    keys = sorted(claims["article"].unique()) if "article" in claims.columns else [None]

    # (speaker, target, colour value, kind of edge) -> tooltip lines
    edges: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    spoken: dict[str, int] = defaultdict(int)
    for key in keys:
        mine = _by_article(claims, key)
        for _, claim in mine.iterrows():
            source = _speaker(claim)
            spoken[source] += 1
            for target in _named_in(claim, _by_article(entities, key)):
                if target != source:
                    value = _label(claim.get(color))
                    edges[source, target, value, "claim"].append(_quote(claim["text"], limit=160))
    if casualties is not None:
        for _, figure in casualties.iterrows():
            party = _value(figure["party"])
            source = source_name(_value(figure["claimed_by"]), _value(figure["claimed_by_text"]), REPORTER)
            if party is None or party == source:
                continue
            value = _label(figure[color]) if color in figure.index else "asserts"
            amount = _chip(figure)
            edges[source, str(party), value, "casualty figure"].append(
                f"{html.escape(amount, quote=False)}: {_quote(figure['text'], limit=160)}"
            )

    mentions: dict[str, int] = defaultdict(int)
    kinds: dict[str, str] = {}
    if actors is not None:
        for _, actor in actors.iterrows():
            mentions[str(actor["name"])] += int(actor["mentions"])
            kinds[str(actor["name"])] = str(actor["kind"])
    everyone = sorted({n for s, t, _, _ in edges for n in (s, t)} | set(spoken))
    kept = _most_connected(everyone, edges, spoken, mentions, top)
    edges = {key: said for key, said in edges.items() if key[0] in kept and key[1] in kept}
    graph = nx.DiGraph()
    # Nodes and edges in sorted order: the spring layout depends on insertion order.
    graph.add_nodes_from(sorted(kept))
    graph.add_edges_from(sorted({(s, t) for s, t, _, _ in edges}))
    # A longer ideal edge than networkx's default 1/sqrt(n) keeps the hubs' labels apart.
    spread = 2.2 / math.sqrt(max(len(graph), 1))
    positions = nx.spring_layout(graph, k=spread, iterations=200, seed=seed) if len(graph) else {}
    xy = _apart({node: (float(p[0]), float(p[1])) for node, p in positions.items()}, minimum=0.2, rounds=120)
    xy = _unclutter(xy)

    fig = go.Figure()
    values = sorted({value for _, _, value, _ in edges})
    colors = _colors(values, color)
    for value in values:
        for kind in ("claim", "casualty figure"):
            mine = sorted((s, t) for s, t, v, k in edges if v == value and k == kind)
            if not mine:
                continue
            lines_x, lines_y, tips_x, tips_y, angles, hover = [], [], [], [], [], []
            for s, t in mine:
                (x0, y0), (x1, y1) = xy[s], xy[t]
                lines_x += [x0, x1, None]
                lines_y += [y0, y1, None]
                # The arrowhead sits 70% of the way, where it is not hidden by the target's node.
                tips_x.append(round(x0 + 0.7 * (x1 - x0), 4))
                tips_y.append(round(y0 + 0.7 * (y1 - y0), 4))
                angles.append(round(math.degrees(math.atan2(x1 - x0, y1 - y0)), 1))
                said = edges[s, t, value, kind]
                hover.append(
                    f"<b>{_esc(s)} → {_esc(t)}</b> · {_esc(value)} · {len(said)} {kind}"
                    + ("s" if len(said) > 1 else "")
                    + "".join(f"<br>• {line}" for line in said[:4])
                    + ("<br>…" if len(said) > 4 else "")
                )
            name = f"{value} · {kind}"
            dash = "dash" if value == "denies" else ("dot" if kind == "casualty figure" else "solid")
            fig.add_trace(
                go.Scatter(
                    x=lines_x,
                    y=lines_y,
                    mode="lines",
                    line={"color": colors[value], "width": 1.5, "dash": dash},
                    hoverinfo="skip",
                    legendgroup=_esc(name),
                    showlegend=False,
                )
            )
            fig.add_trace(
                go.Scatter(
                    x=tips_x,
                    y=tips_y,
                    mode="markers",
                    name=_esc(name),
                    legendgroup=_esc(name),
                    marker={"symbol": "arrow", "size": 13, "angle": angles, "color": colors[value]},
                    hovertext=hover,
                    hovertemplate="%{hovertext}<extra></extra>",
                )
            )
    nodes = sorted(graph.nodes)
    named = defaultdict(int)
    for _, target, _, _ in edges:
        named[target] += 1
    # Each label points away from the middle, where the edges cross, and long names are cut
    # (the hover has them whole); the axes leave room for the labels at the edges.
    middle = sum(xy[n][0] for n in nodes) / len(nodes) if nodes else 0.0
    for kind in sorted({kinds.get(n, "source") for n in nodes}):
        mine = [n for n in nodes if kinds.get(n, "source") == kind]
        weight = [mentions.get(n) or spoken.get(n, 1) for n in mine]
        fig.add_trace(
            go.Scatter(
                x=[xy[n][0] for n in mine],
                y=[xy[n][1] for n in mine],
                mode="markers+text",
                name=_esc(kind),
                text=[_esc(_short(n, _NODE_LABEL)) for n in mine],
                textposition=["middle right" if xy[n][0] >= middle else "middle left" for n in mine],
                textfont={"size": 11},
                marker={
                    "size": [10 + 5 * math.sqrt(w) for w in weight],
                    "color": KIND_COLORS.get(kind, KIND_COLORS["source"]),
                    "line": {"color": "#ffffff", "width": 1},
                },
                hovertext=[
                    f"<b>{_esc(n)}</b> ({_esc(kind)})<br>"
                    + (f"{mentions[n]} mentions<br>" if n in mentions else "")
                    + f"speaks in {spoken.get(n, 0)} claims · named in {named.get(n, 0)}"
                    for n in mine
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    if nodes:
        xs, ys = [xy[n][0] for n in nodes], [xy[n][1] for n in nodes]
        width, tall = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
        fig.update_xaxes(range=[min(xs) - 0.4 * width, max(xs) + 0.4 * width])
        fig.update_yaxes(range=[min(ys) - 0.06 * tall, max(ys) + 0.06 * tall])
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1)  # arrowheads point true
    left_out = len(everyone) - len(kept)
    fig = _layout(
        fig,
        (title or f"Who speaks about whom{_where(article, _many(claims))}")
        + (
            f"<br><sup>the {len(kept)} most connected of {len(everyone)} speakers and actors</sup>"
            if left_out
            else ""
        ),
        "speaker → actor named (spring layout)",
        "",
        legend="edges by " + color + " · nodes by kind",
    )
    return fig.update_layout(height=620)


# --- the ledger as a chart ---


def _chip(row) -> str:
    """A ledger or casualties row's figure as the highlighter's chip says it."""
    return figure_chip(*_sizes(row), str(row.get("category")), _value(row.get("size_word")))


def _amount(row) -> str:
    """A ledger or casualties row's figure in words, as the highlighter's tooltip says it."""
    return figure_amount(*_sizes(row), _value(row.get("size_word")))


def _sizes(row) -> tuple:
    def count(column: str) -> int | None:
        value = _value(row.get(column))
        return None if value is None else int(value)

    return count("count"), count("count_low"), count("count_high"), _value(row.get("approx")) or "exact"


_OPEN_ENDED = ("at_least", "more_than")
_TICK_LIMIT = 42  # characters of a row's label; the whole name is in the hover text


def _short(text: str, limit: int = _TICK_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _rows(table: pd.DataFrame, many: bool) -> tuple[list[str], list[str], list[str], list[str]]:
    """The chart's rows, one column of labels: a bold heading per party and category, then one
    row per figure named by its claimant. Returns each figure's row key, the keys in order, the
    labels, and each figure's (party · category) group."""
    keys, order, labels, groups = [], [], [], []
    for i, row in table.iterrows():
        party = _value(row["party"])
        # Over many articles, "party not stated" in one is not the same party as in another.
        party = party or ("party not stated" + (f" ({row['article']})" if many else ""))
        group = f"{party} · {row['category']}"
        if not groups or group != groups[-1]:  # a heading over each run of one group's rows
            order.append(f"group {len(order)}")
            labels.append(f"<b>{_esc(_short(group))}</b>")
        groups.append(group)
        source = str(row["source"]) + (" (denies)" if row["stance"] == "denies" else "")
        keys.append(f"row {i}")
        order.append(keys[-1])
        labels.append(_esc(_short(f"{source} · {row['article']}" if many else source)))
    return keys, order, labels, groups


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
    keys, order, labels, groups = _rows(table, many)
    table = table.assign(_row=keys, _group=groups, _color=[_label(v) for v in table.get(color, [])])

    def hover(row) -> str:
        words = "denies" if row["stance"] == "denies" else html.escape(_amount(row))
        lines = [
            f"<b>{_esc(row['source'])}</b> on {_esc(row['party'])} · {_esc(row['category'])}",
            words,
            f"«{_quote(row['text'])}»",
        ]
        if _value(row.get("conflict_with")):
            lines.append(f"contested by: {_esc(row['conflict_with'])}")
        if many:
            lines.append(f"article: {_esc(row['article'])}")
        return "<br>".join(lines)

    numbered = table[table["count"].notna() | table["count_low"].notna()]
    counts = [float(v) for column in ("count", "count_low", "count_high") for v in numbered[column].dropna()]
    highest = max(counts, default=0) or 1
    lowest = min((c for c in counts if c > 0), default=1)
    log = highest / lowest >= 100
    # Where a figure with no number sits: the axis's start (a log axis has no zero, so there a
    # count of none, "no soldiers were killed", sits there too, labelled 0).
    axis = 0.6 if log else 0
    zero = numbered["count"].eq(0).fillna(False) & numbered["count_low"].isna() if log else None
    if zero is not None:
        zero, numbered = numbered[zero], numbered[~zero]

    fig = go.Figure()
    # Colours over every row, so a side with only vague figures gets its own colour and legend entry.
    colors = _colors(table.loc[table["stance"] != "denies", "_color"], color)
    for value, colour in colors.items():
        part = numbered[numbered["_color"] == value]
        if part.empty:
            fig.add_trace(go.Bar(name=_esc(value), x=[None], y=[None], marker_color=colour))
            continue
        ranged = part["count_low"].notna() & part["count_high"].notna()
        low = part["count_low"].where(ranged, part["count"]).astype(float)
        plus = (part["count_high"].astype(float) - low).where(ranged, 0.0)
        # The label of an open-ended figure follows its arrowhead (the trace below), not the bar.
        texts = [
            "" if row["approx"] in _OPEN_ENDED else _esc(_chip(row).split(" ")[0])
            for _, row in part.iterrows()
        ]
        fig.add_trace(
            go.Bar(
                name=_esc(value),
                orientation="h",
                x=list(low),
                y=list(part["_row"]),
                marker={
                    "color": colour,
                    "pattern": {"shape": ["/" if c else "" for c in part["conflict"]], "fgcolor": "#ffffff"},
                },
                error_x={
                    "type": "data",
                    "array": list(plus),
                    "arrayminus": [0] * len(part),
                    "symmetric": False,
                    "visible": bool(ranged.any()),
                    "color": "#1e293b",
                    "thickness": 2,
                    "width": 6,
                },
                text=texts,
                # A range's label goes inside its bar: outside, the error bar would cross it.
                textposition=["inside" if r else "outside" for r in ranged],
                insidetextanchor="end",
                cliponaxis=False,
                hovertext=[hover(row) for _, row in part.iterrows()],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )

    def marks(name: str, rows: pd.DataFrame, x: list[float], texts: list[str], marker: dict, **style) -> None:
        """Figures drawn as markers with a label to their right (open-ended, none, no number, denials)."""
        if len(rows):
            fig.add_trace(
                go.Scatter(
                    name=name,
                    x=x,
                    y=list(rows["_row"]),
                    mode="markers+text",
                    marker=marker,
                    text=texts,
                    textposition="middle right",
                    hovertext=[hover(row) for _, row in rows.iterrows()],
                    hovertemplate="%{hovertext}<extra></extra>",
                    **style,
                )
            )

    open_ended = numbered[numbered["approx"].isin(_OPEN_ENDED)]
    marks(
        "open-ended (at least / more than)",
        open_ended,
        list(open_ended["count"].astype(float)),
        [f"{int(c):,}+" for c in open_ended["count"]],
        {"symbol": "triangle-right", "size": 14, "color": "#1e293b"},
        cliponaxis=False,
    )
    if zero is not None:
        marks(
            "none (a count of 0)",
            zero,
            [axis] * len(zero),
            ["0"] * len(zero),
            {"symbol": "line-ns-open", "size": 14, "line": {"width": 2}, "color": "#1e293b"},
        )
    vague = table[table["count"].isna() & table["count_low"].isna() & (table["stance"] != "denies")]
    marks(
        "no number (vague / unquantified)",
        vague,
        [axis] * len(vague),
        [_esc(_amount(row)) for _, row in vague.iterrows()],
        {
            "symbol": "diamond-open",
            "size": 12,
            "line": {"width": 2},
            "color": [colors[v] for v in vague["_color"]],
        },
    )
    denials = table[table["stance"] == "denies"]
    # A word, not the denied statement: a long label would run into the legend.
    marks(
        "denial",
        denials,
        [axis] * len(denials),
        ["DENIES"] * len(denials),
        {"symbol": "x", "size": 12, "color": STANCE_COLORS["denies"]},
        textfont={"color": STANCE_COLORS["denies"]},
    )
    if log:
        fig.update_xaxes(type="log", range=[math.log10(0.5), math.log10(highest * 4)])
    else:
        # A little room left of zero, so the markers at the axis do not cover the claimants' names.
        fig.update_xaxes(range=[-0.04 * highest, highest * 1.25])
    fig.update_xaxes(zeroline=True, zerolinecolor="#475569")
    # One column of labels: headings and claimants, in the ledger's order, top down.
    fig.update_yaxes(
        type="category",
        categoryorder="array",
        categoryarray=order,
        tickmode="array",
        tickvals=order,
        ticktext=labels,
        range=[len(order) - 0.5, -0.5],
    )
    contested = bool(table["conflict"].any()) if len(table) else False
    notes = [
        note
        for note, shown in (("hatched: contested by another source", contested), ("log scale", log))
        if shown
    ]
    fig = _layout(
        fig,
        (title or f"Casualty claims{_where(article, many)}: who says what happened to whom")
        + (f"<br><sup>{' · '.join(notes)}</sup>" if notes else ""),
        "people (as claimed)" + (", log scale" if log else ""),
        "party · category / claimant",
        rows=len(order),
        legend=color,
    )
    # The legend across the top, under the title: beside the chart it would take the width the
    # bars and their labels need, and a corpus has many sides. Its rows are guessed (four
    # entries to a row) to leave it room in pixels, whatever the figure's height.
    entries = sum(1 for trace in fig.data if trace.showlegend is not False)
    legend_height = 22 * math.ceil(entries / 4)
    height = fig.layout.height + legend_height
    return fig.update_layout(
        barmode="overlay",
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


# --- claims through the article ---


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
    speakers = [_speaker(row) for _, row in table.iterrows()]
    table = table.assign(
        _speaker=speakers,
        _row=[
            _esc(f"{s} · {a}" if many else s)
            for s, a in zip(speakers, table.get("article", speakers), strict=True)
        ],
        _color=[_label(v) for v in table[color]],
    )
    order = list(dict.fromkeys(table.sort_values(["article", "start"] if many else ["start"])["_row"]))

    def hover(row) -> str:
        who = f"<b>{_esc(row['_speaker'])}</b> ({_esc(row['speaker_type'])})"
        if _value(row.get("speaker_text")) and row["speaker_text"] != row["_speaker"]:
            who += f" — “{_esc(row['speaker_text'])}”"
        if _value(row.get("via")):
            who += f" via {_esc(row['via'])}"
        how = f"{_esc(row['cue'])} · {_esc(row['stance'])}" + (" · hedged" if row.get("hedged") else "")
        where = f"characters {row['start']}–{row['end']}" + (f" of {_esc(row['article'])}" if many else "")
        return f"{who}<br>{how} · {where}<br>«{_quote(row['text'])}»"

    fig = go.Figure()
    colors = _colors(table["_color"], color)
    for value, colour in colors.items():
        part = table[table["_color"] == value]
        xs, ys = [], []
        for _, row in part.iterrows():
            xs += [row["start"], row["end"], None]
            ys += [row["_row"], row["_row"], None]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": colour, "width": 5},
                opacity=0.45,
                hoverinfo="skip",
                legendgroup=_esc(value),
                showlegend=False,
            )
        )
        for kind in sorted(set(part["speaker_type"])):
            mine = part[part["speaker_type"] == kind]
            fig.add_trace(
                go.Scatter(
                    name=_esc(f"{value} · {kind}"),
                    legendgroup=_esc(value),
                    x=list(mine["start"]),
                    y=list(mine["_row"]),
                    mode="markers",
                    marker={
                        "symbol": SPEAKER_SYMBOLS.get(kind, "circle"),
                        "size": 12,
                        "color": colour,
                        "line": {"width": 2, "color": colour},
                    },
                    hovertext=[hover(row) for _, row in mine.iterrows()],
                    hovertemplate="%{hovertext}<extra></extra>",
                )
            )
    fig.update_yaxes(categoryorder="array", categoryarray=order, autorange="reversed")
    last = max([int(e) for e in table["end"]], default=0)
    fig.update_xaxes(range=[0, max(length or 0, last, 1)])
    total = len(table)
    anonymous = int((table["speaker_type"] == "anonymous").sum()) if total else 0
    share = (
        f"{anonymous} of {total} claims ({anonymous / total:.0%}) rest on anonymous sources" if total else ""
    )
    return _layout(
        fig,
        (title or f"Claims through the article{_where(article, many)}")
        + (f"<br><sup>{share}</sup>" if share else ""),
        "character offset in the article" + (" (per article)" if many else ""),
        "speaker",
        rows=len(order),
        legend=f"{color} · source",
    )
