"""Mentions grouped into canonical actors with kinds, on texts written for the tests."""

from __future__ import annotations

import pytest
from actor_lookup import actor_with


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
        ("Houthi fighters seized the port, a Houthi official said.", "Houthi", "armed_group"),
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


# -- one identity per actor ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        # Aliases only world knowledge joins: acronyms, transliterations, a rebranding.
        (
            "ISIL militants attacked the town. Islamic State later said its fighters had withdrawn, "
            "and a Daesh statement named the commander.",
            {"ISIL", "Islamic State", "Daesh"},
        ),
        (
            "The Houthis fired drones at the port. Ansar Allah said the strike was a warning.",
            {"Houthis", "Ansar Allah"},
        ),
        ("Jabhat al-Nusra fighters and the Nusra Front's leaders met.", {"Jabhat al-Nusra", "Nusra Front"}),
        # A movement and the state it proclaims.
        (
            "The Taliban took the valley. The Islamic Emirate said it would hold talks.",
            {"Taliban", "Islamic Emirate"},
        ),
        # A group and its armed wing.
        ("Hamas said the Qassam Brigades had fired the rockets.", {"Hamas", "Qassam Brigades"}),
    ],
)
def test_reference_list_joins_aliases(read_text, text, aliases):
    assert aliases <= set(actor_with(read_text(text), next(iter(aliases))).aliases)


def test_a_listed_group_goes_by_the_storys_spelling(read_text):
    reading = read_text("Hizbollah fighters attacked the base. Hizbollah said 30 soldiers died.")
    group = actor_with(reading, "Hizbollah")
    assert group.name == "Hizbollah" and group.kind == "armed_group"


def test_a_bare_name_joins_the_one_qualified_group(read_text):
    text = (
        "The West Papua National Liberation Army claimed the attack. "
        "The National Liberation Army said four of its men died."
    )
    group = actor_with(read_text(text), "West Papua National Liberation Army")
    assert "National Liberation Army" in group.aliases


def test_a_countrys_police_and_military_are_two_actors(read_text):
    text = (
        "KABUL (Reuters) - Afghan police said on Monday that the army had cleared the road. "
        "Police added that soldiers were guarding the bridge."
    )
    reading = read_text(text)
    police, army = actor_with(reading, "Afghan police"), actor_with(reading, "army")
    assert police is not army
    assert {"Afghan police", "Police"} <= set(police.aliases) and "soldiers" in army.aliases
    assert police.kind == army.kind == "state_force"


def test_a_force_written_as_a_name_joins_the_described_one(read_text):
    text = "The Ghanaian Army said Ghanaian soldiers had repelled the attack."
    army = actor_with(read_text(text), "Ghanaian Army")
    assert "Ghanaian soldiers" in army.aliases


def test_the_government_is_the_home_country_acting(read_text):
    text = (
        "MAPUTO, Mozambique (AFP) - Mozambican troops fought insurgents near Pemba on "
        "Tuesday. The government said the insurgents were backed by foreign fighters."
    )
    mozambique = actor_with(read_text(text), "government")
    assert mozambique.kind == "government" and "Mozambique" in mozambique.aliases


def test_a_lone_surname_joins_its_person(read_text):
    text = "President Maria Okonjo met the envoy. Later Okonjo said the talks had failed."
    assert "Okonjo" in actor_with(read_text(text), "Maria Okonjo").aliases


def test_a_leaders_forces_are_a_state_force_and_he_stays_a_person(read_text):
    reading = read_text("Forces loyal to Colonel Idris Bakr shelled the port. Bakr's forces later withdrew.")
    assert actor_with(reading, "Bakr's forces").kind == "state_force"
    assert any(a.kind == "person" and "Bakr" in a.name for a in reading.actor_records)


def test_a_lone_generic_head_joins_the_one_body_named_with_it(read_text):
    text = "The Northern Liberation Front seized the pass. The Front said it lost two fighters."
    assert "Front" in actor_with(read_text(text), "Northern Liberation Front").aliases


def test_without_a_home_country_the_army_and_its_soldiers_are_one_actor(read_text):
    text = "The army said it had retaken the pass. Soldiers were seen near the bridge."
    army = actor_with(read_text(text), "army")
    assert "Soldiers" in army.aliases and army.kind == "state_force"


def test_a_dateline_capital_is_not_the_country_acting(read_text):
    reading = read_text("MOGADISHU, Somalia (Reuters) - A car bomb killed six people, police said.")
    assert actor_with(reading, "MOGADISHU").kind == "place"
    assert "MOGADISHU" not in actor_with(reading, "Somalia").aliases
