"""Sweep throughput on Dask (1 and 2 local workers) and the per-run overhead against in-process.

Run:  .venv/bin/python benchmarks/bench_sweep.py [--runs 40] [--write benchmarks/SWEEP.md]

Every figure comes from one invocation, measured side by side: the default scenario as a
sweep of N replications on a 1-worker and a 2-worker local Dask cluster, with in-process runs
of the same scenario before, between and after the sweeps. Throughput is counted from the
first to the last finished run (steady state) and over the whole command (cluster start-up
included).
"""

from __future__ import annotations

import argparse
import platform
import shutil
import tempfile
import time
from pathlib import Path

from markdown_block import replace_block  # benchmarks/ is the script's folder

from abm import PowerMarketModel
from experiments.sweep import run_sweep

MARKER_START = "<!-- bench_sweep:start -->"
MARKER_END = "<!-- bench_sweep:end -->"


def sweep_file(folder: Path, runs: int) -> Path:
    path = folder / "bench.toml"
    path.write_text(
        f'base = "baseline"\ndesign = "grid"\nreplications = {runs}\nroot_seed = 1\n'
        '[vary]\ngrid_policy = ["first_come"]\n[metrics]\nfinal = ["mw_mining", "mw_leased"]\n',
        encoding="utf-8",
    )
    return path


def timed_sweep(path: Path, workers: int) -> dict[str, float]:
    out = Path(tempfile.mkdtemp(prefix="gridrush-bench-"))
    finished_at: list[float] = []
    start = time.perf_counter()
    outcome = run_sweep(
        path,
        out / "res",
        workers=workers,
        on_progress=lambda d, f, t: finished_at.append(time.perf_counter()),
    )
    total = time.perf_counter() - start
    shutil.rmtree(out)
    # finished_at[0] is the call before any run; then one per finished run.
    done = finished_at[1:]
    steady = (len(done) - 1) / (done[-1] - done[0]) if len(done) > 1 else float("nan")
    return {
        "runs": outcome.finished,
        "total_s": total,
        "runs_per_s_total": outcome.finished / total,
        "runs_per_s_steady": steady,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gridrush-bench-spec-"))
    path = sweep_file(folder, args.runs)

    # In-process runs before, between and after the sweeps, so drift in machine speed during
    # the benchmark hits both sides alike.
    in_process: list[float] = []

    def in_process_runs(count: int) -> None:
        for seed in range(count):
            start = time.perf_counter()
            PowerMarketModel(seed=seed).run()
            in_process.append(time.perf_counter() - start)

    in_process_runs(args.runs // 8)
    one = timed_sweep(path, 1)
    in_process_runs(args.runs // 8)
    two = timed_sweep(path, 2)
    in_process_runs(args.runs // 8)
    shutil.rmtree(folder)
    per_run = sum(in_process) / len(in_process)
    overhead = (1 / one["runs_per_s_steady"] - per_run) / per_run
    speedup = two["runs_per_s_steady"] / one["runs_per_s_steady"]

    def row(*cells: str) -> str:
        return "| " + " | ".join(cells) + " |"

    def rates(result: dict[str, float]) -> str:
        return (
            f"{result['runs_per_s_steady']:.2f} runs/s steady; "
            f"{result['runs_per_s_total']:.2f} runs/s with cluster start "
            f"({result['total_s']:.1f} s for {result['runs']})"
        )

    lines = [
        MARKER_START,
        f"Measured by `benchmarks/bench_sweep.py --runs {args.runs}` on {platform.machine()} "
        f"({platform.python_version()}), {time.strftime('%Y-%m-%d')}: the default scenario "
        "(200 miners, 10 years weekly), all in one invocation.",
        "",
        row("measure", "value", "target", "met"),
        row("---", "---", "---", "---"),
        row("in-process default run", f"{per_run:.3f} s per run ({len(in_process)} runs)", "", ""),
        row("1 Dask worker", rates(one), "", ""),
        row("2 Dask workers", rates(two), "", ""),
        row(
            "speed-up, 2 workers vs 1 (steady)",
            f"{speedup:.2f}x",
            "≥ 1.8x",
            "yes" if speedup >= 1.8 else "**no**",
        ),
        row(
            "overhead per run on Dask vs in-process",
            f"{100 * overhead:.1f} %",
            "< 5 %",
            "yes" if overhead < 0.05 else "**no**",
        ),
        MARKER_END,
    ]
    block = "\n".join(lines)
    print(block)
    if args.write:
        replace_block(args.write, MARKER_START, MARKER_END, block)


if __name__ == "__main__":
    main()
