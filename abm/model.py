"""PowerMarketModel: Bitcoin miners, AI hyperscalers and grid operators competing for power.

The per-tick order is written out once, in :meth:`PowerMarketModel.step`; it is the model's
process overview (ODD section 3, ``docs/ODD.md``).  Economics come from ``abm.economics``;
this module wires them to the agents' state and keeps the books.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import numpy as np
import pandas as pd
from mesa import Model
from mesa.datacollection import DataCollector

from abm import calibration
from abm.agents import (
    ContractKind,
    ExpectationRule,
    GridOperator,
    Hyperscaler,
    Miner,
    MinerFleet,
    MinerStatus,
    RequestKind,
)
from abm.economics import bitcoin, finance, grid, markets, paths, valuation
from abm.scenario import PowerMarketScenario

DAYS_PER_YEAR = paths.DAYS_PER_YEAR
HYPERSCALER_NAMES = ("Microsoft", "Amazon", "Alphabet", "Meta", "Oracle")
HYPERSCALER_DISCOUNT_RATE = 0.08
"""Hyperscalers' cost of capital, per year (investment-grade issuers; assumption)."""
PROCUREMENT_LOOKAHEAD_YEARS = 1.0
"""Hyperscalers procure power for the need they expect this far ahead (a retrofit's lead time)."""
BTM_BUILD_SHARE_PER_YEAR = 0.5
"""Share of an unmet gap a hyperscaler commits to behind-the-meter plants a year, when they pay."""
PIPELINE_BUILD_YEARS = 2.0
"""Years over which the data-centre capacity under construction at the start is energised."""
FLEET_REVIEW_WEEKS = 13
"""Miners review whether to replace their ASICs once a quarter (about an ASIC order's lead time)."""
MIN_REQUEST_SHARE_OF_NEED = 0.01
"""A hyperscaler files a grid request only for a gap larger than this share of its need."""
SITE_BIDDERS_PER_REGION = 8
"""Mining firms with the cheapest power in a region that bid for a site on sale."""
SITE_RESALE_INTERVAL_WEEKS = 13
"""An unsold site of an insolvent miner is offered again after this many weeks."""
EXPANSION_SHARE = 0.25
"""A profitable miner asks the grid for this share of its site again as expansion."""
SITE_CHANNEL_STATUS = {
    "lease": MinerStatus.LEASED,
    "hpc": MinerStatus.HPC,
    "acquired": MinerStatus.ACQUIRED,
}
"""Hyperscaler supply channels on miners' sites, and the site status that feeds each."""
SITE_CHANNELS = tuple(SITE_CHANNEL_STATUS)

LEDGER_COLUMNS = (
    "hyperscaler_paid_usd",
    "miners_received_usd",
    "estates_received_usd",
    "vendors_received_usd",
    "dr_payments_usd",
    "site_sales_between_miners_usd",
    "equity_raised_usd",
)
"""Cumulative money flows, USD: what hyperscalers paid, and who received it (see docs/ODD.md)."""

MODEL_COLUMNS = (
    "date",
    "btc_price_usd",
    "block_subsidy_btc",
    "network_hashrate_ehs",
    "difficulty",
    "hashprice_usd_per_ph_day",
    "mw_sites_total",
    "mw_mining",
    "mw_curtailed",
    "mw_leased",
    "mw_converting",
    "mw_hpc",
    "mw_idle",
    "mw_acquired",
    "miners_mining",
    "miners_leasing",
    "miners_converting",
    "miners_hpc",
    "miners_exited",
    "ai_demand_mw",
    "ai_served_mw",
    "ai_unserved_mw",
    "lease_price_usd_per_kw_month",
    "power_price_usd_per_mwh",
    "grid_queue_mw",
    "miner_value_usd_per_w",
    "hhi_power",
    # Columns beyond the required set:
    "tick",
    "block_height",
    "modelled_hashrate_ehs",
    "rest_of_world_hashrate_ehs",
    "asic_frontier_j_per_th",
    "fleet_breakeven_hashprice_usd_per_ph_day",
    "mw_traded_this_tick",
    "ai_served_by_miner_sites_mw",
    "ai_served_grid_mw",
    "ai_served_btm_mw",
    "grid_headroom_mw",
    *LEDGER_COLUMNS,
)
"""Model-level columns collected every tick, in order (units in the names; see docs/ODD.md)."""

AGENT_COLUMNS = ("name", "region", "status", "mw", "ths", "j_per_th", "cash_usd", "value_usd_per_w")
"""Agent-level columns of ``get_agent_vars_dataframe`` (one row per miner site and tick)."""


def fleet_frame(model: PowerMarketModel, columns: dict[str, np.ndarray]) -> pd.DataFrame:
    """One frame of miner state (columns :data:`AGENT_COLUMNS`) from fleet arrays of equal length.

    ``columns`` holds ``row`` (fleet row of each record) and the numeric state arrays.
    """
    rows = columns["row"]
    return pd.DataFrame(
        {
            "name": pd.Categorical.from_codes(rows, categories=pd.Index(model.fleet.name)),
            "region": pd.Categorical.from_codes(
                model.fleet.region[rows], categories=list(model.region_names)
            ),
            "status": pd.Categorical.from_codes(
                columns["status"].astype(np.int64), categories=[s.name.lower() for s in MinerStatus]
            ),
            **{
                key: columns[key]
                for key in ("mw", "ths", "j_per_th", "cash_usd", "value_usd_per_w")
            },
        }
    )


class FleetDataCollector(DataCollector):
    """Mesa's DataCollector with miner-level data snapshotted from the fleet's arrays.

    Model variables go through Mesa's reporters as usual.  Agent variables of thousands of
    miners would cost a Python call per agent per tick; instead each tick copies the fleet's
    arrays into one row of a preallocated table per column (compact dtypes, a few
    microseconds), and :meth:`get_agent_vars_dataframe` builds Mesa's usual frame, indexed by
    ``(Step, AgentID)``, on demand.
    """

    SNAPSHOT_DTYPES = {
        "status": np.int8,
        "mw": np.float32,
        "ths": np.float32,
        "j_per_th": np.float32,
        "cash_usd": np.float64,
        "value_usd_per_w": np.float32,
    }
    """Fleet attributes kept per tick, and the dtype each is stored in."""

    def __init__(self, model: PowerMarketModel, model_reporters: dict[str, Any]) -> None:
        """Create the collector for ``model`` with Mesa model reporters."""
        super().__init__(model_reporters=model_reporters)
        self._model = model
        self._steps: list[int] = []
        # One row per collection, room for the whole horizon; np.empty leaves untouched rows
        # unbacked by memory, and the tables double if collection goes on past the horizon.
        rows = model.n_ticks + 1
        self._tables = {
            name: np.empty((rows, len(model.fleet)), dtype=dtype)
            for name, dtype in self.SNAPSHOT_DTYPES.items()
        }

    def collect(self, model: PowerMarketModel) -> None:
        """Record the model columns and a copy of the fleet's state.

        The model computes its columns once per tick into ``model.metrics`` (plain floats,
        ints and dates, which need no defensive copy); they are appended to Mesa's
        ``model_vars`` directly, so ``get_model_vars_dataframe`` works as for any Mesa model.
        """
        for name, value in model.metrics.items():
            self.model_vars[name].append(value)
        row = len(self._steps)
        if row == len(self._tables["mw"]):
            for name, table in self._tables.items():
                grown = np.empty((2 * len(table), table.shape[1]), dtype=table.dtype)
                grown[:row] = table
                self._tables[name] = grown
        fleet = model.fleet
        for name, table in self._tables.items():
            table[row] = getattr(fleet, name)
        self._steps.append(model.steps)

    @classmethod
    def snapshot(cls, model: PowerMarketModel) -> dict[str, np.ndarray]:
        """The fleet's state now, in compact dtypes."""
        fleet = model.fleet
        return {
            name: getattr(fleet, name).astype(dtype) for name, dtype in cls.SNAPSHOT_DTYPES.items()
        }

    def get_agent_vars_dataframe(self) -> pd.DataFrame:
        """Miner state per tick: index ``(Step, AgentID)``, columns :data:`AGENT_COLUMNS`."""
        model = self._model
        n = len(model.fleet)
        n_snapshots = len(self._steps)
        columns = {name: table[:n_snapshots].reshape(-1) for name, table in self._tables.items()}
        columns["row"] = np.tile(np.arange(n), n_snapshots)
        frame = fleet_frame(model, columns)
        frame.index = pd.MultiIndex.from_arrays(
            [np.repeat(self._steps, n), np.tile(model.miner_unique_ids, n_snapshots)],
            names=["Step", "AgentID"],
        )
        return frame


class PowerMarketModel(Model):
    """Miners choose to mine, lease or convert while hyperscalers and grids allocate power.

    Build with keyword overrides of the scenario defaults or with a scenario object::

        model = PowerMarketModel(seed=7, n_miners=200, ai_demand_scale=1.0)
        model = PowerMarketModel(scenario=PowerMarketScenario(grid_policy="ai_priority"))

    Attributes:
        scenario: The resolved :class:`PowerMarketScenario`.
        fleet: Miner state arrays (:class:`MinerFleet`); ``Miner`` agents are views on it.
        miners: Miner agents, in fleet order.
        hyperscalers: Hyperscaler agents.
        grid_operators: GridOperator agents, in :data:`abm.calibration.REGIONS` order.
        datacollector: Model columns :data:`MODEL_COLUMNS` and miner columns :data:`AGENT_COLUMNS`.
        metrics: The model columns of the latest tick.
    """

    def __init__(self, scenario: PowerMarketScenario | None = None, **knobs: Any) -> None:
        """Create the model and its agents at the start date.

        Args:
            scenario: A scenario; if given, no other keyword arguments are allowed.
            **knobs: Keyword overrides of the scenario defaults (``seed`` included).

        Raises:
            ValueError: An unknown knob, a bad value, or both a scenario and knobs.
        """
        if scenario is not None and knobs:
            raise ValueError("pass either a scenario or keyword knobs, not both")
        scenario = scenario if scenario is not None else PowerMarketScenario(**knobs)
        super().__init__(scenario=scenario)
        s = scenario
        seeds = np.random.SeedSequence(s.seed).spawn(3)
        price_rng, population_rng, market_rng = (np.random.default_rng(q) for q in seeds)
        self.market_rng = market_rng

        self.tick_years = s.tick_days / DAYS_PER_YEAR
        self.n_ticks = s.n_ticks
        self.dates = pd.DatetimeIndex(
            pd.Timestamp(s.start_date)
            + pd.to_timedelta(np.arange(self.n_ticks + 1) * s.tick_days, unit="D")
        )
        # Per-tick calendar lookups without pandas indexing in the loop.
        self._calendar_dates = list(self.dates.date)
        self._day_of_year = self.dates.day_of_year.to_numpy()
        if s.btc_price_csv:
            scripted = paths.read_price_csv(s.btc_price_csv)
            self.btc_price_path = paths.scripted_price_path(
                scripted, self.dates, s.btc_drift_annual, s.btc_volatility_annual, price_rng
            )
        else:
            self.btc_price_path = paths.gbm_price_path(
                s.btc_price_usd,
                s.btc_drift_annual,
                s.btc_volatility_annual,
                self.tick_years,
                self.n_ticks,
                price_rng,
            )
        self.ai_demand_path_mw = paths.ai_demand_mw(
            self.dates,
            s.start_date,
            s.ai_demand_gw_2028,
            s.ai_demand_growth_after_2028,
            s.ai_demand_scale,
        )
        lookahead = pd.DatetimeIndex(
            self.dates + pd.Timedelta(days=PROCUREMENT_LOOKAHEAD_YEARS * DAYS_PER_YEAR)
        )
        self.ai_need_path_mw = paths.ai_demand_mw(
            lookahead,
            s.start_date,
            s.ai_demand_gw_2028,
            s.ai_demand_growth_after_2028,
            s.ai_demand_scale,
        )

        # Bitcoin network at the start: the epoch clock assumes target spacing so far.
        blocks_into_epoch = s.start_block_height % bitcoin.RETARGET_INTERVAL_BLOCKS
        self.chain = bitcoin.ChainState(
            height=float(s.start_block_height),
            difficulty=s.difficulty_start,
            epoch_elapsed_s=blocks_into_epoch * bitcoin.TARGET_BLOCK_SECONDS,
        )
        self.block_subsidy_btc = float(bitcoin.block_subsidy_btc(self.chain.block_height))
        self.fees_btc_per_block = s.fees_btc_per_block

        self.lease_terms = valuation.ContractTerms(
            it_share=s.it_share,
            noi_margin=s.lease_noi_margin,
            term_years=s.lease_term_years,
            lead_time_years=s.lease_lead_time_months / 12,
            capex_usd_per_kw_it=s.lease_capex_usd_per_kw_it,
            revenue_premium_usd_per_kw_month=0.0,
            terminal_multiple=s.lease_terminal_multiple,
            lease_noi_margin=s.lease_noi_margin,
        )
        self.convert_terms = valuation.ContractTerms(
            it_share=s.it_share,
            noi_margin=s.convert_noi_margin,
            term_years=s.convert_term_years,
            lead_time_years=s.convert_lead_time_months / 12,
            capex_usd_per_kw_it=s.convert_capex_usd_per_kw_it,
            revenue_premium_usd_per_kw_month=s.convert_revenue_usd_per_kw_month
            - s.hyperscaler_base_wtp_usd_per_kw_month,
            terminal_multiple=s.lease_terminal_multiple,
            lease_noi_margin=s.lease_noi_margin,
        )
        self.region_names = calibration.REGIONS
        self._create_grid_operators()
        self._create_miners(population_rng)
        self._create_hyperscalers()
        self._seed_announced_deals()
        # Per-site constants of the path valuation (discount rates and horizons are fixed).
        rate = self.fleet.discount_rate
        self._idle_value_usd_per_mw = -s.idle_cost_usd_per_mw_year * finance.annuity_factor(
            rate, self.fleet.horizon_years
        )
        self._lease_coefficients = self.lease_terms.rent_coefficients(rate)
        self._convert_coefficients = self.convert_terms.rent_coefficients(rate)
        self._discount_weights = valuation.discount_weights(rate, self.fleet.horizon_years)
        self._hyperscaler_site_coefficients = tuple(
            float(c[0])
            for c in self.lease_terms.rent_coefficients(np.array([HYPERSCALER_DISCOUNT_RATE]))
        )

        modelled_ehs = float(np.dot(self.fleet.ths, self.fleet.running_share)) / 1e6
        self.modelled_hashrate_ehs = modelled_ehs
        row_ehs = max(
            s.network_hashrate_ehs_start - modelled_ehs, 0.01 * s.network_hashrate_ehs_start
        )
        self.row_j_per_th = s.row_j_per_th
        self.row_mw = row_ehs * self.row_j_per_th  # EH/s * J/TH = MW
        self.rest_of_world_hashrate_ehs = row_ehs
        self.network_hashrate_ehs = modelled_ehs + row_ehs
        self.hashprice_usd_per_ph_day = float(
            bitcoin.hashprice_usd_per_ph_day(
                s.btc_price_usd if not s.btc_price_csv else self.btc_price_path[0],
                self.chain.difficulty,
                bitcoin.block_subsidy_btc(self.chain.block_height),
                self.fees_btc_per_block,
            )
        )
        self.hashprice_signal_usd_per_ph_day = self.hashprice_usd_per_ph_day
        self.hashprice_at_start = self.hashprice_usd_per_ph_day
        self.hashprice_history = [self.hashprice_usd_per_ph_day]
        self.adaptive_growth_annual = 0.0

        self.last_clearing_price = np.full(len(self.region_names), np.nan)
        self.lease_price_usd_per_kw_month = float("nan")
        self.mw_traded_this_tick = 0.0
        # MW of retrofits that may start now; refills at retrofit_capacity_gw_per_year, up to
        # a year's worth, and starts a quarter full.
        self.retrofit_budget_mw = s.retrofit_capacity_gw_per_year * 1000.0 * 0.25
        self.ledger = dict.fromkeys(LEDGER_COLUMNS, 0.0)
        # Per-status tables for the cash-flow step (indexed by MinerStatus).
        by_status = np.zeros(len(MinerStatus))
        self._site_cost_usd_per_mw_year = by_status.copy()
        self._site_cost_usd_per_mw_year[MinerStatus.MINING] = s.mining_opex_usd_per_mw_year
        self._site_cost_usd_per_mw_year[MinerStatus.IDLE] = s.idle_cost_usd_per_mw_year
        self._pays_rent = by_status.copy()
        self._pays_rent[[MinerStatus.LEASED, MinerStatus.HPC]] = 1.0
        self._rent_premium_usd_per_kw_month = by_status.copy()
        self._rent_premium_usd_per_kw_month[MinerStatus.HPC] = (
            self.convert_terms.revenue_premium_usd_per_kw_month
        )
        self._noi_margin = by_status.copy()
        self._noi_margin[MinerStatus.LEASED] = s.lease_noi_margin
        self._noi_margin[MinerStatus.HPC] = s.convert_noi_margin
        self._grid_policy = grid.GridPolicy(s.grid_policy)
        self._fleet_review_ticks = max(self._ticks(FLEET_REVIEW_WEEKS * 7 / DAYS_PER_YEAR), 1)
        self._lease_equity_usd_per_mw = float(
            self.lease_terms.equity_needed_usd_per_mw(s.lease_debt_share)
        )
        self._site_channel = np.zeros(len(MinerStatus), dtype=np.int64)
        for position, status in enumerate(SITE_CHANNEL_STATUS.values()):
            self._site_channel[status] = position
        self._power_price_usd_per_mwh = self.miner_power_price_usd_per_mwh()
        self._mining_values = self._value_mining(slice(None))
        self._update_valuation()
        self.metrics: dict[str, Any] = {}
        self._compute_metrics()
        self.datacollector = FleetDataCollector(
            self, {name: (lambda m, key=name: m.metrics[key]) for name in MODEL_COLUMNS}
        )
        self.datacollector.collect(self)

    # ------------------------------------------------------------------ initialisation

    def _create_grid_operators(self) -> None:
        s = self.scenario
        table = calibration.regions()
        self.grid_operators: list[GridOperator] = [
            GridOperator(
                self,
                region=row.region,
                headroom_mw=s.grid_headroom_gw * 1000.0 * row.firm_headroom_share,
                capacity_added_mw_per_year=row.capacity_added_gw_per_year * 1000.0,
                lead_time_years=row.interconnection_lead_time_years,
                base_power_price_usd_per_mwh=row.base_power_price_usd_per_mwh,
            )
            for row in table.itertuples()
        ]

    def _create_miners(self, rng: np.random.Generator) -> None:
        """Public miners (largest first), then synthetic ones filling the US hashrate share."""
        s = self.scenario
        public = calibration.public_miners().sort_values("mw_site", ascending=False, kind="stable")
        public = public.head(s.n_miners)
        n_public = len(public)
        n_synthetic = s.n_miners - n_public
        region_index = {name: i for i, name in enumerate(self.region_names)}

        target_ehs = s.us_hashrate_share * s.network_hashrate_ehs_start
        public_ehs = float(public["hashrate_ehs"].sum())
        synthetic_ehs = max(target_ehs - public_ehs, 0.1 * target_ehs) if n_synthetic else 0.0
        sizes = rng.lognormal(0.0, 1.0, n_synthetic)
        synthetic_site_ehs = synthetic_ehs * sizes / sizes.sum() if n_synthetic else np.zeros(0)
        synthetic_j = np.clip(
            rng.normal(s.synthetic_j_per_th_mean, s.synthetic_j_per_th_sd, n_synthetic),
            s.asic_frontier_j_per_th,
            60.0,
        )
        synthetic_cost = np.clip(
            rng.normal(
                s.synthetic_power_cost_usd_per_mwh_mean,
                s.synthetic_power_cost_usd_per_mwh_sd,
                n_synthetic,
            ),
            10.0,
            200.0,
        )
        region_mw = (
            public.groupby("region")["mw_site"]
            .sum()
            .reindex(self.region_names, fill_value=0.0)
            .to_numpy()
        )
        region_weights = region_mw + 0.02 * max(region_mw.sum(), 1.0)
        synthetic_region = rng.choice(
            len(self.region_names), size=n_synthetic, p=region_weights / region_weights.sum()
        )
        synthetic_mw = synthetic_site_ehs * synthetic_j  # EH/s * J/TH = MW

        # Firm-level cash and debt are reported once per firm: split them over its sites by MW.
        firm_mw = public.groupby("firm")["mw_site"].transform("sum")
        firm_cash = (
            public.groupby("firm")["cash_usd_m"].transform("max")
            * 1e6
            * public["mw_site"]
            / firm_mw
        )
        firm_debt = (
            public.groupby("firm")["debt_usd_m"].transform("max")
            * 1e6
            * public["mw_site"]
            / firm_mw
        )
        public_cost = (
            public["power_cost_usd_per_mwh"]
            .fillna(s.synthetic_power_cost_usd_per_mwh_mean)
            .to_numpy(float)
        )
        public_cash = firm_cash.fillna(public["mw_site"] * s.synthetic_cash_usd_per_mw).to_numpy(
            float
        )
        public_debt = firm_debt.fillna(public["mw_site"] * s.synthetic_debt_usd_per_mw).to_numpy(
            float
        )

        firm_names = list(dict.fromkeys(public["firm"]))
        firm_of_public = np.array([firm_names.index(f) for f in public["firm"]], dtype=np.int32)
        synthetic_names = [f"Private miner {i + 1:04d}" for i in range(n_synthetic)]
        n = s.n_miners
        self.fleet = MinerFleet(
            name=np.array(
                [f"{f} ({r})" for f, r in zip(public["firm"], public["region"], strict=True)]
                + [
                    f"{name} ({self.region_names[r]})"
                    for name, r in zip(synthetic_names, synthetic_region, strict=True)
                ],
                dtype=object,
            ),
            firm=np.concatenate(
                [firm_of_public, len(firm_names) + np.arange(n_synthetic, dtype=np.int32)]
            ),
            region=np.concatenate(
                [
                    public["region"].map(region_index).to_numpy(np.int8),
                    synthetic_region.astype(np.int8),
                ]
            ),
            mw=np.concatenate([public["mw_site"].to_numpy(float), synthetic_mw]),
            ths=np.concatenate(
                [public["hashrate_ehs"].to_numpy(float) * 1e6, synthetic_site_ehs * 1e6]
            ),
            j_per_th=np.concatenate([public["fleet_j_per_th"].to_numpy(float), synthetic_j]),
            power_cost_usd_per_mwh=np.concatenate([public_cost, synthetic_cost]),
            cash_usd=np.concatenate([public_cash, synthetic_mw * s.synthetic_cash_usd_per_mw]),
            debt_usd=np.concatenate([public_debt, synthetic_mw * s.synthetic_debt_usd_per_mw]),
            discount_rate=rng.uniform(s.discount_rate_min, s.discount_rate_max, n),
            risk_aversion=rng.uniform(0.0, s.risk_aversion_max, n),
            horizon_years=rng.uniform(s.horizon_min_years, s.horizon_max_years, n),
            expectation_rule=rng.integers(0, len(ExpectationRule), n).astype(np.int8),
            is_public=np.arange(n) < n_public,
        )
        # Two rows of one firm in one region get distinct names.
        seen: dict[str, int] = {}
        for k, name in enumerate(self.fleet.name):
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:
                self.fleet.name[k] = f"{name} #{seen[name]}"
        # A fleet reported at more hashrate than its MW can run is capped at the MW.
        self.fleet.ths = np.minimum(self.fleet.ths, self.fleet.mw * 1e6 / self.fleet.j_per_th)
        # Deals announced after the start date are what the model should find, not be told.
        announced = public["ai_deal_announced"]
        known = announced.isna() | (announced <= pd.Timestamp(s.start_date))
        self.public_ai_deal_mw = np.concatenate(
            [
                public["ai_deal_mw"].where(known, 0.0).fillna(0.0).to_numpy(float),
                np.zeros(n_synthetic),
            ]
        )
        self.firm_names: list[str] = firm_names + synthetic_names
        """Firm names, indexed by ``fleet.firm`` (public firms first, then private miners)."""
        self.n_firms = len(self.firm_names)
        self.miners: list[Miner] = [Miner(self, i) for i in range(n)]
        self.miner_unique_ids = np.array([m.unique_id for m in self.miners])

    def _create_hyperscalers(self) -> None:
        s = self.scenario
        names = [
            HYPERSCALER_NAMES[i] if i < len(HYPERSCALER_NAMES) else f"Hyperscaler {i + 1}"
            for i in range(s.n_hyperscalers)
        ]
        budget = s.hyperscaler_capex_budget_usd_bn_per_year * 1e9 / s.n_hyperscalers
        self.hyperscalers: list[Hyperscaler] = [
            Hyperscaler(self, name, 1.0 / s.n_hyperscalers, budget) for name in names
        ]

    def _seed_announced_deals(self) -> None:
        """Sites with AI deals announced by the start date begin as already leasing.

        A public miner's announced critical-IT MW, grossed up by the IT share and capped at
        its site, is treated as one contract signed half a lead time before the start with
        hyperscaler 0..n round-robin at the base rent.  Sites smaller than the deal become
        leasing whole.
        """
        s = self.scenario
        fleet = self.fleet
        if s.ai_demand_scale == 0:
            return
        deal_sites = np.flatnonzero(self.public_ai_deal_mw > 0)
        for k, i in enumerate(deal_sites):
            fleet.running_share[i] = 0.0
            fleet.status[i] = MinerStatus.CONVERTING
            fleet.contract[i] = ContractKind.LEASE
            fleet.tenant[i] = k % len(self.hyperscalers)
            fleet.rent_usd_per_kw_month[i] = s.hyperscaler_base_wtp_usd_per_kw_month
            lead_ticks = self._ticks(self.lease_terms.lead_time_years)
            fleet.ready_tick[i] = lead_ticks // 2
            fleet.contract_end_tick[i] = fleet.ready_tick[i] + self._ticks(s.lease_term_years)
            fleet.firm_service[i] = True  # announced projects have their grid agreements

    def _ticks(self, years: float) -> int:
        return int(round(years / self.tick_years))

    # ------------------------------------------------------------------ the schedule

    def step(self) -> None:
        """One tick.  The order below is the model's process overview (ODD section 3)."""
        self.btc_price_usd = float(self.btc_price_path[self.steps])
        self._grid_conditions()  # 1. grid operators: utilisation, scarcity price, curtailment
        self._serve_interconnection_queue()  # 2. grid operators grant ready requests by policy
        self._energise_ready_projects()  # 3. retrofits, acquired sites, BTM plants come online
        self._operate_mines()  # 4. miners run or curtail
        self._advance_bitcoin_network()  # 5. blocks, difficulty, hashprice, rest of world
        self._settle_cash_flows()  # 6. revenue, power, rent, DR payments, interest
        self._resolve_insolvency()  # 7. insolvent miners exit
        self._mining_values = self._value_mining(slice(None))
        offers = self._choose_paths()  # 8. miners choose mine / idle / refleet / offer a site to AI
        self._hyperscalers_procure()  # 9. hyperscalers set WTP, file requests, build BTM
        self._clear_lease_markets(offers)  # 10. lease market clears per region
        self._auction_sites()  # 11. insolvent miners' sites sold to the highest bidder
        self._update_valuation()  # 12. enterprise value per W of every site
        self._compute_metrics()
        self.datacollector.collect(self)
        if self.steps >= self.n_ticks:
            self.running = False

    def run(self, ticks: int | None = None) -> None:
        """Run ``ticks`` more ticks, or to the horizon when ``ticks`` is None."""
        remaining = self.n_ticks - self.steps
        count = remaining if ticks is None else min(int(ticks), remaining)
        for _ in range(count):
            self.step()

    # ------------------------------------------------------------------ 1-3: grid and pipeline

    def _serving_ai(self) -> np.ndarray:
        """Sites whose AI load is energised (leased, hosting, or acquired and built)."""
        fleet = self.fleet
        acquired_ready = (
            fleet.in_status(MinerStatus.ACQUIRED)
            & (fleet.ready_tick <= self.steps)
            & fleet.firm_service
        )
        return fleet.in_status(MinerStatus.LEASED, MinerStatus.HPC) | acquired_ready

    def _file_brownfield(self, i: int, rent_usd_per_kw_month: float) -> None:
        """Ask site ``i``'s grid for firm service for its MW (needed before AI load energises)."""
        s = self.scenario
        operator = self.grid_operators[self.fleet.region[i]]
        lead = min(operator.lead_time_years, self.lease_terms.lead_time_years)
        if s.grid_policy == grid.GridPolicy.AI_PRIORITY:
            lead *= 0.5
        operator.queue.file(
            owner=i,
            kind=RequestKind.BROWNFIELD_AI,
            mw=float(self.fleet.mw[i]),
            filed_tick=self.steps,
            ready_tick=self.steps + self._ticks(lead),
            bid_usd_per_kw_month=rent_usd_per_kw_month,
        )

    def _region_load_mw(self) -> tuple[np.ndarray, np.ndarray]:
        """(load, interconnected site capacity) per region, MW."""
        fleet = self.fleet
        n_regions = len(self.region_names)
        mining = fleet.in_status(MinerStatus.MINING)
        ai_on_site = self._serving_ai()
        load = np.bincount(
            fleet.region,
            weights=fleet.mw * (mining * fleet.running_share + ai_on_site),
            minlength=n_regions,
        )
        sites = np.bincount(fleet.region, weights=fleet.mw, minlength=n_regions)
        return load, sites

    def _grid_conditions(self) -> None:
        s = self.scenario
        operators = self.grid_operators
        load, sites = self._region_load_mw()
        season = grid.seasonal_load_factor(self._day_of_year[self.steps], s.seasonal_amplitude)
        for operator in operators:
            operator.headroom_mw += operator.capacity_added_mw_per_year * self.tick_years
        granted = np.array([g.granted_ai_mw + g.granted_brownfield_mw for g in operators])
        greenfield = np.array([g.granted_ai_mw for g in operators])
        capacity = sites + granted + np.array([g.headroom_mw for g in operators])
        utilisation = np.where(
            capacity > 0,
            np.minimum((load + greenfield) / np.maximum(capacity, 1e-9) * season, 1.0),
            0.0,
        )
        adder = grid.scarcity_power_price_usd_per_mwh(
            0.0, utilisation, s.scarcity_adder_usd_per_mwh, s.scarcity_exponent
        )
        curtailed = grid.curtailment_fraction(utilisation, s.curtailment_threshold)
        if s.grid_policy == grid.GridPolicy.AI_PRIORITY:
            curtailed = np.minimum(1.0, 2.0 * curtailed)  # flexible mining load is shed first
        for r, operator in enumerate(operators):
            operator.utilisation = float(utilisation[r])
            operator.scarcity_adder_usd_per_mwh = float(adder[r])
            operator.curtailment_share = float(curtailed[r])
        # Sites' power prices hold for the rest of the tick.
        self._power_price_usd_per_mwh = self.miner_power_price_usd_per_mwh()

    def _serve_interconnection_queue(self) -> None:
        fleet = self.fleet
        n_kinds = len(RequestKind)
        grid_mw_by_owner = np.zeros(len(self.hyperscalers))
        for operator in self.grid_operators:
            queue = operator.queue
            if queue.earliest_ready_tick > self.steps or operator.headroom_mw <= 0:
                continue
            ready = (queue.ready_tick <= self.steps).nonzero()[0]
            # Nothing is granted when not even the smallest ready request fits.
            if ready.size == 0 or queue.mw[ready].min() > operator.headroom_mw + 1e-9:
                continue
            order = queue.priority_order(self._grid_policy, ready)
            # Served in order until the next request does not fit: it waits for capacity.
            fits = np.cumsum(queue.mw[order]) <= operator.headroom_mw + 1e-9
            granted = order if fits.all() else order[: int(np.argmin(fits))]
            if granted.size == 0:
                continue
            mw = queue.mw[granted]
            kind = queue.kind[granted]
            owner = queue.owner[granted]
            mw_by_kind = np.bincount(kind, weights=mw, minlength=n_kinds)
            operator.headroom_mw -= float(mw_by_kind.sum())
            if mw_by_kind[RequestKind.GREENFIELD_AI] > 0:
                operator.granted_ai_mw += float(mw_by_kind[RequestKind.GREENFIELD_AI])
                greenfield = kind == RequestKind.GREENFIELD_AI
                grid_mw_by_owner += np.bincount(
                    owner[greenfield], weights=mw[greenfield], minlength=grid_mw_by_owner.size
                )
            if mw_by_kind[RequestKind.BROWNFIELD_AI] > 0:
                operator.granted_brownfield_mw += float(mw_by_kind[RequestKind.BROWNFIELD_AI])
                fleet.firm_service[owner[kind == RequestKind.BROWNFIELD_AI]] = True
            if mw_by_kind[RequestKind.MINING_EXPANSION] > 0:
                expansion = kind == RequestKind.MINING_EXPANSION
                for i, added_mw in zip(owner[expansion], mw[expansion], strict=True):
                    fleet.expansion_pending[i] = False
                    self._expand_site(int(i), float(added_mw))
            queue.remove_at(granted)
        for hyperscaler, mw in zip(self.hyperscalers, grid_mw_by_owner, strict=True):
            hyperscaler.energised_mw["grid"] += float(mw)

    def _expand_site(self, index: int, mw: float) -> None:
        """A miner's granted expansion: more MW, filled with frontier ASICs if it can pay."""
        fleet = self.fleet
        frontier = self.asic_frontier_j_per_th()
        added_ths = mw * 1e6 / frontier
        capex = added_ths * self.asic_price_usd_per_th()
        if fleet.status[index] != MinerStatus.MINING or fleet.cash_usd[index] < 0.5 * capex:
            return
        fleet.cash_usd[index] -= 0.5 * capex
        fleet.debt_usd[index] += 0.5 * capex
        fleet.mw[index] += mw
        fleet.ths[index] += added_ths
        fleet.j_per_th[index] = fleet.mw[index] * 1e6 / fleet.ths[index]

    def _energise_ready_projects(self) -> None:
        fleet = self.fleet
        s = self.scenario
        # A retrofit serves its tenant once built and once the grid grants firm service; the
        # contract term runs from then.
        ready = np.flatnonzero(
            (fleet.status == MinerStatus.CONVERTING)
            & (fleet.ready_tick <= self.steps)
            & fleet.firm_service
        )
        if ready.size:
            converted = fleet.contract[ready] == ContractKind.CONVERT
            fleet.status[ready] = np.where(converted, MinerStatus.HPC, MinerStatus.LEASED)
            term_ticks = np.where(
                converted,
                self._ticks(self.convert_terms.term_years),
                self._ticks(self.lease_terms.term_years),
            )
            fleet.contract_end_tick[ready] = self.steps + term_ticks
        pipeline_mw = s.ai_pipeline_under_construction_gw * 1000.0 * min(s.ai_demand_scale, 1.0)
        built_share = min(self.steps * self.tick_years / PIPELINE_BUILD_YEARS, 1.0)
        # MW serving each hyperscaler through miners' sites, by channel (lease, hpc, acquired).
        serving = np.flatnonzero((fleet.tenant >= 0) & self._serving_ai())
        channel = self._site_channel[fleet.status[serving]]
        n_channels = len(SITE_CHANNELS)
        by_channel = np.bincount(
            fleet.tenant[serving] * n_channels + channel,
            weights=fleet.mw[serving],
            minlength=len(self.hyperscalers) * n_channels,
        ).reshape(len(self.hyperscalers), n_channels)
        new_year = self.steps % max(self._ticks(1.0), 1) == 0
        for hyperscaler, site_mw in zip(self.hyperscalers, by_channel.tolist(), strict=True):
            energised = hyperscaler.energised_mw
            energised["pipeline"] = pipeline_mw * built_share * hyperscaler.demand_share
            energised.update(zip(SITE_CHANNELS, site_mw, strict=True))
            if hyperscaler.btm_under_construction:
                done = [mw for t, mw in hyperscaler.btm_under_construction if t <= self.steps]
                if done:
                    energised["btm"] += sum(done)
                    hyperscaler.btm_under_construction = [
                        (t, mw) for t, mw in hyperscaler.btm_under_construction if t > self.steps
                    ]
            if new_year:
                hyperscaler.capex_spent_usd_this_year = 0.0

    # ------------------------------------------------------------------ 4-7: mining and money

    def asic_frontier_j_per_th(self) -> float:
        """Best ASIC efficiency on sale now, J/TH."""
        s = self.scenario
        return float(
            bitcoin.asic_frontier_j_per_th(
                self.steps * self.tick_years,
                s.asic_frontier_j_per_th,
                s.asic_improvement_annual,
                s.asic_floor_j_per_th,
            )
        )

    def asic_price_usd_per_th(self) -> float:
        """Price of frontier ASICs now, USD per TH/s.

        ASIC prices track what a TH/s earns (Hashrate Index's ASIC price index moves with
        hashprice): the start price scaled by the lagged hashprice over its start value, so a
        machine costs the same number of days of revenue whenever it is bought.
        """
        s = self.scenario
        return (
            s.asic_price_usd_per_th * self.hashprice_signal_usd_per_ph_day / self.hashprice_at_start
        )

    def miner_power_price_usd_per_mwh(self) -> np.ndarray:
        """What each site pays for power now: its contract plus its region's scarcity adder."""
        adders = np.array([g.scarcity_adder_usd_per_mwh for g in self.grid_operators])
        return self.fleet.power_cost_usd_per_mwh + adders[self.fleet.region]

    def _operate_mines(self) -> None:
        fleet = self.fleet
        breakeven = valuation.breakeven_hashprice_usd_per_ph_day(
            fleet.j_per_th, self._power_price_usd_per_mwh
        )
        # Within a week the price moves: the share of hours a fleet runs rises from 0 at 80 %
        # of its breakeven to 1 at 120 % (a linear stand-in for hourly curtailment).
        economic_share = np.minimum(
            np.maximum(
                (self.hashprice_usd_per_ph_day / np.maximum(breakeven, 1e-9) - 0.8) / 0.4, 0.0
            ),
            1.0,
        )
        curtailment = np.array([g.curtailment_share for g in self.grid_operators])[fleet.region]
        mining = fleet.status == MinerStatus.MINING
        fleet.running_share = np.where(mining, economic_share * (1.0 - curtailment), 0.0)
        self.grid_curtailed_mw = np.where(mining, economic_share * curtailment * fleet.mw, 0.0)

    def _advance_bitcoin_network(self) -> None:
        s = self.scenario
        fleet = self.fleet
        modelled_ehs = float(np.dot(fleet.ths, fleet.running_share)) / 1e6
        frontier = self.asic_frontier_j_per_th()
        # The rest of the world replaces worn-out machines with frontier ones (turnover 1/life).
        self.row_j_per_th += (frontier - self.row_j_per_th) * min(
            self.tick_years / s.asic_life_years, 1.0
        )
        row_ehs = self.row_mw / self.row_j_per_th
        self.modelled_hashrate_ehs = modelled_ehs
        self.network_hashrate_ehs = max(modelled_ehs + row_ehs, 1e-6)
        advance = bitcoin.advance_chain(
            self.chain, self.network_hashrate_ehs, s.tick_days * bitcoin.SECONDS_PER_DAY
        )
        self.chain = advance.state
        self.btc_issued_this_tick = advance.subsidy_btc + advance.blocks * self.fees_btc_per_block
        self.block_subsidy_btc = float(bitcoin.block_subsidy_btc(self.chain.block_height))
        previous = self.hashprice_usd_per_ph_day
        self.hashprice_usd_per_ph_day = float(
            bitcoin.hashprice_usd_per_ph_day(
                self.btc_price_usd,
                self.chain.difficulty,
                self.block_subsidy_btc,
                self.fees_btc_per_block,
            )
        )
        self.hashprice_history.append(self.hashprice_usd_per_ph_day)
        weekly_growth = math.log(self.hashprice_usd_per_ph_day / previous) / self.tick_years
        decay = 1.0 - 0.5 ** (self.tick_years / 0.5)  # half-life of half a year
        self.adaptive_growth_annual += decay * (weekly_growth - self.adaptive_growth_annual)

        # Rest of the world: hysteresis between energy cost and all-in cost of new machines.
        lag_years = s.row_lag_weeks * 7 / DAYS_PER_YEAR
        weight = self.tick_years / (lag_years + self.tick_years)
        self.hashprice_signal_usd_per_ph_day += weight * (
            self.hashprice_usd_per_ph_day - self.hashprice_signal_usd_per_ph_day
        )
        energy = float(
            bitcoin.energy_cost_usd_per_ph_day(self.row_j_per_th, s.row_power_price_usd_per_mwh)
        )
        hardware = self.asic_price_usd_per_th() * 1000.0 / (s.asic_life_years * 365.0)
        all_in = (
            float(bitcoin.energy_cost_usd_per_ph_day(frontier, s.row_power_price_usd_per_mwh))
            + hardware
        )
        rate = bitcoin.rest_of_world_growth_per_year(
            self.hashprice_signal_usd_per_ph_day,
            energy,
            max(all_in, energy),
            s.row_entry_elasticity,
            s.row_exit_elasticity,
            s.row_max_growth_annual,
        )
        self.row_mw *= math.exp(rate * self.tick_years)
        self.rest_of_world_hashrate_ehs = self.row_mw / self.row_j_per_th

    def _pay(self, hyperscaler: int, amount_usd: float, to: str) -> None:
        self.hyperscalers[hyperscaler].paid_usd += amount_usd
        self.ledger["hyperscaler_paid_usd"] += amount_usd
        self.ledger[to] += amount_usd

    def _settle_cash_flows(self) -> None:
        s = self.scenario
        fleet = self.fleet
        status = fleet.status
        hours = s.tick_days * 24.0
        running_ths = fleet.ths * fleet.running_share
        btc_earned = running_ths * (self.btc_issued_this_tick / (self.network_hashrate_ehs * 1e6))
        energy_cost = fleet.mw * fleet.running_share * (hours * self._power_price_usd_per_mwh)
        dr_income = self.grid_curtailed_mw * (hours * s.dr_payment_usd_per_mwh)
        self.ledger["dr_payments_usd"] += float(dr_income.sum())
        flow = btc_earned * self.btc_price_usd - energy_cost + dr_income
        # Site costs by status (mining opex, idle holding cost) and interest.
        flow -= self._site_cost_usd_per_mw_year[status] * fleet.mw * self.tick_years
        flow -= fleet.debt_usd * (s.interest_rate_annual * self.tick_years)

        # Rent: the tenant pays the full contract revenue; the miner keeps NOI (it bears opex).
        kw_it_months = fleet.mw * (1000.0 * s.it_share * self.tick_years * 12.0)
        revenue = (fleet.rent_usd_per_kw_month + self._rent_premium_usd_per_kw_month[status]) * (
            self._pays_rent[status]
        )
        due = revenue * kw_it_months
        from_prepayment = np.minimum(due, fleet.prepaid_usd)
        fleet.prepaid_usd -= from_prepayment
        cash_due = due - from_prepayment
        paying = cash_due > 0
        if paying.any():
            by_tenant = np.bincount(
                fleet.tenant[paying], weights=cash_due[paying], minlength=len(self.hyperscalers)
            )
            for h in np.flatnonzero(by_tenant):
                self._pay(int(h), float(by_tenant[h]), "miners_received_usd")
        # The prepaid part of the rent was received in cash at signing.
        flow += cash_due - due * (1.0 - self._noi_margin[status])
        fleet.cash_usd += flow

        # Contracts that end are renewed at the region's latest rent (or kept at theirs).
        ended = fleet.in_status(MinerStatus.LEASED, MinerStatus.HPC) & (
            fleet.contract_end_tick <= self.steps
        )
        if ended.any():
            region_rent = self.last_clearing_price[fleet.region]
            fleet.rent_usd_per_kw_month[ended] = np.where(
                np.isnan(region_rent[ended]), fleet.rent_usd_per_kw_month[ended], region_rent[ended]
            )
            term = np.where(
                fleet.status[ended] == MinerStatus.HPC, s.convert_term_years, s.lease_term_years
            )
            fleet.contract_end_tick[ended] = self.steps + np.round(term / self.tick_years).astype(
                np.int64
            )

    def _resolve_insolvency(self) -> np.ndarray:
        """Miners short of cash borrow up to their debt capacity; the rest exit (indices)."""
        s = self.scenario
        fleet = self.fleet
        active = fleet.in_status(
            MinerStatus.MINING,
            MinerStatus.IDLE,
            MinerStatus.CONVERTING,
            MinerStatus.LEASED,
            MinerStatus.HPC,
        )
        short = active & (fleet.cash_usd < 0)
        if not short.any():
            return np.zeros(0, dtype=np.int64)
        capacity = (
            s.debt_capacity_share_of_value * np.maximum(fleet.value_usd_per_w, 0.0) * fleet.mw * 1e6
        )
        can_borrow = short & (fleet.debt_usd - fleet.cash_usd <= capacity)
        fleet.debt_usd[can_borrow] -= fleet.cash_usd[can_borrow]
        fleet.cash_usd[can_borrow] = 0.0
        exits = short & ~can_borrow
        # Signed contracts survive the landlord: the tenant takes the site over; other sites
        # go to auction.
        contracted = fleet.in_status(
            MinerStatus.CONVERTING, MinerStatus.LEASED, MinerStatus.HPC
        ) & (fleet.tenant >= 0)
        fleet.status[exits & contracted] = MinerStatus.ACQUIRED
        fleet.status[exits & ~contracted] = MinerStatus.EXITED
        fleet.ready_tick[exits & ~contracted] = self.steps  # the sale clock starts now
        fleet.running_share[exits] = 0.0
        fleet.expansion_pending[exits] = False
        return np.flatnonzero(exits)

    # ------------------------------------------------------------------ 8-11: decisions and markets

    def _hashprice_growth_by_rule(self) -> np.ndarray:
        """Hashprice growth expected under each :class:`ExpectationRule`, per year."""
        history = self.hashprice_history
        lookback = min(13, len(history) - 1)
        trend = (
            math.log(history[-1] / history[-1 - lookback]) / (lookback * self.tick_years)
            if lookback > 0
            else 0.0
        )
        return np.array(
            [0.0, min(max(self.adaptive_growth_annual, -1.0), 1.0), min(max(trend, -1.0), 1.0)]
        )

    def _hashprice_growth_expectations(self) -> np.ndarray:
        """Hashprice growth each miner expects, per year (by its expectation rule)."""
        return self._hashprice_growth_by_rule()[self.fleet.expectation_rule]

    def _value_mining(self, indices: np.ndarray | slice) -> tuple[np.ndarray, np.ndarray]:
        """(present value, certainty equivalent) of mining per MW for the given sites."""
        s = self.scenario
        fleet = self.fleet
        height = self.chain.block_height
        years_to_halving = (
            (bitcoin.next_halving_height(height) - self.chain.height)
            * bitcoin.TARGET_BLOCK_SECONDS
            / (DAYS_PER_YEAR * bitcoin.SECONDS_PER_DAY)
        )
        subsidy = float(bitcoin.block_subsidy_btc(height))
        halving_factor = (subsidy / 2 + self.fees_btc_per_block) / (
            subsidy + self.fees_btc_per_block
        )
        return valuation.mining_value_usd_per_mw(
            self.hashprice_usd_per_ph_day,
            self._hashprice_growth_by_rule(),
            years_to_halving,
            halving_factor,
            fleet.j_per_th[indices],
            self._power_price_usd_per_mwh[indices],
            s.mining_opex_usd_per_mw_year,
            fleet.discount_rate[indices],
            fleet.horizon_years[indices],
            fleet.risk_aversion[indices],
            s.btc_volatility_annual,
            s.idle_cost_usd_per_mw_year,
            weights=self._discount_weights[indices],
            growth_index=fleet.expectation_rule[indices],
        )

    def _choose_paths(self) -> dict[str, np.ndarray]:
        """Mine or idle, refleet, and which sites to offer to AI tenants at what rent."""
        s = self.scenario
        fleet = self.fleet
        free = fleet.in_status(MinerStatus.MINING, MinerStatus.IDLE)
        _, mining_ce = self._mining_values
        stay_value = np.maximum(mining_ce, self._idle_value_usd_per_mw)
        # Mine or mothball for the coming tick: whichever costs less now (reversible).
        revenue = valuation.mining_revenue_usd_per_mw_year(
            self.hashprice_usd_per_ph_day, fleet.j_per_th
        )
        # Running costs opex, mothballing costs the idle cost: run when the energy margin,
        # max(R - E, 0), covers their difference (always, when idling costs more).
        excess_cost = s.mining_opex_usd_per_mw_year - s.idle_cost_usd_per_mw_year
        if excess_cost <= 0:
            operating = np.ones(len(fleet), dtype=bool)
        else:
            energy = finance.HOURS_PER_YEAR * self._power_price_usd_per_mwh
            operating = revenue - energy >= excess_cost
        fleet.status[free & operating] = MinerStatus.MINING
        fleet.status[free & ~operating] = MinerStatus.IDLE
        if self.steps % self._fleet_review_ticks == 0:
            self._refleet(free & (fleet.status == MinerStatus.MINING))
        self._request_expansions(free & (fleet.status == MinerStatus.MINING) & (mining_ce > 0))

        # Value of each AI path at the rent the miner expects (its region's last clearing
        # rent, or hyperscalers' base willingness to pay before any clearing there).
        rent_by_region = np.where(
            np.isnan(self.last_clearing_price),
            s.hyperscaler_base_wtp_usd_per_kw_month,
            self.last_clearing_price,
        )
        prepay_by_region = (
            s.convert_prepayment_share
            * (rent_by_region + self.convert_terms.revenue_premium_usd_per_kw_month)
            * (1000.0 * s.it_share * 12 * s.convert_term_years)
        )
        expected_rent = rent_by_region[fleet.region]
        prepay = prepay_by_region[fleet.region]
        required = stay_value + s.switching_hurdle * np.abs(stay_value)
        (lease_a, lease_b), (convert_a, convert_b) = (
            self._lease_coefficients,
            self._convert_coefficients,
        )
        lease_value = lease_a * expected_rent + lease_b
        convert_value = convert_a * expected_rent + convert_b
        funds = fleet.cash_usd + self._equity_capacity_usd()
        lease_ok = funds >= self._lease_equity_usd_per_mw * fleet.mw
        convert_ok = (
            funds
            >= self.convert_terms.equity_needed_usd_per_mw(s.convert_debt_share, prepay) * fleet.mw
        )
        choose_convert = convert_ok & (~lease_ok | (convert_value > lease_value))
        fleet.pivot_propensity = np.maximum(lease_value, convert_value) - required
        idx = np.flatnonzero(free & (lease_ok | convert_ok) & (fleet.mw >= s.min_lease_site_mw))
        convert = choose_convert[idx]
        # Reservation rent: the rent at which the chosen contract is worth staying's value.
        a = np.where(convert, convert_a[idx], lease_a[idx])
        b = np.where(convert, convert_b[idx], lease_b[idx])
        return {
            "index": idx,
            "rent": np.maximum((required[idx] - b) / a, 0.0),
            "kind": np.where(convert, ContractKind.CONVERT, ContractKind.LEASE).astype(np.int8),
            "prepay_per_mw": prepay[idx],
        }

    def _equity_capacity_usd(self) -> np.ndarray:
        """New equity each site's firm can raise for a project: listed miners only, USD."""
        s = self.scenario
        fleet = self.fleet
        value = np.maximum(fleet.value_usd_per_w, 0.0) * fleet.mw * 1e6
        return np.where(fleet.is_public, s.public_equity_raise_share_of_value * value, 0.0)

    def _refleet(self, candidates: np.ndarray) -> None:
        """Replace the fleet with frontier ASICs where the extra revenue pays for them."""
        s = self.scenario
        fleet = self.fleet
        frontier = self.asic_frontier_j_per_th()
        idx = np.flatnonzero(candidates & (fleet.j_per_th > frontier / 0.75))
        if idx.size == 0:
            return
        growth = self._hashprice_growth_expectations()[idx]
        power = self._power_price_usd_per_mwh[idx]
        life = np.full(idx.size, s.asic_life_years)
        common = (self.hashprice_usd_per_ph_day, growth, 99.0, 1.0)
        new_value, _ = valuation.mining_value_usd_per_mw(
            *common,
            np.full(idx.size, frontier),
            power,
            0.0,
            fleet.discount_rate[idx],
            life,
            np.zeros(idx.size),
            0.0,
        )
        old_value, _ = valuation.mining_value_usd_per_mw(
            *common,
            fleet.j_per_th[idx],
            power,
            0.0,
            fleet.discount_rate[idx],
            life,
            np.zeros(idx.size),
            0.0,
        )
        capex = fleet.mw[idx] * 1e6 / frontier * self.asic_price_usd_per_th()
        worth = (new_value - old_value) * fleet.mw[idx] > capex
        affordable = fleet.cash_usd[idx] >= 0.5 * capex
        go = idx[worth & affordable]
        paid = capex[worth & affordable]
        fleet.cash_usd[go] -= 0.5 * paid
        fleet.debt_usd[go] += 0.5 * paid
        fleet.j_per_th[go] = frontier
        fleet.ths[go] = fleet.mw[go] * 1e6 / frontier

    def _request_expansions(self, candidates: np.ndarray) -> None:
        """Profitable mining sites ask their grid for more MW (one request at a time)."""
        fleet = self.fleet
        new = np.flatnonzero(candidates & ~fleet.expansion_pending)
        if new.size == 0:
            return
        fleet.expansion_pending[new] = True
        regions = fleet.region[new]
        for r in np.unique(regions).tolist():
            operator = self.grid_operators[r]
            sites = new[regions == r]
            operator.queue.file(
                owner=sites,
                kind=RequestKind.MINING_EXPANSION,
                mw=fleet.mw[sites] * EXPANSION_SHARE,
                filed_tick=self.steps,
                ready_tick=self.steps + self._ticks(operator.lead_time_years),
                bid_usd_per_kw_month=0.0,
            )

    def _hyperscalers_procure(self) -> None:
        """Willingness to pay, grid requests and behind-the-meter plants, per hyperscaler."""
        s = self.scenario
        fleet = self.fleet
        need_now = float(self.ai_demand_path_mw[self.steps])
        need_ahead = float(self.ai_need_path_mw[self.steps])
        headroom = [
            max(g.headroom_mw, 0.0) + g.capacity_added_mw_per_year for g in self.grid_operators
        ]
        total_headroom = sum(headroom)
        headroom_share = (
            [mw / total_headroom for mw in headroom]
            if total_headroom > 0
            else [1 / len(headroom)] * len(headroom)
        )
        self.lease_need_mw = np.zeros(len(self.hyperscalers))
        queues = [operator.queue for operator in self.grid_operators]
        kind = np.concatenate([queue.kind for queue in queues])
        greenfield = kind == RequestKind.GREENFIELD_AI
        queued_by_owner = np.bincount(
            np.concatenate([queue.owner for queue in queues])[greenfield],
            weights=np.concatenate([queue.mw for queue in queues])[greenfield],
            minlength=len(self.hyperscalers),
        )
        pending = (
            (fleet.tenant >= 0)
            & fleet.in_status(MinerStatus.CONVERTING, MinerStatus.ACQUIRED)
            & ~self._serving_ai()
        )
        contracted_by_owner = np.bincount(
            fleet.tenant[pending], weights=fleet.mw[pending], minlength=len(self.hyperscalers)
        ).tolist()
        queued_by_owner = queued_by_owner.tolist()
        pipeline_mw = s.ai_pipeline_under_construction_gw * 1000.0 * min(s.ai_demand_scale, 1.0)
        requests: list[tuple[int, float, float]] = []  # (owner, MW, bid) to file in every region
        for h, hyperscaler in enumerate(self.hyperscalers):
            served = hyperscaler.served_mw
            contracted = contracted_by_owner[h]
            building = sum(mw for _, mw in hyperscaler.btm_under_construction)
            pipeline_left = (
                pipeline_mw * hyperscaler.demand_share - hyperscaler.energised_mw["pipeline"]
            )
            queued = queued_by_owner[h]
            need = need_ahead * hyperscaler.demand_share
            unserved_share = max(need_now * hyperscaler.demand_share - served, 0.0) / max(
                need_now * hyperscaler.demand_share, 1.0
            )
            hyperscaler.wtp_unbounded_usd_per_kw_month = s.hyperscaler_base_wtp_usd_per_kw_month * (
                1.0 + s.hyperscaler_urgency * unserved_share
            )
            hyperscaler.wtp_usd_per_kw_month = min(
                hyperscaler.wtp_unbounded_usd_per_kw_month, s.ai_max_lease_usd_per_kw_month
            )
            gap = max(need - served - contracted - building - pipeline_left, 0.0)
            # Queue requests that will not connect within a retrofit's lead time do not
            # reduce the need for leases; the grid is the slow option.
            self.lease_need_mw[h] = gap
            # Requests too small to be worth a study (under 1 % of the need) are not filed.
            if gap - queued > MIN_REQUEST_SHARE_OF_NEED * need and need > 0:
                requests.append((h, gap - queued, hyperscaler.wtp_usd_per_kw_month))
            if (
                hyperscaler.wtp_unbounded_usd_per_kw_month >= s.btm_cost_usd_per_kw_month
                and gap > 0
            ):
                btm_mw = gap * BTM_BUILD_SHARE_PER_YEAR * self.tick_years
                capex = (
                    btm_mw * 1000.0 * s.btm_cost_usd_per_kw_month * 12.0
                )  # one year of all-in cost up front
                if capex <= hyperscaler.budget_left_usd():
                    hyperscaler.capex_spent_usd_this_year += capex
                    self._pay(h, capex, "vendors_received_usd")
                    hyperscaler.btm_under_construction.append(
                        (self.steps + self._ticks(s.btm_lead_time_years), btm_mw)
                    )
        if requests:
            owners, mw, bids = (np.array(column) for column in zip(*requests, strict=True))
            for r, operator in enumerate(self.grid_operators):
                lead = operator.lead_time_years * (
                    0.5 if s.grid_policy == grid.GridPolicy.AI_PRIORITY else 1.0
                )
                operator.queue.file(
                    owner=owners,
                    kind=RequestKind.GREENFIELD_AI,
                    mw=mw * headroom_share[r],
                    filed_tick=self.steps,
                    ready_tick=self.steps + self._ticks(lead),
                    bid_usd_per_kw_month=bids,
                )

    def _clear_lease_markets(self, offers: dict[str, np.ndarray]) -> None:
        """Uniform-price auction per region; accepted sites start their retrofit."""
        fleet = self.fleet
        self.mw_traded_this_tick = 0.0
        capacity_mw_per_year = self.scenario.retrofit_capacity_gw_per_year * 1000.0
        self.retrofit_budget_mw = min(
            self.retrofit_budget_mw + capacity_mw_per_year * self.tick_years, capacity_mw_per_year
        )
        if not offers["index"].size or self.lease_need_mw.sum() <= 0:
            return
        wtp = np.array([h.wtp_usd_per_kw_month for h in self.hyperscalers])
        traded_value = 0.0
        for r in self.market_rng.permutation(len(self.region_names)):
            in_region = fleet.region[offers["index"]] == r
            if not in_region.any() or self.lease_need_mw.sum() <= 0:
                continue
            sites = offers["index"][in_region]
            # Retrofit contractors, transformers and chillers limit how much can start at
            # once: bids are scaled to the capacity not yet committed.
            need = self.lease_need_mw.sum()
            bids_mw = self.lease_need_mw * min(1.0, max(self.retrofit_budget_mw, 0.0) / need)
            clearing = markets.clear_lease_auction(
                offers["rent"][in_region], fleet.mw[sites], wtp, bids_mw
            )
            if clearing.traded_mw <= 0:
                continue
            self.last_clearing_price[r] = clearing.price_usd_per_kw_month
            awarded = clearing.bid_awarded_mw.copy()
            self.lease_need_mw -= clearing.bid_awarded_mw
            self.retrofit_budget_mw -= clearing.traded_mw
            for k in np.flatnonzero(clearing.offer_accepted):
                i = sites[k]
                h = int(np.argmax(awarded))  # the bid with most MW still to place takes the site
                awarded[h] -= fleet.mw[i]
                self._sign_contract(
                    i,
                    h,
                    int(offers["kind"][in_region][k]),
                    clearing.price_usd_per_kw_month,
                    offers["prepay_per_mw"][in_region][k],
                )
            self.mw_traded_this_tick += clearing.traded_mw
            traded_value += clearing.traded_mw * clearing.price_usd_per_kw_month
        if self.mw_traded_this_tick > 0:
            self.lease_price_usd_per_kw_month = traded_value / self.mw_traded_this_tick

    def _sign_contract(self, i: int, h: int, kind: int, rent: float, prepay_per_mw: float) -> None:
        s = self.scenario
        fleet = self.fleet
        terms = self.convert_terms if kind == ContractKind.CONVERT else self.lease_terms
        debt_share = s.convert_debt_share if kind == ContractKind.CONVERT else s.lease_debt_share
        capex = terms.capex_usd_per_mw() * fleet.mw[i]
        if kind == ContractKind.CONVERT:
            prepayment = prepay_per_mw * fleet.mw[i]
            self._pay(h, prepayment, "miners_received_usd")
            self.hyperscalers[h].capex_spent_usd_this_year += prepayment
            fleet.cash_usd[i] += prepayment
            fleet.prepaid_usd[i] += prepayment
        equity = capex * (1.0 - debt_share)
        raised = min(max(equity - fleet.cash_usd[i], 0.0), float(self._equity_capacity_usd()[i]))
        fleet.cash_usd[i] += raised  # listed miners sell shares to fund their part
        self.ledger["equity_raised_usd"] += raised
        fleet.cash_usd[i] -= equity
        fleet.debt_usd[i] += capex * debt_share
        fleet.status[i] = MinerStatus.CONVERTING
        fleet.contract[i] = kind
        fleet.tenant[i] = h
        fleet.rent_usd_per_kw_month[i] = rent
        fleet.ready_tick[i] = self.steps + self._ticks(terms.lead_time_years)
        fleet.contract_end_tick[i] = fleet.ready_tick[i] + self._ticks(terms.term_years)
        fleet.running_share[i] = 0.0
        if not fleet.firm_service[i]:
            self._file_brownfield(i, rent)

    def _auction_sites(self) -> None:
        """Sell exited miners' sites (second price) to a hyperscaler or a miner in their region.

        Bidders' values are computed for all sites on sale at once; sites are then sold one
        by one, so a buyer's cash or budget spent on one site is gone for the next.  Mining
        bidders are the :data:`SITE_BIDDERS_PER_REGION` mining firms of the region with the
        cheapest power.  Sites nobody bids for stay on sale (and count as idle MW) and are
        offered again every quarter (:data:`SITE_RESALE_INTERVAL_WEEKS`), as in a
        bankruptcy sale process.
        """
        s = self.scenario
        fleet = self.fleet
        exited = np.flatnonzero(fleet.status == MinerStatus.EXITED)
        if exited.size == 0:
            return
        resale_ticks = max(self._ticks(SITE_RESALE_INTERVAL_WEEKS * 7 / DAYS_PER_YEAR), 1)
        on_sale = exited[
            (fleet.mw[exited] > 0) & ((self.steps - fleet.ready_tick[exited]) % resale_ticks == 0)
        ]
        if on_sale.size == 0:
            return
        # Hyperscalers: the site as their own powered shell at their willingness to pay.
        a, b = self._hyperscaler_site_coefficients
        wtp = np.array([h.wtp_usd_per_kw_month for h in self.hyperscalers])
        needs = (self.lease_need_mw > 0) & (s.ai_demand_scale > 0)
        hyperscaler_value_per_mw = np.where(needs, a * wtp + b, 0.0)
        # Miners: the site's fleet run at the bidder's power cost and discounting.
        bidders = np.full((on_sale.size, SITE_BIDDERS_PER_REGION), -1)
        bidder_value_per_mw = np.zeros((on_sale.size, SITE_BIDDERS_PER_REGION))
        growth = self._hashprice_growth_expectations()
        for r in np.unique(fleet.region[on_sale]):
            candidates = np.flatnonzero(
                (fleet.region == r) & (fleet.status == MinerStatus.MINING) & (fleet.cash_usd > 0)
            )
            if candidates.size == 0:
                continue
            candidates = candidates[
                np.argsort(fleet.power_cost_usd_per_mwh[candidates], kind="stable")[
                    :SITE_BIDDERS_PER_REGION
                ]
            ]
            rows = np.flatnonzero(fleet.region[on_sale] == r)
            sites = np.repeat(on_sale[rows], candidates.size)
            buyers = np.tile(candidates, rows.size)
            value, _ = valuation.mining_value_usd_per_mw(
                self.hashprice_usd_per_ph_day,
                growth[buyers],
                99.0,
                1.0,
                fleet.j_per_th[sites],
                fleet.power_cost_usd_per_mwh[buyers],
                s.mining_opex_usd_per_mw_year,
                fleet.discount_rate[buyers],
                fleet.horizon_years[buyers],
                fleet.risk_aversion[buyers],
                s.btc_volatility_annual,
                s.idle_cost_usd_per_mw_year,
                weights=self._discount_weights[buyers],
            )
            value = np.where(fleet.firm[buyers] == fleet.firm[sites], -np.inf, value)
            bidders[rows, : candidates.size] = candidates
            bidder_value_per_mw[rows, : candidates.size] = value.reshape(rows.size, candidates.size)

        for row, i in enumerate(on_sale):
            mw = fleet.mw[i]
            bids: list[tuple[float, str, int]] = []
            if mw >= s.min_lease_site_mw:
                for h, per_mw in enumerate(hyperscaler_value_per_mw):
                    if 0 < per_mw * mw <= self.hyperscalers[h].budget_left_usd():
                        bids.append((per_mw * mw, "hyperscaler", h))
            for buyer, per_mw in zip(bidders[row], bidder_value_per_mw[row], strict=True):
                if (
                    buyer >= 0
                    and per_mw > 0
                    and fleet.cash_usd[buyer] >= per_mw * mw * (1 - s.site_sale_discount)
                ):
                    bids.append((per_mw * mw, "miner", int(buyer)))
            if not bids:
                continue
            bids.sort(key=lambda b: -b[0])
            value, kind, winner = bids[0]
            price = bids[1][0] if len(bids) > 1 else value * (1.0 - s.site_sale_discount)
            if kind == "hyperscaler":
                self._pay(winner, price, "estates_received_usd")
                self.hyperscalers[winner].capex_spent_usd_this_year += price
                fleet.status[i] = MinerStatus.ACQUIRED
                fleet.tenant[i] = winner
                fleet.ready_tick[i] = self.steps + self._ticks(self.lease_terms.lead_time_years)
                if not fleet.firm_service[i]:
                    self._file_brownfield(i, float(self.hyperscalers[winner].wtp_usd_per_kw_month))
            else:
                price = min(price, fleet.cash_usd[winner])
                self.ledger["site_sales_between_miners_usd"] += price
                fleet.cash_usd[winner] -= price
                fleet.mw[winner] += mw
                fleet.ths[winner] += fleet.ths[i]
                if fleet.ths[winner] > 0:
                    fleet.j_per_th[winner] = fleet.mw[winner] * 1e6 / fleet.ths[winner]
                fleet.mw[i] = 0.0
                fleet.ths[i] = 0.0
            fleet.running_share[i] = 0.0

    # ------------------------------------------------------------------ 12: valuation and metrics

    def _update_valuation(self) -> None:
        """Enterprise value per W of each site under its current path."""
        s = self.scenario
        fleet = self.fleet
        pv, _ = self._mining_values
        value_per_mw = np.maximum(pv, self._idle_value_usd_per_mw)
        contracted = fleet.in_status(MinerStatus.CONVERTING, MinerStatus.LEASED, MinerStatus.HPC)
        if contracted.any():
            r = fleet.discount_rate[contracted]
            lead = np.maximum(fleet.ready_tick[contracted] - self.steps, 0) * self.tick_years
            end = np.maximum(fleet.contract_end_tick[contracted] - self.steps, 0) * self.tick_years
            hpc = fleet.contract[contracted] == ContractKind.CONVERT
            margin = np.where(hpc, s.convert_noi_margin, s.lease_noi_margin)
            revenue = fleet.rent_usd_per_kw_month[contracted] + np.where(
                hpc, self.convert_terms.revenue_premium_usd_per_kw_month, 0.0
            )
            kw_month_to_mw_year = 1000.0 * s.it_share * 12.0
            during = finance.deferred_annuity_factor(r, lead, np.maximum(end, lead))
            after = (
                s.lease_terminal_multiple
                * finance.discount_factor(r, end)
                * fleet.rent_usd_per_kw_month[contracted]
                * s.lease_noi_margin
            )
            value_per_mw[contracted] = kw_month_to_mw_year * (revenue * margin * during + after)
        value_per_mw[fleet.in_status(MinerStatus.ACQUIRED, MinerStatus.EXITED)] = 0.0
        fleet.value_usd_per_w = value_per_mw / 1e6

    def _compute_metrics(self) -> None:
        fleet = self.fleet
        status = fleet.status
        mw = fleet.mw
        mining = status == MinerStatus.MINING
        by_status = np.bincount(status, weights=mw, minlength=len(MinerStatus)).tolist()
        counts = np.bincount(status, minlength=len(MinerStatus)).tolist()
        mw_running = float(np.dot(mw, fleet.running_share * mining))
        demand = float(self.ai_demand_path_mw[self.steps])
        served = on_sites = served_grid = served_btm = 0.0
        for hyperscaler in self.hyperscalers:
            energised = hyperscaler.energised_mw
            served += sum(energised.values())
            on_sites += energised["lease"] + energised["hpc"] + energised["acquired"]
            served_grid += energised["grid"]
            served_btm += energised["btm"]
        operators = self.grid_operators
        prices = np.array([g.power_price_usd_per_mwh for g in operators])
        region_load = np.bincount(fleet.region, weights=mw, minlength=len(operators)) + np.array(
            [g.granted_ai_mw for g in operators]
        )
        load_weights = np.maximum(region_load, 1e-9)
        # Sites still run by miners (not acquired by a hyperscaler, not exited).
        active_statuses = (
            MinerStatus.MINING,
            MinerStatus.IDLE,
            MinerStatus.CONVERTING,
            MinerStatus.LEASED,
            MinerStatus.HPC,
        )
        active = fleet.in_status(*active_statuses)
        active_mw = sum(by_status[code] for code in active_statuses)
        controller = np.where(
            status == MinerStatus.ACQUIRED, self.n_firms + fleet.tenant, fleet.firm
        )
        hhi = markets.herfindahl_hirschman_index(
            np.bincount(
                controller,
                weights=mw * (status != MinerStatus.EXITED),
                minlength=self.n_firms + len(self.hyperscalers),
            )
        )
        running_ths = fleet.ths * mining
        running_ths_total = float(running_ths.sum())
        breakeven = (
            float(
                np.dot(
                    valuation.breakeven_hashprice_usd_per_ph_day(
                        fleet.j_per_th, self._power_price_usd_per_mwh
                    ),
                    running_ths,
                )
            )
            / running_ths_total
            if running_ths_total > 0
            else float("nan")
        )
        self.metrics = {
            "date": self._calendar_dates[self.steps],
            "btc_price_usd": float(self.btc_price_path[self.steps]),
            "block_subsidy_btc": float(self.block_subsidy_btc),
            "network_hashrate_ehs": float(self.network_hashrate_ehs),
            "difficulty": float(self.chain.difficulty),
            "hashprice_usd_per_ph_day": float(self.hashprice_usd_per_ph_day),
            "mw_sites_total": float(mw.sum()),
            "mw_mining": mw_running,
            "mw_curtailed": max(by_status[MinerStatus.MINING] - mw_running, 0.0),
            "mw_leased": by_status[MinerStatus.LEASED],
            "mw_converting": by_status[MinerStatus.CONVERTING],
            "mw_hpc": by_status[MinerStatus.HPC],
            # Idle sites and sites on sale.
            "mw_idle": by_status[MinerStatus.IDLE] + by_status[MinerStatus.EXITED],
            "mw_acquired": by_status[MinerStatus.ACQUIRED],
            "miners_mining": counts[MinerStatus.MINING],
            "miners_leasing": counts[MinerStatus.LEASED],
            "miners_converting": counts[MinerStatus.CONVERTING],
            "miners_hpc": counts[MinerStatus.HPC],
            "miners_exited": counts[MinerStatus.EXITED] + counts[MinerStatus.ACQUIRED],
            "ai_demand_mw": demand,
            "ai_served_mw": served,
            "ai_unserved_mw": max(demand - served, 0.0),
            "lease_price_usd_per_kw_month": float(self.lease_price_usd_per_kw_month),
            "power_price_usd_per_mwh": float(np.dot(prices, load_weights) / load_weights.sum()),
            "grid_queue_mw": sum(g.queue_mw for g in operators),
            "miner_value_usd_per_w": float(np.dot(fleet.value_usd_per_w, mw * active)) / active_mw
            if active_mw > 0
            else 0.0,
            "hhi_power": hhi,
            "tick": int(self.steps),
            "block_height": int(self.chain.block_height),
            "modelled_hashrate_ehs": float(self.modelled_hashrate_ehs),
            "rest_of_world_hashrate_ehs": float(self.row_mw / self.row_j_per_th),
            "asic_frontier_j_per_th": self.asic_frontier_j_per_th(),
            "fleet_breakeven_hashprice_usd_per_ph_day": breakeven,
            "mw_traded_this_tick": float(self.mw_traded_this_tick),
            "ai_served_by_miner_sites_mw": on_sites,
            "ai_served_grid_mw": served_grid,
            "ai_served_btm_mw": served_btm,
            "grid_headroom_mw": float(sum(g.headroom_mw for g in operators)),
            **{key: float(value) for key, value in self.ledger.items()},
        }

    # ------------------------------------------------------------------ conveniences

    @property
    def date(self) -> dt.date:
        """Date of the latest tick."""
        return self._calendar_dates[self.steps]

    def miner_table(self) -> pd.DataFrame:
        """The miners now, one row per site (index AgentID, columns :data:`AGENT_COLUMNS`)."""
        columns = FleetDataCollector.snapshot(self)
        columns["row"] = np.arange(len(self.fleet))
        frame = fleet_frame(self, columns)
        frame.index = pd.Index(self.miner_unique_ids, name="AgentID")
        return frame
