"""Command line: ``workbench extract PATH [PATH ...] [--format jsonl|csv] [--table TABLE]
[--out DIR] [--jobs N] [--cache DIR] [--dask ADDRESS]``; ``workbench report ARTICLE_OR_FOLDER
[...] --out DIR`` (the same reading options): one HTML briefing per article (``views.briefing``).

Exit status: 0 every file was read; 1 some files were skipped (each listed on stderr with its
reason); 2 the run itself failed (a one-line message, no traceback); 130 interrupted (Ctrl-C);
141 the reader of stdout stopped reading (``| head``), said nowhere, as other tools do.
Each article's output is written as soon as it is read, so an interrupted run keeps what it read.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
import unicodedata
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..errors import printable
from ..input.files import user_path, write_atomic
from ..records import as_dict
from ..records.reading import Reading

OK, SKIPPED, FAILED, INTERRUPTED, CLOSED = 0, 1, 2, 130, 141  # 141: 128 + SIGPIPE, as a shell says
_SURROGATE = re.compile("[\ud800-\udfff]")
TABLES = ("entities", "actors", "claims", "casualties", "ledger")
EXIT_STATUS = (
    "exit status: 0 all read, 1 some files skipped, 2 the run failed, 130 interrupted, "
    "141 stdout closed by its reader"
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be 1 or more")
    if args.table is not None and args.format != "csv":
        parser.error("--table chooses a CSV table: use it with --format csv")
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    with warnings.catch_warnings():
        # A warning is one line of its own, never a source line or a traceback.
        warnings.showwarning = _show_warning
        return _extract(
            args.paths,
            args.format,
            args.out,
            args.model,
            table=args.table,
            jobs=args.jobs,
            cache=args.cache,
            dask=args.dask,
            progress=progress,
        )


def _parser() -> argparse.ArgumentParser:
    # Help is plain text: the module's docstring is reST, for the documentation, not a terminal.
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Read news reports and write who is named, who claims what, and the casualty "
        "figures each source gives.",
        epilog=EXIT_STATUS,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract",
        help="read articles and write what was found in them",
        description=(
            "Read articles (files, or folders of them, subfolders included): .txt texts, saved web "
            "pages (.html, .htm: their main text), PDFs with a text layer and Word documents (.docx); "
            "in a folder, other files are reported as skipped (hidden files, a README and the "
            "workbench's own files aside). Write what was found in them. "
            "jsonl: one JSON object per article (entities, actors, claims, casualties, ledger; for a "
            "page, PDF or document also the file's hash, title, date, author and site, and the "
            "extracted text that the offsets point into), on stdout or as DIR/ID.jsonl. "
            "csv: one table (--table, entities unless told) of all articles on stdout, with the "
            "article's id and path in each row; or in DIR one file per table per article "
            "(ID.entities.csv, .actors, .claims, .casualties, .ledger; "
            "only the --table one if given). Each article is written as soon as it is read."
        ),
        epilog=EXIT_STATUS,
    )
    _extract_options(extract)
    _reading_options(extract)
    report = commands.add_parser(
        "report",
        help="write one HTML briefing per article, to share",
        description=(
            "Read articles (files, or folders of them, as extract reads them) and write one "
            "self-contained HTML briefing per article in DIR (DIR/ID.html), readable offline in any "
            "browser and holding no code: the source file with its hashes, the model and versions, "
            "the highlighted article, the claims, casualty figures and ledger, and the figures."
        ),
        epilog=EXIT_STATUS,
    )
    report.add_argument("paths", nargs="+", type=user_path, metavar="ARTICLE_OR_FOLDER")
    report.add_argument(
        "--out", type=user_path, metavar="DIR", required=True, help="write the briefings here"
    )
    _reading_options(report)
    report.set_defaults(format="html", table=None)
    return parser


def _extract_options(extract: argparse.ArgumentParser) -> None:
    extract.add_argument(
        "paths",
        nargs="+",
        type=user_path,
        metavar="PATH",
        help="an article (.txt, .html, .htm, .pdf, .docx) or a folder of them",
    )
    extract.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    extract.add_argument(
        "--table",
        choices=TABLES,
        help="with --format csv: the table to write (on stdout: entities unless told)",
    )
    extract.add_argument("--out", type=user_path, metavar="DIR", help="write one file per article here")


def _reading_options(command: argparse.ArgumentParser) -> None:
    """How articles are read, alike for every subcommand."""
    command.add_argument("--model", help="spaCy pipeline name (default: see README)")
    command.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="worker processes, each reading whole articles"
    )
    command.add_argument(
        "--cache", type=user_path, metavar="DIR", help="keep readings here and reuse them on later runs"
    )
    command.add_argument(
        "--dask", metavar="ADDRESS", help="read on the Dask cluster whose scheduler is at ADDRESS"
    )
    command.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal)",
    )


def _say(message: str) -> None:
    # One line, whatever a file name or an error quoting an article holds.
    print(f"workbench: {printable(message)}", file=sys.stderr, flush=True)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    _say(f"warning: {message}")


def _extract(
    paths: list[Path],
    fmt: str,
    out: Path | None,
    model: str | None,
    *,
    table: str | None = None,
    jobs: int = 1,
    cache: Path | None = None,
    dask: str | None = None,
    progress: bool = False,
) -> int:
    from .corpus import Reader, ReadError

    client = None
    skipped: list[ReadError] = []
    written = total = 0
    try:
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)  # before the long run, not after it
        if dask is not None:
            from dask.distributed import Client

            client = Client(dask, timeout="30s")
        reader = Reader(paths, model=model, n_process=jobs, cache=cache, client=client, progress=progress)
        total = len(reader)
        names = output_names(reader.ids)
        for i, item in _in_order(reader, keep_order=out is None):
            if isinstance(item, ReadError):
                skipped.append(item)
                continue
            if out is None:
                _print(item, fmt, table or "entities", header=written == 0)
            else:
                _write(item, fmt, out, names[i], (table,) if table else TABLES)
            written += 1
    except KeyboardInterrupt:
        _say(f"interrupted: {written} of {total} article(s) written")
        return INTERRUPTED
    except BrokenPipeError:
        # The reader of stdout has gone (`| head`): stop quietly, as other command-line tools do.
        # Python would otherwise fail again flushing stdout at exit, with a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return CLOSED
    except Exception as error:  # the run itself failed: say why on one line, never a traceback
        _say(f"error: {_message(error)}")
        return FAILED
    finally:
        if client is not None:
            client.close()
    # One bad file never loses the others: they are reported once the good ones are written.
    for error in skipped:
        _say(f"skipped {error}")
    if skipped:
        _say(f"{len(skipped)} of {total} file(s) could not be read; {written} written")
    return SKIPPED if skipped else OK


def _message(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


def _in_order(reader, *, keep_order: bool) -> Iterator:
    """The reader's results; on stdout in the order of the files, so that a run is reproducible
    (each is held only until the ones before it are settled)."""
    if not keep_order:
        yield from reader
        return
    held: dict = {}
    following = 0
    for i, item in reader:
        held[i] = item
        while following in held:
            yield following, held.pop(following)
            following += 1


def _print(reading: Reading, fmt: str, table: str, *, header: bool) -> None:
    if fmt == "jsonl":
        sys.stdout.write(json_line(reading))
    else:
        # Many articles in one table: each row says which article it is from (``id`` is the record's).
        rows = getattr(reading, table)  # every table starts with its records' ids
        rows = rows.assign(article=reading.article.id, path=str(reading.article.path))
        sys.stdout.write(_csv(rows[["article", "path", *rows.columns[:-2]]], header=header))
    sys.stdout.flush()


def _write(reading: Reading, fmt: str, out: Path, name: str, tables: Sequence[str] = TABLES) -> None:
    if fmt == "html":  # `workbench report`: the article's briefing
        from ..views.briefing import briefing

        write_atomic(out / f"{name}.html", _utf8(briefing(reading)))
        return
    if fmt == "jsonl":
        write_atomic(out / f"{name}.jsonl", _utf8(json_line(reading)))
        return
    for table in tables:
        write_atomic(out / f"{name}.{table}.csv", _utf8(_csv(getattr(reading, table))))


def json_line(reading: Reading) -> str:
    """The JSON record of ``reading`` on one line. A file name that is not UTF-8 holds lone
    surrogates, which no UTF-8 output can carry: they are written as JSON escapes."""
    line = json.dumps(to_json(reading), ensure_ascii=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line) + "\n"


def _utf8(text: str) -> bytes:
    # A file name that is not UTF-8 is written back as the bytes it was.
    return text.encode("utf-8", "surrogateescape")


def output_names(ids: Sequence[str]) -> list[str]:
    """One output file name per article id, never two alike (case aside, for file systems that
    ignore it): ``folder/name`` becomes ``folder__name``, control characters ``_``, and a name
    already taken (``d1__a.txt`` beside ``d1/a.txt``) is numbered: ``d1__a#2``."""
    names, taken = [], set()
    for article_id in ids:
        base = "".join(
            "_" if unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp"} else c
            for c in article_id.replace("/", "__").replace("\\", "__")
        )
        base = "_" + base if base.startswith(".") else base  # never a hidden file
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = f"{base}#{n}"
        taken.add(name.casefold())
        names.append(name)
    return names


def _csv(table, header: bool = True) -> str:
    from ..views.tables import csv_safe

    buffer = io.StringIO()
    csv_safe(table).to_csv(buffer, index=False, header=header, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return buffer.getvalue()


def to_json(reading: Reading) -> dict:
    """The record of one reading as ``workbench extract`` writes it."""
    article = reading.article
    return {
        "id": article.id,
        "path": article.path,
        "text_sha256": article.sha256,
        **_source_fields(article),
        "model": reading.model,
        "boilerplate": [[b.start, b.end] for b in article.boilerplate],
        "entities": [as_dict(e) for e in reading.entity_records],
        "actors": [
            {key: value for key, value in as_dict(a).items() if key != "first_start"}
            for a in reading.actor_records
        ],
        "claims": [as_dict(c) for c in reading.claim_records],
        "casualties": [as_dict(c) for c in reading.casualty_records],
        # Per party and category, what each source says, with conflicts and denials.
        "ledger": json.loads(reading.ledger.to_json(orient="records", force_ascii=False)),
        **_extracted_text(article),
    }


def _extracted(article) -> bool:
    """Whether the article's text was extracted from a page, PDF or document (not a text file)."""
    return article.source is not None and article.source.kind != "text"


def _source_fields(article) -> dict:
    """For a page, PDF or document: the file's own hash and what it says of itself. (A text
    file's record has none: the file is the text.)"""
    source = article.source
    if not _extracted(article):
        return {}
    return {
        "file_sha256": source.sha256,
        "format": source.kind,
        "title": source.title,
        "date": source.date,
        "author": source.author,
        "site": source.site,
    }


def _extracted_text(article) -> dict:
    """For a page, PDF or document: the text extracted from it, which every offset points into."""
    return {"text": article.text} if _extracted(article) else {}


if __name__ == "__main__":
    sys.exit(main())
