"""workbench: who is named, who claims what on whose authority, in news reports.

text -> Article (``input``) -> spaCy Doc -> Reading (``analysis``: plain ``records`` with offsets:
entities, actors, claims, casualty figures) -> tables, the ledger, HTML, figures, widgets
(``views``); many articles -> Corpus (``corpus``: read_many, the cache, the command line).
"""

from __future__ import annotations

import importlib

from .analysis.nlp import load_model
from .analysis.pipeline import read
from .corpus.corpus import Corpus, read_many
from .corpus.evaluate import evaluate
from .errors import ArticleError, ModelError, WorkbenchError
from .input.article import Article
from .input.load import load
from .records import Actor, Boilerplate, Casualty, Claim, Entity, corrections
from .records.reading import Reading
from .views.ledger import ledger
from .views.render import highlight

__all__ = [
    "Actor",
    "Article",
    "ArticleError",
    "Boilerplate",
    "Casualty",
    "Claim",
    "Corpus",
    "Entity",
    "ModelError",
    "Reading",
    "WorkbenchError",
    "corrections",
    "evaluate",
    "explore",
    "for_sharing",
    "highlight",
    "ledger",
    "load",
    "load_model",
    "read",
    "read_many",
]

__version__ = "0.1.0"


# The views most used by name: ``workbench.plots``, ``workbench.tables``, ``workbench.widgets``.
_VIEWS = ("plots", "tables", "widgets")


def __getattr__(name: str):
    # The explorer and the figures bring ipywidgets and plotly: loaded when first asked for, so
    # the command line and worker processes, which never show a widget, do not pay for them.
    if name == "explore":
        from .views.widgets import explore

        return explore
    if name == "for_sharing":  # a notebook's first call: figures with an image, tables without NaN
        from .views.sharing import for_sharing

        return for_sharing
    if name in _VIEWS:
        return importlib.import_module(f"{__name__}.views.{name}")
    raise AttributeError(f"module 'workbench' has no attribute {name!r}")
