"""The shared lookups answer exactly what spaCy's own walks over the Doc answer."""

from __future__ import annotations

import pytest

from workbench.analysis import docindex

TEXT = (
    "The Veloran army said on Tuesday that rebels killed twelve soldiers near Kessa. "
    "The army and the rebels said the town of Kessa was quiet, and the army said so too.\n\n"
    "Residents of Kessa told reporters that the army had left."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_noun_chunks_of_a_span_are_spacys(doc):
    spans = [*doc.sents, doc[3:12], doc[0:0], doc[:]]
    for span in spans:
        expected = [(c.start, c.end, c.label_, c.root.i) for c in span.noun_chunks]
        assert [(c.start, c.end, c.label_, c.root.i) for c in docindex.noun_chunks(span)] == expected
    assert any(docindex.noun_chunks(s) for s in doc.sents)


@pytest.mark.parametrize(
    "words", [["the", "army"], ["army"], ["The"], ["Kessa"], ["rebels", "said"], ["absent"]]
)
@pytest.mark.parametrize("lower", [False, True])
def test_occurrences_are_every_place_the_words_stand_in_a_row(doc, words, lower):
    tokens = [t.lower_ if lower else t.text for t in doc]
    expected = [i for i in range(len(tokens)) if tokens[i : i + len(words)] == words]
    assert docindex.occurrences(doc, words, lower=lower) == expected


def test_same_paragraph_is_no_blank_line_between(nlp):
    doc = nlp("One said.\n\nTwo said.\n\n\nThree said.\nFour said.")
    text = doc.text
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert docindex.same_paragraph(doc, a, b) == ("\n\n" not in text[a:b]), (a, b)


@pytest.mark.parametrize("text", [TEXT, "  Leading space,  double  space.\n\n\n  Trailing  \n", "x"])
def test_char_span_is_spacys_expanded_span_for_every_non_empty_range(nlp, text):
    doc = nlp(text)
    n = len(text)
    for start in range(-1, n + 2):
        for end in range(start + 1, min(n + 3, start + 40)):
            expected = doc.char_span(start, end, alignment_mode="expand") if start >= 0 else None
            got = docindex.char_span(doc, start, end)
            assert _bounds(got) == _bounds(expected), (start, end)


def _bounds(span):
    return None if span is None else (span.start, span.end)
