"""Time and memory of analysing a sweep folder, stage by stage (see benchmarks/SWEEP.md).

Run:  .venv/bin/python benchmarks/bench_analysis.py FOLDER [--outcome EXPRESSION]

Prints a Markdown table: loading the runs, the bootstrap intervals of every design point, PRIM
and CART on an outcome of interest (if given), and the whole report (figures included, as
``gridrush analyze`` writes it), each with the process's peak resident memory after it.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from experiments.analysis import analyze_sweep, discovery
from experiments.analysis.report import point_summary
from experiments.analysis.settings import read_settings
from experiments.sweep import SWEEP_COPY, load, parse_sweep


def peak_mb() -> float:
    """Peak resident memory of this process so far, MB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--outcome", default=None)
    args = parser.parse_args()
    rows = []

    def stage(name: str, work):
        start = time.perf_counter()
        value = work()
        rows.append((name, time.perf_counter() - start, peak_mb()))
        return value

    sweep = parse_sweep(args.folder / SWEEP_COPY)
    results = stage("load the final values of every run", lambda: load(args.folder))
    parameters = list(sweep.vary)
    kept = [m for m in sweep.final_metrics if m in results.columns]
    settings = read_settings(args.folder / SWEEP_COPY, sweep, kept, args.outcome)
    stage(
        f"bootstrap intervals, {results['point'].nunique()} points x {len(kept)} metrics",
        lambda: point_summary(results, parameters, kept, settings),
    )
    if args.outcome:
        cases = discovery.outcome_cases(results, None, parameters)
        interest = discovery.evaluate_outcome(cases, args.outcome)
        knobs = results.set_index("run_id")[parameters]
        y = interest.reindex(knobs.index).to_numpy()
        stage(f"PRIM on {len(knobs)} runs", lambda: discovery.prim_box(knobs, y))
        stage(f"CART on {len(knobs)} runs", lambda: discovery.cart_tree(knobs, y))
    stage(
        "the whole report (gridrush analyze, figures in 3 formats)",
        lambda: analyze_sweep(args.folder, outcome=args.outcome),
    )
    print("| stage | seconds | peak memory so far |")
    print("| --- | --- | --- |")
    for name, seconds, memory in rows:
        print(f"| {name} | {seconds:.1f} s | {memory:.0f} MB |")


if __name__ == "__main__":
    main()
