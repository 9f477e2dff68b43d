"""Grid operators: deliverable capacity, studies, queues, scarcity and curtailment (ODD 7.3).

Each region's operator makes new large-load capacity deliverable at its region's rate
(``abm/data/regions.csv``) and holds a queue of requests for it.  A request is studied (a
large-load study at or above ``large_load_threshold_mw``, a short one below), may fail, is
then approved, and is energised when deliverable capacity is there, in the order of the
allocation policy.  Every tick the operator (1) adds deliverable capacity and sets
utilisation of what is energised, the scarcity adder, the capacity price and the
curtailment of flexible load, and (2) completes studies and energises approved requests.
The queue is an array-backed record of requests (not an agent), and the regions' queues
share one table, so a pass over it reads every region's; the rules that order a queue and
price scarcity are pure functions in :mod:`abm.economics.grid`.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from abm import calibration
from abm.economics import grid as grid_rules
from abm.economics import valuation
from abm.economics.grid import GridPolicy
from abm.fleet import MinerStatus

if TYPE_CHECKING:
    from abm.agents import GridOperator
    from abm.fleet import MinerFleet
    from abm.scenario import PowerMarketScenario
    from abm.submodels.exogenous import Calendar


class RequestKind(IntEnum):
    """What a request for deliverable large-load capacity is for.

    Attributes:
        MINING_EXPANSION: More MW for a mining site (owner: site index); flexible load.
        GREENFIELD_AI: A new data centre (owner: hyperscaler index); energised in phases.
        BROWNFIELD_AI: Firm service for a miner's site turning into AI load (owner: site
            index): the site keeps firm capacity for the load it drew at peak
            (``mining_peak_load_share`` of its MW) and asks for the rest.
    """

    MINING_EXPANSION = 0
    GREENFIELD_AI = 1
    BROWNFIELD_AI = 2


NEVER = np.iinfo(np.int64).max
"""A tick that never comes (the earliest ready tick of an empty queue)."""

# Plain ints: comparing an array with an enum member costs more than with an int.
_GREENFIELD = int(RequestKind.GREENFIELD_AI)
_BROWNFIELD = int(RequestKind.BROWNFIELD_AI)
_EXPANSION = int(RequestKind.MINING_EXPANSION)
_NO_SITES = np.zeros(0, dtype=np.int64)
_NO_SITES.flags.writeable = False
_NO_MW = np.zeros(0, dtype=float)
_FEW_REQUESTS = 16
"""Up to this many requests, one by one in Python costs less than array operations."""
_NO_MW.flags.writeable = False


def _filled(name: str) -> property:
    """A field of the requests in the queue, read as a view of the filled part of storage."""
    return property(lambda queue: queue._full[name][: queue._size])


class InterconnectionQueue:
    """A region's queue of requests for deliverable capacity, as parallel arrays.

    Requests are added with :meth:`file` (or :meth:`file_records`) and taken out with
    :meth:`remove_at`, which keep :attr:`next_study_end_tick` up to date.  Requests stay in
    the order they were filed.

    Attributes:
        owner: Hyperscaler index (greenfield AI) or site index (mining expansion, brownfield).
        kind: :class:`RequestKind` of each request.
        mw: Deliverable capacity still requested, MW.
        filed_tick: Tick each request was filed (its queue position).
        ready_tick: Tick its study ends.
        bid_usd_per_kw_month: What the load pays for the capacity (its rent-equivalent).
        approved: Whether its study has passed (it then waits for deliverable capacity).
        first_filed_tick: Tick the load first asked (kept when a failed study is re-filed).
        study_end_tick: Tick its study ends while in study, :data:`NEVER` once approved.
        next_study_end_tick: The first tick at which a study not yet ended ends (no later
            than it; :data:`NEVER` when none is in study): its table's, for every queue in
            the table.
        table: The :class:`QueueTable` its requests are stored in.

    The fields are views of the filled part of the storage, made when read.
    """

    RECORD = np.dtype(
        [
            ("owner", np.int64),
            ("kind", np.int8),
            ("mw", float),
            ("filed_tick", np.int64),
            ("ready_tick", np.int64),
            ("bid_usd_per_kw_month", float),
            ("approved", bool),
            ("first_filed_tick", np.int64),
            ("study_end_tick", np.int64),
        ]
    )
    FIELDS = RECORD.names
    FILED_FIELDS = FIELDS[:6]
    """The fields a filer gives; ``approved`` starts False, ``first_filed_tick`` = filed."""

    owner = _filled("owner")
    kind = _filled("kind")
    mw = _filled("mw")
    filed_tick = _filled("filed_tick")
    ready_tick = _filled("ready_tick")
    bid_usd_per_kw_month = _filled("bid_usd_per_kw_month")
    approved = _filled("approved")
    first_filed_tick = _filled("first_filed_tick")
    study_end_tick = _filled("study_end_tick")

    def __init__(self) -> None:
        """Create an empty queue with storage of its own (:class:`QueueTable` may take it over
        to store several regions' queues together; storage grows by doubling, so filing is
        amortised O(1))."""
        self._size = 0
        self.table = QueueTable([self])

    def _store_in(self, table: QueueTable, records: np.ndarray) -> None:
        """Keep the requests in ``records`` (a segment of ``table``'s, the filled part already
        copied there) and a view of each field over all of it."""
        self.table = table
        self._records = records
        # The same bytes as opaque records: moving them costs a copy, not one per field.
        self._raw = records.view(_RAW_RECORD)
        self._full = {name: records[name] for name in self.FIELDS}

    def _allocate(self, capacity: int) -> None:
        """Room for ``capacity`` requests (its table's storage is laid out anew)."""
        self.table.reallocate(self, capacity)

    def __len__(self) -> int:
        return self._size

    @property
    def next_study_end_tick(self) -> int:
        """See the class's attributes."""
        return self.table.next_study_end_tick

    @property
    def earliest_ready_tick(self) -> int:
        """The first tick at which any request is ready (:data:`NEVER` when the queue is empty)."""
        return int(self.ready_tick.min()) if self._size else NEVER

    @property
    def is_ai_load(self) -> np.ndarray:
        """Whether each request is for AI load (greenfield or brownfield)."""
        return self.kind != RequestKind.MINING_EXPANSION

    @property
    def is_flexible(self) -> np.ndarray:
        """Whether each request is for curtailable load (mining)."""
        return self.kind == RequestKind.MINING_EXPANSION

    def file(self, **columns: np.ndarray | float) -> None:
        """Append requests: one value or an array per field of :attr:`FILED_FIELDS`.

        Single values repeat; ``approved`` and ``first_filed_tick`` may be given too.

        Raises:
            KeyError: A field of :attr:`FILED_FIELDS` is missing.
        """
        count, any_array = 1, False
        for value in columns.values():
            if isinstance(value, np.ndarray):
                any_array = True
                if value.ndim:
                    count = len(value)
                    break
        needed = self._size + count
        if needed > self._records.size:
            self._allocate(max(needed, 2 * self._records.size))
        start = self._size
        filed_tick = columns["filed_tick"]
        ready_tick = columns["ready_tick"]
        approved = columns.get("approved", False)
        first_filed_tick = columns.get("first_filed_tick", filed_tick)
        if not any_array:
            # One request of plain values: one record in one assignment.
            ready_tick = int(ready_tick)
            self._records[start] = (
                columns["owner"],
                columns["kind"],
                columns["mw"],
                filed_tick,
                ready_tick,
                columns["bid_usd_per_kw_month"],
                approved,
                first_filed_tick,
                NEVER if approved else ready_tick,
            )
            first_ready = ready_tick
        else:
            full = self._full
            for name in ("owner", "kind", "mw", "bid_usd_per_kw_month"):
                full[name][start:needed] = columns[name]
            full["filed_tick"][start:needed] = filed_tick
            full["approved"][start:needed] = approved
            full["first_filed_tick"][start:needed] = first_filed_tick
            added_ready = full["ready_tick"][start:needed]
            added_ready[:] = ready_tick
            study_end = full["study_end_tick"][start:needed]
            if approved is False:
                study_end[:] = added_ready
            else:
                study_end[:] = np.where(approved, NEVER, added_ready)
            first_ready = int(added_ready[0]) if count == 1 else int(np.minimum.reduce(added_ready))
        table = self.table
        table.next_study_end_tick = min(table.next_study_end_tick, first_ready)
        self._size = needed

    def file_records(self, records: np.ndarray, first_study_end_tick: int) -> None:
        """Append requests given as whole records of :attr:`RECORD` (set as :meth:`file` sets
        them), whose first study to end ends at ``first_study_end_tick``."""
        needed = self._size + records.size
        if needed > self._records.size:
            self._allocate(max(needed, 2 * self._records.size))
        self._raw[self._size : needed] = records.view(_RAW_RECORD)
        table = self.table
        table.next_study_end_tick = min(table.next_study_end_tick, first_study_end_tick)
        self._size = needed

    def priority_order(self, policy: GridPolicy, positions: np.ndarray) -> np.ndarray:
        """The requests at ``positions`` (ascending) in the order ``policy`` serves them.

        First come is filing order, which the queue keeps, so it needs no sort.
        """
        if policy is GridPolicy.FIRST_COME:
            return positions
        is_ai_load = self.kind[positions] != _EXPANSION
        return positions[
            grid_rules.queue_priority_order(
                policy,
                self.filed_tick[positions],
                self.bid_usd_per_kw_month[positions],
                is_ai_load,
                ~is_ai_load,
            )
        ]

    def remove_at(self, positions: np.ndarray) -> None:
        """Drop the requests at ``positions`` (order of the rest kept)."""
        if 0 < len(positions) <= 4:
            dropped = positions.tolist()
            if all(a < b for a, b in zip(dropped, dropped[1:], strict=False)):
                # A few in ascending order: slide the runs between them down, slice by slice.
                records = self._raw
                write = dropped[0]
                for start, end in zip(dropped, [*dropped[1:], self._size], strict=True):
                    run = end - start - 1
                    if run:
                        records[write : write + run] = records[start + 1 : end]
                        write += run
                records[write : self._size] = _EMPTY_RECORD
                self._size = write
                return
        keep = np.ones(self._size, dtype=bool)
        keep[positions] = False
        kept = self._raw[: self._size][keep]
        self._raw[: kept.size] = kept
        self._raw[kept.size : self._size] = _EMPTY_RECORD
        self._size = kept.size

    def take_at(self, positions: np.ndarray) -> np.ndarray:
        """Remove the requests at ``positions`` and return their records (a copy)."""
        taken = self._raw[: self._size][positions].view(self.RECORD)
        self.remove_at(positions)
        return taken


_RAW_RECORD = np.dtype((np.void, InterconnectionQueue.RECORD.itemsize))
_EMPTY_RECORD = np.zeros(1, dtype=InterconnectionQueue.RECORD)
_EMPTY_RECORD["study_end_tick"] = NEVER
_EMPTY_RECORD = _EMPTY_RECORD.view(_RAW_RECORD)[0]
"""What a slot holds when no request is in it: in no study, not approved, 0 MW of mining."""


class QueueTable:
    """The storage of several regions' queues: one array of records, queue after queue.

    Each queue's requests fill the start of its own segment; the slots after them hold
    :data:`_EMPTY_RECORD` (0 MW, not approved, in no study), so a column of the whole table
    reads every queue's requests in queue order, with empty slots that count for nothing.

    Attributes:
        queues: The queues stored, in order.
        starts: Where each queue's segment starts, and the table's size last.
        queue_of_slot: Index of the queue each slot belongs to.
        next_study_end_tick: The first tick at which a study not yet ended ends in any of the
            queues (no later than it; :data:`NEVER` when none is in study).
        records: Every slot's record.
        owner, kind, mw, approved, study_end_tick, ...: Each field of
            :attr:`InterconnectionQueue.RECORD` over every slot (views).
    """

    def __init__(self, queues: list[InterconnectionQueue]) -> None:
        """Store ``queues`` (their requests copied over) in one table."""
        self.queues = list(queues)
        self._lay_out([max(16, len(queue)) for queue in self.queues])
        self.next_study_end_tick = int(np.minimum.reduce(self.study_end_tick))

    @classmethod
    def of(cls, count: int) -> QueueTable:
        """A table of ``count`` empty queues."""
        return cls([InterconnectionQueue() for _ in range(count)])

    def reallocate(self, queue: InterconnectionQueue, capacity: int) -> None:
        """Room for ``capacity`` requests in ``queue``'s segment (the others keep theirs)."""
        self._lay_out(
            [capacity if stored is queue else stored._records.size for stored in self.queues]
        )

    def _lay_out(self, capacities: list[int]) -> None:
        records = np.zeros(sum(capacities), dtype=InterconnectionQueue.RECORD)
        records.view(_RAW_RECORD)[:] = _EMPTY_RECORD
        starts = [0]
        for queue, capacity in zip(self.queues, capacities, strict=True):
            start = starts[-1]
            segment = records[start : start + capacity]
            if len(queue):
                segment[: len(queue)] = queue._records[: len(queue)]
            queue._store_in(self, segment)
            starts.append(start + capacity)
        self.records = records
        self.starts = starts
        self.queue_of_slot = np.repeat(np.arange(len(capacities)), capacities)
        for name in InterconnectionQueue.FIELDS:
            setattr(self, name, records[name])


def queue_table(operators: list[GridOperator]) -> QueueTable:
    """The table holding the queues of ``operators`` (in their order).

    Raises:
        ValueError: Their queues are not stored together in that order.
    """
    table = operators[0].queue.table
    if table.queues != [operator.queue for operator in operators]:
        raise ValueError("the operators' queues are not stored in one table in their order")
    return table


# ---------------------------------------------------------------------- set-up


@dataclass(frozen=True)
class CapacityPriceSchedule:
    """A region's capacity prices by delivery year, and what holds after the last one.

    Attributes:
        starts: First day of each delivery year (datetime64, ascending).
        prices_usd_per_mw_day: Price of each delivery year.
        after_usd_per_mw_day: Price after the last delivery year.
        ends_after: Last day of the last delivery year.
    """

    starts: np.ndarray
    prices_usd_per_mw_day: np.ndarray
    after_usd_per_mw_day: float
    ends_after: np.datetime64

    @property
    def reference_usd_per_mw_day(self) -> float:
        """Price of the first delivery year in the table (in contracts before the start)."""
        return float(self.prices_usd_per_mw_day[0])

    def prices_on(self, dates: pd.DatetimeIndex) -> np.ndarray:
        """Capacity price of the delivery year containing each date, USD/MW-day."""
        days = dates.to_numpy("datetime64[ns]")
        k = np.maximum(np.searchsorted(self.starts, days, side="right") - 1, 0)
        return np.where(
            days > self.ends_after, self.after_usd_per_mw_day, self.prices_usd_per_mw_day[k]
        )


def operator_specs(scenario: PowerMarketScenario) -> list[dict]:
    """Keyword arguments of each region's GridOperator, in :data:`calibration.REGIONS` order.

    Deliverable capacity for the modelled loads is the region's deliverable large-load rate
    times ``grid_deliverable_scale`` times its data-centre share (the rest goes to large loads
    outside the model); the start pool is ``grid_headroom_gw`` split by region.  The
    regions' queues are stored in one :class:`QueueTable`.
    """
    s = scenario
    prices = calibration.capacity_prices()
    regions = calibration.regions()
    queues = QueueTable.of(len(regions)).queues
    specs = []
    for row, queue in zip(regions.itertuples(), queues, strict=True):
        in_region = prices[prices["region"] == row.region]
        schedule = (
            CapacityPriceSchedule(
                starts=in_region["delivery_year_start"].to_numpy("datetime64[ns]"),
                prices_usd_per_mw_day=in_region["price_usd_per_mw_day"].to_numpy(float),
                after_usd_per_mw_day=s.capacity_price_after_auctions_usd_per_mw_day,
                ends_after=in_region["delivery_year_end"].to_numpy("datetime64[ns]").max(),
            )
            if len(in_region)
            else None
        )
        specs.append(
            {
                "region": row.region,
                "headroom_mw": s.grid_headroom_gw * 1000.0 * row.firm_headroom_share,
                "deliverable_mw_per_year": row.deliverable_large_load_gw_per_year
                * 1000.0
                * s.grid_deliverable_scale
                * row.data_centre_share,
                "study_years": row.large_load_study_years,
                "system_peak_mw": row.system_peak_gw * 1000.0,
                "base_power_price_usd_per_mwh": row.base_power_price_usd_per_mwh,
                "capacity_prices": schedule,
                "queue": queue,
            }
        )
    return specs


@dataclass(frozen=True)
class GridOutlook:
    """Morgan Stanley's arithmetic rebuilt from the regions' data, MW.

    Attributes:
        demand_2028_mw: New AI demand by the end of 2028.
        deliverable_to_2028_mw: Capacity the grids can deliver to the modelled loads by then
            (start pool plus every region's rate over the years to the end of 2028).
        under_construction_mw: Data-centre capacity under construction at the start.
        gap_mw: What is left: demand less deliverable less under construction.
    """

    demand_2028_mw: float
    deliverable_to_2028_mw: float
    under_construction_mw: float
    gap_mw: float


def outlook_to_2028(
    operators: list[GridOperator],
    start_date: pd.Timestamp,
    demand_2028_mw: float,
    under_construction_mw: float,
) -> GridOutlook:
    """The power gap to the end of 2028 from the operators' start pools and rates."""
    years = (pd.Timestamp("2028-12-31") - pd.Timestamp(start_date)).days / 365.25
    deliverable = sum(
        float(grid_rules.deliverable_mw(g.headroom_mw, g.deliverable_mw_per_year, years))
        for g in operators
    )
    gap = grid_rules.power_gap_mw(demand_2028_mw, deliverable, under_construction_mw)
    return GridOutlook(demand_2028_mw, deliverable, under_construction_mw, gap)


# ---------------------------------------------------------------------- step 1: conditions


def region_load_mw(
    fleet: MinerFleet, serving_ai: np.ndarray, n_regions: int
) -> tuple[np.ndarray, np.ndarray]:
    """(load, flexible load) of the miners' sites per region, MW.

    Load is mining plus AI energised on sites; flexible load is the mining part: the MW the
    ASICs of mining sites (and of converting sites still mining) draw when they run as their
    economics say, *before* the grid curtails any.  Measuring it after last tick's curtailment
    would let curtailment lower next tick's load and so switch itself off and on, week by week.
    """
    mining = fleet.in_status(MinerStatus.MINING, MinerStatus.CONVERTING)
    flexible = fleet.mw * mining * fleet.uncurtailed_running_share
    firm = fleet.mw * serving_ai
    load = np.bincount(fleet.region, weights=flexible + firm, minlength=n_regions)
    flexible_load = np.bincount(fleet.region, weights=flexible, minlength=n_regions)
    return load, flexible_load


def record_other_load(
    operators: list[GridOperator],
    site_load_mw: np.ndarray,
    flexible_load_mw: np.ndarray,
    mining_peak_load_share: float,
) -> None:
    """Each region's load outside the modelled loads at its recorded peak (once, at the start).

    The recorded peak already holds the modelled loads: AI on miners' sites in full and mines
    at their draw at system peak (``mining_peak_load_share`` of their load).
    """
    at_peak = site_load_mw - (1.0 - mining_peak_load_share) * flexible_load_mw
    for operator, drawn in zip(operators, at_peak.tolist(), strict=True):
        operator.other_peak_load_mw = max(operator.system_peak_mw - drawn, 0.0)


def update_conditions(
    operators: list[GridOperator],
    site_load_mw: np.ndarray,
    flexible_load_mw: np.ndarray,
    day_of_year: int,
    tick: int,
    tick_years: float,
    scenario: PowerMarketScenario,
) -> None:
    """Step 1: deliverable capacity grows; system peak, prices and curtailment per region.

    A region's system load peaks this tick at its other load (its recorded peak less what
    the modelled loads drew at it at the start) times the season's peak factor, plus the
    modelled large loads (sites' mining and AI load, greenfield AI energised) times their
    seasonal factor.  Firm capacity is the recorded peak plus ``deliverable_firm_share`` of
    the large-load capacity made deliverable since the start.  Flexible (mining) load is
    curtailed in the hours in which system load would exceed ``curtailment_threshold`` of
    firm capacity.  Firm load left above firm capacity at the peak eats the planning
    reserve margin and sets the scarcity adder, in full when the margin is gone.
    """
    s = scenario
    season, peak_factor = _seasonal_factors(
        day_of_year, s.seasonal_amplitude, s.system_peak_seasonal_amplitude
    )
    # A few regions: Python floats, as numpy costs more per call than the arithmetic.
    firm_share = s.deliverable_firm_share
    curtailment_threshold = s.curtailment_threshold
    with_reserves = 1.0 + s.planning_reserve_margin
    flexible: list[float] = []
    peak_load: list[float] = []
    threshold: list[float] = []
    utilisation: list[float] = []
    firm_utilisation: list[float] = []
    for operator, site_load, flexible_load in zip(
        operators, site_load_mw.tolist(), flexible_load_mw.tolist(), strict=True
    ):
        load = site_load + operator.energised_mw_by_kind.item(_GREENFIELD)
        firm = operator.system_peak_mw + firm_share * operator.deliverable_added_mw
        flexible_peak = flexible_load * season
        peak = operator.other_peak_load_mw * peak_factor + load * season
        level = curtailment_threshold * firm
        flexible.append(flexible_peak)
        peak_load.append(peak)
        threshold.append(level)
        safe_capacity = max(firm, 1e-9)
        utilisation.append(min(peak / safe_capacity, 1.0))
        # At the peak hour flexible load is shed down to the threshold, at most all of it;
        # what is left above firm capacity eats the reserve margin and prices scarcity.
        after_curtailment = max(peak - flexible_peak, min(peak, level))
        firm_utilisation.append(after_curtailment / (safe_capacity * with_reserves))
    curtailed = grid_rules.peak_curtailment_shares(
        peak_load, flexible, threshold, s.load_duration_depth, s.load_duration_exponent
    )
    if s.grid_policy == GridPolicy.AI_PRIORITY:
        # Flexible mining load is shed first.
        curtailed = [min(1.0, s.ai_priority_curtailment_factor * c) for c in curtailed]
    adder = grid_rules.scarcity_adders_usd_per_mwh(
        firm_utilisation, s.scarcity_adder_usd_per_mwh, s.scarcity_exponent, 1.0 / with_reserves
    )
    for operator, region_utilisation, region_adder, region_curtailed in zip(
        operators, utilisation, adder, curtailed, strict=True
    ):
        added = operator.deliverable_mw_per_year * tick_years
        operator.headroom_mw += added
        operator.deliverable_added_mw += added
        operator.utilisation = region_utilisation
        operator.scarcity_adder_usd_per_mwh = region_adder
        operator.curtailment_share = region_curtailed
        operator.read_capacity_price(tick)


@functools.lru_cache(maxsize=4096)
def _seasonal_factors(
    day_of_year: int, seasonal_amplitude: float, system_peak_seasonal_amplitude: float
) -> tuple[float, float]:
    """(large loads' seasonal factor, system peak factor) of a day of the year.

    A pure function of the day, and the days of a run recur: each is worked out once.
    """
    return (
        grid_rules.seasonal_load_factor(day_of_year, seasonal_amplitude),
        grid_rules.system_peak_factor(day_of_year, system_peak_seasonal_amplitude),
    )


def site_power_price_usd_per_mwh(
    fleet: MinerFleet, operators: list[GridOperator], mining_peak_load_share: float
) -> np.ndarray:
    """What each site pays for power now, USD/MWh.

    Its contract plus its region's scarcity adder plus the rise in the capacity price since
    its contract, on the share of its MW it draws at system peak.
    """
    adders = np.array(
        [
            g.scarcity_adder_usd_per_mwh + g.capacity_cost_usd_per_mwh * mining_peak_load_share
            for g in operators
        ]
    )
    return fleet.power_cost_usd_per_mwh + adders[fleet.region]


def record_curtailment(
    operators: list[GridOperator],
    fleet: MinerFleet,
    curtailed_mw: np.ndarray,
    hours: float,
    dr_payment_usd_per_mwh: float,
) -> None:
    """Curtailed MWh this tick, the mining MWh it is a share of, and payments owed, per region."""
    n_regions = len(operators)
    mwh = np.bincount(fleet.region, weights=curtailed_mw * hours, minlength=n_regions)
    mining_mwh = np.bincount(
        fleet.region,
        weights=fleet.asic_mw * fleet.uncurtailed_running_share * hours,
        minlength=n_regions,
    )
    for operator, region_mwh, region_mining_mwh in zip(
        operators, mwh.tolist(), mining_mwh.tolist(), strict=True
    ):
        operator.curtailed_mwh_this_tick = region_mwh
        operator.mining_mwh_this_tick = region_mining_mwh
        operator.curtailed_mwh_total += region_mwh
        operator.dr_payments_usd_total += region_mwh * dr_payment_usd_per_mwh


# ---------------------------------------------------------------------- step 2: queues


@dataclass(frozen=True)
class Grants:
    """What the operators energised in one tick, and the studies that failed.

    Attributes:
        greenfield_mw_by_hyperscaler: New data-centre capacity per hyperscaler, MW.
        brownfield_sites: Miners' sites granted firm service for AI load.
        expansion_sites: Mining sites granted more MW (in grant order).
        expansion_mw: MW granted to each of ``expansion_sites``.
        expansion_wait_years: How long each of them waited from filing.
        failed_expansion_sites: Mining sites whose expansion study failed.
    """

    greenfield_mw_by_hyperscaler: np.ndarray
    brownfield_sites: np.ndarray
    expansion_sites: np.ndarray
    expansion_mw: np.ndarray
    expansion_wait_years: np.ndarray
    failed_expansion_sites: np.ndarray


def _complete_studies(
    operators: list[GridOperator],
    table: QueueTable,
    tick: int,
    rng: np.random.Generator,
    pass_probability: float,
) -> list[int]:
    """Studies ending now pass (approved) or fail; failed brownfield studies start again.

    Every queue's studies end together, in one pass over the table; the draws come in
    queue order and, within a queue, in filing order.

    Returns:
        Owners (sites) of the mining expansions whose study failed, queue by queue.
    """
    study_end = table.study_end_tick
    approved = table.approved
    starts = table.starts
    ending = (study_end <= tick).nonzero()[0]
    draws = rng.random(len(ending))
    failed_by_queue: dict[int, list[int]] = {}
    if len(ending) <= _FEW_REQUESTS:
        # A few studies end at a time: one by one costs less than a handful of array
        # operations.
        for slot, draw in zip(ending.tolist(), draws.tolist(), strict=True):
            # Every study ending now leaves study, passed or not.
            study_end[slot] = NEVER
            if draw < pass_probability:
                approved[slot] = True
            else:
                r = bisect.bisect_right(starts, slot) - 1
                failed_by_queue.setdefault(r, []).append(slot - starts[r])
    else:
        study_end[ending] = NEVER
        passed = draws < pass_probability
        approved[ending[passed]] = True
        failed = ending[~passed]
        # The slots ascend, so each queue's failures come together, in filing order.
        queue_of_failed = table.queue_of_slot[failed]
        for r in np.unique(queue_of_failed).tolist():
            failed_by_queue[r] = failed[queue_of_failed == r] - starts[r]
    table.next_study_end_tick = int(np.minimum.reduce(study_end))
    failed_expansions: list[int] = []
    for r, positions in failed_by_queue.items():
        operator = operators[r]
        queue = operator.queue
        records = queue.take_at(np.asarray(positions))
        mw = records["mw"]
        operator.failed_studies_mw += mw.item(0) if len(mw) == 1 else float(np.add.reduce(mw))
        kinds = records["kind"]
        is_brownfield = kinds == _BROWNFIELD
        if is_brownfield.any():
            restudy = records[is_brownfield]
            # A converting site cannot energise without firm service: it asks again, at the
            # back.
            queue.file(
                **{name: restudy[name] for name in InterconnectionQueue.FILED_FIELDS[:3]},
                filed_tick=tick,
                ready_tick=tick + (restudy["ready_tick"] - restudy["filed_tick"]),
                bid_usd_per_kw_month=restudy["bid_usd_per_kw_month"],
                first_filed_tick=restudy["first_filed_tick"],
            )
        failed_expansions += records["owner"][kinds == _EXPANSION].tolist()
    return failed_expansions


def serve_queues(
    operators: list[GridOperator],
    tick: int,
    tick_years: float,
    policy: GridPolicy,
    n_hyperscalers: int,
    rng: np.random.Generator,
    study_pass_probability: float,
) -> Grants:
    """Step 2: studies end; approved requests are energised in policy order while they fit.

    Approved requests are taken in policy order until the next does not fit the deliverable
    capacity left: it waits (no skipping), except that a data centre is energised in
    phases, taking what is left.  An operator whose approved load exceeds its deliverable
    capacity is binding this tick.
    """
    n_kinds = len(RequestKind)
    greenfield_by_owner = [0.0] * n_hyperscalers
    brownfield: list[int] = []
    expansion_sites: list[int] = []
    expansion_mw: list[float] = []
    expansion_wait: list[float] = []
    table = queue_table(operators)
    # No gate on the earliest ready tick: a request is approved only once its study has
    # ended, so a queue with none ready has none approved and no study ending.
    if table.next_study_end_tick <= tick:
        failed_expansions = _complete_studies(operators, table, tick, rng, study_pass_probability)
    else:
        failed_expansions = []
    # Every queue's approved requests in one pass over the table: the slots of queue r are
    # those from approved_bounds[r] to approved_bounds[r + 1].
    approved_slots = table.approved.nonzero()[0]
    approved_bounds = np.searchsorted(approved_slots, table.starts).tolist()
    approved_mw = table.mw[approved_slots]
    first_come = policy is GridPolicy.FIRST_COME
    for r, operator in enumerate(operators):
        operator.binding = False
        operator.approved_waiting_mw = 0.0
        first, end = approved_bounds[r], approved_bounds[r + 1]
        if first == end:
            continue
        queue = operator.queue
        start = table.starts[r]
        if first_come:
            # Filing order, which the queue keeps: the approved requests as they lie.
            slots_in_order = approved_slots[first:end]
            mw_in_order = approved_mw[first:end]
        else:
            slots_in_order = queue.priority_order(policy, approved_slots[first:end] - start)
            slots_in_order += start
            mw_in_order = table.mw[slots_in_order]
        head = int(slots_in_order[0])
        head_record = table.records.item(head)
        available = operator.headroom_mw
        waiting = float(np.add.reduce(mw_in_order))
        operator.approved_waiting_mw = waiting
        operator.binding = waiting > available + 1e-9
        fits = available + 1e-9
        if head_record[2] > fits:
            n_whole, left = 0, available  # the head does not fit: at most a phase of it
        else:
            # Whole requests while their running total fits (added in order, as a cumsum).
            n_whole, cumulative = 0, 0.0
            if len(mw_in_order) <= _FEW_REQUESTS:
                for request_mw in mw_in_order.tolist():
                    if cumulative + request_mw > fits:
                        break
                    cumulative += request_mw
                    n_whole += 1
            else:
                running_total = np.cumsum(mw_in_order)  # added left to right, as above
                over = running_total > fits
                n_whole = int(over.argmax()) if over.any() else len(over)
                cumulative = float(running_total[n_whole - 1])  # the head fits: n_whole >= 1
            left = available - cumulative
        if n_whole < end - first and left > 1e-9:
            if n_whole:
                head = int(slots_in_order[n_whole])
                head_record = table.records.item(head)
            owner, kind, head_mw, *_, first_filed_tick, _ = head_record
            if kind == _GREENFIELD:
                # A data centre is energised in phases: it takes what is left.
                table.mw[head] = head_mw - left
                operator.headroom_mw -= left
                operator.energised_mw_by_kind[_GREENFIELD] += left
                operator.wait_mw_years_by_kind[_GREENFIELD] += (
                    left * (tick - first_filed_tick) * tick_years
                )
                greenfield_by_owner[owner] += left
        if n_whole == 0:
            continue
        # The whole requests granted, one by one in grant order (records in RECORD's field
        # order): per kind and per hyperscaler the MW add up in that order from zero, as a
        # bincount over them would.
        granted = queue.take_at(slots_in_order[:n_whole] - start)
        if n_whole <= _FEW_REQUESTS:
            mw_by_kind = [0.0] * n_kinds
            wait_by_kind = [0.0] * n_kinds
            region_by_owner: dict[int, float] = {}
            for owner, kind, mw, *_, first_filed_tick, _ in granted.tolist():
                waited_ticks = tick - first_filed_tick
                mw_by_kind[kind] += mw
                wait_by_kind[kind] += mw * waited_ticks * tick_years
                if kind == _GREENFIELD:
                    region_by_owner[owner] = region_by_owner.get(owner, 0.0) + mw
                elif kind == _BROWNFIELD:
                    brownfield.append(owner)
                else:
                    expansion_sites.append(owner)
                    expansion_mw.append(mw)
                    expansion_wait.append(waited_ticks * tick_years)
        else:
            # The same sums as one by one: a weighted bincount adds each bin's values in
            # order from zero.
            kinds = granted["kind"].astype(np.intp)
            mw = granted["mw"]
            waited_ticks = tick - granted["first_filed_tick"]
            mw_by_kind = np.bincount(kinds, mw, n_kinds).tolist()
            wait_by_kind = np.bincount(kinds, mw * waited_ticks * tick_years, n_kinds).tolist()
            owners = granted["owner"]
            is_greenfield = kinds == _GREENFIELD
            region_by_owner = {}
            if is_greenfield.any():
                greenfield_owners = owners[is_greenfield]
                by_owner = np.bincount(greenfield_owners, mw[is_greenfield])
                for h in np.unique(greenfield_owners).tolist():
                    region_by_owner[h] = float(by_owner[h])
            brownfield += owners[kinds == _BROWNFIELD].tolist()
            is_expansion = kinds == _EXPANSION
            expansion_sites += owners[is_expansion].tolist()
            expansion_mw += mw[is_expansion].tolist()
            expansion_wait += (waited_ticks[is_expansion] * tick_years).tolist()
        # Added left to right, as numpy sums a few (Python's sum() compensates: not the same).
        granted_mw = 0.0
        for kind_mw in mw_by_kind:
            granted_mw += kind_mw
        operator.headroom_mw -= granted_mw
        # Kind by kind (a kind granted nothing adds 0).
        energised = operator.energised_mw_by_kind
        waits = operator.wait_mw_years_by_kind
        for kind, kind_mw in enumerate(mw_by_kind):
            if kind_mw:
                energised[kind] += kind_mw
            if wait_by_kind[kind]:
                waits[kind] += wait_by_kind[kind]
        # Each hyperscaler's MW of this region summed first, then added to the tick's.
        for h, region_mw in region_by_owner.items():
            greenfield_by_owner[h] += region_mw
    return Grants(
        greenfield_mw_by_hyperscaler=np.array(greenfield_by_owner),
        brownfield_sites=_sites(brownfield),
        expansion_sites=_sites(expansion_sites),
        expansion_mw=np.array(expansion_mw, dtype=float) if expansion_mw else _NO_MW,
        expansion_wait_years=np.array(expansion_wait, dtype=float) if expansion_wait else _NO_MW,
        failed_expansion_sites=_sites(failed_expansions),
    )


def _sites(sites: list[int]) -> np.ndarray:
    """``sites`` as an array of site indices (a shared empty one when there are none)."""
    return np.array(sites, dtype=np.int64) if sites else _NO_SITES


def release_declined(
    operators: list[GridOperator],
    regions: np.ndarray,
    mw: np.ndarray,
    wait_years: np.ndarray,
) -> None:
    """Expansions a site declined (it stopped mining or cannot pay for the machines) go back.

    The capacity returns to the region's pool and leaves the counts of MW energised.
    """
    kind = int(RequestKind.MINING_EXPANSION)
    by_region: dict[int, list[tuple[float, float]]] = {}
    for r, region_mw, region_wait in zip(
        regions.tolist(), mw.tolist(), wait_years.tolist(), strict=True
    ):
        by_region.setdefault(r, []).append((region_mw, region_wait))
    # Each operator's totals move in the order of the declines, in Python floats (one
    # array element read and written per operator, not per decline).
    for r, declines in by_region.items():
        operator = operators[r]
        headroom_mw = operator.headroom_mw
        energised_mw = float(operator.energised_mw_by_kind[kind])
        wait_mw_years = float(operator.wait_mw_years_by_kind[kind])
        for region_mw, region_wait in declines:
            headroom_mw += region_mw
            energised_mw -= region_mw
            wait_mw_years -= region_mw * region_wait
        operator.headroom_mw = headroom_mw
        operator.energised_mw_by_kind[kind] = energised_mw
        operator.wait_mw_years_by_kind[kind] = wait_mw_years


# ---------------------------------------------------------------------- filing


def study_years(
    operator: GridOperator,
    load_mw: float | np.ndarray,
    kind: RequestKind,
    scenario: PowerMarketScenario,
) -> np.ndarray:
    """Study time of a request for a load of ``load_mw`` in the operator's region, years.

    ``load_mw`` is the load at the site in aggregate.  A large load (at least
    ``large_load_threshold_mw``: ERCOT's 75 MW under Texas SB 6) takes
    the region's large-load study; a smaller one ``small_load_study_years``.  AI loads'
    studies are shortened under ``ai_priority``, flexible loads' under ``flexible_first``.
    """
    return studies_years(operator.study_years, load_mw, kind, scenario)


def studies_years(
    large_load_study_years: float | np.ndarray,
    load_mw: float | np.ndarray,
    kind: RequestKind,
    scenario: PowerMarketScenario,
) -> np.ndarray:
    """:func:`study_years` given the region's large-load study time (or an array of them that
    broadcasts against ``load_mw``, e.g. one per region down a column), years."""
    s = scenario
    years = np.where(
        np.asarray(load_mw) >= s.large_load_threshold_mw,
        large_load_study_years,
        s.small_load_study_years,
    )
    if s.grid_policy == GridPolicy.AI_PRIORITY and kind != RequestKind.MINING_EXPANSION:
        years = years * s.ai_priority_lead_time_factor
    if s.grid_policy == GridPolicy.FLEXIBLE_FIRST and kind == RequestKind.MINING_EXPANSION:
        years = years * s.flexible_first_study_factor
    return years


def _ticks(calendar: Calendar, years: np.ndarray) -> np.ndarray:
    return np.round(np.asarray(years) / calendar.tick_years).astype(np.int64)


def file_brownfield(
    fleet: MinerFleet,
    operators: list[GridOperator],
    i: int,
    rent_usd_per_kw_month: float,
    tick: int,
    calendar: Calendar,
    scenario: PowerMarketScenario,
) -> None:
    """Site ``i``, turning into AI load, asks its grid for firm service.

    The site keeps firm capacity for what it drew at system peak (``mining_peak_load_share``
    of its MW) and asks for the rest like any new load; the study is sized by the site's
    whole MW (a large load at 75 MW or more).
    """
    operator = operators[fleet.region[i]]
    site_mw = float(fleet.mw[i])
    years = study_years(operator, site_mw, RequestKind.BROWNFIELD_AI, scenario)
    operator.queue.file(
        owner=i,
        kind=RequestKind.BROWNFIELD_AI,
        mw=site_mw * (1.0 - scenario.mining_peak_load_share),
        filed_tick=tick,
        ready_tick=tick + _ticks(calendar, years),
        bid_usd_per_kw_month=rent_usd_per_kw_month,
    )


def greenfield_shares(operators: list[GridOperator]) -> np.ndarray:
    """Where hyperscalers file new data centres: in proportion to capacity deliverable soon.

    Each region's deliverable capacity left plus a year of its rate (equal shares when
    no region delivers any).
    """
    soon = np.array([max(g.headroom_mw, 0.0) + g.deliverable_mw_per_year for g in operators])
    total = soon.sum()
    return soon / total if total > 0 else np.full(len(operators), 1.0 / len(operators))


def file_greenfield(
    operators: list[GridOperator],
    owners: np.ndarray,
    mw: np.ndarray,
    bids_usd_per_kw_month: np.ndarray,
    tick: int,
    calendar: Calendar,
    scenario: PowerMarketScenario,
) -> None:
    """Hyperscalers ``owners`` ask for ``mw`` of new data centres, split over regions.

    The requests' records are made for every region at once (regions x requests), then
    filed in each region that gets a share.
    """
    shares = greenfield_shares(operators)
    region_mw = np.multiply.outer(shares, mw)
    large_load_study_years = np.array([[g.study_years] for g in operators])
    years = studies_years(large_load_study_years, region_mw, RequestKind.GREENFIELD_AI, scenario)
    ready_tick = tick + _ticks(calendar, years)
    # Filed in study: approved False, first filed now, study ending when ready.
    records = np.zeros(region_mw.shape, dtype=InterconnectionQueue.RECORD)
    records["owner"] = owners
    records["kind"] = _GREENFIELD
    records["mw"] = region_mw
    records["filed_tick"] = tick
    records["ready_tick"] = ready_tick
    records["bid_usd_per_kw_month"] = bids_usd_per_kw_month
    records["first_filed_tick"] = tick
    records["study_end_tick"] = ready_tick
    first_ready_tick = np.minimum.reduce(ready_tick, axis=1).tolist()
    for r, share in enumerate(shares.tolist()):
        if share > 0:
            operators[r].queue.file_records(records[r], first_ready_tick[r])


def rebid_greenfield(operators: list[GridOperator], bids_usd_per_kw_month: np.ndarray) -> None:
    """Every hyperscaler's waiting data-centre requests now bid its current willingness to pay."""
    for operator in operators:
        queue = operator.queue
        greenfield = queue.kind == RequestKind.GREENFIELD_AI
        if greenfield.any():
            queue.bid_usd_per_kw_month[greenfield] = bids_usd_per_kw_month[queue.owner[greenfield]]


def mining_bid_usd_per_kw_month(
    fleet: MinerFleet,
    sites: np.ndarray,
    hashprice_usd_per_ph_day: float,
    site_power_price_usd_per_mwh: np.ndarray,
) -> np.ndarray:
    """What a mining site's expansion pays for capacity: its energy margin per kW-month."""
    revenue = valuation.mining_revenue_usd_per_mw_year(
        hashprice_usd_per_ph_day, fleet.j_per_th[sites]
    )
    margin = revenue - 8760.0 * site_power_price_usd_per_mwh[sites]
    return np.maximum(margin, 0.0) / 12_000.0


def file_expansions(
    operators: list[GridOperator],
    fleet: MinerFleet,
    sites: np.ndarray,
    bids_usd_per_kw_month: np.ndarray,
    tick: int,
    calendar: Calendar,
    scenario: PowerMarketScenario,
) -> None:
    """Mining ``sites`` ask their grid for ``expansion_share`` more of their MW.

    The study is sized by the site's load after the expansion: a site of 75 MW or more in
    aggregate takes the large-load study.
    """
    if sites.size == 0:
        return
    fleet.expansion_pending[sites] = True
    regions = fleet.region[sites]
    site_mw = fleet.mw[sites]
    mw = site_mw * scenario.expansion_share
    # The threshold applies to the site's aggregate load (ERCOT), not the increment; each
    # site's study is its own region's, worked out for every site at once.
    large_load_study_years = np.array([g.study_years for g in operators])[regions]
    years = studies_years(
        large_load_study_years, site_mw + mw, RequestKind.MINING_EXPANSION, scenario
    )
    ready_tick = tick + _ticks(calendar, years)
    first, *others = sorted(set(regions.tolist()))
    if not others:
        operators[first].queue.file(
            owner=sites,
            kind=_EXPANSION,
            mw=mw,
            filed_tick=tick,
            ready_tick=ready_tick,
            bid_usd_per_kw_month=bids_usd_per_kw_month,
        )
        return
    for r in (first, *others):
        in_region = regions == r
        operators[r].queue.file(
            owner=sites[in_region],
            kind=_EXPANSION,
            mw=mw[in_region],
            filed_tick=tick,
            ready_tick=ready_tick[in_region],
            bid_usd_per_kw_month=bids_usd_per_kw_month[in_region],
        )
