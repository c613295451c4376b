"""A briefing: one reading as a self-contained HTML page for a colleague without Jupyter.

In the manner of displaCy: ``briefing_data`` converts a Reading into plain data (strings, lists,
dicts; each figure as plotly's JSON, the article as ``render.highlight`` marked it up); ``render``
fills the named templates below with that data, escaping every text it puts between marks;
``briefing`` does both. The page holds no code: a header (title, source file, the text's and the
file's SHA-256, when it was read, the model and the workbench's version), the highlighted article,
the claims, casualty figures and ledger as tables, the figures, and a provenance footer. It loads
nothing: plotly.js is inlined once, in the head. Its only scripts are plotly.js and the calls that
draw each figure, whose JSON carries the article's words as escaped text.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from importlib import metadata

import pandas as pd

from ..records import ReadingLike
from . import plots
from .ledger import ledger
from .render import highlight
from .tables import actors_table, casualties_table, claims_table, readable
from .wording import REPORTER, UNATTRIBUTED, figure_amount, source_name

__all__ = [
    "CSS",
    "FIGURES",
    "HEADER_CSS",
    "briefing",
    "briefing_data",
    "model_parts",
    "render",
    "render_header",
]

# The figures of a briefing, in order, each drawn from the reading's tables (see ``_frames``).
FIGURES: dict[str, Callable[[Mapping[str, pd.DataFrame]], object]] = {
    "mentions": lambda t: plots.actor_mentions(t["actors"]),
    "network": lambda t: plots.speaker_network(t["claims"], t["casualties"], t["actors"]),
    "casualties": lambda t: plots.casualty_claims(t["ledger"]),
    "claims": lambda t: plots.claims_timeline(t["claims"], length=len(t["text"])),
}
FIGURE_CONFIG = {"responsive": True, "displaylogo": False}

# The columns a reader is shown, in order (see ``_tables`` for the ones made here).
CLAIM_COLUMNS = ["source", "speaker_type", "cue", "stance", "hedged", "via", "text"]
CASUALTY_COLUMNS = ["text", "amount", "category", "party", "claimant"]
LEDGER_COLUMNS = ["party", "category", "conflict", "source", "stance", "amount", "text", "conflict_with"]

TEMPLATE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
{scripts}
</head>
<body>
<main class="wb-briefing">
{header}
{summary}
{sections}
{footer}
</main>
</body>
</html>
"""
# plotly.js goes first in the head, before anything could define an AMD loader.
TEMPLATE_PLOTLY_JS = (
    "<script>window.PlotlyConfig = {{MathJaxConfig: 'local'}};</script>\n<script>{plotly_js}</script>"
)
TEMPLATE_HEADER = (
    '<header class="wb-header"><p class="wb-kind">{kind}</p><h1>{title}</h1>'
    '<dl class="wb-facts">{facts}</dl></header>'
)
TEMPLATE_FACT = '<dt>{name}</dt><dd class="wb-fact-{key}">{value}</dd>'
TEMPLATE_SUMMARY = '<p class="wb-summary">{summary}</p>'
TEMPLATE_SECTION = '<section class="wb-section" id="{key}"><h2>{title}</h2>{note}{body}</section>'
TEMPLATE_NOTE = '<p class="wb-note">{note}</p>'
TEMPLATE_TABLE = (
    '<div class="wb-scroll"><table class="wb-table"><thead><tr>{head}</tr></thead>'
    "<tbody>{rows}</tbody></table></div>"
)
TEMPLATE_HEAD_CELL = '<th scope="col">{name}</th>'
TEMPLATE_ROW = '<tr class="{kind}">{cells}</tr>'
TEMPLATE_CELL = "<td>{value}</td>"
TEMPLATE_EMPTY = '<p class="wb-empty">Nothing found in this article.</p>'
TEMPLATE_FIGURE = '<figure class="wb-figure">{figure}</figure>'
TEMPLATE_FOOTER = '<footer class="wb-footer"><h2>Provenance</h2><ul>{items}</ul></footer>'
TEMPLATE_ITEM = "<li>{item}</li>"

# The header's style, shared with the exported notebooks (tools/report.py).
HEADER_CSS = """
.wb-header { font-family: system-ui, sans-serif; color: #1e293b; }
.wb-kind { margin: 0; text-transform: uppercase; letter-spacing: .08em; color: #475569; font-size: .8rem; }
.wb-header h1 { margin: .2rem 0 1rem; font-size: 1.6rem; }
.wb-facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; font-size: .9rem; }
.wb-facts dt { font-weight: 600; }
.wb-facts dd { margin: 0; overflow-wrap: anywhere; }
.wb-fact-text_sha256, .wb-fact-file_sha256, .wb-fact-sha256 { font-family: ui-monospace, monospace; }
"""
CSS = (
    HEADER_CSS
    + """
body { margin: 0; font-family: system-ui, sans-serif; color: #1e293b; background: #ffffff; }
.wb-briefing { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
.wb-section { margin-top: 2rem; }
.wb-note, .wb-summary { color: #334155; }
.wb-scroll { overflow-x: auto; }
.wb-table { border-collapse: collapse; font-size: .85rem; width: 100%; }
.wb-table th { text-align: left; background: #f1f5f9; position: sticky; top: 0; }
.wb-table th, .wb-table td { padding: .3rem .5rem; border-bottom: 1px solid #e2e8f0; vertical-align: top; }
.wb-table td { max-width: 32rem; overflow-wrap: anywhere; }
.wb-table tr.wb-conflict td { background: #fef2f2; }
.wb-figure { margin: 1rem 0; }
.wb-footer { margin-top: 2.5rem; border-top: 1px solid #cbd5e1; font-size: .85rem; color: #334155; }
"""
)


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def model_parts(model: str) -> tuple[str, str]:
    """A pipeline's ``name-version`` (as a Reading records it) split into its name and version."""
    name, dash, version = model.rpartition("-")
    return (name, version) if dash else (model, "")


def workbench_version() -> str:
    """The installed workbench's version (its metadata, so that no view imports the package)."""
    try:
        return metadata.version("workbench")
    except metadata.PackageNotFoundError:
        return "unknown"


# --- the converter: a Reading -> plain data ---


def briefing_data(
    reading: ReadingLike, *, read_at: datetime | None = None, figures: Iterable[str] = tuple(FIGURES)
) -> dict:
    """The briefing of ``reading`` as plain data: ``title``, ``kind``, ``facts`` (name, key, value
    triples for the header), ``summary``, ``article_html`` (the article highlighted by
    ``render.highlight``, escaped there), ``tables`` (title, key, note, columns, rows of text,
    the indexes of rows in conflict), ``figures`` (plotly JSON) and ``provenance`` (lines).
    ``read_at`` is the time the briefing says the article was read (now, unless given)."""
    article = reading.article
    when = (read_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M %Z").strip()
    name, version = model_parts(reading.model)
    source = article.path or article.id
    frames = _frames(reading)
    return {
        "title": _title(reading),
        "kind": "Briefing",
        "facts": _facts(reading, source, when, name, version),
        "summary": _summary(reading, frames["ledger"]),
        "article_html": highlight(reading),
        "tables": _tables(frames),
        "figures": [json.loads(FIGURES[key](frames).to_json()) for key in figures],
        "provenance": _provenance(reading, source, when, name, version),
    }


def _title(reading: ReadingLike) -> str:
    """The page's own title when the input had one, else the first line of the text outside the
    site's boilerplate, else the article's id."""
    article = reading.article
    title = _about(article, "title")
    if title:
        return str(title)
    # The text with its boilerplate (site furniture, markup) blanked out, line by line.
    kept = list(article.text)
    for region in article.boilerplate:
        kept[region.start : region.end] = " " * (region.end - region.start)
    for line in "".join(kept).splitlines():
        words = " ".join(line.split())
        if words:
            return words if len(words) <= 160 else words[:159] + "…"
    return article.id


def _about(article, key: str) -> str | None:
    """What a page or document said of itself (``title``, ``date``, ``author``, ``site``), kept
    with the file it was read from; None for a text file and where it said nothing."""
    return getattr(article, key, None) or getattr(getattr(article, "source", None), key, None)


def _file_sha256(article) -> str:
    # A page, a PDF or a document keeps its file's hash beside its text's; a .txt is its text.
    return getattr(article, "file_sha256", None) or article.sha256


def _facts(
    reading: ReadingLike, source: str, when: str, name: str, version: str
) -> list[tuple[str, str, str]]:
    article = reading.article
    facts = [
        ("Source file", "source", source),
        ("Text SHA-256", "text_sha256", article.sha256),
        ("File SHA-256", "file_sha256", _file_sha256(article)),
    ]
    # What an extractor found on a page, where it found it.
    for label, key in (("Published", "date"), ("Author", "author"), ("Site", "site")):
        value = _about(article, key)
        if value:
            facts.append((label, key, str(value)))
    facts += [
        ("Read", "read", when),
        ("Model", "model", f"{name} {version}".strip() or "unknown"),
        ("Workbench", "workbench", workbench_version()),
    ]
    return facts


def _summary(reading: ReadingLike, ledger_rows: pd.DataFrame) -> str:
    claims = reading.claim_records
    conflicts = int(ledger_rows["conflict"].sum()) if len(ledger_rows) else 0
    denials = sum(c.stance == "denies" for c in claims)
    anonymous = sum(c.speaker_type == "anonymous" for c in claims)
    return (
        f"{_many(len(reading.actor_records), 'actor')} · {_many(len(claims), 'claim')} "
        f"({_many(denials, 'denial')}, {anonymous} from anonymous sources) · "
        f"{_many(len(reading.casualty_records), 'casualty figure')} · "
        f"{_many(conflicts, 'ledger row')} in conflict"
    )


def _many(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _amounts(table: pd.DataFrame) -> list[str]:
    """Each figure in words ("at least 12", "dozens (vague, no number)"); a denial row has none."""
    return [
        ""
        if row.get("stance") == "denies"
        else figure_amount(
            *(_value(row[c]) for c in ("count", "count_low", "count_high")),
            row["approx"],
            _value(row["size_word"]),
        )
        for row in table.to_dict("records")
    ]


def _sources(names: pd.Series, words: pd.Series, nobody: str = UNATTRIBUTED) -> list[str]:
    """Each source as the figures name it: the actor, else its words, else ``nobody``."""
    return [source_name(_value(n), _value(w), nobody) for n, w in zip(names, words, strict=True)]


def _value(value):
    return None if pd.api.types.is_scalar(value) and pd.isna(value) else value


def _frames(reading: ReadingLike) -> dict:
    """The reading's tables, made by the views a Reading makes them with (and its text)."""
    return {
        "actors": actors_table(reading.actor_records),
        "claims": claims_table(reading.claim_records),
        "casualties": casualties_table(reading.casualty_records),
        "ledger": ledger(reading),
        "text": reading.text,
    }


def _tables(frames: Mapping) -> list[dict]:
    claims, casualties = frames["claims"], frames["casualties"]
    claims = claims.assign(source=_sources(claims["speaker"], claims["speaker_text"]))
    casualties = casualties.assign(
        amount=_amounts(casualties),
        claimant=_sources(casualties["claimed_by"], casualties["claimed_by_text"], REPORTER),
    )
    rows = frames["ledger"].assign(amount=_amounts(frames["ledger"]))
    return [
        _table(
            "claims",
            "Claims",
            "Who says what, on whose authority, in the article's order.",
            claims,
            CLAIM_COLUMNS,
        ),
        _table(
            "casualties",
            "Casualty figures",
            "Every number of dead, wounded, captured, missing, arrested or displaced, as stated.",
            casualties,
            CASUALTY_COLUMNS,
        ),
        _table(
            "ledger",
            "Ledger",
            "Per party and category, what each source says; conflict: figures that cannot all be true.",
            rows,
            LEDGER_COLUMNS,
        ),
    ]


def _table(key: str, title: str, note: str, table: pd.DataFrame, columns: Sequence[str]) -> dict:
    shown = readable(table[list(columns)])
    rows = [[_cell(value) for value in row] for row in shown.itertuples(index=False)]
    flags = table["conflict"] if "conflict" in table.columns else ()
    return {
        "key": key,
        "title": title,
        "note": note,
        "columns": [str(c).replace("_", " ") for c in shown.columns],
        "rows": rows,
        "conflicts": [i for i, flag in enumerate(flags) if flag],
    }


def _cell(value) -> str:
    value = _value(value)
    return "" if value is None else str(value)


def _provenance(reading: ReadingLike, source: str, when: str, name: str, version: str) -> list[str]:
    corrected = sum(
        bool(r.corrected) for r in (*reading.actor_records, *reading.claim_records, *reading.casualty_records)
    )
    return [
        f"Read from {source} (text SHA-256 {reading.article.sha256}) on {when}.",
        f"Read by the workbench {workbench_version()} with the spaCy pipeline {name} {version}.".replace(
            "  ", " "
        ),
        f"{len(reading.article.boilerplate)} regions of site boilerplate were kept in the text, greyed, "
        "and skipped by the analysis.",
        f"{corrected} items corrected by a researcher; {len(reading.unapplied)} corrections not made.",
        "A machine reading: every item points at the exact characters of the source. Check the "
        "ledger's parties and claimants against the text before relying on them.",
    ]


# --- the renderer: plain data -> HTML ---


def render_header(data: Mapping) -> str:
    """The header of a briefing (or of an exported notebook) from its ``title``, ``kind`` and
    ``facts``, every text escaped."""
    facts = "".join(
        TEMPLATE_FACT.format(name=_esc(name), key=_esc(key), value=_esc(value))
        for name, key, value in data["facts"]
    )
    return TEMPLATE_HEADER.format(kind=_esc(data["kind"]), title=_esc(data["title"]), facts=facts)


def _render_table(table: Mapping) -> str:
    if not table["rows"]:
        body = TEMPLATE_EMPTY
    else:
        head = "".join(TEMPLATE_HEAD_CELL.format(name=_esc(c)) for c in table["columns"])
        conflicts = set(table["conflicts"])
        rows = "".join(
            TEMPLATE_ROW.format(
                kind="wb-conflict" if i in conflicts else "wb-row",
                cells="".join(TEMPLATE_CELL.format(value=_esc(v)) for v in row),
            )
            for i, row in enumerate(table["rows"])
        )
        body = TEMPLATE_TABLE.format(head=head, rows=rows)
    title = f"{table['title']} ({len(table['rows'])})"
    return TEMPLATE_SECTION.format(
        key=_esc(table["key"]),
        title=_esc(title),
        note=TEMPLATE_NOTE.format(note=_esc(table["note"])),
        body=body,
    )


def _render_figures(figures: Sequence[Mapping]) -> str:
    import plotly.io as pio

    # Div ids follow the figure's position, so the same reading gives the same page.
    drawn = "".join(
        TEMPLATE_FIGURE.format(
            figure=pio.to_html(
                figure,
                include_plotlyjs=False,
                full_html=False,
                div_id=f"figure-{i}",
                config=FIGURE_CONFIG,
                validate=False,
            )
        )
        for i, figure in enumerate(figures)
    )
    return TEMPLATE_SECTION.format(key="figures", title="Figures", note="", body=drawn)


def render(data: Mapping) -> str:
    """The briefing page of ``briefing_data``'s output: one self-contained HTML document."""
    from plotly.offline import get_plotlyjs

    article = TEMPLATE_SECTION.format(
        key="article",
        title="The article",
        note=TEMPLATE_NOTE.format(
            note=_esc("Claims underlined, casualty figures boxed, actors' names dotted (hover for details).")
        ),
        body=data["article_html"],  # markup made by render.highlight, every text escaped there
    )
    sections = [article, *(_render_table(t) for t in data["tables"])]
    if data["figures"]:
        sections.append(_render_figures(data["figures"]))
    footer = TEMPLATE_FOOTER.format(
        items="".join(TEMPLATE_ITEM.format(item=_esc(i)) for i in data["provenance"])
    )
    return TEMPLATE_PAGE.format(
        title=_esc(data["title"]),
        css=CSS,
        scripts=TEMPLATE_PLOTLY_JS.format(plotly_js=get_plotlyjs()) if data["figures"] else "",
        header=render_header(data),
        summary=TEMPLATE_SUMMARY.format(summary=_esc(data["summary"])),
        sections="\n".join(sections),
        footer=footer,
    )


def briefing(reading: ReadingLike, *, read_at: datetime | None = None) -> str:
    """The briefing of ``reading``: one self-contained HTML page, readable offline, with no code."""
    return render(briefing_data(reading, read_at=read_at))
