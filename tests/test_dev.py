"""Quality on the annotated development set beside the project (``../shared/dev``): published
reports lent for measurement, scored with the scorer the hidden set is scored with.

The texts stay in ``../shared``; a user's clone has none, and then these tests skip. The floors
guard what has been reached; they are raised as the extraction improves, never lowered to pass.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev"

pytestmark = pytest.mark.skipif(
    not (DEV / "score.py").exists() and os.environ.get("CI") != "true",
    reason=f"no development set at {DEV} (it is lent for measurement, not part of a clone)",
)


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory, nlp):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import score_dev
    finally:
        sys.path.pop(0)
    from workbench import read_many
    from workbench.corpus.cli import to_json

    run = tmp_path_factory.mktemp("dev") / "dev.jsonl"
    corpus = read_many(DEV / "articles", nlp=nlp, progress=False)
    run.write_text("".join(json.dumps(to_json(r), ensure_ascii=False) + "\n" for r in corpus))
    scorer = score_dev.load_scorer(DEV)
    with contextlib.redirect_stdout(io.StringIO()):
        return scorer.score(str(run), str(DEV / "gold"), str(DEV / "articles"))


def test_every_dev_article_is_read(dev_scores):
    assert dev_scores["articles"] == 30 and not dev_scores["missing"]


def test_claims_on_dev(dev_scores):
    claims = dev_scores["claims"]
    assert claims["f1"] >= 0.91
    assert claims["speaker_acc"] >= 0.90 and claims["speaker_type_acc"] >= 0.90
    assert int(claims["denials_found"].split("/")[0]) >= 32


def test_casualty_figures_on_dev(dev_scores):
    figures = dev_scores["casualties"]
    assert figures["f1"] >= 0.94 and figures["strict_f1"] >= 0.79
    assert figures["precision"] >= 0.96 and figures["recall"] >= 0.92
    assert figures["party_acc"] >= 0.92 and figures["claimed_by_acc"] >= 0.87


def test_actors_on_dev(dev_scores):
    actors = dev_scores["actors"]
    assert actors["recall"] >= 0.97 and actors["kind_acc"] >= 0.95


# Phrases any news report uses; sharing one of them with a development text is not copying it.
COMMON_PHRASES = (
    "spoke on condition of anonymity",
    "your browser does not support the audio element",
    "has nothing to do with the",
)


def _shingles(text: str, n: int) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_no_text_from_the_development_set_in_the_project():
    """The development texts are lent for measurement: no sentence of theirs may be in the
    project's code, word lists, tests, notebooks or docs (six words in a row is a sentence's
    worth; common phrases of news English aside)."""
    n = 6
    dev = set()
    for path in (DEV / "articles").glob("*.txt"):
        dev |= _shingles(path.read_text(encoding="utf-8"), n)
    found = {}
    for folder in ("workbench", "tests", "notebooks", "tools", "benchmarks", "seeds"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in {".py", ".json", ".txt", ".md", ".ipynb", ".toml"} and path.is_file():
                shared = {
                    s
                    for s in _shingles(path.read_text(encoding="utf-8", errors="ignore"), n) & dev
                    if not any(s in phrase or phrase in s for phrase in COMMON_PHRASES)
                }
                if shared:
                    found[str(path.relative_to(ROOT))] = sorted(shared)[:5]
    readme = ROOT / "README.md"
    shared = _shingles(readme.read_text(encoding="utf-8"), n) & dev
    if shared:
        found["README.md"] = sorted(shared)[:5]
    assert not found, found
