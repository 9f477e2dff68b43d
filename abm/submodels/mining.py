"""Mining operations: the value of mining, running or curtailing, refleets and expansions (ODD 7.4).

Vectorised over sites.  What a miner *decides* (mine or mothball, whether to refleet, ask
for more MW, offer its site to AI) is its strategy's (:mod:`abm.strategies`); this module
holds what follows from a decision: how much of the tick a fleet runs, what a refleet or an
expansion costs and who is paid.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from abm.economics import bitcoin
from abm.fleet import MinerFleet, MinerStatus
from abm.submodels.books import Journal, Party, Purpose


@dataclass(frozen=True, slots=True)
class MiningOutlook:
    """What every site's mining is worth now, USD per MW of site.

    Attributes:
        present_value_usd_per_mw: Present value of mining over the site's horizon.
        certainty_equivalent_usd_per_mw: The same less a haircut for BTC price risk.
    """

    present_value_usd_per_mw: np.ndarray
    certainty_equivalent_usd_per_mw: np.ndarray


def run_shares(
    fleet: MinerFleet,
    hashprice_usd_per_ph_day: float,
    site_power_price_usd_per_mwh: np.ndarray,
    curtailment_share_by_site: np.ndarray,
    ramp_start_ratio: float,
    ramp_width_ratio: float,
) -> np.ndarray:
    """Step 4: share of the tick each mining fleet runs; returns the MW the grid curtailed.

    Within a week the price moves: the share of hours a fleet runs rises linearly from 0 at
    ``ramp_start_ratio`` times its breakeven hashprice to 1 at ``ramp_start_ratio +
    ramp_width_ratio`` times it (a stand-in for hourly curtailment); the grid then sheds
    ``curtailment_share`` of what runs.
    Sets ``fleet.running_share``.
    """
    breakeven = bitcoin.energy_cost_usd_per_ph_day(fleet.j_per_th, site_power_price_usd_per_mwh)
    economic_share = np.minimum(
        np.maximum(
            (hashprice_usd_per_ph_day / np.maximum(breakeven, 1e-9) - ramp_start_ratio)
            / ramp_width_ratio,
            0.0,
        ),
        1.0,
    )
    mining = fleet.status == MinerStatus.MINING
    fleet.running_share = np.where(mining, economic_share * (1.0 - curtailment_share_by_site), 0.0)
    return np.where(mining, economic_share * curtailment_share_by_site * fleet.mw, 0.0)


def buy_asics(
    fleet: MinerFleet,
    journal: Journal,
    sites: np.ndarray,
    capex_usd: np.ndarray,
    debt_share: float,
) -> None:
    """Sites pay ASIC vendors ``capex_usd``, ``debt_share`` of it lent against the machines."""
    fleet.cash_usd[sites] -= (1.0 - debt_share) * capex_usd
    fleet.debt_usd[sites] += debt_share * capex_usd
    journal.site_usd[Purpose.ASIC_PURCHASE, sites] -= capex_usd
    journal.party_usd[Purpose.ASIC_PURCHASE, Party.ASIC_VENDORS] += float(np.sum(capex_usd))
    journal.site_draws_debt(sites, debt_share * capex_usd)


def refleet(
    fleet: MinerFleet,
    journal: Journal,
    sites: np.ndarray,
    frontier_j_per_th: float,
    asic_price_usd_per_th: float,
    debt_share: float,
) -> None:
    """Replace the fleets of ``sites`` with frontier ASICs (they paid for the decision)."""
    if sites.size == 0:
        return
    capex = refleet_capex_usd(fleet, sites, frontier_j_per_th, asic_price_usd_per_th)
    buy_asics(fleet, journal, sites, capex, debt_share)
    fleet.j_per_th[sites] = frontier_j_per_th
    fleet.ths[sites] = fleet.mw[sites] * 1e6 / frontier_j_per_th


def refleet_capex_usd(
    fleet: MinerFleet, sites: np.ndarray, frontier_j_per_th: float, asic_price_usd_per_th: float
) -> np.ndarray:
    """What replacing each of ``sites``' fleets with frontier ASICs costs, USD."""
    return fleet.mw[sites] * 1e6 / frontier_j_per_th * asic_price_usd_per_th


def can_expand(
    fleet: MinerFleet,
    sites: np.ndarray | int,
    mw: np.ndarray | float,
    frontier_j_per_th: float,
    asic_price_usd_per_th: float,
    debt_share: float,
) -> np.ndarray | bool:
    """Whether each site still mines and can pay its share of frontier ASICs for ``mw`` more."""
    equity = (1.0 - debt_share) * (np.asarray(mw) * 1e6 / frontier_j_per_th) * asic_price_usd_per_th
    return (fleet.status[sites] == MinerStatus.MINING) & (fleet.cash_usd[sites] >= equity)


def expand_site(
    fleet: MinerFleet,
    journal: Journal,
    site: int,
    mw: float,
    frontier_j_per_th: float,
    asic_price_usd_per_th: float,
    debt_share: float,
) -> bool:
    """A granted expansion: ``mw`` more, filled with frontier ASICs if the miner can pay.

    A site that no longer mines, or cannot pay its share of the machines, declines the
    capacity.  Returns whether the site took it.
    """
    if not can_expand(fleet, site, mw, frontier_j_per_th, asic_price_usd_per_th, debt_share):
        return False
    added_ths = mw * 1e6 / frontier_j_per_th
    capex = added_ths * asic_price_usd_per_th
    buy_asics(fleet, journal, np.array([site]), np.array([capex]), debt_share)
    fleet.mw[site] += mw
    journal.site_connected(site, mw)
    fleet.ths[site] += added_ths
    fleet.j_per_th[site] = fleet.mw[site] * 1e6 / fleet.ths[site]
    return True
