"""The observed record of a calibration window, the same statistics of a model run, a distance.

Summary statistics (each group a fixed-length array, the order of its observations):

- ``difficulty``: log difficulty at every retarget of ``difficulty_retargets.csv`` after the
  window's start and on or before its last tick; the model's value is its difficulty on the
  first tick on or after the retarget's date;
- ``hashprice``: log hashprice (USD per PH/s-day) at every row of ``published_hashprice.csv``
  in the window; the model's value on the tick nearest the row's date;
- ``us_share``: US share of network hashrate (percent) at every estimate of
  ``us_hashrate_share.csv`` in the window more than 31 days after its start (the estimate of
  January 2022 is the start value itself); the model's on the nearest tick.

Only rows dated on or before the window's end are read: nothing after it enters a calibration.

Distance: each observation's error divided by its group's scale (:data:`ERROR_SCALES`), the
root of the weighted mean of their squares, every observation counting once times its group's
weight::

    d = sqrt( sum_g w_g * sum_i (e_gi / s_g)^2 / sum_g w_g * n_g )

with ``e`` the log error for difficulty and hashprice and the error in percentage points for
the US share.  ``d = 1`` means the model is off by one scale (10 % in difficulty) on average.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from abm import calibration

WINDOW_START = dt.date(2022, 1, 3)
"""First Monday of 2022, the backtest's start (first row of the observed weekly BTC path)."""
WINDOW_END = dt.date(2024, 4, 19)
"""The fourth halving (block 840,000): the calibration window ends here; what follows is the
validation's out-of-sample period."""
US_SHARE_START_GAP_DAYS = 31
"""A US-share estimate this close to the start is the start value itself, not an observation."""

ERROR_SCALES = {"difficulty": 0.10, "hashprice": 0.10, "us_share": 5.0}
"""Error of one scale per group: 0.10 in log difficulty and log hashprice (about 10 %), 5
percentage points of US share (the validation report's US-share tolerance)."""

DATA_FILES = (
    "difficulty_retargets.csv",
    "published_hashprice.csv",
    "us_hashrate_share.csv",
)
"""Tables the observed statistics come from (in ``abm/data/``)."""


@dataclass(frozen=True)
class Window:
    """A calibration window.

    Attributes:
        start: First day: the model starts on it.
        end: Last day: the model stops at the last weekly tick on or before it.
    """

    start: dt.date = WINDOW_START
    end: dt.date = WINDOW_END

    def __post_init__(self) -> None:
        if not self.end > self.start:
            raise ValueError(f"calibration window ends ({self.end}) before it starts")

    def horizon_years(self, tick_days: float) -> float:
        """Horizon that stops the run at the last tick on or before :attr:`end`."""
        ticks = int((self.end - self.start).days // tick_days)
        if ticks < 1:
            raise ValueError(f"calibration window {self.start} to {self.end} is under one tick")
        return ticks * tick_days / 365.25

    def last_tick(self, tick_days: float) -> pd.Timestamp:
        """Date of the run's last tick."""
        days = self.horizon_years(tick_days) * 365.25
        return pd.Timestamp(self.start) + pd.Timedelta(days=round(days))


@dataclass(frozen=True)
class Targets:
    """Where the statistics are taken: the dates of the observations in a window.

    Attributes:
        difficulty_dates: Dates of the retargets.
        hashprice_dates: Dates of the published hashprices.
        us_share_dates: Dates of the US-share estimates.
    """

    difficulty_dates: tuple[pd.Timestamp, ...]
    hashprice_dates: tuple[pd.Timestamp, ...]
    us_share_dates: tuple[pd.Timestamp, ...]

    def counts(self) -> dict[str, int]:
        """Observations per statistic group."""
        return {
            "difficulty": len(self.difficulty_dates),
            "hashprice": len(self.hashprice_dates),
            "us_share": len(self.us_share_dates),
        }


@dataclass(frozen=True)
class ObservedRecord:
    """The observations of a window: their dates and the observed statistics.

    Attributes:
        window: The calibration window.
        targets: Where each statistic is taken.
        statistics: Group -> observed values (log difficulty, log hashprice, US share in %).
    """

    window: Window
    targets: Targets
    statistics: dict[str, np.ndarray]


def _published_hashprice(first: pd.Timestamp, last: pd.Timestamp) -> pd.DataFrame:
    table = calibration.read_table("published_hashprice.csv")
    # Rows dated by month only ("2025-11") are not a day's observation; within the window
    # every row has a day.
    dates = pd.to_datetime(table["date"], format="%Y-%m-%d", errors="coerce")
    values = pd.to_numeric(table["hashprice_usd_per_ph_day"], errors="coerce")
    frame = pd.DataFrame({"date": dates, "value": values}).dropna()
    return frame[(frame["date"] > first) & (frame["date"] <= last)].sort_values("date")


def _us_shares(first: pd.Timestamp, last: pd.Timestamp) -> pd.DataFrame:
    table = calibration.read_table("us_hashrate_share.csv")
    frame = pd.DataFrame(
        {"date": pd.to_datetime(table["date"]), "value": pd.to_numeric(table["us_share_pct"])}
    ).dropna()
    after = first + pd.Timedelta(days=US_SHARE_START_GAP_DAYS)
    return frame[(frame["date"] > after) & (frame["date"] <= last)].sort_values("date")


def observed_record(window: Window, tick_days: float = 7.0) -> ObservedRecord:
    """The observations of ``window`` from ``abm/data/`` (nothing dated after its end).

    Args:
        window: The calibration window.
        tick_days: The model's tick (the run stops at the last tick on or before the end).

    Raises:
        ValueError: The window holds no retarget (nothing to calibrate against).
    """
    first = pd.Timestamp(window.start)
    last = min(pd.Timestamp(window.end), window.last_tick(tick_days))
    retargets = calibration.difficulty_retargets()
    retargets = retargets[(retargets["date"] > first) & (retargets["date"] <= last)]
    if retargets.empty:
        raise ValueError(f"no difficulty retarget between {window.start} and {last.date()}")
    hashprices = _published_hashprice(first, last)
    shares = _us_shares(first, last)
    targets = Targets(
        difficulty_dates=tuple(retargets["date"]),
        hashprice_dates=tuple(hashprices["date"]),
        us_share_dates=tuple(shares["date"]),
    )
    statistics = {
        "difficulty": np.log(retargets["difficulty"].to_numpy(dtype=float)),
        "hashprice": np.log(hashprices["value"].to_numpy(dtype=float)),
        "us_share": shares["value"].to_numpy(dtype=float),
    }
    return ObservedRecord(window, targets, _non_empty(statistics))


def _non_empty(statistics: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    # A group with no observation in the window drops out of the statistics and the distance.
    return {group: values for group, values in statistics.items() if len(values)}


def _first_on_or_after(dates: np.ndarray, values: np.ndarray, when: tuple) -> np.ndarray:
    positions = np.searchsorted(dates, np.array(when, dtype="datetime64[ns]"), side="left")
    return values[np.minimum(positions, len(values) - 1)]


def _nearest(dates: np.ndarray, values: np.ndarray, when: tuple) -> np.ndarray:
    wanted = np.array(when, dtype="datetime64[ns]")
    gaps = np.abs(dates[None, :] - wanted[:, None])
    return values[np.argmin(gaps, axis=1)]


def model_statistics(frame: pd.DataFrame, targets: Targets) -> dict[str, np.ndarray]:
    """The summary statistics of one run's model frame, at the observations' dates.

    Args:
        frame: ``model.datacollector.get_model_vars_dataframe()`` of the run.
        targets: Where to take each statistic.

    Returns:
        Group -> values, the groups with at least one observation.
    """
    dates = pd.to_datetime(frame["date"]).to_numpy(dtype="datetime64[ns]")
    difficulty = frame["difficulty"].to_numpy(dtype=float)
    hashprice = frame["hashprice_usd_per_ph_day"].to_numpy(dtype=float)
    share = 100 * (
        frame["modelled_hashrate_ehs"].to_numpy(dtype=float)
        / frame["network_hashrate_ehs"].to_numpy(dtype=float)
    )
    statistics = {
        "difficulty": np.log(_first_on_or_after(dates, difficulty, targets.difficulty_dates)),
        "hashprice": np.log(np.maximum(_nearest(dates, hashprice, targets.hashprice_dates), 1e-9))
        if targets.hashprice_dates
        else np.array([]),
        "us_share": _nearest(dates, share, targets.us_share_dates)
        if targets.us_share_dates
        else np.array([]),
    }
    return _non_empty(statistics)


@dataclass(frozen=True)
class WeightedDistance:
    """The calibration's distance (module docstring); a picklable callable for pyabc.

    Attributes:
        weights: Statistic group -> weight (a group missing from the weights weighs 1).
    """

    weights: dict[str, float]

    def errors(self, simulated: dict, observed: dict) -> dict[str, np.ndarray]:
        """Each observation's error in units of its group's scale, by group."""
        return {
            group: (np.asarray(simulated[group]) - np.asarray(observed[group]))
            / ERROR_SCALES[group]
            for group in observed
        }

    def __call__(self, simulated: dict, observed: dict) -> float:
        """The distance between a run's statistics and the observed ones (0 = identical)."""
        total = 0.0
        count = 0.0
        for group, scaled in self.errors(simulated, observed).items():
            weight = self.weights.get(group, 1.0)
            total += weight * float(np.sum(scaled**2))
            count += weight * len(scaled)
        return float(np.sqrt(total / count)) if count else 0.0
