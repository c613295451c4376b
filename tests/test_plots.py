"""The figures: titled, labelled, honest about vague and open-ended figures, and deterministic."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from workbench import plots
from workbench.records import Claim
from workbench.views.ledger import LEDGER_COLUMNS
from workbench.views.tables import claims_table, combined


def _row(**values) -> dict:
    base = dict(
        party="Army",
        category="killed",
        claimed_by=None,
        claimant_side=None,
        stance="asserts",
        count=None,
        count_low=None,
        count_high=None,
        approx="exact",
        start=0,
        end=1,
        conflict=False,
        conflict_with="",
    )
    return {**base, "claimed_by": values.get("source"), **values}


@pytest.fixture(scope="module")
def ledger() -> pd.DataFrame:
    """One party's dead as four sources give them, a vague and an unquantified figure, a denial."""
    rows = [
        _row(source="Army", claimant_side="Army", count=12, text="12 soldiers were killed", conflict=True),
        _row(
            source="Rebels",
            claimant_side="Rebels",
            count_low=10,
            count_high=15,
            text="between 10 and 15 died",
        ),
        _row(source="UN", count=20, approx="more_than", text="more than 20 killed"),
        _row(source="Medics", count=7, approx="at_least", text="at least seven bodies"),
        _row(source="Rebels", category="wounded", approx="vague", size_word="dozens", text="dozens wounded"),
        _row(source="Locals", category="losses", approx="unquantified", text="suffered heavy losses"),
        _row(
            source="Rebels",
            party="Rebels",
            category="denial",
            stance="denies",
            approx=None,
            text="any attack on the village",
            conflict=True,
            conflict_with="Army",
        ),
    ]
    table = pd.DataFrame(rows, columns=LEDGER_COLUMNS)
    return table.astype({"count": "Int64", "count_low": "Int64", "count_high": "Int64"})


def _traces(fig: go.Figure, name: str) -> list:
    return [t for t in fig.data if t.name == name]


def _hover(fig: go.Figure) -> str:
    return "\n".join(str(h) for t in fig.data if t.hovertext is not None for h in t.hovertext)


def _row_labels(fig: go.Figure) -> dict[str, tuple[str, str]]:
    """The ledger chart's rows: each row's key to its (group heading, claimant label)."""
    rows, group = {}, None
    for key, label in zip(fig.layout.yaxis.tickvals, fig.layout.yaxis.ticktext, strict=True):
        if label.startswith("<b>"):
            group = label.removeprefix("<b>").removesuffix("</b>")
        else:
            rows[key] = (group, label)
    return rows


def _sources(fig: go.Figure, trace) -> list[str]:
    rows = _row_labels(fig)
    return [rows[key][1] for key in trace.y]


def _bar_rows(fig: go.Figure) -> list[tuple[str, str, float]]:
    """(group, source, x) of every bar drawn."""
    rows, found = _row_labels(fig), []
    for trace in fig.data:
        if isinstance(trace, go.Bar):
            found += [(*rows[y], x) for y, x in zip(trace.y, trace.x, strict=True) if x is not None]
    return found


# --- every figure ---


@pytest.fixture(scope="module")
def figures(seed_reading) -> dict[str, go.Figure]:
    r = seed_reading
    return {
        "actor_mentions": plots.actor_mentions(r.actors),
        "speaker_network": plots.speaker_network(r.claims, r.casualties, r.actors),
        "casualty_claims": plots.casualty_claims(r.ledger),
        "claims_timeline": plots.claims_timeline(r.claims),
    }


@pytest.mark.parametrize("name", plots.__all__)
def test_the_public_names_exist(name):
    assert hasattr(plots, name)


@pytest.mark.parametrize("name", ["actor_mentions", "speaker_network", "casualty_claims", "claims_timeline"])
def test_every_figure_is_titled_and_labelled_and_not_shown(figures, name):
    fig = figures[name]
    assert isinstance(fig, go.Figure)
    assert fig.layout.title.text
    assert fig.layout.xaxis.title.text
    if name != "speaker_network":  # a network's y axis is hidden: positions mean nothing
        assert fig.layout.yaxis.title.text


def test_hover_text_quotes_the_claims(seed_reading, figures):
    hover = _hover(figures["claims_timeline"]).replace("<br>", " ")
    for text in seed_reading.claims["text"]:
        assert html.escape(" ".join(text.split())[:30], quote=False) in hover


def test_hover_text_quotes_the_casualty_figures(seed_reading, figures):
    hover = _hover(figures["casualty_claims"]).replace("<br>", " ")
    for text in seed_reading.ledger["text"]:
        assert html.escape(text, quote=False) in hover


def test_actor_hover_names_the_words_in_the_text(seed_reading, figures):
    hover = _hover(figures["actor_mentions"])
    for aliases in seed_reading.actors["aliases"]:
        assert f"as written: {html.escape(aliases, quote=False)}" in hover


def test_hover_text_is_escaped():
    claim = Claim(
        0, 20, "<b>bold</b> <script>x</script>", "Army", "Army", 21, 25, "named", "said", 26, 30, "asserts"
    )
    hover = _hover(plots.claims_timeline(claims_table([claim])))
    assert "&lt;script&gt;x&lt;/script&gt;" in hover and "<script>" not in hover


# --- the ledger as a chart ---


def test_vague_and_unquantified_figures_are_not_bars(ledger):
    fig = plots.casualty_claims(ledger)
    drawn = {(group, source) for group, source, _ in _bar_rows(fig)}
    assert ("Army · wounded", "Rebels") not in drawn
    assert ("Army · losses", "Locals") not in drawn
    assert all(x > 0 for _, _, x in _bar_rows(fig))
    (marks,) = _traces(fig, "no number (vague / unquantified)")
    assert list(marks.x) == [0, 0]
    assert list(marks.text) == ["dozens (vague, no number)", "unquantified, no number"]


def test_a_range_is_a_bar_with_an_error_bar(ledger):
    fig = plots.casualty_claims(ledger)
    (bar,) = [t for t in fig.data if isinstance(t, go.Bar) and "Rebels" in _sources(fig, t)]
    at = _sources(fig, bar).index("Rebels")
    assert bar.x[at] == 10
    assert bar.error_x.visible and bar.error_x.array[at] == 5 and bar.error_x.arrayminus[at] == 0
    assert bar.text[at] == "10–15"


def test_more_than_and_at_least_are_open_ended(ledger):
    fig = plots.casualty_claims(ledger)
    (arrows,) = _traces(fig, "open-ended (at least / more than)")
    assert arrows.marker.symbol == "triangle-right"
    assert dict(zip(_sources(fig, arrows), arrows.x, strict=True)) == {"UN": 20, "Medics": 7}
    assert list(arrows.text) == ["20+", "7+"]


def test_denials_are_marked_and_contested_bars_hatched(ledger):
    fig = plots.casualty_claims(ledger)
    (denial,) = _traces(fig, "denial")
    assert list(denial.x) == [0]
    # A short label (a long one ran into the legend); the denied words are in the hover.
    assert list(denial.text) == ["DENIES"] and "any attack on the village" in denial.hovertext[0]
    assert denial.marker.color == plots.STANCE_COLORS["denies"]
    (army,) = [t for t in fig.data if isinstance(t, go.Bar) and t.name == "Army"]
    assert list(army.marker.pattern.shape) == ["/"]


def test_a_side_with_only_vague_figures_keeps_its_colour_in_the_legend(ledger):
    only_vague = ledger.assign(
        claimant_side=ledger["claimant_side"].where(ledger["category"] != "wounded", "Medics")
    )
    fig = plots.casualty_claims(only_vague)
    legend = {t.name: t.marker.color for t in fig.data if isinstance(t, go.Bar)}
    (marks,) = _traces(fig, "no number (vague / unquantified)")
    assert "Medics" in legend and legend["Medics"] in marks.marker.color


def test_the_ledger_chart_of_the_sample_marks_the_taliban_denial(figures):
    (denial,) = _traces(figures["casualty_claims"], "denial")
    assert "attacking Panjshir" in denial.hovertext[0]


# --- who speaks about whom ---


def test_network_edges_are_coloured_by_stance(figures):
    fig = figures["speaker_network"]
    (denies,) = _traces(fig, "denies · claim")
    assert denies.marker.color == plots.STANCE_COLORS["denies"]
    assert "Taliban → Panjshir" in denies.hovertext[0] and "attacking Panjshir" in denies.hovertext[0]
    (asserts,) = _traces(fig, "asserts · claim")
    assert asserts.marker.color == plots.STANCE_COLORS["asserts"]
    lines = [t for t in fig.data if t.mode == "lines" and t.line.color == plots.STANCE_COLORS["denies"]]
    assert lines and all(t.line.dash == "dash" for t in lines)


def test_network_links_claimants_to_the_parties_of_their_figures(figures):
    (figures_edges,) = _traces(figures["speaker_network"], "asserts · casualty figure")
    assert any("Fahim Dashti → Taliban" in h and "40 killed" in h for h in figures_edges.hovertext)


def test_network_nodes_grow_with_mentions(figures):
    sizes = {}
    for trace in figures["speaker_network"].data:
        if trace.mode == "markers+text":
            sizes.update(zip(trace.text, trace.marker.size, strict=True))
    assert sizes["Taliban"] > sizes["Panjshir"] > sizes["Baghlan"]


def test_network_layout_is_deterministic(seed_reading):
    r = seed_reading
    first = plots.speaker_network(r.claims, r.casualties, r.actors)
    shuffled = plots.speaker_network(
        r.claims.sample(frac=1, random_state=1), r.casualties, r.actors.sample(frac=1, random_state=2)
    )
    assert first.to_json() == plots.speaker_network(r.claims, r.casualties, r.actors).to_json()

    def positions(fig):
        return {
            name: (x, y)
            for t in fig.data
            if t.mode == "markers+text"
            for name, x, y in zip(t.text, t.x, t.y, strict=True)
        }

    assert positions(first) == positions(shuffled)


def test_network_can_find_actors_by_entity_offsets(seed_reading):
    r = seed_reading
    fig = plots.speaker_network(r.claims, actors=r.actors, entities=r.entities)
    (denies,) = _traces(fig, "denies · claim")
    assert "Taliban → Panjshir" in denies.hovertext[0]


# --- claims through the article ---


def test_timeline_gives_the_anonymous_share(seed_reading, figures):
    claims = seed_reading.claims
    anonymous = int((claims["speaker_type"] == "anonymous").sum())
    assert f"{anonymous} of {len(claims)} claims" in figures["claims_timeline"].layout.title.text
    symbols = {t.name: t.marker.symbol for t in figures["claims_timeline"].data if t.name}
    assert symbols["asserts · anonymous"] == plots.SPEAKER_SYMBOLS["anonymous"]


def test_timeline_puts_claims_at_their_offsets(seed_reading, figures):
    starts = sorted(x for t in figures["claims_timeline"].data if t.mode == "markers" for x in t.x)
    assert starts == sorted(seed_reading.claims["start"])


def test_a_one_claim_timeline_spans_the_article_not_the_claim(seed_reading):
    one = seed_reading.claims[seed_reading.claims["stance"] == "denies"].head(1)
    start, end = int(one["start"].iloc[0]), int(one["end"].iloc[0])
    fig = plots.claims_timeline(one)
    assert list(fig.layout.xaxis.range) == [0, end]  # where it falls, from the article's start
    fig = plots.claims_timeline(one, length=len(seed_reading.text))
    assert list(fig.layout.xaxis.range) == [0, len(seed_reading.text)]
    assert end - start < len(seed_reading.text) / 10


# --- many articles ---


def test_article_filter_and_many_articles(seed_reading, read_text):
    other = read_text("The Army said on Monday that rebels killed 12 soldiers near the border.")
    claims = combined([seed_reading, other], "claims")
    one = plots.claims_timeline(claims, article="text")
    assert sum(len(t.x) for t in one.data if t.mode == "markers") == len(other.claims)
    both = plots.claims_timeline(claims)
    assert "across articles" in both.layout.title.text
    with pytest.raises(ValueError, match="article"):
        plots.claims_timeline(seed_reading.claims, article="text")


def test_actor_mentions_sum_over_articles(seed_reading):
    actors = combined([seed_reading, seed_reading], "actors")
    fig = plots.actor_mentions(actors, top=3, title="Top three")
    assert fig.layout.title.text == "Top three"
    bars = {y: x for t in fig.data for y, x in zip(t.y, t.x, strict=True)}
    taliban = seed_reading.actors.set_index("name").loc["Taliban", "mentions"]
    assert bars["Taliban"] == 2 * taliban and len(bars) == 3


# --- hostile text in every label, not only in hover text ---


def _drawn_texts(fig: go.Figure) -> list[str]:
    """Every string plotly draws other than hover text: titles, ticks, legends, labels."""
    found = []

    def walk(value, key=""):
        if isinstance(value, dict):
            for k, v in value.items():
                if k not in {"hovertext", "hovertemplate"}:
                    walk(v, k)
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v, key)
        elif isinstance(value, str):
            found.append(value)

    walk(fig.to_plotly_json())
    return found


@pytest.fixture(scope="module")
def hostile_figures(read_text):
    from hostile import ARTICLE_TEXT, figures_of, hostile_tables

    return figures_of(hostile_tables(read_text(ARTICLE_TEXT)))


def test_hostile_names_are_text_in_every_label(hostile_figures):
    from hostile import HOSTILE

    for name, fig in hostile_figures.items():
        drawn = "\n".join(_drawn_texts(fig))
        assert not [h for h in HOSTILE if h in drawn], name
        assert "&lt;" in drawn, name  # the names are there, escaped, not dropped


def test_hostile_names_are_text_in_hover_too(hostile_figures):
    from hostile import HOSTILE

    for name, fig in hostile_figures.items():
        assert not [h for h in HOSTILE if h in _hover(fig)], name


def test_every_plot_takes_a_corpus_table(tmp_path, nlp):
    from workbench.corpus.corpus import read_many

    for name, text in (("one", HADDAD_1), ("two", HADDAD_2)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    corpus = read_many(tmp_path, nlp=nlp, progress=False)
    figures = [
        plots.actor_mentions(corpus.actors),
        plots.speaker_network(corpus.claims, corpus.casualties, corpus.actors),
        plots.speaker_network(corpus.claims, corpus.casualties, corpus.actors, entities=corpus.entities),
        plots.casualty_claims(corpus.ledger),
        plots.claims_timeline(corpus.claims),
        plots.actor_mentions(corpus.actors, top=2),
    ]
    bars = {y: x for t in figures[0].data for y, x in zip(t.y, t.x, strict=True)}
    assert bars["Amir Haddad"] == corpus.actors.set_index("name").loc["Amir Haddad", "mentions"]
    assert all(fig.layout.title.text for fig in figures)


HADDAD_1 = (
    "Colonel Amir Haddad, spokesman for the Veloran army, said on Tuesday that 45 rebels were killed "
    "near Kessa.\n"
)
HADDAD_2 = (
    "Amir Haddad told reporters that the army had retaken the market. Haddad said four soldiers died.\n"
)


# --- readable on the sample and on a corpus of twenty reports ---

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))[:20]


@pytest.fixture(scope="module")
def corpus_figures(nlp) -> dict[str, go.Figure]:
    from workbench import Article, read

    readings = [read(Article.from_text(p.read_text(encoding="utf-8"), id=p.stem), nlp=nlp) for p in ARTICLES]
    assert len(readings) == 20
    return {
        "speaker_network": plots.speaker_network(
            combined(readings, "claims"), combined(readings, "casualties"), combined(readings, "actors")
        ),
        "casualty_claims": plots.casualty_claims(combined(readings, "ledger")),
    }


def _both(figures, corpus_figures, name):
    return [figures[name], corpus_figures[name]]


def test_the_ledger_chart_has_one_column_of_labels_and_the_legend_above(figures, corpus_figures):
    for fig in _both(figures, corpus_figures, "casualty_claims"):
        axis = fig.layout.yaxis
        assert axis.type == "category" and all(isinstance(v, str) for v in axis.tickvals)
        for trace in fig.data:
            assert trace.y is None or all(y is None or isinstance(y, str) for y in trace.y)  # no table
        shown = [html.unescape(re.sub(r"</?b>", "", label)) for label in axis.ticktext]
        assert max(map(len, shown)) <= 42
        headings = [label for label in axis.ticktext if label.startswith("<b>")]
        assert headings and len(headings) < len(axis.ticktext)
        # Across the top, inside the top margin, so no label of the chart can run into it.
        legend = fig.layout.legend
        assert legend.orientation == "h" and legend.yref == "container" and legend.yanchor == "top"
        assert (1 - legend.y) * fig.layout.height < fig.layout.margin.t
        for trace in _traces(fig, "denial"):
            assert set(trace.text) == {"DENIES"}


def test_counts_a_hundredfold_apart_are_drawn_on_a_log_axis(figures, corpus_figures):
    assert figures["casualty_claims"].layout.xaxis.type != "log"  # 35 and 40
    fig = corpus_figures["casualty_claims"]
    counts = [x for _, _, x in _bar_rows(fig)]
    assert min(counts) > 0  # a log axis cannot draw a bar of none
    assert max(counts) / min(counts) >= 100 and fig.layout.xaxis.type == "log"
    assert "log scale" in fig.layout.title.text
    for name in ("no number (vague / unquantified)", "denial", "none (a count of 0)"):
        for trace in _traces(fig, name):
            assert all(x > 0 for x in trace.x)  # on the axis, not at a zero a log axis lacks


def _node_labels(fig: go.Figure) -> list[tuple[str, float, float, str]]:
    return [
        (text, x, y, position)
        for t in fig.data
        if t.mode == "markers+text"
        for text, x, y, position in zip(t.text, t.x, t.y, t.textposition, strict=True)
    ]


def test_network_labels_point_outward_do_not_overprint_and_are_not_clipped(figures, corpus_figures):
    for fig in _both(figures, corpus_figures, "speaker_network"):
        labels = _node_labels(fig)
        middle = sum(x for _, x, _, _ in labels) / len(labels)
        boxes = []
        for text, x, y, position in labels:
            assert position == ("middle right" if x >= middle else "middle left")
            assert len(html.unescape(text)) <= 24
            boxes.append(plots._label_box(html.unescape(text), x, y, middle))
        for i, (left, right, bottom, top) in enumerate(boxes):
            for other in boxes[i + 1 :]:
                assert right <= other[0] or other[1] <= left or top <= other[2] or other[3] <= bottom
            (x0, x1), (y0, y1) = fig.layout.xaxis.range, fig.layout.yaxis.range
            assert x0 <= left and right <= x1 and y0 <= bottom and top <= y1


def test_a_corpus_network_keeps_the_most_connected_and_says_so(corpus_figures):
    fig = corpus_figures["speaker_network"]
    assert len(_node_labels(fig)) == 40
    assert re.search(r"the 40 most connected of \d+ speakers and actors", fig.layout.title.text)


def test_a_count_of_none_on_a_log_axis_is_marked_at_the_axis():
    rows = [
        _row(source="Army", count=0, text="no soldiers were killed"),
        _row(source="UN", count=2, text="two soldiers were killed"),
        _row(source="UN", party="civilians", category="displaced", count=5000, text="5,000 fled"),
    ]
    table = pd.DataFrame(rows, columns=LEDGER_COLUMNS).astype({"count": "Int64", "count_low": "Int64"})
    fig = plots.casualty_claims(table)
    assert fig.layout.xaxis.type == "log"
    (none,) = _traces(fig, "none (a count of 0)")
    assert _sources(fig, none) == ["Army"] and list(none.text) == ["0"] and none.x[0] > 0
    assert sorted(x for _, _, x in _bar_rows(fig)) == [2, 5000]


# --- the drawing layer ---


def test_the_drawing_layer_escapes_every_text_it_draws_and_wraps_quotes():
    from hostile import BOLD, HOSTILE, ITALIC, LINK

    from workbench.views import chart

    words = "They said " + "very " * 30 + LINK
    frame = pd.DataFrame(
        {
            "x": [1, 2],
            "y": [BOLD, ITALIC],
            "legend": [LINK, LINK],
            "color": ["#000000", "#000000"],
            "text": [ITALIC, BOLD],
            "textposition": ["outside", "inside"],
            "hover": [(BOLD, f" ({ITALIC})", LINK, chart.Quote("«", words, "»")), None],
        }
    )
    fig = chart.figure(
        [
            *chart.bars(frame),
            *chart.markers(frame.assign(textposition="middle right")),
            *chart.segments(frame.assign(x_end=frame["x"])),
        ],
        title="A title",
        note=BOLD,
        x=ITALIC,
        y=BOLD,
        legend=LINK,
        order=frame["y"],
    )
    drawn = "\n".join(_drawn_texts(fig))
    assert not [h for h in HOSTILE if h in drawn] and "&lt;b&gt;Resistance" in drawn
    hover = fig.data[0].hovertext[0]
    assert not [h for h in HOSTILE if h in hover]
    assert hover.startswith("<b>The &lt;b&gt;Resistance</b> (&lt;i&gt;side&lt;/i&gt;)<br>")
    quote = hover.split("<br>", 2)[2]
    assert quote.startswith("«They said very") and quote.endswith("»") and quote.count("<br>") >= 2
    assert all(len(html.unescape(line)) <= 82 for line in quote.split("<br>"))
    assert [t.name for t in fig.data if t.showlegend is not False] == [html.escape(LINK, quote=False)] * 2
