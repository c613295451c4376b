"""Scoring readings against gold annotation, on records built by hand (no spaCy)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from workbench.corpus.evaluate import evaluate, matches
from workbench.errors import WorkbenchError
from workbench.input.article import Article
from workbench.records import Claim
from workbench.records.reading import Reading

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_425851d80951d886.txt"
GOLD = Path(__file__).resolve().parent / "gold_seed.json"

TEXT = (
    "The Taliban denied attacking Panjshir. "
    "Members of the resistance front said they repelled the attack. "
    "Residents say fighting resumed last night. "
    "The weather was cold."
)
ACTORS = [
    {"name": "Taliban", "aliases": ["Taliban", "Islamic Emirate"], "kind": "armed_group"},
    {"name": "Panjshir resistance front", "aliases": ["resistance front"], "kind": "armed_group"},
]
GOLD_CLAIMS = [
    {
        "speaker": "Taliban",
        "speaker_type": "named",
        "cue": "denied",
        "stance": "denies",
        "evidence": "The Taliban denied attacking Panjshir",
    },
    {
        "speaker": "Panjshir resistance front",
        "speaker_type": "anonymous",
        "cue": "said",
        "stance": "asserts",
        "evidence": "Members of the resistance front said they repelled the attack.",
    },
    {
        "speaker": None,
        "speaker_type": "anonymous",
        "cue": "say",
        "stance": "asserts",
        "evidence": "Residents say fighting resumed last night.",
    },
]


def gold_for(article_id: str = "a1", claims=None, **layers) -> dict:
    return {"id": article_id, "actors": ACTORS, "claims": GOLD_CLAIMS if claims is None else claims, **layers}


def claim(
    text: str,
    content: str,
    speaker_text: str | None,
    cue: str,
    speaker: str | None = None,
    speaker_type: str = "named",
    stance: str = "asserts",
) -> Claim:
    """A claim whose spans are the first occurrences of its words in ``text``."""
    start = text.index(content)
    cue_start = text.index(cue)
    speaker_start = text.index(speaker_text) if speaker_text else None
    return Claim(
        start=start,
        end=start + len(content),
        text=content,
        speaker=speaker,
        speaker_text=speaker_text,
        speaker_start=speaker_start,
        speaker_end=None if speaker_start is None else speaker_start + len(speaker_text),
        speaker_type=speaker_type,
        cue=cue,
        cue_start=cue_start,
        cue_end=cue_start + len(cue),
        stance=stance,
    )


def taliban_denial(**changes) -> Claim:
    values = {"speaker": "Taliban", "speaker_type": "named", "stance": "denies"} | changes
    return claim(TEXT, "attacking Panjshir", "The Taliban", "denied", **values)


def front_claim(**changes) -> Claim:
    values = {"speaker": "resistance front", "speaker_type": "anonymous"} | changes
    return claim(TEXT, "they repelled the attack", "Members of the resistance front", "said", **values)


def residents_claim(**changes) -> Claim:
    values = {"speaker": None, "speaker_type": "anonymous"} | changes
    return claim(TEXT, "fighting resumed last night", "Residents", "say", **values)


def reading_of(claims, article_id: str = "a1", text: str = TEXT) -> Reading:
    article = Article(id=article_id, text=text, boilerplate=())
    return Reading(article, entity_records=(), actor_records=(), claim_records=tuple(claims))


def only_row(table, article: str = "a1", layer: str = "claims"):
    rows = table[(table["article"] == article) & (table["layer"] == layer)]
    assert len(rows) == 1, table
    return rows.iloc[0]


def test_perfect_predictions_score_one_everywhere():
    reading = reading_of([taliban_denial(), front_claim(), residents_claim()])
    row = only_row(evaluate(reading, gold_for()))
    assert (row["gold"], row["predicted"], row["matched"]) == (3, 3, 3)
    for column in ("precision", "recall", "f1", "speaker_acc", "speaker_type_acc", "stance_acc"):
        assert row[column] == 1.0, column
    assert math.isnan(row["party_acc"]) and math.isnan(row["claimed_by_acc"])


def test_output_columns():
    table = evaluate(reading_of([taliban_denial()]), gold_for())
    assert list(table.columns) == [
        "article",
        "layer",
        "gold",
        "predicted",
        "matched",
        "precision",
        "recall",
        "f1",
        "speaker_acc",
        "speaker_type_acc",
        "stance_acc",
        "party_acc",
        "claimed_by_acc",
    ]
    # A Reading without casualty records is not scored on casualties.
    assert list(table["layer"]) == ["claims", "claims"]
    assert list(table["article"]) == ["a1", "ALL"]


def test_a_missing_claim_lowers_recall_exactly():
    row = only_row(evaluate(reading_of([taliban_denial(), front_claim()]), gold_for()))
    assert row["matched"] == 2
    assert row["precision"] == 1.0
    assert row["recall"] == pytest.approx(2 / 3)
    assert row["f1"] == pytest.approx(0.8)


def test_an_extra_claim_lowers_precision_exactly():
    extra = claim(TEXT, "was cold", None, "was", speaker_type="unattributed")
    row = only_row(
        evaluate(reading_of([taliban_denial(), front_claim(), residents_claim(), extra]), gold_for())
    )
    assert (row["predicted"], row["matched"]) == (4, 3)
    assert row["precision"] == pytest.approx(3 / 4)
    assert row["recall"] == 1.0


def test_two_predictions_on_one_gold_claim_count_once():
    gold = gold_for(claims=GOLD_CLAIMS[:1])
    halves = [
        claim(TEXT, "attacking Panjshir", "The Taliban", "denied", speaker="Taliban", stance="denies"),
        claim(TEXT, "Panjshir", None, "attacking", speaker="Taliban", stance="denies"),
    ]
    row = only_row(evaluate(reading_of(halves), gold))
    assert (row["gold"], row["predicted"], row["matched"]) == (1, 2, 1)
    assert row["precision"] == 0.5
    assert row["recall"] == 1.0


def test_one_prediction_across_two_gold_claims_counts_once():
    start = TEXT.index("The Taliban")
    end = TEXT.index(" Residents")
    both = Claim(
        start, end, TEXT[start:end], "Taliban", "The Taliban", 0, 11, "named", "denied", 12, 18, "denies"
    )
    row = only_row(evaluate(reading_of([both]), gold_for()))
    assert (row["gold"], row["predicted"], row["matched"]) == (3, 1, 1)
    assert row["precision"] == 1.0
    assert row["recall"] == pytest.approx(1 / 3)


def test_the_larger_overlap_wins_the_gold_claim():
    gold = gold_for(claims=GOLD_CLAIMS[:1])
    small = claim(TEXT, "Panjshir", None, "attacking", speaker="Islamic Emirate", stance="asserts")
    large = taliban_denial()
    table = matches(reading_of([small, large]), gold)
    matched = table[table["status"] == "matched"].iloc[0]
    assert matched["pred_text"] == "The Taliban denied attacking Panjshir"
    assert list(table["status"]) == ["matched", "spurious"]


def test_speaker_matches_an_alias_of_the_gold_actor():
    gold = gold_for(claims=GOLD_CLAIMS[1:2])
    for predicted in ("resistance front", "The Resistance Front", "Panjshir resistance front"):
        row = only_row(evaluate(reading_of([front_claim(speaker=predicted)]), gold))
        assert row["speaker_acc"] == 1.0, predicted
    row = only_row(evaluate(reading_of([front_claim(speaker="Taliban")]), gold))
    assert row["speaker_acc"] == 0.0


def test_none_speakers_are_equal_and_none_differs_from_a_name():
    gold = gold_for(claims=GOLD_CLAIMS[2:])
    assert only_row(evaluate(reading_of([residents_claim(speaker=None)]), gold))["speaker_acc"] == 1.0
    assert only_row(evaluate(reading_of([residents_claim(speaker="Residents")]), gold))["speaker_acc"] == 0.0
    gold = gold_for(claims=GOLD_CLAIMS[:1])
    assert only_row(evaluate(reading_of([taliban_denial(speaker=None)]), gold))["speaker_acc"] == 0.0


def test_a_stance_mismatch_is_counted():
    reading = reading_of([taliban_denial(stance="asserts"), front_claim()])
    row = only_row(evaluate(reading, gold_for(claims=GOLD_CLAIMS[:2])))
    assert row["matched"] == 2
    assert row["stance_acc"] == 0.5
    assert row["speaker_acc"] == 1.0
    assert row["speaker_type_acc"] == 1.0


def test_speaker_type_mismatch_is_counted():
    reading = reading_of([taliban_denial(speaker_type="anonymous")])
    row = only_row(evaluate(reading, gold_for(claims=GOLD_CLAIMS[:1])))
    assert row["speaker_type_acc"] == 0.0


def test_no_matches_gives_nan_accuracies_and_zero_scores():
    row = only_row(evaluate(reading_of([]), gold_for()))
    assert (row["precision"], row["recall"], row["f1"]) == (0.0, 0.0, 0.0)
    assert math.isnan(row["speaker_acc"])
    row = only_row(evaluate(reading_of([]), gold_for(claims=[])))
    assert (row["gold"], row["precision"], row["recall"], row["f1"]) == (0, 0.0, 0.0, 0.0)


def test_claim_extent_includes_speaker_and_cue():
    # Gold evidence is only the attribution; the predicted content lies outside it.
    gold = gold_for(claims=[dict(GOLD_CLAIMS[1], evidence="Members of the resistance front said")])
    row = only_row(evaluate(reading_of([front_claim()]), gold))
    assert row["matched"] == 1
    table = matches(reading_of([front_claim()]), gold)
    assert table.iloc[0]["pred_text"] == "Members of the resistance front said they repelled the attack"


def test_evidence_not_found_raises_naming_it():
    gold = gold_for(claims=[dict(GOLD_CLAIMS[0], evidence="The Taliban admitted everything")])
    with pytest.raises(WorkbenchError, match="The Taliban admitted everything") as error:
        evaluate(reading_of([taliban_denial()]), gold)
    assert "a1" in str(error.value)


def test_repeated_evidence_takes_the_next_unused_occurrence():
    text = "Officials said it. Officials said it."
    gold = {
        "id": "rep",
        "actors": [],
        "claims": [
            {"speaker": None, "speaker_type": "anonymous", "cue": "said", "stance": "asserts", "evidence": e}
            for e in ("Officials said it.", "Officials said it.")
        ],
    }
    second = Claim(
        19, 36, "Officials said it", None, None, None, None, "anonymous", "said", 29, 33, "asserts"
    )
    table = matches(reading_of([second], "rep", text), gold)
    assert list(table["status"]) == ["missed", "matched"]
    assert list(table["gold_start"]) == [0, 19]


def test_gold_without_a_reading_raises_naming_it():
    with pytest.raises(WorkbenchError, match="no-such-article"):
        evaluate(reading_of([]), [gold_for(), gold_for("no-such-article")])


def test_readings_without_gold_are_not_scored():
    readings = [reading_of([taliban_denial()]), reading_of([], "unannotated")]
    table = evaluate(readings, gold_for())
    assert "unannotated" not in set(table["article"])


def test_gold_is_loaded_from_a_path(tmp_path):
    reading = reading_of([taliban_denial(), front_claim(), residents_claim()])
    one = tmp_path / "one.json"
    one.write_text(json.dumps(gold_for()), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([gold_for()]), encoding="utf-8")
    for gold in (one, str(many)):
        assert only_row(evaluate(reading, gold))["f1"] == 1.0
    with pytest.raises(WorkbenchError, match="missing.json"):
        evaluate(reading, tmp_path / "missing.json")


def test_the_all_row_sums_counts_over_articles():
    first = reading_of([taliban_denial(), front_claim(), residents_claim()], "a1")
    second = reading_of([taliban_denial(stance="asserts")], "a2")
    table = evaluate([first, second], [gold_for("a1"), gold_for("a2")])
    assert list(table["article"]) == ["a1", "a2", "ALL"]
    total = only_row(table, "ALL")
    assert (total["gold"], total["predicted"], total["matched"]) == (6, 4, 4)
    assert total["precision"] == 1.0
    assert total["recall"] == pytest.approx(4 / 6)
    # Micro average: 3 of 4 matched stances agree, not the mean of 1.0 and 0.0.
    assert total["stance_acc"] == pytest.approx(3 / 4)


CASUALTY_TEXT = (
    "Fahim Dashti said the Taliban lost 40 fighters and 35 others were wounded. Both sides suffered losses."
)
CASUALTY_GOLD = [
    {
        "count": 40,
        "category": "killed",
        "party": "Taliban",
        "claimed_by": "Fahim Dashti",
        "evidence": "the Taliban lost 40 fighters",
    },
    {
        "count": 35,
        "category": "wounded",
        "party": "Taliban",
        "claimed_by": "Fahim Dashti",
        "evidence": "35 others were wounded",
    },
    {
        "count": None,
        "category": "losses",
        "party": None,
        "claimed_by": None,
        "evidence": "Both sides suffered losses",
    },
]


def casualty(words: str, count, category: str, party, claimed_by):
    start = CASUALTY_TEXT.index(words)
    return SimpleNamespace(
        start=start,
        end=start + len(words),
        count=count,
        category=category,
        party=party,
        claimed_by=claimed_by,
    )


def casualty_reading(records):
    article = Article(id="c1", text=CASUALTY_TEXT, boilerplate=())
    return SimpleNamespace(article=article, claim_records=(), casualty_records=tuple(records))


def test_casualties_match_on_overlap_count_and_category():
    records = [
        casualty("Taliban lost 40", 40, "killed", "Islamic Emirate", "Fahim Dashti"),  # alias party
        casualty("35 others were wounded", 53, "wounded", "Taliban", "Fahim Dashti"),  # wrong count
        casualty("suffered losses", None, "losses", None, "Taliban"),  # None == None count
    ]
    gold = {"id": "c1", "actors": ACTORS, "claims": [], "casualties": CASUALTY_GOLD}
    table = evaluate(casualty_reading(records), gold)
    row = only_row(table, "c1", "casualties")
    assert (row["gold"], row["predicted"], row["matched"]) == (3, 3, 2)
    assert row["precision"] == pytest.approx(2 / 3)
    assert row["recall"] == pytest.approx(2 / 3)
    assert row["party_acc"] == 1.0
    assert row["claimed_by_acc"] == 0.5
    assert math.isnan(row["speaker_acc"])
    assert list(table["layer"]) == ["claims", "claims", "casualties", "casualties"]

    detail = matches(casualty_reading(records), gold, layer="casualties")
    assert list(detail["status"]) == ["matched", "missed", "spurious", "matched"]
    assert detail.iloc[2]["pred_count"] == 53
    assert detail.iloc[3]["pred_claimed_by"] == "Taliban"
    assert not detail.iloc[3]["claimed_by_ok"]
    assert detail.iloc[0]["party_ok"]


def test_a_wrong_category_does_not_match():
    records = [casualty("the Taliban lost 40 fighters", 40, "wounded", "Taliban", "Fahim Dashti")]
    gold = {"id": "c1", "actors": ACTORS, "casualties": CASUALTY_GOLD[:1]}
    row = only_row(evaluate(casualty_reading(records), gold), "c1", "casualties")
    assert row["matched"] == 0


def test_a_layer_the_gold_does_not_annotate_is_not_scored():
    records = [casualty("the Taliban lost 40 fighters", 40, "killed", "Taliban", "Fahim Dashti")]
    table = evaluate(casualty_reading(records), {"id": "c1", "actors": ACTORS, "claims": []})
    assert "casualties" not in set(table["layer"])


def test_matches_lists_gold_beside_predictions():
    reading = reading_of([taliban_denial(stance="asserts"), front_claim(speaker="Taliban")])
    table = matches(reading, gold_for())
    assert list(table["status"]) == ["matched", "matched", "missed"]
    first = table.iloc[0]
    assert (first["gold_stance"], first["pred_stance"], first["stance_ok"]) == ("denies", "asserts", False)
    assert bool(first["speaker_ok"]) is True
    second = table.iloc[1]
    assert (second["gold_speaker"], second["pred_speaker"]) == ("Panjshir resistance front", "Taliban")
    assert bool(second["speaker_ok"]) is False
    missed = table.iloc[2]
    assert missed["gold_evidence"] == "Residents say fighting resumed last night."
    assert missed["pred_text"] is None and missed["pred_stance"] is None
    assert pd.isna(missed["stance_ok"])


def test_matches_checks_its_inputs():
    with pytest.raises(WorkbenchError, match="unknown layer"):
        matches(reading_of([]), gold_for(), layer="entities")
    with pytest.raises(WorkbenchError, match="a2"):
        matches(reading_of([], "a2"), gold_for())
    # A reading-like object that predicts no casualty layer at all cannot be matched on it.
    claims_only = SimpleNamespace(article=reading_of([]).article, claim_records=())
    with pytest.raises(WorkbenchError, match="casualties"):
        matches(claims_only, gold_for(casualties=[]), layer="casualties")


def test_every_seed_gold_evidence_is_in_the_seed_text():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    text = SEED.read_text(encoding="utf-8")
    for layer in ("claims", "casualties"):
        for item in gold[layer]:
            assert item["evidence"] in text, item["evidence"]
    # And the evaluator locates them all: an empty prediction scores zero, it does not raise.
    seed = SimpleNamespace(
        article=Article(id=gold["id"], text=text, boilerplate=()), claim_records=(), casualty_records=()
    )
    table = evaluate(seed, GOLD)
    assert list(table.loc[table["article"] == gold["id"], "gold"]) == [14, 6]
