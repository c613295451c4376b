"""Execute notebooks and export them as self-contained HTML pages that work offline.

Usage: python tools/report.py notebooks/*.ipynb [--out build] [--no-execute] [--screenshots]

Each notebook is executed into ``<out>/NAME.ipynb`` (the committed one is left alone) and exported
to ``<out>/NAME.html`` for a reader without Jupyter: no code cells and no ``In []`` prompts, only
the prose and the outputs, under the header a briefing has (``views.briefing``: the notebook's
title, file and SHA-256, when it ran, the model and the workbench's version).

plotly >= 6 gives a figure its JSON mimetype, which nbconvert cannot draw (plotly/plotly.py#5365;
``workbench.for_sharing()`` adds a PNG, a still image); here every such output becomes a
``text/html`` div drawn by ``Plotly.newPlot``, and plotly.js is inlined once, in the page's head.
The page loads nothing from the network: no require.js, MathJax or widget manager from a CDN.
Widget views are dropped, so an explorer shows its static ``text/html`` summary. A screenshot
(``--screenshots``) is of the whole page, however long.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import jinja2
import nbformat
import plotly.io as pio
from nbconvert import HTMLExporter
from nbconvert.preprocessors import ExecutePreprocessor
from plotly.offline import get_plotlyjs

from workbench.views.briefing import HEADER_CSS, model_parts, render_header, workbench_version

PLOTLY_MIME = "application/vnd.plotly.v1+json"
WIDGET_VIEW_MIME = "application/vnd.jupyter.widget-view+json"

# The lab template without anything fetched from a CDN, and with plotly.js inlined once when a
# figure needs it. It goes first in the head: loaded after require.js, plotly.js would register
# itself as an AMD module instead of defining window.Plotly.
TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}
{%- if resources.plotly_js %}
<script type="text/javascript">window.PlotlyConfig = {MathJaxConfig: 'local'};</script>
<script type="text/javascript">{{ resources.plotly_js }}</script>
{%- endif %}
{%- endblock html_head_js_requirejs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}<style>{{ resources.header_css }}</style>{%- endblock extra_css -%}
{%- block body_header -%}{{ super() }}{{ resources.header }}{%- endblock body_header -%}
"""
FIGURE_CONFIG = {"responsive": True, "displaylogo": False}


def execute(path: Path, timeout: int = 600) -> nbformat.NotebookNode:
    """The notebook at ``path``, executed in its own folder (so its relative paths hold)."""
    nb = nbformat.read(path, as_version=4)
    runner = ExecutePreprocessor(timeout=timeout, kernel_name="python3")
    runner.preprocess(nb, {"metadata": {"path": str(path.parent)}})
    return nb


def plotly_to_html(nb: nbformat.NotebookNode) -> int:
    """Turn every plotly JSON output into a ``text/html`` div without plotly.js; returns how many.

    Div ids follow the cell and output position, so the same notebook gives the same page.
    """
    found = 0
    for i, cell in enumerate(nb.cells):
        for j, output in enumerate(cell.get("outputs", [])):
            data = output.get("data", {})
            if PLOTLY_MIME not in data:
                continue
            figure = dict(data.pop(PLOTLY_MIME))
            config = {**figure.pop("config", {}), **FIGURE_CONFIG}
            data["text/html"] = pio.to_html(
                figure,
                include_plotlyjs=False,
                full_html=False,
                div_id=f"figure-{i}-{j}",
                config=config,
                validate=False,
            )
            found += 1
    return found


def drop_widgets(nb: nbformat.NotebookNode) -> None:
    """Drop widget state and views: drawing them needs a kernel or a widget manager from a CDN,
    and every widget output here carries a static ``text/html`` fallback."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET_VIEW_MIME, None)


def header(nb: nbformat.NotebookNode, source: Path | None, *, executed: bool) -> dict:
    """The header's data (as ``briefing.render_header`` takes it): the notebook's first heading,
    its file and that file's SHA-256, when it was run (or exported), the model and versions."""
    from workbench.analysis.nlp import describe_installed

    headings = (re.match(r"#+\s+(.+)", cell.source) for cell in nb.cells if cell.cell_type == "markdown")
    title = next((m.group(1).strip() for m in headings if m), source.stem if source else "notebook")
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    facts = []
    if source is not None:
        facts += [
            ("Notebook", "source", str(source)),
            ("Notebook SHA-256", "sha256", hashlib.sha256(source.read_bytes()).hexdigest()),
        ]
    facts += [
        ("Executed" if executed else "Exported", "read", when),
        ("Model", "model", " ".join(model_parts(describe_installed()))),
        ("Workbench", "workbench", workbench_version()),
    ]
    return {"kind": "Notebook", "title": title, "facts": facts}


def to_html(nb: nbformat.NotebookNode, title: str, about: dict | None = None) -> str:
    """The notebook as one HTML page without code or prompts, under a header (``about``, see
    ``header``); its plotly outputs drawn, plotly.js inlined once if needed."""
    nb = nbformat.from_dict(nb)  # a copy: the caller's notebook keeps its outputs
    nb.metadata["title"] = title
    drop_widgets(nb)
    figures = plotly_to_html(nb)
    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[jinja2.DictLoader({"report.html.j2": TEMPLATE})],
        template_file="report.html.j2",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    resources = {
        "plotly_js": get_plotlyjs() if figures else "",
        "header": render_header(about) if about else "",
        "header_css": HEADER_CSS,
    }
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body


def build(paths: list[Path], out: Path, *, run: bool = True, screenshots: bool = False) -> list[Path]:
    """Execute (unless ``run`` is False) and export each notebook into ``out``; returns the pages."""
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    for path in paths:
        nb = execute(path) if run else nbformat.read(path, as_version=4)
        if run:
            nbformat.write(nb, out / path.name)
        page = out / f"{path.stem}.html"
        about = header(nb, path, executed=run)
        page.write_text(to_html(nb, title=about["title"], about=about), encoding="utf-8")
        pages.append(page)
        print(f"wrote {page}")
        if screenshots:
            browser = find_chromium()
            if browser is None:
                print("no chromium: no screenshot", file=sys.stderr)
            else:
                screenshot(page, page.with_suffix(".png"), browser=browser)
                print(f"wrote {page.with_suffix('.png')}")
    return pages


# --- a headless browser, without network ---


def find_chromium() -> str | None:
    """The chromium executable, or None."""
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def _chromium(browser: str, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    # Background networking off, or chromium phones home; a fresh profile per run, so nothing
    # cached from an earlier run can make a page look as if it worked.
    with tempfile.TemporaryDirectory(prefix="wb-chromium-") as profile:
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *args,
        ]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)


def dump_dom(page: Path, *, browser: str, budget_ms: int = 10000) -> str:
    """The page's DOM after its scripts ran (``budget_ms`` of virtual time), serialised."""
    return _chromium(
        browser, f"--virtual-time-budget={budget_ms}", "--dump-dom", page.resolve().as_uri()
    ).stdout


# Appended to a copy of a page: once its figures are drawn, the page's full height, where
# --dump-dom can read it. The page itself is never changed.
MEASURE = (
    "<script>addEventListener('load', () => setTimeout(() => document.body.setAttribute("
    "'data-wb-height', document.documentElement.scrollHeight), 1000));</script>"
)
# Chromium will not paint a window taller than this; a longer page is cut here, and said so.
MAX_HEIGHT = 60000


def page_height(page: Path, *, browser: str, width: int = 1280, budget_ms: int = 10000) -> int:
    """The height in pixels of ``page`` drawn ``width`` pixels wide, after its scripts ran."""
    with tempfile.TemporaryDirectory(prefix="wb-measure-") as folder:
        probe = Path(folder) / page.name
        probe.write_text(page.read_text(encoding="utf-8") + MEASURE, encoding="utf-8")
        dom = _chromium(
            browser,
            f"--virtual-time-budget={budget_ms}",
            f"--window-size={width},800",
            "--dump-dom",
            probe.resolve().as_uri(),
        ).stdout
    found = re.search(r'data-wb-height="(\d+)"', dom)
    if found is None:
        raise RuntimeError(f"could not measure {page}: its scripts did not finish in {budget_ms} ms")
    return int(found.group(1))


def screenshot(
    page: Path, png: Path, *, browser: str, size: str | None = None, budget_ms: int = 10000
) -> Path:
    """A PNG of the whole page, 1280 pixels wide (or of the top of it: ``size="WIDTH,HEIGHT"``)."""
    if size is None:
        height = page_height(page, browser=browser, budget_ms=budget_ms)
        if height > MAX_HEIGHT:
            print(
                f"{page} is {height} pixels long: the screenshot shows the top {MAX_HEIGHT}", file=sys.stderr
            )
        size = f"1280,{min(height, MAX_HEIGHT)}"
    _chromium(
        browser,
        f"--virtual-time-budget={budget_ms}",
        f"--window-size={size}",
        f"--screenshot={png.resolve()}",
        page.resolve().as_uri(),
    )
    return png


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("build"))
    parser.add_argument("--no-execute", dest="run", action="store_false", help="export the saved outputs")
    parser.add_argument("--screenshots", action="store_true", help="a PNG of each page (needs chromium)")
    options = parser.parse_args(argv)
    build(options.notebooks, options.out, run=options.run, screenshots=options.screenshots)
    return 0


if __name__ == "__main__":
    sys.exit(main())
