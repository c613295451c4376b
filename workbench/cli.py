"""Command line: ``workbench extract PATH [PATH ...] [--format jsonl|csv] [--out DIR]``."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from .errors import WorkbenchError
from .load import load
from .reading import Reading
from .records import as_dict


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workbench", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract",
        help="read articles and write what was found in them",
        description=(
            "Read .txt articles (files, or folders of *.txt) and write what was found in them. "
            "jsonl: one JSON object per article (entities, actors, claims, casualties), on stdout or as "
            "DIR/ID.jsonl. csv: the entities of all articles as one table on stdout, or one file per "
            "table per article in DIR (ID.entities.csv, .actors, .claims, .casualties, .ledger)."
        ),
    )
    extract.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="a .txt article or a folder of them"
    )
    extract.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    extract.add_argument("--out", type=Path, metavar="DIR", help="write one file per article here")
    extract.add_argument("--model", help="spaCy pipeline name (default: see README)")
    args = parser.parse_args(argv)
    return _extract(args.paths, args.format, args.out, args.model)


def _extract(paths: list[Path], fmt: str, out: Path | None, model: str | None) -> int:
    from .nlp import load_model
    from .pipeline import read

    try:
        nlp = load_model(model)
    except WorkbenchError as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 2
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    failures = 0
    wrote_header = False
    for path in _expand(paths):
        try:
            reading = read(load(path), nlp=nlp)
        except WorkbenchError as error:
            # Report and go on: one bad file never loses the others.
            print(f"workbench: skipped {error}", file=sys.stderr)
            failures += 1
            continue
        if fmt == "jsonl":
            line = json.dumps(to_json(reading), ensure_ascii=False)
            if out is None:
                print(line)
            else:
                (out / f"{reading.article.id}.jsonl").write_text(line + "\n", encoding="utf-8")
        elif out is None:
            table = reading.entities.assign(id=reading.article.id, path=reading.article.path)
            sys.stdout.write(_csv(table[["id", "path", *reading.entities.columns]], header=not wrote_header))
            wrote_header = True
        else:
            tables = {
                "entities": reading.entities,
                "actors": reading.actors,
                "claims": reading.claims,
                "casualties": reading.casualties,
                "ledger": reading.ledger,
            }
            for name, table in tables.items():
                (out / f"{reading.article.id}.{name}.csv").write_text(_csv(table), encoding="utf-8")
    if failures:
        print(f"workbench: {failures} file(s) could not be read", file=sys.stderr)
    return 1 if failures else 0


def _expand(paths: list[Path]) -> Iterator[Path]:
    """Files as given; folders as their *.txt files in name order. A folder with no
    .txt files is yielded itself so that load() reports it rather than it vanishing."""
    for path in paths:
        if path.is_dir():
            found = sorted(path.glob("*.txt"))
            yield from found or [path]
        else:
            yield path


def _csv(table, header: bool = True) -> str:
    buffer = io.StringIO()
    table.to_csv(buffer, index=False, header=header, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return buffer.getvalue()


def to_json(reading: Reading) -> dict:
    """The record of one reading as ``workbench extract`` writes it."""
    article = reading.article
    return {
        "id": article.id,
        "path": article.path,
        "text_sha256": article.sha256,
        "model": reading.model,
        "boilerplate": [[b.start, b.end] for b in article.boilerplate],
        "entities": [as_dict(e) for e in reading.entity_records],
        "actors": [
            {key: value for key, value in as_dict(a).items() if key != "first_start"}
            for a in reading.actor_records
        ],
        "claims": [as_dict(c) for c in reading.claim_records],
        "casualties": [as_dict(c) for c in reading.casualty_records],
    }


if __name__ == "__main__":
    sys.exit(main())
