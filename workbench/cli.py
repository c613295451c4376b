"""Command line: ``workbench extract PATH [PATH ...] [--format jsonl|csv] [--out DIR] [--jobs N]
[--cache DIR] [--dask ADDRESS]``."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from .errors import WorkbenchError
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
    extract.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="processes for spaCy (nlp.pipe n_process)"
    )
    extract.add_argument(
        "--cache", type=Path, metavar="DIR", help="keep readings here and reuse them on later runs"
    )
    extract.add_argument(
        "--dask", metavar="ADDRESS", help="read on the Dask cluster whose scheduler is at ADDRESS"
    )
    extract.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal)",
    )
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be 1 or more")
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    return _extract(
        args.paths,
        args.format,
        args.out,
        args.model,
        jobs=args.jobs,
        cache=args.cache,
        dask=args.dask,
        progress=progress,
    )


def _extract(
    paths: list[Path],
    fmt: str,
    out: Path | None,
    model: str | None,
    *,
    jobs: int = 1,
    cache: Path | None = None,
    dask: str | None = None,
    progress: bool = False,
) -> int:
    from .corpus import SkippedFiles, read_many

    client = None
    try:
        if dask is not None:
            from dask.distributed import Client

            client = Client(dask, timeout="30s")
        with warnings.catch_warnings():
            # Reported below, one line per file, after the good ones are written.
            warnings.simplefilter("ignore", SkippedFiles)
            corpus = read_many(
                paths, model=model, n_process=jobs, cache=cache, client=client, progress=progress
            )
    except (WorkbenchError, OSError) as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 2
    finally:
        if client is not None:
            client.close()
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    wrote_header = False
    for reading in corpus:
        if fmt == "jsonl":
            line = json.dumps(to_json(reading), ensure_ascii=False)
            if out is None:
                print(line)
            else:
                (out / f"{_file_name(reading)}.jsonl").write_text(line + "\n", encoding="utf-8")
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
                (out / f"{_file_name(reading)}.{name}.csv").write_text(_csv(table), encoding="utf-8")
    # One bad file never loses the others: they are reported once the good ones are written.
    for error in corpus.error_records:
        print(f"workbench: skipped {error.path}: {error.reason}", file=sys.stderr)
    if corpus.error_records:
        print(f"workbench: {len(corpus.error_records)} file(s) could not be read", file=sys.stderr)
    return 1 if corpus.error_records else 0


def _file_name(reading: Reading) -> str:
    # Same-named files from two folders have ids "folder/name"; the output folder is flat.
    return reading.article.id.replace("/", "__")


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
