"""The highlighter: text survives exactly, nothing hostile becomes markup, colours stay readable."""

from __future__ import annotations

import re

import pytest
from markup import SAFE_ATTRIBUTES, SAFE_TAGS, Node, entity, parse

from workbench.input.article import Article
from workbench.records import ACTOR_KINDS, Actor, Boilerplate, Entity
from workbench.records.reading import Reading
from workbench.views.render import (
    ENTITY_WORDS,
    LAYERS,
    Mark,
    contrast_ratio,
    entity_marks,
    highlight,
    render_legend,
    render_marks,
    to_marks,
)


def reading(text: str, entities=(), boilerplate=()) -> Reading:
    return Reading(
        article=Article(id="t", text=text, boilerplate=tuple(boilerplate)),
        entity_records=tuple(entities),
        actor_records=(),
    )


NEWS = "Share this:\nAhmad Massoud told “Reuters” in Kabul & Panjshir <2021> 🙂 that 12 died.\r\nComment"
TEXTS = [
    pytest.param(reading(NEWS), id="no marks"),
    pytest.param(
        reading(
            NEWS,
            [entity(NEWS, "Ahmad Massoud", "PERSON", "Ahmad Massoud"), entity(NEWS, "“Reuters”", "ORG")],
            [Boilerplate(0, 11, "share"), Boilerplate(len(NEWS) - 7, len(NEWS), "comment")],
        ),
        id="entities and boilerplate",
    ),
    pytest.param(
        reading(NEWS, [entity(NEWS, "Share", "ORG")], [Boilerplate(0, 11, "share")]),
        id="entity nested in boilerplate",
    ),
    pytest.param(
        reading(
            NEWS,
            [entity(NEWS, "Kabul & Panjshir", "GPE"), entity(NEWS, "Panjshir <2021> 🙂", "DATE")],
            [Boilerplate(NEWS.index("<2021>"), NEWS.index("12"), "odd")],
        ),
        id="partial overlaps across emoji and angle brackets",
    ),
    pytest.param(reading("", [], []), id="empty text"),
    pytest.param(reading("a\n\n  b\tc", [Entity(0, 7, "a\n\n  b", "LOC")]), id="whitespace only inside mark"),
]


@pytest.mark.parametrize("r", TEXTS)
def test_article_text_round_trips_without_chips_and_legend(r):
    assert parse(highlight(r)).text == r.text


def test_carriage_return_survives_html_newline_normalisation():
    # Browsers fold a raw CR into LF while parsing; only a character reference keeps it.
    markup = highlight(reading("a\r\nb"))
    assert "\r" not in markup
    assert parse(markup).text == "a\r\nb"


@pytest.mark.parametrize("layers", [LAYERS, None], ids=["every layer", "default"])
@pytest.mark.parametrize("r", TEXTS)
def test_each_mark_covers_exactly_its_characters_and_has_its_chip(r, layers):
    marks = to_marks(r, layers) if layers else to_marks(r)
    page = parse(highlight(r, layers=layers) if layers else highlight(r))
    assert page.covered() == {(m.layer, m.label, m.start, m.end): r.text[m.start : m.end] for m in marks}
    chip_owners = [key for key, chips in page.chips.items() for _ in chips]  # one entry per chip
    assert sorted(chip_owners) == sorted((m.layer, m.label, m.start, m.end) for m in marks if m.chip)


@pytest.mark.parametrize(
    "text, marks, expected",
    [
        pytest.param(
            "abcdef",
            [Mark(0, 4, "entities", "A", "A", ""), Mark(2, 6, "entities", "B", "B", "")],
            ["<A", "ab", "<B", "cd", "B>", "chip A", "A>", "<B", "ef", "chip B", "B>"],
            id="partial overlap splits the later mark; chip after its last fragment",
        ),
        pytest.param(
            "abcdef",
            [Mark(2, 4, "entities", "E", "E", ""), Mark(0, 6, "boilerplate", "bp", "bp", "")],
            ["<bp", "ab", "<E", "cd", "chip E", "E>", "ef", "chip bp", "bp>"],
            id="nested marks are not split",
        ),
        pytest.param(
            "abc",
            [Mark(0, 3, "entities", "E", "E", ""), Mark(0, 3, "boilerplate", "bp", "bp", "")],
            ["<bp", "<E", "abc", "chip E", "E>", "chip bp", "bp>"],
            id="same span: boilerplate layer goes outside",
        ),
        pytest.param(
            "abcdefghi",
            [Mark(0, 5, "boilerplate", "X", "X", ""), Mark(1, 9, "entities", "Y", "Y", "")]
            + [Mark(2, 8, "entities", "Z", "Z", "")],
            ["<X", "a", "<Y", "b", "<Z", "cde", "Z>", "Y>", "chip X", "X>"]
            + ["<Y", "<Z", "fgh", "chip Z", "Z>", "i", "chip Y", "Y>"],
            id="marks reopened after a split keep the longer one outside",
        ),
        pytest.param(
            "abc",
            [Mark(1, 1, "entities", "E", "E", "")],
            ["abc"],
            id="empty mark is dropped",
        ),
    ],
)
def test_render_marks_nests_and_splits(text, marks, expected):
    # Every mark's chip text here is its label, so "chip A" is the chip of the mark labelled A.
    assert parse(render_marks(text, marks)).events == expected


HOSTILE = "<script>alert(1)</script> and <img src=x onerror=alert(1)> \"quoted\" 'single'"


def _tags(markup: str) -> set[str]:
    return {e.tag for e in parse(markup).nodes}


def test_hostile_article_text_stays_text():
    r = reading(HOSTILE, [entity(HOSTILE, "<img src=x onerror=alert(1)>", "ORG")], [Boilerplate(0, 8, "x")])
    markup = highlight(r)
    assert not re.search(r"<\s*(script|img)", markup, re.IGNORECASE)
    assert _tags(markup) <= SAFE_TAGS
    assert parse(markup).text == HOSTILE


@pytest.mark.parametrize("payload", ['"><script>alert(1)</script>', "' onmouseover='alert(1)", "<img src=x>"])
def test_hostile_labels_actors_and_reasons_stay_attribute_text(payload):
    text = "Ahmad Massoud spoke."
    r = reading(text, [Entity(0, 13, "Ahmad Massoud", payload, payload)], [Boilerplate(14, 20, payload)])
    for layers in (LAYERS, ("names", "boilerplate")):
        markup = highlight(r, layers=layers)
        assert not re.search(r"<\s*(script|img)", markup, re.IGNORECASE)
        w = parse(markup)
        assert _tags(markup) <= SAFE_TAGS
        assert all(set(e.attrs) <= SAFE_ATTRIBUTES for e in w.nodes)
        titles = {e.attrs["title"] for e in w.marks()}
        # An unknown model label is "other" in words; the actor's name is attribute text.
        assert titles == {f"{payload} · other", f"boilerplate · {payload}"}
        assert w.text == text


def _styled(markup: str) -> list[Node]:
    return [e for e in parse(markup).nodes if {"wb-mark", "wb-chip", "wb-swatch"} & e.classes]


# Every kind of mention: each actor kind, and each model label with no actor (plus an unknown one).
MENTIONS = [(kind, kind) for kind in ACTOR_KINDS] + [(label, None) for label in [*ENTITY_WORDS, "x"]]


def every_kind_of_mention() -> Reading:
    text = " ".join(word for word, _ in MENTIONS) + " tail"
    entities, actors, start = [], [], 0
    for word, kind in MENTIONS:
        entities.append(
            Entity(start, start + len(word), word, "ORG" if kind else word, word if kind else None)
        )
        if kind:
            actors.append(Actor(word, kind, (word,), 1, start))
        start += len(word) + 1
    return Reading(
        article=Article(id="t", text=text, boilerplate=(Boilerplate(start, len(text), "footer"),)),
        entity_records=tuple(entities),
        actor_records=tuple(actors),
    )


def test_every_styled_element_sets_readable_colours_and_container_inherits_theme():
    r = every_kind_of_mention()
    markup = highlight(r, layers=LAYERS)
    styled = _styled(markup)
    kinds = {m.label for m in to_marks(r, LAYERS)}
    assert len(styled) == 2 * len(r.entity_records) + 2 + len(kinds)  # mark and chip each, a swatch per kind
    for element in styled:
        style = element.css
        assert {"color", "background-color", "border"} <= set(style), element
        assert contrast_ratio(style["color"], style["background-color"]) >= 4.5, element
    container = parse(markup).nodes[0]
    assert container.classes == {"wb-highlight"}
    assert "pre-wrap" in container.css["white-space"]
    assert not {"color", "background", "background-color"} & set(container.css)


def test_no_model_label_reaches_the_page():
    r = every_kind_of_mention()
    for layers in (LAYERS, None):
        page = parse(highlight(r, layers=layers) if layers else highlight(r))
        shown = [chip for chips in page.chips.values() for chip in chips]
        shown += [e.shown for e in page.swatches()] + [e.attrs["title"] for e in page.marks()]
        shown += [e.attrs["data-label"] for e in page.marks()]
        for label in ("PERSON", "GPE", "NORP", "CARDINAL", "ORG", "FAC", "WORK_OF_ART"):
            assert not [s for s in shown if label in s.split(" · ")[-1].split()], (label, layers)


def test_names_at_rest_take_the_colours_they_sit_in_and_show_no_chip():
    r = every_kind_of_mention()
    page = parse(highlight(r))
    names = page.marks("names")
    assert len(names) == len(r.actor_records)  # actors' mentions only: no dates or numbers
    assert not page.marks("entities") and not any(page.chips.get(n.key) for n in names)
    for node in names:
        assert node.css["color"] == "inherit" and node.css["background-color"] == "transparent"
        assert "dotted" in node.css["border-bottom"]
        assert node.attrs["title"].endswith(" · " + dict(MENTIONS)[node.text].replace("_", " "))
    # Given the full entities layer too, the names are drawn once, boxed.
    both = parse(highlight(r, layers=("names", "entities")))
    assert not both.marks("names") and len(both.marks("entities")) == len(r.entity_records)


def test_swatch_is_styled_exactly_like_its_marks_and_boilerplate_is_dashed():
    text = "Kabul. Share"
    markup = highlight(
        reading(text, [Entity(0, 5, "Kabul", "GPE")], [Boilerplate(7, 12, "share")]), layers=LAYERS
    )
    w = parse(markup)
    marks = {e.attrs["data-label"]: e.css for e in w.marks()}
    for swatch in w.swatches():
        style = swatch.css
        style.pop("margin-right")
        style.pop("white-space")  # a swatch never wraps
        assert style == marks[swatch.attrs["data-label"]]
    assert "dashed" in marks["boilerplate"]["border"]


@pytest.mark.parametrize(
    "entities, boilerplate, expected",
    [
        ([], [], []),
        ([Entity(0, 1, "a", "PERSON"), Entity(2, 3, "c", "PERSON")], [], [("entities", "person")]),
        (
            [Entity(0, 1, "a", "PERSON"), Entity(2, 3, "c", "DATE")],
            [Boilerplate(4, 6, "share")],
            [("boilerplate", "boilerplate"), ("entities", "date"), ("entities", "person")],
        ),
        ([Entity(2, 2, "", "GPE")], [], []),  # an empty span shows nothing, so no legend entry
    ],
)
def test_legend_lists_exactly_the_labels_present(entities, boilerplate, expected):
    w = parse(highlight(reading("a c e f", entities, boilerplate), layers=LAYERS))
    swatches = [(e.attrs["data-layer"], e.attrs["data-label"]) for e in w.swatches()]
    assert swatches == expected
    assert len([e for e in w.nodes if "wb-legend" in e.classes]) == (1 if expected else 0)


def test_boilerplate_mark_covers_exactly_its_region():
    text = "Story text.\nShare on Facebook\nMore story."
    region = Boilerplate(12, 29, "share")
    w = parse(highlight(reading(text, [Entity(18, 20, "on", "ORG")], [region])))
    (mark,) = w.marks("boilerplate")
    assert (int(mark.attrs["data-start"]), int(mark.attrs["data-end"])) == (12, 29)
    assert mark.text == text[12:29] == "Share on Facebook"
    assert mark.attrs["title"] == "boilerplate · share"
    assert {"wb-mark", "wb-boilerplate"} <= mark.classes


@pytest.mark.parametrize(
    "ent, expected",
    [
        (
            Entity(0, 5, "Ahmad", "PERSON", "Ahmad Massoud"),
            Mark(0, 5, "entities", "person", "person", "Ahmad Massoud · person"),
        ),
        (Entity(3, 8, "Kabul", "GPE"), Mark(3, 8, "entities", "place", "place", "place")),
        (Entity(3, 6, "two", "CARDINAL"), Mark(3, 6, "entities", "number", "number", "number")),
    ],
)
def test_entity_converter(ent, expected):
    assert entity_marks(reading("x" * 10, [ent])) == [expected]


def test_layers_select_converters_and_unknown_layer_is_named():
    r = reading("abcdef", [Entity(0, 1, "a", "ORG")], [Boilerplate(2, 4, "share")])
    assert [m.layer for m in to_marks(r, ["boilerplate"])] == ["boilerplate"]
    assert 'data-layer="boilerplate"' not in highlight(r, layers=("entities",))
    with pytest.raises(ValueError, match="claimz"):
        highlight(r, layers=("claimz",))


def test_mark_outside_the_text_raises():
    with pytest.raises(ValueError, match="outside"):
        render_marks("abc", [Mark(1, 4, "entities", "X", "X", "")])


def test_legend_empty_without_marks():
    assert render_legend([]) == ""


@pytest.mark.parametrize(
    "fg, bg, expected",
    [
        ("#000000", "#ffffff", 21.0),
        ("#fff", "#fff", 1.0),
        ("#777777", "#ffffff", 4.48),
        ("#ffffff", "#767676", 4.54),
    ],
)
def test_contrast_ratio(fg, bg, expected):
    assert contrast_ratio(fg, bg) == pytest.approx(expected, abs=0.01)


def test_the_samples_default_view_marks_claims_and_figures_and_keeps_names_quiet(seed_reading):
    page = parse(highlight(seed_reading))
    assert {n.attrs["data-layer"] for n in page.marks()} == {"names", "claims", "casualties", "boilerplate"}
    chips = [chip for chips in page.chips.values() for chip in chips]
    assert all(len(owned) == 1 for owned in page.chips.values())  # never "named source named source"
    assert {"40 killed", "35 wounded", "DENIES", "ANONYMOUS SOURCE"} <= set(chips)
    # Chips flag what a reader must not miss; a plain assertion, a named source or a cue has none.
    assert not {"asserts", "named source", "media source", "cue"} & set(chips)
    words = chips + [n.attrs["title"] for n in page.marks()] + [s.shown for s in page.swatches()]
    for label in ("GPE", "NORP", "CARDINAL", "ORG", "PERSON", "FAC"):
        assert not [w for w in words if label in w.replace("·", " ").split()], label
    # An anonymous source in its own words, then whom it speaks for.
    sources = [n.attrs["title"] for n in page.marks("claims") if n.attrs["data-label"] == "source-anonymous"]
    officials = [t for t in sources if t.startswith("source · two US defense officials")]
    assert officials and all("(anonymous, for United States)" in t for t in officials)
