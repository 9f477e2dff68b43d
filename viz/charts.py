"""The visual session's charts: Altair (Vega-Lite) drawings of the tables of :mod:`abm.views`.

Each view is a :class:`ChartView`: ``tables(model, **options)`` computes its tables from the
model (named data sources), ``chart(sources, width)`` draws them. The same chart serves both
ways it is shown:

- live, in the app: the chart is built once over :class:`altair.NamedData` sources; a
  :class:`ChartFeed` sends the browser the tables once, then each tick only what changed: the
  rows of the new ticks for a view over time, the table now for a view of the present
  (:func:`columns`, :class:`viz.widgets.VegaView`);
- inline, in a notebook or a report: :meth:`ChartView.inline` draws the tables as they are.

Every chart has tooltips with values and units; time series zoom (wheel) and pan (drag) on
the time axis (double click resets) and their axes grow with the run.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from abm import PowerMarketModel, views
from experiments.single_run import date_x, hover_bands, market_structure_chart

Source = pd.DataFrame | alt.NamedData
Width = int | str

REGION_TILES: dict[str, tuple[int, int]] = {
    "OTHER_US": (0, 0),
    "MISO": (2, 0),
    "NYISO": (4, 0),
    "SPP": (1, 1),
    "PJM": (3, 1),
    "ERCOT": (1, 2),
}
"""Schematic position (column, row) of each grid region: west to east, north to south."""

CONTRACT_COLOURS = {
    "lease (powered shell)": "#2b8cbe",
    "hosting (converted)": "#045a8d",
    "converting for a contract": "#a6bddb",
    "site bought": "#7a0177",
}


def columns(table: pd.DataFrame) -> dict[str, list[Any]]:
    """A table as JSON-ready columns: dates in epoch milliseconds, NaN as null."""
    out: dict[str, list[Any]] = {}
    for name, series in table.items():
        if pd.api.types.is_datetime64_any_dtype(series):
            values = series.to_numpy("datetime64[ms]").astype(np.int64).tolist()
        elif pd.api.types.is_float_dtype(series):
            array = series.to_numpy(float)
            values = np.round(array, 6).tolist()
            if np.isnan(array).any():
                values = [None if v != v else v for v in values]
        elif pd.api.types.is_integer_dtype(series) or pd.api.types.is_bool_dtype(series):
            values = series.tolist()
        else:
            values = series.astype(str).tolist()
        out[str(name)] = values
    return out


def time_series_chart(
    source: Source,
    series: Mapping[str, str],
    unit: str,
    title: str,
    width: Width = "container",
    height: int = 200,
    scale: float = 1.0,
    number_format: str = ",.1f",
    thresholds: Mapping[str, float] | None = None,
) -> alt.LayerChart:
    """Lines of a wide table's columns over ``date``, one colour per series.

    Args:
        source: Table with ``date`` and the columns of ``series``, or a named source.
        series: Column -> label shown in the legend and the tooltip.
        unit: Unit of the y axis and tooltip values (after ``scale``).
        title: Chart title.
        width: Pixels, or ``"container"``.
        height: Pixels.
        scale: Factor applied to the values before drawing (1e-3 for MW -> GW).
        number_format: d3 format of tooltip values.
        thresholds: Label -> level of dashed horizontal reference lines.
    """
    labels = list(series.values())
    key = "".join(c for c in title.lower() if c.isalnum())[:24]
    zoom = alt.selection_interval(name=f"zoom_{key}", bind="scales", encodings=["x"])
    # One line per series over the table's own rows, no fold: Vega's fold derives every row
    # of the run anew whenever one is appended.
    scaled = {}
    for i, (column, label) in enumerate(series.items()):
        scaled[f"s{i}"] = f"datum[{json.dumps(column)}] * {scale}"
        scaled[f"series{i}"] = json.dumps(label)
    renamed = alt.Chart(source).transform_calculate(**scaled)
    colour = alt.Scale(domain=labels)
    legend = alt.Legend(orient="bottom", title=None, labelFontSize=12, columns=3)
    lines = [
        renamed.mark_line(strokeWidth=2, aria=False).encode(
            x=date_x(),
            y=alt.Y(f"s{i}:Q", title=unit),
            color=alt.Color(f"series{i}:N", scale=colour, legend=legend, title=None),
        )
        for i in range(len(labels))
    ]
    lines[0] = lines[0].add_params(zoom)
    hover = hover_bands(
        renamed,
        key,
        [(f"s{i}", f"{label} ({unit})", number_format) for i, label in enumerate(labels)],
    )
    layers: list[alt.Chart] = [*lines, hover]
    if thresholds:
        levels = pd.DataFrame({"label": list(thresholds), "level": list(thresholds.values())})
        layers.append(
            alt.Chart(levels)
            .mark_rule(strokeDash=[4, 4], color="#999")
            .encode(y="level:Q", tooltip=[alt.Tooltip("label:N", title="threshold")])
        )
    return alt.layer(*layers).properties(
        title=alt.Title(title, fontSize=14, anchor="start"), width=width, height=height
    )


@dataclass(frozen=True)
class ChartView:
    """A chart of the visual session: its tables and its drawing.

    Attributes:
        name: Short name (the chart element's ``data-chart``).
        tables: ``tables(model, **options)`` -> named tables; a view over time also takes
            ``first_tick`` (the rows of the ticks from there on).
        chart: ``chart(sources, width)`` -> Altair chart over those names.
        clickable: Whether a click on a mark may pick a firm (``firm``/``landlord`` fields).
        renderer: ``canvas`` (fast to redraw) or ``svg`` (every mark an element).
        over_time: Whether the tables have a row per tick that stays as it is once drawn (new
            ticks append rows); otherwise they describe the market now and are replaced.
        basis: For a view over time whose past rows depend on the state now (the firms
            named in the control chart): ``basis(tables)`` says what they depend on; when it
            changes, the whole tables are sent again.
    """

    name: str
    tables: Callable[..., dict[str, pd.DataFrame]]
    chart: Callable[[Mapping[str, Source], Width], alt.TopLevelMixin]
    clickable: bool = False
    renderer: str = "canvas"
    over_time: bool = True
    basis: Callable[[Mapping[str, pd.DataFrame]], Any] | None = None

    def spec(self, names: list[str], width: Width = "container") -> dict[str, Any]:
        """The Vega-Lite spec over named sources, for :class:`viz.widgets.VegaView`."""
        return self.chart({n: alt.NamedData(n) for n in names}, width).to_dict()

    def inline(self, model: PowerMarketModel, width: Width = 640, **options: Any):
        """The chart drawn from ``model``'s tables now (for a notebook or a report)."""
        return self.chart(self.tables(model, **options), width)


class ChartFeed:
    """What one live chart has been sent, and what it needs to show the model's tick now.

    The browser gets :meth:`full` once (when the chart is embedded, or when asked again),
    then :meth:`update` after each tick drawn: for a view over time the rows of the ticks it
    has not seen (several when Play draws less often than the model steps), for a view of the
    present its tables now. Each message says the revision (tick) it builds on and the one it
    brings, so the browser can tell a missed message and ask for the whole tables again, and
    the feed it comes from: a new model's tables at tick 0 can be the old one's to the byte.

    Attributes:
        feed: Unique name of this feed, in every message.
        view: The chart.
        options: Keyword options of ``view.tables`` (a region, a firm).
        revision: The model tick the browser's data stand at once it has applied what was
            sent (-1 before :meth:`full`).
    """

    def __init__(self, view: ChartView, options: Mapping[str, Any] | None = None) -> None:
        """Feed ``view`` with ``options``; nothing sent yet."""
        self.feed = uuid.uuid4().hex
        self.view = view
        self.options = dict(options or {})
        self.revision = -1
        self._basis: Any = None

    def full(self, model: PowerMarketModel) -> dict[str, Any]:
        """Every table now: ``{"feed": name, "revision": tick, "tables": {name: columns}}``."""
        tables = self.view.tables(model, **self.options)
        self._basis = self.view.basis(tables) if self.view.basis else None
        self.revision = model.steps
        return {"feed": self.feed, "revision": self.revision, "tables": _columns_of(tables)}

    def update(self, model: PowerMarketModel) -> dict[str, Any] | None:
        """What brings the browser from :attr:`revision` to the model's tick, or None.

        Returns:
            ``{"feed": name, "from": tick, "to": tick, "changes": {name: {"insert" or
            "replace": columns}}}`` (the rows to append, or the whole table that replaces the
            one drawn).
        """
        if self.revision < 0:
            raise RuntimeError(f"chart '{self.view.name}' was never sent its tables")
        if model.steps == self.revision:
            return None
        way = "replace"
        if not self.view.over_time:
            tables = self.view.tables(model, **self.options)
        else:
            tables = self.view.tables(model, first_tick=self.revision + 1, **self.options)
            basis = self.view.basis(tables) if self.view.basis else None
            if basis == self._basis:
                way = "insert"
            else:
                tables = self.view.tables(model, **self.options)
                self._basis = basis
        message = {
            "feed": self.feed,
            "from": self.revision,
            "to": model.steps,
            "changes": {name: {way: columns} for name, columns in _columns_of(tables).items()},
        }
        self.revision = model.steps
        return message


def _columns_of(tables: Mapping[str, pd.DataFrame]) -> dict[str, dict[str, list[Any]]]:
    return {name: columns(table) for name, table in tables.items()}


# ---------------------------------------------------------------- market structure


def _mw_by_use_tables(
    model: PowerMarketModel, region: str = views.ALL_REGIONS, first_tick: int = 0
) -> dict:
    return {"mw_by_use": views.mw_by_use(model, region, first_tick=first_tick)}


def _mw_by_use_chart(sources: Mapping[str, Source], width: Width) -> alt.LayerChart:
    source = sources["mw_by_use"]
    uses = None
    if isinstance(source, pd.DataFrame) and "curtailed" not in source.columns:
        uses = views.REGIONAL_USES
    return market_structure_chart(source, "Miners' sites by use", uses=uses, width=width)


def _regional_chart(sources: Mapping[str, Source], width: Width) -> alt.LayerChart:
    return market_structure_chart(
        sources["mw_by_use"],
        "Miners' sites by use (curtailed counted as mining)",
        uses=views.REGIONAL_USES,
        width=width,
    )


MW_BY_USE = ChartView("mw_by_use", _mw_by_use_tables, _mw_by_use_chart)
MW_BY_USE_IN_REGION = ChartView("mw_by_use", _mw_by_use_tables, _regional_chart)

# ---------------------------------------------------------------- who leases to whom


def lease_network_tables(model: PowerMarketModel, max_landlords: int = 12) -> dict:
    """Nodes and links of the lease network now, laid out landlords left, tenants right."""
    flows = views.lease_flows(model)
    by_landlord = flows.groupby("landlord")["mw"].sum().sort_values(ascending=False)
    keep = set(by_landlord.index[:max_landlords])
    flows = flows.assign(
        landlord=flows["landlord"].where(flows["landlord"].isin(keep), "other landlords")
    )
    flows = flows.groupby(["landlord", "tenant", "contract"], as_index=False)[["mw", "sites"]].sum()
    landlords = list(flows.groupby("landlord")["mw"].sum().sort_values(ascending=False).index)
    tenants = [h.name for h in model.hyperscalers]
    left = {name: -(i + 0.5) for i, name in enumerate(landlords)}
    spread = max(len(landlords), 1) / max(len(tenants), 1)
    right = {name: -(i + 0.5) * spread for i, name in enumerate(tenants)}
    nodes = pd.DataFrame(
        {
            "firm": [*landlords, *tenants],
            "side": ["landlord"] * len(landlords) + ["tenant"] * len(tenants),
            "x": [0.0] * len(landlords) + [1.0] * len(tenants),
            "label_x": [-0.04] * len(landlords) + [1.04] * len(tenants),
            "y": [left[n] for n in landlords] + [right[n] for n in tenants],
            "mw": [float(flows.loc[flows["landlord"] == n, "mw"].sum()) for n in landlords]
            + [float(flows.loc[flows["tenant"] == n, "mw"].sum()) for n in tenants],
        }
    )
    links = flows.assign(
        x=0.0,
        x2=1.0,
        y=flows["landlord"].map(left).astype(float),
        y2=flows["tenant"].map(right).astype(float),
    )
    return {"lease_nodes": nodes, "lease_links": links}


def _lease_network_chart(sources: Mapping[str, Source], width: Width) -> alt.LayerChart:
    axis = {"axis": None}
    links = (
        alt.Chart(sources["lease_links"])
        .mark_rule(opacity=0.6)
        .encode(
            x=alt.X("x:Q", scale=alt.Scale(domain=[-0.6, 1.6]), **axis),
            y=alt.Y("y:Q", **axis),
            x2="x2:Q",
            y2="y2:Q",
            strokeWidth=alt.StrokeWidth(
                "mw:Q", scale=alt.Scale(range=[1, 14]), legend=alt.Legend(title="MW")
            ),
            color=alt.Color(
                "contract:N",
                scale=alt.Scale(
                    domain=list(CONTRACT_COLOURS), range=list(CONTRACT_COLOURS.values())
                ),
                legend=alt.Legend(orient="bottom", title=None, labelFontSize=12, columns=2),
            ),
            tooltip=[
                alt.Tooltip("landlord:N", title="landlord"),
                alt.Tooltip("tenant:N", title="tenant"),
                alt.Tooltip("contract:N", title="contract"),
                alt.Tooltip("mw:Q", title="MW", format=",.0f"),
                alt.Tooltip("sites:Q", title="sites"),
            ],
        )
    )
    node_tooltip = [
        alt.Tooltip("firm:N", title="firm"),
        alt.Tooltip("side:N", title="role"),
        alt.Tooltip("mw:Q", title="MW under contract", format=",.0f"),
    ]
    nodes = (
        alt.Chart(sources["lease_nodes"])
        .mark_circle(color="#333", opacity=0.9)
        .encode(
            x="x:Q",
            y="y:Q",
            size=alt.Size("mw:Q", scale=alt.Scale(range=[40, 600]), legend=None),
            tooltip=node_tooltip,
        )
    )
    labelled = alt.Chart(sources["lease_nodes"]).transform_calculate(
        label="datum.firm + ' (' + format(datum.mw, ',.0f') + ' MW)'"
    )
    labels = [
        labelled.transform_filter(f"datum.side == '{side}'")
        .mark_text(fontSize=12, align=align)
        .encode(x="label_x:Q", y="y:Q", text="label:N", tooltip=node_tooltip)
        for side, align in (("landlord", "right"), ("tenant", "left"))
    ]
    return alt.layer(links, nodes, *labels).properties(
        title=alt.Title(
            "Who leases to whom now: miner landlords (left) to hyperscalers (right)",
            subtitle="line width: MW under contract; click a landlord to see the firm close up",
            fontSize=14,
            anchor="start",
        ),
        width=width,
        height=320,
    )


LEASE_NETWORK = ChartView(
    "lease_network",
    lease_network_tables,
    _lease_network_chart,
    clickable=True,
    renderer="svg",
    over_time=False,
)

# ---------------------------------------------------------------- regions


def _regions_tables(model: PowerMarketModel) -> dict:
    table = views.region_conditions(model)
    table["column"] = [REGION_TILES.get(r, (5, 2))[0] for r in table["region"]]
    table["row"] = [REGION_TILES.get(r, (5, 2))[1] for r in table["region"]]
    for name in ("headroom_mw", "queue_mw", "granted_ai_mw", "ai_on_sites_mw", "sites_mw"):
        table[name.replace("_mw", "_gw")] = table[name] / 1000
    table["curtailment_pct"] = 100 * table["curtailment_share"]
    table["utilisation_pct"] = 100 * table["utilisation"]
    return {"regions": table}


def _regions_chart(sources: Mapping[str, Source], width: Width) -> alt.HConcatChart:
    source = sources["regions"]
    tooltip = [
        alt.Tooltip("region:N", title="region"),
        alt.Tooltip("headroom_gw:Q", title="headroom (GW)", format=",.2f"),
        alt.Tooltip("queue_gw:Q", title="queue (GW)", format=",.2f"),
        alt.Tooltip("granted_ai_gw:Q", title="granted to new AI loads (GW)", format=",.2f"),
        alt.Tooltip("power_price_usd_per_mwh:Q", title="power price (USD/MWh)", format=",.1f"),
        alt.Tooltip("curtailment_pct:Q", title="mining curtailed (%)", format=",.1f"),
        alt.Tooltip("utilisation_pct:Q", title="system peak over firm capacity (%)", format=",.0f"),
        alt.Tooltip("sites_gw:Q", title="miners' sites (GW)", format=",.2f"),
        alt.Tooltip("ai_on_sites_gw:Q", title="AI on miners' sites (GW)", format=",.2f"),
    ]
    tiles = alt.Chart(source).encode(
        x=alt.X("column:O", axis=None),
        y=alt.Y("row:O", axis=None),
        tooltip=tooltip,
    )
    squares = tiles.mark_rect(cornerRadius=6, stroke="white", strokeWidth=3).encode(
        color=alt.Color(
            "power_price_usd_per_mwh:Q",
            scale=alt.Scale(scheme="oranges"),
            legend=alt.Legend(title="USD/MWh", orient="bottom"),
        )
    )
    text = tiles.transform_calculate(
        line1="datum.region",
        line2="'headroom ' + format(datum.headroom_gw, '.1f') + ' GW'",
        line3="'queue ' + format(datum.queue_gw, '.1f') + ' GW'",
        line4="format(datum.power_price_usd_per_mwh, '.0f') + ' USD/MWh, curtailed '"
        " + format(datum.curtailment_pct, '.0f') + ' %'",
        label="[datum.line1, datum.line2, datum.line3, datum.line4]",
    ).mark_text(fontSize=11, lineHeight=15, color="#111")
    text = text.encode(text="label:N")
    tile_map = alt.layer(squares, text).properties(
        width=640,
        height=330,
        title=alt.Title(
            "Grid regions (schematic, west to east)",
            subtitle="colour: power price; hover for all values",
            fontSize=14,
            anchor="start",
        ),
    )
    measures = {
        "headroom_gw": "headroom",
        "queue_gw": "queue",
        "granted_ai_gw": "granted to new AI loads",
        "ai_on_sites_gw": "AI on miners' sites",
    }
    bars = (
        alt.Chart(source)
        .transform_fold(list(measures), as_=["measure", "gw"])
        .transform_calculate(what=f"{json.dumps(measures)}[datum.measure]")
        .mark_bar()
        .encode(
            y=alt.Y("region:N", title=None, sort=list(REGION_TILES)),
            yOffset=alt.YOffset("what:N", sort=list(measures.values())),
            x=alt.X("gw:Q", title="GW"),
            color=alt.Color(
                "what:N",
                sort=list(measures.values()),
                legend=alt.Legend(orient="bottom", title=None, columns=2, labelFontSize=12),
            ),
            tooltip=[
                alt.Tooltip("region:N", title="region"),
                alt.Tooltip("what:N", title="measure"),
                alt.Tooltip("gw:Q", title="GW", format=",.2f"),
            ],
        )
        .properties(
            width=360,
            height=330,
            title=alt.Title("Headroom, queue and AI load", fontSize=14, anchor="start"),
        )
    )
    return alt.hconcat(tile_map, bars).resolve_scale(color="independent")


REGIONS = ChartView("regions", _regions_tables, _regions_chart, over_time=False)

# ---------------------------------------------------------------- concentration


def _hhi_tables(model: PowerMarketModel, first_tick: int = 0) -> dict:
    return {"hhi": views.model_columns(model, "hhi_power", first_tick=first_tick)}


def _control_tables(model: PowerMarketModel, top: int = 8, first_tick: int = 0) -> dict:
    """The control shares, each stacked on the firms before it in the tick (in percent).

    Stacked here, on the rows of the new ticks alone, rather than by the browser, which would
    stack every tick of the run again each time one is appended.
    """
    # Within a tick in the legend's order (by name), so the first firm listed is the lowest.
    shares = views.control_shares(model, top, first_tick=first_tick)
    shares = shares.sort_values(["tick", "firm"], kind="stable", ignore_index=True)
    percent = 100 * shares["share"]
    top_pct = percent.groupby(shares["tick"]).cumsum()
    return {"control": shares.assign(share_bottom_pct=top_pct - percent, share_top_pct=top_pct)}


def _firms_named(tables: Mapping[str, pd.DataFrame]) -> frozenset[str]:
    """The firms the control chart names (its rows of past ticks hold while they stay)."""
    return frozenset(tables["control"]["firm"])


def _hhi_chart(sources: Mapping[str, Source], width: Width) -> alt.LayerChart:
    return time_series_chart(
        sources["hhi"],
        {"hhi_power": "HHI of MW controlled by firm"},
        "HHI (0-10,000)",
        "Concentration of control of power",
        width=width,
        height=150,
        number_format=",.0f",
        thresholds={"moderately concentrated (1,500)": 1500, "highly concentrated (2,500)": 2500},
    )


def _control_chart(sources: Mapping[str, Source], width: Width) -> alt.Chart:
    zoom = alt.selection_interval(name="zoom_control", bind="scales", encodings=["x"])
    # Tooltip texts formatted once per row as it arrives, not for every row at each redraw.
    return (
        alt.Chart(sources["control"])
        .transform_calculate(
            tip_date="timeFormat(datum.date, '%Y-%m-%d')",
            tip_share="format(100 * datum.share, '.1f')",
            tip_mw="format(datum.mw, ',.0f')",
        )
        .mark_area(aria=False)
        .encode(
            x=date_x(),
            y=alt.Y("share_top_pct:Q", title="share of MW controlled (%)"),
            y2="share_bottom_pct:Q",
            color=alt.Color(
                "firm:N",
                scale=alt.Scale(scheme="tableau10"),
                legend=alt.Legend(orient="bottom", title=None, columns=3, labelFontSize=12),
            ),
            tooltip=[
                alt.Tooltip("tip_date:N", title="date"),
                alt.Tooltip("firm:N", title="firm"),
                alt.Tooltip("tip_share:N", title="share (%)"),
                alt.Tooltip("tip_mw:N", title="MW controlled"),
            ],
        )
        .add_params(zoom)
        .properties(
            width=width,
            height=200,
            title=alt.Title(
                "Who controls the power: largest firms now",
                subtitle="click a firm to see it close up",
                fontSize=14,
                anchor="start",
            ),
        )
    )


HHI = ChartView("hhi", _hhi_tables, _hhi_chart)
CONTROL = ChartView("control", _control_tables, _control_chart, clickable=True, basis=_firms_named)

# ---------------------------------------------------------------- Bitcoin and AI demand


def _economics_tables(model: PowerMarketModel, first_tick: int = 0) -> dict:
    return {
        "economics": views.model_columns(
            model,
            "ai_demand_mw",
            "ai_served_mw",
            "ai_served_by_miner_sites_mw",
            "hashprice_usd_per_ph_day",
            "fleet_breakeven_hashprice_usd_per_ph_day",
            "btc_price_usd",
            "lease_price_usd_per_kw_month",
            first_tick=first_tick,
        )
    }


def _power_gap_chart(sources: Mapping[str, Source], width: Width) -> alt.LayerChart:
    return time_series_chart(
        sources["economics"],
        {
            "ai_demand_mw": "AI demand",
            "ai_served_mw": "AI served",
            "ai_served_by_miner_sites_mw": "served on miners' sites",
        },
        "GW",
        "The power gap: AI demand and what is served",
        width=width,
        scale=1e-3,
        number_format=",.2f",
    )


def _hashprice_chart(sources: Mapping[str, Source], width: Width) -> alt.LayerChart:
    return time_series_chart(
        sources["economics"],
        {
            "hashprice_usd_per_ph_day": "hashprice",
            "fleet_breakeven_hashprice_usd_per_ph_day": "modelled fleet's breakeven (power)",
        },
        "USD/PH/day",
        "Miner economics: hashprice against the fleet's breakeven",
        width=width,
        number_format=",.2f",
    )


def _lease_price_chart(sources: Mapping[str, Source], width: Width) -> alt.LayerChart:
    return time_series_chart(
        sources["economics"],
        {"lease_price_usd_per_kw_month": "lease price (last trade)"},
        "USD/kW IT-month",
        "Lease price of powered shell",
        width=width,
        height=150,
        number_format=",.1f",
    )


POWER_GAP = ChartView("power_gap", _economics_tables, _power_gap_chart)
HASHPRICE = ChartView("hashprice", _economics_tables, _hashprice_chart)
LEASE_PRICE = ChartView("lease_price", _economics_tables, _lease_price_chart)

# ---------------------------------------------------------------- one firm close up


def _firm_use_tables(model: PowerMarketModel, firm: str, first_tick: int = 0) -> dict:
    return {"mw_by_use": views.firm_mw_by_use(model, firm, first_tick=first_tick)}


def _firm_use_chart(sources: Mapping[str, Source], width: Width) -> alt.LayerChart:
    return market_structure_chart(
        sources["mw_by_use"],
        "The firm's sites by use (curtailed counted as mining)",
        uses=views.REGIONAL_USES,
        width=width,
        height=220,
    )


def _firm_money_tables(model: PowerMarketModel, firm: str, first_tick: int = 0) -> dict:
    return {"money": views.firm_money(model, firm, first_tick=first_tick)}


def _firm_cash_chart(sources: Mapping[str, Source], width: Width) -> alt.LayerChart:
    return time_series_chart(
        sources["money"],
        {"cash_usd": "cash"},
        "USD million",
        "The firm's cash",
        width=width,
        height=150,
        scale=1e-6,
        number_format=",.1f",
    )


def _firm_value_chart(sources: Mapping[str, Source], width: Width) -> alt.LayerChart:
    return time_series_chart(
        sources["money"],
        {"value_usd_per_w": "enterprise value of its sites held"},
        "USD per W",
        "Value of its sites under their current paths",
        width=width,
        height=150,
        number_format=",.2f",
    )


FIRM_USE = ChartView("firm_mw_by_use", _firm_use_tables, _firm_use_chart)
FIRM_CASH = ChartView("firm_cash", _firm_money_tables, _firm_cash_chart)
FIRM_VALUE = ChartView("firm_value", _firm_money_tables, _firm_value_chart)
