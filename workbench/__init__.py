"""workbench: who is named, who claims what on whose authority, in news reports.

text -> Article (load) -> spaCy Doc -> Reading (plain records with offsets: entities, actors,
claims, casualty figures) -> tables, the ledger, HTML; many articles -> Corpus (read_many).
"""

from __future__ import annotations

from .article import Article
from .corpus import Corpus, read_many
from .errors import ArticleError, ModelError, WorkbenchError
from .evaluate import evaluate
from .ledger import ledger
from .load import load
from .nlp import load_model
from .pipeline import read
from .reading import Reading
from .records import Actor, Boilerplate, Casualty, Claim, Entity
from .render import highlight

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
    "evaluate",
    "explore",
    "highlight",
    "ledger",
    "load",
    "load_model",
    "read",
    "read_many",
]

__version__ = "0.1.0"


def __getattr__(name: str):
    # The explorer brings ipywidgets and plotly: loaded when first asked for, so the command line
    # and worker processes, which never show a widget, do not pay for them.
    if name == "explore":
        from .widgets import explore

        return explore
    raise AttributeError(f"module 'workbench' has no attribute {name!r}")
