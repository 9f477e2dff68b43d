"""The validation report runs end to end, and its checks fail when the model is broken."""

import re
from pathlib import Path

import pytest

from abm.economics import bitcoin
from abm.submodels import rest_of_world
from experiments import validation
from experiments.validation import observed
from experiments.validation.checks import CheckGroup

EPOCH_ROW = re.compile(r"^\| \d{3},\d{3} \| \d{4}-\d{2}-\d{2} \|")
BROKEN = validation.Effort(seeds=(1, 2), n_miners=40, static_seeds=(1,))


@pytest.fixture(scope="module")
def quick_report(tmp_path_factory) -> tuple[validation.Report, Path]:
    docs = tmp_path_factory.mktemp("docs")
    return validation.write_validation_report(docs, quick=True), docs


@pytest.fixture(scope="module")
def backtest_knobs() -> dict:
    knobs, _ = validation.backtest_knobs()
    return knobs


def test_every_check_states_its_window_and_verdict_in_the_report(quick_report):
    report, docs = quick_report
    text = (docs / "validation.md").read_text(encoding="utf-8")
    assert report.checks and report.statics
    for check in report.checks:
        cells = check.cells()
        assert "calibration window" in cells[1] or "out of sample" in cells[1]
        assert check.passed in (True, False)
        assert f"| {cells[0]} | {cells[1]} |" in text
    assert "## Comparative statics (the model against itself" in text


def test_backtest_checks_cover_both_windows_and_every_target(quick_report):
    report, _ = quick_report
    names = " ".join(c.name for c in report.checks)
    for target in ("difficulty", "US share", "hashprice", "insolvent", "contracted", "rent"):
        assert target in names
    windows = {w for c in report.checks for w in c.window.split(" and ")}
    assert windows == {"calibration window", "out of sample"}


def test_model_cells_are_intervals_over_the_runs(quick_report):
    report, _ = quick_report
    (last,) = [c for c in report.checks if c.name.startswith("difficulty at the last retarget")]
    assert last.model.runs == len(validation.QUICK.seeds)
    assert last.model.low <= last.model.median <= last.model.high


def test_report_lists_every_retarget_of_the_window(quick_report):
    _, docs = quick_report
    text = (docs / "validation.md").read_text(encoding="utf-8")
    assert text.count("| 2022-01-08 |") == 1 and text.count("| 2025-12-25 |") == 1
    assert len([line for line in text.splitlines() if EPOCH_ROW.match(line)]) >= 100


def test_figures_referenced_by_the_report_exist(quick_report):
    report, docs = quick_report
    for name, _ in report.figures:
        assert (docs / "validation" / name).stat().st_size > 1000


def test_importing_the_validation_package_leaves_the_matplotlib_backend_alone():
    import subprocess
    import sys

    code = (
        "import matplotlib; b = matplotlib.rcParams._get_backend_or_none(); "
        "import experiments.validation; "
        "assert matplotlib.rcParams._get_backend_or_none() == b, 'backend changed'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_difficulty_that_never_retargets_fails_the_difficulty_and_hashprice_checks(
    monkeypatch, backtest_knobs
):
    monkeypatch.setattr(bitcoin, "retarget_difficulty", lambda difficulty, _: difficulty)
    ensemble = validation.run_ensemble(backtest_knobs, BROKEN.seeds, BROKEN.n_miners)
    difficulty, _ = observed.difficulty_checks(ensemble)
    hashprice, _ = observed.hashprice_checks(ensemble)
    assert all(c.passed is False for c in difficulty)
    groups = [c for c in hashprice if isinstance(c, CheckGroup)]
    assert groups and all(c.passed is False for c in groups)


def test_a_rest_of_world_that_never_mines_fails_every_us_share_point_estimate(
    monkeypatch, backtest_knobs
):
    # Break the rest-of-world submodel: the US is then the whole network.
    monkeypatch.setattr(rest_of_world.RestOfWorld, "operate", lambda self, hashprice: 0.0)
    ensemble = validation.run_ensemble(backtest_knobs, BROKEN.seeds, BROKEN.n_miners)
    shares = observed.us_share_checks(ensemble)
    points = [c for c in shares if c.tolerance is observed.US_SHARE]
    assert points and all(c.passed is False for c in points)
    assert all(c.model.median > 90 for c in shares)


def test_a_posterior_sample_gives_each_run_a_draw(tmp_path):
    sample = tmp_path / "posterior.csv"
    sample.write_text("rest_of_world_lag_weeks,distance\n10,0.1\n30,0.2\n", encoding="utf-8")
    draws = validation.read_posterior(sample)
    assert draws == [{"rest_of_world_lag_weeks": 10.0}, {"rest_of_world_lag_weeks": 30.0}]


def test_the_posterior_parquet_of_gridrush_calibrate_is_read_with_its_weights(tmp_path):
    import pandas as pd

    sample = tmp_path / "posterior.parquet"
    pd.DataFrame(
        {"rest_of_world_lag_weeks": [10.0, 30.0], "weight": [1.0, 0.0], "distance": [0.1, 0.2]}
    ).to_parquet(sample)
    # All the weight on the first draw: resampling keeps only it.
    assert validation.read_posterior(sample) == [{"rest_of_world_lag_weeks": 10.0}] * 2


def test_an_unreadable_posterior_file_is_one_clear_error(tmp_path):
    sample = tmp_path / "posterior.parquet"
    sample.write_bytes(b"not parquet")
    with pytest.raises(ValueError, match="cannot read it"):
        validation.read_posterior(sample)


def test_a_posterior_sample_with_a_bad_value_is_one_clear_error(tmp_path):
    sample = tmp_path / "posterior.csv"
    sample.write_text("rest_of_world_lag_weeks\n-5\n", encoding="utf-8")
    with pytest.raises(ValueError, match="draw 1: knob 'rest_of_world_lag_weeks'"):
        validation.read_posterior(sample)


def test_validate_with_a_missing_posterior_is_one_error_line_and_writes_nothing(tmp_path):
    from typer.testing import CliRunner

    from experiments.cli import app

    result = CliRunner().invoke(
        app, ["validate", "--docs", str(tmp_path), "--posterior", str(tmp_path / "no.csv")]
    )
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [
        f"gridrush: error: posterior sample {str(tmp_path / 'no.csv')!r}: no such file"
    ]
    assert not (tmp_path / "validation.md").exists()


def test_report_sets_each_lease_structure_s_shell_value_beside_the_published_ones(quick_report):
    _, docs = quick_report
    text = (docs / "validation.md").read_text(encoding="utf-8")
    assert "Powered-shell value per lease structure" in text
    for row in ("| tenant-funded | 9% | 9.00% |", "| landlord-built | 9% |"):
        assert row in text
    assert "CoreWeave's bid for Core Scientific, 6.9 USD/W: reached at tenant-funded" in text


def test_shell_value_verdict_follows_the_value(monkeypatch):
    from experiments.validation import report as report_module

    monkeypatch.setattr(
        report_module.lease_market,
        "powered_shell_values_usd_per_w",
        lambda s, rates: [
            {
                "structure": "tenant_funded",
                "miner_rate": 0.1,
                "valued_at_rate": 0.1,
                "shell_usd_per_w_gross": value,
                "shell_usd_per_w_it": value / 0.7,
                "net_of_capex_usd_per_w_gross": value - 1.4,
            }
            for value in (5.0, 6.0, 8.0)
        ],
    )
    _, lines = report_module.powered_shell_table()
    verdicts = [line.rsplit("|", 2)[1].strip() for line in lines[2:5]]
    assert verdicts == ["no", "yes", "no"]
