"""Enterprise value of every site under its current path (ODD section 7.10).

A mining or idle site is worth the better of mining's present value and holding it idle;
a site under contract is worth its contract in force
(:meth:`ContractTerms.value_in_force_usd_per_mw`);
acquired and exited sites are worth nothing to their former miner.  Debt capacity and the
equity a listed miner can raise are shares of this value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from abm.economics.valuation import ContractTable
from abm.fleet import MinerFleet, MinerStatus


def update_site_values(
    fleet: MinerFleet,
    mining_value_usd_per_mw: np.ndarray,
    idle_value_usd_per_mw: np.ndarray,
    contract_table: ContractTable,
    contract_rate_annual: Callable[[np.ndarray], np.ndarray],
    tick: int,
    tick_years: float,
) -> None:
    """Step 12: set ``fleet.value_usd_per_w``; contracts (terms of each kind in
    ``contract_table``) are valued at
    ``contract_rate_annual(sites)`` (per site: a landlord-built hall at its tenant's project
    rate, a conversion with its risk premium)."""
    value_per_mw = np.maximum(mining_value_usd_per_mw, idle_value_usd_per_mw)
    contracted = fleet.in_status(
        MinerStatus.CONVERTING, MinerStatus.LEASED, MinerStatus.HPC
    ).nonzero()[0]
    if contracted.size:
        kind = fleet.contract[contracted]
        rate = contract_rate_annual(contracted)
        to_start = np.maximum(fleet.ready_tick[contracted] - tick, 0) * tick_years
        to_end = np.maximum(fleet.contract_end_tick[contracted] - tick, 0) * tick_years
        rent = fleet.rent_usd_per_kw_month[contracted]
        terms = contract_table.at(kind)
        # An AI cloud host's GPUs at the price it ordered them at.
        terms = replace(
            terms,
            gpu_capex_usd_per_kw_it=fleet.gpu_capex_usd_per_mw[contracted]
            / (1000.0 * terms.it_share),
        )
        value = terms.value_in_force_usd_per_mw(rent, rate, to_start, to_end)
        value_per_mw[contracted] = value
    value_per_mw[fleet.in_status(MinerStatus.ACQUIRED, MinerStatus.EXITED)] = 0.0
    fleet.value_usd_per_w = value_per_mw / 1e6


def equity_capacity_usd(fleet: MinerFleet, public_equity_raise_share_of_value: float) -> np.ndarray:
    """New equity each site's firm can raise for a project: listed miners only, USD."""
    value = np.maximum(fleet.value_usd_per_w, 0.0) * fleet.mw * 1e6
    return np.where(fleet.is_public, public_equity_raise_share_of_value * value, 0.0)
