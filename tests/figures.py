"""Test helper shared by the casualty tests: check a reading's figures against expected ones.

Imported by the test files as ``from figures import F, check_figures``: pytest's default
("prepend") import mode puts this folder on ``sys.path``. Not a test module itself (its name does
not start with ``test_``), so its asserts are plain ones: each carries its own message.
"""

from __future__ import annotations

__all__ = ["F", "check_figures"]

F = dict  # an expected figure: a snippet of its phrase plus the attributes to check


def check_figures(text: str, figures, expected: list[dict]) -> None:
    """Exactly the expected figures: each found by a snippet of its phrase (the shortest phrase
    holding it), with the attributes given, and its offsets true to the text."""
    assert len(figures) == len(expected), [(f.text, f.count, f.category) for f in figures]
    for want in expected:
        found = sorted((f for f in figures if want["snip"] in f.text), key=lambda f: len(f.text))
        assert found, f"no figure containing {want['snip']!r} in {[f.text for f in figures]}"
        figure = found[0]
        for key, value in want.items():
            if key != "snip":
                assert getattr(figure, key) == value, (key, figure)
        assert text[figure.start : figure.end] == figure.text, figure
