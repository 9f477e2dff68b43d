"""Bitcoin protocol rules and mining revenue, as pure functions.

Everything here follows the consensus rules of Bitcoin Core (``src/validation.cpp``
``GetBlockSubsidy``, ``src/pow.cpp`` ``CalculateNextWorkRequired``) or a definition that
the mining industry publishes (hashprice, as in Luxor's Hashprice Index).  No Mesa, no I/O.

Units: hashrate in EH/s (1e18 hashes per second) unless a name says otherwise; difficulty is
the dimensionless protocol difficulty (expected hashes per block = difficulty * 2**32).
"""

from __future__ import annotations

from typing import NamedTuple

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
TARGET_TIMESPAN_S = RETARGET_INTERVAL_BLOCKS * TARGET_BLOCK_SECONDS
"""Two weeks, seconds (``consensus.nPowTargetTimespan``)."""
TIMESPAN_INTERVALS = RETARGET_INTERVAL_BLOCKS - 1
"""Block intervals an epoch's measured timespan covers: Bitcoin Core times the epoch from its
first block to its last (``pindexFirst`` = last - 2015), so 2015 intervals, not 2016."""
EQUILIBRIUM_BLOCK_SECONDS = TARGET_TIMESPAN_S / TIMESPAN_INTERVALS
"""Mean block interval at which difficulty stands still: 2016 * 600 / 2015 = 600.298 s."""
POW_LIMIT_TARGET = (1 << 224) - 1
"""Mainnet proof-of-work limit (``consensus.powLimit``, 0x00000000ffff...ff)."""
DIFFICULTY_1_TARGET = 0xFFFF << 208
"""The target of difficulty 1 (compact 0x1d00ffff, the genesis target)."""
MIN_DIFFICULTY = 1.0
"""Difficulty never falls below 1: a retarget cannot ease past the proof-of-work limit
(compact 0x1d00ffff is the largest target a mainnet block may carry)."""


_INTEGER_TYPES = (int, np.integer)
"""Types of a single block height (a union made per call costs more than the tuple)."""


def block_subsidy_btc(height: int | np.ndarray) -> float | np.ndarray:
    """Block subsidy at a block height, BTC.

    Integer arithmetic on satoshis, exactly as ``GetBlockSubsidy``: the subsidy is
    ``50 BTC >> (height // 210000)`` and zero from the 64th halving on.

    Args:
        height: Block height (scalar or array of non-negative integers).

    Returns:
        Subsidy in BTC (same shape as ``height``).
    """
    if isinstance(height, _INTEGER_TYPES):
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
    """Difficulty after a retarget, with the factor-4 clamp and the proof-of-work limit.

    ``new = old * 1209600 / clamp(actual, 1209600/4, 1209600*4)``, never below
    :data:`MIN_DIFFICULTY` (``CalculateNextWorkRequired``).  ``actual_timespan_s`` is what
    Bitcoin Core measures: the time from the epoch's first block to its last, 2015 intervals.

    Args:
        difficulty: Difficulty of the epoch that just ended.
        actual_timespan_s: Seconds from the epoch's first block to its last.

    Returns:
        The next epoch's difficulty.
    """
    clamped = min(
        max(actual_timespan_s, TARGET_TIMESPAN_S / RETARGET_CLAMP),
        TARGET_TIMESPAN_S * RETARGET_CLAMP,
    )
    return max(difficulty * TARGET_TIMESPAN_S / clamped, MIN_DIFFICULTY)


def target_from_compact(bits: int) -> int:
    """The 256-bit target a compact ``nBits`` encodes (``arith_uint256::SetCompact``)."""
    exponent = bits >> 24
    mantissa = bits & 0x007FFFFF
    if exponent <= 3:
        return mantissa >> (8 * (3 - exponent))
    return mantissa << (8 * (exponent - 3))


def compact_from_target(target: int) -> int:
    """The compact ``nBits`` of a target (``arith_uint256::GetCompact``; truncates)."""
    size = (target.bit_length() + 7) // 8
    if size <= 3:
        mantissa = target << (8 * (3 - size))
    else:
        mantissa = target >> (8 * (size - 3))
    if mantissa & 0x00800000:
        mantissa >>= 8
        size += 1
    return mantissa | (size << 24)


def difficulty_from_compact(bits: int) -> float:
    """Difficulty of a compact target: the difficulty-1 target over this one."""
    return DIFFICULTY_1_TARGET / target_from_compact(bits)


def next_work_required(last_bits: int, first_block_time: int, last_block_time: int) -> int:
    """Compact target of the next epoch, in integers, exactly as ``CalculateNextWorkRequired``.

    ``target' = target * clamp(last - first) / 1209600``, capped at the proof-of-work limit.

    Args:
        last_bits: ``nBits`` of the epoch's last block.
        first_block_time: Timestamp of the epoch's first block (``pindexFirst``, last - 2015).
        last_block_time: Timestamp of the epoch's last block.

    Returns:
        ``nBits`` of the next epoch.
    """
    timespan = last_block_time - first_block_time
    low, high = TARGET_TIMESPAN_S // int(RETARGET_CLAMP), TARGET_TIMESPAN_S * int(RETARGET_CLAMP)
    timespan = min(max(timespan, low), high)
    target = target_from_compact(last_bits) * timespan // TARGET_TIMESPAN_S
    return compact_from_target(min(target, POW_LIMIT_TARGET))


def hashrate_ehs_from_difficulty(difficulty: float, block_seconds: float = 600.0) -> float:
    """Network hashrate implied by a difficulty at a given mean block interval, EH/s.

    The default is the target spacing; at a steady hashrate the chain settles at
    :data:`EQUILIBRIUM_BLOCK_SECONDS` (600.3 s).
    """
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
    if not isinstance(difficulty, float):  # a float needs no array (and its overhead)
        difficulty = np.asarray(difficulty)
    blocks_per_ph_day = SECONDS_PER_DAY * 1e15 / (difficulty * HASHES_PER_DIFFICULTY)
    return btc_price_usd * (subsidy_btc + fees_btc_per_block) * blocks_per_ph_day


class ChainState(NamedTuple):
    """Where the chain stands: height, difficulty and progress through the retarget epoch
    (immutable: a named tuple, cheaper to make each tick than a frozen dataclass).

    Attributes:
        height: Chain height in blocks; fractional because blocks are advanced at their
            expected rate.  The block of height ``k`` is found when ``height`` reaches ``k``;
            while ``k - 1 <= height < k`` block ``k`` is being mined.
        difficulty: Difficulty of the block being mined.
        epoch_elapsed_s: Seconds since the first block of the current retarget epoch (the
            block whose height is a multiple of 2016) was found.
    """

    height: float
    difficulty: float
    epoch_elapsed_s: float = 0.0

    @property
    def block_height(self) -> int:
        """Height of the last whole block."""
        return int(self.height)

    @property
    def next_block_subsidy_btc(self) -> float:
        """Subsidy of the block being mined (``block_height + 1``), BTC."""
        return float(block_subsidy_btc(self.block_height + 1))


class ChainAdvance(NamedTuple):
    """What happened on chain during one period (immutable).

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


def _next_events(height: float) -> tuple[int, int, int]:
    """Heights of the next retarget, epoch start and subsidy change above ``height``.

    A retarget happens when an epoch's last block (height ``2016 k + 2015``) is found; the
    epoch clock restarts when the next epoch's first block (``2016 (k + 1)``) is found; the
    subsidy changes once block ``210000 j - 1`` is found, since block ``210000 j`` is the
    first to pay the halved subsidy.
    """
    whole = int(height)
    retarget = RETARGET_INTERVAL_BLOCKS * ((whole + 1) // RETARGET_INTERVAL_BLOCKS) + (
        RETARGET_INTERVAL_BLOCKS - 1
    )
    if retarget <= height:
        retarget += RETARGET_INTERVAL_BLOCKS
    epoch_start = (whole // RETARGET_INTERVAL_BLOCKS + 1) * RETARGET_INTERVAL_BLOCKS
    subsidy_change = HALVING_INTERVAL_BLOCKS * ((whole + 1) // HALVING_INTERVAL_BLOCKS + 1) - 1
    return retarget, epoch_start, subsidy_change


def advance_chain(state: ChainState, hashrate_ehs: float, seconds: float) -> ChainAdvance:
    """Advance the chain by ``seconds`` at a constant network hashrate.

    Blocks arrive at their expected rate (a deterministic fluid approximation of the Poisson
    process).  The period is split wherever a rule takes effect: when an epoch's last block is
    found difficulty is recomputed from the time since the epoch's first block (2015 block
    intervals, as Bitcoin Core measures it), when the next epoch's first block is found the
    epoch clock restarts, and each block pays the subsidy of its own height (block 840,000
    pays 3.125 BTC).

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
        retarget, epoch_start, subsidy_change = _next_events(height)
        boundary = min(retarget, epoch_start, subsidy_change)
        blocks_to_boundary = boundary - height
        seconds_to_boundary = blocks_to_boundary / rate
        reaches_boundary = seconds_to_boundary <= remaining
        step_s = seconds_to_boundary if reaches_boundary else remaining
        step_blocks = blocks_to_boundary if reaches_boundary else step_s * rate
        # Every block mined in this segment has the height int(height) + 1 or a later one in
        # the same subsidy era.
        subsidy_total += step_blocks * block_subsidy_btc(int(height) + 1)
        blocks_total += step_blocks
        height = float(boundary) if reaches_boundary else height + step_blocks
        epoch_elapsed += step_s
        remaining -= step_s
        if reaches_boundary and boundary == retarget:
            difficulty = retarget_difficulty(difficulty, epoch_elapsed)
            retargets += 1
        if reaches_boundary and boundary == epoch_start:
            epoch_elapsed = 0.0
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


def asic_frontier_from_releases(
    years_since_start: np.ndarray,
    release_years: np.ndarray,
    release_j_per_th: np.ndarray,
    frontier_j_per_th_before: float,
    annual_improvement: float,
    floor_j_per_th: float,
) -> np.ndarray:
    """Best available ASIC efficiency at each date when the frontier follows dated releases, J/TH.

    At a date the frontier is the best model available by then (``release_years``: first
    shipments, years from the start; negative = before it), or ``frontier_j_per_th_before``
    before the first release. After the last release it improves from the best model then as
    :func:`asic_frontier_j_per_th` does, by ``annual_improvement`` a year towards the floor.
    """
    years = np.asarray(years_since_start, dtype=float)
    order = np.argsort(release_years, kind="stable")
    released = np.asarray(release_years, dtype=float)[order]
    best = np.minimum.accumulate(np.asarray(release_j_per_th, dtype=float)[order])
    best = np.minimum(best, frontier_j_per_th_before)
    count = np.searchsorted(released, years, side="right")  # releases on or before each date
    frontier = np.where(count > 0, best[np.maximum(count - 1, 0)], frontier_j_per_th_before)
    after = years > released[-1]
    later = asic_frontier_j_per_th(
        np.maximum(years - released[-1], 0.0), best[-1], annual_improvement, floor_j_per_th
    )
    return np.where(after, later, frontier)


def energy_cost_usd_per_ph_day(
    j_per_th: float | np.ndarray, power_price_usd_per_mwh: float | np.ndarray
) -> float | np.ndarray:
    """Electricity cost of running 1 PH/s for a day, USD.

    1 PH/s at ``j_per_th`` J/TH draws ``j_per_th`` kW (1000 TH/s * J/TH = W * 1000);
    over 24 h that is ``0.024 * j_per_th`` MWh.
    """
    if not isinstance(j_per_th, float):  # a float needs no array (and its overhead)
        j_per_th = np.asarray(j_per_th)
    return 0.024 * j_per_th * power_price_usd_per_mwh
