"""Make executed notebooks fit to commit: no widget state, no timings, stable ids, and written in
the form JupyterLab saves them, so that opening and saving one leaves ``git status`` clean.

Usage: python tools/strip_notebooks.py notebooks/*.ipynb

JupyterLab (4) sends the notebook through the browser's ``JSON.parse`` and ``JSON.stringify``,
which write a whole number held as a float without its ``.0`` (``61.0`` becomes ``61``), and
names the kernel by its spec's display name ("Python 3 (ipykernel)"); the server then writes it
with ``nbformat.write``. ``lab_form`` does the same to a notebook, and ``lab_bytes`` gives the
file JupyterLab would save.
"""

from __future__ import annotations

import sys

import nbformat


def kernelspec(name: str = "python3") -> dict:
    """The kernelspec metadata JupyterLab writes for the installed kernel ``name``."""
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec(name)
    return {"display_name": spec.display_name, "language": spec.language, "name": name}


def _as_javascript(value):
    """``value`` with every float that JavaScript would write as a whole number made an int."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return int(value)
    if isinstance(value, dict):
        return {key: _as_javascript(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_javascript(item) for item in value]
    return value


def lab_form(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook as JupyterLab would save it after opening it with the installed kernel."""
    nb = nbformat.from_dict(_as_javascript(nb))
    name = nb.metadata.get("kernelspec", {}).get("name", "python3")
    nb.metadata["kernelspec"] = kernelspec(name)
    return nb


def lab_bytes(nb: nbformat.NotebookNode) -> bytes:
    """The bytes of the file JupyterLab's server writes for ``nb`` (``nbformat.write``: indent 1,
    sorted keys, a final newline)."""
    text = nbformat.writes(lab_form(nb), version=nbformat.NO_CONVERT)
    return (text if text.endswith("\n") else text + "\n").encode("utf-8")


def strip(path: str) -> None:
    nb = nbformat.read(path, as_version=4)
    nb.metadata.pop("widgets", None)  # widget state: large, and differs on every run
    for cell in nb.cells:
        cell.metadata.pop("execution", None)  # timestamps
        cell.metadata.pop("ExecuteTime", None)
        for output in cell.get("outputs", []):
            # A widget view points at a random model id whose state is gone; a widget that
            # carries a text/html fallback (the explorer) shows that until the cell is re-run.
            data = output.get("data", {})
            if "text/html" in data:
                data.pop("application/vnd.jupyter.widget-view+json", None)
    with open(path, "wb") as file:
        file.write(lab_bytes(nb))


if __name__ == "__main__":
    for name in sys.argv[1:]:
        strip(name)
