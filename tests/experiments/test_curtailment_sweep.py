"""The curtailment sweep behind docs/grid.md: shares of mining energy curtailed and its block."""

from __future__ import annotations

import pandas as pd
import pytest

from experiments import curtailment_sweep


def test_shares_pool_the_mwh_not_the_shares():
    results = pd.DataFrame(
        {
            "setting": ["defaults"] * 4,
            "seed": [1, 1, 2, 2],
            "year": [2026] * 4,
            "region": ["ERCOT", "PJM", "ERCOT", "PJM"],
            "curtailed_mwh": [10.0, 0.0, 30.0, 0.0],
            "mining_mwh": [100.0, 0.0, 100.0, 200.0],
        }
    )
    by_region = curtailed_share(results, ["year", "region"])
    assert by_region[(2026, "ERCOT")] == pytest.approx(40 / 200)
    assert by_region[(2026, "PJM")] == 0.0
    assert curtailed_share(results, ["year"])[2026] == pytest.approx(40 / 400)
    # A group with no mining energy has no share (not 0 %, not a division by zero).
    assert pd.isna(curtailed_share(results[results["seed"] == 1], ["region"])["PJM"])


def curtailed_share(results, by):
    return curtailment_sweep.curtailed_share(results, by)


def test_design_changes_one_knob_at_a_time_around_the_defaults():
    design = curtailment_sweep.settings()
    assert design["defaults"] == {}
    assert all(len(knobs) == 1 for label, knobs in design.items() if label != "defaults")
    assert "curtailment_threshold=0.8" in design and "grid_policy=ai_priority" in design


def test_short_sweep_writes_shares_between_its_markers(tmp_path):
    design = {"defaults": {}, "curtailment_threshold=0.8": {"curtailment_threshold": 0.8}}
    results = curtailment_sweep.run_design(design, seeds=[1], horizon_years=0.8)
    assert set(results["region"]) == {"ERCOT", "PJM", "MISO", "SPP", "NYISO", "OTHER_US"}
    summer = results[results["year"] == 2026].groupby("setting")[["curtailed_mwh"]].sum()
    # A lower threshold curtails more of the same mining load.
    assert summer.loc["curtailment_threshold=0.8"].item() > summer.loc["defaults"].item() > 0
    page = tmp_path / "grid.md"
    start, end = curtailment_sweep.BLOCK_START, curtailment_sweep.BLOCK_END
    page.write_text(f"intro\n{start}\nSTALE TABLE\n{end}\noutro\n", encoding="utf-8")
    curtailment_sweep.write_block(
        page,
        curtailment_sweep.markdown_block(results, [1], 0.8),
        curtailment_sweep.BLOCK_START,
        curtailment_sweep.BLOCK_END,
    )
    text = page.read_text(encoding="utf-8")
    assert text.startswith("intro\n") and text.endswith("outro\n") and "STALE TABLE" not in text
    assert "| 2026 |" in text and "| curtailment_threshold=0.8 |" in text
