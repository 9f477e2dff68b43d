"""The model's API, bookkeeping invariants, reproducibility and comparative statics."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from abm import (
    AGENT_COLUMNS,
    MODEL_COLUMNS,
    GridOperator,
    Hyperscaler,
    Miner,
    MinerStatus,
    PowerMarketModel,
)
from abm.scenario import PowerMarketScenario

REQUIRED_COLUMNS = [
    "date",
    "btc_price_usd",
    "block_subsidy_btc",
    "network_hashrate_ehs",
    "difficulty",
    "hashprice_usd_per_ph_day",
    "mw_sites_total",
    "mw_mining",
    "mw_curtailed",
    "mw_leased",
    "mw_converting",
    "mw_hpc",
    "mw_idle",
    "mw_acquired",
    "miners_mining",
    "miners_leasing",
    "miners_converting",
    "miners_hpc",
    "miners_exited",
    "ai_demand_mw",
    "ai_served_mw",
    "ai_unserved_mw",
    "lease_price_usd_per_kw_month",
    "power_price_usd_per_mwh",
    "grid_queue_mw",
    "miner_value_usd_per_w",
    "hhi_power",
]
MW_PARTS = [
    "mw_mining",
    "mw_curtailed",
    "mw_leased",
    "mw_converting",
    "mw_hpc",
    "mw_idle",
    "mw_acquired",
]
SMALL = dict(n_miners=40, horizon_years=2.0)


def run_frame(**knobs) -> pd.DataFrame:
    model = PowerMarketModel(**knobs)
    model.run()
    return model.datacollector.get_model_vars_dataframe()


def test_model_exposes_the_documented_api():
    model = PowerMarketModel(seed=7, n_miners=30, ai_demand_scale=1.0, horizon_years=1.0)
    model.step()
    model.run(ticks=10)
    assert model.steps == 11
    model.run()
    assert model.steps == model.n_ticks == 52
    assert not model.running
    frame = model.datacollector.get_model_vars_dataframe()
    assert list(frame.columns[: len(REQUIRED_COLUMNS)]) == REQUIRED_COLUMNS
    assert list(frame.columns) == list(MODEL_COLUMNS)
    assert len(frame) == 53
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert frame["date"].iloc[0] == pd.Timestamp("2025-11-18")
    assert frame["date"].iloc[1] == pd.Timestamp("2025-11-25")
    # One Miner agent per row of the fleet: public sites come in tranches, so rows >= sites.
    assert len(model.agents_by_type[Miner]) == len(model.fleet) >= 30
    assert len(set(model.fleet.site)) == 30
    assert len(model.agents_by_type[Hyperscaler]) == model.scenario.n_hyperscalers == 7
    assert {g.region for g in model.agents_by_type[GridOperator]} == {
        "ERCOT",
        "PJM",
        "MISO",
        "SPP",
        "NYISO",
        "OTHER_US",
    }


def test_agent_frame_has_one_row_per_miner_and_tick():
    model = PowerMarketModel(n_miners=25, horizon_years=0.2)
    model.run()
    agents = model.datacollector.get_agent_vars_dataframe()
    assert list(agents.columns) == list(AGENT_COLUMNS)
    assert agents.index.names == ["Step", "AgentID"]
    assert len(agents) == len(model.fleet) * (model.n_ticks + 1)
    last = agents.xs(model.steps, level="Step")
    assert last["mw"].to_numpy() == pytest.approx(model.fleet.mw, rel=1e-6)
    assert set(last["status"].astype(str)) <= {s.name.lower() for s in MinerStatus}
    assert (last["suitability_class"].cat.codes.to_numpy() == model.fleet.suitability_class).all()
    assert (last["contract"].cat.codes.to_numpy() == model.fleet.contract).all()


def test_collecting_past_the_horizon_keeps_every_row():
    model = PowerMarketModel(n_miners=12, horizon_years=0.1)
    model.run()
    rows = model.n_ticks + 1
    n = len(model.fleet)
    model.fleet.cash_usd[:] = 123.0
    for _ in range(rows + 3):  # more than the preallocated horizon
        model.datacollector.collect(model)
    agents = model.datacollector.get_agent_vars_dataframe()
    assert len(agents) == n * (2 * rows + 3)
    cash = agents["cash_usd"].to_numpy().reshape(-1, n)
    assert (cash[rows:] == 123.0).all()
    assert (cash[:rows] != 123.0).any()


def test_miner_agent_is_a_view_on_the_fleet_arrays():
    model = PowerMarketModel(n_miners=10, horizon_years=0.1)
    miner = model.agents_by_type[Miner].to_list()[3]
    miner.cash_usd += 1_000_000.0
    assert model.fleet.cash_usd[miner.index] == pytest.approx(miner.cash_usd)
    assert miner.region in model.region_names
    assert isinstance(miner.status, MinerStatus)


@pytest.mark.parametrize(
    ("knobs", "message"),
    [
        ({"n_minerz": 5}, "n_minerz"),
        ({"n_miners": 0}, "n_miners"),
        ({"tick_days": 0.5}, "tick_days"),
        ({"grid_policy": "lottery"}, "grid_policy"),
        ({"btc_volatility_annual": float("nan")}, "btc_volatility_annual"),
        ({"btc_price_csv": "/no/such/file.csv"}, "btc_price_csv"),
        ({"n_miners": "many"}, "n_miners"),
        ({"ai_demand_scale": -1}, "ai_demand_scale"),
    ],
)
def test_bad_knob_raises_value_error_naming_it(knobs, message):
    with pytest.raises(ValueError, match=message):
        PowerMarketModel(**knobs)


def test_scenario_object_and_keywords_give_the_same_run():
    by_keywords = run_frame(seed=3, **SMALL)
    model = PowerMarketModel(scenario=PowerMarketScenario(seed=3, **SMALL))
    model.run()
    pd.testing.assert_frame_equal(by_keywords, model.datacollector.get_model_vars_dataframe())


def test_same_seed_gives_an_identical_frame_and_another_seed_differs():
    first = run_frame(seed=11, **SMALL)
    again = run_frame(seed=11, **SMALL)
    other = run_frame(seed=12, **SMALL)
    pd.testing.assert_frame_equal(first, again)
    assert not first["btc_price_usd"].equals(other["btc_price_usd"])


def test_scripted_price_path_is_followed(tmp_path):
    path = tmp_path / "crash.csv"
    pd.DataFrame({"date": ["2025-11-18", "2026-11-17"], "price_usd": [90_000.0, 45_000.0]}).to_csv(
        path, index=False
    )
    frame = run_frame(btc_price_csv=str(path), n_miners=20, horizon_years=1.5)
    assert frame["btc_price_usd"].iloc[0] == pytest.approx(90_000.0)
    assert frame["btc_price_usd"].iloc[52] == pytest.approx(45_000.0)
    # Halfway in log-price after 26 weeks (interpolation in log space).
    assert frame["btc_price_usd"].iloc[26] == pytest.approx(np.sqrt(90_000.0 * 45_000.0), rel=0.01)


def test_malformed_price_csv_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("day,close\n2025-11-18,1\n")
    with pytest.raises(ValueError, match="bad.csv"):
        PowerMarketModel(btc_price_csv=str(path))


knob_strategy = st.fixed_dictionaries(
    {
        "seed": st.integers(0, 2**31),
        "n_miners": st.integers(1, 60),
        "ai_demand_scale": st.sampled_from([0.0, 0.5, 1.0, 3.0]),
        "btc_price_usd": st.floats(5_000, 400_000),
        "btc_volatility_annual": st.floats(0.0, 1.2),
        "ai_max_lease_usd_per_kw_month": st.floats(50, 500),
        "grid_headroom_gw": st.floats(0.0, 60.0),
        "grid_policy": st.sampled_from(["first_come", "highest_bid", "ai_priority"]),
        "tick_days": st.sampled_from([7.0, 14.0, 30.0]),
    }
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(knobs=knob_strategy)
def test_invariants_hold_every_tick(knobs):
    model = PowerMarketModel(horizon_years=3.0, **knobs)
    for _ in range(model.n_ticks):
        model.step()
        m = model.metrics
        fleet = model.fleet
        # The status columns are a partition of the sites' MW, counted from the agent data.
        table = model.miner_table()
        by_status = table.groupby("status", observed=False)["mw"].sum()
        assert by_status["leased"] == pytest.approx(m["mw_leased"], rel=1e-6, abs=1e-3)
        assert by_status["hpc"] == pytest.approx(m["mw_hpc"], rel=1e-6, abs=1e-3)
        assert by_status["acquired"] == pytest.approx(m["mw_acquired"], rel=1e-6, abs=1e-3)
        # Converting tranches split into those still mining and those not, and the agent
        # data say which structure each contracted site signed.
        converting = m["mw_converting_still_mining"] + m["mw_converting_not_mining"]
        assert converting == pytest.approx(by_status["converting"], rel=1e-6, abs=1e-3)
        assert m["mw_converting_still_mining"] >= 0 and m["mw_converting_not_mining"] >= 0
        assert (table.loc[table["status"] == "hpc", "contract"] == "convert").all()
        leased = table.loc[table["status"] == "leased", "contract"]
        assert leased.isin(["lease", "landlord_built"]).all()
        assert (table.loc[table["status"] == "mining", "contract"] == "none").all()
        # No MW leased twice: every leased or converted site has exactly one tenant, and the
        # hyperscalers' books hold exactly the MW the sites say they lease.
        contracted = fleet.in_status(
            MinerStatus.LEASED, MinerStatus.HPC, MinerStatus.CONVERTING, MinerStatus.ACQUIRED
        )
        assert (fleet.tenant[contracted] >= 0).all()
        assert sum(h.energised_mw["lease"] for h in model.hyperscalers) == pytest.approx(
            m["mw_leased"]
        )
        assert sum(h.energised_mw["hpc"] for h in model.hyperscalers) == pytest.approx(m["mw_hpc"])
        # What hyperscalers say they paid is what the model reports (money is reconciled
        # payment by payment in test_books.py).
        assert sum(h.paid_usd for h in model.hyperscalers) == pytest.approx(
            m["hyperscaler_paid_usd"], rel=1e-9, abs=1e-3
        )
        # Nothing negative that must not be.
        for column in MW_PARTS + [
            "mw_sites_total",
            "ai_served_mw",
            "ai_unserved_mw",
            "grid_queue_mw",
            "hhi_power",
        ]:
            assert m[column] >= -1e-9, column
        assert (fleet.mw >= 0).all() and (fleet.ths >= 0).all()
        assert m["difficulty"] > 0 and m["network_hashrate_ehs"] > 0 and m["btc_price_usd"] > 0
        assert 0 <= m["hhi_power"] <= 10_000
        assert all(g.headroom_mw >= -1e-6 for g in model.grid_operators)
        if knobs["ai_demand_scale"] == 0:
            assert m["mw_leased"] == m["mw_converting"] == m["mw_hpc"] == 0


def mean_over_seeds(column: str, seeds=(1, 2, 3, 4), at: int | None = None, **knobs) -> float:
    values = []
    for seed in seeds:
        frame = run_frame(seed=seed, **knobs)
        values.append(frame[column].iloc[at if at is not None else -1])
    return float(np.mean(values))


def test_no_ai_demand_means_no_leases_or_conversions():
    for seed in (1, 2, 3):
        frame = run_frame(seed=seed, ai_demand_scale=0.0, n_miners=100, horizon_years=4.0)
        assert (frame[["mw_leased", "mw_converting", "mw_hpc", "mw_acquired"]] == 0).all().all()
        assert (frame["ai_served_mw"] == 0).all()


def test_higher_willingness_to_pay_moves_more_mw_out_of_mining():
    # MW signed to AI tenants, energised or still waiting for the grid's firm service.
    common = dict(n_miners=120, horizon_years=3.0, btc_volatility_annual=0.3)
    high_knobs = dict(
        ai_max_lease_usd_per_kw_month=400.0, hyperscaler_base_wtp_usd_per_kw_month=250.0
    )
    low = high = 0.0
    for column in ("mw_leased", "mw_hpc", "mw_converting"):
        low += mean_over_seeds(column, ai_max_lease_usd_per_kw_month=90.0, **common)
        high += mean_over_seeds(column, **high_knobs, **common)
    assert high > low


def test_the_2028_halving_roughly_halves_hashprice():
    model = PowerMarketModel(
        seed=5, n_miners=60, btc_volatility_annual=0.0, btc_drift_annual=0.0, horizon_years=3.0
    )
    model.run()
    frame = model.datacollector.get_model_vars_dataframe()
    halving_tick = int(np.argmax(frame["block_subsidy_btc"].to_numpy() < 3.0))
    assert halving_tick > 0
    before = frame.iloc[halving_tick - 1]
    after = frame.iloc[halving_tick]
    # Same price; difficulty moves by at most one retarget in a tick: compare at fixed difficulty.
    ratio = (after["hashprice_usd_per_ph_day"] * after["difficulty"]) / (
        before["hashprice_usd_per_ph_day"] * before["difficulty"]
    )
    fees = model.scenario.fees_btc_per_block
    assert ratio == pytest.approx((1.5625 + fees) / (3.125 + fees), rel=1e-9)
    assert 0.45 < after["hashprice_usd_per_ph_day"] / before["hashprice_usd_per_ph_day"] < 0.6


def test_halving_lands_in_spring_2028():
    model = PowerMarketModel(seed=1, n_miners=30, horizon_years=3.0, btc_volatility_annual=0.0)
    model.run()
    frame = model.datacollector.get_model_vars_dataframe()
    first_after = frame.loc[frame["block_subsidy_btc"] < 3.0, "date"].iloc[0]
    assert pd.Timestamp("2028-01-01") < first_after < pd.Timestamp("2028-09-01")
