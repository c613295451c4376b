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
from .claims import affiliations, find_claims, source_groups
from .descriptions import find_descriptions
from .entities import find_mentions, name_stems
from .load import load
from .nlp import describe, load_model
from .reading import Reading
from .records import Entity


def read(article: Article | str | Path, nlp: Language | None = None) -> Reading:
    """Read one article (an Article or a path) with the workbench's spaCy pipeline."""
    if not isinstance(article, Article):
        article = load(article)
    nlp = nlp or load_model()
    return analyze(nlp(analysis_text(article)), article, model=describe(nlp))


def analysis_text(article: Article) -> str:
    """The text spaCy sees: boilerplate blanked out with spaces, so that it is skipped
    by the analysis while every character offset stays that of the article."""
    chars = list(article.text)
    for region in article.boilerplate:
        for i in range(region.start, region.end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def analyze(doc: Doc, article: Article, model: str = "") -> Reading:
    """Turn a Doc of ``analysis_text(article)`` into plain records; the Doc is not kept."""
    mentions = find_mentions(doc)
    mentions += find_descriptions(doc, mentions)
    mentions += source_groups(doc, mentions)
    mentions += name_stems(doc, mentions)
    mentions += credited_people(article)
    actor_of, actors = group_actors(mentions)
    joined = affiliations(doc, mentions, actor_of)
    actors = tuple(replace(a, affiliation=joined.get(a.name)) for a in actors)
    claims = find_claims(doc, mentions, actor_of, actors)
    casualties = find_casualties(doc, mentions, actor_of, actors, claims)
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
