"""Score the workbench on the annotated development set in ``../shared/dev``, with the scorer the
hidden set is scored with, and break recall down by phenomenon.

    .venv/bin/python tools/score_dev.py                 # read, score, print the totals
    .venv/bin/python tools/score_dev.py --by            # ... and recall per phenomenon
    .venv/bin/python tools/score_dev.py --verbose       # ... and every error the scorer lists
    .venv/bin/python tools/score_dev.py --pred run.jsonl  # score a saved run instead of reading

The development texts are published reports lent for measurement: they stay in ``../shared/dev``
and nothing here copies them. The phenomena are read off each gold item's own fields (category,
approximation, speaker type, cue, notes), so the breakdown names kinds of statement, not texts.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev"


def load_scorer(dev: Path):
    spec = importlib.util.spec_from_file_location("dev_score", dev / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(dev: Path, out: Path) -> None:
    """What ``workbench extract ARTICLES --format jsonl`` writes, produced in this process."""
    from workbench.corpus.cli import main

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        main(["extract", str(dev / "articles"), "--format", "jsonl", "--no-progress"])
    out.write_text(buffer.getvalue(), encoding="utf-8")


# -- phenomena --------------------------------------------------------------------------------------


def claim_phenomena(claim: dict) -> list[str]:
    cue = (claim.get("cue") or "").lower()
    note = (claim.get("note") or "").lower()
    found = [f"type={claim['speaker_type']}", f"stance={claim['stance']}"]
    if "continuation" in cue:
        found.append("cue=quote continuation")
    elif cue.startswith("according"):
        found.append("cue=according to")
    elif cue in {"said", "says", "say", "told", "tells", "saying"}:
        found.append("cue=say/tell")
    else:
        found.append("cue=other words")
    if claim.get("via"):
        found.append("chain (via)")
    if "verification" in note or "caveat" in note:
        found.append("verification caveat")
    return found


def figure_phenomena(figure: dict) -> list[str]:
    note = (figure.get("note") or "").lower()
    found = [f"category={figure['category']}", f"approx={figure['approx']}"]
    if "subset" in note:
        found.append("subset")
    if figure.get("count") == 0:
        found.append("zero")
    if figure.get("count") == 1:
        found.append("single victim")
    if figure.get("count_low") is not None:
        found.append("range")
    found.append(
        "party="
        + ("null" if figure["party"] is None else "civilians" if figure["party"] == "civilians" else "actor")
    )
    found.append("claimant=" + ("reporter" if figure["claimed_by"] is None else "actor"))
    return found


def breakdown(scorer, pred_path: Path, dev: Path) -> dict[str, Counter]:
    """Per phenomenon: gold items, found, and (claims) speaker right / (figures) strict right."""
    preds = {}
    for line in pred_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            preds[Path(record.get("path") or record.get("id")).stem] = record
    tally: dict[str, Counter] = defaultdict(Counter)
    for gold_path in sorted((dev / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (dev / "articles" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        pred = preds.get(gold_path.stem, {"claims": [], "casualties": []})
        actors = gold.get("actors", [])

        golds = [dict(c, _span=scorer.find_span(text, c["evidence"])) for c in gold.get("claims", [])]
        found = [dict(c, _span=(int(c["start"]), int(c["end"]))) for c in pred.get("claims", [])]
        pairs = dict(scorer.greedy_match(golds, found, lambda g, p: True))
        for gi, g in enumerate(golds):
            p = found[pairs[gi]] if gi in pairs else None
            right = False
            if p is not None:
                extra = [g.get("speaker_text"), g.get("via")]
                if g["speaker"] is None:
                    right = scorer.names_no_actor(p.get("speaker"), actors) or scorer.same_actor(
                        p.get("speaker"), None, actors, extra
                    )
                else:
                    right = scorer.same_actor(p.get("speaker") or "", g["speaker"], actors, extra)
                right = (
                    right and p.get("speaker_type") == g["speaker_type"] and p.get("stance") == g["stance"]
                )
            for key in claim_phenomena(g):
                row = tally["claims: " + key]
                row["gold"] += 1
                row["found"] += p is not None
                row["right"] += right

        golds = [dict(c, _span=scorer.find_span(text, c["evidence"])) for c in gold.get("casualties", [])]
        found = [dict(c, _span=(int(c["start"]), int(c["end"]))) for c in pred.get("casualties", [])]
        agree = lambda g, p: scorer.counts_agree(g, p) and p.get("category") == g["category"]  # noqa: E731
        pairs = dict(scorer.greedy_match(golds, found, agree))
        for gi, g in enumerate(golds):
            p = found[pairs[gi]] if gi in pairs else None
            right = False
            if p is not None:
                party = (
                    scorer.same_actor(p.get("party") or "", g["party"], actors, [g.get("party_text")])
                    if g["party"]
                    else scorer.names_no_actor(p.get("party"), actors)
                )
                by = (
                    scorer.same_actor(
                        p.get("claimed_by") or "", g["claimed_by"], actors, [g.get("claimed_by_text")]
                    )
                    if g["claimed_by"]
                    else scorer.names_no_actor(p.get("claimed_by"), actors)
                )
                right = party and by
            for key in figure_phenomena(g):
                row = tally["figures: " + key]
                row["gold"] += 1
                row["found"] += p is not None
                row["right"] += right
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dev", type=Path, default=DEV, help="the development set (default ../shared/dev)")
    parser.add_argument("--pred", type=Path, help="score this saved run instead of reading the articles")
    parser.add_argument(
        "--save", type=Path, default=Path("/tmp/workbench-dev.jsonl"), help="where the run goes"
    )
    parser.add_argument("--by", action="store_true", help="recall per phenomenon")
    parser.add_argument("--verbose", action="store_true", help="every error the scorer lists")
    args = parser.parse_args(argv)
    if not (args.dev / "score.py").exists():
        print(f"score_dev: no development set at {args.dev}", file=sys.stderr)
        return 2
    scorer = load_scorer(args.dev)
    pred = args.pred
    if pred is None:
        extract(args.dev, args.save)
        pred = args.save
    argv_ = ["score.py", str(pred), str(args.dev / "gold"), str(args.dev / "articles")]
    scorer.main(argv_ + (["--verbose"] if args.verbose else []))
    if args.by:
        print(f"\n{'phenomenon':44} {'gold':>5} {'found':>6} {'right':>6}")
        for key, row in sorted(breakdown(scorer, pred, args.dev).items()):
            found, right = row["found"] / row["gold"], row["right"] / row["gold"]
            print(f"{key:44} {row['gold']:5d} {found:6.2f} {right:6.2f}")
        print(
            "(found: matched by span, and for figures count and category; right: claims with speaker,"
            " type and stance right, figures with party and claimant right)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
