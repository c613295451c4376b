"""Reading files into Articles, with a clear error for every kind of bad input."""

from __future__ import annotations

from pathlib import Path

from .article import Article
from .errors import ArticleError


def load(path: str | Path) -> Article:
    """The article in ``path``: its text exactly as ``read_text(encoding="utf-8")`` gives it.

    Raises ArticleError naming the file for a missing path, a directory, an empty or
    whitespace-only file, a binary file or one that is not UTF-8.
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
    return text
