"""The dask-jobqueue path against a real one-node Slurm cluster on localhost (Debian's slurm-wlm).

Skipped unless Slurm's and MUNGE's daemons are installed and the tests run as root (slurmd has
to start jobs): ``apt-get install slurmctld slurmd slurm-client munge``. The fixture starts a
private MUNGE daemon and a private Slurm controller and node on free ports, with every file in
the test's temporary folder, and stops them afterwards; nothing system-wide is touched.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import dask.config
import pandas as pd
import pytest

import experiments

DAEMONS = ("munged", "slurmctld", "slurmd", "sbatch", "sinfo")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        any(shutil.which(d, path="/usr/sbin:/usr/bin:/sbin:/bin") is None for d in DAEMONS)
        or os.geteuid() != 0,
        reason="needs Debian's slurmctld, slurmd, slurm-client and munge, run as root",
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def slurm_conf(folder: Path, node: str, munge_socket: Path) -> str:
    """A one-node cluster: no cgroups, no accounting, everything under ``folder``."""
    return f"""ClusterName=gridrush-test
SlurmctldHost={node}(127.0.0.1)
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket={munge_socket}
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SlurmctldPort={free_port()}
SlurmdPort={free_port()}
StateSaveLocation={folder}/state
SlurmdSpoolDir={folder}/spool
SlurmctldPidFile={folder}/slurmctld.pid
SlurmdPidFile={folder}/slurmd.pid
SlurmctldLogFile={folder}/slurmctld.log
SlurmdLogFile={folder}/slurmd.log
SlurmUser=root
SlurmdUser=root
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
NodeName={node} NodeAddr=127.0.0.1 CPUs={os.cpu_count()} RealMemory=4000 State=UNKNOWN
PartitionName=gridrush Nodes=ALL Default=YES MaxTime=INFINITE State=UP
"""


@pytest.fixture
def slurm_cluster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private MUNGE daemon and a one-node Slurm cluster; yields the slurm.conf path."""
    folder = tmp_path / "slurm_cluster"
    for sub in ("state", "spool", "munge"):
        (folder / sub).mkdir(parents=True)
    key = folder / "munge" / "munge.key"
    key.write_bytes(os.urandom(1024))
    key.chmod(0o600)
    munge_socket = folder / "munge" / "munge.socket"
    node = socket.gethostname()
    conf = folder / "slurm.conf"
    conf.write_text(slurm_conf(folder, node, munge_socket), encoding="utf-8")
    monkeypatch.setenv("SLURM_CONF", str(conf))
    daemons = [
        [
            "/usr/sbin/munged",
            "--foreground",
            "--force",
            f"--socket={munge_socket}",
            f"--key-file={key}",
            f"--pid-file={folder / 'munge' / 'munged.pid'}",
            f"--log-file={folder / 'munge' / 'munged.log'}",
            f"--seed-file={folder / 'munge' / 'munged.seed'}",
        ],
        ["/usr/sbin/slurmctld", "-D", "-c", "-f", str(conf)],
        ["/usr/sbin/slurmd", "-D", "-c", "-f", str(conf), "-N", node],
    ]
    processes = []
    try:
        for command in daemons:
            processes.append(
                subprocess.Popen(
                    command,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                    env={**os.environ, "SLURM_CONF": str(conf)},
                )
            )
            time.sleep(0.5)
        deadline = time.time() + 30
        while (
            "idle"
            not in subprocess.run(
                ["sinfo", "-h", "-o", "%T"], capture_output=True, text=True
            ).stdout
        ):
            if time.time() > deadline:
                logs = "".join(p.read_text() for p in folder.glob("*.log"))
                pytest.fail(f"the one-node Slurm cluster did not come up:\n{logs[-2000:]}")
            time.sleep(0.5)
        yield conf
    finally:
        subprocess.run(["scancel", "--partition", "gridrush"], capture_output=True)
        for process in reversed(processes):
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def write_sweep(path: Path) -> Path:
    path.write_text(
        'base = "baseline"\ndesign = "grid"\nreplications = 2\nroot_seed = 3\n'
        "[vary]\nai_demand_scale = [0.0, 1.0]\n[set]\nn_miners = 20\nhorizon_years = 0.5\n"
        '[metrics]\nfinal = ["mw_mining", "mw_leased", "hashprice_usd_per_ph_day"]\n',
        encoding="utf-8",
    )
    return path


def gridrush(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "experiments", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def results(folder: Path) -> pd.DataFrame:
    frame = experiments.load(folder).drop(columns=["wall_s"])
    return frame.sort_values("run_id").reset_index(drop=True)


def test_sweep_on_slurm_workers_from_dask_jobqueue_equals_the_local_run(slurm_cluster, tmp_path):
    from dask.distributed import Client

    from experiments.cluster import make_cluster

    sweep = write_sweep(tmp_path / "sweep.toml")
    cluster = make_cluster(
        "slurm",
        queue="gridrush",
        cores=1,
        processes=1,
        memory="1GiB",
        walltime="00:20:00",
        log_directory=str(tmp_path / "jobs"),
        scheduler_options={"dashboard_address": None, "host": "127.0.0.1"},
    )
    try:
        cluster.scale(jobs=2)
        with Client(cluster) as client:
            client.wait_for_workers(2, timeout=120)
            settings = client.run(
                lambda: (
                    dask.config.get("distributed.admin.tick.interval"),
                    dask.config.get("distributed.worker.profile.enabled"),
                    os.environ.get("MALLOC_TRIM_THRESHOLD_"),
                )
            )
        # The job script's worker settings (experiments.sweep.WORKER_CONFIG) took effect.
        assert set(settings.values()) == {("1s", False, None)}
        on_slurm = gridrush(
            "sweep",
            str(sweep),
            "--out",
            str(tmp_path / "on_slurm"),
            "--scheduler",
            cluster.scheduler_address,
            cwd=tmp_path,
        )
        assert on_slurm.returncode == 0, on_slurm.stderr
    finally:
        cluster.close()
    local = gridrush(
        "sweep", str(sweep), "--out", str(tmp_path / "local"), "--workers", "1", cwd=tmp_path
    )
    assert local.returncode == 0, local.stderr
    pd.testing.assert_frame_equal(results(tmp_path / "on_slurm"), results(tmp_path / "local"))
