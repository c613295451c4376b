"""`make lab` as a researcher meets it: a JupyterLab server rooted at the project, not notebooks/."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

STAMP = ".venv/.installed"


@pytest.fixture
def lab(tmp_path: Path):
    """`make lab` started without a browser on a free port; yields (root it serves, base URL, token)."""
    if shutil.which("make") is None:
        pytest.fail("make is needed to run `make lab`")
    flags = "--no-browser --ServerApp.port=0" + (" --allow-root" if os.getuid() == 0 else "")
    environment = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    # -o: never re-run the install step from a test, whatever the stamp's age.
    server = subprocess.Popen(
        ["make", "-s", "-o", STAMP, "lab", f"LAB_FLAGS={flags}"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    root = url = None
    deadline = time.monotonic() + 90
    lines = []
    try:
        while (root is None or url is None) and time.monotonic() < deadline:
            line = server.stderr.readline()
            if not line:
                break
            lines.append(line)
            if found := re.search(r"Serving notebooks from local directory: (.+)$", line.rstrip()):
                root = found.group(1)
            if found := re.search(r"(http://127\.0\.0\.1:\d+)/lab\?token=(\w+)", line):
                url = found.groups()
        assert root is not None and url is not None, "".join(lines[-20:])
        yield root, *url
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the session this test started: make and its server
        server.wait(timeout=30)
        server.stderr.close()


def _get(base: str, token: str, path: str) -> dict:
    # The server prints its address a moment before it accepts connections.
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{base}{path}?token={token}", timeout=30) as response:
                return json.loads(response.read())
        except urllib.error.URLError as error:
            if not isinstance(error.reason, ConnectionRefusedError) or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_make_lab_serves_the_project_root(lab):
    root, base, token = lab
    assert Path(root).resolve() == ROOT
    # The file browser reaches the sample articles and the notebooks alike.
    names = {item["name"] for item in _get(base, token, "/api/contents")["content"]}
    assert {"seeds", "notebooks", "README.md"} <= names
    seeds = {item["name"] for item in _get(base, token, "/api/contents/seeds")["content"]}
    assert "000_425851d80951d886.txt" in seeds
    notebook = _get(base, token, "/api/contents/notebooks/01_read_an_article.ipynb")
    assert notebook["type"] == "notebook"
