"""`workbench extract` run as a user runs it: the installed console script."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKBENCH = str(Path(sys.executable).with_name("workbench"))


def run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([WORKBENCH, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_extract_seeds_folder_prints_one_json_object_per_article():
    done = run("extract", "seeds/")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # The folder and its subfolders.
    assert len(lines) == len(list((ROOT / "seeds").rglob("*.txt"))) > 1
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
    assert rows and set(rows[0]) == {"id", "path", "start", "end", "text", "label", "actor"}
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
