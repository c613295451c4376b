"""The shared HTML report, opened in a real headless Chromium from file:// URLs, with no network.

Skipped only when chromium is missing and CI is not set; on CI a missing browser fails (the
``browser`` fixture, in conftest.py).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from tools import load_tool
from workbench import Article, highlight, plots, read
from workbench.views.widgets import explore

ROOT = Path(__file__).resolve().parent.parent

HOSTILE = (
    "Spread the love\n\n"
    "The army said on Monday that rebels killed 12 soldiers near Goma. "
    "<script>document.title='pwned'</script>\n\n"
    "Local officials said dozens of families fled. <img src=x onerror=\"document.title='pwned'\">\n"
)


report = load_tool("report")


def _figure_divs(dom: str) -> dict[str, str]:
    """Each plotly figure's div id and the markup from it to the next figure."""
    parts = re.split(r'(?=<div [^>]*\bid="figure-\d+-\d+")', dom)
    return {re.search(r'id="(figure-\d+-\d+)"', p).group(1): p for p in parts[1:]}


# --- notebook 02, executed and exported as `make report` does ---


@pytest.fixture(scope="module")
def notebook_page(tmp_path_factory, browser):
    out = tmp_path_factory.mktemp("report")
    (page,) = report.build([ROOT / "notebooks" / "02_actors_and_casualties.ipynb"], out)
    return page, report.dump_dom(page, browser=browser)


def test_every_figure_is_drawn(notebook_page):
    page, dom = notebook_page
    figures = _figure_divs(dom)
    assert len(figures) == 4
    for name, markup in figures.items():
        assert 'class="main-svg"' in markup, f"{name} was not drawn"
    assert "Who speaks about whom" in dom and "Casualty claims" in dom


def test_plotly_js_is_inlined_once_and_nothing_is_fetched(notebook_page):
    page, _ = notebook_page
    markup = page.read_text(encoding="utf-8")
    assert markup.count("* plotly.js v") == 1
    assert not re.search(r"<script[^>]*\bsrc=", markup)
    assert not re.search(r"<link[^>]*\bhref=\"https?:", markup)


def test_the_executed_notebook_is_written_next_to_the_page(notebook_page):
    page, _ = notebook_page
    executed = nbformat.read(page.with_suffix(".ipynb"), as_version=4)
    assert any(cell.get("outputs") for cell in executed.cells)


def test_a_screenshot_is_taken(notebook_page, browser):
    page, _ = notebook_page
    png = report.screenshot(page, page.with_suffix(".png"), browser=browser, size="1000,1400")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_page_shows_no_code_and_no_prompts(notebook_page):
    page, dom = notebook_page
    # Markdown cells are prose, kept (in a jp-InputArea of their own); code cells' inputs are gone.
    assert not re.search(
        r'class="[^"]*\b(jp-InputArea-editor|hl-ipython3|jp-InputPrompt|jp-OutputPrompt)\b', dom
    )
    assert (
        "NBVAL_CHECK_OUTPUT" not in dom
        and "plots.actor_mentions(" not in dom
        and "import workbench" not in dom
    )
    assert "Who speaks about whom" in dom  # the outputs and the prose stay


def test_the_page_has_a_header_with_the_notebook_its_hash_and_the_model(notebook_page):
    page, dom = notebook_page
    source = ROOT / "notebooks" / "02_actors_and_casualties.ipynb"
    header = re.search(r'<header class="wb-header">.*?</header>', dom, re.S).group(0)
    assert "<h1>Actors and casualties</h1>" in header
    assert hashlib.sha256(source.read_bytes()).hexdigest() in header
    assert "en_core_web_sm" in header and "Workbench" in header and "Executed" in header


def test_the_pages_tables_show_no_missing_value_markers_and_the_conflict_early(notebook_page):
    page, dom = notebook_page
    tables = re.findall(r"<table.*?</table>", dom, re.S)
    assert tables
    cells = [cell.strip() for table in tables for cell in re.findall(r"<td[^>]*>(.*?)</td>", table, re.S)]
    assert not {"NaN", "&lt;NA&gt;", "None", "nan"} & set(cells)
    ledger = next(t for t in tables if "<th>conflict</th>" in t)
    assert re.findall(r"<th>(\w+)</th>", ledger).index("conflict") <= 3


# --- the committed notebooks, where no JavaScript runs (GitHub, nbviewer) ---

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_committed_notebooks_show_every_figure_as_an_image_without_javascript(path: Path):
    """Rendered as GitHub and nbviewer do, scripts stripped: each plotly figure's image is there.
    (The notebooks carry it once re-executed with ``wb.for_sharing()``: ``make notebooks``.)"""
    from nbconvert import HTMLExporter

    assert path.stat().st_size < 1_000_000, f"{path.name} is over 1 MB"
    nb = nbformat.read(path, as_version=4)
    outputs = [o for cell in nb.cells for o in cell.get("outputs", [])]
    plotly = [o for o in outputs if "application/vnd.plotly.v1+json" in o.get("data", {})]
    for output in plotly:
        assert {"image/png", "image/svg+xml"} & set(output["data"]), f"a figure of {path.name} has no image"
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    static = re.sub(r"<script\b.*?</script>", "", body, flags=re.S | re.I)
    images = re.findall(r'<img\b[^>]*\bsrc="data:image/(?:png|svg\+xml)|<svg\b', static)
    assert len(images) >= len(plotly), f"{path.name}: {len(plotly)} figures, {len(images)} images"


def test_the_figures_notebook_has_its_figures():
    nb = nbformat.read(ROOT / "notebooks" / "02_actors_and_casualties.ipynb", as_version=4)
    outputs = [o for cell in nb.cells for o in cell.get("outputs", [])]
    assert sum("application/vnd.plotly.v1+json" in o.get("data", {}) for o in outputs) == 4


# --- a hostile article through the same code path ---


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory, nlp, browser):
    reading = read(Article.from_text(HOSTILE, id="hostile"), nlp=nlp)
    timeline = json.loads(plots.claims_timeline(reading.claims).to_json())
    explorer = explore([reading])
    nb = new_notebook(
        cells=[
            new_code_cell(
                "reading.view()",
                outputs=[new_output("execute_result", {"text/html": highlight(reading)}, execution_count=1)],
            ),
            new_code_cell(
                "plots.claims_timeline(reading.claims)",
                outputs=[new_output("display_data", {"application/vnd.plotly.v1+json": timeline})],
            ),
            new_code_cell(
                "explore([reading])",
                outputs=[new_output("execute_result", explorer._repr_mimebundle_(), execution_count=3)],
            ),
        ]
    )
    page = tmp_path_factory.mktemp("hostile") / "hostile.html"
    page.write_text(report.to_html(nb, title="hostile"), encoding="utf-8")
    return reading, report.dump_dom(page, browser=browser)


def test_a_hostile_articles_markup_does_not_run(hostile_page):
    _, dom = hostile_page
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert title == "hostile" and "pwned" not in title
    assert '<img src="x"' not in dom and "<img src=x" not in dom


def test_a_hostile_articles_markup_is_shown_as_text(hostile_page):
    _, dom = hostile_page
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert "&lt;img src=x onerror=\"document.title='pwned'\"&gt;" in dom


def test_highlight_marks_are_in_the_page(hostile_page):
    reading, dom = hostile_page
    marks = re.findall(r'<mark class="wb-mark wb-(\w+)"', dom)
    assert {"names", "claims", "casualties"} <= set(marks)  # the default view: names quiet
    assert 'class="wb-explorer-summary"' in dom  # the explorer's static summary, not a widget


def test_the_figure_of_the_hostile_article_is_drawn(hostile_page):
    _, dom = hostile_page
    (markup,) = _figure_divs(dom).values()
    assert 'class="main-svg"' in markup


# --- hostile names in every figure's labels, drawn by plotly.js in the browser ---


@pytest.fixture(scope="module")
def hostile_figures_page(tmp_path_factory, nlp, browser):
    from hostile import ARTICLE_TEXT, figures_of, hostile_tables

    reading = read(Article.from_text(ARTICLE_TEXT, id="hostile"), nlp=nlp)
    figures = figures_of(hostile_tables(reading))
    nb = new_notebook(
        cells=[
            new_code_cell(
                name,
                outputs=[
                    new_output("display_data", {"application/vnd.plotly.v1+json": json.loads(fig.to_json())})
                ],
            )
            for name, fig in figures.items()
        ]
    )
    page = tmp_path_factory.mktemp("hostile-figures") / "figures.html"
    page.write_text(report.to_html(nb, title="hostile figures"), encoding="utf-8")
    return figures, report.dump_dom(page, browser=browser)


def test_hostile_names_are_drawn_as_text_in_every_figure(hostile_figures_page):
    figures, dom = hostile_figures_page
    drawn = _figure_divs(dom)
    assert len(drawn) == len(figures)
    for name, markup in drawn.items():
        assert 'class="main-svg"' in markup, f"{name} was not drawn"
        # plotly turns <a href> into an SVG link and <b> into a bold tspan: neither from the text.
        assert not re.search(r"<a\b[^>]*href=\"[^\"]*evil", markup), name
        # The one bold plotly draws is the ledger chart's own headings (party · category); a
        # heading holds the hostile party's "<b>" as characters, so bold never came from the text.
        for bold in re.findall(r"<tspan[^>]*font-weight: ?bold[^>]*>(.*?)</tspan>", markup):
            assert "&lt;b&gt;" in bold, (name, bold)
        assert "evil.example" not in "".join(re.findall(r"<a\b[^>]*>", markup)), name
    # The names are on the page as the characters they are.
    assert "The &lt;b&gt;Resistance" in dom
    assert '&lt;a href="http://evil.example/"&gt;click me&lt;/a&gt;' in dom
