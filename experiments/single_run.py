"""One run of a scenario: Parquet tables, the resolved scenario, a figure and a summary."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from abm import PowerMarketModel  # noqa: E402
from experiments.atomic import write_atomically  # noqa: E402
from experiments.scenario_files import write_resolved  # noqa: E402

STATUS_COLUMNS = {
    "mining": "mw_mining",
    "curtailed": "mw_curtailed",
    "leased": "mw_leased",
    "converting": "mw_converting",
    "HPC": "mw_hpc",
    "idle / on sale": "mw_idle",
    "acquired": "mw_acquired",
}


@dataclass
class RunResult:
    """What one run produced.

    Attributes:
        model_frame: Model columns per tick.
        agent_frame: Miner state per tick (index Step, AgentID).
        wall_seconds: Time the model took to build and run.
    """

    model_frame: pd.DataFrame
    agent_frame: pd.DataFrame
    wall_seconds: float


def simulate(knobs: dict[str, Any], keep_agents: bool = True) -> RunResult:
    """Build and run a model with fully resolved ``knobs``."""
    start = time.perf_counter()
    model = PowerMarketModel(**knobs)
    model.run()
    seconds = time.perf_counter() - start
    agents = model.datacollector.get_agent_vars_dataframe() if keep_agents else pd.DataFrame()
    return RunResult(model.datacollector.get_model_vars_dataframe(), agents, seconds)


def fresh_run_folder(root: Path, name: str) -> Path:
    """A new folder ``root/<name>-<timestamp>`` (never an existing one)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = root / f"{name}-{stamp}"
    suffix = 1
    while folder.exists():
        suffix += 1
        folder = root / f"{name}-{stamp}-{suffix}"
    return folder


def write_parquet_atomically(frame: pd.DataFrame, path: Path) -> None:
    """Write ``frame`` (index kept) to ``path`` atomically (:mod:`experiments.atomic`)."""
    write_atomically(path, lambda tmp: frame.to_parquet(tmp, index=True))


def market_structure_png(frame: pd.DataFrame, path: Path, title: str) -> None:
    """Stacked area of miner-site MW by status over time."""
    dates = pd.to_datetime(frame["date"])
    fig = Figure(figsize=(8, 4))
    ax = fig.subplots()
    ax.stackplot(
        dates, [frame[c] / 1000 for c in STATUS_COLUMNS.values()], labels=list(STATUS_COLUMNS)
    )
    ax.set(ylabel="GW of miner sites", title=title)
    ax.legend(loc="upper left", fontsize=7, ncol=4, frameon=False)
    ax.set_ylim(0, float(frame["mw_sites_total"].max()) / 1000 * 1.3)
    fig.tight_layout()
    write_atomically(path, lambda tmp: fig.savefig(tmp, dpi=110, format="png"))


def write_run(result: RunResult, folder: Path, knobs: dict[str, Any], description: str) -> None:
    """Write model.parquet, agents.parquet, scenario.toml and market_structure.png."""
    folder.mkdir(parents=True, exist_ok=True)
    model_frame = result.model_frame.copy()
    model_frame["date"] = pd.to_datetime(model_frame["date"])
    write_parquet_atomically(model_frame, folder / "model.parquet")
    agents = result.agent_frame.copy()
    for column in ("name", "region", "status"):
        if column in agents:
            agents[column] = agents[column].astype(str)
    write_parquet_atomically(agents, folder / "agents.parquet")
    write_atomically(folder / "scenario.toml", lambda tmp: write_resolved(tmp, knobs, description))
    market_structure_png(
        result.model_frame,
        folder / "market_structure.png",
        f"Market structure — {description[:60]}",
    )


def summary_rows(frame: pd.DataFrame) -> list[tuple[str, str]]:
    """The market structure a run ends in, as (label, value with unit) rows."""
    last = frame.iloc[-1]
    first = frame.iloc[0]
    total = last["mw_sites_total"]
    rows = [("date", str(last["date"]))]
    for label, column in STATUS_COLUMNS.items():
        share = 100 * last[column] / total if total else 0.0
        rows.append((f"MW {label}", f"{last[column]:,.0f} MW ({share:.0f} %)"))
    rows += [
        (
            "miners mining / leasing / converting / HPC / exited",
            f"{last['miners_mining']} / {last['miners_leasing']} / {last['miners_converting']} / "
            f"{last['miners_hpc']} / {last['miners_exited']}",
        ),
        ("BTC price", f"{last['btc_price_usd']:,.0f} USD (start {first['btc_price_usd']:,.0f})"),
        (
            "hashprice",
            f"{last['hashprice_usd_per_ph_day']:.2f} USD/PH/day "
            f"(start {first['hashprice_usd_per_ph_day']:.2f})",
        ),
        ("network hashrate", f"{last['network_hashrate_ehs']:,.0f} EH/s"),
        (
            "AI demand / served / gap",
            f"{last['ai_demand_mw'] / 1000:,.1f} / {last['ai_served_mw'] / 1000:,.1f} / "
            f"{last['ai_unserved_mw'] / 1000:,.1f} GW",
        ),
        (
            "lease price (last trade)",
            f"{last['lease_price_usd_per_kw_month']:.1f} USD/kW IT-month"
            if pd.notna(last["lease_price_usd_per_kw_month"])
            else "no lease traded",
        ),
        ("miner value", f"{last['miner_value_usd_per_w']:.2f} USD/W"),
        ("concentration of power (HHI)", f"{last['hhi_power']:,.0f} (0-10,000)"),
    ]
    return rows
