"""Real inputs: a saved web page, a PDF and a Word document become articles whose text is the
text extracted from them (every offset points into it, no markup reaches an entity or a speaker),
keeping the file's own hash and what it says of itself; a folder reads every kind and names every
file it skips. Each input is built here: the page written out, the .docx made with python-docx,
the PDF written byte by byte. The report is invented: the people, places and forces do not exist.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
import sys
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest

import workbench as wb
from workbench.corpus.cli import to_json
from workbench.corpus.corpus import SkippedFiles, article_paths, read_many
from workbench.input.load import HtmlPageInText

WORKBENCH = str(Path(sys.executable).with_name("workbench"))

HEADLINE = "Militia says 14 fighters killed in Tesk raid"
REPORT = (
    "Captain Idris Malo, a spokesman for the Dorvan Coast Militia, said on Monday that government "
    "troops had killed 14 of its fighters in a night raid on the port of Tesk.",
    "The defence ministry denied the account. Its spokeswoman, Clara Venn, said that no soldiers had "
    "entered Tesk and that the militia's figures were invented.",
    "Harbour workers said at least three civilians were wounded when a fuel depot caught fire.",
)
MARKUP = ("<", ">", "doctype", "endobj", "obj", "stream", "|", "Share", "Related", "Subscribe")

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{HEADLINE} | Dorvan Evening Star</title>
<meta name="author" content="Petra Lund">
<meta property="og:site_name" content="Dorvan Evening Star">
<meta property="article:published_time" content="2024-03-11T08:00:00Z">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "world"}});</script>
</head>
<body>
<nav class="menu"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/dorvan">Dorvan</a> |
<a href="/subscribe">Subscribe</a></nav>
<article>
<h1>{HEADLINE}</h1>
<p class="byline">By <span class="author">Petra Lund</span>,
<time datetime="2024-03-11">11 March 2024</time></p>
<div class="share"><a href="/s/fb">Share</a> <a href="/s/x">Post</a> <a href="/s/mail">Email</a></div>
{"".join(f"<p>{paragraph}</p>" for paragraph in REPORT)}
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Port of Tesk reopens to ships</a></li>
<li><a href="/b">Ministry names new coast commander</a></li></ul></aside>
<footer><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></footer>
<script>document.querySelectorAll(".share a").forEach(function (a) {{ a.dataset.on = "1"; }});</script>
</body>
</html>
"""


# -- building the inputs --------------------------------------------------------------------------------


def _pdf_string(line: str) -> str:
    return "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf_bytes(pages: list[list[list[str]]], info: dict[str, str] | None = None) -> bytes:
    """A PDF of ``pages``, each a list of paragraphs, each a list of printed lines, in Helvetica
    (a blank line's height between paragraphs); a page without paragraphs holds a picture only,
    as a scan does. ``info`` becomes the document information (``Title``, ``Author``)."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        4: b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream",
    }
    kids = []
    for n, paragraphs in enumerate(pages):
        page, content = 6 + 2 * n, 7 + 2 * n
        if paragraphs:
            ops = ["BT /F1 11 Tf 14 TL 72 740 Td"]
            for paragraph in paragraphs:
                ops += [f"{_pdf_string(line)} Tj T*" for line in paragraph] + ["T*"]
            ops.append("ET")
        else:
            ops = ["q 612 0 0 792 0 0 cm /Im1 Do Q"]
        stream = "\n".join(ops).encode("latin-1")
        objects[content] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objects[page] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
            b"/XObject << /Im1 4 0 R >> >> /Contents %d 0 R >>" % content
        )
        kids.append(b"%d 0 R" % page)
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(pages)
    entries = " ".join(f"/{key} {_pdf_string(value)}" for key, value in (info or {}).items())
    objects[5] = f"<< {entries} >>".encode("latin-1")
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref, size = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[i] for i in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def _lines(paragraph: str, width: int = 70) -> list[str]:
    """A paragraph as printed lines (a PDF's lines are hard-wrapped)."""
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def report_pdf() -> bytes:
    """The report on two pages: the headline and first paragraph, then the rest."""
    first = [[HEADLINE], _lines(REPORT[0])]
    rest = [_lines(paragraph) for paragraph in REPORT[1:]]
    info = {"Title": HEADLINE, "Author": "Petra Lund", "CreationDate": "D:20240311080000Z"}
    return pdf_bytes([first, rest], info=info)


def report_docx() -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = HEADLINE
    document.core_properties.author = "Petra Lund"
    document.core_properties.created = datetime(2024, 3, 11, 8, tzinfo=UTC)
    document.add_heading(HEADLINE, level=1)
    document.add_paragraph("")  # spacing a writer adds: not a paragraph of the text
    for paragraph in REPORT:
        document.add_paragraph(paragraph)
    document.sections[0].footer.paragraphs[0].text = "Page 1 | Dorvan Evening Star"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    """A folder as a researcher keeps one: a page, a PDF, a Word document, a scan, a file of a
    kind not read, and what passes without a word (a hidden file, a README, a sidecar)."""
    folder = tmp_path / "inbox"
    (folder / "pages").mkdir(parents=True)
    (folder / "pages" / "tesk_page.html").write_text(PAGE, encoding="utf-8")
    (folder / "tesk_report.pdf").write_bytes(report_pdf())
    (folder / "tesk_statement.docx").write_bytes(report_docx())
    (folder / "scan.pdf").write_bytes(pdf_bytes([[], []]))
    (folder / "notes.odt").write_bytes(b"PK\x03\x04 not read")
    (folder / ".draft.txt").write_text("a hidden file", encoding="utf-8")
    (folder / "README.md").write_text("Downloads for the Tesk story.\n", encoding="utf-8")
    return folder


# -- what every reading of an extracted text must hold ----------------------------------------------------


def assert_anchored(reading) -> None:
    """Every item's offsets slice to its words in the extracted text; no markup in any name."""
    text = reading.text
    for entity in reading.entity_records:
        assert text[entity.start : entity.end] == entity.text
    for claim in reading.claim_records:
        assert text[claim.start : claim.end] == claim.text
        if claim.speaker_start is not None:
            assert text[claim.speaker_start : claim.speaker_end] == claim.speaker_text
    for figure in reading.casualty_records:
        assert text[figure.start : figure.end] == figure.text
    names = [e.text for e in reading.entity_records] + [a.name for a in reading.actor_records]
    names += [c.speaker for c in reading.claim_records if c.speaker]
    for name in names:
        assert not any(mark.lower() in name.lower() for mark in MARKUP), name


def assert_found_the_report(reading) -> None:
    """What the invented report says, found in the extracted text."""
    names = {a.name for a in reading.actor_records}
    assert {"Idris Malo", "Clara Venn"} <= names
    assert any(c.speaker == "Idris Malo" and "14 of its fighters" in c.text for c in reading.claim_records)
    assert any(c.stance == "denies" for c in reading.claim_records)
    killed = [f for f in reading.casualty_records if f.category == "killed"]
    assert [(f.count, f.claimed_by) for f in killed] == [(14, "Idris Malo")]
    assert any(f.category == "wounded" and f.count == 3 for f in reading.casualty_records)


def paragraphs(text: str) -> list[str]:
    return [" ".join(block.split()) for block in text.split("\n\n")]


# -- a saved web page --------------------------------------------------------------------------------------


def test_a_saved_page_is_read_for_its_main_text_with_its_title_date_author_and_site(tmp_path: Path, nlp):
    path = tmp_path / "tesk.html"
    path.write_text(PAGE, encoding="utf-8")
    reading = wb.read(path, nlp=nlp, progress=False)
    assert paragraphs(reading.text) == [HEADLINE, *REPORT]  # no menu, byline, buttons, links or script
    assert_anchored(reading)
    assert_found_the_report(reading)
    source = reading.article.source
    assert (source.kind, source.title, source.date, source.author, source.site) == (
        "html",
        HEADLINE,
        "2024-03-11",
        "Petra Lund",
        "Dorvan Evening Star",
    )


def test_an_article_keeps_the_files_hash_and_the_texts(tmp_path: Path):
    path = tmp_path / "tesk.htm"
    path.write_bytes(PAGE.encode("utf-8"))
    article = wb.load(path)
    assert article.file_sha256 == hashlib.sha256(PAGE.encode("utf-8")).hexdigest()
    assert article.sha256 == hashlib.sha256(article.text.encode("utf-8")).hexdigest() != article.file_sha256


def test_a_page_is_read_as_it_was_saved_in_its_own_encoding(tmp_path: Path):
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("Clara Venn", "Cl\xe9a Venn")
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("windows-1252"))
    assert "Cl\xe9a Venn" in wb.load(path).text


def test_a_page_without_an_article_in_it_is_an_error_naming_the_file(tmp_path: Path):
    # Saved before its script fetched the story: a title, and nothing to read.
    path = tmp_path / "early.html"
    path.write_text(
        "<html><head><title>Tesk raid</title></head><body><script>load('/story/1')</script></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(wb.ArticleError, match=r"early\.html: is a web page in which no article text"):
        wb.load(path)


def test_a_txt_holding_a_whole_page_is_read_as_text_with_a_warning_suggesting_html(tmp_path: Path):
    saved_as_text = tmp_path / "tesk.txt"
    saved_as_text.write_text(PAGE, encoding="utf-8")
    with pytest.warns(HtmlPageInText, match=r"tesk\.txt.*save it with a \.html extension"):
        article = wb.load(saved_as_text)
    assert article.text == PAGE  # offsets stay in the file's own text, markup marked
    assert article.in_boilerplate(PAGE.index("<nav"), PAGE.index("<nav") + 4)
    saved_as_page = tmp_path / "tesk.html"
    saved_as_page.write_text(PAGE, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "<" not in wb.load(saved_as_page).text


# -- PDF and Word ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "build"), [("tesk.pdf", report_pdf), ("tesk.docx", report_docx)])
def test_a_pdf_or_a_word_document_is_read_for_its_text_paragraphs_and_pages_apart(
    tmp_path: Path, nlp, name: str, build
):
    path = tmp_path / name
    path.write_bytes(build())
    reading = wb.read(path, nlp=nlp, progress=False)
    # Every paragraph break, and the PDF's page break after the first paragraph, a blank line;
    # Helvetica's apostrophe is a right single quotation mark.
    assert paragraphs(reading.text.replace("\u2019", "'")) == [HEADLINE, *REPORT]
    assert "Page 1" not in reading.text  # the Word document's footer is page furniture
    assert_anchored(reading)
    assert_found_the_report(reading)
    source = reading.article.source
    assert (source.kind, source.title, source.author) == (path.suffix[1:], HEADLINE, "Petra Lund")
    assert source.date == "2024-03-11"
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_pdfs_lines_are_kept_as_printed(tmp_path: Path):
    # The analysis reads a line that wraps a sentence as a space; offsets stay in the text as printed.
    path = tmp_path / "tesk.pdf"
    path.write_bytes(report_pdf())
    second = wb.load(path).text.split("\n\n")[1]
    assert second.splitlines() == _lines(REPORT[0])


def test_a_scanned_pdf_is_an_error_that_says_it_has_no_text_layer(tmp_path: Path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_bytes([[], []]))
    with pytest.raises(
        wb.ArticleError, match=r"scan\.pdf: has no text layer \(a scanned PDF\?\): its 2 page"
    ):
        wb.load(path)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("broken.pdf", b"%PDF-1.4\nnot really", "cannot be read as a PDF"),
        ("broken.docx", b"PK\x03\x04 not really", "cannot be read as a Word document"),
        ("empty.docx", b"", "is empty"),
        ("notes.odt", b"PK\x03\x04 a document", "is a document of a kind the workbench does not read"),
        ("photo.jpg", b"\xff\xd8\xff\xe0 picture", "is an image, not text"),
    ],
)
def test_a_file_that_cannot_be_read_is_an_error_naming_it_and_saying_why(
    tmp_path: Path, name: str, content: bytes, problem: str
):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(wb.ArticleError, match=f"{re.escape(name)}: {problem}"):
        wb.load(path)


# -- folders, the cache, worker processes, the command line ------------------------------------------------


def test_a_folder_reads_every_kind_and_names_every_file_it_skips(inputs: Path, nlp):
    with pytest.warns(SkippedFiles, match=r"scan\.pdf.*notes\.odt"):
        corpus = read_many(inputs, nlp=nlp, progress=False)
    assert corpus.ids == ["tesk_page", "tesk_report", "tesk_statement"]
    for reading in corpus:
        assert_anchored(reading)
        assert_found_the_report(reading)
    names = corpus.errors["path"].map(lambda p: Path(p).name)
    reasons = dict(zip(names, corpus.errors["reason"], strict=True))
    assert set(reasons) == {"scan.pdf", "notes.odt"}  # the hidden file and the README pass unremarked
    assert reasons["scan.pdf"].startswith("has no text layer (a scanned PDF?)")
    assert reasons["notes.odt"].startswith("is a document of a kind the workbench does not read")
    assert [p.relative_to(inputs).as_posix() for p in article_paths(inputs)] == [
        "pages/tesk_page.html",
        "scan.pdf",
        "tesk_report.pdf",
        "tesk_statement.docx",
    ]


def test_worker_processes_read_pages_and_documents_as_one_process_does(inputs: Path, nlp):
    with pytest.warns(SkippedFiles):
        alone = read_many(inputs, nlp=nlp, progress=False)
    with pytest.warns(SkippedFiles):
        shared = read_many(inputs, nlp=nlp, n_process=2, batch_size=1, progress=False)
    for one, other in zip(alone, shared, strict=True):
        assert one.article == other.article  # the text, its source and its boilerplate
        assert one.claim_records == other.claim_records
        assert one.casualty_records == other.casualty_records


class NoSpacy:
    """A pipeline with the real one's name and version that fails if it is ever run."""

    def __init__(self, nlp):
        self.meta = nlp.meta

    def pipe(self, *args, **kwargs):
        raise AssertionError("spaCy was run")


def test_a_cached_page_keeps_the_pages_metadata_and_hashes(tmp_path: Path, nlp):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "tesk.html").write_text(PAGE, encoding="utf-8")
    first = read_many(folder, nlp=nlp, cache=tmp_path / "cache", progress=False)
    # The same story saved again from another site: the same text, so the same cache entry.
    other = PAGE.replace("Dorvan Evening Star", "Coast Courier").replace("Petra Lund", "Ana Rhee")
    (folder / "tesk.html").write_text(other, encoding="utf-8")
    again = read_many(folder, nlp=NoSpacy(nlp), cache=tmp_path / "cache", progress=False)
    before, after = first["tesk"].article, again["tesk"].article
    assert after.text == before.text and after.sha256 == before.sha256
    assert again["tesk"].claim_records == first["tesk"].claim_records
    assert (after.source.site, after.source.author) == ("Coast Courier", "Ana Rhee")
    assert after.file_sha256 == hashlib.sha256(other.encode("utf-8")).hexdigest() != before.file_sha256


def test_corrections_of_a_page_are_kept_beside_it_and_made_again(tmp_path: Path, nlp):
    path = tmp_path / "tesk.html"
    path.write_text(PAGE, encoding="utf-8")
    reading = wb.read(path, nlp=nlp, progress=False)
    denial = next(c for c in reading.claim_records if c.stance == "denies")
    sidecar = reading.correct(denial.id, speaker="Ministry of Defence").save_corrections()
    assert sidecar.name == "tesk.corrections.json"
    again = wb.read(path, nlp=nlp, progress=False)
    assert next(c for c in again.claim_records if c.id == denial.id).speaker == "Ministry of Defence"
    corpus = read_many(tmp_path, nlp=nlp, progress=False)  # the sidecar is no article, and no error
    assert corpus.ids == ["tesk"] and not len(corpus.errors)
    assert next(c for c in corpus["tesk"].claim_records if c.id == denial.id).speaker == "Ministry of Defence"


def test_extract_writes_the_extracted_text_and_names_skipped_files_on_stderr(inputs: Path):
    done = subprocess.run(
        [WORKBENCH, "extract", str(inputs), "--no-progress"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    skipped = [line for line in done.stderr.splitlines() if line.startswith("workbench: skipped ")]
    assert len(skipped) == 2
    assert any("scan.pdf: has no text layer (a scanned PDF?)" in line for line in skipped)
    assert any("notes.odt: is a document of a kind" in line for line in skipped)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["format"] for r in records] == ["html", "pdf", "docx"]
    for record in records:
        text = record["text"]
        assert record["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
        assert record["file_sha256"] == hashlib.sha256(Path(record["path"]).read_bytes()).hexdigest()
        assert record["title"] == HEADLINE and record["author"] == "Petra Lund"
        for layer in ("entities", "claims", "casualties"):
            for item in record[layer]:
                assert text[item["start"] : item["end"]] == item["text"]
        for start, end in record["boilerplate"]:
            assert start < end <= len(text)
    assert records[0]["site"] == "Dorvan Evening Star"


def test_a_text_files_record_is_as_before(tmp_path: Path, nlp):
    path = tmp_path / "tesk.txt"
    path.write_text("\n\n".join([HEADLINE, *REPORT]) + "\n", encoding="utf-8")
    record = to_json(wb.read(path, nlp=nlp, progress=False))
    assert not {"text", "file_sha256", "title"} & set(record)  # its file is its text


def test_a_dask_cluster_reads_pages_and_documents_as_a_local_run_does(inputs: Path, nlp):
    distributed = pytest.importorskip("distributed")
    with pytest.warns(SkippedFiles):
        local = read_many(inputs, nlp=nlp, progress=False)
    options = {"n_workers": 1, "host": "127.0.0.1", "dashboard_address": None, "silence_logs": 40}
    with (
        distributed.LocalCluster(**options) as cluster,
        distributed.Client(cluster) as client,
        pytest.warns(SkippedFiles),
    ):
        remote = read_many(inputs, client=client, progress=False)
    assert [r.article for r in remote] == [r.article for r in local]
    assert [r.claim_records for r in remote] == [r.claim_records for r in local]
    assert remote.errors.equals(local.errors)
