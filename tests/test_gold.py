"""The readings against human annotations: the sample (gold_seed.json) and the articles in
tests/articles/ (constructed for the tests, each with its annotation written before the
workbench read it; see each file's notes for decisions taken after a first run)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench import evaluate, load, read

HERE = Path(__file__).resolve().parent
ARTICLES = sorted((HERE / "articles").glob("*.json"))
# A later batch, written and annotated by someone who had not seen the workbench's rules, kept
# apart: its floors sit at its own (lower) level so that neither batch hides the other's slips.
HELD_OUT = [
    p for p in ARTICLES if "Held-out batch" in json.loads(p.read_text(encoding="utf-8")).get("notes", "")
]
CONSTRUCTED = [p for p in ARTICLES if p not in HELD_OUT]


@pytest.fixture(scope="module")
def seed_scores(seed_reading, gold):
    table = evaluate(seed_reading, gold)
    return table[table.article == "ALL"].set_index("layer")


def test_the_samples_claims_come_out_right(seed_scores):
    claims = seed_scores.loc["claims"]
    assert (claims.gold, claims.predicted, claims.matched) == (14, 14, 14)
    assert claims.speaker_acc == claims.speaker_type_acc == claims.stance_acc == 1.0


def _scores(nlp, paths):
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    readings = [read(load(p.with_suffix(".txt")), nlp=nlp) for p in paths]
    table = evaluate(readings, golds)
    return table[table.article == "ALL"].set_index("layer")


@pytest.fixture(scope="module")
def constructed_scores(nlp):
    return _scores(nlp, CONSTRUCTED)


@pytest.fixture(scope="module")
def held_out_scores(nlp):
    return _scores(nlp, HELD_OUT)


def test_constructed_articles_are_annotated():
    assert len(CONSTRUCTED) >= 6 and len(HELD_OUT) >= 15
    for path in ARTICLES:
        assert path.with_suffix(".txt").exists()


def test_the_held_out_batches(held_out_scores):
    """Seven batches (27 reports), each scored by the development scorer on its first run, before
    any change made for it: claims F1 0.89, 0.87, 0.91, 0.91, 0.89, 0.91 and 0.87; figures F1
    0.90, 0.83, 0.80, 0.84, 0.75, 0.87 and 0.79 (details in the README and the commits that added
    them). These floors keep what was gained since, as ``evaluate`` measures it."""
    claims, figures = held_out_scores.loc["claims"], held_out_scores.loc["casualties"]
    assert claims.gold >= 600 and figures.gold >= 450
    assert claims.precision >= 0.9 and claims.recall >= 0.88
    assert claims.speaker_acc >= 0.77 and claims.speaker_type_acc >= 0.88 and claims.stance_acc >= 0.96
    assert figures.precision >= 0.93 and figures.recall >= 0.86
    assert figures.party_acc >= 0.72 and figures.claimed_by_acc >= 0.72


def test_claims_on_constructed_articles(constructed_scores):
    claims = constructed_scores.loc["claims"]
    assert claims.gold >= 35
    assert claims.precision >= 0.9 and claims.recall >= 0.9
    assert claims.speaker_acc >= 0.9 and claims.speaker_type_acc >= 0.9 and claims.stance_acc >= 0.95


def test_the_samples_casualty_figures_come_out_right(seed_scores):
    figures = seed_scores.loc["casualties"]
    assert (figures.gold, figures.predicted, figures.matched) == (6, 6, 6)
    assert figures.party_acc == figures.claimed_by_acc == 1.0


def test_casualties_on_constructed_articles(constructed_scores):
    figures = constructed_scores.loc["casualties"]
    assert figures.gold >= 20
    assert figures.precision >= 0.9 and figures.recall >= 0.9
    assert figures.party_acc >= 0.85 and figures.claimed_by_acc >= 0.9
