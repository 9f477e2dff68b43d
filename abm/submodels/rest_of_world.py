"""Miners outside the US and the ASIC market they and US miners buy from (ODD section 7.13).

**The rest of the world** is a set of cohorts of installed ASICs, each with a power price (a
cheap tier of stranded, surplus and subsidised power, and eight levels of a normal
distribution), an efficiency and an end of life. A cohort runs for the share of a tick its
hashprice covers its cash cost (energy plus operating cost, the same footing as US sites),
so a bust idles the dearest and least efficient cohorts first. New capacity is *ordered*
when the lagged hashprice exceeds the all-in cost of new frontier capacity (energy at the
mean power price, operating cost and the ASICs' capital recovered over their life at a
hurdle rate), at a rate set by the log excess and bounded by the ASICs manufacturers can
deliver and the power the rest of the world can add; orders arrive
``rest_of_world_entry_lag_months`` later. Power is free at each price level (new power
arrives at every level in proportion to its share) and new machines take the cheapest there
is, so a fleet renewed on cheap power outlasts a bust. Cohorts that stay idle for
``rest_of_world_scrap_after_idle_months`` are scrapped; their power is free again at its
price level for new machines, which must be bought: nothing is upgraded for free.

**The ASIC market** prices frontier machines from the lagged hashprice with an elasticity
and a manufacturing floor, and rations deliveries: US refleets and expansions and the rest
of the world's orders draw on the same yearly supply.  An older machine is worth the share
of a frontier machine's margin it still earns, so a bust strands old fleets.
"""

from __future__ import annotations

import math

import numpy as np

from abm import calibration
from abm.economics import bitcoin
from abm.scenario import PowerMarketScenario
from abm.submodels.exogenous import DAYS_PER_YEAR, Calendar

# Standard normal quantiles at the mid-points of four equal-probability bins.
QUARTILE_Z = np.array([-1.1503, -0.3186, 0.3186, 1.1503])
# ... and of eight (octiles): the power-price levels, whose tails carry the cheapest power.
OCTILE_Z = np.array([-1.5341, -0.8871, -0.4888, -0.1573, 0.1573, 0.4888, 0.8871, 1.5341])


def cash_cost_usd_per_ph_day(
    j_per_th: np.ndarray | float,
    power_price_usd_per_mwh: np.ndarray | float,
    opex_usd_per_mwh: float,
) -> np.ndarray:
    """Cash cost of running 1 PH/s for a day: energy plus operating cost per MWh drawn, USD."""
    if not isinstance(power_price_usd_per_mwh, float):
        power_price_usd_per_mwh = np.asarray(power_price_usd_per_mwh)
    return bitcoin.energy_cost_usd_per_ph_day(j_per_th, power_price_usd_per_mwh + opex_usd_per_mwh)


def run_share(
    hashprice_usd_per_ph_day: float,
    cash_cost: np.ndarray,
    ramp_start_ratio: float,
    ramp_width_ratio: float,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """Share of a tick a fleet runs: 0 below ``ramp_start`` x its cash cost, 1 above the ramp.

    Within a week power prices move; the linear ramp stands in for hourly curtailment.
    ``out``, if given, receives the shares.
    """
    ratio = hashprice_usd_per_ph_day / np.maximum(cash_cost, 1e-9)
    # Clipped to [0, 1] by two ufuncs: np.clip's dispatch costs more than both on a fleet.
    return np.minimum(np.maximum(0.0, (ratio - ramp_start_ratio) / ramp_width_ratio), 1.0, out=out)


class AsicMarket:
    """Frontier ASICs: efficiency, price, and the deliveries left to sell.

    Attributes:
        deliveries_left_ehs: Machines manufacturers can still deliver now, EH/s (accrues at
            ``asic_deliveries_ehs_per_year``, up to ``asic_inventory_years`` of it; purchases
            draw it down and may take it below zero, which holds back new orders).
        delivered_ehs: Machines delivered since the start, EH/s.
    """

    def __init__(self, scenario: PowerMarketScenario, calendar: Calendar) -> None:
        """The market at the start, its inventory a quarter of a year's deliveries."""
        self._scenario = scenario
        self._tick_years = calendar.tick_years
        self.deliveries_left_ehs = (
            scenario.asic_deliveries_ehs_per_year * scenario.asic_inventory_years
        )
        self.delivered_ehs = 0.0
        # Several steps of a tick read the frontier: each tick's value is computed once.
        self._frontier_by_tick: dict[int, float] = {}
        self._releases: tuple[np.ndarray, np.ndarray] | None = None
        if scenario.asic_frontier_csv:
            # Dated releases set the frontier (asic_frontier_csv), years from the start.
            releases = calibration.read_frontier_csv(scenario.asic_frontier_csv)
            self._releases = (
                (releases.index - calendar.dates[0]).days.to_numpy(float) / DAYS_PER_YEAR,
                releases.to_numpy(float),
            )
            # Every tick's date in whole days, so a release dated on a tick counts from it.
            tick_years = (calendar.dates - calendar.dates[0]).days.to_numpy(float) / DAYS_PER_YEAR
            path = bitcoin.asic_frontier_from_releases(
                tick_years,
                *self._releases,
                scenario.asic_frontier_j_per_th,
                scenario.asic_improvement_annual,
                scenario.asic_floor_j_per_th,
            )
            self._frontier_by_tick = dict(enumerate(path.tolist()))
        # Several steps of a tick read the price on the same signal: the latest is kept.
        self._price_key: tuple[float, float] | None = None
        self._price_usd_per_th = 0.0

    def frontier_j_per_th(self, tick: int) -> float:
        """Best ASIC efficiency on sale at ``tick``, J/TH: the geometric path from
        ``asic_frontier_j_per_th``, or the dated releases of ``asic_frontier_csv``."""
        frontier = self._frontier_by_tick.get(tick)
        if frontier is None:
            s = self._scenario
            if self._releases is None:
                frontier = float(
                    bitcoin.asic_frontier_j_per_th(
                        tick * self._tick_years,
                        s.asic_frontier_j_per_th,
                        s.asic_improvement_annual,
                        s.asic_floor_j_per_th,
                    )
                )
            else:
                frontier = float(
                    bitcoin.asic_frontier_from_releases(
                        np.array([tick * self._tick_years]),
                        *self._releases,
                        s.asic_frontier_j_per_th,
                        s.asic_improvement_annual,
                        s.asic_floor_j_per_th,
                    )[0]
                )
            self._frontier_by_tick[tick] = frontier
        return frontier

    def price_usd_per_th(self, hashprice_signal: float, hashprice_at_start: float) -> float:
        """Price of frontier ASICs, USD per TH/s: ``p0 (hp~/hp0)^e``, never below the floor."""
        key = (hashprice_signal, hashprice_at_start)
        if key != self._price_key:
            s = self._scenario
            ratio = max(hashprice_signal, 1e-9) / hashprice_at_start
            self._price_usd_per_th = max(
                s.asic_price_usd_per_th * ratio**s.asic_price_elasticity,
                s.asic_price_floor_usd_per_th,
            )
            self._price_key = key
        return self._price_usd_per_th

    def value_usd_per_th(
        self,
        j_per_th: np.ndarray,
        frontier_j_per_th: float,
        frontier_price_usd_per_th: float,
        hashprice_usd_per_ph_day: float,
        power_price_usd_per_mwh: float,
    ) -> np.ndarray:
        """What a used machine of ``j_per_th`` fetches: the frontier price times the share of
        the frontier's cash margin it still earns (0 when it earns nothing), USD per TH/s."""
        opex = self._scenario.mining_opex_usd_per_mwh
        margin = hashprice_usd_per_ph_day - cash_cost_usd_per_ph_day(
            j_per_th, power_price_usd_per_mwh, opex
        )
        frontier_margin = hashprice_usd_per_ph_day - float(
            cash_cost_usd_per_ph_day(frontier_j_per_th, power_price_usd_per_mwh, opex)
        )
        if frontier_margin <= 0:
            return np.zeros_like(np.asarray(j_per_th, dtype=float))
        return frontier_price_usd_per_th * np.clip(margin / frontier_margin, 0.0, 1.0)

    def restock(self) -> None:
        """A tick's deliveries arrive at the manufacturers' warehouses."""
        s = self._scenario
        cap = s.asic_deliveries_ehs_per_year * s.asic_inventory_years
        self.deliveries_left_ehs = min(
            self.deliveries_left_ehs + s.asic_deliveries_ehs_per_year * self._tick_years,
            cap,
        )

    def sell(self, ehs: float) -> None:
        """Machines of ``ehs`` EH/s are sold (they may exceed what is left)."""
        self.deliveries_left_ehs -= ehs
        self.delivered_ehs += ehs


class Cohorts:
    """Installed ASIC cohorts of the rest of the world (one array element per cohort).

    Cohorts are added with :meth:`add` and dropped with :meth:`keep`; storage grows by
    doubling, so an arrival is amortised O(1), and the attributes are views of its filled part
    (a tick writes ``running_share`` and ``idle_ticks`` in place).

    Attributes:
        mw: Power each cohort draws at full run, MW.
        j_per_th: Its efficiency, J/TH.
        power_price_usd_per_mwh: The power price it pays.
        idle_ticks: Ticks in a row it has not run.
        running_share: Share of the latest tick it ran.
        hashrate_ehs: Its installed hashrate, EH/s (MW / J/TH).
        cash_cost_usd_per_ph_day: Its cash cost (energy and operating cost) per PH/s-day, fixed
            for its life (:func:`cash_cost_usd_per_ph_day`).
    """

    COLUMNS = (
        ("mw", np.float64),
        ("j_per_th", np.float64),
        ("power_price_usd_per_mwh", np.float64),
        ("idle_ticks", np.int64),
        ("running_share", np.float64),
        ("hashrate_ehs", np.float64),
        ("cash_cost_usd_per_ph_day", np.float64),
    )

    def __init__(
        self,
        mw: np.ndarray,
        j_per_th: np.ndarray,
        power_price_usd_per_mwh: np.ndarray,
        opex_usd_per_mwh: float,
    ) -> None:
        """Cohorts of ``mw`` at ``j_per_th`` paying ``power_price_usd_per_mwh``, about to run
        (their operating cost ``opex_usd_per_mwh`` per MWh)."""
        self._opex_usd_per_mwh = opex_usd_per_mwh
        self._size = 0
        self._storage = {name: np.zeros(16, dtype) for name, dtype in self.COLUMNS}
        self.add(mw, j_per_th, power_price_usd_per_mwh)

    def __len__(self) -> int:
        return self._size

    def _expose(self) -> None:
        """Point the public names at the filled part of the storage (views, no copy)."""
        for name, column in self._storage.items():
            setattr(self, name, column[: self._size])

    def _grow(self, size: int) -> None:
        """Double the storage until ``size`` cohorts fit."""
        capacity = self._storage["mw"].size
        while capacity < size:
            capacity *= 2
        for name, column in self._storage.items():
            grown = np.zeros(capacity, column.dtype)
            grown[: self._size] = column[: self._size]
            self._storage[name] = grown

    def add(
        self, mw: np.ndarray, j_per_th: np.ndarray, power_price_usd_per_mwh: np.ndarray
    ) -> None:
        """New cohorts, never idle yet and running in full."""
        start, end = self._size, self._size + mw.size
        if end > self._storage["mw"].size:
            self._grow(end)
        self._write(slice(start, end), mw, j_per_th, power_price_usd_per_mwh)
        self._size = end
        self._expose()

    def append(self, mw: float, j_per_th: float, power_price_usd_per_mwh: float) -> None:
        """One new cohort (as :meth:`add`, in plain floats: an order arrives most ticks)."""
        if self._size == self._storage["mw"].size:
            self._grow(self._size + 1)
        self._write(self._size, mw, j_per_th, power_price_usd_per_mwh)
        self._size += 1
        self._expose()

    def _write(self, where, mw, j_per_th, power_price_usd_per_mwh) -> None:
        """Write new cohorts at ``where`` (a slice of arrays, or one row of floats)."""
        storage = self._storage
        storage["mw"][where] = mw
        storage["j_per_th"][where] = j_per_th
        storage["power_price_usd_per_mwh"][where] = power_price_usd_per_mwh
        storage["idle_ticks"][where] = 0
        storage["running_share"][where] = 1.0
        storage["hashrate_ehs"][where] = mw / j_per_th
        storage["cash_cost_usd_per_ph_day"][where] = cash_cost_usd_per_ph_day(
            j_per_th, power_price_usd_per_mwh, self._opex_usd_per_mwh
        )

    def keep(self, mask: np.ndarray) -> None:
        """Drop the cohorts where ``mask`` is False."""
        kept = int(np.count_nonzero(mask))
        for column in self._storage.values():
            column[:kept] = column[: self._size][mask]
        self._size = kept
        self._expose()


def power_price_levels(scenario: PowerMarketScenario) -> tuple[np.ndarray, np.ndarray]:
    """The rest of the world's power-price levels, cheapest first, and each one's share of its
    mining power: ``rest_of_world_cheap_power_share`` at
    ``rest_of_world_cheap_power_price_usd_per_mwh`` (stranded gas, surplus hydro, subsidised
    tariffs), the rest in equal parts at the octiles of a normal distribution (mean
    ``rest_of_world_power_price_usd_per_mwh``, sd ``rest_of_world_power_price_sd_usd_per_mwh``).
    """
    s = scenario
    grid = np.maximum(
        s.rest_of_world_power_price_usd_per_mwh
        + s.rest_of_world_power_price_sd_usd_per_mwh * OCTILE_Z,
        1.0,
    )
    cheap = s.rest_of_world_cheap_power_share
    price = np.concatenate([[s.rest_of_world_cheap_power_price_usd_per_mwh], grid])
    weight = np.concatenate([[cheap], np.full(grid.size, (1.0 - cheap) / grid.size)])
    order = np.argsort(price, kind="stable")
    return price[order].astype(float), weight[order]


def orders_at_start(
    scenario: PowerMarketScenario, calendar: Calendar, frontier_j_per_th: float
) -> list[tuple[int, float, float, float]]:
    """The order book a run inherits: ``(arrival tick, EH/s, J/TH, USD/MWh)``, one a tick.

    ``rest_of_world_orders_at_start_ehs`` arrives in equal parts on each of the first
    ``rest_of_world_orders_at_start_months`` worth of ticks, at the start's frontier
    efficiency and the mean power price. The machines were paid for and their sites built
    before the start, so they draw neither on the ASIC market's deliveries nor on the power budget.
    """
    s = scenario
    if s.rest_of_world_orders_at_start_ehs <= 0:
        return []
    ticks = max(calendar.ticks(s.rest_of_world_orders_at_start_months / 12.0), 1)
    each = s.rest_of_world_orders_at_start_ehs / ticks
    price = s.rest_of_world_power_price_usd_per_mwh
    return [(tick, each, frontier_j_per_th, price) for tick in range(1, ticks + 1)]


class RestOfWorld:
    """Miners outside the US: cohorts, an order book and a power budget.

    Attributes:
        cohorts: Installed machines (:class:`Cohorts`).
        orders: Machines ordered and not yet running: ``(arrival tick, EH/s, J/TH, power
            price USD/MWh)``.
        power_price_levels_usd_per_mwh: The power-price levels, cheapest first
            (:func:`power_price_levels`).
        power_level_weights: Each level's share of the mining power (of the start's fleet and
            of new power).
        power_budget_mw_by_level: Power available for new machines now at each level, MW.
        ordered_ehs: Machines ordered since the start, EH/s.
    """

    def __init__(
        self,
        scenario: PowerMarketScenario,
        calendar: Calendar,
        hashrate_ehs: float,
        frontier_j_per_th: float,
    ) -> None:
        """The rest of the world's ``hashrate_ehs`` at the start, in 36 cohorts.

        Nine power-price levels (:func:`power_price_levels`: a cheap tier and the octiles of
        a normal distribution), each with its share of the hashrate, times four efficiency
        levels (quartiles of a normal distribution, mean ``rest_of_world_j_per_th``, sd
        ``rest_of_world_j_per_th_sd``, at least the frontier) in equal parts. The order book
        starts with :func:`orders_at_start`.
        """
        s = scenario
        self._scenario = s
        self._tick_years = calendar.tick_years
        price, weight = power_price_levels(s)
        j = np.maximum(
            s.rest_of_world_j_per_th + s.rest_of_world_j_per_th_sd * QUARTILE_Z, frontier_j_per_th
        )
        prices, effs = np.meshgrid(price, j, indexing="ij")
        ehs = (hashrate_ehs * np.outer(weight, np.full(j.size, 1.0 / j.size))).ravel()
        held = ehs > 0.0
        self.cohorts = Cohorts(
            mw=(ehs * effs.ravel())[held],
            j_per_th=effs.ravel().astype(float)[held],
            power_price_usd_per_mwh=prices.ravel().astype(float)[held],
            opex_usd_per_mwh=s.mining_opex_usd_per_mwh,
        )
        self.power_price_levels_usd_per_mwh = price
        self.power_level_weights = weight
        self.orders = orders_at_start(s, calendar, frontier_j_per_th)
        # Power for new machines, by price level: a quarter of a year's additions at the start.
        self.power_budget_mw_by_level = (
            s.rest_of_world_power_additions_gw_per_year * 1000.0 * 0.25 * weight
        )
        self.ordered_ehs = 0.0
        self._entry_base_floor_ehs = s.rest_of_world_entry_base_floor_share * hashrate_ehs
        # Durations and rates fixed for the run.
        self._scrap_after_idle_ticks = max(
            calendar.ticks(s.rest_of_world_scrap_after_idle_months / 12.0), 1
        )
        self._entry_lag_ticks = max(calendar.ticks(s.rest_of_world_entry_lag_months / 12.0), 1)
        rate, life = s.rest_of_world_hurdle_rate, s.asic_life_years
        self._capital_recovery = rate / (1.0 - math.exp(-rate * life)) if rate > 0 else 1.0 / life

    @property
    def installed_ehs(self) -> float:
        """Installed hashrate, EH/s."""
        return float(self.cohorts.hashrate_ehs.sum())

    @property
    def running_ehs(self) -> float:
        """Hashrate running in the latest tick, EH/s."""
        return float(np.dot(self.cohorts.hashrate_ehs, self.cohorts.running_share))

    @property
    def running_mw(self) -> float:
        """Power drawn by the running machines, MW."""
        return float(np.dot(self.cohorts.mw, self.cohorts.running_share))

    @property
    def mean_j_per_th(self) -> float:
        """Hashrate-weighted efficiency of the installed fleet, J/TH."""
        ehs = self.cohorts.hashrate_ehs
        return float(np.dot(self.cohorts.j_per_th, ehs) / max(ehs.sum(), 1e-12))

    def turn_over(self, tick: int) -> None:
        """Orders due arrive as new cohorts; cohorts idle for too long are scrapped.

        Machines run as long as they cover their cash cost (old fleets run past their
        accounting life while that holds); a cohort that has not run for
        ``rest_of_world_scrap_after_idle_months`` is scrapped and frees its power.
        """
        cohorts = self.cohorts
        if len(cohorts) and cohorts.idle_ticks.max() >= self._scrap_after_idle_ticks:
            retiring = cohorts.idle_ticks >= self._scrap_after_idle_ticks
            self.power_budget_mw_by_level += np.bincount(
                self.power_level(cohorts.power_price_usd_per_mwh[retiring]),
                weights=cohorts.mw[retiring],
                minlength=self.power_price_levels_usd_per_mwh.size,
            )
            cohorts.keep(~retiring)
        arrived = [order for order in self.orders if order[0] <= tick]
        if arrived:
            self.orders = [order for order in self.orders if order[0] > tick]
            for _, ehs, j, price in arrived:
                cohorts.append(ehs * j, j, price)

    def power_level(self, power_price_usd_per_mwh: np.ndarray) -> np.ndarray:
        """Index of the power-price level nearest each price."""
        levels = self.power_price_levels_usd_per_mwh
        return np.abs(np.subtract.outer(power_price_usd_per_mwh, levels)).argmin(axis=-1)

    def operate(self, hashprice_usd_per_ph_day: float) -> float:
        """Each cohort runs the share of the tick its cash cost allows; returns EH/s running."""
        s = self._scenario
        cohorts = self.cohorts
        run_share(
            hashprice_usd_per_ph_day,
            cohorts.cash_cost_usd_per_ph_day,
            s.run_ramp_start_ratio,
            s.run_ramp_width_ratio,
            out=cohorts.running_share,
        )
        # A cohort that ran resets its idle count; one that did not adds a tick.
        np.multiply(cohorts.idle_ticks + 1, cohorts.running_share <= 0.0, out=cohorts.idle_ticks)
        return self.running_ehs

    def all_in_cost_usd_per_ph_day(
        self, frontier_j_per_th: float, asic_price_usd_per_th: float
    ) -> float:
        """Cost of new frontier capacity per PH/s-day at the mean power price: cash cost plus
        capital recovery."""
        s = self._scenario
        capital = asic_price_usd_per_th * 1000.0 * self._capital_recovery / 365.0
        cash = float(
            cash_cost_usd_per_ph_day(
                frontier_j_per_th,
                s.rest_of_world_power_price_usd_per_mwh,
                s.mining_opex_usd_per_mwh,
            )
        )
        return cash + capital

    def invest(
        self,
        tick: int,
        hashprice_signal_usd_per_ph_day: float,
        frontier_j_per_th: float,
        asic_price_usd_per_th: float,
        market: AsicMarket,
    ) -> float:
        """Order new machines when the lagged hashprice pays for them; returns EH/s ordered.

        Desired growth ``e_in ln(hp~ / all-in)`` per year of the installed fleet (never of
        less than ``rest_of_world_entry_base_floor_share`` of the start's), the all-in cost at
        the mean power price, bounded by what manufacturers can deliver and by the power
        budget; power accrues at ``rest_of_world_power_additions_gw_per_year`` (at every
        price level in proportion to its share, each up to a year's worth) plus what retired
        cohorts free at their price.  The machines take the cheapest power first.
        """
        s = self._scenario
        tick_years = self._tick_years
        budget = self.power_budget_mw_by_level
        additions = s.rest_of_world_power_additions_gw_per_year * 1000.0 * self.power_level_weights
        np.minimum(budget + additions * tick_years, np.maximum(budget, additions), out=budget)
        available = np.flatnonzero(budget > 0.0)
        if not available.size:
            return 0.0
        all_in = self.all_in_cost_usd_per_ph_day(frontier_j_per_th, asic_price_usd_per_th)
        if hashprice_signal_usd_per_ph_day <= all_in:
            return 0.0
        rate = min(
            s.rest_of_world_entry_elasticity * math.log(hashprice_signal_usd_per_ph_day / all_in),
            s.rest_of_world_max_growth_annual,
        )
        wanted = rate * tick_years * max(self.installed_ehs, self._entry_base_floor_ehs)
        power_limit = float(budget[available].sum()) / frontier_j_per_th
        ordered = max(min(wanted, max(market.deliveries_left_ehs, 0.0), power_limit), 0.0)
        if ordered <= 0:
            return 0.0
        market.sell(ordered)
        self.ordered_ehs += ordered
        # The machines go on the cheapest power there is.
        mw_left = ordered * frontier_j_per_th
        for level in available.tolist():
            mw = min(mw_left, float(budget[level]))
            budget[level] -= mw
            mw_left -= mw
            self.orders.append(
                (
                    tick + self._entry_lag_ticks,
                    mw / frontier_j_per_th,
                    frontier_j_per_th,
                    float(self.power_price_levels_usd_per_mwh[level]),
                )
            )
            if mw_left <= 1e-9:
                break
        return ordered
