"""Grid economics: scarcity pricing, curtailment and the order of the interconnection queue.

Pure functions; the GridOperator agent wires them to its state.
"""

from __future__ import annotations

from enum import StrEnum

import numpy as np


class GridPolicy(StrEnum):
    """How a grid operator orders ready interconnection requests for firm capacity.

    Attributes:
        FIRST_COME: By filing date (FERC Order 2023-style serial queue).
        HIGHEST_BID: By the rent the load will pay for the capacity, highest first.
        AI_PRIORITY: AI loads first (fast-tracked studies), then by filing date; flexible
            mining load is curtailed first in scarcity.
    """

    FIRST_COME = "first_come"
    HIGHEST_BID = "highest_bid"
    AI_PRIORITY = "ai_priority"


def scarcity_power_price_usd_per_mwh(
    base_price_usd_per_mwh: float | np.ndarray,
    utilisation: float | np.ndarray,
    scarcity_adder_usd_per_mwh: float,
    scarcity_exponent: float,
) -> float | np.ndarray:
    """Energy price that rises as load approaches capacity, USD/MWh.

    ``price = base + adder * u**k`` with ``u`` the utilisation of the region's large-load
    capacity (0..1, clipped).  A convex adder stands in for the scarcity pricing of an
    energy-only market (ERCOT's operating reserve demand curve) or rising capacity prices
    (PJM's capacity auction) as the system tightens.
    """
    u = np.minimum(np.maximum(utilisation, 0.0), 1.0)
    return base_price_usd_per_mwh + scarcity_adder_usd_per_mwh * u**scarcity_exponent


def curtailment_fraction(
    utilisation: float | np.ndarray,
    curtailment_threshold: float,
) -> float | np.ndarray:
    """Share of flexible load the operator curtails at a given utilisation.

    Zero up to ``curtailment_threshold``, then rising linearly to 1 at full utilisation.
    """
    u = np.minimum(np.maximum(utilisation, 0.0), 1.0)
    share = (u - curtailment_threshold) / max(1.0 - curtailment_threshold, 1e-9)
    return np.minimum(np.maximum(share, 0.0), 1.0)


def seasonal_load_factor(
    day_of_year: float, amplitude: float, peak_day_of_year: float = 200.0
) -> float:
    """Multiplier on large-load utilisation over the year, peaking in summer (~19 July)."""
    return 1.0 + amplitude * float(np.cos(2.0 * np.pi * (day_of_year - peak_day_of_year) / 365.25))


def queue_priority_order(
    policy: GridPolicy | str,
    filed_tick: np.ndarray,
    bid_usd_per_kw_month: np.ndarray,
    is_ai_load: np.ndarray,
) -> np.ndarray:
    """Order in which ready interconnection requests are served (indices, first served first).

    Ties keep filing order, so every policy is deterministic.

    Args:
        policy: Allocation policy.
        filed_tick: Tick at which each request was filed.
        bid_usd_per_kw_month: Rent the load offers for the capacity.
        is_ai_load: Whether each request is for AI load.
    """
    policy = GridPolicy(policy)
    filed = np.asarray(filed_tick)
    if policy is GridPolicy.FIRST_COME:
        return np.lexsort((np.arange(filed.size), filed))
    if policy is GridPolicy.HIGHEST_BID:
        return np.lexsort((filed, -np.asarray(bid_usd_per_kw_month)))
    return np.lexsort((filed, ~np.asarray(is_ai_load, dtype=bool)))
