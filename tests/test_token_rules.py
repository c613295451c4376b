"""The array runners of the model's attribute ruler and lemmatizer give exactly what spaCy's
own components give, token for token, on every text the tests read."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, MORPH, ORTH, POS, TAG

from workbench.analysis.token_rules import (
    ATTRIBUTES,
    LEMMAS,
    ArrayAttributeRuler,
    Unsupported,
    use_array_rules,
)

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev"
COLUMNS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, IS_SPACE]

# Every kind of rule in the small English model's ruler: plain tags, word-and-tag exceptions,
# IN and NOT_IN lists, regexes over the lower-cased word, two-token patterns that set the
# second token, dependency-conditioned rules, whitespace tokens, and the empty text.
SENTENCES = [
    "Officials said that the convoy was hit while it was crossing, though nobody was hurt.",
    "They ain't gonna wait: y'all know we gotta leave, let's go, c'mon now, there's nothin' left.",
    "I told you it was them; they gave it to me and I gave it to you.",
    "Whether or not he did, the militia did not and does not have any fighters there.",
    "There were 12 dead and there are more missing.\n\n\n   \t  Those who fled say that it's over.",
    "He gets what he got. But   the    spacing   stays.",
    "  ",
    "",
    "x",
]


def _texts() -> list[tuple[str, str]]:
    files = [ROOT / "seeds" / "000_425851d80951d886.txt"]
    files += sorted((ROOT / "seeds" / "constructed").glob("*.txt"))
    files += sorted((ROOT / "tests" / "articles").glob("*.txt"))
    return [(f"sentence {i}", text) for i, text in enumerate(SENTENCES)] + [
        (path.name, path.read_text(encoding="utf-8")) for path in files
    ]


def _before_rules(nlp, text: str):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == ATTRIBUTES:
            return doc
        doc = component(doc)
    raise AssertionError("the pipeline has no array attribute ruler")


def _same(nlp, text: str) -> None:
    ours = _before_rules(nlp, text)
    theirs = ours.copy()
    nlp.get_pipe(ATTRIBUTES)(ours)
    nlp.get_pipe(LEMMAS)(ours)
    nlp.get_pipe("attribute_ruler")(theirs)
    nlp.get_pipe("lemmatizer")(theirs)
    got, expected = ours.to_array(COLUMNS), theirs.to_array(COLUMNS)
    for token, row, want in zip(ours, got.tolist(), expected.tolist(), strict=True):
        assert row == want, (token.i, token.text, token.tag_, token.pos_, str(token.morph), token.lemma_)


def test_the_loaded_pipeline_runs_the_array_rules_in_place_of_spacys(nlp):
    names = nlp.pipe_names
    assert ATTRIBUTES in names and LEMMAS in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    assert {"attribute_ruler", "lemmatizer"} <= set(nlp.disabled)
    assert names.index(ATTRIBUTES) < names.index(LEMMAS) < names.index("ner")


@pytest.mark.parametrize("name, text", _texts(), ids=[name for name, _ in _texts()])
def test_token_attributes_equal_spacys_own_components(nlp, name, text):
    _same(nlp, text)


def test_token_attributes_equal_on_the_development_texts(nlp):
    if not DEV.is_dir():
        pytest.skip("../shared/dev is not beside the project")
    texts = sorted(DEV.rglob("*.txt"))
    assert texts
    for path in texts:
        _same(nlp, path.read_text(encoding="utf-8"))


def test_a_rule_the_runner_cannot_reproduce_leaves_spacys_component_in_place():
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "big", "OP": "+"}]], {"TAG": "JJ"})
    with pytest.raises(Unsupported, match="OP"):
        ArrayAttributeRuler.compile(ruler)
    assert use_array_rules(blank) == []
    assert blank.pipe_names == ["attribute_ruler"]
    assert blank("big big dog")[0].tag_ == "JJ"


def test_a_supported_ruler_of_ones_own_is_applied_as_spacy_applies_it():
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["dog", "cat"]}}]], {"TAG": "NN", "POS": "NOUN"})
    ruler.add([[{"LOWER": "the"}, {"LOWER": "cat"}]], {"POS": "PROPN"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^b.g$"}}, {"LOWER": {"NOT_IN": ["cat"]}}]], {"TAG": "JJ"})
    text = "the cat saw a big dog and the big cat"
    theirs = [(t.tag_, t.pos_) for t in blank(text)]
    assert use_array_rules(blank) == ["attribute_ruler"]
    ours = [(t.tag_, t.pos_) for t in blank(text)]
    assert ours == theirs
    # Later rules win: "cat" after "the" is a proper noun, the other one stays a noun.
    assert ours[1] == ("NN", "PROPN") and ours[-1] == ("NN", "NOUN") and ours[4] == ("JJ", "")
