"""Where a Doc names an actor from the reference lists in ``known_actors``.

The small model labels "Islamic State" a place, "al-Shabaab" a person and misses "Rudaw"
or "Bernama"; a name the lists know is taken with its canonical name and kind instead, so
that "ISIS", "ISIL" and "Islamic State" are one armed group wherever they appear.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, filter_spans
from spacy.vocab import Vocab

from .known_actors import ARMED_GROUPS, NEWS_OUTLETS, ORGANIZATIONS, PLATFORMS, STATE_FORCES

# Aliases shorter than this are matched as written ("LeT" is not "let", "Fano" not "fano").
CASELESS_FROM = 5


@dataclass(frozen=True)
class Known:
    """A reference-list name in a Doc: tokens ``start``..``end``, its canonical name and kind."""

    start: int
    end: int
    name: str
    kind: str


@dataclass(frozen=True)
class _Alias:
    name: str
    kind: str
    words: tuple[str, ...]  # the variant's tokens as written in the list


def find_known(doc: Doc) -> list[Known]:
    """Every reference-list name in ``doc``, longest first where they overlap."""
    matcher, aliases = _matcher(doc.vocab)
    found = []
    for key, start, end in matcher(doc):
        alias = aliases[key]
        if _fits(doc, start, end, alias):
            found.append(doc[start:end])
            found[-1].label_ = doc.vocab.strings[key]
    keep = filter_spans(found)
    return [Known(s.start, s.end, aliases[s.label].name, aliases[s.label].kind) for s in keep]


def _fits(doc: Doc, start: int, end: int, alias: _Alias) -> bool:
    words = [t.text for t in doc[start:end]]
    if len("".join(alias.words)) < CASELESS_FROM:
        if words != list(alias.words):
            return False
    else:
        # Case-insensitive, but a capitalised word of the name is capitalised in the text:
        # "the guardian of the shrine" is not The Guardian.
        for written, listed in zip(words, alias.words, strict=True):
            if listed[:1].isupper() and not written[:1].isupper():
                return False
    if all(w.isupper() for w in alias.words if w.isalpha()) and len("".join(alias.words)) <= 4:
        # A short acronym inside a line of capitals is a shouted word ("WHAT IS LEFT").
        neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
        if any(t.is_alpha and t.is_upper and len(t) > 1 for t in neighbours):
            return False
    return True


_MATCHERS: dict[int, tuple[object, PhraseMatcher, dict[int, _Alias]]] = {}


def _matcher(vocab) -> tuple[PhraseMatcher, dict[int, _Alias]]:
    """One PhraseMatcher per vocabulary (in practice one per process)."""
    held = _MATCHERS.get(id(vocab))
    if held is None or held[0] is not vocab:
        matcher = PhraseMatcher(vocab, attr="LOWER")
        aliases: dict[int, _Alias] = {}
        for n, alias in enumerate(_aliases()):
            key = vocab.strings.add(f"workbench_known_{n}")
            aliases[key] = alias
            matcher.add(f"workbench_known_{n}", [Doc(vocab, words=list(alias.words))])
        held = _MATCHERS[id(vocab)] = (vocab, matcher, aliases)
    return held[1], held[2]


@lru_cache(maxsize=1)
def _aliases() -> tuple[_Alias, ...]:
    """Every written variant of every listed name, tokenised as spaCy's English tokenizer does."""
    tokenizer = _punctuation_tokenizer()
    found: dict[tuple[str, ...], _Alias] = {}
    for kind, entries in (
        ("armed_group", ARMED_GROUPS),
        ("state_force", STATE_FORCES),
        ("media", NEWS_OUTLETS),
        ("organization", ORGANIZATIONS),
        ("other", PLATFORMS),
    ):
        for name, *others in entries:
            for alias in (name, *others):
                for variant in _variants(alias):
                    words = tuple(t.text for t in tokenizer(variant))
                    found.setdefault(words, _Alias(name, kind, words))
    return tuple(found.values())


def _punctuation_tokenizer() -> Tokenizer:
    """English's prefix, suffix and infix rules without its ~1,300 special cases, which are
    slow to load and concern no listed name but abbreviations, kept whole here ("U.S.")."""
    defaults = English.Defaults
    tokenizer = Tokenizer(
        Vocab(),
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
    )
    for entries in (ARMED_GROUPS, STATE_FORCES, NEWS_OUTLETS, ORGANIZATIONS, PLATFORMS):
        for word in {w for entry in entries for alias in entry for w in alias.split() if "." in w[:-1]}:
            tokenizer.add_special_case(word, [{ORTH: word}])
    return tokenizer


def _variants(alias: str) -> set[str]:
    """'al-Qaeda' is also written 'al Qaeda'; a typographic apostrophe is also a straight one."""
    forms = {alias, alias.replace("’", "'"), alias.replace("'", "’")}
    forms |= {f.replace("-", " ") for f in forms if "-" in f and not f.replace("-", "").isupper()}
    return forms
