"""The reference lists of well-known actors: how their names are matched in text (sentences
written for the tests)."""

from __future__ import annotations

import pytest

from workbench.analysis.known_actors import ARMED_GROUPS, NEWS_OUTLETS, ORGANIZATIONS, PLATFORMS, STATE_FORCES
from workbench.analysis.known_names import find_known


def known(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(doc[k.start : k.end].text, k.name, k.kind) for k in find_known(doc)]


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("Militants loyal to al Qaeda fled.", "al Qaeda", "al-Qaeda"),  # a space for the hyphen
        ("AL-QAEDA CLAIMS ATTACK", "AL-QAEDA", "al-Qaeda"),  # a headline in capitals
        (
            "Fighters of Hay’at Tahrir al-Sham entered the city.",
            "Hay’at Tahrir al-Sham",
            "Hayat Tahrir al-Sham",
        ),
        ("The ISWAP faction split from the group.", "ISWAP", "Islamic State West Africa Province"),
        ("LeT denied any role in the raid.", "LeT", "Lashkar-e-Taiba"),
        # Humanitarian bodies and monitors are organisations, whatever the model labels them.
        (
            "Doctors Without Borders said the clinic was hit.",
            "Doctors Without Borders",
            "Médecins Sans Frontières",
        ),
        ("The U.N. refugee agency counted 9,000 arrivals.", "U.N. refugee agency", "UNHCR"),
    ],
)
def test_listed_names_are_found_in_their_written_forms(nlp, text, written, name):
    assert (written, name) in [(w, n) for w, n, _ in known(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Let the talks begin, the envoy said.",  # "LeT" is written as an acronym
        "WHAT IS LEFT OF THE TOWN",  # a shouted "IS" is a word
        "The guardian of the shrine refused to leave.",  # not The Guardian
        "He was the ap of nothing.",
        "The government offered an amnesty to fighters who surrender.",  # not Amnesty International
        "Who said the ceasefire would hold?",  # "WHO" is written in capitals
    ],
)
def test_common_words_are_not_listed_names(nlp, text):
    assert known(nlp, text) == []


def test_the_longest_listed_name_wins(nlp):
    found = known(nlp, "Islamic State West Africa Province fighters attacked.")
    assert found == [
        ("Islamic State West Africa Province", "Islamic State West Africa Province", "armed_group")
    ]


def test_the_lists_are_general_and_well_formed():
    for entries in (ARMED_GROUPS, STATE_FORCES, NEWS_OUTLETS, ORGANIZATIONS, PLATFORMS):
        names = [entry[0] for entry in entries]
        assert len(names) == len(set(names)), "a canonical name listed twice"
        for entry in entries:
            assert all(alias.strip() == alias and alias for alias in entry)
    # Broad enough to serve unseen reports: dozens of groups across regions.
    assert len(ARMED_GROUPS) >= 100 and len(NEWS_OUTLETS) >= 100


def test_no_written_alias_names_two_actors():
    owners: dict[str, set[str]] = {}
    for entries in (ARMED_GROUPS, STATE_FORCES, NEWS_OUTLETS, ORGANIZATIONS, PLATFORMS):
        for entry in entries:
            for alias in entry:
                owners.setdefault(alias.replace("’", "'"), set()).add(entry[0])
    assert not {alias: names for alias, names in owners.items() if len(names) > 1}


def test_organisations_are_their_own_kind(nlp):
    found = known(nlp, "The International Committee of the Red Cross and Human Rights Watch spoke.")
    assert {(name, kind) for _, name, kind in found} == {
        ("International Committee of the Red Cross", "organization"),
        ("Human Rights Watch", "organization"),
    }
