"""Miner strategies: the extension point for miners' behaviour (ODD section 7.5).

A strategy decides, for a *group* of sites at once, what each does next: mine or mothball
for the coming tick, refleet with frontier ASICs, ask the grid for more MW, and offer the
site to AI tenants (lease or convert) at a reservation rent.  The model calls each
strategy once per tick per hook with every site assigned to it (vectorised: no call per
agent) and applies the typed results it returns.  Strategies are assigned per site::

    from abm import PowerMarketModel
    from abm.strategies import ValueMaximising

    class NeverLease(ValueMaximising):
        def offer_sites(self, context):
            return SiteOffers.none(context.sites.size)

    model = PowerMarketModel(seed=1)
    model.assign_strategy(NeverLease(), model.fleet.is_public)

``docs/strategies.md`` walks through a full example.  How miners forecast hashprice is a
registry of named expectation rules (:data:`DEFAULT_EXPECTATION_RULES`), each a callable of
the :class:`HashpriceHistory`; a model can be given more.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import cache, cached_property
from typing import Any

import numpy as np

from abm.economics import finance, valuation
from abm.economics.valuation import ContractTerms
from abm.fleet import ContractKind, MinerFleet, MinerStatus
from abm.scenario import PowerMarketScenario
from abm.submodels.mining import site_mining_value_usd_per_mw

# ---------------------------------------------------------------------- expectation rules


@dataclass(frozen=True, slots=True)
class HashpriceHistory:
    """What miners have seen of hashprice, for their expectation rules.

    Attributes:
        hashprice_usd_per_ph_day: Hashprice at every tick so far (latest last).
        adaptive_growth_annual: Exponentially weighted mean of past growth, per year.
        tick_years: Length of a tick, years.
        trend_lookback_ticks: Ticks the trend rule looks back (``trend_lookback_weeks``).
    """

    hashprice_usd_per_ph_day: list[float]
    adaptive_growth_annual: float
    tick_years: float
    trend_lookback_ticks: int


ExpectationRule = Callable[[HashpriceHistory], float]
"""A forecast of hashprice growth, per year (log-rate), from the history."""


def naive_expectation(history: HashpriceHistory) -> float:
    """Hashprice stays where it is (apart from the known halving)."""
    return 0.0


def adaptive_expectation(history: HashpriceHistory) -> float:
    """Exponentially weighted mean of past growth (half-life ``adaptive_half_life_years``)."""
    return min(max(history.adaptive_growth_annual, -1.0), 1.0)


def trend_expectation(history: HashpriceHistory) -> float:
    """Growth over the last ``trend_lookback_weeks``, extrapolated (capped at ±1 per year)."""
    values = history.hashprice_usd_per_ph_day
    lookback = min(history.trend_lookback_ticks, len(values) - 1)
    if lookback <= 0:
        return 0.0
    trend = math.log(values[-1] / values[-1 - lookback]) / (lookback * history.tick_years)
    return min(max(trend, -1.0), 1.0)


DEFAULT_EXPECTATION_RULES: dict[str, ExpectationRule] = {
    "naive": naive_expectation,
    "adaptive": adaptive_expectation,
    "trend": trend_expectation,
}
"""Built-in expectation rules; sites draw one of them uniformly at the start.

A model's registry is a copy (``PowerMarketModel(expectation_rules=...)`` adds more); a site's
``fleet.expectation_rule`` is its rule's position in the registry.
"""

# ---------------------------------------------------------------------- what a strategy sees

OFFER_STRUCTURES = (ContractKind.LEASE, ContractKind.LANDLORD_BUILT, ContractKind.CONVERT)
"""The contract structures a site can be offered under, in the order of per-structure rows."""


def _read_only_rows(*rows: int) -> np.ndarray:
    picked = np.array(rows)
    picked.flags.writeable = False
    return picked


_OTHER_STRUCTURES = (_read_only_rows(1, 0, 0), _read_only_rows(2, 2, 1))
"""For each row of :data:`OFFER_STRUCTURES`, the rows of the two other structures."""


@cache
def uniform_kind(n_sites: int, kind: ContractKind) -> np.ndarray:
    """``kind`` for each of ``n_sites`` sites, as :attr:`SiteOffers.kind` holds it (int8,
    read-only; one array per size and kind, made once)."""
    kinds = np.full(n_sites, kind, dtype=np.int8)
    kinds.flags.writeable = False
    return kinds


@cache
def _none_offered(n_sites: int) -> np.ndarray:
    """False for each of ``n_sites`` sites (read-only; one array per size, made once)."""
    offered = np.zeros(n_sites, dtype=bool)
    offered.flags.writeable = False
    return offered


@cache
def _zero_rent(n_sites: int) -> np.ndarray:
    """A rent of 0 for each of ``n_sites`` sites (read-only; one array per size, made once)."""
    rent = np.zeros(n_sites)
    rent.flags.writeable = False
    return rent


def horizon_constants(
    discount_rate_annual: np.ndarray,
    horizon_years: np.ndarray,
    lead_times_years: tuple[float, ...],
) -> tuple[np.ndarray, np.ndarray]:
    """Per-site constants that put mining and each contract on one horizon.

    Returns:
        ``exp(-r H)`` per site, and for each lead time a row of the share of mining's value
        earned during the build (:func:`abm.economics.valuation.horizon_comparison`).
    """
    later, _ = valuation.horizon_comparison(discount_rate_annual, horizon_years, 0.0)
    during_build = np.array(
        [
            valuation.horizon_comparison(discount_rate_annual, horizon_years, lead)[1]
            for lead in lead_times_years
        ]
    )
    return later, during_build


@dataclass(frozen=True)
class DecisionContext:
    """What a strategy sees of its group of sites this tick.

    Arrays with one element per site of the group are in the order of :attr:`sites`.  The
    fleet is the model's own: read it freely (``fleet.cash_usd[context.sites]`` is the
    group's cash now) but change sites only through the results a hook returns.

    Attributes:
        fleet: The model's fleet.
        sites: Fleet rows of the group.
        tick: The tick being played.
        scenario: The run's knobs.
        hashprice_usd_per_ph_day: Hashprice after this tick's blocks.
        hashprice_growth_by_rule: Expected hashprice growth under each expectation rule.
        power_price_usd_per_mwh: What each site pays for power this tick.
        mining_value_usd_per_mw: Present value of mining on each site.
        mining_certainty_equivalent_usd_per_mw: The same less the BTC price-risk haircut.
        idle_value_usd_per_mw: Value of holding each site idle over its horizon (negative).
        years_to_halving: Years to the next halving.
        halving_revenue_factor: Revenue per hash after the next halving over revenue now.
        frontier_j_per_th: Best ASIC efficiency on sale.
        asic_price_usd_per_th: Price of frontier ASICs.
        is_fleet_review: Whether miners review their ASICs this tick (once a quarter).
        expected_rent_usd_per_kw_month: Rent each site expects for powered shell (its
            region's latest clearing rent, or the hyperscalers' base willingness to pay).
        compute_price_usd_per_kw_month: Price of a new AI cloud contract now (US-wide).
        prepayment_usd_per_mw: Prepayment a conversion signed now would bring, per MW.
        lease_terms: Terms of a powered-shell lease.
        convert_terms: Terms of a conversion to AI cloud hosting signed now (GPUs at today's
            price).
        landlord_built_terms: Terms of a landlord-built lease.
        lease_coefficients: ``(a, b)`` per site: a lease is worth ``a * rent + b`` per MW.
        convert_coefficients: The same for a conversion at the compute price, at the miner's
            rate plus ``convert_risk_premium`` unless its firm runs AI cloud operations.
        landlord_built_coefficients: The same for a landlord-built lease (at the project
            rate: ``landlord_built_debt_share`` at ``project_debt_rate``).
        equity_capacity_usd: New equity each site's firm can raise for a project.
        later_discount_factor: ``exp(-r H)`` per site at its rate ``r`` and horizon ``H``:
            what a use that starts when mining's horizon ends is discounted by.
        mined_while_built_share: Share of mining's value a site earns while each structure's
            hall is built (it keeps mining until the AI load is energised), one row per
            structure of :data:`OFFER_STRUCTURES`.
        site_extra_capex_usd_per_mw: Capex each site's AI suitability adds to each structure
            (rows as :data:`OFFER_STRUCTURES`), USD per MW gross.
        whole_fleet: Whether :attr:`sites` is every fleet row in order (arrays over the
            group are then the fleet's own, read-only: :meth:`at_sites`).
        offers_taken: Whether the lease market takes offers this tick (False once every
            tenant's pipeline has run its years): when False, what :meth:`MinerStrategy.
            offer_sites` offers is not read, only the values it reports are kept.
    """

    fleet: MinerFleet
    sites: np.ndarray
    tick: int
    scenario: PowerMarketScenario
    hashprice_usd_per_ph_day: float
    hashprice_growth_by_rule: np.ndarray
    power_price_usd_per_mwh: np.ndarray
    mining_value_usd_per_mw: np.ndarray
    mining_certainty_equivalent_usd_per_mw: np.ndarray
    idle_value_usd_per_mw: np.ndarray
    years_to_halving: float
    halving_revenue_factor: float
    frontier_j_per_th: float
    asic_price_usd_per_th: float
    is_fleet_review: bool
    expected_rent_usd_per_kw_month: np.ndarray
    compute_price_usd_per_kw_month: float
    prepayment_usd_per_mw: np.ndarray
    lease_terms: ContractTerms
    convert_terms: ContractTerms
    landlord_built_terms: ContractTerms
    lease_coefficients: tuple[np.ndarray, np.ndarray]
    convert_coefficients: tuple[np.ndarray, np.ndarray]
    landlord_built_coefficients: tuple[np.ndarray, np.ndarray]
    equity_capacity_usd: np.ndarray
    later_discount_factor: np.ndarray
    mined_while_built_share: np.ndarray
    site_extra_capex_usd_per_mw: np.ndarray
    whole_fleet: bool = False
    offers_taken: bool = True

    @classmethod
    def from_fields(cls, values: dict[str, Any]) -> DecisionContext:
        """The context of ``values``, every field's by name, set at once (the frozen
        dataclass's ``__init__`` sets its thirty fields one by one: this is the model's
        context of every tick)."""
        if values.keys() != _CONTEXT_FIELDS:
            raise TypeError(
                f"a decision context has the fields {sorted(_CONTEXT_FIELDS)}, not {sorted(values)}"
            )
        context = object.__new__(cls)
        context.__dict__.update(values)
        return context

    def at_sites(self, values: np.ndarray) -> np.ndarray:
        """``values`` (one per fleet row, e.g. ``fleet.mw``) at the group's sites, read-only.

        When the group is the whole fleet this is a view, not a copy.
        """
        if self.whole_fleet:
            picked = values.view()
        else:
            picked = values[self.sites]
        picked.flags.writeable = False
        return picked

    def free(self) -> np.ndarray:
        """Which sites of the group are free to choose (mining or idle), read-only.

        Read once, when first asked: no hook's result moves a site in or out of the free
        sites (mining and idle sites stay mining or idle; a refleet restarts an idle one).
        """
        return self._free

    @cached_property
    def offer_coefficients(self) -> tuple[np.ndarray, np.ndarray]:
        """The lease's, landlord-built lease's and conversion's coefficients stacked:
        ``(a, b)``, each with one row per structure of :data:`OFFER_STRUCTURES` (the rows are
        those pairs)."""
        pairs = (
            self.lease_coefficients,
            self.landlord_built_coefficients,
            self.convert_coefficients,
        )
        return tuple(np.array([pair[k] for pair in pairs]) for k in (0, 1))

    @cached_property
    def _free(self) -> np.ndarray:
        free = self.fleet.in_status(MinerStatus.MINING, MinerStatus.IDLE)
        if not self.whole_fleet:
            free = free[self.sites]
        free.flags.writeable = False
        return free

    def mining(self) -> np.ndarray:
        """Which sites of the group are mining, now."""
        status = self.fleet.status
        return (status if self.whole_fleet else status[self.sites]) == MinerStatus.MINING

    def expected_growth(self) -> np.ndarray:
        """Hashprice growth each site expects, per year (by its expectation rule)."""
        return self.hashprice_growth_by_rule[self.at_sites(self.fleet.expectation_rule)]


_CONTEXT_FIELDS = frozenset(field.name for field in fields(DecisionContext))
"""The fields of a :class:`DecisionContext`."""

# ---------------------------------------------------------------------- what a strategy returns


@dataclass(frozen=True)
class SiteOffers:
    """Sites a strategy offers to AI tenants this tick.

    Attributes:
        offered: Whether each site of the group is offered.
        kind: :class:`abm.fleet.ContractKind` offered per site (LEASE, CONVERT or
            LANDLORD_BUILT); the offer goes to that kind's pool.
        reservation_rent_usd_per_kw_month: Lowest rent each offered site accepts.
        path_margin_usd_per_mw: Best AI path's value less what staying requires, per MW (the
            site's pivot propensity, reported in ``fleet.pivot_propensity``).
        mine_value_usd_per_mw: What staying (mining or idle) is worth per MW of site.
        lease_value_usd_per_mw: What the better lease (tenant-funded or landlord-built) at
            the expected rent is worth per MW of site.
        convert_value_usd_per_mw: What a conversion at the expected rent is worth per MW.
            The three values are kept per site and tick (the agent data) so a user can ask
            why a site took its path; NaN where a strategy does not value a path.
        landlord_built_offered: Whether each site also offers a landlord-built hall (to the
            hyperscalers' landlord-built pool; ``offered``/``kind`` go to the tenant-funded
            pool unless ``kind`` is LANDLORD_BUILT).  None: no second offer.
        landlord_built_reservation_rent_usd_per_kw_month: Its reservation rent (at the
            reference ``project_debt_rate``; the market re-solves it at each tenant's rate).
        convert_offered: Whether each site also offers itself as an AI cloud host (to the
            AI cloud buyers).  None: no such offer.
        convert_reservation_price_usd_per_kw_month: Lowest compute price it accepts.
    """

    offered: np.ndarray
    kind: np.ndarray
    reservation_rent_usd_per_kw_month: np.ndarray
    path_margin_usd_per_mw: np.ndarray
    mine_value_usd_per_mw: np.ndarray | None = None
    lease_value_usd_per_mw: np.ndarray | None = None
    convert_value_usd_per_mw: np.ndarray | None = None
    landlord_built_offered: np.ndarray | None = None
    landlord_built_reservation_rent_usd_per_kw_month: np.ndarray | None = None
    convert_offered: np.ndarray | None = None
    convert_reservation_price_usd_per_kw_month: np.ndarray | None = None

    @classmethod
    def values_only(
        cls,
        path_margin_usd_per_mw: np.ndarray,
        mine_value_usd_per_mw: np.ndarray,
        lease_value_usd_per_mw: np.ndarray,
        convert_value_usd_per_mw: np.ndarray,
    ) -> SiteOffers:
        """No site offered, with the values of each site's paths reported."""
        n_sites = path_margin_usd_per_mw.size
        return cls(
            offered=_none_offered(n_sites),
            kind=uniform_kind(n_sites, ContractKind.LEASE),
            reservation_rent_usd_per_kw_month=_zero_rent(n_sites),
            path_margin_usd_per_mw=path_margin_usd_per_mw,
            mine_value_usd_per_mw=mine_value_usd_per_mw,
            lease_value_usd_per_mw=lease_value_usd_per_mw,
            convert_value_usd_per_mw=convert_value_usd_per_mw,
        )

    @classmethod
    def none(cls, n_sites: int) -> SiteOffers:
        """No site offered (pivot propensity reported as -inf)."""
        return cls(
            offered=np.zeros(n_sites, dtype=bool),
            kind=np.zeros(n_sites, dtype=np.int8),
            reservation_rent_usd_per_kw_month=np.zeros(n_sites),
            path_margin_usd_per_mw=np.full(n_sites, -np.inf),
        )


class MinerStrategy:
    """Base class of miner strategies: four hooks, each called once per tick for a group.

    Every hook receives the :class:`DecisionContext` of the sites assigned to the strategy
    and returns arrays over that group.  Subclass :class:`ValueMaximising` to change one
    decision and keep the others.
    """

    name = "strategy"

    def operate(self, context: DecisionContext) -> np.ndarray:
        """Whether each site mines (True) or is mothballed (False) for the coming tick.

        Applied to sites that are free to choose only.
        """
        raise TypeError(f"{type(self).__name__} does not define operate()")

    def refleet(self, context: DecisionContext) -> np.ndarray:
        """Whether each site fills its MW with frontier machines now.

        Called on fleet-review ticks; applied to sites free to choose (an idle site that
        refleets restarts).  The site pays the machines at the ASIC market's price
        (``asic_debt_share`` lent against them).
        """
        raise TypeError(f"{type(self).__name__} does not define refleet()")

    def request_expansion(self, context: DecisionContext) -> np.ndarray:
        """Whether each site asks its grid for ``expansion_share`` more MW."""
        raise TypeError(f"{type(self).__name__} does not define request_expansion()")

    def offer_sites(self, context: DecisionContext) -> SiteOffers:
        """Which sites to offer to AI tenants, as what, at what reservation rent."""
        raise TypeError(f"{type(self).__name__} does not define offer_sites()")


class ValueMaximising(MinerStrategy):
    """The default miner: takes the path worth most, by its own discounting and risk view.

    - Mine or mothball: mine while the machines cover their cash cost.
    - Refleet: when the site's machines are 25 % worse than the frontier
      (``refleet_efficiency_gain``) or fill less than half its MW (an idle or half-empty
      site), and the extra margin over an ASIC life pays for filling the site with frontier
      machines at the market price, and the miner can pay its share.
    - Expansion: when mining is worth more than nothing, one request at a time.
    - AI: offers each contract it can fund — a tenant-funded lease, a landlord-built lease
      (valued at the project rate) and a conversion (at the compute price) — to its pool, at
      the rent that makes it worth staying plus ``switching_hurdle``.  Paths are compared on
      one horizon, the miner's: staying is worth mining's certainty equivalent over the
      horizon plus the site's best continuing use after it (the best AI contract then,
      discounted, or nothing); a contract is worth its own value plus the mining the tranche
      does while its hall is built.
    """

    name = "value_maximising"

    def operate(self, context: DecisionContext) -> np.ndarray:  # noqa: D102
        s = context.scenario
        fleet = context.fleet
        # Mine while the installed machines cover their cash cost (energy and operating cost
        # per MWh) at today's hashprice; the site's holding cost is paid either way.
        revenue = valuation.mining_revenue_usd_per_mw_year(
            context.hashprice_usd_per_ph_day, context.at_sites(fleet.j_per_th)
        )
        cash_cost = finance.HOURS_PER_YEAR * (
            context.power_price_usd_per_mwh + s.mining_opex_usd_per_mwh
        )
        return (revenue >= cash_cost) & (context.at_sites(fleet.ths) > 0)

    def refleet(self, context: DecisionContext) -> np.ndarray:  # noqa: D102
        s = context.scenario
        fleet, sites = context.fleet, context.sites
        frontier = context.frontier_j_per_th
        decision = np.zeros(context.power_price_usd_per_mwh.size, dtype=bool)
        mw = context.at_sites(fleet.mw)
        share = np.where(mw > 0, context.at_sites(fleet.asic_mw) / np.maximum(mw, 1e-12), 0.0)
        outdated = context.at_sites(fleet.j_per_th) > frontier / (1 - s.refleet_efficiency_gain)
        candidates = (context.free() & (outdated | (share < 0.5))).nonzero()[0]
        # Only the candidates that can pay their share of the machines are valued.
        idx = sites[candidates]
        capex = fleet.mw[idx] * 1e6 / frontier * context.asic_price_usd_per_th
        affordable = fleet.cash_usd[idx] >= (1.0 - s.asic_debt_share) * capex
        if not np.count_nonzero(affordable):
            return decision
        candidates, idx, capex = candidates[affordable], idx[affordable], capex[affordable]
        n = idx.size
        # New and old machines are valued over the same ASIC life at the same rates, in one
        # valuation: the new machines' rows first, then the old ones'.
        twice = np.concatenate((candidates, candidates))
        rows = sites[twice]
        values, _ = site_mining_value_usd_per_mw(
            context.hashprice_usd_per_ph_day,
            context.hashprice_growth_by_rule,
            context.years_to_halving,
            context.halving_revenue_factor,
            np.concatenate((np.full(n, frontier), fleet.j_per_th[idx])),
            np.concatenate((np.ones(n), share[candidates])),
            context.power_price_usd_per_mwh[twice],
            fleet.discount_rate[rows],
            np.full(2 * n, s.asic_life_years),
            np.zeros(2 * n),
            s,
            weights=self._asic_life_weights(fleet, s.asic_life_years)[rows],
            growth_index=fleet.expectation_rule[rows],
        )
        new_value, old_value = values[:n], values[n:]
        decision[candidates] = (new_value - old_value) * fleet.mw[idx] > capex
        return decision

    def _asic_life_weights(self, fleet: MinerFleet, life_years: float) -> np.ndarray:
        """Discount weights of every fleet row over an ASIC life at its rate
        (:func:`abm.economics.valuation.discount_weights`), read-only; worked out again only
        for other rates or another life."""
        key = (fleet.discount_rate.tobytes(), life_years)
        known = getattr(self, "_life_weights", None)
        if known is None or known[0] != key:
            weights = valuation.discount_weights(
                fleet.discount_rate, np.full(len(fleet), life_years)
            )
            weights.flags.writeable = False
            known = (key, weights)
            self._life_weights = known
        return known[1]

    def request_expansion(self, context: DecisionContext) -> np.ndarray:  # noqa: D102
        return context.mining() & (context.mining_certainty_equivalent_usd_per_mw > 0)

    def offer_sites(self, context: DecisionContext) -> SiteOffers:
        """Every site's paths valued; the free sites big enough for a hall offer each
        structure they can fund, at their reservation price (worked out for the sites that
        offer something: NaN elsewhere)."""
        s = context.scenario
        fleet = context.fleet
        mining_now = np.maximum(
            context.mining_certainty_equivalent_usd_per_mw, context.idle_value_usd_per_mw
        )
        # Each structure (rows as OFFER_STRUCTURES) is worth a * price + b per MW, at the
        # expected rent (the two leases) or the compute price (a conversion).
        contract_values, best_contract_value = self._contract_values_usd_per_mw(context)
        # One horizon for every path: after mining's horizon the site is worth its best
        # continuing use (an AI contract signed then, or nothing) ...
        stay_value = np.maximum(best_contract_value, 0.0, out=best_contract_value)
        stay_value *= context.later_discount_factor
        stay_value += mining_now
        # ... and a tranche keeps mining while its AI hall is built.
        mined_now = np.maximum(mining_now, 0.0)
        values = np.multiply(context.mined_while_built_share, mined_now)
        values += contract_values
        required = np.abs(stay_value)
        required *= s.switching_hurdle
        required += stay_value
        # The best AI path is the better lease or the conversion (rows in that order).
        lease_value = np.maximum(values[0], values[1])
        path_margin = np.maximum(lease_value, values[2])
        path_margin -= required
        if not context.offers_taken:
            return SiteOffers.values_only(path_margin, stay_value, lease_value, values[2])

        # Only free sites big enough for a hall offer: the rest of the offer is worked out
        # on them (positions in the group).
        n_sites = context.sites.size
        big_enough = context.at_sites(fleet.unit_site_mw) >= s.min_lease_site_mw
        can_offer = (context.free() & big_enough).nonzero()[0]
        rows = context.sites[can_offer]
        # Each structure needs the miner's equity: its share of the capex, with the share of
        # the capex each site's upgrades add, less a conversion's prepayment.
        funds = fleet.cash_usd[rows]
        funds += context.equity_capacity_usd[can_offer]
        equity = self._structure_equity_usd_per_mw(context).take(can_offer, axis=1)
        convert_capex_equity = context.convert_terms.capex_usd_per_mw() * (
            1.0 - s.convert_debt_share
        )
        np.maximum(
            convert_capex_equity - (context.prepayment_usd_per_mw[can_offer] - equity[2]),
            0.0,
            out=equity[2],
        )
        equity *= fleet.mw[rows]
        fundable = funds >= equity
        # A site takes a structure only at a price that makes it worth as much as staying
        # and as its best other structure at the expected prices (it does not sell to one
        # pool below what another would pay): its reservation price, for the sites that
        # offer something.
        offering = (fundable[0] | fundable[1] | fundable[2]).nonzero()[0]
        offered = np.zeros((len(OFFER_STRUCTURES), n_sites), dtype=bool)
        reservation = np.full((len(OFFER_STRUCTURES), n_sites), np.nan)
        if offering.size:
            fundable = fundable.take(offering, axis=1)
            at = can_offer[offering]
            offered[:, at] = fundable
            pairs = (
                context.lease_coefficients,
                context.landlord_built_coefficients,
                context.convert_coefficients,
            )
            a, b = (np.array([pair[k][at] for pair in pairs]) for k in (0, 1))
            reachable = np.where(fundable, values.take(at, axis=1), -np.inf)
            best_other = np.maximum(
                reachable.take(_OTHER_STRUCTURES[0], axis=0),
                reachable.take(_OTHER_STRUCTURES[1], axis=0),
            )
            give_up = np.maximum(required[at], best_other)
            while_built = context.mined_while_built_share.take(at, axis=1) * mined_now[at]
            reservation[:, at] = np.maximum((give_up - while_built - b) / a, 0.0)

        return SiteOffers(
            offered=offered[0],
            kind=uniform_kind(n_sites, ContractKind.LEASE),
            reservation_rent_usd_per_kw_month=reservation[0],
            path_margin_usd_per_mw=path_margin,
            mine_value_usd_per_mw=stay_value,
            lease_value_usd_per_mw=lease_value,
            convert_value_usd_per_mw=values[2],
            landlord_built_offered=offered[1],
            landlord_built_reservation_rent_usd_per_kw_month=reservation[1],
            convert_offered=offered[2],
            convert_reservation_price_usd_per_kw_month=reservation[2],
        )

    def _contract_values_usd_per_mw(
        self, context: DecisionContext
    ) -> tuple[np.ndarray, np.ndarray]:
        """Each structure's value per MW at the expected prices (``a * price + b``, rows as
        :data:`OFFER_STRUCTURES`) and the best of the three (a new array).

        The two leases' rows move only with the expected rent: they are kept while the
        context brings the same rent array (the model's, while no region's rent moves) and
        the same leases' coefficients; the conversion's row is worked out each tick at the
        compute price.  The rows are this strategy's own, rewritten next tick: read them, do
        not hand them on.
        """
        rent = context.expected_rent_usd_per_kw_month
        leases = (context.lease_coefficients, context.landlord_built_coefficients)
        known = getattr(self, "_lease_values", None)
        if (
            known is None
            or known[0] is not rent
            or any(x is not y for x, y in zip(known[1], leases, strict=True))
        ):
            values = np.empty((len(OFFER_STRUCTURES), rent.size))
            for row, (a, b) in enumerate(leases):
                np.multiply(a, rent, out=values[row])
                values[row] += b
            known = (rent, leases, values, np.maximum(values[0], values[1]))
            self._lease_values = known
        values, best_lease_value = known[2], known[3]
        a, b = context.convert_coefficients
        np.multiply(a, context.compute_price_usd_per_kw_month, out=values[2])
        values[2] += b
        return values, np.maximum(best_lease_value, values[2])

    def _structure_equity_usd_per_mw(self, context: DecisionContext) -> np.ndarray:
        """The miner's equity per MW each structure needs from its share of the leases'
        capex and of the site's upgrades (rows as :data:`OFFER_STRUCTURES`; a conversion's
        row holds its share of the upgrades alone: its capex, at the GPUs' price of the day,
        and the prepayment are set against each other each tick).  It follows from the run's
        terms and the sites' upgrades alone: worked out once for the same inputs (the same
        objects) and read-only."""
        inputs = (
            context.scenario,
            context.lease_terms,
            context.landlord_built_terms,
            context.site_extra_capex_usd_per_mw,
        )
        known = getattr(self, "_structure_equity", None)
        if known is not None and all(x is y for x, y in zip(known[0], inputs, strict=True)):
            return known[1]
        s = context.scenario
        equity_share = np.array(
            [
                [1.0 - s.lease_debt_share],
                [1.0 - s.landlord_built_debt_share],
                [1.0 - s.convert_debt_share],
            ]
        )
        equity = context.site_extra_capex_usd_per_mw * equity_share
        leases = (context.lease_terms, context.landlord_built_terms)
        equity[:2] += np.array([[t.capex_usd_per_mw()] for t in leases]) * equity_share[:2]
        equity.flags.writeable = False
        self._structure_equity = (inputs, equity)
        return equity
