"""Every bad input gets one line naming its file or key, exit status 2, and nothing written.

The cases are a table (:data:`SWEEP_CASES`, :data:`FOLDER_CASES`, :data:`COMMAND_CASES`) run
through the real command line in this process; ``docs/reliability.md`` counts them. Two
hypothesis tests fuzz the sweep-file parser and the price-file check.
"""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pandas as pd
import pytest
import tomli_w
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from abm import MODEL_COLUMNS, knob_specs
from abm.calibration import read_price_csv
from experiments.cli import app
from experiments.scenario_files import ScenarioError, check_price_csv
from experiments.sweep import DESIGNS, MAX_RUNS, SweepError, parse_sweep, run_sweep

runner = CliRunner()
HEAD = 'base = "baseline"\n'
VARY = "[vary]\nai_demand_scale = [0.5, 1.0]\n"
TINY = "[set]\nn_miners = 10\nhorizon_years = 0.2\n"
PRICES = "date,price_usd\n2025-11-18,90000\n2026-03-01,{price}\n"


def one_line(result) -> str:
    """The single error line of a refused command (exit 2, no traceback)."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    assert lines[0].startswith("gridrush: error: ")
    return lines[0]


def price_sweep(csv_text: str | bytes) -> dict[str, str | bytes]:
    return {
        "prices.csv": csv_text,
        "s.toml": HEAD + TINY + '[vary]\nbtc_price_csv = ["prices.csv"]\n',
    }


# name -> (files to write, the substring the error line must hold: the file or key at fault)
SWEEP_CASES: dict[str, tuple[dict[str, str | bytes], str]] = {
    "samples_a_list": ({"s.toml": HEAD + 'design = "lhs"\nsamples = [4]\n' + VARY}, "'samples'"),
    "samples_fractional": ({"s.toml": HEAD + 'design = "lhs"\nsamples = 2.7\n' + VARY}, "samples"),
    "samples_zero_lhs": ({"s.toml": HEAD + 'design = "lhs"\nsamples = 0\n' + VARY}, "samples"),
    "metrics_a_number": ({"s.toml": HEAD + "metrics = 5\n" + VARY}, "[metrics]"),
    "final_a_number": ({"s.toml": HEAD + VARY + "[metrics]\nfinal = 5\n"}, "[metrics] final"),
    "final_a_string": (
        {"s.toml": HEAD + VARY + '[metrics]\nfinal = "mw_mining"\n'},
        "[metrics] final",
    ),
    "metrics_key_typo": (
        {"s.toml": HEAD + VARY + '[metrics]\nfinall = ["mw_mining"]\n'},
        "'finall'",
    ),
    "unknown_metric": ({"s.toml": HEAD + VARY + '[metrics]\nfinal = ["mw"]\n'}, "'mw'"),
    "every_zero": ({"s.toml": HEAD + VARY + "[metrics]\nevery = 0\n"}, "'every'"),
    "description_a_number": ({"s.toml": HEAD + "description = 5\n" + VARY}, "'description'"),
    "replications_true": ({"s.toml": HEAD + "replications = true\n" + VARY}, "'replications'"),
    "replications_fractional": (
        {"s.toml": HEAD + "replications = 1.9\n" + VARY},
        "'replications'",
    ),
    "replications_a_string": (
        {"s.toml": HEAD + 'replications = "3"\n' + VARY},
        "'replications'",
    ),
    "replications_zero": ({"s.toml": HEAD + "replications = 0\n" + VARY}, "'replications'"),
    "root_seed_negative": ({"s.toml": HEAD + "root_seed = -1\n" + VARY}, "'root_seed'"),
    "root_seed_a_string": ({"s.toml": HEAD + 'root_seed = "x"\n' + VARY}, "'root_seed'"),
    "crn_not_a_boolean": (
        {"s.toml": HEAD + 'common_random_numbers = "yes"\n' + VARY},
        "'common_random_numbers'",
    ),
    "vary_seed": ({"s.toml": HEAD + "[vary]\nseed = [1, 2]\n"}, "[vary] seed"),
    "set_seed": ({"s.toml": HEAD + VARY + "[set]\nseed = 3\n"}, "[set] seed"),
    "design_a_number": ({"s.toml": HEAD + "design = 5\n" + VARY}, "'design'"),
    "design_unknown": ({"s.toml": HEAD + 'design = "random"\n' + VARY}, "random"),
    "base_a_number": ({"s.toml": "base = 5\n" + VARY}, "'base'"),
    "base_missing_file": ({"s.toml": 'base = "nowhere.toml"\n' + VARY}, "nowhere.toml"),
    "base_unknown_key": (
        {"b.toml": "[knobz]\nn_miners = 3\n", "s.toml": 'base = "b.toml"\n' + VARY},
        "b.toml",
    ),
    "base_not_utf8": (
        {"b.toml": b"description = '\xff\xfe'\n", "s.toml": 'base = "b.toml"\n' + VARY},
        "b.toml",
    ),
    "sweep_not_utf8": ({"s.toml": b"base = '\xff'\n[vary]\nn_miners = [10]\n"}, "s.toml"),
    "sweep_not_toml": ({"s.toml": "base = \n[vary\n"}, "s.toml"),
    "vary_a_number": ({"s.toml": HEAD + "vary = 5\n"}, "[vary]"),
    "vary_empty": ({"s.toml": HEAD + "[vary]\n"}, "zero runs"),
    "vary_nested_list": ({"s.toml": HEAD + "[vary]\nai_demand_scale = [[1, 2]]\n"}, "ai_demand"),
    "vary_repeated_value": (
        {"s.toml": HEAD + "[vary]\nai_demand_scale = [1.0, 1.0]\n"},
        "ai_demand_scale",
    ),
    "vary_unknown_knob": ({"s.toml": HEAD + "[vary]\nwarp_speed = [1, 2]\n"}, "warp_speed"),
    "vary_out_of_range": ({"s.toml": HEAD + "[vary]\nn_miners = [10, 0]\n"}, "n_miners"),
    "vary_bad_date": ({"s.toml": HEAD + '[vary]\nstart_date = ["soon"]\n'}, "start_date"),
    "lhs_range_of_strings": (
        {"s.toml": HEAD + 'design = "lhs"\nsamples = 3\n[vary]\nai_demand_scale = ["a", "b"]\n'},
        "ai_demand_scale",
    ),
    "set_a_string_for_an_int": (
        {"s.toml": HEAD + VARY + '[set]\nn_miners = "many"\n'},
        "n_miners",
    ),
    "unknown_top_key": ({"s.toml": HEAD + "replicatons = 3\n" + VARY}, "'replicatons'"),
    "horizon_shorter_than_a_tick": (
        {"s.toml": HEAD + VARY + "[set]\ntick_days = 365\nhorizon_years = 0.02\n"},
        "horizon_years",
    ),
    "price_inf": (price_sweep(PRICES.format(price="inf")), "prices.csv"),
    "price_1e308": (price_sweep(PRICES.format(price="1e308")), "prices.csv"),
    "price_negative": (price_sweep(PRICES.format(price="-5")), "prices.csv"),
    "price_not_a_number": (price_sweep(PRICES.format(price="lots")), "prices.csv"),
    "price_missing": (price_sweep(PRICES.format(price="")), "prices.csv"),
    "price_dates_unsorted": (
        price_sweep("date,price_usd\n2026-03-01,90000\n2025-11-18,80000\n"),
        "prices.csv",
    ),
    "price_dates_repeated": (
        price_sweep("date,price_usd\n2025-11-18,90000\n2025-11-18,80000\n"),
        "prices.csv",
    ),
    "price_bad_date": (price_sweep("date,price_usd\nyesterday,90000\n"), "prices.csv"),
    "price_wrong_columns": (price_sweep("day,usd\n2025-11-18,90000\n"), "prices.csv"),
    "price_not_utf8": (price_sweep(b"date,price_usd\n2025-11-18,\xff\xfe\n"), "prices.csv"),
    "price_empty_file": (price_sweep(""), "prices.csv"),
    "price_no_rows": (price_sweep("date,price_usd\n"), "prices.csv"),
    "price_missing_file": (
        {"s.toml": HEAD + TINY + '[vary]\nbtc_price_csv = ["gone.csv"]\n'},
        "gone.csv",
    ),
}


def write_files(folder: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


@pytest.mark.parametrize("case", list(SWEEP_CASES))
def test_bad_sweep_input_is_one_line_naming_the_file_or_key(tmp_path, monkeypatch, case):
    files, named = SWEEP_CASES[case]
    write_files(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    line = one_line(runner.invoke(app, ["sweep", "s.toml", "--out", "out"]))
    assert named in line
    assert "s.toml" in line or named.endswith((".csv", ".toml"))
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(files)


@pytest.fixture(scope="module")
def finished(tmp_path_factory) -> Path:
    """A finished 2-run sweep folder."""
    base = tmp_path_factory.mktemp("finished")
    (base / "s.toml").write_text(HEAD + TINY + VARY)
    run_sweep(base / "s.toml", base / "out", in_process=True)
    return base / "out"


def corrupt_marker(text: str):
    def damage(folder: Path) -> None:
        (folder / ".gridrush-sweep.json").write_text(text)

    return damage


def old_format(folder: Path) -> None:
    (folder / ".gridrush-sweep.json").write_text(json.dumps({"fingerprint": "ab", "source": "x"}))


def runs_a_file(folder: Path) -> None:
    shutil.rmtree(folder / "runs")
    (folder / "runs").write_text("not a folder")


def manifest_wrong_columns(folder: Path) -> None:
    pd.DataFrame({"x": [1]}).to_parquet(folder / "manifest.parquet")


def manifest_garbage(folder: Path) -> None:
    (folder / "manifest.parquet").write_bytes(b"garbage")


def sweep_copy_gone(folder: Path) -> None:
    (folder / "sweep.toml").unlink()


# name -> (damage to a finished folder, command (FOLDER is replaced), substring of the line)
FOLDER_CASES = {
    "marker_a_json_array_analyze": (corrupt_marker("[1, 2]"), ["analyze"], ".gridrush-sweep.json"),
    "marker_a_json_array_resume": (corrupt_marker("[1, 2]"), ["sweep"], ".gridrush-sweep.json"),
    "marker_garbage_analyze": (corrupt_marker("{nope"), ["analyze"], ".gridrush-sweep.json"),
    "marker_garbage_resume": (corrupt_marker("{nope"), ["sweep"], ".gridrush-sweep.json"),
    "marker_old_format_resume": (old_format, ["sweep"], "another format"),
    "runs_a_file_analyze": (runs_a_file, ["analyze"], "runs"),
    "runs_a_file_resume": (runs_a_file, ["sweep"], "runs"),
    "manifest_wrong_columns_analyze": (manifest_wrong_columns, ["analyze"], "manifest.parquet"),
    "manifest_garbage_analyze": (manifest_garbage, ["analyze"], "manifest.parquet"),
    "sweep_copy_gone_analyze": (sweep_copy_gone, ["analyze"], "sweep.toml"),
    "sweep_copy_gone_resume": (sweep_copy_gone, ["sweep"], "sweep.toml"),
}


@pytest.mark.parametrize("case", list(FOLDER_CASES))
def test_a_damaged_folder_is_one_line_naming_the_file(finished, tmp_path, case):
    damage, command, named = FOLDER_CASES[case]
    folder = tmp_path / "copy"
    shutil.copytree(finished, folder)
    damage(folder)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    args = [*command, str(folder)] + (["--in-process"] if command == ["sweep"] else [])
    line = one_line(runner.invoke(app, args))
    assert named in line
    after = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert after == before


# name -> (files, command, substring of the line)
COMMAND_CASES = {
    "run_horizon_shorter_than_a_tick": (
        {},
        ["run", "--set", "tick_days=365", "--set", "horizon_years=0.02"],
        "horizon_years",
    ),
    "run_price_inf": (
        {"prices.csv": PRICES.format(price="inf")},
        ["run", "--set", "btc_price_csv=prices.csv"],
        "prices.csv",
    ),
    "run_scenario_not_utf8": (
        {"sc.toml": b"description = '\xff'\n"},
        ["run", "sc.toml"],
        "sc.toml",
    ),
    "run_scenario_description_a_number": (
        {"sc.toml": "description = 5\n"},
        ["run", "sc.toml"],
        "'description'",
    ),
    "run_scenario_price_beside_it_unsorted": (
        {
            "p.csv": "date,price_usd\n2026-03-01,90000\n2025-11-18,80000\n",
            "sc.toml": '[knobs]\nbtc_price_csv = "p.csv"\n',
        },
        ["run", "sc.toml"],
        "p.csv",
    ),
    "sweep_no_worker_timeout_zero": (
        {"s.toml": HEAD + VARY},
        ["sweep", "s.toml", "--no-worker-timeout", "0"],
        "--no-worker-timeout",
    ),
    "sweep_in_process_with_workers": (
        {"s.toml": HEAD + VARY},
        ["sweep", "s.toml", "--in-process", "--workers", "2"],
        "--in-process",
    ),
    "sweep_a_folder_that_is_not_a_sweep": ({"notes.txt": "hi"}, ["sweep", "."], "."),
    "sweep_file_missing": ({}, ["sweep", "gone.toml"], "gone.toml"),
}


@pytest.mark.parametrize("case", list(COMMAND_CASES))
def test_bad_command_input_is_one_line(tmp_path, monkeypatch, case):
    files, args, named = COMMAND_CASES[case]
    write_files(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    assert named in one_line(runner.invoke(app, args))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(files)


def test_resuming_a_folder_with_another_out_is_one_line(finished, tmp_path):
    line = one_line(runner.invoke(app, ["sweep", str(finished), "--out", str(tmp_path / "x")]))
    assert "drop --out" in line and not (tmp_path / "x").exists()


# ---------------------------------------------------------------- fuzzing

SCALARS = st.one_of(
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=10),
    st.dates(),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)
KNOBS = st.sampled_from([*knob_specs(), "seed", "warp_speed"])
NUMBERS = st.one_of(st.integers(-3, 6), st.floats(-1, 5), VALUES)
VARY_TABLES = st.dictionaries(
    KNOBS,
    st.one_of(st.lists(SCALARS, max_size=3), st.lists(st.floats(0, 3), min_size=2, max_size=2)),
    max_size=3,
)
SWEEP_FILES = st.fixed_dictionaries(
    {},
    optional={
        "base": st.one_of(st.sampled_from(["baseline", "btc_bear", "nowhere.toml"]), VALUES),
        "design": st.one_of(st.sampled_from(DESIGNS), VALUES),
        "samples": NUMBERS,
        "replications": NUMBERS,
        "root_seed": NUMBERS,
        "common_random_numbers": st.one_of(st.booleans(), VALUES),
        "vary": st.one_of(VARY_TABLES, VALUES),
        "set": st.one_of(st.dictionaries(KNOBS, SCALARS, max_size=3), VALUES),
        "metrics": st.one_of(
            st.fixed_dictionaries(
                {},
                optional={
                    "final": st.one_of(
                        st.lists(st.sampled_from([*MODEL_COLUMNS, "m"]), max_size=3), VALUES
                    ),
                    "timeseries": st.lists(st.sampled_from([*MODEL_COLUMNS, "m"]), max_size=2),
                    "every": NUMBERS,
                    "finall": VALUES,
                },
            ),
            VALUES,
        ),
        "description": VALUES,
        "extra": VALUES,
    },
)


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(content=SWEEP_FILES)
def test_the_sweep_parser_accepts_or_refuses_any_file_with_one_line_naming_it(tmp_path, content):
    path = tmp_path / "fuzz.toml"
    try:
        path.write_text(tomli_w.dumps(content), encoding="utf-8")
    except (TypeError, ValueError):
        assume(False)
    try:
        sweep = parse_sweep(path)
    except SweepError as error:
        message = str(error)
        assert "\n" not in message and str(path) in message, message
    else:
        # An accepted sweep has runs to do, and no more than the stated limit.
        assert sweep.n_points >= 1 and sweep.replications >= 1
        assert sweep.n_points * sweep.replications <= MAX_RUNS
        assert len(sweep.design_points()) == sweep.n_points


PRICE_CELLS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-5, 10**9).map(str),
    st.text(alphabet="0123456789.e-+x ", max_size=6),
)
DATE_CELLS = st.one_of(
    st.dates(min_value=pd.Timestamp("2000-01-01").date()).map(str),
    st.text(alphabet="0123456789-/ ", max_size=10),
)


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.tuples(DATE_CELLS, PRICE_CELLS), max_size=5))
def test_a_price_file_is_refused_naming_it_or_reads_into_a_finite_increasing_path(
    tmp_path_factory, rows
):
    path = tmp_path_factory.mktemp("prices") / "p.csv"
    path.write_text("date,price_usd\n" + "".join(f"{d},{p}\n" for d, p in rows))
    try:
        check_price_csv(path)
    except ScenarioError as error:
        assert str(path) in str(error) and "\n" not in str(error)
    else:
        prices = read_price_csv(str(path))
        assert len(prices) == len(rows)
        assert prices.index.is_monotonic_increasing and prices.index.is_unique
        assert all(math.isfinite(p) and p > 0 for p in prices)
