"""The lease market and AI contracts on miners' sites (ODD section 7.7).

Offered sites (with their reservation rents) meet the hyperscalers' bids in a
uniform-price auction per region (:func:`abm.economics.markets.clear_lease_auction`);
accepted sites sign a contract — a powered-shell lease or a conversion to AI hosting — and
start their retrofit, which serves the tenant once built and once the grid grants firm
service.  Contract terms and their value live in :class:`abm.economics.valuation.ContractTerms`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from abm.agents import GridOperator, Hyperscaler
from abm.economics import markets
from abm.economics.valuation import ContractTerms
from abm.fleet import ContractKind, MinerFleet, MinerStatus
from abm.scenario import PowerMarketScenario
from abm.submodels import grid
from abm.submodels.books import Journal, Party, Purpose
from abm.submodels.exogenous import Calendar


def fitout_premium_usd_per_kw_month(scenario: PowerMarketScenario) -> float:
    """Rent on top of a tenant-funded lease's that a landlord-built hall earns, USD/kW-month.

    The tenant pays for not funding the fit-out itself: the capex the landlord spends beyond
    a tenant-funded retrofit, annuitised over the term at the tenant's cost of capital
    (``hyperscaler_discount_rate``).
    """
    s = scenario
    extra_capex = max(s.landlord_built_capex_usd_per_kw_it - s.lease_capex_usd_per_kw_it, 0.0)
    rate, years = s.hyperscaler_discount_rate, s.landlord_built_term_years
    recovery = rate / (1.0 - np.exp(-rate * years)) if rate > 0 else 1.0 / years
    return float(extra_capex * recovery / 12.0)


def contract_terms(scenario: PowerMarketScenario) -> dict[int, ContractTerms]:
    """Terms of each :class:`ContractKind` a site can sign under a scenario."""
    s = scenario
    lease = ContractTerms(
        it_share=s.it_share,
        noi_margin=s.lease_noi_margin,
        term_years=s.lease_term_years,
        lead_time_years=s.lease_lead_time_months / 12,
        capex_usd_per_kw_it=s.lease_capex_usd_per_kw_it,
        revenue_premium_usd_per_kw_month=0.0,
        terminal_multiple=s.lease_terminal_multiple,
        lease_noi_margin=s.lease_noi_margin,
    )
    convert = ContractTerms(
        it_share=s.it_share,
        noi_margin=s.convert_noi_margin,
        term_years=s.convert_term_years,
        lead_time_years=s.convert_lead_time_months / 12,
        capex_usd_per_kw_it=s.convert_capex_usd_per_kw_it,
        revenue_premium_usd_per_kw_month=s.convert_revenue_usd_per_kw_month
        - s.hyperscaler_base_wtp_usd_per_kw_month,
        terminal_multiple=s.lease_terminal_multiple,
        lease_noi_margin=s.lease_noi_margin,
    )
    landlord_built = ContractTerms(
        it_share=s.it_share,
        noi_margin=s.lease_noi_margin,
        term_years=s.landlord_built_term_years,
        lead_time_years=s.landlord_built_lead_time_months / 12,
        capex_usd_per_kw_it=s.landlord_built_capex_usd_per_kw_it,
        revenue_premium_usd_per_kw_month=fitout_premium_usd_per_kw_month(s),
        terminal_multiple=s.lease_terminal_multiple,
        lease_noi_margin=s.lease_noi_margin,
    )
    return {
        ContractKind.LEASE: lease,
        ContractKind.CONVERT: convert,
        ContractKind.LANDLORD_BUILT: landlord_built,
    }


def landlord_built_rate(
    discount_rate_annual: np.ndarray, scenario: PowerMarketScenario
) -> np.ndarray:
    """Rate a landlord-built hall is valued at: project debt at ``project_debt_rate`` for
    ``landlord_built_debt_share`` of it (bankable against the tenant's credit), the miner's
    own rate for the rest."""
    s = scenario
    d = s.landlord_built_debt_share
    return d * s.project_debt_rate + (1.0 - d) * np.asarray(discount_rate_annual)


def debt_share(scenario: PowerMarketScenario, kind: int) -> float:
    """Share of a contract's capex financed by debt."""
    s = scenario
    return {
        ContractKind.LEASE: s.lease_debt_share,
        ContractKind.CONVERT: s.convert_debt_share,
        ContractKind.LANDLORD_BUILT: s.landlord_built_debt_share,
    }[kind]


@dataclass(frozen=True)
class Offers:
    """Sites offered to AI tenants this tick (fleet rows, in fleet order; a site may offer
    itself once to each pool).

    Attributes:
        sites: Fleet rows offered.
        reservation_rent_usd_per_kw_month: Lowest rent each accepts.
        kind: :class:`ContractKind` each offers.
        prepayment_usd_per_mw: Prepayment a conversion would bring, per MW.
    """

    sites: np.ndarray
    reservation_rent_usd_per_kw_month: np.ndarray
    kind: np.ndarray
    prepayment_usd_per_mw: np.ndarray


SIGNED_FIELDS = (
    "tick",
    "site",
    "tenant",
    "kind",
    "mw",
    "rent_usd_per_kw_month",
    "value_mine_usd_per_mw",
    "value_lease_usd_per_mw",
    "value_convert_usd_per_mw",
    "equity_raised_usd",
)
"""Fields of a signed contract in :attr:`LeaseMarket.signed` (values at the decision)."""


class LeaseMarket:
    """Regional lease auctions, the contracts they sign and the retrofit capacity they use.

    Attributes:
        last_clearing_price: Latest clearing rent per region, USD/kW-month (NaN before any).
        lease_price_usd_per_kw_month: MW-weighted rent of the latest tick with trades.
        mw_traded_this_tick: MW of sites signed this tick.
        retrofit_budget_mw: MW of retrofits that may start now; refills at
            ``retrofit_capacity_gw_per_year``, up to a year's worth.
        signed: Every contract signed, as :data:`SIGNED_FIELDS` tuples (the deal record).
        tenant_funded_budget_mw: MW tenants that fit out their own halls can still sign now.
    """

    def __init__(
        self,
        scenario: PowerMarketScenario,
        calendar: Calendar,
        n_regions: int,
        terms_by_kind: dict[int, ContractTerms],
    ) -> None:
        """An empty market; the retrofit budget starts ``retrofit_budget_start_share`` full."""
        s = scenario
        self._scenario = s
        self._calendar = calendar
        self.terms_by_kind = terms_by_kind
        self.lease_terms = terms_by_kind[ContractKind.LEASE]
        self.convert_terms = terms_by_kind[ContractKind.CONVERT]
        self.landlord_built_terms = terms_by_kind[ContractKind.LANDLORD_BUILT]
        self.last_clearing_price = np.full(n_regions, np.nan)
        self.lease_price_usd_per_kw_month = float("nan")
        self.mw_traded_this_tick = 0.0
        self.signed: list[tuple] = []
        self.tenant_funded_budget_mw = s.tenant_funded_gw_per_year * 1000.0 * 0.25
        self.retrofit_budget_mw = (
            s.retrofit_capacity_gw_per_year * 1000.0 * s.retrofit_budget_start_share
        )

    def terms(self, kind: int) -> ContractTerms:
        """The terms of a :class:`ContractKind`."""
        return self.terms_by_kind[kind]

    def expected_rent_by_region(self) -> np.ndarray:
        """Rent a miner expects per region: the latest clearing rent, or the base WTP."""
        return np.where(
            np.isnan(self.last_clearing_price),
            self._scenario.hyperscaler_base_wtp_usd_per_kw_month,
            self.last_clearing_price,
        )

    def prepayment_by_region(self, expected_rent: np.ndarray) -> np.ndarray:
        """Prepayment a conversion brings per MW, by region, USD."""
        s = self._scenario
        return (
            s.convert_prepayment_share
            * (expected_rent + self.convert_terms.revenue_premium_usd_per_kw_month)
            * (1000.0 * s.it_share * 12 * s.convert_term_years)
        )

    def clear(
        self,
        offers: Offers,
        lease_need_mw: np.ndarray,
        hyperscalers: list[Hyperscaler],
        fleet: MinerFleet,
        operators: list[GridOperator],
        journal: Journal,
        equity_capacity_usd: np.ndarray,
        tick: int,
        rng: np.random.Generator,
    ) -> np.ndarray:
        """Step 10: uniform-price auctions per region; accepted sites sign and start building.

        Two pools: tenants that fit out their own halls (the CoreWeave kind) have a finite
        pipeline, ``tenant_funded_gw_per_year`` (up to a year's worth carried), which bids for
        offers of tenant-funded leases and conversions; the rest of the hyperscalers' need
        bids for landlord-built halls.  Rents in both are the powered-shell rent, a
        landlord-built hall earning the fit-out premium on top.
        Regions clear in a random order drawn from ``rng`` (only when anything can trade).
        Retrofit contractors, transformers and chillers limit how much can start at once:
        bids are scaled to the retrofit capacity not yet committed.  Within a region, the bid
        with most MW still to place takes each accepted site in turn.

        Returns:
            The hyperscalers' lease need left after clearing, MW.
        """
        s = self._scenario
        self.mw_traded_this_tick = 0.0
        capacity_mw_per_year = s.retrofit_capacity_gw_per_year * 1000.0
        self.retrofit_budget_mw = min(
            self.retrofit_budget_mw + capacity_mw_per_year * self._calendar.tick_years,
            capacity_mw_per_year,
        )
        pipeline_mw_per_year = s.tenant_funded_gw_per_year * 1000.0
        self.tenant_funded_budget_mw = min(
            self.tenant_funded_budget_mw + pipeline_mw_per_year * self._calendar.tick_years,
            pipeline_mw_per_year,
        )
        if not offers.sites.size or lease_need_mw.sum() <= 0:
            return lease_need_mw.copy()
        # Tenants that fit out their own halls have a finite pipeline (tenant-funded budget).
        share = min(max(self.tenant_funded_budget_mw, 0.0) / lease_need_mw.sum(), 1.0)
        tenant_funded_need = lease_need_mw * share
        pools = (
            (tenant_funded_need, offers.kind != ContractKind.LANDLORD_BUILT),
            (lease_need_mw - tenant_funded_need, offers.kind == ContractKind.LANDLORD_BUILT),
        )
        wtp = np.array([h.wtp_usd_per_kw_month for h in hyperscalers])
        traded_value = 0.0
        offer_region = fleet.region[offers.sites]
        # Offers whose site is still free to sign: a site signed in one pool is no longer on
        # offer in the other (signing is the only change of status while the market clears).
        still_free = fleet.in_status(MinerStatus.MINING, MinerStatus.IDLE)[offers.sites]
        for r in rng.permutation(len(self.last_clearing_price)):
            for need_left, in_pool in pools:
                in_region = in_pool & still_free & (offer_region == r)
                if not in_region.any() or need_left.sum() <= 0:
                    continue
                sites = offers.sites[in_region]
                need = need_left.sum()
                bids_mw = need_left * min(1.0, max(self.retrofit_budget_mw, 0.0) / need)
                clearing = markets.clear_lease_auction(
                    offers.reservation_rent_usd_per_kw_month[in_region],
                    fleet.mw[sites],
                    wtp,
                    bids_mw,
                )
                if clearing.traded_mw <= 0:
                    continue
                self.last_clearing_price[r] = clearing.price_usd_per_kw_month
                awarded = clearing.bid_awarded_mw.copy()
                need_left -= clearing.bid_awarded_mw
                self.retrofit_budget_mw -= clearing.traded_mw
                if need_left is tenant_funded_need:
                    self.tenant_funded_budget_mw -= clearing.traded_mw
                kinds = offers.kind[in_region]
                prepayments = offers.prepayment_usd_per_mw[in_region]
                # Every offer of an accepted site leaves (a site may offer itself to both pools).
                still_free &= ~np.isin(offers.sites, sites[clearing.offer_accepted])
                for k in clearing.offer_accepted.nonzero()[0]:
                    i = int(sites[k])
                    h = int(np.argmax(awarded))
                    awarded[h] -= fleet.mw[i]
                    self.sign(
                        i,
                        h,
                        int(kinds[k]),
                        clearing.price_usd_per_kw_month,
                        prepayments[k],
                        fleet,
                        hyperscalers,
                        operators,
                        journal,
                        float(equity_capacity_usd[i]),
                        tick,
                    )
                self.mw_traded_this_tick += clearing.traded_mw
                traded_value += clearing.traded_mw * clearing.price_usd_per_kw_month
        if self.mw_traded_this_tick > 0:
            self.lease_price_usd_per_kw_month = traded_value / self.mw_traded_this_tick
        return pools[0][0] + pools[1][0]

    def sign(
        self,
        i: int,
        h: int,
        kind: int,
        rent: float,
        prepayment_usd_per_mw: float,
        fleet: MinerFleet,
        hyperscalers: list[Hyperscaler],
        operators: list[GridOperator],
        journal: Journal,
        equity_capacity_usd: float,
        tick: int,
    ) -> None:
        """Site ``i`` signs a contract of ``kind`` with hyperscaler ``h`` at ``rent``.

        A conversion's tenant prepays; a listed miner sells shares to fund its part of the
        capex; the rest is debt.  The retrofit runs ``lead_time_years`` while the site keeps
        mining; a site without firm service files for it.
        """
        s = self._scenario
        calendar = self._calendar
        terms = self.terms(kind)
        debt = debt_share(s, kind)
        capex = terms.capex_usd_per_mw() * fleet.mw[i]
        if kind == ContractKind.CONVERT:
            prepayment = prepayment_usd_per_mw * fleet.mw[i]
            hyperscalers[h].paid_usd += prepayment
            hyperscalers[h].capex_spent_usd_this_year += prepayment
            fleet.cash_usd[i] += prepayment
            fleet.prepaid_usd[i] += prepayment
            journal.hyperscaler_pays_site(Purpose.PREPAYMENT, h, i, prepayment)
        equity = capex * (1.0 - debt)
        raised = min(max(equity - fleet.cash_usd[i], 0.0), equity_capacity_usd)
        fleet.cash_usd[i] += raised  # listed miners sell shares to fund their part
        journal.site_with_party(Purpose.EQUITY_RAISED, Party.EQUITY_INVESTORS, i, raised)
        fleet.cash_usd[i] -= equity
        fleet.debt_usd[i] += capex * debt
        journal.site_with_party(Purpose.RETROFIT_CAPEX, Party.CONTRACTORS, i, -capex)
        journal.site_draws_debt(i, capex * debt)
        self.signed.append(
            (
                tick,
                i,
                h,
                kind,
                float(fleet.mw[i]),
                rent,
                float(fleet.value_mine_usd_per_mw[i]),
                float(fleet.value_lease_usd_per_mw[i]),
                float(fleet.value_convert_usd_per_mw[i]),
                float(raised),
            )
        )
        fleet.status[i] = MinerStatus.CONVERTING
        fleet.contract[i] = kind
        fleet.tenant[i] = h
        fleet.rent_usd_per_kw_month[i] = rent
        fleet.ready_tick[i] = tick + calendar.ticks(terms.lead_time_years)
        fleet.contract_end_tick[i] = fleet.ready_tick[i] + calendar.ticks(terms.term_years)
        if not fleet.firm_service[i]:
            grid.file_brownfield(fleet, operators, i, rent, tick, calendar, s)

    def energise_ready(self, fleet: MinerFleet, tick: int) -> None:
        """Step 3: retrofits built and with firm service start serving; the term runs from now."""
        ready = (
            (fleet.status == MinerStatus.CONVERTING)
            & (fleet.ready_tick <= tick)
            & fleet.firm_service
        ).nonzero()[0]
        if not ready.size:
            return
        calendar = self._calendar
        converted = fleet.contract[ready] == ContractKind.CONVERT
        fleet.status[ready] = np.where(converted, MinerStatus.HPC, MinerStatus.LEASED)
        fleet.running_share[ready] = 0.0  # the machines make way for the AI load
        term_ticks = np.array(
            [calendar.ticks(self.terms_by_kind[k].term_years) for k in fleet.contract[ready]]
        )
        fleet.contract_end_tick[ready] = tick + term_ticks
