"""Grid operators: conditions, interconnection queues and grants (ODD section 7.3).

Each region's operator holds firm large-load headroom and a queue of requests.  Every tick
it (1) sets utilisation, the scarcity adder to power prices and the curtailment of flexible
mining load, and (2) grants ready requests by policy while they fit the headroom.  The queue
is an array-backed record of requests (not an agent); the rules that order it are pure
functions in :mod:`abm.economics.grid`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

import numpy as np

from abm.economics import grid as grid_rules
from abm.economics.grid import GridPolicy
from abm.fleet import MinerStatus

if TYPE_CHECKING:
    from abm.agents import GridOperator
    from abm.fleet import MinerFleet
    from abm.scenario import PowerMarketScenario


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
    def is_ai_load(self) -> np.ndarray:
        """Whether each request is for AI load (greenfield or brownfield)."""
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
            grid_rules.queue_priority_order(
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


def region_load_mw(
    fleet: MinerFleet, serving_ai: np.ndarray, n_regions: int
) -> tuple[np.ndarray, np.ndarray]:
    """(load, interconnected site capacity) of the miners' sites per region, MW."""
    mining = fleet.status == MinerStatus.MINING
    load = np.bincount(
        fleet.region,
        weights=fleet.mw * (mining * fleet.running_share + serving_ai),
        minlength=n_regions,
    )
    sites = np.bincount(fleet.region, weights=fleet.mw, minlength=n_regions)
    return load, sites


def update_conditions(
    operators: list[GridOperator],
    site_load_mw: np.ndarray,
    site_capacity_mw: np.ndarray,
    day_of_year: int,
    tick_years: float,
    scenario: PowerMarketScenario,
) -> None:
    """Step 1: headroom grows; utilisation, scarcity adder and curtailment per region.

    Utilisation is the load of miners' sites plus greenfield AI granted, over the sites'
    capacity plus everything granted plus the headroom left, times the seasonal factor.
    """
    s = scenario
    season = grid_rules.seasonal_load_factor(day_of_year, s.seasonal_amplitude)
    for operator in operators:
        operator.headroom_mw += operator.capacity_added_mw_per_year * tick_years
    granted = np.array([g.granted_ai_mw + g.granted_brownfield_mw for g in operators])
    greenfield = np.array([g.granted_ai_mw for g in operators])
    capacity = site_capacity_mw + granted + np.array([g.headroom_mw for g in operators])
    utilisation = np.where(
        capacity > 0,
        np.minimum((site_load_mw + greenfield) / np.maximum(capacity, 1e-9) * season, 1.0),
        0.0,
    )
    adder = grid_rules.scarcity_power_price_usd_per_mwh(
        0.0, utilisation, s.scarcity_adder_usd_per_mwh, s.scarcity_exponent
    )
    curtailed = grid_rules.curtailment_fraction(utilisation, s.curtailment_threshold)
    if s.grid_policy == GridPolicy.AI_PRIORITY:
        # Flexible mining load is shed first.
        curtailed = np.minimum(1.0, s.ai_priority_curtailment_factor * curtailed)
    for r, operator in enumerate(operators):
        operator.utilisation = float(utilisation[r])
        operator.scarcity_adder_usd_per_mwh = float(adder[r])
        operator.curtailment_share = float(curtailed[r])


def site_power_price_usd_per_mwh(fleet: MinerFleet, operators: list[GridOperator]) -> np.ndarray:
    """What each site pays for power now: its contract plus its region's scarcity adder."""
    adders = np.array([g.scarcity_adder_usd_per_mwh for g in operators])
    return fleet.power_cost_usd_per_mwh + adders[fleet.region]


@dataclass(frozen=True)
class Grants:
    """What the operators granted in one tick.

    Attributes:
        greenfield_mw_by_hyperscaler: New data-centre capacity per hyperscaler, MW.
        brownfield_sites: Miners' sites granted firm service for AI load.
        expansion_sites: Mining sites granted more MW (in grant order).
        expansion_mw: MW granted to each of ``expansion_sites``.
    """

    greenfield_mw_by_hyperscaler: np.ndarray
    brownfield_sites: np.ndarray
    expansion_sites: np.ndarray
    expansion_mw: np.ndarray


def serve_queues(
    operators: list[GridOperator], tick: int, policy: GridPolicy, n_hyperscalers: int
) -> Grants:
    """Step 2: each operator grants its ready requests in policy order while they fit."""
    n_kinds = len(RequestKind)
    greenfield_by_owner = np.zeros(n_hyperscalers)
    brownfield: list[np.ndarray] = []
    expansion_sites: list[np.ndarray] = []
    expansion_mw: list[np.ndarray] = []
    for operator in operators:
        queue = operator.queue
        if queue.earliest_ready_tick > tick or operator.headroom_mw <= 0:
            continue
        ready = (queue.ready_tick <= tick).nonzero()[0]
        # Nothing is granted when not even the smallest ready request fits.
        if ready.size == 0 or queue.mw[ready].min() > operator.headroom_mw + 1e-9:
            continue
        order = queue.priority_order(policy, ready)
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
            greenfield_by_owner += np.bincount(
                owner[greenfield], weights=mw[greenfield], minlength=n_hyperscalers
            )
        if mw_by_kind[RequestKind.BROWNFIELD_AI] > 0:
            operator.granted_brownfield_mw += float(mw_by_kind[RequestKind.BROWNFIELD_AI])
            brownfield.append(owner[kind == RequestKind.BROWNFIELD_AI])
        if mw_by_kind[RequestKind.MINING_EXPANSION] > 0:
            expansion = kind == RequestKind.MINING_EXPANSION
            operator.granted_expansion_mw += float(mw_by_kind[RequestKind.MINING_EXPANSION])
            expansion_sites.append(owner[expansion])
            expansion_mw.append(mw[expansion])
        queue.remove_at(granted)
    empty_int = np.zeros(0, dtype=np.int64)
    return Grants(
        greenfield_mw_by_hyperscaler=greenfield_by_owner,
        brownfield_sites=np.concatenate(brownfield) if brownfield else empty_int,
        expansion_sites=np.concatenate(expansion_sites) if expansion_sites else empty_int,
        expansion_mw=np.concatenate(expansion_mw) if expansion_mw else np.zeros(0),
    )


def brownfield_lead_years(
    operator: GridOperator, retrofit_lead_years: float, scenario: PowerMarketScenario
) -> float:
    """Study time of firm service for a converting site: the shorter of grid and retrofit."""
    lead = min(operator.lead_time_years, retrofit_lead_years)
    if scenario.grid_policy == GridPolicy.AI_PRIORITY:
        lead *= scenario.ai_priority_lead_time_factor
    return lead


def greenfield_lead_years(operator: GridOperator, scenario: PowerMarketScenario) -> float:
    """Study and build time of a new data centre's connection in the operator's region."""
    factor = (
        scenario.ai_priority_lead_time_factor
        if scenario.grid_policy == GridPolicy.AI_PRIORITY
        else 1.0
    )
    return operator.lead_time_years * factor
