"""The grid sweep behind docs/grid.md: paired differences and the Markdown block it writes."""

from __future__ import annotations

import pandas as pd
import pytest

from experiments import grid_sweep


@pytest.fixture(scope="module")
def short_design() -> pd.DataFrame:
    return grid_sweep.run_design(scales=[1.0], seeds=[1, 2], horizon_years=0.3)


def test_every_policy_runs_once_per_seed_and_scale(short_design):
    assert len(short_design) == 4 * 2
    seeds = short_design.groupby("policy")["seed"].apply(lambda s: tuple(sorted(s)))
    assert set(seeds) == {(1, 2)} and len(seeds) == 4


def test_difference_of_first_come_with_itself_would_be_zero():
    results = pd.DataFrame(
        {
            "policy": ["first_come", "first_come", "ai_priority", "ai_priority"],
            "scale": [1.0] * 4,
            "seed": [1, 2, 1, 2],
            **{name: [1.0, 3.0, 2.0, 5.0] for name in grid_sweep.OUTCOMES},
        }
    )
    diff = grid_sweep.differences_from_first_come(results)
    # paired run by run: +1 and +2, mean 1.5, t(0.975, 1) x std 0.707 / sqrt 2 = 6.35
    assert diff.loc[0, "ai_served_gw"] == "+1.50 ± 6.35"
    assert list(diff["policy"]) == ["ai_priority"]


def test_markdown_block_replaces_only_its_markers(short_design, tmp_path):
    page = tmp_path / "grid.md"
    page.write_text(
        f"intro\n{grid_sweep.BLOCK_START}\nold\n{grid_sweep.BLOCK_END}\noutro\n", encoding="utf-8"
    )
    grid_sweep.write_block(page, grid_sweep.markdown_block(short_design, [1, 2], 0.3))
    text = page.read_text(encoding="utf-8")
    assert text.startswith("intro\n") and text.endswith("outro\n") and "old" not in text
    assert text.count("| ai_priority | 1.00 |") == 2  # in the means and the differences
    assert "AI served (GW)" in text


def test_page_without_markers_is_refused_in_one_line(tmp_path):
    page = tmp_path / "grid.md"
    page.write_text("no block here\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="has no <!-- grid_sweep:start --> marker"):
        grid_sweep.write_block(page, "x")
    assert page.read_text(encoding="utf-8") == "no block here\n"


def test_a_pair_with_an_undefined_wait_is_left_out_and_counted():
    results = pd.DataFrame(
        {
            "policy": ["first_come"] * 3 + ["ai_priority"] * 3,
            "scale": [1.0] * 6,
            "seed": [1, 2, 3] * 2,
            **{name: [1.0, 3.0, 2.0, 2.0, 5.0, 4.0] for name in grid_sweep.OUTCOMES},
        }
    )
    results.loc[5, "wait_mining_years"] = float("nan")
    diff = grid_sweep.differences_from_first_come(results)
    assert diff.loc[0, "wait_mining_years"] == "+1.50 ± 6.35 (2 pairs)"
    assert "pairs" not in diff.loc[0, "ai_served_gw"]
