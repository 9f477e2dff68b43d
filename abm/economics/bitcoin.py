"""Bitcoin protocol rules and mining revenue, as pure functions.

Everything here follows the consensus rules of Bitcoin Core (``src/validation.cpp``
``GetBlockSubsidy``, ``src/pow.cpp`` ``CalculateNextWorkRequired``) or a definition that
the mining industry publishes (hashprice, as in Luxor's Hashprice Index).  No Mesa, no I/O.

Units: hashrate in EH/s (1e18 hashes per second) unless a name says otherwise; difficulty is
the dimensionless protocol difficulty (expected hashes per block = difficulty * 2**32).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

HALVING_INTERVAL_BLOCKS = 210_000
"""Blocks between subsidy halvings (Bitcoin Core ``consensus.nSubsidyHalvingInterval``)."""
INITIAL_SUBSIDY_SATS = 50 * 100_000_000
"""Block subsidy of the genesis era, in satoshis."""
SATS_PER_BTC = 100_000_000
RETARGET_INTERVAL_BLOCKS = 2016
"""Blocks between difficulty adjustments (``nPowTargetTimespan / nPowTargetSpacing``)."""
TARGET_BLOCK_SECONDS = 600
"""Target spacing between blocks, seconds (``nPowTargetSpacing``)."""
RETARGET_CLAMP = 4.0
"""A retarget changes difficulty by at most this factor up or down."""
HASHES_PER_DIFFICULTY = 2.0**32
"""Expected hashes per block per unit of difficulty."""
SECONDS_PER_DAY = 86_400.0


def block_subsidy_btc(height: int | np.ndarray) -> float | np.ndarray:
    """Block subsidy at a block height, BTC.

    Integer arithmetic on satoshis, exactly as ``GetBlockSubsidy``: the subsidy is
    ``50 BTC >> (height // 210000)`` and zero from the 64th halving on.

    Args:
        height: Block height (scalar or array of non-negative integers).

    Returns:
        Subsidy in BTC (same shape as ``height``).
    """
    if isinstance(height, int | np.integer):
        era = int(height) // HALVING_INTERVAL_BLOCKS
        return 0.0 if era >= 64 else (INITIAL_SUBSIDY_SATS >> era) / SATS_PER_BTC
    halvings = np.asarray(height, dtype=np.int64) // HALVING_INTERVAL_BLOCKS
    sats = np.where(halvings >= 64, 0, INITIAL_SUBSIDY_SATS >> np.minimum(halvings, 63))
    result = sats / SATS_PER_BTC
    return float(result) if np.ndim(result) == 0 else result


def next_halving_height(height: int) -> int:
    """Height of the first block paying the next (halved) subsidy after ``height``."""
    return (height // HALVING_INTERVAL_BLOCKS + 1) * HALVING_INTERVAL_BLOCKS


def retarget_difficulty(difficulty: float, actual_timespan_s: float) -> float:
    """Difficulty after a retarget, with the protocol's factor-4 clamp.

    ``new = old * target_timespan / actual_timespan`` where the actual timespan of the last
    2016 blocks is first clamped to [target/4, target*4] (``CalculateNextWorkRequired``).

    Args:
        difficulty: Difficulty of the epoch that just ended.
        actual_timespan_s: Seconds the last 2016 blocks took.

    Returns:
        The next epoch's difficulty.
    """
    target_s = RETARGET_INTERVAL_BLOCKS * TARGET_BLOCK_SECONDS
    clamped = min(max(actual_timespan_s, target_s / RETARGET_CLAMP), target_s * RETARGET_CLAMP)
    return difficulty * target_s / clamped


def hashrate_ehs_from_difficulty(difficulty: float, block_seconds: float = 600.0) -> float:
    """Network hashrate implied by a difficulty at a given mean block interval, EH/s."""
    return difficulty * HASHES_PER_DIFFICULTY / block_seconds / 1e18


def blocks_per_second(hashrate_ehs: float, difficulty: float) -> float:
    """Expected block rate of a network of ``hashrate_ehs`` at ``difficulty``, blocks/s."""
    return hashrate_ehs * 1e18 / (difficulty * HASHES_PER_DIFFICULTY)


def hashprice_usd_per_ph_day(
    btc_price_usd: float | np.ndarray,
    difficulty: float | np.ndarray,
    subsidy_btc: float | np.ndarray,
    fees_btc_per_block: float | np.ndarray,
) -> float | np.ndarray:
    """Hashprice: expected revenue of 1 PH/s for one day, USD (Luxor's definition).

    ``hashprice = price * (subsidy + fees) * 86400 * 1e15 / (difficulty * 2**32)``.

    Args:
        btc_price_usd: BTC price, USD.
        difficulty: Network difficulty.
        subsidy_btc: Block subsidy, BTC.
        fees_btc_per_block: Mean transaction fees per block, BTC.

    Returns:
        USD per PH/s per day.
    """
    blocks_per_ph_day = SECONDS_PER_DAY * 1e15 / (np.asarray(difficulty) * HASHES_PER_DIFFICULTY)
    return btc_price_usd * (subsidy_btc + fees_btc_per_block) * blocks_per_ph_day


@dataclass(frozen=True, slots=True)
class ChainState:
    """Where the chain stands: height, difficulty and progress through the retarget epoch.

    Attributes:
        height: Chain height in blocks; fractional because blocks are advanced at their
            expected rate (the fraction is the progress towards the next block).
        difficulty: Current difficulty.
        epoch_elapsed_s: Seconds since the first block of the current retarget epoch.
    """

    height: float
    difficulty: float
    epoch_elapsed_s: float = 0.0

    @property
    def block_height(self) -> int:
        """Height of the last whole block."""
        return int(self.height)


@dataclass(frozen=True, slots=True)
class ChainAdvance:
    """What happened on chain during one period.

    Attributes:
        state: Chain state at the end of the period.
        blocks: Expected number of blocks found (fractional).
        subsidy_btc: Total subsidy issued, BTC.
        retargets: Number of difficulty adjustments during the period.
    """

    state: ChainState
    blocks: float
    subsidy_btc: float
    retargets: int


def advance_chain(state: ChainState, hashrate_ehs: float, seconds: float) -> ChainAdvance:
    """Advance the chain by ``seconds`` at a constant network hashrate.

    Blocks arrive at their expected rate (a deterministic fluid approximation of the Poisson
    process); the period is split at every retarget boundary, where difficulty is
    recomputed from the epoch's actual duration with the clamp, and at every halving,
    where the subsidy changes.

    Args:
        state: Chain state at the start.
        hashrate_ehs: Network hashrate during the period, EH/s (> 0).
        seconds: Length of the period, s.

    Returns:
        The chain state at the end, blocks found, subsidy issued and retargets.
    """
    height = state.height
    difficulty = state.difficulty
    epoch_elapsed = state.epoch_elapsed_s
    remaining = seconds
    blocks_total = 0.0
    subsidy_total = 0.0
    retargets = 0
    while remaining > 1e-9:
        rate = blocks_per_second(hashrate_ehs, difficulty)
        epoch_end = (height // RETARGET_INTERVAL_BLOCKS + 1) * RETARGET_INTERVAL_BLOCKS
        halving = (height // HALVING_INTERVAL_BLOCKS + 1) * HALVING_INTERVAL_BLOCKS
        boundary = min(epoch_end, halving)
        blocks_to_boundary = boundary - height
        seconds_to_boundary = blocks_to_boundary / rate
        reaches_boundary = seconds_to_boundary <= remaining
        step_s = seconds_to_boundary if reaches_boundary else remaining
        step_blocks = blocks_to_boundary if reaches_boundary else step_s * rate
        subsidy_total += step_blocks * block_subsidy_btc(int(height))
        blocks_total += step_blocks
        height = boundary if reaches_boundary else height + step_blocks
        epoch_elapsed += step_s
        remaining -= step_s
        if reaches_boundary and boundary == epoch_end:
            difficulty = retarget_difficulty(difficulty, epoch_elapsed)
            epoch_elapsed = 0.0
            retargets += 1
    end = ChainState(height=height, difficulty=difficulty, epoch_elapsed_s=epoch_elapsed)
    return ChainAdvance(
        state=end, blocks=blocks_total, subsidy_btc=subsidy_total, retargets=retargets
    )


def asic_frontier_j_per_th(
    years_since_start: float | np.ndarray,
    frontier_j_per_th_at_start: float,
    annual_improvement: float,
    floor_j_per_th: float,
) -> float | np.ndarray:
    """Best available ASIC efficiency at a date, J/TH.

    Efficiency improves geometrically by ``annual_improvement`` per year towards a physical
    floor: ``floor + (start - floor) * (1 - annual_improvement) ** years``.
    """
    decay = (1.0 - annual_improvement) ** np.asarray(years_since_start)
    return floor_j_per_th + (frontier_j_per_th_at_start - floor_j_per_th) * decay


def energy_cost_usd_per_ph_day(
    j_per_th: float | np.ndarray, power_price_usd_per_mwh: float | np.ndarray
) -> float | np.ndarray:
    """Electricity cost of running 1 PH/s for a day, USD.

    1 PH/s at ``j_per_th`` J/TH draws ``j_per_th`` kW (1000 TH/s * J/TH = W * 1000);
    over 24 h that is ``0.024 * j_per_th`` MWh.
    """
    return 0.024 * np.asarray(j_per_th) * power_price_usd_per_mwh


def rest_of_world_growth_per_year(
    hashprice_signal_usd_per_ph_day: float,
    energy_cost_usd_per_ph_day_row: float,
    all_in_cost_usd_per_ph_day_row: float,
    entry_elasticity: float,
    exit_elasticity: float,
    max_rate_per_year: float,
) -> float:
    """Growth rate of the rest of the world's mining power, per year (log-rate).

    Hysteresis band: capacity enters when the (lagged) hashprice exceeds the all-in cost of
    new capacity (energy plus hardware payback) and exits when it falls below the energy
    cost of running; in between it holds.  ``rate = e_in * ln(hp / all_in)`` above the band,
    ``e_out * ln(hp / energy)`` below it, clipped to ``±max_rate_per_year``.
    """
    if hashprice_signal_usd_per_ph_day > all_in_cost_usd_per_ph_day_row:
        rate = entry_elasticity * np.log(
            hashprice_signal_usd_per_ph_day / all_in_cost_usd_per_ph_day_row
        )
    elif hashprice_signal_usd_per_ph_day < energy_cost_usd_per_ph_day_row:
        rate = exit_elasticity * np.log(
            max(hashprice_signal_usd_per_ph_day, 1e-9) / energy_cost_usd_per_ph_day_row
        )
    else:
        rate = 0.0
    return min(max(float(rate), -max_rate_per_year), max_rate_per_year)
