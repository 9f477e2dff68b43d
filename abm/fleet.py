"""Miner sites' state as one struct of numpy arrays, and the codes it uses.

Miners are many, so their state lives in :class:`MinerFleet` (one array element per site)
that the submodels update in vectorised steps; :class:`abm.agents.Miner` agents are views
on its rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from functools import cache

import numpy as np


class MinerStatus(IntEnum):
    """What a miner's site is doing.

    Attributes:
        MINING: ASICs installed; each tick they run or are curtailed.
        IDLE: Mothballed: ASICs off, site held at a small cost.
        CONVERTING: Retrofit under way for a signed AI contract (lease or conversion).
        LEASED: Powered shell leased to a hyperscaler (the "landlord" path).
        HPC: Converted into an AI / HPC compute host.
        ACQUIRED: Site bought by a hyperscaler after its miner's insolvency.
        EXITED: Miner insolvent; its site is for sale (MW > 0) or was sold to another miner
            (its MW moved there).
    """

    MINING = 0
    IDLE = 1
    CONVERTING = 2
    LEASED = 3
    HPC = 4
    ACQUIRED = 5
    EXITED = 6


class ContractKind(IntEnum):
    """Kind of AI contract on a site.

    Attributes:
        NONE: No contract.
        LEASE: Tenant-funded powered-shell lease (the Core Scientific-CoreWeave kind): the
            tenant pays most of the fit-out; the landlord a modest retrofit, for a lower rent.
        CONVERT: The miner becomes the AI cloud host (the IREN kind): it buys the GPUs.
        LANDLORD_BUILT: Landlord-built lease (the Cipher, TeraWulf, Hut 8 kind): the miner
            finances the whole data hall against a long contract with project debt, for the
            rent plus a fit-out premium.
    """

    NONE = 0
    LEASE = 1
    CONVERT = 2
    LANDLORD_BUILT = 3


@cache
def _status_lookup(statuses: tuple[MinerStatus, ...]) -> np.ndarray:
    """Boolean table over status codes, True for ``statuses`` (read-only, cached)."""
    lookup = np.zeros(len(MinerStatus), dtype=bool)
    lookup[list(statuses)] = True
    lookup.flags.writeable = False
    return lookup


@cache
def _status_range(statuses: tuple[MinerStatus, ...]) -> tuple[int, int] | None:
    """``(lowest, highest)`` code of ``statuses`` when they are a run of consecutive codes."""
    codes = sorted({int(s) for s in statuses})
    if codes != list(range(codes[0], codes[-1] + 1)):
        return None
    return codes[0], codes[-1]


_LAST_STATUS = int(max(MinerStatus))


@dataclass
class MinerFleet:
    """State of every miner site's tranches, one array element per row (struct of arrays).

    Units are in the names; ``tenant`` is a hyperscaler index or -1.  Ticks are the model's
    step counter (0 = start date).  A public site is split into tranches (rows) of at most
    ``pivot_tranche_mw``, ``site`` naming the site of each row, and ``unit_site_mw`` is the
    whole site's MW; a synthetic row stands for identical private sites of ``unit_site_mw``
    each.  ``btc_held`` is the firm's BTC treasury share of the row.  ``expectation_rule``
    indexes the model's registry of hashprice expectation rules and ``strategy`` its list of
    miner strategies (:mod:`abm.strategies`).  ``suitability_class`` is the site's AI
    suitability (0 = A, 1 = B, 2 = C; :data:`abm.calibration.SUITABILITY_CLASSES`): its
    ``retrofit_cost_multiplier`` scales the data-hall capex of any AI contract on the site and
    its ``rent_factor`` the rent a tenant pays there, both relative to a class-A site.
    """

    name: np.ndarray
    firm: np.ndarray
    region: np.ndarray
    mw: np.ndarray
    ths: np.ndarray
    j_per_th: np.ndarray
    power_cost_usd_per_mwh: np.ndarray
    cash_usd: np.ndarray
    debt_usd: np.ndarray
    discount_rate: np.ndarray
    risk_aversion: np.ndarray
    horizon_years: np.ndarray
    expectation_rule: np.ndarray
    is_public: np.ndarray
    unit_site_mw: np.ndarray
    btc_held: np.ndarray
    site: np.ndarray
    status: np.ndarray = field(init=False)
    contract: np.ndarray = field(init=False)
    tenant: np.ndarray = field(init=False)
    rent_usd_per_kw_month: np.ndarray = field(init=False)
    ready_tick: np.ndarray = field(init=False)
    contract_end_tick: np.ndarray = field(init=False)
    prepaid_usd: np.ndarray = field(init=False)
    gpu_capex_usd_per_mw: np.ndarray = field(init=False)
    running_share: np.ndarray = field(init=False)
    uncurtailed_running_share: np.ndarray = field(init=False)
    value_usd_per_w: np.ndarray = field(init=False)
    pivot_propensity: np.ndarray = field(init=False)
    expansion_pending: np.ndarray = field(init=False)
    firm_service: np.ndarray = field(init=False)
    strategy: np.ndarray = field(init=False)
    value_mine_usd_per_mw: np.ndarray = field(init=False)
    value_lease_usd_per_mw: np.ndarray = field(init=False)
    value_convert_usd_per_mw: np.ndarray = field(init=False)
    suitability_class: np.ndarray = field(init=False)
    retrofit_cost_multiplier: np.ndarray = field(init=False)
    rent_factor: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        n = self.mw.size
        self.status = np.full(n, MinerStatus.MINING, dtype=np.int8)
        self.contract = np.full(n, ContractKind.NONE, dtype=np.int8)
        self.tenant = np.full(n, -1, dtype=np.int32)
        self.rent_usd_per_kw_month = np.zeros(n)
        self.ready_tick = np.zeros(n, dtype=np.int64)
        self.contract_end_tick = np.zeros(n, dtype=np.int64)
        self.prepaid_usd = np.zeros(n)
        # GPUs an AI cloud host has ordered or runs, at the price of the day it ordered them,
        # USD per MW of site (0 without a conversion).
        self.gpu_capex_usd_per_mw = np.zeros(n)
        self.running_share = np.ones(n)
        self.uncurtailed_running_share = np.ones(n)
        self.value_usd_per_w = np.zeros(n)
        self.pivot_propensity = np.zeros(n)
        self.expansion_pending = np.zeros(n, dtype=bool)
        self.firm_service = np.zeros(n, dtype=bool)
        self.strategy = np.zeros(n, dtype=np.int16)
        # What each path was worth to the site at its latest decision, USD per MW of site
        # (mining: the certainty equivalent of staying; AI paths: at the expected rent).
        self.value_mine_usd_per_mw = np.full(n, np.nan)
        self.value_lease_usd_per_mw = np.full(n, np.nan)
        self.value_convert_usd_per_mw = np.full(n, np.nan)
        # AI suitability of the site (abm/data/site_suitability_classes.csv), set by the
        # population; a fleet built without one is all class A at the deal record's costs.
        self.suitability_class = np.zeros(n, dtype=np.int8)
        self.retrofit_cost_multiplier = np.ones(n)
        self.rent_factor = np.ones(n)

    def __len__(self) -> int:
        return int(self.mw.size)

    @property
    def asic_mw(self) -> np.ndarray:
        """Power the installed ASICs draw at full run, MW (TH/s x J/TH; at most the site)."""
        return self.ths * self.j_per_th / 1e6

    def in_status(self, *statuses: MinerStatus) -> np.ndarray:
        """Boolean mask of the sites in any of ``statuses``."""
        # The statuses asked for are mostly a run of consecutive codes: one or two comparisons
        # of the int8 codes are many times cheaper than a gather through a lookup table.
        run = _status_range(statuses)
        if run is None:
            return _status_lookup(statuses)[self.status]
        lowest, highest = run
        status = self.status
        if lowest == highest:
            return status == lowest
        if lowest == 0:
            return status <= highest
        if highest == _LAST_STATUS:
            return status >= lowest
        return (status >= lowest) & (status <= highest)
