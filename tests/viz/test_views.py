"""abm.views: the market-structure tables agree with the model's own records."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from abm import MinerStatus, PowerMarketModel, views


@pytest.fixture(scope="module")
def model() -> PowerMarketModel:
    run = PowerMarketModel(seed=3, n_miners=120)
    run.run(120)
    return run


def test_total_mw_by_use_adds_up_to_every_site_each_tick(model):
    table = views.mw_by_use(model)
    frame = model.datacollector.get_model_vars_dataframe()
    uses = [label for label, _ in views.USES]
    np.testing.assert_allclose(table[uses].sum(axis=1), frame["mw_sites_total"], rtol=1e-9)
    assert len(table) == model.steps + 1


def test_regional_mw_by_use_adds_up_to_the_total_and_matches_the_fleet_now(model):
    regional = [views.mw_by_use(model, region) for region in model.region_names]
    summed = sum(t[list(views.REGIONAL_USES)].to_numpy() for t in regional)
    total = views.mw_by_use(model)
    mining = total["mining"] + total["curtailed"]
    np.testing.assert_allclose(summed[:, 0], mining, rtol=1e-6, atol=1e-6)
    fleet = model.fleet
    in_ercot = fleet.region == model.region_names.index("ERCOT")
    leased_now = fleet.mw[in_ercot & (fleet.status == MinerStatus.LEASED)].sum()
    ercot = regional[model.region_names.index("ERCOT")]
    assert ercot["leased shell"].iloc[-1] == pytest.approx(leased_now, rel=1e-6)


def test_unknown_region_is_refused_by_name(model):
    with pytest.raises(ValueError, match="unknown region 'Texas'"):
        views.mw_by_use(model, "Texas")


def test_lease_flows_carry_every_contracted_mw_to_its_tenant(model):
    flows = views.lease_flows(model)
    fleet = model.fleet
    contracted = (fleet.tenant >= 0) & fleet.in_status(
        MinerStatus.CONVERTING, MinerStatus.LEASED, MinerStatus.HPC, MinerStatus.ACQUIRED
    )
    assert flows["mw"].sum() == pytest.approx(fleet.mw[contracted].sum())
    for h, hyperscaler in enumerate(model.hyperscalers):
        expected = fleet.mw[contracted & (fleet.tenant == h)].sum()
        got = flows.loc[flows["tenant"] == hyperscaler.name, "mw"].sum()
        assert got == pytest.approx(expected)


def test_control_shares_with_every_firm_give_the_models_hhi(model):
    every = model.n_firms + len(model.hyperscalers)
    shares = views.control_shares(model, top=every)
    per_tick = shares.groupby("tick")["share"].sum()
    np.testing.assert_allclose(per_tick.to_numpy(), 1.0, rtol=1e-9)
    last = shares[shares["tick"] == model.steps]
    hhi = float(((100 * last["share"]) ** 2).sum())
    assert hhi == pytest.approx(model.metrics["hhi_power"], rel=1e-6)


def test_region_conditions_read_each_grid_operator(model):
    table = views.region_conditions(model)
    assert list(table["region"]) == list(model.region_names)
    for row, operator in zip(table.itertuples(), model.grid_operators, strict=True):
        assert row.headroom_mw == pytest.approx(operator.headroom_mw)
        assert row.queue_mw == pytest.approx(operator.queue_mw)
        assert row.power_price_usd_per_mwh == pytest.approx(operator.power_price_usd_per_mwh)


def test_one_firm_close_up_matches_its_sites(model):
    firm = views.firm_codes(model)["firm"].iloc[0]
    sites = views.firm_sites(model, firm)
    rows = model.fleet.firm == model.firm_names.index(firm)
    assert len(sites) == rows.sum()
    assert sites["mw"].sum() == pytest.approx(model.fleet.mw[rows].sum())
    by_use = views.firm_mw_by_use(model, firm)
    assert by_use[list(views.REGIONAL_USES)].iloc[-1].sum() == pytest.approx(
        model.fleet.mw[rows].sum(), rel=1e-6
    )
    money = views.firm_money(model, firm)
    assert money["cash_usd"].iloc[-1] == pytest.approx(model.fleet.cash_usd[rows].sum(), rel=1e-6)
    with pytest.raises(ValueError, match="unknown firm 'Nobody'"):
        views.firm_sites(model, "Nobody")


def test_rows_taken_tick_by_tick_as_the_model_steps_equal_the_whole_run():
    run = PowerMarketModel(seed=5, n_miners=80)
    region = run.region_names[0]
    firm = views.firm_codes(run)["firm"].iloc[0]
    tables = {
        "total": lambda first: views.mw_by_use(run, first_tick=first),
        "region": lambda first: views.mw_by_use(run, region, first_tick=first),
        "firm_use": lambda first: views.firm_mw_by_use(run, firm, first_tick=first),
        "firm_money": lambda first: views.firm_money(run, firm, first_tick=first),
        "hhi": lambda first: views.model_columns(run, "hhi_power", first_tick=first),
    }
    taken = {name: [table(0)] for name, table in tables.items()}
    for _ in range(60):
        run.step()
        for name, table in tables.items():
            taken[name].append(table(run.steps))
    for name, table in tables.items():
        appended = pd.concat(taken[name], ignore_index=True)
        pd.testing.assert_frame_equal(appended, table(0), obj=name)
        assert len(appended) == run.steps + 1


def test_control_shares_from_a_tick_are_the_whole_runs_rows_from_that_tick(model):
    whole = views.control_shares(model)
    later = views.control_shares(model, first_tick=100)
    expected = whole[whole["tick"] >= 100].reset_index(drop=True)
    pd.testing.assert_frame_equal(later, expected)
    assert views.control_shares(model, first_tick=model.steps + 1).empty


def test_regional_and_firm_mw_by_use_match_the_agent_frame(model):
    frame = model.datacollector.get_agent_vars_dataframe().reset_index()
    frame["use"] = frame["status"].astype(str).map(views.USE_OF_STATUS)
    region = "ERCOT"
    expected = (
        frame[frame["region"] == region].pivot_table("mw", "Step", "use", aggfunc="sum").fillna(0)
    )
    table = views.mw_by_use(model, region).set_index("tick")
    for use in expected.columns:
        np.testing.assert_allclose(table[use], expected[use], rtol=1e-6, err_msg=use)
    firm = views.firm_codes(model)["firm"].iloc[1]
    mine = model.miner_unique_ids[model.fleet.firm == model.firm_names.index(firm)]
    cash = frame[frame["AgentID"].isin(mine)].groupby("Step")["cash_usd"].sum()
    np.testing.assert_allclose(views.firm_money(model, firm)["cash_usd"], cash, rtol=1e-9)
