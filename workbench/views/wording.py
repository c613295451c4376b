"""The words the views share: how a figure is said ("≥12 killed", "at least 12"), how a source
is named, and the reporter's own voice. Plain functions of plain values, so that the highlighter,
the charts, the explorer and the ledger say the same thing from a record or a table row alike.
Nothing here reads text: the analysis records each fact (a figure's size word included) once."""

from __future__ import annotations

REPORTER = "(reporter)"
UNATTRIBUTED = "(unattributed)"

_APPROX_SIGNS = {"at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤", "vague": "~"}
_APPROX_WORDS = {"at_least": "at least", "more_than": "more than", "about": "about", "up_to": "up to"}


def source_name(name: str | None, words: str | None, nobody: str = UNATTRIBUTED) -> str:
    """A source as figures and filters name it: the actor, else its words as written, else
    ``nobody`` ("(unattributed)" for a claim, "(reporter)" for a figure in the reporter's voice)."""
    return name or words or nobody


def _number(count: int | None, low: int | None, high: int | None) -> str | None:
    """Digits with thousands separators: "2,000", "10–15" for a range; None without a number."""
    if low is not None and high is not None:
        return f"{low:,}–{high:,}"
    return None if count is None else f"{count:,}"


def figure_chip(
    count: int | None, low: int | None, high: int | None, approx: str, category: str, size_word: str | None
) -> str:
    """The figure as a researcher would say it: "40 killed", ">100 killed", "~2,000 displaced",
    "10–15 killed"; with no number, the size word or the approximation: "dozens · wounded"."""
    number = _number(count, low, high)
    if number is None:
        word = (size_word if approx == "vague" else None) or approx
        return f"{word} · {category}"
    return f"{_APPROX_SIGNS.get(approx, '')}{number} {category}"


def figure_amount(
    count: int | None, low: int | None, high: int | None, approx: str, size_word: str | None
) -> str:
    """The figure in words: "40 (exact)", "at least 12", "10–15 (range)", "dozens (vague, no number)"."""
    number = _number(count, low, high)
    if number is None:
        if approx == "vague":
            return f"{size_word} (vague, no number)" if size_word else "vague, no number"
        if approx == "unquantified":
            return "unquantified, no number"
        return f"{approx}, no number"
    ranged = low is not None and high is not None
    if approx in _APPROX_WORDS:
        return f"{_APPROX_WORDS[approx]} {number}" + (" (range)" if ranged else "")
    if approx == "vague":
        return f"about {number} (vague)"
    return f"{number} ({'range' if ranged else approx})"
