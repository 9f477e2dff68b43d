"""One run of a scenario: Parquet tables, the resolved scenario, a figure and a summary."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
import time
from collections.abc import Sequence
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


def hover_bands(base: alt.Chart, key: str, values: Sequence[tuple[str, str, str]]) -> alt.Chart:
    """What hovering a chart over time shows: the row's date shaded, a tooltip of its values.

    The one hover of the charts over time (the market structure here, the visual session's
    time series). Each row has a band of the plot's full height, from halfway to the row
    before to halfway to the row after (the ticks are evenly spaced; the first and the last
    row's bands end at their dates): the band under the
    pointer is the row shown, shaded, its tooltip the date and every value then.

    Bands rather than Vega-Lite's nearest-point cells: a live chart fed a row a tick redraws
    every row's hover target each tick as its time axis grows, and a band is a rectangle
    where a cell is a polygon built, parsed and bounded anew. The tooltip texts are formatted
    once per row, when the row arrives (a calculate), not for every row at each redraw.

    Args:
        base: The chart whose rows (one per date, a ``date`` column) are hovered.
        key: Unique name of the chart (the hover selection is ``hover_<key>``).
        values: ``(field, title, d3 format)`` of each value shown, in order; the title
            carries the unit.

    Returns:
        The layer of bands, to draw above the chart's marks.
    """
    hover = alt.selection_point(
        name=f"hover_{key}", on="pointerover", clear="pointerout", fields=["date"], empty=False
    )
    texts = {"tip_date": "timeFormat(datum.date, '%Y-%m-%d')"}
    for i, (field, _title, number_format) in enumerate(values):
        value = f"datum[{json.dumps(field)}]"
        texts[f"tip{i}"] = f"isValid({value}) ? format({value}, '{number_format}') : 'none'"
    return (
        base.transform_calculate(**texts)
        .transform_joinaggregate(first_date="min(date)", last_date="max(date)", rows="count()")
        .transform_calculate(
            first_ms="toNumber(datum.first_date)",
            last_ms="toNumber(datum.last_date)",
            tick_ms="datum.rows > 1 ? (datum.last_ms - datum.first_ms) / (datum.rows - 1) : 0",
        )
        # Bands end at the first and the last date: the time axis spans the rows' dates only.
        .transform_calculate(
            band_from="max(datum.first_ms, toNumber(datum.date) - datum.tick_ms / 2)",
            band_to="min(datum.last_ms, toNumber(datum.date) + datum.tick_ms / 2)",
        )
        .mark_rect(aria=False)
        .encode(
            x="band_from:T",
            x2="band_to:T",
            # Transparent, not unfilled: a band with no fill could not be hovered.
            fill=alt.condition(hover, alt.value("#333"), alt.value("transparent")),
            fillOpacity=alt.value(0.5),
            tooltip=[
                alt.Tooltip("tip_date:N", title="date"),
                *(alt.Tooltip(f"tip{i}:N", title=title) for i, (_, title, _) in enumerate(values)),
            ],
        )
        .add_params(hover)
    )


DATE_LABELS = {
    "year": "%Y",
    "quarter": "%b %Y",
    "month": "%b %Y",
    "week": "%d %b %Y",
    "date": "%d %b %Y",
    "hours": "%d %b %Y",
}
"""Time-axis labels by the span the ticks step over: years for a run, the day for one tick
(Vega's default labels a single day "Tue 18")."""


def date_x(**axis: Any) -> alt.X:
    """The ``date`` channel of a chart over time, labelled by :data:`DATE_LABELS`."""
    return alt.X("date:T", title=None, axis=alt.Axis(format=DATE_LABELS, **axis))


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
    per firm. Hovering shows every use's MW at the date under the pointer; the time axis
    zooms (wheel) and pans (drag), a double click resets it.

    Each use's area lies between the running sums of the uses below it and up to it,
    computed row by row (a calculate): a row appended to a live chart is stacked alone, where
    a stack transform would stack every row of the run again.

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
    # One area per use over the table's own rows, no fold: Vega's fold derives every row of
    # the run anew whenever one is appended.
    running = ""
    stacking = {}
    for i, use in enumerate(uses):
        running = (
            f"{running} + datum[{json.dumps(use)}]" if running else f"datum[{json.dumps(use)}]"
        )
        stacking[f"gw_top{i}"] = f"({running}) / 1000"
        stacking[f"use{i}"] = json.dumps(use)
    stacked = base.transform_calculate(**stacking)
    colour = alt.Scale(domain=list(uses), range=[colours[u] for u in uses])
    legend = alt.Legend(orient="bottom", columns=4, title=None, labelFontSize=12)
    x = date_x(labelFontSize=12)
    areas = []
    for i in range(len(uses)):
        area = stacked.mark_area(aria=False).encode(
            x=x,
            y=alt.Y(f"gw_top{i}:Q", stack=None, title="GW of miners' sites"),
            color=alt.Color(f"use{i}:N", scale=colour, legend=legend, title=None),
        )
        areas.append(area.encode(y2=f"gw_top{i - 1}:Q") if i else area.add_params(zoom))
    hover = hover_bands(base, "use", [(u, f"{u} (MW)", ",.0f") for u in uses])
    return alt.layer(*areas, hover).properties(
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
