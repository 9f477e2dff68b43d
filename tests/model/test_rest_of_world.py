"""The rest of the world's supply side: power by price level, cheapest first, and a fleet
that returns after a bust scrapped it."""

import numpy as np
import pytest

from abm.scenario import PowerMarketScenario
from abm.submodels.exogenous import Calendar
from abm.submodels.rest_of_world import AsicMarket, RestOfWorld

FRONTIER_J_PER_TH = 15.0
ASIC_PRICE_USD_PER_TH = 15.0


def rest_of_world(**knobs) -> tuple[RestOfWorld, AsicMarket]:
    scenario = PowerMarketScenario(**knobs)
    calendar = Calendar.from_scenario(scenario)
    return (
        RestOfWorld(scenario, calendar, hashrate_ehs=800.0, frontier_j_per_th=FRONTIER_J_PER_TH),
        AsicMarket(scenario, calendar),
    )


def invest(world: RestOfWorld, market: AsicMarket, tick: int, hashprice: float) -> float:
    return world.invest(tick, hashprice, FRONTIER_J_PER_TH, ASIC_PRICE_USD_PER_TH, market)


def test_power_levels_are_a_cheap_tier_and_the_octiles_of_the_price_distribution():
    world, _ = rest_of_world()
    s = world._scenario
    levels, weights = world.power_price_levels_usd_per_mwh, world.power_level_weights
    assert levels.size == 9 and np.all(np.diff(levels) > 0)
    assert levels[0] == s.rest_of_world_cheap_power_price_usd_per_mwh
    assert weights[0] == s.rest_of_world_cheap_power_share and weights.sum() == pytest.approx(1.0)
    assert levels[1:].mean() == pytest.approx(s.rest_of_world_power_price_usd_per_mwh)
    # The start fleet: every level times four efficiencies, each level its share of hashrate.
    cohorts = world.cohorts
    assert len(cohorts) == 36
    by_level = np.bincount(
        world.power_level(cohorts.power_price_usd_per_mwh), weights=cohorts.hashrate_ehs
    )
    assert by_level == pytest.approx(800.0 * weights)


def test_a_cheap_tier_priced_above_the_cheapest_grid_level_is_sorted_in_and_none_is_left_out():
    world, _ = rest_of_world(
        rest_of_world_cheap_power_price_usd_per_mwh=35.0, rest_of_world_cheap_power_share=0.0
    )
    assert np.all(np.diff(world.power_price_levels_usd_per_mwh) > 0)
    assert len(world.cohorts) == 32  # a tier with no share holds no cohort
    assert world.installed_ehs == pytest.approx(800.0)


def test_new_machines_take_the_cheapest_power_free():
    world, market = rest_of_world()
    levels = world.power_price_levels_usd_per_mwh
    budget_before = world.power_budget_mw_by_level.copy()
    ordered = invest(world, market, 0, hashprice=500.0)
    assert ordered > 0
    prices = [price for _, _, _, price in world.orders]
    assert prices == sorted(prices) and prices[0] == levels[0]
    # Levels are drawn in price order: a level is used only once every cheaper one is empty.
    used = [int(np.flatnonzero(levels == price)[0]) for price in prices]
    assert np.all(world.power_budget_mw_by_level[: max(used)] <= 1e-9)
    assert np.all(world.power_budget_mw_by_level[max(used) + 1 :] >= budget_before[max(used) + 1 :])
    assert sum(ehs for _, ehs, _, _ in world.orders) == pytest.approx(ordered)


def test_scrapped_machines_free_their_power_at_their_price_for_the_next_machines():
    world, market = rest_of_world()
    levels = world.power_price_levels_usd_per_mwh
    world.power_budget_mw_by_level[:] = 0.0
    cheap = world.cohorts.power_price_usd_per_mwh == levels[0]
    world.cohorts.idle_ticks[cheap] = world._scrap_after_idle_ticks
    freed_mw = float(world.cohorts.mw[cheap].sum())
    world.turn_over(tick=1)
    assert world.power_budget_mw_by_level[0] == pytest.approx(freed_mw)
    assert np.all(world.power_budget_mw_by_level[1:] == 0.0)
    assert not np.any(world.cohorts.power_price_usd_per_mwh == levels[0])
    # The next machines go where the scrapped ones were, at the cheapest price.
    world.power_budget_mw_by_level[1:] = 0.0
    invest(world, market, 1, hashprice=500.0)
    assert world.orders and {price for _, _, _, price in world.orders} == {float(levels[0])}


def test_a_fleet_scrapped_by_a_bust_is_rebuilt_when_mining_pays_again():
    world, market = rest_of_world()
    world.cohorts.keep(np.zeros(len(world.cohorts), dtype=bool))
    assert world.installed_ehs == 0.0
    ordered = invest(world, market, 0, hashprice=500.0)
    # Entry grows from a tenth of the start's fleet, not from the nothing that is left.
    floor_ehs = world._scenario.rest_of_world_entry_base_floor_share * 800.0
    cap = world._scenario.rest_of_world_max_growth_annual * world._tick_years
    assert ordered == pytest.approx(min(cap * floor_ehs, ordered))
    assert ordered > 0.0
    no_floor, market = rest_of_world(rest_of_world_entry_base_floor_share=0.0)
    no_floor.cohorts.keep(np.zeros(len(no_floor.cohorts), dtype=bool))
    assert invest(no_floor, market, 0, hashprice=500.0) == 0.0
