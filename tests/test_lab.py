"""`make lab` as a researcher meets it: a JupyterLab server rooted at the project, not notebooks/."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
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


# --- a notebook opened and saved in a real JupyterLab comes back byte for byte ---


def _started(process: subprocess.Popen, pattern: str, timeout: float = 90) -> re.Match:
    """The first line of the process's stderr matching ``pattern``."""
    deadline, lines = time.monotonic() + timeout, []
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        lines.append(line)
        if found := re.search(pattern, line):
            return found
    raise AssertionError("".join(lines[-20:]))


class Page:
    """One browser tab driven over the DevTools protocol."""

    def __init__(self, port: int) -> None:
        import websocket

        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=30) as response:
            (tab,) = [t for t in json.loads(response.read()) if t["type"] == "page"][:1]
        self.socket = websocket.create_connection(tab["webSocketDebuggerUrl"], timeout=120)
        self.calls = 0

    def run(self, expression: str):
        """The value of a JavaScript expression (a promise is awaited)."""
        self.calls += 1
        params = {"expression": expression, "awaitPromise": True, "returnByValue": True}
        self.socket.send(json.dumps({"id": self.calls, "method": "Runtime.evaluate", "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.calls:
                result = message["result"]
                assert "exceptionDetails" not in result, result["exceptionDetails"]
                return result["result"].get("value")


def test_jupyterlab_saves_every_committed_notebook_unchanged(tmp_path: Path, browser: str):
    """What a researcher does first: open a notebook and save it. JupyterLab rewrites the file
    its own way (the kernel's display name, numbers as JavaScript writes them); the committed
    files are in that form, so git sees no change. Copies are opened, never the project's own."""
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    (tmp_path / "notebooks").mkdir()
    for path in notebooks:
        shutil.copy(path, tmp_path / "notebooks" / path.name)
    token = os.urandom(12).hex()
    jupyter = Path(sys.executable).with_name("jupyter")
    flags = ["--allow-root"] if os.getuid() == 0 else []
    environment = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    server = subprocess.Popen(
        [jupyter, "lab", "--no-browser", "--ServerApp.port=0", f"--ServerApp.token={token}", *flags]
        + [f"--ServerApp.root_dir={tmp_path}", "--LabApp.expose_app_in_browser=True"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    chromium = None
    try:
        base = _started(server, r"(http://127\.0\.0\.1:\d+)/lab\?token=").group(1)
        chromium = subprocess.Popen(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
            + ["--disable-background-networking", "--remote-debugging-port=0", "--remote-allow-origins=*"]
            + [f"--user-data-dir={tmp_path / 'profile'}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        port = int(_started(chromium, r"DevTools listening on ws://127\.0\.0\.1:(\d+)/").group(1))
        page = Page(port)
        page.run(f"location.href = '{base}/lab?token={token}'")
        for _ in range(600):  # until JupyterLab has started, up to a minute
            if page.run("typeof window.jupyterapp !== 'undefined'"):
                break
            time.sleep(0.1)
        page.run("window.jupyterapp.restored.then(() => true)")
        for path in notebooks:
            copy = tmp_path / "notebooks" / path.name
            before = copy.stat().st_mtime_ns
            saved = page.run(
                "window.jupyterapp.commands.execute('docmanager:open', "
                f"{{path: 'notebooks/{path.name}'}}).then(async (widget) => {{"
                "  await widget.context.ready; await widget.sessionContext.ready;"
                # JupyterLab writes the kernel's spec into the notebook once the kernel answers.
                "  const kernel = widget.sessionContext.session.kernel;"
                "  const spec = await kernel.spec; await kernel.info;"
                "  for (let i = 0; i < 200; i++) {"
                "    const written = widget.model.getMetadata('kernelspec');"
                "    if (written && written.display_name === spec.display_name) break;"
                "    await new Promise((done) => setTimeout(done, 50)); }"
                "  await widget.context.save(); return widget.context.path; })"
            )
            assert saved == f"notebooks/{path.name}" and copy.stat().st_mtime_ns > before  # written
            assert copy.read_bytes() == path.read_bytes(), f"JupyterLab rewrote {path.name}: `make notebooks`"
    finally:
        for process in (chromium, server):  # the two this test started
            if process is not None:
                process.terminate()
                process.wait(timeout=30)
                process.stderr.close()
