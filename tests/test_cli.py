"""`workbench extract` run as a user runs it: the installed console script."""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from workbench.views.tables import csv_safe

ROOT = Path(__file__).resolve().parent.parent
WORKBENCH = str(Path(sys.executable).with_name("workbench"))


def run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([WORKBENCH, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_extract_seeds_folder_prints_one_json_object_per_article():
    done = run("extract", "seeds/")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # The folder and its subfolders: the texts and the constructed web page (its README passed over).
    articles = [*(ROOT / "seeds").rglob("*.txt"), *(ROOT / "seeds").rglob("*.html")]
    assert len(lines) == len(articles) > 1
    assert any(json.loads(line)["path"].endswith(".html") for line in lines)
    record = json.loads(lines[0])
    assert set(record) >= {
        "id",
        "path",
        "text_sha256",
        "boilerplate",
        "entities",
        "actors",
        "claims",
        "casualties",
    }
    text = Path(ROOT / record["path"]).read_text(encoding="utf-8")
    for start, end in record["boilerplate"]:
        assert text[start:end].strip() == text[start:end] != ""
    for entity in record["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
    names = {a["name"] for a in record["actors"]}
    assert {e["actor"] for e in record["entities"] if e["actor"]} == names
    assert "Fahim Dashti" in names


def test_bad_files_are_reported_after_the_good_ones_are_written(tmp_path: Path):
    shutil.copy(ROOT / "seeds" / "000_425851d80951d886.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin.txt").write_bytes("Gaza, 3 ao\xfbt".encode("latin-1"))
    out = tmp_path / "out"
    done = run("extract", tmp_path, tmp_path / "missing.txt", "--out", out)
    assert done.returncode == 1
    for name in ("empty.txt", "binary.txt", "latin.txt", "missing.txt"):
        assert name in done.stderr
    assert "Traceback" not in done.stderr
    written = json.loads((out / "good.jsonl").read_text(encoding="utf-8"))
    assert written["id"] == "good" and written["entities"]


def test_csv_format_gives_one_entity_table_with_offsets(tmp_path: Path):
    article = tmp_path / "note.txt"
    article.write_text("Maria Lopez, a nurse in Kherson, said the hospital had no power.\n", encoding="utf-8")
    done = run("extract", article, "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert rows and set(rows[0]) == {"article", "path", "id", "start", "end", "text", "label", "actor"}
    text = article.read_text(encoding="utf-8")
    assert {r["text"] for r in rows} >= {"Maria Lopez", "Kherson"}
    for r in rows:
        assert text[int(r["start"]) : int(r["end"])] == r["text"]


def test_hostile_text_is_data_in_the_json(tmp_path: Path):
    article = tmp_path / "x.txt"
    article.write_text('<script>alert("x")</script> President Jane Doe said "no".', encoding="utf-8")
    done = run("extract", article)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["text_sha256"]


# --- exit status, messages and outputs that tell what happened ---


def _lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("workbench:")]


@pytest.mark.parametrize("address", ["not an address", "tcp://", "foo://bar:1"])
def test_a_malformed_dask_address_fails_the_run_in_one_line(tmp_path: Path, address):
    article = tmp_path / "a.txt"
    article.write_text("The army said on Monday that the bridge was open.\n", encoding="utf-8")
    done = run("extract", article, "--dask", address)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and done.stdout == ""
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("workbench: error: ValueError: ")


def test_an_out_folder_that_is_a_file_fails_before_reading(tmp_path: Path):
    out = tmp_path / "out"
    out.write_text("a file")
    done = run("extract", ROOT / "seeds" / "000_425851d80951d886.txt", "--out", out)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert _lines(done.stderr)[0].startswith("workbench: error: FileExistsError")


def test_two_inputs_never_write_one_output(tmp_path: Path):
    texts = {
        "d1__a.txt": "The army said on Monday that the bridge was open.\n",
        "d1/a.txt": "Rebels said on Tuesday that the road was closed.\n",
        "d2/a.txt": "Officials said on Friday that the market was busy.\n",
        "D1__A.txt": "Residents said on Sunday that the school was shut.\n",
    }
    for name, text in texts.items():
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    done = run("extract", tmp_path / "in", "--out", out)
    assert done.returncode == 0, done.stderr
    written = sorted(out.iterdir())
    assert len(written) == len(texts)
    # Each output holds the article its path names, and names differ beyond case.
    for path in written:
        record = json.loads(path.read_text(encoding="utf-8"))
        assert (
            Path(record["path"]).read_text(encoding="utf-8")
            == texts[Path(record["path"]).relative_to(tmp_path / "in").as_posix()]
        )
    assert len({p.name.casefold() for p in written}) == len(texts)


def test_a_file_name_cannot_forge_a_line_on_stderr(tmp_path: Path):
    (tmp_path / "good.txt").write_text(
        "The army said on Monday that the bridge was open.\n", encoding="utf-8"
    )
    (tmp_path / "x\nworkbench: 0 of 2 file(s) could not be read.txt").write_text("")
    done = run("extract", tmp_path)
    assert done.returncode == 1
    assert "workbench: skipped " + str(tmp_path / "x\\nworkbench: 0 of 2 file(s)") in done.stderr
    assert not [line for line in done.stderr.splitlines() if line.startswith("workbench: 0 of 2")]


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Officials said +33 people had been evacuated from the town on Monday.\n\n"
        "The army said -12 degrees was the coldest night of the siege.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = run("extract", article, "--format", "csv", "--out", out)
    assert done.returncode == 0, done.stderr
    for path in out.glob("*.csv"):
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"))):
            assert not [cell for cell in row if cell[:1] in {"=", "+", "-", "@"}], (path.name, row)
    claims = list(csv.DictReader(io.StringIO((out / "a.claims.csv").read_text(encoding="utf-8"))))
    assert any(row["text"].startswith("'+33 people") for row in claims)
    assert "+33 people" in json.loads(run("extract", article).stdout)["claims"][0]["text"]  # JSON: as written


def test_csv_safe_keeps_numbers_and_quotes_formulas():
    table = pd.DataFrame(
        {"text": ['=HYPERLINK("http://evil.example/")', "@SUM(A1)", "plain", None], "n": [-1, 2, 3, 4]}
    )
    safe = csv_safe(table)
    assert list(safe["text"][:3]) == ['\'=HYPERLINK("http://evil.example/")', "'@SUM(A1)", "plain"]
    assert list(safe["n"]) == [-1, 2, 3, 4] and list(table["text"][:1]) == [
        '=HYPERLINK("http://evil.example/")'
    ]


def test_csv_safe_writes_a_list_of_names_as_one_readable_cell():
    table = pd.DataFrame({"names": [("Sabel Front", "army"), (), ("=cmd",)]})
    assert list(csv_safe(table)["names"]) == ["Sabel Front; army", "", "'=cmd"]


def test_a_cache_whose_writes_fail_is_warned_about_once_and_nothing_is_lost(tmp_path: Path):
    # A file size limit makes every write past 2 KB fail, as a full disk does: the cache entries
    # fail; the records go to stdout, a pipe, which the limit does not touch.
    for name in ("kharkiv_wire", "marib_broadcast"):
        shutil.copy(ROOT / "tests" / "articles" / f"{name}.txt", tmp_path / f"{name}.txt")

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))

    command = [WORKBENCH, "extract", str(tmp_path), "--cache", str(tmp_path / "cache")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, preexec_fn=small_files)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == [
        "kharkiv_wire",
        "marib_broadcast",
    ]
    (warning,) = _lines(done.stderr)
    assert "cannot be written (File too large): reading on without it" in warning


def _corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    sources = sorted((ROOT / "tests" / "articles").glob("*.txt"))
    for i in range(n):
        text = sources[i % len(sources)].read_text(encoding="utf-8")
        (folder / f"{i:04d}.txt").write_text(f"{text}\nCopy {i}.\n", encoding="utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_at_once_and_keeps_what_was_read(tmp_path: Path, jobs):
    _corpus(tmp_path / "in", 300)
    out = tmp_path / "out"
    command = [WORKBENCH, "extract", str(tmp_path / "in"), "--out", str(out), "--jobs", jobs]
    # Its own process group, as a shell's foreground job: Ctrl-C reaches the workers too.
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while not list(out.glob("*.jsonl")) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # one Ctrl-C
    try:
        _, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("a single Ctrl-C did not stop the run within 30 s")
    assert process.returncode == 130
    assert "Traceback" not in stderr and "interrupted:" in stderr
    written = list(out.glob("*.jsonl"))
    assert 0 < len(written) < 300
    assert all(json.loads(path.read_text(encoding="utf-8"))["entities"] is not None for path in written)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no half-written file


# --- the run nothing can sink ---


def test_a_corpus_that_nothing_can_sink(tmp_path: Path, read_only):
    from test_long import long_text

    folder = tmp_path / "in"
    folder.mkdir()
    long = long_text(7_400, figure_every=25)
    assert len(long) > 1_200_000  # over spaCy's max_length: read in pieces
    (folder / "long.txt").write_text(long, encoding="utf-8")
    for name in ("kharkiv_wire", "marib_broadcast"):
        shutil.copy(ROOT / "tests" / "articles" / f"{name}.txt", folder / f"{name}.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    out = tmp_path / "out"
    started = time.monotonic()
    done = run("extract", folder, "--out", out, "--cache", read_only, "--jobs", "2")
    seconds = time.monotonic() - started
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "kharkiv_wire.jsonl",
        "long.jsonl",
        "marib_broadcast.jsonl",
    ]
    record = json.loads((out / "long.jsonl").read_text(encoding="utf-8"))
    assert record["claims"] and record["casualties"]
    for item in (*record["entities"], *record["claims"], *record["casualties"]):
        assert long[item["start"] : item["end"]] == item["text"]
    assert max(c["end"] for c in record["claims"]) > len(long) - 1_000  # read to the end
    lines = _lines(done.stderr)
    for name, reason in (
        ("loop.txt", "link loop"),
        ("fifo.txt", "named pipe"),
        ("zero.txt", "character device"),
    ):
        assert [line for line in lines if name in line and reason in line], name
    assert len([line for line in lines if "cannot be written" in line]) == 1
    assert lines[-1] == "workbench: 3 of 6 file(s) could not be read; 3 written"
    assert seconds < 600


# --- the first day at a terminal: help, tables, pipes, paths ---

SAMPLE = ROOT / "seeds" / "000_425851d80951d886.txt"


@pytest.mark.parametrize("command", [["--help"], ["extract", "--help"]])
def test_help_is_plain_text(command):
    done = run(*command)
    assert done.returncode == 0
    assert "workbench" in done.stdout and "exit status" in done.stdout
    for markup in ("``", ":func:", ":class:", "::"):
        assert markup not in done.stdout


@pytest.mark.parametrize("table", ["entities", "actors", "claims", "casualties", "ledger"])
def test_csv_on_stdout_holds_the_chosen_table(table, seed_reading):
    done = run("extract", SAMPLE, "--format", "csv", "--table", table)
    assert done.returncode == 0, done.stderr
    rows = pd.read_csv(io.StringIO(done.stdout), keep_default_na=False)
    expected = getattr(seed_reading, table)
    assert list(rows.columns) == ["article", "path", *expected.columns]
    assert len(rows) == len(expected) > 0
    assert set(rows["article"]) == {SAMPLE.stem}
    text = SAMPLE.read_text(encoding="utf-8")
    if "start" in rows.columns:
        for _, row in rows.iterrows():
            # Every row quotes the text at its offsets (CSV-neutralised cells start with "'").
            assert text[int(row["start"]) : int(row["end"])] == str(row["text"]).removeprefix("'")
    if table in {"entities", "actors", "claims", "casualties"}:
        assert list(rows["id"]) == list(expected["id"]) and rows["id"].is_unique


def test_table_is_a_csv_choice():
    done = run("extract", SAMPLE, "--table", "claims")
    assert done.returncode == 2 and "--format csv" in done.stderr and done.stdout == ""


def test_a_table_chosen_with_out_is_the_only_file_per_article(tmp_path: Path):
    done = run("extract", SAMPLE, "--format", "csv", "--table", "ledger", "--out", tmp_path)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.iterdir()] == [f"{SAMPLE.stem}.ledger.csv"]


def test_the_json_record_holds_the_ledger(seed_reading):
    done = run("extract", SAMPLE)
    record = json.loads(done.stdout)
    ledger = seed_reading.ledger
    assert len(record["ledger"]) == len(ledger) > 0
    assert [row["conflict"] for row in record["ledger"]] == list(ledger["conflict"])
    assert [row["source"] for row in record["ledger"]] == list(ledger["source"])
    denial = next(row for row in record["ledger"] if row["stance"] == "denies")
    assert denial["count"] is None and denial["conflict"] is True


def test_a_reader_that_stops_reading_ends_the_run_quietly(tmp_path: Path):
    # More articles than a pipe's buffer holds the output of, so the writer meets the closed end.
    for i in range(20):
        shutil.copy(SAMPLE, tmp_path / f"copy{i:02}.txt")
    run_ = subprocess.Popen(
        [WORKBENCH, "extract", tmp_path, "--format", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert run_.stdout.readline().startswith("article,path,")
    run_.stdout.close()  # as `| head -1` does
    stderr = run_.stderr.read()
    assert run_.wait(timeout=300) == 141  # 128 + SIGPIPE, as a shell reports `head` closing a pipe
    assert stderr == ""


def test_paths_with_a_tilde_are_the_users_home(tmp_path: Path):
    home, here = tmp_path / "home", tmp_path / "here"
    (home / "articles").mkdir(parents=True)
    here.mkdir()
    shutil.copy(SAMPLE, home / "articles" / "a.txt")
    done = subprocess.run(
        [WORKBENCH, "extract", "~/articles", "--cache=~/cache", "--out=~/out"],
        capture_output=True,
        text=True,
        cwd=here,
        env={**os.environ, "HOME": str(home)},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert list(here.iterdir()) == []  # no folder named "~"
    assert [p.name for p in (home / "out").iterdir()] == ["a.jsonl"]
    assert list((home / "cache").rglob("*.reading.json"))


def test_python_paths_with_a_tilde_are_the_users_home(tmp_path: Path, monkeypatch, nlp):
    import workbench as wb

    home, here = tmp_path / "home", tmp_path / "here"
    (home / "articles").mkdir(parents=True)
    here.mkdir()
    (home / "articles" / "a.txt").write_text("Rebels said on Tuesday that the road was closed.\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(here)
    assert wb.load("~/articles/a.txt").text.startswith("Rebels said")
    corpus = wb.read_many("~/articles", cache="~/.cache/workbench", nlp=nlp)
    assert corpus.errors.empty and [r.article.id for r in corpus.readings] == ["a"]
    assert list((home / ".cache" / "workbench").rglob("*.reading.json"))
    assert list(here.iterdir()) == []  # no folder named "~"
