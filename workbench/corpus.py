"""Many articles at once: folders and lists of files read into a Corpus of Readings.

``read_many`` streams the articles through ``nlp.pipe`` and keeps only the plain Readings:
a Doc lives only while its batch is analysed, so memory does not grow with Docs as the
corpus grows. Files that cannot be read are skipped, kept on ``Corpus.errors`` and
warned about. With ``cache=DIR`` a reading made before is taken from disk without running
spaCy; with ``client=`` (a ``dask.distributed.Client``) the same per-batch function that
reads locally runs on the cluster.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pandas as pd

from .article import Article
from .cache import ReadingCache
from .errors import ArticleError
from .load import load_text
from .nlp import describe, describe_installed, load_model, model_name
from .pipeline import analysis_text, analyze
from .reading import Reading
from .tables import combined

if TYPE_CHECKING:
    from spacy.language import Language

BATCH_SIZE = 64
MERGED_ACTOR_COLUMNS = ["name", "kind", "aliases", "mentions", "articles", "affiliation"]
ARTICLE_COLUMNS = ["article", "path", "characters", "entities", "actors", "claims", "casualties"]

Context = TypeVar("Context")
PathsOrFolder = str | Path | Iterable[str | Path]


class SkippedFiles(UserWarning):
    """Some of the files given to ``read_many`` could not be read and were skipped."""


@dataclass(frozen=True)
class ReadError:
    """A file ``read_many`` skipped, and why (as ``load`` says it)."""

    path: str
    reason: str


# -- which files -------------------------------------------------------------------------------------


def article_paths(paths_or_folder: PathsOrFolder) -> list[Path]:
    """The files to read: a file as given, a folder as its ``*.txt`` files in name order
    (not recursive), an iterable of either. A folder without .txt files is kept itself, so
    that reading it reports it rather than it vanishing; a file given twice is read once."""
    items = [paths_or_folder] if isinstance(paths_or_folder, str | Path) else list(paths_or_folder)
    found: dict[Path, Path] = {}
    for item in map(Path, items):
        for path in (sorted(item.glob("*.txt")) or [item]) if item.is_dir() else [item]:
            found.setdefault(path.resolve(), path)
    return list(found.values())


def _article_ids(paths: Sequence[Path]) -> list[str]:
    """File stems as ids; where two folders hold the same name, ``folder/stem`` tells them apart."""
    stems = Counter(path.stem for path in paths)
    ids: list[str] = []
    for path in paths:
        candidate = path.stem if stems[path.stem] == 1 else f"{path.parent.name}/{path.stem}"
        # Still taken (same folder name twice): number it.
        article_id, n = candidate, 1
        while article_id in ids:
            n += 1
            article_id = f"{candidate}#{n}"
        ids.append(article_id)
    return ids


# -- reading ------------------------------------------------------------------------------------------


def analyze_stream(
    nlp: Language,
    items: Iterable[tuple[Article, Context]],
    *,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
) -> Iterator[tuple[Reading, Context]]:
    """Readings of ``(article, context)`` pairs, in order, as ``nlp.pipe`` yields their Docs;
    each Doc is dropped once analysed. The context rides along (an index, a path)."""
    model = describe(nlp)
    texts = ((analysis_text(article), (article, context)) for article, context in items)
    for doc, (article, context) in nlp.pipe(
        texts, as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        yield analyze(doc, article, model=model), context


def read_batch(
    articles: Sequence[Article], model: str | None = None, batch_size: int = BATCH_SIZE
) -> list[Reading]:
    """The Readings of a batch of articles, in order, with the pipeline ``model`` (default:
    ``load_model``'s choice), loaded once per process. This is what Dask workers run."""
    nlp = load_model(model)
    items = ((article, None) for article in articles)
    return [reading for reading, _ in analyze_stream(nlp, items, batch_size=batch_size)]


def read_many(
    paths_or_folder: PathsOrFolder,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    cache: str | Path | None = None,
    client=None,
    progress: bool = True,
) -> Corpus:
    """Read every article in a folder (its ``*.txt``), a file, or an iterable of them.

    ``nlp`` is a loaded pipeline, or ``model`` names one to load (only if some article is
    not already in the cache). ``n_process`` is passed to ``nlp.pipe``. ``cache`` is a
    folder of stored readings (see ``workbench.cache``): hits skip spaCy, misses are
    stored. ``client`` is a ``dask.distributed.Client``: misses are read on its workers in
    batches of ``batch_size``, each worker loading the pipeline ``model`` once. Files that
    cannot be read are skipped, listed on ``Corpus.errors`` and warned about (SkippedFiles).
    """
    from tqdm.auto import tqdm

    paths = article_paths(paths_or_folder)
    ids = _article_ids(paths)
    if client is not None:
        key = describe_installed(model)
        if nlp is not None and describe(nlp) != key:
            raise ValueError(
                f"Dask workers load the pipeline by name ({model_name(model)}, {key}), which is not "
                f"the given nlp ({describe(nlp)}): pass model=NAME instead of nlp"
            )
    else:
        key = describe(nlp) if nlp is not None else describe_installed(model)
    store = ReadingCache(cache, key) if cache is not None else None
    readings: dict[int, Reading] = {}
    errors: list[ReadError] = []
    bar = tqdm(total=len(paths), desc="reading", unit="article", disable=not progress)

    def misses() -> Iterator[tuple[Article, int]]:
        """The articles to analyse; files that fail and cache hits are settled on the way."""
        for i, path in enumerate(paths):
            try:
                text = load_text(path)
            except ArticleError as error:
                errors.append(ReadError(error.path, error.problem))
                bar.update()
                continue
            hit = store.get(text, id=ids[i], path=path) if store is not None else None
            if hit is not None:
                readings[i] = hit
                bar.update()
                continue
            yield Article.from_text(text, id=ids[i], path=path), i

    def settle(reading: Reading, i: int) -> None:
        readings[i] = reading
        if store is not None:
            store.put(reading)
        bar.update()

    try:
        pending = misses()
        first = next(pending, None)
        if first is not None:
            pending = chain([first], pending)
            if client is None:
                # Loaded only now: a corpus that is all cache hits never loads the model.
                pipeline = nlp if nlp is not None else load_model(model)
                for reading, i in analyze_stream(
                    pipeline, pending, batch_size=batch_size, n_process=n_process
                ):
                    settle(reading, i)
            else:
                _read_on_cluster(client, pending, model_name(model), batch_size, settle)
    finally:
        bar.close()
    if errors:
        listed = "; ".join(f"{e.path}: {e.reason}" for e in errors)
        warnings.warn(
            f"skipped {len(errors)} file(s) that cannot be read: {listed}", SkippedFiles, stacklevel=2
        )
    return Corpus(tuple(readings[i] for i in sorted(readings)), tuple(errors))


def _read_on_cluster(
    client, pending: Iterator[tuple[Article, int]], model: str, batch_size: int, settle
) -> None:
    """Send the articles to the cluster in batches, settling each batch as it comes back."""
    from dask.distributed import as_completed

    batches: dict = {}
    while batch := list(islice(pending, batch_size)):
        articles = [article for article, _ in batch]
        future = client.submit(read_batch, articles, model, batch_size, pure=False)
        batches[future] = [i for _, i in batch]
    for future in as_completed(batches):
        for reading, i in zip(future.result(), batches.pop(future), strict=True):
            settle(reading, i)
        future.release()


# -- the corpus ---------------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class Corpus:
    """The Readings of many articles (in the order read) and the files that were skipped."""

    readings: tuple[Reading, ...]
    error_records: tuple[ReadError, ...] = ()

    def __len__(self) -> int:
        return len(self.readings)

    def __iter__(self) -> Iterator[Reading]:
        return iter(self.readings)

    def __getitem__(self, article_id: str) -> Reading:
        try:
            return self._by_id[article_id]
        except KeyError:
            raise KeyError(f"no article {article_id!r} in this corpus") from None

    @cached_property
    def _by_id(self) -> dict[str, Reading]:
        return {reading.article.id: reading for reading in self.readings}

    @property
    def ids(self) -> list[str]:
        return [reading.article.id for reading in self.readings]

    @cached_property
    def errors(self) -> pd.DataFrame:
        """The files that could not be read: ``path`` and ``reason``."""
        return pd.DataFrame([(e.path, e.reason) for e in self.error_records], columns=["path", "reason"])

    @cached_property
    def entities(self) -> pd.DataFrame:
        return combined(self.readings, "entities")

    @cached_property
    def claims(self) -> pd.DataFrame:
        return combined(self.readings, "claims")

    @cached_property
    def casualties(self) -> pd.DataFrame:
        return combined(self.readings, "casualties")

    @cached_property
    def actors(self) -> pd.DataFrame:
        """One row per actor across articles: the same name in ten reports is one actor, with
        its aliases joined, mentions summed, the number of ``articles`` naming it, and the
        kind (and affiliation) most articles give it."""
        return merged_actors(self.readings)

    @cached_property
    def ledger(self) -> pd.DataFrame:
        """The casualty ledger of all articles, conflicts flagged within and across them."""
        from .ledger import ledger

        return ledger(list(self.readings))

    @cached_property
    def articles(self) -> pd.DataFrame:
        """One row per article: its id, path, length and how much was found in it."""
        rows = [
            (
                r.article.id,
                r.article.path,
                len(r.text),
                len(r.entity_records),
                len(r.actor_records),
                len(r.claim_records),
                len(r.casualty_records),
            )
            for r in self.readings
        ]
        return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)

    @cached_property
    def summary(self) -> pd.DataFrame:
        """Totals: articles read and skipped, and what was found across them."""
        actors = self.actors
        counts = {
            "articles read": len(self.readings),
            "files skipped": len(self.error_records),
            "entity mentions": sum(len(r.entity_records) for r in self.readings),
            "actors": len(actors),
            "actors in 2+ articles": int((actors["articles"] >= 2).sum()),
            "claims": sum(len(r.claim_records) for r in self.readings),
            "casualty figures": sum(len(r.casualty_records) for r in self.readings),
        }
        return pd.DataFrame({"count": list(counts.values())}, index=pd.Index(list(counts), name="corpus"))

    def __repr__(self) -> str:
        counts = self.summary["count"]
        return (
            f"Corpus({counts['articles read']} articles, {counts['files skipped']} skipped: "
            f"{counts['entity mentions']} entity mentions, {counts['actors']} actors "
            f"({counts['actors in 2+ articles']} in 2+ articles), {counts['claims']} claims, "
            f"{counts['casualty figures']} casualty figures)"
        )

    def _repr_html_(self) -> str:
        html = self.summary.to_html()
        if self.error_records:
            html += "<p>Skipped files:</p>" + self.errors.to_html(index=False)
        return html


def merged_actors(readings: Iterable[Reading]) -> pd.DataFrame:
    """Actors of many readings grouped by canonical name (case aside)."""
    groups: dict[str, dict] = {}
    for reading in readings:
        for actor in reading.actor_records:
            group = groups.setdefault(
                actor.name.lower(),
                dict(
                    names=Counter(), kinds=Counter(), aliases={}, mentions=0, articles=set(), joined=Counter()
                ),
            )
            group["names"][actor.name] += 1
            group["kinds"][actor.kind] += 1
            group["aliases"].update(dict.fromkeys(actor.aliases))
            group["mentions"] += actor.mentions
            group["articles"].add(reading.article.id)
            if actor.affiliation:
                group["joined"][actor.affiliation] += 1
    rows = [
        (
            # Most articles' spelling and kind; on a tie, the first met (Counter keeps that order).
            group["names"].most_common(1)[0][0],
            group["kinds"].most_common(1)[0][0],
            ", ".join(group["aliases"]),
            group["mentions"],
            len(group["articles"]),
            group["joined"].most_common(1)[0][0] if group["joined"] else None,
        )
        for group in groups.values()
    ]
    table = pd.DataFrame(rows, columns=MERGED_ACTOR_COLUMNS)
    table["affiliation"] = pd.Series([row[-1] for row in rows], dtype=object)  # None stays None, not NaN
    table = table.astype({"mentions": "int64", "articles": "int64"})
    # Actors many reports share first: they are what a corpus adds over one reading.
    table = table.sort_values(["articles", "mentions", "name"], ascending=[False, False, True], kind="stable")
    return table.reset_index(drop=True)
