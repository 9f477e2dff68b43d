"""Sites in tranches, three contract structures, seeded deals right-sized, the choice explained."""

import numpy as np
import pytest

from abm import MinerStatus, PowerMarketModel, strategies
from abm.economics import valuation
from abm.economics.valuation import ContractTerms
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
        assert paths.loc[firm, list(model.PATHS)].sum() == pytest.approx(fleet.mw[rows].sum())
    # Who leases to whom is in the agent data.
    agents = model.datacollector.get_agent_vars_dataframe().xs(model.steps, level="Step")
    leased = agents["status"] == "leased"
    assert agents.loc[leased, "tenant"].notna().all()


# ---------------------------------------------------------------- the convert path's economics


def _terms(**changes):
    base = dict(
        it_share=0.7,
        noi_margin=0.85,
        term_years=5.0,
        lead_time_years=1.5,
        capex_usd_per_kw_it=3000.0,
        revenue_premium_usd_per_kw_month=0.0,
        terminal_multiple=5.0,
        lease_noi_margin=0.85,
    )
    base.update(changes)
    return ContractTerms(**base)


def test_gpus_are_charged_at_delivery_not_at_signing():
    r = np.array([0.12])
    without = _terms().value_usd_per_mw(800.0, r)
    with_gpus = _terms(gpu_capex_usd_per_kw_it=29000.0).value_usd_per_mw(800.0, r)
    # 29,000 USD/kW IT x 700 kW IT per MW gross, paid 1.5 years out.
    assert without - with_gpus == pytest.approx(29000 * 700 * np.exp(-0.12 * 1.5))


def test_a_prepayment_is_worth_the_revenue_received_early():
    r, p = 0.12, 0.2
    a0, _ = _terms().rent_coefficients(np.array([r]))
    a1, _ = _terms(prepayment_share=p).rent_coefficients(np.array([r]))
    during = (np.exp(-r * 1.5) - np.exp(-r * 6.5)) / r
    assert a1 - a0 == pytest.approx(700 * 12 * p * (5.0 - during))


def test_gpus_keep_their_straight_line_book_value_at_the_end_of_the_term():
    assert valuation.gpu_residual_share(5.0, 6.0) == pytest.approx(1 / 6)
    assert valuation.gpu_residual_share(7.0, 6.0) == 0.0
    r = np.array([0.1])
    kept = _terms(gpu_capex_usd_per_kw_it=1000.0, gpu_residual_share=0.5)
    lost = _terms(gpu_capex_usd_per_kw_it=1000.0)
    gain = kept.value_usd_per_mw(800.0, r) - lost.value_usd_per_mw(800.0, r)
    assert gain == pytest.approx(0.5 * 1000 * 700 * np.exp(-0.1 * 6.5))


def test_a_converted_site_reverts_to_a_shell_at_the_base_rent_not_at_the_compute_price():
    r = np.array([0.1])
    at_base = _terms(terminal_rent_usd_per_kw_month=120.0)
    a, _ = at_base.rent_coefficients(r)
    a_lease, _ = _terms().rent_coefficients(r)
    # The compute price earns no terminal value; the shell's is fixed.
    assert a_lease - a == pytest.approx(5.0 * 0.85 * np.exp(-0.1 * 6.5) * 700 * 12)


def test_a_hall_let_as_shell_after_the_term_earns_a_lease_term_of_rent_then_the_multiple():
    r = np.array([0.1])
    let = _terms(terminal_rent_usd_per_kw_month=120.0, terminal_lease_years=12.0)
    at_end = _terms(terminal_rent_usd_per_kw_month=120.0)
    gain = let.value_usd_per_mw(0.0, r) - at_end.value_usd_per_mw(0.0, r)
    # 12 years of shell NOI from 6.5 years out, and the multiple 12 years later.
    years = (np.exp(-0.65) - np.exp(-1.85)) / 0.1 + 5.0 * (np.exp(-1.85) - np.exp(-0.65))
    assert gain == pytest.approx(120 * 0.85 * 700 * 12 * years)
    # A contract in force values its end the same way.
    in_force = let.value_in_force_usd_per_mw(
        np.array([0.0]), r, np.array([1.5]), np.array([6.5])
    ) - at_end.value_in_force_usd_per_mw(np.array([0.0]), r, np.array([1.5]), np.array([6.5]))
    assert in_force == pytest.approx(gain)


def test_a_conversion_earns_the_compute_price_on_any_site_a_lease_its_rent_factor():
    factor = np.array([0.65, 1.0])
    assert (lease_market.site_price_factor(ContractKind.CONVERT, factor) == 1.0).all()
    assert (lease_market.site_price_factor(ContractKind.LEASE, factor) == factor).all()


def _ended_ai_cloud_contracts(**knobs):
    # IREN's seeded conversion ends about 5.75 years in.
    model = PowerMarketModel(seed=1, horizon_years=6.0, **knobs)
    model.run()
    return model, model.renewals_table()


def test_an_ended_ai_cloud_contract_takes_the_better_use_of_its_hall():
    # The compute price falls while GPUs cost the same: too far to pay for new GPUs.
    model, renewals = _ended_ai_cloud_contracts(
        compute_price_decline_annual=0.10, gpu_capex_decline_annual=0.0
    )
    assert len(renewals)
    recontract = renewals["value_recontract_usd_per_mw"]
    shell = renewals["value_shell_usd_per_mw"]
    assert (renewals["choice"] == np.where(recontract > shell, "convert", "lease")).all()
    assert (renewals["choice"] == "lease").all()
    fleet = model.fleet
    rows = np.isin(fleet.name, renewals["site"])
    assert (fleet.status[rows] == MinerStatus.LEASED).all()
    assert (fleet.contract[rows] == ContractKind.LEASE).all()
    assert (fleet.contract_end_tick[rows] > model.steps).all()


def test_an_ai_cloud_host_re_contracts_with_new_gpus_when_the_compute_price_holds():
    model, renewals = _ended_ai_cloud_contracts(
        compute_price_decline_annual=0.0, gpu_capex_decline_annual=0.0
    )
    assert len(renewals) and (renewals["choice"] == "convert").all()
    price = model.scenario.convert_revenue_usd_per_kw_month
    assert (renewals["price_usd_per_kw_month"] == price).all()
    fleet = model.fleet
    rows = np.isin(fleet.name, renewals["site"])
    assert (fleet.status[rows] == MinerStatus.HPC).all()
    assert (fleet.contract_end_tick[rows] > model.steps).all()
    # The buyer prepaid its share of the new contract.
    assert (fleet.prepaid_usd[rows] > 0).all()


def test_the_compute_price_of_new_contracts_falls_at_its_decline_rate():
    assert valuation.price_of_the_day(800.0, 0.1, 2.0) == pytest.approx(800 * np.exp(-0.2))
    assert valuation.price_of_the_day(800.0, -0.05, 2.0) > 800.0  # a negative rate: rising


def test_cheaper_gpus_keep_more_halls_re_contracting_as_ai_clouds():
    # GPUs falling in price as fast as the compute price keep re-contracting worth as much as
    # it was at the start; GPUs that hold their price while the compute price falls do not.
    chosen = {}
    for gpu_decline in (0.0, 0.10):
        _, renewals = _ended_ai_cloud_contracts(
            compute_price_decline_annual=0.10, gpu_capex_decline_annual=gpu_decline
        )
        margin = renewals["value_recontract_usd_per_mw"] - renewals["value_shell_usd_per_mw"]
        chosen[gpu_decline] = margin.mean()
    assert chosen[0.10] > chosen[0.0] + 1e6


def test_a_conversion_orders_its_gpus_at_the_price_of_the_day_it_signs():
    model = PowerMarketModel(seed=1, horizon_years=3.0, gpu_capex_decline_annual=0.2)
    model.run()
    s = model.scenario
    contracts = model.contracts_table()
    later = contracts[(contracts["kind"] == "convert") & (contracts["date"] > model.dates[0])]
    assert len(later)
    rows = np.flatnonzero(np.isin(model.fleet.name, later["site"]))
    signed_on = later.set_index("site").loc[model.fleet.name[rows], "date"]
    years = model.dates.get_indexer(signed_on) * model.tick_years
    expected = s.convert_gpu_capex_usd_per_kw_it * np.exp(-0.2 * years) * 1000.0 * s.it_share
    assert model.fleet.gpu_capex_usd_per_mw[rows] == pytest.approx(expected)


def test_a_conversion_is_offered_at_todays_gpu_price():
    model = PowerMarketModel(seed=1, horizon_years=2.0, gpu_capex_decline_annual=0.2)
    model.run(ticks=60)
    market = model.market
    market.set_compute_price(model.steps)
    assert market.gpu_capex_usd_per_kw_it < model.scenario.convert_gpu_capex_usd_per_kw_it
    sites = np.arange(len(model.fleet))
    context = model._context(sites, model.steps, model._hashprice_growth_by_rule(), sites * 0.0)
    # The intercept the strategy sees is the conversion's own at today's GPU price.
    _, b_now = market.convert_terms_now.rent_coefficients(model._convert_rate)
    extra = lease_market.site_extra_capex_usd_per_mw(
        model.scenario, ContractKind.CONVERT, model.fleet.retrofit_cost_multiplier
    )
    assert context.convert_coefficients[1] == pytest.approx(b_now - extra, rel=1e-9)
    row = strategies.OFFER_STRUCTURES.index(ContractKind.CONVERT)
    assert context.offer_coefficients[1][row] == pytest.approx(b_now - extra, rel=1e-9)
    assert context.convert_terms.gpu_capex_usd_per_kw_it == market.gpu_capex_usd_per_kw_it


def test_a_conversion_costs_a_firm_without_ai_cloud_operations_the_risk_premium():
    s = PowerMarketScenario()
    rates = lease_market.convert_rate(np.array([0.12, 0.12]), np.array([True, False]), s)
    d = s.convert_debt_share
    assert rates[0] == pytest.approx(d * s.project_debt_rate + (1 - d) * 0.12)
    assert rates[1] - rates[0] == pytest.approx(s.convert_risk_premium)


def test_staying_is_valued_on_the_miners_horizon_with_the_site_kept_after_it():
    later, during = valuation.horizon_comparison(np.array([0.1]), np.array([5.0]), 1.0)
    assert later[0] == pytest.approx(np.exp(-0.5))
    assert during[0] == pytest.approx((1 - np.exp(-0.1)) / (1 - np.exp(-0.5)))
    _, during_long = valuation.horizon_comparison(np.array([0.1]), np.array([5.0]), 9.0)
    assert during_long[0] == pytest.approx(1.0)  # a build longer than the horizon


# ---------------------------------------------------------------- named tenants


def test_tenants_are_the_named_firms_of_the_tenant_table():
    model = PowerMarketModel(seed=1, horizon_years=0.1)
    names = [h.name for h in model.hyperscalers]
    assert names[:5] == ["Microsoft", "Amazon", "Alphabet", "Meta", "Oracle"]
    assert {"CoreWeave", "Fluidstack"} <= set(names)
    shares = [h.demand_share for h in model.hyperscalers]
    assert sum(shares) == pytest.approx(1.0)
    coreweave = model.hyperscalers[names.index("CoreWeave")]
    assert coreweave.kind == "neocloud" and coreweave.project_debt_rate > 0.09


def test_seeded_deals_are_signed_with_the_tenant_the_deal_names():
    model = PowerMarketModel(seed=1, horizon_years=0.1)
    fleet = model.fleet
    tenants = {}
    for i in np.flatnonzero(fleet.status == MinerStatus.CONVERTING):
        firm = model.firm_names[fleet.firm[i]]
        tenants.setdefault(firm, set()).add(model.hyperscalers[fleet.tenant[i]].name)
    assert tenants["IREN"] == {"Microsoft"}
    assert tenants["Core Scientific"] == {"CoreWeave"}
    assert tenants["TeraWulf"] == {"Fluidstack"}
    assert tenants["Cipher Mining"] == {"Amazon"}


def test_a_weaker_tenant_raises_the_landlords_financing_cost():
    s = PowerMarketScenario()
    terms = lease_market.contract_terms(s)[ContractKind.LANDLORD_BUILT]
    strong = lease_market.landlord_built_rate(np.array([0.15]), s, 0.0744)
    weak = lease_market.landlord_built_rate(np.array([0.15]), s, 0.10)
    assert terms.value_usd_per_mw(150.0, weak) < terms.value_usd_per_mw(150.0, strong)
    assert terms.reservation_rent(np.array([0.0]), weak) > terms.reservation_rent(
        np.array([0.0]), strong
    )


def test_a_tenants_pipeline_stops_refilling_after_its_years():
    model = PowerMarketModel(seed=1, horizon_years=0.1)
    tenant = model.hyperscalers[[h.name for h in model.hyperscalers].index("Fluidstack")]
    tenant.pipeline_budget_mw[:] = 0.0
    model.market.refill_pipelines(tick=10)
    assert tenant.pipeline_budget_mw.sum() == pytest.approx(
        tenant.pipeline_mw_per_year.sum() * model.tick_years
    )
    tenant.pipeline_budget_mw[:] = 0.0
    after = model.calendar.ticks(tenant.pipeline_years) + 1
    model.market.refill_pipelines(tick=after)
    assert tenant.pipeline_budget_mw.sum() == 0.0


def test_no_tenant_signs_more_on_miner_sites_than_its_pipeline():
    model = PowerMarketModel(seed=2, horizon_years=3.0)
    model.run()
    contracts = model.contracts_table()
    years = 3.0
    for tenant in model.hyperscalers:
        signed = contracts.loc[contracts["tenant"] == tenant.name, "mw"].sum()
        # A quarter-year's worth at the start, then its rate for at most its pipeline years.
        cap = tenant.pipeline_mw_per_year.sum() * (0.25 + min(years, tenant.pipeline_years))
        assert signed <= cap + 1e-6, tenant.name


def test_a_conversion_pays_for_its_gpus_when_its_hall_is_energised():
    model = PowerMarketModel(seed=1, horizon_years=2.0)
    fleet = model.fleet
    rows = np.flatnonzero(fleet.contract == ContractKind.CONVERT)
    debt_before = fleet.debt_usd[rows].copy()
    while not (fleet.status[rows] == MinerStatus.HPC).all():
        model.step()
    gpus = fleet.gpu_capex_usd_per_mw[rows] * fleet.mw[rows]
    ordered = model.market.convert_terms.gpu_capex_usd_per_mw()  # the seeded deal's, at the start
    assert (fleet.gpu_capex_usd_per_mw[rows] == ordered).all()
    # IREN holds the cash for its equity share (the prepayment): only the debt share is lent.
    assert fleet.debt_usd[rows] - debt_before == pytest.approx(
        gpus * model.scenario.convert_debt_share
    )


# ---------------------------------------------------------------- the three paths


def path_shares(seeds=(1, 2, 3), **knobs):
    """Mean share of miner-site MW on each path after three years."""
    totals = {}
    for seed in seeds:
        model = PowerMarketModel(seed=seed, horizon_years=3.0, **knobs)
        model.run()
        table = model.path_table()
        mw = table[list(model.PATHS)].to_numpy().sum()
        for path in model.PATHS:
            totals[path] = totals.get(path, 0.0) + table[path].sum() / mw / len(seeds)
    totals["out_of_mining"] = totals["tenant_funded"] + totals["landlord_built"] + totals["convert"]
    return totals


def test_after_three_years_each_path_holds_a_share_of_miner_site_mw():
    shares = path_shares()
    assert shares["mining"] > 0.15
    assert shares["tenant_funded"] + shares["landlord_built"] > 0.3
    assert shares["convert"] > 0.02


def test_more_ai_demand_moves_more_mw_out_of_mining():
    assert (
        path_shares(ai_demand_scale=1.5)["out_of_mining"]
        > path_shares(ai_demand_scale=0.5)["out_of_mining"] + 0.1
    )


def test_a_lasting_btc_boom_keeps_more_mining():
    boom = path_shares(btc_drift_annual=0.6, btc_drift_years=3.0)
    bust = path_shares(btc_drift_annual=0.0, btc_drift_years=3.0)
    assert boom["mining"] > bust["mining"] + 0.05


def test_powered_shell_value_is_computed_at_each_structures_costs_and_rates():
    s = PowerMarketScenario()
    rows = lease_market.powered_shell_values_usd_per_w(s, (0.09, 0.14))
    tenant_funded = [r for r in rows if r["structure"] == "tenant_funded"]
    landlord_built = [r for r in rows if r["structure"] == "landlord_built"]
    # The tenant-funded shell at the base rent and a 9 % rate: rent's NOI over 12 years
    # after a year's retrofit, plus 5 years of NOI at the end.
    noi = 120 * 12 * 700 * 0.85 / 1e6
    expected = noi * ((np.exp(-0.09) - np.exp(-0.09 * 13)) / 0.09 + 5 * np.exp(-0.09 * 13))
    assert tenant_funded[0]["shell_usd_per_w_gross"] == pytest.approx(expected)
    # A landlord-built hall is valued at its project-financed rate, below the miner's own.
    assert landlord_built[1]["valued_at_rate"] < 0.14
    # Net of its own capex it is worth less than the finished hall.
    assert all(r["net_of_capex_usd_per_w_gross"] < r["shell_usd_per_w_gross"] for r in rows)


def test_the_rate_that_prices_a_shell_at_a_target_gives_that_value_back():
    s = PowerMarketScenario()
    rate = lease_market.rate_for_shell_value(s, 6.9)
    terms = lease_market.contract_terms(s)[ContractKind.LEASE]
    assert terms.powered_shell_value_usd_per_w(120.0, rate) == pytest.approx(6.9, rel=1e-6)
    # A higher target needs a lower rate.
    assert (
        lease_market.rate_for_shell_value(s, 7.81)
        < rate
        < lease_market.rate_for_shell_value(s, 5.19)
    )
