"""The miner-strategy extension point and the model's behaviour under Mesa's own tools."""

import re
from dataclasses import fields
from pathlib import Path

import mesa
import numpy as np
import pandas as pd
import pytest

from abm import (
    GridOperator,
    HorizonReached,
    Hyperscaler,
    Miner,
    MinerStatus,
    PowerMarketModel,
    ValueMaximising,
)
from abm.strategies import DecisionContext, HashpriceHistory

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_never_lease_example_in_the_docs_runs_and_keeps_public_sites_from_tenants():
    text = (DOCS / "strategies.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    namespace: dict = {}
    exec(compile(code, "docs/strategies.md", "exec"), namespace)
    model = namespace["model"]
    fleet = model.fleet
    free_public = fleet.is_public & (model.public_ai_deal_mw == 0)
    assert (fleet.contract[free_public] == 0).all()
    # The same run with the default strategy does sign public sites.
    default = PowerMarketModel(seed=1, n_miners=100, horizon_years=3.0)
    default.run()
    assert (default.fleet.contract[free_public] > 0).any()


def test_a_strategy_is_called_once_per_tick_for_its_whole_group():
    calls = []

    class Counting(ValueMaximising):
        def offer_sites(self, context):
            calls.append(context.sites.size)
            return super().offer_sites(context)

    model = PowerMarketModel(seed=3, n_miners=50, horizon_years=0.5)
    even = np.arange(len(model.fleet)) % 2 == 0
    model.assign_strategy(Counting(), even)
    model.run(ticks=5)
    assert calls == [int(even.sum())] * 5


def test_a_context_set_from_its_fields_is_the_one_its_constructor_builds():
    model = PowerMarketModel(seed=1, n_miners=30)
    model.step()
    growth = model._hashprice_growth_by_rule()
    context = model._context(model._all_sites, model.steps, growth, np.zeros(len(model.fleet)))
    values = {field.name: getattr(context, field.name) for field in fields(DecisionContext)}
    built = DecisionContext(**values)
    assert all(getattr(built, name) is value for name, value in values.items())
    assert built.free().tolist() == context.free().tolist()
    del values["tick"]
    with pytest.raises(TypeError, match="fields"):
        DecisionContext.from_fields(values)


def test_overriding_miner_step_fails_loudly_pointing_at_strategies():
    class Stepping(Miner):
        def step(self):
            pass

    with pytest.raises(TypeError, match="MinerStrategy"):
        PowerMarketModel(n_miners=5, miner_class=Stepping)
    model = PowerMarketModel(n_miners=5, horizon_years=0.1)
    with pytest.raises(RuntimeError, match="MinerStrategy"):
        model.miners[0].step()


def test_an_injected_miner_class_is_used_for_every_agent():
    class Tagged(Miner):
        @property
        def label(self):
            return f"site {self.index}"

    model = PowerMarketModel(n_miners=7, horizon_years=0.1, miner_class=Tagged)
    assert all(isinstance(m, Tagged) for m in model.agents_by_type[Tagged])
    assert len(model.agents_by_type[Tagged]) == len(model.fleet)


def test_miner_status_can_be_set_through_the_agent():
    model = PowerMarketModel(n_miners=5, horizon_years=0.1)
    miner = model.miners[4]
    miner.status = MinerStatus.IDLE
    assert model.fleet.status[4] == MinerStatus.IDLE
    miner.status = "mining"
    assert miner.status is MinerStatus.MINING


def test_a_new_expectation_rule_can_be_registered_and_assigned():
    seen = []

    def pessimist(history: HashpriceHistory) -> float:
        seen.append(len(history.hashprice_usd_per_ph_day))
        return -0.5

    model = PowerMarketModel(
        seed=2, n_miners=20, horizon_years=0.2, expectation_rules={"pessimist": pessimist}
    )
    assert list(model.expectation_rules) == ["naive", "adaptive", "trend", "pessimist"]
    model.fleet.expectation_rule[:] = 3
    model.run()
    assert seen and max(seen) == model.n_ticks + 1


def test_mesa_batch_run_returns_one_row_per_collected_tick_and_run():
    rows = mesa.batch_run(
        PowerMarketModel,
        parameters={"n_miners": 10, "horizon_years": 0.1, "ai_demand_scale": [0.0, 1.0]},
        rng=[1, 2],
        max_steps=100,
        data_collection_period=1,
        display_progress=False,
    )
    frame = pd.DataFrame(rows)
    ticks = PowerMarketModel(n_miners=10, horizon_years=0.1).n_ticks
    assert len(frame) == 2 * 2 * (ticks + 1)
    assert set(frame["seed"]) == {1, 2}
    assert {"RunId", "Step", "mw_mining", "hashprice_usd_per_ph_day"} <= set(frame.columns)
    # Each run's rows are that run's own (different seeds give different BTC paths).
    last = frame[frame["Step"] == ticks].set_index(["seed", "ai_demand_scale"])
    assert last.loc[(1, 1.0), "btc_price_usd"] != last.loc[(2, 1.0), "btc_price_usd"]


def test_agent_type_frames_cover_the_three_agent_types():
    model = PowerMarketModel(n_miners=12, horizon_years=0.1)
    model.run()
    collector = model.datacollector
    ticks = model.n_ticks + 1
    assert len(collector.get_agenttype_vars_dataframe(Miner)) == len(model.fleet) * ticks
    hyperscalers = collector.get_agenttype_vars_dataframe(Hyperscaler)
    assert len(hyperscalers) == len(model.hyperscalers) * ticks
    assert hyperscalers.index.names == ["Step", "AgentID"]
    grids = collector.get_agenttype_vars_dataframe(GridOperator)
    assert set(grids["region"]) == set(model.region_names)
    with pytest.raises(ValueError, match="agent type"):
        collector.get_agenttype_vars_dataframe(int)


def test_stepping_past_the_horizon_is_a_clear_error_and_leaves_the_run_intact():
    model = PowerMarketModel(n_miners=5, horizon_years=0.1)
    model.run()
    assert not model.running
    steps = model.steps
    with pytest.raises(HorizonReached, match="horizon"):
        model.step()
    assert model.steps == steps
    assert len(model.datacollector.get_model_vars_dataframe()) == steps + 1


def test_dates_are_datetime64():
    model = PowerMarketModel(n_miners=5, horizon_years=0.1)
    model.run()
    frame = model.datacollector.get_model_vars_dataframe()
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert isinstance(model.date, pd.Timestamp)


def test_trend_lookback_is_in_weeks_whatever_the_tick_length():
    weekly = PowerMarketModel(n_miners=3, horizon_years=0.1, tick_days=7)
    fortnightly = PowerMarketModel(n_miners=3, horizon_years=0.1, tick_days=14)
    assert weekly._trend_lookback_ticks == 13
    assert fortnightly._trend_lookback_ticks in (6, 7)  # 13 weeks of 14-day ticks


def test_parameter_table_reads_with_pandas_and_every_knob_has_a_unit_column():
    table = pd.read_csv(Path(__file__).resolve().parents[2] / "abm" / "data" / "parameters.csv")
    assert list(table.columns)[:7] == ["name", "value", "type", "unit", "min", "max", "description"]
    assert table["name"].is_unique
    assert table.loc[table["name"] == "idle_cost_usd_per_mw_year", "note"].item() == "assumption"


def test_status_masks_match_a_lookup_of_every_set_of_statuses():
    from itertools import combinations

    model = PowerMarketModel(seed=2, n_miners=60)
    fleet = model.fleet
    fleet.status[:] = np.arange(len(fleet)) % len(MinerStatus)
    for size in range(1, len(MinerStatus) + 1):
        for statuses in combinations(list(MinerStatus), size):
            expected = np.isin(fleet.status, [int(s) for s in statuses])
            assert np.array_equal(fleet.in_status(*statuses), expected), statuses


def test_a_strategy_of_the_whole_fleet_reads_read_only_views_of_the_fleet():
    seen = {}

    class Recording(ValueMaximising):
        def operate(self, context):
            seen["whole"] = context.whole_fleet
            seen["cash"] = context.at_sites(context.fleet.cash_usd)
            seen["power"] = context.power_price_usd_per_mwh
            return super().operate(context)

    model = PowerMarketModel(seed=1, n_miners=50, strategy=Recording())
    model.step()
    assert seen["whole"]
    assert np.shares_memory(seen["cash"], model.fleet.cash_usd)
    with pytest.raises(ValueError, match="read-only"):
        seen["power"][0] = 0.0


def test_a_strategy_of_some_sites_sees_only_those_sites():
    seen = {}

    class Recording(ValueMaximising):
        def operate(self, context):
            seen["whole"] = context.whole_fleet
            seen["sites"] = context.sites.copy()
            seen["mw"] = context.at_sites(context.fleet.mw).copy()
            seen["mw_of_sites"] = context.fleet.mw[context.sites].copy()
            return super().operate(context)

    model = PowerMarketModel(seed=1, n_miners=50)
    model.assign_strategy(Recording(), model.fleet.is_public)
    model.step()
    assert not seen["whole"]
    assert np.array_equal(seen["sites"], np.flatnonzero(model.fleet.is_public))
    assert np.array_equal(seen["mw"], seen["mw_of_sites"])


def test_mining_value_follows_machines_changed_between_ticks():
    from abm.submodels import mining

    model = PowerMarketModel(seed=3, n_miners=40)
    model.step()
    fleet = model.fleet
    site = int(np.flatnonzero(fleet.ths > 0)[0])
    fleet.ths[site] *= 0.5  # half the machines gone, written straight into the fleet
    model.step()
    share = mining.asic_share(fleet)
    expected, _ = mining.site_mining_value_usd_per_mw(
        model.network.hashprice_usd_per_ph_day,
        model._hashprice_growth_by_rule()[fleet.expectation_rule],
        model.network.years_to_halving(),
        model.network.halving_revenue_factor(),
        fleet.j_per_th,
        share,
        model._site_power_price,
        fleet.discount_rate,
        fleet.horizon_years,
        fleet.risk_aversion,
        model.scenario,
    )
    got = model._mining_outlook.present_value_usd_per_mw - model._idle_value_usd_per_mw
    np.testing.assert_allclose(got[site], expected[site], rtol=1e-12)


def test_free_sites_are_read_once_per_decision_and_cannot_be_written():
    seen = {}

    class Recording(ValueMaximising):
        def operate(self, context):
            seen["first"] = context.free()
            return super().operate(context)

        def offer_sites(self, context):
            seen["again"] = context.free()
            return super().offer_sites(context)

    model = PowerMarketModel(seed=1, n_miners=30, strategy=Recording())
    model.step()
    assert seen["first"] is seen["again"]
    with pytest.raises(ValueError, match="read-only"):
        seen["first"][0] = False
