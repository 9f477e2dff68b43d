"""A tolerance judges and prints one rule; checks know their window; intervals are quantiles."""

import datetime as dt
import math

import pytest

from experiments.validation.checks import (
    CALIBRATION,
    OUT_OF_SAMPLE,
    Check,
    CheckGroup,
    Interval,
    Tolerance,
    window_of,
)


def test_interval_of_twenty_one_values_takes_the_5th_median_and_95th_percentiles():
    interval = Interval.of([float(v) for v in range(21)])
    assert (interval.low, interval.median, interval.high) == pytest.approx((1.0, 10.0, 19.0))
    assert interval.runs == 21


def test_relative_tolerance_measures_the_gap_to_the_interval_as_a_share_of_the_observation():
    tolerance = Tolerance("relative", 0.25)
    interval = Interval(80.0, 90.0, 100.0, 10)
    assert tolerance.excess(interval, 120.0) == pytest.approx(20 / 120)
    assert tolerance.judge(interval, 120.0)
    assert not tolerance.judge(interval, 140.0)  # 40/140 = 29 % outside
    assert tolerance.excess(interval, 95.0) == 0.0


def test_lower_bound_tolerance_passes_when_the_interval_reaches_the_bound_less_the_allowance():
    tolerance = Tolerance("at_least", 5.0, "points")
    assert tolerance.judge(Interval(30.0, 33.0, 35.0, 5), 40.0)
    assert not tolerance.judge(Interval(30.0, 33.0, 34.9, 5), 40.0)


def test_a_tolerance_prints_the_rule_it_applies():
    text = Tolerance("absolute", 5.0, "points", "stated before the run").describe()
    assert text == "observed within ±5 points of the model's interval (stated before the run)"


def test_an_observation_after_the_halving_eve_is_out_of_sample():
    assert window_of(dt.date(2024, 4, 19)) == CALIBRATION
    assert window_of(dt.date(2024, 4, 20)) == OUT_OF_SAMPLE


def _check(observed: float, when: dt.date) -> Check:
    return Check("s", "x", when, observed, Interval(9.0, 10.0, 11.0, 3), Tolerance("relative", 0.1))


def test_a_group_fails_when_one_member_fails_and_reports_both_windows():
    group = CheckGroup(
        "s", "g", (_check(10.0, dt.date(2023, 1, 1)), _check(20.0, dt.date(2025, 1, 1)))
    )
    assert group.passed is False and group.n_within == 1
    assert group.window == f"{CALIBRATION} and {OUT_OF_SAMPLE}"
    assert group.worst().observed == 20.0


def test_a_check_without_a_tolerance_is_reported_not_judged():
    check = Check("s", "x", dt.date(2025, 1, 1), 1.0, Interval.of([1.0]), None)
    assert check.passed is None and "reported" in check.cells()


def test_an_interval_of_no_finite_values_fails_every_tolerance():
    interval = Interval.of([math.nan])
    assert not Tolerance("relative", 10.0).judge(interval, 1.0)
