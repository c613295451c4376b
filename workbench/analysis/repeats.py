"""One entry per figure: a headline, standfirst or photo caption that tells a body figure again
yields to it ("Scores killed" over "at least 47 miners died"), and a claimant restating
their own figure is one entry. Another claimant telling the same figure is another entry.
"""

from __future__ import annotations

from ..records import Casualty
from . import lexicon_casualties as lex
from .display import Display


def without_repeats(blocks: Display, figures: list[Casualty]) -> list[Casualty]:
    """One entry per figure: a headline or caption repeating a body figure yields to it, and a
    claimant restating their own figure is one entry (another claimant's restatement stays)."""
    display = [blocks.holds(f.start) for f in figures]
    body = [f for f, shown in zip(figures, display, strict=True) if not shown]
    kept = []
    stated: set[tuple] = set()
    for figure, shown in zip(figures, display, strict=True):
        if shown and any(_same_size(figure, other) for other in body):
            continue
        key = _restatement_key(figure)
        if key is not None and key in stated:
            continue
        if key is not None:
            stated.add(key)
        kept.append(figure)
    return kept


def _same_size(a: Casualty, b: Casualty) -> bool:
    """Whether a headline's figure ``a`` is the body's figure ``b`` told again: the same number,
    or a size word the number fits ("Scores killed" over "at least 47 miners died")."""
    if a.category != b.category and "losses" not in {a.category, b.category}:
        return False
    sizes_b = {b.count, b.count_low, b.count_high} - {None}
    if a.count is None and a.count_low is None:
        least = _vague_minimum(a.text)
        return least is not None and any(size >= least for size in sizes_b)
    if a.count == 0:
        return b.count == 0  # "no soldiers killed" over "No soldiers were killed"
    if (a.count is None or a.count < 2) and a.count_low is None:
        return False  # one victim in a caption and one in the text are not the same person
    sizes_a = {a.count, a.count_low, a.count_high} - {None}
    return bool(sizes_a & sizes_b)


def _vague_minimum(text: str) -> int | None:
    """The least number a size word allows: "dozens" 24, "hundreds" 200, "many" 2."""
    words = [w.strip(".,;:!?\"'“”‘’").lower() for w in text.split()]
    found = [lex.VAGUE_MINIMUM[w] for w in words if w in lex.VAGUE_MINIMUM]
    return max(found) if found else None


def _restatement_key(figure: Casualty) -> tuple | None:
    if figure.count is None and figure.count_low is None:
        # A vague figure is restated in the same words: "scores of corpses" in text and caption.
        words = " ".join(figure.text.lower().split())
        return ("vague", words, figure.category, figure.claimed_by or figure.claimed_by_text)
    # One victim is one person: "a porter" and "a child" restated by one voice are two entries.
    who = (figure.party_text or "").lower() if figure.count == 1 else None
    return (
        figure.count,
        figure.count_low,
        figure.count_high,
        figure.approx,
        figure.category,
        figure.party,
        figure.claimed_by or figure.claimed_by_text,
        who,
    )
