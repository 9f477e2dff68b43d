"""Sites one by one from the filings, and what their AI suitability class does to a pivot.

The tables are read with pandas here, apart from the loaders under test, so a test of the
population checks the model against the CSVs rather than against its own arithmetic.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from abm import MinerStatus, PowerMarketModel, calibration
from abm.fleet import ContractKind

DATA = Path(__file__).resolve().parents[2] / "abm" / "data"
SEEDS = (1, 2, 3)


def sites_table() -> pd.DataFrame:
    return pd.read_csv(DATA / "miner_sites.csv")


def classes_table() -> pd.DataFrame:
    return pd.read_csv(DATA / "site_suitability_classes.csv").set_index("suitability_class")


def public_totals() -> pd.Series:
    """Each firm's MW in public_miners.csv, rows with MW and hashrate only (as the model)."""
    frame = pd.read_csv(DATA / "public_miners.csv")
    usable = frame[(frame["mw_site"] > 0) & (frame["hashrate_ehs"] > 0)]
    return usable.groupby("firm")["mw_site"].sum()


def test_every_site_row_has_a_source_a_class_and_the_reason_for_it():
    frame = sites_table()
    assert frame["source_url"].str.startswith("http").all()
    assert (frame["source_title"].fillna("").str.strip() != "").all()
    assert set(frame["suitability_class"]) <= {"A", "B", "C"}
    assert (frame["suitability_basis"].fillna("").str.len() > 10).all()
    assert (frame["mining_mw"] >= 0).all()


def test_every_class_is_cited_or_an_assumption_with_its_default_inside_its_range():
    frame = classes_table()
    assert list(frame.index) == ["A", "B", "C"]
    assert frame["source_url"].str.startswith("http").all()
    assert frame["note"].str.contains("reported|assumption").all()
    for name in ("retrofit_cost_multiplier", "rent_factor"):
        assert (frame[f"{name}_low"] <= frame[name]).all()
        assert (frame[name] <= frame[f"{name}_high"]).all()
    # A worse site costs more to retrofit and earns less rent.
    assert frame["retrofit_cost_multiplier"].is_monotonic_increasing
    assert frame["rent_factor"].is_monotonic_decreasing
    # The listed capex of each class is the class-A hall cost times its multiplier.
    hall = frame.loc["A", "landlord_built_capex_usd_per_kw_it"]
    assert frame["landlord_built_capex_usd_per_kw_it"].to_numpy() == pytest.approx(
        hall * frame["retrofit_cost_multiplier"].to_numpy()
    )


def test_about_a_fifth_of_private_mining_mw_is_reusable_for_ai():
    shares = classes_table()["synthetic_mw_share"]
    assert shares.sum() == pytest.approx(1.0)
    assert shares["A"] + shares["B"] == pytest.approx(0.2)


def test_each_firms_mining_sites_add_up_to_its_public_miners_mw():
    sites = sites_table()
    mining = sites[(sites["country"] == "US") & (sites["mining_mw"] > 0)]
    by_firm = mining.groupby("firm")["mining_mw"].sum()
    totals = public_totals()
    assert set(totals.index) <= set(by_firm.index)
    for firm, mw in totals.items():
        assert by_firm[firm] == pytest.approx(mw, rel=0.05), firm


def test_public_rows_are_the_firms_sites_with_their_class_and_firm_totals():
    model = PowerMarketModel(seed=1, horizon_years=0.1)
    fleet = model.fleet
    public = fleet.is_public
    firms = np.array([model.firm_names[f] for f in fleet.firm])
    totals = public_totals()
    for firm, mw in totals.items():
        assert fleet.mw[public & (firms == firm)].sum() == pytest.approx(mw), firm
    # Each site keeps the class the table gives it.
    table = sites_table()
    classes = {
        (row.firm, row.site.split(" (")[0]): "ABC".index(row.suitability_class)
        for row in table.itertuples()
    }
    riot_corsicana = [i for i, n in enumerate(fleet.name) if "Riot Platforms Corsicana" in n]
    rockdale = [i for i, n in enumerate(fleet.name) if "Riot Platforms Rockdale" in n]
    assert (
        fleet.suitability_class[riot_corsicana] == classes[("Riot Platforms", "Corsicana Facility")]
    ).all()
    assert (
        fleet.suitability_class[rockdale] == classes[("Riot Platforms", "Rockdale Facility")]
    ).all()
    frame = classes_table()
    for code, name in enumerate("ABC"):
        rows = fleet.suitability_class == code
        assert (
            fleet.retrofit_cost_multiplier[rows] == frame.loc[name, "retrofit_cost_multiplier"]
        ).all()
        assert (fleet.rent_factor[rows] == frame.loc[name, "rent_factor"]).all()


def test_signing_a_hall_on_a_class_c_site_costs_its_multiplier_and_pays_its_rent_factor():
    model = PowerMarketModel(seed=1, horizon_years=0.1)
    fleet, s = model.fleet, model.scenario
    site = int(
        np.flatnonzero(
            (fleet.suitability_class == 2)
            & fleet.in_status(MinerStatus.MINING, MinerStatus.IDLE)
            & fleet.is_public
        )[0]
    )
    debt_before, mw = float(fleet.debt_usd[site]), float(fleet.mw[site])
    model.market.sign(
        site,
        0,
        ContractKind.LANDLORD_BUILT,
        150.0,
        0.0,
        fleet,
        model.hyperscalers,
        model.grid_operators,
        model.journal,
        np.full(len(fleet), 1e12),
        0,
    )
    # Hand-computed: 9,000 USD/kW IT x 1.7 (class C) x 1,000 kW/MW x 0.7 MW IT per MW gross.
    capex_per_mw = 9_000 * 1.7 * 1_000 * 0.7
    assert s.landlord_built_capex_usd_per_kw_it == 9_000 and s.it_share == 0.7
    assert fleet.debt_usd[site] - debt_before == pytest.approx(
        capex_per_mw * mw * s.landlord_built_debt_share
    )
    assert fleet.rent_usd_per_kw_month[site] == pytest.approx(150.0 * 0.65)


def test_a_class_b_site_values_a_tenant_funded_lease_at_its_extra_capex_and_lower_rent():
    model = PowerMarketModel(seed=1, horizon_years=0.1)
    fleet = model.fleet
    site = int(np.flatnonzero(fleet.suitability_class == 1)[0])
    terms = model.market.lease_terms
    a, b = terms.rent_coefficients(fleet.discount_rate[site : site + 1])
    a_site, b_site = (c[site] for c in model._lease_coefficients)
    # Hand-computed: 2,000 USD/kW IT x (1.35 - 1) x 1,000 x 0.7 = 490,000 USD per MW gross.
    assert b[0] - b_site == pytest.approx(490_000)
    assert a_site == pytest.approx(a[0] * 0.85)


@pytest.fixture(scope="module")
def three_year_runs():
    models = []
    for seed in SEEDS:
        model = PowerMarketModel(seed=seed, horizon_years=3.0)
        model.run()
        models.append(model)
    return models


def ai_share_of_class(model: PowerMarketModel, code: int) -> float:
    fleet = model.fleet
    rows = fleet.suitability_class == code
    moved = fleet.in_status(
        MinerStatus.CONVERTING, MinerStatus.LEASED, MinerStatus.HPC, MinerStatus.ACQUIRED
    )
    return float(fleet.mw[rows & moved].sum() / fleet.mw[rows].sum())


def test_class_c_sites_pivot_less_than_class_a_sites_over_three_years(three_year_runs):
    class_a = np.mean([ai_share_of_class(m, 0) for m in three_year_runs])
    class_c = np.mean([ai_share_of_class(m, 2) for m in three_year_runs])
    assert class_c < class_a - 0.2


def test_class_c_factors_themselves_hold_class_c_sites_back(three_year_runs, monkeypatch):
    # The same sites, draws and classes, with every class priced as class A.
    real = calibration.site_suitability_classes()
    flat = real.assign(retrofit_cost_multiplier=1.0, rent_factor=1.0)
    monkeypatch.setattr(calibration, "site_suitability_classes", lambda: flat)
    as_class_a = []
    for seed in SEEDS:
        model = PowerMarketModel(seed=seed, horizon_years=3.0)
        model.run()
        as_class_a.append(ai_share_of_class(model, 2))
    priced = np.mean([ai_share_of_class(m, 2) for m in three_year_runs])
    assert priced < np.mean(as_class_a) - 0.05
