"""One run of a scenario: Parquet tables, the resolved scenario, a figure and a summary."""

from __future__ import annotations

import datetime as dt
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd

from abm import PowerMarketModel
from abm.views import USES
from experiments.atomic import write_atomically
from experiments.scenario_files import write_resolved

STATUS_COLUMNS = {
    "mining": "mw_mining",
    "curtailed": "mw_curtailed",
    "leased": "mw_leased",
    "mining until AI is energised": "mw_converting_still_mining",
    "converting, not mining": "mw_converting_not_mining",
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


USE_COLOURS = (
    "#f2a900",
    "#c98a00",
    "#f7d88c",
    "#a6bddb",
    "#2b8cbe",
    "#045a8d",
    "#7a0177",
    "#bdbdbd",
)
"""Colour of each use of :data:`abm.views.USES`, in order (mining amber to idle grey)."""


def market_structure_chart(
    source: pd.DataFrame | alt.NamedData,
    title: str = "Miners' sites by use",
    uses: tuple[str, ...] | None = None,
    width: int | str = 720,
    height: int = 260,
    subtitle: tuple[str, ...] = (),
) -> alt.LayerChart:
    """Stacked area of miners' sites' MW by use over time: the market-structure plot.

    The one drawing of the market structure: ``gridrush run`` saves it as
    ``market_structure.png`` and the visual session shows it live, in total, per region and
    per firm. Hovering shows every use's MW at the nearest date; the time axis zooms (wheel)
    and pans (drag), a double click resets it.

    Args:
        source: A table like :func:`abm.views.mw_by_use` (``date`` and one MW column per use),
            or a named data source fed later (the visual session).
        title: Chart title.
        uses: The use columns, in stacking order; :data:`abm.views.USES` by default.
        width: Width in pixels, or ``"container"`` to fill the page's column.
        height: Height in pixels.
        subtitle: Lines under the title (what was run), each short enough for the width.
    """
    uses = tuple(label for label, _ in USES) if uses is None else tuple(uses)
    colours = dict(zip((label for label, _ in USES), USE_COLOURS, strict=True))
    colours.setdefault("mining", USE_COLOURS[0])
    base = alt.Chart(source)
    zoom = alt.selection_interval(name="zoom_use", bind="scales", encodings=["x"])
    hover = alt.selection_point(
        name="hover_use", on="pointerover", nearest=True, fields=["date"], empty=False
    )
    order = "indexof([" + ", ".join(f"'{u}'" for u in uses) + "], datum.use)"
    area = (
        base.transform_fold(list(uses), as_=["use", "mw"])
        .transform_calculate(gw="datum.mw / 1000", use_order=order)
        .mark_area()
        .encode(
            x=alt.X("date:T", title=None, axis=alt.Axis(labelFontSize=12)),
            y=alt.Y("gw:Q", stack="zero", title="GW of miners' sites"),
            color=alt.Color(
                "use:N",
                sort=list(uses),
                scale=alt.Scale(domain=list(uses), range=[colours[u] for u in uses]),
                legend=alt.Legend(orient="bottom", columns=4, title=None, labelFontSize=12),
            ),
            order=alt.Order("use_order:Q"),
        )
        .add_params(zoom)
    )
    rule = (
        base.mark_rule(color="#333", strokeWidth=1)
        .encode(
            x="date:T",
            opacity=alt.condition(hover, alt.value(0.7), alt.value(0.0)),
            tooltip=[
                alt.Tooltip("date:T", title="date", format="%Y-%m-%d"),
                *(
                    alt.Tooltip(field=u, type="quantitative", title=f"{u} (MW)", format=",.0f")
                    for u in uses
                ),
            ],
        )
        .add_params(hover)
    )
    return alt.layer(area, rule).properties(
        title=alt.Title(
            title, subtitle=list(subtitle), fontSize=14, subtitleFontSize=11, anchor="start"
        ),
        width=width,
        height=height,
    )


def market_structure_png(
    frame: pd.DataFrame, path: Path, title: str, subtitle: tuple[str, ...] = ()
) -> None:
    """Save :func:`market_structure_chart` of a run's model columns as a PNG at ``path``."""
    table = pd.DataFrame({label: frame[column].astype(float) for label, column in USES})
    table.insert(0, "date", pd.to_datetime(frame["date"]).to_numpy())
    chart = market_structure_chart(table, title=title, subtitle=subtitle)
    chart.save(path, format="png", scale_factor=1.5)


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
    dates = pd.to_datetime(result.model_frame["date"])
    market_structure_png(
        result.model_frame,
        folder / "market_structure.png",
        f"Miners' sites by use, {dates.iloc[0]:%b %Y} to {dates.iloc[-1]:%b %Y} "
        f"(seed {knobs.get('seed', 'none')})",
        tuple(textwrap.wrap(description, width=120, max_lines=2, placeholder=" …")),
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
