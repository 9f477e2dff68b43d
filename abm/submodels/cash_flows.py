"""Cash flows and insolvency (ODD section 7.8).

Each tick every site is paid for the hashrate it ran and for curtailed load, pays its
power, running costs and interest, and receives the rent its tenant owes (the site keeps
the net operating income and pays the rest of the revenue out as operating costs).  Sites
short of cash borrow up to their debt capacity; the rest exit.  Every payment is also
recorded in the :class:`abm.submodels.books.Journal`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from abm.agents import Hyperscaler
from abm.economics.valuation import ContractTerms
from abm.fleet import ContractKind, MinerFleet, MinerStatus
from abm.scenario import PowerMarketScenario
from abm.submodels.books import ACTIVE_STATUSES, Journal, Party, Purpose


@dataclass(frozen=True)
class StatusTables:
    """Per-status constants of the cash-flow step, indexed by :class:`MinerStatus` code.

    Attributes:
        site_cost_usd_per_mw_year: Fixed cost of holding a site by status (land, security,
            interconnection), paid whether or not its machines run.
        rent_premium_usd_per_kw_month: Revenue on top of the rent by contract kind (a
            conversion's compute, a landlord-built hall's fit-out premium).
        noi_margin: Share of contract revenue the landlord keeps as net operating income,
            by contract kind.
        prepaid_share: Share of each payment due that the tenant's prepayment covers, by
            contract kind (netted pro rata over the term, as valued).
        contract_opex_share_negated: Share of contract revenue paid out as operating cost,
            negated (``noi_margin - 1``), by contract kind.
    """

    site_cost_usd_per_mw_year: np.ndarray
    rent_premium_usd_per_kw_month: np.ndarray
    noi_margin: np.ndarray
    prepaid_share: np.ndarray
    contract_opex_share_negated: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "contract_opex_share_negated", self.noi_margin - 1.0)

    @classmethod
    def from_scenario(
        cls, scenario: PowerMarketScenario, terms_by_kind: dict[int, ContractTerms]
    ) -> StatusTables:
        """The tables for a scenario's costs and its contracts' terms."""
        s = scenario
        cost = np.zeros(len(MinerStatus))
        cost[[MinerStatus.MINING, MinerStatus.IDLE]] = s.idle_cost_usd_per_mw_year
        premium = np.zeros(len(ContractKind))
        margin = np.zeros(len(ContractKind))
        prepaid = np.zeros(len(ContractKind))
        for kind, terms in terms_by_kind.items():
            premium[kind] = terms.revenue_premium_usd_per_kw_month
            margin[kind] = terms.noi_margin
            prepaid[kind] = terms.prepayment_share
        return cls(cost, premium, margin, prepaid)


_SITE_FLOWS = (
    (Purpose.MINING_REVENUE, Party.BITCOIN_NETWORK),
    (Purpose.ENERGY, Party.POWER_SUPPLIERS),
    (Purpose.MINING_OPEX, Party.OPERATORS),
    (Purpose.DEMAND_RESPONSE, Party.GRID_DEMAND_RESPONSE),
    (Purpose.SITE_COSTS, Party.OPERATORS),
    (Purpose.INTEREST, Party.LENDERS),
    (Purpose.CONTRACT_OPEX, Party.OPERATORS),
)
"""The flows every site books each tick in :func:`settle`, with the party on the other side
(the last, the operating cost of contract revenue, is settled with the rent)."""
_N_OPERATING_FLOWS = len(_SITE_FLOWS) - 1
_SITE_FLOW_PURPOSES = np.array([purpose for purpose, _ in _SITE_FLOWS])
_SITE_FLOW_PARTIES = np.array([party for _, party in _SITE_FLOWS])


def _status_table(*statuses: MinerStatus) -> np.ndarray:
    """Boolean table over status codes, True for ``statuses`` (a gather is one NumPy call)."""
    table = np.zeros(len(MinerStatus), dtype=bool)
    table[list(statuses)] = True
    table.flags.writeable = False
    return table


_IS_ACTIVE = _status_table(*ACTIVE_STATUSES)
_PAYS_RENT = _status_table(MinerStatus.LEASED, MinerStatus.HPC)


def settle(
    fleet: MinerFleet,
    hyperscalers: list[Hyperscaler],
    journal: Journal,
    tables: StatusTables,
    scenario: PowerMarketScenario,
    tick_years: float,
    btc_price_usd: float,
    btc_issued: float,
    network_hashrate_ehs: float,
    site_power_price_usd_per_mwh: np.ndarray,
    curtailed_mw: np.ndarray,
) -> None:
    """Step 6: revenue, power, demand response, site costs, interest and rent, per site.

    Energy and operating cost are billed on the MWh the installed ASICs draw while running
    (not on the site's MW); the fixed holding cost on the site's MW.
    """
    s = scenario
    hours = s.tick_days * 24.0
    # One row per flow of _SITE_FLOWS, signed as the site receives it (costs negative).
    flows = np.empty((len(_SITE_FLOW_PURPOSES), len(fleet)))
    mining_revenue, energy, mining_opex, dr_income, site_costs, interest, contract_opex = flows
    running_share = fleet.running_share
    np.multiply(fleet.ths, running_share, out=mining_revenue)  # TH/s run
    mining_revenue *= btc_issued / (network_hashrate_ehs * 1e6)  # BTC earned
    mining_revenue *= btc_price_usd
    paid_mwh = np.multiply(fleet.asic_mw, running_share, out=contract_opex)
    paid_mwh *= -hours  # MWh run, as a cost (< 0)
    np.multiply(paid_mwh, site_power_price_usd_per_mwh, out=energy)
    np.multiply(paid_mwh, s.mining_opex_usd_per_mwh, out=mining_opex)
    np.multiply(curtailed_mw, hours * s.dr_payment_usd_per_mwh, out=dr_income)
    # Each site's status and contract constants (take: cheaper than fancy indexing).
    status = fleet.status
    np.multiply(tables.site_cost_usd_per_mw_year.take(status), fleet.mw, out=site_costs)
    site_costs *= -tick_years
    np.multiply(fleet.debt_usd, -(s.interest_rate_annual * tick_years), out=interest)
    flow = flows[:_N_OPERATING_FLOWS].sum(axis=0)  # in the order of the rows

    # Rent, on the sites whose tenant pays (leased and hosting; nothing is due on the
    # others): the tenant pays the full contract revenue; the miner keeps NOI (it bears opex).
    renting = _PAYS_RENT.take(status).nonzero()[0]
    contract_opex.fill(0.0)
    if renting.size:
        contract = fleet.contract[renting]
        kw_it_months = fleet.mw[renting] * (1000.0 * s.it_share * tick_years * 12.0)
        revenue = fleet.rent_usd_per_kw_month[renting]
        revenue += tables.rent_premium_usd_per_kw_month.take(contract)
        due = revenue * kw_it_months
        renting_opex = due * tables.contract_opex_share_negated.take(contract)
        contract_opex[renting] = renting_opex
        prepaid_usd = fleet.prepaid_usd[renting]
        from_prepayment = np.minimum(due * tables.prepaid_share.take(contract), prepaid_usd)
        fleet.prepaid_usd[renting] = prepaid_usd - from_prepayment
        cash_due = due - from_prepayment
    journal.sites_with_parties(_SITE_FLOW_PURPOSES, _SITE_FLOW_PARTIES, flows)
    if renting.size:
        is_paying = cash_due > 0
        paying = renting[is_paying]
        if paying.size:
            tenants = fleet.tenant[paying]
            rent_usd = cash_due[is_paying]
            by_tenant = np.bincount(tenants, weights=rent_usd, minlength=len(hyperscalers))
            for h, paid_usd in enumerate(by_tenant.tolist()):
                if paid_usd:
                    hyperscalers[h].paid_usd += paid_usd
            journal.tenants_pay_sites(Purpose.RENT, tenants, paying, rent_usd)
        # The prepaid part of the rent was received in cash at signing.
        flow[renting] += cash_due + renting_opex
    fleet.cash_usd += flow


def renew_contracts(
    fleet: MinerFleet,
    tick: int,
    region_rent_usd_per_kw_month: np.ndarray,
    terms_by_kind: dict[int, ContractTerms],
    tick_years: float,
) -> None:
    """Leases that end are renewed with their tenant at the region's latest rent, at the
    site's ``rent_factor`` as when signed (or kept at theirs where the region has no rent).

    Renewing is the shell's best use: it needs no capex and earns a positive rent, where
    going back to mining would need a new ASIC fleet.  AI cloud contracts that end are
    decided before, at energisation (:meth:`LeaseMarket.end_ai_cloud_terms`).
    """
    renting = _PAYS_RENT.take(fleet.status).nonzero()[0]
    ended = renting[fleet.contract_end_tick[renting] <= tick]
    if not ended.size:
        return
    region_rent = region_rent_usd_per_kw_month[fleet.region[ended]] * fleet.rent_factor[ended]
    fleet.rent_usd_per_kw_month[ended] = np.where(
        np.isnan(region_rent), fleet.rent_usd_per_kw_month[ended], region_rent
    )
    term = np.array([terms_by_kind[k].term_years for k in fleet.contract[ended]])
    fleet.contract_end_tick[ended] = tick + np.round(term / tick_years).astype(np.int64)


def resolve_insolvency(
    fleet: MinerFleet,
    journal: Journal,
    tick: int,
    debt_capacity_share_of_value: float,
    liquidation_value_usd: Callable[[np.ndarray], np.ndarray],
    btc_price_usd: float,
) -> np.ndarray:
    """Step 7: miners short of cash sell treasury BTC, then borrow; the rest exit.

    A site's debt capacity is ``debt_capacity_share_of_value`` of the larger of its
    enterprise value and its liquidation value (its ASICs at their market value plus the
    powered site itself; ``liquidation_value_usd`` computes it for the fleet rows it is
    given, the sites short of cash whose enterprise value does not carry their debt):
    lenders lend against the machines and the interconnection even when the site is idle.
    Signed contracts survive the landlord: the tenant takes the site over (ACQUIRED); other
    sites go to auction (EXITED, the sale clock starting now).

    Returns:
        Fleet rows of the sites that exited this tick.
    """
    short = (fleet.cash_usd < 0).nonzero()[0]
    short = short[_IS_ACTIVE.take(fleet.status[short])]
    if not short.size:
        return short
    held_btc = fleet.btc_held[short]
    has_btc = held_btc > 0
    sellers = short[has_btc]
    if sellers.size:
        held_btc = held_btc[has_btc]
        cash_usd = fleet.cash_usd[sellers]
        sold_btc = np.minimum(held_btc, cash_usd / -btc_price_usd)
        proceeds = sold_btc * btc_price_usd
        fleet.btc_held[sellers] = held_btc - sold_btc
        fleet.cash_usd[sellers] = cash_usd + proceeds
        journal.site_usd[Purpose.BTC_SALE][sellers] += proceeds  # a row: cheaper to index
        journal.party_usd[Purpose.BTC_SALE, Party.BTC_BUYERS] -= float(proceeds.sum())
        short = short[fleet.cash_usd[short] < -1e-9]
        if not short.size:
            return short
    going_concern = np.maximum(fleet.value_usd_per_w[short], 0.0) * fleet.mw[short] * 1e6
    debt_after_usd = fleet.debt_usd[short] - fleet.cash_usd[short]
    can_borrow = debt_after_usd <= debt_capacity_share_of_value * going_concern
    # The capacity is the share of the larger value: the liquidation value matters only
    # where the going concern does not carry the debt (the sites valued here alone).
    uncovered = (~can_borrow).nonzero()[0]
    if uncovered.size:
        larger_value_usd = np.maximum(
            going_concern[uncovered], liquidation_value_usd(short[uncovered])
        )
        can_borrow[uncovered] = (
            debt_after_usd[uncovered] <= debt_capacity_share_of_value * larger_value_usd
        )
    borrowers = short[can_borrow]
    if borrowers.size:
        drawn = -fleet.cash_usd[borrowers]
        fleet.debt_usd[borrowers] += drawn
        fleet.cash_usd[borrowers] = 0.0
        journal.site_draws_debt(borrowers, drawn)
    exits = short[~can_borrow]
    if exits.size:
        contracted = (
            (fleet.status[exits] >= MinerStatus.CONVERTING)
            & (fleet.status[exits] <= MinerStatus.HPC)
            & (fleet.tenant[exits] >= 0)
        )
        fleet.status[exits[contracted]] = MinerStatus.ACQUIRED
        fleet.status[exits[~contracted]] = MinerStatus.EXITED
        fleet.ready_tick[exits[~contracted]] = tick
        fleet.running_share[exits] = 0.0
        fleet.expansion_pending[exits] = False
    return exits


__all__ = ["ContractKind", "StatusTables", "renew_contracts", "resolve_insolvency", "settle"]
