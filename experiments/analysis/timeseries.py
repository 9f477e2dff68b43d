"""Results over time: mean and percentile bands across replications, per design point or group.

For a time-series metric kept every few ticks, each group of runs (a design point, a factor
level, or the runs in and out of an outcome of interest) becomes a mean line, a 25-75 % band
and a 5-95 % band over the dates. The bands show where runs went, the spread of outcomes; the
uncertainty of the mean itself is the final-tick intervals' business.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from experiments.analysis.figures import new_figure
from experiments.analysis.quantities import axis_label, quantity

PERCENTILES = (5, 25, 50, 75, 95)
MAX_SERIES = 8
"""Most coloured groups in one panel; more groups are pooled."""
MAX_PANELS = 6


def bands(series: pd.DataFrame, by: list[str], metric: str) -> pd.DataFrame:
    """Mean and percentiles of ``metric`` across runs at each date, per group of ``by``.

    Args:
        series: Time series in long form (``experiments.load(folder, timeseries=True)``).
        by: Columns that define a group (empty: all runs together).
        metric: A time-series metric.

    Returns:
        One row per group and date: the ``by`` columns, ``date``, ``runs``, ``mean`` and
        ``p05`` ... ``p95``.
    """
    keys = [*by, "date"]
    values = series[[*keys, metric]].dropna(subset=[metric])
    grouped = values.groupby(keys, sort=True, observed=True)[metric]
    table = pd.DataFrame({"runs": grouped.size(), "mean": grouped.mean()})
    quantiles = grouped.quantile([p / 100 for p in PERCENTILES]).unstack()
    quantiles.columns = [f"p{p:02d}" for p in PERCENTILES]
    return table.join(quantiles).reset_index()


def band_figure(
    table: pd.DataFrame,
    metric: str,
    colour_by: str | None,
    panel_by: list[str],
    title: str,
    colour_labels: dict | None = None,
    colour_order: list | None = None,
):
    """Panels (one per combination of ``panel_by``) of bands, one colour per ``colour_by`` value.

    Args:
        table: :func:`bands` output grouped by ``[*panel_by, colour_by]``.
        metric: The metric drawn.
        colour_by: Column whose values get one colour each (None: one band).
        panel_by: Columns whose combinations get one panel each.
        title: Figure title.
        colour_labels: Legend text per ``colour_by`` value (default: the value).
        colour_order: The ``colour_by`` values in the order to colour them (default: sorted).

    Returns:
        The figure.
    """
    panels = list(table.groupby(panel_by, sort=False, observed=True)) if panel_by else [((), table)]
    columns = min(3, len(panels))
    rows = int(np.ceil(len(panels) / columns))
    fig = new_figure(rows, columns, height_in=2.4 * rows + 0.4, sharex=True, sharey=True)
    unit = quantity(metric)
    for ax, (key, panel) in zip(fig.axes, panels, strict=False):
        groups = (
            list(panel.groupby(colour_by, sort=True, observed=True))
            if colour_by
            else [(None, panel)]
        )
        order = list(colour_order) if colour_order else [value for value, _ in groups]
        rank = {value: order.index(value) if value in order else len(order) for value, _ in groups}
        for value, group in sorted(groups, key=lambda item: rank[item[0]]):
            colour = f"C{order.index(value) % 8}" if value in order else "C7"
            dates = pd.to_datetime(group["date"])
            ax.fill_between(dates, group["p05"], group["p95"], color=colour, alpha=0.12, lw=0)
            ax.fill_between(dates, group["p25"], group["p75"], color=colour, alpha=0.25, lw=0)
            if colour_by is None:
                label = "mean"
            elif colour_labels and value in colour_labels:
                label = colour_labels[value]
            else:
                label = f"{value:g}" if isinstance(value, float) else str(value)
            ax.plot(dates, group["mean"], color=colour, label=label)
        if panel_by:
            values = key if isinstance(key, tuple) else (key,)
            ax.set_title(
                ", ".join(
                    f"{n} = {v:g}" if isinstance(v, float) else f"{n} = {v}"
                    for n, v in zip(panel_by, values, strict=True)
                ),
                fontsize=8,
            )
    for ax in fig.axes[len(panels) :]:
        ax.set_visible(False)
    for ax in fig.axes[: len(panels)]:
        if ax.get_subplotspec().is_first_col():
            ax.set_ylabel(axis_label(metric))
        ax.tick_params(axis="x", labelrotation=30)
    if np.isfinite(unit.minimum) and unit.minimum == 0:
        fig.axes[0].set_ylim(bottom=0)  # after every panel is drawn: the axes share y
    legend_title = quantity(colour_by, knob=True).label if colour_by and not colour_labels else None
    handles, labels = fig.axes[0].get_legend_handles_labels()
    fig.legend(
        handles, labels, loc="outside lower center", ncol=min(len(labels), 4), title=legend_title
    )
    fig.suptitle(title, fontsize=9)
    return fig


def band_caption(runs_per_group: int) -> str:
    """What a band figure shows, for the report."""
    return (
        f"Line: mean over runs; dark band: 25-75 % of runs; light band: 5-95 % of runs "
        f"(at least {runs_per_group} run(s) per line and date)."
    )
