"""The visual session's server side: the values it accepts, the horizon, its sessions."""

from __future__ import annotations

import gc
import weakref

import numpy as np
import pandas as pd
import pytest
import solara

import viz.app as app
from abm import PowerMarketModel, views
from experiments.scenario_files import load_scenario, named_scenarios
from viz import charts
from viz.widgets import VegaView


@pytest.mark.parametrize(
    ("knob", "value", "says"),
    [
        ("n_miners", 1_000_000, "Miner sites: 1,000,000 is outside the page's range"),
        ("seed", "abc", "Random seed: 'abc' is not a whole number"),
        ("seed", "-1", "Random seed: '-1' is not a whole number"),
        ("seed", "9" * 5000, "Random seed: '99999999999999999999' is not a whole number"),
        ("grid_policy", "bogus", "Grid allocation policy: knob 'grid_policy' = 'bogus'"),
        ("btc_volatility_annual", "high", "BTC volatility: knob 'btc_volatility_annual'"),
        ("grid_headroom_gw", -5.0, "Grid headroom: knob 'grid_headroom_gw' = -5.0 is below"),
    ],
)
def test_a_value_outside_the_knob_table_or_the_page_is_refused_in_one_line(knob, value, says):
    with pytest.raises(ValueError) as refused:
        app.CONTROL_OF[knob].check(value)
    message = str(refused.value)
    assert message.startswith(says)
    assert "\n" not in message and len(message) < 200


def test_a_value_in_range_comes_back_typed_as_the_knob():
    assert app.CONTROL_OF["seed"].check("7") == 7
    assert app.CONTROL_OF["n_miners"].check(400) == 400
    assert app.CONTROL_OF["grid_headroom_gw"].check(20) == 20.0


def test_controls_show_their_value_and_unit():
    assert app.CONTROL_OF["grid_headroom_gw"].shown(15.0) == "Grid headroom: 15 GW"
    assert (
        app.CONTROL_OF["ai_max_lease_usd_per_kw_month"].shown(200)
        == "Hyperscalers' max lease: 200 USD/kW-month"
    )


def test_the_model_never_steps_past_its_horizon():
    model = PowerMarketModel(horizon_years=0.1, n_miners=20)
    stepped = [app.step_once(model) for _ in range(model.n_ticks + 5)]
    assert sum(stepped) == model.n_ticks
    assert model.steps == model.n_ticks
    assert app.clock(model).endswith(f"tick {model.n_ticks} of {model.n_ticks}")


def test_named_scenarios_are_listed_and_merged_by_experiments_scenario_files():
    for name in named_scenarios():
        assert app.scenario_knobs(name) == load_scenario(name).resolved()


def test_each_session_has_its_own_model_and_frees_it_when_it_closes(monkeypatch):
    built: list[weakref.ref] = []
    original = app.build_model

    def tracking(knobs):
        model = original(knobs)
        built.append(weakref.ref(model))
        return model

    monkeypatch.setattr(app, "build_model", tracking)
    first_box, first = solara.render(app.Page(), handle_error=False)
    second_box, second = solara.render(app.Page(), handle_error=False)
    assert len(built) == 2 and built[0]() is not built[1]()
    assert first.find(VegaView).widgets, "the page drew no chart"
    first.close()
    del first_box, first
    gc.collect()
    assert built[0]() is None, "a closed session kept its model"
    assert built[1]() is not None
    second.close()


def _apply(columns: dict, change: dict) -> dict:
    """What the browser does with a change: append the rows, or take the table as it is."""
    if "replace" in change:
        return change["replace"]
    return {name: values + change["insert"][name] for name, values in columns.items()}


@pytest.mark.parametrize("view", [charts.MW_BY_USE, charts.CONTROL, charts.HHI, charts.REGIONS])
def test_a_chart_fed_tick_by_tick_holds_the_tables_computed_at_the_end(view):
    model = PowerMarketModel(seed=11, n_miners=60)
    feed = charts.ChartFeed(view)
    drawn = feed.full(model)["tables"]
    for _ in range(40):
        model.step()
        change = feed.update(model)
        assert change["from"] == model.steps - 1 and change["to"] == model.steps
        drawn = {name: _apply(drawn[name], change["changes"][name]) for name in drawn}
    assert feed.update(model) is None
    assert drawn == {name: charts.columns(t) for name, t in view.tables(model).items()}


def test_a_view_over_time_sends_the_rows_of_new_ticks_only():
    model = PowerMarketModel(seed=11, n_miners=60)
    model.run(30)
    feed = charts.ChartFeed(charts.MW_BY_USE)
    feed.full(model)
    for _ in range(3):
        model.step()
    change = feed.update(model)["changes"]["mw_by_use"]
    assert change["insert"]["tick"] == [31, 32, 33]


def test_a_view_over_time_is_sent_whole_when_what_its_past_rows_depend_on_changes():
    model = PowerMarketModel(seed=11, n_miners=60)
    view = charts.ChartView(
        "parity",
        lambda m, first_tick=0: {"hhi": views.model_columns(m, "hhi_power", first_tick=first_tick)},
        charts.HHI.chart,
        basis=lambda tables: model.steps // 3,
    )
    feed = charts.ChartFeed(view)
    feed.full(model)
    ways = []
    for _ in range(6):
        model.step()
        ways.append(next(iter(feed.update(model)["changes"]["hhi"])))
    assert ways == ["insert", "insert", "replace", "insert", "insert", "replace"]


def test_control_shares_are_stacked_within_each_tick_from_zero_to_one_hundred_percent():
    model = PowerMarketModel(seed=11, n_miners=60)
    model.run(12)
    table = charts.CONTROL.tables(model)["control"]
    for _tick, rows in table.groupby("tick"):
        percent = 100 * rows["share"].to_numpy()
        below = np.concatenate([[0.0], np.cumsum(percent)[:-1]])
        np.testing.assert_allclose(rows["share_bottom_pct"], below, atol=1e-9)
        np.testing.assert_allclose(rows["share_top_pct"] - rows["share_bottom_pct"], percent)
        assert rows["share_top_pct"].iloc[-1] == pytest.approx(100.0)
    later = charts.CONTROL.tables(model, first_tick=10)["control"]
    whole = table[table["tick"] >= 10].reset_index(drop=True)
    pd.testing.assert_frame_equal(later, whole)
