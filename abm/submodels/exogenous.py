"""The calendar and the exogenous paths: BTC price and AI power demand (ODD section 7.1).

Everything here is fixed when a run starts: the tick dates, the fees per block at every tick
(a constant or an observed series), the BTC price at every tick
(a lognormal random walk whose median drifts at ``btc_drift_annual`` for ``btc_drift_years``
and at ``btc_drift_after_annual`` afterwards, or a scripted CSV then that walk) and US AI
power demand now and a procurement lead ahead.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from abm import calibration
from abm.economics import paths
from abm.scenario import PowerMarketScenario

DAYS_PER_YEAR = paths.DAYS_PER_YEAR


@dataclass(frozen=True)
class Calendar:
    """The tick dates of a run.

    Attributes:
        dates: Date of every tick, 0 to the horizon (datetime64).
        tick_days: Days per tick.
        day_of_year: Day of the year of every tick (for the seasonal load).
    """

    dates: pd.DatetimeIndex
    tick_days: float
    day_of_year: np.ndarray

    @classmethod
    def from_scenario(cls, scenario: PowerMarketScenario) -> Calendar:
        """Dates from the start date every ``tick_days`` up to the horizon."""
        s = scenario
        dates = pd.DatetimeIndex(
            pd.Timestamp(s.start_date)
            + pd.to_timedelta(np.arange(s.n_ticks + 1) * s.tick_days, unit="D")
        )
        return cls(dates=dates, tick_days=s.tick_days, day_of_year=dates.day_of_year.to_numpy())

    @property
    def n_ticks(self) -> int:
        """Ticks to the horizon."""
        return len(self.dates) - 1

    @property
    def tick_years(self) -> float:
        """Length of a tick, years."""
        return self.tick_days / DAYS_PER_YEAR

    def ticks(self, years: float) -> int:
        """A duration in whole ticks (rounded)."""
        return int(round(years / self.tick_years))

    def ticks_of_weeks(self, weeks: float) -> int:
        """A duration given in weeks, in whole ticks (at least 1)."""
        return max(self.ticks(weeks * 7 / DAYS_PER_YEAR), 1)


def btc_price_path(
    scenario: PowerMarketScenario, calendar: Calendar, rng: np.random.Generator
) -> np.ndarray:
    """BTC price at every tick, USD: the scripted CSV (then the walk), or the walk from the start.

    The median drifts at ``btc_drift_annual`` for the first ``btc_drift_years``, then at
    ``btc_drift_after_annual`` (:func:`abm.economics.paths.median_log_drift_per_step`).
    """
    s = scenario
    if s.btc_price_csv:
        scripted = calibration.read_price_csv(s.btc_price_csv)
        return paths.scripted_price_path(
            scripted,
            calendar.dates,
            s.btc_drift_annual,
            s.btc_volatility_annual,
            rng,
            s.btc_drift_years,
            s.btc_drift_after_annual,
        )
    drift = paths.median_log_drift_per_step(
        calendar.tick_years,
        calendar.n_ticks,
        s.btc_drift_annual,
        s.btc_drift_years,
        s.btc_drift_after_annual,
    )
    return paths.gbm_price_path(
        s.btc_price_usd, drift, s.btc_volatility_annual, calendar.tick_years, rng
    )


def fees_path(scenario: PowerMarketScenario, calendar: Calendar) -> np.ndarray:
    """Mean transaction fees per block at every tick, BTC.

    ``fees_btc_per_block`` at every tick, or the observed series of ``fees_csv`` interpolated
    linearly in time between its dates and held flat outside them (the series is sparse: a
    straight line between two observations is an assumption, not data).
    """
    s = scenario
    if not s.fees_csv:
        return np.full(len(calendar.dates), s.fees_btc_per_block)
    observed = calibration.read_fees_csv(s.fees_csv)
    days = (observed.index - calendar.dates[0]).days.to_numpy(float)
    ticks = (calendar.dates - calendar.dates[0]).days.to_numpy(float)
    return np.interp(ticks, days, observed.to_numpy(float))


def _ai_demand_args(scenario: PowerMarketScenario) -> tuple:
    """The arguments of :func:`abm.economics.paths.ai_demand_mw` after the dates."""
    s = scenario
    return (
        s.start_date,
        s.ai_demand_gw_2028,
        s.ai_demand_growth_after_2028,
        s.ai_demand_scale,
        s.ai_demand_gw_start if s.ai_demand_basis == "total" else 0.0,
        1.0 / s.it_share if s.ai_demand_power_basis == "it" else 1.0,
    )


def ai_demand_paths(
    scenario: PowerMarketScenario, calendar: Calendar
) -> tuple[np.ndarray, np.ndarray]:
    """(new AI demand at every tick, the same ``procurement_lookahead_years`` later), facility MW.

    ``ai_demand_basis`` says whether ``ai_demand_gw_2028`` is new demand (incremental) or the
    US total, of which ``ai_demand_gw_start`` was served at the start; ``ai_demand_power_basis``
    whether it is facility power or IT load (facility = IT / ``it_share``).
    """
    s = scenario
    args = _ai_demand_args(s)
    now = paths.ai_demand_mw(calendar.dates, *args)
    lookahead = pd.DatetimeIndex(
        calendar.dates + pd.Timedelta(days=s.procurement_lookahead_years * DAYS_PER_YEAR)
    )
    return now, paths.ai_demand_mw(lookahead, *args)


def ai_demand_end_2028_mw(scenario: PowerMarketScenario) -> float:
    """New AI demand at the end of 2028, facility MW (the demand side of the power gap)."""
    end_2028 = pd.DatetimeIndex([pd.Timestamp("2028-12-31")])
    return float(paths.ai_demand_mw(end_2028, *_ai_demand_args(scenario))[0])
