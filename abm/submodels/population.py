"""Building the population: miner sites and seeded AI deals (ODD section 7.12).

Public miners come from the ``public_miners_file`` table of ``abm/data/`` (largest first, as many as
``n_miners`` allows); synthetic private miners fill the US hashrate share with lognormal
site sizes and normal efficiency and power-cost draws.  Deals announced by the start date
begin as retrofits under way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd

from abm import calibration
from abm.calibration import SUITABILITY_CLASSES
from abm.economics.valuation import ContractTerms
from abm.fleet import ContractKind, MinerFleet, MinerStatus
from abm.scenario import PowerMarketScenario
from abm.submodels.exogenous import Calendar


@dataclass(frozen=True)
class Population:
    """The miner sites at the start.

    Attributes:
        fleet: Every site's state.
        firm_names: Firm names, indexed by ``fleet.firm`` (public firms, then private miners).
        public_ai_deal_mw: Critical-IT MW of AI deals each row had announced by the start.
        site_names: Name of each site, indexed by ``fleet.site``.
        public_deal_kind: Structure of each row's announced deal (``tenant_funded``,
            ``landlord_built`` or ``convert``; from ``abm/data/deals.csv``).
    """

    fleet: MinerFleet
    firm_names: list[str]
    public_ai_deal_mw: np.ndarray
    site_names: list[str]
    public_deal_kind: list[str]


CLASS_CODE = {name: code for code, name in enumerate(SUITABILITY_CLASSES)}
"""Code of each AI suitability class in ``MinerFleet.suitability_class`` (0 = A, the best)."""


def public_sites(public: pd.DataFrame, sites: pd.DataFrame, start_date) -> pd.DataFrame:
    """The public miners' rows split into their sites, each with its AI suitability class.

    A firm listed in the site table (:func:`abm.calibration.miner_sites`) becomes one row per
    mining site: the firm's MW and hashrate (``public_miners`` rows summed: the calibration
    totals) are shared over its sites by their ``mining_mw``, each site in its own region;
    fleet efficiency is the firm's hashrate-weighted mean, power cost its MW-weighted mean,
    cash and debt the firm's.  A firm the table does not list keeps its rows, each one site
    of the class ``default_for_unlisted_sites``.  Deals announced after ``start_date`` are
    dropped (what the model should find, not be told).

    Args:
        public: Rows of :func:`abm.calibration.public_miners`.
        sites: Rows of :func:`abm.calibration.miner_sites` for the table ``public`` comes
            from (its ``fleet_table``).
        start_date: The simulation's first day.

    Returns:
        The columns of ``public`` plus ``site`` (name, empty for an unlisted firm's row) and
        ``suitability_class``; ``ai_deal_mw`` is the firm's known deal (critical-IT MW), on
        every row of the firm.
    """
    classes = calibration.site_suitability_classes()
    unlisted_class = classes.index[classes["default_for_unlisted_sites"]][0]
    announced = public["ai_deal_announced"]
    known = announced.isna() | (announced <= pd.Timestamp(start_date))
    public = public.assign(ai_deal_mw=public["ai_deal_mw"].where(known, 0.0).fillna(0.0))
    pieces = []
    for firm, rows in public.groupby("firm", sort=False):
        listed = sites[sites["firm"] == firm]
        if listed.empty:
            pieces.append(
                rows.assign(
                    site="", suitability_class=unlisted_class, ai_deal_mw=rows["ai_deal_mw"].sum()
                )
            )
            continue
        mw, ehs = float(rows["mw_site"].sum()), float(rows["hashrate_ehs"].sum())
        share = listed["mining_mw"].to_numpy(float) / float(listed["mining_mw"].sum())
        cost = rows["power_cost_usd_per_mwh"]
        pieces.append(
            pd.DataFrame(
                {
                    "firm": firm,
                    "region": listed["region"].to_numpy(),
                    "mw_site": mw * share,
                    "hashrate_ehs": ehs * share,
                    "fleet_j_per_th": float((rows["fleet_j_per_th"] * rows["hashrate_ehs"]).sum())
                    / ehs,
                    "power_cost_usd_per_mwh": float((cost * rows["mw_site"]).sum())
                    / float(rows.loc[cost.notna(), "mw_site"].sum())
                    if cost.notna().any()
                    else np.nan,
                    "cash_usd_m": rows["cash_usd_m"].max(),
                    "debt_usd_m": rows["debt_usd_m"].max(),
                    "ai_deal_mw": float(rows["ai_deal_mw"].sum()),
                    "ai_deal_announced": rows["ai_deal_announced"].min(),
                    "site": listed["site"].to_numpy(),
                    "suitability_class": listed["suitability_class"].to_numpy(),
                }
            )
        )
    return pd.concat(pieces, ignore_index=True)


@cache
def _public_sites_largest_first(public_miners_file: str, start_date) -> pd.DataFrame:
    """:func:`public_sites` of a fleet table at a start date, largest site first (cached:
    every run of a sweep starts from the same table; callers take a copy)."""
    return public_sites(
        calibration.public_miners(public_miners_file),
        sites_of(calibration.miner_sites(), public_miners_file),
        start_date,
    ).sort_values("mw_site", ascending=False, kind="stable")


def sites_of(sites: pd.DataFrame, public_miners_file: str) -> pd.DataFrame:
    """The site rows that split the firm totals of ``public_miners_file`` (a backtest's
    fleets of 2022 are not split into the sites of 2025)."""
    return sites[sites["fleet_table"] == public_miners_file]


def firm_deal_by_site(sites: pd.DataFrame, it_share: float) -> np.ndarray:
    """Critical-IT MW of its firm's announced deal on each site row, MW.

    A firm's deal fills its best sites first (class A before B before C, larger before
    smaller within a class) up to each site's MW times ``it_share``: deals are announced
    for the sites that suit AI.
    """
    deal_mw = np.zeros(len(sites))
    order = sites.assign(
        _class=sites["suitability_class"].map(CLASS_CODE), _row=np.arange(len(sites))
    ).sort_values(["firm", "_class", "mw_site"], ascending=[True, True, False], kind="stable")
    for _, rows in order.groupby("firm", sort=False):
        left = float(rows["ai_deal_mw"].iloc[0])
        for row, mw in zip(rows["_row"], rows["mw_site"], strict=True):
            deal_mw[row] = min(left, mw * it_share)
            left -= deal_mw[row]
    return deal_mw


def build_miner_sites(
    scenario: PowerMarketScenario,
    rng: np.random.Generator,
    region_names: tuple[str, ...],
    n_expectation_rules: int,
) -> Population:
    """Public miners (largest first), then synthetic ones filling the US hashrate share."""
    s = scenario
    classes = calibration.site_suitability_classes()
    public = _public_sites_largest_first(s.public_miners_file, s.start_date)
    public = public.head(s.n_miners).reset_index(drop=True)
    n_public = len(public)
    n_synthetic = s.n_miners - n_public
    region_index = {name: i for i, name in enumerate(region_names)}
    deal_mw = firm_deal_by_site(public, s.it_share)
    # Synthetic miners fill the US share of the network's hashrate (sites whose AI deal is
    # under way keep mining until their AI load is energised).
    target_ehs = s.us_hashrate_share * s.network_hashrate_ehs_start
    public_ehs = float(public["hashrate_ehs"].sum())
    synthetic_ehs = max(target_ehs - public_ehs, 0.1 * target_ehs) if n_synthetic else 0.0
    # Private sites' sizes come from one distribution whatever n_miners is; each synthetic
    # row stands for as many such sites as the US hashrate needs (n_miners sets how finely
    # the distribution is sampled, not the total MW or its size mix).
    unit_site_mw = np.clip(
        rng.lognormal(np.log(s.synthetic_site_mw_median), s.synthetic_site_mw_sigma, n_synthetic),
        0.5,
        500.0,
    )
    synthetic_j = np.clip(
        rng.normal(s.synthetic_j_per_th_mean, s.synthetic_j_per_th_sd, n_synthetic),
        s.asic_frontier_j_per_th,
        60.0,
    )
    synthetic_cost = np.clip(
        rng.normal(
            s.synthetic_power_cost_usd_per_mwh_mean,
            s.synthetic_power_cost_usd_per_mwh_sd,
            n_synthetic,
        ),
        10.0,
        200.0,
    )
    region_mw = (
        public.groupby("region")["mw_site"].sum().reindex(region_names, fill_value=0.0).to_numpy()
    )
    region_weights = region_mw + 0.02 * max(region_mw.sum(), 1.0)
    synthetic_region = rng.choice(
        len(region_names), size=n_synthetic, p=region_weights / region_weights.sum()
    )
    hashrate_weight = unit_site_mw / synthetic_j
    synthetic_site_ehs = (
        synthetic_ehs * hashrate_weight / hashrate_weight.sum() if n_synthetic else np.zeros(0)
    )
    synthetic_mw = synthetic_site_ehs * synthetic_j  # EH/s * J/TH = MW

    # Firm-level cash and debt are reported once per firm: split them over its sites by MW.
    firm_mw = public.groupby("firm")["mw_site"].transform("sum")
    firm_cash = (
        public.groupby("firm")["cash_usd_m"].transform("max") * 1e6 * public["mw_site"] / firm_mw
    )
    firm_debt = (
        public.groupby("firm")["debt_usd_m"].transform("max") * 1e6 * public["mw_site"] / firm_mw
    )
    public_cost = (
        public["power_cost_usd_per_mwh"]
        .fillna(s.synthetic_power_cost_usd_per_mwh_mean)
        .to_numpy(float)
    )
    public_cash = firm_cash.fillna(public["mw_site"] * s.synthetic_cash_usd_per_mw).to_numpy(float)
    public_debt = firm_debt.fillna(public["mw_site"] * s.synthetic_debt_usd_per_mw).to_numpy(float)

    treasury = calibration.btc_treasuries(s.start_date)
    public_btc = (public["firm"].map(treasury).fillna(0.0) * public["mw_site"] / firm_mw).to_numpy(
        float
    )
    firm_names = list(dict.fromkeys(public["firm"]))
    firm_of_public = np.array([firm_names.index(f) for f in public["firm"]], dtype=np.int32)
    site_names = [
        f"{f} {site.split(' (')[0]} ({r})" if site else f"{f} ({r})"
        for f, site, r in zip(public["firm"], public["site"], public["region"], strict=True)
    ]
    seen: dict[str, int] = {}
    for k, name in enumerate(site_names):  # two rows of one firm in one region
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            site_names[k] = f"{name} #{seen[name]}"
    # Public sites in tranches of at most pivot_tranche_mw: each tranche chooses its path
    # while the rest of the site goes on mining.
    site_mw = public["mw_site"].to_numpy(float)
    tranches = np.maximum(np.ceil(site_mw / s.pivot_tranche_mw), 1).astype(int)
    row_site = np.repeat(np.arange(n_public), tranches)
    phase = np.concatenate([np.arange(k) for k in tranches]) if n_public else np.zeros(0, int)
    share = 1.0 / tranches[row_site]
    # An announced deal's critical-IT MW, grossed up by the IT share, fills the site's first
    # tranches (right-sized: the rest of the site is not part of the deal).
    deal_gross_mw = np.minimum(deal_mw / s.it_share, site_mw)
    tranche_mw = site_mw[row_site] * share
    before = phase * tranche_mw
    tranche_deal_mw = np.clip(deal_gross_mw[row_site] - before, 0.0, tranche_mw)
    tranche_deal_mw = np.where(tranche_deal_mw >= 0.5 * tranche_mw, tranche_deal_mw, 0.0)
    public_names = [
        site_names[i] if tranches[i] == 1 else f"{site_names[i]} phase {p + 1}/{tranches[i]}"
        for i, p in zip(row_site, phase, strict=True)
    ]
    synthetic_names = [f"Private miner {i + 1:04d}" for i in range(n_synthetic)]
    n_rows = row_site.size + n_synthetic
    fleet = MinerFleet(
        name=np.array(
            public_names
            + [
                f"{name} ({region_names[r]})"
                for name, r in zip(synthetic_names, synthetic_region, strict=True)
            ],
            dtype=object,
        ),
        firm=np.concatenate(
            [firm_of_public[row_site], len(firm_names) + np.arange(n_synthetic, dtype=np.int32)]
        ),
        region=np.concatenate(
            [
                public["region"].map(region_index).to_numpy(np.int8)[row_site],
                synthetic_region.astype(np.int8),
            ]
        ),
        mw=np.concatenate([tranche_mw, synthetic_mw]),
        ths=np.concatenate(
            [
                public["hashrate_ehs"].to_numpy(float)[row_site] * 1e6 * share,
                synthetic_site_ehs * 1e6,
            ]
        ),
        j_per_th=np.concatenate([public["fleet_j_per_th"].to_numpy(float)[row_site], synthetic_j]),
        power_cost_usd_per_mwh=np.concatenate([public_cost[row_site], synthetic_cost]),
        cash_usd=np.concatenate(
            [public_cash[row_site] * share, synthetic_mw * s.synthetic_cash_usd_per_mw]
        ),
        debt_usd=np.concatenate(
            [public_debt[row_site] * share, synthetic_mw * s.synthetic_debt_usd_per_mw]
        ),
        discount_rate=rng.uniform(s.discount_rate_min, s.discount_rate_max, n_rows),
        risk_aversion=rng.uniform(0.0, s.risk_aversion_max, n_rows),
        horizon_years=rng.uniform(s.horizon_min_years, s.horizon_max_years, n_rows),
        expectation_rule=rng.integers(0, n_expectation_rules, n_rows).astype(np.int8),
        is_public=np.arange(n_rows) < row_site.size,
        unit_site_mw=np.concatenate([site_mw[row_site], unit_site_mw]),
        btc_held=np.concatenate([public_btc[row_site] * share, np.zeros(n_synthetic)]),
        site=np.concatenate([row_site, n_public + np.arange(n_synthetic)]),
    )
    # A firm's tranches of one site share its discounting and expectations.
    if row_site.size:
        first = np.searchsorted(row_site, row_site)
        for name in ("discount_rate", "risk_aversion", "horizon_years", "expectation_rule"):
            values = getattr(fleet, name)
            values[: row_site.size] = values[first]
    # A fleet reported at more hashrate than its MW can run is capped at the MW.
    fleet.ths = np.minimum(fleet.ths, fleet.mw * 1e6 / fleet.j_per_th)
    # Private sites' classes are drawn last, so the draws above are those of a fleet without
    # classes (a synthetic row's class is that of all the identical sites it stands for).
    public_class = public["suitability_class"].map(CLASS_CODE).to_numpy(np.int8)
    synthetic_class = rng.choice(
        len(SUITABILITY_CLASSES), size=n_synthetic, p=classes["synthetic_mw_share"].to_numpy()
    ).astype(np.int8)
    fleet.suitability_class[:] = np.concatenate([public_class[row_site], synthetic_class])
    fleet.retrofit_cost_multiplier[:] = classes["retrofit_cost_multiplier"].to_numpy(float)[
        fleet.suitability_class
    ]
    fleet.rent_factor[:] = classes["rent_factor"].to_numpy(float)[fleet.suitability_class]
    public_ai_deal_mw = np.concatenate([tranche_deal_mw * s.it_share, np.zeros(n_synthetic)])
    deal_kind = calibration.deal_structures(s.start_date)
    kinds = [deal_kind.get(firm, "tenant_funded") for firm in public["firm"]]
    return Population(
        fleet=fleet,
        firm_names=firm_names + synthetic_names,
        public_ai_deal_mw=public_ai_deal_mw,
        site_names=site_names + [str(n) for n in fleet.name[row_site.size :]],
        public_deal_kind=[kinds[i] for i in row_site] + ["" for _ in range(n_synthetic)],
    )


DEAL_KIND = {
    "tenant_funded": ContractKind.LEASE,
    "landlord_built": ContractKind.LANDLORD_BUILT,
    "convert": ContractKind.CONVERT,
}
"""Contract kind of each deal structure named in :func:`abm.calibration.deal_structures`."""


def seed_announced_deals(
    fleet: MinerFleet,
    public_ai_deal_mw: np.ndarray,
    deal_kinds: list[str],
    n_hyperscalers: int,
    calendar: Calendar,
    terms_by_kind: dict[int, ContractTerms],
    scenario: PowerMarketScenario,
) -> None:
    """Tranches with AI deals announced by the start date begin as converting (still mining).

    Each deal's tranches sign, half a lead time before the start, the structure of the deal
    (a conversion for IREN, a tenant-funded lease for Core Scientific, landlord-built for
    Cipher and TeraWulf) with hyperscaler 0..n round-robin at the base rent; the rest of the
    site is free to choose.
    """
    s = scenario
    if s.ai_demand_scale == 0:
        return
    deal_rows = np.flatnonzero(public_ai_deal_mw > 0)
    for k, i in enumerate(deal_rows):
        kind = DEAL_KIND[deal_kinds[i]]
        terms = terms_by_kind[kind]
        fleet.status[i] = MinerStatus.CONVERTING
        fleet.contract[i] = kind
        fleet.tenant[i] = k % n_hyperscalers
        fleet.rent_usd_per_kw_month[i] = s.hyperscaler_base_wtp_usd_per_kw_month
        fleet.ready_tick[i] = calendar.ticks(terms.lead_time_years) // 2
        fleet.contract_end_tick[i] = fleet.ready_tick[i] + calendar.ticks(terms.term_years)
        fleet.gpu_capex_usd_per_mw[i] = terms.gpu_capex_usd_per_mw()  # ordered at the start's price
        fleet.firm_service[i] = True  # announced projects have their grid agreements
