from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from workbench import ArticleError, WorkbenchError, load
from workbench.input.load import MAX_BYTES


def test_text_is_exactly_what_read_text_gives(tmp_path: Path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Share this\r\n\r\nKYIV — “Quoted,” she said. café 🙂\r\n".encode())
    article = load(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.id == "crlf"
    assert article.path == str(path)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d, "empty.txt", b""), "is empty"),
        (lambda d: _write(d, "blank.txt", b" \n\t\r\n"), "only whitespace"),
        (lambda d: _write(d, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary"),
        (lambda d: _write(d, "latin1.txt", "Kabul, août 2021".encode("latin-1")), "not UTF-8"),
    ],
)
def test_bad_input_names_the_file_and_the_problem(tmp_path: Path, make, problem):
    path = make(tmp_path)
    with pytest.raises(ArticleError) as caught:
        load(path)
    assert isinstance(caught.value, WorkbenchError)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)


def test_boilerplate_is_marked_not_removed(tmp_path: Path):
    text = "Spread the love\n\nThe army said on Monday that the bridge was open.\n\nLeave A Reply\n"
    article = load(_write(tmp_path, "a.txt", text.encode()))
    assert article.text == text
    assert [article.text[b.start : b.end] for b in article.boilerplate] == [
        "Spread the love",
        "Leave A Reply",
    ]


# --- what is not a regular file, or is too large, is named and never read ---


def _loop(d: Path) -> Path:
    (d / "loop.txt").symlink_to(d / "loop.txt")
    return d / "loop.txt"


def _fifo(d: Path) -> Path:
    os.mkfifo(d / "pipe.txt")
    return d / "pipe.txt"


def _zero(d: Path) -> Path:
    (d / "zero.txt").symlink_to("/dev/zero")
    return d / "zero.txt"


def _broken(d: Path) -> Path:
    (d / "broken.txt").symlink_to(d / "gone.txt")
    return d / "broken.txt"


def _huge(d: Path) -> Path:
    path = d / "huge.txt"
    with path.open("wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse: nothing is written
    return path


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (_loop, "symbolic link loop"),
        (_fifo, "named pipe (FIFO)"),
        (_zero, "character device"),
        (_broken, "broken symbolic link"),
        (_huge, "more than the 32 MiB an article may have"),
    ],
)
def test_special_files_are_named_not_read(tmp_path: Path, make, problem):
    path = make(tmp_path)
    started = time.monotonic()
    with pytest.raises(ArticleError, match=re.escape(problem)) as caught:
        load(path)
    assert str(path) in str(caught.value)
    assert time.monotonic() - started < 5  # a pipe without a writer does not block


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path):
    path = _write(
        tmp_path, "wide.txt", "Share this\r\n\r\nKYIV — the army said on Monday.\r\n".encode("utf-16")
    )
    article = load(path)
    assert (
        article.text == path.read_text(encoding="utf-16") == "Share this\n\nKYIV — the army said on Monday.\n"
    )


@pytest.mark.parametrize(("codec", "order"), [("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")])
def test_utf16_without_a_byte_order_mark_is_named_not_called_binary(tmp_path: Path, codec, order):
    path = _write(tmp_path, "wide.txt", "KYIV — the army said on Monday.\n".encode(codec))
    with pytest.raises(ArticleError, match=f"is UTF-16 \\({order}\\) text without a byte-order mark"):
        load(path)


def test_a_file_name_cannot_forge_a_line_of_a_message(tmp_path: Path):
    path = _write(tmp_path, "a\nworkbench: all files read\x1b[2K.txt", b"")
    with pytest.raises(ArticleError) as caught:
        load(path)
    message = str(caught.value)
    assert "\n" not in message and "\x1b" not in message
    assert "a\\nworkbench: all files read\\x1b[2K.txt: is empty" in message
