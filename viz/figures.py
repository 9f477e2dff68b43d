"""The six views of the visual session, as matplotlib figures built from a model.

Each function takes a :class:`abm.PowerMarketModel` and returns a ``matplotlib.figure.Figure``
(no pyplot state, so figures are safe across threads and sessions). Every number drawn comes
from the model's data collector or agents, with its unit on the axis. The time-series views
are built once per model and updated in place each tick (new data on the same axes), which
is what keeps a tick cheap to draw; the snapshot views (regions, leases) are rebuilt.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

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


@dataclass
class LiveView:
    """A figure kept per model and updated in place every tick (axes and ticks are reused).

    Attributes:
        figure: The figure.
        axes: Named axes.
        lines: Line artists fed from a model column: (line, column, divisor).
        redrawn: Artists rebuilt every tick (stacked areas, filled gaps, halving marks).
    """

    figure: Figure
    axes: dict[str, Any]
    lines: list[tuple[Any, str, float]] = field(default_factory=list)
    redrawn: list[Any] = field(default_factory=list)
    bars: dict[str, Any] = field(default_factory=dict)
    price_markers: Any = None


_LIVE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _live(model: PowerMarketModel, name: str, build: Callable, update: Callable) -> Figure:
    """The view ``name`` of ``model``: built once, then brought up to the model's tick."""
    views = _LIVE.setdefault(model, {})
    if name not in views:
        views[name] = build(model)
    view = views[name]
    frame = model_frame(model)
    for artist in view.redrawn:
        artist.remove()
    view.redrawn.clear()
    for line, column, divisor in view.lines:
        line.set_data(frame["date"].to_numpy(), frame[column].to_numpy(float) / divisor)
    update(view, frame)
    for ax in view.axes.values():
        ax.relim()
        ax.autoscale_view(scalex=False)
    return view.figure


def _line(view: LiveView, ax, column: str, divisor: float = 1.0, **style) -> Any:
    (line,) = ax.plot([], [], **style)
    view.lines.append((line, column, divisor))
    return line


def _redraw_halvings(view: LiveView, frame: pd.DataFrame, axes: list) -> None:
    change = frame["block_subsidy_btc"].diff().fillna(0) < 0
    for date in frame.loc[change, "date"]:
        for ax in axes:
            view.redrawn.append(ax.axvline(date, color="#d62728", ls="--", lw=0.9))
        view.redrawn.append(
            axes[0].annotate(
                "halving",
                (date, 1.0),
                xycoords=("data", "axes fraction"),
                fontsize=7,
                color="#d62728",
                ha="left",
                va="top",
                rotation=90,
            )
        )


def _build_market_structure(model: PowerMarketModel) -> LiveView:
    fig = Figure(figsize=FIGSIZE)
    ax = fig.subplots()
    ax.set(ylabel="GW of miner sites", title="Market structure: miner sites by status")
    ax.title.set_size(9)
    handles = [Patch(color=color, label=label) for label, (_, color) in STATUS_COLUMNS.items()]
    ax.legend(handles=handles, loc="upper left", fontsize=6, ncol=4, frameon=False)
    _time_axis(ax, model)
    _finish(fig)
    return LiveView(fig, {"main": ax})


def _update_market_structure(view: LiveView, frame: pd.DataFrame) -> None:
    ax = view.axes["main"]
    view.redrawn.extend(
        ax.stackplot(
            frame["date"],
            [frame[column] / 1000 for column, _ in STATUS_COLUMNS.values()],
            colors=[color for _, color in STATUS_COLUMNS.values()],
        )
    )
    ax.set_ylim(0, max(float(frame["mw_sites_total"].max()) / 1000 * 1.25, 0.1))


def market_structure_figure(model: PowerMarketModel) -> Figure:
    """Stacked area of miner-site MW by status over time."""
    return _live(model, "market_structure", _build_market_structure, _update_market_structure)


def _build_miner_economics(model: PowerMarketModel) -> LiveView:
    fig = Figure(figsize=(FIGSIZE[0], 4.6))
    price_ax, hashprice_ax, network_ax = fig.subplots(3, 1, sharex=True)
    difficulty_ax = network_ax.twinx()
    view = LiveView(
        fig,
        {
            "price": price_ax,
            "hashprice": hashprice_ax,
            "network": network_ax,
            "difficulty": difficulty_ax,
        },
    )
    _line(view, price_ax, "btc_price_usd", 1000, color="#f2a900")
    price_ax.set(ylabel="BTC (kUSD)", title="Miner economics")
    price_ax.title.set_size(9)
    _line(view, hashprice_ax, "hashprice_usd_per_ph_day", label="hashprice")
    _line(
        view,
        hashprice_ax,
        "fleet_breakeven_hashprice_usd_per_ph_day",
        ls="--",
        label="modelled fleet's breakeven (power only)",
    )
    hashprice_ax.set(ylabel="USD/PH/day")
    hashprice_ax.legend(fontsize=6, frameon=False)
    hashrate = _line(
        view, network_ax, "network_hashrate_ehs", color="#444", label="network hashrate"
    )
    difficulty = _line(
        view, difficulty_ax, "difficulty", 1e12, color="#9467bd", ls=":", label="difficulty"
    )
    network_ax.set(ylabel="EH/s")
    difficulty_ax.set_ylabel("difficulty (T)", fontsize=8)
    network_ax.legend(
        [hashrate, difficulty],
        ["network hashrate", "difficulty"],
        fontsize=6,
        frameon=False,
        loc="upper left",
    )
    for ax in (price_ax, hashprice_ax, network_ax):
        _time_axis(ax, model)
    _finish(fig)
    return view


def _update_miner_economics(view: LiveView, frame: pd.DataFrame) -> None:
    _redraw_halvings(
        view, frame, [view.axes["price"], view.axes["hashprice"], view.axes["network"]]
    )


def miner_economics_figure(model: PowerMarketModel) -> Figure:
    """BTC price; hashprice against the fleet's breakeven; network hashrate and difficulty."""
    return _live(model, "miner_economics", _build_miner_economics, _update_miner_economics)


def _build_power_gap(model: PowerMarketModel) -> LiveView:
    fig = Figure(figsize=FIGSIZE)
    ax = fig.subplots()
    price_ax = ax.twinx()
    view = LiveView(fig, {"main": ax, "price": price_ax})
    demand = _line(view, ax, "ai_demand_mw", 1000, label="AI demand", color="#333")
    served = _line(view, ax, "ai_served_mw", 1000, label="served", color="#2ca02c")
    on_sites = _line(
        view,
        ax,
        "ai_served_by_miner_sites_mw",
        1000,
        label="served on miners' sites",
        color="#2b8cbe",
    )
    price = _line(
        view,
        price_ax,
        "lease_price_usd_per_kw_month",
        color="#ff7f0e",
        ls="--",
        label="lease price",
    )
    ax.set(ylabel="GW", title="The power gap")
    ax.title.set_size(9)
    price_ax.set_ylabel("lease price (USD/kW IT-month)", fontsize=8)
    gap = Patch(color="#d62728", alpha=0.25, label="unserved (gap)")
    ax.legend(
        handles=[demand, served, on_sites, price, gap], fontsize=6, frameon=False, loc="upper left"
    )
    _time_axis(ax, model)
    _finish(fig)
    return view


def _update_power_gap(view: LiveView, frame: pd.DataFrame) -> None:
    view.redrawn.append(
        view.axes["main"].fill_between(
            frame["date"],
            frame["ai_served_mw"] / 1000,
            frame["ai_demand_mw"] / 1000,
            color="#d62728",
            alpha=0.25,
        )
    )


def power_gap_figure(model: PowerMarketModel) -> Figure:
    """AI demand, served and unserved MW, and the lease price."""
    return _live(model, "power_gap", _build_power_gap, _update_power_gap)


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


HOLDERS = (
    ("mining_mw", "miners (mining or idle)", "#f2a900"),
    ("ai_landlords_mw", "miners as AI landlords / hosts", "#2b8cbe"),
    ("hyperscalers_mw", "hyperscalers (sites and grid)", "#7a0177"),
    ("unsold_mw", "insolvent, on sale", "#bdbdbd"),
)


def _build_regions(model: PowerMarketModel) -> LiveView:
    regions = list(model.region_names)
    fig = Figure(figsize=(FIGSIZE[0], 4.2))
    grid_ax, holders_ax = fig.subplots(2, 1)
    price_ax = grid_ax.twinx()
    view = LiveView(fig, {"grid": grid_ax, "price": price_ax, "holders": holders_ax})
    x = np.arange(len(regions))
    zeros = np.zeros(len(regions))
    view.bars = {
        "headroom": grid_ax.bar(x - 0.2, zeros, width=0.4, color="#74c476"),
        "queue": grid_ax.bar(x + 0.2, zeros, width=0.4, color="#fd8d3c"),
        **{column: holders_ax.bar(x, zeros, color=color) for column, _, color in HOLDERS},
    }
    (view.price_markers,) = price_ax.plot(x, zeros, "kD", ms=4)
    grid_ax.set_xticks(x, regions)
    grid_ax.set(ylabel="GW", title="Regions: grid headroom, queue and power price")
    grid_ax.title.set_size(9)
    price_ax.set_ylabel("USD/MWh", fontsize=8)
    grid_ax.legend(
        [view.bars["headroom"], view.bars["queue"], view.price_markers],
        ["headroom", "queue", "power price"],
        fontsize=6,
        frameon=False,
        loc="upper right",
    )
    holders_ax.set_xticks(x, regions)
    holders_ax.set(ylabel="GW", title="Who holds each region's large-load MW")
    holders_ax.title.set_size(9)
    holders_ax.legend(
        [view.bars[column] for column, _, _ in HOLDERS],
        [label for _, label, _ in HOLDERS],
        fontsize=6,
        frameon=False,
        ncol=2,
    )
    _finish(fig)
    return view


def regions_figure(model: PowerMarketModel) -> Figure:
    """Per region: headroom and queue, power price, and who holds its MW."""
    views = _LIVE.setdefault(model, {})
    if "regions" not in views:
        views["regions"] = _build_regions(model)
    view = views["regions"]
    table = region_table(model)
    for name, column in (("headroom", "headroom_mw"), ("queue", "queue_mw")):
        for bar, value in zip(view.bars[name], table[column] / 1000, strict=True):
            bar.set_height(value)
    bottom = np.zeros(len(table))
    for column, _, _ in HOLDERS:
        heights = table[column].to_numpy() / 1000
        for bar, height, base in zip(view.bars[column], heights, bottom, strict=True):
            bar.set_y(base)
            bar.set_height(height)
        bottom += heights
    view.price_markers.set_ydata(table["power_price_usd_per_mwh"].to_numpy())
    top = max(float(table[["headroom_mw", "queue_mw"]].to_numpy().max()) / 1000, 0.1)
    view.axes["grid"].set_ylim(0, top * 1.25)
    view.axes["price"].set_ylim(0, max(float(table["power_price_usd_per_mwh"].max()) * 1.25, 1.0))
    view.axes["holders"].set_ylim(0, max(float(bottom.max()), 0.1) * 1.3)
    return view.figure


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
    """Bipartite network: miner firms (left) to hyperscalers (right), line width by MW.

    Contracts change rarely: the figure is redrawn only when the flows do.
    """
    flows = lease_flows(model)
    views = _LIVE.setdefault(model, {})
    cached = views.get("lease_network")
    if cached is not None and cached[0].equals(flows):
        return cached[1]
    figure = _draw_lease_network(model, flows, max_miners)
    views["lease_network"] = (flows, figure)
    return figure


def _draw_lease_network(model: PowerMarketModel, flows: pd.DataFrame, max_miners: int) -> Figure:
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


def _build_concentration(model: PowerMarketModel) -> LiveView:
    fig = Figure(figsize=(FIGSIZE[0], 2.6))
    ax = fig.subplots()
    view = LiveView(fig, {"main": ax})
    _line(view, ax, "hhi_power", color="#7a0177")
    start = model.dates[0].year + (model.dates[0].day_of_year - 1) / 365.25
    for level, text, style in (
        (2500, "highly concentrated (2,500)", "--"),
        (1500, "moderately concentrated (1,500)", ":"),
    ):
        ax.axhline(level, color="#999", ls=style, lw=0.8)
        ax.text(start, level, f" {text}", fontsize=6, va="bottom", color="#666")
    ax.set(ylabel="HHI (0–10,000)", title="Concentration of control of power (HHI of MW by firm)")
    ax.title.set_size(9)
    _time_axis(ax, model)
    _finish(fig)
    return view


def _update_concentration(view: LiveView, frame: pd.DataFrame) -> None:
    view.axes["main"].set_ylim(0, max(3000, float(frame["hhi_power"].max()) * 1.1))


def concentration_figure(model: PowerMarketModel) -> Figure:
    """HHI of control of miner-site power over time, with the DOJ thresholds."""
    return _live(model, "concentration", _build_concentration, _update_concentration)


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
