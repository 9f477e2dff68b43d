"""The ASIC efficiency frontier from dated releases (knob ``asic_frontier_csv``)."""

from importlib import resources

import numpy as np
import pytest

from abm import PowerMarketModel, calibration
from abm.economics import bitcoin
from experiments.scenario_files import check_knobs

RELEASES = (
    "model,j_per_th,available_from\n"
    "later,15.0,2026-03-02\n"  # rows need not be in date order
    "first,20.0,2026-01-05\n"
    "worse,25.0,2026-02-02\n"  # a worse model never lifts the frontier
)


def test_the_frontier_is_the_best_model_shipping_by_each_date_then_improves_from_the_last():
    years = np.array([-0.1, 0.0, 0.05, 0.2, 1.0, 2.0])
    frontier = bitcoin.asic_frontier_from_releases(
        years,
        release_years=np.array([0.1, 0.0, 0.5]),
        release_j_per_th=np.array([25.0, 20.0, 15.0]),
        frontier_j_per_th_before=30.0,
        annual_improvement=0.1,
        floor_j_per_th=5.0,
    )
    after = [5.0 + 10.0 * 0.9**0.5, 5.0 + 10.0 * 0.9**1.5]
    assert frontier == pytest.approx([30.0, 20.0, 20.0, 20.0, *after])


def test_a_run_follows_the_release_table_week_by_week(tmp_path):
    table = tmp_path / "releases.csv"
    table.write_text(RELEASES, encoding="utf-8")
    model = PowerMarketModel(
        seed=1,
        n_miners=10,
        start_date="2025-12-29",
        horizon_years=0.3,
        asic_frontier_j_per_th=30.0,
        asic_improvement_annual=0.0,
        asic_frontier_csv=str(table),
    )
    market = model.asic_market
    # Ticks on 12-29, 01-05, ... 02-23, 03-02: 30 before the first release, 20, then 15.
    assert [market.frontier_j_per_th(t) for t in (0, 1, 5, 8, 9, 10)] == [
        30.0,
        20.0,
        20.0,
        20.0,
        15.0,
        15.0,
    ]
    default = PowerMarketModel(seed=1, n_miners=10, start_date="2025-12-29", horizon_years=0.3)
    assert default.asic_market.frontier_j_per_th(9) == pytest.approx(
        bitcoin.asic_frontier_j_per_th(
            9 * 7 / 365.25,
            default.scenario.asic_frontier_j_per_th,
            default.scenario.asic_improvement_annual,
            default.scenario.asic_floor_j_per_th,
        )
    )


def test_the_shipped_release_table_reads_in_date_order_and_improves():
    path = str(resources.files("abm").joinpath("data", "asic_frontier_history.csv"))
    releases = calibration.read_frontier_csv(path)
    assert releases.index.is_monotonic_increasing
    assert releases.iloc[-1] < releases.iloc[0]
    assert (releases > 5).all() and (releases < 40).all()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("model,available_from\nx,2026-01-01\n", "missing column.*j_per_th"),
        ("j_per_th,available_from\n-1,2026-01-01\n", "must be positive and present"),
        ("j_per_th,available_from\n10,not a date\n", "asic_frontier_csv"),
    ],
)
def test_a_bad_release_table_is_one_clear_error(tmp_path, text, says):
    table = tmp_path / "releases.csv"
    table.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=says):
        check_knobs({"asic_frontier_csv": str(table)})
