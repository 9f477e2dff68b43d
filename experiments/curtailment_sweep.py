"""Mining load curtailed at system peak: share by year and region, and how the knobs move it.

Runs the model over its horizon on common seeds at the defaults and at a low and a high value
of each curtailment knob (and under ``ai_priority``), and prints the share of the mining
load's energy the grid curtailed each calendar year: curtailed MWh over the MWh the mining
load would have drawn uncurtailed (``grid_<region>_curtailed_mwh`` over
``grid_<region>_mining_mwh``), seeds pooled.  Regenerate the block of ``docs/grid.md`` with::

    .venv/bin/python -m experiments.curtailment_sweep --write docs/grid.md
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pandas as pd

from abm import PowerMarketModel, calibration
from experiments.grid_sweep import write_block
from experiments.provenance import model_version

KNOB_SETTINGS: dict[str, tuple] = {
    "curtailment_threshold": (0.8, 0.9),
    "deliverable_firm_share": (0.0, 1.0),
    "system_peak_seasonal_amplitude": (0.1, 0.2),
    "grid_policy": ("ai_priority",),
}
"""Each curtailment knob's low and high values (and the policy that sheds mining first)."""

BLOCK_START = "<!-- curtailment_sweep:start -->"
BLOCK_END = "<!-- curtailment_sweep:end -->"


def settings() -> dict[str, dict]:
    """The design: ``defaults`` and one change of one knob per setting, by label."""
    design: dict[str, dict] = {"defaults": {}}
    for knob, values in KNOB_SETTINGS.items():
        for value in values:
            design[f"{knob}={value}"] = {knob: value}
    return design


def run_design(design: dict[str, dict], seeds: list[int], horizon_years: float) -> pd.DataFrame:
    """One row per (setting, seed, year, region): curtailed and uncurtailed mining MWh."""
    rows = []
    for label, knobs in design.items():
        for seed in seeds:
            model = PowerMarketModel(seed=seed, horizon_years=horizon_years, **knobs)
            model.run()
            frame = model.datacollector.get_model_vars_dataframe()
            year = pd.to_datetime(frame["date"]).dt.year
            for region in calibration.REGIONS:
                key = region.lower()
                by_year = pd.DataFrame(
                    {
                        "curtailed_mwh": frame[f"grid_{key}_curtailed_mwh"],
                        "mining_mwh": frame[f"grid_{key}_mining_mwh"],
                    }
                ).groupby(year)
                for y, sums in by_year.sum().iterrows():
                    rows.append(
                        {"setting": label, "seed": seed, "year": int(y), "region": region, **sums}
                    )
    return pd.DataFrame(rows)


def curtailed_share(results: pd.DataFrame, by: list[str]) -> pd.Series:
    """Curtailed over uncurtailed mining MWh, summed within each group of ``by`` (NaN if none)."""
    sums = results.groupby(by)[["curtailed_mwh", "mining_mwh"]].sum()
    return sums["curtailed_mwh"] / sums["mining_mwh"].where(sums["mining_mwh"] > 0)


def _percent_table(frame: pd.DataFrame, first_heading: str) -> str:
    headings = [first_heading, *[str(c) for c in frame.columns]]
    lines = ["| " + " | ".join(headings) + " |", "|" + " --- |" * len(headings)]
    for label, row in frame.iterrows():
        cells = ["" if pd.isna(v) else f"{100 * v:.1f}" for v in row]
        lines.append("| " + " | ".join([str(label), *cells]) + " |")
    return "\n".join(lines)


def markdown_block(results: pd.DataFrame, seeds: list[int], horizon_years: float) -> str:
    """The two tables between the block markers, with how and when they were made."""
    defaults = results[results["setting"] == "defaults"]
    by_region = curtailed_share(defaults, ["year", "region"]).unstack("region")
    by_region = by_region[list(calibration.REGIONS)]
    by_region["all regions"] = curtailed_share(defaults, ["year"])
    per_seed = curtailed_share(defaults, ["year", "seed"]).unstack("seed")
    by_region["seed low"] = per_seed.min(axis=1)
    by_region["seed high"] = per_seed.max(axis=1)
    by_setting = curtailed_share(results, ["setting", "year"]).unstack("year")
    by_setting = by_setting.loc[list(results["setting"].unique())]  # in the design's order
    return "\n".join(
        [
            BLOCK_START,
            f"Made by `python -m experiments.curtailment_sweep --write docs/grid.md` on "
            f"{dt.date.today().isoformat()} with {model_version()}: seeds {seeds}, "
            f"{horizon_years:g} years from the start, other knobs at their defaults.",
            "",
            "**Share of the mining load's energy curtailed (%), by year and region, defaults** "
            "(seeds pooled; *seed low/high*: the range over the seeds, all regions)",
            "",
            _percent_table(by_region, "year"),
            "",
            "**Share curtailed (%), all regions, by knob setting and year** (seeds pooled)",
            "",
            _percent_table(by_setting, "setting"),
            BLOCK_END,
        ]
    )


def main() -> None:
    """Run the design and print both tables (or write them into a Markdown file)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--horizon-years", type=float, default=10.0)
    parser.add_argument(
        "--write", type=Path, help="Markdown file whose curtailment_sweep block is replaced"
    )
    args = parser.parse_args()
    results = run_design(settings(), args.seeds, args.horizon_years)
    block = markdown_block(results, args.seeds, args.horizon_years)
    if args.write is not None:
        write_block(args.write, block, BLOCK_START, BLOCK_END)
        print(f"wrote {args.write}")
        return
    print(block)


if __name__ == "__main__":
    main()
