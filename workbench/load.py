"""Reading files into Articles, with a clear error for every kind of bad input."""

from __future__ import annotations

import warnings
from pathlib import Path

from .article import Article
from .errors import ArticleError
from .markup import is_html_page

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class HtmlPageInText(UserWarning):
    """A file that is not named .html holds a whole HTML page (doctype, <html> or <head>)."""


def load(path: str | Path) -> Article:
    """The article in ``path``: its text exactly as ``read_text(encoding="utf-8")`` gives it.

    Raises ArticleError naming the file for a missing path, a directory, an empty or
    whitespace-only file, a binary file or one that is not UTF-8; warns (HtmlPageInText)
    when a file not named .html holds a whole HTML page.
    """
    path = Path(path)
    return Article.from_text(load_text(path), id=path.stem, path=path)


def load_text(path: str | Path) -> str:
    """The checked text of the article in ``path``, without finding its boilerplate (what
    a cache needs to recognise an article it has read before). Raises as ``load`` does."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(path, "no such file")
    if path.is_dir():
        raise ArticleError(
            path, "is a directory, not a text file (read_many or `workbench extract` read folders)"
        )
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleError(path, f"cannot be read ({error.strerror or error})") from None
    if b"\x00" in raw:
        raise ArticleError(path, "looks binary (contains NUL bytes), not a text article")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(path, f"is not UTF-8 text (byte {error.start}: {error.reason})") from None
    # Decode through read_text so offsets index exactly the string users get themselves
    # (read_text translates newlines; bytes.decode would not).
    text = path.read_text(encoding="utf-8")
    if not text.strip():
        raise ArticleError(path, "is empty" if not text else "contains only whitespace")
    if path.suffix.lower() not in HTML_SUFFIXES and is_html_page(text):
        # Still read: offsets point into the file's own text and the markup is marked. A page
        # saved as .html says what it is.
        warnings.warn(
            f"{path} is a whole HTML page saved as {path.suffix or 'a file without extension'}: "
            "it is read as text with its markup marked as boilerplate; save it with a .html extension",
            HtmlPageInText,
            stacklevel=2,
        )
    return text
