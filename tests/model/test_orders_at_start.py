"""A start in a boom inherits the rest of the world's order book (start-state knob)."""

import pytest

from abm import PowerMarketModel, PowerMarketScenario
from abm.submodels import exogenous, rest_of_world


def test_orders_at_start_arrive_in_equal_weekly_parts_over_the_months_given():
    scenario = PowerMarketScenario(
        rest_of_world_orders_at_start_ehs=26.0, rest_of_world_orders_at_start_months=6.0
    )
    calendar = exogenous.Calendar.from_scenario(scenario)
    orders = rest_of_world.orders_at_start(scenario, calendar, 17.0)
    # Six months of weekly ticks: round(0.5 / (7 / 365.25)) = 26 ticks of 1 EH/s each.
    assert [tick for tick, _, _, _ in orders] == list(range(1, 27))
    assert all(
        ehs == pytest.approx(1.0)
        and j == 17.0
        and price == scenario.rest_of_world_power_price_usd_per_mwh
        for _, ehs, j, price in orders
    )


def test_an_inherited_order_book_adds_its_hashrate_to_the_rest_of_world():
    knobs = dict(seed=4, n_miners=20, horizon_years=0.6, btc_volatility_annual=0.0)
    base = PowerMarketModel(**knobs)
    boom = PowerMarketModel(
        **knobs, rest_of_world_orders_at_start_ehs=50.0, rest_of_world_orders_at_start_months=3.0
    )
    base.run(20)
    boom.run(20)
    # The inherited machines arrive within the first 13 ticks; what each run orders itself
    # afterwards differs only through the hashprice they depress.
    added = boom.rest_of_world.installed_ehs - base.rest_of_world.installed_ehs
    assert 25.0 < added <= 50.0 + 1e-6
    assert boom.network.chain.difficulty > base.network.chain.difficulty


def test_no_order_book_by_default():
    scenario = PowerMarketScenario()
    calendar = exogenous.Calendar.from_scenario(scenario)
    assert rest_of_world.orders_at_start(scenario, calendar, 17.0) == []
