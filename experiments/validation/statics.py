"""Comparative statics: the model against itself with one input changed, over several seeds.

These are not checks against observations (the report keeps them in a section of their own):
each says which way an outcome should move when an input moves, from the mechanism the ODD
describes, and whether the mean over seeds moves that way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from abm import PowerMarketModel, PowerMarketScenario
from experiments.validation.checks import Static

AI_MW_COLUMNS = ["mw_leased", "mw_converting", "mw_hpc", "mw_acquired"]


def _run(**knobs) -> pd.DataFrame:
    model = PowerMarketModel(**knobs)
    model.run()
    return model.datacollector.get_model_vars_dataframe()


def _mean(
    seeds: Sequence[int], n_miners: int, outcome: Callable[[pd.DataFrame], float], **knobs
) -> float:
    return float(np.mean([outcome(_run(seed=s, n_miners=n_miners, **knobs)) for s in seeds]))


def halving_statics(seeds: Sequence[int], n_miners: int) -> list[Static]:
    """The 2028 halving at a flat BTC price: hashprice falls, mining MW running falls."""
    ratios, drops = [], []
    for seed in seeds:
        frame = _run(
            seed=seed,
            n_miners=n_miners,
            horizon_years=3.0,
            btc_volatility_annual=0.0,
            btc_drift_annual=0.0,
        )
        tick = int(np.argmax(frame["block_subsidy_btc"].to_numpy() < 3.0))
        before, after = frame.iloc[tick - 4], frame.iloc[min(tick + 12, len(frame) - 1)]
        ratios.append(after["hashprice_usd_per_ph_day"] / before["hashprice_usd_per_ph_day"])
        drops.append((after["mw_mining"], before["mw_mining"]))
    ratio = float(np.mean(ratios))
    after_mw, before_mw = (float(v) for v in np.mean(drops, axis=0))
    return [
        Static(
            "hashprice 12 weeks after the 2028 halving over 4 weeks before",
            ratio,
            1.0,
            "× (ratio)",
            "falls to 0.4–0.75 of its level (the subsidy halves; difficulty adjusts as "
            "miners leave)",
            0.4 <= ratio <= 0.75,
            f"{len(seeds)} seeds, flat BTC price",
        ),
        Static(
            "mining MW running, 12 weeks after the halving vs 4 weeks before",
            after_mw,
            before_mw,
            "MW",
            "falls (curtail, exit or pivot)",
            after_mw < before_mw,
            f"{len(seeds)} seeds, flat BTC price",
        ),
    ]


def drawdown_static(seeds: Sequence[int], n_miners: int, scratch: Path) -> Static:
    """A 30 % BTC drawdown over four weeks raises the MW not mining a year later."""
    start = PowerMarketScenario().start_date
    dates = [start, start + dt.timedelta(days=28), start + dt.timedelta(days=400)]
    flat, crash = scratch / "flat.csv", scratch / "crash.csv"
    pd.DataFrame({"date": dates, "price_usd": [91_000.0] * 3}).to_csv(flat, index=False)
    pd.DataFrame({"date": dates, "price_usd": [91_000.0, 63_700.0, 63_700.0]}).to_csv(
        crash, index=False
    )

    def not_mining(frame: pd.DataFrame) -> float:
        last = frame.iloc[-1]
        return float(last["mw_sites_total"] - last["mw_mining"])

    knobs = dict(horizon_years=1.0, btc_volatility_annual=0.0)
    base = _mean(seeds, n_miners, not_mining, btc_price_csv=str(flat), **knobs)
    drop = _mean(seeds, n_miners, not_mining, btc_price_csv=str(crash), **knobs)
    return Static(
        "MW not mining a year after a 30 % BTC drawdown (as November 2025) vs a flat price",
        drop,
        base,
        "MW",
        "more MW leaves mining",
        drop > base,
        f"{len(seeds)} seeds; MW not mining = sites − mining MW running",
    )


def grid_policy_static(seeds: Sequence[int], n_miners: int) -> Static:
    """An AI-priority grid policy against first come: MW of miners' sites on AI after 3 years."""

    def on_ai(frame: pd.DataFrame) -> float:
        return float(frame.iloc[-1][AI_MW_COLUMNS].sum())

    policy = {
        p: _mean(seeds, n_miners, on_ai, grid_policy=p, horizon_years=3.0)
        for p in ("first_come", "ai_priority")
    }
    return Static(
        "MW of miners' sites on AI after 3 years, ai_priority vs first_come grid policy",
        policy["ai_priority"],
        policy["first_come"],
        "MW",
        "more under ai_priority (it fast-tracks miners' brownfield conversions)",
        policy["ai_priority"] > policy["first_come"],
        f"{len(seeds)} seeds; MW leased, converting, hosting or acquired",
        fix="ai_priority fast-tracks greenfield AI as well as brownfield conversions and "
        "halves their lead times, so hyperscalers need fewer miners' sites; a policy that "
        "fast-tracked only brownfield conversions would reverse it (docs/ODD.md §7.4).",
    )


def comparative_statics(seeds: Sequence[int], n_miners: int, scratch: Path) -> list[Static]:
    """Every comparative static of the report."""
    return [
        *halving_statics(seeds, n_miners),
        drawdown_static(seeds, n_miners, scratch),
        grid_policy_static(seeds, n_miners),
    ]
