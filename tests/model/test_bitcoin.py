"""Bitcoin protocol rules and hashprice against hand-computed values."""

import pandas as pd
import pytest

from abm import PowerMarketModel, PowerMarketScenario, calibration
from abm.economics import bitcoin
from abm.submodels import network


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
    # Height 2016 * 10 is the epoch's first block, just found; its last block is 2015 blocks
    # (2015 * 300 s at double speed) later, and Core times the epoch over those 2015 intervals.
    start = bitcoin.ChainState(height=2016 * 10, difficulty=difficulty, epoch_elapsed_s=0.0)
    advance = bitcoin.advance_chain(start, hashrate, 2015 * 300)
    assert advance.retargets == 1
    assert advance.state.height == pytest.approx(2016 * 10 + 2015)
    assert advance.state.difficulty == pytest.approx(difficulty * 2016 * 600 / (2015 * 300))


def test_epoch_clock_restarts_when_the_next_epochs_first_block_is_found():
    difficulty = 1e12
    hashrate = bitcoin.hashrate_ehs_from_difficulty(difficulty)
    start = bitcoin.ChainState(height=2016 * 10, difficulty=difficulty, epoch_elapsed_s=0.0)
    advance = bitcoin.advance_chain(start, hashrate, 2016 * 600 + 100 * 600)
    # One block at the new difficulty after the retarget, then 100 seconds' worth more.
    assert advance.retargets == 1
    new_spacing = 600 * advance.state.difficulty / difficulty
    assert advance.state.epoch_elapsed_s == pytest.approx(
        2016 * 600 + 100 * 600 - 2015 * 600 - new_spacing
    )


def test_block_840000_pays_the_halved_subsidy_of_3_125_btc():
    difficulty = 1e12
    hashrate = bitcoin.hashrate_ehs_from_difficulty(difficulty)
    # Block 839,999 was just found: the next block mined is 840,000.
    start = bitcoin.ChainState(height=839_999, difficulty=difficulty, epoch_elapsed_s=0.0)
    assert start.next_block_subsidy_btc == 3.125
    one_block = bitcoin.advance_chain(start, hashrate, 600)
    assert one_block.blocks == pytest.approx(1.0)
    assert one_block.subsidy_btc == pytest.approx(3.125)
    before = bitcoin.ChainState(height=839_998, difficulty=difficulty, epoch_elapsed_s=0.0)
    two_blocks = bitcoin.advance_chain(before, hashrate, 1200)
    assert two_blocks.subsidy_btc == pytest.approx(6.25 + 3.125)


def test_subsidy_issued_across_a_halving_is_split_at_the_boundary():
    difficulty = 1e12
    start = bitcoin.ChainState(height=840_000 - 100, difficulty=difficulty, epoch_elapsed_s=0.0)
    advance = bitcoin.advance_chain(
        start, bitcoin.hashrate_ehs_from_difficulty(difficulty), 300 * 600
    )
    assert advance.blocks == pytest.approx(300)
    # Blocks 839,901 ... 839,999 pay 6.25; blocks 840,000 ... 840,200 pay 3.125.
    assert advance.subsidy_btc == pytest.approx(99 * 6.25 + 201 * 3.125)


def test_equilibrium_block_time_is_600_3_seconds_not_600():
    hashrate = 800.0
    difficulty = hashrate * 1e18 * 600 / 2**32  # 600 s blocks at the start
    state = bitcoin.ChainState(height=2016 * 400, difficulty=difficulty, epoch_elapsed_s=0.0)
    for _ in range(6):
        state = bitcoin.advance_chain(state, hashrate, 2016 * 600.3).state
    block_seconds = 1 / bitcoin.blocks_per_second(hashrate, state.difficulty)
    assert block_seconds == pytest.approx(2016 * 600 / 2015, rel=1e-9)
    assert bitcoin.EQUILIBRIUM_BLOCK_SECONDS == pytest.approx(600.2978, abs=1e-4)


def test_difficulty_never_falls_below_the_proof_of_work_limit():
    assert bitcoin.retarget_difficulty(1.0, 2016 * 600 * 2) == 1.0
    assert bitcoin.retarget_difficulty(1.5, 2016 * 600 * 4) == 1.0
    state = bitcoin.ChainState(height=2016 * 5, difficulty=1.0, epoch_elapsed_s=0.0)
    slow = bitcoin.advance_chain(state, 1e-12, 3 * 365 * 86400)
    assert slow.retargets >= 1
    assert slow.state.difficulty == 1.0


# Bitcoin Core src/test/pow_tests.cpp: (first block time, last block time, nBits in, nBits out).
CORE_POW_VECTORS = {
    "get_next_work": (1261130161, 1262152739, 0x1D00FFFF, 0x1D00D86A),
    "get_next_work_pow_limit": (1231006505, 1233061996, 0x1D00FFFF, 0x1D00FFFF),
    "get_next_work_lower_limit_actual": (1279008237, 1279297671, 0x1C05A3F4, 0x1C0168FD),
    "get_next_work_upper_limit_actual": (1263163443, 1269211443, 0x1C387F6F, 0x1D00E1FD),
}


@pytest.mark.parametrize("case", sorted(CORE_POW_VECTORS))
def test_integer_retarget_equals_bitcoin_cores_pow_test_vectors(case):
    first, last, bits_in, bits_out = CORE_POW_VECTORS[case]
    assert bitcoin.next_work_required(bits_in, first, last) == bits_out


@pytest.mark.parametrize("case", sorted(CORE_POW_VECTORS))
def test_model_retarget_matches_cores_vectors_in_difficulty(case):
    first, last, bits_in, bits_out = CORE_POW_VECTORS[case]
    modelled = bitcoin.retarget_difficulty(bitcoin.difficulty_from_compact(bits_in), last - first)
    # The compact encoding keeps 16-23 bits of mantissa: a relative truncation below 2**-15.
    assert modelled == pytest.approx(bitcoin.difficulty_from_compact(bits_out), rel=2**-15)


def test_compact_round_trip_and_genesis_difficulty_is_one():
    assert bitcoin.difficulty_from_compact(0x1D00FFFF) == 1.0
    for bits in (0x1D00FFFF, 0x1C05A3F4, 0x17022B91, 0x1701E605):
        assert bitcoin.compact_from_target(bitcoin.target_from_compact(bits)) == bits
    # Observed: the epoch from block 929,376 (2025-12-25) has nBits 0x1701e605, 148.26 T.
    assert bitcoin.difficulty_from_compact(0x1701E605) == pytest.approx(148_258_433_855_481.3)


def test_asic_frontier_improves_geometrically_towards_its_floor():
    assert bitcoin.asic_frontier_j_per_th(0.0, 13.5, 0.1, 5.0) == pytest.approx(13.5)
    assert bitcoin.asic_frontier_j_per_th(1.0, 13.5, 0.1, 5.0) == pytest.approx(5.0 + 8.5 * 0.9)
    assert bitcoin.asic_frontier_j_per_th(200.0, 13.5, 0.1, 5.0) == pytest.approx(5.0, abs=1e-6)


def test_energy_cost_of_a_20_j_per_th_petahash_at_50_usd_is_24_usd_a_day():
    # 1 PH/s at 20 J/TH draws 20 kW: 480 kWh a day at 50 USD/MWh.
    assert bitcoin.energy_cost_usd_per_ph_day(20.0, 50.0) == pytest.approx(24.0)


def test_default_start_reads_its_height_difficulty_and_epoch_clock_off_the_retarget_history():
    scenario = PowerMarketScenario()
    observed = calibration.observed_chain(pd.Timestamp(scenario.start_date))
    assert observed.height == scenario.start_block_height
    assert observed.difficulty == pytest.approx(scenario.difficulty_start, rel=1e-12)
    # Epoch 923,328 began 2025-11-12T18:07:11Z: 5 days 5 h 52 min 49 s before the start.
    assert network.epoch_elapsed_at_start_s(scenario) == 5 * 86400 + 5 * 3600 + 52 * 60 + 49
    model = PowerMarketModel(n_miners=20, horizon_years=0.1)
    assert model.network.chain.epoch_elapsed_s == pytest.approx(453_169.0)
    assert model.network.block_subsidy_btc == 3.125


def test_a_start_outside_the_history_clocks_its_epoch_at_the_equilibrium_spacing():
    scenario = PowerMarketScenario(start_date="2030-01-01", start_block_height=2016 * 600 + 100)
    assert network.epoch_elapsed_at_start_s(scenario) == pytest.approx(
        100 * bitcoin.EQUILIBRIUM_BLOCK_SECONDS
    )


def test_the_2022_fleets_come_from_the_table_the_knob_names():
    model = PowerMarketModel(
        n_miners=30, horizon_years=0.1, public_miners_file="public_miners_2022.csv"
    )
    public = [name for name in model.firm_names if not name.startswith("Private miner")]
    assert public == ["Core Scientific", "Riot Platforms (Riot Blockchain)"]
    default = PowerMarketModel(n_miners=30, horizon_years=0.1)
    assert "Riot Platforms" in default.firm_names
