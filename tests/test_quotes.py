"""Pairing quotation marks in real copy: curly and straight, double and single marks, quotes
running over paragraphs, apostrophes that look like closing marks. Pure text, no model."""

from __future__ import annotations

import pytest

from workbench.analysis.quotes import find_quotes

CASES = [
    # (text, the quoted words expected, in order)
    ("“We will hold the bridge,” said the colonel.", ["We will hold the bridge,"]),
    ('He said "the roads are closed" and left.', ["the roads are closed"]),
    ('"It is over," he said, "and we are going home."', ["It is over,", "and we are going home."]),
    # Single marks, as tabloids and some wires quote; apostrophes are not marks.
    ("'We will not leave,' the mayor said.", ["We will not leave,"]),
    (
        "'The rebels' advance has stopped and we won't retreat,' he said.",
        ["The rebels' advance has stopped and we won't retreat,"],
    ),
    ("‘Russia’s army is exhausted,’ the analyst said.", ["Russia’s army is exhausted,"]),
    ("The rebels' positions were shelled and the army's tanks moved in.", []),
    # A quote over two paragraphs: re-opened on the second, closed there.
    (
        "“We lost contact at noon.\n\n“By evening the drivers were gone,” he said.",
        ["We lost contact at noon.\n\n“By evening the drivers were gone,"],
    ),
    # ... or with no mark where the paragraph breaks.
    (
        '"I never spoke to the press.\n\nI reject what was said," the officer said.',
        ["I never spoke to the press.\n\nI reject what was said,"],
    ),
    # An unclosed quote ends with its paragraph when the next one does not go on with it.
    (
        "“The city is surrounded, said the councillor.\n\nAid has not arrived.",
        ["The city is surrounded, said the councillor."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_quotes(text, expected):
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


def test_marks_are_recorded_and_offsets_exact():
    text = "Intro.\n\n'Help is coming,' she said.\n\n“Stay inside.”"
    quotes = find_quotes(text)
    assert [(text[q.open_mark], text[q.close_mark]) for q in quotes] == [("'", "'"), ("“", "”")]
    assert all(q.closed for q in quotes)


def test_never_raises_on_stray_marks():
    for text in ['"', "'", "”", "“", "'' ''", '"a" "', "it's 'x", "\n\n“\n\n”"]:
        find_quotes(text)
