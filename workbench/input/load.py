"""Reading files into Articles, with a clear error for every kind of bad input.

A text file is read as it is; a saved web page (``.html``, ``.htm``), a PDF and a Word document
(``.docx``) are read for their text (``pages``, ``documents``), and the Article keeps where it
came from (``Source``: the kind, the file's SHA-256, the title, date, author and site it gives).
Only regular files are read (``files.read_regular_file``): a named pipe would block the run
forever and a link to a device (``/dev/zero``) would be read until memory runs out. A file
larger than ``MAX_BYTES`` is refused with its size rather than read.
"""

from __future__ import annotations

import codecs
import hashlib
import warnings
from pathlib import Path

from ..errors import ArticleError, printable
from .article import Article, Source
from .documents import docx_text, pdf_text
from .files import read_regular_file, user_path
from .kinds import DOCX, PAGE, PDF, kind, not_text
from .markup import is_html_page
from .pages import page_text

# Far beyond any report or transcript (a million characters is about 1 MB); a larger file is a
# data dump, a log or a mistake, and would hold spaCy for hours.
MAX_BYTES = 32 * 1024 * 1024

# Byte-order marks, the four-byte ones first: UTF-32-LE's begins with UTF-16-LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_EXTRACTORS = {PAGE: page_text, PDF: pdf_text, DOCX: docx_text}


class HtmlPageInText(UserWarning):
    """A file that is not named .html holds a whole HTML page (doctype, <html> or <head>)."""


def load(path: str | Path) -> Article:
    """The article in ``path``. A text file's text is exactly what ``read_text(encoding="utf-8")``
    gives (``"utf-16"`` for a file that starts with a UTF-16 byte-order mark); a web page's is its
    main text, a PDF's or a Word document's their text (see ``read_source``).

    Raises ArticleError naming the file for a missing path, a directory, anything that is not a
    regular file (a named pipe, a device, a link loop), a file over ``MAX_BYTES``, an empty or
    whitespace-only file, a binary file or one that is not UTF-8, a page without a main text, a
    PDF without a text layer; warns (HtmlPageInText) when a file not named .html holds a whole
    HTML page.
    """
    path = user_path(path)
    text, source = read_source(path)
    return Article.from_text(text, id=path.stem, path=path, source=source)


def load_text(path: str | Path) -> str:
    """The checked text of the article in ``path``, without finding its boilerplate. Raises as
    ``load`` does."""
    return read_source(path)[0]


def read_source(path: str | Path) -> tuple[str, Source]:
    """The text of the article in ``path`` and the Source it was read from, without finding its
    boilerplate (what a cache needs to recognise an article it has read before). A file named
    ``.html``/``.htm``/``.xhtml``, ``.pdf`` or ``.docx`` is read as that kind, any other as text.
    Raises as ``load`` does."""
    path = user_path(path)
    raw = read_regular_file(path, MAX_BYTES)
    how = kind(path)
    if not raw:
        raise ArticleError(path, "is empty")
    if how in _EXTRACTORS:
        text, about = _EXTRACTORS[how](path, raw)
    else:
        text, about = _text(path, raw), {}
    if not text.strip():
        empty = "contains only whitespace" if text else "is empty"
        raise ArticleError(path, "contains no text" if how in _EXTRACTORS else empty)
    return text, Source(how, hashlib.sha256(raw).hexdigest(), **about)


def _text(path: Path, raw: bytes) -> str:
    if reason := not_text(path):
        raise ArticleError(path, reason)
    text = decode(path, raw)
    if is_html_page(text):
        # Still read: offsets point into the file's own text and the markup is marked. A page
        # saved as .html is read for its main text.
        warnings.warn(
            f"{printable(path)} is a whole HTML page saved as {path.suffix or 'a file without extension'}: "
            "it is read as text with its markup marked as boilerplate; save it with a .html extension "
            "to read the page's main text",
            HtmlPageInText,
            stacklevel=4,
        )
    return text


def decode(path: str | Path, raw: bytes) -> str:
    """The text of a file's bytes as ``read_text`` would give it (newlines translated): UTF-8,
    or UTF-16/32 when the file starts with their byte-order mark. ArticleError otherwise, naming
    the encoding when it can tell (UTF-16 without a byte-order mark)."""
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if encoding is None:
        if b"\x00" in raw:
            raise ArticleError(path, _nul_problem(raw))
        encoding = "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        if encoding == "utf-8":
            raise ArticleError(path, f"is not UTF-8 text (byte {error.start}: {error.reason})") from None
        problem = f"starts with a {encoding.upper()} byte-order mark but is not {encoding}"
        raise ArticleError(path, problem) from None
    # What read_text gives: universal newlines, so that offsets index the string users get.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _nul_problem(raw: bytes) -> str:
    """Why a file with NUL bytes is not read: UTF-16 text without a byte-order mark puts a NUL
    beside every ASCII letter, on one side, and decodes to printable text; anything else is
    binary."""
    sample = raw[:4096]
    for order, codec, nuls in (("little", "utf-16-le", sample[1::2]), ("big", "utf-16-be", sample[0::2])):
        if nuls.count(0) <= 0.6 * len(nuls):
            continue
        # A sample cut mid-character may end in one replacement character; real text has no more.
        decoded = sample[: len(sample) - len(sample) % 2].decode(codec, errors="replace")
        if decoded.count("\ufffd") > 1:
            break
        if decoded.strip() and all(c.isprintable() or c in "\n\r\t\ufffd" for c in decoded):
            return (
                f"is UTF-16 ({order}-endian) text without a byte-order mark: save it as UTF-8 "
                "(or as UTF-16 with a byte-order mark) to read it"
            )
    return "looks binary (contains NUL bytes), not a text article"
