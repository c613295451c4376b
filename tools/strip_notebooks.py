"""Make executed notebooks fit to commit: no widget state, no timings, stable ids.

Usage: python tools/strip_notebooks.py notebooks/*.ipynb
"""

from __future__ import annotations

import sys

import nbformat


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
    nbformat.write(nb, path)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        strip(name)
