"""Grid economics: scarcity pricing, curtailment, capacity charges and the queue's order.

Pure functions; the grid submodel (:mod:`abm.submodels.grid`) wires them to the operators'
state.
"""

from __future__ import annotations

from enum import StrEnum

import numpy as np


class GridPolicy(StrEnum):
    """How a grid operator orders approved requests for deliverable large-load capacity.

    Attributes:
        FIRST_COME: By filing date (FERC Order 2023-style serial queue).
        HIGHEST_BID: By what the load pays for the capacity (its rent-equivalent, USD per
            kW-month), highest first: a premium buys queue position.
        AI_PRIORITY: AI loads first (state fast-track: studies shortened), then by filing
            date; flexible mining load is curtailed first in scarcity.
        FLEXIBLE_FIRST: Curtailable (flexible) loads first, with shortened studies, then by
            filing date (in the spirit of ERCOT's controllable-load treatment and SPP's
            curtailable High Impact Large Load path).
    """

    FIRST_COME = "first_come"
    HIGHEST_BID = "highest_bid"
    AI_PRIORITY = "ai_priority"
    FLEXIBLE_FIRST = "flexible_first"


def scarcity_power_price_usd_per_mwh(
    base_price_usd_per_mwh: float | np.ndarray,
    utilisation: float | np.ndarray,
    scarcity_adder_usd_per_mwh: float,
    scarcity_exponent: float,
    threshold: float = 0.0,
) -> float | np.ndarray:
    """Energy price that rises as load approaches capacity, USD/MWh.

    ``price = base + adder * tau**k`` with tightness ``tau = clip((u - threshold) / (1 -
    threshold), 0, 1)`` and ``u`` a utilisation of capacity.  A convex adder stands in for the
    scarcity pricing of an energy-only market (ERCOT's operating reserve demand curve).  The
    grid submodel passes the region's peak load left after flexible load is curtailed over its
    firm capacity with its planning reserve margin, the threshold where that margin starts: so
    prices spike only when firm load alone eats the reserve margin.
    """
    u = np.minimum(np.maximum(utilisation, 0.0), 1.0)
    tightness = np.maximum(u - threshold, 0.0) / max(1.0 - threshold, 1e-9)
    return base_price_usd_per_mwh + scarcity_adder_usd_per_mwh * tightness**scarcity_exponent


def load_above_mw(
    peak_load_mw: float | np.ndarray,
    level_mw: float | np.ndarray,
    load_duration_depth: float,
    load_duration_exponent: float,
) -> float | np.ndarray:
    """Mean load above ``level_mw`` over a tick whose load peaks at ``peak_load_mw``, MW.

    Within a tick the share of hours whose load is above ``(1 - a)`` times the tick's peak
    is ``h(a) = min((a / d) ** beta, 1)``: the top of a load-duration curve, with depth ``d``
    (the tick's lowest load is ``(1 - d)`` of its peak) and exponent ``beta`` (how few hours
    lie near the peak).  The mean excess is ``P * H(1 - level / P)`` with
    ``H(a) = d / (beta + 1) * (min(a, d) / d) ** (beta + 1) + max(a - d, 0)``.
    """
    peak = np.maximum(np.asarray(peak_load_mw, dtype=float), 1e-9)
    a = np.maximum(1.0 - np.asarray(level_mw) / peak, 0.0)
    d, beta = load_duration_depth, load_duration_exponent
    top = d / (beta + 1.0) * (np.minimum(a, d) / d) ** (beta + 1.0)
    return peak * (top + np.maximum(a - d, 0.0))


def peak_curtailment_share(
    peak_load_mw: float | np.ndarray,
    flexible_load_mw: float | np.ndarray,
    threshold_mw: float | np.ndarray,
    load_duration_depth: float,
    load_duration_exponent: float,
) -> float | np.ndarray:
    """Share of the flexible load's energy this tick that is curtailed at system peak.

    In every hour in which the region's system load would exceed ``threshold_mw`` the
    operator sheds flexible load, at most all of it, to hold load at the threshold.  With
    ``E(x)`` the mean load above ``x`` (:func:`load_above_mw`), the flexible load ``F`` sheds
    ``E(T) - E(T + F)`` on average: ``c = (E(T) - E(T + F)) / F``.  Load added to the region
    raises the tick's peak ``P``, so more hours lie above ``T`` and more is curtailed.

    Args:
        peak_load_mw: The region's system load at its peak hour this tick, flexible load
            running in full, MW.
        flexible_load_mw: The flexible (curtailable) part of it, MW.
        threshold_mw: Load above which the operator curtails flexible load, MW.
        load_duration_depth: Depth ``d`` of the tick's load-duration curve.
        load_duration_exponent: Exponent ``beta`` of the tick's load-duration curve.
    """
    flexible = np.asarray(flexible_load_mw, dtype=float)
    threshold = np.asarray(threshold_mw, dtype=float)
    # E(T) and E(T + F) in one pass: the two levels stacked on a leading axis.
    upper = threshold + flexible
    if np.ndim(peak_load_mw) > upper.ndim:
        upper = np.broadcast_to(upper, np.shape(peak_load_mw))
    levels = np.empty((2, *upper.shape))
    levels[0] = threshold
    levels[1] = upper
    above_threshold, above_threshold_and_flexible = load_above_mw(
        peak_load_mw, levels, load_duration_depth, load_duration_exponent
    )
    shed = above_threshold - above_threshold_and_flexible
    share = np.where(flexible > 0, shed / np.maximum(flexible, 1e-9), 0.0)
    return np.minimum(np.maximum(share, 0.0), 1.0)


def peak_curtailment_shares(
    peak_load_mw: list[float],
    flexible_load_mw: list[float],
    threshold_mw: list[float],
    load_duration_depth: float,
    load_duration_exponent: float,
) -> list[float]:
    """:func:`peak_curtailment_share` of a few regions given as lists, computed in Python floats.

    The same equation, operation for operation (so the same floats), for the handful of
    regions a tick has, where numpy's cost per call would outweigh the arithmetic; only
    the power runs in numpy, on every region's two levels at once.
    """
    d, beta = load_duration_depth, load_duration_exponent
    scale = d / (beta + 1.0)
    peaks: list[float] = []
    excess: list[float] = []  # a - d clipped at 0, for E(T) and E(T + F) of each region
    bases: list[float] = []  # min(a, d) / d, the base of the power
    for peak_load, flexible, threshold in zip(
        peak_load_mw, flexible_load_mw, threshold_mw, strict=True
    ):
        peak = max(peak_load, 1e-9)
        peaks.append(peak)
        if threshold >= peak:
            # Both levels at or above the peak: no hour above them (a = 0), nothing shed.
            bases += (0.0, 0.0)
            excess += (0.0, 0.0)
            continue
        for level in (threshold, threshold + flexible):
            a = max(1.0 - level / peak, 0.0)
            bases.append(min(a, d) / d)
            excess.append(max(a - d, 0.0))
    powers = _powers(bases, beta + 1.0)
    shares = []
    for r, (peak, flexible, threshold) in enumerate(
        zip(peaks, flexible_load_mw, threshold_mw, strict=True)
    ):
        if threshold >= peak:
            shares.append(0.0)
            continue
        above_threshold = peak * (scale * powers[2 * r] + excess[2 * r])
        above_threshold_and_flexible = peak * (scale * powers[2 * r + 1] + excess[2 * r + 1])
        share = (
            (above_threshold - above_threshold_and_flexible) / max(flexible, 1e-9)
            if flexible > 0
            else 0.0
        )
        shares.append(min(max(share, 0.0), 1.0))
    return shares


_ZERO_AND_ONE = {0.0, 1.0}


def _powers(bases: list[float], exponent: float) -> list[float]:
    """Each of ``bases`` (in [0, 1]) to the power ``exponent``, as numpy's power gives it.

    Bases of 0 and 1 are their own powers for a positive exponent: with none other (no
    region in scarcity or near its curtailment threshold) numpy is not called.
    """
    if exponent > 0 and set(bases) <= _ZERO_AND_ONE:
        return bases
    return (np.array(bases) ** exponent).tolist()


def scarcity_adders_usd_per_mwh(
    utilisation: list[float],
    scarcity_adder_usd_per_mwh: float,
    scarcity_exponent: float,
    threshold: float = 0.0,
) -> list[float]:
    """The adder of :func:`scarcity_power_price_usd_per_mwh` (base 0) of a few regions given
    as a list, in Python floats but for the power (the same floats)."""
    span = max(1.0 - threshold, 1e-9)
    tightness = [max(min(max(u, 0.0), 1.0) - threshold, 0.0) / span for u in utilisation]
    powers = _powers(tightness, scarcity_exponent)
    return [0.0 + scarcity_adder_usd_per_mwh * p for p in powers]


def system_peak_factor(
    day_of_year: float, amplitude: float, peak_day_of_year: float = 200.0
) -> float:
    """A region's peak load this tick over its annual peak.

    :func:`seasonal_load_factor` scaled to peak at 1 (mid-July), ``(1 - A) / (1 + A)`` in
    mid-January.
    """
    return seasonal_load_factor(day_of_year, amplitude, peak_day_of_year) / (1.0 + amplitude)


def seasonal_load_factor(
    day_of_year: float, amplitude: float, peak_day_of_year: float = 200.0
) -> float:
    """Multiplier on large-load utilisation over the year, peaking in summer (~19 July)."""
    return 1.0 + amplitude * float(np.cos(2.0 * np.pi * (day_of_year - peak_day_of_year) / 365.25))


def capacity_cost_usd_per_mwh(
    capacity_price_usd_per_mw_day: float | np.ndarray,
    reference_price_usd_per_mw_day: float,
    peak_load_share: float | np.ndarray,
) -> float | np.ndarray:
    """Capacity charge passed into the energy price of a load, USD/MWh.

    A load pays the capacity price on its peak-load contribution: ``(P - P_ref) / 24 * s``
    with ``s`` its draw at system peak per MW of load (1 for firm load; a mine that curtails
    at peak pays on less).  ``P_ref`` is the price already in contracts signed before the
    start, so only the rise since is passed through.
    """
    rise = np.maximum(np.asarray(capacity_price_usd_per_mw_day) - reference_price_usd_per_mw_day, 0)
    return rise / 24.0 * np.asarray(peak_load_share)


def deliverable_mw(
    start_pool_mw: float, mw_per_year: float | np.ndarray, years: float
) -> float | np.ndarray:
    """Large-load capacity deliverable to new loads within ``years`` of the start, MW."""
    return start_pool_mw + np.asarray(mw_per_year) * max(years, 0.0)


def power_gap_mw(demand_mw: float, deliverable_mw: float, under_construction_mw: float) -> float:
    """Demand not met by deliverable grid capacity and projects under construction, MW.

    Morgan Stanley's arithmetic: 65 GW of new demand by 2028 less ~15 GW of near-term grid
    access less ~6 GW under construction leaves a ~45 GW shortfall.
    """
    return max(demand_mw - deliverable_mw - under_construction_mw, 0.0)


def queue_priority_order(
    policy: GridPolicy | str,
    filed_tick: np.ndarray,
    bid_usd_per_kw_month: np.ndarray,
    is_ai_load: np.ndarray,
    is_flexible: np.ndarray | None = None,
) -> np.ndarray:
    """Order in which approved requests are energised (indices, first served first).

    Ties keep filing order, so every policy is deterministic.

    Args:
        policy: Allocation policy.
        filed_tick: Tick at which each request was filed.
        bid_usd_per_kw_month: What the load pays for the capacity.
        is_ai_load: Whether each request is for AI load.
        is_flexible: Whether each request is for curtailable load (default: not AI).
    """
    policy = GridPolicy(policy)
    filed = np.asarray(filed_tick)
    if policy is GridPolicy.FIRST_COME:
        return np.lexsort((np.arange(filed.size), filed))
    if policy is GridPolicy.HIGHEST_BID:
        return np.lexsort((filed, -np.asarray(bid_usd_per_kw_month)))
    if policy is GridPolicy.AI_PRIORITY:
        return np.lexsort((filed, ~np.asarray(is_ai_load, dtype=bool)))
    flexible = ~np.asarray(is_ai_load, dtype=bool) if is_flexible is None else is_flexible
    return np.lexsort((filed, ~np.asarray(flexible, dtype=bool)))
