"""Hyperscalers: AI demand, willingness to pay, grid requests and behind-the-meter plants (ODD 7.6).

Each hyperscaler carries a share of US AI power demand and meets it through every channel
it has: the data-centre pipeline under construction at the start, greenfield grid
connections (slow), leases and conversions of miners' sites (fast), sites bought from
insolvent miners, and behind-the-meter generation (costly).  Each tick it (step 3) counts
what is energised by channel and (step 9) sets its willingness to pay from its unmet need,
files grid requests for the gap and commits to BTM plants when they pay.
"""

from __future__ import annotations

import numpy as np

from abm.agents import GridOperator, Hyperscaler
from abm.economics.grid import GridPolicy
from abm.fleet import MinerFleet, MinerStatus
from abm.scenario import PowerMarketScenario
from abm.submodels import grid
from abm.submodels.books import Journal, Party, Purpose
from abm.submodels.exogenous import Calendar
from abm.submodels.grid import RequestKind

SITE_CHANNEL_STATUS = {
    "lease": MinerStatus.LEASED,
    "hpc": MinerStatus.HPC,
    "acquired": MinerStatus.ACQUIRED,
}
"""Hyperscaler supply channels on miners' sites, and the site status that feeds each."""
SITE_CHANNELS = tuple(SITE_CHANNEL_STATUS)
SITE_CHANNEL_OF_STATUS = np.zeros(len(MinerStatus), dtype=np.int64)
SITE_CHANNEL_OF_STATUS[list(SITE_CHANNEL_STATUS.values())] = np.arange(len(SITE_CHANNELS))
SITE_CHANNEL_OF_STATUS.flags.writeable = False

assert SITE_CHANNELS == ("lease", "hpc", "acquired")  # count_energised's columns
_CONTRACTED = len(SITE_CHANNELS)
"""Column of :func:`count_energised`'s count for MW signed on sites not yet serving."""
_NOT_COUNTED = _CONTRACTED + 1
"""Column of :func:`count_energised`'s count for the sites of the other statuses."""
_N_COUNTS = _NOT_COUNTED + 1
_COUNT_OF_STATUS = np.full(len(MinerStatus), _NOT_COUNTED, dtype=np.int64)
_COUNT_OF_STATUS[[MinerStatus.LEASED, MinerStatus.HPC]] = SITE_CHANNEL_OF_STATUS[
    [MinerStatus.LEASED, MinerStatus.HPC]
]
_COUNT_OF_STATUS[[MinerStatus.CONVERTING, MinerStatus.ACQUIRED]] = _CONTRACTED
_COUNT_OF_STATUS.flags.writeable = False
_SERVES_BY_STATUS = np.zeros(len(MinerStatus), dtype=bool)
_SERVES_BY_STATUS[[MinerStatus.LEASED, MinerStatus.HPC]] = True
_SERVES_BY_STATUS.flags.writeable = False
_ACQUIRED = int(MinerStatus.ACQUIRED)
_ACQUIRED_CHANNEL = SITE_CHANNELS.index("acquired")


def serving_ai(fleet: MinerFleet, tick: int) -> np.ndarray:
    """Sites whose AI load is energised (leased, hosting, or acquired, built and connected)."""
    status = fleet.status
    serving = _SERVES_BY_STATUS.take(status)  # take: cheaper than indexing
    acquired = status == _ACQUIRED
    if np.count_nonzero(acquired):  # rare: only insolvent miners' sites are acquired
        serving |= acquired & (fleet.ready_tick <= tick) & fleet.firm_service
    return serving


def pipeline_mw(scenario: PowerMarketScenario) -> float:
    """Data-centre capacity under construction at the start, MW (scaled by AI demand up to 1)."""
    s = scenario
    return s.ai_pipeline_under_construction_gw * 1000.0 * min(s.ai_demand_scale, 1.0)


def count_energised(
    hyperscalers: list[Hyperscaler],
    fleet: MinerFleet,
    tick: int,
    calendar: Calendar,
    scenario: PowerMarketScenario,
) -> list[float]:
    """Step 3: MW serving each hyperscaler by channel; BTM plants finished; budgets reset yearly.

    The pipeline under construction at the start is energised linearly over
    ``pipeline_build_years``.

    Returns:
        MW each hyperscaler has signed on miners' sites that do not serve it yet (converting,
        or acquired and not yet built or connected), which :func:`procure` counts as
        contracted.  Nothing later in the tick changes it before procurement: insolvency
        turns a converting site into an acquired one still waiting, a serving one into an
        acquired one still serving.
    """
    s = scenario
    built_share = min(tick * calendar.tick_years / s.pipeline_build_years, 1.0)
    # Only sites with a tenant count (in fleet order): one row of counts per tenant, each
    # count adding its sites' MW.
    tenanted = (fleet.tenant >= 0).nonzero()[0]
    status = fleet.status[tenanted]
    count = _COUNT_OF_STATUS.take(status)
    acquired = status == _ACQUIRED
    if np.count_nonzero(acquired):  # acquired sites serve once built and connected
        serving = acquired & (fleet.ready_tick[tenanted] <= tick) & fleet.firm_service[tenanted]
        count[serving] = _ACQUIRED_CHANNEL
    by_count = np.bincount(
        fleet.tenant[tenanted] * _N_COUNTS + count,
        weights=fleet.mw[tenanted],
        minlength=len(hyperscalers) * _N_COUNTS,
    ).tolist()
    new_year = tick % max(calendar.ticks(1.0), 1) == 0
    pipeline_built = pipeline_mw(s) * built_share
    contracted_mw = by_count[_CONTRACTED::_N_COUNTS]
    for hyperscaler, first in zip(hyperscalers, range(0, len(by_count), _N_COUNTS), strict=True):
        energised = hyperscaler.energised_mw
        energised["pipeline"] = pipeline_built * hyperscaler.demand_share
        energised["lease"] = by_count[first]
        energised["hpc"] = by_count[first + 1]
        energised["acquired"] = by_count[first + 2]
        if hyperscaler.btm_under_construction:
            done = [mw for t, mw in hyperscaler.btm_under_construction if t <= tick]
            if done:
                energised["btm"] += sum(done)
                hyperscaler.btm_under_construction = [
                    (t, mw) for t, mw in hyperscaler.btm_under_construction if t > tick
                ]
        if new_year:
            hyperscaler.capex_spent_usd_this_year = 0.0
    return contracted_mw


def procure(
    hyperscalers: list[Hyperscaler],
    operators: list[GridOperator],
    contracted_mw_by_tenant: list[float],
    journal: Journal,
    need_now_mw: float,
    need_ahead_mw: float,
    tick: int,
    calendar: Calendar,
    scenario: PowerMarketScenario,
) -> np.ndarray:
    """Step 9: willingness to pay, grid requests and BTM plants, per hyperscaler.

    The need is demand ``procurement_lookahead_years`` ahead; the gap is that need less what
    is served (energised), contracted on miners' sites (``contracted_mw_by_tenant``, from
    :func:`count_energised`), being built behind the meter and left in the pipeline.  Grid
    requests for the part of the gap not yet queued are filed in every region in proportion
    to the capacity it can deliver soon (:func:`abm.submodels.grid.greenfield_shares`;
    requests under ``min_request_share_of_need`` of the need are not worth a study).  Under
    ``highest_bid`` waiting requests re-bid the hyperscaler's current willingness to pay.

    Returns:
        Each hyperscaler's gap, the MW it seeks to lease from miners now.
    """
    s = scenario
    # Every region's queue in one table, region after region.
    table = grid.queue_table(operators)
    greenfield = table.kind == RequestKind.GREENFIELD_AI
    queued_by_owner = np.bincount(
        table.owner[greenfield], weights=table.mw[greenfield], minlength=len(hyperscalers)
    ).tolist()
    pipeline = pipeline_mw(s)
    base_wtp = s.hyperscaler_base_wtp_usd_per_kw_month
    urgency = s.hyperscaler_urgency
    max_wtp = s.ai_max_lease_usd_per_kw_month
    min_request_share = s.min_request_share_of_need
    btm_cost = s.btm_cost_usd_per_kw_month
    lease_need_mw: list[float] = []
    bids: list[float] = []
    requests: list[tuple[int, float]] = []  # (owner, MW) to file, split over regions
    for h, hyperscaler in enumerate(hyperscalers):
        share = hyperscaler.demand_share
        energised = hyperscaler.energised_mw
        served = sum(energised.values())
        building = (
            sum(mw for _, mw in hyperscaler.btm_under_construction)
            if hyperscaler.btm_under_construction
            else 0
        )
        pipeline_left = pipeline * share - energised["pipeline"]
        need = need_ahead_mw * share
        unserved_share = max(need_now_mw * share - served, 0.0) / max(need_now_mw * share, 1.0)
        wtp_unbounded = base_wtp * (1.0 + urgency * unserved_share)
        hyperscaler.wtp_unbounded_usd_per_kw_month = wtp_unbounded
        hyperscaler.wtp_usd_per_kw_month = min(wtp_unbounded, max_wtp)
        bids.append(hyperscaler.wtp_usd_per_kw_month)
        gap = max(need - served - contracted_mw_by_tenant[h] - building - pipeline_left, 0.0)
        # Queue requests that will not connect within a retrofit's lead time do not reduce
        # the need for leases; the grid is the slow option.
        lease_need_mw.append(gap)
        queued = queued_by_owner[h]
        if gap - queued > min_request_share * need and need > 0:
            requests.append((h, gap - queued))
        if wtp_unbounded >= btm_cost and gap > 0:
            btm_mw = gap * s.btm_build_share_per_year * calendar.tick_years
            capex = btm_mw * 1000.0 * btm_cost * 12.0  # a year's cost up front
            if capex <= hyperscaler.budget_left_usd():
                hyperscaler.capex_spent_usd_this_year += capex
                hyperscaler.paid_usd += capex
                journal.hyperscaler_pays_party(Purpose.BTM_CAPEX, h, Party.BTM_VENDORS, capex)
                hyperscaler.btm_under_construction.append(
                    (tick + calendar.ticks(s.btm_lead_time_years), btm_mw)
                )
    bids_usd_per_kw_month = np.array(bids)
    if s.grid_policy == GridPolicy.HIGHEST_BID:
        # What a request pays decides its place: waiting requests bid today's willingness to
        # pay, so an urgent hyperscaler's premium moves it up the queue.
        grid.rebid_greenfield(operators, bids_usd_per_kw_month)
    if requests:
        owners, mw = (np.array(column) for column in zip(*requests, strict=True))
        grid.file_greenfield(
            operators, owners, mw, bids_usd_per_kw_month[owners], tick, calendar, s
        )
    return np.array(lease_need_mw)
