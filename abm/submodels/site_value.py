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

# Status codes in order: mining and idle sites are valued by mining, converting, leased and
# hosting sites by their contract, acquired and exited sites at 0.
_IDLE = int(MinerStatus.IDLE)
_CONVERTING = int(MinerStatus.CONVERTING)
_ACQUIRED = int(MinerStatus.ACQUIRED)


class ContractsInForce:
    """Value per MW of each site's contract in force at every tick of a window ahead, USD.

    A contract's value moves from tick to tick only through the years left to the start and
    the end of its revenue; its terms (status, kind, tenant, rent, ticks of start and end)
    change only when it is signed, energised, renewed or ended.  So when a site's terms
    change its contract is valued at every tick to the end of the window at once (the same
    arithmetic, element by element, as valuing it tick by tick), each tick reads one row,
    and every contract is valued again for the next window.  Acquired and exited sites are
    kept at 0.  ``contract_rate_annual`` must depend
    only on these terms and on constants of the site (its discount rate, its firm).
    """

    _TERMS = (
        "contract",
        "tenant",
        "rent_usd_per_kw_month",
        "ready_tick",
        "contract_end_tick",
        "gpu_capex_usd_per_mw",
    )

    WINDOW_TICKS = 52
    """Ticks valued ahead at once (a short run pays for no more than it reads)."""

    def __init__(
        self,
        n_sites: int,
        contract_table: ContractTable,
        contract_rate_annual: Callable[[np.ndarray], np.ndarray],
        tick_years: float,
    ) -> None:
        """Value contracts of kinds in ``contract_table`` at ``contract_rate_annual(sites)``
        for ``n_sites`` sites, ``tick_years`` apart."""
        self._contract_table = contract_table
        self._contract_rate_annual = contract_rate_annual
        self._tick_years = tick_years
        self._n_sites = n_sites
        self._value_by_tick = np.zeros((self.WINDOW_TICKS, n_sites))
        self._window_start_tick = 0
        self._value_all = True
        # Each site's path and terms when last read, kept for the sites valued by their
        # contract then (a site valued now that was not then has changed its path).
        self._path_seen: np.ndarray | None = None
        self._terms_seen: dict[str, np.ndarray] = {}
        self.sites = np.empty(0, dtype=np.intp)
        """Sites valued by their contract (or at 0), not by mining."""

    def values_at(self, fleet: MinerFleet, tick: int) -> np.ndarray:
        """Value per MW at ``tick`` of each of :attr:`sites` (their contracts in force, or 0
        for acquired and exited sites), USD; first revalues the sites whose terms changed."""
        row = tick - self._window_start_tick
        if not 0 <= row < self.WINDOW_TICKS:  # a new window: every contract is valued again
            self._window_start_tick, row = tick, 0
            self._value_all = True
        # Mining and idle sites are valued alike (by mining): switching between them, as
        # sites do most ticks, changes no contract.
        path = np.maximum(fleet.status, _IDLE)
        sites = np.flatnonzero(path >= _CONVERTING)
        path_now = path[sites]
        terms_now = {name: getattr(fleet, name)[sites] for name in self._TERMS}
        if self._path_seen is None:
            self._path_seen = np.zeros_like(path)
            self._terms_seen = {name: np.zeros_like(getattr(fleet, name)) for name in self._TERMS}
        if self._value_all:
            revalued = sites
            self._value_all = False
        else:
            changed = self._path_seen[sites] != path_now
            for name, now in terms_now.items():
                changed |= self._terms_seen[name][sites] != now
            revalued = sites[changed]
        # Sites that left the contracted paths are seen on theirs (below CONVERTING).
        self._path_seen[self.sites] = path[self.sites]
        self._path_seen[sites] = path_now
        for name, now in terms_now.items():
            self._terms_seen[name][sites] = now
        self.sites = sites
        if revalued.size:
            self._revalue(fleet, tick, path, revalued)
        return self._value_by_tick[row][sites]

    def _revalue(
        self, fleet: MinerFleet, tick: int, path: np.ndarray, revalued: np.ndarray
    ) -> None:
        """Value the contracts of ``revalued`` (sites whose path or terms changed) at every
        tick from ``tick`` to the end of the window."""
        rows = slice(tick - self._window_start_tick, None)
        gone = revalued[path[revalued] >= _ACQUIRED]
        self._value_by_tick[rows, gone] = 0.0
        contracted = revalued[path[revalued] < _ACQUIRED]
        if not contracted.size:
            return
        # One row per contract, one column per tick: long rows for numpy's inner loops.
        ticks = np.arange(tick, self._window_start_tick + self.WINDOW_TICKS)
        ready = fleet.ready_tick[contracted, None]
        end = fleet.contract_end_tick[contracted, None]
        to_start = np.maximum(ready - ticks, 0) * self._tick_years
        to_end = np.maximum(end - ticks, 0) * self._tick_years
        terms = self._contract_table.at(fleet.contract[contracted, None])
        # An AI cloud host's GPUs at the price it ordered them at.
        terms = replace(
            terms,
            gpu_capex_usd_per_kw_it=fleet.gpu_capex_usd_per_mw[contracted, None]
            / (1000.0 * terms.it_share),
        )
        value = terms.value_in_force_usd_per_mw(
            fleet.rent_usd_per_kw_month[contracted, None],
            self._contract_rate_annual(contracted)[:, None],
            to_start,
            to_end,
        )
        self._value_by_tick[rows, contracted] = value.T


def update_site_values(
    fleet: MinerFleet,
    mining_value_usd_per_mw: np.ndarray,
    idle_value_usd_per_mw: np.ndarray,
    contracts: ContractsInForce,
    tick: int,
) -> None:
    """Step 12: set ``fleet.value_usd_per_w``: the better of mining and idle, or the
    contract in force (``contracts``; 0 for acquired and exited sites)."""
    value_per_mw = np.maximum(mining_value_usd_per_mw, idle_value_usd_per_mw)
    contract_value = contracts.values_at(fleet, tick)
    value_per_mw[contracts.sites] = contract_value
    value_per_mw /= 1e6
    fleet.value_usd_per_w = value_per_mw


def equity_capacity_usd(fleet: MinerFleet, public_equity_raise_share_of_value: float) -> np.ndarray:
    """New equity each site's firm can raise for a project: listed miners only, USD."""
    value = np.maximum(fleet.value_usd_per_w, 0.0) * fleet.mw * 1e6
    return np.where(fleet.is_public, public_equity_raise_share_of_value * value, 0.0)
