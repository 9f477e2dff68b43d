"""Mining that answers to Bitcoin: comparative statics over a few seeds, and the pieces.

Each test states a behaviour the real world shows and can fail: a lasting BTC price keeps
miners mining, a boom raises hashprice for years before machines catch up, a halving
squeezes the least efficient first, the outcome does not depend on how finely private
miners are sampled.
"""

import numpy as np
import pytest

from abm import MinerStatus, PowerMarketModel
from abm.scenario import PowerMarketScenario
from abm.submodels.exogenous import Calendar
from abm.submodels.rest_of_world import AsicMarket, cash_cost_usd_per_ph_day, run_share

SEEDS = (1, 2, 3)
FLAT = dict(btc_volatility_annual=0.0, btc_drift_annual=0.0, horizon_years=3.0)
PRICES = (30_000, 91_000, 500_000)


def final_frames(seeds=SEEDS, **knobs):
    frames = []
    for seed in seeds:
        model = PowerMarketModel(seed=seed, **knobs)
        model.run()
        frames.append(model.datacollector.get_model_vars_dataframe())
    return frames


def mean_at(frames, column, tick=-1):
    return float(np.mean([f[column].iloc[tick] for f in frames]))


@pytest.fixture(scope="module")
def flat_runs():
    """Flat BTC prices with no AI demand: mining economics alone."""
    return {p: final_frames(btc_price_usd=p, ai_demand_scale=0.0, **FLAT) for p in PRICES}


def mining_share(frames) -> float:
    return float(np.mean([f["mw_mining"].iloc[-1] / f["mw_sites_total"].iloc[-1] for f in frames]))


def test_a_higher_lasting_btc_price_keeps_more_us_mw_mining(flat_runs):
    share = {price: mining_share(frames) for price, frames in flat_runs.items()}
    assert share[30_000] < share[91_000] < share[500_000]
    # At 91,000 USD the cheap-power fleets (Cipher at 40 USD/MWh) still mine; the rest idle.
    assert share[500_000] > share[91_000] + 0.1


def test_without_ai_demand_the_us_share_barely_erodes_in_a_year(flat_runs):
    share = mean_at(flat_runs[91_000], "modelled_hashrate_ehs", 52) / mean_at(
        flat_runs[91_000], "network_hashrate_ehs", 52
    )
    assert share == pytest.approx(PowerMarketScenario().us_hashrate_share, abs=0.04)


def test_with_ai_demand_a_lasting_boom_still_keeps_more_mining():
    share = {p: mining_share(final_frames(btc_price_usd=p, **FLAT)) for p in PRICES}
    # With AI demand the cheap-BTC and baseline prices keep about the same share mining (the
    # lease market takes what mining gives up); a lasting boom keeps clearly more.
    assert share[500_000] > 1.2 * max(share[30_000], share[91_000])


def test_a_lasting_boom_keeps_hashprice_well_above_the_baseline_for_years(flat_runs):
    boom, base = flat_runs[500_000], flat_runs[91_000]
    for tick in (26, 52, 104):
        assert mean_at(boom, "hashprice_usd_per_ph_day", tick) > 2.5 * mean_at(
            base, "hashprice_usd_per_ph_day", tick
        )
    # Supply catches up: machines are ordered and the boom's hashprice falls over time.
    assert mean_at(boom, "hashprice_usd_per_ph_day", -1) < mean_at(
        boom, "hashprice_usd_per_ph_day", 26
    )
    assert mean_at(boom, "asic_delivered_ehs", -1) > 3 * mean_at(base, "asic_delivered_ehs", -1)


def test_the_us_share_starts_at_its_calibrated_value():
    model = PowerMarketModel(seed=4)
    m = model.metrics
    assert m["modelled_hashrate_ehs"] / m["network_hashrate_ehs"] == pytest.approx(
        model.scenario.us_hashrate_share, rel=1e-9
    )
    assert m["network_hashrate_ehs"] == pytest.approx(model.scenario.network_hashrate_ehs_start)


def test_outcome_shares_agree_at_100_and_1000_miners():
    shares = {}
    for n in (100, 1000):
        frames = final_frames(seeds=(1, 2, 3, 4, 5), n_miners=n, horizon_years=3.0)
        total = np.array([f["mw_sites_total"].iloc[-1] for f in frames])
        mining = np.array([f["mw_mining"].iloc[-1] for f in frames]) / total
        ai = (
            np.array(
                [
                    (f["mw_leased"] + f["mw_converting"] + f["mw_hpc"] + f["mw_acquired"]).iloc[-1]
                    for f in frames
                ]
            )
            / total
        )
        shares[n] = (float(total.mean()), float(mining.mean()), float(ai.mean()))
    assert shares[100][0] == pytest.approx(shares[1000][0], rel=0.1)  # total MW
    assert shares[100][1] == pytest.approx(shares[1000][1], abs=0.06)
    assert shares[100][2] == pytest.approx(shares[1000][2], abs=0.08)


def test_a_halving_at_an_unchanged_price_squeezes_the_least_efficient_first():
    model = PowerMarketModel(
        seed=5, n_miners=120, btc_volatility_annual=0.0, btc_drift_annual=0.0, horizon_years=3.0
    )
    before = after = None
    while model.running:
        subsidy = model.network.block_subsidy_btc
        running = model.rest_of_world.cohorts.running_share.copy()
        j = model.rest_of_world.cohorts.j_per_th.copy()
        model.step()
        if model.network.block_subsidy_btc < subsidy:
            before = (running, j)
            model.step()  # the first full tick after the halving
            after = model.rest_of_world.cohorts
            break
    assert before is not None, "no halving within the horizon"
    running_before, j_before = before
    n = min(running_before.size, after.running_share.size)
    drop = running_before[:n] - after.running_share[:n]
    worst = j_before[:n] >= np.median(j_before[:n])
    assert drop[worst].mean() > drop[~worst].mean()


def test_energy_is_billed_on_the_asics_load_not_the_site():
    model = PowerMarketModel(seed=1, n_miners=20, horizon_years=0.1)
    fleet = model.fleet
    site = int(np.argmax(fleet.mw - fleet.asic_mw))
    assert fleet.asic_mw[site] < fleet.mw[site]  # a public site with more MW than machines
    energy_before = model.journal.site_usd[1, site]
    model.step()
    billed = model.journal.site_usd[1, site] - energy_before
    hours = model.scenario.tick_days * 24
    price = model._site_power_price[site]
    assert -billed == pytest.approx(fleet.asic_mw[site] * fleet.running_share[site] * hours * price)


def test_idle_sites_can_buy_machines_and_restart():
    model = PowerMarketModel(seed=3, n_miners=60, horizon_years=1.0, ai_demand_scale=0.0)
    fleet = model.fleet
    idle = np.flatnonzero(~fleet.is_public)[:5]
    fleet.status[idle] = MinerStatus.IDLE
    fleet.ths[idle] = 0.0
    fleet.cash_usd[idle] = 1e9
    fleet.power_cost_usd_per_mwh[idle] = 25.0  # cheap power: new machines pay
    model.run(ticks=14)  # past a fleet review
    assert (fleet.ths[idle] > 0).all()
    assert (fleet.status[idle] == MinerStatus.MINING).all()


def test_asic_prices_follow_hashprice_with_a_floor():
    scenario = PowerMarketScenario()
    market = AsicMarket(scenario, Calendar.from_scenario(scenario))
    start = scenario.asic_price_usd_per_th
    assert market.price_usd_per_th(40.0, 40.0) == pytest.approx(start)
    assert market.price_usd_per_th(80.0, 40.0) == pytest.approx(2 * start)
    assert market.price_usd_per_th(1.0, 40.0) == scenario.asic_price_floor_usd_per_th
    # A used machine is worth less the less it earns, nothing when it earns nothing.
    values = market.value_usd_per_th(np.array([13.5, 20.0, 200.0]), 13.5, start, 40.0, 45.0)
    assert values[0] == pytest.approx(start) and 0 < values[1] < start and values[2] == 0


def test_run_share_rises_from_zero_to_one_over_the_ramp():
    cost = cash_cost_usd_per_ph_day(np.array([20.0]), np.array([50.0]), 0.0)
    assert cost[0] == pytest.approx(24.0)
    shares = [float(run_share(hp, cost, 0.8, 0.4)[0]) for hp in (0.8 * 24, 24.0, 1.2 * 24)]
    assert shares == pytest.approx([0.0, 0.5, 1.0])
