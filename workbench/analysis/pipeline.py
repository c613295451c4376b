"""From an Article to a Reading: the one place that runs spaCy over article text.

spaCy refuses a text over ``nlp.max_length`` (a million characters), and its parser needs about
a gigabyte per hundred thousand characters at once; real documents are that long (a UN report, a
trial transcript). A long text is parsed in pieces of about ``CHUNK_CHARS`` cut at paragraph
breaks, where a sentence never runs across anyway, and the pieces are joined into one Doc whose
text is the whole text: the analysis sees one Doc and every offset holds.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from ..input.article import Article
from ..input.load import load
from ..input.markup import readable_text
from ..records import Claim, Entity
from ..records.corrections import with_sidecar
from ..records.ids import with_ids
from ..records.reading import Reading
from . import docindex
from .actors import group_actors
from .bylines import credited_people
from .casualties import find_casualties
from .claims import find_claims
from .context import DocContext
from .descriptions import find_descriptions
from .entities import find_mentions, name_stems
from .nlp import describe, load_model
from .sides import with_sides
from .source_actors import affiliations, source_groups
from .wraps import join_hard_wraps

CHUNK_CHARS = 100_000
# Where a long text may be cut, best first: a paragraph break, a line break, a sentence end, a space.
_CUTS = ("\n\n", "\n", ". ", " ")

Context = TypeVar("Context")


def read(
    article: Article | str | Path,
    nlp: Language | None = None,
    *,
    progress: bool = True,
    corrections: bool = True,
) -> Reading:
    """Read one article (an Article or a path) with the workbench's spaCy pipeline. A text
    longer than ``CHUNK_CHARS`` is parsed in pieces, with a progress bar unless ``progress``
    is False. The researcher's corrections beside the article (``NAME.corrections.json``) are
    made on the reading unless ``corrections`` is False."""
    if not isinstance(article, Article):
        article = load(article)
    nlp = nlp or load_model()
    reading = analyze(parse(nlp, analysis_text(article), progress=progress), article, model=describe(nlp))
    return with_sidecar(reading) if corrections else reading


def parse(nlp: Language, text: str, *, progress: bool = False) -> Doc:
    """``nlp(text)`` for a text of any length (see the module's docstring)."""
    ((doc, _),) = parse_stream(nlp, [(text, None)], progress=progress)
    return doc


def parse_stream(
    nlp: Language,
    items: Iterable[tuple[str, Context]],
    *,
    batch_size: int = 64,
    progress: bool = False,
) -> Iterator[tuple[Doc, Context]]:
    """``nlp.pipe(items, as_tuples=True)`` in order, for texts of any length: short texts go
    through in batches of ``batch_size``, a long one piece by piece (with a progress bar in
    characters when ``progress``), joined into one Doc of the whole text."""
    limit = chunk_limit(nlp)
    batch: list[tuple[str, Context]] = []
    for text, context in items:
        if len(text) <= limit:
            batch.append((text, context))
            if len(batch) >= batch_size:
                yield from _pipe(nlp, batch, batch_size)
                batch = []
            continue
        if batch:
            yield from _pipe(nlp, batch, batch_size)
            batch = []
        yield docindex.with_text(_parse_long(nlp, text, limit, progress), text), context
    if batch:
        yield from _pipe(nlp, batch, batch_size)


def _pipe(nlp: Language, batch: list[tuple[str, Context]], batch_size: int) -> Iterator[tuple[Doc, Context]]:
    # Each Doc keeps the text it was made from: spaCy rebuilds ``Doc.text`` token by token.
    pairs = ((text, (text, context)) for text, context in batch)
    for doc, (text, context) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield docindex.with_text(doc, text), context


def chunk_limit(nlp: Language) -> int:
    """The longest text parsed in one piece; a piece of a longer one is at most twice that, which
    stays within spaCy's ``max_length``."""
    return max(1, min(CHUNK_CHARS, nlp.max_length // 2))


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces of ``text``, of about ``limit`` characters (at most
    twice that), cut after a paragraph break where there is one in the second half of the piece,
    else after a line break, a sentence end or a space, and only failing all of these mid-word."""
    cuts, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        for mark in _CUTS:
            found = text.rfind(mark, start + limit // 2, end)
            if found != -1:
                end = found + len(mark)
                # Past the rest of the blank run: spaCy makes a run of whitespace one token, and a
                # piece ending mid-run would make it two. Bounded, for a text of nothing but spaces.
                while end < min(len(text), start + 2 * limit) and text[end].isspace():
                    end += 1
                break
        cuts.append((start, end))
        start = end
    cuts.append((start, len(text)))
    return cuts


def _parse_long(nlp: Language, text: str, limit: int, progress: bool) -> Doc:
    from tqdm.auto import tqdm

    docs = []
    with tqdm(
        total=len(text), desc="long article", unit="char", unit_scale=True, leave=False, disable=not progress
    ) as bar:
        for start, end in pieces(text, limit):
            docs.append(nlp(text[start:end]))
            bar.update(end - start)
    # Each piece ends where the next begins, whitespace included: no separator is added. The
    # tensors are left out: the analysis never reads them, and they are most of a Doc's memory.
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
    if doc.text != text:  # a spaCy change that would break every offset
        raise RuntimeError("the pieces of a long text did not join into the whole text")
    return doc


def analysis_text(article: Article) -> str:
    """The text spaCy sees, as long as the article's so that every offset holds: boilerplate
    and markup blanked with spaces, a block-level tag (``</p><p>``) or front matter turned
    into a paragraph break, HTML character references shown as their character, and line
    breaks that wrap a sentence read as spaces."""
    return join_hard_wraps(readable_text(article.text, article.boilerplate))


def analyze(doc: Doc, article: Article, model: str = "") -> Reading:
    """Turn a Doc of ``analysis_text(article)`` into plain records; the Doc is not kept."""
    mentions = find_mentions(doc, credited_people(article))
    mentions += find_descriptions(doc, mentions)
    mentions += source_groups(doc, mentions)
    mentions += name_stems(doc, mentions)
    actor_of, actors = group_actors(mentions)
    context = DocContext(doc, mentions, actor_of, actors, text=article.text)
    joined = affiliations(context)
    actors = with_sides(replace(a, affiliation=joined.get(a.name)) for a in actors)
    context.set_actors(actors)
    claims = find_claims(context)
    casualties = find_casualties(context, claims)
    entities = tuple(
        Entity(
            start=m.start,
            end=m.end,
            text=article.text[m.start : m.end],
            label=m.label,
            actor=actor_of.get(m),
        )
        for m in sorted(mentions, key=lambda m: m.start)
    )
    starts = [e.start for e in entities]
    claims = [replace(c, names=_named(entities, starts, c)) for c in claims]
    entities, actors, claims, casualties = with_ids(
        article.sha256, entities, actors, tuple(claims), tuple(casualties)
    )
    return Reading(article, entities, actors, claims, casualties, model=model)


def _named(entities: tuple[Entity, ...], starts: list[int], claim: Claim) -> tuple[str, ...]:
    """The actors whose mentions lie inside a claim's statement, in the order they first appear
    (``entities`` are in text order, ``starts`` their offsets)."""
    found: dict[str, None] = {}
    for entity in entities[bisect_left(starts, claim.start) :]:
        if entity.start >= claim.end:
            break
        if entity.end <= claim.end and entity.actor:
            found.setdefault(entity.actor)
    return tuple(found)
