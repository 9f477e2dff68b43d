"""Enterprise value of every site under its current path (ODD section 7.10).

A mining or idle site is worth the better of mining's present value and holding it idle;
a site under contract is worth its contract in force
(:meth:`ContractTerms.value_in_force_usd_per_mw`);
acquired and exited sites are worth nothing to their former miner.  Debt capacity and the
equity a listed miner can raise are shares of this value.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from abm.economics.valuation import ContractTable
from abm.fleet import MinerFleet, MinerStatus

# Status codes in order: mining and idle sites are valued by mining, converting, leased and
# hosting sites by their contract, acquired and exited sites at 0.
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
        # One row per site, one column per tick of the window.
        self._value_by_site = np.zeros((n_sites, self.WINDOW_TICKS))
        self._window_start_tick = 0
        # The contracted sites' paths and terms when last read (None: none valued yet in
        # the window), and their bytes.
        self._seen: list[np.ndarray] | None = None
        self._seen_bytes: list[bytes] = []
        self.sites = np.empty(0, dtype=np.intp)
        """Sites valued by their contract (or at 0), not by mining."""

    def values_at(self, fleet: MinerFleet, tick: int) -> np.ndarray:
        """Value per MW at ``tick`` of each of :attr:`sites` (their contracts in force, or 0
        for acquired and exited sites), USD; first revalues the sites whose terms changed."""
        row = tick - self._window_start_tick
        if not 0 <= row < self.WINDOW_TICKS:  # a new window: every contract is valued again
            self._window_start_tick, row = tick, 0
            self._seen, self._seen_bytes = None, []
        # Mining and idle sites are valued alike (by mining): switching between them, as
        # sites do most ticks, changes no contract.  The sites on the other paths, their
        # paths and terms:
        fields = _PATH_AND_TERMS(fleet)
        sites = (fields[0] >= _CONVERTING).nonzero()[0]
        terms = [sites, *[values[sites] for values in fields]]
        terms_bytes = [values.tobytes() for values in terms]
        if terms_bytes != self._seen_bytes:
            self._revalue(fleet, tick, terms)
            self._seen_bytes = terms_bytes
        return self._value_by_site[:, row][sites]

    def _revalue(self, fleet: MinerFleet, tick: int, terms: list[np.ndarray]) -> None:
        """Value the contracts of the sites (``terms[0]``, on the paths and with the terms
        that follow) whose path or terms changed since last read, at every tick from
        ``tick`` to the end of the window."""
        sites, path, *now = terms
        seen = self._seen
        if seen is None or not seen[0].size:
            revalued = sites
        else:
            # Each site's place among the sites seen (one not among them changed path).
            seen_sites, *seen_terms = seen
            at = np.minimum(np.searchsorted(seen_sites, sites), seen_sites.size - 1)
            changed = seen_sites[at] != sites
            for seen_values, values in zip(seen_terms, (path, *now), strict=True):
                changed |= seen_values[at] != values
            revalued = sites[changed]
        self._seen = terms
        self.sites = sites
        if not revalued.size:
            return
        status = fleet.status[revalued]
        columns = slice(tick - self._window_start_tick, None)
        gone = revalued[status >= _ACQUIRED]
        if gone.size:
            self._value_by_site[gone, columns] = 0.0
        contracted = revalued[status < _ACQUIRED]
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
        self._value_by_site[contracted, columns] = value


_PATH_AND_TERMS = operator.attrgetter("status", *ContractsInForce._TERMS)
"""A fleet's status and contract terms (the arrays :class:`ContractsInForce` compares)."""


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
    public = fleet.is_public.nonzero()[0]
    capacity = np.zeros(len(fleet))
    value = np.maximum(fleet.value_usd_per_w[public], 0.0) * fleet.mw[public] * 1e6
    capacity[public] = public_equity_raise_share_of_value * value
    return capacity
