"""From an Article to a Reading: the one place that runs spaCy over article text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .actors import group_actors
from .article import Article
from .bylines import credited_people
from .casualties import find_casualties
from .claims import find_claims
from .context import DocContext
from .descriptions import find_descriptions
from .entities import find_mentions, name_stems
from .load import load
from .markup import readable_text
from .nlp import describe, load_model
from .reading import Reading
from .records import Entity
from .source_actors import affiliations, source_groups
from .wraps import join_hard_wraps


def read(article: Article | str | Path, nlp: Language | None = None) -> Reading:
    """Read one article (an Article or a path) with the workbench's spaCy pipeline."""
    if not isinstance(article, Article):
        article = load(article)
    nlp = nlp or load_model()
    return analyze(nlp(analysis_text(article)), article, model=describe(nlp))


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
    actors = tuple(replace(a, affiliation=joined.get(a.name)) for a in actors)
    context.set_actors(actors)
    claims = find_claims(context)
    casualties = find_casualties(doc, mentions, actor_of, actors, claims, context=context)
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
    return Reading(
        article=article,
        entity_records=entities,
        actor_records=actors,
        claim_records=tuple(claims),
        casualty_records=tuple(casualties),
        model=model,
    )
