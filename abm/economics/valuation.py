"""Value of each path a miner can take — mine, lease, convert — per MW of gross site capacity.

Vectorised over miners: every argument may be an array with one element per miner.  The
model compares these values to choose paths; see ``docs/ODD.md`` (submodel "Path choice").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, fields
from functools import cache

import numba
import numpy as np

from abm.economics.finance import (
    HOURS_PER_YEAR,
    MONTHS_PER_YEAR,
    annuity_factor,
    deferred_annuity_factor,
    discount_factor,
)

EXPECTATION_PERSISTENCE_YEARS = 1.0
"""Time constant over which an expected hashprice growth rate fades (mean reversion)."""
VALUATION_STEP_YEARS = 0.25
"""Resolution of the time grid on which mining cash flows are discounted, years."""
MAX_VALUATION_YEARS = 15.0
VALUATION_BLOCK_SITES = 512
"""Up to this many sites, :meth:`SiteGroups.by_steps_and_rate` keeps them in their own order as
one group (grouping by rate and steps pays off only for more)."""


def ph_per_mw(j_per_th: np.ndarray | float) -> np.ndarray:
    """PH/s a fleet of ``j_per_th`` J/TH runs on 1 MW: ``1e6 W / (j W per TH/s) / 1000``."""
    return 1000.0 / np.asarray(j_per_th, dtype=float)


def mining_revenue_usd_per_mw_year(
    hashprice_usd_per_ph_day: np.ndarray | float, j_per_th: np.ndarray | float
) -> np.ndarray:
    """Revenue of 1 MW of ASICs running all year at a hashprice, USD/MW-year."""
    if isinstance(hashprice_usd_per_ph_day, float):  # a float needs no array (and its overhead)
        return hashprice_usd_per_ph_day * 365.0 * ph_per_mw(j_per_th)
    return np.asarray(hashprice_usd_per_ph_day) * 365.0 * ph_per_mw(j_per_th)


def valuation_grid_years(horizon_years: np.ndarray | float) -> np.ndarray:
    """Mid-points of the quarterly valuation grid, long enough for the longest horizon, years."""
    longest = min(float(np.max(horizon_years, initial=0.0)), MAX_VALUATION_YEARS)
    return (
        np.arange(max(int(np.ceil(longest / VALUATION_STEP_YEARS)), 1)) + 0.5
    ) * VALUATION_STEP_YEARS


def discount_weights(discount_rate_annual: np.ndarray, horizon_years: np.ndarray) -> np.ndarray:
    """Weight of each grid step in a present value: ``exp(-r t) * dt`` up to the horizon, 0 after.

    Shape ``(sites, steps)``; depends only on each site's discount rate and horizon, so a
    model can compute it once.
    """
    t = valuation_grid_years(horizon_years)
    rate = np.asarray(discount_rate_annual, dtype=float)[:, None]
    return (
        np.exp(-rate * t)
        * (t < np.asarray(horizon_years, dtype=float)[:, None])
        * VALUATION_STEP_YEARS
    )


@cache
def _valuation_grid_and_fading(n_steps: int) -> tuple[np.ndarray, tuple[float, ...]]:
    """How far an expected growth rate has acted by each of ``n_steps`` valuation steps
    (``tau * (1 - exp(-t / tau))``, read-only) and the steps' mid-points ``t``, years, as
    floats in order (to find the first step after a date by bisection); cached."""
    t = (np.arange(n_steps) + 0.5) * VALUATION_STEP_YEARS
    fading = EXPECTATION_PERSISTENCE_YEARS * (1.0 - np.exp(-t / EXPECTATION_PERSISTENCE_YEARS))
    fading.flags.writeable = False
    return fading, tuple(t.tolist())


def mining_value_usd_per_mw(
    hashprice_usd_per_ph_day: float,
    hashprice_growth_annual: np.ndarray,
    years_to_halving: float,
    halving_revenue_factor: float,
    j_per_th: np.ndarray,
    power_price_usd_per_mwh: np.ndarray,
    opex_usd_per_mw_year: float,
    discount_rate_annual: np.ndarray,
    horizon_years: np.ndarray,
    risk_aversion: np.ndarray,
    btc_volatility_annual: float,
    idle_cost_usd_per_mw_year: float = np.inf,
    weights: np.ndarray | None = None,
    growth_index: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Present value of mining on 1 MW over the miner's horizon, and its certainty equivalent.

    Expected hashprice ``hp(t) = hp0 * exp(g * tau * (1 - exp(-t / tau)))`` with
    ``tau = 1 year``: a growth rate the miner sees now fades, so no forecast moves hashprice
    by more than a factor ``exp(|g| tau)``; it is multiplied by ``halving_revenue_factor``
    after the next halving (the subsidy halves, fees do not).  The fleet runs only when the
    hashprice covers electricity (curtailment is free) and the site is mothballed whenever
    that costs less than running (switching between mining and idle is cheap), so the
    margin per MW-year is ``max(max(R(t) - 8760 p, 0) - opex, -idle_cost)`` with ``R(t)``
    the revenue per MW-year.  Discounted on a quarterly grid to the horizon.  The certainty
    equivalent subtracts ``risk_aversion * sigma / 2`` times the present value of revenue,
    a mean-variance haircut for BTC price risk (contracted rent carries none).

    ``weights`` may pass :func:`discount_weights` of the same sites precomputed.  When many
    sites share a few expected growth rates (one per expectation rule), pass the distinct
    rates as ``hashprice_growth_annual`` and each site's position among them as
    ``growth_index``: the expected path is then computed once per rate.

    Returns:
        (present value, certainty equivalent), USD per MW of site: the rows of
        :func:`mining_values_usd_per_mw`.
    """
    return tuple(
        mining_values_usd_per_mw(
            hashprice_usd_per_ph_day,
            hashprice_growth_annual,
            years_to_halving,
            halving_revenue_factor,
            j_per_th,
            power_price_usd_per_mwh,
            opex_usd_per_mw_year,
            discount_rate_annual,
            horizon_years,
            risk_aversion,
            btc_volatility_annual,
            idle_cost_usd_per_mw_year,
            weights,
            growth_index,
        )
    )


def mining_values_usd_per_mw(
    hashprice_usd_per_ph_day: float,
    hashprice_growth_annual: np.ndarray,
    years_to_halving: float,
    halving_revenue_factor: float,
    j_per_th: np.ndarray,
    power_price_usd_per_mwh: np.ndarray,
    opex_usd_per_mw_year: float,
    discount_rate_annual: np.ndarray,
    horizon_years: np.ndarray,
    risk_aversion: np.ndarray,
    btc_volatility_annual: float,
    idle_cost_usd_per_mw_year: float = np.inf,
    weights: np.ndarray | None = None,
    growth_index: np.ndarray | None = None,
) -> np.ndarray:
    """:func:`mining_value_usd_per_mw` as one array: row 0 the present value, row 1 the
    certainty equivalent (shape ``(2, sites)``, USD per MW), for callers that go on to
    scale or shift both at once."""
    if weights is None:
        weights = discount_weights(discount_rate_annual, horizon_years)
    return mining_values_in_groups_usd_per_mw(
        hashprice_usd_per_ph_day,
        hashprice_growth_annual,
        years_to_halving,
        halving_revenue_factor,
        ph_per_mw(j_per_th),
        power_price_usd_per_mwh,
        opex_usd_per_mw_year,
        revenue_haircut(risk_aversion, btc_volatility_annual),
        SiteGroups.in_site_order(weights, growth_index),
        idle_cost_usd_per_mw_year,
    )


def revenue_haircut(risk_aversion: np.ndarray, btc_volatility_annual: float) -> np.ndarray:
    """What the certainty equivalent of mining takes off per USD of revenue's present value:
    ``risk_aversion * sigma / 2`` (:func:`mining_value_usd_per_mw`)."""
    return np.asarray(risk_aversion) * 0.5 * btc_volatility_annual


@dataclass(frozen=True, slots=True)
class SiteGroup:
    """Sites valued together: positions ``start:stop`` of a :class:`SiteGroups` order.

    Attributes:
        start: First position of the group in the order.
        stop: Position after its last.
        growth_row: The expected growth rate all its sites share (its row of the rates),
            or None when each site has its own (``growth_index``, or one rate per site).
        growth_index: Each site's row of the rates when they differ, or None.
        weights: The sites' discount weights, read-only: one row per site over every step
            (:func:`discount_weights`), or, in lanes, ``(2, rows, sites)`` over the
            :attr:`SiteGroups.lane_steps` the group's sites need.
    """

    start: int
    stop: int
    growth_row: int | None
    growth_index: np.ndarray | None
    weights: np.ndarray


@dataclass(frozen=True, slots=True)
class SiteGroups:
    """The order in which :func:`mining_values_in_groups_usd_per_mw` values a set of sites,
    in groups; depends only on the sites' discount weights and expectation rules, so a
    model can work it out once.

    Attributes:
        n_sites: Number of sites.
        n_steps: Number of steps of the valuation grid.
        order: Site in each position of the order (None: the sites' own order).
        lane_steps: With the groups' weights in lanes, the step each row of either lane
            adds (``(2, rows)``, :func:`_row_sum_lanes`); None with one row per site.
        groups: The groups, in order.
    """

    n_sites: int
    n_steps: int
    order: np.ndarray | None
    lane_steps: np.ndarray | None
    groups: tuple[SiteGroup, ...]

    @classmethod
    def in_site_order(cls, weights: np.ndarray, growth_index: np.ndarray | None) -> SiteGroups:
        """All the sites in their own order, one row of steps per site, each on its growth
        rate (``growth_index`` into the rates, or one rate per site)."""
        n_sites, n_steps = weights.shape
        group = SiteGroup(0, n_sites, None, growth_index, weights)
        return cls(n_sites, n_steps, None, None, (group,))

    @classmethod
    def by_steps_and_rate(cls, weights: np.ndarray, growth_index: np.ndarray) -> SiteGroups:
        """The sites grouped by expected growth rate (``growth_index``) and by how many
        rows of the sum's lanes (:func:`_row_sum_lanes`) their weights reach, each group
        valued on its rate's path, shared, over those rows only: the same values as one
        row of steps per site, which adds the steps past a site's horizon as exact zeros.
        A set of sites that fits in one block is kept in its own order and rows (one group
        costs less)."""
        n_sites, n_steps = weights.shape
        if n_sites <= VALUATION_BLOCK_SITES:
            return cls.in_site_order(weights, growth_index)
        lane_steps, is_step = _row_sum_lanes(n_steps)
        nonzero = weights != 0
        spanned = np.where(nonzero.any(axis=1), n_steps - np.argmax(nonzero[:, ::-1], axis=1), 0)
        # Rows a site needs: up to the last one, in either lane, that adds one of its steps.
        reached = is_step & (lane_steps < spanned[:, None, None])
        rows = np.max(np.where(reached, np.arange(1, lane_steps.shape[1] + 1), 1), axis=(1, 2))
        key = np.asarray(growth_index, dtype=np.int64) * (lane_steps.shape[1] + 1) + rows
        order = np.argsort(key, kind="stable")
        sorted_key = key[order]
        bounds = np.flatnonzero(np.diff(sorted_key)) + 1
        # Weights in lanes; the rows past the end of a lane weigh 0 (they add exact zeros).
        weights_in_lanes = np.where(is_step, weights[:, lane_steps], 0.0)
        groups = []
        for start, stop in zip(
            np.concatenate(([0], bounds)), np.concatenate((bounds, [n_sites])), strict=True
        ):
            row, group_rows = divmod(int(sorted_key[start]), lane_steps.shape[1] + 1)
            group_weights = np.ascontiguousarray(
                weights_in_lanes[order[start:stop], :, :group_rows].transpose(1, 2, 0)
            )
            group_weights.flags.writeable = False
            groups.append(SiteGroup(int(start), int(stop), row, None, group_weights))
        order.flags.writeable = False
        return cls(n_sites, n_steps, order, lane_steps, tuple(groups))


@cache
def _row_sum_lanes(n_steps: int) -> tuple[np.ndarray, np.ndarray]:
    """The order in which ``np.einsum`` adds a row of ``n_steps`` products into its sum, as
    two lanes of steps: ``(steps, is_step)``, each ``(2, rows)``.

    Lane 0 adds the even steps, lane 1 the odd ones, and the row's sum is lane 0's plus lane
    1's; each lane adds, for each block of 8 steps in turn, its 4 steps of the block from
    the last to the first, then its steps after the last whole block in order (the sum of
    products of x86-64's baseline build, two doubles a vector, four vectors a loop, no fused
    multiply-add).  A lane with fewer steps is padded with step 0, ``is_step`` False.
    """
    whole = n_steps // 8 * 8
    lanes = [
        [block + offset + lane for block in range(0, whole, 8) for offset in (6, 4, 2, 0)]
        + list(range(whole + lane, n_steps, 2))
        for lane in (0, 1)
    ]
    n_rows = max(len(lane) for lane in lanes)
    steps = np.array([lane + [0] * (n_rows - len(lane)) for lane in lanes])
    is_step = np.arange(n_rows) < np.array([[len(lane)] for lane in lanes])
    steps.flags.writeable = False
    is_step.flags.writeable = False
    return steps, is_step


def mining_values_in_groups_usd_per_mw(
    hashprice_usd_per_ph_day: float,
    hashprice_growth_annual: np.ndarray,
    years_to_halving: float,
    halving_revenue_factor: float,
    ph_per_mw_of_machines: np.ndarray,
    power_price_usd_per_mwh: np.ndarray,
    opex_usd_per_mw_year: float,
    revenue_haircut_per_usd: np.ndarray,
    groups: SiteGroups,
    idle_cost_usd_per_mw_year: float = np.inf,
) -> np.ndarray:
    """:func:`mining_values_usd_per_mw` from what the sites' machines and miners fix: PH/s
    per MW of the machines (:func:`ph_per_mw`), the haircut per USD of revenue
    (:func:`revenue_haircut`) and the sites' discount weights in the order and groups of
    ``groups`` (:meth:`SiteGroups.in_site_order`, or :meth:`SiteGroups.by_steps_and_rate`
    for a caller that values the same sites at every tick's prices); values in the sites'
    own order."""
    n_sites, n_steps = groups.n_sites, groups.n_steps
    fading, step_years = _valuation_grid_and_fading(n_steps)
    # Expected revenue relative to today, times the halving step: one row per growth rate.
    # (the steps up to the halving are multiplied by 1, so only those after it are scaled.)
    path = np.asarray(hashprice_growth_annual, dtype=float)[:, None] * fading
    np.exp(path, out=path)
    after_halving = bisect.bisect_right(step_years, years_to_halving)
    if after_halving < n_steps:
        path[:, after_halving:] *= halving_revenue_factor
    revenue_now = (hashprice_usd_per_ph_day * 365.0) * ph_per_mw_of_machines
    energy = HOURS_PER_YEAR * np.asarray(power_price_usd_per_mwh, dtype=float)
    if revenue_now.shape != (n_sites,) or energy.shape != (n_sites,):
        revenue_now = np.broadcast_to(revenue_now, (n_sites,))
        energy = np.broadcast_to(energy, (n_sites,))
    revenue_now = np.ascontiguousarray(revenue_now, dtype=float)
    energy = np.ascontiguousarray(energy, dtype=float)
    opex = float(opex_usd_per_mw_year)
    # max(max(R - E, 0) - opex, -idle) == max(R - (E + opex), -min(opex, idle)) for
    # opex, idle >= 0: one subtraction and one floor per element.
    floor = float(-min(opex_usd_per_mw_year, idle_cost_usd_per_mw_year))
    # Row 0 of the sums is the value of the margin, row 1 that of the revenue at risk.
    sums = np.empty((2, n_sites))
    if groups.lane_steps is None:  # one group of the sites in their own order
        (group,) = groups.groups
        lane_steps, is_step = _row_sum_lanes(n_steps)
        _add_flows(
            np.ascontiguousarray(path),
            _identity_index(n_sites) if group.growth_index is None else group.growth_index,
            revenue_now,
            energy,
            opex,
            floor,
            np.ascontiguousarray(group.weights, dtype=float),
            lane_steps,
            is_step,
            sums,
        )
    else:
        path_in_lanes = path[:, groups.lane_steps]
        for group in groups.groups:
            group_path = np.ascontiguousarray(
                path_in_lanes[group.growth_row, :, : group.weights.shape[1]]
            )
            _add_flows_in_lanes(
                group_path,
                groups.order[group.start : group.stop],
                revenue_now,
                energy,
                opex,
                floor,
                group.weights,
                sums,
            )
    # Row 1 becomes the certainty equivalent: value - risk_aversion * sigma / 2 * revenue value.
    value, revenue_value = sums
    revenue_value *= revenue_haircut_per_usd
    np.subtract(value, revenue_value, out=revenue_value)
    return sums


@cache
def _identity_index(n: int) -> np.ndarray:
    """``0, 1, ..., n - 1`` (read-only, cached): each site on its own row of a path."""
    index = np.arange(n)
    index.flags.writeable = False
    return index


@numba.njit(cache=True, nogil=True)
def _add_flows(
    path: np.ndarray,
    growth_index: np.ndarray,
    revenue_now: np.ndarray,
    energy: np.ndarray,
    opex_usd_per_mw_year: float,
    floor: float,
    weights: np.ndarray,
    lane_steps: np.ndarray,
    is_step: np.ndarray,
    sums: np.ndarray,
) -> None:
    """Write into ``sums`` (2 x sites) the present values of sites' margin (over the cash
    cost: ``energy`` plus ``opex_usd_per_mw_year``, per MW-year) and revenue at
    risk (earned only while the fleet runs), each site on the row of ``path`` its
    ``growth_index`` names, its steps (``weights``: sites x steps) added in the order of
    the row sums' lanes (``lane_steps`` and ``is_step``: :func:`_row_sum_lanes`), each
    product and sum rounded on its own: the sums of one ``np.einsum`` over the sites' rows.

    Compiled (Numba): one pass over the sites' steps, with no temporaries.
    """
    n_sites = weights.shape[0]
    n_lanes, n_rows = lane_steps.shape
    for i in range(n_sites):
        site_path = growth_index[i]
        cash_cost = energy[i] + opex_usd_per_mw_year
        margin_sum = 0.0
        at_risk_sum = 0.0
        for lane in range(n_lanes):
            margin_lane = 0.0
            at_risk_lane = 0.0
            for row in range(n_rows):
                if not is_step[lane, row]:
                    continue
                step = lane_steps[lane, row]
                revenue = path[site_path, step] * revenue_now[i]
                margin = revenue - cash_cost
                if margin < floor:
                    margin = floor
                weight = weights[i, step]
                margin_lane += weight * margin
                # Revenue at risk only while the fleet runs (times the running mask, 1 or 0).
                if not revenue > energy[i]:
                    revenue *= 0.0
                at_risk_lane += weight * revenue
            margin_sum += margin_lane
            at_risk_sum += at_risk_lane
        sums[0, i] = margin_sum
        sums[1, i] = at_risk_sum


@numba.njit(cache=True, nogil=True)
def _add_flows_in_lanes(
    path: np.ndarray,
    sites: np.ndarray,
    revenue_now: np.ndarray,
    energy: np.ndarray,
    opex_usd_per_mw_year: float,
    floor: float,
    weights: np.ndarray,
    sums: np.ndarray,
) -> None:
    """:func:`_add_flows` of a group of ``sites`` on one path, with steps in the lanes of
    the row sums (:func:`_row_sum_lanes`): ``path`` ``(2, rows)``, ``weights``
    ``(2, rows, len(sites))``; ``revenue_now``, ``energy`` and ``sums`` (``(2, all
    sites)``, the group's columns written) are in the sites' own order.

    Each lane's rows are added in order, site by site, and the two lanes then: the sums
    of :func:`_add_flows`, bit for bit (a product, then a sum, each rounded: no fused
    multiply-add).  Compiled (Numba): one pass over the group's steps, with no
    temporaries, where numpy would make six.
    """
    n_lanes, n_rows, n_sites = weights.shape
    # The group's sites' revenue, energy and cash cost, gathered once.
    revenue_of = np.empty(n_sites)
    energy_of = np.empty(n_sites)
    cash_cost_of = np.empty(n_sites)
    for i in range(n_sites):
        revenue_of[i] = revenue_now[sites[i]]
        energy_of[i] = energy[sites[i]]
        cash_cost_of[i] = energy_of[i] + opex_usd_per_mw_year
    lanes = np.zeros((2, n_lanes, n_sites))
    for lane in range(n_lanes):
        for row in range(n_rows):
            step_path = path[lane, row]
            for i in range(n_sites):
                revenue = step_path * revenue_of[i]
                margin = revenue - cash_cost_of[i]
                if margin < floor:
                    margin = floor
                weight = weights[lane, row, i]
                lanes[0, lane, i] += weight * margin
                # Revenue at risk only while the fleet runs (times the running mask, 1 or 0).
                if not revenue > energy_of[i]:
                    revenue *= 0.0
                lanes[1, lane, i] += weight * revenue
    for i in range(n_sites):
        sums[0, sites[i]] = lanes[0, 0, i] + lanes[0, 1, i]
        sums[1, sites[i]] = lanes[1, 0, i] + lanes[1, 1, i]


@dataclass(frozen=True, slots=True)
class ContractTerms:
    """Terms of an AI contract on a miner's site (lease of powered shell, or AI cloud hosting).

    A contract's revenue ``rho + premium`` (USD per kW IT-month; ``rho`` the rent of a lease
    or the compute price of AI cloud hosting) is earned from the end of the build
    (``lead_time_years``) for ``term_years``; the landlord keeps ``noi_margin`` of it.  The
    fit-out (``capex_usd_per_kw_it``) is paid at signing; the GPUs of an AI cloud host
    (``gpu_capex_usd_per_kw_it``) at delivery, when the hall is energised.  A tenant's
    prepayment (``prepayment_share`` of the contract's revenue) arrives at signing and is
    netted against the revenue pro rata over the term.  At the end of the term the GPUs are
    worth ``gpu_residual_share`` of their cost and the site is a powered shell worth
    ``terminal_multiple`` years of shell NOI at ``terminal_rent_usd_per_kw_month`` (the
    contract rent itself when None: a lease renews on its own rent); with
    ``terminal_lease_years`` the site is first let as powered shell for that many years at
    that rent (an AI cloud host's hall after its contract), then worth the multiple.

    Attributes:
        it_share: MW of critical IT per MW gross.
        noi_margin: Net operating income per dollar of contract revenue.
        term_years: Contract term.
        lead_time_years: Build time before revenue starts.
        capex_usd_per_kw_it: Fit-out capex the miner spends at signing, USD per kW IT.
        revenue_premium_usd_per_kw_month: Revenue on top of ``rho`` (a landlord-built hall's
            fit-out premium; 0 for a tenant-funded lease and for AI cloud hosting).
        terminal_multiple: Years of powered-shell NOI the site is worth after the term.
        lease_noi_margin: NOI margin of the powered shell the site reverts to after the term.
        gpu_capex_usd_per_kw_it: GPUs bought at delivery, USD per kW IT (0 for leases).
        prepayment_share: Share of the contract revenue the tenant prepays at signing.
        gpu_residual_share: GPUs' value at the end of the term over their cost.
        terminal_rent_usd_per_kw_month: Shell rent after the term (None: the contract's own).
        terminal_lease_years: Years the site is let as powered shell after the term before
            the terminal multiple applies (0: the multiple applies at the end of the term).
    """

    it_share: float
    noi_margin: float
    term_years: float
    lead_time_years: float
    capex_usd_per_kw_it: float
    revenue_premium_usd_per_kw_month: float
    terminal_multiple: float
    lease_noi_margin: float
    gpu_capex_usd_per_kw_it: float = 0.0
    prepayment_share: float = 0.0
    gpu_residual_share: float = 0.0
    terminal_rent_usd_per_kw_month: float | None = None
    terminal_lease_years: float = 0.0

    @property
    def _kw_month_to_mw_year(self) -> float:
        return 1000.0 * self.it_share * MONTHS_PER_YEAR

    def _terminal_years_of_noi(
        self, discount_rate_annual: np.ndarray, years_to_end: np.ndarray | float
    ) -> np.ndarray:
        """Present value at now of the years of shell NOI the site earns after the term
        ending ``years_to_end`` from now: a shell lease of ``terminal_lease_years``, then
        ``terminal_multiple`` years."""
        lease_end = np.asarray(years_to_end) + self.terminal_lease_years
        years = self.terminal_multiple * discount_factor(discount_rate_annual, lease_end)
        if np.any(self.terminal_lease_years):  # scalar terms, or per contract (ContractTable)
            years = years + deferred_annuity_factor(discount_rate_annual, years_to_end, lease_end)
        return years

    def capex_usd_per_mw(self) -> float:
        """Capex per MW of gross site capacity, fit-out and GPUs, USD."""
        return (self.capex_usd_per_kw_it + self.gpu_capex_usd_per_kw_it) * 1000.0 * self.it_share

    def gpu_capex_usd_per_mw(self) -> float:
        """GPU capex per MW gross, paid at delivery, USD."""
        return self.gpu_capex_usd_per_kw_it * 1000.0 * self.it_share

    def prepayment_usd_per_mw(
        self, rent_usd_per_kw_month: np.ndarray | float
    ) -> np.ndarray | float:
        """Prepayment the tenant makes at signing per MW gross, USD."""
        if not isinstance(rent_usd_per_kw_month, float):  # a float needs no array
            rent_usd_per_kw_month = np.asarray(rent_usd_per_kw_month)
        revenue = rent_usd_per_kw_month + self.revenue_premium_usd_per_kw_month
        return self.prepayment_share * revenue * self._kw_month_to_mw_year * self.term_years

    def gpu_value_per_usd(self, discount_rate_annual: np.ndarray) -> np.ndarray:
        """Present value now of each USD of GPUs a contract signed now buys: their residual
        value at the end of the term less their cost at delivery (negative)."""
        start, end = self.lead_time_years, self.lead_time_years + self.term_years
        return self.gpu_residual_share * discount_factor(
            discount_rate_annual, end
        ) - discount_factor(discount_rate_annual, start)

    def rent_coefficients(self, discount_rate_annual: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(a, b)`` such that the contract's value per MW gross is ``a * rent + b``.

        ``a`` is the present value of 1 USD/kW-month of revenue (NOI over the term, with the
        prepaid share received at signing) and, for a lease, in the terminal value; ``b``
        holds the premium's value, the shell's terminal value at a fixed rent, the GPUs'
        residual value less their cost at delivery, and the fit-out.
        """
        unit = self._kw_month_to_mw_year
        start, end = self.lead_time_years, self.lead_time_years + self.term_years
        during = deferred_annuity_factor(discount_rate_annual, start, end)
        # Revenue's NOI, plus the gain of receiving the prepaid share at signing instead of
        # pro rata over the term: m A + p (T - A).
        per_revenue = unit * (
            self.noi_margin * during + self.prepayment_share * (self.term_years - during)
        )
        terminal_per_rent = (
            self._terminal_years_of_noi(discount_rate_annual, end) * self.lease_noi_margin * unit
        )
        if self.terminal_rent_usd_per_kw_month is None:
            a = per_revenue + terminal_per_rent
            terminal = 0.0
        else:
            a = per_revenue
            terminal = terminal_per_rent * self.terminal_rent_usd_per_kw_month
        b = (
            per_revenue * self.revenue_premium_usd_per_kw_month
            + terminal
            + self.gpu_capex_usd_per_mw() * self.gpu_value_per_usd(discount_rate_annual)
            - self.capex_usd_per_kw_it * 1000.0 * self.it_share
        )
        return a, b

    def value_in_force_usd_per_mw(
        self,
        rent_usd_per_kw_month: np.ndarray,
        discount_rate_annual: np.ndarray,
        years_to_start: np.ndarray,
        years_to_end: np.ndarray,
    ) -> np.ndarray:
        """Value per MW gross of a signed contract, USD: revenue to its end, then the site.

        Revenue (rent plus premium) times the NOI margin is earned from ``years_to_start``
        (0 once serving) to ``years_to_end``; GPUs not yet delivered are still to pay; after
        the term the GPUs keep their residual value and the site is worth
        ``terminal_multiple`` years of powered-shell NOI.  The fit-out is sunk; prepaid
        revenue is counted as if earned (its cash arrived at signing).
        """
        unit = self._kw_month_to_mw_year
        revenue = rent_usd_per_kw_month + self.revenue_premium_usd_per_kw_month
        during = deferred_annuity_factor(
            discount_rate_annual, years_to_start, np.maximum(years_to_end, years_to_start)
        )
        at_end = discount_factor(discount_rate_annual, years_to_end)
        terminal_rent = self.terminal_rent_usd_per_kw_month
        if terminal_rent is None:
            shell_rent = rent_usd_per_kw_month
        elif np.ndim(terminal_rent):  # terms per site (ContractTable.at): NaN is None
            shell_rent = np.where(np.isnan(terminal_rent), rent_usd_per_kw_month, terminal_rent)
        else:
            shell_rent = terminal_rent
        value = unit * (
            revenue * self.noi_margin * during
            + self._terminal_years_of_noi(discount_rate_annual, years_to_end)
            * shell_rent
            * self.lease_noi_margin
        )
        if np.any(self.gpu_capex_usd_per_kw_it):
            to_pay = np.where(
                np.asarray(years_to_start) > 0,
                discount_factor(discount_rate_annual, years_to_start),
                0.0,
            )
            value = value + self.gpu_capex_usd_per_mw() * (
                self.gpu_residual_share * at_end - to_pay
            )
        return value

    def value_usd_per_mw(
        self, rent_usd_per_kw_month: np.ndarray | float, discount_rate_annual: np.ndarray
    ) -> np.ndarray:
        """Present value of the contract per MW gross at a rent, USD (capex deducted)."""
        a, b = self.rent_coefficients(discount_rate_annual)
        return a * np.asarray(rent_usd_per_kw_month) + b

    def reservation_rent(
        self, required_value_usd_per_mw: np.ndarray, discount_rate_annual: np.ndarray
    ) -> np.ndarray:
        """Lowest rent (>= 0) worth ``required_value`` per MW to the miner, USD/kW-month."""
        a, b = self.rent_coefficients(discount_rate_annual)
        return np.maximum((np.asarray(required_value_usd_per_mw) - b) / a, 0.0)

    def powered_shell_value_usd_per_w(
        self, rent_usd_per_kw_month: float, discount_rate_annual: float
    ) -> float:
        """What the signed powered shell is worth per W of gross site, USD: the contract's
        value before the capex (what a buyer of the finished, leased site pays)."""
        value = self.value_usd_per_mw(rent_usd_per_kw_month, np.asarray(discount_rate_annual))
        return float(value + self.capex_usd_per_mw()) / 1e6


class ContractTable:
    """The terms of several contract kinds side by side, to value many contracts at once.

    Each field of :class:`ContractTerms` becomes an array with one element per kind code
    (NaN for codes without terms, and for a terminal rent of None); :meth:`at` gives terms
    with one element per contract, which :class:`ContractTerms`' methods take as they take
    scalars.
    """

    def __init__(self, terms_by_kind: dict[int, ContractTerms]) -> None:
        """Tabulate ``terms_by_kind`` (kind code -> terms)."""
        n_codes = max(terms_by_kind) + 1
        self._names = tuple(field.name for field in fields(ContractTerms))
        # One row per field, one column per kind code: one gather picks every field.
        self._table = np.full((len(self._names), n_codes), np.nan)
        for row, name in enumerate(self._names):
            for code, terms in terms_by_kind.items():
                value = getattr(terms, name)
                self._table[row, code] = np.nan if value is None else value

    def at(self, codes: np.ndarray) -> ContractTerms:
        """Terms of contracts of kinds ``codes``: one element per contract in every field."""
        picked = self._table[:, codes]
        return ContractTerms(**dict(zip(self._names, picked, strict=True)))


def gpu_residual_share(term_years: float, useful_life_years: float) -> float:
    """Book value of GPUs after ``term_years`` of straight-line depreciation over their life."""
    return max(1.0 - term_years / useful_life_years, 0.0)


def price_of_the_day(
    value_at_start: float, decline_annual: float, years_since_start: float
) -> float:
    """A price falling at ``decline_annual`` a year (log-rate; negative: rising) from its
    value at the run's start: the compute price per kW IT-month of a new AI cloud contract,
    the price per kW IT of new GPU systems."""
    return value_at_start * float(np.exp(-decline_annual * years_since_start))


def horizon_comparison(
    discount_rate_annual: np.ndarray, horizon_years: np.ndarray, lead_time_years: float
) -> tuple[np.ndarray, np.ndarray]:
    """Factors that put mining and an AI contract on one horizon, per site.

    Returns:
        ``(later, during_build)``: the discount factor ``exp(-r H)`` at the miner's horizon
        ``H``, by which the site's best continuing use after mining is counted in staying's
        value; and the share ``A(r, min(L, H)) / A(r, H)`` of mining's value earned during a
        contract's build (the tranche keeps mining until the AI load is energised).
    """
    rate = np.asarray(discount_rate_annual, dtype=float)
    horizon = np.asarray(horizon_years, dtype=float)
    later = discount_factor(rate, horizon)
    during_build = annuity_factor(rate, np.minimum(lead_time_years, horizon)) / np.maximum(
        annuity_factor(rate, horizon), 1e-12
    )
    return later, during_build
