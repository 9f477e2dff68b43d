"""End-to-end tests of the gridrush command line: runs, scenarios, sweeps, analysis, bad input."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import dask.config
import pandas as pd
import pytest
from typer.testing import CliRunner

import experiments
from experiments.cli import app
from experiments.sweep import (
    check_folder,
    connect,
    parse_sweep,
    prepare_folder,
    run_seed,
    worker_environment,
)

runner = CliRunner()
SMALL = ["--set", "n_miners=20", "--set", "horizon_years=0.5"]


def gridrush(
    *args: str, cwd: Path | None = None, timeout: float = 300
) -> subprocess.CompletedProcess:
    """Run the real command in a fresh interpreter (as a user would)."""
    return subprocess.run(
        [sys.executable, "-m", "experiments", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "COLUMNS": "200"},
    )


def write_sweep(path: Path, design: str = "grid", replications: int = 2, extra: str = "") -> Path:
    vary = {
        "grid": 'ai_demand_scale = [0.0, 1.0]\ngrid_policy = ["first_come", "ai_priority"]',
        "lhs": "ai_demand_scale = [0.0, 2.0]\nbtc_drift_annual = [-0.3, 0.3]",
        "sobol": "ai_demand_scale = [0.0, 2.0]\nbtc_price_usd = [40000.0, 150000.0]",
    }[design]
    samples = {"grid": "", "lhs": "samples = 4", "sobol": "samples = 4"}[design]
    path.write_text(
        f"""base = "baseline"
design = "{design}"
{samples}
replications = {replications}
root_seed = 5
{extra}
[vary]
{vary}
[set]
n_miners = 20
horizon_years = 0.5
[metrics]
final = ["mw_mining", "mw_leased", "hashprice_usd_per_ph_day", "ai_unserved_mw"]
timeseries = ["mw_mining"]
every = 4
""",
        encoding="utf-8",
    )
    return path


def file_stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder``: relative path -> (size, modification time in ns)."""
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def results_table(folder: Path) -> pd.DataFrame:
    frame = experiments.load(folder)
    return frame.drop(columns=["wall_s"]).sort_values("run_id").reset_index(drop=True)


# ---------------------------------------------------------------- one run


def test_run_writes_tables_scenario_and_figure_and_prints_summary(tmp_path):
    out = tmp_path / "run"
    result = runner.invoke(app, ["run", *SMALL, "--seed", "3", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Market structure at the end of 'baseline' (seed 3)" in result.output
    assert "MW leased" in result.output and "hashprice" in result.output
    model = pd.read_parquet(out / "model.parquet")
    agents = pd.read_parquet(out / "agents.parquet")
    assert len(model) == 27 and "hhi_power" in model
    # One row per fleet row (public sites come in tranches) and tick.
    assert len(agents) % 27 == 0 and len(agents) // 27 >= 20
    assert (out / "scenario.toml").is_file()
    assert (out / "market_structure.png").stat().st_size > 5000


def test_resolved_scenario_file_repeats_the_run_exactly(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert runner.invoke(app, ["run", *SMALL, "--seed", "9", "--out", str(first)]).exit_code == 0
    result = runner.invoke(app, ["run", str(first / "scenario.toml"), "--out", str(second)])
    assert result.exit_code == 0, result.output
    pd.testing.assert_frame_equal(
        pd.read_parquet(first / "model.parquet"), pd.read_parquet(second / "model.parquet")
    )


def test_run_without_arguments_uses_baseline_in_a_fresh_runs_folder(tmp_path):
    result = gridrush("run", "--set", "n_miners=15", "--set", "horizon_years=0.3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    folders = list((tmp_path / "runs").iterdir())
    assert len(folders) == 1 and folders[0].name.startswith("baseline-")


def test_scenarios_lists_the_named_scenarios_one_line_each():
    result = runner.invoke(app, ["scenarios"])
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    names = {line.split()[0] for line in lines}
    assert {"baseline", "btc_bear", "ai_boom", "ai_slowdown", "ai_priority_grid"} <= names
    assert len(lines) == len(names)


@pytest.mark.parametrize(
    "name", ["baseline", "btc_bear", "ai_boom", "ai_slowdown", "ai_priority_grid"]
)
def test_every_named_scenario_runs(tmp_path, name):
    result = runner.invoke(app, ["run", name, *SMALL, "--out", str(tmp_path / name)])
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------- bad input


def one_error_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_malformed_scenario_file_is_one_error_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("knobs = [unclosed\n")
    assert "bad.toml" in one_error_line(gridrush("run", str(bad), cwd=tmp_path))


def test_unknown_knob_is_one_error_line(tmp_path):
    assert "n_minerz" in one_error_line(gridrush("run", "--set", "n_minerz=3", cwd=tmp_path))


def test_out_of_range_value_is_one_error_line(tmp_path):
    assert "ai_demand_scale" in one_error_line(
        gridrush("run", "--set", "ai_demand_scale=-2", cwd=tmp_path)
    )


def test_unwritable_output_folder_is_one_error_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert "file" in one_error_line(
        gridrush("run", *SMALL, "--out", str(blocker / "sub"), cwd=tmp_path)
    )


def test_sweep_of_zero_runs_is_refused(tmp_path):
    empty = tmp_path / "empty.toml"
    empty.write_text('base = "baseline"\ndesign = "grid"\n[vary]\n')
    assert "zero runs" in one_error_line(
        gridrush("sweep", str(empty), "--out", str(tmp_path / "o"), cwd=tmp_path)
    )
    assert not (tmp_path / "o").exists()


def test_sweep_with_unknown_knob_is_refused(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('base = "baseline"\n[vary]\nwarp_speed = [1, 2]\n')
    assert "warp_speed" in one_error_line(gridrush("sweep", str(bad), cwd=tmp_path))


def test_sweep_naming_a_missing_base_file_is_refused(tmp_path):
    bad = tmp_path / "sweep.toml"
    bad.write_text('base = "nowhere.toml"\n[vary]\nn_miners = [10, 20]\n')
    line = one_error_line(gridrush("sweep", str(bad), "--out", str(tmp_path / "o"), cwd=tmp_path))
    assert "nowhere.toml" in line and "looked beside" in line
    assert not (tmp_path / "o").exists()


def test_base_file_is_read_beside_the_sweep_file_and_kept_in_the_results(tmp_path):
    project, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    project.mkdir()
    elsewhere.mkdir()
    (project / "cheap_btc.toml").write_text(
        'description = "BTC at 50k"\n[knobs]\nbtc_price_usd = 50000.0\n'
        "btc_volatility_annual = 0.0\n"
    )
    sweep = project / "sweep.toml"
    sweep.write_text(
        'base = "cheap_btc.toml"\nreplications = 1\n[vary]\nai_demand_scale = [0.0, 1.0]\n'
        '[set]\nn_miners = 15\nhorizon_years = 0.2\n[metrics]\nfinal = ["btc_price_usd"]\n'
    )
    folder = tmp_path / "results"
    result = gridrush("sweep", str(sweep), "--out", str(folder), "--workers", "1", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert "btc_price_usd = 50000.0" in (folder / "base.toml").read_text()
    # The folder stands on its own: analysis works once the original files are gone.
    shutil.rmtree(project)
    analysis = gridrush("analyze", str(folder), cwd=elsewhere)
    assert analysis.returncode == 0, analysis.stderr
    results = experiments.load(folder)
    assert len(results) == 2
    # Runs started from the base file's price (the baseline's is about 90,000 USD).
    assert results["btc_price_usd"].between(45000, 60000).all(), results["btc_price_usd"]


def test_malformed_sweep_file_is_one_error_line(tmp_path):
    bad = tmp_path / "bad_sweep.toml"
    bad.write_text('base = "baseline"\n[vary\nn_miners = [10, 20]\n')
    assert "bad_sweep.toml" in one_error_line(
        gridrush("sweep", str(bad), "--out", str(tmp_path / "o"), cwd=tmp_path)
    )
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    ("design", "vary"),
    [
        ("grid", "n_miners = [10, 0]"),
        ("lhs", "ai_demand_scale = [-1.0, 1.0]"),
        ("grid", 'grid_policy = ["first_come", "lottery"]'),
    ],
)
def test_out_of_range_sweep_value_is_refused_before_anything_is_written(tmp_path, design, vary):
    bad = tmp_path / "range.toml"
    bad.write_text(f'base = "baseline"\ndesign = "{design}"\nsamples = 4\n[vary]\n{vary}\n')
    knob = vary.split()[0]
    assert knob in one_error_line(
        gridrush("sweep", str(bad), "--out", str(tmp_path / "o"), cwd=tmp_path)
    )
    assert not (tmp_path / "o").exists()


def test_unwritable_sweep_folder_is_one_error_line(tmp_path):
    sweep = write_sweep(tmp_path / "s.toml", replications=1)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert "file" in one_error_line(
        gridrush("sweep", str(sweep), "--out", str(blocker / "sub"), cwd=tmp_path)
    )
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("address", ["nonsense://127.0.0.1:1", "tcp://127.0.0.1:notaport"])
def test_bad_scheduler_address_is_one_error_line_and_writes_nothing(tmp_path, address):
    sweep = write_sweep(tmp_path / "s.toml", replications=1)
    line = one_error_line(
        gridrush("sweep", str(sweep), "--out", str(tmp_path / "o"), "--scheduler", address)
    )
    assert address in line
    assert not (tmp_path / "o").exists()


def test_unknown_scenario_name_is_one_error_line(tmp_path):
    assert "btc_moon" in one_error_line(gridrush("run", "btc_moon", cwd=tmp_path))


def test_run_refuses_a_non_empty_output_folder_and_leaves_it_alone(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "model.parquet").write_text("an earlier result")
    assert "not empty" in one_error_line(
        gridrush("run", *SMALL, "--out", str(folder), cwd=tmp_path)
    )
    assert [p.name for p in folder.iterdir()] == ["model.parquet"]
    assert (folder / "model.parquet").read_text() == "an earlier result"


def test_load_refuses_a_folder_that_is_not_a_sweep(tmp_path):
    with pytest.raises(ValueError, match="not a gridrush sweep"):
        experiments.load(tmp_path)


def test_analyze_refuses_a_folder_that_is_not_a_sweep(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    assert "not a gridrush sweep" in one_error_line(
        gridrush("analyze", str(tmp_path), cwd=tmp_path)
    )
    assert (tmp_path / "notes.txt").read_text() == "hello"


def test_sweep_refuses_a_foreign_non_empty_folder_and_leaves_it_alone(tmp_path):
    sweep = write_sweep(tmp_path / "s.toml")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "thesis.tex").write_text("precious")
    assert "not a gridrush sweep" in one_error_line(
        gridrush("sweep", str(sweep), "--out", str(folder), cwd=tmp_path)
    )
    assert sorted(p.name for p in folder.iterdir()) == ["thesis.tex"]


@pytest.mark.parametrize("damaged", ["manifest.parquet", "runs/run-000002.parquet"])
def test_corrupt_results_folder_is_refused_by_load(serial_grid, tmp_path, damaged):
    folder = serial_grid.copy_to(tmp_path / "res")
    (folder / damaged).write_bytes(b"garbage")
    with pytest.raises(ValueError, match="cannot read"):
        experiments.load(folder)
    assert "cannot read" in one_error_line(gridrush("analyze", str(folder), cwd=tmp_path))


def test_folder_left_by_a_driver_killed_while_laying_it_out_resumes(tmp_path):
    sweep_file = write_sweep(tmp_path / "s.toml", replications=1)
    sweep = parse_sweep(sweep_file)
    folder = tmp_path / "res"
    prepare_folder(sweep, sweep_file, folder)
    (folder / "sweep.toml").unlink()
    (folder / "design.parquet").unlink()
    (folder / ".manifest.parquet.999.tmp").write_bytes(b"half a file")
    assert check_folder(sweep, folder) is True
    prepare_folder(sweep, sweep_file, folder)
    assert (folder / "sweep.toml").read_text() == sweep_file.read_text()
    assert len(pd.read_parquet(folder / "design.parquet")) == 4


def test_folder_holding_only_temporary_files_counts_as_empty(tmp_path):
    sweep_file = write_sweep(tmp_path / "s.toml", replications=1)
    folder = tmp_path / "res"
    folder.mkdir()
    (folder / ".gridrush-sweep.json.999.tmp").write_text("{")
    assert check_folder(parse_sweep(sweep_file), folder) is False


# ---------------------------------------------------------------- sweeps


@dataclass(frozen=True)
class FinishedSweep:
    """A grid sweep (4 points x 2 replications) run once on one worker for the module."""

    sweep_file: Path
    folder: Path
    table: pd.DataFrame

    def copy_to(self, destination: Path) -> Path:
        """A private copy of the finished results folder (timestamps kept)."""
        shutil.copytree(self.folder, destination)
        return destination


@pytest.fixture(scope="module")
def serial_grid(tmp_path_factory) -> FinishedSweep:
    base = tmp_path_factory.mktemp("serial")
    sweep = write_sweep(base / "grid.toml")
    folder = base / "out"
    result = gridrush("sweep", str(sweep), "--out", str(folder), "--workers", "1", cwd=base)
    assert result.returncode == 0, result.stderr
    return FinishedSweep(sweep, folder, results_table(folder))


def test_grid_sweep_has_every_run_once_with_common_seeds_per_replication(serial_grid):
    table = serial_grid.table
    assert len(table) == 4 * 2
    assert table["run_id"].is_unique and (table["status"] == "finished").all()
    assert table.groupby("replication")["seed"].nunique().eq(1).all()
    assert table["seed"].nunique() == 2
    assert set(table["grid_policy"]) == {"first_come", "ai_priority"}


def test_run_seeds_depend_only_on_root_seed_point_and_replication():
    assert run_seed(5, 3, 1) == run_seed(5, 3, 1)
    assert len({run_seed(5, 3, 1), run_seed(5, 1, 3), run_seed(6, 3, 1), run_seed(5, 3, 2)}) == 4


def test_two_workers_give_the_serial_results(serial_grid, tmp_path):
    result = gridrush(
        "sweep",
        str(serial_grid.sweep_file),
        "--out",
        str(tmp_path / "two"),
        "--workers",
        "2",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    pd.testing.assert_frame_equal(results_table(tmp_path / "two"), serial_grid.table)


def test_rerun_on_a_finished_folder_skips_everything(serial_grid, tmp_path):
    folder = serial_grid.copy_to(tmp_path / "again")
    stamps = file_stamps(folder)
    result = gridrush(
        "sweep", str(serial_grid.sweep_file), "--out", str(folder), "--workers", "1", cwd=tmp_path
    )
    assert result.returncode == 0 and "8 already finished" in result.stdout
    runs_before = {k: v for k, v in stamps.items() if k.startswith("runs/")}
    runs_after = {k: v for k, v in file_stamps(folder).items() if k.startswith("runs/")}
    assert runs_before == runs_after


def test_changed_sweep_file_on_existing_folder_is_refused_and_results_kept(serial_grid, tmp_path):
    folder = serial_grid.copy_to(tmp_path / "res")
    stamps = file_stamps(folder)
    changed = tmp_path / "changed.toml"
    changed.write_text(serial_grid.sweep_file.read_text().replace("root_seed = 5", "root_seed = 6"))
    assert "another sweep: root_seed" in one_error_line(
        gridrush("sweep", str(changed), "--out", str(folder), cwd=tmp_path)
    )
    assert file_stamps(folder) == stamps
    pd.testing.assert_frame_equal(results_table(folder), serial_grid.table)


def test_reformatted_sweep_file_is_the_same_sweep(serial_grid, tmp_path):
    folder = serial_grid.copy_to(tmp_path / "res")
    reformatted = tmp_path / "reformatted.toml"
    text = serial_grid.sweep_file.read_text()
    reformatted.write_text("# same sweep, other layout\n" + text.replace(" = ", "   =   "))
    result = gridrush(
        "sweep", str(reformatted), "--out", str(folder), "--workers", "1", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "8 already finished" in result.stdout


@pytest.mark.parametrize("design", ["lhs", "sobol"])
def test_lhs_and_sobol_sweeps_run_and_analyze(tmp_path, design):
    sweep = write_sweep(tmp_path / f"{design}.toml", design=design, replications=1)
    folder = tmp_path / design
    result = gridrush("sweep", str(sweep), "--out", str(folder), "--workers", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    table = experiments.load(folder)
    expected = 4 if design == "lhs" else 4 * (2 + 2)
    assert len(table) == expected
    analysis = gridrush("analyze", str(folder), cwd=tmp_path)
    assert analysis.returncode == 0, analysis.stderr
    report = (folder / "analysis" / "report.md").read_text()
    assert "95 %" in report
    assert list((folder / "analysis").glob("*.png"))
    if design == "sobol":
        sobol = pd.read_csv(folder / "analysis" / "sobol.csv")
        assert {"S1", "S1_ci95", "ST", "ST_ci95"} <= set(sobol.columns)
        assert set(sobol["parameter"]) == {"ai_demand_scale", "btc_price_usd"}


def test_grid_analysis_reports_means_and_intervals(serial_grid, tmp_path):
    folder = serial_grid.copy_to(tmp_path / "g")
    assert gridrush("analyze", str(folder), cwd=tmp_path).returncode == 0
    table = pd.read_csv(folder / "analysis" / "replications.csv")
    assert len(table) == 4
    assert (table["mw_mining_ci95_low"] <= table["mw_mining_mean"]).all()
    assert (table["mw_mining_mean"] <= table["mw_mining_ci95_high"]).all()
    assert (folder / "analysis" / "report.md").is_file()


def test_timeseries_load_in_long_form(serial_grid):
    series = experiments.load(serial_grid.folder, timeseries=True)
    assert {"run_id", "tick", "mw_mining", "ai_demand_scale"} <= set(series.columns)
    assert series.groupby("run_id")["tick"].nunique().eq(7).all()  # ticks 0, 4, ..., 24


def test_failed_run_is_recorded_and_the_command_exits_nonzero(tmp_path, monkeypatch):
    import experiments.sweep

    def sweep_with_a_failed_run(*args, **kwargs):
        return experiments.sweep.SweepOutcome(4, 0, 3, 1, 0.1)

    monkeypatch.setattr(experiments.sweep, "run_sweep", sweep_with_a_failed_run)
    sweep = write_sweep(tmp_path / "s.toml", replications=1)
    result = runner.invoke(app, ["sweep", str(sweep), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1, result.output
    assert "1 run(s) failed" in result.stderr


# ---------------------------------------------------------------- interruptions and clusters


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_runs(folder: Path, count: int, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if len(list((folder / "runs").glob("run-*.parquet"))) >= count:
            return
        time.sleep(0.1)
    raise AssertionError(f"fewer than {count} runs finished in {timeout} s")


@pytest.mark.slow
def test_sigkilled_sweep_resumes_to_the_uninterrupted_results(tmp_path):
    sweep = write_sweep(tmp_path / "big.toml", replications=6)  # 24 runs
    reference = tmp_path / "reference"
    assert (
        gridrush(
            "sweep", str(sweep), "--out", str(reference), "--workers", "2", cwd=tmp_path
        ).returncode
        == 0
    )
    folder = tmp_path / "killed"
    driver = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "experiments",
            "sweep",
            str(sweep),
            "--out",
            str(folder),
            "--workers",
            "1",
        ],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for_runs(folder, 3)
    finally:
        os.killpg(driver.pid, signal.SIGKILL)
        driver.wait()
    partial = len(list((folder / "runs").glob("run-*.parquet")))
    assert 3 <= partial < 24
    result = gridrush("sweep", str(sweep), "--out", str(folder), "--workers", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # Runs finishing between the count and the kill are also kept: at least `partial` skipped.
    skipped = int(result.stdout.split(" already finished")[0].split()[-1])
    assert skipped >= partial
    pd.testing.assert_frame_equal(results_table(folder), results_table(reference))


@pytest.fixture
def dask_cluster(tmp_path):
    """A real `dask scheduler` and two `dask worker` processes on 127.0.0.1."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    bin_dir = Path(sys.executable).parent
    scheduler = subprocess.Popen(
        [
            str(bin_dir / "dask"),
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-dashboard",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        cwd=tmp_path,
    )
    workers = [
        subprocess.Popen(
            [
                str(bin_dir / "dask"),
                "worker",
                address,
                "--nthreads",
                "1",
                "--no-dashboard",
                "--host",
                "127.0.0.1",
                "--name",
                f"w{k}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            cwd=tmp_path,
            env={**os.environ, **worker_environment()},
        )
        for k in range(2)
    ]
    from dask.distributed import Client

    deadline = time.time() + 60
    while True:
        try:
            with Client(address, timeout="5s") as client:
                client.wait_for_workers(2, timeout=30)
            break
        except Exception:  # noqa: BLE001 - still starting
            if time.time() > deadline:
                raise
            time.sleep(0.5)
    yield address, workers
    for process in [*workers, scheduler]:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()


def sweep_worker_settings(client) -> list[tuple[str, bool, str | None]]:
    """What each worker runs with, of the settings experiments.sweep.WORKER_CONFIG makes.

    The probe is a lambda so that it travels by value to workers that cannot import this
    module.
    """
    settings = client.run(
        lambda: (
            dask.config.get("distributed.admin.tick.interval"),
            dask.config.get("distributed.worker.profile.enabled"),
            os.environ.get("MALLOC_TRIM_THRESHOLD_"),
        )
    )
    return list(settings.values())


def test_local_cluster_workers_run_with_the_sweep_settings():
    client, cluster = connect(1, None)
    try:
        settings = sweep_worker_settings(client)
    finally:
        client.close()
        cluster.close()
    assert settings == [("1s", False, None)]


@pytest.mark.slow
def test_workers_started_with_the_worker_environment_run_with_the_sweep_settings(dask_cluster):
    from dask.distributed import Client

    address, _ = dask_cluster
    with Client(address, timeout="20s") as client:
        settings = sweep_worker_settings(client)
    assert settings == [("1s", False, None)] * 2


@pytest.mark.slow
def test_sweep_on_an_existing_dask_cluster_equals_the_serial_run(
    serial_grid, dask_cluster, tmp_path
):
    address, _ = dask_cluster
    result = gridrush(
        "sweep",
        str(serial_grid.sweep_file),
        "--out",
        str(tmp_path / "cluster"),
        "--scheduler",
        address,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    pd.testing.assert_frame_equal(results_table(tmp_path / "cluster"), serial_grid.table)


@pytest.mark.slow
def test_killing_a_worker_midway_still_completes_every_run_once(dask_cluster, tmp_path):
    address, workers = dask_cluster
    sweep = write_sweep(tmp_path / "w.toml", replications=8)  # 32 runs
    folder = tmp_path / "survive"
    driver = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "experiments",
            "sweep",
            str(sweep),
            "--out",
            str(folder),
            "--scheduler",
            address,
        ],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_for_runs(folder, 4)
    os.killpg(workers[0].pid, signal.SIGKILL)
    stdout, stderr = driver.communicate(timeout=300)
    assert driver.returncode == 0, stderr
    table = experiments.load(folder)
    assert len(table) == 32 and table["run_id"].is_unique
    assert sorted(table["run_id"]) == list(range(32))
