"""Mining operations: the value of mining, running or curtailing, refleets and expansions (ODD 7.4).

Vectorised over sites.  What a miner *decides* (mine or mothball, whether to refleet, ask
for more MW, offer its site to AI) is its strategy's (:mod:`abm.strategies`); this module
holds what follows from a decision: how much of the tick a fleet runs, what a refleet or an
expansion costs and who is paid.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from abm.economics import finance, valuation
from abm.economics.sums import sum_product
from abm.fleet import MinerFleet, MinerStatus
from abm.scenario import PowerMarketScenario
from abm.submodels.books import Journal, Party, Purpose
from abm.submodels.rest_of_world import cash_cost_usd_per_ph_day, run_share


@dataclass(frozen=True, slots=True)
class MiningOutlook:
    """What every site's mining is worth now, USD per MW of site.

    Attributes:
        present_value_usd_per_mw: Present value of mining over the site's horizon.
        certainty_equivalent_usd_per_mw: The same less a haircut for BTC price risk.
        years_to_halving: Years to the next halving the values were worked out at.
        halving_revenue_factor: Revenue per hash after that halving over revenue now.
    """

    present_value_usd_per_mw: np.ndarray
    certainty_equivalent_usd_per_mw: np.ndarray
    years_to_halving: float
    halving_revenue_factor: float


def site_mining_value_usd_per_mw(
    hashprice_usd_per_ph_day: float,
    hashprice_growth_annual: np.ndarray,
    years_to_halving: float,
    halving_revenue_factor: float,
    j_per_th: np.ndarray,
    asic_share: np.ndarray,
    power_price_usd_per_mwh: np.ndarray,
    discount_rate_annual: np.ndarray,
    horizon_years: np.ndarray,
    risk_aversion: np.ndarray,
    scenario: PowerMarketScenario,
    weights: np.ndarray | None = None,
    growth_index: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(present value, certainty equivalent) of mining per MW of *site*, USD.

    The installed ASICs (``asic_share`` of the site's MW) earn the expected hashprice less
    energy and operating cost per MWh while that is positive (curtailing is free:
    :func:`abm.economics.valuation.mining_value_usd_per_mw` with no idle floor); the site's
    fixed holding cost is paid whatever the machines do and is deducted by the caller.
    """
    values = _site_mining_values_usd_per_mw(
        hashprice_usd_per_ph_day,
        hashprice_growth_annual,
        years_to_halving,
        halving_revenue_factor,
        j_per_th,
        asic_share,
        power_price_usd_per_mwh,
        discount_rate_annual,
        horizon_years,
        risk_aversion,
        scenario,
        weights,
        growth_index,
    )
    return values[0], values[1]


@dataclass(frozen=True, slots=True)
class InstalledMachines:
    """What valuing mining on every site takes from its machines and its miner, read-only:
    it moves only when they do (refleets, expansions, sales).

    Attributes:
        asic_share: Share of each site's MW its installed ASICs draw (:func:`asic_share`).
        ph_per_mw: PH/s the installed ASICs run per MW they draw
            (:func:`abm.economics.valuation.ph_per_mw`).
        revenue_haircut: What the certainty equivalent takes off per USD of revenue's value,
            per site (:func:`abm.economics.valuation.revenue_haircut`).
    """

    asic_share: np.ndarray
    ph_per_mw: np.ndarray
    revenue_haircut: np.ndarray


def installed_machines(fleet: MinerFleet, scenario: PowerMarketScenario) -> InstalledMachines:
    """The :class:`InstalledMachines` of ``fleet`` now."""
    machines = InstalledMachines(
        asic_share(fleet),
        valuation.ph_per_mw(fleet.j_per_th),
        valuation.revenue_haircut(fleet.risk_aversion, scenario.btc_volatility_annual),
    )
    for values in (machines.asic_share, machines.ph_per_mw, machines.revenue_haircut):
        values.flags.writeable = False
    return machines


def mining_outlook(
    fleet: MinerFleet,
    machines: InstalledMachines,
    hashprice_usd_per_ph_day: float,
    growth_by_rule: np.ndarray,
    years_to_halving: float,
    halving_revenue_factor: float,
    power_price_usd_per_mwh: np.ndarray,
    holding_value_usd_per_mw: np.ndarray,
    groups: valuation.SiteGroups,
    scenario: PowerMarketScenario,
) -> MiningOutlook:
    """What mining is worth on every site of ``fleet`` now, per MW of site, read-only.

    :func:`site_mining_value_usd_per_mw` of the installed machines (``machines``: the
    fleet's :func:`installed_machines`) at each site's expected growth (``growth_by_rule`` at
    its expectation rule), valued in ``groups`` (the
    :meth:`~abm.economics.valuation.SiteGroups.by_steps_and_rate` of the sites' discount
    weights and expectation rules), plus
    ``holding_value_usd_per_mw``, the value of the site's holding cost (paid whatever the
    machines do: the idle value, < 0).
    """
    values = valuation.mining_values_in_groups_usd_per_mw(
        hashprice_usd_per_ph_day,
        growth_by_rule,
        years_to_halving,
        halving_revenue_factor,
        machines.ph_per_mw,
        power_price_usd_per_mwh,
        finance.HOURS_PER_YEAR * scenario.mining_opex_usd_per_mwh,
        machines.revenue_haircut,
        groups,
        0.0,
    )
    values *= machines.asic_share
    values += holding_value_usd_per_mw
    values.flags.writeable = False
    return MiningOutlook(values[0], values[1], years_to_halving, halving_revenue_factor)


def _site_mining_values_usd_per_mw(
    hashprice_usd_per_ph_day: float,
    hashprice_growth_annual: np.ndarray,
    years_to_halving: float,
    halving_revenue_factor: float,
    j_per_th: np.ndarray,
    asic_share: np.ndarray,
    power_price_usd_per_mwh: np.ndarray,
    discount_rate_annual: np.ndarray,
    horizon_years: np.ndarray,
    risk_aversion: np.ndarray,
    scenario: PowerMarketScenario,
    weights: np.ndarray | None,
    growth_index: np.ndarray | None,
) -> np.ndarray:
    """:func:`site_mining_value_usd_per_mw` as rows of one ``(2, sites)`` array."""
    s = scenario
    values = valuation.mining_values_usd_per_mw(
        hashprice_usd_per_ph_day,
        hashprice_growth_annual,
        years_to_halving,
        halving_revenue_factor,
        j_per_th,
        power_price_usd_per_mwh,
        finance.HOURS_PER_YEAR * s.mining_opex_usd_per_mwh,
        discount_rate_annual,
        horizon_years,
        risk_aversion,
        s.btc_volatility_annual,
        0.0,
        weights=weights,
        growth_index=growth_index,
    )
    values *= asic_share
    return values


def asic_share(fleet: MinerFleet) -> np.ndarray:
    """Share of each site's MW its installed ASICs draw (0 for a site with no MW)."""
    return np.where(fleet.mw > 0, fleet.asic_mw / np.maximum(fleet.mw, 1e-12), 0.0)


def running_hashrate_ehs(fleet: MinerFleet) -> float:
    """Hashrate the modelled sites run, EH/s (TH/s times the share of the tick they run)."""
    return sum_product(fleet.ths, fleet.running_share) / 1e6


_RUNS_ASICS = np.zeros(len(MinerStatus), dtype=bool)
_RUNS_ASICS[[MinerStatus.MINING, MinerStatus.CONVERTING]] = True
_RUNS_ASICS.flags.writeable = False
"""Statuses whose ASICs run (a converting site mines until its AI load is energised)."""


def run_shares(
    fleet: MinerFleet,
    hashprice_usd_per_ph_day: float,
    site_power_price_usd_per_mwh: np.ndarray,
    curtailment_share_by_site: np.ndarray,
    scenario: PowerMarketScenario,
) -> np.ndarray:
    """Step 4: share of the tick each mining fleet runs; returns the MW the grid curtailed.

    A fleet runs on its marginal (cash) cost, energy plus operating cost per MWh, the same
    rule as the rest of the world's cohorts (:func:`abm.submodels.rest_of_world.run_share`);
    the grid then sheds ``curtailment_share`` of what runs.  Sets ``fleet.running_share`` and
    ``fleet.uncurtailed_running_share`` (what the fleet would run before the grid sheds any);
    the curtailed MW are the ASIC load shed.  A site converting for an AI tenant keeps its
    machines running until its AI load is energised (the retrofit proceeds beside them).
    """
    s = scenario
    economic_share = run_share(
        hashprice_usd_per_ph_day,
        cash_cost_usd_per_ph_day(
            fleet.j_per_th, site_power_price_usd_per_mwh, s.mining_opex_usd_per_mwh
        ),
        s.run_ramp_start_ratio,
        s.run_ramp_width_ratio,
    )
    # Sites whose AI retrofit is under way keep mining until the AI load is energised.
    uncurtailed = np.where(_RUNS_ASICS.take(fleet.status), economic_share, 0.0)
    fleet.uncurtailed_running_share = uncurtailed
    fleet.running_share = uncurtailed * (1.0 - curtailment_share_by_site)
    # Curtailment shares and ASIC loads are finite, so sites that do not mine shed 0 MW.
    return uncurtailed * curtailment_share_by_site * fleet.asic_mw


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
    """Fill ``sites`` with frontier ASICs for their whole MW (old machines are scrapped)."""
    if sites.size == 0:
        return
    capex = refleet_capex_usd(fleet, sites, frontier_j_per_th, asic_price_usd_per_th)
    buy_asics(fleet, journal, sites, capex, debt_share)
    fleet.j_per_th[sites] = frontier_j_per_th
    fleet.ths[sites] = fleet.mw[sites] * 1e6 / frontier_j_per_th
    fleet.status[sites] = MinerStatus.MINING  # an idle site restarts with its new machines


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


def expand_sites(
    fleet: MinerFleet,
    journal: Journal,
    sites: np.ndarray,
    mw: np.ndarray,
    frontier_j_per_th: float,
    asic_price_usd_per_th: float,
    debt_share: float,
) -> None:
    """Granted expansions the sites take (see :func:`can_expand`): ``mw`` more each, filled
    with frontier ASICs bought at the market price.  ``sites`` are distinct (one request per
    site at a time)."""
    if sites.size == 0:
        return
    added_ths = mw * 1e6 / frontier_j_per_th
    buy_asics(fleet, journal, sites, added_ths * asic_price_usd_per_th, debt_share)
    # The fleet's efficiency is the mean of old and new machines, weighted by hashrate.
    ths = fleet.ths[sites] + added_ths
    fleet.j_per_th[sites] = (
        fleet.ths[sites] * fleet.j_per_th[sites] + added_ths * frontier_j_per_th
    ) / ths
    fleet.ths[sites] = ths
    fleet.mw[sites] += mw
    journal.site_mw_connected[sites] += mw
