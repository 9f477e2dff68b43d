"""Sweep throughput on Dask (1 and 2 local workers) and the per-run overhead against in-process.

Run:  .venv/bin/python benchmarks/bench_sweep.py [--rounds 6] [--runs 8]
          [--write benchmarks/SWEEP.md]

Every figure comes from one invocation, measured side by side. For 1 and then 2 workers, one
local Dask cluster is started (as ``gridrush sweep --workers N`` starts it, and timed) and kept
up for several rounds; each round runs the sweep's own seeds in this process and then the
sweep (the default scenario, one replication per seed) through that cluster. A round's
overhead compares the sweep's steady time per run (first to last finished run) with the mean
in-process time of the same seeds just before, so both sides run the same models and drift in
the machine's speed hits both alike; the table gives the median over rounds and their range.
On the 1-worker cluster each run of the sweep is also timed once submitted and awaited and
once in-process, alternating, which measures the whole round trip of one run against the
model alone.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from markdown_block import replace_block  # benchmarks/ is the script's folder

from abm import PowerMarketModel
from experiments.sweep import (
    RunSpec,
    connect,
    execute_run,
    metrics_table,
    parse_sweep,
    run_specs,
    run_sweep,
)

MARKER_START = "<!-- bench_sweep:start -->"
MARKER_END = "<!-- bench_sweep:end -->"


def sweep_file(folder: Path, runs: int) -> Path:
    """A sweep of ``runs`` replications of the default scenario, keeping two final metrics."""
    path = folder / "bench.toml"
    path.write_text(
        f'base = "baseline"\ndesign = "grid"\nreplications = {runs}\nroot_seed = 1\n'
        '[vary]\ngrid_policy = ["first_come"]\n[metrics]\nfinal = ["mw_mining", "mw_leased"]\n',
        encoding="utf-8",
    )
    return path


def in_process_seconds(spec: RunSpec) -> float:
    """Wall time of the model of one sweep run, run in this process (no file written)."""
    start = time.perf_counter()
    PowerMarketModel(**{**spec.knobs, "seed": spec.seed}).run()
    return time.perf_counter() - start


def steady_seconds_per_run(path: Path, scheduler: str) -> float:
    """Run the sweep through ``scheduler`` into a fresh folder; seconds per run, steady state."""
    out = Path(tempfile.mkdtemp(prefix="gridrush-bench-"))
    finished_at: list[float] = []
    try:
        run_sweep(
            path,
            out / "results",
            scheduler=scheduler,
            on_progress=lambda done, failed, total: finished_at.append(time.perf_counter()),
        )
    finally:
        shutil.rmtree(out)
    done = finished_at[1:]  # finished_at[0] is the call before any run
    return (done[-1] - done[0]) / (len(done) - 1)


def busy(seconds: float) -> tuple[float, float]:
    """Hold the GIL for ``seconds`` like a model run; the worker's clock at start and end."""
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        pass
    return start, time.perf_counter()


def component_ms(client: Any, path: Path) -> dict[str, float]:
    """Median cost of the fixed parts of a run on Dask: the worker's idle gap between one task
    and the next in a stream of queued tasks (dispatch), and turning a finished default run
    into its Parquet file (as :func:`execute_run` does)."""
    spans = client.gather([client.submit(busy, 0.05, pure=False) for _ in range(40)])
    spans.sort()
    gaps = [after[0] - before[1] for before, after in itertools.pairwise(spans)]
    out = Path(tempfile.mkdtemp(prefix="gridrush-bench-"))
    try:
        spec = run_specs(parse_sweep(path), out)[0]
        Path(spec.output).parent.mkdir()
        model = PowerMarketModel(**{**spec.knobs, "seed": spec.seed})
        model.run()
        writes = []
        for _ in range(20):
            start = time.perf_counter()
            table = metrics_table(model.datacollector.model_vars, spec)
            pq.write_table(table, spec.output)
            writes.append(time.perf_counter() - start)
    finally:
        shutil.rmtree(out)
    return {
        "gap_ms": 1000 * statistics.median(gaps),
        "write_ms": 1000 * statistics.median(writes),
    }


def submitted_seconds(client: Any, spec: RunSpec) -> float:
    """Wall time of one sweep run submitted to the cluster and awaited (its file written)."""
    start = time.perf_counter()
    outcome = client.submit(execute_run, spec, pure=False).result()
    if outcome["status"] != "finished":
        raise RuntimeError(f"benchmark run failed: {outcome['error']}")
    return time.perf_counter() - start


def paired_overheads(client: Any, path: Path) -> list[float]:
    """Each run of the sweep once in this process and once submitted and awaited, alternating.

    Returns the ratio minus one per run: the whole round trip (dispatch, the run on the worker,
    writing its file, the result back) against the same model in-process. Which side goes first
    alternates, so a drift in machine speed does not favour either.
    """
    out = Path(tempfile.mkdtemp(prefix="gridrush-bench-"))
    overheads = []
    try:
        specs = run_specs(parse_sweep(path), out)
        Path(specs[0].output).parent.mkdir()
        for index, spec in enumerate(specs):
            if index % 2:
                dask_s = submitted_seconds(client, spec)
                in_process_s = in_process_seconds(spec)
            else:
                in_process_s = in_process_seconds(spec)
                dask_s = submitted_seconds(client, spec)
            overheads.append(dask_s / in_process_s - 1)
    finally:
        shutil.rmtree(out)
    return overheads


def measure(workers: int, path: Path, rounds: int, reference: list[RunSpec]) -> dict[str, Any]:
    """Rounds of (the ``reference`` runs in-process, sweep on ``workers`` workers) on one
    cluster."""
    start = time.perf_counter()
    client, cluster = connect(workers, None)
    startup_s = time.perf_counter() - start
    client.run(importlib.import_module, "abm")  # every round finds the workers warm
    references: list[float] = []
    sweeps: list[float] = []
    try:
        for _ in range(rounds):
            references.append(statistics.mean(in_process_seconds(spec) for spec in reference))
            sweeps.append(steady_seconds_per_run(path, cluster.scheduler_address))
        paired = paired_overheads(client, path) if workers == 1 else []
        components = component_ms(client, path) if workers == 1 else {}
    finally:
        client.close()
        cluster.close()
    return {
        "startup_s": startup_s,
        "sweep_s_per_run": sweeps,
        "in_process_s": references,
        "overheads": [s * workers / ref - 1 for s, ref in zip(sweeps, references, strict=True)],
        "runs_per_s": statistics.median(1 / s for s in sweeps),
        "paired_overheads": paired,
        **components,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6, help="rounds per worker count")
    parser.add_argument("--runs", type=int, default=8, help="runs per worker per round")
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gridrush-bench-spec-"))
    try:
        one_worker = sweep_file(folder, args.runs)
        # The 1-worker sweep's runs, whose seeds are also the 2-worker sweep's first ones.
        reference = run_specs(parse_sweep(one_worker), folder)
        one = measure(1, one_worker, args.rounds, reference)
        two = measure(2, sweep_file(folder, 2 * args.runs), args.rounds, reference)
    finally:
        shutil.rmtree(folder)
    overheads = sorted(one["overheads"])
    overhead = statistics.median(overheads)
    speedup = two["runs_per_s"] / one["runs_per_s"]
    in_process = statistics.median(one["in_process_s"] + two["in_process_s"])

    def row(*cells: str) -> str:
        return "| " + " | ".join(cells) + " |"

    def rates(result: dict[str, Any]) -> str:
        per_round = ", ".join(f"{1 / s:.2f}" for s in result["sweep_s_per_run"])
        return (
            f"{result['runs_per_s']:.2f} runs/s (median of rounds: {per_round}); "
            f"cluster start {result['startup_s']:.1f} s"
        )

    lines = [
        MARKER_START,
        f"Measured by `benchmarks/bench_sweep.py --rounds {args.rounds} --runs {args.runs}` on "
        f"{platform.machine()} (Python {platform.python_version()}), "
        f"{time.strftime('%Y-%m-%d')}: the default scenario (200 miners, 10 years weekly), "
        f"{args.runs} runs per worker per round, all in one invocation.",
        "",
        row("measure", "value", "target", "met"),
        row("---", "---", "---", "---"),
        row(
            "in-process default run",
            f"{in_process:.3f} s (median of rounds; {2 * args.rounds * args.runs} runs)",
            "",
            "",
        ),
        row("1 Dask worker, steady", rates(one), "", ""),
        row("2 Dask workers, steady", rates(two), "", ""),
        row(
            "speed-up, 2 workers vs 1",
            f"{speedup:.2f}x",
            "≥ 1.8x",
            "yes" if speedup >= 1.8 else "**no**",
        ),
        row(
            "overhead per run on a Dask worker vs in-process",
            f"{100 * overhead:.1f} % (median of {len(overheads)} rounds; "
            f"range {100 * overheads[0]:.1f} to {100 * overheads[-1]:.1f} %)",
            "< 5 %",
            "yes" if overhead < 0.05 else "**no**",
        ),
        row(
            "one run submitted and awaited vs the same run in-process",
            f"{100 * statistics.median(one['paired_overheads']):+.1f} % (median of "
            f"{len(one['paired_overheads'])} alternating pairs; includes a lone task's "
            "round trip, which a sweep hides by queueing)",
            "",
            "",
        ),
        row(
            "fixed costs: the worker's gap between queued tasks; writing a run's file",
            f"{one['gap_ms']:.1f} ms; {one['write_ms']:.1f} ms "
            f"({100 * (one['gap_ms'] + one['write_ms']) / 1000 / in_process:.1f} % "
            "of a default run together)",
            "",
            "",
        ),
        row(
            "time per run on each of 2 workers vs in-process",
            f"{100 * statistics.median(two['overheads']):+.1f} % (median of rounds)",
            "",
            "",
        ),
        MARKER_END,
    ]
    block = "\n".join(lines)
    print(block)
    if args.write:
        replace_block(args.write, MARKER_START, MARKER_END, block)


if __name__ == "__main__":
    main()
