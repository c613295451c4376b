"""The sample article against the human annotation in gold_seed.json."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from workbench.analysis.lexicon import PLACE_NOUNS


def test_offsets_index_the_file_text(seed_reading):
    assert seed_reading.text == Path(seed_reading.article.path).read_text(encoding="utf-8")
    for e in seed_reading.entity_records:
        assert seed_reading.text[e.start : e.end] == e.text


def test_the_sample_boilerplate_lines_are_marked(seed_reading):
    text = seed_reading.text
    marked = [text[b.start : b.end] for b in seed_reading.article.boilerplate]
    assert marked == [
        "Spread the love",
        "Leave A Reply",
        "Social Media Auto Publish Powered By : XYZScripts.com",
    ]


def _actor_for(reading, *names: str):
    # Our place names drop a generic place noun: "Nasaji-Gulbahar area" is "Nasaji-Gulbahar".
    names += tuple(n.rsplit(" ", 1)[0] for n in names if n.rsplit(" ", 1)[-1].lower() in PLACE_NOUNS)
    for actor in reading.actor_records:
        if any(name in actor.aliases or name == actor.name for name in names):
            return actor
    return None


def _gold_actors(gold, kinds):
    return [a for a in gold["actors"] if a["kind"] in kinds]


def test_gold_people_are_person_actors(seed_reading, gold):
    for person in _gold_actors(gold, {"person"}):
        found = _actor_for(seed_reading, person["name"])
        assert found is not None, person["name"]
        assert found.kind == "person"
        assert set(person["aliases"]) <= set(found.aliases)


def test_gold_places_named_by_the_model_are_places(seed_reading, gold):
    # Places whose every alias is a proper name the model tags (not "Kabul airport"'s
    # synonym "Hamid Karzai International Airfield", which only world knowledge links).
    for place in _gold_actors(gold, {"place"}):
        found = _actor_for(seed_reading, place["name"], *place["aliases"])
        assert found is not None, place["name"]
        assert found.kind == "place", (place["name"], found)


@pytest.mark.parametrize(
    ("name", "kind", "aliases"),
    [
        ("United States", "government", {"The United States", "US", "Washington"}),
        ("Taliban", "armed_group", {"Taliban"}),
        ("CNN", "media", {"CNN"}),
        ("Joint Special Operations Command", "state_force", {"Joint Special Operations Command"}),
        ("Taliban Cultural Commission", "organization", {"Taliban Cultural Commission"}),
    ],
)
def test_gold_groups(seed_reading, gold, name, kind, aliases):
    assert any(a["name"] == name and a["kind"] == kind for a in gold["actors"])
    found = _actor_for(seed_reading, name)
    assert found is not None and found.kind == kind
    # Our aliases drop a leading "The": compare without it.
    assert {a.removeprefix("The ") for a in aliases} <= set(found.aliases)


def test_the_small_models_known_mistakes_are_corrected(seed_reading):
    labels = {}
    for e in seed_reading.entity_records:
        labels.setdefault(e.actor, set()).add(e.label)
    assert labels["Fahim Dashti"] == {"PERSON"}
    assert labels["Panjshir"] <= {"GPE", "LOC"}
    assert labels["Khawak"] <= {"GPE", "LOC"}


def test_a_reading_holds_plain_records_only(seed_reading):
    clone = pickle.loads(pickle.dumps(seed_reading))
    assert clone.entity_records == seed_reading.entity_records
    assert list(seed_reading.entities.columns) == ["id", "start", "end", "text", "label", "actor"]
    assert list(seed_reading.actors.columns) == [
        "id",
        "name",
        "kind",
        "aliases",
        "mentions",
        "first_start",
        "affiliation",
        "side",
        "corrected",
    ]
