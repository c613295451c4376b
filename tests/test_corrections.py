"""Corrections: a researcher fixes a reading once, and it stays fixed.

Each kind of correction on a reading of our own article; the sidecar beside the article; the
corrections made again by ``read``, ``read_many`` (cached readings too) and ``workbench
extract``; re-anchoring after the text changed elsewhere, and refusal where the corrected words
themselves changed; a malformed sidecar; and scoring the workbench against the corrections.
"""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import workbench as wb
from workbench.records.corrections import SUFFIX, CorrectionsError, CorrectionsWarning, anchor
from workbench.views.correcting import changes, item_options

TEXT = (
    "Fighting flared near Korvan on Tuesday.\n\n"
    "The army said 14 fighters of the Sabel Front were killed in the clashes. A spokesman for the "
    "Sabel Front, Idris Malo, said the army lost 20 soldiers.\n\n"
    "The Sabel Front denied that its fighters had retreated from Korvan.\n\n"
    "Three civilians were wounded when a shell hit the market, residents said.\n"
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "korvan.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture
def reading(article, nlp):
    return wb.read(article, nlp=nlp)


def _figure(reading, words):
    return next(f for f in reading.casualty_records if words in f.text)


def _claim(reading, words):
    return next(c for c in reading.claim_records if words in c.text)


def _actor(reading, name):
    return next(a for a in reading.actor_records if a.name == name)


# -- each kind of correction -------------------------------------------------------------------


def test_correcting_a_figure_changes_only_the_fields_given_and_marks_them(reading):
    figure = _figure(reading, "20 soldiers")
    fixed = reading.correct(figure.id, count=25, approx="at_least", claimed_by="Sabel Front")
    after = _figure(fixed, "20 soldiers")
    assert (after.count, after.approx, after.claimed_by, after.category) == (
        25,
        "at_least",
        "Sabel Front",
        "killed",
    )
    assert set(after.corrected) == {"count", "approx", "claimed_by"} and after.id == figure.id
    assert _figure(reading, "20 soldiers") == figure  # the reading corrected is unchanged
    assert fixed.machine is reading and len(fixed.corrections) == 1
    row = fixed.casualties.set_index("id").loc[figure.id]
    assert set(row["corrected"]) == {"count", "approx", "claimed_by"}


def test_correcting_a_claim_speaker_type_stance_and_via(reading):
    claim = _claim(reading, "Three civilians")
    fixed = reading.correct(
        claim.id, speaker="residents", speaker_type="named", stance="denies", via="Radio Korvan"
    )
    after = _claim(fixed, "Three civilians")
    assert (after.speaker, after.speaker_type, after.stance, after.via) == (
        "residents",
        "named",
        "denies",
        "Radio Korvan",
    )
    assert set(after.corrected) == {"speaker", "speaker_type", "stance", "via"}


def test_renaming_an_actor_renames_every_reference_to_it(reading):
    front = _actor(reading, "Sabel Front")
    fixed = reading.correct(front.id, name="Sabel Liberation Front", kind="armed_group", aliases=["SLF"])
    renamed = _actor(fixed, "Sabel Liberation Front")
    assert renamed.id == front.id and renamed.aliases == ("SLF",) and "name" in renamed.corrected
    assert all(e.actor != "Sabel Front" for e in fixed.entity_records)
    assert _figure(fixed, "14 fighters").party == "Sabel Liberation Front"
    assert "party" in _figure(fixed, "14 fighters").corrected
    assert _claim(fixed, "retreated").speaker == "Sabel Liberation Front"
    assert set(fixed.ledger["party"]) >= {"Sabel Liberation Front"}
    assert "Sabel Front" not in set(fixed.ledger["party"])


def test_an_actor_cannot_be_renamed_onto_another_merge_it_instead(reading):
    with pytest.raises(CorrectionsError, match="merge"):
        reading.correct(_actor(reading, "Idris Malo").id, name="army")


def test_merging_two_actors_joins_their_names_and_references(reading):
    malo, front = _actor(reading, "Idris Malo"), _actor(reading, "Sabel Front")
    fixed = reading.merge(malo.id, front.id)
    joined = _actor(fixed, "Sabel Front")
    assert "Idris Malo" in joined.aliases and joined.mentions == front.mentions + malo.mentions
    assert "merged" in joined.corrected and all(a.name != "Idris Malo" for a in fixed.actor_records)
    assert _claim(fixed, "20 soldiers").speaker == "Sabel Front"


def test_splitting_an_actor_moves_the_mentions_chosen(reading):
    army = _actor(reading, "army")
    soldiers = [e.id for e in reading.entity_records if e.text == "soldiers"]
    fixed = reading.split(army.id, "army conscripts", soldiers)
    new = _actor(fixed, "army conscripts")
    assert new.mentions == 1 and new.aliases == ("soldiers",) and new.kind == "state_force"
    assert _actor(fixed, "army").mentions == army.mentions - 1
    assert [e.actor for e in fixed.entity_records if e.text == "soldiers"] == ["army conscripts"]
    with pytest.raises(CorrectionsError, match="some, not all"):
        reading.split(army.id, "everyone", [e.id for e in reading.entity_records if e.actor == "army"])


def test_adding_a_missed_claim_and_figure_by_their_span(reading):
    start = TEXT.index("Fighting flared")
    end = start + len("Fighting flared near Korvan on Tuesday")
    fixed = reading.add("claim", start, end, speaker="army", stance="asserts")
    added = next(c for c in fixed.claim_records if c.start == start)
    assert added.corrected == ("added",) and added.speaker_type == "named" and added.text == TEXT[start:end]
    assert "Korvan" in added.names and added.id.startswith("c-")
    shell = TEXT.index("a shell")
    fixed = fixed.add(
        "casualty", shell, shell + len("a shell"), category="wounded", count=1, party="civilians"
    )
    figure = next(f for f in fixed.casualty_records if f.start == shell)
    assert figure.claim == _claim(fixed, "Three civilians").id  # the statement holding it
    assert (figure.count, figure.approx, figure.corrected) == (1, "exact", ("added",))
    with pytest.raises(CorrectionsError, match="category"):
        reading.add("casualty", shell, shell + 7, count=1)
    with pytest.raises(CorrectionsError, match="span"):
        reading.add("claim", 10, 5)


def test_removing_a_claim_clears_what_referred_to_it(reading):
    claim = _claim(reading, "20 soldiers")
    fixed = reading.remove(claim.id)
    assert claim.id not in {c.id for c in fixed.claim_records}
    figure = _figure(fixed, "20 soldiers")
    assert figure.claim is None and "claim" in figure.corrected
    figure_gone = reading.remove(_figure(reading, "Three").id)
    assert len(figure_gone.casualty_records) == len(reading.casualty_records) - 1
    place_gone = reading.remove(_actor(reading, "Korvan").id)
    assert all(e.actor != "Korvan" for e in place_gone.entity_records)


@pytest.mark.parametrize(
    ("field", "value"),
    [("stance", "maybe"), ("speaker_type", "rumour"), ("count", -3), ("category", "hurt"), ("nope", 1)],
)
def test_a_wrong_value_or_field_is_refused_with_its_name(reading, field, value):
    item = _figure(reading, "14") if field in ("count", "category") else _claim(reading, "14")
    with pytest.raises(CorrectionsError, match=field if field == "nope" else repr(value)):
        reading.correct(item.id, **{field: value})


def test_an_unknown_id_is_a_clear_error(reading):
    with pytest.raises(CorrectionsError, match="c-nothing"):
        reading.correct("c-nothing", stance="denies")


# -- the sidecar, and reading again -----------------------------------------------------------


def _corrected(reading):
    fixed = reading.correct(_figure(reading, "20 soldiers").id, party="army", claimed_by="Sabel Front")
    return fixed.correct(_claim(reading, "retreated").id, stance="asserts")


def test_the_sidecar_is_readable_stable_and_written_beside_the_article(reading, article):
    path = _corrected(reading).save_corrections()
    assert path == article.with_name("korvan" + SUFFIX)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["text_sha256"] == reading.article.sha256
    first = document["corrections"][0]
    assert set(first) >= {
        "action",
        "kind",
        "id",
        "start",
        "end",
        "text",
        "fields",
        "time",
        "prefix",
        "suffix",
    }
    # Only what changed: the figure's party was already the army.
    assert first["text"] == TEXT[first["start"] : first["end"]] and first["fields"] == {
        "claimed_by": "Sabel Front"
    }
    assert (
        path.read_text(encoding="utf-8")
        == json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    )
    # Written atomically: no temporary file is left beside it.
    assert sorted(p.name for p in article.parent.iterdir()) == ["korvan" + SUFFIX, "korvan.txt"]


def test_read_makes_the_saved_corrections_again(reading, article, nlp):
    _corrected(reading).save_corrections()
    again = wb.read(article, nlp=nlp)
    assert _figure(again, "20 soldiers").claimed_by == "Sabel Front"
    assert _claim(again, "retreated").stance == "asserts" and not again.unapplied
    assert again.machine is not None and _claim(again.machine, "retreated").stance == "denies"
    assert _claim(wb.read(article, nlp=nlp, corrections=False), "retreated").stance == "denies"


def test_read_many_makes_them_on_cached_readings_too_and_caches_what_the_workbench_read(
    reading, article, nlp, tmp_path
):
    _corrected(reading).save_corrections()
    cache = tmp_path / "cache"
    first = wb.read_many([article], nlp=nlp, cache=cache, progress=False)
    second = wb.read_many([article], nlp=nlp, cache=cache, progress=False)  # a cache hit
    for corpus in (first, second):
        assert _claim(corpus["korvan"], "retreated").stance == "asserts"
    stored = next(cache.rglob("*.reading.json")).read_text(encoding="utf-8")
    assert '"corrected":["' not in stored.replace(" ", "")  # the cache holds the machine reading


def test_extract_writes_corrected_records_and_marks_them(reading, article):
    _corrected(reading).save_corrections()
    workbench = str(Path(sys.executable).with_name("workbench"))
    done = subprocess.run([workbench, "extract", str(article)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    denial = next(c for c in record["claims"] if "retreated" in c["text"])
    assert denial["stance"] == "asserts" and denial["corrected"] == ["stance"]


def test_extract_names_a_malformed_sidecar_and_still_reads_the_article(article):
    article.with_name("korvan" + SUFFIX).write_text("[", encoding="utf-8")
    workbench = str(Path(sys.executable).with_name("workbench"))
    done = subprocess.run([workbench, "extract", str(article)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and json.loads(done.stdout)["casualties"]
    assert "korvan.corrections.json" in done.stderr and "not valid JSON" in done.stderr


def test_after_an_edit_elsewhere_corrections_are_re_anchored(reading, article, nlp):
    _corrected(reading).save_corrections()
    article.write_text("Updated on Wednesday with a new first line.\n\n" + TEXT, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorrectionsWarning)
        again = wb.read(article, nlp=nlp)
    figure = _figure(again, "20 soldiers")
    assert figure.claimed_by == "Sabel Front" and figure.id != _figure(reading, "20 soldiers").id
    assert _claim(again, "retreated").stance == "asserts"
    # Saved again, the corrections stand on the new text.
    again.save_corrections()
    entries = json.loads(article.with_name("korvan" + SUFFIX).read_text(encoding="utf-8"))["corrections"]
    assert {e["text_sha256"] for e in entries} == {again.article.sha256}


def test_a_correction_whose_words_changed_is_reported_and_not_applied(reading, article, nlp):
    _corrected(reading).save_corrections()
    article.write_text(
        TEXT.replace("the army lost 20 soldiers", "the army lost many soldiers"), encoding="utf-8"
    )
    with pytest.warns(CorrectionsWarning, match=r"korvan\.corrections\.json.*f-.*not applied"):
        again = wb.read(article, nlp=nlp)
    assert [reason for _, reason in again.unapplied] == ["its words are no longer in the text"]
    assert all("claimed_by" not in f.corrected for f in again.casualty_records)
    assert _claim(again, "retreated").stance == "asserts"  # the other correction still holds
    again.save_corrections()  # what could not be made is kept, and says why
    entries = json.loads(article.with_name("korvan" + SUFFIX).read_text(encoding="utf-8"))["corrections"]
    assert [e.get("not_applied") for e in entries] == [None, "its words are no longer in the text"]


def test_anchor_prefers_the_occurrence_with_the_same_context():
    text = "one: the army fired. two: the army fired."
    saved = {"text": "the army fired", "start": 0, "prefix": "two: ", "suffix": "."}
    assert anchor(saved, text) == (26, 40)
    assert anchor(saved | {"text": "the navy fired"}, text) is None


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        '{"format": "something else"}',
        '{"format": "workbench-corrections/1", "corrections": [{"kind": 1}]}',
        '{"format": "workbench-corrections/1", "corrections": [{"action": "split", "kind": "actor", '
        '"id": "a", "start": 0, "end": 8, "text": "Fighting", "prefix": "", "suffix": "", '
        '"text_sha256": "", "fields": {"name": "x", "mentions": [7]}}]}',
    ],
)
def test_a_malformed_sidecar_is_named_and_the_article_still_read(article, nlp, content):
    article.with_name("korvan" + SUFFIX).write_text(content, encoding="utf-8")
    with pytest.warns(CorrectionsWarning, match=r"korvan\.corrections\.json"):
        again = wb.read(article, nlp=nlp)
    assert again.casualty_records and not again.corrections


# -- what a researcher sees ------------------------------------------------------------------------


def test_the_highlight_marks_what_was_corrected(reading):
    html = wb.highlight(_corrected(reading))
    assert html.count("✎") >= 2 and "corrected: stance" in html
    assert "✎" not in wb.highlight(reading)


def test_the_form_lists_the_items_and_turns_typed_text_into_values(reading):
    ids = [i for _, i in item_options(reading)]
    assert ids[0].startswith("c-") and any(i.startswith("f-") for i in ids) and ids[-1].startswith("a-")
    current = {"count": 20, "party": "army", "aliases": ("army",)}
    assert changes(current, {"count": "25", "party": "", "aliases": "army"}) == {"count": 25, "party": None}


def test_the_explorer_form_corrects_and_saves(reading, article):
    explorer = wb.explore([reading])
    form = explorer.correcting
    figure = _figure(reading, "20 soldiers")
    form.item.value = figure.id
    next(c for c in form.fields.children if c.description == "claimed_by").value = "Sabel Front"
    form.apply.click()
    assert _figure(explorer.readings["korvan"], "20 soldiers").claimed_by == "Sabel Front"
    assert "✎" in explorer.text.value and "Corrected claimed_by" in form.message.value
    form.save.click()
    assert (
        article.with_name("korvan" + SUFFIX).exists()
        and "Saved to korvan.corrections.json" in form.message.value
    )
    next(c for c in form.fields.children if c.description == "count").value = "-4"
    form.apply.click()
    assert form.message.value.startswith("Not corrected")


# -- corrections as gold ----------------------------------------------------------------------------


def test_evaluate_scores_the_workbench_against_the_corrections(reading, article, nlp):
    _corrected(reading).save_corrections()
    corpus = wb.read_many([article], nlp=nlp, progress=False)
    scores = wb.evaluate(corpus).set_index(["article", "layer"])
    claims, figures = scores.loc[("ALL", "claims")], scores.loc[("ALL", "casualties")]
    assert claims["f1"] == 1.0 and claims["stance_acc"] == pytest.approx(3 / 4)
    assert figures["claimed_by_acc"] == pytest.approx(2 / 3) and figures["party_acc"] == 1.0
    with pytest.raises(wb.WorkbenchError, match="no reading has corrections"):
        wb.evaluate([reading.machine or reading])
