"""The explorer: pure filters, actor selection, and the static fallback shown without a kernel."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbench import Article, read
from workbench.views.render import CONVERTERS, DEFAULT_LAYERS
from workbench.views.widgets import Explorer, explore, filter_tables, summary_html

HOSTILE = (
    "<script>document.title='pwned'</script>\n\n"
    "The army said on Monday that rebels killed 12 soldiers near Goma. "
    "<img src=x onerror=\"document.title='pwned'\"> Local officials said dozens of families fled."
)
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def readings(seed_reading, nlp):
    other = read(
        Article.from_text("The army said on Monday that rebels killed 12 soldiers.", id="short"), nlp=nlp
    )
    return [seed_reading, other]


@pytest.fixture(scope="module")
def hostile(nlp):
    return read(Article.from_text(HOSTILE, id="<b>hostile</b>"), nlp=nlp)


def _name_titles(markup: str) -> list[str]:
    return re.findall(r'<mark class="wb-mark wb-names"[^>]*title="([^"]*)"', markup)


# --- filters, without a browser ---


def test_no_filter_keeps_everything(seed_reading, readings):
    s = filter_tables(readings, seed_reading.article.id)
    assert len(s.claims) == len(seed_reading.claims)
    assert len(s.casualties) == len(seed_reading.casualties)
    assert len(s.ledger) == len(seed_reading.ledger)
    assert len(s.entities) == len(seed_reading.entities)


def test_stance_keeps_the_denials_and_their_ledger_rows(seed_reading, readings):
    s = filter_tables(readings, seed_reading.article.id, stance="denies")
    assert set(s.claims["stance"]) == {"denies"} and len(s.claims)
    assert set(s.ledger["stance"]) == {"denies"}
    assert s.casualties.empty  # no figure sits inside a denial


def test_speaker_keeps_its_claims_and_the_figures_inside_them(seed_reading, readings):
    s = filter_tables(readings, seed_reading.article.id, speaker="Fahim Dashti")
    assert set(s.claims["speaker"]) == {"Fahim Dashti"}
    assert set(s.casualties["claim"]) <= set(s.claims["id"])
    assert set(s.casualties["claimed_by"]) == {"Fahim Dashti"}
    assert set(s.ledger["source"]) == {"Fahim Dashti"} and len(s.ledger) == len(s.casualties)


def test_speaker_type_keeps_anonymous_sources(seed_reading, readings):
    s = filter_tables(readings, seed_reading.article.id, speaker_type="anonymous")
    expected = (seed_reading.claims["speaker_type"] == "anonymous").sum()
    assert len(s.claims) == expected and set(s.claims["speaker_type"]) == {"anonymous"}


def test_claims_keep_their_index_in_the_article(seed_reading, readings):
    s = filter_tables(readings, seed_reading.article.id, stance="denies")
    for i, row in s.claims.iterrows():
        assert seed_reading.claims.loc[i, "text"] == row["text"]


def test_actor_keeps_its_mentions_and_what_involves_it(seed_reading, readings):
    s = filter_tables(readings, seed_reading.article.id, actor="Taliban")
    mentions = int(seed_reading.actors.set_index("name").loc["Taliban", "mentions"])
    assert set(s.entities["actor"]) == {"Taliban"} and len(s.entities) == mentions
    assert list(s.actors["name"]) == ["Taliban"]
    # A claim involves the actor under any of its names ("Islamic Emirate" is the Taliban's).
    aliases = set(seed_reading.actors.set_index("name").loc["Taliban", "aliases"])
    named = [
        any(a in str(row["speaker"]) or a in row["text"] or a in str(row["via"]) for a in aliases)
        for _, row in s.claims.iterrows()
    ]
    assert all(named)
    assert set(s.ledger["party"].dropna()) <= {"Taliban", "resistance front"}


def test_filters_combine(seed_reading, readings):
    s = filter_tables(readings, seed_reading.article.id, actor="Taliban", stance="denies")
    assert len(s.claims) == 1 and s.claims.iloc[0]["text"] == "attacking Panjshir"


def test_unknown_article_and_duplicate_ids_are_errors(seed_reading, readings):
    with pytest.raises(KeyError):
        filter_tables(readings, "nope")
    with pytest.raises(ValueError, match="distinct"):
        explore([seed_reading, seed_reading])


# --- the explorer ---


def test_selecting_an_actor_highlights_all_its_mentions(seed_reading, readings):
    explorer = explore(readings)
    explorer.select(seed_reading.article.id, actor="Taliban")
    titles = _name_titles(explorer.text.value)
    mentions = int(seed_reading.actors.set_index("name").loc["Taliban", "mentions"])
    assert len(titles) == mentions and all(t.startswith("Taliban · ") for t in titles)
    assert "actor: Taliban" in explorer.counts.value


def test_controls_update_text_tables_and_figures_together(seed_reading, readings):
    explorer = explore(readings)
    explorer.stance.value = "denies"  # as a user would
    assert explorer.selection.claims["stance"].eq("denies").all()
    assert "DENIES" in explorer.text.value
    assert "attacking Panjshir" in explorer.tables.value
    outputs = explorer.figures.outputs
    assert len(outputs) == len(explorer.figure_names)
    assert all("application/vnd.plotly.v1+json" in o["data"] for o in outputs)
    timeline = outputs[0]["data"]["application/vnd.plotly.v1+json"]
    assert "attacking Panjshir" in str(timeline["data"])


def test_the_timeline_of_a_filtered_selection_spans_its_article(seed_reading, readings):
    explorer = explore(readings)
    explorer.select(seed_reading.article.id, actor="Taliban", stance="denies")
    assert len(explorer.selection.claims) == 1
    timeline = explorer.figures.outputs[0]["data"]["application/vnd.plotly.v1+json"]
    assert timeline["layout"]["xaxis"]["range"] == [0, len(seed_reading.text)]


def test_layer_toggles_change_the_text(readings):
    explorer = explore(readings)
    # First shown: the reader's default view, names quiet, every other layer one toggle away.
    assert {name for name, toggle in explorer.layers.items() if toggle.value} == set(DEFAULT_LAYERS)
    assert set(explorer.layers) == set(CONVERTERS)
    assert 'data-layer="names"' in explorer.text.value and 'data-layer="entities"' not in explorer.text.value
    explorer.select(layers=("claims",))
    assert 'data-layer="claims"' in explorer.text.value
    assert 'data-layer="names"' not in explorer.text.value
    explorer.layers["entities"].value = True  # as a user would
    assert 'data-layer="entities"' in explorer.text.value


def test_picking_an_article_resets_the_filters(seed_reading, readings):
    explorer = explore(readings)
    explorer.select(seed_reading.article.id, actor="Taliban")
    explorer.article.value = "short"
    assert explorer.actor.label == "(all)" and explorer.selection.filters == {}
    assert "Taliban" not in [value for _, value in explorer.actor.options]
    assert explorer.selection.article == "short"


def _menus(explorer) -> dict:
    return {
        "article": explorer.article,
        "actor": explorer.actor,
        "speaker": explorer.speaker,
        "speaker_type": explorer.speaker_type,
        "stance": explorer.stance,
    }


def _blank_menus(explorer) -> list[str]:
    """The dropdowns showing no option: an index of None, or a label that is not an option's."""
    return [
        name
        for name, menu in _menus(explorer).items()
        if menu.index is None or menu.label not in [label for label, _ in _pairs(menu.options)]
    ]


def _pairs(options) -> list[tuple]:
    return [o if isinstance(o, tuple) else (o, o) for o in options]


def test_every_dropdown_stays_on_a_real_option_through_picks_and_resets(seed_reading, readings):
    explorer = explore(readings)
    steps = [
        lambda: None,  # as first shown
        lambda: setattr(explorer.stance, "value", "denies"),
        lambda: setattr(explorer.article, "value", "short"),  # a user picks another article
        lambda: setattr(explorer.article, "value", seed_reading.article.id),
        lambda: explorer.select(actor="Taliban", speaker_type="named"),
        lambda: explorer.select(),  # every filter back to (all)
        lambda: explorer.select("short", stance="asserts"),
        lambda: setattr(explorer.stance, "index", 0),  # a user picks (all) again
        lambda: explorer.select(seed_reading.article.id, speaker="Fahim Dashti"),
        lambda: setattr(explorer.article, "index", 1),
    ]
    for i, step in enumerate(steps):
        step()
        assert _blank_menus(explorer) == [], f"after step {i}"
        assert explorer.selection.article == explorer.article.value
    # After the resets the filters read "(all)" and filter nothing.
    explorer.select(seed_reading.article.id)
    assert [
        explorer.actor.label,
        explorer.speaker.label,
        explorer.speaker_type.label,
        explorer.stance.label,
    ] == ["(all)"] * 4
    assert explorer.selection.filters == {}
    assert len(explorer.selection.claims) == len(seed_reading.claims)


def test_the_explore_notebook_leaves_the_explorer_unfiltered():
    """Run All must not leave the widget a reader sees filtered by a later cell."""
    import json
    import os

    notebook = ROOT / "notebooks" / "03_explore.ipynb"
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    namespace: dict = {}
    here = os.getcwd()
    os.chdir(notebook.parent)
    try:
        for cell in cells:
            if cell["cell_type"] == "code":
                exec(compile("".join(cell["source"]), str(notebook), "exec"), namespace)
    finally:
        os.chdir(here)
    explorer = namespace["explorer"]
    assert _blank_menus(explorer) == []
    assert explorer.article.index == 0
    assert explorer.selection.filters == {}


def test_static_fallback_has_the_widget_and_a_safe_summary(hostile, seed_reading):
    explorer = Explorer([hostile, seed_reading])
    bundle = explorer._repr_mimebundle_()
    assert WIDGET_VIEW in bundle and bundle[WIDGET_VIEW]["model_id"] == explorer.widget.model_id
    page = bundle["text/html"]
    assert "<script" not in page and "<img" not in page and "<b>hostile" not in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "&lt;b&gt;hostile&lt;/b&gt;" in page
    assert 'class="wb-highlight"' in page and "wb-mark" in page  # the first article, highlighted
    assert seed_reading.article.id in page
    assert "0x" not in bundle["text/plain"]  # no memory address in a saved output


def test_summary_counts_each_article(seed_reading):
    page = summary_html({seed_reading.article.id: seed_reading})
    claims = len(seed_reading.claim_records)
    assert (
        f"<td>{seed_reading.article.id}</td><td>{len(seed_reading.actor_records)}</td><td>{claims}</td>"
        in page
    )


def test_the_explorer_is_on_the_package_front(readings):
    import workbench as wb

    assert "explore" in wb.__all__
    assert isinstance(wb.explore(readings), Explorer)
