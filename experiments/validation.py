"""Validation report: the model's figures beside observed ones, with tolerances and verdicts.

``gridrush validate`` calls :func:`write_validation_report`, which writes
``docs/validation.md`` and its PNG figures under ``docs/validation/``. Every check compares a
number the model computes with one observed in ``abm/data/`` (or quoted in the seed
article), states the tolerance and says pass or fail; nothing is tuned to a check here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from abm import (  # noqa: E402
    PowerMarketModel,
    PowerMarketScenario,
    calibration,  # noqa: E402
)
from abm.calibration import read_table  # noqa: E402
from abm.economics import bitcoin  # noqa: E402
from experiments.atomic import write_atomically, write_text_atomically  # noqa: E402

MS_VALUE_RANGE_USD_PER_W = (5.19, 7.81)
MS_DEMAND_GW, MS_CONSTRUCTION_GW, MS_GAP_GW = 65.0, 6.0, 45.0
AI_MW_COLUMNS = ["mw_leased", "mw_converting", "mw_hpc", "mw_acquired"]


@dataclass
class Check:
    """One line of the report.

    Attributes:
        section: Which of the five groups it belongs to.
        name: What is checked.
        model: The model's figure, formatted with its unit.
        observed: The observed or published figure, formatted with its unit.
        tolerance: What counts as agreement.
        passed: The verdict (None when the data to check against are missing).
        note: Source or method.
        fix: What would fix a failure (defaults to the section's advice).
    """

    section: str
    name: str
    model: str
    observed: str
    tolerance: str
    passed: bool | None
    note: str = ""
    fix: str = ""

    def __post_init__(self) -> None:
        if self.passed is not None:
            self.passed = bool(self.passed)  # numpy booleans are not `False`


@dataclass
class Report:
    """Checks and figures of one validation run."""

    checks: list[Check] = field(default_factory=list)
    figures: list[tuple[str, str]] = field(default_factory=list)  # (file name, caption)
    tables: list[tuple[str, list[str]]] = field(default_factory=list)  # (title, Markdown rows)

    def add(self, *args, **kwargs) -> None:
        """Append a :class:`Check`."""
        self.checks.append(Check(*args, **kwargs))

    @property
    def n_failed(self) -> int:
        """Checks that failed (missing data do not count as failures)."""
        return sum(c.passed is False for c in self.checks)


@dataclass(frozen=True)
class Effort:
    """How much simulation the report spends.

    Attributes:
        seeds: Seeds averaged for stylized facts and the gap.
        n_miners: Miners in each run.
    """

    seeds: tuple[int, ...]
    n_miners: int


FULL = Effort(seeds=(1, 2, 3, 4, 5), n_miners=200)
QUICK = Effort(seeds=(1, 2), n_miners=60)


def _table(filename: str) -> pd.DataFrame | None:
    try:
        return read_table(filename)
    except (FileNotFoundError, OSError):
        return None


def _run(**knobs) -> pd.DataFrame:
    model = PowerMarketModel(**knobs)
    model.run()
    return model.datacollector.get_model_vars_dataframe()


def _verdict(passed: bool | None) -> str:
    return {True: "pass", False: "**fail**", None: "no data"}[passed]


# ---------------------------------------------------------------- 1. protocol


def check_protocol(report: Report) -> None:
    """Halving heights and subsidy, a retarget with the clamp, against real history."""
    section = "1. Protocol exactness"
    halvings = _table("halvings.csv")
    if halvings is None or halvings.empty:
        report.add(
            section,
            "halving heights and subsidy",
            "",
            "",
            "exact",
            None,
            "abm/data/halvings.csv missing",
        )
    else:
        for row in halvings.itertuples():
            height = int(row.block_height)
            model_after = bitcoin.block_subsidy_btc(height)
            model_before = bitcoin.block_subsidy_btc(height - 1)
            ok = model_after == float(row.subsidy_after_btc) and model_before == 2 * model_after
            report.add(
                section,
                f"subsidy at the halving of block {height:,} ({row.date})",
                f"{model_before:g} → {model_after:g} BTC",
                f"→ {float(row.subsidy_after_btc):g} BTC",
                "exact",
                ok,
                str(getattr(row, "source_title", "")),
            )
    synthetic = bitcoin.retarget_difficulty(100.0, 2016 * 600 * 10)
    report.add(
        section,
        "retarget clamp: an epoch ten times too slow",
        f"difficulty × {synthetic / 100:g}",
        "× 0.25 (Bitcoin Core CalculateNextWorkRequired)",
        "exact",
        synthetic == 25.0,
    )
    retargets = calibration.difficulty_retargets()
    consecutive = retargets["height"].diff().shift(-1) == 2016
    following = retargets.shift(-1)
    # The first blocks of two epochs are 2016 intervals apart; Core times 2015 of them.
    core_timespan = (following["date"] - retargets["date"]).dt.total_seconds() * 2015 / 2016
    predicted = [
        bitcoin.retarget_difficulty(d, t)
        for d, t in zip(retargets["difficulty"], core_timespan, strict=True)
    ]
    errors = (pd.Series(predicted) / following["difficulty"] - 1)[consecutive]
    worst = float(errors.abs().max())
    report.add(
        section,
        f"every retarget 2020-2025 recomputed from the previous epoch ({len(errors)} epochs)",
        f"worst error {100 * worst:.2f} %",
        "observed next difficulty (abm/data/difficulty_retargets.csv)",
        "≤ 1 % (block timestamps may drift by up to two hours: 0.6 % of two weeks)",
        worst <= 0.01,
        "each epoch's span from its first block's timestamp to the next epoch's, × 2015/2016",
    )
    history = _table("bitcoin_network_history.csv")
    if history is None or history.empty:
        report.add(section, "retargets against history", "", "", "", None, "no network history")
        return
    history = history.dropna(subset=["block_height", "difficulty"]).copy()
    history["date"] = pd.to_datetime(history["date"], format="mixed")
    history = history.sort_values("block_height")
    epochs = history[history["block_height"] % 2016 == 0].reset_index(drop=True)
    errors = []
    for previous, current in zip(
        epochs.iloc[:-1].itertuples(), epochs.iloc[1:].itertuples(), strict=True
    ):
        if current.block_height - previous.block_height != 2016:
            continue
        # The epoch of previous → current took this long; its difficulty sets the next one.
        seconds = (current.date - previous.date).total_seconds()
        successor = epochs[epochs["block_height"] == current.block_height + 2016]
        if seconds <= 0 or successor.empty:
            continue
        predicted = bitcoin.retarget_difficulty(float(previous.difficulty), seconds)
        errors.append(predicted / float(successor["difficulty"].iloc[0]) - 1)
    if errors:
        worst = float(np.max(np.abs(errors)))
        report.add(
            section,
            f"retargets recomputed from {len(errors)} consecutive epochs' dates",
            f"worst error {100 * worst:.1f} %",
            "observed next difficulty",
            "≤ 10 % (dates are whole days: ±1 day in 14 is ±7 %)",
            worst <= 0.10,
            "abm/data/bitcoin_network_history.csv",
        )
    else:
        report.add(
            section,
            "retargets against history",
            "",
            "",
            "",
            None,
            "the history holds no three consecutive retarget epochs",
        )


# ---------------------------------------------------------------- 2. hashprice


def check_hashprice(report: Report, figures: Path) -> None:
    """Model hashprice from observed price, difficulty and fees against published figures."""
    section = "2. Hashprice"
    published = _table("published_hashprice.csv")
    if published is None or published.empty:
        report.add(
            section,
            "hashprice on dated days",
            "",
            "",
            "",
            None,
            "abm/data/published_hashprice.csv missing",
        )
        return
    usable = published.dropna(
        subset=["hashprice_usd_per_ph_day", "btc_price_usd", "difficulty"]
    ).copy()
    usable["date"] = pd.to_datetime(usable["date"], format="mixed")
    default_fees = PowerMarketScenario().fees_btc_per_block
    modelled = []
    for row in usable.itertuples():
        subsidy = 3.125 if row.date >= pd.Timestamp("2024-04-20") else 6.25
        fees = row.fees_btc_per_block if pd.notna(row.fees_btc_per_block) else default_fees
        value = float(
            bitcoin.hashprice_usd_per_ph_day(row.btc_price_usd, row.difficulty, subsidy, fees)
        )
        modelled.append(value)
        error = value / row.hashprice_usd_per_ph_day - 1
        report.add(
            section,
            f"hashprice on {row.date.date()}",
            f"{value:.2f} USD/PH/day",
            f"{row.hashprice_usd_per_ph_day:.2f} USD/PH/day",
            "within 5 %",
            abs(error) <= 0.05,
            f"{row.source_title}; BTC {row.btc_price_usd:,.0f} USD, "
            f"difficulty {row.difficulty / 1e12:.1f} T"
            + (
                ""
                if pd.notna(row.fees_btc_per_block)
                else f", fees {default_fees} BTC/block (default)"
            ),
        )
    if modelled:
        fig, ax = plt.subplots(figsize=(6, 4))
        ax.scatter(usable["hashprice_usd_per_ph_day"], modelled)
        top = max(max(modelled), usable["hashprice_usd_per_ph_day"].max()) * 1.1
        ax.plot([0, top], [0, top], color="grey", lw=0.8)
        ax.set(
            xlabel="published hashprice (USD/PH/day)",
            ylabel="model hashprice (USD/PH/day)",
            title="Hashprice: model vs published",
        )
        fig.tight_layout()
        write_atomically(
            figures / "hashprice.png", lambda tmp: fig.savefig(tmp, dpi=110, format="png")
        )
        plt.close(fig)
        report.figures.append(
            ("hashprice.png", "Hashprice from the protocol formula against published figures.")
        )


# ---------------------------------------------------------------- 3. the seed's figures


def check_seed_figures(report: Report, figures: Path, effort: Effort) -> None:
    """Powered-shell value per W and the 2028 power gap, from first principles."""
    section = "3. The seed article's figures"
    s = PowerMarketScenario()
    value = s.powered_shell_value_usd_per_w()
    low, high = MS_VALUE_RANGE_USD_PER_W
    report.add(
        section,
        "value of a 100 MW mine as a leased powered shell",
        f"{value:.2f} USD/W",
        f"{low}–{high} USD/W (Morgan Stanley)",
        "inside the range",
        low <= value <= high,
        f"rent {s.hyperscaler_base_wtp_usd_per_kw_month:g} USD/kW-month, "
        f"{s.lease_term_years:g}-year term, "
        f"discount {s.interest_rate_annual:.0%}, capex {s.lease_capex_usd_per_kw_it:g} USD/kW IT "
        "(docs/ODD.md §7.8)",
    )
    frames = [_run(seed=seed, n_miners=effort.n_miners, horizon_years=3.2) for seed in effort.seeds]
    target = pd.Timestamp("2028-12-31")
    at = [
        frame.iloc[int(np.argmin(np.abs(pd.to_datetime(frame["date"]) - target)))]
        for frame in frames
    ]
    demand = np.mean([r["ai_demand_mw"] for r in at]) / 1000
    grid_and_pipeline = (
        np.mean([r["ai_served_grid_mw"] for r in at]) / 1000 + s.ai_pipeline_under_construction_gw
    )
    gap_before_miners = demand - grid_and_pipeline
    miners = np.mean([r["ai_served_by_miner_sites_mw"] for r in at]) / 1000
    gap = np.mean([r["ai_unserved_mw"] for r in at]) / 1000
    report.add(
        section,
        "US data-centre demand by end-2028",
        f"{demand:.1f} GW",
        f"{MS_DEMAND_GW:g} GW (Morgan Stanley)",
        "within 5 %",
        abs(demand / MS_DEMAND_GW - 1) <= 0.05,
        "an input (ai_demand_gw_2028): checks the demand path reaches it",
    )
    report.add(
        section,
        "gap before miners' sites: demand − grid − under construction, end-2028",
        f"{gap_before_miners:.1f} GW "
        f"(grid {grid_and_pipeline - s.ai_pipeline_under_construction_gw:.1f} + "
        f"pipeline {s.ai_pipeline_under_construction_gw:g})",
        f"≈ {MS_GAP_GW:g} GW (65 − 15 − 6)",
        "within ±10 GW",
        abs(gap_before_miners - MS_GAP_GW) <= 10,
        f"mean of {len(frames)} seeds; the grid grows beyond its 15 GW by the regions' "
        "yearly additions",
    )
    report.add(
        section,
        "how much of the gap miners' sites close by end-2028",
        f"{miners:.1f} GW on miners' sites; gap left {gap:.1f} GW",
        "(no published figure)",
        "reported, not judged",
        None,
        "leased, hosting and acquired miner sites serving AI load",
    )
    fig, ax = plt.subplots(figsize=(7, 4))
    dates = pd.to_datetime(frames[0]["date"])
    mean = pd.concat(frames).groupby(level=0).mean(numeric_only=True)
    ax.plot(dates, mean["ai_demand_mw"] / 1000, label="AI demand")
    ax.plot(dates, mean["ai_served_mw"] / 1000, label="served")
    ax.plot(dates, mean["ai_served_by_miner_sites_mw"] / 1000, label="served on miners' sites")
    ax.plot(dates, mean["ai_unserved_mw"] / 1000, label="unserved (gap)")
    ax.axhline(MS_GAP_GW, color="grey", ls=":", lw=0.8, label="Morgan Stanley gap, 45 GW")
    ax.set(ylabel="GW", title=f"The AI power gap, baseline (mean of {len(frames)} seeds)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    write_atomically(figures / "power_gap.png", lambda tmp: fig.savefig(tmp, dpi=110, format="png"))
    plt.close(fig)
    report.figures.append(
        ("power_gap.png", "AI demand, supply and gap in the baseline, 2025–2029.")
    )


# ---------------------------------------------------------------- 4. backtest

BACKTEST_SECTION = "4. Backtest from 2022-01"
BACKTEST_START = dt.date(2022, 1, 3)
"""First Monday of 2022: the first row of the observed weekly BTC path."""
BACKTEST_END = dt.date(2026, 1, 5)
"""First tick after the last retarget of ``difficulty_retargets.csv`` (2025-12-25)."""
DIFFICULTY_TOLERANCE = 0.25
"""Stated before the first run: the model's difficulty within ±25 % of every observed epoch."""
DIFFICULTY_MEDIAN_TOLERANCE = 0.10
"""Stated before the first run: the median absolute error over all epochs at most 10 %."""
US_SHARE_TOLERANCE_PP = 5.0
"""Stated before the first run: the US share within ±5 percentage points of each estimate."""
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
    prices = Path(__file__).resolve().parents[1] / "abm" / "data" / "btc_price_weekly.csv"
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
        "us_hashrate_share": float(share_row["us_share_pct"]) / 100,
        "asic_price_usd_per_th": float(asic_row["price_usd_per_th"]),
        "asic_frontier_j_per_th": FRONTIER_J_PER_TH_2022,
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
            f"fees_history.csv row {fee_row['period_start']} to {fee_row['period_end']}",
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
            "rest_of_world_j_per_th, synthetic_j_per_th_mean",
            f"{FLEET_J_PER_TH_2022:g} J/TH",
            "assumption: the edge of the top efficiency tier (< 38 J/TH)",
        ),
        (
            "public_miners_file",
            "public_miners_2022.csv",
            "fleets of the start date (rows with MW and hashrate: Riot, Core Scientific)",
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


def run_backtest(knobs: dict, effort: Effort) -> pd.DataFrame:
    """Model columns of the backtest, mean over ``effort.seeds`` (date column kept)."""
    runs = [_run(seed=seed, n_miners=effort.n_miners, **knobs) for seed in effort.seeds]
    frame = pd.concat(runs).groupby(level=0).mean(numeric_only=True)
    frame["date"] = pd.to_datetime(runs[0]["date"])
    frame["us_share_pct"] = 100 * frame["modelled_hashrate_ehs"] / frame["network_hashrate_ehs"]
    return frame


def epoch_errors(frame: pd.DataFrame) -> pd.DataFrame:
    """The model's difficulty at every observed retarget of the backtest window.

    The model's value is its difficulty on the first tick on or after the retarget's date.

    Returns:
        Columns ``height, date, observed, model, error`` (error = model / observed - 1).
    """
    observed = calibration.difficulty_retargets()
    observed = observed[
        (observed["date"] > frame["date"].iloc[0]) & (observed["date"] <= frame["date"].iloc[-1])
    ]
    model = frame[["date", "difficulty"]].rename(columns={"date": "tick_date"})
    merged = pd.merge_asof(
        observed.sort_values("date"),
        model.sort_values("tick_date"),
        left_on="date",
        right_on="tick_date",
        direction="forward",
    )
    merged = merged.rename(columns={"difficulty_x": "observed", "difficulty_y": "model"})
    merged["error"] = merged["model"] / merged["observed"] - 1
    return merged[["height", "date", "observed", "model", "error"]].reset_index(drop=True)


def check_backtest(report: Report, figures: Path, effort: Effort) -> None:
    """From January 2022 on the observed BTC path: difficulty at every retarget, US share."""
    section = BACKTEST_SECTION
    prepared = backtest_knobs()
    if prepared is None:
        report.add(section, "backtest", "", "", "", None, "a table of abm/data/ is missing")
        return
    knobs, provenance = prepared
    frame = run_backtest(knobs, effort)
    errors = epoch_errors(frame)
    within = errors["error"].abs() <= DIFFICULTY_TOLERANCE
    median_error = float(errors["error"].abs().median())
    worst = errors.iloc[int(errors["error"].abs().idxmax())]
    first_miss = errors[~within]
    fix = (
        "A finding, not a number to tune here: the difficulty path is the rest of the world's "
        "entry and exit (docs/ODD.md §7.2) and the US fleet's; the issue tracker's rework of "
        "the rest of the world as a supply side bounded by ASIC deliveries is the fix."
    )
    report.add(
        section,
        f"difficulty at every retarget, {errors['date'].iloc[0].date()} to "
        f"{errors['date'].iloc[-1].date()} ({len(errors)} epochs)",
        f"{int(within.sum())} of {len(errors)} within; worst {100 * worst['error']:+.0f} % "
        f"(block {int(worst['height']):,}, {worst['date'].date()})",
        "difficulty_retargets.csv",
        f"every epoch within ±{100 * DIFFICULTY_TOLERANCE:.0f} %",
        bool(within.all()),
        f"mean of {len(effort.seeds)} seeds on the observed BTC path"
        + (
            f"; first epoch outside: {first_miss['date'].iloc[0].date()}" if len(first_miss) else ""
        ),
        fix=fix,
    )
    report.add(
        section,
        "median absolute difficulty error over the epochs",
        f"{100 * median_error:.1f} %",
        "0 %",
        f"≤ {100 * DIFFICULTY_MEDIAN_TOLERANCE:.0f} %",
        median_error <= DIFFICULTY_MEDIAN_TOLERANCE,
        "every epoch in the table below",
        fix=fix,
    )
    final = errors.iloc[-1]
    report.add(
        section,
        f"difficulty at the last retarget ({final['date'].date()})",
        f"{final['model'] / 1e12:.1f} T",
        f"{final['observed'] / 1e12:.1f} T",
        f"within ±{100 * DIFFICULTY_TOLERANCE:.0f} %",
        abs(final["error"]) <= DIFFICULTY_TOLERANCE,
        "",
        fix=fix,
    )
    shares = read_table("us_hashrate_share.csv")
    shares["date"] = pd.to_datetime(shares["date"])
    shares = shares[(shares["date"] > pd.Timestamp(BACKTEST_START) + pd.Timedelta(days=31))]
    shares = shares[shares["date"] <= frame["date"].iloc[-1]]
    share_points = []
    for row in shares.itertuples():
        at = frame.iloc[int(np.argmin(np.abs(frame["date"] - row.date)))]
        lower_bound = "LOWER BOUND" in str(row.note)
        modelled = float(at["us_share_pct"])
        observed = float(row.us_share_pct)
        passed = (
            modelled >= observed - US_SHARE_TOLERANCE_PP
            if lower_bound
            else abs(modelled - observed) <= US_SHARE_TOLERANCE_PP
        )
        share_points.append((row.date, observed, modelled))
        report.add(
            section,
            f"US share of network hashrate on {row.date.date()}",
            f"{modelled:.1f} %",
            f"{'≥ ' if lower_bound else ''}{observed:.1f} % ({row.method})",
            f"±{US_SHARE_TOLERANCE_PP:g} points"
            + (" (above the bound less 5)" if lower_bound else ""),
            passed,
            str(row.source_title),
            fix="A finding for the rework of US mining economics and the population (issue "
            "tracker): in the model all new capacity enters through the rest of the world, "
            "while US hashrate grows only by expanding existing sites and refleeting; sites "
            "that go idle in the 2022 bust (Riot and Core Scientific carry J/TH derived from "
            "site MW, 129 and 76) cannot refleet to restart. The 2022 table also lacks MW for "
            "MARA and CleanSpark, so their hashrate is synthetic.",
        )
    with_ai = run_backtest(
        {**knobs, "ai_demand_scale": 1.0}, Effort(effort.seeds[:1], effort.n_miners)
    )
    at_mid_2025 = with_ai.iloc[int(np.argmin(np.abs(with_ai["date"] - pd.Timestamp("2025-06-30"))))]
    report.add(
        section,
        "US share on 2025-06-30 with the default AI demand path from 2022 (not the backtest)",
        f"{at_mid_2025['us_share_pct']:.1f} %",
        "35.8 % (Hashrate Index)",
        "reported, not judged",
        None,
        "one seed; miners' sites start converting to AI hosting in the first weeks of 2022",
    )
    report.tables.append(
        (
            "Backtest: method",
            [
                "The run starts on 2022-01-03 with the chain, fleets, fees and ASIC prices of "
                "that date (table below) and follows the observed weekly BTC price to 2026-01-05. "
                "It is compared with every retarget in `abm/data/difficulty_retargets.csv` "
                "from 2022-01-08 to 2025-12-25 and with every US-share estimate in "
                "`abm/data/us_hashrate_share.csv` after January 2022. The tolerances (every "
                f"epoch within ±{100 * DIFFICULTY_TOLERANCE:.0f} %, median error ≤ "
                f"{100 * DIFFICULTY_MEDIAN_TOLERANCE:.0f} %, US share within "
                f"±{US_SHARE_TOLERANCE_PP:g} points) were written into "
                "`experiments/validation.py` before the first run. No parameter is fitted "
                "and no calibration window is used: start values come from rows dated on or "
                "before the start (the US share is CBECI's average of September 2021 to "
                "January 2022); behavioural knobs keep their defaults. Caveat: some defaults "
                "are sourced from 2024-2025 reports (operating cost, power prices, ASIC "
                "improvement rate), which overlap the tested years. The one choice made after "
                "a first look is `ai_demand_scale = 0` (reason in the table below); the line "
                "above reports the run with AI demand on.",
            ],
        )
    )
    report.tables.append(
        (
            "Backtest: what the run starts from (all dated on or before 2022-01)",
            ["| knob | value | from |", "| --- | --- | --- |"]
            + [f"| `{k}` | {v} | {w} |" for k, v, w in provenance],
        )
    )
    report.tables.append(
        (
            f"Backtest: difficulty at every retarget (tolerance ±{100 * DIFFICULTY_TOLERANCE:.0f} "
            "%, stated before the run)",
            [
                "| epoch from block | date | observed (T) | model (T) | error | within |",
                "| --- | --- | --- | --- | --- | --- |",
            ]
            + [
                f"| {int(r.height):,} | {r.date.date()} | {r.observed / 1e12:.2f} | "
                f"{r.model / 1e12:.2f} | {100 * r.error:+.1f} % | "
                f"{'yes' if abs(r.error) <= DIFFICULTY_TOLERANCE else '**no**'} |"
                for r in errors.itertuples()
            ],
        )
    )
    fig, axes = plt.subplots(1, 3, figsize=(14, 4.2))
    ax = axes[0]
    ax.plot(frame["date"], frame["difficulty"] / 1e12, label="model")
    ax.plot(errors["date"], errors["observed"] / 1e12, "o", ms=2.5, label="observed retargets")
    ax.set(title="Difficulty (T)", yscale="log")
    ax.legend(fontsize=8)
    ax = axes[1]
    colours = np.where(within, "#48c", "#c44")
    ax.bar(errors["date"], 100 * errors["error"], width=10, color=colours)
    for bound in (-DIFFICULTY_TOLERANCE, DIFFICULTY_TOLERANCE):
        ax.axhline(100 * bound, color="grey", ls=":", lw=0.8)
    ax.axhline(0, color="black", lw=0.6)
    ax.set(title="Difficulty error at each retarget (%)", ylabel="model / observed − 1 (%)")
    ax = axes[2]
    ax.plot(frame["date"], frame["us_share_pct"], label="model")
    if share_points:
        dates, observed, _ = zip(*share_points, strict=True)
        ax.errorbar(
            dates,
            observed,
            yerr=US_SHARE_TOLERANCE_PP,
            fmt="o",
            ms=4,
            capsize=3,
            label="observed (±5 points)",
        )
    ax.axhline(
        100 * knobs["us_hashrate_share"],
        color="grey",
        ls=":",
        lw=0.8,
        label="start (CBECI Sep 2021-Jan 2022)",
    )
    ax.set(title="US share of network hashrate (%)", ylim=(0, 60))
    ax.legend(fontsize=8)
    for ax in axes:
        ax.tick_params(axis="x", labelrotation=30)
    fig.tight_layout()
    write_atomically(figures / "backtest.png", lambda tmp: fig.savefig(tmp, dpi=110, format="png"))
    plt.close(fig)
    report.figures.append(
        (
            "backtest.png",
            "Backtest from 2022-01-03 on the observed BTC path: difficulty against every "
            "retarget, the error at each (red: outside ±25 %), and the US share.",
        )
    )


# ---------------------------------------------------------------- 5. stylized facts


def _mean_final(effort: Effort, column: Callable[[pd.DataFrame], float], **knobs) -> float:
    return float(
        np.mean(
            [column(_run(seed=seed, n_miners=effort.n_miners, **knobs)) for seed in effort.seeds]
        )
    )


def check_stylized_facts(report: Report, figures: Path, effort: Effort, tmp: Path) -> None:
    """Halving squeeze, drawdown, grid policy, no AI demand — several seeds each."""
    section = "5. Stylized facts"
    # (a) Halving: hashprice falls and mining MW falls around it (flat price, no volatility).
    ratios, mining_drop = [], []
    for seed in effort.seeds:
        frame = _run(
            seed=seed,
            n_miners=effort.n_miners,
            horizon_years=3.0,
            btc_volatility_annual=0.0,
            btc_drift_annual=0.0,
        )
        tick = int(np.argmax(frame["block_subsidy_btc"].to_numpy() < 3.0))
        before, after = frame.iloc[tick - 4], frame.iloc[min(tick + 12, len(frame) - 1)]
        ratios.append(after["hashprice_usd_per_ph_day"] / before["hashprice_usd_per_ph_day"])
        mining_drop.append(after["mw_mining"] - before["mw_mining"])
    report.add(
        section,
        "after the 2028 halving hashprice falls",
        f"× {np.mean(ratios):.2f} (12 weeks after vs 4 before)",
        "roughly halves",
        "× 0.4–0.75 (difficulty adjusts as miners leave)",
        0.4 <= np.mean(ratios) <= 0.75,
        f"{len(ratios)} seeds, flat BTC price",
    )
    report.add(
        section,
        "after the halving, mining MW running falls (curtail, exit or pivot)",
        f"{np.mean(mining_drop):+.0f} MW",
        "a fall",
        "< 0",
        np.mean(mining_drop) < 0,
    )
    # (b) A 30 % drawdown over four weeks raises the MW leaving mining within a year.
    start = PowerMarketScenario().start_date
    flat = tmp / "flat.csv"
    crash = tmp / "crash.csv"
    dates = [start, start + dt.timedelta(days=28), start + dt.timedelta(days=400)]
    pd.DataFrame({"date": dates, "price_usd": [91_000.0] * 3}).to_csv(flat, index=False)
    pd.DataFrame({"date": dates, "price_usd": [91_000.0, 63_700.0, 63_700.0]}).to_csv(
        crash, index=False
    )

    def left_mining(frame: pd.DataFrame) -> float:
        last = frame.iloc[-1]
        return float(last["mw_sites_total"] - last["mw_mining"])

    knobs = dict(horizon_years=1.0, btc_volatility_annual=0.0)
    base = _mean_final(effort, left_mining, btc_price_csv=str(flat), **knobs)
    drop = _mean_final(effort, left_mining, btc_price_csv=str(crash), **knobs)
    report.add(
        section,
        "a 30 % BTC drawdown (as November 2025) raises MW not mining a year later",
        f"{drop:,.0f} MW vs {base:,.0f} MW with a flat price",
        "more MW leaves mining",
        "drawdown > flat",
        drop > base,
        f"{len(effort.seeds)} seeds; MW not mining = sites − mining MW running",
    )

    # (c) AI-priority grid policy vs first come.
    def on_ai(frame: pd.DataFrame) -> float:
        return float(frame.iloc[-1][AI_MW_COLUMNS].sum())

    policy = {
        p: _mean_final(effort, on_ai, grid_policy=p, horizon_years=3.0)
        for p in ("first_come", "ai_priority")
    }
    report.add(
        section,
        "an AI-priority grid policy moves more miner sites to AI than first come",
        f"{policy['ai_priority']:,.0f} MW vs {policy['first_come']:,.0f} MW after 3 years",
        "more under ai_priority",
        "ai_priority > first_come",
        policy["ai_priority"] > policy["first_come"],
        "MW leased, converting, hosting or acquired. Mechanism: ai_priority fast-tracks AI "
        "requests (greenfield and miners' brownfield) and sheds mining first in scarcity; "
        "faster greenfield service also lowers hyperscalers' need for miners' sites",
    )
    # (d) No AI demand: nothing leases or converts.
    none = _mean_final(effort, on_ai, ai_demand_scale=0.0, horizon_years=3.0)
    report.add(
        section,
        "with no AI demand nothing leases or converts",
        f"{none:,.0f} MW",
        "0 MW",
        "exactly 0",
        none == 0.0,
    )
    fig, ax = plt.subplots(figsize=(6, 3.5))
    labels = ["flat price", "30 % drawdown", "first come", "AI priority", "no AI demand"]
    values = [base, drop, policy["first_come"], policy["ai_priority"], none]
    ax.bar(labels, values, color=["#999", "#c44", "#999", "#48c", "#ccc"])
    ax.set(ylabel="MW", title="Stylized facts (MW not mining after 1 y | MW on AI after 3 y)")
    ax.tick_params(axis="x", labelsize=8)
    fig.tight_layout()
    write_atomically(
        figures / "stylized_facts.png", lambda tmp: fig.savefig(tmp, dpi=110, format="png")
    )
    plt.close(fig)
    report.figures.append(
        ("stylized_facts.png", "Stylized facts: drawdown and grid policy comparisons.")
    )


# ---------------------------------------------------------------- the report


def render_markdown(report: Report, effort: Effort, figures_dir: str) -> str:
    """The Markdown report."""
    lines = [
        "# gridrush validation report",
        "",
        "Regenerate with `gridrush validate` (writes this file and `docs/validation/*.png`).",
        f"Generated {dt.date.today()} with {len(effort.seeds)} seed(s) per comparison and "
        f"{effort.n_miners} miners per run. Every check shows the model's figure beside the "
        "observed "
        "one, the tolerance and the verdict; no parameter was tuned to a check.",
        "",
        f"**{sum(c.passed is True for c in report.checks)} passed, {report.n_failed} failed, "
        f"{sum(c.passed is None for c in report.checks)} without data or reported only.**",
        "",
    ]
    section = None
    for check in report.checks:
        if check.section != section:
            section = check.section
            lines += [
                "",
                f"## {section}",
                "",
                "| check | model | observed | tolerance | verdict | note |",
                "| --- | --- | --- | --- | --- | --- |",
            ]
        verdict = (
            "reported" if check.tolerance == "reported, not judged" else _verdict(check.passed)
        )
        cells = [check.name, check.model, check.observed, check.tolerance, verdict, check.note]
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    for title, rows in report.tables:
        lines += ["", f"## {title}", "", *rows]
    if report.figures:
        lines += ["", "## Figures", ""]
        for name, caption in report.figures:
            lines += [f"![{caption}]({figures_dir}/{name})", "", f"*{caption}*", ""]
    failed = [c for c in report.checks if c.passed is False]
    lines += ["", "## Failures and what would fix them", ""]
    if not failed:
        lines.append("None in this run.")
    for check in failed:
        lines.append(
            f"- **{check.name}**: model {check.model}, observed {check.observed}. "
            + (check.fix or FIXES.get(check.section, ""))
        )
    return "\n".join(lines) + "\n"


FIXES = {
    "1. Protocol exactness": "A protocol mismatch is a bug in abm/economics/bitcoin.py or a "
    "wrong row in the data.",
    "2. Hashprice": "Check the fees per block of that day (the default is a 2025 mean) and the "
    "difficulty quoted.",
    "3. The seed article's figures": "Review grid capacity additions in abm/data/regions.csv "
    "and the AI demand path.",
    BACKTEST_SECTION: "The rest of the world's entry and exit (rest_of_world_* knobs) set the "
    "difficulty path; nothing was tuned to the tested years.",
    "5. Stylized facts": "A failure here is a finding to report, not a number to tune: see the "
    "note "
    "for the mechanism (docs/ODD.md §7). For the grid policy, ai_priority serves greenfield AI so "
    "much faster (halved lead times) that hyperscalers need fewer miner sites; a policy that "
    "fast-tracked only brownfield conversions would reverse it.",
}


def write_validation_report(docs_dir: Path, quick: bool = False) -> Report:
    """Run every check and write ``validation.md`` and its figures into ``docs_dir``.

    Args:
        docs_dir: Folder for ``validation.md``; figures go to ``docs_dir/validation/``.
        quick: Fewer seeds and miners (the test suite's setting).

    Returns:
        The report (``n_failed`` counts failed checks).
    """
    effort = QUICK if quick else FULL
    figures = docs_dir / "validation"
    figures.mkdir(parents=True, exist_ok=True)
    tmp = figures / ".paths"
    tmp.mkdir(exist_ok=True)
    report = Report()
    check_protocol(report)
    check_hashprice(report, figures)
    check_seed_figures(report, figures, effort)
    check_backtest(report, figures, effort)
    check_stylized_facts(report, figures, effort, tmp)
    for path in tmp.iterdir():
        path.unlink()
    tmp.rmdir()
    write_text_atomically(docs_dir / "validation.md", render_markdown(report, effort, "validation"))
    return report
