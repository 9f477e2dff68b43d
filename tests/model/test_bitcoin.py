"""Bitcoin protocol rules and hashprice against hand-computed values."""

import math

import pytest

from abm.economics import bitcoin


@pytest.mark.parametrize(
    ("height", "subsidy_btc"),
    [
        (0, 50.0),
        (209_999, 50.0),
        (210_000, 25.0),
        (420_000, 12.5),
        (629_999, 12.5),
        (630_000, 6.25),
        (839_999, 6.25),
        (840_000, 3.125),
        (1_050_000, 1.5625),
        (13_440_000, 0.0),
    ],
)
def test_subsidy_halves_every_210000_blocks(height, subsidy_btc):
    assert bitcoin.block_subsidy_btc(height) == subsidy_btc


def test_halving_halves_subsidy_at_block_840000():
    assert bitcoin.block_subsidy_btc(840_000) == bitcoin.block_subsidy_btc(839_999) / 2


def test_subsidy_is_exact_in_satoshis_after_many_halvings():
    # 5,000,000,000 sats >> 32 = 1 sat; >> 33 = 0 sats (integer shift, as GetBlockSubsidy).
    assert bitcoin.block_subsidy_btc(32 * 210_000) == (5_000_000_000 >> 32) / 1e8
    assert bitcoin.block_subsidy_btc(33 * 210_000) == 0.0


def test_next_halving_after_the_start_is_block_1050000():
    assert bitcoin.next_halving_height(924_400) == 1_050_000


def test_retarget_doubles_difficulty_when_epoch_took_half_the_target():
    assert bitcoin.retarget_difficulty(100.0, 2016 * 600 / 2) == pytest.approx(200.0)


@pytest.mark.parametrize(
    ("timespan_factor", "expected"), [(0.01, 400.0), (0.25, 400.0), (4.0, 25.0), (100.0, 25.0)]
)
def test_retarget_clamps_to_a_factor_of_four(timespan_factor, expected):
    assert bitcoin.retarget_difficulty(100.0, 2016 * 600 * timespan_factor) == pytest.approx(
        expected
    )


def test_hashprice_on_2025_11_21_matches_luxor_within_two_percent():
    # Luxor's Hashprice Index printed USD 38.2 /PH/day with BTC ~ USD 91,000, difficulty 152 T.
    hashprice = bitcoin.hashprice_usd_per_ph_day(91_000, 152e12, 3.125, 0.02)
    # By hand: 91000 * 3.145 * 86400e15 / (152e12 * 2**32) = 37.88
    assert hashprice == pytest.approx(91_000 * 3.145 * 86400e15 / (152e12 * 2**32))
    assert hashprice == pytest.approx(38.2, rel=0.02)


def test_hashrate_implied_by_difficulty_152t_is_about_1088_ehs():
    assert bitcoin.hashrate_ehs_from_difficulty(152e12) == pytest.approx(
        152e12 * 2**32 / 600 / 1e18
    )
    assert bitcoin.hashrate_ehs_from_difficulty(152e12) == pytest.approx(1088.0, rel=1e-3)


def test_a_week_at_the_difficulty_implied_hashrate_finds_1008_blocks():
    difficulty = 152e12
    start = bitcoin.ChainState(height=2016 * 400 + 10, difficulty=difficulty, epoch_elapsed_s=6000)
    advance = bitcoin.advance_chain(
        start, bitcoin.hashrate_ehs_from_difficulty(difficulty), 7 * 86400
    )
    assert advance.blocks == pytest.approx(1008.0)
    assert advance.retargets == 0
    assert advance.state.height == pytest.approx(start.height + 1008)


def test_faster_hashrate_crosses_a_retarget_and_raises_difficulty_by_the_speed_up():
    difficulty = 1e12
    hashrate = 2 * bitcoin.hashrate_ehs_from_difficulty(difficulty)
    start = bitcoin.ChainState(height=2016 * 10, difficulty=difficulty, epoch_elapsed_s=0.0)
    # A whole epoch at double speed takes 2016 * 300 s; run exactly that long.
    advance = bitcoin.advance_chain(start, hashrate, 2016 * 300)
    assert advance.retargets == 1
    assert advance.state.difficulty == pytest.approx(2 * difficulty)
    assert advance.state.epoch_elapsed_s == pytest.approx(0.0, abs=1e-6)


def test_subsidy_issued_across_a_halving_is_split_at_the_boundary():
    difficulty = 1e12
    start = bitcoin.ChainState(height=840_000 - 100, difficulty=difficulty, epoch_elapsed_s=0.0)
    advance = bitcoin.advance_chain(
        start, bitcoin.hashrate_ehs_from_difficulty(difficulty), 300 * 600
    )
    assert advance.blocks == pytest.approx(300)
    assert advance.subsidy_btc == pytest.approx(100 * 6.25 + 200 * 3.125)


def test_asic_frontier_improves_geometrically_towards_its_floor():
    assert bitcoin.asic_frontier_j_per_th(0.0, 13.5, 0.1, 5.0) == pytest.approx(13.5)
    assert bitcoin.asic_frontier_j_per_th(1.0, 13.5, 0.1, 5.0) == pytest.approx(5.0 + 8.5 * 0.9)
    assert bitcoin.asic_frontier_j_per_th(200.0, 13.5, 0.1, 5.0) == pytest.approx(5.0, abs=1e-6)


def test_energy_cost_of_a_20_j_per_th_petahash_at_50_usd_is_24_usd_a_day():
    # 1 PH/s at 20 J/TH draws 20 kW: 480 kWh a day at 50 USD/MWh.
    assert bitcoin.energy_cost_usd_per_ph_day(20.0, 50.0) == pytest.approx(24.0)


def test_rest_of_world_holds_inside_the_band_and_moves_outside():
    assert bitcoin.rest_of_world_growth_per_year(30.0, 20.0, 40.0, 1.0, 2.0, 0.8) == 0.0
    assert bitcoin.rest_of_world_growth_per_year(
        40.0 * math.e**0.5, 20.0, 40.0, 1.0, 2.0, 0.8
    ) == pytest.approx(0.5)
    assert bitcoin.rest_of_world_growth_per_year(
        20.0 * math.e**-0.1, 20.0, 40.0, 1.0, 2.0, 0.8
    ) == pytest.approx(-0.2)
    assert bitcoin.rest_of_world_growth_per_year(1.0, 20.0, 40.0, 1.0, 2.0, 0.8) == pytest.approx(
        -0.8
    )
