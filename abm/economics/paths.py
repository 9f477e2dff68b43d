"""Exogenous paths: the BTC price and the AI power demand.

Pure functions of dates, parameters and a numpy ``Generator``; the model draws each path
once at initialisation, so a run's randomness is fixed by its seed.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

DAYS_PER_YEAR = 365.25


def gbm_price_path(
    start_price_usd: float,
    drift_annual: float,
    volatility_annual: float,
    step_years: float,
    n_steps: int,
    rng: np.random.Generator,
) -> np.ndarray:
    """Geometric Brownian motion sampled every ``step_years``; element 0 is the start price.

    ``S(t+dt) = S(t) * exp((mu - sigma^2 / 2) dt + sigma sqrt(dt) Z)``, Z ~ N(0, 1), so that
    ``E[S(t)] = S(0) exp(mu t)``.
    """
    shocks = rng.standard_normal(n_steps)
    log_steps = (
        drift_annual - 0.5 * volatility_annual**2
    ) * step_years + volatility_annual * np.sqrt(step_years) * shocks
    return start_price_usd * np.exp(np.concatenate(([0.0], np.cumsum(log_steps))))


def scripted_price_path(
    scripted: pd.Series,
    dates: pd.DatetimeIndex,
    drift_annual: float,
    volatility_annual: float,
    rng: np.random.Generator,
) -> np.ndarray:
    """BTC price on each date: the script interpolated in log-price, then GBM after its end.

    Before the script's first date the first price holds.
    """
    script_days = (scripted.index - dates[0]).days.to_numpy(float)
    tick_days = (dates - dates[0]).days.to_numpy(float)
    prices = np.exp(np.interp(tick_days, script_days, np.log(scripted.to_numpy())))
    after = tick_days > script_days[-1]
    if after.any():
        first = int(np.argmax(after))
        step_years = (tick_days[1] - tick_days[0]) / DAYS_PER_YEAR if tick_days.size > 1 else 1.0
        tail = gbm_price_path(
            prices[first - 1] if first else prices[0],
            drift_annual,
            volatility_annual,
            step_years,
            int(after.sum()),
            rng,
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
