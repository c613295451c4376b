"""Mentions grouped into canonical actors with kinds, on texts written for the tests."""

from __future__ import annotations

import pytest


def actor(reading, name: str):
    matches = [a for a in reading.actor_records if a.name == name]
    assert matches, f"no actor {name!r} in {[a.name for a in reading.actor_records]}"
    return matches[0]


def test_surname_joins_the_full_name(read_text):
    reading = read_text("Commander Leyla Arslan led the column. Later, Arslan said the road was open.")
    assert set(actor(reading, "Leyla Arslan").aliases) == {"Leyla Arslan", "Arslan"}


def test_country_abbreviations_and_metonymy_join_the_country(read_text):
    text = (
        "The United Kingdom said it would send aid. UK officials met in Geneva, "
        "and London has pledged more money since the war began."
    )
    reading = read_text(text)
    uk = actor(reading, "United Kingdom")
    assert {"United Kingdom", "UK", "London"} <= set(uk.aliases)
    assert uk.kind == "government"


def test_a_capital_as_a_location_stays_a_place(read_text):
    reading = read_text("Protesters gathered in Moscow on Saturday, witnesses said.")
    assert actor(reading, "Moscow").kind == "place"


def test_acronym_joins_its_long_form(read_text):
    text = "The Syrian Democratic Forces said on Monday it had taken the dam. An SDF commander confirmed it."
    reading = read_text(text)
    assert "SDF" in actor(reading, "Syrian Democratic Forces").aliases


def test_forces_of_one_country_are_one_state_force(read_text):
    reading = read_text("French troops left Gao on Friday. French forces had been in the region since 2013.")
    forces = [a for a in reading.actor_records if a.kind == "state_force"]
    assert len(forces) == 1
    assert set(forces[0].aliases) == {"French troops", "French forces"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The broadcaster Al Jazeera reported that the convoy was hit.", "Al Jazeera", "media"),
        ("Reuters reported that the ceasefire held overnight.", "Reuters", "media"),
        ("Houthi fighters seized the port, a Houthi spokesman said.", "Houthi", "armed_group"),
        (
            "The Joint Operations Command said the strike was precise.",
            "Joint Operations Command",
            "state_force",
        ),
        ("The Ministry of Health in Gaza said the hospital was hit.", "the Ministry of Health", "government"),
        ("Ahmed Salim, a farmer from the village, said the wells were poisoned.", "Ahmed Salim", "person"),
        ("Clashes spread to Tal Afar and Sinjar on Monday.", "Sinjar", "place"),
    ],
)
def test_actor_kinds(read_text, text, name, kind):
    reading = read_text(text)
    wanted = name.removeprefix("the ")
    matches = [a for a in reading.actor_records if a.name.startswith(wanted)]
    assert matches, f"no actor {wanted!r} in {[a.name for a in reading.actor_records]}"
    assert matches[0].kind == kind


def test_every_actor_mention_names_an_actor_in_the_table(read_text):
    reading = read_text("Ahmad Shah said Kabul was calm. Shah added that Taliban fighters had left Herat.")
    names = {a.name for a in reading.actor_records}
    assert {e.actor for e in reading.entity_records if e.actor} == names
    for a in reading.actor_records:
        assert a.mentions == sum(e.actor == a.name for e in reading.entity_records)
