"""The Bitcoin network: blocks, difficulty, subsidy and hashprice (ODD section 7.2).

The chain advances block by block in expectation (:func:`abm.economics.bitcoin.advance_chain`:
halvings, retargets with the x4 clamp); hashprice follows from the BTC price, difficulty,
subsidy and fees.  :class:`BitcoinNetwork` holds that state and the hashprice history miners
form expectations from; the model hands it the hashrate that ran each tick (US sites and the
rest of the world, :mod:`abm.submodels.rest_of_world`) and reads back what was issued.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from abm.economics import bitcoin, paths
from abm.scenario import PowerMarketScenario

DAYS_PER_YEAR = paths.DAYS_PER_YEAR


@dataclass(frozen=True, slots=True)
class NetworkTick:
    """What one tick of the network hands the cash-flow step.

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
        self, scenario: PowerMarketScenario, start_btc_price_usd: float, hashrate_ehs: float
    ) -> None:
        """The network on the start date, running ``hashrate_ehs``.

        The epoch clock assumes target spacing since the epoch began.
        """
        s = scenario
        self._scenario = s
        self._tick_years = s.tick_days / DAYS_PER_YEAR
        blocks_into_epoch = s.start_block_height % bitcoin.RETARGET_INTERVAL_BLOCKS
        self.chain = bitcoin.ChainState(
            height=float(s.start_block_height),
            difficulty=s.difficulty_start,
            epoch_elapsed_s=blocks_into_epoch * bitcoin.TARGET_BLOCK_SECONDS,
        )
        self.block_subsidy_btc = float(bitcoin.block_subsidy_btc(self.chain.block_height))
        self.fees_btc_per_block = s.fees_btc_per_block
        self.network_hashrate_ehs = hashrate_ehs
        self.hashprice_usd_per_ph_day = float(
            bitcoin.hashprice_usd_per_ph_day(
                start_btc_price_usd,
                self.chain.difficulty,
                bitcoin.block_subsidy_btc(self.chain.block_height),
                self.fees_btc_per_block,
            )
        )
        self.hashprice_signal_usd_per_ph_day = self.hashprice_usd_per_ph_day
        self.hashprice_at_start = self.hashprice_usd_per_ph_day
        self.hashprice_history = [self.hashprice_usd_per_ph_day]
        self.adaptive_growth_annual = 0.0

    def years_to_halving(self) -> float:
        """Years until the next halving at the target block spacing."""
        return (
            (bitcoin.next_halving_height(self.chain.block_height) - self.chain.height)
            * bitcoin.TARGET_BLOCK_SECONDS
            / (DAYS_PER_YEAR * bitcoin.SECONDS_PER_DAY)
        )

    def halving_revenue_factor(self) -> float:
        """Revenue per hash after the next halving over revenue now (fees do not halve)."""
        subsidy = float(bitcoin.block_subsidy_btc(self.chain.block_height))
        return (subsidy / 2 + self.fees_btc_per_block) / (subsidy + self.fees_btc_per_block)

    def advance(self, btc_price_usd: float, hashrate_ehs: float) -> NetworkTick:
        """One tick at ``hashrate_ehs``: blocks and retargets, hashprice, its signal and trend."""
        s = self._scenario
        self.network_hashrate_ehs = max(hashrate_ehs, 1e-6)
        advance = bitcoin.advance_chain(
            self.chain, self.network_hashrate_ehs, s.tick_days * bitcoin.SECONDS_PER_DAY
        )
        self.chain = advance.state
        btc_issued = advance.subsidy_btc + advance.blocks * self.fees_btc_per_block
        self.block_subsidy_btc = float(bitcoin.block_subsidy_btc(self.chain.block_height))
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
        decay = 1.0 - 0.5 ** (self._tick_years / s.adaptive_half_life_years)
        self.adaptive_growth_annual += decay * (weekly_growth - self.adaptive_growth_annual)
        lag_years = s.rest_of_world_lag_weeks * 7 / DAYS_PER_YEAR
        weight = self._tick_years / (lag_years + self._tick_years)
        self.hashprice_signal_usd_per_ph_day += weight * (
            self.hashprice_usd_per_ph_day - self.hashprice_signal_usd_per_ph_day
        )
        return NetworkTick(btc_issued=btc_issued, network_hashrate_ehs=self.network_hashrate_ehs)
