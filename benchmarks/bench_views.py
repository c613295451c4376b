"""How long the views take over a corpus of 200 readings: each figure, and one explorer update.

Usage: .venv/bin/python benchmarks/bench_views.py [--readings 200] [--repeat 5]

The sample and the test articles are read once with spaCy, then replicated under distinct article
ids: the views never call spaCy, so 200 copies time them as 200 articles would. Goal: one explorer
update (filter change -> text, tables and figures rebuilt) under 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import workbench as wb
from workbench import plots
from workbench.views.tables import combined
from workbench.views.widgets import explore, filter_tables

ROOT = Path(__file__).resolve().parent.parent
GOAL_MS = 100.0


def corpus(size: int) -> list[wb.Reading]:
    """``size`` readings: the sample and the test articles, read once, copied under new ids."""
    paths = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests" / "articles").glob("*.txt"))]
    nlp = wb.load_model()
    read = [wb.read(wb.load(path), nlp=nlp) for path in paths]
    return [
        replace(r, article=replace(r.article, id=f"{r.article.id}-{i:03d}"))
        for i, r in ((i, read[i % len(read)]) for i in range(size))
    ]


def timed(step: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and worst time of ``step`` in milliseconds, after one warm-up run."""
    step()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), max(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readings", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    readings = corpus(options.readings)
    first = readings[0]
    article = first.article.id
    tables = {name: combined(readings, name) for name in ("actors", "claims", "casualties")}
    ledger = wb.ledger(readings)
    explorer = explore(readings)
    filters = [{"stance": "denies"}, {"actor": "Taliban"}, {"speaker_type": "anonymous"}, {}]
    turn = iter(range(10**9))

    def update() -> None:
        # A user's filter change: a different filter each time, so nothing is reused by accident.
        explorer.select(article, **filters[next(turn) % len(filters)])

    steps: list[tuple[str, Callable[[], object]]] = [
        ("actor_mentions, one article", lambda: plots.actor_mentions(first.actors)),
        (
            "speaker_network, one article",
            lambda: plots.speaker_network(first.claims, first.casualties, first.actors),
        ),
        ("casualty_claims, one article", lambda: plots.casualty_claims(first.ledger)),
        ("claims_timeline, one article", lambda: plots.claims_timeline(first.claims)),
        ("actor_mentions, corpus, article=", lambda: plots.actor_mentions(tables["actors"], article=article)),
        ("casualty_claims, corpus, article=", lambda: plots.casualty_claims(ledger, article=article)),
        (
            "claims_timeline, corpus, article=",
            lambda: plots.claims_timeline(tables["claims"], article=article),
        ),
        ("actor_mentions, whole corpus (top 30)", lambda: plots.actor_mentions(tables["actors"], top=30)),
        ("filter_tables (pure)", lambda: filter_tables(readings, article, actor="Taliban")),
        ("explorer update after a filter change", update),
    ]
    print(f"{len(readings)} readings, {options.repeat} runs each\n")
    print(f"{'step':<42} {'median ms':>10} {'worst ms':>10}")
    results = {}
    for name, step in steps:
        median, worst = timed(step, options.repeat)
        results[name] = median
        print(f"{name:<42} {median:>10.1f} {worst:>10.1f}")
    update_ms = results["explorer update after a filter change"]
    verdict = "meets" if update_ms < GOAL_MS else "MISSES"
    print(f"\nexplorer update: {update_ms:.1f} ms, {verdict} the {GOAL_MS:.0f} ms goal")


if __name__ == "__main__":
    main()
