"""A saved web page becomes an article: its main text, found by trafilatura (navigation, share
buttons, related links, scripts and comments left out), one paragraph a block, and what the page
says of itself (title, date, author, site). Nothing is downloaded: the page is read as saved."""

from __future__ import annotations

import logging
from pathlib import Path

from ..errors import ArticleError

# trafilatura logs what it could not parse; the workbench says it once, as an ArticleError. A
# handler of its own keeps Python's last-resort handler from printing those lines on stderr (a
# program that configures logging still gets them).
logging.getLogger("trafilatura").addHandler(logging.NullHandler())
logging.getLogger("htmldate").addHandler(logging.NullHandler())

METADATA = ("title", "date", "author", "site")


def page_text(path: str | Path, raw: bytes) -> tuple[str, dict[str, str | None]]:
    """The main text of the page in ``raw`` (the bytes of ``path``; trafilatura finds their
    encoding), its paragraphs, headings and list items separated by blank lines, and the page's
    ``title``, ``date`` (``YYYY-MM-DD``), ``author`` and ``site`` (None where the page has none).
    ArticleError when no main text is found."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    except Exception as error:  # a page lxml cannot parse: this file only
        raise ArticleError(path, f"cannot be read as a web page ({type(error).__name__}: {error})") from None
    text = "" if found is None else paragraphs(found.text or "")
    if not text:
        raise ArticleError(
            path,
            "is a web page in which no article text was found (a page that loads its text with a "
            "script is saved without it): save the article's text as .txt to read it",
        )
    about = {"title": found.title, "date": found.date, "author": found.author, "site": found.sitename}
    return text, {key: _field(value) for key, value in about.items()}


def paragraphs(text: str) -> str:
    """Text with one block a line (trafilatura's plain text) as blocks separated by a blank line:
    the workbench reads a blank line as the end of a paragraph, so a headline stays apart from the
    paragraph below it."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _field(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None
