"""The casualties layer of the highlighter: one boxed figure per casualty count, readable and safe."""

from __future__ import annotations

import re

import pytest
from markup import SAFE_ATTRIBUTES, SAFE_TAGS, at, entity, parse

from workbench.input.article import Article
from workbench.records import CATEGORIES, Boilerplate, Casualty, Claim
from workbench.records.reading import Reading
from workbench.views.render import (
    DEFAULT_LAYERS,
    LAYERS,
    STYLES,
    Mark,
    casualty_chip,
    casualty_marks,
    casualty_title,
    contrast_ratio,
    highlight,
    render_marks,
    style_for,
    to_marks,
)

# --- readings built by hand ----------------------------------------------------------------------------


def figure(
    text: str,
    span: str,
    category: str = "killed",
    count: int | None = None,
    approx: str = "exact",
    *,
    low: int | None = None,
    high: int | None = None,
    party: str | None = None,
    party_text: str | None = None,
    claimed_by: str | None = None,
    claimed_by_text: str | None = None,
    claim: str | None = None,
    size_word: str | None = None,
    nth: int = 0,
) -> Casualty:
    start, end = at(text, span, nth) if span else (0, 0)
    return Casualty(
        start,
        end,
        span,
        count,
        low,
        high,
        approx,
        category,
        party,
        party_text,
        claimed_by,
        claimed_by_text,
        claim,
        size_word=size_word,
    )


def claim(text: str, content: str, cue: str, speaker: str, stance: str = "asserts") -> Claim:
    return Claim(
        *at(text, content),
        content,
        speaker,
        speaker,
        *at(text, speaker),
        "named",
        cue,
        *at(text, cue),
        stance,
    )


def reading(text: str, casualties=(), claims=(), entities=(), boilerplate=()) -> Reading:
    return Reading(
        article=Article(id="t", text=text, boilerplate=tuple(boilerplate)),
        entity_records=tuple(entities),
        actor_records=(),
        claim_records=tuple(claims),
        casualty_records=tuple(casualties),
    )


# A figure inside a claim's content, holding an entity; a second figure in the reporter's voice;
# CRLF, an emoji and markup-like characters in the text.
STORY = (
    "Share this\r\n"
    "Fahim Dashti said 40 Taliban fighters were killed in Panjshir <at dawn> & 🙂 "
    "more than 1,000 families fled Andarab.\r\nComment"
)
STORY_READING = reading(
    STORY,
    [
        figure(
            STORY,
            "40 Taliban fighters were killed",
            count=40,
            party="Taliban",
            party_text="Taliban fighters",
            claimed_by="Fahim Dashti",
            claimed_by_text="Fahim Dashti",
            claim=0,
        ),
        figure(STORY, "more than 1,000 families fled", "displaced", 1000, "more_than", party="civilians"),
    ],
    [claim(STORY, "40 Taliban fighters were killed in Panjshir <at dawn> & 🙂", "said", "Fahim Dashti")],
    [
        entity(STORY, "Fahim Dashti", "PERSON"),
        entity(STORY, "Taliban", "ORG"),
        entity(STORY, "Panjshir", "GPE"),
        entity(STORY, "Andarab", "GPE"),
    ],
    [Boilerplate(0, 12, "share"), Boilerplate(len(STORY) - 7, len(STORY), "comment")],
)

# Two figures sharing words: "killed" ends one figure and is inside the other.
OVERLAP = "Between 10 and 15 killed and 3 wounded."
OVERLAP_READING = reading(
    OVERLAP,
    [
        figure(OVERLAP, "Between 10 and 15 killed", low=10, high=15),
        figure(OVERLAP, "15 killed and 3 wounded", "wounded", 3),
    ],
)

READINGS = [
    pytest.param(STORY_READING, id="figures in a claim, entities inside, boilerplate around"),
    pytest.param(OVERLAP_READING, id="figures crossing each other"),
    pytest.param(reading("Heavy losses."), id="no figures"),
    pytest.param(reading(""), id="empty"),
]


# --- the chip: the figure as a researcher says it ----------------------------------------------------


@pytest.mark.parametrize(
    "text, kwargs, expected",
    [
        pytest.param("40 were killed", dict(count=40), "40 killed", id="exact"),
        pytest.param("12,345 died", dict(count=12345), "12,345 killed", id="exact, thousands separator"),
        pytest.param("at least 12 died", dict(count=12, approx="at_least"), "≥12 killed", id="at least"),
        pytest.param(">100 died", dict(count=100, approx="more_than"), ">100 killed", id="more than"),
        pytest.param(
            "some 2000 fled",
            dict(category="displaced", count=2000, approx="about"),
            "~2,000 displaced",
            id="about, thousands separator",
        ),
        pytest.param(
            "up to 11 hurt", dict(category="wounded", count=11, approx="up_to"), "≤11 wounded", id="up to"
        ),
        pytest.param("10 to 15 died", dict(low=10, high=15), "10–15 killed", id="range"),
        pytest.param(
            "1200-1500 fled",
            dict(category="displaced", low=1200, high=1500),
            "1,200–1,500 displaced",
            id="range, thousands separators",
        ),
        pytest.param(
            "about 10 to 15 held",
            dict(category="captured", low=10, high=15, approx="about"),
            "~10–15 captured",
            id="approximate range",
        ),
        pytest.param(
            "Dozens were wounded",
            dict(category="wounded", approx="vague", size_word="dozens"),
            "dozens · wounded",
            id="vague word",
        ),
        pytest.param(
            "Tens  of Thousands fled",
            dict(category="displaced", approx="vague", size_word="tens of thousands"),
            "tens of thousands · displaced",
            id="vague phrase as the analysis words it",
        ),
        pytest.param(
            "families fled",
            dict(category="displaced", approx="vague"),
            "vague · displaced",
            id="vague, no word",
        ),
        pytest.param(
            "heavy losses",
            dict(category="losses", approx="unquantified"),
            "unquantified · losses",
            id="unquantified",
        ),
        pytest.param(
            "dozens arrested",
            dict(category="arrested", approx="unquantified"),
            "unquantified · arrested",
            id="size word ignored when not vague",
        ),
        pytest.param("0 missing", dict(category="missing", count=0), "0 missing", id="zero is a number"),
    ],
)
def test_chip(text, kwargs, expected):
    c = figure(text, text, **kwargs)
    assert casualty_chip(c) == expected
    page = parse(highlight(reading(text, [c]), layers=("casualties",)))
    assert list(page.chips.values()) == [[expected]]


# --- the tooltip: category, figure in words, party, claimant --------------------------------------


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        pytest.param(
            dict(count=40, party="Taliban", claimed_by="Fahim Dashti", claimed_by_text="Dashti"),
            "killed · 40 (exact) · party: Taliban · claimed by: Fahim Dashti",
            id="canonical claimant preferred",
        ),
        pytest.param(
            dict(count=12, approx="at_least", party="civilians", claimed_by_text="two local officials"),
            "killed · at least 12 · party: civilians · claimed by: two local officials",
            id="claimant as written when no canonical one",
        ),
        pytest.param(
            dict(category="wounded", count=1500, approx="more_than"),
            "wounded · more than 1,500 · party not stated · reporter's voice",
            id="reporter's voice, party not stated",
        ),
        pytest.param(
            dict(category="displaced", count=2000, approx="about", party_text="families"),
            "displaced · about 2,000 · party not stated · reporter's voice",
            id="party words alone do not name a party",
        ),
        pytest.param(
            dict(category="wounded", count=11, approx="up_to"),
            "wounded · up to 11 · party not stated · reporter's voice",
            id="up to",
        ),
        pytest.param(
            dict(low=10, high=15, party="Taliban"),
            "killed · 10–15 (range) · party: Taliban · reporter's voice",
            id="range",
        ),
        pytest.param(
            dict(low=1000, high=2000, approx="about"),
            "killed · about 1,000–2,000 (range) · party not stated · reporter's voice",
            id="approximate range",
        ),
        pytest.param(
            dict(category="wounded", approx="vague", claimed_by="Taliban", size_word="dozens"),
            "wounded · dozens (vague, no number) · party not stated · claimed by: Taliban",
            id="vague",
        ),
        pytest.param(
            dict(category="losses", approx="unquantified", party="Taliban"),
            "losses · unquantified, no number · party: Taliban · reporter's voice",
            id="unquantified",
        ),
    ],
)
def test_tooltip(kwargs, expected):
    text = "Dozens of them."
    c = figure(text, "Dozens of them", **kwargs)
    assert casualty_title(c) == expected
    (mark,) = parse(highlight(reading(text, [c]))).marks("casualties")
    assert mark.attrs["title"] == expected


def test_converter_gives_one_mark_per_figure_labelled_by_category():
    r = STORY_READING
    assert casualty_marks(r) == [
        Mark(
            *at(STORY, "40 Taliban fighters were killed"),
            "casualties",
            "killed",
            "40 killed",
            "killed · 40 (exact) · party: Taliban · claimed by: Fahim Dashti",
            "killed",
        ),
        Mark(
            *at(STORY, "more than 1,000 families fled"),
            "casualties",
            "displaced",
            ">1,000 displaced",
            "displaced · more than 1,000 · party: civilians · reporter's voice",
            "displaced",
        ),
    ]


# --- structure: text survives, marks nest, one chip each ------------------------------------------


@pytest.mark.parametrize("r", READINGS)
def test_article_text_round_trips_exactly(r):
    assert parse(highlight(r)).text == r.text


@pytest.mark.parametrize("r", READINGS)
def test_each_mark_covers_exactly_its_characters_and_has_one_chip(r):
    marks = [m for m in to_marks(r) if m.start < m.end]
    page = parse(highlight(r))
    assert page.covered() == {(m.layer, m.label, m.start, m.end): r.text[m.start : m.end] for m in marks}
    assert page.chips == {(m.layer, m.label, m.start, m.end): [m.chip] for m in marks if m.chip}


def test_figure_sits_inside_claim_content_and_holds_its_entities():
    page = parse(highlight(STORY_READING, layers=LAYERS))
    (killed,) = [n for n in page.marks("casualties") if n.attrs["data-label"] == "killed"]
    content = ("claims", "asserts", *at(STORY, "40 Taliban fighters were killed in Panjshir <at dawn> & 🙂"))
    assert killed.marks_above == (content,)
    assert killed.text == "40 Taliban fighters were killed"
    (taliban,) = [n for n in page.marks("entities") if n.text == "Taliban"]
    assert taliban.marks_above == (content, killed.key)
    (panjshir,) = [n for n in page.marks("entities") if n.text == "Panjshir"]
    assert killed.key not in panjshir.marks_above and content in panjshir.marks_above
    (displaced,) = [n for n in page.marks("casualties") if n.attrs["data-label"] == "displaced"]
    assert displaced.marks_above == ()


def test_identical_spans_nest_boilerplate_content_casualty_source_cue_entity():
    marks = [
        Mark(0, 3, "entities", "PERSON", "P", ""),
        Mark(0, 3, "claims", "cue", "c", ""),
        Mark(0, 3, "claims", "source-named", "s", ""),
        Mark(0, 3, "casualties", "killed", "k", ""),
        Mark(0, 3, "claims", "asserts", "a", ""),
        Mark(0, 3, "boilerplate", "boilerplate", "b", ""),
    ]
    assert parse(render_marks("abc", marks)).events == [
        "<boilerplate",
        "<asserts",
        "<killed",
        "<source-named",
        "<cue",
        "<PERSON",
        "abc",
        "chip P",
        "PERSON>",
        "chip c",
        "cue>",
        "chip s",
        "source-named>",
        "chip k",
        "killed>",
        "chip a",
        "asserts>",
        "chip b",
        "boilerplate>",
    ]


def test_crossing_figures_are_split_with_balanced_tags_and_one_chip_each():
    page = parse(highlight(OVERLAP_READING))
    assert page.events == [
        "<killed",
        "Between 10 and ",
        "<wounded",
        "15 killed",
        "wounded>",
        "chip 10–15 killed",
        "killed>",
        "<wounded",
        " and 3 wounded",
        "chip 3 wounded",
        "wounded>",
        ".",
    ]


# --- layers ----------------------------------------------------------------------------------------


def test_casualties_are_a_default_layer():
    assert "casualties" in DEFAULT_LAYERS and "casualties" in LAYERS
    assert {n.attrs["data-layer"] for n in parse(highlight(STORY_READING, layers=LAYERS)).marks()} == {
        "boilerplate",
        "claims",
        "casualties",
        "entities",
    }


def test_casualties_only_shows_no_claim_entity_or_boilerplate_marks():
    markup = highlight(STORY_READING, layers=("casualties",))
    page = parse(markup)
    assert [n.key[:2] for n in page.marks()] == [("casualties", "killed"), ("casualties", "displaced")]
    assert {s.attrs["data-layer"] for s in page.swatches()} == {"casualties"}
    assert not re.search(r'data-layer="(claims|entities|boilerplate)"', markup)
    assert page.text == STORY
    assert 'data-layer="casualties"' not in highlight(STORY_READING, layers=("claims", "entities"))


def test_unknown_layer_error_names_casualties():
    with pytest.raises(ValueError, match="casualties"):
        highlight(STORY_READING, layers=("casualty",))


# --- legend --------------------------------------------------------------------------------------------


def test_legend_lists_the_categories_present_by_name_in_category_order():
    text = "a b c d e"
    figures = [
        figure(text, "e", "losses", approx="unquantified"),
        figure(text, "a", "wounded", 3),
        figure(text, "b", "killed", 4),
        figure(text, "c", "killed", 5),
        figure(text, "d", "arrested", 6),
    ]
    markup = highlight(reading(text, figures))
    assert [(s.attrs["data-layer"], s.attrs["data-label"]) for s in parse(markup).swatches()] == [
        ("casualties", "killed"),
        ("casualties", "wounded"),
        ("casualties", "arrested"),
        ("casualties", "losses"),
    ]
    # A swatch names the category, not one figure's count.
    assert re.findall(r'class="wb-swatch[^>]*>([^<]*)</span>', markup) == [
        "killed",
        "wounded",
        "arrested",
        "losses",
    ]


def test_legend_groups_casualties_between_claims_and_entities():
    page = parse(highlight(STORY_READING, layers=LAYERS))
    assert [(s.attrs["data-layer"], s.attrs["data-label"]) for s in page.swatches()] == [
        ("boilerplate", "boilerplate"),
        ("claims", "asserts"),
        ("claims", "source-named"),
        ("claims", "cue"),
        ("casualties", "killed"),
        ("casualties", "displaced"),
        ("entities", "organization"),
        ("entities", "person"),
        ("entities", "place"),
    ]


def test_no_figures_no_casualty_legend():
    page = parse(highlight(reading("Quiet day.", [figure("Quiet day.", "", "killed", 1)])))
    assert page.swatches() == [] and page.marks() == []


# --- styles ---------------------------------------------------------------------------------------------

CASUALTY_STYLES = sorted(label for layer, label in STYLES if layer == "casualties")


def test_every_category_has_a_style():
    assert set(CATEGORIES) | {"*"} == set(CASUALTY_STYLES)


@pytest.mark.parametrize("label", CASUALTY_STYLES)
def test_casualty_style_contrast(label):
    style = STYLES["casualties", label]
    assert contrast_ratio(style.color, style.background) >= 4.5
    assert contrast_ratio(style.chip_color, style.border) >= 4.5


def test_every_rendered_casualty_element_sets_readable_colours_and_a_heavy_left_border():
    labels = [*CATEGORIES, "looted"]  # an unknown category falls back to the layer's style
    text = " ".join(labels)
    figures = [figure(text, label, label, i + 1) for i, label in enumerate(labels)]
    page = parse(highlight(reading(text, figures)))
    styled = [t for t in page.nodes if {"wb-mark", "wb-chip", "wb-swatch"} & t.classes]
    assert len(styled) == 2 * len(labels) + len(labels)  # a mark and chip per figure, a swatch per label
    for node in styled:
        css = node.css
        assert {"color", "background-color", "border"} <= set(css), node
        assert contrast_ratio(css["color"], css["background-color"]) >= 4.5, node
    for node in page.marks():
        css = node.css
        assert "border-bottom" not in css and css["border"].split()[1] == "solid"  # a box, not an underline
        assert css["border-left-width"] == "5px"
    assert page.marks()[-1].attrs["data-label"] == "other"
    assert page.chips[page.marks()[-1].key] == ["8 looted"]


def test_categories_have_distinct_colour_families_and_differ_from_claim_underlines():
    families = [style_for("casualties", c) for c in ("killed", "wounded", "captured", "displaced", "losses")]
    assert len({s.background for s in families}) == len({s.border for s in families}) == 5
    assert style_for("casualties", "captured") == style_for("casualties", "missing")
    assert style_for("casualties", "captured") == style_for("casualties", "arrested")
    assert not any(s.underline for s in families)
    assert all(s.underline for s in (style_for("claims", "asserts"), style_for("claims", "denies")))


# --- hostile strings -------------------------------------------------------------------------------------

HOSTILE = ['"><script>alert(1)</script>', "' onmouseover='alert(1)", "<img src=x onerror=alert(1)>"]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_party_claimant_category_and_text_stay_text(payload):
    text = f"Officials said {payload} 40 died."
    figures = [
        figure(text, "40 died", payload, 40, party=payload, claimed_by=payload),
        figure(text, "died", "killed", 3, payload, party=payload, claimed_by_text=payload),
        Casualty(
            *at(text, payload), payload, None, None, None, "vague", "wounded", None, payload, None, None, None
        ),
    ]
    markup = highlight(reading(text, figures))
    assert not re.search(r"<\s*(script|img)", markup, re.IGNORECASE)
    page = parse(markup)
    assert {t.tag for t in page.nodes} <= SAFE_TAGS
    assert all(set(t.attrs) <= SAFE_ATTRIBUTES for t in page.nodes)
    assert {n.attrs["title"] for n in page.marks()} == {
        f"{payload} · 40 (exact) · party: {payload} · claimed by: {payload}",
        f"killed · 3 ({payload}) · party: {payload} · claimed by: {payload}",
        "wounded · vague, no number · party not stated · reporter's voice",
    }
    assert sorted(c for chips in page.chips.values() for c in chips) == sorted(
        [f"40 {payload}", "3 killed", "vague · wounded"]
    )
    assert {n.attrs["data-label"] for n in page.marks()} == {"other", "killed", "wounded"}
    assert page.text == text


def test_figure_offsets_outside_the_text_raise():
    with pytest.raises(ValueError, match="outside"):
        highlight(reading("abc", [Casualty(0, 9, "abc", 1, None, None, "exact", "killed", *[None] * 5)]))
