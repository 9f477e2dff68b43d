"""Bootstrap percentile intervals of means over replications, and of differences between them.

A percentile interval of a mean is read off the means of resamples of the observed values;
each such mean lies between the smallest and largest observation, so the interval cannot
leave the quantity's range (a MW figure never gets a negative bound, a share never exceeds 1).
With few replications the bootstrap distribution is coarse and the interval too narrow:
:data:`MIN_REPLICATIONS` is where the report stops trusting it and says so.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

CONFIDENCE = 0.95
"""Coverage of every interval in the report."""
BOOTSTRAP_RESAMPLES = 2000
"""Bootstrap resamples per interval (the default; ``[analysis] bootstrap_resamples``)."""
MIN_REPLICATIONS = 10
"""Fewer replications than this and an interval is flagged as not meaningful.

A percentile bootstrap from n values has at most C(2n-1, n) distinct resample means: 10 from
3 values, 35 from 4, 92,378 from 10; below about 10 its intervals are much narrower than their
nominal coverage (Efron and Tibshirani 1993, ch. 13; Davison and Hinkley 1997, sec. 5.3).
"""


def too_few_note(n_min: int) -> str:
    """The report's note when some interval rests on fewer than :data:`MIN_REPLICATIONS`."""
    return (
        f"**Too few replications for these intervals to mean much**: some rest on {n_min} "
        f"value(s) (fewer than {MIN_REPLICATIONS}); a percentile bootstrap from so few values "
        "is narrower than its nominal 95 %. Add replications before reading them as uncertainty."
    )


def mean_interval(
    values: np.ndarray, resamples: int = BOOTSTRAP_RESAMPLES, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Means and percentile bootstrap intervals of each row of ``values`` (groups x replications).

    Args:
        values: One row per group, one column per replication; no NaN.
        resamples: Bootstrap resamples.
        seed: Seed of the resampling (the report is reproducible).

    Returns:
        (mean, low, high), one entry per row; NaN bounds where a row has fewer than 2 values.
    """
    values = np.asarray(values, dtype=float)
    mean = values.mean(axis=-1)
    if values.shape[-1] < 2 or values.shape[0] == 0:
        nan = np.full(values.shape[0], np.nan)
        return mean, nan, nan.copy()
    spread = np.ptp(values, axis=-1) > 0
    low, high = mean.copy(), mean.copy()  # a constant group's interval is its value
    if spread.any():
        with np.errstate(invalid="ignore", divide="ignore"):
            result = stats.bootstrap(
                (values[spread],),
                np.mean,
                axis=-1,
                vectorized=True,
                method="percentile",
                n_resamples=resamples,
                confidence_level=CONFIDENCE,
                batch=max(1, 2_000_000 // max(1, int(spread.sum()) * values.shape[-1])),
                rng=np.random.default_rng(seed),
            )
        low[spread] = result.confidence_interval.low
        high[spread] = result.confidence_interval.high
    return mean, low, high


def group_intervals(
    frame: pd.DataFrame,
    by: list[str],
    metric: str,
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = 0,
) -> pd.DataFrame:
    """Mean, interval and number of replications of ``metric`` per group of ``by``.

    Groups of equal size are bootstrapped together as one array, so ten thousand groups cost
    one vectorised call per group size rather than one call each.

    Returns:
        One row per group: the ``by`` columns, ``n``, ``mean``, ``low``, ``high``.
    """
    values = frame[[*by, metric]].dropna(subset=[metric])
    groups = values.groupby(by, sort=True, observed=True)[metric]
    keyed = pd.DataFrame({"n": groups.size()})
    keyed["mean"] = np.nan
    keyed["low"] = np.nan
    keyed["high"] = np.nan
    lists = groups.agg(list)
    for n, members in keyed.groupby("n").groups.items():
        matrix = np.array(lists.loc[members].tolist(), dtype=float).reshape(len(members), n)
        mean, low, high = mean_interval(matrix, resamples, seed)
        keyed.loc[members, "mean"] = mean
        keyed.loc[members, "low"] = low
        keyed.loc[members, "high"] = high
    return keyed.reset_index()


def difference_interval(
    level: np.ndarray,
    baseline: np.ndarray,
    paired: bool,
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = 0,
) -> tuple[float, float, float]:
    """Mean difference ``level - baseline`` and its percentile bootstrap interval.

    Args:
        level: Outcomes at the level compared.
        baseline: Outcomes at the baseline level; for a paired comparison, element ``i`` is
            the run paired with ``level[i]``.
        paired: Resample pairs (common random numbers) rather than each sample on its own.
        resamples: Bootstrap resamples.
        seed: Seed of the resampling.

    Returns:
        (difference, low, high); NaN bounds with fewer than 2 values on either side.
    """
    level = np.asarray(level, dtype=float)
    baseline = np.asarray(baseline, dtype=float)
    if paired:
        mean, low, high = mean_interval((level - baseline)[None, :], resamples, seed)
        return float(mean[0]), float(low[0]), float(high[0])
    difference = float(level.mean() - baseline.mean())
    if min(len(level), len(baseline)) < 2:
        return difference, np.nan, np.nan
    if np.ptp(level) == 0 and np.ptp(baseline) == 0:
        return difference, difference, difference
    with np.errstate(invalid="ignore", divide="ignore"):
        result = stats.bootstrap(
            (level, baseline),
            lambda a, b, axis: a.mean(axis=axis) - b.mean(axis=axis),
            vectorized=True,
            method="percentile",
            n_resamples=resamples,
            confidence_level=CONFIDENCE,
            rng=np.random.default_rng(seed),
        )
    return difference, float(result.confidence_interval.low), float(result.confidence_interval.high)
