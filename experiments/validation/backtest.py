"""The backtest from January 2022: runs on the fleets and chain of that date, as an ensemble.

:func:`backtest_knobs` sets up a run from 2022-01-03 on the fleets, chain, fees and ASIC prices
of that date and the observed weekly BTC path. :func:`run_ensemble` runs it over seeds (and,
when a posterior sample is given, over its draws: a posterior predictive) and keeps, per run,
the model's columns, the AI contracts it signed and the sites that went insolvent.
:class:`Ensemble` turns those runs into intervals at any date. The checks against the observed
record live in :mod:`experiments.validation.observed`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from abm import PowerMarketModel, calibration
from abm.calibration import read_table
from abm.economics import bitcoin
from abm.fleet import MinerStatus
from experiments.validation.checks import Interval

BACKTEST_START = dt.date(2022, 1, 3)
"""First Monday of 2022: the first row of the observed weekly BTC path."""
BACKTEST_END = dt.date(2026, 1, 5)
"""First tick after the last retarget of ``difficulty_retargets.csv`` (2025-12-25)."""
AI_DEMAND_GW_START_2022 = 15.5
"""US data-centre facility demand on 2022-01-03, GW: linear between LBNL's 8.7 GW (2018) and
20.1 GW (2023) average loads (``ai_demand_path.csv``), 3.0 of the 5.0 years (derived)."""
AI_DEMAND_GW_2028_LBNL_HIGH = 66.2
"""LBNL's high case for 2028, GW (580 TWh / 8,760 h, ``ai_demand_path.csv``): the total the
AI-on backtest ramps to from :data:`AI_DEMAND_GW_START_2022`."""


def _table(filename: str) -> pd.DataFrame | None:
    try:
        return read_table(filename)
    except (FileNotFoundError, OSError):
        return None


FLEET_J_PER_TH_2022 = 38.0
"""Mean fleet efficiency assumed on 2022-01-03 (rest of world and private US miners), J/TH:
the upper edge of Hashrate Index's top efficiency tier (< 38 J/TH, ``asic_prices.csv``),
an assumption (no fleet census of that date is in ``abm/data/``)."""
FRONTIER_J_PER_TH_2022 = 29.5
"""Best ASIC on sale on 2022-01-03, J/TH: ~30 J/TH (``parameters.csv``, note of
``asic_improvement_annual``; Antminer S19j Pro, 104 TH/s at 3,068 W)."""


def _latest_before(frame: pd.DataFrame, date_column: str, when: pd.Timestamp) -> pd.Series:
    dated = frame.assign(_date=pd.to_datetime(frame[date_column], format="mixed"))
    earlier = dated[dated["_date"] < when].sort_values("_date")
    if earlier.empty:
        raise LookupError(f"no row before {when.date()}")
    return earlier.iloc[-1]


def backtest_knobs() -> tuple[dict, list[tuple[str, str, str]]] | None:
    """Knobs of the run from 2022-01-03, with the fleets, chain and prices of that date.

    Every start value comes from a row dated before the start (or the average that ends in
    January 2022, for the US share); nothing is fitted to the tested years.

    Returns:
        (knobs, [(knob, value, where it comes from)]), or None when a table is missing.
    """
    start = pd.Timestamp(BACKTEST_START)
    prices = Path(str(resources.files("abm").joinpath("data", "btc_price_weekly.csv")))
    fees_csv = Path(str(resources.files("abm").joinpath("data", "fees_history.csv")))
    frontier_csv = Path(str(resources.files("abm").joinpath("data", "asic_frontier_history.csv")))
    chain = calibration.observed_chain(start)
    fees = _table("fees_history.csv")
    shares = _table("us_hashrate_share.csv")
    asics = _table("asic_prices.csv")
    if chain is None or fees is None or shares is None or asics is None or not prices.is_file():
        return None
    price_frame = pd.read_csv(prices, parse_dates=["date"])
    if price_frame["date"].min() > start:
        return None
    fee_row = _latest_before(fees, "period_end", start)
    share_row = shares[shares["date"] == "2022-01-31"].iloc[0]
    top_tier = asics[(asics["efficiency_tier"] == "<38 J/TH") & asics["price_usd_per_th"].notna()]
    asic_row = _latest_before(top_tier, "date", start)
    hashrate = bitcoin.hashrate_ehs_from_difficulty(chain.difficulty, chain.mean_block_seconds)
    knobs = {
        "start_date": BACKTEST_START,
        "horizon_years": (BACKTEST_END - BACKTEST_START).days / 365.25,
        "start_block_height": chain.height,
        "difficulty_start": chain.difficulty,
        "network_hashrate_ehs_start": hashrate,
        "btc_price_csv": str(prices),
        "btc_price_usd": float(price_frame.loc[price_frame["date"] == start, "price_usd"].iloc[0]),
        "fees_btc_per_block": float(fee_row["fees_btc_per_block"]),
        "fees_csv": str(fees_csv),
        "us_hashrate_share": float(share_row["us_share_pct"]) / 100,
        "asic_price_usd_per_th": float(asic_row["price_usd_per_th"]),
        "asic_frontier_j_per_th": FRONTIER_J_PER_TH_2022,
        "asic_frontier_csv": str(frontier_csv),
        "rest_of_world_j_per_th": FLEET_J_PER_TH_2022,
        "synthetic_j_per_th_mean": FLEET_J_PER_TH_2022,
        "public_miners_file": "public_miners_2022.csv",
        "ai_demand_scale": 0.0,
    }
    provenance = [
        (
            "start_block_height, difficulty_start",
            f"{chain.height:,}; {chain.difficulty / 1e12:.2f} T",
            "difficulty_retargets.csv: epoch from 715,680 (2021-12-25), interpolated to "
            "the start at the epoch's mean spacing",
        ),
        (
            "network_hashrate_ehs_start",
            f"{hashrate:.1f} EH/s",
            f"that difficulty at the epoch's observed {chain.mean_block_seconds:.1f} s a block",
        ),
        ("btc_price_csv", "btc_price_weekly.csv", "observed weekly path, 2022-01-03 on"),
        (
            "fees_btc_per_block",
            f"{knobs['fees_btc_per_block']:g} BTC",
            f"fees_history.csv row {fee_row['period_start']} to {fee_row['period_end']} (the "
            "constant a run without fees_csv would use)",
        ),
        (
            "fees_csv",
            "fees_history.csv",
            "the observed fee series, linear between its sparse rows (2022: the year's mean "
            "share, an upper bound; 2023: Q2, Q3 and a November week)",
        ),
        (
            "us_hashrate_share",
            f"{knobs['us_hashrate_share']:.4f}",
            "us_hashrate_share.csv: CBECI average Sep 2021-Jan 2022",
        ),
        (
            "asic_price_usd_per_th",
            f"{knobs['asic_price_usd_per_th']:g} USD/TH",
            f"asic_prices.csv: < 38 J/TH tier on {asic_row['date']}",
        ),
        (
            "asic_frontier_j_per_th",
            f"{FRONTIER_J_PER_TH_2022:g} J/TH",
            "~30 J/TH in 2022 (note of asic_improvement_annual; S19j Pro)",
        ),
        (
            "asic_frontier_csv",
            "asic_frontier_history.csv",
            "dated first shipments of the flagship air-cooled ASICs (S19 XP 2022-07, S21 "
            "2024-01, S21 Pro 2024-09, S21 XP 2025-01 assumed): the frontier is the best model "
            "shipping by each date, as the BTC path is the observed one",
        ),
        (
            "rest_of_world_j_per_th, synthetic_j_per_th_mean",
            f"{FLEET_J_PER_TH_2022:g} J/TH",
            "assumption: the edge of the top efficiency tier (< 38 J/TH)",
        ),
        (
            "rest_of_world_orders_at_start_ehs",
            "0 (default)",
            "gap: no manufacturer's order book of 2021-12-31 was found; TeraWulf's and Cipher's "
            "filings alone list ~11 EH/s ordered for 2022-23 (parameters.csv); left to calibration",
        ),
        (
            "public_miners_file",
            "public_miners_2022.csv",
            "fleets of the start date (rows with MW and hashrate: Riot 300 MW loaded, Core "
            "Scientific 500 MW; their hosting clients' machines counted on their sites)",
        ),
        (
            "ai_demand_scale",
            "0",
            "the AI demand path is new demand since the start date on Morgan Stanley's "
            "2025-2028 path; from 2022 it would put AI load on miners' sites in 2022, when "
            "there was none (the first miner AI leases were signed in 2024)",
        ),
    ]
    return knobs, provenance


def ai_backtest_knobs(knobs: Mapping[str, Any]) -> dict[str, Any]:
    """The backtest's knobs with AI demand on: LBNL's totals from 2022 to its 2028 high case.

    The default AI path is Morgan Stanley's new demand from a 2025 start; from 2022 the US
    total is the better-defined input, so the run takes ``ai_demand_basis = total`` from
    :data:`AI_DEMAND_GW_START_2022` to :data:`AI_DEMAND_GW_2028_LBNL_HIGH`.
    """
    return {
        **knobs,
        "ai_demand_scale": 1.0,
        "ai_demand_basis": "total",
        "ai_demand_gw_start": AI_DEMAND_GW_START_2022,
        "ai_demand_gw_2028": AI_DEMAND_GW_2028_LBNL_HIGH,
    }


def read_posterior(path: Path) -> list[dict[str, Any]]:
    """Parameter draws of a posterior sample: one row per draw, one column per knob.

    A CSV file, or the ``posterior.parquet`` that ``gridrush calibrate`` writes. Columns that
    are not knobs (a weight, a distance, a draw id) are left out; a ``weight`` column, when
    present, resamples the draws in proportion to it.

    Raises:
        ValueError: The file is missing, empty, names no knob or holds a bad value.
    """
    from abm import knob_specs, validate_knobs

    if not path.is_file():
        raise ValueError(f"posterior sample {str(path)!r}: no such file")
    try:
        frame = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)
    except (OSError, ValueError, pd.errors.ParserError) as error:
        raise ValueError(f"posterior sample {str(path)!r}: cannot read it ({error})") from None
    knobs = [c for c in frame.columns if c in knob_specs()]
    if frame.empty or not knobs:
        raise ValueError(f"posterior sample {str(path)!r}: no rows, or no column names a knob")
    if "weight" in frame.columns:
        weights = frame["weight"].to_numpy(float)
        order = np.random.default_rng(0).choice(len(frame), len(frame), p=weights / weights.sum())
        frame = frame.iloc[order]
    draws = [{k: row[k] for k in knobs} for _, row in frame.iterrows()]
    for number, draw in enumerate(draws, 1):
        try:
            typed = validate_knobs(draw)
        except ValueError as error:
            raise ValueError(f"posterior sample {str(path)!r}, draw {number}: {error}") from None
        draw.update({k: typed[k] for k in draw})
    return draws


@dataclass
class Run:
    """One backtest run.

    Attributes:
        frame: The model's columns per tick (``date`` as timestamps).
        contracts: AI contracts signed (:meth:`abm.PowerMarketModel.contracts_table`).
        exits: Sites that went insolvent: ``date, firm, mw``.
    """

    frame: pd.DataFrame
    contracts: pd.DataFrame
    exits: pd.DataFrame


def _run(knobs: Mapping[str, Any]) -> Run:
    model = PowerMarketModel(**knobs)
    fleet = model.fleet
    names = np.asarray(model.firm_names, dtype=object)
    exits = []
    insolvent = (MinerStatus.EXITED, MinerStatus.ACQUIRED)
    while model.steps < model.n_ticks:
        before = np.isin(fleet.status, insolvent)
        model.step()
        new = np.isin(fleet.status, insolvent) & ~before
        exits += [
            (model.date, names[fleet.firm[i]], float(fleet.mw[i])) for i in np.flatnonzero(new)
        ]
    frame = model.datacollector.get_model_vars_dataframe()
    frame["date"] = pd.to_datetime(frame["date"])
    frame["us_share_pct"] = 100 * frame["modelled_hashrate_ehs"] / frame["network_hashrate_ehs"]
    return Run(
        frame=frame,
        contracts=model.contracts_table(),
        exits=pd.DataFrame(exits, columns=["date", "firm", "mw"]),
    )


@dataclass
class Ensemble:
    """Backtest runs over seeds (and posterior draws), with intervals at any date.

    Attributes:
        runs: The runs.
        kind: How the runs differ, in words (seeds with defaults, or a posterior predictive).
    """

    runs: list[Run] = field(default_factory=list)
    kind: str = ""

    @property
    def dates(self) -> pd.Series:
        """Tick dates (the same in every run)."""
        return self.runs[0].frame["date"]

    def tick_on_or_after(self, when: pd.Timestamp) -> int:
        """Row of the first tick on or after ``when`` (the last tick when none is)."""
        later = np.flatnonzero(self.dates.to_numpy() >= np.datetime64(when))
        return int(later[0]) if len(later) else len(self.dates) - 1

    def nearest_tick(self, when: pd.Timestamp) -> int:
        """Row of the tick nearest ``when``."""
        return int(np.argmin(np.abs(self.dates - when)))

    def values_at(self, column: str, row: int) -> list[float]:
        """A column's value at one tick in every run."""
        return [float(r.frame[column].iloc[row]) for r in self.runs]

    def at(self, column: str, row: int) -> Interval:
        """The column's 90 % interval over runs at one tick."""
        return Interval.of(self.values_at(column, row))

    def band(self, column: str) -> pd.DataFrame:
        """5th, 50th and 95th percentiles of a column at every tick (``low, median, high``)."""
        stacked = np.vstack([r.frame[column].to_numpy(float) for r in self.runs])
        low, median, high = np.percentile(stacked, [5, 50, 95], axis=0)
        return pd.DataFrame({"date": self.dates, "low": low, "median": median, "high": high})

    def per_run(self, statistic) -> Interval:
        """The interval over runs of ``statistic(run)``."""
        return Interval.of([float(statistic(r)) for r in self.runs])


def run_ensemble(
    knobs: Mapping[str, Any],
    seeds: Sequence[int],
    n_miners: int,
    draws: Sequence[Mapping[str, Any]] = (),
) -> Ensemble:
    """Run the backtest once per seed; with ``draws``, run ``i`` takes draw ``i`` (cycled).

    Args:
        knobs: The backtest's knobs (:func:`backtest_knobs`, perhaps with a scenario's).
        seeds: One run per seed.
        n_miners: Miners per run.
        draws: Posterior parameter draws, each a dict of knobs laid over ``knobs``.

    Returns:
        The runs and a phrase saying what varies between them.
    """
    runs = []
    for i, seed in enumerate(seeds):
        draw = dict(draws[i % len(draws)]) if draws else {}
        runs.append(_run({**knobs, **draw, "seed": seed, "n_miners": n_miners}))
    kind = (
        f"posterior predictive: {len(seeds)} runs, each a posterior draw and a seed"
        if draws
        else f"{len(seeds)} seeds with the knobs as given (no posterior: an interval over "
        "seeds, not a posterior predictive)"
    )
    return Ensemble(runs=runs, kind=kind)


def epoch_table(ensemble: Ensemble) -> pd.DataFrame:
    """The model's difficulty at every observed retarget of the backtest window.

    The model's value is its difficulty on the first tick on or after the retarget's date.

    Returns:
        Columns ``height, date, observed, low, median, high`` (difficulty).
    """
    observed = calibration.difficulty_retargets()
    dates = ensemble.dates
    observed = observed[(observed["date"] > dates.iloc[0]) & (observed["date"] <= dates.iloc[-1])]
    rows = []
    for row in observed.itertuples():
        interval = ensemble.at("difficulty", ensemble.tick_on_or_after(row.date))
        rows.append(
            (
                int(row.height),
                row.date,
                float(row.difficulty),
                interval.low,
                interval.median,
                interval.high,
            )
        )
    return pd.DataFrame(rows, columns=["height", "date", "observed", "low", "median", "high"])
