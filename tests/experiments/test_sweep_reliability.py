"""Sweeps that never mislabel, mix, hang or double-count: identity, verification, lock, kills.

Most tests run sweeps in this process (``run_sweep(..., in_process=True)``) on tiny runs, so the
folder logic is exercised without Dask; the cases that need Dask (no live worker, a worker in
another working folder, the local cluster's ports) use a scheduler in this process and real
worker processes.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
import tracemalloc
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import abm
import experiments
import experiments.sweep as sweep_module
from experiments.cli import app
from experiments.sweep import (
    LOCK,
    MARKER,
    MAX_RUNS,
    FolderLock,
    NoWorkersError,
    SweepError,
    connect,
    parse_sweep,
    run_path,
    run_sweep,
)

runner = CliRunner()

GRID = """base = "baseline"
replications = {replications}
root_seed = 11
{extra}
[vary]
ai_demand_scale = [0.0, 1.5]
grid_policy = ["first_come", "ai_priority"]
[set]
n_miners = 12
horizon_years = 0.3
[metrics]
final = ["mw_mining", "btc_price_usd", "ai_unserved_mw"]
timeseries = ["btc_price_usd"]
every = 3
"""


def write_grid(path: Path, replications: int = 2, extra: str = "") -> Path:
    """A 2 x 2 grid of tiny runs (12 miners, 0.3 years)."""
    path.write_text(GRID.format(replications=replications, extra=extra), encoding="utf-8")
    return path


def results(folder: Path) -> pd.DataFrame:
    """Final results without wall times (which differ between runs of the same sweep)."""
    frame = experiments.load(folder).drop(columns=["wall_s"])
    return frame.sort_values("run_id").reset_index(drop=True)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != LOCK
    }


def invoke(*args: str):
    """The real command line in this process."""
    return runner.invoke(app, list(args))


def one_line(result) -> str:
    """The single error line of a refused command (exit 2, no traceback)."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    assert lines[0].startswith("gridrush: error: ")
    return lines[0]


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The 2 x 2 grid, 2 replications, run once uninterrupted."""
    base = tmp_path_factory.mktemp("reference")
    sweep = write_grid(base / "grid.toml")
    folder = base / "out"
    outcome = run_sweep(sweep, folder, in_process=True)
    assert outcome.finished == 8 and outcome.failed == 0
    return sweep, folder, results(folder)


def copy_of(reference, destination: Path) -> tuple[Path, Path]:
    sweep, folder, _ = reference
    shutil.copytree(folder, destination)
    return sweep, destination


# ---------------------------------------------------------------- 1, 2, 10: identity


def test_resume_with_the_vary_keys_swapped_is_refused_as_another_design(reference, tmp_path):
    sweep, folder = copy_of(reference, tmp_path / "res")
    before = snapshot(folder)
    swapped = tmp_path / "swapped.toml"
    text = sweep.read_text()
    policy = 'grid_policy = ["first_come", "ai_priority"]\n'
    swapped.write_text(text.replace(policy, "").replace("[vary]\n", "[vary]\n" + policy))
    assert parse_sweep(swapped).fingerprint != parse_sweep(sweep).fingerprint
    line = one_line(invoke("sweep", str(swapped), "--out", str(folder)))
    assert str(folder) in line and "design changed" in line and "order" in line
    assert snapshot(folder) == before


def test_runs_of_a_resumed_folder_keep_their_own_parameters(reference, tmp_path):
    _, folder, table = reference
    design = pd.read_parquet(folder / "design.parquet")
    manifest = pd.read_parquet(folder / "manifest.parquet")
    for _, row in manifest.iterrows():
        record = json.loads(pq.read_schema(run_path(folder, row["run_id"])).metadata[b"gridrush"])
        assert record["point"] == row["point"]
        assert design.loc[row["point"], "grid_policy"] == row["grid_policy"]
    assert (table["point"] == table["run_id"] // 2).all()


def price_sweep(folder: Path) -> Path:
    (folder / "flat.csv").write_text("date,price_usd\n2025-11-18,90000\n2026-06-01,90000\n")
    (folder / "crash.csv").write_text("date,price_usd\n2025-11-18,90000\n2026-06-01,30000\n")
    sweep = folder / "prices.toml"
    sweep.write_text(
        'base = "baseline"\nreplications = 1\n[vary]\nbtc_price_csv = ["flat.csv", "crash.csv"]\n'
        "[set]\nn_miners = 10\nhorizon_years = 0.3\nbtc_volatility_annual = 0.0\n"
        '[metrics]\nfinal = ["btc_price_usd"]\n'
    )
    return sweep


def test_resume_after_editing_a_price_file_is_refused_naming_the_file(tmp_path):
    sweep = price_sweep(tmp_path)
    folder = tmp_path / "res"
    run_sweep(sweep, folder, in_process=True)
    before = snapshot(folder)
    (tmp_path / "crash.csv").write_text("date,price_usd\n2025-11-18,90000\n2026-06-01,10000\n")
    line = one_line(invoke("sweep", str(sweep), "--out", str(folder)))
    assert "contents of input file 'crash.csv' changed" in line
    assert snapshot(folder) == before


def test_runs_read_the_folders_copy_of_a_price_file(tmp_path):
    sweep = price_sweep(tmp_path)
    folder = tmp_path / "res"
    run_sweep(sweep, folder, in_process=True)
    first = results(folder)
    # The original files go away; the folder resumes and analyses from its own copies.
    for name in ("flat.csv", "crash.csv", "prices.toml"):
        (tmp_path / name).unlink()
    run_path(folder, 1).unlink()
    result = invoke("sweep", str(folder), "--in-process")
    assert result.exit_code == 0, result.output
    pd.testing.assert_frame_equal(results(folder), first)
    assert first.loc[1, "btc_price_usd"] < 0.6 * first.loc[0, "btc_price_usd"]
    assert invoke("analyze", str(folder)).exit_code == 0


def test_resume_after_editing_the_base_scenario_says_the_base_changed(tmp_path):
    (tmp_path / "cheap.toml").write_text(
        'description = "cheap"\n[knobs]\nbtc_price_usd = 50000.0\n'
    )
    sweep = tmp_path / "s.toml"
    sweep.write_text(GRID.format(replications=1, extra="").replace("baseline", "cheap.toml"))
    folder = tmp_path / "res"
    run_sweep(sweep, folder, in_process=True)
    (tmp_path / "cheap.toml").write_text(
        'description = "cheap"\n[knobs]\nbtc_price_usd = 60000.0\n'
    )
    line = one_line(invoke("sweep", str(sweep), "--out", str(folder)))
    assert "the base scenario or [set] changed" in line


def test_resume_without_the_base_file_points_at_the_folders_own_copies(tmp_path):
    (tmp_path / "cheap.toml").write_text(
        'description = "cheap"\n[knobs]\nbtc_price_usd = 50000.0\n'
    )
    sweep = tmp_path / "s.toml"
    sweep.write_text(GRID.format(replications=1, extra="").replace("baseline", "cheap.toml"))
    folder = tmp_path / "res"
    run_sweep(sweep, folder, in_process=True)
    first = results(folder)
    (tmp_path / "cheap.toml").unlink()
    run_path(folder, 2).unlink()
    line = one_line(invoke("sweep", str(sweep), "--out", str(folder)))
    assert "cheap.toml" in line and f"gridrush sweep {folder}" in line
    assert invoke("sweep", str(folder), "--in-process").exit_code == 0
    pd.testing.assert_frame_equal(results(folder), first)


def test_resume_under_another_model_version_is_refused_unless_allowed(reference, tmp_path):
    sweep, folder = copy_of(reference, tmp_path / "res")
    marker = json.loads((folder / MARKER).read_text())
    assert marker["provenance"]["gridrush"] and marker["provenance"]["python"]
    assert {"numpy", "mesa", "pandas"} <= set(marker["provenance"]["packages"])
    marker["identity"]["model"] = "gridrush 0.0.1, model 0123456789abcdef"
    (folder / MARKER).write_text(json.dumps(marker))
    run_path(folder, 3).unlink()
    line = one_line(invoke("sweep", str(sweep), "--out", str(folder)))
    assert "gridrush 0.0.1" in line and "--allow-version-change" in line
    assert not run_path(folder, 3).exists()
    result = invoke(
        "sweep", str(sweep), "--out", str(folder), "--allow-version-change", "--in-process"
    )
    assert result.exit_code == 0, result.output
    assert "7 already finished" in result.output


def test_a_worker_with_another_model_version_fails_its_run_instead_of_computing_it(tmp_path):
    sweep = write_grid(tmp_path / "s.toml", replications=1)
    folder = tmp_path / "res"
    run_sweep(sweep, folder, in_process=True)
    spec = sweep_module.run_specs(parse_sweep(sweep), folder)[0]
    other = sweep_module.RunSpec(**{**spec.__dict__, "model_version": "gridrush 9, model x"})
    run_path(folder, 0).unlink()
    outcome = sweep_module.execute_run(other)
    assert outcome["status"] == "failed" and "gridrush 9, model x" in outcome["error"]
    assert not run_path(folder, 0).exists()


# ---------------------------------------------------------------- common random numbers


def test_common_random_numbers_give_every_point_the_same_btc_path(reference):
    _, folder, table = reference
    series = experiments.load(folder, timeseries=True)
    marker = json.loads((folder / MARKER).read_text())
    assert marker["common_random_numbers"] is True
    for _, group in series.groupby("replication"):
        paths = group.pivot(index="tick", columns="point", values="btc_price_usd")
        assert paths.nunique(axis=1).eq(1).all()
    assert table.groupby("replication")["seed"].nunique().eq(1).all()
    assert table["seed"].nunique() == 2


def test_without_common_random_numbers_every_run_has_its_own_path(tmp_path):
    sweep = write_grid(tmp_path / "s.toml", extra="common_random_numbers = false")
    folder = tmp_path / "res"
    run_sweep(sweep, folder, in_process=True)
    table = results(folder)
    assert table["seed"].is_unique
    assert table["btc_price_usd"].nunique() == len(table)
    assert json.loads((folder / MARKER).read_text())["common_random_numbers"] is False


# ---------------------------------------------------------------- 3: finished means verified


def damage_truncate(folder: Path) -> str:
    path = run_path(folder, 2)
    path.write_bytes(path.read_bytes()[:200])
    return "run-000002.parquet"


def damage_random(folder: Path) -> str:
    run_path(folder, 2).write_bytes(os.urandom(3000))
    return "run-000002.parquet"


def damage_empty(folder: Path) -> str:
    run_path(folder, 2).write_bytes(b"")
    return "run-000002.parquet"


def damage_fake_magic(folder: Path) -> str:
    run_path(folder, 2).write_bytes(b"PAR1" + os.urandom(500) + b"PAR1")
    return "run-000002.parquet"


def damage_wrong_schema(folder: Path) -> str:
    pq.write_table(pa.table({"kind": ["final"], "run_id": [2], "tick": [15]}), run_path(folder, 2))
    return "run-000002.parquet"


def damage_copy_over(folder: Path) -> str:
    shutil.copyfile(run_path(folder, 7), run_path(folder, 6))
    return "run-000006.parquet"


def damage_stray(folder: Path) -> str:
    shutil.copyfile(run_path(folder, 1), folder / "runs" / "run-000099.parquet")
    return "run-000099.parquet"


DAMAGES = [
    damage_truncate,
    damage_random,
    damage_empty,
    damage_fake_magic,
    damage_wrong_schema,
    damage_copy_over,
    damage_stray,
]


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda f: f.__name__.removeprefix("damage_"))
def test_a_run_file_that_does_not_verify_is_refused_by_load_then_set_aside_and_recomputed(
    reference, tmp_path, damage
):
    sweep, folder = copy_of(reference, tmp_path / "res")
    name = damage(folder)
    with pytest.raises(SweepError, match=name):
        experiments.load(folder)
    line = one_line(invoke("analyze", str(folder)))
    assert name in line
    result = invoke("sweep", str(sweep), "--out", str(folder), "--in-process")
    assert result.exit_code == 0, result.output
    assert "did not verify" in result.stderr and name in result.stderr
    assert (folder / "set-aside" / name).is_file()
    pd.testing.assert_frame_equal(results(folder), reference[2])


def test_a_manifest_with_the_wrong_columns_is_refused_by_analyze_and_rebuilt_by_resume(
    reference, tmp_path
):
    sweep, folder = copy_of(reference, tmp_path / "res")
    pd.DataFrame({"x": [1]}).to_parquet(folder / "manifest.parquet")
    assert "manifest.parquet" in one_line(invoke("analyze", str(folder)))
    assert invoke("sweep", str(sweep), "--out", str(folder), "--in-process").exit_code == 0
    pd.testing.assert_frame_equal(results(folder), reference[2])


def test_failed_run_is_recorded_in_the_manifest_and_recomputed_on_resume(tmp_path, monkeypatch):
    real = abm.PowerMarketModel

    def model(**knobs):
        if knobs["ai_demand_scale"] == 1.5 and knobs["grid_policy"] == "ai_priority":
            raise RuntimeError("planted failure")
        return real(**knobs)

    monkeypatch.setattr(abm, "PowerMarketModel", model)
    sweep = write_grid(tmp_path / "s.toml", replications=1)
    folder = tmp_path / "res"
    outcome = run_sweep(sweep, folder, in_process=True)
    assert (outcome.finished, outcome.failed) == (3, 1)
    manifest = pd.read_parquet(folder / "manifest.parquet")
    assert manifest["status"].tolist() == ["finished", "finished", "finished", "failed"]
    assert "planted failure" in manifest.loc[3, "error"]
    assert len(experiments.load(folder)) == 3
    monkeypatch.setattr(abm, "PowerMarketModel", real)
    again = run_sweep(sweep, folder, in_process=True)
    assert (again.skipped, again.finished, again.failed) == (3, 1, 0)


def test_analyzing_a_sweep_whose_runs_all_failed_is_one_line(tmp_path, monkeypatch):
    def model(**knobs):
        raise RuntimeError("planted failure")

    monkeypatch.setattr(abm, "PowerMarketModel", model)
    sweep = write_grid(tmp_path / "s.toml", replications=1)
    folder = tmp_path / "res"
    assert run_sweep(sweep, folder, in_process=True).failed == 4
    assert "no finished run" in one_line(invoke("analyze", str(folder)))


# ---------------------------------------------------------------- 6: one driver per folder


def test_a_second_driver_on_a_folder_gets_one_line_naming_the_holder(reference, tmp_path):
    sweep, folder = copy_of(reference, tmp_path / "res")
    run_path(folder, 5).unlink()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\nfrom experiments.sweep import FolderLock"
            "\nFolderLock(Path(sys.argv[1])).acquire()\nprint('held', flush=True)\ntime.sleep(120)",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        line = one_line(invoke("sweep", str(sweep), "--out", str(folder)))
        assert f"pid {holder.pid}" in line and "in use by another gridrush sweep" in line
        assert not run_path(folder, 5).exists()
    finally:
        holder.kill()
        holder.wait()
    # The kernel released the killed holder's lock: the same command now resumes.
    result = invoke("sweep", str(sweep), "--out", str(folder), "--in-process")
    assert result.exit_code == 0, result.output
    assert "7 already finished" in result.output


def test_the_lock_is_exclusive_within_one_process_too(tmp_path):
    first = FolderLock(tmp_path / "f")
    first.acquire()
    with pytest.raises(SweepError, match=f"pid {os.getpid()}"):
        FolderLock(tmp_path / "f").acquire()
    first.release()
    second = FolderLock(tmp_path / "f")
    second.acquire()
    second.release()


# ---------------------------------------------------------------- 7, 8: layout and wall times


def test_a_folder_with_only_an_empty_runs_folder_resumes(tmp_path):
    sweep = write_grid(tmp_path / "s.toml", replications=1)
    folder = tmp_path / "res"
    (folder / "runs").mkdir(parents=True)
    (folder / LOCK).write_text("pid 1 on elsewhere")
    assert run_sweep(sweep, folder, in_process=True).finished == 4


def test_the_marker_is_the_first_thing_written(tmp_path, monkeypatch):
    sweep = write_grid(tmp_path / "s.toml", replications=1)
    folder = tmp_path / "res"
    seen = []
    real_mkdir = Path.mkdir

    def mkdir(self, *args, **kwargs):
        if self.parent == folder:
            seen.append(("mkdir", self.name, (folder / MARKER).is_file()))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    run_sweep(sweep, folder, in_process=True)
    assert seen and all(marker_present for _, _, marker_present in seen), seen


def test_wall_times_of_earlier_runs_are_kept_across_resumes(reference, tmp_path):
    sweep, folder = copy_of(reference, tmp_path / "res")
    before = pd.read_parquet(folder / "manifest.parquet").set_index("run_id")["wall_s"]
    run_path(folder, 4).unlink()
    run_path(folder, 5).unlink()
    run_sweep(sweep, folder, in_process=True)
    after = pd.read_parquet(folder / "manifest.parquet").set_index("run_id")["wall_s"]
    assert after.notna().all()
    kept = [0, 1, 2, 3, 6, 7]
    pd.testing.assert_series_equal(after.loc[kept], before.loc[kept])


# ---------------------------------------------------------------- 9: huge designs


@pytest.mark.parametrize(
    "body",
    [
        "replications = 100000000\n[vary]\nai_demand_scale = [0.5, 1.0]\n",
        "[vary]\n"
        + "".join(
            f"{knob} = [{', '.join(str(0.1 * k + 0.5) for k in range(10))}]\n"
            for knob in (
                "ai_demand_scale",
                "btc_drift_annual",
                "btc_volatility_annual",
                "discount_rate_min",
                "discount_rate_max",
                "risk_aversion_max",
                "horizon_min_years",
                "horizon_max_years",
            )
        ),
        'design = "lhs"\nsamples = 1000000000\n[vary]\nai_demand_scale = [0.5, 1.0]\n',
        'design = "sobol"\nsamples = 100000\n[vary]\nai_demand_scale = [0.5, 1.0]\n',
    ],
    ids=["replications_1e8", "grid_1e8_points", "lhs_samples_1e9", "sobol_3e5_points"],
)
def test_a_design_beyond_the_limit_is_refused_before_anything_is_allocated(tmp_path, body):
    sweep = tmp_path / "huge.toml"
    sweep.write_text('base = "baseline"\n' + body)
    tracemalloc.start()
    try:
        with pytest.raises(SweepError, match=f"above the limit of {MAX_RUNS:,}"):
            parse_sweep(sweep)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 30e6
    assert "huge.toml" in one_line(invoke("sweep", str(sweep), "--out", str(tmp_path / "o")))
    assert not (tmp_path / "o").exists()


# ---------------------------------------------------------------- 10: folder and cluster edges


def test_an_unwritable_out_is_refused_before_any_worker_starts(tmp_path, monkeypatch):
    def no_cluster(*args, **kwargs):
        raise AssertionError("a cluster was started")

    monkeypatch.setattr(sweep_module, "connect", no_cluster)
    sweep = write_grid(tmp_path / "s.toml", replications=1)
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(SweepError, match="cannot write results there"):
        run_sweep(sweep, tmp_path / "file" / "sub", workers=1)
    assert (tmp_path / "file").read_text() == "not a folder"


def test_a_bad_scheduler_leaves_no_folder_behind(tmp_path):
    sweep = write_grid(tmp_path / "s.toml", replications=1)
    with pytest.raises(SweepError, match="cannot use Dask scheduler"):
        run_sweep(sweep, tmp_path / "new" / "res", scheduler="tcp://127.0.0.1:notaport")
    assert not (tmp_path / "new").exists()


def test_the_local_clusters_workers_log_nothing_below_critical():
    from experiments.sweep import close_dask

    client, cluster = connect(1, None)
    try:
        levels = client.run(lambda: logging.getLogger("distributed.batched").getEffectiveLevel())
    finally:
        close_dask(client, cluster)
    assert list(levels.values()) == [logging.CRITICAL]


def test_the_local_cluster_leaves_the_dashboard_port_alone_and_starts_quietly(capfd):
    blocker = socket.socket()
    try:
        blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        blocker.bind(("127.0.0.1", 8787))
        blocker.listen()
    except OSError:
        pass  # someone else holds 8787: the port is busy either way
    try:
        client, cluster = connect(1, None)
        try:
            ports = {cluster.scheduler.http_server.port} if cluster.scheduler.http_server else set()
            services = client.scheduler_info()["services"]
        finally:
            client.close()
            cluster.close()
    finally:
        blocker.close()
    # The scheduler's HTTP server (health and metrics routes, no dashboard) takes a free port.
    assert 8787 not in ports and services.get("dashboard") != 8787
    captured = capfd.readouterr()
    assert "8787" not in captured.err and "Port" not in captured.err, captured.err


QUIET_SCHEDULER = {
    "n_workers": 0,
    "processes": False,
    "protocol": "tcp",
    "scheduler_port": 0,
    "host": "127.0.0.1",
    "dashboard_address": "127.0.0.1:0",
    "scheduler_kwargs": {"dashboard": False},
}
"""A scheduler in this process, without workers, on free local ports."""


@pytest.fixture
def scheduler_and_worker(tmp_path):
    """A scheduler in this process and one `dask worker` process (no nanny) whose working
    folder is not the driver's."""
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(**QUIET_SCHEDULER)
    worker_home = tmp_path / "worker_home"
    worker_home.mkdir()
    worker = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "dask"),
            "worker",
            cluster.scheduler_address,
            "--nthreads",
            "1",
            "--no-nanny",
            "--no-dashboard",
            "--host",
            "127.0.0.1",
        ],
        cwd=worker_home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **sweep_module.worker_environment()},
    )
    with Client(cluster.scheduler_address, timeout="20s") as client:
        client.wait_for_workers(1, timeout=60)
    yield cluster.scheduler_address, worker, worker_home
    worker.kill()
    worker.wait()
    cluster.close()


def run_files(folder: Path) -> list[Path]:
    runs = folder / "runs"
    return sorted(runs.glob("run-*.parquet")) if runs.is_dir() else []


def gridrush(*args: str, cwd: Path, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "experiments", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
        **kwargs,
    )


@pytest.mark.slow
def test_a_relative_out_with_a_remote_worker_lands_in_the_drivers_folder(
    scheduler_and_worker, tmp_path
):
    address, _, worker_home = scheduler_and_worker
    driver_home = tmp_path / "driver_home"
    driver_home.mkdir()
    write_grid(driver_home / "s.toml", replications=1)
    driver = gridrush("sweep", "s.toml", "--out", "res", "--scheduler", address, cwd=driver_home)
    stdout, stderr = driver.communicate(timeout=120)
    assert driver.returncode == 0, stderr
    assert len(list((driver_home / "res" / "runs").glob("run-*.parquet"))) == 4
    assert not (worker_home / "res").exists()
    assert len(experiments.load(driver_home / "res")) == 4


@pytest.mark.slow
def test_a_sweep_whose_only_worker_dies_stops_with_one_line_and_resumes(
    scheduler_and_worker, tmp_path
):
    address, worker, _ = scheduler_and_worker
    sweep = tmp_path / "slow.toml"
    sweep.write_text(
        GRID.format(replications=4, extra="")
        .replace("n_miners = 12", "n_miners = 150")
        .replace("horizon_years = 0.3", "horizon_years = 1.5")
    )
    folder = tmp_path / "res"
    driver = gridrush(
        "sweep",
        str(sweep),
        "--out",
        str(folder),
        "--scheduler",
        address,
        "--no-worker-timeout",
        "3",
        cwd=tmp_path,
    )
    deadline = time.monotonic() + 90
    while not run_files(folder):
        assert time.monotonic() < deadline and driver.poll() is None, driver.communicate()
        time.sleep(0.05)
    os.kill(worker.pid, signal.SIGKILL)
    _, stderr = driver.communicate(timeout=90)
    assert driver.returncode == 2, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "no live Dask worker for 3 s" in lines[0], stderr
    assert str(folder) in lines[0] and "resumable" in lines[0]
    manifest = pd.read_parquet(folder / "manifest.parquet")
    assert (manifest["status"] == "pending").any()
    outcome = run_sweep(sweep, folder, in_process=True)
    assert outcome.skipped >= 1 and outcome.failed == 0
    assert sorted(experiments.load(folder)["run_id"]) == list(range(16))


def test_a_scheduler_with_no_worker_stops_after_the_timeout(tmp_path):
    from dask.distributed import LocalCluster

    sweep = write_grid(tmp_path / "s.toml", replications=1)
    with LocalCluster(**QUIET_SCHEDULER) as cluster:
        with pytest.raises(NoWorkersError, match="no live Dask worker for 1 s"):
            run_sweep(
                sweep,
                tmp_path / "res",
                scheduler=cluster.scheduler_address,
                no_worker_timeout_s=1,
            )
    manifest = pd.read_parquet(tmp_path / "res" / "manifest.parquet")
    assert (manifest["status"] == "pending").all()
    assert run_sweep(sweep, tmp_path / "res", in_process=True).finished == 4


# ---------------------------------------------------------------- kill points


KILLER = textwrap.dedent(
    """
    import json, os, signal, sys
    from pathlib import Path
    import experiments.sweep as sweep_module

    sweep, root, count = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    real_replace = os.replace
    folders = []
    for k in range(count):
        for when in ("before", "after"):
            folder = root / f"{when}-{k}"
            folders.append(str(folder))
            child = os.fork()
            if child == 0:
                calls = [0]

                def replace(src, dst, k=k, when=when):
                    if calls[0] == k and when == "before":
                        os.kill(os.getpid(), signal.SIGKILL)
                    real_replace(src, dst)
                    if calls[0] == k and when == "after":
                        os.kill(os.getpid(), signal.SIGKILL)
                    calls[0] += 1

                os.replace = replace
                sweep_module.run_sweep(sweep, folder, in_process=True)
                os._exit(0)
            os.waitpid(child, 0)
    print(json.dumps(folders))
    """
)


def test_a_driver_sigkilled_at_every_write_resumes_to_the_uninterrupted_results(tmp_path):
    sweep = write_grid(tmp_path / "four.toml", replications=1)
    run_sweep(sweep, tmp_path / "uninterrupted", in_process=True)
    table = results(tmp_path / "uninterrupted")
    # Renames of a fresh 4-run sweep: marker, sweep.toml, base.toml, design, manifest, 4 runs,
    # the final manifest: 10. Each is a kill point, just before and just after it.
    kills = 10
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(sweep), str(tmp_path), str(kills)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    folders = [Path(f) for f in json.loads(done.stdout)]
    assert len(folders) == 2 * kills
    left = []
    for folder in folders:
        left.append(len(run_files(folder)))
        outcome = run_sweep(sweep, folder, in_process=True)
        assert outcome.failed == 0 and not outcome.set_aside, folder
        assert outcome.skipped == left[-1]
        pd.testing.assert_frame_equal(results(folder), table)
        assert not list(folder.rglob(".*.tmp")), folder
    # The kill points span the whole sweep: from nothing finished to every run finished.
    assert min(left) == 0 and max(left) == 4 and len(set(left)) == 5


@pytest.mark.slow
@pytest.mark.parametrize("start", ["at_start_up", "after_the_first_run"])
def test_killing_every_local_worker_again_and_again_ends_in_one_line_never_a_hang(tmp_path, start):
    import psutil

    sweep = write_grid(tmp_path / "s.toml", replications=2)
    folder = tmp_path / "res"
    driver = gridrush(
        "sweep",
        str(sweep),
        "--out",
        str(folder),
        "--workers",
        "1",
        "--no-worker-timeout",
        "5",
        cwd=tmp_path,
    )
    deadline = time.monotonic() + 120
    while start == "after_the_first_run" and not run_files(folder) and driver.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    kills = 0
    while kills < 25 and driver.poll() is None:
        for child in psutil.Process(driver.pid).children(recursive=True):
            try:
                if "resource_tracker" not in " ".join(child.cmdline()):
                    child.kill()
                    kills += 1
            except psutil.NoSuchProcess:
                pass
        time.sleep(0.8)
    _, stderr = driver.communicate(timeout=120)
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert driver.returncode in (1, 2) and len(lines) == 1, stderr
    assert "Traceback" not in stderr
    outcome = run_sweep(sweep, folder, in_process=True)
    assert outcome.failed == 0
    assert sorted(experiments.load(folder)["run_id"]) == list(range(8))


def sweep_in_a_thread(
    sweep: Path, folder: Path, address: str, worker: subprocess.Popen
) -> dict[str, object]:
    """Run the sweep on ``address`` in a thread: {"outcome": ...} or {"error": ...}. A sweep
    still running after a minute fails the test; its worker is killed first, so it stops."""
    ended: dict[str, object] = {}

    def sweep_until_done() -> None:
        try:
            ended["outcome"] = run_sweep(sweep, folder, scheduler=address, no_worker_timeout_s=5)
        except Exception as error:  # noqa: BLE001 - reported by the caller
            ended["error"] = error

    thread = threading.Thread(target=sweep_until_done, daemon=True)
    thread.start()
    thread.join(timeout=60)
    hung = thread.is_alive()
    if hung:
        worker.kill()  # no live worker: the sweep stops after its timeout
        thread.join(timeout=60)
    assert not hung, "the sweep waited for an outcome that Dask never delivers"
    return ended


@pytest.mark.slow
@pytest.mark.parametrize("then", ["erred", "finished"])
def test_a_run_whose_outcome_dask_never_delivers_still_ends_the_sweep(
    scheduler_and_worker, tmp_path, monkeypatch, then
):
    """``as_completed`` fetches each result in a task of its own that dies on any exception
    but a cancellation, and its future is then never delivered. Here that task dies for run
    1 as in the race of killed workers: the result lost with its worker while being fetched,
    the recomputation failing (``erred``: the future ends in error, as ``KilledWorker``), or
    the fetch itself failing while the result is still there (``finished``)."""
    from types import SimpleNamespace

    from distributed.client import Future
    from distributed.scheduler import KilledWorker

    address, worker, _ = scheduler_and_worker
    sweep = write_grid(tmp_path / "s.toml", replications=1)
    folder = tmp_path / "res"
    real_result = Future._result
    broken = []

    async def result_fetch_that_dies_once(self, raiseit=True):
        if str(self.key).startswith("gridrush-run-1-") and not broken:
            broken.append(self.key)
            if then == "erred":
                error = KilledWorker(self.key, SimpleNamespace(address=address), 3)
                self._state.set_error(error, None)
                raise error
            raise OSError("the connection closed while gathering")
        return await real_result(self, raiseit=raiseit)

    monkeypatch.setattr(Future, "_result", result_fetch_that_dies_once)
    monkeypatch.setattr(sweep_module, "UNDELIVERED_GRACE_S", 0.5, raising=False)
    tornado_log = logging.getLogger("tornado.application")
    reported = logging.handlers.BufferingHandler(capacity=1000)
    tornado_log.addHandler(reported)
    try:
        ended = sweep_in_a_thread(sweep, folder, address, worker)
    finally:
        tornado_log.removeHandler(reported)
    assert broken and "error" not in ended, ended
    outcome = ended["outcome"]
    manifest = pd.read_parquet(folder / "manifest.parquet").set_index("run_id")
    if then == "erred":
        assert (outcome.finished, outcome.failed) == (3, 1)
        assert manifest.loc[1, "status"] == "failed"
        assert manifest.loc[1, "error"].startswith("KilledWorker: ")
    else:
        assert (outcome.finished, outcome.failed) == (4, 0)
        assert (manifest["status"] == "finished").all()
    # Tornado's report of the dead task (a traceback on stderr) is left out.
    assert not reported.buffer, [record.getMessage() for record in reported.buffer]
    assert run_sweep(sweep, folder, in_process=True).failed == 0
    assert sorted(experiments.load(folder)["run_id"]) == list(range(4))


def test_a_dask_close_that_hangs_leaves_no_local_worker_process_behind():
    from types import SimpleNamespace

    from experiments.sweep import close_dask

    worker = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    asked = []

    class StuckCluster:
        workers = {0: SimpleNamespace(pid=worker.pid)}

        def close(self, timeout=None):
            asked.append(timeout)
            raise TimeoutError("the nanny never answered")

    try:
        close_dask(None, StuckCluster(), timeout_s=0.1)
        assert asked == [0.1]
        assert worker.wait(timeout=60) == -signal.SIGKILL
    finally:
        if worker.poll() is None:
            worker.kill()


def test_a_command_ends_with_its_own_status_even_if_shutdown_hangs(tmp_path):
    # A thread that never ends would keep Python's shutdown waiting for ever.
    script = textwrap.dedent(
        """
        import threading, time
        import experiments.cli as cli

        def app():
            threading.Thread(target=time.sleep, args=(600,)).start()
            print("gridrush: error: the one line", flush=True)
            raise SystemExit(3)

        cli.app = app
        cli.EXIT_GRACE_S = 0.5
        cli.main()
        """
    )
    ended = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert ended.returncode == 3
    assert ended.stdout.strip() == "gridrush: error: the one line"
