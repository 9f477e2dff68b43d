"""Sites in tranches, three contract structures, seeded deals right-sized, the choice explained."""

import numpy as np
import pytest

from abm import MinerStatus, PowerMarketModel
from abm.fleet import ContractKind
from abm.scenario import PowerMarketScenario
from abm.submodels import lease_market


def test_public_sites_come_in_tranches_that_add_up_to_the_site():
    model = PowerMarketModel(seed=1, n_miners=20, horizon_years=0.1)
    fleet = model.fleet
    public = fleet.is_public
    assert (fleet.mw[public] <= model.scenario.pivot_tranche_mw + 1e-9).all()
    for site in np.unique(fleet.site[public]):
        rows = fleet.site == site
        assert fleet.mw[rows].sum() == pytest.approx(fleet.unit_site_mw[rows][0])
        assert len(set(fleet.firm[rows])) == 1 and len(set(fleet.region[rows])) == 1
    rockdale = [n for n in fleet.name if n.startswith("Riot Platforms Rockdale Facility (ERCOT)")]
    corsicana = [n for n in fleet.name if n.startswith("Riot Platforms Corsicana Facility")]
    assert (len(rockdale), len(corsicana)) == (7, 4)  # 700 and 400 MW in tranches of 100


def test_irens_deal_converts_only_the_tranches_it_covers_and_the_rest_mines():
    model = PowerMarketModel(seed=1, horizon_years=0.1)
    fleet = model.fleet
    iren = np.array([model.firm_names[f] == "IREN" for f in fleet.firm])
    converting = iren & (fleet.status == MinerStatus.CONVERTING)
    assert (fleet.contract[converting] == ContractKind.CONVERT).all()
    # 200 MW of critical IT at an IT share of 0.7 is about 286 MW of a 750 MW site.
    assert fleet.mw[converting].sum() == pytest.approx(200 / model.scenario.it_share, rel=0.2)
    assert (fleet.status[iren & ~converting] == MinerStatus.MINING).all()
    # Converting tranches keep mining until their AI load is energised.
    model.step()
    assert (fleet.running_share[converting] > 0).any()


def test_seeded_deals_take_the_structure_of_their_deal():
    model = PowerMarketModel(seed=1, horizon_years=0.1)
    fleet = model.fleet
    kinds = {}
    for i in np.flatnonzero(fleet.status == MinerStatus.CONVERTING):
        kinds.setdefault(model.firm_names[fleet.firm[i]], set()).add(int(fleet.contract[i]))
    assert kinds["IREN"] == {ContractKind.CONVERT}
    assert kinds["Core Scientific"] == {ContractKind.LEASE}
    assert kinds["Cipher Mining"] == {ContractKind.LANDLORD_BUILT}
    assert kinds["TeraWulf"] == {ContractKind.LANDLORD_BUILT}


def test_the_fitout_premium_is_the_extra_capex_annuitised_at_the_tenants_rate():
    s = PowerMarketScenario()
    extra = s.landlord_built_capex_usd_per_kw_it - s.lease_capex_usd_per_kw_it  # 7,000 USD/kW
    r, n = s.hyperscaler_discount_rate, s.landlord_built_term_years
    expected = extra * r / (1 - np.exp(-r * n)) / 12
    assert lease_market.fitout_premium_usd_per_kw_month(s) == pytest.approx(expected)
    assert 55 < expected < 80  # ~67 USD/kW-month: landlord-built rents of ~150-190 in the deals


def test_landlord_built_halls_are_valued_at_the_project_rate():
    s = PowerMarketScenario()
    rate = lease_market.landlord_built_rate(np.array([0.2]), s)
    d = s.landlord_built_debt_share
    assert rate[0] == pytest.approx(d * s.project_debt_rate + (1 - d) * 0.2)


def mean_final(column_set, seeds=(1, 2, 3), **knobs):
    values = []
    for seed in seeds:
        model = PowerMarketModel(seed=seed, horizon_years=3.0, **knobs)
        model.run()
        last = model.datacollector.get_model_vars_dataframe().iloc[-1]
        values.append(sum(last[c] for c in column_set) / last["mw_sites_total"])
    return float(np.mean(values))


def test_a_higher_rent_cap_moves_more_mw_out_of_mining():
    ai = ("mw_leased", "mw_converting", "mw_hpc")
    low = mean_final(ai, ai_max_lease_usd_per_kw_month=60.0)
    high = mean_final(ai, ai_max_lease_usd_per_kw_month=250.0)
    assert high > low + 0.03
    assert mean_final(("mw_mining",), ai_max_lease_usd_per_kw_month=60.0) > mean_final(
        ("mw_mining",), ai_max_lease_usd_per_kw_month=250.0
    )


def test_the_contract_record_explains_each_choice_and_structures_differ():
    model = PowerMarketModel(seed=1, horizon_years=3.0)
    model.run()
    contracts = model.contracts_table()
    assert {"lease", "landlord_built"} <= set(contracts["kind"])
    assert contracts[["value_mine_usd_per_mw", "value_lease_usd_per_mw"]].notna().all().all()
    public = ~contracts["firm"].str.startswith("Private miner")
    # Public sites sign tranche by tranche (a tranche may have grown by a grid expansion).
    assert (contracts.loc[public, "mw"] < 2 * model.scenario.pivot_tranche_mw).all()
    # Landlord-built halls earn the fit-out premium on top of the rent.
    premium = model.market.landlord_built_terms.revenue_premium_usd_per_kw_month
    assert premium > 0
    # Every firm's MW by path adds up to its MW.
    paths = model.path_table()
    fleet = model.fleet
    for firm in paths.index[:5]:
        rows = np.array([model.firm_names[f] == firm for f in fleet.firm])
        assert paths.loc[firm].sum() == pytest.approx(fleet.mw[rows].sum())
    # Who leases to whom is in the agent data.
    agents = model.datacollector.get_agent_vars_dataframe().xs(model.steps, level="Step")
    leased = agents["status"] == "leased"
    assert agents.loc[leased, "tenant"].notna().all()
