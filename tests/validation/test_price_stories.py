"""Named scenarios' BTC price stories do what their descriptions say, over many seeds."""

import math

import numpy as np
import pandas as pd
import pytest

from abm import PowerMarketModel, PowerMarketScenario
from abm.economics import paths
from abm.submodels import exogenous
from experiments.scenario_files import load_scenario

# Scenario -> (words its description must hold, [(years from the start, median price ratio)]).
STORIES = {
    "btc_bear": (
        "halves over two years",
        [(1.0, 0.5**0.5), (2.0, 0.5), (4.0, 0.5 * math.exp(2 * 0.10))],
    ),
    "btc_boom": ("doubles over two years", [(2.0, 2.0), (4.0, 2.0 * math.exp(2 * 0.10))]),
    "baseline": ("median growing 10 %/yr", [(2.0, math.exp(0.20)), (5.0, math.exp(0.50))]),
}
SEEDS = 400


def _median_ratios(scenario: PowerMarketScenario, years: list[float]) -> list[float]:
    calendar = exogenous.Calendar.from_scenario(scenario)
    ticks = [calendar.ticks(y) for y in years]
    ratios = []
    for seed in range(SEEDS):
        price = exogenous.btc_price_path(scenario, calendar, np.random.default_rng(seed))
        ratios.append(price[ticks] / price[0])
    return list(np.median(np.array(ratios), axis=0))


@pytest.mark.parametrize("name", sorted(STORIES))
def test_scenario_price_story_matches_its_description(name):
    words, story = STORIES[name]
    scenario_file = load_scenario(name)
    assert words in scenario_file.description
    scenario = PowerMarketScenario(**scenario_file.knobs, horizon_years=6.0)
    medians = _median_ratios(scenario, [years for years, _ in story])
    for (years, expected), median in zip(story, medians, strict=True):
        # 400 draws put the sample median's log within about 0.06 of the true one.
        assert math.log(median) == pytest.approx(math.log(expected), abs=0.15), (name, years)


def test_the_bear_lasts_two_years_then_the_price_grows_again_in_the_model():
    scenario_file = load_scenario("btc_bear")
    at_two, at_four = [], []
    for seed in (1, 2, 3, 4, 5):
        model = PowerMarketModel(**scenario_file.knobs, seed=seed, n_miners=20, horizon_years=4.0)
        price = model.btc_price_path
        at_two.append(price[model.calendar.ticks(2.0)] / price[0])
        at_four.append(price[-1] / price[model.calendar.ticks(2.0)])
    # Five seeds cannot pin a median at 65 % volatility; they can tell a fall from a rise.
    assert np.mean(np.log(at_two)) < np.mean(np.log(at_four))


def test_zero_drift_keeps_the_median_flat_and_the_mean_rising_at_half_the_variance():
    drift = paths.median_log_drift_per_step(1 / 52, 104, 0.0, 50.0, 0.0)
    finals = np.array(
        [
            paths.gbm_price_path(100.0, drift, 0.5, 1 / 52, np.random.default_rng(s))[-1]
            for s in range(4000)
        ]
    )
    assert np.median(finals) == pytest.approx(100.0, rel=0.06)
    assert finals.mean() == pytest.approx(100.0 * math.exp(0.5 * 0.25 * 2), rel=0.08)


def test_a_step_straddling_the_regime_change_takes_each_drift_for_its_share():
    drift = paths.median_log_drift_per_step(1.0, 3, -0.4, 1.5, 0.1)
    assert drift == pytest.approx([-0.4, -0.2 + 0.05, 0.1])


def test_a_scripted_path_resumes_its_walk_with_the_regimes_timed_from_the_start():
    dates = pd.DatetimeIndex(pd.date_range("2026-01-01", periods=5, freq="365D"))
    script = pd.Series([100.0, 100.0], index=pd.DatetimeIndex(["2026-01-01", "2027-01-01"]))
    prices = paths.scripted_price_path(script, dates, 0.5, 0.0, np.random.default_rng(1), 2.0, 0.0)
    # Year 1 is scripted; year 2 is inside the first regime (+0.5); years 3-4 drift 0.
    assert prices[:2] == pytest.approx([100.0, 100.0])
    assert np.log(prices[2:] / 100.0) == pytest.approx([0.5, 0.5, 0.5], abs=0.01)


def test_an_unknown_public_miners_table_is_one_clear_error():
    with pytest.raises(ValueError, match="public_miners_file.*no table 'nope.csv'"):
        PowerMarketScenario(public_miners_file="nope.csv")
