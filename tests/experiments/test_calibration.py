"""``gridrush calibrate``: parameter recovery, the command end to end, resume, bad input."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from pyabc.weighted_statistics import weighted_quantile as pyabc_weighted_quantile
from typer.testing import CliRunner

from experiments.calibration import (
    WINDOW_START,
    CalibrationError,
    CalibrationPriors,
    CalibrationSettings,
    ObservedRecord,
    Prior,
    WeightedDistance,
    Window,
    WindowSimulator,
    observed_record,
    read_priors,
    run_calibration,
    window_start_knobs,
)
from experiments.calibration.smc import weighted_quantile
from experiments.cli import app

runner = CliRunner()
WEIGHTS = {"difficulty": 1.0, "hashprice": 1.0, "us_share": 1.0}


def gridrush(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real command in a fresh interpreter (as a user would)."""
    return subprocess.run(
        [sys.executable, "-m", "experiments", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "COLUMNS": "200"},
    )


def error_line(result: subprocess.CompletedProcess) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def write_priors(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


LAG_PRIOR = Prior("rest_of_world_entry_lag_months", "uniform", 3.0, 12.0)
ELASTICITY_PRIOR = Prior("rest_of_world_entry_elasticity", "log-uniform", 0.5, 3.0)


def synthetic_record(window: Window, truth: dict[str, float], n_miners: int) -> ObservedRecord:
    """Observations the model makes itself at ``truth``, at the dates of the real ones."""
    observed = observed_record(window)
    knobs = {**window_start_knobs(window), "n_miners": n_miners}
    statistics = WindowSimulator(knobs, observed.targets, root_seed=99)(truth)
    return ObservedRecord(window, observed.targets, statistics)


# ---------------------------------------------------------------- the record and the distance


def test_observed_record_of_the_window_holds_nothing_after_the_halving():
    record = observed_record(Window())
    assert max(record.targets.difficulty_dates) <= pd.Timestamp("2024-04-19")
    assert max(record.targets.hashprice_dates) <= pd.Timestamp("2024-04-19")
    # 2022-01-08 to 2024-04-11: every retarget after the start up to the run's last tick.
    assert record.targets.counts()["difficulty"] == 61
    # The one published hashprice in the window (2024-04-01); no US-share estimate between
    # the start value of January 2022 and the halving.
    assert record.targets.counts() == {"difficulty": 61, "hashprice": 1, "us_share": 0}
    assert np.isclose(np.exp(record.statistics["hashprice"][0]), 108.6)


def test_distance_is_the_rms_of_errors_in_units_of_their_scales():
    observed = {"difficulty": np.log([10.0, 20.0]), "hashprice": np.log([50.0])}
    # Difficulty 10 % high at both retargets (log error 0.0953 = 0.953 scales), hashprice exact.
    simulated = {"difficulty": np.log([11.0, 22.0]), "hashprice": np.log([50.0])}
    expected = np.sqrt(2 * (np.log(1.1) / 0.10) ** 2 / 3)
    assert np.isclose(WeightedDistance(WEIGHTS)(simulated, observed), expected)
    # Weight 0 leaves hashprice out: the mean is over the two retargets alone.
    only = WeightedDistance({**WEIGHTS, "hashprice": 0.0})(simulated, observed)
    assert np.isclose(only, np.log(1.1) / 0.10)


# ---------------------------------------------------------------- (a) parameter recovery


def test_calibration_recovers_entry_lag_and_elasticity_from_the_models_own_output(tmp_path):
    window = Window(WINDOW_START, dt.date(2022, 12, 31))
    truth = {"rest_of_world_entry_lag_months": 5.0, "rest_of_world_entry_elasticity": 1.5}
    record = synthetic_record(window, truth, n_miners=10)
    priors = CalibrationPriors((LAG_PRIOR, ELASTICITY_PRIOR), WEIGHTS, "test")
    settings = CalibrationSettings(priors, population_size=30, n_miners=10, seed=3, window=window)
    outcome = run_calibration(tmp_path / "cal", settings, 4, in_process=True, record=record)
    posterior, weights = outcome.posterior, outcome.posterior["weight"].to_numpy()
    for prior in (LAG_PRIOR, ELASTICITY_PRIOR):
        found = outcome.estimates[prior.knob]
        # The truth inside the 98 % interval (one synthetic record carries its own noise, so
        # the posterior centres near, not on, the truth); the 90 % interval narrower than the
        # prior.
        low, high = (
            weighted_quantile(posterior[prior.knob].to_numpy(), weights, q) for q in (0.01, 0.99)
        )
        assert low <= truth[prior.knob] <= high, (prior.knob, low, high)
        assert found["high"] - found["low"] < prior.high - prior.low, (prior.knob, found)
    lag = outcome.estimates[LAG_PRIOR.knob]
    # The lag is what the first months of difficulty pin down: its interval under half the
    # prior's (8.1 months) and its median within 1.5 months of the truth.
    assert lag["high"] - lag["low"] < 0.5 * (LAG_PRIOR.quantile(0.95) - LAG_PRIOR.quantile(0.05))
    assert abs(lag["median"] - 5.0) < 1.5
    thresholds = [population.epsilon for population in outcome.populations]
    assert thresholds == sorted(thresholds, reverse=True)


def test_an_in_process_calibration_replays_whatever_numpy_global_state_it_finds(tmp_path):
    """pyabc proposes from NumPy's global generator: in process it is seeded from the root seed,
    so the posterior does not depend on what ran before (the test order, a notebook's cells)."""
    window = Window(WINDOW_START, dt.date(2022, 4, 30))
    priors = CalibrationPriors((LAG_PRIOR, ELASTICITY_PRIOR), WEIGHTS, "test")
    settings = CalibrationSettings(priors, population_size=10, n_miners=10, seed=3, window=window)
    posteriors = []
    for earlier_draws in (1, 9):
        np.random.seed(earlier_draws)  # noqa: NPY002 (the global state pyabc reads)
        outcome = run_calibration(tmp_path / f"cal{earlier_draws}", settings, 2, in_process=True)
        posteriors.append(outcome.posterior)
    pd.testing.assert_frame_equal(posteriors[0], posteriors[1])


# ---------------------------------------------------------------- (b) the command end to end


SMALL = ["--populations", "2", "--population-size", "20", "--n-miners", "10"]
SHORT = ["--window-end", "2022-04-01"]


@pytest.fixture(scope="module")
def small_calibration(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """``gridrush calibrate`` on 2 Dask workers: 2 populations of 20, a 3-month window."""
    folder = tmp_path_factory.mktemp("calibrate") / "out"
    result = gridrush("calibrate", "--out", str(folder), *SMALL, *SHORT, "--workers", "2")
    return folder, result


def test_calibrate_on_two_workers_writes_posterior_scenario_and_summary(small_calibration):
    folder, result = small_calibration
    assert result.returncode == 0, result.stderr
    posterior = pd.read_parquet(folder / "posterior.parquet")
    knobs = read_priors().knobs
    assert list(posterior.columns) == [*knobs, "weight", "distance"]
    assert len(posterior) == 20 and np.isclose(posterior["weight"].sum(), 1.0)
    for prior in read_priors().priors:
        assert posterior[prior.knob].between(prior.low, prior.high).all()
    summary = (folder / "summary.md").read_text(encoding="utf-8")
    assert "90 % interval" in summary and "acceptance rate" in summary
    assert "Posterior after 2 populations" in result.stdout


def test_calibrated_scenario_records_its_inputs_and_carries_the_posterior_medians(
    small_calibration,
):
    folder, _ = small_calibration
    text = (folder / "calibrated.toml").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    recorded = [line.split() for line in header if "difficulty_retargets.csv" in line]
    assert recorded and len(recorded[0][-1]) == 64  # its SHA-256
    assert any(line.startswith("# Window: 2022-01-03 to 2022-04-01") for line in header)
    assert any("pyabc" in line for line in header) and any("Priors:" in line for line in header)
    knobs = tomllib.loads(text)["knobs"]
    posterior = pd.read_parquet(folder / "posterior.parquet")
    for knob in read_priors().knobs:
        ordered = posterior.sort_values(knob)
        assert ordered[knob].iloc[0] <= knobs[knob] <= ordered[knob].iloc[-1]
        # The median: about half the weight on either side of it (give or take the heaviest
        # particle, which the median may fall inside).
        slack = ordered["weight"].max()
        below = ordered.loc[ordered[knob] < knobs[knob], "weight"].sum()
        above = ordered.loc[ordered[knob] > knobs[knob], "weight"].sum()
        assert below <= 0.5 + slack and above <= 0.5 + slack
    assert knobs["start_date"] == "2022-01-03" and knobs["public_miners_file"] == (
        "public_miners_2022.csv"
    )
    # The input files it names lie beside it, so the folder replays on another machine.
    for knob in ("btc_price_csv", "fees_csv", "asic_frontier_csv"):
        assert not Path(knobs[knob]).is_absolute() and (folder / knobs[knob]).is_file()


def test_gridrush_run_replays_the_calibrated_scenario(small_calibration, tmp_path):
    folder, _ = small_calibration
    out = tmp_path / "replay"
    result = runner.invoke(
        app,
        ["run", str(folder / "calibrated.toml"), "--set", "horizon_years=0.5", "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    replayed = tomllib.loads((out / "scenario.toml").read_text(encoding="utf-8"))["knobs"]
    calibrated = tomllib.loads((folder / "calibrated.toml").read_text(encoding="utf-8"))["knobs"]
    for knob in read_priors().knobs:
        assert replayed[knob] == calibrated[knob]
    model = pd.read_parquet(out / "model.parquet")
    assert str(pd.Timestamp(model["date"].iloc[0]).date()) == "2022-01-03"


def test_calibrate_with_other_settings_on_the_same_folder_is_refused(small_calibration):
    folder, _ = small_calibration
    before = (folder / "posterior.parquet").read_bytes()
    options = ["--populations", "2", "--population-size", "30", "--n-miners", "10"]
    result = runner.invoke(app, ["calibrate", "--out", str(folder), *options, *SHORT])
    assert result.exit_code == 2
    assert "other settings (population_size was 20, now 30)" in result.output
    assert (folder / "posterior.parquet").read_bytes() == before


# ---------------------------------------------------------------- (c) resume


def test_second_call_with_more_populations_continues_the_stored_history(tmp_path):
    # Long enough for entry ordered at the start to arrive (after the entry lag): in a
    # shorter window every particle would end at the same distance.
    window = Window(WINDOW_START, dt.date(2022, 10, 1))
    priors = CalibrationPriors((ELASTICITY_PRIOR,), WEIGHTS, "test")
    settings = CalibrationSettings(priors, population_size=10, n_miners=10, seed=5, window=window)
    folder = tmp_path / "cal"
    first = run_calibration(folder, settings, 1, in_process=True)
    second = run_calibration(folder, settings, 2, in_process=True)
    assert first.new_populations == 1 and second.new_populations == 1
    assert [p.t for p in second.populations] == [0, 1]
    # Population 0 is the one the first call stored, not a new draw.
    assert second.populations[0] == first.populations[0]
    # Population 1's threshold is the weighted median distance of population 0 as stored
    # (pyabc's MedianEpsilon): the second call went on from it, not from a new prior sample.
    median = pyabc_weighted_quantile(
        first.posterior["distance"].to_numpy(), first.posterior["weight"].to_numpy(), alpha=0.5
    )
    assert np.isclose(second.populations[1].epsilon, median)
    assert second.populations[1].epsilon < first.populations[0].epsilon
    again = run_calibration(folder, settings, 2, in_process=True)
    assert again.new_populations == 0 and again.populations == second.populations


# ---------------------------------------------------------------- (d) bad input


def test_unknown_parameter_in_the_priors_file_is_one_error_line(tmp_path):
    priors = write_priors(
        tmp_path / "priors.toml",
        '[parameters.rest_of_world_hurdle]\ndistribution = "uniform"\nlow = 0.1\nhigh = 0.3\n',
    )
    result = gridrush("calibrate", "--out", str(tmp_path / "out"), "--priors", str(priors))
    assert result.returncode == 2
    assert "unknown parameter 'rest_of_world_hurdle'" in error_line(result)
    assert not (tmp_path / "out").exists()


def test_prior_outside_the_knobs_range_is_one_error_line(tmp_path):
    priors = write_priors(
        tmp_path / "priors.toml",
        '[parameters.rest_of_world_hurdle_rate]\ndistribution = "uniform"\nlow = 0.1\nhigh = 3\n',
    )
    result = gridrush("calibrate", "--out", str(tmp_path / "out"), "--priors", str(priors))
    assert result.returncode == 2
    line = error_line(result)
    assert "high = 3 is above the knob's maximum 2 per year" in line
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[parameters.seed]\nlow = 1\nhigh = 2\n", "is of type int; only float knobs"),
        (
            '[parameters.rest_of_world_hurdle_rate]\ndistribution = "normal"\nlow = 0.1\n'
            "high = 0.3\n",
            "distribution 'normal' is not one of uniform, log-uniform",
        ),
        (
            "[parameters.rest_of_world_hurdle_rate]\nlow = 0.3\nhigh = 0.1\n",
            "low = 0.3 is not below high = 0.1",
        ),
        (
            '[parameters.rest_of_world_hurdle_rate]\ndistribution = "log-uniform"\nlow = 0\n'
            "high = 0.3\n",
            "a log-uniform prior needs low > 0",
        ),
        (
            "[parameters.rest_of_world_hurdle_rate]\nlow = 0.1\nhigh = 0.3\n[distance]\n"
            "price = 1\n",
            "unknown statistic group 'price'",
        ),
        ("[distance]\ndifficulty = 1\n", "no [parameters.KNOB] table"),
    ],
)
def test_malformed_priors_file_is_refused_naming_the_problem(tmp_path, body, message):
    with pytest.raises(CalibrationError, match="priors.toml: ") as caught:
        read_priors(write_priors(tmp_path / "priors.toml", body))
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--window-end", "2024-06-01"], "ends by 2024-04-19"),
        (["--window-end", "2021-12-01"], "is not after the window's start"),
        (["--window-end", "April"], "is not a date"),
        (["--population-size", "1"], "--population-size must be at least 2"),
        (["--populations", "0"], "--populations must be at least 1"),
        (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "not both"),
    ],
)
def test_bad_calibrate_option_is_one_error_line(tmp_path, options, message):
    result = runner.invoke(app, ["calibrate", "--out", str(tmp_path / "out"), *options])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "out").exists()


def test_calibrate_refuses_a_folder_that_is_not_a_calibration(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["calibrate", "--out", str(folder), *SMALL, *SHORT])
    assert result.exit_code == 2
    assert "is not a calibration folder" in result.output
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
