"""Global sensitivity through SALib: Sobol indices with their convergence, Morris screening.

Both work on the mean over replications of each design point, in design order (the order
SALib's samplers produced the points in).

Sobol: SALib's estimator (Saltelli et al. 2010; Jansen 1999 for the total order) with its
bootstrap resamples kept, so the intervals are percentile intervals of the resamples rather
than SALib's normal approximation. Convergence: a Sobol design of N base rows holds, in its
first n * (D + 2) rows, the design of the first n rows of the same Sobol sequence; the indices
are recomputed at n = N, N/2, N/4 ... down to :data:`MIN_CONVERGENCE_N`, and the report states
whether the indices at N have settled (:func:`convergence_verdict`).

Morris: SALib's elementary effects (Morris 1991; mu* of Campolongo et al. 2007) on the design's
trajectories.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from experiments.analysis.intervals import CONFIDENCE

SALIB_RESAMPLES = 1000
MIN_CONVERGENCE_N = 8
CONVERGED_WIDTH = 0.2
"""Indices have converged when every 95 % interval at N is at most this wide (enough to rank
knobs whose indices differ by a fifth of the variance) ..."""
CONVERGED_SHIFT = 0.05
"""... and no index moved by more than this between N/2 and N."""


def _percentiles(resamples: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    tail = (1 - CONFIDENCE) / 2 * 100
    return (
        np.nanpercentile(resamples, tail, axis=0),
        np.nanpercentile(resamples, 100 - tail, axis=0),
    )


def sobol_at(problem: dict, y: np.ndarray, seed: int = 0) -> pd.DataFrame:
    """First- and total-order indices with percentile bootstrap intervals, from outputs ``y``.

    Args:
        problem: SALib's problem (names, bounds).
        y: One output per design row, in design order; its length a multiple of D + 2.
        seed: Seed of SALib's bootstrap.

    Returns:
        One row per knob: parameter, S1, S1_ci95_low, S1_ci95_high, S1_ci95 (SALib's
        normal-approximation half-width, for comparison), and the same for ST.
    """
    from SALib.analyze import sobol

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        result = sobol.analyze(
            problem,
            y,
            calc_second_order=False,
            num_resamples=SALIB_RESAMPLES,
            conf_level=CONFIDENCE,
            keep_resamples=True,
            seed=seed,
        )
    s1_low, s1_high = _percentiles(result["S1_conf_all"])
    st_low, st_high = _percentiles(result["ST_conf_all"])
    return pd.DataFrame(
        {
            "parameter": problem["names"],
            "S1": result["S1"],
            "S1_ci95_low": s1_low,
            "S1_ci95_high": s1_high,
            "S1_ci95": result["S1_conf"],
            "ST": result["ST"],
            "ST_ci95_low": st_low,
            "ST_ci95_high": st_high,
            "ST_ci95": result["ST_conf"],
        }
    )


def sobol_indices(
    point_means: pd.DataFrame, problem: dict, metrics: list[str], seed: int = 0
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sobol indices of each metric at the full sample size, and at every halving of it.

    Args:
        point_means: Mean over replications per design point, indexed by point in design
            order, with every point present.
        problem: SALib's problem.
        metrics: Metric columns.
        seed: Seed of the bootstraps.

    Returns:
        (indices at N, convergence table with a column ``N``); metrics that do not vary or
        that miss a design point are left out.
    """
    step = problem["num_vars"] + 2
    full, convergence = [], []
    for metric in metrics:
        y = point_means[metric].to_numpy(float)
        if np.isnan(y).any() or np.nanstd(y) == 0:
            continue
        n_base = len(y) // step
        sizes = [n_base]
        while sizes[-1] % 2 == 0 and sizes[-1] // 2 >= MIN_CONVERGENCE_N:
            sizes.append(sizes[-1] // 2)
        for n in sorted(sizes):
            prefix = y[: n * step]
            if np.std(prefix) == 0:
                continue
            table = sobol_at(problem, prefix, seed).assign(metric=metric, N=n)
            convergence.append(table)
            if n == n_base:
                full.append(table.drop(columns="N"))
    columns = ["metric", "parameter"]
    indices = pd.concat(full, ignore_index=True) if full else pd.DataFrame()
    history = pd.concat(convergence, ignore_index=True) if convergence else pd.DataFrame()
    if not indices.empty:
        indices = indices[columns + [c for c in indices.columns if c not in columns]]
        history = history[
            [*columns, "N"] + [c for c in history.columns if c not in [*columns, "N"]]
        ]
    return indices, history


def convergence_verdict(history: pd.DataFrame, metric: str) -> str:
    """Whether ``metric``'s indices have converged at the sweep's N, in one sentence."""
    table = history[history["metric"] == metric]
    if table.empty:
        return "no indices"
    sizes = sorted(table["N"].unique())
    top = table[table["N"] == sizes[-1]].set_index("parameter")
    width = float(
        max(
            (top["S1_ci95_high"] - top["S1_ci95_low"]).max(),
            (top["ST_ci95_high"] - top["ST_ci95_low"]).max(),
        )
    )
    if len(sizes) < 2:
        return (
            f"cannot tell: only N = {sizes[-1]} (run N >= {2 * MIN_CONVERGENCE_N}); "
            f"widest interval {width:.2f}"
        )
    half = table[table["N"] == sizes[-2]].set_index("parameter")
    shift = float(max((top["S1"] - half["S1"]).abs().max(), (top["ST"] - half["ST"]).abs().max()))
    settled = width <= CONVERGED_WIDTH and shift <= CONVERGED_SHIFT
    return (
        f"{'converged' if settled else 'NOT converged'} at N = {sizes[-1]}: widest 95 % "
        f"interval {width:.3f} (criterion <= {CONVERGED_WIDTH}), largest change since "
        f"N = {sizes[-2]} {shift:.3f} (criterion <= {CONVERGED_SHIFT})"
    )


def morris_effects(
    design: pd.DataFrame,
    point_means: pd.DataFrame,
    problem: dict,
    metrics: list[str],
    levels: int,
    seed: int = 0,
) -> pd.DataFrame:
    """Morris elementary-effect statistics of each metric (SALib).

    Args:
        design: The design points in design order (one column per varied knob).
        point_means: Mean over replications per design point, same order, every point present.
        problem: SALib's problem.
        metrics: Metric columns.
        levels: The Morris grid's levels.
        seed: Seed of SALib's bootstrap of mu*.

    Returns:
        One row per metric and knob: mu, mu_star, mu_star_ci95 (SALib's bootstrap half-width),
        sigma. An effect is the change of the metric (in its unit) per step divided by the
        step as a share of the knob's range: the metric's unit per full range of the knob.
    """
    from SALib.analyze import morris

    x = design[problem["names"]].to_numpy(float)
    rows = []
    for metric in metrics:
        y = point_means[metric].to_numpy(float)
        if np.isnan(y).any() or np.nanstd(y) == 0:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            result = morris.analyze(
                problem,
                x,
                y,
                num_resamples=SALIB_RESAMPLES,
                conf_level=CONFIDENCE,
                num_levels=levels,
                seed=seed,
            )
        for k, name in enumerate(problem["names"]):
            rows.append(
                {
                    "metric": metric,
                    "parameter": name,
                    "mu": float(result["mu"][k]),
                    "mu_star": float(result["mu_star"][k]),
                    "mu_star_ci95": float(result["mu_star_conf"][k]),
                    "sigma": float(result["sigma"][k]),
                }
            )
    return pd.DataFrame(rows)
