"""The agents users see and extend: Miner, Hyperscaler and GridOperator.

Miners are many, so their state lives in one struct of numpy arrays (:class:`MinerFleet`)
that the model updates in vectorised steps; a :class:`Miner` agent is a view on its row, so
``miner.cash_usd`` always reads the one source of truth.  Hyperscalers and grid operators
are few (a handful each) and keep their state as plain attributes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from functools import cache

import numpy as np
from mesa import Agent

from abm.economics.grid import GridPolicy, queue_priority_order


class MinerStatus(IntEnum):
    """What a miner's site is doing.

    Attributes:
        MINING: ASICs installed; each tick they run or are curtailed.
        IDLE: Mothballed: ASICs off, site held at a small cost.
        CONVERTING: Retrofit under way for a signed AI contract (lease or conversion).
        LEASED: Powered shell leased to a hyperscaler (the "landlord" path).
        HPC: Converted into an AI / HPC compute host.
        ACQUIRED: Site bought by a hyperscaler after its miner's insolvency.
        EXITED: Miner insolvent; its site is for sale (MW > 0) or was sold to another miner
            (its MW moved there).
    """

    MINING = 0
    IDLE = 1
    CONVERTING = 2
    LEASED = 3
    HPC = 4
    ACQUIRED = 5
    EXITED = 6


class ContractKind(IntEnum):
    """Kind of AI contract on a site."""

    NONE = 0
    LEASE = 1
    CONVERT = 2


class ExpectationRule(IntEnum):
    """How a miner forecasts hashprice growth.

    Attributes:
        NAIVE: Hashprice stays where it is (apart from the known halving).
        ADAPTIVE: Exponentially weighted mean of past growth (half-life 26 weeks).
        TREND: Growth of the last 13 weeks, extrapolated.
    """

    NAIVE = 0
    ADAPTIVE = 1
    TREND = 2


@cache
def _status_lookup(statuses: tuple[MinerStatus, ...]) -> np.ndarray:
    """Boolean table over status codes, True for ``statuses`` (read-only, cached)."""
    lookup = np.zeros(len(MinerStatus), dtype=bool)
    lookup[list(statuses)] = True
    lookup.flags.writeable = False
    return lookup


@dataclass
class MinerFleet:
    """State of every miner site, one array element per site (struct of arrays).

    Units are in the names; ``tenant`` is a hyperscaler index or -1.  Ticks are the model's
    step counter (0 = start date).
    """

    name: np.ndarray
    firm: np.ndarray
    region: np.ndarray
    mw: np.ndarray
    ths: np.ndarray
    j_per_th: np.ndarray
    power_cost_usd_per_mwh: np.ndarray
    cash_usd: np.ndarray
    debt_usd: np.ndarray
    discount_rate: np.ndarray
    risk_aversion: np.ndarray
    horizon_years: np.ndarray
    expectation_rule: np.ndarray
    is_public: np.ndarray
    status: np.ndarray = field(init=False)
    contract: np.ndarray = field(init=False)
    tenant: np.ndarray = field(init=False)
    rent_usd_per_kw_month: np.ndarray = field(init=False)
    ready_tick: np.ndarray = field(init=False)
    contract_end_tick: np.ndarray = field(init=False)
    prepaid_usd: np.ndarray = field(init=False)
    running_share: np.ndarray = field(init=False)
    value_usd_per_w: np.ndarray = field(init=False)
    pivot_propensity: np.ndarray = field(init=False)
    expansion_pending: np.ndarray = field(init=False)
    firm_service: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        n = self.mw.size
        self.status = np.full(n, MinerStatus.MINING, dtype=np.int8)
        self.contract = np.full(n, ContractKind.NONE, dtype=np.int8)
        self.tenant = np.full(n, -1, dtype=np.int32)
        self.rent_usd_per_kw_month = np.zeros(n)
        self.ready_tick = np.zeros(n, dtype=np.int64)
        self.contract_end_tick = np.zeros(n, dtype=np.int64)
        self.prepaid_usd = np.zeros(n)
        self.running_share = np.ones(n)
        self.value_usd_per_w = np.zeros(n)
        self.pivot_propensity = np.zeros(n)
        self.expansion_pending = np.zeros(n, dtype=bool)
        self.firm_service = np.zeros(n, dtype=bool)

    def __len__(self) -> int:
        return int(self.mw.size)

    def in_status(self, *statuses: MinerStatus) -> np.ndarray:
        """Boolean mask of the sites in any of ``statuses``."""
        return _status_lookup(statuses)[self.status]


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
        """Current status (see :class:`MinerStatus`)."""
        return MinerStatus(int(self.model.fleet.status[self.index]))

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


class RequestKind(IntEnum):
    """What a request for firm grid capacity is for.

    Attributes:
        MINING_EXPANSION: More MW for a mining site (owner: miner index).
        GREENFIELD_AI: A new data centre (owner: hyperscaler index).
        BROWNFIELD_AI: Firm service for a miner's site turning into AI load, whose
            interruptible mining connection does not cover a data centre (owner: site index).
    """

    MINING_EXPANSION = 0
    GREENFIELD_AI = 1
    BROWNFIELD_AI = 2


NEVER = np.iinfo(np.int64).max
"""A tick that never comes (the earliest ready tick of an empty queue)."""


class InterconnectionQueue:
    """A region's queue of requests for firm grid capacity, as parallel arrays.

    Requests are added with :meth:`file` and taken out with :meth:`remove_at`, which keep
    :attr:`earliest_ready_tick` up to date.  Requests stay in the order they were filed.

    Attributes:
        owner: Hyperscaler index (greenfield AI) or site index (mining expansion, brownfield AI).
        kind: :class:`RequestKind` of each request.
        is_ai_load: Whether the request is for AI load (greenfield or brownfield).
        mw: Requested capacity, MW.
        filed_tick: Tick each request was filed.
        ready_tick: First tick its studies allow it to connect.
        bid_usd_per_kw_month: What the load offers for the capacity (its rent-equivalent).
        earliest_ready_tick: The first tick at which any request is ready (:data:`NEVER`
            when the queue is empty).
    """

    RECORD = np.dtype(
        [
            ("owner", np.int64),
            ("kind", np.int8),
            ("mw", float),
            ("filed_tick", np.int64),
            ("ready_tick", np.int64),
            ("bid_usd_per_kw_month", float),
        ]
    )
    FIELDS = RECORD.names

    def __init__(self) -> None:
        """Create an empty queue (storage grows by doubling, so filing is amortised O(1))."""
        self._size = 0
        self._records = np.zeros(16, dtype=self.RECORD)
        self.earliest_ready_tick = NEVER
        self._expose()

    def _expose(self) -> None:
        """Point the public field names at the filled part of the records (views, no copy)."""
        filled = self._records[: self._size]
        for name in self.FIELDS:
            setattr(self, name, filled[name])

    def __len__(self) -> int:
        return self._size

    @property
    def records(self) -> np.ndarray:
        """The requests as one structured array (a view; fields as in :attr:`RECORD`)."""
        return self._records[: self._size]

    @property
    def is_ai_load(self) -> np.ndarray:
        """Whether each request is for AI load."""
        return self.kind != RequestKind.MINING_EXPANSION

    def file(self, **columns: np.ndarray | float) -> None:
        """Append requests: one value or an array per field of :attr:`FIELDS` (values repeat)."""
        count = next((len(v) for v in columns.values() if isinstance(v, np.ndarray) and v.ndim), 1)
        needed = self._size + count
        if needed > self._records.size:
            grown = np.zeros(max(needed, 2 * self._records.size), dtype=self.RECORD)
            grown[: self._size] = self._records[: self._size]
            self._records = grown
        added = self._records[self._size : needed]
        for name in self.FIELDS:
            added[name] = columns[name]
        self.earliest_ready_tick = min(self.earliest_ready_tick, int(added["ready_tick"].min()))
        self._size = needed
        self._expose()

    def priority_order(self, policy: GridPolicy, positions: np.ndarray) -> np.ndarray:
        """The requests at ``positions`` (ascending) in the order ``policy`` serves them.

        First come is filing order, which the queue keeps, so it needs no sort.
        """
        if policy is GridPolicy.FIRST_COME:
            return positions
        return positions[
            queue_priority_order(
                policy,
                self.filed_tick[positions],
                self.bid_usd_per_kw_month[positions],
                self.is_ai_load[positions],
            )
        ]

    def remove_at(self, positions: np.ndarray) -> None:
        """Drop the requests at ``positions`` (order of the rest kept)."""
        keep = np.ones(self._size, dtype=bool)
        keep[positions] = False
        kept = self._records[: self._size][keep]
        self._records[: kept.size] = kept
        self._size = kept.size
        self.earliest_ready_tick = int(kept["ready_tick"].min()) if kept.size else NEVER
        self._expose()


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
