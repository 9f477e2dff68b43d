"""Speed and memory of the model, side by side with Mesa's Boltzmann wealth example.

Run:  .venv/bin/python benchmarks/bench_model.py [--write benchmarks/README.md]

Measures, in one process and one run (so machine noise hits both sides alike):
1. cost per agent-tick of gridrush at 10,000 miners against Mesa's Boltzmann model per
   agent-step at 10,000 agents (target: gridrush at most a tenth);
2. wall time of the default scenario (about 200 miners, 10 years weekly; target: well under
   a second), best of several runs;
3. peak memory of 10,000 miners over 10 years with agent data collected (target: < 1 GB),
   measured in a fresh subprocess as peak RSS.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from pathlib import Path

from markdown_block import replace_block  # benchmarks/ is the script's folder
from mesa.examples.basic.boltzmann_wealth_model.model import BoltzmannScenario, BoltzmannWealth

from abm import PowerMarketModel

MARKER_START = "<!-- bench_model:start -->"
MARKER_END = "<!-- bench_model:end -->"


def boltzmann_us_per_agent_step(n_agents: int, steps: int) -> float:
    """Microseconds per agent-step of Mesa's Boltzmann example (grid sized for ~1 agent/cell)."""
    side = int(n_agents**0.5)
    model = BoltzmannWealth(BoltzmannScenario(n=n_agents, width=side, height=side, rng=1))
    start = time.perf_counter()
    for _ in range(steps):
        model.step()
    return (time.perf_counter() - start) / steps / n_agents * 1e6


def gridrush_us_per_agent_tick(n_miners: int, ticks: int) -> float:
    """Microseconds per miner-tick of gridrush, data collection included."""
    model = PowerMarketModel(seed=1, n_miners=n_miners)
    start = time.perf_counter()
    model.run(ticks=ticks)
    return (time.perf_counter() - start) / ticks / n_miners * 1e6


def default_scenario_seconds(repeats: int) -> tuple[float, float]:
    """(best, median) wall time of the default scenario to its horizon, init included."""
    times = []
    for seed in range(repeats):
        start = time.perf_counter()
        PowerMarketModel(seed=seed).run()
        times.append(time.perf_counter() - start)
    times.sort()
    return times[0], times[len(times) // 2]


def peak_memory_mb(n_miners: int) -> dict[str, float]:
    """Peak RSS of a fresh process running ``n_miners`` for 10 years and building both frames."""
    code = "\n".join(
        [
            "import resource, time, json",
            "from abm import PowerMarketModel",
            # This process's own peak (VmHWM): ru_maxrss would carry over the peak of the
            # process that started it (Linux keeps it across exec).
            "def status_mb(key):",
            "    with open('/proc/self/status') as f:",
            "        return next(int(l.split()[1]) for l in f if l.startswith(key + ':')) / 1024",
            "def rss_mb():",
            "    try: return status_mb('VmHWM')",
            "    except OSError: return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024",
            "before = rss_mb()",
            f"m = PowerMarketModel(seed=1, n_miners={n_miners}, horizon_years=10)",
            "t = time.perf_counter(); m.run(); run_s = time.perf_counter() - t",
            "agents = m.datacollector.get_agent_vars_dataframe()",
            "model = m.datacollector.get_model_vars_dataframe()",
            "print(json.dumps({'baseline_mb': before, 'peak_mb': rss_mb(), 'run_s': run_s,",
            "                  'agent_rows': len(agents), 'ticks': m.steps}))",
        ]
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--write", type=Path, help="update the figures between the markers in this Markdown file"
    )
    parser.add_argument("--ticks", type=int, default=104, help="ticks timed at 10,000 miners")
    args = parser.parse_args()

    n = 10_000
    # Alternate the two sides so drift in machine load hits both.
    boltzmann, gridrush = [], []
    for _ in range(3):
        boltzmann.append(boltzmann_us_per_agent_step(n, steps=20))
        gridrush.append(gridrush_us_per_agent_tick(n, ticks=args.ticks))
    b, g = min(boltzmann), min(gridrush)
    best, median = default_scenario_seconds(repeats=11)
    memory = peak_memory_mb(n)

    def row(*cells: str) -> str:
        return "| " + " | ".join(cells) + " |"

    def verdict(met: bool) -> str:
        return "yes" if met else "**no**"

    ratio = g / b
    lines = [
        MARKER_START,
        f"Measured by `benchmarks/bench_model.py` on {platform.machine()}, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')} "
        "(best of 3 alternating runs; both sides in one process).",
        "",
        row("measure", "gridrush", "reference", "target", "met"),
        row("---", "---", "---", "---", "---"),
        row(
            "cost per agent-tick at 10,000 agents",
            f"{g:.2f} µs per miner-tick",
            f"Mesa's Boltzmann example: {b:.2f} µs per agent-step",
            "≤ 0.1 × Boltzmann",
            f"{verdict(ratio <= 0.1)} (ratio {ratio:.2f})",
        ),
        row(
            "default scenario (200 miners, 10 years weekly, 522 ticks)",
            f"best {best:.2f} s, median {median:.2f} s",
            "",
            "well under 1 s (≤ 0.5 s)",
            verdict(median <= 0.5),
        ),
        row(
            "10,000 miners × 10 years, agent data kept and both frames built",
            f"peak RSS {memory['peak_mb']:.0f} MB ({memory['agent_rows']:,} agent rows; "
            f"run {memory['run_s']:.1f} s)",
            f"interpreter and imports alone: {memory['baseline_mb']:.0f} MB",
            "< 1 GB",
            verdict(memory["peak_mb"] < 1024),
        ),
        MARKER_END,
    ]
    block = "\n".join(lines)
    print(block)
    if args.write:
        replace_block(args.write, MARKER_START, MARKER_END, block)


if __name__ == "__main__":
    main()
