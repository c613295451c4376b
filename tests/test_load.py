from __future__ import annotations

from pathlib import Path

import pytest

from workbench import ArticleError, WorkbenchError, load


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
