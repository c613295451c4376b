"""Shared fixtures: the real spaCy pipeline, loaded once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_425851d80951d886.txt"
GOLD = Path(__file__).resolve().parent / "gold_seed.json"


@pytest.fixture(scope="session")
def nlp():
    from workbench.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def read_text(nlp):
    """Read a text written in a test, with the session's pipeline."""
    from workbench import Article, read

    def _read(text: str):
        return read(Article.from_text(text), nlp=nlp)

    return _read


@pytest.fixture(scope="session")
def seed_reading(nlp):
    from workbench import load, read

    return read(load(SEED), nlp=nlp)


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))
