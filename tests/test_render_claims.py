"""The claims layer of the highlighter: content, source and cue of each claim, readable and safe."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from markup import SAFE_ATTRIBUTES, SAFE_TAGS, at, entity, parse

from workbench.input.article import Article
from workbench.records import Boilerplate, Claim, Entity
from workbench.records.reading import Reading
from workbench.views.render import (
    CONVERTERS,
    DEFAULT_LAYERS,
    LAYERS,
    STYLES,
    Mark,
    claim_marks,
    claim_title,
    contrast_ratio,
    highlight,
    render_marks,
    style_for,
    to_marks,
)

# --- readings built by hand -------------------------------------------------------------------------


def claim(
    text: str,
    content: str,
    cue: str,
    speaker: str | None = None,
    speaker_type: str = "named",
    stance: str = "asserts",
    *,
    canonical: str | None = None,
    hedged: bool = False,
    via: str | None = None,
    quote: bool = False,
    nth: int = 0,
) -> Claim:
    start, end = at(text, content, nth)
    speaker_start, speaker_end = at(text, speaker) if speaker is not None else (None, None)
    return Claim(
        start,
        end,
        content,
        canonical or speaker,
        speaker,
        speaker_start,
        speaker_end,
        speaker_type if speaker is not None else "unattributed",
        cue,
        *at(text, cue),
        stance,
        hedged,
        via,
        quote,
    )


def reading(text: str, claims=(), entities=(), boilerplate=()) -> Reading:
    return Reading(
        article=Article(id="t", text=text, boilerplate=tuple(boilerplate)),
        entity_records=tuple(entities),
        actor_records=(),
        claim_records=tuple(claims),
    )


QUOTE = "Share this\r\n“The Taliban attacked Panjshir <at dawn> & fled,” said Ahmad Massoud on Monday. 🙂"
QUOTE_READING = reading(
    QUOTE,
    # The content covers the quotation only; the cue and source follow it.
    [claim(QUOTE, "The Taliban attacked Panjshir <at dawn> & fled", "said", "Ahmad Massoud", quote=True)],
    [
        entity(QUOTE, "Taliban", "ORG"),
        entity(QUOTE, "Panjshir", "GPE"),
        entity(QUOTE, "Ahmad Massoud", "PERSON"),
    ],
    [Boilerplate(0, 12, "share")],
)

CHAIN = (
    "CNN, citing two US defense officials, reported that 12 fighters died in Panjshir, "
    "which the Taliban denied."
)
CHAIN_READING = reading(
    CHAIN,
    [
        claim(
            CHAIN,
            "12 fighters died in Panjshir",
            "reported",
            "two US defense officials",
            "anonymous",
            hedged=True,
            via="CNN",
        ),
        claim(
            CHAIN,
            "12 fighters died in Panjshir",
            "denied",
            "the Taliban",
            stance="denies",
            canonical="Taliban",
        ),
    ],
    [entity(CHAIN, "CNN", "ORG"), entity(CHAIN, "US", "GPE"), entity(CHAIN, "Panjshir", "GPE")],
)

# The source inside the content, a quote inside a longer reported clause, a boilerplate region
# crossing the end of a claim, an entity crossing the end of a source.
NESTED = (
    "He said Defense Ministry spokesman Enayatullah Khwarazmi confirmed “the valley is ours” today."
    "\nRead more"
)
NESTED_READING = reading(
    NESTED,
    [
        claim(
            NESTED,
            "Defense Ministry spokesman Enayatullah Khwarazmi confirmed “the valley is ours” today",
            "said",
            "He",
        ),
        claim(
            NESTED,
            "the valley is ours",
            "confirmed",
            "Defense Ministry spokesman Enayatullah Khwarazmi",
            canonical="Enayatullah Khwarazmi",
            quote=True,
        ),
    ],
    [entity(NESTED, "Defense Ministry", "ORG"), entity(NESTED, "Khwarazmi confirmed", "PERSON")],
    [Boilerplate(NESTED.index("today"), len(NESTED), "read-more")],
)

UNATTRIBUTED = "Dozens were reportedly killed."
UNATTRIBUTED_READING = reading(
    UNATTRIBUTED, [claim(UNATTRIBUTED, "Dozens were reportedly killed", "reportedly", hedged=True)]
)

READINGS = [
    pytest.param(QUOTE_READING, id="quote with source and cue outside"),
    pytest.param(CHAIN_READING, id="two claims over one content, chain via media"),
    pytest.param(NESTED_READING, id="source inside content, quote inside clause, crossing marks"),
    pytest.param(UNATTRIBUTED_READING, id="unattributed, cue inside content"),
    pytest.param(reading(""), id="empty"),
]


# --- tests ------------------------------------------------------------------------------------------


def test_the_default_layers_include_claims():
    assert DEFAULT_LAYERS == ("names", "claims", "casualties", "boilerplate")
    assert set(LAYERS) | set(DEFAULT_LAYERS) == set(CONVERTERS)  # every layer one toggle away


@pytest.mark.parametrize("r", READINGS)
def test_article_text_round_trips_without_chips_and_legend(r):
    assert parse(highlight(r)).text == r.text


@pytest.mark.parametrize("r", READINGS)
def test_each_mark_covers_exactly_its_characters_and_has_exactly_one_chip(r):
    marks = to_marks(r)
    page = parse(highlight(r))
    expected = {(m.layer, m.label, m.start, m.end): r.text[m.start : m.end] for m in marks if m.start < m.end}
    assert page.covered() == expected
    chips = {(m.layer, m.label, m.start, m.end): [m.chip] for m in marks if m.start < m.end and m.chip}
    assert page.chips == chips


def test_claim_converter_gives_content_source_and_cue():
    text = "Officials said the bridge fell."
    c = claim(text, "the bridge fell", "said", "Officials", "anonymous", via="AP")
    title = "Officials (anonymous) via AP · asserts"
    # A plain assertion and its reporting word need no chip: their lines say what they are.
    assert claim_marks(reading(text, [c])) == [
        Mark(15, 30, "claims", "asserts", "", title, "asserts"),
        Mark(0, 9, "claims", "source-anonymous", "ANONYMOUS SOURCE", f"source · {title}", "ANONYMOUS SOURCE"),
        Mark(10, 14, "claims", "cue", "", f"cue · {title}", "reporting word"),
    ]


@pytest.mark.parametrize(
    "c, expected",
    [
        pytest.param(
            CHAIN_READING.claim_records[0],
            "two US defense officials (anonymous) via CNN · asserts · hedged",
            id="anonymous via media, hedged",
        ),
        pytest.param(CHAIN_READING.claim_records[1], "Taliban (named) · denies", id="canonical name"),
        pytest.param(
            replace(CHAIN_READING.claim_records[0], speaker="United States", hedged=False),
            "two US defense officials (anonymous, for United States) via CNN · asserts",
            id="anonymous in its own words, then whom it speaks for",
        ),
        pytest.param(
            replace(QUOTE_READING.claim_records[0], speaker_text="he", quote=False),
            "Ahmad Massoud (named) · asserts",
            id="a pronoun gives way to the actor",
        ),
        pytest.param(
            replace(CHAIN_READING.claim_records[0], speaker="CNN", via="CNN", hedged=False),
            "two US defense officials (anonymous, for CNN) · asserts",
            id="no relay through the source itself",
        ),
        pytest.param(
            QUOTE_READING.claim_records[0], "Ahmad Massoud (named) · asserts · direct quote", id="quote"
        ),
        pytest.param(
            UNATTRIBUTED_READING.claim_records[0], "unattributed · asserts · hedged", id="unattributed"
        ),
    ],
)
def test_claim_title(c, expected):
    assert claim_title(c) == expected


def test_tooltip_on_content_source_and_cue_names_speaker_type_stance_and_chain():
    page = parse(highlight(CHAIN_READING, layers=("claims",)))
    titles = {
        node.attrs["data-label"]: node.attrs["title"] for node in page.marks() if "CNN" in node.attrs["title"]
    }
    chain = "two US defense officials (anonymous) via CNN · asserts · hedged"
    assert titles == {
        "asserts-hedged": chain,
        "source-anonymous": f"source · {chain}",
        "cue": f"cue · {chain}",
    }


@pytest.mark.parametrize(
    "stance, hedged, chip, line",
    [
        ("asserts", False, "", "solid"),
        ("asserts", True, "hedged", "dotted"),
        ("denies", False, "DENIES", "double"),
        ("denies", True, "DENIES · hedged", "dashed"),
    ],
)
def test_content_is_underlined_only_with_a_line_per_stance_and_hedge(stance, hedged, chip, line):
    text = "Kabul said the pass was open."
    c = claim(text, "the pass was open", "said", "Kabul", stance=stance, hedged=hedged)
    page = parse(highlight(reading(text, [c]), layers=("claims",)))
    (content,) = [n for n in page.marks() if n.attrs["data-start"] == str(c.start)]
    assert page.chips.get(content.key, []) == ([chip] if chip else [])
    css = content.css
    assert css["border"].startswith("0 none")  # no box around a long quotation
    assert line in css["border-bottom"].split()
    assert css["border-radius"] == "0"
    assert {"color", "background-color"} <= set(css)


def test_a_denial_looks_different_from_an_assertion_beyond_colour():
    page = parse(highlight(CHAIN_READING, layers=("claims",)))
    content = {
        n.attrs["data-label"]: n for n in page.marks() if not n.attrs["title"].startswith(("source", "cue"))
    }
    asserts, denies = content["asserts-hedged"], content["denies"]
    assert asserts.css["border-bottom"].split()[1] != denies.css["border-bottom"].split()[1]
    assert asserts.css["background-color"] != denies.css["background-color"]
    assert page.chips[denies.key] == ["DENIES"]
    assert style_for("claims", "denies") != style_for("claims", "asserts")
    assert style_for("claims", "denies").border_style == "double"


@pytest.mark.parametrize(
    "speaker_type, chip",
    [
        ("anonymous", "ANONYMOUS SOURCE"),
        ("named", "named source"),
        ("media", "media source"),
        ("document", "document source"),
    ],
)
def test_only_an_anonymous_source_has_a_chip_and_the_legend_names_each_type(speaker_type, chip):
    text = "The report says the dam broke."
    c = claim(text, "the dam broke", "says", "The report", speaker_type)
    page = parse(highlight(reading(text, [c])))
    (source,) = [n for n in page.marks() if n.attrs["data-label"].startswith("source-")]
    assert source.key == ("claims", f"source-{speaker_type}", 0, 10)
    assert page.chips.get(source.key, []) == ([chip] if speaker_type == "anonymous" else [])
    (swatch,) = [s for s in page.swatches() if s.attrs["data-label"] == f"source-{speaker_type}"]
    assert swatch.shown == chip


def test_two_claims_of_one_source_box_it_once_with_one_chip():
    text = "Officials denied the raid, saying the convoy was empty."
    claims = [
        claim(text, "the raid", "denied", "Officials", "anonymous", stance="denies"),
        claim(text, "the convoy was empty", "saying", "Officials", "anonymous"),
    ]
    page = parse(highlight(reading(text, claims)))
    (source,) = [n for n in page.marks() if "source" in n.attrs["data-label"]]
    assert page.chips[source.key] == ["ANONYMOUS SOURCE"]
    assert source.attrs["title"].splitlines() == [
        "source · Officials (anonymous) · denies",
        "source · Officials (anonymous) · asserts",
    ]


def test_anonymous_source_has_its_own_heavier_style():
    anonymous, named = style_for("claims", "source-anonymous"), style_for("claims", "source-named")
    assert anonymous != named
    assert anonymous.border_style != named.border_style
    assert anonymous.border_width != "1px"


def test_no_source_mark_without_a_source_span():
    page = parse(highlight(UNATTRIBUTED_READING))
    assert sorted(n.attrs["data-label"] for n in page.marks()) == ["asserts-hedged", "cue"]


@pytest.mark.parametrize(
    "marks, expected",
    [
        pytest.param(
            [
                Mark(0, 3, "entities", "PERSON", "P", ""),
                Mark(0, 3, "claims", "cue", "c", ""),
                Mark(0, 3, "claims", "source-named", "s", ""),
                Mark(0, 3, "claims", "denies", "d", ""),
                Mark(0, 3, "boilerplate", "boilerplate", "b", ""),
            ],
            ["<boilerplate", "<denies", "<source-named", "<cue", "<PERSON", "abc"]
            + ["chip P", "PERSON>", "chip c", "cue>", "chip s", "source-named>", "chip d", "denies>"]
            + ["chip b", "boilerplate>"],
            id="one span: boilerplate, content, source, cue, entity from outside in",
        ),
        pytest.param(
            [
                Mark(1, 2, "entities", "PERSON", "P", ""),
                Mark(0, 3, "claims", "source-named", "s", ""),
                Mark(0, 4, "claims", "asserts", "a", ""),
            ],
            ["<asserts", "<source-named", "a", "<PERSON", "b", "chip P", "PERSON>", "c"]
            + ["chip s", "source-named>", "d", "chip a", "asserts>"],
            id="entity inside source inside content",
        ),
        pytest.param(
            [Mark(0, 2, "claims", "asserts", "a", ""), Mark(1, 4, "claims", "source-named", "s", "")],
            ["<asserts", "a", "<source-named", "b", "source-named>", "chip a", "asserts>"]
            + ["<source-named", "cd", "chip s", "source-named>"],
            id="source crossing the end of its content is split, chip once",
        ),
        pytest.param(
            [Mark(1, 3, "claims", "asserts", "q", ""), Mark(0, 4, "claims", "asserts", "a", "")],
            ["<asserts", "a", "<asserts", "bc", "chip q", "asserts>", "d", "chip a", "asserts>"],
            id="quote inside a longer claim",
        ),
    ],
)
def test_nesting_order(marks, expected):
    assert parse(render_marks("abcd"[: max(m.end for m in marks)], marks)).events == expected


def test_nested_underlines_are_drawn_at_distinct_depths():
    page = parse(highlight(NESTED_READING, layers=("claims",)))
    content = [n for n in page.marks() if n.attrs["data-label"] == "asserts"]
    outer = next(n for n in content if n.text == NESTED_READING.claim_records[0].text)
    inner = next(n for n in content if n.text == "the valley is ours")
    assert outer.key in inner.marks_above

    def lift(node):
        return float(node.css["padding"].split()[-1].removesuffix("em"))

    assert lift(outer) > lift(inner)
    # The legend swatch is styled like an un-nested mark.
    (swatch,) = [s for s in page.swatches() if s.attrs["data-label"] == "asserts"]
    swatch_css = swatch.css
    swatch_css.pop("margin-right")
    swatch_css.pop("white-space")  # a swatch never wraps
    assert swatch_css == inner.css


def test_claims_only_and_entities_only():
    claims_only = parse(highlight(CHAIN_READING, layers=("claims",)))
    assert claims_only.marks() and {n.attrs["data-layer"] for n in claims_only.marks()} == {"claims"}
    assert {s.attrs["data-layer"] for s in claims_only.swatches()} == {"claims"}
    entities_only = parse(highlight(CHAIN_READING, layers=("entities",)))
    assert entities_only.marks() and {n.attrs["data-layer"] for n in entities_only.marks()} == {"entities"}
    assert 'data-layer="claims"' not in highlight(CHAIN_READING, layers=("entities",))
    everything = parse(highlight(CHAIN_READING, layers=("entities", "claims", "boilerplate")))
    assert {n.attrs["data-layer"] for n in everything.marks()} == {"entities", "claims"}
    assert highlight(CHAIN_READING) == highlight(CHAIN_READING, layers=DEFAULT_LAYERS)


def test_legend_lists_claim_styles_alongside_entity_labels():
    page = parse(highlight(CHAIN_READING, layers=LAYERS))
    legend = [(s.attrs["data-layer"], s.attrs["data-label"]) for s in page.swatches()]
    assert legend == [
        ("claims", "asserts-hedged"),
        ("claims", "denies"),
        ("claims", "source-anonymous"),
        ("claims", "source-named"),
        ("claims", "cue"),
        ("entities", "organization"),
        ("entities", "place"),
    ]


def test_legend_swatches_read_like_the_chips():
    markup = highlight(CHAIN_READING, layers=("claims",))
    shown = re.findall(r'class="wb-swatch[^>]*>([^<]*)</span>', markup)
    assert shown == ["asserts · hedged", "DENIES", "ANONYMOUS SOURCE", "named source", "reporting word"]


CLAIM_LABELS = sorted(label for layer, label in STYLES if layer == "claims" and label != "*")


def test_every_claim_style_element_sets_readable_colours():
    assert {"asserts", "asserts-hedged", "denies", "denies-hedged", "source-anonymous", "cue"} <= set(
        CLAIM_LABELS
    )
    # One reading with every claim style: content per stance, every source type, cues.
    words = ["w"] * 16
    text = " ".join(f"{w}{i}" for i, w in enumerate(words))
    claims = []
    kinds = [("asserts", False), ("asserts", True), ("denies", False), ("denies", True), ("other", False)]
    types = ["named", "anonymous", "media", "document", "unattributed"]
    for i, ((stance, hedged), speaker_type) in enumerate(zip(kinds, types, strict=True)):
        content, cue, speaker = (at(text, f"w{3 * i + k}") for k in range(3))
        claims.append(Claim(*content, "", "x", "x", *speaker, speaker_type, "c", *cue, stance, hedged))
    page = parse(highlight(reading(text, claims)))
    styled = [n for n in page.nodes if {"wb-mark", "wb-chip", "wb-swatch"} & n.classes]
    labels = {n.attrs["data-label"] for n in page.marks()}
    assert labels >= set(CLAIM_LABELS)
    marks = to_marks(reading(text, claims))
    assert len(marks) == 3 * len(claims)
    # A mark each, a chip for those that have one, a swatch per label.
    assert len(styled) == len(marks) + sum(bool(m.chip) for m in marks) + len(labels)
    for node in styled:
        css = node.css
        assert {"color", "background-color", "border"} <= set(css), node
        assert contrast_ratio(css["color"], css["background-color"]) >= 4.5, node


@pytest.mark.parametrize("label", CLAIM_LABELS + ["*"])
def test_claim_styles_contrast(label):
    style = STYLES["claims", label]
    assert contrast_ratio(style.color, style.background) >= 4.5
    assert contrast_ratio(style.chip_color, style.border) >= 4.5


HOSTILE = ['"><script>alert(1)</script>', "' onmouseover='alert(1)", "<img src=x onerror=alert(1)>"]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_speaker_via_cue_stance_and_type_stay_text(payload):
    text = "Ahmad Massoud said 12 died."
    c = Claim(
        *at(text, "12 died"),
        payload,
        payload,
        payload,
        *at(text, "Ahmad Massoud"),
        payload,  # speaker type
        payload,  # cue as written
        *at(text, "said"),
        payload,  # stance
        True,
        payload,  # via
    )
    r = reading(text, [c], [Entity(0, 13, "Ahmad Massoud", payload)])
    markup = highlight(r)
    assert not re.search(r"<\s*(script|img)", markup, re.IGNORECASE)
    page = parse(markup)
    assert {n.tag for n in page.nodes} <= SAFE_TAGS
    assert all(set(n.attrs) <= SAFE_ATTRIBUTES for n in page.nodes)
    # The relay is the speaker itself here, so the tooltip names no "via".
    title = f"{payload} ({payload}) · {payload} · hedged"
    titles = {n.attrs["title"] for n in page.marks("claims")}
    assert titles == {title, f"source · {title}", f"cue · {title}"}
    labels = {n.attrs["data-label"] for n in page.marks("claims")}
    assert labels == {"other", "source-other", "cue"}
    assert [c for chips in page.chips.values() for c in chips] == [f"{payload} · hedged"]
    assert f"{payload} source" in [s.shown for s in page.swatches()]
    assert page.text == text


def test_claim_offsets_outside_the_text_raise():
    text = "abc"
    bad = Claim(0, 9, "abc", None, None, None, None, "unattributed", "x", 0, 1, "asserts")
    with pytest.raises(ValueError, match="outside"):
        highlight(reading(text, [bad]))
