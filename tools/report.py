"""Execute notebooks and export them as self-contained HTML pages that work offline.

Usage: python tools/report.py notebooks/*.ipynb [--out build] [--no-execute] [--screenshots]

Each notebook is executed into ``<out>/NAME.ipynb`` (the committed one is left alone) and exported
to ``<out>/NAME.html``. plotly >= 6 gives a figure only its JSON mimetype, which nbconvert drops
(plotly/plotly.py#5365); here every such output becomes a ``text/html`` div drawn by
``Plotly.newPlot``, and plotly.js is inlined once, in the page's head. The page loads nothing
from the network: no require.js, MathJax or widget manager from a CDN. Widget views are dropped,
so an explorer shows its static ``text/html`` summary.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import jinja2
import nbformat
import plotly.io as pio
from nbconvert import HTMLExporter
from nbconvert.preprocessors import ExecutePreprocessor
from plotly.offline import get_plotlyjs

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


def to_html(nb: nbformat.NotebookNode, title: str) -> str:
    """The notebook as one HTML page; its plotly outputs drawn, plotly.js inlined once if needed."""
    nb = nbformat.from_dict(nb)  # a copy: the caller's notebook keeps its outputs
    nb.metadata["title"] = title
    drop_widgets(nb)
    figures = plotly_to_html(nb)
    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[jinja2.DictLoader({"report.html.j2": TEMPLATE})],
        template_file="report.html.j2",
    )
    body, _ = exporter.from_notebook_node(nb, resources={"plotly_js": get_plotlyjs() if figures else ""})
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
        page.write_text(to_html(nb, title=path.stem), encoding="utf-8")
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


def screenshot(
    page: Path, png: Path, *, browser: str, size: str = "1280,4000", budget_ms: int = 10000
) -> Path:
    """A PNG of the top ``size`` pixels of the page."""
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
