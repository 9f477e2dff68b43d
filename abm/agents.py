"""The agents users see and extend: Miner, Hyperscaler and GridOperator.

Miners are many, so their state lives in one struct of numpy arrays
(:class:`abm.fleet.MinerFleet`) that the submodels update in vectorised steps; a
:class:`Miner` agent is a view on its row, so ``miner.cash_usd`` always reads the one source
of truth.  A miner's behaviour is its :class:`abm.strategies.MinerStrategy`.  Hyperscalers
and grid operators are few (a handful each) and keep their state as plain attributes.
"""

from __future__ import annotations

import numpy as np
from mesa import Agent

from abm.economics.grid import capacity_cost_usd_per_mwh
from abm.fleet import ContractKind, MinerFleet, MinerStatus
from abm.submodels.grid import CapacityPriceSchedule, InterconnectionQueue, RequestKind

__all__ = ["ContractKind", "GridOperator", "Hyperscaler", "Miner", "MinerFleet", "MinerStatus"]


def _fleet_view(attribute: str, cast: type, doc: str) -> property:
    def getter(self: Miner):
        return cast(getattr(self.model.fleet, attribute)[self.index])

    def setter(self: Miner, value) -> None:
        getattr(self.model.fleet, attribute)[self.index] = value

    return property(getter, setter, doc=doc)


class Miner(Agent):
    """A Bitcoin miner's site in one grid region: a view on one row of the model's fleet.

    Read and write the attributes as usual (``miner.cash_usd += 1e6``); they live in
    ``model.fleet`` so the model's vectorised steps and the agent always agree.

    Attributes:
        index: Row of this site in ``model.fleet``.
    """

    name = _fleet_view("name", str, "Firm and region, e.g. 'Riot Platforms (ERCOT)'.")
    firm = _fleet_view("firm", int, "Index of the firm that owns the site.")
    mw = _fleet_view("mw", float, "Site capacity (interconnection), MW gross.")
    ths = _fleet_view("ths", float, "Installed ASIC fleet, TH/s.")
    j_per_th = _fleet_view("j_per_th", float, "Fleet efficiency, J/TH.")
    power_cost_usd_per_mwh = _fleet_view(
        "power_cost_usd_per_mwh", float, "Contracted power cost before scarcity adders, USD/MWh."
    )
    cash_usd = _fleet_view("cash_usd", float, "Cash, USD.")
    debt_usd = _fleet_view("debt_usd", float, "Debt, USD.")
    discount_rate = _fleet_view("discount_rate", float, "Discount rate, per year.")
    risk_aversion = _fleet_view(
        "risk_aversion", float, "Mean-variance risk aversion (0 = neutral)."
    )
    horizon_years = _fleet_view(
        "horizon_years", float, "Planning horizon for mining cash flows, years."
    )
    value_usd_per_w = _fleet_view(
        "value_usd_per_w", float, "Enterprise value under the current path, USD per W of site."
    )
    tenant = _fleet_view("tenant", int, "Hyperscaler index of the AI tenant or owner, -1 if none.")
    rent_usd_per_kw_month = _fleet_view(
        "rent_usd_per_kw_month", float, "Contract rent, USD per kW IT per month."
    )

    def __init__(self, model, index: int) -> None:
        """Create the view on row ``index`` of ``model.fleet``."""
        super().__init__(model)
        self.index = index

    @property
    def region(self) -> str:
        """Grid region of the site (e.g. 'ERCOT')."""
        return self.model.region_names[int(self.model.fleet.region[self.index])]

    @property
    def status(self) -> MinerStatus:
        """Current status (see :class:`MinerStatus`); assigning one writes the fleet's row."""
        return MinerStatus(int(self.model.fleet.status[self.index]))

    @status.setter
    def status(self, value: MinerStatus | int | str) -> None:
        code = MinerStatus[value.upper()] if isinstance(value, str) else MinerStatus(value)
        self.model.fleet.status[self.index] = code

    @property
    def strategy(self):
        """The :class:`abm.strategies.MinerStrategy` that decides for this site."""
        return self.model.strategies[int(self.model.fleet.strategy[self.index])]

    def step(self) -> None:
        """Miners do not act one by one: the model decides for groups of sites at once.

        Raises:
            RuntimeError: Always.  Write a :class:`abm.strategies.MinerStrategy` and assign it
                with ``model.assign_strategy(strategy, sites)`` (see docs/strategies.md).
        """
        raise RuntimeError(
            "Miner.step is never called: a miner's behaviour is a MinerStrategy called once per "
            "group of sites per tick; subclass abm.strategies.MinerStrategy and assign it with "
            "model.assign_strategy(strategy, sites) (docs/strategies.md)"
        )

    @property
    def ehs(self) -> float:
        """Installed hashrate, EH/s."""
        return self.ths / 1e6

    def __repr__(self) -> str:
        return f"Miner({self.name!r}, {self.status.name}, {self.mw:.1f} MW)"


class Hyperscaler(Agent):
    """An AI firm — a hyperscaler or a neocloud — that needs power and buys it every way it can.

    Options each tick: file interconnection requests (slow), bid for leases of miners' powered
    shell or buy AI cloud capacity from miners (fast, within its miner-site pipeline), bid for
    insolvent miners' sites, and build behind-the-meter generation (costly).  The named
    tenants and their pipelines come from ``abm/data/ai_tenants.csv``.  State in plain
    attributes (MW gross of power unless named).

    Attributes:
        name: Firm name.
        kind: ``hyperscaler`` or ``neocloud``.
        credit: Credit quality (rating, or the backstop that stands for it).
        project_debt_rate: Rate at which a landlord finances a hall leased to this firm.
        pipeline_mw_per_year: Miner-site deals it signs a year in each pool
            (:data:`abm.submodels.lease_market.POOLS`: tenant-funded, landlord-built, AI
            cloud), MW gross.
        pipeline_years: Years from the start during which its pipeline runs.
        pipeline_budget_mw: MW it can still sign now in each pool.
        signed_mw_by_pool: MW it has signed in each pool so far.
        demand_share: Share of US AI power demand this firm carries.
        energised_mw: Power serving the firm's AI load now, by channel.
        wtp_usd_per_kw_month: Current willingness to pay for powered shell (capped bid).
        paid_usd: Everything the firm has paid, cumulative.
        capex_spent_usd_this_year: Capex (sites, BTM, prepayments) in the current budget year.
    """

    CHANNELS = ("pipeline", "grid", "lease", "hpc", "acquired", "btm")

    def __init__(
        self,
        model,
        name: str,
        demand_share: float,
        budget_usd_per_year: float,
        *,
        kind: str = "hyperscaler",
        credit: str = "",
        project_debt_rate: float = float("nan"),
        pipeline_mw_per_year: np.ndarray | None = None,
        pipeline_years: float = 0.0,
    ) -> None:
        """Create an AI firm carrying ``demand_share`` of AI demand; its pipeline starts a
        quarter of a year's worth full."""
        super().__init__(model)
        self.name = name
        self.kind = kind
        self.credit = credit
        self.project_debt_rate = project_debt_rate
        self.pipeline_mw_per_year = (
            np.zeros(3) if pipeline_mw_per_year is None else np.asarray(pipeline_mw_per_year)
        )
        self.pipeline_years = pipeline_years
        self.pipeline_budget_mw = 0.25 * self.pipeline_mw_per_year * (pipeline_years > 0)
        self.signed_mw_by_pool = np.zeros(self.pipeline_mw_per_year.size)
        self.demand_share = demand_share
        self.budget_usd_per_year = budget_usd_per_year
        self.energised_mw = dict.fromkeys(self.CHANNELS, 0.0)
        self.btm_under_construction: list[tuple[int, float]] = []
        self.wtp_usd_per_kw_month = 0.0
        self.wtp_unbounded_usd_per_kw_month = 0.0
        self.paid_usd = 0.0
        self.capex_spent_usd_this_year = 0.0

    @property
    def served_mw(self) -> float:
        """Power energised for this firm's AI load, MW."""
        return sum(self.energised_mw.values())

    def budget_left_usd(self) -> float:
        """Capex budget left this year, USD."""
        return max(self.budget_usd_per_year - self.capex_spent_usd_this_year, 0.0)

    def __repr__(self) -> str:
        return f"Hyperscaler({self.name!r}, served {self.served_mw:.0f} MW)"


class GridOperator(Agent):
    """The operator of one grid region: deliverable capacity, studies, queue, prices, curtailment.

    MW are facility (gross) MW of large load.  Per-region values a grid researcher reads are
    plain attributes (also in the model columns ``grid_<region>_...``).

    Attributes:
        region: Region name (e.g. 'ERCOT').
        headroom_mw: Deliverable large-load capacity available to the modelled loads and not
            yet energised, MW (grows at ``deliverable_mw_per_year``).
        deliverable_mw_per_year: New deliverable large-load capacity for the modelled loads
            each year, MW (``abm/data/regions.csv`` x ``grid_deliverable_scale`` x data-centre
            share).
        study_years: Large-load study time in the region.
        base_power_price_usd_per_mwh: Mean wholesale energy price with no scarcity.
        capacity_prices: Capacity auction prices by delivery year (None: no capacity market).
        capacity_price_path: Capacity price at every tick of the run, USD/MW-day.
        queue: Requests in study or approved and waiting (:class:`InterconnectionQueue`; in the
            model one of the regions' :class:`~abm.submodels.grid.QueueTable`).
        energised_mw_by_kind: MW energised so far by :class:`RequestKind`.
        wait_mw_years_by_kind: MW energised times their wait from first filing, by kind.
        deliverable_added_mw: Deliverable capacity added since the start, MW.
        failed_studies_mw: MW of requests whose study failed, cumulative.
        approved_waiting_mw: Approved MW waiting for capacity at this tick's allocation.
        binding: Whether approved load exceeded deliverable capacity this tick.
        system_peak_mw: The region's recorded system peak load, MW (``abm/data/regions.csv``).
        other_peak_load_mw: Its load outside the modelled loads at that peak: the recorded
            peak less what the modelled loads drew at it at the start (mines at
            ``mining_peak_load_share`` of their load), MW.
        utilisation: System peak load this tick over firm capacity (capped at 1).
        scarcity_adder_usd_per_mwh: Scarcity price adder this tick.
        capacity_price_usd_per_mw_day: Capacity price of the current delivery year.
        capacity_cost_usd_per_mwh: Its rise since contracts were signed, per MWh of firm load.
        power_price_usd_per_mwh: Price of firm power this tick: base, scarcity adder and
            capacity charge, USD/MWh.
        curtailment_share: Share of running flexible (mining) load curtailed this tick.
        curtailed_mwh_this_tick: Flexible load curtailed this tick, MWh.
        curtailed_mwh_total: The same, cumulative.
        mining_mwh_this_tick: Energy the mining load would have drawn this tick had the grid
            curtailed none (its ASICs at their economic running share), MWh.
        dr_payments_usd_total: Demand-response payments for curtailment, cumulative, USD.
    """

    def __init__(
        self,
        model,
        region: str,
        headroom_mw: float,
        deliverable_mw_per_year: float,
        study_years: float,
        base_power_price_usd_per_mwh: float,
        capacity_prices: CapacityPriceSchedule | None = None,
        system_peak_mw: float = 0.0,
        queue: InterconnectionQueue | None = None,
    ) -> None:
        """Create the operator of ``region`` (capacity prices read on the model's dates) with
        ``queue`` (an empty one of its own when None)."""
        super().__init__(model)
        self.region = region
        self.headroom_mw = headroom_mw
        self.deliverable_mw_per_year = deliverable_mw_per_year
        self.study_years = study_years
        self.base_power_price_usd_per_mwh = base_power_price_usd_per_mwh
        self.capacity_prices = capacity_prices
        self.system_peak_mw = system_peak_mw
        self.other_peak_load_mw = system_peak_mw
        self.capacity_price_path = (
            capacity_prices.prices_on(model.dates)
            if capacity_prices is not None
            else np.zeros(len(model.dates))
        )
        # The capacity charge at every tick, so a tick reads it instead of computing it.
        self._capacity_cost_path = (
            capacity_cost_usd_per_mwh(
                self.capacity_price_path, capacity_prices.reference_usd_per_mw_day, 1.0
            )
            if capacity_prices is not None
            else None
        )
        # The same paths as Python floats: a tick reads one item without numpy's cost.
        self._capacity_prices_by_tick = self.capacity_price_path.tolist()
        self._capacity_costs_by_tick = (
            self._capacity_cost_path.tolist() if self._capacity_cost_path is not None else None
        )
        self.queue = queue if queue is not None else InterconnectionQueue()
        self.energised_mw_by_kind = np.zeros(len(RequestKind))
        self.wait_mw_years_by_kind = np.zeros(len(RequestKind))
        self.deliverable_added_mw = 0.0
        self.failed_studies_mw = 0.0
        self.approved_waiting_mw = 0.0
        self.binding = False
        self.utilisation = 0.0
        self.scarcity_adder_usd_per_mwh = 0.0
        self.capacity_price_usd_per_mw_day = 0.0
        self.capacity_cost_usd_per_mwh = 0.0
        self.read_capacity_price(0)
        self.curtailment_share = 0.0
        self.curtailed_mwh_this_tick = 0.0
        self.curtailed_mwh_total = 0.0
        self.mining_mwh_this_tick = 0.0
        self.dr_payments_usd_total = 0.0

    @property
    def queue_mw(self) -> float:
        """MW waiting in the queue (in study or approved)."""
        return float(np.add.reduce(self.queue.mw))

    def queue_mw_by_kind(self) -> np.ndarray:
        """MW waiting in the queue by :class:`RequestKind`."""
        return np.bincount(self.queue.kind, weights=self.queue.mw, minlength=len(RequestKind))

    @property
    def granted_ai_mw(self) -> float:
        """Greenfield AI (new data centres) energised so far, MW."""
        return float(self.energised_mw_by_kind[RequestKind.GREENFIELD_AI])

    @property
    def in_study_mw(self) -> float:
        """MW whose study has not ended."""
        return float(self.queue.mw[~self.queue.approved].sum())

    @property
    def approved_mw(self) -> float:
        """MW approved and waiting for deliverable capacity now."""
        return float(self.queue.mw[self.queue.approved].sum())

    def mean_wait_years(self, kinds: tuple[RequestKind, ...]) -> float:
        """MW-weighted mean wait from first filing to energisation of ``kinds`` (NaN if none)."""
        mw = float(self.energised_mw_by_kind[list(kinds)].sum())
        return float(self.wait_mw_years_by_kind[list(kinds)].sum()) / mw if mw > 0 else float("nan")

    def read_capacity_price(self, tick: int) -> None:
        """Set this tick's capacity price and its rise since contracts, per MWh of firm load,
        and the price of firm power with this tick's scarcity adder (set before)."""
        self.capacity_price_usd_per_mw_day = self._capacity_prices_by_tick[tick]
        if self._capacity_costs_by_tick is not None:
            self.capacity_cost_usd_per_mwh = self._capacity_costs_by_tick[tick]
        self.power_price_usd_per_mwh = (
            self.base_power_price_usd_per_mwh
            + self.scarcity_adder_usd_per_mwh
            + self.capacity_cost_usd_per_mwh
        )

    def __repr__(self) -> str:
        return (
            f"GridOperator({self.region!r}, deliverable {self.headroom_mw:.0f} MW, "
            f"queue {self.queue_mw:.0f} MW)"
        )
