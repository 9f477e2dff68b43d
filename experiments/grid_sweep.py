"""Who gets power and when: allocation policy x deliverable capacity x common seeds.

Runs the model to the end of 2028 for every grid policy and three scales of the regions'
deliverable large-load capacity, on the same seeds, and prints (1) the outcomes by design
point and (2) each policy's difference from ``first_come`` at the same scale and seed, with
a 95 % t interval over the seeds.  Regenerate the tables of ``docs/grid.md`` with::

    .venv/bin/python -m experiments.grid_sweep --write docs/grid.md
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

from abm import PowerMarketModel
from abm.economics.grid import GridPolicy
from experiments.provenance import model_version

OUTCOMES = {
    "ai_served_gw": lambda f: f["ai_served_mw"].iloc[-1] / 1000,
    "ai_grid_gw": lambda f: f["ai_served_grid_mw"].iloc[-1] / 1000,
    "ai_share_of_grants": lambda f: _ai_share(f.iloc[-1]),
    "mining_expansion_mw": lambda f: f["grid_energised_mining_expansion_mw"].iloc[-1],
    "wait_ai_years": lambda f: f["grid_wait_ai_years"].iloc[-1],
    "wait_mining_years": lambda f: f["grid_wait_mining_years"].iloc[-1],
    "binding_share": lambda f: f.loc[f["date"] >= "2026-01-01", "grid_regions_binding"].mean() / 6,
    "curtailed_gwh": lambda f: f["grid_curtailed_mwh_cumulative"].iloc[-1] / 1000,
    "mw_mining": lambda f: f["mw_mining"].iloc[-1],
}
"""Outcomes at the end of 2028, each a function of a run's model-column frame."""


def _ai_share(last: pd.Series) -> float:
    ai = last["grid_energised_greenfield_ai_mw"] + last["grid_energised_brownfield_ai_mw"]
    total = ai + last["grid_energised_mining_expansion_mw"]
    return ai / total if total > 0 else float("nan")


def run_design(scales: list[float], seeds: list[int], horizon_years: float) -> pd.DataFrame:
    """One row per (policy, scale, seed) with the :data:`OUTCOMES`."""
    rows = []
    for policy in GridPolicy:
        for scale in scales:
            for seed in seeds:
                model = PowerMarketModel(
                    seed=seed,
                    grid_policy=policy.value,
                    grid_deliverable_scale=scale,
                    horizon_years=horizon_years,
                )
                model.run()
                frame = model.datacollector.get_model_vars_dataframe()
                row = {"policy": policy.value, "scale": scale, "seed": seed}
                row.update({name: float(fn(frame)) for name, fn in OUTCOMES.items()})
                rows.append(row)
    return pd.DataFrame(rows)


def differences_from_first_come(results: pd.DataFrame) -> pd.DataFrame:
    """Each policy minus first_come at the same scale and seed: mean and 95 % t interval."""
    keyed = results.set_index(["policy", "scale", "seed"])
    base = keyed.xs(GridPolicy.FIRST_COME.value, level="policy")
    rows = []
    for (policy, scale), group in keyed.groupby(level=["policy", "scale"]):
        if policy == GridPolicy.FIRST_COME.value:
            continue
        diff = group.droplevel(["policy", "scale"]) - base.xs(scale, level="scale")
        row = {"policy": policy, "scale": scale}
        for name in OUTCOMES:
            # A wait is undefined in a run that energised nothing of its kind: pairs with
            # one side undefined are left out, and the cell says how many pairs remain.
            pairs = diff[name].dropna()
            n = len(pairs)
            if n >= 2:
                half = stats.t.ppf(0.975, n - 1) * pairs.std(ddof=1) / np.sqrt(n)
                cell = f"{pairs.mean():+.2f} ± {half:.2f}"
                row[name] = cell if n == len(diff) else f"{cell} ({n} pairs)"
            else:
                row[name] = f"{pairs.mean():+.2f} (1 pair)" if n == 1 else "n/a"
        rows.append(row)
    return pd.DataFrame(rows)


OUTCOME_LABELS = {
    "ai_served_gw": "AI served (GW)",
    "ai_grid_gw": "AI on grid capacity (GW)",
    "ai_share_of_grants": "AI share of energised grants",
    "mining_expansion_mw": "mining expansion energised (MW)",
    "wait_ai_years": "AI wait (years)",
    "wait_mining_years": "mining wait (years)",
    "binding_share": "share of region-ticks binding (2026 on)",
    "curtailed_gwh": "curtailed (GWh, cumulative)",
    "mw_mining": "MW mining",
}
"""Column headings of the Markdown tables, units in brackets."""

BLOCK_START = "<!-- grid_sweep:start -->"
BLOCK_END = "<!-- grid_sweep:end -->"


def markdown_table(frame: pd.DataFrame) -> str:
    """A GitHub Markdown table of ``frame`` (index reset, headings from :data:`OUTCOME_LABELS`)."""
    flat = frame.reset_index()
    headings = [OUTCOME_LABELS.get(str(c), str(c)) for c in flat.columns]
    lines = ["| " + " | ".join(headings) + " |", "|" + " --- |" * len(headings)]
    for row in flat.itertuples(index=False):
        cells = [f"{v:.2f}" if isinstance(v, float) else str(v) for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def markdown_block(results: pd.DataFrame, seeds: list[int], horizon_years: float) -> str:
    """Both tables between the block markers, with how and when they were made."""
    means = results.groupby(["policy", "scale"])[list(OUTCOMES)].mean()
    return "\n".join(
        [
            BLOCK_START,
            f"Made by `python -m experiments.grid_sweep --write docs/grid.md` on "
            f"{dt.date.today().isoformat()} with {model_version()}: every policy x "
            f"`grid_deliverable_scale` in {sorted(results['scale'].unique().tolist())}, seeds "
            f"{seeds}, {horizon_years:g} years from the start (end of 2028), other knobs at "
            "their defaults.",
            "",
            "**Means over the seeds at the end of the run**",
            "",
            markdown_table(means),
            "",
            "**Difference from `first_come` at the same scale and seed** (mean ± half-width "
            "of the 95 % t interval over the seeds; common random numbers, so each difference "
            "is paired run by run)",
            "",
            markdown_table(differences_from_first_come(results).set_index(["policy", "scale"])),
            BLOCK_END,
        ]
    )


def write_block(path: Path, block: str, start: str = BLOCK_START, end: str = BLOCK_END) -> None:
    """Replace the block between the markers in ``path`` (the rest of the file is kept)."""
    text = path.read_text(encoding="utf-8") if path.exists() else f"{start}\n{end}\n"
    head, found, rest = text.partition(start)
    if not found:
        raise SystemExit(f"error: {path} has no {start} marker")
    _, _, tail = rest.partition(end)
    path.write_text(head + block + tail, encoding="utf-8")


def main() -> None:
    """Run the design and print both tables (or write them into a Markdown file)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=float, nargs="+", default=[0.5, 1.0, 2.0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--horizon-years", type=float, default=3.12)
    parser.add_argument(
        "--write", type=Path, help="Markdown file whose grid_sweep block is replaced"
    )
    args = parser.parse_args()
    if len(args.seeds) < 2:
        parser.error("--seeds needs at least two seeds for an interval")
    results = run_design(args.scales, args.seeds, args.horizon_years)
    if args.write is not None:
        write_block(args.write, markdown_block(results, args.seeds, args.horizon_years))
        print(f"wrote {args.write}")
        return
    pd.set_option("display.width", 200)
    pd.set_option("display.max_columns", 20)
    means = results.groupby(["policy", "scale"])[list(OUTCOMES)].mean()
    print("Mean over seeds", args.seeds, "at the end of the run (end of 2028)")
    print(means.round(2).to_string())
    print()
    print("Difference from first_come at the same scale and seed (mean ± 95 % t interval)")
    print(differences_from_first_come(results).to_string(index=False))


if __name__ == "__main__":
    main()
