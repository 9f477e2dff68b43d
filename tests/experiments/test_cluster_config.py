"""The dask-jobqueue example: its configuration loads and its job scripts carry worker settings."""

from __future__ import annotations

import copy
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import experiments
from experiments.sweep import worker_environment

EXAMPLE = Path(experiments.__file__).parent / "jobqueue_slurm.yaml"


@pytest.mark.parametrize("system", ["slurm", "pbs"])
def test_job_script_from_the_example_config_exports_the_worker_settings(system):
    import dask
    import dask_jobqueue  # noqa: F401  (importing it registers the jobqueue defaults)
    import yaml

    from experiments.cluster import make_cluster

    merged = dask.config.update(
        copy.deepcopy(dask.config.config), yaml.safe_load(EXAMPLE.read_text())
    )
    with dask.config.set({"jobqueue": merged["jobqueue"]}):
        # dashboard_address=None would mean Dask's default port 8787; a free port instead.
        quiet = {"dashboard_address": "127.0.0.1:0", "dashboard": False}
        cluster = make_cluster(system, scheduler_options=quiet)
        try:
            script = cluster.job_script()
        finally:
            cluster.close()
    assert "gridrush-worker" in script
    for name, value in worker_environment().items():
        assert f"export {name}={shlex.quote(value)}" in script


def test_printed_worker_environment_gives_a_fresh_interpreter_the_sweep_settings():
    script = (
        f'eval "$({sys.executable} -m experiments.cluster --print-worker-env)"\n'
        f"{sys.executable} -c 'import dask.config, os; print("
        'dask.config.get("distributed.admin.tick.interval"), '
        'dask.config.get("distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"))'
        "'\n"
    )
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["1s", "None"]
