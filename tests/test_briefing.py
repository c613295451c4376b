"""Briefings: one self-contained HTML page per article for a reader without Jupyter.

The converter is checked on plain data; the page is opened in a headless Chromium from a
file:// URL with no network (the ``browser`` fixture skips without chromium unless CI is set);
``workbench report`` is run as a user runs it.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from dataclasses import fields, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tools import load_tool
from workbench import Article, read
from workbench.views.briefing import briefing, briefing_data, model_parts, render
from workbench.views.tables import readable

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_425851d80951d886.txt"
WORKBENCH = str(Path(sys.executable).with_name("workbench"))
WHEN = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
MISSING = {"NaN", "nan", "<NA>", "None", "&lt;NA&gt;"}

# Markup in the headline, in a quoted statement, and as a file's name: each must stay characters.
HOSTILE_TEXT = (
    "<script>document.title='pwned'</script> Rebels seize Goma "
    "<img src=x onerror=\"document.title='pwned'\">\n\n"
    'The army said on Monday that rebels killed 12 soldiers near Goma. "</script><script>'
    "document.title='pwned'</script> We will not retreat,\" a commander said.\n\n"
    "Local officials said dozens of families fled.\n"
)
HOSTILE_ID = "<b>leaked<a href=evil.example>"

report = load_tool("report")


def _cells(markup: str) -> list[str]:
    return [cell.strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", markup, re.S)]


# --- the converter: plain data ---


def test_the_data_names_the_source_both_hashes_the_model_and_versions(seed_reading):
    data = briefing_data(seed_reading, read_at=WHEN)
    facts = {key: value for _, key, value in data["facts"]}
    assert facts["source"].endswith("000_425851d80951d886.txt")
    assert facts["text_sha256"] == seed_reading.article.sha256
    assert facts["file_sha256"] == seed_reading.article.sha256  # a .txt: its text is the file
    assert facts["read"] == "2025-03-01 09:30 UTC"
    name, version = model_parts(seed_reading.model)
    assert facts["model"] == f"{name} {version}" and name.startswith("en_core_web_sm") and version
    assert re.fullmatch(r"\d+\.\d+.*", facts["workbench"])
    assert data["title"].startswith("The United States has secretly agreed")  # not "Spread the love"


class _FromAPage(Article):
    """An article as a page, a PDF or a document gives it: its file's bytes hashed apart."""

    @property
    def file_sha256(self) -> str:
        return "f" * 64


def test_the_file_hash_of_a_page_or_document_is_its_own(seed_reading):
    article = seed_reading.article
    page = _FromAPage(**{f.name: getattr(article, f.name) for f in fields(article)})
    data = briefing_data(replace(seed_reading, article=page), figures=())
    facts = {key: value for _, key, value in data["facts"]}
    assert facts["file_sha256"] == "f" * 64 and facts["text_sha256"] == seed_reading.article.sha256


def test_tables_are_plain_text_without_missing_value_markers(seed_reading):
    data = briefing_data(seed_reading, figures=())
    tables = {t["key"]: t for t in data["tables"]}
    assert set(tables) == {"claims", "casualties", "ledger"}
    for table in tables.values():
        assert all(isinstance(v, str) for row in table["rows"] for v in row)
        assert not MISSING & {v for row in table["rows"] for v in row}, table["key"]
    ledger = tables["ledger"]
    assert ledger["columns"].index("conflict") <= 2
    assert ledger["conflicts"] and len(ledger["rows"]) == len(seed_reading.ledger)
    # The data tables keep their types: a count the text does not give stays missing, not "".
    assert str(seed_reading.casualties["count"].dtype) == "Int64"


def test_readable_blanks_missing_values_and_keeps_numbers(seed_reading):
    shown = readable(seed_reading.ledger)
    assert list(shown.columns[:3]) == ["party", "category", "conflict"]
    assert set(shown["conflict"]) <= {"yes", "no"}
    assert "" in set(shown["count"]) and 40 in set(shown["count"])


def test_an_article_with_nothing_to_report_has_a_briefing_too(read_text):
    reading = read_text("The weather in the valley was mild on Tuesday.\n")
    page = briefing(reading)
    assert page.count("Nothing found in this article.") == 3  # claims, casualty figures, ledger
    assert page.count('<div id="figure-') == 4  # each figure drawn, empty, under its title
    assert "The weather in the valley was mild on Tuesday." in page


def test_render_escapes_every_text_of_the_data():
    data = {
        "title": "<script>alert(1)</script>",
        "kind": "Briefing",
        "facts": [("Source file", "source", "<b>x</b>.txt")],
        "summary": "<i>1</i>",
        "article_html": "<div class='wb-highlight'>text</div>",
        "tables": [
            {
                "key": "claims",
                "title": "Claims",
                "note": "<u>n</u>",
                "columns": ["<th>"],
                "rows": [["<img src=x>"]],
                "conflicts": [],
            }
        ],
        "figures": [],
        "provenance": ["<a href='evil'>p</a>"],
    }
    page = render(data)
    for markup in ("<script>alert", "<b>x</b>", "<i>1</i>", "<u>n</u>", "<img src=x>", "<a href='evil'>"):
        assert markup not in page
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script" not in page
    )  # no figure: no plotly.js


# --- the page in a browser ---


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory, seed_reading, browser):
    page = tmp_path_factory.mktemp("briefing") / "seed.html"
    page.write_text(briefing(seed_reading, read_at=WHEN), encoding="utf-8")
    return page, report.dump_dom(page, browser=browser)


def test_the_header_shows_both_hashes_and_the_model(seed_page, seed_reading):
    _, dom = seed_page
    header = re.search(r'<header class="wb-header">.*?</header>', dom, re.S).group(0)
    assert header.count(seed_reading.article.sha256) == 2  # the text's, and the file's (a .txt)
    assert "Text SHA-256" in header and "File SHA-256" in header
    assert model_parts(seed_reading.model)[0] in header and "Workbench" in header
    assert "000_425851d80951d886.txt" in header and "2025-03-01 09:30 UTC" in header


def test_every_figure_is_drawn(seed_page):
    page, dom = seed_page
    parts = re.split(r'(?=<div [^>]*\bid="figure-\d+")', dom)[1:]
    assert len(parts) == 4
    for part in parts:
        assert 'class="main-svg"' in part, part[:80]
    markup = page.read_text(encoding="utf-8")
    assert markup.count("* plotly.js v") == 1  # inlined once
    assert not re.search(r"<script[^>]*\bsrc=", markup) and not re.search(
        r'<link[^>]*\bhref="https?:', markup
    )


def test_the_page_holds_no_code(seed_page):
    _, dom = seed_page
    for code in ("jp-InputArea", "jp-CodeCell", "In&nbsp;[", "NBVAL", "import workbench", "wb.read("):
        assert code not in dom


def test_the_tables_show_no_missing_value_markers(seed_page):
    _, dom = seed_page
    cells = _cells(dom)
    assert cells and not MISSING & set(cells)
    ledger = re.search(r'<section class="wb-section" id="ledger">.*?</section>', dom, re.S).group(0)
    assert re.findall(r'<th scope="col">([\w ]+)</th>', ledger).index("conflict") <= 2
    assert 'class="wb-conflict"' in ledger


def test_the_article_is_highlighted(seed_page):
    _, dom = seed_page
    assert {"names", "claims", "casualties"} <= set(re.findall(r'<mark class="wb-mark wb-(\w+)"', dom))


def test_a_screenshot_is_the_whole_page(seed_page, browser):
    page, _ = seed_page
    height = report.page_height(page, browser=browser)
    png = report.screenshot(page, page.with_suffix(".png"), browser=browser)
    width, drawn = struct.unpack(">II", png.read_bytes()[16:24])
    assert (width, drawn) == (1280, height) and height > 4000  # not cut at 4,000 pixels


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory, nlp, browser):
    folder = tmp_path_factory.mktemp("hostile-briefing")
    article = Article.from_text(HOSTILE_TEXT, id=HOSTILE_ID, path=folder / f"{HOSTILE_ID}.txt")
    reading = read(article, nlp=nlp)
    page = folder / "hostile.html"
    page.write_text(briefing(reading), encoding="utf-8")
    return reading, report.dump_dom(page, browser=browser)


def test_a_hostile_articles_markup_does_not_run(hostile_page):
    reading, dom = hostile_page
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert "pwned" not in title and "Rebels seize Goma" in title
    assert '<img src="x"' not in dom and "<img src=x" not in dom
    assert not re.search(r"<a\b[^>]*href=\"?evil", dom)
    assert reading.claim_records  # the quoted markup went through a claim, its table and the figures


def test_a_hostile_articles_markup_is_shown_as_text(hostile_page):
    _, dom = hostile_page
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert "&lt;b&gt;leaked&lt;a href=evil.example&gt;" in dom  # the file's name, in the header
    header = re.search(r'<header class="wb-header">.*?</header>', dom, re.S).group(0)
    assert "<b>" not in header
    for part in re.split(r'(?=<div [^>]*\bid="figure-\d+")', dom)[1:]:
        assert 'class="main-svg"' in part


# --- `workbench report`, as a user runs it ---


def run(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([WORKBENCH, *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_report_writes_one_briefing_per_article_and_names_the_skipped(tmp_path: Path):
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "more" / "note.txt").write_text(
        "Maria Lopez, a nurse in Kherson, said three people were killed.\n", encoding="utf-8"
    )
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    out = tmp_path / "out"
    done = run("report", folder, "--out", out)
    assert done.returncode == 1, done.stderr  # as extract: 1 when a file was skipped
    assert "binary.txt" in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["note.html", "seed.html"]
    page = (out / "seed.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Text SHA-256" in page


def test_report_of_one_good_article_exits_0(tmp_path: Path):
    done = run("report", SEED, "--out", tmp_path)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["000_425851d80951d886.html"]


def test_report_needs_an_out_folder():
    done = run("report", SEED)
    assert done.returncode == 2 and "--out" in done.stderr
