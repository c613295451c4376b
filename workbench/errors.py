"""Errors the workbench raises on purpose: each names the file or model and the problem."""

from __future__ import annotations

from pathlib import Path


class WorkbenchError(Exception):
    """Base class of every error the workbench raises deliberately."""


class ArticleError(WorkbenchError):
    """An input file that cannot be read as an article."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ModelError(WorkbenchError):
    """No usable spaCy pipeline."""
