"""Long documents: parsed in paragraph-aligned pieces, read as one text with exact offsets.

``CHUNK_CHARS`` is lowered here so that a few paragraphs make a long text; the end-to-end test in
test_cli.py reads a text over spaCy's own ``max_length`` with the real setting.
"""

from __future__ import annotations

import pytest

from workbench import Article, read
from workbench.analysis import pipeline as pipeline_module
from workbench.analysis.pipeline import analysis_text, parse, pieces
from workbench.corpus.corpus import read_many

TOWNS = "Varo Kessa Dunmore Altai Brisk Calder Emmet Fennick Garrow Hollis".split()


def long_text(paragraphs: int, *, figure_every: int = 1) -> str:
    """Invented paragraphs, each different, with people, places and claims, and a casualty figure
    in every ``figure_every``-th."""
    return "".join(
        f"Report {i}. Colonel Amir Haddad, spokesman for the Veloran army, said on Tuesday that "
        + (
            f"{i % 40 + 2} rebels were killed near {TOWNS[i % len(TOWNS)]}."
            if i % figure_every == 0
            else f"the bridge near {TOWNS[i % len(TOWNS)]} was open."
        )
        + f" Residents said the road to {TOWNS[(i + 3) % len(TOWNS)]} was closed.\n\n"
        for i in range(paragraphs)
    )


@pytest.fixture()
def small_pieces(monkeypatch):
    monkeypatch.setattr(pipeline_module, "CHUNK_CHARS", 2_000)
    return 2_000


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("one two.\n\nthree four.\n\nfive", 14, ["one two.\n\n", "three four.\n\n", "five"]),
        ("one two\nthree four\nfive six", 12, ["one two\n", "three four\n", "five six"]),
        ("one two. three four. five", 12, ["one two. ", "three four. ", "five"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),  # no place to cut: mid-word, never refused
        # A blank run is never split: spaCy makes it one token, and must see it as one.
        ("one.\n\n   \n\ntwo three", 10, ["one.\n\n   \n\n", "two three"]),
    ],
)
def test_pieces_are_cut_at_paragraph_line_sentence_or_word_breaks(text, limit, expected):
    assert [text[start:end] for start, end in pieces(text, limit)] == expected


def test_pieces_cover_the_text_exactly():
    text = long_text(50)
    cuts = pieces(text, 1_000)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:], strict=False))
    assert all(end - start <= 2_000 for start, end in cuts)
    # Every cut but the last falls after a paragraph break.
    assert all(text[end - 2 : end] == "\n\n" for _, end in cuts[:-1])


def test_a_long_text_parses_as_one_doc_like_a_short_one(nlp, small_pieces):
    text = long_text(80)
    assert len(text) > 5 * small_pieces
    whole, joined = nlp(text), parse(nlp, text)
    assert joined.text == text
    assert [(t.idx, t.text) for t in joined] == [(t.idx, t.text) for t in whole]
    # Cut after a paragraph break, where a sentence never runs across: the same sentences.
    assert [s.start_char for s in joined.sents] == [s.start_char for s in whole.sents]
    # The model looks a few words to either side of each word: only names right at a cut may differ.
    ents = {(e.start_char, e.end_char, e.label_) for e in joined.ents}
    other = {(e.start_char, e.end_char, e.label_) for e in whole.ents}
    cuts = [end for _, end in pieces(text, small_pieces)[:-1]]
    assert all(any(abs(e[0] - cut) < 60 for cut in cuts) for e in ents ^ other)
    assert len(ents ^ other) <= 2 * len(cuts) and len(ents & other) > 20 * len(cuts)


def test_a_long_article_is_read_with_exact_offsets(nlp, small_pieces, capsys):
    text = long_text(40)
    reading = read(Article.from_text(text), nlp=nlp, progress=True)
    assert "long article" in capsys.readouterr().err  # a progress bar, in characters
    assert reading.claim_records and reading.casualty_records
    for record in (*reading.entity_records, *reading.claim_records, *reading.casualty_records):
        assert text[record.start : record.end] == record.text
    # The figures of the last paragraphs are found as those of the first.
    assert max(c.start for c in reading.casualty_records) > len(text) - 300


def test_a_corpus_reads_a_long_article_as_read_does(tmp_path, nlp, small_pieces):
    text = long_text(30)
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    (tmp_path / "short.txt").write_text(long_text(1), encoding="utf-8")
    corpus = read_many(tmp_path, nlp=nlp, progress=False)
    assert corpus.ids == ["long", "short"]
    alone = read(Article.from_text(text), nlp=nlp, progress=False)
    assert corpus["long"].claim_records == alone.claim_records
    assert corpus["long"].casualty_records == alone.casualty_records
    assert len(analysis_text(corpus["long"].article)) == len(text)
