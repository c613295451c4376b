"""Parse repairs, and the institutions that speak through a body of their own ("the army
general staff", "the regional police headquarters") and are then "it"."""

from __future__ import annotations

import pytest

from workbench.analysis.repairs import REPAIRS

LONG_SUBJECT = (
    "The army general staff, in a statement read on state television on Monday evening, said 12 "
    "soldiers and four members of the Civil Defence Volunteers (CDV), a militia, had been killed "
    "and 15 wounded."
)


def test_the_repairs_run_last_in_the_pipeline(nlp):
    assert nlp.pipe_names[-1] == REPAIRS


@pytest.mark.parametrize(
    "text",
    [
        LONG_SUBJECT,
        "The governor, speaking to a crowd of mourners outside the mosque in the old town on Friday, "
        "said 30 worshippers and the imam's two sons had been shot dead.",
    ],
)
def test_a_reported_subject_is_the_subject_of_the_reported_clause(nlp, text):
    doc = nlp(text)
    (said,) = [t for t in doc if t.lower_ == "said"]
    clause = next(c for c in said.children if c.dep_ == "ccomp")
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    assert subjects and subjects[0].i < clause.i and subjects[0].i > said.i
    assert not [c for c in said.children if c.dep_ == "dobj" or (c.dep_ == "nsubj" and c.i > said.i)]


def test_an_addressee_and_a_clause_with_its_own_subject_are_left_alone(nlp):
    doc = nlp("The commander told reporters that the town had fallen, and said the roads were closed.")
    told = next(t for t in doc if t.lower_ == "told")
    assert [c.dep_ for c in told.children if c.lower_ == "reporters"] in (["dobj"], ["dative"])
    said = next(t for t in doc if t.lower_ == "said")
    clause = next(c for c in said.children if c.dep_ == "ccomp")
    assert [c.lower_ for c in clause.children if c.dep_ == "nsubjpass"] == ["roads"]


def test_every_figure_of_a_long_subject_sentence_is_found_with_its_claimant(read_text):
    reading = read_text(LONG_SUBJECT)
    figures = {(f.count, f.category): f for f in reading.casualty_records}
    assert set(figures) == {(12, "killed"), (4, "killed"), (15, "wounded")}
    assert {f.claimed_by for f in figures.values()} == {"army"}
    assert figures[(12, "killed")].party == "army"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The regional police headquarters said on Tuesday that six officers had been killed. "
            "It said the attackers fled.",
            "regional police headquarters",
        ),
        (
            "The provincial police command said on Tuesday that six officers had been killed. "
            "It said the attackers fled.",
            "provincial police command",
        ),
        (
            "The army general staff said on Tuesday that six soldiers had been killed. It said the "
            "attackers fled.",
            "army",
        ),
    ],
)
def test_it_is_the_institution_that_spoke_before(read_text, text, speaker):
    reading = read_text(text)
    assert [(c.speaker, c.speaker_type) for c in reading.claim_records] == [(speaker, "named")] * 2
    kinds = {a.name: a.kind for a in reading.actor_records}
    assert kinds.get(speaker) == "state_force"
