"""Entity labels corrected with document-level evidence, on sentences written for the tests."""

from __future__ import annotations

import pytest


def labels_of(reading, text: str) -> set[str]:
    return {e.label for e in reading.entity_records if e.text == text}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A generic place noun after the name, or "<place noun> of NAME", makes it a place.
        (
            "Heavy fighting was reported in Zarghun province. Zarghun elders met on Monday.",
            "Zarghun",
            "PLACE",
        ),
        ("Rebels advanced through the Korengal valley of Kunar on Sunday.", "Kunar", "PLACE"),
        ("Shelling hit several districts of Marinka overnight.", "Marinka", "PLACE"),
        # An apposition with a role noun makes a person.
        ("“We will not retreat,” said Tamer Haddad, spokesman for the brigade.", "Tamer Haddad", "PERSON"),
        ("Nour Idris, a resident of the camp, said the water had run out.", "Nour Idris", "PERSON"),
        # A title before the name makes a person.
        ("Gen. Obi Okafor ordered the withdrawal.", "Obi Okafor", "PERSON"),
        # The target of an attack or a flight is a place.
        ("The militia launched an offensive on Dalvar from the east.", "Dalvar", "PLACE"),
        ("Thousands fled Ketra and Zalingei after the raid.", "Zalingei", "PLACE"),
        # An apposition with a place noun makes a place.
        ("The army entered Tessit, the capital of the region, on Friday.", "Tessit", "PLACE"),
    ],
)
def test_context_cues_correct_the_label(read_text, text, name, label):
    found = labels_of(read_text(text), name)
    assert found, f"{name!r} not found as an entity"
    if label == "PLACE":
        assert found <= {"GPE", "LOC", "FAC"}
    else:
        assert found == {label}


def test_one_name_gets_one_label_throughout_the_document(read_text):
    text = (
        "Fighters attacked Marjah province at dawn. Residents of Marjah said the attack on Marjah "
        "lasted hours, and many families left Marjah for the city."
    )
    reading = read_text(text)
    labels = {e.label for e in reading.entity_records if e.text.startswith("Marjah")}
    assert len(labels) == 1 and labels <= {"GPE", "LOC"}


def test_demonyms_stay_nationalities(read_text):
    reading = read_text("Ukrainian officials said Russian troops had left the town.")
    assert labels_of(reading, "Ukrainian") == {"NORP"}


def test_offsets_slice_back_to_the_entity_text(read_text):
    text = "Spread the love\n\n“Calm returned,” said Col. Ana Ruiz in Goma on Tuesday.\n"
    reading = read_text(text)
    assert reading.entity_records
    for entity in reading.entity_records:
        assert text[entity.start : entity.end] == entity.text
        assert not entity.text.lower().startswith("the ")


def test_no_entity_inside_boilerplate(read_text):
    text = (
        "Share on Facebook\n\nGeneral Mark Jones said the base at Kandahar was secure.\n\n"
        "Powered By WordPress"
    )
    reading = read_text(text)
    for entity in reading.entity_records:
        assert not reading.article.in_boilerplate(entity.start, entity.end), entity
