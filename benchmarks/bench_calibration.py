"""Cost of one model run in the calibration window, and of a calibration extrapolated from it.

Run:  .venv/bin/python benchmarks/bench_calibration.py [--write docs/calibration.md]

Times the run one particle costs (the 2022 start state to the last tick before the 2024-04-19
halving, 119 weekly ticks) at several ``n_miners``, median of a few runs, each on its own
parameters (so each on its own seed). The cost of a calibration is then

    model runs = M * (1 + P / a)

for P populations of M particles at a mean acceptance rate ``a`` (accepted over proposed;
the 1 is the prior sample that sets the first threshold), and its wall time that many runs
times the cost of one, over the number of Dask workers.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from markdown_block import replace_block  # benchmarks/ is the script's folder

from experiments.calibration import Window, WindowSimulator, observed_record, window_start_knobs

MARKER_START = "<!-- bench_calibration:start -->"
MARKER_END = "<!-- bench_calibration:end -->"
MINERS = (20, 60, 200)
REPEATS = 5
FULL = {"populations": 8, "population_size": 100, "n_miners": 60}
"""The default configuration of ``gridrush calibrate``."""


def window_run_seconds(n_miners: int, repeats: int = REPEATS) -> tuple[float, float]:
    """Median wall and CPU time of one run in the window (after one warm-up run), seconds.

    The CPU time is what the run costs a core of its own; on a busy machine the wall time is
    longer by the time the run waited for one.
    """
    window = Window()
    record = observed_record(window)
    simulator = WindowSimulator(
        {**window_start_knobs(window), "n_miners": n_miners}, record.targets, root_seed=1
    )
    simulator({"rest_of_world_hurdle_rate": 0.2})
    wall, cpu = [], []
    for repeat in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        simulator({"rest_of_world_hurdle_rate": 0.12 + 0.02 * repeat})
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def calibration_runs(populations: int, population_size: int, acceptance: float) -> float:
    """Model runs of a calibration (module docstring)."""
    return population_size * (1 + populations / acceptance)


def report(acceptance: float, workers: int) -> str:
    """The Markdown block: per-run cost and the full configuration's extrapolated cost."""
    seconds = {n: window_run_seconds(n) for n in MINERS}
    runs = calibration_runs(FULL["populations"], FULL["population_size"], acceptance)
    per_run = seconds[FULL["n_miners"]][1]
    lines = [
        MARKER_START,
        f"Measured by `benchmarks/bench_calibration.py` on {platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average "
        f"{os.getloadavg()[0]:.1f} at the start (other work on the machine slows every run):",
        "",
        "| n_miners | one run in the window: CPU time (s) | wall time (s) |",
        "| --- | --- | --- |",
        *[f"| {n} | {seconds[n][1]:.2f} | {seconds[n][0]:.2f} |" for n in MINERS],
        "",
        f"Medians of {REPEATS} runs. The cost below is extrapolated from the CPU time (a core "
        "per worker), without pyabc's and Dask's own bookkeeping.",
        "",
        f"Default configuration ({FULL['populations']} populations x "
        f"{FULL['population_size']} particles, n_miners {FULL['n_miners']}) at a mean "
        f"acceptance rate of {acceptance:g}: about {runs:,.0f} model runs, "
        f"{runs * per_run / 60:.0f} CPU-minutes of model runs, "
        f"{runs * per_run / 60 / workers:.0f} minutes on {workers} workers.",
        MARKER_END,
    ]
    return "\n".join(lines)


def main() -> None:
    """Print the block, or write it into a Markdown file between its markers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="Markdown file to update")
    parser.add_argument(
        "--acceptance", type=float, default=0.3, help="mean acceptance rate assumed"
    )
    parser.add_argument("--workers", type=int, default=2, help="Dask workers assumed")
    args = parser.parse_args()
    block = report(args.acceptance, args.workers)
    if args.write:
        replace_block(args.write, MARKER_START, MARKER_END, block)
    print(block)


if __name__ == "__main__":
    main()
