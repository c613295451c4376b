"""The conflicting-claims ledger: the sides' figures next to each other, conflicts flagged."""

from __future__ import annotations

import pandas as pd
import pytest

from workbench import ledger


def rows(table, **where):
    for column, value in where.items():
        table = table[table[column].isna()] if value is None else table[table[column] == value]
    return table


def _figures(table):
    return {(r.category, None if pd.isna(r.count) else int(r.count), r.approx) for r in table.itertuples()}


def test_sample_ledger_puts_the_sides_claims_side_by_side(seed_reading):
    table = seed_reading.ledger
    # The resistance front: the Taliban lost 40 killed and 35 wounded and suffered heavy losses.
    taliban = rows(table, party="Taliban", stance="asserts")
    assert set(taliban["claimant_side"]) == {"resistance front"}
    assert _figures(taliban) == {
        ("killed", 40, "exact"),
        ("wounded", 35, "exact"),
        ("losses", None, "unquantified"),
    }
    # The Taliban: the other side suffered heavy losses; and they deny attacking.
    other = rows(table, party="resistance front", category="losses")
    assert list(other["claimant_side"]) == ["Taliban"] and list(other["approx"]) == ["unquantified"]
    denial = rows(table, stance="denies")
    assert list(denial["claimed_by"]) == ["Taliban"] and "attacking" in denial["text"].iloc[0]
    # The denial contests the resistance front's account of Taliban losses.
    assert denial["conflict"].all() and taliban["conflict"].all()
    assert not rows(table, party="resistance front")["conflict"].any()


def test_each_actor_records_the_side_it_is_on(seed_reading):
    """The sides are decided once, by the analysis: the two armed actors the story is most about
    are their own sides, a spokesman and a commission are on the side they belong to."""
    side = {a.name: a.side for a in seed_reading.actor_records}
    assert side["Taliban"] == "Taliban" and side["resistance front"] == "resistance front"
    assert side["Fahim Dashti"] == "resistance front" and side["Anaamullah Samangani"] == "Taliban"
    assert side["Taliban Cultural Commission"] == "Taliban"
    assert list(seed_reading.actors.set_index("name").loc[["Fahim Dashti"], "side"]) == ["resistance front"]


def test_a_source_that_is_no_actor_is_on_the_side_its_name_starts_with(read_text):
    reading = read_text(
        "Rebels of the Sabel Front attacked an army post near Tarsa on Monday, and the army fought "
        "them off. The army said 14 Sabel Front fighters were killed. The Sabel Front said "
        "the army lost 20 soldiers.\n\n"
        "The Sabel Front press desk denied that its fighters were killed, calling the army's "
        "figure propaganda."
    )
    actors = {a.name for a in reading.actor_records}
    denials = rows(reading.ledger, stance="denies")
    unlisted = denials[~denials["claimed_by"].isin(actors)]
    assert len(unlisted) == 1 and unlisted["claimed_by"].iloc[0].endswith("press desk")
    assert list(unlisted["claimant_side"]) == ["Sabel Front"] and list(unlisted["party"]) == ["Sabel Front"]


@pytest.fixture(scope="module")
def disputed(read_text):
    return read_text(
        "The army said 40 JNIM fighters were killed during fighting near Dori. "
        "A JNIM spokesman, Idrissa Kone, said only three of its fighters died.\n\n"
        "Medics said at least 12 civilians were wounded."
    )


def test_two_sources_with_different_figures_for_one_party_conflict(disputed):
    table = disputed.ledger
    killed = rows(table, category="killed")
    assert len(killed) == 2 and killed["party"].nunique() == 1
    assert killed["conflict"].all()
    assert set(killed["count"].astype(int)) == {40, 3}
    assert not rows(table, category="wounded")["conflict"].any()


def test_ledger_across_readings_has_an_article_column_and_cross_article_conflicts(read_text):
    first = read_text("The Turkish defence ministry said 25 Turkish soldiers died in the raid.")
    second = read_text("The PKK said 60 Turkish soldiers died in the raid.")
    table = ledger([first, second])
    assert "article" in table.columns and len(table) == 2
    assert table["conflict"].all()


def test_a_figure_alone_is_no_conflict(read_text):
    table = read_text("Police said 7 protesters were arrested on Friday.").ledger
    assert len(table) == 1 and not table["conflict"].any()


def _killed(table):
    return rows(table, category="killed")


def test_at_least_and_a_higher_count_do_not_conflict(read_text):
    table = read_text(
        "The army said at least 9 soldiers died in the ambush near Dori.\n\n"
        "The town's mayor, Amadou Sidibe, said 17 soldiers died in the ambush."
    ).ledger
    killed = _killed(table)
    assert len(killed) == 2 and killed["party"].nunique() == 1 and killed["source"].nunique() == 2
    assert not killed["conflict"].any()


def test_about_and_a_near_count_do_not_conflict_but_a_far_one_does(read_text):
    table = read_text(
        "The army said about 40 soldiers were killed during the fighting.\n\n"
        "A JNIM spokesman, Idrissa Kone, said 42 soldiers were killed.\n\n"
        "A medic, Awa Traore, said 90 soldiers were killed."
    ).ledger
    killed = _killed(table).set_index("count")
    assert killed["party"].nunique() == 1
    assert killed.loc[90, "conflict"] and killed.loc[40, "conflict"] and killed.loc[42, "conflict"]
    assert "Idrissa Kone" not in killed.loc[40, "conflict_with"]


def test_a_running_total_and_one_days_toll_do_not_conflict(read_text):
    table = read_text(
        "Officials said 12 civilians died in the shelling on Monday.\n\n"
        "A monitoring group, Civil Watch, said 830 civilians have died since January."
    ).ledger
    killed = _killed(table)
    assert len(killed) == 2 and not killed["conflict"].any()


def test_a_figure_records_whether_it_is_a_running_total(read_text):
    """The analysis marks a running total once (``Casualty.total``); the ledger only reads it."""
    reading = read_text(
        "Police said four miners were hurt in the blast on Friday.\n\n"
        "So far this year, 61 miners have been killed in the region, a union said."
    )
    totals = {f.count: f.total for f in reading.casualty_records}
    assert totals == {4: False, 61: True}
    assert list(reading.casualties.sort_values("count")["total"]) == [False, True]


def test_a_zero_and_a_positive_count_from_two_sides_conflict(read_text):
    table = read_text(
        "The rebels said they killed 31 soldiers of the Chadian army in the raid.\n\n"
        "The Chadian army said no soldiers were killed."
    ).ledger
    killed = _killed(table)
    assert set(killed["count"].astype(int)) == {0, 31}
    assert killed["conflict"].all()
