"""The Bitcoin network: blocks, difficulty, subsidy and hashprice (ODD section 7.2).

The chain advances block by block in expectation (:func:`abm.economics.bitcoin.advance_chain`:
each block pays the subsidy of its height, retargets over 2015 intervals with the x4 clamp and
the proof-of-work limit); the epoch clock starts from the observed time since the start's
epoch began (``abm/data/difficulty_retargets.csv``); hashprice follows from the BTC price,
difficulty, the next block's subsidy and fees.  :class:`BitcoinNetwork` holds that state
and the hashprice history miners form expectations from; the model hands it the hashrate
that ran each tick (US sites and the rest of the world, :mod:`abm.submodels.rest_of_world`)
and reads back what was issued.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
import pandas as pd

from abm import calibration
from abm.economics import bitcoin, paths
from abm.economics.sums import sum_product
from abm.scenario import PowerMarketScenario

DAYS_PER_YEAR = paths.DAYS_PER_YEAR


class NetworkTick(NamedTuple):
    """What one tick of the network hands the cash-flow step (immutable).

    Attributes:
        btc_issued: Subsidy plus fees paid to all hashrate this tick, BTC.
        network_hashrate_ehs: Network hashrate this tick, EH/s.
    """

    btc_issued: float
    network_hashrate_ehs: float


class BitcoinNetwork:
    """Chain state and hashprice.

    Attributes:
        chain: Height, difficulty and epoch clock (:class:`abm.economics.bitcoin.ChainState`).
        block_subsidy_btc: Subsidy of the next block, BTC.
        fees_btc_per_block: Mean fees per block, BTC.
        hashprice_usd_per_ph_day: Hashprice after the latest tick.
        hashprice_signal_usd_per_ph_day: Hashprice smoothed over ``rest_of_world_lag_weeks``
            (the signal investment and ASIC prices respond to).
        hashprice_at_start: Hashprice on the start date (the ASIC price's reference).
        hashprice_history: Hashprice at every tick so far.
        adaptive_growth_annual: Exponentially weighted hashprice growth, per year.
        network_hashrate_ehs: Network hashrate in the latest tick.
    """

    def __init__(
        self,
        scenario: PowerMarketScenario,
        start_btc_price_usd: float,
        hashrate_ehs: float,
        fees_path_btc_per_block: np.ndarray | None = None,
    ) -> None:
        """The network on the start date, running ``hashrate_ehs``.

        The epoch clock starts at :func:`epoch_elapsed_at_start_s`. Fees per block follow
        ``fees_path_btc_per_block`` (one value per tick, :func:`abm.submodels.exogenous.fees_path`)
        or stay at ``fees_btc_per_block``.
        """
        s = scenario
        self._scenario = s
        self._tick_years = s.tick_days / DAYS_PER_YEAR
        self.chain = bitcoin.ChainState(
            height=float(s.start_block_height),
            difficulty=s.difficulty_start,
            epoch_elapsed_s=epoch_elapsed_at_start_s(s),
        )
        self.block_subsidy_btc = self.chain.next_block_subsidy_btc
        # Python floats: a tick reads one value, and a NumPy scalar costs more to read.
        self._fees_path = (
            None
            if fees_path_btc_per_block is None
            else np.asarray(fees_path_btc_per_block).tolist()
        )
        self._tick = 0
        self.fees_btc_per_block = (
            s.fees_btc_per_block if fees_path_btc_per_block is None else fees_path_btc_per_block[0]
        )
        self.network_hashrate_ehs = hashrate_ehs
        self.hashprice_usd_per_ph_day = float(
            bitcoin.hashprice_usd_per_ph_day(
                start_btc_price_usd,
                self.chain.difficulty,
                self.block_subsidy_btc,
                self.fees_btc_per_block,
            )
        )
        self.hashprice_signal_usd_per_ph_day = self.hashprice_usd_per_ph_day
        self.hashprice_at_start = self.hashprice_usd_per_ph_day
        self.hashprice_history = [self.hashprice_usd_per_ph_day]
        self.adaptive_growth_annual = 0.0
        # Weights of the trend and the signal per tick (fixed for the run).
        self._trend_decay = 1.0 - 0.5 ** (self._tick_years / s.adaptive_half_life_years)
        lag_years = s.rest_of_world_lag_weeks * 7 / DAYS_PER_YEAR
        self._signal_weight = self._tick_years / (lag_years + self._tick_years)
        self._tick_seconds = s.tick_days * bitcoin.SECONDS_PER_DAY

    def years_to_halving(self) -> float:
        """Years until the next halving at the target block spacing."""
        return (
            (bitcoin.next_halving_height(self.chain.block_height) - self.chain.height)
            * bitcoin.TARGET_BLOCK_SECONDS
            / (DAYS_PER_YEAR * bitcoin.SECONDS_PER_DAY)
        )

    def halving_revenue_factor(self) -> float:
        """Revenue per hash after the next halving over revenue now (fees do not halve)."""
        subsidy = self.chain.next_block_subsidy_btc
        return (subsidy / 2 + self.fees_btc_per_block) / (subsidy + self.fees_btc_per_block)

    def advance(self, btc_price_usd: float, hashrate_ehs: float) -> NetworkTick:
        """One tick at ``hashrate_ehs``: blocks and retargets, hashprice, its signal and trend."""
        self._tick += 1
        if self._fees_path is not None:
            self.fees_btc_per_block = self._fees_path[min(self._tick, len(self._fees_path) - 1)]
        self.network_hashrate_ehs = max(hashrate_ehs, 1e-6)
        advance = bitcoin.advance_chain(self.chain, self.network_hashrate_ehs, self._tick_seconds)
        self.chain = advance.state
        btc_issued = advance.subsidy_btc + advance.blocks * self.fees_btc_per_block
        self.block_subsidy_btc = self.chain.next_block_subsidy_btc
        previous = self.hashprice_usd_per_ph_day
        self.hashprice_usd_per_ph_day = float(
            bitcoin.hashprice_usd_per_ph_day(
                btc_price_usd,
                self.chain.difficulty,
                self.block_subsidy_btc,
                self.fees_btc_per_block,
            )
        )
        self.hashprice_history.append(self.hashprice_usd_per_ph_day)
        weekly_growth = math.log(self.hashprice_usd_per_ph_day / previous) / self._tick_years
        self.adaptive_growth_annual += self._trend_decay * (
            weekly_growth - self.adaptive_growth_annual
        )
        self.hashprice_signal_usd_per_ph_day += self._signal_weight * (
            self.hashprice_usd_per_ph_day - self.hashprice_signal_usd_per_ph_day
        )
        return NetworkTick(btc_issued=btc_issued, network_hashrate_ehs=self.network_hashrate_ehs)


def epoch_elapsed_at_start_s(scenario: PowerMarketScenario) -> float:
    """Seconds from the first block of the start's retarget epoch to the start date.

    From the observed history (``abm/data/difficulty_retargets.csv``) when the start date falls
    in the epoch of ``start_block_height``; otherwise (a start outside the table, or a height
    that is not that date's epoch) the blocks already found in the epoch at the equilibrium
    spacing of 600.3 s.
    """
    s = scenario
    observed = calibration.observed_chain(pd.Timestamp(s.start_date))
    epoch = s.start_block_height // bitcoin.RETARGET_INTERVAL_BLOCKS
    if observed is not None and observed.height // bitcoin.RETARGET_INTERVAL_BLOCKS == epoch:
        return observed.epoch_elapsed_s
    blocks_into_epoch = s.start_block_height % bitcoin.RETARGET_INTERVAL_BLOCKS
    return blocks_into_epoch * bitcoin.EQUILIBRIUM_BLOCK_SECONDS


def running_hashrate_ehs(ths: np.ndarray, running_share: np.ndarray) -> float:
    """Hashrate the modelled sites run, EH/s (TH/s times the share of the tick they run)."""
    return sum_product(ths, running_share) / 1e6
