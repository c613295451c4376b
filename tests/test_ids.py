"""Every record has a stable id, and records refer to each other by id: reading the text again
gives the same ids, and a filtered reading's references still name the records they named."""

from __future__ import annotations

import json

import pytest
from conftest import SEED

from workbench import load, read
from workbench.corpus.cli import json_line
from workbench.views.tables import filter as filter_reading  # the one filter over a reading

KINDS = {"entity_records": "e", "actor_records": "a", "claim_records": "c", "casualty_records": "f"}


def test_every_record_has_a_unique_id_made_of_the_text_hash_and_its_span(seed_reading):
    stem = seed_reading.article.sha256[:12]
    for records, kind in KINDS.items():
        ids = [r.id for r in getattr(seed_reading, records)]
        assert ids and len(set(ids)) == len(ids), records
        assert all(i.startswith(f"{kind}-{stem}-") for i in ids), records
    for claim in seed_reading.claim_records:
        assert claim.id.split("-")[2:4] == [str(claim.start), str(claim.end)]


def test_reading_the_same_text_again_gives_the_same_ids(seed_reading, nlp):
    again = read(load(SEED), nlp=nlp)
    for records in KINDS:
        assert [r.id for r in getattr(again, records)] == [r.id for r in getattr(seed_reading, records)]


def test_joint_speakers_of_one_statement_get_two_ids(read_text):
    claims = read_text("Chile and Peru said the border would stay open.").claim_records
    assert len(claims) == 2 and claims[0].id != claims[1].id
    assert claims[1].id == claims[0].id + "-2"


def test_references_are_ids_of_the_readings_own_claims(seed_reading):
    claims = {c.id for c in seed_reading.claim_records}
    denials = [c for c in seed_reading.claim_records if c.contradicts]
    assert denials and all(set(c.contradicts) <= claims for c in denials)
    figures = [f for f in seed_reading.casualty_records if f.claim is not None]
    assert figures and all(f.claim in claims for f in figures)


@pytest.mark.parametrize(
    "filters",
    [dict(stance="asserts"), dict(speaker="Fahim Dashti"), dict(actor="Taliban"), dict(speaker_type="named")],
    ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()),
)
def test_a_filtered_reading_still_names_the_same_claims(seed_reading, filters):
    shown = filter_reading(seed_reading, **filters)
    everything = {c.id: c for c in seed_reading.claim_records}
    kept = {c.id: c for c in shown.claim_records}
    assert kept and all(everything[i] == c for i, c in kept.items())
    for figure in shown.casualty_records:
        if figure.claim is None:
            continue
        claim = kept.get(figure.claim) or everything[figure.claim]
        # The figure lies inside the statement its reference names, filtered or not.
        assert claim.start <= figure.start and figure.end <= claim.end, (figure.text, claim.text)
    for claim in shown.claim_records:
        assert all(i in everything for i in claim.contradicts)


def test_the_json_record_and_the_ledger_carry_the_ids(seed_reading):
    record = json.loads(json_line(seed_reading))
    for key in ("entities", "actors", "claims", "casualties"):
        assert record[key] and all(row["id"] for row in record[key]), key
    ledger = seed_reading.ledger
    figures = ledger[ledger["stance"] == "asserts"]
    assert set(figures["figure"]) == {f.id for f in seed_reading.casualty_records}
    denials = ledger[ledger["stance"] == "denies"]
    assert len(denials) and set(denials["claim"]) <= {c.id for c in seed_reading.claim_records}


def test_a_claim_records_the_actors_it_names_and_the_network_draws_them(seed_reading):
    from workbench import plots

    denial = next(c for c in seed_reading.claim_records if c.stance == "denies")
    assert denial.names == ("Panjshir",)
    for claim in seed_reading.claim_records:
        inside = {
            e.actor
            for e in seed_reading.entity_records
            if claim.start <= e.start and e.end <= claim.end and e.actor
        }
        assert set(claim.names) == inside
    # The network takes the names the analysis recorded: a claims table whose names say
    # otherwise is drawn as it says, not re-read from the claim's text.
    claims = seed_reading.claims.copy()
    claims["names"] = [("Somewhere Else",)] * len(claims)
    fig = plots.speaker_network(claims)
    labels = {t for trace in fig.data for t in (trace.text or ()) if isinstance(t, str)}
    assert "Somewhere Else" in labels and "Panjshir" not in labels
