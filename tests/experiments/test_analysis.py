"""The analysis of a sweep: intervals, paired differences, sensitivity, scenario discovery."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from abm import MODEL_COLUMNS
from experiments.analysis import discovery, intervals, paired, sensitivity
from experiments.analysis.quantities import axis_label, column_table
from experiments.analysis.report import seeding
from experiments.sweep import parse_sweep

ROOT = Path(__file__).resolve().parents[2]


# Intervals -----------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.floats(min_value=0, max_value=1e5, allow_nan=False, allow_subnormal=False),
        min_size=2,
        max_size=12,
    )
)
def test_bootstrap_interval_of_a_non_negative_quantity_never_goes_below_zero(values):
    mean, low, high = intervals.mean_interval(np.array([values]), resamples=200)
    assert low[0] >= 0
    assert low[0] <= mean[0] + 1e-9 and mean[0] <= high[0] + 1e-9
    assert high[0] <= max(values) + 1e-9


def test_t_interval_of_the_same_values_would_go_below_zero():
    # The method the report used before: 3 replications with one run far from the others.
    values = np.array([0.0, 0.0, 5340.0])
    half = stats.t.ppf(0.975, 2) * values.std(ddof=1) / np.sqrt(3)
    assert values.mean() - half < 0
    _, low, high = intervals.mean_interval(values[None, :])
    assert low[0] >= 0 and high[0] <= 5340.0


def test_group_intervals_bootstrap_groups_of_unequal_size_and_count_them():
    frame = pd.DataFrame({"point": [0, 0, 0, 1, 1, 2], "mw": [1.0, 2.0, 3.0, 10.0, 10.0, 7.0]})
    table = intervals.group_intervals(frame, ["point"], "mw", resamples=200).set_index("point")
    assert table["n"].tolist() == [3, 2, 1]
    assert table.loc[0, "low"] >= 1.0 and table.loc[0, "high"] <= 3.0
    assert table.loc[1, "low"] == table.loc[1, "high"] == 10.0  # constant: its value
    assert np.isnan(table.loc[2, "low"])  # one value: no interval


# Paired differences ---------------------------------------------------------------------------


def crn_results(common: bool, replications: int = 12, effect: float = 5.0) -> pd.DataFrame:
    """Two policies x two demand levels; each run's outcome = a level effect + its seed's noise.

    The noise depends on the seed only, as a model run's BTC path does, so runs that share a
    seed share their noise.
    """
    rows = []
    point = 0
    for demand in (0.5, 2.0):
        for policy in ("first_come", "ai_priority"):
            for k in range(replications):
                seed = 1000 + k if common else 1000 + 100 * point + k
                noise = np.random.default_rng(seed).normal(0, 100)
                value = 500 + 50 * demand + (effect if policy == "ai_priority" else 0) + noise
                rows.append(
                    {
                        "run_id": point * replications + k,
                        "point": point,
                        "replication": k,
                        "seed": seed,
                        "grid_policy": policy,
                        "ai_demand_scale": demand,
                        "mw_mining": max(value, 0.0),
                    }
                )
            point += 1
    return pd.DataFrame(rows)


def policy_differences(results: pd.DataFrame) -> pd.DataFrame:
    design = results.groupby("point")[["grid_policy", "ai_demand_scale"]].first()
    (comparison,) = paired.comparisons(design, ["grid_policy"], {"grid_policy": "first_come"})
    return paired.paired_differences(
        results, comparison, ["ai_demand_scale"], ["mw_mining"], resamples=1000
    ).set_index("stratum")


def test_paired_differences_on_common_random_numbers_recover_the_effect_with_a_narrow_interval():
    table = policy_differences(crn_results(common=True))
    overall = table.loc[paired.ALL_STRATA]
    assert overall["pairing"] == paired.PAIRED and overall["shared_seeds"] == "24/24"
    assert overall["pairs"] == 24
    assert overall["difference"] == pytest.approx(5.0)
    assert overall["low"] == pytest.approx(5.0) and overall["high"] == pytest.approx(5.0)
    assert set(table.index) == {"all", "ai_demand_scale = 0.5", "ai_demand_scale = 2.0"}


def test_comparison_without_shared_seeds_is_reported_unpaired_and_wider():
    table = policy_differences(crn_results(common=False))
    overall = table.loc[paired.ALL_STRATA]
    assert overall["pairing"] == paired.UNPAIRED and overall["shared_seeds"] == "0/24"
    assert overall["high"] - overall["low"] > 20  # the seeds' noise stays in the difference


def test_one_pair_with_another_seed_makes_the_comparison_unpaired():
    results = crn_results(common=True)
    results.loc[results.index[-1], "seed"] = 99
    overall = policy_differences(results).loc[paired.ALL_STRATA]
    assert overall["pairing"] == paired.UNPAIRED and overall["shared_seeds"] == "23/24"


def test_seeding_is_read_from_the_manifest_seeds():
    assert seeding(crn_results(common=True))[0]
    assert not seeding(crn_results(common=False))[0]


def test_a_baseline_that_is_not_a_level_is_refused():
    design = pd.DataFrame({"grid_policy": ["first_come", "ai_priority"]})
    with pytest.raises(ValueError, match="highest_bid"):
        paired.comparisons(design, None, {"grid_policy": "highest_bid"})


# Sensitivity ---------------------------------------------------------------------------------


def linear_sobol(n_base: int) -> tuple[dict, pd.DataFrame]:
    from SALib.sample import sobol

    problem = {"num_vars": 3, "names": ["a", "b", "c"], "bounds": [[0, 1]] * 3}
    x = sobol.sample(problem, n_base, calc_second_order=False, seed=3)
    # Var(4a) = 16/12, Var(b) = 1/12: S1 = ST = 16/17 and 1/17, c has none.
    y = 4 * x[:, 0] + x[:, 1]
    return problem, pd.DataFrame({"y": y})


def test_sobol_convergence_records_every_halving_and_converges_on_a_linear_model():
    problem, means = linear_sobol(1024)
    indices, history = sensitivity.sobol_indices(means, problem, ["y"])
    assert sorted(history["N"].unique()) == [8, 16, 32, 64, 128, 256, 512, 1024]
    top = indices.set_index("parameter")
    assert top.loc["a", "S1"] == pytest.approx(16 / 17, abs=0.03)
    assert top.loc["b", "ST"] == pytest.approx(1 / 17, abs=0.02)
    assert top.loc["a", "ST_ci95_low"] <= top.loc["a", "ST"] <= top.loc["a", "ST_ci95_high"]
    assert sensitivity.convergence_verdict(history, "y").startswith("converged")


def test_sobol_at_a_small_sample_is_not_declared_converged():
    problem, means = linear_sobol(8)
    rng = np.random.default_rng(0)
    means["y"] = means["y"] + rng.normal(0, 2, len(means))  # noisy replication means
    _, history = sensitivity.sobol_indices(means, problem, ["y"])
    assert not sensitivity.convergence_verdict(history, "y").startswith("converged")


def write_morris_sweep(path: Path) -> Path:
    path.write_text(
        'design = "morris"\nsamples = 6\nreplications = 1\nroot_seed = 4\n'
        "[vary]\nai_demand_scale = [0.0, 2.0]\nbtc_price_usd = [40000.0, 150000.0]\n"
        "btc_drift_annual = [-0.3, 0.3]\n[set]\nn_miners = 10\nhorizon_years = 0.2\n"
    )
    return path


def test_morris_design_has_trajectories_of_one_knob_step_each(tmp_path):
    sweep = parse_sweep(write_morris_sweep(tmp_path / "m.toml"))
    points = sweep.design_points()
    assert len(points) == 6 * (3 + 1)
    steps = points.to_numpy().reshape(6, 4, 3)
    changed = (np.diff(steps, axis=1) != 0).sum(axis=2)
    assert (changed == 1).all()


def test_morris_screening_ranks_the_knob_that_drives_the_outcome_first(tmp_path):
    sweep = parse_sweep(write_morris_sweep(tmp_path / "m.toml"))
    design = sweep.design_points()
    scaled = (design["btc_price_usd"] - 40000.0) / 110000.0
    means = pd.DataFrame({"y": 10 * scaled + 0.1 * design["ai_demand_scale"]})
    effects = sensitivity.morris_effects(design, means, sweep.salib_problem(), ["y"], 4)
    table = effects.set_index("parameter")
    assert table["mu_star"].idxmax() == "btc_price_usd"
    assert table.loc["btc_price_usd", "mu_star"] == pytest.approx(10.0)
    assert table.loc["btc_drift_annual", "mu_star"] == pytest.approx(0.0)


# Scenario discovery ---------------------------------------------------------------------------


def test_prim_finds_a_box_planted_in_synthetic_data():
    rng = np.random.default_rng(1)
    x = pd.DataFrame(
        {
            "btc_price_usd": rng.uniform(40000, 150000, 1000),
            "ai_demand_scale": rng.uniform(0, 2, 1000),
            "btc_drift_annual": rng.uniform(-0.3, 0.3, 1000),
        }
    )
    planted = (x["btc_price_usd"] < 70000) & (x["ai_demand_scale"] > 1.2)
    result = discovery.prim_box(x, planted.to_numpy(), density_min=0.9)
    limits = result.limits.set_index("parameter")
    assert set(limits.index) == {"btc_price_usd", "ai_demand_scale"}
    assert limits.loc["btc_price_usd", "high"] == pytest.approx(70000, rel=0.05)
    assert limits.loc["ai_demand_scale", "low"] == pytest.approx(1.2, abs=0.1)
    chosen = result.trajectory.set_index("id").loc[result.chosen]
    assert chosen["density"] >= 0.9 and chosen["coverage"] >= 0.85


def test_cart_separates_a_planted_categorical_outcome():
    rng = np.random.default_rng(2)
    x = pd.DataFrame(
        {
            "grid_policy": rng.choice(["first_come", "ai_priority", "highest_bid"], 600),
            "ai_demand_scale": rng.uniform(0, 2, 600),
        }
    )
    y = ((x["grid_policy"] == "ai_priority") & (x["ai_demand_scale"] > 1.0)).to_numpy()
    result = discovery.cart_tree(x, y)
    assert (result.leaves["density"] == 1.0).any()
    assert ((result.leaves["density"] == 1.0) * result.leaves["coverage"]).max() > 0.9


def test_outcome_names_final_values_years_of_a_time_series_and_knobs():
    results = pd.DataFrame(
        {
            "run_id": [0, 1],
            "point": [0, 1],
            "ai_demand_scale": [0.5, 2.0],
            "mw_mining": [10.0, 40.0],
            "mw_sites_total": [100.0, 100.0],
        }
    )
    series = pd.DataFrame(
        {
            "run_id": [0, 0, 1, 1],
            "date": pd.to_datetime(["2028-03-01", "2028-12-01", "2028-03-01", "2029-01-05"]),
            "ai_unserved_mw": [5.0, 30000.0, 25000.0, 1.0],
        }
    )
    cases = discovery.outcome_cases(results, series, ["ai_demand_scale"])
    outcome = discovery.evaluate_outcome(cases, "mw_mining_final >= 0.3 * mw_sites_total")
    assert outcome.tolist() == [False, True]
    # The last kept value dated in 2028: 30,000 MW for run 0, 25,000 MW for run 1.
    assert discovery.evaluate_outcome(cases, "ai_unserved_mw_2028 > 26000").tolist() == [
        True,
        False,
    ]
    assert discovery.evaluate_outcome(cases, "ai_demand_scale > 1").tolist() == [False, True]


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("mw_minig > 1", "mw_minig"),
        ("mw_mining + 1", "not a condition"),
        ("mw_mining >", "invalid syntax"),
    ],
)
def test_bad_outcome_is_one_clear_error(expression, message):
    cases = pd.DataFrame({"mw_mining": [1.0, 2.0]})
    with pytest.raises(discovery.OutcomeError, match=re.escape(message)):
        discovery.evaluate_outcome(cases, expression)


# Quantities ----------------------------------------------------------------------------------


def test_every_model_column_has_a_label_unit_and_range():
    table = column_table()
    assert set(MODEL_COLUMNS) <= set(table)
    assert set(table) <= set(MODEL_COLUMNS), "a row of columns.csv names no model column"
    for quantity in table.values():
        assert quantity.label and quantity.minimum <= quantity.maximum


def test_column_units_agree_with_the_odd_column_table():
    text = (ROOT / "docs" / "ODD.md").read_text(encoding="utf-8")
    text = text[text.index("### Model-level columns") :].split("\n## ")[0]
    rows = re.findall(r"^\| (`[a-z_`, ]+`) \| ([^|]*) \|", text, flags=re.MULTILINE)
    checked = 0
    for names, unit in rows:
        for name in re.findall(r"`([a-z_]+)`", names):
            if name in column_table() and unit.strip() not in ("date", "—", "0–10,000"):
                assert column_table()[name].unit == unit.strip(), name
                checked += 1
    assert checked >= 20


def test_axis_labels_carry_the_unit_from_the_parameter_and_column_tables():
    assert axis_label("mw_mining") == "Miner sites mining [MW]"
    assert axis_label("btc_price_usd") == "BTC price [USD]"  # the column, every tick
    assert axis_label("btc_price_usd", knob=True) == "BTC price on the start date [USD]"
    assert axis_label("ai_max_lease_usd_per_kw_month").endswith("[USD/kW-month]")


# The command -----------------------------------------------------------------------------------


def gridrush(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "experiments", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "COLUMNS": "200"},
    )


SMALL_GRID = """base = "baseline"
design = "grid"
replications = 3
root_seed = 9
[vary]
grid_policy = ["first_come", "ai_priority"]
ai_demand_scale = [0.5, 2.0]
[set]
n_miners = 15
horizon_years = 0.5
[metrics]
final = ["mw_sites_total", "mw_mining", "ai_unserved_mw", "hhi_power"]
timeseries = ["mw_mining"]
every = 4
[analysis]
outcome = "mw_mining_final >= 0.5 * mw_sites_total"
"""


@pytest.fixture(scope="module")
def small_grid(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("analysis")
    (root / "grid.toml").write_text(SMALL_GRID)
    result = gridrush("sweep", "grid.toml", "--out", "res", "--workers", "1", cwd=root)
    assert result.returncode == 0, result.stderr
    analysis = gridrush("analyze", "res", cwd=root)
    assert analysis.returncode == 0, analysis.stderr
    return root / "res"


def test_analyze_writes_a_report_whose_figures_exist_in_three_formats_with_their_tables(
    small_grid,
):
    out = small_grid / "analysis"
    report = (out / "report.md").read_text()
    for section in (
        "## Final values",
        "## Differences between levels",
        "## Results over time",
        "## Scenario discovery",
        "Too few replications",
    ):
        assert section in report
    figures = re.findall(r"!\[[^\]]*\]\(([^)]+)\.png\)", report)
    assert len(figures) >= 6
    for name in figures:
        for suffix in (".png", ".svg", ".pdf", ".csv"):
            assert (out / f"{name}{suffix}").stat().st_size > 0, name + suffix
    assert "Miner sites mining [MW]" in (out / "final_mw_mining.svg").read_text()
    # The pairing the report states is the one the manifest's seeds allow.
    manifest = pd.read_parquet(small_grid / "manifest.parquet")
    common = bool((manifest.groupby("replication")["seed"].nunique() == 1).all())
    differences = pd.read_csv(out / "differences_grid_policy.csv")
    expected = paired.PAIRED if common else paired.UNPAIRED
    assert (differences["pairing"] == expected).all()
    replications = pd.read_csv(out / "replications.csv")
    assert (replications["mw_mining_ci95_low"] >= 0).all()


def test_bad_analysis_setting_is_one_error_line_and_keeps_the_report(small_grid, tmp_path):
    before = (small_grid / "analysis" / "report.md").read_text()
    result = gridrush("analyze", str(small_grid), "--outcome", "mw_minig > 3", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "mw_minig" in lines[0]
    assert (small_grid / "analysis" / "report.md").read_text() == before


def test_analysis_notebook_executes(small_grid):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(ROOT / "experiments" / "analysis_notebook.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(small_grid.parent)}},
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GRIDRUSH_SWEEP", str(small_grid))
        client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 2


@pytest.mark.filterwarnings("ignore::FutureWarning")  # viz/notebook.ipynb has no cell ids yet
def test_viz_notebook_executes():
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(ROOT / "viz" / "notebook.ipynb", as_version=4)
    nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT)}},
    ).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
