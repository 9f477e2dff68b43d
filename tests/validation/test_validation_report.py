"""The validation report runs end to end and says pass or fail for each check."""

import re
from pathlib import Path

import pytest

from experiments import validation

EPOCH_ROW = re.compile(r"^\| \d{3},\d{3} \| \d{4}-\d{2}-\d{2} \|")


@pytest.fixture(scope="module")
def quick_report(tmp_path_factory) -> tuple[validation.Report, Path]:
    docs = tmp_path_factory.mktemp("docs")
    return validation.write_validation_report(docs, quick=True), docs


def test_report_is_written_with_a_verdict_for_every_check(quick_report):
    report, docs = quick_report
    text = (docs / "validation.md").read_text(encoding="utf-8")
    for section in (
        "1. Protocol exactness",
        "2. Hashprice",
        "3. The seed article's figures",
        "4. Backtest from 2022-01",
        "5. Stylized facts",
    ):
        assert f"## {section}" in text
    assert len(report.checks) >= 10
    for check in report.checks:
        assert check.passed in (True, False, None)
        assert f"| {check.name} |" in text


def test_figures_referenced_by_the_report_exist(quick_report):
    report, docs = quick_report
    assert report.figures
    for name, _ in report.figures:
        assert (docs / "validation" / name).stat().st_size > 1000


def test_protocol_checks_pass(quick_report):
    report, _ = quick_report
    protocol = [c for c in report.checks if c.section.startswith("1.")]
    assert protocol and all(c.passed is not False for c in protocol)
    assert any("840,000" in c.name and c.passed for c in protocol)


def test_powered_shell_value_is_inside_morgan_stanleys_range(quick_report):
    report, _ = quick_report
    (check,) = [c for c in report.checks if c.name.startswith("value of a 100 MW mine")]
    assert check.passed is True


def test_no_ai_demand_check_is_exact(quick_report):
    report, _ = quick_report
    (check,) = [c for c in report.checks if c.name.startswith("with no AI demand")]
    assert check.passed is True and check.model == "0 MW"


def test_backtest_reports_every_epoch_and_states_its_tolerances(quick_report):
    report, docs = quick_report
    text = (docs / "validation.md").read_text(encoding="utf-8")
    assert "## Backtest: difficulty at every retarget" in text
    # Every retarget of the window (2022-01-08 to 2025-12-25) has a row.
    assert text.count("| 2022-01-08 |") == 1 and text.count("| 2025-12-25 |") == 1
    epoch_rows = [line for line in text.splitlines() if EPOCH_ROW.match(line)]
    assert len(epoch_rows) >= 100
    backtest = [c for c in report.checks if c.section == validation.BACKTEST_SECTION]
    assert any(c.name.startswith("difficulty at every retarget") for c in backtest)
    assert any(c.name.startswith("US share of network hashrate") for c in backtest)


def test_a_broken_retarget_fails_the_backtest(monkeypatch, tmp_path):
    # Inject a bug: difficulty never adjusts. The backtest must say fail.
    monkeypatch.setattr(validation.bitcoin, "retarget_difficulty", lambda difficulty, _: difficulty)
    report = validation.Report()
    validation.check_backtest(report, tmp_path, validation.Effort(seeds=(1,), n_miners=40))
    (check,) = [c for c in report.checks if c.name.startswith("difficulty at every retarget")]
    assert check.passed is False
    (median,) = [c for c in report.checks if c.name.startswith("median absolute difficulty")]
    assert median.passed is False
