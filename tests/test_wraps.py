"""Hard line wraps inside sentences are read as spaces; paragraphs and short lines keep their
breaks. Pure text, no model."""

from __future__ import annotations

import pytest

from workbench.analysis.wraps import join_hard_wraps

CASES = [
    # A name broken over two lines is one name again.
    ("Irina\n Sokolova, a spokeswoman for the port, said the crane had fallen.", "Irina  Sokolova"),
    # A line cut by the column width mid-sentence, the next line going on in lower case.
    ("Engineers said on Monday that the pumps had been moved to the\nvalley of the river.", "the valley"),
    (
        "The ferry company said its boats would stop sailing on\nTuesday while the harbour was dredged.",
        "on Tuesday",
    ),
]

KEPT = [
    # Paragraphs stay paragraphs.
    "The army said the road was closed.\n\nResidents said it was open.",
    # A sentence's end keeps its line break.
    "The army said the road was closed.\nResidents said it was open.",
    # A short headline or dateline line before a capital keeps its break.
    "Rebels seize airport\nKINSHASA (Wire) - Rebels seized the airport.",
    # A long list item without a full stop keeps its break before the next item.
    "KEY POINTS\n- Death toll rises to 23, provincial government says\n- Army says no soldiers were killed",
    "• Thousands displaced from the river villages overnight\n• Aid convoy reaches the town",
]


@pytest.mark.parametrize(("text", "joined"), CASES, ids=[c[1] for c in CASES])
def test_wraps_inside_sentences_are_spaces(text, joined):
    read = join_hard_wraps(text)
    assert len(read) == len(text)
    assert joined in read


@pytest.mark.parametrize("text", KEPT, ids=range(len(KEPT)))
def test_breaks_between_sentences_and_paragraphs_are_kept(text):
    assert join_hard_wraps(text) == text
