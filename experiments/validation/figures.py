"""The report's figures, drawn from the checks' data (no model runs here).

Figures are drawn on :class:`matplotlib.figure.Figure` objects, which need no pyplot state and
no backend choice, so importing this module changes nothing in the caller's matplotlib.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from experiments.atomic import write_atomically
from experiments.validation.checks import CALIBRATION_END, Static


def _save(fig: Figure, path: Path) -> None:
    fig.tight_layout()
    write_atomically(path, lambda tmp: fig.savefig(tmp, dpi=110, format="png"))


def _band(ax, band: pd.DataFrame, scale: float = 1.0, label: str = "model") -> None:
    ax.fill_between(
        band["date"], band["low"] / scale, band["high"] / scale, alpha=0.3, label=f"{label}, 90 %"
    )
    ax.plot(band["date"], band["median"] / scale, lw=1.2, label=f"{label}, median")


def _calibration_edge(ax) -> None:
    ax.axvline(pd.Timestamp(CALIBRATION_END), color="black", ls="--", lw=0.7)


def backtest_figure(
    path: Path,
    difficulty: pd.DataFrame,
    epochs: pd.DataFrame,
    us_share: pd.DataFrame,
    share_points: Sequence[tuple[pd.Timestamp, float]],
    hashprice: pd.DataFrame,
    published: pd.DataFrame,
) -> None:
    """Difficulty, US share and hashprice: model bands against the observations."""
    fig = Figure(figsize=(15, 4.2))
    axes = fig.subplots(1, 3)
    ax = axes[0]
    _band(ax, difficulty, 1e12)
    ax.plot(epochs["date"], epochs["observed"] / 1e12, "o", ms=2.2, color="black", label="observed")
    ax.set(title="Difficulty at every retarget (T)")
    ax = axes[1]
    _band(ax, us_share)
    if share_points:
        dates, values = zip(*share_points, strict=True)
        ax.errorbar(dates, values, yerr=5.0, fmt="o", color="black", capsize=3, label="observed ±5")
    ax.set(title="US share of network hashrate (%)", ylim=(0, 60))
    ax = axes[2]
    _band(ax, hashprice)
    ax.plot(
        pd.to_datetime(published["date"]),
        published["observed"],
        "o",
        color="black",
        label="published",
    )
    ax.set(title="Hashprice (USD/PH/day)", yscale="log")
    for ax in axes:
        _calibration_edge(ax)
        ax.legend(fontsize=7)
        ax.tick_params(axis="x", labelrotation=30)
    _save(fig, path)


def deals_figure(path: Path, band: pd.DataFrame, observed: pd.DataFrame) -> None:
    """Cumulative MW contracted for AI on miners' sites: model band against deals.csv."""
    fig = Figure(figsize=(7, 4))
    ax = fig.subplots()
    _band(ax, band)
    ax.step(observed["date"], observed["mw"], where="post", color="black", label="deals.csv")
    _calibration_edge(ax)
    ax.set(title="AI/HPC MW contracted on miners' sites, cumulative", ylabel="MW")
    ax.legend(fontsize=8)
    ax.tick_params(axis="x", labelrotation=30)
    _save(fig, path)


def statics_figure(path: Path, statics: Sequence[Static]) -> None:
    """Each comparative static: the outcome with and without the change."""
    fig = Figure(figsize=(3.2 * len(statics), 3.4))
    axes = fig.subplots(1, len(statics), squeeze=False)[0]
    for ax, static in zip(axes, statics, strict=True):
        ax.bar(["without", "with"], [static.control, static.treated], color=["#999", "#48c"])
        ax.set_title("\n".join(_wrap(static.name, 34)), fontsize=8)
        ax.set_ylabel(static.unit, fontsize=8)
    _save(fig, path)


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]
