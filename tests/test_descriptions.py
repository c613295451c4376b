"""Actors a report names by description ("the police", "militants", "state television"), on
sentences written for the tests."""

from __future__ import annotations

import pytest
from actor_lookup import actor_with

from workbench.analysis.descriptions import home_country
from workbench.analysis.entities import find_mentions


@pytest.mark.parametrize(
    ("text", "alias", "kind", "name"),
    [
        # A state force without a name is the home country's, one actor per branch.
        (
            # named with the story's own words for them, and the country's
            "MOGADISHU (Reuters) - Security forces said they had arrested the attackers.",
            "Security forces",
            "state_force",
            "Somali security forces",
        ),
        (
            "LIMA (AP) - Riot police cleared the square, police said.",
            "Riot police",
            "state_force",
            "Peruvian police",
        ),
        (
            "DAKAR (Reuters) - A police source said the suspect was held.",
            "police",
            "state_force",
            "Senegalese police",
        ),
        # A navy is a branch of its own, not the army.
        ("ACCRA (Reuters) - The navy said two trawlers were seized.", "navy", "state_force", "Ghanaian navy"),
        # State media of the home country.
        (
            "DAMASCUS (Reuters) - State television said the army had retaken the hill.",
            "State television",
            "media",
            "Syrian state television",
        ),
        # A government body with a modifier of its own is not the state.
        (
            "KYIV (Reuters) - The provincial civil administration said three people died.",
            "provincial civil administration",
            "government",
            "provincial civil administration",
        ),
        # A lower-case ministry.
        (
            "The health ministry said 40 people were wounded.",
            "health ministry",
            "government",
            "health ministry",
        ),
        # Peacekeepers and coalition troops are nobody's home force.
        (
            "JUBA (Reuters) - Peacekeeping troops escorted the convoy.",
            "Peacekeeping troops",
            "state_force",
            "peacekeepers",
        ),
    ],
)
def test_description_kind_and_identity(read_text, text, alias, kind, name):
    actor = actor_with(read_text(text), alias)
    assert (actor.kind, actor.name) == (kind, name)


def test_bare_armed_nouns_join_the_group_the_story_ties_them_to(read_text):
    text = (
        "Boko Haram insurgents raided the village on Friday. The insurgents burned the market, "
        "and the group later released a video."
    )
    group = actor_with(read_text(text), "Boko Haram")
    assert {"insurgents", "group"} <= set(group.aliases) and group.kind == "armed_group"


def test_militants_in_a_story_with_one_named_group_are_that_group(read_text):
    text = "Al-Shabaab attacked the base at dawn. Militants then blew up the gate."
    assert "Militants" in actor_with(read_text(text), "Al-Shabaab").aliases


def test_unnamed_gunmen_are_one_armed_group(read_text):
    text = "Gunmen fired on a checkpoint. The attackers fled, and police hunted the militants."
    reading = read_text(text)
    group = actor_with(reading, "Gunmen")
    assert {"attackers", "militants"} <= set(group.aliases) and group.kind == "armed_group"


def test_resistance_fighters_are_not_the_one_named_group(read_text):
    text = (
        "The Tessa Defence Force held the ridge. Resistance fighters across the region said the "
        "truce would not hold."
    )
    reading = read_text(text)
    assert actor_with(reading, "Resistance fighters") is not actor_with(reading, "Tessa Defence Force")
    assert actor_with(reading, "Resistance fighters").kind == "armed_group"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebels lost 40 of their troops in the battle.", "troops"),  # whose: the pronoun's
        ("The army-backed government imposed a curfew.", "army"),  # a modifier
        ("Police station staff were evacuated.", "Police"),  # a building
        ("Health services were overwhelmed after the blast.", "services"),  # not a force
        ("Dozens died in the use of force by the crowd.", "force"),
    ],
)
def test_words_that_are_not_descriptions_of_a_force(read_text, text, word):
    reading = read_text(text)
    forces = [a for a in reading.actor_records if a.kind == "state_force"]
    assert not any(word in alias.split() for a in forces for alias in a.aliases), forces


def test_a_backed_force_is_named_by_its_own_words_not_the_backer(read_text):
    reading = read_text(
        "BAMAKO (Reuters) - French-backed government forces said they had repelled an attack."
        " The army said two soldiers were killed."
    )
    forces = [a for a in reading.actor_records if a.kind == "state_force"]
    assert [a.name for a in forces] == ["Malian government forces"]
    assert all(not alias.startswith("-") for a in forces for alias in a.aliases)


def test_the_armed_forces_are_a_state_force(read_text):
    assert (
        actor_with(read_text("The armed forces said the border was closed."), "armed forces").kind
        == "state_force"
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("BAGHDAD (Reuters) - A bomb exploded near a market.", "Iraq"),
        ("QUETTA, Pakistan (Reuters) - Gunmen attacked a bus depot.", "Pakistan"),
        # A province only one country has says the country.
        (
            "Gunmen stormed a police post in Khyber Pakhtunkhwa overnight, killing eight policemen."
            " The attackers fled towards the Afghan border.",
            "Pakistan",
        ),
        # Filed from a regional hub about another country: the story's country.
        (
            "NAIROBI, March 3 - Clashes between Eritrean troops and rebels near Tesseney in Eritrea"
            " killed at least 12 people, an Eritrean official said.",
            "Eritrea",
        ),
        # No dateline: where things happen, with the lead weighing most.
        (
            "Fighting raged in Sudan on Monday. Egyptian mediators left Sudan for talks in Sudan's east.",
            "Sudan",
        ),
    ],
)
def test_home_country(nlp, text, country):
    doc = nlp(text)
    assert home_country(doc, find_mentions(doc)) == country
