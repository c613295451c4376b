"""Many articles at once: folders and lists of files read into a Corpus of Readings.

``read_many`` streams the articles through spaCy and keeps only the plain Readings: a Doc
lives only while its batch is analysed, so memory does not grow with Docs as the corpus
grows. One bad input never costs the good ones: a file that cannot be read (not a regular
file, too large, not text) or an article whose analysis fails is skipped, kept on
``Corpus.errors`` and warned about; a cache that cannot be written is warned about once and
the run goes on without it. With ``cache=DIR`` a reading made before is taken from disk
without running spaCy; with ``n_process=N`` articles are read in N worker processes, and with
``client=`` (a ``dask.distributed.Client``) on a cluster, both by the same per-batch function.
``Reader`` is the same run one article at a time, for writing each result as soon as it is
read (``workbench extract`` does).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import warnings
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pandas as pd

from ..analysis.nlp import describe, describe_installed, load_model, model_name
from ..analysis.pipeline import analysis_text, analyze, parse_stream
from ..errors import ArticleError, printable
from ..input.article import Article
from ..input.files import user_path
from ..input.kinds import is_article, not_read
from ..input.load import read_source
from ..records.corrections import with_sidecar
from ..records.reading import Reading
from ..views.tables import combined, frame
from .cache import ReadingCache

if TYPE_CHECKING:
    from spacy.language import Language

BATCH_SIZE = 64
# Articles per task sent to a worker process: small enough that two workers share a small corpus.
TASK_SIZE = 8

Context = TypeVar("Context")
PathsOrFolder = str | Path | Iterable[str | Path]


class SkippedFiles(UserWarning):
    """Some of the files given to ``read_many`` could not be read and were skipped."""


class CacheUnavailable(UserWarning):
    """The cache folder cannot be written: the run goes on without storing readings."""


@dataclass(frozen=True)
class ReadError:
    """A file ``read_many`` skipped, and why (as ``load`` says it)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{printable(self.path)}: {self.reason}"


# -- which files -------------------------------------------------------------------------------------


def article_paths(paths_or_folder: PathsOrFolder) -> list[Path]:
    """The files to read: a file as given, a folder as the articles in it and its subfolders
    (hidden ones, named ``.*``, aside) in path order — its ``.txt`` texts, ``.html``/``.htm``
    pages, PDFs and ``.docx`` documents — an iterable of either. A folder without articles or
    other files is kept itself, so that reading it reports it rather than it vanishing; a file
    given twice is read once. Never raises: a path that is not a readable file (a link loop, a
    pipe) is listed, and reading it says what it is."""
    return gather(paths_or_folder)[0]


def gather(paths_or_folder: PathsOrFolder) -> tuple[list[Path], list[ReadError]]:
    """``article_paths``, and every other file the folders hold that is not read, with the reason
    (an ``.odt``, an image, a spreadsheet). Files that are plainly not articles pass without a
    word: hidden ones, the workbench's corrections sidecars and cache entries, a folder's README
    (``workbench.input.kinds.passed_over``)."""
    items = [paths_or_folder] if isinstance(paths_or_folder, str | Path) else list(paths_or_folder)
    found: dict[str, Path] = {}
    others: dict[str, Path] = {}
    for item in map(user_path, items):
        articles, unread = _folder_files(item) if _is_dir(item) else ([item], [])
        if not articles and not unread:
            articles = [item]  # an empty folder: reading it says so
        for path in articles:
            # realpath, not resolve(): a link loop is returned as it is, not raised.
            found.setdefault(os.path.realpath(path), path)
        for path in unread:
            others.setdefault(os.path.realpath(path), path)
    # A file also given by name is read, whatever its kind.
    skipped = [ReadError(str(path), not_read(path) or "") for key, path in others.items() if key not in found]
    return list(found.values()), skipped


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a link loop on some Pythons
        return False


def _folder_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """The articles under ``folder``, recursively, sorted, and the other files not passed over;
    linked folders are followed once each (a link back up the tree is not a loop here), hidden
    folders are not entered. A file named as an article beside it (``raid.json`` or ``raid.png``
    beside ``raid.html``: its annotation, metadata or screenshot) goes with it, unreported."""
    articles, others, seen = [], [], set()
    for root, dirs, names in os.walk(folder, followlinks=True):
        here = os.stat(root)
        if (here.st_dev, here.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((here.st_dev, here.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        read = [name for name in names if is_article(name)]
        stems = {Path(name).stem for name in read}
        articles += [Path(root, name) for name in read]
        others += [Path(root, name) for name in names if not_read(name) and Path(name).stem not in stems]

    def order(path: Path) -> tuple[str, ...]:
        return path.relative_to(folder).parts

    return sorted(articles, key=order), sorted(others, key=order)


def _article_ids(paths: Sequence[Path]) -> list[str]:
    """File stems as ids; where two folders hold the same name, ``folder/stem`` tells them apart."""
    stems = Counter(path.stem for path in paths)
    ids: list[str] = []
    taken: set[str] = set()
    for path in paths:
        candidate = path.stem if stems[path.stem] == 1 else f"{path.parent.name}/{path.stem}"
        # Still taken (same folder name twice): number it.
        article_id, n = candidate, 1
        while article_id in taken:
            n += 1
            article_id = f"{candidate}#{n}"
        ids.append(article_id)
        taken.add(article_id)
    return ids


# -- reading ------------------------------------------------------------------------------------------


def analyze_stream(
    nlp: Language,
    items: Iterable[tuple[Article, Context]],
    *,
    batch_size: int = BATCH_SIZE,
    progress: bool = False,
) -> Iterator[tuple[Reading | ReadError, Context]]:
    """Readings of ``(article, context)`` pairs, in order, as spaCy yields their Docs; each Doc
    is dropped once analysed. The context rides along (an index, a path). An article whose
    analysis fails comes out as a ReadError naming the failure: it never stops the others."""
    model = describe(nlp)

    def texts() -> Iterator[tuple[str, tuple[Article, Context, str | None]]]:
        for article, context in items:
            try:
                yield analysis_text(article), (article, context, None)
            except Exception as error:  # a bug meeting an odd text: that article only
                yield "", (article, context, _failure(error))

    for doc, (article, context, failed) in parse_stream(
        nlp, texts(), batch_size=batch_size, progress=progress
    ):
        if failed is None:
            try:
                yield analyze(doc, article, model=model), context
                continue
            except Exception as error:
                failed = _failure(error)
        yield ReadError(article.path or article.id, failed), context


def _failure(error: Exception) -> str:
    return f"could not be analysed ({type(error).__name__}: {error}); please report this with the file"


# The pipeline a worker process reads with: set in the parent before the workers fork, so that a
# pipeline given as an object (not by name) is the one they use.
_WORKER_PIPELINE: Language | None = None


def read_batch(
    articles: Sequence[Article], model: str | None = None, batch_size: int = BATCH_SIZE
) -> list[Reading | ReadError]:
    """The Readings of a batch of articles, in order, with the pipeline ``model`` (default:
    ``load_model``'s choice), loaded once per process. This is what worker processes and Dask
    workers run."""
    nlp = _WORKER_PIPELINE if _WORKER_PIPELINE is not None else load_model(model)
    items = ((article, None) for article in articles)
    return [reading for reading, _ in analyze_stream(nlp, items, batch_size=batch_size)]


class Reader:
    """One run of ``read_many`` over its files, one article at a time: iterating yields
    ``(position, Reading or ReadError)`` as each is settled (cache hits and bad files first,
    then readings as spaCy gives them), so that a caller can write each result at once.
    ``paths`` and ``ids`` say up front what will be read; see ``read_many`` for the options."""

    def __init__(
        self,
        paths_or_folder: PathsOrFolder,
        *,
        nlp: Language | None = None,
        model: str | None = None,
        batch_size: int = BATCH_SIZE,
        n_process: int = 1,
        cache: str | Path | None = None,
        client=None,
        progress: bool = True,
        corrections: bool = True,
    ) -> None:
        if n_process < 1:
            raise ValueError("n_process must be 1 or more")
        self.paths, self.skipped = gather(paths_or_folder)
        self.ids = _article_ids(self.paths)
        self.nlp, self.model, self.client = nlp, model, client
        self.batch_size, self.n_process, self.progress = batch_size, n_process, progress
        self.corrections = corrections
        by_name = client is not None or (n_process > 1 and multiprocessing.get_start_method() != "fork")
        if by_name:
            key = describe_installed(model)
            if nlp is not None and describe(nlp) != key:
                raise ValueError(
                    f"workers load the pipeline by name ({model_name(model)}, {key}), which is not "
                    f"the given nlp ({describe(nlp)}): pass model=NAME instead of nlp"
                )
        else:
            key = describe(nlp) if nlp is not None else describe_installed(model)
        self.store = ReadingCache(cache, key) if cache is not None else None

    def __len__(self) -> int:
        return len(self.paths) + len(self.skipped)

    def __iter__(self) -> Iterator[tuple[int, Reading | ReadError]]:
        # The cache keeps what the workbench read; a researcher's corrections are made after it.
        for i, item in self._settled():
            yield i, with_sidecar(item) if self.corrections and isinstance(item, Reading) else item

    def _settled(self) -> Iterator[tuple[int, Reading | ReadError]]:
        from tqdm.auto import tqdm

        # Files the folders hold that are not read come last, after the articles.
        ready: deque[tuple[int, Reading | ReadError]] = deque(enumerate(self.skipped, len(self.paths)))

        def misses() -> Iterator[tuple[Article, int]]:
            """The articles to analyse; files that fail and cache hits are settled on the way."""
            for i, path in enumerate(self.paths):
                try:
                    text, source = read_source(path)
                except ArticleError as error:
                    ready.append((i, ReadError(error.path, error.problem)))
                    continue
                hit = self.store.get(text, id=self.ids[i], path=path) if self.store is not None else None
                if hit is not None:
                    # Keyed by the text: the file it was read from is this one (its hash, a page's title).
                    ready.append((i, replace(hit, article=replace(hit.article, source=source))))
                    continue
                try:
                    article = Article.from_text(text, id=self.ids[i], path=path, source=source)
                except Exception as error:
                    ready.append((i, ReadError(str(path), _failure(error))))
                    continue
                yield article, i

        bar = tqdm(total=len(self), desc="reading", unit="article", disable=not self.progress)
        try:
            pending = misses()
            first = next(pending, None)
            if first is not None:
                for i, item in self._analyse(chain([first], pending)):
                    yield from _drain(ready, bar)
                    if isinstance(item, Reading):
                        self._store(item)
                    bar.update()
                    yield i, item
            yield from _drain(ready, bar)
        finally:
            bar.close()

    def _analyse(self, pending: Iterator[tuple[Article, int]]) -> Iterator[tuple[int, Reading | ReadError]]:
        if self.client is not None:
            yield from _read_on_cluster(self.client, pending, model_name(self.model), self.batch_size)
            return
        # Loaded only now: a corpus that is all cache hits never loads the model.
        nlp = self.nlp if self.nlp is not None else load_model(self.model)
        if self.n_process > 1:
            yield from _read_in_processes(nlp, pending, self.model, self.batch_size, self.n_process)
            return
        for item, i in analyze_stream(nlp, pending, batch_size=self.batch_size, progress=self.progress):
            yield i, item

    def _store(self, reading: Reading) -> None:
        if self.store is None:
            return
        try:
            self.store.put(reading)
        except (OSError, ValueError) as error:
            # An optimisation, not the point: say so once and read on without it.
            problem = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            warnings.warn(
                f"the cache {printable(self.store.directory)} cannot be written ({printable(problem)}): "
                "reading on without it",
                CacheUnavailable,
                stacklevel=3,
            )
            self.store = None


def _drain(ready: deque, bar) -> Iterator:
    while ready:
        bar.update()
        yield ready.popleft()


def read_many(paths_or_folder: PathsOrFolder, **options) -> Corpus:
    """Read every article in a folder (its ``.txt``, ``.html``/``.htm``, ``.pdf`` and ``.docx``
    files, subfolders included), a file, or an iterable of them. The options are ``Reader``'s:

    ``nlp`` is a loaded pipeline, or ``model`` names one to load (only if some article is
    not already in the cache). ``batch_size`` articles go through spaCy at once.
    ``n_process`` worker processes each read batches of articles (spaCy and every layer).
    ``cache`` is a folder of stored readings (see ``workbench.corpus.cache``): hits skip spaCy,
    misses are stored; a cache that cannot be written is warned about once
    (CacheUnavailable). ``client`` is a ``dask.distributed.Client``: misses are read on its
    workers in batches of ``batch_size``, each worker loading the pipeline ``model`` once.
    ``progress`` shows a progress bar. Files that cannot be read, and files of other kinds a
    folder holds (``notes.odt``), are skipped, listed on ``Corpus.errors`` and warned about
    (SkippedFiles). A researcher's corrections beside an
    article (``NAME.corrections.json``) are made on its reading, cached or not, unless
    ``corrections`` is False.
    """
    reader = Reader(paths_or_folder, **options)
    settled = dict(reader)
    readings = tuple(settled[i] for i in sorted(settled) if isinstance(settled[i], Reading))
    errors = tuple(settled[i] for i in sorted(settled) if isinstance(settled[i], ReadError))
    if errors:
        listed = "; ".join(map(str, errors))
        warnings.warn(
            f"skipped {len(errors)} file(s) that cannot be read: {listed}", SkippedFiles, stacklevel=2
        )
    return Corpus(readings, errors)


def _batches(pending: Iterator[tuple[Article, int]], size: int) -> Iterator[list[tuple[Article, int]]]:
    while batch := list(islice(pending, size)):
        yield batch


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group: the parent stops the workers itself, at once.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read_in_processes(
    nlp: Language, pending: Iterator[tuple[Article, int]], model: str | None, batch_size: int, workers: int
) -> Iterator[tuple[int, Reading | ReadError]]:
    """Read in ``workers`` processes, a few tasks ahead of the results (the files are not all
    loaded at once), in order. On any exit, Ctrl-C included, the workers are terminated."""
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = nlp if multiprocessing.get_start_method() == "fork" else None
    try:
        pool = multiprocessing.Pool(workers, initializer=_ignore_interrupts)
    finally:
        _WORKER_PIPELINE = None
    in_flight: deque = deque()
    try:
        for batch in _batches(pending, min(batch_size, TASK_SIZE)):
            articles = [article for article, _ in batch]
            task = pool.apply_async(read_batch, (articles, model, batch_size))
            in_flight.append((task, [i for _, i in batch]))
            while len(in_flight) > 2 * workers:
                yield from _results(*in_flight.popleft())
        while in_flight:
            yield from _results(*in_flight.popleft())
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _results(task, positions: list[int]) -> Iterator[tuple[int, Reading | ReadError]]:
    yield from zip(positions, task.get(), strict=True)


def _read_on_cluster(
    client, pending: Iterator[tuple[Article, int]], model: str, batch_size: int
) -> Iterator[tuple[int, Reading | ReadError]]:
    """Send the articles to the cluster in batches, yielding each batch as it comes back."""
    from dask.distributed import as_completed

    batches: dict = {}
    for batch in _batches(pending, batch_size):
        articles = [article for article, _ in batch]
        future = client.submit(read_batch, articles, model, batch_size, pure=False)
        batches[future] = [i for _, i in batch]
    for future in as_completed(batches):
        yield from zip(batches.pop(future), future.result(), strict=True)
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
        return frame("errors", [(e.path, e.reason) for e in self.error_records])

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
        from ..views.ledger import ledger

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
        return frame("articles", rows)

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
    table = frame("corpus_actors", rows)
    # Actors many reports share first: they are what a corpus adds over one reading.
    table = table.sort_values(["articles", "mentions", "name"], ascending=[False, False, True], kind="stable")
    return table.reset_index(drop=True)
