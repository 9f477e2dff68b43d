"""Building the population: miner sites and seeded AI deals (ODD section 7.12).

Public miners come from ``abm/data/public_miners.csv`` (largest first, as many as
``n_miners`` allows); synthetic private miners fill the US hashrate share with lognormal
site sizes and normal efficiency and power-cost draws.  Deals announced by the start date
begin as retrofits under way.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from abm import calibration
from abm.fleet import ContractKind, MinerFleet, MinerStatus
from abm.scenario import PowerMarketScenario
from abm.submodels.exogenous import Calendar


@dataclass(frozen=True)
class Population:
    """The miner sites at the start.

    Attributes:
        fleet: Every site's state.
        firm_names: Firm names, indexed by ``fleet.firm`` (public firms, then private miners).
        public_ai_deal_mw: Critical-IT MW of AI deals each site had announced by the start.
    """

    fleet: MinerFleet
    firm_names: list[str]
    public_ai_deal_mw: np.ndarray


def build_miner_sites(
    scenario: PowerMarketScenario,
    rng: np.random.Generator,
    region_names: tuple[str, ...],
    n_expectation_rules: int,
) -> Population:
    """Public miners (largest first), then synthetic ones filling the US hashrate share."""
    s = scenario
    public = calibration.public_miners().sort_values("mw_site", ascending=False, kind="stable")
    public = public.head(s.n_miners)
    n_public = len(public)
    n_synthetic = s.n_miners - n_public
    region_index = {name: i for i, name in enumerate(region_names)}

    target_ehs = s.us_hashrate_share * s.network_hashrate_ehs_start
    public_ehs = float(public["hashrate_ehs"].sum())
    synthetic_ehs = max(target_ehs - public_ehs, 0.1 * target_ehs) if n_synthetic else 0.0
    sizes = rng.lognormal(0.0, 1.0, n_synthetic)
    synthetic_site_ehs = synthetic_ehs * sizes / sizes.sum() if n_synthetic else np.zeros(0)
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

    firm_names = list(dict.fromkeys(public["firm"]))
    firm_of_public = np.array([firm_names.index(f) for f in public["firm"]], dtype=np.int32)
    synthetic_names = [f"Private miner {i + 1:04d}" for i in range(n_synthetic)]
    n = s.n_miners
    fleet = MinerFleet(
        name=np.array(
            [f"{f} ({r})" for f, r in zip(public["firm"], public["region"], strict=True)]
            + [
                f"{name} ({region_names[r]})"
                for name, r in zip(synthetic_names, synthetic_region, strict=True)
            ],
            dtype=object,
        ),
        firm=np.concatenate(
            [firm_of_public, len(firm_names) + np.arange(n_synthetic, dtype=np.int32)]
        ),
        region=np.concatenate(
            [
                public["region"].map(region_index).to_numpy(np.int8),
                synthetic_region.astype(np.int8),
            ]
        ),
        mw=np.concatenate([public["mw_site"].to_numpy(float), synthetic_mw]),
        ths=np.concatenate(
            [public["hashrate_ehs"].to_numpy(float) * 1e6, synthetic_site_ehs * 1e6]
        ),
        j_per_th=np.concatenate([public["fleet_j_per_th"].to_numpy(float), synthetic_j]),
        power_cost_usd_per_mwh=np.concatenate([public_cost, synthetic_cost]),
        cash_usd=np.concatenate([public_cash, synthetic_mw * s.synthetic_cash_usd_per_mw]),
        debt_usd=np.concatenate([public_debt, synthetic_mw * s.synthetic_debt_usd_per_mw]),
        discount_rate=rng.uniform(s.discount_rate_min, s.discount_rate_max, n),
        risk_aversion=rng.uniform(0.0, s.risk_aversion_max, n),
        horizon_years=rng.uniform(s.horizon_min_years, s.horizon_max_years, n),
        expectation_rule=rng.integers(0, n_expectation_rules, n).astype(np.int8),
        is_public=np.arange(n) < n_public,
    )
    # Two rows of one firm in one region get distinct names.
    seen: dict[str, int] = {}
    for k, name in enumerate(fleet.name):
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            fleet.name[k] = f"{name} #{seen[name]}"
    # A fleet reported at more hashrate than its MW can run is capped at the MW.
    fleet.ths = np.minimum(fleet.ths, fleet.mw * 1e6 / fleet.j_per_th)
    # Deals announced after the start date are what the model should find, not be told.
    announced = public["ai_deal_announced"]
    known = announced.isna() | (announced <= pd.Timestamp(s.start_date))
    public_ai_deal_mw = np.concatenate(
        [
            public["ai_deal_mw"].where(known, 0.0).fillna(0.0).to_numpy(float),
            np.zeros(n_synthetic),
        ]
    )
    return Population(
        fleet=fleet, firm_names=firm_names + synthetic_names, public_ai_deal_mw=public_ai_deal_mw
    )


def seed_announced_deals(
    fleet: MinerFleet,
    public_ai_deal_mw: np.ndarray,
    n_hyperscalers: int,
    calendar: Calendar,
    lease_lead_time_years: float,
    scenario: PowerMarketScenario,
) -> None:
    """Sites with AI deals announced by the start date begin as already converting.

    A public miner's announced critical-IT MW is treated as one contract signed half a lead
    time before the start with hyperscaler 0..n round-robin at the base rent; the whole
    site becomes the contract's (sites are not split).
    """
    s = scenario
    if s.ai_demand_scale == 0:
        return
    deal_sites = np.flatnonzero(public_ai_deal_mw > 0)
    for k, i in enumerate(deal_sites):
        fleet.running_share[i] = 0.0
        fleet.status[i] = MinerStatus.CONVERTING
        fleet.contract[i] = ContractKind.LEASE
        fleet.tenant[i] = k % n_hyperscalers
        fleet.rent_usd_per_kw_month[i] = s.hyperscaler_base_wtp_usd_per_kw_month
        fleet.ready_tick[i] = calendar.ticks(lease_lead_time_years) // 2
        fleet.contract_end_tick[i] = fleet.ready_tick[i] + calendar.ticks(s.lease_term_years)
        fleet.firm_service[i] = True  # announced projects have their grid agreements
