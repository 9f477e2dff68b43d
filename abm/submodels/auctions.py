"""Site auctions: insolvent miners' sites sold to a hyperscaler or a miner (ODD section 7.9).

Sites of exited miners are sold by second-price auction in their region.  Hyperscalers bid
what the site is worth to them as their own powered shell at their willingness to pay
(discounted at ``hyperscaler_discount_rate``); miners bid what the site's fleet is worth run
at their own power cost and discounting.  Bidders' values are computed for all sites on
sale at once; sites are then sold one by one, so a buyer's cash or budget spent on one site
is gone for the next.  Sites nobody bids for stay on sale (and count as idle MW) and are
offered again every ``site_resale_interval_weeks``, as in a bankruptcy sale process.
"""

from __future__ import annotations

import numpy as np

from abm.agents import GridOperator, Hyperscaler
from abm.economics import finance
from abm.fleet import MinerFleet, MinerStatus
from abm.scenario import PowerMarketScenario
from abm.submodels.books import Journal, Party, Purpose
from abm.submodels.exogenous import Calendar
from abm.submodels.grid import file_brownfield
from abm.submodels.mining import asic_share, site_mining_value_usd_per_mw

_EXITED = int(MinerStatus.EXITED)  # comparing with an int costs less than with the enum


def sites_on_sale(fleet: MinerFleet, tick: int, resale_ticks: int) -> np.ndarray:
    """Exited sites with MW whose sale comes up this tick (at exit, then every resale interval)."""
    exited = (fleet.status == _EXITED).nonzero()[0]
    if exited.size == 0:
        return exited
    return exited[(fleet.mw[exited] > 0) & ((tick - fleet.ready_tick[exited]) % resale_ticks == 0)]


def auction_sites(
    on_sale: np.ndarray,
    fleet: MinerFleet,
    hyperscalers: list[Hyperscaler],
    operators: list[GridOperator],
    journal: Journal,
    lease_need_mw: np.ndarray,
    hyperscaler_site_coefficients: tuple[float, float],
    hashprice_usd_per_ph_day: float,
    years_to_halving: float,
    halving_revenue_factor: float,
    expected_growth: np.ndarray,
    discount_weights: np.ndarray,
    retrofit_lead_years: float,
    tick: int,
    calendar: Calendar,
    scenario: PowerMarketScenario,
) -> None:
    """Step 11: sell ``on_sale`` sites, second price, one by one."""
    s = scenario
    n_bidders = s.site_bidders_per_region
    # Hyperscalers: the site as their own powered shell at their willingness to pay.
    a, b = hyperscaler_site_coefficients
    wtp = np.array([h.wtp_usd_per_kw_month for h in hyperscalers])
    needs = (lease_need_mw > 0) & (s.ai_demand_scale > 0)
    hyperscaler_value_per_mw = np.where(needs, a * wtp + b, 0.0)
    # Miners: the site's fleet run at the bidder's power cost and discounting, by the
    # mining firms of the region with the cheapest power.
    bidders = np.full((on_sale.size, n_bidders), -1)
    bidder_value_per_mw = np.zeros((on_sale.size, n_bidders))
    for r in np.unique(fleet.region[on_sale]):
        candidates = (
            (fleet.region == r) & (fleet.status == MinerStatus.MINING) & (fleet.cash_usd > 0)
        ).nonzero()[0]
        if candidates.size == 0:
            continue
        candidates = candidates[
            np.argsort(fleet.power_cost_usd_per_mwh[candidates], kind="stable")[:n_bidders]
        ]
        rows = (fleet.region[on_sale] == r).nonzero()[0]
        sites = np.repeat(on_sale[rows], candidates.size)
        buyers = np.tile(candidates, rows.size)
        value, _ = site_mining_value_usd_per_mw(
            hashprice_usd_per_ph_day,
            expected_growth[buyers],
            years_to_halving,
            halving_revenue_factor,
            fleet.j_per_th[sites],
            asic_share(fleet)[sites],
            fleet.power_cost_usd_per_mwh[buyers],
            fleet.discount_rate[buyers],
            fleet.horizon_years[buyers],
            fleet.risk_aversion[buyers],
            s,
            weights=discount_weights[buyers],
        )
        value -= s.idle_cost_usd_per_mw_year * finance.annuity_factor(
            fleet.discount_rate[buyers], fleet.horizon_years[buyers]
        )
        value = np.where(fleet.firm[buyers] == fleet.firm[sites], -np.inf, value)
        bidders[rows, : candidates.size] = candidates
        bidder_value_per_mw[rows, : candidates.size] = value.reshape(rows.size, candidates.size)

    for row, i in enumerate(on_sale):
        mw = fleet.mw[i]
        bids: list[tuple[float, str, int]] = []
        if fleet.unit_site_mw[i] >= s.min_lease_site_mw:
            for h, per_mw in enumerate(hyperscaler_value_per_mw):
                if 0 < per_mw * mw <= hyperscalers[h].budget_left_usd():
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
        bids.sort(key=lambda bid: -bid[0])
        value, kind, winner = bids[0]
        price = bids[1][0] if len(bids) > 1 else value * (1.0 - s.site_sale_discount)
        if kind == "hyperscaler":
            hyperscalers[winner].paid_usd += price
            hyperscalers[winner].capex_spent_usd_this_year += price
            journal.hyperscaler_pays_party(Purpose.SITE_PURCHASE, winner, Party.ESTATES, price)
            fleet.status[i] = MinerStatus.ACQUIRED
            fleet.tenant[i] = winner
            fleet.ready_tick[i] = tick + calendar.ticks(retrofit_lead_years)
            if not fleet.firm_service[i]:
                file_brownfield(
                    fleet,
                    operators,
                    int(i),
                    float(hyperscalers[winner].wtp_usd_per_kw_month),
                    tick,
                    calendar,
                    s,
                )
        else:
            price = min(price, fleet.cash_usd[winner])
            fleet.cash_usd[winner] -= price
            journal.site_sold(int(i), winner, float(mw), float(price))
            fleet.mw[winner] += mw
            fleet.ths[winner] += fleet.ths[i]
            if fleet.ths[winner] > 0:
                fleet.j_per_th[winner] = fleet.mw[winner] * 1e6 / fleet.ths[winner]
            fleet.mw[i] = 0.0
            fleet.ths[i] = 0.0
        fleet.running_share[i] = 0.0
