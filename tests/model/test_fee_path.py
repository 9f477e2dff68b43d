"""Fees per block as an observed series (knob ``fees_csv``) instead of a constant."""

import numpy as np
import pytest

from abm import PowerMarketModel, PowerMarketScenario, calibration
from abm.submodels import exogenous
from experiments.scenario_files import check_knobs

PERIODS = (
    "period_start,period_end,period_kind,fees_btc_per_block\n"
    "2026-01-01,2026-01-01,block,37.7\n"
    "2026-01-01,2026-01-03,day,0.10\n"
    "2026-01-29,2026-01-31,day,0.40\n"
)


def test_a_period_table_is_dated_at_midpoints_and_single_blocks_are_left_out(tmp_path):
    table = tmp_path / "fees.csv"
    table.write_text(PERIODS, encoding="utf-8")
    series = calibration.read_fees_csv(str(table))
    assert list(series.index.strftime("%Y-%m-%d")) == ["2026-01-02", "2026-01-30"]
    assert list(series) == [0.10, 0.40]


def test_fees_interpolate_linearly_between_observations_and_hold_outside(tmp_path):
    table = tmp_path / "fees.csv"
    table.write_text(PERIODS, encoding="utf-8")
    scenario = PowerMarketScenario(
        start_date="2025-12-26", tick_days=7.0, horizon_years=0.2, fees_csv=str(table)
    )
    fees = exogenous.fees_path(scenario, exogenous.Calendar.from_scenario(scenario))
    # Ticks on 12-26, 01-02, 01-09, 01-16, 01-23, 01-30, 02-06...: 0.30 BTC over 28 days.
    assert fees[:7] == pytest.approx([0.10, 0.10, 0.175, 0.25, 0.325, 0.40, 0.40])


def test_higher_observed_fees_raise_the_start_hashprice_by_the_reward_ratio(tmp_path):
    table = tmp_path / "fees.csv"
    table.write_text("date,fees_btc_per_block\n2025-01-01,1.0\n", encoding="utf-8")
    base = PowerMarketModel(seed=1, n_miners=10, horizon_years=0.1)
    high = PowerMarketModel(seed=1, n_miners=10, horizon_years=0.1, fees_csv=str(table))
    subsidy, fees = base.network.block_subsidy_btc, base.scenario.fees_btc_per_block
    ratio = high.network.hashprice_usd_per_ph_day / base.network.hashprice_usd_per_ph_day
    assert ratio == pytest.approx((subsidy + 1.0) / (subsidy + fees))
    high.run()
    assert np.isclose(high.network.fees_btc_per_block, 1.0)


def test_a_fee_table_without_fees_is_one_clear_error(tmp_path):
    table = tmp_path / "fees.csv"
    table.write_text("date,fees\n2025-01-01,1.0\n", encoding="utf-8")
    with pytest.raises(ValueError, match="fees_csv .*missing column fees_btc_per_block"):
        check_knobs({"fees_csv": str(table)})
