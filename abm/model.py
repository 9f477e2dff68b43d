"""PowerMarketModel: Bitcoin miners, AI hyperscalers and grid operators competing for power.

:meth:`PowerMarketModel.step` is the one conductor of the tick: it calls each submodel in
turn (one module each under ``abm/submodels/``, listed in ``docs/ODD.md`` section 7) and
hands each the explicit values the previous ones returned.  The model holds the state that
lives across ticks: the agents, the fleet, the Bitcoin network, the lease market and the
books.  Miners' decisions come from their strategies (:mod:`abm.strategies`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import pandas as pd
from mesa import Model

from abm import calibration
from abm.agents import GridOperator, Hyperscaler, Miner
from abm.economics import finance, valuation
from abm.economics.grid import GridPolicy
from abm.fleet import ContractKind, MinerStatus
from abm.scenario import PowerMarketScenario
from abm.strategies import (
    DEFAULT_EXPECTATION_RULES,
    OFFER_STRUCTURES,
    DecisionContext,
    ExpectationRule,
    HashpriceHistory,
    MinerStrategy,
    SiteOffers,
    ValueMaximising,
    horizon_constants,
)
from abm.submodels import (
    auctions,
    cash_flows,
    exogenous,
    grid,
    lease_market,
    mining,
    population,
    procurement,
    site_value,
)
from abm.submodels.books import (
    AGENT_COLUMNS,
    GRID_COLUMNS,
    LEDGER_COLUMNS,
    FleetDataCollector,
    Journal,
    NetworkReading,
    TickMetrics,
    compute_metrics,
    fleet_frame,
)
from abm.submodels.lease_market import Offers
from abm.submodels.network import BitcoinNetwork
from abm.submodels.rest_of_world import AsicMarket, RestOfWorld

_MINING = np.int8(MinerStatus.MINING)
_IDLE = np.int8(MinerStatus.IDLE)


def _read_only(values: np.ndarray) -> np.ndarray:
    """A view of ``values`` that cannot be written through."""
    view = values.view()
    view.flags.writeable = False
    return view


_NO_OFFERS = Offers(
    sites=_read_only(np.zeros(0, dtype=np.int64)),
    reservation_rent_usd_per_kw_month=_read_only(np.zeros(0)),
    kind=_read_only(np.zeros(0, dtype=np.int8)),
    prepayment_usd_per_mw=_read_only(np.zeros(0)),
)
"""No offers: what the strategies offer on a tick the lease market takes none, and what a
group none of whose sites offers brings."""


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
    "asic_price_usd_per_th",
    "rest_of_world_installed_ehs",
    "rest_of_world_mw",
    "asic_delivered_ehs",
    "mw_asic_installed",
    "btc_treasury_btc",
    "mw_converting_still_mining",
    "mw_converting_not_mining",
    *LEDGER_COLUMNS,
    *GRID_COLUMNS,
)
"""Model-level columns collected every tick, in order (units in the names; see docs/ODD.md)."""

__all__ = ["AGENT_COLUMNS", "MODEL_COLUMNS", "HorizonReached", "PowerMarketModel"]


class HorizonReached(RuntimeError):
    """Raised by :meth:`PowerMarketModel.step` once the run has reached its horizon."""


class PowerMarketModel(Model):
    """Miners choose to mine, lease or convert while hyperscalers and grids allocate power.

    Build with keyword overrides of the scenario defaults or with a scenario object::

        model = PowerMarketModel(seed=7, n_miners=200, ai_demand_scale=1.0)
        model = PowerMarketModel(scenario=PowerMarketScenario(grid_policy="ai_priority"))

    ``mesa.batch_run(PowerMarketModel, parameters={...}, rng=[1, 2])`` works as for any Mesa
    model (``rng`` values become the ``seed`` knob).

    Attributes:
        scenario: The resolved :class:`PowerMarketScenario`.
        calendar: The tick dates (:class:`abm.submodels.exogenous.Calendar`).
        fleet: Miner state arrays (:class:`abm.fleet.MinerFleet`); ``Miner`` agents are views.
        firm_names: Firm names, indexed by ``fleet.firm``.
        miners: Miner agents, in fleet order (of :attr:`miner_class`).
        strategies: Miner strategies; ``fleet.strategy`` indexes this list.
        expectation_rules: Hashprice expectation rules by name; ``fleet.expectation_rule``
            indexes them in order.
        hyperscalers: Hyperscaler agents.
        grid_operators: GridOperator agents, in :data:`abm.calibration.REGIONS` order.
        network: The Bitcoin network and rest of world (:class:`BitcoinNetwork`).
        market: The lease market (:class:`abm.submodels.lease_market.LeaseMarket`).
        journal: Every payment and MW moved (:class:`abm.submodels.books.Journal`).
        datacollector: Model columns :data:`MODEL_COLUMNS` and miner columns :data:`AGENT_COLUMNS`.
        metrics: The model columns of the latest tick.
        tick_metrics: What the latest tick's model columns are made of
            (:class:`abm.submodels.books.TickMetrics`).
    """

    miner_class: type[Miner] = Miner
    """The Miner agent class; subclass the model (or pass ``miner_class``) to inject another."""

    def __init__(
        self,
        scenario: PowerMarketScenario | None = None,
        *,
        seed: int | None = None,
        rng: int | None = None,
        miner_class: type[Miner] | None = None,
        strategy: MinerStrategy | None = None,
        expectation_rules: dict[str, ExpectationRule] | None = None,
        **knobs: Any,
    ) -> None:
        """Create the model and its agents at the start date.

        Args:
            scenario: A scenario; if given, no knobs (``seed`` included) are allowed.
            seed: Root seed of the run (the ``seed`` knob); ``None`` keeps the default.
            rng: Mesa's name for the seed (an int), accepted so Mesa's tools can pass it.
            miner_class: Miner agent class (a subclass of :class:`abm.agents.Miner`).
            strategy: The strategy of every site at the start (default
                :class:`abm.strategies.ValueMaximising`); see :meth:`assign_strategy`.
            expectation_rules: Hashprice expectation rules added to the built-in ones.
            **knobs: Keyword overrides of the scenario defaults.

        Raises:
            ValueError: An unknown knob, a bad value, or both a scenario and knobs.
            TypeError: A miner class that overrides ``step`` (miners act through strategies).
        """
        if rng is not None:
            if seed is not None and seed != rng:
                raise ValueError("pass either seed or rng, not both")
            if isinstance(rng, bool) or not isinstance(rng, int | np.integer):
                raise ValueError(f"rng must be an integer seed, got {rng!r}")
            seed = int(rng)
        if seed is not None:
            knobs["seed"] = seed
        if scenario is not None and knobs:
            raise ValueError("pass either a scenario or keyword knobs, not both")
        if scenario is not None and not isinstance(scenario, PowerMarketScenario):
            raise ValueError(
                f"scenario must be a PowerMarketScenario, got {type(scenario).__name__} "
                "(for a named scenario use experiments.scenario_files.load_scenario)"
            )
        scenario = scenario if scenario is not None else PowerMarketScenario(**knobs)
        super().__init__(scenario=scenario)
        s = scenario
        if miner_class is not None:
            self.miner_class = miner_class
        if self.miner_class.step is not Miner.step:
            raise TypeError(
                f"{self.miner_class.__name__}.step would never be called: miners act in "
                "vectorised groups; subclass abm.strategies.MinerStrategy instead and assign it "
                "with model.assign_strategy (docs/strategies.md)"
            )
        price_seed, population_seed, market_seed, grid_seed = np.random.SeedSequence(s.seed).spawn(
            4
        )
        self.market_rng = np.random.default_rng(market_seed)
        self.grid_rng = np.random.default_rng(grid_seed)

        # Exogenous paths.
        self.calendar = exogenous.Calendar.from_scenario(s)
        self.tick_years = self.calendar.tick_years
        self.n_ticks = self.calendar.n_ticks
        self.dates = self.calendar.dates
        # Indexing a DatetimeIndex costs microseconds; the metrics read one date per tick.
        self._tick_dates: list[pd.Timestamp] = list(self.dates)
        self.btc_price_path = exogenous.btc_price_path(
            s, self.calendar, np.random.default_rng(price_seed)
        )
        self.ai_demand_path_mw, self.ai_need_path_mw = exogenous.ai_demand_paths(s, self.calendar)

        # Agents and the population.
        self.region_names = calibration.REGIONS
        self.grid_operators: list[GridOperator] = [
            GridOperator(self, **spec) for spec in grid.operator_specs(s)
        ]
        self.grid_outlook = grid.outlook_to_2028(
            self.grid_operators,
            self.dates[0],
            exogenous.ai_demand_end_2028_mw(s),
            procurement.pipeline_mw(s),
        )
        self.expectation_rules = {**DEFAULT_EXPECTATION_RULES, **(expectation_rules or {})}
        sites = population.build_miner_sites(
            s,
            np.random.default_rng(population_seed),
            self.region_names,
            len(DEFAULT_EXPECTATION_RULES),
        )
        self.fleet = sites.fleet
        self.firm_names: list[str] = sites.firm_names
        self.site_names: list[str] = sites.site_names
        self.n_firms = len(self.firm_names)
        self.public_ai_deal_mw = sites.public_ai_deal_mw
        self.miners: list[Miner] = [self.miner_class(self, i) for i in range(len(self.fleet))]
        self.miner_unique_ids = np.array([m.unique_id for m in self.miners])
        self.strategies: list[MinerStrategy] = [strategy or ValueMaximising()]
        self.hyperscalers: list[Hyperscaler] = [
            Hyperscaler(
                self,
                spec["name"],
                spec["demand_share"],
                spec["budget_usd_per_year"],
                kind=spec["kind"],
                credit=spec["credit"],
                project_debt_rate=spec["project_debt_rate"],
                pipeline_mw_per_year=spec["pipeline_mw_per_year"],
                pipeline_years=spec["pipeline_years"],
            )
            for spec in lease_market.tenant_specs(s)
        ]
        terms_by_kind = lease_market.contract_terms(s)
        lease_terms = terms_by_kind[ContractKind.LEASE]
        convert_terms = terms_by_kind[ContractKind.CONVERT]
        landlord_terms = terms_by_kind[ContractKind.LANDLORD_BUILT]
        self.market = lease_market.LeaseMarket(
            s, self.calendar, len(self.region_names), terms_by_kind
        )
        self.market.bind_pipelines(self.hyperscalers)
        population.seed_announced_deals(
            self.fleet,
            self.public_ai_deal_mw,
            sites.public_deal_kind,
            len(self.hyperscalers),
            self.calendar,
            terms_by_kind,
            s,
        )
        self._name_seeded_tenants()
        self.journal = Journal(self.fleet.mw, len(self.hyperscalers))
        grid.record_other_load(
            self.grid_operators,
            *grid.region_load_mw(
                self.fleet, procurement.serving_ai(self.fleet, 0), len(self.region_names)
            ),
            s.mining_peak_load_share,
        )

        # Per-site constants of the path valuation (discount rates and horizons are fixed).
        rate = self.fleet.discount_rate
        self._idle_value_usd_per_mw = -s.idle_cost_usd_per_mw_year * finance.annuity_factor(
            rate, self.fleet.horizon_years
        )

        # A site's AI suitability: a tenant pays rent_factor times the clearing rent there
        # (the slope; a conversion sells GPU-hours at the market's price, whatever the site:
        # lease_market.site_price_factor), and its upgrades add capex (the intercept).
        def at_site(kind: int, coefficients: tuple[np.ndarray, np.ndarray]):
            extra = lease_market.site_extra_capex_usd_per_mw(
                s, kind, self.fleet.retrofit_cost_multiplier
            )
            factor = lease_market.site_price_factor(kind, self.fleet.rent_factor)
            return coefficients[0] * factor, coefficients[1] - extra

        self._lease_coefficients = at_site(ContractKind.LEASE, lease_terms.rent_coefficients(rate))
        self.runs_ai_cloud = np.isin(
            np.array(self.firm_names, dtype=object)[self.fleet.firm],
            list(calibration.ai_cloud_operators()),
        )
        self._convert_rate = lease_market.convert_rate(rate, self.runs_ai_cloud, s)
        self._convert_coefficients = at_site(
            ContractKind.CONVERT, convert_terms.rent_coefficients(self._convert_rate)
        )
        # What each USD per MW of GPUs a conversion orders now is worth to each site (< 0):
        # moves the conversion's intercept as the price of GPUs moves (_convert_offer_now).
        self._convert_gpu_value_per_usd = convert_terms.gpu_value_per_usd(self._convert_rate)
        # Landlord-built halls at each tenant's project rate (one row per tenant) and, last,
        # at the reference rate a miner offers at before its tenant is known.
        tenant_debt_rates = np.array([h.project_debt_rate for h in self.hyperscalers])
        self._tenant_debt_rates = np.where(
            np.isnan(tenant_debt_rates), s.project_debt_rate, tenant_debt_rates
        )
        self._landlord_built_rate = lease_market.landlord_built_rate(rate, s)
        self._landlord_built_coefficients = at_site(
            ContractKind.LANDLORD_BUILT, landlord_terms.rent_coefficients(self._landlord_built_rate)
        )
        by_tenant = landlord_terms.rent_coefficients(
            lease_market.landlord_built_rate(
                rate[None, :],
                s,
                np.append(self._tenant_debt_rates, s.project_debt_rate)[:, None],
            )
        )
        self._landlord_built_coefficients_by_tenant = at_site(
            ContractKind.LANDLORD_BUILT,
            tuple(np.broadcast_to(c, (len(self.hyperscalers) + 1, rate.size)) for c in by_tenant),
        )
        self._discount_weights = valuation.discount_weights(rate, self.fleet.horizon_years)
        # Expectation rules are fixed too: the order in which mining is valued every tick.
        self._valuation_groups = valuation.SiteGroups.by_steps_and_rate(
            self._discount_weights, self.fleet.expectation_rule
        )
        self._later_discount_factor, self._mined_while_built_share = horizon_constants(
            rate,
            self.fleet.horizon_years,
            tuple(terms_by_kind[kind].lead_time_years for kind in OFFER_STRUCTURES),
        )
        self._constant_views: dict[str, Any] | None = None
        self._expected_rent_key: bytes | None = None
        self._installed_key: tuple[bytes, ...] = ()
        self._installed: mining.InstalledMachines | None = None
        self._expected_rent: np.ndarray | None = None
        self._all_sites = _read_only(np.arange(len(self.fleet)))
        self._site_extra_capex_usd_per_mw = np.array(
            [
                lease_market.site_extra_capex_usd_per_mw(
                    s, kind, self.fleet.retrofit_cost_multiplier
                )
                for kind in OFFER_STRUCTURES
            ]
        )
        self._hyperscaler_site_coefficients = tuple(
            float(c[0])
            for c in lease_terms.rent_coefficients(np.array([s.hyperscaler_discount_rate]))
        )
        self._status_tables = cash_flows.StatusTables.from_scenario(s, terms_by_kind)
        self._contract_table = valuation.ContractTable(terms_by_kind)
        self._contracts_in_force = site_value.ContractsInForce(
            len(self.fleet),
            self._contract_table,
            self._contract_rate,
            self.tick_years,
        )
        self._grid_policy = GridPolicy(s.grid_policy)
        self._fleet_review_ticks = self.calendar.ticks_of_weeks(s.fleet_review_weeks)
        self._resale_ticks = self.calendar.ticks_of_weeks(s.site_resale_interval_weeks)
        self._trend_lookback_ticks = max(
            self.calendar.ticks(s.trend_lookback_weeks * 7 / 365.25), 1
        )

        self.asic_market = AsicMarket(s, self.calendar)
        self.rest_of_world = RestOfWorld(
            s,
            self.calendar,
            s.network_hashrate_ehs_start * (1.0 - s.us_hashrate_share),
            self.asic_market.frontier_j_per_th(0),
        )
        self.modelled_hashrate_ehs = mining.running_hashrate_ehs(self.fleet)
        self.network = BitcoinNetwork(
            s,
            float(self.btc_price_path[0]),
            self.modelled_hashrate_ehs + self.rest_of_world.running_ehs,
            exogenous.fees_path(s, self.calendar),
        )
        self._site_power_price = grid.site_power_price_usd_per_mwh(
            self.fleet, self.grid_operators, s.mining_peak_load_share
        )
        self._mining_outlook = self._value_mining(self._hashprice_growth_by_rule())
        self._update_site_values()
        self.tick_metrics: TickMetrics = self._compute_metrics()
        self.datacollector = FleetDataCollector(
            self, {name: (lambda m, key=name: m.metrics[key]) for name in MODEL_COLUMNS}
        )
        self.datacollector.collect(self)

    # ------------------------------------------------------------------ extension points

    def assign_strategy(self, strategy: MinerStrategy, sites: np.ndarray | Iterable[int]) -> None:
        """Give ``sites`` (a boolean mask over the fleet or fleet rows) to ``strategy``.

        Raises:
            TypeError: ``strategy`` is not a :class:`abm.strategies.MinerStrategy`.
        """
        if not isinstance(strategy, MinerStrategy):
            raise TypeError(f"a strategy must subclass MinerStrategy, got {type(strategy)!r}")
        if strategy not in self.strategies:
            self.strategies.append(strategy)
        self.fleet.strategy[np.asarray(sites)] = self.strategies.index(strategy)

    # ------------------------------------------------------------------ the schedule

    def _wrapped_step(self) -> None:
        """Refuse to step past the horizon before Mesa advances its clock."""
        if self.steps >= self.n_ticks:
            raise HorizonReached(
                f"the run has reached its horizon (tick {self.n_ticks}, "
                f"{self.dates[-1].date()}); build a new model, or one with a longer "
                "horizon_years, to go on"
            )
        super()._wrapped_step()

    def step(self) -> None:
        """One tick.  The order below is the model's process overview (ODD section 3)."""
        s = self.scenario
        tick = self.steps
        fleet = self.fleet
        btc_price_usd = float(self.btc_price_path[tick])

        # 1. Grid operators: deliverable capacity, utilisation, prices, curtailment.
        load, flexible_load = grid.region_load_mw(
            fleet, procurement.serving_ai(fleet, tick), len(self.region_names)
        )
        grid.update_conditions(
            self.grid_operators,
            load,
            flexible_load,
            self.calendar.day_of_year[tick],
            tick,
            self.tick_years,
            s,
        )
        self._site_power_price = grid.site_power_price_usd_per_mwh(
            fleet, self.grid_operators, s.mining_peak_load_share
        )
        # 2. Grid operators end studies and energise approved requests by policy.
        grants = grid.serve_queues(
            self.grid_operators,
            tick,
            self.tick_years,
            self._grid_policy,
            len(self.hyperscalers),
            self.grid_rng,
            s.study_pass_probability,
        )
        self._apply_grants(grants, tick)
        # 3. Retrofits, acquired sites and BTM plants come online.
        self.market.energise_ready(
            fleet,
            self.hyperscalers,
            self.journal,
            tick,
            self._convert_rate,
            fleet.discount_rate,
        )
        contracted_mw_by_tenant = procurement.count_energised(
            self.hyperscalers, fleet, tick, self.calendar, s
        )
        # 4. Miners run or curtail.
        curtailment = np.array([g.curtailment_share for g in self.grid_operators])[fleet.region]
        curtailed_mw = mining.run_shares(
            fleet, self.network.hashprice_usd_per_ph_day, self._site_power_price, curtailment, s
        )
        grid.record_curtailment(
            self.grid_operators, fleet, curtailed_mw, s.tick_days * 24.0, s.dr_payment_usd_per_mwh
        )
        # 5. The rest of the world's machines arrive, retire and run; blocks, difficulty and
        # hashprice follow; then it orders machines on the new hashprice signal.
        self.rest_of_world.turn_over(tick)
        rest_ehs = self.rest_of_world.operate(self.network.hashprice_usd_per_ph_day)
        self.modelled_hashrate_ehs = mining.running_hashrate_ehs(fleet)
        issued = self.network.advance(btc_price_usd, self.modelled_hashrate_ehs + rest_ehs)
        self.asic_market.restock()
        frontier = self.asic_market.frontier_j_per_th(tick)
        asic_price = self._asic_price_usd_per_th()
        self.rest_of_world.invest(
            tick,
            self.network.hashprice_signal_usd_per_ph_day,
            frontier,
            asic_price,
            self.asic_market,
        )
        # 6. Revenue, power, rent, DR payments, interest; contracts renewed.
        cash_flows.settle(
            fleet,
            self.hyperscalers,
            self.journal,
            self._status_tables,
            s,
            self.tick_years,
            btc_price_usd,
            issued.btc_issued,
            issued.network_hashrate_ehs,
            self._site_power_price,
            curtailed_mw,
        )
        cash_flows.renew_contracts(
            fleet,
            tick,
            self.market.last_clearing_price,
            self.market.terms_by_kind,
            self.tick_years,
        )
        # 7. Insolvent miners exit.
        cash_flows.resolve_insolvency(
            fleet,
            self.journal,
            tick,
            s.debt_capacity_share_of_value,
            lambda sites: self._liquidation_value_usd(sites, frontier, asic_price),
            btc_price_usd,
        )
        # 8. Miners' strategies: mine or idle, refleet, expand, offer sites to AI.
        growth_by_rule = self._hashprice_growth_by_rule()
        equity_capacity_usd = site_value.equity_capacity_usd(
            fleet, s.public_equity_raise_share_of_value
        )
        self._mining_outlook = self._value_mining(growth_by_rule)
        self.market.set_compute_price(tick)
        offers = self._decide(tick, growth_by_rule, equity_capacity_usd)
        # 9. Hyperscalers set WTP, file grid requests, build BTM.
        lease_need_mw = procurement.procure(
            self.hyperscalers,
            self.grid_operators,
            contracted_mw_by_tenant,
            self.journal,
            float(self.ai_demand_path_mw[tick]),
            float(self.ai_need_path_mw[tick]),
            tick,
            self.calendar,
            s,
        )
        # 10. The lease market clears per region; accepted sites start their retrofit.
        lease_need_mw = self.market.clear(
            offers,
            lease_need_mw,
            self.hyperscalers,
            fleet,
            self.grid_operators,
            self.journal,
            equity_capacity_usd,
            tick,
            self.market_rng,
            self._landlord_built_coefficients_by_tenant,
        )
        # 11. Insolvent miners' sites are sold to the highest bidder.
        on_sale = auctions.sites_on_sale(fleet, tick, self._resale_ticks)
        if on_sale.size:
            auctions.auction_sites(
                on_sale,
                fleet,
                self.hyperscalers,
                self.grid_operators,
                self.journal,
                lease_need_mw,
                self._hyperscaler_site_coefficients,
                self.network.hashprice_usd_per_ph_day,
                self.network.years_to_halving(),
                self.network.halving_revenue_factor(),
                growth_by_rule[fleet.expectation_rule],
                self._discount_weights,
                self.market.lease_terms.lead_time_years,
                tick,
                self.calendar,
                s,
            )
        # 12. Enterprise value per W of every site.
        self._update_site_values()
        self.tick_metrics = self._compute_metrics()
        self.datacollector.collect(self)
        if tick >= self.n_ticks:
            self.running = False

    def run(self, ticks: int | None = None) -> None:
        """Run ``ticks`` more ticks, or to the horizon when ``ticks`` is None."""
        remaining = self.n_ticks - self.steps
        count = remaining if ticks is None else min(int(ticks), remaining)
        for _ in range(count):
            self.step()

    # ------------------------------------------------------------------ steps' plumbing

    def _apply_grants(self, grants: grid.Grants, tick: int) -> None:
        """Grid grants take effect: firm service, expansions built, greenfield energised."""
        fleet = self.fleet
        if grants.brownfield_sites.size:
            fleet.firm_service[grants.brownfield_sites] = True
        if grants.failed_expansion_sites.size:
            fleet.expansion_pending[grants.failed_expansion_sites] = False
        if grants.expansion_sites.size:
            frontier = self.asic_market.frontier_j_per_th(tick)
            asic_price = self._asic_price_usd_per_th()
            # Sites that no longer mine or cannot pay decline; the rest build one by one.
            taken = mining.can_expand(
                fleet,
                grants.expansion_sites,
                grants.expansion_mw,
                frontier,
                asic_price,
                self.scenario.asic_debt_share,
            )
            taken_mw = grants.expansion_mw[taken]
            mining.expand_sites(
                fleet,
                self.journal,
                grants.expansion_sites[taken],
                taken_mw,
                frontier,
                asic_price,
                self.scenario.asic_debt_share,
            )
            self.asic_market.sell(float(taken_mw.sum()) / frontier)
            fleet.expansion_pending[grants.expansion_sites] = False
            if taken_mw.size < taken.size:
                declined = ~taken
                grid.release_declined(
                    self.grid_operators,
                    fleet.region[grants.expansion_sites[declined]],
                    grants.expansion_mw[declined],
                    grants.expansion_wait_years[declined],
                )
        for hyperscaler, mw in zip(
            self.hyperscalers, grants.greenfield_mw_by_hyperscaler.tolist(), strict=True
        ):
            hyperscaler.energised_mw["grid"] += mw

    def _asic_price_usd_per_th(self) -> float:
        """Price of frontier ASICs now, USD per TH/s (the ASIC market on the hashprice signal)."""
        return self.asic_market.price_usd_per_th(
            self.network.hashprice_signal_usd_per_ph_day, self.network.hashprice_at_start
        )

    def _liquidation_value_usd(
        self, sites: np.ndarray, frontier: float, asic_price: float
    ) -> np.ndarray:
        """What each of ``sites`` would fetch broken up: its ASICs at market value plus the
        powered site (``site_collateral_usd_per_mw``), USD."""
        fleet = self.fleet
        per_th = self.asic_market.value_usd_per_th(
            fleet.j_per_th[sites],
            frontier,
            asic_price,
            self.network.hashprice_usd_per_ph_day,
            self.scenario.rest_of_world_power_price_usd_per_mwh,
        )
        return (
            fleet.ths[sites] * per_th + fleet.mw[sites] * self.scenario.site_collateral_usd_per_mw
        )

    def _hashprice_growth_by_rule(self) -> np.ndarray:
        """Hashprice growth expected under each expectation rule, per year."""
        history = HashpriceHistory(
            hashprice_usd_per_ph_day=self.network.hashprice_history,
            adaptive_growth_annual=self.network.adaptive_growth_annual,
            tick_years=self.tick_years,
            trend_lookback_ticks=self._trend_lookback_ticks,
        )
        return np.array([rule(history) for rule in self.expectation_rules.values()])

    def _value_mining(self, growth_by_rule: np.ndarray) -> mining.MiningOutlook:
        """What mining is worth on every site now (per MW of site, holding cost deducted)."""
        network = self.network
        # The holding cost is paid whatever the machines do (idle value = its annuity, < 0).
        return mining.mining_outlook(
            self.fleet,
            self._installed_machines(),
            network.hashprice_usd_per_ph_day,
            growth_by_rule,
            network.years_to_halving(),
            network.halving_revenue_factor(),
            self._site_power_price,
            self._idle_value_usd_per_mw,
            self._valuation_groups,
            self.scenario,
        )

    def _installed_machines(self) -> mining.InstalledMachines:
        """What the sites' machines and miners fix of mining's value
        (:func:`mining.installed_machines`); worked out again only when a site's MW, TH/s,
        J/TH or risk aversion has moved (refleets, expansions and sales move them a few times
        a run)."""
        fleet = self.fleet
        key = (
            fleet.ths.tobytes(),
            fleet.j_per_th.tobytes(),
            fleet.mw.tobytes(),
            fleet.risk_aversion.tobytes(),
        )
        if key != self._installed_key:
            self._installed_key = key
            self._installed = mining.installed_machines(fleet, self.scenario)
        return self._installed

    def _context(
        self,
        sites: np.ndarray,
        tick: int,
        growth_by_rule: np.ndarray,
        equity_capacity_usd: np.ndarray,
    ) -> DecisionContext:
        """What the strategy of ``sites`` sees this tick."""
        fleet = self.fleet
        market = self.market
        outlook = self._mining_outlook
        # Sites come in fleet order without repeats: as many as the fleet means all of it,
        # and the group reads the model's arrays through read-only views instead of copies
        # (the mining outlook is read-only already).
        whole_fleet = sites.size == len(fleet)
        if whole_fleet:
            if self._constant_views is None:  # fixed for the run: built once
                self._constant_views = self._valuation_constants(_read_only)
            constants = self._constant_views
            expected_rent = self._expected_rent_at_sites()
            power_price = _read_only(self._site_power_price)
            mining_value = outlook.present_value_usd_per_mw
            mining_certainty_equivalent = outlook.certainty_equivalent_usd_per_mw
            equity_capacity = _read_only(equity_capacity_usd)
        else:

            def at_sites(values: np.ndarray) -> np.ndarray:
                # The group's elements (columns, for a table with one row per structure).
                return values[..., sites]

            constants = self._valuation_constants(at_sites)
            expected_rent = market.expected_rent_by_region()[fleet.region[sites]]
            power_price = self._site_power_price[sites]
            mining_value = outlook.present_value_usd_per_mw[sites]
            mining_certainty_equivalent = outlook.certainty_equivalent_usd_per_mw[sites]
            equity_capacity = equity_capacity_usd[sites]
        convert_coefficients = self._convert_offer_now(
            constants["convert_coefficients"], None if whole_fleet else at_sites
        )
        return DecisionContext.from_fields(
            {
                "fleet": fleet,
                "sites": sites,
                "tick": tick,
                "scenario": self.scenario,
                "hashprice_usd_per_ph_day": self.network.hashprice_usd_per_ph_day,
                "hashprice_growth_by_rule": growth_by_rule,
                "power_price_usd_per_mwh": power_price,
                "mining_value_usd_per_mw": mining_value,
                "mining_certainty_equivalent_usd_per_mw": mining_certainty_equivalent,
                "years_to_halving": outlook.years_to_halving,
                "halving_revenue_factor": outlook.halving_revenue_factor,
                "frontier_j_per_th": self.asic_market.frontier_j_per_th(tick),
                "asic_price_usd_per_th": self._asic_price_usd_per_th(),
                "is_fleet_review": tick % self._fleet_review_ticks == 0,
                "expected_rent_usd_per_kw_month": expected_rent,
                "compute_price_usd_per_kw_month": market.compute_price_usd_per_kw_month,
                "prepayment_usd_per_mw": np.full(sites.size, market.prepayment_usd_per_mw()),
                "lease_terms": market.lease_terms,
                "convert_terms": market.convert_terms_now,
                "landlord_built_terms": market.landlord_built_terms,
                "equity_capacity_usd": equity_capacity,
                "whole_fleet": whole_fleet,
                "offers_taken": market.takes_offers(tick),
                **constants,
                "convert_coefficients": convert_coefficients,
            }
        )

    def _expected_rent_at_sites(self) -> np.ndarray:
        """The rent each site expects (its region's, :meth:`LeaseMarket.expected_rent_by_region`),
        read-only; the same array while no region's clearing rent has moved."""
        clearing = self.market.last_clearing_price.tobytes()
        if self._expected_rent_key != clearing:
            rent = self.market.expected_rent_by_region()[self.fleet.region]
            rent.flags.writeable = False
            self._expected_rent_key, self._expected_rent = clearing, rent
        return self._expected_rent

    def _convert_offer_now(
        self,
        coefficients: tuple[np.ndarray, np.ndarray],
        pick: Callable[[np.ndarray], np.ndarray] | None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The conversion's ``coefficients`` (at the start's GPU price) at today's: the
        intercept moves by the GPUs' value per USD times the change in their price since the
        start.  ``pick`` gives the group's elements of a fleet array (None: the whole fleet)."""
        terms, now = self.market.convert_terms, self.market.convert_terms_now
        change_usd_per_mw = now.gpu_capex_usd_per_mw() - terms.gpu_capex_usd_per_mw()
        if change_usd_per_mw == 0.0:
            return coefficients
        value_per_usd = self._convert_gpu_value_per_usd
        a, b = coefficients
        return a, b + change_usd_per_mw * (value_per_usd if pick is None else pick(value_per_usd))

    def _valuation_constants(self, pick: Callable[[np.ndarray], np.ndarray]) -> dict[str, Any]:
        """The per-site constants of the path valuation (fixed for the run: discount rates,
        horizons and site factors) as the decision context's fields, each through ``pick``
        (the group's elements, or a read-only view of the whole fleet's)."""
        return {
            "idle_value_usd_per_mw": pick(self._idle_value_usd_per_mw),
            "landlord_built_coefficients": tuple(
                pick(c) for c in self._landlord_built_coefficients
            ),
            "lease_coefficients": tuple(pick(c) for c in self._lease_coefficients),
            "convert_coefficients": tuple(pick(c) for c in self._convert_coefficients),
            "later_discount_factor": pick(self._later_discount_factor),
            "mined_while_built_share": pick(self._mined_while_built_share),
            "site_extra_capex_usd_per_mw": pick(self._site_extra_capex_usd_per_mw),
        }

    def _strategy_groups(self) -> list[tuple[MinerStrategy, np.ndarray]]:
        """Each strategy in use with the fleet rows assigned to it."""
        if len(self.strategies) == 1:
            return [(self.strategies[0], self._all_sites)]
        codes = self.fleet.strategy
        return [
            (strategy, (codes == code).nonzero()[0])
            for code, strategy in enumerate(self.strategies)
            if (codes == code).any()
        ]

    def _decide(
        self, tick: int, growth_by_rule: np.ndarray, equity_capacity_usd: np.ndarray
    ) -> Offers:
        """Step 8: each strategy decides for its sites; the decisions are applied in order."""
        fleet = self.fleet
        s = self.scenario
        groups = [
            (strategy, self._context(sites, tick, growth_by_rule, equity_capacity_usd))
            for strategy, sites in self._strategy_groups()
        ]
        # Which sites are free to choose (mining or idle): no hook below changes that.
        free_by_group = [context.free() for _, context in groups]
        # Mine or mothball for the coming tick (reversible).
        for (strategy, context), free in zip(groups, free_by_group, strict=True):
            operating = np.asarray(strategy.operate(context), dtype=bool)
            if context.whole_fleet:
                np.copyto(fleet.status, np.where(operating, _MINING, _IDLE), where=free)
            else:
                fleet.status[context.sites[free & operating]] = MinerStatus.MINING
                fleet.status[context.sites[free & ~operating]] = MinerStatus.IDLE
        # Refleet with frontier ASICs, once a quarter.
        if groups and groups[0][1].is_fleet_review:
            frontier = self.asic_market.frontier_j_per_th(tick)
            asic_price = self._asic_price_usd_per_th()
            for (strategy, context), free in zip(groups, free_by_group, strict=True):
                chosen = np.asarray(strategy.refleet(context), dtype=bool) & free
                self.asic_market.sell(float(fleet.mw[context.sites[chosen]].sum()) / frontier)
                mining.refleet(
                    fleet,
                    self.journal,
                    context.sites[chosen],
                    frontier,
                    asic_price,
                    s.asic_debt_share,
                )
        # Requests for more MW (one at a time per site).
        for strategy, context in groups:
            wants = np.asarray(strategy.request_expansion(context), dtype=bool) & context.mining()
            wants &= ~context.at_sites(fleet.expansion_pending)
            self._request_expansions(context.sites[wants], tick)
        # Offers to AI tenants (the values they report are kept even when no tenant can sign).
        offers_taken = self.market.takes_offers(tick)
        by_group = []
        for (strategy, context), free in zip(groups, free_by_group, strict=True):
            offers = strategy.offer_sites(context)
            rows = slice(None) if context.whole_fleet else context.sites
            for kept, values in (
                (fleet.pivot_propensity, offers.path_margin_usd_per_mw),
                (fleet.value_mine_usd_per_mw, offers.mine_value_usd_per_mw),
                (fleet.value_lease_usd_per_mw, offers.lease_value_usd_per_mw),
                (fleet.value_convert_usd_per_mw, offers.convert_value_usd_per_mw),
            ):
                kept[rows] = np.nan if values is None else values
            if offers_taken:
                by_group.append(self._group_offers(context, offers, free))
        if not offers_taken:
            return _NO_OFFERS
        if len(by_group) == 1:
            return by_group[0]
        # Groups' sites are disjoint and each group's offers come in site order.
        sites = np.concatenate([o.sites for o in by_group])
        order = np.argsort(sites, kind="stable")
        return Offers(
            sites=sites[order],
            reservation_rent_usd_per_kw_month=np.concatenate(
                [o.reservation_rent_usd_per_kw_month for o in by_group]
            )[order],
            kind=np.concatenate([o.kind for o in by_group])[order],
            prepayment_usd_per_mw=np.concatenate([o.prepayment_usd_per_mw for o in by_group])[
                order
            ],
        )

    @staticmethod
    def _group_offers(context: DecisionContext, offers: SiteOffers, free: np.ndarray) -> Offers:
        """The offers of one strategy's free sites, in site order: each site's offer of its
        best structure, then a landlord-built and a conversion offer to those pools when the
        strategy makes them and they are not the site's first offer."""
        extras = [
            (offered, rent, kind)
            for offered, rent, kind in (
                (
                    offers.landlord_built_offered,
                    offers.landlord_built_reservation_rent_usd_per_kw_month,
                    ContractKind.LANDLORD_BUILT,
                ),
                (
                    offers.convert_offered,
                    offers.convert_reservation_price_usd_per_kw_month,
                    ContractKind.CONVERT,
                ),
            )
            if offered is not None
        ]
        # The offers are assembled on the free sites that offer anything (positions in the
        # group, in site order).
        offering = np.array(offers.offered, dtype=bool)
        for offered, _, _ in extras:
            offering |= offered
        offering &= free
        at = offering.nonzero()[0]
        if not at.size:
            return _NO_OFFERS
        first_at = np.asarray(offers.offered)[at]
        masks = [first_at]
        rents = [offers.reservation_rent_usd_per_kw_month[at]]
        kinds = [offers.kind[at]]
        if extras:
            # A second offer goes to its pool from a free site whose first offer is not of
            # its kind.
            first_kind = np.where(first_at, kinds[0], -1)
            for offered, rent, kind in extras:
                masks.append(offered[at] & (first_kind != kind))
                rents.append(rent[at])
                kinds.append(np.full(at.size, kind, dtype=np.int8))
        # Sites x offers: nonzero() walks sites, then offers.
        site_rows, offer_rows = np.nonzero(np.array(masks, dtype=bool).T)
        offering_sites = at[site_rows]
        return Offers(
            sites=context.sites[offering_sites],
            reservation_rent_usd_per_kw_month=np.array(rents, dtype=float)[offer_rows, site_rows],
            kind=np.array(kinds, dtype=np.int8)[offer_rows, site_rows],
            prepayment_usd_per_mw=context.prepayment_usd_per_mw[offering_sites],
        )

    def _request_expansions(self, new: np.ndarray, tick: int) -> None:
        """Mining sites ask their grid for ``expansion_share`` more MW, bidding their margin."""
        if new.size == 0:
            return
        bids = grid.mining_bid_usd_per_kw_month(
            self.fleet, new, self.network.hashprice_usd_per_ph_day, self._site_power_price
        )
        grid.file_expansions(
            self.grid_operators, self.fleet, new, bids, tick, self.calendar, self.scenario
        )

    def _contract_rate(self, sites: np.ndarray) -> np.ndarray:
        """Rate the contract of each of ``sites`` is valued at: a landlord-built hall at its
        tenant's project rate, a conversion with its risk premium, a tenant-funded lease at
        the miner's own rate."""
        fleet = self.fleet
        own_rate = fleet.discount_rate[sites]
        contract = fleet.contract[sites]
        debt_rate = self._tenant_debt_rates[np.maximum(fleet.tenant[sites], 0)]
        rate = np.where(
            contract == ContractKind.LANDLORD_BUILT,
            lease_market.landlord_built_rate(own_rate, self.scenario, debt_rate),
            own_rate,
        )
        converting = lease_market.convert_rate(
            own_rate, self.runs_ai_cloud[sites], self.scenario, debt_rate
        )
        return np.where(contract == ContractKind.CONVERT, converting, rate)

    def _update_site_values(self) -> None:
        site_value.update_site_values(
            self.fleet,
            self._mining_outlook.present_value_usd_per_mw,
            self._idle_value_usd_per_mw,
            self._contracts_in_force,
            self.steps,
        )

    def _name_seeded_tenants(self) -> None:
        """Deals announced by the start are signed with the tenant the deal record names
        (``abm/data/deals.csv``; the first tenant when none of the run's tenants is named);
        a seeded conversion earns the compute price of the start."""
        fleet = self.fleet
        seeded = np.flatnonzero(fleet.status == MinerStatus.CONVERTING)
        if not seeded.size:
            return
        named = calibration.deal_tenants(self.scenario.start_date)
        tenant_names = [h.name for h in self.hyperscalers]
        for i in seeded.tolist():
            deal_tenant = named.get(self.firm_names[fleet.firm[i]], "")
            h = lease_market.seeded_tenant(deal_tenant, tenant_names)
            if h is not None:
                fleet.tenant[i] = h
            pool = lease_market.POOLS.index(ContractKind(int(fleet.contract[i])))
            self.hyperscalers[int(fleet.tenant[i])].signed_mw_by_pool[pool] += fleet.mw[i]
        converts = seeded[fleet.contract[seeded] == ContractKind.CONVERT]
        price = self.scenario.convert_revenue_usd_per_kw_month
        fleet.rent_usd_per_kw_month[converts] = price
        # The tenant's prepayment was paid at signing, before the start (IREN-Microsoft 20 %).
        prepayment = self.market.convert_terms.prepayment_usd_per_mw(price) * fleet.mw[converts]
        fleet.cash_usd[converts] += prepayment
        fleet.prepaid_usd[converts] += prepayment

    def _compute_metrics(self) -> TickMetrics:
        network = self.network
        tick = self.steps
        return compute_metrics(
            tick=tick,
            date=self._tick_dates[tick],
            network=NetworkReading(
                btc_price_usd=float(self.btc_price_path[tick]),
                block_subsidy_btc=float(network.block_subsidy_btc),
                block_height=int(network.chain.block_height),
                difficulty=float(network.chain.difficulty),
                hashprice_usd_per_ph_day=float(network.hashprice_usd_per_ph_day),
                network_hashrate_ehs=float(network.network_hashrate_ehs),
                modelled_hashrate_ehs=float(self.modelled_hashrate_ehs),
                rest_of_world_hashrate_ehs=self.rest_of_world.running_ehs,
                asic_frontier_j_per_th=self.asic_market.frontier_j_per_th(tick),
                asic_price_usd_per_th=self._asic_price_usd_per_th(),
                rest_of_world_installed_ehs=self.rest_of_world.installed_ehs,
                rest_of_world_mw=self.rest_of_world.running_mw,
                asic_delivered_ehs=self.asic_market.delivered_ehs,
            ),
            site_power_price_usd_per_mwh=self._site_power_price,
            ai_demand_mw=float(self.ai_demand_path_mw[tick]),
            lease_price_usd_per_kw_month=self.market.lease_price_usd_per_kw_month,
            mw_traded_this_tick=self.market.mw_traded_this_tick,
        )

    # ------------------------------------------------------------------ conveniences

    @property
    def metrics(self) -> dict[str, Any]:
        """The model columns of the latest tick (:data:`MODEL_COLUMNS`)."""
        return self.datacollector.latest_metrics()

    @property
    def date(self) -> pd.Timestamp:
        """Date of the latest tick."""
        return self.dates[self.steps]

    def contracts_table(self) -> pd.DataFrame:
        """Every AI contract signed so far: who signed with whom, for what, and why.

        One row per contract: date, firm, site, region, tenant, kind (lease or convert), MW,
        rent, the values of mining, leasing and converting per MW the site saw when it
        offered itself (USD per MW of site), and the equity it raised.
        """
        frame = self._site_records(self.market.signed, lease_market.SIGNED_FIELDS, region=True)
        frame["kind"] = [ContractKind(k).name.lower() for k in frame["kind"]]
        return frame

    def renewals_table(self) -> pd.DataFrame:
        """Every AI cloud contract that has ended and what its host did with the hall.

        One row per ended contract: date, firm, site, tenant, ``choice`` (``convert``:
        re-contracted with new GPUs; ``lease``: let as powered shell), MW, the price taken
        (compute price or shell rent, USD/kW-month) and both choices' values per MW.
        """
        frame = self._site_records(self.market.renewals, lease_market.RENEWAL_FIELDS, region=False)
        frame.insert(4, "choice", [ContractKind(k).name.lower() for k in frame.pop("kind")])
        return frame

    def _site_records(
        self, records: list[tuple], fields: tuple[str, ...], region: bool
    ) -> pd.DataFrame:
        """``records`` (tuples of ``fields``, with tick, site and tenant codes) as a frame that
        names them: date, firm, site, the region if asked, tenant, then the other fields."""
        frame = pd.DataFrame(records, columns=list(fields))
        sites = frame.pop("site").to_numpy(int)
        tenants = frame.pop("tenant").to_numpy(int)
        names = {
            "date": self.dates[frame.pop("tick").to_numpy(int)],
            "firm": [self.firm_names[f] for f in self.fleet.firm[sites]],
            "site": self.fleet.name[sites],
        }
        if region:
            names["region"] = [self.region_names[r] for r in self.fleet.region[sites]]
        names["tenant"] = [self.hyperscalers[h].name for h in tenants]
        for position, (name, values) in enumerate(names.items()):
            frame.insert(position, name, values)
        return frame

    PATHS = ("mining", "idle", "tenant_funded", "landlord_built", "convert", "lost")
    """Columns of :meth:`path_table` with MW (``lost``: acquired by a tenant or exited)."""

    def path_table(self) -> pd.DataFrame:
        """Which path each firm's MW is on now and what decided it, largest firms first.

        Columns :attr:`PATHS` hold MW: mining, idle, under each contract structure (signed,
        being built or serving), and lost to insolvency.  Then the firm's cost of capital
        and balance sheet: ``discount_rate`` (MW-weighted), ``cash_usd_per_mw`` now,
        ``runs_ai_cloud`` (whether it pays no ``convert_risk_premium``), and the MW-weighted
        values of staying, leasing and converting per MW at its latest decision.
        """
        fleet = self.fleet
        contracted = fleet.in_status(MinerStatus.CONVERTING, MinerStatus.LEASED, MinerStatus.HPC)
        path = np.select(
            [
                fleet.status == MinerStatus.MINING,
                fleet.status == MinerStatus.IDLE,
                contracted & (fleet.contract == ContractKind.LEASE),
                contracted & (fleet.contract == ContractKind.LANDLORD_BUILT),
                contracted & (fleet.contract == ContractKind.CONVERT),
            ],
            np.arange(5),
            default=5,
        )
        firms = np.array(self.firm_names, dtype=object)[fleet.firm]
        frame = pd.DataFrame(
            {
                "firm": firms,
                "path": pd.Categorical.from_codes(path, categories=list(self.PATHS)),
                "mw": fleet.mw,
            }
        )
        by_path = frame.pivot_table(
            index="firm", columns="path", values="mw", aggfunc="sum", observed=False
        ).fillna(0.0)
        mw = frame.groupby("firm")["mw"].sum()
        weights = (
            pd.DataFrame(
                {
                    "firm": firms,
                    "mw": fleet.mw,
                    "discount_rate": fleet.discount_rate * fleet.mw,
                    "value_mine_usd_per_mw": fleet.value_mine_usd_per_mw * fleet.mw,
                    "value_lease_usd_per_mw": fleet.value_lease_usd_per_mw * fleet.mw,
                    "value_convert_usd_per_mw": fleet.value_convert_usd_per_mw * fleet.mw,
                }
            )
            .groupby("firm")
            .sum()
        )
        table = by_path.loc[:, list(self.PATHS)].copy()
        table["discount_rate"] = weights["discount_rate"] / mw
        table["cash_usd_per_mw"] = (
            pd.Series(fleet.cash_usd, index=firms).groupby(level=0).sum() / mw
        )
        table["runs_ai_cloud"] = pd.Series(self.runs_ai_cloud, index=firms).groupby(level=0).any()
        for name in ("value_mine_usd_per_mw", "value_lease_usd_per_mw", "value_convert_usd_per_mw"):
            table[name] = weights[name] / mw
        return table.loc[mw.sort_values(ascending=False).index]

    def miner_table(self) -> pd.DataFrame:
        """The miners now, one row per site (index AgentID, columns :data:`AGENT_COLUMNS`)."""
        columns = FleetDataCollector.snapshot(self.fleet)
        columns["row"] = np.arange(len(self.fleet))
        frame = fleet_frame(
            self.fleet, self.region_names, [h.name for h in self.hyperscalers], columns
        )
        frame.index = pd.Index(self.miner_unique_ids, name="AgentID")
        return frame
