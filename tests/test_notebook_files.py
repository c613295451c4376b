"""The committed notebooks are in the form JupyterLab saves, so opening one changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from tools import load_tool

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


strip_notebooks = load_tool("strip_notebooks")


def _floats(value):
    if isinstance(value, float):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _floats(item)
    elif isinstance(value, list):
        for item in value:
            yield from _floats(item)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_a_notebook_saved_by_jupyterlab_is_byte_identical(path: Path):
    committed = path.read_bytes()
    assert strip_notebooks.lab_bytes(nbformat.read(path, as_version=4)) == committed, (
        f"{path.name} is not in JupyterLab's form: run `make notebooks`"
    )
    nb = json.loads(committed)
    assert nb["metadata"]["kernelspec"]["display_name"] == "Python 3 (ipykernel)"
    # Python and JavaScript write a float alike unless one of them uses an exponent (1e-05 is
    # 0.00001 in JavaScript); no such number may be committed, or the check above would miss it.
    assert not [f for f in _floats(nb) if "e" in repr(f) or f.is_integer()]


def test_lab_form_writes_whole_floats_as_javascript_does():
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"display_name": "Python 3", "name": "python3"}})
    nb.cells.append(
        nbformat.v4.new_code_cell(
            "1",
            outputs=[
                nbformat.v4.new_output(
                    "display_data", data={"application/json": {"x": [0.0, 61.0, -0.0, 2.5], "n": 3}}
                )
            ],
        )
    )
    saved = json.loads(strip_notebooks.lab_bytes(nb))
    data = saved["cells"][0]["outputs"][0]["data"]["application/json"]
    assert data == {"x": [0, 61, 0, 2.5], "n": 3}
    assert [type(v) for v in data["x"]] == [int, int, int, float]
    assert saved["metadata"]["kernelspec"]["display_name"] == "Python 3 (ipykernel)"
    assert strip_notebooks.lab_bytes(nb).endswith(b"}\n")
