"""Finance, lease clearing, grid rules and concentration against hand-computed values."""

import math

import numpy as np
import pytest

from abm.economics import finance, grid, markets, sums, valuation
from abm.scenario import PowerMarketScenario


def test_annuity_factor_of_ten_years_at_ten_percent():
    assert float(finance.annuity_factor(0.10, 10.0)) == pytest.approx((1 - math.exp(-1.0)) / 0.10)


def test_annuity_factor_at_zero_rate_is_the_term():
    assert float(finance.annuity_factor(0.0, 7.0)) == pytest.approx(7.0)


def test_deferred_annuity_is_the_difference_of_two_annuities():
    assert float(finance.deferred_annuity_factor(0.1, 1.0, 13.0)) == pytest.approx(
        (math.exp(-0.1) - math.exp(-1.3)) / 0.1
    )


def test_deferred_annuity_with_some_zero_rates_is_the_length_of_the_window():
    rates = np.array([0.0, 0.1])
    factors = finance.deferred_annuity_factor(rates, np.array([2.0, 1.0]), np.array([5.0, 13.0]))
    assert factors == pytest.approx([3.0, (math.exp(-0.1) - math.exp(-1.3)) / 0.1])


def test_deferred_annuity_ending_before_it_starts_is_zero():
    assert float(finance.deferred_annuity_factor(0.1, 4.0, 2.0)) == 0.0


def test_powered_shell_dcf_by_hand():
    # 120 USD/kW-month on 0.7 kW IT per kW gross: 1008 USD/kW-year = 1.008 USD/W-year of rent.
    noi = 120 * 0.7 * 12 / 1000 * 0.85
    r, lead, term = 0.09, 1.0, 12.0
    contracted = noi * (math.exp(-r * lead) - math.exp(-r * (lead + term))) / r
    terminal = noi * 5 * math.exp(-r * (lead + term))
    expected = contracted + terminal - 1.4
    value = finance.powered_shell_value_usd_per_w(120, 0.7, 0.85, term, r, lead, 1.4, 5)
    assert value == pytest.approx(expected)


def test_contract_terms_value_at_reservation_rent_equals_what_was_required():
    terms = valuation.ContractTerms(0.7, 0.85, 12, 1, 2000, 0.0, 5, 0.85)
    rates = np.array([0.08, 0.15])
    required = np.array([1.0e6, 2.5e6])
    rent = terms.reservation_rent(required, rates)
    assert terms.value_usd_per_mw(rent, rates) == pytest.approx(required)


def test_lease_auction_clears_cheapest_offers_at_midpoint_price():
    # Offers 80 (10 MW), 100 (10 MW), 150 (10 MW); bids 200 for 15 MW, 120 for 10 MW.
    result = markets.clear_lease_auction(
        np.array([150.0, 80.0, 100.0]),
        np.array([10.0, 10.0, 10.0]),
        np.array([120.0, 200.0]),
        np.array([10.0, 15.0]),
    )
    assert result.offer_accepted.tolist() == [False, True, True]
    # 20 MW traded; marginal bid is the 120 one (200 covers only 15); last offer 100.
    assert result.price_usd_per_kw_month == pytest.approx(110.0)
    assert result.bid_awarded_mw.tolist() == [5.0, 15.0]


def test_lease_auction_with_offers_above_every_bid_trades_nothing():
    result = markets.clear_lease_auction(
        np.array([300.0]), np.array([10.0]), np.array([200.0]), np.array([50.0])
    )
    assert not result.offer_accepted.any()
    assert math.isnan(result.price_usd_per_kw_month)
    assert result.traded_mw == 0.0


def test_lease_auction_stops_at_the_first_site_that_does_not_fit():
    result = markets.clear_lease_auction(
        np.array([10.0, 20.0, 30.0]),
        np.array([5.0, 50.0, 1.0]),
        np.array([100.0]),
        np.array([20.0]),
    )
    assert result.offer_accepted.tolist() == [True, False, False]
    assert result.traded_mw == pytest.approx(5.0)


@pytest.mark.parametrize(
    ("holdings", "hhi"), [([1, 1, 1, 1], 2500.0), ([5], 10000.0), ([0, 0], 0.0), ([3, 1], 6250.0)]
)
def test_hhi_by_hand(holdings, hhi):
    assert markets.herfindahl_hirschman_index(np.array(holdings, dtype=float)) == pytest.approx(hhi)


def test_scarcity_price_rises_convexly_with_utilisation():
    prices = [
        grid.scarcity_power_price_usd_per_mwh(40.0, u, 120.0, 4.0) for u in (0.0, 0.5, 1.0, 1.5)
    ]
    assert prices == pytest.approx([40.0, 40.0 + 120 * 0.0625, 160.0, 160.0])


def test_peak_curtailment_sheds_flexible_load_in_the_hours_above_the_threshold():
    # A linear load-duration curve (beta = 1) of depth 0.5: load above (1 - a) of a 1,000 MW
    # peak for 2a of the hours, so the mean load above x is 1000 * (1 - x / 1000) ** 2.
    def share(threshold_mw, flexible_mw):
        return grid.peak_curtailment_share(1000.0, flexible_mw, threshold_mw, 0.5, 1.0)

    # Above 900 MW for 20 % of hours, 50 MW above on average: 10 MW of 200 MW flexible.
    assert share(900.0, 200.0) == pytest.approx(10.0 / 200.0)
    # Threshold 700 MW, 100 MW flexible: E(700) - E(800) = 90 - 40 = 50 MW shed, half of it.
    assert share(700.0, 100.0) == pytest.approx(0.5)
    # Firm load alone peaks at 900 MW, above a 500 MW threshold: 80 % of hours shed all of
    # the 100 MW, 20 % half of it on average: 90 %.
    assert share(500.0, 100.0) == pytest.approx(0.9)
    # Below the tick's lowest load all of it is shed, never more.
    assert share(300.0, 100.0) == pytest.approx(1.0)
    assert share(1000.0, 100.0) == 0.0
    assert grid.peak_curtailment_share(1000.0, 0.0, 900.0, 0.5, 1.0) == 0.0


def test_peak_curtailment_rises_with_firm_load_added_to_the_region():
    shares = [
        grid.peak_curtailment_share(80_000.0 + added, 4_000.0, 75_000.0, 0.3, 2.5)
        for added in (0.0, 2_000.0, 5_000.0, 10_000.0)
    ]
    assert shares == sorted(shares) and shares[0] > 0 and shares[-1] > 2 * shares[0]


def test_calibrated_load_shape_reproduces_dukes_curtailment_enabled_headroom():
    # Duke (2025): a flexible load adding 10 / 13 / 16 % of peak, held at the historical peak,
    # is curtailed 0.25 / 0.5 / 1 % of its energy in a year.  Weekly ticks over a year.
    scenario = PowerMarketScenario()
    days = np.arange(0.0, 365.0, 7.0) + 3.5
    peak = np.array(
        [grid.system_peak_factor(day, scenario.system_peak_seasonal_amplitude) for day in days]
    )
    rates = [
        grid.peak_curtailment_share(
            peak + added,
            added,
            1.0,
            scenario.load_duration_depth,
            scenario.load_duration_exponent,
        ).mean()
        for added in (0.10, 0.13, 0.16)
    ]
    assert rates[0] == pytest.approx(0.0025, rel=0.3)
    assert rates[1] == pytest.approx(0.005, rel=0.3)
    assert rates[2] == pytest.approx(0.01, rel=0.3)


def test_regions_in_python_floats_give_the_vectorised_curtailment_and_scarcity_exactly():
    rng = np.random.default_rng(11)
    peak = rng.uniform(0.0, 100_000.0, 60)
    flexible = rng.uniform(0.0, 10_000.0, 60) * (rng.random(60) > 0.2)
    threshold = peak * rng.uniform(0.5, 1.2, 60)
    utilisation = rng.uniform(-0.2, 1.3, 60)
    for depth, exponent in ((0.3, 2.5), (0.5, 1.0), (1.0, 3.7)):
        assert (
            grid.peak_curtailment_shares(
                peak.tolist(), flexible.tolist(), threshold.tolist(), depth, exponent
            )
            == grid.peak_curtailment_share(peak, flexible, threshold, depth, exponent).tolist()
        )
    for exponent in (1.0, 2.0, 4.0, 5.5):
        assert grid.scarcity_adders_usd_per_mwh(utilisation.tolist(), 120.0, exponent, 0.87) == (
            grid.scarcity_power_price_usd_per_mwh(0.0, utilisation, 120.0, exponent, 0.87).tolist()
        )


def test_system_peak_factor_is_one_in_july_and_lowest_in_january():
    assert grid.system_peak_factor(200.0, 0.15) == pytest.approx(1.0)
    assert grid.system_peak_factor(200.0 + 365.25 / 2, 0.15) == pytest.approx(0.85 / 1.15)


def test_scarcity_adder_starts_at_the_threshold():
    assert grid.scarcity_power_price_usd_per_mwh(40.0, 0.9, 120.0, 4.0, 0.9) == 40.0
    assert grid.scarcity_power_price_usd_per_mwh(40.0, 0.95, 120.0, 4.0, 0.9) == pytest.approx(
        40.0 + 120 * 0.5**4
    )


def test_capacity_charge_passes_the_rise_since_contracts_on_peak_load():
    # PJM 2026/27 at 329.17 against 28.92 in contracts: 300.25 / 24 = 12.51 USD/MWh firm;
    # a mine drawing 48 % of its MW at peak pays 6.00.
    assert grid.capacity_cost_usd_per_mwh(329.17, 28.92, 1.0) == pytest.approx(12.5104, abs=1e-4)
    assert grid.capacity_cost_usd_per_mwh(329.17, 28.92, 0.48) == pytest.approx(6.005, abs=1e-3)
    assert grid.capacity_cost_usd_per_mwh(20.0, 28.92, 1.0) == 0.0


def test_power_gap_is_demand_less_grid_less_construction():
    assert grid.power_gap_mw(65_000.0, 15_000.0, 6_000.0) == 44_000.0
    assert grid.power_gap_mw(10_000.0, 15_000.0, 6_000.0) == 0.0


def test_queue_policies_order_requests_as_documented():
    filed = np.array([3, 1, 2, 1])
    bid = np.array([100.0, 50.0, 200.0, 150.0])
    is_ai = np.array([True, False, True, False])
    assert grid.queue_priority_order("first_come", filed, bid, is_ai).tolist() == [1, 3, 2, 0]
    assert grid.queue_priority_order("highest_bid", filed, bid, is_ai).tolist() == [2, 3, 0, 1]
    assert grid.queue_priority_order("ai_priority", filed, bid, is_ai).tolist() == [2, 0, 1, 3]
    assert grid.queue_priority_order("flexible_first", filed, bid, is_ai).tolist() == [1, 3, 2, 0]
    flexible = np.array([True, False, False, False])
    order = grid.queue_priority_order("flexible_first", filed, bid, is_ai, flexible)
    assert order.tolist() == [0, 1, 3, 2]


def test_unknown_policy_is_refused():
    with pytest.raises(ValueError):
        grid.queue_priority_order("lottery", np.array([1]), np.array([1.0]), np.array([True]))


def test_mining_value_without_growth_or_halving_is_a_discounted_margin():
    # 1 MW at 20 J/TH = 50 PH/s; hashprice 40 -> 730,000 USD/yr; 40 USD/MWh power -> 350,400.
    value, ce = valuation.mining_value_usd_per_mw(
        40.0,
        np.array([0.0]),
        99.0,
        1.0,
        np.array([20.0]),
        np.array([40.0]),
        60_000.0,
        np.array([0.0]),
        np.array([2.0]),
        np.array([0.0]),
        0.5,
    )
    assert value[0] == pytest.approx((730_000 - 350_400 - 60_000) * 2.0)
    assert ce[0] == pytest.approx(value[0])


def test_mining_value_after_halving_loses_the_subsidy_share():
    kwargs = dict(
        j_per_th=np.array([20.0]),
        power_price_usd_per_mwh=np.array([0.0]),
        opex_usd_per_mw_year=0.0,
        discount_rate_annual=np.array([0.0]),
        horizon_years=np.array([2.0]),
        risk_aversion=np.array([0.0]),
        btc_volatility_annual=0.0,
    )
    before, _ = valuation.mining_value_usd_per_mw(40.0, np.array([0.0]), 99.0, 0.5, **kwargs)
    after, _ = valuation.mining_value_usd_per_mw(40.0, np.array([0.0]), 0.0, 0.5, **kwargs)
    assert after[0] == pytest.approx(before[0] / 2)


def test_first_come_order_of_a_queue_filed_out_of_order_sorts_by_filing_tick():
    filed = np.array([3, 1, 1, 2])
    order = grid.queue_priority_order("first_come", filed, np.zeros(4), np.ones(4, dtype=bool))
    assert order.tolist() == [1, 2, 3, 0]
    in_order = grid.queue_priority_order(
        "first_come", np.array([1, 1, 2, 5]), np.zeros(4), np.ones(4, dtype=bool)
    )
    assert in_order.tolist() == [0, 1, 2, 3]


def brute_force_mining_value(
    hashprice,
    growth,
    years_to_halving,
    factor,
    j,
    price,
    opex,
    idle,
    rate,
    horizon,
    risk_aversion,
    sigma,
):
    """The documented formula evaluated site by site, step by step, in plain Python."""
    values, certainty = [], []
    for g, j_i, p_i, r_i, h_i, a_i in zip(
        growth, j, price, rate, horizon, risk_aversion, strict=True
    ):
        value = at_risk = 0.0
        for k in range(int(np.ceil(min(h_i, 15.0) / 0.25)) + 1):
            t = (k + 0.5) * 0.25
            if t >= h_i:
                break
            revenue = hashprice * 365.0 * 1000.0 / j_i * math.exp(g * (1.0 - math.exp(-t)))
            revenue *= factor if t > years_to_halving else 1.0
            energy = 8760.0 * p_i
            margin = max(max(revenue - energy, 0.0) - opex, -idle)
            weight = math.exp(-r_i * t) * 0.25
            value += margin * weight
            at_risk += (revenue if revenue > energy else 0.0) * weight
        values.append(value)
        certainty.append(value - a_i * 0.5 * sigma * at_risk)
    return np.array(values), np.array(certainty)


@pytest.mark.parametrize("opex, idle", [(60_000.0, 15_000.0), (10_000.0, 50_000.0), (0.0, 0.0)])
def test_mining_value_matches_the_formula_site_by_site(opex, idle):
    rng = np.random.default_rng(4)
    n = 40
    growth = rng.choice([-0.4, 0.0, 0.3], size=n)
    args = dict(
        j=rng.uniform(15, 35, n),
        price=rng.uniform(20, 90, n),
        rate=rng.uniform(0.05, 0.3, n),
        horizon=rng.uniform(0.5, 12, n),
        risk_aversion=rng.uniform(0, 2, n),
    )
    expected, expected_ce = brute_force_mining_value(
        45.0,
        growth,
        1.3,
        0.6,
        args["j"],
        args["price"],
        opex,
        idle,
        args["rate"],
        args["horizon"],
        args["risk_aversion"],
        0.5,
    )
    common = (45.0,)
    tail = (
        1.3,
        0.6,
        args["j"],
        args["price"],
        opex,
        args["rate"],
        args["horizon"],
        args["risk_aversion"],
        0.5,
        idle,
    )
    value, ce = valuation.mining_value_usd_per_mw(*common, growth, *tail)
    np.testing.assert_allclose(value, expected, rtol=1e-10, atol=1e-6)
    np.testing.assert_allclose(ce, expected_ce, rtol=1e-10, atol=1e-6)
    # The same with the distinct growth rates passed once and each site's index into them.
    rates, index = np.unique(growth, return_inverse=True)
    value_by_rule, ce_by_rule = valuation.mining_value_usd_per_mw(
        *common, rates, *tail, growth_index=index
    )
    np.testing.assert_allclose(value_by_rule, expected, rtol=1e-10, atol=1e-6)
    np.testing.assert_allclose(ce_by_rule, expected_ce, rtol=1e-10, atol=1e-6)


def test_sum_product_of_a_short_fleet_is_numpy_dot_exactly():
    rng = np.random.default_rng(3)
    a, b = rng.random(10_000), rng.random(10_000)
    assert sums.sum_product(a, b) == float(np.dot(a, b))


def test_sum_product_of_a_long_fleet_adds_dot_products_of_blocks_of_ten_thousand():
    rng = np.random.default_rng(4)
    a, b = rng.random(25_001), rng.random(25_001)
    blocks = [slice(0, 10_000), slice(10_000, 20_000), slice(20_000, 25_001)]
    expected = 0.0 + float(np.dot(a[blocks[0]], b[blocks[0]]))
    expected += float(np.dot(a[blocks[1]], b[blocks[1]]))
    expected += float(np.dot(a[blocks[2]], b[blocks[2]]))
    assert sums.sum_product(a, b) == expected
    assert sums.sum_product(a, b) == pytest.approx(float((a * b).sum()), rel=1e-12)


def test_mining_value_of_sites_is_the_same_whatever_block_they_are_valued_in():
    rng = np.random.default_rng(5)
    n = 1_300  # three blocks of sites, the last one short
    args = dict(
        j_per_th=rng.uniform(15, 35, n),
        power_price_usd_per_mwh=rng.uniform(20, 80, n),
        opex_usd_per_mw_year=40_000.0,
        discount_rate_annual=rng.uniform(0.08, 0.2, n),
        horizon_years=rng.uniform(3, 12, n),
        risk_aversion=rng.uniform(0, 2, n),
        btc_volatility_annual=0.5,
    )
    rule = rng.integers(0, 3, n)
    growth = np.array([0.0, 0.3, -0.2])
    value, ce = valuation.mining_value_usd_per_mw(
        45.0, growth, 1.5, 0.55, **args, growth_index=rule
    )
    one = slice(700, 701)
    alone, alone_ce = valuation.mining_value_usd_per_mw(
        45.0,
        growth,
        1.5,
        0.55,
        **{k: v[one] if isinstance(v, np.ndarray) else v for k, v in args.items()},
        growth_index=rule[one],
        weights=valuation.discount_weights(args["discount_rate_annual"], args["horizon_years"])[
            one
        ],
    )
    assert alone[0] == value[700] and alone_ce[0] == ce[700]


@pytest.mark.parametrize("longest_horizon_years", [2.9, 8.0, 7.6, 15.0])
def test_mining_value_of_sites_in_groups_is_the_value_site_by_site(
    longest_horizon_years,
):
    rng = np.random.default_rng(6)
    n = 2_000  # more than a block: grouped by growth rate and the steps the weights reach
    horizon = rng.uniform(0.1, longest_horizon_years, n)
    horizon[0] = longest_horizon_years
    weights = valuation.discount_weights(rng.uniform(0.08, 0.2, n), horizon)
    rule = rng.integers(0, 3, n)
    prices = (
        45.0,
        np.array([0.0, 0.3, -0.2]),
        1.5,
        0.55,
        valuation.ph_per_mw(rng.uniform(15, 35, n)),
        rng.uniform(20, 80, n),
        40_000.0,
        rng.uniform(0, 1, n),
    )
    site_by_site = valuation.mining_values_in_groups_usd_per_mw(
        *prices, valuation.SiteGroups.in_site_order(weights, rule), 0.0
    )
    groups = valuation.SiteGroups.by_steps_and_rate(weights, rule)
    assert len(groups.groups) > 3
    in_groups = valuation.mining_values_in_groups_usd_per_mw(*prices, groups, 0.0)
    # Bit for bit where numpy's einsum adds as the lanes assume (x86-64's baseline build);
    # to rounding elsewhere.
    np.testing.assert_allclose(in_groups, site_by_site, rtol=1e-12, atol=1e-6)


def test_the_compiled_valuation_of_a_group_adds_as_numpy_would_step_by_step():
    # The kernel's sums, bit for bit: each lane's products added in row order, then the
    # lanes, every product and sum rounded on its own (as numpy's ufuncs do, one at a time).
    rng = np.random.default_rng(11)
    n_sites, n_rows, start = 300, 7, 40
    path = np.exp(rng.normal(0.0, 0.3, (2, n_rows)))
    revenue_now = rng.uniform(2e5, 9e5, start + n_sites + 5)
    energy = rng.uniform(1e5, 8e5, revenue_now.size)
    opex = 40_000.0
    cash_cost = energy + opex
    weights = rng.uniform(0.0, 0.25, (2, n_rows, n_sites))
    weights[:, 5:, :100] = 0.0  # sites whose horizon ends early
    # The group's sites, in the group's order (not the sites' own).
    sites = rng.permutation(np.arange(start, start + n_sites))
    for floor in (-0.0, -15_000.0):
        sums = np.full((2, revenue_now.size), np.nan)
        valuation._add_flows_in_lanes(path, sites, revenue_now, energy, opex, floor, weights, sums)
        rows = sites
        lanes = np.zeros((2, 2, n_sites))
        for lane in range(2):
            for row in range(n_rows):
                revenue = path[lane, row] * revenue_now[rows]
                margin = np.maximum(revenue - cash_cost[rows], floor)
                at_risk = revenue * (revenue > energy[rows])
                lanes[0, lane] += weights[lane, row] * margin
                lanes[1, lane] += weights[lane, row] * at_risk
        expected = lanes[:, 0] + lanes[:, 1]
        assert np.array_equal(sums[:, sites], expected)
        # Sites outside the group are left as they were.
        assert np.isnan(sums[:, :start]).all() and np.isnan(sums[:, start + n_sites :]).all()
        assert (expected[1] < expected[1].max()).any() and (sums[0] != 0).any()
