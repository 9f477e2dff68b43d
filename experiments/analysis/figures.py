"""One style for every analysis figure, and one way to write a figure with the table behind it.

Each figure is written as PNG (for the Markdown report), SVG and PDF (for a paper, text kept
as text), with a CSV of exactly the numbers drawn beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

FORMATS = ("png", "svg", "pdf")
PNG_DPI = 200
OKABE_ITO = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)
"""Okabe and Ito's palette: distinguishable with the common colour-vision deficiencies."""
PAPER_STYLE = {
    "font.size": 8,
    "axes.titlesize": 9,
    "axes.labelsize": 8,
    "xtick.labelsize": 7,
    "ytick.labelsize": 7,
    "legend.fontsize": 7,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.5,
    "axes.axisbelow": True,
    "axes.prop_cycle": matplotlib.cycler(color=OKABE_ITO),
    "lines.linewidth": 1.2,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.03,
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
}
"""Matplotlib settings of every analysis figure (a 6.5 in wide page, 7-9 pt text)."""
WIDTH_IN = 6.5


@contextmanager
def paper_style() -> Iterator[None]:
    """Draw inside this block with :data:`PAPER_STYLE` (restored afterwards)."""
    with matplotlib.rc_context(PAPER_STYLE):
        yield


def new_figure(rows: int = 1, columns: int = 1, height_in: float = 3.2, **kwargs) -> Figure:
    """A figure of the page width with a grid of axes (``fig.axes``), in the paper style."""
    fig = Figure(figsize=(WIDTH_IN, height_in), layout="constrained")
    FigureCanvasAgg(fig)  # a renderer for layouts that measure text (scikit-learn's tree)
    fig.subplots(rows, columns, squeeze=False, **kwargs)
    return fig


def save_figure(fig: Figure, folder: Path, name: str, table: pd.DataFrame) -> str:
    """Write ``name``.png/.svg/.pdf and ``name``.csv (the numbers drawn) into ``folder``.

    Returns:
        The Markdown that shows the figure and links its other formats and its table.
    """
    for fmt in FORMATS:
        fig.savefig(folder / f"{name}.{fmt}", dpi=PNG_DPI if fmt == "png" else None)
    table.to_csv(folder / f"{name}.csv", index=False)
    suptitle = fig.get_suptitle() if hasattr(fig, "get_suptitle") else ""
    title = suptitle or (fig.axes[0].get_title() if fig.axes else "") or name
    return (
        f"![{title}]({name}.png)\n\n"
        f"[SVG]({name}.svg) · [PDF]({name}.pdf) · data: [{name}.csv]({name}.csv)"
    )
