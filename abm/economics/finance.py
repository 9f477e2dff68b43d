"""Discounting and valuation, as pure vectorised functions.

Cash flows are annual-equivalent and discounted continuously-compounded per period; all
functions accept numpy arrays (one element per miner) and broadcast.
"""

from __future__ import annotations

import numpy as np

HOURS_PER_YEAR = 8760.0
MONTHS_PER_YEAR = 12.0


def annuity_factor(
    discount_rate_annual: np.ndarray | float, years: np.ndarray | float
) -> np.ndarray:
    """Present value of 1 USD a year paid continuously for ``years`` years.

    ``(1 - exp(-r * T)) / r`` with continuous discounting at rate ``r`` (the limit ``T``
    when ``r -> 0``).

    Args:
        discount_rate_annual: Annual discount rate (e.g. 0.10).
        years: Length of the stream, years (>= 0).
    """
    r = np.asarray(discount_rate_annual, dtype=float)
    t = np.maximum(np.asarray(years, dtype=float), 0.0)
    near_zero = np.abs(r) < 1e-9
    if not near_zero.any():
        return -np.expm1(-r * t) / r
    safe_r = np.where(near_zero, 1.0, r)
    return np.where(near_zero, t, -np.expm1(-safe_r * t) / safe_r)


def discount_factor(
    discount_rate_annual: np.ndarray | float, years: np.ndarray | float
) -> np.ndarray:
    """Present value of 1 USD paid after ``years`` years: ``exp(-r * T)``."""
    return np.exp(-np.asarray(discount_rate_annual, dtype=float) * np.asarray(years, dtype=float))


def deferred_annuity_factor(
    discount_rate_annual: np.ndarray | float,
    start_years: np.ndarray | float,
    end_years: np.ndarray | float,
) -> np.ndarray:
    """Present value of 1 USD a year paid continuously from ``start`` to ``end`` years."""
    r = np.asarray(discount_rate_annual, dtype=float)
    start = np.maximum(np.asarray(start_years, dtype=float), 0.0)
    end = np.maximum(np.asarray(end_years, dtype=float), start)
    if np.abs(r).min(initial=np.inf) >= 1e-9:
        return (np.exp(-r * start) - np.exp(-r * end)) / r
    return annuity_factor(r, end) - annuity_factor(r, start)


def lease_rent_usd_per_mw_year(
    lease_price_usd_per_kw_month: np.ndarray | float, it_share: float
) -> np.ndarray:
    """Annual rent from one MW of gross site capacity leased as powered shell, USD/MW-year.

    Rent is quoted per kW of critical IT load per month; a site of 1 MW gross delivers
    ``it_share`` MW of critical IT (the rest feeds cooling and ancillaries).
    """
    return np.asarray(lease_price_usd_per_kw_month) * 1000.0 * it_share * MONTHS_PER_YEAR


def powered_shell_value_usd_per_w(
    lease_price_usd_per_kw_month: float,
    it_share: float,
    noi_margin: float,
    term_years: float,
    discount_rate_annual: float,
    lead_time_years: float,
    capex_usd_per_w: float,
    terminal_multiple_of_annual_noi: float,
) -> float:
    """Equity value created by turning 1 W of gross mining capacity into a leased powered shell.

    A discounted cash flow of the contracted rent: net operating income
    ``rent * noi_margin`` received from the end of the retrofit (``lead_time_years``) for
    ``term_years``, plus a terminal value of ``terminal_multiple_of_annual_noi`` years of NOI
    at the end of the term, less the retrofit capex paid up front.  Per watt of gross site
    capacity, USD.

    Returns:
        USD per W of gross site capacity.
    """
    noi_usd_per_w_year = (
        float(lease_rent_usd_per_mw_year(lease_price_usd_per_kw_month, it_share)) * noi_margin / 1e6
    )
    end = lead_time_years + term_years
    contracted = noi_usd_per_w_year * float(
        deferred_annuity_factor(discount_rate_annual, lead_time_years, end)
    )
    terminal = (
        noi_usd_per_w_year
        * terminal_multiple_of_annual_noi
        * float(discount_factor(discount_rate_annual, end))
    )
    return contracted + terminal - capex_usd_per_w
