"""The lease market and AI contracts on miners' sites (ODD section 7.7).

Offered sites (with their reservation rents) meet the hyperscalers' bids in a
uniform-price auction per region (:func:`abm.economics.markets.clear_lease_auction`);
accepted sites sign a contract — a powered-shell lease or a conversion to AI hosting — and
start their retrofit, which serves the tenant once built and once the grid grants firm
service.  Contract terms and their value live in :class:`abm.economics.valuation.ContractTerms`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import NamedTuple

import numpy as np
from scipy import optimize

from abm import calibration
from abm.agents import GridOperator, Hyperscaler
from abm.economics import markets, valuation
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
    """Terms of each :class:`ContractKind` a site can sign under a scenario.

    A conversion's ``rho`` is the compute price per kW IT-month (no premium on top); its
    GPUs are paid at delivery, its tenant prepays ``convert_prepayment_share``, the GPUs keep
    their straight-line book value at the end of the term and the hall is then let as a
    powered shell for a lease term at the hyperscalers' base rent — the use an ended AI cloud
    contract takes when re-contracting is worth less (:meth:`LeaseMarket.end_ai_cloud_terms`),
    as it is at the default compute-price decline.
    """
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
        revenue_premium_usd_per_kw_month=0.0,
        terminal_multiple=s.lease_terminal_multiple,
        lease_noi_margin=s.lease_noi_margin,
        gpu_capex_usd_per_kw_it=s.convert_gpu_capex_usd_per_kw_it,
        prepayment_share=s.convert_prepayment_share,
        gpu_residual_share=valuation.gpu_residual_share(
            s.convert_term_years, s.gpu_useful_life_years
        ),
        terminal_rent_usd_per_kw_month=s.hyperscaler_base_wtp_usd_per_kw_month,
        terminal_lease_years=s.lease_term_years,
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


def renewal_terms(scenario: PowerMarketScenario) -> dict[int, ContractTerms]:
    """Terms a converted hall can sign when its AI cloud contract ends: its hall stands, so
    neither needs a fit-out or a build.

    ``CONVERT``: the host re-contracts its capacity for another ``convert_term_years`` at the
    compute price of the day, refreshing its GPUs at ``convert_gpu_capex_usd_per_kw_it`` paid
    now (the old ones are sold at their book value either way), the buyer prepaying
    ``convert_prepayment_share``.  ``LEASE``: it lets the hall as powered shell for
    ``lease_term_years`` at its region's rent.
    """
    terms = contract_terms(scenario)
    return {
        kind: replace(terms[kind], capex_usd_per_kw_it=0.0, lead_time_years=0.0)
        for kind in (ContractKind.CONVERT, ContractKind.LEASE)
    }


def landlord_built_rate(
    discount_rate_annual: np.ndarray,
    scenario: PowerMarketScenario,
    project_debt_rate: np.ndarray | float | None = None,
) -> np.ndarray:
    """Rate a landlord-built hall is valued at: project debt for ``landlord_built_debt_share``
    of it (bankable against the tenant's credit: ``project_debt_rate``, the scenario's
    reference rate when None), the miner's own rate for the rest."""
    s = scenario
    d = s.landlord_built_debt_share
    debt_rate = s.project_debt_rate if project_debt_rate is None else project_debt_rate
    return d * np.asarray(debt_rate) + (1.0 - d) * np.asarray(discount_rate_annual)


def convert_rate(
    discount_rate_annual: np.ndarray,
    runs_ai_cloud: np.ndarray,
    scenario: PowerMarketScenario,
    project_debt_rate: np.ndarray | float | None = None,
) -> np.ndarray:
    """Rate a conversion is valued at: ``convert_debt_share`` of it financed against the
    buyer's contract (``project_debt_rate``, the scenario's reference when None), the rest at
    the miner's own rate; plus ``convert_risk_premium`` for a firm with no AI cloud
    operations (it takes on GPU, utilisation and customer risk it has never run)."""
    s = scenario
    d = s.convert_debt_share
    debt_rate = s.project_debt_rate if project_debt_rate is None else project_debt_rate
    blended = d * np.asarray(debt_rate) + (1.0 - d) * np.asarray(discount_rate_annual)
    return blended + np.where(runs_ai_cloud, 0.0, s.convert_risk_premium)


POOLS = (ContractKind.LEASE, ContractKind.LANDLORD_BUILT, ContractKind.CONVERT)
"""The three pools of AI demand on miners' sites, by the structure each signs: tenants that
fit out their own halls (tenant-funded), tenants that lease halls their landlord builds, and
buyers of AI cloud capacity (conversions)."""
POOL_COLUMNS = ("tenant_funded_gw_per_year", "landlord_built_gw_per_year", "ai_cloud_gw_per_year")
"""Columns of ``abm/data/ai_tenants.csv`` with each tenant's pipeline in each of :data:`POOLS`."""


def tenant_specs(scenario: PowerMarketScenario) -> list[dict]:
    """The AI tenants of a run: the first ``n_hyperscalers`` rows of ``abm/data/ai_tenants.csv``
    (generic hyperscalers with no miner-site pipeline beyond it).

    Demand shares are renormalised over the tenants in the run; each tenant's capex budget is
    an equal share of ``hyperscaler_capex_budget_usd_bn_per_year``; pipelines are GW gross a
    year times ``tenant_pipeline_scale`` and ``ai_demand_scale`` (more AI demand, more deals).
    """
    s = scenario
    table = calibration.ai_tenants()
    specs = []
    for i in range(s.n_hyperscalers):
        if i < len(table):
            row = table.iloc[i]
            specs.append(
                {
                    "name": str(row["name"]),
                    "kind": str(row["kind"]),
                    "credit": str(row["credit"]),
                    "demand_share": float(row["demand_share"]),
                    "project_debt_rate": float(row["project_debt_rate"]),
                    "pipeline_years": float(row["pipeline_years"]),
                    "pipeline_mw_per_year": np.array([float(row[c]) for c in POOL_COLUMNS])
                    * 1000.0
                    * s.tenant_pipeline_scale
                    * s.ai_demand_scale,
                }
            )
        else:
            specs.append(
                {
                    "name": f"Hyperscaler {i + 1}",
                    "kind": "hyperscaler",
                    "credit": "",
                    "demand_share": float(table["demand_share"].mean()),
                    "project_debt_rate": s.project_debt_rate,
                    "pipeline_years": 0.0,
                    "pipeline_mw_per_year": np.zeros(len(POOLS)),
                }
            )
    total_share = sum(spec["demand_share"] for spec in specs)
    budget = s.hyperscaler_capex_budget_usd_bn_per_year * 1e9 / s.n_hyperscalers
    for spec in specs:
        spec["demand_share"] = spec["demand_share"] / total_share if total_share > 0 else 0.0
        spec["budget_usd_per_year"] = budget
    return specs


def seeded_tenant(deal_tenant: str, tenant_names: list[str]) -> int | None:
    """Index of the tenant a deal in ``abm/data/deals.csv`` names ('Fluidstack (Google
    backstop)' is Fluidstack, 'Amazon Web Services' is Amazon), or None."""
    for h, name in enumerate(tenant_names):
        if name.lower() in deal_tenant.lower():
            return h
    return None


def powered_shell_values_usd_per_w(
    scenario: PowerMarketScenario, discount_rates: tuple[float, ...]
) -> list[dict]:
    """Value of a signed powered shell per W at each lease structure's own costs and rates.

    For the tenant-funded lease at the hyperscalers' base rent and the landlord-built lease
    at the base rent plus its fit-out premium, each at the miners' ``discount_rates`` (a
    landlord-built hall at its project-financed rate, :func:`landlord_built_rate`): what a
    buyer of the finished, leased site would pay (the contract's value before capex), per W
    gross and per W of critical IT, and the value the miner keeps after its own capex.

    Returns:
        One dict per structure and rate: ``structure, miner_rate, valued_at_rate,
        shell_usd_per_w_gross, shell_usd_per_w_it, net_of_capex_usd_per_w_gross``.
    """
    s = scenario
    terms = contract_terms(s)
    rows = []
    for kind, name in (
        (ContractKind.LEASE, "tenant_funded"),
        (ContractKind.LANDLORD_BUILT, "landlord_built"),
    ):
        for r in discount_rates:
            rate = float(landlord_built_rate(r, s)) if kind == ContractKind.LANDLORD_BUILT else r
            shell = terms[kind].powered_shell_value_usd_per_w(
                s.hyperscaler_base_wtp_usd_per_kw_month, rate
            )
            rows.append(
                {
                    "structure": name,
                    "miner_rate": r,
                    "valued_at_rate": rate,
                    "shell_usd_per_w_gross": shell,
                    "shell_usd_per_w_it": shell / s.it_share,
                    "net_of_capex_usd_per_w_gross": shell - terms[kind].capex_usd_per_mw() / 1e6,
                }
            )
    return rows


def debt_share(scenario: PowerMarketScenario, kind: int) -> float:
    """Share of a contract's capex financed by debt."""
    s = scenario
    return {
        ContractKind.LEASE: s.lease_debt_share,
        ContractKind.CONVERT: s.convert_debt_share,
        ContractKind.LANDLORD_BUILT: s.landlord_built_debt_share,
    }[kind]


def site_extra_capex_usd_per_mw(
    scenario: PowerMarketScenario, kind: int, retrofit_cost_multiplier: np.ndarray | float
) -> np.ndarray:
    """Capex a site's AI suitability adds to a contract of ``kind``, USD per MW gross.

    The site's ``retrofit_cost_multiplier`` (``abm/data/site_suitability_classes.csv``; 1 on
    a class-A site) scales the data hall: a lease's whole capex, a conversion's hall at the
    landlord-built cost (its GPUs cost the same on any site).
    """
    s = scenario
    hall_usd_per_kw_it = {
        ContractKind.LEASE: s.lease_capex_usd_per_kw_it,
        ContractKind.CONVERT: s.landlord_built_capex_usd_per_kw_it,
        ContractKind.LANDLORD_BUILT: s.landlord_built_capex_usd_per_kw_it,
    }[kind]
    multiplier = np.asarray(retrofit_cost_multiplier, dtype=float)
    return (multiplier - 1.0) * hall_usd_per_kw_it * 1000.0 * s.it_share


def site_price_factor(kind: int, rent_factor: np.ndarray | float) -> np.ndarray:
    """What a site earns of a contract's market price for its AI suitability, per site.

    A lease earns ``rent_factor`` times the clearing rent (tenants pay less for remote and
    slower-to-firm shell); a conversion sells GPU-hours, which AI cloud buyers price per GPU
    and contract, not per site (IREN-Microsoft and CoreWeave's contracts are priced per GPU
    capacity delivered), so it earns the full compute price: the site's quality costs a
    conversion its hall upgrades (:func:`site_extra_capex_usd_per_mw`), not revenue.
    """
    factor = np.asarray(rent_factor, dtype=float)
    return np.ones_like(factor) if kind == ContractKind.CONVERT else factor


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

RENEWAL_FIELDS = (
    "tick",
    "site",
    "tenant",
    "kind",
    "mw",
    "price_usd_per_kw_month",
    "value_recontract_usd_per_mw",
    "value_shell_usd_per_mw",
)
"""Fields of an ended AI cloud contract's decision in :attr:`LeaseMarket.renewals`: the
kind chosen (CONVERT: re-contracted; LEASE: let as shell), its price, and the value of each
choice per MW."""


@dataclass
class _OfferBook:
    """The offers of one clearing: each offer's MW and whether its site is still free
    (mining or idle, the two lowest status codes, and not signed in this clearing).

    Attributes:
        sites: Fleet row of each offer.
        mw: MW of each offer's site.
        free: Whether each offer's site is still free.
    """

    sites: np.ndarray
    mw: np.ndarray
    free: np.ndarray

    def take(self, site: int) -> None:
        """Site ``site`` has signed: none of its offers is free any more."""
        self.free[self.sites == site] = False


_CONTRACT_TERMS_FIELDS = tuple(f.name for f in fields(ContractTerms))
"""The fields of :class:`ContractTerms`, in the order its constructor takes them."""
_GPU_CAPEX_FIELD = _CONTRACT_TERMS_FIELDS.index("gpu_capex_usd_per_kw_it")


class _Bids(NamedTuple):
    """The bids of one auction.

    Attributes:
        best_wtp_usd_per_kw_month: Highest willingness to pay of a tenant bidding for MW.
        scaled_mw: MW each tenant bids for, scaled to the retrofit budget not yet committed.
    """

    best_wtp_usd_per_kw_month: float
    scaled_mw: np.ndarray


class LeaseMarket:
    """Regional lease auctions, AI cloud purchases, the contracts they sign and the retrofit
    capacity they use.

    Attributes:
        last_clearing_price: Latest clearing rent per region, USD/kW-month (NaN before any).
        lease_price_usd_per_kw_month: MW-weighted rent of the latest tick with trades.
        mw_traded_this_tick: MW of sites signed this tick.
        retrofit_budget_mw: MW of retrofits that may start now; refills at
            ``retrofit_capacity_gw_per_year``, up to a year's worth.
        signed: Every contract signed, as :data:`SIGNED_FIELDS` tuples (the deal record).
        renewals: Every ended AI cloud contract's decision, as :data:`RENEWAL_FIELDS` tuples.
        compute_price_usd_per_kw_month: Price of a new AI cloud contract now.
        gpu_capex_usd_per_kw_it: Price of new GPU systems now, USD per kW IT.
        convert_terms_now: The conversion's terms with GPUs at today's price (what a
            conversion signed now orders); ``convert_terms`` has the start's.
        pipeline_budget_mw: MW each tenant can still sign per pool (tenants x :data:`POOLS`;
            each tenant's ``pipeline_budget_mw`` is its row), after :meth:`bind_pipelines`.
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
        self._tick_years = calendar.tick_years
        self.terms_by_kind = terms_by_kind
        self.lease_terms = terms_by_kind[ContractKind.LEASE]
        self.convert_terms = terms_by_kind[ContractKind.CONVERT]
        self.landlord_built_terms = terms_by_kind[ContractKind.LANDLORD_BUILT]
        self.last_clearing_price = np.full(n_regions, np.nan)
        self.lease_price_usd_per_kw_month = float("nan")
        self.mw_traded_this_tick = 0.0
        self.signed: list[tuple] = []
        self.renewals: list[tuple] = []
        self.renewal_terms = renewal_terms(s)
        self.compute_price_usd_per_kw_month = s.convert_revenue_usd_per_kw_month
        self.gpu_capex_usd_per_kw_it = s.convert_gpu_capex_usd_per_kw_it
        self.convert_terms_now = self.convert_terms
        # The conversion's terms field by field (read from ``convert_terms`` when first
        # needed), so today's are built with one field changed (dataclasses.replace would
        # look every field up again each tick).
        self._convert_fields_of: ContractTerms | None = None
        self._convert_field_values: list = []
        self.pipeline_budget_mw = np.zeros((0, len(POOLS)))
        self._pipelines_end_years = 0.0
        # Each contract kind's term in ticks, by kind code.
        self._term_ticks_by_kind = np.zeros(max(terms_by_kind) + 1, dtype=np.int64)
        for kind, terms in terms_by_kind.items():
            self._term_ticks_by_kind[kind] = calendar.ticks(terms.term_years)
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

    def prepayment_usd_per_mw(self) -> float:
        """Prepayment a conversion signed now brings per MW gross, USD."""
        return float(self.convert_terms.prepayment_usd_per_mw(self.compute_price_usd_per_kw_month))

    def takes_offers(self, tick: int) -> bool:
        """Whether tenants may still sign at ``tick``: some tenant's pipeline has years left
        (afterwards :meth:`clear` reads no offers)."""
        return tick * self._tick_years < self._pipelines_end_years

    def prices_at(self, tick: int) -> tuple[float, float]:
        """``(compute price of a new AI cloud contract, USD/kW IT-month; price of new GPU
        systems, USD/kW IT)`` at ``tick``, each moving from the start's at its own rate."""
        s = self._scenario
        years = tick * self._tick_years
        return (
            valuation.price_of_the_day(
                s.convert_revenue_usd_per_kw_month, s.compute_price_decline_annual, years
            ),
            valuation.price_of_the_day(
                s.convert_gpu_capex_usd_per_kw_it, s.gpu_capex_decline_annual, years
            ),
        )

    def set_compute_price(self, tick: int) -> None:
        """The prices of a new AI cloud contract and of new GPUs at ``tick``
        (:meth:`prices_at`), and the conversion's terms at them."""
        self.compute_price_usd_per_kw_month, gpu_price = self.prices_at(tick)
        if gpu_price != self.gpu_capex_usd_per_kw_it:
            self.gpu_capex_usd_per_kw_it = gpu_price
            if self._convert_fields_of is not self.convert_terms:
                self._convert_fields_of = self.convert_terms
                self._convert_field_values = [
                    getattr(self.convert_terms, name) for name in _CONTRACT_TERMS_FIELDS
                ]
            values = self._convert_field_values.copy()
            values[_GPU_CAPEX_FIELD] = gpu_price
            self.convert_terms_now = ContractTerms(*values)

    def bind_pipelines(self, hyperscalers: list[Hyperscaler]) -> None:
        """Keep the tenants' pipelines in one array (tenants x :data:`POOLS`) that each
        tenant's ``pipeline_budget_mw`` is a row view of, so the market updates them at once."""
        self._pipeline_rate_mw_per_year = np.array([h.pipeline_mw_per_year for h in hyperscalers])
        self._pipeline_years = np.array([h.pipeline_years for h in hyperscalers])
        self._pipelines_end_years = max((h.pipeline_years for h in hyperscalers), default=0.0)
        self.pipeline_budget_mw = np.array([h.pipeline_budget_mw for h in hyperscalers], float)
        for h, hyperscaler in enumerate(hyperscalers):
            hyperscaler.pipeline_budget_mw = self.pipeline_budget_mw[h]

    def refill_pipelines(self, tick: int) -> None:
        """Each tenant's pipeline per pool grows by a tick of its rate while it runs (up to a
        year's worth carried); after its ``pipeline_years`` it is gone: no new deals."""
        tick_years = self._tick_years
        if tick * tick_years >= self._pipelines_end_years:  # every pipeline has run its years
            self.pipeline_budget_mw[:] = 0.0
            return
        running = tick * tick_years < self._pipeline_years
        n_running = np.count_nonzero(running)
        rate = self._pipeline_rate_mw_per_year
        refilled = np.minimum(self.pipeline_budget_mw + rate * tick_years, rate)
        if n_running < running.size:
            refilled = np.where(running[:, None], refilled, 0.0)
        self.pipeline_budget_mw[:] = refilled

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
        landlord_built_coefficients: tuple[np.ndarray, np.ndarray],
    ) -> np.ndarray:
        """Step 10: AI cloud purchases, then uniform-price lease auctions per region.

        Each tenant bids for at most the lesser of its gap and its pipeline left in each pool
        (:data:`POOLS`).  AI cloud buyers take conversion offers at the compute price of the
        day, cheapest reservation first, US-wide (compute is not tied to a region).  Per
        region (in a random order drawn from ``rng``, only when anything can trade), the
        tenant-funded pool's tenants bid together for tenant-funded offers; then each
        landlord-built tenant, highest bid first, holds its own auction, because the
        landlord's financing cost is set by the tenant's credit: a site's reservation rent is
        re-solved at the tenant's project rate (``landlord_built_coefficients``, one row per
        tenant, the reference rate last).  Retrofit contractors, transformers and chillers
        limit how much can start at once: bids are scaled to the retrofit capacity not yet
        committed.

        Returns:
            The tenants' need left after clearing, MW.
        """
        s = self._scenario
        tick_years = self._tick_years
        self.mw_traded_this_tick = 0.0
        capacity_mw_per_year = s.retrofit_capacity_gw_per_year * 1000.0
        self.retrofit_budget_mw = min(
            self.retrofit_budget_mw + capacity_mw_per_year * tick_years, capacity_mw_per_year
        )
        self.refill_pipelines(tick)
        need_left = lease_need_mw.copy()
        if not self.takes_offers(tick):
            return need_left  # every pipeline has run its years: no tenant bids
        pipeline = self.pipeline_budget_mw
        bidding = (pipeline > 0) & (need_left > 0)[:, None]
        if not offers.sites.size or not np.count_nonzero(bidding):
            return need_left
        wtp = np.array([h.wtp_usd_per_kw_month for h in hyperscalers])
        sign_args = (fleet, hyperscalers, operators, journal, equity_capacity_usd, tick)
        traded_value = 0.0

        # AI cloud capacity: buyers take conversions at the compute price, US-wide.
        cloud = POOLS.index(ContractKind.CONVERT)
        price = self.compute_price_usd_per_kw_month
        candidates = (
            (
                (offers.kind == ContractKind.CONVERT)
                & (offers.reservation_rent_usd_per_kw_month <= price)
            ).nonzero()[0]
            if np.count_nonzero(bidding[:, cloud])
            else None  # no buyer of AI cloud capacity bids
        )
        if candidates is not None and candidates.size:
            order = candidates[np.argsort(offers.reservation_rent_usd_per_kw_month[candidates])]
            for k in order.tolist():
                i = int(offers.sites[k])
                bids = np.minimum(need_left, pipeline[:, cloud])
                h = int(np.argmax(bids))
                mw = float(fleet.mw[i])
                if bids[h] < mw or self.retrofit_budget_mw < mw:
                    continue
                prepayment = offers.prepayment_usd_per_mw[k]
                self.sign(i, h, ContractKind.CONVERT, price, prepayment, *sign_args)
                need_left[h] -= mw
                pipeline[h, cloud] -= mw
                self.retrofit_budget_mw -= mw
                self.mw_traded_this_tick += mw
                traded_value += mw * price

        tenant_funded = POOLS.index(ContractKind.LEASE)
        landlord = POOLS.index(ContractKind.LANDLORD_BUILT)
        landlord_tenants = bidding[:, landlord].nonzero()[0]
        if landlord_tenants.size or np.count_nonzero(bidding[:, tenant_funded]):
            n_regions = len(self.last_clearing_price)
            lease_rows, landlord_rows = offer_rows_by_kind_and_region(
                offers.kind, fleet.region[offers.sites], n_regions
            )
            if landlord_tenants.size and any(rows.size for rows in landlord_rows):
                # Reservation rents re-solved at each landlord-built tenant's project rate.
                a, b = landlord_built_coefficients
                sites = offers.sites
                required = a[-1, sites] * offers.reservation_rent_usd_per_kw_month + b[-1, sites]
                at_credit = np.maximum((required - b[:-1, sites]) / a[:-1, sites], 0.0)
                landlord_tenants = landlord_tenants[
                    np.argsort(-wtp[landlord_tenants], kind="stable")
                ]
                wtp_by_tenant = wtp.tolist()
            book = _OfferBook(
                sites=offers.sites,
                mw=fleet.mw[offers.sites],
                free=fleet.status[offers.sites] <= MinerStatus.IDLE,
            )
            # The tenant-funded pool bids the same in every region until a trade moves the
            # tenants' need or pipelines (or the retrofit budget).
            lease_bids, lease_bids_stale = None, True
            for r in rng.permutation(n_regions).tolist():
                rows = lease_rows[r]
                if rows.size:
                    if lease_bids_stale:
                        bids = np.minimum(need_left, pipeline[:, tenant_funded])
                        lease_bids = self._bids(np.maximum(bids, 0.0), wtp)
                        lease_bids_stale = False
                    traded = (
                        None
                        if lease_bids is None
                        else self._auction(
                            offers,
                            rows,
                            offers.reservation_rent_usd_per_kw_month,
                            wtp,
                            lease_bids,
                            ContractKind.LEASE,
                            r,
                            sign_args,
                            book,
                        )
                    )
                    if traded is not None:
                        lease_bids_stale = True
                        need_left -= traded[0]
                        pipeline[:, tenant_funded] -= traded[0]
                        traded_value += traded[0].sum() * traded[1]
                rows = landlord_rows[r]
                if not landlord_tenants.size or not rows.size:
                    continue
                # A tenant whose bid is below every offer's rent at its credit cannot trade.
                cheapest_at_credit = at_credit[:, rows].min(axis=1).tolist()
                free_rows = None  # the region's offers still free, found when first needed
                for h in landlord_tenants.tolist():
                    if cheapest_at_credit[h] > wtp_by_tenant[h]:
                        continue
                    bid = min(need_left[h], pipeline[h, landlord])
                    if bid <= 0:
                        continue
                    if free_rows is None:
                        free_rows = rows[book.free[rows]]
                        if not free_rows.size:
                            break  # nothing left to sign in the region
                        # Each tenant's cheapest free offer at its credit: its rent and MW.
                        rents = at_credit[:, free_rows]
                        cheapest = rents.argmin(axis=1)
                        cheapest_rent = rents[np.arange(rents.shape[0]), cheapest].tolist()
                        cheapest_mw = book.mw[free_rows][cheapest].tolist()
                    # The auction's own first test, on the tenant's one bid: when its
                    # cheapest offer is larger than the bid (scaled to the retrofit budget)
                    # can take, nothing trades.
                    scaled = bid * min(1.0, max(self.retrofit_budget_mw, 0.0) / bid)
                    takes = scaled if wtp_by_tenant[h] >= cheapest_rent[h] else 0.0
                    if cheapest_mw[h] > takes + 1e-6:
                        continue
                    bids = np.zeros(len(hyperscalers))
                    bids[h] = bid
                    traded = self._auction(
                        offers,
                        rows,
                        at_credit[h],
                        wtp,
                        self._bids(bids, wtp),  # the tenant bids (bid > 0)
                        ContractKind.LANDLORD_BUILT,
                        r,
                        sign_args,
                        book,
                    )
                    if traded is not None:
                        lease_bids_stale = True
                        free_rows = None  # sites were signed
                        need_left -= traded[0]
                        pipeline[:, landlord] -= traded[0]
                        traded_value += traded[0].sum() * traded[1]
        if self.mw_traded_this_tick > 0:
            self.lease_price_usd_per_kw_month = traded_value / self.mw_traded_this_tick
        return need_left

    def _bids(self, bids_mw: np.ndarray, wtp: np.ndarray) -> _Bids | None:
        """The auction bids of ``bids_mw`` (MW per tenant, >= 0) at the tenants' ``wtp``,
        scaled to the retrofit budget now; None when no tenant bids."""
        need = float(bids_mw.sum())
        if need <= 0:
            return None
        return _Bids(
            best_wtp_usd_per_kw_month=wtp[bids_mw > 0].max(),
            scaled_mw=bids_mw * min(1.0, max(self.retrofit_budget_mw, 0.0) / need),
        )

    def _auction(
        self,
        offers: Offers,
        rows: np.ndarray,
        reservation_rent: np.ndarray,
        wtp: np.ndarray,
        bids: _Bids,
        kind: int,
        region: int,
        sign_args: tuple,
        book: _OfferBook,
    ) -> tuple[np.ndarray, float] | None:
        """One uniform-price auction of the offers ``rows`` (indices into ``offers``, in
        offer order) still free (``book``) against ``bids`` (made at the retrofit budget
        now); accepted sites sign ``kind``.  Returns (MW awarded per tenant, rent) or None."""
        fleet = sign_args[0]
        if reservation_rent[rows].min() > bids.best_wtp_usd_per_kw_month:
            return None  # the cheapest offer asks more than the best bid: nothing trades
        rows = rows[book.free[rows]]
        if not rows.size:
            return None
        scaled = bids.scaled_mw
        offer_rent = reservation_rent[rows]
        offer_mw = book.mw[rows]
        # The merit order starts at the cheapest offer: when it is larger (by a clear margin)
        # than the bids at its rent can take, nothing trades and the auction need not run.
        cheapest = int(np.argmin(offer_rent))
        if offer_mw[cheapest] > scaled[wtp >= offer_rent[cheapest]].sum() + 1e-6:
            return None
        clearing = markets.clear_lease_auction(offer_rent, offer_mw, wtp, scaled)
        if clearing.traded_mw <= 0:
            return None
        sites = offers.sites[rows]
        rent = clearing.price_usd_per_kw_month
        self.last_clearing_price[region] = rent
        self.retrofit_budget_mw -= clearing.traded_mw
        self.mw_traded_this_tick += clearing.traded_mw
        awarded = clearing.bid_awarded_mw.copy()
        left = awarded.copy()
        prepayments = offers.prepayment_usd_per_mw[rows]
        for k in clearing.offer_accepted.nonzero()[0].tolist():
            i = int(sites[k])
            h = int(np.argmax(left))
            left[h] -= fleet.mw[i]
            self.sign(i, h, kind, rent, prepayments[k], *sign_args)
            book.take(i)
        return awarded, rent

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
        equity_capacity_usd: np.ndarray,
        tick: int,
    ) -> None:
        """Site ``i`` signs a contract of ``kind`` with tenant ``h`` at ``rent`` (a conversion:
        at the compute price).

        A conversion's tenant prepays; a listed miner sells shares to fund its part of the
        capex (a conversion's GPUs included, though they are paid at delivery); the fit-out is
        paid now, the rest borrowed.  The retrofit runs ``lead_time_years`` while the site
        keeps mining; a site without firm service files for it.
        """
        s = self._scenario
        calendar = self._calendar
        # A conversion orders its GPUs now, at today's price, for payment at delivery.
        terms = self.convert_terms_now if kind == ContractKind.CONVERT else self.terms(kind)
        debt = debt_share(s, kind)
        mw = float(fleet.mw[i])
        # The site's upgrades for its AI suitability add to the fit-out paid now.
        extra = float(site_extra_capex_usd_per_mw(s, kind, fleet.retrofit_cost_multiplier[i])) * mw
        fitout = (terms.capex_usd_per_mw() - terms.gpu_capex_usd_per_mw()) * mw + extra
        fleet.gpu_capex_usd_per_mw[i] = terms.gpu_capex_usd_per_mw()
        # The clearing price, at this site's quality.
        rent = rent * float(site_price_factor(kind, fleet.rent_factor[i]))
        if kind == ContractKind.CONVERT:
            prepayment = prepayment_usd_per_mw * mw
            hyperscalers[h].paid_usd += prepayment
            hyperscalers[h].capex_spent_usd_this_year += prepayment
            fleet.cash_usd[i] += prepayment
            fleet.prepaid_usd[i] += prepayment
            journal.hyperscaler_pays_site(Purpose.PREPAYMENT, h, i, prepayment)
        equity = (terms.capex_usd_per_mw() * mw + extra) * (1.0 - debt)
        raised = min(max(equity - fleet.cash_usd[i], 0.0), float(equity_capacity_usd[i]))
        fleet.cash_usd[i] += raised  # listed miners sell shares to fund their part
        journal.site_with_party(Purpose.EQUITY_RAISED, Party.EQUITY_INVESTORS, i, raised)
        fleet.cash_usd[i] -= fitout * (1.0 - debt)
        fleet.debt_usd[i] += fitout * debt
        journal.site_with_party(Purpose.RETROFIT_CAPEX, Party.CONTRACTORS, i, -fitout)
        journal.site_draws_debt(i, fitout * debt)
        self.signed.append(
            (
                tick,
                i,
                h,
                kind,
                mw,
                rent,
                float(fleet.value_mine_usd_per_mw[i]),
                float(fleet.value_lease_usd_per_mw[i]),
                float(fleet.value_convert_usd_per_mw[i]),
                float(raised),
            )
        )
        hyperscalers[h].signed_mw_by_pool[POOLS.index(kind)] += mw
        fleet.status[i] = MinerStatus.CONVERTING
        fleet.contract[i] = kind
        fleet.tenant[i] = h
        fleet.rent_usd_per_kw_month[i] = rent
        fleet.ready_tick[i] = tick + calendar.ticks(terms.lead_time_years)
        fleet.contract_end_tick[i] = fleet.ready_tick[i] + calendar.ticks(terms.term_years)
        if not fleet.firm_service[i]:
            grid.file_brownfield(fleet, operators, i, rent, tick, calendar, s)

    def energise_ready(
        self,
        fleet: MinerFleet,
        hyperscalers: list[Hyperscaler],
        journal: Journal,
        tick: int,
        convert_rate_annual: np.ndarray,
        lease_rate_annual: np.ndarray,
    ) -> None:
        """Step 3: AI cloud contracts that end are renewed or let (:meth:`end_ai_cloud_terms`);
        retrofits built and with firm service start serving, the term running from now.

        A conversion takes delivery of its GPUs now and pays for them (``convert_debt_share``
        borrowed, and any equity share its cash cannot cover).
        """
        status = fleet.status
        hosts_due = (fleet.contract_end_tick <= tick) & (status == _HPC)
        ended = (
            (hosts_due & (fleet.contract == ContractKind.CONVERT)).nonzero()[0]
            if np.count_nonzero(hosts_due)
            else None
        )
        if ended is not None and ended.size:
            self.end_ai_cloud_terms(
                fleet,
                hyperscalers,
                journal,
                ended,
                tick,
                convert_rate_annual[ended],
                lease_rate_annual[ended],
            )
        ready = (
            (status == _CONVERTING) & (fleet.ready_tick <= tick) & fleet.firm_service
        ).nonzero()[0]
        if not ready.size:
            return
        converted = fleet.contract[ready] == ContractKind.CONVERT
        fleet.status[ready] = np.where(converted, MinerStatus.HPC, MinerStatus.LEASED)
        fleet.running_share[ready] = 0.0  # the machines make way for the AI load
        fleet.contract_end_tick[ready] = tick + self._term_ticks_by_kind[fleet.contract[ready]]
        self._buy_gpus(fleet, journal, ready[converted])

    def end_ai_cloud_terms(
        self,
        fleet: MinerFleet,
        hyperscalers: list[Hyperscaler],
        journal: Journal,
        ended: np.ndarray,
        tick: int,
        convert_rate_annual: np.ndarray,
        lease_rate_annual: np.ndarray,
    ) -> None:
        """AI cloud contracts of fleet rows ``ended`` have run out: each host takes the better
        of its two uses of the standing hall (:func:`renewal_terms`), valued as any contract.

        Either way its GPUs are sold at their residual value.  Re-contracting: a new term with
        the same buyer at the compute price of the day, new GPUs bought now (financed as at
        energisation), the buyer prepaying its share.  Otherwise the hall is let as powered
        shell to the same tenant at the region's expected rent (at the site's rent factor),
        for a lease term.  ``convert_rate_annual`` and ``lease_rate_annual`` are the rates
        each row values a conversion and a lease at.  Each decision is kept in
        :attr:`renewals`.
        """
        s = self._scenario
        price, gpu_price = self.prices_at(tick)
        # Re-contracting buys new GPUs at today's price.
        terms = replace(self.convert_terms, gpu_capex_usd_per_kw_it=gpu_price)
        residual = terms.gpu_residual_share * fleet.gpu_capex_usd_per_mw[ended] * fleet.mw[ended]
        fleet.cash_usd[ended] += residual
        np.add.at(journal.site_usd[Purpose.RETROFIT_CAPEX], ended, residual)
        journal.party_usd[Purpose.RETROFIT_CAPEX, Party.CONTRACTORS] -= float(residual.sum())

        shell_rent = self.expected_rent_by_region()[fleet.region[ended]] * fleet.rent_factor[ended]
        recontract = replace(
            self.renewal_terms[ContractKind.CONVERT], gpu_capex_usd_per_kw_it=gpu_price
        ).value_usd_per_mw(price, convert_rate_annual)
        shell = self.renewal_terms[ContractKind.LEASE].value_usd_per_mw(
            shell_rent, lease_rate_annual
        )
        renews = recontract > shell
        calendar = self._calendar
        for k, i in enumerate(ended.tolist()):
            self.renewals.append(
                (
                    tick,
                    i,
                    int(fleet.tenant[i]),
                    int(ContractKind.CONVERT if renews[k] else ContractKind.LEASE),
                    float(fleet.mw[i]),
                    float(price if renews[k] else shell_rent[k]),
                    float(recontract[k]),
                    float(shell[k]),
                )
            )

        shells = ended[~renews]
        fleet.gpu_capex_usd_per_mw[shells] = 0.0
        fleet.contract[shells] = ContractKind.LEASE
        fleet.status[shells] = MinerStatus.LEASED
        fleet.rent_usd_per_kw_month[shells] = shell_rent[~renews]
        fleet.contract_end_tick[shells] = tick + calendar.ticks(s.lease_term_years)

        hosts = ended[renews]
        if not hosts.size:
            return
        fleet.rent_usd_per_kw_month[hosts] = price
        fleet.contract_end_tick[hosts] = tick + calendar.ticks(terms.term_years)
        prepayment = terms.prepayment_usd_per_mw(price) * fleet.mw[hosts]
        for i, usd in zip(hosts.tolist(), prepayment.tolist(), strict=True):
            h = int(fleet.tenant[i])
            hyperscalers[h].paid_usd += usd
            hyperscalers[h].capex_spent_usd_this_year += usd
            journal.hyperscaler_pays_site(Purpose.PREPAYMENT, h, i, usd)
        fleet.cash_usd[hosts] += prepayment
        fleet.prepaid_usd[hosts] += prepayment
        fleet.gpu_capex_usd_per_mw[hosts] = terms.gpu_capex_usd_per_mw()
        self._buy_gpus(fleet, journal, hosts)

    def _buy_gpus(self, fleet: MinerFleet, journal: Journal, hosts: np.ndarray) -> None:
        """AI cloud hosts ``hosts`` buy the GPUs they ordered (at the price of the day they
        ordered them) now: the equity share from cash as far as it goes, the rest lent
        against the GPUs and the contract."""
        if not hosts.size:
            return
        gpus = fleet.gpu_capex_usd_per_mw[hosts] * fleet.mw[hosts]
        debt = debt_share(self._scenario, ContractKind.CONVERT)
        from_cash = np.clip(fleet.cash_usd[hosts], 0.0, gpus * (1.0 - debt))
        borrowed = gpus - from_cash
        fleet.cash_usd[hosts] -= from_cash
        fleet.debt_usd[hosts] += borrowed
        np.add.at(journal.site_usd[Purpose.RETROFIT_CAPEX], hosts, -gpus)
        journal.party_usd[Purpose.RETROFIT_CAPEX, Party.CONTRACTORS] += float(gpus.sum())
        journal.site_draws_debt(hosts, borrowed)


_HPC = int(MinerStatus.HPC)
_CONVERTING = int(MinerStatus.CONVERTING)


AUCTION_KINDS = (ContractKind.LEASE, ContractKind.LANDLORD_BUILT)
"""Kinds of the offers sold in the regional auctions (conversions are bought US-wide)."""
_AUCTION_GROUP_OF_KIND = np.full(max(ContractKind) + 1, len(AUCTION_KINDS), dtype=np.int64)
_AUCTION_GROUP_OF_KIND[list(AUCTION_KINDS)] = np.arange(len(AUCTION_KINDS))
_AUCTION_GROUP_OF_KIND.flags.writeable = False


def offer_rows_by_kind_and_region(
    kind: np.ndarray, region: np.ndarray, n_regions: int
) -> list[list[np.ndarray]]:
    """Offers (``kind`` and ``region``: each offer's) split by kind and region: for each of
    :data:`AUCTION_KINDS`, one array of offer indices per region, each in offer order."""
    group = _AUCTION_GROUP_OF_KIND.take(kind) * n_regions + region
    by_group = np.argsort(group, kind="stable")
    ends = np.cumsum(np.bincount(group, minlength=(len(AUCTION_KINDS) + 1) * n_regions)).tolist()
    starts = [0, *ends[:-1]]
    return [
        [by_group[starts[g] : ends[g]] for g in range(k * n_regions, (k + 1) * n_regions)]
        for k in range(len(AUCTION_KINDS))
    ]


def rate_for_shell_value(
    scenario: PowerMarketScenario, target_usd_per_w: float, kind: int = ContractKind.LEASE
) -> float:
    """Discount rate at which a signed shell of ``kind`` at the base rent is worth
    ``target_usd_per_w`` per W gross (the value falls with the rate; root on 0-100 %).

    For a landlord-built hall the rate is the one it is valued at (project-financed).
    NaN when no rate in 0-100 % gives the target.
    """
    s = scenario
    terms = contract_terms(s)[kind]
    rent = s.hyperscaler_base_wtp_usd_per_kw_month

    def excess(rate: float) -> float:
        return float(terms.powered_shell_value_usd_per_w(rent, rate)) - target_usd_per_w

    if excess(0.0) * excess(1.0) > 0:
        return float("nan")
    return float(optimize.brentq(excess, 0.0, 1.0, xtol=1e-10))
