"""The books: a journal of every payment and every MW moved, the model columns and the collector.

The journal is kept apart from the agents' balances: the steps that move cash update
``fleet.cash_usd`` themselves *and* record the payment here, with its payer, payee and
purpose.  Tests reconcile the two (``tests/model/test_books.py``): a step that credits a
landlord's rent without recording it, or records it without crediting it, breaks the
reconciliation.  MW are journalled the same way: a site's MW at the start, plus what the
grid connected for it, plus what it bought, minus what it sold.
"""

from __future__ import annotations

import operator
from enum import IntEnum
from typing import TYPE_CHECKING, Any, NamedTuple

import numba
import numpy as np
import pandas as pd
from mesa.datacollection import DataCollector

from abm import calibration
from abm.agents import GridOperator, Hyperscaler, Miner, MinerStatus
from abm.calibration import SUITABILITY_CLASSES
from abm.economics import bitcoin, markets
from abm.economics.sums import row_sum_products
from abm.fleet import ContractKind
from abm.submodels.grid import GridOutlook, RequestKind, queue_table

if TYPE_CHECKING:
    from abm.agents import MinerFleet
    from abm.model import PowerMarketModel
    from abm.submodels.grid import QueueTable


class Party(IntEnum):
    """Who is paid or pays, outside the miners' sites and the hyperscalers.

    Attributes:
        BITCOIN_NETWORK: Block subsidy and fees paid to running hashrate.
        POWER_SUPPLIERS: Utilities and generators selling energy to mines.
        OPERATORS: Staff, repairs, land and the running costs of contracted sites.
        LENDERS: Debt drawn and interest paid.
        EQUITY_INVESTORS: New shares sold by listed miners.
        ASIC_VENDORS: Machines bought for refleets and expansions.
        CONTRACTORS: Retrofits and conversions of sites for AI tenants.
        GRID_DEMAND_RESPONSE: Demand-response payments for curtailed load.
        ESTATES: Creditors of insolvent miners, paid when their sites are sold.
        BTM_VENDORS: Behind-the-meter generation built for hyperscalers.
        BTC_BUYERS: Buyers of the BTC miners sell from their treasuries.
    """

    BITCOIN_NETWORK = 0
    POWER_SUPPLIERS = 1
    OPERATORS = 2
    LENDERS = 3
    EQUITY_INVESTORS = 4
    ASIC_VENDORS = 5
    CONTRACTORS = 6
    GRID_DEMAND_RESPONSE = 7
    ESTATES = 8
    BTM_VENDORS = 9
    BTC_BUYERS = 10


class Purpose(IntEnum):
    """What a payment is for (one journal column each)."""

    MINING_REVENUE = 0
    ENERGY = 1
    SITE_COSTS = 2
    INTEREST = 3
    RENT = 4
    CONTRACT_OPEX = 5
    DEMAND_RESPONSE = 6
    DEBT_DRAWN = 7
    EQUITY_RAISED = 8
    ASIC_PURCHASE = 9
    RETROFIT_CAPEX = 10
    PREPAYMENT = 11
    SITE_PURCHASE = 12
    BTM_CAPEX = 13
    MINING_OPEX = 14
    BTC_SALE = 15


LEDGER_COLUMNS = (
    "hyperscaler_paid_usd",
    "miners_received_usd",
    "estates_received_usd",
    "vendors_received_usd",
    "dr_payments_usd",
    "site_sales_between_miners_usd",
    "equity_raised_usd",
)
"""Cumulative money flows in the model columns, USD (see docs/ODD.md section 7.11)."""


class Journal:
    """Every payment between sites, hyperscalers and outside parties; every MW sites gain or lose.

    Money is kept as cumulative net receipts per account and purpose (positive = received),
    so a site's cash now equals its cash at the start plus its row sum here; MW as the
    site's start MW plus what the grid connected for it and what it bought or sold.

    Attributes:
        site_usd: Net receipts of each site by purpose, USD, shape ``(purposes, sites)``.
        hyperscaler_usd: Net receipts of each hyperscaler by purpose (payments negative).
        party_usd: Net receipts of each outside :class:`Party` by purpose.
        site_debt_drawn_usd: Debt each site has drawn, USD.
        site_mw_start: Each site's MW at the start.
        site_mw_connected: MW the grid connected to each site as expansions.
        site_mw_bought: MW each site bought from insolvent miners' estates.
        site_mw_sold: MW each site's estate sold.
        site_sales_between_miners_usd: What miners paid estates for sites, USD.
    """

    def __init__(self, site_mw_start: np.ndarray, n_hyperscalers: int) -> None:
        """Open the books for sites of ``site_mw_start`` MW and ``n_hyperscalers`` buyers."""
        n_sites = site_mw_start.size
        n_purposes = len(Purpose)
        self.site_usd = np.zeros((n_purposes, n_sites))
        self.hyperscaler_usd = np.zeros((n_purposes, n_hyperscalers))
        self.party_usd = np.zeros((n_purposes, len(Party)))
        self.site_debt_drawn_usd = np.zeros(n_sites)
        self.site_mw_start = site_mw_start.copy()
        self.site_mw_connected = np.zeros(n_sites)
        self.site_mw_bought = np.zeros(n_sites)
        self.site_mw_sold = np.zeros(n_sites)
        self.site_sales_between_miners_usd = 0.0

    # -- money --------------------------------------------------------------------------

    def sites_with_party(self, purpose: Purpose, party: Party, site_usd: np.ndarray) -> None:
        """Every site receives ``site_usd`` (negative: pays) from ``party`` for ``purpose``."""
        self.site_usd[purpose] += site_usd
        self.party_usd[purpose, party] -= float(site_usd.sum())

    def sites_with_parties(
        self, purposes: np.ndarray, parties: np.ndarray, site_usd: np.ndarray
    ) -> None:
        """Every site receives ``site_usd[k]`` (negative: pays) from ``parties[k]`` for
        ``purposes[k]``: several flows at once, one row of ``site_usd`` per flow, each of a
        different purpose (the same books as :meth:`sites_with_party` per row)."""
        for purpose, usd in zip(purposes.tolist(), site_usd, strict=True):
            self.site_usd[purpose] += usd  # in place: a row of the table is a view
        self.party_usd[purposes, parties] -= site_usd.sum(axis=1)

    def site_with_party(self, purpose: Purpose, party: Party, site: int, usd: float) -> None:
        """Site ``site`` receives ``usd`` (negative: pays) from ``party``."""
        self.site_usd[purpose, site] += usd
        self.party_usd[purpose, party] -= usd

    def hyperscaler_pays_site(
        self, purpose: Purpose, hyperscaler: int, site: int, usd: float
    ) -> None:
        """Hyperscaler ``hyperscaler`` pays ``usd`` to site ``site``."""
        self.hyperscaler_usd[purpose, hyperscaler] -= usd
        self.site_usd[purpose, site] += usd

    def tenants_pay_sites(
        self, purpose: Purpose, tenants: np.ndarray, sites: np.ndarray, usd: np.ndarray
    ) -> None:
        """Each of ``sites`` receives ``usd`` from its tenant (vectorised rent)."""
        # Indexing the purpose's row by sites costs a third of indexing the table by both.
        self.site_usd[purpose][sites] += usd
        self.hyperscaler_usd[purpose] -= np.bincount(
            tenants, weights=usd, minlength=self.hyperscaler_usd.shape[1]
        )

    def hyperscaler_pays_party(
        self, purpose: Purpose, hyperscaler: int, party: Party, usd: float
    ) -> None:
        """Hyperscaler ``hyperscaler`` pays ``usd`` to an outside party."""
        self.hyperscaler_usd[purpose, hyperscaler] -= usd
        self.party_usd[purpose, party] += usd

    def site_draws_debt(self, sites: np.ndarray | int, usd: np.ndarray | float) -> None:
        """Lenders advance ``usd`` to ``sites`` (cash in, debt up)."""
        self.site_usd[Purpose.DEBT_DRAWN][sites] += usd
        self.party_usd[Purpose.DEBT_DRAWN, Party.LENDERS] -= float(np.sum(usd))
        self.site_debt_drawn_usd[sites] += usd

    # -- MW -----------------------------------------------------------------------------

    def site_sold(self, seller: int, buyer: int, mw: float, usd: float) -> None:
        """Site ``seller``'s estate sold its ``mw`` to miner site ``buyer`` for ``usd``."""
        self.site_mw_sold[seller] += mw
        self.site_mw_bought[buyer] += mw
        self.site_usd[Purpose.SITE_PURCHASE, buyer] -= usd
        self.party_usd[Purpose.SITE_PURCHASE, Party.ESTATES] += usd
        self.site_sales_between_miners_usd += usd

    # -- totals -------------------------------------------------------------------------

    def site_net_usd(self) -> np.ndarray:
        """Each site's net receipts since the start, USD (its cash change)."""
        return self.site_usd.sum(axis=0)

    def site_mw_expected(self) -> np.ndarray:
        """Each site's MW by the journal: start + connected + bought - sold."""
        return self.site_mw_start + self.site_mw_connected + self.site_mw_bought - self.site_mw_sold

    def ledger(self) -> dict[str, float]:
        """The cumulative flows of :data:`LEDGER_COLUMNS`, USD."""
        columns = ledger_columns(
            self.hyperscaler_usd[None],
            self.site_usd[LEDGER_SITE_PURPOSES].sum(axis=1)[None],
            np.array([self.site_sales_between_miners_usd]),
        )
        return {name: values[0] for name, values in columns.items()}


LEDGER_SITE_PURPOSES = [Purpose.DEMAND_RESPONSE, Purpose.EQUITY_RAISED]
"""Purposes of the sites' receipts :func:`ledger_columns` reads."""

_PAID_TO_SITES = [Purpose.RENT, Purpose.PREPAYMENT]


def ledger_columns(
    hyperscaler_usd: np.ndarray,
    site_usd_total: np.ndarray,
    site_sales_between_miners_usd: np.ndarray,
) -> dict[str, list[float]]:
    """:data:`LEDGER_COLUMNS` of several ticks, USD.

    ``hyperscaler_usd`` is ticks x purposes x hyperscalers (:attr:`Journal.hyperscaler_usd`
    of each tick), ``site_usd_total`` ticks x :data:`LEDGER_SITE_PURPOSES` (what the sites
    received, summed over the sites) and ``site_sales_between_miners_usd`` one total per
    tick; each tick's sums are taken in the same order as one tick's alone.
    """
    n_ticks = len(hyperscaler_usd)
    paid = -hyperscaler_usd

    def row_sums(values: np.ndarray) -> list[float]:
        return np.ascontiguousarray(values).reshape(n_ticks, -1).sum(axis=1).tolist()

    return {
        "hyperscaler_paid_usd": row_sums(paid),
        "miners_received_usd": row_sums(paid[:, _PAID_TO_SITES]),
        "estates_received_usd": row_sums(paid[:, Purpose.SITE_PURCHASE]),
        "vendors_received_usd": row_sums(paid[:, Purpose.BTM_CAPEX]),
        "dr_payments_usd": site_usd_total[:, 0].tolist(),
        "site_sales_between_miners_usd": np.asarray(site_sales_between_miners_usd).tolist(),
        "equity_raised_usd": site_usd_total[:, 1].tolist(),
    }


ACTIVE_STATUSES = (
    MinerStatus.MINING,
    MinerStatus.IDLE,
    MinerStatus.CONVERTING,
    MinerStatus.LEASED,
    MinerStatus.HPC,
)
"""Statuses of sites still run by their miner (not acquired by a hyperscaler, not exited)."""


class NetworkReading(NamedTuple):
    """What the metrics read of the Bitcoin network at the end of a tick."""

    btc_price_usd: float
    block_subsidy_btc: float
    block_height: int
    difficulty: float
    hashprice_usd_per_ph_day: float
    network_hashrate_ehs: float
    modelled_hashrate_ehs: float
    rest_of_world_hashrate_ehs: float
    asic_frontier_j_per_th: float
    asic_price_usd_per_th: float
    rest_of_world_installed_ehs: float
    rest_of_world_mw: float
    asic_delivered_ehs: float


GRID_REGION_COLUMNS = (
    "queue_mw",
    "in_study_mw",
    "approved_waiting_mw",
    "deliverable_mw",
    "binding",
    "curtailed_mwh",
    "mining_mwh",
    "dr_payments_usd",
    "capacity_price_usd_per_mw_day",
    "power_price_usd_per_mwh",
    "wait_ai_years",
)
"""Per-region grid columns, each named ``grid_<region>_<column>`` (region in lower case)."""

GRID_COLUMNS = (
    "grid_in_study_mw",
    "grid_approved_waiting_mw",
    "grid_queue_greenfield_ai_mw",
    "grid_queue_brownfield_ai_mw",
    "grid_queue_mining_expansion_mw",
    "grid_energised_greenfield_ai_mw",
    "grid_energised_brownfield_ai_mw",
    "grid_energised_mining_expansion_mw",
    "grid_wait_ai_years",
    "grid_wait_mining_years",
    "grid_deliverable_added_mw",
    "grid_failed_studies_mw",
    "grid_regions_binding",
    "grid_curtailed_mwh",
    "grid_curtailed_mwh_cumulative",
    "grid_mining_mwh",
    "ai_queued_mw",
    "ai_demand_2028_mw",
    "grid_deliverable_to_2028_mw",
    "ai_power_gap_2028_mw",
    *(
        f"grid_{region.lower()}_{column}"
        for region in calibration.REGIONS
        for column in GRID_REGION_COLUMNS
    ),
)
"""Grid columns of :data:`abm.model.MODEL_COLUMNS` (units in the names; docs/ODD.md 7.3)."""


# Plain ints: reading an enum member or comparing with one costs microseconds per use.
_N_REQUEST_KINDS = len(RequestKind)
_GREENFIELD = int(RequestKind.GREENFIELD_AI)
_BROWNFIELD = int(RequestKind.BROWNFIELD_AI)
_EXPANSION = int(RequestKind.MINING_EXPANSION)
_GRID_REGION_COLUMN_NAMES = GRID_COLUMNS[-len(calibration.REGIONS) * len(GRID_REGION_COLUMNS) :]

GRID_READINGS = (
    "approved_waiting_mw",
    "headroom_mw",
    "binding",
    "curtailed_mwh_this_tick",
    "mining_mwh_this_tick",
    "dr_payments_usd_total",
    "capacity_price_usd_per_mw_day",
    "power_price_usd_per_mwh",
    "deliverable_added_mw",
    "failed_studies_mw",
    "curtailed_mwh_total",
    "queue_mw",
    "utilisation",
    "curtailment_share",
)
"""What is read of each grid operator every tick, for the grid columns and the operators'
frame (:data:`GRID_OPERATOR_COLUMNS`)."""

read_grid_operator = operator.attrgetter(*GRID_READINGS)
"""A grid operator's :data:`GRID_READINGS`, as a tuple."""

_READING = {name: k for k, name in enumerate(GRID_READINGS)}

GRID_TOTAL_COLUMNS = ("grid_queue_mw", "grid_headroom_mw")
"""Grid totals among the model's required columns, derived with :data:`GRID_COLUMNS`."""


def queued_mw(table: QueueTable) -> np.ndarray:
    """MW queued now, as regions x (in study, approved) x kinds, flattened.

    ``table`` holds the grid operators' queues (:func:`abm.submodels.grid.queue_table`).
    One bincount per queue over its requests, in queue order (the empty slots after them
    would add 0 MW).
    """
    n_bins = 2 * _N_REQUEST_KINDS
    queued = np.zeros(n_bins * len(table.queues))
    for k, queue in enumerate(table.queues):
        if len(queue):
            bins = np.multiply(queue.approved, _N_REQUEST_KINDS, dtype=np.intp)
            bins += queue.kind
            queued[k * n_bins : (k + 1) * n_bins] = np.bincount(
                bins, weights=queue.mw, minlength=n_bins
            )
    return queued


def _wait_years(mw_years: np.ndarray, mw: np.ndarray) -> np.ndarray:
    """MW-weighted wait, years: ``mw_years / mw``, NaN where no MW."""
    return np.divide(mw_years, mw, out=np.full(mw.shape, np.nan), where=mw > 0)


def _python_sums(values: np.ndarray) -> list[float]:
    """Each row's sum by Python's built-in sum (compensated), as of a list of its floats."""
    return list(map(sum, values.tolist()))


def grid_metrics(
    readings: np.ndarray, by_kind: np.ndarray, queued: np.ndarray, outlook: GridOutlook
) -> dict[str, list]:
    """The grid columns (:data:`GRID_COLUMNS` and :data:`GRID_TOTAL_COLUMNS`) of several
    ticks at once.

    ``readings`` is ticks x regions x :data:`GRID_READINGS`, ``by_kind`` ticks x (energised
    MW, wait MW-years) x regions x kinds and ``queued`` ticks x regions x (in study,
    approved) x kinds (:func:`queued_mw`).  Each tick's values are summed in the same order
    as one tick's alone would be.

    Returns:
        Each column's values, one per tick (Python floats and ints).
    """
    n_ticks = len(readings)
    greenfield, brownfield, expansion = _GREENFIELD, _BROWNFIELD, _EXPANSION
    energised, waits = by_kind[:, 0], by_kind[:, 1]
    queued_by_kind = queued.sum(axis=(1, 2))
    energised_total = energised.sum(axis=1)
    waits_total = waits.sum(axis=1)
    ai_energised = energised[:, :, greenfield] + energised[:, :, brownfield]
    ai_waits = waits[:, :, greenfield] + waits[:, :, brownfield]

    def region_readings(name: str) -> np.ndarray:
        return readings[:, :, _READING[name]]

    binding = region_readings("binding").astype(np.int64)
    totals = {
        "grid_in_study_mw": queued[:, :, 0].sum(axis=(1, 2)).astype(float),
        "grid_queue_greenfield_ai_mw": queued_by_kind[:, greenfield],
        "grid_queue_brownfield_ai_mw": queued_by_kind[:, brownfield],
        "grid_queue_mining_expansion_mw": queued_by_kind[:, expansion],
        "grid_energised_greenfield_ai_mw": energised_total[:, greenfield],
        "grid_energised_brownfield_ai_mw": energised_total[:, brownfield],
        "grid_energised_mining_expansion_mw": energised_total[:, expansion],
        "grid_wait_ai_years": _wait_years(ai_waits.sum(axis=1), ai_energised.sum(axis=1)),
        "grid_wait_mining_years": _wait_years(
            waits_total[:, expansion], energised_total[:, expansion]
        ),
        "grid_regions_binding": binding.sum(axis=1),
        "ai_queued_mw": queued_by_kind[:, greenfield] + queued_by_kind[:, brownfield],
        "grid_queue_mw": (queued_by_kind[:, greenfield] + queued_by_kind[:, brownfield])
        + queued_by_kind[:, expansion],
    }
    columns: dict[str, list] = {name: values.tolist() for name, values in totals.items()}
    for column, reading in (
        ("grid_approved_waiting_mw", "approved_waiting_mw"),
        ("grid_deliverable_added_mw", "deliverable_added_mw"),
        ("grid_failed_studies_mw", "failed_studies_mw"),
        ("grid_curtailed_mwh", "curtailed_mwh_this_tick"),
        ("grid_curtailed_mwh_cumulative", "curtailed_mwh_total"),
        ("grid_mining_mwh", "mining_mwh_this_tick"),
        ("grid_headroom_mw", "headroom_mw"),
    ):
        columns[column] = _python_sums(region_readings(reading))
    columns["ai_demand_2028_mw"] = [outlook.demand_2028_mw] * n_ticks
    columns["grid_deliverable_to_2028_mw"] = [outlook.deliverable_to_2028_mw] * n_ticks
    columns["ai_power_gap_2028_mw"] = [outlook.gap_mw] * n_ticks
    by_region = {
        "queue_mw": queued.sum(axis=(2, 3)),
        "in_study_mw": queued[:, :, 0].sum(axis=2),
        "approved_waiting_mw": region_readings("approved_waiting_mw"),
        "deliverable_mw": region_readings("headroom_mw"),
        "binding": binding,
        "curtailed_mwh": region_readings("curtailed_mwh_this_tick"),
        "mining_mwh": region_readings("mining_mwh_this_tick"),
        "dr_payments_usd": region_readings("dr_payments_usd_total"),
        "capacity_price_usd_per_mw_day": region_readings("capacity_price_usd_per_mw_day"),
        "power_price_usd_per_mwh": region_readings("power_price_usd_per_mwh"),
        "wait_ai_years": _wait_years(ai_waits, ai_energised),
    }
    # Each column's values by region, over the ticks.
    region_lists = {column: values.T.tolist() for column, values in by_region.items()}
    regions_and_columns = [
        (r, column) for r in range(readings.shape[1]) for column in GRID_REGION_COLUMNS
    ]
    for name, (r, column) in zip(_GRID_REGION_COLUMN_NAMES, regions_and_columns, strict=True):
        columns[name] = region_lists[column][r]
    return columns


FLEET_COLUMNS = (
    "mw_sites_total",
    "mw_mining",
    "mw_curtailed",
    "mw_leased",
    "mw_converting",
    "mw_converting_still_mining",
    "mw_converting_not_mining",
    "mw_hpc",
    "mw_idle",
    "mw_acquired",
    "miners_mining",
    "miners_leasing",
    "miners_converting",
    "miners_hpc",
    "miners_exited",
    "power_price_usd_per_mwh",
    "miner_value_usd_per_w",
    "hhi_power",
    "fleet_breakeven_hashprice_usd_per_ph_day",
    "mw_asic_installed",
    "btc_treasury_btc",
)
"""Model columns of the fleet's state (:func:`fleet_metrics`), derived from the collector's
snapshots when read rather than each tick (as are :data:`LEDGER_COLUMNS`)."""


AI_SERVED_COLUMNS = (
    "ai_served_mw",
    "ai_unserved_mw",
    "ai_served_by_miner_sites_mw",
    "ai_served_grid_mw",
    "ai_served_btm_mw",
)
"""Model columns of the AI load served (:func:`ai_served_metrics`)."""

_CHANNELS = Hyperscaler.CHANNELS
_read_channels = operator.itemgetter(*_CHANNELS)
_read_hyperscaler_prices = operator.attrgetter("wtp_usd_per_kw_month", "paid_usd")


def read_hyperscaler(hyperscaler: Hyperscaler) -> tuple[float, ...]:
    """A hyperscaler's energised MW by channel (:data:`Hyperscaler.CHANNELS`), its WTP and
    what it has paid."""
    return _read_channels(hyperscaler.energised_mw) + _read_hyperscaler_prices(hyperscaler)


def ai_served_metrics(energised_mw: np.ndarray, ai_demand_mw: np.ndarray) -> dict[str, list]:
    """:data:`AI_SERVED_COLUMNS` of several ticks at once.

    ``energised_mw`` is ticks x hyperscalers x :data:`Hyperscaler.CHANNELS` and
    ``ai_demand_mw`` one value per tick; each tick's sums are taken in the same order as one
    tick's alone (a firm's channels by Python's sum, then firm after firm).
    """
    n_ticks, n_hyperscalers, n_channels = energised_mw.shape
    served_by_firm = np.array(_python_sums(energised_mw.reshape(-1, n_channels))).reshape(
        n_ticks, n_hyperscalers
    )
    channel = {name: energised_mw[:, :, k] for k, name in enumerate(_CHANNELS)}
    by_firm = np.zeros((4, n_ticks, 1 + n_hyperscalers))
    by_firm[:, :, 1:] = (
        served_by_firm,
        (channel["lease"] + channel["hpc"]) + channel["acquired"],
        channel["grid"],
        channel["btm"],
    )
    # Running totals from 0.0, firm after firm (an accumulation adds in order).
    served, on_sites, served_grid, served_btm = np.add.accumulate(by_firm, axis=2)[:, :, -1]
    return {
        "ai_served_mw": served.tolist(),
        "ai_unserved_mw": _at_least_zero(np.asarray(ai_demand_mw, dtype=float) - served).tolist(),
        "ai_served_by_miner_sites_mw": on_sites.tolist(),
        "ai_served_grid_mw": served_grid.tolist(),
        "ai_served_btm_mw": served_btm.tolist(),
    }


SNAPSHOT_COLUMNS = frozenset(
    (*FLEET_COLUMNS, *LEDGER_COLUMNS, *GRID_COLUMNS, *GRID_TOTAL_COLUMNS, *AI_SERVED_COLUMNS)
)
"""Model columns the collector derives from its snapshots when read, not kept per tick."""


class TickMetrics(NamedTuple):
    """What the model columns of one tick are made of, besides the state of the fleet, the
    journal, the grid operators and the hyperscalers the collector keeps (from which it
    derives :data:`SNAPSHOT_COLUMNS`).

    Attributes:
        columns: Every model column but :data:`SNAPSHOT_COLUMNS` (units in the names).
        site_power_price_usd_per_mwh: Each site's power price this tick.
    """

    columns: dict[str, Any]
    site_power_price_usd_per_mwh: np.ndarray


def compute_metrics(
    *,
    tick: int,
    date: pd.Timestamp,
    network: NetworkReading,
    site_power_price_usd_per_mwh: np.ndarray,
    ai_demand_mw: float,
    lease_price_usd_per_kw_month: float,
    mw_traded_this_tick: float,
) -> TickMetrics:
    """The model columns of one tick (:data:`abm.model.MODEL_COLUMNS`, units in the names)
    read from the model now, and what :func:`fleet_metrics` derives the fleet's from."""
    columns = {
        "date": date,
        "btc_price_usd": network.btc_price_usd,
        "block_subsidy_btc": network.block_subsidy_btc,
        "network_hashrate_ehs": network.network_hashrate_ehs,
        "difficulty": network.difficulty,
        "hashprice_usd_per_ph_day": network.hashprice_usd_per_ph_day,
        "ai_demand_mw": ai_demand_mw,
        "lease_price_usd_per_kw_month": float(lease_price_usd_per_kw_month),
        "tick": int(tick),
        "block_height": network.block_height,
        "modelled_hashrate_ehs": network.modelled_hashrate_ehs,
        "rest_of_world_hashrate_ehs": network.rest_of_world_hashrate_ehs,
        "asic_frontier_j_per_th": network.asic_frontier_j_per_th,
        "mw_traded_this_tick": float(mw_traded_this_tick),
        "asic_price_usd_per_th": network.asic_price_usd_per_th,
        "rest_of_world_installed_ehs": network.rest_of_world_installed_ehs,
        "rest_of_world_mw": network.rest_of_world_mw,
        "asic_delivered_ehs": network.asic_delivered_ehs,
    }
    return TickMetrics(columns, site_power_price_usd_per_mwh)


def _at_least_zero(values: np.ndarray) -> np.ndarray:
    """``max(value, 0.0)`` of each value, as Python's ``max`` returns it."""
    return np.where(0.0 > values, 0.0, values)


_MINING = int(MinerStatus.MINING)
_CONVERTING = int(MinerStatus.CONVERTING)
_ACQUIRED = int(MinerStatus.ACQUIRED)
_EXITED = int(MinerStatus.EXITED)
_LAST_ACTIVE = int(max(ACTIVE_STATUSES))
_FLEET_SUMS = (
    "mw_sites_total",
    "mw_mining",
    "mw_converting_still_mining",
    "running_ths",
    "energy_cost_x_running_ths",
    "value_x_active_mw",
    "mw_asic_installed",
    "btc_treasury_btc",
)
"""The per-tick sums :func:`_fleet_sums` adds, in the order of its ``sums`` columns."""


@numba.njit(cache=True, nogil=True)
def _fleet_sums(
    status: np.ndarray,
    tenant: np.ndarray,
    mw: np.ndarray,
    running_share: np.ndarray,
    ths: np.ndarray,
    j_per_th: np.ndarray,
    value_usd_per_w: np.ndarray,
    btc_held: np.ndarray,
    energy_cost_usd_per_ph_day: np.ndarray,
    region: np.ndarray,
    firm: np.ndarray,
    n_statuses: int,
    n_regions: int,
    n_firms: int,
    n_controllers: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """One pass over ticks x sites: each tick's MW and count by status, MW by region, MW
    held by each controller (its firm, or for an acquired site its tenant, after the
    firms), and the sums of :data:`_FLEET_SUMS` (the breakeven's from each site's
    ``energy_cost_usd_per_ph_day``), each added site by site in fleet order.

    Compiled (Numba): the twenty-odd passes of numpy's masks, products and sums in one.
    """
    n_ticks, n_sites = status.shape
    mw_by_status = np.zeros((n_ticks, n_statuses))
    count_by_status = np.zeros((n_ticks, n_statuses), dtype=np.int64)
    mw_by_region = np.zeros((n_ticks, n_regions))
    holdings = np.zeros((n_ticks, n_controllers))
    sums = np.zeros((n_ticks, 8))
    for t in range(n_ticks):
        # The sums in locals for the pass over the sites (written once a tick).
        mw_total = 0.0
        mw_running = 0.0
        mw_converting_running = 0.0
        running_ths = 0.0
        energy_cost_x_ths = 0.0
        value_x_mw = 0.0
        asic_mw = 0.0
        btc = 0.0
        for i in range(n_sites):
            code = status[t, i]
            site_mw = mw[t, i]
            mw_by_status[t, code] += site_mw
            count_by_status[t, code] += 1
            mw_by_region[t, region[i]] += site_mw
            mw_total += site_mw
            if code == _MINING:
                mw_running += site_mw * running_share[t, i]
                running_ths += ths[t, i]
                energy_cost_x_ths += energy_cost_usd_per_ph_day[t, i] * ths[t, i]
            elif code == _CONVERTING:
                # A tranche signed for an AI contract mines until its AI load is energised.
                mw_converting_running += site_mw * running_share[t, i]
            if code <= _LAST_ACTIVE:
                value_x_mw += value_usd_per_w[t, i] * site_mw
                asic_mw += ths[t, i] * j_per_th[t, i] / 1e6
            if code != _EXITED:
                # Each site's MW goes to its firm, or to its tenant if a hyperscaler
                # acquired it.
                owner = n_firms + tenant[t, i] if code == _ACQUIRED else firm[i]
                holdings[t, owner] += site_mw
            btc += btc_held[t, i]
        sums[t, 0] = mw_total
        sums[t, 1] = mw_running
        sums[t, 2] = mw_converting_running
        sums[t, 3] = running_ths
        sums[t, 4] = energy_cost_x_ths
        sums[t, 5] = value_x_mw
        sums[t, 6] = asic_mw
        sums[t, 7] = btc
    return mw_by_status, count_by_status, mw_by_region, holdings, sums


def fleet_metrics(
    snapshots: dict[str, np.ndarray],
    fleet_region: np.ndarray,
    fleet_firm: np.ndarray,
    n_firms: int,
    n_hyperscalers: int,
) -> dict[str, list]:
    """The fleet's model columns (:data:`FLEET_COLUMNS`) of several ticks at once.

    ``snapshots`` holds arrays of ticks x sites (``status``, ``tenant``, ``mw``,
    ``running_share``, ``ths``, ``j_per_th``, ``value_usd_per_w``, ``btc_held``,
    ``site_power_price_usd_per_mwh``) and of ticks x regions
    (``region_power_price_usd_per_mwh``, ``region_greenfield_ai_mw``).  Each tick's sums
    over its sites are added site by site in fleet order (:func:`_fleet_sums`), so they
    are the same whatever ticks are derived together.

    Returns:
        Each column's values, one per tick (Python floats and ints).
    """
    status = snapshots["status"]
    n_ticks = len(status)
    prices = snapshots["region_power_price_usd_per_mwh"]
    n_regions = prices.shape[1]
    n_statuses = len(MinerStatus)
    by_status, counts, mw_by_region, holdings, sums = _fleet_sums(
        np.ascontiguousarray(status),
        np.ascontiguousarray(snapshots["tenant"]),
        # Views of the collector's ring, read in place (rows of sites are contiguous).
        *(
            np.asarray(snapshots[name], dtype=float)
            for name in (
                "mw",
                "running_share",
                "ths",
                "j_per_th",
                "value_usd_per_w",
                "btc_held",
            )
        ),
        np.asarray(
            bitcoin.energy_cost_usd_per_ph_day(
                snapshots["j_per_th"], snapshots["site_power_price_usd_per_mwh"]
            ),
            dtype=float,
        ),
        np.ascontiguousarray(fleet_region, dtype=np.intp),
        np.ascontiguousarray(fleet_firm, dtype=np.intp),
        n_statuses,
        n_regions,
        n_firms,
        n_firms + n_hyperscalers,
    )
    total = dict(zip(_FLEET_SUMS, sums.T, strict=True))
    region_load = mw_by_region + snapshots["region_greenfield_ai_mw"]
    load_weights = np.maximum(region_load, 1e-9)
    # Python's sum (compensated) of each tick's MW by active status, as one tick's alone.
    active_mw = np.array([sum(row) for row in by_status[:, list(ACTIVE_STATUSES)].tolist()])
    hhi = markets.herfindahl_hirschman_indices(holdings)
    running_ths = total["running_ths"]
    breakeven = np.divide(
        total["energy_cost_x_running_ths"],
        running_ths,
        out=np.full(n_ticks, np.nan),
        where=running_ths > 0,
    )
    miner_value = np.divide(
        total["value_x_active_mw"], active_mw, out=np.zeros(n_ticks), where=active_mw > 0
    )
    mw_by = by_status.T
    count_by = counts.T
    mw_running = total["mw_mining"]
    mw_converting_running = total["mw_converting_still_mining"]
    columns = {
        "mw_sites_total": total["mw_sites_total"],
        "mw_mining": mw_running,
        "mw_curtailed": _at_least_zero(mw_by[MinerStatus.MINING] - mw_running),
        "mw_leased": mw_by[MinerStatus.LEASED],
        "mw_converting": mw_by[MinerStatus.CONVERTING],
        "mw_converting_still_mining": mw_converting_running,
        "mw_converting_not_mining": _at_least_zero(
            mw_by[MinerStatus.CONVERTING] - mw_converting_running
        ),
        "mw_hpc": mw_by[MinerStatus.HPC],
        # Idle sites and sites on sale.
        "mw_idle": mw_by[MinerStatus.IDLE] + mw_by[MinerStatus.EXITED],
        "mw_acquired": mw_by[MinerStatus.ACQUIRED],
        "miners_mining": count_by[MinerStatus.MINING],
        "miners_leasing": count_by[MinerStatus.LEASED],
        "miners_converting": count_by[MinerStatus.CONVERTING],
        "miners_hpc": count_by[MinerStatus.HPC],
        "miners_exited": count_by[MinerStatus.EXITED] + count_by[MinerStatus.ACQUIRED],
        "power_price_usd_per_mwh": row_sum_products(prices, load_weights)
        / load_weights.sum(axis=1),
        "miner_value_usd_per_w": miner_value,
        "hhi_power": hhi,
        "fleet_breakeven_hashprice_usd_per_ph_day": breakeven,
        "mw_asic_installed": total["mw_asic_installed"],
        "btc_treasury_btc": total["btc_treasury_btc"],
    }
    return {name: columns[name].tolist() for name in FLEET_COLUMNS}


AGENT_COLUMNS = (
    "name",
    "region",
    "status",
    "tenant",
    "contract",
    "suitability_class",
    "mw",
    "ths",
    "j_per_th",
    "cash_usd",
    "value_usd_per_w",
    "value_mine_usd_per_mw",
    "value_lease_usd_per_mw",
    "value_convert_usd_per_mw",
)
"""Agent-level columns of ``get_agent_vars_dataframe`` (one row per miner site and tick)."""

HYPERSCALER_COLUMNS = ("name", "served_mw", "wtp_usd_per_kw_month", "paid_usd")
"""Columns of ``get_agenttype_vars_dataframe(Hyperscaler)``."""

GRID_OPERATOR_COLUMNS = (
    "region",
    "headroom_mw",
    "queue_mw",
    "utilisation",
    "power_price_usd_per_mwh",
    "curtailment_share",
)
"""Columns of ``get_agenttype_vars_dataframe(GridOperator)``."""


NUMERIC_AGENT_COLUMNS = AGENT_COLUMNS[6:]


def fleet_frame(
    fleet: MinerFleet,
    region_names: tuple[str, ...],
    tenant_names: list[str],
    columns: dict[str, np.ndarray],
) -> pd.DataFrame:
    """One frame of miner state (columns :data:`AGENT_COLUMNS`) from fleet arrays of equal length.

    ``columns`` holds ``row`` (fleet row of each record) and the snapshot arrays; ``tenant``
    is the AI tenant's (or owner's) name, missing when the site has none; ``contract`` the
    structure signed (``none``, ``lease`` tenant-funded, ``convert``, ``landlord_built``) and
    ``suitability_class`` the site's AI suitability (A, B, C).
    """
    rows = columns["row"]
    return pd.DataFrame(
        {
            "name": pd.Categorical.from_codes(rows, categories=pd.Index(fleet.name)),
            "region": pd.Categorical.from_codes(fleet.region[rows], categories=list(region_names)),
            "status": pd.Categorical.from_codes(
                columns["status"].astype(np.int64), categories=[s.name.lower() for s in MinerStatus]
            ),
            "tenant": pd.Categorical.from_codes(
                columns["tenant"].astype(np.int64), categories=list(tenant_names)
            ),
            "contract": pd.Categorical.from_codes(
                columns["contract"].astype(np.int64),
                categories=[k.name.lower() for k in ContractKind],
            ),
            # A site's AI suitability does not change: read from the fleet, not kept per tick.
            "suitability_class": pd.Categorical.from_codes(
                fleet.suitability_class[rows].astype(np.int64),
                categories=list(SUITABILITY_CLASSES),
            ),
            **{key: columns[key] for key in NUMERIC_AGENT_COLUMNS},
        }
    )


class FleetDataCollector(DataCollector):
    """Mesa's DataCollector with the agents' state snapshotted from arrays.

    Model variables go through Mesa's reporters as usual.  Agent variables of thousands of
    miners would cost a Python call per agent per tick; instead each tick copies the fleet's
    arrays the fleet's columns are derived from, in full precision, into a ring of a block
    per tick (one copy), the other kept fleet attributes straight to their tables (compact
    dtypes), and the few numbers of each grid operator and hyperscaler into preallocated
    tables.  When the ring is full, and whenever the record or the kept tables are read, its
    ticks go to one row of a table per kept attribute and the fleet's columns are derived
    from them in one pass; the other columns derived from the tables (the rest of
    :data:`SNAPSHOT_COLUMNS`) wait until the record is read, all ticks in one pass;
    :meth:`get_agent_vars_dataframe`
    builds Mesa's usual frame, indexed by ``(Step, AgentID)``, on demand, and
    :meth:`get_agenttype_vars_dataframe` returns any of the three agent types.
    """

    SNAPSHOT_DTYPES = {
        "status": np.int8,
        "tenant": np.int8,
        "contract": np.int8,
        "mw": np.float32,
        "ths": np.float32,
        "j_per_th": np.float32,
        "cash_usd": np.float64,
        "value_usd_per_w": np.float32,
        "value_mine_usd_per_mw": np.float32,
        "value_lease_usd_per_mw": np.float32,
        "value_convert_usd_per_mw": np.float32,
    }
    """Fleet attributes kept per tick, and the dtype each is read in."""

    METRIC_FLEET_ARRAYS = ("mw", "running_share", "ths", "j_per_th", "value_usd_per_w", "btc_held")
    """Fleet attributes the fleet's model columns are derived from, kept in the ring (in
    float64) in this order; those of :data:`SNAPSHOT_DTYPES` go from there to the tables."""

    TABLE_ONLY_FLEET_ARRAYS = (
        "status",
        "tenant",
        "contract",
        "cash_usd",
        "value_mine_usd_per_mw",
        "value_lease_usd_per_mw",
        "value_convert_usd_per_mw",
    )
    """The rest of :data:`SNAPSHOT_DTYPES`: copied straight to their tables each tick."""

    DERIVED_CHUNK_ELEMENTS = 1 << 15
    """Ticks x sites the fleet's columns are derived from in one pass."""

    def __init__(self, model: PowerMarketModel, model_reporters: dict[str, Any]) -> None:
        """Create the collector for ``model`` with Mesa model reporters."""
        self._pending_metrics: list[tuple] = []
        self._first_pending_row = 0
        self._first_ring_row = 0
        self._metric_names: tuple[str, ...] = ()
        super().__init__(model_reporters=model_reporters)
        self._model = model
        self._steps: list[int] = []
        # One row per collection, room for the whole horizon; np.empty leaves untouched rows
        # unbacked by memory, and the tables double if collection goes on past the horizon.
        rows = model.n_ticks + 1
        n_sites = len(model.fleet)
        n_regions, n_hyperscalers = len(model.grid_operators), len(model.hyperscalers)
        self._tables = {
            name: np.empty((rows, n_sites), dtype=dtype)
            for name, dtype in self.SNAPSHOT_DTYPES.items()
        }
        # The sites' state in full precision is kept for the few ticks not yet derived
        # only: a ring of a block per tick, derived whenever it is full (and when the record
        # is read), so its memory does not grow with the run.
        ring_ticks = max(self.DERIVED_CHUNK_ELEMENTS // max(n_sites, 1), 1)
        self._site_ring = np.empty(
            (
                ring_ticks,
                len(self.METRIC_FLEET_ARRAYS) + 1 + len(LEDGER_SITE_PURPOSES),
                n_sites,
            )
        )
        journal = model.journal
        self._metric_tables = {
            "grid": np.empty((rows, n_regions, len(GRID_READINGS))),
            # Energised MW, then wait MW-years, by region and kind: a row of each tick's
            # operators' arrays end to end (one copy).
            "grid_by_kind": np.empty((rows, 2 * n_regions * _N_REQUEST_KINDS)),
            "hyperscalers": np.empty((rows, n_hyperscalers, len(_CHANNELS) + 2)),
            "hyperscaler_usd": np.empty((rows, *journal.hyperscaler_usd.shape)),
            "site_sales_between_miners_usd": np.empty((rows, 1)),
            # What the sites received by LEDGER_SITE_PURPOSES, summed over the sites.
            "site_ledger_usd": np.empty((rows, len(LEDGER_SITE_PURPOSES))),
            "queued_mw": np.empty((rows, n_regions * 2 * _N_REQUEST_KINDS)),
        }

    @property
    def model_vars(self) -> dict[str, list[Any]]:
        """Mesa's record of the model columns: each reporter's values, one per collection.

        The ticks collected since the record was last read are added to it now (a
        transpose of their rows, and :data:`SNAPSHOT_COLUMNS` derived from the kept
        snapshots in one pass), so a run that is read once pays one transpose rather than
        an append per column per tick.
        """
        if self._pending_metrics:
            self._derive_pending()
        return self._model_vars

    @model_vars.setter
    def model_vars(self, record: dict[str, list[Any]]) -> None:
        if self._pending_metrics:
            self._derive_pending()
        self._model_vars = record

    def _derive_sites(self) -> None:
        """Move the ring's ticks to the kept tables, add the fleet's columns of those ticks
        to the record (ahead of the others, which :meth:`_derive_pending` adds) and keep
        their sites' ledger totals."""
        first, stop = self._first_ring_row, len(self._steps)
        if first == stop:
            return
        model = self._model
        n_ticks = stop - first
        rows = slice(first, stop)
        n_kept = len(self.METRIC_FLEET_ARRAYS)
        ring = len(self._site_ring)
        ring_start = first % ring
        if ring_start + n_ticks <= ring:
            sites = self._site_ring[ring_start : ring_start + n_ticks]
        else:
            sites = self._site_ring[np.arange(first, stop) % ring]
        for k, name in enumerate(self.METRIC_FLEET_ARRAYS):
            if name in self._tables:
                self._tables[name][rows] = sites[:, k]
        snapshots = {name: sites[:, k] for k, name in enumerate(self.METRIC_FLEET_ARRAYS)}
        snapshots["site_power_price_usd_per_mwh"] = sites[:, n_kept]
        grid = self._metric_tables["grid"][rows]
        snapshots["region_power_price_usd_per_mwh"] = np.ascontiguousarray(
            grid[:, :, _READING["power_price_usd_per_mwh"]]
        )
        snapshots["region_greenfield_ai_mw"] = np.ascontiguousarray(
            self._grid_by_kind(rows)[:, 0, :, _GREENFIELD]
        )
        snapshots["status"] = self._tables["status"][rows]
        snapshots["tenant"] = self._tables["tenant"][rows]
        derived = fleet_metrics(
            snapshots, model.fleet.region, model.fleet.firm, model.n_firms, len(model.hyperscalers)
        )
        record = self._model_vars
        for name, values in derived.items():
            record[name].extend(values)
        self._metric_tables["site_ledger_usd"][rows] = sites[:, n_kept + 1 :].sum(axis=2)
        self._first_ring_row = stop

    def _grid_by_kind(self, rows: slice) -> np.ndarray:
        """The kept energised MW and wait MW-years of ``rows``, as ticks x (energised MW,
        wait MW-years) x regions x kinds."""
        by_kind = self._metric_tables["grid_by_kind"][rows]
        return by_kind.reshape(len(by_kind), 2, -1, _N_REQUEST_KINDS)

    def _derive_pending(self) -> None:
        """Add the pending ticks to the record, and their sites' state to the kept tables."""
        self._derive_sites()
        pending = self._pending_metrics
        record = self._model_vars
        columns = dict(zip(self._metric_names, zip(*pending, strict=True), strict=True))
        for name, values in columns.items():
            record[name].extend(values)
        model = self._model
        first, stop = self._first_pending_row, self._first_pending_row + len(pending)
        rows = slice(first, stop)
        tables = self._metric_tables
        derived = ledger_columns(
            tables["hyperscaler_usd"][rows],
            tables["site_ledger_usd"][rows],
            tables["site_sales_between_miners_usd"][rows, 0],
        )
        grid = tables["grid"][rows]
        derived |= grid_metrics(
            grid,
            self._grid_by_kind(rows),
            tables["queued_mw"][rows].reshape(len(pending), grid.shape[1], 2, _N_REQUEST_KINDS),
            model.grid_outlook,
        )
        derived |= ai_served_metrics(
            tables["hyperscalers"][rows, :, : len(_CHANNELS)], columns["ai_demand_mw"]
        )
        for name, values in derived.items():
            record[name].extend(values)
        self._first_pending_row = stop
        pending.clear()

    def latest_metrics(self) -> dict[str, Any]:
        """The model columns of the latest collection."""
        return {name: values[-1] for name, values in self.model_vars.items()}

    def collect(self, model: PowerMarketModel) -> None:
        """Record the model columns, a copy of the fleet's state and the other agents' state.

        The model reads its columns once per tick into ``model.tick_metrics`` (plain
        values, which need no defensive copy, in the same order every tick; the columns of
        :data:`SNAPSHOT_COLUMNS` are derived from the state kept here); they go to Mesa's
        ``model_vars`` (:attr:`model_vars`), so ``get_model_vars_dataframe`` and
        ``mesa.batch_run`` work as for any Mesa model.
        """
        tick_metrics = model.tick_metrics
        metrics = tick_metrics.columns
        if not self._metric_names:
            self._metric_names = tuple(metrics)
            if set(metrics) | SNAPSHOT_COLUMNS != set(self.model_reporters):
                raise ValueError("the model's columns are not its collector's reporters")
        elif len(metrics) != len(self._metric_names):
            raise ValueError("the model's columns changed during the run")
        self._pending_metrics.append(tuple(metrics.values()))
        self._collection_steps.append(model.steps)
        row = len(self._steps)
        if row == len(self._tables["status"]):
            for tables in (self._tables, self._metric_tables):
                for name, table in tables.items():
                    grown = np.empty((2 * len(table), *table.shape[1:]), dtype=table.dtype)
                    grown[:row] = table
                    tables[name] = grown
        fleet = model.fleet
        journal = model.journal
        site_usd = journal.site_usd
        np.concatenate(
            [
                *[getattr(fleet, name) for name in self.METRIC_FLEET_ARRAYS],
                tick_metrics.site_power_price_usd_per_mwh,
                *[site_usd[purpose] for purpose in LEDGER_SITE_PURPOSES],
            ],
            out=self._site_ring[row % len(self._site_ring)].reshape(-1),
        )
        for name in self.TABLE_ONLY_FLEET_ARRAYS:
            self._tables[name][row] = getattr(fleet, name)
        tables = self._metric_tables
        tables["hyperscaler_usd"][row] = journal.hyperscaler_usd
        tables["site_sales_between_miners_usd"][row] = journal.site_sales_between_miners_usd
        operators = model.grid_operators
        tables["grid"][row] = [read_grid_operator(g) for g in operators]
        np.concatenate(
            [
                *[g.energised_mw_by_kind for g in operators],
                *[g.wait_mw_years_by_kind for g in operators],
            ],
            out=tables["grid_by_kind"][row],
        )
        tables["queued_mw"][row] = queued_mw(queue_table(operators))
        tables["hyperscalers"][row] = [read_hyperscaler(h) for h in model.hyperscalers]
        self._steps.append(model.steps)
        if len(self._steps) - self._first_ring_row == len(self._site_ring):
            self._derive_sites()  # the ring is full: derive its ticks now

    @classmethod
    def snapshot(cls, fleet: MinerFleet) -> dict[str, np.ndarray]:
        """The fleet's state now, in compact dtypes."""
        return {
            name: getattr(fleet, name).astype(dtype) for name, dtype in cls.SNAPSHOT_DTYPES.items()
        }

    def fleet_history(self, name: str, first_row: int = 0) -> np.ndarray:
        """One kept fleet attribute from collection ``first_row`` on, as collections x sites.

        A read-only view of the kept table (no frame): what a per-tick display reads to draw
        the ticks it has not drawn yet.

        Raises:
            KeyError: ``name`` is not one of :data:`SNAPSHOT_DTYPES`.
        """
        if name not in self.SNAPSHOT_DTYPES:
            raise KeyError(f"'{name}' is not kept per tick ({', '.join(self.SNAPSHOT_DTYPES)})")
        rows = self._kept(name, slice(first_row, len(self._steps)))
        rows.flags.writeable = False
        return rows

    def _kept(self, name: str, rows: slice) -> np.ndarray:
        """Rows of one kept fleet attribute, in its :data:`SNAPSHOT_DTYPES` dtype."""
        self._derive_sites()
        return self._tables[name][rows]

    def get_agent_vars_dataframe(self) -> pd.DataFrame:
        """Miner state per tick: index ``(Step, AgentID)``, columns :data:`AGENT_COLUMNS`."""
        model = self._model
        n = len(model.fleet)
        n_snapshots = len(self._steps)
        columns = {
            name: self._kept(name, slice(0, n_snapshots)).reshape(-1)
            for name in self.SNAPSHOT_DTYPES
        }
        columns["row"] = np.tile(np.arange(n), n_snapshots)
        frame = fleet_frame(
            model.fleet, model.region_names, [h.name for h in model.hyperscalers], columns
        )
        frame.index = pd.MultiIndex.from_arrays(
            [np.repeat(self._steps, n), np.tile(model.miner_unique_ids, n_snapshots)],
            names=["Step", "AgentID"],
        )
        return frame

    def get_agenttype_vars_dataframe(self, agent_type: type) -> pd.DataFrame:
        """State per tick of one agent type (Miner, Hyperscaler or GridOperator).

        Index ``(Step, AgentID)``; columns :data:`AGENT_COLUMNS`, :data:`HYPERSCALER_COLUMNS`
        or :data:`GRID_OPERATOR_COLUMNS`.

        Raises:
            ValueError: ``agent_type`` is not one of the model's agent types.
        """
        if isinstance(agent_type, type) and issubclass(agent_type, Miner):
            return self.get_agent_vars_dataframe()
        model = self._model
        n_rows = len(self._steps)
        if agent_type is Hyperscaler:
            agents = model.hyperscalers
            kept = self._metric_tables["hyperscalers"][:n_rows].reshape(-1, len(_CHANNELS) + 2)
            served_mw = _python_sums(kept[:, : len(_CHANNELS)])
            values = [
                [h.name for h in agents] * n_rows,
                served_mw,
                *kept[:, len(_CHANNELS) :].T.tolist(),
            ]
            columns = HYPERSCALER_COLUMNS
        elif agent_type is GridOperator:
            agents = model.grid_operators
            kept = self._metric_tables["grid"][:n_rows].reshape(-1, len(GRID_READINGS))
            values = [
                [g.region for g in agents] * n_rows,
                *(kept[:, _READING[name]].tolist() for name in GRID_OPERATOR_COLUMNS[1:]),
            ]
            columns = GRID_OPERATOR_COLUMNS
        else:
            raise ValueError(
                f"{agent_type!r} is not an agent type of this model "
                "(Miner, Hyperscaler or GridOperator)"
            )
        steps = [step for step in self._steps for _ in agents]
        agent_ids = [a.unique_id for a in agents] * n_rows
        return pd.DataFrame.from_records(
            list(zip(steps, agent_ids, *values, strict=True)),
            columns=["Step", "AgentID", *columns],
            index=["Step", "AgentID"],
        )
