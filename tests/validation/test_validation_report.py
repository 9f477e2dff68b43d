"""The validation report runs end to end and says pass or fail for each check."""

from pathlib import Path

import pytest

from experiments import validation


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
        "4. Backtest from 2024-01",
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
