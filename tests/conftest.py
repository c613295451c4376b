"""Shared fixtures: the real spaCy pipeline, loaded once per test session."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_425851d80951d886.txt"
GOLD = Path(__file__).resolve().parent / "gold_seed.json"


@pytest.fixture(scope="session")
def nlp():
    from workbench.analysis.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def read_text(nlp):
    """Read a text written in a test, with the session's pipeline."""
    from workbench import Article, read

    def _read(text: str):
        return read(Article.from_text(text), nlp=nlp)

    return _read


@pytest.fixture(scope="session")
def seed_reading(nlp):
    from workbench import load, read

    return read(load(SEED), nlp=nlp)


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process cannot write in, even as root (which ignores permission bits)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").touch()
    except PermissionError:
        return folder
    (folder / "probe").unlink()
    chattr = shutil.which("chattr")
    if chattr and subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode == 0:
        return folder  # immutable: not even root may add a file
    return Path("/proc/self/fdinfo")  # no file system lets anyone create files here


@pytest.fixture()
def read_only(tmp_path: Path):
    folder = unwritable_folder(tmp_path)
    yield folder
    if folder.is_relative_to(tmp_path):
        if shutil.which("chattr"):
            subprocess.run([shutil.which("chattr"), "-i", str(folder)], capture_output=True)
        folder.chmod(0o755)


@pytest.fixture(scope="session")
def browser() -> str:
    """Chromium, to open the shared pages in (tests/test_report.py, tests/test_briefing.py).
    Skipped only when it is missing and CI is not set; on CI a missing browser fails."""
    from tools import load_tool

    found = load_tool("report").find_chromium()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but chromium is missing: `make test` installs it when run as root")
        pytest.skip("chromium is not installed (apt-get install chromium, or run `make test` as root)")
    return found
