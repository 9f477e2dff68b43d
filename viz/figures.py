"""The six views of the visual session, as matplotlib figures built from a model.

Each function takes a :class:`abm.PowerMarketModel` and returns a ``matplotlib.figure.Figure``
(no pyplot state, so figures are safe across threads and sessions). Every number drawn comes
from the model's data collector or agents, with its unit on the axis.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from abm import MinerStatus, PowerMarketModel

STATUS_COLUMNS = {
    "mining": ("mw_mining", "#f2a900"),
    "curtailed": ("mw_curtailed", "#f7d88c"),
    "leased": ("mw_leased", "#2b8cbe"),
    "converting": ("mw_converting", "#a6bddb"),
    "HPC": ("mw_hpc", "#045a8d"),
    "idle": ("mw_idle", "#bdbdbd"),
    "acquired": ("mw_acquired", "#7a0177"),
}
FIGSIZE = (6.4, 3.4)


def model_frame(model: PowerMarketModel) -> pd.DataFrame:
    """The model's collected columns; ``date`` as a decimal year (fast to draw on an axis)."""
    frame = model.datacollector.get_model_vars_dataframe()
    stamps = pd.to_datetime(frame["date"])
    frame["date"] = stamps.dt.year + (stamps.dt.day_of_year - 1) / 365.25
    return frame


def _mark_halvings(ax, frame: pd.DataFrame) -> None:
    change = frame["block_subsidy_btc"].diff().fillna(0) < 0
    for date in frame.loc[change, "date"]:
        ax.axvline(date, color="#d62728", ls="--", lw=0.9)
        ax.annotate(
            "halving",
            (date, 1.0),
            xycoords=("data", "axes fraction"),
            fontsize=7,
            color="#d62728",
            ha="left",
            va="top",
            rotation=90,
        )


def _time_axis(ax, model: PowerMarketModel) -> None:
    """Fix the x axis to the run's whole horizon, so the picture grows tick by tick."""
    start, end = model.dates[0], model.dates[-1]
    ax.set_xlim(
        start.year + (start.day_of_year - 1) / 365.25, end.year + (end.day_of_year - 1) / 365.25
    )


def _finish(fig: Figure) -> Figure:
    for ax in fig.axes:
        ax.tick_params(labelsize=7)
        formatter = ax.xaxis.get_major_formatter()
        if hasattr(formatter, "set_useOffset"):
            formatter.set_useOffset(False)
        ax.xaxis.label.set_size(8)
        ax.yaxis.label.set_size(8)
    fig.subplots_adjust(left=0.1, right=0.88, top=0.9, bottom=0.12, hspace=0.45)
    return fig


def market_structure_figure(model: PowerMarketModel) -> Figure:
    """Stacked area of miner-site MW by status over time."""
    frame = model_frame(model)
    fig = Figure(figsize=FIGSIZE)
    ax = fig.subplots()
    labels = list(STATUS_COLUMNS)
    ax.stackplot(
        frame["date"],
        [frame[column] / 1000 for column, _ in STATUS_COLUMNS.values()],
        labels=labels,
        colors=[color for _, color in STATUS_COLUMNS.values()],
    )
    ax.set(ylabel="GW of miner sites", title="Market structure: miner sites by status")
    ax.title.set_size(9)
    ax.legend(loc="upper left", fontsize=6, ncol=4, frameon=False)
    ax.set_ylim(0, max(float(frame["mw_sites_total"].max()) / 1000 * 1.25, 0.1))
    _time_axis(ax, model)
    return _finish(fig)


def miner_economics_figure(model: PowerMarketModel) -> Figure:
    """BTC price; hashprice against the fleet's breakeven; network hashrate and difficulty."""
    frame = model_frame(model)
    fig = Figure(figsize=(FIGSIZE[0], 4.6))
    price_ax, hashprice_ax, network_ax = fig.subplots(3, 1, sharex=True)
    price_ax.plot(frame["date"], frame["btc_price_usd"] / 1000, color="#f2a900")
    price_ax.set(ylabel="BTC (kUSD)", title="Miner economics")
    price_ax.title.set_size(9)
    hashprice_ax.plot(frame["date"], frame["hashprice_usd_per_ph_day"], label="hashprice")
    hashprice_ax.plot(
        frame["date"],
        frame["fleet_breakeven_hashprice_usd_per_ph_day"],
        ls="--",
        label="modelled fleet's breakeven (power only)",
    )
    hashprice_ax.set(ylabel="USD/PH/day")
    hashprice_ax.legend(fontsize=6, frameon=False)
    network_ax.plot(
        frame["date"], frame["network_hashrate_ehs"], color="#444", label="network hashrate"
    )
    network_ax.set(ylabel="EH/s")
    difficulty_ax = network_ax.twinx()
    difficulty_ax.plot(
        frame["date"], frame["difficulty"] / 1e12, color="#9467bd", ls=":", label="difficulty"
    )
    difficulty_ax.set_ylabel("difficulty (T)", fontsize=8)
    lines = network_ax.get_lines() + difficulty_ax.get_lines()
    network_ax.legend(
        lines, [line.get_label() for line in lines], fontsize=6, frameon=False, loc="upper left"
    )
    for ax in (price_ax, hashprice_ax, network_ax):
        _mark_halvings(ax, frame)
        _time_axis(ax, model)
    return _finish(fig)


def power_gap_figure(model: PowerMarketModel) -> Figure:
    """AI demand, served and unserved MW, and the lease price."""
    frame = model_frame(model)
    fig = Figure(figsize=FIGSIZE)
    ax = fig.subplots()
    ax.plot(frame["date"], frame["ai_demand_mw"] / 1000, label="AI demand", color="#333")
    ax.plot(frame["date"], frame["ai_served_mw"] / 1000, label="served", color="#2ca02c")
    ax.fill_between(
        frame["date"],
        frame["ai_served_mw"] / 1000,
        frame["ai_demand_mw"] / 1000,
        color="#d62728",
        alpha=0.25,
        label="unserved (gap)",
    )
    ax.plot(
        frame["date"],
        frame["ai_served_by_miner_sites_mw"] / 1000,
        label="served on miners' sites",
        color="#2b8cbe",
    )
    ax.set(ylabel="GW", title="The power gap")
    _time_axis(ax, model)
    ax.title.set_size(9)
    price_ax = ax.twinx()
    price_ax.plot(
        frame["date"],
        frame["lease_price_usd_per_kw_month"],
        color="#ff7f0e",
        ls="--",
        label="lease price",
    )
    price_ax.set_ylabel("lease price (USD/kW IT-month)", fontsize=8)
    lines = ax.get_lines() + price_ax.get_lines()
    ax.legend(
        lines + ax.collections[-1:],
        [line.get_label() for line in lines] + ["unserved (gap)"],
        fontsize=6,
        frameon=False,
        loc="upper left",
    )
    return _finish(fig)


def region_table(model: PowerMarketModel) -> pd.DataFrame:
    """Per grid region: headroom, queue, power price and MW held by status."""
    fleet = model.fleet
    rows = []
    for r, operator in enumerate(model.grid_operators):
        in_region = fleet.region == r
        held = np.bincount(
            fleet.status[in_region], weights=fleet.mw[in_region], minlength=len(MinerStatus)
        )
        rows.append(
            {
                "region": operator.region,
                "headroom_mw": operator.headroom_mw,
                "queue_mw": operator.queue_mw,
                "power_price_usd_per_mwh": operator.power_price_usd_per_mwh,
                "mining_mw": held[MinerStatus.MINING] + held[MinerStatus.IDLE],
                "ai_landlords_mw": held[MinerStatus.LEASED]
                + held[MinerStatus.HPC]
                + held[MinerStatus.CONVERTING],
                "hyperscalers_mw": held[MinerStatus.ACQUIRED] + operator.granted_ai_mw,
                "unsold_mw": held[MinerStatus.EXITED],
            }
        )
    return pd.DataFrame(rows)


def regions_figure(model: PowerMarketModel) -> Figure:
    """Per region: headroom and queue, power price, and who holds its MW."""
    table = region_table(model)
    fig = Figure(figsize=(FIGSIZE[0], 4.2))
    grid_ax, holders_ax = fig.subplots(2, 1)
    x = np.arange(len(table))
    grid_ax.bar(x - 0.2, table["headroom_mw"] / 1000, width=0.4, label="headroom", color="#74c476")
    grid_ax.bar(x + 0.2, table["queue_mw"] / 1000, width=0.4, label="queue", color="#fd8d3c")
    grid_ax.set_xticks(x, table["region"])
    grid_ax.set(ylabel="GW", title="Regions: grid headroom, queue and power price")
    grid_ax.title.set_size(9)
    price_ax = grid_ax.twinx()
    price_ax.plot(x, table["power_price_usd_per_mwh"], "kD", ms=4, label="power price")
    price_ax.set_ylabel("USD/MWh", fontsize=8)
    price_ax.set_ylim(bottom=0)
    handles = grid_ax.containers + price_ax.get_lines()
    grid_ax.legend(
        handles, ["headroom", "queue", "power price"], fontsize=6, frameon=False, loc="upper right"
    )
    bottom = np.zeros(len(table))
    for column, label, color in (
        ("mining_mw", "miners (mining or idle)", "#f2a900"),
        ("ai_landlords_mw", "miners as AI landlords / hosts", "#2b8cbe"),
        ("hyperscalers_mw", "hyperscalers (sites and grid)", "#7a0177"),
        ("unsold_mw", "insolvent, on sale", "#bdbdbd"),
    ):
        holders_ax.bar(x, table[column] / 1000, bottom=bottom, label=label, color=color)
        bottom += table[column].to_numpy() / 1000
    holders_ax.set_xticks(x, table["region"])
    holders_ax.set(ylabel="GW", title="Who holds each region's large-load MW")
    holders_ax.title.set_size(9)
    holders_ax.legend(fontsize=6, frameon=False, ncol=2)
    return _finish(fig)


def lease_flows(model: PowerMarketModel) -> pd.DataFrame:
    """MW under contract from each miner firm to each hyperscaler (leases, hosting, sites)."""
    fleet = model.fleet
    contracted = (fleet.tenant >= 0) & fleet.in_status(
        MinerStatus.CONVERTING, MinerStatus.LEASED, MinerStatus.HPC, MinerStatus.ACQUIRED
    )
    if not contracted.any():
        return pd.DataFrame(columns=["miner", "hyperscaler", "mw"])
    names = pd.Series(fleet.name[contracted]).str.replace(r" \(.*$", "", regex=True)
    names = names.where(~names.str.startswith("Private miner"), "private miners")
    frame = pd.DataFrame(
        {
            "miner": names.to_numpy(),
            "hyperscaler": [model.hyperscalers[t].name for t in fleet.tenant[contracted]],
            "mw": fleet.mw[contracted],
        }
    )
    return (
        frame.groupby(["miner", "hyperscaler"], as_index=False)["mw"]
        .sum()
        .sort_values("mw", ascending=False)
    )


def lease_network_figure(model: PowerMarketModel, max_miners: int = 12) -> Figure:
    """Bipartite network: miner firms (left) to hyperscalers (right), line width by MW."""
    flows = lease_flows(model)
    fig = Figure(figsize=FIGSIZE)
    ax = fig.subplots()
    ax.set_title("Who leases to whom (MW under contract)", fontsize=9)
    ax.axis("off")
    if flows.empty:
        ax.text(0.5, 0.5, "no contracts yet", ha="center", va="center", fontsize=9, color="#666")
        return _finish(fig)
    top = flows.groupby("miner")["mw"].sum().sort_values(ascending=False)
    keep = list(top.index[:max_miners])
    flows = flows.assign(miner=flows["miner"].where(flows["miner"].isin(keep), "other miners"))
    flows = flows.groupby(["miner", "hyperscaler"], as_index=False)["mw"].sum()
    miners = list(flows.groupby("miner")["mw"].sum().sort_values(ascending=False).index)
    hyperscalers = [h.name for h in model.hyperscalers]
    left = {m: 1 - (i + 0.5) / len(miners) for i, m in enumerate(miners)}
    right = {h: 1 - (i + 0.5) / len(hyperscalers) for i, h in enumerate(hyperscalers)}
    widest = flows["mw"].max()
    for row in flows.itertuples():
        ax.plot(
            [0.3, 0.7],
            [left[row.miner], right[row.hyperscaler]],
            color="#2b8cbe",
            alpha=0.6,
            lw=0.5 + 8 * row.mw / widest,
            solid_capstyle="butt",
        )
    miner_mw = flows.groupby("miner")["mw"].sum()
    hyperscaler_mw = flows.groupby("hyperscaler")["mw"].sum()
    for miner, y in left.items():
        ax.text(
            0.29, y, f"{miner} ({miner_mw[miner]:,.0f} MW)", ha="right", va="center", fontsize=7
        )
    for hyperscaler, y in right.items():
        ax.text(
            0.71,
            y,
            f"{hyperscaler} ({hyperscaler_mw.get(hyperscaler, 0):,.0f} MW)",
            ha="left",
            va="center",
            fontsize=7,
        )
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    return _finish(fig)


def concentration_figure(model: PowerMarketModel) -> Figure:
    """HHI of control of miner-site power over time, with the DOJ thresholds."""
    frame = model_frame(model)
    fig = Figure(figsize=(FIGSIZE[0], 2.6))
    ax = fig.subplots()
    ax.plot(frame["date"], frame["hhi_power"], color="#7a0177")
    ax.axhline(1500, color="#999", ls=":", lw=0.8)
    ax.axhline(2500, color="#999", ls="--", lw=0.8)
    ax.text(
        frame["date"].iloc[0],
        2500,
        " highly concentrated (2,500)",
        fontsize=6,
        va="bottom",
        color="#666",
    )
    ax.text(
        frame["date"].iloc[0],
        1500,
        " moderately concentrated (1,500)",
        fontsize=6,
        va="bottom",
        color="#666",
    )
    ax.set(ylabel="HHI (0–10,000)", title="Concentration of control of power (HHI of MW by firm)")
    ax.title.set_size(9)
    ax.set_ylim(0, max(3000, float(frame["hhi_power"].max()) * 1.1))
    _time_axis(ax, model)
    return _finish(fig)


def largest_firms(model: PowerMarketModel, n: int = 10) -> pd.DataFrame:
    """The firms controlling most MW now: status mix, MW and value per W."""
    table = model.miner_table()
    table["mw"] = table["mw"].astype(float)
    table["value_usd_per_w"] = table["value_usd_per_w"].astype(float)
    table["firm"] = table["name"].astype(str).str.replace(r" \(.*$", "", regex=True)
    active = table[table["status"].astype(str) != "exited"]
    grouped = active.groupby("firm").agg(
        mw=("mw", "sum"),
        status=("status", lambda s: ", ".join(sorted(set(s.astype(str))))),
        value_usd_per_w=("value_usd_per_w", "mean"),
    )
    top = grouped.sort_values("mw", ascending=False).head(n).reset_index()
    top["mw"] = top["mw"].round(1)
    top["value_usd_per_w"] = top["value_usd_per_w"].round(2)
    return top.rename(columns={"mw": "MW", "value_usd_per_w": "value (USD per W)"})
