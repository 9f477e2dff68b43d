"""Exogenous paths: the BTC price and the AI power demand.

Pure functions of dates, parameters and a numpy ``Generator``; the model draws each path
once at initialisation, so a run's randomness is fixed by its seed.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

DAYS_PER_YEAR = 365.25


def median_log_drift_per_step(
    step_years: float,
    n_steps: int,
    drift_annual: float,
    drift_years: float,
    drift_after_annual: float,
    first_step: int = 0,
) -> np.ndarray:
    """Log-price drift of each step of a two-regime random walk.

    The median price grows at ``drift_annual`` (a log-rate, per year) for the first
    ``drift_years`` of the run, then at ``drift_after_annual``; a step that straddles the change
    gets each rate for its share of the step.

    Args:
        step_years: Length of a step, years.
        n_steps: Steps to return.
        drift_annual: Median growth in the first regime, per year (log-rate).
        drift_years: Length of the first regime from the run's start, years.
        drift_after_annual: Median growth afterwards, per year (log-rate).
        first_step: Index of the first step returned (steps before it are skipped).

    Returns:
        ``n_steps`` log increments of the median.
    """
    starts = (first_step + np.arange(n_steps)) * step_years
    in_first = np.clip(np.minimum(starts + step_years, drift_years) - starts, 0.0, step_years)
    return drift_annual * in_first + drift_after_annual * (step_years - in_first)


def gbm_price_path(
    start_price_usd: float,
    log_drift_per_step: np.ndarray,
    volatility_annual: float,
    step_years: float,
    rng: np.random.Generator,
) -> np.ndarray:
    """A lognormal random walk sampled every ``step_years``; element 0 is the start price.

    ``ln S(t+dt) = ln S(t) + m_k + sigma sqrt(dt) Z``, Z ~ N(0, 1), with ``m_k`` the step's
    drift from :func:`median_log_drift_per_step`.  The drift sets the median:
    ``median S(t) = S(0) exp(sum m)``; the mean is ``exp(sigma^2 t / 2)`` times higher.  The walk
    is not bounded (docs/ODD.md section 7.1 says why).
    """
    shocks = rng.standard_normal(len(log_drift_per_step))
    log_steps = log_drift_per_step + volatility_annual * np.sqrt(step_years) * shocks
    return start_price_usd * np.exp(np.concatenate(([0.0], np.cumsum(log_steps))))


def scripted_price_path(
    scripted: pd.Series,
    dates: pd.DatetimeIndex,
    drift_annual: float,
    volatility_annual: float,
    rng: np.random.Generator,
    drift_years: float = np.inf,
    drift_after_annual: float | None = None,
) -> np.ndarray:
    """BTC price on each date: the script interpolated in log-price, then a random walk.

    Before the script's first date the first price holds.  After its last date the price
    follows :func:`gbm_price_path` from the last scripted value, with the drift regimes timed
    from the run's first date.
    """
    script_days = (scripted.index - dates[0]).days.to_numpy(float)
    tick_days = (dates - dates[0]).days.to_numpy(float)
    prices = np.exp(np.interp(tick_days, script_days, np.log(scripted.to_numpy())))
    after = tick_days > script_days[-1]
    if after.any():
        first = int(np.argmax(after))
        step_years = (tick_days[1] - tick_days[0]) / DAYS_PER_YEAR if tick_days.size > 1 else 1.0
        drift = median_log_drift_per_step(
            step_years,
            int(after.sum()),
            drift_annual,
            drift_years,
            drift_annual if drift_after_annual is None else drift_after_annual,
            first_step=max(first - 1, 0),
        )
        tail = gbm_price_path(
            prices[first - 1] if first else prices[0], drift, volatility_annual, step_years, rng
        )
        prices[after] = tail[1:]
    return prices


def ai_demand_mw(
    dates: pd.DatetimeIndex,
    start_date: dt.date,
    demand_gw_2028: float,
    growth_after_2028: float,
    scale: float,
    demand_gw_start: float = 0.0,
    facility_per_stated_mw: float = 1.0,
) -> np.ndarray:
    """AI / data-centre power demand new since the start date, facility MW.

    The stated demand rises linearly from ``demand_gw_start`` at the start to
    ``demand_gw_2028`` at the end of 2028, then grows at ``growth_after_2028`` (log-rate) a
    year; the demand to be met is its rise above the start level.  For an incremental figure
    (Morgan Stanley's 65 GW new 2025-2028) ``demand_gw_start`` is 0; for a total (LBNL's
    74-132 GW in 2028) it is what was already served at the start.  Stated figures are turned
    into facility MW by ``facility_per_stated_mw`` (1 for facility power; the PUE, 1 / IT
    share, for IT load); everything is scaled by ``scale``.
    """
    end_2028 = pd.Timestamp("2028-12-31")
    start = pd.Timestamp(start_date)
    ramp_days = max((end_2028 - start).days, 1)
    days = (dates - start).days.to_numpy(float)
    level = demand_gw_start + np.clip(days / ramp_days, 0.0, 1.0) * (
        demand_gw_2028 - demand_gw_start
    )
    years_after = np.maximum((dates - end_2028).days.to_numpy(float), 0.0) / DAYS_PER_YEAR
    new_gw = np.maximum(level * np.exp(growth_after_2028 * years_after) - demand_gw_start, 0.0)
    return scale * 1000.0 * facility_per_stated_mw * new_gw
