"""Score readings against gold annotation: precision, recall and attribute accuracy per layer.

Gold is one dict per article (see ``tests/gold_seed.json``); each gold item's ``evidence``
is an exact substring of the article text and is located there to get its span. A
predicted record matches a gold item when their spans overlap; pairs are made one-to-one,
largest overlap first. Each layer ("claims", "casualties") is one ``Layer`` entry in
``LAYERS``: how to get the predicted records, their span, what else must agree for a
match, and which attributes are scored on matched pairs.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..errors import WorkbenchError
from ..input.files import user_path

if TYPE_CHECKING:
    from ..records.reading import Reading

ALL = "ALL"


@dataclass(frozen=True)
class Attribute:
    """A value compared between a gold item (dict key) and a record (attribute) of the same name.

    ``scored`` attributes get an ``<name>_acc`` column; the others are only shown by
    ``matches`` (they are part of the matching rule already). ``actor`` values are
    compared as actor names, alias-aware.
    """

    name: str
    scored: bool = True
    actor: bool = False


@dataclass(frozen=True)
class Layer:
    """How one layer of a reading is scored."""

    name: str
    # The reading's predicted records; None when the reading does not predict this layer.
    records: Callable[[Any], Sequence[Any] | None]
    # The [start, end) span of a predicted record in the article text.
    extent: Callable[[Any], tuple[int, int]]
    attributes: tuple[Attribute, ...]
    # What must agree, besides overlapping spans, for a gold item and a record to be a pair.
    compatible: Callable[[dict, Any], bool] = lambda gold, record: True

    @property
    def accuracy_columns(self) -> list[str]:
        return [f"{a.name}_acc" for a in self.attributes if a.scored]


def _claim_records(reading) -> Sequence[Any]:
    return reading.claim_records


def _claim_extent(claim) -> tuple[int, int]:
    """Content, speaker and cue together: gold evidence usually includes the attribution."""
    spans = [
        (claim.start, claim.end),
        (claim.speaker_start, claim.speaker_end),
        (claim.cue_start, claim.cue_end),
    ]
    # An absent or empty speaker/cue span says nothing about where the claim is.
    spans = [(s, e) for s, e in spans if s is not None and e is not None and s < e]
    if not spans:
        return claim.start, claim.end
    return min(s for s, _ in spans), max(e for _, e in spans)


def _casualty_records(reading) -> Sequence[Any] | None:
    # Readings predict casualties only once that layer exists; until then it is not scored.
    return getattr(reading, "casualty_records", None)


def _record_extent(record) -> tuple[int, int]:
    return record.start, record.end


def _casualty_compatible(gold: dict, record) -> bool:
    """A figure matches only with the same count (None == None) and category."""
    same_count = gold.get("count") == getattr(record, "count", None)
    return same_count and gold.get("category") == getattr(record, "category", None)


# An attribute compared as actors are (by canonical name or alias), and one shown but not scored.
_actor = partial(Attribute, actor=True)
_shown = partial(Attribute, scored=False)

LAYERS: dict[str, Layer] = {
    "claims": Layer(
        "claims",
        _claim_records,
        _claim_extent,
        attributes=(_actor("speaker"), Attribute("speaker_type"), Attribute("stance"), _shown("cue")),
    ),
    "casualties": Layer(
        "casualties",
        _casualty_records,
        _record_extent,
        attributes=(_shown("count"), _shown("category"), _actor("party"), _actor("claimed_by")),
        compatible=_casualty_compatible,
    ),
}

COUNT_COLUMNS = ["article", "layer", "gold", "predicted", "matched", "precision", "recall", "f1"]


def _columns() -> list[str]:
    accuracies = [c for layer in LAYERS.values() for c in layer.accuracy_columns]
    return COUNT_COLUMNS + list(dict.fromkeys(accuracies))


# ---------------------------------------------------------------------------------------------
# Gold


def load_gold(gold: dict | Iterable[dict] | str | Path) -> list[dict]:
    """Gold articles from one dict, a list of dicts, or a JSON file holding either."""
    if isinstance(gold, str | Path):
        path = user_path(gold)
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise WorkbenchError(f"{path}: cannot read gold annotation ({error})") from error
        except json.JSONDecodeError as error:
            raise WorkbenchError(f"{path}: gold annotation is not valid JSON ({error})") from error
    articles = [gold] if isinstance(gold, dict) else list(gold)
    for article in articles:
        if not isinstance(article, dict) or "id" not in article:
            raise WorkbenchError(f"gold annotation must be dicts with an 'id' key, got {article!r:.80}")
    return articles


@dataclass(frozen=True)
class _GoldItem:
    start: int
    end: int
    item: dict


def _locate(gold_article: dict, text: str, layer: str) -> list[_GoldItem]:
    """Span of each gold item of a layer: its evidence's first occurrence not taken by an earlier item."""
    located: list[_GoldItem] = []
    used: set[tuple[int, int]] = set()
    for item in gold_article.get(layer, []):
        evidence = item.get("evidence") or ""
        if not evidence:
            raise WorkbenchError(
                f"gold {gold_article['id']!r}: a {layer} item without evidence: {item!r:.80}"
            )
        placed = item.get("start")
        if isinstance(placed, int) and text[placed : placed + len(evidence)] == evidence:
            # Gold made from a corrected reading knows where its evidence is.
            used.add((placed, placed + len(evidence)))
            located.append(_GoldItem(placed, placed + len(evidence), item))
            continue
        occurrences = []
        start = text.find(evidence)
        while start != -1:
            occurrences.append(start)
            start = text.find(evidence, start + 1)
        if not occurrences:
            raise WorkbenchError(
                f"gold {gold_article['id']!r}: {layer} evidence not found in the article text: {evidence!r}"
            )
        free = [s for s in occurrences if (s, s + len(evidence)) not in used]
        # Two items may share one evidence span (a figure for each of "both sides"): reuse the first.
        start = free[0] if free else occurrences[0]
        used.add((start, start + len(evidence)))
        located.append(_GoldItem(start, start + len(evidence), item))
    return located


def _norm_name(name: str) -> str:
    name = " ".join(name.split()).casefold()
    return name[4:] if name.startswith("the ") else name


def _same_actor(gold_name: str | None, predicted: str | None, gold_article: dict) -> bool:
    """Equal when both are None, or the prediction is the gold actor's name or one of its aliases."""
    if gold_name is None or predicted is None:
        return gold_name is None and predicted is None
    names = {gold_name}
    for actor in gold_article.get("actors", []):
        if actor.get("name") == gold_name:
            names.update(actor.get("aliases", []))
    return _norm_name(predicted) in {_norm_name(n) for n in names}


def _agree(attribute: Attribute, gold_value, predicted_value, gold_article: dict) -> bool:
    if attribute.actor:
        return _same_actor(gold_value, predicted_value, gold_article)
    return gold_value == predicted_value


# ---------------------------------------------------------------------------------------------
# Matching


@dataclass
class _Scored:
    """One article, one layer: located gold, predictions, one-to-one pairs, correct counts."""

    gold: list[_GoldItem]
    predicted: list[Any]
    extents: list[tuple[int, int]]
    pairs: dict[int, tuple[int, int]]  # gold index -> (predicted index, overlap)
    correct: dict[str, int] = field(default_factory=dict)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _score(layer: Layer, gold_article: dict, text: str, predicted: Sequence[Any]) -> _Scored:
    gold = _locate(gold_article, text, layer.name)
    predicted = list(predicted)
    extents = [layer.extent(record) for record in predicted]
    candidates = []
    for gi, g in enumerate(gold):
        for pi, extent in enumerate(extents):
            overlap = _overlap((g.start, g.end), extent)
            if overlap >= 1 and layer.compatible(g.item, predicted[pi]):
                candidates.append((-overlap, gi, pi))
    # Greedy by largest overlap; ties go to the earlier gold item, then the earlier prediction.
    candidates.sort()
    pairs: dict[int, tuple[int, int]] = {}
    taken: set[int] = set()
    for negative_overlap, gi, pi in candidates:
        if gi not in pairs and pi not in taken:
            pairs[gi] = (pi, -negative_overlap)
            taken.add(pi)
    correct = {}
    for attribute in layer.attributes:
        if attribute.scored:
            correct[attribute.name] = sum(
                _agree(
                    attribute,
                    gold[gi].item.get(attribute.name),
                    getattr(predicted[pi], attribute.name, None),
                    gold_article,
                )
                for gi, (pi, _) in pairs.items()
            )
    return _Scored(gold, predicted, extents, pairs, correct)


def _row(article: str, layer: Layer, n_gold: int, n_predicted: int, n_matched: int, correct: dict) -> dict:
    precision = n_matched / n_predicted if n_predicted else 0.0
    recall = n_matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    row = {
        "article": article,
        "layer": layer.name,
        "gold": n_gold,
        "predicted": n_predicted,
        "matched": n_matched,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }
    for name, count in correct.items():
        row[f"{name}_acc"] = count / n_matched if n_matched else math.nan
    return row


def corrections_gold(reading: Reading) -> dict:
    """A corrected reading as gold for its article, in the gold annotation's shape (each item's
    evidence with its place in the text)."""
    text = reading.text
    claims = []
    for claim in reading.claim_records:
        start, end = _claim_extent(claim)
        said = {k: getattr(claim, k) for k in ("speaker", "speaker_type", "cue", "stance", "via")}
        claims.append(said | {"evidence": text[start:end], "start": start})
    figures = [
        {
            k: getattr(f, k)
            for k in ("count", "count_low", "count_high", "approx", "category", "party", "claimed_by")
        }
        | {"evidence": f.text, "start": f.start}
        for f in reading.casualty_records
    ]
    actors = [{"name": a.name, "aliases": list(a.aliases), "kind": a.kind} for a in reading.actor_records]
    return {"id": reading.article.id, "actors": actors, "claims": claims, "casualties": figures}


def _against_corrections(readings: list) -> tuple[list, list[dict]]:
    corrected = [r for r in readings if getattr(r, "machine", None) is not None]
    if not corrected:
        raise WorkbenchError(
            "no reading has corrections to score against: pass gold, or correct and save some readings first"
        )
    return [r.machine for r in corrected], [corrections_gold(r) for r in corrected]


def _as_readings(readings) -> list:
    # One Reading is recognised by its article, so hand-built stand-ins work too.
    return [readings] if hasattr(readings, "article") else list(readings)


def evaluate(
    readings: Reading | Iterable[Reading], gold: dict | Iterable[dict] | str | Path | None = None
) -> pd.DataFrame:
    """Precision, recall, F1 and attribute accuracies of readings against gold.

    One row per (article, layer) and an "ALL" row per layer with counts summed over
    articles (micro average). A layer is scored for an article when the gold annotates it
    and the reading predicts it. Readings without gold are not scored; gold without a
    reading is an error. With no ``gold``, a researcher's corrections are the gold: each
    corrected reading is scored as the workbench read it (``machine``) against itself as
    corrected (``corrections_gold``).
    """
    if gold is None:
        readings, gold = _against_corrections(_as_readings(readings))
    gold_articles = load_gold(gold)
    by_id: dict[str, Any] = {}
    for reading in _as_readings(readings):
        article_id = reading.article.id
        if article_id in by_id:
            raise WorkbenchError(f"two readings of article {article_id!r}")
        by_id[article_id] = reading
    gold_ids = [g["id"] for g in gold_articles]
    duplicated = sorted({i for i in gold_ids if gold_ids.count(i) > 1})
    if duplicated:
        raise WorkbenchError(f"gold annotates these articles more than once: {', '.join(duplicated)}")
    missing = [i for i in gold_ids if i not in by_id]
    if missing:
        raise WorkbenchError(f"gold articles with no reading: {', '.join(missing)}")

    rows = []
    for layer in LAYERS.values():
        totals = {"gold": 0, "predicted": 0, "matched": 0}
        correct_totals = dict.fromkeys((a.name for a in layer.attributes if a.scored), 0)
        scored_any = False
        for gold_article in gold_articles:
            reading = by_id[gold_article["id"]]
            predicted = layer.records(reading)
            if predicted is None or layer.name not in gold_article:
                continue
            scored = _score(layer, gold_article, reading.article.text, predicted)
            counts = {"gold": len(scored.gold), "predicted": len(scored.predicted)}
            counts["matched"] = len(scored.pairs)
            rows.append(_row(gold_article["id"], layer, *counts.values(), scored.correct))
            for key, value in counts.items():
                totals[key] += value
            for key, value in scored.correct.items():
                correct_totals[key] += value
            scored_any = True
        if scored_any:
            rows.append(_row(ALL, layer, *totals.values(), correct_totals))

    table = pd.DataFrame(rows, columns=_columns())
    return table.astype({"gold": "int64", "predicted": "int64", "matched": "int64"})


MATCH_COLUMNS = ["status", "gold_start", "gold_end", "pred_start", "pred_end", "overlap"]


def _matches_columns(layer: Layer) -> list[str]:
    columns = MATCH_COLUMNS + ["gold_evidence", "pred_text"]
    for attribute in layer.attributes:
        columns += [f"gold_{attribute.name}", f"pred_{attribute.name}"]
        if attribute.scored:
            columns.append(f"{attribute.name}_ok")
    return columns


def matches(reading: Reading, gold_article: dict, layer: str = "claims") -> pd.DataFrame:
    """Each gold item beside its matched prediction, in text order, to see what went wrong.

    ``status`` is "matched", "missed" (gold without a prediction) or "spurious" (a
    prediction without gold). Each attribute has ``gold_<name>`` and ``pred_<name>``
    columns, and scored attributes an ``<name>_ok`` column on matched rows.
    """
    if layer not in LAYERS:
        raise WorkbenchError(f"unknown layer {layer!r}; known layers: {', '.join(LAYERS)}")
    spec = LAYERS[layer]
    if gold_article.get("id") != reading.article.id:
        raise WorkbenchError(
            f"gold is for article {gold_article.get('id')!r}, the reading for {reading.article.id!r}"
        )
    if layer not in gold_article:
        raise WorkbenchError(f"gold {gold_article['id']!r} does not annotate {layer}")
    predicted = spec.records(reading)
    if predicted is None:
        raise WorkbenchError(f"reading {reading.article.id!r} does not predict {layer}")
    text = reading.article.text
    scored = _score(spec, gold_article, text, predicted)

    def row(gi: int | None, pi: int | None, overlap: int | None) -> dict:
        g = scored.gold[gi] if gi is not None else None
        extent = scored.extents[pi] if pi is not None else None
        record = scored.predicted[pi] if pi is not None else None
        status = "spurious" if g is None else "missed" if record is None else "matched"
        out = {
            "status": status,
            "gold_start": g.start if g is not None else None,
            "gold_end": g.end if g is not None else None,
            "pred_start": extent[0] if extent else None,
            "pred_end": extent[1] if extent else None,
            "overlap": overlap,
            "gold_evidence": g.item["evidence"] if g is not None else None,
            "pred_text": text[extent[0] : extent[1]] if extent else None,
        }
        for attribute in spec.attributes:
            gold_value = g.item.get(attribute.name) if g is not None else None
            pred_value = getattr(record, attribute.name, None) if record is not None else None
            out[f"gold_{attribute.name}"] = gold_value
            out[f"pred_{attribute.name}"] = pred_value
            if attribute.scored:
                out[f"{attribute.name}_ok"] = (
                    _agree(attribute, gold_value, pred_value, gold_article) if status == "matched" else None
                )
        return out

    rows = []
    for gi in range(len(scored.gold)):
        pi, overlap = scored.pairs.get(gi, (None, None))
        rows.append(row(gi, pi, overlap))
    taken = {pi for pi, _ in scored.pairs.values()}
    rows += [row(None, pi, None) for pi in range(len(scored.predicted)) if pi not in taken]
    # Text order, so the table reads alongside the article.
    rows.sort(key=lambda r: r["gold_start"] if r["gold_start"] is not None else r["pred_start"])
    # Object columns keep values as given (None stays None, 40 stays 40, not 40.0).
    table = pd.DataFrame(rows, columns=_matches_columns(spec), dtype=object)
    dtypes = {c: "Int64" for c in MATCH_COLUMNS[1:]} | {c: "boolean" for c in table if c.endswith("_ok")}
    return table.astype(dtypes)
