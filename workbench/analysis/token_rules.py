"""The model's two rule components, run over token arrays instead of token by token.

The small English pipeline ends its tagging with an attribute ruler (179 token patterns
that map fine tags to parts of speech and morphology, with word exceptions) and a rule
lemmatizer. spaCy runs the first through its Matcher, which tries every pattern at every
token and calls back into Python for each ``IN``, ``NOT_IN`` and ``REGEX`` test, and the
second token by token: together about a sixth of the whole pipeline's time, more than the
workbench's own analysis. Here the very same patterns and lemma tables are applied to the
Doc's columns at once: each pattern becomes a vector test over the tag, word and
dependency columns, later patterns win as in spaCy, and each distinct (word, part of
speech, morphology) is lemmatized once by the model's own lemmatizer.

Nothing here decides anything: the patterns, their order and the lemma rules are the
model's. ``tests/test_token_rules.py`` holds both components to token-for-token equality
with spaCy's own on every text the tests read. A pipeline whose rules use anything these
runners do not know is left as spaCy built it (``ArrayAttributeRuler.compile`` says why).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

ATTRIBUTES = "workbench_attribute_ruler"
LEMMAS = "workbench_lemmatizer"


class Unsupported(ValueError):
    """A rule these runners cannot apply exactly as spaCy would."""


# One token test: a column name and a function from that column (a uint64 array) to a mask.
Test = tuple[int, Callable[[numpy.ndarray], numpy.ndarray]]


class ArrayAttributeRuler:
    """spaCy's ``AttributeRuler`` semantics (every pattern matched on the Doc as the parser
    left it; matches applied in the order the rules were added, so a later rule overrides
    an earlier one's attribute), computed over columns."""

    def __init__(self, rules: list[tuple[list[list[Test]], dict[int, int], int]], columns: list[int]):
        self.rules = rules
        self.columns = columns
        self.targets = sorted({attr for _, attrs, _ in rules for attr in attrs})

    @classmethod
    def compile(cls, ruler: AttributeRuler) -> ArrayAttributeRuler:
        """The runner for a loaded ruler's rules; ``Unsupported`` when one of them uses a
        pattern feature that is not a plain value, ``IN``, ``NOT_IN`` or ``REGEX`` test on
        a token attribute, or sets an extension attribute."""
        strings = ruler.vocab.strings
        columns: list[int] = []
        rules = []
        for entry in ruler.patterns:
            attrs = entry["attrs"]
            if "_" in attrs:
                raise Unsupported("a rule sets an extension attribute")
            values = {}
            for name, value in attrs.items():
                attr = IDS.get(name.upper())
                if attr is None or not isinstance(value, str):
                    raise Unsupported(f"a rule sets {name}={value!r}")
                values[attr] = strings.add(value)
            patterns = []
            for pattern in entry["patterns"]:
                tokens = []
                for spec in pattern:
                    tests = []
                    for name, condition in spec.items():
                        attr = IDS.get(name.upper())
                        if attr is None or name.upper() in ("OP", "_"):
                            raise Unsupported(f"a pattern tests {name}")
                        if attr not in columns:
                            columns.append(attr)
                        tests.append((attr, _test(condition, strings)))
                    tokens.append(tests)
                patterns.append(tokens)
            rules.append((patterns, values, entry["index"]))
        return cls(rules, columns)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n or not self.rules:
            return doc
        table = doc.to_array(self.columns)
        if table.ndim == 1:
            table = table.reshape((n, 1))
        column = {attr: table[:, i] for i, attr in enumerate(self.columns)}
        out = doc.to_array(self.targets)
        if out.ndim == 1:
            out = out.reshape((n, 1))
        where = {attr: i for i, attr in enumerate(self.targets)}
        for patterns, values, index in self.rules:
            hits = _positions(patterns, index, column, n)
            if hits.size:
                for attr, value in values.items():
                    out[hits, where[attr]] = value
        doc.from_array(self.targets, out)
        return doc


def _test(condition, strings) -> Callable[[numpy.ndarray], numpy.ndarray]:
    """A vector test for one attribute condition of a Matcher token pattern."""
    if isinstance(condition, bool):
        return lambda col, value=int(condition): col == value
    if isinstance(condition, str):
        return lambda col, value=strings[condition]: col == value
    if isinstance(condition, dict) and len(condition) == 1:
        ((op, argument),) = condition.items()
        if (
            op in ("IN", "NOT_IN")
            and isinstance(argument, list)
            and all(isinstance(v, str) for v in argument)
        ):
            hashes = numpy.array([strings[v] for v in argument], dtype=numpy.uint64)
            if op == "IN":
                return lambda col: numpy.isin(col, hashes)
            return lambda col: ~numpy.isin(col, hashes)
        if op == "REGEX" and isinstance(argument, str):
            return _regex_test(re.compile(argument), strings)
    raise Unsupported(f"a pattern condition {condition!r}")


def _regex_test(pattern: re.Pattern, strings) -> Callable[[numpy.ndarray], numpy.ndarray]:
    # As spaCy's REGEX predicate: re.search on the attribute's string; each distinct string once.
    known: dict[int, bool] = {}

    def test(col: numpy.ndarray) -> numpy.ndarray:
        distinct = numpy.unique(col)
        for key in distinct.tolist():
            if key not in known:
                known[key] = bool(pattern.search(strings[key])) if key in strings else False
        matching = numpy.array([key for key in distinct.tolist() if known[key]], dtype=numpy.uint64)
        return numpy.isin(col, matching)

    return test


def _positions(patterns, index: int, column, n: int) -> numpy.ndarray:
    """Positions of the tokens a rule sets: every match of any of its patterns, shifted by
    the rule's index into the match (negative from the match's end, as in spaCy)."""
    found = []
    for tokens in patterns:
        length = len(tokens)
        if length > n:
            continue
        span = n - length + 1
        mask = numpy.ones(span, dtype=bool)
        for offset, tests in enumerate(tokens):
            for attr, test in tests:
                mask &= test(column[attr][offset : offset + span])
        starts = numpy.flatnonzero(mask)
        if starts.size:
            found.append(starts + (index if index >= 0 else length + index))
    if not found:
        return numpy.empty(0, dtype=numpy.intp)
    return numpy.unique(numpy.concatenate(found)) if len(found) > 1 else found[0]


class CachedLemmatizer:
    """A rule lemmatizer's lemma for every token that has none yet, computed by the model's
    own lemmatizer once per distinct (word, part of speech, morphology), the same key
    spaCy's lemmatizer caches by, and written to the Doc in one array."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = self.lemmatizer.overwrite
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = self.known.get(key)
            if value is None:
                value = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                self.known[key] = value
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory(ATTRIBUTES)
def _attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    return ArrayAttributeRuler.compile(nlp.get_pipe("attribute_ruler"))


@Language.factory(LEMMAS)
def _lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))


def use_array_rules(nlp: Language) -> list[str]:
    """Put the array runners in place of the pipeline's attribute ruler and rule lemmatizer
    (which stay in the pipeline, disabled, as the reference). Returns what was replaced; a
    component these runners cannot reproduce exactly is left as it is."""
    replaced = []
    names = nlp.pipe_names
    if "attribute_ruler" in names and isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler):
        try:
            nlp.add_pipe(ATTRIBUTES, after="attribute_ruler")
        except Unsupported:
            pass
        else:
            nlp.disable_pipe("attribute_ruler")
            replaced.append("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in names else None
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
        nlp.add_pipe(LEMMAS, after="lemmatizer")
        nlp.disable_pipe("lemmatizer")
        replaced.append("lemmatizer")
    return replaced
