"""Differences between the levels of a factor of a grid sweep, paired by replication.

Run ``k`` at level ``a`` is paired with run ``k`` at the baseline level, all other factors
equal. Pairing removes the noise the two runs share only if they share their random streams,
so the seeds are checked, not assumed: when every pair has one seed (common random numbers)
the difference is bootstrapped over pairs; otherwise the comparison is reported as unpaired
(the two groups bootstrapped independently) and says why.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from experiments.analysis.intervals import BOOTSTRAP_RESAMPLES, difference_interval

PAIRED = "paired (common seeds)"
UNPAIRED = "unpaired (seeds differ)"
ALL_STRATA = "all"


@dataclass(frozen=True)
class Comparison:
    """One factor compared level by level against a baseline level.

    Attributes:
        factor: The varied knob compared.
        baseline: Its reference level.
        levels: The other levels, in design order.
    """

    factor: str
    baseline: object
    levels: list[object]


def comparisons(
    design: pd.DataFrame, factors: list[str] | None, baselines: dict[str, object]
) -> list[Comparison]:
    """The comparisons of a grid design: each factor with at least two levels.

    Args:
        design: The design points (one column per varied knob).
        factors: The factors to compare (default: every varied knob).
        baselines: A reference level per factor (default: its first level).

    Raises:
        ValueError: A named factor is not varied, or a baseline is not one of its levels.
    """
    result = []
    for factor in factors or list(design.columns):
        if factor not in design.columns:
            raise ValueError(f"[analysis] compare: '{factor}' is not a varied knob")
        levels = list(pd.unique(design[factor]))
        if len(levels) < 2:
            continue
        baseline = baselines.get(factor, levels[0])
        if baseline not in levels:
            raise ValueError(
                f"[analysis] baseline: {factor} = {baseline!r} is not one of its levels {levels}"
            )
        result.append(Comparison(factor, baseline, [v for v in levels if v != baseline]))
    return result


def _stratum_label(others: list[str], key: tuple) -> str:
    return ", ".join(f"{name} = {value}" for name, value in zip(others, key, strict=True))


def paired_differences(
    results: pd.DataFrame,
    comparison: Comparison,
    others: list[str],
    metrics: list[str],
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = 0,
) -> pd.DataFrame:
    """Differences of each metric between each level and the baseline, per stratum and overall.

    A stratum is one combination of the other factors' levels; the overall row ("all") pools
    the pairs of every stratum. Pairs are (stratum, replication); a pair counts as paired when
    both runs have the same seed, and a comparison is paired only if all of its pairs are.

    Args:
        results: Final values, one row per run (``experiments.load``): replication, seed,
            the factors and the metrics.
        comparison: The factor, its baseline and the levels compared.
        others: The other varied knobs (the strata).
        metrics: Metric columns to compare.
        resamples: Bootstrap resamples per interval.
        seed: Seed of the resampling.

    Returns:
        One row per metric, level and stratum: factor, level, baseline, stratum, pairs,
        level_mean, baseline_mean, difference, low, high, pairing, shared_seeds.
    """
    keys = [*others, "replication"]
    base = results[results[comparison.factor] == comparison.baseline]
    rows = []
    for level in comparison.levels:
        at_level = results[results[comparison.factor] == level]
        matched = at_level.merge(base, on=keys, suffixes=("", "_baseline"), how="inner")
        if matched.empty:
            continue
        strata = (
            [(ALL_STRATA, matched)]
            + [
                (_stratum_label(others, k if isinstance(k, tuple) else (k,)), g)
                for k, g in matched.groupby(others, sort=False)
            ]
            if others
            else [(ALL_STRATA, matched)]
        )
        for label, pairs in strata:
            shared = pairs["seed"].to_numpy() == pairs["seed_baseline"].to_numpy()
            paired = bool(shared.all())
            for metric in metrics:
                valid = pairs[[metric, f"{metric}_baseline"]].dropna()
                if paired:
                    here, there = valid[metric], valid[f"{metric}_baseline"]
                else:
                    # Unpaired: each group on its own, all of its runs in the stratum.
                    mask = np.ones(len(at_level), dtype=bool)
                    mask_base = np.ones(len(base), dtype=bool)
                    if label != ALL_STRATA:
                        first = pairs.iloc[0]
                        for name in others:
                            mask &= at_level[name].to_numpy() == first[name]
                            mask_base &= base[name].to_numpy() == first[name]
                    here = at_level.loc[mask, metric].dropna()
                    there = base.loc[mask_base, metric].dropna()
                if len(here) == 0 or len(there) == 0:
                    continue
                difference, low, high = difference_interval(
                    here.to_numpy(), there.to_numpy(), paired, resamples, seed
                )
                rows.append(
                    {
                        "metric": metric,
                        "factor": comparison.factor,
                        "level": level,
                        "baseline": comparison.baseline,
                        "stratum": label,
                        "pairs": len(valid) if paired else min(len(here), len(there)),
                        "level_mean": float(here.mean()),
                        "baseline_mean": float(there.mean()),
                        "difference": difference,
                        "low": low,
                        "high": high,
                        "pairing": PAIRED if paired else UNPAIRED,
                        "shared_seeds": f"{int(shared.sum())}/{len(shared)}",
                    }
                )
    return pd.DataFrame(rows)
