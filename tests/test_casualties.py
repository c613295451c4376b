"""Casualty figures on sentences written for the tests: numbers in digits and words, how
exact they are, categories, parties, claimants; and distractors that are not casualties."""

from __future__ import annotations

import pytest
from figures import F, check_figures

CASES = [
    # Numbers as digits and words, and how exact they are.
    (
        "Eleven guards were killed at the depot.",
        [F(snip="Eleven", count=11, approx="exact", category="killed")],
    ),
    ("A dozen civilians died in the fire.", [F(snip="dozen", count=12, approx="exact", category="killed")]),
    (
        "The war has displaced two million people.",
        [F(snip="two million", count=2_000_000, category="displaced")],
    ),
    ("Nearly 35 people were wounded.", [F(snip="35", count=35, approx="about", category="wounded")]),
    ("Some 260 protesters were arrested.", [F(snip="260", count=260, approx="about", category="arrested")]),
    ("At least 12 villagers were killed.", [F(snip="12", count=12, approx="at_least", party="civilians")]),
    ("More than 100 soldiers died.", [F(snip="100", count=100, approx="more_than")]),
    ("Up to 14 people were hurt.", [F(snip="14", count=14, approx="up_to", category="wounded")]),
    ("As many as 350 troops were captured.", [F(snip="350", count=350, approx="up_to", category="captured")]),
    (
        "Between 10 and 15 fighters were killed.",
        [F(snip="10 and 15", count=None, count_low=10, count_high=15, category="killed")],
    ),
    ("Dozens of people were injured.", [F(snip="Dozens", count=None, approx="vague", category="wounded")]),
    (
        "Several policemen were abducted.",
        [F(snip="Several", count=None, approx="vague", category="captured")],
    ),
    ("Many families fled the town.", [F(snip="Many", count=None, approx="vague", category="displaced")]),
    ("The rebels suffered heavy losses.", [F(snip="heavy losses", count=None, approx="unquantified")]),
    ("Both sides suffered losses.", [F(snip="losses", category="losses", party=None)]),
    # Categories.
    ("The army lost 40 of its troops.", [F(snip="40", count=40, category="killed")]),
    ("The death toll rose to 52 on Sunday.", [F(snip="52", count=52, category="killed")]),
    ("Rescuers recovered 18 bodies from the rubble.", [F(snip="18", count=18, category="killed")]),
    ("Three journalists are missing.", [F(snip="Three", count=3, category="missing")]),
    (
        "About 5,000 residents have been displaced.",
        [F(snip="5,000", count=5000, approx="about", category="displaced")],
    ),
    # Parties.
    ("Turkish strikes killed 14 PKK fighters.", [F(snip="14", party="PKK")]),
    ("Hezbollah lost 26 of its fighters.", [F(snip="26", party="Hezbollah")]),
    # Claimants come from the claim layer; the reporter's own voice has none.
    (
        "The ministry said 23 soldiers died in the raid.",
        [F(snip="23", count=23, claimed_by="ministry")],
    ),
    ("Four children were killed on Saturday.", [F(snip="Four", count=4, claimed_by=None, party="civilians")]),
]

DISTRACTORS = [
    "The fighting lasted 40 hours and then two days more.",
    "The attack began at 10 pm last night.",
    "The two sides have fought for 20 years.",
    "The rebels launched 15 attacks on the city.",
    "The government pledged $5 million in aid.",
    "A 300-strong battalion arrived in the town.",
    "Two Spanish defence officials spoke on condition of anonymity.",
    "The militia captured three military bases and seized 40 vehicles.",
    "Rescuers pulled people out of the rubble.",
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_casualty_figures(read_text, text, expected):
    check_figures(text, read_text(text).casualty_records, expected)


@pytest.mark.parametrize("text", DISTRACTORS)
def test_distractors_are_not_casualties(read_text, text):
    assert read_text(text).casualty_records == ()


def test_an_age_is_not_a_count(read_text):
    figures = read_text("A 25-year-old man was killed by a sniper.").casualty_records
    assert all(f.count != 25 for f in figures)


def test_sub_figures_are_their_own_figures(read_text):
    figures = read_text("The strike killed 17 villagers, including four children.").casualty_records
    assert sorted(f.count for f in figures) == [4, 17]


def test_records_quote_the_article_text_where_markup_was_blanked(nlp):
    from workbench import Article
    from workbench.analysis.actors import group_actors
    from workbench.analysis.casualties import find_casualties
    from workbench.analysis.claims import find_claims
    from workbench.analysis.context import DocContext
    from workbench.analysis.entities import find_mentions
    from workbench.analysis.pipeline import analysis_text

    text = '<p>The shelling killed <a href="/x">at least 12</a> villagers on Monday, the mayor said.</p>\n'
    article = Article.from_text(text)
    doc = nlp(analysis_text(article))
    mentions = find_mentions(doc)
    actor_of, actors = group_actors(mentions)
    context = DocContext(doc, mentions, actor_of, actors, text=article.text)
    figures = find_casualties(context, find_claims(context))
    assert [f.count for f in figures] == [12]
    figure = figures[0]
    assert figure.text == text[figure.start : figure.end] and "<a" in figure.text


def test_a_relayed_figure_is_the_source_the_relay_names(nlp):
    """Where the claim layer gives only the outlet's claim, the figure is still the named source's."""
    from workbench.analysis.actors import group_actors
    from workbench.analysis.casualties import find_casualties
    from workbench.analysis.context import DocContext
    from workbench.analysis.entities import find_mentions
    from workbench.records import Claim

    text = "The commander, Pavel Orlov, alleged that the rocket fire caused no casualties, TASS reported."
    doc = nlp(text)
    mentions = find_mentions(doc)
    actor_of, actors = group_actors(mentions)
    cue = text.index("reported")
    relay = Claim(
        start=0,
        end=cue - 2,
        text=text[: cue - 2],
        speaker="TASS",
        speaker_text="TASS",
        speaker_start=cue - 5,
        speaker_end=cue - 1,
        speaker_type="media",
        cue="reported",
        cue_start=cue,
        cue_end=cue + len("reported"),
        stance="asserts",
    )
    figures = find_casualties(DocContext(doc, mentions, actor_of, actors), [relay])
    assert [(f.count, f.category) for f in figures] == [(0, "losses")]
    # find_casualties alone refers to claims by position; a reading's figures carry claim ids.
    assert figures[0].claimed_by == "Pavel Orlov" and figures[0].claim == 0
