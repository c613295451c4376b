"""How fast and how big: reading a corpus with the workbench against raw spaCy.

Builds a corpus in a temporary folder from copies of ``seeds/*.txt``, ``seeds/constructed/*.txt``
and ``tests/articles/*.txt`` (each copy made unique by a line naming it, so cache keys
differ), then measures, each in its own process so that peak memory is per measurement:

* ``spacy``    — raw ``nlp.pipe`` of the model as spaCy loads it, over the article texts
  (the floor);
* ``pipeline`` — ``nlp.pipe`` of the same model as the workbench loads it (its paragraph
  component added, the attribute ruler and lemmatizer run over arrays: ``token_rules``),
  so that the table shows what the pipeline gains and what the analysis costs;
* ``read``     — ``read_many`` with every layer, no cache;
* ``warm``   — ``read_many`` again from a cache filled beforehand (not timed).

Same model, batch size and ``n_process=1`` throughout. Prints a table of words per second,
the ratio to raw spaCy and peak RSS. Not a test: nothing here asserts a time.

    python benchmarks/bench_corpus.py            # 1,000 and 4,000 articles (several minutes)
    python benchmarks/bench_corpus.py --quick    # 200 and 800 articles
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("seeds/*.txt", "seeds/constructed/*.txt", "tests/articles/*.txt")
BATCH_SIZE = 64


def build_corpus(folder: Path, n: int) -> None:
    """``n`` article files in ``folder``, copies of the sources cycled, each one unique."""
    sources = [path for pattern in SOURCES for path in sorted(ROOT.glob(pattern))]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        source = sources[i % len(sources)]
        text = source.read_text(encoding="utf-8").rstrip("\n")
        # A varying last line: a distinct text (and cache key) for every copy.
        (folder / f"{i:05d}_{source.stem}.txt").write_text(
            f"{text}\n\nCopy {i} for the benchmark.\n", "utf-8"
        )


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def measure(kind: str, folder: Path, cache: Path | None, batch_size: int) -> dict:
    """One measurement, in this process (the parent runs each in a fresh one)."""
    import spacy

    from workbench.analysis.nlp import load_model, model_name
    from workbench.corpus.corpus import article_paths, read_many

    paths = article_paths(folder)
    words = sum(len(path.read_text(encoding="utf-8").split()) for path in paths)
    # The floor is the model exactly as spaCy ships it; a warm cache needs no model: not loaded.
    loaders = {"spacy": lambda: spacy.load(model_name()), "pipeline": load_model, "read": load_model}
    nlp = loaders[kind]() if kind in loaders else None
    if nlp is not None:
        list(nlp.pipe(["Warm up the pipeline once."]))
    start = time.perf_counter()
    if kind in ("spacy", "pipeline"):
        texts = (path.read_text(encoding="utf-8") for path in paths)
        for _doc in nlp.pipe(texts, batch_size=batch_size):
            pass
        articles = len(paths)
    else:
        corpus = read_many(paths, nlp=nlp, batch_size=batch_size, cache=cache, progress=False)
        articles = len(corpus)
    seconds = time.perf_counter() - start
    return dict(kind=kind, articles=articles, words=words, seconds=seconds, peak_rss_mb=peak_rss_mb())


def run(kind: str, folder: Path, cache: Path | None, batch_size: int) -> dict:
    command = [
        sys.executable,
        __file__,
        "--measure",
        kind,
        "--folder",
        str(folder),
        "--batch-size",
        str(batch_size),
    ]
    if cache is not None:
        command += ["--cache", str(cache)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="200 and 800 articles instead of 1,000 and 4,000"
    )
    parser.add_argument("--sizes", type=int, nargs="+", help="corpus sizes (overrides --quick)")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.folder, args.cache, args.batch_size)))
        return
    sizes = args.sizes or ([200, 800] if args.quick else [1000, 4000])
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_corpus_") as tmp:
        for n in sizes:
            folder = Path(tmp) / f"corpus_{n}"
            build_corpus(folder, n)
            rows += [run(kind, folder, None, args.batch_size) for kind in ("spacy", "pipeline", "read")]
            print(f"... {n} articles measured", file=sys.stderr)
        # Cache re-read on the smallest corpus: fill the cache (untimed), then read it back.
        n = sizes[0]
        folder, cache = Path(tmp) / f"corpus_{n}", Path(tmp) / "cache"
        run("read", folder, cache, args.batch_size)
        rows.append(run("warm", folder, cache, args.batch_size))
    floor = {row["articles"]: row for row in rows if row["kind"] == "spacy"}
    labels = {
        "spacy": "raw nlp.pipe",
        "pipeline": "workbench's nlp.pipe",
        "read": "read_many, all layers",
        "warm": "read_many, warm cache",
    }
    print(f"\nbatch size {args.batch_size}, n_process 1\n")
    header = (
        ("articles", 9),
        ("words", 10),
        ("seconds", 10),
        ("words/s", 10),
        ("x spaCy", 9),
        ("peak RSS", 11),
    )
    print(f"{'measurement':<24}" + "".join(f"{name:>{width}}" for name, width in header))
    for row in rows:
        speed = row["words"] / row["seconds"]
        base = floor.get(row["articles"])
        ratio = f"{speed / (base['words'] / base['seconds']):.2f}" if base else "-"
        print(
            f"{labels[row['kind']]:<24}{row['articles']:>9,}{row['words']:>10,}{row['seconds']:>10.2f}"
            f"{speed:>10,.0f}{ratio:>9}{row['peak_rss_mb']:>8.0f} MB"
        )


if __name__ == "__main__":
    main()
