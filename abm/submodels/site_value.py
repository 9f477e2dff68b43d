"""Enterprise value of every site under its current path (ODD section 7.10).

A mining or idle site is worth the better of mining's present value and holding it idle;
a site under contract is worth its contract in force
(:meth:`ContractTerms.value_in_force_usd_per_mw`);
acquired and exited sites are worth nothing to their former miner.  Debt capacity and the
equity a listed miner can raise are shares of this value.
"""

from __future__ import annotations

import numpy as np

from abm.economics.valuation import ContractTerms
from abm.fleet import ContractKind, MinerFleet, MinerStatus


def update_site_values(
    fleet: MinerFleet,
    mining_value_usd_per_mw: np.ndarray,
    idle_value_usd_per_mw: np.ndarray,
    terms_by_kind: dict[int, ContractTerms],
    landlord_built_rate: np.ndarray,
    tick: int,
    tick_years: float,
    terms_table: ContractTerms | None = None,
) -> None:
    """Step 12: set ``fleet.value_usd_per_w`` (landlord-built halls at their project rate).

    ``terms_table`` may pass :func:`contract_terms_table` of ``terms_by_kind`` precomputed.
    """
    value_per_mw = np.maximum(mining_value_usd_per_mw, idle_value_usd_per_mw)
    contracted = fleet.in_status(MinerStatus.CONVERTING, MinerStatus.LEASED, MinerStatus.HPC)
    if contracted.any():
        kind = fleet.contract[contracted]
        rate = np.where(
            kind == ContractKind.LANDLORD_BUILT,
            landlord_built_rate[contracted],
            fleet.discount_rate[contracted],
        )
        to_start = np.maximum(fleet.ready_tick[contracted] - tick, 0) * tick_years
        to_end = np.maximum(fleet.contract_end_tick[contracted] - tick, 0) * tick_years
        rent = fleet.rent_usd_per_kw_month[contracted]
        if np.abs(rate).min() >= 1e-9:
            # Every contract in one call: terms whose fields hold each site's contract's
            # terms (the same arithmetic, element by element, as one call per kind).
            if terms_table is None:
                terms_table = contract_terms_table(terms_by_kind)
            value = _terms_of_sites(terms_table, kind).value_in_force_usd_per_mw(
                rent, rate, to_start, to_end
            )
        else:
            # A rate near zero takes another formula for the whole call: one call per kind.
            value = np.zeros(rent.size)
            for code in np.unique(kind).tolist():
                of_kind = kind == code
                value[of_kind] = terms_by_kind[code].value_in_force_usd_per_mw(
                    rent[of_kind], rate[of_kind], to_start[of_kind], to_end[of_kind]
                )
        value_per_mw[contracted] = value
    value_per_mw[fleet.in_status(MinerStatus.ACQUIRED, MinerStatus.EXITED)] = 0.0
    fleet.value_usd_per_w = value_per_mw / 1e6


def contract_terms_table(terms_by_kind: dict[int, ContractTerms]) -> ContractTerms:
    """Contract terms whose fields are arrays over :class:`ContractKind` codes.

    Kinds without terms (``NONE``) hold zeros; index a field by sites' ``fleet.contract``
    for each site's terms.
    """
    size = max(terms_by_kind) + 1
    table = {name: np.zeros(size) for name in ContractTerms.__slots__}
    for kind, terms in terms_by_kind.items():
        for name, column in table.items():
            column[kind] = getattr(terms, name)
    return ContractTerms(**table)


def _terms_of_sites(table: ContractTerms, kind: np.ndarray) -> ContractTerms:
    """Each site's contract terms (fields are arrays over the sites), by its ``kind``."""
    return ContractTerms(**{name: getattr(table, name)[kind] for name in ContractTerms.__slots__})


def equity_capacity_usd(fleet: MinerFleet, public_equity_raise_share_of_value: float) -> np.ndarray:
    """New equity each site's firm can raise for a project: listed miners only, USD."""
    value = np.maximum(fleet.value_usd_per_w, 0.0) * fleet.mw * 1e6
    return np.where(fleet.is_public, public_equity_raise_share_of_value * value, 0.0)
