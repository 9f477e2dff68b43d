"""Time to draw one tick of the visual session: the six views brought up to date, as PNG.

Run:  .venv/bin/python benchmarks/bench_viz.py [--write benchmarks/README.md]

This is what the server does for every Step or Play tick (the browser then only swaps images):
time-series and region views are updated in place on their existing axes, the lease network
is redrawn when contracts change. The first tick of a model (building the axes) costs more.
Measured for the default scenario after 1, 5 and 10 years of ticks (longer series, more points).
"""

from __future__ import annotations

import argparse
import io
import platform
import time
from pathlib import Path

from markdown_block import replace_block  # benchmarks/ is the script's folder

from abm import PowerMarketModel
from viz import figures

VIEWS = (
    figures.market_structure_figure,
    figures.miner_economics_figure,
    figures.power_gap_figure,
    figures.regions_figure,
    figures.lease_network_figure,
    figures.concentration_figure,
)
MARKER_START = "<!-- bench_viz:start -->"
MARKER_END = "<!-- bench_viz:end -->"


def render_seconds(model: PowerMarketModel, repeats: int = 3) -> float:
    """Best time to build every view and encode it as PNG."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for view in VIEWS:
            view(model).savefig(io.BytesIO(), format="png")
        figures.largest_firms(model)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    model = PowerMarketModel(seed=1)
    rows = []
    for years in (1, 5, 10):
        model.run(ticks=round(years * 52.18) - model.steps)
        rows.append(
            f"| after {years} year(s) (tick {model.steps}) | {render_seconds(model):.2f} s |"
        )
    block = "\n".join(
        [
            MARKER_START,
            f"Measured by `benchmarks/bench_viz.py` on {platform.machine()}, "
            f"{time.strftime('%Y-%m-%d')}: six views updated and encoded, "
            "plus the firms table (best of 3).",
            "",
            "| default scenario | time to draw one tick |",
            "| --- | --- |",
            *rows,
            MARKER_END,
        ]
    )
    print(block)
    if args.write:
        replace_block(args.write, MARKER_START, MARKER_END, block)


if __name__ == "__main__":
    main()
