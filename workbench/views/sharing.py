"""Notebooks fit to share: ``for_sharing()``, the one switch a notebook calls in its first cell.

A committed notebook is read where no JavaScript runs (GitHub, nbviewer, an nbconvert export):
there a plotly figure, which is JSON drawn by plotly.js, shows nothing, and a table shows pandas'
``NaN``, ``<NA>`` and ``None``. After ``for_sharing()`` each figure carries a PNG made by kaleido
beside its interactive JSON (JupyterLab draws the JSON; the others show the image), and each
DataFrame is shown as ``tables.readable`` shows it. Kaleido drives a Chrome or Chromium it finds
on the PATH, or the one the ``BROWSER_PATH`` environment variable names; without one, figures are
shown interactively only, with one warning.
"""

from __future__ import annotations

import warnings

import pandas as pd
import plotly.io as pio
from plotly.io.base_renderers import MimetypeRenderer, PlotlyRenderer, PngRenderer

from .tables import table_html

__all__ = ["RENDERER", "FigureWithImage", "for_sharing", "notebook_table_html"]

RENDERER = "workbench"


class FigureWithImage(MimetypeRenderer):
    """A plotly renderer: the figure's JSON (interactive where plotly.js runs) and a PNG of it
    (everywhere else). A PNG that cannot be made costs the image, never the figure."""

    def __init__(self) -> None:
        self.interactive = PlotlyRenderer(config={"displaylogo": False})
        self.image = PngRenderer()
        self.warned = False

    def to_mimebundle(self, fig_dict) -> dict:
        bundle = self.interactive.to_mimebundle(fig_dict)
        try:
            bundle.update(self.image.to_mimebundle(fig_dict))
        except Exception as error:  # kaleido missing, no browser, a browser that fails: no image
            if not self.warned:
                self.warned = True
                warnings.warn(
                    f"figures are shown without a static image ({type(error).__name__}: {error}); "
                    "kaleido needs Chrome or Chromium (set BROWSER_PATH to it)",
                    stacklevel=2,
                )
        return bundle


def notebook_table_html(table: pd.DataFrame) -> str:
    """A DataFrame as a notebook shows it (pandas' display options), read as ``readable`` shows it."""
    option = pd.get_option
    return table_html(
        table,
        notebook=True,
        max_rows=option("display.max_rows"),
        max_cols=option("display.max_columns"),
        show_dimensions=option("display.show_dimensions"),
    )


def for_sharing() -> None:
    """Make this notebook's outputs readable where no JavaScript runs: every plotly figure shown
    from now on carries a PNG beside its interactive version, and every DataFrame shows an empty
    cell where a value is missing, flags as yes/no and the ledger's ``conflict`` early. Call it
    once, in the first cell; the tables themselves are unchanged."""
    pio.renderers[RENDERER] = FigureWithImage()
    pio.renderers.default = RENDERER
    from IPython import get_ipython

    shell = get_ipython()
    if shell is not None:  # outside IPython, nothing displays a DataFrame's HTML
        shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, notebook_table_html)
