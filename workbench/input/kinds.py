"""Which files are articles, and of which kind: a plain text, a saved web page, a PDF or a Word
document (by the file's extension), and which files a folder holds beside its articles that are
passed over without a word (the workbench's own files, hidden files, a folder's README)."""

from __future__ import annotations

from pathlib import Path

TEXT, PAGE, PDF, DOCX = "text", "html", "pdf", "docx"
# The extensions a folder is read for, and how each is read. A file given by name with another
# extension (or none) is read as text.
KINDS = {".txt": TEXT, ".html": PAGE, ".htm": PAGE, ".xhtml": PAGE, ".pdf": PDF, ".docx": DOCX}
# What the workbench writes beside articles: corrections sidecars and cache entries.
OWN_FILES = (".corrections.json", ".reading.json", ".reading.pickle")
# A folder's notes about itself, by name whatever the extension (README.md, LICENSE.txt).
FOLDER_NOTES = frozenset({"readme", "license", "licence", "copying", "changelog"})
# Files that are never text, given by name or met in a folder: said plainly, never called binary.
_NOT_READ = {
    (".doc", ".odt", ".rtf", ".pages", ".wpd", ".epub", ".mobi", ".xps"): (
        "a document of a kind the workbench does not read: save it as .docx, .pdf or .txt to read it"
    ),
    (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".webp", ".bmp", ".heic"): (
        "an image, not text: run OCR on it (or save its page as .pdf with a text layer) to read it"
    ),
    (".mht", ".mhtml", ".webarchive", ".maff"): "a web archive: save the page as .html to read it",
}
# Text under another name: read when given by name, not looked for in folders.
_OTHER_TEXT = (".md", ".markdown", ".text", ".rst")


def kind(path: str | Path) -> str:
    """How the file at ``path`` is read: ``"html"``, ``"pdf"``, ``"docx"`` or ``"text"``."""
    return KINDS.get(Path(path).suffix.lower(), TEXT)


def is_article(path: str | Path) -> bool:
    """Whether a folder is read for this file (its extension is one of ``KINDS``), the
    workbench's own files and a folder's notes aside."""
    return Path(path).suffix.lower() in KINDS and not passed_over(path)


def passed_over(path: str | Path) -> bool:
    """Files a folder holds that are not articles and need no word: hidden files (``.name``),
    editors' lock and backup files (``~$name.docx``, ``name.txt~``), the workbench's own
    sidecars and cache entries, and a folder's README or LICENSE."""
    name = Path(path).name
    lower = name.lower()
    return (
        name.startswith((".", "~$"))
        or name.endswith("~")
        or lower.endswith(OWN_FILES)
        or lower.split(".")[0] in FOLDER_NOTES
    )


def not_read(path: str | Path) -> str | None:
    """Why a file a folder holds is not read, or None when it is an article (or passed over)."""
    if is_article(path) or passed_over(path):
        return None
    suffix = Path(path).suffix.lower()
    if suffix in _OTHER_TEXT:
        return f"is not read in a folder ({suffix}): name it .txt, or give it by name, to read it"
    return not_text(path) or (
        f"is not a kind of file the workbench reads ({suffix or 'no extension'}); it reads {', '.join(KINDS)}"
    )


def not_text(path: str | Path) -> str | None:
    """The reason a file of a known kind that is not text cannot be read (an ``.odt``, an
    image, a web archive), or None."""
    suffix = Path(path).suffix.lower()
    return next((f"is {reason}" for suffixes, reason in _NOT_READ.items() if suffix in suffixes), None)
