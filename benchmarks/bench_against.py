"""Speed of this checkout's model side by side with another checkout's (a release, main).

Run:  .venv/bin/python benchmarks/bench_against.py OTHER_CHECKOUT [--runs 9] [--runs-10k 7]
          [--write benchmarks/README.md]

On a shared machine a time measured once says more about the load than about the code.  This
script starts one worker process per checkout (each imports its own ``abm``), alternates the
runs between them, and reports wall and CPU time, best and median, and their ratios: the
default scenario to its horizon (init included), and 104 ticks at 10,000 miners as
microseconds per miner-tick next to Mesa's Boltzmann example per agent-step, measured in the
same run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from markdown_block import replace_block  # benchmarks/ is the script's folder

MARKER_START = "<!-- bench_against:start -->"
MARKER_END = "<!-- bench_against:end -->"

WORKER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
import abm
from abm import PowerMarketModel
from mesa.examples.basic.boltzmann_wealth_model.model import BoltzmannScenario, BoltzmannWealth

if not abm.__file__.startswith(sys.argv[1]):
    sys.exit(f"imported {abm.__file__}, not the checkout {sys.argv[1]}")
PowerMarketModel(seed=0).run(ticks=3)
for line in sys.stdin:
    kind, seed = line.split()
    if kind == "default":
        wall, cpu = time.perf_counter(), time.process_time()
        PowerMarketModel(seed=int(seed)).run()
        print(time.perf_counter() - wall, time.process_time() - cpu, flush=True)
    elif kind == "10k":
        model = PowerMarketModel(seed=1, n_miners=10_000)
        wall, cpu = time.perf_counter(), time.process_time()
        model.run(ticks=104)
        scale = 1e6 / 104 / 10_000
        print((time.perf_counter() - wall) * scale, (time.process_time() - cpu) * scale, flush=True)
    else:
        model = BoltzmannWealth(BoltzmannScenario(n=10_000, width=100, height=100, rng=1))
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(20):
            model.step()
        scale = 1e6 / 20 / 10_000
        print((time.perf_counter() - wall) * scale, (time.process_time() - cpu) * scale, flush=True)
"""


def commit(root: Path) -> str:
    """Short commit id of a checkout (``unknown`` outside git)."""
    result = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return result.stdout.strip() or "unknown"


def interleaved(
    workers: dict[str, subprocess.Popen], jobs: list[tuple[str, str]], runs: int
) -> dict[str, list[tuple[float, float]]]:
    """``runs`` rounds of ``jobs`` (label, kind), order reversed every other round."""
    results: dict[str, list[tuple[float, float]]] = {label: [] for label, _ in jobs}
    for i in range(runs):
        for label, kind in jobs if i % 2 == 0 else jobs[::-1]:
            worker = workers[label.split(":")[0]]
            worker.stdin.write(f"{kind} {i % 11}\n")
            worker.stdin.flush()
            wall, cpu = worker.stdout.readline().split()
            results[label].append((float(wall), float(cpu)))
    return results


def best_median(values: list[tuple[float, float]], which: int) -> tuple[float, float]:
    """(best, median) of the wall (0) or CPU (1) times."""
    column = [v[which] for v in values]
    return min(column), statistics.median(column)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="the other checkout (its folder)")
    parser.add_argument("--runs", type=int, default=9, help="default runs per checkout")
    parser.add_argument("--runs-10k", type=int, default=7, help="10,000-miner runs per checkout")
    parser.add_argument(
        "--write", type=Path, help="update the table between the markers in this Markdown file"
    )
    args = parser.parse_args()
    roots = {
        "this": Path(__file__).resolve().parents[1],
        "other": args.other.resolve(),
    }
    for root in roots.values():
        if not (root / "abm" / "__init__.py").is_file():
            sys.exit(f"{root}: not a gridrush checkout (no abm/__init__.py)")
    workers = {
        label: subprocess.Popen(
            [sys.executable, "-c", WORKER, str(root)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=tempfile.gettempdir(),  # so the working folder holds no other abm
        )
        for label, root in roots.items()
    }
    default = interleaved(workers, [("other", "default"), ("this", "default")], args.runs)
    large = interleaved(
        workers,
        [("other", "10k"), ("this", "10k"), ("this:boltzmann", "boltzmann")],
        args.runs_10k,
    )
    for worker in workers.values():
        worker.stdin.close()
        worker.wait()

    def row(*cells: str) -> str:
        return "| " + " | ".join(cells) + " |"

    def pair(values: tuple[float, float], digits: int) -> str:
        return f"{values[0]:.{digits}f} / {values[1]:.{digits}f}"

    def ratio(this: tuple[float, float], other: tuple[float, float]) -> str:
        return f"{this[0] / other[0]:.2f} / {this[1] / other[1]:.2f}"

    lines = [
        MARKER_START,
        f"{args.runs} default runs and {args.runs_10k} runs of 104 ticks at 10,000 miners per "
        f"checkout, alternated; other checkout: `{args.other}` at commit {commit(roots['other'])}.",
        "",
        row("measure (best / median)", "other checkout", "this checkout", "ratio"),
        row("---", "---", "---", "---"),
    ]
    for which, name in ((1, "CPU"), (0, "wall")):
        other, this = best_median(default["other"], which), best_median(default["this"], which)
        lines.append(
            row(f"default run, {name} time, s", pair(other, 3), pair(this, 3), ratio(this, other))
        )
    for which, name in ((0, "wall"), (1, "CPU")):
        other, this = best_median(large["other"], which), best_median(large["this"], which)
        boltzmann = best_median(large["this:boltzmann"], which)
        lines.append(
            row(
                f"10,000 miners, {name} µs per miner-tick",
                pair(other, 2),
                pair(this, 2),
                ratio(this, other),
            )
        )
        lines.append(
            row(
                f"the same over Boltzmann's {name} µs per agent-step ({pair(boltzmann, 2)})",
                f"{other[0] / boltzmann[0]:.2f} / {other[1] / boltzmann[1]:.2f}",
                f"{this[0] / boltzmann[0]:.2f} / {this[1] / boltzmann[1]:.2f}",
                "",
            )
        )
    lines.append(MARKER_END)
    block = "\n".join(lines)
    print(block)
    if args.write:
        replace_block(args.write, MARKER_START, MARKER_END, block)


if __name__ == "__main__":
    main()
