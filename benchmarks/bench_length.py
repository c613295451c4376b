"""Does reading stay linear in the length of one text? spaCy's time against each layer's, by length.

Builds one long text per length from the project's own articles (``seeds/``, ``seeds/constructed/``,
``tests/articles/``), each copy with its names varied (``Kessa`` -> ``Kessaan``, ``Kessabe`` …) so
that no line repeats (a repeated line is boilerplate, and blanked) and the story keeps meeting new
people and places, as a long report does. Then, per length and in a fresh process:

* ``prepare`` — finding boilerplate and markup, and the analysis text (``Article.from_text``,
  ``analysis_text``);
* ``spaCy``   — ``pipeline.parse``: the model, in paragraph-aligned pieces past ``CHUNK_CHARS``;
* one column per analysis module that ``pipeline.analyze`` calls (entities, actors, claims,
  casualties, …), timed around its calls, and their total;
* ``x spaCy`` — analysis time over spaCy time. Linear layers keep it flat as the text grows; a
  ratio that grows with length is a layer that is not linear.

    python benchmarks/bench_length.py                 # 10k to 1M characters (many minutes)
    python benchmarks/bench_length.py --quick         # 10k to 100k
    python benchmarks/bench_length.py --lengths 50000 200000 --profile 200000

``--profile N`` also prints cProfile's top functions (by own time) for length N. Not a test.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("seeds/*.txt", "seeds/constructed/*.txt", "tests/articles/*.txt")
LENGTHS = (10_000, 30_000, 100_000, 300_000, 1_000_000)
QUICK = (10_000, 30_000, 100_000)
# Modules of the pipeline module's names that are not analysis layers.
NOT_LAYERS = {"pipeline", "article", "load", "nlp", "reading", "records", "markup", "wraps"}
SYLLABLES = "an be ko ri su ta mel dor vin gal".split()


def _suffix(k: int) -> str:
    out = ""
    while k:
        k, r = divmod(k, len(SYLLABLES))
        out += SYLLABLES[r]
    return out


def build_text(length: int) -> str:
    """About ``length`` characters of the sources, copy ``k`` with every capitalised word inside a
    sentence given the suffix of ``k``: distinct lines, and new names in every copy."""
    texts = [p.read_text(encoding="utf-8").strip() for pattern in SOURCES for p in sorted(ROOT.glob(pattern))]
    parts, total, i = [], 0, 0
    while total < length:
        suffix = _suffix(i // len(texts))
        text = re.sub(
            r"(?<=[a-z,;] )([A-Z][a-z]{3,})", lambda m, s=suffix: m.group(1) + s, texts[i % len(texts)]
        )
        parts.append(text)
        total += len(text) + 2
        i += 1
    return "\n\n".join(parts)[:length].rsplit("\n\n", 1)[0] + "\n"


def measure(length: int, profile: bool) -> dict:
    """One length, in this process (the parent runs each in a fresh one)."""
    import workbench.analysis.pipeline as pipeline
    from workbench import Article
    from workbench.analysis.nlp import load_model

    layers: dict[str, float] = defaultdict(float)

    def timed(layer: str, function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                layers[layer] += time.perf_counter() - start

        return wrapper

    for name, value in list(vars(pipeline).items()):
        module = getattr(value, "__module__", "") or ""
        layer = module.rpartition(".")[2]
        if callable(value) and module.startswith("workbench.") and layer not in NOT_LAYERS:
            setattr(pipeline, name, timed(layer, value))

    nlp = load_model()
    nlp("Warm up the pipeline once.")
    text = build_text(length)
    start = time.perf_counter()
    article = Article.from_text(text)
    analysed = pipeline.analysis_text(article)
    prepare = time.perf_counter() - start
    start = time.perf_counter()
    doc = pipeline.parse(nlp, analysed)
    spacy_seconds = time.perf_counter() - start
    layers.clear()
    start = time.perf_counter()
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        reading = profiler.runcall(pipeline.analyze, doc, article)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    else:
        reading = pipeline.analyze(doc, article)
    analysis = time.perf_counter() - start
    return dict(
        characters=len(text),
        words=len(text.split()),
        prepare=prepare,
        spacy=spacy_seconds,
        layers=dict(layers),
        analysis=analysis,
        claims=len(reading.claim_records),
        casualties=len(reading.casualty_records),
        actors=len(reading.actor_records),
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )


def run(length: int, profile: bool) -> dict:
    command = [sys.executable, __file__, "--measure", str(length)] + (["--profile-this"] if profile else [])
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    if profile:
        print(done.stderr, file=sys.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="10k, 30k and 100k characters")
    parser.add_argument("--lengths", type=int, nargs="+", help="text lengths in characters")
    parser.add_argument("--profile", type=int, nargs="*", default=[], help="profile these lengths too")
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--profile-this", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.profile_this)))
        return
    rows = []
    for length in args.lengths or (QUICK if args.quick else LENGTHS):
        rows.append(run(length, length in args.profile))
        print(f"... {length:,} characters measured", file=sys.stderr)
    names = sorted(
        {name for row in rows for name in row["layers"]}, key=lambda n: -rows[-1]["layers"].get(n, 0)
    )
    header = ["chars", "claims", "figures", "prepare", "spaCy", *names, "analysis", "x spaCy", "peak RSS"]
    print("\nseconds per text; 'x spaCy' = analysis / spaCy\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        cells = [
            f"{row['characters']:,}",
            f"{row['claims']:,}",
            f"{row['casualties']:,}",
            f"{row['prepare']:.2f}",
            f"{row['spacy']:.2f}",
            *(f"{row['layers'].get(name, 0):.2f}" for name in names),
            f"{row['analysis']:.2f}",
            f"{row['analysis'] / row['spacy']:.2f}",
            f"{row['peak_rss_mb']:.0f} MB",
        ]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
