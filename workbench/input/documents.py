"""PDFs and Word documents become articles: their text through pdfminer.six (its layout analysis
groups a page's lines into paragraphs) and python-docx, a blank line between paragraphs and
between pages, and the title, date and author the file records about itself.

A PDF without a text layer (a scan: pictures of pages) has nothing to read: that is an error
saying so, never an empty article."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ArticleError

# pdfminer logs what it works around in odd files; the workbench says what matters itself.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

Metadata = dict[str, str | None]
_CID = re.compile(r"\(cid:\d+\)")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def pdf_text(path: str | Path, raw: bytes) -> tuple[str, Metadata]:
    """The text of the PDF in ``raw`` (the bytes of ``path``): each text block pdfminer finds a
    paragraph, its lines as they are printed, blocks and pages separated by a blank line; and
    the ``title``, ``date`` (``YYYY-MM-DD``) and ``author`` of its document information.
    ArticleError when it is not a PDF that can be read, or has no text layer."""
    from pdfminer.high_level import extract_pages

    try:
        pages = [list(_blocks(page)) for page in extract_pages(io.BytesIO(raw))]
    except Exception as error:  # a damaged or encrypted file: this file only
        raise ArticleError(path, f"cannot be read as a PDF ({_problem(error)})") from None
    if not pages:
        raise ArticleError(path, "is a PDF without pages")
    text = "\n\n".join(block for page in pages for block in page)
    if not text:
        raise ArticleError(
            path,
            f"has no text layer (a scanned PDF?): its {len(pages)} page(s) hold no text to read; "
            "run OCR on it (ocrmypdf, for one) and read the result",
        )
    if not re.search(r"\w", _CID.sub("", text)):
        problem = "is a PDF whose fonts do not say which characters they draw: its text cannot be read"
        raise ArticleError(path, problem)
    return text, _pdf_metadata(raw)


def _blocks(page) -> Iterator[str]:
    from pdfminer.layout import LTTextContainer

    for element in page:
        if isinstance(element, LTTextContainer):
            lines = (" ".join(line.split()) for line in element.get_text().splitlines())
            block = "\n".join(line for line in lines if line)
            if block:
                yield block


def _pdf_metadata(raw: bytes) -> Metadata:
    """Title, date and author from the PDF's document information, where it has them."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    try:
        info = PDFDocument(PDFParser(io.BytesIO(raw))).info
        fields = {key: resolve1(value) for entry in info for key, value in entry.items()}
    except Exception:  # the text was read; what the file says of itself is a bonus
        return {"title": None, "date": None, "author": None, "site": None}

    def field(key: str) -> str | None:
        value = fields.get(key)
        text = decode_text(value) if isinstance(value, bytes) else value if isinstance(value, str) else ""
        return " ".join(text.split()) or None

    date = _iso_date(field("CreationDate"))
    return {"title": field("Title"), "date": date, "author": field("Author"), "site": None}


def _iso_date(value: str | None) -> str | None:
    """``D:20240418093000Z`` as ``2024-04-18`` (as much of it as is given)."""
    match = _PDF_DATE.match(value or "")
    return "-".join(part for part in match.groups() if part) if match else None


def docx_text(path: str | Path, raw: bytes) -> tuple[str, Metadata]:
    """The text of the Word document in ``raw`` (the bytes of ``path``): its body's paragraphs
    and tables in order, a blank line between paragraphs, a table row a line with its cells
    separated by tabs (headers and footers are page furniture, left out); and the ``title``,
    ``date`` (created, ``YYYY-MM-DD``) and ``author`` of its properties."""
    import docx

    try:
        document = docx.Document(io.BytesIO(raw))
        blocks = list(_docx_blocks(document.iter_inner_content()))
        properties = document.core_properties
    except Exception as error:  # not a .docx, or a damaged one: this file only
        raise ArticleError(path, f"cannot be read as a Word document ({_problem(error)})") from None
    created = properties.created
    about = {
        "title": " ".join((properties.title or "").split()) or None,
        "date": created.date().isoformat() if created is not None else None,
        "author": " ".join((properties.author or "").split()) or None,
        "site": None,
    }
    return "\n\n".join(blocks), about


def _docx_blocks(items: Iterable) -> Iterator[str]:
    for item in items:
        if hasattr(item, "rows"):  # a table
            for row in item.rows:
                cells = [" ".join(cell.text.split()) for cell in row.cells]
                # A merged cell is listed once per grid column it spans.
                cells = [c for i, c in enumerate(cells) if c and (i == 0 or c != cells[i - 1])]
                if cells:
                    yield "\t".join(cells)
            continue
        lines = (" ".join(line.split()) for line in item.text.splitlines())
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            yield paragraph


def _problem(error: Exception) -> str:
    message = str(error).strip().splitlines()
    return f"{type(error).__name__}: {message[0]}" if message else type(error).__name__
