"""The agents users see and extend: Miner, Hyperscaler and GridOperator.

Miners are many, so their state lives in one struct of numpy arrays
(:class:`abm.fleet.MinerFleet`) that the submodels update in vectorised steps; a
:class:`Miner` agent is a view on its row, so ``miner.cash_usd`` always reads the one source
of truth.  A miner's behaviour is its :class:`abm.strategies.MinerStrategy`.  Hyperscalers
and grid operators are few (a handful each) and keep their state as plain attributes.
"""

from __future__ import annotations

from mesa import Agent

from abm.fleet import ContractKind, MinerFleet, MinerStatus
from abm.submodels.grid import InterconnectionQueue

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
    """An AI firm that needs power for data centres and buys it every way it can.

    Options each tick: file interconnection requests (slow), bid for leases of miners' powered
    shell or conversions (fast), bid for insolvent miners' sites, and build behind-the-meter
    generation (costly).  State in plain attributes (MW gross of power unless named).

    Attributes:
        name: Firm name.
        demand_share: Share of US AI power demand this firm carries.
        energised_mw: Power serving the firm's AI load now, by channel.
        wtp_usd_per_kw_month: Current willingness to pay for powered shell (capped bid).
        paid_usd: Everything the firm has paid, cumulative.
        capex_spent_usd_this_year: Capex (sites, BTM, prepayments) in the current budget year.
    """

    CHANNELS = ("pipeline", "grid", "lease", "hpc", "acquired", "btm")

    def __init__(self, model, name: str, demand_share: float, budget_usd_per_year: float) -> None:
        """Create a hyperscaler carrying ``demand_share`` of AI demand."""
        super().__init__(model)
        self.name = name
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
    """The operator of one grid region: headroom, queue, scarcity price and curtailment.

    Attributes:
        region: Region name (e.g. 'ERCOT').
        headroom_mw: Firm large-load capacity not yet allocated, MW.
        capacity_added_mw_per_year: New firm capacity each year, MW.
        lead_time_years: Study and build time for a new large load.
        base_power_price_usd_per_mwh: Mean wholesale price with no scarcity.
        queue: Pending interconnection requests.
        granted_ai_mw: Firm capacity granted to new (greenfield) AI loads so far, MW.
        granted_brownfield_mw: Firm capacity granted to miners' sites turning into AI load, MW.
        granted_expansion_mw: Capacity granted to mining sites as expansions, MW.
        utilisation: Large-load utilisation this tick (0..1).
        scarcity_adder_usd_per_mwh: Scarcity price adder this tick.
        curtailment_share: Share of flexible mining load curtailed this tick.
    """

    def __init__(
        self,
        model,
        region: str,
        headroom_mw: float,
        capacity_added_mw_per_year: float,
        lead_time_years: float,
        base_power_price_usd_per_mwh: float,
    ) -> None:
        """Create the operator of ``region``."""
        super().__init__(model)
        self.region = region
        self.headroom_mw = headroom_mw
        self.capacity_added_mw_per_year = capacity_added_mw_per_year
        self.lead_time_years = lead_time_years
        self.base_power_price_usd_per_mwh = base_power_price_usd_per_mwh
        self.queue = InterconnectionQueue()
        self.granted_ai_mw = 0.0
        self.granted_brownfield_mw = 0.0
        self.granted_expansion_mw = 0.0
        self.utilisation = 0.0
        self.scarcity_adder_usd_per_mwh = 0.0
        self.curtailment_share = 0.0

    @property
    def queue_mw(self) -> float:
        """MW waiting in the queue."""
        return float(self.queue.mw.sum())

    @property
    def power_price_usd_per_mwh(self) -> float:
        """Wholesale energy price this tick: base plus scarcity adder, USD/MWh."""
        return self.base_power_price_usd_per_mwh + self.scarcity_adder_usd_per_mwh

    def __repr__(self) -> str:
        return (
            f"GridOperator({self.region!r}, headroom {self.headroom_mw:.0f} MW, "
            f"queue {self.queue_mw:.0f} MW)"
        )
