"""What ``gridrush analyze`` computes for a sweep: the ``[analysis]`` table of the sweep file.

::

    [analysis]
    metrics = ["mw_mining", "mw_leased"]     # headline metrics (default: the usual ones kept)
    compare = ["grid_policy"]                # grid factors compared level by level (default: all)
    baseline = { grid_policy = "first_come" }  # reference level per factor (default: the first)
    outcome = "mw_mining_final >= 0.3 * mw_sites_total"   # outcome of interest (PRIM, CART)
    outcome_label = "miners keep 30 % of their MW mining"
    prim_density_min = 0.8                   # the PRIM box reported: densest enough, most coverage
    bootstrap_resamples = 2000

``gridrush analyze --outcome ... --compare ...`` overrides the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from experiments.analysis.discovery import PRIM_DENSITY_MIN
from experiments.analysis.intervals import BOOTSTRAP_RESAMPLES
from experiments.scenario_files import ScenarioError, read_toml
from experiments.sweep import Sweep, SweepError

HEADLINE_METRICS = (
    "mw_mining",
    "mw_leased",
    "mw_hpc",
    "mw_acquired",
    "ai_unserved_mw",
    "hashprice_usd_per_ph_day",
    "hhi_power",
)
"""Headline metrics by default, those of them a sweep kept (else its first four)."""
KEYS = {
    "metrics",
    "compare",
    "baseline",
    "outcome",
    "outcome_label",
    "prim_density_min",
    "bootstrap_resamples",
}


@dataclass(frozen=True)
class AnalysisSettings:
    """The analysis of one sweep (see the module).

    Attributes:
        metrics: Headline metrics (figures and report tables; every kept metric is in the CSVs).
        compare: Factors compared level by level (grid designs).
        baseline: Reference level per factor.
        outcome: Outcome-of-interest expression, or empty for no scenario discovery.
        outcome_label: The outcome in words.
        prim_density_min: Density the reported PRIM box must reach.
        bootstrap_resamples: Resamples per bootstrap interval.
    """

    metrics: list[str]
    compare: list[str]
    baseline: dict[str, Any] = field(default_factory=dict)
    outcome: str = ""
    outcome_label: str = ""
    prim_density_min: float = PRIM_DENSITY_MIN
    bootstrap_resamples: int = BOOTSTRAP_RESAMPLES


def read_settings(
    sweep_file: Path,
    sweep: Sweep,
    kept_metrics: list[str],
    outcome: str | None = None,
    compare: list[str] | None = None,
) -> AnalysisSettings:
    """The ``[analysis]`` table of ``sweep_file``, checked, with command-line overrides.

    Args:
        sweep_file: The sweep file (a results folder's copy).
        sweep: The parsed sweep.
        kept_metrics: The numeric final metrics the runs hold.
        outcome: Outcome expression from the command line (replaces the file's).
        compare: Factors from the command line (replace the file's).

    Raises:
        SweepError: An unknown key or a value of the wrong kind, naming the file and key.
    """
    try:
        table = read_toml(sweep_file).get("analysis", {})
    except ScenarioError as error:
        raise SweepError(str(error)) from None
    where = f"{sweep_file}: [analysis]"
    if not isinstance(table, dict):
        raise SweepError(f"{where} must be a table")
    unknown = sorted(set(table) - KEYS)
    if unknown:
        raise SweepError(f"{where} unknown key '{unknown[0]}' (allowed: {', '.join(sorted(KEYS))})")
    metrics = table.get("metrics")
    if metrics is None:
        metrics = [m for m in HEADLINE_METRICS if m in kept_metrics] or kept_metrics[:4]
    elif not isinstance(metrics, list) or any(m not in kept_metrics for m in metrics):
        missing = [m for m in metrics if m not in kept_metrics] if isinstance(metrics, list) else []
        raise SweepError(
            f"{where} metrics: {missing[0] if missing else metrics!r} is not a numeric final "
            f"metric of this sweep (kept: {', '.join(kept_metrics)})"
        )
    factors = compare if compare else table.get("compare", list(sweep.vary))
    if not isinstance(factors, list) or any(f not in sweep.vary for f in factors):
        bad = [f for f in factors if f not in sweep.vary] if isinstance(factors, list) else []
        raise SweepError(
            f"{where} compare: {bad[0] if bad else factors!r} is not a varied knob "
            f"({', '.join(sweep.vary)})"
        )
    baseline = table.get("baseline", {})
    if not isinstance(baseline, dict):
        raise SweepError(f'{where} baseline must be a table, e.g. {{ grid_policy = "first_come" }}')
    for factor, level in baseline.items():
        if factor not in sweep.vary or (sweep.design == "grid" and level not in sweep.vary[factor]):
            raise SweepError(
                f"{where} baseline: {factor} = {level!r} is not a level of a varied knob"
            )
    density = table.get("prim_density_min", PRIM_DENSITY_MIN)
    resamples = table.get("bootstrap_resamples", BOOTSTRAP_RESAMPLES)
    if not isinstance(density, int | float) or not 0 < density <= 1:
        raise SweepError(f"{where} prim_density_min must be a number in (0, 1]")
    if not isinstance(resamples, int) or resamples < 100:
        raise SweepError(f"{where} bootstrap_resamples must be an integer of at least 100")
    expression = outcome if outcome is not None else table.get("outcome", "")
    if not isinstance(expression, str):
        raise SweepError(f"{where} outcome must be a string expression")
    return AnalysisSettings(
        metrics=list(metrics),
        compare=list(factors),
        baseline=dict(baseline),
        outcome=expression.strip(),
        outcome_label=str(table.get("outcome_label", "")) if outcome is None else "",
        prim_density_min=float(density),
        bootstrap_resamples=resamples,
    )
